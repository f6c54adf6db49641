"""Rules about which words tell a defection, each on invented sentences
(see test_rules.py)."""

from __future__ import annotations

import pytest

from .test_rules import _rows


def test_a_defection_told_as_a_noun_of_a_counted_group() -> None:
    [row] = _rows("Officials spoke a week after the defection of a group of 21 fishermen from Sinpo.", "2019-05-02")
    assert (row.actor, row.count, row.status) == ("21 fishermen", 21, "defected")
    # where they went may come before whose defection it was
    [row] = _rows("The escape to South Korea of nine loggers was confirmed by the ministry.")
    assert (row.count, row.destination) == (9, "South Korea")
    [row] = _rows("The defection to the South of Ri Chol Min stunned Pyongyang.")
    assert (row.actor_name, row.destination) == ("Ri Chol Min", "South Korea")
    # a counted thing is no group of people
    assert _rows("The escape of three drones over the border was reported.") == []


def test_a_defection_told_as_a_noun_of_a_titled_person_or_of_whose() -> None:
    [row] = _rows("The defection to Canada of Dr Pak Myong-ho unsettled the institute.", "2003-02-01")
    assert (row.actor_name, row.destination) == ("Pak Myong-ho", "Canada")
    [row] = _rows("Reporters recalled Kang Chol-su, a former trade envoy, whose escape in 2011 made headlines.", "2019-02-01")
    assert (row.actor_name, row.date) == ("Kang Chol-su", "2011")


def test_defections_each_by_one_described_actor() -> None:
    [row] = _rows("There were two defections to the South by a North Korean sergeant in May.", "2021-09-01")
    assert (row.actor, row.destination, row.date) == ("North Korean sergeant", "South Korea", "2021-05")
    # defections by a class of people are a trend, not an event
    assert _rows("Defections by diplomats have risen sharply, officials said.") == []


def test_a_crossing_of_border_fences_is_a_crossing() -> None:
    [row] = _rows("In 2015 a North Korean corporal made it through two rows of barbed wire at night.")
    assert (row.role, row.date, row.status) == ("corporal", "2015", "defected")
    # a fence alone, with nothing of North Korea or defecting, is no border
    assert _rows("Four women climbed over the embassy fence on Monday.") == []


def test_a_journey_told_from_where_it_began() -> None:
    [row] = _rows("By 2008 Han Song-mi had made her way from North Korea to Mongolia.")
    assert (row.actor_name, row.origin, row.destination, row.date) == ("Han Song-mi", "", "Mongolia", "2008")
    [row] = _rows("By 2008 Han Song-mi had made her way from Hoeryong to Mongolia.")
    assert (row.origin, row.destination) == ("Hoeryong", "Mongolia")


def test_an_escape_managed_by_its_subject() -> None:
    [row] = _rows("Mrs Ri pulled off a daring escape from Hyesan in March, activists said.", "2020-06-01")
    assert (row.actor_name, row.origin, row.date, row.status) == ("Ri", "Hyesan", "2020-03", "defected")
    # a planned escape is no event
    assert _rows("Mrs Ri never managed an escape.") == []


def test_a_defector_described_by_a_relative_clause_goes_back_north() -> None:
    [row] = _rows("A North Korean defector who grew famous on a talk show has returned to her homeland, "
                  "after years in South Korea, state media said.", "2019-03-01")
    assert (row.actor, row.status, row.origin, row.destination) == (
        "North Korean defector", "defected", "South Korea", "North Korea")


def test_a_city_and_agency_dateline_is_no_actor() -> None:
    [row] = _rows("Busan AFP — Three North Korean fishermen defected to South Korea on Monday.", "2019-03-06")
    assert (row.actor, row.count, row.date) == ("Three North Korean fishermen", 3, "2019-03-04")


def test_over_a_wall_into_an_embassy_is_a_request_for_asylum() -> None:
    [row] = _rows("Six North Koreans got over the wall into the Mexican embassy in Beijing on Friday.", "2004-06-07")
    assert (row.count, row.status, row.date) == (6, "sought_asylum", "2004-06-04")
    [row] = _rows("A North Korean sergeant got over two barbed wire fences at dawn and reached a guard post.", "2004-06-07")
    assert (row.role, row.status) == ("sergeant", "defected")
    # over the wall of a school or a mission, the longer reading (not a crossing of some wall)
    [row] = _rows("Nine North Koreans clambered over the fence of the Canadian school in Dalian on Friday.", "2004-06-07")
    assert (row.count, row.status, row.date) == (9, "sought_asylum", "2004-06-04")
    # some of the group caught on the way in: the group's bid, one row
    [row] = _rows("Ten North Koreans scaled the wall of the German embassy in Beijing, but police caught four of them.",
                  "2004-06-07")
    assert (row.count, row.status) == (10, "sought_asylum")



def test_a_school_asked_for_asylum_is_the_destination_with_its_city() -> None:
    """"entered the Japanese school in Beijing": the school asked is where
    the bid went ("Japanese school, Beijing"), and the city is no place
    left."""
    [row] = _rows("Five North Koreans scaled the fence of the Korean International School in Dalian on Friday.", "2005-03-10")
    assert (row.status, row.destination, row.origin) == ("sought_asylum", "Korean International School, Dalian", "")
    [row] = _rows("Three North Korean women rushed into the French School on Tuesday, seeking asylum.", "2005-03-10")
    assert (row.status, row.destination) == ("sought_asylum", "French School")


def test_would_be_defectors_are_people_not_a_hypothesis() -> None:
    """"29 would-be North Korean defectors scaled a wall": "would-be" is an
    adjective of the people; "would" alone is still a hypothesis."""
    [row] = _rows("Seventeen would-be North Korean defectors rushed into the Thai embassy in Hanoi on Tuesday.", "2005-03-10")
    assert (row.actor, row.count, row.status) == ("Seventeen would-be North Korean defectors", 17, "sought_asylum")
    assert _rows("Officials said the North Korean clerk would defect to South Korea if he could.", "2005-03-10") == []


def test_a_crossing_told_in_a_relative_clause_is_an_act() -> None:
    [row] = _rows("In 2019 a North Korean private who swam across the Han River estuary was found by marines.")
    assert (row.actor, row.date, row.status) == ("North Korean private", "2019", "defected")
    # a defection told the same way, with no detail of its own, is a label
    assert _rows("A North Korean diplomat who defected was among the speakers.") == []
    # and a boat "that crossed" is no person
    [row] = _rows("In May, a family of four arrived in South Korea on a boat that crossed the sea border.")
    assert row.actor == "family of four"


def test_where_someone_comes_from_is_no_movement() -> None:
    assert _rows("Ri Su-jin, a defector, comes from Ryanggang Province.") == []
    [row] = _rows("Ri Su-jin, a defector, came to Seoul from Ryanggang Province in 2011.")
    assert (row.destination, row.date) == ("Seoul", "2011")


def test_a_class_choosing_to_defect_is_a_trend() -> None:
    assert _rows("Since then, scores of North Korean traders are choosing to defect, a researcher said.") == []
    assert _rows("Lately, members of the North Korean elite are opting to defect, Thae said.") == []


def test_a_wish_to_defect_voiced_in_the_south_is_a_defection() -> None:
    [row] = _rows("A North Korean sailor who was rescued in South Korean waters wants to defect, the coast guard said.")
    assert (row.actor, row.status, row.destination) == ("North Korean sailor", "defected", "South Korea")
    [row] = _rows("Police said a North Korean woman who had swum into South Korean waters has said she wants to stay.")
    assert (row.actor, row.status) == ("North Korean woman", "defected")
    # voiced elsewhere, it is a request
    [row] = _rows("A North Korean logger who fled a camp in Siberia has voiced a wish to defect, activists said.")
    assert row.status == "sought_asylum"
    # "every one of the North Koreans" is the group told of just before
    rows = _rows("Nine North Koreans were found adrift off Ishikawa on Tuesday. "
                 "Officials said every one of the North Koreans had voiced a wish to defect to South Korea.")
    assert len(rows) == 1 and rows[0].count == 9


def test_a_count_of_times_tells_no_event_of_its_own() -> None:
    assert _rows("It was the third time this spring that North Korean fishermen have sailed across the NLL.") == []
    assert _rows("Officials said it marks the first known case in which a North Korean pilot has defected by air.") == []
    # the event before such a frame is still told
    [row] = _rows("A North Korean corporal defected on Friday, the second time this year that a soldier has crossed the DMZ.")
    assert (row.actor, row.date) == ("North Korean corporal", "2022-03-11")
    # "making it the first time in seven years that" counts events too
    [row] = _rows("Nine North Koreans reached South Korea by boat on Monday, making it the first time in five years "
                  "that North Koreans have defected together by sea.", "2013-02-06")
    assert (row.count, row.date) == (9, "2013-02-04")


def test_going_to_the_south_is_an_arrival() -> None:
    """"went to South Korea", "flew to Seoul": going, with a place of
    arrival after it; moved there by others ("had been moved to Dandong")
    is not the people's own act."""
    [row] = _rows("A North Korean couple went to South Korea on Friday after a month in Thai custody.", "2021-06-10")
    assert (row.status, row.destination, row.date) == ("defected", "South Korea", "2021-06-04")
    assert _rows("Eight North Korean defectors held in Yunnan had been moved to Dandong, near the border.", "2021-06-10") == []


def test_an_arrival_for_talks_or_games_is_a_visit() -> None:
    """An arrival with its purpose after it ("for talks", "to compete") is
    a visit (`visit_purposes`), whatever the verb of arriving."""
    assert _rows("A North Korean trade delegation flew to Japan on Monday for talks on fishing rights.", "2021-06-10") == []
    assert _rows("North Korean athletes arrived in South Korea for the Winter Olympics.", "2018-02-10") == []
    assert _rows("North Korean boxers came to South Korea to compete in the Asian Games.", "2014-09-10") == []
    # (and coming to study: "came here last year to study film" in a report from abroad)
    assert _rows("TORONTO -- Pak Chol-min, a North Korean, came here last year to study English and film.", "2021-06-01") == []


def test_more_ways_of_crossing_and_of_asking() -> None:
    """Going over a wall into a mission, trying to get into one, coming
    "by sea across" a border, and demanding refugee status."""
    [row] = _rows("On Tuesday two North Koreans went over the wall into the German Consulate in Dalian.", "2021-06-10")
    assert (row.status, row.count, row.date) == ("sought_asylum", 2, "2021-06-08")
    [row] = _rows("Six people tried to get into the Swedish Embassy in Beijing on Friday, officials said.", "2021-06-10")
    assert (row.status, row.count) == ("attempted", 6)
    [row] = _rows("Nine North Korean citizens who came by boat across the sea border last week are to be sent home.", "2021-06-10")
    assert (row.status, row.origin, row.destination) == ("defected", "sea border", "South Korea")
    [row] = _rows("A North Korean couple spent the night inside the Bangkok office of the UNHCR, having walked into "
                  "the building on Monday to demand refugee status.", "2021-06-10")
    assert (row.status, row.date) == ("sought_asylum", "2021-06-07")
    # going over the border to see relatives is no crossing of a wall
    assert _rows("To see 90 North Koreans, about 300 South Koreans went over the border.", "2007-05-10") == []


def test_a_wish_told_after_a_relative_clause_and_a_wish_to_go_home() -> None:
    [row] = _rows("Two fishermen, who were rescued off Sokcho on Monday, have told officials they want to stay.", "2021-06-10")
    assert (row.status, row.count, row.actor) == ("defected", 2, "Two fishermen")  # (rescued: in the South)
    assert _rows("Officials said six North Koreans picked up at sea have said they want to go back home.", "2021-06-10") == []


def test_people_said_to_have_defected_and_flown_from_a_country() -> None:
    """"are reported to have defected", "said to have taken refuge": the
    subject stands before the reporting verb; "were flown from Cambodia
    to South Korea" is one airlift (an event, from Cambodia), not a figure."""
    [row] = _rows("Three North Korean soldiers are reported to have defected from a unit near Kaesong.", "2021-06-10")
    assert (row.actor, row.count, row.status) == ("Three North Korean soldiers", 3, "defected")
    [row] = _rows("A North Korean defector said to have taken refuge in the consulate has left for a third country, "
                  "a broadcaster said.", "2021-06-10")
    assert row.actor == "North Korean defector"
    [row] = _rows("In May more than 300 North Korean refugees were flown from Cambodia to South Korea, officials said.", "2021-06-10")
    assert (row.status, row.count, row.origin, row.destination) == ("defected", 300, "Cambodia", "South Korea")


def test_a_named_flight_in_another_month_names_no_described_one() -> None:
    rows = _rows("Last week's defection of a North Korean air force captain drew wide attention, officials said. "
                 "Chang Min-ho is said to have fled to China in January.", "1996-05-31")
    assert [(r.actor, r.actor_name, r.date) for r in rows] == [("North Korean air force captain", "", "1996-05"),
                                                               ("Chang Min-ho", "Chang Min-ho", "1996-01")]


def test_people_taken_in_by_a_country_are_a_figure_there() -> None:
    """"the United States has let in 122 refugees", "South Korea took in
    148 North Koreans in 1999", "asylum has been granted to an estimated
    25": people taken in, counted after the verb, by the country before."""
    rows = _rows("Since 2004 the United States has let in just 122 North Korean refugees, officials said.", "2011-09-20")
    assert [(r.count, r.destination, r.status) for r in rows] == [(122, "United States", "reported_count")]
    rows = _rows("South Korea took in 148 North Koreans in 1999 and 312 in 2000.", "2011-09-20")
    assert [(r.count, r.date, r.destination) for r in rows] == [(148, "1999", "South Korea"), (312, "2000", "South Korea")]
    rows = _rows("In Canada, political asylum has been granted to 14 North Koreans since 2010.", "2011-09-20")
    assert [(r.count, r.destination) for r in rows] == [(14, "Canada")]
    assert _rows("The port of Nampo received 3,000 tons of rice from South Korea last year.", "2011-09-20") == []


def test_running_away_arriving_off_a_coast_and_reaching_after_a_journey() -> None:
    [row] = _rows("The three North Korean waitresses who ran away from a restaurant in China are now in Thailand.", "2016-05-25")
    assert (row.count, row.origin, row.destination) == (3, "China", "")
    [row] = _rows("Five people claiming to be from North Korea arrived off Japan's northern coast on Monday aboard a fishing boat.",
                  "2021-06-10")
    assert (row.count, row.date) == (5, "2021-06-07")
    [row] = _rows("A North Korean couple spent five days at sea in 2009 before reaching northern Japan.", "2021-06-10")
    assert (row.date, row.destination) == ("2009", "Japan")
    # most of a class of people reaching the South is no one in particular
    assert _rows("Most North Koreans who flee their homeland travel through China and Laos before reaching the South.",
                 "2008-06-10") == []


def test_a_superlative_subject_of_another_verb_is_the_actor() -> None:
    """"the highest-ranking officer ever to have defected ... arrived":
    the superlative describes the subject of "arrived", which is an act;
    the superlative alone ("He is the highest-ranking officer ever to
    have defected") stays a label."""
    [row] = _rows("Yesterday the highest-ranking officer ever to have defected from North Korea arrived in Seoul with his family.",
                  "2021-06-10")
    assert (row.actor, row.date, row.destination) == ("highest-ranking officer", "2021-06-09", "Seoul")
    assert _rows("He is the highest-ranking officer ever to have defected from North Korea.", "2021-06-10") == []


def test_the_people_taken_into_custody_are_the_actor() -> None:
    [row] = _rows("The army said it had taken custody of a North Korean soldier who came across the MDL on Sunday.", "2021-06-10")
    assert (row.actor, row.origin) == ("North Korean soldier", "MDL")


def test_a_habit_in_a_later_clause_and_people_some_of_whom_fled() -> None:
    """A generic cue ("often") in a clause after the predicate's is about
    someone else; "activists, many of whom had fled" tells of no one in
    particular."""
    [row] = _rows("The three North Korean waitresses who ran away from a restaurant in China are now in Thailand, "
                  "where the embassy often takes in refugees from the North.", "2016-05-25")
    assert (row.count, row.origin) == (3, "China")
    assert _rows("On Tuesday, some two dozen activists, many of whom had fled North Korea themselves, protested outside "
                 "the embassy.", "2019-04-30") == []


def test_north_korea_is_no_origin_of_its_own() -> None:
    """Every defection leaves North Korea: the origin column keeps where
    the person was posted, lived or crossed (implicit_origins), as the gold
    conventions write it; a return north keeps the South it left."""
    [row] = _rows("A North Korean soldier fled North Korea in May and reached Seoul in June.", "2021-07-01")
    assert (row.origin, row.destination) == ("", "Seoul")
    [row] = _rows("Kim Hye-suk, a defector who had lived in Seoul since 2014, went back to North Korea in May.", "2021-07-01")
    assert row.destination == "North Korea"


def test_people_moved_by_their_captors_and_custody_in_the_south() -> None:
    """"the defectors were taken to Kunming": moved by those who hold
    them, no arrival (unless to the South); "taken into custody" abroad is
    an arrest, in the South on arrival it is no attempt."""
    assert _rows("On Monday afternoon the nine defectors were taken to Kunming, a city in southern China.", "2013-05-29") == []
    [row] = _rows("The nine defectors were taken to Seoul on Monday.", "2013-05-29")
    assert (row.destination, row.date) == ("Seoul", "2013-05-27")
    [row] = _rows("Thai police said 60 North Korean defectors were taken into custody in Bangkok on Tuesday.", "2013-05-29")
    assert (row.status, row.count) == ("attempted", 60)
    [row] = _rows("The JCS said a North Korean soldier was taken into custody after he crossed the border on Sunday.", "2025-10-20")
    assert row.status == "defected"


def test_getting_into_a_foreign_school_or_building_and_arresting_people() -> None:
    """A school run by a foreign country ("a South Korean school in
    Beijing") or "another South Korean diplomatic building" is a place of
    refuge like a mission; "arresting 65 refugees" is an arrest."""
    [row] = _rows("On Friday 29 North Koreans got into a South Korean school in Beijing.", "2004-10-28")
    assert (row.status, row.count, row.date) == ("sought_asylum", 29, "2004-10-22")
    [row] = _rows("Two weeks later, 20 North Koreans made their way into another South Korean diplomatic building.", "2004-10-28")
    assert (row.status, row.count) == ("sought_asylum", 20)
    [row] = _rows("Then police raided the flat, arresting 65 North Korean refugees who were hiding in two units.", "2004-10-28")
    assert (row.status, row.count) == ("attempted", 65)
    # a school with no country before it is no place of refuge
    assert _rows("On Friday 29 North Korean children got into a school in Beijing.", "2004-10-28") == []


def test_a_forecast_figure_and_an_idiom_of_arriving_are_no_rows() -> None:
    """"officials expect the number to reach about 1,500 this year" is
    a forecast (forecast_cues), while a figure told before the cue stays;
    "since Kim Jong-un came to power in 2011" is an idiom (arrival_idioms)."""
    rows = _rows("Officials expect the annual number of defectors to reach about 1,500 this year.", "2016-06-05")
    assert rows == []
    rows = _rows("In 2015, 1,276 North Korean defectors arrived in the South, and officials expect more this year.", "2016-06-05")
    assert [(r.count, r.date) for r in rows] == [(1276, "2015")]
    assert _rows("Arrivals of North Korean defectors have risen since North Korean leader Kim Jong-un came to power "
                 "in late 2011.", "2016-06-05") == []


def test_slipping_away_running_from_the_north_and_sometimes() -> None:
    """"slipped away from the agents", "ran from the North" are flights;
    "North Koreans sometimes reach the South" is a habit (generic_cues)."""
    [row] = _rows("Han Ji-ho is said to have slipped away from his minders in Paris last week.", "2014-11-19")
    assert (row.actor_name, row.date) == ("Han Ji-ho", "2014-11")
    [row] = _rows("Park Ji-hyun ran from the North in 1998 and fell into the hands of traffickers in China.", "2016-02-03")
    assert (row.actor_name, row.date) == ("Park Ji-hyun", "1998")
    assert _rows("Defections over the land border are uncommon, although North Koreans sometimes reach the South "
                 "by boat.", "2012-10-07") == []


def test_walking_into_a_un_refugee_office_is_a_request_for_asylum() -> None:
    [row] = _rows("Two women among them, a family of five North Koreans walked into the UNHCR office in Hanoi on Friday.",
                  "2003-04-07")
    assert (row.status, row.actor, row.count, row.date) == ("sought_asylum", "family of five North Koreans", 5, "2003-04-04")
    assert _rows("The lawyer walked into the office of his client in Seoul on Friday.", "2003-04-07") == []


def test_being_given_asylum_is_a_defection_of_the_subject() -> None:
    [row] = _rows("Four sailors picked up off Ulleung Island are to receive asylum in the South, officials said.", "2010-09-20")
    assert (row.status, row.actor, row.destination) == ("defected", "Four sailors picked up off Ulleung Island", "South Korea")
    [row] = _rows("Pak Song-il was granted asylum in Norway in 2009.", "2010-09-20")
    assert (row.status, row.actor_name, row.date, row.destination) == ("defected", "Pak Song-il", "2009", "Norway")


def test_the_mission_asked_for_asylum_may_be_named_at_length() -> None:
    [row] = _rows("A North Korean logger asked the South Korean Consulate General in Khabarovsk for asylum on Monday.",
                  "2010-09-20")
    assert (row.status, row.role, row.origin) == ("sought_asylum", "logger", "Khabarovsk")


def test_people_flown_in_arrived_where_the_report_is_written() -> None:
    [row] = _rows("On Monday a second group of 150 North Korean defectors was flown in from a Southeast Asian country.",
                  "2004-07-28")
    assert (row.status, row.count, row.origin) == ("defected", 150, "Southeast Asian country")
    assert _rows("Medical supplies were flown in from Japan on Monday.", "2004-07-28") == []


def test_managed_to_is_no_part_of_the_actor() -> None:
    [row] = _rows("Three North Korean nurses managed to defect to the South in June.", "2020-08-01")
    assert (row.actor, row.count, row.destination) == ("Three North Korean nurses", 3, "South Korea")
    [row] = _rows("Three North Korean nurses managed to escape to Mongolia in June.", "2020-08-01")
    assert (row.actor, row.destination) == ("Three North Korean nurses", "Mongolia")


def test_fleeing_to_the_south_needs_no_other_cue() -> None:
    [row] = _rows("The brothers escaped to the South in 2003.", "2010-04-04")
    assert (row.actor, row.destination, row.date) == ("brothers", "South Korea", "2003")


def test_help_given_is_no_wish() -> None:
    [row] = _rows("With help from a missionary, Jang Mi Ok fled to Thailand in 2012.", "2014-01-01")
    assert (row.actor_name, row.destination, row.role) == ("Jang Mi Ok", "Thailand", "")
    # help as a verb still makes the flight someone's aim, not a fact
    assert _rows("A pastor in Yanji wants to help Jang Mi Ok flee to Thailand.") == []


def test_giving_oneself_up_to_the_other_side() -> None:
    [row] = _rows("Early on Friday a North Korean corporal gave himself up to South Korean marines on Yeonpyeong.",
                  "2016-03-07")
    assert (row.role, row.status, row.date) == ("corporal", "defected", "2016-03-04")
    [row] = _rows("A North Korean lieutenant surrendered to a U.S. patrol near the truce village in 1983.")
    assert (row.role, row.status) == ("lieutenant", "defected")
    # giving oneself up to the police of a third country is no defection
    assert _rows("The North Korean gunmen surrendered to Chinese police after a standoff.") == []


def test_refusing_to_be_sent_back() -> None:
    [row] = _rows("Two of the six North Korean crewmen picked up off Jeju declined to be repatriated, officials said.",
                  "2018-02-02")
    assert (row.count, row.status) == (2, "defected")
    assert _rows("The goalkeeper refused to return to the club after the season.") == []


def test_a_population_told_by_a_vague_share_is_no_event() -> None:
    rows = _rows("Over 20,000 North Koreans now live in the South. Almost all of them, though, travel through China first.")
    assert [(r.status, r.count) for r in rows] == [("reported_count", 20000)]
    assert _rows("Boat escapes are rare: just a handful of fishermen have made it across the sea border.") == []


def test_caught_after_the_movement_by_someone_else() -> None:
    [row] = _rows("Police said four North Koreans waded across the Tumen on Friday before Chinese soldiers caught them.",
                  "2015-03-09")
    assert (row.count, row.status) == (4, "attempted")
    [row] = _rows("Activists said a North Korean family of five had fled and was being held in a Mongolian jail.")
    assert (row.count, row.status) == (5, "attempted")
    # the reason given for an arrest is no second event with the police as its actor
    [row] = _rows("A family of six had fled North Korea and was being held after Mongolian guards arrested them "
                  "for entering the country illegally.")
    assert row.actor == "family of six"


def test_the_object_of_an_arrest_told_before_it() -> None:
    [row] = _rows("The three defectors whom Vietnamese police arrested on Sunday will be handed to Seoul.", "2016-07-05")
    assert (row.actor, row.count, row.status, row.date) == ("three defectors", 3, "attempted", "2016-07-03")


def test_north_koreans_held_abroad_are_caught_fleeing() -> None:
    [row] = _rows("Activists said a group of up to 7 North Koreans was detained April 9 in the city of Tumen.", "2013-05-01")
    assert (row.count, row.status, row.date) == (7, "attempted", "2013-04-09")
    # a North Korean thing seized abroad is no person caught
    assert _rows("A North Korean freighter was seized in Panama last week.") == []


def test_a_main_clause_modal_casts_no_doubt_on_a_relative_clause() -> None:
    [row] = _rows("An official said Cambodia will expel 14 North Koreans who were arrested late last month after "
                  "entering the country illegally.", "2010-02-03")
    assert (row.actor, row.count, row.status, row.date) == ("14 North Koreans", 14, "attempted", "2010-01")
    # ... whose counted antecedent is the actor, not the clause's subject
    [row] = _rows("Lawmakers urged Seoul to bring home six North Korean defectors who are being held in Mongolia.")
    assert (row.actor, row.count, row.status) == ("six North Korean defectors", 6, "attempted")


def test_wishing_or_choosing_to_stay_in_the_south() -> None:
    [row] = _rows("The navy said it had picked up five North Koreans drifting at sea and that two of them wish to remain "
                  "in the South.")
    assert (row.count, row.status) == (2, "defected")  # (picked up at sea: already in the South)
    # ... and a soldier who crossed first
    [row] = _rows("A North Korean private crossed the land border on Friday and said he wanted to defect.", "2019-08-05")
    assert (row.status, row.date) == ("defected", "2019-08-02")
    [row] = _rows("Of the sailors rescued in March, Kim Song Il chose to stay in South Korea.")
    assert (row.actor_name, row.status) == ("Kim Song Il", "defected")


def test_going_away_from_the_north_and_clearing_a_fence() -> None:
    [row] = _rows("Late in 2019 Pak Yong Nam took his sons out to sea and rowed away from North Korea.")
    assert (row.actor_name, row.status, row.date) == ("Pak Yong Nam", "defected", "2019")
    [row] = _rows("In July a North Korean private scaled two fences on the eastern front.", "2014-09-01")
    assert (row.status, row.date) == ("defected", "2014-07")
    # a journey that began in the North
    [row] = _rows("Yoon Hye Ri set out from North Korea in a fishing boat in 2004.")
    assert (row.actor_name, row.status, row.date) == ("Yoon Hye Ri", "defected", "2004")


def test_getting_past_fences_and_crossing_to_the_communist_north() -> None:
    [row] = _rows("In 2006 a North Korean corporal got past three rows of fences near Cheorwon.")
    assert (row.role, row.date, row.status) == ("corporal", "2006", "defected")
    [row] = _rows("Larry Abshier was jailed for leaving his unit in 1962 and crossing over to the communist North.")
    assert (row.actor_name, row.date) == ("Larry Abshier", "1962")


def test_an_athlete_is_a_person() -> None:
    [row] = _rows("Last month a North Korean gymnast vaulted a fence two metres high.", "2020-12-01")
    assert (row.actor, row.date) == ("North Korean gymnast", "2020-11")


def test_they_are_the_people_counted_before_in_the_sentence() -> None:
    [row] = _rows("A UN expert voiced concern over the fate of seven refugees from North Korea, most of them women, "
                  "who may have been sent back after they were detained while crossing into Mongolia.", "2015-02-02")
    assert (row.actor, row.count, row.status) == ("seven refugees from North Korea", 7, "attempted")
    # ... and the same group as the main clause's, one row
    [row] = _rows("In May, 12 North Koreans from three families reached Japan after they sailed across the East Sea.")
    assert row.actor == "12 North Koreans from three families"


def test_arrests_told_as_custody_or_as_a_noun() -> None:
    [row] = _rows("Thai police have taken 11 North Korean nationals into custody after they crossed the Mekong.",
                  "2014-06-09")
    assert (row.actor, row.count, row.status) == ("11 North Korean nationals", 11, "attempted")
    [row] = _rows("Seoul protested Laos's arrest and deportation last week of four North Korean defectors who were "
                  "trying to reach Thailand.")
    assert (row.actor, row.count, row.status) == ("four North Korean defectors", 4, "attempted")
    # an arrest of someone with nothing of fleeing is no attempt
    assert _rows("The arrest of the North Korean smuggler shocked Seoul.") == []
    # those who help are no actors
    assert _rows("Police took two brokers from South Korea into custody as well.") == []


def test_an_arrest_on_a_charge_that_is_no_crossing_is_no_attempt() -> None:
    assert _rows("A North Korean defector was arrested in Seoul on charges of spying for the North.") == []
    assert _rows("Police arrested a defector on suspicion of fraud involving a car loan.") == []
    [row] = _rows("A North Korean defector was arrested in Bangkok on charges of illegal entry.")
    assert row.status == "attempted"


def test_a_wish_told_while_telling_someone_and_where_it_would_be_lived() -> None:
    """"telling officials that he really wants to stay": a wish; the place
    one wants to live in is where one would go, never where one left."""
    [row] = _rows("Picked up adrift off Sokcho, the fisherman kept telling officials that he really wants to stay in South Korea.")
    assert (row.role, row.destination) == ("fisherman", "South Korea")
    [row] = _rows("A rescued fisherman, Pak Il-nam, says he really wants to live in South Korea.")
    assert (row.origin, row.destination) == ("", "South Korea")


def test_why_they_left_or_what_route_they_took_is_a_question_not_an_event() -> None:
    assert _rows("Investigators are asking the six North Koreans why they fled and which route they took to defect.") == []


def test_a_condition_told_with_even_once_or_even_if_is_no_event() -> None:
    assert _rows("Guards were ordered to fire at deserters, even once they have crossed the river into Russia.") == []


def test_making_it_across_is_crossing_the_line_the_passage_speaks_of() -> None:
    rows = _rows("North Korean soldiers seldom cross the DMZ. In 2015 a young private made it across, and in 2012 "
                 "guards fired at a sergeant who ran through the DMZ.", "2020-01-02")
    assert [(r.actor, r.date) for r in rows] == [("young private", "2015"), ("sergeant", "2012")]
    # with no border in the passage, getting across is no crossing
    assert _rows("The runner from Pyongyang got across and won the race.", "2020-01-02") == []


def test_a_line_named_in_the_plural_among_others_is_the_line_crossed() -> None:
    """"one of the world's most dangerous frontiers": the crossing's line
    told as one of several lines, in the plural."""
    [row] = _rows("Officials said a North Korean corporal slipped across one of Asia's tightest frontiers on Tuesday.",
                  "2019-03-08")
    assert (row.actor, row.status, row.date) == ("North Korean corporal", "defected", "2019-03-05")
    # no line in the plural after the crossing: no crossing
    assert _rows("Officials said a North Korean corporal got across one of the busiest roads in Dandong on Tuesday.",
                 "2019-03-08") == []


def test_a_pair_of_defectors_who_landed_is_a_group_not_a_class() -> None:
    [row] = _rows("Another pair of North Korean defectors landed in Seoul on Friday and asked for asylum.", "1997-08-28")
    assert (row.status, row.destination) == ("defected", "Seoul")


def test_a_request_for_asylum_then_the_defection_it_led_to_is_one_defection() -> None:
    [row] = _rows("Kim Pyong-il, who sought asylum in Bangkok in May and later defected to Canada in June, spoke on Monday.",
                  "2005-09-01")
    assert (row.actor_name, row.status, row.destination) == ("Kim Pyong-il", "defected", "Canada")



def test_people_who_found_shelter_sought_refuge_there() -> None:
    [row] = _rows("About 40 refugees from North Korea have found shelter in a church in Vientiane, a pastor said.",
                  "2009-03-02")
    assert (row.status, row.count, row.destination) == ("sought_asylum", 40, "Vientiane")
    # shelter from the weather is no refuge asked of anyone
    assert _rows("The captain said the eight North Korean sailors had taken shelter from a typhoon off Niigata.",
                 "2009-03-02") == []


def test_a_coach_who_defected_in_a_passage_about_korea() -> None:
    text = ("North Korea's table tennis squad trained in Pyongyang all winter. Ri Chol-min, a former coach, "
            "defected in 2009.")
    [row] = _rows(text, "2012-04-02")
    assert (row.actor_name, row.role, row.date) == ("Ri Chol-min", "coach", "2009")
    # the club or party someone goes to is still the other sense, and so is a coach far from Korea
    assert _rows("North Korea's squad trained all winter. The coach defected to a rival club in 2009.", "2012-04-02") == []
    from defect_tui.index.models import Article

    from .test_rules import EX

    art = Article(id="x", path="x.txt", title="Skiing in Norway", body="Oslo's squad trained all winter. "
                  "Per Lind, a former coach, defected in 2009.", date="2012-04-02", date_precision="day")
    assert list(EX.extract(art).incidents) == []


def test_being_willing_to_defect_is_a_wish() -> None:
    [row] = _rows("Three sailors whose boat drifted south said they were willing to defect, the coast guard said.",
                  "2016-03-09")
    assert (row.count, row.status) == (3, "defected")  # voiced in the South, after drifting there
    [row] = _rows("The logger told activists in Vladivostok that he was willing to defect.", "2016-03-09")
    assert row.status == "sought_asylum"


def test_a_number_abbreviated_no_is_no_negation() -> None:
    [row] = _rows("Officials said Ko Song-il, the No. 3 diplomat at the mission in Rome, had arrived in Seoul.",
                  "2019-01-04")
    assert (row.actor_name, row.destination) == ("Ko Song-il", "Seoul")
    assert _rows("Officials said no diplomat from the mission in Rome had arrived in Seoul.", "2019-01-04") == []


def test_slipping_into_hiding_or_going_underground_is_going_missing() -> None:
    for verb in ("slipped into hiding", "went underground"):
        rows = _rows(f"Pak Chol-min, North Korea's trade attaché in Vienna, {verb} in May. "
                     "He is thought to want to defect to the West.", "2019-06-04")
        assert [(r.actor_name, r.status, r.date) for r in rows] == [("Pak Chol-min", "attempted", "2019-05")], verb


def test_an_escape_told_with_its_date_alone_in_a_report_on_north_korea() -> None:
    from defect_tui.index.models import Article

    from .test_rules import EX

    body = "Jo Min-su, 31, grew up in a labour camp. He said he stayed there until he escaped in 2009."
    for title, expected in (("Life after North Korea's camps", [("Jo Min-su", "2009")]), ("A marathon in Oslo", [])):
        art = Article(id="x", path="x.txt", title=title, body=body, date="2015-01-20", date_precision="day")
        assert [(r.actor_name, r.date) for r in EX.extract(art).incidents] == expected, title
    art = Article(id="x", path="x.txt", title="Life after North Korea's camps",
                  body="Jo Min-su, 31, grew up in a labour camp. He escaped injury in 2009.", date="2015-01-20",
                  date_precision="day")
    assert list(EX.extract(art).incidents) == []


def test_people_staying_at_a_foreign_mission_are_asking_it_for_asylum() -> None:
    """"... were still holed up in the Danish embassy", "... who are inside
    the Thai embassy": being at another country's mission is a request for
    asylum; being at North Korea's own embassy, or at "the embassy" with no
    country named, is no event."""
    [row] = _rows("Nine North Koreans were still holed up in the Danish embassy in Hanoi on Thursday.", "2009-06-12")
    assert (row.status, row.count, row.actor) == ("sought_asylum", 9, "Nine North Koreans")
    [row] = _rows("Aid groups asked what would happen to five North Korean women who are inside the Thai embassy "
                  "in Vientiane.", "2009-06-12")
    assert (row.status, row.count, row.actor) == ("sought_asylum", 5, "five North Korean women")
    assert _rows("Several diplomats who were at the North Korean embassy in Rome attended the talks.", "2009-06-12") == []
    assert _rows("Two North Korean officials remained at the embassy in Bangkok for the talks.", "2009-06-12") == []


def test_doing_the_same_after_a_defection_is_a_defection_of_ones_own() -> None:
    """"In March a banker who worked in Vienna did the same": the act of the
    sentence before, by someone else, with a date of its own; after a story
    with no defection, "did the same" tells nothing."""
    rows = _rows("A North Korean trade envoy in Sofia defected to South Korea in February. "
                 "In March a banker who worked in Vienna did the same.", "2015-06-06")
    assert [(r.actor, r.date) for r in rows] == [("North Korean trade envoy in Sofia", "2015-02"), ("banker", "2015-03")]
    rows = _rows("Three North Korean sailors defected in 2012. Their captain followed suit a year later.", "2015-06-06")
    assert len(rows) == 2
    assert _rows("North Korea fired a missile in May. In June Japan did the same.", "2015-06-06") == []


def test_a_defection_to_south_korea_is_never_one_to_a_party() -> None:
    """"a member of the party who defected to South Korea": the word
    "party" of the other sense stands in the sentence, but a defection to
    one of the Koreas is a defection; to a party it stays none."""
    [row] = _rows("Officials met Ri Song-chol, a former member of the party who defected to South Korea in 2011.", "2016-06-29")
    assert (row.actor_name, row.date, row.destination) == ("Ri Song-chol", "2011", "South Korea")
    assert _rows("Two members of the ruling party defected to the opposition party in 2011.", "2016-06-29") == []


def test_a_modal_of_the_main_clause_is_not_the_relative_clauses() -> None:
    """"X could prove useful to Y, a colonel who defected in May": "could"
    is the main clause's; the colonel's defection, dated in its own
    relative clause, happened."""
    [row] = _rows("The files could prove more useful than Kang Tae-su, a colonel who fled to China in May 2014.", "2016-06-29")
    assert (row.actor_name, row.date, row.destination) == ("Kang Tae-su", "2014-05", "China")


def test_a_crossing_undone_in_its_sentence_is_no_defection() -> None:
    """"crossed the line ... and pulled back": an incursion (or a stray
    boat that turned back), no one defected; the cues are data."""
    assert _rows("A dozen North Korean soldiers crossed the Military Demarcation Line on Tuesday and withdrew "
                 "after warning shots.", "2024-06-20") == []
    assert _rows("A North Korean patrol boat crossed the Northern Limit Line but turned back an hour later.",
                 "2024-06-20") == []
    [row] = _rows("A North Korean soldier crossed the Military Demarcation Line on Tuesday.", "2024-06-20")
    assert row.status == "defected"


def test_a_counted_family_of_a_north_korean_posted_abroad_going_missing() -> None:
    """"Earlier, on the 2nd, three relatives of a North Korean embassy
    worker in Minsk went missing": like a North Korean official or student
    abroad who vanishes, a counted family of one; "Earlier," opens the
    sentence and is no part of the actor."""
    [row] = _rows("Earlier, on the 2nd, three relatives of a North Korean embassy worker in Minsk, Belarus, went missing.",
                  "2023-06-08")
    assert (row.status, row.count, row.date, row.actor) == (
        "attempted", 3, "2023-06-02", "three relatives of a North Korean embassy worker in Minsk, Belarus")


def test_people_arrested_in_a_passage_about_defectors_held_abroad() -> None:
    """"Another man and two teenagers were also caught at a checkpoint":
    an adverb may stand inside the passive, and people not told of before,
    counted, arrested in a passage about defectors, are defectors caught;
    "the nine were being held" tells of people already told of."""
    rows = _rows("Nine North Korean defectors were arrested in Laos on May 1. "
                 "Another man and two teenagers were also caught at a checkpoint on May 3.", "2013-05-30")
    assert [(r.status, r.date) for r in rows] == [("attempted", "2013-05-01"), ("attempted", "2013-05-03")]
    assert len(_rows("Nine North Korean defectors were arrested in Laos on May 1. "
                     "The nine were being held in a cell in Vientiane.", "2013-05-30")) == 1


def test_staying_at_a_mission_and_a_wish_for_asylum_are_requests() -> None:
    """"Nine North Koreans staying in a tent at the Danish embassy", "a
    scientist who wished to seek asylum in Canada", "made clear they wanted
    asylum": requests for asylum; "had intended to ask for asylum" is a
    plan the story goes on to undo."""
    [row] = _rows("Nine North Koreans staying in a tent at the Danish embassy in Hanoi may remain there.", "2009-06-06")
    assert (row.status, row.count) == ("sought_asylum", 9)
    [row] = _rows("The man introduced himself as a North Korean engineer who wished to seek asylum in Canada.", "2009-06-06")
    assert (row.status, row.actor, row.destination) == ("sought_asylum", "North Korean engineer", "Canada")
    assert _rows("Caught in Laos, the five North Koreans had intended to ask for asylum in Thailand.", "2009-06-06") == []


def test_making_the_journey_is_a_flight_of_refugees_not_told_of_before() -> None:
    """"In 2003, some 1,200 refugees made the journey" (a figure), "Pak's
    family made the crossing in 1991": the flight told as a noun; "The
    soldier made the crossing" tells again of someone told of before, and
    a leader making the trip to Moscow flees nothing."""
    [row] = _rows("Few North Koreans reached the South before 2000. In 2003, some 1,200 refugees made the journey.", "2007-06-05")
    assert (row.status, row.count, row.date) == ("reported_count", 1200, "2003")
    [row] = _rows("Only once before had a family fled North Korea by sea. Pak's family made the crossing in 1991.", "2007-06-05")
    assert (row.actor, row.date) == ("Pak's family", "1991")
    assert len(_rows("A North Korean soldier defected on Tuesday. The soldier made the crossing at dawn.", "2007-06-05")) == 1
    assert _rows("Kim Jong Il made the trip to Moscow by train in 2001.", "2007-06-05") == []
    # people introduced in a clause after another subject made it ("The snow lay deep as ..."); the
    # definite subject is looked for before the verb, past an appositive
    [row] = _rows("The snow lay deep as five North Korean refugees made the journey into Mongolia in January.", "2007-06-05")
    assert (row.actor, row.count, row.destination, row.date) == ("five North Korean refugees", 5, "Mongolia", "2007-01")
    assert len(_rows("A North Korean guard defected on Tuesday. The guard, a North Korean defector now, made the "
                     "crossing at dawn.", "2007-06-05")) == 1


def test_a_superlative_said_of_the_subject_tells_its_defection() -> None:
    [row] = _rows("Mun Gyong-sik was the first North Korean trade officer to defect from Laos.")
    assert (row.actor_name, row.status) == ("Mun Gyong-sik", "defected")
    [row] = _rows("A North Korean colonel has become the highest-ranking officer ever to defect to the South, officials said.")
    assert (row.actor, row.status, row.destination) == ("North Korean colonel", "defected", "South Korea")
    # a modal before it, or a first time, tells no one's defection
    assert _rows("Should the report be true, Mun would be the highest-ranking envoy ever to defect.") == []
    assert _rows("It is the first time in years for a soldier to defect across the border.") == []


def test_a_named_person_s_event_told_again_fills_the_first_telling() -> None:
    [row] = _rows("Ri Kwang-chol was the first North Korean trade officer to defect from Laos. "
                  "A former clerk at the embassy in Vientiane, Ri defected to South Korea in May 2014.")
    assert (row.actor_name, row.date, row.destination) == ("Ri Kwang-chol", "2014-05", "South Korea")


def test_a_habit_told_by_now_and_then_or_had_been_known_to_is_no_event() -> None:
    assert _rows("Fishermen from the North now and then drift into Japanese waters and ask to stay.") == []
    assert _rows("Border guards had been known to flee to China before, officials said.") == []
    # a dated act of such people is one
    assert len(_rows("Two border guards fled to China on Monday, officials said.")) == 1


def test_which_defection_of_a_kind_an_event_was_adds_no_row() -> None:
    rows = _rows("A North Korean sailor swam across the river on Monday. "
                 "Monday's swim was the third defection by a North Korean sailor across the estuary this year.")
    assert [r.evidence[:28] for r in rows] == ["A North Korean sailor swam a"]


def test_none_nobody_and_no_one_deny_the_act() -> None:
    assert _rows("Officials said none of the North Korean sailors actually reached Busan.") == []
    assert _rows("Officials said nobody from the North Korean unit crossed the border that night.") == []


def test_an_escape_made_with_what_it_was_like() -> None:
    """"made a dramatic escape through the zone", "made a desperate dash
    across the river": the act told as a noun with an adjective or two."""
    [row] = _rows("A cook made a daring escape across the Tumen River in March.", "2017-12-22")
    assert (row.actor, row.status, row.date) == ("cook", "defected", "2017-03")
    [row] = _rows("A fisherman made a desperate dash across the river in May.", "2017-12-22")
    assert row.actor == "fisherman"


def test_once_before_a_subject_opens_a_clause() -> None:
    """"said that once the soldier had defected, guards came": "once" opens
    a clause (after which the soldier is the actor); "once a ... " after a
    comma stays a description, and "even once" a condition."""
    [row] = _rows("Officials said that once the cook had fled, guards searched the village.", "2017-12-22")
    assert row.actor == "cook"


def test_a_defection_told_as_a_noun_with_its_place_time_and_a_counted_group() -> None:
    """"the defection in Hanoi last month of a senior trade official": where
    and when stand between the noun and whose it was; "the escape this week of
    some 120 of its workers to Mongolia": a counted part of a people, and
    where they went after them."""
    [row] = _rows("The talks were clouded by the defection in Hanoi last month of a senior trade official.", "2011-06-20")
    assert (row.actor, row.origin, row.date) == ("senior trade official", "Hanoi", "2011-05")
    [row] = _rows("Pyongyang protested the escape this week of some 120 of its workers to Mongolia.", "2011-06-20")
    assert (row.count, row.destination) == (120, "Mongolia")


def test_a_wish_to_live_out_ones_days_is_no_request_to_stay() -> None:
    """"He said he hoped to live out his days in Hokkaido": a wish about the
    rest of a life, not a request to stay in the South."""
    assert _rows("A North Korean sailor said he hoped to live out his days in Hokkaido.", "2004-07-20") == []
    [row] = _rows("A North Korean sailor said he wanted to live in South Korea.", "2004-07-20")
    assert row.status == "sought_asylum"


def test_people_who_fled_and_were_sent_back_attempted() -> None:
    """"Six North Koreans who escaped through China last month have been sent
    back by Laos": the main verb undoes the flight of the relative clause,
    however long after it came."""
    [row] = _rows("Six North Koreans who escaped their homeland through China last month have been sent back by Laos.",
                  "2013-06-01")
    assert (row.count, row.status) == (6, "attempted")
    [row] = _rows("Six North Koreans who escaped their homeland through China last month have settled in Seoul.",
                  "2013-06-01")
    assert row.status == "defected"


def test_a_crossing_by_someone_and_slipping_out_of_the_country() -> None:
    """"the last crossing by a North Korean cook took place in May 2009": a
    crossing told as a noun, by someone; "slipped out of North Korea": out
    of the country itself (not "slipped out of the meeting")."""
    [row] = _rows("Cooks rarely defect; the last crossing by a North Korean cook took place in May 2009.", "2011-06-01")
    assert (row.actor, row.date) == ("North Korean cook", "2009-05")
    [row] = _rows("A cook slipped out of North Korea in March and reached Laos.", "2011-06-01")
    assert (row.actor, row.date, row.destination) == ("cook", "2011-03", "Laos")
    assert _rows("A cook slipped out of the meeting in March.", "2011-06-01") == []


def test_getting_inside_a_mission_is_a_bid_for_asylum() -> None:
    [row] = _rows("On Sunday, three North Koreans got inside the Swiss Embassy in Hanoi.", "2005-06-01")
    assert (row.count, row.status, row.destination) == (3, "sought_asylum", "Switzerland (Swiss Embassy)")


def test_people_on_their_way_to_defect_attempted() -> None:
    """"Two soldiers were on their way to defect when guards stopped them": on
    the way is no arrival (data: attempt_cues)."""
    [row] = _rows("Two North Korean soldiers were on their way to defect when guards stopped them.", "2023-06-08")
    assert (row.count, row.status) == (2, "attempted")


def test_a_defection_to_the_speakers_motherland_is_no_change_of_party_in_an_election_story() -> None:
    rows = _rows("Ri Chol-su won the election on Wednesday. He said that when he defected in 2009 to his motherland, "
                 "he had promised to serve its voters and his party.", "2020-04-17")
    assert [(r.actor, r.date) for r in rows] == [("Ri Chol-su", "2009")]
    rows = _rows("The lawmaker defected in 2019 to the ruling party, angering voters.", "2020-04-17")
    assert rows == []


def test_a_crossing_managed_or_succeeded_in_is_done_and_a_run_past_guards_into_a_mission_is_a_bid() -> None:
    [row] = _rows("Last spring a North Korean miner managed to slip through the fences along the Tumen River.", "2019-07-01")
    assert row.status == "defected"
    [row] = _rows("A North Korean cook succeeded in sneaking across the border near Hyesan in May.", "2019-07-01")
    assert (row.status, row.date) == ("defected", "2019-05")
    assert _rows("A North Korean cook hoped to slip across the border one day.", "2019-07-01") == []
    [row] = _rows("On Monday six North Koreans ran past two sentries into the Swedish embassy in Beijing.", "2019-07-03")
    assert (row.status, row.count) == ("sought_asylum", 6)


def test_a_counted_group_that_managed_to_get_into_one_mission_is_a_bid_not_a_figure() -> None:
    [row] = _rows("In 2004, 12 North Koreans managed to slip into the Canadian embassy in Bangkok.", "2006-08-25")
    assert (row.status, row.count, row.date) == ("sought_asylum", 12, "2004")
    [row] = _rows("At least 40 North Korean officials sought asylum in Sweden in 2005.", "2006-08-25")
    assert row.status == "reported_count"


def test_counted_people_moved_out_of_a_country_or_helped_to_settle_in_the_south_are_a_row() -> None:
    [row] = _rows("In 2006 the government airlifted 214 North Koreans out of Thailand.", "2010-01-01")
    assert (row.count, row.origin, row.date) == (214, "Thailand", "2006")
    [row] = _rows("Since 2009 a church group has helped some 300 North Koreans settle in South Korea.", "2010-01-01")
    assert (row.count, row.destination) == (300, "South Korea")
    body = "A North Korean woman crossed the sea border on Monday. Marines helped the woman reach the South safely."
    assert len(_rows(body, "2010-01-01")) == 1


def test_people_carried_across_the_line_crossed_it() -> None:
    """"A fishing boat carried three North Koreans across the sea border":
    the people carried or guided across crossed; the line is the origin.
    Things carried are no one, and a habit ("carry North Koreans") no event."""
    [row] = _rows("A small fishing boat carried three North Koreans across the sea border on Monday.", "2023-07-19")
    assert (row.actor, row.count, row.origin, row.status) == ("three North Koreans", 3, "sea border", "defected")
    [row] = _rows("A broker guided the family across the Tumen River in 2010, she said.", "2023-07-19")
    assert (row.actor, row.origin, row.destination, row.date) == ("family", "Tumen River", "", "2010")
    assert _rows("Traders smuggled South Korean DVDs across the border into North Korea.", "2023-07-19") == []


def test_people_taken_in_by_a_foreign_mission_asked_it_for_asylum() -> None:
    """"Six North Koreans were taken in by the Swedish embassy in Hanoi":
    sheltered by a mission is a request there (the mission the
    destination; a group's origin is not the mission's city, see
    mission_groups.py)."""
    [row] = _rows("Six North Koreans were taken in by the Swedish embassy in Hanoi on Tuesday, a diplomat said.", "2005-03-10")
    assert (row.count, row.status, row.origin, row.date) == (6, "sought_asylum", "", "2005-03-08")
    assert row.destination.startswith("Sweden")


def test_a_group_that_ran_into_a_mission_has_no_origin_of_its_city() -> None:
    """"Twelve North Koreans rushed into the Finnish embassy in Vientiane":
    the city is where the mission stands, not where they came from; one
    person posted there ("a North Korean trade official in Vientiane
    walked into the Finnish embassy") keeps it."""
    [row] = _rows("Twelve North Koreans rushed into the Finnish embassy in Vientiane on Monday.", "2006-05-10")
    assert (row.count, row.status, row.origin) == (12, "sought_asylum", "")
    assert row.destination.startswith("Finland")
    [row] = _rows("A North Korean trade official walked into the Finnish embassy in Vientiane on Monday.", "2006-05-10")
    assert (row.role, row.origin) == ("trade official", "Vientiane")


def test_the_workers_party_is_the_norths_and_no_other_sense_of_defecting() -> None:
    """"Ri Myong-su, a senior Workers' Party official, defected during a
    trip": North Korea's ruling party places the sentence in a Korea story;
    a lawmaker defecting to a rival party does not."""
    [row] = _rows("Ri Myong-su, a senior Workers' Party official, defected last month during a trip abroad.", "2003-05-04")
    assert (row.actor_name, row.status, row.date) == ("Ri Myong-su", "defected", "2003-04")
    assert _rows("Kim, a lawmaker, defected to the rival party last month.", "2003-05-04") == []


def test_crossings_by_mistake_reports_dismissed_as_false_and_poachers_held_are_no_events() -> None:
    """"The sailors are believed to have crossed the sea border by mistake",
    "officials dismissed as false reports that three athletes had defected",
    "guards detained 40 North Koreans who had been poaching": no defection
    (strayed; denied; held for something else)."""
    assert _rows("The two North Korean sailors are believed to have crossed the sea border by mistake in the fog.", "2019-07-04") == []
    assert _rows("Team officials dismissed as false reports that three North Korean athletes had defected.", "2019-07-04") == []
    assert _rows("Russian border guards detained 40 North Koreans who had been poaching crabs near the border.", "2019-07-04") == []


def test_what_someone_is_accused_of_is_no_event() -> None:
    """"a court upheld a sentence for a man accused of coming into the
    South disguised as a refugee": what he is accused of doing asserts
    nothing; "suspected of trying to defect" is left to the other rules."""
    assert _rows("A Seoul court on Monday upheld a two-year sentence for a North Korean man accused of coming into the South "
                 "disguised as a refugee.", "2014-07-04") == []
    # (an accusation of something else is no part of the event: the person still fled)
    [row] = _rows("A North Korean diplomat accused of embezzlement fled to South Korea last year.", "2017-01-04")
    assert (row.role, row.destination, row.date) == ("diplomat", "South Korea", "2016")


def test_hope_or_desire_for_defection_voiced_is_a_request() -> None:
    """"while two others voiced hope for defection to the South": a wish
    told as a noun, like "expressed a wish to defect"."""
    [row] = _rows("Seoul returned three North Korean sailors on Monday, while two others voiced hope for defection to the South.",
                  "2017-06-09")
    assert (row.actor, row.count, row.status, row.destination) == ("two others", 2, "sought_asylum", "South Korea")
    [row] = _rows("Two North Korean sailors rescued last week have expressed a desire for defection, officials said.", "2017-06-09")
    assert (row.count, row.role) == (2, "sailor")


def test_dashing_onto_a_missions_grounds_is_a_bid_for_asylum() -> None:
    """"dashed onto the grounds of the Italian Embassy": into the mission as
    much as "dashed into" it; and the guards run past are not the actor's role."""
    [row] = _rows("Twelve North Koreans ran past the guards on Monday and dashed onto the grounds of the Italian Embassy "
                  "in Beijing.", "2021-03-09")
    assert (row.status, row.count, row.role) == ("sought_asylum", 12, "")
    assert row.destination.startswith("Italy")


def test_entering_a_south_korean_mission_abroad_is_a_request_not_an_arrival() -> None:
    """"entered the South Korean consulate in Shenyang": inside a mission of
    the South, not yet in the South."""
    [row] = _rows("Three North Koreans entered the South Korean consulate in Shenyang on Monday.", "2004-03-10")
    assert (row.status, row.count) == ("sought_asylum", 3)
    [row] = _rows("Three North Koreans entered South Korea on Monday after a long journey.", "2004-03-10")
    assert row.status == "defected"


def test_how_unusual_an_act_is_tells_no_act() -> None:
    """"It is rare for North Korean farmers to defect by walking across the
    Military Demarcation Line": a remark about a kind of act, not an act."""
    assert _rows("Still, it is rare for North Korean farmers to defect by walking across the Military Demarcation "
                 "Line.", "2015-06-20") == []
    [row] = _rows("In an unusual step, a North Korean sailor defected by boat in January.", "2015-06-20")
    assert row.date == "2015-01"


def test_what_is_routinely_claimed_is_no_event() -> None:
    """"Pyongyang routinely claims that its workers abroad are lured and
    pushed by foreign spies to defect": a habit of claiming, no act (and no
    actor "by foreign spies")."""
    assert _rows("Pyongyang routinely claims that its workers abroad are lured and pushed by foreign spies to defect.",
                 "2015-06-20") == []


def test_the_defection_of_a_counted_group_ends_at_the_main_verb() -> None:
    """"The defection of a group of 13 North Koreans shocked Pyongyang": the
    group's words end at the main verb; its role and its place of posting
    ("three officials based in Shenyang") are the group's."""
    [row] = _rows("The defection of a group of 13 North Koreans shocked Pyongyang.", "2019-03-20")
    assert (row.actor, row.count, row.status) == ("13 North Koreans", 13, "defected")
    [row] = _rows("The flight is linked to the earlier defection of three North Korean officials based in Shenyang, the "
                  "source added.", "2019-03-20")
    assert (row.count, row.role, row.origin) == (3, "official", "Shenyang")


def test_her_defection_is_the_defection_of_the_person_the_sentence_opens_with() -> None:
    """"Choi Mi-ran, a teacher from North Korea, calls her defection to the
    South six years ago the best choice she made": hers; not so in a
    relative clause about someone else ("His sister, who attempted her own
    defection, ...")."""
    [row] = _rows("Choi Mi-ran, a 50-year-old teacher from North Korea, calls her defection to the South six years ago "
                  "the best choice she made.", "2019-03-20")
    assert (row.actor_name, row.status, row.destination, row.date) == ("Choi Mi-ran", "defected", "South Korea", "2013")
    assert _rows("Yoo Min-ho is a defector. His sister, who attempted her own defection in October, was jailed in "
                 "North Korea.", "2019-03-20") == []


def test_an_attempt_by_people_is_theirs() -> None:
    """"Police foiled an attempt by three North Korean soldiers to cross the
    Tumen River": the soldiers attempted; the police are no actor."""
    [row] = _rows("Police foiled an attempt by three North Korean soldiers to cross the Tumen River on Monday.",
                  "2013-09-20")
    assert (row.actor, row.count, row.status) == ("three North Korean soldiers", 3, "attempted")


def test_a_disappearance_that_ended_in_the_south_is_a_defection() -> None:
    """"a diplomat who disappeared in Vienna in early 2017 is now living in
    South Korea": the same sentence tells where the missing person turned up."""
    [row] = _rows("A lawmaker says that a senior North Korean diplomat who disappeared in Vienna in early 2017 is now "
                  "living in South Korea under protection.", "2020-10-07")
    assert (row.status, row.destination, row.origin, row.date) == ("defected", "South Korea", "Vienna", "2017")
    [row] = _rows("A senior North Korean diplomat disappeared in Vienna in early 2017, a lawmaker says.", "2020-10-07")
    assert row.status == "attempted"


def test_vanishing_after_asking_for_asylum_is_a_request() -> None:
    """"has vanished, reportedly after asking for asylum": the disappearance
    is told with the request that came first; the row is the request."""
    [row] = _rows("Pyongyang's acting ambassador to Sweden has vanished, reportedly after asking for asylum.", "2025-03-20")
    assert (row.status, row.origin) == ("sought_asylum", "Sweden")


def test_the_two_koreas_named_together_are_a_korean_context() -> None:
    """"the DMZ that divides the two Koreas": the passage is about the
    Koreas, so the bare "made it across" after it is across that line."""
    [row] = _rows("Crossing the DMZ that divides the two Koreas is perilous and rare. This week, though, an American "
                  "soldier made it across.", "2023-07-19")
    assert (row.role, row.status) == ("soldier", "defected")


def test_made_it_across_with_its_day_is_a_crossing() -> None:
    [row] = _rows("Few cross the DMZ. A North Korean soldier made it across on Tuesday, the JCS said.", "2023-07-20")
    assert (row.role, row.date, row.status) == ("soldier", "2023-07-18", "defected")


def test_a_group_forcing_its_way_in_and_people_picked_up_from_a_boat() -> None:
    """"A group of 44 refugees has forced its way into the Canadian embassy"
    (the group as one: "its way"); "were picked up from a boat off the Noto
    Peninsula" (from a boat as much as in one)."""
    [row] = _rows("A group of 31 suspected North Korean refugees has forced its way into the Danish embassy in Hanoi.",
                  "2006-06-10")
    assert (row.count, row.status) == (31, "sought_asylum")
    [row] = _rows("Last September, seven defectors from North Korea were picked up from a boat off the Oga Peninsula.",
                  "2006-06-10")
    assert (row.count, row.status, row.date) == (7, "defected", "2005-09")


def test_a_crossing_in_a_craft_is_a_crossing() -> None:
    """"flew his jet over the border", "drove a truck through the fence":
    the craft stands between the verb and the line crossed."""
    [row] = _rows("A North Korean air force major flew his MiG-23 across the sea border on Friday morning.", "2019-05-06")
    assert (row.actor, row.status, row.date) == ("North Korean air force major", "defected", "2019-05-03")
    [row] = _rows("Two North Korean soldiers drove a stolen army truck through the border fence on Sunday.", "2019-05-06")
    assert (row.count, row.status) == (2, "defected")


def test_a_vague_number_with_a_time_of_its_own_is_an_event() -> None:
    """"Several loggers fled a camp in late August" is one flight of a size
    nobody knew; "several have fled over the years" is a habit."""
    [row] = _rows("Several North Korean miners fled a coal pit near Chita in early March, a local paper said.", "2018-04-02")
    assert (row.actor, row.date) == ("Several North Korean miners", "2018-03")
    assert _rows("Several North Korean miners have fled coal pits in Siberia over the years.", "2018-04-02") == []


def test_what_people_have_done_in_the_past_is_a_habit() -> None:
    """"North Koreans have in the past rowed to Russia": no event."""
    assert _rows("North Korean loggers have in the past fled to Japan by boat, but this year none did.",
                 "2019-09-01") == []


def test_entering_a_mission_over_its_fence_or_gone_into_it_is_an_asylum_bid() -> None:
    """"climbed a spiked fence into the Canadian embassy", "have gone into
    the Danish embassy": bids for asylum."""
    [row] = _rows("Six North Koreans scaled a spiked fence into the Swiss embassy in Beijing on Wednesday.", "2004-06-01")
    assert (row.count, row.status) == (6, "sought_asylum")
    [row] = _rows("Police say three North Koreans have gone into the Finnish embassy in Hanoi.", "2004-06-01")
    assert (row.count, row.status) == (3, "sought_asylum")


def test_more_of_the_defectors_told_before_caught_is_an_attempt() -> None:
    """"Defectors were held in Dandong. On Friday, four more were caught at
    a bus stop in Yanji": the four are more of them, caught."""
    rows = _rows("Six North Korean defectors were detained in Dandong last week. On Friday, four more were caught at a "
                 "bus stop in Yanji.", "2015-03-02")
    assert [(r.actor, r.count, r.status) for r in rows][-1] == ("four more", 4, "attempted")


def test_would_like_to_move_to_the_south_is_a_wish_to_defect() -> None:
    """"would like to settle in South Korea", "his wish to live in the South":
    a request to go South, like "wants to"."""
    [row] = _rows("A North Korean sailor held in Russia would like to settle in South Korea, his lawyer said.", "2025-03-01")
    assert (row.status, row.destination) == ("sought_asylum", "South Korea")


def test_may_have_fled_is_a_possible_defection() -> None:
    """"may have fled to Belgium": the article presents a possible
    defection, which the conventions call an attempt."""
    [row] = _rows("A North Korean student who studied in Paris may have fled to Belgium, Yonhap reported.", "2019-03-01")
    assert (row.status, row.destination) == ("attempted", "Belgium")


def test_authorities_that_have_held_north_koreans_caught_them() -> None:
    """"Police in Nong Khai have held nine North Koreans for illegal entry":
    the nine were caught; "held a meeting" is nothing of the kind."""
    [row] = _rows("Police in Nong Khai have held nine North Koreans for illegal entry since Sunday.", "2014-06-09")
    assert (row.count, row.status) == (9, "attempted")
    assert _rows("North Korean officials have held talks in Hanoi with Vietnamese police.", "2014-06-09") == []


def test_deciding_to_go_to_the_south_is_a_defection() -> None:
    """"opted to go to South Korea", like "chose to stay in the South"."""
    [row] = _rows("After weeks in hiding, nine loggers from the camp decided to head to South Korea.", "2016-06-01")
    assert (row.count, row.status, row.destination) == (9, "defected", "South Korea")


def test_getting_someone_out_of_north_korea_is_their_defection() -> None:
    """"A pastor got the family out of North Korea in 2012": the family's."""
    [row] = _rows("A pastor in Seoul got the family of four out of North Korea in 2012.", "2016-06-01")
    assert (row.actor, row.status, row.date) == ("family of four", "defected", "2012")


def test_trying_to_get_across_or_into_is_an_attempt() -> None:
    # the base form after "to" is the act tried, as "managed to get across" was the act done
    rows = _rows("Four North Korean loggers tried to get over the Amur River in June, but guards stopped them.")
    assert [(r.actor, r.status) for r in rows] == [("Four North Korean loggers", "attempted")]
    rows = _rows("Two North Korean students attempted to sneak into the Swiss Embassy in Hanoi on Sunday.")
    assert [(r.actor, r.status) for r in rows] == [("Two North Korean students", "attempted")]


def test_staying_at_the_embassy_of_a_country_is_a_bid() -> None:
    # the mission named by "of" and its country, as "the Canadian embassy" was
    rows = _rows("Six North Koreans were still sheltering inside the consulate of Japan in Shenyang on Friday.")
    assert [(r.actor, r.status) for r in rows] == [("Six North Koreans", "sought_asylum")]


#: (sentence, the status of its one row): the status a sentence tells, and the near miss that tells another
_STATUS_CASES = {
    # getting in somewhere abroad in order to seek asylum is a request; reaching the South is a defection
    "in_abroad_to_seek_asylum": ("Four North Koreans made their way into the compound of the French school in Shanghai on "
                                 "Friday to seek asylum.", "sought_asylum"),
    "into_the_south_to_seek_asylum": ("Two North Korean soldiers crossed the border into South Korea on Friday to seek asylum.",
                                      "defected"),
    # a flight undone: the relative clause tells the flight, the main clause what came after the return
    "after_being_repatriated": ("A North Korean teacher who had escaped to China died in prison after being forcibly "
                                "repatriated.", "attempted"),
    "after_being_forced_back": ("A North Korean nurse who had fled to China took her own life after being forced back home.",
                                "attempted"),
    "after_being_resettled": ("A North Korean nurse who had fled to China in 2010 now lives in Seoul after being resettled there.",
                              "defected"),
    # an asylum bid that ended in police hands: told in the main clause, or coordinated after the bid
    "bid_then_handed_to_police": ("Officials said that six North Koreans who got into a French school in Dalian had been handed "
                                  "to Chinese police.", "attempted"),
    "bid_but_arrested": ("Three North Koreans sought asylum at the Japanese consulate in Shenyang but were arrested by police.",
                         "attempted"),
    "bid_and_turned_over": ("The group of six North Koreans went into the French School in Dalian on Monday and were turned "
                            "over to police.", "attempted"),
    "bid_going_on": ("Three North Koreans sought asylum at the Japanese consulate in Shenyang on Monday.", "sought_asylum"),
    # a refusal, a dash or comma, then the act: the "not" negates its own infinitive only
    "refusal_dash_and_act": ("Officials said some North Korean students abroad chose not to go home \u2013 and fled to the "
                             "South instead.", "defected"),
    "refusal_comma_and_act": ("Officials said two North Korean loggers refused to go back, and escaped to the South in May.",
                              "defected"),
}


@pytest.mark.parametrize("case", list(_STATUS_CASES))
def test_the_status_a_sentence_tells(case: str) -> None:
    sentence, status = _STATUS_CASES[case]
    [row] = _rows(sentence)
    assert row.status == status


def test_a_superlative_subject_opening_the_sentence_is_the_actor_of_its_verb() -> None:
    # capitalised at the start of a sentence, the description is still the subject of "arrived"
    [row] = _rows("The most senior diplomat ever to defect from North Korea arrived in Seoul on Monday, officials said.")
    assert (row.status, row.destination, row.role) == ("defected", "Seoul", "diplomat")


def test_escaping_the_country_a_report_is_about_is_a_flight() -> None:
    [row] = _rows("Kim Chol-min grew up in a North Korean labour camp. He escaped the country in 2009.", date="2014-01-10")
    assert (row.actor_name, row.status, row.date) == ("Kim Chol-min", "defected", "2009")
    # not in a report about somewhere else
    from defect_tui.index.models import Article

    from .test_rules import EX
    art = Article(id="y", path="y.txt", title="Football", body="The striker grew up in Lagos. He escaped the country in 2009.",
                  date="2014-01-10", date_precision="day")
    assert list(EX.extract(art).incidents) == []


@pytest.mark.parametrize("sentence", [
    "A North Korean trade official made a bid for asylum at the Canadian embassy in Vientiane on Tuesday.",
    "Three North Korean loggers lodged asylum claims with the local office of the United Nations in Khabarovsk.",
    "A North Korean couple filed a separate asylum request at the Danish mission in Hanoi last week.",
])
def test_asylum_asked_for_with_a_noun_is_a_request(sentence: str) -> None:
    [row] = _rows(sentence, date="2005-06-01")
    assert row.status == "sought_asylum" and "North Korean" in row.actor


def test_people_who_slip_past_guards_into_an_office_of_the_un_ask_it_for_refuge() -> None:
    [row] = _rows("Two North Korean women sneaked past Thai police officers into the local office of the United Nations "
                  "in Bangkok.", date="2005-06-01")
    assert (row.actor, row.count, row.status) == ("Two North Korean women", 2, "sought_asylum")


def test_escapees_who_made_it_to_the_south_are_a_figure_of_arrivals() -> None:
    # "escapees" name the people who flee as "defectors" does, and the ROK is the South
    [row] = _rows("Following two quiet years, 412 escapees made it to the ROK in 2009, the ministry said.", date="2010-01-20")
    assert (row.actor, row.count, row.status, row.destination, row.date) == (
        "412 escapees", 412, "reported_count", "South Korea", "2009")


def test_a_phrase_leading_into_a_counted_subject_is_no_part_of_it() -> None:
    [row] = _rows("After a steep rise in 2013, 1,514 defectors arrived in South Korea in 2014.", date="2015-01-20")
    assert (row.actor, row.count) == ("1,514 defectors", 1514)
    # a group and its members, or people and their ages, stay as they were
    [row] = _rows("The defectors, nine women and two men, arrived in Seoul on Monday.", date="2015-01-20")
    assert row.actor == "nine women and two men" and row.count == 11


def test_immigrants_are_people_and_their_number_is_the_count() -> None:
    [row] = _rows("Nine illegal immigrants from North Korea scaled the wall of the Danish embassy in Hanoi on Friday.",
                  date="2005-06-01")
    assert (row.count, row.status) == (9, "sought_asylum")


def test_a_watched_border_is_no_one_watching_people_flee() -> None:
    assert _rows("With a heavily watched frontier and Beijing's stance on defectors, escape is hard.") == []
    [row] = _rows("Villagers watched three soldiers escape across the Tumen in May.", date="2018-03-26")
    assert (row.count, row.status) == (3, "defected")


@pytest.mark.parametrize("sentence, status", [
    ("Three North Korean loggers in Siberia have gone on the run, a rights group said.", "attempted"),
    ("Two North Korean women tried to gain refuge at a French school in Beijing last week.", "attempted"),
    ("Pak Chol, a North Korean defector, was granted defector status by Seoul in 2009.", "defected"),
])
def test_on_the_run_gaining_refuge_and_a_status_granted(sentence: str, status: str) -> None:
    [row] = _rows(sentence, date="2014-12-01")
    assert row.status == status


@pytest.mark.parametrize("sentence", [
    "In the past, North Korean sailors have fled into Russian ports.",
    "North Korean loggers are believed to have escaped from Siberian camps in large numbers.",
    "North Korean women have crossed the Tumen on many occasions, activists say.",
    "North Korean fishermen have defected by sea in nine other cases since 2010.",
])
def test_a_bare_plural_that_has_done_it_often_or_in_the_past_is_no_event(sentence: str) -> None:
    assert _rows(sentence, date="2017-11-20") == []


def test_a_bare_plural_with_a_time_of_its_own_is_still_an_event() -> None:
    [row] = _rows("North Korean soldiers have crossed the border twice this week, the military said.", date="2017-11-20")
    assert row.status == "defected"


def test_the_group_told_again_after_a_time_from_its_event_is_that_group() -> None:
    [row] = _rows("Eleven North Koreans reached the Japanese island of Tsushima by boat in June. "
                  "A month later, the eleven were sent on to South Korea.", date="2013-09-01")
    assert (row.count, row.date) == (11, "2013-06")


@pytest.mark.parametrize("sentence, origin", [
    ("Two North Korean waitresses in Ningbo fled to South Korea last month.", "Ningbo"),
    ("A North Korean student in Novosibirsk defected to the South in May.", "Novosibirsk"),
])
def test_people_working_or_studying_abroad_left_from_there(sentence: str, origin: str) -> None:
    [row] = _rows(sentence, date="2016-07-01")
    assert row.origin == origin


def test_a_counted_role_noun_gives_the_role_in_a_pair_of_people_too() -> None:
    rows = _rows("A North Korean officer and three sailors defected to South Korea on Friday.", date="2019-05-01")
    assert [(r.role, r.count) for r in rows] == [("officer", None), ("sailor", 3)]
    [row] = _rows("Four crew members of a North Korean trawler defected on Friday.", date="2019-05-01")
    assert (row.role, row.count) == ("crew member", 4)


def test_a_country_that_reports_the_event_is_not_where_it_went() -> None:
    [row] = _rows("Two North Korean soldiers fled to China on Sunday, Russia said.", date="2019-05-01")
    assert row.destination == "China"


def test_a_date_after_said_that_is_the_event_s() -> None:
    [row] = _rows("Police said that late on Sunday a North Korean fisherman swam across the Han estuary.", date="2019-05-08")
    assert row.date == "2019-05-05"
    # said on a day, that: the day of the saying
    [row] = _rows("Police said on Tuesday that a North Korean fisherman had swum across the Han estuary.", date="2019-05-08")
    assert row.date == ""


def test_a_reporting_aside_between_a_date_and_its_clause_leaves_the_date_to_the_event() -> None:
    [row] = _rows("On Friday, a border official confirmed, three North Koreans climbed into the French embassy in Hanoi.",
                  date="2005-06-01")
    assert row.date == "2005-05-27"
    # a reporting clause that is no aside keeps the date for itself
    [row] = _rows("At a briefing on Friday, the ministry said that three North Koreans had reached Seoul.", date="2005-06-01")
    assert row.date == ""


def test_getting_into_something_near_an_embassy_is_no_bid_for_asylum() -> None:
    assert _rows("The North Korean consul slipped into a taxi outside the embassy and drove off.", date="2007-03-01") == []
    [row] = _rows("Two North Korean women walked into the Canadian embassy in Beijing on Monday.", date="2007-03-01")
    assert row.status == "sought_asylum"


def test_the_last_such_defection_was_that_of_a_named_person() -> None:
    """"the last known high-profile defection was that of Kim in 2011":
    whose defection it was, dated; "the last" is no hypothetical here."""
    [row] = _rows("Before this, the last known high-profile defection to the South was that of Kim Chol-su in 2011.",
                  "2021-07-05")
    assert (row.actor_name, row.date, row.destination) == ("Kim Chol-su", "2011", "South Korea")
    [row] = _rows("The last defection by a diplomat was that of Pak Song-il, in 2013.", "2021-07-05")
    assert (row.actor_name, row.date) == ("Pak Song-il", "2013")
    assert _rows("It would be the first defection by a minister.", "2021-07-05") == []


def test_an_infinitive_of_climbing_over_after_what_made_it_possible() -> None:
    """"used the fog to scramble across the border", "used a ladder to
    clamber over a wall": the means, then the crossing it made; a hope to
    climb is still none."""
    [row] = _rows("Three soldiers used the fog to scramble across the border into China last week.", "2002-09-05")
    assert (row.count, row.destination, row.status) == (3, "China", "defected")
    [row] = _rows("On Tuesday, 12 North Koreans used a ladder to clamber over a wall that protects a school run by the "
                  "German Embassy in Beijing.", "2002-09-05")
    assert (row.count, row.status) == (12, "sought_asylum")
    assert _rows("He had hoped to clamber over the fence.", "2002-09-05") == []


def test_an_earlier_defection_told_by_its_year_then_its_person() -> None:
    """"the first defection of a diplomat since 2013, when Pak ... fled to
    the South", "the previous defection was in 2016, by Kim": the earlier
    event is a row of its own, dated by its year, even in a conditional
    sentence about a new one."""
    [row] = _rows("If it is confirmed, it would be the first defection of a diplomat since 2013, when Pak Song-il, the "
                  "consul in Vienna, fled to the South with his wife.", "2019-01-05")
    assert (row.actor_name, row.date, row.destination) == ("Pak Song-il", "2013", "South Korea")
    [row] = _rows("The previous known high-profile defection to the South was in 2016, by Kim Chol-su, formerly the "
                  "deputy envoy to Egypt.", "2019-01-05")
    assert (row.actor_name, row.date) == ("Kim Chol-su", "2016")
    assert _rows("It would be the first defection of a diplomat since 2013, when talks collapsed.", "2019-01-05") == []


def test_a_journey_told_as_a_noun_with_its_particle_is_a_crossing() -> None:
    """"had made the dangerous trip across the border into China": the
    journey made is the crossing; planned, it is none."""
    [row] = _rows("Kim Chol-ho had already made the dangerous trip across the border into China in 2010.", "2022-08-02")
    assert (row.actor_name, row.date, row.destination) == ("Kim Chol-ho", "2010", "China")
    [row] = _rows("Two women made the long journey across the Tumen River into China last year.", "2022-08-02")
    assert (row.count, row.destination) == (2, "China")
    assert _rows("He plans to make the trip across the river next year.", "2022-08-02") == []


def test_walking_through_the_border_fences_is_a_crossing() -> None:
    """"walked undetected through rows of electrified fencing": the fences
    passed through are the border's; a walk through a fence told of no
    one from Korea is none."""
    [row] = _rows("In 2012 a North Korean soldier walked undetected through rows of electrified fencing and surveillance "
                  "cameras.", "2018-05-20")
    assert (row.actor, row.date, row.status) == ("North Korean soldier", "2012", "defected")
    assert _rows("The cat walked through the fence.", "2018-05-20") == []


def test_a_crossing_whose_way_is_told_first_still_reaches_the_line_it_crossed() -> None:
    [row] = _rows("In 2003 Pak Song-il walked out one rainy night, crossing from the town of Hyesan over the closely "
                  "watched, heavily mined frontier into China.", "2010-05-02")
    assert (row.actor_name, row.date, row.destination) == ("Pak Song-il", "2003", "China")
    [row] = _rows("Jo Myong-chol slipped out in 1998, crossing from the north over the heavily guarded border into "
                  "China.", "2010-05-02")
    assert (row.actor_name, row.date, row.destination) == ("Jo Myong-chol", "1998", "China")
    # a crossing of no line at all, however long the clause, is no defection
    assert _rows("Tourists often stop at the old square, crossing from the hotel over the newly painted bridge "
                 "to the market.", "2010-05-02") == []


def test_people_counted_and_driven_to_flee_in_a_report_on_korea_is_a_figure() -> None:
    [row] = _rows("Since the war, decades of hunger in the isolated North have driven some 25,000 people to flee to its "
                  "wealthy neighbour.", "2019-07-08", title="South Korean man defects to North Korea")
    assert (row.status, row.count) == ("reported_count", 25000)
    # the same words in a report on something else tell no defection
    assert _rows("Since Monday, the floods have driven some 25,000 people to flee to higher ground.", "2019-07-08",
                 title="Rains flood Thai capital") == []


def test_getting_out_of_the_country_itself_is_a_flight() -> None:
    [row] = _rows("Pak Chun-hee got out of North Korea in 1999.", "2021-03-01")
    assert (row.actor_name, row.status, row.date) == ("Pak Chun-hee", "defected", "1999")
    [row] = _rows("In 1999 Pak Chun-hee tried to get out of North Korea with her daughter, but guards caught them.", "2021-03-01")
    assert row.status == "attempted"
    # out of anything else, or of a place that belongs to the country, is no flight
    assert _rows("Reporters could not get out of North Korea's capital quickly. He got out of the car.", "2021-03-01") == []


def test_going_over_to_the_other_side_coming_as_a_refugee_and_making_ones_way_are_events() -> None:
    date, refugee = "2024-07-17", "North Korean refugee stands for council"
    [row] = _rows("A senior North Korean diplomat posted in Cuba went over to South Korea back in November.", date)
    assert (row.role, row.date, row.origin, row.destination) == ("diplomat", "2023-11", "Cuba", "South Korea")
    [row] = _rows("Ms Pak came to Britain as a refugee 13 years ago.", date, title=refugee)
    assert (row.actor_name, row.date, row.destination) == ("Pak", "2011", "Britain")
    [row] = _rows("In 2012 two defectors tried to make their way across Laos to Thailand.", date)
    assert (row.status, row.count, row.date) == ("attempted", 2, "2012")
    # going over to a party, coming as something else, or a refugee of another country's story, are none
    assert _rows("He went over to the opposition party in May.", date, title="Politics") == []
    assert _rows("She came to London as a student in 2010.", date, title=refugee) == []
    assert _rows("Mr Haddad came to Germany as a refugee in 2015.", date, title="Syrian family settles in Berlin") == []


def test_a_crossing_from_one_country_into_another_may_follow_a_comma() -> None:
    [row] = _rows("In 2001 Pak Il-nam made his first escape, from North Korea into China.", "2008-05-21")
    assert (row.actor_name, row.date, row.destination) == ("Pak Il-nam", "2001", "China")


def test_a_manner_between_the_way_and_across_still_tells_a_crossing() -> None:
    for manner in ("of her own accord", "unnoticed", "safely"):
        [row] = _rows(f"A North Korean nurse made her way {manner} across the Military Demarcation Line on Friday.",
                      "2021-06-14")
        assert (row.status, row.date) == ("defected", "2021-06-11"), manner
    assert _rows("The delegation made its way to lunch after the talks.", "2021-06-14") == []


def test_a_counted_groups_defection_told_as_a_plural_noun() -> None:
    """"after the recent defections of 13 restaurant workers": a counted
    group's defection told as a noun, the group its actor; an uncounted
    plural is a trend, not an event."""
    [row] = _rows("Prices rose weeks after the defections of 21 miners who had worked at a Chinese coal mine.",
                  "2016-04-10")
    assert (row.status, row.count, row.actor) == ("defected", 21, "21 miners")
    [row] = _rows("The recent defections of thirteen waitresses angered Pyongyang.", "2016-04-10")
    assert row.count == 13
    assert _rows("Defections of North Koreans rose last year.", "2016-04-10") == []


def test_a_resolve_to_go_south_stated_to_someone_is_a_request() -> None:
    """"said he was firmly determined to go to South Korea": a resolve told
    to an official or a reporter asks for what a wish asks for; meaning to
    do something unsaid to anyone is no request."""
    [row] = _rows("Two captured privates told a visiting lawmaker in May that they were desperate to go to South Korea.",
                  "2025-10-03")
    assert (row.status, row.count, row.destination) == ("sought_asylum", 2, "South Korea")
    [row] = _rows("The fisherman said he was firmly determined to defect, the coast guard said.", "2025-10-03")
    assert row.status == "sought_asylum"
    assert _rows("The crew were determined to reach the fishing grounds before dawn.", "2025-10-03") == []


def test_people_held_over_a_plot_are_held_for_something_else() -> None:
    """"were detained in Busan in May over an alleged plot to bomb ...": an
    arrest for another offence, no attempt to defect; the defector named
    in the plot keeps his own row."""
    rows = _rows("Two men posing as refugees were detained in Busan in May over an alleged plot to assassinate "
                 "Kim Hyun-hee, who defected to South Korea in 1987.", "2011-08-02")
    assert [(r.actor, r.status) for r in rows] == [("Kim Hyun-hee", "defected")]


def test_the_defection_of_the_norths_own_official_is_that_officials() -> None:
    """"the defection of North Korea's minister to Sweden": one person, the
    title's posting where he left from (not where he went)."""
    [row] = _rows("The defection of North Korea's minister to Sweden stunned diplomats in Stockholm.", "2014-03-02")
    assert (row.actor, row.origin, row.destination) == ("minister", "Sweden", "")


def test_people_caught_while_making_their_way_south_were_headed_there() -> None:
    """"Nine people from North Korea who were trying to make their way to
    South Korea have been detained in Nanning": an attempt, headed south."""
    [row] = _rows("Nine people from North Korea who were trying to make their way to South Korea have been detained "
                  "in Nanning.", "2015-04-02")
    assert (row.status, row.count, row.origin, row.destination) == ("attempted", 9, "Nanning", "South Korea")


def test_people_held_who_now_risk_being_sent_back_were_caught_fleeing() -> None:
    """"A group of some 14 people ... have been detained in Laos and now risk
    being forcibly returned to North Korea": an attempt, caught on the way."""
    [row] = _rows("A group of some 14 people, two toddlers among them, have been detained in Laos and now risk being "
                  "forcibly returned to North Korea.", "2014-08-01")
    assert (row.status, row.count, row.origin) == ("attempted", 14, "Laos")
    [row] = _rows("Eleven people have been held in Vietnam and face forced repatriation, activists said.", "2014-08-01")
    assert (row.status, row.count) == ("attempted", 11)


def test_giving_oneself_up_to_a_third_countrys_police_to_win_asylum_is_a_request() -> None:
    """"Nine North Korean women have given themselves up to the police in
    Laos in a bid to win asylum": a request; turning oneself in with no
    asylum in view is none."""
    [row] = _rows("Nine North Korean women have given themselves up to the police in Vientiane in a bid to win "
                  "political asylum, an aid group said.", "2008-04-02")
    assert (row.status, row.count) == ("sought_asylum", 9)
    assert _rows("The broker turned himself in to police in Yanji on Monday.", "2008-04-02") == []


def test_people_gone_from_their_posts_in_a_report_on_defection_went_missing() -> None:
    """"the two envoys disappeared from their posts at the weekend", in a
    report titled on defection: gone missing; the same words under another
    title tell of no flight."""
    body = "Apparently acting together, the two envoys disappeared from their posts with their families at the weekend."
    [row] = _rows(body, "1997-08-26", title="Two North Korean diplomats defect")
    assert (row.status, row.count) == ("attempted", 2)
    assert _rows(body, "1997-08-26", title="Trade talks stall") == []
