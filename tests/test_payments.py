"""Payments (money-work.md §5, §11): every method, the sandbox processor's tokens, allocation
to named or oldest invoices, the excess as credit, credit applied first, fees, ACH settling
and failing at an injected time, refunds (window, once), disputes, the read family and its
filters, events, and tenant isolation. The ledger verifies after each."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from openwyn.billing import invoice_read, ledger
from openwyn.errors import ApiError
from openwyn.payments import processor
from openwyn.payments.sandbox import SandboxProcessor
from tests.fixtures.api import TenantHandle
from tests.fixtures.billing import differences, ledger_rows, money, posted
from tests.fixtures.payments import (
    pay,
    payment,
    record_processor_calls,
    set_fee_rates,
    settle_due,
)
from tests.fixtures.work import Firm, events_of, make_firm

pytestmark = pytest.mark.anyio
CARDS = [
    ("tok_visa", "Visa", "4242"),
    ("tok_mastercard", "MasterCard", "4444"),
    ("tok_amex", "American Express", "8431"),
]
DECLINES = [
    ("tok_chargeDeclined", "generic_decline"),
    ("tok_chargeDeclinedInsufficientFunds", "insufficient_funds"),
    ("tok_chargeDeclinedExpiredCard", "expired_card"),
    ("tok_chargeDeclinedIncorrectCvc", "incorrect_cvc"),
]


@pytest.fixture
async def firm(tenant: TenantHandle) -> Firm:
    return await make_firm(tenant)


async def _invoice(tenant: TenantHandle, invoice_id: int) -> dict[str, Any]:
    data: dict[str, Any] = (await tenant.get(f"/api/v1/invoices/{invoice_id}")).json()["data"]
    return data


async def _balance(tenant: TenantHandle, client_id: int) -> dict[str, Any]:
    data: dict[str, Any] = (await tenant.get(f"/api/v1/clients/{client_id}/balance")).json()["data"]
    return data


def _today() -> date:
    return datetime.now(UTC).date()


def _later(seconds: float) -> datetime:
    return datetime.now(UTC) + timedelta(seconds=seconds)


class TestMethods:
    @pytest.mark.parametrize("method", ["CHECK", "WIRE", "BANK_TRANSFER"])
    async def test_offline_payments_confirm_at_once_and_settle_the_invoice(
        self, tenant: TenantHandle, firm: Firm, method: str
    ) -> None:
        invoice = await posted(tenant, firm.client["id"], ("1", "100.00"))
        paid = await pay(
            tenant, firm.client["id"], "100.00", paymentMethod=method, reference="CHK-1001"
        )
        assert paid["status"] == "CONFIRMED" and paid["processor"] is None
        assert paid["confirmationDate"] == paid["paymentDate"] == _today().isoformat()
        assert paid["invoiceId"] == invoice["id"]
        assert paid["invoiceNumber"] == invoice["invoiceNumber"]
        assert paid["reference"] == "CHK-1001" and paid["clientName"] == firm.client["name"]
        assert [money(a["amount"]) for a in paid["allocations"]] == [money("100.00")]
        settled = await _invoice(tenant, invoice["id"])
        assert settled["status"] == "PAID" and money(settled["outstandingAmount"]) == 0
        assert settled["payments"] == [
            {
                "id": paid["id"],
                "amount": 100,
                "paymentDate": paid["paymentDate"],
                "paymentMethod": method,
                "status": "CONFIRMED",
            }
        ]
        (row,) = await ledger_rows(tenant, kind="PAYMENT")
        assert row["paymentId"] == paid["id"] and row["arTranId"] == paid["arTranId"]
        assert money(row["amount"]) == money("-100.00")
        assert await differences(tenant) == []

    @pytest.mark.parametrize(
        "method", ["CREDIT_CARD", "DEBIT_CARD", "PAYPAL", "APPLE_PAY", "GOOGLE_PAY"]
    )
    async def test_card_and_wallet_payments_go_through_the_processor(
        self, tenant: TenantHandle, firm: Firm, method: str
    ) -> None:
        await posted(tenant, firm.client["id"], ("1", "80.00"))
        paid = await pay(
            tenant, firm.client["id"], "80.00", paymentMethod=method, processorToken="tok_visa"
        )
        assert paid["status"] == "CONFIRMED" and paid["processor"] == "sandbox"
        assert paid["processorReference"].startswith("ch_")
        assert await differences(tenant) == []

    @pytest.mark.parametrize(("token", "brand", "last_four"), CARDS)
    async def test_each_sandbox_card_succeeds_with_its_brand(
        self, tenant: TenantHandle, firm: Firm, token: str, brand: str, last_four: str
    ) -> None:
        paid = await pay(
            tenant,
            firm.client["id"],
            "10.00",
            paymentMethod="CREDIT_CARD",
            processorToken=token,
        )
        assert (paid["cardType"], paid["cardLastFour"]) == (brand, last_four)
        assert paid["status"] == "CONFIRMED"

    @pytest.mark.parametrize(("token", "code"), DECLINES)
    async def test_a_decline_is_402_with_its_code_and_writes_nothing(
        self, tenant: TenantHandle, firm: Firm, token: str, code: str
    ) -> None:
        invoice = await posted(tenant, firm.client["id"], ("1", "50.00"))
        body = {
            "clientId": firm.client["id"],
            "amount": "50.00",
            "paymentMethod": "CREDIT_CARD",
            "processorToken": token,
        }
        response = await tenant.post("/api/v1/payments", json=body)
        assert response.status_code == 402, response.text
        error = response.json()["error"]
        assert error["code"] == "PAYMENT_DECLINED"
        assert error["details"][0]["reason"] == code
        assert await ledger_rows(tenant, kind="PAYMENT") == []
        listed = await tenant.post("/gql/v1/payments", json={})
        assert listed.json()["payments"] == []
        assert (await _invoice(tenant, invoice["id"]))["status"] == "POSTED"
        assert await events_of(tenant, "payment") == []

    async def test_a_charge_whose_recording_fails_is_refunded(
        self, tenant: TenantHandle, firm: Firm, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        calls = record_processor_calls(monkeypatch)

        async def broken(*_args: Any) -> Any:
            raise RuntimeError("the ledger is unreachable")

        monkeypatch.setattr(ledger, "pay", broken)
        body = {
            "clientId": firm.client["id"],
            "amount": "50.00",
            "paymentMethod": "CREDIT_CARD",
            "processorToken": "tok_visa",
        }
        failed = await tenant.post("/api/v1/payments", json=body)
        assert failed.status_code == 500
        assert len(calls.charges) == 1 and calls.refunds == calls.charges
        monkeypatch.undo()
        assert (await tenant.post("/gql/v1/payments", json={})).json()["payments"] == []

    async def test_a_recorded_charge_is_not_refunded(
        self, tenant: TenantHandle, firm: Firm, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        calls = record_processor_calls(monkeypatch)
        await pay(
            tenant,
            firm.client["id"],
            "50.00",
            paymentMethod="CREDIT_CARD",
            processorToken="tok_visa",
        )
        assert len(calls.charges) == 1 and calls.refunds == []

    @pytest.mark.parametrize(
        ("body", "path"),
        [
            ({"paymentMethod": "CREDIT_CARD"}, "processorToken"),
            ({"paymentMethod": "ACH"}, "processorToken"),
            ({"paymentMethod": "CREDIT_CARD", "processorToken": "tok_nope"}, "processorToken"),
            ({"paymentMethod": "ACH", "processorToken": "tok_visa"}, "processorToken"),
            ({"paymentMethod": "CHECK", "processorToken": "tok_visa"}, "processorToken"),
            ({"paymentMethod": "CASH"}, "paymentMethod"),
            ({"amount": "10.001"}, "amount"),
            ({"amount": "0"}, "amount"),
            ({"surprise": 1}, "surprise"),
            ({"paymentDate": "2026-02-30"}, "paymentDate"),
        ],
    )
    async def test_bad_payments_are_400_naming_the_path(
        self, tenant: TenantHandle, firm: Firm, body: dict[str, Any], path: str
    ) -> None:
        sent = {"clientId": firm.client["id"], "amount": "10.00", "paymentMethod": "CHECK"}
        response = await tenant.post("/api/v1/payments", json=sent | body)
        assert response.status_code == 400, response.text
        assert path in [detail["path"] for detail in response.json()["error"]["details"]]
        assert await ledger_rows(tenant) == []


class TestPaymentDate:
    async def test_an_offline_payment_may_be_dated_back_a_year_not_more(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        back = (_today() - timedelta(days=300)).isoformat()
        paid = await pay(tenant, firm.client["id"], "5.00", paymentDate=back)
        assert paid["paymentDate"] == paid["confirmationDate"] == back
        for when in (_today() - timedelta(days=400), _today() + timedelta(days=1)):
            body = {
                "clientId": firm.client["id"],
                "amount": "5.00",
                "paymentMethod": "CHECK",
                "paymentDate": when.isoformat(),
            }
            response = await tenant.post("/api/v1/payments", json=body)
            assert response.status_code == 400 and "paymentDate" in response.text

    async def test_a_card_payment_is_taken_today(self, tenant: TenantHandle, firm: Firm) -> None:
        body = {
            "clientId": firm.client["id"],
            "amount": "5.00",
            "paymentMethod": "CREDIT_CARD",
            "processorToken": "tok_visa",
            "paymentDate": (_today() - timedelta(days=3)).isoformat(),
        }
        response = await tenant.post("/api/v1/payments", json=body)
        assert response.status_code == 400 and "paymentDate" in response.text


class TestAllocation:
    async def test_without_allocations_the_oldest_due_invoices_are_paid_first(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        client_id = firm.client["id"]
        later = await posted(tenant, client_id, ("1", "100.00"), dueDate="2027-03-01")
        older = await posted(tenant, client_id, ("1", "100.00"), dueDate="2027-01-01")
        same_due_b = await posted(tenant, client_id, ("1", "100.00"), dueDate="2027-02-01")
        paid = await pay(tenant, client_id, "150.00")
        assert [a["invoiceId"] for a in paid["allocations"]] == [older["id"], same_due_b["id"]]
        assert [money(a["amount"]) for a in paid["allocations"]] == [100, 50]
        assert paid["invoiceId"] == older["id"]
        assert (await _invoice(tenant, older["id"]))["status"] == "PAID"
        part = await _invoice(tenant, same_due_b["id"])
        assert part["paymentStatus"] == "PARTIALLY_PAID"
        assert money(part["outstandingAmount"]) == 50
        assert money((await _invoice(tenant, later["id"]))["outstandingAmount"]) == 100
        assert await differences(tenant) == []

    async def test_same_due_date_goes_by_invoice_number(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        first = await posted(tenant, firm.client["id"], ("1", "10.00"), dueDate="2027-01-01")
        await posted(tenant, firm.client["id"], ("1", "10.00"), dueDate="2027-01-01")
        paid = await pay(tenant, firm.client["id"], "10.00")
        assert paid["invoiceId"] == first["id"]

    async def test_the_excess_is_one_payment_row_and_unapplied_credit(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        client_id = firm.client["id"]
        await posted(tenant, client_id, ("1", "100.00"))
        await pay(tenant, client_id, "130.00")
        rows = await ledger_rows(tenant)
        assert sorted(row["kind"] for row in rows) == ["INVOICE", "PAYMENT"]
        balance = await _balance(tenant, client_id)
        assert money(balance["unappliedCredit"]) == 30 and money(balance["outstanding"]) == 0
        assert await differences(tenant) == []

    async def test_named_allocations_settle_those_invoices(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        client_id = firm.client["id"]
        older = await posted(tenant, client_id, ("1", "100.00"), dueDate="2027-01-01")
        newer = await posted(tenant, client_id, ("1", "100.00"), dueDate="2027-02-01")
        paid = await pay(
            tenant,
            client_id,
            "100.00",
            allocations=[{"invoiceId": newer["id"], "amount": "60.00"}],
        )
        assert [(a["invoiceId"], money(a["amount"])) for a in paid["allocations"]] == [
            (newer["id"], 60)
        ]
        assert money((await _invoice(tenant, older["id"]))["outstandingAmount"]) == 100
        assert money((await _balance(tenant, client_id))["unappliedCredit"]) == 40
        assert await differences(tenant) == []

    async def test_bad_allocations_are_400_naming_the_line(
        self, tenant: TenantHandle, other_tenant: TenantHandle, firm: Firm
    ) -> None:
        client_id = firm.client["id"]
        invoice = await posted(tenant, client_id, ("1", "100.00"))
        other_client = await tenant.create("clients", {"name": "Other"})
        theirs = await posted(tenant, other_client["id"], ("1", "100.00"))
        cases = [
            ([{"invoiceId": invoice["id"], "amount": "100.01"}], "allocations[0].amount"),
            ([{"invoiceId": theirs["id"], "amount": "1.00"}], "allocations[0].invoiceId"),
            ([{"invoiceId": 999999, "amount": "1.00"}], "allocations[0].invoiceId"),
            (
                [
                    {"invoiceId": invoice["id"], "amount": "1.00"},
                    {"invoiceId": invoice["id"], "amount": "1.00"},
                ],
                "allocations[1].invoiceId",
            ),
            ([{"invoiceId": invoice["id"], "amount": "60.00"}], "allocations"),
        ]
        for allocations, path in cases:
            body = {
                "clientId": client_id,
                "amount": "50.00",
                "paymentMethod": "CHECK",
                "allocations": allocations,
            }
            response = await tenant.post("/api/v1/payments", json=body)
            assert response.status_code == 400, (path, response.text)
            paths = [detail["path"] for detail in response.json()["error"]["details"]]
            assert path in paths, (path, paths)
        assert await ledger_rows(tenant, kind="PAYMENT") == []

    async def test_paying_a_cancelled_invoice_is_409(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        invoice = await posted(tenant, firm.client["id"], ("1", "100.00"))
        assert (await tenant.post(f"/api/v1/invoices/{invoice['id']}/void")).status_code == 200
        body = {
            "clientId": firm.client["id"],
            "amount": "10.00",
            "paymentMethod": "CHECK",
            "allocations": [{"invoiceId": invoice["id"], "amount": "10.00"}],
        }
        response = await tenant.post("/api/v1/payments", json=body)
        assert response.status_code == 409, response.text
        assert response.json()["error"]["details"][0]["reason"] == "INVOICE_CANCELLED"


class TestApplyCredit:
    async def _credit(self, tenant: TenantHandle, client_id: int, amount: str) -> None:
        body = {"clientId": client_id, "amount": amount, "reason": "Goodwill"}
        assert (await tenant.post("/api/v1/credits", json=body)).status_code == 201

    async def test_credit_settles_the_invoices_first_then_the_payment_is_credit(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        client_id = firm.client["id"]
        invoice = await posted(tenant, client_id, ("1", "100.00"))
        await self._credit(tenant, client_id, "30.00")
        paid = await pay(tenant, client_id, "100.00")
        assert [money(a["amount"]) for a in paid["allocations"]] == [70]
        settled = await _invoice(tenant, invoice["id"])
        assert settled["status"] == "PAID" and money(settled["paidAmount"]) == 100
        assert money((await _balance(tenant, client_id))["unappliedCredit"]) == 30
        assert await differences(tenant) == []

    async def test_apply_credit_false_leaves_the_credit_alone(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        client_id = firm.client["id"]
        invoice = await posted(tenant, client_id, ("1", "100.00"))
        await self._credit(tenant, client_id, "30.00")
        paid = await pay(tenant, client_id, "60.00", applyCredit=False)
        assert [money(a["amount"]) for a in paid["allocations"]] == [60]
        assert money((await _invoice(tenant, invoice["id"]))["outstandingAmount"]) == 40
        assert money((await _balance(tenant, client_id))["unappliedCredit"]) == 30
        assert await differences(tenant) == []

    async def test_credit_goes_to_the_named_invoices_only(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        client_id = firm.client["id"]
        older = await posted(tenant, client_id, ("1", "100.00"), dueDate="2027-01-01")
        named = await posted(tenant, client_id, ("1", "100.00"), dueDate="2027-02-01")
        await self._credit(tenant, client_id, "30.00")
        await pay(
            tenant,
            client_id,
            "100.00",
            allocations=[{"invoiceId": named["id"], "amount": "100.00"}],
        )
        assert money((await _invoice(tenant, older["id"]))["outstandingAmount"]) == 100
        assert (await _invoice(tenant, named["id"]))["status"] == "PAID"
        assert money((await _balance(tenant, client_id))["unappliedCredit"]) == 30
        assert await differences(tenant) == []


class TestFees:
    async def test_the_method_rate_is_the_fee_and_net_is_what_is_left(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        await set_fee_rates(tenant, {"CREDIT_CARD": "0.029", "ACH": "0.008"})
        paid = await pay(
            tenant,
            firm.client["id"],
            "100.00",
            paymentMethod="CREDIT_CARD",
            processorToken="tok_visa",
        )
        assert money(paid["feeAmount"]) == money("2.90")
        assert money(paid["surchargeAmount"]) == 0
        assert money(paid["netAmount"]) == money("97.10")
        check = await pay(tenant, firm.client["id"], "100.00")
        assert money(check["feeAmount"]) == 0 and money(check["netAmount"]) == 100

    async def test_a_credit_card_fee_may_be_passed_on_as_a_surcharge(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        await set_fee_rates(tenant, {"CREDIT_CARD": "0.03"})
        invoice = await posted(tenant, firm.client["id"], ("1", "100.00"))
        paid = await pay(
            tenant,
            firm.client["id"],
            "100.00",
            paymentMethod="CREDIT_CARD",
            processorToken="tok_visa",
            passFeeToClient=True,
        )
        assert money(paid["surchargeAmount"]) == money("3.00")
        assert money(paid["feeAmount"]) == money("3.00")
        assert money(paid["netAmount"]) == money("100.00")
        (row,) = await ledger_rows(tenant, kind="PAYMENT")
        assert money(row["amount"]) == money("-100.00")
        assert (await _invoice(tenant, invoice["id"]))["status"] == "PAID"

    @pytest.mark.parametrize("method", ["DEBIT_CARD", "CHECK", "ACH"])
    async def test_other_fees_may_not_be_passed_on(
        self, tenant: TenantHandle, firm: Firm, method: str
    ) -> None:
        token = {"DEBIT_CARD": "tok_visa", "ACH": "tok_ach"}.get(method)
        body = {
            "clientId": firm.client["id"],
            "amount": "10.00",
            "paymentMethod": method,
            "passFeeToClient": True,
        } | ({"processorToken": token} if token else {})
        response = await tenant.post("/api/v1/payments", json=body)
        assert response.status_code == 400, response.text
        assert response.json()["error"]["details"][0]["path"] == "passFeeToClient"


class TestAch:
    async def test_ach_is_pending_then_settles_when_due(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        invoice = await posted(tenant, firm.client["id"], ("1", "100.00"))
        paid = await pay(
            tenant, firm.client["id"], "100.00", paymentMethod="ACH", processorToken="tok_ach"
        )
        assert paid["status"] == "PENDING" and paid["confirmationDate"] is None
        pending = await _invoice(tenant, invoice["id"])
        assert pending["status"] == "PENDING" and money(pending["outstandingAmount"]) == 0
        assert await settle_due(tenant, _later(1)) == 0
        assert (await payment(tenant, paid["id"]))["status"] == "PENDING"
        settle_seconds = tenant.ctx.settings.sandbox_ach_settle_seconds
        assert await settle_due(tenant, _later(settle_seconds + 1)) == 1
        settled = await payment(tenant, paid["id"])
        assert settled["status"] == "CONFIRMED"
        assert settled["confirmationDate"] == _today().isoformat()
        assert (await _invoice(tenant, invoice["id"]))["status"] == "PAID"
        assert await settle_due(tenant, _later(settle_seconds + 60)) == 0
        operations = [event["operation"] for event in await events_of(tenant, "payment")]
        assert operations == ["CREATE", "UPDATE", "CONFIRMED"]
        paid_events = [e for e in await events_of(tenant, "invoice") if e["operation"] == "PAID"]
        assert len(paid_events) == 1
        assert await differences(tenant) == []

    async def test_insufficient_funds_fails_at_settlement_and_reverses(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        invoice = await posted(tenant, firm.client["id"], ("1", "100.00"))
        paid = await pay(
            tenant,
            firm.client["id"],
            "150.00",
            paymentMethod="ACH",
            processorToken="tok_ach_insufficient",
        )
        assert paid["status"] == "PENDING"
        assert await settle_due(tenant, _later(3600)) == 1
        failed = await payment(tenant, paid["id"])
        assert failed["status"] == "FAILED" and failed["failureCode"] == "insufficient_funds"
        assert failed["allocations"] == []
        reopened = await _invoice(tenant, invoice["id"])
        assert reopened["status"] == "POSTED" and money(reopened["outstandingAmount"]) == 100
        (reversal,) = await ledger_rows(tenant, kind="REVERSAL")
        assert reversal["reversesArTranId"] == paid["arTranId"]
        balance = await _balance(tenant, firm.client["id"])
        assert money(balance["unappliedCredit"]) == 0 and money(balance["outstanding"]) == 100
        operations = [event["operation"] for event in await events_of(tenant, "payment")]
        assert operations == ["CREATE", "UPDATE", "FAILED"]
        assert await differences(tenant) == []

    async def test_a_pending_payment_is_not_refunded(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        paid = await pay(
            tenant, firm.client["id"], "10.00", paymentMethod="ACH", processorToken="tok_ach"
        )
        path = f"/api/v1/payments/{paid['id']}/refund"
        response = await tenant.post(path, json={"reason": "x"})
        assert response.status_code == 409
        assert response.json()["error"]["details"][0]["reason"] == "INVALID_TRANSITION"


class TestRefund:
    async def _refund(self, tenant: TenantHandle, payment_id: int) -> Any:
        return await tenant.post(
            f"/api/v1/payments/{payment_id}/refund", json={"reason": "Paid twice"}
        )

    async def test_a_refund_reopens_the_invoices_once(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        client_id = firm.client["id"]
        invoice = await posted(tenant, client_id, ("1", "100.00"))
        paid = await pay(
            tenant,
            client_id,
            "120.00",
            paymentMethod="CREDIT_CARD",
            processorToken="tok_visa",
        )
        response = await self._refund(tenant, paid["id"])
        assert response.status_code == 200, response.text
        refunded = response.json()["data"]
        assert refunded["status"] == "REFUNDED" and refunded["refundReason"] == "Paid twice"
        assert refunded["allocations"] == [] and refunded["refundedAt"] is not None
        reopened = await _invoice(tenant, invoice["id"])
        assert reopened["status"] == "POSTED" and money(reopened["outstandingAmount"]) == 100
        assert reopened["payments"][0]["status"] == "REFUNDED"
        (row,) = await ledger_rows(tenant, kind="REFUND")
        assert money(row["amount"]) == money("120.00")
        assert row["reversesArTranId"] == paid["arTranId"]
        balance = await _balance(tenant, client_id)
        assert money(balance["unappliedCredit"]) == 0 and money(balance["outstanding"]) == 100
        again = await self._refund(tenant, paid["id"])
        assert again.status_code == 409
        assert again.json()["error"]["details"][0]["reason"] == "ALREADY_REFUNDED"
        operations = [event["operation"] for event in await events_of(tenant, "payment")]
        assert operations == ["CREATE", "CONFIRMED", "UPDATE", "REFUNDED"]
        assert await differences(tenant) == []

    async def test_the_window_is_90_days_after_confirmation(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        inside = await pay(
            tenant,
            firm.client["id"],
            "10.00",
            paymentDate=(_today() - timedelta(days=90)).isoformat(),
        )
        outside = await pay(
            tenant,
            firm.client["id"],
            "10.00",
            paymentDate=(_today() - timedelta(days=91)).isoformat(),
        )
        assert (await self._refund(tenant, inside["id"])).status_code == 200
        closed = await self._refund(tenant, outside["id"])
        assert closed.status_code == 409
        assert closed.json()["error"]["details"][0]["reason"] == "REFUND_WINDOW_CLOSED"
        assert await differences(tenant) == []

    async def test_the_window_moves_with_today(
        self, tenant: TenantHandle, firm: Firm, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        paid = await pay(tenant, firm.client["id"], "10.00")
        future = datetime.now(UTC) + timedelta(days=91)
        monkeypatch.setattr(invoice_read, "utcnow", lambda: future)
        closed = await self._refund(tenant, paid["id"])
        assert closed.json()["error"]["details"][0]["reason"] == "REFUND_WINDOW_CLOSED"

    async def test_a_refund_of_a_credit_used_elsewhere_reopens_that_invoice_too(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        client_id = firm.client["id"]
        first = await posted(tenant, client_id, ("1", "50.00"))
        paid = await pay(tenant, client_id, "100.00")
        second = await posted(tenant, client_id, ("1", "50.00"))
        await pay(tenant, client_id, "1.00")  # the 50.00 credit settles the second first
        assert (await _invoice(tenant, second["id"]))["status"] == "PAID"
        assert (await self._refund(tenant, paid["id"])).status_code == 200
        for invoice in (first, second):
            assert (await _invoice(tenant, invoice["id"]))["status"] == "POSTED"
        assert await differences(tenant) == []


class TestDispute:
    async def test_a_dispute_has_the_ledger_effect_of_a_refund(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        invoice = await posted(tenant, firm.client["id"], ("1", "100.00"))
        paid = await pay(
            tenant,
            firm.client["id"],
            "100.00",
            paymentMethod="CREDIT_CARD",
            processorToken="tok_mastercard",
        )
        response = await tenant.post(f"/api/v1/payments/{paid['id']}/dispute")
        assert response.status_code == 200, response.text
        assert response.json()["data"]["status"] == "DISPUTED"
        assert (await _invoice(tenant, invoice["id"]))["status"] == "POSTED"
        assert len(await ledger_rows(tenant, kind="REFUND")) == 1
        again = await tenant.post(f"/api/v1/payments/{paid['id']}/refund", json={"reason": "r"})
        assert again.json()["error"]["details"][0]["reason"] == "ALREADY_REFUNDED"
        operations = [event["operation"] for event in await events_of(tenant, "payment")]
        assert operations[-2:] == ["UPDATE", "DISPUTED"]
        assert await differences(tenant) == []

    async def test_only_sandbox_payments_are_disputed(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        paid = await pay(tenant, firm.client["id"], "10.00")
        response = await tenant.post(f"/api/v1/payments/{paid['id']}/dispute")
        assert response.status_code == 409
        assert response.json()["error"]["details"][0]["reason"] == "INVALID_TRANSITION"


class TestReads:
    async def test_the_read_family_answers_the_same_payment(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        await posted(tenant, firm.client["id"], ("1", "100.00"))
        paid = await pay(tenant, firm.client["id"], "40.00")
        one = await tenant.get(f"/gql/v1/payment/{paid['id']}")
        assert one.status_code == 200 and one.json() == paid
        assert one.headers["ETag"] == f'"{paid["version"]}"'
        assert (await tenant.get(f"/v1/payment/{paid['id']}")).json() == paid
        listed = (await tenant.post("/gql/v1/payments", json={})).json()
        assert listed["payments"] == [paid] and listed["total"]["aggregate"]["count"] == 1
        rest = (await tenant.get("/api/v1/payments")).json()
        assert rest["data"] == [paid]

    async def test_simple_filters(self, tenant: TenantHandle, firm: Firm) -> None:
        other = await tenant.create("clients", {"name": "Other client"})
        old = (_today() - timedelta(days=40)).isoformat()
        early = await pay(tenant, firm.client["id"], "1.00", paymentDate=old)
        wire = await pay(tenant, firm.client["id"], "2.00", paymentMethod="WIRE")
        theirs = await pay(tenant, other["id"], "3.00")

        async def ids(body: dict[str, Any]) -> set[int]:
            response = await tenant.post("/gql/v1/payments", json=body)
            assert response.status_code == 200, response.text
            return {item["id"] for item in response.json()["payments"]}

        assert await ids({"clientId": other["id"]}) == {theirs["id"]}
        assert await ids({"paymentMethod": "WIRE"}) == {wire["id"]}
        assert await ids({"endDate": old}) == {early["id"]}
        assert await ids({"startDate": _today().isoformat()}) == {wire["id"], theirs["id"]}
        found = await tenant.post(
            "/gql/v1/payments/search",
            json={"where": {"amount": {"_gte": 2}}, "orderBy": [{"amount": "asc"}]},
        )
        assert [item["id"] for item in found.json()["payments"]] == [wire["id"], theirs["id"]]
        rest = await tenant.get("/api/v1/payments", params={"paymentMethod": "WIRE"})
        assert [item["id"] for item in rest.json()["data"]] == [wire["id"]]

    async def test_another_tenant_sees_nothing(
        self, tenant: TenantHandle, other_tenant: TenantHandle, firm: Firm
    ) -> None:
        paid = await pay(tenant, firm.client["id"], "10.00")
        for path in (f"/gql/v1/payment/{paid['id']}", f"/api/v1/payments/{paid['id']}"):
            assert (await other_tenant.get(path)).status_code == 404
        refund = await other_tenant.post(
            f"/api/v1/payments/{paid['id']}/refund", json={"reason": "r"}
        )
        assert refund.status_code == 404
        assert (await other_tenant.post("/gql/v1/payments", json={})).json()["payments"] == []
        body = {"clientId": firm.client["id"], "amount": "5.00", "paymentMethod": "CHECK"}
        response = await other_tenant.post("/api/v1/payments", json=body)
        assert response.status_code == 400 and "clientId" in response.text

    async def test_events_are_in_the_catalog(self, tenant: TenantHandle) -> None:
        catalog = (await tenant.get("/api/v1/event-subscriptions/catalog")).json()["data"]
        pairs = {(e["entityType"], e["operation"]) for e in catalog}
        for operation in ("CREATE", "UPDATE", "CONFIRMED", "FAILED", "REFUNDED", "DISPUTED"):
            assert ("payment", operation) in pairs


class TestProcessorInterface:
    async def test_processors_are_found_by_name_and_an_unknown_one_is_not(
        self, tenant: TenantHandle
    ) -> None:
        settings = tenant.ctx.settings
        assert isinstance(processor.processor_for("sandbox", settings), SandboxProcessor)
        with pytest.raises(LookupError):
            processor.processor_for("nowhere", settings)

    async def test_the_sandbox_reads_stripe_events(self, tenant: TenantHandle) -> None:
        sandbox = SandboxProcessor(tenant.ctx.settings)
        event = {"type": "charge.dispute.created", "data": {"object": {"charge": "ch_1"}}}
        assert sandbox.handle_event(event) == processor.ProcessorEvent("DISPUTED", "ch_1")
        assert sandbox.handle_event({"type": "customer.created", "data": {}}) is None


class TestLedgerRows:
    async def test_a_refund_row_is_not_reversed(self, tenant: TenantHandle, firm: Firm) -> None:
        paid = await pay(tenant, firm.client["id"], "10.00")
        path = f"/api/v1/payments/{paid['id']}/refund"
        assert (await tenant.post(path, json={"reason": "r"})).status_code == 200
        (row,) = await ledger_rows(tenant, kind="REFUND")
        with pytest.raises(ApiError) as refused:
            async with tenant.ctx.db.session() as session:
                await ledger.reverse(session, tenant.id, row["arTranId"])
        assert refused.value.status_code == 409
        assert await differences(tenant) == []


async def test_the_rest_list_filters_by_dates_in_the_query(tenant: TenantHandle) -> None:
    # The query's dates reach the filters as dates: a 500 once (schemathesis found it).
    listed = await tenant.get(
        "/api/v1/payments", params={"startDate": "2000-01-01", "endDate": "2000-01-02"}
    )
    assert listed.status_code == 200, listed.text
    assert listed.json()["data"] == []
    zero = await tenant.get("/api/v1/payments", params={"startDate": "0"})
    assert zero.status_code == 400  # not read as the first day of 1970
