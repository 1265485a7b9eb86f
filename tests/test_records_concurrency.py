"""Concurrent upserts of one systemRef (issue 23, item 8): one row, and every answer succeeds."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from openwyn.config import Settings
from tests.fixtures.api import TenantHandle

pytestmark = pytest.mark.anyio

WRITERS = 30
SUCCESSFUL = {"CREATED", "UPDATED", "UNCHANGED"}
NOTE = {"name": "note", "fields": [{"name": "text", "type": "string"}]}


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """30 requests in flight take turns on the record's row lock, and more of them than the
    pool seats wait for a connection: long enough here that a loaded test machine measures the
    upsert, not the pool's patience (3 s by default, a 503 when it runs out)."""
    return settings.model_copy(update={"db_connect_timeout_seconds": 60.0})


async def _send_at_once(tenant: TenantHandle, records: list[dict[str, Any]]) -> list[Any]:
    """One request per record, all in flight together against the same app."""
    responses = await asyncio.gather(
        *(tenant.post("/api/v1/records", json={"records": [record]}) for record in records)
    )
    assert [r.status_code for r in responses] == [200] * len(records), responses[0].text
    return [response.json()["data"]["records"][0] for response in responses]


def _assert_all_succeeded(answers: list[dict[str, Any]]) -> None:
    operations = [answer["operation"] for answer in answers]
    assert all(op in SUCCESSFUL for op in operations), [a["error"] for a in answers]
    assert operations.count("CREATED") == 1, operations
    assert len({answer["id"] for answer in answers}) == 1


async def test_thirty_writers_of_one_client_make_one_row(tenant: TenantHandle) -> None:
    records = [
        {"type": "client", "systemRef": "PMS-1", "attributes": {"name": f"Acme {n % 3}"}}
        for n in range(WRITERS)
    ]
    _assert_all_succeeded(await _send_at_once(tenant, records))
    listed = await tenant.post("/gql/v1/clients", json={})
    assert listed.json()["total"]["aggregate"]["count"] == 1


async def test_thirty_writers_of_one_custom_record_make_one_row(tenant: TenantHandle) -> None:
    assert (await tenant.post("/api/v1/records/custom", json=NOTE)).status_code == 201
    records = [
        {"type": "note", "systemRef": "N-1", "attributes": {"text": f"v{n % 3}"}}
        for n in range(WRITERS)
    ]
    _assert_all_succeeded(await _send_at_once(tenant, records))
    found = await tenant.post("/api/v1/records/note/search", json={})
    assert [record["systemRef"] for record in found.json()["data"]] == ["N-1"]
