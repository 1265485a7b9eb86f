"""The portal in a real browser (money-work.md §9): headless Chromium opens the signing link
from the captured email, reads the letter, signs with a typed name and consent by their
labels, pays the prepayment with a sandbox card token, and sees the engagement executed; a
signer pays the prepayment a SIGNED engagement still waits on from the signed page; a
contact uploads a document for a client request; a contact pays the invoices a deliverable
waits on and downloads its file. Screenshots of each page are kept under the test's
temporary directory."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi import FastAPI

from openwyn.engagements import repository as repo
from openwyn.engagements import signing
from openwyn.kit.sqltypes import utcnow
from tests.fixtures.api import TenantHandle
from tests.fixtures.billing import posted
from tests.fixtures.browser import Shots, browser_page, live_server, need_chromium
from tests.fixtures.work import make_firm

pytestmark = pytest.mark.anyio
LINK = re.compile(r"https?://[^\s\"]+(/portal/sign/[A-Za-z0-9_-]+)")


async def _sent_engagement(tenant: TenantHandle) -> tuple[dict[str, object], str]:
    firm = await make_firm(tenant)
    letter = "Dear {{ client.name }},\n\nWe will prepare your {{ engagement.year }} tax return."
    template = await tenant.create(
        "engagement-templates",
        {"name": "Tax", "engagementNameTemplate": "{{ client.name }} tax return", "body": letter},
    )
    signer = await tenant.create(
        "contacts", {"firstName": "Ann", "lastName": "Owner", "email": "ann@client.example"}
    )
    await tenant.create(
        "contact-clients", {"contactId": signer["id"], "clientId": firm.client["id"]}
    )
    body = {
        "clientIds": [firm.client["id"]],
        "templateId": template["id"],
        "startDate": "2027-01-01",
        "services": [
            {
                "jobId": firm.job["id"],
                "description": "Tax return",
                "price": "900.00",
                "billingSchedule": "ONCE",
                "prepaymentAmount": "250.00",
            }
        ],
        "signers": [{"contactId": signer["id"], "role": "PRIMARY"}],
    }
    made = (await tenant.post("/api/v1/engagements", json=body)).json()["data"]
    sent = (await tenant.post(f"/api/v1/engagements/{made['id']}/send")).json()["data"]
    messages = await tenant.get(
        "/api/v1/outbound-messages", params={"relatedType": "engagement", "relatedId": made["id"]}
    )
    (email,) = messages.json()["data"]
    match = LINK.search(email["text"])
    assert match is not None, email["text"]
    return sent, match.group(1)


async def test_a_client_signs_an_engagement_letter_in_chromium(
    app: FastAPI, tenant: TenantHandle, tmp_path: Path
) -> None:
    executable = need_chromium()
    sent, link = await _sent_engagement(tenant)
    shots = Shots(tmp_path)
    async with live_server(app) as base, browser_page(executable) as page:
        await page.goto(base + link)
        assert (await page.title()).startswith(str(sent["name"]))
        assert "We will prepare your 2027 tax return." in await page.inner_text("#letter")
        assert f"Engagement letter for {sent['clientName']}" in await page.inner_text("main")
        await shots.take(page, "letter")
        await page.get_by_label("Type your full name").fill("Ann Owner")
        await page.get_by_label("I have read this letter").check()
        await page.get_by_label("Card for the prepayment of USD 250.00").fill("tok_visa")
        await shots.take(page, "filled")
        await page.get_by_role("button", name="Sign and pay USD 250.00").click()
        await page.wait_for_selector("#notice")
        assert "your signature is recorded" in await page.inner_text("#notice")
        assert await page.inner_text("#status") == "Executed"
        await shots.take(page, "signed")
    shown = (await tenant.get(f"/api/v1/engagements/{sent['id']}")).json()["data"]
    assert shown["status"] == "EXECUTED"
    assert shown["signers"][0]["signedName"] == "Ann Owner" and shown["prepaidAmount"] == 250
    (payment,) = (await tenant.get("/api/v1/payments")).json()["data"]
    assert payment["amount"] == 250 and payment["cardLastFour"] == "4242"
    assert all(shot.stat().st_size > 10_000 for shot in shots.taken)


async def _signed_without_paying(tenant: TenantHandle, engagement_id: int) -> None:
    """Every signer's signature recorded as the demo seeds them, so the engagement waits
    SIGNED on its prepayment."""
    async with tenant.ctx.db.session() as session:
        item = (await tenant.get(f"/api/v1/engagements/{engagement_id}")).json()["data"]
        for signer in (await repo.children(session, tenant.id, engagement_id))["signers"]:
            evidence = ("192.0.2.1", "Seeding")
            signature = signing.Signature(signer["id"], "Ann Owner", evidence, item["letterSha256"])
            await signing.record(
                session, tenant.ctx.files, tenant.id, engagement_id, signature, utcnow()
            )
        await session.commit()


async def test_a_signer_pays_a_signed_engagements_prepayment_in_chromium(
    app: FastAPI, tenant: TenantHandle, tmp_path: Path
) -> None:
    executable = need_chromium()
    sent, link = await _sent_engagement(tenant)
    await _signed_without_paying(tenant, int(str(sent["id"])))
    shots = Shots(tmp_path)
    async with live_server(app) as base, browser_page(executable) as page:
        await page.goto(base + link)
        assert await page.inner_text("#status") == "Signed"
        assert await page.inner_text("#prepayment") == "USD 250.00"
        await shots.take(page, "prepayment-due")
        await page.get_by_label("Card for the prepayment of USD 250.00").fill("tok_visa")
        await page.get_by_role("button", name="Pay USD 250.00").click()
        await page.wait_for_selector("#notice")
        assert "prepayment is paid" in await page.inner_text("#notice")
        assert await page.inner_text("#status") == "Executed"
        assert await page.get_by_label("Card for the prepayment of USD 250.00").count() == 0
        await shots.take(page, "prepaid")
    shown = (await tenant.get(f"/api/v1/engagements/{sent['id']}")).json()["data"]
    assert shown["status"] == "EXECUTED" and shown["prepaidAmount"] == 250
    (payment,) = (await tenant.get("/api/v1/payments")).json()["data"]
    assert payment["amount"] == 250 and payment["cardLastFour"] == "4242"
    assert all(shot.stat().st_size > 10_000 for shot in shots.taken)


async def test_a_contact_uploads_a_document_for_a_client_request_in_chromium(
    app: FastAPI, tenant: TenantHandle, tmp_path: Path
) -> None:
    executable = need_chromium()
    firm = await make_firm(tenant)
    contact = await tenant.create(
        "contacts", {"firstName": "Ann", "lastName": "Owner", "email": "ann@client.example"}
    )
    await tenant.create(
        "contact-clients", {"contactId": contact["id"], "clientId": firm.client["id"]}
    )
    body = {
        "clientId": firm.client["id"],
        "jobId": firm.job["id"],
        "contactIds": [contact["id"]],
        "dueInDays": 14,
        "items": [{"title": "Bank statements", "description": "Every month of 2026"}],
    }
    made = (await tenant.post("/api/v1/client-requests", json=body)).json()["data"]
    await tenant.post(f"/api/v1/client-requests/{made['id']}/send")
    messages = await tenant.get(
        "/api/v1/outbound-messages",
        params={"relatedType": "client_request", "relatedId": made["id"]},
    )
    match = re.search(
        r"https?://[^\s\"]+(/portal/requests/[A-Za-z0-9_-]+)", messages.json()["data"][0]["text"]
    )
    assert match is not None
    document = tmp_path / "statements.pdf"
    document.write_bytes(b"%PDF-1.4 bank statements")
    shots = Shots(tmp_path)
    async with live_server(app) as base, browser_page(executable) as page:
        await page.goto(base + match.group(1))
        await shots.take(page, "request")
        await page.get_by_label("Upload a file for Bank statements").set_input_files(str(document))
        await page.get_by_role("button", name="Upload", exact=True).click()
        await page.wait_for_selector("#notice")
        assert "statements.pdf is uploaded" in await page.inner_text("#notice")
        item_id = made["items"][0]["id"]
        assert await page.inner_text(f"#status-{item_id}") == "With the firm"
        await shots.take(page, "uploaded")
    shown = (await tenant.get(f"/api/v1/client-requests/{made['id']}")).json()["data"]
    (upload,) = shown["items"][0]["files"]
    content = await tenant.get(f"/api/v1/files/{upload['fileId']}/content")
    assert content.content == b"%PDF-1.4 bank statements"


async def test_a_contact_pays_then_downloads_a_deliverable_in_chromium(
    app: FastAPI, tenant: TenantHandle, tmp_path: Path
) -> None:
    executable = need_chromium()
    firm = await make_firm(tenant)
    contact = await tenant.create(
        "contacts", {"firstName": "Ann", "lastName": "Owner", "email": "ann@client.example"}
    )
    await tenant.create(
        "contact-clients", {"contactId": contact["id"], "clientId": firm.client["id"]}
    )
    await posted(tenant, firm.client["id"], ("1", "120.00"))
    files = {"file": ("return.pdf", b"%PDF-1.4 the return", "application/pdf")}
    uploaded = await tenant.api.post("/api/v1/files", files=files, headers=tenant.headers)
    body = {
        "clientId": firm.client["id"],
        "fileIds": [uploaded.json()["data"]["id"]],
        "title": "2026 tax return",
        "release": "ON_PAYMENT",
    }
    made = (await tenant.post("/api/v1/deliverables", json=body)).json()["data"]
    messages = await tenant.get(
        "/api/v1/outbound-messages", params={"relatedType": "deliverable", "relatedId": made["id"]}
    )
    text = messages.json()["data"][0]["text"]
    match = re.search(r"https?://[^\s\"]+(/portal/deliverables/[A-Za-z0-9_-]+)", text)
    assert match is not None
    shots = Shots(tmp_path)
    async with live_server(app) as base, browser_page(executable) as page:
        await page.goto(base + match.group(1))
        assert await page.get_by_role("link", name="return.pdf").count() == 0  # not released
        await shots.take(page, "waiting")
        await page.get_by_label("Card for the payment of USD 120.00").fill("tok_amex")
        await page.get_by_role("button", name="Pay USD 120.00").click()
        await page.wait_for_selector("#notice")
        await shots.take(page, "released")
        async with page.expect_download() as waiting:
            await page.get_by_role("link", name="return.pdf").click()
        download = await waiting.value
        saved = tmp_path / "downloaded.pdf"
        await download.save_as(str(saved))
    assert saved.read_bytes() == b"%PDF-1.4 the return"
    shown = (await tenant.get(f"/api/v1/deliverables/{made['id']}")).json()["data"]
    assert shown["released"] is True and len(shown["downloads"]) == 1
