"""A group declaring a place its own, with no fighting told, is a transfer of territory."""

from datetime import date


def test_declared_control_is_a_transfer_of_territory(run):
    _, ms = run("The Nusra Front has declared that it controls the border town of Kessab, "
                "residents said on Tuesday.")
    assert ms[0].sub_event_type == "Non-violent transfer of territory"


def test_announced_part_of_a_group_is_the_same_reading(run):
    _, ms = run("Jihadist fighters in Sirte have announced the city is now part of the Islamic "
                "State.")
    assert ms[0].sub_event_type == "Non-violent transfer of territory"
    assert ms[0].actor1  # the announcers are the actor, not a source


def test_a_place_with_its_own_country_is_not_moved_to_the_theatre():
    from sitrep import pipeline

    ms = pipeline.extract("Jihadist fighters in Sirte, central Libya, have announced the city is "
                          "now part of the Islamic State, its first territory outside Iraq and "
                          "Syria.", published=date(2015, 2, 2), country="Iraq")
    assert ms[0].place.iso2 == "LY"


def test_taking_a_place_after_the_other_side_left_is_a_transfer(run):
    _, ms = run("Kurdish forces entered the town of Tal Tamr after the withdrawal of government "
                "troops on Sunday.")
    assert ms[0].sub_event_type == "Non-violent transfer of territory"
    _, ms = run("Government troops retook the town of Tal Tamr after heavy fighting with IS on "
                "Sunday.")
    assert ms[0].sub_event_type == "Government regains territory"


def test_groups_merging_to_form_a_new_one_change_group_activity(run):
    _, ms = run("Two rebel brigades merged to form a new front in Daraa on Friday.")
    assert ms[0].sub_event_type == "Change to group/activity"
