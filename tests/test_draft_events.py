"""Draft bill workflow events (money-work.md §10): `draft_invoice.<status>` on every transition,
in the catalog and subscribable."""

from __future__ import annotations

import orjson
import pytest

from openwyn.billing.drafts.resource import STATUSES
from tests.fixtures.api import TenantHandle
from tests.fixtures.drafts import Billing, make_billing
from tests.fixtures.work import events_of

pytestmark = pytest.mark.anyio


@pytest.fixture
async def billing(tenant: TenantHandle) -> Billing:
    return await make_billing(tenant)


async def _operations(billing: Billing, draft_id: int) -> list[str]:
    events = await events_of(billing.tenant, "draft_invoice")
    return [e["operation"] for e in events if e["entity_id"] == draft_id]


async def test_each_transition_writes_its_status_event(billing: Billing) -> None:
    await billing.log("1.00")
    draft = await billing.draft()
    steps = [
        ("submit", "biller", None),
        ("review", "reviewer", {"decision": "REQUEST_CHANGES", "comment": "Fix"}),
        ("submit", "biller", None),
        ("review", "reviewer", {"decision": "APPROVE"}),
        ("approve", "approver", None),
        ("finalize", "biller", None),
    ]
    for action, who, body in steps:
        response = await billing.act(draft["id"], action, who, body)
        assert response.status_code == 200, (action, response.text)
    workflow = [op for op in await _operations(billing, draft["id"]) if op in STATUSES]
    assert workflow == [
        "UNDER_REVIEW",
        "IN_PROGRESS",
        "UNDER_REVIEW",
        "PENDING_APPROVAL",
        "APPROVED",
        "FINALIZED",
    ]
    events = await events_of(billing.tenant, "draft_invoice")
    (finalized,) = [e["data"] for e in events if e["operation"] == "FINALIZED"]
    data = orjson.loads(finalized) if isinstance(finalized, str | bytes) else finalized
    assert data["status"] == "FINALIZED"
    assert data["invoiceId"] is not None


async def test_abandon_and_a_refused_action_write_only_what_happened(billing: Billing) -> None:
    await billing.log("1.00")
    draft = await billing.draft()
    refused = await billing.act(draft["id"], "approve", "approver")
    assert refused.status_code == 409
    response = await billing.act(draft["id"], "abandon", "biller")
    assert response.status_code == 200, response.text
    operations = await _operations(billing, draft["id"])
    assert [op for op in operations if op in STATUSES] == ["ABANDONED"]
    assert operations[0] == "CREATE"


async def test_a_pms_status_change_writes_the_event(billing: Billing) -> None:
    tenant = billing.tenant
    record = {
        "type": "draft_invoice",
        "systemRef": "DB-EV",
        "attributes": {"clientId": billing.firm.client["id"], "status": "UNDER_REVIEW"},
    }
    created = await tenant.post("/api/v1/records", json={"records": [record]})
    assert created.status_code == 200, created.text
    draft_id = created.json()["data"]["records"][0]["id"]
    record["attributes"] = {"status": "APPROVED"}
    again = await tenant.post("/api/v1/records", json={"records": [record, record]})
    assert again.status_code == 200, again.text
    assert await _operations(billing, draft_id) == ["CREATE", "UPDATE", "APPROVED"]


async def test_the_catalog_lists_the_status_events_and_subscriptions_take_them(
    billing: Billing,
) -> None:
    tenant = billing.tenant
    entries = (await tenant.get("/api/v1/event-subscriptions/catalog")).json()["data"]
    pairs = {(e["entityType"], e["operation"]) for e in entries}
    for operation in ("CREATE", "UPDATE", "DELETE", *STATUSES):
        assert ("draft_invoice", operation) in pairs, operation
    body = {
        "entityType": "draft_invoice",
        "operation": "APPROVED",
        "deliveryUrl": "https://hooks.example.com/openwyn",
    }
    response = await tenant.post("/api/v1/event-subscriptions", json=body)
    assert response.status_code == 201, response.text
    wrong = await tenant.post("/api/v1/event-subscriptions", json=body | {"operation": "PAID"})
    assert wrong.status_code == 400
