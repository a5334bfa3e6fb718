"""A reason or charge ("suspected of rocket attacks", "for covering protests") or a crowd's
demand names another event: it does not type the clause. Also the coded-note wordings fixed
with them (cluster munitions, interceptions, a date in March)."""

import pytest


@pytest.mark.parametrize("text,sub", [
    ("On 4 May 2021, police arrested 3 men in Kirkuk city, including one wanted for IED attacks.",
     "Arrests"),
    ("Counter-terrorism forces raided a house in Dora and arrested 6 men suspected of involvement "
     "in rocket attacks.", "Arrests"),
    ("Security forces arrested 2 reporters in Ranya for covering protests over unpaid salaries.",
     "Arrests"),
    # what a crowd demands is not the event
    ("Hundreds of supporters of the cleric gathered near the ministry in Baghdad to demand the "
     "withdrawal of foreign troops.", "Peaceful protest"),
    ("Dozens of residents gathered outside the governorate building in Basra demanding water.",
     "Peaceful protest"),
    ("Army artillery fired cluster munitions at a camp for displaced families near Sarmada.",
     "Shelling/artillery/missile attack"),
    ("Air defences intercepted hostile targets over Masyaf on Sunday night.",
     "Disrupted weapons use"),
])
def test_the_event_not_its_reason_or_demand_types_the_clause(run, text, sub):
    assert run(text, country="Iraq")[1][0].sub_event_type == sub


def test_protesters_arrested_is_still_a_protest_with_intervention(run):
    _, ev = run("Police fired tear gas and arrested 12 protesters in Basra on Monday.",
                country="Iraq")
    assert ev[0].sub_event_type == "Protest with intervention"


def test_the_month_of_march_is_no_march(run):
    _, ev = run("On 4 March 2020, militiamen beat a farmer in Jindires and burned his car.",
                country="Syria")
    assert all(e.sub_event_type != "Protest with intervention" for e in ev)
