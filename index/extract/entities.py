"""Named entities: gazetteer look-ups in a token trie plus general patterns.

Candidates of every label are collected, then the longest (ties: the more
specific label) are kept so that spans never overlap. Later surname-only or
"Mr Kim" mentions are linked to the full name through `canonical`. PERSON
rules live in `person_names.py` and ORG rules in `org_names.py` (mixins).
"""

from __future__ import annotations

import re
import threading

from ..models import EntitySpan
from .date_spans import YEARLIKE, date_spans
from .deadline import NO_DEADLINE, Deadline
from .org_names import OrgRules
from .person_names import PersonRules
from .relative_dates import build_date_regex, build_date_starts
from .split_numbers import tens_and_units
from .thousands import thousands_value
from .tokens import Token, norm_token
from .vocab import Vocab

# Label priority on equal length (lower wins).
PRIORITY = {"DATE": 0, "PERSON": 1, "ORG": 2, "LOCATION": 3, "ROLE": 4, "NUMBER": 5}

_NAMELIKE = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?|[A-Z][a-z]*['’][A-Z][a-z]+|[A-Z]{1}[a-z]*-[A-Z][a-z]*")
_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")

# Numbers that are nouns: a count only with an article or a number before them.
#: "passed the 30,000 mark": a count of people reaching a milestone (a statistics noun comes shortly before)
_MILESTONES = frozenset({"mark", "milestone", "threshold"})
_NOUN_NUMBERS = frozenset({"pair", "couple", "dozen", "hundred"})
#: words between a number and its people that add to a group told before ("two more", "three other")
_ADDITIVES = frozenset({"more", "other", "additional", "further"})


class EntityRecognizer(PersonRules, OrgRules):
    def __init__(self, v: Vocab) -> None:
        self.v = v
        self._memo = threading.local()
        self.trie = v.trie
        self.date_re = build_date_regex(v)
        self.date_starts = build_date_starts(v)
        self.honorifics = v.cased("honorifics")
        self.site_apposition = v.regex("site_nouns", r"[\"”’']?,\s+(?:a|an|the)\s+(?:(?!(?:at|in|of|for|with|from|on|to|who|that)\s)[\w-]+\s+){{0,3}}?(?:{})s?"
                                       r"(?=[,.;:)]|\s+(?:in|at|on|of|near|run|owned|operated|called|named|that|which|where)\b)")
        # a company's legal form after its name: ", Inc.", " Co., Ltd.", " AG" (org_names.py)
        self.company_suffix = v.regex("company_suffixes", r",?[ ]+(?:{})(?!\w)", 0)
        self.company_dotless = frozenset(str(x)[:-1] for x in v.cased("company_suffixes") if str(x).endswith("."))
        self.titles = v.cased("title_words")
        self.surname_titles = v.cased("surname_titles")
        self.title_departments = v.cased("title_departments")
        self.surnames = v.cased("korean_surnames")
        self.western_surnames = v.cased("western_order_surnames")
        self.byline_roles = v.words("byline_roles")
        self.given_names = v.cased("given_names")
        self.place_suffixes = v.cased("korean_place_suffixes")
        self.stop = v.words("name_stopwords")
        # the people a name is given to ("named the woman as ..."): one person, or a role
        self.named_heads = v.words("single_person_heads") | frozenset(v.role_singulars)
        self.name_syllable_words = v.cased("name_syllable_words")
        self.ruler_surnames = {name.split()[0].lower() for name in v.words("rulers")}  # ("Kim" alone is often the ruler)
        self.dynasty = v.words("dynasty_nouns")
        self.speech = v.words("speech_verbs")
        self.non_person_heads = v.cased("non_person_heads")
        self.org_heads = v.cased("org_heads")
        self.org_prefixes = v.cased("org_prefixes")
        self.org_connectors = v.words("org_connectors")
        self.outlet_verbs = v.words("outlet_verbs")
        self.web_suffixes = v.words("web_suffixes")
        self.features = v.cased("location_feature_words")
        self.admin = v.cased("admin_words")
        self.role_regions = {tuple(p.split()) for p in v.words("role_region_prefixes")}
        self.role_prefixes = [tuple(p.split()) for p in sorted(v.words("role_prefixes") | v.words("role_region_prefixes"),
                                                               key=len, reverse=True)]
        self.role_prefixes_by_last: dict[str, list[tuple[str, ...]]] = {}
        for pre in self.role_prefixes:  # (longest first within each list, as in the full one)
            self.role_prefixes_by_last.setdefault(pre[-1], []).append(pre)
        self.role_to = v.words("role_to_heads")
        self.role_adjectival = v.words("role_adjectival")
        self.role_noun_next = v.words("role_noun_next")
        self.org_purpose_verbs = v.cased("org_purpose_verbs")
        self.subject_verbs = v.words("anaphora_verbs")  # ("a private crossed": a noun before its verb)
        self.role_not_before = v.words("role_not_before")
        self.role_not_after = v.words("role_not_after")
        self.role_for = v.words("role_for_heads")
        self.role_fields = v.words("role_for_fields")
        self.approx = [tuple(p.split()) for p in sorted(v.words("approximators"), key=lambda s: -len(s.split()))]
        self.people = [tuple(p.split()) for p in sorted(v.words("people_nouns"), key=lambda s: -len(s.split()))]
        self.people_set = v.words("people_nouns")
        self.num_blockers = v.words("number_blockers")
        self.anaphora_verbs = v.words("anaphora_verbs")
        self.anaphora_openers = v.words("anaphora_openers")
        self.partitive_heads = v.words("partitive_heads")
        self.span_outside = v.words("number_span_outside")
        self.group_nouns = v.words("group_nouns")
        self.figure_nouns = v.words("figure_nouns")
        self.rise_verbs = frozenset({"go", "goes", "went", "gone", "rise", "rises", "rose", "risen", "climb", "climbs",
                                     "jump", "jumps", "shot", "add", "adds", "add", "come", "came", "comes", "move", "went"})
        self.figure_followers = v.words("figure_followers")
        self.number_words = v.number_words
        # tens and units written apart ("twenty nine"), which make one number
        self.tens, self.units = tens_and_units(v.number_words)
        self.months = {"january", "february", "march", "april", "may", "june", "july", "august",
                       "september", "october", "november", "december"}
        self.org_left_stop = self.stop - {"korean", "chinese", "japanese", "russian", "american", "british",
                                          "european", "asian", "african", "north", "south", "east", "west",
                                          "people", "party", "government", "state",
                                          "new"}  # ("New Reform Party", "New Politics Alliance for Democracy")
        self.demonym_lead = {"north", "south", "korean", "chinese", "japanese", "russian", "american", "british",
                             "the", "a", "an", "us", "u.s", "uk", "eu", "un"}

    # ----------------------------------------------------------------- API
    def find(self, body: str, toks: list[Token], deadline: Deadline = NO_DEADLINE) -> list[EntitySpan]:
        cands: list[tuple[int, int, str, str]] = []  # start, end, label, canonical
        self._gazetteer(toks, cands)
        deadline.check()
        self._dates(body, cands)
        self._numbers(body, toks, cands)
        deadline.check()
        self._persons(body, toks, cands)
        self._lone_given_names(toks, cands)
        self._lone_surnames(body, toks, cands)
        self._bylines(body, cands)
        deadline.check()
        self._orgs(body, toks, cands)
        self._companies(body, toks, cands)
        self._reporting_acronyms(toks, cands)
        self._locations(toks, cands)
        self._acronyms(body, toks, cands)
        deadline.check()
        places = {(c[0], c[1]) for c in cands if c[2] == "LOCATION"}
        if places:  # "sent to Hong Kong asked ...": a listed place is never read as a person of the same words
            cands = [c for c in cands if c[2] != "PERSON" or (c[0], c[1]) not in places]
        chosen = self._select(cands)
        chosen = self._link_persons(body, toks, chosen)
        chosen = [self._place_named_like_a_person(body, c) for c in chosen]
        chosen = self._with_company_suffix(body, chosen)
        chosen.sort(key=lambda c: c[0])
        return [EntitySpan(s, e, lab, body[s:e], canon) for s, e, lab, canon in chosen]

    def _place_named_like_a_person(self, body: str, c: tuple[int, int, str, str]) -> tuple[int, int, str, str]:
        """"Nae Gohyang, a North Korean restaurant in Tashkent": a name that
        reads like a person's but is described as a site (a restaurant, a
        company, a hotel) is the name of that site, an organisation."""
        if c[2] != "PERSON" or not self.site_apposition.match(body, c[1]):
            return c
        return (c[0], c[1], "ORG", c[3])

    # ------------------------------------------------------------ helpers
    def _namelike(self, t: str) -> bool:
        return (bool(_NAMELIKE.fullmatch(t)) and t.lower() not in self.stop and t not in self.org_heads
                and t not in self.features and t not in self.honorifics and t not in self.titles)

    def _known_other(self, toks: list[Token], i: int) -> bool:
        for _j, lab in self.trie.matches(toks, i, 6):
            if lab != "PERSON" and lab != "ROLE":
                return True
        return False

    # ---------------------------------------------------------- gazetteer
    def _gazetteer(self, toks: list[Token], cands: list) -> None:
        n = len(toks)
        for i in range(n):
            for j, lab in self.trie.matches(toks, i):
                if lab == "ROLE":
                    if not self._role_ok(toks, i, j):
                        continue
                    s, e = self._extend_role(toks, i, j)
                    cands.append((toks[s].start, toks[e - 1].end, "ROLE", ""))
                else:
                    s = i
                    if j < n and toks[j - 1].text in ("North", "South") and toks[j].text in ("Korea", "Korean", "Koreans"):
                        continue  # ("38 North Korean defectors": the half of Korea, not the "38 North" website)
                    if lab == "LOCATION" and j < n and toks[j].text[:1] in "$€£₩" and toks[j].start == toks[j - 1].end:
                        continue  # ("US$10,000", "HK$"): a currency, no place
                    if lab == "ORG" and i and toks[i].text == "Korean" and toks[i - 1].text in ("North", "South"):
                        s = i - 1  # "North Korean People's Army": the half of Korea is part of the name
                    cands.append((toks[s].start, toks[j - 1].end, lab, ""))

    def _role_ok(self, toks: list[Token], i: int, j: int) -> bool:
        nxt = toks[j].norm if j < len(toks) else ""
        prev = toks[i - 1].norm if i else ""
        if nxt in self.role_not_before or prev in self.role_not_after:
            return False
        word = " ".join(t.norm for t in toks[i:j])
        if (word in self.role_adjectival and nxt.isalpha() and toks[j].text[:1].islower() and nxt not in self.stop
                and nxt not in self.subject_verbs and nxt not in self.role_noun_next
                and not (nxt.endswith("ed") and prev in ("the", "a", "an", "same", "another"))):
            return False  # ("official figures"; not "the official added")
        return True

    def _extend_role(self, toks: list[Token], i: int, j: int) -> tuple[int, int]:
        head_cap = toks[i].text[:1].isupper()
        changed = True
        while changed and i > 0:
            changed = False
            # (only the prefixes that end in the word before: ~70 prefixes, one or two to try)
            for pre in self.role_prefixes_by_last.get(toks[i - 1].norm, ()):
                k = i - len(pre)
                if k < 0:
                    continue
                words = tuple(t.norm for t in toks[k:i])
                if words == pre and (all(t.text[:1].isupper() == head_cap for t in toks[k:i]) or words in self.role_regions):
                    i = k
                    changed = True
                    break
        head = " ".join(t.norm for t in toks[i:j])
        last = toks[j - 1].norm
        n = len(toks)
        if j < n and (last in self.role_to or head in self.role_to or last.rstrip("s") in self.role_to):
            if toks[j].norm == "to":
                k = j + 1
                if k < n and toks[k].norm == "the":
                    k += 1
                best = 0
                for e, lab in self.trie.matches(toks, k, 6):
                    if lab in ("LOCATION", "ORG"):
                        best = max(best, e)
                if best:
                    j = best
        if j < n and (last in self.role_for or last.rstrip("s") in self.role_for):
            if toks[j].norm == "for":
                for k in range(j + 1, min(j + 5, n)):
                    w = toks[k].norm
                    if not w.isalpha():
                        break
                    if w in self.role_fields:
                        j = k + 1
                        break
        return i, j

    # --------------------------------------------------------------- dates
    def _dates(self, body: str, cands: list) -> None:
        cands.extend((s, e, "DATE", "") for s, e in date_spans(self.date_re, self.date_starts, body))

    # ------------------------------------------------------------- numbers
    def _number_value(self, t: str) -> int | None:
        if t[:1].isdigit() and _DIGITS.fullmatch(t):  # (asked of every token: most start with a letter)
            try:
                return int(t.replace(",", ""))
            except ValueError:
                return None
        low = t.lower()
        if "-thousand" in low:  # "30-thousand-five" (KBS style): one token
            return thousands_value(low, self.number_words)
        return self.number_words.get(low)

    def _match_seq(self, toks: list[Token], i: int, seqs: list[tuple[str, ...]]) -> int:
        """Length of the longest sequence in `seqs` that the tokens at i spell.
        The normalised tokens are computed once per document (the sequences
        are tried at every number: a million normalisations at 300 articles)."""
        memo = self._memo  # per thread: one recogniser may serve several threads
        if getattr(memo, "toks", None) is not toks:
            memo.toks, memo.norms = toks, [t.norm for t in toks]
        norms = memo.norms
        first = norms[i] if i < len(norms) else None
        for seq in seqs:
            k = len(seq)
            if seq[0] == first and i + k <= len(norms) and tuple(norms[i:i + k]) == seq:
                return k
        return 0

    @staticmethod
    def _opens_after_colon(toks: list[Token], i: int) -> bool:
        """A spelled number that begins what follows a colon ("HANOI: Nine
        asylum-seekers left ...", a dateline) counts as any other; a figure
        glued to one ("3:1", "10:30") does not."""
        return toks[i - 1].text == ":" and toks[i].text[:1].isupper() and toks[i].text.isalpha() and toks[i].start > toks[i - 1].end

    def _numbers(self, body: str, toks: list[Token], cands: list) -> None:
        n = len(toks)
        for i, tok in enumerate(toks):
            val = self._number_value(tok.text)
            if val is None or val < 2:
                continue
            if YEARLIKE.fullmatch(tok.text) and not self._counted_year_like(toks, i) or (i and toks[i - 1].text in "$€£₩#:"
                                                                                         and not self._opens_after_colon(toks, i)):
                continue
            if i + 1 < n and toks[i + 1].text in (":", ".") and i + 2 < n and toks[i + 2].text[:1].isdigit():
                continue
            if i and toks[i - 1].norm in ("several", "few", "many", "hundreds", "thousands", "dozens"):
                continue
            if i > 1 and toks[i - 2].text == "," and toks[i - 1].norm in ("then", "now") and (
                    i + 1 < n and toks[i + 1].text in ",;)"):
                continue  # "her son, then 14, (fled)": an age in an aside, no count
            low = tok.norm
            if low in _NOUN_NUMBERS and not (i and (toks[i - 1].norm == "a"
                                                    or self._number_value(toks[i - 1].text) is not None)):
                continue  # "the pair", "dozen": no cardinal; "a dozen", "three dozen" are
            if val <= 31 and self._anaphoric_count(toks, i):
                cands.append((tok.start, tok.end, "NUMBER", ""))
                continue
            if i and toks[i - 1].norm in ("aged", "age", "ages", "no", "room", "bureau", "office", "the"):
                if toks[i - 1].norm != "the":
                    continue
                if val > 31 and not self._match_seq(toks, i + 1, self.people) and not (
                        i + 2 < n and toks[i + 1].norm == "north" and self._match_seq(toks, i + 3, self.people)) and not (
                        i + 1 < n and toks[i + 1].norm in _MILESTONES):
                    continue  # ("the 2,000 level"; but "the 947 defectors", "the 229 North Korean defectors" count people)
            if self._group_size(toks, i):
                cands.append((tok.start, tok.end, "NUMBER", ""))
                continue
            j = i + 1
            if j < n and low in self.tens and toks[j].norm in self.units:
                j += 1  # "twenty nine" written without its hyphen: one number
            if j < n and toks[j].norm in _NOUN_NUMBERS | {"thousand"}:
                j += 1  # "two dozen", "three hundred": one number
                if j + 1 < n and toks[j].norm == "and" and self._number_value(toks[j + 1].text) is not None:
                    j += 2  # ("two hundred and twenty-four")
            # "1,000-1,500": a range counts as one number
            if j + 1 < n and toks[j].text in "-–" and self._number_value(toks[j + 1].text) is not None:
                j += 2
            if j + 1 < n and toks[j].text in ('"', "”") and toks[j].start == toks[j - 1].end:
                j += 1  # ("said that "around 10" such people were ...": a quoted figure, then its people)
            if j < n and toks[j].norm in self.num_blockers:
                continue
            if j + 1 < n and toks[j].text == "-" and toks[j + 1].norm == "plus" and toks[j].start == toks[j - 1].end:
                j += 2  # ("a record 2,000-plus defectors": at least that many)
            elif j < n and toks[j].text.startswith("-"):
                continue
            k = self._match_seq(toks, j, self.people)
            end = None
            if k:
                end = j if " ".join(t.norm for t in toks[j:j + k]) in self.span_outside else j + k
            else:
                # skip adjectives up to a people noun: "20 senior officials" -> "20"
                found = False
                m = j
                steps = 0
                while m < n and steps < 4:
                    w = toks[m].norm
                    if m and "\n" in body[toks[m - 1].end:toks[m].start]:
                        break
                    if not w.isalpha() and "-" not in w:
                        if w == "of":
                            pass
                        break
                    if w in self.num_blockers:
                        break
                    if self._match_seq(toks, m, self.people) or w in self.v.role_singulars and w != self.v.role_singulars.get(w, w):
                        found = True
                        if m == j:  # "12 waitresses": a plural role right after the number names the people
                            j += 1
                        break
                    if w == "of" and m + 1 < n and (
                            # "three of the ...": a part of a group (not "the two halves of the peninsula")
                            toks[m + 1].norm in self.partitive_heads and all(
                                t.norm in _ADDITIVES for t in toks[j:m])
                            or self._number_value(toks[m + 1].text) is not None):
                        found = True
                        break
                    m += 1
                    if w not in _ADDITIVES:  # ("three more North Korean restaurant workers": four adjectives after "more")
                        steps += 1
                if not found and not self._bare_figure(toks, i, j):
                    continue
                end = j
            start = i
            if low in _NOUN_NUMBERS and i and toks[i - 1].norm == "a":
                start = i = i - 1  # "a dozen": the article belongs to the number
            for seq in self.approx:
                k2 = len(seq)
                if i - k2 >= 0 and tuple(t.norm for t in toks[i - k2:i]) == seq:
                    before = toks[i - k2 - 1].norm if i - k2 >= 1 else ""
                    if seq[0] == "up" and (before.endswith("ed") or before in self.rise_verbs):
                        break  # "edged up to 1,514": a particle of the verb, no approximator
                    start = i - k2
                    break
            cands.append((toks[start].start, toks[end - 1].end, "NUMBER", ""))

    def _counted_year_like(self, toks: list[Token], i: int) -> bool:
        """"About 2000 North Korean defectors": a number written like a year
        is a count after an approximator and before the people it counts."""
        if not i or toks[i - 1].norm not in ("about", "some", "nearly", "around", "roughly", "over", "than", "almost"):
            return False
        return any(self._match_seq(toks, m, self.people) for m in range(i + 1, min(len(toks), i + 4)))

    def _anaphoric_count(self, toks: list[Token], i: int) -> bool:
        """"The five were in good health", "the other two were sent back", "all
        four went missing", "five more were seized": a spelled-out number with no
        noun of its own that is the subject of a verb, or "the two who", refers
        back to a group of people told before. A noun after it ("the two
        Koreas") makes it no count of people."""
        if not toks[i].text.isalpha() or i + 1 >= len(toks):
            return False
        prev, nxt = toks[i - 1].norm if i else "", toks[i + 1].norm
        if nxt in _ADDITIVES and i + 2 < len(toks):
            return self._verb_after(toks[i + 2].text)  # "five more were seized"
        return prev in self.anaphora_openers and (self._verb_after(toks[i + 1].text) or nxt in ("who", "-", "—", "–"))

    def _verb_after(self, text: str) -> bool:
        """A verb right after a bare number: one of the listed ones, or a past
        form ("stayed", "chose" is listed) written in lower case."""
        low = norm_token(text)
        return low in self.anaphora_verbs or (text.islower() and low.endswith("ed") and len(low) > 4)

    def _group_size(self, toks: list[Token], i: int) -> bool:
        """"a family of five", "a group of 12": the size of a group of people."""
        return (i >= 2 and toks[i - 1].norm == "of" and toks[i - 2].norm in self.group_nouns
                and not self._match_seq(toks, i + 1, self.people)
                and (toks[i + 1].norm if i + 1 < len(toks) else "") not in self.v.role_singulars)

    def _bare_figure(self, toks: list[Token], i: int, j: int) -> bool:
        """A figure with no noun of its own in a statistics passage: "1,137 in
        2018", "2,914 who arrived", "around 2,700 for several years". It counts
        people when a statistic noun (defectors, arrivals ...) comes shortly
        before it and what follows it is no noun."""
        t = toks[i].text
        if not t[:1].isdigit() or self._number_value(t) is None or self._number_value(t) < 10:
            return False
        nxt = toks[j].norm if j < len(toks) else ""
        if nxt == "," and i >= 2 and toks[i - 1].text == "," and toks[i - 2].text[:1].isupper() and int(t) < 110:
            return False  # "Ri Il Gyu, 52, a counselor": an age
        if nxt and nxt[:1].isalpha() and nxt not in self.figure_followers and not (nxt.endswith("ing") and len(nxt) > 5):
            return False
        if nxt and not nxt[:1].isalpha() and nxt not in (",", ".", ";", ")"):
            return False
        return any(toks[k].norm in self.figure_nouns
                   for k in (*range(max(0, i - 40), i), *range(j, min(len(toks), j + 3))))  # "300,000 have fled"

    # ---------------------------------------------------------------- orgs
    def _locations(self, toks: list[Token], cands: list) -> None:
        n = len(toks)
        for i, tok in enumerate(toks):
            t = tok.text
            if t in self.features and i > 0:
                s = i
                # ("Noi Bai International Airport"; a feature of a feature, both capitalised: "Han River Estuary")
                while s > 0 and (self._namelike(toks[s - 1].text) or (t[:1].isupper() and toks[s - 1].text in self.features)) \
                        and i - s < 3:
                    s -= 1
                while s < i and toks[s].text in self.features:  # (a name opens it)
                    s += 1
                if s < i:
                    cands.append((toks[s].start, tok.end, "LOCATION", ""))
            if t in ("Mount", "Mt", "Lake") and i + 1 < n and self._namelike(toks[i + 1].text):
                cands.append((tok.start, toks[i + 1].end, "LOCATION", ""))
            if t in self.admin and i > 0 and t[:1].isupper() or (t in self.admin and t.lower() in ("province", "county", "prefecture")):
                s = i
                while s > 0 and self._namelike(toks[s - 1].text) and i - s < 2 and toks[s - 1].text not in self.surnames:
                    s -= 1
                if s < i:
                    cands.append((toks[s].start, toks[i - 1].end, "LOCATION", ""))

    # ------------------------------------------------------------ acronyms
    # ----------------------------------------------------------- selection
    @staticmethod
    def _select(cands: list) -> list[tuple[int, int, str, str]]:
        order = sorted(set(cands), key=lambda c: (-(c[1] - c[0]), PRIORITY.get(c[2], 9), c[0]))
        taken: list[tuple[int, int]] = []
        chosen = []
        occupied = bytearray()
        for s, e, lab, canon in order:
            if e <= s:
                continue
            if len(occupied) < e:
                occupied.extend(b"\0" * (e - len(occupied)))
            if any(occupied[s:e]):
                continue
            occupied[s:e] = b"\1" * (e - s)
            taken.append((s, e))
            chosen.append((s, e, lab, canon))
        return chosen
