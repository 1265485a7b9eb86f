"""One engagement as `GET /gql/v1/engagement/{id}` answers it [doc example, camelCase]: the
row with its client's contact fields, `projects[]` (the jobs its services bill), its
`teamMembers[]` (partner, manager and team), services and signers with their status."""

from __future__ import annotations

from typing import Any

from openwyn.db import Reads
from openwyn.engagements import repository as repo
from openwyn.engagements.resource import ENGAGEMENTS
from openwyn.kit.json import iso_timestamp
from openwyn.web import service


def _name(row: dict[str, Any] | None) -> str | None:
    if row is None:
        return None
    return " ".join(part for part in (row["first_name"], row["last_name"]) if part) or None


async def detail(session: Reads, tenant_id: int, engagement_id: int) -> dict[str, Any]:
    item = await service.get(session, ENGAGEMENTS, tenant_id, engagement_id)
    kept = await repo.children(session, tenant_id, engagement_id)
    client = (await repo.clients(session, tenant_id, [item["clientId"]]))[item["clientId"]]
    job_ids = {line["job_id"] for line in kept["services"] if line["job_id"] is not None}
    jobs = await repo.jobs(session, tenant_id, job_ids)
    roles = [
        (item["partnerStaffId"], "ENGAGEMENT_PARTNER"),
        (item["managerStaffId"], "ENGAGEMENT_MANAGER"),
    ]
    staff = await repo.staff(session, tenant_id, {i for i, _ in roles if i is not None})
    members = [
        {"staffId": staff_id, "name": _name(staff.get(staff_id)), "role": role, "allocation": None}
        for staff_id, role in roles
        if staff_id is not None
    ]
    members += [
        {
            "staffId": member["staff_id"],
            "name": _name(member),
            "role": member["role"],
            "allocation": member["allocation"],
        }
        for member in kept["team"]
    ]
    return item | {
        "clientName": client["name"],
        "clientEmail": client["email"],
        "clientPhone": client["phone"],
        "clientIds": [item["clientId"], *kept["client_ids"]],
        "projects": [
            {"id": job["id"], "name": job["name"], "status": job["status"], "budget": job["budget"]}
            for job in sorted(jobs.values(), key=lambda job: job["id"])
        ],
        "teamMembers": members,
        "services": [_service(line) for line in kept["services"]],
        "signers": [_signer(signer) for signer in kept["signers"]],
    }


def _service(line: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": line["id"],
        "jobId": line["job_id"],
        "serviceLineId": line["service_line_id"],
        "description": line["description"],
        "price": line["price"],
        "billingSchedule": line["billing_schedule"],
        "prepaymentAmount": line["prepayment_amount"],
    }


def _signer(signer: dict[str, Any]) -> dict[str, Any]:
    signed_at = signer["signed_at"]
    return {
        "id": signer["id"],
        "contactId": signer["contact_id"],
        "name": _name(signer),
        "email": signer["email"],
        "role": signer["role"],
        "status": signer["status"],
        "signedName": signer["signed_name"],
        "signedAt": None if signed_at is None else iso_timestamp(signed_at),
    }
