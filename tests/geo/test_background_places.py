"""A place named only where the report describes a group is not the event's place."""

from sitrep.model import EventMention, Report


def _geocode(geo, text):
    m = EventMention(report_id="r", event_type="Violence against civilians")
    geo.geocode([m], Report(text=text), country="Iraq")
    return m.place


def test_a_description_sentence_does_not_place_the_event(geo):
    p = _geocode(geo, "Militants seized 40 shepherds on Monday, relatives said. The Shammar are "
                      "a large Arab tribe whose clans live across Nineveh and Anbar.")
    assert p.feature == "country" and not p.admin1


def test_a_present_perfect_event_sentence_still_places_it(geo):
    p = _geocode(geo, "Militants seized 40 shepherds on Monday, relatives said. The men have "
                      "been taken to a prison in Nineveh, a local official said.")
    assert p.admin1 == "Ninawa" or "Nin" in p.admin1


def test_a_separate_event_does_not_take_another_events_governorate(geo):
    main = EventMention(report_id="r", location_text="Tikrit", event_type="Battles")
    other = EventMention(report_id="r", index=1, event_type="Explosions/Remote violence",
                         notes="Separately, coalition jets struck a weapons depot on Sunday")
    geo.geocode([main, other], Report(text=main.location_text), country="Iraq")
    assert main.place.admin1
    assert other.place.feature == "country" and not other.place.admin1


def test_without_a_monitor_a_placeless_event_takes_the_country_of_the_reports_places(geo):
    main = EventMention(report_id="r", location_text="Baiji", event_type="Explosions/Remote violence")
    other = EventMention(report_id="r", index=1, event_type="Explosions/Remote violence",
                         notes="Separately, RAF jets fired missiles at a container on Sunday")
    geo.geocode([main, other], Report(text="A drone struck near Baiji. " + other.notes))
    assert main.place.country == "Iraq"
    assert other.place.country == "Iraq" and other.place.feature == "country"
    assert not other.place.admin1 and other.place.geo_precision == 3


def test_the_other_events_country_outweighs_a_country_named_as_a_speaker(geo):
    # "Britain's Ministry of Defence said" names who spoke, not where anything happened
    main = EventMention(report_id="r", location_text="Baiji", location_context=["Britain"],
                        event_type="Explosions/Remote violence")
    other = EventMention(report_id="r", index=1, event_type="Explosions/Remote violence",
                         notes="Separately, RAF jets fired missiles at a container on Sunday")
    geo.geocode([main, other], Report(text="Britain's Ministry of Defence said a drone struck "
                                           "near Baiji. " + other.notes))
    assert other.place.country == "Iraq" and other.place.feature == "country"


def test_places_in_two_countries_lend_no_country(geo):
    main = EventMention(report_id="r", location_text="Baiji", event_type="Battles")
    second = EventMention(report_id="r", index=1, location_text="Aleppo", event_type="Battles")
    other = EventMention(report_id="r", index=2, event_type="Battles",
                         notes="Separately, fighting broke out at a checkpoint")
    geo.geocode([main, second, other], Report(text="Fighting in Baiji and Aleppo."))
    assert {main.place.country, second.place.country} == {"Iraq", "Syria"}
    assert other.place is None
