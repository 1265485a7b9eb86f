"""Every ORM table, re-exported so Alembic sees the whole metadata."""

from openwyn.models.api_key import ApiKey
from openwyn.models.base import Base
from openwyn.models.catalog import ClientBusinessEntity, Industry, ServiceLine
from openwyn.models.client import Client
from openwyn.models.contact import Contact, ContactClient, ContactInfo
from openwyn.models.department import Department
from openwyn.models.event import Event
from openwyn.models.event_subscription import EventSubscription
from openwyn.models.file import File
from openwyn.models.idempotency_key import IdempotencyKey
from openwyn.models.job import Job, JobTemplate
from openwyn.models.office import Office
from openwyn.models.outbound_message import OutboundMessage
from openwyn.models.rate_limit_counter import RateLimitCounter
from openwyn.models.record import CustomRecord, CustomRecordType
from openwyn.models.staff import Staff
from openwyn.models.tenant import Tenant
from openwyn.models.webhook_delivery import WebhookAttempt, WebhookDelivery, WebhookDispatchCursor
from openwyn.models.webhook_secret import WebhookSecret
from openwyn.models.wip import JobRollup, Wip

__all__ = [
    "ApiKey",
    "Base",
    "Client",
    "ClientBusinessEntity",
    "Contact",
    "ContactClient",
    "ContactInfo",
    "CustomRecord",
    "CustomRecordType",
    "Department",
    "Event",
    "EventSubscription",
    "File",
    "IdempotencyKey",
    "Industry",
    "Job",
    "JobRollup",
    "JobTemplate",
    "Office",
    "OutboundMessage",
    "RateLimitCounter",
    "ServiceLine",
    "Staff",
    "Tenant",
    "WebhookAttempt",
    "WebhookDelivery",
    "WebhookDispatchCursor",
    "WebhookSecret",
    "Wip",
]
