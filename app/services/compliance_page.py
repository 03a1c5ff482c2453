"""The compliance overview as a page for RegUt (`GET /v1/compliance.html`, or through a link): the
councils with their status and what is missing, worst first, each linking to its summary."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from app.contract.compliance import CouncilCompliance, NationalCompliance
from app.contract.councils import CouncilPublic
from app.domain.compliance import Status
from app.domain.values import CouncilKind
from app.services.activity import PAGES, WORST_FIRST, finding_trusts, page_names
from app.services.texts import Language
from app.services.wording import Wording
from app.storage.repository import Repository

SummaryUrl = Callable[[CouncilPublic], str]
FilterUrl = Callable[[Mapping[str, str | None]], str]


@dataclass(frozen=True)
class Filters:
    region: str | None
    kind: CouncilKind | None
    status: Status | None

    def as_query(self) -> dict[str, str | None]:
        return {
            "region": self.region,
            "kind": self.kind.value if self.kind else None,
            "status": self.status.value if self.status else None,
        }


async def compliance_page(
    repo: Repository,
    overview: NationalCompliance,
    language: Language,
    filters: Filters,
    *,
    summary_url: SummaryUrl,
    filter_url: FilterUrl | None,
) -> str:
    """The page; `filter_url` None (through a link, which opens one view only) shows the filters applied
    as text instead of as links."""
    trusts = finding_trusts(f for council in overview.councils for f in council.findings)
    words = Wording(language, await page_names(repo, trusts))
    councils = sorted(overview.councils, key=lambda c: (WORST_FIRST[c.status], c.council.name))
    rows = [(c, _missing(words, c)) for c in councils]
    choices = None
    if filter_url is not None:
        current = filters.as_query()
        choices = [
            (
                name,
                [
                    (
                        words.page("filter_all") if value is None else label,
                        filter_url(current | {name: value}),
                        current[name] == value,
                    )
                    for value, label in [(None, ""), *options]
                ],
            )
            for name, options in (
                (
                    "region",
                    sorted(
                        ((code, label) for code, label in words.names.regions.items()), key=lambda o: o[1]
                    ),
                ),
                (
                    "kind",
                    [
                        (k.value, words.label("council_kind", k))
                        for k in (CouncilKind.REGIONAL, CouncilKind.INTERREGIONAL)
                    ],
                ),
                ("status", [(s.value, words.label("status", s)) for s in Status]),
            )
        ]
    return PAGES.get_template("compliance.html").render(
        overview=overview,
        w=words,
        t=words.page,
        rows=rows,
        filters=filters,
        choices=choices,
        summary_url=summary_url,
    )


def _missing(words: Wording, council: CouncilCompliance) -> list[tuple[str, str, str | None]]:
    """What the council lacks, worst first: each finding not in order, as a sentence, with its status
    and since when, where the registry knows (a seat empty since its last term ended)."""
    open_findings = sorted(
        (f for f in council.findings if f.status is not Status.OK),
        key=lambda f: (WORST_FIRST[f.status], f.rule),
    )
    return [(f.status.value, words.finding(f), words.since(f)) for f in open_findings]
