"""Defections told as something done to the people ("agents tricked her
into defecting"), returns to the North, and crossings out of it told by
the country entered. Each on invented sentences (see test_rules.py)."""

from __future__ import annotations

from .test_rules import _rows
from .test_rules_numbers import _spans


def test_a_defection_others_brought_about_is_the_object_s() -> None:
    [row] = _rows("Brokers lured Ri Hyang-sim and her cousin into going to South Korea in 2009.", "2013-02-02")
    assert (row.actor_name, row.role, row.date, row.destination) == ("Ri Hyang-sim", "", "2009", "South Korea")
    [row] = _rows("At a press event on Friday a North Korean man said spies had talked him into defecting in 2010.",
                  "2013-02-02")
    assert (row.actor, row.date) == ("North Korean man", "2010")
    # a class of people, or an attempt to induce, tells no one's defection
    assert _rows("The agency said brokers lure villagers into crossing the border.", "2013-02-02") == []
    assert _rows("Police tried to persuade him into defecting.", "2013-02-02") == []


def test_people_seen_or_helped_to_defect_are_the_object() -> None:
    [row] = _rows("A North Korean hotel in Dandong saw nine North Korean cooks flee to South Korea on March 3.", "2017-04-01")
    assert (row.actor, row.count, row.date, row.destination) == ("nine North Korean cooks", 9, "2017-03-03", "South Korea")
    [row] = _rows("A pastor in Yanji helped two North Korean soldiers escape to Mongolia last winter.", "2016-06-01")
    assert (row.actor, row.count, row.destination) == ("two North Korean soldiers", 2, "Mongolia")
    [row] = _rows("A broker had helped three women cross into China in 2009.", "2017-09-02")
    assert (row.actor, row.count, row.date, row.destination) == ("three women", 3, "2009", "China")
    # a number told as a habit, a class of people, an act not seen, or escaping a plight: no one's defection
    assert _rows("The broker has helped hundreds of North Koreans escape over the years.", "2016-06-01") == []
    assert _rows("Brokers helped defectors flee.", "2016-06-01") == []
    assert _rows("He never saw his brother defect.", "2016-06-01") == []
    assert _rows("Her job helped the family escape from poverty in Pyongyang.", "2016-06-01") == []


def test_people_helped_or_smuggled_into_a_country_went_there() -> None:
    """"helped seven North Koreans get into Thailand", "smuggled five
    North Koreans into Laos": the people taken over a border moved;
    things smuggled are no one."""
    [row] = _rows("A church worker helped four North Korean teenagers get into Mongolia last spring.", "2012-01-10")
    assert (row.actor, row.count, row.status, row.destination) == ("four North Korean teenagers", 4, "defected", "Mongolia")
    [row] = _rows("Police said a broker helped two North Korean women enter Cambodia in May.", "2012-01-10")
    assert (row.count, row.destination, row.date) == (2, "Cambodia", "2011-05")
    [row] = _rows("A Chinese driver smuggled six North Korean refugees into Laos in March, the group said.", "2012-01-10")
    assert (row.count, row.destination, row.status) == (6, "Laos", "defected")
    assert _rows("North Korean traders smuggled cigarettes into China last year.", "2012-01-10") == []


def test_running_off_from_a_post_is_fleeing() -> None:
    [row] = _rows("Officials confirmed that two North Korean cooks ran off from a hotel in Shenyang in June.", "2016-07-01")
    assert (row.actor, row.date) == ("two North Korean cooks", "2016-06")


def test_a_return_after_living_in_the_south() -> None:
    rows = _rows("Choe Myong-ae, 58, spoke to reporters in Pyongyang. "
                 "After living in South Korea for four years, she went back to North Korea on 14 March.", "2013-04-20")
    assert [(r.actor_name, r.date, r.origin, r.destination) for r in rows] == [
        ("Choe Myong-ae", "2013-03-14", "South Korea", "North Korea")]


def test_crossing_into_a_country_on_the_way_out_in_a_story_about_korea() -> None:
    [row] = _rows("Han Kyong-ok left her village in North Korea's Ryanggang province. "
                  "In April 2008 she crossed into Russia on foot.", "2013-04-20")
    assert (row.actor_name, row.date, row.destination) == ("Han Kyong-ok", "2008-04", "Russia")
    assert _rows("The Swiss hiker crossed into Italy in April.", "2013-04-20") == []


def test_a_day_before_may_makes_it_the_month() -> None:
    assert _spans("She left Hyesan on 14 May and rested.", "DATE") == ["14 May"]
    assert _spans("Police may detain them.", "DATE") == []


def test_a_share_or_a_change_told_of_people_is_no_event() -> None:
    assert _rows("South Korea has admitted 15 percent fewer North Korean defectors this year.", "2013-04-20") == []


def test_the_last_defection_by_someone_dated_is_an_event_of_its_own() -> None:
    [row] = _rows("Officials said the previous defection across the MDL by a North Korean sergeant took place in 2014.",
                  "2016-04-20")
    assert (row.actor, row.date, row.origin) == ("North Korean sergeant", "2014", "MDL")
    assert _rows("It was the last defection by a North Korean officer.", "2016-04-20") == []


def test_the_journey_south_told_after_a_return_is_its_own_event() -> None:
    rows = _rows("A defector has crossed back into North Korea over the Imjin River, the army said on Monday. "
                 "Police added that the defector, who had fled to South Korea in 2018, faced a theft charge.", "2021-03-02")
    assert [(r.destination, r.date) for r in rows][1:] == [("South Korea", "2018")]
    assert rows[0].destination == "North Korea"


def test_a_defection_ended_by_deportation_told_after_it_is_an_attempt() -> None:
    [row] = _rows("A North Korean engineer who fled to Mongolia in March died in prison after he was deported back to "
                  "North Korea.", "2018-12-05")
    assert (row.status, row.destination) == ("attempted", "Mongolia")


def test_a_return_north_in_a_report_titled_on_re_defection() -> None:
    from defect_tui.index.models import Article

    from .test_rules import EX

    body = "Ri Chun-hee went back to the North in March 2014.\n\nOthers stayed."
    for title, expected in (("Why some defectors re-defect", 1), ("Redefection cases rise", 1), ("Trade talks resume", 0)):
        art = Article(id="x", path="x.txt", title=title, body=body, date="2015-01-05", date_precision="day")
        rows = list(EX.extract(art).incidents)
        assert len(rows) == expected, title
        if rows:
            assert (rows[0].actor_name, rows[0].date, rows[0].destination) == ("Ri Chun-hee", "2014-03", "North Korea")


def test_refusing_to_go_home_is_staying_in_the_south() -> None:
    [row] = _rows("Late in March, five of the seven sailors of a North Korean cargo ship that drifted south "
                  "refused to go home.", "2019-04-04")
    assert (row.status, row.count, row.date) == ("defected", 5, "2019-03")


def test_caught_and_returned_is_one_attempt_not_a_return() -> None:
    """"a nephew, who crossed into China in May, had been caught and
    returned to North Korea": the passive goes on through "and" (sent back,
    no journey of his own north), and the crossing and the capture told of
    one person in one sentence are one attempt."""
    rows = _rows("A defector in Seoul said a nephew, who crossed into China in May, had been caught and "
                 "returned to North Korea.", "2013-07-07")
    assert [(r.actor, r.status, r.date) for r in rows] == [("nephew", "attempted", "2013-05")]


def test_a_refugee_going_back_into_the_north_is_a_return() -> None:
    """"a refugee family had gone back into the North": a refugee had left
    it, so going back is a return (and "into" the North as well as "to")."""
    [row] = _rows("Officials confirmed on Monday that a North Korean refugee family had gone back into the North.", "2013-05-05")
    assert (row.status, row.destination) == ("defected", "North Korea")


def test_deserting_the_army_for_the_north_and_the_post_left() -> None:
    """"deserted the US army for North Korea": a defection north; "abandoning
    his post in South Korea": the post's place is the one left."""
    [row] = _rows("Walter Gray, who deserted the US army for North Korea in 1963, died last year.", "2004-11-04")
    assert (row.actor_name, row.date, row.destination) == ("Walter Gray", "1963", "North Korea")
    [row] = _rows("Mr Walter Gray admitted abandoning his post in South Korea in 1963.", "2004-11-04")
    assert (row.origin, row.destination) == ("South Korea", "")


def test_a_flight_that_ended_in_custody_on_the_way_is_an_attempt() -> None:
    """"fled to Vietnam via China ... police in Vietnam detained them": caught
    in the country they reached, the people attempted; a flight to a
    country the article tells no custody in stays a defection."""
    [row] = _rows("A family of six North Koreans fled to Vietnam through China in March, activists said. Police in "
                  "Vietnam detained the family at a guesthouse near Hanoi last week.", "2019-05-20")
    assert (row.status, row.destination) == ("attempted", "Vietnam")
    [row] = _rows("A family of six North Koreans fled to Vietnam through China in March, activists said. They hope "
                  "to reach Seoul soon.", "2019-05-20")
    assert row.status == "defected"


def test_a_defector_who_returned_to_the_country_went_back_north() -> None:
    # "the country" is the one the defector left; the flight's date is not the return's
    flight, back = _rows("State media said a North Korean woman who defected 12 years ago has returned to the country.",
                         date="2017-07-19")
    assert (flight.date, back.destination, back.date) == ("2005", "North Korea", "")
    flight, back = _rows("A North Korean woman who defected in 2014 has gone back to the North, state media said.", date="2017-07-19")
    assert (flight.date, back.date) == ("2014", "")
    # a visitor returning to a country is no defection
    assert _rows("The American tourist returned to the country, officials said.", date="2017-07-19") == []


def test_people_who_drifted_over_and_asked_to_go_home_did_not_defect() -> None:
    """A boat that drifted over the line, whose people wanted to go home or
    were sent back at their own request, tells no defection; those who
    chose to stay defected."""
    body = ("Three North Korean crewmen drifted across the maritime border in a disabled boat in April. "
            "The three were handed back across the sea border at their own request last week.")
    assert _rows(body, "2019-05-10") == []
    body = ("Three North Korean crewmen drifted across the maritime border in a disabled boat in April. "
            "One of them chose to remain in the South.")
    assert [r.count for r in _rows(body, "2019-05-10")][:1] == [3]


def test_people_rescued_at_sea_who_went_back_north_were_sent_home() -> None:
    """North Koreans rescued at sea who crossed back over the line went
    home: no defection north (as a defector who goes back is)."""
    body = ("Five North Korean sailors crossed the sea border in their own boat on Friday and returned to North Korea. "
            "The five had been picked up off Ulleung Island in June.")
    assert _rows(body, "2024-08-10") == []
    body = ("A North Korean defector crossed the sea border in a stolen boat on Friday and returned to North Korea. "
            "He had been picked up off Ulleung Island in 2019.")
    assert [r.destination for r in _rows(body, "2024-08-10")][:1] == ["North Korea"]
    # a sighting on land is no rescue: the crossing north stands
    body = ("Someone walked across the eastern border into North Korea on Sunday. "
            "Thermal cameras had picked up the figure an hour before it reached the fence.")
    [row] = _rows(body, "2023-03-14")
    assert (row.actor, row.destination) == ("Someone", "North Korea")



def test_a_habit_of_the_main_clause_leaves_a_return_told_after_until_an_event() -> None:
    rows = _rows("Ko Yong-chol fled to South Korea in 2009. The best known was a man named Ko Yong-chol, who often "
                 "spoke at churches until he returned to the North in 2015.", "2019-01-01")
    assert [(r.actor_name, r.date, r.destination) for r in rows] == [
        ("Ko Yong-chol", "2009", "South Korea"), ("Ko Yong-chol", "2015", "North Korea")]
    # a habit told of the crossing itself is still no event
    assert _rows("Soldiers often wait until they cross the river into China at night.", "2019-01-01") == []


def test_a_person_named_after_a_figure_of_returns_is_a_row_of_their_own() -> None:
    rows = _rows("Seven defectors returned to North Korea in 2012. Choe Song-ae often appeared on a television show "
                 "until she returned to the North in 2017.", "2019-10-01")
    assert [(r.actor_name, r.count, r.date) for r in rows] == [("", 7, "2012"), ("Choe Song-ae", None, "2017")]


def test_a_journey_north_from_the_south_starts_in_south_korea() -> None:
    [row] = _rows("Kim Tae-su, a South Korean farmer, walked from the South across the border into North Korea in 1987.",
                  "2017-12-12")
    assert (row.origin, row.destination, row.date) == ("South Korea", "North Korea", "1987")


def test_arrested_somewhere_and_returned_to_north_korea_is_a_repatriation_not_a_return() -> None:
    rows = _rows("Pak Mi-ran, a defector who lives in Seoul, said her brother had been arrested in China last year and "
                 "returned to North Korea.", "2024-03-15")
    assert [r.status for r in rows] == ["attempted"]


def test_the_defection_before_a_return_told_with_after_is_its_own_event() -> None:
    """"returned to the North in 2012 after defecting to South Korea in
    2006": two journeys, the earlier one told by the gerund."""
    rows = _rows("Kim Ok-sun, a North Korean woman, returned to the North in 2012 after defecting to South Korea in 2006.",
                 "2015-05-05")
    assert sorted((r.date, r.destination) for r in rows) == [("2006", "South Korea"), ("2012", "North Korea")]
    # a dated flight with no place to, told with the return, is the earlier journey too
    rows = _rows("A North Korean defector has gone back to the North after escaping from the country 12 years ago.",
                 "2015-05-05")
    assert len(rows) == 2 and {r.date for r in rows} == {"", "2003"}
    # the way of a journey told with "after" stays part of that journey ("arrived ... after crossing")
    rows = _rows("Two North Korean fishermen arrived in Sokcho on Monday after crossing the sea border.", "2015-05-05")
    assert len(rows) == 1


def test_trying_to_go_back_north_is_an_attempted_return() -> None:
    """"tried to return to North Korea in a stolen bus": the way back north
    tried, after a relative clause that tells the first flight; a wish to
    go back is no act."""
    [row] = _rows("A former miner who had escaped to the South years ago tried to go back to North Korea on a fishing boat.",
                  "2019-08-20")
    assert (row.status, row.actor, row.destination) == ("attempted", "former miner", "North Korea")
    [row] = _rows("Two refugees attempted to return to the North by swimming the river last June.", "2019-08-20")
    assert (row.status, row.count, row.date, row.destination) == ("attempted", 2, "2019-06", "North Korea")
    assert _rows("The defector said she hoped to return to North Korea one day.", "2019-08-20") == []


def test_someone_who_is_no_north_korean_entering_the_north_against_the_rules_defected_there() -> None:
    """"A 41-year-old farmer illegally crossed ... into North Korea": a
    defection the other way; a visit with no such word, or a North Korean
    slipping home, is none."""
    [row] = _rows("A 41-year-old welder, whose identity police did not disclose, illegally made his way into North Korea, "
                  "was later handed over to Russia and from there flew back to Seoul, investigators said.", "2011-03-14")
    assert (row.actor, row.status, row.destination) == ("41-year-old welder", "defected", "North Korea")
    [row] = _rows("A South Korean pastor went to North Korea without permission last spring.", "2011-03-14")
    assert (row.status, row.destination) == ("defected", "North Korea")
    assert _rows("A South Korean business delegation went to Pyongyang last spring.", "2011-03-14") == []
    assert _rows("A North Korean trader secretly went into North Korea last spring.", "2011-03-14") == []


def test_a_companion_told_between_commas_is_not_the_one_who_went() -> None:
    """"The couple, with their baby son, quietly returned to the North":
    the couple; "The sergeant, with his rifle, crossed ...": the sergeant."""
    rows = _rows("Pak and his wife defected to the South in 2011. In March 2014 the couple, with their baby son, "
                 "quietly went back to the North.", "2014-05-02")
    assert [r.actor for r in rows] == ["Pak and his wife", "couple"]
    [row] = _rows("The sergeant, along with his rifle, crossed the demilitarized zone on Tuesday.", "2014-05-02")
    assert row.actor == "sergeant"


def test_a_defector_gone_back_to_her_country_or_to_the_republic_returned_north() -> None:
    """"A defector ... has gone back to her country", "came back to the
    Republic" (as Pyongyang's media write it): a return north, where the
    clause itself says the person is a defector or the article says they left."""
    [row] = _rows("A North Korean defector who ran a noodle shop in Busan has gone back to her country, state media showed.",
                  "2019-08-02")
    assert (row.status, row.destination) == ("defected", "North Korea")
    body = ("The couple defected to the South in 2010. On Thursday the couple came back to the Republic and met "
            "journalists in Pyongyang.")
    rows = _rows(body, "2013-01-25")
    assert len(rows) == 2 and rows[-1].status == "defected"
    # a defector who went home in the South went nowhere north
    assert _rows("A defector who runs a shop in Seoul returned home on Sunday after the rally.", "2019-08-02") == []
