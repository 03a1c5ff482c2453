"""Deprecated forms answer with Deprecation (RFC 9745) and Sunset (RFC 8594), as the contract declares:
an appointment that names, as null, a key its shape never takes."""

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from tests.api.test_openapi import committed, operations
from tests.api.test_seat_walkthroughs import Registry, hn_seat


async def test_a_trusts_appointment_naming_region_as_null_is_served_and_told_it_is_deprecated(
    registry: Registry, nord: str
) -> None:
    response = await registry.appoint(
        nord, hn_seat("unn", "Kari Nordmann") | {"region": None}, registry.tokens.trust("unn")
    )
    assert response.status_code == 201, response.text
    assert response.headers["Deprecation"] == f"@{int(datetime(2026, 12, 7, tzinfo=UTC).timestamp())}"
    assert parsedate_to_datetime(response.headers["Sunset"]) == datetime(2027, 6, 30, tzinfo=UTC)
    assert response.headers["Sunset"] == "Wed, 30 Jun 2027 00:00:00 GMT"


async def test_an_appointment_in_its_own_shape_carries_no_deprecation(registry: Registry, nord: str) -> None:
    response = await registry.appoint(nord, hn_seat("unn", "Kari Nordmann"), registry.tokens.trust("unn"))
    assert response.status_code == 201, response.text
    assert "Deprecation" not in response.headers
    assert "Sunset" not in response.headers


def test_the_contract_declares_both_headers_on_the_appointments_answer() -> None:
    (appoint,) = [op for op in operations(committed()) if op["operationId"] == "appointRepresentative"]
    headers = appoint["responses"]["201"]["headers"]
    assert "RFC 9745" in headers["Deprecation"]["description"]
    assert "`region` with a trust's seat" in headers["Deprecation"]["description"]
    assert headers["Sunset"]["$ref"] == "#/components/headers/Sunset"
