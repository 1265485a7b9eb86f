"""The read family's query language (contract §5): ``where`` filters and ``orderBy`` keys.

A resource declares a ``QuerySpec``: its table, the fields the language may name (camelCase
API names mapped to columns, each with a ``Kind``) and its relations to other specs. Requests
are compiled against the spec into SQLAlchemy Core clauses; every value is a bound parameter.

``where`` is a Hasura-style boolean expression, a JSON object whose keys are ANDed:

* ``_and: [expr, ...]`` (``[]`` is true), ``_or: [expr, ...]`` (``[]`` is false),
  ``_not: expr``; ``{}`` is true.
* ``field: {operator: value, ...}`` with the operators ``_eq _neq _gt _gte _lt _lte _in _nin
  _is_null _like _nlike _ilike _nilike _regex _iregex``. Ordering operators do not apply to
  booleans; pattern operators apply to strings and enums only. ``_eq: null`` is refused
  (``_is_null`` says it). Values are checked strictly against the field's kind: an integer
  field takes a JSON integer, a decimal an integer, float or numeric string, a date
  ``YYYY-MM-DD``, a timestamp ISO 8601 with an offset (``Z`` included).
* ``objectField: {member: {operator: value}}`` compares one string member of a JSON column.
* ``mapField: {key: {operator: value}}`` compares one member of a free-form object of scalars
  (``customFields``) as JSON, with ``_eq _neq _in _nin _is_null`` (``kit/json_members.py``).
* ``relation: expr`` is true when a related row of the same tenant matches ``expr`` (any row
  for to-many relations); it compiles to a correlated ``EXISTS`` over an alias of the target,
  so specs may relate to themselves and relations nest. A many-to-many relation (``via`` a
  ``Link``) joins the link table inside that ``EXISTS``.

Limits (``LIMITS``), each a 400 naming the path: expressions nest at most 8 levels (the root
is level 1; each ``_and``/``_or`` item, ``_not`` operand and relation operand is one deeper),
at most 200 conditions (each operator counts one, each comparison of a custom field two, each
relation six or, through a link table, twelve, and every twenty items of a list one more: what
they cost to build and compile, so that any accepted expression compiles in a few
milliseconds), ``_in``/``_nin`` lists of at
most 1000 items, at most 2000 items in all the lists of one expression together, patterns of at
most 256 characters, at most 512 characters of ``_regex``/``_iregex`` patterns together, and at
most 10 relations. Every bad path is reported, not only the first.

Cost: the conditions and list items are counted before anything is compiled (``_CostCounter``),
stopping at the first one over a limit, so an expression of 40,000 conditions, or of twenty
lists of 1000 items, is refused (400 at ``where``, the message giving the limit) for the price
of reading its first 200 conditions or 2000 items. Three limits were added for cost, each
bounding what was measured to dominate (``bench/query_cost.py``): list items (each a comparison
for every row examined; a thousand timestamps take milliseconds to convert), regular expression
characters (checking one pattern of 256 characters of nested groups took 11 ms) and relations
(each an EXISTS subquery, about a millisecond to build and compile). A list is always one
bound parameter (``kit/listed.py``: an array on PostgreSQL, JSON text read by ``json_each`` on
SQLite; for a custom field ``json_members.member_in``), so the costliest accepted expression
binds at most three parameters a condition, a few hundred, far below PostgreSQL's 32,767.
Relations share one alias per table and nesting level, built once, and each runs as a probe of
the related rows per row (``_probed_per_row``), which PostgreSQL plans well even on tables it
never analysed.

Patterns: LIKE patterns use ``\\`` as their escape character on both databases (a pattern may
not end with a lone one). Regular expressions are checked with Python's ``re`` and, on both
databases alike, against PostgreSQL's rules for what it refuses or reads differently: no
``(?...)`` groups other than ``(?:`` and lookarounds, no possessive quantifiers, bounds
``{m,n}`` of at most 255, only PostgreSQL's character classes (``[[:alpha:]]``, ...; not as a
range's end), no collating elements or equivalence classes, no ``\\N``, ``\\b`` or ``\\B``,
and ``\\x`` followed by at most two hex digits. What a pattern costs to run is bounded by the
statement's time budget on both databases (``db.py``), a 504 ``QUERY_TIMEOUT`` when spent.
``_iregex`` prefixes the pattern with the ``(?i)`` option, which both engines understand
(SQLAlchemy drops ``flags="i"`` on SQLite).

SQLite connections must run ``PRAGMA case_sensitive_like = ON`` so that ``_like`` is
case-sensitive as on PostgreSQL (``_ilike`` lowers both sides there). ``_regex`` needs the
``REGEXP`` function, which SQLAlchemy's pysqlite and aiosqlite dialects register on connect.
String comparisons and ordering follow the database's collation: byte order on SQLite, so
PostgreSQL databases should use the ``C`` (or ``C.UTF-8``) collation for identical results.

``orderBy`` is a list of single-key objects (``[{"lastName": "asc"}]``) with the directions
``asc desc asc_nulls_first asc_nulls_last desc_nulls_first desc_nulls_last``; plain ``asc``
puts NULLs last and plain ``desc`` first, as PostgreSQL does, and NULL placement is always
emitted explicitly. An ``id asc`` key ends every ordering, so keyset cursors are exact.

``Kind``, order keys, keyset predicates and cursors live in ``openwyn.kit.cursor`` (the layer
below, which knows nothing of specs) and are re-exported here: import them from this module.
"""

from __future__ import annotations

import math
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    FromClause,
    Select,
    Table,
    and_,
    false,
    literal_column,
    not_,
    or_,
    select,
    true,
)
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import BinaryExpression
from sqlalchemy.sql.operators import OperatorType
from sqlalchemy.sql.util import ClauseAdapter
from sqlalchemy.types import Boolean

from openwyn.errors import ErrorDetail, ValidationFailed
from openwyn.kit.articles import indefinite
from openwyn.kit.cursor import (
    DIRECTIONS,
    SCALAR_PARSERS,
    Invalid,
    Kind,
    OrderKey,
    as_bool,
    as_enum,
    as_str,
    bound,
    compared_as,
    decode_cursor,
    encode_cursor,
    keyset_after,
    order_clauses,
    query_fingerprint,
)
from openwyn.kit.json_members import Scalar, member_equals, member_in, member_missing
from openwyn.kit.listed import listed_in


@dataclass(frozen=True)
class Limits:
    depth: int = 8
    conditions: int = 200
    list_items: int = 1000
    # All the _in/_nin lists of one expression together: each item is one more comparison.
    total_list_items: int = 2000
    pattern_length: int = 256
    # Checking a regular expression (Python's `re`, then PostgreSQL's rules) costs about 40 µs
    # a character of nested groups, and an EXISTS subquery about a millisecond to build and
    # compile: both are bounded per expression, as list items are.
    total_regex_length: int = 512
    relations: int = 10
    # What one condition of these kinds counts towards `conditions`, as measured against a
    # plain comparison (bench/query_cost.py): a custom field's comparison builds and compiles
    # twice the SQL, and a relation's EXISTS subquery about six times (a relation through a
    # link table has two).
    custom_field_weight: int = 2
    relation_weight: int = 6
    # Converting and binding twenty list items costs about what one comparison does.
    items_per_condition: int = 20


LIMITS = Limits()


@dataclass(frozen=True)
class Field:
    name: str
    column: ColumnElement[Any]
    kind: Kind
    filterable: bool = True
    sortable: bool = True
    enum_values: tuple[str, ...] = ()
    members: tuple[str, ...] = ()  # for OBJECT; empty means any identifier-like member
    # Builds `_eq` when a plain comparison would miss an index (a JSON document's GIN index).
    equals: Callable[[ColumnElement[Any], Any], ColumnElement[bool]] | None = None


@dataclass(frozen=True)
class Link:
    """The table between two specs of a many-to-many relation (contact-clients)."""

    table: Table
    near: str  # the link's column that holds this side's `local` value
    far: str  # the link's column that holds the target's `remote` value


@dataclass(frozen=True)
class Relation:
    name: str
    target: Callable[[], QuerySpec]
    local: ColumnElement[Any]
    remote: ColumnElement[Any]
    many: bool  # both kinds compile to EXISTS; kept for documentation and schema discovery
    via: Link | None = None


@dataclass
class QuerySpec:
    table: Table
    fields: dict[str, Field]
    relations: dict[str, Relation] = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------
# Operators


@dataclass(frozen=True)
class _Operand:
    """What an operator compares: a field's column or one member of an object field."""

    column: ColumnElement[Any]
    kind: Kind
    enum_values: tuple[str, ...] = ()
    equals: Callable[[ColumnElement[Any], Any], ColumnElement[bool]] | None = None

    def convert(self, value: object) -> Any:
        if value is None:
            raise Invalid("must not be null (use _is_null)")
        if self.kind is Kind.ENUM:
            return as_enum(value, self.enum_values)
        return SCALAR_PARSERS[self.kind](value)


Builder = Callable[[_Operand, object], ColumnElement[bool]]
_BOOLEAN = Boolean()
Comparison = Callable[[ColumnElement[Any], Any], ColumnElement[bool]]

_LIKE_ESCAPE = "\\"
# A regex token: an escape, a whole character class, or one character.
_REGEX_TOKEN = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]])*\]|.", re.DOTALL)
_PG_GROUPS = ("(?:", "(?=", "(?!", "(?<=", "(?<!")
# PostgreSQL's limits and vocabulary (its ARE syntax, regc_locale.c and regcomp.c).
_PG_DUP_MAX = 255
_PG_CLASSES = frozenset(
    {"alnum", "alpha", "ascii", "blank", "cntrl", "digit", "graph", "lower", "print", "punct"}
    | {"space", "upper", "xdigit", "word"}
)
_BOUND = re.compile(r"(?<!\\)\{(\d+)(?:,(\d*))?\}")
_POSIX_CLASS = re.compile(r"\[:([^:\]]*):")
_POSIX_CLASS_AT_END = re.compile(r"\[:[^:\]]*:\]$")
_LONG_HEX_ESCAPE = re.compile(r"\\x[0-9A-Fa-f]{3}")
# Escapes Python accepts that PostgreSQL refuses or reads as something else.
_PG_OTHERWISE = {
    "\\N": "may not use \\N (PostgreSQL has no named characters)",
    "\\b": "may not use \\b (a word boundary in Python, a backspace in PostgreSQL)",
    "\\B": "may not use \\B (a non-boundary in Python, a backslash in PostgreSQL)",
}


def _comparison(operator: OperatorType, negated: OperatorType) -> Builder:
    """``column <operator> value``, built as SQLAlchemy's own comparison builds it (the column
    grouped against the operator, a boolean result that negates to `negated`) without going
    through the column's comparator: the value is already a typed bound parameter, and the
    comparator's coercions took two thirds of the time of building a condition."""

    def build(operand: _Operand, value: object) -> ColumnElement[bool]:
        column = operand.column
        right = bound(column, operand.convert(value))
        left = column.self_group(against=operator)
        return BinaryExpression(left, right, operator, type_=_BOOLEAN, negate=negated)

    return build


def _equals(operand: _Operand, value: object) -> ColumnElement[bool]:
    converted = operand.convert(value)
    if operand.equals is not None:
        return operand.equals(operand.column, converted)
    return operand.column == bound(operand.column, converted)


def _membership(negated: bool) -> Builder:
    def build(operand: _Operand, value: object) -> ColumnElement[bool]:
        if not isinstance(value, list):
            raise Invalid("must be an array")
        if len(value) > LIMITS.list_items:
            raise Invalid(f"has {len(value)} items; at most {LIMITS.list_items} are allowed")
        items = [_item(operand, item, index) for index, item in enumerate(value)]
        listed = listed_in(operand.column, items, compared_as(operand.column))
        return not_(listed) if negated else listed

    return build


def _item(operand: _Operand, value: object, index: int) -> Any:
    try:
        return operand.convert(value)
    except Invalid as bad:
        raise Invalid(bad.message, at=f"[{index}]") from None


def _is_null(operand: _Operand, value: object) -> ColumnElement[bool]:
    return operand.column.is_(None) if as_bool(value) else operand.column.is_not(None)


def _pattern(value: object) -> str:
    pattern = as_str(value)
    if len(pattern) > LIMITS.pattern_length:
        raise Invalid(f"is longer than {LIMITS.pattern_length} characters")
    return pattern


def _like(compare: Comparison) -> Builder:
    def build(operand: _Operand, value: object) -> ColumnElement[bool]:
        pattern = _pattern(value)
        # PostgreSQL refuses a pattern ending in its escape character at execution time.
        if (len(pattern) - len(pattern.rstrip(_LIKE_ESCAPE))) % 2:
            raise Invalid("must not end with a lone backslash")
        return compare(operand.column, pattern)

    return build


def _check_postgres_reads_it_alike(pattern: str) -> None:
    """Refuse Python syntax PostgreSQL would reject or read otherwise (its errors would be 500s),
    on both databases alike, before any SQL runs."""
    tokens = _REGEX_TOKEN.findall(pattern)
    for index, token in enumerate(tokens):
        ahead = "".join(tokens[index : index + 4])
        if ahead.startswith("(?") and not ahead.startswith(_PG_GROUPS):
            raise Invalid("may use no (?...) group other than (?: and lookarounds")
        if token in ("*", "+", "?", "}") and tokens[index + 1 : index + 2] == ["+"]:
            raise Invalid("may not use possessive quantifiers (escape a literal +)")
        if token in _PG_OTHERWISE:
            raise Invalid(_PG_OTHERWISE[token])
        if token.startswith("\\x") and _LONG_HEX_ESCAPE.match(pattern, _offset(tokens, index)):
            raise Invalid("may follow \\x with at most two hexadecimal digits (use \\u)")
        if token.startswith("[") and len(token) > 1:
            _check_bracket(token, tokens[index + 1 : index + 3])
    for repetition in _BOUND.finditer(pattern):
        if any(int(count) > _PG_DUP_MAX for count in repetition.groups() if count):
            raise Invalid(f"may repeat at most {_PG_DUP_MAX} times in a {{m,n}} bound")


def _offset(tokens: list[str], index: int) -> int:
    return sum(len(token) for token in tokens[:index])


def _check_bracket(token: str, after: list[str]) -> None:
    """A bracket expression: PostgreSQL's named classes only, no collating elements."""
    for name in _POSIX_CLASS.findall(token):
        if name not in _PG_CLASSES:
            raise Invalid(f"uses the unknown character class [:{name}:]")
    if "[." in token or "[=" in token:
        raise Invalid("may not use collating elements or equivalence classes ([.x.], [=x=])")
    ends_with_class = _POSIX_CLASS_AT_END.search(token) is not None
    if (ends_with_class and after[:1] == ["-"] and after[1:2] != ["]"]) or "-[:" in token:
        raise Invalid("may not use a character class as the end of a range")


def _regex(case_insensitive: bool) -> Builder:
    def build(operand: _Operand, value: object) -> ColumnElement[bool]:
        pattern = _pattern(value)
        try:
            with warnings.catch_warnings():
                # Python warns that `[[` may one day open a nested set; here it opens a POSIX
                # class (`[[:alpha:]]`), which the databases' engines read as such.
                warnings.simplefilter("ignore", FutureWarning)
                re.compile(pattern)
        except re.error as exc:
            raise Invalid(f"is not a valid regular expression: {exc}") from None
        _check_postgres_reads_it_alike(pattern)
        # SQLite's dialect silently drops flags="i"; an embedded option works on both.
        return operand.column.regexp_match(f"(?i){pattern}" if case_insensitive else pattern)

    return build


_REGEX_OPERATORS = frozenset({"_regex", "_iregex"})
_ALL_SCALARS = frozenset(Kind) - {Kind.OBJECT, Kind.MAP}
_ORDERED = _ALL_SCALARS - {Kind.BOOL}
_TEXT = frozenset({Kind.STR, Kind.ENUM})

_OPERATORS: dict[str, tuple[frozenset[Kind], Builder]] = {
    "_eq": (_ALL_SCALARS, _equals),
    "_neq": (_ALL_SCALARS, _comparison(operators.ne, operators.eq)),
    "_gt": (_ORDERED, _comparison(operators.gt, operators.le)),
    "_gte": (_ORDERED, _comparison(operators.ge, operators.lt)),
    "_lt": (_ORDERED, _comparison(operators.lt, operators.ge)),
    "_lte": (_ORDERED, _comparison(operators.le, operators.gt)),
    "_in": (_ALL_SCALARS, _membership(negated=False)),
    "_nin": (_ALL_SCALARS, _membership(negated=True)),
    "_is_null": (_ALL_SCALARS, _is_null),
    "_like": (_TEXT, _like(lambda c, p: c.like(p, escape=_LIKE_ESCAPE))),
    "_nlike": (_TEXT, _like(lambda c, p: c.not_like(p, escape=_LIKE_ESCAPE))),
    "_ilike": (_TEXT, _like(lambda c, p: c.ilike(p, escape=_LIKE_ESCAPE))),
    "_nilike": (_TEXT, _like(lambda c, p: c.not_ilike(p, escape=_LIKE_ESCAPE))),
    "_regex": (_TEXT, _regex(case_insensitive=False)),
    "_iregex": (_TEXT, _regex(case_insensitive=True)),
}


def _map_scalar(value: object) -> Scalar:
    if isinstance(value, (bool, int)):  # a tuple: a union type checks five times slower
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise Invalid("must be a finite number")
        return value
    if isinstance(value, str):
        return as_str(value)
    raise Invalid("must be a string, a number or a boolean")


def _map_any_of(column: ColumnElement[Any], key: str, value: object) -> ColumnElement[bool]:
    if not isinstance(value, list):
        raise Invalid("must be an array")
    if len(value) > LIMITS.list_items:
        raise Invalid(f"has {len(value)} items; at most {LIMITS.list_items} are allowed")
    items = []
    for index, item in enumerate(value):
        try:
            items.append(_map_scalar(item))
        except Invalid as bad:
            raise Invalid(bad.message, at=f"[{index}]") from None
    return member_in(column, key, items) if items else false()


MapBuilder = Callable[[ColumnElement[Any], str, object], ColumnElement[bool]]

# A map member holds any JSON scalar, so only (in)equality, membership and presence apply.
_MAP_OPERATORS: dict[str, MapBuilder] = {
    "_eq": lambda column, key, value: member_equals(column, key, _map_scalar(value)),
    "_neq": lambda column, key, value: not_(member_equals(column, key, _map_scalar(value))),
    "_in": _map_any_of,
    "_nin": lambda column, key, value: not_(_map_any_of(column, key, value)),
    "_is_null": lambda column, key, value: (
        member_missing(column, key) if as_bool(value) else not_(member_missing(column, key))
    ),
}


def operators_for(kind: Kind) -> list[str]:
    """The operators that apply to a field of this kind, in the language's order."""
    if kind is Kind.MAP:
        return list(_MAP_OPERATORS)
    return [name for name, (kinds, _build) in _OPERATORS.items() if kind in kinds]


# ---------------------------------------------------------------------------------------------
# The where compiler

_MEMBER_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")


# Relations compile to EXISTS over an alias of their target. Building an alias and adapting a
# column to it costs about a millisecond (SQLAlchemy sets up the alias's whole column collection),
# so both are made once per table and nesting level and kept: sibling subqueries may share an
# alias (each has its own FROM), and a nested one is a level deeper, so never shares its
# parent's. The aliases are named after their table and level (`contacts_2`).
_ALIASES: dict[tuple[FromClause, int], FromClause] = {}
_ADAPTED: dict[tuple[int, int], tuple[ColumnElement[Any], ColumnElement[Any]]] = {}


def _alias_at(table: FromClause, depth: int, role: str = "") -> FromClause:
    key = (table, depth if not role else -depth)
    alias = _ALIASES.get(key)
    if alias is None:
        name = f"{getattr(table, 'name', 'related')}{role}_{depth}"
        alias = _ALIASES.setdefault(key, table.alias(name))
    return alias


@dataclass(frozen=True)
class _Scope:
    """A spec seen through the FROM item that stands for it: its table, or an alias of it."""

    spec: QuerySpec
    source: FromClause

    @classmethod
    def aliased(cls, spec: QuerySpec, depth: int) -> _Scope:
        return cls(spec, _alias_at(spec.table, depth))

    def adapt(self, column: ColumnElement[Any]) -> ColumnElement[Any]:
        if self.source is self.spec.table:
            return column
        key = (id(self.source), id(column))
        known = _ADAPTED.get(key)
        if known is None or known[0] is not column:
            adapted: ColumnElement[Any] = ClauseAdapter(self.source).traverse(column)
            known = _ADAPTED[key] = (column, adapted)
        return known[1]


Part = Callable[["_WhereCompiler", _Scope, object, str, int], ColumnElement[bool]]


# A lone part is itself: most objects of an expression hold one key and one operator, and
# wrapping each in AND(TRUE, ...) doubled what SQLAlchemy builds and compiles per condition.
def _all_of(parts: list[ColumnElement[bool]]) -> ColumnElement[bool]:
    if len(parts) == 1:
        return parts[0]
    return and_(*parts) if parts else true()


def _any_of(parts: list[ColumnElement[bool]]) -> ColumnElement[bool]:
    if len(parts) == 1:
        return parts[0]
    return or_(*parts) if parts else false()


class _WhereCompiler:
    """Walks one expression, collecting every error instead of stopping at the first."""

    def __init__(self) -> None:
        self.errors: list[ErrorDetail] = []

    def fail(self, path: str, message: str) -> ColumnElement[bool]:
        self.errors.append({"path": path, "message": message})
        return true()

    def expression(
        self, scope: _Scope, where: object, path: str, depth: int
    ) -> ColumnElement[bool]:
        if depth > LIMITS.depth:
            return self.fail(path, f"nests deeper than {LIMITS.depth} levels")
        if not isinstance(where, dict):
            return self.fail(path, "must be an object")
        parts = [
            self.entry(scope, key, value, f"{path}.{key}", depth) for key, value in where.items()
        ]
        return _all_of(parts)

    def entry(
        self, scope: _Scope, key: str, value: object, path: str, depth: int
    ) -> ColumnElement[bool]:
        if key in _COMBINATORS:
            return _COMBINATORS[key](self, scope, value, path, depth)
        if key in scope.spec.fields:
            return self.field(scope, scope.spec.fields[key], value, path)
        if key in scope.spec.relations:
            return self.relation(scope, scope.spec.relations[key], value, path, depth)
        return self.fail(path, "is not a known field, relation or combinator")

    def items(
        self, scope: _Scope, value: object, path: str, depth: int
    ) -> list[ColumnElement[bool]]:
        if not isinstance(value, list):
            self.fail(path, "must be an array of expressions")
            return []
        return [
            self.expression(scope, item, f"{path}[{index}]", depth + 1)
            for index, item in enumerate(value)
        ]

    def all_of(self, scope: _Scope, value: object, path: str, depth: int) -> ColumnElement[bool]:
        return _all_of(self.items(scope, value, path, depth))

    def any_of(self, scope: _Scope, value: object, path: str, depth: int) -> ColumnElement[bool]:
        return _any_of(self.items(scope, value, path, depth))

    def negation(self, scope: _Scope, value: object, path: str, depth: int) -> ColumnElement[bool]:
        return not_(self.expression(scope, value, path, depth + 1))

    def field(self, scope: _Scope, field: Field, value: object, path: str) -> ColumnElement[bool]:
        if not field.filterable:
            return self.fail(path, "is not filterable")
        column = scope.adapt(field.column)
        if field.kind is Kind.OBJECT:
            return self.members(field, column, value, path)
        if field.kind is Kind.MAP:
            return self.map_members(column, value, path)
        operand = _Operand(column, field.kind, field.enum_values, field.equals)
        return self.operators(operand, value, path)

    def members(
        self, field: Field, column: ColumnElement[Any], value: object, path: str
    ) -> ColumnElement[bool]:
        if not isinstance(value, dict):
            return self.fail(path, "must be an object of members")
        parts = [
            self.member(field, column, name, ops, f"{path}.{name}") for name, ops in value.items()
        ]
        return _all_of(parts)

    def member(
        self, field: Field, column: ColumnElement[Any], name: str, ops: object, path: str
    ) -> ColumnElement[bool]:
        known = name in field.members if field.members else _MEMBER_NAME.fullmatch(name)
        if not known:
            return self.fail(path, f"is not a member of {field.name}")
        return self.operators(_Operand(column[name].as_string(), Kind.STR), ops, path)

    def map_members(
        self, column: ColumnElement[Any], value: object, path: str
    ) -> ColumnElement[bool]:
        if not isinstance(value, dict):
            return self.fail(path, "must be an object of keys")
        parts = []
        for key, ops in value.items():
            if not _MEMBER_NAME.fullmatch(key):
                parts.append(self.fail(f"{path}.{key}", "is not a valid key"))
            elif not isinstance(ops, dict):
                parts.append(self.fail(f"{path}.{key}", "must be an object of operators"))
            else:
                parts += [
                    self.map_operator(column, key, name, argument, f"{path}.{key}.{name}")
                    for name, argument in ops.items()
                ]
        return _all_of(parts)

    def map_operator(
        self, column: ColumnElement[Any], key: str, name: str, argument: object, path: str
    ) -> ColumnElement[bool]:
        build = _MAP_OPERATORS.get(name)
        if build is None:
            return self.fail(path, "is not an operator of a custom field")
        try:
            return build(column, key, argument)
        except Invalid as bad:
            return self.fail(path + bad.at, bad.message)

    def operators(self, operand: _Operand, value: object, path: str) -> ColumnElement[bool]:
        if not isinstance(value, dict):
            return self.fail(path, "must be an object of operators")
        parts = [
            self.operator(operand, name, argument, f"{path}.{name}")
            for name, argument in value.items()
        ]
        return _all_of(parts)

    def operator(
        self, operand: _Operand, name: str, argument: object, path: str
    ) -> ColumnElement[bool]:
        if name not in _OPERATORS:
            return self.fail(path, "is not a known operator")
        kinds, build = _OPERATORS[name]
        if operand.kind not in kinds:
            return self.fail(path, f"does not apply to {indefinite(operand.kind.value)} field")
        try:
            return build(operand, argument)
        except Invalid as bad:
            return self.fail(path + bad.at, bad.message)

    def relation(
        self, scope: _Scope, relation: Relation, where: object, path: str, depth: int
    ) -> ColumnElement[bool]:
        target = _Scope.aliased(relation.target(), depth + 1)
        nested = self.expression(target, where, path, depth + 1)
        tenant = scope.adapt(scope.spec.table.c.tenant_id)
        local = scope.adapt(relation.local)
        remote = target.adapt(relation.remote)
        subquery = select(target.adapt(target.spec.table.c.id))
        if relation.via is None:
            joined = and_(remote == local, target.adapt(target.spec.table.c.tenant_id) == tenant)
            subquery = subquery.where(joined, nested)
            return _probed_per_row(subquery).correlate_except(target.source).exists()
        # Through the link: a probe of the link's rows of this row, then of the target by its
        # key, each an index lookup (two EXISTS, not a join the planner may order badly).
        link = _alias_at(relation.via.table, depth + 1, role="_link")
        target_row = subquery.where(
            remote == link.c[relation.via.far],
            target.adapt(target.spec.table.c.tenant_id) == tenant,
            nested,
        )
        linked = select(link.c[relation.via.far]).where(
            link.c[relation.via.near] == local,
            link.c.tenant_id == tenant,
            _probed_per_row(target_row).correlate_except(target.source).exists(),
        )
        return _probed_per_row(linked).correlate_except(link).exists()


# Written into the SQL: no bound parameter per relation.
_NO_OFFSET: ColumnElement[int] = literal_column("0")


def _probed_per_row(subquery: Select[Any]) -> Select[Any]:
    """A relation's EXISTS as PostgreSQL runs it best without statistics: a subquery with an
    OFFSET is not turned into a semi-join, so it stays a probe of the related rows' index by
    (tenant, key) for each row. As a join, a table never analysed looks empty to the planner,
    which then scans the whole tenant of related rows for every row (12 s for
    `{"contacts": {"email": {"_ilike": "%x%"}}}` on the demo's 200 clients, 30 ms this way)."""
    return subquery.offset(_NO_OFFSET)


_COMBINATORS: dict[str, Part] = {
    "_and": _WhereCompiler.all_of,
    "_or": _WhereCompiler.any_of,
    "_not": _WhereCompiler.negation,
}


class _OverBudget(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class _CostCounter:
    """Counts an expression's conditions and list items before anything is compiled, and stops
    at the first one over a limit: refusing a huge expression costs no more than reading the
    part of it that fits. Counts as the compiler does (each known operator and each relation is
    a condition); what the compiler would refuse for other reasons is left to it."""

    def __init__(self) -> None:
        self.conditions = 0
        self.items = 0
        self.relations = 0
        self.regex_length = 0

    def expression(self, spec: QuerySpec, where: object, depth: int) -> None:
        if depth > LIMITS.depth or not isinstance(where, dict):
            return
        for key, value in where.items():
            if key in ("_and", "_or"):
                for item in value if isinstance(value, list) else ():
                    self.expression(spec, item, depth + 1)
            elif key == "_not":
                self.expression(spec, value, depth + 1)
            elif key in spec.fields:
                self.field(spec.fields[key], value)
            elif key in spec.relations:
                relation = spec.relations[key]
                subqueries = 1 if relation.via is None else 2
                self.condition(LIMITS.relation_weight * subqueries)
                self.relation()
                self.expression(relation.target(), value, depth + 1)

    def field(self, field: Field, value: object) -> None:
        if not field.filterable or not isinstance(value, dict):
            return
        if field.kind is Kind.MAP:
            for operators in value.values():
                self.operators(operators, _MAP_OPERATORS, LIMITS.custom_field_weight)
        elif field.kind is Kind.OBJECT:
            for operators in value.values():
                self.operators(operators, _OPERATORS)
        else:
            self.operators(value, _OPERATORS)

    def operators(self, operators: object, known: dict[str, Any], weight: int = 1) -> None:
        if not isinstance(operators, dict):
            return
        for name, argument in operators.items():
            if name in known:
                listed = len(argument) if isinstance(argument, list) else 0
                self.condition(weight + listed // LIMITS.items_per_condition)
                if listed:
                    self.listed(listed)
                elif name in _REGEX_OPERATORS and isinstance(argument, str):
                    self.regex(len(argument))

    def condition(self, weight: int = 1) -> None:
        self.conditions += weight
        if self.conditions > LIMITS.conditions:
            raise _OverBudget(
                f"has more than {LIMITS.conditions} conditions; at most {LIMITS.conditions}"
                f" are allowed (a comparison of a custom field counts"
                f" {LIMITS.custom_field_weight}, a relation {LIMITS.relation_weight} or"
                f" {2 * LIMITS.relation_weight} through a link table, and every"
                f" {LIMITS.items_per_condition} items of a list 1 more)"
            )

    def relation(self) -> None:
        self.relations += 1
        if self.relations > LIMITS.relations:
            raise _OverBudget(
                f"has more than {LIMITS.relations} relations; at most {LIMITS.relations}"
                " are allowed"
            )

    def regex(self, length: int) -> None:
        self.regex_length += length
        if self.regex_length > LIMITS.total_regex_length:
            raise _OverBudget(
                f"has more than {LIMITS.total_regex_length} characters of _regex and _iregex"
                f" patterns together; at most {LIMITS.total_regex_length} are allowed"
            )

    def listed(self, count: int) -> None:
        self.items += count
        if self.items > LIMITS.total_list_items:
            raise _OverBudget(
                f"has more than {LIMITS.total_list_items} items in its _in and _nin lists"
                f" together; at most {LIMITS.total_list_items} are allowed"
            )


def where_cost(spec: QuerySpec, where: object, path: str = "where") -> int:
    """How many conditions the expression counts (each kind weighted by what it costs to
    compile, as ``LIMITS`` says); 400 at `path` if over a limit."""
    counter = _CostCounter()
    try:
        counter.expression(spec, where, depth=1)
    except _OverBudget as over:
        raise ValidationFailed(
            f"{path} is too costly: it {over.message}.", [{"path": path, "message": over.message}]
        ) from None
    return counter.conditions


def compile_where(spec: QuerySpec, where: object, path: str = "where") -> ColumnElement[bool]:
    """The SQL condition for a ``where`` expression; ``None`` means no filter."""
    if where is None:
        return true()
    where_cost(spec, where, path)
    compiler = _WhereCompiler()
    clause = compiler.expression(_Scope(spec, spec.table), where, path, depth=1)
    if compiler.errors:
        raise ValidationFailed(f"{path} is not a valid expression.", compiler.errors)
    return clause


def where_mentions(where: object, field_name: str) -> bool:
    """Whether the expression names the spec's own field ``field_name`` (relations aside)."""
    return _mentions(where, field_name, depth=1)


def _mentions(where: object, field_name: str, depth: int) -> bool:
    if not isinstance(where, dict) or depth > LIMITS.depth:
        return False
    if field_name in where:
        return True
    operands = [where.get("_not")]
    for key in ("_and", "_or"):
        if isinstance(where.get(key), list):
            operands += where[key]
    return any(_mentions(operand, field_name, depth + 1) for operand in operands)


# ---------------------------------------------------------------------------------------------
# orderBy


def is_sortable(field: Field) -> bool:
    # JSON has no ordering on PostgreSQL, whatever the declaration says.
    return field.sortable and field.kind not in (Kind.OBJECT, Kind.MAP)


def _order_key(field: Field, direction: str) -> OrderKey:
    descending, nulls_first = DIRECTIONS[direction]
    return OrderKey(field, descending, nulls_first)


def _requested_key(spec: QuerySpec, item: object, path: str) -> OrderKey:
    if not isinstance(item, dict) or len(item) != 1:
        raise ValidationFailed.at(path, "must be an object with exactly one field")
    ((name, direction),) = item.items()
    field = spec.fields.get(name)
    if field is None or not is_sortable(field):
        raise ValidationFailed.at(f"{path}.{name}", "is not a sortable field")
    if not isinstance(direction, str) or direction not in DIRECTIONS:
        raise ValidationFailed.at(f"{path}.{name}", f"must be one of {', '.join(DIRECTIONS)}")
    return _order_key(field, direction)


def _requested_keys(spec: QuerySpec, order_by: object, path: str) -> list[OrderKey]:
    if not isinstance(order_by, list):
        raise ValidationFailed.at(path, "must be an array of single-key objects")
    keys: list[OrderKey] = []
    errors: list[ErrorDetail] = []
    for index, item in enumerate(order_by):
        try:
            keys.append(_requested_key(spec, item, f"{path}[{index}]"))
        except ValidationFailed as bad:
            errors += bad.details
    if errors:
        raise ValidationFailed(f"{path} is not valid.", errors)
    return keys


def _first_of_each_field(keys: list[OrderKey]) -> list[OrderKey]:
    # A repeated field can never break a tie its first occurrence left.
    unique: dict[str, OrderKey] = {}
    for key in keys:
        unique.setdefault(key.field.name, key)
    return list(unique.values())


def _with_tie_break(spec: QuerySpec, keys: list[OrderKey]) -> list[OrderKey]:
    id_column = spec.table.c.id
    if any(key.field.column is id_column for key in keys):
        return keys
    id_field = spec.fields.get("id") or Field("id", id_column, Kind.INT)
    return [*keys, OrderKey(id_field, descending=False, nulls_first=False)]


def compile_order(
    spec: QuerySpec, order_by: object, default: list[tuple[str, str]], path: str = "orderBy"
) -> list[OrderKey]:
    """The order keys of a request (``default`` when it sends none), always ending in ``id``."""
    if order_by is None or order_by == []:
        keys = [_order_key(spec.fields[name], direction) for name, direction in default]
    else:
        keys = _requested_keys(spec, order_by, path)
    return _with_tie_break(spec, _first_of_each_field(keys))


__all__ = [
    "DIRECTIONS",
    "LIMITS",
    "Field",
    "Kind",
    "Limits",
    "Link",
    "OrderKey",
    "QuerySpec",
    "Relation",
    "compile_order",
    "compile_where",
    "decode_cursor",
    "encode_cursor",
    "is_sortable",
    "keyset_after",
    "operators_for",
    "order_clauses",
    "query_fingerprint",
    "where_mentions",
]
