"""Portal pages: Jinja2 templates in the package, autoescaped, one stylesheet inline, no
script and nothing fetched from elsewhere, so a page works offline and shows no one's data but
what its token names. A page that cannot be shown (a wrong, used or expired link) is a plain
error page with its status and nothing else."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from starlette.responses import HTMLResponse

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


def money(amount: object, currency: str) -> str:
    """An amount as a page shows it: `USD 1,250.00`."""
    return f"{currency} {amount:,.2f}"
