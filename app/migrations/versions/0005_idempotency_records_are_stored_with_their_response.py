"""idempotency records are stored with their response

An Idempotency-Key is now held inside the request's own transaction and written only with the response
it answers for, so a record is always complete: `completed` goes, `status_code` and `body` are required,
and the response's ETag is kept so a replay carries it as the first response did.
Claims left "in flight" by the previous version belong to requests that are over; they are dropped.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 02:16:08.831567
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("DELETE FROM idempotency_record WHERE NOT completed OR status_code IS NULL OR body IS NULL")
    with op.batch_alter_table('idempotency_record', schema=None) as batch_op:
        batch_op.alter_column('status_code', existing_type=sa.INTEGER(), nullable=False)
        batch_op.alter_column('body', existing_type=sa.TEXT(), nullable=False)
        batch_op.drop_column('completed')
        batch_op.add_column(sa.Column('etag', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('idempotency_record', schema=None) as batch_op:
        batch_op.drop_column('etag')
        batch_op.add_column(sa.Column('completed', sa.BOOLEAN(), nullable=False, server_default=sa.true()))
        batch_op.alter_column('body', existing_type=sa.TEXT(), nullable=True)
        batch_op.alter_column('status_code', existing_type=sa.INTEGER(), nullable=True)
