"""The Records API type `payment` (money-work.md §5, §10): PMS payments upserted by systemRef,
offline and CONFIRMED at once, their allocations naming invoices by systemRef, the ledger
following exactly as for a native offline payment, changed amounts refused, a DELETE that
refunds."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fixtures.api import TenantHandle
from tests.fixtures.billing import differences, ledger_rows, money, posted
from tests.fixtures.work import Firm, events_of, make_firm

pytestmark = pytest.mark.anyio


@pytest.fixture
async def firm(tenant: TenantHandle) -> Firm:
    return await make_firm(tenant)


def _payment(ref: str, **attributes: Any) -> dict[str, Any]:
    return {"type": "payment", "systemRef": ref, "attributes": attributes}


async def _sync(tenant: TenantHandle, *records: dict[str, Any]) -> list[dict[str, Any]]:
    response = await tenant.post("/api/v1/records", json={"records": list(records)})
    assert response.status_code == 200, response.text
    results: list[dict[str, Any]] = response.json()["data"]["records"]
    return results


async def _get(tenant: TenantHandle, kind: str, record_id: int) -> dict[str, Any]:
    response = await tenant.get(f"/api/v1/{kind}/{record_id}")
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


def _reason(result: dict[str, Any]) -> str:
    assert result["status"] == "FAILED", result
    reason: str = result["error"]["details"][0]["reason"]
    return reason


def _paths(result: dict[str, Any]) -> list[str]:
    assert result["status"] == "FAILED", result
    assert result["error"]["code"] == "VALIDATION_FAILED", result
    return [detail["path"] for detail in result["error"]["details"]]


async def _pms_invoice(tenant: TenantHandle, firm: Firm, ref: str, price: str) -> dict[str, Any]:
    """An invoice the PMS pushed, POSTED, named by its systemRef."""
    lines = [{"description": "Audit", "quantity": 1, "unitPrice": price}]
    invoice = {
        "type": "invoice",
        "systemRef": ref,
        "attributes": {"clientId": firm.client["id"], "status": "POSTED", "lineItems": lines},
    }
    (result,) = await _sync(tenant, invoice)
    assert result["operation"] == "CREATED", result
    return await _get(tenant, "invoices", result["id"])


def _check(firm: Firm, amount: str, *allocations: tuple[Any, str], **more: Any) -> dict[str, Any]:
    return {
        "clientId": {"systemRef": firm.client["pmsRef"]},
        "amount": amount,
        "paymentMethod": "CHECK",
        "reference": "Check 1001",
        "status": "CONFIRMED",
        "allocations": [{"invoiceId": ref, "amount": part} for ref, part in allocations],
    } | more


class TestCreate:
    async def test_a_pms_payment_is_a_confirmed_offline_payment_with_its_ledger_row(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        first = await _pms_invoice(tenant, firm, "PMS-INV-1", "300.00")
        second = await posted(tenant, firm.client["id"], ("1", "200.00"))
        attributes = _check(
            firm,
            "400.00",
            ({"systemRef": "PMS-INV-1"}, "300.00"),
            (second["id"], "50.00"),
            paymentDate="2026-11-02",
        )
        (result,) = await _sync(tenant, _payment("PMS-PAY-1", **attributes))
        assert (result["status"], result["operation"]) == ("SUCCESS", "CREATED"), result
        payment = await _get(tenant, "payments", result["id"])
        assert (payment["source"], payment["pmsRef"]) == ("PMS", "PMS-PAY-1")
        assert (payment["status"], payment["paymentMethod"]) == ("CONFIRMED", "CHECK")
        assert (payment["paymentDate"], payment["confirmationDate"]) == ("2026-11-02",) * 2
        assert payment["processor"] is None and payment["reference"] == "Check 1001"
        assert [(a["invoiceId"], money(a["amount"])) for a in payment["allocations"]] == [
            (first["id"], money("300.00")),
            (second["id"], money("50.00")),
        ]
        assert (await _get(tenant, "invoices", first["id"]))["status"] == "PAID"
        assert money((await _get(tenant, "invoices", second["id"]))["outstandingAmount"]) == 150
        rows = await ledger_rows(tenant, kind="PAYMENT")
        assert [(r["arTranId"], abs(money(r["amount"]))) for r in rows] == [
            (payment["arTranId"], money("400.00"))
        ]
        balance = (await tenant.get(f"/api/v1/clients/{firm.client['id']}/balance")).json()
        assert money(balance["data"]["unappliedCredit"]) == money("50.00")  # the excess
        assert await differences(tenant) == []
        operations = [e["operation"] for e in await events_of(tenant, "payment")]
        assert operations == ["CREATE", "CONFIRMED"]

    async def test_without_allocations_the_oldest_invoices_are_settled_first(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        older = await posted(tenant, firm.client["id"], ("1", "100.00"), dueDate="2026-01-10")
        newer = await posted(tenant, firm.client["id"], ("1", "100.00"), dueDate="2026-02-10")
        attributes = _check(firm, "150.00")
        del attributes["allocations"]
        (result,) = await _sync(tenant, _payment("PMS-PAY-2", **attributes))
        payment = await _get(tenant, "payments", result["id"])
        assert [(a["invoiceId"], money(a["amount"])) for a in payment["allocations"]] == [
            (older["id"], money("100.00")),
            (newer["id"], money("50.00")),
        ]
        (again,) = await _sync(tenant, _payment("PMS-PAY-2", **attributes))
        assert again["operation"] == "UNCHANGED", again
        assert await differences(tenant) == []

    async def test_pushed_again_unchanged_writes_nothing(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        await _pms_invoice(tenant, firm, "PMS-INV-2", "100.00")
        attributes = _check(firm, "100.00", ({"systemRef": "PMS-INV-2"}, "100.00"))
        (created,) = await _sync(tenant, _payment("PMS-PAY-3", **attributes))
        (again,) = await _sync(tenant, _payment("PMS-PAY-3", **attributes))
        assert (again["operation"], again["id"]) == ("UNCHANGED", created["id"]), again
        assert len(await ledger_rows(tenant, kind="PAYMENT")) == 1
        assert len(await events_of(tenant, "payment")) == 2
        (renamed,) = await _sync(tenant, _payment("PMS-PAY-3", reference="Check 1002"))
        assert renamed["operation"] == "UPDATED", renamed
        assert (await _get(tenant, "payments", created["id"]))["reference"] == "Check 1002"
        assert [e["operation"] for e in await events_of(tenant, "payment")][-1] == "UPDATE"

    async def test_bad_records_fail_alone_naming_their_paths(
        self, tenant: TenantHandle, firm: Firm, other_tenant: TenantHandle
    ) -> None:
        foreign = await make_firm(other_tenant)
        invoice = await _pms_invoice(tenant, firm, "PMS-INV-3", "100.00")
        results = await _sync(
            tenant,
            _payment("BAD-1", **_check(firm, "10.005")),
            _payment("BAD-2", **_check(firm, "10.00", clientId=foreign.client["id"])),
            _payment("BAD-3", **_check(firm, "10.00", ({"systemRef": "NOPE"}, "10.00"))),
            _payment("BAD-4", **_check(firm, "10.00", paymentDate="2026-02-30")),
            _payment("BAD-5", **_check(firm, "500.00", (invoice["id"], "200.00"))),
            _payment("BAD-6", **_check(firm, "10.00", paymentMethod="CREDIT_CARD")),
            _payment("BAD-7", **_check(firm, "10.00", status="PENDING")),
            _payment("GOOD", **_check(firm, "10.00", (invoice["id"], "10.00"))),
        )
        assert _paths(results[0]) == ["attributes.amount"]
        assert _paths(results[1]) == ["attributes.clientId"]
        assert _paths(results[2]) == ["attributes.allocations[0].invoiceId"]
        assert _paths(results[3]) == ["attributes.paymentDate"]
        assert _paths(results[4]) == ["attributes.allocations[0].amount"]
        assert _paths(results[5]) == ["attributes.paymentMethod"]
        assert _paths(results[6]) == ["attributes.status"]
        assert results[7]["operation"] == "CREATED", results[7]
        assert len(await ledger_rows(tenant, kind="PAYMENT")) == 1
        assert await differences(tenant) == []


class TestConfirmedAmounts:
    async def test_changing_a_confirmed_payments_amount_or_allocations_is_refused(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        await _pms_invoice(tenant, firm, "PMS-INV-4", "100.00")
        await _pms_invoice(tenant, firm, "PMS-INV-5", "100.00")
        attributes = _check(firm, "100.00", ({"systemRef": "PMS-INV-4"}, "100.00"))
        (created,) = await _sync(tenant, _payment("PMS-PAY-4", **attributes))
        elsewhere = [{"invoiceId": {"systemRef": "PMS-INV-5"}, "amount": "100.00"}]
        moved = attributes | {"allocations": elsewhere}
        results = await _sync(
            tenant,
            _payment("PMS-PAY-4", amount="90.00"),
            _payment("PMS-PAY-4", **moved),
            _payment("PMS-PAY-4", paymentMethod="WIRE"),
        )
        assert [_reason(result) for result in results] == ["PAYMENT_CONFIRMED"] * 3
        payment = await _get(tenant, "payments", created["id"])
        assert money(payment["amount"]) == money("100.00")
        assert len(await ledger_rows(tenant, kind="PAYMENT")) == 1
        assert await differences(tenant) == []

    async def test_a_records_delete_refunds_the_payment(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        invoice = await _pms_invoice(tenant, firm, "PMS-INV-6", "100.00")
        attributes = _check(firm, "100.00", ({"systemRef": "PMS-INV-6"}, "100.00"))
        (created,) = await _sync(tenant, _payment("PMS-PAY-5", **attributes))
        for _ in range(2):  # a second DELETE leaves the refunded payment as it is
            response = await tenant.api.request(
                "DELETE",
                "/api/v1/records",
                json={"records": [{"type": "payment", "systemRef": "PMS-PAY-5"}]},
                headers=tenant.headers,
            )
            assert response.status_code == 200, response.text
            assert response.json()["data"]["records"][0]["operation"] == "DELETED"
        payment = await _get(tenant, "payments", created["id"])
        assert (payment["status"], payment["allocations"]) == ("REFUNDED", [])
        reopened = await _get(tenant, "invoices", invoice["id"])
        assert money(reopened["outstandingAmount"]) == money("100.00")
        assert len(await ledger_rows(tenant, kind="REFUND")) == 1
        (again,) = await _sync(tenant, _payment("PMS-PAY-5", status="CONFIRMED"))
        assert _reason(again) == "INVALID_TRANSITION"
        assert await differences(tenant) == []


class TestDiscovery:
    async def test_the_payment_type_is_described_as_its_records_are_validated(
        self, tenant: TenantHandle
    ) -> None:
        listed = (await tenant.get("/api/v1/records/types")).json()["data"]
        assert "payment" in [described["name"] for described in listed]
        response = await tenant.get("/api/v1/records/types/payment")
        assert response.status_code == 200, response.text
        described = response.json()["data"]
        assert described["recordsUrl"] == "/gql/v1/payments/search"
        fields = {field["name"]: field for field in described["fields"]}
        assert fields["clientId"]["type"] == "reference" and fields["clientId"]["required"]
        assert fields["paymentMethod"]["enumValues"] == ["CHECK", "WIRE", "BANK_TRANSFER"]
        assert fields["status"]["enumValues"] == ["CONFIRMED"]
        assert fields["allocations"]["type"] == "json"
        assert "arTranId" not in fields and "pmsRef" not in fields
