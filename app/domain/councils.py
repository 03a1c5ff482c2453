"""Which councils may exist, what they are called, and who appoints to them."""

from collections.abc import Iterable, Sequence
from datetime import date

from app.domain.errors import RuleBroken, Violation, refuse_if_any
from app.domain.profiles import BODY_PROFILES, MANDATES_START, profile_for
from app.domain.rules import Rule
from app.domain.values import CouncilKey, CouncilKind, HealthTrust, Specialty, TrustKind


def check_council(key: CouncilKey, specialty: Specialty | None, *, already_exists: bool) -> None:
    """Guard establishing (or re-keying) a council or a governance body: `COUNCIL-SPECIALTY-HOSPITAL`,
    `COUNCIL-UNIQUE` (a governance body is one of its kind in its region). Whether the body has a
    mandate in its region at all is `profiles.has_mandate`'s to say, before this."""
    violations = []
    if key.kind.has_specialty and specialty is None:
        raise ValueError(f"a {key.kind} council is a council of a specialty")
    if specialty is None:
        if already_exists:
            violations.append(
                Violation(
                    Rule.COUNCIL_UNIQUE, f"{key.region} already has its {key.kind.replace('_', ' ')}", "/kind"
                )
            )
        refuse_if_any(violations)
        return
    if not specialty.hospital_based:
        violations.append(
            Violation(
                Rule.COUNCIL_SPECIALTY_HOSPITAL,
                f"{specialty.name_nb} is trained in the municipal health service, so it has no councils",
                "/specialty",
            )
        )
    if already_exists:
        which = f"a regional council in {key.region}" if key.region else "an inter-regional council"
        violations.append(
            Violation(
                Rule.COUNCIL_UNIQUE,
                f"{specialty.name_nb} already has {which}",
                "/specialty",
            )
        )
    refuse_if_any(violations)


def council_name(key: CouncilKey, specialty_name: str | None, region_name: str | None) -> str:
    """The default name, in the words of the council's own mandate."""
    template = profile_for(key.kind, key.region).council_name
    region = (region_name or "").removesuffix(" RHF")  # the council is the region's, not the RHF's
    return template.format(specialty=(specialty_name or "").lower(), region=region)


def standard_councils(specialties: Iterable[Specialty], regions: Sequence[str]) -> list[CouncilKey]:
    """The national structure: per hospital-based specialty, one regional council in every region
    and one inter-regional council; and the governance bodies a region has set up (seed 004)."""
    keys: list[CouncilKey] = []
    for specialty in specialties:
        if not specialty.hospital_based:
            continue
        keys.extend(CouncilKey(CouncilKind.REGIONAL, specialty.code, region) for region in regions)
        keys.append(CouncilKey(CouncilKind.INTERREGIONAL, specialty.code, None))
    keys.extend(CouncilKey(kind, None, region) for kind, region in BODY_PROFILES if region in regions)
    return keys


def default_appointing_trusts(region: str, trusts: Iterable[HealthTrust]) -> list[str]:
    """Every public health trust (HF) of the region appoints (to a governance body: holds its roles,
    *sykehusforetakenes fagsjefer*, *hver foretak*, seed 004); RegUt adjusts the list later."""
    return sorted(t.code for t in trusts if t.region == region and t.kind is TrustKind.HF)


def check_appointing_trusts(
    key: CouncilKey, trusts: Sequence[HealthTrust], pointer: str = "/appointing_trusts"
) -> None:
    """Guard a regional council's list of appointing trusts (`TRUST-IN-REGION`)."""
    refuse_if_any(
        Violation(
            Rule.TRUST_IN_REGION,
            f"{trust.code} belongs to {trust.region}, not to the council's region {key.region}",
            f"{pointer}/{index}",
        )
        for index, trust in enumerate(trusts)
        if trust.region != key.region
    )


def check_not_before_established(established_on: date, day: date, what: str, pointer: str) -> None:
    """BEFORE-ESTABLISHED: a seat, an election or a meeting dated `day` falls within the council's life."""
    if day < established_on:
        raise RuleBroken(
            [
                Violation(
                    Rule.BEFORE_ESTABLISHED,
                    f"the council was established on {established_on}: {what} on {day} is before it",
                    pointer,
                )
            ]
        )


def check_established_on(
    established_on: date, *, first_record: date | None, pointer: str = "/established_on"
) -> None:
    """BEFORE-ESTABLISHED, for the establishment date itself: not before the mandates began
    (`MANDATES_START`), and not after the first day of anything the council has recorded, which would
    then be dated before the council existed."""
    violations = []
    if established_on < MANDATES_START:
        violations.append(
            Violation(
                Rule.BEFORE_ESTABLISHED,
                f"no council was established before {MANDATES_START}, when the councils' first mandate began",
                pointer,
            )
        )
    if first_record is not None and established_on > first_record:
        violations.append(
            Violation(
                Rule.BEFORE_ESTABLISHED,
                f"the council has a seat, an election or a meeting dated {first_record}: it was established "
                "by then",
                pointer,
            )
        )
    refuse_if_any(violations)
