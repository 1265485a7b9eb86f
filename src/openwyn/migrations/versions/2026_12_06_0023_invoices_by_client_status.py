"""An index for a client's invoices in a status, newest first (`POST /gql/v1/invoices/search`
with `clientId` and `status`, the question "what does this client owe"): the tenant, the
client, the stored status, then the default order's issue date. A status condition (POSTED
and OVERDUE both read the stored POSTED) becomes part of the index range, so the page reads
its 50 rows in order and the count only the client's invoices in that status, not the whole
history of paid ones (bench/README.md, "Invoice search at 100k and 1M invoices").

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-06 14:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NAME = "ix_invoices_tenant_id_client_id_status_issue_date"


def upgrade() -> None:
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.create_index(
            _NAME, ["tenant_id", "client_id", "status", "issue_date"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.drop_index(_NAME)
