"""DPoP proofs spent, and HelseID's client claims in the audit log

`dpop_proof` is the replay cache of DPoP proofs (RFC 9449 §11.1), shared by every worker and instance:
one row per proof key and `jti`, its primary key deciding which of two racing requests spends a proof,
deleted once the proof would be too old to accept anyway (`expires_at`). Audit entries record HelseID's
`orgnr_child` and `client_name` beside the organisation number; both nullable, so existing entries stay.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 17:37:46
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'dpop_proof',
        sa.Column('proof_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('expires_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint('proof_id', name=op.f('pk_dpop_proof')),
    )
    with op.batch_alter_table('dpop_proof', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dpop_proof_expires_at'), ['expires_at'], unique=False)
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('org_number_child', sqlmodel.sql.sqltypes.AutoString(length=9), nullable=True))
        batch_op.add_column(sa.Column('client_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_column('client_name')
        batch_op.drop_column('org_number_child')
    with op.batch_alter_table('dpop_proof', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dpop_proof_expires_at'))
    op.drop_table('dpop_proof')
