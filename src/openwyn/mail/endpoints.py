"""Outbound message routes: what the tenant's actions have emailed, or would have (API_ADMIN)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from starlette.requests import Request
from starlette.responses import Response

from openwyn.auth.principal import ApiAdmin
from openwyn.context import request_id_of, transaction
from openwyn.kit.envelope import success
from openwyn.kit.etags import etag_of
from openwyn.kit.inputs import NUL_FREE
from openwyn.kit.paging import DEFAULT_PAGE_SIZE, QueryPageIndex, QueryPageSize
from openwyn.kit.schemas import READ_ERRORS, ListMeta, envelope_of, error_responses
from openwyn.mail import queue
from openwyn.mail.schemas import OutboundMessageStatus, OutboundMessageView

router = APIRouter(prefix="/outbound-messages", tags=["Outbound messages"])
MessageId = Annotated[int, Path(ge=1, le=2**53, description="The message's id.")]


@router.get(
    "",
    operation_id="list_outbound_messages",
    response_model=envelope_of("OutboundMessageListEnvelope", list[OutboundMessageView], ListMeta),
    responses=error_responses(*READ_ERRORS),
    summary="List outbound messages, newest first",
)
async def list_outbound_messages(
    request: Request,
    principal: ApiAdmin,
    status: Annotated[OutboundMessageStatus | None, Query()] = None,
    relatedType: Annotated[str | None, Query(max_length=63, pattern=NUL_FREE)] = None,  # noqa: N803
    relatedId: Annotated[int | None, Query(ge=1, le=2**53)] = None,  # noqa: N803
    page: Annotated[QueryPageIndex, Query()] = 0,
    pageSize: Annotated[QueryPageSize, Query()] = DEFAULT_PAGE_SIZE,  # noqa: N803
) -> Response:
    """The tenant's queued, sent, failed and captured email. Without `OPENWYN_SMTP_URL` the
    worker sends nothing and marks messages `CAPTURED`: this is where they can be read."""
    wanted = {
        "status": status.value if status else None,
        "related_type": relatedType,
        "related_id": relatedId,
    }
    filters = {column: value for column, value in wanted.items() if value is not None}
    async with transaction(request) as session:
        items, total = await queue.page(
            session, principal.tenant_id, filters, pageSize, page * pageSize
        )
    pagination = {"page": page, "pageSize": pageSize, "total": total}
    return success(items, request_id_of(request), extra_meta={"pagination": pagination})


@router.get(
    "/{id}",
    operation_id="get_outbound_message",
    response_model=envelope_of("OutboundMessageEnvelope", OutboundMessageView),
    responses=error_responses(404, *READ_ERRORS),
    summary="An outbound message",
)
async def get_outbound_message(
    request: Request,
    principal: ApiAdmin,
    id: MessageId,  # noqa: A002
) -> Response:
    """The message, its status, attempts and last error."""
    async with transaction(request) as session:
        item = await queue.get(session, principal.tenant_id, id)
    return success(item, request_id_of(request), headers=etag_of(item))
