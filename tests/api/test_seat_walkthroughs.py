"""Seats, deputies and leadership walked through over HTTP, one council at a time (MANDATE.md, Seats and
terms; Leadership): a Helse Nord regional council (000), a Helse Sør-Øst one (002) and the
inter-regional council of a specialty (001).

Every refusal is checked three ways: the status, the rule (or the set of rules) named in the
problem, and that nothing was written: the council's whole seat history, the people and the
leadership read the same before and after."""

from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest

from app.storage.database import Database
from app.storage.tables import HealthTrust
from tests.tokens import Tokens

Headers = dict[str, str]
Send = Callable[[], Awaitable[httpx.Response]]

SPECIALTY = "anestesiologi"
"""Trained in every region; its responsible RegUt (spesialitetskontakt) is Helse Nord's."""
START = "2026-01-01"
ON = "2026-03-01"
"""The date compliance and leadership are asked about: every seat of a walk-through runs by then."""

HELSE_NORD_HF = ["unn", "nordlandssykehuset", "helgelandssykehuset", "finnmarkssykehuset"]
FIFTH_TRUST, FIFTH_ORG = "test-nord-privat", "900000015"
"""Helse Nord has four HF; HN-MAX-FOUR needs a fifth appointing trust, inserted by the test."""

SPECIALIST = {"specialist_in_specialty": True}
PREFERRED = SPECIALIST | {"education_roles": ["local_committee_leader"]}
"""000 §2.2: fortrinnsvis leder av lokalt utdanningsutvalg eller utdanningsansvarlig overlege."""
SENIOR = {"senior_consultant": True}
TRAINEE = {"trainee": True}
REGIONAL_TRUST = {
    "helse-nord": "unn",
    "helse-sor-ost": "ous",
    "helse-vest": "helse-bergen",
    "helse-midt-norge": "st-olavs",
}
"""The trust whose seat on each region's regional council the inter-regional walk-through uses."""


# Request bodies


def new_person(name: str) -> dict[str, Any]:
    return {"name": name}


def known(person_id: str) -> dict[str, Any]:
    return {"id": person_id}


def seat(
    person: dict[str, Any],
    *,
    trust: str | None = None,
    region: str | None = None,
    kind: str = "member",
    starts_on: str = START,
    ends_on: str | None = None,
    deputy: dict[str, Any] | None = None,
    qualifications: dict[str, Any] | None = None,
) -> dict[str, Any]:
    body: dict[str, Any] = {"person": person, "seat": kind, "starts_on": starts_on}
    optional = {"trust": trust, "region": region, "ends_on": ends_on, "deputy": deputy}
    body |= {name: value for name, value in optional.items() if value is not None}
    if qualifications is not None:
        body["qualifications"] = qualifications
    return body


def hn_seat(trust: str, name: str, **options: Any) -> dict[str, Any]:
    """A Helse Nord appointment: an employed specialist, no deputy yet (000 §2.2)."""
    options.setdefault("qualifications", SPECIALIST)
    return seat(new_person(name), trust=trust, **options)


def hso_seat(trust: str, name: str, **options: Any) -> dict[str, Any]:
    """A Helse Sør-Øst appointment: a senior consultant and a deputy together (002 §3)."""
    options.setdefault("qualifications", SENIOR)
    options.setdefault("deputy", new_person(f"Deputy for {name}"))
    return seat(new_person(name), trust=trust, **options)


# The registry, as its callers use it


class Registry:
    """The registry's HTTP API as trusts, RegUt and readers call it, with the reads the tests assert."""

    def __init__(self, client: httpx.AsyncClient, tokens: Tokens) -> None:
        self.client = client
        self.tokens = tokens
        self.reader = tokens.bearer("read", subject="lis-website-backend")

    async def council(self, *, region: str | None = None, specialty: str = SPECIALTY) -> str:
        params = {"specialty": specialty} | ({"region": region} if region else {"kind": "interregional"})
        [council] = (await self.client.get("/v1/councils", params=params)).json()["items"]
        return council["id"]

    async def appoint(self, council: str, body: dict[str, Any], headers: Headers) -> httpx.Response:
        return await self.client.post(f"/v1/councils/{council}/representatives", json=body, headers=headers)

    async def appointed(self, council: str, body: dict[str, Any], headers: Headers) -> dict[str, Any]:
        response = await self.appoint(council, body, headers)
        assert response.status_code == 201, response.text
        return response.json()

    async def _etag(self, url: str) -> str:
        return (await self.client.get(url, headers=self.reader)).headers["etag"]

    async def designate(
        self, representative: str, deputy: dict[str, Any] | None, headers: Headers
    ) -> httpx.Response:
        url = f"/v1/representatives/{representative}"
        etag = await self._etag(url)
        return await self.client.put(
            f"{url}/deputy", json={"deputy": deputy}, headers=headers | {"If-Match": etag}
        )

    async def change(self, representative: str, changes: dict[str, Any], headers: Headers) -> httpx.Response:
        url = f"/v1/representatives/{representative}"
        etag = await self._etag(url)
        return await self.client.patch(url, json=changes, headers=headers | {"If-Match": etag})

    async def end(self, representative: str, on: str, headers: Headers) -> httpx.Response:
        body = {"on": on, "reason": "Sluttet i foretaket"}
        return await self.client.post(f"/v1/representatives/{representative}/end", json=body, headers=headers)

    async def elect(self, council: str, headers: Headers, **body: str | None) -> httpx.Response:
        url = f"/v1/councils/{council}/leadership"
        etag = await self._etag(url)
        return await self.client.put(url, json=body, headers=headers | {"If-Match": etag})

    async def set_appointing_trusts(self, council: str, trusts: list[str], headers: Headers) -> None:
        url = f"/v1/councils/{council}/appointing-trusts"
        etag = await self._etag(url)
        response = await self.client.put(url, json={"trusts": trusts}, headers=headers | {"If-Match": etag})
        assert response.status_code == 200, response.text

    async def seats(self, council: str, **params: str) -> list[dict[str, Any]]:
        response = await self.client.get(
            f"/v1/councils/{council}/representatives", params=params, headers=self.reader
        )
        assert response.status_code == 200, response.text
        return response.json()["items"]

    async def history(self, council: str) -> list[dict[str, Any]]:
        """Every seat the council ever had or will have."""
        return await self.seats(council, include_ended="true")

    async def representative(self, representative: str, **params: str) -> dict[str, Any]:
        response = await self.client.get(
            f"/v1/representatives/{representative}", params=params, headers=self.reader
        )
        return response.json()

    async def leadership(self, council: str, on: str | None = None) -> dict[str, Any]:
        params = {"on": on} if on else {}
        return (await self.client.get(f"/v1/councils/{council}/leadership", params=params)).json()

    async def leader_on(self, council: str, on: str, role: str = "leader") -> str | None:
        current = (await self.leadership(council, on))["current"]
        holder = current[role] if current else None
        return holder["id"] if holder else None

    async def findings(self, council: str, on: str = ON) -> dict[tuple[str, str], str]:
        """Compliance on a date, as (rule, subject) → status."""
        response = await self.client.get(
            f"/v1/councils/{council}/compliance", params={"on": on}, headers=self.reader
        )
        assert response.status_code == 200, response.text
        return {(f["rule"], f["subject"]): f["status"] for f in response.json()["findings"]}

    async def _written(self, council: str) -> tuple[object, ...]:
        """What a write would change: the council's seats and leadership, the people, and the newest
        entry of the audit log (every write records one)."""
        people = await self.client.get("/v1/people", params={"limit": 500}, headers=self.reader)
        audit = await self.client.get("/v1/audit", params={"limit": 1}, headers=self.reader)
        return (
            await self.history(council),
            await self.leadership(council),
            people.json()["items"],
            audit.json()["items"],
        )

    async def refused(
        self, council: str, send: Send, status: int, rule: str, *, rules: set[str] | None = None
    ) -> dict[str, Any]:
        """Send a request that breaks `rule` (and, when given, exactly the set `rules`): it is refused
        with `status` and nothing is written."""
        before = await self._written(council)
        response = await send()
        assert response.status_code == status, response.text
        assert response.headers["content-type"] == "application/problem+json"
        problem = response.json()
        assert problem["rule"] == rule
        assert {error["rule"] for error in problem["errors"]} == (rules or {rule})
        assert await self._written(council) == before
        return problem


async def fill_helse_nord(registry: Registry, council: str, tokens: Tokens) -> list[dict[str, Any]]:
    """Each of the four Helse Nord trusts appoints its own representative with its own token."""
    return [
        await registry.appointed(council, hn_seat(trust, f"Spesialist {trust}"), tokens.trust(trust))
        for trust in HELSE_NORD_HF
    ]


# 1. A Helse Nord regional council (000 §2.2)


async def test_each_helse_nord_trust_appoints_its_own_representative_until_further_notice(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    """APPOINTER-OWN-TRUST, ONE-PER-TRUST (000 §2.2: Hvert foretak oppnevner et medlem)."""
    appointed = await fill_helse_nord(registry, nord, tokens)
    assert [s["trust"] for s in appointed] == HELSE_NORD_HF
    assert {s["ends_on"] for s in appointed} == {None}
    assert {s["deputy"] for s in appointed} == {None}
    listed = await registry.seats(nord, on=ON)
    assert sorted((s["trust"], s["person"]["name"]) for s in listed) == sorted(
        (trust, f"Spesialist {trust}") for trust in HELSE_NORD_HF
    )
    assert await registry.seats(nord, on="2025-12-31") == []


async def test_a_representative_designates_a_deputy_after_being_appointed(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    """HN-DEPUTY-DESIGNATED (000 §2.2: Hvert medlem må selv utpeke stedfortreder)."""
    unn = await registry.appointed(nord, hn_seat("unn", "Kari Nordmann"), tokens.trust("unn"))
    response = await registry.designate(unn["id"], new_person("Ola Stedfortreder"), tokens.trust("unn"))
    assert response.status_code == 200, response.text
    assert response.json()["deputy"]["name"] == "Ola Stedfortreder"
    assert (await registry.representative(unn["id"]))["deputy"]["name"] == "Ola Stedfortreder"
    replaced = await registry.designate(unn["id"], new_person("Per Stedfortreder"), tokens.trust("unn"))
    assert replaced.json()["deputy"]["name"] == "Per Stedfortreder"


async def test_compliance_turns_ok_as_the_helse_nord_council_fills_up(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    """SEAT-VACANT, HN-DEPUTY-DESIGNATED, HN-PREFERRED-ROLE, LEADER-ELECTED (000 §2.2; 000 Ledelse og
    sekretariat: konstituerer seg og velger leder selv)."""
    empty = await registry.findings(nord)
    assert {t: empty[("SEAT-VACANT", f"trust:{t}")] for t in HELSE_NORD_HF} == dict.fromkeys(
        HELSE_NORD_HF, "violation"
    )
    assert empty[("LEADER-ELECTED", "council")] == "violation"

    unn = await registry.appointed(nord, hn_seat("unn", "Kari Nordmann"), tokens.trust("unn"))
    one = await registry.findings(nord)
    subject = f"seat:{unn['id']}"
    assert one[("SEAT-VACANT", "trust:unn")] == "ok"
    assert one[("SEAT-VACANT", "trust:nordlandssykehuset")] == "violation"
    assert one[("HN-DEPUTY-DESIGNATED", subject)] == "violation"
    assert one[("HN-PREFERRED-ROLE", subject)] == "advice"

    await registry.designate(unn["id"], new_person("Ola Stedfortreder"), tokens.trust("unn"))
    assert (await registry.findings(nord))[("HN-DEPUTY-DESIGNATED", subject)] == "ok"
    changed = await registry.change(unn["id"], {"qualifications": PREFERRED}, tokens.trust("unn"))
    assert changed.status_code == 200, changed.text
    assert (await registry.findings(nord))[("HN-PREFERRED-ROLE", subject)] == "ok"

    for trust in HELSE_NORD_HF[1:]:
        body = hn_seat(trust, f"Spesialist {trust}", qualifications=PREFERRED)
        await registry.appointed(nord, body | {"deputy": new_person(f"Vara {trust}")}, tokens.trust(trust))
    assert (await registry.findings(nord))[("LEADER-ELECTED", "council")] == "violation"

    elected = await registry.elect(
        nord, tokens.regut("helse-nord"), leader=unn["person"]["id"], effective_on="2026-02-01"
    )
    assert elected.status_code == 200, elected.text
    full = await registry.findings(nord)
    assert full[("LEADER-ELECTED", "council")] == "ok"
    composition = {key: status for key, status in full.items() if not key[1].startswith("period:")}
    assert set(composition.values()) == {"ok"}  # the meetings are another matter (test_meetings.py)
    assert len([key for key in full if key[0] == "SEAT-VACANT"]) == 4


async def test_regut_records_the_leader_the_council_elected(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    """LEADER-IS-MEMBER, LEADER-ELECTED (000 Ledelse og sekretariat: RegUt skal holdes informert om hvem
    som til enhver tid er leder)."""
    unn, *_ = await fill_helse_nord(registry, nord, tokens)
    leader = unn["person"]["id"]
    response = await registry.elect(
        nord, tokens.regut("helse-nord"), leader=leader, effective_on="2026-02-01"
    )
    assert response.status_code == 200, response.text
    assert await registry.leader_on(nord, "2026-01-31") is None
    assert await registry.leader_on(nord, "2026-02-01") == leader
    assert (await registry.representative(unn["id"], on=ON))["roles"] == ["leader"]
    assert [e["leader"]["id"] for e in (await registry.leadership(nord))["history"]] == [leader]


async def test_a_leaders_seat_answers_with_the_role_when_the_same_request_registers_the_deputy(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    """LEADER-IS-MEMBER: the answer to a change of the leader's seat names the role. Only the people a
    request registers are known to hold none; the new deputy is one, the leader is not."""
    unn, *_ = await fill_helse_nord(registry, nord, tokens)
    elected = await registry.elect(
        nord, tokens.regut("helse-nord"), leader=unn["person"]["id"], effective_on="2026-02-01"
    )
    assert elected.status_code == 200, elected.text
    response = await registry.designate(unn["id"], new_person("Vara UNN"), tokens.trust("unn"))
    assert response.status_code == 200, response.text
    assert response.json()["deputy"]["name"] == "Vara UNN"
    assert response.json()["roles"] == ["leader"]


@pytest.mark.parametrize("how", ["end", "shorten"])
async def test_ending_the_leaders_seat_leaves_the_council_without_a_leader_from_the_next_day(
    registry: Registry, nord: str, tokens: Tokens, how: str
) -> None:
    """LEADER-IS-MEMBER (000 Ledelse og sekretariat): a leader whose seat ends leads no more; the seat
    stays in the history."""
    unn, nordland, *_ = await fill_helse_nord(registry, nord, tokens)
    leader, deputy_leader = unn["person"]["id"], nordland["person"]["id"]
    regut = tokens.regut("helse-nord")
    elected = await registry.elect(
        nord, regut, leader=leader, deputy_leader=deputy_leader, effective_on="2026-02-01"
    )
    assert elected.status_code == 200, elected.text
    if how == "end":
        response = await registry.end(unn["id"], "2026-06-30", tokens.trust("unn"))
    else:
        response = await registry.change(unn["id"], {"ends_on": "2026-06-30"}, tokens.trust("unn"))
    assert response.status_code == 200, response.text
    assert await registry.leader_on(nord, "2026-06-30") == leader
    assert await registry.leader_on(nord, "2026-07-01") is None
    assert await registry.leader_on(nord, "2027-07-01") is None
    assert await registry.leader_on(nord, "2026-07-01", "deputy_leader") == deputy_leader
    assert (await registry.findings(nord, "2026-07-01"))[("LEADER-ELECTED", "council")] == "violation"
    assert (await registry.findings(nord, "2026-07-01"))[("SEAT-VACANT", "trust:unn")] == "violation"
    [ended] = [s for s in await registry.history(nord) if s["id"] == unn["id"]]
    assert ended["ends_on"] == "2026-06-30"


async def test_a_leader_elected_from_a_later_date_does_not_lead_once_their_seat_has_ended_before_it(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    """LEADER-IS-MEMBER (000 Ledelse og sekretariat): the council elects its leader for the coming year,
    then the leader leaves before that year begins."""
    unn, *_ = await fill_helse_nord(registry, nord, tokens)
    leader = unn["person"]["id"]
    regut = tokens.regut("helse-nord")
    assert (await registry.elect(nord, regut, effective_on="2026-02-01")).status_code == 200
    future = await registry.elect(nord, regut, leader=leader, effective_on="2027-01-01")
    assert future.status_code == 200, future.text
    assert (await registry.end(unn["id"], "2026-09-30", tokens.trust("unn"))).status_code == 200
    assert await registry.leader_on(nord, "2027-01-01") is None


async def test_a_term_that_ends_before_it_starts_is_refused(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    """TERM-ORDER (MANDATE.md, Seats and terms): a term's end date is on or after its start date."""
    body = hn_seat("unn", "Kari Nordmann", starts_on=START, ends_on="2025-12-31")
    problem = await registry.refused(
        nord, lambda: registry.appoint(nord, body, tokens.trust("unn")), 422, "TERM-ORDER"
    )
    assert problem["errors"][0]["pointer"] == "/ends_on"


async def test_a_term_that_ends_on_its_first_day_is_a_one_day_term(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    """TERM-ORDER (MANDATE.md, Seats and terms): both days are included, so the seat is held that day."""
    body = hn_seat("unn", "Kari Nordmann", starts_on=START, ends_on=START)
    appointed = await registry.appointed(nord, body, tokens.trust("unn"))
    assert (appointed["starts_on"], appointed["ends_on"]) == (START, START)
    assert [s["id"] for s in await registry.seats(nord, on=START)] == [appointed["id"]]
    assert await registry.seats(nord, on="2026-01-02") == []


async def test_ending_or_shortening_a_term_to_before_its_first_day_is_refused(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    """TERM-ORDER (MANDATE.md, Seats and terms), on POST …/end and PATCH."""
    unn = await registry.appointed(nord, hn_seat("unn", "Kari Nordmann"), tokens.trust("unn"))
    headers = tokens.trust("unn")
    ended = await registry.refused(
        nord, lambda: registry.end(unn["id"], "2025-12-31", headers), 422, "TERM-ORDER"
    )
    assert ended["errors"][0]["pointer"] == "/on"
    shortened = await registry.refused(
        nord, lambda: registry.change(unn["id"], {"ends_on": "2025-06-30"}, headers), 422, "TERM-ORDER"
    )
    assert shortened["errors"][0]["pointer"] == "/ends_on"


@pytest.mark.parametrize("how", ["end", "shorten"])
async def test_a_term_is_ended_or_shortened_to_its_first_day(
    registry: Registry, nord: str, tokens: Tokens, how: str
) -> None:
    """TERM-ORDER (MANDATE.md, Seats and terms): a term that ends on its first day is a one-day term, on
    POST …/end and PATCH."""
    unn = await registry.appointed(nord, hn_seat("unn", "Kari Nordmann"), tokens.trust("unn"))
    headers = tokens.trust("unn")
    if how == "end":
        response = await registry.end(unn["id"], START, headers)
    else:
        response = await registry.change(unn["id"], {"ends_on": START}, headers)
    assert response.status_code == 200, response.text
    assert response.json()["ends_on"] == START
    [kept] = await registry.history(nord)
    assert (kept["id"], kept["starts_on"], kept["ends_on"]) == (unn["id"], START, START)
    assert [s["id"] for s in await registry.seats(nord, on=START)] == [unn["id"]]
    assert await registry.seats(nord, on="2026-01-02") == []


async def test_a_person_already_sitting_on_the_council_cannot_take_a_second_seat_then(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    """SEAT-NO-OVERLAP (MANDATE.md, Seats and terms): a person holds at most one seat on a council at any
    date; after the first seat ends, a new one may follow."""
    unn = await registry.appointed(nord, hn_seat("unn", "Kari Nordmann"), tokens.trust("unn"))
    same_person = seat(known(unn["person"]["id"]), trust="nordlandssykehuset", qualifications=SPECIALIST)
    nordland = tokens.trust("nordlandssykehuset")
    await registry.refused(
        nord, lambda: registry.appoint(nord, same_person, nordland), 409, "SEAT-NO-OVERLAP"
    )
    assert (await registry.end(unn["id"], "2026-06-30", tokens.trust("unn"))).status_code == 200
    later = await registry.appoint(nord, same_person | {"starts_on": "2026-07-01"}, nordland)
    assert later.status_code == 201, later.text


async def test_a_trust_outside_helse_nord_cannot_appoint_to_its_council(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    """TRUST-IN-REGION (000 §2.2: Hvert foretak oppnevner et medlem — the region's own trusts)."""
    body = hn_seat("ahus", "Sør Østmann")
    problem = await registry.refused(
        nord, lambda: registry.appoint(nord, body, tokens.trust("ahus")), 422, "TRUST-IN-REGION"
    )
    assert problem["errors"][0]["pointer"] == "/trust"


async def test_a_trust_regut_removed_from_the_appointing_trusts_can_no_longer_appoint(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    """TRUST-HAS-SEAT (000 §2.2: I noen RUR vil det være færre medlemmer fordi spesialiseringen ikke
    finnes i alle foretak)."""
    await registry.set_appointing_trusts(nord, HELSE_NORD_HF[:3], tokens.regut("helse-nord"))
    body = hn_seat("finnmarkssykehuset", "Finn Marken")
    await registry.refused(
        nord,
        lambda: registry.appoint(nord, body, tokens.trust("finnmarkssykehuset")),
        422,
        "TRUST-HAS-SEAT",
    )
    findings = await registry.findings(nord)
    assert ("SEAT-VACANT", "trust:finnmarkssykehuset") not in findings
    assert findings[("SEAT-VACANT", "trust:unn")] == "violation"


async def test_a_trusts_next_representative_may_not_start_while_the_current_one_still_sits(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    """ONE-PER-TRUST (000 §2.2: Hvert foretak oppnevner et medlem): at any date, over the whole term —
    a seat starting next year collides with one that still runs then."""
    unn = tokens.trust("unn")
    current = await registry.appointed(nord, hn_seat("unn", "Kari Nordmann", ends_on="2027-06-30"), unn)
    alongside = hn_seat("unn", "Ola Nordmann")
    await registry.refused(nord, lambda: registry.appoint(nord, alongside, unn), 409, "ONE-PER-TRUST")
    next_year = hn_seat("unn", "Ola Nordmann", starts_on="2027-01-01")
    await registry.refused(nord, lambda: registry.appoint(nord, next_year, unn), 409, "ONE-PER-TRUST")
    successor = await registry.appointed(nord, hn_seat("unn", "Ola Nordmann", starts_on="2027-07-01"), unn)
    assert successor["starts_on"] == "2027-07-01"
    await registry.refused(
        nord,
        lambda: registry.change(current["id"], {"ends_on": "2027-12-31"}, unn),
        409,
        "ONE-PER-TRUST",
    )


async def test_a_trust_may_not_appoint_change_or_end_another_trusts_representative(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    """APPOINTER-OWN-TRUST (000 §2.2: Hvert foretak oppnevner et medlem)."""
    unn = await registry.appointed(nord, hn_seat("unn", "Kari Nordmann"), tokens.trust("unn"))
    nordland = tokens.trust("nordlandssykehuset")
    for send in (
        lambda: registry.appoint(nord, hn_seat("helgelandssykehuset", "Helge Land"), nordland),
        lambda: registry.change(unn["id"], {"ends_on": "2026-12-31"}, nordland),
        lambda: registry.designate(unn["id"], new_person("Nordlands kandidat"), nordland),
        lambda: registry.end(unn["id"], "2026-06-30", nordland),
    ):
        await registry.refused(nord, send, 403, "APPOINTER-OWN-TRUST")


async def test_the_regions_regut_may_act_for_any_trust_in_it_but_another_regut_may_not(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    """APPOINTER-OWN-TRUST (000 §2.2): RegUt of the region and administrators may act for any trust in
    the region."""
    body = hn_seat("helgelandssykehuset", "Helge Land")
    await registry.refused(
        nord, lambda: registry.appoint(nord, body, tokens.regut("helse-vest")), 403, "APPOINTER-OWN-TRUST"
    )
    assert (await registry.appoint(nord, body, tokens.regut("helse-nord"))).status_code == 201
    admin = await registry.appoint(nord, hn_seat("finnmarkssykehuset", "Finn Marken"), tokens.admin())
    assert admin.status_code == 201, admin.text


async def test_a_fifth_helse_nord_representative_is_refused_until_a_seat_ends(
    registry: Registry, nord: str, tokens: Tokens, clean_database: Database
) -> None:
    """HN-MAX-FOUR (000 §2.2: Inntil fire spesialister): a private hospital added as a fifth appointing
    trust finds the council full while four seats run."""
    async with clean_database.unit_of_work() as session:
        session.add(
            HealthTrust(
                code=FIFTH_TRUST,
                region_code="helse-nord",
                name="Nordnorsk privatsykehus AS",
                org_number=FIFTH_ORG,
                kind="private",
            )
        )
    await registry.set_appointing_trusts(nord, [*HELSE_NORD_HF, FIFTH_TRUST], tokens.admin())
    four = await fill_helse_nord(registry, nord, tokens)
    fifth = tokens.bearer("appointments", org=FIFTH_ORG, subject="hr-privat")
    body = hn_seat(FIFTH_TRUST, "Femte Spesialist")
    problem = await registry.refused(nord, lambda: registry.appoint(nord, body, fifth), 409, "HN-MAX-FOUR")
    assert problem["errors"][0]["pointer"] == "/starts_on"
    next_year = body | {"starts_on": "2027-01-01"}
    await registry.refused(nord, lambda: registry.appoint(nord, next_year, fifth), 409, "HN-MAX-FOUR")

    finnmark = four[3]
    ended = await registry.end(finnmark["id"], "2026-12-31", tokens.trust("finnmarkssykehuset"))
    assert ended.status_code == 200, ended.text
    assert (await registry.appoint(nord, next_year, fifth)).status_code == 201
    assert len(await registry.seats(nord, on="2027-01-01")) == 4
    reopened = {"ends_on": None}
    await registry.refused(
        nord,
        lambda: registry.change(finnmark["id"], reopened, tokens.trust("finnmarkssykehuset")),
        409,
        "HN-MAX-FOUR",
    )


async def test_a_representative_who_is_not_a_specialist_in_the_specialty_is_refused(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    """HN-SPECIALIST (000 §2.2: et medlem som er ansatt spesialist i spesialiteten), on appointment and
    when the declared qualifications change."""
    unn = tokens.trust("unn")
    trainee = hn_seat("unn", "Lise Lege", qualifications={"trainee": True})
    problem = await registry.refused(nord, lambda: registry.appoint(nord, trainee, unn), 422, "HN-SPECIALIST")
    assert problem["errors"][0]["pointer"] == "/qualifications/specialist_in_specialty"
    sitting = await registry.appointed(nord, hn_seat("unn", "Kari Nordmann"), unn)
    await registry.refused(
        nord,
        lambda: registry.change(sitting["id"], {"qualifications": SENIOR}, unn),
        422,
        "HN-SPECIALIST",
    )


async def test_an_appointment_breaking_several_rules_names_each_of_them(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    """TERM-ORDER, HN-SPECIALIST, ONE-PER-TRUST (000 §2.2): every broken rule is in `errors`, and a
    conflict with existing state makes it a 409."""
    unn = tokens.trust("unn")
    reversed_term = hn_seat("unn", "Lise Lege", ends_on="2025-06-30", qualifications=TRAINEE)
    await registry.refused(
        nord,
        lambda: registry.appoint(nord, reversed_term, unn),
        422,
        "TERM-ORDER",
        rules={"TERM-ORDER", "HN-SPECIALIST"},
    )
    await registry.appointed(nord, hn_seat("unn", "Kari Nordmann"), unn)
    second = hn_seat("unn", "Lise Lege", qualifications=TRAINEE)
    await registry.refused(
        nord,
        lambda: registry.appoint(nord, second, unn),
        409,
        "ONE-PER-TRUST",
        rules={"ONE-PER-TRUST", "HN-SPECIALIST"},
    )


async def test_a_deputy_is_neither_the_representative_nor_another_sitting_representative(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    """DEPUTY-DISTINCT (000 §2.2: Hvert medlem må selv utpeke stedfortreder)."""
    unn, nordland, *_ = await fill_helse_nord(registry, nord, tokens)
    headers = tokens.trust("unn")
    for deputy in (known(unn["person"]["id"]), known(nordland["person"]["id"])):
        problem = await registry.refused(
            nord, lambda d=deputy: registry.designate(unn["id"], d, headers), 422, "DEPUTY-DISTINCT"
        )
        assert problem["errors"][0]["pointer"] == "/deputy"


async def test_appointing_a_representative_as_their_own_deputy_is_refused(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    """DEPUTY-DISTINCT (000 §2.2), on appointment."""
    person = await registry.client.post(
        "/v1/people", json={"name": "Kari Nordmann"}, headers=tokens.trust("unn")
    )
    me = known(person.json()["id"])
    body = seat(me, trust="unn", deputy=me, qualifications=SPECIALIST)
    await registry.refused(
        nord, lambda: registry.appoint(nord, body, tokens.trust("unn")), 422, "DEPUTY-DISTINCT"
    )


async def test_a_designated_deputy_cannot_then_take_a_seat_beside_their_representative(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    """DEPUTY-DISTINCT (000 §2.2): the deputy of a sitting representative would become another sitting
    representative of the same council."""
    unn = await registry.appointed(nord, hn_seat("unn", "Kari Nordmann"), tokens.trust("unn"))
    designated = await registry.designate(unn["id"], new_person("Ola Stedfortreder"), tokens.trust("unn"))
    deputy = known(designated.json()["deputy"]["id"])
    body = seat(deputy, trust="nordlandssykehuset", qualifications=SPECIALIST)
    await registry.refused(
        nord,
        lambda: registry.appoint(nord, body, tokens.trust("nordlandssykehuset")),
        422,
        "DEPUTY-DISTINCT",
    )


async def test_only_sitting_representatives_can_be_elected_to_lead(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    """LEADER-IS-MEMBER (000 Ledelse og sekretariat: rådet konstituerer seg og velger leder selv)."""
    unn, nordland, *_ = await fill_helse_nord(registry, nord, tokens)
    designated = await registry.designate(unn["id"], new_person("Ola Stedfortreder"), tokens.trust("unn"))
    outsider = designated.json()["deputy"]["id"]
    regut = tokens.regut("helse-nord")
    problem = await registry.refused(
        nord, lambda: registry.elect(nord, regut, leader=outsider), 422, "LEADER-IS-MEMBER"
    )
    assert problem["errors"][0]["pointer"] == "/leader"
    before_seat = {"leader": unn["person"]["id"], "effective_on": "2025-12-31"}
    await registry.refused(nord, lambda: registry.elect(nord, regut, **before_seat), 422, "LEADER-IS-MEMBER")
    problem = await registry.refused(
        nord,
        lambda: registry.elect(
            nord, regut, leader=outsider, deputy_leader=outsider, effective_on="2026-02-01"
        ),
        422,
        "LEADER-IS-MEMBER",
        rules={"LEADER-IS-MEMBER", "LEADERSHIP-DISTINCT"},
    )
    assert {e["pointer"] for e in problem["errors"]} == {"/leader", "/deputy_leader"}
    ok = await registry.elect(
        nord, regut, leader=unn["person"]["id"], deputy_leader=nordland["person"]["id"], effective_on=ON
    )
    assert ok.status_code == 200, ok.text


async def test_a_helse_nord_leader_cannot_also_be_the_deputy_leader(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    """LEADERSHIP-DISTINCT (002 §3: leder og nestleder; the rule holds for every profile)."""
    unn, *_ = await fill_helse_nord(registry, nord, tokens)
    same = {"leader": unn["person"]["id"], "deputy_leader": unn["person"]["id"], "effective_on": ON}
    problem = await registry.refused(
        nord,
        lambda: registry.elect(nord, tokens.regut("helse-nord"), **same),
        422,
        "LEADERSHIP-DISTINCT",
    )
    assert problem["errors"][0]["pointer"] == "/deputy_leader"


# 2. A Helse Sør-Øst regional council (002 §3)


async def test_a_helse_sor_ost_trust_appoints_a_senior_consultant_and_a_deputy_together(
    registry: Registry, sor_ost: str, tokens: Tokens
) -> None:
    """HSO-SENIOR-CONSULTANT, HSO-DEPUTY-REQUIRED (002 §3: Hvert helseforetak oppnevner en representant og
    vararepresentant)."""
    ahus = await registry.appointed(sor_ost, hso_seat("ahus", "Anne Akershus"), tokens.trust("ahus"))
    assert ahus["deputy"]["name"] == "Deputy for Anne Akershus"
    assert ahus["ends_on"] is None
    findings = await registry.findings(sor_ost)
    assert findings[("SEAT-VACANT", "trust:ahus")] == "ok"
    assert findings[("HSO-PREFERRED-ROLE", f"seat:{ahus['id']}")] == "advice"


async def test_a_helse_sor_ost_representative_who_is_not_a_senior_consultant_is_refused(
    registry: Registry, sor_ost: str, tokens: Tokens
) -> None:
    """HSO-SENIOR-CONSULTANT (002 §3: Representantene skal være erfarne overleger)."""
    body = hso_seat("ahus", "Anne Akershus", qualifications=SPECIALIST)
    problem = await registry.refused(
        sor_ost, lambda: registry.appoint(sor_ost, body, tokens.trust("ahus")), 422, "HSO-SENIOR-CONSULTANT"
    )
    assert problem["errors"][0]["pointer"] == "/qualifications/senior_consultant"


async def test_a_helse_sor_ost_appointment_without_a_deputy_is_refused(
    registry: Registry, sor_ost: str, tokens: Tokens
) -> None:
    """HSO-DEPUTY-REQUIRED (002 §3: en representant og vararepresentant)."""
    body = seat(new_person("Anne Akershus"), trust="ahus", qualifications=SENIOR)
    problem = await registry.refused(
        sor_ost, lambda: registry.appoint(sor_ost, body, tokens.trust("ahus")), 422, "HSO-DEPUTY-REQUIRED"
    )
    assert problem["errors"][0]["pointer"] == "/deputy"


async def test_removing_a_helse_sor_ost_deputy_is_refused_but_replacing_them_is_not(
    registry: Registry, sor_ost: str, tokens: Tokens
) -> None:
    """HSO-DEPUTY-REQUIRED (002 §3: en representant og vararepresentant)."""
    headers = tokens.trust("ahus")
    ahus = await registry.appointed(sor_ost, hso_seat("ahus", "Anne Akershus"), headers)
    await registry.refused(
        sor_ost, lambda: registry.designate(ahus["id"], None, headers), 422, "HSO-DEPUTY-REQUIRED"
    )
    assert (await registry.representative(ahus["id"]))["deputy"]["name"] == "Deputy for Anne Akershus"
    replaced = await registry.designate(ahus["id"], new_person("Ny Vara"), headers)
    assert replaced.status_code == 200, replaced.text
    assert replaced.json()["deputy"]["name"] == "Ny Vara"


@pytest.mark.parametrize(
    ("ends_on", "accepted"),
    [("2027-12-30", False), ("2027-12-31", True), ("2028-06-30", True)],
    ids=["a day short of two years", "exactly two years", "longer"],
)
async def test_a_helse_sor_ost_term_lasts_at_least_two_years(
    registry: Registry, sor_ost: str, tokens: Tokens, ends_on: str, accepted: bool
) -> None:
    """HSO-MIN-TERM (002 §3: Representantene oppnevnes for minimum to år)."""
    body = hso_seat("ahus", "Anne Akershus", ends_on=ends_on)
    headers = tokens.trust("ahus")
    if accepted:
        response = await registry.appoint(sor_ost, body, headers)
        assert response.status_code == 201, response.text
        assert response.json()["ends_on"] == ends_on
    else:
        problem = await registry.refused(
            sor_ost, lambda: registry.appoint(sor_ost, body, headers), 422, "HSO-MIN-TERM"
        )
        assert problem["errors"][0]["pointer"] == "/ends_on"


async def test_shortening_a_helse_sor_ost_term_below_two_years_is_refused(
    registry: Registry, sor_ost: str, tokens: Tokens
) -> None:
    """HSO-MIN-TERM (002 §3: minimum to år), on PATCH."""
    headers = tokens.trust("ahus")
    ahus = await registry.appointed(sor_ost, hso_seat("ahus", "Anne Akershus"), headers)
    shorter = {"ends_on": "2027-06-30"}
    await registry.refused(
        sor_ost, lambda: registry.change(ahus["id"], shorter, headers), 422, "HSO-MIN-TERM"
    )


async def test_a_helse_sor_ost_leader_cannot_also_be_the_deputy_leader(
    registry: Registry, sor_ost: str, tokens: Tokens
) -> None:
    """LEADERSHIP-DISTINCT (002 §3: Rådene konstituerer seg selv og velger leder og nestleder)."""
    ahus = await registry.appointed(sor_ost, hso_seat("ahus", "Anne Akershus"), tokens.trust("ahus"))
    person = ahus["person"]["id"]
    regut = tokens.regut("helse-sor-ost")
    await registry.refused(
        sor_ost,
        lambda: registry.elect(sor_ost, regut, leader=person, deputy_leader=person, effective_on=ON),
        422,
        "LEADERSHIP-DISTINCT",
    )


async def test_a_helse_sor_ost_council_is_reported_until_it_also_elects_a_deputy_leader(
    registry: Registry, sor_ost: str, tokens: Tokens
) -> None:
    """HSO-DEPUTY-LEADER, LEADER-ELECTED (002 §3: velger leder og nestleder)."""
    ahus = await registry.appointed(sor_ost, hso_seat("ahus", "Anne Akershus"), tokens.trust("ahus"))
    ous = await registry.appointed(sor_ost, hso_seat("ous", "Ole Oslo"), tokens.regut("helse-sor-ost"))
    regut = tokens.regut("helse-sor-ost")
    before = await registry.findings(sor_ost)
    assert before[("LEADER-ELECTED", "council")] == before[("HSO-DEPUTY-LEADER", "council")] == "violation"
    leader_only = await registry.elect(sor_ost, regut, leader=ahus["person"]["id"], effective_on=START)
    assert leader_only.status_code == 200, leader_only.text
    partly = await registry.findings(sor_ost)
    assert partly[("LEADER-ELECTED", "council")] == "ok"
    assert partly[("HSO-DEPUTY-LEADER", "council")] == "violation"
    both = await registry.elect(
        sor_ost, regut, leader=ahus["person"]["id"], deputy_leader=ous["person"]["id"], effective_on=ON
    )
    assert both.status_code == 200, both.text
    assert (await registry.findings(sor_ost))[("HSO-DEPUTY-LEADER", "council")] == "ok"
    assert (await registry.findings(sor_ost, "2026-02-01"))[("HSO-DEPUTY-LEADER", "council")] == "violation"


# 3. The inter-regional council (001 Sammensetning og organisering)


async def seat_on_regional_council(
    registry: Registry, region: str, name: str, starts_on: str = START, ends_on: str | None = None
) -> dict[str, Any]:
    """A seat on `region`'s regional council of the specialty, appointed by that region's RegUt for the
    trust named in REGIONAL_TRUST, with what every regional profile asks for."""
    council = await registry.council(region=region)
    body = seat(
        new_person(name),
        trust=REGIONAL_TRUST[region],
        starts_on=starts_on,
        ends_on=ends_on,
        deputy=new_person(f"Vara for {name}"),
        qualifications=SPECIALIST | SENIOR | {"education_roles": ["education_responsible_consultant"]},
    )
    return await registry.appointed(council, body, registry.tokens.regut(region))


def region_seat(person_id: str, region: str, **options: Any) -> dict[str, Any]:
    options.setdefault("starts_on", ON)
    return seat(known(person_id), region=region, qualifications=SPECIALIST, **options)


def trainee_seat(name: str, **options: Any) -> dict[str, Any]:
    options.setdefault("starts_on", ON)
    options.setdefault("qualifications", TRAINEE)
    return seat(new_person(name), kind="trainee", **options)


async def test_each_regions_regut_registers_its_regions_representative_for_four_years(
    registry: Registry, interregional: str, tokens: Tokens
) -> None:
    """IR-ELECTION-BY-REGUT, IR-TERM-FOUR-YEARS (001 Sammensetning: Valg av representanter fra regionale
    råd gjøres for fire år av gangen og initieres av RegUt i den enkelte region)."""
    for region in REGIONAL_TRUST:
        member = await seat_on_regional_council(registry, region, f"Representant {region}")
        body = region_seat(member["person"]["id"], region)
        registered = await registry.appointed(interregional, body, tokens.regut(region))
        assert (registered["region"], registered["trust"]) == (region, None)
        assert (registered["starts_on"], registered["ends_on"]) == (ON, "2030-02-28")
    listed = await registry.seats(interregional, on=ON)
    assert sorted(s["region"] for s in listed) == sorted(REGIONAL_TRUST)


@pytest.mark.parametrize("who", ["another regions regut", "a trust of the region"])
async def test_only_the_regions_own_regut_registers_its_seat(
    registry: Registry, interregional: str, tokens: Tokens, who: str
) -> None:
    """IR-ELECTION-BY-REGUT (001 Sammensetning: initieres av RegUt i den enkelte region)."""
    member = await seat_on_regional_council(registry, "helse-nord", "Kari Nordmann")
    headers = tokens.regut("helse-vest") if who == "another regions regut" else tokens.trust("unn")
    body = region_seat(member["person"]["id"], "helse-nord")
    await registry.refused(
        interregional,
        lambda: registry.appoint(interregional, body, headers),
        403,
        "IR-ELECTION-BY-REGUT",
    )


async def test_a_regions_representative_must_sit_on_its_regional_council_on_the_start_date(
    registry: Registry, interregional: str, tokens: Tokens
) -> None:
    """IR-FROM-REGIONAL-COUNCIL (001 Sammensetning: én representant for hvert av de fire respektive
    rådene på regionalt nivå)."""
    regut = tokens.regut("helse-nord")
    late = await seat_on_regional_council(registry, "helse-nord", "Sen Start", starts_on="2026-06-01")
    left = await seat_on_regional_council(registry, "helse-nord", "Gått Av", ends_on="2026-02-28")
    elsewhere = await seat_on_regional_council(registry, "helse-vest", "Vest Lending")
    nobody = await registry.client.post("/v1/people", json={"name": "Ikke Medlem"}, headers=regut)
    candidates = [late["person"]["id"], left["person"]["id"], elsewhere["person"]["id"], nobody.json()["id"]]
    for person_id in candidates:
        body = region_seat(person_id, "helse-nord")
        problem = await registry.refused(
            interregional,
            lambda b=body: registry.appoint(interregional, b, regut),
            422,
            "IR-FROM-REGIONAL-COUNCIL",
        )
        assert problem["errors"][0]["pointer"] == "/person"
    on_start = region_seat(late["person"]["id"], "helse-nord", starts_on="2026-06-01")
    assert (await registry.appoint(interregional, on_start, regut)).status_code == 201


async def test_a_region_has_one_representative_at_a_time(
    registry: Registry, interregional: str, tokens: Tokens
) -> None:
    """IR-ONE-PER-REGION (001 Sammensetning: én representant for hvert av de fire respektive rådene)."""
    regut = tokens.regut("helse-nord")
    first = await seat_on_regional_council(registry, "helse-nord", "Kari Nordmann")
    regional = await registry.council(region="helse-nord")
    other = await registry.appointed(
        regional, hn_seat("nordlandssykehuset", "Ola Nordmann"), tokens.trust("nordlandssykehuset")
    )
    registered = await registry.appointed(
        interregional, region_seat(first["person"]["id"], "helse-nord"), regut
    )
    body = region_seat(other["person"]["id"], "helse-nord", starts_on="2027-01-01")
    problem = await registry.refused(
        interregional, lambda: registry.appoint(interregional, body, regut), 409, "IR-ONE-PER-REGION"
    )
    assert problem["errors"][0]["pointer"] == "/region"
    outsider = await registry.client.post("/v1/people", json={"name": "Ikke Medlem"}, headers=regut)
    not_a_member = region_seat(outsider.json()["id"], "helse-nord")
    await registry.refused(
        interregional,
        lambda: registry.appoint(interregional, not_a_member, regut),
        409,
        "IR-ONE-PER-REGION",
        rules={"IR-ONE-PER-REGION", "IR-FROM-REGIONAL-COUNCIL"},
    )
    assert (await registry.end(registered["id"], "2026-12-31", regut)).status_code == 200
    assert (await registry.appoint(interregional, body, regut)).status_code == 201


async def test_the_council_has_one_common_trainee_representative_who_is_a_trainee(
    registry: Registry, interregional: str, tokens: Tokens
) -> None:
    """IR-TRAINEE-SEAT (001 Sammensetning: I tillegg bør de regionale rådene foreslå én felles
    representant som er lege i spesialisering)."""
    responsible = tokens.regut("helse-nord")
    trainee = await registry.appointed(interregional, trainee_seat("Lise Lege"), responsible)
    assert (trainee["seat"], trainee["region"], trainee["ends_on"]) == ("trainee", None, "2030-02-28")
    second = trainee_seat("Lars Lege", starts_on="2028-01-01")
    await registry.refused(
        interregional, lambda: registry.appoint(interregional, second, responsible), 409, "IR-TRAINEE-SEAT"
    )
    assert (await registry.end(trainee["id"], "2027-12-31", responsible)).status_code == 200
    for qualifications in (SPECIALIST | TRAINEE, SPECIALIST, {}):
        body = trainee_seat("Spesialist Sofie", starts_on="2028-01-01", qualifications=qualifications)
        problem = await registry.refused(
            interregional,
            lambda b=body: registry.appoint(interregional, b, responsible),
            409,
            "IR-TRAINEE-SEAT",
        )
        assert problem["errors"][0]["pointer"] == "/qualifications/trainee"
    assert (await registry.appoint(interregional, second, responsible)).status_code == 201


async def test_the_trainee_representative_is_registered_by_the_responsible_regut(
    registry: Registry, interregional: str, tokens: Tokens
) -> None:
    """IR-ELECTION-BY-REGUT (001 Sammensetning: spesialitetskontakt RegUt), for the common trainee seat."""
    await registry.refused(
        interregional,
        lambda: registry.appoint(interregional, trainee_seat("Lise Lege"), tokens.regut("helse-vest")),
        403,
        "IR-ELECTION-BY-REGUT",
    )


async def test_an_interregional_term_is_four_years_at_most(
    registry: Registry, interregional: str, tokens: Tokens
) -> None:
    """IR-TERM-FOUR-YEARS (001 Sammensetning: for fire år av gangen): the default end is the start plus
    four years less a day; longer, or until further notice, is refused."""
    regut = tokens.regut("helse-nord")
    member = await seat_on_regional_council(registry, "helse-nord", "Kari Nordmann")
    person = member["person"]["id"]
    longer = region_seat(person, "helse-nord", ends_on="2030-03-01")
    problem = await registry.refused(
        interregional, lambda: registry.appoint(interregional, longer, regut), 422, "IR-TERM-FOUR-YEARS"
    )
    assert problem["errors"][0]["pointer"] == "/ends_on"
    registered = await registry.appointed(interregional, region_seat(person, "helse-nord"), regut)
    assert registered["ends_on"] == "2030-02-28"
    for changes in ({"ends_on": "2030-03-01"}, {"ends_on": None}):
        await registry.refused(
            interregional,
            lambda c=changes: registry.change(registered["id"], c, regut),
            422,
            "IR-TERM-FOUR-YEARS",
        )
    shorter = await registry.change(registered["id"], {"ends_on": "2028-02-29"}, regut)
    assert shorter.status_code == 200, shorter.text


async def test_interregional_compliance_turns_ok_as_regions_register_and_a_coordinator_is_chosen(
    registry: Registry, interregional: str, tokens: Tokens
) -> None:
    """IR-SEAT-VACANT, IR-TRAINEE-PROPOSED, IR-COORDINATOR, IR-PREFERRED-LEADER (001 Sammensetning:
    velger en koordinerende representant; regionale råd bør foreslå en felles LIS-representant; Det vil
    ofte være leder i regionalt råd som er representant i tverregionalt råd)."""
    empty = await registry.findings(interregional)
    regions = sorted(REGIONAL_TRUST)
    assert {r: empty[("IR-SEAT-VACANT", f"region:{r}")] for r in regions} == dict.fromkeys(
        regions, "violation"
    )
    assert ("IR-SEAT-VACANT", "trainee-seat") not in empty
    assert empty[("IR-TRAINEE-PROPOSED", "trainee-seat")] == "advice"
    assert empty[("IR-COORDINATOR", "council")] == "violation"

    registered = {}
    for region in regions:
        member = await seat_on_regional_council(registry, region, f"Representant {region}")
        body = region_seat(member["person"]["id"], region)
        registered[region] = await registry.appointed(interregional, body, tokens.regut(region))
    nord = registered["helse-nord"]
    trainee = await registry.appointed(interregional, trainee_seat("Lise Lege"), tokens.regut("helse-nord"))
    seated = await registry.findings(interregional)
    assert {status for (rule, _), status in seated.items() if rule == "IR-SEAT-VACANT"} == {"ok"}
    assert seated[("IR-TRAINEE-PROPOSED", "trainee-seat")] == "ok"
    assert seated[("IR-PREFERRED-LEADER", f"seat:{nord['id']}")] == "advice"
    assert ("IR-PREFERRED-LEADER", f"seat:{trainee['id']}") not in seated

    regional_nord = await registry.council(region="helse-nord")
    leader = await registry.elect(
        regional_nord, tokens.regut("helse-nord"), leader=nord["person"]["id"], effective_on=START
    )
    assert leader.status_code == 200, leader.text
    assert (await registry.findings(interregional))[("IR-PREFERRED-LEADER", f"seat:{nord['id']}")] == "ok"

    coordinator = {"coordinator": nord["person"]["id"], "effective_on": ON}
    await registry.refused(
        interregional,
        lambda: registry.elect(interregional, tokens.regut("helse-vest"), **coordinator),
        403,
        "IR-CONSTITUTED-BY-RESPONSIBLE-REGUT",
    )
    chosen = await registry.elect(interregional, tokens.regut("helse-nord"), **coordinator)
    assert chosen.status_code == 200, chosen.text
    assert await registry.leader_on(interregional, ON, "coordinator") == nord["person"]["id"]
    assert (await registry.findings(interregional))[("IR-COORDINATOR", "council")] == "ok"
    assert (await registry.findings(interregional, "2026-02-28"))[
        ("IR-COORDINATOR", "council")
    ] == "violation"


async def test_an_interregional_coordinator_must_sit_on_the_council(
    registry: Registry, interregional: str, tokens: Tokens
) -> None:
    """LEADER-IS-MEMBER, IR-COORDINATOR (001 Sammensetning: Hvert tverregionale råd velger en koordinerende
    representant): a member of a regional council who is not registered here cannot coordinate."""
    member = await seat_on_regional_council(registry, "helse-nord", "Kari Nordmann")
    problem = await registry.refused(
        interregional,
        lambda: registry.elect(
            interregional, tokens.regut("helse-nord"), coordinator=member["person"]["id"], effective_on=ON
        ),
        422,
        "LEADER-IS-MEMBER",
    )
    assert problem["errors"][0]["pointer"] == "/coordinator"
