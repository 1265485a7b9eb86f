"""One declaration per resource; everything else (schemas, SQL, routes) is derived from it.

A resource lists its attributes once. From that list come the strict Create and Update input
models, the Read model of the OpenAPI document, the columns its hot read path selects, the
``where`` language's fields and relations, and the reference and uniqueness checks of writes.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache, cached_property
from operator import itemgetter
from typing import Annotated, Any, Literal, Protocol

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Strict,
    WithJsonSchema,
    create_model,
)
from pydantic import Field as PydanticField
from pydantic.alias_generators import to_camel, to_pascal
from sqlalchemy import Select, Table, select
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.kit import inputs
from openwyn.kit.json import iso_date, iso_timestamp
from openwyn.kit.query import Field, Kind, Link, QuerySpec, Relation
from openwyn.kit.query_schema import (
    SORT_DIRECTION,
    comparison_components,
    order_by_schema,
    order_key_schema,
    order_name,
    ref,
    sort_direction_schema,
    where_name,
    where_schema,
)
from openwyn.kit.status_reads import StatusAsRead

_INPUT_TYPES: dict[Kind, Any] = {
    Kind.INT: inputs.Id,
    Kind.STR: inputs.Text,
    Kind.BOOL: inputs.Bool,
    Kind.DECIMAL: inputs.Money,
    Kind.DATE: inputs.IsoDate,
    Kind.DATETIME: inputs.IsoDateTime,
    Kind.OBJECT: inputs.Address,
    Kind.MAP: inputs.CustomFields,
}
_OUTPUT_TYPES: dict[Kind, Any] = {
    Kind.INT: int,
    Kind.STR: str,
    Kind.BOOL: bool,
    Kind.DECIMAL: inputs.MoneyOut,
    Kind.DATE: date,
    Kind.DATETIME: datetime,
    Kind.OBJECT: dict[str, Any],
    Kind.MAP: dict[str, Any],
}


@dataclass(frozen=True)
class Attr:
    """One field of a resource, as the API names it and as the table stores it."""

    name: str
    kind: Kind
    column: str = ""  # defaults to the snake_case of `name`
    input_type: Any = None  # overrides the kind's default input type
    output_type: Any = None  # overrides the kind's default type in the Read model
    required: bool = False  # on create
    writable: bool = True
    filterable: bool = True
    sortable: bool = True
    enum_values: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    references: str | None = None  # key of the resource this id points at
    unique: bool = False
    # Lists and searches answer the lean row shape; a field added by contract §13.6 is shown by
    # the single-object answers (the detail shape) only.
    listed: bool = True

    @property
    def column_name(self) -> str:
        return self.column or _snake(self.name)


def derived(name: str, kind: Kind, **options: Any) -> Attr:
    """A field the server sets (a workflow's status, a sum over the ledger): read, filtered
    and sorted like any other, never written by a client."""
    return Attr(name, kind, writable=False, **options)


@dataclass(frozen=True)
class RelationDecl:
    name: str
    target: str  # resource key
    local: str  # column on this table
    remote: str  # column on the target's table
    many: bool
    # Many-to-many: (link resource key, link column matching `local`, link column matching
    # `remote`), e.g. client.contacts through contact-clients.
    via: tuple[str, str, str] | None = None


@dataclass(frozen=True)
class Change:
    """A write about to happen: the fields it changes and the stored row (None on create)."""

    resource: Resource
    row_id: int | None
    values: dict[str, Any]
    before: dict[str, Any] | None
    # Every field the body sent, changed or not (an update applies only the changed ones):
    # what a rule may blame on the body alone, whatever the stored object holds.
    sent: dict[str, Any] | None = None

    @property
    def body(self) -> dict[str, Any]:
        return self.values if self.sent is None else self.sent

    @property
    def after(self) -> dict[str, Any]:
        """The object as it will be stored (on create, only the fields the client sent)."""
        return {**(self.before or {}), **self.values}

    def touches(self, *names: str) -> bool:
        return any(name in self.values for name in names)


# A resource-specific check of a write; raises an ApiError to refuse it. Nothing commits here.
Rule = Callable[[AsyncSession, int, Change], Awaitable[None]]
# Derives a write's stored fields from what was sent (API names, references resolved) and the
# stored object (None on create): e.g. a WIP's value from its hours and rate. May refuse it.
Prepare = Callable[
    [AsyncSession, int, dict[str, Any], dict[str, Any] | None], Awaitable[dict[str, Any]]
]
# Runs after a write, in its transaction, with the object before and after (None when absent):
# what other rows follow from the change (a job's roll-ups from its WIP).
AfterWrite = Callable[
    [AsyncSession, int, dict[str, Any] | None, dict[str, Any] | None], Awaitable[None]
]


class BatchPreparer(Protocol):
    """`prepare` for the writes of one set-based run, over facts read once for all of them
    (see `Batched`). Each method refuses a write with the ApiError `prepare` would raise."""

    async def prepare(
        self, values: dict[str, Any], before: dict[str, Any] | None
    ) -> dict[str, Any]:
        """What `prepare` would store, apart from the checks of `admit`; reads nothing."""
        ...

    def admit(self, prepared: dict[str, Any], before: dict[str, Any] | None) -> None:
        """The checks that depend on the run's earlier writes (`keep`), run last."""
        ...

    def keep(self, prepared: dict[str, Any], before: dict[str, Any] | None) -> None:
        """The write is planned: the later writes of the run see it."""
        ...


# Reads (and locks) what the runs' writes, (values, stored object or None), derive from.
PrepareBatch = Callable[
    [AsyncSession, int, list[tuple[dict[str, Any], dict[str, Any] | None]]],
    Awaitable[BatchPreparer],
]
# `written` for every write of a run at once: (before, after) each, in order.
AfterWrites = Callable[
    [AsyncSession, int, list[tuple[dict[str, Any] | None, dict[str, Any] | None]]],
    Awaitable[None],
]


@dataclass(frozen=True)
class Batched:
    """What lets a resource with `prepare` and `written` be written set-based (records/bulk.py):
    the same derivation and follow-up for a run of writes, in a few statements."""

    prepare: PrepareBatch
    written: AfterWrites


@dataclass(frozen=True)
class Detail:
    """What a single-object answer shows beyond the row (contract §13.6): fields derived at
    read time, read with the row in the same statement."""

    # The row's SELECT (one row, by id) with what the derived fields need joined in; its
    # extra columns follow the row's.
    statement: Callable[[Select[Any]], Select[Any]]
    # The serialized row and the extra columns' values, to the derived fields.
    derive: Callable[[dict[str, Any], Sequence[Any]], dict[str, Any]]
    # Each derived field's type, for the detail schema of the OpenAPI document.
    fields: dict[str, Any]


@dataclass
class Resource:
    key: str
    title: str
    table: Table
    rest_plural: str
    read_plural: str
    read_singular: str
    attrs: list[Attr]
    default_order: list[tuple[str, str]]
    relations: list[RelationDecl] = field(default_factory=list)
    has_active: bool = True
    from_pms: bool = True
    rules: list[Rule] = field(default_factory=list)
    # What rules require that the document can state too, merged into the Create and Update
    # schemas (e.g. at_least_one_of's), so clients and fuzzers know it.
    create_schema: dict[str, Any] = field(default_factory=dict)
    update_schema: dict[str, Any] = field(default_factory=dict)
    detail: Detail | None = None
    # The Create and Update inputs, when they are not the writable attributes one for one
    # (a WIP takes `amount` and derives `value`); `prepare` turns them into attributes.
    write_models: tuple[type[BaseModel], type[BaseModel]] | None = None
    prepare: Prepare | None = None
    written: AfterWrite | None = None
    # `prepare` and `written` for a set-based run of writes (bulk Records API upserts).
    batched: Batched | None = None
    # Read only (a view such as projects): no Records API type, only UPDATE events.
    read_only: bool = False
    # A `status` that reads by the tenant's today (OVERDUE), in the read family's answers and
    # filters.
    status_as_read: StatusAsRead | None = None
    # The catalog's (operation, description) pairs when they are not the standard ones: the
    # workflow events of a money entity (`invoice.POSTED`) or a ledger's CREATE alone.
    events: tuple[tuple[str, str], ...] = ()
    # Statuses whose `<entity>.<STATUS>` event a plain write that sets them writes too (a
    # Records API push of a workflow entity's status), beside its CREATE or UPDATE.
    status_events: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        common = [Attr("id", Kind.INT, writable=False)]
        if self.from_pms:
            common.append(Attr("pmsRef", Kind.STR, unique=True))
        trailer = [
            Attr("createdAt", Kind.DATETIME, writable=False),
            Attr("updatedAt", Kind.DATETIME, writable=False),
            Attr("version", Kind.INT, writable=False),
        ]
        if self.has_active:
            trailer.insert(0, Attr("active", Kind.BOOL))
        self.attrs = common + self.attrs + trailer
        REGISTRY[self.key] = self

    @cached_property
    def collection_key(self) -> str:
        """The key of the read family's list answers: the plural in camelCase (contract §13.3),
        `serviceLines` for the path `/gql/v1/service_lines`."""
        return to_camel(self.read_plural)

    @cached_property
    def by_name(self) -> dict[str, Attr]:
        return {attr.name: attr for attr in self.attrs}

    @cached_property
    def writable(self) -> list[Attr]:
        return [attr for attr in self.attrs if attr.writable]

    @cached_property
    def positions(self) -> dict[str, int]:
        """Where each attribute sits in a row of `columns`."""
        return {attr.name: index for index, attr in enumerate(self.attrs)}

    @cached_property
    def columns(self) -> list[Any]:
        return [self.table.c[attr.column_name] for attr in self.attrs]

    @cached_property
    def selection(self) -> Select[Any]:
        """SELECT of every returned column, built once: a Select is immutable (each `.where()`
        makes a new one), and coercing two dozen columns on every request shows in the hot
        read path's profile."""
        return select(*self.columns)

    @cached_property
    def query_spec(self) -> QuerySpec:
        spec = QuerySpec(table=self.table, fields=self._query_fields())
        for decl in self.relations:
            spec.relations[decl.name] = Relation(
                name=decl.name,
                target=_lazy_spec(decl.target),
                local=self.table.c[decl.local],
                # Specs are built on first use, once every resource is registered.
                remote=REGISTRY[decl.target].table.c[decl.remote],
                many=decl.many,
                via=_link(decl.via),
            )
        return spec

    def _query_fields(self) -> dict[str, Field]:
        return {
            attr.name: Field(
                name=attr.name,
                column=self.table.c[attr.column_name],
                kind=attr.kind,
                filterable=attr.filterable,
                sortable=attr.sortable,
                enum_values=attr.enum_values,
                members=attr.members,
            )
            for attr in self.attrs
            if attr.filterable or attr.sortable
        }

    @cached_property
    def serializer(self) -> Callable[[Any], dict[str, Any]]:
        """A row to every stored field: what writes return and events carry."""
        return make_serializer(self.attrs)

    @cached_property
    def listed(self) -> list[Attr]:
        return [attr for attr in self.attrs if attr.listed]

    @cached_property
    def list_serializer(self) -> Callable[[Any], dict[str, Any]]:
        """A row to the lean shape of lists and searches (contract §13.6)."""
        if len(self.listed) == len(self.attrs):
            return self.serializer
        return make_serializer(self.attrs, shown=self.listed)

    def detailed(self, row: Any) -> dict[str, Any]:
        """A row read by `Detail.statement` (or, without a detail, the plain row) to the
        single-object answer: every stored field, then the derived ones."""
        if self.detail is None:
            return self.serializer(row)
        values = tuple(row)
        count = len(self.attrs)
        item = self.serializer(values[:count])
        return item | self.detail.derive(item, values[count:])

    @cached_property
    def models(self) -> Models:
        return build_models(self)


REGISTRY: dict[str, Resource] = {}
# Resources searched through routes of their own, kept out of the registry (no Records API
# type, no events, no catalog entry) but with their `where` schemas in the document.
SEARCH_ONLY: dict[str, Resource] = {}


def _link(via: tuple[str, str, str] | None) -> Link | None:
    if via is None:
        return None
    key, near, far = via
    return Link(REGISTRY[key].table, near, far)


def _lazy_spec(key: str) -> Callable[[], QuerySpec]:
    return lambda: REGISTRY[key].query_spec


@cache  # asked for every field of every written row; names are few
def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name)


def _converter(kind: Kind) -> Callable[[Any], Any] | None:
    if kind is Kind.DATETIME:
        return iso_timestamp
    if kind is Kind.DATE:
        return iso_date
    return None


def make_serializer(
    attrs: list[Attr], shown: list[Attr] | None = None
) -> Callable[[Any], dict[str, Any]]:
    """A row (in `attrs` order) to its JSON-ready dict, with no per-row reflection: the row is
    zipped with the names at C speed, and only dates and timestamps are touched again.
    `shown`, if given, keeps only those fields (in `attrs` order)."""
    names = [attr.name for attr in attrs]
    conversions = [
        (attr.name, index, convert)
        for index, attr in enumerate(attrs)
        if (convert := _converter(attr.kind)) is not None and (shown is None or attr in shown)
    ]
    if shown is not None:
        return _picking(names, [names.index(attr.name) for attr in shown], conversions)

    def serialize(row: Any) -> dict[str, Any]:
        out = dict(zip(names, row, strict=True))
        for name, index, convert in conversions:
            value = row[index]
            if value is not None:
                out[name] = convert(value)
        return out

    return serialize


def _picking(
    names: list[str], picked: list[int], conversions: list[tuple[str, int, Any]]
) -> Callable[[Any], dict[str, Any]]:
    """`make_serializer` for some of the row's fields, picked at C speed."""
    picked_names = [names[index] for index in picked]
    # itemgetter of one index gives the value itself, not a tuple of one.
    pick = itemgetter(*picked) if len(picked) > 1 else lambda row: (row[picked[0]],)

    def serialize(row: Any) -> dict[str, Any]:
        out = dict(zip(picked_names, pick(row), strict=True))
        for name, index, convert in conversions:
            value = row[index]
            if value is not None:
                out[name] = convert(value)
        return out

    return serialize


@dataclass(frozen=True)
class Models:
    create: type[BaseModel]
    update: type[BaseModel]
    read: type[BaseModel]  # the lean row shape of lists and searches
    detail: type[BaseModel]  # the single-object answer (the same as `read` without a detail)
    filters: type[BaseModel]
    search: type[BaseModel]


def _input_type(attr: Attr) -> Any:
    if attr.input_type is not None:
        return attr.input_type
    if attr.kind is Kind.ENUM:
        return Literal[attr.enum_values]
    return _INPUT_TYPES[attr.kind]


def _write_type(attr: Attr) -> Any:
    """A reference to a resource that mirrors a practice management system may name the target
    by its pmsRef instead of its id: ``"partnerStaffId": {"pmsRef": "ST-17"}`` (or, as the
    Records API writes it, ``{"systemRef": "ST-17"}``)."""
    if attr.references is not None and REGISTRY[attr.references].from_pms:
        return inputs.Reference
    return _input_type(attr)


def _output_type(attr: Attr) -> Any:
    if attr.output_type is not None:
        return attr.output_type
    if attr.kind is Kind.ENUM:
        return Literal[attr.enum_values]
    return _OUTPUT_TYPES[attr.kind]


# PostgreSQL text cannot hold NUL: refused as input (400), never left to the database (which
# would fail the statement); the schema says so with the pattern.
NO_NUL = r"^[^\x00]*$"


def _fitted_text(kind: Any, attr: Attr, table: Table) -> Any:
    """Text no longer than its column holds (the database would refuse it), without NUL, and a
    required text not empty."""
    length = getattr(table.c[attr.column_name].type, "length", None)
    return Annotated[
        kind,
        PydanticField(
            min_length=1 if attr.required else None,
            max_length=length,
            json_schema_extra=_no_nul_schema,
        ),
        AfterValidator(_no_nul),
    ]


def _no_nul(value: str) -> str:
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    return value


def _no_nul_schema(schema: dict[str, Any]) -> None:
    """A text type with a pattern of its own excludes NUL there (see inputs.SPACE)."""
    schema.setdefault("pattern", NO_NUL)


def _nullable(attr: Attr, table: Table) -> bool:
    return not attr.required and bool(table.c[attr.column_name].nullable)


def _omittable(kind: Any) -> tuple[Any, Any]:
    """A field that may be left out but never be null; the document shows no null default."""
    return (kind, PydanticField(default=None, json_schema_extra=_no_default_schema))


def _no_default_schema(schema: dict[str, Any]) -> None:
    """This field's `json_schema_extra` replaces its type's, so a text keeps its NUL rule here."""
    schema.pop("default", None)
    if schema.get("type") == "string":
        _no_nul_schema(schema)


def build_models(resource: Resource) -> Models:
    name = to_pascal(resource.key)
    create_fields: dict[str, Any] = {}
    update_fields: dict[str, Any] = {}
    for attr in resource.writable:
        kind = _write_type(attr)
        if attr.kind is Kind.STR:
            kind = _fitted_text(kind, attr, resource.table)
        # A field the column cannot hold null in (required, or with a server default such as
        # `active`) may be left out, never set to null: null is a 400, not a database error.
        optional = (kind | None, None) if _nullable(attr, resource.table) else _omittable(kind)
        create_fields[attr.name] = (kind, ...) if attr.required else optional
        update_fields[attr.name] = _omittable(kind) if attr.required else optional
    read = _read_model(_READ_MODEL_NAMES.get(name, name), resource.listed, resource.table)
    create, update = resource.write_models or (
        _strict_model(f"{name}Create", create_fields, resource.create_schema),
        _strict_model(f"{name}Update", update_fields, resource.update_schema),
    )
    return Models(
        create=create,
        update=update,
        read=read,
        detail=read if resource.detail is None else _detail_model(resource, name),
        filters=_filters_model(resource, name),
        search=_search_model(resource, name),
    )


# A generated client names its HTTP client class `Client`: the client row is `FirmClient` there.
_READ_MODEL_NAMES = {"Client": "FirmClient"}


def _read_field(attr: Attr, table: Table) -> tuple[Any, Any]:
    """Every answer carries the fields of a column that holds no null (id, name, createdAt,
    version ...): required and never null in the document; the others may be null."""
    column = table.c.get(attr.column_name)
    # A view's computed column (a project's roll-ups) says nothing of nulls: it may be null.
    if column is not None and not getattr(column, "nullable", True):
        return (_output_type(attr), ...)
    return (_output_type(attr) | None, None)


def _read_model(name: str, attrs: list[Attr], table: Table) -> type[BaseModel]:
    fields = {attr.name: _read_field(attr, table) for attr in attrs}
    return create_model(name, **fields)  # type: ignore[call-overload, no-any-return]


def _detail_model(resource: Resource, name: str) -> type[BaseModel]:
    """Every stored field and every derived one (contract §13.6)."""
    assert resource.detail is not None
    fields: dict[str, Any] = {a.name: _read_field(a, resource.table) for a in resource.attrs}
    fields |= {name: (kind, ...) for name, kind in resource.detail.fields.items()}
    return create_model(f"{name}Detail", **fields)


def _strict_model(
    name: str, fields: dict[str, Any], schema: dict[str, Any] | None = None
) -> type[BaseModel]:
    config = ConfigDict(extra="forbid", frozen=True, json_schema_extra=schema or None)
    model: type[BaseModel] = create_model(name, __config__=config, **fields)
    return model


def _search_model(resource: Resource, name: str) -> type[BaseModel]:
    """The search body, validated like any SearchRequest but described for this resource."""
    from openwyn.kit.paging import SearchRequest

    where = {"anyOf": [ref(where_name(name)), {"type": "null"}]}
    order_by = {"anyOf": [order_by_schema(name), {"type": "null"}]}
    model: type[BaseModel] = create_model(
        f"{name}SearchRequest",
        __base__=SearchRequest,
        where=(Annotated[dict[str, Any] | None, WithJsonSchema(where)], None),
        orderBy=(Annotated[list[dict[str, str]] | None, WithJsonSchema(order_by)], None),
    )
    return model


def query_schema_components() -> dict[str, Any]:
    """``<Name>Where`` for every registered resource (and every searchable one kept out of the
    registry) and the comparison types they share."""
    searchable = [*REGISTRY.values(), *SEARCH_ONLY.values()]
    names = {id(resource.query_spec): to_pascal(resource.key) for resource in searchable}

    def name_of(spec: QuerySpec) -> str:
        return names[id(spec)]

    components = comparison_components()
    components[SORT_DIRECTION] = sort_direction_schema()
    for resource in searchable:
        name = to_pascal(resource.key)
        components[where_name(name)] = where_schema(resource.query_spec, name, name_of)
        components[order_name(name)] = order_key_schema(resource.query_spec)
    return components


def _filter_type(attr: Attr) -> Any:
    """An equality filter's value: as the field's input, text without NUL, and `version` within
    its column (a 32-bit integer; PostgreSQL refuses a larger parameter for it)."""
    if attr.name == "version":
        return Annotated[
            int, Strict(), PydanticField(ge=1, le=2**31 - 1), BeforeValidator(inputs.integral)
        ]
    if attr.kind is Kind.STR:
        return Annotated[
            _input_type(attr),
            PydanticField(json_schema_extra=_no_nul_schema),
            AfterValidator(_no_nul),
        ]
    return _input_type(attr)


def _filters_model(resource: Resource, name: str) -> type[BaseModel]:
    """The read family's list body: paging plus equality on each scalar filterable field."""
    from openwyn.kit.paging import PagingFields

    simple = {
        attr.name: (_filter_type(attr) | None, None)
        for attr in resource.attrs
        if attr.filterable and attr.kind not in (Kind.OBJECT, Kind.MAP)
    }
    return create_model(  # type: ignore[call-overload, no-any-return]
        f"{name}ListRequest",
        __base__=PagingFields,
        **simple,
    )


def status_event(
    resource: Resource, data: dict[str, Any], previous: dict[str, Any] | None
) -> str | None:
    """The `<STATUS>` operation a plain write of `data` writes beside its CREATE (`previous`
    None) or UPDATE: the status it set, when that status has an event (`status_events`)."""
    status = data.get("status")
    if status not in resource.status_events:
        return None
    if previous is not None and "status" not in previous:
        return None
    return str(status)
