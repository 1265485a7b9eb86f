"""`openwyn verify-ledger`: every invoice's paid, written-off and outstanding amounts and every
client's balance and unapplied credit, recomputed from the ledger and compared with the
denormalised columns (money-work.md §1). Also checks the invariant that ties them: a client's
balance = its open invoices' outstanding amounts - its unapplied credit."""

from __future__ import annotations

from decimal import Decimal

from openwyn.billing import repository as repo
from openwyn.db import Reads
from openwyn.kit.money import ZERO

_EMPTY = {"owed": ZERO, "paid": ZERO, "written_off": ZERO}


async def differences(session: Reads, tenant_id: int) -> list[str]:
    """One line per difference between the stored sums and the ledger's; empty when clean."""
    found: list[str] = []
    sums = await repo.invoice_sums(session, tenant_id)
    outstanding_by_client: dict[int, Decimal] = {}
    for invoice in await repo.stored_invoices(session, tenant_id):
        expected = sums.get(invoice["id"], _EMPTY)
        owed = expected["owed"] - expected["paid"] - expected["written_off"]
        pairs = {
            "paidAmount": (invoice["paid_amount"], expected["paid"]),
            "writtenOffAmount": (invoice["written_off_amount"], expected["written_off"]),
            "outstandingAmount": (invoice["outstanding_amount"], owed),
        }
        for name, (stored, computed) in pairs.items():
            if stored != computed:
                found.append(
                    f"invoice {invoice['id']} ({invoice['invoice_number']}): {name} is "
                    f"{stored}, the ledger says {computed}"
                )
        client = invoice["client_id"]
        outstanding_by_client[client] = outstanding_by_client.get(client, ZERO) + owed
    computed_balances = await repo.client_sums(session, tenant_id)
    stored_balances = await repo.stored_balances(session, tenant_id)
    zeros: dict[str, Decimal] = {"balance": ZERO, "unapplied_credit": ZERO}
    for client_id in sorted(set(computed_balances) | set(stored_balances)):
        from_ledger = computed_balances.get(client_id, zeros)
        kept = stored_balances.get(client_id, zeros)
        for name in ("balance", "unapplied_credit"):
            if kept[name] != from_ledger[name]:
                found.append(
                    f"client {client_id}: {name} is {kept[name]}, the ledger says "
                    f"{from_ledger[name]}"
                )
        open_total = outstanding_by_client.get(client_id, ZERO)
        should_be = open_total - from_ledger["unapplied_credit"]
        if from_ledger["balance"] != should_be:
            found.append(
                f"client {client_id}: the ledger sums to {from_ledger['balance']}, but open "
                f"invoices ({open_total}) less unapplied credit "
                f"({from_ledger['unapplied_credit']}) make {should_be}"
            )
    return found
