"""Money properties of draft bills (money-work.md §1, §11), stated with hypothesis: after any
sequence of edits (line amounts, tax rates, subtotals spread over the lines) the lines add up
to the bill exactly, each line's tax is its amount times its rate half-even to the cent, and a
spread subtotal is met to the cent without any line going below zero."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from openwyn.billing.drafts import service, totals
from tests.fixtures.api import TenantHandle
from tests.fixtures.drafts import make_billing

pytestmark = pytest.mark.anyio

CENT = Decimal("0.01")
amounts = st.integers(0, 100_000_000).map(lambda n: Decimal(n) / 100)
standards = st.integers(0, 10_000_000).map(lambda n: Decimal(n) / 100)
rates = st.integers(0, 999_999).map(lambda n: Decimal(n) / 1_000_000)
DATABASE = settings(
    max_examples=5, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck)
)


def _line_edit(count: int) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {"id": st.integers(1, count)},
        optional={"amount": amounts, "taxRate": rates},
    )


def _edits(count: int) -> st.SearchStrategy[list[dict[str, Any]]]:
    one = st.one_of(
        st.builds(lambda e: {"lineItems": e}, st.lists(_line_edit(count), min_size=1, max_size=4)),
        st.builds(lambda s: {"subtotal": s}, amounts),
    )
    return st.lists(one, min_size=1, max_size=8)


def _check(lines: list[dict[str, Any]]) -> None:
    sums = totals.sums(lines)
    assert sums["subtotal"] == sum(line["amount"] for line in lines)
    assert sums["tax_amount"] == sum(line["tax_amount"] for line in lines)
    assert sums["total_amount"] == sums["subtotal"] + sums["tax_amount"]
    for line in lines:
        assert line["amount"] >= 0
        assert line["amount"] == line["amount"].quantize(CENT)
        assert line["adjustment"] == line["amount"] - line["standard_amount"]
        exact = line["amount"] * line["tax_rate"]
        assert line["tax_amount"] == exact.quantize(CENT, rounding=ROUND_HALF_EVEN)


@settings(max_examples=600, derandomize=True)
@given(data=st.data(), standard=st.lists(standards, min_size=1, max_size=12))
def test_after_any_edits_the_lines_add_up(data: st.DataObject, standard: list[Decimal]) -> None:
    lines = [
        totals.priced(
            {
                "id": index + 1,
                "amount": amount,
                "standard_amount": amount,
                "tax_rate": Decimal(0),
                "description": "x",
            }
        )
        for index, amount in enumerate(standard)
    ]
    _check(lines)
    for edit in data.draw(_edits(len(lines))):
        lines = service._edited(lines, edit)
        _check(lines)
        if "subtotal" in edit:
            assert totals.sums(lines)["subtotal"] == edit["subtotal"]


@settings(max_examples=600, derandomize=True)
@given(standard=st.lists(standards, min_size=1, max_size=12), target=amounts)
def test_a_spread_follows_the_standard_amounts(standard: list[Decimal], target: Decimal) -> None:
    lines = [{"amount": s, "standard_amount": s, "tax_rate": Decimal(0)} for s in standard]
    spread = totals.spread(lines, target)
    assert sum(line["amount"] for line in spread) == target
    whole = sum(standard)
    for line, weight in zip(spread, standard, strict=True):
        # Each part is within a cent of its exact proportional share.
        exact = target * weight / whole if whole else target / len(standard)
        assert abs(line["amount"] - exact) < CENT


class TestThroughTheApi:
    @DATABASE
    @given(edits=_edits(3))
    async def test_after_any_patches_the_draft_adds_up(
        self, tenant: TenantHandle, edits: list[dict[str, Any]]
    ) -> None:
        billing = await make_billing(tenant)
        for hours in ("1.00", "0.37", "2.13"):
            await billing.log(hours)
        draft = await billing.draft(groupBy="NONE")
        ids = [line["id"] for line in draft["lineItems"]]
        for edit in edits:
            sent = dict(edit)
            if "lineItems" in sent:
                sent["lineItems"] = [
                    {**item, "id": ids[item["id"] - 1]}
                    | {k: str(v) for k, v in item.items() if k != "id"}
                    for item in sent["lineItems"]
                ]
            else:
                sent["subtotal"] = str(sent["subtotal"])
            response = await tenant.patch(f"/api/v1/draft-invoices/{draft['id']}", json=sent)
            assert response.status_code == 200, response.text
            data = response.json()["data"]
            lines = data["lineItems"]
            subtotal = sum(Decimal(str(line["amount"])) for line in lines)
            tax = sum(Decimal(str(line["taxAmount"])) for line in lines)
            assert Decimal(str(data["subtotal"])) == subtotal
            assert Decimal(str(data["taxAmount"])) == tax
            assert Decimal(str(data["totalAmount"])) == subtotal + tax
            if "subtotal" in edit:
                assert subtotal == edit["subtotal"]
