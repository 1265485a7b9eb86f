"""Routes for a declared resource: the read family's three and the REST family's six.

This module deliberately does not use postponed annotations: the handlers are closures whose
body types are the resource's generated models, and FastAPI reads those annotations as objects.
"""

import re
from typing import Annotated, Any

from fastapi import APIRouter, Body, Header, Path, Query
from pydantic import BaseModel, WithJsonSchema
from starlette.requests import Request
from starlette.responses import Response

from openwyn.auth.principal import ApiUser
from openwyn.context import reading, request_id_of, transaction
from openwyn.errors import ValidationFailed
from openwyn.kit.articles import indefinite
from openwyn.kit.envelope import plain, success
from openwyn.kit.front import direct
from openwyn.kit.paging import (
    DEFAULT_PAGE_SIZE,
    Paging,
    PagingFields,
    QueryPageIndex,
    QueryPageSize,
    SearchRequest,
)
from openwyn.kit.resource import Resource
from openwyn.kit.schemas import (
    READ_ERRORS,
    SEARCH_ERRORS,
    WRITE_ERRORS,
    ListMeta,
    collection_of,
    created_response,
    envelope_of,
    error_responses,
)
from openwyn.web import service
from openwyn.web.idempotency import IDEMPOTENT, idempotent

RowId = Annotated[int, Path(ge=1, le=2**53, description="The object's id.")]
# One pattern both documents and parses the header: group 1 is the weak tag's `W/`, group 2
# the version ("*" has neither).
_IF_MATCH = r'^\s*(?:\*|(W/)?"?([0-9]{1,18})"?)\s*$'
# If-Match compares strongly (RFC 9110 §13.1.1): a weak tag matches no version, not even its
# own, so the write is 412. Versions start at 1: none is 0.
NO_VERSION = 0
IfMatch = Annotated[
    str | None,
    Header(
        description='The version the change expects, as "3" (`*`: any; a weak W/"3": none).',
        pattern=_IF_MATCH,
    ),
    # A header is absent or a string; the schema must not offer null as a value.
    WithJsonSchema({"type": "string", "pattern": _IF_MATCH}),
]


def etag_headers(item: dict[str, Any]) -> dict[str, str]:
    return {"ETag": f'"{item["version"]}"'}


def parse_if_match(value: str | None) -> int | None:
    """The version an If-Match header names; `*` means any, and a weak tag (`W/"3"`) none."""
    if value is None:
        return None
    match = re.match(_IF_MATCH, value)
    if match is None:
        raise ValidationFailed.at("If-Match", 'must be a version such as "3"')
    if match.group(1) is not None:
        return NO_VERSION
    return None if match.group(2) is None else int(match.group(2))


def _listing(filters: PagingFields) -> service.Listing:
    """The list route's body: equality filters plus paging, no where and no orderBy."""
    return service.Listing(None, None, filters.simple_filters(), filters.paging())


def read_router(resource: Resource) -> APIRouter:
    """`POST /<plural>`, `POST /<plural>/search`, `GET /<singular>/{id}`."""
    router = APIRouter(tags=[resource.title])
    models = resource.models
    Filters = models.filters  # noqa: N806 - a class
    Search = models.search  # noqa: N806 - a class
    collection = collection_of(
        f"{models.read.__name__}Collection", resource.collection_key, models.read
    )

    async def answer(request: Request, tenant_id: int, listing: service.Listing) -> Response:
        async with reading(request) as session:
            page = await service.list_rows_as_read(session, resource, tenant_id, listing)
        return plain(
            {
                resource.collection_key: page.items,
                "total": {"aggregate": {"count": page.total}},
                "pageInfo": page.page_info(),
            }
        )

    @router.post(
        f"/{resource.read_plural}",
        response_model=collection,
        responses=error_responses(*SEARCH_ERRORS),
        summary=f"List {resource.read_plural}",
        operation_id=f"list_{resource.read_plural}",
    )
    @direct
    async def list_items(
        request: Request,
        principal: ApiUser,
        body: Annotated[Filters, Body(default_factory=Filters)],  # type: ignore[valid-type]
    ) -> Response:
        """A page of objects, filtered by equality on any filterable field."""
        filters: PagingFields = body
        return await answer(request, principal.tenant_id, _listing(filters))

    @router.post(
        f"/{resource.read_plural}/search",
        response_model=collection,
        responses=error_responses(*SEARCH_ERRORS),
        summary=f"Search {resource.read_plural}",
        operation_id=f"search_{resource.read_plural}",
    )
    @direct
    async def search_items(
        request: Request,
        principal: ApiUser,
        body: Annotated[Search, Body(default_factory=Search)],  # type: ignore[valid-type]
    ) -> Response:
        """A page of objects matching a `where` expression, in `orderBy` order."""
        search: SearchRequest = body
        listing = service.Listing(search.where, search.orderBy, {}, search.paging())
        return await answer(request, principal.tenant_id, listing)

    @router.get(
        f"/{resource.read_singular}/{{id:int}}",
        response_model=models.detail,
        responses=error_responses(404, *READ_ERRORS),
        summary=f"Get one {resource.read_singular}",
        operation_id=f"get_{resource.read_singular}",
    )
    @direct
    async def get_item(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
        """The object itself, or 404."""
        async with reading(request) as session:
            item = await service.get_detail_as_read(session, resource, principal.tenant_id, id)
        return plain(item, headers=etag_headers(item))

    return router


def rest_router(resource: Resource) -> APIRouter:
    """List, create, get, update, delete (or deactivate) and reactivate."""
    router = APIRouter(prefix=f"/{resource.rest_plural}", tags=[resource.title])
    models = resource.models
    Create, Update = models.create, models.update  # noqa: N806 - classes
    one = envelope_of(f"{models.detail.__name__}Envelope", models.detail)
    many = envelope_of(f"{models.read.__name__}ListEnvelope", list[models.read], ListMeta)  # type: ignore[name-defined]
    title = resource.title

    @router.get(
        "",
        response_model=many,
        responses=error_responses(*READ_ERRORS),
        summary=f"List {resource.rest_plural}",
        operation_id=f"rest_list_{resource.key}",
    )
    async def list_items(
        request: Request,
        principal: ApiUser,
        page: Annotated[QueryPageIndex, Query()] = 0,
        pageSize: Annotated[QueryPageSize, Query()] = DEFAULT_PAGE_SIZE,  # noqa: N803
    ) -> Response:
        """A page of objects, inactive ones too, in the default order."""
        listing = service.Listing(None, None, {}, Paging(pageSize, page * pageSize, None))
        async with reading(request) as session:
            result = await service.list_rows(session, resource, principal.tenant_id, listing)
        pagination = {"page": page, "pageSize": pageSize, "total": result.total}
        return success(result.items, request_id_of(request), extra_meta={"pagination": pagination})

    @router.post(
        "",
        status_code=201,
        response_model=one,
        responses=created_response(f"The {title} created.") | error_responses(*WRITE_ERRORS),
        summary=f"Create {indefinite(title)}",
        operation_id=f"create_{resource.key}",
        openapi_extra=IDEMPOTENT,
    )
    async def create_item(request: Request, principal: ApiUser, body: Create) -> Response:  # type: ignore[valid-type]
        """Create an object. Accepts `Idempotency-Key`."""
        values = body.model_dump(exclude_unset=True, by_alias=True)  # type: ignore[attr-defined]
        async with transaction(request) as session:

            async def produce() -> Response:
                item = await service.create(session, resource, principal.tenant_id, values)
                item = await service.detail_of(session, resource, principal.tenant_id, item)
                headers = etag_headers(item)
                headers["Location"] = f"{request.url.path}/{item['id']}"
                return success(item, request_id_of(request), status_code=201, headers=headers)

            return await idempotent(request, session, principal.tenant_id, produce)

    @router.get(
        "/{id:int}",
        response_model=one,
        responses=error_responses(404, *READ_ERRORS),
        summary=f"Get {indefinite(title)}",
        operation_id=f"rest_get_{resource.key}",
    )
    @direct
    async def get_item(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
        async with reading(request) as session:
            item = await service.get_detail(session, resource, principal.tenant_id, id)
        return success(item, request_id_of(request), headers=etag_headers(item))

    @router.patch(
        "/{id:int}",
        response_model=one,
        responses=error_responses(404, 412, *WRITE_ERRORS),
        summary=f"Update {indefinite(title)}",
        operation_id=f"update_{resource.key}",
    )
    async def update_item(
        request: Request,
        principal: ApiUser,
        id: RowId,  # noqa: A002
        body: Update,  # type: ignore[valid-type]
        if_match: IfMatch = None,
    ) -> Response:
        """Change only the fields sent. `If-Match` makes the change conditional."""
        values = body.model_dump(exclude_unset=True, by_alias=True)  # type: ignore[attr-defined]
        expected = parse_if_match(if_match)
        async with transaction(request) as session:
            item = await service.update(
                session, resource, principal.tenant_id, id, values, expected
            )
            item = await service.detail_of(session, resource, principal.tenant_id, item)
        return success(item, request_id_of(request), headers=etag_headers(item))

    _add_removal_routes(router, resource, one)
    return router


def _add_removal_routes(router: APIRouter, resource: Resource, one: type[BaseModel]) -> None:
    title = resource.title
    if not resource.has_active:

        @router.delete(
            "/{id:int}",
            status_code=204,
            # 409: rows that name it keep it (a job with WIP entries).
            responses=error_responses(404, 409, 412, *READ_ERRORS),
            summary=f"Delete {indefinite(title)}",
            operation_id=f"delete_{resource.key}",
        )
        async def delete_item(
            request: Request,
            principal: ApiUser,
            id: RowId,
            if_match: IfMatch = None,  # noqa: A002
        ) -> Response:
            """Delete the row for good."""
            async with transaction(request) as session:
                await service.delete(
                    session, resource, principal.tenant_id, id, parse_if_match(if_match)
                )
            return Response(status_code=204)

        return

    @router.delete(
        "/{id:int}",
        response_model=one,
        responses=error_responses(404, 412, *READ_ERRORS),
        summary=f"Deactivate {indefinite(title)}",
        operation_id=f"deactivate_{resource.key}",
    )
    async def deactivate_item(
        request: Request,
        principal: ApiUser,
        id: RowId,
        if_match: IfMatch = None,  # noqa: A002
    ) -> Response:
        """Deactivate: the row stays with `active: false` (lists still return it) and a `DELETE`
        event records the change."""
        async with transaction(request) as session:
            item = await service.set_active(
                session, resource, principal.tenant_id, id, False, parse_if_match(if_match)
            )
            item = await service.detail_of(session, resource, principal.tenant_id, item)
        return success(item, request_id_of(request), headers=etag_headers(item))

    @router.post(
        "/{id:int}/reactivate",
        response_model=one,
        responses=error_responses(404, *READ_ERRORS),
        summary=f"Reactivate {indefinite(title)}",
        operation_id=f"reactivate_{resource.key}",
        openapi_extra=IDEMPOTENT,
    )
    async def reactivate_item(request: Request, principal: ApiUser, id: RowId) -> Response:  # noqa: A002
        """Make a deactivated object active again. Accepts `Idempotency-Key`."""
        async with transaction(request) as session:

            async def produce() -> Response:
                item = await service.set_active(session, resource, principal.tenant_id, id, True)
                item = await service.detail_of(session, resource, principal.tenant_id, item)
                return success(item, request_id_of(request), headers=etag_headers(item))

            return await idempotent(request, session, principal.tenant_id, produce)
