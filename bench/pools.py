"""Fixed pools the corpus generator draws from, and the benchmark's queries
are built from. Changing anything here changes the corpora: bump
`generate.GENERATOR_VERSION` so that cached corpora under bench/out/ are
regenerated."""

from __future__ import annotations

import random
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

# Words of the general vocabulary that would read as incident predicates
# ("were arrested", "ran across", "was reported") if they fell next to each
# other by chance; incidents must come only from the incident templates.
_EVENT_WORDS = {
    "arrested", "detained", "seized", "stopped", "caught", "captured", "ran", "came", "entered",
    "reached", "reported", "fled", "escaped", "defected", "crossed", "arrived", "missing",
    "tried", "sought", "claimed", "requested", "disappeared", "vanished", "landed",
}


def general_words() -> list[str]:
    """The hand-written news vocabulary (most frequent first), then a
    deterministic tail of rare pseudo-words, so the term dictionary has the
    long tail of a real archive (~20,000 types)."""
    words: list[str] = []
    seen: set[str] = set()
    for line in (DATA / "words.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        for w in line.split():
            if w not in seen and w not in _EVENT_WORDS:
                seen.add(w)
                words.append(w)
    rng = random.Random(20240611)
    onsets = ["b", "br", "c", "ch", "cr", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "l", "m", "n",
              "p", "pl", "pr", "r", "s", "sh", "sl", "st", "t", "tr", "v", "w", "z"]
    vowels = ["a", "e", "i", "o", "u", "ai", "ea", "io", "ou"]
    codas = ["", "", "n", "r", "l", "s", "t", "nd", "rt", "st", "m", "ng"]
    suffixes = ["", "", "", "s", "ed", "ing", "ation", "ity", "al", "ment", "ness", "er"]
    while len(words) < 20000:
        w = "".join(rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas)
                    for _ in range(rng.choice((1, 2, 2, 2, 3)))) + rng.choice(suffixes)
        if w not in seen and len(w) > 3:
            seen.add(w)
            words.append(w)
    return words


# ------------------------------------------------------------------ people

KOREAN_SURNAMES = ["Kim", "Ri", "Pak", "Choe", "Jang", "Jo", "Han", "Kang", "Ryu", "Hwang", "Ko", "Ho",
                   "Yun", "So", "Thae", "Hyon", "Kye", "Ryom", "Chang", "Paek", "O", "Sin", "Mun", "Pyon"]
KOREAN_SURNAMES_SOUTH = ["Lee", "Park", "Choi", "Kim", "Jung", "Yoon", "Shin", "Cho", "Kwon", "Ahn",
                         "Song", "Hong", "Moon", "Yang", "Baek", "Nam", "Oh", "Seo", "Lim", "Ha"]
KOREAN_SYLLABLES = ["Song", "Il", "Chol", "Ho", "Yong", "Nam", "Myong", "Hyok", "Jin", "Su", "Gil",
                    "Hui", "Sun", "Ok", "Kwang", "Chun", "Min", "Jong", "Hak", "Guk", "Ryong", "Hae",
                    "Tae", "Un", "Sok", "Hwa", "Gwang", "Ju", "Yon", "Bok", "Dok", "Sam", "Hyon", "Man"]
OTHER_GIVEN = ["Toshimitsu", "Hiroshi", "Kenji", "Sergei", "Dmitry", "Andrei", "John", "David", "Michael",
               "Sarah", "Anna", "Robert", "Peter", "Elena", "Wei", "Zhang", "Victor", "Laura", "Thomas", "Maria"]
OTHER_FAMILY = ["Shigemura", "Tanaka", "Ivanov", "Petrov", "Smith", "Miller", "Brown", "Harris", "Novak",
                "Fischer", "Rossi", "Lankov", "Cha", "Wang", "Liu", "Morris", "Grant", "Baker", "Klein", "Sato"]


def people() -> list[str]:
    """~1,400 names: North Korean romanisations in both styles ("Kim Song-il",
    "Ri Chol Ho"), South Korean ones ("Lee Min-ho") and foreign names."""
    rng = random.Random(7)
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < 1000:
        sur = rng.choice(KOREAN_SURNAMES)
        a, b = rng.sample(KOREAN_SYLLABLES, 2)
        name = f"{sur} {a}-{b.lower()}" if rng.random() < 0.5 else f"{sur} {a} {b}"
        if name not in seen:
            seen.add(name)
            out.append(name)
    while len(out) < 1250:
        sur = rng.choice(KOREAN_SURNAMES_SOUTH)
        a, b = rng.sample(KOREAN_SYLLABLES, 2)
        name = f"{sur} {a}-{b.lower()}"
        if name not in seen:
            seen.add(name)
            out.append(name)
    while len(out) < 1400:
        name = f"{rng.choice(OTHER_GIVEN)} {rng.choice(OTHER_FAMILY)}"
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


# ------------------------------------------------------------------ organisations, places, roles

ORGS = ["NIS", "National Intelligence Service", "Ministry of Unification", "Unification Ministry",
        "Workers' Party", "Workers' Party of Korea", "Ministry of Foreign Affairs", "Foreign Ministry",
        "Joint Chiefs of Staff", "Ministry of National Defense", "Korean People's Army",
        "Ministry of State Security", "General Bureau of Reconnaissance", "Room 39",
        "Institute for National Security Strategy", "Korea Institute for National Unification",
        "National Assembly", "Korea Hana Foundation", "Database Center for North Korean Human Rights",
        "Citizens' Alliance for North Korean Human Rights", "United Nations", "UNHCR",
        "Korea Coast Guard", "Ministry of External Economic Relations", "Korea Trade Investment Promotion Agency",
        "State Security Department", "Central Committee", "Organization and Guidance Department",
        "People's Army Politburo", "Korea Central News Agency", "Rodong Sinmun", "Hanawon",
        "Kim Il Sung University", "Waseda University", "Seoul National University", "Stimson Center",
        "Human Rights Watch", "Amnesty International", "Korea Development Institute", "Sejong Institute"]

PLACES_ABROAD = ["Beijing", "Vladivostok", "Moscow", "Rome", "London", "Kuwait", "Shenyang", "Dandong",
                 "Yanji", "Hong Kong", "Bangkok", "Vientiane", "Ulaanbaatar", "Hanoi", "Kuala Lumpur",
                 "Phnom Penh", "Stockholm", "Berlin", "Geneva", "Prague", "Warsaw", "Sofia", "Bucharest",
                 "Cairo", "Tripoli", "Damascus", "Tehran", "Islamabad", "New Delhi", "Jakarta", "Singapore",
                 "Manila", "Dhaka", "Yangon", "Khabarovsk", "Nakhodka", "Minsk", "Havana", "Hanoi", "Lagos"]
PLACES_KOREA = ["Seoul", "Pyongyang", "Incheon", "Busan", "Kaesong", "Sinuiju", "Hyesan", "Chongjin",
                "Wonsan", "Hamhung", "Rason", "Nampo", "Panmunjom", "Paju", "Gimpo", "Goseong", "Cheorwon",
                "Yeonpyeong Island", "Baengnyeong Island", "Ganghwa Island"]
COUNTRIES = ["South Korea", "China", "Russia", "Japan", "the United States", "Thailand", "Laos",
             "Vietnam", "Mongolia", "Italy", "the United Kingdom", "Germany", "France", "Sweden",
             "Kuwait", "Qatar", "Malaysia", "Cambodia", "Myanmar", "Egypt", "Poland", "Czech Republic",
             "Bulgaria", "Switzerland", "Canada", "Australia", "Singapore", "Indonesia"]
# (adjective, capital) pairs for "the North Korean embassy in ..."
EMBASSY_CITIES = ["Rome", "London", "Beijing", "Moscow", "Kuwait", "Bangkok", "Vientiane", "Stockholm",
                  "Berlin", "Cairo", "Damascus", "Hanoi", "Kuala Lumpur", "Ulaanbaatar", "Prague", "Warsaw",
                  "Sofia", "Bucharest", "Tehran", "Islamabad", "New Delhi", "Jakarta", "Singapore", "Havana"]

ROLES = ["diplomat", "ambassador", "acting ambassador", "counselor", "first secretary", "third secretary",
         "trade official", "trade representative", "consul", "military officer", "soldier", "colonel",
         "lieutenant colonel", "security official", "intelligence officer", "party official",
         "senior official", "worker", "restaurant worker", "fisherman", "student", "engineer",
         "scientist", "businessman", "athlete", "border guard", "police officer", "doctor"]
ROLES_PLURAL = {"diplomat": "diplomats", "ambassador": "ambassadors", "acting ambassador": "acting ambassadors",
                "counselor": "counselors", "first secretary": "first secretaries",
                "third secretary": "third secretaries", "trade official": "trade officials",
                "trade representative": "trade representatives", "consul": "consuls",
                "military officer": "military officers", "soldier": "soldiers", "colonel": "colonels",
                "lieutenant colonel": "lieutenant colonels", "security official": "security officials",
                "intelligence officer": "intelligence officers", "party official": "party officials",
                "senior official": "senior officials", "worker": "workers",
                "restaurant worker": "restaurant workers", "fisherman": "fishermen", "student": "students",
                "engineer": "engineers", "scientist": "scientists", "businessman": "businessmen",
                "athlete": "athletes", "border guard": "border guards", "police officer": "police officers",
                "doctor": "doctors"}

# Outlets: name, e-mail domain, wire agency (for datelines) or "".
OUTLETS = [
    ("The Dong-A Ilbo", "donga.com", ""),
    ("The Chosun Ilbo", "chosun.com", ""),
    ("JoongAng Ilbo", "joongang.co.kr", ""),
    ("The Korea Herald", "koreaherald.com", ""),
    ("The Korea Times", "koreatimes.co.kr", ""),
    ("Yonhap News Agency", "yna.co.kr", "Yonhap"),
    ("NK News", "nknews.org", ""),
    ("Daily NK", "dailynk.com", ""),
    ("Radio Free Asia", "rfa.org", ""),
    ("Reuters", "reuters.com", "Reuters"),
    ("Associated Press", "apnews.com", "AP"),
    ("AFP", "afp.com", "AFP"),
    ("The Guardian", "theguardian.com", ""),
    ("International Business Times", "ibtimes.com", ""),
]
REPORTERS = ["Na-Ri Shin", "Kwan-Seok Jang", "Ji-Hoon Park", "Min-Ji Kim", "Sung-Ho Lee", "Hye-Jin Choi",
             "David Brown", "Laura Grant", "Peter Klein", "Anna Novak", "Soo-Yeon Kang", "Jae-Won Han",
             "Thomas Morris", "Elena Rossi", "Dong-Hyun Yoon", "Yu-Na Song"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MONTHS_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
               "Nov.", "Dec."]
NUMBER_WORDS = ["Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve"]
