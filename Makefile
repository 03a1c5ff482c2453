# One virtual environment, made on first use and refreshed when pyproject.toml changes.
VENV ?= .venv
PYTHON := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint openapi install clean

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed

## Start the service on the embedded SQLite database (migrated, reference data loaded).
run: install
	$(PYTHON) -m app serve --host $(HOST) --port $(PORT)

## Run the whole test suite (SQLite; set LIS_TEST_DATABASE_URL for PostgreSQL).
test: install
	$(PYTHON) -m pytest $(PYTEST_ARGS)

## ruff, mypy --strict on the domain, and hadolint (installed by the dev extra) on the Dockerfile.
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy app/domain
	$(VENV)/bin/hadolint Dockerfile

## Regenerate openapi.yaml from the code.
openapi: install
	$(PYTHON) -m app openapi --output openapi.yaml

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
