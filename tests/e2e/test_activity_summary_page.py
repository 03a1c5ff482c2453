"""The activity summary's printable page in a real browser: what a RegUt officer sees and saves as PDF.

A year of a Helse Nord council is made through the API (tests/api/test_activity_summary.py), its page
fetched with a token as the officer's browser would be sent it, saved, and opened by headless Chromium
from the file (a browser's command line cannot send a bearer token): a screenshot the size of an A4
page at 150 dpi, and the page printed to PDF. Both are kept in `test-artifacts/` (not committed) for a
person to look at, and checked here to be a real picture with something on it and a real PDF.

Chromium is Debian's (`apt-get install chromium`; .ci/run installs it). Without it the test skips and
says why, except in CI, where it must run.
"""

import os
import shutil
import struct
import subprocess
import zlib
from collections import Counter
from pathlib import Path

import httpx
import pytest

from app.bootstrap import establish_councils
from app.storage.database import Database
from tests.api.test_activity_summary import YEAR, a_year_of_activity
from tests.conftest import PROJECT_ROOT
from tests.tokens import Tokens

ARTIFACTS = PROJECT_ROOT / "test-artifacts"
VIEWPORT = (827, 1169)
"""CSS pixels: the page's A4 sheet (210 mm, 794 px) with a little margin, one page high."""
SCALE = 1.5
"""Device pixels per CSS pixel: the screenshot is A4 at about 150 dpi, 1240 by 1754 pixels."""
CHROMIUM_FLAGS = (
    "--headless",
    # As root in a container: no user namespaces for the sandbox, no GPU, a small /dev/shm.
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    f"--force-device-scale-factor={SCALE}",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # The page loads nothing from elsewhere; if it tried, no name would resolve.
    "--host-resolver-rules=MAP * ~NOTFOUND",
)


@pytest.fixture
def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        reason = "Chromium is not installed (apt-get install --no-install-recommends chromium)"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}: CI must render the page (.ci/run installs it)")
        print(f"skipped: {reason}")
        pytest.skip(reason)
    return found


def render(chromium: str, page: Path, profile: Path, *arguments: str) -> None:
    """Chromium, headless, on `page`, with a throw-away profile; fails the test with its output if it
    does not succeed."""
    result = subprocess.run(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *arguments, page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, f"chromium exited with {result.returncode}:\n{result.stderr[-3000:]}"


def _bytewise_sum(row: bytes, above: bytes) -> bytes:
    """Each byte of `row` plus the one above it, modulo 256 (PNG's Up filter), without a Python loop:
    the bytes added as one integer, with the carry out of each byte kept from reaching the next."""
    low, high = int.from_bytes(b"\x7f" * len(row), "big"), int.from_bytes(b"\x80" * len(row), "big")
    x, y = int.from_bytes(row, "big"), int.from_bytes(above, "big")
    return (((x & low) + (y & low)) ^ ((x ^ y) & high)).to_bytes(len(row), "big")


def decode_png(data: bytes) -> tuple[int, int, list[bytes], int]:
    """Width, height, the rows of pixels and the bytes per pixel of an 8-bit, non-interlaced PNG:
    the header read, IDAT inflated with zlib, each row's filter undone (RFC 2083 §6)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, header, compressed = 8, b"", []
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position : position + 8])
        body = data[position + 8 : position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            compressed.append(body)
        elif kind == b"IEND":
            break
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert (depth, interlace) == (8, 0), (depth, interlace)
    per_pixel = {0: 1, 2: 3, 4: 2, 6: 4}[colour]
    stride = width * per_pixel
    raw = zlib.decompress(b"".join(compressed))
    assert len(raw) == height * (stride + 1), "IDAT does not hold the picture its header describes"
    rows: list[bytes] = []
    above = bytes(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        if kind == 1:  # Sub
            for i in range(per_pixel, stride):
                line[i] = (line[i] + line[i - per_pixel]) & 0xFF
        elif kind == 2:  # Up
            line = bytearray(_bytewise_sum(bytes(line), above))
        elif kind == 3:  # Average
            for i in range(stride):
                left = line[i - per_pixel] if i >= per_pixel else 0
                line[i] = (line[i] + (left + above[i]) // 2) & 0xFF
        elif kind == 4:  # Paeth
            for i in range(stride):
                a = line[i - per_pixel] if i >= per_pixel else 0
                b, c = above[i], above[i - per_pixel] if i >= per_pixel else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line))
        above = bytes(line)
    return width, height, rows, per_pixel


async def test_the_printable_summary_renders_in_chromium_as_a_picture_and_a_pdf(
    client: httpx.AsyncClient, tokens: Tokens, clean_database: Database, chromium: str, tmp_path: Path
) -> None:
    """000 *Møtefrekvens* / 002 §4: the page RegUt prints, as a browser draws it."""
    await establish_councils(clean_database)
    year = await a_year_of_activity(client, tokens, clean_database)
    response = await client.get(
        f"/v1/councils/{year.nord}/activity-summary.html",
        params={"year": YEAR},
        headers=tokens.regut("helse-nord"),
    )
    assert response.status_code == 200, response.text
    ARTIFACTS.mkdir(exist_ok=True)
    page = ARTIFACTS / f"activity-summary-{YEAR}.html"
    screenshot = ARTIFACTS / f"activity-summary-{YEAR}.png"
    pdf = ARTIFACTS / f"activity-summary-{YEAR}.pdf"
    for old in (screenshot, pdf):
        old.unlink(missing_ok=True)
    page.write_bytes(response.content)

    width, height = VIEWPORT
    render(
        chromium,
        page,
        tmp_path / "profile-png",
        f"--screenshot={screenshot}",
        f"--window-size={width},{height}",
    )
    render(chromium, page, tmp_path / "profile-pdf", f"--print-to-pdf={pdf}", "--no-pdf-header-footer")
    print(f"the page as Chromium drew it: {screenshot} and {pdf}")

    shot_width, shot_height, rows, per_pixel = decode_png(screenshot.read_bytes())
    # Chromium rounds the scaled viewport to whole pixels: 827 CSS pixels at 1.5 are 1240 or 1241.
    assert abs(shot_width - width * SCALE) <= 1, shot_width
    assert abs(shot_height - height * SCALE) <= 1, shot_height
    pixels = Counter(row[i : i + per_pixel] for row in rows[::4] for i in range(0, len(row), per_pixel * 4))
    background, most = pixels.most_common(1)[0]
    drawn = 1 - most / sum(pixels.values())
    assert len(pixels) > 50, f"only {len(pixels)} colours: the page is (nearly) blank"
    assert drawn > 0.05, f"{drawn:.1%} of the picture differs from its background {background.hex()}"

    printed = pdf.read_bytes()
    assert printed.startswith(b"%PDF-"), printed[:16]
    assert len(printed) > 10_000
    assert b"%%EOF" in printed[-1024:]
