from datetime import date

import pytest

from sitrep.extract.dates import DateMention, find_dates, resolve_date

WED = date(2015, 3, 4)  # a Wednesday
MON = date(2015, 3, 2)  # a Monday


@pytest.mark.parametrize("expr,published,expected", [
    ("on Monday", WED, (date(2015, 3, 2), 1)),
    ("on Monday", MON, (date(2015, 3, 2), 1)),  # published on a Monday: that day
    ("last Monday", MON, (date(2015, 2, 23), 1)),
    ("last Monday", WED, (date(2015, 3, 2), 1)),
    ("on Thursday night", WED, (date(2015, 2, 26), 1)),
    ("late Sunday", WED, (date(2015, 3, 1), 1)),
    ("yesterday", WED, (date(2015, 3, 3), 1)),
    ("today", WED, (WED, 1)),
    ("last night", WED, (date(2015, 3, 3), 1)),
    ("the day before yesterday", WED, (date(2015, 3, 2), 1)),
    ("two days ago", WED, (date(2015, 3, 2), 1)),
    ("on Feb 2", WED, (date(2015, 2, 2), 1)),
    ("February 2", WED, (date(2015, 2, 2), 1)),
    ("2 February 2014", WED, (date(2014, 2, 2), 1)),
    ("Feb. 28", WED, (date(2015, 2, 28), 1)),
    ("on 28 February", WED, (date(2015, 2, 28), 1)),
    ("on the 3rd of March", WED, (date(2015, 3, 3), 1)),
    ("Sept. 9, 2014", WED, (date(2014, 9, 9), 1)),
    ("2014-11-05", WED, (date(2014, 11, 5), 1)),
    # a span of days is dated by its first day
    ("between 20 and 22 February", WED, (date(2015, 2, 20), 1)),
    ("over 7-9 December 2014", WED, (date(2014, 12, 7), 1)),
    ("last week", WED, (date(2015, 2, 26), 2)),          # Thursday, the middle of last week
    ("a week ago", WED, (date(2015, 2, 25), 2)),
    ("earlier this week", date(2015, 3, 6), (date(2015, 3, 5), 2)),
    ("earlier this week", WED, (WED, 2)),                # mid-week not after publication
    ("earlier this month", date(2015, 3, 28), (date(2015, 3, 15), 3)),
    ("earlier this month", WED, (WED, 3)),
    ("in February", WED, (date(2015, 2, 15), 3)),
    ("in mid-January", WED, (date(2015, 1, 15), 3)),
    ("last month", WED, (date(2015, 2, 15), 3)),
    ("October 2014", WED, (date(2014, 10, 15), 3)),
])
def test_resolve_date(expr, published, expected):
    assert resolve_date(expr, published) == expected


def test_year_inference_looks_back():
    jan = date(2015, 1, 3)
    assert resolve_date("on Dec 30", jan) == (date(2014, 12, 30), 1)
    assert resolve_date("in November", jan) == (date(2014, 11, 15), 3)
    assert resolve_date("on Jan 3", jan) == (date(2015, 1, 3), 1)


def test_without_publication_date_only_explicit_years_resolve():
    assert resolve_date("on Monday", None) == (None, 0)
    assert resolve_date("Oct 28", None) == (None, 0)
    assert resolve_date("28 October 2014", None) == (date(2014, 10, 28), 1)


@pytest.mark.parametrize("text", [
    "it may rain", "they march on", "the 17th division", "at 10:30", "a 12-year-old boy", "Feb 30",
])
def test_not_dates(text):
    assert resolve_date(text, WED) == (None, 0)


def test_day_beats_month_in_one_expression():
    assert resolve_date("on Thursday in February", WED) == (date(2015, 2, 26), 1)


def test_find_dates_spans_and_order():
    text = "Gunmen struck on Monday. On 28 February 2015 and in January others died. Last week, too."
    found = find_dates(text, WED, offset=50)
    assert [d.text for d in found] == ["on Monday", "On 28 February 2015", "in January", "Last week"]
    for d in found:
        assert isinstance(d, DateMention)
        assert text[d.start - 50:d.end - 50] == d.text
    assert [d.precision for d in found] == [1, 1, 3, 2]


def test_find_dates_is_fast():
    import time
    text = "A car bomb exploded on Monday night near the market, police said on Tuesday. " * 20
    t = time.perf_counter()
    for _ in range(50):
        find_dates(text, WED)
    assert (time.perf_counter() - t) / 50 < 0.01


def test_the_weekend_in_british_and_american_wording():
    tue = date(2017, 4, 18)  # a Tuesday: the weekend just gone began on Saturday 15 April
    assert resolve_date("at the weekend", tue) == (date(2017, 4, 15), 2)
    assert resolve_date("over the weekend", tue) == (date(2017, 4, 15), 2)


def test_a_text_with_no_publication_date_is_anchored_to_its_first_full_date():
    import sitrep

    # a coded note: "in August" is an earlier event of the same year, not the note's toll
    ms = sitrep.extract("On 18 October 2022, militants abducted 2 shepherds near Hawija. The group "
                        "had killed a shepherd it kidnapped in the same area in August.",
                        country="Iraq")
    assert len(ms) == 1 and ms[0].fatalities == 0
    assert ms[0].event_date.isoformat() == "2022-10-18"


def test_lead_date_needs_a_year():
    from sitrep.extract.dates import lead_date

    assert lead_date("On 18 October, militants attacked. On 2 May 2019, more came.").isoformat() \
        == "2019-05-02"
    assert lead_date("Militants attacked on Monday.") is None


def test_a_coders_bracketed_span_after_the_date_does_not_redate_it():
    found = find_dates("Around 21 March 2023 (between 19 and 21 March), a researcher was "
                       "abducted in Baghdad.", date(2023, 3, 25))
    assert [d.date for d in found] == [date(2023, 3, 21), date(2023, 3, 21)]
