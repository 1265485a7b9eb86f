"""Money properties of work (money-work.md §1), stated with hypothesis: a value is the exact
product rounded half-even to the cent; parts add up to the whole; roll-ups and sums equal a
recomputation from the entries."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from openwyn.work.derive import outstanding, time_value
from tests.fixtures.api import TenantHandle
from tests.fixtures.work import Firm, make_firm

pytestmark = pytest.mark.anyio

CENT = Decimal("0.01")
hours = st.integers(1, 2400).map(lambda n: Decimal(n) / 100)  # 0.01 .. 24.00
rates = st.integers(0, 99_999_999).map(lambda n: Decimal(n) / 100)
amounts = st.integers(1, 10_000_000).map(lambda n: Decimal(n) / 100)
# Few examples against the database: each is a run of HTTP writes; the pure ones take many.
DATABASE = settings(
    max_examples=8, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck)
)


class TestValues:
    @settings(max_examples=2000, derandomize=True)
    @given(hours=hours, rate=rates)
    def test_a_value_is_the_product_rounded_half_even_to_the_cent(
        self, hours: Decimal, rate: Decimal
    ) -> None:
        exact = hours * rate
        value = time_value(hours, rate)
        assert value == exact.quantize(CENT, rounding=ROUND_HALF_EVEN)
        assert abs(value - exact) <= Decimal("0.005")
        if abs(value - exact) == Decimal("0.005"):  # a tie goes to the even cent
            assert (value * 100) % 2 == 0

    @settings(max_examples=2000, derandomize=True)
    @given(value=amounts, parts=st.lists(amounts, max_size=6))
    def test_outstanding_billed_and_written_off_add_up_to_the_value(
        self, value: Decimal, parts: list[Decimal]
    ) -> None:
        taken = [p for i, p in enumerate(parts) if sum(parts[: i + 1], Decimal(0)) <= value]
        billed, written_off = sum(taken[::2], Decimal(0)), sum(taken[1::2], Decimal(0))
        assert outstanding(value, billed, written_off) + billed + written_off == value


@pytest.fixture
async def firm(tenant: TenantHandle) -> Firm:
    return await make_firm(tenant, budget="99999999.00")


async def _new_job_and_staff(tenant: TenantHandle, firm: Firm) -> tuple[int, int]:
    """Each example logs on a job and as a staff member of its own (no one logs 24 hours a day
    over all the examples)."""
    job = await tenant.create("jobs", {"name": "Property", "clientId": firm.client["id"]})
    staff = await tenant.create("staff", {"firstName": "P", "lastName": "Q"})
    return int(job["id"]), int(staff["id"])


entries = st.lists(
    st.one_of(
        st.tuples(st.just("TIME"), st.integers(1, 800).map(lambda n: Decimal(n) / 100), rates),
        st.tuples(st.just("EXPENSE"), amounts, st.none()),
    ),
    min_size=1,
    max_size=12,
)


class TestAgainstTheDatabase:
    @DATABASE
    @given(parts=st.lists(st.integers(1, 5000), min_size=1, max_size=5))
    async def test_write_offs_in_parts_leave_exactly_the_rest_outstanding(
        self, tenant: TenantHandle, firm: Firm, parts: list[int]
    ) -> None:
        body = {"type": "FIXED_FEE", "jobId": firm.job["id"], "loggedDate": "2026-01-05"}
        entry = (await tenant.post("/api/v1/wips", json=body | {"amount": "100.00"})).json()
        path = f"/api/v1/wips/{entry['data']['id']}/write-off"
        written = Decimal(0)
        for cents in parts:
            part = Decimal(cents) / 100
            response = await tenant.post(path, json={"amount": str(part), "reason": "p"})
            if written + part > 100:
                assert response.status_code in (400, 409)
                continue
            written += part
            data = response.json()["data"]
            assert Decimal(str(data["outstandingAmount"])) + written == Decimal(100)
            assert Decimal(str(data["writeOffAmount"])) == written

    @DATABASE
    @given(drawn=entries, page_size=st.integers(1, 5))
    async def test_roll_ups_and_sums_equal_a_recomputation_from_the_entries(
        self, tenant: TenantHandle, firm: Firm, drawn: list[Any], page_size: int
    ) -> None:
        job_id, staff_id = await _new_job_and_staff(tenant, firm)
        values: list[Decimal] = []
        for index, (kind, quantity, rate) in enumerate(drawn):
            day = f"2026-02-{index + 1:02d}"
            if kind == "TIME":
                body = {"staffId": staff_id, "hours": str(quantity), "rate": str(rate)}
                response = await tenant.post(
                    "/api/v1/time-entries", json=body | {"jobId": job_id, "loggedDate": day}
                )
                values.append((quantity * rate).quantize(CENT, rounding=ROUND_HALF_EVEN))
            else:
                body = {"jobId": job_id, "loggedDate": day, "amount": str(quantity), "notes": "n"}
                response = await tenant.post("/api/v1/expenses", json=body)
                values.append(quantity)
            assert response.status_code == 201, response.text
        project = (await tenant.get(f"/gql/v1/project/{job_id}")).json()
        assert Decimal(str(project["wipValue"])) == sum(values, Decimal(0))
        paged: list[Decimal] = []
        listing: dict[str, Any] = {"jobId": job_id, "pageSize": page_size}
        while True:
            page = (await tenant.post("/gql/v1/wip", json=listing)).json()
            assert Decimal(str(page["total"]["aggregate"]["sum"]["value"])) == sum(values)
            paged += [Decimal(str(row["value"])) for row in page["wips"]]
            if not page["pageInfo"]["hasNextPage"]:
                break
            listing["cursor"] = page["pageInfo"]["endCursor"]
        assert sorted(paged) == sorted(values)


def test_the_documented_hours_pattern_takes_exactly_what_the_validator_takes() -> None:
    # A schema that admits hours the server refuses has schemathesis report valid data refused.
    import re

    from openwyn.work.inputs import _HOURS_TEXT, _hours

    pattern = re.compile(_HOURS_TEXT)
    for cents in range(3001):
        for text in (f"{Decimal(cents) / 100:.2f}", f"{Decimal(cents) / 100}", f"0{cents / 100}"):
            try:
                _hours(text)
                accepted = True
            except ValueError:
                accepted = False
            assert bool(pattern.match(text)) == accepted, text
