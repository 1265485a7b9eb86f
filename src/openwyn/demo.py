"""The demo tenant of `openwyn serve --demo`: a small accounting firm, seeded deterministically.

Every seeded object carries a ``pmsRef`` (``demo-...``). Seeding looks those up first and only
creates what is missing, so it is idempotent: a second run writes nothing. The data comes from
a fixed-seed random generator and never depends on what the database already holds.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.auth import repository, service
from openwyn.auth.roles import Role
from openwyn.directory.catalog import CLIENT_BUSINESS_ENTITIES, INDUSTRIES, SERVICE_LINES
from openwyn.directory.clients import CLIENTS
from openwyn.directory.contacts import CONTACT_CLIENTS, CONTACT_INFOS, CONTACTS
from openwyn.directory.departments import DEPARTMENTS
from openwyn.directory.jobs import JOB_TEMPLATES, JOBS
from openwyn.directory.offices import OFFICES
from openwyn.directory.staff import STAFF
from openwyn.kit import service as crud
from openwyn.kit.resource import Resource

DEMO_SLUG = "demo"
CLIENT_COUNT = 200

_OFFICES = [
    ("Austin", "AUS", "America/Chicago", "TX", "+1 512 555 0100"),
    ("Denver", "DEN", "America/Denver", "CO", "+1 303 555 0100"),
    ("Seattle", "SEA", "America/Los_Angeles", "WA", "+1 206 555 0100"),
]
# (name, code, parent code)
_DEPARTMENTS = [
    ("Tax", "TAX", None),
    ("Audit", "AUD", None),
    ("Advisory", "ADV", None),
    ("State and local tax", "SALT", "TAX"),
]
_FIRST = ["Ava", "Ben", "Cleo", "Dev", "Ema", "Finn", "Gia", "Hal", "Ines", "Jon", "Kai", "Lena"]
_FIRST += ["Milo", "Nora"]
_LAST = ["Alvarez", "Brooks", "Chen", "Diaz", "Evans", "Fischer", "Garcia", "Hughes", "Ito"]
_LAST += ["Jensen", "Khan", "Lopez", "Moreau", "Novak"]
_STAFF_TYPES = ["PARTNER"] * 3 + ["MANAGER"] * 4 + ["SENIOR"] * 3 + ["STAFF"] * 3 + ["ADMIN"]
_INDUSTRIES = [
    ("Construction", "CON"),
    ("Dental and medical", "MED"),
    ("Hospitality", "HOS"),
    ("Manufacturing", "MFG"),
    ("Nonprofit", "NPO"),
    ("Professional services", "PRO"),
    ("Real estate", "REA"),
    ("Retail", "RET"),
]
_SERVICE_LINES = [
    ("Tax", "TAX"),
    ("Audit and assurance", "AUD"),
    ("Advisory", "ADV"),
    ("Bookkeeping", "BKP"),
    ("Payroll", "PAY"),
]
_ENTITIES = [
    ("Individual", "INDIVIDUAL"),
    ("Limited liability company", "LLC"),
    ("S corporation", "S_CORP"),
    ("C corporation", "C_CORP"),
    ("Partnership", "PARTNERSHIP"),
    ("Trust", "TRUST"),
    ("Nonprofit organization", "NONPROFIT"),
]
# (name, code, service line code, fee type, budget, tasks)
_TEMPLATES = [
    ("Individual return (1040)", "1040", "TAX", "FIXED", "900", ["Organizer", "Prepare", "Review"]),
    ("Business return (1120-S)", "1120S", "TAX", "FIXED", "2400", ["Trial balance", "Prepare"]),
    ("Partnership return (1065)", "1065", "TAX", "FIXED", "2800", ["K-1s", "Prepare", "Review"]),
    ("Financial statement audit", "AUDIT", "AUD", "HOURLY", "28000", ["Plan", "Fieldwork"]),
    ("Review engagement", "REVIEW", "AUD", "HOURLY", "9000", ["Inquiry", "Analytics"]),
    ("Monthly bookkeeping", "BOOKS", "BKP", "FIXED", "600", ["Reconcile", "Close"]),
    ("Payroll service", "PAYROLL", "PAY", "FIXED", "350", ["Run payroll", "Filings"]),
]
_JOB_STATUSES = ["PLANNING", "OPEN", "OPEN", "IN_PROGRESS", "IN_PROGRESS", "ON_HOLD", "COMPLETED"]
_CLIENT_WORDS = ["Summit", "Harbor", "Pioneer", "Cedar", "Atlas", "Beacon", "Maple", "Orion"]
_CLIENT_WORDS += ["Granite", "Willow", "Juniper", "Falcon"]
_CLIENT_KINDS = ["Bakery", "Dental", "Logistics", "Studio", "Farms", "Holdings", "Labs"]
_CLIENT_KINDS += ["Builders", "Outfitters", "Foundation", "Partners"]
_CONTACT_ROLES = ["Owner", "Controller", "Office manager", "CFO", "Bookkeeper"]
_REGIONS = ["West", "Mountain", "Central"]


async def ensure_demo(session: AsyncSession) -> str:
    """Create and seed the demo tenant if it is missing; return a fresh API_ADMIN key.

    An existing demo tenant is left as it is: one seeded by an older version holds rows whose
    unique values (staff emails, client refs) the current firm would collide with.
    """
    tenant = await repository.unscoped_tenant_by_slug(session, DEMO_SLUG)
    if tenant is None:
        tenant = await service.create_tenant(session, DEMO_SLUG, "Demo CPA Firm")
        await seed_firm(session, tenant.id)
    issued = await service.issue_key(
        session, tenant.id, name="demo key (serve --demo)", roles=[Role.API_ADMIN]
    )
    return issued.plaintext


@dataclass
class _Seeder:
    """Creates each missing object once, and remembers every seeded id by its pmsRef."""

    session: AsyncSession
    tenant_id: int
    ids: dict[str, int] = field(default_factory=dict)
    created: int = 0

    async def load(self, resource: Resource) -> None:
        self.ids |= await crud.ids_by_pms_ref(self.session, resource, self.tenant_id, "demo-")

    async def ensure(self, resource: Resource, pms_ref: str, values: dict[str, Any]) -> int:
        if pms_ref not in self.ids:
            item = await crud.create(
                self.session, resource, self.tenant_id, values | {"pmsRef": pms_ref}
            )
            self.ids[pms_ref] = item["id"]
            self.created += 1
        return self.ids[pms_ref]


async def seed_firm(session: AsyncSession, tenant_id: int, clients: int = CLIENT_COUNT) -> int:
    """Seed the demo firm into a tenant; return how many objects were created."""
    seeder = _Seeder(session, tenant_id)
    for resource in (OFFICES, DEPARTMENTS, STAFF, INDUSTRIES, SERVICE_LINES):
        await seeder.load(resource)
    for resource in (CLIENT_BUSINESS_ENTITIES, CLIENTS, CONTACTS, CONTACT_CLIENTS):
        await seeder.load(resource)
    for resource in (CONTACT_INFOS, JOB_TEMPLATES, JOBS):
        await seeder.load(resource)
    rng = random.Random(2026)  # noqa: S311 - deterministic sample data, not security
    await _seed_catalogs(seeder)
    staff = await _seed_staff(seeder, rng)
    for number in range(1, clients + 1):
        await _seed_client(seeder, rng, number, staff)
    return seeder.created


async def _seed_catalogs(seeder: _Seeder) -> None:
    for name, code, zone, state, phone in _OFFICES:
        values: dict[str, Any] = {"name": name, "code": code, "timezone": zone, "phone": phone}
        values["address"] = {"city": name, "state": state, "country": "US"}
        await seeder.ensure(OFFICES, f"demo-office-{code}", values)
    for name, code, parent in _DEPARTMENTS:
        parent_id = seeder.ids[f"demo-dept-{parent}"] if parent else None
        values = {"name": name, "code": code, "parentDepartmentId": parent_id}
        await seeder.ensure(DEPARTMENTS, f"demo-dept-{code}", values)
    for resource, prefix, rows in (
        (INDUSTRIES, "demo-industry", _INDUSTRIES),
        (SERVICE_LINES, "demo-line", _SERVICE_LINES),
        (CLIENT_BUSINESS_ENTITIES, "demo-entity", _ENTITIES),
    ):
        for name, code in rows:
            await seeder.ensure(resource, f"{prefix}-{code}", {"name": name, "code": code})
    for name, code, line, fee_type, budget, tasks in _TEMPLATES:
        values = {"name": name, "code": code, "feeType": fee_type, "tasks": tasks}
        values |= {"serviceLineId": seeder.ids[f"demo-line-{line}"], "defaultBudget": budget}
        await seeder.ensure(JOB_TEMPLATES, f"demo-template-{code}", values)


async def _seed_staff(seeder: _Seeder, rng: random.Random) -> dict[str, list[int]]:
    """Staff by type; everyone but a partner reports to a partner or a manager."""
    by_type: dict[str, list[int]] = {kind: [] for kind in set(_STAFF_TYPES)}
    for index, (first, kind) in enumerate(zip(_FIRST, _STAFF_TYPES, strict=True)):
        last = _LAST[index]
        office = _OFFICES[index % len(_OFFICES)][1]
        department = _DEPARTMENTS[index % len(_DEPARTMENTS)][1]
        manager = by_type["PARTNER" if kind == "MANAGER" else "MANAGER"] or by_type["PARTNER"]
        values = {
            "firstName": first,
            "lastName": last,
            "email": f"{first.lower()}.{last.lower()}@demo-cpa.example",
            "title": kind.capitalize(),
            "staffType": kind,
            "officeId": seeder.ids[f"demo-office-{office}"],
            "deptId": seeder.ids[f"demo-dept-{department}"],
            "managerStaffId": rng.choice(manager) if kind != "PARTNER" else None,
            "billingRate": Decimal(rng.choice([150, 195, 240, 310, 425])),
            "costRate": Decimal(rng.choice([55, 70, 90, 120])),
            "startDate": date(rng.randint(2010, 2024), rng.randint(1, 12), 15),
        }
        by_type[kind].append(await seeder.ensure(STAFF, f"demo-staff-{index + 1:02d}", values))
    return by_type


async def _seed_client(
    seeder: _Seeder, rng: random.Random, number: int, staff: dict[str, list[int]]
) -> None:
    name = f"{rng.choice(_CLIENT_WORDS)} {rng.choice(_CLIENT_KINDS)} {number}"
    office = rng.choice(_OFFICES)
    line = rng.choice(_SERVICE_LINES)[1]
    values: dict[str, Any] = {
        "name": name,
        "clientRef": f"C{number:05d}",
        "partnerStaffId": rng.choice(staff["PARTNER"]),
        "managerStaffId": rng.choice(staff["MANAGER"]),
        "officeId": seeder.ids[f"demo-office-{office[1]}"],
        "deptId": seeder.ids[f"demo-dept-{rng.choice(_DEPARTMENTS)[1]}"],
        "industryId": seeder.ids[f"demo-industry-{rng.choice(_INDUSTRIES)[1]}"],
        "serviceLineId": seeder.ids[f"demo-line-{line}"],
        "clientBusinessEntityId": seeder.ids[f"demo-entity-{rng.choice(_ENTITIES)[1]}"],
        "email": f"billing{number}@client{number}.example",
        "phone": f"+1 {rng.randint(201, 989)} 555 {rng.randint(1000, 9999)}",
        "address": {"street": f"{rng.randint(1, 999)} Main St", "city": office[0]},
        "sendInvoicesElectronically": rng.random() < 0.6,
        "customFields": {"region": rng.choice(_REGIONS), "seats": rng.randint(1, 80)},
    }
    values["address"] |= {"state": office[3], "zipCode": f"{rng.randint(10000, 99999)}"}
    client_id = await seeder.ensure(CLIENTS, f"demo-client-{number:04d}", values)
    await _seed_contacts(seeder, rng, number, client_id)
    await _seed_jobs(seeder, rng, number, client_id, staff)


async def _seed_contacts(seeder: _Seeder, rng: random.Random, number: int, client_id: int) -> None:
    """One to three contacts, the first primary; every tenth client shares a bookkeeper."""
    for seat in range(1, rng.randint(1, 3) + 1):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        ref = f"demo-contact-{number:04d}-{seat}"
        values: dict[str, Any] = {
            "firstName": first,
            "lastName": last,
            "email": f"{first.lower()}.{last.lower()}{number}@client{number}.example",
            "phone": f"+1 {rng.randint(201, 989)} 555 {rng.randint(1000, 9999)}",
            "title": rng.choice(_CONTACT_ROLES),
            "type": "PRIMARY" if seat == 1 else rng.choice(["BILLING", "CLIENT_CONTACT", "OTHER"]),
            "receivesInvoiceEmails": seat == 1,
        }
        contact_id = await seeder.ensure(CONTACTS, ref, values)
        await _link(seeder, f"{ref}-link", contact_id, client_id, seat == 1, values["title"])
        await _seed_infos(seeder, rng, ref, contact_id, values)
    if number % 10 == 0:
        keeper: dict[str, Any] = {"firstName": "Quinn", "lastName": "Ledger", "title": "Bookkeeper"}
        keeper_ref = f"demo-contact-bookkeeper-{number // 50}"
        keeper_id = await seeder.ensure(CONTACTS, keeper_ref, keeper | {"type": "BILLING"})
        await _link(seeder, f"{keeper_ref}-{number:04d}", keeper_id, client_id, False, "Books")


async def _link(
    seeder: _Seeder, ref: str, contact_id: int, client_id: int, primary: bool, role: str
) -> None:
    values = {"contactId": contact_id, "clientId": client_id, "isPrimary": primary}
    await seeder.ensure(CONTACT_CLIENTS, ref, values | {"isBilling": not primary, "role": role})


async def _seed_infos(
    seeder: _Seeder, rng: random.Random, ref: str, contact_id: int, contact: dict[str, Any]
) -> None:
    infos = [
        {"kind": "EMAIL", "label": "work", "value": contact["email"], "isPrimary": True},
        {"kind": "PHONE", "label": "office", "value": contact["phone"]},
    ]
    if rng.random() < 0.3:
        address = {"street": f"{rng.randint(1, 999)} Oak Ave", "city": rng.choice(_OFFICES)[0]}
        infos.append({"kind": "ADDRESS", "label": "home", "address": address})
    for index, info in enumerate(infos):
        await seeder.ensure(CONTACT_INFOS, f"{ref}-info-{index}", info | {"contactId": contact_id})


async def _seed_jobs(
    seeder: _Seeder,
    rng: random.Random,
    number: int,
    client_id: int,
    staff: dict[str, list[int]],
) -> None:
    for index in range(rng.randint(0, 3)):
        name, code, line, fee_type, budget, _tasks = rng.choice(_TEMPLATES)
        month = rng.randint(1, 9)
        values = {
            "name": f"2026 {name}",
            "jobRef": f"J{number:05d}-{index + 1}",
            "clientId": client_id,
            "jobTemplateId": seeder.ids[f"demo-template-{code}"],
            "serviceLineId": seeder.ids[f"demo-line-{line}"],
            "partnerStaffId": rng.choice(staff["PARTNER"]),
            "managerStaffId": rng.choice(staff["MANAGER"]),
            "status": rng.choice(_JOB_STATUSES),
            "startDate": date(2026, month, 1),
            "dueDate": date(2026, month + 2, 15),
            "feeType": fee_type,
            "budget": Decimal(budget) * Decimal(rng.choice(["0.8", "1", "1.25"])),
        }
        if fee_type == "FIXED":
            values["fixedFee"] = Decimal(budget)
        await seeder.ensure(JOBS, f"demo-job-{number:04d}-{index + 1}", values)
