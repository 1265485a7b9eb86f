"""The Records API type `invoice` (money-work.md §0 sync path, §10): a PMS pushes its invoices,
upserted by `systemRef` (the invoice's `pmsRef`), `source: PMS`, with the status it sends.

The ledger follows exactly as for native writes: a record that arrives (or turns) POSTED is
posted through `invoice_service.post` (its INVOICE ledger row, its WIP billed), one that turns
CANCELLED is voided through `invoice_service.void` (a REVERSAL row). A POSTED invoice's amounts
never change in place: a record that changes the lines, client, project or issue date of a
posted invoice is refused with 409 `INVOICE_POSTED` (the PMS voids it, CANCELLED, and sends a
new invoice); notes, reference, due date and the PMS number may still change.

`draftInvoiceSystemRef` names the draft bill (by its systemRef) the invoice finalizes: when the
invoice is POSTED the draft is reconciled (`drafts.service.reconcile`, FINALIZED + RECONCILED
history); a systemRef the tenant has no draft for is a 400 on that record.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.billing import invoice_service
from openwyn.billing import repository as repo
from openwyn.billing.drafts import service as drafts
from openwyn.billing.invoice_inputs import Description, LineItemIn, Quantity, Reference, TaxRate
from openwyn.billing.invoice_read import read_invoice, utcnow
from openwyn.billing.invoices import INVOICES
from openwyn.errors import ErrorDetail, NotFound, ValidationFailed, refused
from openwyn.kit import inputs
from openwyn.kit.resource import REGISTRY
from openwyn.records import kinds
from openwyn.records.kinds import StandardKind, Written
from openwyn.web import outbox, service
from openwyn.work.inputs import Balance, Notes

RECORD_STATUSES = ("DRAFT", "POSTED", "CANCELLED")
_STRICT = ConfigDict(extra="forbid", frozen=True)
PmsText = Reference


class RecordLineIn(BaseModel):
    """A line of an invoice record: as a manual line, its job an id or `{"systemRef": ...}`."""

    model_config = _STRICT

    description: Description
    quantity: Quantity
    unitPrice: Balance  # noqa: N815 - the contract's names
    taxRate: TaxRate | None = None  # noqa: N815
    notes: Notes | None = None
    jobId: inputs.Reference | None = None  # noqa: N815


RecordLines = Annotated[list[RecordLineIn], Field(min_length=1, max_length=500)]
assert set(RecordLineIn.model_fields) == set(LineItemIn.model_fields)


class InvoiceRecordUpdate(BaseModel):
    """An invoice record's attributes, each optional (an update sends what changed); the
    client, project and line jobs are ids or `{"systemRef": ...}`."""

    model_config = _STRICT

    clientId: inputs.Reference | None = None  # noqa: N815 - the contract's names
    projectId: inputs.Reference | None = None  # noqa: N815
    status: Literal[RECORD_STATUSES] | None = None  # type: ignore[valid-type]
    invoiceNumber: PmsText | None = None  # noqa: N815
    issueDate: inputs.IsoDate | None = None  # noqa: N815
    dueDate: inputs.IsoDate | None = None  # noqa: N815
    lineItems: RecordLines | None = None  # noqa: N815
    notes: Notes | None = None
    reference: Reference | None = None
    draftInvoiceSystemRef: PmsText | None = None  # noqa: N815


class InvoiceRecordCreate(InvoiceRecordUpdate):
    """A new invoice record: its client and lines are required; status defaults to DRAFT."""

    clientId: inputs.Reference  # noqa: N815
    lineItems: RecordLines  # noqa: N815


async def _parsed(
    session: AsyncSession, tenant_id: int, model: type[BaseModel], attributes: dict[str, Any]
) -> dict[str, Any]:
    """The attributes validated, references by systemRef resolved to ids (400 naming each
    unknown one)."""
    if "pmsRef" in attributes:
        raise ValidationFailed.at("attributes.pmsRef", "is the record's systemRef; send that")
    try:
        parsed = model.model_validate(attributes)
    except ValidationError as error:
        raise kinds.validation_error(error) from None
    values: dict[str, Any] = parsed.model_dump(exclude_unset=True)
    details: list[ErrorDetail] = []

    async def resolved(value: Any, target: str, path: str) -> Any:
        if not isinstance(value, dict):
            return value
        resource = REGISTRY[target]
        found = await service.find_id(session, resource, tenant_id, {"pmsRef": value["pmsRef"]})
        if found is None:
            message = f"no {resource.title} with systemRef {value['pmsRef']!r}"
            details.append({"path": f"attributes.{path}", "message": message})
        return found

    for name, target in (("clientId", "client"), ("projectId", "job")):
        if name in values:
            values[name] = await resolved(values[name], target, name)
    for index, line in enumerate(values.get("lineItems") or []):
        line["jobId"] = await resolved(line.get("jobId"), "job", f"lineItems[{index}].jobId")
    if details:
        raise ValidationFailed("A referenced object does not exist.", details)
    return values


def _under_attributes(error: ValidationFailed) -> ValidationFailed:
    """The service's paths (`clientId`, `lineItems[0].jobId`) as a record's (`attributes.…`)."""
    details: list[ErrorDetail] = [
        {**detail, "path": f"attributes.{detail['path']}" if detail.get("path") else "attributes"}
        for detail in error.details
    ]
    return ValidationFailed(error.message, details)


def _lines(values: dict[str, Any]) -> list[invoice_service.LineIn]:
    return [invoice_service.line_from_input(item) for item in values.get("lineItems") or []]


def _same_lines(stored: list[dict[str, Any]], sent: list[invoice_service.LineIn]) -> bool:
    def key(line: invoice_service.LineIn) -> tuple[Any, ...]:
        return (
            line.description,
            line.quantity,
            line.unit_price,
            line.amount,
            line.tax_rate,
            line.tax_amount,
            line.notes,
            line.job_id,
        )

    had = [
        key(
            invoice_service.LineIn(
                description=line["description"],
                quantity=line["quantity"],
                unit_price=line["unit_price"],
                amount=line["amount"],
                tax_rate=line["tax_rate"],
                tax_amount=line["tax_amount"],
                job_id=line["job_id"],
                notes=line["notes"],
            )
        )
        for line in stored
    ]
    return had == [key(line) for line in sent]


async def _draft_of(session: AsyncSession, tenant_id: int, system_ref: str | None) -> int | None:
    """The id of the draft bill named by systemRef; 400 on the record if there is none."""
    if system_ref is None:
        return None
    draft = await drafts.find_by_pms_ref(session, tenant_id, system_ref)
    if draft is None:
        raise ValidationFailed.at(
            "attributes.draftInvoiceSystemRef", f"no draft invoice with systemRef {system_ref!r}"
        )
    return int(draft["id"])


class InvoiceKind:
    """The `invoice` record type, written through the invoice service and the ledger."""

    name = INVOICES.key
    resource = INVOICES
    create_model = InvoiceRecordCreate

    def _record(self, item: dict[str, Any]) -> dict[str, Any]:
        return StandardKind(INVOICES).record(item)

    async def find_id(self, session: AsyncSession, tenant_id: int, system_ref: str) -> int | None:
        return await repo.invoice_id_by_pms_ref(session, tenant_id, system_ref)

    async def system_ref_of(
        self, session: AsyncSession, tenant_id: int, record_id: int
    ) -> str | None:
        row = await repo.invoice_row(session, tenant_id, record_id)
        if row is None:
            raise NotFound(f"No Invoice with id {record_id}.")
        pms_ref: str | None = row["pms_ref"]
        return pms_ref

    async def read(self, session: AsyncSession, tenant_id: int, system_ref: str) -> dict[str, Any]:
        found = await self.find_id(session, tenant_id, system_ref)
        if found is None:
            raise NotFound(f"No invoice record with systemRef {system_ref!r}.")
        return self._record(await read_invoice(session, tenant_id, found))

    async def remove(
        self, session: AsyncSession, tenant_id: int, system_ref: str
    ) -> dict[str, Any] | None:
        """An invoice is never deleted: the record's DELETE voids it as the native void does
        (a REVERSAL of a posted one's ledger row; 409 `INVOICE_HAS_ALLOCATIONS`); one that is
        already cancelled stays as it is."""
        found = await self.find_id(session, tenant_id, system_ref)
        if found is None:
            raise NotFound(f"No invoice record with systemRef {system_ref!r}.")
        row = await repo.invoice_row(session, tenant_id, found, lock=True)
        if row is not None and row["status"] != "CANCELLED":
            await invoice_service.void(session, tenant_id, found)
        return self._record(await read_invoice(session, tenant_id, found))

    async def create(
        self, session: AsyncSession, tenant_id: int, system_ref: str, attributes: dict[str, Any]
    ) -> Written:
        values = await _parsed(session, tenant_id, InvoiceRecordCreate, attributes)
        draft_id = await _draft_of(session, tenant_id, values.get("draftInvoiceSystemRef"))
        try:
            item = await invoice_service.create_draft(
                session,
                tenant_id,
                client_id=values["clientId"],
                project_id=values.get("projectId"),
                issue_date=values.get("issueDate"),
                due_date=values.get("dueDate"),
                lines=_lines(values),
                notes=values.get("notes"),
                reference=values.get("reference"),
                draft_invoice_id=draft_id,
                source="PMS",
                pms_ref=system_ref,
                draft_invoice_system_ref=values.get("draftInvoiceSystemRef"),
            )
        except ValidationFailed as error:
            raise _under_attributes(error) from None
        item = await self._to_status(session, tenant_id, item, values, draft_id)
        return Written(self._record(item), changed=True)

    async def update(
        self, session: AsyncSession, tenant_id: int, record_id: int, attributes: dict[str, Any]
    ) -> Written:
        values = await _parsed(session, tenant_id, InvoiceRecordUpdate, attributes)
        row = await repo.invoice_row(session, tenant_id, record_id, lock=True)
        if row is None:
            raise NotFound(f"No Invoice with id {record_id}.")
        before_version = row["version"]
        sent_ref = values.get("draftInvoiceSystemRef", row["draft_invoice_system_ref"])
        draft_id = await _draft_of(session, tenant_id, sent_ref)
        try:
            if row["status"] == "DRAFT":
                await self._change_draft(session, tenant_id, row, values)
            else:
                await self._check_settled_fields(session, tenant_id, row, values)
            await self._set_pms_fields(session, tenant_id, row, values, draft_id)
        except ValidationFailed as error:
            raise _under_attributes(error) from None
        item = await read_invoice(session, tenant_id, record_id)
        item = await self._to_status(session, tenant_id, item, values, draft_id)
        return Written(self._record(item), changed=item["version"] != before_version)

    async def _change_draft(
        self, session: AsyncSession, tenant_id: int, row: dict[str, Any], values: dict[str, Any]
    ) -> None:
        if "clientId" in values and values["clientId"] != row["client_id"]:
            # A draft keeps its client (as the REST PATCH does); the PMS sends a new invoice.
            raise refused("INVOICE_CLIENT_FIXED", "An invoice's client cannot change.")
        names = ("projectId", "issueDate", "dueDate", "notes", "reference")
        changes = {name: values[name] for name in names if name in values}
        current = {
            "projectId": row["project_id"],
            "issueDate": row["issue_date"],
            "dueDate": row["due_date"],
            "notes": row["notes"],
            "reference": row["reference"],
        }
        changes = {name: value for name, value in changes.items() if current[name] != value}
        if "lineItems" in values:
            stored = await repo.lines_of(session, tenant_id, row["id"])
            if not _same_lines(stored, _lines(values)):
                changes["lineItems"] = values["lineItems"]
        if changes:
            await invoice_service.update_draft(session, tenant_id, row["id"], changes)

    async def _check_settled_fields(
        self, session: AsyncSession, tenant_id: int, row: dict[str, Any], values: dict[str, Any]
    ) -> None:
        """A posted or cancelled invoice: what its ledger row depends on cannot change."""
        fixed = {
            "clientId": row["client_id"],
            "projectId": row["project_id"],
            "issueDate": row["issue_date"],
        }
        changed = [
            name for name, value in fixed.items() if name in values and values[name] != value
        ]
        if "lineItems" in values:
            stored = await repo.lines_of(session, tenant_id, row["id"])
            if not _same_lines(stored, _lines(values)):
                changed.append("lineItems")
        if changed:
            status = row["status"]
            reason = "INVOICE_CANCELLED" if status == "CANCELLED" else "INVOICE_POSTED"
            raise refused(
                reason,
                f"Invoice {row['id']} is {status}: {', '.join(changed)} cannot change; "
                "void it (status CANCELLED) and send a new invoice.",
            )
        names = {"dueDate": "due_date", "notes": "notes", "reference": "reference"}
        changes = {
            column: values[name]
            for name, column in names.items()
            if name in values and values[name] != row[column]
        }
        if changes and row["status"] == "CANCELLED":
            raise refused("INVOICE_CANCELLED", f"Invoice {row['id']} is cancelled.")
        due = changes.get("due_date", row["due_date"])
        if isinstance(due, date) and row["issue_date"] is not None and due < row["issue_date"]:
            raise ValidationFailed.at("dueDate", "is before the issue date")
        await self._write(session, tenant_id, row["id"], changes)

    async def _set_pms_fields(
        self,
        session: AsyncSession,
        tenant_id: int,
        row: dict[str, Any],
        values: dict[str, Any],
        draft_id: int | None,
    ) -> None:
        changes: dict[str, Any] = {}
        if "draftInvoiceSystemRef" in values:
            changes["draft_invoice_system_ref"] = values["draftInvoiceSystemRef"]
            changes["draft_invoice_id"] = draft_id
        if "invoiceNumber" in values and row["status"] != "DRAFT":
            changes["invoice_number"] = values["invoiceNumber"]
        changes = {name: value for name, value in changes.items() if row[name] != value}
        if changes and row["status"] == "CANCELLED":
            raise refused("INVOICE_CANCELLED", f"Invoice {row['id']} is cancelled.")
        await self._write(session, tenant_id, row["id"], changes)

    async def _write(
        self, session: AsyncSession, tenant_id: int, invoice_id: int, changes: dict[str, Any]
    ) -> None:
        if not changes:
            return
        before = await read_invoice(session, tenant_id, invoice_id)
        await repo.update_invoice(
            session, tenant_id, invoice_id, changes | {"updated_at": utcnow()}
        )
        after = await read_invoice(session, tenant_id, invoice_id)
        previous = {name: before[name] for name in after if before[name] != after[name]}
        await outbox.record(session, tenant_id, INVOICES.key, outbox.UPDATE, after, previous)

    async def _to_status(
        self,
        session: AsyncSession,
        tenant_id: int,
        item: dict[str, Any],
        values: dict[str, Any],
        draft_id: int | None,
    ) -> dict[str, Any]:
        """Move the invoice to the status sent, through the same service as native writes,
        and reconcile its draft bill once it is posted."""
        wanted = values.get("status")
        current = "POSTED" if item["status"] in ("OVERDUE", "PAID") else item["status"]
        if wanted == "POSTED" and current == "DRAFT":
            item = await invoice_service.post(
                session, tenant_id, item["id"], invoice_number=values.get("invoiceNumber")
            )
            if draft_id is not None:
                await drafts.reconcile(session, tenant_id, draft_id, item)
        elif wanted == "CANCELLED" and current != "CANCELLED":
            item = await invoice_service.void(session, tenant_id, item["id"])
        elif wanted == "DRAFT" and current != "DRAFT":
            raise refused("INVALID_TRANSITION", f"Invoice {item['id']} is {current}, not DRAFT.")
        elif wanted == "POSTED" and current == "CANCELLED":
            raise refused("INVOICE_CANCELLED", f"Invoice {item['id']} is cancelled.")
        elif (
            current == "POSTED"
            and draft_id is not None
            and "draftInvoiceSystemRef" in values
            and values.get("draftInvoiceSystemRef") is not None
        ):
            draft = await drafts.find_by_pms_ref(
                session, tenant_id, values["draftInvoiceSystemRef"]
            )
            if draft is not None and draft.get("invoiceId") != item["id"]:
                await drafts.reconcile(session, tenant_id, draft_id, item)
        return await read_invoice(session, tenant_id, item["id"])


kinds.WRITERS[INVOICES.key] = InvoiceKind()
