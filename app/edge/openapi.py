"""The OpenAPI document, completed with what the routes' signatures cannot say: who may call each
operation, the headers the protocol sends and requires, and the document's own metadata.

FastAPI derives paths, parameters and schemas from the code; the protocol lives in middleware and
`UnitOfWorkRoute`, which FastAPI cannot see. Everything added here is derived from the same code
(the routes' scopes, their status codes, the protocol's headers), so the document stays generated.
"""

import copy
from typing import Any

from fastapi.routing import APIRoute

from app.domain.authority import Scope
from app.edge.deprecation import DEPRECATIONS
from app.edge.routing import UnitOfWorkRoute
from app.settings import Settings

SECURITY_SCHEME = "HelseID"
DPOP_SECURITY_SCHEME = "HelseIDDPoP"

TAGS = [
    {
        "name": "reference data",
        "description": "Regions and their RegUt, health trusts, specialties, the coordinating RegUt.",
    },
    {
        "name": "councils",
        "description": "Regional and inter-regional councils, and the trusts that appoint to them.",
    },
    {
        "name": "representatives",
        "description": "People, their seats on councils, deputies, leadership and compliance.",
    },
    {
        "name": "meetings",
        "description": "Councils' meetings: scheduling, attendance, minutes, and calendars to subscribe to.",
    },
    {
        "name": "proposals",
        "description": "Proposals to change learning goals: consultation, assessment, decision, outcome.",
    },
    {
        "name": "compliance",
        "description": "Findings: how each council meets its mandate (composition, leadership, meetings).",
    },
    {
        "name": "directory",
        "description": "The public contact directory of every council and body, as JSON or CSV.",
    },
    {
        "name": "links",
        "description": "Links a person opens in any browser without logging in: one page, signed, expiring.",
    },
    {"name": "events", "description": "The change feed: every change in commit order, with long polling."},
    {"name": "rules", "description": "The rule catalogue: every rule ID a problem or a finding can name."},
    {
        "name": "imports",
        "description": "Spreadsheet imports of councils, members, leadership and past meetings (XLSX, CSV).",
    },
    {"name": "audit", "description": "Who changed what, when, with the state before and after."},
    {
        "name": "privacy",
        "description": "A person's data through its life: their record, who read it, erasure, restriction.",
    },
    {"name": "operations", "description": "Liveness and readiness for orchestrators and load balancers."},
]

SCOPE_DESCRIPTIONS = {
    Scope.READ: "Any registered system: full records beyond the public directory, audit.",
    Scope.APPOINTMENTS: "A health trust (by its organisation number): its own trust's seats and deputies.",
    Scope.REGUT: "A RegUt (by its host trust's organisation number): its region's councils and seats.",
    Scope.ADMIN: "A national administrator: everything.",
}

HEADERS: dict[str, dict[str, Any]] = {
    "ETag": {
        "description": "Strong validator of the representation: send it in If-None-Match to revalidate, "
        "in If-Match to change the resource.",
        "schema": {"type": "string"},
    },
    "Location": {"description": "The URL of the created resource.", "schema": {"type": "string"}},
    "Link": {
        "description": 'RFC 8288 link to the next page: `<…?cursor=…>; rel="next"`; absent on the last page.',
        "schema": {"type": "string"},
    },
    "IdempotencyReplayed": {
        "description": "`true` when this is the stored answer to an earlier request with the same "
        "Idempotency-Key; nothing was written again.",
        "schema": {"type": "string", "enum": ["true"]},
    },
    "WWWAuthenticate": {
        "description": "A challenge for each scheme the service accepts (`Bearer`, `DPoP` with its "
        "`algs`; only `DPoP` where DPoP is required), the one the request used with `error` "
        "(`invalid_token`, `invalid_dpop_proof`, `use_dpop_nonce`, `invalid_request`) and "
        "`error_description` saying why it was refused (RFC 6750 §3, RFC 9449 §7.1).",
        "schema": {"type": "string"},
    },
    "DPoPNonce": {
        "description": 'With `error="use_dpop_nonce"`: the nonce to put in the next DPoP proof '
        "(RFC 9449 §8).",
        "schema": {"type": "string"},
    },
    "RetryAfter": {"description": "Seconds to wait before retrying.", "schema": {"type": "integer"}},
    "Sunset": {
        "description": "RFC 8594: the HTTP-date after which the deprecated form stops working.",
        "schema": {"type": "string"},
    },
    "RequestId": {
        "description": "The request's id: the client's `X-Request-ID` when it was a valid one, else one "
        "the service made. The service's log lines for the request carry it, as does a problem body.",
        "schema": {"type": "string", "maxLength": 128},
    },
}

DEPRECATION_SCHEMA = {"type": "string", "pattern": "^@-?[0-9]+$"}
"""RFC 9745's Deprecation: `@` and the seconds since the epoch of the day the form was deprecated. Each
deprecating operation describes the header itself, saying which form it is about."""

PARAMETERS: dict[str, dict[str, Any]] = {
    "RequestId": {
        "name": "X-Request-ID",
        "in": "header",
        "required": False,
        "description": "An id for this request, echoed in the response and written in the service's "
        "logs when it is 1 to 128 letters, digits and `._:/+=@-`, starting with a letter or digit. Any "
        "other value is accepted and replaced by one the service makes.",
        # Any string: the service never refuses a request for its id, so the contract must not either
        # (a fuzzer would report every unfit id it sends as an invalid request accepted).
        "schema": {"type": "string"},
    }
}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/headers/{name}"}


def _security(route: APIRoute, scope_prefix: str) -> list[dict[str, list[str]]]:
    if not isinstance(route, UnitOfWorkRoute) or route.required_scopes is None:
        # Anonymous callers are served. A token, when presented, is verified and may show more, which
        # `[{}, {HelseID: []}]` would say; but generators (openapi-python-client) then demand a token
        # for every call, so the operation is declared open and its description says the rest.
        return []
    scopes = [scope_prefix + scope.value for scope in route.required_scopes]
    # An HTTP scheme lists no scopes; the token a DPoP proof presents carries the same ones.
    return [{SECURITY_SCHEME: scopes}, {DPOP_SECURITY_SCHEME: []}]


def _schema_names(node: Any) -> set[str]:
    """Every component schema `node` refers to, directly."""
    if isinstance(node, dict):
        found = {node["$ref"].rsplit("/", 1)[1]} if "$ref" in node else set()
        return found.union(*(_schema_names(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(_schema_names(v) for v in node))
    return set()


def _closure(names: set[str], schemas: dict[str, Any]) -> set[str]:
    seen: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        todo.extend(_schema_names(schemas[name]))
    return seen


def _complete_parameters(operation: dict[str, Any]) -> None:
    parameters = operation.setdefault("parameters", [])
    for parameter in parameters:
        if parameter["in"] != "header":
            continue
        if parameter["name"] == "If-Match":
            # Optional in the signature, so that a missing one is the protocol's 428, not a 422.
            parameter["required"] = True
            parameter["schema"] = {"type": "string"}
        elif parameter["name"] == "Idempotency-Key":
            parameter["schema"] = {"type": "string", "minLength": 1, "maxLength": 255}
    if "304" in operation["responses"]:
        parameters.append(
            {
                "name": "If-None-Match",
                "in": "header",
                "required": False,
                "description": "The ETag of the representation the client holds: 304 with no body if "
                "it is still current.",
                "schema": {"type": "string"},
            }
        )
    parameters.append({"$ref": "#/components/parameters/RequestId"})


def _complete_responses(
    method: str, operation: dict[str, Any], schemas: dict[str, Any], *, tagged: bool
) -> None:
    """`tagged`: the operation's answers carry an ETag (all but the never-stored health checks)."""
    replayable = any(p.get("name") == "Idempotency-Key" for p in operation.get("parameters", []))
    for status, response in operation["responses"].items():
        headers = response.setdefault("headers", {})
        headers["X-Request-ID"] = _ref("RequestId")
        code = int(status)
        if 200 <= code < 300 and code != 204 and tagged:
            headers["ETag"] = _ref("ETag")
            if replayable:
                headers["Idempotency-Replayed"] = _ref("IdempotencyReplayed")
            content = response.get("content", {}).get("application/json", {}).get("schema", {})
            if method == "get" and "next_cursor" in schemas.get(
                next(iter(_schema_names(content)), ""), {}
            ).get("properties", {}):
                headers["Link"] = _ref("Link")
        if 200 <= code < 300 and (deprecation := DEPRECATIONS.get(operation.get("operationId", ""))):
            # A copy: a schema object shared by two places would be written as a YAML anchor.
            headers["Deprecation"] = {
                "description": f"RFC 9745 (`@` and seconds since the epoch): {deprecation.what}",
                "schema": copy.deepcopy(DEPRECATION_SCHEMA),
            }
            headers["Sunset"] = _ref("Sunset")
        if code == 201:
            headers["Location"] = _ref("Location")
        if code == 304:
            headers["ETag"] = _ref("ETag")
        if code == 401:
            headers["WWW-Authenticate"] = _ref("WWWAuthenticate")
            headers["DPoP-Nonce"] = _ref("DPoPNonce")
        if code == 503:
            headers["Retry-After"] = _ref("RetryAfter")


def complete_openapi(schema: dict[str, Any], routes: list[APIRoute], settings: Settings) -> dict[str, Any]:
    schema["info"]["contact"] = {"name": "LIS council registry maintainers"}
    # No licence has been chosen for the registry yet: an SPDX reference to "all rights reserved" says
    # so in the form validators (and client generators such as orval) require.
    schema["info"]["license"] = {
        "name": "Proprietary: all rights reserved, no licence granted yet",
        "identifier": "LicenseRef-Proprietary",
    }
    schema["servers"] = [{"url": "/", "description": "The host that serves this document."}]
    schema["tags"] = TAGS
    components = schema.setdefault("components", {})
    components["headers"] = HEADERS
    components["parameters"] = PARAMETERS
    components["securitySchemes"] = {
        SECURITY_SCHEME: {
            "type": "oauth2",
            "description": "HelseID access token (client credentials) sent as `Authorization: Bearer`: "
            "a JWT whose scope names one of the scopes below and whose organisation number claim names "
            "the calling organisation. Refused where DPoP is required (in production by default), and "
            "for a token bound to a key (`cnf.jkt`).",
            "flows": {
                "clientCredentials": {
                    "tokenUrl": settings.auth_issuer.rstrip("/") + "/connect/token",
                    "scopes": {
                        settings.auth_scope_prefix + s.value: d for s, d in SCOPE_DESCRIPTIONS.items()
                    },
                }
            },
        },
        DPOP_SECURITY_SCHEME: {
            "type": "http",
            "scheme": "DPoP",
            "description": "The same HelseID access token, bound to the client's key (`cnf.jkt`) and sent "
            "as `Authorization: DPoP <token>` with a `DPoP` header: a proof JWT the client signs for "
            "each request with that key (RFC 9449), naming the method (`htm`), the URL without query "
            "(`htu`), the token's hash (`ath`), a fresh `jti` and `iat`, and the server's nonce when it "
            "asks for one. The token carries the scopes the operation names.",
        },
    }
    schemas = components.get("schemas", {})
    by_operation = {
        (route.path, method.lower()): route
        for route in routes
        for method in route.methods
        if method != "HEAD"
    }
    requested: set[str] = set()
    answered: set[str] = set()
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            route = by_operation[(path, method)]
            operation["security"] = _security(route, settings.auth_scope_prefix)
            _complete_parameters(operation)
            _complete_responses(method, operation, schemas, tagged=isinstance(route, UnitOfWorkRoute))
            requested |= _schema_names(operation.get("requestBody", {})) | _schema_names(
                operation.get("parameters", [])
            )
            answered |= _schema_names(operation["responses"])
    # A field a response always carries is required in it, even where pydantic has a default for it:
    # a generated client must not make a caller test for a field that is always there. Fields that
    # default to null may be left out (problems leave out what does not apply).
    for name in _closure(answered, schemas) - _closure(requested, schemas):
        properties = schemas[name].get("properties", {})
        required = [field for field, spec in properties.items() if spec.get("default", ...) is not None]
        if required:
            schemas[name]["required"] = required
    return schema
