"""Configuration from `LIS_*` environment variables and an optional `.env` file."""

from functools import lru_cache
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

EMBEDDED_DATABASE_URL = "sqlite+aiosqlite:///./lis-registry.db"

_DRIVERLESS = {
    "sqlite://": "sqlite+aiosqlite://",
    "postgres://": "postgresql+asyncpg://",
    "postgresql://": "postgresql+asyncpg://",
}


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LIS_", env_file=".env", extra="ignore")

    database_url: str = Field(
        EMBEDDED_DATABASE_URL,
        description="SQLAlchemy URL: sqlite+aiosqlite (embedded default) or postgresql+asyncpg.",
    )
    db_pool_size: int = Field(5, ge=1, description="PostgreSQL: connections kept open per worker.")
    db_max_overflow: int = Field(10, ge=0, description="PostgreSQL: extra connections under load.")
    db_pool_timeout: float = Field(10.0, gt=0, description="Seconds to wait for a free connection.")
    db_pool_recycle: int = Field(1800, ge=-1, description="Seconds before a connection is renewed.")
    sqlite_busy_timeout_ms: int = Field(5000, ge=0, description="SQLite: wait for the write lock.")
    auto_setup: bool | None = Field(
        None,
        description="Migrate, load reference data and establish councils at start-up; "
        "default: on for SQLite, off for PostgreSQL (run `python -m app setup`).",
    )
    public_max_age: int = Field(60, ge=0, description="Cache-Control max-age of anonymous GETs.")
    log_level: Literal["debug", "info", "warning", "error"] = "info"

    @field_validator("database_url")
    @classmethod
    def use_async_driver(cls, url: str) -> str:
        for prefix, async_prefix in _DRIVERLESS.items():
            if url.startswith(prefix):
                return async_prefix + url[len(prefix) :]
        if not url.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("database_url must be a sqlite+aiosqlite:// or postgresql+asyncpg:// URL")
        return url

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def setup_at_startup(self) -> bool:
        return self.is_sqlite if self.auto_setup is None else self.auto_setup


@lru_cache
def get_settings() -> Settings:
    return Settings()
