"""What "today" means for the registry: the date in Norway, not on the server."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

OSLO = ZoneInfo("Europe/Oslo")


def today_in_oslo() -> date:
    return datetime.now(OSLO).date()


def date_in_oslo(moment: datetime) -> date:
    """The day in Norway of a stored (UTC) moment: 23:30 UTC in winter is already tomorrow there."""
    return moment.astimezone(OSLO).date()
