# syntax=docker/dockerfile:1
FROM python:3.11-slim AS build
WORKDIR /build
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH PIP_DISABLE_PIP_VERSION_CHECK=1
COPY pyproject.toml ./
# Dependencies only: the application runs from its source tree, beside its migrations.
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
      > requirements.txt \
 && pip install --no-cache-dir -r requirements.txt

FROM python:3.11-slim
RUN useradd --system --uid 10001 --home-dir /srv --shell /usr/sbin/nologin registry \
 && mkdir -p /srv/data && chown registry /srv/data
COPY --from=build /opt/venv /opt/venv
WORKDIR /srv
COPY alembic.ini ./
COPY alembic ./alembic
COPY app ./app
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    LIS_DATABASE_URL=sqlite+aiosqlite:////srv/data/lis-registry.db \
    LIS_AUTO_SETUP=false
USER registry
VOLUME /srv/data
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD python -c "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/health/ready', timeout=4).status != 200)"
# Migrations (and the idempotent reference data and council structure) first, then the server:
# `app serve` is uvicorn with the protocol class that answers malformed requests in problem+json.
CMD ["sh", "-c", "python -m app setup && exec python -m app serve --host 0.0.0.0 --port 8000"]
