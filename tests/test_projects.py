"""Projects (money-work.md §2): jobs with their roll-ups, exact under concurrent writes,
filterable and sortable like columns, with an event whenever the roll-ups change."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

import orjson
import pytest
from sqlalchemy import select

from openwyn.billing import invoice_service, ledger
from openwyn.billing import repository as billing_repo
from openwyn.billing.invoices import INVOICES as INVOICE_RESOURCE
from tests.fixtures.api import TenantHandle
from tests.fixtures.billing import differences, draft, money, posted
from tests.fixtures.work import Firm, events_of, make_firm

pytestmark = pytest.mark.anyio
INVOICES = INVOICE_RESOURCE.table
D100 = Decimal("100.00")
ZERO = Decimal("0.00")


async def _time(tenant: TenantHandle, firm: Firm, hours: str, day: str = "2026-05-04") -> Any:
    body = {"staffId": firm.staff["id"], "jobId": firm.job["id"], "loggedDate": day}
    response = await tenant.post("/api/v1/time-entries", json=body | {"hours": hours})
    assert response.status_code == 201, response.text
    return response.json()["data"]


async def _project(tenant: TenantHandle, job_id: int) -> dict[str, Any]:
    response = await tenant.get(f"/gql/v1/project/{job_id}")
    assert response.status_code == 200, response.text
    project: dict[str, Any] = response.json()
    return project


def _d(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


class TestRollups:
    async def test_a_job_without_work_has_zero_roll_ups_and_null_percentages(
        self, tenant: TenantHandle
    ) -> None:
        firm = await make_firm(tenant)
        project = await _project(tenant, firm.job["id"])
        assert project["name"] == firm.job["name"]
        assert _d(project["wipValue"]) == 0 and _d(project["hoursLogged"]) == 0
        assert _d(project["budgetUsedPercent"]) == 0
        assert project["realizationPercent"] is None and project["lastActivityAt"] is None

    async def test_roll_ups_follow_every_write(self, tenant: TenantHandle) -> None:
        firm = await make_firm(tenant, budget="1000.00")
        first = await _time(tenant, firm, "2")  # 400.00
        await _time(tenant, firm, "1.5")  # 300.00
        await tenant.post(
            f"/api/v1/wips/{first['id']}/write-off", json={"amount": "100", "reason": "r"}
        )
        project = await _project(tenant, firm.job["id"])
        assert _d(project["hoursLogged"]) == Decimal("3.5")
        assert _d(project["wipValue"]) == Decimal("700.00")
        assert _d(project["wipOutstanding"]) == Decimal("600.00")
        assert _d(project["writeOffAmount"]) == Decimal("100.00")
        assert _d(project["billedAmount"]) == 0
        assert _d(project["budgetUsedPercent"]) == Decimal("70.00")
        assert _d(project["realizationPercent"]) == 0  # nothing billed, 100.00 written off
        assert project["lastActivityAt"] is not None
        await tenant.delete(f"/api/v1/wips/{first['id']}")
        after = await _project(tenant, firm.job["id"])
        assert _d(after["wipValue"]) == Decimal("300.00")
        assert _d(after["budgetUsedPercent"]) == Decimal("30.00")

    async def test_a_job_without_budget_has_no_budget_used(self, tenant: TenantHandle) -> None:
        firm = await make_firm(tenant, budget=None)
        await _time(tenant, firm, "1")
        assert (await _project(tenant, firm.job["id"]))["budgetUsedPercent"] is None

    async def test_a_wip_moved_to_another_job_moves_its_value(self, tenant: TenantHandle) -> None:
        firm = await make_firm(tenant)
        other = await tenant.create("jobs", {"name": "Other", "clientId": firm.client["id"]})
        entry = await _time(tenant, firm, "1")
        moved = await tenant.patch(f"/api/v1/wips/{entry['id']}", json={"jobId": other["id"]})
        assert moved.status_code == 200, moved.text
        assert _d((await _project(tenant, firm.job["id"]))["wipValue"]) == 0
        assert _d((await _project(tenant, other["id"]))["wipValue"]) == Decimal("200.00")


class TestListing:
    async def test_roll_ups_filter_and_sort_like_columns(self, tenant: TenantHandle) -> None:
        burnt, fresh = await make_firm(tenant, "500.00"), await make_firm(tenant, "500.00")
        await _time(tenant, burnt, "2.5")  # 500.00: 100 %
        await _time(tenant, fresh, "1")  # 200.00: 40 %
        where = {"budgetUsedPercent": {"_gt": 90}}
        response = await tenant.post("/gql/v1/projects/search", json={"where": where})
        assert response.status_code == 200, response.text
        assert [p["id"] for p in response.json()["projects"]] == [burnt.job["id"]]
        ordered = await tenant.post(
            "/gql/v1/projects/search",
            json={"where": {"wipValue": {"_gt": 0}}, "orderBy": [{"wipValue": "asc"}]},
        )
        assert [p["id"] for p in ordered.json()["projects"]] == [fresh.job["id"], burnt.job["id"]]

    async def test_default_order_puts_the_latest_activity_first(self, tenant: TenantHandle) -> None:
        older, newer = await make_firm(tenant), await make_firm(tenant)
        await _time(tenant, older, "1")  # the older job now has the latest activity
        response = await tenant.post("/gql/v1/projects", json={})
        ids = [p["id"] for p in response.json()["projects"]]
        assert ids.index(older.job["id"]) < ids.index(newer.job["id"])

    async def test_simple_filters_and_relations(self, tenant: TenantHandle) -> None:
        firm = await make_firm(tenant)
        await make_firm(tenant)
        response = await tenant.post("/gql/v1/projects", json={"clientId": firm.client["id"]})
        assert [p["id"] for p in response.json()["projects"]] == [firm.job["id"]]
        await _time(tenant, firm, "1")
        where = {"wips": {"hours": {"_gte": 1}}, "client": {"name": {"_eq": firm.client["name"]}}}
        found = await tenant.post("/gql/v1/projects/search", json={"where": where})
        assert [p["id"] for p in found.json()["projects"]] == [firm.job["id"]]

    async def test_projects_are_read_only_and_tenant_scoped(
        self, tenant: TenantHandle, other_tenant: TenantHandle
    ) -> None:
        firm = await make_firm(tenant)
        assert (await other_tenant.get(f"/gql/v1/project/{firm.job['id']}")).status_code == 404
        assert (await tenant.post("/api/v1/projects", json={})).status_code in (404, 405)


class TestEvents:
    async def test_a_change_of_roll_ups_is_a_project_update_event(
        self, tenant: TenantHandle
    ) -> None:
        firm = await make_firm(tenant, budget="1000.00")
        entry = await _time(tenant, firm, "1")
        await tenant.patch(f"/api/v1/wips/{entry['id']}", json={"notes": "no money moved"})
        events = await events_of(tenant, "project")
        assert [(e["operation"], e["entity_id"]) for e in events] == [("UPDATE", firm.job["id"])]
        data, previous = orjson.loads(events[0]["data"]), orjson.loads(events[0]["previous"])
        assert _d(data["budgetUsedPercent"]) == Decimal("20.00")
        assert previous == {"hoursLogged": 0, "wipValue": 0, "wipOutstanding": 0}


class TestConcurrency:
    async def test_twenty_writers_on_one_job_leave_exact_roll_ups(
        self, tenant: TenantHandle
    ) -> None:
        firm = await make_firm(tenant, budget="100000.00")

        async def writer(n: int) -> None:
            day = f"2026-06-{n + 1:02d}"
            entry = await _time(tenant, firm, f"{n % 7 + 1}.{n:02d}", day)
            response = await tenant.patch(
                f"/api/v1/wips/{entry['id']}", json={"hours": f"{n % 5 + 1}.25"}
            )
            assert response.status_code == 200, response.text
            expense = await tenant.post(
                "/api/v1/expenses",
                json={
                    "jobId": firm.job["id"],
                    "loggedDate": day,
                    "amount": f"{n}.37",
                    "notes": "n",
                },
            )
            assert expense.status_code == 201, expense.text

        await asyncio.gather(*(writer(n) for n in range(20)))
        rows = await tenant.post("/gql/v1/wip", json={"jobId": firm.job["id"], "pageSize": 1000})
        entries = rows.json()["wips"]
        assert len(entries) == 40
        project = await _project(tenant, firm.job["id"])
        recomputed = {
            "hoursLogged": sum((_d(e["hours"]) or Decimal(0) for e in entries), Decimal(0)),
            "wipValue": sum((Decimal(str(e["value"])) for e in entries), Decimal(0)),
            "wipOutstanding": sum(
                (Decimal(str(e["outstandingAmount"])) for e in entries), Decimal(0)
            ),
        }
        assert {name: _d(project[name]) for name in recomputed} == recomputed


async def _ledger_rollups(tenant: TenantHandle, job_id: int) -> dict[str, Decimal]:
    """The invoice roll-ups recomputed from the ledger's rows: per invoice of the project, its
    INVOICE row less that row's reversal (invoiced) and its payments' and credits' live
    allocations (collected)."""
    async with tenant.ctx.db.session() as session:
        ids = await session.execute(
            select(INVOICES.c.id).where(
                INVOICES.c.tenant_id == tenant.id, INVOICES.c.project_id == job_id
            )
        )
        sums = await billing_repo.invoice_sums(session, tenant.id, [row.id for row in ids])
    return {
        "invoicedAmount": sum((s["owed"] for s in sums.values()), Decimal("0.00")),
        "collectedAmount": sum((s["paid"] for s in sums.values()), Decimal("0.00")),
    }


async def _invoice_rollups(tenant: TenantHandle, job_id: int) -> dict[str, Decimal | None]:
    project = await _project(tenant, job_id)
    stored = {name: _d(project[name]) for name in ("invoicedAmount", "collectedAmount")}
    assert stored == await _ledger_rollups(tenant, job_id)
    return stored


async def _in_session(tenant: TenantHandle, action: Any) -> Any:
    async with tenant.ctx.db.session() as session:
        return await action(session)


class TestInvoiceRollups:
    async def test_posting_and_voiding_move_the_invoiced_amount(self, tenant: TenantHandle) -> None:
        firm = await make_firm(tenant)
        job_id, client_id = firm.job["id"], firm.client["id"]
        await draft(tenant, client_id, ("1", "999.00"), projectId=job_id)  # a draft bills nothing
        first = await posted(tenant, client_id, ("2", "100.00"), projectId=job_id)
        await posted(tenant, client_id, ("1", "50.25"))  # no project
        other = await make_firm(tenant)
        await posted(tenant, other.client["id"], ("1", "70.00"), projectId=other.job["id"])
        assert await _invoice_rollups(tenant, job_id) == {
            "invoicedAmount": Decimal("200.00"),
            "collectedAmount": Decimal("0.00"),
        }
        second = await posted(tenant, client_id, ("3", "33.33"), projectId=job_id)
        assert (await _invoice_rollups(tenant, job_id))["invoicedAmount"] == Decimal("299.99")
        voided = await tenant.post(f"/api/v1/invoices/{first['id']}/void")
        assert voided.status_code == 200, voided.text
        assert (await _invoice_rollups(tenant, job_id))["invoicedAmount"] == Decimal("99.99")
        assert money(second["totalAmount"]) == Decimal("99.99")
        assert (await _invoice_rollups(tenant, other.job["id"]))["invoicedAmount"] == 70

    async def test_credits_collect_and_write_offs_do_not(self, tenant: TenantHandle) -> None:
        firm = await make_firm(tenant)
        job_id, client_id = firm.job["id"], firm.client["id"]
        invoice = await posted(tenant, client_id, ("1", "100.00"), projectId=job_id)
        credit = await _in_session(
            tenant,
            lambda s: ledger.credit_memo(s, tenant.id, client_id, Decimal("30.10"), invoice["id"]),
        )
        assert await _invoice_rollups(tenant, job_id) == {
            "invoicedAmount": Decimal("100.00"),
            "collectedAmount": Decimal("30.10"),
        }
        await _in_session(
            tenant, lambda s: ledger.write_off(s, tenant.id, invoice["id"], Decimal("9.90"))
        )
        assert (await _invoice_rollups(tenant, job_id))["collectedAmount"] == Decimal("30.10")
        await _in_session(tenant, lambda s: ledger.credit_memo(s, tenant.id, client_id, D100))
        await _in_session(tenant, lambda s: ledger.apply_credit(s, tenant.id, invoice["id"]))
        assert await _invoice_rollups(tenant, job_id) == {
            "invoicedAmount": Decimal("100.00"),
            "collectedAmount": Decimal("90.10"),  # 30.10, then the 60.00 left of 100.00 credit
        }
        await _in_session(tenant, lambda s: ledger.reverse(s, tenant.id, credit["ar_tran_id"]))
        assert (await _invoice_rollups(tenant, job_id))["collectedAmount"] == Decimal("60.00")
        assert await differences(tenant) == []

    async def test_a_change_of_invoice_roll_ups_is_a_project_update_event(
        self, tenant: TenantHandle
    ) -> None:
        firm = await make_firm(tenant)
        job_id, client_id = firm.job["id"], firm.client["id"]
        invoice = await posted(tenant, client_id, ("1", "80.00"), projectId=job_id)
        await _in_session(
            tenant,
            lambda s: ledger.credit_memo(s, tenant.id, client_id, Decimal("20"), invoice["id"]),
        )
        events = [e for e in await events_of(tenant, "project") if e["entity_id"] == job_id]
        changes = [orjson.loads(e["previous"]) for e in events]
        assert changes == [{"invoicedAmount": 0}, {"collectedAmount": 0}]
        assert _d(orjson.loads(events[-1]["data"])["collectedAmount"]) == Decimal("20.00")


class TestUpdatedAt:
    async def test_it_is_the_later_of_the_job_write_and_the_last_activity(
        self, tenant: TenantHandle
    ) -> None:
        firm = await make_firm(tenant)
        job_id = firm.job["id"]
        project = await _project(tenant, job_id)
        assert project["updatedAt"] == firm.job["updatedAt"]  # no activity yet
        await _time(tenant, firm, "1")
        active = await _project(tenant, job_id)
        assert active["updatedAt"] == active["lastActivityAt"] > firm.job["updatedAt"]
        renamed = await tenant.patch(f"/api/v1/jobs/{job_id}", json={"name": "Renamed"})
        assert renamed.status_code == 200, renamed.text
        job = renamed.json()["data"]
        after = await _project(tenant, job_id)
        assert after["updatedAt"] == job["updatedAt"] > active["lastActivityAt"]
        assert after["lastActivityAt"] == active["lastActivityAt"]
        # A roll-up refresh does not write the job: its own updatedAt and version stay.
        await _time(tenant, firm, "2")
        unchanged = (await tenant.get(f"/api/v1/jobs/{job_id}")).json()["data"]
        assert (unchanged["updatedAt"], unchanged["version"]) == (job["updatedAt"], job["version"])
        latest = await _project(tenant, job_id)
        assert latest["updatedAt"] == latest["lastActivityAt"] > job["updatedAt"]

    async def test_the_default_order_and_a_filter_follow_billing_activity(
        self, tenant: TenantHandle
    ) -> None:
        billed, idle = await make_firm(tenant), await make_firm(tenant)
        await posted(tenant, billed.client["id"], ("1", "10.00"), projectId=billed.job["id"])
        ids = [p["id"] for p in (await tenant.post("/gql/v1/projects", json={})).json()["projects"]]
        assert ids.index(billed.job["id"]) < ids.index(idle.job["id"])
        since = (await _project(tenant, billed.job["id"]))["updatedAt"]
        where = {"updatedAt": {"_gte": since}}
        found = await tenant.post("/gql/v1/projects/search", json={"where": where})
        assert [p["id"] for p in found.json()["projects"]] == [billed.job["id"]]


class TestInvoiceRollupsUnderConcurrency:
    async def test_postings_of_wip_and_write_offs_on_one_job_all_pass_and_stay_exact(
        self, tenant: TenantHandle
    ) -> None:
        """Postings that bill the job's WIP (they hold the job) beside write-offs and credits
        on the job's other invoices (which refresh the job last): none waits on the other in a
        cycle, and the roll-ups equal the ledger's."""
        firm = await make_firm(tenant)
        job_id, client_id = firm.job["id"], firm.client["id"]
        entries = [await _time(tenant, firm, "1", f"2026-05-{n + 1:02d}") for n in range(6)]
        invoices = [
            await posted(tenant, client_id, ("1", "90.00"), projectId=job_id) for _ in range(6)
        ]

        async def bill(entry: dict[str, Any]) -> None:
            line = invoice_service.LineIn(
                "Work",
                Decimal(1),
                Decimal("200.00"),
                Decimal("200.00"),
                Decimal(0),
                ZERO,
                job_id=job_id,
                wip_ids=(entry["id"],),
            )
            async with tenant.ctx.db.session() as session:
                await invoice_service.create_posted(
                    session,
                    tenant.id,
                    client_id=client_id,
                    project_id=job_id,
                    draft_invoice_id=None,
                    issue_date=None,
                    due_date=None,
                    lines=[line],
                    notes=None,
                )

        async def settle(invoice: dict[str, Any], n: int) -> None:
            async with tenant.ctx.db.session() as session:
                if n % 2:
                    await ledger.write_off(session, tenant.id, invoice["id"], Decimal("10.01"))
                else:
                    await ledger.credit_memo(
                        session, tenant.id, client_id, Decimal("20.02"), invoice["id"]
                    )

        await asyncio.gather(
            *(bill(entry) for entry in entries),
            *(settle(invoice, n) for n, invoice in enumerate(invoices)),
        )
        assert await _invoice_rollups(tenant, job_id) == {
            "invoicedAmount": Decimal("1740.00"),  # 6 x 90.00 + 6 x 200.00
            "collectedAmount": Decimal("60.06"),  # three credits of 20.02
        }
        project = await _project(tenant, job_id)
        assert _d(project["billedAmount"]) == Decimal("1200.00")
        assert await differences(tenant) == []
