"""Spreadsheet imports: their state and report; the audit entries and events an import made

`data_import` keeps every import, dry run or committed, with its report, so that a client that timed
out can read what happened (`GET /v1/imports/{import_id}`). The audit entries and outbox events of
the changes an import commits name it (`import_id`, null for a single write). Existing rows keep
working: both new columns are nullable.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 18:30:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _json() -> sa.types.TypeEngine[object]:
    return sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql')


def upgrade() -> None:
    op.create_table(
        'data_import',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('principal_kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column('principal_subject', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column('org_number', sqlmodel.sql.sqltypes.AutoString(length=9), nullable=True),
        sa.Column('media_type', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column('file_sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('file_bytes', sa.Integer(), nullable=False),
        sa.Column('commit', sa.Boolean(), nullable=False),
        sa.Column('state', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column('report', _json(), nullable=False),
        sa.CheckConstraint(
            "state IN ('validated', 'refused', 'committed')", name=op.f('ck_data_import_state')
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_data_import')),
    )
    with op.batch_alter_table('data_import', schema=None) as batch_op:
        batch_op.create_index('ix_data_import_created_at', ['created_at'], unique=False)

    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('import_id', sa.Uuid(), nullable=True))

    with op.batch_alter_table('outbox_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('import_id', sa.Uuid(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('outbox_event', schema=None) as batch_op:
        batch_op.drop_column('import_id')

    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_column('import_id')

    with op.batch_alter_table('data_import', schema=None) as batch_op:
        batch_op.drop_index('ix_data_import_created_at')

    op.drop_table('data_import')
