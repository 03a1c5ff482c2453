"""The application factory."""

import gc
import logging
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi_offline import FastAPIOffline

from app import __version__ as service_version
from app.bootstrap import set_up
from app.contract.common import Problem
from app.edge.auth import ProofChecker, TokenVerifier
from app.edge.cors import Cors
from app.edge.disclosure_store import DisclosureStore
from app.edge.errors import install_error_handlers
from app.edge.lifecycle import Lifecycle
from app.edge.maintenance import DailyRetention
from app.edge.metrics import Metrics, serve_metrics
from app.edge.observability import ObservedRequests
from app.edge.openapi import TAGS, complete_openapi
from app.edge.protocol import BodyLimitMiddleware, HeadMiddleware, HttpCacheMiddleware, LastResortMiddleware
from app.edge.snapshots import Snapshots
from app.logs import stamp_request_ids
from app.routers import (
    activity,
    audit,
    compliance,
    councils,
    directory,
    events,
    health,
    imports,
    links,
    meetings,
    privacy,
    proposals,
    reference,
    representatives,
    rules,
)
from app.settings import Settings, get_settings
from app.storage.changes import DataVersion
from app.storage.database import Database
from app.tracing import trace

API_VERSION = "1.0.0"
"""The contract's version (`info.version` of openapi.yaml): bump it with every contract change."""

DESCRIPTION = """\
Registry of the councils for the specialist training of doctors (LIS) in Norway: regional and
inter-regional councils, their representatives, meetings and proposals to change learning goals.

Errors are RFC 9457 `application/problem+json` with a `rule`: the rule ID of the mandate rule that was
broken, or a protocol code such as `REQUEST-INVALID`.
"""


def operation_id(route: APIRoute) -> str:
    """Readable, stable camelCase operationIds from route names (`list_councils` → `listCouncils`)."""
    first, *rest = route.name.split("_")
    return first + "".join(word.capitalize() for word in rest)


def create_app(settings: Settings | None = None, database: Database | None = None) -> FastAPI:
    settings = settings or get_settings()
    owns_database = database is None
    database = database or Database(settings)

    lifecycle = Lifecycle(settings.drain_seconds)
    version = DataVersion(database)
    metrics = Metrics({"version": service_version, "contract": API_VERSION}) if settings.metrics else None
    disclosures = (
        DisclosureStore(
            database,
            capacity=settings.disclosure_queue_size,
            batch_size=settings.disclosure_batch_size,
            linger_seconds=settings.disclosure_flush_seconds,
            counted=metrics.count_disclosures if metrics is not None else None,
        )
        if settings.disclosure_store
        else None
    )
    retention = DailyRetention(database, settings) if settings.retention_schedule else None

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if settings.setup_at_startup:
            await set_up(settings, database)
        lifecycle.intercept_server_signals()
        await version.start()
        if disclosures is not None:
            disclosures.start()
        if retention is not None:
            retention.start()
        # What starting made (routes, schemas, mappers, compiled statements) lives as long as the
        # process: frozen, it is out of the way of the collector, whose full collections walked its
        # ~230,000 objects every time (pauses of up to 300 ms under the compliance overview, 150 ms
        # frozen). Unfrozen at the end, so that an app made and dropped (tests) can be collected.
        gc.collect()
        gc.freeze()
        yield
        gc.unfreeze()
        if retention is not None:
            await retention.stop()
        if disclosures is not None:
            await disclosures.stop()  # what the last requests disclosed is written before the pool closes
        await version.stop()
        if metrics is not None:
            metrics.worker_stopped()
        if owns_database:
            await database.dispose()

    # The documentation pages' scripts come with the service (fastapi-offline), not from a CDN, so
    # /docs and /redoc work where the service's users are: behind a health-sector firewall.
    app = FastAPIOffline(
        title="LIS council registry",
        version=API_VERSION,
        description=DESCRIPTION,
        lifespan=lifespan,
        generate_unique_id_function=operation_id,
        separate_input_output_schemas=False,
        openapi_tags=TAGS,
        # Traces are the service's own (app/tracing.py, LIS_TRACES_ENDPOINT). FastAPI's native
        # telemetry would look up OpenTelemetry's global providers on every request to find out that
        # none is configured: a sixth of what a 304 from memory costs.
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    app.state.database = database
    app.state.settings = settings
    app.state.link_key = _link_key(settings)
    app.state.verifier = TokenVerifier(settings)
    app.state.proofs = ProofChecker(settings, database)
    app.state.lifecycle = lifecycle
    app.state.data_version = version
    app.state.kept_answers = Snapshots() if settings.snapshots else None
    app.state.metrics = metrics
    app.state.disclosures = disclosures
    # Added innermost first: each add_middleware wraps the ones before it.
    app.add_middleware(
        HttpCacheMiddleware,
        public_max_age=settings.public_max_age,
        snapshots=Snapshots() if settings.snapshots else None,
        version=version,
    )
    app.add_middleware(
        BodyLimitMiddleware,
        max_bytes=settings.max_body_bytes,
        path_limits={"/v1/imports": settings.import_max_bytes},
    )
    app.add_middleware(HeadMiddleware)
    app.add_middleware(LastResortMiddleware)  # nothing the application raises escapes it
    if settings.cors_origins:
        app.add_middleware(Cors, origins=settings.cors_origins)  # error answers carry CORS headers too
    # Outermost: the request id, the access line and the metrics cover every answer, 503s included.
    routes: list[APIRoute] = []
    """Filled below, as the routers are included: the metrics name the route of every answer by them."""
    app.add_middleware(
        ObservedRequests, metrics=metrics, access=settings.access_log, lifecycle=lifecycle, routes=routes
    )
    install_error_handlers(app)
    for module in (
        reference,
        councils,
        representatives,
        meetings,
        proposals,
        compliance,
        activity,
        directory,
        events,
        rules,
        links,
        imports,
        audit,
        privacy,
        health,
    ):
        app.include_router(module.router)
        routes.extend(r for r in module.router.routes if isinstance(r, APIRoute))
    if metrics is not None:
        metrics.watch(database)
        app.add_route("/metrics", serve_metrics, methods=["GET"], include_in_schema=False)
    _complete_openapi(app, settings, routes)
    trace(app, database, settings, service_version)
    logging.getLogger("app").setLevel(settings.log_level.upper())
    stamp_request_ids()
    return app


def _link_key(settings: Settings) -> str:
    if settings.link_signing_key is not None:
        return settings.link_signing_key.get_secret_value()
    if settings.environment == "production":
        logging.getLogger(__name__).warning(
            "LIS_LINK_SIGNING_KEY is not set: links made now stop working when this process stops, "
            "and only this process opens them"
        )
    return secrets.token_urlsafe(32)


def _complete_openapi(app: FastAPI, settings: Settings, routes: list[APIRoute]) -> None:
    """FastAPI's document, completed with the problem schema routes refer to by `$ref` and with what
    the protocol adds (app/edge/openapi.py)."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = generate()
            problem = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            components.update(problem.pop("$defs", {}))
            components["Problem"] = problem
            app.openapi_schema = complete_openapi(schema, routes, settings)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
