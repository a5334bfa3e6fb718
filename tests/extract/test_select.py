"""Which clauses of a report become events: main event, separate events, elaboration,
background and summaries. Sentences written for these tests."""

from datetime import date

PUB = date(2016, 5, 10)  # a Tuesday


def test_elaborating_sentences_fold_into_the_main_event(run):
    _, evs = run(
        "A car bomb exploded at a police checkpoint in Karrada on Monday, killing six people. "
        "Ambulances took the wounded to hospitals in Kadhimiya. "
        "Police later said the blast had damaged a row of shops.", published=PUB)
    assert len(evs) == 1
    assert evs[0].location_text == "Karrada"
    assert (evs[0].killed_min, evs[0].killed_max) == (6, 6)


def test_a_toll_in_a_later_sentence_fills_the_main_event(run):
    _, evs = run(
        "Militants attacked an army outpost near Tarmiyah on Monday. "
        "A police officer said four soldiers were killed and seven wounded in the fighting.",
        published=PUB)
    assert len(evs) == 1
    assert evs[0].killed_min == 4 and evs[0].injured_min == 7


def test_background_clause_is_no_event(run):
    _, evs = run(
        "Gunmen shot dead three shepherds near Rutba on Monday, officials said. "
        "The town fell to the militants in 2014 and was retaken two years later.",
        published=PUB)
    assert len(evs) == 1
    assert evs[0].killed_min == 3


def test_and_another_splits_a_roundup_clause_and_keeps_the_weapon(run):
    _, evs = run(
        "In other attacks on Monday, a car bomb killed four people in Hurriya and another "
        "killed two in Shaab.", published=PUB)
    assert [(e.location_text, e.killed_min) for e in evs] == [("Hurriya", 4), ("Shaab", 2)]
    assert {e.sub_event_type for e in evs} == {"Remote explosive/landmine/IED"}


def test_summary_sentence_is_not_a_third_event(run):
    _, evs = run(
        "Two car bombs exploded in Baghdad on Monday, killing at least eight people. "
        "The first struck a market in Shorja, killing three. "
        "Hours later, a second car bomb killed five people in Sadr City.", published=PUB)
    assert sorted(e.location_text for e in evs) == ["Sadr City", "Shorja"]
    assert sorted(e.killed_min for e in evs) == [3, 5]


def test_pointing_back_is_not_a_new_event(run):
    _, evs = run(
        "A roadside bomb killed two soldiers near Baiji on Monday. "
        "It was the second bomb on the road this week.", published=PUB)
    assert len(evs) == 1


def test_summary_names_the_weapon_of_a_bare_toll(run):
    _, evs = run(
        "A wave of car bombs struck Baghdad over the past week. "
        "On Monday alone, four people died in Karrada, while two were killed in Jadiriya.",
        published=PUB)
    assert {e.location_text for e in evs} == {"Karrada", "Jadiriya"}
    assert {e.sub_event_type for e in evs} == {"Remote explosive/landmine/IED"}


def test_another_country_named_by_the_report_names_its_forces(run):
    _, evs = run("Lebanese soldiers fought gunmen in Tripoli on Monday. The army said two "
                 "soldiers were wounded.", published=PUB, country="Iraq")
    assert evs[0].actor1 == "Military Forces of Lebanon"


def test_generic_forces_take_acled_country_names(run):
    _, evs = run("Police clashed with gunmen in Basra on Monday, killing two of them.",
                 published=PUB, country="Iraq")
    assert "Police Forces of Iraq" in (evs[0].actor1, evs[0].actor2)


def test_bomb_at_a_police_checkpoint_has_police_as_target(run):
    _, evs = run("A car bomb exploded at a police checkpoint in Hilla on Monday, killing five "
                 "people.", published=PUB, country="Iraq")
    assert evs[0].actor1 != "Police Forces of Iraq"
    assert evs[0].actor2 == "Police Forces of Iraq"


def test_headline_folds_into_the_lead(run):
    _, evs = run("Blast in central Basra market kills three\n\nThree people died and 11 were "
                 "wounded on Monday when a bomb exploded in the Ashar market, police said.",
                 published=PUB, country="Iraq")
    assert len(evs) == 1
    assert evs[0].location_text == "Ashar"
    assert (evs[0].killed_min, evs[0].injured_min) == (3, 11)


def test_the_date_of_a_statement_gives_way_to_the_date_of_the_event(run):
    _, evs = run("The army said on Tuesday that it had killed 20 militants in clashes near "
                 "Hawija on Sunday.", published=PUB, country="Iraq")
    assert evs[0].event_date == date(2016, 5, 8)


def test_the_source_of_a_report_is_not_a_side(run):
    _, evs = run("A roadside bomb killed two farmers near Tuz Khurmatu on Monday, police said.",
                 published=PUB, country="Iraq")
    assert evs[0].actor1 != "Police Forces of Iraq"


def test_a_weak_clause_with_no_actor_weapon_or_toll_is_no_event(run):
    _, evs = run("Heavy rain flooded villages near Amara on Monday. Farmers said the water had "
                 "destroyed crops.", published=PUB, country="Iraq")
    assert evs == []


def test_gunmen_named_by_their_group_are_that_group(run):
    _, evs = run("Gunmen belonging to the Islamic State group stormed a village near Tuz "
                 "Khurmatu on Monday, killing four farmers.", published=PUB, country="Iraq")
    assert evs[0].actor1 == "Islamic State"


def test_government_troops_are_the_monitored_country_s(run):
    _, evs = run("Government troops clashed with Islamic State fighters near Baiji on Monday.",
                 published=PUB, country="Iraq")
    assert "Military Forces of Iraq" in (evs[0].actor1, evs[0].actor2)


def test_a_place_told_again_in_other_words_is_the_same_place(run):
    _, evs = run("Militants attacked the Dujail district on Monday. A police officer in Dujail "
                 "said 15 people were killed and 25 wounded in the fighting.", published=PUB,
                 country="Iraq")
    assert len(evs) == 1
    assert (evs[0].killed_min, evs[0].injured_min) == (15, 25)


def test_a_raid_that_kills_civilians_with_no_named_attacker_is_an_attack(run):
    _, evs = run("At least 25 women were killed in a raid on two apartment blocks in eastern "
                 "Baghdad on Monday.", published=PUB, country="Iraq")
    assert evs[0].sub_event_type == "Attack"


def test_a_later_clause_gives_the_place_a_country_only_lead_lacked(run):
    _, evs = run("Air strikes killed 12 civilians in Syria on Monday. The air strikes hit a "
                 "market in Ariha, residents said.", published=PUB, country="Syria")
    assert len(evs) == 1
    assert evs[0].location_text == "Ariha"
    assert evs[0].killed_min == 12


def test_a_later_clause_updates_the_toll_of_the_event_it_continues(run):
    _, evs = run("A car bomb killed 12 people at a market in Hilla on Monday. The death toll "
                 "later rose to 19.", published=PUB, country="Iraq")
    assert len(evs) == 1
    assert evs[0].killed_max == 19


def test_no_casualties_in_a_disaster_report_is_no_event(run):
    _, evs = run("Heavy rain flooded villages near Amara on Sunday, forcing families from "
                 "their homes. No casualties were reported.", published=PUB, country="Iraq")
    assert evs == []


def test_the_country_a_report_names_is_context_for_its_places(run):
    _, evs = run("Gunmen opened fire on a Lebanese army patrol in Tripoli on Monday.",
                 published=PUB, country="Iraq")
    assert "Lebanon" in evs[0].location_context


def test_a_named_weapon_keeps_its_explosive_reading(run):
    _, evs = run("At least three people were killed and more than a dozen wounded in a car "
                 "bombing at a police checkpoint in Yusufiyah yesterday, hospital sources said.",
                 published=PUB, country="Iraq")
    assert evs[0].sub_event_type == "Remote explosive/landmine/IED"


def test_a_report_about_another_country_that_names_the_monitor_s_in_passing(run):
    _, evs = run("Islamist fighters in Derna, eastern Libya, have seized the town's port, "
                 "the first territory the group holds outside Iraq and Syria. Libya's "
                 "government has no control over Derna.", published=PUB, country="Iraq")
    assert evs and all("(Iraq)" not in (e.actor1 or "") for e in evs)


def test_a_neighbour_named_once_leaves_the_monitor_s_country(run):
    _, evs = run("Gunmen killed three Iraqi soldiers near Qaim on Monday, close to the Syrian "
                 "border.", published=PUB, country="Iraq")
    assert "Military Forces of Iraq" in (evs[0].actor1, evs[0].actor2)


def test_a_placeless_toll_after_a_semicolon_is_the_dead_of_the_event_before(run):
    # a headline: the toll after the semicolon is the capture's fighting, not another event
    _, evs = run("Rebels capture Hama as army withdraws; 20 killed in fighting on city's "
                 "outskirts, monitor says", published=PUB)
    assert len(evs) == 1 and evs[0].killed_min == 20
    # the same in a wire report: the toll sentence carries a semicolon of its own
    _, evs = run(
        "Kurdish fighters battled Islamic State militants in the streets of Kobani overnight. "
        "A Kurdish official said at least 20 IS fighters died in fighting on its eastern side; "
        "he gave no figure for Kurdish losses.", published=PUB)
    assert len(evs) == 1 and evs[0].fatalities == 20


def test_a_list_item_with_a_place_and_toll_of_its_own_is_still_another_event(run):
    _, evs = run("A car bomb killed five people in Dura; a roadside bomb killed two soldiers "
                 "in Tarmiyah.", published=PUB)
    assert len(evs) == 2 and [e.fatalities for e in evs] == [5, 2]


def test_another_source_s_bare_figure_after_a_semicolon_stays_with_its_toll(run):
    _, evs = run("Police fired on marchers in Kut on Monday. Medics said five protesters were "
                 "killed; the police said 3.", published=PUB)
    assert len(evs) == 1
    assert (evs[0].killed_min, evs[0].killed_max, evs[0].fatalities) == (3, 5, 3)


def test_a_toll_at_the_same_place_spelt_another_way_is_the_event_before(run):
    # "Al-Rabia (Ninewa)" and "Rabia" are one place: the toll clause is no second event
    _, evs = run("Jets struck a fuel depot near Al-Rabia (Ninewa) as part of a wider wave of raids; "
                 "at the Rabia depot two guards were killed.", published=PUB)
    assert len(evs) == 1 and evs[0].fatalities == 2


def test_a_nationality_is_no_place_of_its_own(run):
    _, evs = run("Aircraft bombed a militant convoy near Rutba on Monday. A US official estimated "
                 "40 militants were killed.", published=PUB)
    assert len(evs) == 1 and evs[0].fatalities == 40
    assert evs[0].location_text == "Rutba"


def test_one_event_set_in_a_wave_is_no_summary():
    """"..., part of a wave of bombings" places one bombing in a series; it is not a summary
    of the series, so it stays the main event beside the second bomb."""
    import sitrep

    evs = sitrep.extract(
        "A car bomb near a market in Sadr City killed at least 23 people on Monday, police said, "
        "part of a wave of bombings across the capital. A second bomb near a bus stop in the "
        "Shula district killed five more.", published=PUB, country="Iraq")
    assert [(e.location_text, e.killed_min) for e in evs] == [("Sadr City", 23),
                                                              ("Shula district", 5)]
