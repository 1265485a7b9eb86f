"""Paying a SIGNED engagement's prepayment from the portal (money-work.md §7 and §9): every
signer signed while a prepayment is still due, so the signed page offers to pay it; paying
executes the engagement (certificate, the firm told) and keeps the payment as the client's
credit; a decline, an empty token or a second submit charge nothing; the worker reminds the
billing signers with a new link every `reminderDays` until it is paid."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pypdf import PdfReader

from openwyn.engagements import repository as repo
from openwyn.engagements import signing
from openwyn.engagements.clock import EngagementClock
from openwyn.kit.sqltypes import utcnow
from tests.fixtures.api import TenantHandle
from tests.fixtures.billing import differences
from tests.fixtures.work import events_of, make_firm
from tests.test_engagement_signing import LETTER, _contact, _sent, _sign, _tokens

pytestmark = pytest.mark.anyio
PAID = "your prepayment is paid and the engagement is executed"


async def _signed_with_prepayment_due(
    tenant: TenantHandle, roles: tuple[str, ...] = ("PRIMARY",), end_date: str | None = None
) -> tuple[dict[str, Any], list[str]]:
    """A SENT engagement with a USD 250.00 prepayment whose signers all signed without paying
    (as the demo's seeding signs), so it waits SIGNED; with its signers' tokens in order."""
    firm = await make_firm(tenant)
    partner = await tenant.create(
        "staff",
        {
            "firstName": "Pat",
            "lastName": "Partner",
            "email": f"pat{firm.client['id']}@firm.example",
        },
    )
    body = {"name": "Pre", "engagementNameTemplate": "{{ client.name }} return", "body": LETTER}
    template = await tenant.create("engagement-templates", body)
    contacts = [await _contact(tenant, firm.client["id"], f"p{i}") for i in range(len(roles))]
    service = {
        "jobId": firm.job["id"],
        "description": "Tax return",
        "price": "900.00",
        "billingSchedule": "ONCE",
        "prepaymentAmount": "250.00",
    }
    engagement = {
        "clientIds": [firm.client["id"]],
        "templateId": template["id"],
        "startDate": "2027-01-01",
        "endDate": end_date,
        "partnerStaffId": partner["id"],
        "services": [service],
        "signers": [
            {"contactId": c["id"], "role": r} for c, r in zip(contacts, roles, strict=True)
        ],
    }
    made = (await tenant.post("/api/v1/engagements", json=engagement)).json()["data"]
    sent = (await tenant.post(f"/api/v1/engagements/{made['id']}/send")).json()["data"]
    tokens = await _tokens(tenant, made["id"])
    async with tenant.ctx.db.session() as session:
        for signer in (await repo.children(session, tenant.id, made["id"]))["signers"]:
            evidence = ("192.0.2.1", "Seeding")
            signature = signing.Signature(signer["id"], "Pat Payer", evidence, sent["letterSha256"])
            await signing.record(
                session, tenant.ctx.files, tenant.id, made["id"], signature, utcnow()
            )
        await session.commit()
    shown = await _shown(tenant, made["id"])
    assert shown["status"] == "SIGNED" and shown["prepaidAmount"] == 0
    return shown, tokens


async def _shown(tenant: TenantHandle, engagement_id: int) -> dict[str, Any]:
    data: dict[str, Any] = (await tenant.get(f"/api/v1/engagements/{engagement_id}")).json()["data"]
    return data


async def _pay(tenant: TenantHandle, token: str, card: str | None) -> Any:
    form = {} if card is None else {"payment_token": card}
    return await tenant.api.post(f"/portal/sign/{token}/pay", data=form)


async def _payments(tenant: TenantHandle) -> list[dict[str, Any]]:
    payments: list[dict[str, Any]] = (await tenant.get("/api/v1/payments")).json()["data"]
    return payments


async def _messages(tenant: TenantHandle, engagement_id: int) -> list[dict[str, Any]]:
    listed = await tenant.get(
        "/api/v1/outbound-messages",
        params={"relatedType": "engagement", "relatedId": engagement_id},
    )
    return sorted(listed.json()["data"], key=lambda m: m["id"])


class TestThePayForm:
    async def test_a_signed_engagement_with_a_prepayment_due_offers_to_pay_it(
        self, tenant: TenantHandle
    ) -> None:
        _, (token,) = await _signed_with_prepayment_due(tenant)
        page = await tenant.api.get(f"/portal/sign/{token}")
        assert page.status_code == 200
        html = page.text
        assert "Prepayment due: USD 250.00" in html and "Signed by Pat Payer" in html
        assert '<label for="payment_token">Card for the prepayment of USD 250.00</label>' in html
        assert f'action="/portal/sign/{token}/pay"' in html
        assert "<script" not in html and "http://" not in html.split("<body>")[1]

    async def test_an_executed_engagement_offers_nothing_to_pay(self, tenant: TenantHandle) -> None:
        _, (token,) = await _sent(tenant)
        assert (await _sign(tenant, token)).status_code == 200
        page = await tenant.api.get(f"/portal/sign/{token}")
        assert page.status_code == 200 and "Signed by Ann Owner" in page.text
        assert 'name="payment_token"' not in page.text and "/pay" not in page.text

    async def test_a_signer_waiting_on_another_is_not_asked_to_pay(
        self, tenant: TenantHandle
    ) -> None:
        _, (first, _) = await _sent(tenant, signers=2)
        assert (await _sign(tenant, first)).status_code == 200
        page = await tenant.api.get(f"/portal/sign/{first}")
        assert "Signed by Ann Owner" in page.text and 'name="payment_token"' not in page.text


class TestPaying:
    async def test_paying_executes_and_keeps_the_payment_as_credit(
        self, tenant: TenantHandle
    ) -> None:
        shown, (token,) = await _signed_with_prepayment_due(tenant)
        paid = await _pay(tenant, token, "tok_visa")
        assert paid.status_code == 200, paid.text
        assert PAID in paid.text and re.search(r'id="status">Executed<', paid.text)
        assert 'name="payment_token"' not in paid.text
        after = await _shown(tenant, shown["id"])
        assert after["status"] == "EXECUTED" and after["prepaidAmount"] == 250
        (payment,) = await _payments(tenant)
        assert payment["status"] == "CONFIRMED" and payment["amount"] == 250
        assert payment["allocations"] == [] and payment["cardLastFour"] == "4242"
        balance = await tenant.get(f"/api/v1/clients/{shown['clientId']}/balance")
        assert balance.json()["data"]["unappliedCredit"] == 250
        assert await differences(tenant) == []
        pdf = await tenant.get(f"/api/v1/files/{after['certificateFileId']}/content")
        text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
        assert "Certificate of execution" in text and "Pat Payer" in text
        told = (await _messages(tenant, shown["id"]))[-1]
        assert told["to"] == [f"pat{shown['clientId']}@firm.example"]
        assert told["subject"].startswith("Executed:")
        operations = [e["operation"] for e in await events_of(tenant, "engagement")]
        assert operations[-3:] == ["SIGNED", "UPDATE", "EXECUTED"]  # the UPDATE: prepaidAmount

    async def test_a_decline_is_402_and_records_nothing(self, tenant: TenantHandle) -> None:
        shown, (token,) = await _signed_with_prepayment_due(tenant)
        declined = await _pay(tenant, token, "tok_chargeDeclined")
        assert declined.status_code == 402 and "generic_decline" in declined.text
        assert 'id="payment_token"' in declined.text  # the form again, to try another card
        after = await _shown(tenant, shown["id"])
        assert after["status"] == "SIGNED" and after["prepaidAmount"] == 0
        assert after["certificateFileId"] is None
        assert await _payments(tenant) == []

    async def test_an_empty_card_token_is_400_with_the_form_again(
        self, tenant: TenantHandle
    ) -> None:
        shown, (token,) = await _signed_with_prepayment_due(tenant)
        for card in (None, "   "):
            empty = await _pay(tenant, token, card)
            assert empty.status_code == 400 and "payment token" in empty.text
            assert 'id="payment_token"' in empty.text
        assert (await _shown(tenant, shown["id"]))["status"] == "SIGNED"
        assert await _payments(tenant) == []

    async def test_a_second_payment_is_409_and_charges_nothing(self, tenant: TenantHandle) -> None:
        shown, (token,) = await _signed_with_prepayment_due(tenant)
        assert (await _pay(tenant, token, "tok_visa")).status_code == 200
        again = await _pay(tenant, token, "tok_mastercard")
        assert again.status_code == 409 and "No prepayment is due" in again.text
        assert len(await _payments(tenant)) == 1
        assert (await _shown(tenant, shown["id"]))["prepaidAmount"] == 250

    async def test_a_link_pays_only_its_own_engagement(self, tenant: TenantHandle) -> None:
        first, (first_token,) = await _signed_with_prepayment_due(tenant)
        second, _ = await _signed_with_prepayment_due(tenant)
        assert (await _pay(tenant, first_token, "tok_visa")).status_code == 200
        assert (await _pay(tenant, first_token, "tok_visa")).status_code == 409
        untouched = await _shown(tenant, second["id"])
        assert untouched["status"] == "SIGNED" and untouched["prepaidAmount"] == 0
        (payment,) = await _payments(tenant)
        assert payment["clientId"] == first["clientId"] != second["clientId"]
        assert (await _pay(tenant, "A" * 43, "tok_visa")).status_code == 404

    async def test_an_unsigned_letter_is_not_paid_here(self, tenant: TenantHandle) -> None:
        sent, (token,) = await _sent(tenant)
        refused = await _pay(tenant, token, "tok_visa")
        assert refused.status_code == 409 and "Dear" not in refused.text
        assert (await _shown(tenant, sent["id"]))["status"] == "SENT"
        assert await _payments(tenant) == []


def _clock(tenant: TenantHandle) -> EngagementClock:
    return EngagementClock(tenant.ctx.db, tenant.ctx.settings, storage=tenant.ctx.files)


class TestRemindersUntilPrepaid:
    async def test_the_billing_signer_is_reminded_with_a_link_that_pays(
        self, tenant: TenantHandle
    ) -> None:
        shown, (primary, billing) = await _signed_with_prepayment_due(
            tenant, roles=("PRIMARY", "BILLING")
        )
        signed_at = datetime.fromisoformat(shown["signedAt"])
        before = len(await _messages(tenant, shown["id"]))
        clock = _clock(tenant)
        await clock.tick(signed_at + timedelta(days=2, hours=23))
        assert len(await _messages(tenant, shown["id"])) == before  # not yet
        await clock.tick(signed_at + timedelta(days=3))
        reminder = (await _messages(tenant, shown["id"]))[-1]
        assert len(await _messages(tenant, shown["id"])) == before + 1
        assert reminder["to"] == ["p1@client.example"]  # the BILLING signer only
        assert reminder["subject"].startswith("Prepayment due:")
        assert "USD 250.00" in reminder["text"] and "Pay the prepayment" in reminder["html"]
        link = (await _tokens(tenant, shown["id"]))[-1]
        assert (await tenant.api.get(f"/portal/sign/{billing}")).status_code == 200  # kept
        assert (await tenant.api.get(f"/portal/sign/{primary}")).status_code == 200
        page = await tenant.api.get(f"/portal/sign/{link}")
        assert page.status_code == 200 and "Prepayment due: USD 250.00" in page.text
        await clock.tick(signed_at + timedelta(days=6))
        assert len(await _messages(tenant, shown["id"])) == before + 2  # every reminderDays
        link = (await _tokens(tenant, shown["id"]))[-1]
        assert (await _pay(tenant, link, "tok_visa")).status_code == 200
        assert (await _shown(tenant, shown["id"]))["status"] == "EXECUTED"

    async def test_every_signer_is_reminded_when_none_is_billing(
        self, tenant: TenantHandle
    ) -> None:
        shown, _ = await _signed_with_prepayment_due(tenant, roles=("PRIMARY", "SIGNER"))
        before = len(await _messages(tenant, shown["id"]))
        await _clock(tenant).tick(datetime.fromisoformat(shown["signedAt"]) + timedelta(days=3))
        reminders = (await _messages(tenant, shown["id"]))[before:]
        assert sorted(m["to"][0] for m in reminders) == ["p0@client.example", "p1@client.example"]

    async def test_no_reminder_after_the_end_date(self, tenant: TenantHandle) -> None:
        shown, _ = await _signed_with_prepayment_due(tenant, end_date="2027-03-31")
        before = len(await _messages(tenant, shown["id"]))
        clock = _clock(tenant)
        await clock.tick(datetime(2027, 3, 31, 12, tzinfo=UTC))  # its last day: reminded
        assert len(await _messages(tenant, shown["id"])) == before + 1
        for day in (9, 20):  # ended: reminders stop
            await clock.tick(datetime(2027, 4, day, 12, tzinfo=UTC))
        assert len(await _messages(tenant, shown["id"])) == before + 1
        after = await _shown(tenant, shown["id"])
        assert after["status"] == "SIGNED"  # the firm executes or cancels it

    async def test_no_reminder_once_executed(self, tenant: TenantHandle) -> None:
        shown, (token,) = await _signed_with_prepayment_due(tenant)
        assert (await _pay(tenant, token, "tok_visa")).status_code == 200
        before = len(await _messages(tenant, shown["id"]))
        signed_at = datetime.fromisoformat(shown["signedAt"])
        for days in (3, 6):
            await _clock(tenant).tick(signed_at + timedelta(days=days))
        assert len(await _messages(tenant, shown["id"])) == before
        async with tenant.ctx.db.session() as session:
            # Before its start date: nothing is due of it, not even a reminder.
            due = await repo.unscoped_due(session, signed_at + timedelta(days=9), 9)
        assert shown["id"] not in {row["id"] for row in due}
