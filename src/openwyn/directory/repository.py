"""The SQL of the directory's detail shapes (contract §13.6): what a single client or contact
answers beyond its row, joined into the statement that reads the row, so a get stays one round
trip. Each join follows the tenant as well as the key: a row of another tenant never shows.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, and_, select

from openwyn.models import Client, Contact, ContactClient, ContactInfo, Industry
from openwyn.models.base import table_of

CLIENTS = table_of(Client)
CONTACTS = table_of(Contact)
LINKS = table_of(ContactClient)
INFOS = table_of(ContactInfo)
INDUSTRIES = table_of(Industry)


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
    return row.select_from(joined).add_columns(*extra)


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
