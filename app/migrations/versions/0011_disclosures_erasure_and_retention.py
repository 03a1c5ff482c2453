"""disclosures, erasure and restriction of people, and scheduled maintenance

Reads of personal data are kept in `disclosure` (field names, never values) so that a person can be
told who read their data. A person's contact data and HPR number can be erased (`erased_at`) or
restricted (`restricted_at`: kept, never shown). `maintenance_run` remembers when a scheduled task
(the daily retention run) last finished, so that of several workers and instances one runs it.
Both new columns of `person` are nullable: existing people are neither erased nor restricted.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 17:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _json() -> sa.types.TypeEngine[object]:
    return sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql')


def upgrade() -> None:
    op.create_table(
        'disclosure',
        sa.Column(
            'id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False
        ),
        sa.Column('occurred_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('person_id', sa.Uuid(), nullable=True),
        sa.Column('subject', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column('fields_shown', _json(), nullable=False),
        sa.Column('principal_kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column('client_id', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column('org_number', sqlmodel.sql.sqltypes.AutoString(length=9), nullable=True),
        sa.Column('org_number_child', sqlmodel.sql.sqltypes.AutoString(length=9), nullable=True),
        sa.Column('client_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column('method', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column('route', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column('path', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column('status', sa.Integer(), nullable=False),
        sa.Column('request_id', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_disclosure')),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table('disclosure', schema=None) as batch_op:
        batch_op.create_index('ix_disclosure_client_id_id', ['client_id', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_disclosure_occurred_at'), ['occurred_at'], unique=False)
        batch_op.create_index('ix_disclosure_person_id_id', ['person_id', 'id'], unique=False)

    op.create_table(
        'maintenance_run',
        sa.Column('task', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column('finished_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint('task', name=op.f('pk_maintenance_run')),
    )

    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('erased_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('restricted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('restricted_at')
        batch_op.drop_column('erased_at')
    op.drop_table('maintenance_run')
    with op.batch_alter_table('disclosure', schema=None) as batch_op:
        batch_op.drop_index('ix_disclosure_person_id_id')
        batch_op.drop_index(batch_op.f('ix_disclosure_occurred_at'))
        batch_op.drop_index('ix_disclosure_client_id_id')
    op.drop_table('disclosure')
