"""Helse Nord's governance bodies, declared competences, RegUt's national functions

Seed 004's strategic council, working committee and forum are councils of a region without a
specialty: `council.specialty_code` becomes nullable, held to the kind by a check, and each body is one
of its kind in its region (`uq_council_body`). A body's member seat carries its role and, for the
forum, the share of a position; every seat may declare competences (IR-COMPETENCE-MIX). A meeting
lists the bodies it invites (HN-FORUM-MEETING-RIGHT); a region its RegUt's national functions
(REGUT-NATIONAL-FUNCTIONS). Existing rows keep working: every new column is nullable or defaults to
an empty list. SQLite cannot alter a column or a constraint, so batch mode rebuilds the tables there.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 08:10:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COUNCIL_KINDS = "('regional', 'interregional')"
EVERY_KIND = "('regional', 'interregional', 'strategic_council', 'working_committee', 'education_forum')"
ROLES = (
    "('medical_director', 'hr_director', 'rhf_director', 'regut_head', 'education_coordinating_doctor')"
)


def _json() -> sa.types.TypeEngine[object]:
    return sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql')


def upgrade() -> None:
    with op.batch_alter_table('council', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_council_kind'), type_='check')
        batch_op.drop_constraint(op.f('ck_council_region_iff_regional'), type_='check')
        batch_op.alter_column(
            'kind',
            existing_type=sa.String(length=16),
            type_=sa.String(length=24),
            existing_nullable=False,
        )
        batch_op.alter_column('specialty_code', existing_type=sa.String(length=80), nullable=True)
        batch_op.create_check_constraint(op.f('ck_council_kind'), f'kind IN {EVERY_KIND}')
        batch_op.create_check_constraint(
            op.f('ck_council_region_unless_interregional'),
            "(kind = 'interregional') = (region_code IS NULL)",
        )
        batch_op.create_check_constraint(
            op.f('ck_council_specialty_iff_council'),
            f'(kind IN {COUNCIL_KINDS}) = (specialty_code IS NOT NULL)',
        )
        batch_op.create_index(
            'uq_council_body',
            ['kind', 'region_code'],
            unique=True,
            sqlite_where=sa.text(f'kind NOT IN {COUNCIL_KINDS}'),
            postgresql_where=sa.text(f'kind NOT IN {COUNCIL_KINDS}'),
        )

    with op.batch_alter_table('representative', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('competences', _json(), server_default=sa.text("'[]'"), nullable=False)
        )
        batch_op.add_column(sa.Column('role', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('position_share', sa.Integer(), nullable=True))
        batch_op.create_check_constraint(op.f('ck_representative_role'), f'role IS NULL OR role IN {ROLES}')
        batch_op.create_check_constraint(
            op.f('ck_representative_position_share'),
            'position_share IS NULL OR position_share BETWEEN 1 AND 100',
        )

    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('invited_councils', _json(), server_default=sa.text("'[]'"), nullable=False)
        )

    with op.batch_alter_table('region', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('regut_national_functions', _json(), server_default=sa.text("'[]'"), nullable=False)
        )


def downgrade() -> None:
    # Refused while a governance body is stored: the older schema has no place for a council without
    # a specialty. Delete the bodies (and their seats and meetings) first.
    with op.batch_alter_table('region', schema=None) as batch_op:
        batch_op.drop_column('regut_national_functions')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_column('invited_councils')
    with op.batch_alter_table('representative', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_representative_position_share'), type_='check')
        batch_op.drop_constraint(op.f('ck_representative_role'), type_='check')
        batch_op.drop_column('position_share')
        batch_op.drop_column('role')
        batch_op.drop_column('competences')
    with op.batch_alter_table('council', schema=None) as batch_op:
        batch_op.drop_index('uq_council_body')
        batch_op.drop_constraint(op.f('ck_council_specialty_iff_council'), type_='check')
        batch_op.drop_constraint(op.f('ck_council_region_unless_interregional'), type_='check')
        batch_op.drop_constraint(op.f('ck_council_kind'), type_='check')
        batch_op.alter_column('specialty_code', existing_type=sa.String(length=80), nullable=False)
        batch_op.alter_column(
            'kind', existing_type=sa.String(length=24), type_=sa.String(length=16), existing_nullable=False
        )
        batch_op.create_check_constraint(op.f('ck_council_kind'), "kind IN ('regional', 'interregional')")
        batch_op.create_check_constraint(
            op.f('ck_council_region_iff_regional'), "(kind = 'regional') = (region_code IS NOT NULL)"
        )
