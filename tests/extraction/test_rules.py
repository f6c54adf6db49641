"""One general rule of the incident pipeline per test, each on invented
sentences (no test article's, nor a paraphrase of one), so that a rule is
shown to hold beyond the sentence that prompted it."""

from __future__ import annotations

from defect_tui.index.extract import Extractor
from defect_tui.index.models import Article, Incident

EX = Extractor(strict=True)


def _rows(body: str, date: str = "2022-03-17", title: str = "North Korea") -> list[Incident]:
    """The rows of an invented article; `title` for rules that ask what the report is about."""
    art = Article(id="x", path="x.txt", title=title, body=body, date=date, date_precision="day")
    return list(EX.extract(art).incidents)


def test_posting_abroad_is_the_origin() -> None:
    [row] = _rows("Kim Su Il, North Korea's acting ambassador to Zambia, defected to Seoul in 2020, officials said.")
    assert row.origin == "Zambia" and row.destination == "Seoul" and row.date == "2020"
    # a "to" complement that is no posting abroad gives no origin
    [row] = _rows("Ri Chang Ho, an adviser to the premier, fled to South Korea in 2019.")
    assert row.origin == ""


def test_appositive_clause_ends_at_its_comma() -> None:
    [row] = _rows("Choe Yong Nam, who escaped from a logging camp in Russia in 2009, now teaches in Busan.")
    assert row.date == "2009" and row.destination == "" and row.actor_name == "Choe Yong Nam"


def test_river_crossed_is_the_origin_not_the_destination() -> None:
    [row] = _rows("A North Korean teenager fled across the Yalu River last winter, a rights group said.")
    assert row.origin == "Yalu River" and row.destination == ""


def test_into_the_north_is_north_korea() -> None:
    [row] = _rows("A South Korean fisherman crossed the Northern Limit Line into the North on Monday, the navy said.")
    assert row.destination == "North Korea" and row.origin == "Northern Limit Line"


def test_pronoun_takes_the_subject_of_the_sentence_before() -> None:
    rows = _rows("The sergeant had been on duty at a guard post for a week. "
                 "He later crossed the DMZ and surrendered, the military said.")
    [row] = rows
    assert row.role == "sergeant" and row.origin == "DMZ"


def test_wire_dateline_before_a_relative_clause_is_no_actor() -> None:
    [row] = _rows("BUSAN, March 12 (Yonhap) -- A North Korean sailor who drifted for days reached here on Sunday, "
                  "the coast guard said.")
    assert row.actor == "North Korean sailor" and row.destination == "South Korea"


def test_comma_series_of_figures() -> None:
    rows = _rows("Ministry data show that 2,706 North Koreans reached the South in 2011, 1,502 in 2012 and 1,514 in 2013.")
    assert sorted((r.count, r.date) for r in rows) == [(1502, "2012"), (1514, "2013"), (2706, "2011")]
    assert all(r.status == "reported_count" for r in rows)


def test_family_going_with_a_defector_is_his_event() -> None:
    rows = _rows("A North Korean trade official in Dalian defected in January. "
                 "His daughter and her husband went to Seoul with him.")
    assert len(rows) == 1 and rows[0].role == "trade official"


def test_a_quote_of_the_defector_does_not_make_him_the_reporter() -> None:
    [row] = _rows('"We had no food," said Han Song Mi, who crossed the Tumen River in 2015.')
    assert row.actor_name == "Han Song Mi" and row.reported_by != "Han Song Mi"


def _people(body: str) -> set[str]:
    return {sp.text for sp in EX.entities_only(body) if sp.label == "PERSON"}


def test_byline_names_in_any_case_up_to_the_outlet() -> None:
    assert _people("By PARK MI-RAE, JOHN DOE and ANNA K. LUND, The Daily Courier\n\nText.") == {
        "PARK MI-RAE", "JOHN DOE", "ANNA K. LUND"}
    assert _people("March 3, 2021 - By Lee Soo-min | Herald Staff\n\nText.") == {"Lee Soo-min"}
    assert _people("By the end of the decade the trade had grown.") == set()


def _dates(body: str) -> list[str]:
    return [sp.text for sp in EX.entities_only(body) if sp.label == "DATE"]


def test_date_forms_of_wires_and_statistics() -> None:
    body = ("Posted Thu, Feb 9, 2006. In the small hours of March 3 a crew left; early on Friday evening they landed. "
            "Figures for February-May and for the first four months of 2012 differ from those of the past ten years. "
            "At the end of the 1980s, and again in the late '90s, fewer came; one did so less than a week ago, "
            "another earlier today.")
    # ("the past ten years" is a stretch of time back from now, a duration: the real
    # reports' gold leaves it out four times in five)
    assert _dates(body) == ["Thu, Feb 9, 2006", "small hours of March 3", "early on Friday evening", "February-May",
                            "first four months of 2012", "the end of the 1980s", "late '90s",
                            "less than a week ago", "earlier today"]


def test_periods_resolve_to_their_year_or_to_nothing() -> None:
    from defect_tui.index.extract.relative_dates import resolve

    words = EX.vocab.number_words
    assert resolve("February-May", "2012-07-01", "day", words) == ("2012", "year")
    assert resolve("the first four months of last year", "2012-07-01", "day", words) == ("2011", "year")
    assert resolve("past ten years", "2012-07-01", "day", words) == ("", "")
    assert resolve("Thu, Feb 9, 2006", "2012-07-01", "day", words) == ("2006-02-09", "day")


def _figures(body: str, date: str = "2019-05-02") -> list[tuple[int | None, str, str]]:
    return [(r.count, r.date, r.status) for r in _rows(body, date)]


def test_statistics_in_the_phrasings_ministries_use() -> None:
    stat = "reported_count"
    assert _figures("Last year 893 defectors arrived, compared with 1,004 in 2016.") == [
        (893, "2018", stat), (1004, "2016", stat)]
    assert _figures("Seoul took in 412 North Korean refugees last year, up from 300 in 2016.") == [
        (412, "2018", stat), (300, "2016", stat)]
    assert _figures("The count of escapees who reached the South by the end of March stood at 31,093.") == [
        (31093, "2019-03", stat)]
    assert _figures("The total for 2013 was 1,514, against 1,502 in 2012.") == [(1514, "2013", stat), (1502, "2012", stat)]
    assert _figures("Arrivals kept climbing, hitting 2,019 in 2007 and 2,803 in 2008.") == [
        (2019, "2007", stat), (2803, "2008", stat)]
    assert _figures("From March to May, 57 North Koreans fled to the South.") == [(57, "2019", stat)]
    assert _figures("So far this month, 12 North Korean defectors have reached Seoul.")[0][2] == stat


def test_a_stock_of_people_is_a_statistic() -> None:
    [row] = _rows("Mongolia is home to about 400 North Korean refugees, aid groups say.")
    assert row.status == "reported_count" and row.count == 400


def test_arrests_told_in_the_active_voice_are_attempts_of_the_people_arrested() -> None:
    [row] = _rows("Border police in Kunming arrested 11 North Koreans on Monday as they tried to reach Laos.")
    assert (row.status, row.count, row.actor) == ("attempted", 11, "11 North Koreans")
    assert row.origin == "Kunming" and row.date == "2022-03-14"  # (where they were caught)
    # an arrest for something else is no attempt to defect
    assert _rows("Police in Dandong detained two North Korean traders for smuggling copper.") == []


def test_asylum_granted_to_someone_is_their_defection_to_the_granting_country() -> None:
    [row] = _rows("Canada granted asylum to a North Korean diplomat last month, officials said.")
    assert (row.status, row.role, row.destination, row.date) == ("defected", "diplomat", "Canada", "2022-02")


def test_a_participle_clause_takes_the_main_clause_subject() -> None:
    [row] = _rows("A North Korean guard stabbed his commander before fleeing across the Yalu River on Sunday.")
    assert row.actor == "North Korean guard" and row.origin == "Yalu River" and row.date == "2022-03-13"


def test_going_back_the_other_way_is_a_second_event() -> None:
    rows = _rows("A North Korean boxer who defected to the South in 2017 crossed back into the North in February.")
    assert [(r.date, r.destination) for r in rows] == [("2017", "South Korea"), ("2022-02", "North Korea")]
    # one journey told in two verbs is one event
    assert len(_rows("Eleven North Koreans who had fled their country arrived in Seoul on Monday.")) == 1


def test_a_north_korean_missing_abroad_is_an_attempt() -> None:
    [row] = _rows("A North Korean graduate student in Kazan has been missing since early February.")
    assert row.status == "attempted" and row.date == "2022-02"


def test_counts_over_a_span_of_years_are_statistics() -> None:
    [row] = _rows("About 90 North Koreans have sought refuge in foreign consulates in Shanghai in recent years.")
    assert row.status == "reported_count" and row.count == 90
    [row] = _rows("Some 50,000 North Korean women who crossed the border are still hiding in Jilin, an NGO says.")
    assert row.status == "reported_count" and row.count == 50000


def test_transit_places_are_no_destination_and_a_restrictive_clause_no_date_source() -> None:
    [row] = _rows("BUSAN, Feb. 3 (Yonhap) -- A North Korean teenager who slipped through Laos arrived here "
                  "earlier this month, officials said.", "2022-02-03")
    assert (row.date, row.destination) == ("2022-02", "South Korea")
    [row] = _rows("A North Korean marine defected to the South via the Military Demarcation Line on Jan. 9, 2021.")
    assert (row.origin, row.destination, row.date) == ("Military Demarcation Line", "South Korea", "2021-01-09")


def test_an_appositive_relative_runs_to_where_the_main_verb_resumes() -> None:
    [row] = _rows("Seoul welcomed 40 miners, who escaped from a mine in Musan, North Korea, in March last year.")
    assert row.date == "2021-03" and row.count == 40
    [row] = _rows("Yun Chol, 31, who fled in 2015, runs a cafe in Seoul now.")
    assert row.date == "2015" and row.destination == ""


def test_destinations_implied_by_the_line_crossed_and_by_the_series() -> None:
    [row] = _rows("A North Korean corporal crossed the Demilitarized Zone in Inje on Tuesday, the military said.")
    assert (row.origin, row.destination) == ("Demilitarized Zone", "South Korea")
    [row] = _rows("A South Korean man crossed the DMZ into the North on Tuesday.")
    assert row.destination == "North Korea"
    rows = _rows("A total of 1,102 defectors entered the South in 2017. The figure was 1,418 in 2016.")
    assert [(r.count, r.destination) for r in rows] == [(1102, "South Korea"), (1418, "South Korea")]


def test_an_asylum_request_at_a_mission_goes_to_its_country_from_its_city() -> None:
    [row] = _rows("Pak Un Ha, a North Korean trade official, walked into the Swedish embassy in Hanoi on Monday.")
    assert (row.status, row.origin, row.destination) == ("sought_asylum", "Hanoi", "Sweden (Swedish embassy)")


def test_a_row_without_a_date_takes_the_next_sentence_about_the_same_actor() -> None:
    rows = _rows("A North Korean fisherman has reached South Korea by boat, the coast guard said Thursday. "
                 "Officials said the man had left Chongjin on Monday in a small boat.")
    assert [(r.date, r.destination) for r in rows] == [("2022-03-14", "South Korea")]


def test_figures_compared_without_a_date_and_stocks_of_residents() -> None:
    rows = _rows("Under Kim Jong Un, 92 senior officials have defected, against 31 under his father.")
    assert [(r.count, r.actor_name, r.status) for r in rows] == [(92, "", "reported_count"), (31, "", "reported_count")]
    [row] = _rows("Roughly 900 North Koreans now live in Britain, a charity said.")
    assert (row.count, row.status) == (900, "reported_count")
    [row] = _rows("The 2019 total of 1,047 was the lowest in years.")
    assert (row.count, row.date) == (1047, "2019")


def test_caught_by_an_agent_where_and_an_age_is_no_count() -> None:
    [row] = _rows("More than a dozen North Korean women were arrested by police in Vientiane on Friday while on "
                  "their way to the Thai border.")
    assert (row.status, row.count, row.origin, row.date) == ("attempted", 12, "Vientiane", "2022-03-11")
    [row] = _rows("Choe Il Nam, 64, a retired colonel, fled to South Korea in 2011.")
    assert (row.count, row.status, row.actor_name) == (None, "defected", "Choe Il Nam")
    [row] = _rows("The 5,000th defector, a nurse surnamed Pak, arrived last Monday.")
    assert row.actor_name == "Pak" and row.date == "2022-03-14"


def test_conditionals_habits_and_verb_phrases_make_no_row() -> None:
    assert _rows("If the report is accurate, a second envoy fled Bangkok in 2021.") == []
    assert _rows("North Korean traders often cross the Tumen River in winter.") == []
    assert _rows("Their present whereabouts remain unknown after they fled a camp in Tomsk.") == []


def test_noun_numbers_count_only_with_an_article_or_a_number() -> None:
    nums = lambda body: [sp.text for sp in EX.entities_only(body) if sp.label == "NUMBER"]  # noqa: E731
    assert nums("The pair were questioned for a week.") == []
    assert nums("Nearly three dozen refugees waited.") == ["Nearly three dozen refugees"]
    [row] = _rows("About two dozen North Korean workers fled to Seoul in 2017.")
    assert row.count == 24


def test_a_defection_told_as_a_noun_of_a_named_person() -> None:
    [row] = _rows("The defection of Pak Chol Jin, North Korea's envoy to Laos, was confirmed on Friday.")
    assert (row.actor_name, row.origin) == ("Pak Chol Jin", "Laos")
    assert _rows("Defection is a grave crime in North Korea.") == []


def test_a_participle_in_a_relative_clause_takes_its_antecedent() -> None:
    [row] = _rows("Ko Yong Hi, who was a trade official in Dalian before fleeing in 2014, now writes novels.")
    assert (row.actor_name, row.date, row.origin) == ("Ko Yong Hi", "2014", "Dalian")


def test_going_missing_somewhere_makes_that_place_the_origin() -> None:
    [row] = _rows("The wife of a North Korean diplomat went missing in Minsk last month.")
    assert (row.status, row.origin, row.destination) == ("attempted", "Minsk", "")


def test_the_number_of_people_reaching_a_figure_and_figures_after_their_year() -> None:
    rows = _rows("The ministry said the number of defectors to the South reached 229 in 2020, far above 2021's 63.")
    assert [(r.count, r.date, r.status) for r in rows] == [(229, "2020", "reported_count"), (63, "2021", "reported_count")]
    [row] = _rows("Then in May, a family of six arrived in South Korea by boat.")
    assert row.actor == "family of six" and row.date == "2021-05"  # the May before March 2022


def test_a_later_sentence_completes_an_earlier_event() -> None:
    [row] = _rows("North Korea's consul in Yangon vanished last month. He has since been granted asylum in a third "
                  "country, officials said.")
    assert (row.status, row.destination, row.role) == ("defected", "third country", "consul")


def test_they_is_no_one_person_and_reporters_places_are_no_origin() -> None:
    rows = _rows('"It was terrible," said activist Lee Min Ho. The refugees were caught in Hekou as they tried to '
                 "reach Laos.")
    assert all(r.actor_name != "Lee Min Ho" for r in rows)
    [row] = _rows("Officials in Seoul later confirmed that Kim Yong Su had arrived in South Korea in March.")
    assert row.origin == "" and row.destination == "South Korea"
    [row] = _rows("A man identified as a North Korean defector was arrested in Phnom Penh on Friday.")
    assert row.status == "attempted" and row.origin == "Phnom Penh"


def test_a_wish_to_defect_told_to_officials_is_a_request() -> None:
    [row] = _rows("Three of five North Korean loggers in Khabarovsk said they wanted to live in the South.")
    assert (row.status, row.count) == ("sought_asylum", 3)
    # told by people rescued at sea, already in the South: a defection (the gold's reading)
    [row] = _rows("Three of five North Korean fishermen rescued off Ulleung said they wanted to stay in the South.")
    assert (row.status, row.count, row.destination) == ("defected", 3, "South Korea")
    rows = _rows("Five North Koreans crossed the NLL on a raft on Monday. All five told officials they hoped to remain.")
    assert len(rows) == 1


def test_a_wish_told_with_a_time_before_that_is_a_request() -> None:
    """"said on Monday that he wanted to defect": the time between the
    verb and "that" does not hide the wish."""
    [row] = _rows("A North Korean cook told investigators on Thursday that she wanted to settle in South Korea.")
    assert (row.status, row.destination) == ("sought_asylum", "South Korea")
    [row] = _rows("A North Korean logger in Tynda said last week that he hoped to defect to South Korea.")
    assert (row.status, row.destination) == ("sought_asylum", "South Korea")


def test_a_wish_stated_after_a_catch_is_the_event() -> None:
    """"A soldier whom Ukrainian forces captured has said he wishes to
    defect to South Korea": the catch says who he is; the wish he stated
    since is the request, and where he was caught its origin."""
    [row] = _rows("A North Korean fisherman whom Russian border guards detained near Nakhodka in May has said he wants "
                  "to defect to South Korea.", "2019-07-01")
    assert (row.status, row.origin, row.destination) == ("sought_asylum", "Nakhodka", "South Korea")
    [row] = _rows("A North Korean fisherman who was detained by Russian border guards in May has said that he wants "
                  "to defect to South Korea.", "2019-07-01")
    assert (row.status, row.destination) == ("sought_asylum", "South Korea")


def test_a_person_identified_only_by_a_quoted_name() -> None:
    [row] = _rows('In 2012, an engineer identified only as "Choe" sought asylum at the Canadian embassy in Minsk.')
    assert (row.actor_name, row.role, row.date, row.origin) == ("Choe", "engineer", "2012", "Minsk")


def test_names_next_to_a_role_noun() -> None:
    people = _people("Anna Berg, spokeswoman for the agency, and striker Lim Haneul spoke; the Joint Chiefs of Staff, "
                     "the army said.")
    assert people == {"Anna Berg", "Lim Haneul"}


def test_a_defection_told_as_a_noun_of_someone_described() -> None:
    [row] = _rows("The defection of a North Korean trade official in Shenyang last year surprised Beijing.")
    assert (row.actor, row.role, row.origin, row.date) == ("North Korean trade official", "trade official", "Shenyang", "2021")
    assert _rows("The defection of soldiers is rare.") == []
    # (nor one person described, when the sentence says how often such a thing happens)
    assert _rows("Thousands have fled over the years, but defection by a senior diplomat is extremely rare.") == []


def test_categories_of_a_figure_are_figures() -> None:
    rows = _rows("The 2021 figure consists of 40 female defectors and 23 male defectors, the ministry said.")
    assert sorted((r.count, r.actor, r.date) for r in rows) == [(23, "male defectors", "2021"), (40, "female defectors", "2021")]
    assert all(r.status == "reported_count" for r in _rows("In 2019, 1,047 defectors arrived; 72 percent were women."))


def test_defectors_listed_with_their_years_and_postings_left() -> None:
    rows = _rows("Earlier defectors include Kang Min Su (2008) and Yun Ok Hui (2013).")
    assert [(r.actor_name, r.date) for r in rows] == [("Kang Min Su", "2008"), ("Yun Ok Hui", "2013")]
    [row] = _rows("Others include Pak Jin Hyok, who left Stockholm in 2011.")
    assert (row.actor_name, row.date, row.origin) == ("Pak Jin Hyok", "2011", "Stockholm")


def test_brought_to_the_south() -> None:
    [row] = _rows("Twelve North Korean refugees were flown to Seoul from Bangkok on Sunday.")
    assert (row.count, row.destination, row.date) == (12, "Seoul", "2022-03-13")


def test_a_group_counted_by_its_members_in_the_next_sentence() -> None:
    [row] = _rows("A group of North Korean loggers fled a camp in Tynda in May. They were two foremen, a cook and "
                  "five labourers.")
    assert row.count == 8


def test_one_person_spelt_two_ways_is_one_row_and_abstract_nouns_are_no_actor() -> None:
    rows = _rows("Ri Song Gyu, a counselor in Hanoi, defected in May. Ri Song Kyu's defection was confirmed later.")
    assert len(rows) == 1
    assert _rows("Despair and a bleak future had led him to think about it, before he fled in 2012.") == []
    [row] = _rows("Kim Tae Ho, the former envoy to the UK, fled to Seoul in 2010.")
    assert row.origin == "United Kingdom"


def test_held_abroad_ways_made_and_running_totals() -> None:
    [row] = _rows("Nine North Koreans who are trying to reach South Korea have been held in Hanoi since Monday.")
    assert (row.status, row.count) == ("attempted", 9)
    [row] = _rows("A North Korean fisherman made his way to the South across the maritime border on Sunday.")
    assert (row.status, row.destination) == ("defected", "South Korea")
    rows = _rows("Four defectors entered South Korea on Friday, bringing the total to 31,093, the ministry said.")
    assert sorted((r.count, r.status) for r in rows) == [(4, "defected"), (31093, "reported_count")]
    rows = _rows("Eight North Koreans fled a safe house in China. Police in Hanoi detained the six women and two men "
                 "three days after they crossed from China.")
    assert rows[-1].actor == "six women and two men" and rows[-1].status == "attempted"


def test_as_many_as_and_a_population_passing_milestones() -> None:
    [row] = _rows("Aid groups estimate that as many as 200,000 have fled to China.")
    assert (row.count, row.status, row.actor) == (200000, "reported_count", "as many as 200,000")
    rows = _rows("The refugee population went past 10,000 in March 2008 and reached 20,000 in June 2011.")
    assert [(r.count, r.date) for r in rows] == [(10000, "2008-03"), (20000, "2011-06")]


def test_a_relative_clause_on_the_object_of_another_verb_is_about_the_object() -> None:
    [row] = _rows("Kim Min-su, a professor at Korea University, said she had interviewed a former colonel "
                  "who defected to South Korea in 2019.")
    assert row.actor_name == "" and "colonel" in row.actor and row.date == "2019"
    rows = _rows("The lawmaker said she met in Busan a young mother who had crossed the Tumen River in 2018.")
    assert [r.actor for r in rows] == ["young mother"]
    # an appositive's relative clause stays the named person's
    [row] = _rows("Park Ji-hoon, a retired colonel who defected in 2011, now runs a radio station.")
    assert row.actor_name == "Park Ji-hoon"


def test_a_relative_clause_closed_by_its_comma_is_an_appositive() -> None:
    [row] = _rows("Kim Chol, who was heading a trade delegation, defected in Paris in 2010.")
    assert row.actor_name == "Kim Chol" and row.date == "2010" and row.origin == "Paris"  # (where he was when he left: the origin)
    [row] = _rows("The soldier, who was 22, crossed the border on Monday.")
    assert row.actor == "soldier" and row.role == "soldier"


def test_it_counts_and_is_never_the_actor() -> None:
    [row] = _rows("In a statement, the agency said it had counted 312 defectors arriving in the first half of 2021.")
    assert row.actor == "312 defectors" and row.count == 312
    [row] = _rows("The ship was carrying 30 sailors who defected in June.")
    assert row.actor == "30 sailors"


def test_a_defection_told_as_a_noun_after_made_or_staged() -> None:
    [row] = _rows("The colonel made a high-profile defection to South Korea in 2015.")
    assert row.status == "defected" and row.destination == "South Korea" and row.date == "2015"
    assert not _rows("He feared he could never make a defection work.")


def test_the_south_with_an_adjective_is_south_korea_but_a_southern_place_is_not() -> None:
    [row] = _rows("Choe Myong Su, a North Korean fisherman, escaped to the prosperous South by boat in May, officials said.")
    assert row.destination == "South Korea"
    [row] = _rows("A North Korean cargo crew fled to the South China Sea coast of Vietnam in 2017, police said.")
    assert row.destination != "South Korea"


def test_asylum_from_a_country_is_asylum_there() -> None:
    [row] = _rows("Ri Chol Ho, a North Korean trade official in Laos, sought asylum from Canada on Friday, his lawyer said.")
    assert row.destination == "Canada"


def test_a_series_followed_by_figures_and_same_period_comparisons() -> None:
    stat = "reported_count"
    assert _figures("Some 640 North Koreans fled to the South in 2014, followed by 702 in 2015 and 655 in 2016.") == [
        (640, "2014", stat), (702, "2015", stat), (655, "2016", stat)]
    assert _figures("Some 311 North Koreans arrived in the first three months of 2019, against 205 in "
                    "the same period of 2018 and 190 in that part of 2017.") == [
        (311, "2019", stat), (205, "2018", stat), (190, "2017", stat)]


def test_figures_of_an_article_about_arrivals_in_the_south_count_arrivals_there() -> None:
    rows = _rows("A total of 96 defectors reached South Korea in the first quarter, the ministry said.\n\n"
                 "Most of them had spent years in China. Brokers now charge far more than before.\n\n"
                 "The number of women among them fell to 71 in the second quarter, officials added.")
    assert [(r.count, r.destination) for r in rows] == [(96, "South Korea"), (71, "South Korea")]


def test_an_unnamed_line_between_the_koreas_crossed_is_the_origin() -> None:
    [row] = _rows("Three North Korean fishermen reached South Korea on Sunday after sailing across the disputed sea border "
                  "off the east coast, the coast guard said.")
    assert "sea border" in row.origin and row.destination == "South Korea"
    [row] = _rows("A North Korean private defected on Monday by climbing over the wire fences of the DMZ, officials said.")
    assert "DMZ" in row.origin


def test_an_unnamed_country_the_people_came_from_is_the_origin() -> None:
    [row] = _rows("Some 40 North Korean refugees arrived in Seoul on Tuesday from a Central Asian country, officials said.")
    assert row.origin == "Central Asian country"
    [row] = _rows("Nine North Koreans arrived here on Monday, having spent years in hiding in an unnamed third country, "
                  "the ministry said.")
    assert row.origin == ""  # hiding somewhere is no leaving from it


def test_a_counted_group_told_with_its_means_of_travel_is_an_event() -> None:
    [row] = _rows("In 2009, 14 North Koreans fled to South Korea aboard a fishing trawler, the navy said.")
    assert (row.status, row.count) == ("defected", 14)
    rows = _rows("In 2009, 2,914 North Koreans arrived in South Korea, the ministry said.")
    assert [(r.status, r.count) for r in rows] == [("reported_count", 2914)]


def test_a_relative_clause_about_a_companion_gives_no_origin() -> None:
    rows = _rows("In 2001, North Korea's ambassador to Peru, Ri Man Chol, defected with his nephew, who was a commercial attache in Jakarta.")
    assert rows[0].origin == "Peru"


def test_a_relative_clause_after_a_copula_is_about_its_complement() -> None:
    [row] = _rows("The first was Pak Chol Su, a colonel of the border guard, who fled to China in 2011.")
    assert row.actor_name == "Pak Chol Su" and row.date == "2011"


def test_an_opening_phrase_before_a_subject_pronoun_is_no_actor() -> None:
    [row] = _rows("Jo Myong Chol was a senior trade official in Pyongyang. Afraid of a purge, he fled to South Korea in 2009.")
    assert (row.actor_name, row.date, row.destination) == ("Jo Myong Chol", "2009", "South Korea")


def test_a_figure_is_dated_by_its_period_not_by_the_dateline_or_the_day_of_the_report() -> None:
    rows = _rows("TOKYO, May 3 (Kyodo) -- An official said Tuesday that the number of North Korean defectors "
                 "to South Korea has topped 800 in the first four months of the year.", "2019-05-03")
    assert [(r.count, r.date) for r in rows] == [(800, "2019")]


def test_figures_of_an_article_about_arrivals_in_the_south_count_arrivals_there() -> None:
    body = ("Fewer escapees are arriving in South Korea than at any time since the 1990s.\n\n"
            "Officials in charge of resettlement said 58 defectors arrived in the April-June period.")
    [row] = _rows(body)  # (the trend sentence about "fewer escapees" is no event)
    assert row.status == "reported_count" and row.count == 58 and row.destination == "South Korea"
    # an article that never says where they went leaves the place open
    [row] = _rows("Officials in charge of resettlement said 58 defectors arrived in the April-June period.")
    assert row.destination == ""


def test_figures_given_respectively_pair_with_their_periods() -> None:
    body = ("Arrivals in the South numbered 70 in January, the resettlement office said.\n\n"
            "The totals for February and March were 41 and 12 respectively.")
    got = [(r.count, r.date) for r in _rows(body) if r.status == "reported_count"]
    assert got == [(70, "2022-01"), (41, "2022-02"), (12, "2022-03")]
    body = "In 2015, 1,275 refugees arrived in South Korea; the numbers for 2016, 2017 and 2018 were 1,418, 1,127 and 1,137, respectively."
    got = [(r.count, r.date) for r in _rows(body) if r.status == "reported_count"]
    assert got == [(1275, "2015"), (1418, "2016"), (1127, "2017"), (1137, "2018")]
    # no statistic before: two ages are no figures
    assert all(r.status != "reported_count" for r in _rows("Kim Il Song and Ri Chol, aged 34 and 41 respectively, defected in 2019."))


def test_a_report_an_authority_denies_is_no_event() -> None:
    told = "A Tokyo daily said on Monday, citing officials, that two North Korean engineers in Minsk are trying to defect to Japan."
    assert _rows(told + "\n\nA government spokesman in Tokyo rejected the report on Tuesday.") == []
    # Pyongyang's denial undoes nothing; nor does a denial of something else
    assert len(_rows(told + "\n\nNorth Korea's KCNA dismissed the report as a smear.")) == 1
    assert len(_rows(told + "\n\nOne engineer denied reports that he owed money to a bank.")) == 1
    # a later confirmation stands
    assert len(_rows(told + "\n\nThe ministry at first rejected the report.\n\nOn Friday it confirmed that the two were in Japan.")) == 1


def test_trying_to_defect_is_an_attempt_and_a_country_is_no_try() -> None:
    [row] = _rows("Four North Korean loggers in Khabarovsk were trying to defect, a Russian paper said.")
    assert row.status == "attempted"
    [row] = _rows("Last year 412 North Koreans left their country to defect to the South, the ministry said.")
    assert row.status == "reported_count"


def test_the_subject_of_a_sentence_after_its_reporting_clause() -> None:
    [row] = _rows("The coast guard said a North Korean sailor was picked up by a patrol boat after he crossed the Northern Limit Line on Friday.")
    assert row.actor == "North Korean sailor" and row.origin == "Northern Limit Line" and row.date == "2022-03-11"
    [row] = _rows("A North Korean engineer last defected to South Korea in 2018, officials said.")
    assert row.actor == "North Korean engineer"


def test_things_after_an_arrest_verb_are_no_people() -> None:
    assert _rows("The ministry said the number of defectors had dropped since the general seized power in the capital.") == []
    [row] = _rows("Laotian police seized nine North Korean defectors near the Mekong on Friday.")
    assert row.status == "attempted" and row.count == 9


def test_a_figure_for_the_same_period_a_year_earlier_and_a_total_that_reaches() -> None:
    rows = _rows("Officials said 301 defectors arrived in South Korea in the first half, compared with 422 in the same period last year.",
                 date="2023-07-10")
    assert [(r.count, r.date) for r in rows] == [(301, "2023"), (422, "2022")]
    [row] = _rows("The total number of defectors in the South now reaches 31,500, the ministry said.")
    assert row.status == "reported_count" and row.count == 31500


def test_parts_of_a_year_are_figures_dated_by_that_year() -> None:
    body = ("Last year 1,200 defectors reached South Korea, the ministry said.\n\n"
            "By quarter, there were 310 in the first quarter, 280 in the second, then 305 for the third and 305 for the fourth.")
    got = [(r.count, r.date) for r in _rows(body)]
    assert got == [(1200, "2021"), (310, "2021"), (280, "2021"), (305, "2021"), (305, "2021")]


def test_categories_named_before_their_figures() -> None:
    body = ("Last year 1,200 defectors reached South Korea.\n\n"
            "The figures, released on Tuesday, showed that males accounted for 250 and females for 950.")
    got = [(r.actor, r.count, r.date) for r in _rows(body)][1:]
    assert got == [("males", 250, "2021"), ("females", 950, "2021")]


def test_a_rate_or_an_average_is_no_figure() -> None:
    assert _rows("From 2012 to 2019, between 800 and 1,200 refugees a year reached South Korea.") == []
    assert _rows("An average of 1,200 North Koreans arrived in South Korea each year in the 2010s.") == []
    [row] = _rows("In 2018, 1,137 refugees reached South Korea, about the same as a year earlier.")
    assert row.count == 1137


def test_where_a_span_starts_dates_no_figure() -> None:
    [row] = _rows("Arrivals rose sharply after 2005 and reached a record 2,500 people in 2011.")
    assert (row.count, row.date) == (2500, "2011")
    [row] = _rows("Since the end of the war, more than 20,000 North Koreans have fled to the South.")
    assert row.actor == "more than 20,000 North Koreans" and row.date == ""


def test_the_group_arrested_is_the_group_counted_just_before() -> None:
    body = ("A church group said seven North Koreans, including two teenagers, had been hiding in Vientiane.\n\n"
            "Laotian police arrested the group on Friday as it tried to cross the Mekong.")
    [row] = _rows(body)
    assert row.status == "attempted" and row.count == 7 and row.actor == "seven North Koreans"


def test_a_part_of_a_figure_and_the_whole_are_two_figures() -> None:
    rows = _rows("Only five of the 120 defectors who arrived this year had come over the military demarcation line, officials said.")
    assert [(r.count, r.status) for r in rows] == [(120, "reported_count"), (5, "reported_count")]
    assert rows[1].origin == "military demarcation line" and rows[0].origin == ""
    # "came across" is a crossing, "came to" a market is not
    [row] = _rows("A North Korean farmer came across the Tumen River on Friday.")
    assert row.origin == "Tumen River"
    assert _rows("Officials said a North Korean farmer came to the market on Friday.") == []


def test_a_post_fled_gives_the_role_and_a_possessive_place_no_destination() -> None:
    [row] = _rows("Pak Song Il fled his post as North Korea's deputy ambassador to Spain in 2018.")
    assert row.role.startswith("deputy ambassador") and row.origin == "Spain" and row.destination == ""


def test_a_persons_kin_are_the_actor_not_the_person() -> None:
    [row] = _rows("Ri Song Chol's parents were two scientists who had likewise defected to the South, in 1992.")
    assert (row.actor, row.actor_name, row.count, row.status, row.role) == ("two scientists", "", 2, "defected", "scientist")
    [row] = _rows("Ri Song Chol's wife defected to the South in 1992.")
    assert row.actor_name == ""


def test_the_journey_since_someone_ends_where_the_sentence_says() -> None:
    kim, row = _rows("Kim Dok Su is the most senior official to defect to South Korea since Hyon Chol Hae, a vice minister, in 2011.")
    assert (row.actor_name, row.date, row.destination) == ("Hyon Chol Hae", "2011", "South Korea")
    # (the superlative is said of Kim as a fact: his own defection, undated)
    assert (kim.actor_name, kim.date, kim.destination) == ("Kim Dok Su", "", "South Korea")


def test_a_north_korean_crossing_the_border_in_a_story_of_the_inter_korean_line() -> None:
    body = ("A North Korean private crossed the heavily guarded border on Tuesday, the military said.\n\n"
            "He was the second to cross the Military Demarcation Line this year.")
    assert _rows(body)[0].destination == "South Korea"
    # no inter-Korean line in the story: the border could be China's
    [row] = _rows("A North Korean private crossed the border on Tuesday, Chinese police said.")
    assert row.destination == ""


def test_organisations_named_by_a_military_or_business_head() -> None:
    art = Article(id="x", path="x.txt", title="North Korea", date="2019-07-08", date_precision="day",
                  body="The Republic of Korea Navy said on Monday that the Mirae Business daily was wrong.")
    orgs = [sp.text for sp in EX.extract(art).entities if sp.label == "ORG"]
    assert orgs == ["Republic of Korea Navy", "Mirae Business"]


def test_a_figure_is_one_row_at_its_first_telling() -> None:
    body = ("The number of North Korean refugees entering South Korea rose slightly in the first half, officials said.\n\n"
            "Figures released on Monday show that 512 North Koreans arrived in the January-June period, against 470 a year earlier.")
    rows = _rows(body, date="2023-07-12")
    assert rows[0].count == 512 and rows[0].evidence.startswith("The number of") and rows[0].date == "2023"
    assert rows[0].destination == "South Korea"
    # a rounded figure, then the exact one for the same period: one row
    body = ("More than 900 North Koreans reached South Korea in 2015, officials said on Monday.\n\n"
            "A total of 912 North Koreans arrived in South Korea last year, the ministry's data showed.")
    assert [r.count for r in _rows(body, date="2016-01-11")] == [900]


def test_the_group_again_after_a_figure_is_the_group_told_before() -> None:
    body = ("Nine North Koreans reached South Korea by boat on Sunday, the coast guard said.\n\n"
            "Last year 1,100 defectors arrived in South Korea.\n\n"
            "The group fled from Chongjin on Thursday.")
    rows = _rows(body)
    assert [r.count for r in rows] == [9, 1100] and rows[0].origin == "Chongjin"


def test_where_the_actor_used_to_live_is_the_origin() -> None:
    [row] = _rows("A North Korean painter who used to live in Angola has arrived in South Korea after defecting "
                  "through the South Korean embassy in the African country, a source said.")
    assert row.origin == "Angola" and row.destination == "South Korea"


def test_a_running_total_since_a_war_is_undated() -> None:
    [row] = _rows("Since the 1950-53 war ended, more than 30,000 North Koreans have fled to the South.")
    assert (row.actor, row.count, row.date) == ("more than 30,000 North Koreans", 30000, "")


def test_bare_figures_of_a_series_counted_or_recorded() -> None:
    body = "Last year 412 refugees reached the South. That was well below the 1,230 counted a year earlier and the 1,390 recorded in 2017."
    assert [(r.count, r.date) for r in _rows(body)] == [(412, "2021"), (1230, "2020"), (1390, "2017")]


def test_a_trend_lead_with_a_year_in_it_is_still_the_first_telling() -> None:
    body = ("After rising since 2015, the number of refugees settling in the South fell in the first half of this year, officials said.\n\n"
            "Ministry data show that 512 North Koreans arrived in the January-June period.")
    [row] = _rows(body)
    assert row.evidence.startswith("After rising") and row.count == 512 and row.destination == "South Korea"


def test_groups_listed_after_one_verb() -> None:
    body = "The activists said six defectors had been detained near Kunming, eight in Dalian and around 12 in Hunchun and Tumen."
    got = [(r.count, r.status, r.origin) for r in _rows(body)]
    assert got == [(6, "attempted", "Kunming"), (8, "attempted", "Dalian"), (12, "attempted", "Hunchun; Tumen")]


def test_a_dated_wire_lead_that_turned_upward_is_the_first_telling() -> None:
    body = ("BUSAN, May 2 (AP) -- After shrinking for three years, the number of refugees reaching South Korea "
            "turned upward in the first quarter, officials said.\n\n"
            "Figures show that 301 refugees settled in South Korea in January-March, up from 288 a year earlier.")
    rows = _rows(body, date="2016-05-02")
    assert rows[0].evidence.startswith("BUSAN") and rows[0].count == 301


def test_a_few_people_from_a_place_they_left_are_a_group_not_a_figure() -> None:
    [row] = _rows("According to a lawyer, six North Koreans who were working in Kuwait defected to South Korea last year.")
    assert (row.status, row.count, row.origin) == ("defected", 6, "Kuwait")
    [row] = _rows("Some 1,200 North Koreans who were working in China defected to South Korea last year.")
    assert row.status == "reported_count"


def test_of_the_whole_a_part_were_a_category() -> None:
    rows = _rows("Of the 612 North Koreans who reached South Korea in 2014, 503 were women, officials said.")
    assert [(r.count, r.actor, r.date, r.status) for r in rows][1] == (503, "women", "2014", "reported_count")
    assert rows[0].count == 612 and rows[0].destination == "South Korea"
    # a whole told before is not told again
    body = "So far this year 612 refugees have arrived in South Korea.\n\nOf the 612, 503, or 82%, were women."
    assert [r.count for r in _rows(body)] == [612, 503]


def test_a_yearly_list_after_a_colon() -> None:
    rows = _rows("Officials gave the yearly number of refugees reaching South Korea: 410 in 2005, 620 in 2006, 1150 in 2007 and 980 in 2008.")
    assert [(r.count, r.date) for r in rows] == [(410, "2005"), (620, "2006"), (1150, "2007"), (980, "2008")]


def test_caught_after_crossing_from_a_country_gives_the_origin() -> None:
    [row] = _rows("Seven North Koreans were detained by police in Thailand on Monday after they had crossed from Laos.")
    assert (row.status, row.origin, row.destination) == ("attempted", "Laos", "Thailand")


def test_a_figure_near_another_is_no_retelling_unless_the_first_was_round() -> None:
    body = ("In the third quarter 12 men and 64 women reached South Korea, the ministry said.\n\n"
            "It put the figure at 43 for the first quarter and at 62 for the second quarter.")
    assert 62 in [r.count for r in _rows(body, date="2024-10-22")]


def test_a_figure_last_year_to_reach_and_an_opener_with_a_grouped_figure() -> None:
    body = ("So far this year 1,050 refugees have reached South Korea, officials said. "
            "The ministry said the figure is unlikely to reach the 1,380 of last year.")
    assert [(r.actor, r.count, r.date) for r in _rows(body)] == [("1,050 refugees", 1050, "2022"), ("refugees in last year", 1380, "2021")]


def test_a_relative_after_a_name_is_about_that_person_and_the_main_clause_about_its_head() -> None:
    rows = _rows("Sources said that four relatives of Ri Chol Su, who defected in 2001, fled last month to a third country.")
    assert [(r.actor, r.date, r.count) for r in rows] == [("Ri Chol Su", "2001", None),
                                                         ("four relatives of Ri Chol Su", "2022-02", 4)]
    [row] = _rows("The son of Kim Jong Nam defected in 2017.")  # (the complement of a noun is no actor)
    assert row.actor_name == ""


def test_a_vague_multitude_is_no_group() -> None:
    assert _rows("Over recent decades, tens of thousands of North Koreans have fled their homeland.") == []
    assert _rows("Since the famine, hundreds of refugees have crossed into China each winter.") == []


def test_a_time_of_day_and_the_same_soldier_told_again() -> None:
    body = ("On Sunday, at around 6:40 a.m. local time, a North Korean private reportedly defected across the Military Demarcation Line.\n\n"
            "Local news reports said a North Korean private defected to South Korea on Sunday morning.")
    [row] = _rows(body)
    assert (row.actor, row.date, row.origin, row.destination) == ("North Korean private", "2022-03-13",
                                                                  "Military Demarcation Line", "South Korea")


def test_south_korea_as_pyongyang_writes_it() -> None:
    [row] = _rows("Ri Song Il and his wife had defected to south Korea in 2009, the news agency said.")
    assert row.destination == "South Korea" and row.date == "2009"


def test_a_long_description_keeps_its_head_and_an_owning_place_is_no_origin() -> None:
    [row] = _rows("More defections by envoys abroad are expected; earlier this week a report said that the wife and son of "
                  "an engineer at North Korea's trade mission in the Belarusian capital of Minsk had gone missing.")
    assert row.actor.startswith("wife and son of an engineer") and row.origin != "North Korea"


def test_a_trend_lead_two_sentences_before_the_figure_or_a_share_more_is_the_first_telling() -> None:
    """The opening sentence tells the change ("dropped 14 percent in 2013",
    "9 percent more North Koreans reached the South in 2013"), a sentence of
    comment follows, then the figure: one row, told first in the opening."""
    body = ("The number of North Koreans who defected to the South dropped 14 percent in 2013 from a year earlier, "
            "officials said Monday. The fall comes as the North tightens its border.\n\n"
            "Ministry data show that 1,514 North Koreans arrived in South Korea last year.")
    [row] = _rows(body, "2014-01-13")
    assert row.evidence.startswith("The number of North Koreans") and (row.count, row.date) == (1514, "2013")
    body = ("Data released Monday showed that 9 percent more North Koreans reached South Korea in 2013 than a year before.\n\n"
            "According to the ministry, 1,514 North Koreans arrived in South Korea last year.")
    [row] = _rows(body, "2014-01-13")
    assert row.evidence.startswith("Data released Monday") and row.count == 1514
