"""Posting (money-work.md §4): the WIP an invoice bills, numbers under concurrency, a failed
posting that leaves nothing behind, and OVERDUE and the number's year in the tenant's time
zone."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import update

from openwyn.billing import invoice_read, invoice_service
from openwyn.billing import repository as repo
from openwyn.billing.invoice_service import LineIn
from openwyn.config import Settings
from openwyn.errors import ApiError
from openwyn.kit import local_dates
from tests.fixtures.api import TenantHandle
from tests.fixtures.billing import differences, draft, ledger_rows, money, posted
from tests.fixtures.work import Firm, make_firm

pytestmark = pytest.mark.anyio


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """Twenty postings in flight take turns on the counter's lock: a loaded machine waits."""
    return settings.model_copy(update={"db_connect_timeout_seconds": 60.0})


@pytest.fixture
async def firm(tenant: TenantHandle) -> Firm:
    return await make_firm(tenant)


async def _wip(tenant: TenantHandle, firm: Firm, hours: str) -> dict[str, Any]:
    body = {
        "staffId": firm.staff["id"],
        "jobId": firm.job["id"],
        "loggedDate": "2026-03-02",
        "hours": hours,
    }
    response = await tenant.post("/api/v1/time-entries", json=body)
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


def _line(amount: str, *wip_ids: int, job_id: int | None = None) -> LineIn:
    value = Decimal(amount)
    return LineIn(
        description="Work",
        quantity=Decimal(1),
        unit_price=value,
        amount=value,
        tax_rate=Decimal("0.1"),
        tax_amount=(value * Decimal("0.1")).quantize(Decimal("0.01")),
        job_id=job_id,
        wip_ids=wip_ids,
    )


async def _create_posted(tenant: TenantHandle, firm: Firm, *lines: LineIn) -> dict[str, Any]:
    async with tenant.ctx.db.session() as session:
        return await invoice_service.create_posted(
            session,
            tenant.id,
            client_id=firm.client["id"],
            project_id=firm.job["id"],
            draft_invoice_id=7,
            issue_date=None,
            due_date=None,
            lines=list(lines),
            notes=None,
        )


async def _wips(tenant: TenantHandle, *ids: int) -> list[dict[str, Any]]:
    return [(await tenant.get(f"/api/v1/wips/{i}")).json()["data"] for i in ids]


async def _project(tenant: TenantHandle, firm: Firm) -> dict[str, Any]:
    response = await tenant.get(f"/gql/v1/project/{firm.job['id']}")
    data: dict[str, Any] = response.json()
    return data


class TestCreatePosted:
    async def test_the_line_is_split_over_its_wip_and_they_are_billed(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        first = await _wip(tenant, firm, "1.5")  # 300.00
        second = await _wip(tenant, firm, "0.75")  # 150.00
        invoice = await _create_posted(
            tenant, firm, _line("400.00", first["id"], second["id"], job_id=firm.job["id"])
        )
        assert invoice["status"] == "POSTED"
        assert invoice["draftInvoiceId"] == 7
        assert money(invoice["totalAmount"]) == money("440.00")
        billed = await _wips(tenant, first["id"], second["id"])
        assert [money(w["billedAmount"]) for w in billed] == [money("266.67"), money("133.33")]
        assert {w["status"] for w in billed} == {"BILLED"}
        assert {w["invoiceId"] for w in billed} == {invoice["id"]}
        assert {money(w["outstandingAmount"]) for w in billed} == {0}
        project = await _project(tenant, firm)
        assert money(project["billedAmount"]) == money("400.00")
        assert money(project["wipOutstanding"]) == 0
        assert await differences(tenant) == []

        response = await tenant.post(f"/api/v1/invoices/{invoice['id']}/void")
        assert response.status_code == 200, response.text
        reopened = await _wips(tenant, first["id"], second["id"])
        assert {w["status"] for w in reopened} == {"OPEN"}
        assert {money(w["billedAmount"]) for w in reopened} == {0}
        assert [money(w["outstandingAmount"]) for w in reopened] == [
            money("300.00"),
            money("150.00"),
        ]
        assert {w["invoiceId"] for w in reopened} == {None}
        assert money((await _project(tenant, firm))["billedAmount"]) == 0
        assert await differences(tenant) == []

    async def test_each_line_keeps_what_it_billed_of_its_own_wip(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        """All entries and all lines are written by one statement each: every entry and every
        line still gets its own amounts, and a void takes back exactly those."""
        first = await _wip(tenant, firm, "1.5")  # 300.00
        second = await _wip(tenant, firm, "0.75")  # 150.00
        third = await _wip(tenant, firm, "1")  # 200.00
        invoice = await _create_posted(
            tenant,
            firm,
            _line("250.00", first["id"]),
            _line("90.00", second["id"], third["id"]),
        )
        billed = await _wips(tenant, first["id"], second["id"], third["id"])
        assert [money(w["billedAmount"]) for w in billed] == [
            money("250.00"),
            money("38.57"),
            money("51.43"),
        ]
        assert [w["version"] for w in billed] == [2, 2, 2]
        async with tenant.ctx.db.session() as session:
            lines = await repo.lines_of(session, tenant.id, invoice["id"])
        assert [line["wip_amounts"] for line in lines] == [
            {str(first["id"]): "250.00"},
            {str(second["id"]): "38.57", str(third["id"]): "51.43"},
        ]

        response = await tenant.post(f"/api/v1/invoices/{invoice['id']}/void")
        assert response.status_code == 200, response.text
        reopened = await _wips(tenant, first["id"], second["id"], third["id"])
        assert [money(w["outstandingAmount"]) for w in reopened] == [
            money("300.00"),
            money("150.00"),
            money("200.00"),
        ]
        assert {money(w["billedAmount"]) for w in reopened} == {0}
        assert await differences(tenant) == []

    async def test_billed_wip_cannot_be_billed_again(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        wip = await _wip(tenant, firm, "1")
        await _create_posted(tenant, firm, _line("200.00", wip["id"]))
        with pytest.raises(ApiError) as error:
            await _create_posted(tenant, firm, _line("200.00", wip["id"]))
        assert error.value.details[0].get("reason") == "WIP_LOCKED"

    async def test_a_failed_posting_takes_no_number_and_writes_no_row(
        self, tenant: TenantHandle, other_tenant: TenantHandle, firm: Firm
    ) -> None:
        theirs = await make_firm(other_tenant)
        foreign = await _wip(other_tenant, theirs, "1")
        with pytest.raises(ApiError) as error:
            await _create_posted(tenant, firm, _line("10.00", foreign["id"]))
        assert error.value.status_code == 400
        assert error.value.details[0]["path"] == "lineItems[0].wipIds[0]"
        assert await ledger_rows(tenant) == []
        invoice = await posted(tenant, firm.client["id"])
        assert invoice["invoiceNumber"].endswith("-00001")
        listed = await tenant.get("/api/v1/invoices")
        assert len(listed.json()["data"]) == 1


class TestNumbering:
    async def test_twenty_parallel_postings_get_consecutive_numbers(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        drafts = [await draft(tenant, firm.client["id"]) for _ in range(20)]
        responses = await asyncio.gather(
            *(tenant.post(f"/api/v1/invoices/{d['id']}/post") for d in drafts)
        )
        assert [r.status_code for r in responses] == [200] * 20, responses[0].text
        numbers = sorted(int(r.json()["data"]["invoiceNumber"][-5:]) for r in responses)
        assert numbers == list(range(1, 21))
        assert len(await ledger_rows(tenant, kind="INVOICE")) == 20
        assert await differences(tenant) == []

    async def test_the_format_is_the_tenants(self, tenant: TenantHandle, firm: Firm) -> None:
        async with tenant.ctx.db.session() as session:
            statement = (
                update(repo.TENANTS)
                .where(repo.TENANTS.c.id == tenant.id)
                .values(invoice_number_format="F{year}/{number}")
            )
            await session.execute(statement)
        invoice = await posted(tenant, firm.client["id"])
        assert invoice["invoiceNumber"] == f"F{date.today().year}/1"


class TestTimeZone:
    async def _in_zone(self, tenant: TenantHandle, zone: str) -> None:
        async with tenant.ctx.db.session() as session:
            statement = (
                update(repo.TENANTS).where(repo.TENANTS.c.id == tenant.id).values(timezone=zone)
            )
            await session.execute(statement)

    async def test_overdue_is_judged_in_the_tenants_today(
        self, tenant: TenantHandle, firm: Firm, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        # 02:00 UTC on 2 March is still 1 March in Los Angeles.
        now = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)
        monkeypatch.setattr(invoice_read, "utcnow", lambda: now)
        invoice = await posted(
            tenant, firm.client["id"], issueDate="2026-02-01", dueDate="2026-03-01"
        )
        path = f"/api/v1/invoices/{invoice['id']}"
        assert (await tenant.get(path)).json()["data"]["status"] == "OVERDUE"
        await self._in_zone(tenant, "America/Los_Angeles")
        assert (await tenant.get(path)).json()["data"]["status"] == "POSTED"
        listed = await tenant.post("/gql/v1/invoices", json={"status": "POSTED"})
        assert [i["id"] for i in listed.json()["invoices"]] == [invoice["id"]]
        overdue = await tenant.post("/gql/v1/invoices", json={"status": "OVERDUE"})
        assert overdue.json()["invoices"] == []

    @pytest.mark.parametrize(
        ("zone", "overdue"),
        [("UTC", "0.00"), ("Pacific/Kiritimati", "100.00")],  # UTC+14: already 2 March
    )
    async def test_the_clients_overdue_balance_is_judged_in_the_tenants_today(
        self,
        tenant: TenantHandle,
        firm: Firm,
        monkeypatch: pytest.MonkeyPatch,
        zone: str,
        overdue: str,
    ) -> None:
        now = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
        monkeypatch.setattr(invoice_read, "utcnow", lambda: now)
        monkeypatch.setattr(local_dates, "utcnow", lambda: now)
        await self._in_zone(tenant, zone)
        invoice = await posted(
            tenant, firm.client["id"], ("1", "100.00"), issueDate="2026-02-01", dueDate="2026-03-01"
        )
        shown = (await tenant.get(f"/api/v1/invoices/{invoice['id']}")).json()["data"]
        assert shown["status"] == ("POSTED" if overdue == "0.00" else "OVERDUE")  # in step
        detail = (await tenant.get(f"/gql/v1/client/{firm.client['id']}")).json()
        assert money(detail["financialSummary"]["overdueBalance"]) == money(overdue)

    async def test_the_numbers_year_is_the_tenants(
        self, tenant: TenantHandle, firm: Firm, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        now = datetime(2027, 1, 1, 3, 0, tzinfo=UTC)  # 31 December 2026 in Los Angeles
        monkeypatch.setattr(invoice_read, "utcnow", lambda: now)
        await self._in_zone(tenant, "America/Los_Angeles")
        invoice = await posted(tenant, firm.client["id"])
        assert invoice["invoiceNumber"] == "INV-2026-00001"
        assert invoice["issueDate"] == "2026-12-31"
