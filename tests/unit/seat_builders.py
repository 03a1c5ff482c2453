"""Plain-value councils and seats for the domain tests."""

import itertools
from datetime import date

from app.domain.profiles import profile_for
from app.domain.seats import Council, EducationRole, Qualifications, Seat, SeatKind, Term
from app.domain.values import CouncilKey, CouncilKind, MemberRole

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


HN_REGUT_HOST = "unn"
"""Universitetssykehuset Nord-Norge HF hosts RegUt Nord (003 *Organisering*; 004 §1)."""


def body(kind: CouncilKind, appointing: set[str] | None = None) -> Council:
    """One of Helse Nord's governance bodies (seed 004): of the region, without a specialty; every
    public health trust of the region holds its trusts' roles unless `appointing` says otherwise."""
    default = {t for t, r in HN_TRUSTS.items() if r == "helse-nord" and not t.startswith("private")}
    return Council(
        CouncilKey(kind, None, "helse-nord"),
        profile_for(kind, "helse-nord"),
        frozenset(default if appointing is None else appointing),
        dict(HN_TRUSTS | HSO_TRUSTS),
        regut_host=HN_REGUT_HOST,
    )


def member(
    person: str,
    role: MemberRole | None,
    *,
    trust: str | None = None,
    share: int | None = None,
    kind: SeatKind = SeatKind.MEMBER,
    starts: date = date(2025, 1, 1),
    ends: date | None = date(2028, 12, 31),
    qualifications: Qualifications = Qualifications(),  # noqa: B008  (frozen: shared safely)
) -> Seat:
    """A governance body's member holding `role` (for `trust`), with `share` % of a position set aside."""
    return Seat(
        str(next(_ids)),
        person,
        kind,
        Term(starts, ends),
        trust,
        None,
        None,
        qualifications,
        role=role,
        position_share=share,
    )
