"""The activity summary as a secretary reads it (README, Pages and files for people): on one day those
who joined before those who left, the proposals the council raised with their outcome, and the
findings as sentences in Norwegian or English."""

from html import unescape

from app.contract.proposals import EXAMPLE_PROPOSAL
from tests.api.test_seat_walkthroughs import Registry, hn_seat
from tests.tokens import Tokens


async def test_on_one_day_who_joined_is_listed_before_who_left(registry: Registry, tokens: Tokens) -> None:
    """Ola leaves UNN's seat on 30 June, the last day he sits; Kari joins for Helgelandssykehuset that
    same day: the council of 30 June has them both, and the summary names the newcomer first."""
    nord = await registry.council(region="helse-nord")
    ola = await registry.appointed(nord, hn_seat("unn", "Ola Nordmann"), tokens.trust("unn"))
    assert (await registry.end(ola["id"], "2026-06-30", tokens.trust("unn"))).status_code == 200
    await registry.appointed(
        nord,
        hn_seat("helgelandssykehuset", "Kari Nordmann") | {"starts_on": "2026-06-30"},
        tokens.trust("helgelandssykehuset"),
    )
    url = f"/v1/councils/{nord}/activity-summary"
    summary = (await registry.client.get(url, headers=tokens.bearer("read"))).json()
    on_the_day = [
        (c["change"], c["person"]["name"]) for c in summary["composition_changes"] if c["on"] == "2026-06-30"
    ]
    assert on_the_day == [("started", "Kari Nordmann"), ("ended", "Ola Nordmann")]
    page = unescape((await registry.client.get(f"{url}.html", headers=tokens.bearer("read"))).text)
    assert page.index("<td>Tiltrådte</td>\n        <td>Kari Nordmann") < page.index(
        "<td>Fratrådte</td>\n        <td>Ola Nordmann"
    )
    assert "Samme dag står tiltredelser før fratredelser." in page


async def test_a_proposal_the_council_raised_is_in_its_summary_with_its_outcome(
    registry: Registry, tokens: Tokens
) -> None:
    nord = await registry.council(region="helse-nord")
    body = EXAMPLE_PROPOSAL | {
        "raised_by": {"kind": "council", "council": nord},
        "title": "Flere simuleringskurs",
    }
    raised = await registry.client.post("/v1/proposals", json=body, headers=tokens.regut("helse-nord"))
    assert raised.status_code == 201, raised.text
    other = EXAMPLE_PROPOSAL | {"title": "Et forslag fra UNN"}
    assert (
        await registry.client.post("/v1/proposals", json=other, headers=tokens.trust("unn"))
    ).status_code == 201
    url = f"/v1/councils/{nord}/activity-summary"
    summary = (await registry.client.get(url, headers=tokens.bearer("read"))).json()
    assert [(p["title"], p["status"]) for p in summary["raised_proposals"]] == [
        ("Flere simuleringskurs", "draft")
    ]
    for language, heading, status in (
        ("nb", "Forslag fra rådet", "Utkast"),
        ("en", "Proposals from the council", "Draft"),
    ):
        page = await registry.client.get(
            f"{url}.html", headers=tokens.bearer("read") | {"Accept-Language": language}
        )
        text = unescape(page.text)
        assert heading in text
        assert (
            f"<td>Flere simuleringskurs</td><td>Læringsmål</td><td>{status}</td>".replace(
                "Læringsmål", "Læringsmål" if language == "nb" else "Learning goal"
            )
            in text
        )
        assert "Et forslag fra UNN" not in text
