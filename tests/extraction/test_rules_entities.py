"""Rules about what a name is (a person, an organisation, a place), each
on invented sentences (see test_rules.py)."""

from __future__ import annotations

from defect_tui.index.models import Article

from .test_rules import EX


def _labels(body: str) -> dict[str, str]:
    return {sp.text: sp.label for sp in EX.entities_only(body)}


def test_a_name_described_as_a_site_is_an_organisation() -> None:
    got = _labels("Six cooks from Pak Song Ok, a state-run restaurant in Bishkek, went missing in May.")
    assert got.get("Pak Song Ok") == "ORG"
    assert got.get("Bishkek") == "LOCATION"
    # a person described by his work at a site, or by a post at one, stays a person
    got = _labels("Kim Ok-sun, a worker at the factory, left in May. Ri Chol, the hotel manager, left too.")
    assert (got.get("Kim Ok-sun"), got.get("Ri Chol")) == ("PERSON", "PERSON")


def test_a_listed_place_is_never_a_person_of_the_same_words() -> None:
    # ("Hong" is a Korean surname, and a name before a verb reads like a person's)
    for text in ("A banker whom the party had sent to Hong Kong asked Seoul for help.",
                 "The man who reached Hong Kong told reporters he fled."):
        assert _labels(text).get("Hong Kong") == "LOCATION", text
    assert _labels("Hong Kil-dong said he fled.").get("Hong Kil-dong") == "PERSON"


def test_a_title_word_that_ends_a_name_is_its_surname() -> None:
    got = _labels("Officials said Bernard King, a sailor, went missing. Private 2nd Class Lena Bishop crossed the line.")
    assert (got.get("Bernard King"), got.get("Lena Bishop")) == ("PERSON", "PERSON")
    # before a name it is still a title
    assert _labels("King Abdullah met the envoy.").get("Abdullah") == "PERSON"


def test_a_name_that_opens_a_line_is_read_whatever_ends_the_line_before() -> None:
    body = "Updated May 3, 2021 at 10:15 AM ET\n\nOrlando Pike, a 30-year-old American, crossed the border."
    assert _labels(body).get("Orlando Pike") == "PERSON"


def test_a_given_name_of_two_syllables_written_as_one_word_where_a_name_is_expected() -> None:
    from .test_rules_numbers import _spans
    assert _spans("Jang Eunhye (a pseudonym) works in Busan. Choi Minsu, 31, fled in 2015.", "PERSON") == [
        "Jang Eunhye", "Choi Minsu"]
    # named as such ("took the name", "known as"): the name taken is the one the article goes on to use
    from .test_rules import _rows
    body = ("Ryu Kyong-ae took the name Song Mirae when she escaped North Korea in March 2011. "
            "Song Mirae later opened a bakery in Incheon after she settled in the South in 2012.")
    assert "Song Mirae" in _spans(body, "PERSON")
    assert [(r.actor_name, r.date) for r in _rows(body, "2016-01-01")][:1] == [("Song Mirae", "2011-03")]


def test_a_joined_given_name_before_a_surname_is_a_person_in_western_order() -> None:
    from .test_rules_numbers import _spans
    from .test_rules import _rows
    body = ("Sooyeon Kang was raised in a mining town near the border. One spring night in 2004, she waded "
            "across the Tumen River. Once Kang reached Seoul she studied law. Whether Kim will follow is unclear.")
    assert _spans(body, "PERSON")[:1] == ["Sooyeon Kang"]
    assert "Once Kang" not in _spans(body, "PERSON") and "Whether Kim" not in _spans(body, "PERSON")
    assert ("Sooyeon Kang", "2004") in {(r.actor, r.date) for r in _rows(body, "2010-01-01")}
    assert _spans("Inspectors closed Hanbit No. 1 after a leak, the operator said.", "PERSON") == []


def test_a_number_before_north_korean_is_no_website() -> None:
    from .test_rules import _rows
    from .test_rules_numbers import _spans
    assert "38 North" not in _spans("Officials said 38 North Korean defectors arrived in March.", "ORG")
    assert "38 North" in _spans("Analysts at 38 North said the site was active.", "ORG")
    [row] = _rows("A total of 38 North Korean defectors reached South Korea in the first quarter.", "2025-04-12")
    assert (row.status, row.count) == ("reported_count", 38)


def test_a_full_name_given_to_someone_described_is_a_person_whatever_its_language() -> None:
    from .test_rules_numbers import _spans
    assert _spans("Tokyo named the woman as Emiko Sawanobori, 41. Officials named the ship as Ocean Star.", "PERSON") == [
        "Emiko Sawanobori"]


def test_official_is_a_role_where_it_is_a_noun_not_where_it_is_an_adjective() -> None:
    assert _labels("The move, an official added, was approved by the cabinet.").get("official") == "ROLE"
    assert _labels("She is the most senior official ever to leave the ministry.").get("official") == "ROLE"
    assert "official" not in _labels("The official figures will be released next week.")


def test_south_korean_before_a_ministry_only_describes_it() -> None:
    got = _labels("The South Korean Defense Ministry said the man was questioned.")
    assert got.get("Defense Ministry") == "ORG" and "South Korean Defense Ministry" not in got
    assert _labels("He spoke on South Korean TV last week.").get("South Korean TV") is None
    # a party keeps it
    assert _labels("He was a secretary of the North Korean Workers Party.").get("North Korean Workers Party") == "ORG"


def test_a_region_opens_a_title_whatever_its_case() -> None:
    got = _labels("Maria Lopez, deputy Asia director at the group, said the women were held.")
    assert got.get("deputy Asia director") == "ROLE" and "Asia" not in got
    assert _labels("The group's Asia-Pacific director spoke.").get("Asia-Pacific director") == "ROLE"


def test_a_surname_given_alone_or_written_last_is_a_person_where_it_recurs() -> None:
    got = _labels("The man gave his name as Choi and said he walked for five days.")
    assert got.get("Choi") == "PERSON"
    got = _labels("A refugee using the pseudonym Han Sol Kim spoke to us. \"I will go back,\" Kim said.")
    assert (got.get("Han Sol Kim"), got.get("Kim")) == ("PERSON", "PERSON")


def test_a_party_of_a_country_is_one_organisation() -> None:
    got = _labels("Lee of the Justice Party of Korea spoke after the Workers' Party of Korea met.")
    assert got.get("Justice Party of Korea") == "ORG" and "Korea" not in got


def test_the_spellings_of_south_east_asia_are_one_place() -> None:
    for text in ("They crossed Laos into south-east Asia.", "They crossed Laos into South East Asia."):
        assert [(k, v) for k, v in _labels(text).items() if v == "LOCATION"][-1][0].lower().replace("-", " ") == "south east asia"


def test_a_currency_is_no_place() -> None:
    got = _labels("Each paid a broker some US$3,000 before reaching the US.")
    assert list(got.items()).count(("US", "LOCATION")) == 1 and got.get("US") == "LOCATION"
    assert [sp.text for sp in EX.entities_only("Each paid a broker some US$3,000.") if sp.label == "LOCATION"] == []


def test_a_post_in_a_byline_is_no_person() -> None:
    got = _labels("By PARK MIN-SOO, UPI Correspondent\n\nSEOUL, May 3 (UPI) -- Two soldiers crossed the border.")
    assert got.get("PARK MIN-SOO") == "PERSON" and "UPI Correspondent" not in got
    assert _labels("By Staff Reporter\n\nTwo soldiers crossed the border.").get("Staff Reporter") != "PERSON"


def test_outlets_by_their_short_names_are_organisations() -> None:
    got = _labels("The Yomiuri reported the landing; Newsis and the Chosun daily said two men were aboard.")
    assert (got.get("Yomiuri"), got.get("Newsis"), got.get("Chosun")) == ("ORG", "ORG", "ORG")


def test_a_nations_initials_open_its_bodys_name_and_lower_case_ministries_count() -> None:
    got = _labels("He deserted from the U.S. Army; the U.N. Refugee Council and the trade ministry said so.")
    assert (got.get("U.S. Army"), got.get("U.N. Refugee Council"), got.get("trade ministry")) == ("ORG", "ORG", "ORG")


def test_occupations_of_the_real_reports_are_roles_and_a_spy_agency_is_no_spy() -> None:
    got = _labels("A former surgeon and the guides were questioned by interrogators, the skipper said.")
    assert all(got.get(w) == "ROLE" for w in ("surgeon", "guides", "interrogators", "skipper")), got
    got = _labels("The spy bureau said the spies were caught.")
    assert got.get("spies") == "ROLE" and "spy" not in got


def test_un_bodies_written_in_lower_case_are_organisations() -> None:
    got = _labels("The UN refugee agency said the U.N. human rights office had written to Laos.")
    assert (got.get("UN refugee agency"), got.get("U.N. human rights office")) == ("ORG", "ORG")


def test_an_outlet_that_points_out_or_notes_is_an_organisation() -> None:
    assert _labels("But, as the Courier points out, there have been other crossings.").get("Courier") == "ORG"


def test_the_names_of_a_wire_reports_credits_are_people() -> None:
    got = _labels("The boat was towed to port.\n(Reporting by Minseo Park and Tarik Oduya; Editing by Bernd Lohmann)")
    assert (got.get("Minseo Park"), got.get("Tarik Oduya"), got.get("Bernd Lohmann")) == ("PERSON",) * 3
    # an outlet credited is no person
    assert _labels("Compiled by Yonhap News Agency staff.").get("Yonhap News Agency") != "PERSON"


def test_an_age_between_commas_after_two_capitalised_words_makes_them_a_name() -> None:
    assert _labels("Officials let Tam Vorin, 31, board a flight to Seoul.").get("Tam Vorin") == "PERSON"
    # a place with a number after it is still a place
    assert _labels("The group reached Hong Kong, 14, 15 and 16 of them by boat.").get("Hong Kong") == "LOCATION"


def test_more_given_names_title_words_and_the_surname_so() -> None:
    got = _labels("Envoy So Kwang Il was expelled. Spokesperson Wen Dalin said so. "
                  "The talks were led by Francis Ubaldo and Joyce Harlan.")
    assert (got.get("So Kwang Il"), got.get("Wen Dalin"), got.get("Francis Ubaldo"), got.get("Joyce Harlan")) == ("PERSON",) * 4


def test_a_family_name_used_alone_again_and_again_for_someone_described_is_a_person() -> None:
    body = ("On a cold night in March, Pak loaded his family onto a small boat and sailed away from North Korea. "
            "Pak, a 40-year-old fisherman who asked to be named only by his surname, had tried twice before. "
            "According to Pak, his children helped.")
    assert [sp.text for sp in EX.entities_only(body) if sp.label == "PERSON"] == ["Pak", "Pak", "Pak"]
    # the rulers' family name alone, never described, is the ruler's, not a new person
    body = "Kim said the South was the main enemy. Kim said so again on Tuesday, officials noted."
    assert [sp.text for sp in EX.entities_only(body) if sp.label == "PERSON"] == []


def test_the_coast_guard_is_no_guard() -> None:
    """"the coast guard said": the service, not a guard's occupation; a
    border guard still is one."""
    got = _labels("The coast guard said a border guard had swum across the river.")
    assert "guard" not in got
    assert got.get("border guard") == "ROLE"


def test_a_hyphened_korean_given_name_alone_is_a_person() -> None:
    # features name defectors by the given name alone ("Su-jin, 34, ...")
    got = _labels("Su-jin, a former nurse, lives in Incheon. Later Jae-won joined a church choir.")
    assert got.get("Su-jin") == "PERSON"
    # a district ("Seo-gu") and the end of a longer name are not
    got = _labels("The office in Seo-gu was closed. Lawmaker You Min-sok left the party.")
    assert "Seo-gu" not in got and "Min-sok" not in got
    # and once the full name was given, the given name alone stands for it
    spans = {sp.text: sp for sp in EX.entities_only("Pak Hye-son spoke first. Hye-son crossed the river in 2009.")}
    assert spans["Hye-son"].canonical == "Pak Hye-son"


def test_a_korean_given_name_ending_in_ah_or_oh_is_a_name() -> None:
    ents = {(e.label, e.text) for e in EX.extract(Article(id="x", path="x.txt", title="North Korea",
            body="Kim Soo-ah fled North Korea in 2009 and Lee Jae Oh met her in Seoul.", date="2014-10-17",
            date_precision="day")).entities}
    assert ("PERSON", "Kim Soo-ah") in ents and ("PERSON", "Lee Jae Oh") in ents


def test_a_capitalised_pair_after_the_is_no_person() -> None:
    """"past the Naked Cowboy, the Elmos": a name-like pair after "the",
    followed by a comma, is a thing or a nickname; a person named so in
    context ("Kim Ryong, a driver") still is one."""
    from .test_rules_numbers import _spans
    assert _spans("We walked past the Golden Dragon, the noodle bar and the bus stop near Yanji.", "PERSON") == []
    assert _spans("Near Yanji we met Ryu Sol, a driver, and the broker.", "PERSON") == ["Ryu Sol"]



def test_a_body_named_with_a_list_a_possessive_or_state_keeps_its_whole_name() -> None:
    found = _labels("The Ministry of Fisheries, Forests and Rivers said so. Kang worked at the State Institute of "
                    "Metallurgy. The Ministry of People's Armed Forces denied it. The Ministry of Unification, Seoul "
                    "and Busan all said so.")
    assert found["Ministry of Fisheries, Forests and Rivers"] == "ORG"
    assert found["State Institute of Metallurgy"] == "ORG"
    assert found["Ministry of People's Armed Forces"] == "ORG"
    # a list of places after a name is no part of it
    assert (found["Ministry of Unification"], found["Seoul"], found["Busan"]) == ("ORG", "LOCATION", "LOCATION")


def test_a_korean_name_in_western_order_with_its_syllables_apart_is_one_person() -> None:
    found = _labels("The pianist Cheol Woong Kim left in 2001. Kyu Li Kim swam the Tumen in 1997. Kim Jong Un spoke.")
    assert found.get("Cheol Woong Kim") == "PERSON" and "Woong Kim" not in found
    assert found.get("Kyu Li Kim") == "PERSON"
    assert found.get("Kim Jong Un") == "PERSON"  # (the surname first, as before)


def test_a_company_keeps_its_legal_form_in_its_name() -> None:
    got = _labels("Daewon Shipping Co. and Pyongan Textiles Corp. lost their licences, Hanbit Steel AG said.")
    assert got.get("Daewon Shipping Co.") == "ORG"
    assert got.get("Pyongan Textiles Corp.") == "ORG"
    assert got.get("Hanbit Steel AG") == "ORG"
    got = _labels("Orion Batteries Co., Ltd. said on Friday that it supplies Nambu Motor Co. with cells.")
    assert got.get("Orion Batteries Co., Ltd.") == "ORG"
    assert got.get("Nambu Motor Co.") == "ORG"
    # a capitalised word after a name is no legal form ("Co" alone, a person's name)
    got = _labels("Officials of the Unification Ministry Colin Park met the envoy.")
    assert not any(t.startswith("Unification Ministry C") for t in got)


def test_a_place_with_its_feature_word_in_lower_case_is_one_place() -> None:
    """"came ashore on Sohwa island": papers often write the feature word
    in lower case; the place is the name with it, as with "Sohwa Island"."""
    assert _labels("The boat came ashore on Sohwa island, near the sea border.").get("Sohwa island") == "LOCATION"
    assert _labels("They waded across the Onsong river at night.").get("Onsong river") == "LOCATION"
    # a feature word with no name before it is no place
    assert "island" not in _labels("They reached an island off the coast.")


def test_new_opens_the_name_of_a_party() -> None:
    got = _labels("Two lawmakers left to join the New Unity Party last week.")
    assert got.get("New Unity Party") == "ORG"
    # (a name of a body with a place of its own keeps the "New" too)
    assert _labels("She joined the New Unity Party of Korea.").get("New Unity Party of Korea") == "ORG"


def test_an_airport_named_by_three_words() -> None:
    got = _labels("The nine were put on a flight at Tan Binh International Airport on Sunday.")
    assert got.get("Tan Binh International Airport") == "LOCATION"


def test_tens_and_units_written_apart_are_one_number() -> None:
    got = _labels("Police said thirty four North Koreans had been held.")
    assert got.get("thirty four North Koreans") == "NUMBER"


def test_a_feature_of_a_feature_is_one_place() -> None:
    got = _labels("Marines watched the Imjin River Estuary from a hill.")
    assert got.get("Imjin River Estuary") == "LOCATION" and "Imjin River" not in got
    got = _labels("He was found on Jumunjin Beach, near the Odusan Unification Observatory.")
    assert got.get("Jumunjin Beach") == "LOCATION"
    assert got.get("Odusan Unification Observatory") == "LOCATION"
    assert _labels("They crossed the river estuary at night.") == {}


def test_a_hyphenated_rank_is_a_role_before_the_name() -> None:
    got = _labels("The camp's commander, Major-General Anan Sornkit, said the men would be deported.")
    assert got.get("Anan Sornkit") == "PERSON"
    assert got.get("Major-General") == "ROLE"


def test_a_surname_and_one_syllable_written_twice_is_a_person() -> None:
    """"Sun Ok worked in a mine. ... Sun Ok now lives in Busan": a short
    name with nothing beside it to say it is one, written more than once;
    once, it is not read as a name."""
    got = _labels("Sun Ok worked in a coal mine until 2005. After her father died, Sun Ok left for Yanji.")
    assert got.get("Sun Ok") == "PERSON"
    assert "Sun Ok" not in _labels("Sun Ok worked in a coal mine until 2005.")


def test_a_surname_and_a_joined_given_name_as_a_subject_is_a_person() -> None:
    """"Rim Sunhee fled in 2008": two syllables written as one word, the
    subject of a verb; not a word that merely looks like syllables."""
    assert [sp.text for sp in EX.entities_only("Rim Sunhee fled in 2008 with her son.") if sp.label == "PERSON"] == ["Rim Sunhee"]
    assert [sp.text for sp in EX.entities_only("Lee Hyundai is a car maker.") if sp.label == "PERSON"] == []


def test_a_surname_with_an_age_after_it_is_a_person() -> None:
    """"Song, 31, crossed in 2012": a family name the article gives with the
    person's age is a person, wherever it recurs."""
    spans = [sp.text for sp in EX.entities_only("Song, 31, crossed the river in 2012. Song now lives in Busan.") if sp.label == "PERSON"]
    assert spans == ["Song", "Song"]


def test_refugee_aid_groups_security_organs_and_parties_are_organisations() -> None:
    # (invented: groups that help defectors, the North's police, a South Korean party, a carmaker's unit)
    labels = _labels("Life Funds for North Korean Refugees and Caleb Mission said SSD agents had caught the family; "
                     "NPAD lawmakers asked GM Korea to comment.")
    assert [w for w, lab in labels.items() if lab == "ORG"] == [
        "Life Funds for North Korean Refugees", "Caleb Mission", "SSD", "NPAD", "GM Korea"]


def test_news_outlets_and_company_names_with_an_industry_head_are_organisations() -> None:
    # (invented: outlets cited for a report, and a conglomerate's units named by their industry)
    labels = _labels("Le Monde and the Bangkok Post cited Jiji Press, while Kukmin Ilbo said Doosan Construction "
                     "and Hanwha Shipbuilding had hired defectors.")
    assert [w for w, lab in labels.items() if lab == "ORG"] == [
        "Le Monde", "Bangkok Post", "Jiji Press", "Kukmin Ilbo", "Doosan Construction", "Hanwha Shipbuilding"]
