"""Absolute calendar dates as ISO prefixes with their precision.

Kept apart from relative-date resolution (the extractor's job) because the
loader needs it for metadata and must stay cheap: one compiled regex.
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_MONTH2 = _MONTH.replace("?P<mon>", "?P<mon2>")

DATE_RE = re.compile(
    r"\b(?:"
    r"(?P<iso>(?P<y1>(?:19|20)\d{2})-(?P<m1>\d{1,2})(?:-(?P<d1>\d{1,2}))?)"
    r"|(?P<y3>(?:19|20)\d{2})[./](?P<m3>\d{1,2})[./](?P<d3>\d{1,2})"
    r"|" + _MONTH + r"\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<y2>(?:19|20)\d{2})"
    r"|(?P<d4>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH2 + r",?\s+(?P<y4>(?:19|20)\d{2})"
    r")\b",
    re.IGNORECASE,
)
YEAR_RE = re.compile(r"(?<![\d.,-])((?:19|20)\d{2})(?!\d|,\d|-\d)")


def _valid(y: int, m: int, d: int | None) -> bool:
    try:
        dt.date(y, m, d or 1)
    except ValueError:
        return False
    return True


def find_date(text: str) -> tuple[str, str, int, int] | None:
    """First absolute date in `text`: (iso, precision, start, end)."""
    for m in DATE_RE.finditer(text):
        g = m.groupdict()
        if g["iso"]:
            y, mo = int(g["y1"]), int(g["m1"])
            d = int(g["d1"]) if g["d1"] else None
        elif g["y3"]:
            y, mo, d = int(g["y3"]), int(g["m3"]), int(g["d3"])
        elif g["y2"]:
            y, mo, d = int(g["y2"]), MONTHS[g["mon"].lower().rstrip(".")], int(g["d2"])
        else:
            y, mo, d = int(g["y4"]), MONTHS[g["mon2"].lower().rstrip(".")], int(g["d4"])
        if not _valid(y, mo, d):
            continue
        if d is None:
            return f"{y:04d}-{mo:02d}", "month", m.start(), m.end()
        return f"{y:04d}-{mo:02d}-{d:02d}", "day", m.start(), m.end()
    return None


def normalise_date(value: object) -> tuple[str, str]:
    """A front-matter date (YAML date/datetime, or text) -> (iso, precision)."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat(), "day"
    if isinstance(value, dt.date):
        return value.isoformat(), "day"
    if isinstance(value, int) and 1900 <= value <= 2100:
        return str(value), "year"
    text = str(value or "").strip()
    if not text:
        return "", ""
    found = find_date(text)
    if found:
        return found[0], found[1]
    m = re.fullmatch(r"((?:19|20)\d{2})(?:-(\d{1,2}))?", text)
    if m:
        if m.group(2) and 1 <= int(m.group(2)) <= 12:
            return f"{m.group(1)}-{int(m.group(2)):02d}", "month"
        return m.group(1), "year"
    m = re.search(_MONTH + r",?\s+((?:19|20)\d{2})", text, re.IGNORECASE)
    if m:
        return f"{m.group(2)}-{MONTHS[m.group('mon').lower().rstrip('.')]:02d}", "month"
    m = YEAR_RE.search(text)
    if m:
        return m.group(1), "year"
    return "", ""
