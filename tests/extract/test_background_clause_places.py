"""A place in a background clause ("days after ... near X", "since the battle for X") is not
the event's place when the clause names one of its own; "the Syrian capital" is Damascus."""

from sitrep.extract import places


def _choose(text, names):
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    return places.choose(text, spans, 0, len(text))


def test_days_after_clause_is_context():
    t = ("Militants abducted 40 shepherds in Nineveh province on Monday, officials said, "
         "two days after a raid near Tal Afar.")
    pc = _choose(t, ["Nineveh province", "Tal Afar"])
    assert pc.text == "Nineveh province"
    assert "Tal Afar" in pc.context


def test_since_and_launchpad_and_advance():
    t = "Jets bombed a bakery in Binnish, the worst raid since the siege of Homs."
    assert _choose(t, ["Binnish", "Homs"]).text == "Binnish"
    t = "A mortar hit a school in Manbij as rebel units advanced towards Jarablus."
    assert _choose(t, ["Manbij", "Jarablus"]).text == "Manbij"
    t = "Drones struck a farm near Ariha that served as a launchpad for raids on Sarmin."
    assert _choose(t, ["Ariha", "Sarmin"]).text == "Ariha"


def test_no_own_place_keeps_background_place():
    t = "Gunmen killed four guards on Sunday, hours after clashes near Kafr Nabl."
    assert _choose(t, ["Kafr Nabl"]).text == "Kafr Nabl"
    # A country is no place of the clause's own either.
    t = "Syria army units lost 20 men as militants advanced on a hill in Palmyra."
    assert _choose(t, ["Syria", "Palmyra"]).text == "Palmyra"


def test_since_a_date_is_not_background():
    t = "Ninety fighters died since Friday in the northern province of Dohuk."
    assert _choose(t, ["Dohuk"]).text == "Dohuk"
    assert places.background_ranges(t, 0, len(t)) == []


def test_capital_phrases():
    assert places.capital_of("the Syrian capital") == "Damascus"
    assert places.capital_of("Iraq's capital") == "Baghdad"
    assert places.capital_of("the Lebanese capital") == "Beirut"
    assert places.capital_of("the capital") is None
    t = "A bomb went off in the Iraqi capital Monday; talks in the Kazakh capital Astana ended."
    spans = places.capital_spans(t)
    assert [t[a:b] for a, b in spans] == ["the Iraqi capital"]


def test_capital_phrase_in_extraction(run):
    _, events = run("A roadside bomb killed five people near the Syrian capital on Friday, "
                    "days after a car bomb in Aleppo.")
    assert events
    assert events[0].location_text == "Damascus"
    assert events[0].location_relation == "near"
    assert events[0].evidence["location"].text == "the Syrian capital"


def test_background_place_in_extraction(run):
    _, events = run("Insurgents seized 60 villagers in Kirkuk province on Tuesday, police said, "
                    "days after the group's last positions near Hawija were overrun.")
    assert events
    assert events[0].location_text.startswith("Kirkuk")
    assert "Hawija" in events[0].location_context
