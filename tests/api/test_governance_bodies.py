"""Helse Nord's governance of LIS education over HTTP (seed 004; MANDATE.md, Helse Nord's governance of
LIS education): the strategic council, its working committee and the regional forum, staffed from the
trusts' and the administrator's tokens, refused where the mandate says no (with the rule, and nothing
written), and their compliance turning to ok. Also the truer reading of seed 001 on the inter-regional
council (IR-TRAINEE-PROPOSED, IR-COMPETENCE-MIX) and RegUt's national functions (003).

Every refusal goes through `Registry.refused`: the status, the rule, and the body's whole seat history,
leadership, people and newest audit entry read the same before and after."""

from typing import Any

import pytest
from icalendar import Calendar

from tests.api.test_seat_walkthroughs import (
    HELSE_NORD_HF,
    START,
    Registry,
    new_person,
    region_seat,
    seat_on_regional_council,
)
from tests.tokens import Tokens

ON = "2026-03-01"


def role_seat(role: str, name: str, *, trust: str | None = None, **fields: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"person": new_person(name), "role": role, "starts_on": START, **fields}
    if trust is not None:
        body["trust"] = trust
    return body


async def body_of(registry: Registry, kind: str) -> str:
    """Helse Nord's body of `kind`, as the start-up structure established it."""
    response = await registry.client.get("/v1/councils", params={"kind": kind, "region": "helse-nord"})
    [body] = response.json()["items"]
    assert (body["specialty"], body["region"]) == (None, "helse-nord")
    return str(body["id"])


@pytest.fixture
async def strategic(registry: Registry) -> str:
    return await body_of(registry, "strategic_council")


@pytest.fixture
async def committee(registry: Registry) -> str:
    return await body_of(registry, "working_committee")


@pytest.fixture
async def forum(registry: Registry) -> str:
    return await body_of(registry, "education_forum")


def statuses(findings: dict[tuple[str, str], str], rule: str) -> dict[str, str]:
    return {subject: status for (found, subject), status in findings.items() if found == rule}


# The strategic council for LIS education (004 §2)


async def test_the_start_up_structure_holds_helse_nords_three_bodies_empty_of_people(
    registry: Registry, strategic: str, committee: str, forum: str
) -> None:
    """004 vedtak 1 and 2: Helse Nord sets up the strategic council, its working committee and the forum;
    the registry starts with them, as with the councils, and with nobody on them."""
    for body, profile in (
        (strategic, "helse-nord-strategic-council"),
        (committee, "helse-nord-working-committee"),
        (forum, "helse-nord-education-forum"),
    ):
        detail = (await registry.client.get(f"/v1/councils/{body}")).json()
        assert detail["profile"] == profile
        assert detail["representatives"] == []
    trusts = await registry.client.get(f"/v1/councils/{strategic}/appointing-trusts")
    assert trusts.json()["trusts"] == sorted(HELSE_NORD_HF)
    assert (await registry.client.get(f"/v1/councils/{committee}/appointing-trusts")).json()["trusts"] == []


async def test_each_trust_designates_its_medical_and_hr_director_until_the_strategic_council_is_complete(
    registry: Registry, strategic: str, tokens: Tokens
) -> None:
    """HN-STRATEGIC-COMPOSITION, HN-STRATEGIC-COMPLETE, APPOINTER-OWN-TRUST (004 §2: fellesmøte mellom
    sykehusforetakenes fagsjefer og HR-sjefer/personalsjefer)."""
    empty = statuses(await registry.findings(strategic), "HN-STRATEGIC-COMPLETE")
    assert empty == {
        f"trust:{trust}/{role}": "violation"
        for trust in HELSE_NORD_HF
        for role in ("medical_director", "hr_director")
    }
    unn = await registry.appointed(
        strategic, role_seat("medical_director", "Fagsjef UNN", trust="unn"), tokens.trust("unn")
    )
    assert (unn["role"], unn["trust"], unn["seat"]) == ("medical_director", "unn", "member")

    await registry.refused(
        strategic,
        lambda: registry.appoint(
            strategic,
            role_seat("hr_director", "HR-sjef Nordland", trust="nordlandssykehuset"),
            tokens.trust("unn"),
        ),
        403,
        "APPOINTER-OWN-TRUST",
    )
    problem = await registry.refused(
        strategic,
        lambda: registry.appoint(
            strategic, role_seat("medical_director", "Ny fagsjef UNN", trust="unn"), tokens.trust("unn")
        ),
        409,
        "HN-STRATEGIC-COMPOSITION",
    )
    assert problem["errors"][0]["pointer"] == "/role"
    await registry.refused(
        strategic,
        lambda: registry.appoint(
            strategic,
            role_seat("education_coordinating_doctor", "Lege UNN", trust="unn", position_share=20),
            tokens.trust("unn"),
        ),
        422,
        "HN-STRATEGIC-COMPOSITION",
    )
    await registry.refused(
        strategic,
        lambda: registry.appoint(strategic, role_seat("hr_director", "HR OUS", trust="ous"), tokens.admin()),
        422,
        "TRUST-IN-REGION",
    )
    await registry.refused(
        strategic,
        lambda: registry.appoint(strategic, role_seat("hr_director", "HR uten foretak"), tokens.admin()),
        422,
        "HN-STRATEGIC-COMPOSITION",
    )
    # A seat shaped for a council (a trust, no role) is not a member of a body.
    council_shaped = {"person": new_person("Uten rolle"), "trust": "unn", "starts_on": START}
    problem = await registry.refused(
        strategic,
        lambda: registry.appoint(strategic, council_shaped, tokens.trust("unn")),
        422,
        "REQUEST-INVALID",
    )
    assert problem["errors"][0]["pointer"] == "/role"

    for trust in HELSE_NORD_HF:
        for role in ("medical_director", "hr_director"):
            if (trust, role) != ("unn", "medical_director"):
                await registry.appointed(
                    strategic, role_seat(role, f"{role} {trust}", trust=trust), tokens.trust(trust)
                )
    complete = statuses(await registry.findings(strategic), "HN-STRATEGIC-COMPLETE")
    assert complete == {
        f"trust:{trust}/{role}": "ok"
        for trust in HELSE_NORD_HF
        for role in ("medical_director", "hr_director")
    }
    listed = await registry.seats(strategic, on=ON)
    assert sorted((s["trust"], s["role"]) for s in listed) == sorted(
        (t, r) for t in HELSE_NORD_HF for r in ("medical_director", "hr_director")
    )


async def test_the_rhf_appoints_the_strategic_councils_leader_not_regut_nor_a_trust(
    registry: Registry, strategic: str, tokens: Tokens
) -> None:
    """HN-STRATEGIC-LEADER-BY-RHF (004 §2: RHF'et utpeker en leder for strategisk råd), LEADER-IS-MEMBER,
    LEADER-NOTIFIED."""
    director = await registry.appointed(
        strategic, role_seat("medical_director", "Fagsjef UNN", trust="unn"), tokens.trust("unn")
    )
    leader = {"leader": director["person"]["id"], "effective_on": START}
    for headers in (tokens.regut("helse-nord"), tokens.trust("unn")):
        await registry.refused(
            strategic,
            lambda h=headers: registry.elect(strategic, h, **leader),
            403,
            "HN-STRATEGIC-LEADER-BY-RHF",
        )
    await registry.refused(
        strategic,
        lambda: registry.elect(strategic, tokens.admin(), leader=new_person("x")["name"], effective_on=START),
        422,
        "REQUEST-INVALID",
    )
    appointed = await registry.elect(strategic, tokens.admin(), **leader)
    assert appointed.status_code == 200, appointed.text
    assert await registry.leader_on(strategic, ON) == director["person"]["id"]
    events = await registry.client.get("/v1/audit", params={"entity_id": strategic}, headers=registry.reader)
    assert "leadership.changed" in {entry["action"] for entry in events.json()["items"]}


async def test_a_regional_councils_leader_is_still_recorded_by_its_regut(
    registry: Registry, tokens: Tokens
) -> None:
    """HN-STRATEGIC-LEADER-BY-RHF is the strategic council's alone: a regional council constitutes itself
    and RegUt records its election (000 Ledelse)."""
    nord = await registry.council(region="helse-nord")
    member = await registry.appointed(
        nord,
        {
            "person": new_person("Kari"),
            "trust": "unn",
            "starts_on": START,
            "qualifications": {"specialist_in_specialty": True},
        },
        tokens.trust("unn"),
    )
    elected = await registry.elect(
        nord, tokens.regut("helse-nord"), leader=member["person"]["id"], effective_on=START
    )
    assert elected.status_code == 200, elected.text


# The working committee (004 §2: en RHF-direktør, fagsjef i UNN og RegUt-leder)


async def test_the_working_committee_is_an_rhf_director_unns_medical_director_and_the_head_of_regut(
    registry: Registry, committee: str, tokens: Tokens
) -> None:
    """HN-WORKING-COMMITTEE (004 §2: Mellom møtene utgjør en RHF-direktør, fagsjef i UNN og RegUt-leder
    et arbeidsutvalg)."""
    await registry.refused(
        committee,
        lambda: registry.appoint(committee, role_seat("rhf_director", "Direktør"), tokens.trust("unn")),
        403,
        "FORBIDDEN",
    )
    await registry.refused(
        committee,
        lambda: registry.appoint(
            committee, role_seat("regut_head", "Leder med foretak", trust="unn"), tokens.admin()
        ),
        422,
        "HN-WORKING-COMMITTEE",
    )
    rhf = await registry.appointed(committee, role_seat("rhf_director", "Fagdirektør RHF"), tokens.admin())
    head = await registry.appointed(
        committee, role_seat("regut_head", "Leder RegUt Nord"), tokens.regut("helse-nord")
    )
    await registry.refused(
        committee,
        lambda: registry.appoint(
            committee,
            role_seat("medical_director", "Fagsjef Nordland", trust="nordlandssykehuset"),
            tokens.trust("nordlandssykehuset"),
        ),
        422,
        "HN-WORKING-COMMITTEE",
    )
    await registry.refused(
        committee,
        lambda: registry.appoint(committee, role_seat("rhf_director", "Annen direktør"), tokens.admin()),
        409,
        "HN-WORKING-COMMITTEE",
    )
    await registry.refused(
        committee,
        lambda: registry.appoint(
            committee, role_seat("hr_director", "HR UNN", trust="unn"), tokens.trust("unn")
        ),
        422,
        "HN-WORKING-COMMITTEE",
    )
    unn = await registry.appointed(
        committee, role_seat("medical_director", "Fagsjef UNN", trust="unn"), tokens.trust("unn")
    )
    listed = await registry.seats(committee, on=ON)
    assert sorted(s["role"] for s in listed) == ["medical_director", "regut_head", "rhf_director"]
    assert {s["id"] for s in listed} == {rhf["id"], head["id"], unn["id"]}
    # Trusts do not appoint to it: its roles are named.
    response = await registry.client.put(
        f"/v1/councils/{committee}/appointing-trusts",
        json={"trusts": ["unn"]},
        headers=tokens.admin() | {"If-Match": "*"},
    )
    assert response.status_code == 422, response.text


# The regional forum for LIS education (004 §3)


async def test_every_trust_designates_one_education_coordinating_doctor_with_a_fifth_of_a_position(
    registry: Registry, forum: str, tokens: Tokens
) -> None:
    """HN-FORUM-ONE-PER-TRUST, HN-FORUM-COMPLETE (004 §3: Hver foretak tilgjengelig gjør 20% legestilling
    som tituleres utdanningskoordinerende lege/overlege; vedtak 3: innen 30. august 2019)."""
    assert statuses(await registry.findings(forum), "HN-FORUM-COMPLETE") == {
        f"trust:{trust}": "violation" for trust in HELSE_NORD_HF
    }
    doctor = "education_coordinating_doctor"
    for share in (19, None):
        fields = {"position_share": share} if share is not None else {}
        problem = await registry.refused(
            forum,
            lambda f=fields: registry.appoint(
                forum, role_seat(doctor, "Lege UNN", trust="unn", **f), tokens.trust("unn")
            ),
            422,
            "HN-FORUM-ONE-PER-TRUST",
        )
        assert problem["errors"][0]["pointer"] == "/position_share"
    unn = await registry.appointed(
        forum, role_seat(doctor, "Lege UNN", trust="unn", position_share=20), tokens.trust("unn")
    )
    assert unn["position_share"] == 20
    await registry.refused(
        forum,
        lambda: registry.appoint(
            forum, role_seat(doctor, "Lege UNN 2", trust="unn", position_share=50), tokens.trust("unn")
        ),
        409,
        "HN-FORUM-ONE-PER-TRUST",
    )
    await registry.refused(
        forum,
        lambda: registry.appoint(
            forum, role_seat(doctor, "Overlege", trust="unn", position_share=0), tokens.trust("unn")
        ),
        422,
        "REQUEST-INVALID",
    )
    await registry.refused(
        forum,
        lambda: registry.change(unn["id"], {"position_share": 10}, tokens.trust("unn")),
        422,
        "HN-FORUM-ONE-PER-TRUST",
    )
    raised = await registry.change(unn["id"], {"position_share": 30}, tokens.trust("unn"))
    assert raised.status_code == 200, raised.text
    assert raised.json()["position_share"] == 30
    anonymous = (await registry.client.get(f"/v1/representatives/{unn['id']}")).json()
    assert (anonymous["role"], anonymous["position_share"]) == (doctor, None)

    for trust in HELSE_NORD_HF[1:]:
        await registry.appointed(
            forum, role_seat(doctor, f"Lege {trust}", trust=trust, position_share=20), tokens.trust(trust)
        )
    assert set(statuses(await registry.findings(forum), "HN-FORUM-COMPLETE").values()) == {"ok"}


# Meetings: the strategic council's rhythm, and the forum's right to attend (004 §2, §4)


async def test_a_strategic_council_meeting_invites_the_forum_whose_calendar_then_shows_it(
    registry: Registry, strategic: str, forum: str, tokens: Tokens
) -> None:
    """HN-FORUM-MEETING-RIGHT (004 §4: Personene i Regionalt forum for LIS utdanning har møterett i
    halvårlige møter i Strategisk råd), MEETING-ORGANISER, and 004 §4's intranet: the strategic
    council's notices, agendas and minutes are readable by every registered system."""
    june = {
        "starts_at": "2026-06-11T10:00:00+02:00",
        "ends_at": "2026-06-11T15:00:00+02:00",
        "agenda": [{"kind": "other", "title": "Årlig handlingsplan"}],
    }
    refused = await registry.client.post(
        f"/v1/councils/{strategic}/meetings", json=june, headers=tokens.trust("unn")
    )
    assert (refused.status_code, refused.json()["rule"]) == (403, "MEETING-ORGANISER")
    response = await registry.client.post(
        f"/v1/councils/{strategic}/meetings", json=june, headers=tokens.regut("helse-nord")
    )
    assert response.status_code == 201, response.text
    meeting = response.json()
    assert meeting["invited_councils"] == [forum]
    assert meeting["convener"] == "leader"

    calendar = await registry.client.get(f"/v1/councils/{forum}/meetings.ics")
    events = Calendar.from_ical(calendar.content).walk("VEVENT")
    assert [str(e["UID"]).split("@")[0] for e in events] == [meeting["id"]]

    uninvited = await registry.client.post(
        f"/v1/councils/{strategic}/meetings",
        json=june | {"invited_councils": []},
        headers=tokens.regut("helse-nord"),
    )
    assert uninvited.json()["invited_councils"] == []
    elsewhere = await registry.council(region="helse-vest")
    wrong = await registry.client.post(
        f"/v1/councils/{strategic}/meetings",
        json=june | {"invited_councils": [elsewhere]},
        headers=tokens.regut("helse-nord"),
    )
    assert wrong.status_code == 422, wrong.text
    assert wrong.json()["errors"][0]["pointer"] == "/invited_councils/0"

    minutes = await registry.client.put(
        f"/v1/meetings/{meeting['id']}/minutes",
        json={"text": "Handlingsplanen vedtatt."},
        headers=tokens.regut("helse-nord") | {"If-Match": "*"},
    )
    assert minutes.status_code == 200, minutes.text
    another_trust = tokens.bearer("read", org="983974880", subject="finnmark-intranet")
    read = await registry.client.get(f"/v1/meetings/{meeting['id']}", headers=another_trust)
    assert (read.json()["minutes"], read.json()["agenda"][0]["title"]) == (
        "Handlingsplanen vedtatt.",
        "Årlig handlingsplan",
    )
    assert (await registry.client.get(f"/v1/meetings/{meeting['id']}")).json()["minutes"] is None


async def test_the_strategic_council_meets_in_june_and_in_november(
    registry: Registry, strategic: str, tokens: Tokens
) -> None:
    """HN-STRATEGIC-TWICE-YEARLY (004 §2: Strategisk råd har møte 2 ganger i året (november og juni)):
    a meeting in another month does not count; each month is judged once it is over."""

    async def schedule(day: str) -> None:
        response = await registry.client.post(
            f"/v1/councils/{strategic}/meetings",
            json={"starts_at": f"{day}T10:00:00+01:00", "ends_at": f"{day}T12:00:00+01:00"},
            headers=tokens.regut("helse-nord"),
        )
        assert response.status_code == 201, response.text

    async def twice_yearly() -> dict[str, str]:
        response = await registry.client.get(
            f"/v1/councils/{strategic}/compliance", params={"year": "2025"}, headers=registry.reader
        )
        return {
            f["subject"]: f["status"]
            for f in response.json()["findings"]
            if f["rule"] == "HN-STRATEGIC-TWICE-YEARLY"
        }

    await schedule("2025-09-10")
    assert await twice_yearly() == {"period:2025-06": "violation", "period:2025-11": "violation"}
    await schedule("2025-06-30")
    await schedule("2025-11-27")
    assert await twice_yearly() == {"period:2025-06": "ok", "period:2025-11": "ok"}


async def test_the_national_overview_and_the_regions_calendar_include_the_bodies(
    registry: Registry, strategic: str, committee: str, forum: str, tokens: Tokens
) -> None:
    """The compliance overview RegUt works from, and `meetings.ics?region=`, cover the bodies too."""
    overview = await registry.client.get(
        "/v1/compliance", params={"region": "helse-nord", "kind": "education_forum"}, headers=tokens.admin()
    )
    assert overview.status_code == 200, overview.text
    assert [c["council"]["id"] for c in overview.json()["councils"]] == [forum]
    everything = await registry.client.get(
        "/v1/compliance", params={"region": "helse-nord"}, headers=tokens.regut("helse-nord")
    )
    ids = {c["council"]["id"] for c in everything.json()["councils"]}
    assert {strategic, committee, forum} <= ids
    await registry.client.post(
        f"/v1/councils/{committee}/meetings",
        json={"starts_at": "2026-05-05T09:00:00+02:00", "ends_at": "2026-05-05T10:00:00+02:00"},
        headers=tokens.regut("helse-nord"),
    )
    calendar = await registry.client.get("/v1/meetings.ics", params={"region": "helse-nord"})
    assert len(Calendar.from_ical(calendar.content).walk("VEVENT")) == 1


# Establishing bodies: one of each kind, in Helse Nord only


async def test_a_body_is_one_of_its_kind_and_exists_only_where_a_mandate_sets_it_up(
    registry: Registry, tokens: Tokens
) -> None:
    """COUNCIL-UNIQUE for the bodies; seed 004 describes Helse Nord's alone."""
    posted = await registry.client.post(
        "/v1/councils", json={"kind": "strategic_council", "region": "helse-nord"}, headers=tokens.admin()
    )
    assert (posted.status_code, posted.json()["rule"]) == (409, "COUNCIL-UNIQUE")
    for body in (
        {"kind": "strategic_council", "region": "helse-vest"},
        {"kind": "education_forum", "region": "helse-nord", "specialty": "anestesiologi"},
        {"kind": "working_committee"},
    ):
        response = await registry.client.post("/v1/councils", json=body, headers=tokens.admin())
        assert response.status_code == 422, (body, response.text)
    listed = await registry.client.get("/v1/councils", params={"kind": "strategic_council"})
    assert len(listed.json()["items"]) == 1


# Seed 001, read closer: the trainee is advice, the competences are declared per seat


async def test_the_interregional_council_reports_each_competence_no_member_declares(
    registry: Registry, interregional: str, tokens: Tokens
) -> None:
    """IR-COMPETENCE-MIX, IR-TRAINEE-PROPOSED (001 Sammensetning: Det bør tilstrebes at rådet samlet har
    bred klinisk erfaring og kunnskap om de anbefalte kursene, gjerne også pedagogisk kompetanse og
    forskningsbakgrunn; regionale råd bør foreslå en felles LIS-representant)."""
    empty = await registry.findings(interregional)
    mix = statuses(empty, "IR-COMPETENCE-MIX")
    assert mix == {
        f"competence:{c}": "advice"
        for c in ("clinical_experience", "pedagogy", "recommended_courses", "research")
    }
    assert statuses(empty, "IR-TRAINEE-PROPOSED") == {"trainee-seat": "advice"}
    declared = [["clinical_experience", "recommended_courses"], ["pedagogy"]]
    for region, competences in zip(("helse-nord", "helse-vest"), declared, strict=True):
        member = await seat_on_regional_council(registry, region, f"Representant {region}")
        body = region_seat(member["person"]["id"], region)
        body["qualifications"] = body.get("qualifications", {}) | {"competences": competences}
        seated = await registry.appointed(interregional, body, tokens.regut(region))
        assert seated["qualifications"]["competences"] == competences
    mix = statuses(await registry.findings(interregional), "IR-COMPETENCE-MIX")
    assert mix == {
        "competence:clinical_experience": "ok",
        "competence:pedagogy": "ok",
        "competence:recommended_courses": "ok",
        "competence:research": "advice",
    }


# RegUt's national functions (003)


async def test_an_administrator_corrects_a_reguts_national_functions(
    registry: Registry, tokens: Tokens
) -> None:
    """REGUT-NATIONAL-FUNCTIONS, correctable by administrators like the rest of the reference data."""
    url = "/v1/regions/helse-nord"
    tasks = [{"code": "lis1-evaluation", "description": "Koordinerer evalueringen av LIS 1", "source": None}]
    refused = await registry.client.patch(
        url, json={"regut_national_functions": tasks}, headers=tokens.regut("helse-nord") | {"If-Match": "*"}
    )
    assert refused.status_code == 403, refused.text
    for bad in ({"regut_national_functions": None}, {"regut_national_functions": [{"code": "Æ"}]}):
        response = await registry.client.patch(url, json=bad, headers=tokens.admin() | {"If-Match": "*"})
        assert response.status_code == 422, response.text
    corrected = await registry.client.patch(
        url, json={"regut_national_functions": tasks}, headers=tokens.admin() | {"If-Match": "*"}
    )
    assert corrected.status_code == 200, corrected.text
    assert corrected.json()["regut"]["national_functions"] == tasks
    assert (await registry.client.get(url)).json()["regut"]["national_functions"] == tasks
