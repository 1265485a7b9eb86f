"""Engagement letter templates (money-work.md §7): sandboxed Jinja2 over a fixed context.

A template is checked when it is saved, so a firm learns of a mistake then and not when a
letter goes to a client: it must parse, and every name it reads must be one of the context's,
down to the fields of its objects (`client.name`, `partner.email`, the `service.price` of a
`for service in services` loop). Rendering uses the same sandbox with `StrictUndefined`, so a
letter never silently shows an empty gap, and the sandbox refuses attribute access outside
the plain data the context holds.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, nodes
from jinja2.sandbox import SandboxedEnvironment

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
_ENVIRONMENT = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False)


@dataclass(frozen=True)
class Fault:
    """What is wrong with a template, and on which line."""

    line: int
    message: str


def check(source: str) -> Fault | None:
    """The first fault of a template's source, or None when it parses and reads only the
    context's names and fields."""
    try:
        tree = _ENVIRONMENT.parse(source)
    except TemplateSyntaxError as error:
        return Fault(error.lineno, error.message or "is not valid Jinja2")
    return next(_unknown_names(tree, {}), None)


def render(source: str, context: Mapping[str, Any]) -> str:
    """The letter for a context of plain data (dicts, lists, strings, numbers)."""
    return _ENVIRONMENT.from_string(source).render(dict(context))


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
        inner = dict(scope) | _bound(node.target, _items_of(node.iter))
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
    if isinstance(node, nodes.Getattr) and isinstance(node.node, nodes.Name):
        yield from _field_fault(node.node.name, node.attr, node.lineno, scope)
        return
    if isinstance(node, nodes.Name) and node.ctx == "load":
        yield from _name_fault(node.name, node.lineno, scope)
        return
    for child in node.iter_child_nodes():
        yield from _unknown_names(child, scope)


def _items_of(iterable: nodes.Node) -> frozenset[str] | None:
    if isinstance(iterable, nodes.Name):
        return LISTS.get(iterable.name)
    return None


def _bound(target: nodes.Node, fields: frozenset[str] | None) -> dict[str, frozenset[str] | None]:
    if isinstance(target, nodes.Name):
        return {target.name: fields}
    return {name.name: None for name in target.find_all(nodes.Name)}


def _fields_of(name: str, scope: dict[str, frozenset[str] | None]) -> frozenset[str] | None:
    """The known fields of a name, or None when any field may be read (a `set` name)."""
    if name in scope:
        return scope[name]
    return OBJECTS.get(name)


def _name_fault(name: str, line: int, scope: dict[str, frozenset[str] | None]) -> Iterator[Fault]:
    if name in scope or name in OBJECTS or name in LISTS or name in _BUILTINS:
        return
    known = ", ".join(sorted([*OBJECTS, *LISTS]))
    yield Fault(line, f"unknown variable '{name}' (the context has {known})")


def _field_fault(
    name: str, attr: str, line: int, scope: dict[str, frozenset[str] | None]
) -> Iterator[Fault]:
    yield from _name_fault(name, line, scope)
    fields = _fields_of(name, scope)
    if name in LISTS and name not in scope:
        yield Fault(line, f"'{name}' is a list: loop over it to read its items' fields")
    elif fields is not None and attr not in fields:
        yield Fault(line, f"unknown field '{name}.{attr}' (it has {', '.join(sorted(fields))})")
