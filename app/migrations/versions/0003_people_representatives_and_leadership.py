"""people, representatives and leadership

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 01:28:19.253407
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('person',
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('hpr_number', sqlmodel.sql.sqltypes.AutoString(length=9), nullable=True),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=254), nullable=True),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
    sa.Column('publish_email', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('hpr_number', name=op.f('uq_person_hpr_number'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_updated_at'), ['updated_at'], unique=False)

    op.create_table('leadership_election',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('council_id', sa.Uuid(), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('leader_id', sa.Uuid(), nullable=True),
    sa.Column('deputy_leader_id', sa.Uuid(), nullable=True),
    sa.Column('coordinator_id', sa.Uuid(), nullable=True),
    sa.Column('recorded_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['coordinator_id'], ['person.id'], name=op.f('fk_leadership_election_coordinator_id_person')),
    sa.ForeignKeyConstraint(['council_id'], ['council.id'], name=op.f('fk_leadership_election_council_id_council')),
    sa.ForeignKeyConstraint(['deputy_leader_id'], ['person.id'], name=op.f('fk_leadership_election_deputy_leader_id_person')),
    sa.ForeignKeyConstraint(['leader_id'], ['person.id'], name=op.f('fk_leadership_election_leader_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_leadership_election')),
    sa.UniqueConstraint('council_id', 'effective_on', name=op.f('uq_leadership_election_council_id_effective_on'))
    )
    with op.batch_alter_table('leadership_election', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_leadership_election_council_id'), ['council_id'], unique=False)

    op.create_table('representative',
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('council_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('seat', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('trust_code', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=True),
    sa.Column('region_code', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('deputy_person_id', sa.Uuid(), nullable=True),
    sa.Column('specialist_in_specialty', sa.Boolean(), nullable=False),
    sa.Column('senior_consultant', sa.Boolean(), nullable=False),
    sa.Column('trainee', sa.Boolean(), nullable=False),
    sa.Column('education_roles', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('end_reason', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.CheckConstraint("seat IN ('member', 'trainee')", name=op.f('ck_representative_seat')),
    sa.CheckConstraint('ends_on IS NULL OR ends_on > starts_on', name=op.f('ck_representative_term_order')),
    sa.CheckConstraint('trust_code IS NULL OR region_code IS NULL', name=op.f('ck_representative_trust_or_region')),
    sa.ForeignKeyConstraint(['council_id'], ['council.id'], name=op.f('fk_representative_council_id_council')),
    sa.ForeignKeyConstraint(['deputy_person_id'], ['person.id'], name=op.f('fk_representative_deputy_person_id_person')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_representative_person_id_person')),
    sa.ForeignKeyConstraint(['region_code'], ['region.code'], name=op.f('fk_representative_region_code_region')),
    sa.ForeignKeyConstraint(['trust_code'], ['health_trust.code'], name=op.f('fk_representative_trust_code_health_trust')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_representative'))
    )
    with op.batch_alter_table('representative', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_representative_council_id'), ['council_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_representative_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_representative_updated_at'), ['updated_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('representative', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_representative_updated_at'))
        batch_op.drop_index(batch_op.f('ix_representative_person_id'))
        batch_op.drop_index(batch_op.f('ix_representative_council_id'))

    op.drop_table('representative')
    with op.batch_alter_table('leadership_election', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_leadership_election_council_id'))

    op.drop_table('leadership_election')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_updated_at'))

    op.drop_table('person')
