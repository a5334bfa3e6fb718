"""A dateline is where the reporter files from, and a place compounded into a modifier
("US-led", "Damascus-backed", "a monitor based in Britain") is who acts: neither is the
event's place."""

import pytest

from sitrep.extract.places import choose, is_dateline


def _is_dateline(text, name):
    a = text.index(name)
    return is_dateline(text, a, a + len(name))


@pytest.mark.parametrize("text,name", [
    ("BEIRUT (Reuters) - Jets struck a market in Idlib on Monday.", "BEIRUT"),
    ("AMMAN, Jordan - Rebels shelled a checkpoint near Deraa overnight.", "AMMAN"),
    ("Updated 12 Mar 2015 Beirut Government helicopters dropped barrel bombs on two towns "
     "in the north on Tuesday.", "Beirut"),
    ("Damascus, SANA - Army units killed dozens of gunmen in the Hama countryside.", "Damascus"),
    ("The video was released on Friday. CAIRO (AP) The bodies of four men were found.", "CAIRO"),
])
def test_datelines(text, name):
    assert _is_dateline(text, name)


@pytest.mark.parametrize("text,name", [
    ("Baghdad Car Bomb Kills Five Near Busy Market.", "Baghdad"),
    ("Mosul residents fled the fighting on Monday.", "Mosul"),
    ("Gunmen attacked a checkpoint in Ramadi on Monday.", "Ramadi"),
    ("Published 20 July 2015 A checkpoint in Idlib was seized.", "Idlib"),
    ("Aleppo Governor Hussein Diab said twenty people died.", "Aleppo"),
])
def test_not_datelines(text, name):
    assert not _is_dateline(text, name)


def _spans(text, *names):
    return [(text.index(n), text.index(n) + len(n)) for n in names]


def test_the_dateline_is_not_the_event_place():
    text = "KABUL (Reuters) - A roadside bomb killed six police in Kandahar province on Sunday."
    assert choose(text, _spans(text, "KABUL", "Kandahar province"), 0).text == "Kandahar province"


def test_a_modifier_is_not_the_event_place():
    text = "US-led jets struck an oil depot in Syria on Monday, a Britain-based monitor said."
    pc = choose(text, _spans(text, "US", "Syria", "Britain"), 0)
    assert pc.text == "Syria" and pc.context == []
    text = "The Damascus-backed militia lost eleven men in the Golan Heights on Sunday."
    assert choose(text, _spans(text, "Damascus", "Golan Heights"), 0).text == "Golan Heights"


def test_the_seat_of_the_monitor_is_not_the_event_place():
    text = "Nine civilians died, said the Observatory, which is based in Britain."
    assert choose(text, _spans(text, "Britain"), 0).text == ""
