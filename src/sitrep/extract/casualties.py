"""Casualty figures (killed, injured, abducted, arrested) from one event's text.

Pattern rules over a clause, no parser: precompiled regexes keep this cheap next to spaCy.

Choices (see data/quantities.yaml for the vague words and bound modifiers):
- min/max follow Iraq Body Count: the lowest and highest figures the text supports. "at least 42"
  gives 42..42 (42 is the highest figure reported; a larger max needs a source saying so).
- `fatalities` follows ACLED: the most conservative figure, vague words coded by the codebook
  ("dozens" 12, "several" 3 or 10 for a large attack), a suicide bomber counted among the dead,
  "casualties" alone ignored (0).
- A suicide bomber is also added to killed_min/max and combatants_killed: the text reports that
  death even when its number leaves it out ("blew himself up, killing 5" -> 6), unless the text says
  the figure includes the bomber.
- "including 11 soldiers" is a subset of the preceding figure: it feeds the civilian/combatant
  split, never the total. Items in one list are summed ("2 militants and an officer" -> 3).
- A toll that "rose to" a figure replaces the earlier figures. Otherwise different figures for the
  same people conflict: min/max span them and `fatalities` takes the lowest.
- Cumulative tolls ("the January toll tops 800", "killed 14,000 in 2014") are never the incident's
  figure; a text holding only such tolls is `is_aggregate`.
- Police and other security forces count as combatants (state forces), as in ACLED and UCDP.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from sitrep.extract.dates import WEEKDAYS, month_number
from sitrep.extract.numbers import (
    NUMBER,
    QUANTITY,
    Quantity,
    parse_number,
    quantities,
    read_quantity,
    vague_quantity,
)
from sitrep.model import CASUALTY_FIELDS, CASUALTY_KINDS, EventMention, Evidence

__all__ = ["Casualties", "attack_scale", "bomber_only", "later_death", "parse_casualties", "period_toll",
           "split_over_days", "told_dead"]


@dataclass(slots=True)
class Casualties:
    killed_min: int | None = None
    killed_max: int | None = None
    injured_min: int | None = None
    injured_max: int | None = None
    abducted_min: int | None = None
    abducted_max: int | None = None
    arrested_min: int | None = None
    arrested_max: int | None = None
    civilians_killed_min: int | None = None
    civilians_killed_max: int | None = None
    combatants_killed_min: int | None = None
    combatants_killed_max: int | None = None
    fatalities: int = 0  # ACLED's conservative figure for this text
    is_aggregate: bool = False  # a cumulative/period toll, not one incident
    vague: bool = False  # a figure came from a vague quantity ("dozens")
    aggregate_killed: int | None = None  # the cumulative toll, kept apart from the incident's figure
    evidence: dict[str, Evidence] = field(default_factory=dict)

    _FIELDS = (*CASUALTY_FIELDS, "fatalities", "is_aggregate")

    def apply(self, mention: EventMention) -> None:
        """Copy the figures onto a mention; evidence is merged into what it already has."""
        for name in self._FIELDS:
            setattr(mention, name, getattr(self, name))
        mention.evidence.update(self.evidence)

    def is_empty(self) -> bool:
        return (all(getattr(self, n) is None for n in CASUALTY_FIELDS)
                and not self.is_aggregate and self.fatalities == 0)


def split_over_days(total: int, days: int) -> list[int]:
    """ACLED: a toll spanning several days is divided across them, the first day taking the remainder."""
    if days <= 0:
        raise ValueError("days must be positive")
    base, rest = divmod(total, days)
    return [base + rest] + [base] * (days - 1)


# --- vocabulary ----------------------------------------------------------------------------------

def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# Dying as a martyr, in the words of South Asian wires and of armed groups' own statements
# ("a jawan embraced martyrdom", "two of our comrades fell as martyrs")
_MARTYRDOM = ("embraced martyrdom", "fell as martyrs", "fell as a martyr", "fell martyrs", "fell martyr")
_PASSIVE = {
    "killed": ["killed", "dead", "died", "die", "dies", "slain", "shot dead", "shot and killed",
               *_MARTYRDOM,
               "executed",
               "beheaded", "murdered", "assassinated", "massacred", "perished", "lost their lives",
               "lost his life", "lost her life", "burned to death", "burnt to death",
               "stabbed to death", "gunned down", "found dead", "confirmed dead", "feared dead",
               "slaughtered", "martyred", "crucified", "hacked to death", "beaten to death",
               "stoned to death", "lynched", "clubbed to death", "with their throats cut",
               "with their throats slit", "with his throat cut", "with her throat cut",
               "with his throat slit", "with her throat slit",
               # Turkish and Russian defence ministries' word for enemy dead (ACLED records it)
               "eliminated", "neutralised", "neutralized",
               "suffocated", "asphyxiated", "choked to death", "left dead",
               "fell to his death", "fell to her death", "fell to their deaths", "fell to their death",
               "kld"],  # a coder's shorthand: "1 officer kld, 2 soldiers wnd"
    "injured": ["wounded", "injured", "hurt", "maimed", "wnd", "wndd"],
    "abducted": ["kidnapped", "abducted", "seized", "snatched", "taken hostage", "taken captive",
                 "held hostage"],
    "arrested": ["arrested", "detained", "captured", "rounded up", "apprehended",
                 "taken into custody", "taken prisoner", "held"],  # headlines: "162 held"
}
_ACTIVE = {
    "killed": ["killing", "killed", "kills", "kill", "claimed the lives of", "claiming the lives of",
               "claim the lives of", "took the lives of", "taking the lives of", "executed",
               "executing", "executes", "beheaded", "beheading", "beheads", "shot dead",
               "shooting dead", "shot and killed", "gunned down", "gunning down", "massacred",
               "massacring", "murdered", "murdering", "slaughtered", "slaughtering",
               "shoot dead", "shoots dead", "shooting dead", "hacking to death", "hacked to death",
               "beat to death", "beats to death", "beating to death", "stoned to death",
               "stoning to death", "stabbed to death", "stabbing to death", "burned to death",
               "burning to death", "lynched", "lynches", "lynching", "lynch", "assassinated",
               "assassinating", "assassinates", "assassinate", "execute", "behead", "massacre",
               "murder", "murders", "slaughter", "slaughters", "massacres", "gun down", "guns down",
               "eliminated", "eliminating", "neutralised", "neutralized", "neutralising",
               "neutralizing",
               # state media's active voice: "two car bombs martyred 36 citizens"
               "martyred", "martyring"],
    "injured": ["wounding", "wounded", "wounds", "injuring", "injured", "injures", "maiming", "hurting",
                "treated"],  # "doctors treated 13 people": the people treated were hurt
    "abducted": ["kidnapping", "kidnapped", "kidnaps", "abducting", "abducted", "abducts",
                 "seizing", "seized"],
    "arrested": ["arresting", "arrested", "arrests", "detaining", "detained", "detains",
                 "capturing", "captured", "captures", "rounding up", "rounded up", "apprehended",
                 "apprehending"],
}
_NOUN_OF = {  # "the killing of 5", "the arrest of 12 suspects"
    "killed": ["killing", "killings", "murder", "murders", "execution", "executions", "death",
               "deaths", "massacre", "bodies", "corpses", "remains", "beheading", "body"],
    "injured": ["wounding", "injuring"],
    "abducted": ["abduction", "abductions", "kidnapping", "kidnappings"],
    "arrested": ["arrest", "arrests", "detention", "capture"],
}
_INTRANSITIVE = {"died", "die", "dies", "dead", "perished", "fell to his death", "fell to her death",
                 "fell to their deaths", "fell to their death", "lost their lives", "lost his life", "lost her life",
                 "suffocated", "asphyxiated", "choked to death", *_MARTYRDOM}
_NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "dozen", "dozens", "hundreds", "thousands", "scores"]
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
_STOP = sorted(set(
    ["were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "and", "or", "but", "in", "on", "at", "near", "when", "after", "before", "while", "during", "by", "as", "who", "whom", "which", "whose", "that", "including", "include", "includes", "to", "from", "with", "for", "into", "since", "said", "says", "also", "reportedly", "later", "both", "all", "than", "the_end", "also", "there", "it", "this", "these", "those", "its", "if", "not", "no", "nor", "so", "yet", "per", "about", "among", "amid", "across", "outside", "inside"]
    + [w for ws in (*_PASSIVE.values(), *_ACTIVE.values()) for w in ws if " " not in w]
    + ["shot", "leaving", "left", "bringing", "raising", "toll", "dead", "killing", "according",
       "earlier", "yesterday", "today", "tonight", "overnight", "last", "next", "because", "amid"]
    + _MONTHS
    + _NUMBER_WORDS
))


def _trie(words) -> str:
    """The same alternation as `_alt` for single words, as a prefix tree: the stop-word check
    runs at every word of every clause, and a flat list of ~200 words was tried word by word."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


# "IS" is Islamic State, not the verb ("70 IS fighters killed"); "16 of its members"
# A participle ends the phrase: "2 children herding sheep" are children, not sheep
_NPWORD = (rf"(?:(?-i:IS)\b|(?<=\bof\s)(?:one|its)\b|(?!(?:{_trie(_STOP)})\b)(?!(?-i:[a-z]+ing)\b)"
           rf"(?:[A-Za-z]|\d+-)[\w'’-]*)")
_DET = r"an?|one|another|a\s+further|the|his|her|their|its"
# Modifiers joined inside one phrase: "17 regime and allied fighters", "members of the ISF
# and PMF" (the word after "and" must go on, or be an acronym, else it starts a new item)
_NP_AND = (rf"\s+and\s+(?!(?:{_DET}|{QUANTITY})\b)"
           rf"(?:(?-i:[A-Z]{{2,6}})\b(?!\s+{_NPWORD})|{_NPWORD}(?=\s+{_NPWORD}))")
_NP_OF = r"\s+of\s+the\s+(?-i:[A-Z])[\w'’-]*"
_NP = rf"{_NPWORD}(?:{_NP_OF}|{_NP_AND}|\s+{_NPWORD}){{0,6}}"
# "two members of the Sinjar Resistance Units (YBS)": an acronym in brackets ends a name
_ACRONYM = r"(?:\s*\((?-i:[A-Z][\w-]{1,11})\))?"
_POSS = r"(?:(?:his|her|their|its|the)\s+)?"  # "his two sons", "the 27 victims"
# "beat to death a detained young man": a participle before the noun describes it
_ITEM = (rf"(?:{_POSS}(?:{QUANTITY})(?!-)(?:\s+{_NP})?|(?:{_DET})\s+(?:(?:detained|kidnapped|abducted|"
         rf"captured|arrested|wounded|injured)\s+(?={_NPWORD}))?{_NP}){_ACRONYM}")
# a coder's shorthand joins the sides with "+": "9 IS + 4 SAA killed"
_LIST = rf"{_ITEM}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*\+\s*){_ITEM})*"
_AUX_WORDS = ("were|was|are|is|have|has|had|been|being|be|reportedly|also|all|later|allegedly|"
              "subsequently|either|both|who|apparently|inside|aboard|there|instantly|critically|seriously|severely|lightly|"
              "slightly|badly|fatally|mortally|thought\\s+to\\s+have\\s+been|"
              "said\\s+to\\s+have\\s+been|believed\\s+to\\s+have\\s+been|feared|now|each|may|might|could|"
              "would|possibly|probably|likely|found|reported|initially\\s+reported|"
              # "were brutally executed", "was sexually assaulted and then killed"
              "(?!(?:only|early|reportedly)\\b)[a-z]+ly|"
              # "was raped and then killed", "were abducted and executed": an earlier verb of the pair
              "(?!(?:killed|wounded|injured|hurt)\\b)[a-z]+ed\\s+and(?:\\s+then|\\s+later)?")
_AUX = rf"(?P<aux>(?:\s+(?:{_AUX_WORDS})\b)*)"
# (not a span of days: "were killed between 20 and 22 June")
_OBJECT = (rf"\s+(?:(?:{_DET})\b|(?!(?:between|from)\s+\d{{1,2}}\s+(?:and|to)\s+\d{{1,2}}\s+(?:{_alt(_MONTHS)})\b)"
           rf"(?:{QUANTITY}))")
_CASUALTY_PAIR = r"(?!\s*(?:,|/|\s(?:or|and|and/or))\s*(?:wounded|injured|hurt)\b)"  # "killed, injured": casualties
# Ages are no head count: "two boys aged 10 and 12", "aged between 18 and 25"
_AGES = r"aged\s+(?:between\s+)?\d+(?:\s*(?:and|to|-|–)\s*\d+)?"
_AGES_RE = re.compile(rf"\b{_AGES}\b", re.IGNORECASE)
# Between a subject and its verb: "21 Christians abducted in Sirte were killed", "a woman in Raqqa was"
_POST = (r"(?:,?\s+(?:(?:abducted|kidnapped|captured|seized|detained|held|taken|living|working)\s+)?"
         # "nine tourists from central and southern Iraq"
         r"(?:in|from|near|at)\s+(?:the\s+)?(?:(?:central|(?:north|south)(?:ern|-?east(?:ern)?|-?west(?:ern)?)?|"
         r"east(?:ern)?|west(?:ern)?)\s+(?:and\s+[a-z-]+\s+)?)?"
         r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}"
         # "people from the Albu Nimr tribe were killed"
         r"(?:\s+(?:tribe|clan|family|village|district|area|town|neighbou?rhood|province))?,?|"
         # "two children from the same family", "30 combatants from both sides"
         r",?\s+(?:from|of)\s+(?:the\s+same|one|both|all|either)\s+(?:family|household|village|clan|tribe|"
         r"sides?|parties)\b,?|"
         # "clashes with PKK fighters, two of whom were killed"
         r"\s+of\s+whom|"
         # "19 fighters from the factions were killed"
         r",?\s+from\s+the(?:\s+(?!(?:was|were|is|are|has|have|had)\b)[a-z][\w'’-]*){1,3},?|"
         # who they were, set off by commas: "five members of one family, women and children, were"
         r",\s+(?:(?:a|an|the)\s+)?(?:[a-z][\w'’-]*\s+){0,3}?(?:women|children|men|civilians|"
         r"soldiers|fighters|militants|policemen|boys|girls)(?:\s+and\s+(?:women|children|men|boys|girls))?,|"
         # "two boys aged 10 and 12 were killed"
         rf",?\s+{_AGES},?|"
         # who the counted were, set off by commas: "five civilians, a child among them, were
         # killed", "four civilians, including businessman X and his infant daughter, were"
         r",\s+(?:[\w'’-]+\s+){1,3}?among\s+them,|"
         r",\s+(?:including|among\s+them)\s+(?:[\w'’.-]+\s+){0,8}?[\w'’.-]+,|"
         # a participle phrase: "a woman gathering firewood was killed", "the policeman escorting
         # him", "an administrator appointed by the regime", "five people out hunting truffles"
         r"\s+(?:out\s+)?(?!(?:including|according|killing|leaving|bringing|raising)\b)[a-z]+ing"
         r"(?:\s+(?!(?:was|were|is|are|has|have|had|one|two|three|four|five|six|seven|eight|nine|"
         r"ten|dozens|scores|hundreds)\b)[A-Za-z][\w'’-]*){0,7}|"
         # "a butcher accused of blasphemy", "a man suspected of robbing a pharmacy"
         r",?\s+(?:accused|suspected|charged|convicted|wanted|sentenced)\s+(?:of|with|for|in|to)"
         r"(?:\s+(?!(?:was|were|is|are|has|have|had)\b)[\w'’-]+){1,6},?|"
         # "four men who tried to defend the village", "a man who had received threats"
         r",?\s+who\s+(?!(?:was|were|is|are|had\s+been|have\s+been|has\s+been)\b)"
         r"[a-z]+(?:\s+(?!(?:was|were|is|are|has|have|had)\b)[\w'’-]+){0,8},?|"
         # "5 Peshmerga at a nearby post", "two people inside the car"
         r"\s+(?:at|in|inside|near|aboard|on)\s+(?:a|an|the|their|his|her)\s+(?:[a-z-]+\s+)?[a-z-]+|"
         r",?\s+(?:appointed|employed|hired|elected|posted|deployed|stationed|based|sent|caught|trapped)\s+"
         r"(?:by|in|at|to|as|from)(?:\s+(?!(?:was|were|is|are|has|have|had)\b)[a-z]+){1,4},?)?")
# A reflexive object: "two suicide bombers killed themselves and 12 others"
_REFL = r"(?:(?P<refl>himself|herself|themselves)\s+(?:and|along\s+with|as\s+well\s+as)\s+)?"

_FLAGS = re.IGNORECASE


def _compile_kind(kind: str) -> dict[str, re.Pattern]:
    passive = _alt(_PASSIVE[kind])
    active = _alt(_ACTIVE[kind])
    pair = _CASUALTY_PAIR if kind == "killed" else ""
    return {
        # "27 killed", "five people were killed", "a soldier was shot dead", "2 militants and an officer"
        "passive": re.compile(
            rf"(?<![\w-])(?P<list>{_LIST}(?:(?:\s+and\s+|\s*\+\s*)(?!(?:{_DET}|{QUANTITY})\b){_NPWORD}(?:\s+{_NPWORD}){{0,2}})?){_POST}(?:,?\s+(?:including|among\s+them|among\s+whom|of\s+whom|mostly|mainly|largely|(?:most|many|some|all)\s+of\s+them)\s+[^,.;]{{1,40}}?,?|,\s*(?:{QUANTITY})\s+of\s+(?:them|whom)\b[^,.;]{{0,40}}?,)?(?:,?\s+(?:who|that)\b)?{_AUX}\s+(?<!\bof\s)[\"“‘']?(?P<verb>{passive})\b[\"”’']?{pair}(?!{_OBJECT})"
            r"(?!\s+(?:were|was|are|is|had|have|has)\b)",  # "the wounded were": a noun
            _FLAGS),
        # "killing five people", "wounded 14", "claimed the lives of 12 worshippers"
        "active": re.compile(rf"\b(?P<verb>{active})['’\"”]?\s+{_REFL}(?P<list>{_LIST})", _FLAGS),
        # "executed people", "kills district official": a bare noun after the verb (headlines)
        "active_bare": re.compile(
            rf"\b(?P<verb>{active})['’\"”]?\s+(?P<np>(?!(?:{_DET})\b){_NPWORD}(?:\s+{_NPWORD}){{0,2}})",
            _FLAGS),
        # "the killing of 5", "bodies of 30 men"
        # ("bodies belonging to 5 soldiers", "the remains belonged to at least 7 people")
        "noun_of": re.compile(rf"\b(?:{_alt(_NOUN_OF[kind])})\s+(?:of|(?:belonged|belonging|belong)\s+to)\s+"
                              rf"(?P<list>{_LIST})", _FLAGS),
        # "people were killed": a plural with no number (aux or intransitive verb required)
        "bare": re.compile(
            rf"(?<![\w-])(?P<np>{_NPWORD}(?:\s+{_NPWORD}){{0,3}}){_AUX}\s+(?P<verb>{passive})\b{pair}"
            rf"(?!{_OBJECT})", _FLAGS),
        # Speed: "passive" and "bare" are tried at every word of the clause; a clause without
        # one of their verbs cannot match them, so one cheap search skips both (3 kinds of 4
        # in most clauses).
        "passive_verb": re.compile(rf"(?:{passive})\b", _FLAGS),
    }


_KIND_RES = {k: _compile_kind(k) for k in CASUALTY_KINDS}
_OWN_VERB = re.compile(
    rf"{_AUX}\s+(?:{_alt(w for ws in _PASSIVE.values() for w in ws)})\b", _FLAGS)
_ITEM_RE = re.compile(
    rf"(?:{_POSS}(?P<q>{QUANTITY})(?!-)(?:\s+(?P<qnp>{_NP}))?|(?P<det>{_DET})\s+"
    rf"(?:(?:detained|kidnapped|abducted|captured|arrested|wounded|injured)\s+(?={_NPWORD}))?"
    rf"(?P<dnp>{_NP})){_ACRONYM}",
    _FLAGS)
# A headline's bare singular subject: "Journalist shot dead in Basra", "Kidnapping suspect
# killed by angry crowd" (headlines drop the article that the passive pattern needs)
_HEADLINE_ONE = re.compile(
    rf"^\s*(?P<np>(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){{0,3}}?)\s+(?P<verb>{_alt(_PASSIVE['killed'])})\b"
    rf"(?!{_OBJECT})", _FLAGS)
# A coder's note names one dead with no article after a colon, dash or comma: "Basra: lawyer
# shot dead by unk. gunmen", "guards shoot into crowd, teen killed, 8 wounded"
_NOTE_ONE = re.compile(
    r"(?:^|[:–—;,]\s*)(?P<np>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)\s+"
    r"(?P<verb>killed|shot\s+dead|gunned\s+down|executed|assassinated|murdered|dead)"
    r"(?=\s*(?:[,;.]|$|\s+(?:by|in|at|on|near|after|when|while|outside|inside)\b))")
# "kills Iraqi army colonel, two soldiers": a bare noun, then a list going on after a comma
_LIST_GOES_ON = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*\+\s*)(?P<list>{_LIST})", _FLAGS)
_LEFT_RE = re.compile(
    rf"\b(?:left|leaving|leave|leaves)\s+(?P<list>{_LIST})\s+(?P<verb>dead|killed|wounded|injured|hurt)\b",
    _FLAGS)
_DIED_AFTER = re.compile(r"\s+(?:later\s+|had\s+|has\s+)?(?:died|succumbed)\b", _FLAGS)
_TOLL_RE = re.compile(
    rf"\b(?P<what>(?:death\s+)?toll|(?:figure|number)(?=\s+at\s|\s+was\s+(?:later\s+)?(?:updated|revised|raised)\s+to\s)(?![^.;]{{0,30}}\b(?:wounded|injured|hurt|arrested|detained|displaced)\b)|number\s+of\s+(?:the\s+)?(?P<kw>dead|deaths|fatalities|victims|"
    rf"wounded|injured|injuries|people\s+killed|people\s+wounded|people\s+injured|those\s+killed)|"
    rf"number\s+(?P<kw2>killed|dead|wounded|injured)|"
    # "put the number of militants killed at no fewer than 40"
    rf"number\s+of\s+(?:[a-z-]+\s+){{1,2}}?(?P<kw3>killed|wounded|injured)(?=\s+(?:at|to|was|is|stood|stands)\s))"
    rf"(?P<mid>[^.;]{{0,160}}?)(?:\b(?:to|at|of|reached|reaches|hit|hits|tops|topped|passed|exceeded|"
    rf"surpassed|is|was|stands|stood|ranges?|ranged|ranging)\s+|\s(?=between\s))"  # "put the death toll between 40 and 53"
    rf"(?P<q>{QUANTITY})(?!\s*(?:percent|%))(?!\s+(?:point|stage|time)\b)", _FLAGS)
_BODIES_WORDS = re.compile(r"bodies|corpses|martyrs|deaths?|fatalit|killings", _FLAGS)  # each _BODIES_RE match has one
_BODIES_RE = re.compile(rf"(?<![\w-])(?P<list>(?:{QUANTITY})(?:\s+{_NPWORD}){{0,2}}?\s+(?:bodies|corpses|martyrs)|"
                        rf"(?:{QUANTITY})(?:\s+{_NPWORD}){{0,2}}?\s+(?:deaths|fatalit(?:y|ies)|killings)|"
                        rf"(?:one|a\s+single)\s+death)\b|"
                        rf"\bfatalities:\s*(?P<list2>{QUANTITY})\b", _FLAGS)
# "killing a family of six", "Gunmen kill family of five"
_FAMILY_RE = re.compile(
    rf"\b(?:{_alt(_ACTIVE['killed'])})\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+)?family\s+of\s+"
    rf"(?P<q>{NUMBER})\b", _FLAGS)
# "a crowd beat a man accused of theft to death": the victim between the verb and "to death"
_TO_DEATH_VERBS = (r"(?:beat|beats|beating|stab|stabs|stabbed|stabbing|stone|stones|stoned|stoning|"
                   r"hack|hacks|hacked|hacking|club|clubs|clubbed|torture|tortures|tortured|burned|"
                   r"burnt|burn|burns|burning)")
_TO_DEATH_RE = re.compile(
    rf"\b{_TO_DEATH_VERBS}"
    rf"\s+(?:(?P<list>{_LIST})|(?P<np>{_NPWORD}(?:\s+{_NPWORD}){{0,3}}))\s+(?:[\w'’-]+\s+){{0,5}}?"
    rf"to\s+death\b|"
    # a headline's order: "Students stone to death classmate accused of blasphemy"
    # "beat to death and set alight a factory manager"
    rf"\b{_TO_DEATH_VERBS}\s+to\s+death\s+(?:and\s+(?:then\s+)?[a-z]+\s+(?:alight|ablaze|on\s+fire)\s+)?"
    rf"(?:(?:a|an)\s+)?(?P<np2>{_NPWORD}(?:\s+{_NPWORD}){{0,3}})", _FLAGS)
# "killed 11 militants and lost 2 of its own fighters": a side's own dead
_LOST_RE = re.compile(
    rf"\b(?:lost|losing|loses)\s+(?:only\s+|just\s+)?(?P<list>(?:{QUANTITY})(?=\s+(?:of\s+(?:its|their|his|her)\s+(?:own\s+)?)?"
    r"(?P<noun>fighters?|men|man|soldiers?|troops|members?|personnel|policem[ae]n|officers?|militants?)\b))",
    _FLAGS)
_LOSER = re.compile(r"\b(?:while|whereas|but|and)\b|[;,]", _FLAGS)  # the loser's clause begins after
# verbs whose object is always a person ("killed a deal" is not), so an indefinite object
# the person words do not know is still one dead
_HUMAN_ONE = re.compile(
    r"\b(?:(?:shot|shoot|shoots|shooting)\s+dead|(?:gunned|gunning|guns|gun)\s+down|"
    r"assassinated|assassinating|assassinates|murdered|murdering|murders|beheaded|beheading|"
    r"beheads|stabbed\s+to\s+death|shot\s+and\s+killed)\s+"
    r"(?:an?\s+)(?P<np>(?!(?:number|few|couple|handful|dozen|score|total)\b)[\w'’-]+(?:\s+(?!(?:an?|the)\s)[\w'’-]+){0,5}?)"
    r"(?=\s+(?:in|at|near|on|outside|inside|while|as|after|who|from|during)\b|\s*[,.;(]|\s*$)", _FLAGS)
_LOSSES_AT = re.compile(rf"\b(?:put|puts|putting|placed|estimated)\s+(?:(?:the|enemy)\s+)?"
                        rf"(?P<who>[\w-]+(?:\s+[\w-]+)?)\s+losses\s+at\s+(?P<q>{QUANTITY})", _FLAGS)
# "five soldiers were among the dead"
_AMONG_DEAD = re.compile(rf"(?<![\w-])(?P<list>{_LIST})\s+(?:were|was)\s+(?:also\s+|reportedly\s+)?among\s+the\s+"
                         r"(?:dead|killed|victims|fatalities)\b", _FLAGS)
# "Two children were killed ..., along with four militants": more dead of the same event
_ALONG_RE = re.compile(rf"\b(?:along\s+with|as\s+well\s+as|together\s+with)\s+(?P<list>{_LIST})", _FLAGS)
# "a soldier was killed and another injured": "another" alone is one more person
_ANOTHER_RE = re.compile(r"\banother(?:\s+(?:was|is|has\s+been))?\s+(?P<verb>injured|wounded|hurt|killed|"
                         rf"kidnapped|abducted|arrested|detained)\b(?!{_OBJECT})", _FLAGS)  # "another killed two"
# One more dead counted by an ordinal or "another": "A fourth soldier, who lost both legs in the blast, died
# on 16 July", "a third protester died of his wounds the next day"
_ORDINAL_DEAD = re.compile(
    r"\b(?:(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d{1,3}(?:st|nd|rd|th))|another)\b(?:\s+(?!and\b|\d)[\w'’-]+){0,6}?(?:\s*,[^,;.]{1,80},)?"
    r"\s+(?:also\s+|later\s+|subsequently\s+|eventually\s+)?"
    r"(?:died|succumbed|was\s+(?:later\s+)?(?:killed|found\s+dead))\b"
    # the verb said once for both: "6 children died at the scene and a seventh in hospital"
    r"|(?<=\bdied\b)[^.;:]{0,60}?\s+and\s+(?:a|the)\s+(?:second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+(?=(?:in|at|on|later|the\s+next|"
    r"the\s+following)\b)", _FLAGS)
# One of the wounded dying later, one more dead: "One of the wounded died in hospital the next
# day", "a bystander wounded in the blast died of his injuries", "Mayor Abdirahman Omar Osman,
# wounded in the blast, died in Doha on 1 August" (a name, or one person's words)
_WOUNDED_DIED = re.compile(
    r"\b(?:(?:one|a|an)\s+of\s+(?:the|those)\s+(?:wounded|injured)(?:\s+\w+)?"
    # "a civilian was hit by a stray bullet and died", "another protester who was shot in the
    # abdomen died in hospital"
    r"|(?:a|an|the|one|another)\s+(?:[\w'’-]+\s+){0,3}?(?:who\s+)?(?:(?:was|had\s+been)\s+)?"
    r"(?:wounded|injured|hurt|shot|hit|struck)\s+(?:in|during|by)\s+[^.;,]{1,40}?(?:\s+and)?"
    r"|(?-i:[A-Z])[\w'’.-]+(?:\s+(?:(?:al|el|bin|ibn|abu)[- ])?(?-i:[A-Z])[\w'’.-]+){1,4},\s+(?:who\s+(?:was|had\s+been)\s+)?"
    r"(?:wounded|injured|hurt|shot)\b[^.;,]{0,50},)"
    r"\s+(?:later\s+|subsequently\s+|eventually\s+)?(?:died|succumbed)\b", _FLAGS)
_OF_WOUNDS = re.compile(r"\b(?:died|dies|succumbed)\s+(?:later\s+)?(?:of|from|to)\s+(?:his|her|their)\s+"
                       r"(?:wounds|injuries)\b", _FLAGS)


# The same toll raised: "the toll rose to 32 by the following evening", "raising the toll to 30
# the next day" (not "bringing the toll to": a sum over events)
_TOLL_ROSE = re.compile(r"\b(?:(?:death\s+)?toll|number\s+of\s+(?:dead|deaths))\s+(?:later\s+|then\s+|has\s+|had\s+)?"
                        r"(?:rose|risen|climbed|increased|jumped|mounted)\s+to\b|"
                        r"\braising\s+(?:the|its)\s+(?:death\s+)?toll\s+to\b", _FLAGS)


def later_death(text: str) -> bool:
    """The wounded of an event dying later ("a fourth soldier died on 16 July", "died of his
    wounds the next day"): that event's dead, whatever day the clause names."""
    return bool(_ORDINAL_DEAD.search(text) or _OF_WOUNDS.search(text) or told_dead(text))


def told_dead(text: str) -> bool:
    """"the toll rose to 32 by the following evening", "the mayor, wounded in the blast, died
    in Doha": the dead of the event told before, whatever the clause's own words or day."""
    return bool(_TOLL_ROSE.search(text) or _WOUNDED_DIED.search(text))


# One person dying later, or found dead: "a sniper shot a boy; he died in hospital"
# (not "died of a heart attack"; "died of his wounds" counts)
_HE_DIED = re.compile(r"\b(?:he|she)\s+(?:later\s+|subsequently\s+|eventually\s+)?"
                      r"(?:died|succumbed|was\s+(?:later\s+)?found\s+dead)\b"
                      r"(?!\s+(?:of|from)\s+(?!(?:his|her)\s+(?:wounds|injuries)))", _FLAGS)
# Two as the subject: "He and his secretary were killed"
_HE_AND = re.compile(rf"\b(?:he|she)\s+and\s+(?:his|her)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+\s+"
                     rf"(?:were|have\s+been|had\s+been)\s+(?:later\s+)?"
                     rf"(?:{_alt(_PASSIVE['killed'])})\b", _FLAGS)
# A name's last word that is a body's ("Islamic State", "Syrian Army"): no person
_NOT_A_BODY = (r"(?<!State)(?<!Army)(?<!Forces)(?<!Police)(?<!Front)(?<!Brigade)(?<!Brigades)(?<!Group)"
               r"(?<!Council)(?<!Party)(?<!Coalition)(?<!Militia)(?<!Guard)(?<!Unit)(?<!Units)(?<!Movement)")
# One person as the subject: "He was killed along with his brother"
_HE_KILLED = re.compile(
    rf"\b(?:he|she)\s+(?:was|had\s+been|has\s+been)\s+(?:later\s+)?(?:{_alt(_PASSIVE['killed'])})\b"
    rf"(?!{_OBJECT})", _FLAGS)
# A named person as the subject: "Aden governor Jaafar Mohammed Saad was killed along with six
# of his bodyguards", "Protest leader Ihab al-Wazni shot dead outside his home". Two or more
# capitalised words, the last not a body's ("Islamic State", "Syrian Army").
_NAMED_KILLED = re.compile(
    r"(?<![\w'’-])(?-i:[A-Z][\w'’.-]+)(?:\s+(?:(?:al|el|bin|ibn|abu|bint)[- ])?(?-i:[A-Z][\w'’.-]+)){1,4}"
    rf"{_NOT_A_BODY}"
    # "Ihab al-Wazni, a leading figure of Karbala's protest movement, was gunned down"
    r"(?:,\s+(?:a|an|the)\s+[^,;.()]{3,80}?,)?"
    rf"\s+(?:(?:was|had\s+been|has\s+been)\s+(?:later\s+)?)?(?:{_alt(_PASSIVE['killed'])})\b"
    rf"(?!{_OBJECT})(?!\s+(?-i:[A-Z]))", _FLAGS)
# Named dead and a count of the rest: "killing Qassem Soleimani, Abu Mahdi al-Muhandis and eight
# others", "killed senior Hamas official Saleh al-Arouri and six other people"
# a name ends in a capitalised word or "al-Muhandis" ("Iraqi soldiers" is no name)
_NAMED = re.compile(r"(?:[\w'’.-]+\s+){0,7}(?:[a-z]{1,3}-)?[A-Z][\w'’.-]*")
_NAMED_AND_OTHERS = re.compile(
    rf"\b(?:{_alt(_ACTIVE['killed'])})\s+(?P<names>[^.;:()\d]{{3,120}}?),?\s+(?:and|along\s+with|as\s+well\s+as)\s+"
    rf"(?P<q>{QUANTITY})\s+other(?:s|\s+(?:people|persons|civilians|men|passengers|members|fighters|"
    r"soldiers|officers|guards|companions|bodyguards|relatives|family\s+members))\b")
# One person named by whose they were: "killed politician Hevrin Khalaf, her driver and seven others"
_KIN_ONE = re.compile(r"(?:his|her|their)\s+(?:[a-z-]+\s+)?(?:driver|son|daughter|wife|husband|brother|"
                      r"sister|father|mother|bodyguard|guard|cousin|nephew|niece|companion|aide|child)",
                      _FLAGS)
_AND_KIN = re.compile(rf"\s*,?\s+(?:and|along\s+with)\s+{_KIN_ONE.pattern}(?![\w-])", _FLAGS)
# The dead referred back to: "seized two spies and executed them", "killing both"
_THEM_RE = re.compile(rf"\b(?:{_alt(_ACTIVE['killed'])})\s+(?P<who>them(?!\s+(?:all|both))|"
                      r"(?:them\s+)?both)\b|"
                      r"\b(?:shot|shoots|shooting|gunned|gunning)\s+(?P<who2>them)\s+(?:dead|down)\b", _FLAGS)
# One person referred to: "shot a shop owner, killing him"
_PRONOUN_RES = {k: re.compile(rf"\b(?P<verb>{_alt(_ACTIVE[k])})\s+(?:him|her)\b", _FLAGS)
                for k in CASUALTY_KINDS}
# A named person after lower-case title words: "assassinated activist Ahmed", "killed security
# analyst Hisham" (the name ends the phrase: "killed local Kurdish party members" is a group)
_TITLED_NAME = re.compile(r"(?:[a-z][\w-]*\s+){1,2}[A-Z][a-z][\w'’-]*")
# Another source's figure for the same dead: "ISWAP claimed 48", "while the army said 14 died"
# A source named for a figure ("Local officials said 60 were killed")
_ATTRIBUTION = re.compile(r"\b(?:said|says|reported|according\s+to|told|claimed|estimated|counted|"
                          r"first\s+reported)\b", _FLAGS)
# A figure naming one new person by an indefinite article ("and a local civilian died")
_ONE_MORE = re.compile(r"an?\s", _FLAGS)
_CLAIM_RE = re.compile(rf"\b(?:claimed|claims|claiming)\s+(?:(?:to\s+have\s+)?(?:killed|killing)\s+)?(?P<list>{_LIST})",
                       _FLAGS)
# "four protesters were killed; the SDF said 2": a bare number another source gives
_SAID_NUMBER = re.compile(
    rf"[;,]\s*(?:while\s+|but\s+|whereas\s+)?(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){{0,3}}?\s+"
    rf"(?:said|says|claimed|claims|reported|put\s+it\s+at|gave|spoke\s+of|acknowledged|admitted|counted|"
    rf"cited)\s+(?P<list>(?:{QUANTITY}))\s*(?=[.;]|$|,\s*including\b)",
    _FLAGS)
# "State media claimed IS had killed 400 civilians": a claim told with its own verb
_CLAIMED_THAT = re.compile(r"\bclaim(?:ed|s|ing)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,4}?(?:had|has|have)\s+$",
                           _FLAGS)
_SAME_SOURCE_LATER = re.compile(r"\b(?:the\s+same\s+[\w'’-]+|it|they)\s+(?:later|then|subsequently)\b", _FLAGS)
_CONTRAST = re.compile(r"\b(?:while|whereas|but)\b[^.;,]{0,60}?\b(?:said|says|claimed|claims|put|reported|told|"
                       r"spoke\s+of|speak\s+of|counted|estimated|cited|confirmed|acknowledged|recorded|"
                       r"documented)\b"
                       r"[^.;]{0,25}$", _FLAGS)
# "The Observatory put the toll at nine": another source's figure for the dead told before
_PUT_TOLL = re.compile(r"\b(?:put|puts|putting|placed|gave|gives|giving)\s+(?:the|its|a|their)\s+"
                       r"(?:[\w-]+\s+)?(?:death\s+)?(?:toll|figure|number)\b", _FLAGS)
# "...were killed; security sources gave a toll of 12": after a semicolon, another source's figure
_SOURCE_AFTER = re.compile(
    # ("later" tells a new toll, but "later acknowledged" is one source's admission)
    r"(?![^;]*\b(?:also|another|more|further|others|separately|later(?!\s+(?:acknowledged|admitted|conceded)))\b)"
    r"[\w\s,'’()-]{0,90}?\b(?:said|says|reported|according\s+to|put|gave|claimed|estimated|counted|"
    r"acknowledged|admitted|spoke\s+of|cited)\b",
    _FLAGS)
# "a local official said", "the army said": an attribution ends a list of victims
_SAYS = re.compile(r"[\w\s'’-]{0,30}?\b(?:said|says|say|told|reported|added|stated|claimed|announced|"
                   r"confirmed|according)\b", _FLAGS)
# A toll over several days: "three days of clashes", "over the three days", "between 3 and 5 March"
_DAYS_RE = re.compile(
    # not "three days of (national) mourning": what follows the event, not its span
    rf"\b(?P<n>{NUMBER})(?:\s+|-)days?\s+(?:of(?!\s+(?:\w+\s+)?(?:mourning|grief|celebrations?|"
    rf"holidays?|rest|leave|curfew|strikes?|protests?|talks)\b)|long)\b|"
    rf"\b(?:over|during|in|across)\s+(?:the\s+|those\s+|these\s+)?(?P<n2>{NUMBER})(?:\s+|-)days\b|"
    rf"\b(?P<n3>{NUMBER})-day\s+(?:battle|fight|fighting|offensive|clash|clashes|siege|assault|operation)|"
    rf"\b(?:between|from|over|during|across)\s+(?P<d1>\d{{1,2}})\s*(?:and|to|-|–)\s*(?P<d2>\d{{1,2}})\s+"
    rf"(?P<mon>{_alt(_MONTHS)})\b|"
    # "over Friday and Saturday"
    rf"\b(?:over|on|during|between|across|from)\s+(?P<w1>{_alt(WEEKDAYS)})\s+(?:and|to|until)\s+"
    rf"(?P<w2>{_alt(WEEKDAYS)})\b", _FLAGS)
_SUBSET_RE = re.compile(
    rf"\b(?:including|among\s+them|among\s+whom|among\s+the\s+(?:dead|victims)(?:\s+(?:were|was))?|"
    rf"of\s+whom)\s+(?P<list>{_LIST})|"
    # "killing a dozen people, 4 children among them"
    rf",\s*(?P<among>(?:{QUANTITY})(?:\s+{_NP})?)\s+among\s+them\b|"
    # "14 people, 9 of them women" (but "PKK fighters, two of whom were killed" is the figure)
    rf",\s*(?P<of>(?:{QUANTITY})\s+of\s+(?:them|whom)\b(?:\s+{_NP})?)"
    rf"(?!\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:"
    rf"{_alt(_PASSIVE['killed'] + _PASSIVE['injured'] + _PASSIVE['abducted'] + _PASSIVE['arrested'])})\b)",
    _FLAGS)
_NEG_RE = re.compile(
    # "no one", "no US personnel", "no Turkish soldiers"
    r"\b(?:no\s+one|nobody|none|no\s+(?:[\w'’-]+\s+){0,2}?(?:people|persons?|civilians?|soldiers?|"
    r"personnel|troops|servicem[ae]n|members?|fighters?|policem[ae]n|officers?|staff|one\s+else))\b"
    r"(?:\s+\w+){0,2}?\s+(?:was|were|has\s+been|had\s+been|have\s+been|is|got)\s+(?:\w+\s+)?"
    r"(?P<verb>killed|hurt|injured|wounded|harmed|kidnapped|abducted|arrested|detained)\b"
    r"|\bno\s+(?:immediate\s+)?(?P<noun>(?:casualties|deaths|fatalities|injuries|dead)"
    r"(?:\s*(?:/|or|and|nor)\s*(?:casualties|deaths|fatalities|injuries|injured|wounded))?|"
    r"one\s+(?:died|(?:was\s+)?killed))\b"
    r"|\b(?:without|with\s+no)\s+(?P<noun2>casualties|injuries|loss\s+of\s+life)\b", _FLAGS)
_NO_REPORTS = re.compile(r"\bno\s+(?:immediate\s+)?(?:reports?|word|information)\s+(?:of|on)\b", _FLAGS)
_BOMBER_RE = re.compile(
    r"\bsuicide\s+(?:car\s+|truck\s+|vest\s+|vehicle\s+)?(?:bomber|attacker|bombing|bomb|vest|blast|attack)s?\b|"
    r"\bsuicide\s+(?:vehicles?|drivers?)\b|"
    r"\bblew\s+(?:himself|herself|themselves)\s+up\b|"
    r"\bdetonated\s+(?:his|her|their)\s+(?:explosive|suicide)", _FLAGS)
_BOMBER_RE2 = re.compile(  # the attacker dies with the bomb, whatever the report calls it
    r"\b(?:bomber|attacker)\b[^.;]{0,60}?\bdetonated\s+(?:it|himself|herself|his|her|the\s+(?:car|truck|vest|belt))\b|"
    r"\b(?:explosive|explosives|suicide)\s+(?:vest|belt)s?\b|"
    r"\bbomber\s+(?:on|in|driving|riding|wearing)\b", _FLAGS)
_BOMBER_COUNT = re.compile(
    rf"(?P<q>{NUMBER}|twin|double|triple)\s+(?:of\s+(?:its|their|the)\s+)?(?:[\w-]+\s+){{0,2}}?suicide\s+"
    # "twin suicide blasts", "two suicide car bombs": one bomber dies with each
    r"(?:(?:car|truck|vehicle)\s+)?(?:bombers|attackers|bombings|bombs|blasts|attacks|explosions)\b",
    _FLAGS)
# "two of its members detonated explosive vests", "three attackers blew themselves up"
_BOMBERS_DETONATED = re.compile(
    rf"(?P<q>{NUMBER})\s+(?:of\s+(?:its|their|the)\s+)?(?:members|fighters|militants|men|attackers|"
    r"bombers|assailants)\s+(?:detonated\s+(?:their\s+)?(?:explosive|suicide)\s+(?:vests|belts)|"
    r"blew\s+themselves\s+up)\b", _FLAGS)
_BOMBER_WORD_COUNT = {"twin": 2, "double": 2, "triple": 3}
_BOMBER_INCLUDED = re.compile(
    r"(?<!not\s)\b(?:including|incl\.?)\s+(?:(?:the|two|three|both|all|\d)\s+){0,2}"
    r"(?:suicide\s+)?(?:bomber|attacker)s?\b|"
    r"\b(?:bomber|attacker)s?\s+(?:was|were)\s+(?:among|included)|\bthe\s+(?:bomber|attacker)\s+and\b|"
    # "Seven people died, the bomber among them"
    r"\bthe\s+(?:suicide\s+)?(?:bomber|attacker)s?\s+(?:among|included\s+among)\s+them\b|"
    # "..., and the terrorist was killed": the bomber, in a statement's words
    r"\bthe\s+(?:bomber|attacker|terrorist)s?\s+(?:was|were|also)\b[^.;]{0,15}\b(?:killed|died)|"
    r"\b(?:fatalities|toll|figure|dead|deaths)\s+(?:that\s+|which\s+)?(?:include|includes|included)"
    r"\s+(?:the\s+)?(?:suicide\s+)?"
    r"(?:bomber|attacker)s?\b|\bthe\s+(?:suicide\s+)?(?:bomber|attacker)s?\s+included\b", _FLAGS)
_BOMBER_FAILED = re.compile(
    r"\b(?:foiled|thwarted|failed|before\s+(?:he|she|they)\s+could|was\s+arrested|were\s+arrested|"
    r"was\s+captured|defused|dismantled|caches?|stockpiles?|confiscated)\b|"
    # "arrested 11 suspects, seizing explosive belts"
    r"\b(?:seiz|confiscat|found|recover|discover)\w*\s+(?:[\w-]+\s+){0,3}?(?:explosive|suicide)\s+"
    r"(?:vest|belt)s?\b|"
    # headline order: "Explosive belt seized at crossing, carrier arrested"
    r"\b(?:explosive|suicide)\s+(?:vest|belt)s?\s+(?:(?:was|were)\s+)?(?:seized|found|confiscated|"
    r"recovered|discovered|defused|dismantled)\b|\b(?:carrier|bomber|wearer)\s+(?:was\s+)?(?:arrested|"
    r"captured|detained)\b", _FLAGS)
_UPDATE = re.compile(r"\b(?:rose|risen|rising|rises|climbed|climbing|climbs|increased|jumped|mounted|"
                     r"raised|raising|updated|went\s+up|later|revised|now)\b", _FLAGS)
_DAY_SPAN = r"(?:(?:24|48|few|several)\s+hours|day|night)\b"
_AGG = re.compile(
    # not "in total", "altogether", "overall" alone: "two car bombs ... 31 people were killed in
    # total" sums one event's parts; a cumulative toll also names its period
    r"\b(?:since(?!\s+(?:(?:this|early|late|the)\s+(?:morning|afternoon|evening)|dawn|daybreak|midnight|"
    r"last\s+night))|so\s+far|to\s+date|cumulative|monthly|annual)\b|"
    # (not "in the last day of fighting": the final day of one fight)
    # (not a day's: "left 26 dead over the past 24 hours")
    rf"\b(?:in|during|throughout)\s+(?:(?:19|20)\d\d|the\s+(?:past|last)\s+(?!day\s+of\b)(?!{_DAY_SPAN})\w+(?:\s+\w+)?)\b|"
    rf"\bover\s+the\s+(?:(?:past|last)(?!\s+{_DAY_SPAN})|whole|entire|course\s+of)\b|"
    # a rate ("ten a day"), not a date ("a day before Ashura", "a week after the vote")
    r"\b(?:per|a|every)\s+(?:month|year|day|week)(?![\w-])(?!\s+(?:before|after|earlier|later|ago)\b)|"
    r"\bduring\s+(?:the\s+)?(?:month|year|war|conflict|siege|offensive|campaign)\b|"
    r"(?<!earlier\s)(?<!early\s)(?<!late\s)\bthis\s+(?:month|year)\b|\blast\s+year\b|"
    # the wording of monthly tolls: "killed ... in acts of violence ... in October"
    r"\bin\s+acts\s+of\s+(?:violence|terrorism)\b|"
    # a war's or a year's sum: "the deadliest year for children", "died in the war against IS"
    r"\b(?:deadliest|least\s+deadly|bloodiest)\s+(?:year|month|week)\b|\bin\s+the\s+war\b|"
    r"\bwar\s+in\s+numbers\b|"
    # a country-wide toll: "1,032 people were killed across Syria in March"
    r"\bacross\s+(?:the\s+country|syria|iraq|the\s+region|\w+\s+provinces?)\b", _FLAGS)
# A month's toll: "1,200 killed in Idlib in March", "civilians were killed in violence in May"
# (the month right after the dead, not in a charge: "a man suspected of a kidnapping in July";
# not a day: "in March 5", "in May 2016").
_MONTH_TOLL = re.compile(
    r"\b(?:killed|dead|died|deaths|lives)\b(?:\s+(?:in|across|throughout)\s+(?-i:[A-Z])[\w'’-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’-]*)*|\s+in\s+(?:violence|attacks|fighting|clashes|shelling|strikes))*"
    rf"\s+(?:in|during|throughout)\s+(?:the\s+month\s+of\s+)?(?:{_alt(_MONTHS[:12])})\b(?!\s+\d)",
    _FLAGS)
# "in total" sums one event's parts, unless the sentence names a period: "In October, 1,273
# people were killed in total" (a month not part of a date: "on 1 May 2016" is the event's day)
_TOTAL = re.compile(r"\b(?:in\s+total|altogether|overall)\b", _FLAGS)
_PERIOD = re.compile(
    rf"\b(?:in|during|throughout|for|of)\s+(?:the\s+month\s+of\s+)?(?:{_alt(_MONTHS[:12])})\b(?!\s+\d{{1,2}}\b)"
    r"|\b(?:this|last|past|the)\s+(?:week|month|year)\b|\b(?:weeks|months|years)\b", _FLAGS)
_SINCE_EVENT = re.compile(
    r"\bsince\s+(?:the\s+)?(?:clashes|fighting|battles?|gun ?fights?|violence|attack|assault)\s+"
    r"(?:\w+\s+)?(?:erupted|broke\s+out|began|started)\b(?:\s+(?:in|at)\s+(?:the\s+)?"
    r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)?\s+(?:(?:on|last|early|late)\s+)*(?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|yesterday|overnight)\b", _FLAGS)
_AGG_TOLL = re.compile(
    rf"\b(?:bringing|raising|brought|brings|raises|pushing)\b|\b(?:{_alt(_MONTHS)})(?:'s)?\b|"
    r"\b(?:month|year|week)(?:'s|ly)?\b", _FLAGS)
_CODED_ELSEWHERE = re.compile(
    r"\b(?:coded|recorded|counted)\s+(?:separately|elsewhere|with\s+the|as\s+(?:a\s+)?separate|"
    r"under\s+the)\b|\bnot\s+coded\b|\bpast\s+deaths\b", _FLAGS)
# The toll told before, updated: "first gave a toll of 125 dead, later updating it to 292"
_UPDATED_IT = re.compile(rf"\b(?:(?:updating|updated|raising|raised|revising|revised)\s+(?:it|that|the\s+figure)|"
                         rf"(?:was|were|has\s+been|had\s+been)\s+(?:later\s+)?(?:revised|updated|raised|lowered|"
                         rf"corrected))\s+(?:(?:up|down)(?:wards)?\s+)?to\s+(?P<q>{QUANTITY})", _FLAGS)
_SUPERSEDED = re.compile(r"\b(?:revising|revised|raising|raised|updating|updated|up|down|correcting)\s+"
                         r"(?:from\s+)?(?:its|their|the|an|his|her)\s+(?:own\s+)?(?:earlier|previous|initial|"
                         r"preliminary|first|prior)\s+(?:death\s+)?(?:toll|figure|count|tally|estimate)\s+of\b",
                         _FLAGS)
_CIVILIAN_TOLL = re.compile(r"\bcivilian\s+(?:death\s+)?$", _FLAGS)
_ATTACKERS = re.compile(r"\b(?:attackers?|assailants?|gunm[ae]n|(?:suicide\s+)?bombers?|hostage[- ]takers?)\b",
                        _FLAGS)
_FIRST_TOLL = re.compile(r"\b(?:first|initially|initial|preliminary|early)\b", _FLAGS)
# The same dead counted later: "raising the toll to 30 the next day as wounded died"
_RAISED_LATER = re.compile(
    r"\bas\s+(?:more\s+|some\s+|the\s+)?(?:of\s+the\s+)?(?:wounded|injured)\b[^.;]{0,30}?\b(?:died|succumbed)\b|"
    r"\b(?:the\s+(?:next|following)\s+(?:day|morning|evening|night)|by\s+(?:the\s+)?(?:evening|morning|"
    r"nightfall))\b", _FLAGS)
_YEAR = re.compile(r"(?:19|20)\d\d")
# "a truce ... after clashes that killed 3 people the previous week": an earlier event's dead
_EARLIER = re.compile(  # not "last week" or "ago": a report dates its own event so
    r"\b(?:the\s+(?:previous|preceding)\s+(?:days?|nights?|weeks?|months?|years?|evening|morning)|"
    # "two days before" ends the phrase; "a day before Ashura" dates this event by another
    r"(?:a|one|two|three|four|five|several|few)\s+(?:days?|weeks?|months?|years?)\s+"
    r"(?:earlier|before(?!\s+[\w'’-]))|"
    r"earlier\s+(?:in|this|that)\s+(?:the\s+)?(?:week|month|year))\b|"
    # a pluperfect toll dated back: "had killed the women's husbands several days ago"
    r"\bhad\s+(?:been\s+)?(?:\w+\s+){0,2}?(?:killed|died|shot)\b[^.;]{0,60}?\bago\b",
    _FLAGS)
# "relatives of a patient who died at the hospital stormed the ward": a death before the event,
# which names who acted
_MOURNERS_OF = re.compile(
    r"\b(?:relatives|family|families|parents|friends|mourners|tribesmen|kin)\s+of\s+(?:an?|the|one)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:who|that)\s+(?:had\s+)?(?:died|was\s+killed|had\s+been\s+killed)\b", _FLAGS)
_MASS_GRAVE = re.compile(r"\b(?:mass\s+graves?|burial\s+sites?|skeletal\s+remains|exhum\w+)\b", _FLAGS)
# what follows a number that is an ordinal, an age, a date or a time
_NOT_A_COUNT = re.compile(rf"(?:st|nd|rd|th)\b|\s*(?:-|\s)?years?[\s-]+old|\s*(?:{_alt(_MONTHS)})\b"
                          r"|\s*(?:%|percent|am\b|pm\b|a\.m|p\.m|:\d)", _FLAGS)
# A definite plural points back to a group already counted ("the detainees", "the victims").
_ANAPHOR = re.compile(r"\s*(?:the|these|those|their|its)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:s|men|people)\s*$",
                      _FLAGS)
_HAS_NUMBER = re.compile(rf"\b(?:{NUMBER})\b|\d|\b(?:several|many|dozens|scores|hundreds|some|few|all)\b",
                         _FLAGS)
_PLURAL_IRREGULAR = {"people", "children", "men", "women", "police", "personnel", "troops",
                     "militia", "staff", "youths", "others", "peshmerga", "mujahideen", "family",
                     "families", "civilians", "forces"}
_NEUTRAL = {"people", "persons", "person", "men", "man", "others", "other", "victims", "victim",
            "individuals", "individual"}


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset, frozenset, frozenset, tuple, int]:
    q = quantities()
    return (frozenset(w.lower() for w in q["civilian_words"]),
            frozenset(w.lower() for w in q["combatant_words"]),
            frozenset(w.lower() for w in q["non_person_words"]),
            tuple(q["mass_casualty_words"]), int(q["large_injured_count"]))


@lru_cache(maxsize=1)
def _mass_re() -> re.Pattern:
    return re.compile(rf"\b(?:{_alt(_vocab()[3])})\b", _FLAGS)


# --- figures -------------------------------------------------------------------------------------

@dataclass(slots=True)
class _Part:
    min: int
    max: int | None
    acled: int
    acled_large: int
    vague: bool
    group: str  # "civilian", "combatant", "" (not said), "bomber"
    side: str = ""  # of a combatant: "state" (soldiers, police), "armed" (militants), "" (not said)
    # "an unknown number of": ACLED's plural 3 when it is all that is known, nothing beside a
    # number ("five police officers and an unknown number of insurgents were killed" is 5)
    unknown: bool = False


@dataclass(slots=True)
class _Figure:
    kind: str
    parts: list[_Part]
    start: int
    end: int
    update: bool = False
    additive: bool = False
    aggregate: bool = False
    refl: bool = False  # "killed themselves and 12 others": the bombers' deaths are stated
    bare: bool = False  # an unnumbered plural ("people were killed"): any figure says more
    claim: bool = False  # another source's figure for the same dead: it widens the range

    def total(self, large: bool) -> tuple[int, int | None, int, bool]:
        lo = sum(p.min for p in self.parts)
        hi = None if any(p.max is None for p in self.parts) else sum(p.max for p in self.parts)
        known = any(not p.unknown for p in self.parts)
        ac = sum(p.acled_large if large else p.acled for p in self.parts
                 if not (known and p.unknown))
        return lo, hi, ac, any(p.vague for p in self.parts)

    def unknown(self) -> bool:
        return all(p.unknown for p in self.parts)

    def group_total(self, group: str) -> tuple[int, int | None] | None:
        ps = [p for p in self.parts if p.group == group]
        if not ps:
            return None
        return sum(p.min for p in ps), (None if any(p.max is None for p in ps) else sum(p.max for p in ps))


def _head_words(np: str) -> list[str]:
    return [w.lower().strip("'’") for w in re.findall(r"[\w'’-]+", np or "")]


def _group(np: str) -> str:
    civ, comb, _, _, _ = _vocab()
    words = _head_words(np)
    # "members of the security forces": the word before "of" is the head, but any group word decides.
    for w in reversed(words):
        if w in comb or w.endswith("men") and w[:-3] in ("police", "gun", "militia", "guards"):
            return "combatant"
        if w in civ:
            return "civilian"
    return ""


def _side(np: str) -> str:
    """Which side a combatant is on, where the words say: "state" or "armed" (non-state)."""
    state, armed = _sides()
    for w in reversed(_head_words(np)):
        if w in state:
            return "state"
        if w in armed:
            return "armed"
    # "PKK fighters", "HTS members": a named group's side, from the actor files
    for w in re.findall(r"\b[A-Z][\w'’-]*", np or ""):
        actor = _actors().lookup(w)
        if actor is not None and (actor.state or actor.armed):
            return "state" if actor.state else "armed"
    return ""


@lru_cache(maxsize=1)
def _actors():
    from sitrep.extract.actors import ActorCatalog

    return ActorCatalog()


@lru_cache(maxsize=1)
def _sides() -> tuple[frozenset, frozenset]:
    q = quantities()
    return (frozenset(w.lower() for w in q["state_force_words"]),
            frozenset(w.lower() for w in q["armed_group_words"]))


def _is_plural(np: str) -> bool:
    words = _head_words(np)
    if "of" in words:  # "members of the army", "one of the soldiers" -> the word before "of"
        words = words[: words.index("of")]
    if not words:
        return False
    head = words[-1]
    # "policemen", "tribesmen", "gunmen": the -men compounds are plural too.
    return head in _PLURAL_IRREGULAR or (head.endswith("s") and not head.endswith("ss")) \
        or (head.endswith("men") and len(head) > 5)


_DEFINITE = {"the", "his", "her", "their", "its"}


def _one_person(np: str) -> bool:
    """One person named by a word for people ("lawyer", "teen", "soldier"), not a group."""
    words = _head_words(np)
    last = re.findall(r"[\w'’-]+", np or "")[-1:] or [""]
    return bool(words) and not _is_plural(np) and not _non_person(np) and (
        words[-1] in _person_words() or words[-1] in _vocab()[0] or words[-1] in _vocab()[1]
        or last[0].islower() and _person_like(words[-1]))


def _bare_part(np: str) -> _Part:
    """An unnumbered victim: one person ("a journalist"), or an unnumbered plural."""
    q = vague_quantity("plural") if _is_plural(np) else Quantity(1, 1, False, 1, 1)
    return _Part(q.min, q.max, q.acled, q.acled_large, q.vague, _group(np), _side(np))


def _person(np: str) -> bool:
    civ, comb, _, _, _ = _vocab()
    words = _head_words(np)
    # by ending only a lower-case noun ("butcher"), not a name or nationality ("Iranian Quds Force")
    lower = {w.strip("'’") for w in re.findall(r"[\w'’-]+", np or "") if w.islower()}
    return any(w in civ or w in comb or w in _NEUTRAL or w in _person_words()
               or w in lower and _person_like(w) for w in words)


@lru_cache(maxsize=1)
def _person_words() -> frozenset:
    return frozenset(w.lower() for w in quantities()["person_words"])


_AGED = re.compile(r"(?:\d+|[a-z]+)-years?-olds?")


@lru_cache(maxsize=1)
def _person_endings() -> tuple[tuple[str, ...], frozenset]:
    q = quantities()
    return tuple(q["person_endings"]), frozenset(w.lower() for w in q["not_person_nouns"])


def _person_like(word: str) -> bool:
    """A noun for people by its ending: "schoolteacher", "operator", "occupant", "a 17-year-old"."""
    endings, exceptions = _person_endings()
    if _AGED.fullmatch(word):
        return True
    return len(word) >= 5 and word.endswith(endings) and word not in exceptions \
        and word not in _vocab()[2]


_UNITS = {"km", "kilometres", "kilometers", "miles", "metres", "meters", "percent", "per", "years",
          "months", "weeks", "days", "hours", "minutes", "kg", "tons", "tonnes", "times"}


def _non_person(np: str) -> bool:
    """"30 rifles", "3 villages", "5 km south of the town" -- but "six truck drivers" are people."""
    words = _head_words(np)
    if not words:
        return False
    if words[0] in _UNITS:
        return True
    if "of" in words:
        words = words[: words.index("of")] or words
    return words[-1] in _vocab()[2]


def _bad_number(text: str, start: int, qtext: str) -> bool:
    """Dates, years and ordinals are not tolls ("on Oct 28", "in 2014", "the 17th division")."""
    prev = re.search(r"([A-Za-z]+)\.?\s*$", text[max(0, start - 12):start])
    if prev and prev.group(1).lower() in _MONTHS:
        return True
    digits = qtext.strip()
    if _YEAR.fullmatch(digits):
        return True
    # a coder's day/month: "IED vs army patrol 2/3, 1 officer kld"
    if re.search(r"\d/\s*$", text[max(0, start - 4):start]) or \
            re.match(r"/\d", text[start + len(qtext):start + len(qtext) + 2]):
        return True
    after = text[start + len(qtext): start + len(qtext) + 12]
    return bool(_NOT_A_COUNT.match(after))


def _items(list_text: str, base: int, text: str, trim: bool = False,
           lead: bool = False) -> list[tuple[_Part, int, int]] | None:
    """Parts of a list ("2 militants and an officer"); None if any item is not a casualty count.

    With `trim`, a bad item ends the list instead ("killed 1,200 fighters, a monitor said"); with
    `lead` (a subject before its verb), a bad item drops what came before it.
    """
    out: list[tuple[_Part, int, int]] = []
    items = list(_ITEM_RE.finditer(list_text))
    joined = any(re.search(r"\band\b", list_text[a.end():b.start()], _FLAGS)
                 for a, b in zip(items, items[1:]))
    prev = None
    for m in items:
        part = _item(m, base, text)
        if trim and out and _OWN_VERB.match(text, base + m.end()):
            break  # "kill 40 militants, 18 injured": the next item has a verb of its own
        if out and _SAYS.match(text, base + m.end()) and not re.match(r"\s*,?\s*and\b",
                                                                       list_text[prev.end():m.start()]):
            break  # "killing eight passengers, a local official said"
        if out and not joined and m.group("det") and m.group("det").lower() in ("a", "an", "the"):
            break  # "killed its driver, an off-duty officer": the same person again
        if _age_of(out, m, list_text, prev):
            continue  # "kills man, 64, in Kherson": his age, not 64 more dead
        if out and prev is not None and m.group("q") and not m.group("qnp") \
                and list_text[prev.end():m.start()].strip() == "," \
                and re.fullmatch(r"some|many|most|several|all|both", m.group("q").strip(), _FLAGS):
            break  # "the bodies of 17 villagers, some with their hands tied": some of them
        prev = m
        if part is None:
            if trim and out:
                break
            if lead:  # before a verb: "On 5 May 2018, a civilian was killed" keeps what follows
                out = []
                continue
            return None
        out.append(part)
    # one more person with no number: "2 soldiers and driver killed", "7 PMF + bomber killed"
    tail = _BARE_TAIL.match(list_text, items[-1].end()) if out else None
    if tail and _person(tail.group("np")) and not _is_plural(tail.group("np")):
        out.append((_bare_part(tail.group("np")), base + tail.start("np"), base + tail.end("np")))
    if _restated(out, items, list_text):
        out = out[:1]
    return out or None


_AGE_NEXT = re.compile(r"\s*(?:[,.;)]|$)|\s+(?:in|at|near|from|of|on|and)\b")
_AGE_AFTER = re.compile(rf"\s*,\s*\d{{1,2}}(?={_AGE_NEXT.pattern})")


def _age_of(out: list[tuple[_Part, int, int]], m: re.Match, list_text: str, prev) -> bool:
    """A bare number set off by commas after one named or counted person is an age."""
    if not out or prev is None or not m.group("q") or m.group("qnp") or \
            not re.fullmatch(r"\d{1,2}", m.group("q").strip()):
        return False
    last = out[-1][0]
    return (last.min == last.max == 1 and list_text[prev.end():m.start()].strip() == ","
            and bool(_AGE_NEXT.match(list_text, m.end())))


# (the count leads: "killed 20 of its soldiers" is the enemy's claim)
_OWN = re.compile(rf"(?:{QUANTITY})\s+of\s+(?:its|their)\s+(?:own\s+)?[\w'’-]+", _FLAGS)
_SPEAKER = re.compile(r"(?P<who>(?:[\w'’-]+\s+){1,4}?)(?:said|says|reported|told|announced|claimed|stated)\b",
                      _FLAGS)


def _own_dead(text: str, f: _Figure) -> bool:
    return bool(_OWN.match(text, f.start))


def _speaker(text: str, pos: int) -> str:
    """Who tells what stands at `pos`, as written before the verb of saying in its clause of
    the sentence ("" if none)."""
    left, _ = _sentence_bounds(text, pos)
    cut = list(re.finditer(r"\b(?:while|whereas|but)\b", text[left:pos]))
    left += cut[-1].end() if cut else 0
    found = list(_SPEAKER.finditer(text, left, pos))
    return found[-1].group("who").strip() if found else ""


def _counted_before(text: str, pos: int) -> list[_Part]:
    """"pulled 2 truck drivers from their cabs and shot them dead": the people counted last in
    the sentence before "them"."""
    left, _ = _sentence_bounds(text, pos)
    for m in reversed(list(_ITEM_RE.finditer(text, left, pos))):
        if m.group("q") and m.group("qnp") and _person(m.group("qnp")):
            got = _item(m, 0, text)
            return [got[0]] if got else []
    return []


def _restated(out: list[tuple[_Part, int, int]], items: list[re.Match], list_text: str) -> bool:
    """"two civilians, a mother and her son" / "three people, two women and a child": the
    items after a comma say who the first count's people were; they add no one."""
    if len(out) < 3 or len(items) < 2 or not items[0].group("q") or \
            list_text[items[0].end():items[1].start()].strip() != ",":
        return False
    first, rest = out[0][0], [p for p, _, _ in out[1:]]
    if first.vague or first.max != first.min or any(p.vague or p.max != p.min for p in rest):
        return False
    heads = _head_words(items[0].group("qnp") or "")
    neutral = bool(heads) and heads[-1] in _NEUTRAL
    if not (neutral or first.group == "civilian" and all(p.group != "combatant" for p in rest)):
        return False
    return sum(p.min for p in rest) == first.min


_NAME_PART = r"(?:(?:al|el|bin|ibn|abu|bint)[- ])?(?-i:[A-Z])[\w'’.-]*"
_NAME_GOES_ON = re.compile(rf"(?:\s+{_NAME_PART})+")
_BARE_NEXT = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<np>{_NPWORD})"
                        r"(?=\s*(?:[,.;:]|$|and\b)|\s+(?:in|near|at|on|outside)\b)",
                        _FLAGS)
_BARE_TAIL = re.compile(rf"(?:\s+and\s+|\s*\+\s*)(?P<np>{_NPWORD}(?:\s+{_NPWORD}){{0,2}})\s*$", _FLAGS)


def _item(m: re.Match, base: int, text: str) -> tuple[_Part, int, int] | None:
    if m.group("q"):
        if _bad_number(text, base + m.start("q"), m.group("q")):
            return None
        q = read_quantity(m.group("q"))
        if q is None:
            return None
        np = m.group("qnp") or ""
        head, _, tail = np.partition(" and ")
        if tail and not _person(tail):
            np = head  # "three shepherds and stole their sheep": a verb, not a second noun
        if np and _non_person(np):
            return None
        if np.lower().startswith(("of them", "of whom")):
            np = np[7:].strip()  # "9 of them women": the words after say who they are
    else:
        np = m.group("dnp")
        det = m.group("det").lower()
        if _non_person(np) or not _person(np):
            return None  # "killed the reform", "1,200 fighters, a monitor said"
        names = _plural_named(np, text, base + m.end())
        if names:  # "the activists Ali Hussein and Omar Kadhim": as many as are named
            return (_Part(names[0], names[0], names[0], names[0], False, _group(np), _side(np)),
                    base + m.start(), names[1])
        if det in ("a", "an", "one", "another") or det.startswith("a ") or not _is_plural(np):
            q = Quantity(1, 1, False, 1, 1)
        else:
            q = vague_quantity("plural")
    unknown = bool(m.group("q") and _UNKNOWN_NUMBER.search(m.group("q")))
    return (_Part(q.min or 0, q.max, q.acled, q.acled_large, q.vague, _group(np), _side(np),
                  unknown), base + m.start(), base + m.end())


_NAME = rf"(?-i:[A-Z])[\w'’.-]*(?:\s+{_NAME_PART})*"
_MORE_NAMES = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+){_NAME}", _FLAGS)


def _plural_named(np: str, text: str, end: int) -> tuple[int, int] | None:
    """How many a plural noun's names count, and where they end: "brothers Ahmed and Mahmoud
    Jassim" is 2 (the names go on past the phrase: "journalists Sami Ali, Hassan Omar and ...")."""
    m = re.match(rf"((?:[a-z][\w-]*\s+)+?)({_NAME}(?:\s+and\s+{_NAME})?)$", np)
    if not m or not _is_plural(m.group(1).split()[-1]) or not _person(m.group(1)):
        return None
    n = 1 + len(re.findall(r"\s+and\s+", m.group(2)))
    for more in _MORE_NAMES.finditer(text, end):
        if more.start() != end:
            break
        n, end = n + 1, more.end()
    return (n, end) if n > 1 else None


_UNKNOWN_NUMBER = re.compile(r"\bun(?:known|specified|determined)\s+number", _FLAGS)

# A named person killed, one dead a name: "killing Alaa Abou Fakher, a PSP member", "killed
# senior figure Zaki Shingali", "the body of activist Lokman Slim was found". Two or more
# capitalised words, the last not a body's, and then no noun ("killed Islamic State
# fighters" is a group); titles before the name end in a lower-case word.
_FULL_NAME = (r"(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
              r"(?-i:[A-Z])[\w'’.-]+(?:\s+(?:(?:al|el|bin|ibn|abu|bint)[- ])?(?-i:[A-Z])[\w'’.-]+){1,4}"
              rf"{_NOT_A_BODY}(?<!Ministry)")
_NAME_END = (r"(?=\s*(?:[,.;:()]|$)|\s+(?:in|near|at|outside|inside|on|and|along|as|while|after|before|"
             r"who|from|during|when|with|by|late|early|earlier|last|was|were|had)\b)")
# a title's word: no number, place or time word ("killed three on Palestine Street")
_TITLE_WORD = (rf"(?!(?:in|on|at|near|outside|inside|by|from|to|into|of|with|after|before|during|"
               rf"{_trie(_NUMBER_WORDS)})\b)[\w/'’.-]+")
_NAMED_OBJECT = re.compile(
    rf"\b(?:(?:{_alt(_ACTIVE['killed'])})|(?:the\s+)?bod(?:y|ies)\s+of)\s+"
    rf"(?:(?:{_TITLE_WORD}\s+){{0,4}}?(?!(?:and|or)\s)(?=(?-i:[a-z])){_TITLE_WORD}\s+)?"
    rf"(?P<names>{_FULL_NAME}{_NAME_END}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_FULL_NAME}{_NAME_END})*)",
    _FLAGS)


# --- the parser ----------------------------------------------------------------------------------

def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    left = max(text.rfind(".", 0, pos), text.rfind(";", 0, pos)) + 1
    right = re.search(r"[.;]", text[pos:])
    return left, (pos + right.start()) if right else len(text)


def _aggregate(text: str, fig: _Figure, prev_end: int, toll: bool) -> bool:
    left, right = _sentence_bounds(text, fig.start)
    before = text[max(left, prev_end, fig.start - 45):fig.start]
    span = text[fig.start:fig.end]
    after = text[fig.end:min(right, fig.end + 60)]
    after = re.split(r",(?!\d)", after)[0]  # a clause ends at a comma, "2,010" does not
    # "killed since clashes erupted on Thursday": the toll of these clashes, not a period's.
    after = _SINCE_EVENT.sub(" ", text[fig.end:right], count=1)[:len(after)] \
        if _SINCE_EVENT.search(text, fig.end, right) else after
    if _AGG.search(before) or _AGG.search(span) or _AGG.search(after):
        return True
    if _MONTH_TOLL.search(text, fig.start, min(right, fig.end + 60)):
        return True
    if _TOTAL.search(before) or _TOTAL.search(span) or _TOTAL.search(after):
        return bool(_PERIOD.search(text, left, right))
    return toll and bool(_AGG_TOLL.search(before) or _AGG_TOLL.search(span))


_PART_OF_RE = re.compile(
    r"\b(?:\w+|\d+)\s+(?:\w+\s+)?of\s+the\s+(?:wounded|injured|dead|victims|casualties|"
    r"hurt|survivors)\b", re.IGNORECASE)


def _not_yet(m: re.Match) -> bool:
    """"Two civilians may die of their wounds": not dead yet."""
    return m.group("verb").lower() in ("die", "dies") and bool(
        re.search(r"\b(?:may|might|could|would)\b", m.group("aux"), _FLAGS))


# A dateline's day: "KABUL, June 5 - Two Taliban fighters were killed" (the 5 is no figure,
# and must not take the "Two" with it)
_DATELINE_DAY = re.compile(
    rf"\b(?:{_alt(_MONTHS)})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?(?=\s*(?:\([^)]{{1,40}}\)\s*)?[-–—]\s)",
    _FLAGS)


# A coder's day/month ("SVBIED at checkpoint 10/12 – 3 Asayish dead"): no count, and its month
# must not pair with the toll after a dash as a range ("12 – 3").
_DAY_MONTH = re.compile(r"(?<![\w/.])\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\w/.])")


def _blank_dates(text: str) -> str:
    """The text with datelines' days and coders' day/month dates blanked out, offsets kept."""
    text = _DATELINE_DAY.sub(lambda m: " " * len(m.group(0)), text)
    return _DAY_MONTH.sub(lambda m: " " * len(m.group(0)), text)


# A coder's or an official's word in quotes ("officials claimed 'dozens' of militants killed")
# is still the quantity: the quote marks are blanked, offsets kept.
_QUOTED_QUANTITY = re.compile(rf"(?<![\w'’])['‘\"“](?P<q>{QUANTITY})['’\"”](?![\w'’])", _FLAGS)


# "killing what the Security Media Cell described as 'several terrorists'": the words
# between the verb and its count are blanked too
_WHAT_DESCRIBED = re.compile(rf"\bwhat\s+(?:[\w'’-]+\s+){{0,7}}?(?:described|called|termed|labell?ed|"
                             rf"identified|characteri[sz]ed)\s+as\s+['‘\"“]?(?=(?:{QUANTITY})\b)", _FLAGS)


# An ACLED actor name inside a count: "2 soldiers of the Military Forces of Iraq (2014-) were
# killed", "killing 2 HTS: Hayat Tahrir al Sham members" -- the years and the colon are blanked
# (the years only inside a count, not before an active verb: "Military Forces of Burkina Faso
# (2022-) killed villagers" must not read as a person named Faso killed)
_ACLED_NAME_BITS = re.compile(r"\s\((?:19|20)\d\d-(?:(?:19|20)\d\d)?\)(?=\s+(?:were|was|had|have|and)\b|\s*,)|"
                              r"(?<=[A-Z]):(?=\s+[A-Z])")


# a scare-quoted word: "dozens of 'terrorists' were killed"
_SCARE_QUOTES = re.compile(r"(?<=\s)['‘\"“](?P<w>[A-Za-z-]+)['’\"”](?=[\s,.;])")


def _count_text(text: str) -> str:
    """The text as the count patterns read it (offsets kept): scare quotes, ACLED's name bits
    and \"what X described as\" out of the way."""
    text = _SCARE_QUOTES.sub(lambda m: " " + m.group("w") + " ", text)
    text = _ACLED_NAME_BITS.sub(lambda m: " " * len(m.group(0)), text)
    text = _WHAT_DESCRIBED.sub(lambda m: " " * len(m.group(0)), text)
    return _QUOTED_QUANTITY.sub(lambda m: " " + m.group("q") + " ", text)


def _collect(text: str) -> tuple[list[_Figure], list[_Figure], list[tuple[str, int, int]]]:
    text = _count_text(_blank_dates(text))
    figures: list[_Figure] = []
    subsets: list[_Figure] = []
    used: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= us or s >= ue for us, ue in used)

    def add(kind: str, list_text: str, list_start: int, span: tuple[int, int], trim: bool = False,
            lead: bool = False, **flags) -> None:
        parts = _items(list_text, list_start, text, trim, lead) or []
        ok = [free(s, e) for _, s, e in parts]
        if trim:  # after the verb: the list runs until an item already read ("9 of them women")
            parts = parts[:ok.index(False)] if False in ok else parts
        elif False in ok:  # before the verb: the items next to it ("the death of 47 and 62 injured")
            cut = len(ok) - ok[::-1].index(False)
            parts = parts[cut:]
        if lead and parts:
            span = (parts[0][1], span[1])
        if not parts:
            return
        if trim:  # the list ends the match: end the evidence at its last good item
            span = (span[0], parts[-1][2])
        used.extend((s, e) for _, s, e in parts)
        if _ANAPHOR.match(list_text) and not _HAS_NUMBER.search(list_text):
            flags["bare"] = True  # "the detainees were being held": the group counted before
        figures.append(_Figure(kind, [p for p, _, _ in parts], span[0], span[1], **flags))

    def passive(kind: str, m: re.Match) -> None:
        lst = m.group("list")
        first = _ITEM_RE.match(lst)
        if first and first.group("det") and not re.search(r"\b(?:were|was|have|has|had|is|are)\b",
                                                          m.group("aux"), _FLAGS) \
                and m.group("verb").lower() not in _INTRANSITIVE \
                and not any(i.group("q") for i in _ITEM_RE.finditer(lst)):
            # "a bomb killed": an active verb after a singular subject (but "An officer
            # and 2 soldiers killed." counts the dead)
            return
        if _not_yet(m):
            return
        add(kind, lst, m.start("list"), (m.start(), m.end()), lead=True,
            additive=bool(re.search(r"\balso\b", m.group("aux"), _FLAGS)))

    def goes_on(pos: int) -> tuple[list[_Part], int] | None:
        """The victims listed on after one ("... and his driver"): their parts and end, taken."""
        age = _AGE_AFTER.match(text, pos)  # "kills man, 64, and his son": his age
        more = _LIST_GOES_ON.match(text, age.end() if age else pos)
        got = _items(more.group("list"), more.start("list"), text, trim=True) if more else None
        if not got or not all(free(a, b) for _, a, b in got):
            return None
        used.extend((a, b) for _, a, b in got)
        return [p for p, _, _ in got], got[-1][2]

    for m in _WOUNDED_DIED.finditer(text):  # before "one of the wounded" is read as no figure
        used.append((m.start(), m.end()))
        figures.append(_Figure("killed", [_Part(1, 1, 1, 1, False, "")], m.start(), m.end(),
                               additive=True))
    # "several of the wounded remain in critical condition" speaks of some of a figure
    # already given, and is no figure itself
    used.extend((m.start(), m.end()) for m in _PART_OF_RE.finditer(text))
    used.extend((m.start(), m.end()) for m in _AGES_RE.finditer(text))
    used.extend((m.start(), m.end()) for m in _MOURNERS_OF.finditer(text))
    # before the lists, which would take "his driver were killed" alone
    for m in _HE_AND.finditer(text):
        if free(m.start(), m.end()):
            used.append((m.start(), m.end()))
            figures.append(_Figure("killed", [_Part(2, 2, 2, 2, False, "")], m.start(), m.end()))
    # negatives first: the "one" of "no one was killed" is not a figure
    negatives = []
    for m in _NEG_RE.finditer(text):
        if _NO_REPORTS.search(text[max(0, m.start() - 25):m.end()]):
            continue
        word = (m.group("verb") or m.group("noun") or m.group("noun2") or "").lower()
        if re.match(r"(?:death|fatal)", word) and re.search(r"injur|wound|casualt", word):
            kinds = ["killed", "injured"]  # "no fatalities/injuries reported"
        elif word in ("killed",) or word.startswith(("death", "fatal", "dead", "one", "loss")):
            kinds = ["killed"]
        elif word in ("hurt", "injured", "wounded", "harmed", "injuries"):
            kinds = ["injured"]
        elif word in ("kidnapped", "abducted"):
            kinds = ["abducted"]
        elif word in ("arrested", "detained"):
            kinds = ["arrested"]
        else:  # "no casualties": neither dead nor hurt
            kinds = ["killed", "injured"]
        negatives.extend((k, m.start(), m.end()) for k in kinds)
        used.append((m.start(), m.end()))
    # subsets next: "including 11 soldiers" must not become a figure of its own
    for m in _SUBSET_RE.finditer(text):
        g = "list" if m.group("list") else "among" if m.group("among") else "of"
        parts = _items(m.group(g), m.start(g), text)
        if parts:
            used.extend((s, e) for _, s, e in parts)
            subsets.append(_Figure("", [p for p, _, _ in parts], m.start(), m.end()))
    for m in _TOLL_RE.finditer(text):
        kw = (m.group("kw") or m.group("kw2") or m.group("kw3") or "").lower()
        kind = "injured" if kw.startswith(("wound", "injur")) or "wounded" in kw or "injured" in kw \
            else "killed"
        mid = m.group("mid")
        update = bool(_UPDATE.search(mid) or _UPDATE.search(text[max(0, m.start() - 20):m.start()]))
        for fm in re.finditer(rf"\bfrom\s+(?P<q>{QUANTITY})", mid, _FLAGS):  # "rose from 24 to 30"
            used.append((m.start("mid") + fm.start("q"), m.start("mid") + fm.end("q")))
        n = len(figures)
        add(kind, m.group("q"), m.start("q"), (m.start(), m.end()), trim=True, update=update)
        if len(figures) > n:
            figures[-1].aggregate = None  # decided below with the toll rules
            if _CIVILIAN_TOLL.search(text, max(0, m.start() - 20), m.start()):
                # "raised the civilian toll to 15": civilians, whatever the number says
                figures[-1].parts = [replace(p, group="civilian") if not p.group else p
                                     for p in figures[-1].parts]
    for m in _FAMILY_RE.finditer(text):  # before "killing a family" reads as one person
        n = parse_number(m.group("q"))
        if n and free(m.start(), m.end()):
            used.append((m.start(), m.end()))
            figures.append(_Figure("killed", [_Part(n, n, n, n, False, "civilian")], m.start(), m.end()))
    for m in _TO_DEATH_RE.finditer(text):
        if m.group("list"):
            add("killed", m.group("list"), m.start("list"), (m.start(), m.end()), trim=True)
            continue
        g = "np" if m.group("np") else "np2"
        if free(m.start(g), m.end(g)) and _person(m.group(g)) \
                and not _non_person(m.group(g)):  # "Mob beats suspected thief to death"
            used.append((m.start(g), m.end(g)))
            figures.append(_Figure("killed", [_bare_part(m.group(g))], m.start(), m.end(),
                                   bare=_is_plural(m.group(g))))
    for m in _NAMED_AND_OTHERS.finditer(text):
        names = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("names"))
        n = parse_number(m.group("q"))
        if n and free(m.start(), m.end()) and all(_NAMED.fullmatch(x) or _KIN_ONE.fullmatch(x)
                                                  for x in names):
            used.append((m.start(), m.end()))
            figures.append(_Figure("killed", [_Part(len(names), len(names), len(names),
                                                    len(names), False, ""),
                                              _Part(n, n, n, n, False, "")], m.start(), m.end()))
    for m in _NAMED_OBJECT.finditer(text):
        n = 1 + len(re.findall(r"\s*,\s*(?:and\s+)?(?=[A-Z])|\s+and\s+(?=[A-Z])", m.group("names")))
        end = m.end("names")
        if not free(m.start("names"), end):
            continue
        parts = [_Part(n, n, n, n, False, "")]
        # "journalist Ahmed Abdul Samad and his cameraman", "Ali Hassan and his two sons"
        tail = goes_on(end)
        if tail:
            parts, end = parts + tail[0], tail[1]
        else:
            kin = _AND_KIN.match(text, end)
            if kin:
                parts, end = [_Part(n + 1, n + 1, n + 1, n + 1, False, "")], kin.end()
        used.append((m.start("names"), end))
        figures.append(_Figure("killed", parts, m.start(), end))
    for m in _LOSSES_AT.finditer(text):  # "put militant losses at 20": that side's dead
        n = len(figures)
        add("killed", m.group("q"), m.start("q"), (m.start(), m.end()), trim=True)
        if len(figures) > n:
            who = m.group("who")
            figures[-1].parts = [replace(p, group=_group(who) or "combatant", side=_side(who))
                                 for p in figures[-1].parts]
    for m in _LOST_RE.finditer(text):  # the other side's dead: added, not a conflicting figure
        n = len(figures)
        add("killed", m.group("list"), m.start("list"), (m.start(), m.end()), trim=True,
            additive=True)
        if len(figures) > n:  # the loser's own fighters: of the side that says it lost them
            # (no verb of saying needed: "while IS lost only 5 fighters")
            side = _side(m.group("noun")) or _side(_LOSER.split(text[_sentence_bounds(text, m.start())[0]:
                                                                      m.start()])[-1])
            figures[-1].parts = [replace(p, group="combatant", side=side) for p in figures[-1].parts]
    for kind in CASUALTY_KINDS:
        res = _KIND_RES[kind]
        for m in res["active"].finditer(text):
            add(kind, m.group("list"), m.start("list"), (m.start(), m.end()), trim=True,
                refl=bool(m.group("refl")))
        for m in res["noun_of"].finditer(text):
            if re.match(r"body\s+of\s+(?:about\s+|around\s+|some\s+)?\d", m.group(0), _FLAGS):
                continue  # "a single body of around 80,000 fighters": a group, no corpse
            add(kind, m.group("list"), m.start("list"), (m.start(), m.end()), trim=True)
    for m in _HUMAN_ONE.finditer(text):  # "shot dead a well-known model": whoever, one person
        if free(m.start("np"), m.end("np")) and not _non_person(m.group("np")):
            used.append((m.start("np"), m.end("np")))
            figures.append(_Figure("killed", [_bare_part("person")], m.start(), m.end("np")))
    for kind in CASUALTY_KINDS:
        for m in _KIND_RES[kind]["active_bare"].finditer(text):
            np = m.group("np")
            titled = bool(_TITLED_NAME.fullmatch(np)) and not any(map(_is_plural, np.split()[:-1]))
            if not free(m.start("np"), m.end("np")) or _non_person(np) \
                    or not (_person(np) or titled):
                continue
            if re.search(r"\b(?:the|a|an|of|their|his|her|its|some|and|were|was)\s+$",
                         text[max(0, m.start() - 8):m.start()], _FLAGS):
                continue  # "the wounded soldiers": an adjective, not a verb
            if not text[:m.start()].strip() and m.group("verb").lower().endswith("ing"):
                continue  # a headline's "Kidnapping suspect killed by crowd": a noun
            words = _head_words(np)
            if words and words[0] in _person_words() | _vocab()[0] | _vocab()[1] | _NEUTRAL \
                    and len(words) > 1 and words[1] not in _NEUTRAL and not _person(words[1]):
                # "executed people accused of ...": the noun right after the verb (but "police
                # officer" is one officer)
                np = words[0]
            bare = _is_plural(np)
            np_end = m.end("np")
            name = _NAME_GOES_ON.match(text, np_end)
            if name:  # "shot dead journalist Ahmed Abdul Samad and his cameraman": the whole name
                np_end = name.end()
            used.append((m.start("np"), np_end))
            parts = [_bare_part(np)]
            end = max(m.end(), np_end)
            tail = goes_on(np_end) if not bare else None
            if tail:
                parts, end = parts + tail[0], tail[1]
            elif not bare:
                # a headline's list of bare nouns: "Bomb kills woman, child"
                for tail in _BARE_NEXT.finditer(text, m.end("np")):
                    if tail.start() != end or not _one_person(tail.group("np")):
                        break
                    used.append((tail.start("np"), tail.end("np")))
                    parts.append(_bare_part(tail.group("np")))
                    end = tail.end("np")
            figures.append(_Figure(kind, parts, m.start(), end, bare=bare))
    hm = _HEADLINE_ONE.match(text)
    if hm and free(hm.start("np"), hm.end("np")):
        np = hm.group("np")
        words = _head_words(np)
        counted = _ITEM_RE.match(np)  # "Two soldiers and driver killed" is the passive list
        if _one_person(np) and not (counted and counted.group("q")):
            used.append((hm.start("np"), hm.end("np")))
            figures.append(_Figure("killed", [_Part(1, 1, 1, 1, False, _group(np), _side(np))],
                                   hm.start("np"), hm.end("verb")))
    for hm in _NOTE_ONE.finditer(text):
        np = hm.group("np")
        if free(hm.start("np"), hm.end("np")) and _one_person(np):
            used.append((hm.start("np"), hm.end("np")))
            figures.append(_Figure("killed", [_Part(1, 1, 1, 1, False, _group(np), _side(np))],
                                   hm.start("np"), hm.end("verb")))
    for m in _ORDINAL_DEAD.finditer(text):
        if free(m.start(), m.end()):
            used.append((m.start(), m.end()))
            figures.append(_Figure("killed", [_Part(1, 1, 1, 1, False, "")], m.start(), m.end(),
                                   additive=True))
    for m in _LEFT_RE.finditer(text):
        verb = m.group("verb").lower()
        kind = "killed" if verb in ("dead", "killed") else "injured"
        add(kind, m.group("list"), m.start("list"), (m.start(), m.end()))
    for m in _BODIES_RE.finditer(text) if _BODIES_WORDS.search(text) else ():
        g = "list" if m.group("list") else "list2"
        add("killed", m.group(g), m.start(g), (m.start(), m.end()))
    for kind in CASUALTY_KINDS:
        res = _KIND_RES[kind]
        if not res["passive_verb"].search(text):
            continue
        for m0 in res["passive"].finditer(text):
            # "Sources in the area reported several dead": when the longest subject reads as no
            # count, a shorter one inside it may ("several dead")
            for rel in [0] + [w.start() for w in re.finditer(r"(?<=\s)\S", m0.group("list"))]:
                m = m0 if not rel else res["passive"].match(text, m0.start("list") + rel)
                if m is None or m.end() != m0.end():
                    continue
                n = len(figures)
                passive(kind, m)
                if len(figures) > n:
                    break
        for m in res["bare"].finditer(text):
            np = m.group("np")
            if not free(m.start("np"), m.end("np")) or not _is_plural(np) or not _person(np) \
                    or _not_yet(m):
                continue
            if not re.search(r"\b(?:were|have|had|are)\b", m.group("aux"), _FLAGS) \
                    and m.group("verb").lower() not in _INTRANSITIVE:
                continue
            q = vague_quantity("plural")
            if re.search(r"\bboth\s+(?:the\s+)?$", text[max(0, m.start() - 10):m.start()], _FLAGS):
                q = Quantity(2, 2, False, 2, 2)  # "both gunmen were shot dead"
            used.append((m.start("np"), m.end("np")))
            figures.append(_Figure(kind, [_Part(q.min, q.max, q.acled, q.acled_large, q.vague, _group(np),
                                                 _side(np))],
                                   m.start(), m.end(), bare=q.vague,
                                   additive=bool(re.search(r"\balso\b", m.group("aux"), _FLAGS))))
    for m in (*_HE_KILLED.finditer(text), *_NAMED_KILLED.finditer(text), *_HE_DIED.finditer(text)):
        if free(m.start(), m.end()):
            used.append((m.start(), m.end()))
            figures.append(_Figure("killed", [_Part(1, 1, 1, 1, False, "")], m.start(), m.end()))
    for m in _UPDATED_IT.finditer(text):  # "first gave 125 dead, later updating it to 292"
        before = [f for f in figures if f.end <= m.start()]
        if before:
            add(max(before, key=lambda f: f.end).kind, m.group("q"), m.start("q"), (m.start(), m.end()),
                trim=True, update=True)
    for m in _ALONG_RE.finditer(text):
        left, _ = _sentence_bounds(text, m.start())
        before = [f for f in figures if left <= f.start and f.end <= m.start()]
        if before:
            kind = max(before, key=lambda f: f.end).kind
            add(kind, m.group("list"), m.start("list"), (m.start(), m.end()), trim=True, additive=True)
    for m in _ANOTHER_RE.finditer(text):
        verb = m.group("verb").lower()
        kind = next(k for k in CASUALTY_KINDS if verb in _PASSIVE[k])
        if free(m.start(), m.end()):
            used.append((m.start(), m.end()))
            figures.append(_Figure(kind, [_Part(1, 1, 1, 1, False, "")], m.start(), m.end()))
    for kind in CASUALTY_KINDS:
        for m in _PRONOUN_RES[kind].finditer(text):
            if free(m.end("verb"), m.end()):
                used.append((m.end("verb"), m.end()))
                parts, end = [_Part(1, 1, 1, 1, False, "")], m.end()
                # "killing him and his driver", "killing him and three members of his family"
                tail = goes_on(m.end())
                if tail:
                    parts, end = parts + tail[0], tail[1]
                figures.append(_Figure(kind, parts, m.start(), end))
    # "seized two spies ... and executed them", "killing both": the people counted before
    for m in _THEM_RE.finditer(text):
        who = "who" if m.group("who") else "who2"
        if not free(m.start(who), m.end(who)):
            continue
        if m.group(who).lower() == "both":
            parts = [_Part(2, 2, 2, 2, False, "")]
        else:
            held = [f for f in figures if f.kind in ("abducted", "arrested") and f.end <= m.start()]
            parts = list(max(held, key=lambda f: f.end).parts) if held else _counted_before(text, m.start())
            if not parts:
                continue
        used.append((m.start(who), m.end(who)))
        figures.append(_Figure("killed", parts, m.start(), m.end()))
    for m in _AMONG_DEAD.finditer(text):
        # "killed 23 militants, while residents said five soldiers were among the dead": the
        # other side's dead add; the same people's are a subset; alone, they are the figure
        before = [f for f in figures if f.end <= m.start() and f.kind == "killed"]
        parts = _items(m.group("list"), m.start("list"), text, lead=True) or []
        if not parts or not all(free(a, b) for _, a, b in parts):
            continue
        fig = _Figure("killed", [p for p, _, _ in parts], parts[0][1], m.end())
        used.extend((a, b) for _, a, b in parts)
        if not before:
            figures.append(fig)
        elif all(_other_people(fig, g) for g in before):
            fig.additive = True
            figures.append(fig)
        else:
            subsets.append(fig)
    for m in _CLAIM_RE.finditer(text):
        before = [f for f in figures if f.end <= m.start()]
        if before and not re.search(r"\b(?:more|other|others|another|further|lives)\b", m.group(0), _FLAGS):
            add(max(before, key=lambda f: f.end).kind, m.group("list"), m.start("list"),
                (m.start(), m.end()), trim=True, claim=True)
    for m in _SAID_NUMBER.finditer(text):
        before = [f for f in figures if f.end <= m.start() and f.kind == "killed"]
        if before:
            # "the agency first reported 235 dead; the same agency later reported 305": its update
            again = bool(_SAME_SOURCE_LATER.search(text, m.start(), m.start("list")))
            add("killed", m.group("list"), m.start("list"), (m.start("list"), m.end("list")),
                trim=True, claim=not again, update=again)
    for f in figures:
        left, _ = _sentence_bounds(text, f.start)
        if any(g.start < f.start and g.kind == f.kind for g in figures) \
                and (_CONTRAST.search(text[left:f.start]) or _PUT_TOLL.search(text, left, f.end)
                     or _CLAIMED_THAT.search(text, left, f.start)
                     or (left > 0 and text[left - 1] == ";" and _SOURCE_AFTER.match(text, left, f.start))):
            f.claim = True
    # "Armenia said six of its soldiers were killed; Azerbaijan said seven of its servicemen
    # died": two speakers' own dead are different people
    for f in figures:
        if f.claim and f.kind == "killed" and _own_dead(text, f):
            said_by = _speaker(text, f.start)
            mine, side = said_by.lower(), _side(said_by)
            if side:  # "a YBS statement reported 2 of its fighters dead": the speaker's side
                f.parts = [replace(p, group=p.group or "combatant", side=p.side or side)
                           if p.group in ("", "combatant") else p for p in f.parts]
            earlier = [g for g in figures if g.kind == f.kind and g.start < f.start]
            if mine and earlier and all(_own_dead(text, g) and _speaker(text, g.start).lower() not in ("", mine)
                                        for g in earlier):
                f.claim, f.additive = False, True
    # "Local media reported 9 killed; SOHR later put the toll at 17": a later figure of
    # another source, where the first was a source's too, disputes it rather than updates it
    for f in figures:
        if f.claim and f.update and any(
                g.kind == f.kind and g.start < f.start and not g.update
                and _ATTRIBUTION.search(text, *_sentence_bounds(text, g.start)) for g in figures):
            f.update = False
    # a coder's note that these dead are another event's: "(deaths coded with the 19-22 July
    # clashes)", "Past deaths: not coded"
    figures = [f for f in figures
               if not _CODED_ELSEWHERE.search(text, *_sentence_bounds(text, f.start))]
    # "killed 74 people, the ministry said, revising up its earlier toll of 38": the old figure
    figures = [f for f in figures if not (_SUPERSEDED.search(text, max(0, f.start - 30), f.end) and any(
        g.kind == f.kind and g.end <= f.start and not _SUPERSEDED.search(text, max(0, g.start - 30), g.end)
        for g in figures))]
    # (not bodies found now: "the bodies of three men abducted the previous week were found")
    # (nor "an attack on a neighbouring village two days earlier in which 7 people were killed")
    figures = [f for f in figures if _BODIES_WORDS.search(text, max(0, f.start - 15), f.end)
               or not _EARLIER.search(text, max(_sentence_bounds(text, f.start)[0], f.start - 40),
                                      min(_sentence_bounds(text, f.start)[1], f.end + 40))]
    # "one of the wounded died": a wounded person who died is a death, not a new injured figure.
    figures = [f for f in figures if not (f.kind == "injured" and _DIED_AFTER.match(text, f.end))]
    figures.sort(key=lambda f: f.start)
    prev_end = 0
    for f in figures:
        toll = f.aggregate is None
        f.aggregate = _aggregate(text, f, prev_end, toll)
        words = text[f.start:f.end].lower()
        earlier = [g for g in figures if g.start < f.start and g.kind == f.kind]
        if f.aggregate and toll and f.update and earlier and (
                any(_FIRST_TOLL.search(text, max(0, g.start - 40), g.end) for g in earlier)
                or _RAISED_LATER.search(text, f.start, _sentence_bounds(text, f.start)[1])):
            f.aggregate = False  # "first reported 55 killed, later raising the toll to 85"
        # "killing 24 people. The 3 attackers were killed by special forces": the attackers'
        # dead are never among their victims
        if earlier and not f.update and not f.claim and _ATTACKERS.search(words) \
                and not any(_ATTACKERS.search(text, g.start, g.end) for g in earlier):
            f.additive = True
        # "a contractor was killed, and a local civilian ... died of his wounds": one more person
        if earlier and not f.update and not f.claim and _ONE_MORE.match(words) \
                and f.total(False)[:2] == (1, 1) \
                and re.search(r"\band\b", text[max(g.end for g in earlier):f.start]) \
                and not re.search(r"[.;]", text[max(g.end for g in earlier):f.start]):
            f.additive = True
        # "two more died", or the other side's dead after "while"
        if earlier and not f.update and (
                re.search(r"\b(?:others?|more(?!\s+than)|another|further|also)\b", words)
                or (not f.claim and re.search(r"\b(?:while|whereas)\b",
                                              text[max(g.end for g in earlier):f.start], _FLAGS))):
            f.additive = True
        prev_end = f.end
    return figures, subsets, negatives


def _combine(figs: list[_Figure], large: bool) -> tuple[int, int | None, int, bool, _Figure] | None:
    """One (min, max, acled, vague, evidence figure) from a kind's incident figures."""
    if not figs:
        return None
    updates = [f for f in figs if f.update]
    if updates:
        f = updates[-1]  # the latest toll replaces the earlier ones of the same dead
        lo, hi, ac, vg = f.total(large)
        # "... later raised the civilian toll to 15; the army reported one of its soldiers
        # killed": the other side's dead still add
        for g in figs:
            if g is not f and not g.update and all(_other_people(g, u) for u in updates) \
                    and all(_other_people(g, h) for h in figs if h.start < g.start and not h.update):
                glo, ghi, gac, gvg = g.total(large)
                lo, ac, vg = lo + glo, ac + gac, vg or gvg
                hi = None if hi is None or ghi is None else hi + ghi
        # another source after the update: "... later raised its toll to 25; MSF said 24"
        for c in figs:
            if c.claim and not c.update and c.start > f.start and not _other_people(c, f):
                clo, chi, cac, cvg = c.total(large)
                hi = None if hi is None or chi is None else max(hi, chi, lo)
                lo, ac, vg = min(lo, clo), min(ac, cac), vg or cvg
        return lo, hi, ac, vg, f
    claims = [f for f in figs if f.claim]
    figs = [f for f in figs if not f.claim] or claims
    base = [f for f in figs if not f.additive] or figs[:1]
    # "Gunmen killed dozens ... the monitor said at least 60 civilians were killed": a number
    # for the same dead says more than a vague word (ACLED codes the number, not "dozens" 12).
    precise = [f for f in base if not any(p.vague for p in f.parts)]
    if precise:
        base = [f for f in base if not all(p.vague for p in f.parts)
                or not any(_same_people(f, g) and g.total(large)[0] >= f.total(large)[2]
                           for g in precise)]
        sure = [f for f in claims if not all(p.vague for p in f.parts)
                or figs is not claims and all(_other_people(f, g) for g in base)]
        if sure or figs is not claims:
            # "the group claimed dozens of soldiers died" yields to the numbers; "tens of IS
            # fighters" the Peshmerga claim beside their own 2 dead are other people
            claims = sure
    extra = [f for f in figs if f.additive and f not in base]

    def span(group_figs):
        tots = [(f.total(large), f) for f in group_figs]
        lo = min(t[0] for t, _ in tots)
        his = [t[1] for t, _ in tots]
        hi = None if any(h is None for h in his) else max(max(his), lo)
        ac = min(t[2] for t, _ in tots)
        pick = min(tots, key=lambda tf: tf[0][2])[1]
        return lo, hi, ac, any(t[3] for t, _ in tots), pick

    # Figures for the same people conflict; figures for different people add up. Soldiers in
    # one sentence and militants in the next are two sides' dead, not two sources' counts.
    by_sig: dict[str, list[_Figure]] = {}
    for f in base:
        groups = {p.group for p in f.parts}
        sig = groups.pop() if len(groups) == 1 and "" not in groups else ""
        sides = {p.side for p in f.parts}
        if sig == "combatant" and len(sides) == 1 and "" not in sides:
            sig += ":" + sides.pop()
        by_sig.setdefault(sig, []).append(f)
    spans = {k: span(v) for k, v in by_sig.items()}
    keys = [k for k in ("civilian", "combatant", "combatant:state", "combatant:armed") if k in spans]
    cat = [spans[k] for k in keys]
    if cat:
        c_lo = sum(s[0] for s in cat)
        c_hi = None if any(s[1] is None for s in cat) else sum(s[1] for s in cat)
        unknown = {k for k in keys if all(f.unknown() for f in by_sig[k])}
        c_ac = sum(spans[k][2] for k in keys if k not in unknown or len(unknown) == len(keys))
        c = (c_lo, c_hi, c_ac, any(s[3] for s in cat), cat[0][4])
        u = spans.get("")
        if u is None:
            lo, hi, ac, vg, pick = c
        else:  # a total and its breakdown: the larger of the two is the total
            lo = max(u[0], c[0])
            hi = None if u[1] is None or c[1] is None else max(u[1], c[1], lo)
            ac = max(u[2], c[2])
            vg = u[3] or c[3]
            pick = u[4]
    else:
        lo, hi, ac, vg, pick = spans[""]
    for f in claims:  # conflicting sources: the range spans them, ACLED keeps the lowest
        clo, chi, cac, cvg = f.total(large)
        if figs is not claims and all(_other_people(f, g) for g in base):
            # the other side's claim of its own or the enemy's dead: "the army said one soldier
            # was killed; the YBS reported 2 of its fighters dead" -- all sides' dead are summed
            lo, ac, vg = lo + clo, ac + cac, vg or cvg
            hi = None if hi is None or chi is None else hi + chi
            continue
        part = _claimed_part(f, base) if figs is not claims else None
        if part is not None:
            # the claim counts one side of a breakdown: "the army said 20 attackers and 2
            # soldiers were killed; ISWAP claimed 12 soldiers" -- the soldiers are 2 or 12
            p_ac = part.acled_large if large else part.acled
            lo, ac = lo - part.min + min(part.min, clo), ac - p_ac + min(p_ac, cac)
            hi = None if hi is None or chi is None or part.max is None else \
                max(hi, hi - part.max + chi, lo)
            vg = vg or cvg
            continue
        hi = None if hi is None or chi is None else max(hi, chi, lo)
        lo, ac, vg = min(lo, clo), min(ac, cac), vg or cvg
    # the dead told as more ("at least 4 gunmen also died") add to the figure the sources
    # dispute, not to the lowest of their claims
    for f in extra:
        elo, ehi, eac, evg = f.total(large)
        lo += elo
        hi = None if hi is None or ehi is None else hi + ehi
        ac += eac
        vg = vg or evg
    return lo, hi, ac, vg, pick


def _claimed_part(claim: _Figure, base: list[_Figure]) -> _Part | None:
    """The one part of the single breakdown in `base` that a claim counts again: the claim
    names one group and side, the breakdown has exactly one part of them and its other parts
    are surely other people."""
    sig = {(p.group, p.side) for p in claim.parts}
    if len(base) != 1 or len(base[0].parts) < 2 or len(sig) != 1:
        return None
    group, side = sig.pop()
    if not (group and side):
        return None
    same = [p for p in base[0].parts if (p.group, p.side) == (group, side)]
    others = [p for p in base[0].parts if (p.group, p.side) != (group, side)]
    if len(same) != 1 or not all(_other_part(claim.parts[0], p) for p in others):
        return None
    return same[0]


def _same_people(f: _Figure, g: _Figure) -> bool:
    """Both figures count the same group (civilians, or one side's fighters), or say no group."""
    def sig(x: _Figure) -> set[tuple[str, str]]:
        return {(p.group, p.side) for p in x.parts}
    a, b = sig(f), sig(g)
    return a == b or ("", "") in a or ("", "") in b


def _other_people(f: _Figure, g: _Figure) -> bool:
    """The figures surely count different people: civilians and fighters, or two named sides
    ("4 soldiers" and "11 combatants" may be the same dead)."""
    return all(_other_part(a, b) for a in f.parts for b in g.parts)


def _other_part(a: _Part, b: _Part) -> bool:
    """Two parts surely count different people (see `_other_people`)."""
    if not a.group or not b.group:
        return False
    return a.group != b.group or bool(a.side and b.side and a.side != b.side)


def _group_range(figs: list[_Figure], subsets: list[_Figure], group: str) -> tuple[int, int | None] | None:
    vals = [g for g in (f.group_total(group) for f in figs if not f.update) if g]
    if not vals:
        vals = [g for g in (s.group_total(group) for s in subsets) if g]
    if not vals:
        return None
    return min(v[0] for v in vals), (None if any(v[1] is None for v in vals) else max(v[1] for v in vals))


def _first_day(text: str, fig: _Figure, fatalities: int) -> int:
    """ACLED divides a toll over several days across them: the first day's share (with the remainder)."""
    left, right = _sentence_bounds(text, fig.start)
    m = _DAYS_RE.search(text, left, max(right, fig.end))
    if not m:
        return fatalities
    days = _span_days(m)
    if not 1 < days <= 31 or not fatalities:
        return fatalities
    return split_over_days(fatalities, days)[0]


def _span_days(m: re.Match) -> int:
    """How many days a `_DAYS_RE` match spans (0 when its number reads as none)."""
    if m.group("d1"):
        return int(m.group("d2")) - int(m.group("d1")) + 1
    if m.group("w1"):
        return (WEEKDAYS.index(m.group("w2").lower()) - WEEKDAYS.index(m.group("w1").lower())) % 7 + 1
    return parse_number(m.group("n") or m.group("n2") or m.group("n3")) or 0


_FROM_TO = re.compile(rf"\bfrom\s+(?P<d>\d{{1,2}})\s+(?P<mon>{_alt(_MONTHS)})\s+(?:to|until|through)\s+"
                      rf"\d{{1,2}}\s+(?:{_alt(_MONTHS)})\b", _FLAGS)


def share_for_event_day(m: EventMention) -> None:
    """A toll over dated days gives the first day the remainder (`_first_day`); an event told
    on a later day of the span takes the plain share: "On 25 February ... 53 killed between 23
    and 26 February" is 13, not 14. Left alone unless the figures are exactly that split."""
    from datetime import date

    ev = m.evidence.get("killed")
    if ev is None or m.event_date is None or m.killed_min is None or m.killed_min != m.killed_max:
        return
    sent = ev.sentence or ev.text
    span = _DAYS_RE.search(sent)
    if not span:
        return
    dated = m.evidence.get("event_date")
    if dated is not None and dated.start < ev.sentence_start + span.end() \
            and ev.sentence_start + span.start() < dated.end:
        return  # "Between 15 and 16 April 2015, ...": the span dates the event itself
    if span.group("w1"):
        return  # weekdays: no day of the month to count from
    if span.group("d1"):
        first = (int(span.group("d1")), span.group("mon"))
    else:
        ft = _FROM_TO.search(sent)
        first = (int(ft.group("d")), ft.group("mon")) if ft else None
    days = _span_days(span)
    if first is None or not 1 < days <= 31:
        return
    shares = split_over_days(m.killed_min, days)
    if m.fatalities != shares[0]:
        return
    month = month_number(first[1])
    try:
        start = date(m.event_date.year - (month > m.event_date.month), month, first[0])
    except ValueError:
        return
    k = (m.event_date - start).days
    if 0 < k < days:
        m.fatalities = shares[k]


def attack_scale(text: str) -> str | None:
    """"large" when the text calls the attack a massacre or the like, else None (let each clause decide).

    Pass it as parse_casualties(scale=...) for each clause of one report, so that "several" and
    unnumbered plurals get ACLED's large-attack figure even when the word sits in another clause.
    """
    return "large" if _mass_re().search(text) else None


def period_toll(text: str) -> bool:
    """Does the text speak of a period's dead ("this week", "since January")?"""
    return bool(_AGG.search(text))


_BLAST = re.compile(r"\b(?:blew\s+(?:himself|herself|themselves|it)\s+up|detonated|exploded|"
                    r"went\s+off)\b", _FLAGS)


# A bomber stopped before the blast: "shot dead ... before he could detonate it"
_STOPPED_BEFORE_BLAST = re.compile(
    r"\bbefore\s+(?:he|she|they)\s+(?:could|was\s+able\s+to|were\s+able\s+to|managed\s+to)\s+"
    r"(?:detonate|blow|explode|set\s+off|trigger)\b", _FLAGS)


def bomber_stopped(text: str, dead: bool = False) -> bool:
    """No blast (ACLED: a disrupted attack): the bomber stopped before detonating, shot dead or
    not; or, with no one `dead` or hurt, a belt seized, a bomb defused or its carrier caught."""
    if _STOPPED_BEFORE_BLAST.search(text):
        return True
    return not dead and bool(_BOMBER_FAILED.search(text)) and not _BLAST.search(text)


def bomber_only(m: EventMention, later: str = "") -> int:
    """The number of bombers when a mention's only dead are its suicide bombers ("blew himself
    up" and no toll yet), else 0: a later sentence's toll then adds to them, unless that
    sentence (`later`) counts the bombers itself ("including the bomber")."""
    ev = m.evidence.get("killed")
    if later and _BOMBER_INCLUDED.search(later):
        return 0
    if ev is None or m.killed_min is None or m.killed_min != m.killed_max:
        return 0
    if not (_BOMBER_RE.fullmatch(ev.text) or _BOMBER_RE2.fullmatch(ev.text)):
        return 0
    return m.killed_min


def parse_casualties(text: str, offset: int = 0, sentence: str | None = None,
                     sentence_start: int = 0, scale: str | None = None) -> Casualties:
    """Casualty figures in a clause describing one event.

    Evidence spans are `offset` + the local position, so callers can pass clauses of a larger text.
    `scale` is "large", "small" or None (decide from mass-casualty words and the injured count):
    it picks ACLED's 10 instead of 3 for "several", "many" and unnumbered plurals.
    """
    out = Casualties()
    if not text or not re.search(r"\d|kill|dead|die[ds]?\b|death|wound|injur|hurt|kidnap|abduct|seiz|arrest|"
                                 r"detain|captur|round|execut|behead|bod(?:y|ies)|toll|live|casualt|"
                                 r"murder|slain|massacr|perish|shot|gunned|hostage|custody|apprehend|suicide|blew|"
                                 r"lynch|treated|to\s+death|fatalit|bomber|assassin|martyr|throats?\s+(?:cut|slit)|"
                                 r"neutrali[sz]|eliminat|kld|wndd?\b|suffocat|asphyxia|choked",
                                 text, _FLAGS):
        return out
    if sentence is None:
        sentence, sentence_start = text, offset
    figures, subsets, negatives = _collect(text)

    def ev(s: int, e: int) -> Evidence:
        return Evidence(text[s:e], offset + s, offset + e, sentence, sentence_start)

    incident = [f for f in figures if not f.aggregate]
    aggregate = [f for f in figures if f.aggregate and f.kind == "killed"]

    large = scale == "large"
    if scale is None:
        inj = [f.total(False)[0] for f in incident if f.kind == "injured"]
        large = bool(_mass_re().search(text)) or (bool(inj) and max(inj) >= _vocab()[4])

    # the suicide bomber(s), counted among the dead unless the figure already includes them
    bombers = 0
    bombers_in_toll = False
    if (_BOMBER_RE.search(text) or _BOMBER_RE2.search(text)) and not _BOMBER_FAILED.search(text):
        cm = _BOMBER_COUNT.search(text) or _BOMBERS_DETONATED.search(text)
        q = cm.group("q").lower() if cm else ""
        bombers = (_BOMBER_WORD_COUNT.get(q) or parse_number(q) or 1) if cm else 1
        counted = any(re.search(r"\b(?:bomber|attacker)s?\b", text[f.start:f.end], _FLAGS)
                      for f in incident if f.kind == "killed")
        if counted or _BOMBER_INCLUDED.search(text):
            bombers = -bombers  # already in the figure: note it for the split only

    for kind in CASUALTY_KINDS:
        figs = [f for f in incident if f.kind == kind]
        figs = [f for f in figs if not f.bare] or figs
        got = _combine(figs, large)
        if got is None:
            neg = next((n for n in negatives if n[0] == kind), None)
            if neg:
                setattr(out, f"{kind}_min", 0)
                setattr(out, f"{kind}_max", 0)
                out.evidence[kind] = ev(neg[1], neg[2])
            continue
        lo, hi, ac, vg, pick = got
        if kind == "killed":
            # ACLED counts the bomber; the toll (min/max) is what the text reports, which names
            # the bomber's death only in "killed themselves and 12 others".
            add = max(bombers, 0)
            if any(f.refl for f in figs):
                lo, hi = lo + add, (None if hi is None else hi + add)
                bombers_in_toll = True
            out.fatalities = _first_day(text, pick, ac + add)
        setattr(out, f"{kind}_min", lo)
        setattr(out, f"{kind}_max", hi)
        out.vague = out.vague or vg
        out.evidence[kind] = ev(pick.start, pick.end)

    if _MASS_GRAVE.search(text):
        out.fatalities = 0  # remains in a mass grave: the toll is kept, ACLED codes 0
    if out.killed_min is None and bombers > 0 and not any(n[0] == "killed" for n in negatives):
        # "a suicide bomber blew himself up" with no other death reported
        out.killed_min = out.killed_max = out.fatalities = bombers
        bombers_in_toll = True
        m = _BOMBER_RE.search(text) or _BOMBER_RE2.search(text)
        out.evidence["killed"] = ev(m.start(), m.end())

    killed_figs = [f for f in incident if f.kind == "killed"]
    if out.killed_min:
        civ = _group_range(killed_figs, subsets, "civilian")
        comb = _group_range(killed_figs, subsets, "combatant")
        n_bombers = abs(bombers) if bombers_in_toll or bombers < 0 else 0
        if n_bombers and not (bombers < 0 and comb):
            comb = (n_bombers + (comb[0] if comb else 0),
                    None if comb and comb[1] is None else n_bombers + (comb[1] if comb else 0))
        if civ:
            out.civilians_killed_min, out.civilians_killed_max = civ
        if comb:
            out.combatants_killed_min, out.combatants_killed_max = comb

    if aggregate:
        lo = aggregate[-1].total(large)[0]
        out.aggregate_killed = lo
        out.evidence.setdefault("is_aggregate", ev(aggregate[-1].start, aggregate[-1].end))
        if not any(f.kind in ("killed", "injured") for f in incident):
            out.is_aggregate = True
    return out
