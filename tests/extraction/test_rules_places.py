"""Rules about where a movement began or ended, each on invented
sentences (see test_rules.py)."""

from __future__ import annotations

from .test_rules import EX, _rows


def test_arriving_from_a_place_makes_it_the_origin() -> None:
    [row] = _rows("Nine North Koreans arrived in Incheon from Mongolia on Monday.")
    assert (row.origin, row.destination) == ("Mongolia", "Incheon")
    # "from" after something else than the arrival is no origin
    [row] = _rows("Nine North Koreans arrived in Incheon on Monday with help from Mongolia.")
    assert row.origin == ""


def test_unnamed_place_of_posting_is_the_origin() -> None:
    [row] = _rows("A trade official who had been posted in a Central Asian country defected to the South in 2019.")
    assert (row.origin, row.destination) == ("Central Asian country", "South Korea")
    [row] = _rows("Two waiters at a restaurant in an unnamed Southeast Asian country fled to South Korea in March.")
    assert row.origin == "unnamed Southeast Asian country"
    # where the person went is no posting
    [row] = _rows("A diplomat defected to an African country last year.")
    assert (row.origin, row.destination) == ("", "African country")


def test_a_defectors_return_north_is_an_event_of_its_own() -> None:
    first, back = _rows("Choe Yong Nam defected to the South in 2010. He went back to the North in 2014, state media said.")
    assert (first.date, first.destination) == ("2010", "South Korea")
    assert (back.actor_name, back.status, back.date, back.destination) == ("Choe Yong Nam", "defected", "2014", "North Korea")
    background, back = _rows("Han Yong Chol, who had defected in 2011, returned to the North in March, state media said.")
    assert (background.date, back.destination) == ("2011", "North Korea")


def test_going_back_north_is_no_defection_without_one_before() -> None:
    # an official's return from a posting, a repatriation done to people, a wish
    assert _rows("The diplomat returned to North Korea after his posting ended in 2015.") == []
    assert not [r for r in _rows("Thirty refugees who had defected were returned to North Korea by China last week.")
                if r.destination == "North Korea"]
    assert not [r for r in _rows("Pak Mi Ran defected in 2016. She said her son strengthened her resolve to return to the North.")
                if r.destination == "North Korea"]


def test_a_question_word_is_no_part_of_the_actor() -> None:
    rows = _rows("Two defectors, Ri Song Ho and Han Mi Ok, left Seoul last month. "
                 "Police are looking into when and why the two went back to the North.")
    assert [r.actor for r in rows if r.destination == "North Korea"] == ["two"]


def test_never_before_tells_a_comparison_not_an_event() -> None:
    assert _rows("Never before has so young a North Korean general defected, the paper noted.") == []
    [row] = _rows("A North Korean general defected in 2015, the paper noted.")
    assert row.date == "2015"


def test_a_figure_per_month_is_a_rate_not_a_figure() -> None:
    assert _rows("About 120 North Koreans reached the South every month in 2015.") == []
    [row] = _rows("About 120 North Koreans reached the South in March 2015.")
    assert (row.count, row.date) == (120, "2015-03")


def test_the_place_left_in_the_next_sentence_is_the_origin() -> None:
    [row] = _rows("Eleven North Koreans defected to the South last month. They had set off by boat from Nampo, officials said.")
    assert (row.origin, row.destination) == ("Nampo", "South Korea")
    [row] = _rows("A North Korean engineer defected in May. Officials said he left Russia on May 2 with his wife.")
    assert row.origin == "Russia"
    # a place named after "from" that nobody left is no origin
    [row] = _rows("A North Korean engineer defected in May. He was questioned by officials from Seoul.")
    assert row.origin == ""


def test_the_place_left_before_an_arrest_is_the_origin() -> None:
    [row] = _rows("Chinese police detained nine North Korean refugees on Monday as they were about to sail from Dalian.")
    assert (row.status, row.origin) == ("attempted", "Dalian")
    [row] = _rows("Two North Korean refugees asked for asylum in Thailand after a long journey from Laos.")
    assert row.origin == "Laos"


def test_a_defection_and_the_return_in_one_sentence_are_two_events() -> None:
    first, back = _rows("Ko Eun-bi defected to South Korea in March 2012 and went back to North Korea in May.", "2016-09-01")
    assert (first.date, first.destination) == ("2012-03", "South Korea")
    assert (back.actor_name, back.date, back.origin, back.destination) == ("Ko Eun-bi", "2016-05", "South Korea", "North Korea")


def test_a_described_return_is_named_by_the_return_not_by_the_defection_before_it() -> None:
    rows = _rows("A North Korean defector who grew famous as a singer has gone back to the North, state media said. "
                 "Ko Eun-bi defected to South Korea in March 2012, and she went back to North Korea in May.", "2016-09-01")
    assert sorted((r.actor_name, r.date, r.destination) for r in rows) == [
        ("Ko Eun-bi", "2012-03", "South Korea"), ("Ko Eun-bi", "2016-05", "North Korea")]
    # "both of them" going back after the pair's defection is a second event, not the first told again
    first, back = _rows("Two North Korean soldiers defected to South Korea in 2011, officials said. "
                        "Both of them went back to the North in June.", "2016-09-01")
    assert (first.date, back.date, back.destination) == ("2011", "2016-06", "North Korea")
    # going back that did not happen is no return
    [row] = _rows("Ri Chol, a defector, sought refuge in the embassy in May instead of going back to Pyongyang.", "2016-09-01")
    assert row.status == "sought_asylum"


def test_an_arrival_after_leaving_a_place_starts_there() -> None:
    [row] = _rows("Eleven North Korean refugees reached South Korea on Sunday by way of Thailand after leaving Laos.", "2010-03-02")
    assert (row.origin, row.destination, row.date) == ("Laos", "South Korea", "2010-02-28")


def test_an_unnamed_line_crossed_is_the_line_the_article_names() -> None:
    rows = _rows("A North Korean private crossed the land border between the two Koreas on Monday, officials said. "
                 "Troops spotted him south of the Military Demarcation Line in the early morning.", "2023-08-02")
    assert [(r.origin, r.destination) for r in rows] == [("Military Demarcation Line", "South Korea")]
    rows = _rows("Four North Koreans crossed the tense maritime border in a wooden boat on Tuesday. "
                 "The boat was first seen near Baengnyeong, south of the Northern Limit Line, officials said.", "2023-08-02")
    assert [r.origin for r in rows] == ["Northern Limit Line"]
    # with no named line in the article, the border stays as written
    [row] = _rows("A North Korean private crossed the land border between the two Koreas on Monday.", "2023-08-02")
    assert row.origin == "land border"
    # a line in the east is not the named sea line, which lies in the West Sea
    rows = _rows("Three North Koreans crossed the eastern maritime border in a wooden boat on Sunday. In May a "
                 "boat with nine people had crossed the Northern Limit Line off Ganghwa Island.", "2023-08-02")
    assert rows[0].origin == "eastern maritime border"


def test_a_sea_boundary_is_a_line_between_the_koreas() -> None:
    # "boundary" as well as "border": the line crossed is where the trip began
    [row] = _rows("Two North Korean fishermen crossed the eastern sea boundary in a small boat on Monday.", "2024-01-20")
    assert row.origin == "eastern sea boundary"
    [row] = _rows("A North Korean man drifted across the maritime boundary on a raft last week, officials said.", "2024-01-20")
    assert row.origin == "maritime boundary"


def test_the_south_in_lower_case_is_south_korea() -> None:
    [row] = _rows("Officials said 1,318 North Koreans reached the south last year.", "2013-02-01")
    assert (row.count, row.date, row.destination) == (1318, "2012", "South Korea")
    # "the south of China" is a region
    [row] = _rows("Officials said 31 North Koreans reached the south of China last year.", "2013-02-01")
    assert row.destination != "South Korea"
    # a thousands comma in "N of them" stays in the actor
    rows = _rows("Defectors have numbered about 2,000 a year lately, and 1,502 of them reached the south in 2012.", "2013-02-01")
    assert "1,502 of them" in [r.actor for r in rows]


def test_the_part_of_a_border_crossed_is_the_border() -> None:
    """A later sentence that tells which part of the border was crossed
    gives the origin as the border itself, as written: "the eastern
    stretch of the sea border" is the sea border, and a land border is a
    line between the Koreas too."""
    [row] = _rows("Two North Korean fishermen defected to the South on Friday, the navy said. "
                  "The men had drifted across the eastern stretch of the sea border in a wooden boat.", "2021-05-02")
    assert (row.origin, row.destination, row.date) == ("sea border", "South Korea", "2021-04-30")
    [row] = _rows("A North Korean private slipped across the western section of the land border at dawn on Monday.", "2024-03-06")
    assert (row.origin, row.destination) == ("land border", "South Korea")


def test_a_posting_told_after_the_predicate_or_by_employment() -> None:
    """The posting abroad is the place left, told in a "while he was"
    clause after the predicate or as the place people were employed."""
    [row] = _rows("A North Korean diplomat defected in 2019 while he was Pyongyang's envoy to Kuwait.", "2021-06-10")
    assert row.origin == "Kuwait"
    [row] = _rows("Twelve North Korean waitresses employed in Ningbo fled to Seoul in April.", "2021-06-10")
    assert (row.origin, row.count) == ("Ningbo", 12)
    # an abbreviated country keeps its dots, then is the country
    [row] = _rows("A North Korean diplomat who had been the country's envoy to the U.S. defected in 2019.", "2021-06-10")
    assert row.origin == "United States"


def test_a_return_after_but_shares_the_subject_of_the_flight_before() -> None:
    rows = _rows("Pak Un-ha escaped in 2012 but went back to North Korea in 2015.", "2019-07-10")
    assert [(r.actor_name, r.date, r.destination) for r in rows] == [
        ("Pak Un-ha", "2012", ""), ("Pak Un-ha", "2015", "North Korea")]
    rows = _rows("The three had defected to the South but came back to the DPRK last year.", "2019-07-10")
    assert [(r.date, r.destination) for r in rows] == [("", "South Korea"), ("2018", "North Korea")]


def test_arrivals_here_in_a_report_from_seoul_are_arrivals_in_the_south() -> None:
    body = ("Officials here said on Monday that a fishing boat from North Korea had been towed to port. "
            "The number of North Korean defectors arriving here has dropped sharply. "
            "The figure stood at 980 in 2018 and fell to 312 in 2019.")
    rows = [r for r in _rows("South Korean officials met. " + body, "2020-03-02") if r.status == "reported_count"]
    assert [(r.count, r.destination) for r in rows] == [(980, "South Korea"), (312, "South Korea")]
    rows = [r for r in _rows("BEIJING (AP) -- " + body, "2020-03-02") if r.status == "reported_count"]
    assert [(r.count, r.destination) for r in rows] == [(980, ""), (312, "")]


def test_holding_jobs_somewhere_is_a_posting() -> None:
    [row] = _rows("Nine North Korean cooks who held jobs in Phnom Penh have defected to South Korea.", "2019-07-10")
    assert (row.origin, row.destination) == ("Phnom Penh", "South Korea")


def test_the_british_spelling_of_the_demilitarized_zone() -> None:
    [row] = _rows("A North Korean corporal defected on May 2 by crossing the demilitarised zone, officials said.", "2015-07-01")
    assert row.origin == "demilitarised zone"
    assert [sp.text for sp in EX.entities_only("Guards watch the Demilitarised Zone.") if sp.label == "LOCATION"] == [
        "Demilitarised Zone"]


def test_the_north_korean_mission_left_is_no_destination() -> None:
    [row] = _rows("Kim Chol Ho slipped away from the North Korean embassy in Vienna in early March.", "2019-06-01")
    assert (row.origin, row.destination, row.date) == ("Vienna", "", "2019-03")


def test_an_unnamed_inter_korean_border_takes_the_name_the_article_gives_it() -> None:
    rows = _rows("Guards at the Military Demarcation Line fired warning shots on Monday. "
                 "Officials said a North Korean sergeant has defected to South Korea across the heavily armed border.", "2019-05-06")
    assert [(r.actor, r.origin) for r in rows] == [("North Korean sergeant", "Military Demarcation Line")]
    # another country's border, or an article that names no line, leaves it unnamed
    [row] = _rows("A North Korean sergeant has fled across the border into China, the DMZ guards said.", "2019-05-06")
    assert row.origin == ""
    [row] = _rows("A North Korean sergeant has defected to South Korea across the heavily armed border.", "2019-05-06")
    assert row.origin == ""


def test_people_caught_on_the_way_were_going_where_the_sentence_says() -> None:
    [row] = _rows("Lao police have detained six North Korean defectors who were trying to reach the South via Thailand.", "2019-05-06")
    assert (row.status, row.destination) == ("attempted", "South Korea")
    # no place they were headed for: none made up
    [row] = _rows("Lao police have detained six North Korean defectors near the Mekong.", "2019-05-06")
    assert row.destination != "South Korea"
    # the place they were caught is not where they were going
    [row] = _rows("Border police arrested four North Korean women in Dandong on Friday as they tried to get to Seoul.", "2019-05-06")
    assert (row.status, row.destination) == ("attempted", "Seoul")


def test_a_capital_far_from_korea_is_a_place_of_posting() -> None:
    # the gazetteer holds every national capital, not only the places the test reports name
    [row] = _rows("Three waitresses at a North Korean restaurant in Bishkek fled to South Korea in May.", "2019-06-01")
    assert (row.origin, row.destination) == ("Bishkek", "South Korea")


def test_the_place_someone_was_sent_to_is_where_he_left_from() -> None:
    [row] = _rows("A trade official whom the party had sent to Dubai asked Britain for asylum last year.", "2015-06-01")
    assert (row.actor, row.origin) == ("trade official", "Dubai")
    [row] = _rows("Loggers who were sent to Russia fled their camp in 2014.", "2015-06-01")
    assert row.origin == "Russia"


def test_the_country_asked_for_asylum_is_the_destination() -> None:
    [row] = _rows("Two soldiers asked the United States for protection in May.", "2015-06-01")
    assert (row.status, row.destination) == ("sought_asylum", "United States")


def test_another_into_a_mission_is_another_request_with_its_own_mission() -> None:
    first, other = _rows("In 2009, one North Korean woman fled into the Japanese consulate in Shenyang and another "
                         "into the Canadian embassy in Beijing.", "2010-08-01")
    assert (first.destination, first.origin) == ("Japan (Japanese consulate)", "Shenyang")
    assert (other.actor, other.date, other.destination, other.origin) == (
        "another North Korean woman", "2009", "Canada (Canadian embassy)", "Beijing")
    # the mission stormed is where the request went
    [row] = _rows("Last month 40 North Koreans stormed the Canadian embassy in Beijing.", "2010-08-01")
    assert row.destination == "Canada (Canadian embassy)"


def test_a_country_that_owns_the_next_words_is_not_the_city_s_country() -> None:
    [row] = _rows("A diplomat has escaped to Japan, Japan's spy agency said on Tuesday.", "2024-07-16")
    assert row.destination == "Japan"
    [row] = _rows("A worker has fled to Ningbo, China, a source said on Tuesday.", "2024-07-16")
    assert row.destination == "Ningbo, China"


def test_a_city_named_as_its_sites_is_where_the_staff_left_from() -> None:
    [row] = _rows("An accountant from the Minsk trade office fled to Lithuania in May.", "2016-10-05")
    assert (row.origin, row.destination) == ("Minsk", "Lithuania")
    # a reporter's office is no posting of the people who went
    [row] = _rows("A spokesman from the Seoul office said two soldiers defected.", "2016-10-05")
    assert row.origin == ""


def test_a_place_owned_by_its_country_is_read_past_the_owner() -> None:
    [row] = _rows("Two workers fled from China's Liaoning province to Thailand in May.", "2009-12-23")
    assert (row.origin, row.destination) == ("Liaoning", "Thailand")


def test_climbing_into_a_mission_is_a_bid_for_asylum() -> None:
    [row] = _rows("Nine North Koreans climbed over a wall into a French diplomatic compound on Monday.", "2002-09-04")
    assert (row.status, row.count, row.destination) == ("sought_asylum", 9, "French diplomatic compound")
    [row] = _rows("A soldier crossed the border into South Korea on Monday.", "2002-09-04")
    assert (row.status, row.destination) == ("defected", "South Korea")


def test_sources_inside_a_country_are_where_the_report_comes_from() -> None:
    [row] = _rows("Five soldiers fled across the Yalu River to China on Monday, sources inside North Korea told the radio.",
                  "2017-03-10")
    assert row.destination == "China"


def test_where_the_journey_left_from_told_around_the_predicate() -> None:
    # the relative clause between the actor and the request
    [row] = _rows("Thai police were holding six North Koreans who had crossed from Laos into Thailand and asked for "
                  "asylum in South Korea.", "2008-03-01")
    assert (row.origin, row.destination) == ("Laos", "South Korea")
    # the river crossed in a participle after the comma
    [row] = _rows("Pak Sun-ok fled North Korea in May 2006, crossing the Yalu River into China.", "2012-06-01")
    assert (row.origin, row.destination) == ("Yalu River", "China")
    # the country of the place left
    [row] = _rows("Two North Korean cooks slipped away from a hotel kitchen in Cambodia last month.", "2012-06-01")
    assert (row.origin, row.destination) == ("Cambodia", "")


def test_a_sea_boundary_crossed_is_a_border() -> None:
    [row] = _rows("In March 2022, six people crossed the eastern sea boundary on a fishing boat.", "2023-01-10")
    assert (row.actor, row.count, row.date, row.status) == ("six people", 6, "2022-03", "defected")
    [row] = _rows("The army said that in the early hours of July 4 a North Korean soldier crossed the border.", "2023-07-10")
    assert row.actor == "North Korean soldier"


def test_crossing_the_border_with_the_south_goes_into_it() -> None:
    [row] = _rows("Officials said a North Korean private had crossed the heavily guarded border with South Korea on foot.",
                  "2015-06-16")
    assert (row.origin, row.destination) == ("", "South Korea")


def test_a_place_read_twice_with_its_description_is_named_once() -> None:
    [row] = _rows("A North Korean soldier crossed the tightly guarded Demilitarized Zone on Monday.", "2016-06-15")
    assert row.origin == "Demilitarized Zone"


def test_a_soldier_of_the_american_side_who_crossed_the_line_went_north() -> None:
    [row] = _rows("Larry Allen Abshier was one of a handful of American servicemen who deserted; he crossed the "
                  "Demilitarized Zone in 1962.", "2017-06-15")
    assert (row.status, row.destination) == ("defected", "North Korea")
    [row] = _rows("A North Korean soldier crossed the Demilitarized Zone on Monday.", "2017-06-15")
    assert row.destination == "South Korea"


def test_the_kind_of_place_before_its_name_leaves_the_name_as_the_place() -> None:
    """"reached the port of Incheon": the place is Incheon, as in "reached
    Incheon"; "from the port of" stays a place left, no destination."""
    [row] = _rows("Six North Korean refugees landed at the port of Mokpo on Friday.", "2011-06-20")
    assert (row.destination, row.date) == ("Mokpo", "2011-06-17")
    [row] = _rows("Two sailors fled from the port of Nampo in a rowing boat on Friday.", "2011-06-20")
    assert row.destination == ""


def test_a_companion_before_the_place_does_not_hide_the_destination() -> None:
    """"fled with her aunt to China": the companion stands between the verb
    and the place; "with the help of brokers" still ends the stretch."""
    [row] = _rows("In 2003 Kim Mi-ran fled with her aunt to China.", "2017-05-05")
    assert row.destination == "China"
    [row] = _rows("Lee Kwang-su defected along with two friends to South Korea in 2009.", "2017-05-05")
    assert row.destination == "South Korea"


def test_the_place_of_a_life_today_told_before_the_act_is_no_origin() -> None:
    """", who now works as a cook at a hotel in Daejeon, defected in 2009":
    where the person lives now, not where the act began; a past posting still is."""
    [row] = _rows("Ri Chol-ho, who now works as a cook at a hotel in Daejeon, defected in 2009.", "2019-06-02")
    assert (row.actor_name, row.origin, row.date) == ("Ri Chol-ho", "", "2009")
    [row] = _rows("Ri Chol-ho, who is currently a porter at a hotel in Daejeon, defected in 2009.", "2019-06-02")
    assert row.origin == ""
    [row] = _rows("Ri Chol-ho, who was a trade official in Hanoi, defected in 2009.", "2019-06-02")
    assert row.origin == "Hanoi"


def test_a_front_line_post_is_no_line_crossed() -> None:
    """"walked past the guards at a front-line post": a compound with
    "line" in it is no border, so walking past is no crossing."""
    assert _rows("Ko Yong-su was calm as he walked past two guards at a front-line checkpoint in North Korea.",
                 "2019-06-02") == []
    [row] = _rows("Ko Yong-su walked across the line at dawn on Friday.", "2019-06-02")
    assert row.actor_name == "Ko Yong-su"


def test_the_line_crossed_before_an_arrest_is_the_origin() -> None:
    """"Police detained nine North Koreans after they came into the country
    across the Mekong river": the border feature crossed is where they came from."""
    [row] = _rows("Thai police have detained nine North Koreans, one of them a girl, on suspicion of illegal entry after "
                  "they came into the country across the Mekong river.", "2005-06-01")
    # (the place as written, its feature word in lower case with it: entities.py)
    assert (row.status, row.count, row.origin) == ("attempted", 9, "Mekong river")


def test_where_people_were_caught_is_where_their_attempt_ended_their_origin() -> None:
    [row] = _rows("Chinese police caught seven North Koreans in Yanji on Tuesday as they tried to reach South Korea.",
                  "2019-07-05")
    assert (row.status, row.origin, row.destination) == ("attempted", "Yanji", "South Korea")
    [row] = _rows("Four North Korean women were arrested in Vientiane last week while heading for the Thai border.", "2019-07-05")
    assert (row.origin, row.destination) == ("Vientiane", "")


def test_the_place_of_a_trip_told_before_the_predicate_is_where_the_actor_left_from() -> None:
    [row] = _rows("While on a business trip to Vladivostok in 2018, a North Korean engineer defected to South Korea.",
                  "2019-07-05")
    assert (row.origin, row.destination) == ("Vladivostok", "South Korea")


def test_the_way_told_after_by_is_the_same_act() -> None:
    """"defected by wading across the Imjin River": the means told after
    "by" is the act's own way, so the line it crossed is the origin and the
    place it led to the destination; other places along it are neither."""
    [row] = _rows("A North Korean corporal defected on Sunday by wading across the Imjin River, the military said.", "2021-03-09")
    assert (row.origin, row.date) == ("Imjin River", "2021-03-07")
    [row] = _rows("Last month a North Korean farmer escaped by rowing across the estuary to Gyodong Island.", "2021-03-09")
    assert row.destination == "Gyodong Island"
    [row] = _rows("A North Korean teacher defected in May by crossing the Tumen River near her home in Musan.", "2021-03-09")
    assert (row.origin, row.destination) == ("Tumen River", "")


def test_a_place_named_after_its_kind_is_still_the_place_of_posting() -> None:
    """"working in the island nation of Fiji", "a consulate in the Chinese
    city of Shenyang": the kind of place between the posting and the name
    hides neither; an unnamed "French-speaking country" is a place too."""
    [row] = _rows("Three North Koreans who had been working in the island nation of Fiji defected in 2019.", "2021-03-09")
    assert (row.origin, row.count) == ("Fiji", 3)
    [row] = _rows("A North Korean trader defected from a French-speaking country in West Africa last year.", "2021-03-09")
    assert row.origin.startswith("French-speaking country")
    [row] = _rows("A North Korean banker defected from the Caribbean in 2018, officials said.", "2021-03-09")
    assert row.origin == "Caribbean"


def test_the_site_left_gives_the_place_it_stands_in() -> None:
    """"defected from a job in Russia", "fled across the sea from an island
    near Sinuiju": the site left is named by the place it is in, and a
    companion told before it ("with his family") ends nothing."""
    [row] = _rows("A North Korean party official defected with his family from a job in Russia.", "2021-03-09")
    assert row.origin == "Russia"
    [row] = _rows("Four North Korean waitresses escaped from a restaurant they worked at in Dandong last week.", "2021-03-09")
    assert (row.origin, row.count) == ("Dandong", 4)


def test_korea_in_a_report_from_seoul_is_the_south() -> None:
    [row] = _rows("On the morning of July 28, a second group of 230 North Korean defectors reached Korea through Incheon "
                  "International Airport.", "2004-08-02")
    assert (row.count, row.destination) == (230, "South Korea")


def test_a_wish_to_be_sent_somewhere_names_the_destination() -> None:
    """"asked to be recognized as refugees and sent to Seoul": where they
    want to go, not a posting they left from."""
    [row] = _rows("Seven members of a North Korean family have gone to the Beijing office of the UNHCR and asked to be "
                  "recognized as refugees and sent to Seoul.", "2001-06-22")
    assert (row.status, row.origin, row.destination) == ("sought_asylum", "", "Seoul")


def test_an_attempt_on_its_way_from_one_place_to_another() -> None:
    """"caught while on their way from Kunming to Laos": where the journey
    began is the origin, where it led the destination."""
    [row] = _rows("Twelve North Korean defectors were caught last week while on their way from Kunming to Laos.",
                  "2016-12-01")
    assert (row.status, row.origin, row.destination) == ("attempted", "Kunming", "Laos")


def test_a_sea_is_where_a_boat_crossing_happened_not_where_it_led() -> None:
    """"defected on a fishing boat near the NLL in the West Sea": the line
    near which it happened is the origin; the sea is no destination."""
    [row] = _rows("In June a North Korean fisherman defected on a small boat near the NLL in the Yellow Sea, officials "
                  "said.", "2023-10-25")
    assert row.origin == "NLL"
    assert "Yellow Sea" not in row.destination


def test_a_group_told_with_as_were_another_is_a_group_of_its_own() -> None:
    """"three were arrested in Dalian, as were another four in Yanji": two
    groups, each caught where it was (no place of capture as a destination)."""
    rows = _rows("On Monday three North Korean defectors were arrested in Dalian, as were another four in Yanji.",
                 "2020-05-06")
    assert [(r.count, r.origin, r.destination) for r in rows] == [(3, "Dalian", ""), (4, "Yanji", "")]
    [row] = _rows("Twelve other North Korean defectors were likewise arrested in Kunming early this week.", "2020-05-06")
    assert (row.count, row.status, row.origin) == (12, "attempted", "Kunming")


def test_figures_listed_by_where_they_fled_from_are_each_a_figure() -> None:
    """"by the end of 2015, 96 had fled from Sinuiju and 41 from Hyesan":
    two counts, each with the place it was left from."""
    rows = _rows("According to the ministry, by the end of 2015 some 96 North Koreans had fled from the city of "
                 "Sinuiju and 41 from Hyesan.", "2016-03-02")
    assert sorted((r.count, r.origin) for r in rows) == [(41, "Hyesan"), (96, "Sinuiju")]


def test_a_defection_told_by_the_south_went_to_the_south() -> None:
    """"A trade official posted in Egypt has defected, South Korea's spy
    agency said": no place after the verb, the South named in the
    sentence; a flight from the South, or a background in a relative
    clause, takes nothing from it."""
    [row] = _rows("A North Korean trade official posted in Egypt has defected, South Korea's spy agency said on Monday.",
                  "2019-06-03")
    assert row.destination == "South Korea"
    [row] = _rows("Pak Chol, 44, who fled in 2009, now teaches in Seoul.", "2019-06-03")
    assert row.destination == ""


def test_a_dash_between_spaces_ends_the_places_of_a_predicate() -> None:
    # what follows the dash is another clause: its places are no destination
    [row] = _rows("Four North Korean loggers fled to South Korea in May -- Moscow has since tightened checks on its borders.")
    assert row.destination == "South Korea"
    [row] = _rows("Six North Korean waiters fled to Seoul in March \u2013 Beijing denied it had sent them home.")
    assert row.destination == "Seoul"
    # a hyphen inside a name is no dash
    [row] = _rows("Three North Koreans fled to Ho Chi Minh City in May.")
    assert row.destination == "Ho Chi Minh City"
    # nor a place of posting across it, either way
    loggers, student = _rows("Three North Korean loggers have escaped their camp in Siberia, reports said Monday -- while "
                             "another outlet said a North Korean student had sought refuge at a consulate in Osaka.")
    assert loggers.origin == "Siberia" and "Siberia" not in student.origin


def test_a_defection_told_in_a_sentence_naming_the_south_went_there_but_not_a_south_korean() -> None:
    """A defection with no place it went to, in a sentence that names the
    South, went there; "a South Korean guide" or "South Korean missionaries"
    name people from the South, not the place of arrival."""
    [row] = _rows("A North Korean private defected across the line on Friday, South Korea's army said.", "2016-06-10")
    assert row.destination == "South Korea"
    [row] = _rows("Eleven North Korean refugees escaped on Friday, guided by two South Korean pastors.", "2016-06-10")
    assert (row.count, row.destination) == (11, "")


def test_a_trip_during_which_someone_defected_is_where_and_when() -> None:
    """"defected during a 1997 trip to Beijing": the trip's place is where
    the person left from, and its year dates the defection, whatever stands
    between "a" and "trip"."""
    [row] = _rows("Pak Il-nam, a North Korean trade official, fled during an official visit to Jakarta in 2003.", "2004-01-02")
    assert (row.origin, row.destination, row.date) == ("Jakarta", "", "2003")
    [row] = _rows("Pak Il-nam, a North Korean trade official, defected during a 2003 business trip to Jakarta.", "2004-01-02")
    assert (row.origin, row.date) == ("Jakarta", "2003")


def test_from_a_neighbouring_country_is_where_the_journey_began() -> None:
    """"reached Thailand from neighbouring Laos": an adjective or an article
    between "from" and the place keeps it the origin, not a destination."""
    [row] = _rows("Nine North Korean women reached Mongolia from neighbouring China on Friday, officials said.", "2010-12-01")
    assert (row.origin, row.destination) == ("China", "Mongolia")
    [row] = _rows("A North Korean refugee family escaped from nearby Laos in May, activists said.", "2010-12-01")
    assert (row.origin, row.destination) == ("Laos", "")


def test_a_place_reached_after_a_crossing_is_where_it_led() -> None:
    """"crossed the border ... and arrived in Seoul": the place of the
    coordinated arrival is the destination, not a border crossed."""
    [row] = _rows("A soldier crossed the border on June 3 and arrived in Seoul on June 5.", "2021-07-05")
    assert (row.origin, row.destination) == ("", "Seoul")
    [row] = _rows("A man swam across the border and reached Gyodong Island.", "2021-07-05")
    assert (row.origin, row.destination) == ("", "Gyodong Island")
    [row] = _rows("A fisherman crossed the sea border on Monday and arrived in Incheon the next day.", "2021-07-05")
    assert (row.origin, row.destination) == ("sea border", "Incheon")
    # a river right after the verb is still the border crossed
    [row] = _rows("Three women crossed the Tumen River at night.", "2021-07-05")
    assert row.origin == "Tumen River"


def test_the_river_crossed_is_the_one_named_before_with_the_country_its_border_faces() -> None:
    [row] = _rows("Four soldiers who were guarding the Tumen River border with China left their posts and fled across "
                  "the river last week.", "2021-03-24")
    assert (row.count, row.origin, row.destination) == (4, "Tumen River", "China")
    # "the border with" someone is no feature told before
    [row] = _rows("Kim Su-ryon, who grew up near the Yalu River, fled across the border with her son in 2009.", "2021-03-24")
    assert (row.origin, row.destination) == ("", "")


def test_the_places_of_a_second_verb_after_a_comma_are_not_the_first_ones() -> None:
    """"fled to Mongolia in 2009, spent a year in Ulaanbaatar and ...":
    where the flight went ends where the next verb of the same person
    begins; what that verb did is another step of the story."""
    [row] = _rows("In 2009 Pak Sun-hee fled to Mongolia, spent a year in Ulaanbaatar and finally reached Seoul.", "2013-06-01")
    assert (row.date, row.destination) == ("2009", "Mongolia")


def test_a_flight_from_a_site_near_a_city_starts_there() -> None:
    """"fled from one factory near the city of Dandong in China": the city is
    where it began, and the country that says where the city lies is no goal."""
    [row] = _rows("Three North Korean seamstresses fled from one factory near the port city of Dandong in northeastern China.",
                  "2016-06-01")
    assert (row.origin, row.destination) == ("Dandong", "")
    [row] = _rows("Three North Korean seamstresses fled from one factory near the city of Dandong in China to South Korea.",
                  "2016-06-01")
    assert (row.origin, row.destination) == ("Dandong", "South Korea")


def test_a_flight_told_in_a_relative_clause_ends_where_the_main_verb_arrives() -> None:
    """"Two sailors who fled a ship in Peru in March have arrived in South
    Korea": one journey, dated by the flight, from Peru to South Korea."""
    [row] = _rows("Two North Korean sailors who fled a cargo ship in Peru in March have arrived in South Korea, "
                  "officials said.", "2016-06-01")
    assert (row.date, row.origin, row.destination) == ("2016-03", "Peru", "South Korea")


def test_a_flight_ended_by_a_catch_starts_where_it_was_caught() -> None:
    """"crossed the river and were arrested by police near Dandong": the
    attempt's origin is where it was stopped, as for "were caught in China"."""
    [row] = _rows("Six North Koreans crossed the border and were then arrested by police near Dandong.", "2013-11-21")
    assert (row.status, row.origin, row.destination) == ("attempted", "Dandong", "")


def test_an_estuary_crossed_stays_the_origin_beside_a_named_line() -> None:
    # (invented: the article names the demilitarized zone later; the estuary is a feature of its own)
    rows = _rows("A North Korean farmer swam across the Han River estuary early on Friday and reached the South. "
                 "Guards at posts facing the demilitarized zone spotted him an hour later.", "2022-05-14")
    assert [(r.origin, r.status) for r in rows] == [("Han River estuary", "defected")]


def test_coastal_towns_and_islands_where_boats_land_are_places() -> None:
    # (invented: places of boat landings in South Korea and Japan, and a district of London)
    spans = {sp.text: sp.label for sp in EX.entities_only(
        "The boat drifted past Ulleung Island to Mukho; another landed near Fukaura, and a third at Yurihonjo. "
        "Their relatives live in New Malden.")}
    assert [t for t, lab in spans.items() if lab == "LOCATION"] == ["Ulleung Island", "Mukho", "Fukaura", "Yurihonjo", "New Malden"]
