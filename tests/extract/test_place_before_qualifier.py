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
    (("On 11 July 2022, Turkish forces shelled Tal Rifaat (Aleppo) with artillery, killing a "
     "child and injuring two others."), "Syria", "Tall Rifaat"),
    (("On 21 September 2017, Iraqi forces recaptured Anah (Al-Anbar) from ISIS, killing 12 "
     "militants."), "Iraq", "Ānah"),
    (("On 25 June 2015, ISIS fighters who had infiltrated Kobani (Aleppo) went from house to "
     "house shooting residents, killing at least 145 civilians."), "Syria", "Kobani"),
    ("On 6 July 2018, regime shelling hit Busra al-Sham (Dar'a), killing 3 civilians.",
     "Syria", "Busra ash Sham"),
])
def test_the_name_before_the_brackets_is_the_place(text, country, want):
    m = _main(text, country)
    assert want in m.place.name and m.place.geo_precision == 1


@pytest.mark.parametrize("text,country,want,precision", [
    (("On 12 October 2022, HTS fighters and members of the Third Legion clashed near Kafr "
     "Jannah, south of Afrin (Aleppo). At least six combatants were killed."), "Syria",
     "Kafr Jana", 2),
    (("On 2 May 2022, Iraqi army troops clashed with YBS fighters in Sinuni, north of Sinjar "
     "(Ninewa). One soldier was killed."), "Iraq", "Sunūnī", 1),
    (("On 27 February 2020, air strikes hit a Turkish military convoy near Balyun in Jabal "
     "al-Zawiya (Idlib), killing 33 Turkish soldiers."), "Syria", "Balyun", 2),
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


@pytest.mark.parametrize("text,country,want", [
    (("On 11 March 2020, around 18 Katyusha rockets hit Camp Taji (Baghdad), killing 2 US "
     "soldiers."), "Iraq", "Taji"),
    (("On 13 October 2019, Turkish forces fought SDF fighters inside Ras al-Ain (Sere Kaniye, "
     "Al-Hasakeh). SOHR counted 14 SDF fighters dead."), "Syria", "Ra’s al ‘Ayn"),
    (("On 11 June 2019, Syrian regime artillery shelled Kansafra in Jabal al-Zawiya (Idlib), "
     "killing a woman and her 2 children."), "Syria", "Kansafrah"),
    (("On 3 March 2021, at least 10 rockets struck Ain al-Asad air base near Al-Baghdadi "
     "(Al-Anbar), killing one US civilian contractor."), "Iraq", "Ain Assad"),
    (("On 29 October 2023, rockets were fired at the US base at the Conoco gas field "
     "(Deir-ez-Zor). No casualties were reported."), "Syria", "Conico"),
    (("On 10 July 2018, a roadside bomb exploded as a civilian car passed on the Kirkuk-Tuz "
     "Khurmatu road near Taza, killing the driver."), "Iraq", "Taza"),
])
def test_sites_unknown_districts_and_road_ends(text, country, want):
    m = _main(text, country)
    assert want in m.place.name, m.place
    assert "Katyusha" not in m.location_context


def test_a_site_named_after_a_far_town_is_not_the_place():
    # Saydnaya prison is in Rural Damascus; the note sets the arrest in Safita, Tartous
    m = _main("On 26 December 2024, security forces arrested a former regime officer accused "
              "of abuses at Saydnaya prison in Safita (Tartous).", "Syria")
    assert m.place.admin1 == "Tartous" and "fīt" in m.place.name and m.place.geo_precision == 2


def test_a_town_an_actor_flees_is_not_the_spot_near_the_named_place():
    m = _main("On 29 June 2016, Coalition and Iraqi aircraft bombed a large ISIS convoy fleeing "
              "Fallujah near Amiriyat al-Fallujah (Al-Anbar). A US official estimated 250 "
              "militants were killed.", "Iraq")
    assert m.place.name == "Amiriyat al-Fallujah"


def test_an_unknown_spot_is_placed_near_the_named_place():
    m = _main("On 25 August 2023, gunmen shot dead 2 protesters in Al-Karama Square in Sweida "
              "city (As-Sweida).", "Syria")
    assert m.place.admin1 == "As-Sweida" and m.place.geo_precision == 2
    assert "Al-Karama Square" in m.place.note
