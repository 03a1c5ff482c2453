"""Read throughput of the service, against baselines measured in the same run.

    .venv/bin/python bench/reads.py [--duration 10] [--connections 32] [--json bench/results/reads.json]

Load comes from wrk, a separate process, so the client is never the bottleneck. Each server is its own
process with one uvicorn worker, started here one at a time on loopback:

- ceiling: a bare Starlette app answering with the service's bytes and ETag, held in memory (ceiling.py);
- lean: a bare Starlette app answering the same question with hand-written asyncpg queries and the same
  JSON (lean.py), its bodies compared with the service's before anything is measured;
- the service (`python -m app serve`, production settings), "observed" (metrics and access log on, the
  defaults) and "bare" (both off).

It recreates its own PostgreSQL database (`bench`), sets it up and seeds one council through the API.
Prints a Markdown table of requests per second, p99 latency and the server's CPU per request, with ratios
to the baselines, and what observability costs (observed against bare); never asserts a time. Every wrk
run is bounded by --duration, and every server is stopped at the end. bench/README.md says how to read it.
"""

import argparse
import asyncio
import difflib
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg
import httpx

from app.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
PYTHON = sys.executable

COUNCIL_PATH = "/v1/councils?region=helse-nord&specialty=anestesiologi"
SEATS = [
    # (trust, name, published e-mail, with a deputy): four seats, the Helse Nord maximum.
    ("unn", "Kari Nordmann", True, False),
    ("nordlandssykehuset", "Ola Nordmann", False, True),
    ("helgelandssykehuset", "Anne Berg", False, False),
    ("finnmarkssykehuset", "Per Hansen", False, False),
]
BUSY_WARNING = 0.2
"""Cores busy with other work, before a server starts, above which the run says it was not quiet."""
KEPT_HEADERS = ("content-type", "etag", "cache-control", "vary")
"""What the ceiling replays; uvicorn and Starlette add date, server and content-length themselves."""


@dataclass(frozen=True)
class Server:
    name: str
    label: str
    argv: list[str]
    env: dict[str, str]
    ready_path: str


@dataclass(frozen=True)
class Running:
    base: str
    log: Path
    pid: int


@dataclass
class Sample:
    rps: float
    p99_ms: float
    requests: int
    socket_errors: dict[str, int]
    server_cpu_ms_per_request: float | None = None
    log_lines_per_request: float | None = None
    busy_cores_before: float | None = None


@dataclass
class Cell:
    request: str
    server: str
    samples: list[Sample] = field(default_factory=list)

    @property
    def rps(self) -> float:
        return statistics.median(s.rps for s in self.samples)

    @property
    def p99_ms(self) -> float:
        return statistics.median(s.p99_ms for s in self.samples)

    @property
    def cpu_ms(self) -> float:
        return statistics.median(s.server_cpu_ms_per_request or 0.0 for s in self.samples)


# Processes


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def clean_environment() -> dict[str, str]:
    """The caller's environment without LIS_* settings: each server gets exactly the ones named here."""
    return {k: v for k, v in os.environ.items() if not k.startswith(("LIS_", "BENCH_"))} | {
        "PYTHONPATH": str(ROOT)
    }


@contextmanager
def running(server: Server, workdir: Path) -> Iterator[Running]:
    """Start `server`, wait until `ready_path` answers 200, yield where it listens and logs; stop it after.

    Its output goes to a file, never to a pipe nobody drains: a full pipe would stall the server."""
    port = free_port()
    log = workdir / f"{server.name}.log"
    with log.open("ab") as output:
        process = subprocess.Popen(
            [*server.argv, "--host", "127.0.0.1", "--port", str(port)],
            cwd=workdir,
            env=server.env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise SystemExit(f"{server.label} exited with {process.returncode}:\n{tail(log)}")
            if time.monotonic() > deadline:
                raise SystemExit(f"{server.label} did not become ready in 60 s:\n{tail(log)}")
            try:
                if httpx.get(base + server.ready_path, timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        yield Running(base, log, process.pid)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def tail(log: Path, lines: int = 30) -> str:
    return "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])


def cpu_seconds(pid: int) -> float:
    """User and system time the process has used: what a request costs the server itself, whoever else
    (wrk, PostgreSQL, another job) competes for the cores."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def count_lines(log: Path) -> int:
    return log.read_bytes().count(b"\n")


def busy_cores(seconds: float = 1.0) -> float:
    """Cores busy over `seconds`, from /proc/stat: measured while none of our servers runs, it is what
    something else (a test suite, a build) takes from the run."""

    def sample() -> tuple[int, int]:
        user, nice, system, idle, iowait, *rest = map(int, Path("/proc/stat").read_text().split()[1:9])
        return idle + iowait, user + nice + system + idle + iowait + sum(rest)

    idle_before, total_before = sample()
    time.sleep(seconds)
    idle_after, total_after = sample()
    busy = 1 - (idle_after - idle_before) / max(total_after - total_before, 1)
    return busy * (os.cpu_count() or 1)


# The database and its one seeded council


async def recreate_database(admin_url: str, name: str) -> None:
    connection = await asyncpg.connect(admin_url)
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()


def seed_council(service: Server, workdir: Path) -> str:
    """Four representatives (one with a deputy), a leader and a deputy leader on the Helse Nord council of
    anaesthesiology, written through the API with an administrator's development token."""
    token = subprocess.run(
        [PYTHON, "-m", "app", "token", "--scope", "admin", "--subject", "bench-seeder"],
        cwd=workdir,
        env=service.env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    admin = {"Authorization": f"Bearer {token}"}
    with running(service, workdir) as server, httpx.Client(base_url=server.base, timeout=30) as client:
        council = fetch(client, COUNCIL_PATH)["items"][0]["id"]
        people = []
        for number, (trust, name, published, with_deputy) in enumerate(SEATS):
            body: dict[str, Any] = {
                "person": {
                    "name": name,
                    "title": "overlege",
                    "hpr_number": f"91000{number}0",
                    "email": f"{trust}@example.org",
                    "publish_email": published,
                },
                "trust": trust,
                "qualifications": {"specialist_in_specialty": True},
            }
            if with_deputy:
                body["deputy"] = {"name": f"Deputy for {name}", "title": "LIS"}
            headers = admin | {"Idempotency-Key": str(uuid.uuid4())}
            response = client.post(f"/v1/councils/{council}/representatives", json=body, headers=headers)
            expect(response, 201)
            people.append(response.json()["person"]["id"])
        leadership = f"/v1/councils/{council}/leadership"
        etag = expect(client.get(leadership, headers=admin), 200).headers["etag"]
        elected = client.put(
            leadership,
            json={"leader": people[0], "deputy_leader": people[1]},
            headers=admin | {"If-Match": etag},
        )
        expect(elected, 200)
    return str(council)


def expect(response: httpx.Response, status: int) -> httpx.Response:
    if response.status_code != status:
        raise SystemExit(
            f"{response.request.method} {response.request.url}: {response.status_code}\n{response.text}"
        )
    return response


def fetch(client: httpx.Client, path: str) -> Any:
    return expect(client.get(path), 200).json()


def record_responses(base: str, paths: dict[str, str]) -> dict[str, dict[str, Any]]:
    """The service's answer to each benchmarked request, as the ceiling will replay it."""
    recorded = {}
    with httpx.Client(base_url=base, timeout=30) as client:
        for path in paths.values():
            response = expect(client.get(path), 200)
            headers = {name: response.headers[name] for name in KEPT_HEADERS if name in response.headers}
            recorded[path] = {"body": response.text, "headers": headers}
    return recorded


def check_same_answers(base: str, label: str, reference: dict[str, dict[str, Any]]) -> None:
    """Every server must answer with the service's JSON (key order aside), or its numbers mean nothing."""
    with httpx.Client(base_url=base, timeout=30) as client:
        for path, answer in reference.items():
            expected, got = json.loads(answer["body"]), fetch(client, path)
            if got != expected:
                diff = difflib.unified_diff(
                    json.dumps(expected, indent=1, sort_keys=True).splitlines(),
                    json.dumps(got, indent=1, sort_keys=True).splitlines(),
                    "the service",
                    label,
                    lineterm="",
                )
                raise SystemExit(f"{label} answers GET {path} differently:\n" + "\n".join(diff))


# Load


LATENCY = re.compile(r"^\s*99%\s+([\d.]+)(us|ms|s|m)\s*$", re.MULTILINE)
RPS = re.compile(r"^Requests/sec:\s+([\d.]+)", re.MULTILINE)
TOTAL = re.compile(r"^\s*(\d+) requests in ", re.MULTILINE)
NON_2XX = re.compile(r"Non-2xx or 3xx responses: (\d+)")
SOCKET_ERRORS = re.compile(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")
TO_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def wrk(url: str, seconds: int, connections: int, threads: int) -> Sample:
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", url]
    output = subprocess.run(command, capture_output=True, text=True, check=True, timeout=seconds + 60).stdout
    rps, p99, total = RPS.search(output), LATENCY.search(output), TOTAL.search(output)
    if not (rps and p99 and total):
        raise SystemExit(f"could not read wrk's output:\n{output}")
    non_2xx = NON_2XX.search(output)
    if non_2xx:
        # A fast error is not a served read: such a number would flatter the server.
        raise SystemExit(f"{url}: {non_2xx.group(1)} responses were not 2xx or 3xx:\n{output}")
    errors = SOCKET_ERRORS.search(output)
    kinds = ("connect", "read", "write", "timeout")
    return Sample(
        rps=float(rps.group(1)),
        p99_ms=float(p99.group(1)) * TO_MS[p99.group(2)],
        requests=int(total.group(1)),
        socket_errors=dict(zip(kinds, map(int, errors.groups()), strict=True)) if errors else {},
    )


# Reporting


def ratio(value: float, to: float) -> str:
    return f"{value / to:.2f}" if to else "-"


def report(
    cells: dict[tuple[str, str], Cell], requests: dict[str, str], servers: list[Server]
) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    rows, costs = [], []
    lines = [
        "| request | server | req/s | p99 ms | ÷ lean asyncpg | ÷ ceiling | server CPU ms/req |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for request in requests:
        lean, ceiling = cells[request, "lean"].rps, cells[request, "ceiling"].rps
        for server in servers:
            cell = cells[request, server.name]
            lines.append(
                f"| {request} | {server.label} | {cell.rps:,.0f} | {cell.p99_ms:.1f} "
                f"| {ratio(cell.rps, lean)} | {ratio(cell.rps, ceiling)} | {cell.cpu_ms:.2f} |"
            )
            rows.append(
                {
                    "request": request,
                    "server": server.name,
                    "rps": round(cell.rps, 1),
                    "p99_ms": round(cell.p99_ms, 2),
                    "ratio_to_lean": round(cell.rps / lean, 3),
                    "ratio_to_ceiling": round(cell.rps / ceiling, 3),
                    "server_cpu_ms_per_request": round(cell.cpu_ms, 3),
                    "samples": [asdict(s) for s in cell.samples],
                }
            )
    lines += [
        "",
        "Observability: the service observed (metrics, access log) against bare (both off). Throughput "
        "cost: what observed loses, in percent of bare's, overall and in each round (the noise); CPU cost: "
        "the server's own CPU time per request observed spends beyond bare's.",
        "",
        "| request | bare req/s | observed req/s | throughput cost | each round | bare p99 ms "
        "| observed p99 ms | CPU cost |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for request in requests:
        bare, observed = cells[request, "bare"], cells[request, "observed"]
        cost = (bare.rps - observed.rps) / bare.rps * 100
        cpu_cost = (observed.cpu_ms - bare.cpu_ms) / bare.cpu_ms * 100
        # Paired by round: both configurations ran close together in time, whatever else the machine did.
        per_round = [
            (b.rps - o.rps) / b.rps * 100 for b, o in zip(bare.samples, observed.samples, strict=True)
        ]
        lines.append(
            f"| {request} | {bare.rps:,.0f} | {observed.rps:,.0f} | {cost:+.1f} % "
            f"| {' '.join(f'{c:+.0f}' for c in per_round)} | {bare.p99_ms:.1f} | {observed.p99_ms:.1f} "
            f"| {cpu_cost:+.1f} % |"
        )
        costs.append(
            {
                "request": request,
                "throughput_cost_percent": round(cost, 2),
                "throughput_cost_percent_per_round": [round(c, 2) for c in per_round],
                "p99_ms_bare": round(bare.p99_ms, 2),
                "p99_ms_observed": round(observed.p99_ms, 2),
                "server_cpu_cost_percent": round(cpu_cost, 2),
            }
        )
    return "\n".join(lines), rows, costs


def log_lines_per_request(cells: dict[tuple[str, str], Cell], server: str) -> float:
    """Lines the server logged per measured request: shows whether an access log was on at all."""
    counts = [s.log_lines_per_request or 0.0 for c in cells.values() if c.server == server for s in c.samples]
    return round(statistics.median(counts), 2)


def machine() -> dict[str, Any]:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    wrk_version = subprocess.run(["wrk", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    return {"cores": os.cpu_count(), "cpu": cpu, "python": platform.python_version(), "wrk": wrk_version}


# The run


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--duration", type=int, default=10, help="measured seconds per request and server")
    parser.add_argument("--warmup", type=int, default=3, help="seconds of load discarded before each")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument(
        "--rounds", type=int, default=1, help="repeat every measurement, in alternating server order; medians"
    )
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432", help="server, no db")
    parser.add_argument("--database", default="bench", help="dropped and recreated: never the test database")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--logs", type=Path, help="keep the servers' logs in this directory")
    args = parser.parse_args()
    if args.database == "test":
        raise SystemExit("the test database belongs to the test suite: choose another --database")
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: apt-get install -y wrk")

    started = datetime.now(UTC)
    database_url = f"{args.postgres.rstrip('/')}/{args.database}"
    service_url = database_url.replace("postgresql://", "postgresql+asyncpg://", 1)
    base_env = clean_environment()
    service_env = base_env | {"LIS_DATABASE_URL": service_url, "LIS_ENVIRONMENT": "production"}
    defaults = Settings.model_fields
    pool_size, overflow = defaults["db_pool_size"].default, defaults["db_max_overflow"].default
    uvicorn = [PYTHON, "-m", "uvicorn", "--app-dir", str(BENCH), "--workers", "1", "--no-access-log"]
    service = [PYTHON, "-m", "app", "serve", "--workers", "1"]

    with tempfile.TemporaryDirectory(prefix="lis-bench-") as temporary:
        workdir = Path(temporary)
        print(f"recreating database {args.database}, setting it up and seeding a council …", file=sys.stderr)
        asyncio.run(recreate_database(f"{args.postgres.rstrip('/')}/postgres", args.database))
        subprocess.run([PYTHON, "-m", "app", "setup"], cwd=workdir, env=service_env, check=True)
        seeder = Server(
            "seeding",
            "the service (development tokens)",
            service,
            base_env
            | {
                "LIS_DATABASE_URL": service_url,
                "LIS_DEV_TOKENS": "true",
                "LIS_DEV_KEY_FILE": str(workdir / "dev-key.pem"),
            },
            "/health/ready",
        )
        council = seed_council(seeder, workdir)
        requests = {
            "GET /v1/councils?region=helse-nord&specialty=anestesiologi": COUNCIL_PATH,
            "GET /v1/councils/{id} (4 seats, leadership)": f"/v1/councils/{council}",
        }
        first_path = next(iter(requests.values()))
        bare_env = service_env | {"LIS_METRICS": "false", "LIS_ACCESS_LOG": "false"}
        observed_env = service_env | {"LIS_METRICS": "true", "LIS_ACCESS_LOG": "true"}
        bare = Server("bare", "service, bare", service, bare_env, "/health/ready")
        with running(bare, workdir) as server:
            reference = record_responses(server.base, requests)
        responses = workdir / "responses.json"
        responses.write_text(json.dumps(reference), encoding="utf-8")
        servers = [
            Server(
                "ceiling",
                "ceiling: bytes in memory",
                [*uvicorn, "ceiling:app"],
                base_env | {"BENCH_RESPONSES": str(responses)},
                first_path,
            ),
            Server(
                "lean",
                "lean: Starlette + asyncpg",
                [*uvicorn, "lean:app"],
                base_env
                | {
                    "BENCH_DATABASE_URL": database_url,
                    "BENCH_POOL_MIN": str(pool_size),
                    "BENCH_POOL_MAX": str(pool_size + overflow),
                },
                first_path,
            ),
            Server("observed", "service, observed", service, observed_env, "/health/ready"),
            bare,
        ]
        # The lean baseline is checked before any load, so a wrong one fails the run at once.
        with running(servers[1], workdir) as lean:
            check_same_answers(lean.base, servers[1].label, reference)

        print(
            f"one server at a time, 1 uvicorn worker each; wrk ({args.threads} threads, "
            f"{args.connections} connections, {args.warmup:g} s warm-up, {args.duration:g} s measured) "
            f"and PostgreSQL share this machine's {os.cpu_count()} cores with it",
            file=sys.stderr,
        )
        cells = {(r, s.name): Cell(r, s.name) for r in requests for s in servers}
        metrics_status: int | None = None
        for round_number in range(args.rounds):
            # Alternating the order spreads any drift of the machine over every server alike.
            order = servers if round_number % 2 == 0 else servers[::-1]
            for server in order:
                busy = busy_cores()
                with running(server, workdir) as process:
                    check_same_answers(process.base, server.label, reference)
                    for request, path in requests.items():
                        print(f"  round {round_number + 1}: {server.label}: {request}", file=sys.stderr)
                        wrk(process.base + path, args.warmup, args.connections, args.threads)
                        lines_before, cpu_before = count_lines(process.log), cpu_seconds(process.pid)
                        sample = wrk(process.base + path, args.duration, args.connections, args.threads)
                        cpu = cpu_seconds(process.pid) - cpu_before
                        sample.server_cpu_ms_per_request = round(cpu * 1000 / sample.requests, 3)
                        sample.log_lines_per_request = (
                            count_lines(process.log) - lines_before
                        ) / sample.requests
                        sample.busy_cores_before = round(busy, 2)
                        cells[request, server.name].samples.append(sample)
                    if server.name == "observed":
                        metrics_status = httpx.get(process.base + "/metrics", timeout=10).status_code
        if args.logs:
            args.logs.mkdir(parents=True, exist_ok=True)
            for log in workdir.glob("*.log"):
                shutil.copy(log, args.logs)

    table, rows, costs = report(cells, requests, servers)
    log_lines = {server.name: log_lines_per_request(cells, server.name) for server in servers}
    host = machine()
    notes = [
        f"{started:%Y-%m-%d %H:%M} UTC, {host['cores']} cores ({host['cpu']}), PostgreSQL on loopback.",
        f"One server at a time, one uvicorn worker; wrk ({args.threads} threads, {args.connections} "
        f"connections, {args.warmup:g} s warm-up, {args.duration:g} s measured, {args.rounds} round(s), "
        "medians) shares the cores with the server and PostgreSQL.",
        f"Observed: GET /metrics answered {metrics_status}; log lines per request: "
        + ", ".join(f"{name} {count}" for name, count in log_lines.items())
        + ".",
    ]
    busiest = max(s.busy_cores_before or 0.0 for c in cells.values() for s in c.samples)
    if busiest > BUSY_WARNING:
        notes.append(
            f"Something else was running: up to {busiest:.2f} cores busy just before a server started "
            "(busy_cores_before in the JSON); these numbers are not from a quiet machine."
        )
    notes += [
        f"wrk socket errors against {cell.server}, {cell.request}: {sample.socket_errors}"
        for cell in cells.values()
        for sample in cell.samples
        if any(sample.socket_errors.values())
    ]
    print(table + "\n\n" + "\n".join(f"- {note}" for note in notes))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        document = {
            "started_at": started.isoformat(),
            "machine": host,
            "settings": {
                "duration_s": args.duration,
                "warmup_s": args.warmup,
                "connections": args.connections,
                "threads": args.threads,
                "rounds": args.rounds,
                "pool": {"min": pool_size, "max": pool_size + overflow},
            },
            "requests": requests,
            "servers": {server.name: server.label for server in servers},
            "results": rows,
            "observed_vs_bare": costs,
            "diagnostics": {"metrics_status": metrics_status, "log_lines_per_request": log_lines},
            "markdown": table,
            "notes": notes,
        }
        args.json.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
