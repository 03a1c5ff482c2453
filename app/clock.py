"""What "today" means for the registry: the date in Norway, not on the server."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

OSLO = ZoneInfo("Europe/Oslo")


def today_in_oslo() -> date:
    return datetime.now(OSLO).date()


def date_in_oslo(moment: datetime) -> date:
    """The day in Norway of a stored (UTC) moment: 23:30 UTC in winter is already tomorrow there."""
    return moment.astimezone(OSLO).date()


def start_of_day_in_oslo(day: date) -> datetime:
    """The first moment of `day` in Norway: where a range of days given by a client begins."""
    return datetime.combine(day, time(), tzinfo=OSLO)
