"""Fixtures the API walkthroughs share: the national council structure and its councils by name."""

import httpx
import pytest

from app.bootstrap import establish_councils
from app.storage.database import Database
from tests.api.test_seat_walkthroughs import Registry
from tests.tokens import Tokens


@pytest.fixture
async def registry(client: httpx.AsyncClient, tokens: Tokens, clean_database: Database) -> Registry:
    """The national council structure, established; no seats yet."""
    await establish_councils(clean_database)
    return Registry(client, tokens)


@pytest.fixture
async def nord(registry: Registry) -> str:
    """The regional council of anaesthesiology in Helse Nord (profile helse-nord)."""
    return await registry.council(region="helse-nord")


@pytest.fixture
async def sor_ost(registry: Registry) -> str:
    """The regional council of anaesthesiology in Helse Sør-Øst (profile helse-sor-ost)."""
    return await registry.council(region="helse-sor-ost")


@pytest.fixture
async def interregional(registry: Registry) -> str:
    """The inter-regional council of anaesthesiology, whose responsible RegUt is Helse Nord's."""
    return await registry.council()
