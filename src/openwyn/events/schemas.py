"""What the change feed and the subscription routes answer, for the OpenAPI document.

The routes build their answers as plain dicts (feed.payload, subscriptions.view); these models
only describe them, so generated clients get typed events and subscriptions.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, Field

Operation = Annotated[
    str,
    Field(
        pattern=r"^[A-Z][A-Z_]{0,39}$",
        description="CREATE, UPDATE, DELETE, or a workflow operation of the catalog "
        "(e.g. POSTED of invoice).",
    ),
]


class Event(BaseModel):
    id: str = Field(description="evt_ and 24 hex digits; deliveries carry it as webhook-id.")
    type: str = Field(description="`<entityType>.<operation>`.")
    entityType: str  # noqa: N815 - the contract's field names
    operation: Operation
    tenant: str
    occurredAt: str  # noqa: N815
    entityId: int  # noqa: N815
    systemRef: str | None  # noqa: N815
    data: dict[str, Any] = Field(description="The object after the change (before a delete).")
    previous: dict[str, Any] | None = Field(description="The changed fields' former values.")


class Subscription(BaseModel):
    id: int
    staffId: int | None  # noqa: N815
    entityType: str  # noqa: N815
    operation: Operation
    deliveryUrl: str  # noqa: N815
    description: str | None
    filterExpression: str | None  # noqa: N815
    active: bool
    status: str
    isInternal: bool  # noqa: N815
    version: int
    createdAt: str  # noqa: N815
    updatedAt: str  # noqa: N815


class SubscriptionCreated(BaseModel):
    subscription: Subscription
    webhookSecret: str  # noqa: N815
    webhookSecretInstructions: str  # noqa: N815


class CatalogEntry(BaseModel):
    entityType: str  # noqa: N815
    operation: Operation
    enabled: bool
    description: str


class Delivery(BaseModel):
    id: int
    subscriptionId: int  # noqa: N815
    eventId: str  # noqa: N815
    entityType: str  # noqa: N815
    operation: Operation
    entityId: int  # noqa: N815
    attempt: int
    status: str = Field(
        description="PENDING, SUCCEEDED, RETRYING, FAILED, or FILTERED (the subscription's "
        "filter could not be evaluated)."
    )
    statusCode: int | None  # noqa: N815
    responseBody: str | None  # noqa: N815
    durationMs: int | None  # noqa: N815
    error: str | None
    createdAt: str  # noqa: N815
    nextAttemptAt: str | None  # noqa: N815


class Queued(BaseModel):
    queued: int = Field(description="How many deliveries were queued.")
