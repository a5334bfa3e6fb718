"""A place word inside a person's name, and a qualified place after "near"."""

from sitrep.extract import places


def _choose(text, names):
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    return places.choose(text, spans, 0, len(text))


def test_a_place_word_that_a_name_continues_yields_to_the_place_of_the_event():
    t = "Police detained militia leader Ramadi Hassan in Kirkuk on charges of extortion."
    pc = _choose(t, ["Ramadi", "Kirkuk"])
    assert pc.text == "Kirkuk"


def test_a_feature_word_does_not_make_a_place_part_of_a_name():
    t = "A bomb went off in Palestine Street near Baghdad on Monday."
    assert _choose(t, ["Palestine", "Baghdad"]).text.startswith("Palestine")


def test_a_lone_place_in_a_name_is_still_taken():
    t = "Gunmen shot Basra Hussein at his shop."
    assert _choose(t, ["Basra"]).text == "Basra"


def test_near_does_not_hide_a_qualified_place():
    # "ne-ar" once read as the Arabic article of the name after it
    t = "Rebels fired mortar shells at army positions near Tal Abyad (Ar-Raqqa)."
    pc = _choose(t, ["Tal", "Ar-Raqqa"])
    assert pc.text == "Tal Abyad (Ar-Raqqa)"


def test_a_qualified_place_in_a_report():
    import sitrep

    ev = sitrep.extract("On 25 November 2019, rebels fired mortar shells at army positions near "
                        "Tal Abyad (Ar-Raqqa). Casualties unknown.", published="2019-11-26",
                        country="Syria")[0]
    assert ev.place.admin1 == "Ar-Raqqa"
