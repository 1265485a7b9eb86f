"""The context a letter and its name render over (letters.OBJECTS and letters.LISTS), built
the same way for a new engagement (from what was sent) and a stored one (when it is sent):
plain strings and numbers, missing values as empty strings so a letter never reads `None`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from openwyn.kit.money import ZERO


@dataclass(frozen=True)
class Parts:
    """The rows an engagement's letter speaks of (repository shapes, snake_case)."""

    client: dict[str, Any]
    signers: list[tuple[dict[str, Any], str]]  # (contact, role)
    services: list[dict[str, Any]]
    jobs: dict[int, dict[str, Any]]
    partner: dict[str, Any] | None
    manager: dict[str, Any] | None
    firm: dict[str, Any]


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _money(amount: Decimal | None) -> str:
    return f"{amount or ZERO:.2f}"


def person(row: dict[str, Any] | None) -> dict[str, Any]:
    row = row or {}
    first, last = _text(row.get("first_name")), _text(row.get("last_name"))
    return {
        "id": row.get("id") or "",
        "firstName": first,
        "lastName": last,
        "name": f"{first} {last}".strip(),
        "email": _text(row.get("email")),
        "title": _text(row.get("title")),
    }


def _client(client: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": client["id"],
        "name": client["name"],
        "legalName": _text(client["legal_name"]),
        "email": _text(client["email"]),
        "phone": _text(client["phone"]),
        "website": _text(client["website"]),
        "address": client["address"] or {},
        "billingAddress": client["billing_address"] or {},
        "type": _text(client["type"]),
    }


def _service(line: dict[str, Any], jobs: dict[int, dict[str, Any]]) -> dict[str, Any]:
    job = jobs.get(line["job_id"] or 0, {})
    return {
        "description": line["description"],
        "price": _money(line["price"]),
        "billingSchedule": line["billing_schedule"],
        "prepaymentAmount": _money(line["prepayment_amount"]),
        "jobId": line["job_id"] or "",
        "jobName": _text(job.get("name")),
    }


def context_of(parts: Parts, engagement: dict[str, Any]) -> dict[str, Any]:
    """`engagement` in API names (`startDate` a date, amounts Decimal)."""
    start = engagement["startDate"]
    start = date.fromisoformat(start) if isinstance(start, str) else start
    end = engagement.get("endDate")
    return {
        "client": _client(parts.client),
        "contacts": [
            person(contact) | {"phone": _text(contact.get("phone")), "role": role}
            for contact, role in parts.signers
        ],
        "services": [_service(line, parts.jobs) for line in parts.services],
        "partner": person(parts.partner),
        "manager": person(parts.manager),
        "firm": {key: parts.firm[key] for key in ("name", "currency", "timezone")},
        "engagement": {
            "name": _text(engagement.get("name")),
            "type": _text(engagement.get("type")),
            "startDate": start.isoformat(),
            "endDate": _text(end if end is None or isinstance(end, str) else end.isoformat()),
            "year": start.year,
            "estimatedValue": _money(engagement["estimatedValue"]),
            "prepaymentAmount": _money(engagement["prepaymentAmount"]),
        },
    }
