"""Object systemRefs (contract §13.5): a record named by an object of scalars, matched by its
canonical JSON, echoed as sent, by upserts, references, reads, deletes and `openwyn import`."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from openwyn.kit import system_refs
from tests.fixtures.api import TenantHandle

pytestmark = pytest.mark.anyio

KARBON = {"system": "karbon", "id": "4711"}
CANONICAL = '{"id":"4711","system":"karbon"}'
NOTE = {
    "name": "note",
    "fields": [
        {"name": "text", "type": "string"},
        {"name": "client", "type": "reference", "referencedEntityType": "client"},
        {"name": "parent", "type": "reference", "referencedEntityType": "note"},
    ],
}


async def _write(tenant: TenantHandle, *records: dict[str, Any], put: bool = False) -> Any:
    send = tenant.api.put if put else tenant.api.post
    response = await send(
        "/api/v1/records", json={"records": list(records)}, headers=tenant.headers
    )
    assert response.status_code == 200, response.text
    return response.json()["data"]["records"]


def _client(ref: Any, name: str = "Acme") -> dict[str, Any]:
    return {"type": "client", "systemRef": ref, "attributes": {"name": name}}


class TestObjectSystemRefs:
    async def test_an_object_names_one_client_whatever_its_key_order(
        self, tenant: TenantHandle
    ) -> None:
        reversed_keys = {"id": "4711", "system": "karbon"}
        created, unchanged = await _write(tenant, _client(KARBON), _client(reversed_keys))
        assert created["operation"] == "CREATED" and created["systemRef"] == KARBON
        assert unchanged["operation"] == "UNCHANGED" and unchanged["id"] == created["id"]
        assert list(unchanged["systemRef"]) == ["id", "system"]  # echoed as it was sent
        stored = (await tenant.get(f"/api/v1/clients/{created['id']}")).json()["data"]
        assert stored["pmsRef"] == CANONICAL
        (updated,) = await _write(tenant, _client(KARBON, name="Acme Ltd"), put=True)
        assert updated["operation"] == "UPDATED" and updated["systemRef"] == KARBON

    async def test_reads_and_deletes_take_the_objects_json_in_the_path(
        self, tenant: TenantHandle
    ) -> None:
        await _write(tenant, _client(KARBON))
        spaced = '{"system": "karbon", "id": "4711"}'
        for segment in (CANONICAL, spaced):
            read = await tenant.get(f"/api/v1/records/client/{quote(segment, safe='')}")
            assert read.status_code == 200, read.text
            assert read.json()["data"]["systemRef"] == KARBON
        other = quote('{"system":"karbon","id":"4712"}', safe="")
        assert (await tenant.get(f"/api/v1/records/client/{other}")).status_code == 404
        deleted = await tenant.delete(f"/api/v1/records/client/{quote(CANONICAL, safe='')}")
        assert deleted.status_code == 200, deleted.text
        assert deleted.json()["data"]["active"] is False
        assert deleted.json()["data"]["systemRef"] == KARBON

    async def test_custom_records_and_references_resolve_objects(
        self, tenant: TenantHandle
    ) -> None:
        assert (await tenant.post("/api/v1/records/custom", json=NOTE)).status_code == 201
        parent = {"type": "note", "systemRef": {"n": 1, "draft": False}, "attributes": {}}
        child = {
            "type": "note",
            "systemRef": {"n": 2},
            "attributes": {
                "client": {"systemRef": {"id": "4711", "system": "karbon"}},
                "parent": {"systemRef": {"draft": False, "n": 1}},
            },
        }
        link = {
            "type": "contact_client",
            "systemRef": {"link": 1},
            "attributes": {
                "contactId": {"systemRef": {"person": "P-1"}},
                "clientId": {"systemRef": KARBON},
            },
        }
        contact = {"type": "contact", "systemRef": {"person": "P-1"}, "attributes": {}}
        contact["attributes"] = {"lastName": "Chen"}
        answers = await _write(tenant, _client(KARBON), parent, child, contact, link)
        assert [a["status"] for a in answers] == ["SUCCESS"] * 5, answers
        client_id, parent_id = answers[0]["id"], answers[1]["id"]
        read = await tenant.get("/api/v1/records/note/" + quote('{"n":2}', safe=""))
        record = read.json()["data"]
        assert record["systemRef"] == {"n": 2}
        assert record["attributes"] == {"client": client_id, "parent": parent_id}
        listed = await tenant.post(
            "/api/v1/records/note/search", json={"orderBy": [{"systemRef": "asc"}]}
        )
        assert [r["systemRef"] for r in listed.json()["data"]] == [
            {"draft": False, "n": 1},
            {"n": 2},
        ]
        missing = dict(child, systemRef={"n": 3})
        missing["attributes"] = {"parent": {"systemRef": {"n": 99}}}
        (refused,) = await _write(tenant, missing)
        assert refused["error"]["details"][0]["path"] == "attributes.parent"

    @pytest.mark.parametrize(
        "bad",
        [
            {},
            {"id": ["4711"]},
            {"id": {"n": 1}},
            12,
            ["4711"],
            None,
            True,
            "",
            {"id": "x" * 100},
        ],
    )
    async def test_anything_else_fails_alone_naming_the_path(
        self, tenant: TenantHandle, bad: Any
    ) -> None:
        answers = await _write(tenant, _client("OK-1"), _client(bad))
        assert answers[0]["status"] == "SUCCESS"
        error = answers[1]["error"]
        assert error["code"] == "VALIDATION_FAILED"
        assert [d["path"] for d in error["details"]] == ["records[1].systemRef"]

    async def test_a_reference_to_a_bad_object_is_refused(self, tenant: TenantHandle) -> None:
        record = _client("C-1")
        record["attributes"]["partnerStaffId"] = {"systemRef": {"id": [1]}}
        (answer,) = await _write(tenant, record)
        assert answer["error"]["details"][0]["path"] == "attributes.partnerStaffId"

    async def test_the_document_describes_both_forms(self, tenant: TenantHandle) -> None:
        document = (await tenant.get("/openapi.json")).json()
        # The record's systemRef, and a reference's: both forms, in every place they are taken.
        named = document["components"]["schemas"]["SystemRef"]
        assert named["description"] == system_refs.SCHEMA["description"]
        assert json.dumps(document).count('"#/components/schemas/SystemRef"') >= 2


def test_import_takes_object_system_refs(tmp_path: Path) -> None:
    database = tmp_path / "import.db"
    env = os.environ | {
        "OPENWYN_DATABASE_URL": f"sqlite+aiosqlite:///{database}",
        "OPENWYN_JWT_SECRET": "cli-secret-" + "c" * 40,
    }
    run = [sys.executable, "-m", "openwyn"]
    created = subprocess.run([*run, "tenant", "create", "acme"], env=env, check=False)
    assert created.returncode == 0
    source = tmp_path / "records.jsonl"
    lines = [_client(KARBON), _client({"id": "4711", "system": "karbon"}, name="Acme Ltd")]
    source.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    imported = subprocess.run(
        [*run, "import", "--tenant", "acme", str(source)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["created"] == 1
    with sqlite3.connect(database) as db:
        rows = db.execute("SELECT pms_ref, name FROM clients").fetchall()
    assert rows == [(CANONICAL, "Acme Ltd")]


def test_only_an_objects_canonical_text_is_shown_as_the_object() -> None:
    assert system_refs.shown(CANONICAL) == KARBON
    for text in ('{"system": "karbon"}', '{"b":1,"a":2}', '{"a":[1]}', "{x", "{}", "PMS-1"):
        assert system_refs.shown(text) == text
    assert system_refs.shown(None) is None
