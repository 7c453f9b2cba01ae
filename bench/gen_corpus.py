#!/usr/bin/python3
"""Writes a synthetic corpus of diplomatic news stories as JSON Lines.

The stories come from this file's own templates: many pairs of states, invented
officials, dates in many forms, cooperative and conflictual sentences, and long
and short stories. Some have agency datelines and credits. The output depends
only on --seed and --mb, so two runs with the same arguments write the same bytes.

usage: gen_corpus.py --mb 100 [--seed 1] [--out corpus.jsonl]
"""

import argparse
import json
import random
import sys

STATES = [
    # name, adjective, capital, leader title
    ("China", "Chinese", "Beijing", "President"),
    ("Viet Nam", "Vietnamese", "Hà Nội", "President"),
    ("Vietnam", "Vietnamese", "Hanoi", "Prime Minister"),
    ("the Philippines", "Philippine", "Manila", "President"),
    ("Japan", "Japanese", "Tokyo", "Prime Minister"),
    ("South Korea", "South Korean", "Seoul", "President"),
    ("North Korea", "North Korean", "Pyongyang", "leader"),
    ("the United States", "US", "Washington", "President"),
    ("Russia", "Russian", "Moscow", "President"),
    ("India", "Indian", "New Delhi", "Prime Minister"),
    ("Indonesia", "Indonesian", "Jakarta", "President"),
    ("Malaysia", "Malaysian", "Kuala Lumpur", "Prime Minister"),
    ("Thailand", "Thai", "Bangkok", "Prime Minister"),
    ("Cambodia", "Cambodian", "Phnom Penh", "Prime Minister"),
    ("Laos", "Lao", "Vientiane", "President"),
    ("Singapore", "Singaporean", "Singapore", "Prime Minister"),
    ("Australia", "Australian", "Canberra", "Prime Minister"),
    ("New Zealand", "New Zealand", "Wellington", "Prime Minister"),
    ("Pakistan", "Pakistani", "Islamabad", "Prime Minister"),
    ("Bangladesh", "Bangladeshi", "Dhaka", "Prime Minister"),
    ("Iran", "Iranian", "Tehran", "President"),
    ("Türkiye", "Turkish", "Ankara", "President"),
    ("Egypt", "Egyptian", "Cairo", "President"),
    ("Ethiopia", "Ethiopian", "Addis Ababa", "Prime Minister"),
    ("Kenya", "Kenyan", "Nairobi", "President"),
    ("Nigeria", "Nigerian", "Abuja", "President"),
    ("Brazil", "Brazilian", "Brasília", "President"),
    ("Argentina", "Argentine", "Buenos Aires", "President"),
    ("Mexico", "Mexican", "Mexico City", "President"),
    ("Canada", "Canadian", "Ottawa", "Prime Minister"),
    ("Germany", "German", "Berlin", "Chancellor"),
    ("France", "French", "Paris", "President"),
    ("Poland", "Polish", "Warsaw", "President"),
    ("Ukraine", "Ukrainian", "Kyiv", "President"),
    ("Nepal", "Nepali", "Kathmandu", "Prime Minister"),
    ("Sri Lanka", "Sri Lankan", "Colombo", "President"),
]

GIVEN = ["Anh", "Minh", "Wei", "Hiroshi", "Ji-woo", "Arjun", "Siti", "Somchai", "Olga", "Amara", "Lucas", "Sofia",
         "Tomasz", "Chinedu", "Farah", "Kenji", "Lan", "Đức", "Ngọc", "Rahul", "Mei", "Carlos", "Aylin", "Tariq"]
FAMILY = ["Nguyễn", "Trần", "Zhang", "Tanaka", "Kim", "Sharma", "Rahman", "Wongsakul", "Petrova", "Okafor",
          "Silva", "García", "Nowak", "Mensah", "Haddad", "Yamamoto", "Phạm", "Lê", "Gupta", "Chen", "Lopez",
          "Demir", "Hossain", "Haile"]
OFFICES = ["Foreign Minister", "Deputy Foreign Minister", "Defence Minister", "Trade Minister", "Ambassador",
           "Vice President", "National Security Adviser", "Deputy Prime Minister", "Minister of Public Security",
           "Gen."]
AGENCIES = [("Xinhua", None), ("VNA", "VNA/VNS"), ("PNA", None), ("Reuters", None), ("AP", None), ("Kyodo", None),
            ("Antara", None), ("Bernama", None), ("PTI", None), ("TASS", None), ("Yonhap", None), ("AFP", None)]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONTH_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TOPICS = ["maritime security", "trade and investment", "the South China Sea", "energy cooperation",
          "fisheries", "border demarcation", "climate finance", "supply chains", "counter-terrorism",
          "education exchanges", "rice exports", "digital transformation", "nuclear safety", "migrant workers"]

COOPERATIVE = [
    "{A} and {B} signed an agreement on {topic} {when}.",
    "{a_person} held talks with {b_person} in {place} {when}, and both sides agreed to deepen cooperation on {topic}.",
    "{A}'s {a_office} received the visiting {b_adj} delegation {when}, praising the progress in {topic}.",
    "{A} will provide {n} million US dollars in aid to {B} for {topic}, the ministry announced {when}.",
    "The {a_adj} leader congratulated his {b_adj} counterpart {when} on the anniversary of diplomatic ties.",
    "{A} sent a message of condolence to {B} {when} after deadly floods hit the country.",
    "{a_person} expressed support for {B}'s proposal on {topic} during a phone call {when}.",
    "{A} and {B} agreed {when} to hold the next round of talks on {topic} in {place}.",
    "The {a_adj} and {b_adj} navies held joint exercises near {place} from {span}.",
    "{A} thanked {B} {when} for its help in {topic}.",
    "{a_person} invited {b_person} to visit {a_capital} next year, and the invitation was accepted.",
    "{A} and {B} upgraded their ties to a comprehensive strategic partnership {when}.",
]
CONFLICTUAL = [
    "{A} lodged a diplomatic protest with {B} {when} over an incident near {place}.",
    "The {a_adj} foreign ministry summoned {B}'s ambassador {when} to protest against {topic} measures.",
    "{A} accused {B} {when} of violating its airspace {n} times this month.",
    "{A} imposed sanctions {when} on {n} {b_adj} companies it accused of evading export controls.",
    "{a_person} criticised {B} {when} for what he called provocative actions around {place}.",
    "{A} expelled two {b_adj} diplomats {when}, accusing them of espionage.",
    "A {b_adj} coast guard vessel fired a water cannon at a {a_adj} supply boat near {place} {when}.",
    "{A} rejected {B}'s claims over {place} as baseless {when}.",
    "{A} threatened to suspend talks on {topic} with {B} {when} unless the detained crew were released.",
    "{A} recalled its ambassador to {B} for consultations {when}.",
    "{A} condemned {B}'s missile launch {when} and demanded an end to the tests.",
    "{A} and {B} traded accusations {when} after a clash on the border.",
]
NEUTRAL = [
    "Officials said the talks lasted more than three hours.",
    "No further details were given.",
    "The two countries established diplomatic relations in {year0}.",
    "Trade between the two countries reached {n} billion US dollars last year, up {pct} per cent.",
    "The U.S. State Department said it was following the situation closely.",
    "Analysts said the move was likely to strain relations further.",
    "The ministry's spokesperson told a regular press briefing in {a_capital} that the position was consistent.",
    "Dr. {given} {family}, a researcher at a university in {b_capital}, said both sides wanted stability.",
    "The U.N. Secretary-General called on all parties to exercise restraint.",
    "The meeting took place at No. {n} Harbour Road, the ministry's guest house.",
]


def date_phrase(rng, year, month, day):
    """A date written as news copy writes it, with the weekday when it fits."""
    form = rng.randrange(9)
    if form == 0:
        return "on " + rng.choice(WEEKDAYS)
    if form == 1:
        return "on %s %d" % (MONTHS[month - 1], day)
    if form == 2:
        return "on %s %d, %d" % (MONTH_ABBR[month - 1], day, year)
    if form == 3:
        return "on %d %s" % (day, MONTHS[month - 1])
    if form == 4:
        return "last week"
    if form == 5:
        return "on %s, %s %d" % (rng.choice(WEEKDAYS), MONTH_ABBR[month - 1], day)
    if form == 6:
        return "earlier this month"
    if form == 7:
        return "in %s %d" % (MONTHS[month - 1], year)
    return "yesterday"


def person(rng, state):
    office = rng.choice(OFFICES)
    return "%s %s %s %s" % (state[1], office, rng.choice(GIVEN), rng.choice(FAMILY)), office


def story(rng, n, per_day=0):
    a, b = rng.sample(STATES, 2)
    year = rng.randint(2023, 2025)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    if per_day:
        # A feed in date order, per_day stories a day from 2023-01-01 (months
        # of 28 days keep every date valid); the draws above still happen so
        # that the rest of the story is the same as in random order.
        d = (n - 1) // per_day
        year, month, day = 2023 + d // (12 * 28), d // 28 % 12 + 1, d % 28 + 1
    a_person, a_office = person(rng, a)
    b_person, _ = person(rng, b)
    lead_conflict = rng.random() < 0.4
    sentences = []
    length = rng.choice([2, 3, 4, 6, 8, 12, 20, 35])
    for i in range(length):
        r = rng.random()
        if i == 0:
            pool = CONFLICTUAL if lead_conflict else COOPERATIVE
        elif r < 0.35:
            pool = COOPERATIVE
        elif r < 0.6:
            pool = CONFLICTUAL
        else:
            pool = NEUTRAL
        x, y = (a, b) if rng.random() < 0.7 else (b, a)
        fields = {
            "A": x[0][0].upper() + x[0][1:], "B": y[0], "a_adj": x[1], "b_adj": y[1],
            "a_capital": x[2], "b_capital": y[2], "place": rng.choice([x[2], y[2], "the disputed shoal", "Đà Nẵng"]),
            "a_person": a_person if x is a else b_person, "b_person": b_person if x is a else a_person,
            "a_office": a_office, "topic": rng.choice(TOPICS), "when": date_phrase(rng, year, month, day),
            "n": rng.randint(2, 900), "pct": rng.randint(1, 40), "year0": rng.randint(1950, 1995),
            "span": "%s %d-%d" % (MONTHS[month - 1], day, day + rng.randint(1, 3)),
            "given": rng.choice(GIVEN), "family": rng.choice(FAMILY),
        }
        sentences.append(rng.choice(pool).format(**fields))
    paragraphs = []
    while sentences:
        k = rng.randint(1, 3)
        paragraphs.append(" ".join(sentences[:k]))
        sentences = sentences[k:]

    agency, credit = rng.choice(AGENCIES)
    head = rng.random()
    capital = a[2].upper()
    if head < 0.3:
        paragraphs[0] = "%s, %s %d (%s) — %s" % (capital, MONTH_ABBR[month - 1], day, agency, paragraphs[0])
    elif head < 0.45:
        paragraphs[0] = "%s — %s" % (capital, paragraphs[0])
    elif head < 0.55:
        paragraphs[0] = "%s | %s | %s" % (capital, agency, paragraphs[0])
    if credit and rng.random() < 0.5:
        paragraphs[-1] += " — " + credit
    text = "\n\n".join(paragraphs)

    doc = {"id": "gen-%07d" % n, "title": "%s and %s: %s" % (a[0], b[0], rng.choice(TOPICS)), "text": text}
    if rng.random() < 0.8:
        doc["published"] = "%04d-%02d-%02d" % (year, month, min(day + 1, 28))
    elif rng.random() < 0.5:
        doc["published"] = "%04d-%02d-%02dT%02d:%02d:00+07:00" % (year, month, day, rng.randint(0, 23),
                                                                 rng.randint(0, 59))
    if rng.random() < 0.5:
        doc["source"] = agency
        doc["url"] = "https://wire.example/%d/%02d/%s" % (year, month, doc["id"])
    if rng.random() < 0.2:
        doc["section"] = rng.choice(["Asia", "World", "Politics"])
    return doc


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, required=True, help="megabytes (2^20 bytes) to write")
    parser.add_argument("--seed", type=int, default=1, help="random seed; equal seeds give equal output")
    parser.add_argument("--out", default="-", help="output file, - for stdout")
    parser.add_argument("--per-day", type=int, default=0,
                        help="stories per day in date order, as a feed arrives (default: dates in random order)")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    limit = int(args.mb * (1 << 20))
    out = sys.stdout.buffer if args.out == "-" else open(args.out, "wb")
    written = 0
    n = 0
    while written < limit:
        n += 1
        line = (json.dumps(story(rng, n, args.per_day), ensure_ascii=False) + "\n").encode("utf-8")
        out.write(line)
        written += len(line)
    if out is not sys.stdout.buffer:
        out.close()
    print("gen_corpus: %d stories, %.1f MB" % (n, written / (1 << 20)), file=sys.stderr)


if __name__ == "__main__":
    main()
