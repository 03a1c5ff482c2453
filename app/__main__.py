"""Command line: `python -m app {serve,setup,migrate,load-reference,establish-councils,openapi,token}`."""

import argparse
import asyncio
import logging.config
import os
import sys
import tempfile
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy.engine import make_url

from app.bootstrap import establish_councils, load_reference, set_up
from app.logs import logging_config
from app.settings import Settings, get_settings
from app.storage.database import Database, retry_after_outage
from app.storage.migrations import migrate


def _with_database(action: Callable[[Database], Awaitable[Any]]) -> Any:
    async def run() -> Any:
        database = Database(get_settings())
        try:
            return await action(database)
        finally:
            await database.dispose()

    return asyncio.run(run())


def serve(args: argparse.Namespace) -> None:
    import uvicorn

    from app.edge.server import HTTP_PROTOCOL

    settings = get_settings()
    logging.config.dictConfig(logging_config(settings))
    if settings.setup_at_startup:
        _with_database(lambda database: set_up(settings, database))
        # Done once here, so that several workers do not race to migrate the same file.
        os.environ["LIS_AUTO_SETUP"] = "false"
        get_settings.cache_clear()
    with _metrics_shared_by(args.workers):
        uvicorn.run(
            "app.main:create_app",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
            log_config=logging_config(settings),
            access_log=False,  # the service writes its own (app.access), with the route and the caller
            proxy_headers=True,
            http=HTTP_PROTOCOL,
            timeout_graceful_shutdown=settings.shutdown_timeout_seconds,
        )


@contextmanager
def _metrics_shared_by(workers: int) -> Iterator[None]:
    """Several workers write their metrics to one fresh directory, so that a scrape answered by any
    of them adds up all (app/edge/metrics.py). Fresh: values left by an earlier run would be counted."""
    if workers <= 1:
        yield
        return
    with tempfile.TemporaryDirectory(prefix="lis-metrics-") as directory:
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = directory
        try:
            yield
        finally:
            del os.environ["PROMETHEUS_MULTIPROC_DIR"]


def openapi_document() -> str:
    from app.main import create_app

    schema = create_app(Settings(auto_setup=False)).openapi()
    return yaml.safe_dump(schema, sort_keys=False, allow_unicode=True, width=100)


def write_openapi(args: argparse.Namespace) -> None:
    document = openapi_document()
    if args.output == "-":
        sys.stdout.write(document)
    else:
        Path(args.output).write_text(document, encoding="utf-8")


def issue_token(args: argparse.Namespace) -> None:
    from app.edge.devtokens import mint

    try:
        token = mint(
            get_settings(), scopes=args.scope, org_number=args.org, subject=args.subject, ttl_seconds=args.ttl
        )
    except RuntimeError as error:
        raise SystemExit(str(error)) from None
    print(token)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="lis-registry", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    serve_parser = commands.add_parser("serve", help="run the HTTP service (SQLite: sets itself up first)")
    serve_parser.add_argument("--host", default="127.0.0.1")
    serve_parser.add_argument("--port", type=int, default=8000)
    serve_parser.add_argument("--workers", type=int, default=1)
    serve_parser.set_defaults(run=serve)

    commands.add_parser("setup", help="migrate, load reference data, establish councils").set_defaults(
        run=lambda _: _with_database(lambda database: set_up(get_settings(), database))
    )
    migrate_parser = commands.add_parser("migrate", help="upgrade the schema (default: to head)")
    migrate_parser.add_argument("revision", nargs="?", default="head")
    migrate_parser.set_defaults(run=lambda args: asyncio.run(migrate(get_settings(), args.revision)))
    commands.add_parser("load-reference", help="load the packaged reference data (idempotent)").set_defaults(
        run=lambda _: print(_with_database(load_reference))
    )
    commands.add_parser(
        "establish-councils", help="establish the standard set of councils (idempotent)"
    ).set_defaults(run=lambda _: print(f"councils established: {_with_database(establish_councils)}"))
    openapi_parser = commands.add_parser("openapi", help="write the OpenAPI document as YAML")
    openapi_parser.add_argument("--output", default="openapi.yaml", help="file, or - for standard output")
    openapi_parser.set_defaults(run=write_openapi)

    token_parser = commands.add_parser(
        "token", help="mint a development token (needs LIS_DEV_TOKENS=true; never in production)"
    )
    token_parser.add_argument(
        "--scope",
        action="append",
        required=True,
        choices=["read", "appointments", "regut", "admin"],
        help="repeat for several scopes",
    )
    token_parser.add_argument("--org", help="organisation number: a health trust's, or a RegUt host's")
    token_parser.add_argument("--subject", default="lis-dev-client", help="the client id")
    token_parser.add_argument("--ttl", type=int, default=3600, help="seconds until it expires")
    token_parser.set_defaults(run=issue_token)

    args = parser.parse_args(argv)
    try:
        args.run(args)
    except Exception as error:
        if retry_after_outage(error) is None:
            raise
        # An operator mistyped a host or started us before the database: one line, not a traceback.
        url = make_url(get_settings().database_url).render_as_string(hide_password=True)
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise SystemExit(f"cannot use the database at {url}: {reason}") from None


if __name__ == "__main__":
    main()
