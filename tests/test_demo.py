"""The demo firm of `openwyn serve --demo`: every directory entity, idempotent, deterministic.

Seeding the whole firm takes seconds, so one tenant is seeded for the module and the tests read
it through the API. Three full seedings in all: that tenant, a second fresh tenant to compare
it with, and the demo tenant that `ensure_demo` completes.
"""

from __future__ import annotations

import functools
import json
import re
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from pydantic.alias_generators import to_camel
from sqlalchemy import text

from openwyn import demo
from openwyn.app import create_app
from openwyn.auth import repository as auth_repository
from openwyn.auth import service
from openwyn.billing import demo as billing_demo
from openwyn.billing import verify
from openwyn.config import Settings
from openwyn.context import AppContext
from openwyn.directory import DIRECTORY
from openwyn.engagements import demo as engagement_demo
from openwyn.kit.resource import Resource
from openwyn.lastmile import demo as last_mile_demo
from openwyn.payments import demo as payment_demo
from openwyn.work import WIPS
from tests.fixtures.api import Api, TenantHandle, make_tenant

pytestmark = pytest.mark.anyio

# Every object of every directory entity, by read plural; references as the pmsRef they point at.
Snapshot = dict[str, list[dict[str, Any]]]
Post = Callable[..., Awaitable[httpx.Response]]
_VOLATILE = {"id", "createdAt", "updatedAt"}
_STAFF_TYPES = {"PARTNER", "MANAGER", "SENIOR", "STAFF", "ADMIN"}
_ENTITY_CODES = {"INDIVIDUAL", "LLC", "S_CORP", "C_CORP", "PARTNERSHIP", "TRUST", "NONPROFIT"}


@dataclass(frozen=True)
class Seeded:
    tenant: TenantHandle
    created: int
    snapshot: Snapshot


@pytest.fixture(scope="module")
async def module_app(
    database_url: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[FastAPI]:
    """An app for the whole module (the `app` fixture lives for one test only)."""
    settings = Settings(
        database_url=database_url,
        jwt_secret="demo-test-secret-" + "x" * 40,
        rate_limit_per_key=100_000,
        access_log=False,
        files_dir=tmp_path_factory.mktemp("demo-files"),
    )
    application = create_app(settings)
    yield application
    await application.state.ctx.aclose()


@pytest.fixture(scope="module")
async def module_api(module_app: FastAPI) -> AsyncIterator[Api]:
    async with Api.for_app(module_app) as client:
        yield client


@pytest.fixture(scope="module")
async def seeded(module_app: FastAPI, module_api: Api) -> Seeded:
    tenant = await make_tenant(module_app, module_api)
    started = time.perf_counter()
    created = await _seed(tenant.ctx, tenant.id)
    print(f"\nseeded {created} objects in {time.perf_counter() - started:.1f} s")
    return Seeded(tenant, created, await _snapshot(tenant.post))


async def _seed(ctx: AppContext, tenant_id: int, clients: int = demo.CLIENT_COUNT) -> int:
    async with ctx.db.session() as session:
        return await demo.seed_firm(session, tenant_id, clients)


# Every directory entity and the year of work.
_SEEDED = [*DIRECTORY, WIPS]


async def _snapshot(post: Post) -> Snapshot:
    """Every object of the tenant, ids and timestamps aside, references as pmsRefs."""
    raw = {resource.key: await _all_rows(post, resource.read_plural) for resource in _SEEDED}
    refs = {key: {row["id"]: row["pmsRef"] for row in rows} for key, rows in raw.items()}

    def comparable(resource: Resource, row: dict[str, Any]) -> dict[str, Any]:
        out = {name: value for name, value in row.items() if name not in _VOLATILE}
        for attr in resource.attrs:
            if attr.references and out.get(attr.name) is not None:
                out[attr.name] = refs[attr.references][out[attr.name]]
        return out

    return {
        resource.read_plural: [comparable(resource, row) for row in raw[resource.key]]
        for resource in _SEEDED
    }


async def _all_rows(post: Post, plural: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    body: dict[str, Any] = {"pageSize": 1000, "orderBy": [{"pmsRef": "asc"}]}
    while True:
        response = await post(f"/gql/v1/{plural}/search", json=body)
        assert response.status_code == 200, response.text
        rows += response.json()[to_camel(plural)]
        if not response.json()["pageInfo"]["hasNextPage"]:
            return rows
        body["cursor"] = response.json()["pageInfo"]["endCursor"]


async def _total(post: Post, plural: str, filters: dict[str, Any] | None = None) -> int:
    """The count the read family's list route answers, for equality `filters`."""
    response = await post(f"/gql/v1/{plural}", json={"pageSize": 1, **(filters or {})})
    assert response.status_code == 200, response.text
    count: int = response.json()["total"]["aggregate"]["count"]
    return count


async def _matching(post: Post, plural: str, where: dict[str, Any]) -> list[dict[str, Any]]:
    response = await post(f"/gql/v1/{plural}/search", json={"where": where, "pageSize": 1000})
    assert response.status_code == 200, response.text
    rows: list[dict[str, Any]] = response.json()[to_camel(plural)]
    return rows


def _by_ref(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {row["pmsRef"]: row for row in rows}


class TestTheSeededFirm:
    async def test_every_directory_entity_holds_rows(self, seeded: Seeded) -> None:
        totals = {r.read_plural: await _total(seeded.tenant.post, r.read_plural) for r in DIRECTORY}
        totals["wips"] = await _total(seeded.tenant.post, "wip")  # [doc] the singular path
        print(totals)
        assert totals["clients"] == demo.CLIENT_COUNT == 200
        assert 2 <= totals["offices"] <= 3
        assert 3 <= totals["departments"] <= 4
        assert 12 <= totals["staff"] <= 15
        assert 6 <= totals["industries"] <= 10
        assert 4 <= totals["service_lines"] <= 6
        assert totals["client_business_entities"] == 7
        assert 5 <= totals["job_templates"] <= 8
        assert min(totals.values()) > 0
        assert totals == {plural: len(rows) for plural, rows in seeded.snapshot.items()}
        assert seeded.created == sum(totals.values())
        every_row = [row for rows in seeded.snapshot.values() for row in rows]
        assert all(row["pmsRef"].startswith("demo-") for row in every_row)

    async def test_offices_departments_staff_and_catalogs(self, seeded: Seeded) -> None:
        snapshot = seeded.snapshot
        assert all(o["timezone"] and o["address"]["city"] for o in snapshot["offices"])
        assert [d["parentDepartmentId"] for d in snapshot["departments"]].count(None) == 3
        staff = snapshot["staff"]
        assert {s["staffType"] for s in staff} == _STAFF_TYPES
        for person in staff:
            partner = person["staffType"] == "PARTNER"
            assert (person["managerStaffId"] is None) == partner, person
            assert float(person["billingRate"]) > float(person["costRate"]) > 0, person
        codes = {e["code"] for e in snapshot["client_business_entities"]}
        assert codes == _ENTITY_CODES
        lines = {line["name"] for line in snapshot["service_lines"]}
        assert {"Tax", "Bookkeeping", "Payroll"} <= lines
        assert all(t["tasks"] and t["serviceLineId"] for t in snapshot["job_templates"])

    async def test_clients_are_fully_described(self, seeded: Seeded) -> None:
        staff = _by_ref(seeded.snapshot["staff"])
        clients = seeded.snapshot["clients"]
        references = ["officeId", "deptId", "industryId", "serviceLineId"]
        for client in clients:
            assert all(client[name] for name in [*references, "clientBusinessEntityId"]), client
            assert staff[client["partnerStaffId"]]["staffType"] == "PARTNER"
            assert staff[client["managerStaffId"]]["staffType"] == "MANAGER"
            assert client["address"]["street"] and client["address"]["city"]
        custom = [c["customFields"] for c in clients if c["customFields"]]
        assert 0 < len(custom) < len(clients)
        assert all(set(fields) == {"region", "fiscalYearEnd", "seats"} for fields in custom)
        assert len({c["name"] for c in clients}) == len(clients)

    async def test_the_readme_search_finds_clients(self, seeded: Seeded) -> None:
        readme = (Path(__file__).parent.parent / "README.md").read_text()
        body = re.search(r"clients/search .*?-d '([^']*)'", readme, re.DOTALL)
        assert body is not None, "the README shows a client search"
        response = await seeded.tenant.post("/gql/v1/clients/search", json=json.loads(body[1]))
        assert response.status_code == 200, response.text
        assert response.json()["total"]["aggregate"]["count"] > 0

    async def test_every_client_has_one_primary_contact(self, seeded: Seeded) -> None:
        post = seeded.tenant.post
        assert await _total(post, "contact_clients", {"isPrimary": True}) == 200
        with_primary = {"contactClients": {"isPrimary": {"_eq": True}}}
        assert len(await _matching(post, "clients", with_primary)) == 200
        contacts_per_client = Counter(
            link["clientId"] for link in seeded.snapshot["contact_clients"]
        )
        assert len(contacts_per_client) == 200
        assert set(contacts_per_client.values()) == {1, 2, 3}

    async def test_bookkeepers_serve_several_clients(self, seeded: Seeded) -> None:
        clients_of: dict[str, list[str]] = {}
        for link in seeded.snapshot["contact_clients"]:
            clients_of.setdefault(link["contactId"], []).append(link["clientId"])
        shared = {contact: refs for contact, refs in clients_of.items() if len(refs) >= 2}
        assert len(shared) >= 2
        # Through the `clients` relation: the contact linked to both of two clients.
        contact, (first, second, *_) = next(iter(shared.items()))
        both = {"_and": [{"clients": {"pmsRef": {"_eq": ref}}} for ref in (first, second)]}
        found = await _matching(seeded.tenant.post, "contacts", both)
        assert [row["pmsRef"] for row in found] == [contact]

    async def test_contacts_can_be_reached(self, seeded: Seeded) -> None:
        infos = seeded.snapshot["contact_infos"]
        kinds_of: dict[str, set[str]] = {}
        for info in infos:
            kinds_of.setdefault(info["contactId"], set()).add(info["kind"])
            assert (info["kind"] == "ADDRESS") == (info["value"] is None), info
        assert len(kinds_of) == len(seeded.snapshot["contacts"])
        assert all({"EMAIL", "PHONE"} <= kinds for kinds in kinds_of.values())
        assert 0 < sum("ADDRESS" in kinds for kinds in kinds_of.values()) < len(kinds_of)

    async def test_most_clients_have_jobs(self, seeded: Seeded) -> None:
        clients = _by_ref(seeded.snapshot["clients"])
        jobs = seeded.snapshot["jobs"]
        jobs_per_client = Counter(job["clientId"] for job in jobs)
        assert len(jobs_per_client) >= 0.8 * len(clients)
        assert set(jobs_per_client.values()) == {1, 2, 3}
        assert len({job["status"] for job in jobs}) >= 5
        for job in jobs:
            assert job["partnerStaffId"] == clients[job["clientId"]]["partnerStaffId"]
            assert job["startDate"] < job["dueDate"]
            assert (job["endDate"] is not None) == (job["status"] in ("COMPLETED", "CLOSED"))
            assert (job["fixedFee"] is not None) == (job["feeType"] == "FIXED")
            assert float(job["budget"]) > 0


class TestTheYearOfWork:
    async def test_time_and_expenses_cover_a_year_of_the_firms_jobs(self, seeded: Seeded) -> None:
        wips = seeded.snapshot["wips"]
        assert len(wips) >= 2000
        assert Counter(w["type"] for w in wips).keys() == {"TIME", "EXPENSE"}
        days = sorted(w["loggedDate"] for w in wips)
        assert (date.fromisoformat(days[-1]) - date.fromisoformat(days[0])).days >= 365
        assert len({w["jobId"] for w in wips}) >= 0.5 * len(seeded.snapshot["jobs"])
        assert len({w["staffId"] for w in wips}) >= 10
        assert any(w["approved"] for w in wips) and not all(w["approved"] for w in wips)

    async def test_no_one_logs_more_than_24_hours_a_day(self, seeded: Seeded) -> None:
        hours: Counter[tuple[str, str]] = Counter()
        for wip in seeded.snapshot["wips"]:
            if wip["hours"] is not None:
                hours[(wip["staffId"], wip["loggedDate"])] += Decimal(str(wip["hours"]))
        assert max(hours.values()) <= 24

    async def test_values_are_hours_times_the_staff_rate(self, seeded: Seeded) -> None:
        rates = _by_ref(seeded.snapshot["staff"])
        for wip in seeded.snapshot["wips"]:
            if wip["type"] == "TIME":
                rate = Decimal(str(rates[wip["staffId"]]["billingRate"]))
                assert Decimal(str(wip["rate"])) == rate
                assert Decimal(str(wip["value"])) == Decimal(str(wip["hours"])) * rate

    async def test_projects_roll_up_the_jobs_work(self, seeded: Seeded) -> None:
        post = seeded.tenant.post
        busiest = Counter(w["jobId"] for w in seeded.snapshot["wips"]).most_common(3)
        for job_ref, _ in busiest:
            job = _by_ref(seeded.snapshot["jobs"])[job_ref]
            project = (await _matching(post, "projects", {"pmsRef": {"_eq": job_ref}}))[0]
            sums = (await post("/gql/v1/wip", json={"jobId": project["id"]})).json()
            total = sums["total"]["aggregate"]["sum"]
            assert Decimal(str(project["wipValue"])) == Decimal(str(total["value"]))
            assert Decimal(str(project["hoursLogged"])) == Decimal(str(total["hours"]))
            assert project["budget"] == job["budget"]


class TestSeedingAgain:
    async def test_creates_and_changes_nothing(self, seeded: Seeded) -> None:
        assert await _seed(seeded.tenant.ctx, seeded.tenant.id) == 0
        assert await _snapshot(seeded.tenant.post) == seeded.snapshot
        versions = {row["version"] for rows in seeded.snapshot.values() for row in rows}
        assert versions == {1}

    async def test_a_fresh_tenant_gets_the_same_firm(
        self, seeded: Seeded, module_app: FastAPI, module_api: Api
    ) -> None:
        other = await make_tenant(module_app, module_api)
        await _seed(other.ctx, other.id)
        snapshot = await _snapshot(other.post)

        def clients(of: Snapshot) -> list[tuple[str, str, str]]:
            partners = _by_ref(of["staff"])
            return [
                (c["pmsRef"], c["name"], partners[c["partnerStaffId"]]["email"])
                for c in of["clients"]
            ]

        assert clients(snapshot) == clients(seeded.snapshot)
        jobs = [
            [(j["name"], j["status"]) for j in of["jobs"]] for of in (snapshot, seeded.snapshot)
        ]
        assert jobs[0] == jobs[1]
        assert snapshot == seeded.snapshot

    async def test_a_partly_seeded_tenant_is_completed(
        self, module_app: FastAPI, module_api: Api
    ) -> None:
        partly, fresh = (
            await make_tenant(module_app, module_api),
            await make_tenant(module_app, module_api),
        )
        assert await _seed(partly.ctx, partly.id, clients=8) > 0
        assert await _seed(partly.ctx, partly.id, clients=16) > 0
        assert await _seed(partly.ctx, partly.id, clients=16) == 0
        await _seed(fresh.ctx, fresh.id, clients=16)
        assert await _snapshot(partly.post) == await _snapshot(fresh.post)

    async def test_a_tenant_at_odds_with_the_firm_is_left_as_it_is(
        self, seeded: Seeded, module_app: FastAPI, module_api: Api
    ) -> None:
        """Like a demo seeded by an older version: its staff emails, without pmsRefs."""
        tenant = await make_tenant(module_app, module_api)
        first_partner = _by_ref(seeded.snapshot["staff"])["demo-staff-01"]
        await tenant.create(
            "staff", {"firstName": "A", "lastName": "B"} | {"email": first_partner["email"]}
        )
        async with tenant.ctx.db.session() as session:
            assert await demo.complete_firm(session, tenant.id) is None
        assert await _total(tenant.post, "staff") == 1
        assert await _total(tenant.post, "offices") == 0


class TestEnsureDemo:
    async def test_completes_the_demo_tenant_and_keeps_one_live_key(
        self, module_app: FastAPI, module_api: Api
    ) -> None:
        ctx: AppContext = module_app.state.ctx
        async with ctx.db.session() as session:
            tenant = await service.create_tenant(session, demo.DEMO_SLUG, "Demo CPA Firm")
            await demo.seed_firm(session, tenant.id, clients=5)
        totals = []
        for _ in range(2):
            post = await self._post_for(ctx, module_api)
            totals.append({r.read_plural: await _total(post, r.read_plural) for r in DIRECTORY})
            assert await _total(post, "contact_clients", {"isPrimary": True}) == 200
        assert totals[0]["clients"] == 200
        assert totals[1] == totals[0]
        async with ctx.db.session() as session:
            live = [
                key
                for key in await auth_repository.list_keys(session, tenant.id)
                if key.name == demo.DEMO_KEY_NAME and key.revoked_at is None
            ]
        assert len(live) == 1  # each new demo key revoked the one before

    async def test_the_key_of_the_last_run_is_returned_again_while_it_is_live(
        self, module_app: FastAPI
    ) -> None:
        ctx: AppContext = module_app.state.ctx
        async with ctx.db.session() as session:
            first = await demo.ensure_demo(session)
        async with ctx.db.session() as session:
            assert await demo.ensure_demo(session, previous_key=first) == first
        async with ctx.db.session() as session:
            tenant = await auth_repository.unscoped_tenant_by_slug(session, demo.DEMO_SLUG)
            assert tenant is not None
            key = await service.live_key(session, tenant.id, first)
            assert key is not None
            await service.revoke_key(session, tenant.id, key.id)
        async with ctx.db.session() as session:
            second = await demo.ensure_demo(session, previous_key=first)
        assert second != first

    async def test_seeding_reports_its_progress_client_by_client(
        self, module_app: FastAPI, module_api: Api
    ) -> None:
        ctx: AppContext = module_app.state.ctx
        tenant = await make_tenant(module_app, module_api)
        seen: list[int] = []
        async with ctx.db.session() as session:
            await demo.seed_firm(session, tenant.id, clients=3, on_client=seen.append)
        assert seen == [1, 2, 3]

    async def test_the_planners_statistics_are_fresh_after_seeding(
        self, module_app: FastAPI, module_api: Api
    ) -> None:
        """Without ANALYZE, PostgreSQL plans relation filters over a freshly seeded table as if
        it were empty (a search of 15 s on the demo). Runs after the test above, which creates
        the demo tenant itself; a client added first makes any earlier statistics stale."""
        ctx: AppContext = module_app.state.ctx
        other = await make_tenant(module_app, module_api)
        await other.create("clients", {"name": "Not in the statistics yet"})
        before = await _analyzed_clients(ctx)
        await self._post_for(ctx, module_api)
        after = await _analyzed_clients(ctx)
        assert after is not None and after != before

    @staticmethod
    async def _post_for(ctx: AppContext, api: Api) -> Post:
        """Run `ensure_demo` and return a caller authorized by the key it printed."""
        async with ctx.db.session() as session:
            key = await demo.ensure_demo(session)
        response = await api.post("/v1/auth/token", json={"jwtApiKey": key})
        assert response.status_code == 200, response.text
        headers = {"Authorization": f"Bearer {response.json()['token']}"}
        return functools.partial(api.post, headers=headers)


async def _analyzed_clients(ctx: AppContext) -> object:
    """What the last ANALYZE recorded of `clients`: when it ran on PostgreSQL, and on SQLite
    the row count it found (which the seeding changes), with the actual count."""
    async with ctx.db.session() as session:
        if ctx.settings.is_sqlite:
            exists = "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"
            if not (await session.execute(text(exists))).scalar_one():
                return None
            stat = "SELECT max(stat) FROM sqlite_stat1 WHERE tbl = 'clients'"
            recorded = (await session.execute(text(stat))).scalar_one()
            actual = (await session.execute(text("SELECT count(*) FROM clients"))).scalar_one()
            if recorded is None or int(recorded.split()[0]) != actual:
                return None
            return recorded
        last = "SELECT last_analyze FROM pg_stat_user_tables WHERE relname = 'clients'"
        return (await session.execute(text(last))).scalar_one_or_none()


class TestTheDemoBills:
    """The demo's drafts and year of invoices (`billing/demo.py`), seeded into a fresh firm."""

    async def test_a_year_of_invoices_and_drafts_at_every_stage(
        self, module_app: FastAPI, module_api: Api
    ) -> None:
        tenant = await make_tenant(module_app, module_api)
        await _seed(tenant.ctx, tenant.id)
        started = time.perf_counter()
        async with tenant.ctx.db.session() as session:
            made = await billing_demo.seed_billing(session, tenant.id)
        print(f"\nseeded {made} bills in {time.perf_counter() - started:.1f} s")
        invoiced = billing_demo.MONTHS * billing_demo.PER_MONTH
        assert made == invoiced + len(billing_demo.STAGES)

        drafts = await _all_rows(tenant.post, "draft_invoices")
        assert Counter(d["status"] for d in drafts) == {
            "FINALIZED": invoiced,
            "IN_PROGRESS": 2,
            "UNDER_REVIEW": 1,
            "PENDING_APPROVAL": 1,
            "APPROVED": 1,
            "ABANDONED": 1,
        }
        assert all(d["pmsRef"].startswith("demo-draft-") for d in drafts)
        invoices = await _all_rows(tenant.post, "invoices")
        assert len(invoices) == invoiced
        stored = Counter(i["status"] for i in invoices)
        # Of the 16 paid: one waits on its ACH debit (PENDING), one card payment was refunded
        # (its invoice reopened, OVERDUE); one was settled by a credit memo.
        assert stored == {"PAID": 14, "PENDING": 1, "OVERDUE": 13, "CANCELLED": 4}
        part_paid = [
            i for i in invoices if i["status"] == "OVERDUE" and Decimal(str(i["paidAmount"])) > 0
        ]
        assert len(part_paid) == 4
        overdue = await _matching(tenant.post, "invoices", {"status": {"_eq": "OVERDUE"}})
        assert len(overdue) == 13
        payments = await _all_rows(tenant.post, "payments")
        assert Counter((p["paymentMethod"], p["status"]) for p in payments) == {
            ("CREDIT_CARD", "CONFIRMED"): 1,
            ("CREDIT_CARD", "REFUNDED"): 1,
            ("ACH", "PENDING"): 1,
            ("CHECK", "CONFIRMED"): 12 + 4,  # the later paid invoices and the part payments
        }
        card = next(p for p in payments if p["status"] == "CONFIRMED" and p["cardLastFour"])
        assert (card["processor"], card["cardLastFour"]) == ("sandbox", "4242")
        checks = [p for p in payments if p["paymentMethod"] == "CHECK"]
        assert all(p["reference"].startswith("Check ") for p in checks)
        memos = await _matching(tenant.post, "ar_transactions", {"kind": {"_eq": "CREDIT_MEMO"}})
        assert len(memos) == 1
        refunds = await _matching(tenant.post, "ar_transactions", {"kind": {"_eq": "REFUND"}})
        assert len(refunds) == 1
        issued = sorted(i["issueDate"] for i in invoices)
        assert (issued[0], issued[-1]) == ("2026-02-01", "2026-09-01")

        async with tenant.ctx.db.session() as session:
            assert await verify.differences(session, tenant.id) == []
        async with tenant.ctx.db.session() as session:
            assert await billing_demo.seed_billing(session, tenant.id) == 0
        assert await _all_rows(tenant.post, "draft_invoices") == drafts
        assert await _all_rows(tenant.post, "invoices") == invoices
        assert await _all_rows(tenant.post, "payments") == payments


class TestTheDemoEngagements:
    """The demo's letter template and an engagement at every status (`engagements/demo.py`)."""

    async def test_an_engagement_at_every_status_and_nothing_twice(
        self, module_app: FastAPI, module_api: Api
    ) -> None:
        tenant = await make_tenant(module_app, module_api)
        await _seed(tenant.ctx, tenant.id)
        async with tenant.ctx.db.session() as session:
            made = await engagement_demo.seed_engagements(session, tenant.id, date(2026, 1, 1))
            await session.commit()
        assert made == len(engagement_demo.STATUSES)
        response = await tenant.post("/gql/v1/engagements", json={"pageSize": 100})
        rows = response.json()["engagements"]
        assert sorted(row["status"] for row in rows) == sorted(engagement_demo.STATUSES)
        signed = [row for row in rows if row["status"] == "SIGNED"]
        detail = (await tenant.get(f"/gql/v1/engagement/{signed[0]['id']}")).json()
        assert detail["prepaymentAmount"] > detail["prepaidAmount"]  # waits on its prepayment
        letters = await tenant.get(
            "/api/v1/outbound-messages",
            params={"relatedType": "engagement", "relatedId": signed[0]["id"]},
        )
        link = re.search(r"/portal/sign/[A-Za-z0-9_-]+", letters.json()["data"][0]["text"])
        assert link is not None
        page = await tenant.api.get(link.group(0))  # its signer's link offers to pay it
        assert page.status_code == 200 and "Prepayment due: USD 500.00" in page.text
        executed = [row for row in rows if row["status"] == "EXECUTED"]
        detail = (await tenant.get(f"/gql/v1/engagement/{executed[0]['id']}")).json()
        assert detail["certificateFileId"] and detail["signers"][0]["status"] == "SIGNED"
        async with tenant.ctx.db.session() as session:
            again = await engagement_demo.seed_engagements(session, tenant.id, date(2026, 1, 1))
        assert again == 0


class TestTheDemoLastMile:
    """A client request in progress and a deliverable waiting on payment (`lastmile/demo.py`)."""

    async def test_a_request_in_progress_and_a_deliverable_waiting_on_payment(
        self, module_app: FastAPI, module_api: Api
    ) -> None:
        tenant = await make_tenant(module_app, module_api)
        await _seed(tenant.ctx, tenant.id)
        async with tenant.ctx.db.session() as session:
            await billing_demo.seed_billing(session, tenant.id)
            made = await last_mile_demo.seed_last_mile(session, tenant.id)
            await session.commit()
        assert made == 2
        (request,) = (await tenant.post("/gql/v1/client_requests", json={})).json()[
            "clientRequests"
        ]
        detail = (await tenant.get(f"/api/v1/client-requests/{request['id']}")).json()["data"]
        assert detail["status"] == "IN_PROGRESS"
        assert [i["status"] for i in detail["items"]] == ["NEEDS_REVIEW", "REQUESTED"]
        (deliverable,) = (await tenant.post("/gql/v1/deliverables", json={})).json()["deliverables"]
        shown = (await tenant.get(f"/api/v1/deliverables/{deliverable['id']}")).json()["data"]
        assert shown["released"] is False and shown["waitingOnInvoiceIds"]
        async with tenant.ctx.db.session() as session:
            assert await last_mile_demo.seed_last_mile(session, tenant.id) == 0


class TestTheDemoPlan:
    async def test_one_active_plan_made_once(self, module_app: FastAPI, module_api: Api) -> None:
        tenant = await make_tenant(module_app, module_api)
        await _seed(tenant.ctx, tenant.id, clients=3)
        async with tenant.ctx.db.session() as session:
            assert await payment_demo.seed_payment_plan(session, tenant.id, date(2026, 12, 6)) == 1
            await session.commit()
        (plan,) = (await tenant.get("/api/v1/payment-plans")).json()["data"]
        assert plan["status"] == "ACTIVE" and plan["startDate"] == "2027-01-01"
        async with tenant.ctx.db.session() as session:
            assert await payment_demo.seed_payment_plan(session, tenant.id, date(2026, 12, 6)) == 0
