"""Records API routes (records-events.md §1): discovery, custom types, upserts, reads, search.

Discovery and custom-type routes are mounted before ``/records/{type}/...`` so that the fixed
path segments (``types``, ``custom``) win; those words are reserved as type names.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Path
from starlette.convertors import Convertor, register_url_convertor
from starlette.requests import Request
from starlette.responses import Response

from openwyn.auth.principal import RecordReader, RecordWriter, SchemaReader, TypeReader, TypeWriter
from openwyn.context import request_id_of, transaction
from openwyn.errors import MethodNotAllowed, ValidationFailed
from openwyn.kit import system_refs
from openwyn.kit.envelope import success
from openwyn.kit.etags import etag_of
from openwyn.kit.front import direct
from openwyn.kit.inputs import NUL_FREE
from openwyn.kit.paging import SearchRequest
from openwyn.kit.resource import REGISTRY
from openwyn.kit.schemas import (
    READ_ERRORS,
    SEARCH_ERRORS,
    WRITE_ERRORS,
    ListMeta,
    envelope_of,
    error_responses,
)
from openwyn.records import custom_types, discovery, search
from openwyn.records.answers import CustomType, Record, RecordBatchResult, RecordType
from openwyn.records.custom_types import TypeCreate, TypeUpdate
from openwyn.records.kinds import kind_of
from openwyn.records.upsert import RecordBatch, RecordRefBatch, delete_batch, write_batch
from openwyn.web.idempotency import IDEMPOTENT, idempotent

TypeName = Annotated[str, Path(pattern=r"^[a-z][a-z0-9_]{0,62}$", description="A record type.")]
SystemRef = Annotated[
    str,
    Path(
        min_length=1,
        max_length=1000,
        pattern=NUL_FREE,
        # `/records/{type}/search` is the search route (405 but for POST: `search_takes_post`).
        json_schema_extra={"not": {"const": "search"}},
        description="The source's id: the plain string, or an object systemRef's JSON "
        '(URL-encoded), e.g. `{"id":"4711","system":"karbon"}`; an object matches by its '
        "canonical JSON, whatever its key order or spacing.",
    ),
]


def _custom_only(schema: dict[str, Any]) -> None:
    schema["not"] = {"enum": sorted(REGISTRY)}  # filled in once every type is registered


CustomTypeName = Annotated[
    str,
    Path(
        pattern=r"^[a-z][a-z0-9_]{0,62}$",
        description="A custom record type (standard types are searched at /gql/v1).",
        json_schema_extra=_custom_only,
    ),
]


class _RecordTypeSegment(Convertor[str]):
    """The `{type}` of `/records/{type}/...`: any segment but the reserved words, so that
    `/records/types/...` and `/records/custom/...` reach only their own routes, and a 405 there
    names only the methods those serve."""

    regex = "(?!(?:types|custom)/)[^/]+"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("record_type", _RecordTypeSegment())

types_router = APIRouter(prefix="/records", tags=["Records: types"])
records_router = APIRouter(prefix="/records", tags=["Records"])


def _answer(request: Request, data: Any, status_code: int = 200, **meta: Any) -> Response:
    return success(data, request_id_of(request), status_code=status_code, extra_meta=meta or None)


def _one(request: Request, data: dict[str, Any], status_code: int = 200) -> Response:
    """An answer of one object, with its `ETag` (its version, or a tag of its content)."""
    return success(data, request_id_of(request), status_code=status_code, headers=etag_of(data))


# --- discovery -------------------------------------------------------------------------------


@types_router.get(
    "/types",
    operation_id="list_record_types",
    response_model=envelope_of("RecordTypesEnvelope", list[RecordType]),
    responses=error_responses(*READ_ERRORS),
    summary="Every record type the tenant can write, with its fields",
)
async def list_types(request: Request, principal: SchemaReader) -> Response:
    async with transaction(request) as session:
        types = await discovery.all_types(session, principal.tenant_id)
    return _answer(request, types)


@types_router.get(
    "/types/{type}",
    operation_id="get_record_type",
    response_model=envelope_of("RecordTypeEnvelope", RecordType),
    responses=error_responses(404, *READ_ERRORS),
    summary="One record type and its fields",
)
async def get_type(request: Request, principal: SchemaReader, type: TypeName) -> Response:  # noqa: A002
    async with transaction(request) as session:
        found = await discovery.one_type(session, principal.tenant_id, type)
    return _one(request, found)


# --- custom record types ---------------------------------------------------------------------


@types_router.post(
    "/custom",
    operation_id="create_custom_type",
    status_code=201,
    response_model=envelope_of("CustomTypeEnvelope", CustomType),
    responses=error_responses(*WRITE_ERRORS),
    summary="Define a custom record type",
    openapi_extra=IDEMPOTENT,
)
async def create_type(request: Request, principal: TypeWriter, body: TypeCreate) -> Response:
    async with transaction(request) as session:

        async def produce() -> Response:
            created = await custom_types.create(session, principal.tenant_id, body)
            return _one(request, created.public(), status_code=201)

        return await idempotent(request, session, principal.tenant_id, produce)


@types_router.get(
    "/custom",
    response_model=envelope_of("CustomTypesEnvelope", list[CustomType]),
    responses=error_responses(*READ_ERRORS),
    summary="The tenant's custom record types",
)
async def list_custom_types(request: Request, principal: TypeReader) -> Response:
    async with transaction(request) as session:
        types = await custom_types.all_types(session, principal.tenant_id)
    return _answer(request, [custom.public() for custom in types])


@types_router.get(
    "/custom/{name}",
    response_model=envelope_of("CustomTypeEnvelope", CustomType),
    responses=error_responses(404, *READ_ERRORS),
    summary="One custom record type",
)
async def get_custom_type(request: Request, principal: TypeReader, name: TypeName) -> Response:
    async with transaction(request) as session:
        found = await custom_types.get(session, principal.tenant_id, name)
    return _one(request, found.public())


async def _change_type(request: Request, tenant_id: int, name: str, body: TypeUpdate) -> Response:
    async with transaction(request) as session:
        changed = await custom_types.update(session, tenant_id, name, body)
    return _one(request, changed.public())


@types_router.patch(
    "/custom/{name}",
    operation_id="update_custom_type",
    response_model=envelope_of("CustomTypeEnvelope", CustomType),
    responses=error_responses(404, *WRITE_ERRORS),
    summary="Change a custom record type compatibly",
)
async def patch_type(
    request: Request, principal: TypeWriter, name: TypeName, body: TypeUpdate
) -> Response:
    """Only the keys sent change. A field change that would make stored records invalid (a
    removed or retyped field, a new required field, a tighter limit, a dropped enum value in
    use) is 409 with the reasons."""
    return await _change_type(request, principal.tenant_id, name, body)


@types_router.put(
    "/custom/{name}",
    operation_id="replace_custom_type",
    response_model=envelope_of("CustomTypeEnvelope", CustomType),
    responses=error_responses(404, *WRITE_ERRORS),
    summary="Change a custom record type compatibly (same as PATCH)",
)
async def put_type(
    request: Request, principal: TypeWriter, name: TypeName, body: TypeUpdate
) -> Response:
    return await _change_type(request, principal.tenant_id, name, body)


@types_router.delete(
    "/custom/{name}",
    operation_id="deactivate_custom_type",
    response_model=envelope_of("CustomTypeEnvelope", CustomType),
    responses=error_responses(404, *READ_ERRORS),
    summary="Deactivate a custom record type (its records stay, read-only)",
)
async def deactivate_type(request: Request, principal: TypeWriter, name: TypeName) -> Response:
    async with transaction(request) as session:
        changed = await custom_types.set_active(session, principal.tenant_id, name, False)
    return _one(request, changed.public())


@types_router.post(
    "/custom/{name}/reactivate",
    operation_id="reactivate_custom_type",
    response_model=envelope_of("CustomTypeEnvelope", CustomType),
    responses=error_responses(404, *READ_ERRORS),
    summary="Reactivate a custom record type",
)
async def reactivate_type(request: Request, principal: TypeWriter, name: TypeName) -> Response:
    async with transaction(request) as session:
        changed = await custom_types.set_active(session, principal.tenant_id, name, True)
    return _one(request, changed.public())


# --- records ---------------------------------------------------------------------------------

_BATCH = envelope_of("RecordBatchEnvelope", RecordBatchResult)


async def _write(
    request: Request, tenant_id: int, batch: RecordBatch, create_missing: bool
) -> Response:
    async with transaction(request) as session:

        async def produce() -> Response:
            result = await write_batch(session, tenant_id, batch, create_missing)
            return _answer(request, result.public())

        return await idempotent(request, session, tenant_id, produce)


@records_router.post(
    "",
    response_model=_BATCH,
    responses=error_responses(*WRITE_ERRORS),
    summary="Create or update up to 100 records by type and systemRef",
    openapi_extra=IDEMPOTENT,
)
@direct
async def upsert_records(
    request: Request, principal: RecordWriter, body: Annotated[RecordBatch, Body()]
) -> Response:
    """Each record is applied alone (partial success): `CREATED`, `UPDATED`, `UNCHANGED` (no
    write) or a per-record error. References take an id or `{"systemRef": ...}`, including
    records earlier in the same request."""
    return await _write(request, principal.tenant_id, body, create_missing=True)


@records_router.put(
    "",
    response_model=_BATCH,
    responses=error_responses(*WRITE_ERRORS),
    summary="Update up to 100 existing records by type and systemRef",
)
async def update_records(request: Request, principal: RecordWriter, body: RecordBatch) -> Response:
    """Like POST, but a record that does not exist fails alone with `RECORD_NOT_FOUND`."""
    return await _write(request, principal.tenant_id, body, create_missing=False)


@records_router.delete(
    "",
    response_model=_BATCH,
    responses=error_responses(*WRITE_ERRORS),
    summary="Delete or deactivate up to 100 records by type and systemRef",
    openapi_extra=IDEMPOTENT,
)
async def delete_records(
    request: Request, principal: RecordWriter, body: RecordRefBatch
) -> Response:
    """Each record is removed alone (partial success), exactly as
    `DELETE /records/{type}/{systemRef}` removes it: deactivated where the type has `active`,
    otherwise deleted; either is `DELETED`. A record that does not exist fails alone with
    `RECORD_NOT_FOUND`. Accepts `Idempotency-Key`."""
    async with transaction(request) as session:

        async def produce() -> Response:
            result = await delete_batch(session, principal.tenant_id, body)
            return _answer(request, result.public())

        return await idempotent(request, session, principal.tenant_id, produce)


@records_router.post(
    "/{type:record_type}/search",
    response_model=envelope_of("RecordListEnvelope", list[Record], ListMeta),
    responses=error_responses(404, *SEARCH_ERRORS),
    summary="Search a custom type's records",
)
async def search_records(
    request: Request,
    principal: RecordReader,
    type: CustomTypeName,  # noqa: A002
    body: Annotated[SearchRequest, Body(default_factory=SearchRequest)],
) -> Response:
    """`where` and `orderBy` over `systemRef`, `createdAt`, `updatedAt`, `active` and the type's
    fields, in the read family's language; paged by `page` and `pageSize`."""
    if type in REGISTRY:
        raise ValidationFailed.at("type", "search standard types through /gql/v1/<plural>/search")
    paging = body.paging()
    async with transaction(request) as session:
        custom = await custom_types.get(session, principal.tenant_id, type)
        items, total = await search.search(
            session, principal.tenant_id, custom, body.where, body.orderBy, paging
        )
    page = paging.offset // paging.size
    pagination = {"page": page, "pageSize": paging.size, "total": total}
    return _answer(request, items, pagination=pagination)


_RECORD = envelope_of("RecordEnvelope", Record)
_SEARCH_ONLY = (
    "`search` names the search route, which takes POST: another method there is 405 with an"
    " `Allow` header, not a read of a record whose systemRef is `search` (reach such a record"
    " through the search, or delete it in a batch)."
)


async def _read(request: Request, tenant_id: int, type_name: str, system_ref: str) -> Response:
    async with transaction(request) as session:
        kind = await kind_of(session, tenant_id, type_name)
        record = await kind.read(session, tenant_id, system_refs.from_path(system_ref))
    return _one(request, record)


async def _remove(request: Request, tenant_id: int, type_name: str, system_ref: str) -> Response:
    async with transaction(request) as session:
        kind = await kind_of(session, tenant_id, type_name)
        record = await kind.remove(session, tenant_id, system_refs.from_path(system_ref))
    if record is None:
        return Response(status_code=204)
    return _one(request, record)


# `/records/{type}/search` would also be `/records/{type}/{systemRef}` with systemRef `search`.
# A GET there is far more often a search sent with the wrong method than a read of such a
# record, so every method but POST is answered here, before the routes by systemRef, with the
# 405 that says so.
@records_router.api_route(
    "/{type:record_type}/search",
    methods=["GET", "HEAD", "PUT", "PATCH", "DELETE", "OPTIONS"],
    include_in_schema=False,
)
async def search_takes_post(_caller: RecordReader) -> Response:
    # After the token check, as on every protected path: a caller without one learns nothing.
    raise MethodNotAllowed(
        "The search route takes POST, with the search in a JSON body.", headers={"Allow": "POST"}
    )


@records_router.get(
    "/{type:record_type}/{systemRef}",
    response_model=_RECORD,
    responses=error_responses(404, 405, *READ_ERRORS),
    summary="One record by type and systemRef",
    description=_SEARCH_ONLY,
)
async def get_record(
    request: Request,
    principal: RecordReader,
    type: TypeName,  # noqa: A002
    systemRef: SystemRef,  # noqa: N803
) -> Response:
    return await _read(request, principal.tenant_id, type, systemRef)


@records_router.delete(
    "/{type:record_type}/{systemRef}",
    response_model=_RECORD,
    responses=error_responses(404, 405, 409, *READ_ERRORS),
    summary="Deactivate (or, for link rows and jobs, delete) a record",
    description=_SEARCH_ONLY,
)
async def delete_record(
    request: Request,
    principal: RecordWriter,
    type: TypeName,  # noqa: A002
    systemRef: SystemRef,  # noqa: N803
) -> Response:
    return await _remove(request, principal.tenant_id, type, systemRef)
