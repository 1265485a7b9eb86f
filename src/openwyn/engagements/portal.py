"""The signing pages (money-work.md §7 and §9): `GET /portal/sign/{token}` shows the letter
and the form, `POST` signs (typed name and consent), `POST .../decline` declines, and
`POST .../pay` pays the prepayment a SIGNED engagement still waits on. The token is the only
credential; a wrong, used or expired one gets a plain error page."""

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from openwyn.context import context_of, transaction
from openwyn.engagements import signing
from openwyn.kit.addresses import client_address
from openwyn.kit.sqltypes import utcnow
from openwyn.portal.pages import (
    PortalError,
    error_page,
    form_text,
    money,
    page,
    posted_form,
)

router = APIRouter(include_in_schema=False)
_SCHEDULES = {
    "ONCE": "One-off",
    "MONTHLY": "Monthly",
    "QUARTERLY": "Quarterly",
    "ON_COMPLETION": "On completion",
}


def _view(
    request: Request,
    visit: signing.Visit,
    status_code: int = 200,
    problem: str | None = None,
    typed_name: str = "",
    notice: str | None = None,
) -> Response:
    engagement, signer = visit.engagement, visit.signer
    currency = engagement["currency"]
    token = request.path_params["token"]
    due = signing.prepayment_due(engagement)
    if signer["status"] == "SIGNED":
        payable = engagement["status"] == "SIGNED" and due > 0
        return page(
            "signed.html",
            status_code=status_code,
            title=engagement["name"],
            firm=visit.firm,
            engagement=engagement,
            letter=visit.letter,
            status=engagement["status"].replace("_", " ").title(),
            done=engagement["status"] == "EXECUTED",
            signed_name=signer["signed_name"],
            signed_at=signer["signed_at"].strftime("%d %B %Y, %H:%M UTC"),
            notice=notice if status_code == 200 else None,
            problem=problem,
            prepayment=money(due, currency) if payable else None,
            pay_action=f"/portal/sign/{token}/pay",
        )
    return page(
        "sign.html",
        status_code=status_code,
        title=engagement["name"],
        firm=visit.firm,
        engagement=engagement,
        client_name=visit.client_name,
        letter=visit.letter,
        expires=signer["token_expires_at"].date().isoformat(),
        services=[
            {
                "description": line["description"],
                "billing": _SCHEDULES[line["billing_schedule"]],
                "price": money(line["price"], currency),
            }
            for line in visit.services
        ],
        prepayment=money(due, currency) if due > 0 else None,
        signer_name=" ".join(filter(None, (signer["first_name"], signer["last_name"]))),
        typed_name=typed_name,
        problem=problem,
        action=f"/portal/sign/{token}",
        decline_action=f"/portal/sign/{token}/decline",
    )


@router.get("/portal/sign/{token}")
async def signing_page(request: Request, token: str) -> Response:
    try:
        async with transaction(request) as session:
            visit = await signing.visit(session, token, utcnow())
    except PortalError as error:
        return error_page(error)
    return _view(request, visit)


@router.post("/portal/sign/{token}")
async def sign(request: Request, token: str) -> Response:
    ctx = context_of(request)
    try:
        form = await posted_form(request)
        typed, consent = form_text(form, "full_name"), form_text(form, "consent") == "yes"
        payment = signing.Prepayment(form_text(form, "payment_token"), ctx.settings)
    except PortalError as error:
        return error_page(error)
    evidence = (
        client_address(request.scope, ctx.settings.trusted_proxies),
        request.headers.get("user-agent", ""),
    )
    try:
        async with transaction(request) as session:
            visit = await signing.sign(
                session,
                ctx.files,
                token,
                typed_name=typed,
                consent=consent,
                evidence=evidence,
                now=utcnow(),
                payment=payment,
            )
    except PortalError as error:
        if error.status_code not in (400, 402):
            return error_page(error)
        async with transaction(request) as session:
            shown = await signing.visit(session, token, utcnow())
        return _view(request, shown, error.status_code, problem=error.message, typed_name=typed)
    return _view(request, visit, notice="Thank you: your signature is recorded.")


@router.post("/portal/sign/{token}/pay")
async def pay(request: Request, token: str) -> Response:
    ctx = context_of(request)
    try:
        form = await posted_form(request)
        payment = signing.Prepayment(form_text(form, "payment_token"), ctx.settings)
    except PortalError as error:
        return error_page(error)
    try:
        async with transaction(request) as session:
            visit = await signing.prepay(session, ctx.files, token, payment, utcnow())
    except PortalError as error:
        if error.status_code not in (400, 402):
            return error_page(error)
        async with transaction(request) as session:
            shown = await signing.visit(session, token, utcnow())
        return _view(request, shown, error.status_code, problem=error.message)
    paid = "Thank you: your prepayment is paid and the engagement is executed."
    return _view(request, visit, notice=paid)


@router.post("/portal/sign/{token}/decline")
async def decline(request: Request, token: str) -> Response:
    try:
        async with transaction(request) as session:
            visit = await signing.decline(session, token, utcnow())
    except PortalError as error:
        return error_page(error)
    declined = PortalError(
        200, "Letter declined", f"You declined {visit.engagement['name']}; the firm is told."
    )
    return error_page(declined, visit.firm)
