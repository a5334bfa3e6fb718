"""A reason or charge ("suspected of rocket attacks", "for covering protests") names another
event: it does not type the clause."""

import pytest


@pytest.mark.parametrize("text,sub", [
    ("On 4 May 2021, police arrested 3 men in Kirkuk city, including one wanted for IED attacks.",
     "Arrests"),
    ("Counter-terrorism forces raided a house in Dora and arrested 6 men suspected of involvement "
     "in rocket attacks.", "Arrests"),
    ("Security forces arrested 2 reporters in Ranya for covering protests over unpaid salaries.",
     "Arrests"),
])
def test_a_reason_does_not_type_the_event(run, text, sub):
    assert run(text, country="Iraq")[1][0].sub_event_type == sub


def test_protesters_arrested_is_still_a_protest_with_intervention(run):
    _, ev = run("Police fired tear gas and arrested 12 protesters in Basra on Monday.",
                country="Iraq")
    assert ev[0].sub_event_type == "Protest with intervention"
