"""The SQL of the directory's detail shapes (contract §13.6): what a single client or contact
answers beyond its row, joined into the statement that reads the row, so a get stays one round
trip. Each join follows the tenant as well as the key: a row of another tenant never shows.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, and_, func, select

from openwyn.kit.json_rows import json_rows
from openwyn.kit.listed import among
from openwyn.kit.local_dates import bound_now, local_date
from openwyn.models import (
    Client,
    ClientBalance,
    Contact,
    ContactClient,
    ContactInfo,
    Engagement,
    Industry,
    Invoice,
    Payment,
    Tenant,
)
from openwyn.models.base import table_of

CLIENTS = table_of(Client)
CONTACTS = table_of(Contact)
LINKS = table_of(ContactClient)
INFOS = table_of(ContactInfo)
INDUSTRIES = table_of(Industry)
INVOICES = table_of(Invoice)
BALANCES = table_of(ClientBalance)
PAYMENTS = table_of(Payment)
ENGAGEMENTS = table_of(Engagement)
TENANTS = table_of(Tenant)


def client_detail(row: Select[Any]) -> Select[Any]:
    """The client's row, then its industry's name and its primary contact's id, first name,
    last name, title, email and phone (nulls when it has none). A client has at most one
    primary link (a unique index), so the joins never repeat the row."""
    industry = INDUSTRIES.alias("detail_industry")
    link = LINKS.alias("detail_primary_link")
    contact = CONTACTS.alias("detail_primary_contact")
    joined = (
        CLIENTS.outerjoin(
            industry,
            and_(
                industry.c.tenant_id == CLIENTS.c.tenant_id,
                industry.c.id == CLIENTS.c.industry_id,
            ),
        )
        .outerjoin(
            link,
            and_(
                link.c.tenant_id == CLIENTS.c.tenant_id,
                link.c.client_id == CLIENTS.c.id,
                link.c.is_primary.is_(True),
            ),
        )
        .outerjoin(
            contact,
            and_(contact.c.tenant_id == link.c.tenant_id, contact.c.id == link.c.contact_id),
        )
    )
    extra = [industry.c.name, *(contact.c[name] for name in PRIMARY_CONTACT_COLUMNS)]
    return row.select_from(joined).add_columns(*extra, *_client_money(), _client_engagements())


def _client_money() -> list[Any]:
    """The client's financial summary from the ledger's denormalised figures: its posted
    invoices' total, what is outstanding on them (and past due: due before the tenant's
    today, in its time zone, as an invoice reads OVERDUE), its unapplied credit and its last
    payment's date."""
    mine = and_(INVOICES.c.tenant_id == CLIENTS.c.tenant_id, INVOICES.c.client_id == CLIENTS.c.id)
    # Lists bound whole (`among`), not expanded: an expanded list is compiled at each execution,
    # so the driver could not run the detail from SQL compiled once (kit/driver.py).
    posted = and_(mine, among(INVOICES.c.status, ("POSTED", "PAID", "PENDING")))
    # Correlated to the invoices of the subquery it sits in (a subquery correlates with the
    # SELECT right around it only).
    today = select(local_date(bound_now(), TENANTS.c.timezone)).where(
        TENANTS.c.id == INVOICES.c.tenant_id
    )
    overdue = and_(posted, INVOICES.c.due_date < today.scalar_subquery())
    credit = select(BALANCES.c.unapplied_credit).where(
        BALANCES.c.tenant_id == CLIENTS.c.tenant_id, BALANCES.c.client_id == CLIENTS.c.id
    )
    paid = select(func.max(PAYMENTS.c.payment_date)).where(
        PAYMENTS.c.tenant_id == CLIENTS.c.tenant_id,
        PAYMENTS.c.client_id == CLIENTS.c.id,
        among(PAYMENTS.c.status, ("CONFIRMED", "PENDING")),
    )
    return [
        select(func.sum(INVOICES.c.total_amount)).where(posted).scalar_subquery(),
        select(func.sum(INVOICES.c.outstanding_amount)).where(posted).scalar_subquery(),
        credit.scalar_subquery(),
        paid.scalar_subquery(),
        select(func.sum(INVOICES.c.outstanding_amount)).where(overdue).scalar_subquery(),
    ]


def _client_engagements() -> Any:
    """The engagements the client is primary on, as JSON rows."""
    e = ENGAGEMENTS.c
    rows = json_rows(
        ("id", e.id),
        ("name", e.name),
        ("status", e.status),
        ("type", e.type),
        ("startDate", e.start_date),
        ("endDate", e.end_date),
    )
    mine = and_(e.tenant_id == CLIENTS.c.tenant_id, e.client_id == CLIENTS.c.id)
    return select(rows).where(mine).scalar_subquery()


PRIMARY_CONTACT_COLUMNS = ("id", "first_name", "last_name", "title", "email", "phone")


def contact_detail(row: Select[Any]) -> Select[Any]:
    """The contact's row, then its link's client id, the client's name and whether the link is
    primary (its primary link, else its first by id), and its primary ADDRESS info's address."""
    first_link = (
        select(LINKS.c.id)
        .where(LINKS.c.tenant_id == CONTACTS.c.tenant_id, LINKS.c.contact_id == CONTACTS.c.id)
        .order_by(LINKS.c.is_primary.desc(), LINKS.c.id)
        .limit(1)
        .scalar_subquery()
        .correlate(CONTACTS)
    )
    primary_address = (
        select(INFOS.c.id)
        .where(
            INFOS.c.tenant_id == CONTACTS.c.tenant_id,
            INFOS.c.contact_id == CONTACTS.c.id,
            INFOS.c.kind == "ADDRESS",
            INFOS.c.is_primary.is_(True),
        )
        .order_by(INFOS.c.id)
        .limit(1)
        .scalar_subquery()
        .correlate(CONTACTS)
    )
    link = LINKS.alias("detail_link")
    client = CLIENTS.alias("detail_client")
    address = INFOS.alias("detail_address")
    joined = (
        CONTACTS.outerjoin(link, link.c.id == first_link)
        .outerjoin(
            client, and_(client.c.tenant_id == link.c.tenant_id, client.c.id == link.c.client_id)
        )
        .outerjoin(address, address.c.id == primary_address)
    )
    extra = [link.c.client_id, client.c.name, link.c.is_primary, address.c.address]
    return row.select_from(joined).add_columns(*extra)
