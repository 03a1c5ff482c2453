"""The meetings calendar feed (RFC 5545) as a subscriber's Outlook or Google Calendar reads it: rendered
from plain contract values, parsed back with icalendar, checked field by field. No database."""

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar, Event

from app.contract.councils import CouncilPublic
from app.contract.meetings import (
    AgendaItem,
    AttendanceEntry,
    AttendancePublic,
    Guest,
    MeetingPublic,
    MeetingStatus,
)
from app.domain.meetings import AgendaKind, AttendanceStatus, MeetingFormat
from app.domain.profiles import Convener, ProfileName
from app.domain.values import CouncilKind
from app.services.calendars import render_calendar
from app.services.texts import Language

DOMAIN = "lis-registry.helsenord.no"
SCHEDULED_ON = datetime(2026, 1, 5, 10, 0, tzinfo=UTC)
MEETING_ID = uuid.UUID("00000000-0000-4000-8000-0000000000a1")
LINK = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc"


def council(name: str = "Regionalt utdanningsråd i anestesiologi, Helse Nord") -> CouncilPublic:
    return CouncilPublic(
        id=uuid.UUID("00000000-0000-4000-8000-000000000001"),
        kind=CouncilKind.REGIONAL,
        name=name,
        specialty="anestesiologi",
        region="helse-nord",
        profile=ProfileName.HELSE_NORD,
        contact_email="anestesi.rur@unn.no",
        established_on=date(2025, 1, 1),
        dissolved_on=None,
        created_at=datetime(2025, 1, 1, tzinfo=UTC),
        updated_at=datetime(2025, 1, 1, tzinfo=UTC),
    )


def meeting(
    starts_at: datetime = datetime(2026, 6, 30, 7, 0, tzinfo=UTC),
    *,
    meeting_id: uuid.UUID = MEETING_ID,
    hours: int = 2,
    status: MeetingStatus = MeetingStatus.SCHEDULED,
    location: str | None = "UNN, Tromsø",
    video_link: str | None = LINK,
    agenda: tuple[str, ...] = ("Årsoppsummering 2026", "Eventuelt"),
    cancel_reason: str | None = None,
    sequence: int = 0,
    updated_at: datetime = SCHEDULED_ON,
    attendance: AttendancePublic | None = None,
    minutes: str | None = None,
) -> MeetingPublic:
    return MeetingPublic(
        id=meeting_id,
        council_id=council().id,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=hours),
        status=status,
        format=MeetingFormat.HYBRID,
        location=location,
        video_link=video_link,
        regut_invited=True,
        convener=Convener.REGUT,
        agenda=[AgendaItem(kind=AgendaKind.OTHER, title=title) for title in agenda],
        invited_councils=[],
        cancel_reason=cancel_reason,
        sequence=sequence,
        attendance=attendance,
        minutes=minutes,
        created_at=SCHEDULED_ON,
        updated_at=updated_at,
    )


def wall_clock(moment: datetime) -> str:
    """What the subscriber's clock shows, and in which zone."""
    return f"{moment:%Y-%m-%d %H:%M} {moment.tzinfo}"


def parsed(ics: bytes) -> Calendar:
    return Calendar.from_ical(ics)


def only_event(ics: bytes) -> Event:
    (event,) = parsed(ics).events
    return event


def test_the_feed_announces_itself_as_a_published_gregorian_calendar_named_for_the_subscriber() -> None:
    calendar = parsed(render_calendar("LIS-møter, Helse Nord", [(council(), meeting())]))

    assert calendar["PRODID"] == "-//LIS council registry//Meetings//NO"
    assert calendar["VERSION"] == "2.0"
    assert calendar["CALSCALE"] == "GREGORIAN"
    assert calendar["METHOD"] == "PUBLISH"
    assert calendar["X-WR-CALNAME"] == "LIS-møter, Helse Nord"
    assert calendar["X-WR-TIMEZONE"] == "Europe/Oslo"


def test_the_feed_defines_oslo_time_with_winter_and_summer_offsets_for_clients_without_a_tz_database() -> (
    None
):
    calendar = parsed(render_calendar("Møter", [(council(), meeting())]))

    (timezone,) = calendar.timezones
    assert timezone["TZID"] == "Europe/Oslo"
    assert {s["TZOFFSETTO"].td for s in timezone.standard} == {timedelta(hours=1)}
    assert {d["TZOFFSETTO"].td for d in timezone.daylight} == {timedelta(hours=2)}
    assert calendar.get_missing_tzids() == set()


def test_a_meeting_years_ahead_still_has_its_summer_time_defined() -> None:
    """A client that builds Oslo time from the VTIMEZONE alone puts a 2031 meeting at the right hour."""
    ics = render_calendar("Møter", [(council(), meeting(datetime(2031, 6, 10, 7, 0, tzinfo=UTC)))])

    (timezone,) = parsed(ics).timezones
    oslo_from_the_feed = timezone.to_tz()
    assert datetime(2031, 6, 10, 9, 0, tzinfo=oslo_from_the_feed).utcoffset() == timedelta(hours=2)
    assert datetime(2031, 12, 10, 9, 0, tzinfo=oslo_from_the_feed).utcoffset() == timedelta(hours=1)


def test_a_summer_meeting_at_0700_utc_shows_at_0900_oslo_time_with_its_tzid() -> None:
    ics = render_calendar("Møter", [(council(), meeting(datetime(2026, 6, 30, 7, 0, tzinfo=UTC)))])
    event = only_event(ics)

    assert event["DTSTART"].params["TZID"] == "Europe/Oslo"
    assert event["DTEND"].params["TZID"] == "Europe/Oslo"
    assert wall_clock(event.start) == "2026-06-30 09:00 Europe/Oslo"
    assert wall_clock(event.end) == "2026-06-30 11:00 Europe/Oslo"
    assert event.start == datetime(2026, 6, 30, 7, 0, tzinfo=UTC)
    assert b"DTSTART;TZID=Europe/Oslo:20260630T090000\r\n" in ics


def test_a_winter_meeting_at_0800_utc_also_shows_at_0900_oslo_time() -> None:
    event = only_event(render_calendar("Møter", [(council(), meeting(datetime(2026, 1, 15, 8, tzinfo=UTC)))]))

    assert event["DTSTART"].params["TZID"] == "Europe/Oslo"
    assert wall_clock(event.start) == "2026-01-15 09:00 Europe/Oslo"


def test_a_subscriber_sees_the_council_place_link_and_status_of_a_scheduled_meeting() -> None:
    event = only_event(render_calendar("Møter", [(council(), meeting(sequence=0))]))

    assert event["UID"] == f"00000000-0000-4000-8000-0000000000a1@{DOMAIN}"
    assert event["SUMMARY"] == "Regionalt utdanningsråd i anestesiologi, Helse Nord"
    assert event["LOCATION"] == "UNN, Tromsø"
    assert event["URL"] == LINK
    assert event["STATUS"] == "CONFIRMED"
    assert event["TRANSP"] == "OPAQUE"
    assert event.sequence == 0
    assert event.categories == ["Regionalt råd"]  # the kind as people say it, not its code
    assert event.DTSTAMP == SCHEDULED_ON
    assert event.created == SCHEDULED_ON
    assert event.last_modified == SCHEDULED_ON


def test_a_held_meeting_stays_confirmed_in_the_calendar() -> None:
    event = only_event(render_calendar("Møter", [(council(), meeting(status=MeetingStatus.HELD))]))

    assert event["STATUS"] == "CONFIRMED"


def test_a_digital_meeting_shows_its_video_link_as_the_place() -> None:
    event = only_event(render_calendar("Møter", [(council(), meeting(location=None))]))

    assert event["LOCATION"] == LINK
    assert event["URL"] == LINK


def test_a_physical_meeting_without_a_link_has_no_url() -> None:
    event = only_event(render_calendar("Møter", [(council(), meeting(video_link=None))]))

    assert event["LOCATION"] == "UNN, Tromsø"
    assert "URL" not in event
    assert "Videolenke" not in event["DESCRIPTION"]


def test_the_description_lists_the_agenda_in_order_and_the_link_to_join() -> None:
    event = only_event(render_calendar("Møter", [(council(), meeting())]))

    assert event["DESCRIPTION"] == (
        f"Saksliste:\n1. Årsoppsummering 2026\n2. Eventuelt\n\nVideolenke: {LINK}"
    )


def test_a_meeting_without_agenda_or_link_has_no_description() -> None:
    event = only_event(render_calendar("Møter", [(council(), meeting(agenda=(), video_link=None))]))

    assert "DESCRIPTION" not in event


def test_a_changed_meeting_moves_the_event_subscribers_already_have_instead_of_adding_one() -> None:
    before = only_event(render_calendar("Møter", [(council(), meeting(sequence=1))]))
    moved = meeting(
        datetime(2026, 6, 30, 8, 0, tzinfo=UTC), sequence=2, updated_at=SCHEDULED_ON + timedelta(days=3)
    )
    after = only_event(render_calendar("Møter", [(council(), moved)]))

    assert after["UID"] == before["UID"]
    assert (before.sequence, after.sequence) == (1, 2)
    assert wall_clock(after.start) == "2026-06-30 10:00 Europe/Oslo"
    assert after.DTSTAMP > before.DTSTAMP


def test_a_cancelled_meeting_is_marked_cancelled_with_its_reason_and_no_longer_blocks_time() -> None:
    cancelled = meeting(status=MeetingStatus.CANCELLED, cancel_reason="For få kunne komme", sequence=1)
    event = only_event(render_calendar("Møter", [(council(), cancelled)]))

    assert event["STATUS"] == "CANCELLED"
    assert event["UID"] == f"00000000-0000-4000-8000-0000000000a1@{DOMAIN}"
    assert event.sequence == 1
    assert event["DESCRIPTION"].startswith("Avlyst: For få kunne komme\n\n")
    assert event["SUMMARY"] == "Regionalt utdanningsråd i anestesiologi, Helse Nord"
    assert event["TRANSP"] == "TRANSPARENT"


def test_an_unchanged_calendar_renders_the_same_bytes_whatever_the_input_order() -> None:
    """Same meetings, same bytes, same ETag: a subscriber's refresh is answered 304."""
    first = meeting(datetime(2026, 3, 10, 8, tzinfo=UTC), meeting_id=uuid.uuid4())
    second = meeting(datetime(2026, 9, 10, 7, tzinfo=UTC), meeting_id=uuid.uuid4())

    once = render_calendar("Møter", [(council(), first), (council(), second)])
    again = render_calendar("Møter", [(council(), second), (council(), first)])

    assert once == again
    assert parsed(once).events[0].DTSTAMP == SCHEDULED_ON


def test_events_come_in_order_of_start() -> None:
    late = meeting(datetime(2026, 11, 3, 8, tzinfo=UTC), meeting_id=uuid.uuid4())
    early = meeting(datetime(2026, 2, 3, 8, tzinfo=UTC), meeting_id=uuid.uuid4())
    middle = meeting(datetime(2026, 6, 3, 7, tzinfo=UTC), meeting_id=uuid.uuid4())

    events = parsed(render_calendar("Møter", [(council(), m) for m in (late, early, middle)])).events

    assert [e["UID"] for e in events] == [f"{m.id}@{DOMAIN}" for m in (early, middle, late)]


def test_attendance_and_minutes_never_reach_a_subscriber_even_when_the_view_carries_them() -> None:
    representative = uuid.UUID("0d5e1f2a-3b4c-4d5e-8f90-a1b2c3d4e5f6")
    full = meeting(
        status=MeetingStatus.HELD,
        attendance=AttendancePublic(
            entries=[AttendanceEntry(representative=representative, status=AttendanceStatus.ABSENT)],
            regut_present=True,
            guests=[Guest(name="Eva Lind", role="utdanningskoordinerende overlege")],
        ),
        minutes="Referat: Sak 1 vedtatt mot én stemme",
    )

    ics = render_calendar("Møter", [(council(), full)])
    text = parsed(ics).to_ical().decode()

    for private in ("Eva Lind", "utdanningskoordinerende", str(representative), "Referat", "stemme"):
        assert private not in text
        assert private.encode() not in ics
    assert "anestesi.rur@unn.no" not in text


def test_commas_semicolons_newlines_and_norwegian_letters_read_back_as_written() -> None:
    name = "Tverregionalt råd i øre-nese-hals; Æ, Ø og Å"
    location = "Sykehuset, Bodø; møterom «Fjæra»\nInngang B"
    title = "Høring: læringsmål; del 1, 2 og 3\nmed vedlegg"
    ics = render_calendar(
        "Møter; særlige, råd", [(council(name), meeting(location=location, agenda=(title,)))]
    )

    calendar = parsed(ics)
    event = only_event(ics)
    assert calendar["X-WR-CALNAME"] == "Møter; særlige, råd"
    assert event["SUMMARY"] == name
    assert event["LOCATION"] == location
    assert f"1. {title}" in event["DESCRIPTION"]
    assert "Sykehuset\\, Bodø\\; møterom «Fjæra»\\nInngang B".encode() in ics


def test_every_line_is_folded_within_75_octets_with_crlf_endings() -> None:
    """Long Norwegian text is folded between characters, never inside one, as strict clients require."""
    long_title = "; ".join(["Årsoppsummering for spesialiteten: læringsmål, høringer og øvrige saker"] * 4)
    ics = render_calendar("Møter", [(council("Rådet for " + "æøå" * 60), meeting(agenda=(long_title,) * 3))])

    assert ics.endswith(b"\r\n")
    assert b"\n" not in ics.replace(b"\r\n", b"")
    lines = ics.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)
    for line in lines:
        line.decode("utf-8")  # no character cut in two by a fold
    assert str(only_event(ics)["DESCRIPTION"]).count(long_title) == 3


def test_an_empty_calendar_is_still_a_valid_feed_with_oslo_time() -> None:
    calendar = parsed(render_calendar("Møter", []))

    assert calendar.events == []
    assert [tz["TZID"] for tz in calendar.timezones] == ["Europe/Oslo"]
    calendar.validate()


def test_a_meeting_with_a_naive_timestamp_is_refused_rather_than_shown_at_a_guessed_hour() -> None:
    with pytest.raises(ValueError, match="offset"):
        render_calendar("Møter", [(council(), meeting(updated_at=datetime(2026, 1, 5, 10, 0)))])  # noqa: DTZ001


def test_a_calendar_in_english_words_its_kind_agenda_and_cancellation_in_english() -> None:
    cancelled = meeting(sequence=1).model_copy(
        update={"status": MeetingStatus.CANCELLED, "cancel_reason": "Streik"}
    )
    event = only_event(render_calendar("Meetings", [(council(), cancelled)], language=Language.EN))
    assert event.categories == ["Regional council"]
    assert str(event["DESCRIPTION"]).startswith("Cancelled: Streik")
