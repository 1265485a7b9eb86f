"""``GET /api/v1/events``: the tenant's changes in a commit-safe order, never skipping one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query
from pydantic import BeforeValidator, WithJsonSchema
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request
from starlette.responses import Response

from openwyn.auth.principal import ApiAdmin, ApiUser
from openwyn.context import context_of, request_id_of, transaction
from openwyn.errors import NotFound, ValidationFailed
from openwyn.events import feed, subscriptions
from openwyn.events import repository as repo
from openwyn.events.schemas import (
    CatalogEntry,
    Delivery,
    Event,
    Queued,
    Subscription,
    SubscriptionCreated,
)
from openwyn.kit.envelope import success
from openwyn.kit.etags import etag_of
from openwyn.kit.inputs import NUL_FREE
from openwyn.kit.paging import DEFAULT_PAGE_SIZE, QueryPageIndex, QueryPageSize
from openwyn.kit.schemas import (
    READ_ERRORS,
    WRITE_ERRORS,
    FeedMeta,
    ListMeta,
    envelope_of,
    error_responses,
)
from openwyn.kit.sqltypes import utcnow
from openwyn.web.idempotency import IDEMPOTENT, idempotent
from openwyn.webhooks import deliveries
from openwyn.webhooks import service as webhook_secrets

router = APIRouter(prefix="/events", tags=["Events"])


@router.get(
    "",
    response_model=envelope_of("EventFeedEnvelope", list[Event], FeedMeta),
    responses=error_responses(410, *READ_ERRORS),
    summary="The change feed: events after a cursor, in commit-safe order",
)
async def list_events(
    request: Request,
    principal: ApiUser,
    after: Annotated[str | None, Query(max_length=200, description="endCursor of a page.")] = None,
    pageSize: Annotated[  # noqa: N803
        int | None,
        Query(ge=1, le=1000, description="Events per page (default 100), as every list names it."),
    ] = None,
    limit: Annotated[
        int | None,
        Query(ge=1, le=1000, description="The former name of `pageSize`; give one of them."),
    ] = None,
    entityType: Annotated[str | None, Query(max_length=63, pattern=NUL_FREE)] = None,  # noqa: N803
    operation: Annotated[Literal["CREATE", "UPDATE", "DELETE"] | None, Query()] = None,
) -> Response:
    """Follow `meta.pageInfo.endCursor` to read on; with no new events it stays where it was.
    Deletes appear as `DELETE` events: deactivating an object carries it after the change
    (`previous`: `{"active": true}`), a delete for good its last state. A cursor older than the
    retention is 410 `CURSOR_EXPIRED`. A query parameter the feed does not take, or an
    `entityType` that is not in the event catalog, is 400 rather than ignored."""
    _refuse_unknown_parameters(request)
    size = _page_size(pageSize, limit)
    retention = timedelta(days=context_of(request).settings.events_retention_days)
    position = feed.decode(after, retention, utcnow())
    wanted = {"entity_type": entityType, "operation": operation}
    filters = {column: value for column, value in wanted.items() if value is not None}
    async with transaction(request) as session:
        if entityType is not None:
            await _check_entity_type(session, principal.tenant_id, entityType)
        rows = await repo.after(
            session, principal.tenant_id, (position.txid, position.id), filters, size + 1
        )
    page = rows[:size]
    # A cursor's age is the time it was handed out, so a reader working through events older
    # than the retention still gets cursors it can use (records-events.md §5).
    end = (feed.position_of(page[-1]) if page else position).seen_at(utcnow())
    events = [feed.payload(row, principal.tenant_slug) for row in page]
    page_info = {"hasNextPage": len(rows) > size, "endCursor": end.encode()}
    return success(events, request_id_of(request), extra_meta={"pageInfo": page_info})


_FEED_PARAMETERS = frozenset({"after", "pageSize", "limit", "entityType", "operation"})
_FEED_PAGE_SIZE = 100


def _refuse_unknown_parameters(request: Request) -> None:
    unknown = sorted(set(request.query_params) - _FEED_PARAMETERS)
    if unknown:
        taken = ", ".join(sorted(_FEED_PARAMETERS))
        raise ValidationFailed(
            f"The feed takes only {taken}.",
            [{"path": name, "message": "is not a parameter of the feed"} for name in unknown],
        )


def _page_size(page_size: int | None, limit: int | None) -> int:
    if page_size is not None and limit is not None and page_size != limit:
        raise ValidationFailed.at("pageSize", "and limit name the same thing; give one")
    return page_size or limit or _FEED_PAGE_SIZE


async def _check_entity_type(session: AsyncSession, tenant_id: int, entity_type: str) -> None:
    """An entityType no event can have is a mistake (a plural, a typo), not an empty feed."""
    known = {entry["entityType"] for entry in await subscriptions.catalog(session, tenant_id)}
    if entity_type not in known:
        message = f"{entity_type!r} is not an entityType of the event catalog"
        raise ValidationFailed.at("entityType", message)


@router.get(
    "/{eventId}",
    response_model=envelope_of("EventEnvelope", Event),
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
    event = feed.payload(row, principal.tenant_slug)
    return success(event, request_id_of(request), headers=etag_of(event))


subscriptions_router = APIRouter(prefix="/event-subscriptions", tags=["Event subscriptions"])
SubscriptionId = Annotated[int, Path(ge=1, le=2**53, description="The subscription's id.")]
_ONE = envelope_of("EventSubscriptionEnvelope", Subscription)


def _insecure_allowed(request: Request) -> bool:
    return context_of(request).settings.webhooks_allow_insecure


@subscriptions_router.get(
    "/catalog",
    operation_id="get_event_catalog",
    response_model=envelope_of("EventCatalogEnvelope", list[CatalogEntry]),
    responses=error_responses(*READ_ERRORS),
    summary="Every (entityType, operation) pair a subscription can name",
)
async def event_catalog(
    request: Request, principal: ApiAdmin, enabled: Annotated[bool | None, Query()] = None
) -> Response:
    async with transaction(request) as session:
        entries = await subscriptions.catalog(session, principal.tenant_id)
    if enabled is not None:
        entries = [entry for entry in entries if entry["enabled"] is enabled]
    return success(entries, request_id_of(request))


@subscriptions_router.post(
    "",
    status_code=201,
    response_model=envelope_of("EventSubscriptionCreatedEnvelope", SubscriptionCreated),
    responses=error_responses(*WRITE_ERRORS),
    summary="Subscribe a delivery URL to one event",
    openapi_extra=IDEMPOTENT,
)
async def create_subscription(
    request: Request, principal: ApiAdmin, body: subscriptions.SubscriptionCreate
) -> Response:
    """Answers the subscription, the tenant's signing secret and how to verify deliveries."""
    async with transaction(request) as session:

        async def produce() -> Response:
            created = await subscriptions.create(
                session, principal.tenant_id, principal.staff_id, body, _insecure_allowed(request)
            )
            secret = await webhook_secrets.describe(session, principal.tenant_id)
            data = {
                "subscription": created,
                "webhookSecret": secret["webhookSecret"],
                "webhookSecretInstructions": subscriptions.VERIFY_INSTRUCTIONS,
            }
            headers = etag_of(data, versioned=data["subscription"])
            return success(data, request_id_of(request), status_code=201, headers=headers)

        return await idempotent(request, session, principal.tenant_id, produce)


@subscriptions_router.get(
    "",
    response_model=envelope_of("EventSubscriptionListEnvelope", list[Subscription], ListMeta),
    responses=error_responses(*READ_ERRORS),
    summary="The tenant's subscriptions",
)
async def list_subscriptions(
    request: Request,
    principal: ApiAdmin,
    active: Annotated[bool | None, Query()] = None,
    entityType: Annotated[str | None, Query(max_length=63, pattern=NUL_FREE)] = None,  # noqa: N803
    page: Annotated[QueryPageIndex, Query()] = 0,
    pageSize: Annotated[QueryPageSize, Query()] = DEFAULT_PAGE_SIZE,  # noqa: N803
) -> Response:
    async with transaction(request) as session:
        items, total = await subscriptions.page(
            session, principal.tenant_id, active, entityType, pageSize, page * pageSize
        )
    pagination = {"page": page, "pageSize": pageSize, "total": total}
    return success(items, request_id_of(request), extra_meta={"pagination": pagination})


@subscriptions_router.get(
    "/{id:int}",
    response_model=_ONE,
    responses=error_responses(404, *READ_ERRORS),
    summary="One subscription",
)
async def get_subscription(request: Request, principal: ApiAdmin, id: SubscriptionId) -> Response:  # noqa: A002
    async with transaction(request) as session:
        item = await subscriptions.get(session, principal.tenant_id, id)
    return success(item, request_id_of(request), headers=etag_of(item))


@subscriptions_router.patch(
    "/{id:int}",
    response_model=_ONE,
    responses=error_responses(404, *WRITE_ERRORS),
    summary="Change a subscription (only the fields sent)",
)
async def update_subscription(
    request: Request,
    principal: ApiAdmin,
    id: SubscriptionId,  # noqa: A002
    body: subscriptions.SubscriptionUpdate,
) -> Response:
    async with transaction(request) as session:
        item = await subscriptions.update(
            session, principal.tenant_id, id, body, _insecure_allowed(request)
        )
    return success(item, request_id_of(request), headers=etag_of(item))


@subscriptions_router.delete(
    "/{id:int}",
    status_code=204,
    responses=error_responses(404, *READ_ERRORS),
    summary="Deactivate a subscription (soft delete)",
)
async def delete_subscription(
    request: Request,
    principal: ApiAdmin,
    id: SubscriptionId,  # noqa: A002
) -> Response:
    async with transaction(request) as session:
        await subscriptions.set_active(session, principal.tenant_id, id, False)
    return Response(status_code=204)


@subscriptions_router.post(
    "/{id:int}/reactivate",
    response_model=_ONE,
    responses=error_responses(404, *READ_ERRORS),
    summary="Reactivate a subscription",
)
async def reactivate_subscription(
    request: Request,
    principal: ApiAdmin,
    id: SubscriptionId,  # noqa: A002
) -> Response:
    async with transaction(request) as session:
        item = await subscriptions.set_active(session, principal.tenant_id, id, True)
    return success(item, request_id_of(request), headers=etag_of(item))


DeliveryId = Annotated[int, Path(ge=1, le=2**53, description="A delivery log row's id.")]


def _query_timestamp(value: object) -> datetime:
    """ISO 8601 text only: a bare number is no timestamp (it would otherwise be read as seconds
    since 1970). Without an offset it is UTC, as every timestamp of the API is."""
    if not isinstance(value, str):
        raise ValueError("must be an ISO 8601 timestamp")  # noqa: TRY004 - a validation message
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise ValueError("must be an ISO 8601 timestamp, e.g. 2026-01-01T00:00:00Z") from exc
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


QueryTimestamp = Annotated[
    datetime,
    BeforeValidator(_query_timestamp),
    WithJsonSchema({"type": "string", "format": "date-time"}),
]
_QUEUED = envelope_of("DeliveriesQueuedEnvelope", Queued)


@subscriptions_router.get(
    "/{id:int}/deliveries",
    response_model=envelope_of("WebhookDeliveryListEnvelope", list[Delivery], ListMeta),
    responses=error_responses(404, *READ_ERRORS),
    summary="The subscription's delivery attempts, newest first",
)
async def list_deliveries(
    request: Request,
    principal: ApiAdmin,
    id: SubscriptionId,  # noqa: A002
    statusCode: Annotated[int | None, Query(ge=100, le=599)] = None,  # noqa: N803
    from_: Annotated[QueryTimestamp | None, Query(alias="from")] = None,
    to: Annotated[QueryTimestamp | None, Query()] = None,
    page: Annotated[QueryPageIndex, Query()] = 0,
    pageSize: Annotated[QueryPageSize, Query()] = DEFAULT_PAGE_SIZE,  # noqa: N803
) -> Response:
    """One row per attempt: `PENDING` while in flight, then `SUCCEEDED`, `RETRYING` (another
    attempt is scheduled at `nextAttemptAt`) or `FAILED`. `from` and `to` bound `createdAt`."""
    wanted = deliveries.LogFilter(statusCode, from_, to)
    async with transaction(request) as session:
        await subscriptions.get(session, principal.tenant_id, id)
        items, total = await deliveries.page(
            session, principal.tenant_id, id, wanted, pageSize, page * pageSize
        )
    pagination = {"page": page, "pageSize": pageSize, "total": total}
    return success(items, request_id_of(request), extra_meta={"pagination": pagination})


@subscriptions_router.post(
    "/{id:int}/deliveries/{deliveryId:int}/redeliver",
    operation_id="redeliver_delivery",
    status_code=202,
    response_model=_QUEUED,
    responses=error_responses(404, 409, *READ_ERRORS),
    summary="Send a logged delivery's event again, with the same webhook-id",
    openapi_extra=IDEMPOTENT,
)
async def redeliver(
    request: Request,
    principal: ApiAdmin,
    id: SubscriptionId,  # noqa: A002
    deliveryId: DeliveryId,  # noqa: N803
) -> Response:
    async with transaction(request) as session:

        async def produce() -> Response:
            subscription = await subscriptions.get(session, principal.tenant_id, id)
            await deliveries.redeliver(session, principal.tenant_id, subscription, deliveryId)
            return success({"queued": 1}, request_id_of(request), status_code=202)

        return await idempotent(request, session, principal.tenant_id, produce)


@subscriptions_router.post(
    "/{id:int}/recover",
    operation_id="recover_deliveries",
    status_code=202,
    response_model=_QUEUED,
    responses=error_responses(404, 409, *WRITE_ERRORS),
    summary="Send again every event of the subscription whose delivery failed in a window",
    openapi_extra=IDEMPOTENT,
)
async def recover(
    request: Request,
    principal: ApiAdmin,
    id: SubscriptionId,  # noqa: A002
    body: deliveries.RecoverRequest,
) -> Response:
    """`{"since": ..., "until": ...}` (until optional): answers how many were queued."""
    async with transaction(request) as session:

        async def produce() -> Response:
            subscription = await subscriptions.get(session, principal.tenant_id, id)
            queued = await deliveries.recover(session, principal.tenant_id, subscription, body)
            return success({"queued": queued}, request_id_of(request), status_code=202)

        return await idempotent(request, session, principal.tenant_id, produce)
