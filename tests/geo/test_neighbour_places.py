"""An unknown name takes the governorate of the place the report names next to it; a place
compounded into a modifier ("Damascus-backed") is not where the event is."""

from sitrep.model import EventMention, Evidence, Place, Report


def _mention(text, phrase, **kw):
    at = text.index(phrase)
    m = EventMention(report_id="r", location_text=phrase, **kw)
    m.evidence["location"] = Evidence(phrase, at, at + len(phrase))
    return m


def test_an_unknown_neighbourhood_takes_the_governorate_named_next_to_it(geo):
    text = ("Two bombs went off in the Qabr Zzyzx quarter on Monday, killing nine. Officials "
            "in Hama said the dead included four teachers.")
    m = _mention(text, "Qabr Zzyzx")
    geo.geocode([m], Report(text=text), country="Syria")
    assert m.place.admin1 == "Hama" and m.place.feature == "admin1"
    assert m.place.where_prec == 4 and "not in gazetteer" in m.place.note
    assert m.place.query == "Qabr Zzyzx"


def test_an_unknown_name_far_from_any_named_place_stays_unresolved(geo):
    filler = "The ministry gave no further details about the incident that day. " * 8
    text = "Gunmen stormed Zzyzx Flats on Monday. " + filler + "Aid reached Hama in May."
    m = _mention(text, "Zzyzx Flats")
    geo.geocode([m], Report(text=text), country="Syria")
    assert m.place.admin1 == "" and m.place.feature == "unresolved"


def test_the_name_inside_a_longer_capitalised_run_is_found(geo):
    text = "A strike hit the Zzyzx Ferry in eastern Syrias Deir ez-Zor province on Monday."
    m = _mention(text, "Zzyzx Ferry")
    geo.geocode([m], Report(text=text), country="Syria")
    assert m.place.admin1 == "Deir-ez-Zor"


def test_a_place_compounded_into_a_modifier_lends_no_governorate(geo):
    text = "Damascus-backed militiamen were killed in a strike on Monday, a monitor said."
    m = EventMention(report_id="r", location_text="")
    geo.geocode([m], Report(text=text), country="Syria")
    assert m.place.feature == "country" and not m.place.admin1


def test_without_a_theatre_an_unknown_name_stays_unresolved(geo):
    text = "Two bombs went off in the Qabr Zzyzx quarter. Officials in Hama said nine died."
    m = _mention(text, "Qabr Zzyzx")
    geo.geocode([m], Report(text=text))
    assert isinstance(m.place, Place) and m.place.admin1 == ""


def test_a_country_level_lead_takes_the_place_the_text_names_first(geo):
    # The first place by position in the text, whether or not an event was drawn from it.
    text = ("Jets struck rebel areas of Syria on Monday, killing twelve. Most died in raids "
            "near Saraqib, medics said. In a later attack, rebels shelled Homs, killing two.")
    lead = _mention(text, "Syria")
    later = _mention(text, "Homs", index=1)
    geo.geocode([lead, later], Report(text=text), country="Syria")
    assert later.place.admin1 == "Homs"
    assert lead.place.admin1 == "Idleb" and "first named place" in lead.place.note


def test_the_agency_spelling_raqa_is_a_ruler_name(geo):
    assert "Raqa" in set(geo.place_names())
    assert geo.locate("Raqa", country="Syria").admin1 == "Ar-Raqqa"
