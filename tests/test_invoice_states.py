"""`invoice_service.mark_sent` refusals and voiding a DRAFT invoice (money-work.md §4)."""

from __future__ import annotations

import pytest

from openwyn.billing import invoice_service
from openwyn.errors import Conflict, NotFound
from tests.fixtures.api import TenantHandle
from tests.fixtures.billing import differences, draft, ledger_rows, money, posted
from tests.fixtures.work import Firm, events_of, make_firm

pytestmark = pytest.mark.anyio


@pytest.fixture
async def firm(tenant: TenantHandle) -> Firm:
    return await make_firm(tenant)


async def _mark_sent_reason(tenant: TenantHandle, invoice_id: int) -> str:
    async with tenant.ctx.db.session() as session:
        with pytest.raises(Conflict) as raised:
            await invoice_service.mark_sent(session, tenant.id, invoice_id)
        await session.rollback()
    reason: str = raised.value.details[0]["reason"]
    return reason


class TestMarkSent:
    async def test_a_draft_is_not_sent(self, tenant: TenantHandle, firm: Firm) -> None:
        invoice = await draft(tenant, firm.client["id"])
        assert await _mark_sent_reason(tenant, invoice["id"]) == "INVOICE_NOT_POSTED"

    async def test_a_cancelled_invoice_is_not_sent(self, tenant: TenantHandle, firm: Firm) -> None:
        invoice = await posted(tenant, firm.client["id"])
        voided = await tenant.post(f"/api/v1/invoices/{invoice['id']}/void")
        assert voided.status_code == 200, voided.text
        assert await _mark_sent_reason(tenant, invoice["id"]) == "INVOICE_CANCELLED"

    async def test_a_posted_invoice_is_sent_once_stamped(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        invoice = await posted(tenant, firm.client["id"])
        async with tenant.ctx.db.session() as session:
            sent = await invoice_service.mark_sent(session, tenant.id, invoice["id"])
            await session.commit()
        assert sent["sentAt"] is not None
        assert sent["version"] == invoice["version"] + 1
        operations = [e["operation"] for e in await events_of(tenant, "invoice")]
        assert operations[-2:] == ["UPDATE", "SENT"]

    async def test_another_tenants_invoice_is_not_found(
        self, tenant: TenantHandle, firm: Firm, other_tenant: TenantHandle
    ) -> None:
        invoice = await posted(tenant, firm.client["id"])
        async with other_tenant.ctx.db.session() as session:
            with pytest.raises(NotFound):
                await invoice_service.mark_sent(session, other_tenant.id, invoice["id"])
            await session.rollback()


class TestVoidDraft:
    async def test_voiding_a_draft_cancels_it_without_a_ledger_row(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        invoice = await draft(tenant, firm.client["id"])
        response = await tenant.post(f"/api/v1/invoices/{invoice['id']}/void")
        assert response.status_code == 200, response.text
        voided = response.json()["data"]
        assert voided["status"] == "CANCELLED"
        assert voided["invoiceNumber"] is None
        assert money(voided["outstandingAmount"]) == 0
        assert await ledger_rows(tenant) == []
        assert await differences(tenant) == []
        operations = [e["operation"] for e in await events_of(tenant, "invoice")]
        assert operations == ["CREATE", "UPDATE", "CANCELLED"]
        again = await tenant.post(f"/api/v1/invoices/{invoice['id']}/void")
        assert again.status_code == 409
        assert again.json()["error"]["details"][0]["reason"] == "INVOICE_CANCELLED"
        post = await tenant.post(f"/api/v1/invoices/{invoice['id']}/post")
        assert post.status_code == 409
        assert post.json()["error"]["details"][0]["reason"] == "INVOICE_CANCELLED"
        # A voided draft took no number: the next posting is the first.
        first = await posted(tenant, firm.client["id"])
        assert first["invoiceNumber"].endswith("-00001")
