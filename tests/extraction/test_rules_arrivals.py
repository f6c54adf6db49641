"""Rules about being received somewhere and asking to be: arrivals told
in the passive, wishes to resettle. Invented sentences only (see
test_rules.py)."""

from __future__ import annotations

from .test_rules import _rows


def test_people_taken_in_by_a_country_arrived_there() -> None:
    [row] = _rows("Five North Korean refugees were admitted to Canada in June.", "2012-07-07")
    assert (row.status, row.count, row.destination) == ("defected", 5, "Canada")
    assert _rows("Seven North Koreans were taken in by police for questioning.", "2012-07-07") == []


def test_a_wish_to_resettle_in_the_south_is_a_request() -> None:
    [row] = _rows("Three fishermen held in Japan said they wish to leave North Korea and resettle in South Korea.", "2025-03-01")
    assert (row.status, row.count, row.destination) == ("sought_asylum", 3, "South Korea")
    [row] = _rows("Two sailors said they wish to resettle in South Korea.", "2025-03-01")
    assert row.status == "sought_asylum"


def test_people_who_say_who_they_are_before_the_verb_are_its_subject() -> None:
    [row] = _rows("OSAKA/SEOUL, May 2 (Yonhap) -- Six people who say they are North Koreans reached Japan by boat on "
                  "Monday.", "2016-05-02")
    assert (row.actor, row.count, row.destination, row.date) == ("Six people", 6, "Japan", "2016-05-02")
    [row] = _rows("Three men who claim to be North Korean soldiers swam to the South on Friday.", "2016-05-02")
    assert (row.actor, row.count) == ("Three men", 3)


def test_a_north_korean_family_or_crew_landing_at_a_named_place_arrived() -> None:
    [row] = _rows("In May 2009, a North Korean family of five landed in Akita after a week at sea.", "2011-09-13")
    assert (row.status, row.count, row.destination, row.date) == ("defected", 5, "Akita", "2009-05")
    # a leader or a team arriving is a visit
    assert _rows("North Korean leader Kim Jong Un arrived in Vladivostok on Tuesday.", "2019-04-24") == []


def test_an_appositive_before_an_arrival_in_part_of_a_place() -> None:
    [row] = _rows("Four North Korean refugees, the first group the state has resettled, reached northern Norway on "
                  "Friday.", "2011-09-13")
    assert (row.count, row.destination, row.date) == (4, "Norway", "2011-09-09")


def test_climbing_a_ladder_over_the_fence_around_a_mission() -> None:
    [row] = _rows("A group of 29 North Koreans climbed ladders over the wall surrounding the Dutch embassy on Monday.",
                  "2011-09-13")
    assert (row.status, row.count, row.destination) == ("sought_asylum", 29, "Netherlands (Dutch embassy)")


def test_leaving_a_place_for_the_south_is_going_there_from_it() -> None:
    [row] = _rows("A North Korean engineer left Bangkok for Seoul on Friday.", "2016-08-25")
    assert (row.status, row.origin, row.destination, row.date) == ("defected", "Bangkok", "Seoul", "2016-08-19")
    # a refuge told in a relative clause, then the departure: one row, from the place of refuge
    [row] = _rows("The North Korean waiter who sought refuge in Singapore in May left the city for South Korea "
                  "on Friday, officials said.", "2016-08-25")
    assert (row.status, row.origin, row.destination, row.date) == ("defected", "Singapore", "South Korea", "2016-08-19")
    # no Korea to go to: no defection
    assert _rows("The North Korean delegation left Pyongyang for Moscow on Friday.", "2016-08-25") == []
    # the place left named at length, and the country whose mission it was is no origin
    [row] = _rows("Fourteen North Korean refugees left Sweden's embassy in Jakarta for Seoul on Monday.", "2016-08-25")
    assert (row.status, row.count, row.origin, row.destination) == ("defected", 14, "Jakarta", "Seoul")
    [row] = _rows("Six North Koreans left the Swiss consulate in Ho Chi Minh City for South Korea last week.", "2016-08-25")
    assert (row.origin, row.destination) == ("Ho Chi Minh City", "South Korea")
    assert _rows("The minister left his post in the capital for a job in Seoul.", "2016-08-25") == []


def test_asking_to_resettle_in_the_south_is_a_request_there() -> None:
    [row] = _rows("Three North Korean sailors held in Vladivostok have asked to resettle in South Korea, activists said.",
                  "2021-04-02")
    assert (row.status, row.count, row.destination) == ("sought_asylum", 3, "South Korea")
    # wanting to go somewhere is not asking to live there
    assert _rows("Of the group, 40 North Koreans want to go to South Korea, activists said.", "2021-04-02") == []


def test_received_by_a_country_with_an_adverb_between() -> None:
    for adverb in ("also", "later", "eventually"):
        [row] = _rows(f"Four North Korean women were {adverb} admitted to Canada as refugees in June.", "2009-08-01")
        assert (row.count, row.status, row.destination, row.date) == (4, "defected", "Canada", "2009-06"), adverb


def test_brought_to_a_place_inside_the_south_is_an_arrival() -> None:
    """"brought to a safe house in South Korea": the place of arrival is
    the country the facility stands in; a detention facility in China is
    no arrival."""
    [row] = _rows("After a week at sea, nine North Korean fishermen were brought to a reception center in South Korea.", "2014-03-03")
    assert (row.status, row.count, row.destination) == ("defected", 9, "South Korea")
    assert _rows("The nine North Koreans were taken to a detention facility in Kunming.", "2014-03-03") == []


def test_people_sent_to_the_south_arrived_there() -> None:
    [row] = _rows("Nine of the 14 stowaways were sent to South Korea in March, as they had asked.")
    assert (row.status, row.count, row.destination, row.origin) == ("defected", 9, "South Korea", "")
    # sent to a camp, or back, is no arrival; "sent to" a country before the predicate is a posting
    assert _rows("The two were sent to a prison camp near Hoeryong.") == []
    [row] = _rows("Ten North Korean loggers sent to Russia fled to South Korea.")
    assert (row.origin, row.destination) == ("Russia", "South Korea")


def test_members_told_between_the_subject_and_the_arrival() -> None:
    """"Nine North Korean refugees, among them two children who had hidden in Laos,
    reached Japan on Sunday": the members are closed off by their commas."""
    [row] = _rows("Activists said nine North Korean refugees, among them two children who had hidden in Laos, reached "
                  "Japan on Sunday.", "2006-05-08")
    assert (row.actor, row.count, row.destination) == ("nine North Korean refugees", 9, "Japan")


def test_reaching_safety_with_a_helping_hand_is_an_arrival() -> None:
    """"Thanks to a helping hand from a church, ... reached safety": help given
    (no wish), and safety reached (the place left unnamed)."""
    [row] = _rows("Thanks to a helping hand from a church, four North Koreans who had hidden in Laos for a year "
                  "reached safety last week.", "2006-05-08")
    assert (row.count, row.destination) == (4, "")


def test_an_asylum_bid_whose_people_moved_on_in_the_same_sentence_succeeded() -> None:
    [row] = _rows("In 2005, eight North Koreans managed to slip into the Danish embassy in Hanoi; they were later flown on "
                  "to Seoul.", "2006-01-10")
    assert (row.status, "Seoul" in row.destination) == ("defected", True)
    [row] = _rows("In 2005, eight North Koreans managed to slip into the Danish embassy in Hanoi.", "2006-01-10")
    assert row.status == "sought_asylum"


def test_a_wish_to_defect_voiced_after_a_rescue_told_just_before_is_a_defection_in_the_south() -> None:
    body = ("South Korean marines rescued a small wooden boat adrift near Baengnyeong Island on Friday. Its two "
            "crewmen told investigators they wished to defect.")
    [row] = _rows(body, "2019-07-06")
    assert (row.status, row.destination, row.count) == ("defected", "South Korea", 2)


def test_getting_to_a_place_of_arrival_is_an_arrival() -> None:
    """"Four refugees got to Japan by boat": getting to a place of arrival
    is arriving there; "got to know" is no arrival. People a case or an
    incident involved are the antecedent of its relative clause."""
    [row] = _rows("Four North Korean refugees got to Japan by boat last week, the coast guard said.", "2019-06-12")
    assert (row.actor, row.count, row.destination, row.status) == ("Four North Korean refugees", 4, "Japan", "defected")
    assert _rows("A North Korean student got to know South Korean pop music in Beijing.", "2019-06-12") == []
    [row] = _rows("The latest incident involved three North Korean fishermen who got to South Korea on Sunday.", "2019-06-12")
    assert (row.actor, row.count, row.date) == ("three North Korean fishermen", 3, "2019-06-09")


def test_one_person_taken_in_by_a_country_arrived_there() -> None:
    """"Pyongyang protested when Canada took in Ri's sister, Ri Mi Ok": a
    country (or its government) taking in one person; the possessor is not
    the one taken in, the name in apposition is; police taking someone in
    is no arrival."""
    [row] = _rows("Pyongyang protested when Canada took in Ri's sister, Ri Mi Ok, a North Korean trade official.", "2001-04-03")
    assert (row.actor_name, row.status, row.destination) == ("Ri Mi Ok", "defected", "Canada")
    assert _rows("Chinese police took in a North Korean woman for questioning.", "2001-04-03") == []


def test_leaving_for_a_country_that_takes_defectors_in() -> None:
    """"A defector has departed Thailand for the United States": leaving a
    place for the South, the United States or Japan is going there; a visit
    (to attend a summit) is none."""
    [row] = _rows("A North Korean refugee has departed Thailand for the United States, a rights group said.", "2009-02-10")
    assert (row.origin, row.destination, row.status) == ("Thailand", "United States", "defected")
    assert _rows("A North Korean minister left Pyongyang for Japan to attend a summit on Monday.", "2009-02-10") == []


def test_refugee_status_received_or_granted_is_asylum_given() -> None:
    """"Nine North Koreans received refugee status in Norway last year",
    "Finland granted asylum status to four North Koreans": refugee or
    asylum status given is asylum given."""
    [row] = _rows("Nine North Koreans received refugee status in Norway last year, the agency said.", "2012-05-04")
    assert (row.count, row.destination, row.date) == (9, "Norway", "2011")
    [row] = _rows("In 2010 Finland granted asylum status to four North Koreans, the ministry said.", "2012-05-04")
    assert (row.count, row.destination, row.date) == (4, "Finland", "2010")


def test_the_last_few_years_is_a_period_not_a_superlative() -> None:
    """"Over the last five years Finland granted asylum to 12 North Koreans":
    "the last" before a number of years is a period, where "the last
    soldier to defect" casts no event."""
    [row] = _rows("Over the last five years Finland granted asylum to 12 North Koreans, officials said.", "2012-05-04")
    assert (row.count, row.destination) == (12, "Finland")


def test_people_let_stay_or_permitted_to_go_to_the_south_arrived() -> None:
    """"Seoul has let a mother and daughter who drifted south last month
    remain in South Korea", "Four loggers held in Russia have been freed and
    permitted to go to South Korea": allowed to stay or to go on to a place
    of arrival; the relative clause is no part of the actor; a visit
    ("allowed to stay in Seoul for a summer camp") is none; a dateline of a
    date and an agency ("May 3 (AP) —") is no part of the actor."""
    [row] = _rows("Seoul has let a North Korean mother and daughter who drifted south in a small boat last month remain in "
                  "South Korea.", "2017-05-04")
    assert (row.actor, row.status, row.destination) == ("North Korean mother and daughter", "defected", "South Korea")
    [row] = _rows("May 3 (AP) — Four North Korean loggers held in Russia have been freed and permitted to go to South Korea.",
                  "2017-05-04")
    assert (row.actor, row.count, row.status) == ("Four North Korean loggers held in Russia", 4, "defected")
    assert _rows("The North Korean students were allowed to stay in Seoul for a summer camp.", "2017-05-04") == []
    # "allowed", a word of wishes and hypotheticals elsewhere, is the predicate's own here
    [row] = _rows("Last month 25 North Korean asylum-seekers were allowed to leave for the rival South.", "2002-03-18")
    assert (row.count, row.status, row.destination, row.date) == (25, "defected", "South Korea", "2002-02")
    # still a hypothetical after "would"
    assert _rows("The 25 North Korean asylum-seekers would be allowed to leave for the South if China agreed.", "2002-03-18") == []


def test_people_found_at_sea_whom_the_sentence_calls_defectors() -> None:
    """"Six people thought to be North Korean defectors were found drifting
    off Ulleung Island": found at sea, called defectors; fishermen rescued
    with no such word are no row. A group told in three parts counts them
    all ("two men, three women and four children": nine)."""
    [row] = _rows("Six people thought to be North Korean defectors were found drifting off Ulleung Island on Monday.", "2012-06-13")
    assert (row.count, row.status, row.date) == (6, "defected", "2012-06-11")
    assert _rows("Three North Korean fishermen were rescued off the east coast on Monday.", "2012-06-13") == []
    [row] = _rows("Two men, three women and four children who said they were North Korean defectors were found in a small "
                  "boat off Niigata.", "2012-06-13")
    assert row.count == 9


def test_a_craft_taken_to_the_south_is_a_defection() -> None:
    [row] = _rows("A North Korean pilot flew his aging fighter jet to an airfield south of Seoul on Monday.", date="1996-05-24")
    assert (row.role, row.status, row.destination, row.date) == ("pilot", "defected", "South Korea", "1996-05-20")
    [row] = _rows("A North Korean fisherman steered his small boat to a port near Seoul.")
    assert row.status == "defected"
    # a flight to somewhere else is no defection
    assert _rows("A North Korean pilot flew his fighter jet to an airfield near Pyongyang.") == []


def test_a_counted_group_arriving_with_its_members_told_between() -> None:
    """"A group of 12 North Koreans, among them two children, reached
    Dongqi": the members told between the group and its verb hide neither
    the group's number nor its arrival at a place not on any list."""
    [row] = _rows("Fourteen North Koreans, including three infants, reached Khovd late on March 3, 2004.", "2004-03-10")
    assert (row.actor, row.count, row.date) == ("Fourteen North Koreans", 14, "2004-03-03")


def test_the_people_a_country_took_in_end_where_a_phrase_about_the_taking_begins() -> None:
    """"Canada has accepted 58 North Korean refugees since 2007": the
    people are "58 North Korean refugees"; "since", "under", "over the
    past decade", "during", "through" and the like tell when or how they
    were taken in (a phrase left inside the actor made it a fragment, or
    lost the row to a pronoun in it)."""
    for text, actor, country in (
            ("Canada has accepted 58 North Korean refugees since 2007, officials said.", "58 North Korean refugees", "Canada"),
            ("Britain admitted 300 North Koreans under its refugee programme.", "300 North Koreans", "Britain"),
            ("Germany took in 12 North Korean defectors during the 1990s.", "12 North Korean defectors", "Germany"),
            ("Australia resettled 19 North Korean refugees through a scheme meant to help them.",
             "19 North Korean refugees", "Australia")):
        [row] = _rows(text, "2011-05-07")
        assert (row.actor, row.destination) == (actor, country), text


def test_a_day_on_which_figures_showed_something_dates_the_figures_not_the_arrivals() -> None:
    [row] = _rows("Sweden has admitted 37 North Korean refugees over the past five years, figures showed on Monday.",
                  "2011-05-07")
    assert (row.status, row.count, row.date) == ("reported_count", 37, "")


def test_what_a_group_holds_told_after_it_is_no_member_s_row() -> None:
    """"Among them are infants, pregnant women and several elderly men":
    what the group is made of, no one of them told; a counted or named
    member still is ("Among them were two former soldiers")."""
    lead = "Officials say that twelve North Korean defectors reached Busan last week after months in a Thai shelter. "
    rows = _rows(lead + "Among them are infants, pregnant women and elderly men. They will be questioned first.", "2021-07-05")
    assert [r.count for r in rows] == [12]
    rows = _rows(lead + "Among them were two former soldiers.", "2021-07-05")
    assert [r.actor for r in rows][1:] == ["two former soldiers"]
    rows = _rows(lead + "Among them are several former soldiers.", "2021-07-05")
    assert len(rows) == 2
    # (with an article after the verb: "were a nurse and her son, a farmer, ..." is what the group holds)
    rows = _rows(lead + "Among them were a nurse and her son, a farmer and two students.", "2021-07-05")
    assert [r.count for r in rows] == [12]


def test_leaving_a_place_to_seek_refuge_in_the_south_is_going_there() -> None:
    """"departed from Hong Kong over the weekend to seek refuge in South
    Korea": a departure for the South, from the place left; refuge sought
    elsewhere is still a request."""
    [row] = _rows("A North Korean chess player departed from Macau over the weekend to seek refuge in South Korea.", "2016-09-26")
    assert (row.status, row.origin, row.destination, row.date) == ("defected", "Macau", "South Korea", "2016-09")
    [row] = _rows("The North Korean chess player left Macau on Sunday to seek asylum in Canada.", "2016-09-26")
    assert (row.status, row.destination) == ("sought_asylum", "Canada")
