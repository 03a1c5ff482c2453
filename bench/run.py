"""The benchmark: the service on a national-scale dataset, against two baselines measured in the same run.

    .venv/bin/python bench/run.py [--duration 5] [--rounds 1] [--skip-dataset] [--json bench/results/run.json]

1. Recreates the PostgreSQL database `bench` and fills it through the service's own code
   (bench/dataset.py): every council of the national structure, fully staffed over ten years, with its
   meetings, and 300 proposals; or copies the dataset kept from an earlier run the same day, with the
   same schema (`--fresh-dataset` generates it anyway). `--skip-dataset` reuses `bench` as it is.
2. Starts three servers, one uvicorn worker each (`--workers N`: N each), on loopback, side by side:
   - the service: `python -m app serve`, production settings (`LIS_ENVIRONMENT=production`, metrics and
     the JSON access log on, to a file), trusting a signing key made for the run (`LIS_AUTH_JWKS_FILE`),
     so that authenticated requests carry tokens verified as HelseID's are;
   - lean: a bare Starlette app answering the same questions with hand-written asyncpg queries (lean.py);
   - ceiling: a bare Starlette app answering with the service's own bytes, held in memory (ceiling.py).
   Before any load, every answer of lean and ceiling is compared with the service's (parsed JSON, CSV
   rows; a write's answer with its ids and times aside); the run stops at the first difference.
3. Loads each request with wrk (a C program, its own process): a warm-up that is thrown away, then a
   fixed measured duration, server after server in turn for the same request (the order reversed every
   other round), so that each ratio compares measurements minutes apart at most. Reads at 32
   connections; writes at 8, each request a valid, unique appointment (a Lua script); the same writes
   with a DPoP-bound token and a fresh proof each (`appoint-dpop`, signed beforehand), to compare the
   service's CPU per write with the Bearer ones (`--only appoint,appoint-dpop` measures just those).
4. Prints a Markdown table: requests per second, p50 and p99, the ratio to the lean peer and to the
   ceiling, the server's own CPU per request, errors; the service's peak RSS and its growth; and the
   issue's targets as ratios, met or not. It never asserts a time, and nothing in CI runs it.

Progress goes to standard error, the report to standard output. bench/README.md says how to read it.
"""

import argparse
import asyncio
import contextlib
import csv
import ctypes
import difflib
import io
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import dataset
import httpx
import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from jwt.algorithms import RSAAlgorithm

from app.edge.devtokens import proof_jwk, sign_proof
from app.edge.dpop import thumbprint
from app.settings import Settings
from app.storage.database import CHANGE_CHANNEL

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
PYTHON = sys.executable
ISSUER = Settings.model_fields["auth_issuer"].default
AUDIENCE = Settings.model_fields["auth_audience"].default
SCOPE_PREFIX = Settings.model_fields["auth_scope_prefix"].default
ORG_NUMBER_CLAIM = Settings.model_fields["auth_org_number_claim"].default

DETAIL_COUNCIL = {"region": "helse-sor-ost", "specialty": "anestesiologi", "kind": "regional"}
"""The council read in full: Helse Sør-Øst's for anaesthesiology, nine seats with deputies, a leader
and a deputy leader."""
DIRECTORY_SPECIALTY = "anestesiologi"
COMPLIANCE_REGUT = "993467049"
"""Oslo universitetssykehus, host of RegUt Sør-Øst: the national compliance overview is RegUt's."""
WRITE_REGION, WRITE_TRUST, WRITE_TRUST_ORG = "helse-vest", "helse-fonna", "983974694"
"""Writes: Helse Fonna appoints to Helse Vest's regional councils (profile regional-default: no minimum
term, no deputy required); the dataset's terms there end in 2028, so far-future days are free."""
FIRST_WRITE_DAY = date(2100, 1, 1)
DAYS_PER_BLOCK = 2_000
"""Each wrk run of writes gets its own block of days (and of HPR numbers): no two requests collide."""
KEPT_HEADERS = (
    "content-type",
    "etag",
    "cache-control",
    "vary",
    "last-modified",
    "content-disposition",
    "location",
)
"""What the ceiling replays; uvicorn and Starlette add date, server and content-length themselves."""
BUSY_WARNING = 0.3
"""Cores busy with other work before a round, above which the report says the machine was not quiet."""


# What is measured


@dataclass(frozen=True)
class Probe:
    key: str
    label: str
    method: str
    target: str
    kind: str
    """`json`, `csv`, `not_modified` (a GET with If-None-Match) or `write`."""
    connections: int
    headers: dict[str, str] = field(default_factory=dict)
    lean: bool = True
    """Whether the lean peer answers it at all (the compliance overview has none)."""
    peers: bool = True
    """Whether it is measured on the baselines at all: a comparison within the service has none."""
    dpop: bool = False
    """A write whose every request carries a DPoP proof of its own (`Authorization` is `DPoP …`)."""


@dataclass
class Sample:
    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int
    """Answers that were not 2xx or 3xx, and socket errors (timeouts included)."""
    server_cpu_ms_per_request: float | None = None
    first_error: str | None = None


@dataclass
class Cell:
    probe: str
    server: str
    samples: list[Sample] = field(default_factory=list)

    def median(self, name: str) -> float:
        return statistics.median(getattr(s, name) or 0.0 for s in self.samples)

    @property
    def errors(self) -> int:
        return sum(s.errors for s in self.samples)


@dataclass(frozen=True)
class Server:
    name: str
    label: str
    argv: list[str]
    env: dict[str, str]
    ready_path: str


@dataclass(frozen=True)
class Running:
    server: Server
    base: str
    log: Path
    pid: int


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


def stop_with_parent() -> None:
    """In the child, before it runs the server: be sent SIGTERM if the harness dies, however it dies
    (Linux's PR_SET_PDEATHSIG), so that no server outlives a run that was killed."""
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)


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
            preexec_fn=stop_with_parent,
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
        yield Running(server, base, log, process.pid)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def tail(log: Path, lines: int = 30) -> str:
    return "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])


def process_tree(pid: int) -> list[int]:
    """The process and its descendants: a server started with several workers is a supervisor and its
    worker processes, and all of them serve."""
    tree, pending = [], [pid]
    while pending:
        current = pending.pop()
        tree.append(current)
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            with contextlib.suppress(OSError):
                pending += [int(child) for child in task.read_text().split()]
    return tree


def cpu_seconds(pid: int) -> float:
    """User and system time the server's processes have used: what a request costs the server itself,
    whoever else (wrk, PostgreSQL, another job) competes for the cores."""
    total = 0
    for process in process_tree(pid):
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{process}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def memory_kib(pid: int) -> dict[str, int]:
    """VmRSS (resident now) and VmHWM (the peak resident size so far) of the server, in KiB: summed over
    its processes when it has several (the peaks then need not have been at the same moment)."""
    totals = {"VmRSS": 0, "VmHWM": 0}
    for process in process_tree(pid):
        with contextlib.suppress(OSError):
            status = Path(f"/proc/{process}/status").read_text()
            for name in totals:
                found = re.search(rf"^{name}:\s+(\d+) kB", status, re.MULTILINE)
                totals[name] += int(found.group(1)) if found else 0
    return totals


def settle(pid: int, limit: float = 90.0) -> float:
    """Wait until the server has finished what a wrk run left queued (a client that hangs up does not
    stop the work its request started), so that it does not eat into the next measurement. Answers
    the seconds waited."""
    started = time.monotonic()
    while time.monotonic() - started < limit:
        before = cpu_seconds(pid)
        time.sleep(0.25)
        if cpu_seconds(pid) - before < 0.02:
            break
    return time.monotonic() - started


def busy_cores(seconds: float = 1.0) -> float:
    """Cores busy over `seconds`, from /proc/stat: measured while our servers are idle, it is what
    something else (a test suite, a build) takes from the run."""

    def sample() -> tuple[int, int]:
        user, nice, system, idle, iowait, *rest = map(int, Path("/proc/stat").read_text().split()[1:9])
        return idle + iowait, user + nice + system + idle + iowait + sum(rest)

    idle_before, total_before = sample()
    time.sleep(seconds)
    idle_after, total_after = sample()
    busy = 1 - (idle_after - idle_before) / max(total_after - total_before, 1)
    return busy * (os.cpu_count() or 1)


# Tokens: a key made for the run, trusted by the service through a JWKS file (production settings)


class Issuer:
    def __init__(self, workdir: Path) -> None:
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.jwks = workdir / "jwks.json"
        jwk = RSAAlgorithm.to_jwk(self.key.public_key(), as_dict=True) | {"kid": "bench", "alg": "RS256"}
        self.jwks.write_text(json.dumps({"keys": [jwk | {"use": "sig"}]}), encoding="utf-8")
        self.pem = self.key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )

    def token(
        self, scope: str, org_number: str | None, subject: str, ttl: int = 4 * 3600, jkt: str | None = None
    ) -> str:
        """An access token shaped as HelseID issues them (client credentials); bound to the DPoP key
        whose thumbprint is `jkt` when given."""
        now = int(time.time())
        claims: dict[str, Any] = {
            "iss": ISSUER,
            "aud": AUDIENCE,
            "sub": subject,
            "client_id": subject,
            "iat": now,
            "nbf": now,
            "exp": now + ttl,
            "jti": str(uuid.uuid4()),
            "scope": SCOPE_PREFIX + scope,
        }
        if org_number:
            claims[ORG_NUMBER_CLAIM] = org_number
        if jkt is not None:
            claims["cnf"] = {"jkt": jkt}
        return jwt.encode(claims, self.pem, algorithm="RS256", headers={"kid": "bench", "typ": "at+jwt"})


# The database


async def database_facts(url: str) -> dict[str, Any]:
    """What the requests are chosen from: the newest event id, and whether a dataset is there."""
    connection = await asyncpg.connect(url)
    try:
        return {
            "newest_event": await connection.fetchval("SELECT coalesce(max(id), 0) FROM outbox_event"),
            "representatives": await connection.fetchval("SELECT count(*) FROM representative"),
            # Writes of earlier runs on this database (--skip-dataset): the next ones go after them.
            "last_write_day": await connection.fetchval(
                "SELECT max(starts_on) FROM representative WHERE starts_on >= $1", FIRST_WRITE_DAY
            ),
            "last_write_hpr": await connection.fetchval(
                "SELECT max(hpr_number) FROM person WHERE length(hpr_number) = 9 AND hpr_number >= '3'"
            ),
        }
    finally:
        await connection.close()


async def forget_writes(url: str) -> None:
    """Remove the seats the measured writes added, and the people appointed to them: each measurement
    then reads the data the run began with. Left in, the writes of a run (some 9,000 seats, the lean
    peer's included, against the dataset's 3,335) would make the national compliance overview, which
    reads every seat, cost four times as much CPU and 60 MiB more memory by the last round, and the
    service's memory growth would measure the data, not the service."""
    connection = await asyncpg.connect(url)
    try:
        async with connection.transaction():
            seats = await connection.fetch(
                "DELETE FROM representative WHERE starts_on >= $1 RETURNING person_id", FIRST_WRITE_DAY
            )
            await connection.execute(
                "DELETE FROM person WHERE id = ANY($1::uuid[])", [seat["person_id"] for seat in seats]
            )
            # As a writer announces its change: no answer the service keeps may show the seats.
            await connection.execute("SELECT pg_notify($1, '')", CHANGE_CHANNEL)
    finally:
        await connection.close()


def expect(response: httpx.Response, *statuses: int) -> httpx.Response:
    if response.status_code not in statuses:
        raise SystemExit(
            f"{response.request.method} {response.request.url}: {response.status_code}\n"
            + response.text[:2000]
        )
    return response


def council_ids(client: httpx.Client, **query: str) -> list[str]:
    response = expect(client.get("/v1/councils", params=query | {"limit": "500"}), 200)
    return [item["id"] for item in response.json()["items"]]


# Writes: a Lua script makes each request a new, valid appointment

WRITE_LUA = r"""
-- Each request appoints a new person (inline, with a unique HPR number) to a one-day term on a day no
-- other request of this run uses, cycling over the councils given: always valid, never a conflict.
local next_thread = 0
function setup(thread)
  thread:set("thread_id", next_thread)
  next_thread = next_thread + 1
end

local counter, shown = 0, 0
function init(args)
  first_day, first_hpr, threads = tonumber(args[1]), tonumber(args[2]), tonumber(args[3])
  councils = {}
  for council in string.gmatch(args[4], "[^,]+") do councils[#councils + 1] = council end
  template = args[5]
  -- DPoP: one proof a request, signed beforehand for request numbers 0, 1, … (a line each).
  proofs = nil
  if args[6] then
    proofs = {}
    for line in io.lines(args[6]) do proofs[#proofs + 1] = line end
  end
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  local n = counter * threads + thread_id
  counter = counter + 1
  local day = os.date("!%Y-%m-%d", (first_day + math.floor(n / #councils)) * 86400)
  local body = template:gsub("__DAY__", day):gsub("__HPR__", tostring(first_hpr + n))
  body = body:gsub("__N__", tostring(n))
  local path = "/v1/councils/" .. councils[(n % #councils) + 1] .. "/representatives"
  if proofs then
    local headers = {}
    for name, value in pairs(wrk.headers) do headers[name] = value end
    headers["DPoP"] = proofs[(n % #proofs) + 1]
    return wrk.format("POST", path, headers, body)
  end
  return wrk.format("POST", path, nil, body)
end

function response(status, headers, body)
  if status ~= 201 and shown < 1 then
    shown = shown + 1
    io.write("BENCH-ERROR " .. status .. " " .. string.sub(body or "", 1, 400) .. "\n")
  end
end
"""

WRITE_TEMPLATE = json.dumps(
    {
        "person": {
            "name": "Skriv Testesen __N__",
            "title": "overlege",
            "hpr_number": "__HPR__",
            "email": "skriv.__HPR__@helse-fonna.example.no",
            "publish_email": False,
        },
        "trust": WRITE_TRUST,
        "starts_on": "__DAY__",
        "ends_on": "__DAY__",
        "qualifications": {"specialist_in_specialty": True},
    },
    separators=(",", ":"),
)


@dataclass
class WriteBlocks:
    """Hands out a fresh block of days and of HPR numbers to each wrk run of writes, after those that
    earlier runs on the same database used."""

    first_day: date
    first_hpr: int
    next_block: int = 0

    @staticmethod
    def after(last_day: date | None, last_hpr: str | None) -> "WriteBlocks":
        first_day = max(FIRST_WRITE_DAY, (last_day or FIRST_WRITE_DAY).replace(month=12, day=31))
        first_hpr = max(300_000_000, (int(last_hpr or 0) // 1_000_000 + 1) * 1_000_000)
        return WriteBlocks(first_day + timedelta(days=1), first_hpr)

    def take(self) -> tuple[int, int]:
        block = self.next_block
        self.next_block += 1
        first = self.first_day + timedelta(days=block * DAYS_PER_BLOCK)
        if first + timedelta(days=DAYS_PER_BLOCK) > date(2999, 12, 31) or block > 600:
            raise SystemExit("out of far-future days for writes: run without --skip-dataset (a fresh copy)")
        return (first - date(1970, 1, 1)).days, self.first_hpr + block * 1_000_000

    @staticmethod
    def body(first_day: int, first_hpr: int, n: int, councils: int) -> str:
        """What the Lua script sends as its request number `n`."""
        day = date.fromordinal(date(1970, 1, 1).toordinal() + first_day + n // councils).isoformat()
        return (
            WRITE_TEMPLATE.replace("__DAY__", day)
            .replace("__HPR__", str(first_hpr + n))
            .replace("__N__", str(n))
        )


# Load


LATENCY = re.compile(r"^\s*(50|99)%\s+([\d.]+)(us|ms|s|m)\s*$", re.MULTILINE)
RPS = re.compile(r"^Requests/sec:\s+([\d.]+)", re.MULTILINE)
TOTAL = re.compile(r"^\s*(\d+) requests in ", re.MULTILINE)
NON_2XX = re.compile(r"Non-2xx or 3xx responses: (\d+)")
SOCKET_ERRORS = re.compile(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")
FIRST_ERROR = re.compile(r"^BENCH-ERROR (.*)$", re.MULTILINE)
TO_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def wrk(
    url: str, seconds: float, connections: int, threads: int, headers: dict[str, str], script: list[str]
) -> Sample:
    command = ["wrk", f"-t{min(threads, connections)}", f"-c{connections}", f"-d{seconds:g}s", "--latency"]
    command += ["--timeout", "30s"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    if script:
        command += ["-s", script[0], url, "--", *script[1:]]
    else:
        command.append(url)
    output = subprocess.run(command, capture_output=True, text=True, check=True, timeout=seconds + 90).stdout
    rps, total = RPS.search(output), TOTAL.search(output)
    latency = {percent: float(value) * TO_MS[unit] for percent, value, unit in LATENCY.findall(output)}
    if not (rps and total):
        raise SystemExit(f"could not read wrk's output:\n{output}")
    non_2xx = NON_2XX.search(output)
    socket_errors = SOCKET_ERRORS.search(output)
    first_error = FIRST_ERROR.search(output)
    completed = int(total.group(1))
    if not completed:  # wrk prints a latency of 0 when nothing completed: none was measured
        latency = {}
    return Sample(
        rps=float(rps.group(1)),
        p50_ms=latency.get("50", float("nan")),
        p99_ms=latency.get("99", float("nan")),
        requests=completed,
        errors=(int(non_2xx.group(1)) if non_2xx else 0)
        + (sum(map(int, socket_errors.groups())) if socket_errors else 0),
        first_error=first_error.group(1) if first_error else None,
    )


# Answers: recorded from the service, compared with the baselines'


def request_headers(probe: Probe, etags: dict[str, str], server: str) -> dict[str, str]:
    headers = dict(probe.headers)
    if probe.kind == "not_modified":
        headers["If-None-Match"] = etags[server]
    return headers


def record(client: httpx.Client, probe: Probe) -> httpx.Response:
    return client.request(probe.method, probe.target, headers=probe.headers)


def same_answer(probe: Probe, expected: httpx.Response, got: httpx.Response) -> str | None:
    """None when `got` answers as `expected` does; else what differs."""
    if got.status_code != expected.status_code:
        return f"status {got.status_code}, the service's {expected.status_code}: {got.text[:500]}"
    if probe.kind == "csv":
        mine, theirs = expected.content.decode("utf-8"), got.content.decode("utf-8")
        if mine.startswith("\ufeff") != theirs.startswith("\ufeff"):
            return "the byte-order mark differs"
        rows = [list(csv.reader(io.StringIO(text.lstrip("\ufeff")))) for text in (mine, theirs)]
        if rows[0] != rows[1]:
            return diff(["\t".join(r) for r in rows[0]], ["\t".join(r) for r in rows[1]])
        return None
    left, right = expected.json(), got.json()
    if probe.kind == "write":
        left, right = masked(left), masked(right)
    if left != right:
        return diff(
            json.dumps(left, indent=1, sort_keys=True).splitlines(),
            json.dumps(right, indent=1, sort_keys=True).splitlines(),
        )
    return None


def masked(document: Any) -> Any:
    """A write's answer without what differs between two equal writes: ids, times, the HPR number and
    the day and name the request made unique."""
    unique = {"id", "created_at", "updated_at", "hpr_number", "email", "name", "starts_on", "ends_on"}
    if isinstance(document, dict):
        return {k: "…" if k in unique else masked(v) for k, v in document.items()}
    if isinstance(document, list):
        return [masked(v) for v in document]
    return document


def diff(expected: list[str], got: list[str]) -> str:
    return "\n".join(
        list(difflib.unified_diff(expected, got, "the service", "this server", lineterm=""))[:80]
    )


# Reporting


def ratio(value: float, to: float | None) -> str:
    return f"{value / to:.2f}" if to else "—"


def per_second(value: float) -> str:
    return f"{value:,.0f}" if value >= 10 else f"{value:.2f}"


def ms(value: float) -> str:
    return "—" if value != value else f"{value:,.1f}"  # NaN: nothing completed


def report_table(probes: list[Probe], cells: dict[tuple[str, str], Cell], labels: dict[str, str]) -> str:
    lines = [
        "| request | server | conns | req/s | p50 ms | p99 ms | ÷ lean | ÷ ceiling | CPU ms/req | n "
        "| errors |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for probe in probes:
        lean = cells.get((probe.key, "lean"))
        ceiling = cells.get((probe.key, "ceiling"))
        for server in ("service", "lean", "ceiling"):
            cell = cells.get((probe.key, server))
            if cell is None:
                if server == "lean" and not probe.lean:
                    lines.append(f"| {probe.label} | lean | | no lean peer | | | | | | | |")
                continue
            rps, answered = cell.median("rps"), sum(s.requests for s in cell.samples)
            lines.append(
                f"| {probe.label} | {labels[server]} | {probe.connections} | {per_second(rps)} "
                f"| {ms(cell.median('p50_ms'))} | {ms(cell.median('p99_ms'))} "
                f"| {ratio(rps, lean.median('rps') if lean else None)} "
                f"| {ratio(rps, ceiling.median('rps') if ceiling else None)} "
                f"| {cell.median('server_cpu_ms_per_request'):.2f} | {answered:,} "
                f"| {cell.errors} |"
            )
    return "\n".join(lines)


@dataclass(frozen=True)
class Target:
    probe: str
    what: str
    check: str
    """`lean:<ratio>`, `ceiling:<ratio>`, `p99:<ms>`, `errors:0`, `cpu:<ms>` (the service's CPU per
    request), `rps:<requests per second>`, `cpu-of:<probe>:<ratio>` (the service's CPU per request,
    against its CPU per request of another probe)."""


TARGETS = [
    Target("directory-specialty", "one specialty's directory (JSON) ≥ 0.6x lean", "lean:0.6"),
    Target("directory-specialty", "… ≥ 1x lean (served from a snapshot)", "lean:1.0"),
    Target("directory-specialty", "… p99 ≤ 50 ms", "p99:50"),
    Target("directory-csv", "one specialty's directory (CSV) ≥ 0.6x lean", "lean:0.6"),
    Target("directory-csv", "… p99 ≤ 50 ms", "p99:50"),
    Target("council", "a council with its representatives ≥ 0.6x lean", "lean:0.6"),
    Target("council", "… p99 ≤ 50 ms", "p99:50"),
    Target("not-modified", "a 304 ≥ 0.5x the ceiling", "ceiling:0.5"),
    Target("directory", "the full directory p99 ≤ 100 ms", "p99:100"),
    Target("council-registered", "a council as a registered system reads it ≥ 1x lean", "lean:1.0"),
    Target("council-registered", "… p99 ≤ 50 ms", "p99:50"),
    Target("events", "a page of the change feed ≥ 1x lean", "lean:1.0"),
    Target("events", "… p99 ≤ 50 ms", "p99:50"),
    Target("compliance", "the national compliance overview ≤ 20 ms of CPU an answer", "cpu:20"),
    Target("compliance", "… ≥ 50 req/s at 4 connections", "rps:50"),
    Target("appoint", "writes ≥ 0.8x lean", "lean:0.8"),
    Target("appoint", "writes p99 ≤ 100 ms", "p99:100"),
    Target("appoint", "… with no errors", "errors:0"),
    Target(
        "appoint-dpop",
        "a write with DPoP ≤ 1.10x the service's CPU of one with Bearer",
        "cpu-of:appoint:1.10",
    ),
    Target("appoint-dpop", "… with no errors", "errors:0"),
]


def report_targets(
    cells: dict[tuple[str, str], Cell], growth: float | None
) -> tuple[str, list[dict[str, Any]]]:
    lines = ["| target | measured | met |", "|---|---:|:---:|"]
    rows = []
    for target in TARGETS:
        service = cells.get((target.probe, "service"))
        kind, _, bound = target.check.partition(":")
        baseline = cells.get((target.probe, kind)) if kind in ("lean", "ceiling") else None
        if kind == "cpu-of":
            other, _, bound = bound.partition(":")
            baseline = cells.get((other, "service"))
        if service is None or (kind in ("lean", "ceiling", "cpu-of") and baseline is None):
            lines.append(f"| {target.what} | not measured | |")
            continue
        if kind == "cpu-of":
            assert baseline is not None
            mine, theirs = (c.median("server_cpu_ms_per_request") for c in (service, baseline))
            # Each round measures both back to back: the median of the rounds' own ratios, so that a
            # round another job slowed counts once, not as one side of a ratio of medians.
            value = statistics.median(
                (a.server_cpu_ms_per_request or 0.0) / (b.server_cpu_ms_per_request or 1.0)
                for a, b in zip(service.samples, baseline.samples, strict=False)
            )
            measured = f"{value:.2f}x (median of each round's ratio; medians {mine:.2f} vs {theirs:.2f} ms)"
            met = value <= float(bound)
        elif kind in ("lean", "ceiling"):
            assert baseline is not None
            value = service.median("rps") / baseline.median("rps")
            measured, met = f"{value:.2f}x", value >= float(bound)
        elif kind == "p99":
            value = service.median("p99_ms")
            measured, met = f"{value:,.1f} ms", value <= float(bound)
        elif kind == "cpu":
            value = service.median("server_cpu_ms_per_request")
            measured, met = f"{value:,.2f} ms", value <= float(bound)
        elif kind == "rps":
            value = service.median("rps")
            measured, met = f"{value:,.0f} req/s", value >= float(bound)
        else:
            value = float(service.errors)
            measured, met = f"{service.errors} errors", service.errors == 0
        lines.append(f"| {target.what} | {measured} | {'yes' if met else '**no**'} |")
        rows.append({"target": target.what, "probe": target.probe, "value": round(value, 3), "met": met})
    if growth is not None:
        met = growth <= 10
        lines.append(f"| RSS growth ≤ 10 % across the run | {growth:+.1f} % | {'yes' if met else '**no**'} |")
        rows.append({"target": "RSS growth ≤ 10 %", "probe": None, "value": round(growth, 2), "met": met})
    return "\n".join(lines), rows


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


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# The run


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--duration", type=float, default=5, help="measured seconds per request and server")
    parser.add_argument("--warmup", type=float, default=1, help="seconds of load discarded before each")
    parser.add_argument(
        "--rounds", type=int, default=1, help="repeat every measurement; the table shows medians"
    )
    parser.add_argument("--connections", type=int, default=32, help="wrk connections for reads")
    parser.add_argument("--write-connections", type=int, default=8, help="wrk connections for writes")
    parser.add_argument(
        "--compliance-connections",
        type=int,
        default=4,
        help="wrk connections for the national compliance overview (a few RegUt officers; each answer "
        "takes the service a large fraction of a second)",
    )
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument(
        "--workers", type=int, default=1, help="worker processes of each server, the baselines too"
    )
    parser.add_argument("--only", help="comma-separated request keys to measure (default: all)")
    parser.add_argument(
        "--service-setting",
        action="append",
        default=[],
        metavar="LIS_NAME=VALUE",
        help="a setting for the service alone (repeatable), e.g. LIS_DISCLOSURE_STORE=false to measure "
        "what storing disclosures costs",
    )
    parser.add_argument("--skip-dataset", action="store_true", help="reuse the database a previous run left")
    parser.add_argument(
        "--fresh-dataset", action="store_true", help="generate the dataset even if a copy of it is kept"
    )
    parser.add_argument("--seed", type=int, default=2026, help="the dataset's seed")
    parser.add_argument("--postgres", default=dataset.DEFAULT_POSTGRES, help="the server, without a database")
    parser.add_argument("--database", default="bench", help="recreated unless --skip-dataset; never `test`")
    parser.add_argument("--json", type=Path, help="also write everything, each sample included, as JSON")
    parser.add_argument("--logs", type=Path, help="keep the servers' logs in this directory")
    return parser.parse_args()


def probes_for(
    args: argparse.Namespace, detail: str, events_after: int, tokens: dict[str, str]
) -> list[Probe]:
    reader, regut, writer = (f"Bearer {tokens[name]}" for name in ("read", "regut", "writer"))
    dpop_writer = f"DPoP {tokens['dpop-writer']}"
    probes = [
        Probe("directory", "GET /v1/directory", "GET", "/v1/directory", "json", args.connections),
        Probe(
            "directory-specialty",
            f"GET /v1/directory?specialty={DIRECTORY_SPECIALTY}",
            "GET",
            f"/v1/directory?specialty={DIRECTORY_SPECIALTY}",
            "json",
            args.connections,
        ),
        # The CSV's own operation: `Accept: text/csv` on /v1/directory is a 303 to it, which wrk would
        # count as an answer without ever fetching the CSV.
        Probe(
            "directory-csv",
            "… the same as CSV: GET /v1/directory.csv",
            "GET",
            f"/v1/directory.csv?specialty={DIRECTORY_SPECIALTY}",
            "csv",
            args.connections,
        ),
        Probe(
            "council",
            "GET /v1/councils/{id} (9 seats)",
            "GET",
            f"/v1/councils/{detail}",
            "json",
            args.connections,
        ),
        Probe(
            "not-modified",
            "… the same, If-None-Match → 304",
            "GET",
            f"/v1/councils/{detail}",
            "not_modified",
            args.connections,
        ),
        Probe(
            "council-registered",
            "GET /v1/councils/{id} (read token: 18 people disclosed)",
            "GET",
            f"/v1/councils/{detail}",
            "json",
            args.connections,
            {"Authorization": reader},
        ),
        Probe(
            "events",
            "GET /v1/events?after=…&limit=100 (read token)",
            "GET",
            f"/v1/events?after={events_after}&limit=100",
            "json",
            args.connections,
            {"Authorization": reader},
        ),
        Probe(
            "representatives",
            "GET /v1/councils/{id}/representatives (read token: 18 people disclosed)",
            "GET",
            f"/v1/councils/{detail}/representatives",
            "json",
            args.connections,
            {"Authorization": reader},
            lean=False,
        ),
        Probe(
            "compliance",
            "GET /v1/compliance (RegUt token)",
            "GET",
            "/v1/compliance",
            "json",
            args.compliance_connections,
            {"Authorization": regut},
            lean=False,
        ),
        Probe(
            "appoint",
            "POST /v1/councils/{id}/representatives",
            "POST",
            "/v1/councils/{id}/representatives",
            "write",
            args.write_connections,
            {"Authorization": writer},
        ),
        Probe(
            "appoint-dpop",
            "… the same with DPoP (a proof each)",
            "POST",
            "/v1/councils/{id}/representatives",
            "write",
            args.write_connections,
            {"Authorization": dpop_writer},
            lean=False,
            peers=False,
            dpop=True,
        ),
    ]
    if args.only:
        wanted = set(args.only.split(","))
        probes = [p for p in probes if p.key in wanted]
    return probes


def main() -> None:
    args = arguments()
    if args.database == "test":
        raise SystemExit("the test database belongs to the test suite: choose another --database")
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: apt-get install -y wrk")
    started = datetime.now(UTC)
    database_url = f"{args.postgres.rstrip('/')}/{args.database}"

    if args.skip_dataset:
        summary: dict[str, Any] = {"reused": True}
        progress(f"reusing database {args.database}")
    else:
        progress(f"making the dataset in database {args.database} …")
        summary = asyncio.run(
            dataset.build(args.postgres, args.database, args.seed, fresh=args.fresh_dataset)
        )
        how = f"copied from {summary['copied_from']}" if "copied_from" in summary else "generated"
        progress(f"dataset ready in {summary['seconds']:.0f} s ({how})")
    facts = asyncio.run(database_facts(database_url))
    if not facts["representatives"]:
        raise SystemExit(f"database {args.database} holds no dataset: run without --skip-dataset")

    with tempfile.TemporaryDirectory(prefix="lis-bench-") as temporary, ExitStack() as stack:
        workdir = Path(temporary)
        issuer = Issuer(workdir)
        proof_key = ec.generate_private_key(ec.SECP256R1())
        tokens = {
            "read": issuer.token("read", None, "bench-reader"),
            "regut": issuer.token("regut", COMPLIANCE_REGUT, "bench-regut"),
            "writer": issuer.token("appointments", WRITE_TRUST_ORG, "bench-writer"),
            "dpop-writer": issuer.token(
                "appointments", WRITE_TRUST_ORG, "bench-writer", jkt=thumbprint(proof_jwk(proof_key))
            ),
        }

        def proofs(base: str, councils: list[str], count: int) -> Path:
            """Proofs for the Lua script's request numbers 0 … count-1, signed now (a proof is good for
            LIS_DPOP_PROOF_MAX_AGE_SECONDS), each for its request's URL."""
            path = workdir / "proofs.txt"
            token = tokens["dpop-writer"]
            path.write_text(
                "".join(
                    sign_proof(
                        proof_key,
                        method="POST",
                        url=f"{base}/v1/councils/{councils[n % len(councils)]}/representatives",
                        token=token,
                    )
                    + "\n"
                    for n in range(count)
                ),
                encoding="utf-8",
            )
            return path

        base_env = clean_environment()
        pool = Settings.model_fields["db_pool_size"].default, Settings.model_fields["db_max_overflow"].default
        workers = str(args.workers)
        uvicorn = [PYTHON, "-m", "uvicorn", "--app-dir", str(BENCH), "--workers", workers, "--no-access-log"]
        service_server = Server(
            "service",
            "service",
            [PYTHON, "-m", "app", "serve", "--workers", workers],
            base_env
            | {
                "LIS_DATABASE_URL": database_url.replace("postgresql://", "postgresql+asyncpg://", 1),
                "LIS_ENVIRONMENT": "production",
                "LIS_AUTH_JWKS_FILE": str(issuer.jwks),
                # Production requires DPoP; the run measures Bearer and DPoP writes side by side.
                "LIS_DPOP_REQUIRED": "false",
            }
            | dict(setting.split("=", 1) for setting in args.service_setting),
            "/health/ready",
        )
        service = stack.enter_context(running(service_server, workdir))
        client = stack.enter_context(httpx.Client(base_url=service.base, timeout=120))
        [detail] = council_ids(client, **DETAIL_COUNCIL)
        write_councils = council_ids(client, region=WRITE_REGION, kind="regional")
        # Each server writes to its own half of Helse Vest's councils, so neither sees the other's seats.
        councils_for = {"service": write_councils[0::2], "lean": write_councils[1::2]}
        councils_for["ceiling"] = councils_for["service"]
        probes = probes_for(args, detail, facts["newest_event"] // 2, tokens)

        # The service's answers: the reference, and the ceiling's bytes.
        progress("recording the service's answers …")
        reference: dict[str, httpx.Response] = {}
        recorded: list[dict[str, Any]] = []
        skipped: dict[str, str] = {}
        blocks = WriteBlocks.after(facts["last_write_day"], facts["last_write_hpr"])
        check_day, check_hpr = blocks.take()
        for probe in list(probes):
            if probe.kind == "write":
                body = WriteBlocks.body(check_day, check_hpr, 2 if probe.dpop else 0, 1)
                path = f"/v1/councils/{councils_for['service'][0]}/representatives"
                headers = probe.headers | {"Content-Type": "application/json"}
                if probe.dpop:
                    url = f"{service.base}{path}"
                    headers["DPoP"] = sign_proof(
                        proof_key, method="POST", url=url, token=tokens["dpop-writer"]
                    )
                response = client.post(path, content=body, headers=headers)
                expect(response, 201)
                target = path
            else:
                response = record(client, probe)
                if probe.kind != "not_modified" and response.status_code in (404, 405):
                    skipped[probe.key] = (
                        f"the service does not serve {probe.method} {probe.target.split('?')[0]}"
                    )
                    probes.remove(probe)
                    continue
                expect(response, 200)
                target = probe.target
            reference[probe.key] = response
            if not probe.peers:
                continue
            accept = probe.headers.get("Accept")
            recorded.append(
                {
                    "method": probe.method,
                    "target": target,
                    "accept": accept,
                    "registered": "Authorization" in probe.headers,
                    "status": response.status_code,
                    "headers": {k: response.headers[k] for k in KEPT_HEADERS if k in response.headers},
                    "body": response.content.decode("utf-8"),
                }
            )
        for key, reason in skipped.items():
            progress(f"  skipping {key}: {reason}")
        responses = workdir / "responses.json"
        # The ceiling answers every write with the one it recorded, whatever the council.
        recorded += [
            entry | {"target": f"/v1/councils/{council}/representatives"}
            for entry in recorded
            if entry["method"] == "POST"
            for council in councils_for["ceiling"]
        ]
        responses.write_text(json.dumps(recorded), encoding="utf-8")

        lean_server = Server(
            "lean",
            "lean: Starlette + asyncpg",
            [*uvicorn, "lean:app"],
            base_env
            | {
                "BENCH_DATABASE_URL": database_url,
                "BENCH_POOL_MIN": str(pool[0]),
                "BENCH_POOL_MAX": str(pool[0] + pool[1]),
                "BENCH_JWKS": str(issuer.jwks),
            },
            "/health/ready",
        )
        ceiling_server = Server(
            "ceiling",
            "ceiling: bytes in memory",
            [*uvicorn, "ceiling:app"],
            base_env | {"BENCH_RESPONSES": str(responses)},
            "/health/ready",
        )
        lean = stack.enter_context(running(lean_server, workdir))
        ceiling = stack.enter_context(running(ceiling_server, workdir))
        servers = {"service": service, "lean": lean, "ceiling": ceiling}

        # Every baseline must answer as the service does, or its numbers mean nothing.
        progress("comparing the baselines' answers with the service's …")
        etags = {}
        measured: dict[str, list[str]] = {}
        for probe in probes:
            measured[probe.key] = ["service"]
            for name in ("lean", "ceiling"):
                if (name == "lean" and not probe.lean) or not probe.peers:
                    continue
                with httpx.Client(base_url=servers[name].base, timeout=120) as other:
                    if probe.kind == "write":
                        # A second valid appointment (the next day), to the same council.
                        path = f"/v1/councils/{councils_for['service'][0]}/representatives"
                        body = WriteBlocks.body(check_day, check_hpr, 1, 1)
                        json_body = probe.headers | {"Content-Type": "application/json"}
                        got = other.post(path, content=body, headers=json_body)
                    else:
                        got = record(other, probe)
                if name == "lean" and got.status_code in (404, 405):
                    skipped[f"{probe.key} (lean)"] = "no lean peer yet"
                    progress(f"  {probe.key}: the lean peer does not answer it yet; measuring without it")
                    continue
                difference = same_answer(probe, reference[probe.key], got)
                if difference:
                    raise SystemExit(
                        f"{servers[name].server.label} answers {probe.label} differently:\n{difference}"
                    )
                measured[probe.key].append(name)
            if probe.kind == "not_modified":
                for name in measured[probe.key]:
                    with httpx.Client(base_url=servers[name].base, timeout=120) as other:
                        etags[name] = expect(record(other, probe), 200).headers["etag"]
                        revalidated = other.get(probe.target, headers={"If-None-Match": etags[name]})
                        expect(revalidated, 304)

        script = workdir / "write.lua"
        script.write_text(WRITE_LUA, encoding="utf-8")

        def load(probe: Probe, name: str, seconds: float) -> Sample:
            target = servers[name].base + (probe.target if probe.kind != "write" else "/")
            lua: list[str] = []
            if probe.kind == "write":
                first_day, first_hpr = blocks.take()
                councils = councils_for[name]
                threads = min(args.threads, probe.connections)
                lua = [
                    str(script),
                    str(first_day),
                    str(first_hpr),
                    str(threads),
                    ",".join(councils),
                    WRITE_TEMPLATE,
                ]
                if probe.dpop:
                    # More than the service can write in `seconds`: a proof used twice is refused.
                    lua.append(str(proofs(servers[name].base, councils, int(seconds * 1500) + 1000)))
            headers = request_headers(probe, etags, name)
            return wrk(target, seconds, probe.connections, args.threads, headers, lua)

        # The service's memory once every request has been served: the start of the growth measured.
        progress("warming the service up …")
        for probe in probes:
            load(probe, "service", args.warmup)
            settle(service.pid)
            if probe.kind == "write":
                asyncio.run(forget_writes(database_url))
        memory_start = memory_kib(service.pid)

        progress(
            f"measuring: wrk ({args.threads} threads; {args.warmup:g} s warm-up, {args.duration:g} s "
            f"measured), the servers and PostgreSQL share this machine's {os.cpu_count()} cores"
        )
        cells: dict[tuple[str, str], Cell] = {}
        busy: list[float] = []
        rounds_rss: list[int] = []
        order = ["service", "lean", "ceiling"]
        for round_number in range(args.rounds):
            busy.append(round(busy_cores(), 2))
            for probe in probes:
                names = [
                    n for n in (order if round_number % 2 == 0 else order[::-1]) if n in measured[probe.key]
                ]
                for name in names:
                    pid = servers[name].pid
                    progress(f"  round {round_number + 1}: {probe.key}: {name}")
                    load(probe, name, args.warmup)
                    settle(pid)
                    cpu_before = cpu_seconds(pid)
                    sample = load(probe, name, args.duration)
                    cpu = cpu_seconds(pid) - cpu_before
                    settle(pid)
                    if probe.kind == "write":
                        asyncio.run(forget_writes(database_url))
                    sample.server_cpu_ms_per_request = round(cpu * 1000 / max(sample.requests, 1), 3)
                    cells.setdefault((probe.key, name), Cell(probe.key, name)).samples.append(sample)
                    if sample.first_error:
                        progress(f"    first error: {sample.first_error}")
            rounds_rss.append(memory_kib(service.pid)["VmRSS"])
        memory_end = memory_kib(service.pid)
        metrics_status = client.get("/metrics").status_code
        if args.logs:
            args.logs.mkdir(parents=True, exist_ok=True)
            for log in workdir.glob("*.log"):
                shutil.copy(log, args.logs)

    growth = (memory_end["VmRSS"] - memory_start["VmRSS"]) / memory_start["VmRSS"] * 100
    labels = {
        "service": "service",
        "lean": "lean: Starlette + asyncpg",
        "ceiling": "ceiling: bytes in memory",
    }
    table = report_table(probes, cells, labels)
    targets, target_rows = report_targets(cells, growth)
    host = machine()
    memory = (
        f"Service memory: peak RSS (VmHWM) {memory_end['VmHWM'] / 1024:,.0f} MiB; RSS after warm-up "
        f"{memory_start['VmRSS'] / 1024:,.0f} MiB, at the end {memory_end['VmRSS'] / 1024:,.0f} MiB "
        f"({growth:+.1f} %); after each round "
        + ", ".join(f"{kib / 1024:,.0f}" for kib in rounds_rss)
        + " MiB."
    )
    notes = [
        f"{started:%Y-%m-%d %H:%M} UTC, {host['cores']} cores ({host['cpu']}), PostgreSQL on loopback, "
        f"Python {host['python']}, {host['wrk']}.",
        f"{args.workers} uvicorn worker(s) per server (CPU and RSS summed over a server's processes); "
        f"wrk ({args.threads} threads, {args.warmup:g} s warm-up, "
        f"{args.duration:g} s measured, {args.rounds} round(s), medians) shares the cores with the servers "
        "and PostgreSQL.",
        memory,
        f"The service ran with production settings; GET /metrics answered {metrics_status} "
        "(observability on).",
    ]
    if not summary.get("reused"):
        made = (
            f"copied in {summary['seconds']:.0f} s from {summary['copied_from']}, generated in "
            if "copied_from" in summary
            else "generated in "
        ) + f"{summary['generated_seconds']:.0f} s"
        notes.append(
            f"Dataset (seed {summary['seed']}, {made}): {summary['councils']} councils, "
            f"{summary['representatives']:,} seats, {summary['people']:,} people "
            f"({summary['people_publishing_email']:,} publish their e-mail), "
            f"{summary['leadership_elections']} elections, {summary['meetings']:,} meetings "
            f"({summary['meetings_with_attendance']:,} with attendance, "
            f"{summary['meetings_cancelled']} cancelled), "
            f"{summary['proposals']} proposals, {summary['outbox_events']:,} events."
        )
    if max(busy) > BUSY_WARNING:
        notes.append(
            f"Something else was running: up to {max(busy):.2f} cores busy before a round; these numbers are "
            "not from a quiet machine."
        )
    notes += [f"Not measured: {key}: {reason}." for key, reason in skipped.items()]
    notes += [
        f"First error of {cell.server} on {cell.probe}: {sample.first_error}"
        for cell in cells.values()
        for sample in cell.samples[:1]
        if sample.first_error
    ]
    print(table + "\n\n" + targets + "\n\n" + "\n".join(f"- {note}" for note in notes))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        document = {
            "started_at": started.isoformat(),
            "machine": host,
            "settings": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
            "dataset": summary,
            "requests": {p.key: {"label": p.label, "method": p.method, "target": p.target} for p in probes},
            "results": [
                {
                    "request": cell.probe,
                    "server": cell.server,
                    "rps": round(cell.median("rps"), 1),
                    "p50_ms": round(cell.median("p50_ms"), 2),
                    "p99_ms": round(cell.median("p99_ms"), 2),
                    "server_cpu_ms_per_request": round(cell.median("server_cpu_ms_per_request"), 3),
                    "errors": cell.errors,
                    "samples": [asdict(s) for s in cell.samples],
                }
                for cell in cells.values()
            ],
            "targets": target_rows,
            "memory_kib": {
                "after_warmup": memory_start,
                "after_each_round": rounds_rss,
                "end": memory_end,
                "growth_percent": round(growth, 2),
            },
            "busy_cores_before_rounds": busy,
            "skipped": skipped,
            "markdown": table + "\n\n" + targets,
            "notes": notes,
        }
        args.json.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
