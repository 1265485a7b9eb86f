"""Portal pages: Jinja2 templates in the package, autoescaped, one stylesheet inline, no
script and nothing fetched from elsewhere, so a page works offline and shows no one's data but
what its token names. A page that cannot be shown (a wrong, used or expired link) is a plain
error page with its status and nothing else."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse

from openwyn.errors import ApiError

FOLDER = Path(__file__).parent / "templates"
# Portal pages are never cached by a shared cache, and never framed by another site.
_HEADERS = {
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}


@cache
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(FOLDER),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
    )


def page(template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    html = _environment().get_template(template).render(context)
    return HTMLResponse(html, status_code=status_code, headers=_HEADERS)


class PortalError(Exception):
    """A page that cannot be shown: 404 for a link that names nothing, 410 for one that is
    used up or expired, 413 for an upload too large. Answered as a plain error page."""

    def __init__(self, status_code: int, title: str, message: str) -> None:
        super().__init__(message)
        self.status_code, self.title, self.message = status_code, title, message


def error_page(error: PortalError, firm: str | None = None) -> HTMLResponse:
    return page(
        "error.html",
        status_code=error.status_code,
        title=error.title,
        message=error.message,
        firm=firm,
    )


NOT_FOUND = PortalError(
    404, "Link not found", "This link is not valid. Check that it was copied whole."
)


_REFUSED_TITLES = {413: "File too large", 429: "Too many requests"}


def refused(status_code: int, message: str) -> PortalError:
    """A request the server turned away before the page saw it (too large, too many)."""
    return PortalError(status_code, _REFUSED_TITLES.get(status_code, "Not accepted"), message)


def too_large(limit: int) -> PortalError:
    megabytes = f"{limit / (1024 * 1024):g} MB"
    message = f"What you sent is over the {megabytes} limit. Upload a smaller file, or split it."
    return PortalError(413, "File too large", message)


# What a visitor reads when a portal request fails outside the page's own checks (a path no
# route serves, a method the page does not take, a defect, the database away).
_STATUS_PAGES = {
    404: ("Page not found", "There is no page here. Check that the link was copied whole."),
    405: ("Not accepted", "This page cannot be used that way. Open the link from your email."),
    500: ("Something went wrong", "The page could not be shown. Nothing was changed; try again."),
    503: ("Try again shortly", "The portal is busy. Nothing was changed; try again in a minute."),
}


def status_page(
    status_code: int, message: str | None = None, headers: dict[str, str] | None = None
) -> HTMLResponse:
    """A plain page for an answer that was not a page: its status, a message fit for a client
    (the given one, or a generic one by status), and the headers it must keep (Allow,
    Retry-After)."""
    if status_code in _STATUS_PAGES:
        title, generic = _STATUS_PAGES[status_code]
    elif status_code < 500:
        title, generic = "Not accepted", "The request was not accepted."
    else:  # 502 to 504: the database or a processor away
        title, generic = _STATUS_PAGES[503 if status_code > 500 else 500]
    answer = error_page(PortalError(status_code, title, message or generic))
    for name, value in (headers or {}).items():
        answer.headers.setdefault(name, value)
    return answer


async def posted_form(request: Request) -> FormData:
    """The posted form; one refused as it was read (over the limit as it streamed in, or
    malformed) is a PortalError, answered as a page."""
    try:
        return await request.form()
    except (ApiError, HTTPException) as error:
        message = error.message if isinstance(error, ApiError) else str(error.detail)
        raise refused(error.status_code, message) from None


def form_text(form: FormData, name: str) -> str:
    """A text field of a posted form ("" when absent); a file or other part where text belongs
    is a 400 page, never read as text."""
    value = form.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise PortalError(400, "Not accepted", "The form was not sent as the page sends it.")
    return value


def money(amount: object, currency: str) -> str:
    """An amount as a page shows it: `USD 1,250.00`."""
    return f"{currency} {amount:,.2f}"
