"""Rules about who the subject of a predicate is, each on invented
sentences (see test_rules.py)."""

from __future__ import annotations

from defect_tui.index.models import Article

from .test_rules import EX, _rows


def _entities(body: str, label: str) -> list[str]:
    """The texts of one label's entity spans in an invented article."""
    art = Article(id="x", path="x.txt", title="North Korea", date="2019-07-08", date_precision="day", body=body)
    return [sp.text for sp in EX.extract(art).entities if sp.label == label]


def test_adverb_after_a_pronoun_subject_is_dropped() -> None:
    [row] = _rows("Pak Chol Min now repairs bicycles in Incheon. "
                  "He initially hid in a village near Musan and later fled to Mongolia in 2004.")
    assert row.actor_name == "Pak Chol Min" and row.destination == "Mongolia" and row.date == "2004"


def test_second_verb_after_comma_and_shares_the_first_ones_subject() -> None:
    [row] = _rows("Jo Hye Suk runs a noodle shop in Daegu. "
                  "She first left North Korea in 2008, aged 19, and fled to Laos.")
    assert row.actor_name == "Jo Hye Suk" and row.destination == "Laos" and row.date == "2008"
    [row] = _rows("A North Korean border guard shot two of his comrades in 2015, and then fled to South Korea.")
    assert row.role == "border guard" and row.destination == "South Korea" and row.date == "2015"


def test_family_name_given_alone_is_a_person() -> None:
    [row] = _rows('Lawyers asked that the woman be identified only as "Ri," to protect her family. '
                  "Ri asked for asylum in Mongolia in 2015.")
    assert row.actor_name == "Ri" and row.status == "sought_asylum" and row.destination == "Mongolia"


def test_short_relative_clause_before_a_finite_predicate() -> None:
    [row] = _rows("Seven North Koreans who hoped to reach Thailand have been detained in Laos, an aid group said.")
    assert row.actor == "Seven North Koreans" and row.count == 7 and row.status == "attempted"


def test_group_held_since_a_date_is_one_event_dated_by_it() -> None:
    [row] = _rows("Fourteen North Koreans who are trying to get to South Korea have been held in Cambodia "
                  "since Jan. 9, a church group said.")
    assert row.status == "attempted" and row.count == 14 and row.date == "2022-01-09"


def test_a_role_told_again_with_the_dates_the_event() -> None:
    rows = _rows("A North Korean soldier crossed the border into South Korea, the military said. "
                 "An officer said the young North Korean staff sergeant walked up to a guard post on Tuesday.")
    [row] = [r for r in rows if r.destination == "South Korea"]
    assert row.date == "2022-03-15"


def test_a_wish_told_of_a_group_counted_before_moves_to_its_introduction() -> None:
    [row] = _rows("A group of 14 North Koreans was spotted on a small boat near Ulleung Island on Tuesday, officials said. "
                  "The vessel's engine had failed. The North Koreans told the coast guard that they wished to defect.")
    assert row.count == 14 and row.date == "2022-03-15" and row.evidence.startswith("A group of 14")
    # a predicate asserted of the group keeps its own sentence
    rows = _rows("Police said on Monday they had detained 30 North Koreans in a raid in Bangkok. "
                 "The North Koreans had entered Thailand illegally from Laos.")
    assert [r.evidence[:16] for r in rows] == ["The North Korean"]


def test_the_line_crossed_told_in_a_later_sentence_is_the_origin() -> None:
    rows = _rows("Officials said a North Korean soldier was taken into custody after he crossed the heavily guarded frontier "
                 "on Friday. The army said troops took one North Korean soldier into custody, who had walked across "
                 "the Demilitarized Zone near Cheorwon.")
    [row] = [r for r in rows if r.date == "2022-03-11"]
    assert row.origin == "Demilitarized Zone" and row.destination == "South Korea"


def test_asking_for_refugee_status_is_an_asylum_request() -> None:
    [row] = _rows("Four North Korean women applied for refugee status in Ulaanbaatar last week.")
    assert row.status == "sought_asylum" and row.count == 4
    [row] = _rows("A North Korean teenager asked to be recognised as a refugee in Manila on Monday.")
    assert row.status == "sought_asylum" and row.date == "2022-03-14"


def test_subject_before_a_closed_relative_and_a_first_verb_phrase() -> None:
    rows = _rows("Nine relatives of Pak Song-Il, who fled North Korea in March, 2004, have gone to the office of "
                 "the UN refugee agency in Bangkok and asked to be recognized as refugees.")
    by_status = {r.status: r for r in rows}
    request = by_status["sought_asylum"]
    assert request.actor == "Nine relatives of Pak Song-Il" and request.count == 9 and request.date == ""
    assert by_status["defected"].actor_name == "Pak Song-Il" and by_status["defected"].date == "2004-03"


def test_a_month_leading_a_sentence_is_no_modal() -> None:
    [row] = _rows("In May, Seoul announced the defection of Ri Chol Su, a counsellor at the embassy in Rome.")
    assert row.actor_name == "Ri Chol Su" and row.role == "counsellor"


def test_taking_asylum_here_is_a_defection_to_the_south() -> None:
    [row] = _rows("In March, 21 workers of a North Korean factory in Russia took asylum here as a group.")
    assert row.status == "defected" and row.count == 21 and row.destination == "South Korea"


def test_a_relative_clause_about_the_subjects_identity_is_not_a_denial() -> None:
    [row] = _rows("Late on Sunday, a North Korean fisherman whose name was not made public crossed into the South "
                  "near Goseong, while patrol boats watched.")
    assert row.status == "defected" and row.destination == "South Korea" and row.role == "fisherman"


def test_crossing_into_the_north_leaves_no_origin_in_the_north() -> None:
    [row] = _rows("A South Korean farmer crossed into North Korea over the eastern fence on Tuesday.")
    assert row.destination == "North Korea" and "North Korea" not in row.origin


def test_fleeing_the_north_is_the_origin() -> None:
    # (the North left is read, then dropped from the column as the origin every defection shares)
    [row] = _rows("Since 2015, more than 400 have fled the North by sea, the ministry said.")
    assert row.origin == "" and row.destination != "North Korea"


def test_a_small_group_dated_by_a_year_is_an_event_not_a_figure() -> None:
    [row] = _rows("Three North Koreans fled to Mongolia in 2006.")
    assert row.status == "defected" and row.count == 3


def test_part_of_a_group_caught_and_sent_back_is_an_attempt() -> None:
    rows = _rows("Eleven members of the Ri family fled North Korea in 2008. "
                 "The group was large, and 3 of them were caught by Chinese police and sent back.")
    caught = [r for r in rows if r.status == "attempted"]
    assert [r.count for r in caught] == [3]


def test_going_into_an_embassy_is_an_asylum_request() -> None:
    [row] = _rows("Police said one woman went into the Swedish embassy in Hanoi on Friday.")
    assert row.status == "sought_asylum" and row.date == "2022-03-11"


def test_a_group_counted_in_its_parts_is_summed_and_one_event() -> None:
    [row] = _rows("Police said 4 women and 3 children fled across the river on Monday.")
    assert row.count == 7
    rows = _rows("Nine North Koreans who are trying to reach Thailand have been held in Laos since Feb. 2, a church said. "
                 "Soldiers in northern Laos caught the six women and three men a day after they crossed from China.")
    assert [r.count for r in rows] == [9]
    rows = _rows("Twelve North Korean loggers escaped from a camp in Russia in May. "
                 "The twelve arrived in Seoul on Friday, officials said.")
    assert [r.count for r in rows] == [12]


def test_defectors_now_living_in_the_south_are_a_running_total() -> None:
    rows = _rows("Some 900 defectors from North Korea now live in the South, and more than 150 have fled "
                 "in the past three years.")
    assert sorted(r.count for r in rows) == [150, 900] and all(r.status == "reported_count" for r in rows)
    [row] = _rows("According to the ministry, 31,002 North Korean defectors in all now reside in South Korea.")
    assert row.count == 31002 and row.status == "reported_count" and row.destination == "South Korea"


def test_a_relative_clause_after_according_to_is_the_sources_background() -> None:
    rows = _rows("A North Korean trade official in Shenyang went missing last week. "
                 "According to Ri Song Chol, who defected in 2014, three engineers are believed to have fled to Russia.")
    ri = [r for r in rows if r.actor_name == "Ri Song Chol"]
    assert [r.date for r in ri] == ["2014"] and ri[0].evidence.startswith("According to")
    assert all(r.date != "2014" for r in rows if r.actor_name != "Ri Song Chol")


def test_a_place_leading_an_organisation_is_part_of_its_name() -> None:
    body = "Doctors at the Daegu Fatima Hospital and staff of the Incheon Hana Center met the two defectors."
    assert _entities(body, "ORG") == ["Daegu Fatima Hospital", "Incheon Hana Center"]
    assert _entities(body, "LOCATION") == []


def test_an_acronym_that_reports_is_an_organisation() -> None:
    orgs = _entities("The man is in custody, NTV reported. An official told TASS that nothing was decided.", "ORG")
    assert orgs == ["NTV", "TASS"]


def test_only_is_no_part_of_a_number() -> None:
    nums = _entities("Only 63 defectors arrived in the spring, against about 300 a year earlier.", "NUMBER")
    assert nums == ["63 defectors", "about 300"]


def test_standing_guard_names_no_role() -> None:
    roles = _entities("The soldiers kept guard on the bridge, and the officers were caught off guard.", "ROLE")
    assert roles == ["soldiers", "officers"]


def test_a_persons_journeys_years_apart_are_two_events() -> None:
    rows = _rows("Han Myong Su crossed the Tumen River into China in 2001, but he went back home a month later. "
                 "In 2009, Han fled to China again and reached Seoul through Laos.")
    assert sorted(r.date for r in rows if r.actor_name == "Han Myong Su") == ["2001", "2009"]


def test_said_on_a_day_dates_the_report_not_the_event() -> None:
    [row] = _rows("An aid worker said on Tuesday that 14 defectors were arrested in Dalian.")
    assert row.count == 14 and row.date == ""
    [row] = _rows("A newspaper reported late Friday that a North Korean trade official had defected in Vladivostok.")
    assert row.date == ""


def test_the_arrest_of_those_who_help_defectors_is_no_attempt() -> None:
    assert _rows("Two Chinese brokers who guided the defectors were detained in Yanji on Monday.") == []
    assert _rows("Among the helpers arrested in Dalian is Jo Min-ho, a pastor from Busan.") == []
    [row] = _rows("Police arrested nine defectors and two brokers in Kunming.")
    assert row.count == 9 and row.status == "attempted"


def test_a_few_members_of_a_family_are_a_group_not_a_figure() -> None:
    [row] = _rows("Five members of a North Korean family fled by fishing boat, sailing between Kimchaek and Ulleung Island.")
    assert row.status == "defected" and row.count == 5


def test_a_few_defectors_in_a_given_month_are_an_event() -> None:
    rows = _rows("They are the first to come by sea since April, when six defectors crossed the Northern Limit Line.")
    assert [(r.count, r.status) for r in rows if r.count == 6] == [(6, "defected")]
    [row] = _rows("In March, 1,120 defectors reached South Korea, the ministry said.")
    assert row.status == "reported_count"


def test_a_dateline_with_an_unbracketed_agency_is_no_actor() -> None:
    [row] = _rows("KHABAROVSK, Russia, Oct. 5 Kyodo - In August, three North Korean loggers escaped to Mongolia, "
                  "officials said Monday.")
    assert row.actor == "three North Korean loggers" and row.count == 3


def test_a_running_total_that_passed_a_figure() -> None:
    [row] = _rows("The ministry said the number of North Koreans who have resettled in the South since 1953 passed 30,000.")
    assert row.status == "reported_count" and row.count == 30000


def test_a_part_of_a_small_group_on_a_given_day_is_its_event() -> None:
    rows = _rows("On Friday, five of 22 North Koreans who drifted into the South's waters defected.")
    assert [(r.count, r.status) for r in rows] == [(5, "defected")]
    rows = _rows("Only three of last year's 236 defectors had come across the border, the ministry said.")
    assert sorted(r.count for r in rows) == [3, 236]


def test_an_ordinal_leading_a_unit_is_part_of_its_name() -> None:
    assert _entities("A sergeant of the 8th Infantry Division crossed the border.", "ORG") == ["8th Infantry Division"]


def test_a_weekday_after_an_organisation_is_a_date() -> None:
    body = "The official Korean Central News Agency on Monday showed the two men."
    assert _entities(body, "ORG") == ["Korean Central News Agency"] and _entities(body, "DATE") == ["Monday"]


def test_a_range_of_dates_is_one_date_and_an_age_is_none() -> None:
    body = "They fled sometime between 2017 and 2018, when he was in his late 20s; the camps ran from 1990 to 1994."
    assert _entities(body, "DATE") == ["between 2017 and 2018", "1990 to 1994"]
    assert _entities("The talks ran on June 8-9 and again in May and June 2019.", "DATE") == ["June 8-9", "May", "June 2019"]


def test_troops_are_no_role_and_a_leaders_epithet_is_part_of_it() -> None:
    assert _entities("Armed troops patrol the border near Hyesan.", "ROLE") == []
    assert _entities("Posters of the Supreme Leader hung in every office.", "ROLE") == ["Supreme Leader"]


def test_a_description_closed_by_commas_holds_no_clause_of_its_own() -> None:
    """"since", "as" or "when" inside an appositive open no clause: the
    subject stands before the description."""
    [row] = _rows("A crew of nine, the largest group of sailors since the 1990s, reached South Korea on Sunday.")
    assert row.actor == "crew of nine" and row.count == 9 and row.date == "2022-03-13"
    [row] = _rows("Kim Su Ryon, a violinist as well known in Pyongyang as abroad, defected in Vienna in 2003.")
    assert row.actor_name == "Kim Su Ryon" and row.date == "2003"


def test_a_participle_phrase_after_the_people_is_no_head_noun() -> None:
    [row] = _rows("The North Korean kitchen staff working at a hotel in Kazan fled to Seoul last year.")
    assert row.actor.endswith("working at a hotel in Kazan") and row.destination == "Seoul" and row.date == "2021"
    [row] = _rows("North Korean crew employed on a freighter in Nakhodka defected in April.")
    assert row.date == "2021-04"


def test_a_number_before_more_or_other_still_counts_people() -> None:
    assert _entities("Six more North Korean coal miners crossed the Tumen River. "
                     "Two other North Korean army cooks followed them.", "NUMBER") == ["Six", "Two"]


def test_an_if_inside_a_participle_phrase_is_no_hypothesis_of_the_predicate() -> None:
    [row] = _rows("Eleven North Koreans, threatening to starve themselves if they were refused, walked into "
                  "the Danish embassy in Hanoi on Friday.")
    assert row.status == "sought_asylum" and row.count == 11 and row.date == "2022-03-11"


def test_a_city_in_capitals_before_a_spaced_dash_is_a_dateline() -> None:
    [row] = _rows("ULAANBAATAR - Three North Korean loggers crossed the border into Mongolia on Sunday.")
    assert row.actor == "Three North Korean loggers"


def test_both_ends_of_a_change_are_figures_each_of_its_own_period() -> None:
    rows = _rows("Data from the ministry showed the number of North Koreans reaching Japan slid from 1,310 in 2014 "
                 "to 642 in 2017.")
    assert sorted((r.count, r.date, r.status) for r in rows) == [(642, "2017", "reported_count"),
                                                                 (1310, "2014", "reported_count")]
    assert _rows("North Korea's rice harvest fell from 2,400 tonnes in 2014 to 1,900 tonnes in 2015.") == []


def test_a_large_number_after_the_counts_the_people_it_is_followed_by() -> None:
    found = _entities("Only 38 of the 1,204 defectors in Busan found work. The 412 North Korean refugees in "
                      "Bangkok wait. Arrivals passed the 2,000 level in 2006.", "NUMBER")
    assert "1,204 defectors" in found and "412" in found and "2,000" not in found


def test_a_superlative_description_before_the_name_is_the_first_telling() -> None:
    [row] = _rows("Sanctions will fail, according to the highest-ranking North Korean banker ever to have defected. "
                  "Ri Jong Ho ran a trading bank in Dalian until he fled with his family in 2014.")
    assert row.actor_name == "Ri Jong Ho" and row.evidence.startswith("Sanctions will fail") and row.date == "2014"
    # someone else named in the description: not this person's
    [row] = _rows("Kim Jong Un was furious at the defection of the most senior officer to flee since 1997. "
                  "Ri Jong Ho ran a trading bank in Dalian until he fled with his family in 2014.")
    assert row.evidence.startswith("Ri Jong Ho ran")


def test_korean_name_syllables_that_are_english_words() -> None:
    assert _entities("Kang Myong Do said so. Kim Do Hyun and Ri Chol So agreed.", "PERSON") == [
        "Kang Myong Do", "Kim Do Hyun", "Ri Chol So"]


def test_he_is_not_the_person_named_as_a_nouns_complement() -> None:
    [row] = _rows("Pak Su Il's wife is the niece of Defence Minister Kim Yong Chol. After he defected in May, "
                  "he was questioned for two months.")
    assert row.actor_name == "Pak Su Il" and row.date == "2021-05"


def test_wire_dates_and_the_year_before_a_figure() -> None:
    assert "end-September" in _entities("Arrivals totalled 3,100 as of end-September.", "DATE")
    rows = _rows("In 2020, the number of defectors reaching the South came to 229, down from 1,047 the previous year.")
    assert sorted((r.count, r.date) for r in rows) == [(229, "2020"), (1047, "2019")]


def test_a_part_of_a_figure_dated_apart_from_it() -> None:
    rows = _rows("As of June, some 31,000 North Koreans had reached the South, 63 of them in 2021.")
    assert sorted((r.count, r.date) for r in rows) == [(63, "2021"), (31000, "2021-06")]


def test_a_word_of_another_sense_far_from_defect_does_not_make_it_a_party_defection() -> None:
    [row] = _rows("A clerk who defected from Cambodia in 2019 had earlier run the ruling party's foreign exchange office.")
    assert row.role == "clerk" and row.origin == "Cambodia" and row.date == "2019"
    assert _rows("Two lawmakers defected to the opposition party in 2019.") == []


def test_moving_unseen_across_a_border_and_absconding_are_defections() -> None:
    [row] = _rows("Last May, a North Korean farmer sneaked across the border into China.")
    assert row.destination == "China" and row.date == "2021-05"
    [row] = _rows("A North Korean trade official absconded in Vladivostok in 2019.")
    assert row.origin == "Vladivostok" and row.destination == "" and row.date == "2019"


def test_described_as_opens_no_clause() -> None:
    [row] = _rows('A North Korean sailor described as "a junior officer" swam across the NLL to South Korea on Monday.')
    assert row.role == "sailor" and row.date == "2022-03-14"


def test_a_month_of_may_after_a_date_word_opening_a_sentence_is_a_date() -> None:
    assert "Last May" in _entities("Last May, a North Korean farmer crossed into China.", "DATE")


def test_figures_compared_by_times_or_with_a_participle_before_their_period() -> None:
    rows = _rows("The ministry said 88 North Korean defectors reached the South in 2021, twice the 41 of 2020 "
                 "but below the 229 recorded in the same period a year earlier.")
    assert (41, "2020") in {(r.count, r.date) for r in rows}


def test_a_running_total_named_at_length() -> None:
    rows = _rows("Nine defectors arrived in May, raising the cumulative number of North Korean defectors who have "
                 "resettled in the South since 1998 to 33,912.")
    assert 33912 in {r.count for r in rows}


def test_a_definite_description_refers_to_the_one_person_told_of_before() -> None:
    rows = _rows("Officials said a North Korean navy pilot has defected to South Korea. "
                 "Separately, 12 North Korean miners defected last week. "
                 "The senior naval aviator defected in February, according to a lawmaker.")
    assert len(rows) == 2
    [pilot] = [r for r in rows if r.count is None]
    assert pilot.role == "pilot" and pilot.date == "2022-02"


def test_a_past_participle_phrase_with_its_agent_is_an_appositive() -> None:
    [row] = _rows("Thirty North Korean refugees, helped by missionaries, reached Bangkok on Monday.")
    assert row.count == 30 and row.destination == "Bangkok" and row.date == "2022-03-14"


def test_a_name_described_before_its_relative_clause_is_the_actor() -> None:
    [row] = _rows("Money may have been one reason, as it was for Ko Yong Hwan, once a diplomat in Kinshasa, "
                  "who defected to Seoul in 1991.")
    assert row.actor_name == "Ko Yong Hwan" and row.date == "1991"


def test_the_person_after_into_how_is_the_antecedent_of_who() -> None:
    [row] = _rows("Prosecutors began an inquiry into how a North Korean miner who had defected in 2015 ended up in Pyongyang.")
    assert row.actor == "North Korean miner" and row.date == "2015"


def test_a_time_counted_from_another_event_is_no_part_of_the_actor() -> None:
    [row] = _rows("Two years later, three soldiers crossed the border into the South.")
    assert (row.actor, row.count) == ("three soldiers", 3)
    [row] = _rows("Years later the family fled to China.")
    assert (row.actor, row.destination) == ("family", "China")


def test_a_description_of_the_members_is_no_part_of_the_group() -> None:
    [row] = _rows("Activists say at least 31 North Korean refugees, many with family in Seoul, were detained in Shenyang last week.")
    assert (row.actor, row.count, row.status) == ("at least 31 North Korean refugees", 31, "attempted")
    [row] = _rows("The eight teenagers, five boys and three girls, all crossed from China into Laos in early May.", "2013-06-01")
    assert (row.actor, row.count, row.origin, row.destination) == ("eight teenagers", 8, "China", "Laos")
    # "in all" is the total, not a description
    [row] = _rows("The ministry said 41 North Korean defectors in all arrived in the first quarter.", "2013-06-01")
    assert row.count == 41


def test_the_people_suspected_of_defecting_are_the_actor() -> None:
    [row] = _rows("The navy said it suspected the three fishermen of defecting to South Korea.")
    assert (row.actor, row.destination) == ("three fishermen", "South Korea")


def test_crossing_from_one_country_into_another_needs_people() -> None:
    assert _rows("The trucks crossed from China into Laos on Monday.") == []
    # "who had crossed" after an authority is read by the relative clause, not as the authority's crossing
    rows = _rows("Officials said Thai police were holding six North Koreans who had crossed from Laos into Thailand.")
    assert not [r for r in rows if "police" in r.actor]


def test_the_person_told_is_no_part_of_the_actor_and_a_posting_in_a_relative_clause() -> None:
    rows = _rows("Lawmakers say a North Korean diplomat who had been the country's acting ambassador to Oman has defected "
                 "to South Korea. Officials told him the diplomat arrived in Seoul in July 2020 with his wife. "
                 "The diplomat, who now goes by the name Kang Min-jae, lives under protection.", "2021-01-27")
    assert [(r.actor, r.origin, r.date) for r in rows] == [("Kang Min-jae", "Oman", "2020-07")]
    # a relative clause with no posting abroad gives no origin
    [row] = _rows("A North Korean who was an adviser to the premier defected in 2019.")
    assert row.origin == ""
    # the diplomat told of again dates the first telling, and the person told is no actor
    rows = _rows("Lawmakers say a North Korean diplomat who had been posted in Oman has defected to South Korea. Ha Tae-keung, "
                 "a lawmaker, said officials had told him the diplomat came to South Korea in July 2020 with his wife.",
                 "2021-01-27")
    assert [(r.actor, r.origin, r.date) for r in rows] == [("North Korean diplomat", "Oman", "2020-07")]


def test_a_counted_group_told_again_is_one_event() -> None:
    """A lead told again a sentence later, the same number of the same
    people on the same date, is one event that both sentences complete;
    another number is another group."""
    rows = _rows("7 North Korean loggers working in Siberia defected to the South in March, it emerged on Monday. "
                 "In March seven North Korean loggers reached South Korea from Russia, a source said.", "2022-05-10")
    assert [(r.count, r.date, r.origin, r.destination) for r in rows] == [(7, "2022-03", "Siberia", "South Korea")]
    rows = _rows("7 North Korean loggers working in Siberia defected to the South in March, it emerged on Monday. "
                 "In March five North Korean loggers reached South Korea from Russia, a source said.", "2022-05-10")
    assert [r.count for r in rows] == [7, 5]


def test_a_name_taken_in_a_relative_clause_names_the_actor() -> None:
    """Defectors often live under a new name: "the engineer, who took the
    name Park Min-ho in the South, had fled" names the engineer."""
    rows = _rows("A North Korean engineer posted in Kuwait defected in 2019, a lawmaker said. The engineer, who took "
                 "the name Park Min-ho once he was in the South, had fled through a third country.", "2021-06-10")
    assert [(r.actor_name, r.origin, r.date) for r in rows] == [("Park Min-ho", "Kuwait", "2019")]


def test_part_of_a_group_wishing_to_defect_is_the_group() -> None:
    rows = _rows("Eleven North Koreans arrived by boat at Sokcho on Sunday. Nine of them have said they intend to defect, "
                 "while the other two are undecided.", "2021-06-10")
    assert [r.count for r in rows] == [11]


def test_a_list_of_people_and_a_participle_stay_in_the_actor() -> None:
    """"men, women, and children": ", and" brings the last item of a list,
    no new clause; "suspected of being North Korean" describes them."""
    [row] = _rows("Forty men, women, and children suspected of being North Korean climbed over the walls of the "
                  "Dutch Embassy in Beijing on Monday.", "2021-06-10")
    assert row.actor == "Forty men, women, and children suspected of being North Korean"
    assert (row.count, row.status, row.destination) == (40, "sought_asylum", "Netherlands (Dutch Embassy)")


def test_people_at_the_same_mission_told_again_are_one_event() -> None:
    """A first report and a fuller one often give different counts for
    the people who got into the same mission."""
    rows = _rows("About 30 people thought to be North Korean forced their way into the Swiss Embassy in Bangkok on Monday. "
                 "Thirty-two North Korean men and women climbed over the walls of the Swiss Embassy, witnesses said.", "2021-06-10")
    assert [(r.count, r.destination) for r in rows] == [(30, "Switzerland (Swiss Embassy)")]


def test_a_part_of_a_group_before_its_description() -> None:
    """"three of the 20 North Koreans, a group of 8 men and 12 women that
    drifted south last week, have said ...": the part is the actor and
    its count; the description's numbers are the whole group's parts."""
    [row] = _rows("According to the ministry, which spoke on Thursday, three of the 20 North Koreans, a group of 8 men and "
                  "12 women that drifted south near Baengnyeong Island last week, have said they wish to stay in the South.",
                  "2021-06-10")
    assert (row.actor, row.count, row.destination) == ("three of the 20 North Koreans", 3, "South Korea")


def test_those_made_to_defect_are_the_actor_and_a_share_is_no_event() -> None:
    """"Fear forced two soldiers to flee": the ones made to act are the
    actor (causative_verbs); "70 percent of the defectors" is a share of
    a figure told elsewhere (share_units)."""
    [row] = _rows("Fear of punishment forced two North Korean soldiers to flee across the border on Tuesday.", "2021-06-10")
    assert (row.actor, row.count, row.date) == ("two North Korean soldiers", 2, "2021-06-08")
    [row] = _rows("Hunger drove a North Korean couple to cross the Tumen River in May.", "2021-06-10")
    assert (row.actor, row.origin) == ("North Korean couple", "Tumen River")
    [row] = _rows("The purges have driven about ten senior North Korean diplomats posted abroad to defect, a source said.", "2021-06-10")
    assert (row.count, row.role) == (10, "diplomat")
    assert _rows("About 70 percent of the North Korean defectors who arrived in the South last year were women.", "2021-06-10") == []


def test_vague_numbers_habits_and_fractions_of_a_class_are_no_event() -> None:
    """"growing numbers of" (vague_group_openers), "very
    rarely" (generic_cues), "Half of all defectors" (share_fractions)."""
    assert _rows("In those years growing numbers of North Koreans began to flee across the Tumen River.", "2013-05-01") == []
    # ("a number of" is a number the gold conventions count: "a number of diplomats attempted to defect")
    assert _rows("North Korean defectors very rarely reach Canada.", "2013-05-01") == []
    assert _rows("Half of all defectors had no work before coming to South Korea, the survey found.", "2013-05-01") == []


def test_all_or_both_of_the_members_are_no_part_of_the_actor() -> None:
    """"The group, all of them men in their 20s," and "the four, both men
    and women,": a description of the members after the group."""
    [row] = _rows("The group, all of them men in their 20s to 50s, defected to South Korea in December.", "2023-01-26")
    assert (row.actor, row.date) == ("group", "2022-12")


def test_the_people_seen_are_the_actor_with_their_own_role() -> None:
    """"guards ... saw a North Korean soldier crossing the line": the one
    seen is the actor, and the role is his, not the guards'."""
    [row] = _rows("\"Our guards heard six shots and saw a North Korean soldier crossing the military demarcation line,\" "
                  "an officer said.", "2012-10-06")
    assert (row.actor, row.role, row.origin) == ("North Korean soldier", "soldier", "military demarcation line")


def test_a_pronoun_after_an_opening_phrase_is_the_subject() -> None:
    """"Fearing for his own safety, he chose to leave his post and defect":
    the pronoun, resolved to the person named before, is the actor."""
    rows = _rows("Pak Chol-min worked at the embassy in Lagos. Fearing for his own safety, he chose to leave his post "
                 "and defect to South Korea in 2019.", "2020-01-01")
    assert [(r.actor_name, r.date, r.destination) for r in rows] == [("Pak Chol-min", "2019", "South Korea")]


def test_a_day_of_last_month_opening_the_clause_is_no_part_of_the_actor() -> None:
    [row] = _rows("On Wednesday a source said that around the 20th of last month eight armed North Korean soldiers "
                  "crossed the Yalu River into China.", "2011-07-06")
    assert (row.actor, row.count, row.date) == ("eight armed North Korean soldiers", 8, "2011-06-20")  # (the day of last month, resolved)


def test_a_group_caught_later_in_its_sentence_is_one_attempt() -> None:
    """"the group escaped ..., but Chinese authorities detained its
    members": its members are the group, whose flight ended in arrest."""
    [row] = _rows("According to activists, the group of seven, a nine-year-old girl among them, escaped from North Korea "
                  "last month, but Chinese authorities detained its members in Liaoning.", "2019-04-30")
    assert (row.actor, row.count, row.status, row.date, row.destination) == ("group of seven", 7, "attempted", "2019-03", "Liaoning")


def test_thousands_written_with_a_hyphen_are_counted_in_full() -> None:
    """KBS writes "30-thousand" and "30-thousand-five": one figure, 30,000
    and 30,005, and a NUMBER of its own."""
    rows = _rows("The number of North Korean defectors in the South has passed 28-thousand. Seven escapees reached South "
                 "Korea on Friday, which brought the total of defectors to 28-thousand-seven.", "2016-11-14")
    assert sorted(r.count for r in rows if r.status == "reported_count") == [28000, 28007]
    art = Article(id="x", path="x.txt", title="x", body="In November 2010 the tally of defectors reached 20-thousand.",
                  date="2016-11-14", date_precision="day")
    assert [sp.text for sp in EX.extract(art).entities if sp.label == "NUMBER"] == ["20-thousand"]


def test_a_named_complement_with_its_title_is_not_the_actor() -> None:
    [row] = _rows("A cousin of North Korean leader Kim Jong Il fled to Canada in 1999.", "2004-05-05")
    assert (row.actor, row.actor_name, row.role, row.destination) == (
        "cousin of North Korean leader Kim Jong Il", "", "", "Canada")


def test_a_name_right_after_an_opening_date_is_the_subject() -> None:
    [row] = _rows("In 1998 Lee Min-ho, a captain in the navy at the time, fled across the sea to Japan.", "2013-09-17")
    assert (row.actor_name, row.role, row.date) == ("Lee Min-ho", "captain", "1998")


def test_a_group_of_people_is_a_group_not_a_class() -> None:
    """"A group of North Koreans reached ...": the noun "group" counts them
    as one party (a bare "North Koreans reached" would be a habit)."""
    [row] = _rows("A group of North Korean defectors reached Vladivostok on Monday.", "2013-05-08")
    assert (row.status, row.destination, row.date) == ("defected", "Vladivostok", "2013-05-06")


def test_the_three_of_them_is_the_group_itself() -> None:
    [row] = _rows("The four of them walked across the frozen Tumen in January 2009.", "2013-05-08")
    assert (row.actor, row.count, row.date) == ("four of them", 4, "2009-01")


def test_a_time_adverb_before_the_opening_phrase_is_no_actor() -> None:
    """"Earlier in June, a ..." / "Late on Friday, a ...": the opening time
    phrase, adverb and all, stops at its comma; the actor comes after it."""
    [row] = _rows("Earlier in June, a North Korean farmer waded across the Tumen River into China.", "2021-09-02")
    assert (row.actor, row.date) == ("North Korean farmer", "2021-06")
    [row] = _rows("Late on Friday, an elderly fisherman defected to the South across the sea border.", "2021-09-02")
    assert row.actor == "elderly fisherman"


def test_a_relative_that_reports_the_actors_words_is_passed_over() -> None:
    """"a man, who told police he was a farmer, had swum ...": the clause
    between the commas is the man's own words; he is the one who swam, not
    the "he" inside them."""
    [row] = _rows("Police said on Sunday that a North Korean man, who told them he was a farmer, "
                  "had swum across the Imjin River to the South.", "2022-08-08")
    assert row.actor == "North Korean man"
    [row] = _rows("A young woman, who says she is a nurse, walked across the frozen Tumen into China in 2011.", "2022-08-08")
    assert (row.actor, row.date) == ("young woman", "2011")


def test_an_act_of_the_subject_after_its_relative_clause_leads_to_the_predicate() -> None:
    """"Several months ago, 16 waitresses, who had worked at a restaurant
    in Dandong, quit China and went to South Korea": the opening "... ago"
    is a time, not a vague group, and the waitresses, whose relative clause
    and first act stand before the predicate, are the actor."""
    [row] = _rows("Several months ago, 16 waitresses, who had worked at a restaurant in Dandong, "
                  "quit China and went to South Korea.", "2019-10-10")
    assert (row.actor, row.count, row.destination) == ("16 waitresses", 16, "South Korea")


def test_a_noun_phrase_that_ends_in_its_owner_is_the_actor() -> None:
    """"a classmate of hers fled ...": the phrase ends in "hers", yet it is
    a noun phrase (the classmate), not a clause with a pronoun object."""
    [row] = _rows("Lee told the court that a classmate of hers fled to Mongolia in 2008.", "2016-02-02")
    assert (row.actor, row.destination, row.date) == ("classmate of hers", "Mongolia", "2008")


def test_who_they_say_they_are_then_a_hedged_main_verb() -> None:
    """"Some 12 people who say they are North Korean refugees are reported
    to have got into the Thai embassy": what they say they are, then the
    main verb behind its hedge; the twelve are the actor."""
    [row] = _rows("Some 12 people who say they are North Korean refugees are reported to have got into "
                  "the Thai embassy in Beijing.", "2006-01-01")
    assert (row.status, row.count) == ("sought_asylum", 12)


def test_the_subject_of_appears_to_have_is_the_actor() -> None:
    """"a teacher appears to have fled ...": the hedge stands between the
    subject and the predicate."""
    [row] = _rows("A North Korean teacher appears to have fled to Mongolia in April.", "2016-06-29")
    assert (row.actor, row.destination, row.date) == ("North Korean teacher", "Mongolia", "2016-04")


def test_the_one_officials_believe_did_it_is_the_actor() -> None:
    [row] = _rows("Police said they believe the woman had crossed the Tumen River into China in March 2019.", "2022-01-03")
    assert (row.actor, row.date) == ("woman", "2019-03")


def test_a_dateline_joined_to_its_sentence_by_an_em_dash_is_no_actor() -> None:
    [row] = _rows("BANGKOK—Five North Korean women who crossed the Mekong River into Thailand were caught on Sunday.", "2009-10-29")
    assert row.actor == "Five North Korean women"


def test_a_reflexive_that_stresses_the_subject_is_no_part_of_it() -> None:
    [row] = _rows("The North Korean engineer himself had swum across the Tumen River in 2015.")
    assert (row.actor, row.role) == ("North Korean engineer", "engineer")


def test_a_group_of_people_before_an_ing_predicate_is_no_gerund_s_subject() -> None:
    [row] = _rows("A family of North Koreans staying at the Austrian embassy in Tbilisi could remain there for weeks, an official said.")
    assert (row.status, row.destination) == ("sought_asylum", "Austria (Austrian embassy)")


def test_a_definite_subject_inside_a_quotation_refers_back() -> None:
    body = ("A North Korean fisherman drifted across the sea border on Monday, the navy said. The navy towed his boat "
            "to port. Officers questioned him for hours. The questioning went on into the night. "
            "\"The man is a fisherman from Sinpo, and he has said he wants to defect to the South,\" an officer added.")
    assert [r.actor for r in _rows(body)] == ["North Korean fisherman"]


def test_the_person_rescued_is_the_owner_of_a_whose_clause() -> None:
    [row] = _rows("Police said the coast guard rescued a North Korean fisherman, thought to be in his 50s, "
                  "whose boat had drifted across the sea border on Friday.")
    assert row.actor == "North Korean fisherman"


def test_a_participle_phrase_opening_the_sentence_is_no_part_of_the_subject() -> None:
    [row] = _rows("Sold to a farmer in Jilin, the 19-year-old North Korean woman escaped to Laos in 2016.")
    assert row.actor == "19-year-old North Korean woman"
    [row] = _rows("Judged by any standard, the nine North Koreans who reached Busan on Monday had a hard journey.")
    assert row.actor.startswith("nine North Koreans")


def test_a_ruler_is_never_the_one_who_fled() -> None:
    """The North's rulers never defect (data: `rulers`): "while Kim Jong-un
    tightens his grip and fewer farmers flee" tells no flight of his; "since
    Kim Jong-il took power in 1994" dates a reign, not a defection."""
    rows = _rows("While Kim Jong-un tightens his grip on the border and fewer farmers are fleeing, officials worry.",
                 "2016-04-11")
    assert all(r.actor_name != "Kim Jong-un" for r in rows)
    rows = _rows("It was the largest group to flee since Kim Jong-il took power in 1994.", "2016-04-11")
    assert all(r.actor_name != "Kim Jong-il" for r in rows)
    [row] = _rows("He is the most senior envoy to defect since Ri Chol-ho, the consul, in 2009.", "2016-04-11")
    assert (row.actor_name, row.date) == ("Ri Chol-ho", "2009")


def test_a_role_listed_in_both_numbers_is_told_in_the_singular() -> None:
    """The role list names "fisherman" and "fishermen" both: the table's role
    is the singular all the same (the gold conventions)."""
    [row] = _rows("Three North Korean fishermen defected to South Korea by boat on Monday.", "2019-06-20")
    assert (row.role, row.count) == ("fisherman", 3)


def test_a_person_kept_anonymous_by_a_letter_is_the_actor_of_a_relative_clause_after_it() -> None:
    [row] = _rows("Investigators said the swimmer looked much like C, who defected to the South in 2019.", "2022-03-01")
    assert (row.actor, row.role, row.date) == ("C", "", "2019")
    [row] = _rows("Officials compared the intruder with Mr. K, who had fled to China in 2018.", "2022-03-01")
    assert row.actor == "Mr. K"


def test_the_people_a_word_or_a_fear_is_about_are_the_actor_of_the_relative_clause_after_them() -> None:
    [row] = _rows("Officials would not give any news about her two sons, who have sought asylum in Mongolia.", "2019-07-01")
    assert (row.actor, row.status, row.count) == ("her two sons", "sought_asylum", 2)
    [row] = _rows("Rights groups raised fears over the fate of six loggers who fled to Laos in May.", "2019-07-01")
    assert (row.actor, row.count) == ("six loggers", 6)


def test_the_leader_of_a_counted_group_joined_to_it_is_one_of_its_members() -> None:
    [row] = _rows("A North Korean captain and nine crewmen defected to South Korea on Sunday.", "2019-07-01")
    assert row.count == 10
    rows = _rows("A North Korean soldier and two fishermen defected to South Korea on Sunday.", "2019-07-01")
    assert sorted(str(r.count) for r in rows) == ["2", "None"]


def test_an_actor_cut_inside_a_quotation_keeps_no_open_quote_mark() -> None:
    [row] = _rows('A North Korean cook described as "elderly" walked across the border into South Korea on Friday.',
                  "2019-07-06")
    assert '"' not in row.actor and "elderly" in row.actor


def test_a_lead_phrase_is_no_part_of_the_actor() -> None:
    """"With help from two churches in Seoul the five North Koreans reached
    Bangkok": the table shows "the five North Koreans", not the lead phrase."""
    [row] = _rows("With help from two churches in Seoul the five North Koreans reached Bangkok in May.", "2016-06-20")
    assert (row.actor, row.count) == ("the five North Koreans", 5)
    [row] = _rows("In recent years a number of North Korean workers have sought refuge at embassies in Hanoi.", "2016-06-20")
    assert row.actor == "a number of North Korean workers"


def test_the_subject_of_an_attempt_told_as_while_trying_to_is_the_main_clauses() -> None:
    """"Nine North Koreans held in Cambodia while trying to reach Seoul":
    the people held are the ones who tried; "trying to" is no subject."""
    [row] = _rows("Nine North Korean women detained in Cambodia while trying to defect to South Korea were freed on Friday.",
                  "2018-10-13")
    assert (row.actor, row.count, row.status) == ("Nine North Korean women", 9, "attempted")
    [row] = _rows("A North Korean logger was beaten by his guards after attempting to flee to Seoul in 2015.", "2018-10-13")
    assert row.actor == "North Korean logger" and row.status == "attempted"


def test_an_object_relative_before_while_trying_to_is_the_object() -> None:
    """"Guards shot dead a man who ignored an order while trying to
    cross": the man tried, not the guards."""
    [row] = _rows("Chinese guards shot dead a young North Korean who had ignored an order to stop while trying to cross "
                  "the Tumen River into China in March.", "2018-10-13")
    assert row.actor == "young North Korean" and row.status == "attempted"


def test_an_organisation_is_no_defector() -> None:
    """A body that goes to and fro, or speaks about the people who flee
    ("The United Nations and a team of doctors ..."), is not one of them."""
    assert _rows("The United Nations and a team of doctors arrived in Seoul on Friday after crossing the border from "
                 "North Korea.", "2018-10-13") == []


def test_a_count_after_and_is_the_subject_of_its_own_clause() -> None:
    """"eleven went home and four defected": the four are the actor and the
    count, not the words since the start of the sentence."""
    rows = _rows("Of the 15 North Korean sailors picked up off Japan, eleven went home and four defected to South Korea.",
                 "2019-12-20")
    assert [(r.actor, r.count) for r in rows] == [("four", 4)]


def test_a_pronoun_with_too_is_the_person_named_before() -> None:
    """"He too chose to defect": "too" is no part of the subject."""
    rows = _rows("Ri Song-ho, a North Korean miner, reached Dandong in May. He too chose to flee to the South.", "2019-07-01")
    assert rows and all(r.actor == "Ri Song-ho" for r in rows)


def test_an_opening_participle_clause_is_no_part_of_the_actor_nor_its_count() -> None:
    """"After wounding three guards, a North Korean private fled": the
    private, one person; the three guards are the clause's."""
    [row] = _rows("Seoul: After wounding three guards, a North Korean private fled across the border into the South on "
                  "Sunday, officials said.", "2015-08-10")
    assert (row.actor, row.count) == ("North Korean private", None)


def test_a_participle_phrase_after_the_subject_is_no_part_of_the_actor() -> None:
    """"Police said on Monday night five North Koreans, fearing arrest, took
    refuge ...": the five, not the phrase about them."""
    [row] = _rows("Police said on Monday night five North Koreans, fearing arrest at the border, took shelter in the "
                  "Swiss embassy in Hanoi.", "2004-06-01")
    assert (row.actor, row.count, row.status) == ("five North Koreans", 5, "sought_asylum")


def test_a_discourse_adverb_is_no_part_of_the_actor() -> None:
    """"The three loggers, however, fled ...": the table shows "three loggers"."""
    [row] = _rows("The three loggers, however, fled to the South Korean consulate in Vladivostok in March 2017.", "2017-04-02")
    assert row.actor == "three loggers"


def test_an_appositive_relative_before_had_been_trying_to_is_no_part_of_the_actor() -> None:
    """"the six defectors, who include two children, had been trying to
    reach Thailand": the defectors, not the members listed."""
    [row] = _rows("Police said the six North Korean defectors, who include two children and a grandmother, had been "
                  "trying to reach Thailand.", "2019-03-01")
    assert (row.actor, row.count, row.status) == ("six North Korean defectors", 6, "attempted")


def test_the_people_a_vehicle_carried_are_the_actor() -> None:
    rows = _rows("Early on Sunday a trawler carrying North Korean fishermen landed at Sokcho.", "2019-03-05")
    assert [(r.actor, r.status) for r in rows] == [("North Korean fishermen", "defected")]
    rows = _rows("A small raft with 12 North Koreans on board crossed the sea border on Friday.", "2019-03-05")
    assert [(r.actor, r.count) for r in rows] == [("12 North Koreans", 12)]
    # a class carried now and then stays a class
    assert _rows("Ships carrying North Korean migrants sometimes land on the coast.", "2019-03-05") == []


def test_another_and_a_number_is_a_group_of_its_own() -> None:
    rows = _rows("In May, 31 North Koreans ran into the Swiss embassy in Hanoi, and another 12 got into a French school.",
                 "2005-06-20")
    assert [(r.count, r.status) for r in rows] == [(31, "sought_asylum"), (12, "sought_asylum")]


def test_people_a_camera_showed_are_the_actor() -> None:
    [row] = _rows("Police said CCTV footage showed five North Koreans crossing the Mekong River into Thailand on Monday.", date="2015-06-18")
    assert (row.actor, row.count) == ("five North Koreans", 5)


def test_a_figure_set_off_by_a_dash_starts_the_actor() -> None:
    [row] = _rows("The total is far below the levels seen before the pandemic \u2013 1,200 North Korean defectors arrived in "
                  "2018 \u2013 but it is a rise.", date="2024-01-19")
    assert (row.actor, row.count, row.date) == ("1,200 North Korean defectors", 1200, "2018")
    # an aside between dashes after the actor is none of it
    [row] = _rows("The official said 63 North Koreans in all -- 40 men and 23 women -- settled in the South during the year.",
                  date="2022-01-20")
    assert (row.actor, row.count) == ("63 North Koreans in all", 63)


def test_a_belief_before_the_clause_is_no_part_of_its_subject() -> None:
    """"Police believe the defector swam across the river": what someone
    believes or thinks is told like what someone says; the actor starts
    after the verb of belief."""
    [row] = _rows("Investigators think a North Korean corporal swam across the Imjin River at night.", "2020-11-05")
    assert (row.actor, row.role) == ("North Korean corporal", "corporal")


def test_an_adverb_at_the_head_of_a_relative_clause_keeps_the_subject_before_it() -> None:
    """"A defector who once lived in Seoul returned to North Korea": the
    short relative clause may open with an adverb ("once", "reportedly")
    before its past verb; the subject is still the noun before "who"."""
    [row] = _rows("A defector who once lived in Seoul returned to North Korea.", "2017-07-19")
    assert (row.actor, row.destination) == ("defector", "North Korea")
    [row] = _rows("A sailor who reportedly drifted for days reached the South.", "2017-07-19")
    assert (row.role, row.destination) == ("sailor", "South Korea")


def test_a_lead_phrase_closed_by_its_comma_is_no_part_of_the_actor() -> None:
    """"After a long walk from Laos, a North Korean woman crossed": the
    phrase before the comma names no one; the person after it is the
    actor. A discourse adverb after the subject ("The couple, however,")
    is no part of it either."""
    [row] = _rows("After a long walk from Laos, a North Korean woman crossed the border into Thailand in March.", "2016-08-03")
    assert (row.actor, row.destination) == ("North Korean woman", "Thailand")
    rows = _rows("A defector couple settled in Seoul in 2010 and ran a small shop. "
                 "The couple, however, went back to the North in May 2015.", "2016-08-03")
    assert [(r.actor, r.date, r.destination) for r in rows][-1] == ("couple", "2015-05", "North Korea")


def test_a_gerund_with_its_date_is_no_actor() -> None:
    """"before deciding, last November, to defect": the gerund's subject is
    the main clause's, not "deciding"; a gerund before a noun still
    describes its people ("Fleeing soldiers crossed")."""
    rows = _rows("Kim Chol thought it over for months before deciding, last November, to defect from the North with his "
                 "family.", "2021-07-05")
    assert all("deciding" not in r.actor for r in rows)
    [row] = _rows("Fleeing soldiers crossed the river into China.", "2021-07-05")
    assert row.actor == "Fleeing soldiers"


def test_the_subject_of_a_reporting_verb_is_no_role_of_the_person_reported_on() -> None:
    [row] = _rows("Police officers said on Monday that Pak Il-nam crossed the Tumen River into China in 2001.", "2020-01-01")
    assert (row.actor_name, row.role) == ("Pak Il-nam", "")
    # nor is the subject of any verb of its own before the name
    [row] = _rows("A security guard found Pak Il-nam at the river. Pak Il-nam crossed the Tumen River into China in 2001.",
                  "2020-01-01")
    assert (row.actor_name, row.role) == ("Pak Il-nam", "")
    # a title right before the name is still the person's
    [row] = _rows("The defector and former soldier Kim Song-ho fled in 2009 across the Tumen River into China.", "2020-01-01")
    assert (row.actor_name, row.role) == ("Kim Song-ho", "soldier")


def test_the_year_of_an_opening_date_is_no_part_of_the_subject() -> None:
    for body in ("On December 1, 2018 a fisherman from Sinpo crossed the sea border into South Korea.",
                 "On December 1, 2018, a fisherman from Sinpo crossed the sea border into South Korea."):
        [row] = _rows(body, "2019-08-01")
        assert (row.actor, row.date) == ("fisherman from Sinpo", "2018-12-01")


def test_an_irregular_participle_opening_the_sentence_is_no_part_of_the_subject() -> None:
    [row] = _rows("Led by a former teacher, the family crossed the Yalu River into China in 2004.", "2010-01-01")
    assert (row.actor, row.role, row.date) == ("family", "", "2004")


def test_a_focus_adverb_opening_the_subject_is_no_part_of_the_actor() -> None:
    [row] = _rows("Only nine North Korean defectors reached South Korea in the second quarter, the ministry said.",
                  "2022-07-19")
    assert (row.actor, row.count) == ("nine North Korean defectors", 9)


def test_a_comparative_against_every_other_defector_introduces_the_persons_event() -> None:
    [row] = _rows("Pak Chol-ho, who ranked higher than any other North Korean officer ever to defect to the South, "
                  "died on Sunday. A former general, he defected to the South in 2001.", "2015-03-02")
    assert (row.actor_name, row.date) == ("Pak Chol-ho", "2001")
    assert row.evidence.startswith("Pak Chol-ho, who ranked higher")


def test_what_a_source_is_after_its_name_in_an_according_to_phrase_is_no_actor() -> None:
    [row] = _rows("According to Kang Dong-wan, a professor at Dong-A University, the North Koreans, all of them workers, "
                  "defected to South Korea last year.", "2023-01-25")
    assert (row.actor, row.role) == ("North Koreans", "worker")
    # a described actor right after the source is still the actor
    [row] = _rows("According to Seoul, a soldier, the second this year, crossed the border on Monday.", "2023-01-25")
    assert row.actor == "soldier"



def test_they_of_a_clause_after_a_state_are_the_people_it_acted_on() -> None:
    """"Japan has expelled three North Koreans after learning that they fled
    to ...": "they" are the people, not the state whose clause comes first;
    a clause of when or why is no part of their noun phrase."""
    [row] = _rows("Japan has expelled three North Koreans after learning that they had fled to Busan.", "2019-11-10")
    assert (row.actor, row.status, row.count) == ("three North Koreans", "defected", 3)
    [row] = _rows("Seoul expelled three North Koreans after learning that they had fled to South Korea.", "2019-11-10")
    assert row.actor == "three North Koreans"


def test_a_pronoun_subject_shared_by_two_verbs() -> None:
    """"... that they robbed a bank in Hyesan and fled to South Korea": the
    second verb's subject is the pronoun before the first."""
    [row] = _rows("Officials expelled four North Koreans after finding that they robbed a bank in Hyesan and fled to "
                  "South Korea.", "2019-11-10")
    assert (row.actor, row.destination) == ("four North Koreans", "South Korea")


def test_a_speaker_before_what_is_believed_is_no_actor() -> None:
    """"a police spokesman told journalists it was thought that the woman,
    who is 41, had fled to South Korea": the one the belief is about acts, not
    the speaker; a description between commas holds no speaker."""
    [row] = _rows("Later, a police spokesman told journalists it was thought that the woman, who is 41, had fled to "
                  "South Korea in March 2019.", "2020-02-02")
    assert (row.actor, row.date, row.destination) == ("woman", "2019-03", "South Korea")
    [row] = _rows("Officials believed the soldier had swum across the river in May.", "2020-02-02")
    assert row.actor == "soldier"


def test_a_counted_group_after_the_year_of_an_opening_clause_is_the_subject() -> None:
    """"Since the flood struck in 1996, some 4,000 North Koreans have ...":
    the clause before the year's comma is no part of the actor."""
    [row] = _rows("Since the flood struck in 1996, some 4,000 North Koreans have fled to the South.", "2001-05-02")
    assert (row.actor, row.count) == ("4,000 North Koreans", 4000)


def test_a_participle_after_an_article_is_part_of_the_subject() -> None:
    """"an unidentified North Korean man had been taken into custody after
    crossing ...": "unidentified" is no verb ending the subject."""
    [row] = _rows("Officials said Friday that an unidentified North Korean soldier had been taken into custody after "
                  "crossing the border into the South.", "2019-08-02")
    assert (row.actor, row.status, row.destination) == ("unidentified North Korean soldier", "defected", "South Korea")


def test_two_relative_clauses_of_one_subject_before_its_verb() -> None:
    """"the woman who was once a consul in Milan, and who disappeared in
    2017, reached Seoul in May": the woman reached Seoul."""
    [row] = _rows("A lawmaker said on Monday that the woman who was once a consul in Milan, and who disappeared in "
                  "early 2017, reached Seoul in May last year.", "2019-04-08")
    assert (row.actor, row.date, row.destination) == ("woman", "2018-05", "Seoul")


def test_the_subject_of_a_question_after_a_list_of_subjects() -> None:
    """"Police, relatives and lawmakers are trying to find out how the
    teenager crossed ...": the teenager, past the commas of the list."""
    [row] = _rows("Police, relatives and lawmakers are trying to find out how the teenager crossed the border into "
                  "China last week.", "2019-04-08")
    assert row.actor == "teenager"


def test_going_back_by_the_way_one_escaped_is_a_return() -> None:
    """"The woman went back to North Korea by the route she had used to
    escape it": a return, told by the escape it undoes."""
    [row] = _rows("SEOUL — The woman went back to North Korea by the same route she had used to escape it.", "2019-04-08")
    assert (row.status, row.destination) == ("defected", "North Korea")


def test_someone_is_a_person_who_can_be_the_actor() -> None:
    """"Someone" (an unidentified person) is the actor of an act told of it."""
    [row] = _rows("Officials said on Friday that someone had slipped across the Military Demarcation Line "
                  "into the South overnight.", "2021-09-10")
    assert (row.actor, row.status, row.origin) == ("someone", "defected", "Military Demarcation Line")
    # a label of no one in particular stays none
    assert _rows("Somebody who has fled North Korea knows the price of freedom.", "2021-09-10") == []


def test_what_the_subject_holds_between_dashes_is_no_part_of_the_actor() -> None:
    """"The seven - two couples, a grandmother and two boys - had fled ...":
    the subject is the seven, whatever the dashes list, commas and "and" too."""
    [row] = _rows("The seven - two couples, a grandmother, and two boys - had crossed the Tumen River in May.", "2011-07-02")
    assert (row.actor, row.count) == ("seven", 7)


def test_a_second_verb_of_the_same_object_is_no_part_of_it() -> None:
    """"Guards detained and beat a North Korean couple who ...": the couple."""
    [row] = _rows("Chinese guards detained and searched a North Korean couple who were trying to reach Mongolia.", "2015-03-02")
    assert (row.actor, row.status) == ("North Korean couple", "attempted")


def test_one_described_who_tells_their_own_story_past_a_relative_clause() -> None:
    """"A woman who turned up at a police station in Hanoi says she swam the
    river to escape": "she" is the woman who tells it, past her relative clause."""
    [row] = _rows("A woman who turned up at a police station in Hanoi on Sunday says she swam across the Tumen River "
                  "to escape.", "2019-05-14")
    assert (row.actor, row.status, row.origin) == ("woman", "defected", "Tumen River")


def test_a_clause_ending_in_a_question_word_is_no_actor() -> None:
    """"Cambodia is trying to decide what | will happen to three people ...":
    no actor "to decide what"."""
    rows = _rows("Cambodia said it is trying to decide what will happen to three people thought to be North Koreans "
                 "who took refuge at the Thai embassy in Phnom Penh.", "2012-03-05")
    assert all(not r.actor.lower().endswith("what") for r in rows)


def test_a_class_that_enters_or_reaches_in_the_present_tells_a_habit() -> None:
    """"Many defectors first go to China and then enter Thailand":
    how such people travel, no event."""
    assert _rows("Many defectors first go to China and then enter Thailand.", "2020-02-02") == []


def test_a_lead_phrase_closed_by_a_comma_gives_way_to_the_definite_subject() -> None:
    """"On that occasion, the sailor swam ...": the actor is the sailor."""
    [row] = _rows("On that occasion, the sailor swam across the Han River estuary.", "2019-05-04")
    assert row.actor == "sailor"


def test_the_people_a_case_or_fate_is_about_are_the_actor() -> None:
    # (invented: a verb's preposition and a noun that wraps the people stay out of the actor)
    [row] = _rows("Police in Busan are looking into the case of three North Korean sailors who crossed the "
                  "maritime border on Sunday.", "2021-06-08")
    assert (row.actor, row.count) == ("three North Korean sailors", 3)
    [row] = _rows("Aid groups fear for the fate of six North Korean women who fled to Mongolia in May.", "2021-06-08")
    assert (row.actor, row.count) == ("six North Korean women", 6)
