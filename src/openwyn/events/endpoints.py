"""``GET /api/v1/events``: the tenant's changes in a commit-safe order, never skipping one."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query
from starlette.requests import Request
from starlette.responses import Response

from openwyn.auth.principal import ApiUser
from openwyn.context import context_of, request_id_of, transaction
from openwyn.errors import NotFound
from openwyn.events import feed
from openwyn.events import repository as repo
from openwyn.kit.envelope import success
from openwyn.kit.schemas import READ_ERRORS, envelope_of, error_responses
from openwyn.kit.sqltypes import utcnow

router = APIRouter(prefix="/events", tags=["Events"])
Document = dict[str, Any]


@router.get(
    "",
    response_model=envelope_of("EventFeedEnvelope", list[Document]),
    responses=error_responses(410, *READ_ERRORS),
    summary="The change feed: events after a cursor, in commit-safe order",
)
async def list_events(
    request: Request,
    principal: ApiUser,
    after: Annotated[str | None, Query(max_length=200, description="endCursor of a page.")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    entityType: Annotated[str | None, Query(max_length=63)] = None,  # noqa: N803
    operation: Annotated[Literal["CREATE", "UPDATE", "DELETE"] | None, Query()] = None,
) -> Response:
    """Follow `meta.pageInfo.endCursor` to read on; with no new events it stays where it was.
    Deletes appear as `DELETE` events carrying the last state. A cursor older than the
    retention is 410 `CURSOR_EXPIRED`."""
    retention = timedelta(days=context_of(request).settings.events_retention_days)
    position = feed.decode(after, retention, utcnow())
    wanted = {"entity_type": entityType, "operation": operation}
    filters = {column: value for column, value in wanted.items() if value is not None}
    async with transaction(request) as session:
        rows = await repo.after(
            session, principal.tenant_id, (position.txid, position.id), filters, limit + 1
        )
    page = rows[:limit]
    end = feed.position_of(page[-1]) if page else position.seen_at(utcnow())
    events = [feed.payload(row, principal.tenant_slug) for row in page]
    page_info = {"hasNextPage": len(rows) > limit, "endCursor": end.encode()}
    return success(events, request_id_of(request), extra_meta={"pageInfo": page_info})


@router.get(
    "/{eventId}",
    response_model=envelope_of("EventEnvelope", Document),
    responses=error_responses(404, *READ_ERRORS),
    summary="One event",
)
async def get_event(
    request: Request,
    principal: ApiUser,
    eventId: Annotated[str, Path(pattern=r"^evt_[0-9a-f]{24}$")],  # noqa: N803
) -> Response:
    async with transaction(request) as session:
        row = await repo.by_event_id(session, principal.tenant_id, eventId)
    if row is None:
        raise NotFound(f"No event {eventId}.")
    return success(feed.payload(row, principal.tenant_slug), request_id_of(request))
