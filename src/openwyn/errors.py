"""The error tree of Openwyn and nothing else.

Every error the API can answer with is an ``ApiError``; one handler in ``app.py`` renders it as
the contract's envelope (§4), whatever the family of the route::

    ApiError (500 INTERNAL)
    ├── BadRequest            400 BAD_REQUEST (a body that is not JSON, or not an object)
    ├── Unauthenticated       401 UNAUTHENTICATED (no credentials: a bare Bearer challenge)
    │   └── InvalidToken      401 UNAUTHENTICATED (RFC 6750 invalid_token, saying what is wrong)
    ├── Forbidden             403 FORBIDDEN
    ├── PaymentDeclined       402 PAYMENT_DECLINED (the processor declined; its code in ``details``)
    ├── NotFound              404 NOT_FOUND
    ├── MethodNotAllowed      405 METHOD_NOT_ALLOWED
    ├── Conflict              409 CONFLICT
    ├── PreconditionFailed    412 PRECONDITION_FAILED
    ├── PayloadTooLarge       413 PAYLOAD_TOO_LARGE
    ├── UnsupportedMediaType  415 UNSUPPORTED_MEDIA_TYPE
    ├── ValidationFailed      400 VALIDATION_FAILED (carries every bad path in ``details``)
    ├── RateLimited           429 RATE_LIMITED
    ├── Unavailable           503 UNAVAILABLE
    └── QueryTimeout          504 QUERY_TIMEOUT (a statement ran past its time; §13.9)
"""

from __future__ import annotations

from typing import Any, ClassVar, NotRequired, TypedDict


class ErrorDetail(TypedDict):
    path: str | None  # null for a state that forbids the action (a 409 with a reason)
    message: str
    reason: NotRequired[str]  # a 409's code (money-work.md §11), e.g. WIP_LOCKED


class ApiError(Exception):
    status_code: ClassVar[int] = 500
    code: ClassVar[str] = "INTERNAL"
    default_message: ClassVar[str] = "Internal error."

    def __init__(
        self,
        message: str | None = None,
        details: list[ErrorDetail] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.message = message or self.default_message
        self.details = details or []
        self.headers = headers or {}
        super().__init__(self.message)

    def body_error(self) -> dict[str, Any]:
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.details:
            error["details"] = list(self.details)
        return error


class BadRequest(ApiError):
    status_code = 400
    code = "BAD_REQUEST"
    default_message = "The request body is not valid JSON."


class Unauthenticated(ApiError):
    status_code = 401
    code = "UNAUTHENTICATED"
    default_message = "Missing, invalid or expired credentials."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message, headers={"WWW-Authenticate": "Bearer"})


class InvalidToken(Unauthenticated):
    """Credentials were sent but are not a usable token: the challenge and the message say
    why (RFC 6750 §3), never whether some API key exists. `description` is fixed ASCII text
    without quotes or backslashes, as the header's grammar requires."""

    def __init__(self, description: str) -> None:
        super().__init__(description)
        self.headers["WWW-Authenticate"] = (
            f'Bearer error="invalid_token", error_description="{description}"'
        )


class Forbidden(ApiError):
    status_code = 403
    code = "FORBIDDEN"
    default_message = "The token does not carry a role this operation needs."


class PaymentDeclined(ApiError):
    """The payment processor declined a charge (money-work.md §5): nothing was written; the
    decline code (Stripe's, e.g. `insufficient_funds`) is the detail's `reason`."""

    status_code = 402
    code = "PAYMENT_DECLINED"
    default_message = "The payment was declined."

    @classmethod
    def because(cls, decline_code: str) -> PaymentDeclined:
        message = f"The payment was declined: {decline_code}."
        return cls(
            message, [{"path": "processorToken", "message": message, "reason": decline_code}]
        )


class NotFound(ApiError):
    status_code = 404
    code = "NOT_FOUND"
    default_message = "Not found."


class MethodNotAllowed(ApiError):
    status_code = 405
    code = "METHOD_NOT_ALLOWED"
    default_message = "Method not allowed."


class Conflict(ApiError):
    status_code = 409
    code = "CONFLICT"
    default_message = "The request conflicts with the current state."


def refused(reason: str, message: str) -> Conflict:
    """A 409 for an action the current state forbids, with its reason code."""
    return Conflict(message, [{"path": None, "message": message, "reason": reason}])


class PreconditionFailed(ApiError):
    status_code = 412
    code = "PRECONDITION_FAILED"
    default_message = "If-Match does not name the current version."


class PayloadTooLarge(ApiError):
    status_code = 413
    code = "PAYLOAD_TOO_LARGE"
    default_message = "The request body is too large."


class UnsupportedMediaType(ApiError):
    status_code = 415
    code = "UNSUPPORTED_MEDIA_TYPE"
    default_message = "This endpoint accepts application/json only."


class ValidationFailed(ApiError):
    # 400, as Aiwyn documents every bad request (contract §13.1); `code` tells it from a body
    # that is not JSON at all.
    status_code = 400
    code = "VALIDATION_FAILED"
    default_message = "The request is not valid."

    @classmethod
    def at(cls, path: str, message: str) -> ValidationFailed:
        """One bad path, the common case."""
        return cls(f"{path}: {message}" if path else message, [{"path": path, "message": message}])


class RateLimited(ApiError):
    status_code = 429
    code = "RATE_LIMITED"
    default_message = "Too many requests."


class Unavailable(ApiError):
    status_code = 503
    code = "UNAVAILABLE"
    default_message = "The database is unreachable; retry shortly."


class QueryTimeout(ApiError):
    # The database answered, but the statement ran past its time: retrying the same request
    # will most likely time out again, unlike a 503 (contract §13.9).
    status_code = 504
    code = "QUERY_TIMEOUT"
    default_message = (
        "The query ran out of time and was cancelled; narrow the filter or simplify its patterns."
    )
