"""Content negotiation (RFC 9110 §12.5.1) for the few resources with more than one media type, each
served by an operation of its own: the JSON's operation sends a client that prefers another there."""

from collections.abc import Mapping, Sequence
from urllib.parse import urlencode

from starlette.responses import RedirectResponse

from app.services.texts import DEFAULT_LANGUAGE, Language


def preferred_media_type(accept: str | None, offered: Sequence[str]) -> str | None:
    """The offered media type the `Accept` header likes best, the most specific of its ranges deciding
    each offer's quality and the first offer winning a tie (so `*/*` gets the first); None when it
    accepts none of them. No header, or an empty one, accepts anything."""
    if accept is None or not accept.strip():
        return offered[0]
    ranges: list[tuple[str, float]] = []
    for part in accept.split(","):
        media, *parameters = (piece.strip() for piece in part.split(";"))
        if not media:
            continue
        quality = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    quality = 0.0
        ranges.append((media.lower(), quality))

    def quality_of(offer: str) -> float:
        kind = offer.split("/")[0]
        matches = [
            (2 if media == offer else 1 if media == f"{kind}/*" else 0, quality)
            for media, quality in ranges
            if media in (offer, f"{kind}/*", "*/*")
        ]
        return max(matches)[1] if matches else 0.0

    quality, _, offer = max((quality_of(offer), -rank, offer) for rank, offer in enumerate(offered))
    return offer if quality > 0 else None


def see_other(path: str, query: Mapping[str, object | None]) -> RedirectResponse:
    """`303 See Other` to the operation that serves the representation asked for, with the request's
    filters (those given). Each representation is an operation of its own, so that a generated client
    types every operation's answer as one thing; a client that negotiates is sent there."""
    kept = urlencode({name: str(value) for name, value in query.items() if value is not None})
    return RedirectResponse(f"{path}?{kept}" if kept else path, status_code=303)


def see_other_response(what: str) -> dict[int | str, dict[str, object]]:
    """The contract's declaration of `see_other()`'s answer: `what` says when, and where to."""
    return {
        303: {
            "description": f"See Other: {what}, with the same filters.",
            "headers": {
                "Location": {
                    "description": "Where that representation is served.",
                    "schema": {"type": "string"},
                }
            },
        }
    }


def preferred_language(accept_language: str | None) -> Language:
    """The language a person's pages are worded in (RFC 9110 §12.5.4): English when `Accept-Language`
    prefers it to Norwegian, Norwegian bokmål otherwise; `nb`, `no` and `nn` all read bokmål, the only
    Norwegian the service writes."""
    if accept_language is None or not accept_language.strip():
        return DEFAULT_LANGUAGE
    best: dict[Language, float] = {}
    for rank, part in enumerate(accept_language.split(",")):
        tag, *parameters = (piece.strip() for piece in part.split(";"))
        quality = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    quality = 0.0
        primary = tag.lower().split("-")[0]
        language = {"nb": Language.NB, "no": Language.NB, "nn": Language.NB, "en": Language.EN}.get(primary)
        if language is not None and quality > 0:
            # A later range of equal quality ranks below an earlier one.
            best[language] = max(best.get(language, 0.0), quality - rank * 1e-6)
    if not best:
        return DEFAULT_LANGUAGE
    return max(best, key=lambda language: best[language])
