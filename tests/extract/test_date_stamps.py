"""A date stamp opening an article ("Published 4 July 2015 ...") dates the article, not an
event: relative dates resolve against it and it never becomes an event's date."""

from datetime import date

import pytest

from sitrep.extract.dates import date_stamp


@pytest.mark.parametrize("text,day", [
    ("Published March 9 2016 Gunmen killed four guards at a checkpoint on Tuesday.",
     date(2016, 3, 9)),
    ("Date of publication 12 May 2017 At least nine people died when a shell hit a bakery.",
     date(2017, 5, 12)),
    ("Thursday 2 June 2016 Jets bombed a market in the north of the province.",
     date(2016, 6, 2)),
    ("Thu 02 Jun 2016 Jets bombed a market in the north of the province.", date(2016, 6, 2)),
    ("11.04.2015 Two soldiers were wounded by a sniper.", date(2015, 4, 11)),
    ("Rockets hit the airport Wire Desk Sunday 5 Feb 2017 Rockets struck the runway.",
     date(2017, 2, 5)),
    ("June 8 2016 by a staff reporter A car bomb exploded outside a mosque.", date(2016, 6, 8)),
])
def test_stamps(text, day):
    assert date_stamp(text).date == day


@pytest.mark.parametrize("text", [
    "On 9 March 2016, gunmen killed four guards at a checkpoint. 4 fatalities.",
    "Gunmen killed four guards at a checkpoint on 9 March 2016, police said.",
    "The siege that began 9 March 2016 ended in a truce.",
    "9 March 2016 marked the first anniversary of the siege.",
    "Gunmen killed four guards at a checkpoint on Tuesday.",
    "March 9 Gunmen killed four guards.",  # no year: not a stamp
])
def test_not_stamps(text):
    assert date_stamp(text) is None


def test_relative_dates_resolve_against_the_stamp(run):
    # the feed says 20 March (a crawl date); the article says it is of Friday 11 March
    _, ms = run("Published March 11 2016 A car bomb killed seven people at a market in Hilla on "
                "Thursday, police said.", published=date(2016, 3, 20))
    assert ms[0].event_date == date(2016, 3, 10)
    assert ms[0].evidence["event_date"].text.strip() == "on Thursday"


def test_the_stamp_is_not_the_event_date(run):
    # the stamp is the publication day: the event is that week's, as with no stamp at all
    _, ms = run("3 Oct 2017 Seventeen people were killed by suicide bombers who attacked a "
                "police station in Damascus, state media said.", published=date(2017, 10, 3))
    assert ms[0].event_date == date(2017, 10, 3)
    assert ms[0].time_precision == 2
    assert ms[0].evidence["event_date"].text == "3 Oct 2017"


def test_a_stamp_on_its_own_line_lends_no_later_date_to_the_lead(run):
    # "in August" further down is background, not the date of the lead's event
    _, ms = run("Nov 4, 2014\n\nA car bomb killed five soldiers at a checkpoint in Tikrit.\n\n"
                "The army had retaken the town in August.", published=date(2014, 11, 4))
    assert ms and ms[0].event_date == date(2014, 11, 4)


def test_the_last_day_of_a_span_that_opens_a_note_is_no_stamp():
    from datetime import date

    import sitrep
    from sitrep.extract.dates import date_stamp

    text = ("Between 15 and 16 April 2015, ISIS fighters repeatedly attacked the Albu Ghanim area "
            "east of Ramadi. Nine soldiers and tribal fighters were killed over the two days.")
    assert date_stamp(text) is None
    m = sitrep.extract(text, published="2015-04-18", country="Iraq")[0]
    assert m.event_date == date(2015, 4, 15) and m.fatalities == 5  # 9 over 2 days, first 5
