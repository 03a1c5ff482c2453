"""HelseID's client claims beside the organisation number: `orgnr_child` (the part of the trust the
client acts for) and `client_name` are recorded in the audit entry of a change and in the log of
personal data read, when the token carries them (API.md, Authentication)."""

import httpx
import pytest
from fastapi import FastAPI

from app.settings import Settings
from tests.api.test_observability import Seated, anna_seated, disclosure_log, disclosures
from tests.tokens import REGUT_HOST_ORG, ProofKey, Tokens

__all__ = ["anna_seated", "disclosure_log"]  # fixtures, used by name

CHILD_ORG = "974795787"
CLIENT_NAME = "UNN HR-system (Personalportalen)"
COUNCIL_ENTRIES = "/v1/audit?entity_type=council"


def helseid_claims(settings: Settings) -> dict[str, str]:
    return {settings.auth_org_number_child_claim: CHILD_ORG, settings.auth_client_name_claim: CLIENT_NAME}


async def test_a_change_is_audited_with_the_clients_child_organisation_and_name(
    client: httpx.AsyncClient, tokens: Tokens, settings: Settings
) -> None:
    key = ProofKey()
    token = tokens.bound(
        key, "regut", org=REGUT_HOST_ORG["helse-nord"], subject="regut-nord", claims=helseid_claims(settings)
    )
    url = "http://registry.test/v1/councils"
    body = {"kind": "regional", "specialty": "urologi", "region": "helse-nord"}
    assert (await client.post(url, json=body, headers=key.headers(token, "POST", url))).status_code == 201
    [entry] = (await client.get(COUNCIL_ENTRIES, headers=tokens.bearer("read"))).json()["items"]
    assert entry["principal"] == {
        "kind": "regut",
        "subject": "regut-nord",
        "org_number": REGUT_HOST_ORG["helse-nord"],
        "org_number_child": CHILD_ORG,
        "client_name": CLIENT_NAME,
    }


async def test_a_token_without_them_is_audited_with_nulls(client: httpx.AsyncClient, tokens: Tokens) -> None:
    body = {"kind": "regional", "specialty": "urologi", "region": "helse-nord"}
    assert (await client.post("/v1/councils", json=body, headers=tokens.admin())).status_code == 201
    [entry] = (await client.get(COUNCIL_ENTRIES, headers=tokens.bearer("read"))).json()["items"]
    assert (entry["principal"]["org_number_child"], entry["principal"]["client_name"]) == (None, None)


async def test_a_read_of_personal_data_is_logged_with_the_clients_child_organisation_and_name(
    client: httpx.AsyncClient,
    tokens: Tokens,
    settings: Settings,
    anna_seated: Seated,
    disclosure_log: pytest.LogCaptureFixture,
) -> None:
    reader = tokens.bearer("read", subject="hr-unn", claims=helseid_claims(settings))
    assert (await client.get(f"/v1/people/{anna_seated.person}", headers=reader)).status_code == 200
    [fields] = disclosures(disclosure_log)
    assert (fields["org_number_child"], fields["client_name"]) == (CHILD_ORG, CLIENT_NAME)


async def test_a_client_name_with_control_characters_is_not_recorded(
    client: httpx.AsyncClient, tokens: Tokens, settings: Settings
) -> None:
    claims = {settings.auth_client_name_claim: "evil\nname", settings.auth_org_number_child_claim: "12"}
    body = {"kind": "regional", "specialty": "urologi", "region": "helse-nord"}
    headers = tokens.bearer("admin", claims=claims)
    assert (await client.post("/v1/councils", json=body, headers=headers)).status_code == 201
    [entry] = (await client.get(COUNCIL_ENTRIES, headers=tokens.bearer("read"))).json()["items"]
    assert (entry["principal"]["org_number_child"], entry["principal"]["client_name"]) == (None, None)


async def test_a_stored_disclosure_names_the_clients_child_organisation_and_name(
    client: httpx.AsyncClient, application: FastAPI, tokens: Tokens, settings: Settings, anna_seated: Seated
) -> None:
    """What the disclosure log says is what a person's record says: the stored disclosure carries the
    same HelseID claims."""
    reader = tokens.bearer("read", subject="personalportalen", claims=helseid_claims(settings))
    assert (await client.get(f"/v1/people/{anna_seated.person}", headers=reader)).status_code == 200
    await application.state.disclosures.flush()

    found = await client.get(
        "/v1/disclosures",
        params={"person": anna_seated.person, "client": "personalportalen"},
        headers=tokens.admin(),
    )

    assert found.status_code == 200, found.text
    [disclosure] = found.json()["items"]
    assert (disclosure["org_number_child"], disclosure["client_name"]) == (CHILD_ORG, CLIENT_NAME)
