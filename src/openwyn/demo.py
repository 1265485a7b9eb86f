"""The demo tenant of `openwyn serve --demo`: a small firm, seeded once, deterministically."""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.auth import repository, service
from openwyn.auth.roles import Role
from openwyn.directory.clients import CLIENTS
from openwyn.directory.departments import DEPARTMENTS
from openwyn.directory.offices import OFFICES
from openwyn.directory.staff import STAFF
from openwyn.kit import service as crud

DEMO_SLUG = "demo"
_OFFICES = [
    ("Austin", "AUS", "America/Chicago", "TX"),
    ("Denver", "DEN", "America/Denver", "CO"),
]
_DEPARTMENTS = [("Tax", "TAX"), ("Audit", "AUD"), ("Advisory", "ADV")]
_FIRST = ["Ava", "Ben", "Cleo", "Dev", "Ema", "Finn", "Gia", "Hal", "Ines", "Jon"]
_LAST = ["Alvarez", "Brooks", "Chen", "Diaz", "Evans", "Fischer", "Garcia", "Hughes"]
_CLIENT_WORDS = ["Summit", "Harbor", "Pioneer", "Cedar", "Atlas", "Beacon", "Maple", "Orion"]
_CLIENT_KINDS = ["Bakery", "Dental", "Logistics", "Studio", "Farms", "Holdings", "Labs"]


async def ensure_demo(session: AsyncSession) -> str:
    """Create and seed the demo tenant if it is missing; return a fresh API_ADMIN key."""
    tenant = await repository.unscoped_tenant_by_slug(session, DEMO_SLUG)
    if tenant is None:
        tenant = await service.create_tenant(session, DEMO_SLUG, "Demo CPA Firm")
        await seed_firm(session, tenant.id)
    issued = await service.issue_key(
        session, tenant.id, name="demo key (serve --demo)", roles=[Role.API_ADMIN]
    )
    return issued.plaintext


async def seed_firm(session: AsyncSession, tenant_id: int, clients: int = 40) -> None:
    rng = random.Random(7)  # noqa: S311 - deterministic sample data
    offices = [
        await crud.create(
            session,
            OFFICES,
            tenant_id,
            {"name": name, "code": code, "timezone": tz, "address": {"city": name, "state": st}},
        )
        for name, code, tz, st in _OFFICES
    ]
    departments = [
        await crud.create(session, DEPARTMENTS, tenant_id, {"name": name, "code": code})
        for name, code in _DEPARTMENTS
    ]
    staff = await _seed_staff(session, tenant_id, rng, offices, departments)
    for number in range(1, clients + 1):
        await crud.create(
            session, CLIENTS, tenant_id, _client(number, rng, staff, offices, departments)
        )


async def _seed_staff(
    session: AsyncSession,
    tenant_id: int,
    rng: random.Random,
    offices: list[dict[str, Any]],
    departments: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    staff: list[dict[str, Any]] = []
    for index, first in enumerate(_FIRST):
        last = _LAST[index % len(_LAST)]
        kind = "PARTNER" if index < 2 else "MANAGER" if index < 5 else "STAFF"
        values = {
            "firstName": first,
            "lastName": last,
            "email": f"{first.lower()}.{last.lower()}@demo-cpa.example",
            "staffType": kind,
            "officeId": offices[index % len(offices)]["id"],
            "deptId": departments[index % len(departments)]["id"],
            "billingRate": Decimal(rng.choice([150, 225, 300, 425])),
            "costRate": Decimal(rng.choice([60, 85, 120])),
            "managerStaffId": staff[0]["id"] if staff and kind != "PARTNER" else None,
        }
        staff.append(await crud.create(session, STAFF, tenant_id, values))
    return staff


def _client(
    number: int,
    rng: random.Random,
    staff: list[dict[str, Any]],
    offices: list[dict[str, Any]],
    departments: list[dict[str, Any]],
) -> dict[str, Any]:
    name = f"{rng.choice(_CLIENT_WORDS)} {rng.choice(_CLIENT_KINDS)} {number}"
    partners = [s for s in staff if s["staffType"] == "PARTNER"]
    managers = [s for s in staff if s["staffType"] == "MANAGER"]
    office = rng.choice(offices)
    return {
        "name": name,
        "clientRef": f"C{number:05d}",
        "partnerStaffId": rng.choice(partners)["id"],
        "managerStaffId": rng.choice(managers)["id"],
        "officeId": office["id"],
        "deptId": rng.choice(departments)["id"],
        "email": f"billing{number}@client.example",
        "address": {"city": office["name"], "state": office["address"]["state"]},
        "sendInvoicesElectronically": rng.random() < 0.5,
    }
