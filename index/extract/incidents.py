"""Defection incidents from sentences: predicate, actor, status, fields.

General mechanism, driven by the vocabulary in ``data/extraction.yaml``:

1. An article not about North Korea (no Korea cue) yields nothing.
2. In each sentence, the first defection predicate (defect, flee, cross a
   border, arrive in the South, go missing, seek asylum, be caught) that
   passes its checks (negation, hypothetical, other senses, relative-clause
   labels) makes a row. The clause before it gives the actor: a name, a
   number, a role.
3. Sentences that open like "One of the defectors was ..." add rows for the
   members of a group announced earlier.
4. Rows of a group lead pass date and destination down to the members; a
   lead that only sums up the rows that follow is dropped; later mentions of
   the same person add no row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import Article, EntitySpan, Incident
from .relative_dates import resolve
from .tokens import Token
from .vocab import Vocab, _words_re

_BOUNDARY_WORDS = r"(?:after|when|because|before|while|but|which|who|since|although|though|as|until|where|whereas|so|and then)"


@dataclass
class Row:
    sent: int
    start: int
    end: int
    status: str
    actor: str = ""
    actor_name: str = ""
    role: str = ""
    count: int | None = None
    date: str = ""
    precision: str = ""
    origin: list[str] = field(default_factory=list)
    destination: list[str] = field(default_factory=list)
    reported_by: str = ""
    member: bool = False
    stat: bool = False


class IncidentReader:
    def __init__(self, v: Vocab) -> None:
        self.v = v
        self.korea = re.compile(r"(?<!\w)(?:" + _words_re([str(x) for x in v.raw.get("korea_cues") or []]) + r")(?!\w)")
        self.attempt = v.regex("attempt_cues", r"(?:{})\s*$")
        self.hypo = v.regex("hypothetical_cues", r"(?<![\w'])(?:{})(?![\w'])")
        self.neg = v.regex("negation_cues", r"(?<![\w'])(?:{})(?![\w'])")
        self.blockers = v.regex("sentence_blockers")
        self.label_cues = v.regex("label_cues")
        self.generic = v.regex("generic_cues")
        self.other_sense = v.regex("other_sense_cues")
        self.border = v.regex("border_words", r"(?<!\w)(?:{})(?!\w)")
        self.arrival = v.regex("arrival_places", r"^\s*(?:in|to|into|at)?\s*(?:{})(?!\w)")
        self.period = v.regex("period_cues")
        self.reporting = v.regex("reporting_verbs", r"(?<!\w)(?:{})(?!\w)")
        self.reporting_end = v.regex("reporting_verbs", r"(?<!\w)(?:{})[\s,]*(?:that\s+)?$")
        self.place_phrase = re.compile(
            r"(?<!\w)(?:" + _words_re([str(x) for x in v.raw.get("place_adjectives") or []]) + r")\s+(?:"
            + _words_re([str(x) for x in v.raw.get("place_nouns") or []]) + r")(?!\w)")
        role_alt = _words_re(sorted(v.role_singulars)) or "official"
        openers = []
        for o in v.raw.get("member_openers") or []:
            openers.append(str(o).replace("{ROLE}", role_alt))
        self.member_re = re.compile(r"^\s*(?:" + "|".join(f"(?:{o})" for o in openers) + r")\s*(?:an?\s+)?", re.IGNORECASE) if openers else None
        self.stat_nouns = v.words("stat_nouns")
        self.roleless = v.words("roleless_nouns")
        self.defect_word = re.compile(r"defect|asylum|fled|flee|escape", re.IGNORECASE)
        self.clause_split = re.compile(
            r"(?:[;:“\"]|\bthat\b|\b" + _BOUNDARY_WORDS + r"\b|,\s*(?:and|but)\b|\baccording to\b[^,]{0,60},)", re.IGNORECASE)
        rep_alt = _words_re([str(x) for x in v.raw.get("reporting_verbs") or []]) or "said"
        self.dest_stop = re.compile(r"(?:[;.]|\b(?:after|when|because|before|while|but|which|who|since|where|with|by|" + rep_alt + r")\b|,\s*(?:and|but|which|who|the|a|an)\b)", re.IGNORECASE)
        self.origin_before = re.compile(
            r"(?:" + _words_re([str(x) for x in v.raw.get("origin_cues") or []]) + r")\s+(?:the\s+|his\s+|her\s+|their\s+|a\s+)?(?:post\s+in\s+|posting\s+in\s+|embassy\s+in\s+|mission\s+in\s+)?$",
            re.IGNORECASE)
        self.posting = re.compile(r"\b(?:posted|stationed|based|working|worked|serving|served|assigned|dispatched|living|lived|staying|stayed)\s+(?:in|at|to)\s+(?:the\s+|a\s+)?$", re.IGNORECASE)
        self.role_in = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
        self.num_in_text = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d+)\b")

    # ------------------------------------------------------------------ API
    def read(self, article: Article, body: str, toks: list[Token], sents: list[tuple[int, int]],
             spans: list[EntitySpan]) -> list[Incident]:
        if not body or not self.korea.search(article.title + "\n" + body):
            return []
        spans = sorted(spans, key=lambda s: s.start)
        rows: list[Row] = []
        for si, (s0, e0) in enumerate(sents):
            text = body[s0:e0]
            sspans = [sp for sp in spans if sp.start >= s0 and sp.end <= e0]
            row = self._sentence(article, body, sents, si, s0, e0, text, sspans, spans)
            if row is None and rows:
                row = self._member(article, body, sents, si, s0, e0, text, sspans)
            if row is not None:
                rows.append(row)
        rows = self._post(rows, spans, body)
        return [self._incident(article, i + 1, r, body) for i, r in enumerate(rows)]

    # ----------------------------------------------------------- sentences
    def _sentence(self, article, body, sents, si, s0, e0, text, sspans, spans) -> Row | None:
        if len(text) > 2000 or self.blockers.search(text):
            return None
        preds = []
        for rx, kind, status in self.v.predicates:
            for m in rx.finditer(text):
                preds.append((m.start(), m.end(), kind, status))
        preds.sort()
        for ps, pe, kind, status in preds:
            row = self._try(article, body, sents, si, s0, text, sspans, spans, ps, pe, kind, status)
            if row is not None:
                return row
        return None

    def _clause_start(self, text: str, ps: int) -> int:
        start = 0
        for m in self.clause_split.finditer(text, 0, ps):
            start = m.end()
        # "X reports Wednesday the officer defected": after a reporting verb (+ date)
        for m in self.reporting.finditer(text, start, ps):
            start = max(start, m.end())
        return start

    def _try(self, article, body, sents, si, s0, text, sspans, spans, ps, pe, kind, status) -> Row | None:
        after = text[pe:pe + 80]
        low_text = text.lower()
        korea_here = bool(self.korea.search(text))
        if kind == "defect":
            if self.other_sense.search(text) and not korea_here:
                return None
        elif kind == "flee":
            if not (korea_here or any(sp.label == "LOCATION" for sp in sspans) or self.border.search(text)):
                return None
        elif kind == "cross":
            m = self.border.search(after[:45])
            if not m:
                return None
        elif kind == "arrive":
            if not self.arrival.search(text[pe:pe + 40]) and not self.arrival.search(" " + text[pe:pe + 40].lstrip()):
                return None
            if not (korea_here or re.search(r"defector|north korean", low_text)):
                return None
        elif kind == "missing":
            ctx = text
            if si + 1 < len(sents):
                ctx += " " + body[sents[si + 1][0]:sents[si + 1][1]]
            if not self.defect_word.search(ctx):
                return None
        elif kind == "caught":
            if not (re.search(r"\b(?:trying|attempting|tried|attempted|while|as|after)\b", text[pe:pe + 40], re.I)
                    and (self.defect_word.search(text[pe:]) or self.border.search(text[pe:]) or re.search(r"\bcross", text[pe:], re.I))):
                return None
        elif kind == "statreport":
            if not any(sp.label == "NUMBER" and sp.start - s0 < ps and sp.text.split()[-1].lower() in self.stat_nouns
                       for sp in sspans):
                return None
        cs = self._clause_start(text, ps)
        region = text[cs:ps]
        # relative clause: "a diplomat who defected from North Korea"
        rel = re.search(r"\b(who|that|which)\s+(?:had\s+|has\s+|have\s+|also\s+|later\s+|reportedly\s+)*$", text[:ps], re.I)
        if rel and rel.start() <= cs + 1:
            cs2 = self._clause_start(text, rel.start())
            clause_end = self._clause_end(text, pe)
            has_date = any(sp.label == "DATE" and pe <= sp.start - s0 < clause_end for sp in sspans)
            if not has_date or self.label_cues.search(text):
                return None
            region = text[cs2:rel.start()]
            cs = cs2
        # negation / hypothesis between the clause start and the predicate
        window = text[cs:ps] + text[ps:pe]
        if self.neg.search(window) or self.hypo.search(text[cs:ps]):
            return None
        if self.generic.search(text):
            return None
        if kind != "statreport" and re.search(r"\b(?:defectors?|defections?)\s*$", region.strip(" ,"), re.I) and not any(
                sp.label in ("NUMBER", "PERSON") and cs <= sp.start - s0 < ps for sp in sspans):
            # "defectors arrive ..." with no number: a generic statement
            if not re.search(r"\b(?:the|these|those|two|three|four|five)\b", region, re.I):
                return None
        if self.attempt.search(text[max(0, ps - 30):ps]) or re.match(r"\s*to\b", text[pe:pe + 3]) and re.search(r"attempt|tr(?:y|ied)", text[ps:pe], re.I):
            status = "attempted"
        if re.search(r"\b(?:attempted|tried|attempting|trying)\b", text[ps:pe], re.I):
            status = "attempted"
        row = Row(sent=si, start=s0, end=s0 + len(text), status=status)
        rspans = [sp for sp in sspans if cs <= sp.start - s0 and sp.end - s0 <= ps]
        if not self._actor(row, region, rspans, spans, body, s0 + cs):
            return None
        clause_end = self._clause_end(text, pe)
        self._count(row, region, rspans, sspans, s0, ps, kind)
        self._date(row, article, text, sspans, s0, cs, ps, pe, clause_end)
        self._places(row, text, sspans, s0, cs, ps, pe, kind)
        self._status(row, text, kind)
        row.reported_by = self._reporter(text, sspans, s0, article)
        return row

    def _clause_end(self, text: str, pe: int) -> int:
        m = self.dest_stop.search(text, pe)
        return m.start() if m else len(text)

    # ---------------------------------------------------------------- actor
    def _actor(self, row: Row, region: str, rspans, spans, body, abs_cs) -> bool:
        persons = [sp for sp in rspans if sp.label == "PERSON"]
        stripped = re.sub(r"^\W*(?:and|but|then|also|so)\b", "", region).strip(" ,\"“”'")
        stripped = re.sub(r"\b(?:also|had|has|have|reportedly|allegedly|later|eventually|successfully|finally|was|were|is|are|been|attempted to|tried to|attempting to|trying to|who|in a bid to)\b\s*$", "", stripped, flags=re.I).strip(" ,")
        stripped = re.sub(r"\b(?:also|had|has|have|reportedly|allegedly|later|was|were|is|are|been|attempted|tried|attempting|trying)\s*$", "", stripped, flags=re.I).strip(" ,")
        # a leading date or time word is no part of the actor
        for sp in rspans:
            if sp.label == "DATE" and stripped.startswith(sp.text):
                stripped = stripped[len(sp.text):].strip(" ,")
        if persons:
            p = persons[-1]
            row.actor_name = p.canonical or p.text
            row.actor = row.actor_name
            roles = [sp for sp in rspans if sp.label == "ROLE"]
            if roles:
                row.role = self._role_text(roles[-1].text)
            else:
                row.role = self._person_role(row.actor_name, spans, body)
            return True
        if re.fullmatch(r"(?:he|she|they|him|her)", stripped, re.I):
            prev = [sp for sp in spans if sp.label == "PERSON" and sp.end <= abs_cs]
            if not prev:
                return False
            p = prev[-1]
            row.actor_name = p.canonical or p.text
            row.actor = row.actor_name
            row.role = self._person_role(row.actor_name, spans, body)
            return True
        words = stripped.split()
        if not words:
            return False
        if len(words) > 14:
            words = words[-14:]
        actor = " ".join(words)
        actor = re.sub(r"^(?:a number of|a group of|a total of|some of the|some|a|an|the|one)\s+", "", actor, flags=re.I)
        row.actor = actor
        roles = [sp for sp in rspans if sp.label == "ROLE"]
        if roles:
            head = self._head_noun(stripped)
            if head and head.lower() in self.roleless:
                row.role = ""
            else:
                row.role = self._role_text(roles[-1].text)
        has_noun = bool(roles) or any(sp.label == "NUMBER" for sp in rspans) or bool(
            re.search(r"\b(?:" + "|".join(re.escape(x) for x in sorted(self.roleless)) + r")\b", stripped, re.I))
        return has_noun or bool(re.search(r"\b(?:a|an|the|one|two|three|this|that|these|those|his|her|their)\b", stripped, re.I))

    @staticmethod
    def _head_noun(np: str) -> str:
        np = re.split(r"\s+(?:of|from|in|at|who|with)\s+", np)[0]
        words = re.findall(r"[\w'-]+", np)
        return words[-1] if words else ""

    def _role_text(self, text: str) -> str:
        low = " ".join(text.lower().split())
        base = self.v.role_singulars.get(low)
        if base:
            return base
        words = low.split()
        last = words[-1] if words else low
        from .vocab import singular
        if " to " in low or " for " in low:
            return low
        return " ".join(words[:-1] + [self.v.role_singulars.get(last, singular(last))])

    def _person_role(self, name: str, spans, body) -> str:
        """The most specific role the article gives next to the person."""
        best = ""
        mentions = [sp for sp in spans if sp.label == "PERSON" and (sp.canonical or sp.text) == name]
        for m in mentions:
            for sp in spans:
                if sp.label != "ROLE":
                    continue
                gap = body[sp.end:m.start] if sp.end <= m.start else body[m.end:sp.start]
                if len(gap) > 40 or "." in gap or "\n" in gap:
                    continue
                if sp.end <= m.start and re.fullmatch(r"[\s\w'’-]{0,25}", gap) or sp.start >= m.end and re.fullmatch(r",\s*(?:a|an|the)?\s*[\w\s'’-]{0,30}?", gap):
                    cand = self._role_text(sp.text)
                    if len(cand) > len(best):
                        best = cand
        return best

    # ---------------------------------------------------------------- count
    def _count(self, row: Row, region, rspans, sspans, s0, ps, kind) -> None:
        nums = [sp for sp in rspans if sp.label == "NUMBER"]
        if not nums and kind == "statreport":
            nums = [sp for sp in sspans if sp.label == "NUMBER" and sp.start - s0 < ps]
        if nums:
            row.count = self._value(nums[-1].text)
            return
        m = re.search(r"\bthe\s+(" + "|".join(re.escape(w) for w in self.v.number_words if " " not in w) + r")\b", region, re.I)
        if m:
            row.count = self.v.number_words.get(m.group(1).lower())

    def _value(self, text: str) -> int | None:
        m = self.num_in_text.search(text)
        if m:
            try:
                return int(m.group(1).replace(",", ""))
            except ValueError:
                return None
        for w in re.findall(r"[a-z]+(?:\s+[a-z]+)?", text.lower()):
            for cand in (w, w.split()[-1]):
                if cand in self.v.number_words:
                    return self.v.number_words[cand]
        return None

    # ----------------------------------------------------------------- date
    def _date(self, row: Row, article, text, sspans, s0, cs, ps, pe, clause_end) -> None:
        dates = [sp for sp in sspans if sp.label == "DATE"]
        def ok(sp) -> bool:
            before = text[:sp.start - s0]
            return not self.reporting_end.search(before) and not re.search(r"\b(?:posted|updated)\s*$", before, re.I)
        after = [sp for sp in dates if pe <= sp.start - s0 < clause_end and ok(sp)]
        before = [sp for sp in dates if cs <= sp.start - s0 < ps and ok(sp)]
        lead = [sp for sp in dates if sp.start - s0 < cs and ok(sp) and not self.reporting.search(text[sp.end - s0:ps])]
        for group in (after, list(reversed(before)), list(reversed(lead))):
            for sp in group:
                iso, prec = resolve(sp.text, article.date, article.date_precision, self.v.number_words)
                if iso:
                    row.date, row.precision = iso, prec
                    return

    # --------------------------------------------------------------- places
    def _place_list(self, text: str, sspans, s0: int, lo: int, hi: int) -> list[str]:
        out: list[tuple[int, str]] = []
        locs = [sp for sp in sspans if sp.label == "LOCATION" and lo <= sp.start - s0 < hi]
        skip = set()
        for k, sp in enumerate(locs):
            if k in skip:
                continue
            pre = text[max(0, sp.start - s0 - 12):sp.start - s0].lower()
            if re.search(r"\b(?:from|of|against|with|by|about)\s+(?:the\s+)?$", pre):
                continue
            name = self._alias(sp.text)
            if k + 1 < len(locs):
                gap = text[sp.end - s0:locs[k + 1].start - s0]
                if re.fullmatch(r",\s*|\s+in\s+(?:the\s+)?", gap):
                    name = f"{name}, {self._alias(locs[k + 1].text)}"
                    skip.add(k + 1)
            out.append((sp.start - s0, name))
        for m in self.place_phrase.finditer(text, lo, hi):
            if not any(sp.start - s0 <= m.start() < sp.end - s0 for sp in sspans if sp.label == "LOCATION"):
                out.append((m.start(), m.group()))
        for m in re.finditer(r"\b(?:to|in)\s+the\s+South\b|\bhere\b", text[lo:hi]):
            if m.group() == "here" and lo + m.start() > 0 and not re.search(r"(?:arrived|came|come|fled|defected|brought)\s+$", text[:lo + m.start()]):
                continue
            out.append((lo + m.start(), "South Korea"))
        out.sort()
        seen: list[str] = []
        for _, name in out:
            if name not in seen:
                seen.append(name)
        return seen

    def _alias(self, name: str) -> str:
        return self.v.place_aliases.get(name, self.v.place_aliases.get(re.sub(r"^the\s+", "", name), name))

    def _places(self, row: Row, text, sspans, s0, cs, ps, pe, kind) -> None:
        end = self._clause_end(text, pe)
        # origin: "posted in Beijing", "based at the Hong Kong headquarters", "a diplomat in Kuwait"
        for sp in sspans:
            if sp.label != "LOCATION":
                continue
            before = text[max(0, sp.start - s0 - 40):sp.start - s0]
            rel = sp.start - s0
            if self.posting.search(before):
                row.origin.append(self._alias(sp.text))
            elif rel >= pe and rel < end and re.search(r"\b(?:fled|from|left|out of|escaped|defected from|while in|during a (?:trip|visit) to)\s+(?:the\s+)?$", before, re.I) and kind in ("flee", "defect", "cross"):
                row.origin.append(self._alias(sp.text))
            elif cs <= rel < ps and re.search(r"\b(?:diplomat|official|officer|worker|envoy|ambassador|staff|employee|representative|consul|attach[eé])s?\s+(?:in|at)\s+(?:the\s+)?$", before, re.I):
                row.origin.append(self._alias(sp.text))
        if kind == "cross":
            for sp in sspans:
                if sp.label == "LOCATION" and pe <= sp.start - s0 <= pe + 12 and self.border.fullmatch(sp.text):
                    row.origin.append(sp.text)
                    break
        # the origin of a city+country pair: "Ningbo, China"
        row.origin = _dedupe(row.origin)
        if kind in ("defect", "flee", "arrive", "asylum", "cross", "caught", "missing"):
            dests = self._place_list(text, sspans, s0, pe, end)
            dests = [d for d in dests if d not in row.origin and not any(d in o for o in row.origin)]
            if kind == "cross":
                dests = [d for d in dests if not self.border.fullmatch(d)]
            row.destination = dests

    # --------------------------------------------------------------- status
    def _status(self, row: Row, text, kind) -> None:
        if row.count is None or row.count < 2:
            return
        if row.status not in ("defected", "reported_count") and kind != "statreport":
            return
        noun = row.actor.lower()
        stat_noun = any(re.search(rf"\b{re.escape(n)}\b", noun) for n in self.stat_nouns)
        if kind == "statreport" or (stat_noun and row.precision in ("year", "month", "")) or (
                row.precision in ("year", "") and self.period.search(text)) or row.precision == "year" and kind != "cross":
            row.status = "reported_count"
            row.stat = True

    # ------------------------------------------------------------ reporter
    def _reporter(self, text, sspans, s0, article) -> str:
        m = re.search(r"\baccording to\s+(?:the\s+)?", text, re.I)
        if m:
            for sp in sspans:
                if sp.start - s0 >= m.end() and sp.label in ("ORG", "PERSON") and sp.start - s0 - m.end() < 30:
                    return sp.text
        for m in self.reporting.finditer(text):
            near = [sp for sp in sspans if sp.label in ("ORG", "PERSON") and 0 < m.start() - (sp.end - s0) < 6 or
                    sp.label in ("ORG", "PERSON") and 0 <= sp.start - s0 - m.end() < 30]
            if near:
                return near[0].text
        return article.source

    # ------------------------------------------------------------- members
    def _member(self, article, body, sents, si, s0, e0, text, sspans) -> Row | None:
        if self.member_re is None:
            return None
        m = self.member_re.match(text)
        if not m:
            return None
        prev = body[sents[max(0, si - 2)][0]:s0]
        if not re.search(r"\bdefect|\bthem\b|\bthose\b", prev + text[:m.end()], re.I):
            return None
        seg_end = re.search(r",|\bwhich\b|\bwho\b|\.", text[m.end():])
        seg = text[m.end(): m.end() + (seg_end.start() if seg_end else len(text) - m.end())]
        row = Row(sent=si, start=s0, end=e0, status="defected", member=True)
        head = text[:m.end()] + seg
        roles = [sp for sp in sspans if sp.label == "ROLE" and sp.start - s0 < len(head)]
        persons = [sp for sp in sspans if sp.label == "PERSON" and sp.start - s0 < len(head)]
        if persons:
            row.actor_name = persons[0].canonical or persons[0].text
        if roles:
            row.role = self._role_text(roles[0].text)
        else:
            hm = re.match(r"\s*(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?([a-z]+)\s+of\b", seg)
            if hm:
                row.role = hm.group(1).lower()
        opener_tail = re.sub(r"^\s*one\s+|\s+(?:was|is|were|are|had been)\s*(?:an?\s+)?$", "", text[:m.end()], flags=re.I).strip()
        if re.search(r"\b(?:of the|of them|among)\b", opener_tail, re.I) or not opener_tail:
            row.actor = row.actor_name or " ".join(seg.split())
        else:
            row.actor = row.actor_name or opener_tail
        if not row.actor:
            return None
        origins = []
        for sp in sspans:
            if sp.label == "LOCATION":
                before = text[max(0, sp.start - s0 - 40):sp.start - s0]
                if self.posting.search(before):
                    origins.append(self._alias(sp.text))
        row.origin = _dedupe(origins)
        row.reported_by = self._reporter(text, sspans, s0, article)
        return row

    # --------------------------------------------------------- post-process
    def _post(self, rows: list[Row], spans, body) -> list[Row]:
        # a lead that sums up the rows after it is not a row of its own
        out: list[Row] = []
        for k, r in enumerate(rows):
            if r.count and r.count >= 2 and not r.stat and r.status in ("defected", "attempted"):
                later = [x for x in rows[k + 1:] if x.count is None and x.status == r.status]
                if len(later) >= r.count:
                    continue
            out.append(r)
        rows = out
        # members of a group inherit its date and destination
        lead: Row | None = None
        for r in rows:
            if r.count and r.count >= 2 and (r.stat or r.status == "defected") and not r.member:
                if lead is None:
                    lead = r
                continue
            if lead is None or r.sent <= lead.sent:
                continue
            if not r.date and lead.date:
                r.date, r.precision = lead.date, lead.precision
            if not r.destination and lead.destination and r.status == "defected":
                r.destination = list(lead.destination)
        # later mentions of the same named person add no row
        seen: set[str] = set()
        final = []
        for r in rows:
            key = r.actor_name.lower()
            if key:
                if key in seen:
                    continue
                seen.add(key)
            final.append(r)
        return final

    def _incident(self, article: Article, n: int, r: Row, body: str) -> Incident:
        year = r.date[:4] if r.date else ""
        return Incident(
            incident_id=f"{article.id}#{n}",
            article_id=article.id,
            article_title=article.title,
            article_date=article.date,
            date=r.date,
            date_precision=r.precision if r.date else "",  # type: ignore[arg-type]
            status=r.status,
            actor=r.actor,
            actor_name=r.actor_name,
            role=r.role,
            count=r.count,
            origin="; ".join(r.origin),
            destination="; ".join(r.destination),
            reported_by=r.reported_by,
            evidence=body[r.start:r.end],
            evidence_start=r.start,
            evidence_end=r.end,
            group_key=f"{r.actor_name.lower()} {year}".strip() if r.actor_name else "",
        )


def _dedupe(items: list[str]) -> list[str]:
    out: list[str] = []
    for x in items:
        if x and x not in out:
            out.append(x)
    return out
