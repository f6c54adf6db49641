"""Who a later mention stands for: a pronoun, a member of a group told
before, a name that is no person. Each on invented sentences (see
test_rules.py)."""

from __future__ import annotations

from .test_rules_numbers import _spans
from .test_rules import _rows


def test_he_is_the_described_person_told_a_few_sentences_before() -> None:
    """With no one named, "he" stands for the person a recent sentence
    opened with ("According to police, the man ..."), not for a speaker."""
    rows = _rows("A police spokesman said Friday that a 41-year-old defector living in Busan had vanished. "
                 "According to police, the man had run a small bakery near the port. "
                 "Customers liked his bread. "
                 "He crossed the Yalu River into China in March 2009.", "2016-04-01")
    assert [(r.date, r.destination) for r in rows if "defector" in r.actor or r.actor == "man"][-1] == ("2009-03", "China")
    assert _rows("An official of the ministry said on Monday that ties were strained. "
                 "He fled to Japan in 2001.", "2016-04-01") == []


def test_something_done_to_one_of_them_tells_no_member() -> None:
    rows = _rows("Five North Korean sailors defected to South Korea in May 2015. "
                 "One of them was sent back to the North in June.", "2016-04-01")
    assert [r.count for r in rows] == [5]


def test_a_law_or_an_accord_is_no_person() -> None:
    assert _spans("They broke the Foreign Currency Act, a serious crime, said Han Sol-mi.", "PERSON") == ["Han Sol-mi"]
    assert _spans("It breached the Armistice Agreement, an official said.", "PERSON") == []


def test_a_name_labelled_a_defector_by_a_relative_clause_is_the_first_telling() -> None:
    """"X, who escaped North Korea and now works ...": the first sentence
    asserting the predicate of X, so the row's evidence, though its date
    comes from the later sentence that gives it."""
    body = ("Kang Mi-ok, who escaped North Korea and now runs a shelter in Busan, spoke at the hearing. "
            "Kang first fled North Korea in 2004, during the famine.")
    [row] = _rows(body, "2020-05-05")
    assert (row.actor_name, row.date) == ("Kang Mi-ok", "2004") and row.evidence.startswith("Kang Mi-ok, who escaped")


def test_a_superlative_description_before_the_name_is_the_first_telling() -> None:
    body = ("Officials said the most senior North Korean defector who ever came to Japan died on Monday. "
            "Ri Sang-chol, 79, had defected by way of Russia in 1996.")
    [row] = _rows(body, "2012-03-06")
    assert (row.actor_name, row.date) == ("Ri Sang-chol", "1996") and row.evidence.startswith("Officials said")


def test_they_after_a_subordinator_are_the_people_of_the_story_not_the_subject() -> None:
    rows = _rows("Journalists have been kept away from the North Koreans ever since they arrived in Bangkok on Friday.",
                 "2002-03-18")
    assert [r.actor for r in rows] == ["North Koreans"]


def test_a_ruler_of_the_north_is_never_the_one_who_defects() -> None:
    [row] = _rows("North Korean leader Kim Jong Un has tightened the border. Kim escaped from North Korea in 2019, "
                  "the student said.", "2021-03-01")
    assert (row.actor_name, row.date) == ("Kim", "2019")
    rows = _rows("Ri Chol-jin wrote a letter to Kim Jong Il in March. He said he had come to South Korea to speak freely.",
                 "1997-05-01")
    assert [r.actor_name for r in rows] == ["Ri Chol-jin"]


def test_the_subject_of_an_indirect_question_is_the_actor() -> None:
    [row] = _rows("Doubts remain over how three North Korean fishermen came to defect last week.", "2019-06-27")
    assert (row.actor, row.count) == ("three North Korean fishermen", 3)


def test_the_person_who_owns_the_actor_is_not_the_actor() -> None:
    [row] = _rows("Kim Jong Un's former bodyguard fled to China in May.", "2013-12-07")
    assert (row.actor, row.actor_name, row.role) == ("Kim Jong Un's former bodyguard", "", "bodyguard")
    [row] = _rows("Ri Chol-su, the party's secretary, fled to China in May.", "2013-12-07")
    assert row.actor_name == "Ri Chol-su"


def test_a_lead_describing_the_named_person_by_role_and_flight_is_the_evidence() -> None:
    rows = _rows("Officials confirmed on Monday that the former trade counsellor at North Korea's mission in Vienna, "
                 "who disappeared in March 2017, is now living in Seoul. Ri Chol-ho, North Korea's trade counsellor to "
                 "Austria, reached South Korea via Thailand in June last year, lawmakers said.", "2019-02-11")
    [row] = rows
    assert (row.actor_name, row.date, row.evidence[:26]) == ("Ri Chol-ho", "2017-03", "Officials confirmed on Mon")
    # a description of another role is someone else
    rows = _rows("Officials said the former trade counsellor in Vienna, who disappeared in March 2017, is in Seoul. "
                 "Ri Chol-ho, a North Korean general, reached South Korea via Thailand in June last year.", "2019-02-11")
    assert rows[-1].evidence.startswith("Ri Chol-ho")


def test_a_best_known_defector_described_before_being_named_beside_the_ruler() -> None:
    rows = _rows("One of the best-known soldiers ever to flee North Korea says he lost faith in Kim Jong Un years "
                 "ago. Pak Yong-su, a former sergeant, defected to the South in May.", "2018-11-02")
    assert (rows[0].actor_name, rows[0].date, rows[0].evidence[:10]) == ("Pak Yong-su", "2018-05", "One of the")


def test_a_person_described_by_age_again_is_the_one_unnamed_person_told_before() -> None:
    rows = _rows("The young North Korean sailor who defected to South Korea this week had left his ship days before, "
                 "the navy said Friday. The 23-year-old draftee of the lowest grade defected to the South on Tuesday "
                 "across the sea border near Sokcho.", "2016-05-06")
    assert len(rows) == 1 and (rows[0].date, rows[0].origin) == ("2016-05", "sea border")


def test_people_listed_after_include_are_each_one_of_those_who_defected() -> None:
    rows = _rows("Those who have fled the regime this year include a chemist, an air force pilot who flew cargo "
                 "planes, and a banker.", "2010-11-02")
    assert [(r.actor, r.status) for r in rows] == [("chemist", "defected"), ("air force pilot", "defected"),
                                                    ("banker", "defected")]
    # a list of things is no one
    assert _rows("Those who have fled the regime this year include reasons of hunger and fear.", "2010-11-02") == []


def test_the_mission_named_when_the_group_is_told_again_is_the_first_tellings() -> None:
    rows = _rows("The standoff began on Monday, when about thirty North Koreans forced their way into a consulate in "
                 "Shanghai to seek asylum. At least 25 North Koreans pushed past the guards and got into the Japanese "
                 "Consulate in Shanghai on Monday.", "2003-05-07")
    assert [(r.count, r.destination) for r in rows] == [(30, "Japan (Japanese Consulate)")]


def test_a_member_said_to_be_someone_is_that_someone_not_the_ruler_he_served() -> None:
    rows = _rows("Two North Korean trade officials in Dalian have defected, officials said on Monday. One of the "
                 "defectors is said to be a senior manager whose work included buying cars for Kim Jong Un.", "2018-03-05")
    assert [r.actor for r in rows][-1] == "senior manager"


def test_one_unnamed_person_told_again_with_the_day() -> None:
    rows = _rows("Even though the border is tighter, a North Korean fled to the South last month. The navy said on Monday "
                 "that in the early hours of May 9 a North Korean fisherman crossed the sea boundary off Baengnyeong "
                 "Island.", "2024-06-12")
    assert [(r.actor, r.date) for r in rows] == [("North Korean", "2024-05")]


def test_the_name_given_to_the_one_described_later() -> None:
    [row] = _rows("A South Korean man has asked for asylum in North Korea after crossing from China in May, officials "
                  "said. The North's news agency named the man as Park Dong-su, 41.", "2005-06-01")
    assert (row.actor_name, row.destination) == ("Park Dong-su", "North Korea")


def test_the_same_unnamed_person_on_the_same_day_told_paragraphs_apart_is_one_event() -> None:
    filler = ("The navy has added patrol boats this year. Officials declined to say how the boats are deployed. "
              "Fishing boats from the North are often seen near the islands in spring. The ministry gave no "
              "further detail. Analysts expect more attempts as food prices rise. ")
    text = ("Patrols were stepped up after a North Korean fisherman defected across the sea border on "
            "May 3. " + filler + "On May 3, a North Korean fisherman defected in a small boat near Ganghwa.")
    rows = _rows(text, "2023-06-02")
    assert [(r.actor, r.date) for r in rows] == [("North Korean fisherman", "2023-05-03")]
    # another day: another fisherman
    rows = _rows(text.replace("On May 3,", "On May 9,"), "2023-06-02")
    assert [r.date for r in rows] == ["2023-05-03", "2023-05-09"]


def test_a_defection_told_as_a_noun_then_asserted_by_a_verb_has_the_verbs_sentence_as_evidence() -> None:
    text = ("Park Min-chol's escape, the judges wrote, was a blow to the regime. "
            "Park, 52, fled to South Korea in 2004 and now runs a radio station.")
    [row] = _rows(text, "2011-03-02")
    assert (row.actor_name, row.date, row.evidence) == ("Park Min-chol", "2004", text.split(". ")[1])


def test_a_rarer_korean_surname_alone_is_the_person_named_in_full_before() -> None:
    text = ("Gyeong Chol-ho was an engineer at a Pyongyang steel works until last year. "
            "Officials said on Friday that Gyeong defected in April.")
    rows = _rows(text, "2011-06-03")
    assert [(r.actor_name, r.date) for r in rows if r.status == "defected"] == [("Gyeong Chol-ho", "2011-04")]


def test_the_same_words_for_someone_in_another_month_are_another_event() -> None:
    """"A North Korean sailor ..." in one sentence and again two sentences
    later with another month: two people, not the first one told again."""
    rows = _rows("A North Korean sailor defected to South Korea across the sea border on Tuesday, officials said. "
                 "He was questioned in Incheon. "
                 "In March last year, a North Korean sailor defected to South Korea in a wooden boat.", "2019-11-07")
    assert sorted(r.date for r in rows) == ["2018-03", "2019-11-05"]


def test_a_wish_of_both_in_the_sentence_of_their_crossing_is_the_same_people() -> None:
    """"... found the two as they swam across the river, and that both had
    said they wanted to defect": the wish is the crossers', no second row."""
    rows = _rows("Officials said guards had found the two women as they swam across the Imjin River, "
                 "and that both had said they wanted to defect.", "2014-08-08")
    assert len(rows) == 1


def test_the_one_unnamed_person_is_referred_to_from_ten_sentences_on() -> None:
    filler = " ".join(f"Officials gave detail number {k} about the case." for k in range(1, 9))
    body = ("A North Korean engineer fled to China last month, officials said. " + filler
            + " Police are now trying to work out how the defector managed to cross the Tumen River unseen.")
    assert [r.actor for r in _rows(body)] == ["North Korean engineer"]


def test_the_kin_of_a_member_is_not_the_group_told_before() -> None:
    """"the mother of the boy" after "the group, a boy among them": she is one
    person of her own, told with her own act ("who herself left North Korea
    in 2012"), not the group again."""
    rows = _rows("Activists said the group, a boy among them, fled to China last month. Among the protesters was "
                 "the mother of the boy, who herself left North Korea in 2012.", "2019-07-01")
    assert [(r.actor, r.date) for r in rows] == [("group", "2019-06"), ("mother of the boy", "2012")]


def test_a_fence_jumped_is_a_crossing() -> None:
    [row] = _rows("A gymnast jumped a fence along the border in November.", "2019-07-01")
    assert (row.actor, row.status, row.date) == ("gymnast", "defected", "2018-11")


def test_the_pronoun_of_an_opening_when_clause_stands_for_the_name_after_its_comma() -> None:
    [row] = _rows("On a wet night in May 2003, when she defected in Vienna, Ro Mi-hwa, then a 40-year-old cook, "
                  "carried only a photograph.", "2010-01-01")
    assert (row.actor, row.date, row.origin) == ("Ro Mi-hwa", "2003-05", "Vienna")
    # someone named before the pronoun in the sentence is its own antecedent
    rows = _rows("In Seoul, Pak Chol-u recalled that in 1999, when he escaped, Han Song-i was a guard.", "2010-01-01")
    assert "Han Song-i" not in [r.actor for r in rows]


def test_one_of_them_is_a_member_only_of_defectors_told_just_before() -> None:
    rows = _rows("Kim Ok-ran fled to China in 1996. She settled in Busan. Her book came out this year. It tells of 300 "
                 "South Koreans who lived in the North after the war. One of them is Paek Chun-ho, a famous painter, who "
                 "drew its leaders.", "2010-01-01")
    assert [r.actor for r in rows] == ["Kim Ok-ran"]


def test_a_group_told_again_further_on_is_no_second_event() -> None:
    """"Police arrested 14 refugees in Dalian ... police had detained 14
    defectors at a hotel": the same people, told again in other words."""
    [row] = _rows("Chinese police arrested 14 North Korean refugees in Dalian on Friday, a rights group said. The group "
                  "said it had learned that police had detained 14 defectors at a hotel near the port.", "2021-03-09")
    assert (row.count, row.origin, row.date) == (14, "Dalian", "2021-03-05")
    # other people: another count, a lone person after a group, another kind of person, "another"
    assert len(_rows("Chinese police arrested 14 North Korean refugees in Dalian on Friday. Police had detained "
                     "nine defectors at a hotel in March.", "2021-03-09")) == 2
    assert len(_rows("Two North Korean soldiers crossed the border on Monday, the military said. On Friday an "
                     "unarmed North Korean crossed the border too.", "2021-03-09")) == 2
    assert len(_rows("A North Korean soldier defected across the DMZ on Monday. A North Korean fisherman defected "
                     "across the sea border on Friday.", "2021-03-09")) == 2


def test_the_same_count_told_again_in_other_words_is_the_same_group() -> None:
    """"Nine North Koreans from Hoeryong fled in March ... the escape of nine
    residents": the same number of people, told again in other words (the
    head noun is "Koreans", not the town after it), is the same group."""
    rows = _rows("Nine North Koreans from Hoeryong fled across the Tumen River in March, a source said. The source added "
                 "that the escape of nine residents at the same time had alarmed the city's security officials.", "2014-04-20")
    assert [(r.count, r.date, r.origin) for r in rows] == [(9, "2014-03", "Tumen River")]
    # figures of different periods that share a number stay apart
    rows = _rows("A total of 105 North Korean defectors reached South Korea in the first half of 2024, the ministry "
                 "said. In the first half of 2023, 105 defectors also reached South Korea.", "2024-07-23")
    assert len(rows) == 2


def test_like_events_told_paragraphs_apart_stay_apart() -> None:
    """A round-up tells like events a paragraph each: an undated soldier at
    the start and a dated one six sentences on are two crossings."""
    filler = " ".join(f"Officials met in Seoul on talks number {n}." for n in range(6))
    rows = _rows("A North Korean soldier crossed the DMZ near Panmunjom, the JCS said. " + filler +
                 " A North Korean soldier crossed the DMZ near Cheorwon in September, the JCS said.", "2003-12-01")
    assert len(rows) == 2


def test_the_pronoun_of_a_clause_after_a_described_subject_is_that_subject() -> None:
    """"Choe welcomed the news. ... the engineer had worked at a Hamhung
    plant for years before he fled to the South": "he" is the engineer,
    not the last person named."""
    rows = _rows("A North Korean engineer reached Seoul last week. Choe Min-su, an activist, welcomed the news. "
                 "Officials said the engineer had worked at a plant in Hamhung for years before he fled to the South.",
                 "2016-04-12")
    assert [r.actor_name for r in rows] == [""]
    assert "Choe Min-su" not in [r.actor for r in rows]


def test_a_spokesman_is_no_antecedent_of_he() -> None:
    """"Defense ministry spokesman Lee Jin-ho confirmed ... He said he had
    defected": a spokesman speaks of events; "he" stands for the person
    named before him, or for no one."""
    rows = _rows("A North Korean naval officer has defected, officials said. Defense ministry spokesman Lee Jin-ho "
                 "confirmed the report on Monday. Officials said he gave investigators maps right after he defected.",
                 "2016-04-12")
    assert "Lee Jin-ho" not in [r.actor for r in rows]
    rows = _rows("Ko Sun-hui, a nurse from North Korea, spoke in Seoul on Monday. Ministry spokesman Lee Jin-ho "
                 "introduced her. Officials said she crossed the Tumen River in 2011.", "2016-04-12")
    assert [r.actor_name for r in rows] == ["Ko Sun-hui"]


def test_a_decision_told_after_the_event_is_its_motive() -> None:
    """"Officials said the captain chose to defect after seeing South Korean
    television": told after the event itself, a decision is why it
    happened, not a second event; told first, it is the event's first telling."""
    rows = _rows("Five North Korean sailors reached Sokcho by boat on Monday. Officials said the captain chose to defect "
                 "after seeing South Korean television.", "2019-07-01")
    assert [(r.count, r.destination) for r in rows] == [(5, "Sokcho")]
    [row] = _rows("Kim Chol-ho, a North Korean engineer, decided in March to flee to South Korea with his wife.",
                  "2019-07-01")
    assert row.actor_name == "Kim Chol-ho"


def test_the_previous_soldier_to_defect_is_someone_else() -> None:
    """"The previous North Korean soldier to defect came across in July of
    last year": not the soldier of the lead told again, whose date stays."""
    rows = _rows("A North Korean soldier walked across the military demarcation line on Thursday, the JCS said. The "
                 "previous North Korean soldier to defect came across to the South in July of last year.", "2016-09-30")
    assert [(r.role, r.date) for r in rows] == [("soldier", "2016-09-29"), ("soldier", "2015-07")]


def test_singles_of_other_times_are_no_members_of_a_group_told_before() -> None:
    """Two fishermen last week, then a soldier in 2016 and a pilot in 2013:
    the two later rows are other events, so the fishermen's row is no
    summary of them."""
    rows = _rows("Last week two North Korean fishermen whose boat drifted south refused to go home. A North Korean "
                 "soldier walked across the border in March 2016, and a North Korean pilot defected in May 2013.",
                 "2019-11-12")
    assert sorted(str(r.count) for r in rows) == ["2", "None", "None"]


def test_a_pronoun_stands_for_a_hyphened_given_name_told_before() -> None:
    rows = _rows("Su-jin, a former nurse, lives in Incheon. Ten years ago, she crossed the Tumen River into China.",
                 "2024-05-01")
    assert [(r.actor_name, r.date) for r in rows] == [("Su-jin", "2014")]


def test_a_flight_to_china_then_to_the_south_is_two_legs() -> None:
    # the same person told again, now going on from a transit country to the South: a leg of its
    # own, which starts where the first ended
    rows = _rows("Ri Song-hui, a North Korean nurse, fled to China in 2009. Ri then fled via Laos to South Korea.",
                 "2014-10-01")
    assert [(r.actor_name, r.origin, r.destination) for r in rows] == [
        ("Ri Song-hui", "", "China"), ("Ri Song-hui", "China", "South Korea")]


def test_a_person_described_telling_their_own_story_is_the_pronoun() -> None:
    """"A North Korean woman said she crossed into China in 2007": "she"
    is the woman who tells it; an official or police who say "he ..."
    speak of someone else."""
    [row] = _rows("A young North Korean refugee said she crossed into China in 2004 with her sister.", "2013-07-01")
    assert (row.actor, row.date, row.destination) == ("young North Korean refugee", "2004", "China")
    [row] = _rows("A North Korean sailor told the Japanese coast guard that he had fled the North by boat.", "2013-07-01")
    assert (row.actor, row.role) == ("North Korean sailor", "sailor")
    assert _rows("A South Korean police officer said he crossed into China in 2004 to find the broker.", "2013-07-01") == []



def test_a_person_described_then_named_just_after_gets_the_name() -> None:
    """"The North Korean, surnamed Ri, stated ...", "the man, whom officials
    identified only as Kim, ...": the name given to the description in the
    row's sentence or the next two is the actor's; not the name of someone
    the actor belongs to ("the son of a diplomat surnamed Park")."""
    body = ("A North Korean engineer who had worked in Qatar sought asylum at a Western embassy last week. "
            "The engineer, surnamed Han, told diplomats he feared being sent home.")
    [row] = _rows(body, "2019-03-04")
    assert (row.actor_name, row.status) == ("Han", "sought_asylum")
    body = ("In 2011 a North Korean woman asked for asylum at the Swedish embassy in Hanoi. Officials said the woman, "
            "whom they identified only as Choi, had worked as a nurse.")
    [row] = _rows(body, "2019-03-04")
    assert row.actor_name == "Choi"
    body = ("A North Korean woman fled to South Korea in May. The son of the official, surnamed Jang, stayed behind, "
            "and her husband, the official, surnamed Jang, was recalled.")
    [row] = _rows(body, "2019-03-04")
    assert row.actor_name == ""


def test_the_one_person_of_a_report_is_still_the_same_far_on() -> None:
    """A definite description of one person ("the defector") refers to the
    one unnamed person the report told of, however far on it comes."""
    filler = " ".join(f"Paragraph {i} describes the weather at the border in some detail." for i in range(15))
    body = ("A North Korean defector slipped out of South Korea and returned to the North on Sunday. "
            + filler + " Officials said the defector had crossed where the fence was lowest.")
    assert len(_rows(body, "2020-11-05")) == 1



def test_the_group_told_of_again_several_sentences_on_is_the_same_event() -> None:
    """"The North Koreans crossed the sea border before dawn", seven
    sentences after the group's arrival: the group told of again, no row
    of its own."""
    filler = " ".join(f"Paragraph {i} describes the harbour and the weather in some detail." for i in range(6))
    body = ("Six North Koreans reached Sokcho in a wooden boat on Monday, the coast guard said. " + filler
            + " The North Koreans crossed the sea border before dawn, officials added.")
    assert [r.count for r in _rows(body, "2019-06-20")] == [6]


def test_an_arrival_of_as_many_people_tells_the_event_again() -> None:
    text = ("Officials said on Friday that eleven North Koreans who worked at a garment factory abroad have fled "
            "to South Korea. Such workers had fled before, a spokeswoman said. "
            "She said three men and eight women reached Seoul on Wednesday.")
    [row] = _rows(text, "2019-03-02")
    assert (row.count, row.date, row.destination) == (11, "2019-02-27", "South Korea")
    assert row.evidence.startswith("Officials said on Friday")
    text = ("Eleven North Koreans who worked abroad have fled to South Korea, officials said. "
            "The ministry added that eleven North Korean waitresses reached Seoul on Wednesday.")
    [row] = _rows(text, "2019-03-02")
    assert (row.count, row.date, row.role) == (11, "2019-02-27", "waitress")
    # another group, or a group of another size, is another event
    text = ("Eleven North Koreans who worked abroad have fled to South Korea, officials said. "
            "Another eleven North Korean workers arrived in Seoul on Wednesday.")
    assert len(_rows(text, "2019-03-02")) == 2
    text = ("Eleven North Koreans who worked abroad have fled to South Korea, officials said. "
            "Nine North Korean workers arrived in Seoul on Wednesday.")
    assert len(_rows(text, "2019-03-02")) == 2


def test_people_taken_into_custody_who_crossed_are_the_actor_of_the_crossing() -> None:
    [row] = _rows("The navy has taken into custody a North Korean fisherman who rowed across the Northern Limit Line "
                  "on Friday.", "2019-06-05")
    assert (row.actor, row.role, row.date, row.destination) == ("North Korean fisherman", "fisherman", "2019-05-31",
                                                               "South Korea")


def test_a_described_person_is_named_paragraphs_later() -> None:
    """"a trade official posted in Laos has defected ... [three paragraphs]
    ... the official, whom it identified as Pak Chol-min": the name given
    to the one described, however far on, names the row."""
    rows = _rows("Officials in Seoul confirmed on Monday that a senior North Korean trade official who was posted in Laos "
                 "has defected to the South.\n\n"
                 "He is thought to be the most senior official to have come over from the region in years.\n\n"
                 "Defectors usually spend several months in a resettlement centre before their cases are made public, "
                 "and the ministry gave no further details about the case or about when it had been decided.\n\n"
                 "Local media said the man had handled timber exports for a state company for a decade before his posting. "
                 "The ministry declined to confirm this or to say anything about his family.\n\n"
                 "Trade between the two countries has grown since a new rail link opened, and several state firms "
                 "keep offices in the Lao capital.\n\n"
                 "A weekly magazine said it had spoken to the official, whom it identified as Pak Chol-min, 47.\n\n"
                 "He told the magazine he defected because he feared being recalled.", "2023-05-02")
    assert [(r.actor_name, r.destination) for r in rows] == [("Pak Chol-min", "South Korea")]


def test_a_described_person_with_a_plural_complement_is_one_person() -> None:
    """"a diplomat responsible for public relations at the embassy" is one
    person (the plural is the complement's), whom a name given in the next
    sentence names: one row, not two."""
    rows = _rows("A senior North Korean diplomat responsible for trade relations at the embassy in Rome has defected "
                 "with his family, reports say.\n\n"
                 "According to the agency, the official, identified as Pak Chol-min, has asked for asylum in a third "
                 "country.", "2016-08-02")
    assert [(r.actor_name, r.origin) for r in rows] == [("Pak Chol-min", "Rome")]


def test_a_name_in_an_event_compared_to_names_no_one_described_before() -> None:
    """"ahead of the high-profile defection of <name> in August": another
    event set beside the story's own, whose actor stays unnamed."""
    rows = _rows("A North Korean engineer who worked at a fishery office has fled his post in Nakhodka, a newspaper "
                 "reported on Monday.\n\nHe left with his wife.\n\nThe flight came in early May, weeks before the much "
                 "reported escape of Ko Yong Nam in June.", "2019-09-02")
    assert sorted(r.actor_name for r in rows) == ["", "Ko Yong Nam"]
    ko = next(r for r in rows if r.actor_name)
    assert ko.date == "2019-06"


def test_the_group_in_a_clause_after_its_first_telling_in_the_same_sentence_is_that_group() -> None:
    """"Police detained 11 North Koreans after the group crossed the river":
    one group, one row; a border river named bare (the Mekong) is crossed
    as one with "River" after it is."""
    [row] = _rows("Border police in Nong Khai have detained 11 North Korean women after the group crossed "
                  "the Mekong by boat from Laos.", "2015-02-10")
    assert (row.count, row.status) == (11, "attempted")
    [row] = _rows("Four North Korean defectors crossed the Mekong into Thailand last night.", "2015-02-10")
    assert (row.status, row.count, row.origin, row.destination) == ("defected", 4, "Mekong", "Thailand")


def test_the_counted_group_told_again_after_other_sentences_is_that_group() -> None:
    """"The four defectors had been held in Laos ...": a catch on the way,
    told after the arrival it led to, is no event of its own, and "All four
    fled from ..." is the same flight again."""
    body = ("Four North Korean miners who fled a coal pit in Mongolia in July have reached Seoul, officials said. "
            "In May a North Korean diplomat defected in Rome. "
            "The four defectors, all in their forties, had been detained in Ulaanbaatar until an embassy took them in. "
            "All four fled from one mine near the town of Nalaikh in central Mongolia.")
    row, diplomat = _rows(body, "2019-09-02")
    assert (row.count, row.status, row.date, row.destination) == (4, "defected", "2019-07", "Seoul")
    assert diplomat.origin == "Rome"


def test_a_letter_the_press_calls_someone_by_is_a_person() -> None:
    """Korean outlets write an unnamed person as "A": "A was arrested on the
    9th ..." tells the arrest the lead told of an unnamed defector again;
    "A, who fled in 2012, ..." is that person's own earlier flight."""
    body = ("Police detained a North Korean defector, a man who tried to swim across the Han River estuary. "
            "A, who defected from North Korea in 2012 by way of Laos, told officers he missed his family. "
            "A was arrested around 2 am on the 9th near Gimpo while attempting to return to North Korea.")
    rows = _rows(body, "2020-07-20")
    assert [(r.actor, r.status, r.date) for r in rows] == [
        ("North Korean defector", "attempted", "2020-07-09"), ("A", "defected", "2012")]
    # (in the other order as well)
    rows = _rows(body.split(". ")[0] + ". " + body.split(". ")[2] + " " + body.split(". ")[1] + ".", "2020-07-20")
    assert [(r.actor, r.status, r.date) for r in rows] == [
        ("North Korean defector", "attempted", "2020-07-09"), ("A", "defected", "2012")]


def test_a_counted_crossing_told_after_the_counted_defection_is_the_same_one() -> None:
    """"... four more North Koreans defected to the South by sea. Four
    North Koreans sailed across the sea border on a wooden boat on Monday":
    as many people, the same event, dated by the second telling."""
    [row] = _rows("Officials confirmed that four more North Koreans defected to the South by sea. Four North Koreans "
                  "sailed across the sea border on a wooden boat on Monday morning.", "2019-06-20")
    assert (row.count, row.date) == (4, "2019-06-17")


def test_a_person_described_by_age_alone_is_the_one_named_before() -> None:
    """"At 16, the now 24-year-old escaped North Korea": she, the person
    the feature named; her later telling adds no row."""
    rows = _rows("Han Seo-yeon spoke to students in Ottawa on Monday. At 16, the now 24-year-old escaped North Korea. "
                 "She and her aunt fled to China in 2009.", "2017-03-02")
    assert [(r.actor_name, r.date) for r in rows] == [("Han Seo-yeon", "2009")]
    assert rows[0].evidence.startswith("At 16, the now 24-year-old escaped")


def test_crossing_it_is_crossing_the_river_named_before() -> None:
    """"... the frozen Yalu. The ice held, and he ran across it": the river
    named just before, crossed."""
    [row] = _rows("Ri Chol-min grew up beside the Yalu River in North Korea. But the ice held, and he ran across it "
                  "and was in China.", "2015-10-08")
    assert (row.actor_name, row.status) == ("Ri Chol-min", "defected")


def test_a_member_named_after_defectors_told_of_in_general_is_a_defector() -> None:
    """"... the trickle of defectors who flee and then struggle. One of them
    is Kang Ji-won": a named member of people no event was told of."""
    rows = _rows("Little notice goes to the trickle of defectors who flee the North and then struggle in Seoul. "
                 "One of them is Kang Ji-won (not her real name).", "2017-03-01")
    assert [(r.actor_name, r.status) for r in rows] == [("Kang Ji-won", "defected")]
    assert _rows("Little notice goes to the price of rice. One of them is Kang Ji-won.", "2017-03-01") == []


def test_an_attempt_that_failed_and_a_later_flight_of_one_person_are_two_events() -> None:
    """A life story: "Her foiled escape ... Her later defection", or "In 2004
    he tried to flee but was caught. In 2007 he escaped to China": the
    attempt ended where it was stopped, the flight after it is another."""
    rows = _rows("Ryu Mi-ok grew up in Musan. Her botched escape, which cost her a year in a labour camp, came first. "
                 "Her eventual defection took another six years.", "2022-05-01")
    assert [(r.actor_name, r.status) for r in rows] == [("Ryu Mi-ok", "attempted"), ("Ryu Mi-ok", "defected")]
    rows = _rows("Ryu Chol-min grew up in Musan. In 2004 he tried to flee but was caught. In 2007 he escaped to China.",
                 "2022-05-01")
    assert [(r.status, r.date) for r in rows] == [("attempted", "2004"), ("defected", "2007")]


def test_a_pronoun_inside_a_relative_clause_stands_for_its_head() -> None:
    """"According to X, who was ... before he settled in the South in 2016,
    Y defected ...": "he" is X, whose clause it is (not the person named in
    the sentence before), and Y's defection after the long clause is a row
    of its own."""
    body = ("Pak Chol-min had run the trade office since 2015. According to Han Ki-bok, who edited a party "
            "newspaper in Pyongyang until she escaped to Seoul in 2009 and later became a broadcaster, Pak fled "
            "to South Korea in March.")
    rows = _rows(body, "2020-06-01")
    assert [(r.actor_name, r.date) for r in rows] == [("Han Ki-bok", "2009"), ("Pak Chol-min", "2020-03")]
    assert rows[1].destination == "South Korea"


def test_a_person_told_in_passing_does_not_keep_a_described_lead_from_its_name() -> None:
    """A lead describes an official; the next sentences name him in passing
    of another's past and then tell his own flight: the lead is his, dated
    by his own sentence, not by the year of a resolution said about his post."""
    body = ("Lawmakers said Tuesday that North Korea's acting ambassador to Laos has fled to South Korea. "
            "Ri Song-ho had run the embassy since its chief was recalled under a 2019 UN resolution. "
            "According to Kang Myong-do, who was a trade official before he settled in the South in 1994, "
            "Ri escaped last October.")
    rows = _rows(body, "2021-02-02")
    lead = rows[0]
    assert (lead.actor_name, lead.date, lead.origin) == ("Ri Song-ho", "2020-10", "Laos")
    assert [r.actor_name for r in rows] == ["Ri Song-ho", "Kang Myong-do"]


def test_a_country_and_its_city_are_one_place_of_posting_for_a_described_lead() -> None:
    """"The North's top diplomat in Sweden has sought asylum ... Kim, acting
    ambassador to Stockholm, has applied ...": the lead is Kim's request;
    a country and its capital are one place, so no second row."""
    body = ("North Korea's top diplomat in Sweden has sought asylum, a newspaper reported on Friday. "
            "Kim Yong-nam, North Korea's acting ambassador to Stockholm, and his wife have applied for asylum in a "
            "third country, the paper said.")
    rows = _rows(body, "2022-04-08")
    assert [(r.actor_name, r.status) for r in rows] == [("Kim Yong-nam", "sought_asylum")]


def test_a_definite_group_of_children_or_crew_told_again_is_the_group_before() -> None:
    """"The men, women and children were flown ...": the people of the event
    told just before, no row of their own."""
    body = ("Some 150 North Korean refugees landed at an air base near Seoul on Wednesday. "
            "The men, women and children were flown into Seoul from a country in Southeast Asia.")
    assert [r.count for r in _rows(body, "2006-03-02")] == [150]


def test_a_defection_owned_by_a_definite_description_is_the_person_told_before() -> None:
    """"... the envoy's sudden defection shocked him": the person named
    before (not the reporter who tells of it); a specific title of someone
    else ("the translator's escape" after a delegation's chairman) owns nothing."""
    body = ("Pak Song-il was the North's envoy to Austria for six years, said Anna Weber, a reporter for a Vienna paper. "
            "Weber knew Pak well, but she said the diplomat's sudden defection shocked her.")
    rows = _rows(body, "2018-02-01")
    assert [(r.actor_name, r.status) for r in rows] == [("Pak Song-il", "defected")]
    body = ("Ri Chol-ho, chairman of the state trade committee, led the delegation to Ulaanbaatar. "
            "Word of the translator's escape spread within days.")
    assert [r.actor_name for r in _rows(body, "2018-02-01")] == []


def test_a_title_before_another_name_is_that_persons_not_the_one_before() -> None:
    """"According to Pak, North Korean leader Kim Jong Un ordered ...": "leader"
    is Kim's title, not Pak's role."""
    body = ("Pak Song-il defected to South Korea in 2016. According to Pak, North Korean leader Kim Jong Un "
            "ordered the tests.")
    [row] = _rows(body, "2018-02-01")
    assert (row.actor_name, row.role) == ("Pak Song-il", "")


def test_a_definite_counted_group_after_an_uncounted_lead_is_that_group() -> None:
    """"A group of North Korean refugees has reached Seoul ... On their third
    attempt, the 17 North Koreans had climbed into the Mexican embassy": the
    group of the lead, now counted (and the opening phrase does not hide the
    "the" of its subject)."""
    body = ("Flying in from Bangkok, a group of North Korean refugees has reached Seoul. "
            "On their third attempt, the 17 North Koreans had climbed into the Mexican embassy in Beijing on Monday.")
    rows = _rows(body, "2003-05-09")
    assert [(r.count, r.status) for r in rows] == [(17, "defected")]


def test_a_defection_of_a_rulers_era_is_no_defection_of_his() -> None:
    """"the largest escape of the Kim Jong Il years": the ruler's time, no row of his."""
    rows = _rows("Twenty people crossed the Yalu River in May. It was the biggest defection of the Kim Jong Il era, "
                 "activists said.", "2003-06-01")
    assert [r.actor_name for r in rows if r.actor_name] == []


def test_a_he_read_from_the_sentence_before_still_names_the_described_lead() -> None:
    """A lead describes a diplomat; the next sentence names him and says
    "he fled ...": the lead is his, named and dated there."""
    body = ("A lawmaker said on Friday that North Korea's top diplomat in Japan has gone into hiding. Officials told "
            "reporters that the term of acting ambassador Ri Myong-su was due to end in May and that he fled the embassy "
            "compound with his wife in March.")
    [row] = _rows(body, "2021-04-10")
    assert (row.actor_name, row.date, row.origin) == ("Ri Myong-su", "2021-03", "Japan")


def test_an_age_told_for_the_one_named_before_keeps_him_whatever_his_work() -> None:
    """"Since fleeing North Korea in 2011, the 41-year-old has worked as a
    researcher": the one named before, though researchers are often only quoted."""
    body = ("The party named Ri Chol-jin among its candidates. Since fleeing North Korea in 2011, the 41-year-old has "
            "worked as a researcher at a Seoul institute.")
    rows = _rows(body, "2024-03-14")
    assert [(r.actor_name, r.date) for r in rows] == [("Ri Chol-jin", "2011")]


def test_a_superlative_made_of_him_is_the_person_told_before() -> None:
    """"..., which makes her the highest-ranking official known to have fled
    since ...": her own defection again, no row of "makes her ..."."""
    body = ("Kim Sol-hui ran the trade mission in Hanoi. Officials said Kim fled to South Korea in March, which makes her "
            "the highest-ranking woman known to have defected since Hyon Song-ok did so in 2009.")
    rows = _rows(body, "2024-07-16")
    assert not any(r.actor.lower().startswith("makes") for r in rows)
    assert [r.actor_name for r in rows][:1] == ["Kim Sol-hui"]
