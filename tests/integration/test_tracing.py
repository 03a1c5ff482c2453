"""OpenTelemetry traces: a request's span with its SQL beneath it when on, nothing at all when off."""

import subprocess
import sys

import httpx
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind

from app.main import create_app
from app.settings import Settings
from app.storage.database import Database
from app.tracing import trace
from tests.conftest import PROJECT_ROOT


async def test_a_request_is_traced_with_the_sql_it_ran(settings: Settings, clean_database: Database) -> None:
    application = create_app(settings, clean_database)
    spans = InMemorySpanExporter()
    provider = trace(application, clean_database, settings, "test", exporter=spans)
    try:
        transport = httpx.ASGITransport(app=application)
        async with httpx.AsyncClient(transport=transport, base_url="http://registry.test") as client:
            assert (await client.get("/v1/regions/helse-nord?hpr_number=1234567")).status_code == 200
            assert (await client.get("/health/live")).status_code == 200
        finished = spans.get_finished_spans()
        [server] = [s for s in finished if s.kind == SpanKind.SERVER]
        assert server.name == "GET /v1/regions/{code}"
        assert server.resource.attributes["service.name"] == "lis-council-registry"
        queries = [s for s in finished if s.kind == SpanKind.CLIENT and "db.system" in s.attributes]
        assert queries, [s.name for s in finished]
        assert all(q.context.trace_id == server.context.trace_id for q in queries)
        # As in the access log, no query string: it may hold an HPR number.
        assert not [s.name for s in finished if "1234567" in str(dict(s.attributes or {}))]
    finally:
        provider.shutdown()
        from opentelemetry.instrumentation.sqlalchemy import SQLAlchemyInstrumentor

        SQLAlchemyInstrumentor().uninstrument()


def test_tracing_off_imports_and_adds_nothing() -> None:
    """Without LIS_TRACES_ENDPOINT, the service neither loads the SDK nor wraps a request in a span."""
    program = """
import sys
from app.main import create_app
from app.settings import Settings
app = create_app(Settings(auto_setup=False, _env_file=None))
sdk = ("opentelemetry.sdk", "opentelemetry.instrumentation")
loaded = sorted(m for m in sys.modules if m.startswith(sdk))
print(loaded, [m.cls.__name__ for m in app.user_middleware])
"""
    result = subprocess.run(
        [sys.executable, "-c", program],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "/usr/bin:/bin"},
    )
    loaded, middleware = result.stdout.rsplit("] [", 1)
    assert loaded == "["
    assert "OpenTelemetryMiddleware" not in middleware
