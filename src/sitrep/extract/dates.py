"""Event dates in report text, resolved against the report's publication date.

Hand rules (no dateparser: it is slow and guesses too freely for relative weekdays). Precision
follows ACLED's time_precision: 1 the day is known, 2 only the week (the middle of the week, its
Thursday, is coded), 3 only the month (the 15th is coded).

Choices:
- "on Monday" is the most recent Monday on or before publication: a report published on a Monday
  that says "on Monday" means that day. "last Monday" is the same, except that published on a
  Monday it means a week earlier.
- A day and month with no year take the publication year, or the year before if that would put
  the event after publication ("Dec 30" in a report of Jan 2).
- A week or month midpoint that falls after publication ("earlier this week", "this month") is
  pulled back to the publication date: events are not reported before they happen.
- Without a publication date only expressions that carry their own year resolve.
- A date stamp opening the article ("Published July 4 2015 ...", "3 Oct 2017 At least ...")
  is the article's own date (`date_stamp`): the extractor resolves relative dates against it
  rather than the feed's date, and never takes it for an event's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from sitrep.extract.numbers import NUMBER, parse_number

__all__ = ["DateMention", "calendar", "date_stamp", "find_dates", "month_number", "resolve_date"]


@dataclass(slots=True)
class DateMention:
    date: date
    precision: int  # ACLED time_precision: 1 day, 2 week, 3 month
    start: int
    end: int
    text: str


_MONTH_NUM = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}


def month_number(word: str) -> int:
    """'February', 'Feb', 'Sept' -> 2, 2, 9."""
    return _MONTH_NUM[word[:3].lower()]


# A date that names its month or year, not one counted from the report's day ("overnight")
_CALENDAR = re.compile(rf"\b(?:\d{{4}}|{'|'.join(_MONTH_NUM)})", re.IGNORECASE)


def calendar(d: DateMention) -> bool:
    """Does date mention `d` name its month or year ("1 February 2022", not "overnight")?"""
    return bool(_CALENDAR.search(d.text))


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# Capitalised only: "may", "march" and "sat" are common English words.
_MONTH = (r"(?-i:(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)|"
          r"JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|"
          r"OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)(?![a-z])")
_FULL_MONTH = (r"(?-i:January|February|March|April|May|June|July|August|September|October|"
               r"November|December)")
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# Nouns that name an event: "Saturday's blast" (or, in text stripped of apostrophes,
# "Saturdays blast") is a date.
EVENT_NOUN = (r"(?:killings?|attacks?|assault|blast|bombing|explosion|massacre|executions?|"
              r"shooting|clashes|fighting|raid|ambush|strikes?|abductions?|kidnapping)")
_DAYPART = r"(?:\s+(?:night|morning|evening|afternoon|noon|midnight))?"
_ORD = r"(?:st|nd|rd|th)?"

_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    # a span of days is dated by its first: "between 20 and 22 June", "over 7-9 December" (not
    # a coder's bracket after the date: "Around 21 March (between 19 and 21 March)")
    ("dmy_span", re.compile(
        rf"(?<!\()(?<!\(between )(?<!\(from )\b(?:(?:between|from|over|on|during)\s+)?(?P<d>\d{{1,2}}){_ORD}\s*(?:-|–|to|and)\s*"
        rf"\d{{1,2}}{_ORD}\s+(?:of\s+)?(?P<mon>{_MONTH})\.?(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?",
        re.IGNORECASE)),
    ("dmy", re.compile(
        rf"\b(?:on\s+)?(?:the\s+)?(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<mon>{_MONTH})\.?"
        rf"(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?", re.IGNORECASE)),
    ("mdy", re.compile(
        rf"\b(?:on\s+)?(?P<mon>{_MONTH})\.?\s+(?P<d>\d{{1,2}}){_ORD}\b(?!\s*:|,\d)"
        rf"(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?", re.IGNORECASE)),
    # a month alone needs a preposition ("in October") or a year ("October 2014")
    ("my", re.compile(
        rf"\b(?:(?:in|during|since|until|by|through|throughout|of|end\s+of|beginning\s+of|"
        rf"start\s+of|middle\s+of)\s+(?:early\s+|late\s+|mid-?)?|(?:early|late|mid)[\s-]+)"
        rf"(?P<mon>{_FULL_MONTH})(?:\s+(?P<y>(?:19|20)\d\d)\b)?(?![\w-])"
        rf"|\b(?P<mon2>{_FULL_MONTH})\s+(?P<y2>(?:19|20)\d\d)\b", re.IGNORECASE)),
    ("weekday", re.compile(
        rf"\b(?:(?P<rel>on|last|this|past|next|early|late|earlier|overnight)\s+)?(?:on\s+)?"
        rf"(?P<wd>{_WEEKDAY}){_DAYPART}(?:\b|(?=s\s+(?:[\w-]+\s+){{0,2}}?{EVENT_NOUN}\b))",
        re.IGNORECASE)),
    ("day_rel", re.compile(
        r"\b(?P<rel>the\s+day\s+before\s+yesterday|yesterday|today|tonight|last\s+night|"
        r"overnight|this\s+(?:morning|afternoon|evening)|earlier\s+today|late\s+last\s+night)\b", re.IGNORECASE)),
    ("ago", re.compile(
        rf"\b(?P<n>{NUMBER}|a|an)\s+(?P<unit>days?|weeks?|months?)\s+ago\b", re.IGNORECASE)),
    ("week_rel", re.compile(
        r"\b(?P<rel>last\s+week|earlier\s+this\s+week|this\s+week|the\s+previous\s+week|"
        r"last\s+weekend|(?:over|at)\s+the\s+weekend|this\s+weekend|the\s+past\s+week)\b", re.IGNORECASE)),
    ("month_rel", re.compile(
        r"\b(?P<rel>last\s+month|earlier\s+this\s+month|this\s+month|the\s+previous\s+month|"
        r"earlier\s+in\s+the\s+month|the\s+past\s+month)\b", re.IGNORECASE)),
]


def _mid_week(day: date) -> date:
    return day - timedelta(days=day.weekday()) + timedelta(days=3)  # the Thursday of its week


def _not_after(d: date, published: date | None) -> date:
    return min(d, published) if published else d


def _month_day(year: int | None, month: int, day: int, published: date | None) -> date | None:
    try:
        if year is not None:
            return date(year, month, day)
        if published is None:
            return None
        d = date(published.year, month, day)
        if d > published:
            d = date(published.year - 1, month, day)
        return d
    except ValueError:  # "Feb 30"
        return None


def _resolve(kind: str, m: re.Match, published: date | None) -> tuple[date | None, int]:
    g = m.groupdict()
    if kind == "iso":
        try:
            return date(int(g["y"]), int(g["m"]), int(g["d"])), 1
        except ValueError:
            return None, 1
    if kind in ("dmy", "dmy_span", "mdy"):
        month = _MONTH_NUM[g["mon"][:3].lower()]
        year = int(g["y"]) if g.get("y") else None
        return _month_day(year, month, int(g["d"]), published), 1
    if kind == "my":
        month = _MONTH_NUM[(g["mon"] or g["mon2"])[:3].lower()]
        year = g.get("y") or g.get("y2")
        if year:
            return _not_after(date(int(year), month, 15), published), 3
        if published is None:
            return None, 3
        year = published.year if month <= published.month else published.year - 1
        return _not_after(date(year, month, 15), published), 3
    if published is None:
        return None, {"week_rel": 2, "month_rel": 3}.get(kind, 1)
    if kind == "weekday":
        target = WEEKDAYS.index(g["wd"].lower())
        back = (published.weekday() - target) % 7
        rel = (g.get("rel") or "").lower()
        if rel == "next":
            return published + timedelta(days=(target - published.weekday()) % 7 or 7), 1
        if rel in ("last", "past") and back == 0:
            back = 7
        return published - timedelta(days=back), 1
    if kind == "day_rel":
        rel = re.sub(r"\s+", " ", g["rel"].lower())
        if rel == "the day before yesterday":
            return published - timedelta(days=2), 1
        if rel in ("yesterday", "last night", "late last night", "overnight"):
            return published - timedelta(days=1), 1
        return published, 1
    if kind == "ago":
        n = 1 if g["n"].lower() in ("a", "an") else parse_number(g["n"])
        if n is None:
            return None, 1
        unit = g["unit"].lower()
        if unit.startswith("day"):
            return published - timedelta(days=n), 1
        if unit.startswith("week"):
            return published - timedelta(weeks=n), 2  # the week around that day
        y, mo = divmod(published.year * 12 + published.month - 1 - n, 12)
        return _not_after(date(y, mo + 1, 15), published), 3
    if kind == "week_rel":
        rel = re.sub(r"\s+", " ", g["rel"].lower())
        if rel.endswith("weekend"):
            if rel == "last weekend":  # the weekend before the current week
                return published - timedelta(days=published.weekday() + 2), 2
            back = (published.weekday() - 5) % 7  # the most recent Saturday
            return published - timedelta(days=back), 2
        if rel in ("last week", "the previous week"):
            return _mid_week(published - timedelta(weeks=1)), 2
        if rel == "the past week":
            return published - timedelta(days=3), 2
        return _not_after(_mid_week(published), published), 2
    if kind == "month_rel":
        rel = re.sub(r"\s+", " ", g["rel"].lower())
        if rel in ("last month", "the previous month"):
            y, mo = divmod(published.year * 12 + published.month - 2, 12)
            return date(y, mo + 1, 15), 3
        if rel == "the past month":
            return published - timedelta(days=15), 3
        return _not_after(date(published.year, published.month, 15), published), 3
    return None, 1


def find_dates(text: str, published: date | None, offset: int = 0) -> list[DateMention]:
    """Every date expression that resolves, in text order; spans are `offset` + local position."""
    found: list[tuple[int, int, str, re.Match]] = []
    for kind, rx in _PATTERNS:
        for m in rx.finditer(text):
            found.append((m.start(), m.end(), kind, m))
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[DateMention] = []
    last_end = -1
    for start, end, kind, m in found:
        if start < last_end:
            continue
        d, precision = _resolve(kind, m, published)
        if d is None:
            continue
        out.append(DateMention(d, precision, offset + start, offset + end, m.group(0)))
        last_end = end
    return out


# A date stamp opens an article ("Published July 4 2015 An explosion ...", "3 Oct 2017 At
# least 17 ...", "Reuters Friday 6 Feb 2015 Syrian jets ..."): it dates the article, not the
# event. Before it: nothing, a stamp word, a weekday or a capitalised word (an agency, a
# headline's end); never a preposition or a verb ("on 5 March", "happened 5 March"). After
# it: the article's first capitalised word, "by" an author, a bracket or a dash.
STAMP_CHARS = 300
_DMY_SPAN = dict(_PATTERNS)["dmy_span"]
_STAMP_BEFORE = re.compile(
    r"(?:^|[.!?\n\]\)\"”|:]|\b(?:published|updated|posted|publication|at|[A-Z][\w.&'-]*))"
    rf"[\s,:]*(?P<wd>(?:{_WEEKDAY}|(?:mon|tue|wed|thu|fri|sat|sun)\.?)[\s,]+)?$", re.IGNORECASE)
_STAMP_AFTER = re.compile(r"[\s,.]*(?:$|\n|[A-Z0-9(\[|–—-]|by\b)")
_NUMERIC = re.compile(r"\b(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>(?:19|20)\d\d)\b")


def _dates_with_year(text: str, numeric: bool = False) -> list[tuple[int, int, str, re.Match]]:
    """(start, end, kind, match) of every full date that states its year, in text order."""
    found = [(m.start(), m.end(), "numeric", m) for m in _NUMERIC.finditer(text)] if numeric else []
    for kind in ("iso", "dmy", "mdy"):
        found += [(m.start(), m.end(), kind, m) for m in dict(_PATTERNS)[kind].finditer(text)]
    return [f for f in sorted(found, key=lambda t: t[0])
            if f[2] not in ("dmy", "mdy") or f[3].group("y")]


def lead_date(text: str) -> date | None:
    """The first full date with its year the text gives ("On 18 October 2022, ..."): what a
    text with no publication date (a coded note, a pasted paragraph) is anchored to."""
    for _, _, kind, m in _dates_with_year(text):
        d, precision = _resolve(kind, m, None)
        if d is not None and precision == 1:
            return d
    return None


def date_stamp(text: str) -> DateMention | None:
    """The date stamp that opens an article, if any (a full date with its year)."""
    # "Between 15 and 16 April 2015, ...": the second day of a span is no stamp
    spans = [x.span() for x in _DMY_SPAN.finditer(text[:STAMP_CHARS])]
    for start, end, kind, m in _dates_with_year(text[:STAMP_CHARS], numeric=True):
        if any(a < start < b for a, b in spans):
            continue
        before = _STAMP_BEFORE.search(text, max(0, start - 40), start)
        if m.group(0)[:3].lower() in ("on ", "the") or not before or \
                not _STAMP_AFTER.match(text, end):
            continue
        if before.group("wd"):  # "Friday 6 Feb 2015": the weekday is the stamp's too
            start = before.start("wd")
        if kind == "numeric":
            try:
                d = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                continue
        else:
            d, _ = _resolve(kind, m, None)
        if d is not None:
            return DateMention(d, 1, start, end, text[start:end])
    return None


def resolve_date(expression: str, published: date | None) -> tuple[date | None, int]:
    """(date, ACLED time_precision) for one expression; (None, 0) when it holds no date."""
    found = find_dates(expression, published)
    if not found:
        return None, 0
    best = min(found, key=lambda dm: dm.precision)  # "on Thursday in October": the day wins
    return best.date, best.precision
