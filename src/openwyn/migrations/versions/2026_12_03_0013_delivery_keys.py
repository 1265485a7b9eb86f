"""A delivery's tenant and subscription are one foreign key; the log's tenant is not a key.

A delivery had a key to its tenant and another to its subscription: two checks per row, and
neither held the two to the same tenant. The composite key `(tenant_id, subscription_id)` to
`event_subscriptions (tenant_id, id)` checks both at once and does. A logged attempt's tenant is
copied from its delivery by the statement that logs it, and its delivery's key stays. Foreign
keys are checked row by row, a tenth of the database's work in queueing a delivery each; a
tenant's deletion still reaches deliveries and log, through subscriptions and deliveries.

On PostgreSQL the new key is checked against existing deliveries while the tables are locked.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 08:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SUBSCRIPTION_KEY = "uq_event_subscriptions_tenant_id_id"
_DELIVERY_TENANT = "fk_webhook_deliveries_tenant_id_tenants"
_DELIVERY_SUBSCRIPTION = "fk_webhook_deliveries_subscription_id_event_subscriptions"
_DELIVERY_BOTH = "fk_webhook_deliveries_tenant_id_event_subscriptions"
_ATTEMPT_TENANT = "fk_webhook_attempts_tenant_id_tenants"


def upgrade() -> None:
    with op.batch_alter_table("event_subscriptions") as batch_op:
        batch_op.create_unique_constraint(_SUBSCRIPTION_KEY, ["tenant_id", "id"])
    with op.batch_alter_table("webhook_deliveries") as batch_op:
        batch_op.drop_constraint(_DELIVERY_TENANT, type_="foreignkey")
        batch_op.drop_constraint(_DELIVERY_SUBSCRIPTION, type_="foreignkey")
        batch_op.create_foreign_key(
            _DELIVERY_BOTH,
            "event_subscriptions",
            ["tenant_id", "subscription_id"],
            ["tenant_id", "id"],
            ondelete="CASCADE",
        )
    with op.batch_alter_table("webhook_attempts") as batch_op:
        batch_op.drop_constraint(_ATTEMPT_TENANT, type_="foreignkey")


def downgrade() -> None:
    with op.batch_alter_table("webhook_attempts") as batch_op:
        batch_op.create_foreign_key(
            _ATTEMPT_TENANT, "tenants", ["tenant_id"], ["id"], ondelete="CASCADE"
        )
    with op.batch_alter_table("webhook_deliveries") as batch_op:
        batch_op.drop_constraint(_DELIVERY_BOTH, type_="foreignkey")
        batch_op.create_foreign_key(
            _DELIVERY_SUBSCRIPTION,
            "event_subscriptions",
            ["subscription_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.create_foreign_key(
            _DELIVERY_TENANT, "tenants", ["tenant_id"], ["id"], ondelete="CASCADE"
        )
    with op.batch_alter_table("event_subscriptions") as batch_op:
        batch_op.drop_constraint(_SUBSCRIPTION_KEY, type_="unique")
