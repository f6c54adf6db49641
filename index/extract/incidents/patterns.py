"""Every regular expression the incident reader uses, compiled once from the
vocabulary in ``data/extraction.yaml``.

The word lists (reporting verbs, border words, postings, hedges, ...) live
in the data file; this module only turns them into patterns, so that a
new phrasing is a line of data, not a change of code.
"""

from __future__ import annotations

import calendar
import re

from ..split_numbers import tens_and_units
from ..thousands import THOUSANDS
from ..vocab import Vocab, _words_re, trie_alternation

#: a dash between clauses or around an aside, as reports type it ("--", an en or an em dash)
DASH = r"(?:--|\u2013|\u2014)"
#: the same with a plain hyphen, which stands for a dash only between spaces ("the nine - a couple, ... - had fled")
SPACED_DASH = r"(?:--|-|\u2013|\u2014)"
#: handed over to those who hold people ("had been handed to Chinese police"): caught, as an arrest is
HANDED_TO_POLICE = r"(?:handed|turned)\s+(?:over\s+)?to\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:police|authorities|border\s+guards)"

#: a diplomatic mission ("the Danish embassy", "Canada (Canadian Embassy)")
MISSION_WORD = re.compile(r"\b(?:embassy|consulate|legation|mission)\b", re.I)
#: the people who flee, by what they are called ("defectors", "refugees", "asylum seekers")
DEFECTOR_WORDS = re.compile(r"\b(?:defectors?|refugees?|escapees?|asylum[\s-]seekers?)\b", re.I)

# "identified by his surname Choe", "only by her family name, Kim"
SURNAME_ONLY = r"(?:only\s+)?by\s+(?:his|her|the)\s+(?:sur|family\s+|last\s+)?name"

BOUNDARY_WORDS = (r"(?:after|when|because|before|while|but|which|who|(?<!has )(?<!have )(?<!had )(?<!ever )since|although|"
                  r"though|(?<!identified )(?<!only )(?<!known )(?<!named )(?<!described )(?<!referred to )(?<!regarded )(?<!listed )(?<!such )(?<!many )(?<!much )(?<!few )as(?!\s+(?:many|much|few|long|soon|well|far)\s+as\b)(?!\s+of\b)|until|where|whereas|so(?!\s+far)|and then|(?<!, )(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\beven )once(?=\s+(?:the|he|she|they)\s))")
# ("once the soldier had defected, guards came": "once" opens a clause before a subject; "has since been": an adverb; "identified only as Kim", "described as low-ranking": no clause)


def _alt(v: Vocab, key: str, default: str = "") -> str:
    return _words_re([str(x) for x in v.raw.get(key) or []]) or default


class Patterns:
    """The vocabulary (`v`) and the patterns built from it."""

    def __init__(self, v: Vocab) -> None:
        self.v = v
        self.korea = re.compile(r"(?<!\w)(?:" + _alt(v, "korea_cues") + r")(?!\w)")
        self.attempt = v.regex("attempt_cues", r"\b(?:{})\s*$")
        # "held in Laos while | trying to | defect": a subordinate clause of an attempt in the -ing form
        trying = [str(c) for c in v.raw.get("attempt_cues") or [] if str(c).split()[0].endswith("ing") and str(c).endswith(" to")]
        self.while_trying = re.compile(r"\b(?:before|after|while|when|upon)\s+(?P<trying>" + (_words_re(trying) or "(?!x)x") + r")\s+$", re.I)
        # ("the last | soldier to defect" is a cue; "over the last 10 years" is a period)
        self.hypo = v.regex("hypothetical_cues", r"(?<![\w'])(?:{})(?![\w'])(?!\s+(?:\d+|few|two|three|four|five|six|seven|eight|nine|ten|"
                                                 r"several|couple\s+of)\s+(?:years|months|weeks|days|decades)\b)")
        # ("the No. 2 official": a number's abbreviation, no negation)
        self.neg = v.regex("negation_cues", r"(?<![\w'])(?:{})(?![\w']|\.\s?\d)")
        self.blockers = v.regex("sentence_blockers")
        self.conjecture = v.regex("conjecture_frames", r"(?<![\w'])(?:{})\s*$")
        self.recurrence = v.regex(
            "recurrence_ordinals",
            r"(?:\b(?:is|was|marks|marked|marking|becomes|became|be|been|making\s+it|makes\s+it|made\s+it)|,)\s+(?:only\s+)?the\s+(?:{})\s+(?:[\w-]+\s+){{0,2}}?"
            r"(?:time|times|case|instance|occasion|one|such)\b[^.;]*?\b(?:that|in which|when)\b")
        # "The crossing was the fourth defection by a soldier this year": a count of events, the event told already
        self.ordinal_event = v.regex("recurrence_ordinals", r"\b(?:is|was|marks|marked|marking|becomes|became|be|been)\s+(?:only\s+)?"
                                     r"the\s+(?:{})\s+(?:known\s+|confirmed\s+|reported\s+|such\s+)?$")
        self.label_cues = v.regex("label_cues")
        self.generic = v.regex("generic_cues")
        self.other_sense = v.regex("other_sense_cues")
        self.other_sense_person = v.regex("other_sense_people")
        # ("reached the port of | Incheon"): the kind of place before its name, and what may
        # stand between an arrival verb and a place ("in southern | California")
        kinds = _alt(v, "place_kinds")
        self.place_head_of = re.compile(r"\b(?:the\s+)?(?:(?-i:[A-Z])[\w-]+\s+)?(?:" + kinds + r")\s+of\s+$", re.I)
        self.before_place = re.compile(
            r"\s*(?:(?:in|to|at|into|on)\s+)?(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|west)"
            r"(?:ern)?\s+)?(?:(?:" + kinds + r")\s+of\s+)?", re.I)
        self.honorifics = v.cased("honorifics")
        self.border = v.regex("border_words", r"(?<![\w-])(?:{})(?!\w)")
        self.border_island = v.regex("border_islands", r"(?:{})(?![\w-])")
        # ("arrived off Japan's northern coast", "before reaching northern Japan")
        # ("brought to a safe house in South Korea": a place of arrival inside one of them; "the wealthy, democratic South")
        facility = r"(?:(?:a|an|the)\s+(?:[\w-]+\s+)?(?:" + _alt(v, "arrival_facilities", "(?!x)x") + r")\s+(?:in|near|outside|(?:south|north|east|west)\s+of)\s+)?"
        # ("reached a Japanese port", "landed on a South Korean island": a place of a country named by its people)
        demonym_site = (r"(?:a|an|the)\s+(?:" + "|".join(re.escape(str(k)) for k in (v.raw.get("demonym_countries") or {}))
                        + r")\s+(?:port|harbor|harbour|coast|coastline|island|beach|shore)|")
        self.arrival = v.regex("arrival_places", r"^\s*(?:in|to|into|at|off|near|on)?\s*" + facility
                               + r"(?:(?:northern|southern|eastern|western|central)\s+)?(?:the\s+(?:[a-z-]+,?\s+){{1,3}}South\b(?![\s-]+Korean)|"
                               + demonym_site + r"{})(?!\w)")
        self.visit_purpose = v.regex("visit_purposes")
        self.withdrawal = v.regex("withdrawal_cues")
        self.accidental = v.regex("accidental_cues")  # ("crossed the border by accident": strayed, no defection)
        self.rescue = v.regex("rescue_cues")  # (drifts.py)
        self.at_sea = v.regex("sea_words")  # (drifts.py)
        self.described_people = v.words("described_people")  # (naming.py)
        # "a 1997 trip": a year before an occasion of the event dates it (row_dates.py)
        self.occasion_after_year = v.regex("event_occasions", r"(?:19|20)\d{{2}}\s+(?:(?:official|business|state|working|diplomatic)\s+)?(?:{})\b")
        # "the number of North Koreans working in Mongolia": people counted where they work abroad (statistics.py)
        self.at_work = v.regex("posted_abroad_participles", r"\b(?:number|count|total)\s+of\s+(?:North\s+Koreans?|(?:North\s+Korean\s+)?"
                               r"(?:workers|labou?rers|students))\s+(?:who\s+(?:are|were)\s+)?(?:{})\b")
        self.max_people = int(v.raw.get("max_people_figure") or 10**12)
        self.arrival_idiom = v.regex("arrival_idioms", r"\s*(?:(?:to|into|in)\s+)?(?:{})\b")
        self.forecast = v.regex("forecast_cues")
        self.south_holds = v.regex("southern_custodians", r"\b(?:{})\b", 0)
        self.implicit_origins = frozenset(str(x) for x in v.raw.get("implicit_origins") or ())
        self.causative = v.regex("causative_verbs", r"\b(?:{})\s+(?=\S)")
        # "a failed attempt by three soldiers | to cross": the people between "by" and "to" attempted
        # it (the causative words that end in "by": the actor starts after them)
        self.attempt_by = re.compile(r"\b(?:" + "|".join(re.escape(str(w)) for w in v.raw.get("causative_verbs") or []
                                                          if str(w).endswith(" by")) + r")\s+[^,;.]{2,70}?\s+to\s*$", re.I)
        self.share_of = v.regex("share_units", r"^\s*(?:[\w-]+\s+){{0,3}}?\d[\d.,]*\s*(?:{})\s+(?:of|more|fewer|less)\b")
        self.fraction_of_all = v.regex("share_fractions", r"^\s*(?:{})\s+of\s+all\b")
        self.rate_of = v.regex("rate_phrases", r"\d[\w\s,.-]*?\s(?:{})\s*$")  # ("100 North Koreans a month")
        self.name_taking = v.regex("name_taking", r"\b(?:{})\s+(?:of\s+)?$")
        # (and "between" two times, not two places: "the standoff between Beijing and Seoul" is none)
        # where a flight first ends before it goes on south ("fled to China", then "via Laos to South Korea": post.py)
        self.first_legs = v.words("first_leg_countries") | v.words("transit_countries")
        self.period = re.compile(v.regex("period_cues").pattern + r"|\bbetween\s+(?:(?:19|20)\d{2}|the\s+(?:years|end|start|beginning)\b|"
                                 + "|".join(name for name in calendar.month_name if name) + r")\b", re.I)
        self.reporting = v.regex("reporting_verbs", r"(?<!\w)(?:{})(?!\w)(?!\s+to\s+(?:have|be)\b)")  # (not "are reported to have defected", "an American,
        # said to be serving in the army, crossed": the subject is before it)
        # ("said on Tuesday", "reported late Friday": the date of the report, not of the event)
        # "on several occasions", "in 13 other cases", "in large numbers": how often, not when (realis.py)
        self.how_often = v.regex("how_often_phrases", r"\b(?:{})\b|\bin\s+[\w-]+\s+(?:other\s+)?cases\b")
        # (the one told may stand between: "confirmed to the Korea JoongAng Daily on Tuesday")
        self.reporting_end = v.regex("reporting_verbs", r"(?<!\w)(?:{})(?:\s+to\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+){{1,5}}?)?"
                                     r"[\s,]*(?:(?:on|late|early|earlier)\s+)?$")
        self.place_phrase = re.compile(
            r"(?<!\w)(?:" + _alt(v, "place_adjectives") + r")\s+(?:" + _alt(v, "place_nouns") + r")(?!\w)")
        role_alt = _words_re(sorted(v.role_singulars)) or "official"
        openers = [str(o).replace("{ROLE}", role_alt) for o in v.raw.get("member_openers") or []]
        self.member_re = re.compile(r"^\s*(?:" + "|".join(f"(?:{o})" for o in openers) + r")\s*(?:an?\s+)?",
                                    re.IGNORECASE) if openers else None
        self.stat_nouns = v.words("stat_nouns")
        self.stat_nouns_alt = "|".join(re.escape(n) for n in sorted(self.stat_nouns, key=len, reverse=True))
        opener_alt = _alt(v, "actor_openers")
        # (to the comma that ends the phrase, not one inside a figure: "So far this year 1,050 refugees")
        self.actor_openers = re.compile(r"(?:" + opener_alt + r")\b(?:[^,]|,(?=\d{3}\b)){0,60}?,(?!\d{3}\b)\s*", re.IGNORECASE) \
            if opener_alt else re.compile(r"(?!)")
        self.surname_variants = {str(k).lower(): str(val).lower()
                                 for k, val in (v.raw.get("surname_variants") or {}).items()}
        self.roleless = v.words("roleless_nouns")
        self.posting_heads = v.words("posting_heads")
        # a described actor must name people: "a North Korean", "the group"
        self.people_words = frozenset(w.split()[-1] for w in (set(v.words("people_nouns")) | set(v.words("group_nouns"))
                                      | set(v.words("kin_nouns")) | set(v.words("roleless_nouns"))
                                      | set(v.words("person_nouns"))))
        self.thing_words = v.words("thing_nouns")
        self.kin = v.words("kin_nouns")
        # ("more than a dozen" is a number, not "more North Koreans")
        self.vague_event = re.compile(r"\s*(?:" + _alt(v, "vague_event_openers", "(?!)") + r")\b", re.I)  # (see vague_events.py)
        self.vague_group = re.compile(r"\s*(?:" + _alt(v, "vague_group_openers", "(?!)") + r")\b(?!\s+than\b)", re.I)
        self.vehicle = re.compile(r"\b(?:" + _alt(v, "vehicle_nouns", "(?!)") + r")\b", re.I)
        self.anaphoric_heads = v.words("anaphoric_heads")
        # "the man", "a 30-year-old North Korean defector": one described person
        self.described_person = v.regex("single_person_heads", r"(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{})\b")
        self.fleeing_heads = v.words("fleeing_heads")
        self.arriving_people = v.regex("arriving_heads", r"\bNorth\s+Korean\s+(?:[\w-]+\s+){{0,2}}?(?:{})\b")
        self.came_south = v.regex("came_south_cues")
        self.north_korean_people = v.regex("north_korean_people_nouns", r"\bNorth\s+Koreans\b|\bNorth\s+Korean\s+(?:{})\b", 0)
        # (title words may be capitalised or not: "North Korean leader")
        self.complement_before = v.regex("complement_titles", r"\b(?:to|of|for)\s+(?:the\s+)?(?:(?:{})\s+){{0,3}}$", 0)
        self.superlative_defector = v.regex(
            "superlatives", r"\b(?:(?:the|one\s+of\s+the)\s+(?:{})|(?:[a-z]+er|more\s+[a-z]+)\s+than\s+any\s+other)\b"
            r"[\w\s'-]{{0,50}}?\s+(?:(?:ever\s+)?to\s+(?:have\s+)?"
            r"(?:defect|defected|flee|fled|escape|escaped)\b|(?:defector|defectors)\s+(?:who|that)\s+(?:has\s+|have\s+)?ever\s+"
            r"(?:came|come|arrived|defected|fled|reached)\b)")  # ("the highest-ranking defector who ever came to the South";
        # a comparative against all others is one too: "ranked higher than any other North Korean ever to defect")
        self.accompany = v.regex("accompany_cues")
        self.roleless_re = re.compile(r"\b(?:" + "|".join(re.escape(x) for x in sorted(self.roleless)) + r")\b", re.I) \
            if self.roleless else re.compile(r"(?!)")
        self.defect_word = re.compile(r"defect|asylum|fled|flee|escape", re.IGNORECASE)
        self.clause_split = re.compile(
            r"(?:[;“\"]|(?<!\d):(?!\d)|(?<!\bof\s)\bthat\b(?!\s+(?:" + _alt(v, "that_nouns", "(?!)") + r")\b)|\b" + BOUNDARY_WORDS + r"\b(?!\s+(?:" + _alt(v, "time_of_day_nouns", "(?!)") + r")\b)|,\s*(?:and|but|yet)\b|\baccording to\b[^,]{0,60}?\b(?:" + _alt(v, "speaker_roles", "(?!)") + "|"
            + _alt(v, "byline_roles", "(?!)") + r")\b[^,]{0,40},\s*(?-i:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}),"
            r"|\baccording to\b[^,]{0,100},(?:\s*(?:who|which)\b[^,;]{1,160},|\s*(?:an?|the)\s+[^,;]{0,50}?\b(?:"
            + _alt(v, "outlet_nouns", "(?!)") + "|" + _alt(v, "speaker_roles", "(?!)") + r")s?\b[^,;]{0,40},)?)", re.IGNORECASE)
        # ("According to Tae, who defected in 2016, | the two ...": the lead phrase with its relative clause;
        # "According to our correspondent in Seoul, Jane Doe, | ...": a source's role, then the source's name;
        # "According to the Dong-A Ilbo, a daily newspaper, | ...": a source, then what it is; "According
        # to Kang, a professor at Dong-A University, | ...": a source, then the role that makes it one)
        rep_alt = _alt(v, "reporting_verbs", "said")
        # ("Police say | a farmer who ...": the clause a reporting verb opens, as a sentence is opened)
        self.reported_opening = re.compile(r"\b(?:" + rep_alt + r")\s*(?:that\s*)?$", re.IGNORECASE)
        # ("with" ends the stretch, but not a companion before the place: "fled with her aunt to China";
        # a dash between spaces opens another clause: "fled to the South in April -- Pyongyang has accused Seoul")
        self.dest_stop = re.compile(r"(?:[;.]|\b(?:after|when|because|before|while|but|which|who|since|where|by(?!\s+[a-z]+ing\b)|"
                                    r"with(?!\s+(?:[\w'-]+\s+){1,3}(?:to|into)\s+(?:the\s+)?(?-i:[A-Z])|\s+(?:his|her|their)\s+(?:[\w'-]+\s+){1,3}from\s)|" + rep_alt + r")\b"
                                    r"(?!\s+(?:" + _alt(v, "time_of_day_nouns", "(?!)") + r")\b)|,\s*(?:and|but|which|who|the|a|an)\b|\s" + DASH + r"\s"
                                    # (a second verb of the same subject: "crossed into China in 2005, tried without success to ...")
                                    r"|,\s*(?:then\s+|later\s+)?(?:tried|attempted|reached|went|moved|spent|settled|lived|worked|claimed|sought|applied)\b(?!\s+(?:by|in|at|on)\b)"
                                    # (or a passive one: "made his way into North Korea, was later sent out to China")
                                    r"|,\s*(?:was|were)\s+(?:(?:later|then|subsequently|eventually|soon)\s+)?[a-z]+(?:ed|en|ught)\b)", re.IGNORECASE)
        # the date of a figure ends where a comparison begins ("..., compared
        # with 1,418 in 2016", "up from 67 in 2022")
        # (a stop inside a sentence ends an abbreviation, no clause: "U.S.", "St. Petersburg", "Gen.")
        self.date_stop = re.compile(r"(?:;|(?<!\b[A-Za-z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})\.|\b(?:after|when|because|before|while|but|which|who|since|where|compared|against|versus|" + rep_alt + r")\b|\b(?:up|down)\s+(?:\S+\s+)?from\b|,\s*(?:and|but|which|who)\b"
                                    r"|\b(?:he|she|they|we)\s+(?:had|has|have|was|were|is|are|would|could)\b)", re.IGNORECASE)  # ("by the route he had used in 2016")
        # "the embassy in Rome", "a worker at a site in Russia": a place of posting
        posted_alt = _alt(v, "posted_nouns", "diplomat")
        site_alt = _alt(v, "site_nouns", "embassy")
        self.site_in = re.compile(r"\b(?:" + site_alt + "|" + posted_alt + r")s?\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
        self.posted_in = re.compile(r"\b(?:" + posted_alt + r")s?\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
        # "an official from the Beijing mission": a city named as the site's, after it
        self.site_after = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + site_alt + r")\b", re.IGNORECASE)
        self.origin_before = re.compile(
            r"(?:" + _alt(v, "origin_cues") + r")\s+(?:the\s+|his\s+|her\s+|their\s+|a\s+)?(?:post\s+in\s+|posting\s+in\s+|embassy\s+in\s+|mission\s+in\s+)?$",
            re.IGNORECASE)
        # ("begin new lives in South Korea": the noun, no posting)
        self.posting = re.compile(r"\b(?:posted|stationed|based|working|worked|employed|deployed|serving|served|assigned|dispatched|sent|living|lived|live"
                                  r"|(?<!new\s)(?<!their\s)(?<!better\s)(?<!free\s)(?<!safe\s)lives|staying|stayed"
                                  r"|(?:held|holding|had|having|took|taken)\s+(?:jobs?|work|posts?|positions?))\s+(?:in|at|to)\s+(?:the\s+|a\s+)?$", re.IGNORECASE)
        # "while serving as deputy ambassador", "fled his post as North Korea's consul"
        self.serving_as = re.compile(r"\b(?:(?:serving|served|working|worked|posted|stationed)|(?:his|her|their)\s+(?:post|job|position|role)"
                                     r")\s+as\s+(?:an?\s+|the\s+)?(?:(?:North\s+Korea|Pyongyang|the\s+North)['’]s\s+)?", re.I)
        self.num_in_text = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d+)\b")
        self.trend_verbs = v.regex("stat_trend_verbs")
        # "so far this year", "through August": a figure for a period still running
        self.running_period = v.regex("running_period_cues")
        self.span_period = v.regex("span_period_cues")
        # ("four soldiers have defected so far this year": a perfect tense over a window, a tally)
        perfect = r"\b(?:have|has)\s+(?:\w+\s+)?(?:defected|crossed|fled|escaped|arrived|come|reached)\b"
        window = r"\b(?:" + _alt(v, "tally_windows", "(?!)") + r")\b"
        self.window_tally = re.compile(perfect + r"[^.;]*" + window + "|" + window + r"[^.;]*" + perfect, re.I)
        cats = _alt(v, "category_nouns", "women")
        # "198 female defectors", "444 were women", "26 of them were men"
        self.category_figure = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d+)\s+(?:of them\s+)?(?:were\s+|are\s+)?((?:" + cats
                                          + r")(?:\s+(?:defectors|arrivals|North Koreans))?)\b(?!\s*(?:%|percent))", re.I)
        # "two men and 60 women", "15 women and four men": a figure told again by sex
        self.men_and_women = re.compile(r"\b(\d{1,3}(?:,\d{3})+|[\w-]+)\s+(?:men|women)\s+and\s+(\d{1,3}(?:,\d{3})+|[\w-]+)\s+(?:men|women)\b", re.I)
        # "males accounted for 202 of them and females for 845": the category first
        self.category_first = re.compile(r"\b(" + cats + r"|males|females)\s+(?:accounted\s+for|made\s+up|numbered|for)\s+"
                                         r"(\d{1,3}(?:,\d{3})+|\d+)\b(?!\s*(?:%|percent|per\s*cent))", re.I)
        self.demonyms = {str(k).lower(): str(val) for k, val in (v.raw.get("demonym_countries") or {}).items()}
        self.inter_korean = v.regex("inter_korean_borders", r"(?:{})")
        # a place's country, by its lower-cased name ("rome" -> "italy"): described_names.py
        self.country_of = {str(place).lower(): str(country).lower()
                           for country, places in (v.raw.get("place_countries") or {}).items() for place in places or []}
        # (as listed, case kept: to be joined into patterns that heed case)
        self.inter_korean_cased = v.regex("inter_korean_borders", r"(?:{})", 0)
        self.barrier = v.regex("barrier_words")
        self.named_land = v.regex("named_land_lines", r"\b(?:{})\b", 0)
        self.rulers = v.words("rulers")
        self.named_sea = v.regex("named_sea_lines", r"\b(?:{})\b", 0)
        # "had set sail from", "fled their homes out of", "left China": a verb
        # of leaving and the place it names next (a few words between)
        self.departure_from = v.regex("departure_verbs", r"\b(?:{})\b(?:(?:\s+[\w'-]+){{0,4}}?\s+(?:from|out\s+of))?\s+(?:the\s+)?$")
        self.helpers = v.regex("helper_nouns", r"\b(?:{})\b")
        self.new_people = v.regex("new_people_cues")
        self.actor_lead_words = v.words("actor_lead_words")
        self.actor_container = v.regex("actor_containers", r"^(?:the\s+)?(?:{})\s+of\s+(?=\S)", re.I)
        self.speaker_roles = v.words("speaker_roles")
        self.byline_roles = v.words("byline_roles")  # (objects.py: a reporter tells of a defection, never owns it)
        self.class_titles = v.words("class_titles")  # (objects.py)
        # the present-tense verbs that open a relative clause of the subject ("defectors who hope to
        # reach Seoul | have been detained")
        self.relative_present = re.compile(r"\s*(?:" + _alt(v, "relative_present_verbs", "hope") + r")\b", re.I)
        # the main clause's verb after a restrictive relative clause ("a weightlifter who fled ...
        # crossed back", "the soldier who escaped ... spoke to NBC"): a past in -ed or one of these
        self.main_verb = re.compile(r"\s(?:[a-z]+ed|" + _alt(v, "main_clause_verbs", "was") + r"|(?:now|still)\s+[a-z]+s)\b")
        self.open_sea = v.regex("open_seas", r"(?:the\s+)?(?:{})", re.I)
        self.decision = v.regex("decision_cues", r"\b(?:{})\s+to\s+(?:[\w-]+\s+){{0,4}}?(?:defect|flee|escape|leave|cross)", re.I)
        self.transit_country = v.regex("transit_countries", r"\b(?:{})\b", 0)
        self.custody = v.regex("custody_words")
        self.re_mention_heads = v.words("re_mention_heads")
        self.charge = v.regex("charge_cues")
        self.charge_motion = v.regex("charge_motion_words")
        self.other_offence = v.regex("other_offences")
        self.into_route_country = v.regex("escape_route_countries", r"\b(?:into|to)\s+(?:{})\b", 0)
        # "Changbai, China": the comma between a town and its country, which closes no clause
        countries = set(v.cased("escape_route_countries")) | set(self.demonyms.values())
        self.country_comma = re.compile(r",(?=\s*(?:" + "|".join(sorted(map(re.escape, countries), key=len, reverse=True)) + r")\b)")
        self.group_words = v.regex("group_words", r"\b(?:{})\b")
        # "more than 22,000 (have reached South Korea)": a count with no noun, the people it counts
        # (its number the group; a year, "2019", is none); "the nearly 30,000 defectors (who have
        # fled ...)": a thousand or more people right before a relative clause
        approx = r"(?:(?:" + _alt(v, "approximators", "about") + r")\s+)?"
        self.bare_count = re.compile(approx + r"(\d{1,3}(?:,\d{3})+|\d{2,3})", re.I)
        self.approximator = re.compile(approx, re.I)  # (matches "" where there is none)
        self.figure_head = re.compile(approx + r"(?<![\d,])(?:\d{1,3}(?:,\d{3})+|\d{4,})\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*$", re.I)
        # ("A group of | North Koreans staying at the embassy": the group, not a gerund's subject)
        self.group_of_end = v.regex("group_nouns", r"\b(?:{})\s+of\s+$")
        #: the nouns of a group's parts ("eight women and three men")
        self.person_parts = frozenset(str(w).lower() for w in v.raw.get("group_part_nouns") or ())
        self.journey = v.regex("journey_cues")
        # "across the tense western sea border", "by getting over the fences of
        # the demilitarized zone", "the maritime border on the east coast":
        # an unnamed line between the Koreas, crossed, kept as written
        self.crossed_feature = v.regex(
            "inter_korean_borders",
            r"\b(?:across|crossing|crossed|crosses|cross|over|through|via)\s+(?:the\s+)?"
            r"(?:(?:[\w-]+\s+){{0,2}}?(?:part|section|sector|stretch|portion|segment)\s+of\s+(?:the\s+)?)?"
            r"(?P<np>(?:[\w-]+\s+){{0,6}}?(?:{})(?:\s+estuary)?)(?!\w)"
            r"(?:\s+(?:in|on|off)\s+the\s+(?:\w+\s+Sea|(?:east|west)(?:ern)?\s+coast))?")
        # "the South Korean embassy in Beijing", "the U.S. Consulate", "the German embassy there"
        self.mission = re.compile(r"\b(?:at|to|into|in|inside|by|entered|entering|reached|stormed|storming|surrounding|(?:walls?|grounds|compound|gates?)\s+of)\s+(?:the\s+|a\s+)?(?:nearby\s+)?(?P<mission>(?:[A-Z][\w.'-]*\s+){1,3}"
                                  r"(?:[Ee]mbassy|[Cc]onsulate(?:[- ][Gg]eneral)?|[Mm]ission|[Ll]egation|(?:government|diplomatic|embassy)\s+compound))(?P<sep>\s+in\s+(?:the\s+)?)?")
        # "Agence France-Presse Seoul, March 14 —", "SEOUL, March 10:": an outlet
        # and a city before the date, or a colon for the dash
        # (or "Seoul CNN —": a city and the agency in capitals, no date)
        self.dateline2 = re.compile(r"\s*(?:[A-Z][\w.'-]*\s+){0,4}?[A-Z][A-Za-z.'-]+,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*(?:--|[-—–:])\s*"
                                    r"|\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s+[A-Z]{2,8}\s*(?:--|[—–])\s*"
                                    # "Seoul (AFP) Sep 19, 2006 Two North Korean defectors ...": the date and no dash
                                    # (or a dash after it: "Seoul (UPI) Oct 5, 2011 -- Two soldiers")
                                    r"|\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*\([A-Za-z .]{2,20}\)\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*\d{4}"
                                    r"(?:\s*(?:--|[-—–])\s*|\s+)"
                                    # "Seoul (AsiaNews/Agencies) – Three ...": a city and the agency, no date, then a dash
                                    r"|\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*\([A-Z][A-Za-z .&/-]{1,30}\)\s*(?:--|[-—–])\s*"
                                    # "April 5 (UPI) — Three ...": the date and the agency, no city
                                    r"|\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([^)]{2,30}\)\s*(?:--|[-—–])\s*"
                                    # "Washington, 26 August 1997 (RFE/RL) - Two ...": the day before the month, with the year
                                    r"|\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s*\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}\s*(?:\([^)]{2,30}\)\s*)?(?:--|[-—–])\s*"
                                    # "SEOUL Seven North Koreans reached ...": a city in capitals and no punctuation
                                    r"|\s*[A-Z]{4,}(?:[ -][A-Z]{4,})?\s+(?=[A-Z][a-z]+\s)"
                                    # "[Asia Economy Kim Min-ho, Reporter] A soldier ...": a bracketed byline opening the body
                                    r"|\s*\[[A-Z][^\]\n]{2,80}\]\s*")
        # "SEOUL, Oct. 2 (Yonhap) --", and "VLADIVOSTOK, Russia, Dec. 23 Kyodo -" (the agency unbracketed)
        self.dateline = re.compile(r"\s*[A-Z][A-Z .'/-]+(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?(?:(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
                                   r"\s*\([^)]{2,30}\)|,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+[A-Z][A-Za-z]+)\s*(?:--|[-—–])\s*"
                                   # ("SEOUL Nov. 6 (Yonhap) --": the comma before the date may be lost)
                                   # "BEIJING - A group of 25 ...": a city in capitals and a spaced dash (an em dash
                                   # needs no spaces, "SEOUL—A group", nor does its typed form, "SEOUL--A man"; a
                                   # hyphen does, "SEOUL-based")
                                   # (or with the date lost and its comma left: "SEOUL, – One of the four ...")
                                   r"|\s*[A-Z]{3,}(?:[ .'-][A-Z]{2,}){0,2}(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?,?(?:\s+(?:--|[-—–•·|])\s+|(?:[—–]|--)\s*)")
        self.generic_alt = _alt(v, "generic_plurals", "defectors")
        self.quantifier_alt = _alt(v, "generic_quantifiers", "most|many|few|all")
        self.trend_lead_verbs = v.regex("trend_lead_verbs")
        self.report_denial = v.regex("report_denials")
        self.denier_not_counted = v.regex("deniers_not_counted")
        self.report_confirmed = v.regex("report_confirmations")
        self.determiners = v.words("determiners")
        self.plain_adjectives = v.words("plain_adjectives")
        self.num_alt = trie_alternation(list(v.number_words))
        # a time counted from a day told before it ("a day earlier", "two weeks later")
        # where a label's noun phrase opens: an article or a number ("a teacher", "four defectors"), not
        # after "of" (a part: "nine of the 11"), "the" (a definite count) or "other"
        # "five", "five more", "two others": a number alone, the people it counts told before
        self.bare_number = re.compile(r"(?:another\s+)?(?P<n>\d{1,3}|" + self.num_alt + r")(?:\s+(?:more|others?))?", re.I)  # ("and another 29")
        self.bare_number_before = re.compile(r"(?:^|[\s,])(?:" + self.bare_number.pattern + r")\s*$", re.I)  # ("On Monday, | five more |")
        # "Only four of last year's defectors": a part of a group, counted
        self.counted_part = re.compile(r"\s*(?:only\s+|just\s+|at\s+least\s+)?(?:\d[\d,]*|" + self.num_alt + r")\s+of\s+", re.I)
        # "... since | a sergeant | did so last April": someone else who did the same (did_so.py)
        self.did_so_other = re.compile(r"(?:,\s*(?:and|but|while)\s+|\b(?:since|after|before|when|until|and)\s+)"
                                       r"(?P<np>(?:a|an|another|\d+|" + self.num_alt + r")\s+[^,;]{1,60}?)\s+(?:also\s+)?did\s+so\s+", re.I)
        # "About 10 people ... were among | last year's defectors" (among_figures.py)
        self.among_whole = re.compile(r"^(?P<np>[^,;]{3,90}?)\s+(?:were|was)\s+(?:also\s+)?among\s+(?P<whole>(?:last|this)\s+year['’]s|the\s+[\d,]+)"
                                      r"\s+(?:[\w-]+\s+){0,2}?(?:" + _alt(v, "stat_heads", "defectors") + r")\b", re.I)
        # "nine chose to stay | and five | defected": a count after "and" is the subject of a clause of its own
        self.and_count = re.compile(r"[^,;]\s+and\s+(?:the\s+other\s+|another\s+)?(?:\d[\d,]*|" + self.num_alt + r")(?:\s+(?:others?|more))?\s+$",
                                    re.I)
        self.np_opening = re.compile(r"(?<!\bof )(?<!\bthe )(?<!other )\b(?:an?|the|\d[\d,]*|" + self.num_alt + r")\s", re.I)
        self.day_offset = re.compile(r"\b(a|an|\d+|" + self.num_alt + r")\s+(days?|weeks?)\s+(earlier|before|later|after)\b", re.I)
        # a time counted from the date told last ("Two years earlier, ...", "three months later")
        # ("two years earlier", "a year before that": counted from the date told last)
        self.time_offset = re.compile(r"\b(a|an|\d+|" + self.num_alt + r")\s+(years?|months?|weeks?|days?|decades?)\s+"
                                      r"(earlier|later|before(?=\s+(?:that|then)\b)|after(?=\s+(?:that|then)\b))\b", re.I)
        # the parts a group is told in ("seven males and two females")
        self.part_alt = _words_re(sorted(self.person_parts))
        # patterns joined from the vocabulary that rules ask for at every predicate, compiled once here
        # (the `re` module's cache would hash each joined pattern anew at every call)
        self.those_not_counted = re.compile(r"(?:where\s+|and\s+)?those\s+(?!(?:\d+|" + self.num_alt + r")\b)", re.I)
        self.quantified_generic = re.compile(r"\b(?:" + self.quantifier_alt + r")\s+(?:[\w-]+\s+){0,2}?(?:" + self.generic_alt + r")\b", re.I)
        self.generic_convicted = re.compile(r"(?:^|[,;]\s*)(?:" + self.generic_alt
                                            + r")\s+(?:convicted|accused|suspected|found\s+guilty|caught|punished|sentenced)\b", re.I)
        self.generic_at_end = re.compile(r"(?:" + self.generic_alt + r")$", re.I)
        self.part_of_whole_after = re.compile(r"(?:^|\s)(?:of|among)\s+[^,;]{2,80},\s*(\d{1,4}|" + self.num_alt + r")$", re.I)
        self.one_and_number = re.compile(r"one\s+[\w-]+(?:\s+[\w-]+){0,2}?\s+and\s+(?:\d|(?:" + self.num_alt + r")\b)", re.I)
        self.stat_noun_at_end = re.compile(r"\b(?:" + self.stat_nouns_alt + r")\s*$", re.I)
        self.stat_noun_word = re.compile(r"\b(?:" + self.stat_nouns_alt + r")\b", re.I)
        self.digit_or_number_word = re.compile(r"\d|\b(?:" + self.num_alt + r")\b", re.I)
        # what `actor_region.strip_regions` cuts with the number words (see there for examples)
        self.spelled_after_comma = re.compile(r",\s*(?=(?:about|some|more than|over|nearly|around|at least|almost|roughly)?\s*(?:"
                                              + self.num_alt + r")\s+[A-Za-z])")
        self.number_not_a_time = re.compile(r"\b(?:\d+|" + self.num_alt + r")\b(?!\s+(?:years?|months?|weeks?|days?|decades?)\b)", re.I)
        self.some_of_them_after = re.compile(r"(?<=\S),\s+(?:\d+|" + self.num_alt + r"|many|most|some|several|all|both|none|half)\s+of\s+"
                                             r"(?:them|whom)\b[^,;]*$", re.I)
        self.time_later_first = re.compile(r"^(?:(?:a|an|some|several|many|a few|\d+|" + self.num_alt + r")\s+)?(?:decades?|years?|months?|weeks?|days?)"
                                           r"\s+(?:later|afterwards?|after that|on)\b,?\s*(?=\S)", re.I)
        self.members_described_after = re.compile(
            r",\s*(?:(?:many|most|some|several|all|few)\s+(?:of\s+them\s+)?(?:with|from|aged|under|over)\b[^,]*"
            r"|(?:all|both|most|many|some)\s+(?:of\s+them\s+)?(?:[a-z]+\s+)?(?:" + self.part_alt + r")\b[^,]*"
            r"|(?:\d+|" + self.num_alt + r")\s+(?:[a-z]+\s+)?(?:" + self.part_alt + r")"
            r"(?:,?\s+(?:and\s+)?(?:\d+|" + self.num_alt + r")\s+(?:[a-z]+\s+)?[a-z]+)*),?$", re.I)
        self.caught_main = re.compile(r"\b(?:was|were|had been|has been|have been)\s+(?:later\s+|then\s+|subsequently\s+)?(?:caught|arrested|detained|captured|apprehended|intercepted|"
                                      + HANDED_TO_POLICE + r")\b", re.I)
        self.hiding_after = re.compile(r"\b(?:(?:believed|thought|said|reported) to be (?:in )?hiding|(?:are|is|remain|remains) (?:in )?hiding|went into hiding|on the run)\b", re.I)
        # "from 1,137 in 2018", "compared with 291 in the third quarter",
        # "the record 2,914 who arrived in 2009": a further figure of a series
        self.figure_before = re.compile(r"(?:\d,|:|\bfollowed\s+by|\b(?:then|finally|eventually|later)|\b(?:from|with|than|to|versus|vs\.?|against|record|and|of|at|were|was|numbered|totaled|totalled|reached|reaching|hit|hitting|totaling|totalling|numbering|past|passed|topped|surpassed|exceeded|below|above|under|reach|equal|match|exceed|surpass|times|twice))\s+(?:the\s+)?(?:(?:just|only|about|around|some|nearly|almost|roughly|approximately|more than|over|fewer than|less than|under|a mere|an estimated)\s+)?$", re.I)
        # "749 in 2016", "312 who arrived in 2000", "614 in the same period of 2015",
        # "512 in the same period last year", "the 1,894 of last year"
        self.figure_after = re.compile(r"\s+(?:[a-z]+\s+)?(?:who\s+(?:had\s+|have\s+)?(?:arrived|came|defected|fled|entered|escaped)\s+)?"
                                       r"(?:(?:in|during|for|of)\s+(?:(?:the|that)\s+(?:[a-z-]+\s+){1,3}?(?:of\s+)?|the\s+)?)?$", re.I)
        simple_numbers = trie_alternation([w for w in v.number_words if " " not in w])
        self.the_number = re.compile(r"\bthe\s+(" + simple_numbers + r")\b", re.I)
        # ("30-thousand-five": KBS style, a thousands word with a hyphen)
        self.stat_number = r"(" + THOUSANDS + r"|\d{1,3}(?:,\d{3})+|\d+|" + simple_numbers + r")"
        # cheap tests before the costly ones: a figure needs a number, a row a predicate
        self.any_number = re.compile(r"\d|\b(?:" + simple_numbers + r")\b", re.I)
        self.any_predicate = re.compile("|".join(f"(?:{rx.pattern})" for rx, _, _ in v.predicates) or "(?!)", re.I)
        # which predicates each needle lets through, and every needle once: a sentence
        # is searched for each needle once, and only its predicates are asked (needles.py)
        self.always_asked = tuple(k for k, n in enumerate(v.predicate_needles) if not n)
        self.needle_predicates: dict[str, tuple[int, ...]] = {}
        for k, needles in enumerate(v.predicate_needles):
            for w in needles:
                self.needle_predicates[w] = self.needle_predicates.get(w, ()) + (k,)
        self.all_needles = tuple(sorted(self.needle_predicates))
        # each needle that holds no other, with the needles that hold it: a sentence without
        # "abandon" has no "abandoned" either, so most needles are never looked for
        roots = [w for w in self.all_needles if not any(o != w and o in w for o in self.all_needles)]
        self.needle_roots: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
            (r, tuple(w for w in self.all_needles if w != r and r in w and next(o for o in roots if o in w) == r)) for r in roots)
        # every root a casefolded sentence holds, in one pass (no root holds another, so at most one
        # starts at any place): 158 roots looked for one by one took 2.5 times as long
        self.needle_root_re = re.compile("(?=(" + (trie_alternation(roots, space=" ") or "(?!x)x") + "))")
        self.needle_longer: dict[str, tuple[str, ...]] = dict(self.needle_roots)
        self.number_words_by_length = sorted(v.number_words, key=len, reverse=True)
        self.number_word_res = [(w, re.compile(rf"(?<![a-z]){re.escape(w)}(?![a-z])")) for w in self.number_words_by_length]
        self.tens, self.units = tens_and_units(v.number_words)  # ("twenty nine": split_numbers.py)
        self.stat_heads = [re.compile(rf"\b{re.escape(n)}\b") for n in v.words("stat_heads")]
