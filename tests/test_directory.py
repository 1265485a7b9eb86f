"""Offices, departments, staff and clients (contract §6), through both families."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from openwyn import db
from openwyn.web import service as kit_service
from tests.fixtures.api import TenantHandle

pytestmark = pytest.mark.anyio


async def _firm(tenant: TenantHandle) -> dict[str, Any]:
    office = await tenant.create(
        "offices",
        {
            "name": "Austin",
            "timezone": "America/Chicago",
            "address": {"city": "Austin", "state": "TX"},
        },
    )
    dept = await tenant.create("departments", {"name": "Tax", "code": "TAX"})
    partner = await tenant.create(
        "staff",
        {
            "firstName": "Pat",
            "lastName": "Partner",
            "email": "pat@firm.example",
            "staffType": "PARTNER",
            "officeId": office["id"],
            "deptId": dept["id"],
            "billingRate": "425.50",
        },
    )
    client = await tenant.create(
        "clients",
        {
            "name": "Acme LLC",
            "clientRef": "ACME",
            "partnerStaffId": partner["id"],
            "officeId": office["id"],
        },
    )
    return {"office": office, "dept": dept, "partner": partner, "client": client}


class TestCreateAndRead:
    async def test_a_client_reads_the_same_through_both_families(
        self, tenant: TenantHandle
    ) -> None:
        firm = await _firm(tenant)
        client = firm["client"]
        assert client["version"] == 1 and client["active"] is True
        assert client["createdAt"].endswith("Z")
        for path in (f"/gql/v1/client/{client['id']}", f"/v1/client/{client['id']}"):
            response = await tenant.get(path)
            assert response.status_code == 200
            assert response.json() == client
            assert response.headers["ETag"] == '"1"'
        rest = await tenant.get(f"/api/v1/clients/{client['id']}")
        assert rest.json()["data"] == client

    async def test_money_is_exact(self, tenant: TenantHandle) -> None:
        firm = await _firm(tenant)
        response = await tenant.get(f"/gql/v1/staff/{firm['partner']['id']}")
        assert '"billingRate":425.5' in response.text
        bad = await tenant.post(
            "/api/v1/staff", json={"firstName": "A", "lastName": "B", "billingRate": "1.005"}
        )
        assert bad.status_code == 400

    async def test_name_is_required_and_unknown_fields_are_refused(
        self, tenant: TenantHandle
    ) -> None:
        response = await tenant.post("/api/v1/clients", json={"clientRef": "X"})
        assert response.status_code == 400
        assert response.json()["error"]["details"][0]["path"] == "name"
        for field in ("id", "tenantId", "createdAt", "version"):
            response = await tenant.post("/api/v1/clients", json={"name": "A", field: 1})
            assert response.status_code == 400, field

    async def test_references_must_exist_in_the_tenant(
        self, tenant: TenantHandle, other_tenant: TenantHandle
    ) -> None:
        foreign_office = await other_tenant.create("offices", {"name": "Elsewhere"})
        response = await tenant.post(
            "/api/v1/clients",
            json={"name": "A", "officeId": foreign_office["id"], "partnerStaffId": 999999},
        )
        assert response.status_code == 400
        paths = {d["path"] for d in response.json()["error"]["details"]}
        assert paths == {"officeId", "partnerStaffId"}

    async def test_unique_values_conflict(self, tenant: TenantHandle) -> None:
        await _firm(tenant)
        dup = await tenant.post("/api/v1/clients", json={"name": "B", "clientRef": "ACME"})
        assert dup.status_code == 409
        assert dup.json()["error"]["details"][0]["path"] == "clientRef"
        dup_staff = await tenant.post(
            "/api/v1/staff", json={"firstName": "X", "lastName": "Y", "email": "pat@firm.example"}
        )
        assert dup_staff.status_code == 409

    async def test_a_unique_value_taken_by_a_concurrent_write_names_the_field(
        self, tenant: TenantHandle, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """The check before the write cannot see a value another request is writing; the
        database's constraint then refuses it, and the answer is the same 409."""
        await _firm(tenant)
        other = await tenant.post("/api/v1/clients", json={"name": "B", "clientRef": "B-1"})
        assert other.status_code == 201

        async def sees_nothing(*_args: object) -> None:
            return None

        monkeypatch.setattr(kit_service, "_check_unique", sees_nothing)
        created = await tenant.post("/api/v1/clients", json={"name": "C", "clientRef": "ACME"})
        path = f"/api/v1/clients/{other.json()['data']['id']}"
        updated = await tenant.patch(path, json={"clientRef": "ACME", "pmsRef": "P-9"})
        for response in (created, updated):
            assert response.status_code == 409, response.text
            assert response.json()["error"]["details"] == [
                {"path": "clientRef", "message": "is already taken"}
            ]
        assert (await tenant.get(path)).json()["data"]["clientRef"] == "B-1"

    async def test_unique_values_are_per_tenant(
        self, tenant: TenantHandle, other_tenant: TenantHandle
    ) -> None:
        await _firm(tenant)
        response = await other_tenant.post(
            "/api/v1/clients", json={"name": "B", "clientRef": "ACME"}
        )
        assert response.status_code == 201

    async def test_office_timezone_and_email_are_validated(self, tenant: TenantHandle) -> None:
        bad_tz = await tenant.post("/api/v1/offices", json={"name": "X", "timezone": "Mars/Base"})
        assert bad_tz.status_code == 400
        bad_email = await tenant.post(
            "/api/v1/staff", json={"firstName": "A", "lastName": "B", "email": "nope"}
        )
        assert bad_email.status_code == 400


class TestUpdate:
    async def test_only_sent_fields_change_and_the_version_grows(
        self, tenant: TenantHandle
    ) -> None:
        client = (await _firm(tenant))["client"]
        response = await tenant.patch(f"/api/v1/clients/{client['id']}", json={"phone": "555"})
        assert response.status_code == 200
        updated = response.json()["data"]
        assert updated["phone"] == "555" and updated["name"] == "Acme LLC"
        assert updated["partnerStaffId"] == client["partnerStaffId"]
        assert updated["version"] == 2
        assert response.headers["ETag"] == '"2"'

    async def test_an_update_that_changes_nothing_keeps_the_version(
        self, tenant: TenantHandle
    ) -> None:
        client = (await _firm(tenant))["client"]
        response = await tenant.patch(f"/api/v1/clients/{client['id']}", json={"name": "Acme LLC"})
        assert response.json()["data"]["version"] == 1

    async def test_a_required_field_cannot_be_nulled(self, tenant: TenantHandle) -> None:
        client = (await _firm(tenant))["client"]
        response = await tenant.patch(f"/api/v1/clients/{client['id']}", json={"name": None})
        assert response.status_code == 400

    async def test_stale_if_match_is_412_and_changes_nothing(self, tenant: TenantHandle) -> None:
        client = (await _firm(tenant))["client"]
        path = f"/api/v1/clients/{client['id']}"
        ok = await tenant.patch(path, json={"phone": "1"}, headers={"If-Match": '"1"'})
        assert ok.status_code == 200
        stale = await tenant.patch(path, json={"phone": "2"}, headers={"If-Match": '"1"'})
        assert stale.status_code == 412
        assert stale.json()["error"]["code"] == "PRECONDITION_FAILED"
        stored = (await tenant.get(path)).json()["data"]
        assert stored["phone"] == "1" and stored["version"] == 2
        # If-Match compares strongly: a weak tag matches nothing, its own version included.
        weak = await tenant.patch(path, json={"phone": "9"}, headers={"If-Match": 'W/"2"'})
        assert weak.status_code == 412
        assert weak.json()["error"]["code"] == "PRECONDITION_FAILED"
        weak_delete = await tenant.delete(path, headers={"If-Match": 'W/"2"'})
        assert weak_delete.status_code == 412
        assert (await tenant.get(path)).json()["data"] == stored
        assert (
            await tenant.patch(path, json={"phone": "1"}, headers={"If-Match": '"2"'})
        ).status_code == 200
        anything = await tenant.patch(path, json={"phone": "1"}, headers={"If-Match": " * "})
        assert anything.status_code == 200
        malformed = await tenant.patch(path, json={"phone": "3"}, headers={"If-Match": "soon"})
        assert malformed.status_code == 400
        assert malformed.json()["error"]["details"][0]["path"] == "If-Match"
        stale_delete = await tenant.delete(path, headers={"If-Match": '"1"'})
        assert stale_delete.status_code == 412
        assert (await tenant.get(path)).json()["data"]["active"] is True

    async def test_department_cycles_are_refused(self, tenant: TenantHandle) -> None:
        a = await tenant.create("departments", {"name": "A"})
        b = await tenant.create("departments", {"name": "B", "parentDepartmentId": a["id"]})
        c = await tenant.create("departments", {"name": "C", "parentDepartmentId": b["id"]})
        loop = await tenant.patch(
            f"/api/v1/departments/{a['id']}", json={"parentDepartmentId": c["id"]}
        )
        assert loop.status_code == 409
        itself = await tenant.patch(
            f"/api/v1/departments/{a['id']}", json={"parentDepartmentId": a["id"]}
        )
        assert itself.status_code == 409


class TestDeactivate:
    async def test_delete_deactivates_lists_still_return_it_and_reactivate_restores(
        self, tenant: TenantHandle
    ) -> None:
        client = (await _firm(tenant))["client"]
        gone = await tenant.delete(f"/api/v1/clients/{client['id']}")
        assert gone.status_code == 200 and gone.json()["data"]["active"] is False
        listed = (await tenant.post("/gql/v1/clients")).json()
        assert [c["id"] for c in listed["clients"]] == [client["id"]]
        assert listed["clients"][0]["active"] is False
        assert listed["total"]["aggregate"]["count"] == 1
        searched_all = (await tenant.post("/gql/v1/clients/search", json={})).json()
        assert [c["id"] for c in searched_all["clients"]] == [client["id"]]
        rest_all = (await tenant.get("/api/v1/clients")).json()
        assert [c["id"] for c in rest_all["data"]] == [client["id"]]
        asked = (await tenant.post("/gql/v1/clients", json={"active": False})).json()
        assert [c["id"] for c in asked["clients"]] == [client["id"]]
        only_active = (await tenant.post("/gql/v1/clients", json={"active": True})).json()
        assert only_active["clients"] == [] and only_active["total"]["aggregate"]["count"] == 0
        searched = await tenant.post(
            "/gql/v1/clients/search", json={"where": {"active": {"_eq": False}}}
        )
        assert searched.json()["total"]["aggregate"]["count"] == 1
        active_only = await tenant.post(
            "/gql/v1/clients/search", json={"where": {"active": {"_eq": True}}}
        )
        assert active_only.json()["clients"] == []
        assert (await tenant.get(f"/gql/v1/client/{client['id']}")).status_code == 200
        back = await tenant.post(f"/api/v1/clients/{client['id']}/reactivate")
        assert back.status_code == 200 and back.json()["data"]["active"] is True
        rest_list = (await tenant.get("/api/v1/clients")).json()
        assert rest_list["meta"]["pagination"] == {"page": 0, "pageSize": 50, "total": 1}


class TestTenantIsolation:
    async def test_every_route_answers_404_for_another_tenants_object(
        self, tenant: TenantHandle, other_tenant: TenantHandle
    ) -> None:
        firm = await _firm(tenant)
        objects = {
            "offices": ("office", firm["office"]),
            "departments": ("department", firm["dept"]),
            "staff": ("staff", firm["partner"]),
            "clients": ("client", firm["client"]),
        }
        for plural, (singular, obj) in objects.items():
            oid = obj["id"]
            calls = [
                other_tenant.get(f"/gql/v1/{singular}/{oid}"),
                other_tenant.get(f"/v1/{singular}/{oid}"),
                other_tenant.get(f"/api/v1/{plural}/{oid}"),
                other_tenant.patch(
                    f"/api/v1/{plural}/{oid}",
                    json={"name": "hijack"} if plural != "staff" else {"title": "hijack"},
                ),
                other_tenant.delete(f"/api/v1/{plural}/{oid}"),
                other_tenant.post(f"/api/v1/{plural}/{oid}/reactivate"),
            ]
            for call in calls:
                response = await call
                assert response.status_code == 404, (plural, response.request.url)
            listed = (await other_tenant.post(f"/gql/v1/{plural}")).json()
            assert listed["total"]["aggregate"]["count"] == 0
            searched = await other_tenant.post(f"/gql/v1/{plural}/search", json={"where": {}})
            assert searched.json()[plural] == []
            assert (await other_tenant.get(f"/api/v1/{plural}")).json()["data"] == []
        mine = await tenant.get(f"/api/v1/clients/{firm['client']['id']}")
        assert mine.json()["data"]["name"] == "Acme LLC" and mine.json()["data"]["active"]

    async def test_relations_never_reach_into_another_tenant(
        self, tenant: TenantHandle, other_tenant: TenantHandle
    ) -> None:
        await _firm(tenant)
        await _firm(other_tenant)
        where = {"partner": {"email": {"_eq": "pat@firm.example"}}}
        response = await other_tenant.post("/gql/v1/clients/search", json={"where": where})
        assert response.json()["total"]["aggregate"]["count"] == 1


class TestSearch:
    async def test_text_sorts_and_compares_by_code_point_on_both_databases(
        self, tenant: TenantHandle
    ) -> None:
        for name in ("apple", "Éclair", "Banana", "zebra"):
            await tenant.create("offices", {"name": name})
        body = {"orderBy": [{"name": "asc"}], "where": {"name": {"_gt": "Zulu"}}}
        response = await tenant.post("/gql/v1/offices/search", json=body)
        assert [o["name"] for o in response.json()["offices"]] == ["apple", "zebra", "Éclair"]
        if not tenant.ctx.settings.is_sqlite:
            # Whatever the database's default collation, text columns carry C.
            async with tenant.ctx.db.session() as session:
                collation = await session.scalar(
                    text(
                        "SELECT collation_name FROM information_schema.columns"
                        " WHERE table_name = 'offices' AND column_name = 'name'"
                    )
                )
            assert collation == "C"

    async def test_relations_in_both_directions(self, tenant: TenantHandle) -> None:
        firm = await _firm(tenant)
        await tenant.create("clients", {"name": "Lonely"})
        by_partner = await tenant.post(
            "/gql/v1/clients/search", json={"where": {"partner": {"lastName": {"_eq": "Partner"}}}}
        )
        assert [c["name"] for c in by_partner.json()["clients"]] == ["Acme LLC"]
        offices = await tenant.post(
            "/gql/v1/offices/search", json={"where": {"clients": {"name": {"_ilike": "acme%"}}}}
        )
        assert [o["id"] for o in offices.json()["offices"]] == [firm["office"]["id"]]
        staff = await tenant.post(
            "/gql/v1/staff/search", json={"where": {"department": {"code": {"_eq": "TAX"}}}}
        )
        assert staff.json()["total"]["aggregate"]["count"] == 1
        by_city = await tenant.post(
            "/gql/v1/offices/search", json={"where": {"address": {"city": {"_eq": "Austin"}}}}
        )
        assert by_city.json()["total"]["aggregate"]["count"] == 1

    async def test_bad_filters_are_400_with_the_path(self, tenant: TenantHandle) -> None:
        cases = [
            ({"nope": {"_eq": 1}}, "where.nope"),
            ({"officeId": {"_eq": "1"}}, "where.officeId._eq"),
            ({"partner": {"nope": {"_eq": 1}}}, "where.partner.nope"),
        ]
        for where, path in cases:
            response = await tenant.post("/gql/v1/clients/search", json={"where": where})
            assert response.status_code == 400, where
            assert path in {d["path"] for d in response.json()["error"]["details"]}
        sort = await tenant.post(
            "/gql/v1/clients/search", json={"orderBy": [{"customFields": "asc"}]}
        )
        assert sort.status_code == 400

    async def test_a_regex_that_takes_too_long_is_504_on_sqlite(
        self, tenant: TenantHandle, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """On SQLite `_regex` runs in the server's process: a pattern that backtracks for too
        long on a value fails the search with 504 QUERY_TIMEOUT (§13.9) instead of stalling
        the process."""
        if tenant.ctx.db.dialect != "sqlite":
            pytest.skip("PostgreSQL's regular expressions are bounded by its statement timeout")
        monkeypatch.setattr(db, "REGEX_SECONDS_PER_VALUE", 1e-6)
        await tenant.create("clients", {"name": "a" * 200})
        where = {"name": {"_regex": "(a+)+b"}}
        response = await tenant.post("/gql/v1/clients/search", json={"where": where})
        assert response.status_code == 504, response.text
        assert response.json()["error"]["code"] == "QUERY_TIMEOUT"
        monkeypatch.undo()
        response = await tenant.post("/gql/v1/clients/search", json={"where": where})
        assert response.json()["total"]["aggregate"]["count"] == 0

    def test_sqlite_regexp_behaves_as_python_re(self) -> None:
        assert db.sqlite_regexp("(?<=r)o", "ro") is True
        assert db.sqlite_regexp("^S", "Apple") is False
        assert db.sqlite_regexp("x", None) is None

    async def test_default_order_is_name_then_newest_then_id(self, tenant: TenantHandle) -> None:
        first = await tenant.create("clients", {"name": "Same"})
        second = await tenant.create("clients", {"name": "Same"})
        await tenant.create("clients", {"name": "Alpha"})
        listed = (await tenant.post("/gql/v1/clients")).json()["clients"]
        assert [c["name"] for c in listed] == ["Alpha", "Same", "Same"]
        same = [c["id"] for c in listed[1:]]
        if first["createdAt"] == second["createdAt"]:
            assert same == [first["id"], second["id"]]
        else:
            assert same == [second["id"], first["id"]]


class TestPaging:
    async def test_page_is_a_zero_based_index(self, tenant: TenantHandle) -> None:
        for number in range(7):
            await tenant.create("offices", {"name": f"Office {number}"})
        page = await tenant.post("/gql/v1/offices", json={"pageSize": 3, "page": 1})
        body = page.json()
        assert [o["name"] for o in body["offices"]] == ["Office 3", "Office 4", "Office 5"]
        assert body["total"]["aggregate"]["count"] == 7
        limit = await tenant.post("/gql/v1/offices/search", json={"limit": 2})
        assert len(limit.json()["offices"]) == 2
        # JSON Schema counts 2.0 as an integer; 2.5 is not one.
        integral = await tenant.post("/gql/v1/offices/search", json={"pageSize": 2.0})
        assert len(integral.json()["offices"]) == 2
        fractional = await tenant.post("/gql/v1/offices/search", json={"pageSize": 2.5})
        assert fractional.status_code == 400

    @pytest.mark.parametrize(("page", "names"), [(0, 3), (2, 1), (3, 0), (9, 0)])
    async def test_every_page_counts_every_match(
        self, tenant: TenantHandle, page: int, names: int
    ) -> None:
        """The total is every matching row, on the last page and past it as on the first (the
        last page knows it without counting; past it, the count runs)."""
        for number in range(7):
            await tenant.create("offices", {"name": f"Office {number}"})
        body = {"pageSize": 3, "page": page, "where": {"name": {"_like": "Office%"}}}
        answer = (await tenant.post("/gql/v1/offices/search", json=body)).json()
        assert len(answer["offices"]) == names
        assert answer["total"]["aggregate"]["count"] == 7

    async def test_rest_lists_page_through_the_query_string(self, tenant: TenantHandle) -> None:
        for number in range(5):
            await tenant.create("offices", {"name": f"Office {number}"})
        response = await tenant.get("/api/v1/offices", params={"page": "1", "pageSize": "2"})
        assert response.status_code == 200
        body = response.json()
        assert [o["name"] for o in body["data"]] == ["Office 2", "Office 3"]
        assert body["meta"]["pagination"] == {"page": 1, "pageSize": 2, "total": 5}

    @pytest.mark.parametrize("params", [{"pageSize": "0"}, {"pageSize": "1001"}, {"page": "x"}])
    async def test_rest_list_paging_out_of_range_is_400(
        self, tenant: TenantHandle, params: dict[str, str]
    ) -> None:
        response = await tenant.get("/api/v1/offices", params=params)
        assert response.status_code == 400
        assert response.json()["error"]["details"][0]["path"] in params

    @pytest.mark.parametrize(
        "body",
        [
            {"pageSize": 0},
            {"pageSize": 1001},
            {"page": -1},
            {"pageSize": "5"},
            {"page": 0, "cursor": "abc"},
            {"pageSize": 2, "limit": 3},
            {"pageSize": 2, "limit": 2},
            {"page": None, "cursor": "abc"},
        ],
    )
    async def test_out_of_range_paging_is_400(self, tenant: TenantHandle, body: Any) -> None:
        response = await tenant.post("/gql/v1/offices/search", json=body)
        assert response.status_code == 400

    async def test_cursor_paging_under_concurrent_inserts_skips_and_repeats_nothing(
        self, tenant: TenantHandle
    ) -> None:
        originals = {
            (await tenant.create("offices", {"name": f"O{n:02d}"}))["id"] for n in range(0, 30, 2)
        }
        seen: list[int] = []
        body: dict[str, Any] = {"pageSize": 4, "orderBy": [{"name": "asc"}]}
        inserted = 1
        while True:
            page = (await tenant.post("/gql/v1/offices/search", json=body)).json()
            seen += [o["id"] for o in page["offices"]]
            # Rows arrive between pages, some before the cursor and some after it.
            await tenant.create("offices", {"name": f"O{inserted:02d}"})
            inserted += 2
            if not page["pageInfo"]["hasNextPage"]:
                break
            body["cursor"] = page["pageInfo"]["endCursor"]
        assert len(seen) == len(set(seen))
        assert originals <= set(seen)

    async def test_a_cursor_with_another_filter_is_400(self, tenant: TenantHandle) -> None:
        for number in range(3):
            await tenant.create("offices", {"name": f"Office {number}"})
        page = (await tenant.post("/gql/v1/offices/search", json={"pageSize": 1})).json()
        cursor = page["pageInfo"]["endCursor"]
        other = await tenant.post(
            "/gql/v1/offices/search",
            json={"pageSize": 1, "cursor": cursor, "where": {"name": {"_neq": "x"}}},
        )
        assert other.status_code == 400
        tampered = await tenant.post("/gql/v1/offices/search", json={"cursor": cursor[:-3] + "xyz"})
        assert tampered.status_code == 400
