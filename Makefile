# One virtual environment, made on first use and refreshed when pyproject.toml or the lock changes.
VENV ?= .venv
PYTHON := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
# The resolver that writes the lock files (`make lock`); pip alone installs them, so the image and CI's
# runtime-only venv need no uv.
UV_VERSION := 0.13.10
UV := $(VENV)/bin/uv
LOCK := $(UV) pip compile --quiet --universal --python-version 3.11 --generate-hashes \
	--custom-compile-command "make lock"

.PHONY: run test lint openapi python-client install lock wheel release-contract clean

# Every version is the lock's, with its hashes (requirements/dev.txt: the runtime, the dev tools and
# the build backend); then the project itself, editable, built with that locked backend. `pip check`
# fails when pyproject.toml asks for something the lock lacks: run `make lock`.
$(VENV)/.installed: pyproject.toml requirements/dev.txt
	python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet --require-hashes -r requirements/dev.txt
	$(PYTHON) -m pip install --quiet --no-deps --no-build-isolation -e .
	$(PYTHON) -m pip check
	touch $@

install: $(VENV)/.installed

$(UV):
	python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet "uv==$(UV_VERSION)"

## Re-resolve the lock files after a change to pyproject.toml's dependencies (or to upgrade: pass
## LOCK_ARGS=--upgrade, or LOCK_ARGS="--upgrade-package NAME"). The dev lock is resolved first, so that
## the runtime lock (the image's) takes exactly the versions the tests ran with.
lock: $(UV)
	python3 -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['build-system']['requires']))" \
		> requirements/build.in
	$(LOCK) $(LOCK_ARGS) requirements/build.in -o requirements/build.txt
	$(LOCK) $(LOCK_ARGS) pyproject.toml requirements/build.in --extra dev -o requirements/dev.txt
	$(LOCK) pyproject.toml -c requirements/dev.txt -o requirements/runtime.txt

## The service as a wheel in dist/ (what the image installs), built with the locked backend.
wheel: install
	rm -rf dist
	$(PYTHON) -m pip wheel --quiet --no-deps --no-build-isolation --wheel-dir dist .

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

## Regenerate openapi.yaml from the code, and the Python client from it (clients/python).
openapi: install
	$(PYTHON) -m app openapi --output openapi.yaml
	$(MAKE) python-client

# Generated into build/ and copied over: the generator's --overwrite would delete the package's own files
# (py.typed, a request signer); api/ and models/ are replaced whole, so a removed operation leaves.
PYTHON_CLIENT := clients/python/src/lis_registry_client
python-client: install
	rm -rf build/python-client
	$(VENV)/bin/openapi-python-client generate --path openapi.yaml --meta none --fail-on-warning \
		--output-path build/python-client --config clients/python/generator.yaml
	rm -rf $(PYTHON_CLIENT)/api $(PYTHON_CLIENT)/models
	mkdir -p $(PYTHON_CLIENT)
	cp -R build/python-client/. $(PYTHON_CLIENT)/

## Release the contract: openapi.yaml becomes contract/released/openapi-<info.version>.yaml, the one CI's
## gate (.ci/contract_gate.py) compares later changes with; the previous release leaves (git keeps it).
release-contract: install
	$(PYTHON) -c "import yaml; print(yaml.safe_load(open('openapi.yaml'))['info']['version'])" > .contract-version
	git rm --quiet --ignore-unmatch 'contract/released/openapi-*.yaml'
	mkdir -p contract/released
	cp openapi.yaml contract/released/openapi-$$(cat .contract-version).yaml
	git add contract/released/openapi-$$(cat .contract-version).yaml
	rm .contract-version

clean:
	rm -rf $(VENV) dist build *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
