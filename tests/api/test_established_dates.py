"""A council's establishment date: corrected by RegUt, and nothing of the council dated before it
(BEFORE-ESTABLISHED)."""

from typing import Any

import httpx

from tests.api.test_seat_walkthroughs import Registry, hn_seat
from tests.tokens import Tokens


async def _correct(
    registry: Registry, council: str, headers: dict[str, str], **changes: Any
) -> httpx.Response:
    etag = (await registry.client.get(f"/v1/councils/{council}", headers=headers)).headers["etag"]
    return await registry.client.patch(
        f"/v1/councils/{council}", json=changes, headers=headers | {"If-Match": etag}
    )


async def _established_on(registry: Registry, council: str) -> str:
    return str((await registry.client.get(f"/v1/councils/{council}")).json()["established_on"])


async def test_the_regions_regut_corrects_the_establishment_date_to_a_past_day(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    response = await _correct(registry, nord, tokens.regut("helse-nord"), established_on="2020-09-01")
    assert response.status_code == 200, response.text
    assert await _established_on(registry, nord) == "2020-09-01"


async def test_another_regions_regut_may_not_correct_the_establishment_date(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    response = await _correct(registry, nord, tokens.regut("helse-vest"), established_on="2020-09-01")
    assert response.status_code == 403
    assert await _established_on(registry, nord) == "2019-01-01"


async def test_no_council_is_established_before_the_mandates_began(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    response = await _correct(registry, nord, tokens.admin(), established_on="2018-12-31")
    assert response.status_code == 422
    assert response.json()["rule"] == "BEFORE-ESTABLISHED"
    assert response.json()["errors"][0]["pointer"] == "/established_on"
    assert await _established_on(registry, nord) == "2019-01-01"


async def test_the_establishment_date_cannot_move_past_a_seat_the_council_holds(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    await registry.appointed(
        nord, hn_seat("unn", "Kari Nordmann", starts_on="2021-03-01"), tokens.trust("unn")
    )
    response = await _correct(registry, nord, tokens.admin(), established_on="2021-03-02")
    assert response.status_code == 422
    assert response.json()["rule"] == "BEFORE-ESTABLISHED"
    assert (await _correct(registry, nord, tokens.admin(), established_on="2021-03-01")).status_code == 200


async def test_a_seat_an_election_and_a_meeting_before_the_establishment_date_are_refused(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    regut = tokens.regut("helse-nord")
    assert (await _correct(registry, nord, regut, established_on="2022-01-01")).status_code == 200
    seat = await registry.appoint(nord, hn_seat("unn", "Kari Nordmann", starts_on="2021-12-31"), regut)
    assert (seat.status_code, seat.json()["rule"]) == (422, "BEFORE-ESTABLISHED")
    sitting = await registry.appointed(nord, hn_seat("unn", "Kari Nordmann", starts_on="2022-01-01"), regut)
    election = await registry.elect(nord, regut, effective_on="2021-06-01", leader=sitting["person"]["id"])
    assert (election.status_code, election.json()["rule"]) == (422, "BEFORE-ESTABLISHED")
    meeting = await registry.client.post(
        f"/v1/councils/{nord}/meetings",
        json={"starts_at": "2021-10-01T10:00:00+02:00", "ends_at": "2021-10-01T12:00:00+02:00"},
        headers=regut,
    )
    assert (meeting.status_code, meeting.json()["rule"]) == (422, "BEFORE-ESTABLISHED")
    assert meeting.json()["errors"][0]["pointer"] == "/starts_at"
    assert [s["starts_on"] for s in await registry.history(nord)] == ["2022-01-01"]


async def test_compliance_asks_nothing_of_a_year_before_the_council_was_established(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    assert (await _correct(registry, nord, tokens.admin(), established_on="2022-01-01")).status_code == 200

    async def findings(year: int, on: str) -> list[dict[str, Any]]:
        response = await registry.client.get(
            f"/v1/councils/{nord}/compliance", params={"year": year, "on": on}, headers=registry.reader
        )
        assert response.status_code == 200, response.text
        return list(response.json()["findings"])

    assert await findings(2021, "2021-06-01") == []
    after = {(f["rule"], f["subject"]): f["status"] for f in await findings(2022, "2022-06-01")}
    assert after[("HN-HALF-YEARLY", "period:2022-H1")] == "violation"
    assert after[("SEAT-VACANT", "trust:unn")] == "violation"
