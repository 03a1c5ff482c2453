"""DPoP over real HTTP: a uvicorn process asking for nonces, called by the Python client package
(clients/python, an `httpx.Auth`) and by the command line's `token --dpop` and `dpop-proof`, as the
README's curl examples call it. The TypeScript middleware runs in tests/e2e/test_typescript_client.py."""

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from tests.e2e.live_service import PROJECT_ROOT, LiveService, development_settings, live_service


def _client_module() -> ModuleType:
    """clients/python's dpop module, loaded from its file under a name of its own: the client that
    tests/e2e/test_generated_client.py generates is `lis_registry_client` too, in the same process."""
    path = PROJECT_ROOT / "clients" / "python" / "src" / "lis_registry_client" / "dpop.py"
    spec = importlib.util.spec_from_file_location("clients_python_dpop", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_dpop = _client_module()
DPoPAuth, DPoPKey = _dpop.DPoPAuth, _dpop.DPoPKey

NONCE_SECRET = "dpop-clients-test-nonce-secret-0123456789"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveService]:
    workdir = tmp_path_factory.mktemp("dpop")
    settings = development_settings(workdir) | {
        "LIS_DPOP_NONCES": "true",
        "LIS_DPOP_NONCE_SECRET": NONCE_SECRET,
    }
    with live_service(workdir, ("setup",), settings=settings) as live:
        yield live


def bound_token(served: LiveService, key_file: Path, *scope: str) -> str:
    arguments = [argument for name in scope for argument in ("--scope", name)]
    return served.command("token", *arguments, "--dpop", "--dpop-key", str(key_file))


def test_the_python_client_signs_each_request_and_follows_the_nonce(
    served: LiveService, tmp_path: Path
) -> None:
    key_file = tmp_path / "client-key.pem"
    token = bound_token(served, key_file, "admin")
    auth = DPoPAuth(token, DPoPKey.from_pem(key_file.read_bytes()))
    with httpx.Client(base_url=served.base_url, auth=auth) as registry:
        listed = registry.get("/v1/councils", params={"region": "helse-nord", "specialty": "anestesiologi"})
        assert listed.status_code == 200, listed.text
        assert auth.nonce is not None  # learnt from the first refusal, and used since
        url = f"/v1/councils/{listed.json()['items'][0]['id']}"
        etag = registry.get(url).headers["etag"]
        corrected = registry.patch(
            url, json={"contact_email": "anestesi@example.org"}, headers={"If-Match": etag}
        )
        assert corrected.status_code == 200, corrected.text
        assert corrected.json()["contact_email"] == "anestesi@example.org"
    stolen = httpx.get(f"{served.base_url}/v1/regions", headers={"Authorization": f"Bearer {token}"})
    assert stolen.status_code == 401


def test_a_key_other_than_the_bound_one_gets_nowhere(served: LiveService, tmp_path: Path) -> None:
    token = bound_token(served, tmp_path / "client-key.pem", "admin")
    with httpx.Client(base_url=served.base_url, auth=DPoPAuth(token, DPoPKey.generate())) as registry:
        refused = registry.post("/v1/councils", json={"kind": "interregional", "specialty": "urologi"})
    assert refused.status_code == 401
    assert 'error="invalid_token"' in refused.headers["www-authenticate"]


def test_the_command_line_proves_a_request_as_the_readme_shows(served: LiveService, tmp_path: Path) -> None:
    key_file, token_file = tmp_path / "dpop.pem", tmp_path / "token"
    token_file.write_text(bound_token(served, key_file, "regut") + "\n")
    url = f"{served.base_url}/v1/councils?region=helse-nord&specialty=anestesiologi"

    def proof(nonce: str | None = None) -> str:
        arguments = ["--method", "GET", "--url", url, "--token-file", str(token_file), "--key", str(key_file)]
        return served.command("dpop-proof", *arguments, *(["--nonce", nonce] if nonce else []))

    authorization = f"DPoP {token_file.read_text().strip()}"
    asked = httpx.get(url, headers={"Authorization": authorization, "DPoP": proof()})
    assert asked.status_code == 401
    assert 'error="use_dpop_nonce"' in asked.headers["www-authenticate"]
    answered = httpx.get(
        url, headers={"Authorization": authorization, "DPoP": proof(asked.headers["dpop-nonce"])}
    )
    assert answered.status_code == 200, answered.text
    assert answered.json()["items"][0]["region"] == "helse-nord"
