"""A council's annual activity summary (*oppsummering av rådets aktiviteter*): what a Helse Nord council
presents when RegUt attends its yearly meeting (000 *Møtefrekvens*, HN-REGUT-ANNUAL) and what every
council reports to RegUt (002 §4), built from what the registry holds about its year.

The year is read in Norway's calendar, as the meeting rules read it, and judged on `as_of`: 31 December
of a year that is over, today while it runs. The meetings, seats and elections come from the snapshot
the compliance report is built from (`compliance.council_snapshot`), so the summary's findings and its
meetings are the same meetings. Where a consultation stands is told as it stands today: one opened in
December may be answered in January.
"""

import uuid
from collections.abc import Iterable
from datetime import date, datetime

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from app.clock import OSLO, date_in_oslo
from app.contract.activity import (
    ActivitySummary,
    AssessmentGiven,
    CancelledMeeting,
    CompositionChange,
    CompositionChangeKind,
    ConsultationAnswer,
    ConsultationOutcome,
    HeldMeeting,
    LeadershipChange,
    MeetingsOfTheYear,
    RaisedProposal,
    ScheduledMeeting,
    SeatAttendance,
    SummaryCouncil,
    SummaryPerson,
)
from app.contract.seats import FindingPublic
from app.domain.leadership import ROLES
from app.domain.meetings import AttendanceStatus
from app.domain.proposals import Action, Position, ProposalKind, ProposalStatus, Recommendation
from app.domain.seats import SeatKind, Term
from app.domain.values import CouncilKind
from app.services.common import council_or_not_found
from app.services.compliance import Snapshot, council_snapshot, report_from_snapshot
from app.services.errors import invalid
from app.services.meetings import meeting_view
from app.services.texts import Language
from app.services.views import council_view
from app.services.wording import Names, Wording
from app.storage.paging import MAX_LIMIT, PageRequest
from app.storage.repository import Repository, SeatRecord, election_value, meeting_value
from app.storage.tables import (
    Council,
    Meeting,
    MeetingAttendance,
    Person,
    Proposal,
    ProposalTransition,
)


async def activity_summary(
    repo: Repository, council_id: uuid.UUID, year: int | None, now: datetime
) -> ActivitySummary:
    """The council's `year` (default this year in Norway): a year not begun yet is refused (it has
    nothing to summarise); a year before the council was registered is summarised from what is recorded
    for it, usually nothing."""
    council = await council_or_not_found(repo, council_id)
    today = date_in_oslo(now)
    year = today.year if year is None else year
    if year > today.year:
        raise invalid(
            f"{year} has not begun: the summary covers {today.year} so far, or an earlier year",
            parameter="year",
        )
    year_over = year < today.year
    as_of = date(year, 12, 31) if year_over else today
    first_day = date(year, 1, 1)
    snapshot = await council_snapshot(repo, council, year)
    seats = snapshot.seats[council.id]
    meetings = snapshot.meetings[council.id]
    attendance = await repo.attendance([m.id for m in meetings])
    people = await _people(repo, snapshot, seats, attendance, council)
    held = [m for m in meetings if meeting_value(m).held_by(now)]
    held_ids = {m.id for m in held}
    sitting = sorted(
        (s for s in seats if _term(s).overlaps(Term(first_day, as_of))),
        key=lambda s: (s.starts_on, people.get(s.person_id, ""), str(s.id)),
    )
    consultations: list[ConsultationAnswer] = []
    assessments: list[AssessmentGiven] = []
    raised: list[RaisedProposal] = []
    if council.kind in (CouncilKind.REGIONAL.value, CouncilKind.INTERREGIONAL.value):
        proposals = await _proposals_of_the_year(repo, council.specialty_code, first_day)
        raised = _raised(council, proposals, first_day, as_of)
        if council.kind == CouncilKind.REGIONAL.value:
            consultations = await _consultations(repo, council, proposals, first_day, as_of, today)
        else:
            assessments = _assessments(proposals, first_day, as_of)
    return ActivitySummary(
        council=await _council(repo, council),
        year=year,
        as_of=as_of,
        year_over=year_over,
        meetings=MeetingsOfTheYear(
            held=[_held(m, attendance, now) for m in held],
            cancelled=[
                CancelledMeeting(
                    id=m.id, starts_at=m.starts_at, cancelled_at=m.cancelled_at, reason=m.cancel_reason
                )
                for m in meetings
                if m.cancelled_at is not None
            ],
            scheduled=[
                ScheduledMeeting(
                    id=view.id,
                    starts_at=view.starts_at,
                    format=view.format,
                    regut_invited=view.regut_invited,
                    agenda=view.agenda,
                )
                for m in meetings
                if m.cancelled_at is None and m.id not in held_ids
                for view in [meeting_view(m, None, now, full=False)]
            ],
        ),
        attendance=[_seat_attendance(s, held, attendance, people) for s in sitting],
        consultations=consultations,
        assessments=assessments,
        raised_proposals=raised,
        composition_changes=_composition_changes(seats, people, first_day, as_of),
        leadership_changes=_leadership_changes(snapshot, council, people, first_day, as_of),
        compliance=report_from_snapshot(snapshot, council, as_of, year, now),
    )


def _term(seat: SeatRecord) -> Term:
    return Term(seat.starts_on, seat.ends_on)


async def _council(repo: Repository, council: Council) -> SummaryCouncil:
    view = council_view(council)
    specialty = await repo.specialty(council.specialty_code) if council.specialty_code else None
    region = await repo.region(council.region_code) if council.region_code else None
    return SummaryCouncil(
        id=view.id,
        name=view.name,
        kind=view.kind,
        region=view.region,
        region_name=region.name if region else None,
        specialty=view.specialty,
        specialty_name=specialty.name_nb if specialty else None,
        profile=view.profile,
        established_on=view.established_on,
        dissolved_on=view.dissolved_on,
    )


async def _people(
    repo: Repository,
    snapshot: Snapshot,
    seats: list[SeatRecord],
    attendance: list[MeetingAttendance],
    council: Council,
) -> dict[uuid.UUID, str]:
    """Person id → name for everyone the summary names: the snapshot knows the seats' holders and their
    deputies today; a deputy who attended before being replaced, or a leader whose seat was withdrawn,
    is looked up (one query)."""
    wanted: set[uuid.UUID] = {s.person_id for s in seats}
    wanted |= {a.deputy_person_id for a in attendance if a.deputy_person_id}
    for election in snapshot.elections[council.id]:
        wanted |= {p for p in (election.leader_id, election.deputy_leader_id, election.coordinator_id) if p}
    names = {i: snapshot.names[str(i)] for i in wanted if str(i) in snapshot.names}
    missing: dict[uuid.UUID, Person] = await repo.people_by_id(wanted - names.keys())
    return names | {i: p.name for i, p in missing.items()}


def _person(people: dict[uuid.UUID, str], person_id: uuid.UUID) -> SummaryPerson:
    return SummaryPerson(id=person_id, name=people.get(person_id, "(ukjent)"))


def _held(row: Meeting, attendance: list[MeetingAttendance], now: datetime) -> HeldMeeting:
    view = meeting_view(row, [a for a in attendance if a.meeting_id == row.id], now, full=True)
    return HeldMeeting(
        id=view.id,
        starts_at=view.starts_at,
        ends_at=view.ends_at,
        format=view.format,
        location=view.location,
        regut_invited=view.regut_invited,
        regut_present=view.attendance.regut_present if view.attendance else None,
        agenda=view.agenda,
        attendance=view.attendance,
        minutes_recorded=view.minutes is not None,
    )


def _seat_attendance(
    seat: SeatRecord,
    held: list[Meeting],
    attendance: list[MeetingAttendance],
    people: dict[uuid.UUID, str],
) -> SeatAttendance:
    """ATTENDANCE-DEPUTY-SUBSTITUTES: a seat is filled by its representative, or by the deputy in their
    place, at each held meeting on a day of its term (the day in Norway, as attendance is recorded)."""
    term = _term(seat)
    meetings = [m for m in held if term.covers(date_in_oslo(m.starts_at))]
    entries = {a.meeting_id: a for a in attendance if a.representative_id == seat.id}
    statuses = [AttendanceStatus(entries[m.id].status) if m.id in entries else None for m in meetings]
    deputies = sorted(
        {
            entries[m.id].deputy_person_id
            for m in meetings
            if m.id in entries and entries[m.id].deputy_person_id is not None
        },
        key=lambda person_id: (people.get(person_id, ""), str(person_id)),
    )
    return SeatAttendance(
        representative_id=seat.id,
        person=_person(people, seat.person_id),
        seat=SeatKind(seat.seat),
        trust=seat.trust_code,
        region=seat.region_code,
        starts_on=seat.starts_on,
        ends_on=seat.ends_on,
        meetings=len(meetings),
        present=statuses.count(AttendanceStatus.PRESENT),
        deputy_attended=statuses.count(AttendanceStatus.DEPUTY_ATTENDED),
        deputies=[_person(people, d) for d in deputies if d is not None],
        absent=statuses.count(AttendanceStatus.ABSENT),
        not_recorded=statuses.count(None),
    )


def _composition_changes(
    seats: list[SeatRecord], people: dict[uuid.UUID, str], first_day: date, as_of: date
) -> list[CompositionChange]:
    changes = [
        CompositionChange(
            on=on,
            change=change,
            representative_id=seat.id,
            person=_person(people, seat.person_id),
            seat=SeatKind(seat.seat),
            trust=seat.trust_code,
            region=seat.region_code,
            starts_on=seat.starts_on,
            ends_on=seat.ends_on,
            end_reason=seat.end_reason,
        )
        for seat in seats
        for change, on in (
            (CompositionChangeKind.STARTED, seat.starts_on),
            (CompositionChangeKind.ENDED, seat.ends_on),
        )
        if on is not None and first_day <= on <= as_of
    ]
    # On one day, who joined before who left: a term's last day is a day its holder still sat, so the
    # council read on that day is the joiners and the leavers together, and the newcomers come first.
    order = {CompositionChangeKind.STARTED: 0, CompositionChangeKind.ENDED: 1}
    return sorted(changes, key=lambda c: (c.on, order[c.change], c.person.name, str(c.representative_id)))


def _leadership_changes(
    snapshot: Snapshot, council: Council, people: dict[uuid.UUID, str], first_day: date, as_of: date
) -> list[LeadershipChange]:
    """Each role whose holder an election effective in the year changed, against the election before it
    (ending a leader's seat records one too: the role falls vacant the day after, LEADER-NOTIFIED)."""
    changes: list[LeadershipChange] = []
    previous = None
    for election in (election_value(e) for e in snapshot.elections[council.id]):
        if first_day <= election.effective_on <= as_of:
            for role in ROLES:
                now_held: str | None = getattr(election, role)
                before: str | None = getattr(previous, role) if previous else None
                if now_held != before:
                    changes.append(
                        LeadershipChange(
                            effective_on=election.effective_on,
                            role=role,
                            person=_person(people, uuid.UUID(now_held)) if now_held else None,
                            previous=_person(people, uuid.UUID(before)) if before else None,
                        )
                    )
        previous = election
    return changes


async def _proposals_of_the_year(
    repo: Repository, specialty: str, first_day: date
) -> list[tuple[Proposal, list[ProposalTransition]]]:
    """The specialty's proposals that may have had a consultation opened or an assessment recorded in
    the year, with their history: a consultation deadline not before the year (it is set on opening, and
    after the opening day), or an assessment changed since the year began."""
    proposals: list[Proposal] = []
    cursor: str | None = None
    while True:
        page = await repo.proposals(PageRequest(limit=MAX_LIMIT, cursor=cursor), specialty=specialty)
        proposals += page.items
        cursor = page.next_cursor
        if cursor is None:
            break
    candidates = [
        p
        for p in proposals
        if (p.consultation_deadline is not None and p.consultation_deadline >= first_day)
        or (p.assessment is not None and date_in_oslo(p.updated_at) >= first_day)
        or _raised_by_council(p) is not None
    ]
    history = await repo.transitions_of([p.id for p in candidates])
    return [(p, history[p.id]) for p in candidates]


def _raised_by_council(proposal: Proposal) -> str | None:
    raiser = proposal.raised_by
    return str(raiser.get("council")) if raiser.get("kind") == "council" else None


def _raised(
    council: Council,
    proposals: list[tuple[Proposal, list[ProposalTransition]]],
    first_day: date,
    as_of: date,
) -> list[RaisedProposal]:
    """The proposals the council itself raised that were raised in the year or moved on in it (a
    proposal raised last year and decided this year is part of this year's work), each where it stands."""
    raised = []
    for proposal, transitions in proposals:
        if _raised_by_council(proposal) != str(council.id):
            continue
        raised_on = date_in_oslo(proposal.created_at)
        moved = [date_in_oslo(t.occurred_at) for t in transitions]
        if raised_on > as_of or not (raised_on >= first_day or any(first_day <= d <= as_of for d in moved)):
            continue
        raised.append(
            RaisedProposal(
                proposal_id=proposal.id,
                title=proposal.title,
                kind=ProposalKind(proposal.kind),
                raised_on=raised_on,
                status=ProposalStatus(proposal.status),
            )
        )
    return sorted(raised, key=lambda r: (r.raised_on, r.title, str(r.proposal_id)))


def _first(
    transitions: Iterable[ProposalTransition], action: Action, from_status: str | None = None
) -> date | None:
    return next(
        (
            date_in_oslo(t.occurred_at)
            for t in transitions
            if t.action == action and (from_status is None or t.from_status == from_status)
        ),
        None,
    )


async def _consultations(
    repo: Repository,
    council: Council,
    proposals: list[tuple[Proposal, list[ProposalTransition]]],
    first_day: date,
    as_of: date,
    today: date,
) -> list[ConsultationAnswer]:
    """CONSULTATION-ANSWERED: each consultation opened in the year, unless the council had been dissolved
    by then, and whether the council answered it (002 §3)."""
    asked: list[tuple[Proposal, date, date | None]] = []
    for proposal, transitions in proposals:
        opened_on = _first(transitions, Action.OPEN_CONSULTATION)
        if proposal.consultation_deadline is None or opened_on is None or not first_day <= opened_on <= as_of:
            continue
        if council.dissolved_on is not None and council.dissolved_on < opened_on:
            continue
        withdrawn_on = _first(transitions, Action.WITHDRAW, ProposalStatus.IN_CONSULTATION.value)
        asked.append((proposal, opened_on, withdrawn_on))
    statements = {
        s.proposal_id: s
        for s in await repo.statements([p.id for p, _, _ in asked])
        if s.council_id == council.id
    }
    answers = []
    for proposal, opened_on, withdrawn_on in asked:
        deadline = proposal.consultation_deadline
        assert deadline is not None  # kept above: an opened consultation has one
        statement = statements.get(proposal.id)
        if statement is not None:
            outcome = ConsultationOutcome.ANSWERED
        elif withdrawn_on is not None and withdrawn_on <= deadline:
            outcome = ConsultationOutcome.WITHDRAWN
        elif proposal.status == ProposalStatus.IN_CONSULTATION.value and today <= deadline:
            outcome = ConsultationOutcome.PENDING
        else:
            outcome = ConsultationOutcome.MISSED
        answers.append(
            ConsultationAnswer(
                proposal_id=proposal.id,
                title=proposal.title,
                kind=ProposalKind(proposal.kind),
                opened_on=opened_on,
                deadline=deadline,
                outcome=outcome,
                position=Position(statement.position) if statement else None,
                answered_on=date_in_oslo(statement.recorded_at) if statement else None,
            )
        )
    return sorted(answers, key=lambda a: (a.opened_on, a.deadline, a.title, str(a.proposal_id)))


def _assessments(
    proposals: list[tuple[Proposal, list[ProposalTransition]]], first_day: date, as_of: date
) -> list[AssessmentGiven]:
    """ASSESSMENT-BY-IR-COUNCIL: the assessments the inter-regional council recorded in the year (001)."""
    given = []
    for proposal, transitions in proposals:
        assessed_on = _first(reversed(transitions), Action.RECORD_ASSESSMENT)
        if proposal.assessment is None or assessed_on is None or not first_day <= assessed_on <= as_of:
            continue
        given.append(
            AssessmentGiven(
                proposal_id=proposal.id,
                title=proposal.title,
                kind=ProposalKind(proposal.kind),
                recommendation=Recommendation(proposal.assessment["recommendation"]),
                assessed_on=assessed_on,
                proposal_status=ProposalStatus(proposal.status),
            )
        )
    return sorted(given, key=lambda a: (a.assessed_on, a.title, str(a.proposal_id)))


# The printable page (`GET …/activity-summary.html`), in the reader's language (Norwegian unless asked for
# English). Rendered from a template with autoescaping: every name, title and reason in it was typed by
# someone.
PAGES = Environment(
    loader=PackageLoader("app", "templates"),
    autoescape=select_autoescape(("html",), default=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)

ATTENDANCE_MARKS = {
    AttendanceStatus.PRESENT: ("✓", "present", "present"),
    AttendanceStatus.DEPUTY_ATTENDED: ("V", "deputy", "deputy_attended"),
    AttendanceStatus.ABSENT: ("F", "absent", "absent"),
    None: ("?", "unrecorded", "unrecorded"),
}
"""A seat's cell in the attendance grid: its mark, its CSS class and the label of what it says."""
NOT_SITTING = ("", "off", "off")
WORST_FIRST = {"violation": 0, "advice": 1, "pending": 2, "ok": 3}


async def page_names(
    repo: Repository, trust_codes: set[str], summary: ActivitySummary | None = None
) -> Names:
    """The names of the trusts and regions a page shows, and of the seats and proposals its findings
    are about."""
    trusts = {code: trust.name for code, trust in (await repo.health_trusts_by_code(trust_codes)).items()}
    regions = {region.code: region.name for region in await repo.all_regions()}
    if summary is None:
        return Names(trusts=trusts, regions=regions)
    seats = {s.representative_id: s.person.name for s in summary.attendance} | {
        c.representative_id: c.person.name for c in summary.composition_changes
    }
    proposals = {c.proposal_id: c.title for c in summary.consultations}
    return Names(trusts=trusts, regions=regions, seats=seats, proposals=proposals)


def finding_trusts(findings: Iterable[FindingPublic]) -> set[str]:
    codes = {
        f.subject.removeprefix("trust:").partition("/")[0] for f in findings if f.subject.startswith("trust:")
    }
    return codes | {str(f.params["trust"]) for f in findings if "trust" in f.params}


async def activity_summary_page(repo: Repository, summary: ActivitySummary, language: Language) -> str:
    """The summary as a printable HTML page (A4, no scripts, nothing fetched from elsewhere)."""
    trust_codes = (
        {s.trust for s in summary.attendance if s.trust}
        | {c.trust for c in summary.composition_changes if c.trust}
        | finding_trusts(summary.compliance.findings)
    )
    words = Wording(language, await page_names(repo, trust_codes, summary))
    grid = []
    for seat in summary.attendance:
        term = Term(seat.starts_on, seat.ends_on)
        cells = []
        for meeting in summary.meetings.held:
            if not term.covers(meeting.starts_at.astimezone(OSLO).date()):
                cells.append(NOT_SITTING)
                continue
            entries = {e.representative: e for e in meeting.attendance.entries} if meeting.attendance else {}
            entry = entries.get(seat.representative_id)
            cells.append(ATTENDANCE_MARKS[entry.status if entry else None])
        grid.append((seat, cells))
    findings = sorted(
        summary.compliance.findings,
        key=lambda f: (WORST_FIRST[f.status], f.rule, words.subject(f.subject)),
    )
    counts = {status: sum(f.status == status for f in findings) for status in WORST_FIRST}
    return PAGES.get_template("activity_summary.html").render(
        summary=summary,
        w=words,
        t=words.page,
        grid=grid,
        marks=[*ATTENDANCE_MARKS.values(), NOT_SITTING],
        findings=findings,
        counts=counts,
        answered=sum(c.outcome == ConsultationOutcome.ANSWERED for c in summary.consultations),
    )
