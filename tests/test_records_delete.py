"""`DELETE /api/v1/records` (contract §13.5): up to 100 records removed by type and systemRef,
each alone, exactly as the single-record DELETE removes it."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy import select

from openwyn.auth.roles import Role
from openwyn.web.outbox import EVENTS
from tests.fixtures.api import TenantHandle

pytestmark = pytest.mark.anyio

NOTE = {"name": "note", "fields": [{"name": "text", "type": "string"}]}
KARBON = {"system": "karbon", "id": "4711"}


async def _seed(tenant: TenantHandle) -> None:
    """A client, a contact linked to it, and a custom record."""
    assert (await tenant.post("/api/v1/records/custom", json=NOTE)).status_code == 201
    records = [
        {"type": "client", "systemRef": "C-1", "attributes": {"name": "Acme"}},
        {"type": "contact", "systemRef": "P-1", "attributes": {"lastName": "Chen"}},
        {
            "type": "contact_client",
            "systemRef": "L-1",
            "attributes": {"contactId": {"systemRef": "P-1"}, "clientId": {"systemRef": "C-1"}},
        },
        {"type": "note", "systemRef": KARBON, "attributes": {"text": "hi"}},
    ]
    written = await tenant.post("/api/v1/records", json={"records": records})
    assert written.json()["data"]["summary"]["succeeded"] == 4, written.text


async def _delete(tenant: TenantHandle, records: list[Any], **headers: str) -> httpx.Response:
    return await tenant.api.request(
        "DELETE",
        "/api/v1/records",
        json={"records": records},
        headers=tenant.headers | headers,
    )


REMOVED = [
    {"type": "client", "systemRef": "C-1"},
    {"type": "contact_client", "systemRef": "L-1"},
    {"type": "note", "systemRef": {"id": "4711", "system": "karbon"}},
]


async def _events(tenant: TenantHandle) -> list[tuple[str, str, Any]]:
    async with tenant.ctx.db.session() as session:
        query = (
            select(EVENTS.c.entity_type, EVENTS.c.operation, EVENTS.c.previous)
            .where(EVENTS.c.tenant_id == tenant.id)
            .order_by(EVENTS.c.id)
        )
        return [tuple(row) for row in (await session.execute(query)).all()]


async def test_each_record_is_removed_alone_with_its_result(tenant: TenantHandle) -> None:
    await _seed(tenant)
    sent = [
        REMOVED[0],
        {"type": "client", "systemRef": "nobody"},
        REMOVED[1],
        {"type": "planet", "systemRef": "X"},
        {"type": "client", "systemRef": {"id": ["x"]}},
        REMOVED[2],
    ]
    response = await _delete(tenant, sent)
    assert response.status_code == 200, response.text
    data = response.json()["data"]
    assert data["summary"] == {"total": 6, "succeeded": 3, "failed": 3, "deleted": 3}
    results = data["records"]
    assert [r["operation"] for r in results] == ["DELETED", None, "DELETED", None, None, "DELETED"]
    assert [r["status"] for r in results] == ["SUCCESS", "FAILED"] * 2 + ["FAILED", "SUCCESS"]
    assert results[1]["error"]["code"] == "RECORD_NOT_FOUND"
    assert results[3]["error"]["code"] == "VALIDATION_FAILED"
    assert results[4]["error"]["details"][0]["path"] == "records[4].systemRef"
    assert results[5]["systemRef"] == {"id": "4711", "system": "karbon"}  # as sent
    assert all(isinstance(results[i]["id"], int) for i in (0, 2, 5))
    client = await tenant.get("/api/v1/records/client/C-1")
    assert client.json()["data"]["active"] is False
    assert (await tenant.get("/api/v1/records/contact_client/L-1")).status_code == 404
    note = await tenant.get('/api/v1/records/note/{"id":"4711","system":"karbon"}')
    assert note.json()["data"]["active"] is False


async def test_the_events_are_those_of_the_single_record_delete(
    tenant: TenantHandle, other_tenant: TenantHandle
) -> None:
    await _seed(tenant)
    await _seed(other_tenant)
    seeded = len(await _events(tenant))
    assert (await _delete(tenant, REMOVED)).status_code == 200
    for record in REMOVED:
        ref = record["systemRef"]
        path = ref if isinstance(ref, str) else '{"id":"4711","system":"karbon"}'
        one = await other_tenant.delete(f"/api/v1/records/{record['type']}/{path}")
        assert one.status_code in (200, 204), one.text
    in_batch, one_by_one = await _events(tenant), await _events(other_tenant)
    assert in_batch[seeded:] == one_by_one[seeded:]
    assert [(e[0], e[1]) for e in in_batch[seeded:]] == [
        ("client", in_batch[seeded][1]),
        ("contact_client", "DELETE"),
        ("note", "DELETE"),
    ]


async def test_a_refused_record_does_not_stop_the_others(tenant: TenantHandle) -> None:
    await _seed(tenant)
    assert (await tenant.delete("/api/v1/records/custom/note")).status_code == 200
    response = await _delete(tenant, [REMOVED[2], REMOVED[0]])
    first, second = response.json()["data"]["records"]
    assert first["error"]["code"] == "CONFLICT" and second["operation"] == "DELETED"
    note = await tenant.get('/api/v1/records/note/{"id":"4711","system":"karbon"}')
    assert note.json()["data"]["active"] is True


async def test_more_than_100_is_400_and_removes_nothing(tenant: TenantHandle) -> None:
    await _seed(tenant)
    response = await _delete(tenant, [REMOVED[0]] * 101)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "VALIDATION_FAILED"
    client = await tenant.get("/api/v1/records/client/C-1")
    assert client.json()["data"]["active"] is True


async def test_it_needs_record_w(tenant: TenantHandle) -> None:
    await _seed(tenant)
    for role, status in ((Role.RECORD_R, 403), (Role.CUSTOM_TYPE_W, 403), (Role.RECORD_W, 200)):
        token = await tenant.token_for(role)
        response = await tenant.api.request(
            "DELETE",
            "/api/v1/records",
            json={"records": [REMOVED[0]]},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert response.status_code == status, (role, response.text)


async def test_a_retry_with_the_same_idempotency_key_replays_the_answer(
    tenant: TenantHandle,
) -> None:
    await _seed(tenant)
    first = await _delete(tenant, [REMOVED[1]], **{"Idempotency-Key": "del-1"})
    again = await _delete(tenant, [REMOVED[1]], **{"Idempotency-Key": "del-1"})
    assert first.json()["data"] == again.json()["data"]
    assert again.json()["data"]["records"][0]["operation"] == "DELETED"
    fresh = await _delete(tenant, [REMOVED[1]])
    assert fresh.json()["data"]["records"][0]["error"]["code"] == "RECORD_NOT_FOUND"
    other = await _delete(tenant, [REMOVED[0]], **{"Idempotency-Key": "del-1"})
    assert other.status_code == 400
