"""Relation phrases other than "near" ("close to", "not far from", "just outside", "on the
road between") give the anchor place as context or as the place with its relation."""

from datetime import date


def test_close_to_gives_the_anchor_as_context(run):
    # "Hit" is read as a verb by the tagger; after "close to" it is a place.
    _, ms = run("Gunmen shot dead 12 shepherds in the Qasr Talib area close to Hit on Tuesday.",
                published=date(2016, 5, 5))
    assert ms[0].location_text == "Qasr Talib"
    assert ms[0].location_context == ["Hit"]


def test_not_far_from_is_a_relation(run):
    _, ms = run("A roadside bomb killed three soldiers not far from Tikrit on Sunday.")
    assert ms[0].location_text == "Tikrit"
    assert ms[0].location_relation == "not far from"


def test_just_outside_and_road_between(run):
    _, ms = run("Gunmen killed two farmers just outside Hit on Monday.")
    assert (ms[0].location_text, ms[0].location_relation) == ("Hit", "outside")
    _, ms = run("A bomb killed four travellers on the highway road between Hit and Haditha.")
    assert ms[0].location_text == "Hit"
    assert ms[0].location_relation == "on the highway road between"
    assert ms[0].location_context == ["Haditha"]


def test_unknown_village_close_to_a_town_falls_back_to_the_town():
    from sitrep.model import EventMention
    from sitrep.pipeline import geocoder

    geo = geocoder()

    m = EventMention(report_id="r", location_text="Qasr Talib", location_context=["Hit"])
    geo.geocode([m], country="Iraq")
    assert m.place.name == "Hit" and m.place.admin1
    assert m.place.geo_precision == 2
