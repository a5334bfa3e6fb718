"""The monitor's theatre decides between a place of the theatre and one abroad."""

import pytest

import sitrep
from sitrep.model import parse_date


def _place(text, country):
    return sitrep.extract(text, published="2016-05-01", country=country)[0].place


def test_a_foreign_namesake_of_a_word_in_the_name_does_not_move_a_theatre_place():
    # "Balad" (Iraq) in "Daraa al-Balad" is no anchor that sends Daraa abroad
    p = _place("Security forces arrested members of an armed group in Daraa al-Balad.", "Syria")
    assert p.iso2 == "SY" and p.admin1


def test_an_unknown_place_falls_back_in_the_theatre_not_to_a_country_named_beside_it():
    p = _place("A shell fired by Islamic State at Qayyara West air base, where U.S. troops are "
               "helping Iraqi forces, tested positive for a mustard agent.", "Iraq")
    assert p.iso2 == "IQ"


def test_allah_in_a_group_name_is_no_place():
    p = _place("Ansar Allah fighters attacked government positions in Marib, killing 5 "
               "soldiers.", "Yemen")
    assert p.iso2 == "YE" and "Allah" not in (p.note or "")


@pytest.mark.parametrize("name,iso2", [
    ("Palestine", "PS"), ("Democratic Republic of Congo", "CD"), ("Republic of Congo", "CG"),
    ("Burma", "MM"), ("Czech Republic", "CZ"),
])
def test_acled_country_names_are_theatres(geo, name, iso2):
    assert geo.country_code(name) == iso2


@pytest.mark.parametrize("text,country,name", [
    # the small spaCy model misses these and the ruler holds only Iraq's and Syria's towns:
    # a report about another country reads that country's gazetteer names
    ("Russian missiles hit Kyiv on Monday, officials said.", "Ukraine", "Kyiv"),
    ("Police fired tear gas at protesters in Maputo on Thursday.", "Mozambique", "Maputo"),
    # the longer name wins over the country it starts with
    ("Thousands of protesters marched in Mexico City on Saturday.", "Mexico", "Mexico City"),
])
def test_a_reports_own_country_names_its_towns(text, country, name):
    p = _place(text, country)
    assert p.name == name and p.admin1


def test_an_iraq_report_does_not_read_other_countries_towns_as_places(geo):
    # the country names are only those of the report's own country
    assert geo.country_place_names("Iraq") == []
    assert "Kyiv" in geo.country_place_names("Ukraine")


def test_a_reports_own_country_from_its_input_stands_for_the_runs():
    from sitrep.model import Report
    from sitrep.pipeline import extract_reports

    report = Report(text="Russian missiles hit Kyiv on Monday, officials said.",
                    published=parse_date("2023-05-16"), country="Ukraine")
    (_, [event]), = extract_reports([report])
    assert event.place.name == "Kyiv" and event.place.iso2 == "UA"


def test_a_title_before_a_name_keeps_the_surname_from_being_a_place():
    p = _place("Police fired on demonstrators in Bogota on Wednesday. Mayor Claudia Lopez said "
               "at least seven people were killed.", "Colombia")
    assert p.name.startswith("Bogot")
