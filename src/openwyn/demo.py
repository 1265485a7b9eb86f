"""The demo tenant of `openwyn serve --demo`: a small accounting firm, seeded deterministically.

Three offices, four departments (one nested), fourteen staff, industries, service lines, the
seven business entity types, 200 clients with one to three contacts each (exactly one primary;
outside bookkeepers serve several clients), contact infos, job templates and jobs.

Every seeded object gets a ``demo-...`` pmsRef and is looked up by its natural key before it is
created: the pmsRef, or the code of a business entity or a job template, the (contact, client)
pair of a link, the (contact, kind, value) of a contact info. Only what is missing is created, so
a second run writes nothing and a partly seeded tenant is completed. The data is drawn from a
fixed-seed generator in the same order whatever the database holds: every tenant gets the same
firm.
"""

from __future__ import annotations

import logging
import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.auth import repository, service
from openwyn.auth.roles import Role
from openwyn.billing.demo import FIRST_MONTH, seed_billing
from openwyn.directory.catalog import CLIENT_BUSINESS_ENTITIES, INDUSTRIES, SERVICE_LINES
from openwyn.directory.clients import CLIENTS
from openwyn.directory.contacts import CONTACT_CLIENTS, CONTACT_INFOS, CONTACTS
from openwyn.directory.departments import DEPARTMENTS
from openwyn.directory.jobs import JOB_TEMPLATES, JOBS
from openwyn.directory.offices import OFFICES
from openwyn.directory.staff import STAFF
from openwyn.engagements.demo import seed_engagements
from openwyn.errors import ApiError
from openwyn.kit import repository as kit_repo
from openwyn.kit.resource import Resource
from openwyn.kit.sqltypes import utcnow
from openwyn.lastmile.demo import seed_last_mile
from openwyn.payments.demo import seed_payment_plan
from openwyn.web import service as crud
from openwyn.work.demo import BookedJob, seed_year

DEMO_SLUG = "demo"
CLIENT_COUNT = 200
_SEED = 2026

log = logging.getLogger("openwyn.demo")


@dataclass(frozen=True)
class _Office:
    city: str
    code: str
    street: str
    timezone: str
    state: str
    zip_code: str
    area_code: str
    region: str


@dataclass(frozen=True)
class _Template:
    name: str
    code: str
    line: str
    fee_type: str
    budget: Decimal
    tasks: list[str]


@dataclass(frozen=True)
class _Work:
    """A job to book; an ad hoc project has no template."""

    name: str
    template: _Template | None
    status: str
    start: date


_OFFICES = [
    _Office("Austin", "AUS", "301 Lavaca St", "America/Chicago", "TX", "78701", "512", "Central"),
    _Office("Denver", "DEN", "1700 Lincoln St", "America/Denver", "CO", "80202", "303", "Mountain"),
    _Office("Seattle", "SEA", "1201 3rd Ave", "America/Los_Angeles", "WA", "98101", "206", "West"),
]
# (name, code, parent code)
_DEPARTMENTS = [
    ("Tax", "TAX", None),
    ("Audit and assurance", "AUD", None),
    ("Advisory", "ADV", None),
    ("State and local tax", "SALT", "TAX"),
]
_PARENT = {code: parent or code for _, code, parent in _DEPARTMENTS}
# (first name, last name, staff type, title, department code)
_STAFF = [
    ("Ava", "Alvarez", "PARTNER", "Managing Partner", "TAX"),
    ("Ben", "Okafor", "PARTNER", "Audit Partner", "AUD"),
    ("Cleo", "Chen", "PARTNER", "Advisory Partner", "ADV"),
    ("Dev", "Patel", "MANAGER", "Tax Manager", "TAX"),
    ("Ema", "Evans", "MANAGER", "SALT Manager", "SALT"),
    ("Finn", "Fischer", "MANAGER", "Audit Manager", "AUD"),
    ("Gia", "Garcia", "MANAGER", "Advisory Manager", "ADV"),
    ("Hal", "Hughes", "SENIOR", "Senior Tax Accountant", "TAX"),
    ("Ines", "Ito", "SENIOR", "Senior Auditor", "AUD"),
    ("Jon", "Jensen", "SENIOR", "Senior Consultant", "ADV"),
    ("Kai", "Khan", "STAFF", "Staff Accountant", "TAX"),
    ("Lena", "Lopez", "STAFF", "Staff Auditor", "AUD"),
    ("Milo", "Moreau", "STAFF", "Bookkeeping Specialist", "ADV"),
    ("Nora", "Novak", "ADMIN", "Office Administrator", "TAX"),
]
# Staff type: (hourly billing rate, hourly cost rate, earliest hiring year).
_GRADES = {
    "PARTNER": (425, 170, 2004),
    "MANAGER": (285, 105, 2012),
    "SENIOR": (195, 72, 2017),
    "STAFF": (145, 52, 2021),
    "ADMIN": (85, 34, 2015),
}
_REPORTS_TO = {"MANAGER": "PARTNER", "SENIOR": "MANAGER", "STAFF": "MANAGER", "ADMIN": "PARTNER"}
# (name, code, what its clients call themselves)
_INDUSTRIES = [
    ("Construction", "CON", ["Builders", "Contracting", "Roofing"]),
    ("Dental and medical", "MED", ["Dental", "Family Clinic", "Physical Therapy"]),
    ("Hospitality", "HOS", ["Bistro", "Inn", "Catering"]),
    ("Manufacturing", "MFG", ["Fabrication", "Tool Works", "Plastics"]),
    ("Nonprofit", "NPO", ["Foundation", "Food Bank", "Arts Council"]),
    ("Professional services", "PRO", ["Consulting", "Law Group", "Design Studio"]),
    ("Real estate", "REA", ["Properties", "Realty", "Land Company"]),
    ("Retail", "RET", ["Outfitters", "Market", "Books"]),
]
_TRADES = {code: kinds for _, code, kinds in _INDUSTRIES}
_BUSINESS_TRADES = [code for code in _TRADES if code != "NPO"]
_SERVICE_LINES = [
    ("Tax", "TAX"),
    ("Audit and assurance", "AUD"),
    ("Advisory", "ADV"),
    ("Bookkeeping", "BKP"),
    ("Payroll", "PAY"),
]
# (name, code, how many clients in a hundred have it)
_ENTITIES = [
    ("Individual", "INDIVIDUAL", 26),
    ("Limited liability company", "LLC", 24),
    ("S corporation", "S_CORP", 18),
    ("C corporation", "C_CORP", 8),
    ("Partnership", "PARTNERSHIP", 10),
    ("Trust", "TRUST", 6),
    ("Nonprofit organization", "NONPROFIT", 8),
]
_ENTITY_CODES = [code for _, code, _ in _ENTITIES]
_ENTITY_WEIGHTS = [weight for *_, weight in _ENTITIES]
_PERSONAL = {"INDIVIDUAL", "TRUST"}
_NAME_SUFFIXES = {"LLC": " LLC", "S_CORP": " Inc.", "C_CORP": " Corp.", "PARTNERSHIP": " LP"}
# The service lines a client is drawn from, repeated by weight.
_LINES_OF = {
    "INDIVIDUAL": ["TAX"] * 4 + ["ADV"],
    "TRUST": ["TAX"] * 4 + ["ADV"],
    "NONPROFIT": ["AUD"] * 3 + ["TAX"] * 2,
}
_BUSINESS_LINES = ["TAX"] * 7 + ["AUD"] * 3 + ["ADV"] * 2 + ["BKP"] * 5 + ["PAY"] * 3
_DEPARTMENT_OF = {"TAX": "TAX", "AUD": "AUD", "ADV": "ADV", "BKP": "ADV", "PAY": "ADV"}
_TEMPLATES = [
    _Template(
        "Individual tax return (1040)", "1040", "TAX", "FIXED", Decimal(950),
        ["Send organizer", "Gather documents", "Prepare return", "Partner review", "E-file"],
    ),
    _Template(
        "Trust tax return (1041)", "1041", "TAX", "FIXED", Decimal(1500),
        ["Collect statements", "Prepare return", "Review", "Issue K-1s"],
    ),
    _Template(
        "Partnership tax return (1065)", "1065", "TAX", "FIXED", Decimal(2800),
        ["Trial balance", "Prepare return", "Prepare K-1s", "Review", "E-file"],
    ),
    _Template(
        "Corporate tax return (1120)", "1120", "TAX", "FIXED", Decimal(3200),
        ["Trial balance", "Book-to-tax adjustments", "Prepare return", "Review", "E-file"],
    ),
    _Template(
        "Exempt organization return (990)", "990", "TAX", "FIXED", Decimal(2200),
        ["Collect board list", "Prepare return", "Review", "E-file"],
    ),
    _Template(
        "Financial statement audit", "AUDIT", "AUD", "HOURLY", Decimal(24000),
        ["Planning", "Risk assessment", "Fieldwork", "Report"],
    ),
    _Template(
        "Monthly bookkeeping", "BOOKS", "BKP", "FIXED", Decimal(650),
        ["Bank reconciliations", "Categorize transactions", "Month-end close"],
    ),
    _Template(
        "Payroll processing", "PAYROLL", "PAY", "FIXED", Decimal(400),
        ["Collect hours", "Run payroll", "Quarterly filings"],
    ),
]  # fmt: skip
_TEMPLATE = {template.code: template for template in _TEMPLATES}
_RETURN_OF = {
    "INDIVIDUAL": "1040",
    "TRUST": "1041",
    "PARTNERSHIP": "1065",
    "LLC": "1065",
    "S_CORP": "1120",
    "C_CORP": "1120",
    "NONPROFIT": "990",
}
_ENGAGEMENT_OF = {"AUD": "AUDIT", "BKP": "BOOKS", "PAY": "PAYROLL"}
_ADVISORY_PROJECTS = ["Cash-flow forecast", "Entity structure review", "Succession planning"]
_STATUSES = ["PLANNING", "OPEN", "IN_PROGRESS", "ON_HOLD", "COMPLETED", "CANCELLED"]
_STATUS_WEIGHTS = [2, 3, 5, 1, 3, 1]
_FINISHED = ["COMPLETED", "CLOSED"]
_BUDGET_FACTORS = [Decimal("0.85"), Decimal(1), Decimal(1), Decimal("1.2"), Decimal("1.5")]
_FIRST = ["Aaron", "Beatriz", "Caleb", "Dana", "Elena", "Felix", "Grace", "Hector", "Isla"]
_FIRST += ["James", "Keiko", "Liam", "Maya", "Noah", "Olivia", "Priya", "Raj", "Sofia", "Tomas"]
_FIRST += ["Uma", "Victor", "Wen", "Yusuf", "Zoe"]
_LAST = ["Anderson", "Baker", "Castillo", "Dubois", "Ellis", "Foster", "Gupta", "Hansen"]
_LAST += ["Ibrahim", "Johnson", "Kowalski", "Larsen", "Martinez", "Nguyen", "Olsen", "Park"]
_LAST += ["Quinn", "Rossi", "Schmidt", "Tanaka", "Underwood", "Vargas", "Walsh", "Young"]
_WORDS = ["Summit", "Harbor", "Pioneer", "Cedar", "Atlas", "Beacon", "Maple", "Orion"]
_WORDS += ["Granite", "Willow", "Juniper", "Falcon", "Redwood", "Bluebird", "Northstar", "Aspen"]
_STREETS = ["Main St", "Oak Ave", "Pine St", "Market St", "Lakeview Dr", "Elm St", "2nd Ave"]
# A client's contact titles: the primary contact's first, then the others'.
_TITLES = {
    "INDIVIDUAL": ["Taxpayer", "Spouse"],
    "TRUST": ["Trustee", "Co-trustee", "Beneficiary"],
    "NONPROFIT": ["Executive Director", "Treasurer", "Board Chair"],
}
_BUSINESS_TITLES = ["Owner", "CFO", "Controller", "Office Manager"]
# Outside bookkeepers (name, their firm's domain, area code); each keeps several clients' books.
_BOOKKEEPERS = [
    ("Quinn", "Ledger", "ledgerworks.example", "512"),
    ("Rosa", "Baptiste", "balancedbooks.example", "303"),
    ("Sam", "Whitfield", "whitfieldbooks.example", "206"),
]
_BOOKKEEPER_EVERY = 15  # every fifteenth client has one

# How a seeded object is found again; every other resource goes by its pmsRef.
_NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    CLIENT_BUSINESS_ENTITIES.key: ("code",),
    JOB_TEMPLATES.key: ("code",),
    CONTACT_CLIENTS.key: ("contactId", "clientId"),
    CONTACT_INFOS.key: ("contactId", "kind", "value"),
}


DEMO_KEY_NAME = "demo key (serve --demo)"
# Called after each client is seeded, with how many of CLIENT_COUNT are: for a progress bar.
OnClient = Callable[[int], None]


async def ensure_demo(
    session: AsyncSession, previous_key: str | None = None, on_client: OnClient | None = None
) -> str:
    """Create and seed the demo tenant, or complete an existing one; return its API_ADMIN key.

    `previous_key`, the key an earlier run printed, is returned again while it is a live demo
    key, so that restarting the demo server does not pile up keys (nor change the one the user
    copied). Otherwise a new key is issued and every other demo key revoked: one demo key is
    live at a time."""
    tenant = await repository.unscoped_tenant_by_slug(session, DEMO_SLUG)
    if tenant is None:
        tenant = await service.create_tenant(session, DEMO_SLUG, "Demo CPA Firm")
        await seed_firm(session, tenant.id, on_client=on_client)
        await seed_billing(session, tenant.id)
        await seed_engagements(session, tenant.id, FIRST_MONTH)
        await seed_last_mile(session, tenant.id)
        await seed_payment_plan(session, tenant.id, utcnow().date())
    else:
        await complete_firm(session, tenant.id, on_client)
    await kit_repo.analyze(session)
    if previous_key is not None:
        kept = await service.live_key(session, tenant.id, previous_key)
        if kept is not None and kept.name == DEMO_KEY_NAME:
            return previous_key
    issued = await service.issue_key(session, tenant.id, name=DEMO_KEY_NAME, roles=[Role.API_ADMIN])
    await repository.revoke_keys_named(
        session, tenant.id, DEMO_KEY_NAME, utcnow(), keep=issued.key.id
    )
    return issued.plaintext


async def complete_firm(
    session: AsyncSession, tenant_id: int, on_client: OnClient | None = None
) -> int | None:
    """Seed the firm into a tenant that already holds data, all or nothing.

    Returns how many objects were created, or None when the tenant's data collides with the
    firm and it is left as it is: a demo seeded by an older version holds the same staff emails
    and client refs without pmsRefs, and a user may have edited the demo (say, made another
    contact primary) so that a missing seeded object can no longer be added.
    """
    await kit_repo.begin_immediately(session)
    try:
        async with session.begin_nested():
            created = await seed_firm(session, tenant_id, on_client=on_client)
            created += await seed_billing(session, tenant_id)
            created += await seed_engagements(session, tenant_id, FIRST_MONTH)
            created += await seed_last_mile(session, tenant_id)
            return created + await seed_payment_plan(session, tenant_id, utcnow().date())
    except ApiError as error:
        log.warning("the demo tenant is left as it is: %s", error.message)
        return None


async def seed_firm(
    session: AsyncSession,
    tenant_id: int,
    clients: int = CLIENT_COUNT,
    on_client: OnClient | None = None,
) -> int:
    """Seed the demo firm (its first `clients` clients) into a tenant; return how many objects
    were created."""
    firm = _Firm(_Seeder(session, tenant_id), random.Random(_SEED))  # noqa: S311 - sample data
    await firm.seed_offices_and_departments()
    await firm.seed_catalogs()
    await firm.seed_staff()
    await firm.seed_bookkeepers()
    for number in range(1, clients + 1):
        await firm.seed_client(number)
        if on_client is not None:
            on_client(number)
    firm.seeder.created += await seed_year(session, tenant_id, firm.jobs)
    return firm.seeder.created


@dataclass
class _Seeder:
    """Creates each missing object once, found by its natural key; remembers ids by pmsRef."""

    session: AsyncSession
    tenant_id: int
    ids: dict[str, int] = field(default_factory=dict)
    created: int = 0
    # The tenant's objects by natural key, per resource: read once, then kept up to date.
    known: dict[str, dict[tuple[Any, ...], int]] = field(default_factory=dict)

    async def ensure(self, resource: Resource, pms_ref: str, values: dict[str, Any]) -> int:
        values = values | {"pmsRef": pms_ref}
        names = _NATURAL_KEYS.get(resource.key, ("pmsRef",))
        known = await self._known(resource, names)
        key = tuple(values.get(name) for name in names)
        if key not in known:
            item = await crud.create(self.session, resource, self.tenant_id, values)
            known[key] = item["id"]
            self.created += 1
        self.ids[pms_ref] = known[key]
        return known[key]

    async def _known(
        self, resource: Resource, names: tuple[str, ...]
    ) -> dict[tuple[Any, ...], int]:
        if resource.key not in self.known:
            self.known[resource.key] = await crud.ids_by_fields(
                self.session, resource, self.tenant_id, names
            )
        return self.known[resource.key]


@dataclass(frozen=True)
class _Client:
    number: int
    name: str
    entity: str
    industry: str
    line: str
    dept: str
    office: _Office
    partner_id: int
    manager_id: int
    domain: str
    owner: tuple[str, str]  # the person behind an individual or a trust
    id: int = 0  # known once the client is seeded


@dataclass
class _Firm:
    """Draws the firm from `rng` and seeds it, object by object, in a fixed order."""

    seeder: _Seeder
    rng: random.Random
    # Staff ids by (staff type, department code).
    staff: defaultdict[tuple[str, str], list[int]] = field(
        default_factory=lambda: defaultdict(list)
    )
    bookkeepers: list[int] = field(default_factory=list)
    client_names: set[str] = field(default_factory=set)
    jobs: list[BookedJob] = field(default_factory=list)  # in the order they were seeded
    rates: dict[int, Decimal] = field(default_factory=dict)  # billing rates by staff id

    def ref(self, pms_ref: str) -> int:
        return self.seeder.ids[pms_ref]

    async def seed_offices_and_departments(self) -> None:
        for office in _OFFICES:
            values: dict[str, Any] = {
                "name": office.city,
                "code": office.code,
                "timezone": office.timezone,
                "phone": self.phone(office.area_code),
                "address": {"street": office.street} | _city_of(office),
            }
            await self.seeder.ensure(OFFICES, f"demo-office-{office.code}", values)
        for name, code, parent in _DEPARTMENTS:
            parent_id = self.ref(f"demo-dept-{parent}") if parent else None
            values = {"name": name, "code": code, "parentDepartmentId": parent_id}
            await self.seeder.ensure(DEPARTMENTS, f"demo-dept-{code}", values)

    async def seed_catalogs(self) -> None:
        for name, code, _kinds in _INDUSTRIES:
            values: dict[str, Any] = {"name": name, "code": code}
            await self.seeder.ensure(INDUSTRIES, f"demo-industry-{code}", values)
        for name, code in _SERVICE_LINES:
            values = {"name": name, "code": code}
            await self.seeder.ensure(SERVICE_LINES, f"demo-line-{code}", values)
        for name, code, _weight in _ENTITIES:
            values = {"name": name, "code": code}
            await self.seeder.ensure(CLIENT_BUSINESS_ENTITIES, f"demo-entity-{code}", values)
        for template in _TEMPLATES:
            values = {"name": template.name, "code": template.code, "tasks": template.tasks}
            values |= {"feeType": template.fee_type, "defaultBudget": template.budget}
            values["serviceLineId"] = self.ref(f"demo-line-{template.line}")
            await self.seeder.ensure(JOB_TEMPLATES, f"demo-template-{template.code}", values)

    async def seed_staff(self) -> None:
        """Everyone but a partner reports to someone, of their department when it has one."""
        for number, (first, last, kind, title, dept) in enumerate(_STAFF, 1):
            billing, cost, hired_since = _GRADES[kind]
            boss = _REPORTS_TO.get(kind)
            values = {
                "firstName": first,
                "lastName": last,
                "email": f"{first}.{last}@demo-cpa.example".lower(),
                "title": title,
                "staffType": kind,
                "officeId": self.ref(f"demo-office-{_OFFICES[number % len(_OFFICES)].code}"),
                "deptId": self.ref(f"demo-dept-{dept}"),
                "managerStaffId": self.lead(boss, dept) if boss else None,
                "billingRate": Decimal(billing + 5 * self.rng.randint(-2, 2)),
                "costRate": Decimal(cost + self.rng.randint(-3, 3)),
                "startDate": date(self.rng.randint(hired_since, hired_since + 4), 1, 15),
            }
            staff_id = await self.seeder.ensure(STAFF, f"demo-staff-{number:02d}", values)
            self.staff[(kind, dept)].append(staff_id)
            self.rates[staff_id] = Decimal(str(values["billingRate"]))

    def lead(self, kind: str, dept: str) -> int:
        """A partner or manager of the department, or of its parent when it has none."""
        return self.rng.choice(self.staff[(kind, dept)] or self.staff[(kind, _PARENT[dept])])

    async def seed_bookkeepers(self) -> None:
        for number, (first, last, domain, area_code) in enumerate(_BOOKKEEPERS, 1):
            values: dict[str, Any] = {
                "firstName": first,
                "lastName": last,
                "email": f"{first.lower()}@{domain}",
                "phone": self.phone(area_code),
                "title": "Outside bookkeeper",
                "type": "BILLING",
                "receivesInvoiceEmails": True,
                "receivesStatements": True,
            }
            ref = f"demo-bookkeeper-{number}"
            contact_id = await self.seeder.ensure(CONTACTS, ref, values)
            await self.seed_infos(ref, contact_id, values, _OFFICES[number - 1])
            self.bookkeepers.append(contact_id)

    async def seed_client(self, number: int) -> None:
        drawn = self.draw_client(number)
        values: dict[str, Any] = {
            "name": drawn.name,
            "clientRef": f"C{number:05d}",
            "partnerStaffId": drawn.partner_id,
            "managerStaffId": drawn.manager_id,
            "officeId": self.ref(f"demo-office-{drawn.office.code}"),
            "deptId": self.ref(f"demo-dept-{drawn.dept}"),
            "industryId": self.ref(f"demo-industry-{drawn.industry}"),
            "serviceLineId": self.ref(f"demo-line-{drawn.line}"),
            "clientBusinessEntityId": self.ref(f"demo-entity-{drawn.entity}"),
        }
        values |= self.client_details(drawn)
        client_id = await self.seeder.ensure(CLIENTS, f"demo-client-{number:04d}", values)
        client = replace(drawn, id=client_id)
        await self.seed_contacts(client)
        await self.seed_jobs(client)

    def draw_client(self, number: int) -> _Client:
        rng = self.rng
        entity = rng.choices(_ENTITY_CODES, _ENTITY_WEIGHTS)[0]
        industry = "NPO" if entity == "NONPROFIT" else rng.choice(_BUSINESS_TRADES)
        name, owner = self.client_name(entity, _TRADES[industry])
        line = rng.choice(_LINES_OF.get(entity, _BUSINESS_LINES))
        dept = _DEPARTMENT_OF[line]
        if dept == "TAX" and entity not in _PERSONAL and rng.random() < 0.25:
            dept = "SALT"  # a business with several states to file in
        trade = name.removesuffix(_NAME_SUFFIXES.get(entity, ""))
        slug = "".join(c for c in trade.lower() if c.isalnum())
        domain = "mail.example" if entity == "INDIVIDUAL" else f"{slug}.example"
        partner, manager = self.lead("PARTNER", dept), self.lead("MANAGER", dept)
        office = rng.choice(_OFFICES)
        return _Client(
            number, name, entity, industry, line, dept, office, partner, manager, domain, owner
        )

    def client_name(self, entity: str, kinds: list[str]) -> tuple[str, tuple[str, str]]:
        """A client name not taken yet, and the person behind it (for an individual or a trust)."""
        while True:
            first, last = self.rng.choice(_FIRST), self.rng.choice(_LAST)
            trade = f"{self.rng.choice(_WORDS)} {self.rng.choice(kinds)}"
            if entity == "INDIVIDUAL":
                name = f"{first} {last}"
            elif entity == "TRUST":
                name = f"{last} Family Trust"
            else:
                name = trade + _NAME_SUFFIXES.get(entity, "")
            if name not in self.client_names:
                self.client_names.add(name)
                return name, (first, last)

    def client_details(self, client: _Client) -> dict[str, Any]:
        """How to reach the client, and settings; some businesses carry custom fields."""
        rng, office, domain = self.rng, client.office, client.domain
        first, last = client.owner
        business = client.entity not in _PERSONAL
        values: dict[str, Any] = {
            "email": f"ap@{domain}" if business else f"{first}.{last}@{domain}".lower(),
            "phone": self.phone(office.area_code),
            "website": f"https://www.{domain}" if business else None,
            "address": self.address(office),
            "sendInvoicesElectronically": rng.random() < 0.7,
        }
        if business and rng.random() < 0.6:
            year_end = rng.choice(["12-31", "12-31", "12-31", "06-30", "09-30"])
            custom = {"region": office.region, "fiscalYearEnd": year_end}
            values["customFields"] = custom | {"seats": rng.randint(2, 120)}
        return values

    async def seed_contacts(self, client: _Client) -> None:
        """One to three contacts, the first the primary one; every fifteenth client's books are
        kept by an outside bookkeeper, who serves several clients."""
        shared = client.number % _BOOKKEEPER_EVERY == 0
        for seat in range(1, self.rng.randint(1, 2 if shared else 3) + 1):
            await self.seed_contact(client, seat)
        if shared:
            keeper = self.bookkeepers[client.number // _BOOKKEEPER_EVERY % len(self.bookkeepers)]
            link = {"isPrimary": False, "isBilling": True, "role": "Outside bookkeeper"}
            await self.link(f"demo-link-{client.number:04d}-bookkeeper", keeper, client, link)

    async def seed_contact(self, client: _Client, seat: int) -> None:
        rng = self.rng
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        if client.entity in _PERSONAL:
            first, last = client.owner if seat == 1 else (first, client.owner[1])
        titles = _TITLES.get(client.entity, _BUSINESS_TITLES)
        kind = "PRIMARY" if seat == 1 else rng.choice(["BILLING", "CLIENT_CONTACT", "OTHER"])
        mobile = self.phone(client.office.area_code) if rng.random() < 0.4 else None
        values: dict[str, Any] = {
            "firstName": first,
            "lastName": last,
            "email": f"{first}.{last}@{client.domain}".lower(),
            "phone": self.phone(client.office.area_code),
            "mobile": mobile,
            "title": titles[0] if seat == 1 else rng.choice(titles[1:]),
            "type": kind,
            "receivesInvoiceEmails": kind in ("PRIMARY", "BILLING"),
            "receivesStatements": kind == "BILLING",
        }
        ref = f"demo-contact-{client.number:04d}-{seat}"
        contact_id = await self.seeder.ensure(CONTACTS, ref, values)
        link = {"isPrimary": seat == 1, "isBilling": kind == "BILLING", "role": values["title"]}
        await self.link(f"demo-link-{client.number:04d}-{seat}", contact_id, client, link)
        await self.seed_infos(ref, contact_id, values, client.office)

    async def link(
        self, pms_ref: str, contact_id: int, client: _Client, values: dict[str, Any]
    ) -> None:
        values = values | {"contactId": contact_id, "clientId": client.id}
        await self.seeder.ensure(CONTACT_CLIENTS, pms_ref, values)

    async def seed_infos(
        self, ref: str, contact_id: int, contact: dict[str, Any], office: _Office
    ) -> None:
        """An email and a phone number; a mobile number and a mailing address for some."""
        infos: list[dict[str, Any]] = [
            {"kind": "EMAIL", "label": "work", "value": contact["email"], "isPrimary": True},
            {"kind": "PHONE", "label": "office", "value": contact["phone"], "isPrimary": True},
        ]
        if contact.get("mobile"):
            infos.append({"kind": "MOBILE", "label": "mobile", "value": contact["mobile"]})
        if self.rng.random() < 0.3:
            infos.append({"kind": "ADDRESS", "label": "mailing", "address": self.address(office)})
        for info in infos:
            pms_ref = f"{ref}-{info['kind'].lower()}"
            await self.seeder.ensure(CONTACT_INFOS, pms_ref, info | {"contactId": contact_id})

    async def seed_jobs(self, client: _Client) -> None:
        """This year's return, the client's engagement of its service line, and for some last
        year's return, finished; a few new clients have no work booked yet."""
        rng = self.rng
        if rng.random() < 0.06:
            return
        template = _TEMPLATE[_RETURN_OF[client.entity]]
        status = rng.choices(_STATUSES, _STATUS_WEIGHTS)[0]
        start = date(2026, rng.randint(1, 3), rng.randint(1, 28))
        work = [_Work(f"2025 {template.name}", template, status, start)]
        if client.line != "TAX":
            work.append(self.engagement(client))
        if rng.random() < 0.35:
            start = date(2025, rng.randint(1, 3), rng.randint(1, 28))
            work.append(_Work(f"2024 {template.name}", template, rng.choice(_FINISHED), start))
        for index, job in enumerate(work, 1):
            values = self.job(client, job) | {"jobRef": f"J{client.number:05d}-{index}"}
            pms_ref = f"demo-job-{client.number:04d}-{index}"
            job_id = await self.seeder.ensure(JOBS, pms_ref, values)
            self.book(pms_ref, job_id, client, values)

    def book(self, pms_ref: str, job_id: int, client: _Client, values: dict[str, Any]) -> None:
        """Remember a job for the year of work: its partner, manager and department team."""
        people = [client.partner_id, client.manager_id]
        people += self.staff[("SENIOR", client.dept)] + self.staff[("STAFF", client.dept)]
        team = [(staff_id, self.rates[staff_id]) for staff_id in people]
        start, end = values["startDate"], values["endDate"]
        self.jobs.append(BookedJob(pms_ref, job_id, client.id, values["status"], start, end, team))

    def engagement(self, client: _Client) -> _Work:
        """The year's audit, books or payroll, or an advisory project."""
        status = self.rng.choices(_STATUSES, _STATUS_WEIGHTS)[0]
        start = date(2026, self.rng.randint(1, 6), 1)
        if client.line == "ADV":
            return _Work(f"2026 {self.rng.choice(_ADVISORY_PROJECTS)}", None, status, start)
        template = _TEMPLATE[_ENGAGEMENT_OF[client.line]]
        return _Work(f"2026 {template.name}", template, status, start)

    def job(self, client: _Client, work: _Work) -> dict[str, Any]:
        rng, template, status = self.rng, work.template, work.status
        due = work.start + timedelta(days=rng.choice([45, 60, 90, 120]))
        base = template.budget if template else Decimal(rng.choice([4500, 7500, 12000]))
        budget = (base * rng.choice(_BUDGET_FACTORS)).quantize(Decimal("0.01"))
        fee_type = template.fee_type if template else "HOURLY"
        line = template.line if template else client.line
        return {
            "name": work.name,
            "clientId": client.id,
            "jobTemplateId": self.ref(f"demo-template-{template.code}") if template else None,
            "serviceLineId": self.ref(f"demo-line-{line}"),
            "partnerStaffId": client.partner_id,
            "managerStaffId": client.manager_id,
            "status": status,
            "startDate": work.start,
            "dueDate": due,
            "endDate": due - timedelta(days=rng.randint(0, 14)) if status in _FINISHED else None,
            "feeType": fee_type,
            "budget": budget,
            "fixedFee": budget if fee_type == "FIXED" else None,
        }

    def phone(self, area_code: str) -> str:
        # 555-0100 to 555-0199 are the numbers reserved for fiction.
        return f"+1 {area_code} 555 {self.rng.randint(100, 199):04d}"

    def address(self, office: _Office) -> dict[str, Any]:
        street = f"{self.rng.randint(100, 9899)} {self.rng.choice(_STREETS)}"
        return {"street": street} | _city_of(office)


def _city_of(office: _Office) -> dict[str, Any]:
    return {"city": office.city, "state": office.state, "zipCode": office.zip_code, "country": "US"}
