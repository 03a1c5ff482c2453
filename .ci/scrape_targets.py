#!/usr/bin/env python3
"""ops/prometheus.yml scrapes the registry's /metrics where compose.yaml runs it.

    .venv/bin/python .ci/scrape_targets.py [compose.yaml]

`docker-compose config` validates compose.yaml, but not the Prometheus file it mounts, nor that the two
agree: a renamed service or port would leave Prometheus scraping nothing, silently. Checks that the file
parses, that the prometheus service mounts it where the image reads its configuration, and that a
scrape job fetches /metrics from `SERVICE:PORT` where SERVICE is a compose service running `lis-registry
serve` (or `python -m app serve`) with `--port PORT`; and that the ports which answer /metrics (the
registry's) and Prometheus's own are published on the host's loopback only. Needs PyYAML (a runtime
dependency, so in the project's venv).
"""

import sys
from pathlib import Path
from typing import Any, NoReturn

import yaml

IMAGE_CONFIG = "/etc/prometheus/prometheus.yml"


def fail(message: str) -> NoReturn:
    print(f"scrape targets: FAILED: {message}")
    sys.exit(1)


def serving_port(service: dict[str, Any]) -> str | None:
    command = service.get("command")
    words = command.split() if isinstance(command, str) else list(command or [])
    # The installed console command (the image's), or the module run from a source tree.
    if words[:2] != ["lis-registry", "serve"] and words[1:4] != ["-m", "app", "serve"]:
        return None
    return str(words[words.index("--port") + 1]) if "--port" in words else "8000"


def published_beyond_loopback(service: dict[str, Any]) -> list[str]:
    """The service's published ports that another host could reach (no `127.0.0.1:` in front)."""
    return [str(port) for port in service.get("ports", []) if not str(port).startswith("127.0.0.1:")]


def main() -> None:
    compose_file = Path(sys.argv[1] if len(sys.argv) > 1 else "compose.yaml")
    services = yaml.safe_load(compose_file.read_text(encoding="utf-8"))["services"]
    servers = {name: port for name, service in services.items() if (port := serving_port(service))}
    if not servers:
        fail(f"no service in {compose_file} runs `lis-registry serve`")

    prometheus = services.get("prometheus") or fail(f"{compose_file} has no prometheus service")
    mounts = {}
    for volume in prometheus.get("volumes", []):
        source, target = volume.split(":")[:2]
        mounts[target] = source
    if IMAGE_CONFIG not in mounts:
        fail(f"the prometheus service mounts nothing at {IMAGE_CONFIG}")
    config_file = (compose_file.parent / mounts[IMAGE_CONFIG]).resolve()
    config = yaml.safe_load(config_file.read_text(encoding="utf-8"))

    found = []
    for job in config.get("scrape_configs") or []:
        if job.get("metrics_path", "/metrics") != "/metrics":
            continue
        for group in job.get("static_configs") or []:
            for target in group.get("targets") or []:
                host, _, port = target.partition(":")
                if servers.get(host) == port:
                    found.append(f"job {job['job_name']} scrapes {target}/metrics")
    if not found:
        fail(f"{config_file.name}: no scrape job fetches /metrics from {servers} (service: port)")
    for name in [*servers, "prometheus"]:
        if exposed := published_beyond_loopback(services[name]):
            fail(f"{name} publishes {', '.join(exposed)} beyond loopback: bind it to 127.0.0.1")
    print(f"scrape targets: {'; '.join(found)}, as {compose_file} serves it; published on loopback only")


if __name__ == "__main__":
    main()
