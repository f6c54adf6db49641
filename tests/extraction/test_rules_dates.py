"""Rules about when an event happened, each on invented sentences (see
test_rules.py)."""

from __future__ import annotations

from .test_rules import EX, _rows


def test_a_count_of_years_ago_opening_the_sentence_dates_the_event() -> None:
    [row] = _rows("Eighteen years ago, Park Mi-ok fled North Korea with her baby.", "2025-07-01")
    assert (row.actor_name, row.date) == ("Park Mi-ok", "2007")
    [row] = _rows("Two years ago, Park Mi-ok crossed the Tumen River.", "2025-07-01")
    assert row.date == "2023"
    # a count that is no time before the article dates nothing
    [row] = _rows("Eighteen officials said Park Mi-ok fled North Korea.", "2025-07-01")
    assert row.date == ""


def test_the_next_year_counts_from_the_year_told_before_it() -> None:
    rows = _rows("In 2005, 1,383 North Koreans reached the South; the figure rose to 2,018 the next year.", "2010-02-01")
    assert [(r.count, r.date) for r in rows] == [(1383, "2005"), (2018, "2006")]


def test_a_time_counted_from_the_day_told_before_it() -> None:
    [row] = _rows("Officials confirmed on Tuesday that nine North Korean loggers had defected to the South two days earlier.",
                  "2019-05-16")
    assert (row.count, row.date) == (9, "2019-05-12")


def test_a_half_year_ending_in_the_month_of_publication_is_this_years() -> None:
    [row] = _rows("The ministry said 512 North Korean defectors arrived in South Korea in the first half.", "2018-06-28")
    assert (row.count, row.date) == (512, "2018")
    # a period not yet over is last year's
    [row] = _rows("The ministry said 512 North Korean defectors arrived in South Korea in the second half.", "2018-06-28")
    assert row.date == "2017"


def test_a_comparison_keeps_its_date_to_itself() -> None:
    rows = _rows("This year the number of North Koreans detained for crossing into Laos illegally jumped to 310, "
                 "up from 95 last year.", "2009-11-02")
    assert sorted((r.count, r.date) for r in rows) == [(95, "2008"), (310, "2009")]



def test_an_abbreviation_does_not_end_the_date_window() -> None:
    [row] = _rows("A North Korean couple entered the Bangkok office of the U.N. refugee agency on Monday.", "2019-05-08")
    assert (row.status, row.date) == ("sought_asylum", "2019-05-06")


def test_a_year_naming_another_thing_dates_no_event() -> None:
    [row] = _rows("Eleven North Koreans have sought refuge in the U.S. under a 2004 law, the group said.", "2007-03-01")
    assert row.date == ""
    [row] = _rows("Two fishermen crossed the 1953 armistice line, officials said.", "2007-03-01")
    assert row.date == ""


def test_a_date_and_its_anchor_are_one_span_and_resolve_together() -> None:
    from .test_rules import EX

    dates = [sp.text for sp in EX.entities_only(
        "Talks opened on Tuesday last week, resumed on June 3rd this year and on the evening of June 8, "
        "and ended in mid-April 2016, on the 12th of last month and some three weeks ago.") if sp.label == "DATE"]
    # ("the evening of June 8": the date is June 8; the real reports' gold leaves the part of
    # the day out 8 times in 11)
    assert dates == ["Tuesday last week", "June 3rd this year", "June 8", "mid-April 2016",
                     "the 12th of last month", "some three weeks ago"]
    cases = {"on Tuesday last week": "2020-09-15", "on June 3rd this year": "2020-06-03", "in mid-April": "2020-04",
             "on the 12th of last month": "2020-08-12", "in mid-April 2016": "2016-04"}
    for when, iso in cases.items():
        [row] = _rows(f"Ri Song-chol fled to China {when}.", "2020-09-24")
        assert row.date == iso, when


def test_a_date_in_a_clause_with_its_own_subject_is_not_the_events() -> None:
    [row] = _rows("In April, a 28-year-old defector went back to North Korea along the path she had taken in 2015.",
                  "2019-07-10")
    assert (row.date, row.destination) == ("2019-04", "North Korea")


def test_a_date_between_who_and_the_predicate_makes_the_relative_an_event() -> None:
    [row] = _rows("Among the guests was Pak Sang-hun, once North Korea's envoy to Austria, who in 2014 famously "
                  "defected to South Korea with his family.", "2017-07-10")
    assert (row.actor_name, row.date, row.destination) == ("Pak Sang-hun", "2014", "South Korea")
    assert _rows("Among the guests was Pak Sang-hun, a diplomat who famously defected to South Korea.", "2017-07-10") == []


def test_a_date_in_a_since_clause_starts_a_running_total_and_dates_nothing() -> None:
    [row] = _rows("Since the Korean War ended in 1953, about 9,100 North Koreans have defected to the South.", "2007-01-10")
    assert (row.status, row.count, row.date) == ("reported_count", 9100, "")


def test_a_time_counted_from_the_date_told_last() -> None:
    """"Two years earlier", "four months later", "nine days later": counted
    from the last date the story told (up to three sentences back), as
    precise as the unit allows, and no part of the actor."""
    rows = _rows("Ri Kwang-su fled to Laos in June 2011. The trip had been hard. "
                 "Four months later, his brother Ri Kwang-chol crossed the Tumen River.", "2015-05-05")
    assert [(r.actor_name, r.date) for r in rows] == [("Ri Kwang-su", "2011-06"), ("Ri Kwang-chol", "2011-10")]
    [row] = _rows("In March 2010 a broker sold Han Ok-hwa to a farmer in Jilin. "
                  "Three years earlier, Han had fled North Korea alone.", "2015-05-05")
    assert (row.actor, row.date) == ("Han Ok-hwa", "2007")
    rows = _rows("Kang Chol fled to China on May 3, 2012. Nine days later his wife fled to China too.", "2015-05-05")
    assert rows[-1].date == "2012-05-12"
    # a month counted from a year alone is no date
    rows = _rows("Kang Chol fled to China in 2012. Two months later his wife fled to China too.", "2015-05-05")
    assert rows[-1].date == ""



def test_a_time_counted_for_the_telling_dates_nothing() -> None:
    rows = _rows("A North Korean teenager fled the team hotel on July 5. "
                 "Reports a day earlier said a North Korean sailor had also sought asylum in the consulate.", "2016-07-08")
    assert [r.date for r in rows if "sailor" in r.actor] == [""]


def test_a_measured_time_after_a_pronoun_s_event_is_counted_back_from_the_main_clause() -> None:
    [row] = _rows("About three months after they escaped their homeland, nine North Korean loggers appeared in court "
                  "on Monday in Seoul.", "2019-10-16")
    assert (row.actor, row.count, row.date) == ("nine North Korean loggers", 9, "2019-07")
    [row] = _rows("Two years after she fled to China, Pak Sun-hee opened a restaurant in Seoul in 2014.", "2020-01-01")
    assert (row.actor_name, row.date, row.destination) == ("Pak Sun-hee", "2012", "China")
    # no measure, no date: a clause that only sets the scene
    assert _rows("After they fled, the relatives hid in Yanji.", "2020-01-01") == []


def test_a_span_of_years_dates_a_figure_by_its_end_and_last_summer_may_be_this_year_s() -> None:
    [row] = _rows("In all, 455 North Koreans applied for asylum in Germany from 1995-2005.", "2006-02-28")
    assert (row.count, row.date) == (455, "2005")
    [row] = _rows("Between 2009 and March 2013, 41 North Korean soldiers crossed the DMZ into South Korea.", "2013-05-01")
    assert row.date == "2013-03"
    [row] = _rows("A North Korean engineer stationed in Mongolia fled to South Korea last summer, officials said.", "2013-10-25")
    assert row.date == "2013"
    [row] = _rows("A North Korean engineer stationed in Mongolia fled to South Korea last summer, officials said.", "2013-06-25")
    assert row.date == "2012"


def test_a_year_end_total_and_a_decade_later() -> None:
    [row] = _rows("Defectors living in South Korea numbered 31,093 as of the end of last year.", "2018-01-20")
    assert (row.count, row.date) == (31093, "2017-12")
    [row] = _rows("Kim Yong-nam, a physicist, moved to Vienna with his family in 1979. A decade later the family "
                  "defected to South Korea.", "2019-07-08")
    assert row.date == "1989"


def test_a_count_since_the_start_of_the_year_is_dated_by_that_year() -> None:
    [row] = _rows("Some 800 North Koreans have arrived in the South since the start of this year.", "2017-12-21")
    assert (row.count, row.date) == (800, "2017")
    [row] = _rows("Four soldiers have crossed into South Korea since the beginning of 2017.", "2017-12-21")
    assert row.date == "2017"
    # since the start of an earlier year: a span of years, no date
    [row] = _rows("Four soldiers have crossed into South Korea since the beginning of 2015.", "2017-12-21")
    assert row.date == ""


def test_a_week_or_two_ago_is_the_month_of_that_week_and_several_weeks_the_year() -> None:
    [row] = _rows("Choi Un-hee fled to Mongolia about a week ago, activists said.", "2019-03-04")
    assert row.date == "2019-02"
    [row] = _rows("Choi Un-hee fled to Mongolia two weeks ago, activists said.", "2019-03-20")
    assert row.date == "2019-03"
    [row] = _rows("Choi Un-hee fled to Mongolia several weeks ago, activists said.", "2019-03-20")
    assert row.date == "2019"


def test_last_night_this_morning_and_tomorrow_are_days_around_the_report() -> None:
    from defect_tui.index.extract.relative_dates import resolve

    words = EX.vocab.number_words
    assert resolve("last night", "2020-06-15", "day", words) == ("2020-06-14", "day")
    assert resolve("this morning", "2020-06-15", "day", words) == ("2020-06-15", "day")
    assert resolve("tomorrow", "2020-06-15", "day", words) == ("2020-06-16", "day")
    [row] = _rows("A North Korean soldier crossed the border into the South last night, officials said.", "2020-06-15")
    assert row.date == "2020-06-14"


def test_the_end_of_this_or_last_month_is_one_date() -> None:
    from defect_tui.index.extract.relative_dates import resolve

    assert [sp.text for sp in EX.entities_only("They arrived at the end of last month.") if sp.label == "DATE"] == [
        "the end of last month"]
    assert resolve("the end of last month", "2020-06-15", "day", EX.vocab.number_words) == ("2020-05", "month")


def test_a_count_and_a_half_ago_is_a_date_of_the_whole_count() -> None:
    [row] = _rows("Ri Myong-su, who fled North Korea with his son two and a half years ago, spoke to reporters.",
                  "2012-11-08")
    assert (row.actor_name, row.date, row.date_precision) == ("Ri Myong-su", "2010", "year")
    [row] = _rows("Ri Myong-su fled North Korea a year and a half ago.", "2012-11-08")
    assert row.date == "2011"  # (not the first half of this year)


def test_the_sentence_after_an_undated_lead_tells_when() -> None:
    rows = _rows("Two North Korean fishermen sailed a dinghy across the sea border and defected to the South.\n\n"
                 "At about 5 a.m. on Tuesday, a coast guard patrol spotted an unmarked dinghy off Sokcho.", "2022-03-17")
    assert [(r.actor, r.date) for r in rows] == [("Two North Korean fishermen", "2022-03-15")]
    # (a date of the telling is none of the event's: "Last Sunday, an official acknowledged ...")
    rows = _rows("Two North Korean trade officials in Europe tried to defect to South Korea.\n\n"
                 "Last Sunday, a government official acknowledged the recent attempts.", "2022-03-17")
    assert [r.date for r in rows] == [""]


def test_an_opening_date_before_an_according_to_phrase_is_the_clauses() -> None:
    """"Last year, according to the ministry, 118 defectors arrived": the
    source told between the date and its clause has no date of its own."""
    [row] = _rows("In 2019, according to figures from the unification ministry, 1,047 North Korean defectors arrived "
                  "in South Korea.", "2020-02-10")
    assert (row.count, row.date, row.status) == (1047, "2019", "reported_count")


def test_a_relative_who_fled_years_before_a_later_event_told_first() -> None:
    """"A nephew of ... was killed in 1997, 15 years after he fled to the
    South": "he" is the relative the sentence opens with (not someone named
    before), and the flight is dated back from the year told first."""
    body = ("Kim Song-ho, a former general, spoke in Seoul on Monday. A cousin of the general's first wife was "
            "attacked in 2004 outside a church in Busan, nine years after he escaped from North Korea.")
    rows = [r for r in _rows(body, "2010-10-11") if "cousin" in r.actor]
    assert [(r.actor, r.date) for r in rows] == [("cousin of the general's first wife", "1995")]


def test_last_weekend_is_the_saturday_before_the_report() -> None:
    # a Wednesday report: the Saturday just past; a Sunday report: the weekend before
    [row] = _rows("Two North Korean soldiers crossed the border into South Korea last weekend.", "2019-06-05")
    assert row.date == "2019-06-01"
    [row] = _rows("Two North Korean soldiers crossed the border into South Korea last weekend.", "2019-06-09")
    assert row.date == "2019-06-01"


def test_a_span_of_days_dates_a_figure_as_its_months_do() -> None:
    """"From April 1 to June 30, 85 defectors arrived": a span of days over
    months is a period, like "from April to June" (a quarter keeps its
    year), and the figure for it a reported count; days of one month give
    that month."""
    [row] = _rows("From April 1 to June 30, 85 defectors arrived in the South, the ministry said.", "2021-07-05")
    assert (row.date, row.status, row.count) == ("2021", "reported_count", 85)
    [row] = _rows("Between 1 April and 30 June 2020, 85 defectors arrived in the South, the ministry said.", "2021-07-05")
    assert (row.date, row.status) == ("2020", "reported_count")
    [row] = _rows("From May 3 to May 20, 12 defectors arrived in the South, the ministry said.", "2021-07-05")
    assert row.date == "2021-05"
    # one day is still that day
    [row] = _rows("On June 3 a soldier crossed the border into South Korea.", "2021-07-05")
    assert row.date == "2021-06-03"


def test_the_detail_after_an_undated_lead_gives_its_date_and_count_whoever_says_so() -> None:
    """"Police have detained North Korean escapees ... Thirteen people were
    seized in Kunming last Friday, according to an official": the detail
    sentence dates the lead's event and counts its people; "according to"
    names the source, it is no telling dated there ("Last Sunday, an
    official acknowledged ..." still dates nothing)."""
    [row] = _rows("Police in Yunnan have detained North Korean escapees who were on their way to South Korea, local "
                  "sources said Monday. Thirteen people were seized in Kunming last Friday, according to an official of "
                  "a human rights group.", "2013-11-18")
    assert (row.date, row.count, row.status) == ("2013-11-15", 13, "attempted")
    [row] = _rows("A North Korean soldier crossed the border, the military said. Last Sunday, an official acknowledged "
                  "that talks had stalled.", "2013-11-18")
    assert row.date == ""


def test_a_time_before_or_after_that_counts_from_the_date_told_last() -> None:
    body = "On December 1, 2018 a fisherman from Sinpo crossed the sea border into South Korea.\n\n{}"
    rows = _rows(body.format("A year before that, a North Korean soldier dashed south through the Joint Security Area."),
                 "2019-08-01")
    assert [(r.role, r.date) for r in rows] == [("fisherman", "2018-12-01"), ("soldier", "2017")]
    rows = _rows(body.format("Three months after that, a North Korean soldier dashed south through the Joint Security Area."),
                 "2019-08-01")
    assert rows[1].date == "2019-03"


def test_the_same_description_dated_to_another_year_is_another_event() -> None:
    rows = _rows("On December 1, 2018 a North Korean soldier crossed the armed land border in the east.\n\n"
                 "A year before that, a North Korean soldier dashed south through the Joint Security Area.", "2019-08-01")
    assert [r.date for r in rows] == ["2018-12-01", "2017"]
    # told again the same year, it is the same event
    rows = _rows("On December 1, 2018 a North Korean soldier crossed the armed land border in the east.\n\n"
                 "In December 2018 a North Korean soldier crossed the border, the army said.", "2019-08-01")
    assert [r.date for r in rows] == ["2018-12-01"]


def test_a_decade_ago_is_a_time_told_without_a_year() -> None:
    """"Over a decade ago" dates the event as a time of its own (a DATE, and
    a relative clause holding it tells an event, not a label), but decades
    give no year, as the gold conventions say of them."""
    from defect_tui.index.extract.relative_dates import resolve

    words = EX.vocab.number_words
    assert resolve("over a decade ago", "2020-06-15", "day", words) == ("", "")
    assert resolve("nearly two decades ago", "2020-06-15", "day", words) == ("", "")
    ents = [e.text for e in EX.entities_only("The engineer left more than a decade ago. Her aunt left decades ago.")]
    assert "more than a decade ago" in ents and not any("decades ago" in e for e in ents)
    [row] = _rows("A retired nurse who defected over a decade ago ran for a seat in parliament on Sunday.", "2024-04-08")
    assert (row.actor, row.status, row.date) == ("retired nurse", "defected", "")
    # without the time it stays a label
    assert _rows("A retired nurse who defected ran for a seat in parliament on Sunday.", "2024-04-08") == []


def test_a_number_above_31_after_a_month_is_no_day() -> None:
    # (invented: "February 64" is a month and a figure)
    spans = [(sp.label, sp.text) for sp in EX.entities_only("In January 101 arrived, in February 64 and on March 31 more came.")]
    assert ("DATE", "February") in spans and ("DATE", "March 31") in spans and ("DATE", "February 64") not in spans
