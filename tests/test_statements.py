"""A client's statement as of a date (money-work.md §6, §11): its figures come from the AR
ledger as it stood at the end of `asOf`, so an old statement reads the same after later
activity, and balanceForward + the period's charges, payments and credits = totalDue."""

from __future__ import annotations

import io
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from pypdf import PdfReader

from openwyn.billing import ledger
from openwyn.kit.sqltypes import utcnow
from tests.fixtures.api import TenantHandle
from tests.fixtures.billing import differences, money, posted
from tests.fixtures.statements import happened_on, mark, statement
from tests.fixtures.work import Firm, make_firm

pytestmark = pytest.mark.anyio

TODAY = utcnow().date()


def day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


def moved(item: dict[str, Any]) -> Decimal:
    """What the period's rows moved: charges + payments + credits, signed as the ledger."""
    rows = item["charges"] + item["payments"] + item["credits"]
    return sum((money(row["amount"]) for row in rows), Decimal("0"))


def assert_identity(item: dict[str, Any]) -> None:
    assert money(item["balanceForward"]) + moved(item) == money(item["totalDue"])
    outstanding = sum((money(i["outstandingAmount"]) for i in item["invoices"]), Decimal("0"))
    assert outstanding - money(item["unappliedCredit"]) == money(item["totalDue"])
    assert sum((money(v) for v in item["aging"].values()), Decimal("0")) == outstanding


@pytest.fixture
async def firm(tenant: TenantHandle) -> Firm:
    return await make_firm(tenant)


async def credit(tenant: TenantHandle, client_id: int, amount: str) -> dict[str, Any]:
    body = {"clientId": client_id, "amount": amount, "reason": "Goodwill"}
    response = await tenant.post("/api/v1/credits", json=body)
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


async def apply(tenant: TenantHandle, credit_id: int, invoice_id: int) -> None:
    response = await tenant.post(
        f"/api/v1/credits/{credit_id}/apply", json={"invoiceId": invoice_id}
    )
    assert response.status_code == 200, response.text


async def write_off(tenant: TenantHandle, invoice_id: int, amount: str) -> None:
    async with tenant.ctx.db.session() as session:
        await ledger.write_off(session, tenant.id, invoice_id, Decimal(amount), memo="Courtesy")


class History:
    """One client's ledger over fifty days: invoice A (1000.00, due 20 days ago) posted 50 days
    ago, invoice B (400.00, due in 20 days) 10 days ago; a 300.00 credit applied to A 5 days
    ago, 50.00 of B written off 2 days ago, and 75.00 of unapplied credit yesterday."""

    def __init__(self, tenant: TenantHandle, client_id: int) -> None:
        self.tenant, self.client_id = tenant, client_id

    async def build(self) -> History:
        tenant, client_id = self.tenant, self.client_id
        since = await mark(tenant)
        self.a = await posted(
            tenant, client_id, ("1", "1000.00"), issueDate=str(day(-50)), dueDate=str(day(-20))
        )
        await happened_on(tenant, since, day(-50))
        since = await mark(tenant)
        self.b = await posted(
            tenant, client_id, ("1", "400.00"), issueDate=str(day(-10)), dueDate=str(day(20))
        )
        await happened_on(tenant, since, day(-10))
        since = await mark(tenant)
        await apply(tenant, (await credit(tenant, client_id, "300.00"))["id"], self.a["id"])
        await happened_on(tenant, since, day(-5))
        since = await mark(tenant)
        await write_off(tenant, self.b["id"], "50.00")
        await happened_on(tenant, since, day(-2))
        since = await mark(tenant)
        await credit(tenant, client_id, "75.00")
        await happened_on(tenant, since, day(-1))
        return self


@pytest.fixture
async def history(tenant: TenantHandle, firm: Firm) -> History:
    return await History(tenant, firm.client["id"]).build()


class TestFigures:
    async def test_the_statement_of_today_shows_the_ledger_period_and_open_invoices(
        self, tenant: TenantHandle, history: History
    ) -> None:
        item = await statement(tenant, history.client_id, asOf=str(TODAY))
        assert item["asOf"] == str(TODAY) and item["periodStart"] == str(day(-29))
        assert money(item["balanceForward"]) == money("1000.00")  # A, before the period
        assert [money(row["amount"]) for row in item["charges"]] == [money("400.00")]
        assert [row["kind"] for row in item["credits"]] == [
            "CREDIT_MEMO",
            "WRITE_OFF",
            "CREDIT_MEMO",
        ]
        assert [money(row["amount"]) for row in item["credits"]] == [
            money("-300.00"),
            money("-50.00"),
            money("-75.00"),
        ]
        assert [row["date"] for row in item["credits"]] == [
            str(day(-5)),
            str(day(-2)),
            str(day(-1)),
        ]
        assert item["payments"] == []
        a, b = item["invoices"]
        assert (a["invoiceId"], money(a["outstandingAmount"]), a["daysPastDue"]) == (
            history.a["id"],
            money("700.00"),
            20,
        )
        assert a["invoiceNumber"] == history.a["invoiceNumber"]
        assert (a["issueDate"], a["dueDate"]) == (str(day(-50)), str(day(-20)))
        assert money(a["totalAmount"]) == money("1000.00")
        assert (b["invoiceId"], money(b["outstandingAmount"]), b["daysPastDue"]) == (
            history.b["id"],
            money("350.00"),
            0,
        )
        assert {k: money(v) for k, v in item["aging"].items()} == {
            "current": money("350.00"),
            "days1To30": money("700.00"),
            "days31To60": 0,
            "days61To90": 0,
            "over90": 0,
        }
        assert money(item["unappliedCredit"]) == money("75.00")
        assert money(item["totalDue"]) == money("975.00")
        assert_identity(item)
        assert await differences(tenant) == []

    async def test_the_total_due_is_the_balance_the_ledger_keeps_today(
        self, tenant: TenantHandle, history: History
    ) -> None:
        item = await statement(tenant, history.client_id)
        assert item["asOf"] == str(TODAY)
        balance = (await tenant.get(f"/api/v1/clients/{history.client_id}/balance")).json()
        outstanding = money(balance["data"]["outstanding"])
        assert money(item["totalDue"]) == outstanding - money(balance["data"]["unappliedCredit"])

    async def test_from_moves_the_period_start_and_the_balance_forward(
        self, tenant: TenantHandle, history: History
    ) -> None:
        item = await statement(
            tenant, history.client_id, asOf=str(TODAY), **{"from": str(day(-60))}
        )
        assert item["periodStart"] == str(day(-60))
        assert money(item["balanceForward"]) == 0
        assert [money(row["amount"]) for row in item["charges"]] == [
            money("1000.00"),
            money("400.00"),
        ]
        assert_identity(item)

    @pytest.mark.parametrize("offset", [-60, -50, -49, -11, -10, -6, -5, -3, -2, -1, 0, 5, 40])
    async def test_the_period_identity_holds_on_every_day(
        self, tenant: TenantHandle, history: History, offset: int
    ) -> None:
        assert_identity(await statement(tenant, history.client_id, asOf=str(day(offset))))


class TestAsOf:
    async def test_a_past_statement_counts_only_what_the_ledger_held_then(
        self, tenant: TenantHandle, history: History
    ) -> None:
        item = await statement(tenant, history.client_id, asOf=str(day(-3)))
        assert [money(i["outstandingAmount"]) for i in item["invoices"]] == [
            money("700.00"),
            money("400.00"),  # B's write-off came a day later
        ]
        assert money(item["totalDue"]) == money("1100.00")
        assert money(item["unappliedCredit"]) == 0
        before = await statement(tenant, history.client_id, asOf=str(day(-6)))
        assert [money(i["outstandingAmount"]) for i in before["invoices"]] == [
            money("1000.00"),
            money("400.00"),
        ]
        assert [i["daysPastDue"] for i in before["invoices"]] == [14, 0]
        none_yet = await statement(tenant, history.client_id, asOf=str(day(-51)))
        assert none_yet["invoices"] == [] and money(none_yet["totalDue"]) == 0

    async def test_later_activity_leaves_an_old_statement_as_it_was(
        self, tenant: TenantHandle, history: History
    ) -> None:
        old = await statement(tenant, history.client_id, asOf=str(day(-1)))
        await write_off(tenant, history.a["id"], "700.00")  # today
        await credit(tenant, history.client_id, "10.00")
        assert await statement(tenant, history.client_id, asOf=str(day(-1))) == old
        today = await statement(tenant, history.client_id, asOf=str(TODAY))
        assert [i["invoiceId"] for i in today["invoices"]] == [history.b["id"]]
        assert money(today["totalDue"]) == money("975.00") - money("710.00")
        assert_identity(today)

    async def test_a_reversed_credit_is_listed_as_a_credit_and_reopens_the_invoice(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        invoice = await posted(tenant, firm.client["id"], ("1", "200.00"), dueDate=str(TODAY))
        given = await credit(tenant, firm.client["id"], "200.00")
        await apply(tenant, given["id"], invoice["id"])
        assert (await statement(tenant, firm.client["id"]))["invoices"] == []
        async with tenant.ctx.db.session() as session:
            await ledger.reverse(session, tenant.id, given["arTranId"], memo="Issued in error")
        item = await statement(tenant, firm.client["id"])
        assert [row["kind"] for row in item["credits"]] == ["CREDIT_MEMO", "REVERSAL"]
        assert [money(i["outstandingAmount"]) for i in item["invoices"]] == [money("200.00")]
        assert_identity(item)

    async def test_the_days_of_a_statement_are_the_tenants_local_days(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        from sqlalchemy import update

        from openwyn.billing import repository as repo

        async with tenant.ctx.db.session() as session:
            zone = update(repo.TENANTS).where(repo.TENANTS.c.id == tenant.id)
            await session.execute(zone.values(timezone="Pacific/Auckland"))
        since = await mark(tenant)
        await posted(tenant, firm.client["id"], ("1", "100.00"))
        # 13:00 UTC of day -3 is already day -2 in Auckland (UTC+12 or +13).
        await happened_on(tenant, since, day(-3), hour=13)
        assert (
            money((await statement(tenant, firm.client["id"], asOf=str(day(-3))))["totalDue"]) == 0
        )
        item = await statement(tenant, firm.client["id"], asOf=str(day(-2)))
        assert money(item["totalDue"]) == money("100.00")
        assert item["charges"][0]["date"] == str(day(-2))


class TestPdf:
    async def test_the_pdf_prints_the_statements_figures(
        self, tenant: TenantHandle, history: History, firm: Firm
    ) -> None:
        response = await tenant.get(
            f"/api/v1/clients/{history.client_id}/statement",
            params={"asOf": str(TODAY), "format": "pdf"},
        )
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == "application/pdf"
        reader = PdfReader(io.BytesIO(response.content))
        text = "\n".join(page.extract_text() for page in reader.pages)
        for expected in (
            "Statement of account",
            firm.client["name"],
            history.a["invoiceNumber"],
            history.b["invoiceNumber"],
            "Balance forward",
            "1,000.00 USD",
            "700.00 USD",
            "350.00 USD",
            "-300.00 USD",
            "Total due",
            "975.00 USD",
            f"{day(-29)} to {TODAY}",
        ):
            assert expected in text, expected


class TestAnswers:
    async def test_the_json_carries_an_etag_that_follows_the_figures(
        self, tenant: TenantHandle, history: History
    ) -> None:
        path = f"/api/v1/clients/{history.client_id}/statement"
        first = await tenant.get(path, params={"asOf": str(TODAY)})
        again = await tenant.get(path, params={"asOf": str(TODAY)})
        assert first.headers["ETag"] == again.headers["ETag"]
        await credit(tenant, history.client_id, "1.00")
        later = await tenant.get(path, params={"asOf": str(TODAY)})
        assert later.headers["ETag"] != first.headers["ETag"]

    @pytest.mark.parametrize(
        ("params", "path"),
        [
            ({"asOf": "2026-02-30"}, "asOf"),
            ({"asOf": "yesterday"}, "asOf"),
            ({"from": "2026-13-01"}, "from"),
            ({"asOf": "2026-03-01", "from": "2026-03-02"}, "from"),
            ({"format": "xml"}, "format"),
        ],
    )
    async def test_bad_parameters_are_400_naming_them(
        self, tenant: TenantHandle, firm: Firm, params: dict[str, str], path: str
    ) -> None:
        response = await tenant.get(f"/api/v1/clients/{firm.client['id']}/statement", params=params)
        assert response.status_code == 400, response.text
        assert path in [d["path"] for d in response.json()["error"]["details"]]

    async def test_another_tenants_client_is_404(
        self, tenant: TenantHandle, other_tenant: TenantHandle, firm: Firm
    ) -> None:
        response = await other_tenant.get(f"/api/v1/clients/{firm.client['id']}/statement")
        assert response.status_code == 404
        assert (await tenant.get("/api/v1/clients/99999999/statement")).status_code == 404

    async def test_a_client_without_activity_owes_nothing(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        item = await statement(tenant, firm.client["id"])
        assert item["invoices"] == item["charges"] == item["payments"] == item["credits"] == []
        assert money(item["totalDue"]) == money(item["balanceForward"]) == 0
