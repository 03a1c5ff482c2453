"""Meeting rules (MANDATE.md, Meetings) on plain values: frequency findings by Oslo calendar periods,
deputies in attendance, minutes after the meeting, who organises meetings, the default format."""

import itertools
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.clock import OSLO
from app.domain.authority import NotPermitted, Principal, Scope, check_may_organise_meetings
from app.domain.catalogue import CATALOGUE, Kind, Topic
from app.domain.compliance import Finding, Status
from app.domain.errors import RuleBroken
from app.domain.meetings import (
    AgendaKind,
    AttendanceEntry,
    AttendanceStatus,
    Meeting,
    MeetingFormat,
    check_attendance,
    check_meeting_held,
    default_meeting_format,
    meeting_findings,
    meeting_times_problems,
    period_of,
)
from app.domain.profiles import PROFILES, MeetingPeriod, ProfileName
from app.domain.rules import Rule
from app.domain.values import CouncilKey, CouncilKind

_ids = itertools.count(1)

LONG_AFTER = datetime(2030, 1, 1, tzinfo=UTC)
"""A `now` by which 2025 to 2027 are over."""

FREQUENCY = [
    (ProfileName.HELSE_NORD, Rule.HN_HALF_YEARLY),
    (ProfileName.HELSE_SOR_OST, Rule.HSO_ANNUAL),
    (ProfileName.REGIONAL_DEFAULT, Rule.DEFAULT_ANNUAL),
    (ProfileName.INTERREGIONAL, Rule.IR_TWICE_YEARLY),
]
by_rule = pytest.mark.parametrize(("profile", "rule"), FREQUENCY, ids=[rule for _, rule in FREQUENCY])


def oslo(year: int, month: int, day: int, hour: int = 12, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=OSLO)


def meeting(
    starts_at: datetime,
    *,
    cancelled: bool = False,
    regut_invited: bool = False,
    regut_present: bool | None = None,
    agenda: tuple[AgendaKind, ...] = (),
) -> Meeting:
    return Meeting(
        str(next(_ids)),
        starts_at,
        starts_at + timedelta(hours=2),
        cancelled,
        regut_invited,
        regut_present,
        agenda,
    )


def findings(profile: ProfileName, meetings: list[Meeting], year: int, now: datetime) -> list[Finding]:
    return meeting_findings(PROFILES[profile], meetings, year, now=now, zone=OSLO)


def statuses(
    profile: ProfileName, rule: Rule, meetings: list[Meeting], years: range, now: datetime = LONG_AFTER
) -> dict[str, Status]:
    """Subject (`period:…`) → status of `rule`'s findings over `years`."""
    return {
        f.subject: f.status
        for year in years
        for f in findings(profile, meetings, year, now)
        if f.rule is rule
    }


def needed(profile: ProfileName) -> int:
    return PROFILES[profile].meeting_rhythm.meetings


def label(profile: ProfileName, half_year: str) -> str:
    """The period label a rule counts in: the half-year itself, or its year."""
    rhythm = PROFILES[profile].meeting_rhythm
    return f"period:{half_year if rhythm.period is MeetingPeriod.HALF_YEAR else half_year[:4]}"


# --- Frequency findings ---------------------------------------------------------------------------


@by_rule
@pytest.mark.parametrize(
    ("starts_at", "half_year"),
    [
        (datetime(2026, 6, 30, 21, 30, tzinfo=UTC), "2026-H1"),
        (datetime(2026, 6, 30, 22, 30, tzinfo=UTC), "2026-H2"),
        (datetime(2026, 12, 31, 22, 30, tzinfo=UTC), "2026-H2"),
        (datetime(2026, 12, 31, 23, 30, tzinfo=UTC), "2027-H1"),
    ],
    ids=["30-june-23.30-oslo", "1-july-00.30-oslo", "31-december-23.30-oslo", "1-january-00.30-oslo"],
)
def test_a_meeting_counts_in_the_period_its_start_falls_in_oslo_time(
    profile: ProfileName, rule: Rule, starts_at: datetime, half_year: str
) -> None:
    """HN-HALF-YEARLY, HSO-ANNUAL, DEFAULT-ANNUAL, IR-TWICE-YEARLY: periods are calendar periods in
    Norway, so 21:30 UTC on 30 June (23:30 in Oslo) is the first half-year and 23:30 UTC on
    31 December (00:30 on 1 January in Oslo) is the next year."""
    held = [meeting(starts_at) for _ in range(needed(profile))]
    found = statuses(profile, rule, held, range(2026, 2028))
    assert {subject for subject, status in found.items() if status is Status.OK} == {
        label(profile, half_year)
    }
    assert {status for subject, status in found.items() if subject != label(profile, half_year)} == {
        Status.VIOLATION
    }


def test_meetings_at_the_edges_given_in_oslo_time_fall_where_their_oslo_date_says() -> None:
    """HN-HALF-YEARLY: 30 June 23:30 in Oslo is 21:30 UTC and the first half-year; 1 January 00:30
    in Oslo is 31 December 23:30 UTC and the next year."""
    assert oslo(2026, 6, 30, 23, 30) == datetime(2026, 6, 30, 21, 30, tzinfo=UTC)
    assert oslo(2027, 1, 1, 0, 30) == datetime(2026, 12, 31, 23, 30, tzinfo=UTC)
    held = [meeting(oslo(2026, 6, 30, 23, 30)), meeting(oslo(2027, 1, 1, 0, 30))]
    assert statuses(ProfileName.HELSE_NORD, Rule.HN_HALF_YEARLY, held, range(2026, 2028)) == {
        "period:2026-H1": Status.OK,
        "period:2026-H2": Status.VIOLATION,
        "period:2027-H1": Status.OK,
        "period:2027-H2": Status.VIOLATION,
    }


@by_rule
def test_a_cancelled_meeting_does_not_count(profile: ProfileName, rule: Rule) -> None:
    """HN-HALF-YEARLY, HSO-ANNUAL, DEFAULT-ANNUAL, IR-TWICE-YEARLY count held meetings only."""
    starts = [oslo(2026, 3, 10), oslo(2026, 9, 10)] * needed(profile)
    cancelled = [meeting(at, cancelled=True) for at in starts]
    assert set(statuses(profile, rule, cancelled, range(2026, 2027)).values()) == {Status.VIOLATION}
    assert set(statuses(profile, rule, [meeting(at) for at in starts], range(2026, 2027)).values()) == {
        Status.OK
    }


@by_rule
def test_a_scheduled_meeting_is_not_held_before_it_starts(profile: ProfileName, rule: Rule) -> None:
    """HN-HALF-YEARLY, HSO-ANNUAL, DEFAULT-ANNUAL, IR-TWICE-YEARLY: a meeting counts once it has
    begun; until then the period is pending, and the message says one is scheduled."""
    scheduled = [meeting(oslo(2026, 12, 1, 10)) for _ in range(needed(profile))]
    before = findings(profile, scheduled, 2026, oslo(2026, 11, 30))
    last = [f for f in before if f.rule is rule][-1]
    assert last.status is Status.PENDING
    assert f"{needed(profile)} scheduled" in last.message
    under_way = statuses(profile, rule, scheduled, range(2026, 2027), now=oslo(2026, 12, 1, 10, 30))
    assert under_way[label(profile, "2026-H2")] is Status.OK


@by_rule
def test_a_period_in_progress_is_pending_and_one_over_unmet_is_a_violation(
    profile: ProfileName, rule: Rule
) -> None:
    """HN-HALF-YEARLY, HSO-ANNUAL, DEFAULT-ANNUAL, IR-TWICE-YEARLY: `pending` while the period runs
    (or has not begun), `violation` once it is over unmet, `ok` when met."""
    now = oslo(2026, 8, 15)
    assert set(statuses(profile, rule, [], range(2025, 2026), now).values()) == {Status.VIOLATION}
    assert statuses(profile, rule, [], range(2026, 2027), now)[label(profile, "2026-H2")] is Status.PENDING
    assert set(statuses(profile, rule, [], range(2027, 2028), now).values()) == {Status.PENDING}
    if rule is Rule.HN_HALF_YEARLY:
        assert statuses(profile, rule, [], range(2026, 2027), now)["period:2026-H1"] is Status.VIOLATION
    met = [meeting(oslo(2026, month, 1)) for month in (2, 5, 7, 8)]
    assert set(statuses(profile, rule, met, range(2026, 2027), now).values()) == {Status.OK}


def test_a_violation_says_what_is_missing() -> None:
    """IR-TWICE-YEARLY: one meeting held is not enough; the finding names the period and the need."""
    (twice,) = [
        f
        for f in findings(ProfileName.INTERREGIONAL, [meeting(oslo(2025, 5, 5))], 2025, LONG_AFTER)
        if f.rule is Rule.IR_TWICE_YEARLY
    ]
    assert (twice.status, twice.subject) == (Status.VIOLATION, "period:2025")
    assert twice.message == "1 meeting held in 2025; the council holds at least 2 meetings a year"
    (half,) = [
        f
        for f in findings(ProfileName.HELSE_NORD, [meeting(oslo(2025, 5, 5))], 2025, LONG_AFTER)
        if f.rule is Rule.HN_HALF_YEARLY and f.status is Status.VIOLATION
    ]
    assert half.subject == "period:2025-H2"
    assert half.message == (
        "no meeting held in the second half of 2025; the council holds at least 1 meeting every half-year"
    )


@pytest.mark.parametrize("profile", list(ProfileName))
def test_a_council_gets_the_meeting_findings_of_its_profile_and_no_other(profile: ProfileName) -> None:
    """Findings for exactly the meeting rules the profile carries (its rhythm's, filed under the
    governance topic for the strategic council), with the catalogue's severity."""
    rhythm = PROFILES[profile].meeting_rhythm
    expected = {
        rule
        for rule in PROFILES[profile].rules
        if (CATALOGUE[rule].topic is Topic.MEETINGS or (rhythm is not None and rule is rhythm.rule))
        and CATALOGUE[rule].kind is Kind.FINDING
    }
    found = findings(profile, [], 2025, LONG_AFTER)
    assert {f.rule for f in found} == expected
    assert all(f.severity is CATALOGUE[f.rule].severity for f in found)


# --- HN-REGUT-ANNUAL and IR-REGUT-ATTENDS ---------------------------------------------------------


@pytest.mark.parametrize(
    ("invited", "agenda", "cancelled", "status"),
    [
        (True, (AgendaKind.OTHER, AgendaKind.ACTIVITY_SUMMARY), False, Status.OK),
        (False, (AgendaKind.ACTIVITY_SUMMARY,), False, Status.VIOLATION),
        (True, (AgendaKind.CONSULTATION, AgendaKind.OTHER), False, Status.VIOLATION),
        (True, (AgendaKind.ACTIVITY_SUMMARY,), True, Status.VIOLATION),
    ],
    ids=["invited-with-summary", "summary-not-invited", "invited-no-summary", "cancelled"],
)
def test_regut_is_invited_once_a_year_to_a_meeting_summarising_the_councils_activities(
    invited: bool, agenda: tuple[AgendaKind, ...], cancelled: bool, status: Status
) -> None:
    """HN-REGUT-ANNUAL (000 Møtefrekvens): RegUt invited *and* an activity summary on the agenda of a
    meeting held that year."""
    held = [meeting(oslo(2025, 11, 20), regut_invited=invited, agenda=agenda, cancelled=cancelled)]
    assert statuses(ProfileName.HELSE_NORD, Rule.HN_REGUT_ANNUAL, held, range(2025, 2026)) == {
        "period:2025": status
    }


def test_a_summary_meeting_still_to_come_leaves_the_year_pending() -> None:
    """HN-REGUT-ANNUAL: a scheduled meeting is not yet held; the year in progress is pending."""
    summary = [meeting(oslo(2026, 11, 20), regut_invited=True, agenda=(AgendaKind.ACTIVITY_SUMMARY,))]
    now = oslo(2026, 6, 1)
    assert statuses(ProfileName.HELSE_NORD, Rule.HN_REGUT_ANNUAL, summary, range(2026, 2027), now) == {
        "period:2026": Status.PENDING
    }


@pytest.mark.parametrize(
    ("present", "cancelled", "status"),
    [
        (True, False, Status.OK),
        (False, False, Status.VIOLATION),
        (None, False, Status.VIOLATION),
        (True, True, Status.VIOLATION),
    ],
    ids=["present", "absent", "not-recorded", "cancelled"],
)
def test_the_responsible_regut_attends_at_least_one_meeting_a_year(
    present: bool | None, cancelled: bool, status: Status
) -> None:
    """IR-REGUT-ATTENDS (001 Sammensetning): RegUt recorded present at a meeting held that year; an
    attendance not recorded does not count."""
    held = [meeting(oslo(2025, 4, 1), regut_present=present, cancelled=cancelled), meeting(oslo(2025, 10, 1))]
    assert statuses(ProfileName.INTERREGIONAL, Rule.IR_REGUT_ATTENDS, held, range(2025, 2026)) == {
        "period:2025": status
    }


def test_an_unrecorded_regut_attendance_is_named_in_the_finding() -> None:
    """IR-REGUT-ATTENDS: the message says how many held meetings lack a record of RegUt."""
    held = [meeting(oslo(2025, 4, 1)), meeting(oslo(2025, 10, 1), regut_present=False)]
    (finding,) = [
        f
        for f in findings(ProfileName.INTERREGIONAL, held, 2025, LONG_AFTER)
        if f.rule is Rule.IR_REGUT_ATTENDS
    ]
    assert finding.message.endswith("RegUt's attendance is not recorded for 1 meeting")


# --- Property: the period of a meeting is the one of its date in Oslo -----------------------------

moments = st.datetimes(
    min_value=datetime(2000, 1, 1),  # noqa: DTZ001 - hypothesis takes naive bounds with `timezones`
    max_value=datetime(2099, 12, 31),  # noqa: DTZ001
    timezones=st.just(UTC),
)


@given(moments)
def test_the_half_year_of_a_meeting_is_the_half_year_of_its_oslo_date(starts_at: datetime) -> None:
    """HN-HALF-YEARLY: whatever the instant, the half-year it counts in is that of its local date in
    Oslo, and a meeting held then satisfies that half-year and no other."""
    local = starts_at.astimezone(OSLO)
    expected = f"{local.year}-H{1 if local.month <= 6 else 2}"
    period = period_of(starts_at, MeetingPeriod.HALF_YEAR, OSLO)
    assert period.label == expected
    assert period.starts_at <= starts_at < period.ends_at
    found = statuses(
        ProfileName.HELSE_NORD,
        Rule.HN_HALF_YEARLY,
        [meeting(starts_at)],
        range(local.year, local.year + 1),
        now=datetime.max.replace(tzinfo=UTC),
    )
    assert {subject for subject, status in found.items() if status is Status.OK} == {f"period:{expected}"}


# --- ATTENDANCE-DEPUTY-SUBSTITUTES ----------------------------------------------------------------

SITTING = {"seat-anna": "per", "seat-berit": None, "seat-carl": "kari"}
"""Seats sitting on the meeting's date → the deputy their representative designated."""


def test_a_designated_deputy_attends_in_place_of_an_absent_representative() -> None:
    """ATTENDANCE-DEPUTY-SUBSTITUTES: accepted."""
    check_attendance(
        SITTING,
        [
            AttendanceEntry("seat-anna", AttendanceStatus.DEPUTY_ATTENDED, "per"),
            AttendanceEntry("seat-berit", AttendanceStatus.PRESENT),
            AttendanceEntry("seat-carl", AttendanceStatus.ABSENT),
        ],
    )


def test_no_deputy_attends_for_a_representative_without_one_nor_another_person_than_theirs() -> None:
    """ATTENDANCE-DEPUTY-SUBSTITUTES: one violation per problem, each pointing at its entry."""
    with pytest.raises(RuleBroken) as refused:
        check_attendance(
            SITTING,
            [
                AttendanceEntry("seat-anna", AttendanceStatus.DEPUTY_ATTENDED, "kari"),
                AttendanceEntry("seat-berit", AttendanceStatus.DEPUTY_ATTENDED, "per"),
                AttendanceEntry("seat-carl", AttendanceStatus.DEPUTY_ATTENDED),
            ],
        )
    assert [(v.rule, v.pointer) for v in refused.value.violations] == [
        (Rule.ATTENDANCE_DEPUTY_SUBSTITUTES, "/attendance/0/deputy"),
        (Rule.ATTENDANCE_DEPUTY_SUBSTITUTES, "/attendance/1/status"),
        (Rule.ATTENDANCE_DEPUTY_SUBSTITUTES, "/attendance/2/deputy"),
    ]
    assert "designated deputy, per," in refused.value.violations[0].message


@pytest.mark.parametrize("status", [AttendanceStatus.PRESENT, AttendanceStatus.ABSENT])
def test_a_deputy_attends_only_in_place_of_an_absent_representative(status: AttendanceStatus) -> None:
    """ATTENDANCE-DEPUTY-SUBSTITUTES: a deputy named beside a representative recorded present (or
    merely absent) is refused; `deputy_attended` is the record of an absence covered."""
    with pytest.raises(RuleBroken) as refused:
        check_attendance(SITTING, [AttendanceEntry("seat-anna", status, "per")], pointer="/entries")
    assert [(v.rule, v.pointer) for v in refused.value.violations] == [
        (Rule.ATTENDANCE_DEPUTY_SUBSTITUTES, "/entries/0/deputy")
    ]


def test_attendance_is_recorded_once_for_each_seat_sitting_on_the_meetings_date() -> None:
    """ATTENDANCE-DEPUTY-SUBSTITUTES: an entry for a seat not sitting that day, or a second entry for a
    seat, is refused with the entry's `representative` pointed at."""
    with pytest.raises(RuleBroken) as refused:
        check_attendance(
            SITTING,
            [
                AttendanceEntry("seat-anna", AttendanceStatus.PRESENT),
                AttendanceEntry("seat-ended", AttendanceStatus.PRESENT),
                AttendanceEntry("seat-anna", AttendanceStatus.ABSENT),
            ],
        )
    assert [v.pointer for v in refused.value.violations] == [
        "/attendance/1/representative",
        "/attendance/2/representative",
    ]
    assert {v.rule for v in refused.value.violations} == {Rule.ATTENDANCE_DEPUTY_SUBSTITUTES}


# --- MINUTES-AFTER-MEETING ------------------------------------------------------------------------


def test_minutes_are_recorded_for_a_meeting_that_has_begun() -> None:
    """MINUTES-AFTER-MEETING: accepted once the start is past, even while the meeting runs."""
    held = meeting(oslo(2026, 3, 10, 10))
    check_meeting_held(held, oslo(2026, 3, 10, 10, 1))
    check_meeting_held(held, oslo(2026, 4, 1))


@pytest.mark.parametrize(
    ("cancelled", "now", "problems"),
    [
        (False, oslo(2026, 3, 10, 10), 1),
        (False, oslo(2026, 3, 9), 1),
        (True, oslo(2026, 4, 1), 1),
        (True, oslo(2026, 3, 9), 2),
    ],
    ids=["at-its-start", "before-it", "cancelled", "cancelled-and-to-come"],
)
def test_no_minutes_for_a_meeting_to_come_or_cancelled(cancelled: bool, now: datetime, problems: int) -> None:
    """MINUTES-AFTER-MEETING: refused for a meeting not yet begun or cancelled."""
    with pytest.raises(RuleBroken) as refused:
        check_meeting_held(meeting(oslo(2026, 3, 10, 10), cancelled=cancelled), now)
    assert [v.rule for v in refused.value.violations] == [Rule.MINUTES_AFTER_MEETING] * problems


# --- MEETING-ORGANISER ----------------------------------------------------------------------------

REGUT_NORD = Principal("regut-nord", frozenset({Scope.REGUT}), "983974899", "unn", "helse-nord", "helse-nord")
REGUT_SOR_OST = Principal(
    "regut-hso", frozenset({Scope.REGUT}), "993467049", "ous", "helse-sor-ost", "helse-sor-ost"
)
ADMIN = Principal("admin", frozenset({Scope.ADMIN}))
UNN = Principal("unn", frozenset({Scope.APPOINTMENTS}), "983974899", "unn", "helse-nord")
READER = Principal("website", frozenset({Scope.READ}))
ANONYMOUS = Principal("anonymous", authenticated=False)

REGIONAL_NORD = CouncilKey(CouncilKind.REGIONAL, "anestesiologi", "helse-nord")
INTERREGIONAL = CouncilKey(CouncilKind.INTERREGIONAL, "anestesiologi", None)


@pytest.mark.parametrize("principal", [ADMIN, REGUT_NORD], ids=["admin", "regut-of-the-region"])
def test_the_regions_regut_or_an_administrator_organises_a_regional_councils_meetings(
    principal: Principal,
) -> None:
    """MEETING-ORGANISER: accepted."""
    check_may_organise_meetings(principal, REGIONAL_NORD, "helse-sor-ost")


@pytest.mark.parametrize(
    "principal",
    [REGUT_SOR_OST, UNN, READER, ANONYMOUS],
    ids=["regut-of-another-region", "trust-of-the-region", "read", "anonymous"],
)
def test_no_one_else_organises_a_regional_councils_meetings(principal: Principal) -> None:
    """MEETING-ORGANISER: another region's RegUt (even the specialty's responsible one), a health
    trust's system and a reader are refused, with the rule and who may."""
    with pytest.raises(NotPermitted) as refused:
        check_may_organise_meetings(principal, REGIONAL_NORD, "helse-sor-ost")
    assert refused.value.rule is Rule.MEETING_ORGANISER
    assert "RegUt of helse-nord or an administrator" in refused.value.message


@pytest.mark.parametrize(
    ("principal", "permitted"),
    [(ADMIN, True), (REGUT_NORD, True), (REGUT_SOR_OST, False), (UNN, False), (READER, False)],
    ids=["admin", "responsible-regut", "regut-of-another-region", "trust", "read"],
)
def test_the_responsible_regut_organises_the_interregional_councils_meetings(
    principal: Principal, permitted: bool
) -> None:
    """MEETING-ORGANISER: the inter-regional council's meetings are the responsible RegUt's."""
    if permitted:
        check_may_organise_meetings(principal, INTERREGIONAL, "helse-nord")
        return
    with pytest.raises(NotPermitted) as refused:
        check_may_organise_meetings(principal, INTERREGIONAL, "helse-nord")
    assert refused.value.rule is Rule.MEETING_ORGANISER
    assert "the RegUt of helse-nord" in refused.value.message


def test_without_a_responsible_regut_only_an_administrator_organises_interregional_meetings() -> None:
    """MEETING-ORGANISER with SPECIALTY-RESPONSIBLE-REGUT unrecorded."""
    check_may_organise_meetings(ADMIN, INTERREGIONAL, None)
    with pytest.raises(NotPermitted) as refused:
        check_may_organise_meetings(REGUT_NORD, INTERREGIONAL, None)
    assert refused.value.rule is Rule.MEETING_ORGANISER


# --- MEETING-DIGITAL-DEFAULT and a meeting's times ------------------------------------------------


@pytest.mark.parametrize(
    ("profile", "default"),
    [
        (ProfileName.HELSE_SOR_OST, MeetingFormat.DIGITAL),
        (ProfileName.INTERREGIONAL, MeetingFormat.DIGITAL),
        (ProfileName.HELSE_NORD, MeetingFormat.PHYSICAL),
        (ProfileName.REGIONAL_DEFAULT, MeetingFormat.PHYSICAL),
    ],
)
def test_a_new_meeting_is_digital_where_the_mandate_makes_it_the_rule(
    profile: ProfileName, default: MeetingFormat
) -> None:
    """MEETING-DIGITAL-DEFAULT (001; 002 §3: digitalt som hovedregel); elsewhere physical."""
    assert default_meeting_format(PROFILES[profile]) is default


def test_a_meeting_ends_after_it_starts_and_both_times_carry_an_offset() -> None:
    """A meeting's times (no mandate rule: the service refuses with REQUEST-INVALID)."""
    start = oslo(2026, 3, 10, 10)
    assert meeting_times_problems(start, start + timedelta(minutes=1)) == {}
    assert list(meeting_times_problems(start, start)) == ["/ends_at"]
    assert list(meeting_times_problems(start, start - timedelta(hours=1))) == ["/ends_at"]
    naive = datetime(2026, 3, 10, 12)  # noqa: DTZ001 - the point of the test
    assert list(meeting_times_problems(naive, start)) == ["/starts_at"]


def test_a_council_is_asked_to_meet_only_in_periods_it_existed() -> None:
    """HN-HALF-YEARLY, HN-REGUT-ANNUAL: a council established on 2 December 2026 owes no meeting in 2025
    or in the first half of 2026; one dissolved on 31 March 2027 owes none in its second half."""
    profile = PROFILES[ProfileName.HELSE_NORD]

    def rules_asked(year: int, **lifespan: date) -> set[tuple[Rule, str]]:
        found = meeting_findings(profile, [], year, now=LONG_AFTER, zone=OSLO, **lifespan)
        return {(f.rule, f.subject) for f in found}

    established = date(2026, 12, 2)
    assert rules_asked(2025, established_on=established) == set()
    assert rules_asked(2026, established_on=established) == {
        (Rule.HN_HALF_YEARLY, "period:2026-H2"),
        (Rule.HN_REGUT_ANNUAL, "period:2026"),
    }
    assert rules_asked(2027, established_on=established, dissolved_on=date(2027, 3, 31)) == {
        (Rule.HN_HALF_YEARLY, "period:2027-H1"),
        (Rule.HN_REGUT_ANNUAL, "period:2027"),
    }
    assert rules_asked(2028, dissolved_on=date(2027, 3, 31)) == set()
