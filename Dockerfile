# syntax=docker/dockerfile:1
# The Debian release is pinned with Python's minor version, so that a base-image bump is a decision.
FROM python:3.11-slim-bookworm AS build
WORKDIR /build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1
# The dependencies first, each at the lock's version and hash (requirements/runtime.txt, `make lock`): two
# builds of one commit install the same files, and this layer changes only with the lock.
COPY requirements/runtime.txt requirements/build.txt requirements/
RUN python -m venv /opt/venv \
 && /opt/venv/bin/pip install --no-cache-dir --require-hashes -r requirements/runtime.txt
# Then the service as a wheel (its migrations, reference data and templates inside), built by the locked
# setuptools in a venv of its own that stays in this stage.
COPY pyproject.toml ./
COPY app ./app
RUN python -m venv /opt/build \
 && /opt/build/bin/pip install --no-cache-dir --require-hashes -r requirements/build.txt \
 && /opt/build/bin/pip wheel --no-cache-dir --no-deps --no-build-isolation --wheel-dir dist . \
 && /opt/venv/bin/pip install --no-cache-dir --no-deps dist/*.whl

FROM python:3.11-slim-bookworm
# A fixed numeric UID/GID, so that USER below is numeric: an orchestrator (runAsNonRoot) can verify it
# is not root without reading /etc/passwd, and volume ownership is the same on every host.
RUN groupadd --system --gid 10001 registry \
 && useradd --system --uid 10001 --gid registry --home-dir /srv --shell /usr/sbin/nologin registry \
 && mkdir -p /srv/data && chown registry:registry /srv/data
# The installed service, owned by root and read-only to it: only /srv/data (and /tmp) is writable at run
# time. No source tree: the wheel serves from any directory.
COPY --from=build /opt/venv /opt/venv
WORKDIR /srv
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    LIS_DATABASE_URL=sqlite+aiosqlite:////srv/data/lis-registry.db \
    LIS_AUTO_SETUP=false
USER 10001:10001
VOLUME /srv/data
EXPOSE 8000
# Exec form: no shell between the health check and Python (compose.yaml repeats this command).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/health/ready', timeout=4).status != 200)"]
# What `docker stop` sends (the default, stated because the graceful drain depends on it).
STOPSIGNAL SIGTERM
# Migrations (and the idempotent reference data and council structure) first, then the server:
# `lis-registry serve` is uvicorn with the protocol class that answers malformed requests in problem+json.
# `exec`, so that the server replaces the shell as PID 1 and receives `docker stop`'s SIGTERM itself.
CMD ["sh", "-c", "lis-registry setup && exec lis-registry serve --host 0.0.0.0 --port 8000"]
