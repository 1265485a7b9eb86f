"""The deliverable page (money-work.md §8 and §9): `GET /portal/deliverables/{token}` lists
the files, and while the client's invoices are unpaid (ON_PAYMENT) offers to pay them first
(`POST .../pay`); `GET .../files/{fileId}` downloads a released file, logged."""

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from openwyn.context import context_of, transaction
from openwyn.engagements import repository as facts
from openwyn.files import downloads
from openwyn.kit.addresses import client_address
from openwyn.kit.sqltypes import utcnow
from openwyn.lastmile import deliverables
from openwyn.lastmile.requests import person_name
from openwyn.portal.pages import (
    PortalError,
    error_page,
    form_text,
    money,
    page,
    posted_form,
)

router = APIRouter(include_in_schema=False)


def _size(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size >= 1024 else f"{size} bytes"


def _view(
    token: str,
    visit: deliverables.Visit,
    currency: str,
    status_code: int = 200,
    notice: str | None = None,
    problem: str | None = None,
) -> Response:
    return page(
        "deliverable.html",
        status_code=status_code,
        title=visit.deliverable["title"],
        firm=visit.firm,
        contact_name=person_name(visit.recipient),
        files=[{"id": f["id"], "name": f["name"], "size": _size(f["size"])} for f in visit.files],
        waiting=[
            {
                "number": i["invoice_number"],
                "due": i["due_date"].isoformat() if i["due_date"] else "",
                "amount": money(i["outstanding_amount"], currency),
                "settling": i["status"] == "PENDING",
            }
            for i in visit.waiting
        ],
        payable=bool(visit.payable),
        settling=visit.settling,
        total=money(visit.due, currency),
        due=str(visit.due),
        action=f"/portal/deliverables/{token}",
        notice=notice,
        problem=problem,
    )


async def _currency(request: Request, tenant_id: int) -> str:
    async with transaction(request) as session:
        return str((await facts.firm(session, tenant_id))["currency"])


@router.get("/portal/deliverables/{token}")
async def deliverable_page(request: Request, token: str) -> Response:
    try:
        async with transaction(request) as session:
            visit = await deliverables.visit(session, token, utcnow())
    except PortalError as error:
        return error_page(error)
    return _view(token, visit, await _currency(request, visit.tenant_id))


@router.post("/portal/deliverables/{token}/pay")
async def pay(request: Request, token: str) -> Response:
    ctx = context_of(request)
    try:
        form = await posted_form(request)
        card, shown_due = form_text(form, "payment_token"), form_text(form, "due")
    except PortalError as error:
        return error_page(error)
    try:
        async with transaction(request) as session:
            visit = await deliverables.pay(session, token, card, ctx.settings, utcnow(), shown_due)
    except PortalError as error:
        if error.status_code not in (400, 402, 409):
            return error_page(error)
        async with transaction(request) as session:
            shown = await deliverables.visit(session, token, utcnow())
        currency = await _currency(request, shown.tenant_id)
        return _view(token, shown, currency, error.status_code, problem=error.message)
    currency = await _currency(request, visit.tenant_id)
    return _view(token, visit, currency, notice=_paid(visit))


def _paid(visit: deliverables.Visit) -> str:
    """The thanks for a payment, saying truly whether the files are released now."""
    if not visit.waiting:
        return "Thank you: paid. Your files are released."
    if visit.payable:
        return "Thank you: paid. More is now due before your files are released."
    return "Thank you: paid. Your files are released once the payment that is settling clears."


@router.get("/portal/deliverables/{token}/files/{file_id:int}")
async def download(request: Request, token: str, file_id: int) -> Response:
    ctx = context_of(request)
    ip = client_address(request.scope, ctx.settings.trusted_proxies)
    try:
        async with transaction(request) as session:
            visit, file = await deliverables.download(session, token, file_id, ip, utcnow())
    except PortalError as error:
        return error_page(error)
    headers = downloads.headers(file["name"], f'"{file["sha256"]}"')
    headers["Content-Length"] = str(file["size"])
    headers["Cache-Control"] = "no-store"
    if file["size"] == 0:
        return Response(b"", media_type=file["content_type"], headers=headers)
    body = await ctx.files.open_range(visit.tenant_id, file["sha256"], 0, file["size"] - 1)
    return StreamingResponse(body, media_type=file["content_type"], headers=headers)
