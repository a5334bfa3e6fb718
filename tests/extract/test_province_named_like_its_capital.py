"""'Idlib province' is the governorate; 'Idlib' alone is the town of that name."""

from datetime import date

from sitrep import pipeline

DAY = date(2015, 7, 4)


def _place(text, country="Syria"):
    ms = pipeline.extract(text, published=DAY, country=country)
    assert ms
    return ms[0].place


def test_a_province_named_after_its_capital_is_the_governorate():
    p = _place("A bomb hidden in a car went off outside a mosque in Syria's Idlib province on "
               "Friday, killing at least 25 worshippers.")
    assert p.feature == "admin1" and p.admin1 == "Idleb"
    assert p.geo_precision == 3


def test_the_possessive_with_its_apostrophe_stripped_still_names_the_province():
    p = _place("Government helicopters dropped barrel bombs on villages in Syrias Hama "
               "governorate on Friday, killing 9 civilians.")
    assert p.feature == "admin1" and p.geo_precision == 3


def test_the_name_alone_is_the_town():
    p = _place("A bomb hidden in a car went off outside a mosque in Idlib on Friday, killing "
               "at least 25 worshippers.")
    assert p.feature != "admin1" and p.geo_precision == 1
    assert p.admin1 == "Idleb"


def test_a_town_named_in_the_province_is_still_the_town():
    p = _place("Warplanes struck the town of Khan Sheikhoun in Idlib province on Friday, "
               "killing 11 people.")
    assert p.name == "Khan Sheikhoun" and p.geo_precision == 1
