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
from .grouping import group_key
from .relative_dates import resolve
from .tokens import Token
from .vocab import Vocab, _words_re

# "identified by his surname Choe", "only by her family name, Kim"
_SURNAME_ONLY = r"(?:only\s+)?by\s+(?:his|her|the)\s+(?:sur|family\s+|last\s+)?name"

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
    fallback: bool = False
    kind: str = ""
    definite: bool = False
    pe: int = 0
    subset: bool = False  # "Ten of the arrivals ...": a part of an earlier figure


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
        opener_alt = _words_re([str(x) for x in v.raw.get("actor_openers") or []])
        self.actor_openers = re.compile(r"(?:" + opener_alt + r")\b[^,]{0,60},\s*", re.IGNORECASE) if opener_alt else re.compile(r"(?!)")
        self.surname_variants = {str(k).lower(): str(val).lower()
                                 for k, val in (v.raw.get("surname_variants") or {}).items()}
        self.roleless = v.words("roleless_nouns")
        self.defect_word = re.compile(r"defect|asylum|fled|flee|escape", re.IGNORECASE)
        self.clause_split = re.compile(
            r"(?:[;:“\"]|\bthat\b|\b" + _BOUNDARY_WORDS + r"\b|,\s*(?:and|but)\b|\baccording to\b[^,]{0,60},)", re.IGNORECASE)
        rep_alt = _words_re([str(x) for x in v.raw.get("reporting_verbs") or []]) or "said"
        self.dest_stop = re.compile(r"(?:[;.]|\b(?:after|when|because|before|while|but|which|who|since|where|with|by|" + rep_alt + r")\b|,\s*(?:and|but|which|who|the|a|an)\b)", re.IGNORECASE)
        self.date_stop = re.compile(r"(?:[;.]|\b(?:after|when|because|before|while|but|which|who|since|where|" + rep_alt + r")\b|,\s*(?:and|but|which|who)\b)", re.IGNORECASE)
        # "the embassy in Rome", "a worker at a site in Russia": a place of posting
        posted_alt = _words_re([str(x) for x in v.raw.get("posted_nouns") or []]) or "diplomat"
        site_alt = _words_re([str(x) for x in v.raw.get("site_nouns") or []]) or "embassy"
        self.site_in = re.compile(r"\b(?:" + site_alt + "|" + posted_alt + r")s?\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
        self.posted_in = re.compile(r"\b(?:" + posted_alt + r")s?\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
        self.origin_before = re.compile(
            r"(?:" + _words_re([str(x) for x in v.raw.get("origin_cues") or []]) + r")\s+(?:the\s+|his\s+|her\s+|their\s+|a\s+)?(?:post\s+in\s+|posting\s+in\s+|embassy\s+in\s+|mission\s+in\s+)?$",
            re.IGNORECASE)
        self.posting = re.compile(r"\b(?:posted|stationed|based|working|worked|serving|served|assigned|dispatched|living|lived|staying|stayed)\s+(?:in|at|to)\s+(?:the\s+|a\s+)?$", re.IGNORECASE)
        self.role_in = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
        self.num_in_text = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d+)\b")
        self.trend_verbs = v.regex("stat_trend_verbs")
        self.dateline = re.compile(r"\s*[A-Z][A-Z .'-]+(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\([^)]{2,30}\)\s*(?:--|[-—–])\s*")
        self.generic_alt = _words_re([str(x) for x in v.raw.get("generic_plurals") or []]) or "defectors"
        self.determiners = v.words("determiners")
        self.plain_adjectives = v.words("plain_adjectives")
        self.num_alt = _words_re(list(v.number_words))
        self.caught_main = re.compile(r"\b(?:was|were|had been|has been|have been)\s+(?:later\s+|then\s+|subsequently\s+)?(?:caught|arrested|detained|captured|apprehended|intercepted)\b", re.I)
        self.hiding_after = re.compile(r"\b(?:(?:believed|thought|said|reported) to be (?:in )?hiding|(?:are|is|remain|remains) (?:in )?hiding|went into hiding|on the run)\b", re.I)
        # "from 1,137 in 2018", "compared with 291 in the third quarter",
        # "the record 2,914 who arrived in 2009": a further figure of a series
        self.figure_before = re.compile(r"\b(?:from|with|than|to|versus|vs\.?|against|record|and|of)\s+(?:about\s+|around\s+|some\s+|nearly\s+|only\s+)?$", re.I)
        self.figure_after = re.compile(r"\s+(?:[a-z]+\s+)?(?:who\s+(?:had\s+|have\s+)?(?:arrived|came|defected|fled|entered|escaped)\s+)?(?:in|during)\s+$", re.I)

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
            found = self._sentence(article, body, sents, si, s0, e0, text, sspans, spans)
            if found is None and rows:
                row = self._member(article, body, sents, si, s0, e0, text, sspans)
                if row is None:
                    row = self._stat(article, si, s0, text, sspans)
                found = [row] if row is not None else None
            if found:
                rows.extend(found)
            if any(r.stat for r in rows):
                rows.extend(self._figures(article, si, s0, text, sspans, [r for r in rows if r.sent == si], rows))
        rows = self._post(rows, spans, body)
        return [self._incident(article, i + 1, r, body) for i, r in enumerate(rows)]

    # ----------------------------------------------------------- sentences
    def _sentence(self, article, body, sents, si, s0, e0, text, sspans, spans) -> list[Row] | None:
        if len(text) > 2000:
            return None
        preds = []
        for rx, kind, status in self.v.predicates:
            for m in rx.finditer(text):
                preds.append((m.start(), m.end(), kind, status))
        preds.sort()
        if self.blockers.search(text):
            since = self._since(article, text, sspans, s0, si, preds)
            return [since] if since is not None else None
        rows: list[Row] = []
        last_pe = -1
        for ps, pe, kind, status in preds:
            if ps < last_pe:
                continue
            if rows and self._clause_start(text, ps) < last_pe:
                # same clause as the row before: an asylum request outranks going missing or fleeing
                if (kind == "asylum" and rows[-1].kind in ("missing", "flee") and not rows[-1].stat
                        and not re.search(r"\bor\s+$", text[max(0, ps - 4):ps])):
                    rows[-1].status = "sought_asylum"
                    if not rows[-1].destination:
                        rows[-1].destination = self._place_list(text, sspans, s0, pe, self._clause_end(text, pe))
                continue
            row = self._try(article, body, sents, si, s0, text, sspans, spans, ps, pe, kind, status)
            if row is not None:
                if rows and (row.actor_name, row.actor) == (rows[-1].actor_name, rows[-1].actor):
                    continue
                rows.append(row)
                last_pe = row.pe
        since = self._since(article, text, sspans, s0, si, preds)
        if since is not None and not any(r.actor_name == since.actor_name for r in rows):
            rows.append(since)
        return rows or None

    def _since(self, article, text, sspans, s0, si, preds) -> Row | None:
        """"... to defect since Thae Yong Ho, the deputy ambassador, in 2016": a row for Thae."""
        if not any(k == "defect" or k == "flee" for _, _, k, _ in preds):
            return None
        m = re.search(r"\bsince\s+", text)
        if not m:
            return None
        persons = [sp for sp in sspans if sp.label == "PERSON" and 0 <= sp.start - s0 - m.end() <= 2]
        if not persons:
            return None
        p = persons[0]
        dates = [sp for sp in sspans if sp.label == "DATE" and sp.start > p.end]
        if not dates:
            return None
        iso, prec = resolve(dates[0].text, article.date, article.date_precision, self.v.number_words)
        if not iso:
            return None
        row = Row(sent=si, start=s0, end=s0 + len(text), status="defected")
        row.actor_name = p.canonical or p.text
        row.actor = row.actor_name
        roles = [sp for sp in sspans if sp.label == "ROLE" and p.end <= sp.start < dates[0].start]
        row.role = self._role_text(roles[0].text) if roles else ""
        row.date, row.precision = iso, prec
        row.reported_by = article.source
        return row

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
            if not (korea_here or any(sp.label == "LOCATION" for sp in sspans) or self.border.search(text)
                    or any(sp.label in ("PERSON", "ROLE") and sp.start - s0 < ps for sp in sspans)):
                return None
        elif kind == "cross":
            m = self.border.search(after[:45])
            if not m:
                return None
        elif kind == "arrive":
            if (not self.arrival.search(text[pe:pe + 40]) and not self.arrival.search(" " + text[pe:pe + 40].lstrip())
                    and not self._counted_arrival(text, sspans, s0, ps, pe)):
                return None
            am = self.arrival.search(text[pe:pe + 40]) or self.arrival.search(" " + text[pe:pe + 40].lstrip())
            if not (korea_here or re.search(r"defector|north korean", low_text)
                    or (am and re.search(r"Korea|Seoul|South", am.group()))):
                return None
        elif kind == "missing":
            ctx = text
            if si + 1 < len(sents):
                ctx += " " + body[sents[si + 1][0]:sents[si + 1][1]]
            if not self.defect_word.search(ctx):
                return None
        elif kind == "caught":
            if not (re.search(r"\b(?:trying|attempting|tried|attempted|while|as|after)\b", text[pe:pe + 80], re.I)
                    and (self.defect_word.search(text[pe:]) or self.border.search(text[pe:]) or re.search(r"\bcross", text[pe:], re.I))):
                return None
        elif kind == "statreport":
            if not any(sp.label == "NUMBER" and sp.start - s0 < ps and sp.text.split()[-1].lower() in self.stat_nouns
                       for sp in sspans):
                return None
        cs = self._clause_start(text, ps)
        if cs == 0:
            dl = self.dateline.match(text)
            if dl and dl.end() <= ps:
                cs = dl.end()  # "SEOUL, South Korea (AP) — A family ...": the wire dateline is no actor
        region = text[cs:ps]
        # relative clause: "a diplomat who defected from North Korea"
        rel = re.search(r"\b(who|that|which)\s+(?:had\s+|has\s+|have\s+|also\s+|later\s+|reportedly\s+)*$", text[:ps], re.I)
        caught_after = False
        if rel and rel.start() <= cs + 1:
            cs2 = self._clause_start(text, rel.start())
            clause_end = self._clause_end(text, pe)
            has_date = any(sp.label == "DATE" and pe <= sp.start - s0 < clause_end for sp in sspans)
            caught_after = kind in ("cross", "flee", "defect") and self._caught_main(text, pe)
            if not has_date and not caught_after:
                return None
            region = text[cs2:rel.start()]
            cs = cs2
        elif kind in ("caught", "missing", "asylum", "flee", "defect", "arrive"):
            # "Five North Koreans who had been hiding in China were caught": the
            # subject stands before a complete relative clause
            subj = self._subject_before_relative(text, cs, ps)
            if subj is not None:
                cs = subj
                region = text[cs:ps]
        # negation / hypothesis between the clause start and the predicate
        window = text[cs:ps] + text[ps:pe]
        if self.neg.search(window) or self.hypo.search(self._mask_dates(text, sspans, s0, cs, pe)):
            return None
        if self.generic.search(text):
            return None
        if kind != "statreport" and self._generic_actor(region, rspans_any=[
                sp for sp in sspans if sp.label in ("NUMBER", "PERSON") and cs <= sp.start - s0 < ps]) \
                and self._trend_count(text, pe) is None:
            return None
        if kind != "statreport" and re.search(r"\b(?:defectors?|defections?)\s*$", region.strip(" ,"), re.I) and not any(
                sp.label in ("NUMBER", "PERSON") and cs <= sp.start - s0 < ps for sp in sspans):
            # "defectors arrive ..." with no number: a generic statement, unless the
            # clause goes on to give the figure ("... declined to 1,047")
            if not re.search(r"\b(?:the|these|those|two|three|four|five)\b", region, re.I) and self._trend_count(text, pe) is None:
                return None
        if self.attempt.search(text[max(0, ps - 30):ps]) or re.match(r"\s*to\b", text[pe:pe + 3]) and re.search(r"attempt|tr(?:y|ied)", text[ps:pe], re.I):
            status = "attempted"
        if re.search(r"\b(?:attempted|tried|attempting|trying)\b", text[ps:pe], re.I):
            status = "attempted"
        if caught_after:
            status = "attempted"  # crossed, then arrested
        elif kind in ("flee", "defect") and self.hiding_after.search(text, pe) and not re.search(
                r"\b(?:arrived|reached|landed|entered)\b", text[pe:], re.I):
            status = "attempted"  # "escaped ... and are believed to be hiding": no arrival
        row = Row(sent=si, start=s0, end=s0 + len(text), status=status, kind=kind)
        rspans = [sp for sp in sspans if cs <= sp.start - s0 and sp.end - s0 <= ps]
        if re.fullmatch(r"\s*(?:he|she|they)\s*", region, re.I) and not any(
                sp.label == "PERSON" and sp.end <= s0 for sp in spans):
            # "A soldier was shot as he made a dash": the subject of the sentence
            m0 = re.match(r"^(.*?)\b(?:was|were|is|are|had|has|have)\b", text[:cs])
            if m0 and m0.group(1).strip():
                region = m0.group(1)
                rspans = [sp for sp in sspans if sp.end - s0 <= m0.end(1)]
        if not self._actor(row, region, rspans, spans, body, s0 + cs):
            return None
        row.definite = bool(re.match(r"\s*(?:the|he|she|they)\b", region, re.I))
        date_pe = pe
        if kind == "caught":
            m2 = re.match(r"[^.;]{0,80}?\b(?:while|as|after|when)?\s*(?:trying|attempting|they tried|he tried|she tried)\s+to\s+(?:cross|flee|escape|defect|swim|reach)\b", text[pe:], re.I)
            if m2:
                pe = pe + m2.end()
                kind = "cross" if re.search(r"cross|swim", m2.group(), re.I) else "flee"
        clause_end = self._clause_end(text, pe)
        self._count(row, region, rspans, sspans, s0, ps, kind)
        if row.count is None and kind in ("arrive", "defect", "flee"):
            row.count = self._trend_count(text, pe)
        m3 = self.date_stop.search(text, pe)
        self._date(row, article, text, sspans, s0, cs, ps, date_pe, m3.start() if m3 else len(text))
        if not row.date and kind == "missing":
            self._missing_since(row, article, text, sspans, s0, pe)
        row.pe = pe
        self._places(row, text, sspans, s0, cs, ps, pe, kind)
        self._status(row, text, kind)
        row.reported_by = self._reporter(text, sspans, s0, article)
        return row

    @staticmethod
    def _mask_dates(text: str, sspans, s0: int, lo: int, hi: int) -> str:
        """text[lo:hi] with DATE spans blanked, so that the month "May" is not
        read as the modal "may"."""
        chars = list(text[lo:hi])
        for sp in sspans:
            if sp.label == "DATE":
                for k in range(max(lo, sp.start - s0), min(hi, sp.end - s0)):
                    chars[k - lo] = " "
        return "".join(chars)

    def _generic_actor(self, region: str, rspans_any) -> bool:
        """A class of people, not a group: a bare plural with no determiner or
        number ("a procedure for North Koreans arriving", "China considers North
        Koreans who enter"), a quantified one ("the route most defectors use"),
        or "those caught fleeing"."""
        if rspans_any:
            return False
        r = region.strip(" ,")
        if re.match(r"(?:where\s+|and\s+)?those\s+(?!(?:\d+|" + self.num_alt + r")\b)", r, re.I):
            return True
        if re.search(r"\b(?:most|many|few|all)\s+(?:[\w-]+\s+){0,2}?(?:" + self.generic_alt + r")\b", r, re.I):
            return True
        m = re.search(r"(?:" + self.generic_alt + r")$", r, re.I)
        if not m:
            return False
        words = r[:m.start()].split()
        while words and (words[-1][:1].isupper() and words[-1].lower() not in self.determiners or words[-1].lower() in self.plain_adjectives):
            words.pop()
        det = words[-1].lower() if words else ""
        return det not in self.determiners and not det[:1].isdigit() and det not in self.v.number_words

    def _missing_since(self, row: Row, article, text, sspans, s0, pe) -> None:
        """"has been missing since late August": the date after "since" is when
        the person went missing (the clause reader stops at "since")."""
        m = re.match(r"\s*since\s+", text[pe:], re.I)
        if not m:
            return
        for sp in sspans:
            if sp.label == "DATE" and sp.start - s0 == pe + m.end():
                iso, prec = resolve(sp.text, article.date, article.date_precision, self.v.number_words)
                if iso:
                    row.date, row.precision = iso, prec
                return

    def _caught_main(self, text: str, pe: int) -> bool:
        """"a man who crossed the Tumen River into China was arrested ...": the
        main verb after the relative clause says the crosser was caught."""
        m = self.caught_main.search(text, pe)
        return bool(m) and not re.search(r"[;:]|\b(?:and|but)\s+(?:he|she|they)\b", text[pe:m.start()])

    def _subject_before_relative(self, text: str, cs: int, ps: int) -> int | None:
        """Start of the subject when the clause before the predicate is a
        complete relative clause ("N who had been hiding in China | were
        caught"), i.e. it opens with an auxiliary and the predicate is finite."""
        m = re.search(r"\b(?:who|that|which)\s*$", text[:cs])
        if not m or not re.match(r"\s*(?:had|has|have|was|were|is|are)\b", text[cs:ps], re.I):
            return None
        if not re.match(r"(?:was|were|is|are|has|have|had)\b", text[ps:ps + 5].strip() or "x", re.I) and not re.search(
                r"\b(?:was|were|is|are|has|have|had)\s*$", text[cs:ps], re.I):
            return None
        return self._clause_start(text, m.start())

    def _trend_count(self, text: str, pe: int) -> int | None:
        """The figure of a trend statement after the predicate: "defectors
        arriving in South Korea declined ... with a total of 1,047", "... rose
        to 196". Years, percentages and money are no figures."""
        m = self.trend_verbs.search(text, pe)
        if not m:
            return None
        for n in self.num_in_text.finditer(text, m.end(), min(len(text), m.end() + 90)):
            raw = n.group(1)
            tail = text[n.end():n.end() + 10].lower()
            if ("," not in raw and 1900 <= int(raw) <= 2100) or re.match(r"\s*(?:%|percent|per cent|million|billion|won|dollars|yuan)", tail):
                continue
            if text[max(0, n.start() - 1):n.start()] in "$€£₩" and n.start() > 0:
                continue
            value = int(raw.replace(",", ""))
            return value if value >= 2 else None
        return None

    def _counted_arrival(self, text, sspans, s0, ps, pe) -> bool:
        """"196 defectors arrived in the fourth quarter": an arrival with a date
        instead of a place is a statistic when a number of people precedes it."""
        dated = any(sp.label == "DATE" and 0 <= sp.start - s0 - pe <= 12
                    and re.fullmatch(r"\w+\s+(?:in|during|since)\s+", text[ps:sp.start - s0], re.I) for sp in sspans)
        number_before = any(sp.label == "NUMBER" and sp.end - s0 <= ps and ps - (sp.end - s0) <= 40 for sp in sspans)
        return dated and number_before

    def _clause_end(self, text: str, pe: int) -> int:
        m = self.dest_stop.search(text, pe)
        return m.start() if m else len(text)

    # ---------------------------------------------------------------- actor
    def _actor(self, row: Row, region: str, rspans, spans, body, abs_cs) -> bool:
        persons = [sp for sp in rspans if sp.label == "PERSON"]
        stripped = re.sub(r"^\W*(?:and|but|then|also|so)\b", "", region).strip(" ,\"“”'")
        stripped = re.sub(r"\b(?:also|had|has|have|reportedly|allegedly|later|eventually|successfully|finally|was|were|is|are|been|attempted to|tried to|attempting to|trying to|who|in a bid to)\b\s*$", "", stripped, flags=re.I).strip(" ,")
        stripped = re.sub(r"\b(?:also|had|has|have|reportedly|allegedly|later|was|were|is|are|been|attempted|tried|attempting|trying)\s*$", "", stripped, flags=re.I).strip(" ,")
        # "aside from South Korea, some senior officials": an adverbial
        # opener before the comma is no part of the actor
        opener = self.actor_openers.match(stripped)
        if opener and stripped[opener.end():].strip():
            stripped = stripped[opener.end():].strip(" ,")
        # a leading date or time word is no part of the actor
        for sp in rspans:
            lead = re.match(r"(?:in|on|at|during|since|by|early|late)\s+", stripped, re.I)
            if sp.label == "DATE" and lead and stripped[lead.end():].startswith(sp.text):
                stripped = stripped[lead.end():]  # "In April, a man ...": the date is no part of the actor
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
                row.role = self._serving_role(spans, body, abs_cs) or self._person_role(row.actor_name, spans, body)
            return True
        if re.fullmatch(r"(?:he|she|they|him|her)", stripped, re.I):
            prev = [sp for sp in spans if sp.label == "PERSON" and sp.end <= abs_cs]
            if not prev:
                return False
            p = prev[-1]
            row.actor_name = p.canonical or p.text
            row.actor = row.actor_name
            row.role = self._serving_role(spans, body, abs_cs) or self._person_role(row.actor_name, spans, body)
            return True
        if re.fullmatch(r"(?:he|she|they)", stripped, re.I):
            return False
        words = stripped.split()
        if not words:
            return False
        if len(words) > 14:
            words = words[-14:]
        actor = " ".join(words)
        actor = re.sub(r"^(?:a number of|a group of|a total of|some of the|some|a|an|the|one)\s+", "", actor, flags=re.I)
        row.actor = actor
        roles = [sp for sp in rspans if sp.label == "ROLE" or sp.label == "NUMBER" and self._number_role([sp])]
        if roles:
            head = self._head_noun(stripped)
            if head and head.lower() in self.roleless:
                row.role = ""
            else:
                row.role = self._number_role(roles[:1]) or self._role_text(roles[0].text)
        roles = [sp for sp in roles if sp.label == "ROLE"]
        has_noun = bool(roles) or any(sp.label == "NUMBER" for sp in rspans) or bool(
            re.search(r"\b(?:" + "|".join(re.escape(x) for x in sorted(self.roleless)) + r")\b", stripped, re.I))
        return has_noun or bool(re.search(r"\b(?:a|an|the|one|two|three|this|that|these|those|his|her|their)\b", stripped, re.I))

    def _number_role(self, rspans) -> str:
        """"13 employees", "12 waitresses": a NUMBER span that ends in a role
        noun hides the ROLE span, so the role is read from its last word."""
        for sp in rspans:
            if sp.label == "NUMBER":
                last = sp.text.split()[-1].lower()
                if last in self.v.role_singulars and last.lower() not in self.roleless:
                    return self._role_text(last)
        return ""

    def _serving_role(self, spans, body, pos) -> str:
        """"... while serving as deputy ambassador in London" in the same sentence."""
        line_end = body.find("\n", pos)
        line_end = len(body) if line_end < 0 else line_end
        m = re.compile(r"\b(?:serving|served|working|worked|posted|stationed)\s+as\s+(?:an?\s+|the\s+)?", re.I).search(body, pos, min(line_end, pos + 300))
        if not m:
            return ""
        for sp in spans:
            if sp.label == "ROLE" and m.end() <= sp.start <= m.end() + 2:
                return self._role_text(sp.text)
        return ""

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
        # "a family of five, including three young children": the part listed
        # after "including" is no count of the whole group
        nums = [sp for sp in rspans if sp.label == "NUMBER"
                and not re.search(r"\b(?:including|among them|with)\b[^,]*$", region[:max(0, sp.start - s0 - (ps - len(region)))])]
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
        low = text.lower()
        for w in sorted(self.v.number_words, key=len, reverse=True):
            if re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", low):
                return self.v.number_words[w]
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
            if re.search(r"\b(?:from|of|against|with|by|about|near|off|outside)\s+(?:the\s+)?$", pre):
                continue
            rep = self.reporting.search(text, sp.end - s0, sp.end - s0 + 30)
            if rep and re.fullmatch(r"\s*(?:\w+\s+)?", text[sp.end - s0:rep.start()]) and re.search(r"\b(?:in|from)\s+$", pre):
                continue  # "officials in Seoul said": where the report comes from
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
            rep = self.reporting.search(text, rel, rel + 30) if rel > pe else None
            if rep and not re.search(r"[,;]", text[rel:rep.start()]):
                continue  # "..., officials in Seoul said": the reporters' place, no origin
            if self.posting.search(before) or self.site_in.search(before):
                if not re.search(r"\b(?:to|into)\s+(?:the\s+)?(?:\w+\s+){0,3}(?:in|at)\s+(?:the\s+)?$", before[-30:], re.I) or self.posting.search(before):
                    row.origin.append(self._alias(sp.text))
            elif rel >= pe and rel < end and re.search(r"\b(?:fled|from|left|out of|escaped|defected from|while in|during a (?:trip|visit) to)\s+(?:the\s+)?$", before, re.I) and kind in ("flee", "defect", "cross"):
                row.origin.append(self._alias(sp.text))
            elif cs <= rel < ps and self.posted_in.search(before):
                row.origin.append(self._alias(sp.text))
        if kind == "cross":
            for sp in sspans:
                if sp.label == "LOCATION" and pe <= sp.start - s0 <= pe + 40:
                    gap = text[pe:sp.start - s0]
                    if not re.search(r"\b(?:into|to|toward|towards|near|off)\b", gap, re.I):
                        row.origin.insert(0, sp.text)
                    break
        # the origin of a city+country pair: "Ningbo, China"
        row.origin = _dedupe(row.origin)
        if kind in ("defect", "flee", "arrive", "asylum", "cross", "caught", "missing"):
            dests = self._place_list(text, sspans, s0, pe, end)
            dests = [d for d in dests if d not in row.origin and not any(d in o or o in d for o in row.origin)]
            if kind == "cross":
                dests = [d for d in dests if not self.border.fullmatch(d)]
                dests = [d for d in dests if re.search(r"\b(?:into|to)\s+(?:the\s+)?$", text[:text.find(d.split(",")[0], pe)][-12:], re.I) or d == "South Korea"]
            row.destination = dests

    # --------------------------------------------------------------- status
    def _status(self, row: Row, text, kind) -> None:
        if row.count is None or row.count < 2:
            return
        if row.status not in ("defected", "reported_count") and kind != "statreport":
            return
        noun = row.actor.lower()
        stat_noun = any(re.search(rf"\b{re.escape(n)}\b", noun) for n in self.v.words("stat_heads"))
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

    # ---------------------------------------------------------- statistics
    def _stat(self, article, si, s0, text, sspans) -> Row | None:
        """A figure with no predicate: "The number of arrivals fell to 67 in 2022",
        "Ten of last year's defectors were ...", "The total ... stands at 34,000"."""
        if self.blockers.search(text) or self.hypo.search(text):
            return None
        nouns = "|".join(re.escape(n) for n in sorted(self.stat_nouns, key=len, reverse=True))
        num = r"(\d{1,3}(?:,\d{3})+|\d+|" + "|".join(re.escape(w) for w in self.v.number_words if " " not in w) + r")"
        m = re.search(r"\bnumber of\s+(?:[\w-]+\s+){0,2}?(?:" + nouns + r")\b.{0,60}?\b(?:to|at|was|were|of|reached|stands at|stood at|totaled|totalled)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?" + num + r"(?![\d%])(?!\s*(?:percent|per cent|%))", text, re.I)
        m2 = m or re.match(r"\s*(?:about\s+|some\s+)?" + num + r"\s+of\s+(?:the\s+|these\s+|those\s+|\w+\s+year's\s+)(?:[\w-]+\s+)?(?:" + nouns + r")\b", text, re.I)
        if not m2:
            return None
        value = self._value(m2.group(1))
        if value is None or value < 2 or (1900 <= value <= 2100 and "," not in m2.group(1)):
            return None
        row = Row(sent=si, start=s0, end=s0 + len(text), status="reported_count", count=value, stat=True, fallback=True,
                  subset=m is None)
        nm = re.search(nouns, m2.group(), re.I)
        row.actor = nm.group() if nm else "defectors"
        dates = [sp for sp in sspans if sp.label == "DATE"]
        for sp in dates:
            iso, prec = resolve(sp.text, article.date, article.date_precision, self.v.number_words)
            if iso:
                row.date, row.precision = iso, prec
                break
        row.reported_by = self._reporter(text, sspans, s0, article)
        return row

    def _figures(self, article, si, s0, text, sspans, here: list[Row], rows: list[Row]) -> list[Row]:
        """Further figures of a statistics series in one sentence: "down from
        1,137 in 2018", "compared with 291 in the third quarter". A number of
        people right before "in <date>" (or "who arrived in <date>") after a
        comparison word is a row of its own, once the article has a statistic."""
        used = {r.count for r in here if r.count}
        stats = [r for r in rows if r.stat]
        noun = self._head_noun(stats[0].actor) if stats else ""
        if not noun or noun.lower() not in self.stat_nouns:
            noun = "defectors"
        out: list[Row] = []
        for sp in sspans:
            if sp.label != "NUMBER":
                continue
            value = self._value(sp.text)
            if value is None or value < 2 or value in used:
                continue
            rel = sp.start - s0
            if not self.figure_before.search(text[max(0, rel - 40):rel]):
                continue
            dates = [d for d in sspans if d.label == "DATE" and d.start >= sp.end and d.start - sp.end <= 40
                     and self.figure_after.fullmatch(text[sp.end - s0:d.start - s0] + " ")]
            if not dates:
                continue
            iso, prec = resolve(dates[0].text, article.date, article.date_precision, self.v.number_words)
            if not iso:
                continue
            row = Row(sent=si, start=s0, end=s0 + len(text), status="reported_count", count=value,
                      stat=True, fallback=True, date=iso, precision=prec)
            row.actor = f"{noun} in {dates[0].text}"
            row.reported_by = self._reporter(text, sspans, s0, article)
            used.add(value)
            out.append(row)
        return out

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
        last_stat: Row | None = None
        for r in rows:
            if r.fallback:
                # a figure with no predicate continues the series of the lead
                if lead is not None and not r.destination:
                    r.destination = list(lead.destination)
                if not r.date and r.subset and last_stat is not None:
                    # "Forty-three of the fourth-quarter arrivals": a part of the figure before
                    r.date, r.precision = last_stat.date, last_stat.precision
                continue
            if r.count and r.count >= 2 and (r.stat or r.status == "defected") and not r.member:
                if lead is None:
                    lead = r
                elif r.stat and lead.stat and r.kind == "arrive" and not r.destination:
                    # later figures of a statistics series count arrivals in the same place
                    r.destination = list(lead.destination)
                if r.stat and r.date:
                    last_stat = r
                continue
            if lead is None or r.sent <= lead.sent:
                continue
            if not r.date and lead.date:
                r.date, r.precision = lead.date, lead.precision
            if not r.destination and lead.destination and r.status == "defected":
                r.destination = list(lead.destination)
        # later mentions of the same named person add no row
        seen: dict[str, Row] = {}
        final = []
        roles_seen: set[str] = set()
        for r in rows:
            if r.definite and not r.actor_name and not r.count and r.role and r.role in roles_seen:
                continue
            if r.role and not r.count:
                roles_seen.add(r.role)
            if not r.actor_name:
                self._corefer(r, spans, body)
            key = r.actor_name.lower()
            if key:
                first = seen.get(key)
                if first is not None:
                    # a later sentence that says the person arrived completes the story
                    if r.status == "defected" and first.status in ("sought_asylum", "attempted") and r.sent - first.sent <= 2:
                        first.status = "defected"
                        if not first.destination:
                            first.destination = list(r.destination)
                    continue
                seen[key] = r
            final.append(r)
        return final

    def _corefer(self, r: Row, spans, body) -> None:
        """"The soldier, identified as Oh Chong Song": name a described actor."""
        if r.count or not r.role:
            return
        tail = body[r.end:r.end + 600]
        m = re.search(r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}?" + re.escape(r.role.split()[-1]) + r",?\s+(?:[^,.;]{0,40}?\s)?(?:identified as|named|whose name is|called|" + _SURNAME_ONLY + r")[,\s]+", tail)
        if not m:
            # "It identified him only by his surname, Pak."
            m = re.search(r"\bidentified (?:him|her) (?:only )?(?:as|" + _SURNAME_ONLY + r")[,\s]+", tail[:300])
        if not m:
            return
        at = r.end + m.end()
        for sp in spans:
            if sp.label == "PERSON" and at <= sp.start <= at + 2:
                r.actor_name = sp.canonical or sp.text
                r.actor = r.actor_name
                return

    def _incident(self, article: Article, n: int, r: Row, body: str) -> Incident:
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
            group_key=group_key(r.actor_name, self.surname_variants) if r.actor_name else "",
        )


def _dedupe(items: list[str]) -> list[str]:
    out: list[str] = []
    for x in items:
        if x and x not in out:
            out.append(x)
    return out
