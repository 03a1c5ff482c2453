"""What people read never shows the contract's codes (README, Pages and files for people): no enum slug,
no trust or region code and no ISO date inside the text of a page, a spreadsheet, a CSV for people or a
calendar, in Norwegian or in English. JSON keeps them: they are the contract."""

import csv
import io
import re
from enum import StrEnum
from html import unescape

import httpx
import pytest
from icalendar import Calendar
from openpyxl import load_workbook

import app.contract.activity
import app.contract.directory
import app.domain.compliance
import app.domain.leadership
import app.domain.meetings
import app.domain.profiles
import app.domain.proposals
import app.domain.seats
import app.domain.values
from app.storage.database import Database
from app.storage.reference_data import packaged_reference_data
from tests.api.test_activity_summary import YEAR, AYear, a_year_of_activity
from tests.api.test_seat_walkthroughs import Registry
from tests.tokens import Tokens

ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
HTML = "text/html"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
LANGUAGES = ("nb", "en")


def slugs() -> set[str]:
    """Every code a person could meet by mistake: the contract's enum values written as codes (with `_`
    or `-`), and the codes of regions and trusts."""
    found: set[str] = set()
    for module in (
        app.domain.values,
        app.domain.seats,
        app.domain.leadership,
        app.domain.meetings,
        app.domain.profiles,
        app.domain.proposals,
        app.domain.compliance,
        app.contract.activity,
        app.contract.directory,
    ):
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum:
                found |= {member.value for member in value if re.search(r"[_-]", member.value)}
    reference = packaged_reference_data()
    found |= {region.code for region in reference.regions} | {trust.code for trust in reference.trusts}
    return {slug for slug in found if slug.islower()}


SLUGS = slugs()


def visible_text(page: str) -> str:
    """What a reader sees or hears: the text, and the titles and labels a screen reader reads out."""
    page = re.sub(r"<style>.*?</style>", " ", page, flags=re.DOTALL)
    said = " ".join(re.findall(r'(?:title|aria-label)="([^"]*)"', page))
    return unescape(re.sub(r"<[^>]+>", " ", page) + " " + said)


def assert_for_people(text: str, where: str) -> None:
    text = re.sub(r"\S+@\S+|https?://\S+", " ", text)  # addresses are not words: unn.no is UNN's
    dates = ISO_DATE.findall(text)
    assert dates == [], f"{where}: ISO dates {dates}"
    codes = sorted(slug for slug in SLUGS if re.search(rf"(?<![\w/-]){re.escape(slug)}(?![\w-])", text))
    assert codes == [], f"{where}: codes {codes}"


@pytest.fixture
async def year(registry: Registry, clean_database: Database) -> AYear:
    """A year of a Helse Nord council's activity (tests/api/test_activity_summary.py)."""
    return await a_year_of_activity(registry.client, registry.tokens, clean_database)


@pytest.mark.parametrize("language", LANGUAGES)
async def test_no_page_shows_a_code_or_an_iso_date(
    client: httpx.AsyncClient, tokens: Tokens, year: AYear, language: str
) -> None:
    regut = tokens.regut("helse-nord") | {"Accept": HTML, "Accept-Language": language}
    pages = {
        "the summary": await client.get(
            f"/v1/councils/{year.nord}/activity-summary.html", params={"year": YEAR}, headers=regut
        ),
        "the inter-regional summary": await client.get(
            f"/v1/councils/{year.interregional}/activity-summary.html", params={"year": YEAR}, headers=regut
        ),
        "the overview": await client.get("/v1/compliance.html", params={"year": YEAR}, headers=regut),
        "the link error page": await client.get("/v1/links/expired", headers={"Accept-Language": language}),
    }
    for where, response in pages.items():
        assert response.headers["content-type"] == "text/html; charset=utf-8", where
        assert_for_people(visible_text(response.text), f"{where} ({language})")
    # The check itself: the summary's JSON has the codes and dates the page must not show.
    as_json = await client.get(
        f"/v1/councils/{year.nord}/activity-summary", params={"year": YEAR}, headers=tokens.bearer("read")
    )
    with pytest.raises(AssertionError):
        assert_for_people(as_json.text, "the JSON")


@pytest.mark.parametrize("language", LANGUAGES)
async def test_no_spreadsheet_csv_or_calendar_for_people_shows_a_code_or_an_iso_date(
    client: httpx.AsyncClient, tokens: Tokens, year: AYear, language: str
) -> None:
    asked = {"Accept-Language": language}
    directory = await client.get("/v1/directory.xlsx", headers=asked)
    overview = await client.get("/v1/compliance.xlsx", headers=tokens.regut("helse-nord") | asked)
    for where, response in (("the directory", directory), ("the overview", overview)):
        assert response.headers["content-type"] == XLSX
        sheet = load_workbook(io.BytesIO(response.content)).active
        assert sheet is not None
        cells = [str(v) for row in sheet.iter_rows(values_only=True) for v in row if isinstance(v, str)]
        assert_for_people(" | ".join(cells), f"{where} workbook ({language})")
    table = await client.get("/v1/directory.csv", params={"delimiter": "semicolon"}, headers=asked)
    rows = list(csv.reader(io.StringIO(table.content.decode("utf-8-sig")), delimiter=";"))
    assert_for_people(" | ".join(cell for row in rows for cell in row), f"the CSV ({language})")
    for path, params in (
        (f"/v1/councils/{year.nord}/meetings.ics", {}),
        ("/v1/meetings.ics", {"region": "helse-nord", "specialty": "anestesiologi"}),
    ):
        calendar = Calendar.from_ical((await client.get(path, params=params, headers=asked)).content)
        said = [str(calendar.get("X-WR-CALNAME", ""))]
        for event in calendar.walk("VEVENT"):
            said += [str(event.get("SUMMARY", "")), str(event.get("DESCRIPTION", ""))]
            said += [str(category) for category in event.categories]
        assert_for_people(" | ".join(said), f"the calendar {path} ({language})")
