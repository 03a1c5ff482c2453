"""Proposals to change learning goals through the API: one walked from draft to decided with every
regional council stating, one declined, one withdrawn; each refusal with its rule and nothing written;
the consultation in the councils' compliance; and the forward/decline race on PostgreSQL."""

import asyncio
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from app.contract.proposals import EXAMPLE_PROPOSAL
from app.storage.database import Database
from app.storage.tables import AuditEntry, OutboxEvent, Proposal, ProposalStatement, ProposalTransition
from tests.api.test_seat_walkthroughs import Registry
from tests.conftest import StatementCounter
from tests.tokens import Tokens

REGIONS = ["helse-nord", "helse-midt-norge", "helse-vest", "helse-sor-ost"]
RESPONSIBLE = "helse-nord"
"""Anaesthesiology's responsible RegUt (the reference data's)."""
DEADLINE = "2999-01-31"

PROPOSAL = EXAMPLE_PROPOSAL
ASSESSMENT = {
    "professional_consequences": "Tydeligere progresjon.",
    "economic_consequences": "Ingen merkostnad.",
    "organisational_consequences": "Kursplanen justeres.",
    "recommendation": "adopt",
}


class Proposals:
    def __init__(self, client: httpx.AsyncClient, tokens: Tokens, registry: Registry) -> None:
        self.client = client
        self.tokens = tokens
        self.registry = registry
        self.regut = tokens.regut(RESPONSIBLE)

    async def raised(self, headers: dict[str, str] | None = None) -> dict[str, Any]:
        response = await self.client.post(
            "/v1/proposals", json=PROPOSAL, headers=headers or self.tokens.trust("unn")
        )
        assert response.status_code == 201, response.text
        return response.json()  # type: ignore[no-any-return]

    async def act(
        self,
        proposal: str,
        action: str,
        body: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        return await self.client.post(
            f"/v1/proposals/{proposal}/{action}", json=body or {}, headers=headers or self.regut
        )

    async def done(
        self,
        proposal: str,
        action: str,
        body: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        response = await self.act(proposal, action, body, headers)
        assert response.status_code == 200, response.text
        return response.json()  # type: ignore[no-any-return]

    async def every_council_states(self, proposal: str) -> None:
        for region in REGIONS:
            council = await self.registry.council(region=region)
            statement = {"council": council, "position": "support", "text": f"{region} støtter."}
            await self.done(proposal, "statements", statement, self.tokens.regut(region))

    async def assessed(self) -> str:
        proposal = (await self.raised())["id"]
        await self.done(proposal, "submit", headers=self.tokens.trust("unn"))
        await self.done(proposal, "open-consultation", {"deadline": DEADLINE})
        await self.every_council_states(proposal)
        await self.done(proposal, "close-consultation")
        await self.done(proposal, "assessment", ASSESSMENT)
        return proposal


@pytest.fixture
def proposals(client: httpx.AsyncClient, tokens: Tokens, registry: Registry) -> Proposals:
    return Proposals(client, tokens, registry)


async def written(database: Database) -> tuple[int, ...]:
    async with database.unit_of_work(write=False) as session:
        return tuple(
            [
                await session.scalar(select(func.count()).select_from(table)) or 0
                for table in (Proposal, ProposalStatement, ProposalTransition, OutboxEvent, AuditEntry)
            ]
            + [len((await session.scalars(select(Proposal.status))).all())]
        )


async def test_a_proposal_walks_from_draft_to_decided_with_every_regional_council_stating(
    proposals: Proposals, tokens: Tokens, clean_database: Database
) -> None:
    """PROPOSAL-TRANSITION along the whole diagram; CONSULTATION-CLOSE once all four have answered."""
    draft = await proposals.raised()
    assert draft["status"] == "draft"
    assert draft["allowed_actions"] == ["edit", "submit", "withdraw"]  # for the raising trust
    proposal = draft["id"]
    submitted = await proposals.done(proposal, "submit", {"note": "Fra UNN"}, tokens.trust("unn"))
    assert submitted["status"] == "submitted"
    assert submitted["allowed_actions"] == ["withdraw"]  # opening the consultation is RegUt's
    read = await proposals.client.get(f"/v1/proposals/{proposal}", headers=proposals.regut)
    assert read.json()["allowed_actions"] == ["open_consultation", "withdraw"]
    opened = await proposals.done(proposal, "open-consultation", {"deadline": DEADLINE})
    assert (opened["status"], opened["consultation_deadline"]) == ("in_consultation", DEADLINE)
    await proposals.every_council_states(proposal)
    # A council may replace its statement while the consultation is open.
    vest = await proposals.registry.council(region="helse-vest")
    replaced = await proposals.done(
        proposal,
        "statements",
        {"council": vest, "position": "neutral", "text": "Nytt syn."},
        tokens.regut("helse-vest"),
    )
    assert len(replaced["statements"]) == 4
    assert {s["council_id"]: s["position"] for s in replaced["statements"]}[vest] == "neutral"
    closed = await proposals.done(proposal, "close-consultation")
    assert closed["status"] == "in_assessment"
    assessed = await proposals.done(proposal, "assessment", ASSESSMENT)
    assert (assessed["status"], assessed["assessment"]["recommendation"]) == ("assessed", "adopt")
    assert assessed["allowed_actions"] == ["forward", "decline", "withdraw"]
    forwarded = await proposals.done(proposal, "forward", {"note": "Til Helsedirektoratet"})
    assert forwarded["status"] == "forwarded"
    outcome = {"outcome": "adopted", "decided_on": "2027-06-01", "reference": "25/1234"}
    decided = await proposals.done(proposal, "outcome", outcome)
    assert (decided["status"], decided["outcome"], decided["allowed_actions"]) == ("decided", outcome, [])

    history = await proposals.client.get(f"/v1/proposals/{proposal}/history", headers=tokens.bearer("read"))
    steps = [(h["action"], h["from_status"], h["to_status"]) for h in history.json()["items"]]
    assert steps[:3] == [
        ("create", None, "draft"),
        ("submit", "draft", "submitted"),
        ("open_consultation", "submitted", "in_consultation"),
    ]
    assert steps[-3:] == [
        ("record_assessment", "in_assessment", "assessed"),
        ("forward", "assessed", "forwarded"),
        ("record_outcome", "forwarded", "decided"),
    ]
    assert [h["client_id"] for h in history.json()["items"]][:2] == ["hr-unn", "hr-unn"]
    async with clean_database.unit_of_work(write=False) as session:
        events = (
            await session.scalars(select(OutboxEvent.type).where(OutboxEvent.subject_type == "proposal"))
        ).all()
    assert events.count("proposal.created") == 1
    assert events.count("proposal.statement_added") == 5
    assert events.count("proposal.status_changed") == 6


async def test_a_declined_proposal_and_a_withdrawn_one_end_there(
    proposals: Proposals, tokens: Tokens
) -> None:
    declined = await proposals.done(
        await proposals.assessed(), "decline", {"reason": "Dekkes av dagens mål."}
    )
    assert (declined["status"], declined["decision_reason"], declined["allowed_actions"]) == (
        "declined",
        "Dekkes av dagens mål.",
        [],
    )
    withdrawn = await proposals.done(
        (await proposals.raised())["id"], "withdraw", headers=tokens.trust("unn")
    )
    assert withdrawn["status"] == "withdrawn"
    refused = await proposals.act(withdrawn["id"], "submit", headers=tokens.trust("unn"))
    assert (refused.status_code, refused.json()["rule"]) == (409, "PROPOSAL-TRANSITION")
    assert "withdrawn" in refused.json()["detail"]


async def test_refusals_name_their_rule_and_write_nothing(
    proposals: Proposals, tokens: Tokens, clean_database: Database
) -> None:
    """PROPOSAL-TRANSITION, PROPOSAL-RESPONSIBLE-REGUT, CONSULTATION-CLOSE, CONSULTATION-STATEMENT-BY-COUNCIL,
    ASSESSMENT-THREE-CONSEQUENCES, COUNCIL-ADVISORY's reach: nobody but RegUt decides."""
    proposal = (await proposals.raised())["id"]
    interregional = await proposals.registry.council()

    async def refused(
        action: str, body: dict[str, Any], headers: dict[str, str], status: int, rule: str
    ) -> None:
        before = await written(clean_database)
        response = await proposals.act(proposal, action, body, headers)
        assert (response.status_code, response.json()["rule"]) == (status, rule), response.text
        assert await written(clean_database) == before

    await refused("forward", {}, proposals.regut, 409, "PROPOSAL-TRANSITION")
    await proposals.done(proposal, "submit", headers=tokens.trust("unn"))
    await refused(
        "open-consultation",
        {"deadline": DEADLINE},
        tokens.regut("helse-vest"),
        403,
        "PROPOSAL-RESPONSIBLE-REGUT",
    )
    await refused(
        "open-consultation", {"deadline": DEADLINE}, tokens.trust("unn"), 403, "PROPOSAL-RESPONSIBLE-REGUT"
    )
    await refused("open-consultation", {"deadline": "2026-01-01"}, proposals.regut, 422, "REQUEST-INVALID")
    await proposals.done(proposal, "open-consultation", {"deadline": DEADLINE})
    await refused(
        "statements",
        {"council": interregional, "position": "support", "text": "x"},
        proposals.regut,
        422,
        "CONSULTATION-STATEMENT-BY-COUNCIL",
    )
    await refused("close-consultation", {}, proposals.regut, 422, "CONSULTATION-CLOSE")
    await proposals.every_council_states(proposal)
    await proposals.done(proposal, "close-consultation")
    missing = {k: v for k, v in ASSESSMENT.items() if k != "economic_consequences"} | {
        "economic_consequences": None
    }
    await refused("assessment", missing, proposals.regut, 422, "ASSESSMENT-THREE-CONSEQUENCES")
    await refused("assessment", ASSESSMENT, tokens.trust("unn"), 403, "ASSESSMENT-BY-IR-COUNCIL")


async def test_a_bad_learning_goal_code_is_refused_naming_it(proposals: Proposals, tokens: Tokens) -> None:
    response = await proposals.client.post(
        "/v1/proposals", json=PROPOSAL | {"learning_goals": ["ane-1"]}, headers=tokens.trust("unn")
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["pointer"] == "/learning_goals/0"


async def test_the_public_sees_a_proposal_without_its_internal_fields(
    proposals: Proposals, tokens: Tokens
) -> None:
    proposal = await proposals.assessed()
    public = (await proposals.client.get(f"/v1/proposals/{proposal}")).json()
    assert (public["status"], public["title"]) == ("assessed", PROPOSAL["title"])
    assert (public["statements"], public["assessment"], public["attachments"], public["allowed_actions"]) == (
        None,
        None,
        None,
        [],
    )
    listed = await proposals.client.get(
        "/v1/proposals", params={"status": "assessed", "specialty": "anestesiologi"}
    )
    assert [p["id"] for p in listed.json()["items"]] == [proposal]


async def test_an_open_consultation_shows_in_the_compliance_of_each_council_yet_to_answer(
    proposals: Proposals, tokens: Tokens
) -> None:
    """CONSULTATION-ANSWERED: advice before the deadline, ok once the council has answered."""
    proposal = (await proposals.raised())["id"]
    await proposals.done(proposal, "submit", headers=tokens.trust("unn"))
    await proposals.done(proposal, "open-consultation", {"deadline": DEADLINE})
    nord, vest = (
        await proposals.registry.council(region="helse-nord"),
        await proposals.registry.council(region="helse-vest"),
    )
    await proposals.done(
        proposal, "statements", {"council": nord, "position": "oppose", "text": "Nei."}, proposals.regut
    )

    async def answered(council: str) -> str:
        findings = (
            await proposals.client.get(f"/v1/councils/{council}/compliance", headers=tokens.bearer("read"))
        ).json()["findings"]
        [finding] = [f for f in findings if f["rule"] == "CONSULTATION-ANSWERED"]
        assert finding["subject"] == f"proposal:{proposal}"
        return finding["status"]  # type: ignore[no-any-return]

    assert (await answered(nord), await answered(vest)) == ("ok", "advice")


async def test_a_meeting_that_discusses_a_proposal_shows_on_it(proposals: Proposals, tokens: Tokens) -> None:
    proposal = (await proposals.raised())["id"]
    council = await proposals.registry.council(region="helse-nord")
    meeting = await proposals.client.post(
        f"/v1/councils/{council}/meetings",
        json={
            "starts_at": "2999-02-01T10:00:00+01:00",
            "ends_at": "2999-02-01T12:00:00+01:00",
            "agenda": [{"kind": "consultation", "title": "Høring", "reference": proposal}],
        },
        headers=proposals.regut,
    )
    assert meeting.status_code == 201, meeting.text
    shown = (await proposals.client.get(f"/v1/proposals/{proposal}")).json()
    assert [d["meeting_id"] for d in shown["discussed_at"]] == [meeting.json()["id"]]


@pytest.mark.postgres_only
async def test_two_officers_forwarding_and_declining_at_once_end_with_exactly_one(
    proposals: Proposals, tokens: Tokens, clean_database: Database
) -> None:
    """PROPOSAL-TRANSITION under concurrency: the proposal is locked, so the second finds it decided."""
    if clean_database.dialect != "postgresql":
        pytest.skip("SQLite serialises writers: the race needs PostgreSQL's row locks")
    for _ in range(3):
        proposal = await proposals.assessed()
        forward, decline = await asyncio.gather(
            proposals.act(proposal, "forward", {"note": "Videre"}),
            proposals.act(proposal, "decline", {"reason": "Nei"}),
        )
        assert sorted([forward.status_code, decline.status_code]) == [200, 409]
        loser = forward if forward.status_code == 409 else decline
        assert loser.json()["rule"] == "PROPOSAL-TRANSITION"
        final = (await proposals.client.get(f"/v1/proposals/{proposal}")).json()["status"]
        assert final == ("forwarded" if forward.status_code == 200 else "declined")
        history = await proposals.client.get(f"/v1/proposals/{proposal}/history", headers=tokens.admin())
        assert [h["action"] for h in history.json()["items"]][-1] in ("forward", "decline")
        assert len([h for h in history.json()["items"] if h["action"] in ("forward", "decline")]) == 1


async def test_proposals_are_listed_by_filter_a_page_at_a_time(proposals: Proposals, tokens: Tokens) -> None:
    """The filters a RegUt reaches for: status, the responsible region, consultations closing soon."""
    drafts = [(await proposals.raised())["id"] for _ in range(3)]
    consulted = drafts[0]
    await proposals.done(consulted, "submit", headers=tokens.trust("unn"))
    await proposals.done(consulted, "open-consultation", {"deadline": "2998-06-30"})

    async def listed(**params: str) -> list[str]:
        response = await proposals.client.get("/v1/proposals", params=params, headers=tokens.bearer("read"))
        assert response.status_code == 200, response.text
        return [p["id"] for p in response.json()["items"]]

    assert await listed(status="draft") == drafts[1:]
    assert await listed(responsible_region=RESPONSIBLE) == drafts
    assert await listed(responsible_region="helse-vest") == []
    assert await listed(consultation_deadline_before="2998-07-01") == [consulted]
    assert await listed(consultation_deadline_before="2998-06-30") == []
    first = await proposals.client.get("/v1/proposals", params={"limit": "2"})
    assert [p["id"] for p in first.json()["items"]] == drafts[:2]
    assert first.headers["link"].endswith('rel="next"')
    rest = await proposals.client.get(
        "/v1/proposals", params={"limit": "2", "cursor": first.json()["next_cursor"]}
    )
    assert rest.status_code == 200, rest.text
    assert [p["id"] for p in rest.json()["items"]] == drafts[2:]


async def test_every_step_is_audited_with_the_state_before_and_after(
    proposals: Proposals, tokens: Tokens, clean_database: Database
) -> None:
    proposal = (await proposals.raised())["id"]
    await proposals.done(proposal, "submit", headers=tokens.trust("unn"))
    async with clean_database.unit_of_work(write=False) as session:
        entries = (
            await session.scalars(
                select(AuditEntry).where(AuditEntry.entity_type == "proposal").order_by(AuditEntry.id)
            )
        ).all()
    assert [(e.action, e.principal_subject) for e in entries] == [
        ("proposal.created", "hr-unn"),
        ("proposal.status_changed", "hr-unn"),
    ]
    assert (entries[1].before or {})["status"] == "draft"
    assert (entries[1].after or {})["status"] == "submitted"


async def test_a_system_cannot_raise_a_proposal_in_another_organisations_name(
    proposals: Proposals, tokens: Tokens, clean_database: Database
) -> None:
    before = await written(clean_database)
    forged = await proposals.client.post(
        "/v1/proposals",
        json=PROPOSAL | {"raised_by": {"kind": "regut", "region": "helse-vest"}},
        headers=tokens.trust("unn"),
    )
    assert forged.status_code == 403
    assert await written(clean_database) == before
    own_region = await proposals.client.post(
        "/v1/proposals",
        json=PROPOSAL | {"raised_by": {"kind": "trust", "trust": "unn"}},
        headers=proposals.regut,
    )
    assert own_region.status_code == 201, own_region.text


async def test_an_assessment_without_a_consequence_names_the_rule(proposals: Proposals) -> None:
    """ASSESSMENT-THREE-CONSEQUENCES whether a consequence is left out, blank or null."""
    proposal = (await proposals.raised())["id"]
    await proposals.done(proposal, "submit", headers=proposals.tokens.trust("unn"))
    await proposals.done(proposal, "open-consultation", {"deadline": DEADLINE})
    await proposals.every_council_states(proposal)
    await proposals.done(proposal, "close-consultation")
    for body in (
        {k: v for k, v in ASSESSMENT.items() if k != "economic_consequences"},
        ASSESSMENT | {"economic_consequences": "   "},
    ):
        refused = await proposals.act(proposal, "assessment", body)
        assert (refused.status_code, refused.json()["rule"]) == (422, "ASSESSMENT-THREE-CONSEQUENCES")
        assert [e["pointer"] for e in refused.json()["errors"]] == ["/economic_consequences"]
    done = await proposals.act(proposal, "assessment", ASSESSMENT)
    assert done.headers["etag"]  # every action answers with the proposal's ETag, as declared


async def test_a_page_of_proposals_costs_the_same_queries_as_one(
    proposals: Proposals, tokens: Tokens, count_statements: StatementCounter
) -> None:
    """No query per proposal (N+1): the list reads its proposals' councils, statements and meetings
    in bulk."""
    await proposals.raised()

    async def listing() -> int:
        count_statements.statements.clear()
        response = await proposals.client.get("/v1/proposals", headers=tokens.bearer("read"))
        assert response.status_code == 200
        return len(count_statements)

    one = await listing()
    for _ in range(4):
        await proposals.raised()
    assert await listing() == one
