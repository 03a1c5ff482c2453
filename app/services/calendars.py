"""Meetings as an iCalendar feed (RFC 5545) that Outlook and Google Calendar can subscribe to.

Only the public fields of a meeting and its council go into the feed: attendance and minutes never do,
whatever the view carries.
"""

from collections.abc import Sequence
from datetime import UTC, date, datetime

from icalendar import Calendar, Event, Timezone
from icalendar.enums import STATUS, TRANSP

from app.clock import OSLO
from app.contract.councils import CouncilPublic
from app.contract.meetings import MeetingPublic, MeetingStatus
from app.services.texts import DEFAULT_LANGUAGE, Language
from app.services.wording import Wording

PRODID = "-//LIS council registry//Meetings//NO"
TZID = "Europe/Oslo"

_STATUS = {
    MeetingStatus.SCHEDULED: STATUS.CONFIRMED,
    MeetingStatus.HELD: STATUS.CONFIRMED,
    MeetingStatus.CANCELLED: STATUS.CANCELLED,
}


def render_calendar(
    name: str,
    entries: Sequence[tuple[CouncilPublic, MeetingPublic]],
    *,
    domain: str = "lis-registry.helsenord.no",
    language: Language = DEFAULT_LANGUAGE,
) -> bytes:
    """The meetings as one VCALENDAR, events by start, its words in `language`; the same meetings always
    give the same bytes."""
    words = Wording(language)
    ordered = sorted(entries, key=lambda entry: (_utc(entry[1].starts_at), str(entry[1].id)))
    # Calendar.new() would give the calendar a random UID: set the properties one by one instead.
    calendar = Calendar()
    calendar.prodid = PRODID
    calendar.version = "2.0"
    calendar.calscale = "GREGORIAN"
    calendar.method = "PUBLISH"
    calendar.calendar_name = name  # NAME (RFC 7986) and X-WR-CALNAME (Outlook, Google)
    calendar.add("X-WR-TIMEZONE", TZID)
    calendar.add_component(_oslo_timezone([meeting for _, meeting in ordered]))
    for council, meeting in ordered:
        calendar.add_component(_event(council, meeting, domain, words))
    ics: bytes = calendar.to_ical()
    return ics


def _oslo_timezone(meetings: Sequence[MeetingPublic]) -> Timezone:
    """Europe/Oslo's offsets over the years the meetings span, from the tz database.

    Clients that do not know the TZID (older Outlook) read the offsets from here. The span comes from
    the data, not the clock, so it changes only when the meetings do; an empty calendar gets the
    library's default span (1970 to 2038) and stays valid, since a VCALENDAR needs one component.
    """
    if not meetings:
        return Timezone.from_tzid(TZID)
    first = min(meeting.starts_at.astimezone(OSLO) for meeting in meetings)
    last = max(meeting.ends_at.astimezone(OSLO) for meeting in meetings)
    return Timezone.from_tzid(
        TZID, first_date=date(first.year, 1, 1), last_date=date(min(last.year + 1, date.max.year), 1, 1)
    )


def _event(council: CouncilPublic, meeting: MeetingPublic, domain: str, words: Wording) -> Event:
    cancelled = meeting.status is MeetingStatus.CANCELLED
    return Event.new(
        # The same UID through every change, with a higher SEQUENCE, so a subscriber's client updates
        # the event it has instead of adding a second one.
        uid=f"{meeting.id}@{domain}",
        sequence=meeting.sequence,
        # DTSTAMP from the data, not the clock: an unchanged calendar is byte-identical, so its ETag
        # stays the same and a subscriber's conditional GET revalidates with 304 Not Modified.
        stamp=_utc(meeting.updated_at),
        created=_utc(meeting.created_at),
        last_modified=_utc(meeting.updated_at),
        # Wall-clock times with TZID=Europe/Oslo: a meeting at 09:00 stays at 09:00 across DST changes.
        start=_utc(meeting.starts_at).astimezone(OSLO),
        end=_utc(meeting.ends_at).astimezone(OSLO),
        summary=council.name,
        status=_STATUS[meeting.status],
        location=meeting.location or meeting.video_link,
        url=meeting.video_link,
        description=_description(meeting, words) or None,
        categories=[words.label("council_kind", council.kind)],
        transparency=TRANSP.OPAQUE if not cancelled else TRANSP.TRANSPARENT,
    )


def _description(meeting: MeetingPublic, words: Wording) -> str:
    """The agenda as a numbered list (saksliste), the link to join, and why the meeting was cancelled."""
    parts: list[str] = []
    if meeting.status is MeetingStatus.CANCELLED:
        cancelled = words.page("ics_cancelled")
        parts.append(f"{cancelled}: {meeting.cancel_reason}" if meeting.cancel_reason else cancelled)
    if meeting.agenda:
        items = "\n".join(f"{number}. {item.title}" for number, item in enumerate(meeting.agenda, start=1))
        parts.append(f"{words.page('ics_agenda')}:\n{items}")
    if meeting.video_link:
        parts.append(f"{words.page('ics_video')}: {meeting.video_link}")
    return "\n\n".join(parts)


def _utc(moment: datetime) -> datetime:
    """The instant in UTC; a naive datetime is refused, since its zone would be the server's guess."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"a calendar needs instants with an offset, not {moment.isoformat()}")
    return moment.astimezone(UTC)
