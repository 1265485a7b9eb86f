"""The demo firm's payment plan (money-work.md §10): one active monthly plan on a card,
starting next month, so the plan worker has something to charge. Made once: a tenant that
holds any plan is left as it is."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.engagements import repository as facts
from openwyn.payments import plans


async def seed_payment_plan(session: AsyncSession, tenant_id: int, today: date) -> int:
    if await plans.list_plans(session, tenant_id, None):
        return 0
    candidates = await facts.demo_clients(session, tenant_id, 1)
    if not candidates:
        return 0
    start = date(today.year + today.month // 12, today.month % 12 + 1, 1)
    request = plans.PlanRequest(
        client_id=candidates[0]["id"],
        kind="RECURRING",
        frequency="MONTHLY",
        start_date=start,
        processor_token="tok_visa",  # noqa: S106 - the sandbox's public test token
        amount=Decimal("250.00"),
    )
    await plans.create_plan(session, tenant_id, request)
    return 1
