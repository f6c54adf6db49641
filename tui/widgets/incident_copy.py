"""An incident as one line of text, for the clipboard."""

from __future__ import annotations

from defect_tui.index.models import Incident

from ..textutil import one_line


def row_text(inc: Incident) -> str:
    """Date, status, who, how many, from where to where, according to whom,
    and the article: the fields a note cites, in reading order."""
    who = inc.actor + (f" ({inc.role})" if inc.role and inc.role not in inc.actor.lower() else "")
    parts = [inc.date or "undated", inc.status.replace("_", " "), who]
    if inc.count:
        parts.append(f"{inc.count} people")
    if inc.origin or inc.destination:
        parts.append(f"{inc.origin or '?'} -> {inc.destination or '?'}")
    if inc.reported_by:
        parts.append(f"reported by {inc.reported_by}")
    parts.append(f"in \"{inc.article_title or inc.article_id}\" ({inc.article_date})")
    return one_line(" · ".join(p for p in parts if p))
