"""Regressions found in review: each one a way a request got further than it should have."""

import httpx
import pytest

from app.bootstrap import establish_councils
from app.storage.database import Database
from tests.backdate import registered_on_an_earlier_day
from tests.tokens import Tokens

SPECIALIST = {"specialist_in_specialty": True}


async def council(client: httpx.AsyncClient, **params: str) -> str:
    return (await client.get("/v1/councils", params=params | {"specialty": "anestesiologi"})).json()["items"][
        0
    ]["id"]


@pytest.fixture
async def national(clean_database: Database) -> None:
    await establish_councils(clean_database)


@pytest.mark.usefixtures("national")
async def test_another_regions_regut_cannot_take_the_trainee_seat_by_naming_its_region(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    """IR-ELECTION-BY-REGUT: the common trainee seat names no region, and only the responsible RegUt
    (Helse Nord for anaesthesiology) registers it."""
    url = f"/v1/councils/{await council(client, kind='interregional')}/representatives"
    trainee = {"person": {"name": "Lise"}, "seat": "trainee", "qualifications": {"trainee": True}}
    naming_a_region = await client.post(
        url, json=trainee | {"region": "helse-vest"}, headers=tokens.regut("helse-vest")
    )
    assert (naming_a_region.status_code, naming_a_region.json()["errors"][0]["pointer"]) == (422, "/region")
    other_regut = await client.post(url, json=trainee, headers=tokens.regut("helse-vest"))
    assert (other_regut.status_code, other_regut.json()["rule"]) == (403, "IR-ELECTION-BY-REGUT")
    assert (await client.post(url, json=trainee, headers=tokens.regut("helse-nord"))).status_code == 201


@pytest.mark.usefixtures("national")
async def test_a_token_with_no_scope_of_this_api_sees_only_the_public_view(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    council_id = await council(client, region="helse-nord")
    body = {
        "person": {"name": "Anna", "hpr_number": "1234567", "phone": "+47 11111111"},
        "trust": "unn",
        "qualifications": SPECIALIST,
    }
    await client.post(f"/v1/councils/{council_id}/representatives", json=body, headers=tokens.trust("unn"))
    scopeless = tokens.bearer(claims={"scope": "openid"})
    [seat] = (await client.get(f"/v1/councils/{council_id}/representatives", headers=scopeless)).json()[
        "items"
    ]
    assert seat["person"]["hpr_number"] is seat["person"]["phone"] is seat["qualifications"] is None
    person = (await client.get(f"/v1/people/{seat['person']['id']}", headers=scopeless)).json()
    assert person["hpr_number"] is None


@pytest.mark.usefixtures("national")
async def test_a_regional_appointment_without_a_trust_is_invalid_not_forbidden(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    url = f"/v1/councils/{await council(client, region='helse-nord')}/representatives"
    response = await client.post(url, json={"person": {"name": "Anna"}}, headers=tokens.regut("helse-nord"))
    assert (response.status_code, response.json()["errors"][0]["pointer"]) == (422, "/trust")


@pytest.mark.usefixtures("national")
@pytest.mark.parametrize(
    "body",
    [
        {"region": "helse-nord", "starts_on": "9999-06-01"},
        {"region": "helse-nord", "starts_on": "2026-01-01", "ends_on": "9999-12-31"},
    ],
    ids=["start beyond the calendar", "end beyond the calendar"],
)
async def test_dates_beyond_what_terms_can_be_computed_for_are_refused_not_a_server_error(
    client: httpx.AsyncClient, tokens: Tokens, body: dict[str, str]
) -> None:
    url = f"/v1/councils/{await council(client, kind='interregional')}/representatives"
    response = await client.post(
        url,
        json=body | {"person": {"name": "Anna"}, "qualifications": SPECIALIST},
        headers=tokens.regut("helse-nord"),
    )
    assert response.status_code == 422
    assert response.json()["rule"] == "REQUEST-INVALID"


@pytest.mark.usefixtures("national")
@pytest.mark.parametrize("on", ["9999-12-31", "0001-01-01"])
async def test_reading_on_a_date_beyond_the_calendar_is_refused(
    client: httpx.AsyncClient, tokens: Tokens, on: str
) -> None:
    council_id = await council(client, region="helse-nord")
    for path in ("", "/representatives", "/leadership"):
        response = await client.get(f"/v1/councils/{council_id}{path}", params={"on": on})
        assert response.status_code == 422, path
    compliance = await client.get(
        f"/v1/councils/{council_id}/compliance", params={"on": on}, headers=tokens.bearer("read")
    )
    assert compliance.status_code == 422


async def appoint_anna(client: httpx.AsyncClient, tokens: Tokens, council_id: str) -> dict:
    body = {
        "person": {"name": "Anna", "email": "anna@unn.no"},
        "trust": "unn",
        "starts_on": "2026-01-01",
        "qualifications": SPECIALIST,
    }
    response = await client.post(
        f"/v1/councils/{council_id}/representatives", json=body, headers=tokens.trust("unn")
    )
    assert response.status_code == 201
    return response.json()


@pytest.mark.usefixtures("national")
async def test_a_trust_cannot_change_another_trusts_representative_or_publish_their_email(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    """APPOINTER-OWN-TRUST on people: the publish-email consent is the person's, recorded by their trust."""
    anna = (await appoint_anna(client, tokens, await council(client, region="helse-nord")))["person"]
    url = f"/v1/people/{anna['id']}"
    other = tokens.trust("nordlandssykehuset")
    etag = (await client.get(url, headers=other)).headers["etag"]
    refused = await client.patch(url, json={"publish_email": True}, headers=other | {"If-Match": etag})
    assert (refused.status_code, refused.json()["rule"]) == (403, "APPOINTER-OWN-TRUST")
    assert (await client.get(url)).json()["email"] is None
    own = tokens.trust("unn")
    allowed = await client.patch(url, json={"publish_email": True}, headers=own | {"If-Match": etag})
    assert allowed.status_code == 200
    assert (await client.get(url)).json()["email"] == "anna@unn.no"


@pytest.mark.usefixtures("national")
async def test_a_council_with_representatives_keeps_its_region_and_specialty(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    council_id = await council(client, region="helse-nord")
    await appoint_anna(client, tokens, council_id)
    url = f"/v1/councils/{council_id}"
    etag = (await client.get(url, headers=tokens.admin())).headers["etag"]
    moved = await client.patch(
        url, json={"region": "helse-vest"}, headers=tokens.admin() | {"If-Match": etag}
    )
    assert moved.status_code == 409
    assert (await client.get(url)).json()["region"] == "helse-nord"


@pytest.mark.usefixtures("national")
async def test_a_dissolved_council_takes_no_term_past_its_end(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    council_id = await council(client, region="helse-nord")
    url = f"/v1/councils/{council_id}"
    seat = await appoint_anna(client, tokens, council_id)
    etag = (await client.get(url, headers=tokens.admin())).headers["etag"]
    open_ended = await client.patch(
        url, json={"dissolved_on": "2030-01-01"}, headers=tokens.admin() | {"If-Match": etag}
    )
    assert open_ended.status_code == 409
    await client.post(
        f"/v1/representatives/{seat['id']}/end",
        json={"on": "2029-12-31", "reason": "x"},
        headers=tokens.trust("unn"),
    )
    etag = (await client.get(url, headers=tokens.admin())).headers["etag"]
    dissolved = await client.patch(
        url, json={"dissolved_on": "2030-01-01"}, headers=tokens.admin() | {"If-Match": etag}
    )
    assert dissolved.status_code == 200
    body = {
        "person": {"name": "Berit"},
        "trust": "nordlandssykehuset",
        "starts_on": "2031-01-01",
        "qualifications": SPECIALIST,
    }
    late = await client.post(f"{url}/representatives", json=body, headers=tokens.trust("nordlandssykehuset"))
    assert late.status_code == 409


@pytest.mark.usefixtures("national")
async def test_an_outsider_hears_forbidden_before_any_precondition(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    council_id = await council(client, region="helse-nord")
    seat = await appoint_anna(client, tokens, council_id)
    outsider = tokens.trust("nordlandssykehuset")
    for method, url, body in (
        ("PATCH", f"/v1/representatives/{seat['id']}", {"ends_on": "2030-01-01"}),
        ("PUT", f"/v1/representatives/{seat['id']}/deputy", {"deputy": None}),
        ("PATCH", f"/v1/councils/{council_id}", {"name": "x"}),
        ("PUT", f"/v1/councils/{council_id}/appointing-trusts", {"trusts": ["unn"]}),
    ):
        response = await client.request(method, url, json=body, headers=outsider)
        assert response.status_code == 403, (method, url, response.json())


async def seat_etag(client: httpx.AsyncClient, seat_id: str, headers: dict[str, str]) -> str:
    return (await client.get(f"/v1/representatives/{seat_id}", headers=headers)).headers["etag"]


@pytest.mark.usefixtures("national")
async def test_a_future_appointment_is_withdrawn_so_the_council_can_be_dissolved(
    client: httpx.AsyncClient, tokens: Tokens, clean_database: Database
) -> None:
    council_id = await council(client, region="helse-nord")
    unn = tokens.trust("unn")
    url = f"/v1/councils/{council_id}/representatives"
    first = {
        "person": {"name": "A"},
        "trust": "unn",
        "starts_on": "2026-01-01",
        "ends_on": "2027-12-31",
        "qualifications": SPECIALIST,
    }
    successor = first | {
        "person": {"name": "B"},
        "starts_on": "2028-01-01",
        "ends_on": "2029-12-31",
    }
    started = (await client.post(url, json=first, headers=unn)).json()
    future = (await client.post(url, json=successor, headers=unn)).json()
    # Registered today, the begun seat could still be withdrawn as a mistake; not on a later day.
    await registered_on_an_earlier_day(clean_database, started["id"])
    refused = await client.delete(
        f"/v1/representatives/{started['id']}",
        headers=unn | {"If-Match": await seat_etag(client, started["id"], unn)},
    )
    assert (refused.status_code, refused.json()["rule"]) == (409, "CONFLICT")
    withdrawn = await client.delete(
        f"/v1/representatives/{future['id']}",
        headers=unn | {"If-Match": await seat_etag(client, future["id"], unn)},
    )
    assert withdrawn.status_code == 204
    assert (await client.get(f"/v1/representatives/{future['id']}")).status_code == 404
    audit = await client.get("/v1/audit", params={"entity_id": future["id"]}, headers=tokens.admin())
    assert [e["action"] for e in audit.json()["items"]] == [
        "representative.withdrawn",
        "representative.appointed",
    ]
    council_url = f"/v1/councils/{council_id}"
    etag = (await client.get(council_url, headers=tokens.admin())).headers["etag"]
    dissolved = await client.patch(
        council_url, json={"dissolved_on": "2027-12-31"}, headers=tokens.admin() | {"If-Match": etag}
    )
    assert dissolved.status_code == 200


@pytest.mark.usefixtures("national")
async def test_the_responsible_regut_ends_any_seat_of_the_interregional_council(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    """IR-CONSTITUTED-BY-RESPONSIBLE-REGUT: who constitutes and dissolves the council may end its seats."""
    regional = await council(client, region="helse-vest")
    interregional = await council(client, kind="interregional")
    vest = tokens.regut("helse-vest")
    body = {
        "person": {"name": "V"},
        "trust": "helse-bergen",
        "starts_on": "2026-01-01",
        "qualifications": SPECIALIST,
    }
    person = (await client.post(f"/v1/councils/{regional}/representatives", json=body, headers=vest)).json()[
        "person"
    ]
    registration = {"person": {"id": person["id"]}, "region": "helse-vest", "starts_on": "2026-01-01"}
    seat = (
        await client.post(f"/v1/councils/{interregional}/representatives", json=registration, headers=vest)
    ).json()
    other = await client.post(
        f"/v1/representatives/{seat['id']}/end",
        json={"on": "2027-06-30", "reason": "x"},
        headers=tokens.regut("helse-sor-ost"),
    )
    assert (other.status_code, other.json()["rule"]) == (403, "IR-ELECTION-BY-REGUT")
    responsible = await client.post(
        f"/v1/representatives/{seat['id']}/end",
        json={"on": "2027-06-30", "reason": "dissolved"},
        headers=tokens.regut("helse-nord"),
    )
    assert responsible.status_code == 200


@pytest.mark.usefixtures("national")
async def test_naming_someone_as_deputy_gives_no_right_to_change_their_record(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    """APPOINTER-OWN-TRUST on people: the seat the person holds speaks for them, not one they deputise for."""
    anna = (await appoint_anna(client, tokens, await council(client, region="helse-nord")))["person"]
    nordland = tokens.trust("nordlandssykehuset")
    children = (
        await client.get("/v1/councils", params={"region": "helse-nord", "specialty": "barnesykdommer"})
    ).json()
    body = {
        "person": {"name": "Q"},
        "trust": "nordlandssykehuset",
        "starts_on": "2026-01-01",
        "qualifications": SPECIALIST,
        "deputy": {"id": anna["id"]},
    }
    appointed = await client.post(
        f"/v1/councils/{children['items'][0]['id']}/representatives", json=body, headers=nordland
    )
    assert appointed.status_code == 201
    url = f"/v1/people/{anna['id']}"
    etag = (await client.get(url, headers=nordland)).headers["etag"]
    refused = await client.patch(url, json={"publish_email": True}, headers=nordland | {"If-Match": etag})
    assert (refused.status_code, refused.json()["rule"]) == (403, "APPOINTER-OWN-TRUST")


@pytest.mark.usefixtures("national")
async def test_a_regional_seat_that_a_later_interregional_seat_relies_on_cannot_end_before_it(
    client: httpx.AsyncClient, tokens: Tokens
) -> None:
    """IR-FROM-REGIONAL-COUNCIL (001 Sammensetning): the inter-regional term's first day needs it."""
    regional = await council(client, region="helse-vest")
    interregional = await council(client, kind="interregional")
    vest = tokens.regut("helse-vest")
    body = {
        "person": {"name": "V"},
        "trust": "helse-bergen",
        "starts_on": "2026-01-01",
        "qualifications": SPECIALIST,
    }
    regional_seat = (
        await client.post(f"/v1/councils/{regional}/representatives", json=body, headers=vest)
    ).json()
    registration = {
        "person": {"id": regional_seat["person"]["id"]},
        "region": "helse-vest",
        "starts_on": "2027-01-01",
    }
    assert (
        await client.post(f"/v1/councils/{interregional}/representatives", json=registration, headers=vest)
    ).status_code == 201
    ended = await client.post(
        f"/v1/representatives/{regional_seat['id']}/end",
        json={"on": "2026-12-01", "reason": "x"},
        headers=vest,
    )
    assert (ended.status_code, ended.json()["rule"]) == (422, "IR-FROM-REGIONAL-COUNCIL")
    later = await client.post(
        f"/v1/representatives/{regional_seat['id']}/end",
        json={"on": "2027-02-01", "reason": "x"},
        headers=vest,
    )
    assert later.status_code == 200
