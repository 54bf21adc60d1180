"""Contacts and their interactions, with the aggregates the reconnect list reads by index.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contacts",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("owner", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("name_lower", sa.String(200), nullable=False),
        sa.Column("closeness", sa.String(20)),
        sa.Column("how_we_met", sa.Text),
        sa.Column("notes", sa.JSON, nullable=False),
        sa.Column("offers", sa.JSON, nullable=False),
        sa.Column("tags", sa.JSON, nullable=False),
        sa.Column("email", sa.String(320)),
        sa.Column("profile_url", sa.String(500)),
        sa.Column("cadence_days", sa.Integer),
        sa.Column("external_key", sa.String(300)),
        sa.Column("last_contact", sa.Date),
        sa.Column("gave", sa.Integer, nullable=False, server_default="0"),
        sa.Column("received", sa.Integer, nullable=False, server_default="0"),
        sa.Column("neutral", sa.Integer, nullable=False, server_default="0"),
        sa.Column("deficit", sa.Integer, nullable=False, server_default="0"),
        sa.Column("due_on", sa.Date),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    for name, cols in (
        ("ix_contacts_owner_name", ["owner", "name_lower"]),
        ("ix_contacts_owner_due", ["owner", "due_on"]),
        ("ix_contacts_owner_last", ["owner", "last_contact"]),
        ("ix_contacts_owner_deficit", ["owner", "deficit"]),
        ("ix_contacts_owner_email", ["owner", "email"]),
        ("ix_contacts_owner_url", ["owner", "profile_url"]),
        ("ix_contacts_owner_key", ["owner", "external_key"]),
    ):
        op.create_index(name, "contacts", cols)
    op.create_table(
        "interactions",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("owner", sa.String(64), nullable=False),
        sa.Column(
            "contact_id",
            sa.String(32),
            sa.ForeignKey("contacts.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("date", sa.Date, nullable=False),
        sa.Column("direction", sa.String(10), nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("source", sa.String(40), nullable=False),
        sa.Column("source_key", sa.String(300)),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_interactions_contact_date", "interactions", ["contact_id", "date"])
    op.create_index(
        "ux_interactions_owner_source_key", "interactions", ["owner", "source_key"], unique=True
    )


def downgrade() -> None:
    op.drop_table("interactions")
    op.drop_table("contacts")
