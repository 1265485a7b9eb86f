"""WIP entries (money-work.md §2): written three ways to the same rows and events, rates,
values to the cent, the status rules, approval, write-off and bad input."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import orjson
import pytest

from tests.fixtures.api import TenantHandle
from tests.fixtures.work import Firm, events_of, make_firm

pytestmark = pytest.mark.anyio


@pytest.fixture
async def firm(tenant: TenantHandle) -> Firm:
    return await make_firm(tenant)


async def _time(tenant: TenantHandle, firm: Firm, **body: Any) -> Any:
    sent = {"staffId": firm.staff["id"], "jobId": firm.job["id"], "loggedDate": "2026-03-02"}
    return await tenant.post("/api/v1/time-entries", json=sent | body)


async def _logged(tenant: TenantHandle, firm: Firm, **body: Any) -> dict[str, Any]:
    response = await _time(tenant, firm, **{"hours": "1.5"} | body)
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


def _money(value: Any) -> Decimal:
    return Decimal(str(value))


_STORED = ("type", "clientId", "jobId", "staffId", "loggedDate", "hours", "rate", "value")


def _same(a: dict[str, Any], b: dict[str, Any]) -> None:
    for name in (*_STORED, "outstandingAmount", "status", "billable", "approved", "currency"):
        left, right = a[name], b[name]
        if isinstance(left, int | float | str) and name in ("hours", "rate", "value"):
            left, right = _money(left), _money(right)
        assert left == right, name


class TestThreeWaysToWriteOneEntry:
    async def test_time_entry_wips_route_and_records_store_the_same_row(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        native = await _logged(tenant, firm)
        generic = await tenant.post(
            "/api/v1/wips",
            json={
                "type": "TIME",
                "jobId": firm.job["id"],
                "staffId": firm.staff["id"],
                "loggedDate": "2026-03-02",
                "hours": 1.5,
            },
        )
        assert generic.status_code == 201, generic.text
        record = {
            "type": "wip",
            "systemRef": "W-1",
            "attributes": {
                "type": "TIME",
                "jobId": {"systemRef": firm.job["pmsRef"]},
                "staffId": {"systemRef": firm.staff["pmsRef"]},
                "loggedDate": "2026-03-02",
                "hours": "1.50",
            },
        }
        synced = await tenant.post("/api/v1/records", json={"records": [record]})
        assert synced.status_code == 200, synced.text
        outcome = synced.json()["data"]["records"][0]
        assert outcome["operation"] == "CREATED", outcome
        by_record = (await tenant.get(f"/api/v1/wips/{outcome['id']}")).json()["data"]
        for other in (generic.json()["data"], by_record):
            _same(native, other)
        assert native["source"] == "OPENWYN" and by_record["source"] == "PMS"
        assert by_record["pmsRef"] == "W-1"
        events = await events_of(tenant, "wip")
        assert [(e["operation"], e["entity_id"]) for e in events] == [
            ("CREATE", native["id"]),
            ("CREATE", generic.json()["data"]["id"]),
            ("CREATE", by_record["id"]),
        ]

    async def test_an_expense_is_a_wip_whose_value_is_its_amount(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        response = await tenant.post(
            "/api/v1/expenses",
            json={
                "jobId": firm.job["id"],
                "loggedDate": "2026-03-03",
                "amount": "42.10",
                "notes": "Courier",
            },
        )
        assert response.status_code == 201, response.text
        expense = response.json()["data"]
        assert expense["type"] == "EXPENSE"
        assert _money(expense["value"]) == Decimal("42.10") == _money(expense["outstandingAmount"])
        assert expense["hours"] is None and expense["rate"] is None
        assert expense["clientId"] == firm.client["id"]

    async def test_fixed_fee_and_progress_take_an_amount(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        for kind in ("FIXED_FEE", "PROGRESS"):
            body = {"type": kind, "jobId": firm.job["id"], "loggedDate": "2026-03-01"}
            response = await tenant.post("/api/v1/wips", json=body | {"amount": 1500})
            assert response.status_code == 201, response.text
            assert _money(response.json()["data"]["value"]) == Decimal("1500")
            missing = await tenant.post("/api/v1/wips", json=body)
            assert missing.status_code == 400
            assert missing.json()["error"]["details"][0]["path"] == "amount"


class TestRates:
    async def test_the_rate_defaults_to_the_staff_members_billing_rate(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        entry = await _logged(tenant, firm, hours="2.25")
        assert _money(entry["rate"]) == Decimal("200.00")
        assert _money(entry["value"]) == Decimal("450.00")

    async def test_the_job_overrides_the_rate_per_staff_member(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        entry = await _logged(tenant, firm, staffId=firm.other_staff["id"], hours="2")
        assert _money(entry["rate"]) == Decimal("175.00")
        assert _money(entry["value"]) == Decimal("350.00")

    async def test_a_rate_sent_wins(self, tenant: TenantHandle, firm: Firm) -> None:
        entry = await _logged(tenant, firm, rate="99.99", hours="1")
        assert _money(entry["value"]) == Decimal("99.99")

    async def test_no_rate_anywhere_is_400_at_rate(self, tenant: TenantHandle, firm: Firm) -> None:
        response = await _time(tenant, firm, staffId=firm.no_rate["id"], hours="1")
        assert response.status_code == 400
        assert response.json()["error"]["details"][0]["path"] == "rate"

    @pytest.mark.parametrize(
        ("hours", "rate", "value"),
        [
            ("0.01", "0.50", "0.00"),  # 0.005: half-even goes to the even cent, 0.00
            ("0.03", "0.50", "0.02"),  # 0.015 -> 0.02
            ("0.05", "0.50", "0.02"),  # 0.025 -> 0.02
            ("1.33", "133.33", "177.33"),  # 177.3289 -> 177.33
            ("7.77", "333.33", "2589.97"),  # 2589.9741 -> 2589.97
        ],
    )
    async def test_value_is_hours_times_rate_rounded_half_even_to_the_cent(
        self, tenant: TenantHandle, firm: Firm, hours: str, rate: str, value: str
    ) -> None:
        entry = await _logged(tenant, firm, hours=hours, rate=rate)
        assert _money(entry["value"]) == Decimal(value)

    async def test_editing_the_hours_recomputes_the_value_at_the_stored_rate(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        entry = await _logged(tenant, firm, rate="120.00", hours="1")
        response = await tenant.patch(f"/api/v1/wips/{entry['id']}", json={"hours": "3.5"})
        assert response.status_code == 200, response.text
        assert _money(response.json()["data"]["value"]) == Decimal("420.00")
        events = await events_of(tenant, "wip")
        assert events[-1]["operation"] == "UPDATE"
        previous = orjson.loads(events[-1]["previous"])
        assert _money(previous["hours"]) == Decimal("1") and _money(previous["value"]) == 120


class TestStatusRules:
    async def _lock(self, tenant: TenantHandle, entry: dict[str, Any]) -> None:
        response = await tenant.post(
            f"/api/v1/wips/{entry['id']}/write-off", json={"reason": "courtesy"}
        )
        assert response.status_code == 200, response.text
        assert response.json()["data"]["status"] == "WRITTEN_OFF"

    async def test_an_entry_that_is_not_open_cannot_be_edited_or_deleted(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        entry = await _logged(tenant, firm)
        await self._lock(tenant, entry)
        for response in (
            await tenant.patch(f"/api/v1/wips/{entry['id']}", json={"notes": "x"}),
            await tenant.delete(f"/api/v1/wips/{entry['id']}"),
        ):
            assert response.status_code == 409
            assert response.json()["error"]["details"][0]["reason"] == "WIP_LOCKED"
        assert (await tenant.get(f"/api/v1/wips/{entry['id']}")).json()["data"]["notes"] is None

    async def test_an_open_entry_is_deleted_with_a_tombstone_event(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        entry = await _logged(tenant, firm)
        assert (await tenant.delete(f"/api/v1/wips/{entry['id']}")).status_code == 204
        assert (await tenant.get(f"/api/v1/wips/{entry['id']}")).status_code == 404
        last = (await events_of(tenant, "wip"))[-1]
        assert (last["operation"], last["entity_id"]) == ("DELETE", entry["id"])


class TestApproval:
    async def test_approve_marks_every_entry(self, tenant: TenantHandle, firm: Firm) -> None:
        ids = [(await _logged(tenant, firm, hours="1"))["id"] for _ in range(3)]
        response = await tenant.post("/api/v1/wips/approve", json={"ids": ids})
        assert response.status_code == 200, response.text
        assert [item["approved"] for item in response.json()["data"]] == [True] * 3

    async def test_one_unknown_id_approves_none(self, tenant: TenantHandle, firm: Firm) -> None:
        entry = await _logged(tenant, firm)
        response = await tenant.post("/api/v1/wips/approve", json={"ids": [entry["id"], 10**9]})
        assert response.status_code == 400
        assert response.json()["error"]["details"][0]["path"] == "ids.1"
        assert (await tenant.get(f"/api/v1/wips/{entry['id']}")).json()["data"]["approved"] is False

    async def test_one_locked_entry_approves_none(self, tenant: TenantHandle, firm: Firm) -> None:
        first, second = await _logged(tenant, firm), await _logged(tenant, firm)
        await tenant.post(f"/api/v1/wips/{second['id']}/write-off", json={"reason": "no"})
        response = await tenant.post(
            "/api/v1/wips/approve", json={"ids": [first["id"], second["id"]]}
        )
        assert response.status_code == 409
        assert (await tenant.get(f"/api/v1/wips/{first['id']}")).json()["data"]["approved"] is False


class TestWriteOff:
    async def test_a_part_write_off_leaves_the_rest_outstanding(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        entry = await _logged(tenant, firm, hours="1")  # 200.00
        path = f"/api/v1/wips/{entry['id']}/write-off"
        response = await tenant.post(path, json={"amount": "50.25", "reason": "slow"})
        assert response.status_code == 200, response.text
        data = response.json()["data"]
        assert _money(data["writeOffAmount"]) == Decimal("50.25")
        assert _money(data["outstandingAmount"]) == Decimal("149.75")
        assert data["status"] == "OPEN" and data["writeOffReason"] == "slow"
        too_much = await tenant.post(path, json={"amount": "149.76", "reason": "x"})
        assert too_much.status_code == 400
        assert too_much.json()["error"]["details"][0]["path"] == "amount"
        rest = await tenant.post(path, json={"reason": "the rest"})
        assert rest.json()["data"]["status"] == "WRITTEN_OFF"
        assert _money(rest.json()["data"]["outstandingAmount"]) == 0

    async def test_a_write_off_needs_a_reason(self, tenant: TenantHandle, firm: Firm) -> None:
        entry = await _logged(tenant, firm)
        response = await tenant.post(f"/api/v1/wips/{entry['id']}/write-off", json={})
        assert response.status_code == 400


class TestBadInput:
    @pytest.mark.parametrize(
        ("body", "path"),
        [
            ({"hours": 0}, "hours"),
            ({"hours": "-1"}, "hours"),
            ({"hours": "24.01"}, "hours"),
            ({"hours": "1.005"}, "hours"),
            ({"hours": 1, "rate": "10.001"}, "rate"),
            ({"hours": 1, "loggedDate": "2026-02-30"}, "loggedDate"),
            ({"hours": 1, "surprise": True}, "surprise"),
        ],
    )
    async def test_bad_fields_are_400_naming_the_path_and_write_nothing(
        self, tenant: TenantHandle, firm: Firm, body: dict[str, Any], path: str
    ) -> None:
        response = await _time(tenant, firm, **body)
        assert response.status_code == 400, response.text
        assert path in [d["path"] for d in response.json()["error"]["details"]]
        assert await events_of(tenant, "wip") == []

    async def test_more_than_24_hours_a_day_for_one_staff_member_is_400(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        await _logged(tenant, firm, hours="20")
        other_job = await tenant.create("jobs", {"name": "Tax", "clientId": firm.client["id"]})
        response = await _time(tenant, firm, hours="4.01", jobId=other_job["id"])
        assert response.status_code == 400
        assert response.json()["error"]["details"][0]["path"] == "hours"
        assert (await _time(tenant, firm, hours="4", jobId=other_job["id"])).status_code == 201
        next_day = await _time(tenant, firm, hours="24", loggedDate="2026-03-03")
        assert next_day.status_code == 201

    async def test_an_expense_amount_with_three_decimals_is_400(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        body = {"jobId": firm.job["id"], "loggedDate": "2026-03-03", "notes": "n"}
        response = await tenant.post("/api/v1/expenses", json=body | {"amount": "1.005"})
        assert response.status_code == 400
        assert response.json()["error"]["details"][0]["path"] == "amount"

    async def test_a_job_of_another_tenant_is_400(
        self, tenant: TenantHandle, other_tenant: TenantHandle, firm: Firm
    ) -> None:
        theirs = await make_firm(other_tenant)
        response = await _time(tenant, firm, hours=1, jobId=theirs.job["id"])
        assert response.status_code == 400
        assert response.json()["error"]["details"][0]["path"] == "jobId"
        assert await events_of(tenant, "wip") == []

    async def test_an_inactive_staff_member_is_400(self, tenant: TenantHandle, firm: Firm) -> None:
        assert (await tenant.delete(f"/api/v1/staff/{firm.other_staff['id']}")).status_code == 200
        response = await _time(tenant, firm, hours=1, staffId=firm.other_staff["id"])
        assert response.status_code == 400
        assert response.json()["error"]["details"][0]["path"] == "staffId"

    async def test_hours_on_a_non_time_entry_are_400(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        body = {"type": "EXPENSE", "jobId": firm.job["id"], "loggedDate": "2026-03-01"}
        response = await tenant.post("/api/v1/wips", json=body | {"amount": 5, "hours": 1})
        assert response.status_code == 400
        assert response.json()["error"]["details"][0]["path"] == "hours"


class TestThePracticeManagementSystemsState:
    async def _upsert(self, tenant: TenantHandle, attributes: dict[str, Any]) -> Any:
        record = {"type": "wip", "systemRef": "PMS-WIP-1", "attributes": attributes}
        response = await tenant.post("/api/v1/records", json={"records": [record]})
        assert response.status_code == 200, response.text
        return response.json()["data"]["records"][0]

    async def test_an_upsert_updates_by_system_ref_and_carries_the_workflow_state(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        attributes = {
            "type": "TIME",
            "jobId": {"systemRef": firm.job["pmsRef"]},
            "staffId": {"systemRef": firm.staff["pmsRef"]},
            "loggedDate": "2026-03-09",
            "hours": 2,
        }
        created = await self._upsert(tenant, attributes)
        billed = await self._upsert(
            tenant, attributes | {"status": "BILLED", "billedAmount": "400.00"}
        )
        assert (billed["operation"], billed["id"]) == ("UPDATED", created["id"])
        entry = (await tenant.get(f"/api/v1/wips/{created['id']}")).json()["data"]
        assert entry["status"] == "BILLED" and _money(entry["outstandingAmount"]) == 0
        # The system of record may still correct a billed entry; the native routes may not.
        again = await self._upsert(tenant, attributes | {"notes": "corrected"})
        assert again["operation"] == "UPDATED"
        native = await tenant.patch(f"/api/v1/wips/{created['id']}", json={"notes": "x"})
        assert native.status_code == 409
        project = (await tenant.get(f"/gql/v1/project/{firm.job['id']}")).json()
        assert _money(project["billedAmount"]) == Decimal("400.00")
        assert _money(project["realizationPercent"]) == Decimal("100.00")

    async def test_a_record_delete_removes_the_entry_and_its_value(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        attributes = {"type": "EXPENSE", "jobId": firm.job["id"], "loggedDate": "2026-03-09"}
        created = await self._upsert(tenant, attributes | {"amount": "80.00"})
        deleted = await tenant.api.request(
            "DELETE",
            "/api/v1/records",
            json={"records": [{"type": "wip", "systemRef": "PMS-WIP-1"}]},
            headers=tenant.headers,
        )
        assert deleted.status_code == 200, deleted.text
        assert (await tenant.get(f"/api/v1/wips/{created['id']}")).status_code == 404
        project = (await tenant.get(f"/gql/v1/project/{firm.job['id']}")).json()
        assert _money(project["wipValue"]) == 0


class TestRestReads:
    async def test_list_by_job_and_conditional_edit(self, tenant: TenantHandle, firm: Firm) -> None:
        entry = await _logged(tenant, firm)
        listed = await tenant.get("/api/v1/wips", params={"jobId": firm.job["id"]})
        assert [row["id"] for row in listed.json()["data"]] == [entry["id"]]
        assert listed.json()["meta"]["pagination"]["total"] == 1
        path = f"/api/v1/wips/{entry['id']}"
        stale = await tenant.patch(path, json={"notes": "a"}, headers={"If-Match": '"7"'})
        assert stale.status_code == 412
        fresh = await tenant.patch(path, json={"notes": "a"}, headers={"If-Match": '"1"'})
        assert fresh.status_code == 200 and fresh.headers["ETag"] == '"2"'
        assert (await tenant.get("/api/v1/wips/999999999")).status_code == 404
