"""Command line: `python -m app COMMAND`: serve, setup, migrate, load-reference, establish-councils,
openapi, token, dpop-proof, retention, import."""

import argparse
import asyncio
import logging.config
import os
import sys
import tempfile
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy.engine import make_url

from app.bootstrap import establish_councils, load_reference, set_up
from app.logs import logging_config
from app.settings import Settings, get_settings
from app.storage.database import Database, retry_after_outage
from app.storage.migrations import migrate

DPOP_KEY_FILE = ".lis-dpop-key.pem"
"""Where `token --dpop` keeps the development client's DPoP key, and `dpop-proof` finds it."""


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
    from uvicorn.config import STARTUP_FAILURE

    from app.edge.server import HTTP_PROTOCOL
    from app.edge.supervisor import KILL_MARGIN_SECONDS, Supervisor, ignore_stop_signals_after_shutdown

    settings = get_settings()
    logging.config.dictConfig(logging_config(settings))
    if settings.setup_at_startup:
        _with_database(lambda database: set_up(settings, database))
        # Done once here, so that several workers do not race to migrate the same file.
        os.environ["LIS_AUTO_SETUP"] = "false"
        get_settings.cache_clear()
    with _metrics_shared_by(args.workers):
        config = uvicorn.Config(
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
        # A stop is the same with one worker or many: exit status 0 (app/edge/supervisor.py).
        ignore_stop_signals_after_shutdown()
        if args.workers > 1:
            stop_within = settings.drain_seconds + settings.shutdown_timeout_seconds + KILL_MARGIN_SECONDS
            Supervisor(config, [config.bind_socket()], stop_within=stop_within).run()
            return
        server = uvicorn.Server(config)
        server.run()
        if not server.started:
            sys.exit(STARTUP_FAILURE)


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
    from app.edge.devtokens import load_or_create_proof_key, mint

    settings = get_settings()
    if not settings.dev_tokens:  # before any key file is made
        raise SystemExit("development tokens are off: set LIS_DEV_TOKENS=true (never in production)")
    try:
        proof_key = load_or_create_proof_key(args.dpop_key) if args.dpop else None
        token = mint(
            settings,
            scopes=args.scope,
            org_number=args.org,
            subject=args.subject,
            ttl_seconds=args.ttl,
            proof_key=proof_key,
        )
    except (RuntimeError, ValueError) as error:
        raise SystemExit(str(error)) from None
    print(token)


def print_proof(args: argparse.Namespace) -> None:
    from app.edge.devtokens import load_or_create_proof_key, sign_proof

    if not args.key.exists():
        raise SystemExit(f"{args.key} does not exist: mint the token with `token --dpop` first")
    try:
        key = load_or_create_proof_key(args.key)
    except ValueError as error:
        raise SystemExit(str(error)) from None
    token = (args.token_file.read_text(encoding="utf-8") if args.token_file else args.token or "").strip()
    if not token:
        raise SystemExit("give the token the proof presents: --token-file F or --token T")
    print(sign_proof(key, method=args.method, url=args.url, token=token, nonce=args.nonce))


def retention(args: argparse.Namespace) -> None:
    """Print what the retention run removes (with --apply) or would remove, one JSON document."""
    import json

    from app.services.retention import run_retention

    settings = get_settings()
    report = _with_database(lambda database: run_retention(database, settings, apply=args.apply))
    print(json.dumps({"applied": report.applied, "removed": report.removed, "skipped": report.skipped}))


def import_file(args: argparse.Namespace) -> None:
    """`import FILE`: the spreadsheet import against the configured database, as RegUt's staff run it:
    a progress bar on a terminal, the report as a table, a non-zero exit when a row is refused."""
    from rich.console import Console
    from rich.progress import Progress
    from rich.table import Table

    from app.clock import today_in_oslo
    from app.contract.imports import CSV, XLSX, ImportPublic, ImportState
    from app.domain.authority import NotPermitted, Principal, Scope
    from app.services.errors import ApplicationError
    from app.services.imports import run_import
    from app.services.workbooks import Limits
    from app.storage.repository import Repository

    console = Console()
    path = Path(args.file)
    media_type = {".xlsx": XLSX, ".csv": CSV}.get(path.suffix.lower())
    if media_type is None:
        raise SystemExit(f"{path}: an import is an .xlsx workbook or a .csv file")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SystemExit(f"{path}: {error.strerror}") from None
    settings = get_settings()
    if len(data) > settings.import_max_bytes:
        raise SystemExit(f"{path}: larger than LIS_IMPORT_MAX_BYTES ({settings.import_max_bytes} bytes)")
    # An operator at the database acts as an administrator, or as the RegUt of `--region`, whose
    # authority the import then checks as it would a RegUt's request.
    actor = (
        Principal(f"cli:regut:{args.region}", frozenset({Scope.REGUT}), regut_region=args.region)
        if args.region
        else Principal("cli:admin", frozenset({Scope.ADMIN}))
    )
    limits = Limits(settings.import_max_unpacked_bytes, settings.import_max_rows)

    async def run(database: Database) -> ImportPublic:
        with Progress(console=console, transient=True, disable=not console.is_terminal) as progress:
            task = progress.add_task(f"{path.name}: rows", total=None)

            def advance(done: int, total: int) -> None:
                progress.update(task, completed=done, total=total)

            async with database.unit_of_work() as session:
                return await run_import(
                    Repository(session),
                    actor,
                    data,
                    media_type,
                    limits,
                    commit=args.commit,
                    today=today_in_oslo(),
                    now=datetime.now(UTC),
                    progress=advance,
                )

    try:
        report: ImportPublic = _with_database(run)
    except (ApplicationError, NotPermitted) as error:
        raise SystemExit(f"{path}: {error.message}") from None
    if report.problems:
        table = Table("sheet", "row", "column", "rule", "problem", title="Refused rows")
        for problem in report.problems:
            table.add_row(
                problem.sheet, str(problem.row), problem.column or "", problem.rule, problem.message
            )
        console.print(table)
    counts = Table("created", "changed", "unchanged", "refused", title=f"Import {report.id}: {report.state}")
    counts.add_row(
        *(str(getattr(report.counts, name)) for name in ("created", "changed", "unchanged", "refused"))
    )
    console.print(counts)
    if report.state is ImportState.VALIDATED:
        console.print("A dry run: nothing was written. Run again with --commit to write every row.")
    if report.state is ImportState.REFUSED:
        raise SystemExit(1)


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
    token_parser.add_argument(
        "--dpop", action="store_true", help="bind the token to the DPoP key in --dpop-key (made if absent)"
    )
    token_parser.add_argument("--dpop-key", type=Path, default=Path(DPOP_KEY_FILE), help="a P-256 key (PEM)")
    token_parser.set_defaults(run=issue_token)

    proof_parser = commands.add_parser(
        "dpop-proof", help="print a DPoP proof for one request, signed with the key a token is bound to"
    )
    proof_parser.add_argument("--method", required=True, help="the request's method, e.g. PATCH")
    proof_parser.add_argument("--url", required=True, help="the request's URL (a query string is left out)")
    proof_parser.add_argument("--token-file", type=Path, help="a file holding the access token")
    proof_parser.add_argument("--token", help="the access token itself (it is then in your shell history)")
    proof_parser.add_argument("--key", type=Path, default=Path(DPOP_KEY_FILE), help="the token's DPoP key")
    proof_parser.add_argument("--nonce", help="the nonce from the service's DPoP-Nonce, when it asks for one")
    proof_parser.set_defaults(run=print_proof)
    retention_parser = commands.add_parser(
        "retention", help="remove what has outlived its retention period (a dry run without --apply)"
    )
    retention_parser.add_argument("--apply", action="store_true", help="remove it; default: only report")
    retention_parser.set_defaults(run=retention)
    import_parser = commands.add_parser(
        "import", help="import a spreadsheet (XLSX or CSV) into the configured database: a dry run by default"
    )
    import_parser.add_argument("file", help="the .xlsx workbook or .csv file")
    import_parser.add_argument("--region", help="act as this region's RegUt (default: as an administrator)")
    import_parser.add_argument("--commit", action="store_true", help="write every row, all or nothing")
    import_parser.set_defaults(run=import_file)

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
