"""Defection incidents of one article, sentence by sentence.

General mechanism, driven by the vocabulary in ``data/extraction.yaml``:

1. An article not about North Korea (no Korea cue) yields nothing.
2. In each sentence, each defection predicate (defect, flee, cross a
   border, arrive in the South, go missing, seek asylum, be caught) that
   passes its checks makes a row (``predicate.py``); the clause before it
   gives the actor (``actor.py``), the clause after it the slots
   (``slots.py``, ``row_dates.py``, ``roles.py``).
3. A sentence with no predicate may name a member of a group announced
   earlier (``members.py``) or a figure (``statistics.py``); once the
   article has a statistic, further figures of a series are rows too.
4. The rows are then read together (``post.py``).

Every step looks only at its sentence and the spans found in it by
bisection, and carries running state instead of re-scanning: the cost is
linear in the document's length.
"""

from __future__ import annotations

import re

from ...models import Article, EntitySpan, Incident
from ..deadline import NO_DEADLINE, Deadline
from ..grouping import group_key
from ..tokens import Token
from ..vocab import Vocab
from .among_figures import among_row
from .breakdowns import colon_breakdown
from .context import Doc
from .figure_series import (anaphoric_figure, average_figure, dated_parts, part_of_a_figure, parts_of_a_year, period_first_figures,
                            range_figures, respective_figures, whole_and_part)
from .members import included_members, member_row
from .patterns import Patterns
from .post import post_process
from .row import Row
from .sentence import sentence_rows
from .spans import SpanIndex
from .statistics import looks_statistical, running_total, series_figures, stat_row


class IncidentReader:
    def __init__(self, v: Vocab) -> None:
        self.v = v
        self.P = Patterns(v)

    def read(self, article: Article, body: str, toks: list[Token], sents: list[tuple[int, int]],
             spans: list[EntitySpan], deadline: Deadline = NO_DEADLINE) -> list[Incident]:
        P = self.P
        if not body or not P.korea.search(article.title + "\n" + body):
            return []
        doc = Doc(article, body, sents, SpanIndex(spans))
        rows: list[Row] = []
        first_stat: Row | None = None
        stat_before: Row | None = None  # the last figure of the sentences before (kept, not searched for)
        here_from = 0
        for si in range(len(sents)):
            deadline.check()
            if si:
                stat_before = next((r for r in reversed(rows[here_from:]) if r.stat), stat_before)
            s = doc.sentence(si)
            here_from = len(rows)
            found = [r for r in whole_and_part(P, s) if r.subset or all(o.count != r.count for o in rows)] \
                or sentence_rows(P, s)  # (a whole given before is no new figure)
            label = found if found and all(r.label for r in found) else None  # (it stands aside for the readings below)
            if label:
                found = None
            if found is None:
                found = included_members(P, s) or None
            if found is None:
                # (a member named after defectors told of in general, with no event of theirs:
                # "... the small stream of defectors who flee. One of them is Lee Sang-jun")
                row = member_row(P, s) if rows or any(sp.label == "PERSON" for sp in s.spans) else None
                if row is None:
                    row = stat_row(P, s) or anaphoric_figure(P, s, stat_before) or among_row(P, s)
                found = [row] if row is not None else label
            if found and average_figure(s.text):
                found = [r for r in found if r.count is None]  # (a rate or an average is no figure)
            if found:
                wholes = [w for w in (part_of_a_figure(P, r) for r in found) if w is not None]
                found = wholes + found
                rows.extend(found)
                if first_stat is None:
                    first_stat = next((r for r in found if r.stat), None)
            rows.extend(running_total(P, s, rows[here_from:]))
            last_stat = next((r for r in reversed(rows[here_from:]) if r.stat), stat_before)
            rows.extend(respective_figures(P, s, rows[here_from:], last_stat))
            rows.extend(period_first_figures(P, s, rows[here_from:], last_stat))
            rows.extend(parts_of_a_year(P, s, rows[here_from:], stat_before))
            rows.extend(range_figures(P, s, rows[here_from:]))
            rows.extend(dated_parts(P, s, rows[here_from:]))
            rows.extend(colon_breakdown(P, s, rows[here_from:]))
            if first_stat is not None or looks_statistical(P, s):
                rows.extend(series_figures(P, s, rows[here_from:], first_stat, last_stat))
                if first_stat is None:
                    first_stat = next((r for r in rows[here_from:] if r.stat), None)
        rows = post_process(P, rows, doc)
        return [self._incident(article, i + 1, r, body) for i, r in enumerate(rows)]

    def _incident(self, article: Article, n: int, r: Row, body: str) -> Incident:
        return Incident(
            incident_id=f"{article.id}#{n}",
            article_id=article.id,
            article_title=article.title,
            article_date=article.date,
            date=r.date,
            date_precision=r.precision if r.date else "",  # type: ignore[arg-type]
            status=r.status,
            actor=_balanced_quotes(r.actor),
            actor_name=r.actor_name,
            role=r.role,
            count=r.count,
            origin="; ".join(_distinct_places(r.origin)),
            destination="; ".join(_distinct_places(r.destination)),
            reported_by=r.reported_by,
            evidence=body[r.start:r.end],
            evidence_start=r.start,
            evidence_end=r.end,
            group_key=group_key(r.actor_name, self.P.surname_variants) if r.actor_name else "",
        )


def _balanced_quotes(text: str) -> str:
    """The actor without a quote mark left open by where its words were cut
    ('around 10" such people', from 'said that "around 10" such people')."""
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        return " ".join(text.replace('"', " ").replace("“", " ").replace("”", " ").split())
    return text


#: words describing a named place before its name: "the heavily-guarded | Demilitarized Zone",
#: "heavily fortified | DMZ" (participles and adverbs before a name only: "eastern Chinese port" and
#: "unnamed Southeast Asian country" are as written)
_DESCRIBED_NAME = re.compile(r"^(?:(?:an?|the)\s+)?(?:(?:[a-z]+ly|[a-z][\w-]*ed)\s+)+(?=[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*$)")


def _distinct_places(places: list[str]) -> list[str]:
    """Each place once, as named: without the words describing it ("the
    heavily-guarded Demilitarized Zone" is the Demilitarized Zone), and a
    place read twice, once with them, once."""
    named = [_DESCRIBED_NAME.sub("", p) for p in places]
    return [p for i, p in enumerate(named) if p not in named[:i]
            and not any(q != p and p.endswith(" " + q) for q in named)]
