"""The packaged reference data: complete, consistent, and the same as `shared/reference/`."""

import csv
from collections import Counter

import pytest

from app.storage.reference_data import packaged_reference_data
from tests.conftest import PROJECT_ROOT, SHARED


def test_four_regions_each_with_exactly_one_regut_host_among_its_trusts() -> None:
    """REGUT-ONE-PER-REGION (003 Organisering)."""
    data = packaged_reference_data()
    hosts = Counter(t.region_code for t in data.trusts if t.hosts_regut)
    assert hosts == Counter({r.code: 1 for r in data.regions})
    with (PROJECT_ROOT / "app" / "storage" / "reference" / "regions.csv").open(encoding="utf-8") as regions:
        named_host = {row["code"]: row["regut_host_trust"] for row in csv.DictReader(regions)}
    assert {t.region_code: t.code for t in data.trusts if t.hosts_regut} == named_host


def test_every_reference_points_at_a_known_region() -> None:
    data = packaged_reference_data()
    regions = {r.code for r in data.regions}
    assert {t.region_code for t in data.trusts} <= regions
    assert {s.responsible_region_code for s in data.specialties} - {None} <= regions
    assert {p.region_code for p in data.periods} <= regions


def test_counts_match_the_reference_readme() -> None:
    data = packaged_reference_data()
    assert (len(data.regions), len(data.trusts), len(data.specialties)) == (4, 27, 46)
    assert sorted(s.code for s in data.specialties if not s.hospital_based) == [
        "allmennmedisin",
        "samfunnsmedisin",
    ]


@pytest.mark.parametrize(
    "name", ["regions.csv", "health_trusts.csv", "specialties.csv", "coordinating_regut.csv"]
)
def test_packaged_copy_equals_the_shared_reference(name: str) -> None:
    source = SHARED / "reference" / name
    if not source.exists():
        pytest.skip(f"{source} is not beside the project; nothing to compare the packaged copy with")
    packaged = PROJECT_ROOT / "app" / "storage" / "reference" / name
    assert packaged.read_text(encoding="utf-8") == source.read_text(encoding="utf-8")


def test_regut_national_functions_are_shown_with_the_regut_that_does_them() -> None:
    """REGUT-NATIONAL-FUNCTIONS (003 task 4: *Regionalt Utdanningssenter HSØ har ansvar for nasjonal
    koordinering av anbefalte kurs*; task 10: *HSØ har redaktøransvaret for felles nettside for LIS*;
    *Organisering*: *HSØ har ansvar for å ... oppdatere, arkivere felles rutiner og prosedyrer*; task 11:
    *HV sørger for koordinering av innspill til utvikling*): three functions for Helse Sør-Øst, one for
    Helse Vest, none for the others; each with a code, a description and its source in seed 003."""
    data = packaged_reference_data()
    functions = {region.code: region.regut_national_functions for region in data.regions}
    assert {code: len(done) for code, done in functions.items()} == {
        "helse-sor-ost": 3,
        "helse-vest": 1,
        "helse-nord": 0,
        "helse-midt-norge": 0,
    }
    every = [function for done in functions.values() for function in done]
    for function in every:
        assert set(function) == {"code", "description", "source"}, function
        assert all(function.values()), function
        assert function["source"].startswith("003"), function
    assert len({function["code"] for function in every}) == len(every)
    assert {f["source"] for f in functions["helse-sor-ost"]} == {
        "003 task 4",
        "003 task 10",
        "003 Organisering",
    }
    assert [f["source"] for f in functions["helse-vest"]] == ["003 task 11"]
