"""Engagement letter templates (money-work.md §7): sandboxed Jinja2 over a fixed context.

A template is checked when it is saved, so a firm learns of a mistake then and not when a
letter goes to a client: it must compile, every name it reads must be one of the context's,
down to the fields of its objects (`client.name` or `client['name']`, `partner.email`, the
`service.price` of a `for service in services` loop, `services[0].price`), and every filter
and test it applies must exist. Rendering uses the same sandbox with `StrictUndefined`, so a
letter never silently shows an empty gap, and the sandbox refuses attribute access outside
the plain data the context holds. A rendering is also bounded in work, as it runs on the
server's event loop: its `range` loops together, the text or list a `*` makes, the size of a
power, and the letter's length; past a bound it fails, and its caller answers 400.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, nodes
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment, safe_range

from openwyn.errors import ValidationFailed

_CLIENT = frozenset(
    {"id", "name", "legalName", "email", "phone", "website", "address", "billingAddress", "type"}
)
_PERSON = frozenset({"id", "firstName", "lastName", "name", "email", "title"})
_CONTACT = _PERSON | {"phone", "role"}
_SERVICE = frozenset(
    {"description", "price", "billingSchedule", "prepaymentAmount", "jobId", "jobName"}
)
_FIRM = frozenset({"name", "currency", "timezone"})
_ENGAGEMENT = frozenset(
    {"name", "type", "startDate", "endDate", "year", "estimatedValue", "prepaymentAmount"}
)

# The context's names: an object's fields, or (for a list) the fields of its items.
OBJECTS: dict[str, frozenset[str]] = {
    "client": _CLIENT,
    "partner": _PERSON,
    "manager": _PERSON,
    "firm": _FIRM,
    "engagement": _ENGAGEMENT,
}
LISTS: dict[str, frozenset[str]] = {"contacts": _CONTACT, "services": _SERVICE}
# Names a template may use besides the context: Jinja2's own globals.
_BUILTINS = frozenset({"range", "loop", "dict", "lipsum", "cycler", "joiner", "namespace"})

# A letter is one self-contained template: nothing to import, include or extend.
_REFUSED = (nodes.Macro, nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends)
# A letter is a few pages: these bounds are far above any real one, and far below what would
# hold the server up.
MAX_LOOP_STEPS = 100_000  # the items all `range` calls of one rendering yield together
MAX_LENGTH = 1_000_000  # characters of the letter
MAX_REPEAT = 10_000  # items of a text or list a `*` makes
MAX_EXPONENT = 1_000
_STEPS_LEFT: ContextVar[list[int]] = ContextVar("letter_steps_left")


def _budgeted_range(*bounds: int) -> range:
    numbers = safe_range(*bounds)
    left = _STEPS_LEFT.get([MAX_LOOP_STEPS])
    left[0] -= len(numbers)
    if left[0] < 0:
        raise SecurityError(f"the template loops more than {MAX_LOOP_STEPS:,} times")
    return numbers


class _BoundedSandbox(SandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int) and abs(right) > MAX_EXPONENT:
            raise SecurityError(f"the template raises to a power over {MAX_EXPONENT}")
        if operator == "*" and _repeated_length(left, right) > MAX_REPEAT:
            raise SecurityError(f"the template makes a text or list over {MAX_REPEAT:,} long")
        return super().call_binop(context, operator, left, right)


def _repeated_length(left: Any, right: Any) -> int:
    """How long `left * right` is when it repeats a text or list (0 when it does not)."""
    for sequence, times in ((left, right), (right, left)):
        if isinstance(sequence, str | list | tuple) and isinstance(times, int):
            return len(sequence) * times
    return 0


_ENVIRONMENT = _BoundedSandbox(undefined=StrictUndefined, autoescape=False)
_ENVIRONMENT.globals["range"] = _budgeted_range


@dataclass(frozen=True)
class Fault:
    """What is wrong with a template, and on which line."""

    line: int
    message: str


def check(source: str) -> Fault | None:
    """The first fault of a template's source, or None when it compiles and reads only the
    context's names and fields (by attribute or by constant key) with filters and tests that
    exist. Jinja2 itself leaves an unknown filter or test inside an `if` to fail when the letter
    is rendered, so the tree is walked for them too."""
    try:
        tree = _ENVIRONMENT.parse(source)
    except TemplateSyntaxError as error:
        return Fault(error.lineno, error.message or "is not valid Jinja2")
    fault = next(_unknown_names(tree, {}), None)
    if fault is not None:
        return fault
    try:
        _ENVIRONMENT.compile(source)
    except TemplateSyntaxError as error:
        return Fault(error.lineno, error.message or "does not compile")
    return None


def render(source: str, context: Mapping[str, Any]) -> str:
    """The letter for a context of plain data (dicts, lists, strings, numbers), within the
    bounds above (SecurityError past one)."""
    steps = _STEPS_LEFT.set([MAX_LOOP_STEPS])
    try:
        parts, length = [], 0
        for part in _ENVIRONMENT.from_string(source).generate(dict(context)):
            length += len(part)
            if length > MAX_LENGTH:
                raise SecurityError(f"the letter is over {MAX_LENGTH:,} characters")
            parts.append(part)
        return "".join(parts)
    finally:
        _STEPS_LEFT.reset(steps)


def render_at(path: str, what: str, source: str, context: Mapping[str, Any]) -> str:
    """`render`, with any failure a 400 at `path` whose message begins with `what`. A template
    that passed its check can still fail on the data it meets (a missing value, a division by
    zero, text plus a number), and whatever it raises is the firm's template at fault, not the
    server: a 400 naming it, never a 500."""
    try:
        return render(source, context)
    except Exception as error:  # a template may raise whatever its data does
        raise ValidationFailed.at(path, f"{what}: {_reason(error)}") from None


def _reason(error: Exception) -> str:
    if isinstance(error, TemplateError):
        return str(error.message or error)
    return f"{error} ({type(error).__name__})"


def _unknown_names(node: nodes.Node, scope: dict[str, frozenset[str] | None]) -> Iterator[Fault]:
    """Walk the tree in order, knowing which loop and `set` names are bound where: a name
    bound to a list item carries that item's fields, any other bound name is opaque."""
    if isinstance(node, nodes.For):
        yield from _unknown_names(node.iter, scope)
        inner = dict(scope) | _bound(node.target, _items_of(node.iter, scope))
        for child in [*node.body, *node.else_]:
            yield from _unknown_names(child, inner)
        if node.test is not None:
            yield from _unknown_names(node.test, inner)
        return
    if isinstance(node, nodes.Assign | nodes.AssignBlock):
        for child in node.iter_child_nodes(exclude=("target",)):
            yield from _unknown_names(child, scope)
        scope.update(_bound(node.target, None))
        return
    if isinstance(node, _REFUSED):
        yield Fault(node.lineno, "macros, imports and includes are not allowed in a letter")
        return
    if isinstance(node, nodes.Name) and node.ctx == "load":
        yield from _name_fault(node.name, node.lineno, scope)
        return
    yield from _unknown_filter_or_test(node)
    for child in node.iter_child_nodes():
        yield from _unknown_names(child, scope)
    if isinstance(node, nodes.Getattr | nodes.Getitem):
        yield from _field_fault(node, scope)


def _unknown_filter_or_test(node: nodes.Node) -> Iterator[Fault]:
    if isinstance(node, nodes.Filter) and node.name not in _ENVIRONMENT.filters:
        yield Fault(node.lineno, f"unknown filter '{node.name}'")
    if isinstance(node, nodes.Test) and node.name not in _ENVIRONMENT.tests:
        yield Fault(node.lineno, f"unknown test '{node.name}'")


@dataclass(frozen=True)
class _Known:
    """An expression whose fields the context fixes: an object, or a list of items (`listed`)
    with those fields; `spelled` as the template writes it, for messages."""

    spelled: str
    fields: frozenset[str]
    listed: bool = False


def _known(node: nodes.Node, scope: dict[str, frozenset[str] | None]) -> _Known | None:
    """What the context says of an expression: a name of it, or an item or slice of a list of
    it (`services[0]`, `services[1:]`); None when anything may be read from it."""
    if isinstance(node, nodes.Name):
        if node.name in scope:
            fields = scope[node.name]
            return None if fields is None else _Known(node.name, fields)
        if node.name in OBJECTS:
            return _Known(node.name, OBJECTS[node.name])
        if node.name in LISTS:
            return _Known(node.name, LISTS[node.name], listed=True)
        return None
    if isinstance(node, nodes.Getitem) and _key(node) is None:
        whole = _known(node.node, scope)
        if whole is None or not whole.listed:
            return None
        if isinstance(node.arg, nodes.Slice):
            return whole
        index = node.arg.value if isinstance(node.arg, nodes.Const) else "..."
        return _Known(f"{whole.spelled}[{index}]", whole.fields)
    return None


def _key(node: nodes.Getattr | nodes.Getitem) -> str | None:
    """The field a read names: `client.name` and `client['name']` alike; None for an index."""
    if isinstance(node, nodes.Getattr):
        return node.attr
    if isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
        return node.arg.value
    return None


def _items_of(
    iterable: nodes.Node, scope: dict[str, frozenset[str] | None]
) -> frozenset[str] | None:
    known = _known(iterable, scope)
    return known.fields if known is not None and known.listed else None


def _bound(target: nodes.Node, fields: frozenset[str] | None) -> dict[str, frozenset[str] | None]:
    if isinstance(target, nodes.Name):
        return {target.name: fields}
    return {name.name: None for name in target.find_all(nodes.Name)}


def _name_fault(name: str, line: int, scope: dict[str, frozenset[str] | None]) -> Iterator[Fault]:
    if name in scope or name in OBJECTS or name in LISTS or name in _BUILTINS:
        return
    known = ", ".join(sorted([*OBJECTS, *LISTS]))
    yield Fault(line, f"unknown variable '{name}' (the context has {known})")


def _field_fault(
    node: nodes.Getattr | nodes.Getitem, scope: dict[str, frozenset[str] | None]
) -> Iterator[Fault]:
    key, known = _key(node), _known(node.node, scope)
    if key is None or known is None:
        return
    if known.listed:
        yield Fault(
            node.lineno, f"'{known.spelled}' is a list: loop over it to read its items' fields"
        )
    elif key not in known.fields:
        fields = ", ".join(sorted(known.fields))
        yield Fault(node.lineno, f"unknown field '{known.spelled}.{key}' (it has {fields})")
