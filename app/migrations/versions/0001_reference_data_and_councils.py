"""reference data and councils

Revision ID: 0001
Revises:
Create Date: 2026-11-23 00:56:43.984659
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('region',
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('regut_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('regut_email', sqlmodel.sql.sqltypes.AutoString(length=254), nullable=True),
    sa.Column('corrected_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_region'))
    )
    with op.batch_alter_table('region', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_region_updated_at'), ['updated_at'], unique=False)

    op.create_table('coordinating_period',
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('region_code', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('corrected_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.CheckConstraint('starts_on IS NULL OR starts_on <= ends_on', name=op.f('ck_coordinating_period_period_order')),
    sa.ForeignKeyConstraint(['region_code'], ['region.code'], name=op.f('fk_coordinating_period_region_code_region')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_coordinating_period')),
    sa.UniqueConstraint('ends_on', name=op.f('uq_coordinating_period_ends_on'))
    )
    with op.batch_alter_table('coordinating_period', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_coordinating_period_updated_at'), ['updated_at'], unique=False)

    op.create_table('health_trust',
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('region_code', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('org_number', sqlmodel.sql.sqltypes.AutoString(length=9), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('hosts_regut', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('corrected_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.CheckConstraint("kind IN ('hf', 'private')", name=op.f('ck_health_trust_kind')),
    sa.CheckConstraint('length(org_number) = 9', name=op.f('ck_health_trust_org_number_length')),
    sa.ForeignKeyConstraint(['region_code'], ['region.code'], name=op.f('fk_health_trust_region_code_region')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_health_trust')),
    sa.UniqueConstraint('org_number', name=op.f('uq_health_trust_org_number'))
    )
    with op.batch_alter_table('health_trust', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_health_trust_region_code'), ['region_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_health_trust_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index('uq_health_trust_regut_host', ['region_code'], unique=True, sqlite_where=sa.text('hosts_regut'), postgresql_where=sa.text('hosts_regut'))

    op.create_table('specialty',
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('name_nb', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('name_en', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('abbreviation', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('hospital_based', sa.Boolean(), nullable=False),
    sa.Column('responsible_region_code', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
    sa.Column('corrected_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['responsible_region_code'], ['region.code'], name=op.f('fk_specialty_responsible_region_code_region')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_specialty'))
    )
    with op.batch_alter_table('specialty', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_specialty_updated_at'), ['updated_at'], unique=False)

    op.create_table('council',
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('specialty_code', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('region_code', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('contact_email', sqlmodel.sql.sqltypes.AutoString(length=254), nullable=True),
    sa.Column('established_on', sa.Date(), nullable=False),
    sa.Column('dissolved_on', sa.Date(), nullable=True),
    sa.CheckConstraint("(kind = 'regional') = (region_code IS NOT NULL)", name=op.f('ck_council_region_iff_regional')),
    sa.CheckConstraint("kind IN ('regional', 'interregional')", name=op.f('ck_council_kind')),
    sa.CheckConstraint('dissolved_on IS NULL OR dissolved_on >= established_on', name=op.f('ck_council_dissolved_after_established')),
    sa.ForeignKeyConstraint(['region_code'], ['region.code'], name=op.f('fk_council_region_code_region')),
    sa.ForeignKeyConstraint(['specialty_code'], ['specialty.code'], name=op.f('fk_council_specialty_code_specialty')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_council'))
    )
    with op.batch_alter_table('council', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_council_region_code'), ['region_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_council_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index('uq_council_interregional', ['specialty_code'], unique=True, sqlite_where=sa.text("kind = 'interregional'"), postgresql_where=sa.text("kind = 'interregional'"))
        batch_op.create_index('uq_council_regional', ['specialty_code', 'region_code'], unique=True, sqlite_where=sa.text("kind = 'regional'"), postgresql_where=sa.text("kind = 'regional'"))

    op.create_table('council_appointing_trust',
    sa.Column('council_id', sa.Uuid(), nullable=False),
    sa.Column('trust_code', sa.String(length=60), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['council_id'], ['council.id'], name=op.f('fk_council_appointing_trust_council_id_council'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['trust_code'], ['health_trust.code'], name=op.f('fk_council_appointing_trust_trust_code_health_trust')),
    sa.PrimaryKeyConstraint('council_id', 'trust_code', name=op.f('pk_council_appointing_trust'))
    )
    with op.batch_alter_table('council_appointing_trust', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_council_appointing_trust_trust_code'), ['trust_code'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('council_appointing_trust', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_council_appointing_trust_trust_code'))

    op.drop_table('council_appointing_trust')
    with op.batch_alter_table('council', schema=None) as batch_op:
        batch_op.drop_index('uq_council_regional', sqlite_where=sa.text("kind = 'regional'"), postgresql_where=sa.text("kind = 'regional'"))
        batch_op.drop_index('uq_council_interregional', sqlite_where=sa.text("kind = 'interregional'"), postgresql_where=sa.text("kind = 'interregional'"))
        batch_op.drop_index(batch_op.f('ix_council_updated_at'))
        batch_op.drop_index(batch_op.f('ix_council_region_code'))

    op.drop_table('council')
    with op.batch_alter_table('specialty', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_specialty_updated_at'))

    op.drop_table('specialty')
    with op.batch_alter_table('health_trust', schema=None) as batch_op:
        batch_op.drop_index('uq_health_trust_regut_host', sqlite_where=sa.text('hosts_regut'), postgresql_where=sa.text('hosts_regut'))
        batch_op.drop_index(batch_op.f('ix_health_trust_updated_at'))
        batch_op.drop_index(batch_op.f('ix_health_trust_region_code'))

    op.drop_table('health_trust')
    with op.batch_alter_table('coordinating_period', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_coordinating_period_updated_at'))

    op.drop_table('coordinating_period')
    with op.batch_alter_table('region', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_region_updated_at'))

    op.drop_table('region')
