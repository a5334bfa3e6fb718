"""Type one clause: which ACLED sub-event type its triggers and actors point to."""

from __future__ import annotations

import re

from dataclasses import dataclass

from sitrep.extract.actors import ActorMention
from sitrep.extract.lexicon import Lexicon, Rule
from sitrep.extract.segment import marked_ranges

_MODALS = {"will", "would", "could", "might", "may", "shall", "should", "must"}
_PLANS = {"threaten", "plan", "vow", "intend", "prepare", "want", "aim", "pledge", "promise"}


@dataclass
class Typing:
    sub_event_type: str
    confidence: float
    start: int  # trigger span, report offsets
    end: int
    rule: Rule


def _hypothetical(doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in tok.children):
        return True
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _PLANS


def _statement(doc, start: int, end: int, lex: Lexicon) -> bool:
    """A noun trigger under a statement verb: "the UN condemned the bombing"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    if tok.pos_ == "VERB":
        return False
    head = tok
    for _ in range(4):
        if head.head is head:
            break
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head.lemma_.lower() in lex.statement_verbs
    return False


PERP_DEPS = {"nsubj", "agent", "csubj"}
SPEECH = {"say", "tell", "report", "announce", "add", "confirm", "state", "quote", "cite"}


def speaks(doc, am: ActorMention) -> bool:
    """The actor tells the news rather than takes part: "..., the traffic police said"."""
    root = doc[am.start:am.end].root
    while root.dep_ in ("compound", "amod", "nmod") and root.head is not root:
        root = root.head  # "Houthi officials said": the officials speak
    return root.dep_ in PERP_DEPS and root.head.lemma_.lower() in SPEECH


def type_clause(doc, text: str, spans: list[tuple[int, int]], lex: Lexicon,
                actors: list[ActorMention], has_weapon: bool, places: list[tuple[int, int]],
                has_numbers: bool, sentence: tuple[int, int] | None = None,
                blast_only: bool = False) -> Typing | None:
    """`spans` are the (start, end) pieces to read: the clause, and its list heading if any;
    `sentence` the bounds of the sentence around the clause. `blast_only`: the clause's only
    weapon word is a bare "blast" or "explosion", which an accident has too."""
    hits: list[tuple[Rule, int, int]] = []
    for a, b in spans:
        piece = text[a:b]
        if not lex.any_trigger.search(piece):
            continue
        # a rule's context word inside a reason ("arrested for covering protests") does not count
        own = _without_reasons(text, a, b)
        for rule in lex.rules:
            if rule.requires and not rule.requires.search(own):
                continue
            for m in rule.regex.finditer(piece):
                hits.append((rule, a + m.start(), a + m.end()))
                break
            if rule.before_place:
                for ps, _pe in places:
                    if a <= ps < b and rule.before_place.search(text[max(a, ps - 40):ps]):
                        m = rule.before_place.search(text[max(a, ps - 40):ps])
                        s0 = max(a, ps - 40) + m.start()
                        hits.append((rule, s0, s0 + len(m.group().rstrip())))
                        break
    if not hits:
        return None
    line = text.rfind("\n", 0, spans[0][0]) + 1
    if lex.not_news.match(text, line):
        return None  # "ANALYSIS: Why Baghdad cannot rein in the factions"
    # a charge is no crime story: "beat a man accused of theft to death"
    plain = " ".join(_without_reasons(text, a, b) for a, b in spans)
    armed = [m for m in actors if m.actor.armed and not m.actor.victim]
    # A toll with a number ("49 Iraqis killed") is conflict context in a conflict feed;
    # the non-event and crime vetoes keep out disasters and crime.
    context = bool(armed) or has_weapon or has_numbers
    named = [m for m in armed if "{country}" not in m.actor.name]
    if lex.crime.search(plain) and not named:
        return None
    told = " ".join(_without_reasons(text, *sentence).split()) if sentence else ""
    # the crime told earlier in the sentence: "a man shot dead his brother over an
    # inheritance; police arrested the suspect" (a clause with its own weapon or toll stays)
    armed_with = has_weapon and not blast_only  # "a leak caused the blast" names no weapon
    if lex.crime.search(told) and not named and not armed_with and not has_numbers:
        return None
    doers = [m for m in armed if not speaks(doc, m)]
    # (over the sentence: "a gas cylinder exploded ...; civil defence said a leak caused the blast")
    if (lex.accident.search(plain) or lex.accident.search(told)) and not armed_with and not doers:
        return None  # (an actor who only tells the news: "police said")
    disaster = _DISASTER_DID.search(plain)
    if disaster and not armed_with and all(m.start_char - spans[0][0] > disaster.end() for m in doers):
        # "an earthquake destroyed hundreds of buildings", "a fire that broke out in a
        # warehouse killed 70": the disaster did it, whatever the verb
        return None
    strong = [h for h in hits if h[0].strong]
    # (not a named group's killing: "ISIS militants killed 2 shepherds and stole their sheep")
    if lex.non_event.search(plain) and not (strong and context) \
            and not any(m in doers for m in named):
        return None
    # an accident, a court or a tally told in the sentence: weak triggers tell no event of it,
    # nor of soldiers in one the text calls an accident
    quiet = (not (doers or has_weapon) or bool(_SAID_ACCIDENT.search(told))) and bool(
        lex.not_conflict.search(told) or lex.non_event.search(told)) and not any(
        v.regex.search(told) for v in lex.weapons)
    usable = []
    for rule, s, e in hits:
        if not rule.strong and (not context or quiet):
            continue
        if _hypothetical(doc, s, e):
            continue
        if not has_numbers and _statement(doc, s, e, lex):
            continue
        usable.append((rule, s, e))
    # what a commemoration remembers is no event of the clause, even when nothing else is
    past = remembered(text, spans[0][0], spans[-1][1])
    usable = [h for h in usable if not any(a <= h[1] < b for a, b in past)]
    if not usable:
        return None
    usable = _before_background(text, spans, usable)
    if not usable:
        return None
    usable = _without_support(text, usable)
    usable.sort(key=lambda h: (-h[0].priority, h[1]))
    rule, s, e = usable[0]
    conf = 0.8 if rule.strong else 0.55
    conf += 0.05 * bool(armed) + 0.05 * has_weapon + 0.05 * has_numbers
    if len({h[0].sub for h in usable}) > 2:
        conf -= 0.1  # many competing readings
    return Typing(rule.sub, round(min(conf, 0.97), 3), s, e, rule)


# "..., days after the tribe's strongholds near Hit fell to the militants": what follows tells
# an earlier event, background to the clause's own.
_BACKGROUND = re.compile(r"\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|"
                         r"some|the)\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?|shortly|soon|"
                         r"long)\s+(?:after|before)\b|"
                         # "attacked Syrian workers after the killing of a local official"
                         r"\b(?:after|following)\s+the\s+(?:killings?|deaths?|assassinations?|"
                         r"murders?)\s+of\b|"
                         # "attacked Syrians after a party official was found dead": what they
                         # answered is another event
                         r"\b(?:after|following)\s+(?=(?!which\b)(?:[\w'’-]+\s+){1,6}?(?:was|were|had\s+been)\s+"
                         r"(?:found\s+dead|killed|shot\s+dead|murdered|assassinated)\b)", re.IGNORECASE)


# "arrested 4 men suspected of IED attacks", "for covering protests", "in retaliation for
# Sunday's air strikes": the reason or charge names another event, not the clause's own.
_REASON = re.compile(
    r"\b(?:suspected\s+of|accused\s+of|accusing\s+(?:him|her|them|[\w-]+)\s+of|on\s+suspicion\s+of|"
    r"wanted\s+(?:for|in\s+connection\s+with)|charged\s+with|"
    r"on\s+charges?\s+(?:of|related\s+to|relating\s+to)|in\s+connection\s+with|"
    r"convicted\s+of|in\s+(?:retaliation|revenge|response)\s+(?:for|to)|"
    # "arrested ... over the July 2020 killing of analyst X"
    r"over\s+(?=(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:killings?|murders?|assassinations?|deaths?|"
    r"kidnappings?|abductions?|bombings?|blasts?|shootings?|massacres?)\b)|"
    # "arrested 3 suspects whom they linked to the attack on the oil company that killed 2"
    r"(?:linked|tied|connected)\s+(?:them|him|her)?\s*to|"
    r"for\s+(?:covering|reporting\s+on|taking\s+part\s+in|participating\s+in|joining|"
    r"organi[sz]ing|attending|planning|carrying\s+out|involvement\s+in)|"
    # what a crowd protests or demands is another event: "protesting the US airstrikes",
    # "demanding the withdrawal of US forces"
    r"protesting(?:\s+against)?|in\s+protest\s+(?:at|against|over)|to\s+protest|demanding|"
    r"to\s+demand|calling\s+for|to\s+call\s+for|denouncing|to\s+denounce)\b", re.IGNORECASE)
_SAID_ACCIDENT = re.compile(r"\b(?:traffic|road|car)\s+(?:accident|crash)|\b(?:was|were)\s+(?:an?\s+)?accident\b|"
                            r"\baccidental(?:ly)?\b", re.IGNORECASE)
_REMEMBERED = re.compile(
    # "families of victims of the 2020 port explosion, which killed more than 200, protested"
    r"\b(?:families|relatives|mothers)\s+of\s+(?:the\s+)?(?:victims|those\s+killed|the\s+dead)\s+"
    r"(?:of|in)\b|"
    r"\b(?:anniversary|commemoration|remembrance)\s+of\b|"
    r"\bcommemorat\w*\s+(?:the\s+)?(?:victims|dead|martyrs|those\s+killed)\s+(?:of|in)\b|"
    # a funeral of the dead of an earlier event named by its day: "buried those killed in
    # Thursday's clashes" (not a toll: "the number killed by Tuesday's car bombing rose to 31")
    r"\b(?:bur(?:y|ied|ials?)|funerals?|mourn\w*)\b[^.;]{0,80}?\b(?:killed|died)\s+"
    r"(?:in|during|by)\s+(?=(?:last\s+\w+|\w+day|yesterday|the\s+previous\s+\w+)'s\b)|"
    # what a court sentences for: "sentenced a soldier to life in prison for shooting dead a
    # civilian", "sentenced 37 people to death over a failed coup attempt"
    r"\b(?:sentenced|convicted|jailed|acquitted|found\s+guilty)\b[^.;]{0,60}?\b(?:for|over|of)\s+",
    re.IGNORECASE)


def remembered(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """What a commemoration, a funeral or a court's sentence looks back on in text[start:end]."""
    return marked_ranges(_REMEMBERED, text, start, end)


def _reasons(text: str, start: int, end: int) -> list[tuple[int, int]]:
    # "A man suspected of robbing a pharmacy was beaten to death": the charge ends where
    # the sentence's own verb comes back
    out = []
    for x, y in marked_ranges(_REASON, text, start, end, after_marker=True):
        verb = _MAIN_VERB.search(text, x, y)
        out.append((x, verb.start() if verb else y))
    return out


_MAIN_VERB = re.compile(r"\s(?:was|were|is|are)\s", re.IGNORECASE)


def _without_reasons(text: str, start: int, end: int, background: bool = False,
                     past: bool = False) -> str:
    """text[start:end] with its reasons and charges (and, with `background`, its "days
    after ..." phrases; with `past`, what a commemoration remembers) blanked out (offsets
    kept)."""
    own = text[start:end]
    ranges = _reasons(text, start, end)
    if background:  # "beat a man accused of theft to death": the charge ends before "to death"
        ranges = [(x, m.start() if (m := _TO_DEATH.search(text, x, y)) else y) for x, y in ranges]
        ranges += marked_ranges(_BACKGROUND, text, start, end, after_marker=True)
    if past:
        # "families of victims of the blast, which killed 200": the remembered event and what
        # its relative clause tells of it
        for x, y in remembered(text, start, end):
            rel = _WHICH.match(text, y, end)
            ranges.append((x, rel.end() if rel else y))
    for x, y in ranges:
        own = own[:x - start] + " " * (y - x) + own[y - start:]
    return own


_TO_DEATH = re.compile(r"\s+to\s+death\b", re.IGNORECASE)
_WHICH = re.compile(r"\s*,\s*(?:which|that)\s+[^,.;]*", re.IGNORECASE)


def own_text(text: str, start: int, end: int, past: bool = False) -> str:
    """What a clause tells of its own event: "torched the home of a man accused of killing a
    child", "suspended operations two days after a drone attack killed three soldiers" -- the
    killing is another event's, and its dead are not this one's. With `past` (for reading
    its dead), what a commemoration remembers is blanked too; the classifier still reads it
    (a commemoration is no event)."""
    return _without_reasons(text, start, end, background=True, past=past)


# "opposition factions supported by Turkish artillery fought regime forces", "counter-attacked
# using snipers and mortar fire": fire in support of a battle is part of the battle (ACLED)
_SUPPORT = re.compile(r"\b(?:(?:supported|backed|covered|assisted|aided)\s+by|using|with)\b",
                      re.IGNORECASE)
_SUPPORTING = {"Shelling/artillery/missile attack", "Air/drone strike"}


# "Kurdish fighters battled IS in the streets, the thud of mortars carrying across the border":
# a clause whose verb is the fighting tells a battle; the fire named after it is its sound
_FIGHT_VERB = re.compile(r"(?:fought|battled|battling|clashed|clashing)\b", re.IGNORECASE)


def _without_support(text: str, hits):
    clash = [h for h in hits if h[0].sub == "Armed clash" and h[0].strong]
    if not clash:
        return hits
    first_fight = min((h[1] for h in clash if _FIGHT_VERB.match(text, h[1])), default=None)
    kept = [h for h in hits if not (h[0].sub in _SUPPORTING
                                    and (_SUPPORT.search(text, max(0, h[1] - 30), h[1])
                                         or (first_fight is not None and first_fight < h[1])))]
    return kept or hits


_DISASTER_DID = re.compile(
    r"\b(?:earthquakes?|quakes?|floods?|floodwaters|flash\s+floods?|cyclones?|hurricanes?|typhoons?|"
    r"landslides?|mudslides?|storms?|tornado(?:es)?|wildfires?|avalanches?)\b[^.;]{0,60}?\b(?:destroy(?:ed|s)|"
    r"damag(?:ed|es)|flatten(?:ed|s)|raz(?:ed|es)|kill(?:ed|s)|swept|sweeps|collapsed|level(?:l?ed|s))\b|"
    r"\b(?:fire|blaze)\s+(?:that|which)\s+(?:started|broke\s+out|erupted|began)\b", re.IGNORECASE)


def _before_background(text: str, spans, hits):
    """Hits before a "days after ..." phrase and outside a reason or charge ("suspected of
    rocket attacks"), when there are any; else all of them."""
    start, end = spans[0][0], spans[-1][1]
    own = hits
    m = _BACKGROUND.search(text, start, end)
    if m:
        before = [h for h in own if h[1] < m.start()]
        if before:
            own = before
        elif text[start:m.start()].rstrip().endswith(","):
            # a phrase trailing the clause's own words with no trigger in them tells what
            # they follow, not their event ("Baghdad summoned the Turkish envoy, a day after
            # the deadly shelling of a resort"); a leading one may name the report's subject
            # ("Two months after the raid on the market, relatives say 30 bodies were found")
            past = marked_ranges(_BACKGROUND, text, start, end)
            own = [h for h in own if not any(a <= h[1] < b for a, b in past)]
            if not own:
                return []
    # a leading "after ..." phrase with the clause's own trigger after it: "On 29 July, after
    # the army shelled Dar'a al-Balad, former rebels attacked army checkpoints"
    lead = _LEADING_AFTER.search(text, start, end)
    if lead and not any(h[1] < lead.start() for h in own) and any(h[1] >= lead.end() for h in own):
        own = [h for h in own if h[1] >= lead.end()]
    # a trailing "after ..." with a strong trigger of the clause's own before it: "militias
    # looted shops in Humera after government-allied forces took control of the town"
    trail = _TRAILING_AFTER.search(text, start, end)
    if trail and any(h[0].strong and h[1] < trail.start() for h in own):
        own = [h for h in own if h[1] < trail.start()]
    reasons = _reasons(text, start, end)
    if reasons:
        own = [h for h in own if not any(a <= h[1] < b for a, b in reasons)] or own
    return own


_TRAILING_AFTER = re.compile(r"\s(?:after|following)\s+(?=\S)", re.IGNORECASE)


_LEADING_AFTER = re.compile(r"\b(?:after|following)\s+(?!(?:a|an|one|two|three|several|the)\s+"
                            r"(?:days?|weeks?|hours?|months?)\b)[^,.;]{3,120},", re.IGNORECASE)
