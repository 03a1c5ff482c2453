"""Configuration from `LIS_*` environment variables and an optional `.env` file."""

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator
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
    db_pool_size: int = Field(10, ge=1, description="PostgreSQL: connections kept open per worker.")
    db_max_overflow: int = Field(
        0,
        ge=0,
        description="PostgreSQL: extra connections under load, each closed again when returned (churn).",
    )
    db_pool_timeout: float = Field(10.0, gt=0, description="Seconds to wait for a free connection.")
    db_pool_recycle: int = Field(1800, ge=-1, description="Seconds before a connection is renewed.")
    sqlite_busy_timeout_ms: int = Field(5000, ge=0, description="SQLite: wait for the write lock.")
    auto_setup: bool | None = Field(
        None,
        description="Migrate, load reference data and establish councils at start-up; "
        "default: on for SQLite, off for PostgreSQL (run `python -m app setup`).",
    )
    public_max_age: int = Field(60, ge=0, description="Cache-Control max-age of anonymous GETs.")
    feed_max_wait_seconds: float = Field(
        30,
        ge=0,
        le=30,
        description="The longest a change-feed request waits (`wait=`): below any proxy's idle timeout.",
    )
    snapshots: bool = Field(
        True,
        description="Keep anonymous public reads rendered once per data version and answer them from memory.",
    )
    max_body_bytes: int = Field(256 * 1024, ge=1024, description="Larger request bodies get 413.")
    import_max_bytes: int = Field(
        20 * 1024 * 1024, ge=1024, description="POST /v1/imports: larger spreadsheets get 413."
    )
    import_max_unpacked_bytes: int = Field(
        200 * 1024 * 1024,
        ge=1024,
        description="POST /v1/imports: an XLSX whose parts unpack to more (a zip bomb) gets 413.",
    )
    import_max_rows: int = Field(
        20_000, ge=10, description="POST /v1/imports: a sheet with more data rows is refused (422)."
    )
    environment: Literal["development", "production"] = Field(
        "development", description="`production` refuses development tokens and logs JSON by default."
    )
    log_level: Literal["debug", "info", "warning", "error"] = Field(
        "info", description="The service's own log lines at this level and above."
    )
    log_format: Literal["json", "console"] | None = Field(
        None, description="`json` (one object a line) or `console`; default: json in production."
    )
    access_log: bool = Field(True, description="One log line per request (logger `app.access`).")
    metrics: bool = Field(True, description="Serve Prometheus metrics at /metrics.")
    cors_origins: list[str] = Field(
        default_factory=list,
        description="Browser origins that may call the API, a JSON list such as "
        '`["https://lis.no"]`; none by default.',
    )
    drain_seconds: float = Field(
        0.0,
        ge=0,
        le=300,
        description="After SIGTERM: seconds to answer new requests with 503 (and /health/ready with 503) "
        "before the listener closes, so a load balancer stops routing here first.",
    )
    shutdown_timeout_seconds: float = Field(
        30.0, gt=0, description="After the drain: the longest in-flight requests may take to finish."
    )
    traces_endpoint: str | None = Field(
        None,
        description="OTLP/HTTP endpoint for OpenTelemetry traces, e.g. http://collector:4318/v1/traces; "
        "tracing is off (and costs nothing) without it.",
    )

    # Bearer tokens, shaped as HelseID client-credentials access tokens.
    auth_jwks_url: str | None = Field(None, description="JWKS of the token issuer, fetched and cached.")
    auth_jwks_file: Path | None = Field(None, description="JWKS from a file instead of a URL.")
    auth_jwks_cache_seconds: int = Field(3600, ge=0)
    auth_issuer: str = "https://helseid-sts.nhn.no"
    auth_audience: str = Field("lis:council-registry", description="`<owner>:<api>`.")
    auth_scope_prefix: str = Field(
        "lis:council-registry/",
        description="Scopes are `<prefix><name>`, name one of read, appointments, regut, admin.",
    )
    auth_scope_claim: str = "scope"
    auth_org_number_claim: str = "helseid://claims/client/claims/orgnr_parent"
    auth_algorithms: list[str] = Field(default_factory=lambda: ["RS256", "PS256", "ES256"])
    auth_leeway_seconds: int = Field(30, ge=0, le=300)
    dev_tokens: bool = Field(
        False,
        description="Trust a local development key and allow `python -m app token`; never in production.",
    )
    dev_key_file: Path = Path(".lis-dev-key.pem")

    @field_validator("database_url")
    @classmethod
    def use_async_driver(cls, url: str) -> str:
        for prefix, async_prefix in _DRIVERLESS.items():
            if url.startswith(prefix):
                return async_prefix + url[len(prefix) :]
        if not url.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("database_url must be a sqlite+aiosqlite:// or postgresql+asyncpg:// URL")
        return url

    @field_validator("auth_algorithms")
    @classmethod
    def asymmetric_algorithms_only(cls, algorithms: list[str]) -> list[str]:
        # `none` forges anything; an HS* algorithm would let a public key serve as a shared secret.
        refused = [a for a in algorithms if a.lower() == "none" or a.upper().startswith("HS")]
        if refused or not algorithms:
            raise ValueError(f"only asymmetric algorithms are allowed, not {refused or 'none at all'}")
        return algorithms

    @model_validator(mode="after")
    def no_development_keys_in_production(self) -> "Settings":
        if self.environment == "production" and self.dev_tokens:
            raise ValueError("LIS_DEV_TOKENS must be off when LIS_ENVIRONMENT is production")
        return self

    @property
    def logs_json(self) -> bool:
        return (self.log_format or ("json" if self.environment == "production" else "console")) == "json"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def setup_at_startup(self) -> bool:
        return self.is_sqlite if self.auto_setup is None else self.auto_setup


@lru_cache
def get_settings() -> Settings:
    return Settings()
