"""Rule IDs are public contract: the service publishes every one it can name (GET /v1/rules), and every
`rule` in a problem or a finding links to its description."""

import re
from pathlib import Path

import httpx
import pytest

from app.contract.common import Protocol
from app.domain.proposals import LEARNING_GOAL_CODE
from app.domain.rules import Rule
from tests.api.test_seat_walkthroughs import Registry, hn_seat
from tests.tokens import Tokens

APP = Path(__file__).resolve().parents[2] / "app"
RULE_ID_LITERAL = re.compile(r"""["']([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)["']""")


async def catalogue(client: httpx.AsyncClient) -> dict[str, dict[str, object]]:
    response = await client.get("/v1/rules")
    assert response.status_code == 200
    return {rule["id"]: rule for rule in response.json()["items"]}


async def test_the_catalogue_lists_every_mandate_rule_and_protocol_code_once(
    client: httpx.AsyncClient,
) -> None:
    response = await client.get("/v1/rules")
    ids = [rule["id"] for rule in response.json()["items"]]
    assert len(ids) == len(set(ids))
    assert set(ids) == {r.value for r in Rule} | {p.value for p in Protocol}


async def test_every_rule_id_the_code_writes_is_in_the_catalogue(client: httpx.AsyncClient) -> None:
    """A rule ID typed into the code (a misspelt one included) is caught here, not by an integrator."""
    listed = set(await catalogue(client))
    written = {
        match
        for path in APP.rglob("*.py")
        for match in RULE_ID_LITERAL.findall(path.read_text(encoding="utf-8"))
        if not match.startswith(("HTTP-", "X-")) and not LEARNING_GOAL_CODE.fullmatch(match)
    }
    assert written - listed == set()


async def test_a_rule_is_described_with_its_kind_profiles_and_source(client: httpx.AsyncClient) -> None:
    rule = (await client.get("/v1/rules/HN-MAX-FOUR")).json()
    assert rule == {
        "id": "HN-MAX-FOUR",
        "kind": "guard",
        "topic": "seats",
        "severity": None,
        "status": 409,
        "profiles": ["helse-nord"],
        "statement": "At most four representatives at any date.",
        "source": "000 §2.2 (*Inntil fire spesialister*)",
        "texts": {
            "nb": {"statement": "Høyst fire representanter på samme dato.", "finding": None},
            "en": {"statement": "At most four representatives at any date.", "finding": None},
        },
    }
    finding = (await client.get("/v1/rules/HN-PREFERRED-ROLE")).json()
    assert (finding["kind"], finding["severity"], finding["status"]) == ("finding", "advice", None)


async def test_every_rule_and_its_finding_reads_in_norwegian_and_in_english(
    client: httpx.AsyncClient,
) -> None:
    """The catalogue's texts for people: each rule in both languages, each finding's sentence too."""
    rules = (await client.get("/v1/rules")).json()["items"]
    for rule in rules:
        for language in ("nb", "en"):
            assert rule["texts"][language]["statement"], (rule["id"], language)
            assert (rule["texts"][language]["finding"] is not None) == (rule["kind"] == "finding"), rule["id"]
    vacant = next(rule for rule in rules if rule["id"] == "SEAT-VACANT")
    assert (
        vacant["texts"]["nb"]["finding"] == "Et helseforetak som oppnevner til rådet, har ingen representant."
    )


async def test_an_unknown_rule_is_not_found(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/rules/HN-MAX-FIVE")
    assert response.status_code == 404
    assert response.json()["rule"] == "NOT-FOUND"


@pytest.mark.parametrize("path", ["/v1/regions/nowhere", "/v1/councils?limit=0"])
async def test_a_problem_links_to_the_rule_it_names(client: httpx.AsyncClient, path: str) -> None:
    problem = (await client.get(path)).json()
    assert problem["type"] == f"/v1/rules/{problem['rule']}"
    described = await client.get(problem["type"])
    assert described.status_code == 200
    assert described.json()["id"] == problem["rule"]
    for error in problem["errors"]:
        assert (await client.get(error["type"])).json()["id"] == error["rule"]


async def test_a_refused_guard_gets_the_status_the_catalogue_gives_it(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    """ONE-PER-TRUST: a trust's second representative is refused with the catalogue's status."""
    await registry.appointed(nord, hn_seat("unn", "Kari Nordmann"), tokens.trust("unn"))
    refused = await registry.appoint(nord, hn_seat("unn", "Ola Nordmann"), tokens.trust("unn"))
    rule = (await registry.client.get(refused.json()["type"])).json()
    assert (refused.json()["rule"], refused.status_code) == ("ONE-PER-TRUST", rule["status"])


async def test_a_finding_links_to_its_rule(registry: Registry, nord: str, tokens: Tokens) -> None:
    report = await registry.client.get(f"/v1/councils/{nord}/compliance", headers=tokens.bearer("read"))
    assert report.json()["findings"]
    for finding in report.json()["findings"]:
        assert finding["type"] == f"/v1/rules/{finding['rule']}"
