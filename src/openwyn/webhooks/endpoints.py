"""Webhook secret routes and the test tools: sign a payload as a delivery would, or check one."""

from __future__ import annotations

import secrets
import time
from typing import Annotated, Any

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
# A JSON object (signed as its compact encoding) or the exact text to sign.
Payload = Annotated[dict[str, Any] | str, AfterValidator(bounded_depth)]


class SecretView(BaseModel):
    webhookSecret: str  # noqa: N815 - the contract's field names
    createdAt: str  # noqa: N815
    previousSecretExpiresAt: str | None  # noqa: N815


class GenerateRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    payload: Payload
    secret: Secret | None = None
    msgId: MessageId | None = None  # noqa: N815
    timestamp: Timestamp | None = None


class SignedHeaders(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    webhook_id: MessageId = Field(alias="webhook-id")
    webhook_timestamp: Annotated[str, Strict(), Field(pattern=r"^[0-9]{1,12}$")] = Field(
        alias="webhook-timestamp"
    )
    webhook_signature: Annotated[str, Strict(), Field(max_length=2000)] = Field(
        alias="webhook-signature"
    )


def _sent(*names: str) -> dict[str, Any]:
    """The schema of an object in which each of `names` is present and not null."""
    return {
        "required": list(names),
        "properties": {name: {"not": {"type": "null"}} for name in names},
    }


class ValidateRequest(BaseModel):
    # What the route checks: the delivery's headers, or its signature, msgId and timestamp.
    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={"anyOf": [_sent("headers"), _sent("signature", "msgId", "timestamp")]},
    )

    payload: Payload
    secret: Secret
    signature: Annotated[str, Strict(), Field(max_length=2000)] | None = None
    msgId: MessageId | None = None  # noqa: N815
    timestamp: Timestamp | None = None
    headers: SignedHeaders | None = None


def _usable(secret: str) -> str:
    try:
        signing.sign(secret, "check", 0, "")
    except signing.BadSecret as bad:
        raise ValidationFailed.at("secret", str(bad)) from None
    return secret


def _body(payload: dict[str, Any] | str) -> str:
    return payload if isinstance(payload, str) else dumps(payload).decode()


@secret_router.get(
    "/secret",
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
    response_model=envelope_of("WebhookTestEnvelope", dict[str, Any]),
    responses=error_responses(*WRITE_ERRORS),
    summary="Sign a payload exactly as a delivery of it would be signed",
)
async def generate(request: Request, principal: ApiAdmin, body: GenerateRequest) -> Response:
    """Without `secret`, signs with the tenant's secrets in use (as deliveries are)."""
    if body.secret is None:
        async with transaction(request) as session:
            in_use = await service.secrets_in_use(session, principal.tenant_id)
    else:
        in_use = [_usable(body.secret)]
    msg_id = body.msgId or f"msg_{secrets.token_hex(12)}"
    timestamp = body.timestamp if body.timestamp is not None else int(time.time())
    payload = _body(body.payload)
    headers = signing.headers(in_use, msg_id, timestamp, payload)
    data = {
        "isValid": True,
        "payload": payload,
        "signature": headers["webhook-signature"],
        "secret": in_use[0],
        "headers": headers | {"content-type": "application/json"},
    }
    return success(data, request_id_of(request))


@test_router.post(
    "/validate",
    response_model=envelope_of("WebhookValidationEnvelope", dict[str, Any]),
    responses=error_responses(*WRITE_ERRORS),
    summary="Check a payload's signature as a receiver would",
)
async def validate(request: Request, principal: ApiAdmin, body: ValidateRequest) -> Response:
    """Give `signature`, `msgId` and `timestamp`, or the delivery's `headers`."""
    if body.headers is not None:
        msg_id, stamp = body.headers.webhook_id, int(body.headers.webhook_timestamp)
        signature = body.headers.webhook_signature
    elif body.signature is not None and body.msgId is not None and body.timestamp is not None:
        msg_id, stamp, signature = body.msgId, body.timestamp, body.signature
    else:
        raise ValidationFailed.at("headers", "send headers, or signature with msgId and timestamp")
    data: dict[str, Any] = {"isValid": True}
    if not signing.verify(_usable(body.secret), msg_id, stamp, _body(body.payload), signature):
        data = {"isValid": False, "reason": "the signature does not match"}
    elif abs(time.time() - stamp) > signing.TOLERANCE_SECONDS:
        data = {"isValid": False, "reason": "the timestamp is outside the 5-minute tolerance"}
    return success(data, request_id_of(request))
