"""The outbound mail queue (money-work.md §9, §11): queued in the action's transaction, sent
by the worker to a real SMTP server (aiosmtpd) with retries, CAPTURED without SMTP, and read
by API admins at /api/v1/outbound-messages."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest

from openwyn.auth.roles import Role
from openwyn.billing.pdf import store_invoice_pdf
from openwyn.errors import ValidationFailed
from openwyn.kit.sqltypes import utcnow
from openwyn.mail.queue import enqueue
from openwyn.mail.sender import SmtpServer
from openwyn.mail.templates import render
from openwyn.mail.worker import MailWorker
from tests.fixtures.api import TenantHandle
from tests.fixtures.smtp import Inbox, smtp_server

pytestmark = pytest.mark.anyio

INVOICE: dict[str, Any] = {
    "id": 7,
    "invoiceNumber": "INV-2026-00042",
    "status": "POSTED",
    "clientName": "Zoë Bérubé & Sons",
    "clientEmail": "zoe@example.com",
    "issueDate": "2026-12-01",
    "dueDate": "2026-12-31",
    "lineItems": [
        {
            "description": "Tax return preparation",
            "quantity": 1,
            "unitPrice": 1200,
            "amount": 1200,
            "taxRate": 0,
            "taxAmount": 0,
        }
    ],
    "subtotal": 1200,
    "taxAmount": 0,
    "totalAmount": 1200,
    "paidAmount": 0,
    "outstandingAmount": 1200,
    "currency": "USD",
    "notes": None,
}
FIRM = {"name": "Ledger & Co", "address": "1 Main Street"}
PAY_URL = "https://openwyn.test/portal/pay/abc123"


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, str]]:
    with smtp_server() as running:
        yield running


@pytest.fixture
def inbox(smtp: tuple[Inbox, str]) -> Inbox:
    return smtp[0]


def worker_for(tenant: TenantHandle, smtp_url: str | None, **settings: Any) -> MailWorker:
    """A worker serving only this tenant (the test database holds other tests' messages)."""
    configured = tenant.ctx.settings.model_copy(update={"smtp_url": smtp_url, **settings})
    return MailWorker(
        tenant.ctx.db, configured, storage=tenant.ctx.files, tenants=frozenset({tenant.id})
    )


@pytest.fixture
def sender(tenant: TenantHandle, smtp: tuple[Inbox, str]) -> MailWorker:
    return worker_for(tenant, smtp[1], mail_max_attempts=3, mail_retry_schedule=[60, 600])


async def queued(tenant: TenantHandle, **fields: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "to": ["client@example.com"],
        "subject": "Your invoice",
        "text": "Please pay.",
    }
    async with tenant.ctx.db.session() as session:
        return await enqueue(session, tenant.id, **(values | fields))


async def message(tenant: TenantHandle, message_id: int) -> dict[str, Any]:
    response = await tenant.get(f"/api/v1/outbound-messages/{message_id}")
    assert response.status_code == 200, response.text
    found: dict[str, Any] = response.json()["data"]
    return found


def later(seconds: float, start: datetime | None = None) -> datetime:
    return (start or utcnow()) + timedelta(seconds=seconds)


class TestEnqueue:
    async def test_a_message_is_queued_in_the_callers_transaction(
        self, tenant: TenantHandle
    ) -> None:
        made = await queued(
            tenant, cc=["partner@example.com"], related_type="invoice", related_id=7
        )
        assert made["status"] == "QUEUED"
        assert made["to"] == ["client@example.com"]
        assert made["cc"] == ["partner@example.com"]
        assert (made["relatedType"], made["relatedId"]) == ("invoice", 7)
        assert made["sentAt"] is None
        assert await message(tenant, made["id"]) == made

    async def test_a_rolled_back_action_queues_nothing(self, tenant: TenantHandle) -> None:
        with pytest.raises(RuntimeError):
            async with tenant.ctx.db.session() as session:
                await enqueue(session, tenant.id, to=["a@example.com"], subject="s", text="t")
                raise RuntimeError("the action failed")
        listed = await tenant.get("/api/v1/outbound-messages")
        assert listed.json()["data"] == []

    async def test_bad_recipients_and_missing_files_name_their_paths(
        self, tenant: TenantHandle
    ) -> None:
        with pytest.raises(ValidationFailed) as raised:
            await queued(
                tenant,
                to=["ok@example.com", "not an address", "x@y.com\r\nBcc: evil@example.com"],
                cc=["nope"],
                attachments=[(999_999, "gone.pdf")],
            )
        paths = {detail["path"] for detail in raised.value.details}
        assert paths == {"to[1]", "to[2]", "cc[0]", "attachments[0].fileId"}

    async def test_no_recipient_is_refused(self, tenant: TenantHandle) -> None:
        with pytest.raises(ValidationFailed) as raised:
            await queued(tenant, to=[])
        assert [detail["path"] for detail in raised.value.details] == ["to"]

    async def test_a_subject_stays_on_one_line(self, tenant: TenantHandle) -> None:
        made = await queued(tenant, subject="Hello\r\nBcc: evil@example.com")
        assert made["subject"] == "Hello Bcc: evil@example.com"


class TestTemplates:
    def test_the_invoice_message_renders_subject_text_and_escaped_html(self) -> None:
        invoice = INVOICE | {"clientName": "<b>Zoë</b>"}
        subject, text, html = render(
            "invoice",
            invoice=invoice,
            firm=FIRM,
            amount="1,200.00 USD",
            pay_url=PAY_URL,
            message="See you soon",
        )
        assert subject == "Invoice INV-2026-00042 from Ledger & Co"
        assert "Dear <b>Zoë</b>," in text
        assert PAY_URL in text and "See you soon" in text
        assert html is not None
        assert "&lt;b&gt;Zoë&lt;/b&gt;" in html and "<b>Zoë</b>" not in html
        assert f'href="{PAY_URL}"' in html


class TestCapture:
    async def test_without_smtp_the_worker_captures_and_sends_nothing(
        self, tenant: TenantHandle, inbox: Inbox
    ) -> None:
        made = await queued(tenant)
        assert await worker_for(tenant, None).send_due(later(1)) == 1
        found = await message(tenant, made["id"])
        assert found["status"] == "CAPTURED"
        assert found["sentAt"] is None
        assert inbox.tried == 0
        assert await worker_for(tenant, None).send_due(later(3600)) == 0


class TestSending:
    async def test_recipients_subject_bodies_and_the_pdf_attachment_arrive(
        self, tenant: TenantHandle, inbox: Inbox, sender: MailWorker
    ) -> None:
        async with tenant.ctx.db.session() as session:
            file_id = await store_invoice_pdf(
                session, tenant.id, INVOICE, FIRM, PAY_URL, storage=tenant.ctx.files
            )
        subject, text, html = render(
            "invoice",
            invoice=INVOICE,
            firm=FIRM,
            amount="1,200.00 USD",
            pay_url=PAY_URL,
            message=None,
        )
        made = await queued(
            tenant,
            to=["zoe@example.com"],
            cc=["books@example.com"],
            subject=subject,
            text=text,
            html=html,
            attachments=[(file_id, "INV-2026-00042.pdf")],
            related_type="invoice",
            related_id=7,
        )
        sent_at = later(1)
        assert await sender.send_due(sent_at) == 1

        [received] = inbox.received
        assert sorted(received.recipients) == ["books@example.com", "zoe@example.com"]
        assert received.message["Subject"] == "Invoice INV-2026-00042 from Ledger & Co"
        assert received.message["To"] == "zoe@example.com"
        assert received.message["Cc"] == "books@example.com"
        plain = received.message.get_body(("plain",))
        rich = received.message.get_body(("html",))
        assert plain is not None and PAY_URL in plain.get_content()
        assert rich is not None and f'href="{PAY_URL}"' in rich.get_content()
        [attachment] = list(received.message.iter_attachments())
        assert attachment.get_filename() == "INV-2026-00042.pdf"
        assert attachment.get_content_type() == "application/pdf"
        stored = await tenant.get(f"/api/v1/files/{file_id}/content")
        assert attachment.get_content() == stored.content
        assert stored.content.startswith(b"%PDF")

        found = await message(tenant, made["id"])
        assert found["status"] == "SENT"
        assert found["attempts"] == 1
        assert found["sentAt"] is not None
        assert found["attachments"] == [{"fileId": file_id, "filename": "INV-2026-00042.pdf"}]

    async def test_a_sent_message_is_never_sent_again(
        self, tenant: TenantHandle, inbox: Inbox, sender: MailWorker
    ) -> None:
        await queued(tenant)
        await sender.send_due(later(1))
        assert await sender.send_due(later(10**6)) == 0
        assert len(inbox.received) == 1

    async def test_workers_side_by_side_send_each_message_once(
        self, tenant: TenantHandle, inbox: Inbox, smtp: tuple[Inbox, str]
    ) -> None:
        for number in range(12):
            await queued(tenant, subject=f"Message {number}")
        workers = [worker_for(tenant, smtp[1]) for _ in range(3)]
        now = later(1)
        taken = await asyncio.gather(*(worker.send_due(now, limit=5) for worker in workers))
        while sum(taken) < 12:
            taken.append(await workers[0].send_due(now))
            assert taken[-1], "messages were left unsent"
        subjects = sorted(str(item.message["Subject"]) for item in inbox.received)
        assert subjects == sorted(f"Message {number}" for number in range(12))


class TestRetries:
    async def test_a_refused_message_is_retried_after_the_backoff(
        self, tenant: TenantHandle, inbox: Inbox, sender: MailWorker
    ) -> None:
        inbox.refuse(1)
        made = await queued(tenant)
        first = later(1)
        assert await sender.send_due(first) == 1
        found = await message(tenant, made["id"])
        assert (found["status"], found["attempts"]) == ("QUEUED", 1)
        assert "451" in found["lastError"]
        # Not due before its backoff (60 s) has passed.
        assert await sender.send_due(later(59, first)) == 0
        assert await sender.send_due(later(60, first)) == 1
        found = await message(tenant, made["id"])
        assert (found["status"], found["attempts"], found["lastError"]) == ("SENT", 2, None)
        assert len(inbox.received) == 1

    async def test_the_last_refused_attempt_fails_the_message(
        self, tenant: TenantHandle, inbox: Inbox, sender: MailWorker
    ) -> None:
        inbox.refuse(10)
        made = await queued(tenant)
        now = later(1)
        for _ in range(3):  # mail_max_attempts
            assert await sender.send_due(now) == 1
            now = later(600, now)
        found = await message(tenant, made["id"])
        assert (found["status"], found["attempts"]) == ("FAILED", 3)
        assert "451" in found["lastError"]
        assert await sender.send_due(later(10**6)) == 0
        assert inbox.tried == 3

    async def test_a_permanent_refusal_fails_at_once(
        self, tenant: TenantHandle, inbox: Inbox, sender: MailWorker
    ) -> None:
        inbox.refuse(1, "554 5.7.1 Message rejected")
        made = await queued(tenant)
        await sender.send_due(later(1))
        found = await message(tenant, made["id"])
        assert (found["status"], found["attempts"]) == ("FAILED", 1)
        assert "554" in found["lastError"]

    async def test_an_unreachable_server_is_retried(self, tenant: TenantHandle) -> None:
        made = await queued(tenant)
        closed = worker_for(tenant, "smtp://127.0.0.1:1", smtp_timeout_seconds=5)
        await closed.send_due(later(1))
        found = await message(tenant, made["id"])
        assert (found["status"], found["attempts"]) == ("QUEUED", 1)
        assert found["lastError"]

    async def test_a_claim_left_by_a_stopped_worker_comes_due_after_its_lease(
        self, tenant: TenantHandle, inbox: Inbox, sender: MailWorker
    ) -> None:
        from openwyn.kit import repository as kit_repo
        from openwyn.mail import repository as repo

        made = await queued(tenant)
        start = later(1)
        async with tenant.ctx.db.session() as session:  # claimed, then the worker "dies"
            await kit_repo.begin_immediately(session)
            lease = start + timedelta(seconds=tenant.ctx.settings.mail_lease_seconds)
            await repo.unscoped_claim(session, start, lease, 10, frozenset({tenant.id}))
        assert await sender.send_due(later(1, start)) == 0
        assert await sender.send_due(lease) == 1
        found = await message(tenant, made["id"])
        assert (found["status"], found["attempts"]) == ("SENT", 2)


class TestSmtpUrl:
    def test_plain_starttls_url(self) -> None:
        server = SmtpServer.from_url("smtp://us%40er:p%3Ass@mail.example.com:587")
        assert server == SmtpServer("mail.example.com", 587, "us@er", "p:ss", False)

    def test_implicit_tls_url_defaults_to_465(self) -> None:
        server = SmtpServer.from_url("smtps://mail.example.com")
        assert (server.port, server.implicit_tls, server.username) == (465, True, None)

    def test_other_schemes_are_refused(self) -> None:
        with pytest.raises(ValueError, match="OPENWYN_SMTP_URL"):
            SmtpServer.from_url("http://mail.example.com")


class TestRoutes:
    async def test_only_api_admins_read_messages(self, tenant: TenantHandle) -> None:
        made = await queued(tenant)
        token = await tenant.token_for(Role.API_USER)
        headers = {"Authorization": f"Bearer {token}"}
        for path in ("/api/v1/outbound-messages", f"/api/v1/outbound-messages/{made['id']}"):
            response = await tenant.api.get(path, headers=headers)
            assert response.status_code == 403, path
            assert (await tenant.api.get(path)).status_code == 401, path

    async def test_another_tenants_messages_are_invisible(
        self, tenant: TenantHandle, other_tenant: TenantHandle
    ) -> None:
        made = await queued(tenant)
        response = await other_tenant.get(f"/api/v1/outbound-messages/{made['id']}")
        assert response.status_code == 404
        listed = await other_tenant.get("/api/v1/outbound-messages")
        assert made["id"] not in [item["id"] for item in listed.json()["data"]]

    async def test_filters_and_paging(self, tenant: TenantHandle) -> None:
        first = await queued(tenant, related_type="invoice", related_id=1)
        second = await queued(tenant, related_type="invoice", related_id=2)
        third = await queued(tenant, related_type="statement", related_id=1)
        await worker_for(tenant, None).send_due(later(1))
        fourth = await queued(tenant)

        async def ids(query: str) -> list[int]:
            response = await tenant.get(f"/api/v1/outbound-messages{query}")
            assert response.status_code == 200, response.text
            return [item["id"] for item in response.json()["data"]]

        assert await ids("") == [fourth["id"], third["id"], second["id"], first["id"]]
        assert await ids("?relatedType=invoice") == [second["id"], first["id"]]
        assert await ids("?relatedType=invoice&relatedId=1") == [first["id"]]
        assert await ids("?status=QUEUED") == [fourth["id"]]
        assert await ids("?status=CAPTURED&relatedId=1") == [third["id"], first["id"]]
        response = await tenant.get("/api/v1/outbound-messages?pageSize=2&page=1")
        body = response.json()
        assert [item["id"] for item in body["data"]] == [second["id"], first["id"]]
        assert body["meta"]["pagination"] == {"page": 1, "pageSize": 2, "total": 4}

    async def test_an_unknown_status_is_400(self, tenant: TenantHandle) -> None:
        response = await tenant.get("/api/v1/outbound-messages?status=LOST")
        assert response.status_code == 400
