"""Which clauses of a report are events of their own.

A report tells one main event, often a few listed ones, and around them many sentences
that only elaborate ("ambulances ferried the wounded to hospitals in Hilla"), recall the
past ("Hit fell to the militants in mid-October") or sum up ("two car bombs exploded in
Baghdad"). Counting each as an incident is how automated event data comes to count
reports, not events. So a clause after the main event stands alone only on positive
evidence that it is another event: an item of a list, or a marker ("another", "a second",
"separately", "hours later") with a place, date or toll of its own; or a place and a toll
of its own. Anything else elaborates the event it follows and only fills what that left
open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.extract.casualties import bomber_only, later_death, period_toll, told_dead
from sitrep.extract.eventdate import UNDATED
from sitrep.extract.events import Typing
from sitrep.extract.segment import Clause
from sitrep.model import CASUALTY_FIELDS, EventMention

# "It was the second car bomb" refers back; "a second car bomb struck" tells another.
_DISTINCT = re.compile(
    r"\b(?:another|a (?:second|third|fourth)|separate(?:ly)?|elsewhere|meanwhile"
    r"|in other (?:attacks|violence|incidents|bombings)|(?:earlier|later) (?:in|on|that)\b"
    r"|hours (?:later|earlier)|the (?:first|second|third) (?:attack|bombing|blast|explosion))\b",
    re.IGNORECASE)
# A clause that sums up several events, or points back to one of them (not one event set in a
# series: "killed 23 people, part of a wave of bombings across the capital").
_SUMMARY = re.compile(
    r"\b(?:(?:two|three|four|five|six|seven|several|multiple|twin|"
    r"(?<!part of )(?<!latest in )(?<!\bamid )a (?:string|wave|series|spate))"
    r"\s+(?:of\s+)?(?:\w+\s+){0,2}?(?:car bombs|bombs|bombings|attacks|explosions|blasts)"
    r"|one of (?:the\s+)?(?:two|three|four|several|many|\w+est)\b)",
    re.IGNORECASE)
# "Residents of X said they had fled as shells hit their neighbourhood": people fleeing the
# event the report tells, not another event.
_FLED = re.compile(r"\b(?:residents|families|civilians|villagers|inhabitants|people|thousands|"
                   r"hundreds)\b[^.;]{0,60}?\b(?:fled|fleeing|flee|escaped|left their homes|"
                   r"were displaced)\b", re.IGNORECASE)
# "... and another killed three": the item takes the event type of the item before it.
_ANOTHER = re.compile(r"^\s*(?:and\s+|while\s+)?(?:another|a second|a third)\b", re.IGNORECASE)


@dataclass
class Draft:
    mention: EventMention
    clause: Clause
    typing: Typing
    background: bool
    quoted: bool
    text: str = ""  # the clause text
    end: int = 0  # end of the last clause folded into this one
    date_role: str = ""  # what dated the event: see extract.eventdate
    armed_victims: bool = False  # Armed clash only because the killed side is an armed actor

    @property
    def distinct(self) -> bool:
        return bool(_DISTINCT.search(self.text))

    @property
    def flight(self) -> bool:
        return bool(_FLED.search(self.text))

    @property
    def summary(self) -> bool:
        return bool(_SUMMARY.search(self.text))

    @property
    def strong(self) -> bool:
        return self.typing.rule is not None and self.typing.rule.strong

    def source_place(self) -> bool:
        """The clause's place only names who spoke: "an Anbar official said 46 were killed"."""
        ev = self.mention.evidence.get("location")
        if not (ev and self.toll() and not self.strong
                and self.clause.start <= ev.start <= ev.end <= self.clause.start + len(self.text)):
            return False
        a, b = ev.start - self.clause.start, ev.end - self.clause.start
        # "an Anbar official said", "the Health Ministry in Gaza said", "Azerbaijan said"
        return bool(_SPEAKER_AFTER_PLACE.match(self.text, b)
                    or (_SPEAKER_BEFORE_PLACE.search(self.text, 0, a) or not self.text[:a].strip())
                    and _SAID.match(self.text, b))

    def toll(self) -> bool:
        m = self.mention
        return any(getattr(m, f) is not None for f in ("killed_min", "injured_min",
                                                        "abducted_min", "arrested_min"))

    def concrete(self) -> bool:
        return not _vague(self.mention.location_text) or self.toll()


def continues(prev: Draft, cur: Draft) -> bool:
    """Does `cur` go on telling the event `prev` told, in the same paragraph?"""
    if prev.clause.paragraph != cur.clause.paragraph:
        return False
    pm, cm = prev.mention, cur.mention
    if (not cur.strong or cur.typing is prev.typing or told_dead(cur.text)) and later_death(cur.text):
        return True  # "A second protester died of his wounds the next morning"
    if cm.event_date and pm.event_date and cm.event_date != pm.event_date \
            and "event_date" in cm.evidence:
        return False
    if cur.distinct:
        return False
    if not cm.sub_event_type:
        # a toll with no trigger word, even after a semicolon, is no event of its own:
        # "13 policemen were killed; security sources in Kirkuk gave a toll of 12"
        return True
    # no trigger word of its own (typed by a weak word, or only by the classifier's fill):
    # "He said Islamic State militants arrived from the desert and engaged soldiers"
    weak = not cur.strong
    if _SAME_EVENT.search(cur.text) and (not cur.strong or cm.sub_event_type == pm.sub_event_type):
        return True  # "... and was destroyed in the attack": the event told before
    if weak and cur.toll() and _ALONE.search(cur.text):
        return True  # "jets pounded Eastern Ghouta; in Hamouriyah alone, 27 died": a part of its dead
    # (the first piece of a sentence goes on like any sentence: "A statement said 17 militants
    # were killed between 20 and 22 June; government losses were not disclosed.")
    if cur.clause.list_item and cur.clause.start > cur.clause.sent_start + 2:
        # "Idlib: jets struck Kafr Nabl; 4 civilians killed": a toll told by a bare killing
        # word, with no place of its own, in the sentence of the item before is its dead
        return weak and cur.toll() and (not cm.location_text or cur.source_place()) \
            and max(prev.end, prev.clause.end) >= cur.clause.sent_start
    if cm.location_text and cm.location_text != pm.location_text and not refines_place(prev, cur) \
            and not cur.flight and not cur.source_place() \
            and not (weak and cur.toll() and _named_in(cm.location_text, prev.text)):
        # (but "attacked the villages of Tchoma Bangou and Zaroumadareye. 70 people were killed
        # in Tchoma Bangou": a place the event named)
        # (not "... were killed, and thousands fled towards Duhok", nor "the Kurdistan Region
        # health ministry said 13 were killed": where people fled, or who spoke)
        return False
    return cm.sub_event_type == pm.sub_event_type or weak


_ALONE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?[A-Z][^,;.]{0,60}?\balone\b")
# "The US military said 22 militants were killed in the clashes near the Jamila market": the
# event told before, by its definite name, at a finer or nearby place
_SAME_EVENT = re.compile(r"\b(?:in|during|by)\s+the\s+(?:(?:same|ensuing|subsequent)\s+)?"
                         r"(?:clash(?:es)?|fighting|attack|(?:air\s*)?strikes?|blast|explosion|"
                         r"bombing|raid|ambush|shelling|assault|battle)\b", re.IGNORECASE)


def _named_in(place: str, text: str) -> bool:
    return bool(re.search(rf"(?<![\w-]){re.escape(place)}(?![\w-])", text))


def refines_place(prev: Draft, cur: Draft) -> bool:
    """"Jets struck a container in northern Iraq. The ministry said it was used by the
    militants north-west of Baghdad and destroyed": a weakly typed clause with no toll of
    its own gives the finer place of an event placed only in its country."""
    weak = not cur.mention.sub_event_type or not cur.strong
    return _vague(prev.mention.location_text) and not _vague(cur.mention.location_text) \
        and weak and not cur.toll() and not cur.distinct and not cur.clause.list_item


def inherit_type(prev: Draft, cur: Draft) -> None:
    """"... and another killed three": an untyped or weakly typed item that points back
    takes the type, weapon and perpetrator of the item before it."""
    if not _ANOTHER.match(cur.text) or (cur.mention.sub_event_type and cur.strong):
        return
    _take_type(cur, prev, ("weapon", "actor1", "inter1", "type_of_violence"))


def _take_type(into: Draft, src: Draft, more: tuple[str, ...] = ()) -> None:
    """One clause's reading of the event type (and the fields in `more`) onto another."""
    for f in ("sub_event_type", "event_type", "disorder_type", *more):
        setattr(into.mention, f, getattr(src.mention, f))
    into.typing = src.typing


def adopt_type(prev: Draft, cur: Draft) -> None:
    """"IS fighters captured an army checkpoint near Akashat; 5 soldiers were killed": an
    event its first clause left untyped takes the type of the clause that goes on telling it
    (else it would be dropped with its toll)."""
    pm, cm = prev.mention, cur.mention
    if pm.sub_event_type or not cm.sub_event_type or "actor1" not in pm.evidence:
        return  # no one acting ("Flash floods swept through Erbil"): no event to type
    _take_type(prev, cur, ("confidence",))
    if "event_type" in cm.evidence:
        pm.evidence["event_type"] = cm.evidence["event_type"]


def escalate_protest(prev: Draft, cur: Draft) -> None:
    """"Protesters marched in Moundou. Police fired tear gas and made arrests": the protest
    told before met the intervention told after (ACLED: Protest with intervention)."""
    pm, cm = prev.mention, cur.mention
    if pm.sub_event_type != "Peaceful protest" or not _INTERVENES.search(cur.text):
        return
    pm.sub_event_type = "Protest with intervention"
    if not pm.actor2 and cm.actor1 and cm.inter1 in (1, 2, 3, 4, 8) and "actor1" in cm.evidence:
        pm.actor2, pm.inter2 = cm.actor1, cm.inter1
        pm.evidence["actor2"] = cm.evidence["actor1"]


_INTERVENES = re.compile(r"\b(?:tear\s?gas|water\s+cannons?|dispers(?:ed|e|ing)|broke\s+up|break\s+up|"
                         r"rubber\s+bullets|arrest(?:ed|s)|made\s+arrests|detain(?:ed|s)|batons?|"
                         r"stun\s+grenades?|live\s+(?:fire|ammunition|rounds))\b", re.IGNORECASE)


def _summary_type(drafts: list[Draft]) -> None:
    """"A string of car bombs struck Baghdad. On Sunday two people died in Nassir Square":
    clauses typed only by a bare verb of killing take the weapon the summary names."""
    ctx = next((d for d in drafts if d.summary and d.strong and d.mention.weapon), None)
    if ctx is None:
        return
    for d in drafts:
        if d is not ctx and not d.strong and not d.mention.weapon:
            _take_type(d, ctx, ("weapon",))


def _headline_into_lead(drafts: list[Draft], text: str) -> list[Draft]:
    """A headline line ("Blast in central Baghdad square kills two") tells the event the lead
    sentence tells in full: the lead keeps its place and figures, the headline fills gaps."""
    if len(drafts) < 2:
        return drafts
    head, lead = drafts[0], drafts[1]
    end = head.clause.end
    is_headline = head.clause.start < 300 and "\n" in text[end:end + 3] and \
        not text[head.clause.start:end].rstrip().endswith((".", "!", "?"))
    if not is_headline or (head.strong and head.mention.event_type != lead.mention.event_type):
        return drafts
    hk, lk = head.mention.killed_min, lead.mention.killed_max
    if hk is not None and lk is not None and hk > lk:
        return drafts
    fold(lead.mention, head.mention, casualties=True)
    lead.mention.notes = _join(text[head.clause.start:end],
                               lead.mention.notes.replace(text[head.clause.start:end], "", 1))
    return drafts[1:]


def _no_event(d: Draft) -> bool:
    """No actor, weapon or toll, and either weakly typed or a destruction, which ACLED codes
    only with someone who destroyed: "the water had destroyed crops"."""
    m = d.mention
    # "No casualties were reported" is a zero, not a toll that makes an event.
    hurt = any(getattr(m, f) for f in CASUALTY_FIELDS)
    if m.actor1 or m.actor2 or m.weapon or hurt:
        return False
    return not d.strong or m.sub_event_type == "Looting/property destruction"


def select(drafts: list[Draft], text: str = "") -> list[EventMention]:
    """The report's events, main event first; other clauses fold into the event they tell of."""
    drafts = [d for d in drafts if d.mention.sub_event_type and not _no_event(d)]
    if not drafts:
        return []
    drafts = _headline_into_lead(drafts, text)
    _summary_type(drafts)

    def rank(i_d):
        i, d = i_d
        return (d.mention.is_aggregate, d.background, d.quoted, d.summary, d.flight,
                not (d.concrete() or d.strong), not d.concrete(), i)

    main_i = min(enumerate(drafts), key=rank)[0]
    main = drafts[main_i]
    kept = [main]
    for i, d in enumerate(drafts):
        if i == main_i:
            continue
        if _refines(d, main):
            fold(main.mention, d.mention, casualties=True, place=True)
            fill_date(main, d)
        elif _stands_alone(d, main, kept) and not _source_place(d, text):
            kept.append(d)
        elif not (d.background or d.summary or d.mention.is_aggregate or main.background):
            host = _host(d, kept)
            fold(host.mention, d.mention,
                 casualties=_same_place(d, host) or _source_place(d, text))
            fill_date(host, d)
    ordered = [main] + sorted(kept[1:], key=lambda d: d.clause.start)
    out = []
    for i, d in enumerate(ordered):
        d.mention.index = i
        out.append(d.mention)
    return out


def fill_date(host: Draft, d: Draft) -> None:
    """"Syrian jets killed 70 people, a monitor said on Friday. ... the air force conducted 60
    strikes on the district on Thursday": an event dated only by a statement, the lead or the
    publication day takes the day a later clause of the same kind gives it (not later), and
    so does a headline from the lead sentence folded into it."""
    hm, m = host.mention, d.mention
    if host.date_role not in UNDATED or d.date_role not in ("event", "explicit") or \
            "event_date" not in m.evidence or d.quoted or m.event_type != hm.event_type or \
            not m.event_date or (hm.event_date and m.event_date > hm.event_date):
        return
    hm.event_date, hm.time_precision = m.event_date, m.time_precision
    hm.evidence["event_date"] = m.evidence["event_date"]
    host.date_role = d.date_role


def _stands_alone(d: Draft, main: Draft, kept: list[Draft]) -> bool:
    m = d.mention
    if m.is_aggregate:
        # A cumulative toll is kept (flagged, never an incident) when it has figures.
        return d.toll() and not main.mention.is_aggregate
    if d.background or d.quoted or d.summary or main.background or d.flight:
        return False
    places = {_place_key(k.mention.location_text) for k in kept}
    # a country named by a nationality ("a US official said") is no place of the clause's own
    own_place = bool(m.location_text) and not _vague(m.location_text) and \
        _place_key(m.location_text) not in places
    own_date = bool(m.event_date) and "event_date" in m.evidence and \
        all(m.event_date != k.mention.event_date for k in kept)
    # A toll alone makes another event only if the clause has a trigger of its own and no
    # place already told ("; police put the death toll at 29" is the same raid).
    # A clause with no place of its own ("; four killed in clashes") tells the dead of the
    # event before it: a toll makes it another event only beside a place of its own.
    own_toll = d.toll() and d.strong and not _vague(m.location_text) and \
        _place_key(m.location_text) not in places
    if d.clause.heading is not None:  # an item under a heading: "VBIED targets: ...; ..."
        return own_place or own_date or d.toll()
    if d.clause.list_item or d.distinct:
        return own_place or own_date or own_toll
    # "the other fatalities were escorts on the site of the bombing outside the city": a later
    # paragraph telling the report's event again, by its definite name, is no event of its own
    return own_place and d.toll() and d.strong and not _BACK_TO_EVENT.search(d.text)


_BACK_TO_EVENT = re.compile(r"\b(?:of|in|by|after|from|during|since)\s+the\s+(?:(?:same|latest|"
                            r"deadly|twin)\s+)?(?:bombings?|blasts?|explosions?|attack|strikes?|"
                            r"shelling|assault|massacre)\b", re.IGNORECASE)


# "an Anbar provincial council member put the number at 200": whom the place names, not where
# (the same idea as _SOURCE_PLACE below, "sources in Kirkuk", with the place before the speaker)
_SPEAKER_BEFORE_PLACE = re.compile(r"\b(?:ministry|officials?|authorities|office|directorate|department|"
                                   r"spokes(?:man|woman|person)|sources?|hospital|council|command)\s+"
                                   r"(?:in|of)\s+(?:the\s+)?$", re.IGNORECASE)
_SAID = re.compile(r"\s+(?:said|says|told|reported|announced|stated)\b")
_SPEAKER_AFTER_PLACE = re.compile(r"(?:\s+(?:provincial|province|region|regional|local|city|health|police|security|"
                           r"council|government|operations|command|military|municipal)){0,3}\s+"
                           r"(?:member|members|officials?|spokes(?:man|woman|person)|sources?|chief|"
                           r"commander|governor|mayor|director|officer|authorities|ministry|"
                           r"directorate|department|office)\b", re.IGNORECASE)


def _source_place(d: Draft, text: str) -> bool:
    return bool(text) and d.source_place()


def _vague(location_text: str) -> bool:
    from sitrep.extract.places import country_names

    return not location_text or location_text.lower() in country_names()


def _refines(d: Draft, main: Draft) -> bool:
    """"Syria air strikes kill 42 ... The strikes hit Ariha": a later clause of the same kind
    gives the place the main event named only by its country."""
    m, mm = d.mention, main.mention
    if not _vague(mm.location_text) or _vague(m.location_text) or d.distinct \
            or d.clause.list_item or d.background or d.quoted or d.summary or m.is_aggregate:
        return False
    if m.event_type != mm.event_type:
        return False
    if m.killed_min is None or mm.killed_min is None:
        return True
    top, main_top = m.killed_max or m.killed_min, mm.killed_max or mm.killed_min
    return m.killed_min <= main_top and mm.killed_min <= top  # the tolls overlap


def _host(d: Draft, kept: list[Draft]) -> Draft:
    """The kept event a folding clause belongs to: the last one before it, else the main."""
    before = [k for k in kept if k.clause.start < d.clause.start]
    return max(before, key=lambda k: k.clause.start) if before else kept[0]


def _same_place(d: Draft, host: Draft) -> bool:
    loc = d.mention.location_text
    # "A US official estimated 250 militants were killed": a nationality is no other place
    return _vague(loc) or _place_key(loc) == _place_key(host.mention.location_text)


_PLACE_WORDS = re.compile(r"\b(?:the|district|sub-district|area|province|governorate|city|town|"
                          r"village|neighbou?rhood|region)\b", re.IGNORECASE)


_BRACKETS = re.compile(r"\([^)]*\)")
_ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|ash|at|az)[-\s]", re.IGNORECASE)


def _place_key(text: str) -> str:
    """"the Dujail district" and "Dujail" are one place to a reader, and so are
    "Al-Qahtaniyah (Al-Hasakeh)" and "Qahtaniyah"."""
    key = " ".join(_PLACE_WORDS.sub(" ", _BRACKETS.sub(" ", text or "")).lower().split())
    return _ARTICLE.sub("", key)


def fold(into: EventMention, extra: EventMention, casualties: bool = True,
         place: bool = False) -> None:
    """Fill what the first clause of an event left open from a later clause; with `place`,
    the later clause's finer place replaces a country-only one."""
    if place and extra.location_text:
        into.location_text = ""
        into.evidence.pop("location", None)
    if casualties:
        # the bombers to add: none when the later toll counts them ("48 soldiers killed; the
        # bomber also died"), which then replaces the default all the same
        bombers = bomber_only(into, extra.notes)
        if bomber_only(into) and extra.killed_min is not None and not bomber_only(extra):
            # "A suicide bomber blew himself up at a checkpoint. Two soldiers were killed":
            # the bomber's death was only the default; the toll adds to it
            into.killed_min = extra.killed_min + bombers
            into.killed_max = None if extra.killed_max is None else extra.killed_max + bombers
            into.fatalities = extra.fatalities + bombers
            into.evidence["killed"] = extra.evidence.get("killed", into.evidence["killed"])
        elif into.killed_min is not None and extra.killed_min is not None \
                and not extra.is_aggregate:
            _second_figure(into, extra)
        for f in CASUALTY_FIELDS:
            if getattr(into, f) is None and getattr(extra, f) is not None:
                setattr(into, f, getattr(extra, f))
        if not into.fatalities and extra.fatalities:
            into.fatalities = extra.fatalities
    for f in ("weapon", "target", "actor1", "actor2"):
        if not getattr(into, f) and getattr(extra, f):
            setattr(into, f, getattr(extra, f))
            if f == "actor1":
                into.inter1 = extra.inter1
            if f == "actor2":
                into.inter2 = extra.inter2
    if not into.location_text and extra.location_text and casualties \
            and (extra.sub_event_type or not _SOURCE_PLACE.search(extra.notes)):
        into.location_text = extra.location_text
        into.location_context = extra.location_context
        into.location_relation = extra.location_relation
    if into.location_text == extra.location_text and not into.location_relation:
        into.location_relation = extra.location_relation
    keep = {"location"} if into.location_text != extra.location_text else set()
    # an actor's evidence goes only with the actor: evidence beside a default actor ("an
    # Unidentified Armed Group" for a clash no one was named in) would hide that the side
    # was never read, and the extractor's later look for the sides would skip it
    keep |= {f for f in ("actor1", "actor2") if getattr(into, f) != getattr(extra, f)}
    for k, v in extra.evidence.items():
        if k not in keep and (casualties or k not in _CASUALTY_EVIDENCE):
            into.evidence.setdefault(k, v)
    into.notes = _join(into.notes, extra.notes)


# "security sources in Kirkuk gave a toll": where the source sits, not the event (see also
# _SPEAKER_AFTER_PLACE, "Kirkuk security sources")
_SOURCE_PLACE = re.compile(r"\b(?:sources?|officials?|officers?|authorities|spokesm[ae]n|doctors?|medics?|"
                           r"residents?|activists?|monitors?)\s+in\s+", re.IGNORECASE)

# A later clause giving the dead by another source: "the interior ministry said 13 were
# killed; security sources gave a toll of 12". Not "two more died", nor an updated toll.
_OTHER_SOURCE = re.compile(r"\b(?:said|says|according\s+to|put\s+(?:the|its)\s+|gave\s+(?:a|the|its)\s+"
                           r"|claimed|sources?|estimates?)\b", re.IGNORECASE)
_MORE = re.compile(r"\b(?:also|another|more(?!\s+than)|further|other\s+(?!(?:\w+\s+)?sources?\b)|as\s+well|in\s+addition|besides|"
                   r"rose|risen|climbed|increased|later|revised|now|separately)\b", re.IGNORECASE)


def _second_figure(into: EventMention, extra: EventMention) -> None:
    """The event's dead told twice: an unnumbered "killed people" yields to a number; two
    sources' figures are a range, ACLED's fatalities the lower (IBC min/max, ACLED rule)."""
    ev = extra.evidence.get("killed")
    if bomber_only(extra) or period_toll(extra.notes):
        return  # "IS claimed the suicide attack"; "bring to 200 the number killed this week"
    if into.killed_max is None and extra.killed_max is not None \
            and extra.killed_min >= into.killed_min and not _MORE.search(extra.notes):
        into.killed_min, into.killed_max = extra.killed_min, extra.killed_max
        into.fatalities = extra.fatalities
    elif _OTHER_SOURCE.search(extra.notes) and not _MORE.search(extra.notes):
        into.killed_min = min(into.killed_min, extra.killed_min)
        into.killed_max = None if into.killed_max is None or extra.killed_max is None \
            else max(into.killed_max, extra.killed_max)
        if extra.fatalities and (not into.fatalities or extra.fatalities < into.fatalities):
            into.fatalities = extra.fatalities
        else:
            return
    else:
        return
    if ev is not None:
        into.evidence["killed"] = ev


def _join(first: str, then: str) -> str:
    """Clauses are cut without their full stop: put it back between them."""
    first, then = first.strip(), then.strip()
    if not first or not then:
        return first or then
    return first + ("" if first.endswith((".", "!", "?", ":", ";")) else ".") + " " + then


_CASUALTY_EVIDENCE = {"killed", "injured", "abducted", "arrested", "fatalities", "civilians",
                      "combatants"}
