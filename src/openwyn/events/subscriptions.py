"""Event subscriptions (records-events.md §3): the catalog of pairs, and the subscription rules.

A subscription names one (entityType, operation) pair of the catalog, an https delivery URL
(http and private addresses only in development mode) and an optional CEL filter, compiled
when saved so that a broken expression is a 400 then, never a failed delivery later.
"""

from __future__ import annotations

import ipaddress
import re
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, Strict
from sqlalchemy import Row
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.errors import ErrorDetail, NotFound, ValidationFailed
from openwyn.events import repository as repo
from openwyn.kit import repository as kit_repo
from openwyn.kit.articles import capitalized, indefinite
from openwyn.kit.inputs import SPACE
from openwyn.kit.json import iso_timestamp
from openwyn.kit.resource import REGISTRY, Resource
from openwyn.kit.sqltypes import utcnow
from openwyn.records import custom_types
from openwyn.webhooks import dispatch, filters
from openwyn.webhooks import repository as webhooks_repo

OPERATIONS = ("CREATE", "UPDATE", "DELETE")
# CREATE, UPDATE, DELETE, or a workflow operation of the catalog (`POSTED` of `invoice`):
# whether the pair exists is checked against the catalog.
Operation = Annotated[str, Strict(), Field(pattern=r"^[A-Z][A-Z_]{0,39}$")]
# An http(s) URL with a host (a name of letters, digits and the characters RFC 3986 allows in
# a host name, or an IPv6 literal in brackets), an optional port from 1 to 65535 and no
# credentials; `check_url` also requires https outside development mode. The schema states the
# same pattern the check applies, so a URL the schema admits is one the check takes. Whether the
# host may be reached (not loopback, private, ...) is judged at each delivery, as the name may
# resolve elsewhere by then (webhooks/ssrf.py).
_H16 = "[0-9A-Fa-f]{1,4}"
_OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
_IPV4 = rf"({_OCTET}\.){{3}}{_OCTET}"
# The forms of RFC 4291 §2.2: eight groups, `::` standing for one or more of them, and the
# last 32 bits written as IPv4. Every address it matches is one `ipaddress` takes, so the schema
# admits nothing the check refuses (and refuses nothing it admits: the check uses it too).
_IPV6 = (
    rf"(({_H16}:){{7}}{_H16}|({_H16}:){{1,7}}:|({_H16}:){{1,6}}:{_H16}"
    rf"|({_H16}:){{1,5}}(:{_H16}){{1,2}}|({_H16}:){{1,4}}(:{_H16}){{1,3}}"
    rf"|({_H16}:){{1,3}}(:{_H16}){{1,4}}|({_H16}:){{1,2}}(:{_H16}){{1,5}}"
    rf"|{_H16}:(:{_H16}){{1,6}}|:((:{_H16}){{1,7}}|:)"
    rf"|({_H16}:){{6}}{_IPV4}|::(ffff(:0{{1,4}})?:)?{_IPV4}|({_H16}:){{1,4}}:{_IPV4})"
)
_PORT = "(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3})"
URL_PATTERN = (
    rf"^https?://([A-Za-z0-9._~%!$&'()*+,;=-]+|\[{_IPV6}\])(:{_PORT})?"
    rf"([/?#][^{SPACE}]*)?$"
)
_URL = re.compile(URL_PATTERN)
Url = Annotated[str, Strict(), Field(min_length=8, max_length=2000, pattern=URL_PATTERN)]
# The filter module bounds it in bytes; the schema states the same number in characters.
Expression = Annotated[str, Strict(), Field(min_length=1, max_length=filters.MAX_BYTES)]
Description = Annotated[str, Strict(), Field(max_length=2000)]
EntityType = Annotated[str, Strict(), Field(min_length=1, max_length=63)]
VERIFY_INSTRUCTIONS = (
    "Verify each delivery with this secret as the Standard Webhooks specification describes: "
    "HMAC-SHA256 over '{webhook-id}.{webhook-timestamp}.{body}', base64, compared with the "
    "v1 signatures of the webhook-signature header. Deduplicate on webhook-id."
)


class SubscriptionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    entityType: EntityType  # noqa: N815 - the contract's field names
    operation: Operation
    deliveryUrl: Url  # noqa: N815
    filterExpression: Expression | None = None  # noqa: N815
    description: Description | None = None


class SubscriptionUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    entityType: EntityType | None = None  # noqa: N815
    operation: Operation | None = None
    deliveryUrl: Url | None = None  # noqa: N815
    filterExpression: Expression | None = None  # noqa: N815
    description: Description | None = None
    active: Annotated[bool, Strict()] | None = None


async def catalog(session: AsyncSession, tenant_id: int) -> list[dict[str, Any]]:
    """Every pair a subscription may name: standard types, then the tenant's custom types."""
    entries = [
        _entry(resource.key, operation, True, description)
        for resource in REGISTRY.values()
        for operation, description in zip(OPERATIONS, _descriptions(resource), strict=True)
        if not resource.read_only and not resource.events
    ]
    entries += [
        _entry(resource.key, "UPDATE", True, _derived_description(resource))
        for resource in REGISTRY.values()
        if resource.read_only and not resource.events
    ]
    entries += [
        _entry(resource.key, operation, True, description)
        for resource in REGISTRY.values()
        for operation, description in resource.events
    ]
    for custom in await custom_types.all_types(session, tenant_id):
        entries += [
            _entry(
                custom.name,
                operation,
                custom.active,
                f"{capitalized(indefinite(custom.name))} record: {operation}.",
            )
            for operation in OPERATIONS
        ]
    return entries


def _derived_description(resource: Resource) -> str:
    title = resource.title.lower()
    return (
        f"A {title}'s roll-ups changed (hours, WIP value and outstanding, billed, written off):"
        f" `data` is the {title} after the change, `previous` the roll-ups before it."
    )


def _descriptions(resource: Resource) -> tuple[str, str, str]:
    """What CREATE, UPDATE and DELETE mean for a standard type: an entity with `active` is
    deleted by deactivating it, and reactivated by an update."""
    title = resource.title.lower()
    one = capitalized(indefinite(title))
    if resource.has_active:
        return (
            f"{one} was created.",
            f"{one} was updated or reactivated.",
            f"{one} was deleted, which deactivates it: `data` is the {title} after the"
            ' change (`active: false`), `previous` is `{"active": true}`.',
        )
    return (
        f"{one} was created.",
        f"{one} was updated.",
        f"{one} was deleted for good: `data` is its last state.",
    )


def _entry(entity_type: str, operation: str, enabled: bool, description: str) -> dict[str, Any]:
    return {
        "entityType": entity_type,
        "operation": operation,
        "enabled": enabled,
        "description": description,
    }


def view(row: Row[Any]) -> dict[str, Any]:
    return {
        "id": row.id,
        "staffId": row.staff_id,
        "entityType": row.entity_type,
        "operation": row.operation,
        "deliveryUrl": row.delivery_url,
        "description": row.description,
        "filterExpression": row.filter_expression,
        "active": row.active,
        "status": row.status,
        "isInternal": row.is_internal,
        "version": row.version,
        "createdAt": iso_timestamp(row.created_at),
        "updatedAt": iso_timestamp(row.updated_at),
    }


def compile_filter(expression: str) -> None:
    """400 naming `filterExpression` unless it is valid CEL within the cost bounds."""
    try:
        filters.compile_filter(expression)
    except filters.FilterError as bad:
        raise ValidationFailed.at("filterExpression", str(bad)) from None


def check_url(url: str, allow_insecure: bool) -> None:
    if "@" in url.split("?", 1)[0].split("#", 1)[0].partition("://")[2].split("/", 1)[0]:
        raise ValidationFailed.at("deliveryUrl", "must not carry credentials")
    allowed = ("https://", "http://") if allow_insecure else ("https://",)
    if not _URL.match(url) or not url.startswith(allowed):
        need = "an http(s)" if allow_insecure else "an https"
        raise ValidationFailed.at("deliveryUrl", f"must be {need} URL with a host")
    _check_authority(url)


def _check_authority(url: str) -> None:
    """A port from 1 to 65535, and a bracketed host that is an IPv6 address."""
    try:
        authority = urlsplit(url)  # it refuses a bracketed host that is not IPv6
    except ValueError:
        raise ValidationFailed.at("deliveryUrl", "has an invalid IPv6 address") from None
    if authority.netloc.startswith("["):
        try:
            ipaddress.IPv6Address(authority.hostname or "")
        except ValueError:
            raise ValidationFailed.at("deliveryUrl", "has an invalid IPv6 address") from None
    try:
        port = authority.port
    except ValueError:
        port = 0  # over 65535
    if port == 0:
        raise ValidationFailed.at("deliveryUrl", "has a port outside 1-65535")


async def _check_pair(
    session: AsyncSession, tenant_id: int, entity_type: str, operation: str
) -> None:
    entries = await catalog(session, tenant_id)
    if not any(
        e["entityType"] == entity_type and e["operation"] == operation and e["enabled"]
        for e in entries
    ):
        # An operation no entity has is the operation's fault; a known one, the type's.
        known = any(e["operation"] == operation for e in entries)
        details: list[ErrorDetail] = [
            {
                "path": "entityType" if known else "operation",
                "message": f"{entity_type}.{operation} is not in the catalog",
            }
        ]
        raise ValidationFailed("Unknown event.", details)


async def get(session: AsyncSession, tenant_id: int, row_id: int) -> dict[str, Any]:
    row = await repo.subscription(session, tenant_id, row_id)
    if row is None:
        raise NotFound(f"No event subscription with id {row_id}.")
    return view(row)


async def create(
    session: AsyncSession,
    tenant_id: int,
    staff_id: int | None,
    body: SubscriptionCreate,
    allow_insecure: bool,
) -> dict[str, Any]:
    await _check_pair(session, tenant_id, body.entityType, body.operation)
    check_url(body.deliveryUrl, allow_insecure)
    if body.filterExpression is not None:
        compile_filter(body.filterExpression)
    values = {
        "staff_id": staff_id,
        "entity_type": body.entityType,
        "operation": body.operation,
        "delivery_url": body.deliveryUrl,
        "description": body.description,
        "filter_expression": body.filterExpression,
        "active": True,
        "status": "ACTIVE",
        "is_internal": False,
    }
    row_id = await kit_repo.insert_row(session, repo.SUBSCRIPTIONS, tenant_id, values)
    await dispatch.start_position(session, tenant_id, utcnow())
    return await get(session, tenant_id, row_id)


_COLUMNS = {
    "entityType": "entity_type",
    "operation": "operation",
    "deliveryUrl": "delivery_url",
    "filterExpression": "filter_expression",
    "description": "description",
}


async def update(
    session: AsyncSession,
    tenant_id: int,
    row_id: int,
    body: SubscriptionUpdate,
    allow_insecure: bool,
) -> dict[str, Any]:
    """Only the fields sent change; the pair, URL and filter are checked as on create."""
    current = await get(session, tenant_id, row_id)
    sent = body.model_dump(exclude_unset=True)
    entity_type = sent.get("entityType") or current["entityType"]
    operation = sent.get("operation") or current["operation"]
    if "entityType" in sent or "operation" in sent:
        await _check_pair(session, tenant_id, entity_type, operation)
    if sent.get("deliveryUrl") is not None:
        check_url(sent["deliveryUrl"], allow_insecure)
    if sent.get("filterExpression") is not None:
        compile_filter(sent["filterExpression"])
    values = {_COLUMNS[k]: v for k, v in sent.items() if k in _COLUMNS and v is not None}
    if "filterExpression" in sent and sent["filterExpression"] is None:
        values["filter_expression"] = None
    if "description" in sent and sent["description"] is None:
        values["description"] = None
    if values:
        await kit_repo.update_row(session, repo.SUBSCRIPTIONS, tenant_id, row_id, values, None)
    if sent.get("active") is not None:
        return await set_active(session, tenant_id, row_id, sent["active"])
    return await get(session, tenant_id, row_id)


async def set_active(
    session: AsyncSession, tenant_id: int, row_id: int, active: bool
) -> dict[str, Any]:
    """Turn a subscription on (a fresh start: no failing run) or off (its queued deliveries
    fail; `recover` can send them later)."""
    was_active = (await get(session, tenant_id, row_id))["active"]
    values: dict[str, Any] = {"active": active, "status": "ACTIVE" if active else "INACTIVE"}
    if active:
        values["failing_since"] = None
        if not was_active:  # events that occurred while it was off are not owed to it
            values["active_since"] = utcnow()
        await dispatch.start_position(session, tenant_id, utcnow())
    else:
        await webhooks_repo.give_up_queued(session, tenant_id, row_id, utcnow())
    await kit_repo.update_row(session, repo.SUBSCRIPTIONS, tenant_id, row_id, values, None)
    return await get(session, tenant_id, row_id)


async def page(
    session: AsyncSession,
    tenant_id: int,
    active: bool | None,
    entity_type: str | None,
    limit: int,
    offset: int,
) -> tuple[list[dict[str, Any]], int]:
    wanted = {"active": active, "entity_type": entity_type}
    filters = {column: value for column, value in wanted.items() if value is not None}
    rows, total = await repo.subscriptions_page(session, tenant_id, filters, limit, offset)
    return [view(row) for row in rows], total
