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


def test_the_group_refers_back_to_the_group_named_acting_before(run):
    _, ms = run("Hayat Tahrir al-Sham fighters abducted 12 aid workers near Idlib on Monday, "
                "officials said. In a separate attack on Tuesday, the group killed five soldiers "
                "in Saraqib.", country="Syria")
    assert len(ms) == 2
    assert ms[1].actor1 == ms[0].actor1 and "Unidentified" not in ms[1].actor1


def test_the_group_with_two_groups_acting_stays_unnamed(run):
    _, ms = run("Islamic State fighters and Nusra Front militants abducted 12 aid workers near Aleppo on "
                "Monday. In a separate attack on Tuesday, the group killed five soldiers in Idlib.",
                country="Syria")
    assert ms[-1].actor1 not in ("Islamic State", "Nusra Front")
