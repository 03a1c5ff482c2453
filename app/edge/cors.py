"""CORS for the national website and other browser clients (origins from LIS_CORS_ORIGINS)."""

from starlette.datastructures import Headers
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import Response
from starlette.types import ASGIApp

from app.contract.common import Protocol
from app.edge.protocol import problem_body

ALLOWED_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")
ALLOWED_HEADERS = (
    "Authorization",
    "DPoP",
    "Content-Type",
    "If-Match",
    "If-None-Match",
    "Idempotency-Key",
    "X-Request-ID",
)
EXPOSED_HEADERS = (
    "ETag",
    "Link",
    "Location",
    "Retry-After",
    "X-Request-ID",
    "Last-Modified",
    "WWW-Authenticate",
    "DPoP-Nonce",
)
"""What a script may read of a response besides the CORS-safelisted headers: the protocol's own, and
what a DPoP client needs to answer a challenge (the error, a nonce to use)."""
PREFLIGHT_MAX_AGE = 600


class Cors(CORSMiddleware):
    """Starlette's CORS (which marks every response `Vary: Origin`, so that a shared cache keeps a
    browser's answer apart), answering a refused preflight in problem+json like every other error."""

    def __init__(self, app: ASGIApp, origins: list[str]) -> None:
        super().__init__(
            app,
            allow_origins=origins,
            allow_methods=ALLOWED_METHODS,
            allow_headers=ALLOWED_HEADERS,
            expose_headers=EXPOSED_HEADERS,
            max_age=PREFLIGHT_MAX_AGE,
        )

    def preflight_response(self, request_headers: Headers) -> Response:
        response = super().preflight_response(request_headers)
        if response.status_code < 400:
            return response
        refused = bytes(response.body).decode().removeprefix("Disallowed CORS ")
        detail = f"this cross-origin request is refused: the service does not accept its {refused}"
        return Response(
            problem_body(403, Protocol.FORBIDDEN, detail, None),
            status_code=403,
            media_type="application/problem+json",
            headers={"Vary": "Origin", "Cache-Control": "no-store"},
        )
