"""Event typing: one example of every ACLED sub-event type, and non-events. Own sentences."""

import pytest

from sitrep import taxonomy

CASES = [
    ("Armed clash", "Islamic State fighters clashed with Iraqi troops near Baiji on Tuesday."),
    ("Government regains territory", "Iraqi forces recaptured the town of Tikrit from Daesh on Wednesday."),
    ("Non-state actor overtakes territory", "ISIS militants seized control of the town of Hit in Anbar."),
    ("Chemical weapon", "Dozens of residents were treated after a chlorine gas attack on Sarmin."),
    ("Air/drone strike", "Coalition air strikes hit Islamic State positions near Mosul, killing 12 militants."),
    ("Suicide bomb", "A suicide bomber blew himself up at a funeral in Baquba, killing 14 mourners."),
    ("Shelling/artillery/missile attack", "Mortar shells landed on a residential area of Aleppo, wounding 6 people."),
    ("Remote explosive/landmine/IED", "A roadside bomb struck an army patrol in Tarmiyah, killing two soldiers."),
    ("Remote explosive/landmine/IED", "On 3 March 2015, IS militants detonated a VBIED at an ISF checkpoint in Baiji, killing 5."),
    ("Grenade", "A man threw a hand grenade into a cafe in Kirkuk, wounding four customers."),
    ("Sexual violence", "Islamic State fighters raped Yazidi women held in Sinjar, survivors said."),
    ("Attack", "Islamic State militants executed 30 members of the Albu Nimr tribe near Hit."),
    ("Attack", "Gunmen shot dead three civilians in the Dura district of Baghdad."),
    ("Abduction/forced disappearance", "Gunmen kidnapped a local council member in Samarra on Monday."),
    ("Peaceful protest", "Hundreds of demonstrators rallied peacefully in Tahrir Square demanding jobs."),
    ("Protest with intervention", "Police fired tear gas to disperse protesters in Basra."),
    ("Excessive force against protesters", "Security forces opened fire on protesters in Nasiriyah, killing four."),
    ("Violent demonstration", "Rioters torched the provincial council building in Basra."),
    ("Mob violence", "An angry mob lynched a man accused of spying in a village near Idlib."),
    ("Agreement", "Rebels and government forces agreed to a ceasefire in the Old City of Homs."),
    ("Arrests", "Police arrested five suspected militants in Basra on Sunday."),
    ("Change to group/activity", "Several rebel factions announced the formation of a new coalition and pledged allegiance to its leader."),
    ("Disrupted weapons use", "Bomb disposal teams defused an IED planted near a school in Ramadi."),
    ("Headquarters or base established", "The coalition established a new military base near the Tanf crossing."),
    ("Looting/property destruction", "Militiamen looted and torched homes in the village of Albu Ajil."),
    ("Non-violent transfer of territory", "Kurdish forces withdrew from Kirkuk, handing control to the Iraqi army without a fight."),
    ("Other", "Investigators discovered a mass grave containing dozens of bodies near Sinjar."),
]

NON_EVENTS = [
    "An earthquake killed 20 people in western Iran on Monday.",
    "Iraq beat Syria 2-1 in the football match in Basra.",
    "The foreign minister met his Turkish counterpart to discuss trade.",
    "Robbers shot dead a jeweller in his shop in Baghdad.",
    "Floods swept through villages in Diyala, killing seven people.",
    "The UN Security Council condemned the bombing.",
    "Oil prices rose on Tuesday as markets reacted to the news.",
]


def test_cases_cover_every_sub_event_type():
    assert {c[0] for c in CASES} == set(taxonomy.sub_event_types())


@pytest.mark.parametrize("sub,text", CASES)
def test_sub_event_type(run, sub, text):
    _, mentions = run(text)
    assert mentions, text
    m = mentions[0]
    assert m.sub_event_type == sub
    assert m.event_type == taxonomy.sub_event_types()[sub]
    assert m.disorder_type == taxonomy.disorder_type(m.event_type)
    assert 0 < m.confidence <= 1


@pytest.mark.parametrize("text", NON_EVENTS)
def test_non_events_yield_nothing(run, text):
    _, mentions = run(text)
    assert mentions == []


def test_suicide_beats_car_bomb(run):
    _, ms = run("A suicide car bomber struck a checkpoint in Samarra, killing nine soldiers.")
    assert ms[0].sub_event_type == "Suicide bomb"
    assert ms[0].weapon == "suicide car bomb"
    assert ms[0].target == "checkpoint"


def test_car_bomb_without_suicide_is_ied(run):
    _, ms = run("A car bomb exploded near a market in Sadr City, killing 11 people.")
    assert ms[0].sub_event_type == "Remote explosive/landmine/IED"
    assert ms[0].weapon == "car bomb"
    assert ms[0].target == "market"
    assert ms[0].civilian_targeting is True
    assert ms[0].type_of_violence == 3


def test_recapture_by_militants_is_overtaking(run):
    _, ms = run("Islamic State fighters recaptured the village of Tal Ward after an offensive.")
    assert ms[0].sub_event_type == "Non-state actor overtakes territory"


def test_arrests_by_armed_group_are_abductions(run):
    _, ms = run("Islamic State militants arrested 70 men of the Jubur tribe in Dhuluiya.")
    assert ms[0].sub_event_type == "Abduction/forced disappearance"


def test_threat_is_not_event(run):
    _, ms = run("The group threatened to attack the city if the army advanced.")
    assert ms == []


def test_a_days_after_phrase_is_background_to_the_clause_own_trigger():
    from datetime import date

    from sitrep import pipeline

    ms = pipeline.extract("Militants have abducted about 40 members of a local tribe in Diyala, "
                          "elders said, days after the tribe's last villages fell to the group.",
                          published=date(2015, 5, 4), country="Iraq")
    assert ms[0].sub_event_type == "Abduction/forced disappearance"
    ms = pipeline.extract("The town fell to the militants on Monday.",
                          published=date(2015, 5, 4), country="Iraq")
    assert ms[0].sub_event_type == "Non-state actor overtakes territory"
