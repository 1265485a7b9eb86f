"""The floor: Openwyn's client search and get SQL behind a bare Starlette + asyncpg + orjson app.

It runs the very statements Openwyn sends for `POST /gql/v1/clients/search` with a name prefix
`where` (the page query and the count query, same columns, order, limit and parameter casts)
and for `GET /gql/v1/client/{id}` (the row with its industry and primary contact joined in, for
the detail shape of contract §13.6), checks the bearer token as Openwyn does (PyJWT HS256
decode with audience, issuer and required claims, once per token as Openwyn's cache of verified
tokens does), and answers the same JSON shapes: the lean row in lists, the detail for a get.
What it leaves out is the price of Openwyn's generality: the `where` compiler, SQLAlchemy, the
ORM session, FastAPI's validation and dependency injection, the shared rate limiter and the
per-row serializer. It serves in the same way, from Openwyn's SQL, the WIP search and project
list (bench/work_reads.py) and the invoice search (bench/invoice_reads.py). The pool has
Openwyn's size (pool_size 10 + max_overflow 10) and server settings.

Served by uvicorn with the factory `floor_app:create_app` (`--app-dir bench`), configured by
`BENCH_FLOOR_DSN` and the `OPENWYN_JWT_*` variables Openwyn reads.
"""

from __future__ import annotations

import base64
import os
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import asyncpg
import jwt
import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

NAMES = (
    "id",
    "pmsRef",
    "clientRef",
    "name",
    "clientKey",
    "partnerStaffId",
    "managerStaffId",
    "officeId",
    "deptId",
    "industryId",
    "serviceLineId",
    "clientBusinessEntityId",
    "email",
    "phone",
    "website",
    "taxId",
    "address",
    "billingAddress",
    "sendInvoicesElectronically",
    "paymentTerms",
    "customFields",
    "legalName",
    "size",
    "type",
    "active",
    "createdAt",
    "updatedAt",
    "version",
)
# The single-object answers' fields; lists leave them out.
DETAIL_ONLY = frozenset({"legalName", "size", "type"})
_LISTED = [index for index, name in enumerate(NAMES) if name not in DETAIL_ONLY]
_LISTED_NAMES = [NAMES[index] for index in _LISTED]
# Copied from what Openwyn's engine sends (bench/plans.py prints it), casts included.
_SELECT = (
    "SELECT clients.id, clients.pms_ref, clients.client_ref, clients.name, clients.client_key, "
    "clients.partner_staff_id, clients.manager_staff_id, clients.office_id, clients.dept_id, "
    "clients.industry_id, clients.service_line_id, clients.client_business_entity_id, "
    "clients.email, clients.phone, clients.website, clients.tax_id, clients.address, "
    "clients.billing_address, clients.send_invoices_electronically, clients.payment_terms, "
    "clients.custom_fields, "
    "clients.legal_name, clients.size, clients.type, "
    "clients.active, clients.created_at, clients.updated_at, clients.version"
)
# Lists return inactive clients too (contract §13.2): no condition on `active`.
_MATCH = "WHERE clients.tenant_id = $1::BIGINT AND clients.name LIKE $2::VARCHAR ESCAPE '\\'"
PAGE_SQL = (
    _SELECT
    + " \nFROM clients \n"
    + _MATCH
    + " ORDER BY clients.name ASC NULLS LAST, clients.created_at DESC NULLS FIRST, "
    "clients.id ASC NULLS LAST \n LIMIT $3::BIGINT OFFSET $4::BIGINT"
)
COUNT_SQL = "SELECT count(*) AS count_1 \nFROM clients \n" + _MATCH
GET_SQL = (
    _SELECT + ", detail_industry.name AS name_1, detail_primary_contact.id AS id_1, "
    "detail_primary_contact.first_name, detail_primary_contact.last_name, "
    "detail_primary_contact.title, detail_primary_contact.email AS email_1, "
    "detail_primary_contact.phone AS phone_1 \nFROM clients "
    "LEFT OUTER JOIN industries AS detail_industry "
    "ON detail_industry.tenant_id = clients.tenant_id "
    "AND detail_industry.id = clients.industry_id "
    "LEFT OUTER JOIN contact_clients AS detail_primary_link "
    "ON detail_primary_link.tenant_id = clients.tenant_id "
    "AND detail_primary_link.client_id = clients.id AND detail_primary_link.is_primary IS true "
    "LEFT OUTER JOIN contacts AS detail_primary_contact "
    "ON detail_primary_contact.tenant_id = detail_primary_link.tenant_id "
    "AND detail_primary_contact.id = detail_primary_link.contact_id \n"
    "WHERE clients.tenant_id = $1::BIGINT AND clients.id = $2::BIGINT"
)
# Money as Openwyn writes it: an exact JSON number.
_ZERO = orjson.Fragment(b"0.00")
REQUIRED_CLAIMS = ["exp", "iat", "iss", "aud", "sub"]
_OPTIONS = orjson.OPT_UTC_Z | orjson.OPT_NAIVE_UTC


class Unauthorized(Exception):
    pass


def _money(value: Any) -> orjson.Fragment:
    """Numeric columns (money, hours, rates) as exact JSON numbers, as Openwyn writes them."""
    if isinstance(value, Decimal):
        return orjson.Fragment(str(value).encode())
    raise TypeError(type(value).__name__)


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    body = orjson.dumps(data, option=_OPTIONS, default=_money)
    return Response(body, status, headers=headers, media_type="application/json")


def _tenant_id(request: Request) -> int:
    """The caller's tenant, from a token checked as strictly as Openwyn checks it, and, as
    Openwyn does, only once per token: a token seen before is trusted until its `exp`."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer":
        raise Unauthorized
    state = request.app.state
    token = token.strip()
    known = state.verified.get(token)
    if known is not None and time.time() < known[1]:
        tenant_id: int = known[0]
        return tenant_id
    try:
        claims = jwt.decode(
            token,
            state.secret,
            algorithms=["HS256"],
            audience=state.audience,
            issuer=state.issuer,
            options={"require": REQUIRED_CLAIMS, "verify_signature": True},
        )
    except jwt.PyJWTError as exc:
        raise Unauthorized from exc
    if claims["sub"] != f"apikey:{claims['authKeyId']}":
        raise Unauthorized
    # Openwyn finds the tenant through a cached key lookup; a dict lookup costs the same.
    tenant_id = state.tenants[claims["tenant"]]
    state.verified[token] = (tenant_id, float(claims["exp"]))
    return tenant_id


def _item(record: asyncpg.Record) -> dict[str, Any]:
    """A client as lists show it: the lean row."""
    return dict(zip(_LISTED_NAMES, [record[index] for index in _LISTED], strict=True))


def _detail(record: asyncpg.Record) -> dict[str, Any]:
    """A client as a get shows it: every field, then the derived ones Openwyn adds."""
    values = tuple(record)
    item = dict(zip(NAMES, values[: len(NAMES)], strict=True))
    industry, contact_id, first, last, title, email, phone = values[len(NAMES) :]
    primary = None
    if contact_id is not None:
        name = " ".join(part for part in (first, last) if part) or None
        primary = {"id": contact_id, "name": name, "title": title, "email": email, "phone": phone}
    item["status"] = "ACTIVE" if item["active"] else "INACTIVE"
    item["industry"] = industry
    item["primaryContact"] = primary
    item["engagements"] = []
    item["financialSummary"] = {
        "totalRevenue": _ZERO,
        "outstandingBalance": _ZERO,
        "unappliedCredit": _ZERO,
        "lastPaymentDate": None,
        "overdueBalance": _ZERO,
    }
    return item


def _end_cursor(last: dict[str, Any]) -> str:
    """The same keyset values Openwyn's cursor carries (name, createdAt, id), base64 JSON."""
    values = orjson.dumps([last["name"], last["createdAt"], last["id"]], option=_OPTIONS)
    return base64.urlsafe_b64encode(values).rstrip(b"=").decode("ascii")


async def search(request: Request) -> Response:
    try:
        tenant_id = _tenant_id(request)
    except Unauthorized:
        return _json({"error": "unauthenticated"}, 401)
    body = orjson.loads(await request.body())
    pattern = body["where"]["name"]["_like"]
    size, page = body.get("pageSize", 50), body.get("page", 0)
    async with request.app.state.pool.acquire() as conn:
        rows = await conn.fetch(PAGE_SQL, tenant_id, pattern, size + 1, page * size)
        total = await conn.fetchval(COUNT_SQL, tenant_id, pattern)
    items = [_item(row) for row in rows[:size]]
    cursor = _end_cursor(items[-1]) if items else None
    page_info = {"hasNextPage": len(rows) > size, "endCursor": cursor}
    return _json(
        {"clients": items, "total": {"aggregate": {"count": total}}, "pageInfo": page_info}
    )


async def get_client(request: Request) -> Response:
    try:
        tenant_id = _tenant_id(request)
    except Unauthorized:
        return _json({"error": "unauthenticated"}, 401)
    async with request.app.state.pool.acquire() as conn:
        row = await conn.fetchrow(GET_SQL, tenant_id, request.path_params["id"])
    if row is None:
        return _json({"error": "not found"}, 404)
    item = _detail(row)
    return _json(item, headers={"ETag": f'"{item["version"]}"'})


# The WIP search (`POST /gql/v1/wips/search` with a `where` on `clientId` and `status`, a page
# and `total.aggregate.sum`) and the projects list (`POST /gql/v1/projects`, default order), as
# Openwyn sends them: bench/work_reads.py checks that these texts equal the server's SQL.
_WIP_COLUMNS = [
    "id",
    "pms_ref",
    "type",
    "client_id",
    "job_id",
    "staff_id",
    "logged_date",
    "hours",
    "rate",
    "value",
    "currency",
    "billable",
    "approved",
    "notes",
    "task_code",
    "service_line_id",
    "receipt_file_id",
    "billed_amount",
    "write_off_amount",
    "write_off_reason",
    "outstanding_amount",
    "status",
    "draft_invoice_id",
    "invoice_id",
    "source",
    "created_at",
    "updated_at",
    "version",
]
_WIP_MATCH = (
    "WHERE wips.tenant_id = {}::BIGINT AND wips.client_id = {}::BIGINT "
    "AND wips.status = {}::VARCHAR"
)
WIP_PAGE_SQL = (
    "SELECT "
    + ", ".join(f"wips.{column}" for column in _WIP_COLUMNS)
    + " \nFROM wips \n"
    + _WIP_MATCH.format("$1", "$2", "$3")
    + " ORDER BY wips.logged_date DESC NULLS FIRST, wips.id ASC NULLS LAST \n"
    " LIMIT $4::BIGINT OFFSET $5::BIGINT"
)
WIP_COUNT_SQL = "SELECT count(*) AS count_1 \nFROM wips \n" + _WIP_MATCH.format("$1", "$2", "$3")
# The sums in cents, as kit/repository.cents sums money exactly on both databases.
WIP_SUMMED = ("value", "outstandingAmount", "billedAmount", "writeOffAmount", "hours")
_SUMMED_COLUMNS = ("value", "outstanding_amount", "billed_amount", "write_off_amount", "hours")
WIP_SUM_SQL = (
    "SELECT "
    + ", ".join(
        f"coalesce(sum(CAST(round(wips.{column} * ${2 * n + 1}::INTEGER) AS BIGINT)), "
        f"${2 * n + 2}::INTEGER) AS coalesce_{2 * n + 1}"
        for n, column in enumerate(_SUMMED_COLUMNS)
    )
    + " \nFROM wips \n"
    + _WIP_MATCH.format("$11", "$12", "$13")
)
_SUM_ARGUMENTS = (100, 0) * len(_SUMMED_COLUMNS)
_ROLLUP = "coalesce(job_rollups.billed_amount, 0) + coalesce(job_rollups.write_off_amount, 0)"
_PROJECT_VIEW = (
    "FROM (SELECT jobs.job_ref AS job_ref, jobs.name AS name, jobs.client_id AS client_id, "
    "jobs.job_template_id AS job_template_id, jobs.service_line_id AS service_line_id, "
    "jobs.partner_staff_id AS partner_staff_id, jobs.manager_staff_id AS manager_staff_id, "
    "jobs.status AS status, jobs.start_date AS start_date, jobs.due_date AS due_date, "
    "jobs.end_date AS end_date, jobs.fee_type AS fee_type, jobs.budget AS budget, "
    "jobs.fixed_fee AS fixed_fee, jobs.rates AS rates, jobs.id AS id, jobs.version AS version, "
    "jobs.tenant_id AS tenant_id, jobs.created_at AS created_at, jobs.pms_ref AS pms_ref, "
    "jobs.project_updated_at AS updated_at, "
    "coalesce(job_rollups.hours_logged, 0) AS hours_logged, "
    "coalesce(job_rollups.wip_value, 0) AS wip_value, "
    "coalesce(job_rollups.wip_outstanding, 0) AS wip_outstanding, "
    "coalesce(job_rollups.billed_amount, 0) AS billed_amount, "
    "coalesce(job_rollups.write_off_amount, 0) AS write_off_amount, "
    "coalesce(job_rollups.invoiced_amount, 0) AS invoiced_amount, "
    "coalesce(job_rollups.collected_amount, 0) AS collected_amount, "
    "CASE WHEN (jobs.budget IS NOT NULL AND jobs.budget != $1::INTEGER) THEN "
    "round((coalesce(job_rollups.wip_value, 0) * 100.0) / CAST(jobs.budget AS NUMERIC(14, 2)), "
    "$2::INTEGER) END AS budget_used_percent, "
    f"CASE WHEN ({_ROLLUP} IS NOT NULL AND {_ROLLUP} != $3::INTEGER) THEN "
    "round((coalesce(job_rollups.billed_amount, 0) * 100.0) / "
    f"CAST(({_ROLLUP}) AS NUMERIC(14, 2)), $4::INTEGER) END AS realization_percent, "
    "job_rollups.last_activity_at AS last_activity_at \n"
    "FROM jobs LEFT OUTER JOIN job_rollups ON job_rollups.tenant_id = jobs.tenant_id "
    "AND job_rollups.job_id = jobs.id) AS vw_job \n"
    "WHERE vw_job.tenant_id = $5::BIGINT"
)
_PROJECT_COLUMNS = [
    "id",
    "pms_ref",
    "job_ref",
    "name",
    "client_id",
    "job_template_id",
    "service_line_id",
    "partner_staff_id",
    "manager_staff_id",
    "status",
    "start_date",
    "due_date",
    "end_date",
    "fee_type",
    "budget",
    "fixed_fee",
    "rates",
    "hours_logged",
    "wip_value",
    "wip_outstanding",
    "billed_amount",
    "write_off_amount",
    "invoiced_amount",
    "collected_amount",
    "budget_used_percent",
    "realization_percent",
    "last_activity_at",
    "created_at",
    "updated_at",
    "version",
]
PROJECT_PAGE_SQL = (
    "SELECT "
    + ", ".join(f"vw_job.{column}" for column in _PROJECT_COLUMNS)
    + " \n"
    + _PROJECT_VIEW
    + " ORDER BY vw_job.updated_at DESC NULLS FIRST, vw_job.id ASC NULLS LAST \n"
    " LIMIT $6::BIGINT OFFSET $7::BIGINT"
)
PROJECT_COUNT_SQL = "SELECT count(*) AS count_1 \n" + _PROJECT_VIEW
_VIEW_ARGUMENTS = (0, 2, 0, 2)


def _camel(column: str) -> str:
    head, *rest = column.split("_")
    return head + "".join(part.title() for part in rest)


_WIP_NAMES = [_camel(column) for column in _WIP_COLUMNS]
_PROJECT_NAMES = [_camel(column) for column in _PROJECT_COLUMNS]


def _cents(value: int) -> orjson.Fragment:
    return orjson.Fragment(str(Decimal(value) / 100).encode())


def _keyset_cursor(values: list[Any]) -> str:
    """A cursor of the same form as Openwyn's: the filter's digest and the last row's keys."""
    body = orjson.dumps({"c": "0" * 24, "v": values}, option=_OPTIONS, default=_money)
    return base64.urlsafe_b64encode(body).rstrip(b"=").decode("ascii")


async def wip_search(request: Request) -> Response:
    try:
        tenant_id = _tenant_id(request)
    except Unauthorized:
        return _json({"error": "unauthenticated"}, 401)
    body = orjson.loads(await request.body())
    where = body["where"]
    client_id, status = where["clientId"]["_eq"], where["status"]["_eq"]
    size, page = body.get("pageSize", 50), body.get("page", 0)
    match = (tenant_id, client_id, status)
    async with request.app.state.pool.acquire() as conn:
        rows = await conn.fetch(WIP_PAGE_SQL, *match, size + 1, page * size)
        total = await conn.fetchval(WIP_COUNT_SQL, *match)
        sums = await conn.fetchrow(WIP_SUM_SQL, *_SUM_ARGUMENTS, *match)
    items = [dict(zip(_WIP_NAMES, row, strict=True)) for row in rows[:size]]
    last = items[-1] if items else None
    page_info = {
        "hasNextPage": len(rows) > size,
        "endCursor": _keyset_cursor([last["loggedDate"], last["id"]]) if last else None,
    }
    summed = {name: _cents(value) for name, value in zip(WIP_SUMMED, sums, strict=True)}
    aggregate = {"count": total, "sum": summed}
    return _json({"wips": items, "total": {"aggregate": aggregate}, "pageInfo": page_info})


async def projects(request: Request) -> Response:
    try:
        tenant_id = _tenant_id(request)
    except Unauthorized:
        return _json({"error": "unauthenticated"}, 401)
    body = orjson.loads(await request.body())
    size, page = body.get("pageSize", 50), body.get("page", 0)
    async with request.app.state.pool.acquire() as conn:
        rows = await conn.fetch(
            PROJECT_PAGE_SQL, *_VIEW_ARGUMENTS, tenant_id, size + 1, page * size
        )
        total = await conn.fetchval(PROJECT_COUNT_SQL, *_VIEW_ARGUMENTS, tenant_id)
    items = [dict(zip(_PROJECT_NAMES, row, strict=True)) for row in rows[:size]]
    last = items[-1] if items else None
    page_info = {
        "hasNextPage": len(rows) > size,
        "endCursor": _keyset_cursor([last["updatedAt"], last["id"]]) if last else None,
    }
    return _json(
        {"projects": items, "total": {"aggregate": {"count": total}}, "pageInfo": page_info}
    )


# The invoice search (`POST /gql/v1/invoices/search` with a `where` on `clientId` and `status`
# `_in` POSTED and OVERDUE, a page in the default order and the count), as Openwyn sends it:
# first the tenant's time zone (OVERDUE is a POSTED invoice due before today there), then the
# page and the count, whose status condition is what OVERDUE and POSTED read as (billing/
# statuses.py). bench/invoice_reads.py checks that these texts equal the server's SQL.
INVOICE_SETTINGS_SQL = (
    "SELECT tenants.timezone, tenants.currency, tenants.invoice_number_format \nFROM tenants \n"
    "WHERE tenants.id = $1::BIGINT"
)
_INVOICE_COLUMNS = [
    "id",
    "pms_ref",
    "invoice_number",
    "reference",
    "status",
    "client_id",
    "project_id",
    "issue_date",
    "due_date",
    "subtotal",
    "tax_amount",
    "total_amount",
    "currency",
    "paid_amount",
    "written_off_amount",
    "outstanding_amount",
    "notes",
    "ar_tran_id",
    "draft_invoice_id",
    "draft_invoice_system_ref",
    "posted_at",
    "sent_at",
    "source",
    "created_at",
    "updated_at",
    "version",
]
_INVOICE_MATCH = (
    "WHERE invoices.tenant_id = $1::BIGINT AND invoices.client_id = $2::BIGINT AND "
    "(invoices.status = $3::VARCHAR AND NOT (invoices.status = $4::VARCHAR AND "
    "invoices.due_date < $5::DATE AND invoices.outstanding_amount > $6::NUMERIC) OR "
    "invoices.status = $7::VARCHAR AND invoices.due_date < $8::DATE AND "
    "invoices.outstanding_amount > $9::NUMERIC)"
)
INVOICE_PAGE_SQL = (
    "SELECT "
    + ", ".join(f"invoices.{column}" for column in _INVOICE_COLUMNS)
    + " \nFROM invoices \n"
    + _INVOICE_MATCH
    + " ORDER BY invoices.issue_date DESC NULLS FIRST, invoices.id ASC NULLS LAST \n"
    " LIMIT $10::BIGINT OFFSET $11::BIGINT"
)
INVOICE_COUNT_SQL = "SELECT count(*) AS count_1 \nFROM invoices \n" + _INVOICE_MATCH
_INVOICE_NAMES = [_camel(column) for column in _INVOICE_COLUMNS]
_NOTHING = Decimal(0)


def _invoice(row: asyncpg.Record, today: date) -> dict[str, Any]:
    """A listed invoice: the row, its status as it reads today and its payment status."""
    item = dict(zip(_INVOICE_NAMES, row, strict=True))
    stored, outstanding, due = item["status"], item["outstandingAmount"], item["dueDate"]
    if stored == "POSTED" and due is not None and due < today and outstanding > 0:
        item["status"] = "OVERDUE"
    if stored in ("POSTED", "PAID", "PENDING") and outstanding == 0:
        item["paymentStatus"] = "PAID"
    else:
        item["paymentStatus"] = "PARTIALLY_PAID" if item["paidAmount"] > 0 else "UNPAID"
    return item


async def invoice_search(request: Request) -> Response:
    try:
        tenant_id = _tenant_id(request)
    except Unauthorized:
        return _json({"error": "unauthenticated"}, 401)
    body = orjson.loads(await request.body())
    client_id = body["where"]["clientId"]["_eq"]
    size, page = body.get("pageSize", 50), body.get("page", 0)
    async with request.app.state.pool.acquire() as conn:
        timezone = (await conn.fetchrow(INVOICE_SETTINGS_SQL, tenant_id))[0]
        today = datetime.now(ZoneInfo(timezone)).date()
        overdue = ("POSTED", today, _NOTHING)
        match = (tenant_id, client_id, "POSTED", *overdue, *overdue)
        rows = await conn.fetch(INVOICE_PAGE_SQL, *match, size + 1, page * size)
        total = await conn.fetchval(INVOICE_COUNT_SQL, *match)
    items = [_invoice(row, today) for row in rows[:size]]
    last = items[-1] if items else None
    page_info = {
        "hasNextPage": len(rows) > size,
        "endCursor": _keyset_cursor([last["issueDate"], last["id"]]) if last else None,
    }
    return _json(
        {"invoices": items, "total": {"aggregate": {"count": total}}, "pageInfo": page_info}
    )


async def healthz(_request: Request) -> Response:
    return _json({"status": "ok"})


async def _decode_json_with_orjson(conn: asyncpg.Connection) -> None:
    for name in ("json", "jsonb"):
        await conn.set_type_codec(
            name, schema="pg_catalog", encoder=orjson.dumps, decoder=orjson.loads
        )


async def _keep_session(_conn: asyncpg.Connection) -> None:
    """Nothing to undo on release: the floor sets no session state, and asyncpg's default
    reset (`RESET ALL`, `UNLISTEN *` and more) would be a round trip per request that
    Openwyn's pool, which returns a connection without I/O, never makes."""


@asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    app.state.pool = await asyncpg.create_pool(
        os.environ["BENCH_FLOOR_DSN"],
        min_size=1,
        max_size=20,
        init=_decode_json_with_orjson,
        reset=_keep_session,
        server_settings={"statement_timeout": "15000", "timezone": "UTC"},
    )
    async with app.state.pool.acquire() as conn:
        app.state.tenants = dict(await conn.fetch("SELECT slug, id FROM tenants"))
    yield
    await app.state.pool.close()


def create_app() -> Starlette:
    app = Starlette(
        routes=[
            Route("/gql/v1/clients/search", search, methods=["POST"]),
            Route("/gql/v1/client/{id:int}", get_client, methods=["GET"]),
            Route("/gql/v1/wips/search", wip_search, methods=["POST"]),
            Route("/gql/v1/projects", projects, methods=["POST"]),
            Route("/gql/v1/invoices/search", invoice_search, methods=["POST"]),
            Route("/healthz", healthz, methods=["GET"]),
        ],
        lifespan=lifespan,
    )
    app.state.secret = os.environ["OPENWYN_JWT_SECRET"]
    app.state.verified = {}
    app.state.issuer = os.environ.get("OPENWYN_JWT_ISSUER", "openwyn")
    app.state.audience = os.environ.get("OPENWYN_JWT_AUDIENCE", "openwyn-api")
    return app
