"""Configuration from `LIS_*` environment variables and an optional `.env` file."""

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator, model_validator
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
        description="Keep anonymous public reads, and the compliance findings, rendered once per data "
        "version and answer them from memory.",
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
    link_signing_key: SecretStr | None = Field(
        None,
        min_length=32,
        description="The secret that signs the links a person opens without logging in (POST /v1/links), "
        "at least 32 characters, the same for every worker; rotating it revokes every link. Unset: a "
        "random key per process, so links stop working on restart.",
    )
    link_days: int = Field(7, ge=1, le=31, description="How many days a link works after it is made.")

    # Personal data: who read it, and how long it is kept (docs/privacy.md).
    disclosure_store: bool = Field(
        True,
        description="Store each disclosure of personal data in the database as well as in the log, so that "
        "a person's record can say who read their data.",
    )
    disclosure_queue_size: int = Field(
        10_000, ge=1, description="Disclosures buffered for the database; more are dropped (and counted)."
    )
    disclosure_batch_size: int = Field(500, ge=1, le=5000, description="Disclosures written a statement.")
    disclosure_flush_seconds: float = Field(
        0.5, ge=0, le=60, description="How long the writer gathers disclosures before writing a batch."
    )
    retention_contact_years: int = Field(
        5,
        ge=0,
        le=100,
        description="Years a person's contact data and HPR number are kept after their last seat ended "
        "(after registration, if they never had one); then the retention run erases them.",
    )
    retention_idempotency_hours: int = Field(
        24,
        ge=24,
        le=24 * 365,
        description="Hours a stored answer to an Idempotency-Key is kept (at least the 24 a retry may take).",
    )
    retention_disclosure_days: int = Field(
        730, ge=1, le=36_500, description="Days a stored disclosure is kept."
    )
    retention_schedule: bool = Field(
        True,
        description="Run the retention daily inside the service (one worker or instance does it); off "
        "when an external scheduler runs `python -m app retention --apply`.",
    )

    # Bearer tokens, shaped as HelseID client-credentials access tokens.
    auth_jwks_url: str | None = Field(
        None,
        description="JWKS of the token issuer, fetched and cached; without it (and without a JWKS file or "
        "development tokens) found through the issuer's `/.well-known/openid-configuration`.",
    )
    auth_jwks_file: Path | None = Field(None, description="JWKS from a file instead of a URL.")
    auth_jwks_cache_seconds: int = Field(3600, ge=0)
    auth_jwks_refetch_seconds: float = Field(
        30.0,
        gt=0,
        description="A token signed with a key the cached set lacks fetches the set again at once, up to "
        "3 times in a row, then once per this many seconds: a rotation works at once, a flood of unknown "
        "`kid`s cannot make the service hammer the issuer.",
    )
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
    auth_org_number_child_claim: str = "helseid://claims/client/claims/orgnr_child"
    auth_client_name_claim: str = "helseid://claims/client/client_name"

    # DPoP: sender-constrained tokens (RFC 9449), as HelseID issues them to new API clients.
    dpop_required: bool | None = Field(
        None,
        description="Refuse Bearer tokens altogether: only `Authorization: DPoP` with a proof. Default: "
        "required in production, accepted beside Bearer in development.",
    )
    dpop_algorithms: list[str] = Field(
        default_factory=lambda: ["ES256", "PS256", "RS256"], description="Algorithms a proof may use."
    )
    dpop_proof_max_age_seconds: int = Field(
        60, ge=1, le=600, description="How old a proof may be (its `iat`); as long as its `jti` is kept."
    )
    dpop_nonces: bool = Field(
        False, description="Demand a server-provided nonce in every proof (RFC 9449 §8)."
    )
    dpop_nonce_secret: SecretStr | None = Field(
        None,
        description="The key nonces are made with, the same for every worker and instance (at least 32 "
        "characters); needed with LIS_DPOP_NONCES.",
    )
    dpop_nonce_seconds: int = Field(
        300, ge=10, le=3600, description="A nonce is valid for one to two of these windows."
    )
    public_base_url: str | None = Field(
        None,
        description="The URL clients call the service at (e.g. `https://lis.example.no`), behind a proxy: "
        "what a DPoP proof's `htu` must name. Default: the scheme and host of the request itself; "
        "X-Forwarded-* headers are never trusted for it.",
    )
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

    @field_validator("auth_algorithms", "dpop_algorithms")
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

    @model_validator(mode="after")
    def nonces_need_a_shared_secret(self) -> "Settings":
        secret = self.dpop_nonce_secret
        if self.dpop_nonces and (secret is None or len(secret.get_secret_value()) < 32):
            raise ValueError("LIS_DPOP_NONCES needs LIS_DPOP_NONCE_SECRET of at least 32 characters")
        return self

    @field_validator("public_base_url")
    @classmethod
    def absolute_base_url(cls, url: str | None) -> str | None:
        if url is not None and not url.startswith(("https://", "http://")):
            raise ValueError("public_base_url must be an absolute http(s) URL")
        return None if url is None else url.rstrip("/")

    @property
    def dpop_is_required(self) -> bool:
        return self.environment == "production" if self.dpop_required is None else self.dpop_required

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
