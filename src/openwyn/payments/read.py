"""The API read shape of a payment (money-work.md §5): the stored row, its client's name, and
its live allocations (`invoiceId` and `invoiceNumber` are the first one's, as Aiwyn's example
shows a payment of one invoice)."""

from __future__ import annotations

from typing import Any

from openwyn.db import Reads
from openwyn.errors import NotFound
from openwyn.kit.json import iso_date, iso_timestamp
from openwyn.payments import repository as repo


def _maybe_date(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return iso_date(value)


def _maybe_timestamp(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return iso_timestamp(value)


def serialize(
    row: dict[str, Any], client_name: str | None, allocations: list[dict[str, Any]]
) -> dict[str, Any]:
    first = allocations[0] if allocations else {"invoiceId": None, "invoiceNumber": None}
    return {
        "id": row["id"],
        "pmsRef": row["pms_ref"],
        "amount": row["amount"],
        "currency": row["currency"],
        "paymentMethod": row["payment_method"],
        "status": row["status"],
        "paymentDate": _maybe_date(row["payment_date"]),
        "confirmationDate": _maybe_date(row["confirmation_date"]),
        "cardLastFour": row["card_last_four"],
        "cardType": row["card_type"],
        "processor": row["processor"],
        "processorReference": row["processor_reference"],
        "clientId": row["client_id"],
        "clientName": client_name,
        "invoiceId": first["invoiceId"],
        "invoiceNumber": first["invoiceNumber"],
        "allocations": allocations,
        "arTranId": row["ar_tran_id"],
        "feeAmount": row["fee_amount"],
        "surchargeAmount": row["surcharge_amount"],
        "netAmount": row["net_amount"],
        "reference": row["reference"],
        "failureCode": row["failure_code"],
        "refundReason": row["refund_reason"],
        "refundedAt": _maybe_timestamp(row["refunded_at"]),
        "source": row["source"],
        "createdAt": _maybe_timestamp(row["created_at"]),
        "updatedAt": _maybe_timestamp(row["updated_at"]),
        "version": row["version"],
    }


async def read_payment(session: Reads, tenant_id: int, payment_id: int) -> dict[str, Any]:
    """The payment as the API reads it; 404 for a missing or another tenant's id."""
    row = await repo.payment_row(session, tenant_id, payment_id)
    if row is None:
        raise NotFound(f"No Payment with id {payment_id}.")
    allocations = await repo.allocations_of(session, tenant_id, [payment_id])
    return serialize(row, row["client_name"], allocations[payment_id])


async def decorate(
    session: Reads, tenant_id: int, items: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Listed payments (API names, from the generic machinery) with their client's name and
    allocations: two statements for the whole page."""
    ids = [item["id"] for item in items]
    allocations = await repo.allocations_of(session, tenant_id, ids)
    names = await repo.client_names(session, tenant_id, [item["clientId"] for item in items])
    decorated = []
    for item in items:
        found = allocations[item["id"]]
        first = found[0] if found else {"invoiceId": None, "invoiceNumber": None}
        decorated.append(
            item
            | {
                "clientName": names.get(item["clientId"]),
                "invoiceId": first["invoiceId"],
                "invoiceNumber": first["invoiceNumber"],
                "allocations": found,
            }
        )
    return decorated
