#!/usr/bin/env python3
"""The Dockerfile's final stage, reproduced without a container engine.

    .venv/bin/python .ci/image_steps.py --venv RUNTIME_VENV [--dockerfile Dockerfile] [--get PATH]...

CI has no Docker engine, so this runs what the image would run, read from the Dockerfile itself rather
than restated: the paths the final stage COPYs from the build context (less .dockerignore) are staged
under a temporary root, owned by root as in the image; RUNTIME_VENV (a venv with [project.dependencies]
only) stands in for the build stage's COPY --from; each VOLUME is an empty directory owned by USER; the
ENV lines apply, their image paths rewritten to the staged ones. Then CMD (with ENTRYPOINT, if any) runs
as USER, from WORKDIR, with no other environment, until the HEALTHCHECK command, run the same way,
passes; each --get PATH must then answer 200; last, STOPSIGNAL must stop it, with status 0, within
--stop-timeout seconds (Docker's default grace period).

As root, it runs in namespaces of its own, as a container would: a network namespace (`unshare --net`),
so that CMD's port is the Dockerfile's without colliding with anything on the machine, and nothing outside
is reachable; and a PID namespace, so that CMD is PID 1. That matters for the stop: PID 1 gets only the
signals it has a handler for (a shell that did not `exec` the server ignores SIGTERM, and `docker stop`
ends in SIGKILL), and a stop signal it re-raises at exit (as uvicorn does) is dropped, not fatal.
The staged tree and RUNTIME_VENV must be readable by USER, so the venv's interpreter cannot live under
a private home (/root). Not as root, it runs as the current user, on the host's network and not as
PID 1, and says so.
The RUN lines of the final stage are not run: USER needs no account here (it is numeric), and the
directories they make are the staged ones. Standard library only.
"""

import argparse
import contextlib
import fcntl
import json
import os
import re
import shlex
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import NoReturn

IN_NAMESPACE = "IMAGE_STEPS_IN_NETNS"
# What the python base image runs with, less its own PATH entries (the venv's bin comes first anyway).
BASE_ENV = {"PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8"}


def say(message: str) -> None:
    print(f"image steps: {message}", flush=True)


def fail(message: str) -> NoReturn:
    say(f"FAILED: {message}")
    sys.exit(1)


# --- Reading the Dockerfile ---------------------------------------------------------------------------


@dataclass
class Healthcheck:
    command: list[str]
    timeout: float


@dataclass
class FinalStage:
    workdir: str = "/"
    copies: list[tuple[list[str], str]] = field(default_factory=list)  # (sources, destination), context
    copies_from: list[tuple[str, str, str]] = field(default_factory=list)  # (stage, source, destination)
    env: list[tuple[str, str]] = field(default_factory=list)
    user: str = "0"
    volumes: list[str] = field(default_factory=list)
    exposed: list[str] = field(default_factory=list)
    shell: list[str] = field(default_factory=lambda: ["/bin/sh", "-c"])
    entrypoint: list[str] = field(default_factory=list)
    cmd: list[str] = field(default_factory=list)
    healthcheck: Healthcheck | None = None
    stop_signal: str = "SIGTERM"
    not_run: list[str] = field(default_factory=list)


def instructions(text: str) -> list[tuple[str, str]]:
    """(KEYWORD, arguments) per instruction: comment lines dropped, continuation lines joined."""
    result: list[tuple[str, str]] = []
    pending = ""
    for line in text.splitlines():
        if line.lstrip().startswith("#"):
            continue  # Docker drops comment lines even inside a continuation.
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        whole = (pending + line).strip()
        pending = ""
        if whole:
            keyword, _, rest = whole.partition(" ")
            result.append((keyword.upper(), rest.strip()))
    return result


def json_or_none(text: str) -> list[str] | None:
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, list) and all(isinstance(v, str) for v in value) else None


def command_form(text: str, stage: FinalStage) -> list[str]:
    """Exec form as written; shell form through the stage's SHELL, as Docker runs it."""
    exec_form = json_or_none(text)
    return exec_form if exec_form is not None else [*stage.shell, text]


def flags_and_args(text: str) -> tuple[dict[str, str], list[str]]:
    words = json_or_none(text)
    if words is None:
        words = shlex.split(text)
    flags: dict[str, str] = {}
    while words and words[0].startswith("--"):
        name, _, value = words.pop(0)[2:].partition("=")
        flags[name] = value
    return flags, words


def expand(value: str, env: dict[str, str]) -> str:
    return re.sub(r"\$\{(\w+)\}|\$(\w+)", lambda m: env.get(m.group(1) or m.group(2), ""), value)


def env_pairs(text: str, env: dict[str, str]) -> list[tuple[str, str]]:
    words = shlex.split(text)
    if words and "=" not in words[0]:  # the legacy `ENV KEY value with spaces`
        return [(words[0], expand(text.split(None, 1)[1], env))]
    pairs = []
    for word in words:
        key, _, value = word.partition("=")
        pairs.append((key, expand(value, env)))
    return pairs


def duration(text: str) -> float:
    units = {"ms": 0.001, "s": 1, "m": 60, "h": 3600}
    return sum(float(n) * units[u] for n, u in re.findall(r"([\d.]+)(ms|s|m|h)", text))


def read_final_stage(dockerfile: Path) -> FinalStage:
    parsed = instructions(dockerfile.read_text(encoding="utf-8"))
    starts = [i for i, (keyword, _) in enumerate(parsed) if keyword == "FROM"]
    if not starts:
        fail(f"{dockerfile} has no FROM")
    stage = FinalStage()
    known_env: dict[str, str] = dict(BASE_ENV)
    for keyword, rest in parsed[starts[-1] + 1 :]:
        if keyword == "WORKDIR":
            stage.workdir = str(PurePosixPath(stage.workdir, expand(rest, known_env)))
        elif keyword in ("COPY", "ADD"):
            flags, paths = flags_and_args(rest)
            *sources, destination = paths
            slash = "/" if destination.endswith("/") else ""  # "into this directory"
            destination = str(PurePosixPath(stage.workdir, destination)) + slash
            if "from" in flags:
                stage.copies_from.extend((flags["from"], source, destination) for source in sources)
            else:
                stage.copies.append((sources, destination))
        elif keyword == "ENV":
            for key, value in env_pairs(rest, known_env):
                known_env[key] = value
                stage.env.append((key, value))
        elif keyword == "USER":
            stage.user = expand(rest, known_env)
        elif keyword == "VOLUME":
            stage.volumes.extend(json_or_none(rest) or rest.split())
        elif keyword == "EXPOSE":
            stage.exposed.extend(rest.split())
        elif keyword == "SHELL":
            stage.shell = json_or_none(rest) or fail(f"SHELL must be a JSON array: {rest}")
        elif keyword == "ENTRYPOINT":
            stage.entrypoint = command_form(rest, stage)
            stage.cmd = []  # Docker resets an inherited CMD when ENTRYPOINT is set.
        elif keyword == "CMD":
            stage.cmd = command_form(rest, stage)
        elif keyword == "STOPSIGNAL":
            stage.stop_signal = rest if rest.startswith("SIG") or rest.isdigit() else f"SIG{rest}"
        elif keyword == "HEALTHCHECK":
            if rest.upper() == "NONE":
                stage.healthcheck = None
                continue
            options, _, command = re.split(r"(?<!\S)(CMD)(?!\S)", rest, maxsplit=1)
            timeout = re.search(r"--timeout=(\S+)", options)
            stage.healthcheck = Healthcheck(
                command_form(command.strip(), stage), duration(timeout.group(1)) if timeout else 30.0
            )
        elif keyword == "RUN":
            stage.not_run.append(rest)
    return stage


# --- .dockerignore ------------------------------------------------------------------------------------


def ignore_rules(context: Path) -> list[tuple[bool, re.Pattern[str]]]:
    """(is_exception, pattern) per line of .dockerignore, as Docker reads it: a pattern is anchored at the
    context's root, `*` and `?` stay within a directory, `**` spans any number of them, and the last
    matching line wins (`[...]` classes are not supported: they are taken literally)."""
    rules = []
    path = context / ".dockerignore"
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        exception = line.startswith("!")
        pattern = os.path.normpath(line.lstrip("!").strip()).lstrip("/")
        regex, i = "", 0
        while i < len(pattern):
            if pattern.startswith("**/", i):
                regex, i = regex + "(?:.*/)?", i + 3
            elif pattern.startswith("**", i):
                regex, i = regex + ".*", i + 2
            else:
                regex += {"*": "[^/]*", "?": "[^/]"}.get(pattern[i], re.escape(pattern[i]))
                i += 1
        rules.append((exception, re.compile(regex)))
    return rules


def ignored(relative: str, rules: list[tuple[bool, re.Pattern[str]]]) -> bool:
    # A path is out when it, or a directory above it, matches (and no later exception lets it back in).
    parts = relative.split("/")
    for depth in range(1, len(parts) + 1):
        prefix = "/".join(parts[:depth])
        verdict = False
        for exception, regex in rules:
            if regex.fullmatch(prefix):
                verdict = not exception
        if verdict:
            return True
    return False


# --- Staging -----------------------------------------------------------------------------------------


def stage_copies(stage: FinalStage, context: Path, root: Path) -> None:
    rules = ignore_rules(context)
    for sources, destination in stage.copies:
        target = root / destination.lstrip("/")
        for source in sources:
            origin = context / source
            if not origin.exists():
                fail(f"COPY {source}: not in the build context")
            if ignored(os.path.normpath(source), rules):
                fail(f"COPY {source}: excluded by .dockerignore, so the image build would fail")
            if origin.is_dir():

                def left_out(
                    directory: str, names: list[str], top: Path = origin, at: str = source
                ) -> list[str]:
                    inside = Path(at, Path(directory).relative_to(top))
                    return [name for name in names if ignored(os.path.normpath(inside / name), rules)]

                shutil.copytree(origin, target, dirs_exist_ok=True, ignore=left_out)
            else:
                into = destination.endswith("/") or target.is_dir()
                (target if into else target.parent).mkdir(parents=True, exist_ok=True)
                shutil.copy2(origin, target / origin.name if into else target)


def path_rewriter(mapping: dict[str, str]) -> Callable[[str], str]:
    """Replace image paths by host paths wherever they appear in a value, longest first, in one pass."""
    prefixes = sorted(mapping, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w.\-])(" + "|".join(re.escape(p.rstrip("/")) for p in prefixes) + r")(?=/|$|[:;\s])"
    )
    return lambda value: pattern.sub(lambda m: mapping[m.group(1)], value)


def loopback_up() -> None:
    # A new network namespace has `lo`, down; `ip link set lo up` without needing iproute2.
    siocgifflags, siocsifflags, iff_up = 0x8913, 0x8914, 0x1
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        request = struct.pack("16sH14x", b"lo", 0)
        flags = struct.unpack("16sH14x", fcntl.ioctl(sock, siocgifflags, request))[1]
        fcntl.ioctl(sock, siocsifflags, struct.pack("16sH14x", b"lo", flags | iff_up))


def as_pid_1(command: list[str]) -> list[str]:
    # --kill-child: should this script die, PID 1 (and so the whole namespace) goes with it.
    return ["unshare", "--pid", "--fork", "--kill-child", "--", *command]


def init_process(launcher: subprocess.Popen[bytes]) -> int:
    """The host's PID of the process that `unshare --fork` made PID 1 of its namespace."""
    children = Path(f"/proc/{launcher.pid}/task/{launcher.pid}/children")
    for _ in range(100):
        if launcher.poll() is not None:
            break
        with contextlib.suppress(FileNotFoundError):
            if pids := children.read_text().split():
                return int(pids[0])
        time.sleep(0.05)
    fail(f"unshare did not start CMD (status {launcher.poll()})")


def as_user(uid: int | None, gid: int | None, command: list[str]) -> list[str]:
    if uid is None:
        return command
    return ["setpriv", f"--reuid={uid}", f"--regid={gid}", "--clear-groups", "--", *command]


def numeric_user(user: str) -> tuple[int, int]:
    name, _, group = user.partition(":")
    if not name.isdigit() or (group and not group.isdigit()):
        fail(f"USER {user}: give it as UID:GID, numbers (the account exists only in the image)")
    return int(name), int(group or name)


# --- Running ---------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--venv", required=True, type=Path, help="a runtime-only venv, for COPY --from")
    parser.add_argument("--dockerfile", type=Path, default=Path("Dockerfile"))
    parser.add_argument("--context", type=Path, default=Path("."))
    parser.add_argument("--get", action="append", default=[], help="a path that must answer 200 once healthy")
    parser.add_argument("--ready-timeout", type=float, default=90.0, help="seconds until healthy, at most")
    parser.add_argument("--stop-timeout", type=float, default=10.0, help="seconds from STOPSIGNAL to exit")
    args = parser.parse_args()

    root_user = os.geteuid() == 0
    if root_user and os.environ.get(IN_NAMESPACE) != "1" and shutil.which("unshare"):
        os.environ[IN_NAMESPACE] = "1"
        unshare = ["unshare", "--net", "--", sys.executable, *sys.argv]
        os.execvp(unshare[0], unshare)  # noqa: S606 - this same script again, in a new namespace
    if os.environ.get(IN_NAMESPACE) == "1":
        loopback_up()

    context = args.context.resolve()
    venv = args.venv.resolve()
    stage = read_final_stage(args.dockerfile)
    if not stage.cmd and not stage.entrypoint:
        fail("the final stage has no CMD")
    if stage.healthcheck is None:
        fail("the final stage has no HEALTHCHECK: nothing says when it is ready")

    uid: int | None
    gid: int | None
    uid, gid = numeric_user(stage.user)
    if uid == 0:
        fail("USER is root (or unset): the image must run unprivileged")
    if not root_user:
        say(f"not root: running as the current user (uid {os.getuid()}), not USER {stage.user}")
        uid = gid = None

    base = Path(tempfile.mkdtemp(prefix="image-steps-"))
    base.chmod(0o755)  # mkdtemp's 0700 would hide the staged tree from USER
    server: subprocess.Popen[bytes] | None = None
    log_path = base / "container.log"
    try:
        stage_copies(stage, context, base)
        staged = [stage.workdir, *stage.volumes, *(destination for _, destination in stage.copies)]
        mapping = {p.rstrip("/"): str(base) + p.rstrip("/") for p in staged if p.rstrip("/")}
        mapping |= {destination.rstrip("/"): str(venv) for _, _, destination in stage.copies_from}
        rewrite = path_rewriter(mapping)
        for volume in stage.volumes:
            host = Path(rewrite(volume))
            host.mkdir(parents=True, exist_ok=True)
            if uid is not None and gid is not None:
                os.chown(host, uid, gid)
        workdir = Path(rewrite(stage.workdir))
        workdir.mkdir(parents=True, exist_ok=True)

        # Only what the image defines: nothing of CI's own environment (its LIS_* settings above all).
        # HOME: the image's account has WORKDIR as its home directory (useradd --home-dir).
        env = dict(BASE_ENV, HOME=str(workdir), HOSTNAME="image-steps")
        for key, value in stage.env:
            env[key] = rewrite(value)  # `$VAR`s were expanded as the Dockerfile was read
        command = [*stage.entrypoint, *stage.cmd]
        healthcheck = stage.healthcheck.command

        copied = ", ".join(source for sources, _ in stage.copies for source in sources)
        say(f"staged {copied} in {workdir}; {venv} stands in for the build stage's venv")
        for line in stage.not_run:
            say(f"not run (what it makes is staged instead): RUN {' '.join(line.split())[:70]}…")
        namespaces = os.environ.get(IN_NAMESPACE) == "1"
        say(
            f"CMD {json.dumps(command)} as {stage.user if uid is not None else 'the current user'}"
            + (", PID 1 in its own PID and network namespaces" if namespaces else "")
        )

        python = venv / "bin" / "python"
        reachable = subprocess.run(  # noqa: S603 - the venv's own interpreter
            as_user(uid, gid, [str(python), "-c", ""]), capture_output=True, check=False
        )
        if reachable.returncode != 0:
            fail(
                f"{python} does not run as USER {stage.user}: build the venv with an interpreter outside a"
                f" private home, in a directory others can read ({reachable.stderr.decode().strip()})"
            )

        port = int((stage.exposed or ["8000"])[0].split("/")[0])
        if not namespaces:
            # On the host's network, another server on the port would answer the health check instead.
            with socket.socket() as probe_socket:
                if probe_socket.connect_ex(("127.0.0.1", port)) == 0:
                    fail(f"port {port} (EXPOSE) is already in use on this machine")

        started = time.monotonic()
        with log_path.open("wb") as log:
            server = subprocess.Popen(  # noqa: S603 - the Dockerfile's CMD, as the image runs it
                as_pid_1(as_user(uid, gid, command)) if namespaces else as_user(uid, gid, command),
                cwd=workdir,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        # What `docker stop` signals: CMD itself, not the unshare that waits for it.
        pid_1 = init_process(server) if namespaces else server.pid
        check_failure = ""
        while True:
            if server.poll() is not None:
                fail(f"CMD exited with status {server.returncode} before it was healthy:\n{tail(log_path)}")
            if time.monotonic() - started > args.ready_timeout:
                fail(f"not healthy after {args.ready_timeout:.0f} s ({check_failure}):\n{tail(log_path)}")
            try:
                probe = subprocess.run(  # noqa: S603 - the Dockerfile's HEALTHCHECK
                    as_user(uid, gid, healthcheck),
                    cwd=workdir,
                    env=env,
                    capture_output=True,
                    timeout=stage.healthcheck.timeout,
                    check=False,
                )
                if probe.returncode == 0:
                    break
                lines = (probe.stderr or probe.stdout).decode(errors="replace").strip().splitlines()
                check_failure = f"HEALTHCHECK exit {probe.returncode}: {lines[-1] if lines else ''}"
            except subprocess.TimeoutExpired:
                check_failure = f"HEALTHCHECK timed out after {stage.healthcheck.timeout:.0f} s"
            time.sleep(0.3)
        say(f"healthy after {time.monotonic() - started:.1f} s (HEALTHCHECK CMD exit 0)")

        for path in args.get:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
                    status = response.status
            except urllib.error.HTTPError as error:
                status = error.code
            if status != 200:
                fail(f"GET {path}: {status}, not 200:\n{tail(log_path)}")
            say(f"GET {path}: 200")

        os.kill(
            pid_1,
            int(stage.stop_signal) if stage.stop_signal.isdigit() else signal.Signals[stage.stop_signal],
        )
        stopping = time.monotonic()
        try:
            status = server.wait(timeout=args.stop_timeout)
        except subprocess.TimeoutExpired:
            fail(
                f"still running {args.stop_timeout:.0f} s after {stage.stop_signal} (PID 1 ignores a signal"
                f" it has no handler for: does CMD `exec` the server?):\n{tail(log_path)}"
            )
        elapsed = time.monotonic() - stopping
        if status != 0:
            why = f"killed by {signal.Signals(-status).name}" if status < 0 else f"exit status {status}"
            if status < 0 and not namespaces:
                why += (
                    " (not PID 1 here, without root: a stop signal re-raised at exit is fatal, not dropped)"
                )
            fail(f"{stage.stop_signal}: ended in {elapsed:.1f} s, {why}, not status 0:\n{tail(log_path)}")
        say(f"{stage.stop_signal}: exit 0 after {elapsed:.1f} s")
    finally:
        if server is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(server.pid, signal.SIGKILL)  # whatever it left behind (workers, a shell)
            server.wait()
        shutil.rmtree(base, ignore_errors=True)


def tail(path: Path, lines: int = 40) -> str:
    text = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
    return "\n".join("    " + line for line in text.splitlines()[-lines:])


if __name__ == "__main__":
    main()
