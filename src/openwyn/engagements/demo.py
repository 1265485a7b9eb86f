"""The demo firm's engagements (money-work.md §10): a letter template and one engagement at
every status, made through the real services (sent letters are rendered and emailed, signed
ones carry evidence and a certificate). Each engagement has a `demo-engagement-<status>`
pmsRef; one the tenant already holds is skipped, so a second run writes nothing."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.config import load_settings
from openwyn.engagements import repository as repo
from openwyn.engagements import service as engagements
from openwyn.engagements import signing
from openwyn.engagements.clock import LOCAL_BASE_URL
from openwyn.engagements.inputs import EngagementCreate
from openwyn.engagements.resource import ENGAGEMENTS
from openwyn.engagements.templates import ENGAGEMENT_TEMPLATES
from openwyn.files.storage import FileStorage, LocalStorage
from openwyn.kit.sqltypes import utcnow
from openwyn.web import service as crud

TEMPLATE_REF = "demo-letter"
LETTER = """Dear {{ client.name }},

Thank you for choosing {{ firm.name }}. This letter sets out the services we will provide \
for the year {{ engagement.year }}, starting {{ engagement.startDate }}.

{% for service in services %}- {{ service.description }}: {{ firm.currency }} {{ service.price }}\
{% if service.prepaymentAmount != "0.00" %} ({{ service.prepaymentAmount }} due on signing)\
{% endif %}
{% endfor %}
Your partner is {{ partner.name }}{% if manager.name %}, with {{ manager.name }} managing \
the work{% endif %}.

Please sign below to confirm.

{{ firm.name }}"""
# The statuses shown, in order, each on the next client that has a job and an emailed contact.
STATUSES = (
    "DRAFT",
    "SENT",
    "SIGNED",
    "EXECUTED",
    "ACTIVE",
    "ON_HOLD",
    "COMPLETED",
    "DECLINED",
    "CANCELLED",
    "EXPIRED",
)
DEMO_EVIDENCE = ("192.0.2.10", "Demo seeding")


async def seed_engagements(session: AsyncSession, tenant_id: int, anchor: date) -> int:
    """The demo's template and engagements the tenant lacks; how many were made."""
    template_id = await _template(session, tenant_id)
    known = await crud.ids_by_fields(session, ENGAGEMENTS, tenant_id, ["pmsRef"])
    candidates = await repo.demo_clients(session, tenant_id, len(STATUSES))
    storage = LocalStorage(load_settings().resolved_files_dir())
    made = 0
    for status, client in zip(STATUSES, candidates, strict=False):
        pms_ref = f"demo-engagement-{status.lower()}"
        if (pms_ref,) in known:
            continue
        body = _body(template_id, client, status, anchor)
        item = await engagements.create(session, tenant_id, body, pms_ref=pms_ref)
        await _STEPS[status](session, storage, tenant_id, item["id"])
        made += 1
    return made


async def _template(session: AsyncSession, tenant_id: int) -> int:
    known = await crud.ids_by_fields(session, ENGAGEMENT_TEMPLATES, tenant_id, ["pmsRef"])
    if (TEMPLATE_REF,) in known:
        return known[(TEMPLATE_REF,)]
    values = {
        "pmsRef": TEMPLATE_REF,
        "name": "Annual compliance engagement",
        "engagementNameTemplate": "{{ client.name }} {{ engagement.year }} compliance",
        "body": LETTER,
    }
    created = await crud.create(session, ENGAGEMENT_TEMPLATES, tenant_id, values)
    return int(created["id"])


def _body(template_id: int, client: dict[str, Any], status: str, anchor: date) -> EngagementCreate:
    """Current engagements started at the year's start; the others start next year."""
    started = status in ("ACTIVE", "ON_HOLD", "COMPLETED")
    start = date(anchor.year, 1, 1) if started else date(anchor.year + 1, 1, 1)
    prepayment = "500.00" if status == "SIGNED" else None
    return EngagementCreate.model_validate(
        {
            "clientIds": [client["id"]],
            "templateId": template_id,
            "startDate": start.isoformat(),
            "endDate": start.replace(month=12, day=31).isoformat(),
            "services": [
                {
                    "jobId": client["job_id"],
                    "description": "Annual accounts and tax return",
                    "price": "2400.00",
                    "billingSchedule": "QUARTERLY",
                    "prepaymentAmount": prepayment,
                },
                {
                    "description": "Advisory hours",
                    "price": "600.00",
                    "billingSchedule": "MONTHLY",
                },
            ],
            "signers": [{"contactId": client["contact_id"], "role": "PRIMARY"}],
        }
    )


Step = Callable[[AsyncSession, FileStorage, int, int], Awaitable[None]]


async def _nothing(session: AsyncSession, storage: FileStorage, tenant_id: int, eid: int) -> None:
    return None


async def _send(session: AsyncSession, storage: FileStorage, tenant_id: int, eid: int) -> None:
    await signing.send(session, storage, tenant_id, eid, base_url=LOCAL_BASE_URL, now=utcnow())


async def _sign(session: AsyncSession, storage: FileStorage, tenant_id: int, eid: int) -> None:
    await _send(session, storage, tenant_id, eid)
    item = await engagements.current(session, tenant_id, eid)
    for signer in (await repo.children(session, tenant_id, eid))["signers"]:
        name = " ".join(filter(None, (signer["first_name"], signer["last_name"])))
        signature = signing.Signature(signer["id"], name, DEMO_EVIDENCE, item["letterSha256"])
        await signing.record(session, storage, tenant_id, eid, signature, utcnow())


def _then(first: Step, *statuses: str) -> Step:
    async def step(session: AsyncSession, storage: FileStorage, tenant_id: int, eid: int) -> None:
        await first(session, storage, tenant_id, eid)
        for status in statuses:
            await engagements.move(session, tenant_id, eid, status)

    return step


async def _cancel(session: AsyncSession, storage: FileStorage, tenant_id: int, eid: int) -> None:
    await engagements.act(session, tenant_id, eid, "cancel")


_STEPS: dict[str, Step] = {
    "DRAFT": _nothing,
    "SENT": _send,
    "SIGNED": _sign,  # its prepayment is due: it waits, payable from its signer's link
    "EXECUTED": _sign,
    "ACTIVE": _then(_sign, "ACTIVE"),
    "ON_HOLD": _then(_sign, "ACTIVE", "ON_HOLD"),
    "COMPLETED": _then(_sign, "ACTIVE", "COMPLETED"),
    "DECLINED": _then(_send, "DECLINED"),
    "CANCELLED": _cancel,
    "EXPIRED": _then(_send, "EXPIRED"),
}
