"""How a report frames an event: conjectures, unconfirmed reports, who the
actor is when others act on them, and the person a described actor turns out
to be. Invented sentences only."""

from __future__ import annotations

from .test_rules import EX, _rows


def test_a_clause_after_a_conjecture_frame_is_no_event() -> None:
    [row] = _rows("A North Korean trade envoy in Minsk went missing last week, raising the possibility that a "
                  "senior cadre has defected.", "2023-04-02")
    assert row.actor == "North Korean trade envoy in Minsk"
    assert _rows("The move raised the possibility that the two sailors had fled to Japan.") == []


def test_a_report_that_could_not_be_confirmed_is_no_event() -> None:
    assert _rows("The ministry could not confirm a newspaper report that the engineer had sought asylum in France.") == []
    assert _rows("Police declined to confirm that Han Myong Chol fled to Laos in May.") == []


def test_he_and_his_wife_named_after_a_described_actor_name_it() -> None:
    rows = _rows("OSLO (Reuters) -- North Korea's consul in Bergen went missing with his wife, raising "
                 "the prospect that he has defected. Diplomats were told on Friday about Ri Yong Nam, North "
                 "Korea's consul in Bergen. They said he and his wife went into hiding in August. Whether "
                 "he wants to defect is not known.", "2024-10-05")
    assert [(r.actor_name, r.status, r.date) for r in rows] == [("Ri Yong Nam", "attempted", "2024-08")]


def test_a_byline_name_is_no_antecedent_of_he() -> None:
    rows = _rows("By Choi Min-ho\n\nA North Korean consul in Bergen went missing last month. "
                 "He went into hiding with his wife in August, officials said. He may seek to defect.", "2024-10-05")
    assert "Choi Min-ho" not in [r.actor_name for r in rows]  # the writer of the report


def test_the_people_held_by_others_are_the_actor_of_their_relative_clause() -> None:
    [row] = _rows("Lao police were holding six North Koreans who had crossed from Myanmar into Laos and asked for "
                  "asylum in South Korea.", "2019-07-10")
    assert (row.actor, row.count, row.status) == ("six North Koreans", 6, "sought_asylum")


def test_the_pronoun_that_names_a_described_actor_dates_it_too() -> None:
    rows = _rows("Sources said Thursday that North Korea's acting ambassador to Peru has vanished, prompting suspicion "
                 "that he may have defected. Kim Hyok-chol took up the post of acting ambassador in May 2016. "
                 "South Korea's spy agency says he fled the diplomatic compound in early November.", "2019-01-03")
    assert [(r.actor_name, r.date) for r in rows] == [("Kim Hyok-chol", "2018-11")]


def test_a_name_line_without_by_is_a_byline_and_one_given_name_a_person() -> None:
    body = ("Maria Lopez, Bangkok\n\nGrace still dreams of her mother. The pastor met Grace in Yanji in 2011. "
            "According to Grace, she reached the South Korean consulate in Shenyang in 2012.")
    [row] = _rows(body, "2014-03-03")
    assert (row.actor_name, row.date) == ("Grace", "2012")
    # once is no name: a word that is also a given name, used once
    assert [sp.text for sp in EX.entities_only("Grace under pressure, the minister said.") if sp.label == "PERSON"] == []


def test_a_definite_group_takes_the_number_counted_before() -> None:
    body = ("Eight North Korean refugees, among them two boys, were sent back to China last week. "
            "Lao police had arrested the young North Koreans on May 2 as they crossed the border from China.")
    [row] = _rows(body, "2013-05-30")
    assert (row.count, row.status) == (8, "attempted")


def test_a_lone_surname_is_not_the_leader_named_much_later() -> None:
    body = ("Officials narrowed the search to a 26-year-old man, whom they identified only by his family name, Pak. "
            "He had defected to South Korea in 2015 by swimming across the western sea border. "
            "Back then, officials said, nobody expected him to return. Up to Sunday, North Korea had said again and "
            "again that it had no cases of the virus, and outside experts doubted that claim for many reasons. "
            "The episode led the North's leader, Pak Pong Ju, to order a lockdown of the border city.")
    rows = _rows(body, "2020-07-27")
    assert "Pak Pong Ju" not in [r.actor_name for r in rows]
    assert ("Pak", "2015") in [(r.actor_name, r.date) for r in rows]


def test_the_actor_of_a_message_saying_what_happened_is_its_subject() -> None:
    [row] = _rows("The church received a letter last month saying nine refugees from North Korea had reached Bangkok.", "2019-04-02")
    assert (row.actor, row.count, row.destination) == ("nine refugees from North Korea", 9, "Bangkok")


def test_the_official_told_of_in_a_defection_report_who_vanished_is_a_row_where_the_lead_is_unconfirmed() -> None:
    rows = _rows("A North Korean engineer posted in Laos may have defected, a Seoul daily said. No one could confirm it. "
                 "Quoting a source, the daily said the engineer vanished with his wife in early May.", "2021-06-10")
    assert [(r.actor, r.status, r.date) for r in rows] == [("engineer", "attempted", "2021-05")]
    # a vanishing told with no defection around it is no row
    assert _rows("Quoting a source, the daily said the engineer vanished with his wife in early May.", "2021-06-10") == []


def test_a_flight_someone_acts_to_prevent_or_deter_is_no_event() -> None:
    body = ("North Korean cooks work in Chinese hotels. While they work there, North Korean guards watch them day and "
            "night to stop them from escaping.")
    assert _rows(body, "2019-07-01") == []
    assert _rows("North Korean loggers toil in Siberia. Minders work hard to prevent them from fleeing their camps.",
                 "2019-07-01") == []
    [row] = _rows("Despite efforts to deter them, 12 North Korean soldiers fled across the border in May.", "2019-07-01")
    assert row.count == 12


def test_a_subheading_in_title_case_is_no_event_of_its_own() -> None:
    body = ("Two Soldiers Flee Across the Border in the East\n\nTwo North Korean soldiers crossed the border into "
            "South Korea on Monday, the army said.")
    rows = _rows(body, "2019-07-02")
    assert [r.evidence[:20] for r in rows] == ["Two North Korean sol"]


def test_speculation_about_someones_fate_does_not_hedge_what_is_told_of_them() -> None:
    """"speculation about the fate of a trade official who vanished in
    March": the vanishing is told as fact; "speculation that he defected"
    still hedges."""
    [row] = _rows("There is growing speculation about the fate of a North Korean trade official posted in Poland who "
                  "vanished in March.", "2020-05-06")
    assert (row.actor, row.status, row.date) == ("North Korean trade official posted in Poland", "attempted", "2020-03")
    assert _rows("There is growing speculation that a North Korean trade official posted in Poland defected in March.",
                 "2020-05-06") == []


def test_a_group_that_arrived_last_week_is_no_months_figure() -> None:
    """"Twelve defectors reached Busan last week": "last week" may resolve
    to a month, but a week's arrival is one group's journey; a count for a
    month ("last month", "in March") is still a figure."""
    [row] = _rows("Officials say that twelve North Korean defectors reached Busan last week.", "2021-07-05")
    assert (row.status, row.count) == ("defected", 12)
    [row] = _rows("Twelve North Korean defectors arrived in Busan three days ago, officials said.", "2021-07-05")
    assert (row.status, row.date) == ("defected", "2021-07-02")
    [row] = _rows("Some 120 defectors arrived in the South last month, the ministry said.", "2021-07-05")
    assert (row.status, row.date) == ("reported_count", "2021-06")


def test_what_a_sign_could_mean_is_no_event() -> None:
    """"believing the flag could signal that the crew wished to defect": a
    guess at what a sign means tells no wish; said outright, it does."""
    assert _rows("Officials thought the white flag could signal that the crew wished to defect.", "2021-07-05") == []
    assert _rows("Believing the flag might mean that the sailors wanted to defect, the navy towed the boat to port.",
                 "2021-07-05") == []
    [row] = _rows("The navy said the sailors wished to defect.", "2021-07-05")
    assert row.actor == "sailors"
