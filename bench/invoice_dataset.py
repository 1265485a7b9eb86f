"""The invoice tenants of the bench database: posted, paid and voided invoices for the search.

`bench-invoices-100k` and `bench-invoices-1m`: `INVOICE_CLIENTS` clients (COPYed as
`dataset.py` does) and that many invoices, seeded by one `INSERT ... SELECT` over
`generate_series`, once: a tenant that already holds its invoices is left as it is.

The invoices run over four years (issue dates 2023-01-01 to 2026-11-30, due 30 days later), and
their stored status and denormalised balances agree as the ledger leaves them: in every 20,
13 PAID (paid = total, nothing outstanding), 5 POSTED unpaid, 1 POSTED paid in part (half the
total, to the cent) and 1 CANCELLED (voided before any payment: its INVOICE row reversed, so
nothing paid and nothing outstanding). Totals are a subtotal plus 8 % tax, to the cent. No
lines, no projects: the search reads neither.

The first client (`PLANTED_CLIENT_KEY`) holds exactly `PLANTED` invoices, spread evenly
through the rows, with the same dates, amounts and statuses at either size (they follow the
planted invoice's own index, not its row), so a search for its open invoices finds the very
same answer in both tenants (`PLANTED_OPEN` of them: POSTED or OVERDUE): the two sizes compare
the cost of finding rows, not the size of the answer. The other clients share the rest.
"""

from __future__ import annotations

from datetime import UTC, datetime

import asyncpg
from dataset import COLUMNS, client_row, progress

INVOICE_TENANTS = {"bench-invoices-100k": 100_000, "bench-invoices-1m": 1_000_000}
INVOICE_CLIENTS = 5_000
PLANTED = 400
# Of every 20 invoices, 6 are POSTED (5 unpaid, 1 paid in part): 120 of the planted 400.
PLANTED_OPEN = PLANTED * 6 // 20
# client_row(n, size) plants a "Zenith Bakery" name at n = 0 for any size: its key is K0000000.
PLANTED_CLIENT_KEY = "K0000000"

# Invoice n of $2; $3 is the stride of the planted client's rows: n % $3 = 0 and n / $3 < $4.
# `k` is what dates, amounts and status follow: the planted index for the planted rows, so that
# they are the same at every size, and n for the others.
_INVOICES_SQL = """
WITH c AS (SELECT array_agg(id ORDER BY id) AS ids FROM clients WHERE tenant_id = $1),
     g AS (
       SELECT n, n % $3 = 0 AND n / $3 < $4 AS planted
       FROM generate_series(0::bigint, $2 - 1) AS n
     ),
     k AS (
       SELECT n, planted,
              CASE WHEN planted THEN 1 ELSE 2 + n % (array_length(c.ids, 1) - 1) END AS who,
              CASE WHEN planted THEN n / $3 ELSE n END AS k
       FROM g, c
     ),
     v AS (
       SELECT k.*,
              date '2023-01-01' + ((k * 7919) % 1430)::int AS issued,
              (ARRAY['PAID', 'PAID', 'PAID', 'PAID', 'PAID', 'PAID', 'PAID', 'PAID', 'PAID',
                     'PAID', 'PAID', 'PAID', 'PAID', 'POSTED', 'POSTED', 'POSTED', 'POSTED',
                     'POSTED', 'PART', 'CANCELLED'])[1 + k % 20] AS state,
              round(250 + (k * 37) % 4000 + (k % 100) / 100.0, 2) AS subtotal
       FROM k
     ),
     m AS (
       SELECT v.*, round(subtotal * 0.08, 2) AS tax,
              subtotal + round(subtotal * 0.08, 2) AS total
       FROM v
     ),
     p AS (
       SELECT m.*,
              CASE state WHEN 'PAID' THEN total WHEN 'PART' THEN round(total / 2, 2)
                         ELSE 0 END AS paid
       FROM m
     )
INSERT INTO invoices (tenant_id, version, created_at, updated_at, invoice_number, status,
                      client_id, issue_date, due_date, subtotal, tax_amount, total_amount,
                      currency, paid_amount, written_off_amount, outstanding_amount, notes,
                      ar_tran_id, posted_at, sent_at, source)
SELECT $1, CASE WHEN state IN ('PAID', 'PART', 'CANCELLED') THEN 2 ELSE 1 END,
       issued + time '09:00',
       least(issued + time '09:00' + make_interval(days => (k % 40)::int),
             timestamptz '2026-12-01 09:00:00+00'),
       'INV-' || lpad(n::text, 7, '0'),
       CASE WHEN state = 'PART' THEN 'POSTED' ELSE state END,
       c.ids[who], issued, issued + 30, subtotal, tax, total, 'USD', paid, 0,
       CASE WHEN state = 'CANCELLED' THEN 0 ELSE total - paid END,
       CASE WHEN k % 7 = 0 THEN 'Quarterly advisory and compliance, period ' || k END,
       'AR-' || lpad(upper(to_hex(n + 1)), 16, '0'), issued + time '09:00',
       CASE WHEN k % 3 <> 0 THEN issued + time '09:05' END, 'OPENWYN'
FROM p, c
"""


async def _clear(conn: asyncpg.Connection, tenant_id: int) -> None:
    for table in ("invoices", "clients"):
        await conn.execute(f"DELETE FROM {table} WHERE tenant_id = $1", tenant_id)  # noqa: S608


async def seed_invoices(conn: asyncpg.Connection, tenant_id: int, size: int, slug: str) -> None:
    """An invoice tenant of `size` invoices (see the module's docstring), unless it holds them."""
    have = await conn.fetchval("SELECT count(*) FROM invoices WHERE tenant_id = $1", tenant_id)
    if have == size:
        print(f"{slug}: {size:,} invoices already seeded")
        return
    started = datetime.now(UTC)
    await _clear(conn, tenant_id)
    # Any size above 500 x clients keeps client_row's planted names to n = 0 alone.
    rows = [client_row(tenant_id, n, 10_000_000) for n in range(INVOICE_CLIENTS)]
    await conn.copy_records_to_table("clients", records=rows, columns=COLUMNS)
    progress(f"{slug}: {INVOICE_CLIENTS:,} clients in, {size:,} invoices next")
    await conn.execute(_INVOICES_SQL, tenant_id, size, size // PLANTED, PLANTED)
    await conn.execute("VACUUM (ANALYZE) clients, invoices")
    seconds = (datetime.now(UTC) - started).total_seconds()
    progress(f"{slug}: {size:,} invoices seeded in {seconds:.0f} s", done=True)


async def planted_client(conn: asyncpg.Connection, tenant_id: int) -> int:
    """The id of the client whose open invoices the search asks for."""
    found: int = await conn.fetchval(
        "SELECT id FROM clients WHERE tenant_id = $1 AND client_key = $2",
        tenant_id,
        PLANTED_CLIENT_KEY,
    )
    return found
