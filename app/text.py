"""What text the service accepts at all, before any rule looks at it.

PostgreSQL cannot store NUL, and no driver can encode a lone surrogate (which JSON's `\ud800` escape
and a forged cursor can carry); on SQLite the same text would be stored and served back broken. So
every string that enters — path and query parameters, request bodies, cursors — passes here once.
"""

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""Control characters no field means to carry; tab and line breaks are text in free-text fields."""
_LINE_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
"""In a parameter, an identifier or a code, a tab or a line break is a control character too."""


def unstorable_text(value: str, *, multiline: bool = True) -> str | None:
    """Why `value` cannot be accepted as text, or None when it can."""
    if "\x00" in value:
        return "must not contain the NUL character"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "must be valid Unicode text (it holds a lone surrogate)"
    if (_CONTROL if multiline else _LINE_CONTROL).search(value):
        return "must not contain control characters"
    return None
