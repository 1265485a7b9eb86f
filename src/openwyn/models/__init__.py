"""Every ORM table, re-exported so Alembic sees the whole metadata."""

from openwyn.models.api_key import ApiKey
from openwyn.models.base import Base
from openwyn.models.catalog import ClientBusinessEntity, Industry, ServiceLine
from openwyn.models.client import Client
from openwyn.models.client_request import (
    ClientRequest,
    ClientRequestContact,
    ClientRequestItem,
    ClientRequestUpload,
)
from openwyn.models.contact import Contact, ContactClient, ContactInfo
from openwyn.models.deliverable import (
    Deliverable,
    DeliverableDownload,
    DeliverableFile,
    DeliverableRecipient,
)
from openwyn.models.department import Department
from openwyn.models.draft_invoice import DraftInvoice, DraftInvoiceHistory, DraftInvoiceLine
from openwyn.models.engagement import (
    Engagement,
    EngagementClient,
    EngagementRenewalDigest,
    EngagementService,
    EngagementSigner,
    EngagementSigningLink,
    EngagementTeamMember,
    EngagementTemplate,
)
from openwyn.models.event import Event
from openwyn.models.event_subscription import EventSubscription
from openwyn.models.file import File
from openwyn.models.idempotency_key import IdempotencyKey
from openwyn.models.invoice import Invoice, InvoiceCounter, InvoiceLine
from openwyn.models.job import Job, JobTemplate
from openwyn.models.ledger import ArAllocation, ArTransaction, ClientBalance
from openwyn.models.office import Office
from openwyn.models.outbound_message import OutboundMessage
from openwyn.models.payment import Payment
from openwyn.models.payment_plan import PaymentPlan, PaymentPlanRun
from openwyn.models.rate_limit_counter import RateLimitCounter
from openwyn.models.record import CustomRecord, CustomRecordType
from openwyn.models.staff import Staff
from openwyn.models.statement import Statement, StatementRun
from openwyn.models.tenant import Tenant
from openwyn.models.webhook_delivery import WebhookAttempt, WebhookDelivery, WebhookDispatchCursor
from openwyn.models.webhook_secret import WebhookSecret
from openwyn.models.wip import JobRollup, Wip

__all__ = [
    "ApiKey",
    "ArAllocation",
    "ArTransaction",
    "Base",
    "Client",
    "ClientBalance",
    "ClientBusinessEntity",
    "ClientRequest",
    "ClientRequestContact",
    "ClientRequestItem",
    "ClientRequestUpload",
    "Contact",
    "ContactClient",
    "ContactInfo",
    "CustomRecord",
    "CustomRecordType",
    "Deliverable",
    "DeliverableDownload",
    "DeliverableFile",
    "DeliverableRecipient",
    "Department",
    "DraftInvoice",
    "DraftInvoiceHistory",
    "DraftInvoiceLine",
    "Engagement",
    "EngagementClient",
    "EngagementRenewalDigest",
    "EngagementService",
    "EngagementSigner",
    "EngagementSigningLink",
    "EngagementTeamMember",
    "EngagementTemplate",
    "Event",
    "EventSubscription",
    "File",
    "IdempotencyKey",
    "Industry",
    "Invoice",
    "InvoiceCounter",
    "InvoiceLine",
    "Job",
    "JobRollup",
    "JobTemplate",
    "Office",
    "OutboundMessage",
    "Payment",
    "PaymentPlan",
    "PaymentPlanRun",
    "RateLimitCounter",
    "ServiceLine",
    "Staff",
    "Statement",
    "StatementRun",
    "Tenant",
    "WebhookAttempt",
    "WebhookDelivery",
    "WebhookDispatchCursor",
    "WebhookSecret",
    "Wip",
]
