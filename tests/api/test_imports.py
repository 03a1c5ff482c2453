"""Importing a RegUt's spreadsheet (POST /v1/imports): real XLSX files made by openpyxl here and CSV
files as Norwegian Excel saves them; the same rules as single writes, in date order, all or nothing."""

import io
import zipfile
from typing import Any

import httpx
import pytest
from openpyxl import Workbook, load_workbook

from tests.api.test_seat_walkthroughs import Registry
from tests.conftest import StatementCounter
from tests.tokens import Tokens

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
COUNCIL = ["regional", "anestesiologi", "helse-nord"]
SEAT_HEADER = [
    "Type (kind)", "Spesialitet (specialty)", "Region (region)", "Navn (name)", "Tittel (title)",
    "HPR-nummer (hpr_number)", "E-post (email)", "Telefon (phone)",
    "Samtykke til publisering (publish_email)", "Helseforetak (trust)", "Spesialist (specialist)",
    "Fra (starts_on)", "Til (ends_on)", "Vara for (deputy_of)",
]  # fmt: skip
"""Columns A to N of the members' sheet."""


def seat_row(name: str, hpr: str, trust: str, starts_on: Any, ends_on: Any = None, **cells: Any) -> list[Any]:
    row = [*COUNCIL, name, "overlege", hpr, f"{hpr}@example.no", None, "nei", trust, "ja", starts_on, ends_on]
    row.append(cells.get("deputy_of"))
    return row


THREE_TERMS = [
    seat_row("Kari Nordmann", "1000001", "unn", "01.03.2019", "28.02.2021"),
    seat_row("Ola Hansen", "1000002", "unn", "2021-03-01", "31.12.2023"),
    seat_row("Per Berg", "1000003", "unn", 45292),  # Excel's serial of 2024-01-01, open-ended
]
"""UNN's representative on Helse Nord's council of anaesthesiology over seven years: three terms."""


def workbook(sheets: dict[str, list[list[Any]]], *, merge: str | None = None) -> bytes:
    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        if merge and name == "Medlemmer":
            sheet.merge_cells(merge)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def history_file(*, seats: list[list[Any]] | None = None) -> bytes:
    return workbook(
        {
            "Råd": [
                ["Type (kind)", "Spesialitet (specialty)", "Region (region)", "Etablert (established_on)"],
                [*COUNCIL, "01.03.2019"],
            ],
            "Medlemmer": [SEAT_HEADER, *(seats if seats is not None else THREE_TERMS)],
            "Ledelse": [
                ["Spesialitet (specialty)", "Region (region)", "Fra (effective_on)", "Leder (leader)"],
                ["anestesiologi", "helse-nord", "01.03.2019", "1000001"],
                ["anestesiologi", "helse-nord", "01.03.2021", "Ola Hansen"],
            ],
            "Møter": [
                ["Spesialitet", "Region", "Dato", "Fra kl.", "Form", "Referat ført"],
                ["anestesiologi", "helse-nord", "12.06.2019", "10:00", "digital", "ja"],
                ["anestesiologi", "helse-nord", "20.11.2019", "13:30", "fysisk", "nei"],
            ],
        }
    )


async def send(
    registry: Registry, body: bytes, headers: dict[str, str], *, commit: bool = False, media_type: str = XLSX
) -> httpx.Response:
    return await registry.client.post(
        "/v1/imports",
        content=body,
        params={"commit": "true"} if commit else {},
        headers=headers | {"Content-Type": media_type},
    )


async def imported(
    registry: Registry, body: bytes, headers: dict[str, str], **options: Any
) -> dict[str, Any]:
    response = await send(registry, body, headers, **options)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def events_after(registry: Registry, after: int = 0) -> list[dict[str, Any]]:
    """Every event of the feed after `after`, page by page."""
    events: list[dict[str, Any]] = []
    while True:
        page = await registry.client.get(
            "/v1/events", params={"after": after, "limit": 500}, headers=registry.reader
        )
        items = page.json()["items"]
        if not items:
            return events
        events += items
        after = page.json()["next_after"]


async def last_event(registry: Registry) -> int:
    events = await events_after(registry)
    return int(events[-1]["id"]) if events else 0


def problems_at(report: dict[str, Any]) -> set[tuple[str, str, int, str | None]]:
    return {(p["rule"], p["sheet"], p["row"], p["column"]) for p in report["problems"]}


async def test_a_dry_run_reports_every_row_and_writes_nothing(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    """The default is a dry run: each row as it would be, nothing written."""
    report = await imported(registry, history_file(), tokens.regut("helse-nord"))
    assert report["state"] == "validated"
    assert report["counts"] == {"created": 7, "changed": 1, "unchanged": 0, "refused": 0}
    assert {(r["sheet"], r["row"], r["outcome"]) for r in report["rows"]} >= {
        ("Råd", 2, "changed"),
        ("Medlemmer", 4, "created"),
    }
    assert await registry.history(nord) == []
    council = (await registry.client.get(f"/v1/councils/{nord}")).json()
    assert council["established_on"] == "2019-01-01"


async def test_a_history_of_three_terms_over_seven_years_is_committed_as_it_happened(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    report = await imported(registry, history_file(), tokens.regut("helse-nord"), commit=True)
    assert report["state"] == "committed", report["problems"]
    history = await registry.history(nord)
    assert [(s["person"]["name"], s["starts_on"], s["ends_on"]) for s in history] == [
        ("Kari Nordmann", "2019-03-01", "2021-02-28"),
        ("Ola Hansen", "2021-03-01", "2023-12-31"),
        ("Per Berg", "2024-01-01", None),
    ]
    assert (await registry.client.get(f"/v1/councils/{nord}")).json()["established_on"] == "2019-03-01"
    assert await registry.leader_on(nord, "2020-01-01") == history[0]["person"]["id"]
    assert await registry.leader_on(nord, "2022-01-01") == history[1]["person"]["id"]
    meetings = (await registry.client.get(f"/v1/councils/{nord}/meetings")).json()["items"]
    assert [(m["starts_at"], m["format"]) for m in meetings] == [
        ("2019-06-12T10:00:00+02:00", "digital"),
        ("2019-11-20T13:30:00+01:00", "physical"),
    ]
    again = await imported(registry, history_file(), tokens.regut("helse-nord"))
    assert again["id"] != report["id"]
    read = await registry.client.get(f"/v1/imports/{report['id']}", headers=tokens.regut("helse-nord"))
    assert (read.status_code, read.json()["state"]) == (200, "committed")


async def test_importing_the_same_file_twice_changes_nothing_the_second_time(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    regut = tokens.regut("helse-nord")
    await imported(registry, history_file(), regut, commit=True)
    events_before = await last_event(registry)
    second = await imported(registry, history_file(), regut, commit=True)
    assert second["counts"] == {"created": 0, "changed": 0, "unchanged": 8, "refused": 0}
    assert [e["type"] for e in await events_after(registry, events_before)] == ["import.completed"]


async def test_a_corrected_file_changes_only_what_changed(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    regut = tokens.regut("helse-nord")
    await imported(registry, history_file(), regut, commit=True)
    corrected = [*THREE_TERMS[:2], seat_row("Per Berg", "1000003", "unn", 45292, "31.12.2026")]
    report = await imported(registry, history_file(seats=corrected), regut, commit=True)
    assert report["counts"] == {"created": 0, "changed": 1, "unchanged": 7, "refused": 0}
    assert [s["ends_on"] for s in await registry.history(nord)][-1] == "2026-12-31"


async def test_the_feed_and_the_audit_show_the_import(registry: Registry, nord: str, tokens: Tokens) -> None:
    report = await imported(registry, history_file(), tokens.admin(), commit=True)
    mine = [e for e in await events_after(registry) if e["import_id"] == report["id"]]
    assert [e["type"] for e in mine].count("representative.appointed") == 3
    assert mine[-1]["type"] == "import.completed"
    assert mine[-1]["data"]["created"] == 7
    audit = (await registry.client.get("/v1/audit", params={"limit": 100}, headers=registry.reader)).json()
    assert {e["action"] for e in audit["items"] if e["import_id"] == report["id"]} >= {
        "council.changed",
        "person.created",
        "representative.appointed",
        "leadership.changed",
        "meeting.scheduled",
        "import.completed",
    }


async def test_every_kind_of_row_error_is_reported_at_its_cell_and_nothing_is_written(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    regut = tokens.regut("helse-nord")
    lise = {"name": "Lise Lie", "email": "lise@example.no"}  # no HPR number: two records of one name
    for first, last in (("2019-02-01", "2019-02-02"), ("2019-02-03", "2019-02-04")):
        body = {"person": lise, "trust": "unn", "starts_on": first, "ends_on": last}
        await registry.appointed(nord, body | {"qualifications": {"specialist_in_specialty": True}}, regut)
    bad = [
        seat_row("Kari Nordmann", "1000001", "unn", "31.02.2019"),  # row 2: no such day
        seat_row("Ola Hansen", "1000002", "ukjent-hf", "01.03.2019"),  # row 3: unknown trust
        [*seat_row("Per Berg", "1000003", "nordlandssykehuset", "01.03.2019")[:10], "nei", "01.03.2019"],
        [*COUNCIL, "Lise Lie", None, None, None, None, "nei", "helgelandssykehuset", "ja", "01.03.2019"],
        seat_row("Anne Ås", "1000005", "finnmarkssykehuset", None),  # row 6: no start
        seat_row("Bo Bø", "1000006", "unn", "=DATE(2019,3,1)"),  # row 7: a formula
        seat_row("Eva Eng", "1000007", "unn", "01.03.2025"),  # rows 8 and 9: merged start cells
        seat_row("Siv Sand", "1000008", "unn", None),
    ]
    before = await registry.history(nord)
    report = await imported(
        registry, workbook({"Medlemmer": [SEAT_HEADER, *bad]}, merge="L8:L9"), regut, commit=True
    )
    assert report["state"] == "refused"
    assert problems_at(report) >= {
        ("IMPORT-DATE", "Medlemmer", 2, "L"),
        ("IMPORT-UNKNOWN", "Medlemmer", 3, "J"),
        ("HN-SPECIALIST", "Medlemmer", 4, "K"),
        ("IMPORT-AMBIGUOUS-PERSON", "Medlemmer", 5, "D"),
        ("IMPORT-REQUIRED", "Medlemmer", 6, "L"),
        ("IMPORT-FORMULA", "Medlemmer", 7, "L"),
        ("IMPORT-MERGED", "Medlemmer", 9, "L"),
    }
    assert await registry.history(nord) == before


async def test_a_commit_whose_last_row_breaks_a_rule_leaves_the_database_untouched(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    """All or nothing: the rows before it were valid, and are not written either (ONE-PER-TRUST)."""
    overlapping = [*THREE_TERMS, seat_row("Tor Tå", "1000009", "unn", "01.06.2024")]
    events_before = await last_event(registry)
    report = await imported(registry, history_file(seats=overlapping), tokens.admin(), commit=True)
    assert report["state"] == "refused"
    assert problems_at(report) == {("ONE-PER-TRUST", "Medlemmer", 5, "J")}
    assert [r["outcome"] for r in report["rows"] if r["sheet"] == "Medlemmer"] == [
        "created", "created", "created", "refused"
    ]  # fmt: skip
    assert await registry.history(nord) == []
    assert (await registry.client.get(f"/v1/councils/{nord}")).json()["established_on"] == "2019-01-01"
    assert await events_after(registry, events_before) == []
    stored = await registry.client.get(f"/v1/imports/{report['id']}", headers=tokens.admin())
    assert stored.json()["state"] == "refused"


async def test_a_deputys_row_joins_the_seat_it_names(
    registry: Registry, sor_ost: str, tokens: Tokens
) -> None:
    """HSO-DEPUTY-REQUIRED: Helse Sør-Øst's representative is appointed with a deputy, here from the
    deputy's own row."""
    council = ["regional", "anestesiologi", "helse-sor-ost"]
    header = [*SEAT_HEADER, "Overlege (senior_consultant)"]
    person = [None, None, None, "nei", "ous", "ja", "01.01.2020", None]
    rows = [
        [*council, "Siri Sæter", *person[:1], "2000001", *person[1:], None, "ja"],
        [*council, "Odd Ore", *person[:1], "2000002", *person[1:], "2000001", "ja"],
    ]
    report = await imported(registry, workbook({"Medlemmer": [header, *rows]}), tokens.admin(), commit=True)
    assert report["state"] == "committed", report["problems"]
    assert [r["outcome"] for r in report["rows"]] == ["created", "created"]
    [seat] = await registry.history(sor_ost)
    assert seat["deputy"]["name"] == "Odd Ore"


@pytest.mark.parametrize(
    ("encoding", "delimiter"), [("utf-8-sig", ";"), ("utf-8", ","), ("utf-8-sig", ",")], ids=str
)
async def test_a_csv_file_as_norwegian_excel_saves_it_is_read(
    registry: Registry, nord: str, tokens: Tokens, encoding: str, delimiter: str
) -> None:
    lines = [
        ["Spesialitet", "Region", "Navn", "HPR-nummer", "Helseforetak", "Spesialist", "Fra", "Til"],
        ["anestesiologi", "helse-nord", "Kåre Ødegård", "1000011", "unn", "ja", "01.03.2019", "28.02.2021"],
    ]
    body = "\r\n".join(delimiter.join(line) for line in lines).encode(encoding)
    report = await imported(registry, body, tokens.regut("helse-nord"), commit=True, media_type="text/csv")
    assert report["state"] == "committed", report["problems"]
    assert [s["person"]["name"] for s in await registry.history(nord)] == ["Kåre Ødegård"]


async def test_another_regions_regut_may_not_import_for_the_council(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    response = await send(registry, history_file(), tokens.regut("helse-vest"), commit=True)
    assert response.status_code == 403
    assert response.headers["content-type"] == "application/problem+json"
    assert await registry.history(nord) == []
    trust = await send(registry, history_file(), tokens.trust("unn"))
    assert trust.status_code == 403


async def test_the_template_has_every_sheet_with_both_header_names_and_drop_down_lists(
    registry: Registry, tokens: Tokens
) -> None:
    response = await registry.client.get("/v1/imports/template.xlsx")
    assert response.status_code == 200
    assert response.headers["content-type"] == XLSX
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames[:4] == ["Råd", "Medlemmer", "Ledelse", "Møter"]
    members = book["Medlemmer"]
    assert members["D1"].value == "Navn (name)"
    assert members["D2"].value == "Kari Nordmann"
    assert any("Lister!" in str(v.formula1) for v in members.data_validations.dataValidation)
    report = await imported(registry, response.content, tokens.admin())
    assert report["state"] == "validated", report["problems"]


# Hostile and mistaken files: a clear problem, never a 500, within bounded time and memory.


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def _with_sheet_xml(sheet_xml: bytes) -> bytes:
    """A real workbook whose first sheet's XML is replaced."""
    source = zipfile.ZipFile(io.BytesIO(workbook({"Medlemmer": [SEAT_HEADER]})))
    parts = {name: source.read(name) for name in source.namelist()}
    parts["xl/worksheets/sheet1.xml"] = sheet_xml
    return _zip(parts)


ENTITY_BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>"""


@pytest.mark.parametrize(
    ("body", "media_type", "status", "words"),
    [
        pytest.param(b"Navn;Fra\r\nKari;01.03.2019", XLSX, 415, "no zip archive", id="csv sent as xlsx"),
        pytest.param(
            workbook({"Medlemmer": [SEAT_HEADER]}), "text/csv", 415, "binary", id="xlsx sent as csv"
        ),
        pytest.param(b"{}", "application/json", 415, "is not read", id="json"),
        pytest.param(
            "Spesialitet;Region;Navn;Fra\r\nanestesiologi;helse-nord;Kåre;01.03.2019".encode("cp1252"),
            "text/csv",
            415,
            "not UTF-8",
            id="csv in windows-1252",
        ),
        pytest.param(_zip({"a.txt": b"x"}), XLSX, 415, "xl/workbook.xml", id="a zip that is no workbook"),
        pytest.param(_zip({"xl/workbook.xml": b"\0" * 300_000_000}), XLSX, 413, "unpacks to", id="zip bomb"),
        pytest.param(_with_sheet_xml(ENTITY_BOMB), XLSX, 422, "entities", id="xml entity bomb"),
        pytest.param(_with_sheet_xml(EXTERNAL_ENTITY), XLSX, 422, "entities", id="external entity"),
        pytest.param(
            workbook({"Notater": [["hei"]]}), XLSX, 422, "none of the import's sheets", id="no sheet"
        ),
        pytest.param(
            workbook({"Medlemmer": [["Navn (name)"]]}), XLSX, 422, "Fra (starts_on)", id="missing column"
        ),
    ],
)
async def test_a_file_that_is_not_what_it_says_or_is_hostile_is_refused_clearly(
    registry: Registry, tokens: Tokens, body: bytes, media_type: str, status: int, words: str
) -> None:
    response = await send(registry, body, tokens.admin(), commit=True, media_type=media_type)
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert words in response.json()["detail"]


async def test_a_file_over_the_size_limit_is_413(registry: Registry, tokens: Tokens, settings: Any) -> None:
    body = b"x" * (settings.import_max_bytes + 1)
    response = await send(registry, body, tokens.admin(), media_type="text/csv")
    assert (response.status_code, response.json()["rule"]) == (413, "PAYLOAD-TOO-LARGE")


async def test_a_sheet_over_the_row_limit_is_refused_naming_the_sheet(
    registry: Registry, tokens: Tokens, settings: Any
) -> None:
    rows = [seat_row("Kari", "1000001", "unn", "01.03.2019")] * (settings.import_max_rows + 1)
    response = await send(registry, workbook({"Medlemmer": [SEAT_HEADER, *rows]}), tokens.admin())
    assert response.status_code == 422
    assert "sheet Medlemmer has more than" in response.json()["detail"]


async def test_an_import_someone_else_made_is_not_found(registry: Registry, tokens: Tokens) -> None:
    report = await imported(registry, history_file(), tokens.regut("helse-nord"))
    other = await registry.client.get(f"/v1/imports/{report['id']}", headers=tokens.regut("helse-vest"))
    assert other.status_code == 404
    admin = await registry.client.get(f"/v1/imports/{report['id']}", headers=tokens.admin())
    assert admin.json() == report


async def test_compliance_of_an_imported_history_answers_for_past_years_as_the_history_says(
    registry: Registry, nord: str, tokens: Tokens
) -> None:
    await imported(registry, history_file(), tokens.regut("helse-nord"), commit=True)

    async def findings(year: int, on: str) -> dict[tuple[str, str], str]:
        response = await registry.client.get(
            f"/v1/councils/{nord}/compliance", params={"year": year, "on": on}, headers=registry.reader
        )
        return {(f["rule"], f["subject"]): f["status"] for f in response.json()["findings"]}

    assert await findings(2018, "2018-06-01") == {}  # BEFORE-ESTABLISHED: before 2019-03-01
    in_2019 = await findings(2019, "2019-12-31")
    assert in_2019[("HN-HALF-YEARLY", "period:2019-H1")] == "ok"
    assert in_2019[("HN-HALF-YEARLY", "period:2019-H2")] == "ok"
    assert in_2019[("SEAT-VACANT", "trust:unn")] == "ok"
    assert in_2019[("SEAT-VACANT", "trust:nordlandssykehuset")] == "violation"
    assert in_2019[("LEADER-ELECTED", "council")] == "ok"
    in_2020 = await findings(2020, "2020-12-31")
    assert in_2020[("HN-HALF-YEARLY", "period:2020-H1")] == "violation"


def busy_file(years: int) -> bytes:
    """A council's history with a term, an election and two meetings (one with minutes) a year."""
    years_of = range(2019, 2019 + years)
    seats = [
        seat_row(f"Person {y}", f"{2_000_000 + y}", "unn", f"01.03.{y}", f"28.02.{y + 1}") for y in years_of
    ]
    elections = [["anestesiologi", "helse-nord", f"01.03.{y}", f"{2_000_000 + y}"] for y in years_of]
    meetings = [
        ["anestesiologi", "helse-nord", f"{day}.{y}", "10:00", "digital", minutes]
        for y in years_of
        for day, minutes in (("12.06", "ja"), ("20.11", "nei"))
    ]
    return workbook(
        {
            "Råd": [["Type", "Spesialitet", "Region", "Etablert"], [*COUNCIL, "01.03.2019"]],
            "Medlemmer": [SEAT_HEADER, *seats],
            "Ledelse": [["Spesialitet", "Region", "Fra", "Leder"], *elections],
            "Møter": [["Spesialitet", "Region", "Dato", "Fra kl.", "Form", "Referat ført"], *meetings],
        }
    )


async def test_an_import_of_more_rows_sends_no_more_statements(
    registry: Registry, nord: str, tokens: Tokens, count_statements: StatementCounter
) -> None:
    """Each row is a single write, but its reads come from what the import holds locked and its new
    rows go in a table at a time: statements do not grow with the rows (a national file has ten
    thousand)."""
    sent = []
    for years in (2, 6):
        count_statements.statements.clear()
        report = await imported(registry, busy_file(years), tokens.regut("helse-nord"))
        assert (report["state"], report["counts"]["created"]) == ("validated", 4 * years), report["problems"]
        sent.append(len(count_statements))
    assert sent[1] <= sent[0] + 2, sent
