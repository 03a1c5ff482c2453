"""OpenTelemetry traces of requests and their SQL, sent over OTLP/HTTP when LIS_TRACES_ENDPOINT is set.

Off by default, and then free: nothing of OpenTelemetry is imported and no middleware is added.
The service's name and resource attributes follow the standard OTEL_* variables (OTEL_SERVICE_NAME,
OTEL_RESOURCE_ATTRIBUTES); health checks and /metrics are not traced, they would drown the rest.
"""

from typing import TYPE_CHECKING, Any

from fastapi import FastAPI

from app.logs import redacted_path
from app.settings import Settings
from app.storage.database import Database

if TYPE_CHECKING:
    from opentelemetry.sdk.trace.export import SpanExporter

SERVICE_NAME = "lis-council-registry"
UNTRACED_URLS = "/health/.*,/metrics"


QUERY_ATTRIBUTES = ("http.url", "url.full", "http.target", "url.query")


def _without_query(span: Any, scope: dict[str, Any]) -> None:
    """No query string in a span, as in the access log: `/v1/people?hpr_number=…` holds an HPR number;
    and no link's capability."""
    if not span.is_recording():
        return
    path = redacted_path(scope.get("path", ""))
    for name in QUERY_ATTRIBUTES:
        span.set_attribute(name, "" if name == "url.query" else path)


def trace(
    app: FastAPI, database: Database, settings: Settings, version: str, exporter: "SpanExporter | None" = None
) -> Any:
    """Instrument `app` and the database's engine; returns the tracer provider, or None when off.
    `exporter` replaces the OTLP exporter (tests hold the spans in memory), and exports each span as
    it ends instead of in batches."""
    if exporter is None and not settings.traces_endpoint:
        return None
    from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor
    from opentelemetry.instrumentation.sqlalchemy import SQLAlchemyInstrumentor
    from opentelemetry.sdk.resources import OTELResourceDetector, Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor

    resource = Resource.create({"service.name": SERVICE_NAME, "service.version": version}).merge(
        OTELResourceDetector().detect()
    )
    provider = TracerProvider(resource=resource)
    if exporter is None:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=settings.traces_endpoint)))
    else:
        provider.add_span_processor(SimpleSpanProcessor(exporter))
    FastAPIInstrumentor.instrument_app(
        app, tracer_provider=provider, excluded_urls=UNTRACED_URLS, server_request_hook=_without_query
    )
    # The instrumentation declares SQLAlchemy < 2.1 only because no release has caught up: it hooks
    # the engine's cursor events, which 2.1 keeps. A test proves the SQL spans arrive.
    SQLAlchemyInstrumentor().instrument(
        engine=database.engine.sync_engine, tracer_provider=provider, skip_dep_check=True
    )
    return provider
