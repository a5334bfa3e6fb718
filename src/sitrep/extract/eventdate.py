"""Which of a report's dates is the day of the event.

A report dates several things: the event ("on Thursday, militants killed"), what was said
about it ("sources said on Friday"), and what was found after it ("bodies were found on
Friday, a day after the killings"). Each date found gets a role:

- "explicit": the text dates the event verb or noun itself ("the killings took place on
  Thursday", "tribesmen executed on Thursday", "a day after the killings");
- "event": a plain date in the event's clause;
- "discovery": when something was found;
- "speech": when something was said;
- "span": a day of a fight of several days ("fought for a fourth day on Sunday").

A later sentence of the same event that dates it explicitly beats a speech or discovery
date of the lead, or a date the clause only borrowed. When the only date is a speech date
or the publication date, the exact day of the event is not known (ACLED time_precision 2).
A fight of several days is dated by its first day ("for a fourth day on Sunday" is
Thursday) at time_precision 2: the first day is what every report of the fight shares
("since Thursday", "began on Thursday"), whichever day of it the report was written on.
"""

from __future__ import annotations

import re
from datetime import timedelta

from sitrep.extract.dates import EVENT_NOUN as _EVENT_NOUN
from sitrep.extract.dates import calendar
from sitrep.extract.numbers import parse_number

WEAK = {"speech", "discovery", "lead", "lead-speech", "published"}
# An event dated by nothing better than these takes the day a later clause of it gives:
# wire leads often leave the day to the second sentence (select.fill_date).
UNDATED = WEAK - {"discovery"}
# ACLED: a speech or publication date tells the week the event fell in, not its day.
UNSURE_DAY = {"speech", "lead-speech", "published", "span"}

SAID = re.compile(r"\b(?:said|says|say|told|announced|reported|added|confirmed|stated|"
                  r"claimed|declared)(?:\s+\w+){0,2}?\s+(?:(?:late|early)\s+)?(?:on\s+)?$")
_FOUND = re.compile(r"\b(?:found|discovered|recovered|unearthed|retrieved|dug up)"
                    r"(?:\s+[\w-]+){0,10}?\s+(?:(?:late|early)\s+)?(?:on\s+)?$", re.IGNORECASE)
# "took place on Thursday", "tribesmen executed on Thursday", "the attack late on Sunday"
_EXPLICIT = re.compile(
    r"(?:\b(?:took place|happened|occurred|was carried out|were carried out|executed|"
    r"massacred|shot dead|slain|murdered|erupted|broke out)(?:\s+[\w-]+){0,3}?"
    r"|\b" + _EVENT_NOUN + r")\s+(?:(?:late|early)\s+)?(?:on\s+)?$", re.IGNORECASE)
# "..., a day after the killings": the event was that many days before the date.
_DAYS_AFTER = re.compile(r"\s*,?\s*(?P<n>a|one|two|three|four|five|\d+)\s+days?\s+after\s+"
                         r"(?:the\s+)?" + _EVENT_NOUN + r"\b", re.IGNORECASE)
_ORDINAL = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}
_NTH = r"(?P<nth>" + "|".join(_ORDINAL) + r"|[2-7](?:nd|rd|th))"
_RUN = r"(?:straight\s+|consecutive\s+|successive\s+)?day"
# "fought for a fourth day on Sunday", "... for the third consecutive day on Friday"
_SPAN_BEFORE = re.compile(r"\bfor\s+(?:a|the)\s+" + _NTH + r"\s+" + _RUN
                          + r"(?:\s+running)?\s+(?:(?:late|early)\s+)?(?:on\s+)?$", re.IGNORECASE)
# "on Sunday, the fourth day of fighting"
_SPAN_AFTER = re.compile(r"\s*,\s*the\s+" + _NTH + r"\s+" + _RUN + r"\s+of\b", re.IGNORECASE)
_RANK = {"explicit": 0, "event": 0, "span": 0, "discovery": 1, "speech": 2}
# "Saturday's blast", "Tuesday's chemical attack": the date is the event's own.
_POSSESSIVE = re.compile(r"['’]?s\s+(?:[\w-]+\s+){0,2}?" + _EVENT_NOUN + r"\b", re.IGNORECASE)


def _span_days(text: str, d) -> int:
    """How many days the fight dated by `d` has lasted (1 when the text does not say)."""
    m = _SPAN_BEFORE.search(text, max(0, d.start - 60), d.start) or _SPAN_AFTER.match(text, d.end)
    if not m:
        return 1
    nth = m.group("nth").lower()
    return _ORDINAL.get(nth) or int(nth[0])


def role(text: str, d) -> str:
    """The role of date mention `d` (spans in `text`)."""
    before = text[max(0, d.start - 60):d.start]
    if SAID.search(text, max(0, d.start - 40), d.start):
        return "speech"
    if _span_days(text, d) > 1:
        return "span"
    if _FOUND.search(before):
        return "explicit" if _DAYS_AFTER.match(text, d.end) else "discovery"
    if _EXPLICIT.search(before) or _POSSESSIVE.match(text, d.end):
        return "explicit"
    return "event"


def event_day(text: str, d):
    """The event's day a date mention gives: "found on Friday, a day after" is Thursday."""
    m = _DAYS_AFTER.match(text, d.end)
    if m and _FOUND.search(text[max(0, d.start - 60):d.start]):
        n = 1 if m.group("n").lower() == "a" else parse_number(m.group("n")) or 1
        return d.date - timedelta(days=n)
    return d.date - timedelta(days=_span_days(text, d) - 1)


def best(text: str, found: list):
    """(date mention, role) of the date that best dates the event among `found`. Of equal
    roles a calendar date beats a relative one: "On 1 February 2022, militiamen attacked the
    camp overnight" is 1 February, not the night before the note was filed."""
    roles = [(d, role(text, d)) for d in found]
    return min(roles, key=lambda dr: (_RANK[dr[1]], not calendar(dr[0])))


def explicit_in(text: str, start: int, end: int, published, find_dates):
    """The first date in text[start:end] that explicitly dates an event, else None."""
    if end <= start:
        return None
    for d in find_dates(text[start:end], published, offset=start):
        if getattr(d, "date", None) and role(text, d) == "explicit":
            return d
    return None
