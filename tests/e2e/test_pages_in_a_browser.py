"""The pages people read, in a real browser against a real uvicorn (README, Pages and files for people).

Each page — a council's activity summary and RegUt's compliance overview — is opened in Debian's
headless Chromium through a link (no login) and through a token (as a system's browser would send it),
in Norwegian and in English, at the page's own address and at the JSON's, which sends a browser there;
axe-core (npm, tests/e2e/axe) is run in the page and must report no violation of WCAG 2.1 A or AA; the
page must reflow at 200 % zoom (640 CSS pixels wide) without scrolling sideways; and it is saved as PNG
and PDF under test-artifacts/ for a person to look at. An expired, an altered and a revoked link each
show the Norwegian error page, which axe checks too, and no link appears in any line the service
logged.

Chromium is driven over the DevTools protocol (the `websockets` package uvicorn[standard] brings).
Without Chromium or axe-core the test skips and says why, except in CI, where it must run.
"""

import asyncio
import base64
import json
import logging
import os
import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
import websockets
from pydantic import SecretStr

import app.routers.links as links_router
from app.bootstrap import establish_councils
from app.main import create_app
from app.settings import Settings
from app.storage.database import Database
from tests.api.test_activity_summary import YEAR, a_year_of_activity
from tests.conftest import PROJECT_ROOT
from tests.e2e.live_service import free_port
from tests.e2e.test_activity_summary_page import CHROMIUM_FLAGS, decode_png
from tests.tokens import Tokens

ARTIFACTS = PROJECT_ROOT / "test-artifacts"
AXE = PROJECT_ROOT / "tests" / "e2e" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
KEY = "the-signing-key-of-the-browser-tests-32-chars"
ROTATED_AWAY = "a-key-the-service-no-longer-has-32-characters"
A4_WIDTH = 827
ZOOMED_WIDTH = 640
"""A 1280 pixel wide window at 200 % zoom: what WCAG 1.4.4 and 1.4.10 ask a page to stay usable at."""


def required(found: object, reason: str) -> None:
    if found:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{reason}: CI must run this test (.ci/run installs it)")
    print(f"skipped: {reason}")
    pytest.skip(reason)


class Tab:
    """One Chromium page over the DevTools protocol: commands, and the events they cause."""

    def __init__(self, socket: Any) -> None:
        self.socket = socket
        self.last_id = 0
        self.events: list[dict[str, Any]] = []

    async def call(self, method: str, **params: Any) -> dict[str, Any]:
        self.last_id += 1
        sent = self.last_id
        await self.socket.send(json.dumps({"id": sent, "method": method, "params": params}))
        while True:
            message = json.loads(await asyncio.wait_for(self.socket.recv(), 60))
            if message.get("id") == sent:
                assert "error" not in message, (method, message["error"])
                result: dict[str, Any] = message["result"]
                return result
            self.events.append(message)

    async def event(self, method: str) -> dict[str, Any]:
        while True:
            for index, event in enumerate(self.events):
                if event.get("method") == method:
                    return self.events.pop(index)
            self.events.append(json.loads(await asyncio.wait_for(self.socket.recv(), 60)))

    async def open(self, url: str, headers: dict[str, str]) -> None:
        """Navigate to `url` with `headers`; the language as the browser's own (Chromium sends its own
        Accept-Language over one set as an extra header)."""
        headers = dict(headers)
        language = headers.pop("Accept-Language")
        agent = (await self.call("Browser.getVersion"))["userAgent"]
        await self.call("Network.setUserAgentOverride", userAgent=agent, acceptLanguage=language)
        await self.call("Network.setExtraHTTPHeaders", headers=headers)
        self.events.clear()
        await self.call("Page.navigate", url=url)
        await self.event("Page.loadEventFired")

    async def evaluate(self, expression: str) -> Any:
        result = await self.call(
            "Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True
        )
        assert "exceptionDetails" not in result, result["exceptionDetails"]
        return result["result"].get("value")


@asynccontextmanager
async def browser(chromium: str, profile: Path) -> AsyncIterator[Tab]:
    process = await asyncio.create_subprocess_exec(
        chromium,
        *(flag for flag in CHROMIUM_FLAGS if not flag.startswith("--host-resolver-rules")),
        # Nothing from elsewhere resolves; the service under test is at 127.0.0.1.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        "--remote-debugging-port=0",
        f"--user-data-dir={profile}",
        "about:blank",
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        port_file = profile / "DevToolsActivePort"
        for _ in range(300):
            if port_file.exists() and port_file.read_text().strip():
                break
            await asyncio.sleep(0.1)
        port = port_file.read_text().splitlines()[0]
        async with httpx.AsyncClient() as http:
            targets = (await http.get(f"http://127.0.0.1:{port}/json/list")).json()
        page = next(t for t in targets if t["type"] == "page")
        async with websockets.connect(page["webSocketDebuggerUrl"], max_size=None) as socket:
            tab = Tab(socket)
            await tab.call("Page.enable")
            await tab.call("Network.enable")
            yield tab
    finally:
        process.terminate()
        await process.wait()


@asynccontextmanager
async def served(settings: Settings, database: Database) -> AsyncIterator[str]:
    """A real uvicorn on a free port, serving the test database with a known link signing key."""
    application = create_app(settings.model_copy(update={"link_signing_key": SecretStr(KEY)}), database)
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            application, host="127.0.0.1", port=port, log_config=None, access_log=False, lifespan="off"
        )
    )
    task = asyncio.create_task(server.serve())
    try:
        for _ in range(600):  # uvicorn says it has started by a flag only
            if server.started:
                break
            await asyncio.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task


async def looked_at(tab: Tab, name: str, axe: str) -> None:
    """axe-core's verdict on the open page, its reflow at 200 % zoom, and its picture and print."""
    await tab.evaluate(axe)
    violations = await tab.evaluate(
        f"axe.run(document, {{runOnly: {{type: 'tag', values: {json.dumps(WCAG_21_AA)}}}}}).then(r => "
        "r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' '))"
        ".slice(0, 5)})))"
    )
    assert violations == [], f"{name}: {json.dumps(violations, indent=1)}"
    await tab.call(
        "Emulation.setDeviceMetricsOverride",
        width=ZOOMED_WIDTH,
        height=900,
        deviceScaleFactor=1,
        mobile=False,
    )
    wide = await tab.evaluate("document.documentElement.scrollWidth")
    assert wide <= ZOOMED_WIDTH, f"{name} scrolls sideways at 200 % zoom: {wide} CSS pixels wide"
    await tab.call(
        "Emulation.setDeviceMetricsOverride", width=A4_WIDTH, height=1169, deviceScaleFactor=1.5, mobile=False
    )
    shot = base64.b64decode((await tab.call("Page.captureScreenshot", format="png"))["data"])
    printed = base64.b64decode(
        (await tab.call("Page.printToPDF", preferCSSPageSize=True, printBackground=True))["data"]
    )
    (ARTIFACTS / f"{name}.png").write_bytes(shot)
    (ARTIFACTS / f"{name}.pdf").write_bytes(printed)
    width, _, rows, per_pixel = decode_png(shot)
    assert abs(width - A4_WIDTH * 1.5) <= 1
    assert len({row[i : i + per_pixel] for row in rows[::8] for i in range(0, len(row), per_pixel * 8)}) > 20
    assert printed.startswith(b"%PDF-")


async def test_every_page_reads_in_a_browser_through_a_link_and_a_token_and_passes_axe(
    settings: Settings,
    clean_database: Database,
    tokens: Tokens,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    required(chromium, "Chromium is not installed (apt-get install --no-install-recommends chromium)")
    required(AXE.exists(), "axe-core is not installed (npm ci --prefix tests/e2e/axe)")
    assert chromium is not None
    axe = AXE.read_text(encoding="utf-8")
    ARTIFACTS.mkdir(exist_ok=True)
    caplog.set_level(logging.INFO)
    await establish_councils(clean_database)
    async with (
        served(settings, clean_database) as base,
        httpx.AsyncClient(base_url=base, timeout=60) as client,
    ):
        year = await a_year_of_activity(client, tokens, clean_database)
        regut = tokens.regut("helse-nord")
        summary = {"page": "activity_summary", "council": year.nord, "year": YEAR}
        overview = {"page": "compliance", "region": "helse-nord", "year": YEAR}
        links = {}
        for name, body in (("summary", summary), ("overview", overview)):
            made = await client.post("/v1/links", json=body, headers=regut)
            assert made.status_code == 201, made.text
            links[name] = made.json()["url"]
        pages = {
            "summary": f"{base}/v1/councils/{year.nord}/activity-summary.html?year={YEAR}",
            "overview": f"{base}/v1/compliance.html?region=helse-nord&year={YEAR}",
        }
        monkeypatch.setattr(links_router, "now", lambda: datetime.now(UTC) - timedelta(days=30))
        expired = (await client.post("/v1/links", json=summary, headers=regut)).json()["url"]
        monkeypatch.undo()
        rotated = create_app(
            settings.model_copy(update={"link_signing_key": SecretStr(ROTATED_AWAY)}), clean_database
        )
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=rotated), base_url=base) as before:
            revoked = (await before.post("/v1/links", json=summary, headers=regut)).json()["url"]
        head, _, signature = links["summary"].rpartition(".")
        altered = f"{head}.{signature[::-1]}"
        tokens_in_links = [url.rsplit("/", 1)[1] for url in (*links.values(), expired, revoked)]

        async with browser(chromium, tmp_path / "profile") as tab:
            for language in ("nb", "en"):
                for name in ("summary", "overview"):
                    await tab.open(links[name], {"Accept-Language": language})
                    assert await tab.evaluate("document.documentElement.lang") == language
                    assert await tab.evaluate("document.referrer") == ""
                    await looked_at(tab, f"{name}-link-{language}", axe)
                    await tab.open(pages[name], {"Accept-Language": language, **regut})
                    assert await tab.evaluate("document.documentElement.lang") == language
                    await looked_at(tab, f"{name}-token-{language}", axe)
                    # The JSON's address, as a bookmark has it: the browser is sent to the page.
                    await tab.open(pages[name].replace(".html?", "?"), {"Accept-Language": language, **regut})
                    assert await tab.evaluate("location.href") == pages[name]
                    assert await tab.evaluate("document.documentElement.lang") == language
            for name, url in (("expired", expired), ("altered", altered), ("revoked", revoked)):
                await tab.open(url, {"Accept-Language": "nb"})
                heading = await tab.evaluate("document.querySelector('h1').textContent")
                assert heading == "Lenken virker ikke", name
                await looked_at(tab, f"link-{name}", axe)

    service_lines = [r for r in caplog.records if r.name.startswith("app")]
    assert any(r.name == "app.access" and "/v1/links/[redacted]" in r.getMessage() for r in service_lines)
    for record in service_lines:
        said = record.getMessage() + repr(getattr(record, "fields", ""))
        for token in tokens_in_links:
            assert token.rsplit(".", 1)[1] not in said, "a link's signature reached the log"
