"""The event's day against the days things were said or found."""

from datetime import date

# Published on a Saturday: "Friday" is 2019-03-08, "Thursday" 2019-03-07.
SAT = date(2019, 3, 9)


def test_a_later_sentence_that_dates_the_event_beats_a_speech_date(run):
    _, ms = run("Gunmen killed 14 shepherds near Baaj, local officials said on Friday. The "
                "attack happened on Thursday evening, they added.", published=SAT)
    assert ms[0].event_date == date(2019, 3, 7)
    assert ms[0].time_precision == 1


def test_bodies_found_a_day_after_are_dated_to_the_killing(run):
    _, ms = run("The bodies of 23 farmers shot by militants near Tarmiyah were recovered from "
                "an orchard on Friday, a day after the massacre.", published=SAT)
    assert ms[0].event_date == date(2019, 3, 7)


def test_a_later_sentence_with_the_killing_verb_dates_the_discovery(run):
    _, ms = run("Police found the bodies of 12 men in a ditch near Baiji on Friday. Relatives "
                "said the men were executed on Wednesday by the militants.", published=SAT)
    assert ms[0].event_date == date(2019, 3, 6)


def test_a_speech_date_alone_leaves_the_day_unknown(run):
    _, ms = run("A roadside bomb killed three soldiers near Rutba, army officers said on "
                "Friday.", published=SAT)
    assert ms[0].event_date == date(2019, 3, 8)
    assert ms[0].time_precision == 2


def test_a_date_of_the_event_in_its_own_clause_keeps_the_day(run):
    _, ms = run("A roadside bomb killed three soldiers near Rutba on Thursday, army officers "
                "said on Friday.", published=SAT)
    assert ms[0].event_date == date(2019, 3, 7)
    assert ms[0].time_precision == 1


def test_a_dated_event_in_another_place_does_not_redate(run):
    _, ms = run("A car bomb killed six people in Karbala, police said on Friday. In a separate "
                "attack on Thursday, a roadside bomb killed two soldiers in Basra.",
                published=SAT)
    by_place = {m.location_text: m.event_date for m in ms}
    assert by_place["Karbala"] == date(2019, 3, 8)
    assert by_place["Basra"] == date(2019, 3, 7)


def test_a_fight_in_its_fourth_day_is_dated_to_its_first_day_at_week_precision(run):
    # Tuesday..Friday: dated Tuesday 5 March, the day reports "since Tuesday" give too.
    _, ms = run("Troops battled insurgents in the old city of Tal Afar for a fourth day on "
                "Friday, killing at least 19 of them.", published=SAT)
    assert ms[0].event_date == date(2019, 3, 5)
    assert ms[0].time_precision == 2
    assert ms[0].evidence["event_date"].text.strip() == "on Friday"


def test_the_nth_day_of_fighting_after_the_date_is_a_span_too(run):
    _, ms = run("Rebels and army units clashed near Hama on Friday, the third straight day of "
                "fighting, leaving 11 dead.", published=SAT)
    assert ms[0].event_date == date(2019, 3, 6)
    assert ms[0].time_precision == 2


def test_a_single_day_fight_keeps_its_day(run):
    _, ms = run("Rebels and army units clashed near Hama on Friday, leaving 11 dead.",
                published=SAT)
    assert ms[0].event_date == date(2019, 3, 8)
    assert ms[0].time_precision == 1


def test_a_possessive_weekday_dates_the_event(run):
    # "Saturday's blast" (or "Saturdays blast" in text stripped of apostrophes) is the event's
    for text in ("The toll rose to 40, medics said on Sunday. Saturday's blast tore through "
                 "a bus station in Azaz.",
                 "The toll rose to 40, medics said on Sunday. Saturdays blast tore through "
                 "a bus station in Azaz."):
        _, ms = run(text, published=date(2019, 3, 10))
        assert ms[0].event_date == date(2019, 3, 9), text
        assert ms[0].time_precision == 1


def test_an_event_dated_by_a_statement_takes_the_day_a_later_clause_gives(run):
    # the lead dates only what the monitor said; the next sentence dates the strikes
    _, ms = run("Government air strikes killed at least 30 people in a rebel-held district, a "
                "monitor said on Friday. The air force carried out 40 strikes on the district "
                "on Thursday, the monitor said.", published=SAT)
    assert ms[0].event_date == date(2019, 3, 7)
    assert ms[0].evidence["event_date"].text.strip() == "on Thursday"


def test_a_later_date_never_replaces_an_earlier_one(run):
    _, ms = run("Government air strikes killed at least 30 people in a rebel-held district on "
                "Thursday, a monitor said on Saturday. The air force carried out more strikes "
                "on the district on Friday.", published=SAT)
    assert ms[0].event_date == date(2019, 3, 7)


def test_a_headline_takes_the_date_of_its_lead(run):
    _, ms = run("Air strikes kill 15 near Hama Monitor Reuters Monday 11 Mar 2019 At least 15 "
                "people were killed on Monday in air strikes on a town near Hama. The town had "
                "come under heavy shelling on Thursday after rebels fired rockets at the city.",
                published=date(2019, 3, 11))
    assert ms[0].event_date == date(2019, 3, 11)
    assert ms[0].time_precision == 1
