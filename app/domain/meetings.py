"""Meetings: how often a council meets, who attends in whose place, when minutes may be written
(MANDATE.md, Meetings).

Meeting times are aware datetimes. The periods a frequency rule counts in are calendar years and
half-years in Norway, so a meeting at 23:30 on 30 June in Oslo (21:30 UTC) belongs to the first
half-year. The caller passes that zone (`app.clock.OSLO`): reading the time-zone database is I/O,
which the domain does not do, just as it takes `now` rather than reading a clock.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum

from app.domain.compliance import SEVERITY, Finding, Param, Status
from app.domain.errors import Violation, refuse_if_any
from app.domain.profiles import MandateProfile, MeetingPeriod, MeetingRhythm
from app.domain.rules import Rule


class MeetingFormat(StrEnum):
    DIGITAL = "digital"
    PHYSICAL = "physical"
    HYBRID = "hybrid"


class AgendaKind(StrEnum):
    ACTIVITY_SUMMARY = "activity_summary"
    """Oppsummering av rådets aktiviteter: the item HN-REGUT-ANNUAL asks for (000 *Møtefrekvens*)."""
    CONSULTATION = "consultation"
    """A consultation (høring) on a proposal to change learning goals."""
    OTHER = "other"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    DEPUTY_ATTENDED = "deputy_attended"
    """The representative was absent and their deputy (stedfortreder, vararepresentant) attended."""


@dataclass(frozen=True)
class Meeting:
    """A council's meeting as the meeting rules see it."""

    id: str
    starts_at: datetime
    ends_at: datetime
    cancelled: bool = False
    regut_invited: bool = False
    regut_present: bool | None = None
    """Whether RegUt attended; None while attendance is not recorded."""
    agenda: tuple[AgendaKind, ...] = ()
    """The kinds of the agenda's items, in order."""

    def held_by(self, now: datetime) -> bool:
        """Held: not cancelled, and started before `now` (a meeting under way has been held)."""
        return not self.cancelled and _instant(self.starts_at) < _instant(now)


@dataclass(frozen=True)
class AttendanceEntry:
    """One line of a meeting's attendance record."""

    representative: str
    """The seat's id: attendance is recorded per representative, not per person."""
    status: AttendanceStatus
    deputy: str | None = None
    """The person who attended in the representative's place (`deputy_attended` only)."""


@dataclass(frozen=True)
class Period:
    """A calendar period in Norway: from `starts_at` up to, not including, `ends_at` (both in UTC)."""

    label: str
    """`2026` for a year; `2026-H1` (January to June) and `2026-H2` (July to December) for its halves."""
    name: str
    """The period in words, for messages."""
    starts_at: datetime
    ends_at: datetime

    def contains(self, moment: datetime) -> bool:
        return self.starts_at <= _instant(moment) < self.ends_at

    def is_over(self, now: datetime) -> bool:
        return _instant(now) >= self.ends_at


def _instant(moment: datetime) -> datetime:
    """The moment in UTC: aware datetimes in one zone compare by wall clock, which the autumn's
    repeated hour makes ambiguous."""
    if moment.utcoffset() is None:
        raise ValueError(f"{moment.isoformat()} has no UTC offset; meeting rules take aware datetimes")
    return moment.astimezone(UTC)


_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def periods_of(year: int, kind: MeetingPeriod, zone: tzinfo, months: Sequence[int] = ()) -> list[Period]:
    """The periods of `kind` in `year` in `zone`: the year, its two half-years, or its `months`."""

    def first_of(y: int, month: int) -> datetime:
        return datetime(y + (month - 1) // 12, (month - 1) % 12 + 1, 1, tzinfo=zone).astimezone(UTC)

    if kind is MeetingPeriod.YEAR:
        return [Period(f"{year}", f"{year}", first_of(year, 1), first_of(year + 1, 1))]
    if kind is MeetingPeriod.MONTH:
        return [
            Period(
                f"{year}-{m:02d}", f"{_MONTH_NAMES[m - 1]} {year}", first_of(year, m), first_of(year, m + 1)
            )
            for m in months
        ]
    return [
        Period(f"{year}-H1", f"the first half of {year}", first_of(year, 1), first_of(year, 7)),
        Period(f"{year}-H2", f"the second half of {year}", first_of(year, 7), first_of(year + 1, 1)),
    ]


def period_of(moment: datetime, kind: MeetingPeriod, zone: tzinfo) -> Period:
    """The period of `kind` a meeting starting at `moment` counts in: the one of its date in `zone`."""
    local = _instant(moment).astimezone(zone)
    return next(p for p in periods_of(local.year, kind, zone, (local.month,)) if p.contains(moment))


def meeting_findings(
    profile: MandateProfile,
    meetings: Iterable[Meeting],
    year: int,
    *,
    now: datetime,
    zone: tzinfo,
    established_on: date | None = None,
    dissolved_on: date | None = None,
) -> list[Finding]:
    """Every meeting finding of the council's profile for `year`, one per rule and period
    (HN-HALF-YEARLY gives two). A meeting counts in the period its start falls in, in `zone`, when
    it was held by `now`. Met is `ok`; not met yet in a period still running (or not begun) is
    `pending`; a period over and not met is the rule's severity. A period in which the council did not
    exist at all (before `established_on`, after `dissolved_on`) asks nothing of it."""
    _instant(now)  # a naive `now` is refused before it is compared with anything
    rules, meetings = profile.rules, list(meetings)

    def existed(period: Period) -> bool:
        if established_on is not None and period.ends_at <= _midnight(established_on, zone):
            return False
        return dissolved_on is None or period.starts_at < _midnight(dissolved_on + timedelta(days=1), zone)

    findings: list[Finding] = []
    rhythm = profile.meeting_rhythm
    if rhythm is not None and rhythm.rule in rules:
        findings += [
            _frequency(rhythm, period, meetings, now)
            for period in periods_of(year, rhythm.period, zone, rhythm.months)
            if existed(period)
        ]
    (whole_year,) = periods_of(year, MeetingPeriod.YEAR, zone)
    if not existed(whole_year):
        return findings
    held = [m for m in meetings if m.held_by(now) and whole_year.contains(m.starts_at)]
    if Rule.HN_REGUT_ANNUAL in rules:
        findings.append(_regut_summary(whole_year, held, now))
    if Rule.IR_REGUT_ATTENDS in rules:
        findings.append(_regut_attendance(whole_year, held, now))
    return findings


def _midnight(day: date, zone: tzinfo) -> datetime:
    """The first moment of `day` in `zone`, in UTC."""
    return datetime(day.year, day.month, day.day, tzinfo=zone).astimezone(UTC)


def _finding(rule: Rule, met: bool, period: Period, now: datetime, message: str, **params: Param) -> Finding:
    severity = SEVERITY[rule]
    if met:
        status = Status.OK
    elif period.is_over(now):
        status = Status(severity.value)
    else:
        status = Status.PENDING
    return Finding(rule, severity, status, f"period:{period.label}", message, params)


def _meetings(count: int) -> str:
    return "no meeting" if count == 0 else f"{count} meeting" if count == 1 else f"{count} meetings"


def _frequency(rhythm: MeetingRhythm, period: Period, meetings: list[Meeting], now: datetime) -> Finding:
    """HN-HALF-YEARLY, HSO-ANNUAL, DEFAULT-ANNUAL, IR-TWICE-YEARLY, HN-STRATEGIC-TWICE-YEARLY: the
    profile's `meeting_rhythm`."""
    in_period = [m for m in meetings if not m.cancelled and period.contains(m.starts_at)]
    held = sum(m.held_by(now) for m in in_period)
    scheduled = len(in_period) - held
    met = held >= rhythm.meetings
    every = {
        MeetingPeriod.HALF_YEAR: "every half-year",
        MeetingPeriod.YEAR: "a year",
        MeetingPeriod.MONTH: "in " + " and in ".join(_MONTH_NAMES[m - 1] for m in rhythm.months),
    }[rhythm.period]
    required = f"the council holds at least {_meetings(rhythm.meetings)} {every}"
    if met:
        message = f"{_meetings(held)} held in {period.name}"
    elif period.is_over(now):
        message = f"{_meetings(held)} held in {period.name}; {required}"
    else:
        message = (
            f"{_meetings(held)} held in {period.name} so far, {scheduled or 'none'} scheduled; {required}"
        )
    return _finding(
        rhythm.rule,
        met,
        period,
        now,
        message,
        held=held,
        scheduled=scheduled,
        required=rhythm.meetings,
        every=rhythm.period.value,
        months=tuple(str(m) for m in rhythm.months),
    )


def _regut_summary(year: Period, held: list[Meeting], now: datetime) -> Finding:
    """HN-REGUT-ANNUAL: RegUt invited to a held meeting whose agenda summarises the council's activities."""
    met = any(m.regut_invited and AgendaKind.ACTIVITY_SUMMARY in m.agenda for m in held)
    so_far = "" if year.is_over(now) else " so far"
    message = (
        f"RegUt was invited to a meeting held in {year.name} with a summary of the council's activities"
        if met
        else f"no meeting held in {year.name}{so_far} had RegUt invited and a summary of the "
        f"council's activities ({AgendaKind.ACTIVITY_SUMMARY}) on its agenda"
    )
    return _finding(Rule.HN_REGUT_ANNUAL, met, year, now, message)


def _regut_attendance(year: Period, held: list[Meeting], now: datetime) -> Finding:
    """IR-REGUT-ATTENDS: the responsible RegUt recorded present at a held meeting."""
    met = any(m.regut_present is True for m in held)
    unrecorded = sum(m.regut_present is None for m in held)
    so_far = "" if year.is_over(now) else " so far"
    if met:
        message = f"the responsible RegUt attended a meeting held in {year.name}"
    else:
        message = f"the responsible RegUt is not recorded present at any meeting held in {year.name}{so_far}"
        if unrecorded:
            message += f"; RegUt's attendance is not recorded for {_meetings(unrecorded)}"
    return _finding(Rule.IR_REGUT_ATTENDS, met, year, now, message, unrecorded=unrecorded)


def check_attendance(
    sitting: Mapping[str, str | None], entries: Sequence[AttendanceEntry], pointer: str = "/attendance"
) -> None:
    """ATTENDANCE-DEPUTY-SUBSTITUTES: a deputy attends only in place of their absent representative.

    `sitting` maps each seat sitting on the meeting's date to the person its representative designated
    as deputy (None: none designated). Refused, one violation per problem: a deputy attending for a
    representative without one, or another person than the designated deputy; a deputy named beside a
    representative recorded present or absent (`deputy_attended` says both: absent, deputy there); an
    entry for a seat not sitting on that date, or for the same seat twice."""
    violations: list[Violation] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        at, seat = f"{pointer}/{index}", entry.representative
        if seat not in sitting or seat in seen:
            why = (
                "is recorded twice" if seat in seen else "holds no seat on the council on the meeting's date"
            )
            violations.append(
                Violation(
                    Rule.ATTENDANCE_DEPUTY_SUBSTITUTES, f"representative {seat} {why}", f"{at}/representative"
                )
            )
            continue
        seen.add(seat)
        designated = sitting[seat]
        if entry.status is not AttendanceStatus.DEPUTY_ATTENDED:
            if entry.deputy is not None:
                violations.append(
                    Violation(
                        Rule.ATTENDANCE_DEPUTY_SUBSTITUTES,
                        "a deputy attends only in place of an absent representative: record "
                        f"{AttendanceStatus.DEPUTY_ATTENDED}, not {entry.status}, "
                        f"when {entry.deputy} attended",
                        f"{at}/deputy",
                    )
                )
        elif designated is None:
            violations.append(
                Violation(
                    Rule.ATTENDANCE_DEPUTY_SUBSTITUTES,
                    f"representative {seat} has designated no deputy, so no deputy attended in their place",
                    f"{at}/status",
                )
            )
        elif entry.deputy != designated:
            violations.append(
                Violation(
                    Rule.ATTENDANCE_DEPUTY_SUBSTITUTES,
                    f"only representative {seat}'s designated deputy, {designated}, attends in their place, "
                    f"not {entry.deputy or 'nobody named'}",
                    f"{at}/deputy",
                )
            )
    refuse_if_any(violations)


def check_meeting_held(meeting: Meeting, now: datetime) -> None:
    """MINUTES-AFTER-MEETING: minutes, and attendance, are recorded only for a meeting that has taken
    place: not cancelled, its start before `now`."""
    violations = []
    if meeting.cancelled:
        violations.append(
            Violation(
                Rule.MINUTES_AFTER_MEETING, "the meeting was cancelled; it has no minutes or attendance"
            )
        )
    if _instant(meeting.starts_at) >= _instant(now):
        violations.append(
            Violation(
                Rule.MINUTES_AFTER_MEETING,
                f"the meeting starts at {meeting.starts_at.isoformat()}; minutes and attendance are "
                "recorded once it has begun",
            )
        )
    refuse_if_any(violations)


def default_meeting_format(profile: MandateProfile) -> MeetingFormat:
    """MEETING-DIGITAL-DEFAULT: the format of a new meeting whose request names none.

    Digital where the mandate makes it the rule: 001 (*Møter holdes som hovedregel digitalt*) and
    002 §3 (*digitale løsninger som hovedregel fremfor fysiske samlinger*). Elsewhere (Helse Nord,
    and the regional default) the mandates name no format; physical, because the two that do name
    digital as the departure from physical gatherings (*fremfor fysiske samlinger*)."""
    if Rule.MEETING_DIGITAL_DEFAULT in profile.rules:
        return MeetingFormat.DIGITAL
    return MeetingFormat.PHYSICAL


def meeting_times_problems(starts_at: datetime, ends_at: datetime) -> dict[str, str]:
    """What is wrong with a meeting's times, by JSON Pointer; empty when nothing is.

    Both are aware, and the meeting ends after it starts. No mandate rule says so (TERM-ORDER is about
    terms, and lets one end on its first day), so this names no rule: the service refuses with its
    `invalid(message, pointer=...)`, a REQUEST-INVALID."""
    problems = {
        f"/{field}": f"{field} needs a UTC offset: a time without one is ambiguous"
        for field, moment in (("starts_at", starts_at), ("ends_at", ends_at))
        if moment.utcoffset() is None
    }
    if not problems and _instant(ends_at) <= _instant(starts_at):
        problems["/ends_at"] = "a meeting ends after it starts"
    return problems
