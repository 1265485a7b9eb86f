"""Contacts, their links to clients and their extra ways to be reached.

A contact can serve many clients through contact-clients (link rows, really deleted); a client
has at most one primary contact. Deleting a contact's last link leaves the contact in place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, Literal

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.directory import repository
from openwyn.directory.clients import Status, status_of
from openwyn.errors import Conflict, ErrorDetail, ValidationFailed
from openwyn.kit import inputs
from openwyn.kit.query import Kind
from openwyn.kit.resource import Attr, Change, Detail, RelationDecl, Resource
from openwyn.kit.rules import (
    at_least_one_of,
    at_least_one_of_schemas,
    reads_nothing,
    unique_together,
)
from openwyn.models import Contact, ContactClient, ContactInfo
from openwyn.models.base import table_of

CONTACT_TYPES = ("PRIMARY", "BILLING", "CLIENT_CONTACT", "OTHER")
INFO_KINDS = ("EMAIL", "PHONE", "MOBILE", "FAX", "ADDRESS", "WEBSITE")

_NAMED = at_least_one_of_schemas("firstName", "lastName")

PreferredMethod = Literal["EMAIL", "PHONE", "MAIL", "PORTAL"]
EmailFrequency = Literal["IMMEDIATE", "DAILY", "WEEKLY", "MONTHLY", "NEVER"]


class CommunicationPreferences(inputs.StrictInput):
    """How the contact likes to be reached; every member optional, none null. A write
    replaces the whole object, as it does an address."""

    preferred_method: PreferredMethod | None = None
    email_frequency: EmailFrequency | None = None
    newsletter_subscription: inputs.Bool | None = None
    marketing_emails: inputs.Bool | None = None


class ContactAddress(BaseModel):
    street: str | None = None
    city: str | None = None
    state: str | None = None
    zipCode: str | None = None  # noqa: N815 - the contract's names
    country: str | None = None


def _contact_derived(item: dict[str, Any], extra: Sequence[Any]) -> dict[str, Any]:
    """`repository.contact_detail`'s columns to the derived fields."""
    client_id, client_name, is_primary, address = extra
    return {
        "status": status_of(item),
        "clientId": client_id,
        "clientName": client_name,
        "isPrimaryContact": bool(is_primary) if client_id is not None else False,
        "address": address,
    }


CONTACT_DETAIL = Detail(
    statement=repository.contact_detail,
    derive=_contact_derived,
    fields={
        "status": Status,
        "clientId": int | None,
        "clientName": str | None,
        "isPrimaryContact": bool,
        "address": ContactAddress | None,
    },
)

CONTACTS = Resource(
    key="contact",
    title="Contact",
    table=table_of(Contact),
    rest_plural="contacts",
    read_plural="contacts",
    read_singular="contact",
    attrs=[
        Attr("firstName", Kind.STR),
        Attr("lastName", Kind.STR),
        Attr("email", Kind.STR, input_type=inputs.Email),
        Attr("phone", Kind.STR, input_type=inputs.ShortText),
        Attr("mobile", Kind.STR, input_type=inputs.ShortText),
        Attr("title", Kind.STR),
        Attr("type", Kind.ENUM, enum_values=CONTACT_TYPES),
        Attr("receivesInvoiceEmails", Kind.BOOL),
        Attr("receivesStatements", Kind.BOOL),
        Attr("notes", Kind.STR, input_type=inputs.LongText, sortable=False),
        Attr("department", Kind.STR, listed=False),
        Attr(
            "communicationPreferences",
            Kind.OBJECT,
            input_type=CommunicationPreferences,
            output_type=CommunicationPreferences,
            filterable=False,
            sortable=False,
            listed=False,
        ),
    ],
    default_order=[("lastName", "asc"), ("firstName", "asc")],
    relations=[
        RelationDecl(
            "clients",
            target="client",
            local="id",
            remote="id",
            many=True,
            via=("contact_client", "contact_id", "client_id"),
        ),
        RelationDecl(
            "contactClients", target="contact_client", local="id", remote="contact_id", many=True
        ),
        RelationDecl(
            "contactInfos", target="contact_info", local="id", remote="contact_id", many=True
        ),
    ],
    rules=[at_least_one_of("firstName", "lastName")],
    create_schema=_NAMED[0],
    update_schema=_NAMED[1],
    detail=CONTACT_DETAIL,
)

CONTACT_CLIENTS = Resource(
    key="contact_client",
    title="Contact client",
    table=table_of(ContactClient),
    rest_plural="contact-clients",
    read_plural="contact_clients",
    read_singular="contact_client",
    attrs=[
        Attr("contactId", Kind.INT, required=True, references="contact"),
        Attr("clientId", Kind.INT, required=True, references="client"),
        Attr("isPrimary", Kind.BOOL),
        Attr("isBilling", Kind.BOOL),
        Attr("role", Kind.STR, input_type=inputs.ShortText),
    ],
    default_order=[("createdAt", "asc")],
    relations=[
        RelationDecl("contact", target="contact", local="contact_id", remote="id", many=False),
        RelationDecl("client", target="client", local="client_id", remote="id", many=False),
    ],
    has_active=False,
    rules=[
        unique_together(
            "contactId", "clientId", message="This contact is already linked to this client."
        ),
        unique_together(
            "clientId",
            when={"isPrimary": True},
            message="This client already has a primary contact; unset it first.",
        ),
    ],
)

# Digits with an optional leading +, and the spaces, dots, dashes and brackets people write.
_PHONE = re.compile(r"^\+?[0-9][0-9 ().-]{5,30}$")
_URL = re.compile(rf"^https?://[^{inputs.SPACE}/$.?#][^{inputs.SPACE}]*$")


def _phone_problem(value: str) -> str | None:
    if not _PHONE.match(value):
        return "is not a phone number (digits, optionally with a leading +)"
    if not 7 <= sum(c.isdigit() for c in value) <= 15:
        return "must hold 7 to 15 digits"
    return None


def _pattern_problem(pattern: re.Pattern[str], message: str) -> Callable[[str], str | None]:
    return lambda value: None if pattern.match(value) else message


_VALUE_CHECKS: dict[str, Callable[[str], str | None]] = {
    "EMAIL": _pattern_problem(inputs.EMAIL_SYNTAX, "is not an email address"),
    "PHONE": _phone_problem,
    "MOBILE": _phone_problem,
    "FAX": _phone_problem,
    "WEBSITE": _pattern_problem(_URL, "is not an http or https URL"),
}


def _info_problems(info: dict[str, Any]) -> list[ErrorDetail]:
    kind, value, address = str(info.get("kind")), info.get("value"), info.get("address")
    if kind == "ADDRESS":
        return [] if address else [{"path": "address", "message": "is required for ADDRESS"}]
    problems: list[ErrorDetail] = []
    if address is not None:
        problems.append({"path": "address", "message": "is only for kind ADDRESS"})
    problem = f"is required for {kind}" if value is None else _VALUE_CHECKS[kind](value)
    if problem is not None:
        problems.append({"path": "value", "message": problem})
    return problems


def _sent_problems(values: dict[str, Any]) -> list[ErrorDetail]:
    """What the fields sent break whatever the stored object holds: with the kind sent, a value
    or an address sent beside it that does not fit it."""
    if "kind" not in values:
        return []
    kind, problems = str(values["kind"]), list[ErrorDetail]()
    if kind == "ADDRESS":
        if "address" in values and not values["address"]:
            problems.append({"path": "address", "message": "is required for ADDRESS"})
        return problems
    if values.get("address") is not None:
        problems.append({"path": "address", "message": "is only for kind ADDRESS"})
    if "value" in values:
        value = values["value"]
        problem = f"is required for {kind}" if value is None else _VALUE_CHECKS[kind](value)
        if problem is not None:
            problems.append({"path": "value", "message": problem})
    return problems


@reads_nothing
async def value_fits_kind(session: AsyncSession, tenant_id: int, change: Change) -> None:
    """An EMAIL holds an email address, a PHONE a phone number, an ADDRESS an address...

    A body that breaks this by itself is 400 (the schema says so); an update whose fields are
    fine alone but do not fit the stored ones (a new kind for the stored value) is 409.
    """
    if not change.touches("kind", "value", "address"):
        return
    problems = _info_problems(change.after)
    if not problems:
        return
    if change.before is None or _sent_problems(change.body):
        raise ValidationFailed("The value does not fit its kind.", problems)
    raise Conflict("The change does not fit the stored kind, value or address.", problems)


def _kind_is(*kinds: str) -> dict[str, Any]:
    return {"required": ["kind"], "properties": {"kind": {"enum": list(kinds)}}}


def _kind_rules(create: bool) -> dict[str, Any]:
    """`_info_problems` (create, where the kind is required) and `_sent_problems` (update) as
    the document states them."""
    others = tuple(kind for kind in INFO_KINDS if kind != "ADDRESS")
    address: dict[str, Any] = {"properties": {"address": {"type": "object", "minProperties": 1}}}
    no_address: dict[str, Any] = {"properties": {"address": {"type": "null"}}}
    rules = [
        {
            "if": _kind_is("ADDRESS"),
            "then": address | ({"required": ["address"]} if create else {}),
        },
        {"if": _kind_is(*others), "then": no_address},
    ]
    checks = {
        ("EMAIL",): [inputs.EMAIL_SYNTAX.pattern],
        ("PHONE", "MOBILE", "FAX"): [_PHONE.pattern, r"^[^0-9]*(?:[0-9][^0-9]*){7,15}$"],
        ("WEBSITE",): [_URL.pattern],
    }
    for kinds, patterns in checks.items():
        value = {"type": "string", "allOf": [{"pattern": pattern} for pattern in patterns]}
        then: dict[str, Any] = {"properties": {"value": value}}
        rules.append(
            {"if": _kind_is(*kinds), "then": then | ({"required": ["value"]} if create else {})}
        )
    return {"allOf": rules}


CONTACT_INFOS = Resource(
    key="contact_info",
    title="Contact info",
    table=table_of(ContactInfo),
    rest_plural="contact-infos",
    read_plural="contact_infos",
    read_singular="contact_info",
    attrs=[
        Attr("contactId", Kind.INT, required=True, references="contact"),
        Attr("kind", Kind.ENUM, required=True, enum_values=INFO_KINDS),
        Attr("label", Kind.STR, input_type=inputs.ShortText),
        Attr("value", Kind.STR, input_type=inputs.MediumText),
        Attr("address", Kind.OBJECT, members=inputs.ADDRESS_MEMBERS, sortable=False),
        Attr("isPrimary", Kind.BOOL),
    ],
    default_order=[("createdAt", "asc")],
    relations=[
        RelationDecl("contact", target="contact", local="contact_id", remote="id", many=False),
    ],
    has_active=False,
    rules=[value_fits_kind],
    create_schema=_kind_rules(create=True),
    update_schema=_kind_rules(create=False),
)
