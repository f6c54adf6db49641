"""PERSON rules of the entity recogniser: Korean names by their shape,
names by context (titles, speech verbs, role nouns, bylines), surnames
introduced as such, and the linking of a later "Thae" or "Mr Kim" to the
full name written before it.

A mixin of `EntityRecognizer` (the vocabulary it reads is set up there), kept
apart so that each module stays one concern of a readable size.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..models import EntitySpan
from .tokens import Token, norm_token

_SYLLABLE = re.compile(  # (or a vowel and "h" alone: the "ah" of "Soo-ah", "Min-ah")
    r"(?:(?:[bcdghjklmnprstwy]|ch|kk|tt|pp|ss|jj|ph|th|kh|sh)?[hwy]?[aeiou]{1,3}(?:ng|n|m|k|l|p|t|r|g|b)?|[aeo]h)",
    re.IGNORECASE,
)

_TWO_SYLLABLES = re.compile(f"(?:{_SYLLABLE.pattern}){{2}}", re.IGNORECASE)

#: "named the woman as (Kazumi Kitagawa)," "identified him as (Hyon Chol)."
_NAMED_AS = re.compile(r"\b(?:named|identified)\s+(?:him|her|the\s+(?:[a-z-]+\s+){0,2}?(?P<head>[a-z]+))\s+as\s+"
                       r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})(?=\s*[,.;(]|\s+and\b)")

_INTRO_PUNCT = frozenset({",", '"', "“", "'", "‘"})


def _introduces_name(toks: list[Token], i: int) -> bool:
    """"be identified only as "Kim"", "known as Pak", "referred to as Ri", "gave his name as Lee":
    the "as" at `i` gives a family name alone."""
    prev = toks[i - 1].norm
    if prev == "name" and i > 2 and toks[i - 2].norm in ("his", "her", "their") and norm_token(
            toks[i - 3].text) in ("gave", "give", "gives", "giving", "identified", "identifying"):
        return True  # "who gave her name as Kim", "identified his name as Lee"
    return prev in ("identified", "named", "known", "only") or prev == "to" and i > 1 and toks[i - 2].norm == "referred"


#: verbs after a name that make it the subject of a clause
_SUBJECT_VERBS = frozenset({"is", "was", "has", "had", "fled", "escaped", "crossed", "defected", "arrived", "left", "lives",
                            "lived", "grew", "spent", "managed", "tried", "became", "now"})


def _is_syllable(t: str) -> bool:
    return bool(_SYLLABLE.fullmatch(t))


def _is_joined_given(t: str) -> bool:
    """A Korean given name of two syllables written as one word: "Sunhee",
    "Eunjoo", "Jihyun" (read as a name only where a name is expected)."""
    return 4 <= len(t) <= 8 and t[:1].isupper() and t[1:].islower() and bool(_TWO_SYLLABLES.fullmatch(t))


def _is_hyphened_given(t: str) -> bool:
    """A Korean given name of two syllables joined by a hyphen, the second
    in lower case: "Myung-ok", "Hyun-hee". English words of that shape are
    few ("Ping-pong"), so it is a person even where it stands alone."""
    first, _, second = t.partition("-")
    return bool(second) and first[:1].isupper() and first[1:].islower() and second.islower() \
        and _is_syllable(first) and _is_syllable(second)


def _is_given(t: str) -> bool:
    """A Korean given name token: "Jong", "Song-gil", "Yong-ho", "Na-Ri"."""
    if not t[:1].isupper() or not t.replace("-", "").isalpha():
        return False
    parts = t.split("-")
    return len(parts) <= 2 and all(p and _is_syllable(p) for p in parts)


# A byline line: "By" (any case) at the line's start or after a date and a
# dash, then names separated by commas and "and", up to a bar, a comma
# before an outlet, or the line's end.
_BYLINE = re.compile(r"^(?:[^\n]{0,40}?[-–—|]\s*)?[Bb][Yy]\s+(?P<names>[A-Z][^\n|]{2,150})", re.M)
_NAME_LINE = re.compile(r"[A-Z][\w.'’-]*(?:(?:\s+|,\s*|\s+and\s+)[A-Z][\w.'’-]*)*")
_BYLINE_ITEM = re.compile(r"[A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*){1,3}")
#: a wire report's credits: "(Reporting by A and B; Editing by C)", "Additional reporting by D, E"
_CREDIT = re.compile(r"\b(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|[Ww]ritten|[Ee]dited)\s+by\s+(?P<names>[A-Z][^;()\n]{2,150})")


def is_byline(body: str, span: EntitySpan) -> bool:
    """Whether a name stands in a byline line ("By Choi Min-ho"): the
    writer of the report, whom no pronoun of the story stands for."""
    line0 = body.rfind("\n", 0, span.start) + 1
    m = _BYLINE.match(body, line0)
    if m and m.start("names") <= span.start < m.end("names"):
        return True
    # a line of capitalised words alone, "Jason Strother, Seoul": a byline without "By"
    end = body.find("\n", span.start)
    line = body[line0:end if end >= 0 else len(body)]
    return len(line) <= 70 and bool(_NAME_LINE.fullmatch(line.strip()))


class PersonRules:
    """Methods of `EntityRecognizer` that find and link PERSON spans."""

    # ------------------------------------------------------------- persons
    def _persons(self, body: str, toks: list[Token], cands: list) -> None:
        n = len(toks)
        self._surname_only(toks, cands)
        self._named_as(body, cands)
        self._repeated_short_names(toks, cands)
        for i, tok in enumerate(toks):
            t = tok.text
            if t in self.surnames and i + 1 < n:
                a = toks[i + 1].text
                if toks[i + 1].start - tok.end > 1:
                    continue
                if "-" in a and _is_given(a) and not self._known_other(toks, i + 1):
                    cands.append((tok.start, toks[i + 1].end, "PERSON", ""))
                    continue
                if (_is_given(a) and (a.lower() not in self.stop or a in self.name_syllable_words) and i + 2 < n
                        and _is_given(toks[i + 2].text) and "-" not in toks[i + 2].text
                        and (toks[i + 2].text.lower() not in self.stop or toks[i + 2].text in self.name_syllable_words)
                        and toks[i + 2].start - toks[i + 1].end == 1
                        and not self._known_other(toks, i + 1) and not self._known_other(toks, i + 2)):
                    cands.append((tok.start, toks[i + 2].end, "PERSON", ""))
                    continue
                joined = _is_joined_given(a)  # ("Rim Sunhee (not her real name)": two syllables written as one word)
                if (_is_given(a) or joined) and a.lower() not in self.stop and not self._known_other(toks, i + 1):
                    prev = toks[i - 1].text if i else ""
                    nxt = toks[i + 2].text if i + 2 < n else ""
                    # (or named as such: "took the name Lim Jihyun", "known as Kim Sunhee")
                    if prev in self.honorifics or prev in self.titles or nxt in (",", "(") or nxt.lower() in self.speech \
                            or prev.lower() in ("name", "named", "called", "as") or joined and nxt in _SUBJECT_VERBS:
                        # (a joined given name, "Park Eunmi is one such defector", as the subject of a verb too)
                        cands.append((tok.start, toks[i + 1].end, "PERSON", ""))
                        continue
            # western order Korean name with its two syllables apart: "Cheol Woong Kim" (a first word
            # that is no surname: "Kim Jong Un" is the surname first, read above)
            if (i + 2 < n and toks[i + 2].text in self.surnames and t not in self.surnames and "-" not in t
                    and _is_given(t) and _is_given(toks[i + 1].text) and "-" not in toks[i + 1].text
                    and toks[i + 1].start - tok.end == 1 and toks[i + 2].start - toks[i + 1].end == 1
                    and not any(w.lower() in self.stop and w not in self.name_syllable_words for w in (t, toks[i + 1].text))
                    and not (i + 3 < n and _is_given(toks[i + 3].text) and toks[i + 3].start - toks[i + 2].end == 1)
                    and not (i and toks[i - 1].text[:1].isupper() and toks[i - 1].text not in self.honorifics | self.titles)
                    and not any(self._known_other(toks, q) for q in (i, i + 1))):
                cands.append((tok.start, toks[i + 2].end, "PERSON", ""))
                continue
            # western order Korean name: "Na-Ri Shin", and "Jiyeon Kim" with the given name joined
            # ("Chairman Lee" is a title; "Hanbit No. 1" a numbered thing)
            joined_first = (i + 1 < n and toks[i + 1].text in self.surnames and _is_joined_given(t) and t.lower() not in self.stop
                            and t not in self.titles
                            and t not in self.honorifics and not self._known_other(toks, i)
                            and not (i + 2 < n and toks[i + 2].text == "." and toks[i + 2].start == toks[i + 1].end))
            if (("-" in t and _is_given(t)) or joined_first) and i + 1 < n and toks[i + 1].text in self.surnames \
                    and toks[i + 1].start - tok.end == 1:
                if not (i + 2 < n and _is_given(toks[i + 2].text) and toks[i + 2].text[:1].isupper()
                        and toks[i + 2].text.lower() not in self.stop):
                    cands.append((tok.start, toks[i + 1].end, "PERSON", ""))
                    continue
            # titles and honorifics: "Professor Toshimitsu Shigemura", "Mr Kim"
            if t in self.honorifics or t in self.titles or (t.rstrip(".") + "." in self.honorifics):
                k = i + 1
                if k < n and toks[k].text == ".":
                    k += 1
                while k < n:
                    if toks[k].text in self.titles:
                        k += 1
                    elif k + 1 < n and toks[k].text == "of" and toks[k + 1].text in self.title_departments:
                        k += 2  # "Secretary of State Madeleine Albright"
                    elif k + 1 < n and toks[k + 1].text == "Class" and re.fullmatch(r"\d+(?:st|nd|rd|th)|First|Second|Third", toks[k].text):
                        k += 2  # "Private 2nd Class Travis King"
                    else:
                        break
                run = self._name_run(toks, k, 3)
                if run > k and not self._known_other(toks, k):
                    cands.append((toks[k].start, toks[run - 1].end, "PERSON", ""))
                    continue
            # common given names: "John Smith"
            if t in self.given_names and i + 1 < n and self._namelike(toks[i + 1].text):
                run = self._name_run(toks, i + 1, 2)
                if run > i + 1 and not self._known_other(toks, i + 1):
                    cands.append((tok.start, toks[run - 1].end, "PERSON", ""))
                    continue
            # context: "X Y said", "X Y, a professor", "By X Y"
            if self._namelike(t) and (i == 0 or not toks[i - 1].text[:1].isupper() or toks[i - 1].text in self.honorifics
                                      or "\n" in body[toks[i - 1].end:tok.start]):  # (a new line: the word before is another line's)
                run = self._name_run(toks, i, 3)
                if run - i >= 2 and not any(self._known_other(toks, q) for q in range(i, run)) \
                        and toks[run - 1].text not in self.non_person_heads:  # ("the National Security Law, an offense")
                    nxt = toks[run].norm if run < n else ""
                    nxt2 = toks[run + 1].norm if run + 1 < n else ""
                    prev = toks[i - 1].norm if i else ""
                    line_start = i == 0 or "\n" in body[toks[i - 1].end:tok.start]
                    role_next = nxt == "," and (nxt2 in self.v.role_singulars or nxt2 in self.role_for)
                    role_before = prev in self.v.role_singulars and toks[i - 1].text[:1].islower()
                    # "Hae Jon, 23, asked ...": an age between commas after the name
                    aged = (nxt == "," and run + 2 < n and toks[run + 1].text.isdigit() and len(toks[run + 1].text) == 2
                            and toks[run + 2].text == ",")
                    # (not after "the": "past the Naked Cowboy, the Elmos" names no one)
                    if ((prev != "the" and (nxt in self.speech or (nxt == "," and nxt2 in ("a", "an", "who", "the", "former", "said"))))
                            or role_next or role_before or aged
                            or prev in self.speech or (prev == "by" and (i < 2 or "\n" in body[toks[i - 2].end:toks[i - 1].start] or toks[i - 2].text in "(")) or (line_start and prev == "")):
                        if not (line_start and nxt not in self.speech and nxt != "," and prev != "by"):
                            cands.append((tok.start, toks[run - 1].end, "PERSON", ""))

    def _repeated_short_names(self, toks: list[Token], cands: list) -> None:
        """"Hyun Mi finished high school ... she fell ill ... Hyun Mi made
        contact": a surname and a one-syllable given name (often a
        pseudonym an aid group gives) with no title or speech verb beside
        it, which the article writes at least twice. Once, such a pair
        is too often something else to be read as a name."""
        n = len(toks)
        at: dict[tuple[str, str], list[int]] = {}
        for i in range(n - 1):
            t, a = toks[i].text, toks[i + 1].text
            if (t not in self.surnames or "-" in a or not _is_given(a) or toks[i + 1].start - toks[i].end != 1
                    or (a.lower() in self.stop and a not in self.name_syllable_words)):
                continue
            if i and toks[i - 1].end + 1 == toks[i].start and toks[i - 1].text[:1].isupper():
                continue  # (the end of a longer name: "Kim Jong Un")
            if i + 2 < n and toks[i + 2].start == toks[i + 1].end + 1 and toks[i + 2].text[:1].isupper():
                continue  # (or its start)
            if self._known_other(toks, i) or self._known_other(toks, i + 1):
                continue
            at.setdefault((t, a), []).append(i)
        for places in at.values():
            if len(places) >= 2:
                cands.extend((toks[i].start, toks[i + 1].end, "PERSON", "") for i in places)

    def _lone_given_names(self, toks: list[Token], cands: list) -> None:
        """"Hannah struggles to hold back tears ... According to Hannah, she":
        a defector known by one given name (often a pseudonym). A listed
        given name standing alone, neither part of a longer name nor a listed
        place or organisation, is a person when the article uses it twice."""
        n = len(toks)
        at: dict[str, list[int]] = {}
        for i, tok in enumerate(toks):
            t = tok.text
            hyphened = t not in self.given_names and _is_hyphened_given(t)
            if (t not in self.given_names and not hyphened) or self._known_other(toks, i):
                continue
            if hyphened and (t.partition("-")[2] in self.place_suffixes  # "Jung-gu": a district of Seoul
                             or i and toks[i - 1].end + 1 == tok.start and toks[i - 1].text[:1].isupper()):
                continue  # ("You Sung-yop", "pro-Park Geun-hye": the end of a longer name)
            before = i and toks[i - 1].end + 1 == tok.start and toks[i - 1].text[:1].isupper() and self._namelike(toks[i - 1].text)
            after = i + 1 < n and toks[i + 1].start == tok.end + 1 and self._namelike(toks[i + 1].text)
            if not before and not after:
                at.setdefault(t, []).append(i)
        for name, places in at.items():
            if len(places) >= 2 or _is_hyphened_given(name):
                cands.extend((toks[i].start, toks[i].end, "PERSON", "") for i in places)

    def _lone_surnames(self, body: str, toks: list[Token], cands: list) -> None:
        """"Kim, a 31-year-old fisherman who asked to be named only by his
        surname, ... According to Kim, ... Kim said ...": a family name that
        the article uses alone, again and again, at least once as someone who
        speaks or is described, and never as part of a full name, is a
        person wherever it stands."""
        n = len(toks)
        at: dict[str, list[int]] = {}
        for i, tok in enumerate(toks):
            t = tok.text
            if t not in self.surnames or (i + 1 < n and toks[i + 1].start - tok.end == 1 and toks[i + 1].text[:1].isupper()) \
                    or (i and toks[i - 1].end + 1 == tok.start and toks[i - 1].text[:1].isupper() and toks[i - 1].text not in self.honorifics
                        and toks[i - 1].norm not in self.stop):
                continue  # (part of a longer name: "Kim Jong Un", "Hyeonseo Lee")
            at.setdefault(t, []).append(i)
        at = {name: places for name, places in at.items() if len(places) >= 2}
        if not at:
            return
        # (a family name written in a longer person name anywhere is no lone name)
        in_full = {w for c in cands if c[2] == "PERSON" for w in (c[3] or "").split()}
        in_full.update(w for c in cands if c[2] == "PERSON" and " " in body[c[0]:c[1]] for w in body[c[0]:c[1]].split())
        for name, places in at.items():
            if name in in_full:
                continue
            described = any(i + 2 < n and toks[i + 1].text == "," and toks[i + 2].norm in ("a", "an", "who") for i in places)
            spoken = described or any(i + 1 < n and toks[i + 1].norm in self.speech
                                      or i > 1 and toks[i - 1].norm == "to" and toks[i - 2].norm == "according" for i in places)
            # (the rulers' family name alone is the ruler's, unless the article describes its bearer: "Kim, a fisherman")
            if described or spoken and name.lower() not in self.ruler_surnames:
                cands.extend((toks[i].start, toks[i].end, "PERSON", "") for i in places)

    def _bylines(self, body: str, cands: list) -> None:
        """"By KIM GAMEL | STARS AND STRIPES", "June 21, 2024 - By Kim Arin",
        "By A, B and C, The Associated Press": every name of a byline line,
        in any case, up to the outlet; and the names of a wire report's
        credits, "(Reporting by A and B; Editing by C)"."""
        lines = [(m, True) for m in _BYLINE.finditer(body)] + [(m, False) for m in _CREDIT.finditer(body)]
        for line, byline in lines:
            names_at = line.start("names")
            for item in _BYLINE_ITEM.finditer(line.group("names")):
                words = item.group().split()
                if not 2 <= len(words) <= 4 or words[0].lower() in self.stop:
                    break
                if not byline and any(w in self.org_heads or w.lower() in self.stop for w in words[1:]):
                    break  # ("Editing by Kim Coghill": names only; "by The Associated Press" ends them)
                if any(w.title() in self.org_heads or w in self.org_heads for w in words):
                    break  # "Bloomberg News": the outlet ends the names
                if any(w.lower() in self.byline_roles for w in words):
                    continue  # "By Staff Reporter", "UPI Correspondent": a post, no name
                cands.append((names_at + item.start(), names_at + item.end(), "PERSON", ""))

    def _named_as(self, body: str, cands: list) -> None:
        """"KCNA named the woman as Kazumi Kitagawa, 29": a full name given
        to someone described, whatever its language."""
        for m in _NAMED_AS.finditer(body):
            words = m.group("name").split()
            head = (m.group("head") or "").lower()
            if (not head or head in self.named_heads) and not any(w.lower() in self.stop for w in words):
                cands.append((m.start("name"), m.end("name"), "PERSON", ""))

    def _surname_only(self, toks: list[Token], cands: list) -> None:
        """"identified only by his surname, Pak", "surnamed Choe", "Kang, 28,": a
        family name introduced as such is a PERSON, here and wherever it recurs."""
        names = set()
        for i, tok in enumerate(toks):
            low = tok.norm
            if low in ("surname", "surnamed", "name") and (low != "name" or i and toks[i - 1].norm in ("family", "last")) \
                    or low == "as" and i and _introduces_name(toks, i):
                k = i + 1
                while k < len(toks) and toks[k].text in _INTRO_PUNCT:
                    k += 1
                if k < len(toks) and toks[k].text in self.surnames and not (
                        k + 1 < len(toks) and _is_given(toks[k + 1].text) and toks[k + 1].start - toks[k].end == 1):
                    names.add(toks[k].text)
            elif tok.text in self.surnames and i + 3 < len(toks) and toks[i + 1].text == "," and toks[i + 3].text == "," \
                    and toks[i + 2].text.isdigit() and len(toks[i + 2].text) <= 2:
                names.add(tok.text)  # ("Kang, 28, defected in 2010": a surname with the person's age after it)
        if names:
            for k, tok in enumerate(toks):
                if tok.text in names and not (k + 1 < len(toks) and _is_given(toks[k + 1].text) and toks[k + 1].start - tok.end == 1):
                    cands.append((tok.start, tok.end, "PERSON", ""))

    def _name_run(self, toks: list[Token], k: int, limit: int) -> int:
        run = k
        while run < len(toks) and run - k < limit and self._namelike(toks[run].text):
            if run > k and toks[run].start - toks[run - 1].end != 1:
                break
            run += 1
            if (run < len(toks) and toks[run].text in self.surname_titles and toks[run].start - toks[run - 1].end == 1
                    and not (run + 1 < len(toks) and toks[run + 1].text[:1].isupper() and toks[run + 1].start - toks[run].end == 1)):
                return run + 1  # "Travis King", "Ruth Bishop": a title word that ends a name is a surname
            # a middle initial: "George W. Bush", "James P. Rubin"
            if (run + 2 < len(toks) and re.fullmatch(r"[A-Z]", toks[run].text) and toks[run + 1].text == "."
                    and toks[run].start - toks[run - 1].end == 1 and toks[run + 1].start == toks[run].end
                    and toks[run + 2].start - toks[run + 1].end == 1 and self._namelike(toks[run + 2].text)):
                run += 2
                limit += 2
        return run

    # ------------------------------------------------------ person linking
    def _link_persons(self, body: str, toks: list[Token], chosen: list) -> list:
        chosen.sort(key=lambda c: c[0])
        full: list[tuple[int, str, str]] = []  # start, key, full name
        for s, e, lab, _ in chosen:
            if lab != "PERSON":
                continue
            parts = body[s:e].split()
            if len(parts) >= 2:
                key = parts[0] if parts[0] in self.surnames else parts[-1]
                full.append((s, key, body[s:e]))
                if key == parts[0] and len(parts) == 2 and _is_hyphened_given(parts[1]):
                    full.append((s, parts[1], body[s:e]))  # "Kim Kyu-li", then "Kyu-li"
                if key != parts[-1] and parts[-1] in self.western_surnames:
                    full.append((s, parts[-1], body[s:e]))  # "Tae Won Lee": Western order, then "Lee"
        if not full:
            return chosen
        covered = bytearray(len(body) + 1)
        for s, e, _, _ in chosen:
            covered[s:e] = b"\1" * (e - s)
        keys = {k for _, k, _ in full}
        names = _FullNames(full)
        out = []
        for s, e, lab, canon in chosen:
            if lab == "PERSON" and " " not in body[s:e]:
                canon = names.latest(body[s:e], s) or canon
            out.append((s, e, lab, canon))
        # a surname that is also a month's short form ("Jun") was read as a date
        # where it stands alone: with its full name written before, it is the person
        lone_dates = {s: k for k, (s, e, lab, _) in enumerate(out) if lab == "DATE" and body[s:e] in keys}
        n = len(toks)
        for i, tok in enumerate(toks):
            if tok.text not in keys:
                continue
            if covered[tok.start]:
                k = lone_dates.get(tok.start)
                canon = names.latest(tok.text, tok.start) if k is not None else None
                if canon and tok.start > names.first_start(tok.text):
                    out[k] = (tok.start, tok.end, "PERSON", canon)
                continue
            nxt = toks[i + 1].norm if i + 1 < n else ""
            if nxt in self.dynasty or (i + 1 < n and self._namelike(toks[i + 1].text)
                                       and toks[i + 1].start - tok.end == 1):
                continue
            if i and toks[i - 1].text[:1].isupper() and toks[i - 1].end + 1 == tok.start and toks[i - 1].text not in self.honorifics:
                continue
            # (a surname with no full name before it is a person of its own, "Kim")
            out.append((tok.start, tok.end, "PERSON", names.latest(tok.text, tok.start) or tok.text))
        return out


#: how far after a lone surname (characters) its full name may first be written and still be it
_AHEAD = 300


class _FullNames:
    """Full names by their key word, for linking a later "Thae" or "Mr Kim"
    to the latest full name written before it (the first one when none is):
    a bisection per mention, so a long document costs no more per mention
    than a short one."""

    def __init__(self, full: list[tuple[int, str, str]]) -> None:
        self.by_key: dict[str, tuple[list[int], list[str]]] = {}
        for s, k, name in full:  # full is in text order
            starts, names = self.by_key.setdefault(k, ([], []))
            starts.append(s)
            names.append(name)

    def first_start(self, key: str) -> int:
        """Where the first full name of this key word is written."""
        got = self.by_key.get(key)
        return got[0][0] if got else 1 << 62

    def latest(self, key: str, pos: int) -> str:
        got = self.by_key.get(key)
        if got is None:
            return ""
        starts, names = got
        i = bisect_left(starts, pos)
        # (none before it: a surname told before any full name, "a defector surnamed Kim", is not the
        # leader named later; only a full name written after a lone surname within a few lines is it)
        return names[i - 1] if i else (names[0] if starts[0] - pos < _AHEAD else "")
