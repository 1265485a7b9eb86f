"""The WIP read family (money-work.md §2): simple filters, `where` with relations both ways,
orderBy, page and cursor paging, and sums over the whole filtered set."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from tests.fixtures.api import TenantHandle
from tests.fixtures.work import Firm, make_firm

pytestmark = pytest.mark.anyio


async def _entry(tenant: TenantHandle, firm: Firm, day: str, hours: str, **extra: Any) -> Any:
    body = {"staffId": firm.staff["id"], "jobId": firm.job["id"], "loggedDate": day}
    response = await tenant.post("/api/v1/time-entries", json=body | {"hours": hours} | extra)
    assert response.status_code == 201, response.text
    return response.json()["data"]


@pytest.fixture
async def logged(tenant: TenantHandle) -> tuple[Firm, Firm, list[dict[str, Any]]]:
    """Two jobs' worth of entries: five days of 1..5 hours on the first firm's job at 200.00,
    and an expense and one entry on a second firm's job."""
    first, second = await make_firm(tenant), await make_firm(tenant)
    entries = [await _entry(tenant, first, f"2026-04-0{d}", f"{d}") for d in range(1, 6)]
    entries.append(await _entry(tenant, second, "2026-04-03", "0.75"))
    expense = await tenant.post(
        "/api/v1/expenses",
        json={
            "jobId": second.job["id"],
            "loggedDate": "2026-04-10",
            "amount": "12.34",
            "notes": "n",
        },
    )
    entries.append(expense.json()["data"])
    return first, second, entries


def _sums(body: dict[str, Any]) -> dict[str, Decimal]:
    return {k: Decimal(str(v)) for k, v in body["total"]["aggregate"]["sum"].items()}


Logged = tuple[Firm, Firm, list[dict[str, Any]]]


class TestSimpleFilters:
    async def test_sums_cover_the_whole_filtered_set_not_the_page(
        self, tenant: TenantHandle, logged: Logged
    ) -> None:
        first, _, _ = logged
        response = await tenant.post("/gql/v1/wip", json={"jobId": first.job["id"], "pageSize": 2})
        assert response.status_code == 200, response.text
        body = response.json()
        assert len(body["wips"]) == 2 and body["total"]["aggregate"]["count"] == 5
        assert _sums(body) == {
            "value": Decimal("3000.00"),  # 15 hours at 200.00
            "outstandingAmount": Decimal("3000.00"),
            "billedAmount": Decimal("0.00"),
            "writeOffAmount": Decimal("0.00"),
            "hours": Decimal("15.00"),
        }

    async def test_start_and_end_dates_are_inclusive_on_logged_date(
        self, tenant: TenantHandle, logged: Logged
    ) -> None:
        body = {"startDate": "2026-04-02", "endDate": "2026-04-03"}
        response = await tenant.post("/gql/v1/wip", json=body)
        dates = sorted(row["loggedDate"] for row in response.json()["wips"])
        assert dates == ["2026-04-02", "2026-04-03", "2026-04-03"]

    async def test_type_staff_and_client_filters(
        self, tenant: TenantHandle, logged: Logged
    ) -> None:
        first, second, _ = logged
        expenses = await tenant.post("/gql/v1/wip", json={"type": "EXPENSE"})
        assert [row["type"] for row in expenses.json()["wips"]] == ["EXPENSE"]
        theirs = await tenant.post("/gql/v1/wip", json={"clientId": second.client["id"]})
        assert theirs.json()["total"]["aggregate"]["count"] == 2
        staff = await tenant.post("/gql/v1/wip", json={"staffId": first.staff["id"]})
        assert staff.json()["total"]["aggregate"]["count"] == 5

    async def test_approved_filter(self, tenant: TenantHandle, logged: Logged) -> None:
        _, _, entries = logged
        await tenant.post("/api/v1/wips/approve", json={"ids": [entries[0]["id"]]})
        response = await tenant.post("/gql/v1/wip", json={"approved": True})
        assert [row["id"] for row in response.json()["wips"]] == [entries[0]["id"]]

    async def test_an_unknown_filter_is_400(self, tenant: TenantHandle) -> None:
        response = await tenant.post("/gql/v1/wip", json={"nope": 1})
        assert response.status_code == 400


class TestSearch:
    async def test_where_through_the_job_staff_and_client(
        self, tenant: TenantHandle, logged: Logged
    ) -> None:
        first, second, _ = logged
        for where in (
            {"job": {"name": {"_eq": second.job["name"]}}},
            {"client": {"name": {"_eq": second.client["name"]}}},
        ):
            response = await tenant.post("/gql/v1/wips/search", json={"where": where})
            assert response.status_code == 200, response.text
            assert response.json()["total"]["aggregate"]["count"] == 2
        by_staff = {"staff": {"lastName": {"_eq": first.staff["lastName"]}}, "hours": {"_gte": 4}}
        response = await tenant.post("/gql/v1/wips/search", json={"where": by_staff})
        body = response.json()
        assert body["total"]["aggregate"]["count"] == 2
        assert _sums(body)["value"] == Decimal("1800.00")

    async def test_sums_of_one_filter_are_each_tenants_own(
        self, tenant: TenantHandle, other_tenant: TenantHandle, logged: Logged
    ) -> None:
        """The sums' statement is compiled once per filter and reused: the tenant and the
        filter's values are bound anew each time, never carried over."""
        body = {"where": {"hours": {"_gte": 4}}, "pageSize": 1}
        for _ in range(2):
            response = await tenant.post("/gql/v1/wips/search", json=body)
            assert _sums(response.json())["value"] == Decimal("1800.00")
        other = await other_tenant.post("/gql/v1/wips/search", json=body)
        assert other.status_code == 200, other.text
        assert _sums(other.json())["value"] == Decimal("0.00")
        lower = {"where": {"hours": {"_gte": 5}}, "pageSize": 1}
        response = await tenant.post("/gql/v1/wips/search", json=lower)
        assert _sums(response.json())["value"] == Decimal("1000.00")

    async def test_wips_from_the_client_job_and_staff(
        self, tenant: TenantHandle, logged: Logged
    ) -> None:
        first, second, _ = logged
        where = {"wips": {"type": {"_eq": "EXPENSE"}}}
        for plural, key, wanted in (
            ("clients", "clients", second.client["id"]),
            ("jobs", "jobs", second.job["id"]),
        ):
            response = await tenant.post(f"/gql/v1/{plural}/search", json={"where": where})
            assert [row["id"] for row in response.json()[key]] == [wanted]
        busy = {"wips": {"hours": {"_gte": 5}}}
        response = await tenant.post("/gql/v1/staff/search", json={"where": busy})
        assert [row["id"] for row in response.json()["staff"]] == [first.staff["id"]]

    async def test_order_by_value_and_cursor_paging_walk_every_row_once(
        self, tenant: TenantHandle, logged: Logged
    ) -> None:
        _, _, entries = logged
        seen: list[int] = []
        body: dict[str, Any] = {"orderBy": [{"value": "desc"}], "pageSize": 3}
        while True:
            response = await tenant.post("/gql/v1/wips/search", json=body)
            page = response.json()
            seen += [row["id"] for row in page["wips"]]
            if not page["pageInfo"]["hasNextPage"]:
                break
            body["cursor"] = page["pageInfo"]["endCursor"]
        values = {e["id"]: Decimal(str(e["value"])) for e in entries}
        assert sorted(seen) == sorted(values)
        assert [values[i] for i in seen] == sorted(values.values(), reverse=True)

    async def test_default_order_is_logged_date_descending(
        self, tenant: TenantHandle, logged: Logged
    ) -> None:
        response = await tenant.post("/gql/v1/wips/search", json={})
        dates = [row["loggedDate"] for row in response.json()["wips"]]
        assert dates == sorted(dates, reverse=True)


class TestGetOne:
    async def test_get_answers_the_entry_and_404_for_another_tenant(
        self, tenant: TenantHandle, other_tenant: TenantHandle, logged: Logged
    ) -> None:
        _, _, entries = logged
        path = f"/gql/v1/wip/{entries[0]['id']}"
        response = await tenant.get(path)
        assert response.status_code == 200
        assert response.json()["id"] == entries[0]["id"]
        assert (await other_tenant.get(path)).status_code == 404
        theirs = await other_tenant.post("/gql/v1/wip", json={})
        assert theirs.json()["wips"] == []


class TestCatalog:
    async def test_the_catalog_lists_wip_operations_and_project_updates(
        self, tenant: TenantHandle
    ) -> None:
        response = await tenant.get("/api/v1/event-subscriptions/catalog")
        pairs = {(e["entityType"], e["operation"]) for e in response.json()["data"]}
        assert {("wip", "CREATE"), ("wip", "UPDATE"), ("wip", "DELETE")} <= pairs
        assert ("project", "UPDATE") in pairs and ("project", "CREATE") not in pairs

    async def test_project_is_no_record_type(self, tenant: TenantHandle) -> None:
        types = await tenant.get("/api/v1/records/types")
        names = {t["name"] for t in types.json()["data"]}
        assert "wip" in names and "project" not in names
