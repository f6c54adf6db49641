"""One candidate predicate ("defected", "crossed the MDL", "sought asylum")
read into a row, or refused.

The steps, in order: the predicate's own sense checks (sense.py: a "flee"
far from Korea, a "cross" with no border after it), the clause that holds its actor
(past a dateline, a relative clause, a reporting verb), realis (negation,
hypotheticals, generic classes of people), status (attempted, caught after
crossing, still hiding), then the actor and the slots.
"""

from __future__ import annotations

import re

from ...models import Status
from .actor import (first_named, main_subject, names_people, participle_subject, previous_subject, read_actor,
                    speaker_head)
from .actor_text import an_organisation, definite_subject
from .antecedents import (GERUND_SUBJECT, NP_STOP, PRONOUN_AND, REASON_OF_OBJECT, a_state_only, counted_antecedent, did_so,
                          labelled_subject, opening_indefinite,
                          held_object, last_counted_group, people_aboard, people_in_vehicle, relative_antecedent, coordinated_relative, one_of_those)
from .clauses import (RELATIVE_THEN_VP, before_manner, before_object_relative, class_trying, clause_end, clause_start, main_verb, mask_appositives,
                      mask_dates, named_ahead,
                      strip_lead, subject_before_relative)
from .context import Sentence
from .naming import name_taken
from .opening_clauses import opening_clause_end
from .patterns import MISSION_WORD, Patterns
from .realis import REFUSED_THEN, a_number_never_given, attempted, caught_after, caught_later, experienced_by_a_class, generic_actor, habit_of_the_clause, hypothetical, mask_superlative, still_hiding
from .roles import accompanying, superlative_role
from .row import PredicateKind, Row
from .row_dates import attributive_year, measured_date, missing_since, read_date
from .sense import sense_ok
from .places_around import places_around
from .slots import alias, number_value, posting_place, read_count, read_places, reporter
from .statistics import mark_statistic, trend_count
from .vague_events import dated_vague_group

#: a leading reporting clause: "The navy said (on Sunday) (that)", "Officials told reporters"
_SAID_THAT = re.compile(r"[^,;.]{0,60}?\b(?:said|says|reported|reports|announced|told\s+[^,;.]{1,30}?)\s+"
                        r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+)?(?:that\s+)?")

# "A sailor whose name was not released | (crossed)": a relative clause on the subject's name, before the predicate
_WHOSE_CLAUSE = re.compile(r"\s+whose\s+(?:[\w-]+\s+){1,3}?(?:was|were|is|are|has been|have been|had been)\s+(?:not\s+|never\s+)?"
                           r"(?:[a-z]+ed|known|given|shown|made public)(?:\s+(?:publicly|immediately|yet))?\s*,?\s*(?:(?:had|has|have)\s+)?$"
                           # (or any clause closed by a comma: ", whose identity police did not disclose, illegally (crossed)")
                           r"|,\s*whose\s+[^,;]{1,80},\s*(?:[a-z]+ly\s+)?(?:(?:had|has|have)\s+)?$")
# ", and (then) [fled]": a second verb whose subject is the first one's
_SEQUENCE_ADVERBS = r"(?:then|later|eventually|also)"
_SHARED_SUBJECT = re.compile(r",?\s+(?:and|but|yet)\s+(?:" + _SEQUENCE_ADVERBS + r"\s+)*$")
_ADVERBS_ONLY = re.compile(r"[\s,]*(?:" + _SEQUENCE_ADVERBS + r"[\s,]*)*")  # (a region with no words of its own)

_WHO = re.compile(r"\b(?:who|that)\s")
#: the flight told of the subject before a return: "(a woman) who defected in 2014 (has gone back)"
_LEFT_BEFORE = re.compile(r"\b(?:who|that)\s+(?:had\s+|has\s+)?(?:defected|fled|escaped|came|crossed)\b", re.I)
#: a predicate that tells a permission granted: "were allowed to leave for", "was permitted to go to"
_PERMITTED = re.compile(r"\b(?:allowed|permitted|cleared)\s+to\b")
#: a crossing told in the past ("a soldier who ran across the border"): an act, where "who defected" may be a label
_PAST_MOVE = re.compile(r"(?:crossed|swam|waded|walked|sailed|drifted|rowed|ran|dashed|sprinted|came|slipped|sneaked|snuck|crept|"
                        r"climbed|jumped|hopped|scrambled|clambered|made|got)\b", re.I)
#: already in the South ("drifted into South Korean waters", "was picked up in South Korean territory")
_IN_SOUTH = re.compile(r"\b(?:in|into|to)\s+(?:South\s+Korean\s+(?:waters|territory|soil)|the\s+South(?![\s-]*[A-Z])|South\s+Korea\b)(?!\s+to\b)")
#: a trip abroad told before the predicate ("while on a trip to | China", "during a visit to | Beijing")
_ON_A_TRIP = re.compile(r"\b(?:(?:while|when)\s+on|during|on)\s+an?\s+(?:[\w-]+\s+)?(?:trip|visit|tour|journey|mission)\s+to\s+(?:the\s+)?", re.I)
#: a relative clause that gives the actor's posting abroad ("who had been the
#: country's acting ambassador to Kuwait"), or a "while he was" clause after
#: the predicate ("vanished in 2018 while he was Pyongyang's envoy to Italy")
_WAS_POSTED = re.compile(r"\b(?:who|(?:while|when)\s+(?:he|she))\s+(?:had\s+been|has\s+been|was|is|served\s+as|worked\s+as)\s+(?:(?:the\s+country|North\s+Korea|the\s+North|Pyongyang)['’]s\s+"
                         r"|an?\s+|the\s+)?(?P<post>(?:[\w-]+\s+){0,3}?[\w-]+\s+to\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)")
#: an indirect question before the actor ("over how", "asked why"): its subject follows
_INDIRECT_QUESTION = re.compile(r"^[^;]*\b(?:how|why|whether)\s+(?=\S)", re.I)  # (past commas: "Investigators, defectors and lawmakers ... why")
#: the people a story of defection is about, told again by a definite noun phrase
_THE_PEOPLE = re.compile(r"\b(?:the|these|those)\s+(?:[\w-]+\s+)?(?:North\s+Koreans|defectors|refugees|asylum\s+seekers|escapees)\b")
#: "(twelve defectors) were recorded as | (reaching)": a figure's verb before the predicate's gerund
_COUNTED_AS = re.compile(r"\s(?:was|were|are|is|been)\s+(?:recorded|counted|registered)\s+as\s+$")
#: "Some two months after they fled their homeland, (12 workers) ...": a measured time after an
#: event told of the main clause's subject by a pronoun ahead of it
_MEASURED_PRONOUN = re.compile(r"\s*(?:(?:some|about|around|nearly|almost|barely|only|just|more\s+than|less\s+than)\s+)?"
                               r"(?P<n>[\w-]+)\s+(?P<unit>years?|months?|weeks?|days?)\s+(?:after|since)\s+(?:he|she|they)\s+(?:had\s+)?", re.I)
#: the South, where a returning defector had lived ("defected to the South", "life in Seoul")
_LIVED_SOUTH = re.compile(r"\b(?:South\s+Korea|the\s+South\b(?![\s-]*[A-Z])|Seoul)")
#: between a name and its ", who": nothing, or a description ("Thae Yong-ho, formerly a minister in London, who")
_NAME_THEN_RELATIVE = re.compile(r"\s*,\s*(?:(?:formerly|once|then|now|a|an|the)\b[^,;]{1,90},\s*)?")


def read_predicate(P: Patterns, s: Sentence, ps: int, pe: int, kind: PredicateKind, status: Status) -> Row | None:
    text, s0 = s.text, s.s0
    if not sense_ok(P, s, ps, pe, kind):
        return None
    returning = kind == "return"
    if returning:  # (from here on, a defection like any other)
        kind = "defect"
    cs = clause_start(P, text, ps)
    region_end = ps
    counted_as = _COUNTED_AS.search(text, 0, ps)
    if counted_as is not None:  # "twelve defectors were recorded as | reaching ...": the clause of "recorded"
        cs, region_end = clause_start(P, text, counted_as.start()), counted_as.start()
    given = ""  # a name the relative clause says the actor took
    limit = len(text)  # where the predicate's own clause must end
    # relative clause: "a diplomat who defected from North Korea"
    rel = re.search(r"\b(who|that|which)\s+(?:had\s+|has\s+|have\s+|also\s+|likewise\s+|too\s+|similarly\s+|later\s+|reportedly\s+|allegedly\s+|subsequently\s+|eventually\s+"
                    r"|famously\s+|recently\s+|secretly\s+|successfully\s+|in\s+(?:19|20)\d{2},?\s+"
                    r"|(?:was\s+|were\s+)?(?:tried|trying|attempted|attempting)\s+to\s+)*$", text[:ps], re.I
                    ) or coordinated_relative(s, ps, pe)
    caught = told = label = False
    if rel and rel.start() <= cs + 1:
        cs2 = clause_start(P, text, rel.start())
        after_comma = text[max(0, rel.start() - 2):rel.start()].strip() == ","
        if after_comma:
            # "X, who fled in 2016, now runs ...": the appositive ends at the comma
            # where the main clause's verb resumes (not at "Ningbo, China, in April")
            close = re.search(r",\s*(?:now|then|later|also|still)?\s*(?:[a-z]+(?:s|ed)|is|was|are|were|has|had|have|will|said|says|died|won|led|ran)\b",
                              text[pe:])
            limit = pe + close.start() if close else limit
        else:
            # "a weightlifter who fled to the South in 2019 crossed back ...": at the main verb
            main = main_verb(P, text, pe)
            if main:
                limit = main.start()
        stop = P.date_stop.search(text, pe)
        end = min(stop.start() if stop else len(text), limit)  # ("resettled ... with his family in 2016")
        has_date = any(sp.label == "DATE" and (pe <= sp.start - s0 < end or rel.end(1) <= sp.start - s0 < ps)
                       and not attributive_year(P, text, sp.start - s0) for sp in s.spans
                       ) or bool(re.search(r"\brecently\s", rel.group()) or re.search(r"\brecently\b", text[pe:end]))
        # ("an army general who recently fled", "two families who defected from North Korea recently": a time told)
        caught = kind in ("cross", "flee", "defect", "asylum") and caught_after(P, text, pe)
        # ("a soldier who ran across": restrictive, of a few people; not "30,000 women who crossed")
        crossing = (kind == "cross" and rel.group(1).lower() == "who" and bool(_PAST_MOVE.match(text, ps))
                    and not text[:rel.start()].rstrip().endswith(",") and not any(
                        sp.label == "NUMBER" and cs2 <= sp.start - s0 < rel.start() and max((number_value(P, w) or 0 for w in sp.text.split()), default=0) >= 100
                        for sp in s.spans))
        if kind == "flee" and re.match(r"ran away\b", text[ps:pe], re.I) and not crossing:
            crossing = rel.group(1).lower() == "who"  # "three waitresses who ran away from a restaurant": told as an act, not a label
        # ("his mother and a sister, who had fled to China before him": of given people, with a way)
        told = not has_date and (
            kind in ("flee", "defect") and after_comma and bool(re.match(r"\s+(?:to|into)\s+(?:the\s+)?[A-Z]", text[pe:]))
            # ("five North Koreans who sought asylum at / who are inside the Japanese consulate": a place of their own)
            or kind in ("asylum", "wish") and bool(re.search(r"\b(?:at|in|inside)\s+(?:the\s+|a\s+)?[A-Z]", text[ps:pe + 14]))
            # ("A North Korean who defected across the zone says ...": the one the sentence is about, the
            # way told; not "A diplomat who defected was among the speakers", nor when the main verb tells
            # an act of its own: "A group who had fled ... arrived on Friday")
            or kind in ("flee", "defect") and not after_comma and names_people(P, opening_indefinite(
                text[cs2:rel.start()], bool(P.reported_opening.search(text, 0, cs2))) or "")
            and bool(re.match(r"\s+(?:to|into|across|over|from|through|via|by)\s", text[pe:])) and not P.any_predicate.search(text, limit))
        # ("the nearly 30,000 defectors who have fled to South Korea since 1953": a figure told in a relative clause)
        figure = P.figure_head.search(text, cs2, rel.start()) if not told and re.search(r"\b(?:have|has)\b", rel.group()) else None
        if figure:
            told, cs2 = True, figure.start()
        member = one_of_those(s, rel.start()) if rel.group(1).lower() == "who" else None  # ("Kim is one of those who fled")
        # a label ("a diplomat who defected"), no event detail (kept only as the actor's one telling); a crossing is an act
        label = not has_date and not caught and not crossing and not told and member is None
        arts = list(P.np_opening.finditer(text, cs2, rel.start())) if label else []  # (its noun phrase alone)
        cs2 = arts[-1].start() if arts else cs2
        cs, region_end = member or (cs2, rel.start())
        obj = relative_antecedent(text[cs:region_end])
        if obj is not None:
            cs += obj  # "X said he had met two staffers who defected": the staffers
        blank = not text[cs:region_end].strip(" ,")  # ("According to Tae, | who defected in 2016,": Tae)
        named = next((sp for sp in s.spans if sp.label == "PERSON" and (cs < sp.start - s0 or blank)
                      and _NAME_THEN_RELATIVE.fullmatch(text[sp.end - s0:region_end])), None)
        if named is not None:
            cs = named.start - s0  # "three relatives of Hwang, who defected in 1997": Hwang
    elif kind in ("caught", "missing", "asylum", "flee", "defect", "arrive", "cross", "wish"):
        # "Five North Koreans who had been hiding in China were caught": the
        # subject stands before a complete relative clause
        subj = subject_before_relative(P, text, cs, ps)
        if subj is not None:
            cs, region_end = subj
            obj = relative_antecedent(text[cs:region_end]) if re.search(r"\sand\s+$", text[:ps]) else None
            if obj is None and region_end == ps and kind == "caught":
                # "China must not send back 11 North Koreans who are being held": the object held, whatever its verb says
                who = list(_WHO.finditer(text, cs, ps))
                obj = relative_antecedent(text[cs:who[-1].start()]) if who else None
            if obj is not None:  # "police were holding four men who had crossed ... and (asked for asylum)": the four men
                cs += obj
            given = name_taken(P, s, region_end, ps)
    dl = P.dateline.match(text) or P.dateline2.match(text)
    if dl and cs < dl.end() <= region_end:
        cs = dl.end()  # "SEOUL, South Korea (AP) — A family ...": the wire dateline is no actor
    date_gap = (ps, ps)  # (a stretch before the predicate whose dates are not its own)
    if told and rel is not None and re.search(r"\bhad\s", rel.group()):
        date_gap = (0, ps)  # ("In May UNHCR protested when seven, who had fled to China, ...": May is the protest's)
    then_vp = RELATIVE_THEN_VP.search(text, 0, ps) if region_end == ps and " and " in text and ", wh" in text else None
    if then_vp and then_vp.start() > 0:
        cs = clause_start(P, text, then_vp.start())
        region_end = then_vp.start()
        date_gap = (then_vp.start(), ps)
    own = _LEFT_BEFORE.search(text, cs, ps) if returning else None
    if own:  # "a woman who defected in 2014 has gone back": the date is the flight's, not the return's
        date_gap = (own.start(), ps)
    whose = _WHOSE_CLAUSE.search(text, 0, ps) if region_end == ps and " whose " in text else None
    neg_from = ps
    if whose:  # "a sailor whose name was not released (crossed)": the relative's "not" is its own
        cs = min(cs, clause_start(P, text, whose.start()))
        region_end = neg_from = whose.start()
    refused = REFUSED_THEN.search(text, cs, ps)  # ("decided not to go back and | escaped to the South")
    neg_from = refused.start() if refused else neg_from
    if region_end == ps and (re.match(r"to\s+(?:defect|flee|escape)\b", text[ps:pe], re.I) or re.search(r"\bto\s+$", text[max(cs, ps - 4):ps])):
        caus = None
        for caus in P.causative.finditer(text, cs, ps):
            pass  # (the last one before the predicate)
        if caus is not None and re.search(r"\S", text[caus.end():ps]):
            cs = caus.end()  # "the purges have driven (a dozen officials) to defect": the ones made to act
            to = re.search(r"\s+to\s+$", text[cs:ps])
            region_end = cs + to.start() if to else ps
    region = text[cs:region_end]
    gerund_np = GERUND_SUBJECT.search(region) if region_end == ps and re.match(r"[a-z]+ing\b", text[ps:pe]) else None
    if gerund_np and names_people(P, gerund_np.group(1)) and not P.group_of_end.search(region, 0, gerund_np.start(1)):
        # "Kim grew angry over several diplomats escaping": the gerund's subject is the people before it
        cs += gerund_np.start(1)
        region = text[cs:region_end]
    if re.match(r"[a-z]+ing\b", text[ps:pe]) and re.fullmatch(r"\s*[\"'‘“]?(?:for|to)\s+[^,]{2,60},\s*", region, re.I):
        return None  # "For the refugees, fleeing to Thailand is the only way out": a gerund as subject, of no one
    if REASON_OF_OBJECT.search(text, max(cs, ps - 30), ps):
        return None  # "guards arrested them for entering the country": why others acted on people told of before
    # negation / hypothesis between the clause start and the predicate
    hs, hs_end = counted_antecedent(s, cs, ps)  # (where the hypothetical cues may stand)
    if hs > cs and region_end == ps:  # ... and where the actor is: the counted antecedent itself
        cs, region_end = hs, hs_end  # (unless a relative clause before the predicate was read for it above)
        region = text[cs:region_end]
    said_again = did_so(s, pe) if kind in ("defect", "flee", "cross") else False
    if said_again:
        # "the last soldier known to have defected across the DMZ did so in 2010": the label
        # comes with the event's own date, so it is an event, told of the person so labelled
        cs, region = labelled_subject(P, text, cs, ps, region)
        region_end = cs + len(region)
    h0 = rel.start() if rel is not None and hs < rel.start() <= ps else hs  # (a relative clause's modals are its own)
    who = re.search(r"\bwho\s*$", text[max(0, h0 - 6):h0])
    if who is not None:  # (the clause read opens after a "who": the window keeps it, so that a relative
        h0 = max(0, h0 - 6) + who.start()  # clause closed by the main verb's auxiliary is masked as one)
    # (a permission the predicate itself tells, "were allowed to leave for the South", is no hypothetical cue)
    h1 = ps if _PERMITTED.search(text, ps, pe) else pe
    if P.neg.search(text[cs:neg_from] + text[ps:pe]) or P.conjecture.search(text, max(0, cs - 40), cs) or kind != "wish" and not said_again and hypothetical(
            P, mask_superlative(mask_appositives(mask_dates(text, s.spans, s0, h0, h1), ps - h0), ps - h0)):
        return None
    lead = strip_lead(text[cs:region_end])
    if habit_of_the_clause(P, text, ps, before_manner(text, pe, clause_end(P, text, pe))) or P.vague_group.match(lead) and not dated_vague_group(P, s, lead) or re.search(
            r",\s*(?:many|most|some|several|all|few|none|half)\s+of\s+(?:whom|them)\s+(?:had\s+|have\s+|has\s+)?$", text[cs:ps], re.I):
        # ("some two dozen activists, many of whom had fled North Korea themselves": some of them, unknown)
        return None  # (a habit told in a clause after it, "where the embassy often takes in refugees", is another's)
    named_or_counted = any(sp.label in ("NUMBER", "PERSON") and cs <= sp.start - s0 < ps for sp in s.spans) or bool(
        P.counted_part.match(lead))
    if not named_or_counted and re.match(r"(?:cross|crosses|flee|flees|defect|defects|escape|escapes|arrive|arrives|enter|enters|reach|reaches)\b",
                                         text[ps:pe], re.I) and not re.search(
            r"\b(?:to|will|would|could|can|may|might|did|not|n't|and|or|who|that)\s+$", text[:ps], re.I) \
            and not re.match(r"\s*(?:the|a|an|this|that|these|those|his|her|their)\b", strip_lead(text[cs:region_end]), re.I):
        return None  # "North Korean women also cross the border more easily": a habit, no event
    if kind != "statreport" and (generic_actor(P, region, named_or_counted) or experienced_by_a_class(P, region, text, pe)
                                 or a_number_never_given(s, ps)) and trend_count(P, text, pe) is None:
        return None
    if kind != "statreport" and re.search(r"\b(?:defectors?|defections?)\s*$", region.strip(" ,"), re.I) and not named_or_counted:
        # "defectors arrive ..." with no number: a generic statement, unless the
        # clause goes on to give the figure ("... declined to 1,047")
        if not re.search(r"\b(?:the|these|those|two|three|four|five|a|an|another|pair|couple|both)\b", region, re.I) and trend_count(P, text, pe) is None:
            return None
    if attempted(P, text, ps, pe):
        status = "attempted"
    if caught or kind in ("cross", "flee", "defect", "arrive", "asylum") and caught_later(text, pe):
        status = "attempted"  # crossed, then arrested ("crossed the border ... and were then caught in China")
    elif kind in ("flee", "defect") and (still_hiding(P, text, pe) or re.search(r"\b(?:may|might)\s+(?:well\s+)?have\s+$", text[:ps], re.I)):
        status = "attempted"  # (hiding still; "may have fled to the Netherlands": a possible defection)
    row = Row(sent=s.si, start=s0, end=s0 + len(text), status=status, kind=kind,
              returning=returning, label=label)
    rspans = [sp for sp in s.spans if cs <= sp.start - s0 and sp.end - s0 <= cs + len(region)]
    sub_pron = re.search(r"\b(?:since|because|when|after|before|until|once|as|while)\s+(?=they\s+(?:had\s+|have\s+|has\s+)?$)", region, re.I)
    if sub_pron and sub_pron.start() > 0 and _THE_PEOPLE.search(region, 1, sub_pron.start()):
        # "Reporters have been kept away from the North Koreans ever since | they landed": the
        # pronoun of a subordinate clause, whose subject the reading below looks for
        cs, region = cs + sub_pron.end(), region[sub_pron.end():]
    shared_pron = PRONOUN_AND.match(region)
    if shared_pron:  # "... found out that they killed the captain and (fled)": the subject both verbs share
        region = region[:shared_pron.end()] + " "
    pron = re.fullmatch(r"\s*(?:[^,;]{1,80},\s*)?(?:and\s+|but\s+|then\s+)?(he|she|they)(?:\s+(?:then|later|has|have|had|since|also|too|was|were|is|are|"
                        r"reportedly|eventually|finally|at\s+last|ultimately|safely))*(?:\s+(?:were\s+|was\s+)?(?:trying|attempting|tried|attempted)\s+to)?\s*", region, re.I)
    if pron and (pron.group(1).lower() == "they" or s.doc.spans.last_ending_by(s0, "PERSON") is None):
        # "A soldier was shot as he made a dash": the subject of the sentence
        # ("The navy said a fisherman was detained after he crossed": past the reporting clause)
        said = _SAID_THAT.match(text[:cs])
        base = said.end() if said else 0
        m0 = re.match(r"^(.*?)\b(?:was|were|is|are|had|has|have)\b", text[base:cs])
        short = m0 is not None and 0 < len(m0.group(1).split()) <= 10 and not P.reporting.search(m0.group(1))
        if short and pron.group(1).lower() == "they" and a_state_only(P, s, base, m0.group(1)):
            short = False  # ("South Korea has deported two men after learning that they fled"): a state is no "they"
        held = held_object(text, cs) if pron.group(1).lower() == "they" and not short else None
        counted = last_counted_group(P, s, cs) if pron.group(1).lower() == "they" and not short else None
        people = _THE_PEOPLE.search(text, base + m0.end(1), cs) if short and pron.group(1).lower() == "they" else None
        if people and not _THE_PEOPLE.search(m0.group(1)):
            # "Reporters have been kept away from the North Koreans since they landed": "they" are
            # the people the story is about, not a subject that is no one who moved
            region = people.group()
            rspans = [sp for sp in s.spans if people.start() <= sp.start - s0 and sp.end - s0 <= people.end()]
            row.pronoun = bool(s.si)
        elif short:
            region = m0.group(1)
            rspans = [sp for sp in s.spans if base <= sp.start - s0 and sp.end - s0 <= base + m0.end(1)]
            row.pronoun = bool(s.si)  # after the first sentence, most likely someone told of already
        elif held is not None:  # ("police detained the group in Shenyang while they were trying to (defect)")
            region, rspans = text[held[0]:held[1]], [sp for sp in s.spans if held[0] <= sp.start - s0 < held[1]]
        elif counted is not None:
            # "... the safety of nine defectors, who are thought to have been returned after they
            # were arrested": "they" are the people counted before it in the sentence, read as
            # far as their noun phrase goes ("11 North Koreans from two family units (defected)")
            at = counted.start - s0
            stop = NP_STOP.search(text, at + len(counted.text), cs)
            region = text[at:stop.start() if stop else at + len(counted.text)]
            rspans = [sp for sp in s.spans if at <= sp.start - s0 and sp.end - s0 <= at + len(region)]
        else:
            # "The soldier was seen near a post. He then crossed ...": the
            # subject of the sentence before
            got = previous_subject(P, s, pron.group(1).lower() != "they" and s.doc.spans.last_ending_by(s0 + cs, "PERSON") is None)
            if got is not None:
                region, rspans = got
                row.pronoun = True  # the actor of the sentence before, told again
    # ("since" only before a flight: "stuck in the mission since asking for asylum" tells the stay)
    sub = re.search(r"\b(?:before|after|while|when|upon)\s+$" if kind not in ("defect", "flee") else
                    r"\b(?:before|after|while|when|upon|since)\s+$", text[:ps], re.I) or P.while_trying.search(text[:ps])
    inner = re.match(r"(?:before|after|while|upon|since)\s+(?=[a-z]+ing\b)", text[ps:pe], re.I)
    if inner:  # the predicate pattern took the subordinator in: "before defecting"
        sub, ps = re.search(r"(?:before|after|while|upon|since)\s+$", text[:ps + inner.end()], re.I), ps + inner.end()
        region = text[cs:ps] if cs < ps else ""
        region = region[:sub.start() - cs] if sub and sub.start() >= cs else region
    verb_first = re.match(r"\s*(?:was|were|is|are|had|has|have|[a-z]+ed)\b", region)  # "(who) was an envoy before ..."
    measured = _MEASURED_PRONOUN.fullmatch(text[:ps])  # ("Some two months after they fled, ...")
    opening_end = opening_clause_end(text, sub, ps, pe, measured is not None)
    ahead = named_ahead(s, ps, pe) if opening_end < 0 else None
    if ahead is not None:
        # "In February 1996, when she defected in Geneva, | Sung Hae Rang | took nothing": the
        # pronoun of an opening clause stands for the name its main clause opens with
        region = text[ahead.start - s0:ahead.end - s0]
        rspans, cs = [ahead], ahead.start - s0
    elif opening_end > 0:
        # "Four years after defecting in 2016, Thae won a seat", "Having escaped North Korea in
        # 1997, Pak moved to Seoul": the clause opens the sentence and its subject comes after
        # its comma; told with no date, it is no event of its own ("Before fleeing, the relatives ...")
        if not any(sp.label == "DATE" and pe <= sp.start - s0 < opening_end for sp in s.spans) and not measured:
            return None
        region = main_subject(text[opening_end + 1:])
        if P.vague_group.match(strip_lead(region)):
            return None
        rspans = [sp for sp in s.spans if opening_end < sp.start - s0 and sp.end - s0 <= opening_end + 1 + len(region)]
        cs, limit = opening_end + 1, opening_end
    elif sub and (not region.strip(" ,") or verb_first or sub.lastgroup and cs >= sub.start()) and (
            sub.lastgroup or re.match(r"[a-z]+ing\b", text[ps:], re.I)):
        # "A soldier shot two officers before crossing the DMZ": the subject of the main clause
        mcs = clause_start(P, text, sub.start())
        who = re.search(r"\b(?:who|which)\s*$", text[:mcs])
        if who:  # "Thae, who was a deputy ambassador before defecting in 2016,": the relative's antecedent
            sub_end, mcs = who.start(), clause_start(P, text, who.start())
            mcs += relative_antecedent(text[mcs:sub_end]) or 0  # ("shot dead | a man who ... while trying to")
        else:
            sub_end = sub.start()
        dl2 = P.dateline.match(text) or P.dateline2.match(text)
        if dl2 and mcs < dl2.end() <= sub.start():
            mcs = dl2.end()
        region = main_subject(text[mcs:sub_end])
        if P.vague_group.match(strip_lead(region)) or generic_actor(P, region, any(
                sp.label in ("NUMBER", "PERSON") and mcs <= sp.start - s0 < mcs + len(region) for sp in s.spans)):
            return None  # "most North Koreans who flee go through China before reaching the South": no one in particular
        rspans = [sp for sp in s.spans if mcs <= sp.start - s0 and sp.end - s0 <= mcs + len(region)]
        cs = mcs
    shared = _SHARED_SUBJECT.search(text[:ps]) if cs > 0 and re.search(r"\s(?:and|but|yet)\s", text) and _ADVERBS_ONLY.fullmatch(region) else None
    if shared:
        # "He first left North Korea in 1997, aged 17, and (fled to China)":
        # the subject the two verbs share, before the first of them
        mcs = clause_start(P, text, shared.start())
        region = main_subject(text[mcs:shared.start()])
        rspans = [sp for sp in s.spans if mcs <= sp.start - s0 and sp.end - s0 <= mcs + len(region)]
        cs = mcs
    if re.match(r"[a-z]+ing\b", text[ps:pe]):
        before_verb = participle_subject(region)
        if before_verb is not None:  # ("five North Koreans sailed a boat into ..., crossing the border")
            region = before_verb
            rspans = [sp for sp in rspans if sp.end - s0 <= cs + len(region)]
    kin = re.match(r"\s*(?:his|her)\s+([\w-]+)", region)
    kin_and = re.search(r",\s+and\s*$", text[:cs]) if kin and kin.group(1).lower() in P.kin else None
    if kin_and:
        # "Thae Yong-ho, a minister at the embassy, and his wife and children had fled": the
        # person the kin belong to heads the subject
        cs2 = clause_start(P, text, kin_and.start())
        if any(sp.label == "PERSON" and cs2 <= sp.start - s0 < kin_and.start() for sp in s.spans):
            cs, region = cs2, text[cs2:cs + len(region)]
            rspans = [sp for sp in s.spans if cs <= sp.start - s0 and sp.end - s0 <= cs + len(region)]
    wh = _INDIRECT_QUESTION.search(region)
    if wh:  # "Questions still hang over how | two North Korean sailors came to defect": the question's subject
        cs, region = cs + wh.end(), region[wh.end():]
        rspans = [sp for sp in rspans if sp.start - s0 >= cs]
    head = speaker_head(text, cs, region)
    if head is not None:
        cs, head_end = head
        region = text[cs:head_end]
        rspans = [sp for sp in s.spans if cs <= sp.start - s0 and sp.end - s0 <= head_end]
    aboard = people_in_vehicle(P, region)
    if aboard is not None:  # "a boat carrying North Korean refugees (landed)": the people it carried
        cs, region = cs + aboard, re.sub(r"\s+(?:aboard|on\s+board)\s*$", " ", region[aboard:])
        rspans = [sp for sp in rspans if sp.start - s0 >= cs]
    if not read_actor(P, row, region, rspans, s.doc, s0 + cs) and not people_aboard(P, row, s, region, pe):
        back = before_object_relative(P, text, cs)  # ("employees of a firm | that the state runs abroad | fled")
        if back is None:
            return None
        cs, region, rspans = back[0], text[back[0]:back[1]], [sp for sp in s.spans if back[0] <= sp.start - s0 < back[1]]
        if not read_actor(P, row, region, rspans, s.doc, s0 + cs):
            return None
    if row.pronoun and row.named_at < 0 and row.actor_name:  # (read from the subject of the sentence before)
        row.named_at = first_named(s.doc, row.actor_name)
    if P.share_of.match(row.actor) or P.fraction_of_all.match(row.actor) or P.rate_of.search(row.actor) or \
            row.actor_name.lower() in P.rulers or an_organisation(row.actor, rspans):  # a share, a rate, a ruler, a body
        return None
    if (not row.actor_name and class_trying(text, cs, ps)
            and not any(sp.label in ("DATE", "NUMBER") and cs <= sp.start - s0 < clause_end(P, text, pe) for sp in s.spans)):
        return None  # "Jo would be added to a growing list of diplomats trying to escape": a class the noun describes
    if not row.role and not row.count:
        row.role = superlative_role(P, text)
    if given and not row.actor_name:
        row.actor_name = given  # "the diplomat, who took the name Ryu Hyun-woo in the South, had fled"
    if accompanying(P, row, text, pe):
        return None
    row.definite = definite_subject(region)
    date_pe = pe
    if kind == "caught":
        m2 = re.match(r"[^.;]{0,80}?\b(?:while|as|after|when)?\s*(?:trying|attempting|they tried|he tried|she tried)\s+to\s+(?:cross|flee|escape|defect|swim|reach)\b", text[pe:], re.I)
        if m2:
            pe = pe + m2.end()
            kind = "cross" if re.search(r"cross|swim", m2.group(), re.I) else "flee"
    read_count(P, row, s, region, rspans, ps, kind)
    if row.count is None and kind in ("arrive", "defect", "flee"):
        row.count = trend_count(P, text, pe)
    figure = re.match(r"(?:the\s+)?(?:number|total|tally|count)\s+of\s+(?:the\s+)?", row.actor, re.I)
    if figure and row.count is None and not row.actor_name:
        # "the number of defectors to the South reached 196 in 2023": the predicate's figure
        m = re.match(r"\s*(?:about\s+|some\s+|nearly\s+|only\s+|just\s+)?(\d{1,3}(?:,\d{3})+|\d+)(?![\d%])(?!\s*(?:percent|per cent|%))",
                     text[pe:])
        if m and not ("," not in m.group(1) and 1900 <= int(m.group(1)) <= 2100):
            row.count = int(m.group(1).replace(",", ""))
            row.actor = row.actor[figure.end():]
            kind = "statreport"
    m3 = P.date_stop.search(text, pe)
    read_date(P, row, s, cs, ps, date_pe, min(m3.start() if m3 else len(text), limit), date_gap)
    if measured and opening_end > 0 and not row.date:
        measured_date(P, row, s, measured, opening_end)
    if not row.date and kind in ("missing", "caught"):
        missing_since(P, row, s, pe)
    row.pe = pe
    row.relative = row.relative or bool(rel) and region_end < ps  # (or a source's past, read_actor)
    if rel and limit < len(text):
        row.rel_end = limit
    if kind == "cross" and row.status == "defected" and P.barrier.search(text[pe:pe + 45]) and MISSION_WORD.search(text, pe, pe + 120):
        # "got over a fence into the Danish embassy", "scrambled over a wall and
        # took shelter in the school inside the German Embassy": a request for asylum there
        row.status = "sought_asylum"
    read_places(P, row, s, cs, ps, pe, kind, limit)
    places_around(P, row, s, ps, pe, region_end, kind)
    if kind == "arrive" and row.status == "defected" and row.destination and all(MISSION_WORD.search(d) for d in row.destination):
        row.status = "sought_asylum"  # "entered the South Korean embassy in Beijing": at a mission, asking it
    if kind == "wish" and (_IN_SOUTH.search(text, 0, ps) or P.came_south.search(text, 0, ps) or P.came_south.search(s.before_text(1))):
        # "a man who had drifted into South Korean waters says he wants to defect", "a soldier
        # crossed the land border ... and said he wanted to defect": a wish voiced where the
        # person already is, in the South, is a defection (the gold of 14 such rows in 15)
        row.status = "defected"
        if not row.destination:
            row.destination = ["South Korea"]
    if returning and not row.destination:
        row.destination = ["North Korea"]  # "went back to her former country"
    if returning and not row.origin and _LIVED_SOUTH.search(s.before_text() + " " + text):
        row.origin = ["South Korea"]  # a defector's return starts where the text places the life after the defection
    if not row.origin:
        row.origin = posting_place(P, row.role)
    if not row.origin:
        # "a diplomat who had been the country's acting ambassador to Kuwait (has defected)"
        was = _WAS_POSTED.search(text, cs, ps)
        if not was:
            was = _WAS_POSTED.search(text, pe, pe + 140)
            was = was if was and was.start() - pe <= 40 and was.group().startswith(("while", "when")) else None
        if was:
            post = " ".join(was.group("post").split()).lower()
            if post.endswith(".") and post.count(".") == 1:
                post = post[:-1]  # "envoy to Kuwait." ends the sentence ("to the U.S." keeps its dots)
            row.origin = posting_place(P, post)
    if not row.origin:
        trip = _ON_A_TRIP.search(text, 0, ps)  # ("while on a trip to China, Hwang asked for asylum": where he was)
        place = next((sp for sp in s.spans if sp.label == "LOCATION" and trip and sp.start - s0 == trip.end()), None)
        row.origin = [alias(P, place.text)] if place is not None else []
    if (kind in ("cross", "defect", "flee") and not row.destination and row.status == "defected"
            and any(P.inter_korean.fullmatch(o) for o in row.origin)):
        row.destination = ["South Korea"]  # across the inter-Korean line, not back: into the South
    elif (kind == "cross" and not row.destination and not row.origin and row.status == "defected"
          and re.search(r"\bNorth Korean\b", row.actor) and re.match(r"\s*(?:the\s+)?(?:[\w-]+\s+){0,3}?border\b", text[pe:])
          and P.inter_korean.search(s.doc.body)):
        row.destination = ["South Korea"]  # "a North Korean soldier crossed the border", in a story of the MDL
    if label and not re.search(re.escape((row.actor.split() or [""])[-1]) + r"[\s,]*$", text[:rel.start()], re.I):  # type: ignore[union-attr]
        return None  # ("Han met some of the people who fled": a label's actor stands right before it)
    mark_statistic(P, row, text, kind)
    row.reported_by = reporter(P, s)
    if row.actor_name and row.reported_by == row.actor_name:
        row.reported_by = s.article.source  # a quote of the defector is no report of the event
    return row
