"""Armed groups of conflicts outside Iraq and Syria are actors (a data file, armed_groups.yaml),
so their names are not read as places, and their members held by others are the held."""

from datetime import date

import pytest

import sitrep
from sitrep.extract.actors import ActorCatalog


@pytest.mark.parametrize("alias,name", [
    ("ISKP", "Islamic State (Khorasan Province)"),
    ("Islamic State Khorasan Province", "Islamic State (Khorasan Province)"),
    ("ISWAP", "Islamic State (West Africa)"),
    ("al-Shabaab", "Al Shabaab"),
    ("JNIM", "JNIM: Group for Support of Islam and Muslims"),
    ("Boko Haram", "Boko Haram - Jamatu Ahli Sunna lidda'Awati wal-Jihad"),
])
def test_aliases_name_the_acled_actor(alias, name):
    a = ActorCatalog().lookup(alias, "Nigeria")
    assert a is not None and a.name == name and a.inter == 2


def test_a_group_named_after_a_province_is_no_place():
    ms = sitrep.extract(
        "On 29 August 2021, a US drone strike hit a car in a courtyard in Khwaja Burgha, Kabul "
        "(Kabul). The Pentagon first described it as a strike on an Islamic State Khorasan "
        "Province cell and later acknowledged that 10 civilians had been killed.",
        published=date(2021, 9, 1), country="Afghanistan")
    assert len(ms) == 1 and ms[0].fatalities == 10 and ms[0].place.admin1 == "Kabul"


def test_suspected_members_of_a_group_are_the_held_not_the_captors():
    m = sitrep.extract("On 23 August 2022, police arrested 12 suspected al Shabaab members in "
                       "Mogadishu.", published=date(2022, 8, 25), country="Somalia")[0]
    assert m.sub_event_type == "Arrests"
    assert "Shabaab" not in (m.actor1 or "")
