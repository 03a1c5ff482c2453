"""a term may end on its first day

TERM-ORDER counts both days of a term, so a term that ends on its first day is a one-day term:
`ck_representative_term_order` allows `ends_on = starts_on`. SQLite cannot alter a constraint, so
batch mode rebuilds the table there; PostgreSQL drops and adds it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 02:05:38.729522
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('representative', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_representative_term_order'), type_='check')
        batch_op.create_check_constraint(
            op.f('ck_representative_term_order'), 'ends_on IS NULL OR ends_on >= starts_on'
        )


def downgrade() -> None:
    # Refused while a one-day term is stored: the older rule has no way to hold it.
    with op.batch_alter_table('representative', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_representative_term_order'), type_='check')
        batch_op.create_check_constraint(
            op.f('ck_representative_term_order'), 'ends_on IS NULL OR ends_on > starts_on'
        )
