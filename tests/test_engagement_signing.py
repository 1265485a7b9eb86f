"""Sending and signing an engagement letter (money-work.md §7 and §9), over HTTP: the letter
rendered and emailed with a personal link; the signing page; the evidence kept; SIGNED then
EXECUTED with a certificate; tokens that are wrong, expired or used up leak nothing; a letter
changed after a signature invalidates it."""

from __future__ import annotations

import asyncio
import io
import re
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import update

from openwyn.engagements import documents, signing
from openwyn.engagements.repository import LINKS, SIGNERS
from openwyn.kit.sqltypes import utcnow
from openwyn.payments.sandbox import SandboxProcessor
from openwyn.portal import tokens
from tests.fixtures.api import TenantHandle
from tests.fixtures.billing import differences
from tests.fixtures.payments import record_processor_calls
from tests.fixtures.work import events_of, make_firm

pytestmark = pytest.mark.anyio

LETTER = (
    "Dear {{ client.name }},\n"
    "We will prepare your {{ engagement.year }} return for {{ services[0].price }}."
)
LINK = re.compile(r"http://[^\s\"]+/portal/sign/([A-Za-z0-9_-]+)")


async def _contact(tenant: TenantHandle, client_id: int, first: str) -> dict[str, Any]:
    made = await tenant.create(
        "contacts", {"firstName": first, "lastName": "Owner", "email": f"{first}@client.example"}
    )
    await tenant.create("contact-clients", {"contactId": made["id"], "clientId": client_id})
    return made


async def _sent(
    tenant: TenantHandle,
    signers: int = 1,
    end_date: str | None = None,
    start_date: str = "2027-01-01",
) -> tuple[dict[str, Any], list[str]]:
    """A sent engagement and its signers' tokens, taken from the queued emails."""
    firm = await make_firm(tenant)
    body = {"name": "Annual", "engagementNameTemplate": "{{ client.name }} letter", "body": LETTER}
    template = await tenant.create("engagement-templates", body)
    contacts = [await _contact(tenant, firm.client["id"], f"s{i}") for i in range(signers)]
    engagement = {
        "clientIds": [firm.client["id"]],
        "templateId": template["id"],
        "startDate": start_date,
        "endDate": end_date,
        "partnerStaffId": firm.staff["id"],
        "services": [{"description": "Tax return", "price": "900.00", "billingSchedule": "ONCE"}],
        "signers": [{"contactId": c["id"], "role": "SIGNER"} for c in contacts],
    }
    made = (await tenant.post("/api/v1/engagements", json=engagement)).json()["data"]
    sent = await tenant.post(f"/api/v1/engagements/{made['id']}/send")
    assert sent.status_code == 200, sent.text
    return sent.json()["data"], await _tokens(tenant, made["id"])


async def _tokens(tenant: TenantHandle, engagement_id: int) -> list[str]:
    listed = await tenant.get(
        "/api/v1/outbound-messages",
        params={"relatedType": "engagement", "relatedId": engagement_id},
    )
    messages = sorted(listed.json()["data"], key=lambda m: m["id"])
    return [match.group(1) for m in messages if (match := LINK.search(m["text"]))]


async def _sign(tenant: TenantHandle, token: str, name: str = "Ann Owner") -> Any:
    form = {"full_name": name, "consent": "yes"}
    return await tenant.api.post(
        f"/portal/sign/{token}", data=form, headers={"User-Agent": "TestBrowser/1.0"}
    )


class TestSend:
    async def test_sending_renders_keeps_and_emails_the_letter(self, tenant: TenantHandle) -> None:
        sent, (token,) = await _sent(tenant)
        assert sent["status"] == "SENT" and sent["sentAt"] and sent["expiresAt"]
        assert len(token) >= 43  # 256 bits, URL-safe base64
        assert re.fullmatch(r"[0-9a-f]{64}", sent["letterSha256"])
        pdf = await tenant.get(f"/api/v1/files/{sent['letterFileId']}/content")
        text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
        assert f"Dear {sent['clientName']}" in text and "2027 return for 900.00" in text
        async with tenant.ctx.db.session() as session:
            stored = (await session.execute(LINKS.select())).mappings().all()
        hashes = {row["token_hash"] for row in stored}
        assert tokens.digest(token) in hashes and token not in hashes  # kept hashed only
        operations = [e["operation"] for e in await events_of(tenant, "engagement")]
        assert operations == ["CREATE", "SENT"]

    async def test_a_signer_without_email_is_400_and_nothing_is_sent(
        self, tenant: TenantHandle
    ) -> None:
        firm = await make_firm(tenant)
        body = {"name": "A", "engagementNameTemplate": "{{ client.name }}", "body": "Hi"}
        template = await tenant.create("engagement-templates", body)
        mute = await tenant.create("contacts", {"lastName": "NoMail"})
        await tenant.create(
            "contact-clients", {"contactId": mute["id"], "clientId": firm.client["id"]}
        )
        engagement = {
            "clientIds": [firm.client["id"]],
            "templateId": template["id"],
            "startDate": "2027-01-01",
            "services": [{"description": "x", "price": "1.00", "billingSchedule": "ONCE"}],
            "signers": [{"contactId": mute["id"], "role": "SIGNER"}],
        }
        made = (await tenant.post("/api/v1/engagements", json=engagement)).json()["data"]
        refused = await tenant.post(f"/api/v1/engagements/{made['id']}/send")
        assert refused.status_code == 400
        assert refused.json()["error"]["details"][0]["path"] == "signers[0].contactId"
        assert await _tokens(tenant, made["id"]) == []
        shown = await tenant.get(f"/api/v1/engagements/{made['id']}")
        assert shown.json()["data"]["status"] == "DRAFT"

    async def test_a_letter_failing_as_it_renders_is_400_and_nothing_is_sent(
        self, tenant: TenantHandle
    ) -> None:
        sent, (token,) = await _sent(tenant)
        broken = {"body": "Fees: {{ engagement.year / 0 }}"}
        await tenant.patch(f"/api/v1/engagement-templates/{sent['templateId']}", json=broken)
        refused = await tenant.post(f"/api/v1/engagements/{sent['id']}/send")
        assert refused.status_code == 400, refused.text
        (detail,) = refused.json()["error"]["details"]
        assert detail["path"] == "templateId" and "ZeroDivisionError" in detail["message"]
        assert await _tokens(tenant, sent["id"]) == [token]  # no new link, the old one kept


class TestSigning:
    async def test_the_page_shows_the_letter_and_a_labelled_form(
        self, tenant: TenantHandle
    ) -> None:
        sent, (token,) = await _sent(tenant)
        page = await tenant.api.get(f"/portal/sign/{token}")
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        html = page.text
        assert f"Dear {sent['clientName']}" in html
        assert '<label for="full_name">' in html and 'id="full_name"' in html
        assert "<script" not in html and "http://" not in html.split("<body>")[1]
        assert page.headers["Cache-Control"] == "no-store"

    async def test_signing_keeps_the_evidence_and_executes(self, tenant: TenantHandle) -> None:
        sent, (token,) = await _sent(tenant)
        signed = await _sign(tenant, token, "  Ann   Owner ")
        assert signed.status_code == 200, signed.text
        assert "your signature is recorded" in signed.text
        shown = (await tenant.get(f"/api/v1/engagements/{sent['id']}")).json()["data"]
        assert shown["status"] == "EXECUTED" and shown["signedAt"] and shown["executedAt"]
        (signer,) = shown["signers"]
        assert signer["status"] == "SIGNED" and signer["signedName"] == "Ann Owner"
        async with tenant.ctx.db.session() as session:
            mine = SIGNERS.select().where(SIGNERS.c.engagement_id == sent["id"])
            (row,) = (await session.execute(mine)).mappings().all()
        assert row["signed_user_agent"] == "TestBrowser/1.0" and row["signed_ip"]
        assert row["signed_sha256"] == sent["letterSha256"]
        pdf = await tenant.get(f"/api/v1/files/{shown['certificateFileId']}/content")
        text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
        assert "Certificate of execution" in text and "Ann Owner" in text
        assert sent["letterSha256"] in text.replace("\n", "") and "TestBrowser/1.0" in text
        letter = (await tenant.get(f"/api/v1/files/{sent['letterFileId']}")).json()["data"]
        assert letter["sha256"] in text.replace("\n", "")  # the PDF the signer was emailed
        operations = [e["operation"] for e in await events_of(tenant, "engagement")]
        assert operations == ["CREATE", "SENT", "SIGNED", "EXECUTED"]
        shown_again = await tenant.api.get(f"/portal/sign/{token}")
        assert shown_again.status_code == 200 and "Signed by Ann Owner" in shown_again.text
        assert 'name="full_name"' not in shown_again.text  # read-only now
        assert "signature is recorded" not in shown_again.text  # said once, when signing
        assert (await _sign(tenant, token)).status_code == 409

    async def test_a_name_and_consent_are_required(self, tenant: TenantHandle) -> None:
        sent, (token,) = await _sent(tenant)
        unnamed = await _sign(tenant, token, "   ")
        assert unnamed.status_code == 400 and "Type your full name" in unnamed.text
        silent = await tenant.api.post(f"/portal/sign/{token}", data={"full_name": "Ann"})
        assert silent.status_code == 400 and "Tick the box" in silent.text
        shown = (await tenant.get(f"/api/v1/engagements/{sent['id']}")).json()["data"]
        assert shown["status"] == "SENT" and shown["signers"][0]["status"] == "PENDING"

    async def test_one_of_two_signers_leaves_it_sent(self, tenant: TenantHandle) -> None:
        sent, (first, second) = await _sent(tenant, signers=2)
        assert (await _sign(tenant, first)).status_code == 200
        shown = (await tenant.get(f"/api/v1/engagements/{sent['id']}")).json()["data"]
        assert shown["status"] == "SENT"
        assert [s["status"] for s in shown["signers"]] == ["SIGNED", "PENDING"]
        assert (await _sign(tenant, second, "Bo Owner")).status_code == 200
        shown = (await tenant.get(f"/api/v1/engagements/{sent['id']}")).json()["data"]
        assert shown["status"] == "EXECUTED"

    async def test_a_changed_letter_invalidates_earlier_signatures(
        self, tenant: TenantHandle
    ) -> None:
        sent, (first, _) = await _sent(tenant, signers=2)
        assert (await _sign(tenant, first)).status_code == 200
        changed = {"body": LETTER + "\nFees rise by 10%."}
        await tenant.patch(f"/api/v1/engagement-templates/{sent['templateId']}", json=changed)
        resent = await tenant.post(f"/api/v1/engagements/{sent['id']}/send")
        assert resent.json()["data"]["letterSha256"] != sent["letterSha256"]
        assert [s["status"] for s in resent.json()["data"]["signers"]] == ["PENDING", "PENDING"]
        assert (await tenant.api.get(f"/portal/sign/{first}")).status_code == 404  # replaced

    async def test_sending_again_replaces_the_links_of_those_who_have_not_signed(
        self, tenant: TenantHandle
    ) -> None:
        sent, (first, second) = await _sent(tenant, signers=2)
        assert (await _sign(tenant, first)).status_code == 200
        await tenant.post(f"/api/v1/engagements/{sent['id']}/send")
        *_, again = await _tokens(tenant, sent["id"])
        assert (await tenant.api.get(f"/portal/sign/{second}")).status_code == 404
        assert (await tenant.api.get(f"/portal/sign/{again}")).status_code == 200
        signed = await tenant.api.get(f"/portal/sign/{first}")  # the letter is unchanged
        assert signed.status_code == 200 and "Signed by Ann Owner" in signed.text

    async def test_declining_closes_the_letter(self, tenant: TenantHandle) -> None:
        sent, (token,) = await _sent(tenant)
        declined = await tenant.api.post(f"/portal/sign/{token}/decline")
        assert declined.status_code == 200 and "declined" in declined.text
        shown = (await tenant.get(f"/api/v1/engagements/{sent['id']}")).json()["data"]
        assert shown["status"] == "DECLINED"
        assert (await _sign(tenant, token)).status_code == 410


class TestOddForms:
    @pytest.mark.parametrize("name", ["Ann\x00Owner", "Ann\u202eOwner", "Ann\u200b", "\x07"])
    async def test_a_name_hiding_characters_is_400_and_signs_nothing(
        self, tenant: TenantHandle, name: str
    ) -> None:
        sent, (token,) = await _sent(tenant)
        refused = await _sign(tenant, token, name)
        assert refused.status_code == 400 and "Type your full name" in refused.text
        shown = (await tenant.get(f"/api/v1/engagements/{sent['id']}")).json()["data"]
        assert shown["signers"][0]["status"] == "PENDING"

    async def test_a_file_where_the_name_belongs_is_400_and_signs_nothing(
        self, tenant: TenantHandle
    ) -> None:
        sent, (token,) = await _sent(tenant)
        refused = await tenant.api.post(
            f"/portal/sign/{token}",
            data={"consent": "yes"},
            files={"full_name": ("name.txt", b"Ann Owner", "text/plain")},
        )
        assert refused.status_code == 400 and "UploadFile" not in refused.text
        assert "not sent as the page sends it" in refused.text
        shown = (await tenant.get(f"/api/v1/engagements/{sent['id']}")).json()["data"]
        assert shown["signers"][0]["status"] == "PENDING"


class TestPortalErrorsArePages:
    """Whatever fails under /portal/ is answered as a plain page with the portal's headers,
    never as the API's JSON envelope."""

    @staticmethod
    def _is_a_portal_page(answer: Any, status: int) -> None:
        assert answer.status_code == status
        assert answer.headers["content-type"].startswith("text/html")
        assert "frame-ancestors 'none'" in answer.headers["content-security-policy"]
        assert answer.headers["cache-control"] == "no-store"
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert '"error"' not in answer.text

    async def test_a_path_no_route_serves(self, tenant: TenantHandle) -> None:
        self._is_a_portal_page(await tenant.api.get("/portal/sign/abc/x/y"), 404)

    async def test_a_method_the_page_does_not_take(self, tenant: TenantHandle) -> None:
        answer = await tenant.api.get("/portal/sign/abc/pay")
        self._is_a_portal_page(answer, 405)
        assert "POST" in answer.headers["allow"]

    async def test_a_defect(self, tenant: TenantHandle, monkeypatch: pytest.MonkeyPatch) -> None:
        _, (token,) = await _sent(tenant)

        async def broken(*_args: Any) -> Any:
            raise RuntimeError("a defect")

        monkeypatch.setattr(signing, "visit", broken)
        answer = await tenant.api.get(f"/portal/sign/{token}")
        self._is_a_portal_page(answer, 500)
        assert "Something went wrong" in answer.text and "a defect" not in answer.text


class TestBadLinks:
    @pytest.mark.parametrize("token", ["nope", "A" * 43, "%00"])
    async def test_a_wrong_token_is_a_plain_404_page(
        self, tenant: TenantHandle, token: str
    ) -> None:
        await _sent(tenant)
        page = await tenant.api.get(f"/portal/sign/{token}")
        assert page.status_code == 404 and "Link not found" in page.text
        assert "Dear" not in page.text and "Tax return" not in page.text
        assert (await _sign(tenant, token)).status_code == 404

    @pytest.mark.parametrize("streamed", [False, True])
    async def test_a_form_over_the_size_limit_is_a_413_page(
        self, tenant: TenantHandle, streamed: bool
    ) -> None:
        sent, (token,) = await _sent(tenant)
        form = b"full_name=" + b"a" * (1024 * 1024) + b"&consent=yes"

        async def chunks() -> AsyncIterator[bytes]:
            for start in range(0, len(form), 65536):
                yield form[start : start + 65536]

        content: Any = chunks() if streamed else form
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        page = await tenant.api.post(f"/portal/sign/{token}", content=content, headers=headers)
        assert page.status_code == 413 and page.headers["content-type"].startswith("text/html")
        assert "File too large" in page.text
        shown = (await tenant.get(f"/api/v1/engagements/{sent['id']}")).json()["data"]
        assert shown["signers"][0]["status"] == "PENDING"

    async def test_an_expired_link_is_410_and_shows_nothing(self, tenant: TenantHandle) -> None:
        sent, (token,) = await _sent(tenant)
        async with tenant.ctx.db.session() as session:
            past = utcnow() - timedelta(seconds=1)
            mine = update(LINKS).where(LINKS.c.tenant_id == tenant.id)
            await session.execute(mine.values(expires_at=past))
            await session.commit()
        page = await tenant.api.get(f"/portal/sign/{token}")
        assert page.status_code == 410 and "expired" in page.text
        assert sent["clientName"] not in page.text
        assert (await _sign(tenant, token)).status_code == 410

    async def test_a_cancelled_engagement_closes_its_links(self, tenant: TenantHandle) -> None:
        sent, (token,) = await _sent(tenant)
        await tenant.post(f"/api/v1/engagements/{sent['id']}/cancel")
        page = await tenant.api.get(f"/portal/sign/{token}")
        assert page.status_code == 410 and "Dear" not in page.text


class TestPrepayment:
    async def _prepaid_letter(self, tenant: TenantHandle) -> tuple[dict[str, Any], str]:
        firm = await make_firm(tenant)
        body = {"name": "Pre", "engagementNameTemplate": "{{ client.name }}", "body": LETTER}
        template = await tenant.create("engagement-templates", body)
        contact = await _contact(tenant, firm.client["id"], "payer")
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
            "services": [service],
            "signers": [{"contactId": contact["id"], "role": "PRIMARY"}],
        }
        made = (await tenant.post("/api/v1/engagements", json=engagement)).json()["data"]
        sent = (await tenant.post(f"/api/v1/engagements/{made['id']}/send")).json()["data"]
        (token,) = await _tokens(tenant, made["id"])
        return sent, token

    async def _signs(self, tenant: TenantHandle, token: str, card: str | None) -> Any:
        form = {"full_name": "Pat Payer", "consent": "yes"}
        if card is not None:
            form["payment_token"] = card
        return await tenant.api.post(f"/portal/sign/{token}", data=form)

    async def test_the_prepayment_is_paid_with_the_signature(self, tenant: TenantHandle) -> None:
        sent, token = await self._prepaid_letter(tenant)
        page = await tenant.api.get(f"/portal/sign/{token}")
        assert "Due now on signing: USD 250.00" in page.text and 'id="payment_token"' in page.text
        missing = await self._signs(tenant, token, None)
        assert missing.status_code == 400 and "payment token" in missing.text
        declined = await self._signs(tenant, token, "tok_chargeDeclinedInsufficientFunds")
        assert declined.status_code == 402 and "insufficient_funds" in declined.text
        shown = (await tenant.get(f"/api/v1/engagements/{sent['id']}")).json()["data"]
        assert shown["signers"][0]["status"] == "PENDING" and shown["prepaidAmount"] == 0
        assert (await tenant.get("/api/v1/payments")).json()["data"] == []
        paid = await self._signs(tenant, token, "tok_visa")
        assert paid.status_code == 200, paid.text
        shown = (await tenant.get(f"/api/v1/engagements/{sent['id']}")).json()["data"]
        assert shown["status"] == "EXECUTED" and shown["prepaidAmount"] == 250
        (payment,) = (await tenant.get("/api/v1/payments")).json()["data"]
        assert payment["status"] == "CONFIRMED" and payment["amount"] == 250
        assert payment["cardType"] == "Visa" and payment["allocations"] == []
        balance = (await tenant.get(f"/api/v1/clients/{sent['clientId']}/balance")).json()["data"]
        assert balance["unappliedCredit"] == 250  # a credit until invoices exist
        assert await differences(tenant) == []

    async def test_a_charge_is_refunded_when_what_follows_it_fails(
        self, tenant: TenantHandle, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        sent, token = await self._prepaid_letter(tenant)
        calls = record_processor_calls(monkeypatch)

        async def broken(*_args: Any) -> Any:
            raise RuntimeError("the certificate cannot be made")

        monkeypatch.setattr(documents, "certificate_pdf", broken)
        failed = await self._signs(tenant, token, "tok_visa")
        assert failed.status_code == 500
        assert len(calls.charges) == 1 and calls.refunds == calls.charges
        shown = (await tenant.get(f"/api/v1/engagements/{sent['id']}")).json()["data"]
        assert shown["status"] == "SENT" and shown["prepaidAmount"] == 0
        assert (await tenant.get("/api/v1/payments")).json()["data"] == []

    async def test_two_submits_at_once_charge_and_sign_once(
        self, tenant: TenantHandle, slow_charges: None
    ) -> None:
        sent, token = await self._prepaid_letter(tenant)
        answers = await asyncio.gather(*(self._signs(tenant, token, "tok_visa") for _ in "ab"))
        assert sorted(a.status_code for a in answers) == [200, 409]
        assert len((await tenant.get("/api/v1/payments")).json()["data"]) == 1
        shown = (await tenant.get(f"/api/v1/engagements/{sent['id']}")).json()["data"]
        assert shown["status"] == "EXECUTED" and shown["prepaidAmount"] == 250
        operations = [e["operation"] for e in await events_of(tenant, "engagement")]
        assert operations.count("EXECUTED") == 1
        assert await differences(tenant) == []

    async def test_a_decline_racing_a_signature_leaves_one_of_them(
        self, tenant: TenantHandle, slow_charges: None
    ) -> None:
        sent, token = await self._prepaid_letter(tenant)
        signed, declined = await asyncio.gather(
            self._signs(tenant, token, "tok_visa"),
            tenant.api.post(f"/portal/sign/{token}/decline"),
        )
        shown = (await tenant.get(f"/api/v1/engagements/{sent['id']}")).json()["data"]
        payments = (await tenant.get("/api/v1/payments")).json()["data"]
        if signed.status_code == 200:  # the signature came first: the decline is refused
            assert declined.status_code == 409 and shown["status"] == "EXECUTED"
            assert len(payments) == 1
        else:  # the decline came first: the link is closed to the signature
            assert (declined.status_code, signed.status_code) == (200, 410)
            assert shown["status"] == "DECLINED" and payments == []


@pytest.fixture
def slow_charges(monkeypatch: pytest.MonkeyPatch) -> None:
    """Card charges that take as long as a real processor's, so concurrent submits overlap."""
    charge = SandboxProcessor.charge

    async def slow(self: SandboxProcessor, *args: Any) -> Any:
        await asyncio.sleep(0.2)
        return await charge(self, *args)

    monkeypatch.setattr(SandboxProcessor, "charge", slow)
