"""The repository's own documentation keeps up with the code: its users never see the mandates' sources."""

import re

from app.domain.catalogue import CATALOGUE
from app.domain.profiles import ProfileName
from tests.conftest import PROJECT_ROOT


def test_docs_rules_explains_every_rule_the_catalogue_serves() -> None:
    """Rule IDs are public contract (docs/rules.md): each has its row there, and each profile is named."""
    text = (PROJECT_ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([A-Z][A-Z0-9-]+)` \|", text, re.MULTILINE))
    assert {rule.value for rule in CATALOGUE} <= documented
    assert all(f"`{profile.value}`" in text for profile in ProfileName)
