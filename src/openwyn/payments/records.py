"""The Records API type `payment` (money-work.md §5, §10): a PMS pushes the payments it
recorded, upserted by `systemRef` (the payment's `pmsRef`), `source: PMS`, with `allocations`
naming invoices by id or `{"systemRef": ...}`.

A PMS payment is an offline record (no processor): `CHECK`, `WIRE` or `BANK_TRANSFER`, written
through `payments.service.create` exactly as a native offline payment, so it is `CONFIRMED` at
once with its PAYMENT ledger row and allocations (oldest invoices first without
`allocations`, the excess unapplied credit). The client's existing credit is not applied
first: the record says what the payer paid and where it went, and applying credit would make
the stored allocations differ from the ones sent.

A confirmed payment's amounts never change in place: a record that changes the client,
amount, method, date or allocations is refused with 409 `PAYMENT_CONFIRMED` (the PMS deletes
it, which refunds it, and sends a new payment); the payer's `reference` may still change. The
record's DELETE refunds the payment as the native refund does (a REFUND ledger row, its
invoices reopen, 90 days at most after confirmation); a refunded one stays as it is.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.billing import repository as billing_repo
from openwyn.errors import ErrorDetail, NotFound, ValidationFailed, refused
from openwyn.kit import inputs
from openwyn.kit.resource import REGISTRY
from openwyn.payments import repository as repo
from openwyn.payments import service
from openwyn.payments.inputs import Reference
from openwyn.payments.read import read_payment
from openwyn.payments.resource import OFFLINE_METHODS, PAYMENTS
from openwyn.records import kinds
from openwyn.records.kinds import StandardKind, Written
from openwyn.web import service as web_service
from openwyn.work.inputs import Amount

_STRICT = ConfigDict(extra="forbid", frozen=True)
REFUND_REASON = "Deleted by the PMS"


class RecordAllocationIn(BaseModel):
    """What the payment settles of one invoice, the invoice an id or `{"systemRef": ...}`."""

    model_config = _STRICT

    invoiceId: inputs.Reference  # noqa: N815 - the contract's names
    amount: Amount


RecordAllocations = Annotated[list[RecordAllocationIn], Field(max_length=500)]


class PaymentRecordUpdate(BaseModel):
    """A payment record's attributes, each optional (an update sends what changed)."""

    model_config = _STRICT

    clientId: inputs.Reference | None = None  # noqa: N815 - the contract's names
    amount: Amount | None = None
    paymentMethod: Literal[OFFLINE_METHODS] | None = None  # type: ignore[valid-type]  # noqa: N815
    paymentDate: inputs.IsoDate | None = None  # noqa: N815
    status: Literal["CONFIRMED"] | None = None
    reference: Reference | None = None
    allocations: RecordAllocations | None = None


class PaymentRecordCreate(PaymentRecordUpdate):
    """A new payment record: its client, amount and method are required."""

    clientId: inputs.Reference  # noqa: N815
    amount: Amount
    paymentMethod: Literal[OFFLINE_METHODS]  # type: ignore[valid-type]  # noqa: N815


async def _parsed(
    session: AsyncSession, tenant_id: int, model: type[BaseModel], attributes: dict[str, Any]
) -> dict[str, Any]:
    """The attributes validated, the client and invoices named by systemRef resolved to ids
    (400 naming each unknown one)."""
    if "pmsRef" in attributes:
        raise ValidationFailed.at("attributes.pmsRef", "is the record's systemRef; send that")
    try:
        parsed = model.model_validate(attributes)
    except ValidationError as error:
        raise kinds.validation_error(error) from None
    values: dict[str, Any] = parsed.model_dump(exclude_unset=True)
    details: list[ErrorDetail] = []

    def unknown(path: str, what: str, ref: str) -> None:
        message = f"no {what} with systemRef {ref!r}"
        details.append({"path": f"attributes.{path}", "message": message})

    client = values.get("clientId")
    if isinstance(client, dict):
        resource = REGISTRY["client"]
        found = await web_service.find_id(
            session, resource, tenant_id, {"pmsRef": client["pmsRef"]}
        )
        if found is None:
            unknown("clientId", resource.title, client["pmsRef"])
        values["clientId"] = found
    for index, line in enumerate(values.get("allocations") or []):
        invoice = line["invoiceId"]
        if isinstance(invoice, dict):
            line["invoiceId"] = await billing_repo.invoice_id_by_pms_ref(
                session, tenant_id, invoice["pmsRef"]
            )
            if line["invoiceId"] is None:
                unknown(f"allocations[{index}].invoiceId", "Invoice", invoice["pmsRef"])
    if details:
        raise ValidationFailed("A referenced object does not exist.", details)
    return values


def _under_attributes(error: ValidationFailed) -> ValidationFailed:
    """The service's paths (`allocations[0].amount`) as a record's (`attributes.…`)."""
    details: list[ErrorDetail] = [
        {**detail, "path": f"attributes.{detail['path']}" if detail.get("path") else "attributes"}
        for detail in error.details
    ]
    return ValidationFailed(error.message, details)


def _allocations(values: dict[str, Any]) -> list[tuple[int, Decimal]] | None:
    if "allocations" not in values:
        return None
    return [(line["invoiceId"], line["amount"]) for line in values["allocations"]]


class PaymentKind:
    """The `payment` record type, written through the payment service and the ledger."""

    name = PAYMENTS.key
    resource = PAYMENTS
    create_model = PaymentRecordCreate

    def _record(self, item: dict[str, Any]) -> dict[str, Any]:
        return StandardKind(PAYMENTS).record(item)

    async def find_id(self, session: AsyncSession, tenant_id: int, system_ref: str) -> int | None:
        return await repo.payment_id_by_pms_ref(session, tenant_id, system_ref)

    async def system_ref_of(
        self, session: AsyncSession, tenant_id: int, record_id: int
    ) -> str | None:
        row = await repo.payment_row(session, tenant_id, record_id)
        if row is None:
            raise NotFound(f"No Payment with id {record_id}.")
        pms_ref: str | None = row["pms_ref"]
        return pms_ref

    async def _found(self, session: AsyncSession, tenant_id: int, system_ref: str) -> int:
        found = await self.find_id(session, tenant_id, system_ref)
        if found is None:
            raise NotFound(f"No payment record with systemRef {system_ref!r}.")
        return found

    async def read(self, session: AsyncSession, tenant_id: int, system_ref: str) -> dict[str, Any]:
        found = await self._found(session, tenant_id, system_ref)
        return self._record(await read_payment(session, tenant_id, found))

    async def remove(
        self, session: AsyncSession, tenant_id: int, system_ref: str
    ) -> dict[str, Any] | None:
        """A payment is never deleted: the record's DELETE refunds it as the native refund
        does; one already refunded stays as it is."""
        found = await self._found(session, tenant_id, system_ref)
        row = await repo.payment_row(session, tenant_id, found, lock=True)
        if row is not None and row["status"] == "CONFIRMED":
            await service.refund(session, tenant_id, found, REFUND_REASON, None)
        return self._record(await read_payment(session, tenant_id, found))

    async def create(
        self, session: AsyncSession, tenant_id: int, system_ref: str, attributes: dict[str, Any]
    ) -> Written:
        values = await _parsed(session, tenant_id, PaymentRecordCreate, attributes)
        request = service.PaymentRequest(
            client_id=values["clientId"],
            amount=values["amount"],
            method=values["paymentMethod"],
            payment_date=values.get("paymentDate"),
            allocations=_allocations(values),
            reference=values.get("reference"),
            apply_credit=False,
            source="PMS",
            pms_ref=system_ref,
        )
        try:
            item = await service.create(session, tenant_id, request, None)
        except ValidationFailed as error:
            raise _under_attributes(error) from None
        return Written(self._record(item), changed=True)

    async def update(
        self, session: AsyncSession, tenant_id: int, record_id: int, attributes: dict[str, Any]
    ) -> Written:
        values = await _parsed(session, tenant_id, PaymentRecordUpdate, attributes)
        row = await repo.payment_row(session, tenant_id, record_id, lock=True)
        if row is None:
            raise NotFound(f"No Payment with id {record_id}.")
        item = await read_payment(session, tenant_id, record_id)
        changed = _changed_amounts(item, values)
        if changed:
            raise refused(
                "PAYMENT_CONFIRMED",
                f"Payment {record_id} is {row['status']}: {', '.join(changed)} cannot change; "
                "delete it (a refund) and send a new payment.",
            )
        if "status" in values and row["status"] != "CONFIRMED":
            raise refused("INVALID_TRANSITION", f"Payment {record_id} is {row['status']}.")
        if "reference" not in values or values["reference"] == row["reference"]:
            return Written(self._record(item), changed=False)
        if row["status"] != "CONFIRMED":
            raise refused("INVALID_TRANSITION", f"Payment {record_id} is {row['status']}.")
        item = await service.change_reference(session, tenant_id, record_id, values["reference"])
        return Written(self._record(item), changed=True)


def _changed_amounts(item: dict[str, Any], values: dict[str, Any]) -> list[str]:
    """The names of what the ledger depends on that the record changes."""
    stored: dict[str, Any] = {
        "clientId": item["clientId"],
        "amount": item["amount"],
        "paymentMethod": item["paymentMethod"],
        "paymentDate": item["paymentDate"],
    }
    sent = dict(values)
    if "paymentDate" in sent:
        sent["paymentDate"] = sent["paymentDate"].isoformat()
    changed = [name for name, value in stored.items() if name in sent and sent[name] != value]
    if "allocations" in values:
        had = [(line["invoiceId"], Decimal(line["amount"])) for line in item["allocations"]]
        if had != _allocations(values):
            changed.append("allocations")
    return changed


kinds.WRITERS[PAYMENTS.key] = PaymentKind()
