"""Every single-object answer carries `ETag` (contract §4, §13.5): its version where it has one,
otherwise a strong tag of its content. The test walks every GET route of the OpenAPI document
that answers one object, and checks that `REACHABLE` below knows how to reach each of them."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from openwyn.kit.resource import REGISTRY
from openwyn.mail.queue import enqueue
from openwyn.statements.worker import StatementWorker
from openwyn.web.outbox import EVENTS
from tests.fixtures.api import TenantHandle

pytestmark = pytest.mark.anyio

# Probes that answer the service's state, not an object of the API.
NOT_OBJECTS = {"/healthz", "/readyz"}

# One minimal object of every directory type, in an order where references resolve by pmsRef.
DIRECTORY = {
    "office": {"name": "HQ"},
    "department": {"name": "Tax"},
    "staff": {"firstName": "Ann", "lastName": "Lee"},
    "industry": {"name": "Retail"},
    "service_line": {"name": "Audit"},
    "client_business_entity": {"name": "Limited company", "code": "LTD"},
    "client": {"name": "Acme", "pmsRef": "C-1"},
    "contact": {"lastName": "Chen", "pmsRef": "P-1", "email": "chen@client.example"},
    "contact_client": {"contactId": {"pmsRef": "P-1"}, "clientId": {"pmsRef": "C-1"}},
    "contact_info": {"contactId": {"pmsRef": "P-1"}, "kind": "EMAIL", "value": "a@b.example"},
    "job_template": {"name": "Year end"},
    "job": {"name": "2026 return", "clientId": {"pmsRef": "C-1"}},
}
NOTE = {"name": "note", "fields": [{"name": "text", "type": "string"}]}
SUBSCRIPTION = {
    "entityType": "client",
    "operation": "UPDATE",
    "deliveryUrl": "https://hooks.example.com/openwyn",
}


async def _seed(tenant: TenantHandle) -> dict[str, Any]:
    """One object behind every single-object route; the ids the routes need."""
    ids: dict[str, Any] = {}
    for key, body in DIRECTORY.items():
        ids[key] = (await tenant.create(REGISTRY[key].rest_plural, body))["id"]
    expense = {"jobId": ids["job"], "loggedDate": "2026-01-05", "amount": 5, "notes": "n"}
    ids["wip"] = (await tenant.post("/api/v1/expenses", json=expense)).json()["data"]["id"]
    ids["project"] = ids["job"]  # a project is a job with its roll-ups
    invoice = {
        "clientId": ids["client"],
        "lineItems": [{"description": "Advice", "quantity": 1, "unitPrice": 10}],
    }
    ids["invoice"] = (await tenant.post("/api/v1/invoices", json=invoice)).json()["data"]["id"]
    assert (await tenant.post(f"/api/v1/invoices/{ids['invoice']}/post")).status_code == 200
    ledger = (await tenant.get("/api/v1/ar-transactions")).json()["data"]
    ids["ar_transaction"] = ledger[0]["id"]
    credit = {"clientId": invoice["clientId"], "amount": "5.00", "reason": "Goodwill"}
    ids["credit"] = (await tenant.post("/api/v1/credits", json=credit)).json()["data"]["id"]
    letter = {"name": "Letter", "engagementNameTemplate": "{{ client.name }}", "body": "Dear"}
    created = await tenant.post("/api/v1/engagement-templates", json=letter)
    ids["engagement_template"] = created.json()["data"]["id"]
    engagement = {
        "clientIds": [ids["client"]],
        "templateId": ids["engagement_template"],
        "startDate": "2027-01-01",
        "services": [{"description": "Advice", "price": "10.00", "billingSchedule": "ONCE"}],
        # The seeded contact_client links the contact to the client.
        "signers": [{"contactId": ids["contact"], "role": "PRIMARY"}],
    }
    made = await tenant.post("/api/v1/engagements", json=engagement)
    assert made.status_code == 201, made.text
    ids["engagement"] = made.json()["data"]["id"]
    request = {
        "clientId": ids["client"],
        "jobId": ids["job"],
        "contactIds": [ids["contact"]],
        "dueInDays": 10,
        "items": [{"title": "Statements"}],
    }
    asked = await tenant.post("/api/v1/client-requests", json=request)
    assert asked.status_code == 201, asked.text
    ids["client_request"] = asked.json()["data"]["id"]
    paid = {"clientId": ids["client"], "amount": "5.00", "paymentMethod": "CHECK"}
    ids["payment"] = (await tenant.post("/api/v1/payments", json=paid)).json()["data"]["id"]
    plan = {
        "clientId": ids["client"],
        "kind": "AUTOPAY",
        "frequency": "MONTHLY",
        "startDate": "2030-01-01",
        "processorToken": "tok_visa",
    }
    planned = await tenant.post("/api/v1/payment-plans", json=plan)
    assert planned.status_code == 201, planned.text
    ids["payment_plan"] = planned.json()["data"]["id"]
    job = (await tenant.get(f"/api/v1/jobs/{ids['job']}")).json()["data"]
    progress = [{"jobId": ids["job"], "amount": 5, "description": "Fee"}]
    draft = {"clientId": job["clientId"], "progress": progress}
    ids["draft_invoice"] = (await tenant.post("/api/v1/draft-invoices", json=draft)).json()["data"][
        "id"
    ]
    assert (await tenant.post("/api/v1/records/custom", json=NOTE)).status_code == 201
    notes = [{"type": "note", "systemRef": ref, "attributes": {}} for ref in ("N-1", "search")]
    assert (await tenant.post("/api/v1/records", json={"records": notes})).status_code == 200
    files = {"file": ("a.txt", b"hello", "text/plain")}
    uploaded = await tenant.api.post("/api/v1/files", files=files, headers=tenant.headers)
    ids["file"] = uploaded.json()["data"]["id"]
    delivered = {
        "clientId": ids["client"],
        "fileIds": [ids["file"]],
        "title": "Returns",
        "release": "IMMEDIATE",
    }
    made_deliverable = await tenant.post("/api/v1/deliverables", json=delivered)
    assert made_deliverable.status_code == 201, made_deliverable.text
    ids["deliverable"] = made_deliverable.json()["data"]["id"]
    subscribed = await tenant.post("/api/v1/event-subscriptions", json=SUBSCRIPTION)
    ids["subscription"] = subscribed.json()["data"]["subscription"]["id"]
    async with tenant.ctx.db.session() as session:
        query = select(EVENTS.c.event_id).where(EVENTS.c.tenant_id == tenant.id).limit(1)
        ids["event"] = (await session.execute(query)).scalar_one()
        message = await enqueue(session, tenant.id, to=["a@example.com"], subject="s", text="t")
    ids["outbound_message"] = message["id"]
    ids["statement_run"], ids["statement"] = await _statement_run(tenant, ids["client"])
    return ids


async def _statement_run(tenant: TenantHandle, client_id: int) -> tuple[int, int]:
    """A run with one statement: a posted invoice 30 days past due on a weekday's run."""
    run_date = date(2027, 1, 13)  # a Wednesday
    due = str(run_date - timedelta(days=30))
    lines = [{"description": "Advice", "quantity": 1, "unitPrice": 10}]
    body = {"clientId": client_id, "lineItems": lines, "issueDate": due, "dueDate": due}
    invoice_id = (await tenant.post("/api/v1/invoices", json=body)).json()["data"]["id"]
    assert (await tenant.post(f"/api/v1/invoices/{invoice_id}/post")).status_code == 200
    settings = {"enabled": True, "triggerDays": [30]}
    put = await tenant.api.put("/api/v1/settings/statements", json=settings, headers=tenant.headers)
    assert put.status_code == 200, put.text
    ctx = tenant.ctx
    worker = StatementWorker(
        ctx.db, ctx.settings, storage=ctx.files, tenants=frozenset({tenant.id})
    )
    [run_id] = await worker.run_due(datetime(2027, 1, 13, 12, tzinfo=UTC))
    run = (await tenant.get(f"/api/v1/statement-runs/{run_id}")).json()["data"]
    return run_id, run["statements"][0]["id"]


Reach = Callable[[dict[str, Any]], str]


def _reachable() -> dict[str, Reach]:
    """Each single-object GET route of the document, and the URL of one object it answers."""
    reach: dict[str, Reach] = {
        "/api/v1/records/types/{type}": lambda ids: "/api/v1/records/types/client",
        "/api/v1/records/custom/{name}": lambda ids: "/api/v1/records/custom/note",
        "/api/v1/records/{type}/{systemRef}": lambda ids: "/api/v1/records/client/C-1",
        "/api/v1/files/{id}": lambda ids: f"/api/v1/files/{ids['file']}",
        "/api/v1/files/{id}/content": lambda ids: f"/api/v1/files/{ids['file']}/content",
        "/api/v1/events/{eventId}": lambda ids: f"/api/v1/events/{ids['event']}",
        "/api/v1/event-subscriptions/webhook/secret": (
            lambda ids: "/api/v1/event-subscriptions/webhook/secret"
        ),
        "/api/v1/event-subscriptions/{id}": (
            lambda ids: f"/api/v1/event-subscriptions/{ids['subscription']}"
        ),
        "/api/v1/invoices/{id}": lambda ids: f"/api/v1/invoices/{ids['invoice']}",
        "/api/v1/invoices/{id}/pdf": lambda ids: f"/api/v1/invoices/{ids['invoice']}/pdf",
        "/api/v1/credits/{id}": lambda ids: f"/api/v1/credits/{ids['credit']}",
        "/api/v1/deliverables/{id}": lambda ids: f"/api/v1/deliverables/{ids['deliverable']}",
        "/api/v1/client-requests/{id}": (
            lambda ids: f"/api/v1/client-requests/{ids['client_request']}"
        ),
        "/api/v1/payments/{id}": lambda ids: f"/api/v1/payments/{ids['payment']}",
        "/api/v1/payment-plans/{id}": (lambda ids: f"/api/v1/payment-plans/{ids['payment_plan']}"),
        "/api/v1/clients/{id}/balance": lambda ids: f"/api/v1/clients/{ids['client']}/balance",
        "/api/v1/clients/{id}/statement": lambda ids: f"/api/v1/clients/{ids['client']}/statement",
        "/api/v1/statement-runs/{id}": lambda ids: f"/api/v1/statement-runs/{ids['statement_run']}",
        "/api/v1/settings/statements": lambda ids: "/api/v1/settings/statements",
        "/api/v1/settings/engagements": lambda ids: "/api/v1/settings/engagements",
        "/api/v1/outbound-messages/{id}": (
            lambda ids: f"/api/v1/outbound-messages/{ids['outbound_message']}"
        ),
    }
    for key, resource in REGISTRY.items():
        reach[f"/gql/v1/{resource.read_singular}/{{id}}"] = _by_id(
            f"/gql/v1/{resource.read_singular}", key
        )
        if not resource.read_only:  # projects have the read family only
            reach[f"/api/v1/{resource.rest_plural}/{{id}}"] = _by_id(
                f"/api/v1/{resource.rest_plural}", key
            )
    return reach


def _by_id(prefix: str, key: str) -> Reach:
    return lambda ids: f"{prefix}/{ids[key]}"


def _resolved(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _answers_a_list(document: dict[str, Any], operation: dict[str, Any]) -> bool:
    """Whether the route's answer is a list: an envelope whose `data` is an array, or a read
    family collection (an array beside its `pageInfo`)."""
    for code, response in operation["responses"].items():
        schema = response.get("content", {}).get("application/json", {}).get("schema")
        if not code.startswith("2") or schema is None:
            continue
        properties = _resolved(document, schema).get("properties", {})
        if "data" in properties:
            return _resolved(document, properties["data"]).get("type") == "array"
        return "pageInfo" in properties
    return False


def _single_object_gets(app: FastAPI) -> set[str]:
    document = app.openapi()
    return {
        path
        for path, item in document["paths"].items()
        if "get" in item and not _answers_a_list(document, item["get"])
    } - NOT_OBJECTS


async def test_the_list_of_routes_is_complete(tenant: TenantHandle) -> None:
    app: FastAPI = tenant.api._transport.app  # type: ignore[attr-defined]
    routes = _single_object_gets(app)
    assert len(routes) > 2 * len(REGISTRY)  # the walk found the directory's reads and more
    assert routes == set(_reachable())


async def test_every_single_object_get_answers_an_etag(tenant: TenantHandle) -> None:
    ids = await _seed(tenant)
    for route, reach in sorted(_reachable().items()):
        response = await tenant.get(reach(ids))
        assert response.status_code == 200, (route, response.text)
        assert re.fullmatch(r'"[0-9a-f]+"', response.headers.get("ETag", "")), route


async def test_a_versioned_object_is_tagged_by_its_version(tenant: TenantHandle) -> None:
    await _seed(tenant)
    for path in ("/api/v1/records/client/C-1", "/api/v1/records/custom/note"):
        response = await tenant.get(path)
        assert response.headers["ETag"] == f'"{response.json()["data"]["version"]}"'
    deleted = await tenant.delete("/api/v1/records/client/C-1")
    assert deleted.headers["ETag"] == f'"{deleted.json()["data"]["version"]}"' != '"1"'


async def test_a_content_tag_changes_with_the_content(tenant: TenantHandle) -> None:
    await _seed(tenant)
    before = (await tenant.get("/api/v1/event-subscriptions/webhook/secret")).headers["ETag"]
    same = (await tenant.get("/api/v1/event-subscriptions/webhook/secret")).headers["ETag"]
    rotated = await tenant.post("/api/v1/event-subscriptions/webhook/secret/rotate")
    after = (await tenant.get("/api/v1/event-subscriptions/webhook/secret")).headers["ETag"]
    assert before == same != after == rotated.headers["ETag"]


async def test_single_object_writes_answer_an_etag(tenant: TenantHandle) -> None:
    note = NOTE | {"name": "memo"}
    created = await tenant.post("/api/v1/records/custom", json=note)
    assert created.headers["ETag"] == '"1"'
    patched = await tenant.patch("/api/v1/records/custom/memo", json={"description": "x"})
    assert patched.headers["ETag"] == '"2"'
    put = await tenant.api.put(
        "/api/v1/records/custom/memo", json={"description": "y"}, headers=tenant.headers
    )
    assert put.headers["ETag"] == '"3"'
    subscribed = await tenant.post("/api/v1/event-subscriptions", json=SUBSCRIPTION)
    subscription = subscribed.json()["data"]["subscription"]
    assert subscribed.headers["ETag"] == f'"{subscription["version"]}"'
    path = f"/api/v1/event-subscriptions/{subscription['id']}"
    changed = await tenant.patch(path, json={"description": "changed"})
    assert changed.headers["ETag"] == f'"{changed.json()["data"]["version"]}"'
    await tenant.delete(path)
    back = await tenant.post(f"{path}/reactivate")
    assert back.headers["ETag"] == f'"{back.json()["data"]["version"]}"'
    files = {"file": ("a.txt", b"hello", "text/plain")}
    uploaded = await tenant.api.post("/api/v1/files", files=files, headers=tenant.headers)
    assert "ETag" in uploaded.headers
    key = await tenant.post("/api/v1/auth/api-keys", json={"name": "sync", "roles": ["RECORD_W"]})
    assert key.status_code == 201 and "ETag" in key.headers
