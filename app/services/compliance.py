"""Compliance: composition, leadership and meeting findings, for one council or every council.

Both answers are built from one `Snapshot`, loaded with a fixed number of queries however many councils
it covers: the national overview of ~220 councils costs what one council's report costs.
"""

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from app.clock import OSLO, date_in_oslo, start_of_day_in_oslo
from app.contract.common import rule_url
from app.contract.compliance import (
    ComplianceSummary,
    CouncilCompliance,
    NationalCompliance,
)
from app.contract.seats import ComplianceReport, FindingPublic
from app.domain.compliance import Composition, Finding, Status, composition_findings
from app.domain.leadership import Leadership, leadership_in_force
from app.domain.meetings import meeting_findings
from app.domain.profiles import profile_for
from app.domain.proposals import OpenConsultation, consultation_findings
from app.domain.seats import Seat
from app.domain.values import CouncilKind
from app.services.common import council_or_not_found
from app.services.views import council_view
from app.storage.repository import (
    ElectionRecord,
    Repository,
    SeatRecord,
    council_key,
    election_value,
    meeting_value,
    seat_value,
)
from app.storage.tables import Council, Meeting, Proposal

WORST_FIRST = (Status.VIOLATION, Status.ADVICE, Status.PENDING, Status.OK)


@dataclass(frozen=True)
class Snapshot:
    """Councils with everything their findings need, by council id."""

    councils: dict[uuid.UUID, Council]
    seats: dict[uuid.UUID, list[SeatRecord]]
    elections: dict[uuid.UUID, list[ElectionRecord]]
    appointing_trusts: dict[uuid.UUID, list[str]]
    meetings: dict[uuid.UUID, list[Meeting]]
    names: dict[str, str]
    """Person id → name, for the findings' messages."""
    consultations: dict[str, list[tuple[Proposal, set[uuid.UUID]]]]
    """Specialty → its open consultations, each with the councils that have answered."""
    _seat_values: dict[uuid.UUID, list[Seat]] = field(default_factory=dict)
    _leadership: dict[tuple[uuid.UUID, date], Leadership | None] = field(default_factory=dict)

    def seat_values(self, council_id: uuid.UUID) -> list[Seat]:
        """The council's seats as the rules see them, made once: an inter-regional council's findings
        read its regional councils' too, and the national overview reads every council."""
        if council_id not in self._seat_values:
            self._seat_values[council_id] = [seat_value(r) for r in self.seats[council_id]]
        return self._seat_values[council_id]

    def leadership(self, council_id: uuid.UUID, on: date) -> Leadership | None:
        if (council_id, on) not in self._leadership:
            history = [election_value(e) for e in self.elections[council_id]]
            self._leadership[(council_id, on)] = leadership_in_force(
                history, self.seat_values(council_id), on
            )
        return self._leadership[(council_id, on)]


async def load_snapshot(repo: Repository, councils: list[Council], year: int) -> Snapshot:
    ids = [c.id for c in councils]
    seats: dict[uuid.UUID, list[SeatRecord]] = defaultdict(list)
    every_seat = await repo.representatives_of(ids)
    for seat in every_seat:
        seats[seat.council_id].append(seat)
    elections: dict[uuid.UUID, list[ElectionRecord]] = defaultdict(list)
    for election in sorted(await repo.elections_of(ids), key=lambda e: e.effective_on):
        elections[election.council_id].append(election)
    meetings: dict[uuid.UUID, list[Meeting]] = defaultdict(list)
    for meeting in await repo.meetings(
        ids,
        starting_from=start_of_day_in_oslo(date(year, 1, 1)),
        starting_before=start_of_day_in_oslo(date(year + 1, 1, 1)),
    ):
        meetings[meeting.council_id].append(meeting)
    return Snapshot(
        councils={c.id: c for c in councils},
        seats=seats,
        elections=elections,
        appointing_trusts=await repo.appointing_trusts_of(ids),
        meetings=meetings,
        names={str(i): name for i, name in (await repo.names_of_seats(every_seat)).items()},
        consultations=await _open_consultations(repo, {c.specialty_code for c in councils}),
    )


async def _open_consultations(
    repo: Repository, specialties: set[str]
) -> dict[str, list[tuple[Proposal, set[uuid.UUID]]]]:
    proposals = await repo.open_consultations(specialties)
    answered: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for statement in await repo.statements([p.id for p in proposals]):
        answered[statement.proposal_id].add(statement.council_id)
    consultations: dict[str, list[tuple[Proposal, set[uuid.UUID]]]] = defaultdict(list)
    for proposal in proposals:
        consultations[proposal.specialty_code].append((proposal, answered[proposal.id]))
    return consultations


def _composition(snapshot: Snapshot, council: Council, on: date) -> list[Finding]:
    key = council_key(council)
    composition = Composition(
        kind=key.kind,
        profile=profile_for(key.kind, key.region),
        seats=snapshot.seat_values(council.id),
        leadership=snapshot.leadership(council.id, on),
        names=snapshot.names,
    )
    if key.kind is not CouncilKind.INTERREGIONAL:
        composition = replace(composition, appointing_trusts=snapshot.appointing_trusts.get(council.id, []))
    else:
        regional = [
            c
            for c in snapshot.councils.values()
            if c.kind == CouncilKind.REGIONAL.value
            and c.specialty_code == council.specialty_code
            and (c.dissolved_on is None or c.dissolved_on >= on)
        ]
        leaders: dict[str, str | None] = {}
        for regional_council in regional:
            current = snapshot.leadership(regional_council.id, on)
            leaders[regional_council.region_code or ""] = current.leader if current else None
        composition = replace(
            composition,
            regions_with_regional_council=sorted(c.region_code for c in regional if c.region_code),
            regional_leaders=leaders,
        )
    return composition_findings(composition, on)


def _findings(snapshot: Snapshot, council: Council, on: date, year: int, now: datetime) -> list[Finding]:
    profile = profile_for(council_key(council).kind, council.region_code)
    meetings = [meeting_value(m) for m in snapshot.meetings[council.id]]
    # BEFORE-ESTABLISHED: a day or a period before the council existed asks nothing of it.
    composition = _composition(snapshot, council, on) if on >= council.established_on else []
    findings = composition + meeting_findings(
        profile,
        meetings,
        year,
        now=now,
        zone=OSLO,
        established_on=council.established_on,
        dissolved_on=council.dissolved_on,
    )
    if council.kind == CouncilKind.REGIONAL.value and council.dissolved_on is None:
        # CONSULTATION-ANSWERED: each consultation open now that the council has been asked in.
        consultations = [
            OpenConsultation(str(p.id), p.consultation_deadline, council.id in answered, p.title)
            for p, answered in snapshot.consultations.get(council.specialty_code, [])
            if p.consultation_deadline is not None
        ]
        findings += consultation_findings(consultations, date_in_oslo(now))
    return findings


def _public(findings: list[Finding]) -> list[FindingPublic]:
    return [
        FindingPublic(
            rule=f.rule,
            type=rule_url(f.rule),
            severity=f.severity,
            status=f.status,
            subject=f.subject,
            message=f.message,
            params={name: list(v) if isinstance(v, tuple) else v for name, v in f.params.items()},
        )
        for f in findings
    ]


def _worst(findings: list[Finding]) -> Status:
    statuses = {f.status for f in findings}
    return next((s for s in WORST_FIRST if s in statuses), Status.OK)


def unchanged_until(snapshot: Snapshot, now: datetime) -> datetime | None:
    """Until when findings built from `snapshot` at `now` hold without a write: the next start of a
    meeting of the year, which counts as held from then on. Periods end, and consultation deadlines
    pass, at midnight in Norway, where a kept answer ends anyway; None: nothing changes before it."""
    starts = (
        meeting.starts_at
        for meetings in snapshot.meetings.values()
        for meeting in meetings
        if meeting.cancelled_at is None and meeting.starts_at > now
    )
    return min(starts, default=None)


async def compliance_report_kept(
    repo: Repository, council_id: uuid.UUID, on: date, year: int, now: datetime
) -> tuple[ComplianceReport, datetime | None]:
    """A council's findings: composition and leadership on `on`, meetings in `year`; and until when
    they hold unless the data changes (`unchanged_until`)."""
    council = await council_or_not_found(repo, council_id)
    snapshot = await council_snapshot(repo, council, year)
    return report_from_snapshot(snapshot, council, on, year, now), unchanged_until(snapshot, now)


async def national_compliance(
    repo: Repository,
    *,
    region: str | None,
    kind: CouncilKind | None,
    status: Status | None,
    on: date,
    year: int,
    now: datetime,
) -> NationalCompliance:
    """Every council's findings (those of `region` and `kind`), and how many councils stand where;
    `status` keeps the councils whose worst finding is that status."""
    overview, _ = await national_compliance_kept(
        repo, region=region, kind=kind, status=status, on=on, year=year, now=now
    )
    return overview


async def national_compliance_kept(
    repo: Repository,
    *,
    region: str | None,
    kind: CouncilKind | None,
    status: Status | None,
    on: date,
    year: int,
    now: datetime,
) -> tuple[NationalCompliance, datetime | None]:
    """`national_compliance`, and until when it holds unless the data changes (`unchanged_until`)."""
    every_council = await repo.all_councils()
    snapshot = await load_snapshot(repo, every_council, year)
    reports = []
    for council in every_council:
        if (region is not None and council.region_code != region) or (
            kind is not None and council.kind != kind
        ):
            continue
        findings = _findings(snapshot, council, on, year, now)
        reports.append((council, _worst(findings), findings))
    by_status = Counter(worst for _, worst, _ in reports)
    by_rule: dict[str, Counter[Status]] = defaultdict(Counter)
    for _, _, findings in reports:
        for finding in findings:
            by_rule[finding.rule][finding.status] += 1
    overview = NationalCompliance(
        on=on,
        year=year,
        summary=ComplianceSummary(
            councils=len(reports),
            by_status={s: by_status.get(s, 0) for s in WORST_FIRST},
            by_rule={
                rule: {s: counts.get(s, 0) for s in WORST_FIRST} for rule, counts in sorted(by_rule.items())
            },
        ),
        councils=[
            CouncilCompliance(council=council_view(council), status=worst, findings=_public(findings))
            for council, worst, findings in reports
            if status is None or worst == status
        ],
    )
    return overview, unchanged_until(snapshot, now)


async def council_snapshot(repo: Repository, council: Council, year: int) -> Snapshot:
    """What one council's findings need: the council and, for an inter-regional one, the regional
    councils of its specialty (IR-SEAT-VACANT, IR-PREFERRED-LEADER read them)."""
    covered = [council]
    if council.kind == CouncilKind.INTERREGIONAL.value:
        covered += await repo.regional_councils(council.specialty_code)
    return await load_snapshot(repo, covered, year)


def report_from_snapshot(
    snapshot: Snapshot, council: Council, on: date, year: int, now: datetime
) -> ComplianceReport:
    """The council's compliance report, as `compliance_report_kept` answers it, from a snapshot the caller
    loaded (and reads for more than the findings: the activity summary)."""
    return ComplianceReport(
        council_id=council.id, on=on, year=year, findings=_public(_findings(snapshot, council, on, year, now))
    )
