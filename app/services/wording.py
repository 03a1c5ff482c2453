"""The contract's values in a reader's language: dates, times and numbers as Babel formats them for
the language, codes as people say them, and compliance findings as sentences."""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from babel.dates import format_date, format_time
from babel.numbers import format_decimal

from app.clock import OSLO
from app.contract.seats import FindingPublic
from app.services.texts import FindingWords, Language, Texts, texts_for

DATE_PARAMS = frozenset({"on", "end", "deadline", "since"})
COUNT_PARAMS = frozenset({"held", "scheduled", "required", "unrecorded"})


@dataclass(frozen=True)
class Names:
    """The names behind the codes and ids a page shows (trusts, regions, seats' holders, proposals)."""

    trusts: Mapping[str, str] = field(default_factory=dict)
    regions: Mapping[str, str] = field(default_factory=dict)
    seats: Mapping[uuid.UUID, str] = field(default_factory=dict)
    proposals: Mapping[uuid.UUID, str] = field(default_factory=dict)


class Wording:
    """One reader's language, with the names of what the page is about."""

    def __init__(self, language: Language, names: Names | None = None) -> None:
        self.language = language
        self.texts: Texts = texts_for(language)
        self.names = names or Names()

    # Dates, times and numbers ----------------------------------------------------------------------

    def day(self, value: date | None) -> str:
        """A date as a sentence writes it: `7. desember 2026`, `7 December 2026`."""
        return format_date(value, format="long", locale=self.texts.locale) if value else ""

    def short_day(self, value: date | datetime | None) -> str:
        """A date in a table cell: `07.12.2026`, `07/12/2026`."""
        if value is None:
            return ""
        if isinstance(value, datetime):
            value = value.astimezone(OSLO).date()
        return format_date(value, format="short", locale=self.texts.locale)

    def day_month(self, moment: datetime) -> str:
        """A meeting's day in a narrow column header: `7.12.`, `7 Dec`."""
        pattern = "d.M." if self.language is Language.NB else "d MMM"
        return format_date(moment.astimezone(OSLO).date(), format=pattern, locale=self.texts.locale)

    def clock(self, moment: datetime) -> str:
        return format_time(moment.astimezone(OSLO), format="HH:mm", locale=self.texts.locale)

    def number(self, value: int) -> str:
        return format_decimal(value, locale=self.texts.locale)

    def month_year(self, year: int, month: int) -> str:
        return format_date(date(year, month, 1), format="LLLL y", locale=self.texts.locale)

    # Codes -----------------------------------------------------------------------------------------

    def label(self, group: str, code: object) -> str:
        value = getattr(code, "value", code)
        return self.texts.labels[group].get(str(value), str(value))

    def page(self, key: str, **values: object) -> str:
        return self.texts.page[key].format(**values)

    def trust(self, code: str) -> str:
        return self.names.trusts.get(code, code)

    def region(self, code: str) -> str:
        return self.names.regions.get(code, code)

    def where(self, trust: str | None, region: str | None) -> str:
        """Who appointed a seat: its trust, its region (inter-regional), or the common trainee seat."""
        if trust:
            return self.trust(trust)
        return self.region(region) if region else self.page("trainee_seat")

    def period(self, label: str) -> str:
        """`2026` → 2026, `2026-H1` → første halvår 2026, `2026-06` → juni 2026."""
        year, _, part = label.partition("-")
        if not year.isdigit():
            return label
        if part in ("H1", "H2"):
            return self.texts.labels["half"][part].format(year=year)
        if part.isdigit() and 1 <= int(part) <= 12:
            return self.month_year(int(year), int(part))
        return year

    def subject(self, subject: str) -> str:
        """A finding's subject in words: `trust:unn` is the trust's name, `seat:<id>` its holder's."""
        kind, _, value = subject.partition(":")
        if kind == "trust":
            trust, _, role = value.partition("/")
            return (
                f"{self.trust(trust)}, {self.label('member_role', role).lower()}"
                if role
                else self.trust(trust)
            )
        if kind == "region":
            return self.region(value)
        if kind == "competence":
            return self.label("competence", value)
        if kind == "period":
            return self.period(value)
        if kind in ("seat", "proposal"):
            try:
                key = uuid.UUID(value)
            except ValueError:
                return subject
            found = (self.names.seats if kind == "seat" else self.names.proposals).get(key)
            return found or self.page("unknown_person")
        if subject == "trainee-seat":
            return self.page("trainee_seat")
        return self.page("council_subject")

    # Findings --------------------------------------------------------------------------------------

    def finding(self, finding: FindingPublic) -> str:
        """The finding as a sentence in the reader's language; the contract's English message for a rule
        the catalogue has no sentence for yet."""
        sentence = self.texts.findings.get(finding.rule.value)
        if sentence is None:
            return finding.message
        return sentence(self.finding_words(finding))

    def since(self, finding: FindingPublic) -> str | None:
        """Since when a finding not in order has stood, in words, where the registry knows it."""
        value = finding.params.get("since")
        if value is None or finding.status.value == "ok":
            return None
        day = value if isinstance(value, date) else date.fromisoformat(str(value))
        return self.page("since_day", day=self.day(day))

    def finding_words(self, finding: FindingPublic) -> FindingWords:
        words: dict[str, str] = {}
        counts: dict[str, int] = {}
        params = finding.params
        for name, value in params.items():
            if name in COUNT_PARAMS and isinstance(value, int):
                counts[name] = value
            elif name in DATE_PARAMS:
                words[name] = self.day(value if isinstance(value, date) else date.fromisoformat(str(value)))
            elif name == "trust":
                words[name] = self.trust(str(value))
            elif name == "region":
                words[name] = self.region(str(value))
            elif name == "competence":
                words[name] = self.label("competence", value)
            elif name == "roles":
                roles = value if isinstance(value, list) else [str(value)]
                words[name] = self.texts.either([self.label("education_role", r).lower() for r in roles])
            elif name == "role":
                group = "role" if value in self.texts.labels["role"] else "member_role"
                words[name] = self.label(group, value)
            elif name == "months":
                continue
            elif name == "every":
                words[name] = self._every(str(value), params.get("months"))
            else:
                words[name] = str(value)
        if words.get("person") == "nobody":
            words["person"] = self.page("unknown_person")
        return FindingWords(
            status=finding.status, subject=self.subject(finding.subject), words=words, counts=counts
        )

    def _every(self, period: str, months: object) -> str:
        every = self.texts.labels["every"].get(period, period)
        if period != "month" or not isinstance(months, list):
            return every
        names = [format_date(date(2000, int(m), 1), format="LLLL", locale=self.texts.locale) for m in months]
        return f"{every} {self.texts.both(names)}"


def wording(language: Language, names: Names | None = None) -> Wording:
    return Wording(language, names)
