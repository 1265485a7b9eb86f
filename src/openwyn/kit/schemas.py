"""Response shapes shared by every route, for the OpenAPI document."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, create_model


class ErrorDetailModel(BaseModel):
    path: str | None
    message: str
    reason: str | None = None


class ErrorModel(BaseModel):
    code: str
    message: str
    details: list[ErrorDetailModel] | None = None


class Meta(BaseModel):
    success: bool
    message: str
    timestamp: str
    version: str
    requestId: str  # noqa: N815 - the contract's field name


class ErrorEnvelope(BaseModel):
    data: None = None
    error: ErrorModel
    meta: Meta


class Pagination(BaseModel):
    page: int
    pageSize: int  # noqa: N815
    total: int


class ListMeta(Meta):
    pagination: Pagination


class Aggregate(BaseModel):
    count: int


class Total(BaseModel):
    aggregate: Aggregate


class PageInfo(BaseModel):
    hasNextPage: bool  # noqa: N815
    endCursor: str | None  # noqa: N815


class FeedMeta(Meta):
    """The change feed's meta: where the next page starts."""

    pageInfo: PageInfo  # noqa: N815


def envelope_of(name: str, data: Any, meta: type[Meta] = Meta) -> type[BaseModel]:
    model: type[BaseModel] = create_model(
        name, data=(data, ...), error=(None, None), meta=(meta, ...)
    )
    return model


def collection_of(name: str, plural: str, item: type[BaseModel]) -> type[BaseModel]:
    fields: dict[str, Any] = {
        plural: (list[item], ...),  # type: ignore[valid-type]
        "total": (Total, ...),
        "pageInfo": (PageInfo, ...),
    }
    model: type[BaseModel] = create_model(name, **fields)
    return model


_DESCRIPTIONS = {
    400: (
        "A bad request: the body is not JSON or not an object (`BAD_REQUEST`), or it breaks the"
        " schema or the rules (`VALIDATION_FAILED`, every bad path named in `error.details`)."
    ),
    401: "Missing, invalid or expired token.",
    402: "The payment processor declined the charge (`PAYMENT_DECLINED`, its decline code as"
    " the detail's `reason`); nothing was written.",
    403: "The token lacks the role.",
    404: "No such object in the caller's tenant.",
    405: "The path serves other methods (named in `Allow`): `/records/{type}/search` takes POST.",
    410: "The cursor is older than the feed keeps events.",
    409: "Duplicate value, disallowed transition, or idempotency key in flight.",
    412: "If-Match names an old version.",
    413: "Body over the limit.",
    415: "A media type other than JSON (a body with no type, or curl's form type, is read as "
    "JSON when it parses as JSON).",
    416: "The range is outside the file.",
    429: "Rate limited; see Retry-After.",
    500: "Internal error.",
    503: "The database is unreachable.",
    504: "The query ran out of time (`QUERY_TIMEOUT`).",
}
READ_ERRORS = (400, 401, 403, 429, 500, 503, 504)
# A read that takes a JSON body can also meet the body checks.
SEARCH_ERRORS = (413, 415, *READ_ERRORS)
WRITE_ERRORS = (400, 401, 403, 409, 413, 415, 429, 500, 503)


# Headers the document declares on the answers that carry them (api.py adds `ETag`).
RETRY_AFTER = {
    "description": "Seconds until a request fits the rate limit again.",
    "schema": {"type": "integer", "minimum": 0},
}
LOCATION = {"description": "The path of the object created.", "schema": {"type": "string"}}


def error_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    responses: dict[int | str, dict[str, Any]] = {
        code: {"model": ErrorEnvelope, "description": _DESCRIPTIONS[code]} for code in sorted(codes)
    }
    if 429 in responses:
        responses[429]["headers"] = {"Retry-After": RETRY_AFTER}
    return responses


def created_response(description: str) -> dict[int | str, dict[str, Any]]:
    """A 201 whose `Location` names the new object."""
    return {201: {"description": description, "headers": {"Location": LOCATION}}}
