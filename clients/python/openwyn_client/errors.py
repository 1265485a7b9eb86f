"""One exception class per `error.code` of Openwyn's error envelope."""

from __future__ import annotations

from typing import Any

import httpx


class OpenwynError(Exception):
    """An answer of 400 or more: its status, `error.code`, message, details and request id."""

    code = ""

    def __init__(self, response: httpx.Response, body: dict[str, Any] | None) -> None:
        error = (body or {}).get("error") or {}
        meta = (body or {}).get("meta") or {}
        self.response = response
        self.status_code = response.status_code
        self.code = str(error.get("code") or self.code or f"HTTP_{response.status_code}")
        self.message = str(error.get("message") or response.reason_phrase)
        self.details: list[dict[str, Any]] = list(error.get("details") or [])
        self.request_id: str | None = meta.get("requestId")
        super().__init__(f"{self.status_code} {self.code}: {self.message}")


class BadRequest(OpenwynError):
    code = "BAD_REQUEST"


class ValidationFailed(OpenwynError):
    """Every bad path is in `details` (`[{"path": ..., "message": ...}]`)."""

    code = "VALIDATION_FAILED"


class Unauthenticated(OpenwynError):
    code = "UNAUTHENTICATED"


class Forbidden(OpenwynError):
    code = "FORBIDDEN"


class NotFound(OpenwynError):
    code = "NOT_FOUND"


class MethodNotAllowed(OpenwynError):
    code = "METHOD_NOT_ALLOWED"


class Conflict(OpenwynError):
    code = "CONFLICT"


class CursorExpired(OpenwynError):
    code = "CURSOR_EXPIRED"


class PreconditionFailed(OpenwynError):
    code = "PRECONDITION_FAILED"


class PayloadTooLarge(OpenwynError):
    code = "PAYLOAD_TOO_LARGE"


class UnsupportedMediaType(OpenwynError):
    code = "UNSUPPORTED_MEDIA_TYPE"


class RangeNotSatisfiable(OpenwynError):
    code = "RANGE_NOT_SATISFIABLE"


class RateLimited(OpenwynError):
    code = "RATE_LIMITED"


class Unavailable(OpenwynError):
    code = "UNAVAILABLE"


class QueryTimeout(OpenwynError):
    code = "QUERY_TIMEOUT"


BY_CODE: dict[str, type[OpenwynError]] = {
    cls.code: cls
    for cls in (
        BadRequest,
        ValidationFailed,
        Unauthenticated,
        Forbidden,
        NotFound,
        MethodNotAllowed,
        Conflict,
        CursorExpired,
        PreconditionFailed,
        PayloadTooLarge,
        UnsupportedMediaType,
        RangeNotSatisfiable,
        RateLimited,
        Unavailable,
        QueryTimeout,
    )
}


BY_STATUS: dict[int, type[OpenwynError]] = {
    401: Unauthenticated,
    403: Forbidden,
    404: NotFound,
    413: PayloadTooLarge,
    429: RateLimited,
    503: Unavailable,
    504: QueryTimeout,
}


def error_for(response: httpx.Response) -> OpenwynError:
    """The exception an error answer stands for (OpenwynError for a code this client lacks)."""
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        body = None
    code = ((body or {}).get("error") or {}).get("code")
    if code is None:  # not Openwyn's envelope (a proxy's answer): go by the status alone
        return BY_STATUS.get(response.status_code, OpenwynError)(response, body)
    return BY_CODE.get(str(code), OpenwynError)(response, body)
