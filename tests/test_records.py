"""Records API (records-events.md §1): upserts, partial success, custom types, discovery, roles."""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

import pytest
from sqlalchemy import func, select, text

from openwyn.auth.roles import Role
from openwyn.kit import query
from openwyn.records import custom_types, search
from openwyn.records.repository import RECORDS
from openwyn.web.outbox import EVENTS
from tests.fixtures.api import TenantHandle
from tests.fixtures.events import caught_up

pytestmark = pytest.mark.anyio

TAX_RETURN = {
    "name": "tax_return",
    "displayName": "Tax return",
    "description": "One return per client and year.",
    "fields": [
        {"name": "year", "type": "integer", "required": True, "min": 1990, "max": 2100},
        {"name": "status", "type": "enum", "enumValues": ["NOT_STARTED", "FILED"]},
        {"name": "client", "type": "reference", "referencedEntityType": "client"},
        {"name": "fee", "type": "decimal", "min": 0},
        {"name": "filedOn", "type": "date"},
        {"name": "receivedAt", "type": "datetime"},
        {"name": "notes", "type": "text"},
        {"name": "preparer", "type": "email"},
        {"name": "portal", "type": "url"},
        {"name": "amended", "type": "boolean"},
        {"name": "code", "type": "string", "maxLength": 10, "unique": True},
        {"name": "extra", "type": "json"},
    ],
}


async def _upsert(tenant: TenantHandle, *records: dict[str, Any], put: bool = False) -> Any:
    send = tenant.api.put if put else tenant.api.post
    response = await send(
        "/api/v1/records", json={"records": list(records)}, headers=tenant.headers
    )
    assert response.status_code == 200, response.text
    return response.json()["data"]


def _client(ref: str, **attributes: Any) -> dict[str, Any]:
    return {"type": "client", "systemRef": ref, "attributes": {"name": ref} | attributes}


async def _define(tenant: TenantHandle, body: dict[str, Any] = TAX_RETURN) -> dict[str, Any]:
    response = await tenant.post("/api/v1/records/custom", json=body)
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


def _return(ref: str, **attributes: Any) -> dict[str, Any]:
    return {"type": "tax_return", "systemRef": ref, "attributes": {"year": 2025} | attributes}


async def _event_count(tenant: TenantHandle) -> int:
    """The tenant's rows in the outbox, which is also the change feed."""
    async with tenant.ctx.db.session() as session:
        query = select(func.count()).select_from(EVENTS).where(EVENTS.c.tenant_id == tenant.id)
        count: int = (await session.execute(query)).scalar_one()
    return count


async def _search(tenant: TenantHandle, type_name: str, **body: Any) -> list[str]:
    response = await tenant.post(f"/api/v1/records/{type_name}/search", json=body)
    assert response.status_code == 200, response.text
    return [record["systemRef"] for record in response.json()["data"]]


class TestUpsert:
    async def test_create_then_unchanged_then_updated(self, tenant: TenantHandle) -> None:
        staff = {
            "type": "staff",
            "systemRef": "S-53",
            "attributes": {"firstName": "Pat", "lastName": "Partner", "email": "p@firm.example"},
        }
        client = _client("PMS-1155", clientRef="41664", partnerStaffId={"systemRef": "S-53"})
        first = await _upsert(tenant, staff, client)
        assert [r["operation"] for r in first["records"]] == ["CREATED", "CREATED"]
        assert first["summary"] == {
            "total": 2,
            "succeeded": 2,
            "failed": 0,
            "created": 2,
            "updated": 0,
            "unchanged": 0,
        }
        again = await _upsert(tenant, staff, client)
        assert [r["operation"] for r in again["records"]] == ["UNCHANGED", "UNCHANGED"]
        stored = (await tenant.get(f"/api/v1/clients/{first['records'][1]['id']}")).json()["data"]
        assert stored["version"] == 1 and stored["pmsRef"] == "PMS-1155"
        assert stored["partnerStaffId"] == first["records"][0]["id"]
        changed = await _upsert(tenant, _client("PMS-1155", email="a@acme.example"))
        assert changed["records"][0]["operation"] == "UPDATED"
        record = (await tenant.get("/api/v1/records/client/PMS-1155")).json()["data"]
        assert record["version"] == 2 and record["systemRef"] == "PMS-1155"
        assert record["attributes"]["email"] == "a@acme.example"
        assert record["attributes"]["clientRef"] == "41664"  # not sent, not changed

    async def test_a_sync_run_twice_changes_nothing_the_second_time(
        self, tenant: TenantHandle
    ) -> None:
        await _define(tenant)
        batch: list[dict[str, Any]] = []
        for n in range(60):
            batch += [
                {
                    "type": "staff",
                    "systemRef": f"S-{n}",
                    "attributes": {
                        "firstName": "F",
                        "lastName": f"L{n}",
                        "email": f"s{n}@f.example",
                    },
                },
                _client(f"C-{n}", partnerStaffId={"systemRef": f"S-{n}"}, customFields={"n": n}),
                {"type": "contact", "systemRef": f"P-{n}", "attributes": {"lastName": f"P{n}"}},
                {
                    "type": "contact_client",
                    "systemRef": f"L-{n}",
                    "attributes": {
                        "contactId": {"systemRef": f"P-{n}"},
                        "clientId": {"systemRef": f"C-{n}"},
                        "isPrimary": True,
                    },
                },
                _return(f"R-{n}", client={"systemRef": f"C-{n}"}, fee=f"{n}.10"),
            ]
        for expected in ("CREATED", "UNCHANGED"):
            for start in range(0, len(batch), 100):
                data = await _upsert(tenant, *batch[start : start + 100])
                assert {r["operation"] for r in data["records"]} == {expected}, data
        links = (await tenant.post("/gql/v1/contact_clients", json={"pageSize": 1000})).json()
        assert {link["version"] for link in links["contactClients"]} == {1}
        assert links["total"]["aggregate"]["count"] == 60

    async def test_a_mixed_batch_sent_again_is_unchanged_and_adds_no_event(
        self, tenant: TenantHandle
    ) -> None:
        await _define(tenant)
        staff = {
            "type": "staff",
            "systemRef": "S-1",
            "attributes": {"firstName": "Pat", "lastName": "Partner", "email": "p@f.example"},
        }
        contact = {"type": "contact", "systemRef": "P-1", "attributes": {"lastName": "Chen"}}
        link = {
            "type": "contact_client",
            "systemRef": "L-1",
            "attributes": {
                "contactId": {"systemRef": "P-1"},
                "clientId": {"systemRef": "C-1"},
                "isPrimary": True,
            },
        }
        batch = [
            staff,
            _client("C-1", partnerStaffId={"systemRef": "S-1"}),
            contact,
            link,
            _return("R-1", client={"systemRef": "C-1"}, fee="12.50", filedOn="2026-04-15"),
        ]
        first = await _upsert(tenant, *batch)
        assert [r["operation"] for r in first["records"]] == ["CREATED"] * 5, first
        after_first = await _event_count(tenant)
        again = await _upsert(tenant, *batch)
        assert [r["operation"] for r in again["records"]] == ["UNCHANGED"] * 5, again
        assert again["summary"]["unchanged"] == 5
        assert await _event_count(tenant) == after_first

    async def test_a_bad_record_fails_alone(self, tenant: TenantHandle) -> None:
        data = await _upsert(
            tenant,
            _client("OK-1"),
            {"type": "planet", "systemRef": "X", "attributes": {}},
            _client("BAD-1", partnerStaffId={"systemRef": "nobody"}),
            {"type": "client", "attributes": {"name": "no ref"}},
            _client("BAD-2", email="not-an-email"),
            _client("OK-2"),
        )
        records = data["records"]
        assert [r["status"] for r in records] == [
            "SUCCESS",
            "FAILED",
            "FAILED",
            "FAILED",
            "FAILED",
            "SUCCESS",
        ]
        assert data["summary"]["failed"] == 4 and data["summary"]["created"] == 2
        bad = records[2]
        assert bad["id"] is None and bad["operation"] is None
        assert bad["error"]["code"] == "VALIDATION_FAILED"
        assert bad["error"]["details"][0]["path"] == "partnerStaffId"
        assert records[4]["error"]["details"][0]["path"] == "attributes.email"
        names = (await tenant.post("/gql/v1/clients", json={})).json()["clients"]
        assert sorted(c["name"] for c in names) == ["OK-1", "OK-2"]

    async def test_more_than_100_records_is_400_and_writes_nothing(
        self, tenant: TenantHandle
    ) -> None:
        body = {"records": [_client(f"C-{n}") for n in range(101)]}
        response = await tenant.post("/api/v1/records", json=body)
        assert response.status_code == 400
        total = (await tenant.post("/gql/v1/clients", json={})).json()["total"]
        assert total["aggregate"]["count"] == 0

    async def test_put_only_updates(self, tenant: TenantHandle) -> None:
        await _upsert(tenant, _client("C-1"))
        data = await _upsert(tenant, _client("C-1", taxId="12-3"), _client("C-2"), put=True)
        first, missing = data["records"]
        assert first["operation"] == "UPDATED"
        assert missing["status"] == "FAILED" and missing["error"]["code"] == "RECORD_NOT_FOUND"
        assert (await tenant.get("/api/v1/records/client/C-2")).status_code == 404

    async def test_links_and_unique_rules_apply_as_in_rest(self, tenant: TenantHandle) -> None:
        contact = {"type": "contact", "systemRef": "P-1", "attributes": {"lastName": "Chen"}}
        link = {
            "type": "contact_client",
            "systemRef": "L-1",
            "attributes": {
                "contactId": {"systemRef": "P-1"},
                "clientId": {"systemRef": "C-1"},
                "isPrimary": True,
            },
        }
        twin = link | {"systemRef": "L-2"}
        data = await _upsert(tenant, _client("C-1"), contact, link, twin)
        assert [r["status"] for r in data["records"]] == ["SUCCESS"] * 3 + ["FAILED"]
        assert data["records"][3]["error"]["code"] == "CONFLICT"
        removed = await tenant.delete("/api/v1/records/contact_client/L-1")
        assert removed.status_code == 204
        assert (await tenant.get("/api/v1/records/contact_client/L-1")).status_code == 404
        deactivated = await tenant.delete("/api/v1/records/client/C-1")
        assert deactivated.json()["data"]["active"] is False
        assert (await tenant.get("/api/v1/records/client/C-1")).json()["data"]["active"] is False
        await caught_up(tenant)
        feed = (await tenant.get("/api/v1/events", params={"entityType": "client"})).json()
        last = feed["data"][-1]
        assert (last["type"], last["previous"]) == ("client.DELETE", {"active": True})
        assert last["data"]["active"] is False

    async def test_pms_ref_belongs_in_system_ref(self, tenant: TenantHandle) -> None:
        data = await _upsert(tenant, _client("C-1", pmsRef="other"))
        assert data["records"][0]["error"]["details"][0]["path"] == "attributes.pmsRef"

    async def test_tenants_sync_apart(
        self, tenant: TenantHandle, other_tenant: TenantHandle
    ) -> None:
        await _upsert(
            tenant,
            _client("C-1"),
            {
                "type": "staff",
                "systemRef": "S-1",
                "attributes": {"firstName": "A", "lastName": "B"},
            },
        )
        assert (await other_tenant.get("/api/v1/records/client/C-1")).status_code == 404
        foreign = await _upsert(other_tenant, _client("C-2", partnerStaffId={"systemRef": "S-1"}))
        assert foreign["records"][0]["status"] == "FAILED"
        own = await _upsert(other_tenant, _client("C-1"))
        assert own["records"][0]["operation"] == "CREATED"


class TestCustomTypes:
    async def test_define_read_and_discover(self, tenant: TenantHandle) -> None:
        created = await _define(tenant)
        assert created["isCustom"] is True and created["active"] is True
        assert created["recordsUrl"] == "/api/v1/records/tax_return/search"
        code = next(f for f in created["fields"] if f["name"] == "code")
        assert code["maxLength"] == 10 and code["unique"] is True
        listed = (await tenant.get("/api/v1/records/custom")).json()["data"]
        assert [t["name"] for t in listed] == ["tax_return"]
        types = (await tenant.get("/api/v1/records/types")).json()["data"]
        names = [t["name"] for t in types]
        assert {"client", "contact_client", "job", "tax_return"} <= set(names)
        client = (await tenant.get("/api/v1/records/types/client")).json()["data"]
        fields = {f["name"]: f for f in client["fields"]}
        assert fields["name"]["required"] is True and fields["name"]["maxLength"] == 200
        assert fields["partnerStaffId"]["type"] == "reference"
        assert fields["partnerStaffId"]["referencedEntityType"] == "staff"
        assert fields["email"]["type"] == "email"
        assert fields["clientRef"]["unique"] is True
        assert "pmsRef" not in fields
        assert (await tenant.get("/api/v1/records/types/planet")).status_code == 404

    async def test_records_url_lists_the_types_records(self, tenant: TenantHandle) -> None:
        url = (await _define(tenant))["recordsUrl"]
        await _upsert(tenant, _return("R-1"))
        listed = await tenant.post(url, json={})
        assert listed.status_code == 200, listed.text
        assert [r["systemRef"] for r in listed.json()["data"]] == ["R-1"]
        shown = (await tenant.get("/api/v1/records/custom/tax_return")).json()["data"]
        assert shown["recordsUrl"] == url

    async def test_every_discovered_records_url_searches_its_type(
        self, tenant: TenantHandle
    ) -> None:
        await _define(tenant)
        types = (await tenant.get("/api/v1/records/types")).json()["data"]
        for described in types:
            answer = await tenant.post(described["recordsUrl"], json={"pageSize": 1})
            assert answer.status_code == 200, (described["name"], answer.text)

    @pytest.mark.parametrize(
        ("body", "path"),
        [
            (TAX_RETURN | {"name": "client"}, "name"),
            (TAX_RETURN | {"name": "Tax Return"}, "name"),
            (TAX_RETURN | {"name": "types"}, "name"),
            (TAX_RETURN | {"fields": [{"name": "a", "type": "enum"}]}, "fields[0]"),
            (TAX_RETURN | {"fields": [{"name": "a", "type": "reference"}]}, "fields[0]"),
            (TAX_RETURN | {"fields": [{"name": "a", "type": "money"}]}, "fields[0].type"),
            (TAX_RETURN | {"fields": [{"name": "a", "type": "string"}] * 2}, "fields"),
            (
                TAX_RETURN
                | {"fields": [{"name": "a", "type": "reference", "referenceType": "planet"}]},
                "fields[0].referencedEntityType",
            ),
        ],
    )
    async def test_bad_definitions_are_400(
        self, tenant: TenantHandle, body: dict[str, Any], path: str
    ) -> None:
        response = await tenant.post("/api/v1/records/custom", json=body)
        assert response.status_code == 400, response.text
        assert response.json()["error"]["details"][0]["path"].startswith(path)

    async def test_a_name_is_taken_once_per_tenant(
        self, tenant: TenantHandle, other_tenant: TenantHandle
    ) -> None:
        await _define(tenant)
        again = await tenant.post("/api/v1/records/custom", json=TAX_RETURN)
        assert again.status_code == 409
        await _define(other_tenant)
        assert (await other_tenant.get("/api/v1/records/custom/tax_return")).status_code == 200

    async def test_every_field_type_round_trips(self, tenant: TenantHandle) -> None:
        await _define(tenant)
        await _upsert(tenant, _client("C-1"))
        attributes = {
            "year": 2025,
            "status": "FILED",
            "client": {"systemRef": "C-1"},
            "fee": "12345678901234567890.123456789",
            "filedOn": "2026-04-15",
            "receivedAt": "2026-04-01T09:30:00+02:00",
            "notes": "Long text " * 100,
            "preparer": "prep@firm.example",
            "portal": "https://portal.example/r/1",
            "amended": False,
            "code": "R-1",
            "extra": {"nested": [1, 2, {"a": None}]},
        }
        data = await _upsert(tenant, _return("R-1", **attributes))
        assert data["records"][0]["operation"] == "CREATED", data
        response = await tenant.get("/api/v1/records/tax_return/R-1")
        # Exact digits, as a JSON number (key order in the document is not fixed).
        assert re.search(r'"fee":12345678901234567890\.123456789[,}]', response.text)
        stored = response.json()["data"]["attributes"]
        client_id = (await tenant.get("/api/v1/records/client/C-1")).json()["data"]["id"]
        assert stored["client"] == client_id
        assert stored["receivedAt"] == "2026-04-01T07:30:00.000000Z"
        assert stored["extra"] == attributes["extra"]
        again = await _upsert(
            tenant, _return("R-1", **attributes | {"fee": "12345678901234567890.1234567890"})
        )
        assert again["records"][0]["operation"] == "UNCHANGED"

    @pytest.mark.parametrize(
        ("name", "value"),
        [
            ("year", "2025"),
            ("year", 1989),
            ("year", 2025.5),
            ("status", "LOST"),
            ("client", {"systemRef": "nobody"}),
            ("client", 999999),
            ("fee", -1),
            ("fee", "1e"),
            ("filedOn", "2026-02-30"),
            ("filedOn", "20260415"),
            ("filedOn", "2026-W16-3"),
            ("filedOn", "2026W163"),
            ("filedOn", "2026-04-15T00:00:00Z"),
            ("receivedAt", "2026-04-01T09:30:00"),
            ("preparer", "not-an-email"),
            ("portal", "ftp://x.example"),
            ("amended", "yes"),
            ("code", "x" * 11),
            ("extra", {"count": 10**30}),
            ("unknownField", 1),
        ],
    )
    async def test_invalid_values_are_refused_per_record(
        self, tenant: TenantHandle, name: str, value: Any
    ) -> None:
        await _define(tenant)
        data = await _upsert(tenant, _return("R-1", **{name: value}), _return("R-2"))
        bad, good = data["records"]
        assert bad["status"] == "FAILED" and good["status"] == "SUCCESS"
        assert bad["error"]["details"][0]["path"] == f"attributes.{name}"

    async def test_required_and_unique_fields(self, tenant: TenantHandle) -> None:
        await _define(tenant)
        missing = await _upsert(
            tenant, {"type": "tax_return", "systemRef": "R-0", "attributes": {}}
        )
        assert missing["records"][0]["error"]["details"][0]["path"] == "attributes.year"
        data = await _upsert(tenant, _return("R-1", code="A"), _return("R-2", code="A"))
        assert data["records"][1]["error"]["code"] == "CONFLICT"
        nulled = await _upsert(tenant, _return("R-1") | {"attributes": {"year": None}})
        assert nulled["records"][0]["status"] == "FAILED"

    async def test_concurrent_writers_of_one_unique_value_leave_exactly_one(
        self, tenant: TenantHandle
    ) -> None:
        await _define(tenant)
        answers = await asyncio.gather(
            *(_upsert(tenant, _return(f"R-{n}", code="SAME")) for n in range(4))
        )
        statuses = sorted(answer["records"][0]["status"] for answer in answers)
        assert statuses == ["FAILED", "FAILED", "FAILED", "SUCCESS"]
        found = await tenant.post(
            "/api/v1/records/tax_return/search", json={"where": {"code": {"_eq": "SAME"}}}
        )
        assert len(found.json()["data"]) == 1

    async def test_concurrent_updates_of_one_record_keep_every_change(
        self, tenant: TenantHandle
    ) -> None:
        await _define(tenant)
        await _upsert(tenant, _return("R-1"))
        changes = [
            {"notes": "Signed"},
            {"amended": True},
            {"code": "C-7"},
            {"status": "FILED"},
            {"fee": "120.5"},
            {"preparer": "ann@firm.example"},
        ]
        sent = [{"type": "tax_return", "systemRef": "R-1", "attributes": c} for c in changes]
        await asyncio.gather(*(_upsert(tenant, one, put=True) for one in sent))
        stored = (await tenant.get("/api/v1/records/tax_return/R-1")).json()["data"]
        for change in changes:
            for name, value in change.items():
                assert str(stored["attributes"][name]) == str(value), name

    async def test_search_by_every_field_type(self, tenant: TenantHandle) -> None:
        await _define(tenant)
        await _upsert(tenant, _client("C-1"))
        await _upsert(
            tenant,
            _return(
                "R-1",
                year=2024,
                status="FILED",
                fee="10.50",
                filedOn="2025-04-10",
                receivedAt="2025-04-01T00:00:00Z",
                amended=True,
                code="A",
                client={"systemRef": "C-1"},
                preparer="a@x.example",
            ),
            _return(
                "R-2",
                year=2025,
                status="NOT_STARTED",
                fee="200",
                filedOn="2026-04-10",
                receivedAt="2026-04-01T00:00:00Z",
                amended=False,
                code="B",
            ),
            _return("R-3", year=2026),
        )
        client_id = (await tenant.get("/api/v1/records/client/C-1")).json()["data"]["id"]
        cases: list[tuple[dict[str, Any], list[str]]] = [
            ({"year": {"_eq": 2024}}, ["R-1"]),
            ({"year": {"_gte": 2025}}, ["R-2", "R-3"]),
            ({"status": {"_in": ["FILED"]}}, ["R-1"]),
            ({"fee": {"_eq": "10.5"}}, ["R-1"]),
            ({"fee": {"_gt": 100}}, ["R-2"]),
            ({"filedOn": {"_lt": "2026-01-01"}}, ["R-1"]),
            ({"receivedAt": {"_gte": "2026-01-01T00:00:00Z"}}, ["R-2"]),
            ({"amended": {"_eq": False}}, ["R-2"]),
            ({"code": {"_like": "B%"}}, ["R-2"]),
            ({"client": {"_eq": client_id}}, ["R-1"]),
            ({"preparer": {"_is_null": True}}, ["R-2", "R-3"]),
            ({"systemRef": {"_neq": "R-1"}, "fee": {"_is_null": False}}, ["R-2"]),
        ]
        for where, expected in cases:
            response = await tenant.post("/api/v1/records/tax_return/search", json={"where": where})
            assert response.status_code == 200, response.text
            assert [r["systemRef"] for r in response.json()["data"]] == expected, where
        ordered = await tenant.post(
            "/api/v1/records/tax_return/search", json={"orderBy": [{"year": "desc"}], "pageSize": 2}
        )
        body = ordered.json()
        assert [r["systemRef"] for r in body["data"]] == ["R-3", "R-2"]
        assert body["meta"]["pagination"] == {"page": 0, "pageSize": 2, "total": 3}
        for bad in ({"year": {"_eq": "2024"}}, {"extra": {"_eq": 1}}, {"nope": {"_eq": 1}}):
            response = await tenant.post("/api/v1/records/tax_return/search", json={"where": bad})
            assert response.status_code == 400, bad

    async def test_decimal_search_and_order_are_exact(self, tenant: TenantHandle) -> None:
        await _define(tenant, {"name": "reading", "fields": [{"name": "v", "type": "decimal"}]})
        # Ascending; neighbours differ only past the 15th significant digit, where a double
        # (SQLite's numbers) or NUMERIC(38, 10) would make them equal or round them away.
        values = {
            "A": "-12345678901234567890.12",
            "B": "-12345678901234567890.11",
            "C": "-0.5",
            "D": "0",
            "E": "0.000000000000000000000000000001",
            "F": "0.000000000000000000000000000002",
            "G": "1.23456789012345678901234567",
            "H": "1.23456789012345678901234568",
            "I": "12345678901234567890.11",
            "J": "12345678901234567890.12",
            "K": "9999999999999999999999999999999.5",
        }
        readings = [
            {"type": "reading", "systemRef": ref, "attributes": {"v": v}}
            for ref, v in values.items()
        ]
        assert {r["status"] for r in (await _upsert(tenant, *readings))["records"]} == {"SUCCESS"}
        cases: list[tuple[dict[str, Any], list[str]]] = [
            ({"_gt": "12345678901234567890.11"}, ["J", "K"]),
            ({"_gte": "12345678901234567890.11"}, ["I", "J", "K"]),
            ({"_lt": "-12345678901234567890.11"}, ["A"]),
            ({"_lte": "-12345678901234567890.11"}, ["A", "B"]),
            ({"_gt": 0, "_lt": "0.000000000000000000000000000002"}, ["E"]),
            ({"_gt": "-1", "_lt": "0.0"}, ["C"]),
            ({"_gt": "1.23456789012345678901234567", "_lt": 2}, ["H"]),
            ({"_eq": "12345678901234567890.110"}, ["I"]),
            ({"_neq": "1.23456789012345678901234567", "_gt": 1, "_lt": 2}, ["H"]),
            ({"_in": ["1.234567890123456789012345680", "-0.50"]}, ["C", "H"]),
            ({"_nin": ["-12345678901234567890.12", "0.00"], "_lt": 0}, ["B", "C"]),
        ]
        for condition, expected in cases:
            found = await _search(tenant, "reading", where={"v": condition})
            assert found == expected, condition
        ascending = await _search(tenant, "reading", orderBy=[{"v": "asc"}])
        assert ascending == list(values)
        descending = await _search(tenant, "reading", orderBy=[{"v": "desc"}])
        assert descending == list(reversed(values))

    async def test_compatible_changes_apply(self, tenant: TenantHandle) -> None:
        await _define(tenant)
        await _upsert(tenant, _return("R-1", status="FILED", code="A"))
        fields = TAX_RETURN["fields"] + [{"name": "page", "type": "integer"}]
        fields = [
            f | {"enumValues": ["NOT_STARTED", "FILED", "ACCEPTED"]}
            if f["name"] == "status"
            else f | {"maxLength": 20}
            if f["name"] == "code"
            else f | {"min": 1900}
            if f["name"] == "year"
            else f
            for f in fields
        ]
        body = {"displayName": "Return", "fields": fields}
        response = await tenant.patch("/api/v1/records/custom/tax_return", json=body)
        assert response.status_code == 200, response.text
        changed = response.json()["data"]
        assert changed["displayName"] == "Return" and changed["version"] == 2
        assert changed["description"] == TAX_RETURN["description"]
        accepted = await _upsert(tenant, _return("R-2", status="ACCEPTED", code="x" * 20, page=3))
        assert accepted["records"][0]["status"] == "SUCCESS"

    @pytest.mark.parametrize(
        ("change", "reason"),
        [
            (lambda fs: [f for f in fs if f["name"] != "notes"], "removed"),
            (
                lambda fs: [f | {"type": "string"} if f["name"] == "notes" else f for f in fs],
                "type",
            ),
            (lambda fs: [*fs, {"name": "due", "type": "date", "required": True}], "required"),
            (
                lambda fs: [
                    f | {"enumValues": ["NOT_STARTED"]} if f["name"] == "status" else f for f in fs
                ],
                "in use",
            ),
            (
                lambda fs: [f | {"maxLength": 5} if f["name"] == "code" else f for f in fs],
                "maxLength",
            ),
            (lambda fs: [f | {"max": 2050} if f["name"] == "year" else f for f in fs], "relaxed"),
        ],
    )
    async def test_incompatible_changes_are_409_with_the_reason(
        self, tenant: TenantHandle, change: Any, reason: str
    ) -> None:
        await _define(tenant)
        await _upsert(tenant, _return("R-1", status="FILED"))
        body = {"fields": change(TAX_RETURN["fields"])}
        response = await tenant.patch("/api/v1/records/custom/tax_return", json=body)
        assert response.status_code == 409, response.text
        assert reason in response.json()["error"]["details"][0]["message"]
        current = (await tenant.get("/api/v1/records/custom/tax_return")).json()["data"]
        assert current["version"] == 1

    async def test_a_deactivated_type_keeps_its_records_read_only(
        self, tenant: TenantHandle
    ) -> None:
        await _define(tenant)
        await _upsert(tenant, _return("R-1"))
        off = await tenant.delete("/api/v1/records/custom/tax_return")
        assert off.json()["data"]["active"] is False
        refused = await _upsert(tenant, _return("R-1", year=2030))
        assert refused["records"][0]["error"]["code"] == "CONFLICT"
        assert (await tenant.get("/api/v1/records/tax_return/R-1")).status_code == 200
        await tenant.post("/api/v1/records/custom/tax_return/reactivate")
        accepted = await _upsert(tenant, _return("R-1", year=2030))
        assert accepted["records"][0]["operation"] == "UPDATED"

    async def test_a_deactivated_types_records_cannot_be_deleted(
        self, tenant: TenantHandle
    ) -> None:
        await _define(tenant)
        await _upsert(tenant, _return("R-1"))
        await tenant.delete("/api/v1/records/custom/tax_return")
        written = await _upsert(tenant, _return("R-1", year=2030))
        events = await _event_count(tenant)
        refused = await tenant.delete("/api/v1/records/tax_return/R-1")
        assert refused.status_code == 409, refused.text
        assert refused.json()["error"] == written["records"][0]["error"]
        assert await _event_count(tenant) == events
        record = (await tenant.get("/api/v1/records/tax_return/R-1")).json()["data"]
        assert record["active"] is True and record["version"] == 1

    async def test_custom_records_reference_each_other_within_a_request(
        self, tenant: TenantHandle
    ) -> None:
        await _define(tenant)
        schedule = {
            "name": "schedule",
            "fields": [
                {"name": "taxReturn", "type": "reference", "referencedEntityType": "tax_return"}
            ],
        }
        await _define(tenant, schedule)
        data = await _upsert(
            tenant,
            _return("R-1"),
            {
                "type": "schedule",
                "systemRef": "K-1",
                "attributes": {"taxReturn": {"systemRef": "R-1"}},
            },
        )
        assert [r["status"] for r in data["records"]] == ["SUCCESS", "SUCCESS"]
        assert data["records"][1]["id"] is not None
        deleted = await tenant.delete("/api/v1/records/schedule/K-1")
        assert deleted.json()["data"]["active"] is False
        listed = await tenant.post("/api/v1/records/schedule/search", json={})
        assert [(r["systemRef"], r["active"]) for r in listed.json()["data"]] == [("K-1", False)]
        active = {"where": {"active": {"_eq": True}}}
        only_active = await tenant.post("/api/v1/records/schedule/search", json=active)
        assert only_active.json()["data"] == []

    async def test_deleting_a_custom_record_writes_a_delete_event(
        self, tenant: TenantHandle
    ) -> None:
        await _define(tenant)
        await _upsert(tenant, _return("R-1"))
        deleted = await tenant.delete("/api/v1/records/tax_return/R-1")
        assert deleted.status_code == 200, deleted.text
        async with tenant.ctx.db.session() as session:
            query = (
                select(EVENTS.c.operation, EVENTS.c.data, EVENTS.c.previous)
                .where(EVENTS.c.tenant_id == tenant.id, EVENTS.c.entity_type == "tax_return")
                .order_by(EVENTS.c.id)
            )
            events = (await session.execute(query)).all()
        assert [e.operation for e in events] == ["CREATE", "DELETE"]
        last = events[-1]
        assert json.loads(last.data) == deleted.json()["data"]
        assert json.loads(last.data)["active"] is False
        assert json.loads(last.previous) == {"active": True}
        again = await tenant.delete("/api/v1/records/tax_return/R-1")
        assert again.status_code == 200 and await _event_count(tenant) == 2


class TestRoles:
    async def test_each_route_needs_its_role(self, tenant: TenantHandle) -> None:
        await _define(tenant)
        checks = [
            (Role.API_USER, "post", "/api/v1/records", {"records": [_client("C-1")]}, 403),
            (Role.API_USER, "get", "/api/v1/records/types", None, 403),
            (Role.RECORD_R, "post", "/api/v1/records", {"records": [_client("C-1")]}, 403),
            (Role.RECORD_R, "get", "/api/v1/records/types", None, 200),
            (Role.RECORD_R, "post", "/api/v1/records/tax_return/search", {}, 200),
            (Role.RECORD_R, "get", "/api/v1/records/custom", None, 403),
            (Role.RECORD_W, "post", "/api/v1/records", {"records": [_client("C-1")]}, 200),
            (Role.RECORD_W, "get", "/api/v1/records/client/C-1", None, 200),
            (Role.RECORD_W, "post", "/api/v1/records/custom", TAX_RETURN | {"name": "x"}, 403),
            (Role.CUSTOM_TYPE_R, "get", "/api/v1/records/custom", None, 200),
            (Role.CUSTOM_TYPE_R, "get", "/api/v1/records/types", None, 200),
            (Role.CUSTOM_TYPE_R, "post", "/api/v1/records/custom", TAX_RETURN | {"name": "y"}, 403),
            (Role.CUSTOM_TYPE_R, "get", "/api/v1/records/client/C-1", None, 403),
            (Role.CUSTOM_TYPE_W, "post", "/api/v1/records/custom", TAX_RETURN | {"name": "z"}, 201),
            (Role.CUSTOM_TYPE_W, "delete", "/api/v1/records/client/C-1", None, 403),
        ]
        for role, method, path, body, status in checks:
            headers = {"Authorization": f"Bearer {await tenant.token_for(role)}"}
            kwargs: dict[str, Any] = {"headers": headers}
            if body is not None:
                kwargs["json"] = body
            response = await getattr(tenant.api, method)(path, **kwargs)
            assert response.status_code == status, (role, method, path, response.text)


class TestStorage:
    async def test_field_equality_uses_the_gin_index_on_postgresql(
        self, tenant: TenantHandle
    ) -> None:
        if tenant.ctx.db.dialect != "postgresql":
            pytest.skip("the GIN index exists on PostgreSQL only")
        type_id = (await _define(tenant))["id"]
        spec = search.spec_of(await _stored_type(tenant, "tax_return"))
        condition = query.compile_where(spec, {"year": {"_eq": 2010}})
        statement = select(RECORDS.c.id).where(RECORDS.c.tenant_id == tenant.id, condition)
        async with tenant.ctx.db.session() as session:
            # Enough rows of one tenant that only the document index narrows the search.
            await session.execute(
                text(
                    "INSERT INTO custom_records (tenant_id, type_id, system_ref, data, active,"
                    " version, created_at, updated_at) SELECT :tenant, :type, 'R-' || n,"
                    " jsonb_build_object('year', 1990 + n % 100), true, 1, now(), now()"
                    " FROM generate_series(1, 5000) AS n"
                ),
                {"tenant": tenant.id, "type": type_id},
            )
            await session.execute(text("ANALYZE custom_records"))
            # A table this small still fits a sequential scan; ask which index would serve.
            await session.execute(text("SET LOCAL enable_seqscan = off"))
            compiled = statement.compile(
                dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True}
            )
            plan = (await session.execute(text(f"EXPLAIN {compiled}"))).scalars().all()
        assert any("ix_custom_records_tenant_id_data" in line for line in plan), plan
        found = await tenant.post(
            "/api/v1/records/tax_return/search", json={"where": {"year": {"_eq": 2010}}}
        )
        assert found.json()["meta"]["pagination"]["total"] == 50


async def _stored_type(tenant: TenantHandle, name: str) -> custom_types.CustomType:
    async with tenant.ctx.db.session() as session:
        return await custom_types.get(session, tenant.id, name)
