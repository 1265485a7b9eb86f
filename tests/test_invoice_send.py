"""An invoice as a stored PDF (`GET /api/v1/invoices/{id}/pdf`) and emailed to the client
(`POST /api/v1/invoices/{id}/send`), end to end: post, send, the mail worker against a real
SMTP server, and the PDF that arrives (money-work.md §4, §9)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from pypdf import PdfReader

from openwyn.kit.sqltypes import utcnow
from openwyn.mail.worker import MailWorker
from tests.fixtures.api import TenantHandle
from tests.fixtures.billing import draft, posted
from tests.fixtures.smtp import Inbox, smtp_server
from tests.fixtures.work import Firm, events_of, make_firm

pytestmark = pytest.mark.anyio

LINES = [
    {"description": "Tax return preparation", "quantity": 2, "unitPrice": "150.00"},
    {"description": "Bookkeeping for Zoë", "quantity": 1, "unitPrice": "80.50", "taxRate": "0.1"},
]


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, str]]:
    with smtp_server() as running:
        yield running


@pytest.fixture
async def firm(tenant: TenantHandle) -> Firm:
    return await make_firm(tenant)


def text_of(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return "\n".join(page.extract_text() for page in reader.pages)


async def contact(
    tenant: TenantHandle, client_id: int, email: str | None, receives: bool = True, **more: Any
) -> dict[str, Any]:
    made = await tenant.create(
        "contacts",
        {"lastName": "Payer", "email": email, "receivesInvoiceEmails": receives} | more,
    )
    await tenant.create("contact-clients", {"contactId": made["id"], "clientId": client_id})
    return made


async def invoice_of(tenant: TenantHandle, client_id: int, **body: Any) -> dict[str, Any]:
    response = await tenant.post(
        "/api/v1/invoices", json={"clientId": client_id, "lineItems": LINES} | body
    )
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()["data"]
    response = await tenant.post(f"/api/v1/invoices/{created['id']}/post")
    assert response.status_code == 200, response.text
    done: dict[str, Any] = response.json()["data"]
    return done


async def pdf_of(tenant: TenantHandle, invoice_id: int) -> bytes:
    response = await tenant.get(f"/api/v1/invoices/{invoice_id}/pdf")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    return response.content


async def send(tenant: TenantHandle, invoice_id: int, **body: Any) -> Any:
    return await tenant.post(f"/api/v1/invoices/{invoice_id}/send", json=body)


def reason(response: Any) -> str:
    found: str = response.json()["error"]["details"][0]["reason"]
    return found


class TestSendEndToEnd:
    async def test_a_posted_invoice_reaches_its_contacts_with_the_pdf_and_a_pay_link(
        self, tenant: TenantHandle, firm: Firm, smtp: tuple[Inbox, str]
    ) -> None:
        inbox, url = smtp
        client_id = firm.client["id"]
        await contact(tenant, client_id, "billing@client.example")
        await contact(tenant, client_id, "owner@client.example")
        await contact(tenant, client_id, "nobody@client.example", receives=False)
        await contact(tenant, client_id, None)
        await contact(tenant, client_id, "gone@client.example", active=False)
        invoice = await invoice_of(tenant, client_id, notes="Thank you for your business")
        number = invoice["invoiceNumber"]

        response = await send(tenant, invoice["id"], message="Happy holidays")
        assert response.status_code == 200, response.text
        sent = response.json()["data"]
        assert sent["sentAt"] is not None
        assert [event["operation"] for event in await events_of(tenant, "invoice")][-1] == "SENT"

        settings = tenant.ctx.settings.model_copy(update={"smtp_url": url})
        worker = MailWorker(
            tenant.ctx.db, settings, storage=tenant.ctx.files, tenants=frozenset({tenant.id})
        )
        assert await worker.send_due(utcnow() + timedelta(seconds=1)) == 1

        [received] = inbox.received
        assert sorted(received.recipients) == ["billing@client.example", "owner@client.example"]
        assert received.message["Subject"] == f"Invoice {number} from Tenant {tenant.slug}"
        base = str(tenant.ctx.settings.public_url).rstrip("/")
        pay_url = f"{base}/portal/pay/{invoice['id']}"
        plain = received.message.get_body(("plain",))
        assert plain is not None
        body = plain.get_content()
        assert pay_url in body and "Happy holidays" in body and number in body
        assert "388.55 USD" in body
        [attachment] = list(received.message.iter_attachments())
        assert attachment.get_content_type() == "application/pdf"
        assert attachment.get_filename() == f"invoice-{number}.pdf"
        text = text_of(attachment.get_content())
        for expected in (
            number,
            firm.client["name"],
            "Tax return preparation",
            "Bookkeeping for Zoë",
            "300.00 USD",
            "80.50 USD",
            "380.50 USD",  # subtotal
            "8.05 USD",  # tax
            "388.55 USD",  # total
            "Thank you for your business",
            f"Tenant {tenant.slug}",
            pay_url,
        ):
            assert expected in text, expected

        # The message is the invoice's, and the PDF attached is the one the route answers.
        messages = await tenant.get(
            "/api/v1/outbound-messages",
            params={"relatedType": "invoice", "relatedId": invoice["id"]},
        )
        [queued] = messages.json()["data"]
        assert queued["status"] == "SENT"
        assert attachment.get_content() == await pdf_of(tenant, invoice["id"])

    async def test_to_overrides_the_contacts(
        self, tenant: TenantHandle, firm: Firm, smtp: tuple[Inbox, str]
    ) -> None:
        await contact(tenant, firm.client["id"], "billing@client.example")
        invoice = await invoice_of(tenant, firm.client["id"])
        response = await send(tenant, invoice["id"], to=["cfo@client.example"])
        assert response.status_code == 200, response.text
        messages = await tenant.get(
            "/api/v1/outbound-messages", params={"relatedId": invoice["id"]}
        )
        [queued] = messages.json()["data"]
        assert queued["to"] == ["cfo@client.example"]
        assert queued["relatedType"] == "invoice"


class TestSendRefusals:
    async def test_a_draft_is_not_posted(self, tenant: TenantHandle, firm: Firm) -> None:
        invoice = await draft(tenant, firm.client["id"])
        response = await send(tenant, invoice["id"], to=["a@client.example"])
        assert response.status_code == 409
        assert reason(response) == "INVOICE_NOT_POSTED"

    async def test_a_cancelled_invoice_is_refused(self, tenant: TenantHandle, firm: Firm) -> None:
        invoice = await posted(tenant, firm.client["id"])
        assert (await tenant.post(f"/api/v1/invoices/{invoice['id']}/void")).status_code == 200
        response = await send(tenant, invoice["id"], to=["a@client.example"])
        assert response.status_code == 409
        assert reason(response) == "INVOICE_CANCELLED"

    async def test_nobody_to_send_to_is_400_at_to(self, tenant: TenantHandle, firm: Firm) -> None:
        await contact(tenant, firm.client["id"], "quiet@client.example", receives=False)
        invoice = await posted(tenant, firm.client["id"])
        for body in ({}, {"to": []}):
            response = await send(tenant, invoice["id"], **body)
            assert response.status_code == 400, response.text
            assert [d["path"] for d in response.json()["error"]["details"]] == ["to"]
        again = await tenant.get(f"/api/v1/invoices/{invoice['id']}")
        assert again.json()["data"]["sentAt"] is None

    async def test_a_bad_address_names_its_path(self, tenant: TenantHandle, firm: Firm) -> None:
        invoice = await posted(tenant, firm.client["id"])
        response = await send(tenant, invoice["id"], to=["ok@client.example", "not mail"])
        assert response.status_code == 400, response.text
        assert [d["path"] for d in response.json()["error"]["details"]] == ["to[1]"]

    async def test_unknown_fields_are_400(self, tenant: TenantHandle, firm: Firm) -> None:
        invoice = await posted(tenant, firm.client["id"])
        response = await send(tenant, invoice["id"], to=["a@client.example"], cc=["b@x.example"])
        assert response.status_code == 400

    async def test_another_tenants_invoice_is_404(
        self, tenant: TenantHandle, other_tenant: TenantHandle, firm: Firm
    ) -> None:
        invoice = await posted(tenant, firm.client["id"])
        response = await send(other_tenant, invoice["id"], to=["a@client.example"])
        assert response.status_code == 404
        assert (await other_tenant.get(f"/api/v1/invoices/{invoice['id']}/pdf")).status_code == 404
        assert (await tenant.get("/api/v1/invoices/999999999/pdf")).status_code == 404


class TestPdfRoute:
    async def test_the_pdf_shows_the_invoice(self, tenant: TenantHandle, firm: Firm) -> None:
        invoice = await invoice_of(tenant, firm.client["id"])
        text = text_of(await pdf_of(tenant, invoice["id"]))
        for expected in (
            invoice["invoiceNumber"],
            firm.client["name"],
            "Tax return preparation",
            "Bookkeeping for Zoë",
            "388.55 USD",
            f"/portal/pay/{invoice['id']}",
        ):
            assert expected in text, expected

    async def test_the_stored_pdf_is_reused_until_the_invoice_changes(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        invoice = await draft(tenant, firm.client["id"])
        path = f"/api/v1/invoices/{invoice['id']}/pdf"
        first = await tenant.get(path)
        assert first.status_code == 200
        again = await tenant.get(path)
        assert again.content == first.content
        assert again.headers["etag"] == first.headers["etag"]
        unchanged = await tenant.get(path, headers={"If-None-Match": first.headers["etag"]})
        assert unchanged.status_code == 304
        files = await tenant.get("/api/v1/files", params={"recordType": "invoice"})
        assert len(files.json()["data"]) == 1

        lines = [{"description": "Year-end review", "quantity": 3, "unitPrice": "99.00"}]
        edited = await tenant.patch(f"/api/v1/invoices/{invoice['id']}", json={"lineItems": lines})
        assert edited.status_code == 200, edited.text
        text = text_of(await pdf_of(tenant, invoice["id"]))
        assert "Year-end review" in text and "297.00 USD" in text
        assert "Line 0" not in text

        number = (await tenant.post(f"/api/v1/invoices/{invoice['id']}/post")).json()["data"][
            "invoiceNumber"
        ]
        assert number is not None and number in text_of(await pdf_of(tenant, invoice["id"]))
        files = await tenant.get("/api/v1/files", params={"recordType": "invoice"})
        assert len(files.json()["data"]) == 3  # earlier PDFs stay stored

    async def test_sending_keeps_the_pdf_current(self, tenant: TenantHandle, firm: Firm) -> None:
        invoice = await invoice_of(tenant, firm.client["id"])
        before = await pdf_of(tenant, invoice["id"])
        assert (await send(tenant, invoice["id"], to=["a@client.example"])).status_code == 200
        assert await pdf_of(tenant, invoice["id"]) == before
