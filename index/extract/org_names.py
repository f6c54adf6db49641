"""ORG spans: the methods of `EntityRecognizer` (a mixin, as `PersonRules`
is for PERSON) that find organisations by their head word ("... Ministry",
"The ... Ilbo"), by a prefix and its complement ("Ministry of Unification",
"Committee to Help North Korean Refugees"), by a reporting verb ("RBC
said") and by an acronym defined in brackets. Split from `entities.py`,
which chooses among every label's candidates."""

from __future__ import annotations

import re

from .tokens import Token, norm_token

_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&.]{1,7}")
_ARTICLES = frozenset({"the", "a", "an"})
#: "Seoul-based", "US-backed": a word that describes the organisation, no part of its name
_DESCRIBED_BY = re.compile(r"-(?:based|born|led|run|backed|funded|owned|affiliated)$", re.I)



#: heads of a state's bodies, which the South or North Korean before them only
#: describes ("the South Korean Foreign Ministry"); parties, guards and armies
#: keep it ("North Korean Workers Party")
_STATE_BODIES = frozenset({"Ministry", "TV", "Assembly", "Court"})
#: initials of a nation or union that open a body's name ("U.S. Army")
_NATION_INITIALS = frozenset({"U.S.", "US", "U.N.", "UN", "U.K.", "UK", "EU", "E.U."})

class OrgRules:
    """Methods of `EntityRecognizer` that find ORG spans."""

    def _orgs(self, body: str, toks: list[Token], cands: list) -> None:
        n = len(toks)
        for h, tok in enumerate(toks):
            t = tok.text
            # "... Ministry", "... University", "The ... Ilbo"
            if t in self.org_heads and h > 0 and not (h + 1 < n and toks[h + 1].text in _STATE_BODIES):
                # (not "Defense" in "Defense Ministry": the name ends at the next head)
                s = h
                while s > 0:
                    p = toks[s - 1].text
                    pl = norm_token(p)
                    if p[:1].isupper() and pl not in self.org_left_stop and "'" not in p[:1] and p not in ("’",):
                        s -= 1
                    elif p in _NATION_INITIALS and toks[s - 1].end + 1 == toks[s].start:
                        s -= 1  # "the US Army": the initials are part of the name
                    elif (p == "." and s > 1 and toks[s - 2].text + "." in _NATION_INITIALS
                          and toks[s - 2].end == toks[s - 1].start):
                        s -= 2  # "the U.S. Army", "the U.N. Human Rights Council" ("U.S" "." as tokens)
                    elif p[:1].isdigit() and s - 1 > 0:
                        s -= 1
                    elif pl in self.org_connectors and pl not in ("'s", "the") and s - 2 >= 0 and toks[s - 2].text[:1].isupper() and toks[s - 2].norm not in self.org_left_stop:
                        if pl == "and" and (toks[s - 2].text in self.org_heads or toks[s - 2].text.isupper()):
                            break  # "Korea University and Seoul National University": two names
                        s -= 2
                    else:
                        break
                while s < h and (toks[s].norm in _ARTICLES | self.org_connectors
                                 or toks[s].text[:1].isdigit() and not _ORDINAL.fullmatch(toks[s].text)):
                    s += 1  # "306 K League", "2020 Champions League": a count or a year is no part of the name
                # (but an ordinal is: "22nd Infantry Division")
                if (s + 1 < h and toks[s].norm in ("north", "south") and toks[s + 1].norm == "korean"
                        and t in _STATE_BODIES):
                    s += 2  # "the South Korean Unification Ministry": the demonym is no part of the name
                # a leading place name is part of the name ("Busan Hana Center", "Japan Coast
                # Guard", "Pusan National University"): the longest span wins, as the gold has it
                if s < h and not any(e == h + 1 and lab == "LOCATION" for e, lab in self.trie.matches(toks, s, h - s + 1)):
                    cands.append((toks[s].start, tok.end, "ORG", ""))  # (not a listed place: "Soviet Union")
            # "Ministry of Unification", "Institute for National Security Strategy"
            # ... and "Committee to Help North Korean Refugees": a purpose told with its verb
            purpose = (h + 2 < n and toks[h + 1].norm == "to" and toks[h + 2].text in self.org_purpose_verbs)
            if t in self.org_prefixes and h + 2 < n and (toks[h + 1].norm in ("of", "for", "on") or purpose):
                k = h + 2
                end = h
                joins = ("and", "the", "of", "for", "&", "in") if purpose else ("and", "the", "of", "for", "&")
                while k < n:
                    w = toks[k].text
                    if w[:1].isupper() and norm_token(w) not in self.months and norm_token(w) not in _WEEKDAYS:
                        end = k
                        k += 1
                    elif norm_token(w) in joins and k + 1 < n and toks[k + 1].text[:1].isupper():
                        k += 1
                    elif (w in ("'s", "’s") and k + 1 < n and toks[k + 1].text[:1].isupper()
                          and toks[k].start == toks[k - 1].end):
                        k += 1  # "Ministry of People's Armed Forces": a possessive inside the name
                    elif w == "," and k + 1 < n and toks[k + 1].text[:1].isupper() and self._list_in_name(toks, k + 1):
                        k += 1  # "Ministry of Land, Infrastructure and Transport": a list of the body's fields
                    else:
                        break
                if end > h:
                    s = h
                    while s > 0:
                        if (toks[s - 1].text[:1].isupper() and toks[s - 1].norm not in self.org_left_stop | self.demonym_lead
                                and not _DESCRIBED_BY.search(toks[s - 1].text)):  # ("Seoul-based Commission ...")
                            s -= 1
                        elif (toks[s - 1].text in ("'", "’") and s > 1 and toks[s - 2].text.endswith("s") and toks[s - 2].text[:1].isupper()
                              and toks[s - 1].start == toks[s - 2].end):
                            s -= 2  # "Citizens' Alliance to Help ...": a plural possessive opens the name
                        else:
                            break
                    cands.append((toks[s].start, toks[end].end, "ORG", ""))
            # "the Telegraph reported"
            if norm_token(t) == "the" and h + 2 < n and toks[h + 1].text[:1].isupper():
                k = h + 1
                while k < n and k - h <= 4 and toks[k].text[:1].isupper() and toks[k].norm not in self.stop:
                    k += 1
                if k > h + 1 and k < n and toks[k].norm in self.outlet_verbs:
                    cands.append((toks[h + 1].start, toks[k - 1].end, "ORG", ""))
            # web outlets: news.com.au (not an e-mail address)
            if "." in t and t.rsplit(".", 1)[-1].lower() in self.web_suffixes and t[:1].isalpha():
                if not (tok.start > 0 and body[tok.start - 1] == "@"):
                    cands.append((tok.start, tok.end, "ORG", ""))

    def _list_in_name(self, toks: list[Token], k: int) -> bool:
        """Whether the capitalised words from `k` end in "and" + a
        capitalised word within a few words, as a list of a body's fields
        does ("Land, Infrastructure and Transport"), with no listed place
        among them ("Unification, Seoul and Busan" is the name, then places)."""
        for j in range(k, min(len(toks) - 1, k + 5)):
            if any(lab == "LOCATION" for _, lab in self.trie.matches(toks, j, 1)):
                return False
            if toks[j].norm == "and":
                return toks[j + 1].text[:1].isupper() and not any(
                    lab == "LOCATION" for _, lab in self.trie.matches(toks, j + 1, 1))
            if not (toks[j].text[:1].isupper() or toks[j].text == ","):
                return False
        return False

    def _reporting_acronyms(self, toks: list[Token], cands: list) -> None:
        """"RBC said", "told IANS", "according to KCNA": an acronym that
        reports is an outlet or an agency (a place or a role never is:
        "US said" is no ORG). Looked for from the reporting words, which
        are few, rather than at every token."""
        n = len(toks)
        for i, tok in enumerate(toks):
            low = tok.norm
            if low in self.outlet_verbs and i:
                k = i - 1
            elif low == "told" or low == "to" and i and toks[i - 1].norm == "according":
                k = i + 1
            else:
                continue
            if k >= n:
                continue
            t = toks[k].text
            if len(t) >= 3 and t.isupper() and _ACRONYM.fullmatch(t) and not any(
                    lab in ("LOCATION", "ROLE") for _, lab in self.trie.matches(toks, k, 1)):
                cands.append((toks[k].start, toks[k].end, "ORG", ""))

    # ----------------------------------------------------------- locations

    def _acronyms(self, body: str, toks: list[Token], cands: list) -> None:
        ends: dict[int, str] = {}
        for s, e, lab, _ in cands:
            if lab in ("ORG", "LOCATION"):
                ends[e] = lab
        defined: dict[str, str] = {}
        for i in range(1, len(toks) - 2):
            if toks[i].text == "(" and toks[i + 2].text == ")" and _ACRONYM.fullmatch(toks[i + 1].text):
                lab = ends.get(toks[i - 1].end)
                if lab:
                    defined[toks[i + 1].text] = lab
        if defined:
            for tok in toks:
                lab = defined.get(tok.text)
                if lab:
                    cands.append((tok.start, tok.end, lab, ""))

    def _companies(self, body: str, toks: list[Token], cands: list) -> None:
        """"Daewon Shipping Co.", "Hanbit Steel AG": capitalised words
        before a company's legal form name a company, whatever their last
        word (no head word such as "Motors" needed)."""
        ends = {t.end: i for i, t in enumerate(toks)}
        for m in self.company_suffix.finditer(body):
            i = ends.get(m.start())
            if i is None:
                continue
            s = i + 1
            while s > 0 and i - s < 4:
                t = toks[s - 1]
                if not t.text[:1].isupper() or t.norm in self.org_left_stop or t.norm in self.months:
                    break
                s -= 1
            if s <= i:
                cands.append((toks[s].start, m.end(), "ORG", ""))

    def _with_company_suffix(self, body: str, chosen: list) -> list:
        """ORG spans reaching over the company's legal form written after
        the name ("Hyundai Motor Co.", "Kia Motors Corp.", "Mercedes-Benz
        Group AG"): the form is part of the name, as the gold writes it.
        The tokens split "Co." in two, so a name found by its head word
        ("Motor", "Corp") stops short of it. Never over another span."""
        starts = sorted(c[0] for c in chosen)
        out = []
        for c in chosen:
            s, e = c[0], c[1]
            if c[2] == "ORG":
                words = body[s:e].split()
                if words and words[-1] in self.company_dotless and body[e:e + 1] == ".":
                    e += 1  # "Kia Motors Corp" + "."
                m = self.company_suffix.match(body, e)
                if m:
                    e = m.end()
                if e != c[1] and not any(c[1] <= x < e for x in starts):
                    c = (s, e, c[2], c[3])
            out.append(c)
        return out
