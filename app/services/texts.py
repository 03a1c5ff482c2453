"""What the people-facing outputs say, in each language the service speaks: the types of the text
catalogues (`texts_nb.py`, `texts_en.py`, one module per language) and the choice between them.

JSON stays as the contract has it (field names, enum values, English `message`s for integrators'
logs); pages, spreadsheets, CSV headers and calendars are worded from these catalogues.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from app.domain.compliance import Status


class Language(StrEnum):
    NB = "nb"
    """Norwegian bokmål: the default, the language of the mandates and of the people who read."""
    EN = "en"
    """English, on `Accept-Language: en`."""


DEFAULT_LANGUAGE = Language.NB


@dataclass(frozen=True)
class FindingWords:
    """A finding's parts, already in the reader's language: what a sentence is made of."""

    status: Status
    subject: str
    """The subject in words: the trust's, region's or person's name, the period, …"""
    words: Mapping[str, str] = field(default_factory=dict)
    """Each parameter in words: a name for a code, a date as the language writes it, a list joined."""
    counts: Mapping[str, int] = field(default_factory=dict)
    """The numeric parameters (meetings held, scheduled, required, unrecorded)."""


Sentence = Callable[[FindingWords], str]
"""A rule's finding as one sentence, for each status it can have."""


@dataclass(frozen=True)
class Texts:
    language: Language
    locale: str
    """The CLDR locale Babel formats dates and numbers for."""
    labels: Mapping[str, Mapping[str, str]]
    """Per kind of code (`council_kind`, `seat`, `role`, …) the words for each code."""
    page: Mapping[str, str]
    """Headings, captions and phrases of the pages, by key (the same keys in every language)."""
    findings: Mapping[str, Sentence]
    """Per rule ID, the finding as a sentence."""
    finding_titles: Mapping[str, str]
    """Per finding rule ID, what the finding is about, in general terms (the rule catalogue shows it)."""
    statements: Mapping[str, str]
    """Per rule ID (mandate rules and protocol codes), the rule in plain words."""
    meetings: Callable[[int], str]
    """`n` meetings, in words (`no meeting`, `1 meeting`, `2 meetings`)."""
    either: Callable[[list[str]], str]
    """Alternatives joined as the language does (`a, b or c`)."""
    both: Callable[[list[str]], str]
    """A list joined as the language does (`a, b and c`)."""
    columns: Mapping[str, str] = field(default_factory=dict)
    """Spreadsheet and CSV headers, by the machine header (the CSV's snake_case column name)."""


def join(items: list[str], last: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {last} {items[-1]}"


def texts_for(language: Language) -> Texts:
    # Imported here: the catalogues import this module for its types.
    from app.services import texts_en, texts_nb

    return texts_nb.TEXTS if language is Language.NB else texts_en.TEXTS
