"""Sides named only in a later sentence of the event."""


def test_a_later_sentence_names_the_sides_the_lead_left_open(run):
    _, ms = run("The toll from Sunday's fighting in Baaj has risen to nine, a tribal leader said "
                "on Monday. He said Islamic State militants arrived from the desert and engaged "
                "soldiers near the village for two hours.", country="Iraq")
    assert len(ms) == 1
    assert ms[0].actor1 == "Islamic State"
    assert ms[0].actor2 == "Military Forces of Iraq"
    assert ms[0].type_of_violence == 1


def test_a_description_does_not_name_the_sides(run):
    _, ms = run("The toll from Sunday's fighting in Baaj has risen to nine, a tribal leader said "
                "on Monday. Islamic State militants are active across the desert west of Mosul.",
                country="Iraq")
    assert ms[0].actor1 != "Islamic State"


def test_a_named_perpetrator_of_the_lead_is_kept(run):
    _, ms = run("Kurdish Peshmerga forces clashed with gunmen near Makhmour on Monday, killing "
                "four. Officials said Islamic State fighters later shelled the town.",
                country="Iraq")
    assert "Peshmerga" in ms[0].actor1 or "Kurdistan" in ms[0].actor1
