"""A report that names a city's districts but not its country; tolls since fighting began;
residents who fled."""

from datetime import date

from sitrep.extract.casualties import parse_casualties

REPORT = ("Nine people have been killed since fighting broke out in Tripoli on Monday, when "
          "gunmen ambushed an army checkpoint near the port, officials said on Wednesday. "
          "Families from Jabal Mohsen said they had fled as rockets and sniper fire hit their "
          "streets.")


def test_a_toll_since_the_fighting_broke_out_on_a_day_is_the_event_toll():
    cas = parse_casualties("Nine people have been killed since fighting broke out in Tripoli on "
                           "Monday.")
    assert cas.killed_min == 9 and not cas.is_aggregate
    cas = parse_casualties("Nine thousand people have been killed since the war began in 2011.")
    assert cas.is_aggregate


def test_districts_place_the_city_and_name_the_country():
    from sitrep import pipeline

    ms = pipeline.extract(REPORT, published=date(2014, 10, 22), country="Iraq")
    assert len(ms) == 1
    m = ms[0]
    assert m.killed_min == 9 and not m.is_aggregate
    assert m.place.iso2 == "LB" and m.place.name == "Tripoli"
    assert m.actor1.endswith("(Lebanon)")
    assert m.sub_event_type == "Armed clash"


def test_district_site_takes_its_city_point():
    from sitrep.pipeline import geocoder

    p = geocoder().locate("Bab al-Tabbaneh")
    assert p.iso2 == "LB" and p.admin1 == "North Lebanon" and p.geo_precision == 2
