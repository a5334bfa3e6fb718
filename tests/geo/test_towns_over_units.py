"""A name shared by a town and the unit named after it means the town, as ACLED codes it;
a feature word ("district", "province") says otherwise. Sites named after a town fall back to
the town; a loose spelling far from the town named beside it is no match."""

import pytest

from sitrep.geo.text import facility_head


@pytest.mark.parametrize("text,country", [
    ("Sinjar", "Iraq"),  # UCDP also codes "Sinjār district", a unit
    ("Al-Zubair", "Iraq"),  # and Al-Zubair District
    ("Muqdadiya", "Iraq"),
    ("Afrin", "Syria"),
    ("Ar-Raqqa", "Syria"),  # the governorate's exact name, the city's loose one
    ("Ar-Raqqa (Ar-Raqqa)", "Syria"),
    ("Diwaniyah", "Iraq"),  # listed among Qadissiya's own names
])
def test_a_bare_name_is_the_town(geo, text, country):
    p = geo.locate(text, country=country)
    assert p.feature not in ("admin1", "admin2", "district"), (p.name, p.feature)
    assert p.geo_precision == 1 and p.latitude is not None


@pytest.mark.parametrize("text,feature", [
    ("Sinjar district", "admin2"),
    ("Afrin district", "admin2"),
    ("Ar-Raqqa province", "admin1"),
    ("Diyala", "admin1"),  # no town of that name
])
def test_a_feature_word_or_no_namesake_keeps_the_unit(geo, text, feature):
    country = "Syria" if text.startswith(("Afrin", "Ar-Raqqa")) else "Iraq"
    p = geo.locate(text, country=country)
    assert p.feature == feature and p.geo_precision == 3


def test_the_town_and_its_district_share_a_point_but_not_a_precision(geo):
    town, unit = geo.locate("Sinjar", country="Iraq"), geo.locate("Sinjar district", country="Iraq")
    assert (town.geo_precision, unit.geo_precision) == (1, 3)


@pytest.mark.parametrize("name,head", [
    ("Al-Hol camp", "Al-Hol"),
    ("Qayyarah West airbase", "Qayyarah"),
    ("Mount Bashiqa", "Bashiqa"),
    ("Sinjar Mountains", "Sinjar"),
    ("Mosul Dam", None),  # 40 km from Mosul
    ("Tahrir Square", None),
    ("Baghdad", None),
])
def test_facility_head(name, head):
    assert facility_head(name) == head


@pytest.mark.parametrize("text,country,admin1,town", [
    ("Al-Hol camp (Al-Hasakeh)", "Syria", "Al-Hasakeh", "Ḩawl"),
    ("Mount Bashiqa (Ninewa)", "Iraq", "Ninewa", "shīqah"),
    ("Qayyarah West airbase (Ninewa)", "Iraq", "Ninewa", "Qayyārah"),
])
def test_an_unknown_site_falls_back_to_its_town_not_the_governorate(geo, text, country, admin1, town):
    p = geo.locate(text, country=country)
    assert p.admin1 == admin1 and p.feature != "admin1"
    assert town in p.name and p.geo_precision == 2


def test_a_loose_spelling_far_from_the_town_named_beside_it_is_not_that_place(geo):
    # Al Kam, Homs governorate, is ~200 km from Al-Sukhnah: the event is near Al-Sukhnah.
    p = geo.locate("Al-Kawm", context=["Al-Sukhnah", "Homs"], country="Syria")
    assert "Sukhnah" in p.name and p.geo_precision == 2


@pytest.mark.parametrize("text,country,admin1,precision", [
    ("Koya", "Iraq", "Erbil", 1),
    ("Baghouz", "Syria", "Deir-ez-Zor", 1),
    ("Amiriyat al-Fallujah", "Iraq", "Al-Anbar", 1),
    ("Hmeimim", "Syria", "Lattakia", 2),  # no point of its own: Jableh's
    ("Mezzeh", "Syria", "Damascus", 2),
    ("Zayouna", "Iraq", "Baghdad", 2),
])
def test_curated_places_reports_name_often(geo, text, country, admin1, precision):
    p = geo.locate(text, country=country)
    assert (p.admin1, p.geo_precision) == (admin1, precision) and p.latitude is not None


def test_amiriyat_al_fallujah_is_not_placed_at_fallujah(geo):
    a = geo.locate("Amiriyat al-Fallujah", country="Iraq")
    f = geo.locate("Fallujah", country="Iraq")
    assert abs(a.latitude - f.latitude) > 0.1  # ~20 km south
