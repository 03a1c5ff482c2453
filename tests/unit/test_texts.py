"""One text catalogue per language (app/services/texts_nb.py, texts_en.py): every rule ID and every
code a person can meet has its words in Norwegian bokmål and in English."""

from enum import StrEnum

import pytest

from app.contract.activity import CompositionChangeKind, ConsultationOutcome
from app.contract.common import Protocol
from app.domain.catalogue import CATALOGUE, Kind
from app.domain.compliance import Status
from app.domain.leadership import Role
from app.domain.meetings import AgendaKind, MeetingFormat
from app.domain.profiles import ProfileName
from app.domain.proposals import Position, ProposalKind, ProposalStatus, Recommendation
from app.domain.rules import Rule
from app.domain.seats import EducationRole, SeatKind
from app.domain.values import Competence, CouncilKind, MemberRole
from app.edge.negotiation import preferred_language
from app.services.texts import Language, texts_for

LANGUAGES = list(Language)
LABELLED: dict[str, type[StrEnum]] = {
    "council_kind": CouncilKind,
    "profile": ProfileName,
    "format": MeetingFormat,
    "agenda": AgendaKind,
    "seat": SeatKind,
    "outcome": ConsultationOutcome,
    "position": Position,
    "recommendation": Recommendation,
    "proposal_status": ProposalStatus,
    "proposal_kind": ProposalKind,
    "change": CompositionChangeKind,
    "role": Role,
    "status": Status,
    "member_role": MemberRole,
    "education_role": EducationRole,
    "competence": Competence,
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_rule_id_in_the_catalogue_has_its_statement_in_each_language(language: Language) -> None:
    statements = texts_for(language).statements
    missing = [rule_id for rule_id in (*Rule, *Protocol) if not statements.get(rule_id.value, "").strip()]
    assert missing == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_finding_rule_is_worded_as_a_sentence_and_a_title_in_each_language(language: Language) -> None:
    texts = texts_for(language)
    findings = {rule.value for rule, spec in CATALOGUE.items() if spec.kind is Kind.FINDING}
    assert findings - texts.findings.keys() == set()
    assert findings - texts.finding_titles.keys() == set()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("group", LABELLED)
def test_every_code_a_person_meets_has_a_label_in_each_language(language: Language, group: str) -> None:
    labels = texts_for(language).labels[group]
    assert {member.value for member in LABELLED[group]} - labels.keys() == set()


def test_the_languages_have_the_same_phrases_and_headers() -> None:
    nb, en = texts_for(Language.NB), texts_for(Language.EN)
    assert nb.page.keys() == en.page.keys()
    assert nb.columns.keys() == en.columns.keys()
    assert nb.labels.keys() == en.labels.keys()


def test_the_norwegian_statements_are_not_the_english_ones() -> None:
    nb, en = texts_for(Language.NB), texts_for(Language.EN)
    same = [rule for rule in nb.statements if nb.statements[rule] == en.statements[rule]]
    assert same == []


@pytest.mark.parametrize(
    ("header", "language"),
    [
        (None, Language.NB),
        ("", Language.NB),
        ("en", Language.EN),
        ("en-GB,en;q=0.9", Language.EN),
        ("nb-NO,nb;q=0.9,en;q=0.8", Language.NB),
        ("nn", Language.NB),
        ("en;q=0.5, no;q=0.8", Language.NB),
        ("de, en;q=0.3", Language.EN),
        ("de, fr", Language.NB),
        ("en;q=0", Language.NB),
    ],
)
def test_norwegian_unless_the_reader_prefers_english(header: str | None, language: Language) -> None:
    assert preferred_language(header) is language
