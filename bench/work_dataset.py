"""The work tenants of the bench database: WIP rows for the WIP search, jobs for the projects.

Two kinds of tenant, each named after its size and seeded straight into PostgreSQL (clients by
COPY as `dataset.py` does, staff, jobs and WIP rows by one `INSERT ... SELECT` over
`generate_series` each), once: a tenant that already holds its rows is left as it is.

- `bench-wip-100k`, `bench-wip-1m`: 50 staff, 200 clients with two jobs each, and that many WIP
  rows over three years (time and expenses; open, billed and written off). The first client
  (`PLANTED_CLIENT_KEY`) holds exactly `WIP_MATCHES` of them, all `OPEN`, spread evenly through
  the rows and dates, so a search for its open WIP finds the same rows at either size (see
  bench/README.md: a fixed answer is the honest measure of scale).
- `bench-jobs-100k`: 50 staff, 2,000 clients and 100,000 jobs; every other job has two WIP
  rows. Each job's roll-ups (`job_rollups`) are summed from its rows, as Openwyn's own writes
  leave them, with the last activity the newest row's creation: for some jobs later than the
  job's own `updated_at`, for others earlier, so the projects' `updatedAt` (the later of the
  two, stored on the job as `project_updated_at`) differs from the job's for most of them.
"""

from __future__ import annotations

from datetime import UTC, datetime

import asyncpg
from dataset import COLUMNS, client_row, progress

WIP_MATCHES = 500
WIP_TENANTS = {"bench-wip-100k": 100_000, "bench-wip-1m": 1_000_000}
JOB_TENANTS = {"bench-jobs-100k": 100_000}
WIP_CLIENTS = 200
JOB_CLIENTS = 2_000
STAFF = 50
# client_row(n, size) plants a "Zenith Bakery" name at n = 0 for any size: its key is K0000000.
PLANTED_CLIENT_KEY = "K0000000"

_STAFF_SQL = """
INSERT INTO staff (tenant_id, version, created_at, updated_at, first_name, last_name, email,
                   title, staff_type, billing_rate, cost_rate, active)
SELECT $1, 1, $2, $2, 'Staff', 'Member ' || lpad(n::text, 3, '0'),
       'staff' || n || '@firm.example', 'Accountant', 'STAFF',
       100 + (n % 10) * 25, 40 + (n % 10) * 10, true
FROM generate_series(0, $3 - 1) AS n
"""

# Jobs: client k (in id order) has jobs k*per .. k*per+per-1. `updated_at` spread over three
# years, never before `created_at`; the project's stored `updatedAt` equal to it until
# `_STAMP_SQL` brings in the roll-ups' activity.
_JOBS_SQL = """
WITH c AS (SELECT array_agg(id ORDER BY id) AS ids FROM clients WHERE tenant_id = $1),
     s AS (SELECT array_agg(id ORDER BY id) AS ids FROM staff WHERE tenant_id = $1)
INSERT INTO jobs (tenant_id, version, created_at, updated_at, project_updated_at, job_ref,
                  name, client_id, partner_staff_id, manager_staff_id, status, start_date,
                  due_date, fee_type, budget)
SELECT $1, 1,
       timestamptz '2023-01-01 00:00:00+00' + make_interval(secs => (n * 7919) % 63072000),
       timestamptz '2023-01-01 00:00:00+00' + make_interval(secs => (n * 7919) % 63072000)
         + make_interval(secs => (n * 104729) % 31536000),
       timestamptz '2023-01-01 00:00:00+00' + make_interval(secs => (n * 7919) % 63072000)
         + make_interval(secs => (n * 104729) % 31536000),
       'J-' || lpad(n::text, 7, '0'), 'Engagement ' || n, c.ids[1 + n / $3],
       s.ids[1 + n % array_length(s.ids, 1)], s.ids[1 + (n + 7) % array_length(s.ids, 1)],
       (ARRAY['PLANNING', 'IN_PROGRESS', 'IN_PROGRESS', 'COMPLETED'])[1 + n % 4],
       date '2023-01-01' + (n % 730)::int, date '2023-01-01' + (n % 730)::int + 90,
       (ARRAY['HOURLY', 'FIXED'])[1 + n % 2],
       CASE WHEN n % 5 = 0 THEN NULL ELSE 1000 + (n % 97) * 250 END
FROM generate_series(0::bigint, $2 - 1) AS n, c, s
"""

# WIP rows: $2 of them. In a WIP tenant ($3, the stride, above 0) rows n with n % stride = 0
# (the first $4 of them) are the planted client's (its first job,
# OPEN time), the others spread over the other clients' jobs. Statuses: 7 in 10 open, 2 billed,
# 1 written off; 4 in 5 time (hours x the staff member's rate), 1 in 5 expenses.
_WIPS_SQL = """
WITH j AS (SELECT array_agg(jobs.id ORDER BY jobs.client_id, jobs.id) AS ids,
                  array_agg(jobs.client_id ORDER BY jobs.client_id, jobs.id) AS clients
           FROM jobs WHERE tenant_id = $1),
     s AS (SELECT array_agg(id ORDER BY id) AS ids,
                  array_agg(billing_rate ORDER BY id) AS rates FROM staff WHERE tenant_id = $1),
     g AS (
       SELECT n, $3::bigint > 0 AND n % greatest($3::bigint, 1) = 0
                 AND n / greatest($3::bigint, 1) < $4 AS planted
       FROM generate_series(0::bigint, $2 - 1) AS n
     ),
     r AS (
       SELECT n,
              CASE WHEN planted THEN 1
                   WHEN $3::bigint > 0 THEN 1 + $5 + n % (array_length(j.ids, 1) - $5)
                   ELSE 1 + (n / 2) * 2 END AS job,
              CASE WHEN planted THEN 'OPEN'
                   ELSE (ARRAY['OPEN', 'OPEN', 'OPEN', 'OPEN', 'OPEN', 'OPEN', 'OPEN',
                               'BILLED', 'BILLED', 'WRITTEN_OFF'])[1 + n % 10] END AS status,
              CASE WHEN planted THEN true
                   ELSE n % 5 <> 4 END AS timed,
              1 + n % array_length(s.ids, 1) AS who
       FROM g, j, s
     ),
     v AS (
       SELECT r.*, date '2024-01-01' + ((n * 7919) % 1095)::int AS day,
              CASE WHEN timed THEN 0.25 + (n % 32) * 0.25 END AS hours,
              CASE WHEN timed THEN s.rates[who] END AS rate,
              CASE WHEN timed THEN round((0.25 + (n % 32) * 0.25) * s.rates[who], 2)
                   ELSE 12.37 + (n % 400) END AS value
       FROM r, s
     )
INSERT INTO wips (tenant_id, version, created_at, updated_at, type, client_id, job_id, staff_id,
                  logged_date, hours, rate, value, currency, billable, approved, notes,
                  task_code, billed_amount, write_off_amount, write_off_reason,
                  outstanding_amount, status, source)
SELECT $1, 1, v.day + time '17:30' + make_interval(secs => n % 3600),
       v.day + time '17:30' + make_interval(secs => n % 3600),
       CASE WHEN timed THEN 'TIME' ELSE 'EXPENSE' END, j.clients[job], j.ids[job], s.ids[who],
       v.day, hours, rate, value, 'USD', true, n % 3 <> 0,
       CASE WHEN timed THEN 'Prepared workpapers, item ' || n ELSE 'Mileage and filing fees' END,
       (ARRAY['PREP', 'REVIEW', 'ADVISORY', 'ADMIN'])[1 + n % 4],
       CASE WHEN status = 'BILLED' THEN value ELSE 0 END,
       CASE WHEN status = 'WRITTEN_OFF' THEN value ELSE 0 END,
       CASE WHEN status = 'WRITTEN_OFF' THEN 'Courtesy discount' END,
       CASE WHEN status = 'OPEN' THEN value ELSE 0 END, status, 'PMS'
FROM v, j, s
"""

# Each job's roll-ups summed from its rows, as kit/work's refresh stores them.
_ROLLUPS_SQL = """
INSERT INTO job_rollups (tenant_id, job_id, hours_logged, wip_value, wip_outstanding,
                         billed_amount, write_off_amount, invoiced_amount, collected_amount,
                         last_activity_at)
SELECT $1, job_id, coalesce(sum(hours), 0), sum(value), sum(outstanding_amount),
       sum(billed_amount), sum(write_off_amount), 0, 0, max(created_at)
FROM wips WHERE tenant_id = $1 GROUP BY job_id
"""

# The projects' stored `updatedAt`, the later of the job's and its last activity, as the
# roll-up refresh and migration 0024 leave it.
_STAMP_SQL = """
UPDATE jobs SET project_updated_at = job_rollups.last_activity_at
FROM job_rollups
WHERE jobs.tenant_id = $1 AND job_rollups.tenant_id = $1 AND job_rollups.job_id = jobs.id
  AND job_rollups.last_activity_at > jobs.updated_at
"""


async def _clear(conn: asyncpg.Connection, tenant_id: int) -> None:
    for table in ("job_rollups", "wips", "jobs", "clients", "staff"):
        await conn.execute(f"DELETE FROM {table} WHERE tenant_id = $1", tenant_id)  # noqa: S608


async def _people(conn: asyncpg.Connection, tenant_id: int, clients: int) -> None:
    await conn.execute(_STAFF_SQL, tenant_id, datetime(2023, 1, 1, tzinfo=UTC), STAFF)
    # Any size above 500 x clients keeps client_row's planted names to n = 0 alone.
    rows = [client_row(tenant_id, n, 1_000_000) for n in range(clients)]
    await conn.copy_records_to_table("clients", records=rows, columns=COLUMNS)


async def _stamp(conn: asyncpg.Connection, tenant_id: int) -> None:
    # Statistics first: without them the planner takes the fresh tenant for empty and joins
    # the jobs to their roll-ups by a nested loop over both (minutes instead of a second).
    await conn.execute("ANALYZE jobs, job_rollups")
    await conn.execute(_STAMP_SQL, tenant_id)


async def _done(conn: asyncpg.Connection, slug: str, started: datetime, what: str) -> None:
    await conn.execute("VACUUM (ANALYZE) staff, clients, jobs, wips, job_rollups")
    seconds = (datetime.now(UTC) - started).total_seconds()
    progress(f"{slug}: {what} seeded in {seconds:.0f} s", done=True)


async def seed_wips(conn: asyncpg.Connection, tenant_id: int, size: int, slug: str) -> None:
    """A WIP tenant of `size` rows (see the module's docstring), unless it holds them."""
    have = await conn.fetchval("SELECT count(*) FROM wips WHERE tenant_id = $1", tenant_id)
    if have == size:
        print(f"{slug}: {size:,} WIP rows already seeded")
        return
    started = datetime.now(UTC)
    await _clear(conn, tenant_id)
    await _people(conn, tenant_id, WIP_CLIENTS)
    await conn.execute(_JOBS_SQL, tenant_id, 2 * WIP_CLIENTS, 2)
    progress(f"{slug}: staff, clients and jobs in, {size:,} WIP rows next")
    # Jobs 1 and 2 (in client order) are the planted client's; the rest, the others'.
    await conn.execute(_WIPS_SQL, tenant_id, size, size // WIP_MATCHES, WIP_MATCHES, 2)
    await conn.execute(_ROLLUPS_SQL, tenant_id)
    await _stamp(conn, tenant_id)
    await _done(conn, slug, started, f"{size:,} WIP rows")


async def seed_jobs(conn: asyncpg.Connection, tenant_id: int, size: int, slug: str) -> None:
    """A projects tenant of `size` jobs (see the module's docstring), unless it holds them."""
    have = await conn.fetchval("SELECT count(*) FROM jobs WHERE tenant_id = $1", tenant_id)
    if have == size:
        print(f"{slug}: {size:,} jobs already seeded")
        return
    started = datetime.now(UTC)
    await _clear(conn, tenant_id)
    await _people(conn, tenant_id, JOB_CLIENTS)
    await conn.execute(_JOBS_SQL, tenant_id, size, size // JOB_CLIENTS)
    progress(f"{slug}: {size:,} jobs in, their WIP next")
    # Two rows for every other job: rows 2k and 2k+1 go to job 2k (1-based: 1 + (n / 2) * 2).
    await conn.execute(_WIPS_SQL, tenant_id, size, 0, 0, 0)
    await conn.execute(_ROLLUPS_SQL, tenant_id)
    await _stamp(conn, tenant_id)
    await _done(conn, slug, started, f"{size:,} jobs")


async def planted_client(conn: asyncpg.Connection, tenant_id: int) -> int:
    """The id of the client whose open WIP the search asks for."""
    found: int = await conn.fetchval(
        "SELECT id FROM clients WHERE tenant_id = $1 AND client_key = $2",
        tenant_id,
        PLANTED_CLIENT_KEY,
    )
    return found
