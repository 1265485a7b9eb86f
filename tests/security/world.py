"""A tenant holding one object of every kind the API stores, for the security suite.

``build_world`` creates, through the API itself, every directory entity (with what each
references), a custom record type and one of its records, a file attached to that record, an
event subscription with an attempt in its delivery log, a spare API key and the events all of
that wrote. ``World`` keeps their identifiers, every id of every directory kind, and
``markers``: strings that only this tenant's data contains, so any answer given to another
tenant can be searched for a leak whatever its shape.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

import anyio
from fastapi import FastAPI

from openwyn.directory import DIRECTORY
from openwyn.mail.queue import enqueue
from openwyn.statements.worker import StatementWorker
from openwyn.webhooks.worker import Worker
from tests.fixtures.api import TenantHandle
from tests.fixtures.directory import UPDATES, make

Body = dict[str, Any]


@dataclass
class World:
    tenant: TenantHandle
    objects: dict[str, Body]  # one fully filled object per directory kind
    ids: dict[str, set[int]]  # every id of every directory kind (dependencies included)
    custom_type: Body
    record: Body
    file: Body
    subscription: Body
    delivery: Body  # an attempt in the subscription's delivery log
    api_key: Body  # a spare key (not the one the tenant's token comes from)
    event_id: str
    cursor: str  # the feed's endCursor after that event
    secret: str
    wip: Body  # a time entry on the world's job, still OPEN
    draft: Body  # a draft bill of a progress amount on the world's job, IN_PROGRESS
    outbound_message: Body  # an email queued for the tenant's client
    markers: set[str] = field(default_factory=set)
    invoice: Body = field(default_factory=dict)  # a DRAFT invoice of the world's client
    ar_transaction: Body = field(default_factory=dict)  # the ledger row of a posted invoice
    credit: Body = field(default_factory=dict)  # a credit memo of the world's client
    # A statement run waiting for review, with one statement of the world's client.
    statement_run: Body = field(default_factory=dict)
    engagement_template: Body = field(default_factory=dict)  # a letter template
    engagement: Body = field(default_factory=dict)  # a DRAFT engagement of the world's client
    client_request: Body = field(default_factory=dict)  # a DRAFT request for documents
    deliverable: Body = field(default_factory=dict)  # an IMMEDIATE deliverable of one file
    payment: Body = field(default_factory=dict)  # a CHECK payment of the world's client
    payment_plan: Body = field(default_factory=dict)  # an ACTIVE plan of the world's client

    @property
    def type_name(self) -> str:
        name: str = self.custom_type["name"]
        return name

    @property
    def record_ref(self) -> str:
        ref: str = self.record["systemRef"]
        return ref


def tag() -> str:
    return uuid.uuid4().hex[:12]


def custom_type_body(name: str) -> Body:
    return {
        "name": name,
        "displayName": f"Engagement {name}",
        "fields": [
            {"name": "title", "type": "string", "required": True},
            {"name": "year", "type": "integer", "min": 1990, "max": 2100},
            {"name": "client", "type": "reference", "referencedEntityType": "client"},
        ],
    }


async def ok(response: Any, status: int = 200) -> Any:
    assert response.status_code == status, (response.request.url, response.text)
    return response.json()


async def upsert(tenant: TenantHandle, *records: Body, put: bool = False) -> list[Body]:
    """The per-record outcomes of a Records API batch."""
    send = tenant.api.put if put else tenant.api.post
    response = await send(
        "/api/v1/records", json={"records": list(records)}, headers=tenant.headers
    )
    outcomes: list[Body] = (await ok(response))["data"]["records"]
    return outcomes


async def build_world(app: FastAPI, tenant: TenantHandle) -> World:
    objects = {resource.key: await make(tenant, resource.key) for resource in DIRECTORY}
    ids = {resource.key: set[int]() for resource in DIRECTORY}
    markers = {tenant.slug}
    for resource in DIRECTORY:
        listed = await tenant.get(f"/api/v1/{resource.rest_plural}", params={"pageSize": 1000})
        for item in (await ok(listed))["data"]:
            ids[resource.key].add(item["id"])
            markers.add(item["pmsRef"])
    name = f"sec_{tag()}"
    custom_type = (
        await ok(await tenant.post("/api/v1/records/custom", json=custom_type_body(name)), 201)
    )["data"]
    client_id = objects["client"]["id"]
    [outcome] = await upsert(
        tenant,
        {
            "type": name,
            "systemRef": f"R-{tag()}",
            "attributes": {"title": f"Return {tag()}", "year": 2025, "client": client_id},
        },
    )
    assert outcome["status"] == "SUCCESS", outcome
    # `/records/{type}/search` is also the record whose systemRef is `search` (GET, DELETE).
    [named_search] = await upsert(
        tenant,
        {"type": name, "systemRef": "search", "attributes": {"title": f"Search {tag()}"}},
    )
    assert named_search["status"] == "SUCCESS", named_search
    record = (await ok(await tenant.get(f"/api/v1/records/{name}/{outcome['systemRef']}")))["data"]
    file = await _upload(tenant, name, record["systemRef"])
    subscription, delivery = await _subscription_with_a_delivery(app, tenant, objects["client"])
    key_name = f"spare-{tag()}"
    created_key = await tenant.post(
        "/api/v1/auth/api-keys", json={"name": key_name, "roles": ["API_USER"]}
    )
    api_key = (await ok(created_key, 201))["data"]
    secret = (await ok(await tenant.get("/api/v1/event-subscriptions/webhook/secret")))["data"]
    event_id, cursor = await _an_event(tenant)
    wip = await _time_entry(tenant, objects)
    outbound_message = await _queued_message(tenant)
    invoice, ar_transaction = await _invoices(tenant, objects)
    draft = await _draft(tenant, objects)
    credit = await _credit(tenant, objects)
    statement_run = await _statement_run(tenant, objects)
    template = await _engagement_template(tenant)
    engagement = await _engagement(tenant, objects, template)
    # Not the defaults, so that an intruder's PUT of its own settings landing here would show.
    settings = {"executionRequiresSignedPdf": True}
    await ok(
        await tenant.api.put("/api/v1/settings/engagements", json=settings, headers=tenant.headers)
    )
    client_request = await _client_request(tenant, objects)
    deliverable = await _deliverable(tenant, objects, file)
    payment = await _payment(tenant, objects)
    payment_plan = await _payment_plan(tenant, objects)
    markers |= {
        payment["reference"],
        credit["reason"],
        template["name"],
        engagement["name"],
        outbound_message["subject"],
        invoice["notes"],
        wip["notes"],
        draft["notes"],
        name,
        record["systemRef"],
        record["attributes"]["title"],
        file["name"],
        subscription["deliveryUrl"],
        key_name,
        api_key["prefix"],
        secret["webhookSecret"],
        event_id,
    }
    return World(
        tenant=tenant,
        objects=objects,
        ids=ids,
        custom_type=custom_type,
        record=record,
        file=file,
        subscription=subscription,
        delivery=delivery,
        api_key=api_key,
        event_id=event_id,
        cursor=cursor,
        secret=secret["webhookSecret"],
        wip=wip,
        draft=draft,
        outbound_message=outbound_message,
        markers=markers,
        invoice=invoice,
        ar_transaction=ar_transaction,
        credit=credit,
        statement_run=statement_run,
        engagement_template=template,
        engagement=engagement,
        client_request=client_request,
        deliverable=deliverable,
        payment=payment,
        payment_plan=payment_plan,
    )


async def _draft(tenant: TenantHandle, objects: dict[str, Body]) -> Body:
    job = objects["job"]
    body = {
        "clientId": job["clientId"],
        "billType": "PROGRESS",
        "progress": [{"jobId": job["id"], "amount": "250.00", "description": "Fee"}],
        "notes": f"Private bill {tag()}",
    }
    draft: Body = (await ok(await tenant.post("/api/v1/draft-invoices", json=body), 201))["data"]
    return draft


async def _queued_message(tenant: TenantHandle) -> Body:
    async with tenant.ctx.db.session() as session:
        return await enqueue(
            session,
            tenant.id,
            to=[f"{tag()}@example.com"],
            subject=f"Private invoice {tag()}",
            text=f"Private body {tag()}",
        )


async def _time_entry(tenant: TenantHandle, objects: dict[str, Body]) -> Body:
    entry = {
        "staffId": objects["staff"]["id"],
        "jobId": objects["job"]["id"],
        "loggedDate": "2026-03-02",
        "hours": "1.5",
        "rate": "100.00",
        "notes": f"Private work {tag()}",
    }
    wip: Body = (await ok(await tenant.post("/api/v1/time-entries", json=entry), 201))["data"]
    return wip


async def _upload(tenant: TenantHandle, record_type: str, system_ref: str) -> Body:
    files = {"file": (f"{tag()}.txt", f"private {tag()}".encode(), "text/plain")}
    fields = {"recordType": record_type, "systemRef": system_ref}
    response = await tenant.api.post(
        "/api/v1/files", files=files, data=fields, headers=tenant.headers
    )
    file: Body = (await ok(response, 201))["data"]
    return file


async def _subscription_with_a_delivery(
    app: FastAPI, tenant: TenantHandle, client: Body
) -> tuple[Body, Body]:
    """A subscription and one attempt of its delivery log.

    The delivery URL is https on a loopback address: outside development mode a worker refuses
    it before connecting (SSRF guard) and logs the refusal as a failed attempt, so a log row
    appears with no receiver and no network. The worker serves this tenant only: other tests
    share the database.
    """
    body = {
        "entityType": "client",
        "operation": "UPDATE",
        "deliveryUrl": f"https://127.0.0.1:9/{tag()}",
        "description": f"sync {tag()}",
    }
    created = await ok(await tenant.post("/api/v1/event-subscriptions", json=body), 201)
    subscription: Body = created["data"]["subscription"]
    changed = await tenant.patch(f"/api/v1/clients/{client['id']}", json=UPDATES["client"])
    await ok(changed)
    log = f"/api/v1/event-subscriptions/{subscription['id']}/deliveries"
    worker = Worker(app.state.ctx.db, app.state.ctx.settings, tenants=frozenset({tenant.id}))
    deadline = time.monotonic() + 20
    try:
        while True:
            # On PostgreSQL a transaction still open elsewhere (another test's) holds the feed
            # back for a moment, so one pass may find nothing yet.
            await worker.drain()
            rows = (await ok(await tenant.get(log)))["data"]
            if rows:
                return subscription, rows[0]
            assert time.monotonic() < deadline, "the worker never logged an attempt"
            await anyio.sleep(0.05)
    finally:
        await worker.aclose()


async def _an_event(tenant: TenantHandle) -> tuple[str, str]:
    """The tenant's first event, and the feed cursor just after it."""
    deadline = time.monotonic() + 20
    while True:
        answer = await ok(await tenant.get("/api/v1/events", params={"limit": 1}))
        if answer["data"]:
            return answer["data"][0]["id"], answer["meta"]["pageInfo"]["endCursor"]
        assert time.monotonic() < deadline, "the feed never showed an event"
        await anyio.sleep(0.05)


async def snapshot(world: World) -> dict[str, Any]:
    """Everything the owner can read of its objects, to prove another tenant changed nothing
    (versions and timestamps included)."""
    tenant = world.tenant
    paths = [f"/api/v1/{r.rest_plural}/{world.objects[r.key]['id']}" for r in DIRECTORY]
    sub = f"/api/v1/event-subscriptions/{world.subscription['id']}"
    paths += [
        f"/api/v1/records/custom/{world.type_name}",
        f"/api/v1/records/{world.type_name}/{world.record_ref}",
        f"/api/v1/files/{world.file['id']}",
        sub,
        f"{sub}/deliveries",
        "/api/v1/auth/api-keys",
        "/api/v1/event-subscriptions/webhook/secret",
        f"/api/v1/outbound-messages/{world.outbound_message['id']}",
        f"/api/v1/statement-runs/{world.statement_run['id']}",
        "/api/v1/settings/statements",
        "/api/v1/settings/engagements",
        f"/api/v1/engagement-templates/{world.engagement_template['id']}",
        f"/api/v1/engagements/{world.engagement['id']}",
        f"/api/v1/client-requests/{world.client_request['id']}",
        f"/api/v1/deliverables/{world.deliverable['id']}",
    ]
    state = {path: (await ok(await tenant.get(path)))["data"] for path in paths}
    content = await tenant.get(f"/api/v1/files/{world.file['id']}/content")
    state["file content"] = (content.status_code, content.content)
    return state


async def _engagement_template(tenant: TenantHandle) -> Body:
    body = {
        "name": f"Letter {tag()}",
        "engagementNameTemplate": "{{ client.name }} engagement",
        "body": "Dear {{ client.name }}",
    }
    created = await tenant.post("/api/v1/engagement-templates", json=body)
    template: Body = (await ok(created, 201))["data"]
    return template


async def _engagement(tenant: TenantHandle, objects: dict[str, Body], template: Body) -> Body:
    client_id = objects["client"]["id"]
    signer = await ok(await tenant.post("/api/v1/contacts", json={"lastName": tag()}), 201)
    link = {"contactId": signer["data"]["id"], "clientId": client_id}
    await ok(await tenant.post("/api/v1/contact-clients", json=link), 201)
    body = {
        "clientIds": [client_id],
        "templateId": template["id"],
        "startDate": "2027-01-01",
        "description": f"Engagement {tag()}",
        "services": [{"description": "Tax return", "price": "100.00", "billingSchedule": "ONCE"}],
        "signers": [{"contactId": signer["data"]["id"], "role": "PRIMARY"}],
    }
    engagement: Body = (await ok(await tenant.post("/api/v1/engagements", json=body), 201))["data"]
    return engagement


async def _client_request(tenant: TenantHandle, objects: dict[str, Body]) -> Body:
    client_id = objects["client"]["id"]
    contact = await tenant.post(
        "/api/v1/contacts", json={"lastName": tag(), "email": "docs@client.example"}
    )
    contact_id = (await ok(contact, 201))["data"]["id"]
    link = {"contactId": contact_id, "clientId": client_id}
    await ok(await tenant.post("/api/v1/contact-clients", json=link), 201)
    job = {"name": f"Job {tag()}", "clientId": client_id, "status": "OPEN"}
    job_id = (await ok(await tenant.post("/api/v1/jobs", json=job), 201))["data"]["id"]
    body = {
        "clientId": client_id,
        "jobId": job_id,
        "contactIds": [contact_id],
        "dueInDays": 10,
        "items": [{"title": f"Statements {tag()}"}],
    }
    made: Body = (await ok(await tenant.post("/api/v1/client-requests", json=body), 201))["data"]
    return made


async def _payment(tenant: TenantHandle, objects: dict[str, Body]) -> Body:
    body = {
        "clientId": objects["client"]["id"],
        "amount": "1.00",
        "paymentMethod": "CHECK",
        "reference": f"PAY-{tag()}",
    }
    payment: Body = (await ok(await tenant.post("/api/v1/payments", json=body), 201))["data"]
    return payment


async def _deliverable(tenant: TenantHandle, objects: dict[str, Body], file: Body) -> Body:
    """A deliverable of the world's file; the client request's contact gets its link."""
    body = {
        "clientId": objects["client"]["id"],
        "fileIds": [file["id"]],
        "title": f"Deliverable {tag()}",
        "release": "IMMEDIATE",
    }
    made: Body = (await ok(await tenant.post("/api/v1/deliverables", json=body), 201))["data"]
    return made


async def _payment_plan(tenant: TenantHandle, objects: dict[str, Body]) -> Body:
    body = {
        "clientId": objects["client"]["id"],
        "kind": "RECURRING",
        "amount": "5.00",
        "frequency": "MONTHLY",
        "startDate": "2030-01-01",
        "processorToken": "tok_visa",
    }
    plan: Body = (await ok(await tenant.post("/api/v1/payment-plans", json=body), 201))["data"]
    return plan


async def _credit(tenant: TenantHandle, objects: dict[str, Body]) -> Body:
    body = {"clientId": objects["client"]["id"], "amount": "25.00", "reason": f"Credit {tag()}"}
    credit: Body = (await ok(await tenant.post("/api/v1/credits", json=body), 201))["data"]
    return credit


async def _invoices(tenant: TenantHandle, objects: dict[str, Body]) -> tuple[Body, Body]:
    """A DRAFT invoice, and the ledger row of another, posted."""
    body = {
        "clientId": objects["client"]["id"],
        "lineItems": [{"description": "Advice", "quantity": 1, "unitPrice": "100.00"}],
        "notes": f"Private invoice {tag()}",
    }
    invoice: Body = (await ok(await tenant.post("/api/v1/invoices", json=body), 201))["data"]
    other = (await ok(await tenant.post("/api/v1/invoices", json=body), 201))["data"]
    await ok(await tenant.post(f"/api/v1/invoices/{other['id']}/post"))
    rows = (await ok(await tenant.get("/api/v1/ar-transactions")))["data"]
    return invoice, rows[0]


async def _statement_run(tenant: TenantHandle, objects: dict[str, Body]) -> Body:
    """The day's run of a weekday 30 days after an invoice of the world's client fell due,
    made by a statement worker serving this tenant only (other tests share the database)."""
    run_date = date.today() + timedelta(days=60)
    while run_date.weekday() >= 5:
        run_date += timedelta(days=1)
    due = run_date - timedelta(days=30)
    body = {
        "clientId": objects["client"]["id"],
        "lineItems": [{"description": "Advice", "quantity": 1, "unitPrice": "100.00"}],
        "issueDate": str(due),
        "dueDate": str(due),
    }
    invoice = (await ok(await tenant.post("/api/v1/invoices", json=body), 201))["data"]
    await ok(await tenant.post(f"/api/v1/invoices/{invoice['id']}/post"))
    settings = {"enabled": True, "triggerDays": [30], "sendAt": "00:00"}
    await ok(
        await tenant.api.put("/api/v1/settings/statements", json=settings, headers=tenant.headers)
    )
    ctx = tenant.ctx
    worker = StatementWorker(
        ctx.db, ctx.settings, storage=ctx.files, tenants=frozenset({tenant.id})
    )
    now = datetime.combine(run_date, datetime.min.time(), tzinfo=UTC) + timedelta(hours=12)
    [run_id] = await worker.run_due(now)
    run: Body = (await ok(await tenant.get(f"/api/v1/statement-runs/{run_id}")))["data"]
    assert len(run["statements"]) == 1, run
    return run
