"""Clients of the firm."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

from openwyn.directory import repository
from openwyn.kit import inputs
from openwyn.kit.json_rows import loads_rows
from openwyn.kit.query import Kind
from openwyn.kit.resource import Attr, Detail, RelationDecl, Resource
from openwyn.models import Client
from openwyn.models.base import table_of

PAYMENT_TERMS = ("DUE_ON_RECEIPT", "NET_15", "NET_30", "NET_45", "NET_60")

Website = Annotated[str, Field(max_length=500, pattern=rf"^https?://[^{inputs.SPACE}]+$")]
Status = Literal["ACTIVE", "INACTIVE"]


def status_of(item: dict[str, Any]) -> Status:
    return "ACTIVE" if item["active"] else "INACTIVE"


class PrimaryContact(BaseModel):
    """The contact of the client's primary contact-client link."""

    id: int
    name: str | None
    title: str | None
    email: str | None
    phone: str | None


class ClientEngagement(BaseModel):
    id: int
    name: str
    status: str
    type: str | None
    startDate: date | None  # noqa: N815 - the documented names
    endDate: date | None  # noqa: N815


class FinancialSummary(BaseModel):
    """From the accounts receivable ledger: posted invoices' total, what is outstanding on
    them and past due, unapplied credit, and the last payment's date."""

    totalRevenue: inputs.MoneyOut  # noqa: N815 - the documented names
    outstandingBalance: inputs.MoneyOut  # noqa: N815
    unappliedCredit: inputs.MoneyOut  # noqa: N815
    lastPaymentDate: date | None  # noqa: N815
    overdueBalance: inputs.MoneyOut  # noqa: N815


_ZERO = Decimal("0.00")


def full_name(first: str | None, last: str | None) -> str | None:
    return " ".join(part for part in (first, last) if part) or None


def _summary(
    revenue: Decimal | None,
    outstanding: Decimal | None,
    credit: Decimal | None,
    last_paid: date | None,
    overdue: Decimal | None,
) -> dict[str, Any]:
    """From the ledger's figures (`repository.client_detail`); sums over nothing are zero."""
    return {
        "totalRevenue": revenue or _ZERO,
        "outstandingBalance": outstanding or _ZERO,
        "unappliedCredit": credit or _ZERO,
        "lastPaymentDate": last_paid,
        "overdueBalance": overdue or _ZERO,
    }


def _client_derived(item: dict[str, Any], extra: Sequence[Any]) -> dict[str, Any]:
    """`repository.client_detail`'s columns to the derived fields."""
    industry, contact_id, first, last, title, email, phone, *money, engagements = extra
    primary = None
    if contact_id is not None:
        name = full_name(first, last)
        primary = {"id": contact_id, "name": name, "title": title, "email": email, "phone": phone}
    return {
        "status": status_of(item),
        "industry": industry,
        "primaryContact": primary,
        "engagements": sorted(
            loads_rows(engagements), key=lambda e: (e["startDate"] or "", e["id"])
        ),
        "financialSummary": _summary(*money),
    }


CLIENT_DETAIL = Detail(
    statement=repository.client_detail,
    derive=_client_derived,
    fields={
        "status": Status,
        "industry": str | None,
        "primaryContact": PrimaryContact | None,
        "engagements": list[ClientEngagement],
        "financialSummary": FinancialSummary,
    },
)

CLIENTS = Resource(
    key="client",
    title="Client",
    table=table_of(Client),
    rest_plural="clients",
    read_plural="clients",
    read_singular="client",
    attrs=[
        Attr("clientRef", Kind.STR, unique=True),
        Attr("name", Kind.STR, required=True),
        Attr("clientKey", Kind.STR),
        Attr("partnerStaffId", Kind.INT, references="staff"),
        Attr("managerStaffId", Kind.INT, references="staff"),
        Attr("officeId", Kind.INT, references="office"),
        Attr("deptId", Kind.INT, references="department"),
        Attr("industryId", Kind.INT, references="industry"),
        Attr("serviceLineId", Kind.INT, references="service_line"),
        Attr("clientBusinessEntityId", Kind.INT, references="client_business_entity"),
        Attr("email", Kind.STR, input_type=inputs.Email),
        Attr("phone", Kind.STR, input_type=inputs.ShortText),
        Attr("website", Kind.STR, input_type=Website),
        Attr("taxId", Kind.STR, input_type=inputs.ShortText),
        Attr("address", Kind.OBJECT, members=inputs.ADDRESS_MEMBERS, sortable=False),
        Attr("billingAddress", Kind.OBJECT, members=inputs.ADDRESS_MEMBERS, sortable=False),
        Attr("sendInvoicesElectronically", Kind.BOOL),
        # Invoices' due dates default from it (money-work.md §4).
        Attr("paymentTerms", Kind.ENUM, enum_values=PAYMENT_TERMS),
        Attr("customFields", Kind.MAP, sortable=False),
        Attr("legalName", Kind.STR, listed=False),
        Attr("size", Kind.STR, input_type=inputs.ShortText, listed=False),
        Attr("type", Kind.STR, input_type=inputs.ShortText, listed=False),
    ],
    default_order=[("name", "asc"), ("createdAt", "desc")],
    relations=[
        RelationDecl("partner", target="staff", local="partner_staff_id", remote="id", many=False),
        RelationDecl("manager", target="staff", local="manager_staff_id", remote="id", many=False),
        RelationDecl("office", target="office", local="office_id", remote="id", many=False),
        RelationDecl("department", target="department", local="dept_id", remote="id", many=False),
        RelationDecl("industry", target="industry", local="industry_id", remote="id", many=False),
        RelationDecl(
            "serviceLine", target="service_line", local="service_line_id", remote="id", many=False
        ),
        RelationDecl(
            "businessEntity",
            target="client_business_entity",
            local="client_business_entity_id",
            remote="id",
            many=False,
        ),
        RelationDecl(
            "contacts",
            target="contact",
            local="id",
            remote="id",
            many=True,
            via=("contact_client", "client_id", "contact_id"),
        ),
        RelationDecl(
            "contactClients", target="contact_client", local="id", remote="client_id", many=True
        ),
        RelationDecl("jobs", target="job", local="id", remote="client_id", many=True),
        RelationDecl("wips", target="wip", local="id", remote="client_id", many=True),
    ],
    detail=CLIENT_DETAIL,
)
