"""A national-scale dataset, written through the service's own use cases, for the benchmark.

    .venv/bin/python bench/dataset.py [--database bench] [--seed 2026]

Recreates the PostgreSQL database (never `test`), sets it up as `python -m app setup` does, then staffs
the whole national structure the way the registry's callers would, calling the services in `app/services`
with the principal a real request would carry (a health trust's system for its own seats, the region's
RegUt for leadership and meetings, the responsible RegUt for inter-regional seats and proposals, an
administrator where the mandate or a missing responsible RegUt says so), so that every mandate rule and
every authority rule is checked as for a real request, and every change writes its audit entry and its
outbox event:

- every council of the structure: a regional council in each of the four regions and an inter-regional
  council for each of the 44 hospital-based specialties, and Helse Nord's three governance bodies, with
  their roles;
- the term history since the councils' first mandate (2019; ten years back where that is later): three
  terms of four years (for 2026: 2019 to 2022, 2023 to 2026 and the coming one), every appointing trust's seat
  filled in each; Helse Sør-Øst with deputies and terms of at least two years,
  Helse Nord with specialists and (mostly) deputies, Helse Vest and Midt-Norge with fixed terms; each
  inter-regional seat held for at most four years by the leader of that region's regional council, and
  one trainee seat; about a third of the representatives re-appointed for the next term; half of the
  people agree to publish their e-mail;
- a leader (and deputy leader, or coordinator) elected for each term;
- two meetings a year per council over those years and the next: past ones held, most with their
  attendance recorded (some deputies attending); a fifth of the coming ones cancelled;
- 300 proposals to change learning goals in every state of their workflow.

The content is deterministic for a seed (ids and timestamps are the service's own). Generating takes
two to four minutes on PostgreSQL; the result is kept as a copy (`bench_dataset_<key>`, see `build`)
that later builds on the same day copy in seconds. Progress on standard error, a summary at the end.
"""

import argparse
import asyncio
import hashlib
import json
import logging
import random
import sys
import time
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import asyncpg
from pydantic import BaseModel, TypeAdapter
from sqlalchemy import func, select

from app.bootstrap import set_up
from app.clock import OSLO, today_in_oslo
from app.contract.meetings import AttendanceRecord, MeetingCancellation, MeetingCreate
from app.contract.proposals import (
    AssessmentRecord,
    ConsultationOpening,
    Decline,
    OutcomeRecord,
    ProposalCreate,
    ProposalNote,
    StatementCreate,
)
from app.contract.seats import LeadershipElectionRequest, RepresentativeCreate, RepresentativePublic
from app.domain.authority import Principal, Scope
from app.domain.profiles import MANDATES_START
from app.services import meetings, proposals, seats
from app.settings import Settings
from app.storage.database import Database
from app.storage.repository import Repository
from app.storage.tables import (
    AuditEntry,
    Council,
    HealthTrust,
    LeadershipElection,
    Meeting,
    MeetingAttendance,
    OutboxEvent,
    Person,
    Proposal,
    Representative,
    Specialty,
)

DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432"
REGIONS = ("helse-nord", "helse-midt-norge", "helse-vest", "helse-sor-ost")
PROPOSALS = 300
PROPOSAL_STATES = {
    # How many proposals end in each state: 300 in all.
    "draft": 30,
    "submitted": 30,
    "in_consultation": 50,
    "in_assessment": 35,
    "assessed": 30,
    "forwarded": 35,
    "declined": 25,
    "decided": 40,
    "withdrawn": 25,
}
MEETING_MONTHS = {
    # Two meetings a year, in the months each kind of council or body meets.
    "regional": (3, 10),
    "interregional": (4, 11),
    "strategic_council": (6, 11),  # HN-STRATEGIC-TWICE-YEARLY
    "working_committee": (2, 9),
    "education_forum": (5, 11),
}
_FIRST_NAMES = (
    "Kari Ola Anne Per Ingrid Lars Marit Jon Silje Knut Hilde Erik Nina Bjørn Tone Arne Liv Geir Eva "
    "Tor Randi Svein Heidi Odd Berit Rune Mona Trond Åse Øystein Sigrid Håkon Ragnhild Magnus "
    "Solveig Even Tuva Sindre Ida Vegard"
)
FIRST_NAMES = tuple(_FIRST_NAMES.split())
_LAST_NAMES = (
    "Nordmann Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen "
    "Johnsen Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen "
    "Halvorsen Henriksen Lund Sørensen Jakobsen Moen Gundersen Iversen Strand Solberg Svendsen Eide "
    "Knutsen Martinsen Paulsen Bakken Kristoffersen Mathisen Lie Amundsen Nguyen Rasmussen Ali Lunde "
    "Solheim Berge Moe Nygård"
)
LAST_NAMES = tuple(_LAST_NAMES.split())
ASCII = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A"})

T = TypeVar("T", bound=BaseModel)
log = logging.getLogger("bench.dataset")


def parse(model: type[T], body: dict[str, Any]) -> T:
    """A request body as the API would parse it from JSON: the same strict types, the same refusals."""
    return model.model_validate_json(_json(body))


def _json(body: Any) -> str:
    return json.dumps(body, default=str, ensure_ascii=False)


APPOINTMENT = TypeAdapter(RepresentativeCreate)


def no_precondition(_current: BaseModel) -> None:
    """The dataset writes what it has just read: no If-Match to compare."""


# Who calls


@dataclass(frozen=True)
class Callers:
    """The principals the registry's callers would present: one per health trust (appointments), one
    per RegUt (its host trust's organisation number, scope regut), and an administrator."""

    trusts: dict[str, Principal]
    reguts: dict[str, Principal]
    admin: Principal

    @staticmethod
    def of(trusts: Iterable[HealthTrust]) -> "Callers":
        by_trust, by_region = {}, {}
        for trust in trusts:
            by_trust[trust.code] = Principal(
                f"bench-{trust.code}",
                frozenset({Scope.APPOINTMENTS}),
                trust.org_number,
                trust.code,
                trust.region_code,
            )
            if trust.hosts_regut:
                by_region[trust.region_code] = Principal(
                    f"bench-regut-{trust.region_code}",
                    frozenset({Scope.REGUT}),
                    trust.org_number,
                    trust.code,
                    trust.region_code,
                    regut_region=trust.region_code,
                )
        return Callers(by_trust, by_region, Principal("bench-admin", frozenset({Scope.ADMIN})))

    def regut(self, region: str | None) -> Principal:
        """The RegUt of `region`; an administrator acts where no RegUt is recorded (a specialty with no
        responsible RegUt, SPECIALTY-RESPONSIBLE-REGUT)."""
        return self.reguts[region] if region else self.admin


# People


@dataclass
class People:
    """Inline people with unique HPR numbers; half agree to publish their e-mail."""

    rng: random.Random
    made: int = 0

    def new(self, title: str, domain: str) -> dict[str, Any]:
        self.made += 1
        first, last = self.rng.choice(FIRST_NAMES), self.rng.choice(LAST_NAMES)
        person: dict[str, Any] = {
            "name": f"{first} {last}",
            "title": title,
            "hpr_number": str(1_000_000 + self.made),
            "email": f"{first.translate(ASCII).lower()}.{last.translate(ASCII).lower()}{self.made}@{domain}",
            "publish_email": self.rng.random() < 0.5,
        }
        if self.rng.random() < 0.6:
            person["phone"] = f"+47 9{self.rng.randrange(10_000_000):07d}"
        return person


# Terms


def terms(first_year: int, last_term_ends: bool) -> list[tuple[date, date | None]]:
    """Three terms: four years, four years, and the last one (ending after four years where the mandate
    sets fixed terms, else until further notice)."""
    return [
        (date(first_year, 1, 1), date(first_year + 3, 12, 31)),
        (date(first_year + 4, 1, 1), date(first_year + 7, 12, 31)),
        (date(first_year + 8, 1, 1), date(first_year + 11, 12, 31) if last_term_ends else None),
    ]


@dataclass
class Staffed:
    """What staffing a council left: each term's leader (person id), for the inter-regional seats."""

    leaders: list[str] = field(default_factory=list)


@dataclass
class Counts:
    calls: Counter[str] = field(default_factory=Counter)

    async def call(self, name: str, work: Awaitable[Any]) -> Any:
        self.calls[name] += 1
        return await work


class Generator:
    def __init__(self, database: Database, seed: int, today: date, now: datetime) -> None:
        self.database = database
        self.rng = random.Random(seed)
        self.people = People(random.Random(seed + 1))
        self.today, self.now = today, now
        # Nothing can be dated before the mandates began (BEFORE-ESTABLISHED), so the history starts there.
        self.first_year = max(today.year - 9, MANDATES_START.year)
        self.counts = Counts()

    # Loading what set-up established

    async def load(self) -> None:
        async with self.database.unit_of_work(write=False) as session:
            repo = Repository(session)
            trusts = await repo.all_health_trusts()
            self.callers = Callers.of(trusts)
            self.trust_domain = {t.code: f"{t.code}.example.no" for t in trusts}
            self.specialties = [s for s in await repo.all_specialties() if s.hospital_based]
            councils = await repo.all_councils()
            self.appointing = await repo.appointing_trusts_of([c.id for c in councils])
        self.regional = {(c.specialty_code, c.region_code): c for c in councils if c.kind == "regional"}
        self.interregional = {c.specialty_code: c for c in councils if c.kind == "interregional"}
        self.bodies = {c.kind: c for c in councils if c.specialty_code is None}

    async def unit(self, label: str, work: Callable[[Repository], Awaitable[None]]) -> None:
        async with self.database.unit_of_work() as session:
            await work(Repository(session))
        log.debug("%s done", label)

    # Seats

    async def appoint(
        self, repo: Repository, actor: Principal, council: Council, body: dict[str, Any]
    ) -> RepresentativePublic:
        request = APPOINTMENT.validate_json(_json(body))
        return await self.counts.call(  # type: ignore[no-any-return]
            "appoint_representative",
            seats.appoint_representative(repo, actor, council.id, request, self.today),
        )

    async def elect(self, repo: Repository, actor: Principal, council: Council, **roles: Any) -> None:
        request = parse(LeadershipElectionRequest, {k: v for k, v in roles.items() if v is not None})
        await self.counts.call(
            "elect_leadership",
            seats.elect_leadership(repo, actor, council.id, request, self.today, no_precondition),
        )

    def person(
        self, previous: dict[str, Any] | None, title: str, domain: str, reuse: float = 0.3
    ) -> dict[str, Any]:
        """The previous term's holder again (by id) with probability `reuse`, else someone new."""
        if previous is not None and self.rng.random() < reuse:
            return {"id": previous["id"]}
        return self.people.new(title, domain)

    async def staff_regional(self, repo: Repository, council: Council, responsible: str | None) -> Staffed:
        region = council.region_code
        assert region is not None
        trusts = self.appointing[council.id]
        regut = self.callers.regut(region)
        staffed = Staffed()
        holders: dict[str, dict[str, Any]] = {}
        deputies: dict[str, dict[str, Any]] = {}
        for starts_on, ends_on in terms(
            self.first_year, last_term_ends=region in ("helse-vest", "helse-midt-norge")
        ):
            members: list[RepresentativePublic] = []
            for trust in trusts:
                domain = self.trust_domain[trust]
                body: dict[str, Any] = {
                    "person": self.person(holders.get(trust), "overlege", domain),
                    "trust": trust,
                    "starts_on": starts_on.isoformat(),
                    "qualifications": self.regional_qualifications(region),
                }
                if ends_on is not None:
                    body["ends_on"] = ends_on.isoformat()
                with_deputy = {"helse-sor-ost": 1.0, "helse-nord": 0.9}.get(region, 0.4)
                if self.rng.random() < with_deputy:
                    body["deputy"] = self.person(deputies.get(trust), "overlege", domain)
                seat = await self.appoint(repo, self.callers.trusts[trust], council, body)
                holders[trust] = seat.person.model_dump(mode="json")
                if seat.deputy is not None:
                    deputies[trust] = seat.deputy.model_dump(mode="json")
                members.append(seat)
            leader, deputy_leader = self.rng.sample(members, 2)
            await self.elect(
                repo,
                regut,
                council,
                leader=str(leader.person.id),
                deputy_leader=str(deputy_leader.person.id),
                effective_on=starts_on.isoformat(),
            )
            staffed.leaders.append(str(leader.person.id))
        return staffed

    def regional_qualifications(self, region: str) -> dict[str, Any]:
        roles = [
            "local_committee_leader",
            "education_responsible_consultant",
            "education_committee_member",
            "regional_professional_council_member",
        ]
        return {
            "specialist_in_specialty": True,  # HN-SPECIALIST
            "senior_consultant": region == "helse-sor-ost"
            or self.rng.random() < 0.8,  # HSO-SENIOR-CONSULTANT
            "education_roles": self.rng.sample(roles, self.rng.choice((0, 1, 1, 2))),
        }

    async def staff_interregional(
        self, repo: Repository, council: Council, responsible: str | None, leaders: dict[str, list[str]]
    ) -> None:
        """One seat per region, held by that region's regional leader of the term (IR-FROM-REGIONAL-COUNCIL,
        IR-PREFERRED-LEADER), registered by that region's RegUt (IR-ELECTION-BY-REGUT); the trainee seat
        by the responsible RegUt; four-year terms (IR-TERM-FOUR-YEARS)."""
        competences = ["clinical_experience", "recommended_courses", "pedagogy", "research"]
        for number, (starts_on, ends_on) in enumerate(terms(self.first_year, last_term_ends=True)):
            assert ends_on is not None
            members = []
            for index, region in enumerate(REGIONS):
                body = {
                    "person": {"id": leaders[region][number]},
                    "region": region,
                    "starts_on": starts_on.isoformat(),
                    "ends_on": ends_on.isoformat(),
                    "qualifications": {
                        "specialist_in_specialty": True,
                        "senior_consultant": True,
                        "competences": [competences[index]],  # IR-COMPETENCE-MIX
                    },
                }
                members.append(await self.appoint(repo, self.callers.regut(region), council, body))
            if number < 2 or self.rng.random() < 0.8:  # IR-TRAINEE-PROPOSED: a few have none yet
                body = {
                    "person": self.people.new("LIS", "example.no"),
                    "seat": "trainee",
                    "starts_on": starts_on.isoformat(),
                    "ends_on": (starts_on + timedelta(days=2 * 365)).isoformat(),
                    "qualifications": {"trainee": True},
                }
                await self.appoint(repo, self.callers.regut(responsible), council, body)
            leader, coordinator = self.rng.sample(members, 2)
            await self.elect(
                repo,
                self.callers.regut(responsible),
                council,
                leader=str(leader.person.id),
                coordinator=str(coordinator.person.id),
                effective_on=starts_on.isoformat(),
            )

    async def staff_bodies(self, repo: Repository) -> None:
        """Helse Nord's governance bodies (seed 004): each trust's medical and HR director on the
        strategic council, its leader appointed by the RHF (an administrator); the working committee's
        RHF director, UNN's medical director and the head of RegUt; one education-coordinating doctor per
        trust on the forum, with at least a fifth of a position."""
        strategic, committee, forum = (
            self.bodies["strategic_council"],
            self.bodies["working_committee"],
            self.bodies["education_forum"],
        )
        regut = self.callers.regut("helse-nord")
        for starts_on, ends_on in terms(self.first_year, last_term_ends=False):
            start = starts_on.isoformat()
            term = {"starts_on": start} | ({"ends_on": ends_on.isoformat()} if ends_on else {})
            directors = []
            for trust in self.appointing[strategic.id]:
                for role, title in (("medical_director", "fagsjef"), ("hr_director", "HR-direktør")):
                    body = {
                        "person": self.people.new(title, self.trust_domain[trust]),
                        "role": role,
                        "trust": trust,
                        **term,
                    }
                    directors.append(await self.appoint(repo, self.callers.trusts[trust], strategic, body))
            committee_members = [
                await self.appoint(
                    repo,
                    self.callers.admin,
                    committee,
                    {
                        "person": self.people.new("fagdirektør", "helse-nord.example.no"),
                        "role": "rhf_director",
                        **term,
                    },
                ),
                await self.appoint(
                    repo,
                    self.callers.trusts["unn"],
                    committee,
                    {
                        "person": {"id": str(directors[0].person.id)},
                        "role": "medical_director",
                        "trust": "unn",
                        **term,
                    },
                ),
                await self.appoint(
                    repo,
                    regut,
                    committee,
                    {
                        "person": self.people.new("leder RegUt", "unn.example.no"),
                        "role": "regut_head",
                        **term,
                    },
                ),
            ]
            coordinators = []
            for trust in self.appointing[forum.id]:
                body = {
                    "person": self.people.new("overlege", self.trust_domain[trust]),
                    "role": "education_coordinating_doctor",
                    "trust": trust,
                    "position_share": self.rng.choice((20, 20, 30, 50)),
                    **term,
                }
                coordinators.append(await self.appoint(repo, self.callers.trusts[trust], forum, body))
            await self.elect(
                repo, self.callers.admin, strategic, leader=str(directors[0].person.id), effective_on=start
            )
            await self.elect(
                repo, regut, committee, leader=str(committee_members[0].person.id), effective_on=start
            )
            await self.elect(repo, regut, forum, leader=str(coordinators[0].person.id), effective_on=start)

    # Meetings

    async def hold_meetings(self, repo: Repository, council: Council, organiser: Principal) -> None:
        """Two meetings a year from the first year of the history to next year: past ones held, most with
        their attendance recorded; a fifth of the coming ones cancelled."""
        months = MEETING_MONTHS[council.kind]
        sitting = await repo.representatives(council.id)
        for year in range(self.first_year, self.today.year + 2):
            for number, month in enumerate(months):
                starts = datetime(year, month, self.rng.randrange(4, 26), 10, 0, tzinfo=OSLO)
                annual = number == len(months) - 1  # the year's last meeting: RegUt invited, the summary
                body: dict[str, Any] = {
                    "starts_at": starts.isoformat(),
                    "ends_at": (starts + timedelta(hours=3)).isoformat(),
                    "regut_invited": annual or council.kind == "interregional",
                    "agenda": (
                        [{"kind": "activity_summary", "title": f"Årsoppsummering {year}"}] if annual else []
                    )
                    + [{"kind": "other", "title": "Eventuelt"}],
                }
                if self.rng.random() < 0.5:
                    body["location"] = f"{council.region_code or 'Oslo'}, møterom {self.rng.randrange(1, 9)}"
                meeting = await self.counts.call(
                    "schedule_meeting",
                    meetings.schedule_meeting(
                        repo, organiser, council.id, parse(MeetingCreate, body), self.now
                    ),
                )
                if starts.astimezone(UTC) > self.now:
                    if self.rng.random() < 0.2:
                        reason = parse(MeetingCancellation, {"reason": "For få kunne møte"})
                        await self.counts.call(
                            "cancel_meeting",
                            meetings.cancel_meeting(repo, organiser, meeting.id, reason, self.now),
                        )
                elif self.rng.random() < 0.85:
                    await self.record_attendance(repo, organiser, meeting.id, starts.date(), sitting)

    async def record_attendance(
        self, repo: Repository, organiser: Principal, meeting: uuid.UUID, on: date, rows: list[Representative]
    ) -> None:
        entries = []
        for row in rows:
            if not (row.starts_on <= on and (row.ends_on is None or on <= row.ends_on)):
                continue
            draw = self.rng.random()
            if draw < 0.15 and row.deputy_person_id is not None:
                entries.append(
                    {
                        "representative": str(row.id),
                        "status": "deputy_attended",
                        "deputy": str(row.deputy_person_id),
                    }
                )
            else:
                entries.append(
                    {"representative": str(row.id), "status": "absent" if draw < 0.25 else "present"}
                )
        record = parse(AttendanceRecord, {"entries": entries, "regut_present": self.rng.random() < 0.8})
        await self.counts.call(
            "record_attendance",
            meetings.record_attendance(repo, organiser, meeting, record, self.now, no_precondition),
        )

    # Proposals

    async def raise_proposals(self, repo: Repository, plan: list[tuple[Specialty, str]]) -> None:
        for specialty, target in plan:
            await self.walk_proposal(repo, specialty, target)

    def proposal_plan(self) -> list[tuple[Specialty, str]]:
        targets = [state for state, count in PROPOSAL_STATES.items() for _ in range(count)]
        assert len(targets) == PROPOSALS
        self.rng.shuffle(targets)
        return [(self.rng.choice(self.specialties), target) for target in targets]

    async def walk_proposal(self, repo: Repository, specialty: Specialty, target: str) -> None:
        """Raise a proposal and take it along the workflow until it stands in `target`, each step by the
        one who takes it: the raiser submits (or withdraws), the responsible RegUt opens and closes the
        consultation, records the assessment, forwards, declines and records the outcome; each region's
        RegUt records its regional council's statement."""
        responsible = self.callers.regut(specialty.responsible_region_code)
        kind = self.rng.choice(("trust", "trust", "regut", "council", "person"))
        if kind == "trust":
            trust = self.rng.choice(sorted(self.callers.trusts))
            raiser, raised_by = self.callers.trusts[trust], {"kind": "trust", "trust": trust}
        elif kind == "regut":
            region = self.rng.choice(REGIONS)
            raiser, raised_by = self.callers.regut(region), {"kind": "regut", "region": region}
        elif kind == "council":
            region = self.rng.choice(REGIONS)
            council = self.regional[specialty.code, region]
            raiser, raised_by = self.callers.regut(region), {"kind": "council", "council": str(council.id)}
        else:
            raiser = self.callers.trusts[self.rng.choice(sorted(self.callers.trusts))]
            raised_by = {"kind": "person", "name": self.people.new("overlege", "example.no")["name"]}
        abbreviation = specialty.abbreviation or specialty.code[:3].upper()
        goals = sorted(
            {f"{abbreviation}-{self.rng.randrange(1, 80):03d}" for _ in range(self.rng.randrange(1, 4))}
        )
        body = {
            "specialty": specialty.code,
            "kind": self.rng.choice(("learning_goal", "explanatory_text", "learning_activity")),
            "title": f"Endre {', '.join(goals)} i {specialty.name_nb.lower()}",
            "rationale": "Dagens formulering er uklar om progresjon og veiledning.",
            "learning_goals": goals,
            "raised_by": raised_by,
        }
        if self.rng.random() < 0.3:
            body["attachments"] = [{"title": "Begrunnelse", "url": "https://example.no/forslag.pdf"}]
        created = await self.counts.call(
            "raise_proposal", proposals.raise_proposal(repo, raiser, parse(ProposalCreate, body))
        )
        proposal = created.id
        order = ["draft", "submitted", "in_consultation", "in_assessment", "assessed"]
        # Withdrawn from a state before forwarding; the other final states lie past `assessed`.
        stop = self.rng.choice(order) if target == "withdrawn" else target
        reached = order.index(stop) if stop in order else len(order) - 1

        async def step(name: str, work: Awaitable[Any]) -> None:
            await self.counts.call(name, work)

        if reached >= 1:
            await step(
                "submit", proposals.submit(repo, raiser, proposal, parse(ProposalNote, {"note": "Sendt inn"}))
            )
        if reached >= 2:
            deadline = self.today + timedelta(days=self.rng.randrange(14, 120))
            opening = parse(ConsultationOpening, {"deadline": deadline.isoformat()})
            await step(
                "open_consultation",
                proposals.open_consultation(repo, responsible, proposal, opening, self.today),
            )
            answering = REGIONS if reached >= 3 else self.rng.sample(REGIONS, self.rng.randrange(0, 4))
            for region in answering:
                statement = {
                    "council": str(self.regional[specialty.code, region].id),
                    "position": self.rng.choice(("support", "support", "oppose", "neutral")),
                    "text": f"Rådet i {region} har drøftet forslaget.",
                }
                await step(
                    "add_statement",
                    proposals.add_statement(
                        repo, self.callers.regut(region), proposal, parse(StatementCreate, statement)
                    ),
                )
        if reached >= 3:
            await step(
                "close_consultation",
                proposals.close_consultation(
                    repo, responsible, proposal, parse(ProposalNote, {}), self.today
                ),
            )
        if reached >= 4:
            assessment = {
                "professional_consequences": "Tydeligere progresjon i utdanningen.",
                "economic_consequences": "Ingen merkostnad.",
                "organisational_consequences": "Kursplanen justeres.",
                "recommendation": self.rng.choice(("adopt", "adopt_with_changes", "reject")),
            }
            await step(
                "record_assessment",
                proposals.record_assessment(repo, responsible, proposal, parse(AssessmentRecord, assessment)),
            )
        if target == "withdrawn":
            await step(
                "withdraw",
                proposals.withdraw(repo, raiser, proposal, parse(ProposalNote, {"note": "Trukket"})),
            )
        elif target in ("forwarded", "decided"):
            await step(
                "forward",
                proposals.forward(
                    repo, responsible, proposal, parse(ProposalNote, {"note": "Til Helsedirektoratet"})
                ),
            )
            if target == "decided":
                outcome = {
                    "outcome": self.rng.choice(("adopted", "adopted_with_changes", "rejected")),
                    "decided_on": self.today.isoformat(),
                    "reference": f"{self.today.year % 100}/{self.rng.randrange(1000, 9999)}",
                }
                await step(
                    "record_outcome",
                    proposals.record_outcome(repo, responsible, proposal, parse(OutcomeRecord, outcome)),
                )
        elif target == "declined":
            await step(
                "decline",
                proposals.decline(
                    repo, responsible, proposal, parse(Decline, {"reason": "Dekkes av gjeldende mål."})
                ),
            )

    # The whole

    async def generate(self) -> None:
        await self.load()
        started = time.monotonic()
        for number, specialty in enumerate(self.specialties, 1):

            async def staff(repo: Repository, specialty: Specialty = specialty) -> None:
                responsible = specialty.responsible_region_code
                leaders = {}
                for region in REGIONS:
                    council = self.regional[specialty.code, region]
                    leaders[region] = (await self.staff_regional(repo, council, responsible)).leaders
                interregional = self.interregional[specialty.code]
                await self.staff_interregional(repo, interregional, responsible, leaders)
                for region in REGIONS:
                    await self.hold_meetings(
                        repo, self.regional[specialty.code, region], self.callers.regut(region)
                    )
                await self.hold_meetings(repo, interregional, self.callers.regut(responsible))

            await self.unit(specialty.code, staff)
            progress(
                f"  {number}/{len(self.specialties)} specialties staffed ({time.monotonic() - started:.0f} s)"
            )

        async def bodies(repo: Repository) -> None:
            await self.staff_bodies(repo)
            for body in self.bodies.values():
                await self.hold_meetings(repo, body, self.callers.regut("helse-nord"))

        await self.unit("governance bodies", bodies)
        plan = self.proposal_plan()
        for start in range(0, len(plan), 50):
            await self.unit(
                "proposals", lambda repo, batch=plan[start : start + 50]: self.raise_proposals(repo, batch)
            )
        progress(f"  governance bodies and {len(plan)} proposals done ({time.monotonic() - started:.0f} s)")


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


async def summary(database: Database) -> dict[str, Any]:
    """What the database holds now."""
    async with database.unit_of_work(write=False) as session:

        async def count(table: Any, *where: Any) -> int:
            return int(await session.scalar(select(func.count()).select_from(table).where(*where)) or 0)

        statuses = dict(
            (await session.execute(select(Proposal.status, func.count()).group_by(Proposal.status))).all()
        )
        return {
            "councils": await count(Council),
            "representatives": await count(Representative),
            "people": await count(Person),
            "people_publishing_email": await count(Person, Person.publish_email),
            "leadership_elections": await count(LeadershipElection),
            "meetings": await count(Meeting),
            "meetings_cancelled": await count(Meeting, Meeting.cancelled_at.is_not(None)),
            "meetings_with_attendance": await count(Meeting, Meeting.held_recorded_at.is_not(None)),
            "attendance_entries": await count(MeetingAttendance),
            "proposals": await count(Proposal),
            "proposals_by_status": {status: int(n) for status, n in sorted(statuses.items())},
            "audit_entries": await count(AuditEntry),
            "outbox_events": await count(OutboxEvent),
        }


ROOT = Path(__file__).resolve().parent.parent


def refuse_test(name: str) -> None:
    if name == "test" or not name.startswith("bench"):
        raise SystemExit(f"{name}: the benchmark's databases are named bench or bench_…, never test")


async def admin(postgres: str) -> asyncpg.Connection:
    return await asyncpg.connect(f"{postgres.rstrip('/')}/postgres")


async def recreate_database(postgres: str, name: str, template: str | None = None) -> None:
    """Drop `name` and create it again, empty or as a copy of `template` (PostgreSQL copies the files:
    seconds, where generating takes minutes)."""
    refuse_test(name)
    connection = await admin(postgres)
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        copy = f' TEMPLATE "{template}"' if template else ""
        await connection.execute(f'CREATE DATABASE "{name}"{copy}')
    finally:
        await connection.close()


def service_url(postgres: str, name: str) -> str:
    return f"{postgres.rstrip('/')}/{name}".replace("postgresql://", "postgresql+asyncpg://", 1)


def dataset_key(seed: int, today: date) -> str:
    """What a generated dataset depends on: the seed, the day (terms and meetings are placed around
    it), the schema (the migrations), the reference data and this generator. Not the rest of the
    service's code: data one version wrote is data the next one reads, as in production."""
    digest = hashlib.sha256(f"{seed}\n{today.isoformat()}\n".encode())
    sources = sorted((ROOT / "alembic" / "versions").glob("*.py"))
    sources += [*sorted((ROOT / "app" / "storage" / "reference").glob("*.csv")), Path(__file__)]
    for source in sources:
        digest.update(source.name.encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()[:12]


async def kept_summary(postgres: str, template: str) -> dict[str, Any] | None:
    """The summary a kept copy of the dataset was stored with, or None when there is none."""
    connection = await admin(postgres)
    try:
        comment = await connection.fetchval(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = $1", template
        )
    finally:
        await connection.close()
    return json.loads(comment) if comment else None


async def keep(postgres: str, name: str, template: str, result: dict[str, Any]) -> None:
    """Keep a copy of the fresh dataset as `template` (dropping older copies), its summary as the
    database's comment."""
    prefix = template.rsplit("_", 1)[0] + "_"
    connection = await admin(postgres)
    try:
        older = await connection.fetch(
            "SELECT datname FROM pg_database WHERE starts_with(datname, $1)", prefix
        )
        for row in older:
            await connection.execute(f'DROP DATABASE IF EXISTS "{row["datname"]}" WITH (FORCE)')
        await connection.execute(f'CREATE DATABASE "{template}" TEMPLATE "{name}"')
        comment = _json(result).replace("'", "''")
        await connection.execute(f"COMMENT ON DATABASE \"{template}\" IS '{comment}'")
    finally:
        await connection.close()


async def build(postgres: str, name: str, seed: int, *, fresh: bool = False) -> dict[str, Any]:
    """Make `name` hold the dataset of `seed`; answer its summary (with the seconds it took).

    A dataset generated once is kept as `<name>_dataset_<key>` (`dataset_key`), and a later build on
    the same day, with the same schema, reference data and generator, copies it instead of generating
    it again (unless `fresh`): every run starts from the same pristine data."""
    started = time.monotonic()
    refuse_test(name)
    template = f"{name}_dataset_{dataset_key(seed, today_in_oslo())}"
    kept = None if fresh else await kept_summary(postgres, template)
    if kept is not None:
        await recreate_database(postgres, name, template)
        return kept | {"copied_from": template, "seconds": round(time.monotonic() - started, 1)}
    await recreate_database(postgres, name)
    settings = Settings(database_url=service_url(postgres, name), auto_setup=False, _env_file=None)
    database = Database(settings)
    try:
        await set_up(settings, database)
        progress(f"database {name} recreated and set up ({time.monotonic() - started:.0f} s); generating …")
        generator = Generator(database, seed, today_in_oslo(), datetime.now(UTC))
        await generator.generate()
        result = await summary(database)
    finally:
        await database.dispose()
    result["service_calls"] = dict(sorted(generator.counts.calls.items()))
    result["seconds"] = round(time.monotonic() - started, 1)
    result["generated_seconds"] = result["seconds"]
    result["seed"] = seed
    await keep(postgres, name, template, result)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--postgres", default=DEFAULT_POSTGRES, help="the server, without a database")
    parser.add_argument("--database", default="bench", help="dropped and recreated: never the test database")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--fresh", action="store_true", help="generate it even if a copy is kept")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    result = asyncio.run(build(args.postgres, args.database, args.seed, fresh=args.fresh))
    print(_json(result))


if __name__ == "__main__":
    main()
