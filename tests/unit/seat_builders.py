"""Plain-value councils and seats for the domain tests."""

import itertools
from datetime import date

from app.domain.profiles import profile_for
from app.domain.seats import Council, EducationRole, Qualifications, Seat, SeatKind, Term
from app.domain.values import CouncilKey, CouncilKind

HN_TRUSTS = {
    "unn": "helse-nord",
    "nordlandssykehuset": "helse-nord",
    "helgelandssykehuset": "helse-nord",
    "finnmarkssykehuset": "helse-nord",
    "private-nord": "helse-nord",
    "ous": "helse-sor-ost",
}
HSO_TRUSTS = {"ous": "helse-sor-ost", "ahus": "helse-sor-ost", "sykehuset-innlandet": "helse-sor-ost"}

_ids = itertools.count(1)

SPECIALIST = Qualifications(
    specialist_in_specialty=True,
    senior_consultant=True,
    education_roles=frozenset({EducationRole.EDUCATION_RESPONSIBLE_CONSULTANT}),
)
LIS = Qualifications(trainee=True)


def council(kind: CouncilKind, region: str | None, appointing: set[str] | None = None) -> Council:
    trusts = HN_TRUSTS if region == "helse-nord" else HSO_TRUSTS
    default = {t for t, r in trusts.items() if r == region and not t.startswith("private")}
    return Council(
        CouncilKey(kind, "anestesiologi", region),
        profile_for(kind, region),
        frozenset(default if appointing is None else appointing),
        dict(HN_TRUSTS | HSO_TRUSTS),
    )


HELSE_NORD = council(CouncilKind.REGIONAL, "helse-nord")
HELSE_SOR_OST = council(CouncilKind.REGIONAL, "helse-sor-ost")
INTERREGIONAL = council(CouncilKind.INTERREGIONAL, None)


def seat(
    person: str,
    *,
    trust: str | None = None,
    region: str | None = None,
    kind: SeatKind = SeatKind.MEMBER,
    starts: date = date(2025, 1, 1),
    ends: date | None = date(2028, 12, 31),
    deputy: str | None = None,
    qualifications: Qualifications = SPECIALIST,
) -> Seat:
    return Seat(str(next(_ids)), person, kind, Term(starts, ends), trust, region, deputy, qualifications)
