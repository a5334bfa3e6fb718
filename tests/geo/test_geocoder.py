from pathlib import Path

import pytest

from sitrep.geo import canonical_admin1
from sitrep.geo.evaluate import evaluate, haversine_km, place_text, ucdp_rows
from sitrep.geo.text import keys, split_phrase
from sitrep.model import EventMention, Report

# Every governorate of Iraq and Syria, by at least two spellings each.
GOVERNORATES = {
    ("IQ", "Al-Anbar"): ["Anbar province", "Al Anbar"],
    ("IQ", "Babylon"): ["Babil province", "Babylon province"],
    ("IQ", "Baghdad"): ["Baghdad province", "Baghdād governorate"],
    ("IQ", "Basrah"): ["Basra province", "Al-Basrah governorate"],
    ("IQ", "Duhok"): ["Dahuk province", "Dohuk governorate"],
    ("IQ", "Dhi-Qar"): ["Thi-Qar province", "Dhi Qar"],
    ("IQ", "Diyala"): ["Diyala province", "Diyālá"],
    ("IQ", "Erbil"): ["Arbil province", "Hawler governorate"],
    ("IQ", "Halabja"): ["Halabja province", "Halabjah governorate"],
    ("IQ", "Kerbala"): ["Karbala province", "Kerbela governorate"],
    ("IQ", "Kirkuk"): ["Kirkuk province", "Tamim province"],
    ("IQ", "Missan"): ["Maysan province", "Missan"],
    ("IQ", "Muthanna"): ["Muthanna province", "Al-Muthanna"],
    ("IQ", "Najaf"): ["Najaf province", "An Najaf governorate"],
    ("IQ", "Ninewa"): ["Nineveh province", "Ninawa", "Ninewa"],
    ("IQ", "Qadissiya"): ["Qadissiya", "Al-Qadisiyah province", "Diwaniyah province"],
    ("IQ", "Salah al-Din"): ["Salah ad-Din", "Salahuddin province", "Sala al-Din", "Saladin province",
                             "Şalāḩ ad Dīn province"],
    ("IQ", "Sulaymaniyah"): ["Sulaimaniya province", "Sulaimani"],
    ("IQ", "Wassit"): ["Wasit province", "Wassit"],
    ("SY", "Aleppo"): ["Aleppo province", "Halab governorate"],
    ("SY", "Idleb"): ["Idlib province", "Idleb"],
    ("SY", "Ar-Raqqa"): ["Raqqa province", "Ar-Raqqah"],
    ("SY", "Deir-ez-Zor"): ["Deir ez-Zor province", "Deir Ezzor", "Dayr az Zawr"],
    ("SY", "Al-Hasakeh"): ["Hasakah province", "Hasakeh", "Al-Hasakah governorate"],
    ("SY", "Homs"): ["Homs province", "Hims governorate"],
    ("SY", "Hama"): ["Hama province", "Hamah governorate"],
    ("SY", "Damascus"): ["Damascus governorate", "Dimashq governorate"],
    ("SY", "Rural Damascus"): ["Rif Dimashq", "Damascus countryside", "Rural Damascus"],
    ("SY", "Dar'a"): ["Daraa province", "Deraa governorate", "Dar'a province"],
    ("SY", "Quneitra"): ["Quneitra province", "Al Qunaytirah governorate"],
    ("SY", "As-Sweida"): ["Suwayda province", "Sweida"],
    ("SY", "Lattakia"): ["Latakia province", "Lattakia governorate"],
    ("SY", "Tartous"): ["Tartus province", "Tartous governorate"],
}


@pytest.mark.parametrize("iso2,canonical,text", [
    (iso2, canon, t) for (iso2, canon), texts in GOVERNORATES.items() for t in texts])
def test_every_governorate_by_several_spellings(geo, iso2, canonical, text):
    p = geo.locate(text)
    assert (p.iso2, p.admin1) == (iso2, canonical)
    assert canonical_admin1(text, iso2) == canonical


def test_province_word_gives_admin1_precision(geo):
    p = geo.locate("Anbar province", country="Iraq")
    assert p.feature == "admin1" and p.geo_precision == 3 and p.where_prec == 4
    assert p.latitude is not None  # the provincial capital's point (Ramadi)


def test_ucdp_admin1_names_map_to_canonical():
    assert canonical_admin1("Şalāḩ ad Dīn province", "IQ") == "Salah al-Din"
    assert canonical_admin1("At-Ta'mim province", "IQ") == "Kirkuk"
    assert canonical_admin1("Rif Dimashq Governorate", "SY") == "Rural Damascus"
    assert canonical_admin1("Nowhere province", "IQ") == ""


@pytest.mark.parametrize("iso2,text,canonical", [
    # English names where GeoNames has transliterations (ACLED prints the English)
    ("RU", "Kurskaya oblast'", "Kursk"), ("RU", "Belgorod Oblast", "Belgorod"),
    ("RU", "Moskva", "Moscow"), ("RU", "Krasnodarskiy kray", "Krasnodar"),
    ("BD", "Chattogram", "Chittagong"), ("TH", "Krung Thep Maha Nakhon", "Bangkok"),
])
def test_english_admin1_names_outside_the_theatre(iso2, text, canonical):
    assert canonical_admin1(text, iso2) == canonical


def test_an_unknown_town_falls_back_to_the_curated_admin1_the_note_names(geo):
    # "Middle Shabelle" is the curated name; GeoNames says "Shabeellaha Dhexe"
    p = geo.locate("Adan Yabaal (Adan Yabaal, Middle Shabelle)", country="Somalia")
    assert (p.iso2, p.admin1, p.feature) == ("SO", "Middle Shabelle", "admin1")


def test_a_place_in_russia_gets_the_english_oblast(geo):
    p = geo.locate("Sudzha", country="Russia")
    assert (p.iso2, p.admin1) == ("RU", "Kursk")


@pytest.mark.parametrize("variants", [
    ["Falluja", "Fallujah", "Al-Fallujah", "Fallouja", "Al Fallūjah"],
    ["Baiji", "Bayji", "Beiji"],
    ["Hit", "Heet"],
    ["Ramadi", "Ar Ramadi", "Al-Ramadi"],
    ["Jurf al-Sakhar", "Jurf as-Sakhr", "Jurf al Sakhar"],
    ["Kobani", "Kobane", "Ain al-Arab"],
])
def test_transliteration_variants_resolve_to_one_place(geo, variants):
    places = [geo.locate(v, country="Iraq" if v[0] not in "K" and "Ain" not in v else "Syria")
              for v in variants]
    points = {(round(p.latitude, 1), round(p.longitude, 1)) for p in places}
    assert len(points) == 1, [(p.name, p.latitude, p.longitude) for p in places]
    assert all(p.admin1 for p in places)


def test_skeleton_folds_vowels_articles_and_final_h():
    assert keys("Dawrah")[2] == keys("Dora")[2] == keys("Dura")[2]
    assert keys("Şalāḩ ad Dīn")[1] == keys("Salah ad-Din")[1]
    assert keys("Beiji")[2] == keys("Bayjī")[2]


def test_fuzzy_match_within_theatre(geo):
    p = geo.locate("Tikreet", country="Iraq")  # a typo/variant no list holds
    assert p.admin1 == "Salah al-Din"
    assert "loosely" in p.note


def test_fuzzy_does_not_invent_matches(geo):
    p = geo.locate("Qwertyuiopville", country="Iraq")
    assert p.latitude is None and p.admin1 == ""


def test_dura_is_in_baghdad_without_a_point_of_its_own(geo):
    p = geo.locate("Dura", country="Iraq")
    assert p.admin1 == "Baghdad" and p.name == "Dura"
    assert p.geo_precision == 2 and "no point of its own" in p.note


def test_below_gazetteer_falls_back_to_named_parent(geo):
    p = geo.locate("Hay al-Zuhoor", context=["southern Baghdad"], country="Iraq")
    assert p.admin1 == "Baghdad" and p.geo_precision == 2
    assert "placed at" in p.note
    p = geo.locate("Hay al-Zuhoor, Baghdad", country="Iraq")
    assert p.admin1 == "Baghdad" and p.geo_precision == 2


def test_part_of_a_town_lowers_precision(geo):
    p = geo.locate("southern Baghdad", country="Iraq")
    assert p.admin1 == "Baghdad" and p.geo_precision == 2 and p.where_prec == 2


def test_relative_location_resolves_to_anchor(geo):
    p = geo.locate("Baiji", country="Iraq", relation="3 miles south of")
    assert p.admin1 == "Salah al-Din"
    assert p.geo_precision == 2 and p.where_prec == 2
    assert "3 miles south of" in p.note


def test_relative_location_never_raises_admin_precision(geo):
    p = geo.locate("Anbar province", relation="near")
    assert p.geo_precision == 3 and p.where_prec == 4


def test_tripoli_follows_the_country(geo):
    lb = geo.locate("Tripoli", country="Lebanon")
    ly = geo.locate("Tripoli", country="Libya")
    assert lb.iso2 == "LB" and ly.iso2 == "LY"
    assert haversine_km(lb.latitude, lb.longitude, ly.latitude, ly.longitude) > 1000


def test_context_province_disambiguates(geo):
    # Two Sinjars: a town in Ninewa and a village in Idlib.
    assert geo.locate("Sinjar", context=["Idlib province"]).iso2 == "SY"
    assert geo.locate("Sinjar", context=["Nineveh"]).admin1 == "Ninewa"


def test_theatre_country_preferred(geo):
    assert geo.locate("Balad", country="Iraq").admin1 == "Salah al-Din"
    assert geo.locate("Derna", country="Libya").iso2 == "LY"


def test_countries_resolve_to_countries(geo):
    for name, iso2 in [("Lebanon", "LB"), ("Syria", "SY"), ("Iraq", "IQ"), ("Jordan", "JO")]:
        p = geo.locate(name, country="Iraq")
        assert (p.iso2, p.feature, p.where_prec) == (iso2, "country", 6)


def test_capital_named_like_its_governorate_is_the_town(geo):
    p = geo.locate("Baghdad", country="Iraq")
    assert p.admin1 == "Baghdad" and p.geo_precision == 1 and p.feature != "admin1"


def test_unresolvable_name_keeps_the_event(geo):
    p = geo.locate("Zzyzx Flats", country="Iraq")
    assert p.name == "Zzyzx Flats" and p.admin1 == "" and p.latitude is None
    assert p.iso2 == "IQ" and p.note.startswith("unresolved")
    assert geo.locate("   ") is None


def test_geocode_sets_every_mention_and_survives_bad_input(geo):
    report = Report(text="...")
    ms = [
        EventMention(report_id=report.id, index=0, location_text="Dura",
                     location_context=["southern Baghdad"]),
        EventMention(report_id=report.id, index=1, location_text="Zzyzx Flats"),
        EventMention(report_id=report.id, index=2, location_text=""),
        EventMention(report_id=report.id, index=3, location_text="Baiji",
                     location_relation="3 miles south of"),
        EventMention(report_id=report.id, index=4, location_text="\x00\ufffd###"),
    ]
    geo.geocode(ms, report, country="Iraq")
    assert ms[0].place.admin1 == "Baghdad"
    assert ms[1].place.admin1 == "" and "unresolved" in ms[1].place.note
    # no phrase of its own: the governorate of the report's first named place, not a point
    assert (ms[2].place.feature, ms[2].place.admin1) == ("admin1", "Baghdad")
    assert ms[2].place.where_prec == 4 and "first named place" in ms[2].place.note
    assert ms[3].place.admin1 == "Salah al-Din" and ms[3].place.geo_precision == 2
    assert ms[4].place is not None and ms[4].place.admin1 == ""
    lone = EventMention(report_id="x", location_text="")
    geo.geocode([lone], report, country="Iraq")
    assert lone.place.feature == "country" and lone.place.iso2 == "IQ"
    geo.geocode([EventMention(report_id="x", location_text="")], report)
    # no place phrase and no theatre: nothing to say


def test_country_only_lead_takes_the_governorate_the_report_names(geo):
    report = Report(text="...")
    lead = EventMention(report_id=report.id, index=0, location_text="Syria")
    later = EventMention(report_id=report.id, index=1, location_text="Ariha")
    geo.geocode([lead, later], report, country="Syria")
    assert later.place.admin1 == "Idleb"
    assert (lead.place.admin1, lead.place.feature, lead.place.where_prec) == ("Idleb", "admin1", 4)
    # a foreign country's place is not borrowed
    lead = EventMention(report_id=report.id, index=0, location_text="Syria")
    other = EventMention(report_id=report.id, index=1, location_text="Mosul")
    geo.geocode([lead, other], report)
    assert lead.place.feature == "country" and lead.place.iso2 == "SY"


def test_report_places_disambiguate_other_mentions(geo):
    report = Report(text="...")
    ms = [EventMention(report_id=report.id, index=0, location_text="Idlib"),
          EventMention(report_id=report.id, index=1, location_text="Sinjar")]
    geo.geocode(ms, report)
    assert ms[1].place.iso2 == "SY"


def test_every_curated_alias_has_a_point(geo):
    g = geo.g
    for i in range(g.size):
        if g.cols["kind"][i] == "alias":
            assert g.cols["lat"][i] is not None, g.cols["name"][i]


def test_place_names_are_curated_and_bounded(geo):
    names = geo.place_names()
    assert 5_000 < len(names) < 60_000
    s = set(names)
    assert {"Jurf al-Sakhar", "Fallujah", "Dura", "Heet", "Salah al-Din", "Syria"} <= s
    assert "Hit" not in s and "Camp" not in s
    assert all(n[0].isupper() for n in names)


def test_split_phrase():
    assert split_phrase("southern Baghdad") == ("Baghdad", "", True)
    assert split_phrase("the province of Anbar") == ("Anbar", "admin1", False)
    assert split_phrase("Al Fallūjah town") == ("Al Fallūjah", "city", False)


def test_evaluate_helper_on_own_rows(geo):
    rows = [("Al Fallūjah", "Al Anbār province", 33.3558, 43.7861),
            ("Sāmarrā’", "Şalāḩ ad Dīn province", 34.1966, 43.8739),
            ("Zzyzx Flats", "Baghdād province", 33.3, 44.4)]
    res = evaluate(rows, geo, country="Iraq")
    assert res["rows"] == 3 and res["admin1_accuracy"] == pytest.approx(2 / 3)
    assert res["within_10km"] == pytest.approx(2 / 3)
    assert place_text("Tadmur/Palmyra town") == "Tadmur"


UCDP = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ucdp-ged"


@pytest.mark.skipif(not UCDP.is_dir(), reason="../shared/data/ucdp-ged not present")
def test_ucdp_places_admin1_and_distance(geo):
    rows = ucdp_rows(UCDP)
    iraq = [r for r in rows if r[4] == "Iraq"]
    res = evaluate(iraq, geo)
    assert res["admin1_accuracy"] >= 0.95 and res["within_10km"] >= 0.85


def test_small_namesake_abroad_loses_to_the_theatre_place_named_alongside():
    from sitrep.pipeline import geocoder

    g = geocoder()
    p = g.locate("Darwish", context=["Ilam", "Baghdad"], country="Iraq")
    assert p.country == "Iraq" and p.admin1 == "Baghdad"
    assert p.geo_precision >= 2
    big = g.locate("Aleppo", context=["Baghdad"], country="Iraq")
    assert big.country == "Syria"


def test_sub_district_is_a_feature_word():
    from sitrep.geo.text import split_phrase

    assert split_phrase("Furat sub-district") == ("Furat", "admin2", False)
