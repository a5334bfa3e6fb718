import pytest

from sitrep.extract.casualties import Casualties, parse_casualties, split_over_days
from sitrep.model import EventMention


def killed(text, **kw):
    c = parse_casualties(text, **kw)
    return c.killed_min, c.killed_max, c.fatalities


# --- plain figures -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("A car bomb went off near the bus station, killing five people and wounding 14.", (5, 5, 5)),
    ("The hospital counted 5 dead, 14 injured.", (5, 5, 5)),
    ("Shelling of the market left 3 dead.", (3, 3, 3)),
    ("Heavy clashes in the old city (27 killed, 60 injured).", (27, 27, 27)),
    ("Officials said the death toll rose to 30 overnight.", (30, 30, 30)),
    ("The blast claimed the lives of twenty-seven worshippers.", (27, 27, 27)),
    ("Nine captives were executed in the square.", (9, 9, 9)),
    ("The militants beheaded two aid workers.", (2, 2, 2)),
    ("Farmers found the bodies of 30 men in an orchard.", (30, 30, 30)),
    ("Residents said 17 bodies were pulled from the river.", (17, 17, 17)),
    ("A dozen soldiers were killed at the outpost.", (12, 12, 12)),
    ("Two hundred prisoners were shot dead.", (200, 200, 200)),
    ("The strike killed 1,200 fighters, a monitor said.", (1200, 1200, 1200)),
    ("A policeman was killed by a sniper.", (1, 1, 1)),
    ("Gunmen shot dead a shepherd and his two sons.", (3, 3, 3)),
])
def test_killed_figures(text, expected):
    assert killed(text) == expected


def test_injured_abducted_arrested():
    c = parse_casualties("A mortar round killed a boy and wounded 11 others near the school.")
    assert (c.killed_min, c.injured_min, c.injured_max) == (1, 11, 11)
    c = parse_casualties("Three more were hurt when the roof collapsed.")
    assert (c.injured_min, c.injured_max, c.killed_min) == (3, 3, None)
    c = parse_casualties("Masked men kidnapped six truck drivers on the highway.")
    assert (c.abducted_min, c.abducted_max) == (6, 6)
    c = parse_casualties("Two engineers were abducted from their hotel.")
    assert c.abducted_min == 2
    c = parse_casualties("Fourteen fishermen were seized by the coastguard.")
    assert c.abducted_min == 14
    c = parse_casualties("Police arrested 23 suspects and detained four more the next day.")
    assert (c.arrested_min, c.arrested_max) == (27, 27)  # "four more" adds
    c = parse_casualties("Troops rounded up 40 men in a dawn raid.")
    assert c.arrested_min == 40
    c = parse_casualties("Seven smugglers were captured at the border crossing.")
    assert c.arrested_min == 7
    assert c.fatalities == 0 and c.killed_min is None


def test_things_are_not_people():
    c = parse_casualties("The army captured 30 rifles and detained five suspects.")
    assert (c.arrested_min, c.arrested_max) == (5, 5)


# --- vague quantities ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,lo,hi,fat", [
    ("Dozens of people were killed in the air strike.", 24, 99, 12),
    ("Tens of fighters died in the battle for the hill.", 20, 99, 10),
    ("Hundreds were killed as the town fell.", 200, 999, 100),
    ("Scores of civilians were killed.", 40, 199, 12),
    ("Several people were killed when a shell hit their home.", 3, 9, 3),
    ("A few guards were killed in the assault.", 2, 5, 3),
    ("A number of soldiers were killed in the ambush.", 2, None, 3),
    ("Many villagers were killed in the shelling.", 3, None, 3),
    ("People were killed when the rocket landed.", 2, None, 3),
])
def test_vague_quantities(text, lo, hi, fat):
    c = parse_casualties(text)
    assert (c.killed_min, c.killed_max, c.fatalities) == (lo, hi, fat)
    assert c.vague


def test_large_scale_raises_acled_figure():
    c = parse_casualties("Many villagers were killed in what survivors called a massacre.")
    assert c.fatalities == 10
    c = parse_casualties("Several people were killed and 45 were wounded in the bombing.")
    assert c.fatalities == 10
    assert parse_casualties("Several people were killed.", scale="large").fatalities == 10
    assert parse_casualties("Several people were killed in the massacre.", scale="small").fatalities == 3


def test_singular_is_one():
    c = parse_casualties("A soldier was killed and a child was wounded.")
    assert (c.killed_min, c.killed_max, c.injured_min, c.vague) == (1, 1, 1, False)


# --- bounds -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("At least 42 people were killed in the bombing.", (42, 42, 42)),
    ("More than 150 people died in the fighting.", (151, 151, 151)),
    ("Up to 30 civilians were killed, activists said.", (15, 30, 15)),
    ("Nearly 50 recruits were killed.", (45, 49, 45)),
    ("About 20 soldiers were killed.", (20, 20, 20)),
    ("Between 10 and 15 fighters were killed.", (10, 15, 10)),
    ("The raid killed 10 to 15 fighters.", (10, 15, 10)),
    ("Some 40 people were killed.", (40, 40, 40)),
])
def test_bounds(text, expected):
    assert killed(text) == expected


# --- sums, subsets, split ------------------------------------------------------------------------

def test_subset_is_not_added():
    c = parse_casualties("The bombing killed 19 people, including 11 soldiers.")
    assert (c.killed_min, c.killed_max, c.fatalities) == (19, 19, 19)
    assert (c.combatants_killed_min, c.civilians_killed_min) == (11, None)


def test_list_items_are_summed():
    c = parse_casualties("Two militants and an officer were killed in the clash.")
    assert (c.killed_min, c.killed_max, c.fatalities) == (3, 3, 3)
    assert c.combatants_killed_min == 3


def test_civilian_combatant_split():
    c = parse_casualties("Four civilians and two policemen were killed in the shelling.")
    assert (c.killed_min, c.civilians_killed_min, c.combatants_killed_min) == (6, 4, 2)
    c = parse_casualties("An air strike killed nine children and a woman.")
    assert (c.killed_min, c.civilians_killed_min, c.combatants_killed_min) == (10, 10, None)


def test_suicide_bomber_counts_among_the_dead():
    c = parse_casualties("A suicide bomber blew himself up at a wedding, killing 5.")
    assert (c.killed_min, c.killed_max, c.fatalities) == (6, 6, 6)
    assert c.combatants_killed_min == 1
    c = parse_casualties("A suicide bomber struck a checkpoint, killing 8 people including the bomber.")
    assert (c.killed_min, c.fatalities) == (8, 8)
    c = parse_casualties("Two suicide bombers attacked the base, killing 12 soldiers.")
    assert (c.killed_min, c.fatalities, c.combatants_killed_min) == (14, 14, 14)
    c = parse_casualties("A would-be suicide bomber was arrested before he could detonate his vest.")
    assert c.killed_min is None and c.fatalities == 0


def test_casualties_alone_is_no_death_figure():
    c = parse_casualties("The explosion caused 30 casualties.")
    assert c.killed_min is None and c.fatalities == 0
    c = parse_casualties("Dozens were killed or wounded in the blast.")
    assert c.killed_min is None and c.fatalities == 0


# --- updates and conflicts ----------------------------------------------------------------------

def test_updated_toll_replaces_earlier_figure():
    assert killed("The toll rose to 30 from 24.") == (30, 30, 30)
    assert killed("The death toll climbed from 24 to 31 on Friday.") == (31, 31, 31)
    assert killed("A truck bomb killed 12 people; the toll later rose to 20.") == (20, 20, 20)


def test_conflicting_figures_span_and_acled_takes_lowest():
    c = parse_casualties("Police said 12 people were killed, while medics put the toll at 15.")
    assert (c.killed_min, c.killed_max, c.fatalities) == (12, 15, 12)
    assert c.evidence["killed"].text == "12 people were killed"


# --- aggregates ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,agg", [
    ("The January toll tops 800, according to the ministry.", 800),
    ("More than 1,000 people have been killed since the siege began.", 1001),
    ("Airstrikes killed 14,000 in 2014, the group said.", 14000),
    ("At least 600 civilians have been killed so far this year.", 600),
])
def test_aggregate_only(text, agg):
    c = parse_casualties(text)
    assert c.is_aggregate
    assert c.killed_min is None and c.fatalities == 0
    assert c.aggregate_killed == agg


def test_incident_with_running_total():
    c = parse_casualties("A bomb killed 7 people in the market, bringing the death toll this month to 300.")
    assert (c.killed_min, c.fatalities, c.is_aggregate) == (7, 7, False)
    assert c.aggregate_killed == 300


# --- negatives and non-tolls --------------------------------------------------------------------

def test_negatives():
    c = parse_casualties("No one was killed in the attack.")
    assert (c.killed_min, c.killed_max, c.fatalities) == (0, 0, 0)
    assert not c.is_empty()
    c = parse_casualties("The device exploded but there were no casualties.")
    assert (c.killed_min, c.injured_min) == (0, 0)
    c = parse_casualties("Nobody was hurt.")
    assert c.injured_min == 0 and c.killed_min is None
    c = parse_casualties("There were no immediate reports of casualties.")
    assert c.is_empty()


@pytest.mark.parametrize("text", [
    "A bill that killed the reform passed the senate.",
    "The 17th division advanced in 2014.",
    "On Oct 28 officials met in the capital.",
    "A 12-year-old boy went missing.",
    "Talks lasted 3 hours.",
])
def test_not_tolls(text):
    assert parse_casualties(text).is_empty()


def test_ages_and_dates_are_not_counts():
    c = parse_casualties("A 12-year-old boy was killed on 28 October.")
    assert (c.killed_min, c.killed_max) == (1, 1)
    c = parse_casualties("On Oct 28 four soldiers were killed.")
    assert (c.killed_min, c.killed_max) == (4, 4)


# --- evidence and the mention -------------------------------------------------------------------

def test_evidence_spans_use_offset():
    report = "Intro sentence. Gunmen killed four farmers and wounded two."
    start = report.index("Gunmen")
    clause = report[start:]
    c = parse_casualties(clause, offset=start, sentence=clause, sentence_start=start)
    ev = c.evidence["killed"]
    assert report[ev.start:ev.end] == ev.text == "killed four farmers"
    assert ev.sentence_start == start
    inj = c.evidence["injured"]
    assert report[inj.start:inj.end] == "wounded two"


def test_apply_copies_onto_mention():
    m = EventMention(report_id="r1")
    m.evidence["event_type"] = None
    c = parse_casualties("Five soldiers and a civilian were killed, and 9 people were wounded.")
    c.apply(m)
    assert (m.killed_min, m.killed_max, m.fatalities, m.injured_min) == (6, 6, 6, 9)
    assert (m.combatants_killed_min, m.civilians_killed_min) == (5, 1)
    assert set(m.evidence) == {"event_type", "killed", "injured"}


def test_empty():
    assert Casualties().is_empty()
    assert parse_casualties("").is_empty()
    assert parse_casualties("The minister visited the front.").is_empty()


def test_split_over_days():
    assert split_over_days(10, 3) == [4, 3, 3]
    assert split_over_days(9, 3) == [3, 3, 3]
    assert split_over_days(2, 4) == [2, 0, 0, 0]
    assert sum(split_over_days(101, 7)) == 101
    with pytest.raises(ValueError):
        split_over_days(5, 0)


def test_fast_enough():
    import time
    text = "A suicide bomber blew himself up near a mosque, killing at least 27 worshippers and wounding dozens."
    t = time.perf_counter()
    for _ in range(200):
        parse_casualties(text)
    assert (time.perf_counter() - t) / 200 < 0.005


@pytest.mark.parametrize("text,expected", [
    ('Around 90 IS fighters "killed" near Tal Afar', (90, 90, 90)),
    ("Army kills' 12 militants west of the city", (12, 12, 12)),
    ("Air raids kill 40 IS militants, 18 injured", (40, 40, 40)),
    ("Suicide bomber hits army post", (1, 1, 1)),
])
def test_headline_forms(text, expected):
    assert killed(text) == expected


def test_including_between_figure_and_verb():
    c = parse_casualties("Hundreds of people including children have been killed in the raids.")
    assert (c.killed_min, c.fatalities) == (200, 100)
    c = parse_casualties("Eight people, including two children, were killed.")
    assert (c.killed_min, c.killed_max, c.civilians_killed_min) == (8, 8, 2)


def test_toll_rising_after_a_long_subject():
    c = parse_casualties("The death toll from Thursday's car bombing at a police checkpoint in "
                         "Baghdad's Dura district rose to five, a police source said.")
    assert (c.killed_min, c.killed_max) == (5, 5)


def test_wounded_who_died_is_not_an_injured_figure():
    c = parse_casualties("The toll rose to five after one of the wounded died in hospital.")
    assert (c.killed_min, c.injured_min) == (5, None)
