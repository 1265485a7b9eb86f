"""The contract's envelope (§4): every REST success and every error in every family."""

from __future__ import annotations

import logging
from typing import Any

from starlette.responses import Response

from openwyn import API_VERSION
from openwyn.errors import ApiError
from openwyn.kit.json import dumps, iso_timestamp
from openwyn.kit.sqltypes import utcnow

JSON_MEDIA_TYPE = "application/json"

log = logging.getLogger("openwyn")


def meta(request_id: str, message: str, success: bool = True) -> dict[str, Any]:
    return {
        "success": success,
        "message": message,
        "timestamp": iso_timestamp(utcnow()),
        "version": API_VERSION,
        "requestId": request_id,
    }


class JSONBytes(Response):
    media_type = JSON_MEDIA_TYPE


def success(
    data: Any,
    request_id: str,
    *,
    status_code: int = 200,
    message: str = "OK",
    extra_meta: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    body_meta = meta(request_id, message)
    if extra_meta:
        body_meta.update(extra_meta)
    body = {"data": data, "error": None, "meta": body_meta}
    return JSONBytes(dumps(body), status_code=status_code, headers=headers)


def error_body(error: ApiError, request_id: str) -> bytes:
    return dumps(
        {"data": None, "error": error.body_error(), "meta": meta(request_id, error.message, False)}
    )


def error_response(error: ApiError, request_id: str) -> Response:
    return JSONBytes(error_body(error, request_id), error.status_code, headers=error.headers)


def defect_response(error: BaseException, request_id: str) -> Response:
    """The 500 envelope for a defect, logged with its trace and request id; the trace never
    reaches the client."""
    log.error("unhandled error", exc_info=error, extra={"request_id": request_id})
    return error_response(ApiError(), request_id)


def plain(data: Any, status_code: int = 200, headers: dict[str, str] | None = None) -> Response:
    """A bare JSON answer (read family, token exchange)."""
    return JSONBytes(dumps(data), status_code=status_code, headers=headers)
