"""Pages people read: how an HTML page leaves, through a token or through a link."""

import re

from starlette.responses import Response

HTML = "text/html"
LANGUAGE = re.compile(r'<html lang="([a-z]{2})"')


def html_page(page: str, *, status: int = 200, through_link: bool = False) -> Response:
    """An HTML page with its language (`Content-Language`, read from the page itself, so that the two
    never disagree). Served through a link, it is for one person: `Cache-Control: private` keeps shared
    caches from storing it, and `Referrer-Policy: no-referrer` keeps the link out of any site its reader
    goes to next."""
    # Each page is an operation of its own, whatever `Accept` says: only the language varies.
    headers = {"Vary": "Accept-Language"}
    found = LANGUAGE.search(page[:400])
    if found:
        headers["Content-Language"] = found.group(1)
    if through_link:
        headers |= {
            "Cache-Control": "private, no-cache",
            "Referrer-Policy": "no-referrer",
            "X-Robots-Tag": "noindex, nofollow",
        }
    return Response(page, status_code=status, media_type=f"{HTML}; charset=utf-8", headers=headers)
