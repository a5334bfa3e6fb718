"""Unidentified perpetrators: the gear they use does not say who they are."""

import pytest


def test_armed_men_in_military_vehicles_are_unidentified_and_abduct(run):
    _, ms = run("Armed men driving army trucks rounded up 45 young men from a bus station in "
                "Tarmiyah on Monday, relatives said. They have not been seen since.",
                country="Iraq")
    m = ms[0]
    assert m.actor1 == "Unidentified Armed Group (Iraq)"
    assert m.sub_event_type == "Abduction/forced disappearance"
    assert m.abducted_min == 45 and m.arrested_min is None
    assert m.actor2 != "Military Forces of Iraq"


def test_uniforms_do_not_make_gunmen_police(run):
    _, ms = run("Gunmen in police uniforms kidnapped three traders near Kirkuk on Sunday.",
                country="Iraq")
    assert ms[0].actor1 == "Unidentified Armed Group (Iraq)"
    assert ms[0].actor2 != "Police Forces of Iraq"


def test_gunmen_of_a_named_group_are_that_group(run):
    _, ms = run("Gunmen belonging to the Islamic State group kidnapped three traders near "
                "Kirkuk on Sunday.", country="Iraq")
    assert ms[0].actor1 == "Islamic State"


def test_police_arrests_stay_arrests(run):
    _, ms = run("Police arrested 12 suspects in raids across Basra on Monday.", country="Iraq")
    assert ms[0].sub_event_type == "Arrests"
    assert ms[0].arrested_min == 12


@pytest.mark.xfail(strict=True, reason=(
    "typing, not actors: the rules read 'ambushed' as a clash; the classifier decides. The "
    "sixteen-writer head gives Arrests 0.48 against protest 0.45, under the 0.5 needed to "
    "switch (the twelve-writer head passed, the eight-writer one chose the protest)"))
def test_who_ambushed_is_not_who_arrested(run):
    _, ms = run("Police said 40 gunmen had been detained in Kirkuk since the unrest began, when "
                "militants ambushed a police convoy near the city.", country="Iraq")
    m = ms[0]
    assert m.sub_event_type == "Arrests"
    assert m.actor1 == "Police Forces of Iraq"


def test_people_seized_by_force_are_abducted(run):
    _, ms = run("A militia raid on the village market, in which 40 men were seized, left "
                "families searching for weeks.")
    assert ms[0].sub_event_type == "Abduction/forced disappearance"
    assert ms[0].abducted_min == 40
    _, ms = run("Gunmen seized 12 construction workers on the road to Samarra on Tuesday.")
    assert ms[0].sub_event_type == "Abduction/forced disappearance"
    _, ms = run("Rebels seized control of the town of Kafr Nabl on Monday.")
    assert ms[0].sub_event_type != "Abduction/forced disappearance"


def test_who_the_gunmen_are_believed_to_be_is_not_their_target(run):
    _, ms = run("Unidentified gunmen believed to be ISIS sympathisers shot dead three residents of "
                "Al-Hol camp on Monday.", country="Syria")
    assert ms[0].sub_event_type == "Attack"
    assert "Islamic State" not in (ms[0].actor2 or "")
