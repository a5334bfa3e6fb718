"""What the words around a trigger say of its event: who the unnamed side is, which verb
tells the event when another is background, a disaster that did the killing, a protest met
by force in the next sentence, and names that are actors, not places. Sentences written for
these tests."""

import pytest

import sitrep


def first(text, published="2021-03-10", country=None):
    ms = sitrep.extract(text, published=published, country=country)
    assert ms, text
    return ms[0]


@pytest.mark.parametrize("text,actor1", [
    # the name told right after the unnamed side is who they are, not a second side
    ("Militants believed to be from Islamic State attacked two villages near Ouallam.",
     "Islamic State"),
    ("Armed men believed to belong to Asaib Ahl al-Haq killed 4 residents in Muqdadiyah.",
     "Asa'ib Ahl al-Haq"),
    # a named group blamed for the deed
    ("A farmer was shot dead by armed men near Suarez, a rights group said, blaming FARC "
     "dissidents.", "FARC Dissidents"),
])
def test_the_unnamed_side_is_the_group_named_for_it(text, actor1):
    m = first(text)
    assert m.actor1 == actor1
    assert m.sub_event_type == "Attack"


@pytest.mark.parametrize("alias,name", [
    ("Taliban fighters", "Taliban"), ("Houthi rebels", "Houthi Movement"),
    ("Imbonerakure", "Imbonerakure"), ("Hamas", "Hamas Movement"),
])
def test_widely_reported_groups_are_actors(alias, name):
    m = first(f"{alias} attacked a police post near the border, killing two officers.")
    assert m.actor1 == name


def test_an_armed_groups_beating_is_an_attack_not_mob_violence():
    m = first("Imbonerakure members beat a teacher to death in Muyinga.", country="Burundi")
    assert m.sub_event_type == "Attack"


@pytest.mark.parametrize("text,sub", [
    # a leading "after ..." is what came before; the clause's own verb tells the event
    ("On 29 July 2021, after the army shelled the old town, former rebels attacked three "
     "army checkpoints west of Daraa, killing 4 soldiers.", "Armed clash"),
    # a trailing "after ..." when the clause's own trigger is strong
    ("Fano militiamen looted shops and grain stores in Humera after allied forces took control of "
     "the town.", "Looting/property destruction"),
    # ... but a bare killing word before it still takes the weapon after
    ("Three people died after a car bomb exploded near a market in Mosul.",
     "Remote explosive/landmine/IED"),
    # burning with killings is the attack
    ("Troops raided Kinda village and set fire to houses. Residents found the bodies of 9 "
     "villagers after the soldiers left.", "Attack"),
])
def test_which_trigger_tells_the_event(text, sub):
    assert first(text).sub_event_type == sub


@pytest.mark.parametrize("text", [
    "On 3 March 2023, an earthquake destroyed hundreds of buildings in Jinderes and killed "
    "more than 300 people.",
    "A fire that broke out in a chemical warehouse in Dhaka killed at least 60 people.",
    "Quake kills 900 in Paktika, Taliban appeal for aid",
    # an arrest "without resistance" is no handover of territory
])
def test_a_disaster_that_did_the_killing_is_no_event(text):
    assert sitrep.extract(text, published="2023-03-05") == []


def test_an_arrest_without_resistance_is_an_arrest():
    m = first("On 19 November 2023, the army arrested a wanted IS leader in Hawija without "
              "resistance.", published="2023-11-21", country="Iraq")
    assert m.sub_event_type == "Arrests"


def test_a_protest_met_by_police_in_the_next_sentence_is_a_protest_with_intervention():
    m = first("On 20 October 2022, protesters marched in Moundou against the transition. "
              "Police Forces of Chad fired tear gas and made arrests.", published="2022-10-22",
              country="Chad")
    assert m.sub_event_type == "Protest with intervention"
    assert m.place is not None and m.place.name.startswith("Moundou")


def test_a_source_in_a_place_does_not_place_the_event():
    ms = sitrep.extract("On 31 October 2023, Israeli airstrikes flattened buildings in Jabalia "
                        "refugee camp. The Health Ministry in Gaza said at least 50 people "
                        "were killed.", published="2023-11-02", country="Palestine")
    assert len(ms) == 1 and ms[0].fatalities == 50


def test_a_toll_at_a_place_the_event_named_is_its_toll():
    ms = sitrep.extract("On 2 January 2021, militants attacked the villages of Tchoma Bangou "
                        "and Zaroumadareye. Local officials said 70 people were killed in "
                        "Tchoma Bangou.", published="2021-01-05", country="Niger")
    assert len(ms) == 1 and ms[0].fatalities == 70


def test_a_country_that_speaks_does_not_place_the_toll_elsewhere():
    # "Azerbaijan said seven of its servicemen died": the speaker, and its own dead
    ms = sitrep.extract("On 16 November 2021, Armenian and Azerbaijani forces clashed at border "
                        "positions near Tegh. Armenia's defence ministry said six of its soldiers "
                        "were killed; Azerbaijan said seven of its servicemen died.",
                        published="2021-11-18", country="Armenia")
    assert len(ms) == 1 and ms[0].fatalities == 13


def test_an_acled_actor_name_before_its_verb_is_no_dead_person():
    m = first("On 20 April 2023, men in the uniforms of Military Forces of Burkina Faso (2022-) "
              "killed villagers in Karma. The prosecutor said about 60 people were killed.",
              published="2023-04-22", country="Burkina Faso")
    assert m.fatalities == 60


@pytest.mark.parametrize("text", [
    # the dead of the event the families remember, told in its relative clause
    "On 13 July 2021, families of victims of the 2020 port explosion, which killed more than "
    "200 people, protested outside a minister's home in Beirut.",
    # the killing a crowd answered is another event
    "On 9 April 2024, groups of men attacked Syrian workers in Jbeil after a party official "
    "was found dead. Several Syrians were injured.",
    # the attack a suspect is linked to
    "On 12 September 2018, police arrested 3 suspects in Tripoli whom they linked to the attack "
    "on the oil company that killed 2 employees.",
])
def test_the_dead_of_another_event_are_not_this_ones(text):
    m = first(text, published="2021-07-15", country="Lebanon")
    assert m.fatalities == 0
