"""ACLED notes: "X (Admin)" names the place even straight after a verb, and in "X, south of Y
(Admin)" or "X in Y (Admin)" the place is X; Y only locates it."""

from datetime import date

import pytest

from sitrep import pipeline

DAY = date(2022, 7, 15)


def _main(text, country):
    ms = pipeline.extract(text, published=DAY, country=country)
    assert ms
    return ms[0]


@pytest.mark.parametrize("text,country,want", [
    ("On 11 July 2022, Turkish forces shelled Tal Rifaat (Aleppo) with artillery, killing a "
     "child and injuring two others.", "Syria", "Tall Rifaat"),
    ("On 21 September 2017, Iraqi forces recaptured Anah (Al-Anbar) from ISIS, killing 12 "
     "militants.", "Iraq", "Ānah"),
    ("On 25 June 2015, ISIS fighters who had infiltrated Kobani (Aleppo) went from house to "
     "house shooting residents, killing at least 145 civilians.", "Syria", "Kobani"),
    ("On 6 July 2018, regime shelling hit Busra al-Sham (Dar'a), killing 3 civilians.",
     "Syria", "Busra ash Sham"),
])
def test_the_name_before_the_brackets_is_the_place(text, country, want):
    m = _main(text, country)
    assert want in m.place.name and m.place.geo_precision == 1


@pytest.mark.parametrize("text,country,want,precision", [
    ("On 12 October 2022, HTS fighters and members of the Third Legion clashed near Kafr "
     "Jannah, south of Afrin (Aleppo). At least six combatants were killed.", "Syria",
     "Kafr Jana", 2),
    ("On 2 May 2022, Iraqi army troops clashed with YBS fighters in Sinuni, north of Sinjar "
     "(Ninewa). One soldier was killed.", "Iraq", "Sunūnī", 1),
    ("On 27 February 2020, air strikes hit a Turkish military convoy near Balyun in Jabal "
     "al-Zawiya (Idlib), killing 33 Turkish soldiers.", "Syria", "Balyun", 2),
])
def test_the_first_name_is_the_place_the_bracketed_one_locates_it(text, country, want, precision):
    m = _main(text, country)
    assert want in m.place.name and m.place.geo_precision == precision


def test_a_country_in_brackets_qualifies_an_actor_not_a_place():
    m = _main("On 3 May 2019, Protesters (Niger) gathered in Niamey (Niamey) to demand pay.",
              "Niger")
    assert m.place.name == "Niamey" and m.place.geo_precision == 1


def test_an_actor_before_a_governorate_is_no_place():
    m = _main("On 3 May 2019, Iraqi forces clashed with ISIS (Ninewa) near Mosul, killing 4.",
              "Iraq")
    assert m.place.admin1 == "Ninewa"
