"""Engagements (money-work.md §7): create (one, or a batch with a result per item), the
status machine's actions, and renewal.

A new engagement is checked whole before anything is written: every bad path is named in one
400 (a client, contact, staff member, job or service line that is not the tenant's, or that
is inactive; a prepayment without a job). Its name renders from the template's
`engagementNameTemplate` over the same context as the letter. Every status change writes
`engagement.<STATUS>`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.billing.invoice_read import today_in
from openwyn.engagements import letters
from openwyn.engagements import repository as repo
from openwyn.engagements.context import Parts, context_of
from openwyn.engagements.inputs import EngagementCreate, EngagementRenew, RenewItem
from openwyn.engagements.resource import ENGAGEMENTS
from openwyn.engagements.settings import read_settings
from openwyn.errors import (
    ApiError,
    Conflict,
    ErrorDetail,
    NotFound,
    ValidationFailed,
    refused,
)
from openwyn.files import repository as files_repo
from openwyn.files.storage import FileStorage
from openwyn.kit import inputs
from openwyn.kit import repository as kit_repo
from openwyn.kit.money import ZERO
from openwyn.kit.sqltypes import utcnow
from openwyn.web import service

# The actions a firm takes on an engagement: from which statuses, to which.
ACTIONS: dict[str, tuple[frozenset[str], str]] = {
    "cancel": (frozenset({"DRAFT", "SENT", "SIGNED", "ON_HOLD"}), "CANCELLED"),
    "hold": (frozenset({"EXECUTED", "ACTIVE"}), "ON_HOLD"),
    "resume": (frozenset({"ON_HOLD"}), "EXECUTED"),
    "complete": (frozenset({"EXECUTED", "ACTIVE", "ON_HOLD"}), "COMPLETED"),
    "execute": (frozenset({"DRAFT", "SENT", "SIGNED"}), "EXECUTED"),
}
# What a renewal keeps of the engagement it renews.
_CARRIED = (
    "name",
    "description",
    "type",
    "clientId",
    "templateId",
    "partnerStaffId",
    "managerStaffId",
    "engagementNameTemplate",
    "expiresInDays",
    "reminderDays",
)
PDF_TYPE = "application/pdf"
PDF_MAGIC = b"%PDF-"
SIGNED_PDF_REQUIRED = "the firm's settings require the signed letter as an uploaded PDF"
RENEWABLE = frozenset({"EXECUTED", "ACTIVE", "ON_HOLD", "COMPLETED"})
MAX_NAME = 500


@dataclass
class _Facts:
    """What a new engagement names, looked up at once, and the faults found in it."""

    firm: dict[str, Any]
    template: dict[str, Any] | None
    clients: dict[int, dict[str, Any]]
    contacts: dict[int, dict[str, Any]]
    staff: dict[int, dict[str, Any]]
    jobs: dict[int, dict[str, Any]]
    service_lines: set[int]  # the active ones
    faults: list[ErrorDetail] = field(default_factory=list)

    def fault(self, path: str, message: str) -> None:
        self.faults.append({"path": path, "message": message})

    def active_staff(self, staff_id: int) -> bool:
        staff = self.staff.get(staff_id)
        return staff is not None and bool(staff["active"])


async def create(
    session: AsyncSession, tenant_id: int, body: EngagementCreate, pms_ref: str | None = None
) -> dict[str, Any]:
    """A DRAFT engagement with its clients, services, signers and team."""
    facts = await _facts(session, tenant_id, body)
    _check(body, facts)
    if facts.faults:
        raise ValidationFailed("The engagement is not valid.", facts.faults)
    assert facts.template is not None  # _check faults a missing template
    partner_id, manager_id = _roles(body, facts)
    estimated = sum((service.price for service in body.services), ZERO)
    prepayment = sum((service.prepaymentAmount or ZERO for service in body.services), ZERO)
    values = {
        "clientId": body.primary,
        "templateId": body.templateId,
        "engagementNameTemplate": facts.template["engagement_name_template"],
        "partnerStaffId": partner_id,
        "managerStaffId": manager_id,
        "startDate": body.startDate,
        "endDate": body.endDate,
        "type": body.type,
        "description": body.description,
        "estimatedValue": estimated,
        "prepaymentAmount": prepayment,
        "source": "OPENWYN",
    }
    children = _children(body)
    context = context_of(
        Parts(
            client=facts.clients[body.primary],
            signers=[(facts.contacts[signer.contactId], signer.role) for signer in body.signers],
            services=children["services"],
            jobs=facts.jobs,
            partner=facts.staff.get(partner_id or 0),
            manager=facts.staff.get(manager_id or 0),
            firm=facts.firm,
        ),
        values,
    )
    values["name"] = _name(facts.template["engagement_name_template"], context)
    values |= {"expiresInDays": body.expiresInDays, "reminderDays": body.reminderDays}
    if pms_ref is not None:
        values["pmsRef"] = pms_ref
    item = await service.create(session, ENGAGEMENTS, tenant_id, values)
    await repo.insert_children(session, tenant_id, item["id"], children)
    return item


async def _facts(session: AsyncSession, tenant_id: int, body: EngagementCreate) -> _Facts:
    staff_ids = {body.partnerStaffId, body.managerStaffId, *(m.staffId for m in body.team)}
    clients = await repo.clients(session, tenant_id, body.clientIds)
    staff_ids |= {
        c[role] for c in clients.values() for role in ("partner_staff_id", "manager_staff_id")
    }
    return _Facts(
        firm=await repo.firm(session, tenant_id),
        template=await repo.template(session, tenant_id, body.templateId),
        clients=clients,
        contacts=await repo.contacts(session, tenant_id, [s.contactId for s in body.signers]),
        staff=await repo.staff(session, tenant_id, {i for i in staff_ids if i is not None}),
        jobs=await repo.jobs(session, tenant_id, {s.jobId for s in body.services if s.jobId}),
        service_lines=await repo.active_service_line_ids(
            session, tenant_id, {s.serviceLineId for s in body.services if s.serviceLineId}
        ),
    )


def _check(body: EngagementCreate, facts: _Facts) -> None:
    """Every reference is the tenant's, active (where it can be inactive) and fits the
    engagement's clients; the fields agree with each other."""
    _check_agreement(body, facts)
    if facts.template is None or not facts.template["active"]:
        facts.fault("templateId", f"no active Engagement template with id {body.templateId}")
    for index, client_id in enumerate(body.clientIds):
        client = facts.clients.get(client_id)
        if client is None or not client["active"]:
            facts.fault(f"clientIds[{index}]", f"no active Client with id {client_id}")
    for name in ("partnerStaffId", "managerStaffId"):
        staff_id = getattr(body, name)
        if staff_id is not None and not facts.active_staff(staff_id):
            facts.fault(name, f"no active Staff with id {staff_id}")
    _check_team(body, facts)
    _check_signers(body, facts)
    for index, line in enumerate(body.services):
        _check_service(f"services[{index}]", line, body, facts)
    prepayments = [line.prepaymentAmount or ZERO for line in body.services]
    too_large = _too_large([line.price for line in body.services], prepayments)
    if too_large is not None:
        facts.fault("services", too_large)


def _check_agreement(body: EngagementCreate, facts: _Facts) -> None:
    """The term ends after it starts, each client and signer is named once, and the primary
    client is one of the clients."""
    if body.endDate is not None and body.endDate < body.startDate:
        facts.fault("endDate", "is before startDate")
    for index in _repeats(body.clientIds):
        facts.fault(f"clientIds[{index}]", f"names Client {body.clientIds[index]} twice")
    if body.primaryClientId is not None and body.primaryClientId not in body.clientIds:
        facts.fault("primaryClientId", "is not one of clientIds")
    contact_ids = [signer.contactId for signer in body.signers]
    for index in _repeats(contact_ids):
        facts.fault(f"signers[{index}].contactId", f"names Contact {contact_ids[index]} twice")


def _repeats(ids: list[int]) -> list[int]:
    """The indexes of the ids that an earlier one repeats."""
    return [index for index, found in enumerate(ids) if found in ids[:index]]


def _check_team(body: EngagementCreate, facts: _Facts) -> None:
    """Each member is the tenant's active staff, listed once (the team has one row per member)."""
    listed: set[int] = set()
    for index, member in enumerate(body.team):
        path = f"team[{index}].staffId"
        if not facts.active_staff(member.staffId):
            facts.fault(path, f"no active Staff with id {member.staffId}")
        elif member.staffId in listed:
            facts.fault(path, f"names Staff {member.staffId} twice: list a team member once")
        listed.add(member.staffId)


def _check_signers(body: EngagementCreate, facts: _Facts) -> None:
    """Each signer is an active contact of one of the engagement's clients."""
    clients = set(body.clientIds)
    for index, signer in enumerate(body.signers):
        contact = facts.contacts.get(signer.contactId)
        if contact is None or not contact["active"] or not contact["client_ids"] & clients:
            message = f"no active Contact of the engagement's clients with id {signer.contactId}"
            facts.fault(f"signers[{index}].contactId", message)


def _check_service(path: str, line: Any, body: EngagementCreate, facts: _Facts) -> None:
    if line.jobId is not None:
        job = facts.jobs.get(line.jobId)
        if job is None or job["client_id"] not in body.clientIds:
            facts.fault(f"{path}.jobId", f"no Job of the engagement's clients with id {line.jobId}")
    if line.serviceLineId is not None and line.serviceLineId not in facts.service_lines:
        message = f"no active Service line with id {line.serviceLineId}"
        facts.fault(f"{path}.serviceLineId", message)
    prepayment = line.prepaymentAmount or ZERO
    if prepayment > 0 and line.jobId is None:
        facts.fault(f"{path}.jobId", "a prepayment needs a job to bill it against")
    if prepayment > line.price:
        facts.fault(f"{path}.prepaymentAmount", f"is more than the price {line.price}")


def _too_large(prices: list[Decimal], prepayments: list[Decimal]) -> str | None:
    """Why the totals an engagement keeps (`estimatedValue`, `prepaymentAmount`) cannot be
    stored, if they cannot: each is an amount, no larger than any one amount may be."""
    for what, amounts in (("prices", prices), ("prepayments", prepayments)):
        total = sum(amounts, ZERO)
        if total > inputs.MONEY_MAX:
            return f"the {what} add up to {total}, more than the largest amount {inputs.MONEY_MAX}"
    return None


def _roles(body: EngagementCreate, facts: _Facts) -> tuple[int | None, int | None]:
    """The partner and manager sent, else the primary client's."""
    client = facts.clients[body.primary]
    partner = body.partnerStaffId or client["partner_staff_id"]
    manager = body.managerStaffId or client["manager_staff_id"]
    return partner, manager


def _children(body: EngagementCreate) -> dict[str, list[dict[str, Any]]]:
    return {
        "clients": [{"client_id": c} for c in body.clientIds if c != body.primary],
        "services": [
            {
                "position": index,
                "job_id": line.jobId,
                "service_line_id": line.serviceLineId,
                "description": line.description,
                "price": line.price,
                "billing_schedule": line.billingSchedule,
                "prepayment_amount": line.prepaymentAmount or ZERO,
            }
            for index, line in enumerate(body.services)
        ],
        "signers": [
            {"contact_id": signer.contactId, "role": signer.role, "status": "PENDING"}
            for signer in body.signers
        ],
        "team": [
            {"staff_id": m.staffId, "role": m.role, "allocation": m.allocation} for m in body.team
        ],
    }


def _name(source: str, context: dict[str, Any]) -> str:
    rendered = letters.render_at("templateId", "the name template fails", source, context)
    name = " ".join(rendered.split())
    if not name or len(name) > MAX_NAME:
        message = f"the name template renders {len(name)} characters (1 to {MAX_NAME})"
        raise ValidationFailed.at("templateId", message)
    return name


async def create_many(
    session: AsyncSession, tenant_id: int, items: list[EngagementCreate | dict[str, Any]]
) -> list[dict[str, Any]]:
    """Each engagement checked and created alone, in its own savepoint: a malformed or bad one
    fails alone with its error."""

    async def create_one(raw: EngagementCreate | dict[str, Any]) -> dict[str, Any]:
        body = _item(EngagementCreate, raw)
        return await create(session, tenant_id, body)

    return await _each_alone(session, items, create_one)


_Item = TypeVar("_Item", bound=BaseModel)


def _item(model: type[_Item], raw: _Item | dict[str, Any]) -> _Item:
    """A batch item, or the errors of one kept as sent because it did not have its model's
    shape; their paths are the item's own, as the errors of the checks after this one are
    (`templateId`), since the answer shows them under its index."""
    if isinstance(raw, model):
        return raw
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        problems = inputs.item_problems(error, "")
        raise ValidationFailed("The item is not valid.", problems) from None


async def _each_alone(
    session: AsyncSession,
    items: Sequence[_Item | dict[str, Any]],
    apply: Callable[[_Item | dict[str, Any]], Awaitable[dict[str, Any]]],
) -> list[dict[str, Any]]:
    """One result per item, in order: SUCCESS with the engagement, or FAILED with the error
    (the item's writes rolled back to its savepoint; a row the database refuses is the item's
    409). Any other error ends the request, and the whole batch is rolled back with it."""
    # On SQLite the first savepoint would otherwise begin the transaction, and releasing it
    # would commit that item before the batch is done.
    await kit_repo.begin_immediately(session)
    results: list[dict[str, Any]] = []
    for index, raw in enumerate(items):
        try:
            async with session.begin_nested():
                item = await apply(raw)
        except ApiError as error:
            results.append({"index": index, "status": "FAILED", "error": error.body_error()})
        except IntegrityError:
            refused_row = Conflict("The engagement conflicts with existing data.")
            results.append({"index": index, "status": "FAILED", "error": refused_row.body_error()})
        else:
            results.append({"index": index, "status": "SUCCESS", "engagement": item})
    return results


async def current(session: AsyncSession, tenant_id: int, engagement_id: int) -> dict[str, Any]:
    return await service.get(session, ENGAGEMENTS, tenant_id, engagement_id)


async def locked(session: AsyncSession, tenant_id: int, engagement_id: int) -> dict[str, Any]:
    """The engagement, read once this transaction holds it: a status read before the lock may
    be changed by a racing request (a firm's cancel and a client's signature) before the write,
    and both would then apply."""
    await repo.lock(session, tenant_id, engagement_id)
    return await current(session, tenant_id, engagement_id)


async def act(
    session: AsyncSession,
    tenant_id: int,
    engagement_id: int,
    action: str,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Move the engagement by an action of ACTIONS (409 `INVALID_TRANSITION` from a status
    the action does not leave, as it stands once this transaction holds the engagement)."""
    item = await locked(session, tenant_id, engagement_id)
    target = _allowed(item, action)
    if action == "resume":  # back to where its dates put it
        settings_today = today_in((await repo.firm(session, tenant_id))["timezone"])
        target = "ACTIVE" if item["startDate"] <= settings_today.isoformat() else "EXECUTED"
    return await move(session, tenant_id, engagement_id, target, extra)


def _allowed(item: dict[str, Any], action: str) -> str:
    """The status `action` moves the engagement to; 409 `INVALID_TRANSITION` from a status
    the action does not leave."""
    allowed, target = ACTIONS[action]
    if item["status"] not in allowed:
        raise refused(
            "INVALID_TRANSITION", f"An engagement that is {item['status']} cannot {action}."
        )
    return target


async def move(
    session: AsyncSession,
    tenant_id: int,
    engagement_id: int,
    status: str,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Set the status (and `extra` fields), writing `engagement.<status>`."""
    values = {"status": status} | (extra or {})
    if status == "EXECUTED":
        values.setdefault("executedAt", utcnow())
    updated = await service.apply_update(
        session, ENGAGEMENTS, tenant_id, engagement_id, values, None, operation=status
    )
    return updated.item


async def execute(
    session: AsyncSession,
    storage: FileStorage,
    tenant_id: int,
    engagement_id: int,
    file_id: int | None,
) -> dict[str, Any]:
    """Manual execution, with the signed letter the firm uploaded (a file of the tenant).
    When the tenant's settings require it (`executionRequiresSignedPdf`), that file must be
    there and be a PDF: 400 at `fileId` otherwise. An engagement whose status does not allow
    execution is 409 `INVALID_TRANSITION` whatever file is sent."""
    _allowed(await locked(session, tenant_id, engagement_id), "execute")
    extra = await _signed_letter(session, storage, tenant_id, file_id)
    return await act(session, tenant_id, engagement_id, "execute", extra)


async def _signed_letter(
    session: AsyncSession, storage: FileStorage, tenant_id: int, file_id: int | None
) -> dict[str, Any]:
    """The fields a manual execution sets for its file, checked against the settings."""
    required = (await read_settings(session, tenant_id)).executionRequiresSignedPdf
    if file_id is None:
        if required:
            raise ValidationFailed.at("fileId", SIGNED_PDF_REQUIRED)
        return {}
    found = await files_repo.by_id(session, tenant_id, file_id)
    if found is None:
        raise ValidationFailed.at("fileId", f"no File with id {file_id}")
    if required and not await _is_pdf(storage, tenant_id, found):
        raise ValidationFailed.at("fileId", f"File {file_id} is not a PDF: {SIGNED_PDF_REQUIRED}")
    return {"executedFileId": file_id}


async def _is_pdf(storage: FileStorage, tenant_id: int, file: Any) -> bool:
    """Uploaded as application/pdf and its stored bytes begin as a PDF's do: a content type
    is only what the uploader claimed."""
    media_type = str(file.content_type).split(";", 1)[0].strip().lower()
    if media_type != PDF_TYPE or file.size < len(PDF_MAGIC):
        return False
    try:
        chunks = await storage.open_range(tenant_id, file.sha256, 0, len(PDF_MAGIC) - 1)
    except NotFound:  # the bytes are gone from storage: nothing shows it is a PDF
        return False
    head = b"".join([chunk async for chunk in chunks])
    return head == PDF_MAGIC


async def renew(
    session: AsyncSession, tenant_id: int, engagement_id: int, body: EngagementRenew
) -> dict[str, Any]:
    """A DRAFT copy for the new term, linked by `renewedFromId`: only of an executed (or
    later) engagement (409 `NOT_EXECUTED`), once (409 `ALREADY_RENEWED`, also for two racing
    renewals: the engagement is held while it is checked and copied). Its name renders again
    from the template for the new term, while the template is active."""
    item = await locked(session, tenant_id, engagement_id)
    await _check_renewable(session, tenant_id, item, body)
    kept = await repo.children(session, tenant_id, engagement_id)
    services = _renewed_services(kept["services"], body)
    prices, prepayments = [s["price"] for s in services], [s["prepayment_amount"] for s in services]
    too_large = _too_large(prices, prepayments)
    if too_large is not None:
        raise ValidationFailed.at("priceChanges", too_large)
    copy = {name: item[name] for name in _CARRIED}
    values = copy | {
        "startDate": body.startDate,
        "endDate": body.endDate,
        "estimatedValue": sum(prices, ZERO),
        "prepaymentAmount": sum(prepayments, ZERO),
        "renewedFromId": engagement_id,
        "source": "OPENWYN",
    }
    values |= await _renewed_name(session, tenant_id, values, kept | {"services": services})
    renewed = await service.create(session, ENGAGEMENTS, tenant_id, values)
    await repo.insert_children(session, tenant_id, renewed["id"], _renewed_children(kept, services))
    return renewed


async def _check_renewable(
    session: AsyncSession, tenant_id: int, item: dict[str, Any], body: EngagementRenew
) -> None:
    if item["status"] not in RENEWABLE:
        raise refused("NOT_EXECUTED", f"Engagement {item['id']} is {item['status']}.")
    if await repo.renewal_of(session, tenant_id, item["id"]) is not None:
        raise refused("ALREADY_RENEWED", f"Engagement {item['id']} is already renewed.")
    if body.endDate is not None and body.endDate < body.startDate:
        raise ValidationFailed.at("endDate", "is before startDate")


async def _renewed_name(
    session: AsyncSession, tenant_id: int, values: dict[str, Any], kept: dict[str, Any]
) -> dict[str, Any]:
    """The renewal's `name` (and the `engagementNameTemplate` it renders from), rendered from
    its template over the new term as a new engagement's is; none (the old name stays) when
    the template is gone or inactive."""
    template = None
    if values["templateId"] is not None:
        template = await repo.template(session, tenant_id, values["templateId"])
    if template is None or not template["active"]:
        return {}
    source = template["engagement_name_template"]
    parts = await stored_parts(session, tenant_id, values, kept)
    unnamed = values | {"name": None}  # as a new engagement's, its name is not yet known
    return {"name": _name(source, context_of(parts, unnamed)), "engagementNameTemplate": source}


async def stored_parts(
    session: AsyncSession, tenant_id: int, item: dict[str, Any], kept: dict[str, Any]
) -> Parts:
    """What the letter and name of a stored engagement (`item` in API names, `kept` its
    `repository.children`) speak of."""
    contacts = await repo.contacts(session, tenant_id, [s["contact_id"] for s in kept["signers"]])
    staff_ids = {item["partnerStaffId"], item["managerStaffId"]} - {None}
    staff = await repo.staff(session, tenant_id, staff_ids)
    job_ids = {line["job_id"] for line in kept["services"]} - {None}
    return Parts(
        client=(await repo.clients(session, tenant_id, [item["clientId"]]))[item["clientId"]],
        signers=[(contacts[s["contact_id"]], s["role"]) for s in kept["signers"]],
        services=kept["services"],
        jobs=await repo.jobs(session, tenant_id, job_ids),
        partner=staff.get(item["partnerStaffId"] or 0),
        manager=staff.get(item["managerStaffId"] or 0),
        firm=await repo.firm(session, tenant_id),
    )


def _renewed_children(
    kept: dict[str, Any], services: list[dict[str, Any]]
) -> dict[str, list[dict[str, Any]]]:
    """The renewal's clients, signers (to sign again) and team as the engagement's; its
    services with their new prices."""
    return {
        "clients": [{"client_id": client_id} for client_id in kept["client_ids"]],
        "services": services,
        "signers": [
            {"contact_id": s["contact_id"], "role": s["role"], "status": "PENDING"}
            for s in kept["signers"]
        ],
        "team": [
            {"staff_id": m["staff_id"], "role": m["role"], "allocation": m["allocation"]}
            for m in kept["team"]
        ],
    }


def _renewed_services(
    services: list[dict[str, Any]], body: EngagementRenew
) -> list[dict[str, Any]]:
    prices = {change.description: change.price for change in body.priceChanges}
    described = {s["description"] for s in services}
    for index, change in enumerate(body.priceChanges):
        if change.description not in described:
            path = f"priceChanges[{index}].description"
            raise ValidationFailed.at(path, "names no service of the engagement")
    kept = ("position", "job_id", "service_line_id", "description", "billing_schedule")
    renewed = []
    for line in services:
        price = prices.get(line["description"], line["price"])
        prepayment = min(line["prepayment_amount"], price)
        renewed.append(
            {k: line[k] for k in kept} | {"price": price, "prepayment_amount": prepayment}
        )
    return renewed


async def renew_many(
    session: AsyncSession, tenant_id: int, items: list[RenewItem | dict[str, Any]]
) -> list[dict[str, Any]]:
    """Each renewal checked and made alone (`NOT_EXECUTED`, `ALREADY_RENEWED`, 404)."""

    async def renew_one(raw: RenewItem | dict[str, Any]) -> dict[str, Any]:
        body = _item(RenewItem, raw)
        return await renew(session, tenant_id, body.engagementId, body)

    return await _each_alone(session, items, renew_one)
