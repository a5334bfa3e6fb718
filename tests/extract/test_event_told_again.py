"""A later paragraph that tells the report's event again is no event of its own."""

import sitrep

TEXT = ("A suicide car bomb struck buses carrying evacuees in Rashidin on Saturday, killing at "
        "least 126 people, a monitor said.\n\nThe other fatalities were escorts and fighters "
        "who were on the site of the bombing outside the northern city of Aleppo. A senior "
        "opposition official said 20 fighters who guarded the buses were killed.")


def test_the_bombing_told_again_in_a_later_paragraph_is_the_same_event():
    # two mentions of one report never share an incident, so a second one splits the bombing
    # from the other outlets' reports of it
    ms = sitrep.extract(TEXT, published="2017-04-16", country="Syria")
    assert len(ms) == 1
    assert ms[0].sub_event_type == "Suicide bomb"
