"""Rules about a restrictive relative clause ("the soldier who escaped ...")
and the main clause that resumes after it. Each on invented sentences (see
test_rules.py)."""

from __future__ import annotations

from .test_rules import _rows


def test_an_adjective_in_ed_inside_the_relative_clause_is_no_main_verb() -> None:
    """"who fled across the heavily guarded sea border in March 2019": the
    date after "guarded" is still the relative clause's, so the clause is
    an event of its own, not a label of someone told elsewhere."""
    [row] = _rows("A North Korean fisherman who fled across the heavily guarded sea border in March 2019 later told "
                  "reporters he wanted to stay.", "2019-06-02")
    assert (row.status, row.date, row.actor) == ("defected", "2019-03", "North Korean fisherman")
    [row] = _rows("The North Korean guard who fled across the fortified demarcation line in May 2015 met "
                  "journalists in Seoul on Friday.", "2016-01-10")
    assert row.date == "2015-05"
    # a true main verb in -ed still ends the clause: its date is not the relative clause's
    [row] = _rows("A North Korean defector who swam across the river later visited Seoul in May 2015.", "2016-01-10")
    assert row.date != "2015-05"


def test_an_irregular_main_verb_ends_the_relative_clause() -> None:
    """"... who escaped across the zone in 2017 spoke to Japanese broadcaster
    NHK": no place of the main clause is a destination of the escape."""
    [row] = _rows("The North Korean sailor who escaped across the maritime border in April 2018 spoke to Japanese "
                  "broadcaster NHK on Monday.", "2019-02-11")
    assert row.date == "2018-04" and "Japan" not in row.destination
    [row] = _rows("A North Korean worker who fled across the Tumen River in 2016 wrote to British lawmakers last week.",
                  "2019-02-11")
    assert row.date == "2016" and "Britain" not in row.destination and "United Kingdom" not in row.destination


def test_a_flight_at_the_inter_korean_line_left_from_that_line() -> None:
    """"escaped at the demilitarized zone": the line is where the flight
    crossed (its origin, as for "crossed at"), not where it led."""
    [row] = _rows("A North Korean soldier escaped at the Military Demarcation Line last Thursday.", "2020-07-06")
    assert row.origin == "Military Demarcation Line" and row.destination != "Military Demarcation Line"
    # any other place after "at" is not made an origin by this
    [row] = _rows("A North Korean soldier defected at a guard post in Goseong last Thursday.", "2020-07-06")
    assert row.origin != "guard post"


def test_two_border_places_of_one_crossing_are_one_event() -> None:
    """The unnamed soldier of the lead "who escaped at the demilitarized
    zone" and the named man who "crossed at the truce village of
    Panmunjom" a few sentences on are one person: both places lie on the
    inter-Korean line, so they do not make two events."""
    rows = _rows("The North Korean soldier who escaped at the demilitarized zone in March 2018 gave an interview on "
                 "Tuesday.\n\nSeen on camera, Pak Il-nam, 25, looked like any young man in Seoul.\n\n"
                 "Pak crossed at the Joint Security Area while guards fired at him.", "2019-05-21")
    assert [(r.actor_name, r.date) for r in rows] == [("Pak Il-nam", "2018-03")]
    assert rows[0].evidence.startswith("The North Korean soldier who escaped")


def test_one_of_those_who_fled_after_an_appositive() -> None:
    """"Ri Chol-ho, a former guard from Hyesan, was among the few soldiers
    who fled": the appositive between the name and "was among" keeps the
    named person the one the relative clause tells of."""
    [row] = _rows("Ri Chol-ho, a former guard from Hyesan, Ryanggang, was among the few North Korean soldiers of that "
                  "era who fled to China while on duty.", "2019-05-21")
    assert (row.actor_name, row.destination) == ("Ri Chol-ho", "China")
    # without the "among" (a plain appositive and another verb) the name is no member of anything
    rows = _rows("Ri Chol-ho, a former guard from Hyesan, praised the North Korean soldiers who fled to China.",
                 "2019-05-21")
    assert all(r.actor_name != "Ri Chol-ho" for r in rows)


def test_an_opening_phrase_since_a_flight_has_the_main_subject_as_its_actor() -> None:
    """"In his first interview since defecting in 2019, Ryu told ...": the
    gerund's subject is the main clause's, after the comma."""
    [row] = _rows("In his first interview since defecting from North Korea in 2017, Jang Myong-chol described his work.",
                  "2021-05-05")
    assert (row.actor_name, row.date, row.status) == ("Jang Myong-chol", "2017", "defected")
    [row] = _rows("Since fleeing North Korea in 2004, Pak Sun-hui has run a shop in Busan.", "2021-05-05")
    assert (row.actor_name, row.date) == ("Pak Sun-hui", "2004")
    # "since" before a request tells how long a stay lasted, not who asked
    rows = _rows("Pak Sun-hui, a North Korean, has been stuck in the Japanese embassy since asking for asylum in May.",
                 "2021-07-05")
    assert all(r.status == "sought_asylum" for r in rows)


def test_a_subject_with_a_relative_clause_of_wishing_before_the_main_verb() -> None:
    """"Nine North Koreans who hope to reach Seoul have been detained in
    Laos": the wish is the subject's relative clause, closed by the main
    verb's auxiliary; it makes the arrest no hypothetical."""
    [row] = _rows("Nine North Korean refugees who hope to settle in Seoul have been detained in Vientiane.", "2015-06-01")
    assert (row.actor, row.status, row.count) == ("Nine North Korean refugees", "attempted", 9)
    # ("new lives in Seoul": the noun, where they hoped to live, no place they were posted or left)
    [row] = _rows("Nine North Korean refugees who hope to begin new lives in Seoul have been detained in Vientiane.",
                  "2015-06-01")
    assert "Seoul" not in row.origin
    # a wish the relative clause states as a predicate labels the people caught: where they were headed
    [row] = _rows("Nine North Korean refugees who want to settle in South Korea have been detained in Vientiane.",
                  "2015-06-01")
    assert (row.status, row.origin, row.destination) == ("attempted", "Vientiane", "South Korea")
    # a wish as the main clause's own verb stays a wish, no arrest
    assert all(r.status != "attempted" for r in _rows("Nine North Korean refugees hope to be detained in Vientiane.",
                                                      "2015-06-01"))


def test_a_description_identified_with_a_name_names_the_event_told_before() -> None:
    """"A diplomat stationed in Peru has defected ... The diplomat is Kim
    Chol-u, who fled with his wife in May": the relative clause after the
    name is the event told before, not the named man's background."""
    rows = _rows("A North Korean diplomat who had been stationed in Peru has defected to South Korea, officials said on "
                 "Tuesday.\n\nThe diplomat is Kim Chol-u, who fled to South Korea with his wife in May.", "2022-08-02")
    assert [(r.actor_name, r.date, r.origin) for r in rows] == [("Kim Chol-u", "2022-05", "Peru")]


def test_a_person_posted_abroad_told_again_by_another_description_is_one_event() -> None:
    """"A diplomat stationed in Peru has defected; the agency confirmed
    reports that a North Korean trade counsellor in Peru had defected": the
    place of the posting makes the second telling the same person."""
    rows = _rows("A North Korean diplomat who had been stationed in Peru has defected to South Korea, officials said. "
                 "The spy agency confirmed reports that a North Korean trade counsellor in Peru had defected.", "2022-08-02")
    assert len(rows) == 1 and rows[0].origin == "Peru"
    # another person at that post is another event
    rows = _rows("A North Korean diplomat who had been stationed in Peru has defected to South Korea, officials said. "
                 "Another North Korean diplomat in Peru had defected too.", "2022-08-02")
    assert len(rows) == 2


def test_people_trying_to_flee_as_a_prepositions_object_are_a_class() -> None:
    """"he would join a long line of officials trying to flee the regime":
    the participle describes the people the noun stands for, no act of
    theirs; told of a counted group or with a date, it is their act."""
    assert _rows("The case adds to a long list of North Korean officials trying to flee the regime.", "2019-01-04") == []
    assert _rows("Pak's flight puts him among the North Korean officials seeking to escape the regime.", "2019-01-04") == []
    [row] = _rows("Police cracked down on 14 North Koreans trying to flee to Laos in March.", "2019-04-04")
    assert row.count == 14


def test_a_collective_of_people_is_no_single_person_a_later_name_names() -> None:
    """"a string of officials fled ... Ri Chol-u, the consul, fled in May":
    the named man is someone of his own, not the collective named."""
    rows = _rows("A string of North Korean officials have defected to South Korea this year. In May Ri Chol-u, the "
                 "consul in Lagos, fled to South Korea with his wife.", "2019-11-04")
    assert any(r.actor_name == "Ri Chol-u" and r.date == "2019-05" for r in rows)
    assert all(r.actor_name != "Ri Chol-u" or r.evidence.startswith("In May") for r in rows)


def test_an_opening_phrase_about_his_defection_is_the_main_subjects() -> None:
    """"Ever since his defection in 1997, Hwang had been the regime's enemy":
    the possessive in the opening phrase of time is the person the main
    clause opens with, after the comma."""
    [row] = _rows("Two years after her escape in 2015, Pak Sun-hui, a North Korean nurse, opened a shop in Busan.",
                  "2019-10-10")
    assert (row.actor_name, row.date, row.status) == ("Pak Sun-hui", "2015", "defected")
    # a possessive with no such opening phrase, whose person is not named after it, gives no one
    rows = _rows("Her escape in 2015 surprised the North Korean officials who knew Pak Sun-hui.", "2019-10-10")
    assert not any(r.actor_name == "Pak Sun-hui" and r.date == "2015" for r in rows)


def test_the_defection_of_a_described_owner_is_that_persons() -> None:
    """"Word of a North Korean soldier's recent defection is spreading": the
    described owner of the noun is the actor (one person, with a role)."""
    [row] = _rows("News of a North Korean engineer's defection to the South in May has reached his home town.",
                  "2025-10-10")
    assert (row.actor, row.date, row.destination) == ("North Korean engineer", "2025-05", "South Korea")
    # owners in the plural are no one person
    assert _rows("News of North Korean engineers' defections has reached their home towns.", "2025-10-10") == []


def test_people_forcing_their_way_into_a_foreign_school_ask_for_asylum() -> None:
    """"stormed into a German school in Beijing", "pushed their way into",
    "took flight into": a bid for asylum at the school, as at a mission."""
    for verb in ("stormed into", "pushed their way into", "took flight into", "barged into"):
        [row] = _rows(f"On Monday thirty four North Koreans {verb} a German school in Shanghai.", "2003-05-07")
        assert (row.status, row.count, row.destination) == ("sought_asylum", 34, "German school, Shanghai"), verb


def test_a_posting_confirmed_to_a_paper_on_a_day_is_the_event_told_before_and_named_after() -> None:
    """"... confirmed to the Daily Herald on Tuesday that a counsellor in Peru
    had escaped": the day is the confirmation's (the one told stands between
    the verb and the day); the counsellor is the diplomat told before; "The
    defector, 48-year-old Kim Chol-u, ..." names him."""
    rows = _rows("In March a senior North Korean diplomat posted in Peru fled to South Korea with his family.\n\n"
                 "The spy agency confirmed to the Daily Herald on Tuesday that a counsellor at the North Korean embassy "
                 "in Peru had escaped to South Korea. The defector, 48-year-old Kim Chol-u, was first named by a "
                 "weekly.", "2024-07-16")
    assert [(r.actor_name, r.date, r.origin) for r in rows] == [("Kim Chol-u", "2024-03", "Peru")]


def test_a_superlative_that_describes_someones_father_does_not_take_the_fathers_event() -> None:
    """"the daughter of the most senior official ever to defect has moved to
    Seoul ... Her father is Pak Chol-u, who defected in 1991": the father's
    event stays in his own sentence, not in the daughter's lead."""
    rows = _rows("Officials said the daughter of the most senior North Korean official ever to defect to the South has "
                 "moved to Seoul.\n\nHer father is Pak Chol-u, who defected to South Korea with his wife in 1991.",
                 "2019-07-06")
    pak = [r for r in rows if r.actor_name == "Pak Chol-u"]
    assert pak and all(r.date == "1991" and r.evidence.startswith("Her father") for r in pak)


def test_the_month_may_is_no_modal() -> None:
    """"In March and May, 40 North Korean defectors were caught": the month,
    told mid-sentence with its capital, is no "may" of possibility."""
    [row] = _rows("In March and May, some 40 North Korean defectors were caught in China, an activist said.", "2018-06-01")
    assert (row.status, row.count) == ("attempted", 40)
    # the modal still is one where it opens the clause
    assert _rows("Some 40 North Korean defectors may be caught in China, an activist warned.", "2018-06-01") == []


def test_people_counted_and_let_go_on_to_the_south_are_a_figure_of_those_let_go() -> None:
    """"Thailand has let 45 North Koreans who sheltered at the UN office
    leave for Seoul": counted people allowed on to the South; uncounted
    ones ("has let asylum seekers travel on to Seoul") are a habit."""
    [row] = _rows("So far this year Mongolia has let 45 North Koreans who sheltered at a UN office leave for Seoul.",
                  "2005-06-20")
    assert (row.count, row.destination) == (45, "Seoul") and row.actor == "45 North Koreans"
    assert _rows("Until now Mongolia has let North Korean asylum seekers travel on to South Korea.", "2005-06-20") == []
