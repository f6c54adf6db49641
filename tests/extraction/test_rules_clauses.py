"""Rules about the clause around the actor: opening phrases, concessive
clauses, participles, datelines and the members told after a group. Each
on invented sentences (see test_rules.py)."""

from __future__ import annotations

from defect_tui.index.extract.sentences import split_sentences

from .test_rules import _rows


def test_a_spelled_count_after_an_opening_phrase_is_the_actor_and_a_small_group_no_figure() -> None:
    [row] = _rows("After two years inside the Canadian embassy in Hanoi, four North Korean defectors have reached "
                  "South Korea, an official said Monday.", "2011-05-09")
    assert (row.actor, row.count, row.status, row.destination) == ("four North Korean defectors", 4, "defected", "South Korea")
    [row] = _rows("Fifteen North Korean defectors, two families among them, have reached Seoul, officials said.", "2011-05-09")
    assert (row.actor, row.count) == ("Fifteen North Korean defectors", 15)


def test_people_who_keep_crossing_are_a_habit() -> None:
    assert _rows("Many hide in Russia, as North Koreans reportedly keep crossing the river into Russia.") == []
    # told in the past ("have kept fleeing", "continued to cross"), still a habit
    assert _rows("Farmers from the border towns have also kept fleeing across the river.") == []
    assert _rows("Through the 1990s, hungry villagers continued to cross the Tumen River.") == []
    # trying again and again is a habit too
    assert _rows("Despite the new fences, soldiers from the North keep trying to flee across the river.") == []


def test_a_habit_of_such_people_told_after_the_event_is_theirs() -> None:
    """"34,200 North Koreans have resettled in the South, often fleeing
    poverty": the participle tells how such people come, and leaves the
    figure a figure; "often" before the verb is still a habit."""
    [row] = _rows("Officials said some 1,200 North Koreans reached the South last year, usually travelling through Laos.",
                  "2013-01-15")
    assert (row.count, row.status, row.destination) == (1200, "reported_count", "South Korea")
    assert _rows("North Korean women often cross the river near Hyesan at night, usually paying a broker.") == []


def test_what_someone_can_do_is_no_event() -> None:
    """"a person can easily swim across the river": an ability, no crossing."""
    assert _rows("A determined North Korean fisherman can easily cross the sea border in a small boat.") == []
    assert _rows("In summer a North Korean soldier can swim across the river in an hour.") == []
    [row] = _rows("A determined North Korean fisherman crossed the sea border in a small boat on Monday.")
    assert row.status == "defected"


def test_members_told_after_the_group_in_its_sentence_are_the_group() -> None:
    rows = _rows("Lao police have detained nine suspected North Korean (DPRK) refugees, 8 women and one boy, who were "
                 "stopped near the Mekong on Monday.", "2018-06-06")
    assert [(r.actor, r.count) for r in rows] == [("nine suspected North Korean (DPRK) refugees", 9)]


def test_a_concessive_clause_before_the_subject_is_no_part_of_the_actor() -> None:
    [row] = _rows("Even though Seoul has fortified the areas along the river that divides the two countries, a North "
                  "Korean soldier swam to the South last month.", "2024-10-11")
    assert (row.actor, row.count, row.date) == ("North Korean soldier", None, "2024-09")


def test_a_participle_after_a_comma_shares_the_subject_of_the_verb_before() -> None:
    [row] = _rows("BUSAN • Coast guard officials said four North Koreans rowed a dinghy into South Korean waters, "
                  "crossing the sea border on Sunday.", "2017-07-04")
    assert (row.actor, row.count) == ("four North Koreans", 4)


def test_a_dateline_with_its_date_and_no_dash_is_no_part_of_the_actor() -> None:
    [row] = _rows("Seoul (AFP) Sep 19, 2006 Three North Korean defectors climbed into the Canadian embassy in "
                  "Beijing on Monday, officials said.", "2006-09-19")
    assert (row.actor, row.count, row.status) == ("Three North Korean defectors", 3, "sought_asylum")
    # and with a dash after the year
    [row] = _rows("Yanji (UPI) Feb 2, 2010 -- Five North Korean women crossed the Tumen River into China on Sunday.",
                  "2010-02-02")
    assert (row.actor, row.count, row.destination) == ("Five North Korean women", 5, "China")


def test_a_bracketed_byline_opening_the_body_is_no_actor() -> None:
    [row] = _rows("[Daily Herald Park Min-su, Staff Reporter] A Saeteomin who fled to the South in 2016 was found "
                  "dead in Incheon on Sunday.", "2021-03-09")
    assert (row.actor, row.actor_name, row.status, row.date) == ("Saeteomin", "", "defected", "2016")


def test_a_movement_dated_in_its_relative_clause_was_not_stopped_by_the_later_arrest() -> None:
    rows = _rows("A woman who crossed the Yalu River into China in 2015 was arrested last week in Shenyang.", "2020-09-18")
    assert [(r.status, r.date) for r in rows] == [("defected", "2015")]
    rows = _rows("A man who escaped from North Korea two years ago was caught on Friday trying to go back across "
                 "the border.", "2020-09-18")
    assert (rows[0].status, rows[0].date) == ("defected", "2018")
    # undated, the crossing is the one the arrest stopped
    [row] = _rows("A woman who crossed the Yalu River into China was arrested last week in Shenyang.", "2020-09-18")
    assert row.status == "attempted"


def test_a_group_or_a_route_makes_a_counted_row_an_event_not_a_figure() -> None:
    [row] = _rows("A group of 24 North Korean defectors reached Seoul from Cambodia in June.", "2013-07-02")
    assert (row.status, row.count) == ("defected", 24)
    [row] = _rows("Thirty North Koreans escaped from Tomsk to South Korea in March.", "2013-07-02")
    assert (row.status, row.count) == ("defected", 30)
    # a tally stays a figure, whatever route it tells
    rows = _rows("Pak Jong-suk defected to the South in 2006 and lived in Seoul. The ministry says 14 defectors in all "
                 "have gone back to the North, Pak included.", "2013-07-02")
    assert [(r.status, r.count, r.origin, r.destination) for r in rows][1] == (
        "reported_count", 14, "South Korea", "North Korea")


def test_people_caught_after_the_movement_told_attempted_it() -> None:
    [row] = _rows("Two groups, of eight and six people, each crossed the river on its own and were then caught in "
                  "China last Monday.", "2012-02-15")
    assert row.status == "attempted"
    [row] = _rows("After a long trek, seven young North Korean refugees made it to Cambodia on June 2, but they appear "
                  "to have been returned to the North.", "2013-06-20")
    assert (row.status, row.count) == ("attempted", 7)
    [row] = _rows("Seven young North Korean refugees made it to Cambodia on June 2 and were welcomed there.", "2013-06-20")
    assert row.status == "defected"
    # stopped, or held before they could go on
    for text in ("Eleven North Koreans crossed into Laos on Friday and were then stopped by border police.",
                 "Kim Chol-ung fled to Mongolia last year before he was detained near Ulaanbaatar."):
        [row] = _rows(text, "2013-06-20")
        assert row.status == "attempted", text


def test_the_people_before_a_gerund_are_its_subject() -> None:
    [row] = _rows("Ri Pyong Chol was furious over four North Korean engineers fleeing to Japan in June.", "2017-09-01")
    assert (row.actor, row.actor_name, row.destination) == ("four North Korean engineers", "", "Japan")
    # a vague number of them is no event
    assert _rows("The minister grew angry over several North Korean diplomats escaping to South Korea.") == []


def test_one_unnamed_person_told_again_with_the_same_role_and_date() -> None:
    rows = _rows("A source said a senior official of the navy had defected to South Korea last year. "
                 "The source said an unnamed official who had worked for the navy staff fled to South Korea last year.",
                 "2016-10-12")
    assert [(r.role, r.date) for r in rows] == [("official", "2015")]


def test_a_lead_is_a_summary_only_of_people_of_their_own() -> None:
    """"Two officials defected ... Kim, a colonel, ... Ri, a diplomat": the
    lead sums up the two rows after it; "both" and "they" told again do not."""
    from defect_tui.index.extract.incidents.post import drop_summary_leads
    from defect_tui.index.extract.incidents.row import Row

    def lead() -> Row:
        return Row(0, 0, 10, "defected", actor="two officials", count=2)
    named = [lead(), Row(1, 11, 20, "defected", actor="Kim", actor_name="Kim"),
             Row(2, 21, 30, "defected", actor="Ri", role="diplomat")]
    assert [r.actor for r in drop_summary_leads(named)] == ["Kim", "Ri"]
    again = [lead(), Row(1, 11, 20, "defected", actor="both"), Row(2, 21, 30, "defected", actor="they")]
    assert [r.actor for r in drop_summary_leads(again)] == ["two officials", "both", "they"]


def test_a_label_with_did_so_and_a_date_is_an_event() -> None:
    [row] = _rows("The latest North Korean pilot known to have defected by air did so in 1996.", "2004-05-05")
    assert (row.actor, row.role, row.date) == ("North Korean pilot", "pilot", "1996")
    [row] = _rows("The previous sailor who managed to flee across the sea border did so in 2009.", "2012-01-01")
    assert (row.actor, row.date) == ("sailor", "2009")
    # without a date of its own, the label stays a label
    assert _rows("The latest North Korean pilot known to have defected by air was a colonel.") == []


def test_all_of_them_is_the_group_told_before() -> None:
    body = ("Around 12 North Korean trade officials defected to South Korea last year, a source said. "
            "The source spoke on Tuesday. The ministry declined to comment. "
            "Sources said all of them had reached South Korea after years abroad.")
    rows = _rows(body, "2024-01-11")
    assert [(r.count, r.date) for r in rows] == [(12, "2023")]


def test_a_dated_clause_opening_the_sentence_is_an_event_of_its_subject() -> None:
    """"Four years after defecting in 2016, X won a seat": the clause before
    the comma tells X's own event; with no date it tells none ("Before
    fleeing, the relatives lived ...")."""
    [row] = _rows("Three years after fleeing to Mongolia in 2011, Paek Sun-hui opened a bakery in Incheon.", "2019-02-02")
    assert (row.actor_name, row.date, row.destination) == ("Paek Sun-hui", "2011", "Mongolia")
    assert _rows("Before escaping, the brothers farmed maize near Hyesan.", "2019-02-02") == []


def test_the_country_escaped_is_no_destination() -> None:
    [row] = _rows("After escaping North Korea in 2009, Kim Sol-ju worked on a farm in Jilin.", "2019-02-02")
    assert (row.actor_name, row.date, row.destination) == ("Kim Sol-ju", "2009", "")


def test_that_before_a_noun_opens_no_clause_and_yet_does() -> None:
    [row] = _rows("Ri Kwang-ho earned well at the mission, yet he chose to leave that job and defect to Japan.", "2019-02-02")
    assert (row.actor_name, row.destination) == ("Ri Kwang-ho", "Japan")


def test_an_arrest_told_with_a_second_gerund_and_a_figure_as_of_a_date() -> None:
    [row] = _rows("Police broke up an escape attempt by North Koreans on Friday, arresting 40 people and seizing three boats.",
                  "2004-01-20")
    assert row.actor == "40 people"
    [row] = _rows("Figures show that, as of May 2016, North Korean defectors who entered the South this year "
                  "numbered 589 people.", "2016-06-01")
    assert row.actor == "North Korean defectors"


def test_a_dated_perfect_participle_opening_the_sentence_is_an_event_of_its_subject() -> None:
    [row] = _rows("Having swum across the Tumen River in 2004, Kim Ok-sun later settled in Incheon.", "2016-01-01")
    assert (row.actor_name, row.date) == ("Kim Ok-sun", "2004")
    assert _rows("Having fled, the brothers farmed maize near Hyesan.", "2016-01-01") == []
    # a passive participle that says the flight happened ("forced to flee") opens it alike
    [row] = _rows("Compelled to escape across the Yalu in 2011, Ri Chol-min now sells noodles in Daegu.", "2016-01-01")
    assert (row.actor_name, row.date) == ("Ri Chol-min", "2011")
    assert _rows("Forced to flee, the brothers farmed maize near Hyesan.", "2016-01-01") == []


def test_a_relative_clause_closed_by_its_comma_before_has_also_leaves_the_subject_before_it() -> None:
    [row] = _rows("Pak Song-min, a cousin of the minister, who worked as a driver in Nampo, has also fled to China.", "2016-05-01")
    assert (row.actor_name, row.destination) == ("Pak Song-min", "China")


def test_a_person_kept_anonymous_by_a_letter_is_an_actor() -> None:
    [row] = _rows("Police said Mr. B, who had worked at a fish market in Busan, defected from North Korea in 2012.", "2024-03-01")
    assert (row.actor, row.actor_name, row.date) == ("Mr. B", "", "2012")


def test_a_relative_clause_that_says_recently_tells_an_event() -> None:
    [row] = _rows("Officials said a naval captain who recently fled the North is being questioned in Seoul.", "2015-03-01")
    assert row.actor == "naval captain"
    assert _rows("Officials said a naval captain who fled the North is being questioned in Seoul.", "2015-03-01") == []


def test_a_sentence_ends_after_a_country_abbreviation_when_a_new_one_opens() -> None:
    text = "The trade envoy had lived in the U.K. Several weeks ago, however, he fled. He met U.S. Army officers."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "The trade envoy had lived in the U.K.", "Several weeks ago, however, he fled.", "He met U.S. Army officers."]
    # (and not before a name: "the U.S. Embassy" goes on)
    [row] = _rows("Two sailors walked into the U.S. Embassy in Manila to seek asylum in 2003.", "2004-01-01")
    assert row.count == 2


def test_a_time_of_day_goes_on_past_a_m_to_its_day() -> None:
    """"at around 8 a.m. Thursday": the stop of "a.m." ends no sentence
    before a day, a month or a time zone; so "The soldier ... showed up at
    8 a.m. Thursday" dates the undated lead before it."""
    text = "A cook crossed at 6 a.m. Friday, the army said. It was 9 p.m. The patrol saw him at 5 a.m. KST."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "A cook crossed at 6 a.m. Friday, the army said.", "It was 9 p.m.", "The patrol saw him at 5 a.m. KST."]
    [row] = _rows("The army said a North Korean soldier has crossed the Demilitarized Zone and defected. The soldier "
                  "showed up in front of a guard post at around 8 a.m. Thursday, Yonhap said.", "2017-12-22")
    assert row.date == "2017-12-21"


def test_a_person_and_his_kin_after_his_description_are_the_person_s_group() -> None:
    [row] = _rows("The ministry said that Ri Song-hun, a trade official in Shenyang, and his wife and son had fled to Seoul.",
                  "2016-08-18")
    assert (row.actor_name, row.destination) == ("Ri Song-hun", "Seoul")


def test_two_people_described_apart_and_joined_by_and_are_two_rows() -> None:
    rows = _rows("Officials said a senior naval officer and a trade official posted in Dalian both defected to the South "
                 "in 2014.", "2016-04-11")
    assert [(r.actor, r.role, r.date, r.origin) for r in rows] == [
        ("senior naval officer", "naval officer", "2014", ""), ("trade official posted in Dalian", "trade official", "2014", "Dalian")]
    # a person and his kin are one household
    [row] = _rows("Officials said a senior naval officer and his wife defected to the South in 2014.", "2016-04-11")
    assert row.actor == "senior naval officer and his wife"
    # the second described by a definite role ("and the head of ...") is a person of his own too
    rows = _rows("Activists said a North Korean army doctor and the deputy manager of a trading firm fled to the South "
                 "in 2012.", "2016-04-11")
    assert [(r.actor, r.role) for r in rows] == [("North Korean army doctor", "doctor"),
                                                 ("deputy manager of a trading firm", "deputy manager")]


def test_one_person_and_a_counted_group_joined_by_and_are_two_rows() -> None:
    """"A North Korean cook and three sailors reached Japan": one person and a
    counted group, each a row; "one cook and nine sailors" counts the members
    of one group, which stays one row."""
    rows = _rows("A North Korean cook and three sailors reached Japan by boat on Tuesday.", "2016-04-14")
    assert [(r.actor, r.count) for r in rows] == [("North Korean cook", None), ("three sailors", 3)]
    [row] = _rows("Officials said one North Korean cook and nine sailors reached Japan by boat on Tuesday.", "2016-04-14")
    assert row.count == 9 or row.count == 10


def test_an_adverb_after_the_relatives_auxiliary_keeps_its_antecedent() -> None:
    [row] = _rows("Activists urged Beijing not to repatriate eleven North Koreans who are reportedly being held in "
                  "Dandong.", "2015-03-02")
    assert (row.status, row.actor, row.count) == ("attempted", "eleven North Koreans", 11)


def test_people_convicted_of_crossing_are_whoever_is() -> None:
    assert _rows("Under the new law, defectors convicted of illegally crossing the river face ten years in prison.",
                 "2015-03-02") == []


def test_recently_after_a_relative_clause_tells_a_time_so_the_label_is_an_event() -> None:
    [row] = _rows("Three sisters who escaped from North Korea recently told reporters about the famine.", "1998-05-15")
    assert (row.actor, row.status) == ("Three sisters", "defected")
    # without a time it stays a label
    assert _rows("Three sisters who escaped from North Korea told reporters about the famine.", "1998-05-15") == []


def test_a_dateline_city_in_capitals_without_punctuation_is_no_part_of_the_actor() -> None:
    rows = _rows("BANGKOK Nine North Koreans reached Bangkok on Monday, a week after they had sought refuge at a "
                 "church in Vientiane.", "2008-03-04")
    assert rows[0].actor == "Nine North Koreans" and len(rows) == 1


def test_a_dateline_joined_by_a_typed_dash_is_no_part_of_the_actor() -> None:
    """"TOKYO--Two ...": two hyphens for an em dash, with no spaces, as
    wire copy typed them; "Seoul-based" (one hyphen) stays a word."""
    [row] = _rows("TOKYO--Two North Korean fishermen who drifted into Japanese waters asked to go to South Korea, "
                  "officials said.", "2014-03-02")
    assert row.actor == "Two North Korean fishermen"


def test_a_concessive_clause_opening_the_sentence_is_no_part_of_the_actor() -> None:
    for text in ("Although the border is closed, a North Korean escaped to the South last month.",
                 "Even though the North has fortified its border, a North Korean escaped to the South last month.",
                 "While the talks went on, a North Korean escaped to the South last month."):
        [row] = _rows(text, "2024-06-12")
        assert (row.actor, row.date) == ("North Korean", "2024-05"), text
    # a person named there may be the actor
    [row] = _rows("Officials said the envoy in Rome has a new name, Jo Hak-su, the man reported to have sought asylum.",
                  "2019-01-04")
    assert row.actor_name == "Jo Hak-su"



def test_a_relative_clause_telling_a_dated_try_is_an_attempt() -> None:
    [row] = _rows("Guards shot a North Korean soldier who tried to cross the border into China on Monday.", "2013-09-17")
    assert (row.actor, row.status, row.date, row.destination) == ("North Korean soldier", "attempted", "2013-09-16", "China")
    [row] = _rows("Guards shot a man who was trying to swim north across the Imjin River on Monday.", "2013-09-17")
    assert (row.status, row.origin) == ("attempted", "Imjin River")


def test_a_long_according_to_opener_is_no_part_of_the_actor() -> None:
    [row] = _rows("According to a Tokyo-based monthly magazine edited by former North Korean officials, the soldiers "
                  "crossed the Tumen River into China early last week.", "2014-04-20")
    assert (row.actor, row.origin, row.date) == ("soldiers", "Tumen River", "2014-04")


def test_a_gerund_subject_after_for_someone_is_no_ones_act() -> None:
    assert _rows("For the refugees, fleeing to Thailand is now the only way out.", "2013-09-17") == []
    assert _rows("\u2018To many defectors, crossing into Laos is the most dangerous step,\u2019 she said.", "2013-09-17") == []


def test_the_object_of_an_act_on_people_is_the_one_a_relative_clause_tells_of() -> None:
    for text in ("Earlier in the day, a court fined 30 North Korean escapees, who were arrested Tuesday for entering "
                 "the country illegally.",
                 "A court fined 30 North Korean escapees who were arrested Tuesday for entering the country illegally."):
        [row] = _rows(text, "2006-08-24")
        assert (row.actor, row.count, row.status) == ("30 North Korean escapees", 30, "attempted"), text


def test_a_stretch_of_time_opening_the_clause_is_no_part_of_the_actor() -> None:
    [row] = _rows("In the past two months several dozen North Koreans have sought refuge in consulates in Shenyang.",
                  "2002-06-21")
    assert row.actor == "several dozen North Koreans"


def test_given_people_a_relative_after_a_comma_says_fled_somewhere_did_so() -> None:
    """"her mother and two brothers, who had fled to Russia before her": an
    event of those people (a way told), unlike a label ("a diplomat who
    defected"); its pluperfect puts it before the main clause's date."""
    [row] = _rows("In Yanji she finally met her mother and two North Korean brothers, who had fled to Russia before her.",
                  "2019-03-02")
    assert (row.actor, row.status, row.destination, row.date) == ("her mother and two North Korean brothers", "defected",
                                                                  "Russia", "")
    [row] = _rows("In March the agency protested when four North Koreans, who had fled to Mongolia, were flown home.",
                  "2019-05-02")
    assert (row.actor, row.destination, row.date) == ("four North Koreans", "Mongolia", "")
    # a label stays a label: no comma, no way told
    assert _rows("The ministry named a North Korean diplomat who defected as its new adviser.", "2019-05-02") == []


def test_the_object_of_the_subjects_own_verb_before_a_relative_is_its_antecedent() -> None:
    [row] = _rows("At a church in Shenyang they joined a North Korean nurse, who had defected to China in 2012.",
                  "2019-05-02")
    assert (row.actor, row.date, row.destination) == ("North Korean nurse", "2012", "China")


def test_what_a_whose_clause_says_of_the_actor_is_no_part_of_it() -> None:
    [row] = _rows("A North Korean border guard whose post faced the river swam to China last month.", "2019-05-02")
    assert (row.actor, row.destination) == ("North Korean border guard", "China")
    [row] = _rows("The pilot, whose squadron was based near Hamhung, defected by air in June.", "2019-05-02")
    assert row.actor == "pilot"


def test_the_kin_a_whose_clause_names_is_the_one_who_acted() -> None:
    [row] = _rows("Ri, whose daughter had fled to South Korea in 2011, was later arrested by Chinese police.",
                  "2019-05-02")
    assert (row.actor, row.date, row.destination) == ("Ri's daughter", "2011", "South Korea")


def test_people_who_sought_asylum_at_a_named_mission_did_so() -> None:
    """"three North Koreans who had sought asylum at the Spanish embassy":
    an asylum request at a place of its own is an event, not a label."""
    [row] = _rows("Police hauled away three North Koreans who had sought asylum at the Mexican embassy in Bangkok.",
                  "2019-05-02")
    assert (row.actor, row.count, row.status) == ("three North Koreans", 3, "sought_asylum")
    assert "Mexico" in row.destination


def test_an_indefinite_subject_opening_its_sentence_acted_in_its_relative_clause() -> None:
    """"A North Korean who defected across the zone says ...": the one the
    sentence goes on to tell about, an event even with no date; in the middle
    of a sentence "a diplomat who defected" stays a label."""
    [row] = _rows("A Chinese-speaking welder who fled to Mongolia on foot now teaches music in Incheon.", "2019-05-02")
    assert (row.actor, row.status, row.destination, row.date) == ("Chinese-speaking welder", "defected", "Mongolia", "")
    [row] = _rows("SEOUL, May 2 (Reuters) - An army cook who had defected to China hanged himself after he was sent home.",
                  "2019-05-02")
    assert (row.actor, row.destination) == ("army cook", "China")
    # its main verb an act of its own: that act is the row, with its day
    [row] = _rows("A family of five who had fled Hyesan landed in Seoul on Tuesday.", "2019-05-02")
    assert (row.date, row.destination) == ("2019-04-30", "Seoul")
    assert _rows("Police questioned a diplomat who defected about the bombing.", "2019-05-02") == []
    assert _rows("A report that defected from its usual style won praise.", "2019-05-02") == []


def test_an_indefinite_opening_a_reported_clause_acted_in_its_relative_clause() -> None:
    """"Officials say | a diplomat who fled to Italy has ...": the clause a
    reporting verb opens is told as a sentence is; "took the rare step of
    defecting" tells the act through the step taken."""
    [row] = _rows("Prosecutors said a cook who fled to Mongolia had been drafted twice.", "2019-05-02")
    assert (row.actor, row.status, row.destination) == ("cook", "defected", "Mongolia")
    [row] = _rows("Border police say a welder who took the rare step of defecting to the South was a party member.",
                  "2019-05-02")
    assert (row.actor, row.status) == ("welder", "defected")
    [row] = _rows("A sailor took the risky step of fleeing across the sea border in May.", "2019-06-02")
    assert (row.actor, row.status, row.date) == ("sailor", "defected", "2019-05")
    # not opening its clause, and with no detail: still a label
    assert _rows("Police questioned a cook who fled about the theft.", "2019-05-02") == []


def test_a_dated_act_told_second_in_a_relative_clause_after_a_name() -> None:
    [row] = _rows("Pak Song-chol, who ran a trading firm in Dalian and fled in March 2019, now lives in Seoul.",
                  "2021-02-01")
    assert (row.actor_name, row.date, row.origin) == ("Pak Song-chol", "2019-03", "")
    [row] = _rows("Mun Hye-ja, who taught music in Hamhung and defected last spring, spoke on Monday.", "2021-02-01")
    assert (row.actor_name, row.date) == ("Mun Hye-ja", "2020")


def test_one_named_as_one_of_those_who_fled_fled() -> None:
    [row] = _rows("Han Song-mi is one of thousands of North Koreans who fled to the South.", "2015-01-20")
    assert (row.actor_name, row.destination) == ("Han Song-mi", "South Korea")
    [row] = _rows("Park Ji-hyun was among the defectors who reached Britain in 2008.", "2015-01-20")
    assert (row.actor_name, row.date, row.destination) == ("Park Ji-hyun", "2008", "Britain")
    assert _rows("Han Song-mi met some of the North Koreans who fled to the South.", "2015-01-20") == []


def test_a_class_of_people_in_a_main_clause_before_after_fleeing_is_no_one() -> None:
    """"North Koreans who are sent back after fleeing face prison camps":
    the subject of the main clause, read for a predicate inside "after ...",
    is a class of people; "Two North Koreans ... after fleeing" are people."""
    assert _rows("North Koreans who are sent back after fleeing their country face years in prison camps.", "2017-05-05") == []
    [row] = _rows("Two North Koreans who worked in Ningbo were caught after fleeing the restaurant.", "2017-05-05")
    assert (row.count, row.status) == (2, "attempted")


def test_a_time_of_day_after_before_or_after_opens_no_clause() -> None:
    [row] = _rows("Three fishermen rowed a dinghy over the river before daybreak on Sunday and defected to the South.")
    assert (row.actor, row.status, row.destination) == ("Three fishermen", "defected", "South Korea")
    [row] = _rows("Two guards waded across the Tumen after midnight and fled to China.")
    assert (row.actor, row.destination) == ("Two guards", "China")


def test_members_told_after_a_group_are_no_part_of_its_first_verb_s_subject() -> None:
    [row] = _rows("Five loggers, among them two welders, walked out of a camp near Tynda and fled to Mongolia.")
    assert (row.actor, row.count, row.destination) == ("Five loggers", 5, "Mongolia")


def test_an_abbreviation_inside_the_sentence_ends_no_dated_relative_clause() -> None:
    [row] = _rows("Ri Sok-chol, an engineer, who also fled from Mt. Kumgang in March, now lives in Seoul.", "2019-08-02")
    assert (row.actor_name, row.date) == ("Ri Sok-chol", "2019-03")


def test_the_subject_before_a_relative_clause_with_a_subject_of_its_own() -> None:
    """"Nine workers at a mine | that a Chinese firm owns in Jilin | fled":
    the clause after "that" has its own subject and verb; the people who
    fled are the noun phrase before it. A "that" after a reporting verb or
    "and" opens what was said, where the subject is."""
    [row] = _rows("Nine workers at a mine that a Chinese firm owns in Jilin fled to Laos last month.", "2016-04-08")
    assert (row.actor, row.count, row.destination) == ("Nine workers at a mine", 9, "Laos")
    [row] = _rows("Eleven cooks at a hotel which the party ran in Dandong are seeking asylum in Seoul.", "2016-04-08")
    assert (row.actor, row.status) == ("Eleven cooks at a hotel", "sought_asylum")
    assert _rows("Officials said that the factory had given 43 people leave and that they had crossed the river.",
                 "2016-04-08") == []


def test_a_label_with_a_detail_is_the_event_when_nothing_else_tells_it() -> None:
    """"a diplomat who defected" labels someone; with a detail of the event
    (how many, where to, where from: the gold conventions) and no other
    telling of that actor in the article, it is the row. Going to the South
    from the North is no detail: every defection shares it."""
    [row] = _rows("At the event a teacher who defected to Canada read a poem, and a nurse who fled to Chile sang.",
                  "2006-05-08")
    assert (row.actor, row.destination) == ("teacher", "Canada")  # (one label a sentence)
    [row] = _rows("At the event a teacher who defected to Canada read a poem.", "2006-05-08")
    assert (row.actor, row.destination) == ("teacher", "Canada")
    assert _rows("At the event a teacher who defected to South Korea read a poem.", "2006-05-08") == []
    rows = _rows("A teacher fled to Canada in 2010. At the event the teacher who defected to Canada read a poem.",
                 "2016-05-08")
    assert [(r.actor, r.date) for r in rows] == [("teacher", "2010")]


def test_a_counted_label_told_how_they_came() -> None:
    """"Tokyo arranged for five defectors who arrived by boat to fly on to
    Seoul": defectors told how they came arrived; the label's actor is the
    counted noun phrase alone ("five defectors", not "Tokyo arranged for
    ..."); "the five defectors who ..." refers back and "two others who ..."
    names no one in particular."""
    [row] = _rows("Tokyo arranged for five defectors who arrived by boat to fly on to Seoul.", "2007-06-01")
    assert (row.actor, row.count) == ("five defectors", 5)
    assert _rows("The ministry said two others who arrived by boat were questioned.", "2007-06-01") == []


def test_people_seized_after_a_flight_told_in_their_relative_clause_attempted_it() -> None:
    # the flight in a relative clause closed by commas, a town and its country inside it
    [row] = _rows("Three miners, who slipped into Hunchun, China in early March, were detained by Chinese police "
                  "a week later.", "2015-04-10")
    assert (row.actor, row.status, row.count) == ("Three miners", "attempted", 3)
    [row] = _rows("Four loggers, who escaped to Ussuriysk, Russia last winter, were arrested and flown home.", "2015-04-10")
    assert (row.actor, row.status) == ("Four loggers", "attempted")


def test_a_restrictive_relative_before_the_main_verb_keeps_its_own_words_and_roles() -> None:
    # "helped" in the relative clause is no help to flee; "generals" is no role of the engineer
    [row] = _rows("A North Korean engineer based in Libya who helped design a dam for the country's generals has fled "
                  "his post.", "2019-07-01")
    assert (row.actor, row.role, row.status) == ("North Korean engineer based in Libya", "engineer", "defected")


def test_a_definite_counted_group_labelled_in_the_lead_is_the_storys_event() -> None:
    [row] = _rows("Officials said the three North Korean fishermen who reached Shimane Prefecture by raft are to be moved "
                  "on Friday to a facility in Tokyo.", "2019-07-01")
    assert (row.count, row.destination) == (3, "Shimane")
    # later in the story a definite group refers back to people told of before
    body = ("Police in Tokyo questioned a visitor on Monday. He said he was a tourist. The weather was cold. "
            "Officials said the three North Korean fishermen who reached Shimane Prefecture by raft are to be moved "
            "on Friday to a facility in Tokyo.")
    assert _rows(body, "2019-07-01") == []


def test_they_caught_trying_are_the_people_held_not_the_police() -> None:
    """"Police stopped two women in Dandong as they were trying to flee":
    "they" of a while/as clause after an arrest verb are the people it
    took (past a place and its description), not its subject; a pronoun
    object ("detained them") is left to the sentences before."""
    [row] = _rows("Police stopped two North Korean women in Dandong as they were trying to flee to South Korea.", "2016-03-02")
    assert (row.actor, row.count, row.status, row.destination) == ("two North Korean women", 2, "attempted", "South Korea")
    [row] = _rows("Border guards caught a family of five near Hunchun, a town on the Tumen River, while they were "
                  "attempting to escape to the South.", "2016-03-02")
    assert (row.actor, row.status) == ("family of five", "attempted")
    [row] = _rows("Nine North Koreans who were arrested in Laos as they tried to reach Thailand have been freed.", "2016-03-02")
    assert (row.actor, row.count, row.status) == ("Nine North Koreans", 9, "attempted")


def test_an_arrest_told_without_a_defection_word_moves_to_the_sentence_asserting_one() -> None:
    """"Six North Koreans are being held in Vietnam." then "Police detained
    the group in Hanoi as they were trying to flee to South Korea.": the
    event (one row) is asserted in the second sentence, its evidence; an
    arrest told with its crossing keeps its own sentence."""
    [row] = _rows("Six North Koreans are being held in Vietnam, an activist said. Police detained the group in Hanoi "
                  "as they were trying to flee to South Korea.", "2016-03-02")
    assert (row.count, row.status) == (6, "attempted")
    assert row.evidence.startswith("Police detained the group")
    [row] = _rows("Six North Koreans were arrested in Vietnam after crossing the border. Police detained the group in "
                  "Hanoi as they were trying to flee to South Korea.", "2016-03-02")
    assert row.evidence.startswith("Six North Koreans")


def test_a_refusal_coordinated_before_the_predicate_negates_only_itself() -> None:
    """"chose not to go home and fled to the South instead": the "not" is
    the infinitive's; "decided not to defect and returned to their unit"
    stays no event."""
    [row] = _rows("Officials said two North Korean loggers in Russia chose not to go home and fled to the South instead.", "2019-03-04")
    assert (row.actor, row.count, row.destination) == ("two North Korean loggers in Russia", 2, "South Korea")
    assert _rows("The soldiers decided not to defect and returned to their unit, a source said.", "2019-03-04") == []


def test_a_bare_plural_that_has_done_it_before_is_a_class_of_people() -> None:
    """"Sailors have crossed the sea border before, but ...": a perfect of
    experience said of a bare plural is no event; counted people, or
    "before" with its own time ("before dawn"), are one."""
    assert _rows("North Korean sailors have crossed the sea border before, but never in winter.", "2020-01-10") == []
    assert _rows("Chinese traders have tried to defect to the South in the past, a researcher said.", "2020-01-10") == []
    [row] = _rows("Ten North Korean sailors have crossed the sea border before dawn on Monday.", "2020-01-10")
    assert (row.count, row.status) == (10, "defected")


def test_nothing_showing_an_attempt_is_a_denial() -> None:
    """"Investigators said nothing suggests the sailor tried to defect":
    "nothing" negates like "no"."""
    assert _rows("Investigators said nothing suggests the missing sailor tried to defect to the North.", "2020-01-10") == []


def test_a_subject_said_to_be_something_is_still_the_subject() -> None:
    """"A North Korean, said to be working at a hotel in Dalian, crossed
    into ...": "said to be" opens an appositive about the subject, not a
    report whose words follow; a dateline with the day before the month
    ("Tokyo, 3 March 2004 (AFP) -") is no part of the actor."""
    [row] = _rows("A North Korean woman, said to be working at a hotel in Dalian, crossed the border into Mongolia.", "2004-03-03")
    assert (row.actor, row.status, row.destination) == ("North Korean woman", "defected", "Mongolia")
    [row] = _rows("Tokyo, 3 March 2004 (AFP) - Three North Korean sailors, said to be from Chongjin, have defected to Japan.",
                  "2004-03-03")
    assert (row.actor, row.count) == ("Three North Korean sailors", 3)


def test_an_opening_while_clause_ends_at_its_comma() -> None:
    """"While Kim Jong Un was visiting Beijing, a North Korean soldier
    crossed the DMZ": the subject stands after the opening clause's comma;
    a predicate inside the clause keeps its own subject."""
    [row] = _rows("While Kim Jong Un was visiting Beijing for talks, a North Korean soldier crossed the DMZ into the South.",
                  "2011-02-17")
    assert (row.actor, row.role, row.origin) == ("North Korean soldier", "soldier", "DMZ")
    [row] = _rows("Although two soldiers defected in 2010, the army changed nothing, officials said.", "2011-02-17")
    assert (row.actor, row.count, row.date) == ("two soldiers", 2, "2010")


def test_people_who_both_left_the_north_left_it() -> None:
    """"two sisters who both left North Korea in 2009": "both", "all" or
    "also" between the relative pronoun and "left" keep the departure."""
    [row] = _rows("Park Min-ji and Lee Su-jin, two sisters who both left North Korea in 2009, spoke to reporters.", "2013-05-04")
    assert (row.actor, row.status, row.date) == ("two sisters", "defected", "2009")


def test_people_shot_or_returned_home_after_their_flight_attempted_it() -> None:
    """"six soldiers waded across the river, but Chinese border police shot
    three of them": shot at the end of the flight; "a miner who had fled
    to China was arrested after he was returned to his homeland": sent
    back to his own country. Both attempts."""
    [row] = _rows("Six soldiers waded across the Tumen River, but Chinese border police shot three of them dead.", "2013-11-20")
    assert (row.count, row.status) == (6, "attempted")
    [row] = _rows("A miner from North Korea who had defected to China was jailed after he was returned to his homeland.", "2013-11-20")
    assert (row.role, row.status) == ("miner", "attempted")


def test_a_request_told_again_as_an_arrival_was_answered() -> None:
    """"Nine North Korean workers sought asylum at the embassy. The workers,
    eight women and a man, reached Seoul on Friday": one row, defected;
    "eight women and a man" are nine."""
    rows = _rows("Nine North Korean workers sought asylum at the South Korean embassy in Hanoi on Monday. The workers, "
                 "eight women and a man, reached Seoul on Friday.", "2016-04-09")
    assert [(r.count, r.status) for r in rows] == [(9, "defected")]


def test_the_people_a_force_took_custody_of_are_the_actor_not_the_custody() -> None:
    """"The army said it had secured custody of two soldiers who crossed the
    MDL": the actor is the soldiers (a tryout showed "custody of one North
    Korean soldier" in the table)."""
    [row] = _rows("The army said it had secured custody of two North Korean soldiers who crossed the MDL on Monday.", "2025-10-19")
    assert (row.actor, row.count, row.origin) == ("two North Korean soldiers", 2, "MDL")


def test_they_are_the_people_counted_before_with_adjectives_between() -> None:
    """"three of five North Korean sailors picked up last week will stay in
    the South after they asked to defect": "they" are the counted people,
    the part of the whole; "the three told officials that they ..." gives
    no group of the officials."""
    [row] = _rows("Officials said that three of five North Korean sailors picked up last week will stay in the South after "
                  "they expressed a wish to defect.", "2019-06-18")
    assert (row.actor, row.count) == ("three of five North Korean sailors", 3)
    assert _rows("According to the mayor, the two told Chinese officials that they had set out from North Korea.", "2019-06-18") == []


def test_someone_else_who_did_so_is_a_row_of_their_own() -> None:
    """"No soldier had swum the river since a corporal did so in March
    2015": the corporal's crossing, dated by the date after "did so"."""
    rows = _rows("No North Korean soldier had swum across the river into the South since a young corporal did so in "
                 "March 2015.", "2016-02-01")
    assert [(r.actor, r.date, r.status) for r in rows] == [("young corporal", "2015-03", "defected")]
    # without a date of its own, "did so" tells no event
    assert _rows("No North Korean soldier had swum across the river since a young corporal did so.", "2016-02-01") == []


def test_people_caught_and_what_they_tried_are_one_row() -> None:
    """"Border guards caught a group of four who tried to flee across the
    Yalu River": the catch and the flight it ended are one event, of the
    group (not of "Border guards caught a group of four")."""
    rows = _rows("North Korean border guards caught a group of four who tried to flee across the Yalu River in March.",
                 "2021-05-02")
    assert [(r.actor, r.count, r.status) for r in rows] == [("group of four", 4, "attempted")]



def test_another_group_caught_after_north_koreans_caught_is_more_of_them() -> None:
    """"Another group of five people was arrested": after North Koreans
    caught in the sentence before, more of the same people, caught too."""
    body = ("Eleven North Koreans crossed the Tumen River and were caught by Chinese police on Monday. "
            "Another group of six people was stopped at a checkpoint in Yanji two days later.")
    rows = _rows(body, "2013-03-10")
    assert [(r.count, r.status) for r in rows] == [(11, "attempted"), (6, "attempted")]


def test_a_whose_clause_before_an_auxiliary_keeps_its_not_and_a_hold_by_the_south_is_no_catch() -> None:
    # "whose name was not released had crossed": the relative's "not" is its own; held by the South
    # after crossing is where they went, held by the Chinese police is a catch
    [row] = _rows("The army said a North Korean fisherman whose name was not released had rowed across the Northern "
                  "Limit Line and was being held by the South.", "2021-06-04")
    assert (row.actor, row.status, row.destination) == ("North Korean fisherman", "defected", "South Korea")
    [row] = _rows("Two North Korean women crossed the Tumen River and were being held by Chinese police.", "2021-06-04")
    assert row.status == "attempted"


def test_an_ordinal_group_with_its_own_verb_is_an_event_not_a_label() -> None:
    [row] = _rows("The second group of North Korean refugees reached Canada in 2008.", "2014-08-06")
    assert (row.date, row.destination, row.status) == ("2008", "Canada", "defected")
    # "the first ... to defect" stays a label
    assert _rows("He was the first North Korean diplomat to defect to Canada.", "2014-08-06") == []


def test_a_source_named_after_its_role_in_an_according_to_phrase_is_no_actor() -> None:
    """"According to the agency's correspondent in Seoul, Arthur Penn, a
    fisherman ... crossed": the name after the source's role is the
    source's; the subject of the clause comes after it."""
    [row] = _rows("According to the agency's correspondent in Seoul, Arthur Penn, a fisherman from the North crossed the "
                  "sea border on Monday and asked to stay in the South.", "2004-06-01")
    assert (row.actor, row.actor_name, row.status) == ("fisherman from the North", "", "defected")
    rows = _rows("Four North Koreans climbed into a consulate. According to the paper's correspondent in Shenyang, Arthur "
                 "Penn, the break-in was the third attempt to reach South Korea by one of the four, Kim Chol-ho.", "2004-06-01")
    assert "Arthur Penn" not in {r.actor_name for r in rows}
    # a name after a source that is no person's role is still the subject
    [row] = _rows("According to the ministry, Kim Chol-ho, 28, crossed the border into South Korea on Sunday.", "2004-06-01")
    assert row.actor_name == "Kim Chol-ho"


def test_what_a_source_is_told_after_its_name_is_no_actor() -> None:
    """"According to the Sisa Journal, a South Korean weekly magazine, the
    diplomat ... fled": the description after the source is the source's;
    the diplomat told of again is no new actor."""
    rows = _rows("A diplomat posted in Africa defected last year. According to the Sisa Journal, a South Korean weekly "
                 "magazine, the diplomat is in his 40s and fled the North with his wife.", "2021-07-05")
    assert [r.actor for r in rows] == ["diplomat posted in Africa"]
    # a person after the source is still the subject ("a man, 28,")
    [row] = _rows("According to police, a man, 28, crossed the border into South Korea on Sunday.", "2021-07-05")
    assert row.actor == "man"


def test_an_opening_phrase_that_counts_the_event_is_no_label() -> None:
    """"In the second known defection in five weeks, a soldier defected":
    the ordinal says which event the clause tells, it labels no one; the
    soldier after the comma is the actor. "He would be the second
    defection of a minister" stays no event."""
    [row] = _rows("In the second known defection from the North in roughly five weeks, a North Korean soldier defected to "
                  "South Korea early on Thursday, an official said.", "2017-12-21")
    assert (row.actor, row.destination) == ("North Korean soldier", "South Korea")
    [row] = _rows("In what was the first such case this year, two fishermen crossed the sea border on Monday.", "2017-12-21")
    assert row.count == 2
    assert _rows("He would be the second defection of a minister, officials said.", "2017-12-21") == []


def test_a_dateline_that_lost_its_comma_is_no_part_of_the_actor() -> None:
    """"SEOUL Nov. 6 (Yonhap) -- More than 800 North Koreans have defected":
    the dateline is the report's, with or without the comma after the city."""
    [row] = _rows("SEOUL Nov. 6 (Yonhap) -- More than 800 North Koreans have defected to South Korea so far in 2019, "
                  "government data showed Wednesday.", "2019-11-06")
    assert (row.actor, row.count) == ("More than 800 North Koreans", 800)


def test_a_vague_group_after_so_far_only_is_no_event() -> None:
    assert _rows("So far only a handful of defectors from the north have crossed the maritime border, the ministry said.",
                 "2023-10-24") == []
    # a counted group after "so far" still is
    [row] = _rows("So far 33,000 North Koreans have fled to the South.", "2023-10-24")
    assert row.count == 33000


def test_the_number_of_people_named_but_never_given_is_a_trend() -> None:
    assert _rows("The ministry will close one of its schools next spring, as the number of such people arriving in "
                 "South Korea has dwindled in recent years.", "2025-03-01") == []
    # (nor is a number inside a name, "Covid-19", the trend's figure)
    assert _rows("The plan comes as the number of North Koreans coming into the South has dropped sharply since the "
                 "regime sealed its frontier during the Covid-19 crisis.", "2025-03-01") == []
    # the figure given, it is one
    [row] = _rows("The number of North Koreans arriving in the South dropped to 63 last year.", "2025-03-01")
    assert (row.count, row.date) == (63, "2024")


def test_a_dateline_of_a_city_and_agencies_with_a_dash_is_no_part_of_the_actor() -> None:
    """"Bangkok (Fides/Agencies) – Four North Koreans ...": the dateline, then the actor."""
    [row] = _rows("Bangkok (Fides/Agencies) – Four North Koreans have been detained near the Laos border, police said.",
                  "2011-03-04")
    assert (row.actor, row.count) == ("Four North Koreans", 4)


def test_a_place_is_given_as_named_without_the_words_describing_it() -> None:
    """"fled across the heavily-guarded Military Demarcation Line": the table shows
    the line as named; a description that is the place's only name stays."""
    [row] = _rows("A North Korean private fled across the heavily-guarded Military Demarcation Line on Friday.", "2019-05-04")
    assert row.origin == "Military Demarcation Line"
    [row] = _rows("Two North Koreans were found in a boat off an eastern Chinese port on Friday after fleeing.", "2019-05-04")
    assert "eastern" in row.origin or row.origin == ""
