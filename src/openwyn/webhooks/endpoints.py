"""Webhook secret routes and the test tools: sign a payload as a delivery would, or check one."""

from __future__ import annotations

import json
import re
import secrets
import time
from typing import Annotated, Any

import orjson
from fastapi import APIRouter
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, Strict
from starlette.requests import Request
from starlette.responses import Response

from openwyn.auth.principal import ApiAdmin
from openwyn.context import request_id_of, transaction
from openwyn.errors import ValidationFailed
from openwyn.kit.envelope import success
from openwyn.kit.etags import etag_of
from openwyn.kit.inputs import bounded_depth
from openwyn.kit.json import dumps
from openwyn.kit.schemas import READ_ERRORS, WRITE_ERRORS, envelope_of, error_responses
from openwyn.webhooks import service, signing

secret_router = APIRouter(prefix="/event-subscriptions/webhook", tags=["Webhooks"])
test_router = APIRouter(prefix="/webhook/test", tags=["Webhooks"])

Secret = Annotated[str, Strict(), Field(pattern=r"^whsec_[A-Za-z0-9+/=]{32,200}$")]
MessageId = Annotated[str, Strict(), Field(min_length=1, max_length=100)]
Timestamp = Annotated[int, Strict(), Field(ge=0, le=2**40)]
SignatureText = Annotated[str, Strict(), Field(max_length=2000)]
# A JSON object (signed as its compact encoding, the bytes a delivery of it sends) or the exact
# text to sign.
Payload = Annotated[dict[str, Any] | str, AfterValidator(bounded_depth)]
SIGNED_HEADERS = ("webhook-id", "webhook-timestamp", "webhook-signature")
_STAMP = re.compile(r"^[0-9]{1,12}$")


class SecretView(BaseModel):
    webhookSecret: str  # noqa: N815 - the contract's field names
    createdAt: str  # noqa: N815
    previousSecretExpiresAt: str | None  # noqa: N815


class GenerateRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    payload: Payload
    secret: Secret | None = Field(
        default=None, description="Sign with this secret; by default the tenant's secrets."
    )
    msgId: MessageId | None = None  # noqa: N815
    timestamp: Timestamp | None = Field(default=None, description="Unix seconds; now by default.")


def _headers_schema(schema: dict[str, Any]) -> None:
    schema["description"] = (
        "A delivery's headers. `webhook-id`, `webhook-timestamp` and `webhook-signature` are "
        "checked (their names are read in any case); any other (`content-type`, ...) is ignored."
    )
    schema["properties"] = {
        "webhook-id": {"type": "string", "minLength": 1, "maxLength": 100},
        "webhook-timestamp": {"type": "string", "pattern": _STAMP.pattern},
        "webhook-signature": {"type": "string", "maxLength": 2000},
    }
    schema["required"] = list(SIGNED_HEADERS)


DeliveryHeaders = Annotated[
    dict[str, Annotated[str, Strict(), Field(max_length=2000)]],
    Field(max_length=50, json_schema_extra=_headers_schema),
]


def _sent(*names: str) -> dict[str, Any]:
    """The schema of an object in which each of `names` is present and not null."""
    return {
        "required": list(names),
        "properties": {name: {"not": {"type": "null"}} for name in names},
    }


class ValidateRequest(BaseModel):
    """What `generate` answers validates as it is: its `isValid` is ignored, and `secret` may
    be left out to check against the tenant's secrets (the previous one too, during the day
    after a rotation)."""

    # What the route checks: the delivery's headers, or its signature, msgId and timestamp.
    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={"anyOf": [_sent("headers"), _sent("signature", "msgId", "timestamp")]},
    )

    payload: Payload
    secret: Secret | None = Field(
        default=None, description="Check with this secret; by default the tenant's secrets."
    )
    signature: SignatureText | None = None
    msgId: MessageId | None = None  # noqa: N815
    timestamp: Timestamp | None = None
    headers: DeliveryHeaders | None = None
    isValid: Annotated[bool, Strict()] | None = Field(  # noqa: N815
        default=None, description="Ignored: so that `generate`'s answer can be sent back as is."
    )


class GeneratedHeaders(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    webhook_id: str = Field(alias="webhook-id")
    webhook_timestamp: str = Field(alias="webhook-timestamp")
    webhook_signature: str = Field(alias="webhook-signature")
    content_type: str = Field(alias="content-type")


class Generated(BaseModel):
    isValid: bool  # noqa: N815
    payload: dict[str, Any] | str = Field(description="The payload as given: object or text.")
    signature: str = Field(description="The `webhook-signature` header: one `v1,...` a secret.")
    secret: str = Field(description="The secret that signed it (the current one by default).")
    msgId: str  # noqa: N815
    timestamp: int
    headers: GeneratedHeaders


class Validation(BaseModel):
    isValid: bool  # noqa: N815
    reason: str | None = Field(default=None, description="Why not, when not valid.")


def _usable(secret: str) -> str:
    try:
        signing.sign(secret, "check", 0, "")
    except signing.BadSecret as bad:
        raise ValidationFailed.at("secret", str(bad)) from None
    return secret


def _signed_text(payload: Any) -> str:
    """What is signed for `payload`: text as it is, an object as its compact encoding."""
    return payload if isinstance(payload, str) else dumps(payload).decode()


async def _exact_payload(request: Request) -> Any:
    """The body's `payload` with every number as it was written (1500.00 stays 1500.00, not
    the float 1500.0): signed as a delivery's body is, whose decimals are exact."""
    members = json.loads(await request.body(), parse_float=_verbatim)
    return members["payload"]


def _verbatim(number: str) -> orjson.Fragment:
    return orjson.Fragment(number.encode())


async def _secrets_for(request: Request, tenant_id: int, given: str | None) -> list[str]:
    """The secret sent, or else the tenant's secrets in use (as deliveries are signed)."""
    if given is not None:
        return [_usable(given)]
    async with transaction(request) as session:
        return await service.secrets_in_use(session, tenant_id)


@secret_router.get(
    "/secret",
    operation_id="get_webhook_secret",
    response_model=envelope_of("WebhookSecretEnvelope", SecretView),
    responses=error_responses(*READ_ERRORS),
    summary="The tenant's webhook signing secret",
)
async def get_secret(request: Request, principal: ApiAdmin) -> Response:
    async with transaction(request) as session:
        view = await service.describe(session, principal.tenant_id)
    return success(view, request_id_of(request), headers=etag_of(view))


@secret_router.post(
    "/secret/rotate",
    operation_id="rotate_webhook_secret",
    response_model=envelope_of("WebhookSecretEnvelope", SecretView),
    responses=error_responses(*WRITE_ERRORS),
    summary="Rotate the signing secret (the previous one keeps signing for 24 hours)",
)
async def rotate_secret(request: Request, principal: ApiAdmin) -> Response:
    async with transaction(request) as session:
        view = await service.rotate(session, principal.tenant_id)
    return success(view, request_id_of(request), headers=etag_of(view))


@test_router.post(
    "/generate",
    operation_id="generate_test_webhook",
    response_model=envelope_of("WebhookTestEnvelope", Generated),
    responses=error_responses(*WRITE_ERRORS),
    summary="Sign a payload exactly as a delivery of it would be signed",
)
async def generate(request: Request, principal: ApiAdmin, body: GenerateRequest) -> Response:
    """Without `secret`, signs with the tenant's secrets in use (as deliveries are). The answer
    can be sent to `/validate` as it is."""
    in_use = await _secrets_for(request, principal.tenant_id, body.secret)
    msg_id = body.msgId or f"msg_{secrets.token_hex(12)}"
    timestamp = body.timestamp if body.timestamp is not None else int(time.time())
    payload = await _exact_payload(request)
    headers = signing.headers(in_use, msg_id, timestamp, _signed_text(payload))
    data = {
        "isValid": True,
        "payload": payload,
        "signature": headers["webhook-signature"],
        "secret": in_use[0],
        "msgId": msg_id,
        "timestamp": timestamp,
        "headers": headers | {"content-type": "application/json"},
    }
    return success(data, request_id_of(request))


@test_router.post(
    "/validate",
    operation_id="validate_test_webhook",
    response_model=envelope_of("WebhookValidationEnvelope", Validation),
    responses=error_responses(*WRITE_ERRORS),
    summary="Check a payload's signature as a receiver would",
)
async def validate(request: Request, principal: ApiAdmin, body: ValidateRequest) -> Response:
    """Give the delivery's `headers`, or `signature`, `msgId` and `timestamp`. Without
    `secret`, any of the tenant's secrets in use may have signed it."""
    msg_id, stamp, signature = _signed_by(body)
    in_use = await _secrets_for(request, principal.tenant_id, body.secret)
    signed = _signed_text(await _exact_payload(request))
    data: dict[str, Any] = {"isValid": True}
    if not any(signing.verify(secret, msg_id, stamp, signed, signature) for secret in in_use):
        data = {"isValid": False, "reason": "the signature does not match"}
    elif abs(time.time() - stamp) > signing.TOLERANCE_SECONDS:
        data = {"isValid": False, "reason": "the timestamp is outside the 5-minute tolerance"}
    return success(data, request_id_of(request))


def _signed_by(body: ValidateRequest) -> tuple[str, int, str]:
    """The message id, timestamp and signature to check: from the headers if sent."""
    if body.headers is not None:
        return _from_headers(body.headers)
    if body.signature is not None and body.msgId is not None and body.timestamp is not None:
        return body.msgId, body.timestamp, body.signature
    raise ValidationFailed.at("headers", "send headers, or signature with msgId and timestamp")


def _from_headers(sent: dict[str, str]) -> tuple[str, int, str]:
    headers = {name.lower(): value for name, value in sent.items()}
    missing = [name for name in SIGNED_HEADERS if not headers.get(name)]
    if missing:
        raise ValidationFailed(
            "headers: " + ", ".join(missing) + " missing",
            [{"path": f"headers.{name}", "message": "is missing"} for name in missing],
        )
    msg_id, stamp, signature = (headers[name] for name in SIGNED_HEADERS)
    if len(msg_id) > 100:
        raise ValidationFailed.at("headers.webhook-id", "is longer than 100 characters")
    if not _STAMP.match(stamp):
        raise ValidationFailed.at("headers.webhook-timestamp", "must be unix seconds")
    return msg_id, int(stamp), signature
