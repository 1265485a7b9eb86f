"""The client request page (money-work.md §8 and §9): `GET /portal/requests/{token}` lists
the items asked for with an upload form each; `POST .../items/{itemId}` takes one file. The
token is the only credential; a file over the size limit is a readable 413 page, a form the
page does not take (two files, a broken multipart) a readable 400 page."""

from fastapi import APIRouter
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from openwyn.context import context_of, transaction
from openwyn.errors import ApiError
from openwyn.kit.sqltypes import utcnow
from openwyn.lastmile import requests
from openwyn.portal.pages import PortalError, error_page, page, refused, too_large

router = APIRouter(include_in_schema=False)
_LABELS = {
    "REQUESTED": "Requested",
    "NEEDS_REVIEW": "With the firm",
    "ACCEPTED": "Accepted",
    "CHANGES_REQUESTED": "Changes requested",
}


def _view(
    token: str,
    visit: requests.Visit,
    status_code: int = 200,
    notice: str | None = None,
    problem: str | None = None,
) -> Response:
    return page(
        "request.html",
        status_code=status_code,
        title="Documents requested",
        firm=visit.firm,
        contact_name=requests.person_name(visit.contact),
        due=visit.request["dueDate"],
        items=[item | {"label": _LABELS[item["status"]]} for item in visit.request["items"]],
        action=f"/portal/requests/{token}",
        notice=notice,
        problem=problem,
    )


@router.get("/portal/requests/{token}")
async def request_page(request: Request, token: str) -> Response:
    try:
        async with transaction(request) as session:
            visit = await requests.visit(session, token, utcnow())
    except PortalError as error:
        return error_page(error)
    return _view(token, visit)


@router.post("/portal/requests/{token}/items/{item_id:int}")
async def upload(request: Request, token: str, item_id: int) -> Response:
    ctx = context_of(request)
    limit = ctx.settings.files_max_bytes
    try:
        form = await request.form(max_files=1, max_fields=5)
    except (ApiError, HTTPException) as error:
        return error_page(_unreadable(error, limit))
    sent = form.get("file")
    if not isinstance(sent, UploadFile):
        return await _again(request, token, "Choose a file to upload first.")
    content = await sent.read()
    document = (sent.filename or "upload", sent.content_type or "", content)
    try:
        async with transaction(request) as session:
            visit = await requests.upload(
                session, ctx.files, token, item_id, document, utcnow(), limit
            )
    except PortalError as error:
        if error.status_code != 400:
            return error_page(error)
        return await _again(request, token, error.message)
    return _view(token, visit, notice=f"Thank you: {document[0]} is uploaded.")


def _unreadable(error: ApiError | HTTPException, limit: int) -> PortalError:
    """A form refused as it was read: over the size limit as it streamed in (413), or not
    one the page takes (400: two files, too many fields, a broken multipart)."""
    if error.status_code == 413:
        return too_large(limit)
    reason = error.message if isinstance(error, ApiError) else str(error.detail)
    message = f"The upload could not be read ({reason.rstrip('.')}). Go back and send one file."
    return refused(error.status_code, message)


async def _again(request: Request, token: str, problem: str) -> Response:
    try:
        async with transaction(request) as session:
            visit = await requests.visit(session, token, utcnow())
    except PortalError as error:
        return error_page(error)
    return _view(token, visit, 400, problem=problem)
