"""Where fire struck, not where it came from; a place named by a word for a gate or a hill
and its second word."""

import sitrep


def _place(text, country="Syria"):
    return sitrep.extract(text, published="2018-01-23", country=country)[0].place


def test_shells_fired_from_one_place_at_another_strike_the_second():
    p = _place("Mortar shells fired by rebels from Eastern Ghouta hit Bab Touma in the Old City "
               "of Damascus; state media said nine people were killed.")
    assert p.admin1 == "Damascus"


def test_a_gate_names_the_place_not_a_namesake_of_its_second_word():
    # "Touma" alone is a village in Lattakia; "Bab Touma" is a quarter of Damascus
    p = _place("Shells hit Bab Touma in Damascus on Monday, killing two people.")
    assert p.admin1 == "Damascus"


def test_a_place_after_the_spot_is_the_one_it_falls_back_on():
    p = _place("A car bomb went off near the Al-Zahra clinic in Hama city, killing three.")
    assert p.admin1 == "Hama"
