"""The AR ledger (money-work.md §1): append-only rows, credit memos, write-offs, credit
applications and reversals keep every invoice's and client's sums equal to the ledger's, and
`openwyn verify-ledger` finds a tampered column."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import anyio
import pytest
from sqlalchemy import update
from typer.testing import CliRunner

from openwyn import cli
from openwyn.billing import ledger
from openwyn.billing import repository as repo
from openwyn.config import Settings
from openwyn.errors import ApiError
from tests.fixtures.api import TenantHandle
from tests.fixtures.billing import differences, ledger_rows, money, posted
from tests.fixtures.work import Firm, make_firm

pytestmark = pytest.mark.anyio
SOURCE = Path(__file__).parents[1] / "src" / "openwyn"


@pytest.fixture
async def firm(tenant: TenantHandle) -> Firm:
    return await make_firm(tenant)


async def _run(tenant: TenantHandle, action: Any) -> Any:
    async with tenant.ctx.db.session() as session:
        return await action(session)


async def _invoice(tenant: TenantHandle, invoice_id: int) -> dict[str, Any]:
    response = await tenant.get(f"/api/v1/invoices/{invoice_id}")
    data: dict[str, Any] = response.json()["data"]
    return data


async def _balance(tenant: TenantHandle, client_id: int) -> dict[str, Decimal]:
    async with tenant.ctx.db.session() as session:
        return await repo.lock_balance(session, tenant.id, client_id)


def _reason(error: pytest.ExceptionInfo[ApiError]) -> str:
    return str(error.value.details[0].get("reason"))


class TestCreditMemo:
    async def test_unallocated_credit_lowers_the_balance(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        client_id = firm.client["id"]
        await posted(tenant, client_id, ("1", "100.00"))
        await _run(tenant, lambda s: ledger.credit_memo(s, tenant.id, client_id, Decimal("30")))
        assert await _balance(tenant, client_id) == {
            "balance": Decimal("70.00"),
            "unapplied_credit": Decimal("30.00"),
        }
        assert await differences(tenant) == []

    async def test_credit_allocated_to_an_invoice_pays_it(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        client_id = firm.client["id"]
        invoice = await posted(tenant, client_id, ("1", "100.00"))
        await _run(
            tenant,
            lambda s: ledger.credit_memo(s, tenant.id, client_id, Decimal("100"), invoice["id"]),
        )
        paid = await _invoice(tenant, invoice["id"])
        assert paid["status"] == "PAID"
        assert paid["paymentStatus"] == "PAID"
        assert money(paid["paidAmount"]) == money("100.00")
        assert await differences(tenant) == []
        # A paid invoice has allocations: it cannot be voided.
        response = await tenant.post(f"/api/v1/invoices/{invoice['id']}/void")
        assert response.status_code == 409
        assert response.json()["error"]["details"][0]["reason"] == "INVOICE_HAS_ALLOCATIONS"

    async def test_more_than_is_due_is_refused(self, tenant: TenantHandle, firm: Firm) -> None:
        client_id = firm.client["id"]
        invoice = await posted(tenant, client_id, ("1", "10.00"))
        with pytest.raises(ApiError) as error:
            await _run(
                tenant,
                lambda s: ledger.credit_memo(s, tenant.id, client_id, Decimal("11"), invoice["id"]),
            )
        assert error.value.status_code == 400
        assert await ledger_rows(tenant, kind="CREDIT_MEMO") == []


class TestWriteOff:
    async def test_part_then_the_rest(self, tenant: TenantHandle, firm: Firm) -> None:
        client_id = firm.client["id"]
        invoice = await posted(tenant, client_id, ("1", "100.00"))
        await _run(tenant, lambda s: ledger.write_off(s, tenant.id, invoice["id"], Decimal("40")))
        partly = await _invoice(tenant, invoice["id"])
        assert money(partly["outstandingAmount"]) == money("60.00")
        assert partly["status"] == "POSTED"
        await _run(tenant, lambda s: ledger.write_off(s, tenant.id, invoice["id"]))
        done = await _invoice(tenant, invoice["id"])
        assert money(done["outstandingAmount"]) == 0
        assert done["status"] == "PAID"
        assert await _balance(tenant, client_id) == {"balance": 0, "unapplied_credit": 0}
        with pytest.raises(ApiError) as error:
            await _run(tenant, lambda s: ledger.write_off(s, tenant.id, invoice["id"]))
        assert _reason(error) == "INVALID_TRANSITION"
        assert await differences(tenant) == []

    async def test_reversing_a_write_off_reopens_the_invoice(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        invoice = await posted(tenant, firm.client["id"], ("1", "100.00"))
        row = await _run(tenant, lambda s: ledger.write_off(s, tenant.id, invoice["id"]))
        await _run(tenant, lambda s: ledger.reverse(s, tenant.id, row["ar_tran_id"]))
        reopened = await _invoice(tenant, invoice["id"])
        assert reopened["status"] == "POSTED"
        assert money(reopened["outstandingAmount"]) == money("100.00")
        assert await differences(tenant) == []
        with pytest.raises(ApiError) as error:
            await _run(tenant, lambda s: ledger.reverse(s, tenant.id, row["ar_tran_id"]))
        assert _reason(error) == "INVALID_TRANSITION"


class TestApplyCredit:
    async def test_oldest_credit_first_up_to_what_is_owed(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        client_id = firm.client["id"]
        for amount in ("30", "50"):
            await _run(
                tenant, lambda s, a=amount: ledger.credit_memo(s, tenant.id, client_id, Decimal(a))
            )
        invoice = await posted(tenant, client_id, ("1", "60.00"))
        await _run(tenant, lambda s: ledger.apply_credit(s, tenant.id, invoice["id"]))
        paid = await _invoice(tenant, invoice["id"])
        assert paid["status"] == "PAID"
        assert await _balance(tenant, client_id) == {
            "balance": Decimal("-20.00"),
            "unapplied_credit": Decimal("20.00"),
        }
        assert await differences(tenant) == []

    async def test_a_cancelled_invoice_takes_no_credit(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        client_id = firm.client["id"]
        await _run(tenant, lambda s: ledger.credit_memo(s, tenant.id, client_id, Decimal("5")))
        invoice = await posted(tenant, client_id, ("1", "60.00"))
        assert (await tenant.post(f"/api/v1/invoices/{invoice['id']}/void")).status_code == 200
        with pytest.raises(ApiError) as error:
            await _run(tenant, lambda s: ledger.apply_credit(s, tenant.id, invoice["id"]))
        assert error.value.status_code == 409


class TestAppendOnly:
    def test_no_code_updates_or_deletes_a_ledger_row(self) -> None:
        tables = ("TRANSACTIONS", "ALLOCATIONS")
        for path in SOURCE.rglob("*.py"):
            text = path.read_text()
            for table in tables:
                pattern = rf"(update|delete)\(\s*{table}\b|{table}\.(update|delete)\("
                assert not re.search(pattern, text), (path, table)

    async def test_the_database_refuses_a_wrongly_signed_row(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        with pytest.raises(Exception, match=r"(?i)check|constraint"):
            await _run(
                tenant,
                lambda s: repo.insert_transaction(
                    s,
                    tenant.id,
                    {
                        "ar_tran_id": "AR-BAD",
                        "kind": "CREDIT_MEMO",
                        "amount": Decimal("5.00"),
                        "currency": "USD",
                        "client_id": firm.client["id"],
                    },
                ),
            )


class TestVerifyLedger:
    async def test_it_finds_a_tampered_column(
        self, tenant: TenantHandle, firm: Firm, settings: Settings
    ) -> None:
        invoice = await posted(tenant, firm.client["id"], ("1", "100.00"))
        env = {"OPENWYN_DATABASE_URL": settings.database_url, "OPENWYN_JWT_SECRET": "x" * 48}
        args = ["verify-ledger", "--tenant", tenant.slug]
        clean = await anyio.to_thread.run_sync(lambda: CliRunner().invoke(cli.app, args, env=env))
        assert clean.exit_code == 0, clean.output
        async with tenant.ctx.db.session() as session:
            statement = (
                update(repo.INVOICES)
                .where(repo.INVOICES.c.id == invoice["id"])
                .values(outstanding_amount=Decimal("90.00"))
            )
            await session.execute(statement)
        found = await anyio.to_thread.run_sync(lambda: CliRunner().invoke(cli.app, args, env=env))
        assert found.exit_code == 1, found.output
        assert "outstandingAmount is 90.00, the ledger says 100.00" in found.output
