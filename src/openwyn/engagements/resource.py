"""The engagement resource (money-work.md §7): its fields, filters and relations for the read
family and the Records API type `engagement`, by which a practice management system pushes
its engagements (status as sent, no letter). Native engagements are made and moved by
engagements/service.py, through the same resource: each move writes `engagement.<STATUS>`.
A push writes CREATE or UPDATE and, when it sets a status (other than DRAFT), that status's
event too, so a subscriber to `engagement.COMPLETED` hears of a PMS's engagement as well."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.billing import repository as billing_repo
from openwyn.kit import inputs
from openwyn.kit.money import ZERO
from openwyn.kit.query import Kind
from openwyn.kit.resource import Attr, RelationDecl, Resource, derived
from openwyn.models import Engagement
from openwyn.models.base import table_of

STATUSES = (
    "DRAFT",
    "SENT",
    "SIGNED",
    "EXECUTED",
    "ACTIVE",
    "ON_HOLD",
    "COMPLETED",
    "DECLINED",
    "CANCELLED",
    "EXPIRED",
)
SOURCES = ("PMS", "OPENWYN")
# A new engagement is a DRAFT, announced by CREATE: no move leads back to DRAFT.
_STATUS_EVENTS = tuple(
    (status, f"An engagement became {status}.") for status in STATUSES if status != "DRAFT"
)


async def _prepare(
    session: AsyncSession, tenant_id: int, values: dict[str, Any], before: dict[str, Any] | None
) -> dict[str, Any]:
    """What a write stores beyond what was sent: on create, the tenant's currency and zero
    amounts (a pushed engagement carries no services), and who wrote it."""
    if before is not None:
        return values
    settings = await billing_repo.settings(session, tenant_id)
    defaults: dict[str, Any] = {
        "status": "DRAFT",
        "currency": settings.currency,
        "estimatedValue": ZERO,
        "prepaymentAmount": ZERO,
        "prepaidAmount": ZERO,
        "source": "PMS",
    }
    return defaults | values


ENGAGEMENTS = Resource(
    key="engagement",
    title="Engagement",
    table=table_of(Engagement),
    rest_plural="engagements",
    read_plural="engagements",
    read_singular="engagement",
    attrs=[
        Attr("name", Kind.STR, required=True, input_type=inputs.MediumText),
        Attr("description", Kind.STR, input_type=inputs.LongText, sortable=False),
        Attr("type", Kind.STR, input_type=inputs.ShortText),
        Attr("status", Kind.ENUM, enum_values=STATUSES),
        Attr("clientId", Kind.INT, required=True, references="client"),
        derived("templateId", Kind.INT, references="engagement_template"),
        Attr("partnerStaffId", Kind.INT, references="staff"),
        Attr("managerStaffId", Kind.INT, references="staff"),
        Attr("startDate", Kind.DATE, required=True),
        Attr("endDate", Kind.DATE),
        Attr("engagementNameTemplate", Kind.STR, input_type=inputs.MediumText, sortable=False),
        Attr("estimatedValue", Kind.DECIMAL),
        derived("currency", Kind.STR),
        derived("prepaymentAmount", Kind.DECIMAL),
        derived("prepaidAmount", Kind.DECIMAL),
        derived("renewedFromId", Kind.INT),
        derived("expiresInDays", Kind.INT),
        derived("reminderDays", Kind.INT),
        derived("letterFileId", Kind.INT, filterable=False, sortable=False),
        derived("letterSha256", Kind.STR, filterable=False, sortable=False),
        derived("executedFileId", Kind.INT, filterable=False, sortable=False),
        derived("certificateFileId", Kind.INT, filterable=False, sortable=False),
        derived("sentAt", Kind.DATETIME),
        derived("expiresAt", Kind.DATETIME),
        derived("signedAt", Kind.DATETIME),
        derived("executedAt", Kind.DATETIME),
        derived("source", Kind.ENUM, enum_values=SOURCES),
    ],
    default_order=[("createdAt", "desc")],
    relations=[
        RelationDecl("client", target="client", local="client_id", remote="id", many=False),
    ],
    has_active=False,
    prepare=_prepare,
    # A PMS's push that sets a status tells subscribers as a move here does.
    status_events=frozenset(status for status, _ in _STATUS_EVENTS),
    events=(
        ("CREATE", "An engagement was created (a DRAFT, or pushed by a PMS)."),
        ("UPDATE", "An engagement changed: `previous` holds the fields before the change."),
        ("DELETE", "An engagement was deleted for good: `data` is its last state."),
        *_STATUS_EVENTS,
        (
            "RENEWAL_DIGEST",
            "Monthly, the engagements whose renewal falls within 90 days: EXECUTED, ACTIVE, "
            "ON_HOLD or COMPLETED, not yet renewed, ending from `asOf` (the tenant's today) to "
            "`through`, by end date. `data.id` is the digest's, not an engagement's; a month "
            "with none writes no event.",
        ),
    ),
)

# The read family's rows are snake_case, as Aiwyn documents them [doc]; `where` and `orderBy`
# keep the camelCase names.
ROW_FIELDS = {
    "id": "id",
    "name": "name",
    "start_dt": "startDate",
    "end_dt": "endDate",
    "status": "status",
    "client_id": "clientId",
    "partner_staff_id": "partnerStaffId",
    "manager_staff_id": "managerStaffId",
    "engagement_name_template": "engagementNameTemplate",
    "created_at": "createdAt",
}


def as_row(item: dict[str, Any]) -> dict[str, Any]:
    """A listed engagement as the read family's rows show it."""
    return {row_name: item[name] for row_name, name in ROW_FIELDS.items()}
