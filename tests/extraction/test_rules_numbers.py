"""Numbers, titles and names: NUMBER, ROLE and ORG spans as the gold conventions write
them, and the figures of a statistics passage.

Each test uses invented sentences, not sentences of the gold articles."""

from __future__ import annotations

from .test_rules import EX, _rows


def _nums(body: str) -> list[str]:
    return [sp.text for sp in EX.entities_only(body) if sp.label == "NUMBER"]


def test_a_bare_number_that_refers_back_to_people_is_a_count() -> None:
    assert _nums("Six miners were rescued; the other three stayed below, and the remaining two swam ashore.") == [
        "Six miners", "three", "two"]
    assert _nums("All seven vanished from the hostel in March.") == ["seven"]
    assert _nums("Nine more were detained at the station.") == ["Nine"]
    assert _nums("The three who boarded the ferry were teachers.") == ["three"]


def test_a_bare_number_before_a_noun_of_things_is_no_count() -> None:
    assert _nums("The two Koreas signed a pact, and the other three ships sailed.") == []
    assert _nums("All six engines failed.") == []


def test_a_part_of_people_named_after_of() -> None:
    assert _nums("The guard shot three of his commanders.") == ["three"]
    assert _nums("Four of eleven miners reached the coast.") == ["Four", "eleven miners"]


def test_another_and_others_stay_outside_the_span() -> None:
    assert _nums("Another six farmers were caught, and eight others hid in a barn.") == ["six farmers", "eight"]
    assert _nums("He left with his wife and three sons.") == ["three"]


def test_he_in_a_relative_that_reports_his_words_is_its_head() -> None:
    [row] = _rows("TOKYO, June 2 (AP) -- A North Korean sailor who claims he sank a patrol boat before defecting "
                  "to Japan is being held in Niigata.", "2021-06-02")
    assert (row.actor, row.role, row.count) == ("North Korean sailor", "sailor", None)


def _figures(body: str, date: str = "2021-01-10") -> list[tuple[int | None, str]]:
    return [(r.count, r.date) for r in _rows(body, date) if r.status == "reported_count"]


def test_a_series_goes_on_after_then_and_finally() -> None:
    assert _figures("In 2014, 2,100 North Koreans reached the South. After that the total fell, to 1,800 in 2015, "
                    "then 1,400 in 2016 and finally 1,100 in 2017.") == [
        (2100, "2014"), (1800, "2015"), (1400, "2016"), (1100, "2017")]


def test_it_or_that_number_stands_for_the_figure_before() -> None:
    assert _figures("In 2019, 140 North Koreans reached the South. In 2020, it was 229.") == [(140, "2019"), (229, "2020")]
    assert _figures("In 2015, 930 defectors arrived in South Korea. That number fell sharply the next year, "
                    "reaching 610.") == [(930, "2015"), (610, "2016")]
    # no period of its own, or a day: no figure of another period
    assert _figures("In 2015, 930 defectors arrived in South Korea. It was 930, officials said.") == [(930, "2015")]
    assert _figures("In 2015, 930 defectors arrived in South Korea. It came to 12 on Monday.") == [(930, "2015")]


def test_a_unit_or_field_before_a_title_belongs_to_the_role() -> None:
    roles = [sp.text for sp in EX.entities_only("A squad leader, two battalion commanders and a prison guard met the "
                                                 "police chief and an immigration officer.") if sp.label == "ROLE"]
    assert roles == ["squad leader", "battalion commanders", "prison guard", "police chief", "immigration officer"]


def test_bare_figures_of_a_passage_about_arrivals() -> None:
    assert _figures("Before 2001, fewer than 20 defectors arrived each year. New arrivals now rarely make the news. "
                    "About 300 came in 2002 and nearly 500 in 2003. This year has already brought 90 arrivals.",
                    "2004-03-01") == [(300, "2002"), (500, "2003"), (90, "2004")]
    # no passage about arrivals before: a bare figure is nobody
    assert _figures("Prices rose sharply. About 300 came in 2002.", "2004-03-01") == []


def test_a_nationality_before_an_organisation_belongs_to_its_name() -> None:
    orgs = [sp.text for sp in EX.entities_only("The Japanese Foreign Ministry and the US Congress asked the "
                                                "Russian Coast Guard about it.") if sp.label == "ORG"]
    assert orgs == ["Japanese Foreign Ministry", "US Congress", "Russian Coast Guard"]


def test_a_middle_initial_and_a_department_title_keep_the_name_whole() -> None:
    persons = [sp.text for sp in EX.entities_only("President Harry S. Truman met Secretary of State Dean Acheson; "
                                                   "Mary K. Lee, a lawyer, said so.") if sp.label == "PERSON"]
    assert persons == ["Harry S. Truman", "Dean Acheson", "Mary K. Lee"]


def test_a_listed_place_is_no_organisation_and_an_unnamed_border_no_place() -> None:
    spans = [(sp.label, sp.text) for sp in EX.entities_only("He reached the Soviet Union in 1990, long before a soldier "
                                                             "crossed the inter-Korean border near Cheorwon.")
             if sp.label in ("ORG", "LOCATION")]
    assert spans == [("LOCATION", "Soviet Union"), ("LOCATION", "Cheorwon")]


def _spans(body: str, label: str) -> list[str]:
    return [sp.text for sp in EX.entities_only(body) if sp.label == label]


def test_an_organisation_named_for_its_purpose() -> None:
    assert _spans("The League to Free Political Prisoners in Asia wrote to the Seoul-based Council to Aid Refugees.",
                  "ORG") == ["League to Free Political Prisoners in Asia", "Council to Aid Refugees"]
    assert _spans("Members of the Parents' Association to Protect Children met.", "ORG") == [
        "Parents' Association to Protect Children"]
    # a listed name keeps the half of Korea written before it
    assert _spans("He served in the South Korean Navy before he joined the North Korean People's Army.", "ORG")[-1] == \
        "North Korean People's Army"
    # two names joined by "and"
    assert _spans("Hyundai Motor and Daewoo Motors said so.", "ORG") == ["Hyundai Motor", "Daewoo Motors"]


def test_a_surname_that_is_also_a_month() -> None:
    assert _spans("Jun Myong-ho was arrested in Khabarovsk. Jun had worked on a building site.", "PERSON") == [
        "Jun Myong-ho", "Jun"]
    assert _spans("Jun Myong-ho left on Jun 5.", "DATE") == ["Jun 5"]
    assert _spans("Sol Kyong-ae fled. Sol later wrote a book.", "PERSON") == ["Sol Kyong-ae", "Sol"]


def test_a_rank_before_its_verb_is_a_role() -> None:
    assert _spans("The chief fled to Dandong with his squad.", "ROLE") == ["chief"]
    assert _spans("A team leader vanished in Moscow.", "ROLE") == ["team leader"]


def test_a_preposition_opening_the_sentence_is_no_part_of_a_name() -> None:
    assert _spans("Under Pak Pong-Ju, the cabinet met often. Among Ri Yong-Ho's aides, few spoke.", "PERSON") == [
        "Pak Pong-Ju", "Ri Yong-Ho"]


def test_hyphenated_asylum_seekers_are_people() -> None:
    assert _nums("Police found two asylum-seekers in the truck.") == ["two asylum-seekers"]


def test_a_pair_is_a_group_whatever_period_the_sentence_names() -> None:
    """"The pair" (group_words) are two people told as one group: a later
    clause's "last year" does not make their crossing a yearly figure."""
    rows = _rows("The pair had fled to Mongolia in 2011 but went back to North Korea last year.")
    assert [(r.count, r.status, r.destination) for r in rows][0] == (2, "defected", "Mongolia")


def test_an_age_in_an_aside_is_no_count() -> None:
    assert _nums("In 2006 her nephew Song-il, then 13, also fled to Russia.") == []
    assert _nums("The guard, now 31, said 40 soldiers saw him go.") == ["40 soldiers"]


def test_a_running_total_told_as_the_overall_number() -> None:
    rows = _rows("Thirty-one defectors came in April, lifting the overall number of arrivals to 33,902.", "2023-05-10")
    assert sorted(r.count for r in rows) == [31, 33902]


def test_figures_told_after_the_first_one_of_a_statistics_report() -> None:
    """A figure compared "during the same period a year earlier", a peak
    "in 2011 with 2,706": rows of their own; where a figure's people live
    now is no origin."""
    rows = _rows("Officials said 312 defectors reached the South in the first quarter. "
                 "That was fewer than the 401 counted during the same period a year earlier. "
                 "Annual arrivals hit a high in 2011 with 2,706. "
                 "About 30,000 North Korean defectors now live in South Korea.", "2016-04-05")
    assert [(r.count, r.date) for r in rows] == [(312, "2016"), (401, "2015"), (2706, "2011"), (30000, "")]
    assert rows[-1].origin == ""


def test_the_split_of_a_figure_told_with_it_is_no_figure_of_its_own() -> None:
    [row] = _rows("In 2014, 88 defectors came by boat, 51 of them women and 37 of them men.", "2015-03-03")
    assert row.count == 88
    [row] = _rows("Of those, 45 (30 women and 15 men) reached Seoul in the first half.", "2015-07-03")
    assert row.count == 45


def test_a_population_or_a_rate_is_no_figure_of_defectors() -> None:
    assert _rows("Nobody knows how many have left the country, which is home to about 26 million people.", "2019-06-10") == []
    assert _rows("Until then, sailors had been defecting at a rate of about two a year.", "2019-06-10") == []
    [row] = _rows("Japan says it has taken in more than 200 defectors since 1995.", "2019-06-10")
    assert row.count == 200 and row.status == "reported_count"
    # people counted where they work or study abroad are no defectors
    assert _rows("The number of North Koreans employed in Kuwait has shrunk each year since it peaked at 5,200 in 2015.",
                 "2019-06-10") == []
    [row] = _rows("The number of North Korean defectors living in South Korea reached 31,500 in 2017.", "2019-06-10")
    assert (row.count, row.status) == (31500, "reported_count")


def test_splits_and_a_standing_total_in_one_sentence() -> None:
    rows = _rows("By the end of May, 88 defectors (7 men and 81 women) had arrived this year, and the overall "
                 "number of entrants stood at 33,981 (9,401 men and 24,580 women).", "2023-06-20")
    assert sorted(r.count for r in rows) == [88, 33981]


def test_of_that_number_opens_no_actor() -> None:
    rows = _rows("Officials said 140 defectors came to South Korea in 2016. Of that number, 52 reached the South "
                 "in the July-September period.", "2016-10-22")
    assert [r.actor for r in rows if r.count == 52] == ["52"]


def test_a_peak_year_with_its_figure() -> None:
    for text in ("Arrivals hit their peak in 2011, when they numbered 2,706.",
                 "Defections reached their highest level, 2,706, in 2011, and have fallen since.",
                 "Defections peaked in 2011 with 2,706."):
        [row] = _rows(text, "2018-01-05")
        assert (row.status, row.count, row.date) == ("reported_count", 2706, "2011"), text
    assert _rows("Coal exports hit a peak in 2011 with 2,706 tonnes.", "2018-01-05") == []


def test_a_superlative_gives_the_one_person_his_occupation() -> None:
    [row] = _rows("Ri Chol-ho, the highest-ranking official ever to defect from North Korea, reached Seoul on Friday.", "2003-05-10")
    assert (row.actor_name, row.role) == ("Ri Chol-ho", "official")


def test_a_figure_of_people_entering_a_country_goes_there() -> None:
    [row] = _rows("Official figures show that the number of North Koreans reaching Mongolia from China has "
                  "grown tenfold, to 600 last year.", "2011-03-02")
    assert (row.status, row.count, row.destination) == ("reported_count", 600, "Mongolia")
    # a country merely named is not where they went
    [row] = _rows("The number of North Koreans in Mongolia's camps rose to 600 last year.", "2011-03-02")
    assert row.destination != "Mongolia"


def test_a_figure_told_again_by_sex_makes_no_figures_of_its_parts() -> None:
    rows = _rows("In the first quarter, 51 defectors arrived in South Korea. An official said on Monday that 11 men "
                 "and 40 women arrived in the quarter, lifting the cumulative total to 34,500.", "2020-04-20")
    assert sorted(r.count for r in rows) == [51, 34500]
    rows = _rows("Police said three men and 17 women were among the 20 people held, and 9 female defectors had arrived "
                 "in Seoul by March.", "2020-04-20")
    assert 9 in [r.count for r in rows]  # (a category not summing to a figure told stays one)


def test_a_group_of_n_people_is_one_group_not_a_figure() -> None:
    [row] = _rows("An aid worker said on Friday that a group of 14 North Korean refugees has reached Canada.", "2009-05-08")
    assert (row.status, row.count, row.destination) == ("defected", 14, "Canada")
    [row] = _rows("An aid worker said on Friday that 140 North Korean refugees have reached Canada since 2004.", "2009-05-08")
    assert row.status == "reported_count"


def test_members_told_after_the_group_with_of_them_do_not_count_it() -> None:
    [row] = _rows("Last May, six North Koreans, three of them children, reached Busan by boat.", "2009-04-02")
    assert (row.actor, row.count) == ("six North Koreans", 6)


def test_the_groups_number_told_again_is_no_figure() -> None:
    rows = _rows("Nine North Koreans from two villages waded across the Yalu River to China on March 3, sources said. "
                 "A second source said the escapees numbered nine in all.", "2017-03-10")
    assert [(r.status, r.count) for r in rows] == [("defected", 9)]
    # "put the number of ... at": the same, a few sentences on
    text = ("Forty North Koreans crossed into Mongolia on Monday, border police said. The group walked for two days. "
            "Police gave them food and blankets. Officials in Ulan Bator declined to comment. A church worker who met "
            "them put the number of North Koreans at 40.")
    rows = _rows(text, "2005-05-04")
    assert [(r.status, r.count) for r in rows] == [("defected", 40)]


def test_people_on_the_souths_register_are_a_running_total() -> None:
    [row] = _rows("Some 27,500 North Korean defectors were registered with South Korea's Unification Ministry at the end "
                  "of March.", "2015-04-10")
    assert (row.status, row.count, row.destination) == ("reported_count", 27500, "South Korea")
    assert _rows("Two North Korean defectors were registered with police as suspects in the fraud.", "2015-04-10") == []


def test_years_then_their_figures_in_the_same_order() -> None:
    rows = _rows("Arrivals reached 1,047 in 2019. They then dropped to 229 in 2020 and held at a low level in 2021 and "
                 "2022 with 63 and 67.", "2023-02-01")
    assert sorted((r.date, r.count) for r in rows) == [("2019", 1047), ("2020", 229), ("2021", 63), ("2022", 67)]


def test_a_peak_year_of_defector_numbers_is_a_figure() -> None:
    [row] = _rows("Refugee figures reached a record high in 2011 at 2,706, officials noted.", "2018-01-05")
    assert (row.status, row.count, row.date) == ("reported_count", 2706, "2011")


def test_a_noun_between_the_number_and_of_makes_it_no_part_of_a_group() -> None:
    assert _spans("The two halves of the island have never signed a treaty.", "NUMBER") == []
    assert _spans("Three of the sailors asked to stay.", "NUMBER") == ["Three"]


def test_a_count_of_defectors_reaching_a_mark_is_a_number_of_people() -> None:
    assert _spans("The number of defectors in the South passed the 40,000 mark last month.", "NUMBER") == ["40,000"]
    assert _spans("The index passed the 3,000 mark last month.", "NUMBER") == []


def test_a_figure_of_millions_counts_no_defectors() -> None:
    """"The census count ... stood at 25,310,000" after a figure of
    defectors: a population, not a count of people who left (the largest
    such estimates are some 300,000; the bound is data)."""
    rows = _rows("The number of defectors in South Korea passed 20,000 last year. "
                 "The census count, released in March, stood at 25,310,000.", "2010-06-29")
    assert [r.count for r in rows] == [20000]


def test_a_change_then_the_figure_it_came_to() -> None:
    """"Defections rose 12 percent in 2016, to 1,418": the percentage is
    the change, the figure after "to" the count."""
    [row] = _rows("Defections from North Korea rose 12 percent in 2016, to 1,418.", "2017-01-15")
    assert (row.status, row.count, row.date) == ("reported_count", 1418, "2016")


def test_an_age_shared_by_a_counted_group_is_no_count() -> None:
    """"three sailors, all 19, (defected)": the number between the commas is
    their age, not their count, and no part of the actor."""
    [row] = _rows("Last week three North Korean sailors, all 19, defected across the sea border.", "2023-06-08")
    assert (row.actor, row.count) == ("three North Korean sailors", 3)


def test_a_bare_count_is_the_people_it_counts() -> None:
    [row] = _rows("Since the famine, tens of thousands have hidden in China, and more than 14,000 have reached the South.")
    assert (row.actor, row.count, row.status, row.destination) == ("more than 14,000", 14000, "reported_count", "South Korea")
    # a smaller bare count is a group's event
    [row] = _rows("Officials said 35 fled to Thailand last week.")
    assert (row.count, row.status, row.destination) == (35, "defected", "Thailand")


def test_a_figure_told_in_a_relative_clause_is_a_count() -> None:
    [row] = _rows("Of the more than 12,000 refugees who have fled to Mongolia since 1998, most went on to Seoul.")
    assert (row.actor, row.count, row.status, row.destination) == ("more than 12,000 refugees", 12000, "reported_count", "Mongolia")
    # (a thousands separator inside the count is no comma before the actor)
    [row] = _rows("Both women are among some 9,000 North Koreans who have settled in the South since 2000.")
    assert (row.count, row.actor) == (9000, "9,000 North Koreans")
    # a few people so told are a label, no figure
    assert _rows("Police are looking for the 30 workers who have fled the site.") == []


def test_a_few_counted_over_a_window_of_time_are_a_tally() -> None:
    """"Three sailors have defected so far this year", "five soldiers have
    crossed the DMZ in the past four years": a perfect tense over a window
    counts, however few and whoever they are; a group's one journey does not."""
    [row] = _rows("Three North Korean sailors have defected so far this year, the ministry said.", "2019-06-02")
    assert (row.count, row.status) == (3, "reported_count")
    [row] = _rows("In the past four years, five North Korean soldiers have crossed the DMZ to reach South Korea.",
                  "2019-06-02")
    assert (row.count, row.status) == (5, "reported_count")
    [row] = _rows("Five North Korean soldiers crossed the DMZ to reach South Korea on Sunday.", "2019-06-02")
    assert row.status == "defected"


def test_people_recorded_as_arriving_are_a_figure_with_the_comparison_after_it() -> None:
    rows = _rows("Nineteen defectors were counted as entering South Korea in January-March this year, against 410 in the "
                 "same period of 2019.", "2020-05-01")
    assert sorted((r.status, r.count, r.date) for r in rows) == [("reported_count", 19, "2020"),
                                                                 ("reported_count", 410, "2019")]


def test_the_figure_that_fell_and_the_figure_it_stayed_under_are_two_figures_each_with_its_period() -> None:
    rows = _rows("North Korean defections plunged again. The figure had been shrinking for a decade, but it dropped to "
                 "just 63 last year, well under the 1,137 recorded in 2018, officials said.", "2022-02-01")
    assert sorted((r.count, r.date) for r in rows) == [(63, "2021"), (1137, "2018")]
    rows = _rows("North Korean defections rose. The tally, about 310 in 2000, climbed to some 1,140 in 2002.", "2004-02-01")
    assert (1140, "2002") in {(r.count, r.date) for r in rows}


def test_a_total_split_by_year_after_a_colon_is_a_figure_for_each_year_when_the_parts_add_up() -> None:
    body = ("A sailor crossed the sea border on Monday. The navy has recorded only seven defections by sea over the "
            "last decade: two in 2019, four in 2016 and one in 2012.")
    got = sorted((r.count, r.date) for r in _rows(body, "2020-03-02") if r.status == "reported_count")
    assert got == [(1, "2012"), (2, "2019"), (4, "2016"), (7, "")]
    # parts that do not add up to the total are not its split
    body = ("A sailor crossed the sea border on Monday. The navy has recorded only seven defections by sea over the "
            "last decade: two in 2019 and one in 2012.")
    assert [r for r in _rows(body, "2020-03-02") if r.status == "reported_count"] == []


def test_thousands_crossing_a_month_of_hundreds_or_thousands_helped_are_figures_not_one_groups_flight() -> None:
    [row] = _rows("By some estimates more than 100,000 North Koreans have crossed into China since the famine.", "2003-01-01")
    assert (row.status, row.count) == ("reported_count", 100000)
    [row] = _rows("The data showed that 245 North Koreans defected to the South in March.", "2012-05-01")
    assert (row.status, row.count, row.date) == ("reported_count", 245, "2012-03")
    [row] = _rows("A pastor in Seoul says he has helped about 3,000 people flee North Korea.", "2012-05-01")
    assert (row.status, row.count) == ("reported_count", 3000)


def test_a_quoted_figure_counts_the_people_after_the_quote() -> None:
    [row] = _rows('Officials said that "about 15" such diplomats were among the 320 defectors who came last year.',
                  "2024-01-18")
    assert (row.count, row.status) == (15, "reported_count")


def test_running_totals_told_as_homes_made_or_a_number_they_come_to() -> None:
    """"Some 9,000 refugees have made their homes in the South", "About
    20,000 have resettled in the prosperous, democratic South", "Those who
    have fled to the South now number more than 30,000": running totals,
    figures (a label's count of a hundred or more is kept as one)."""
    [row] = _rows("Some 9,000 North Korean refugees have made their homes in the South, officials said.", "2008-05-04")
    assert (row.status, row.count, row.destination) == ("reported_count", 9000, "South Korea")
    [row] = _rows("About 20,000 North Koreans have resettled in the prosperous, democratic South.", "2008-05-04")
    assert (row.status, row.count) == ("reported_count", 20000)
    [row] = _rows("Officials said North Koreans who have fled to the South now number more than 30,000.", "2018-05-04")
    assert (row.status, row.count) == ("reported_count", 30000)


def test_counts_written_like_years_with_plus_or_told_as_northerners() -> None:
    """"About 2000 refugees" after an approximator and before the people is
    a count, not a year ("In 2000 refugees ..." stays a year); "a record
    3,000-plus defectors" counts at least that many; "Northerners" are
    people counted; a thousand or more is a figure even where a few of them
    crossed a border."""
    [row] = _rows("About 2000 North Korean refugees have been resettled in Japan, officials said.", "2009-05-04")
    assert (row.count, row.status, row.date) == (2000, "reported_count", "")
    [row] = _rows("Last year a record 3,000-plus defectors from the North reached South Korea.", "2009-05-04")
    assert (row.count, row.status) == (3000, "reported_count")
    [row] = _rows("Officials said 412 Northerners entered South Korea in the first quarter.", "2009-05-04")
    assert row.count == 412
    [row] = _rows("A total of 2,914 North Koreans defected to South Korea last year, though only a few came across the DMZ.",
                  "2010-05-04")
    assert (row.count, row.status, row.date) == (2914, "reported_count", "2009")


def test_a_hundreds_number_written_out_with_and_is_one_number() -> None:
    rows = _rows("Last year three hundred and sixty-five North Korean defectors arrived in South Korea, the ministry said.",
                 "2020-02-10")
    assert [r.count for r in rows] == [365]


def test_a_percentage_with_decimals_is_no_count() -> None:
    """"arrivals rose 16.7 percent on-year": a rate, not sixteen people."""
    rows = _rows("Data released Wednesday showed that North Korean defectors coming to South Korea in the first 11 "
                 "months of the year rose 16.7 percent on-year.", "2016-12-11")
    assert 16 not in [r.count for r in rows]


def test_parts_of_a_group_with_their_own_words_are_summed() -> None:
    """"Three North Korean women and two men reached Sokcho": five people,
    the first part told with its adjectives before "and"."""
    [row] = _rows("Three North Korean women and two men reached Sokcho in a wooden boat this morning.", "2023-10-24")
    assert row.count == 5


def test_one_person_before_a_counted_part_is_counted_too() -> None:
    """"one man and four women": five people, and "one" stays in the
    actor (it is the first of the numbers, no mere article)."""
    [row] = _rows("Police said one man and six women from North Korea slipped into the Thai embassy in Vientiane on Friday.",
                  "2011-05-02")
    assert (row.actor, row.count) == ("one man and six women from North Korea", 7)
    [row] = _rows("One North Korean soldier and three civilians crossed the sea border on a raft, the navy said.", "2011-05-02")
    assert row.count == 4
    # "one" alone is still an article: "one soldier" is "soldier"
    [row] = _rows("One North Korean soldier crossed the sea border on a raft, the navy said.", "2011-05-02")
    assert row.actor == "North Korean soldier"


def test_a_counted_part_of_a_periods_defectors_is_a_figure() -> None:
    """"Only five of last year's arrivals came by sea": a part of the
    year's figure, counted, and itself a figure."""
    [row] = _rows("Just five of last year's defectors fled across the sea border, while most came through China.",
                  "2021-01-20")
    assert (row.count, row.status, row.date) == (5, "reported_count", "2020")


def test_people_among_a_periods_defectors_are_a_row() -> None:
    """"Some 12 former soldiers were among last year's arrivals": how many
    of a kind came that year (a figure); uncounted, their defection."""
    [row] = _rows("Some 12 former soldiers were among last year's arrivals, officials said.", "2021-01-20")
    assert (row.count, row.status, row.date) == (12, "reported_count", "2020")
    [row] = _rows("A few former diplomats were also among last year's defectors, officials said.", "2021-01-20")
    assert (row.count, row.status, row.date) == (None, "defected", "2020")


def test_between_two_places_is_no_period() -> None:
    # "between" makes a count a figure only when two times follow it
    rows = _rows("A row between Tokyo and Beijing ended when 12 North Koreans arrived in Seoul.", "2008-06-25")
    assert [(r.count, r.status) for r in rows] == [(12, "defected")]
    rows = _rows("Between 2005 and 2010, 240 North Korean soldiers arrived in South Korea.", "2011-01-04")
    assert [(r.count, r.status) for r in rows] == [(240, "reported_count")]


def test_a_few_people_of_another_kind_staying_somewhere_are_no_figure() -> None:
    assert _rows("Four engineers are staying at a hotel in Dandong until the talks end.", "2015-05-01") == []
    # thousands hiding are a figure, whatever they are called
    [row] = _rows("Some 20,000 who left the North are still hiding in Jilin, a charity says.", "2015-05-01")
    assert (row.status, row.count) == ("reported_count", 20000)


def test_a_trend_lead_after_a_byline_with_a_named_number_is_the_first_telling() -> None:
    # the lines before the lead are the page's byline and stamp; "H1N1-09" names a flu, no figure
    body = ("By Lee Soo-jin\n\nPosted : Mar 3, 2021 - 10:15\n\n"
            "The number of North Koreans who reached South Korea dropped sharply last year amid H1N1-09 curbs, officials said.\n\n"
            "The ministry said 229 North Koreans arrived in the South during the year.")
    [row] = _rows(body, date="2021-03-03")
    assert row.evidence.startswith("The number of North Koreans") and row.count == 229


def test_ages_told_as_a_span_are_no_count() -> None:
    # "aged between 15 and 23": how old they are, not how many
    [row] = _rows("Officials said the escapees, who are aged between 17 and 31, fled to Thailand through Laos last month.",
                  "2016-05-29")
    assert (row.count, row.destination) == (None, "Thailand")
    [row] = _rows("Four North Korean women aged 30 to 45 reached Thailand through Laos last month.", "2016-05-29")
    assert row.count == 4


def test_a_rate_of_people_per_period_is_no_count_of_people() -> None:
    """"Fewer than 100 North Koreans a month reached the South": a rate,
    not a number of people who did something; the same words without it
    are a group."""
    assert _rows("Fewer than 100 North Koreans a month reached the South last year.", "2018-01-10") == []
    assert _rows("About 40 soldiers a year desert across the border, officials say.", "2018-01-10") == []
    [row] = _rows("More than 100 North Koreans reached the South last month.", "2018-01-10")
    assert (row.count, row.destination) == (100, "South Korea")


def test_a_part_told_after_its_whole_is_the_count() -> None:
    """"Of the boat's twelve sailors, five said they wished to defect": the
    five are the row, counted as five (the actor keeps the whole phrase);
    "that" after "of" is a determiner, no clause boundary."""
    [row] = _rows("Of the boat's twelve sailors, five said they wished to defect, while the others were sent back.", "2021-07-05")
    assert row.count == 5
    [row] = _rows("Of that boat's four crew members, two said they wished to defect.", "2021-07-05")
    assert (row.actor, row.count) == ("Of that boat's four crew members, two", 2)
    [row] = _rows("Among the 30 workers, 13 fled to the South.", "2021-07-05")
    assert row.count == 13


def test_a_whole_and_its_part_count_a_flight_only_when_the_whole_tells_one() -> None:
    """"Of the 535 North Koreans who sought asylum ..., 444 were women" is a
    figure and its part; "Among the 500,000 people displaced, 55,000 are
    children" (a flood) counts no one who fled."""
    assert _rows("The floods displaced half a million people. Among the 500,000 people displaced, 55,000 are children "
                 "younger than five.", "2016-08-02") == []
    rows = _rows("Of the 535 North Koreans who sought asylum in South Korea in 2015, 444 were women.", "2016-08-02")
    assert [(r.count, r.status) for r in rows] == [(535, "reported_count"), (444, "reported_count")]


def test_tens_and_units_written_apart_come_from_the_number_words() -> None:
    from defect_tui.index.extract.split_numbers import split_tens_value, tens_and_units
    words = {"twenty": 20, "forty": 40, "one": 1, "seven": 7, "ten": 10, "twenty-seven": 27}
    tens, units = tens_and_units(words)
    assert (tens, units) == ({"twenty", "forty"}, {"one", "seven"})
    assert split_tens_value("some forty seven refugees", words, tens, units) == 47
    assert split_tens_value("ten seven", words, tens, units) is None and split_tens_value("forty", words, tens, units) is None


def test_a_spelled_number_after_a_dateline_colon_is_a_count() -> None:
    """"VIENTIANE: Seven ... crossed": the colon ends the dateline, the number
    begins the sentence; a figure glued to a colon is still no count."""
    [row] = _rows("VIENTIANE: Seven North Korean teenagers crossed the Mekong into Thailand on Sunday.", "2012-03-05")
    assert row.count == 7
    assert _nums("Update: Four soldiers were questioned.") == ["Four soldiers"]
    assert _nums("The vote went 3:2 in favour of the plan.") == []


def test_one_or_two_of_a_group_told_before_it_is_that_part() -> None:
    """"One of the six fishermen ... chose to defect": one person, not the
    six; "Of the six fishermen rescued on Monday, two decided to stay": two;
    but "One of the four North Koreans who crossed ... was a woman": the
    relative clause tells of the four."""
    [row] = _rows("One of the six North Korean fishermen rescued off Sokcho on Monday chose to defect.", "2019-03-08")
    assert (row.actor, row.count) == ("One of the six North Korean fishermen", None)
    [row] = _rows("Of the six North Korean fishermen rescued off Sokcho on Monday, two decided to defect.", "2019-03-08")
    assert (row.actor, row.count) == ("two of the six North Korean fishermen", 2)
    [row] = _rows("Of the six North Korean fishermen rescued off Sokcho on Monday, one chose to defect.", "2019-03-08")
    assert row.count is None
    [row] = _rows("One of the four North Koreans who crossed the sea border on a raft last month was a teacher.", "2019-03-08")
    assert (row.actor, row.count) == ("four North Koreans", 4)


def test_a_series_whose_periods_come_before_their_figures() -> None:
    # (invented: a month-by-month tally with the months first, and a year-by-year one after a colon)
    body = ("A total of 275 North Korean defectors arrived in South Korea in the first quarter, officials said. "
            "In January 101 arrived, in February 64 and in March 110.")
    assert _figures(body, "2018-04-12") == [(275, "2018"), (101, "2018-01"), (64, "2018-02"), (110, "2018-03")]
    assert _figures("By year: in 2013, 1,514 defectors came, in 2014, 1,397 and in 2015, 1,275.") == [
        (1514, "2013"), (1397, "2014"), (1275, "2015")]


def test_one_period_before_its_figure_is_no_series() -> None:
    # (invented: one period and its figure, then an event of another period: no series of figures)
    rows = _rows("In 2015 eleven miners fled a camp near Khabarovsk, and in March 2016 a guard fled to South Korea.", "2016-05-01")
    assert [(r.count, r.date) for r in rows] == [(11, "2015"), (None, "2016-03")]


def test_a_figure_after_a_modal_of_change_is_a_forecast() -> None:
    # (invented: what the number "might drop below" has not happened)
    body = ("Some 880 North Koreans reached the South in 2020, the ministry said. "
            "An official warned that the number of arrivals might drop below 600 this year.")
    assert _figures(body, "2021-03-01") == [(880, "2020")]


def test_parts_of_a_whole_named_by_its_figure_take_its_period() -> None:
    # (invented: a comparison with another year comes between the whole and its parts)
    body = ("A total of 412 defectors entered South Korea in the first half, the ministry said on Monday. "
            "The figure was down from 530 in the same period of 2016. "
            "Of the 412, women accounted for 340 and men for 72.")
    assert (72, "2017") in _figures(body, "2017-07-10")


def test_a_series_of_periods_each_with_a_copula_before_its_figure() -> None:
    # (invented: "for 2014 the total was ..., for 2013 it was ...")
    body = ("About 1,380 North Koreans reached the South in 2015, officials said. "
            "For 2014 the total was 1,397, for 2013 it was 1,514, and for 2012 it was 1,502.")
    assert _figures(body, "2016-01-20") == [(1380, "2015"), (1397, "2014"), (1514, "2013"), (1502, "2012")]
