# syntax=docker/dockerfile:1
# The Debian release is pinned with Python's minor version, so that a base-image bump is a decision.
FROM python:3.11-slim-bookworm AS build
WORKDIR /build
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH PIP_DISABLE_PIP_VERSION_CHECK=1
COPY pyproject.toml ./
# Dependencies only: the application runs from its source tree, beside its migrations. Their versions
# are pyproject.toml's ranges, as CI's runtime-only environment installs them (.ci/run).
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
      > requirements.txt \
 && pip install --no-cache-dir -r requirements.txt

FROM python:3.11-slim-bookworm
# A fixed numeric UID/GID, so that USER below is numeric: an orchestrator (runAsNonRoot) can verify it
# is not root without reading /etc/passwd, and volume ownership is the same on every host.
RUN groupadd --system --gid 10001 registry \
 && useradd --system --uid 10001 --gid registry --home-dir /srv --shell /usr/sbin/nologin registry \
 && mkdir -p /srv/data && chown registry:registry /srv/data
COPY --from=build /opt/venv /opt/venv
WORKDIR /srv
# Owned by root and read-only to the service: only /srv/data (and /tmp) is writable at run time.
COPY alembic.ini ./
COPY alembic ./alembic
COPY app ./app
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
# `app serve` is uvicorn with the protocol class that answers malformed requests in problem+json.
# `exec`, so that the server replaces the shell as PID 1 and receives `docker stop`'s SIGTERM itself.
CMD ["sh", "-c", "python -m app setup && exec python -m app serve --host 0.0.0.0 --port 8000"]
