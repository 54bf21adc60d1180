"""Messages recorded as sent, each linked to the interaction it was logged as.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sent_messages",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("owner", sa.String(64), nullable=False),
        sa.Column(
            "contact_id",
            sa.String(32),
            sa.ForeignKey("contacts.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "interaction_id",
            sa.String(32),
            sa.ForeignKey("interactions.id", ondelete="SET NULL"),
        ),
        sa.Column("sent_on", sa.Date, nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("subject", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("classification", sa.String(10), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_sent_contact", "sent_messages", ["contact_id", "sent_on"])


def downgrade() -> None:
    op.drop_table("sent_messages")
