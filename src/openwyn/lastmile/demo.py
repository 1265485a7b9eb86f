"""The demo firm's last mile (money-work.md §10): a client request in progress (sent, one of
its items uploaded and waiting for review) and a deliverable waiting on payment. Found by
their pmsRefs, so a second run writes nothing."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.config import load_settings
from openwyn.engagements import repository as facts
from openwyn.engagements.clock import LOCAL_BASE_URL
from openwyn.files import service as files
from openwyn.files.storage import LocalStorage
from openwyn.kit.sqltypes import utcnow
from openwyn.lastmile import deliverables, requests
from openwyn.lastmile import repository as repo
from openwyn.lastmile.deliverables_resource import DELIVERABLES
from openwyn.lastmile.inputs import ClientRequestCreate
from openwyn.lastmile.resource import CLIENT_REQUESTS
from openwyn.web import service as crud

REQUEST_REF = "demo-client-request"
DELIVERABLE_REF = "demo-deliverable"
STATEMENTS_PDF = b"%PDF-1.4\n% Demo bank statements, January to June\n"
RETURN_PDF = b"%PDF-1.4\n% Demo 2025 tax return, ready for signature\n"


async def seed_last_mile(session: AsyncSession, tenant_id: int) -> int:
    """What of the two the tenant lacks; how many were made."""
    made = 0
    if not await _known(session, tenant_id, CLIENT_REQUESTS, REQUEST_REF):
        made += await _request(session, tenant_id)
    if not await _known(session, tenant_id, DELIVERABLES, DELIVERABLE_REF):
        made += await _deliverable(session, tenant_id)
    return made


async def _known(session: AsyncSession, tenant_id: int, resource: object, ref: str) -> bool:
    known = await crud.ids_by_fields(session, resource, tenant_id, ["pmsRef"])  # type: ignore[arg-type]
    return (ref,) in known


async def _request(session: AsyncSession, tenant_id: int) -> int:
    # A client after the engagements' (engagements/demo.py uses the first ten) whose job is
    # still open: a request needs one.
    candidates = (await facts.demo_clients(session, tenant_id, 60))[10:]
    jobs = await facts.jobs(session, tenant_id, [c["job_id"] for c in candidates])
    open_ones = [c for c in candidates if jobs[c["job_id"]]["status"] in requests.OPEN_JOB_STATUSES]
    if not open_ones:
        return 0
    client = open_ones[0]
    body = ClientRequestCreate.model_validate(
        {
            "clientId": client["id"],
            "jobId": client["job_id"],
            "contactIds": [client["contact_id"]],
            "dueInDays": 21,
            "items": [
                {"title": "Bank statements", "description": "January to June"},
                {"title": "Payroll summary"},
            ],
        }
    )
    item = await requests.create(session, tenant_id, body, pms_ref=REQUEST_REF)
    now = utcnow()
    await requests.send(session, tenant_id, item["id"], base_url=LOCAL_BASE_URL, now=now)
    shown = await requests.detail(session, tenant_id, item["id"])
    document = ("bank-statements.pdf", "application/pdf", STATEMENTS_PDF)
    arrival = requests.Arrival(shown, shown["items"][0], client["contact_id"], document)
    await requests.receive(session, _storage(), tenant_id, arrival, now)
    return 1


async def _deliverable(session: AsyncSession, tenant_id: int) -> int:
    client = await repo.demo_unpaid_client(session, tenant_id)
    if client is None:
        return 0
    stored = await files.store_bytes(
        session,
        _storage(),
        tenant_id,
        RETURN_PDF,
        name="2025-tax-return.pdf",
        content_type="application/pdf",
        attachment=files.Attachment(),
        description="2025 tax return",
    )
    new = deliverables.NewDeliverable(
        client["id"], None, [stored["id"]], "Your 2025 tax return", "ON_PAYMENT"
    )
    await deliverables.create(
        session, tenant_id, new, base_url=LOCAL_BASE_URL, now=utcnow(), pms_ref=DELIVERABLE_REF
    )
    return 1


def _storage() -> LocalStorage:
    return LocalStorage(load_settings().resolved_files_dir())
