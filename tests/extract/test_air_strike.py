"""Air strikes told without the word "strike"."""


def test_aircraft_firing_missiles_is_an_air_strike_by_their_force(run):
    _, ms = run("Royal Air Force Typhoon jets fired Paveway bombs at an Islamic State mortar "
                "team near Mosul on Tuesday, the Ministry of Defence said.", country="Iraq")
    assert ms[0].sub_event_type == "Air/drone strike"
    assert ms[0].actor1 == "Military Forces of the United Kingdom"


def test_a_later_sentence_with_the_finer_place_folds_into_the_strike(run):
    _, ms = run("Royal Air Force Typhoon jets fired Paveway bombs at an armoured vehicle of "
                "Islamic State in western Iraq on Tuesday, Britain said on Wednesday. Officials "
                "said the vehicle had been used by the militants south of Qaim and was "
                "destroyed in the attack.", country="Iraq")
    assert len(ms) == 1
    m = ms[0]
    assert m.sub_event_type == "Air/drone strike"
    assert m.actor1 == "Military Forces of the United Kingdom"
    assert m.location_text == "Qaim" and m.location_relation == "south of"


def test_one_foreign_aircraft_names_its_force(run):
    _, ms = run("A US drone fired two missiles at a pick-up truck near Qaim on Monday, killing "
                "three militants.", country="Iraq")
    assert ms[0].sub_event_type == "Air/drone strike"
    assert ms[0].actor1 == "Military Forces of the United States"
