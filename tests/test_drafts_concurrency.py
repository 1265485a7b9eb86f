"""Two drafts created at the same time over the same WIP: exactly one takes it (money-work.md
§3: a WIP is on at most one live draft)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from openwyn.billing.drafts import repository as repo
from openwyn.config import Settings
from openwyn.work.wips import WIPS
from tests.fixtures.api import TenantHandle
from tests.fixtures.drafts import Billing, make_billing

pytestmark = pytest.mark.anyio

PATH = "/api/v1/draft-invoices"
RACERS = 6


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """Requests in flight take turns on the tenant's numbering lock: long enough that a loaded
    test machine measures the drafts, not the pool's patience."""
    return settings.model_copy(update={"db_connect_timeout_seconds": 60.0})


@pytest.fixture
async def billing(tenant: TenantHandle) -> Billing:
    return await make_billing(tenant)


async def test_drafts_racing_for_the_same_wip_one_wins(billing: Billing) -> None:
    wips = [await billing.log("1.00"), await billing.log("2.00")]
    ids = [wip["id"] for wip in wips]
    body = {"clientId": billing.firm.client["id"], "wipIds": ids}
    responses = await asyncio.gather(*(billing.tenant.post(PATH, json=body) for _ in range(RACERS)))
    codes = sorted(response.status_code for response in responses)
    assert codes == [201] + [409] * (RACERS - 1), [r.text for r in responses]
    losers = [r for r in responses if r.status_code == 409]
    assert {r.json()["error"]["details"][0]["reason"] for r in losers} == {"WIP_ON_ANOTHER_DRAFT"}
    (winner,) = [r.json()["data"] for r in responses if r.status_code == 201]
    for wip_id in ids:
        stored = (await billing.tenant.get(f"/api/v1/wips/{wip_id}")).json()["data"]
        assert stored["draftInvoiceId"] == winner["id"]
    listed = await billing.tenant.post("/gql/v1/draft_invoices", json={})
    assert listed.json()["total"]["aggregate"]["count"] == 1  # the losers left nothing


async def test_drafts_over_all_open_wip_racing_one_wins(billing: Billing) -> None:
    await billing.log("1.00")
    body = {"clientId": billing.firm.client["id"]}
    responses = await asyncio.gather(*(billing.tenant.post(PATH, json=body) for _ in range(RACERS)))
    codes = sorted(response.status_code for response in responses)
    # The first takes the WIP; the others find none left to bill.
    assert codes == [201] + [400] * (RACERS - 1), [r.text for r in responses]


async def test_the_conditional_update_lets_one_taker_through(
    billing: Billing, tenant: TenantHandle
) -> None:
    """Below the numbering lock: two transactions taking the same row, the second waiting on
    the first's row lock, then finding the row no longer OPEN (PostgreSQL's row locks)."""
    if tenant.ctx.db.dialect == "sqlite":
        pytest.skip("SQLite runs one writer at a time: there is no race to lose")
    first_draft = await billing.draft(progress=[_fee(billing)])
    second_draft = await billing.draft(progress=[_fee(billing)])
    wip = await billing.log()
    db = tenant.ctx.db
    taken: dict[str, Any] = {}
    async with db.session() as first:
        taken["first"] = await repo.take_wips(
            first, tenant.id, first_draft["id"], [wip["id"]], WIPS.columns
        )

        async def second_taker() -> None:
            async with db.session() as second:
                taken["second"] = await repo.take_wips(
                    second, tenant.id, second_draft["id"], [wip["id"]], WIPS.columns
                )
                await second.commit()

        racer = asyncio.create_task(second_taker())
        await asyncio.sleep(0.3)
        assert not racer.done()  # waiting on the row lock
        await first.commit()
    await racer
    assert len(taken["first"]) == 1 and taken["second"] == []


def _fee(billing: Billing) -> dict[str, Any]:
    return {"jobId": billing.firm.job["id"], "amount": "10.00", "description": "Fee"}
