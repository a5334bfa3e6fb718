"""Geocoder: place phrases -> model.Place, with context, precision and notes.

Resolution order for one phrase:
  1. the phrase's own name (exact key, then without articles, then transliteration
     skeleton, then rapidfuzz within the candidate countries), candidates scored by
     kind, population, the theatre country, and agreement with the context places;
  2. the phrase split at "," / " in " ("Dura, southern Baghdad");
  3. the nearest named place the context gives, with precision lowered;
  4. otherwise an unresolved Place: name as written, admin1 empty, a note.
Never raises for one bad name; never invents a point.
"""

from __future__ import annotations

import logging
import math
import re
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz, process

from sitrep.geo import gazetteer as gz
from sitrep.geo.text import ascii_form, facility_head, is_latin, norm, split_phrase
from sitrep.model import EventMention, Place, Report

log = logging.getLogger(__name__)

THEATRE = ("IQ", "SY")  # always offered to the extractor's EntityRuler
_KIND_BASE = {"country": 6.0, "admin1": 4.0, "alias": 4.5, "admin2": 2.0}
_TIER_PENALTY = (0.0, 0.5, 2.0, 3.0)  # exact, no articles, skeleton, fuzzy
_IN = {"", "in", "at", "inside", "within", "on"}
_SPLIT = re.compile(r",|\bin\b|\bof\b|\bnear\b")
_QUALIFIED = re.compile(r"^(?P<head>[^()]*?)\s*\((?P<quals>[^()]+)\)\s*$")


def _km(a: gz.Entry, b: gz.Entry) -> float:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return math.inf
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dl = math.radians(b.lon - a.lon)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742 * math.asin(min(1.0, math.sqrt(h)))


class Geocoder:
    def __init__(self, layers: tuple[str, ...] = gz.KINDS) -> None:
        # `layers` lets evaluation leave a layer out (e.g. UCDP sites, to measure GeoNames).
        self.layers = frozenset(layers)
        self._g: gz.Gazetteer | None = None
        self._fuzzy: dict[str, tuple[list[str], list[int]]] = {}
        self._resolve = lru_cache(maxsize=20000)(self._resolve_uncached)
        self._names: frozenset[str] | None = None
        self._names_list: list[str] | None = None
        self._country_names: dict[str, list[str]] = {}
        self._names_with: dict[str, frozenset[str]] = {}

    @property
    def g(self) -> gz.Gazetteer:
        if self._g is None:
            self._g = gz.load()
        return self._g

    # --- public API -----------------------------------------------------------------

    def place_names(self) -> list[str]:
        """Names for the extractor's EntityRuler: the theatre, its neighbours' larger towns,
        admin units, countries, UCDP sites and curated aliases; no lone common words."""
        if self._names_list is not None:
            return list(self._names_list)
        g = self.g
        exclude = _ruler_exclude()
        near = set(THEATRE) | {n for t in THEATRE for n in g.neighbours.get(t, [])}
        out: set[str] = set()
        c = g.cols
        for i in range(g.size):
            kind, iso2, pop = c["kind"][i], c["iso2"][i], c["population"][i]
            keep = (kind in ("country", "alias", "site") or (kind == "admin1" and iso2 in gz.REGION)
                    or (kind == "admin2" and iso2 in near)
                    or (kind == "city" and (iso2 in THEATRE or (iso2 in near and pop >= 20000))))
            if keep:
                for n in g.names_of(i):
                    for form in _ruler_forms(n):
                        if _ruler_ok(form, kind, exclude):
                            out.add(form)
        self._names_list = sorted(out)
        return list(self._names_list)

    def country_place_names(self, country: str | None) -> list[str]:
        """Names of one country's towns and admin units, for a report about that country: the
        EntityRuler holds only the theatre's names and its neighbours' larger towns, and the
        small spaCy model misses many others ("Missiles hit Kyiv"). Curated as place_names()."""
        iso2 = self.country_code(country)
        if not iso2 or iso2 in THEATRE:
            return []
        if iso2 not in self._country_names:
            g, c, exclude = self.g, self.g.cols, _ruler_exclude()
            out: set[str] = set()
            for i in range(g.size):
                kind = c["kind"][i]
                if c["iso2"][i] != iso2 or kind not in ("city", "admin1", "admin2", "alias", "site"):
                    continue
                for n in g.names_of(i):
                    out.update(f for f in _ruler_forms(n) if _ruler_ok(f, kind, exclude))
            self._country_names[iso2] = sorted(out)
        return list(self._country_names[iso2])

    def locate(self, text: str, context: list[str] | tuple[str, ...] = (),
               country: str | None = None, relation: str = "") -> Place | None:
        """The Place a phrase names, or None for empty text."""
        if not text or not text.strip():
            return None
        theatre = self.country_code(country)
        ctx = [self.g.entry(i) for i in (self._resolve(c, theatre) for c in context if c) if i is not None]
        return self._locate(text.strip(), ctx, [], theatre, relation)

    def geocode(self, mentions: list[EventMention], report: Report | None = None,
                country: str | None = None) -> None:
        """Set mention.place for each mention. Other mentions' places in the report serve
        as weaker context. A mention with no place phrase at all gets the theatre
        country (precision 3, where_prec 6) when `country` is given, else None."""
        theatre = self.country_code(country)
        phrases = [p for m in mentions for p in [m.location_text, *m.location_context] if p]
        resolved = {p: self._resolve(p, theatre) for p in phrases}
        for m in mentions:
            # Other phrases of the report, not the mention's own (it would vote for itself).
            own = m.location_text
            report_ctx = [self.g.entry(i) for i in {i for p, i in resolved.items() if p != own}
                          if i is not None]
            try:
                ctx = [self.g.entry(i) for i in (self._resolve(c, theatre)
                                                 for c in m.location_context if c) if i is not None]
                text = (m.location_text or "").strip()
                if text:
                    m.place = self._locate(text, ctx, report_ctx, theatre, m.location_relation)
                    home = [e for e in ctx if e.iso2 == theatre]
                    own = any(e.iso2 == m.place.iso2 for e in ctx)  # "Derna, eastern Libya"
                    if home and not own and self._abroad(m.place, theatre):
                        # "US-led strikes ... in Iraq": a far country named alongside the
                        # theatre is who acted, not where.
                        m.place = self._fallback(text, home, theatre,
                                                 f"{text!r} lies outside the theatre")
                elif ctx:
                    m.place = self._fallback("", ctx, theatre, "no place phrase for the event")
                else:
                    # No monitor country: the one country the report's other places lie in
                    # ("Separately, jets struck a container" after "near Baiji") is the
                    # event's country too, though not its place. The other events' own places
                    # count first: "Britain's Ministry of Defence said" names who spoke.
                    events = [self.g.entry(resolved[o.location_text]) for o in mentions
                              if o is not m and resolved.get(o.location_text) is not None]
                    home = theatre or _one_country(events) or _one_country(report_ctx)
                    m.place = self._country_place(home, "no place named for the event")
            except Exception as exc:  # one bad name must not sink the batch
                log.exception("geocoding %r failed", m.location_text)
                m.place = self._unresolved(m.location_text or "", theatre,
                                           f"unresolved: geocoder error {type(exc).__name__}")
        self._governorate_from_report(mentions, resolved, theatre, report.text if report else "")
        self._governorate_of_neighbour(mentions, resolved, theatre, report.text if report else "")

    def _governorate_of_neighbour(self, mentions: list[EventMention], resolved: dict,
                                  theatre: str, text: str) -> None:
        """A name the gazetteer does not know ("the Akrameh neighbourhood", a misspelt town)
        lies most likely in the governorate of the place the report names next to it ("... in
        Homs today"). Only with a theatre country and a place within a few sentences of the
        name; governorate precision (3/4), the name kept in the query and the note."""
        if not theatre or not text:
            return
        todo = [m for m in mentions if m.place is not None and m.place.feature == "unresolved"
                and "location" in m.evidence]
        if not todo:
            return
        g = self.g
        named = self._named_in_text(text, theatre, positions=True)
        for phrase, i in resolved.items():
            # the phrases the extractor found, wherever the text repeats them
            e = g.entry(i) if i is not None else None
            if e is None or e.iso2 != theatre or not e.admin1 or e.kind == "country":
                continue
            for hit in re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text):
                named.append((hit.start(), e.iso2, e.admin1, e.name))
        for m in todo:
            at = m.evidence["location"].start
            near = [(abs(pos - at), a1, name) for pos, _, a1, name in named
                    if abs(pos - at) <= _NEIGHBOUR_CHARS]
            if not near:
                continue
            _, a1, name = min(near)
            key = f"{theatre}|{a1}"
            if key not in g.admin1_of:
                continue
            place = self._place(g.entry(g.admin1_of[key]), m.location_text or "")
            _lower(place, 3, 4)
            place.note = (f"{m.place.note}; placed in {a1}, the governorate of {name}, the place "
                          f"the report names nearest to it")
            m.place = place

    def _governorate_from_report(self, mentions: list[EventMention], resolved: dict,
                                 theatre: str, text: str = "") -> None:
        """A mention placed no finer than the country ("Syria air strikes kill 42") takes the
        governorate of the first place the report names below the country — the lead names
        the country, the next sentence the town. Governorate precision only (3/4): the
        town itself is not known to be the event's."""
        # An unresolved name stays unresolved (admin1 empty, with its note): it may lie anywhere.
        vague = [m for m in mentions if m.place is None or m.place.feature == "country"
                 or self._abroad(m.place, theatre)]
        # "Separately, jets struck a container": an event told apart from the report's other
        # events does not share their place.
        vague = [m for m in vague if not (len(mentions) > 1 and _APART.match(m.notes or ""))]
        if not vague:
            return
        g = self.g
        # Every place the report names, by where the text names it first: the other events'
        # places, the phrases the extractor found and the curated names the text holds.
        late = 1 << 30
        firsts = [(m.evidence["location"].start if "location" in m.evidence else late,
                   m.place.iso2, m.place.admin1, m.place.name)
                  for m in mentions if m not in vague and m.place.admin1]
        for k, (phrase, i) in enumerate(resolved.items()):
            e = g.entry(i) if i is not None else None
            if e is not None and e.admin1 and e.kind != "country":
                hit = re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text) if text else None
                firsts.append((hit.start() if hit else late + k, e.iso2, e.admin1, e.name))
        scanned: set[str] = set()
        for m in vague:
            iso2 = theatre or (m.place.iso2 if m.place else "")
            if iso2 and iso2 not in scanned:
                scanned.add(iso2)
                firsts += self._named_in_text(text, iso2, positions=True)
            firsts.sort(key=lambda x: x[0])
            pick = next(((c, a1, n) for _, c, a1, n in firsts if not iso2 or c == iso2), None)
            if pick is None or f"{pick[0]}|{pick[1]}" not in g.admin1_of:
                continue
            place = self._place(g.entry(g.admin1_of[f"{pick[0]}|{pick[1]}"]), m.location_text or "")
            _lower(place, 3, 4)
            place.note = (f"{(m.place.note + '; ') if m.place and m.place.note else ''}"
                          f"the event's own words name no place in the country below it; placed in "
                          f"{pick[1]}, the governorate of {pick[2]}, the report's first named place")
            m.place = place

    _NAME_RUN = re.compile(r"\b(?:(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh)[- ])?[A-Z][\w'’]+"
                           r"(?:[- ](?:(?:al|el|ad|an|ar|as|ash|at|az|ez|es|ed)[- ])?[A-Z][\w'’]+){0,2}")

    def _named_in_text(self, text: str, iso2: str, positions: bool = False) -> list:
        """Places of country `iso2` the report text names, in order: the same curated names
        the extractor's EntityRuler uses, so common words are not taken for places.
        (iso2, admin1, name) each, or (offset, iso2, admin1, name) with `positions`."""
        if not text or len(text) > 200_000:
            return []
        names = self._ruler_set(iso2)
        out = []
        # A sentence that describes ("The tribe is large, with branches across Kirkuk and
        # Diyala") tells where a group lives, not where the event happened.
        text = "".join(" " * len(sent) if _DESCRIPTION.match(sent) else sent
                       for sent in _SENTENCES.split(text))
        for m in self._NAME_RUN.finditer(text):
            run = m.group()
            # word starts in the run: a name may follow a capitalised word ("Syrias Deir ez-Zor")
            starts = [w.start() for w in re.finditer(r"[^\s-]+", run)]
            for s0 in starts:
                hit = self._known_prefix(run[s0:], names)
                if hit is None:
                    continue
                at = m.start() + s0
                if not _MODIFIER.match(text, at + len(hit)):  # "Damascus-backed": who backs
                    i = self._resolve(hit, iso2)
                    e = self.g.entry(i) if i is not None else None
                    if e is not None and e.iso2 == iso2 and e.admin1 and e.kind != "country":
                        out.append((at, e.iso2, e.admin1, e.name) if positions
                                   else (e.iso2, e.admin1, e.name))
                break
        return out

    @staticmethod
    def _known_prefix(run: str, names: frozenset[str]) -> str | None:
        """The longest run of words from the left that is a known name ("Deir ez Zor")."""
        words = run.replace("-", " ").split()
        for k in range(len(words), 0, -1):
            cand = run[:len(" ".join(words[:k]))]
            if cand in names:
                return cand
        return None

    def _ruler_set(self, iso2: str = "") -> frozenset[str]:
        if self._names is None:
            self._names = frozenset(self.place_names())
        if not iso2 or iso2 in THEATRE:
            return self._names
        if iso2 not in self._names_with:
            self._names_with[iso2] = self._names | frozenset(self.country_place_names(iso2))
        return self._names_with[iso2]

    def _abroad(self, place: Place | None, theatre: str) -> bool:
        """Outside the theatre country and its neighbours (a theatre must be given)."""
        return place is not None and self._far(place.iso2, theatre)

    def _far(self, iso2: str, theatre: str) -> bool:
        return bool(theatre) and iso2 != theatre and iso2 not in self.g.neighbours.get(theatre, [])

    def country_code(self, country: str | None) -> str:
        if not country:
            return ""
        c = country.strip()
        if c.upper() in self.g.countries:
            return c.upper()
        for i, _ in self.g.lookup(c):
            if self.g.cols["kind"][i] == "country":
                return self.g.cols["iso2"][i]
        return ""

    # --- internals ------------------------------------------------------------------

    def _resolve_uncached(self, text: str, theatre: str) -> int | None:
        """Best entry for a context phrase on its own (cached: reports repeat places)."""
        name, hint, _ = self._phrase(text)
        best = self._best(name, hint, [], [], theatre)
        return best[0] if best else None

    def _phrase(self, text: str) -> tuple[str, str, bool]:
        name, hint, part = split_phrase(text)
        if name != text and any(t < 2 for _, t in self.g.lookup(text)):
            return text, "", False  # "Rural Damascus" is a name, not a part of Damascus
        return name, hint, part

    def _candidates(self, name: str, countries: set[str]) -> list[tuple[int, int]]:
        g = self.g
        cands = [(i, t) for i, t in g.lookup(name) if g.cols["kind"][i] in self.layers]
        if cands or len(norm(name)) < 5:
            return cands
        # Fuzzy only within the countries in play, never worldwide (avoids nonsense).
        out = []
        for iso2 in sorted(countries & gz.REGION):
            keys, ids = self._fuzzy_keys(iso2)
            hit = process.extractOne(norm(name), keys, scorer=fuzz.ratio,
                                     score_cutoff=92 if len(name) < 8 else 88)
            if hit:
                out += [(i, 3) for i in ids[hit[2]] if g.cols["kind"][i] in self.layers]
        return out

    def _fuzzy_keys(self, iso2: str):
        if iso2 not in self._fuzzy:
            g = self.g
            keys, ids = [], []
            for k, v in g.exact.items():
                v = [i for i in g._ids(v) if g.cols["iso2"][i] == iso2]
                if v:
                    keys.append(k)
                    ids.append(v)
            self._fuzzy[iso2] = (keys, ids)
        return self._fuzzy[iso2]

    def _best(self, name: str, hint: str, ctx: list[gz.Entry], weak: list[gz.Entry],
              theatre: str, within: set[tuple[str, str]] | None = None) -> tuple[int, int] | None:
        """Best (entry, tier) for a name; `within` keeps only entries in those
        (iso2, admin1) units ("" admin1: anywhere in the country)."""
        g = self.g
        strong_c = {e.iso2 for e in ctx} | ({theatre} if theatre else set())
        weak_c = {e.iso2 for e in weak}
        cands = self._candidates(name, strong_c | weak_c or set(THEATRE))
        if within is not None:
            cands = [(i, t) for i, t in cands if (g.cols["iso2"][i], g.cols["admin1"][i]) in within
                     or (g.cols["iso2"][i], "") in within]
        if theatre:
            # A loose spelling (skeleton, fuzzy) counts only in the countries in play:
            # "Ghouta" is not Kütahya.
            cands = [(i, t) for i, t in cands if t < 2 or g.cols["iso2"][i] in strong_c]
        if not cands:
            return None
        near = {n for c in strong_c for n in g.neighbours.get(c, [])}
        a1_strong = {(e.iso2, e.admin1) for e in ctx if e.admin1}
        a1_weak = {(e.iso2, e.admin1) for e in weak if e.admin1}
        scored = []
        for i, tier in cands:
            e = g.entry(i)
            s = _KIND_BASE.get(e.kind, 0.0) - _TIER_PENALTY[tier]
            district = _is_district(e)
            if e.kind == "city":
                s += 1 + math.log10(e.population + 1) / 2
            elif district:
                s = _KIND_BASE["admin2"] - _TIER_PENALTY[tier]  # UCDP's "Sinjār district"
            elif e.kind == "site":
                s += 3 + min(1.0, math.log10(e.population + 1) / 2)
            if hint == "admin1":
                s += 6 * (e.kind == "admin1")
            elif hint == "admin2":
                s += 4 * (e.kind == "admin2" or district)
            elif hint in ("city", "part"):
                s += 1 * (e.kind in ("city", "site", "alias") and not district) \
                    - 2 * (e.kind in ("admin1", "country"))
            if e.iso2 in strong_c:
                s += 5
            elif e.iso2 in weak_c:
                s += 3
            elif e.iso2 in near:
                s += 1.5
            elif strong_c or weak_c:
                s -= 2
            if (e.iso2, e.admin1) in a1_strong:
                s += 4
            elif (e.iso2, e.admin1) in a1_weak:
                s += 2
            d = min((_km(e, c) for c in ctx + weak if c.kind != "country"), default=math.inf)
            s += 3 if d < 30 else 1.5 if d < 100 else 0
            scored.append((s, i, tier))
        scored.sort(key=lambda x: -x[0])
        _, i, tier = scored[0]
        if tier >= 2 and a1_strong and (g.cols["iso2"][i], g.cols["admin1"][i]) not in a1_strong:
            # A loose spelling match far from the governorate the sentence names ("Midan,
            # Damascus" is not Mayadin): better unknown, placed at the named context.
            e = g.entry(i)
            if min((_km(e, c) for c in ctx if c.kind != "country"), default=math.inf) > 100:
                return None
        if tier >= 2:
            # ... or far from the first town named beside it ("Al-Kawm, north of Al-Sukhnah" is
            # not the Al Kam 200 km away in the same governorate; only the first, since the
            # "(Homs)" after it reads as the city too)
            towns = [c for c in ctx if c.kind in ("city", "site", "alias") and c.lat is not None]
            if towns and _km(g.entry(i), towns[0]) > 75:
                return None
        e = g.entry(i)
        if hint not in ("admin1", "admin2") and (e.kind in ("admin1", "admin2") or _is_district(e)):
            town = self._town_named(name, e, within)
            if town is not None:
                i, tier = town
        return i, tier

    def _town_named(self, name: str, unit: gz.Entry, within: set[tuple[str, str]] | None
                    ) -> tuple[int, int] | None:
        """The town a governorate or district is named after: "Kirkuk", "Ar-Raqqa", "Sinjar"
        and "Al-Zubair" alone mean the town (as ACLED codes them), unless a feature word says
        otherwise. A loose spelling counts ("Ar-Raqqa" is the governorate's exact name and
        the city's loose one), but only in the unit itself, near its point for a district."""
        g = self.g
        best = None
        for j, t in g.lookup_loose(name):
            e = g.entry(j)
            if e.iso2 != unit.iso2 or e.admin1 != unit.admin1 or _is_district(e) \
                    or e.kind not in ("city", "site", "alias") or t > 2:
                continue
            if within is not None and (e.iso2, e.admin1) not in within and (e.iso2, "") not in within:
                continue
            if e.kind == "city" and e.population < 1000:
                continue
            if unit.kind != "admin1" and unit.lat is not None and e.lat is not None \
                    and _km(unit, e) > 60:
                continue
            key = (t, -(e.population if e.kind == "city" else 0))
            if best is None or key < best[0]:
                best = (key, (j, t))
        return best[1] if best else None

    def _locate(self, text: str, ctx: list[gz.Entry], weak: list[gz.Entry], theatre: str,
                relation: str) -> Place:
        text = text.rstrip(" (,") or text  # "Rajo (" when the qualifiers were read as context
        q = _QUALIFIED.match(text)
        if q and q["head"].strip(" ,"):
            quals = [x.strip() for x in q["quals"].split(",") if x.strip()]
            place = self._qualified(q["head"].strip(" ,"), quals, ctx, weak, theatre, relation)
            if place is not None:
                return place
            text = q["head"].strip(" ,")
        name, hint, part = self._phrase(text)
        best = self._best(name, hint, ctx, weak, theatre) or self._best(text, "", ctx, weak, theatre)
        if best is None:
            site = self._site_town(name, ctx, weak, theatre)
            if site and self.g.cols["kind"][site[0]] in ("city", "site", "alias"):
                best, part = site, True
        if best is None:
            # "Dura, southern Baghdad" / "Dura district of Baghdad": try the pieces.
            pieces = [p.strip() for p in _SPLIT.split(text) if p.strip()]
            if len(pieces) > 1:
                for k, piece in enumerate(pieces):
                    others = [self.g.entry(i) for i in (self._resolve(p, theatre) for p in pieces[k + 1:])
                              if i is not None]
                    pn, ph, pp = split_phrase(piece)
                    best = self._best(pn, ph, ctx + others, weak, theatre)
                    if best:
                        part = part or pp or k > 0
                        break
        if best is None:
            return self._fallback(text, ctx, theatre, f"{text!r} not in gazetteer")
        found = self.g.entry(best[0])
        home = [c for c in ctx if theatre and c.iso2 == theatre]
        if home and found.iso2 != theatre and not any(c.iso2 == found.iso2 for c in ctx) \
                and found.kind != "country" and found.population < 100_000:
            # "the Darwish intersection in Ilam, south-western Baghdad": a small namesake
            # abroad loses to the theatre's place the same sentence names (a city such as
            # Aleppo does not).
            return self._fallback(text, home, theatre,
                                  f"{text!r} is known only in {found.iso2}; the sentence "
                                  f"names {home[0].name}")
        anchors = [c for c in ctx if c.kind != "country"]
        if anchors and found.kind not in ("country", "admin1") and found.population < _WORLD_CITY \
                and not any(c.iso2 == found.iso2 for c in ctx) \
                and not (theatre and found.iso2 == theatre):
            # "the Al-Jorah neighbourhood of Deir ez-Zor city": the spot is in the place the
            # sentence sets it in; a namesake in another country (Ora, Israel) is not it, so
            # the event goes to that place, less precisely
            return self._fallback(text, anchors, theatre, f"{text!r} is known only in "
                                  f"{found.iso2}, not where the sentence places it")
        if (found.kind not in ("country", "admin1") and found.population < _WORLD_CITY
                and self._far(found.iso2, theatre)
                and not any(c.iso2 == found.iso2 for c in ctx + weak)):
            # A monitor of Iraq reading "in Taza" means the Iraqi town the gazetteer lacks,
            # not Taza in Morocco: a far namesake counts only if the report names its country
            # or another place there (or it is a city the world knows).
            return self._fallback(text, home, theatre, f"{text!r} is known only in {found.iso2}, "
                                  "far outside the theatre")
        return self._finish(best, text, part, relation)

    def _finish(self, best: tuple[int, int], text: str, part: bool, relation: str) -> Place:
        i, tier = best
        place = self._place(self.g.entry(i), text)
        notes = [place.note] if place.note else []
        if tier >= 2:
            notes.append(f"spelling matched loosely ({'skeleton' if tier == 2 else 'fuzzy'})")
        rel = (relation or "").strip().lower()
        if rel not in _IN:
            notes.append(f"relative location: {relation} {place.name}")
            part = True
        if part:
            _lower(place, 2, 2)
            if rel in _IN:
                notes.append(f"part of {place.name} only")
        place.note = "; ".join(notes)
        return place

    def _qualified(self, head: str, quals: list[str], ctx: list[gz.Entry], weak: list[gz.Entry],
                   theatre: str, relation: str) -> Place | None:
        """'Tarmiyah (Baghdad)', 'Palmyra (Tadmur, Homs)': the last qualifier is the
        governorate (or country), the ones before it the district. The head must lie in
        that governorate; when it is unknown there, the most specific qualifier is the
        answer, at its own (lower) precision. None when the qualifiers name no admin unit."""
        g = self.g
        top = self._best(quals[-1], "admin1", ctx, weak, theatre)
        if top is None:
            return None
        unit = g.entry(top[0])
        if unit.kind == "country":
            within = {(unit.iso2, "")}
        elif unit.admin1:
            unit = g.entry(g.admin1_of.get(f"{unit.iso2}|{unit.admin1}", top[0]))
            within = {(unit.iso2, unit.admin1)}
        else:
            return None
        mids = [b for b in (self._best(x, "admin2", [unit], [], theatre, within) for x in quals[:-1])
                if b is not None]
        units = [g.entry(i) for i, _ in mids] + [unit]
        linked = _LINKED.match(head)
        if linked:
            place = self._spot_near(linked, units, ctx, weak, theatre, within, relation)
            if place is not None:
                return place
            head = linked["x"]
        name, hint, part = self._phrase(head)
        best = self._best(name, hint, units + ctx, weak, theatre, within)
        if best is None:
            best = self._site_town(name, units + ctx, weak, theatre, within)
            part = part or best is not None
        if best is not None:
            return self._finish(best, head, part, relation)
        # The town is unknown: place it at the district or governorate the note gives.
        e = units[0]
        if e.kind == "country":
            return None
        place = self._place(e, head)
        if e.kind in ("city", "site", "alias"):
            # A district named after its town ("Hawija"): the district is what is known.
            place.admin2 = place.admin2 or e.name
            _lower(place, 3, 3)
        else:
            _lower(place, 3, 3 if e.kind == "admin2" else 4)
        place.note = (f"{head!r} not in gazetteer in {unit.name}; placed at {e.name} "
                      f"({'district' if e.kind != 'admin1' else 'governorate'} given in the text)")
        return place

    def _site_town(self, name: str, ctx: list[gz.Entry], weak: list[gz.Entry], theatre: str,
                   within: set[tuple[str, str]] | None = None) -> tuple[int, int] | None:
        """The town a site the gazetteer lacks is named after ("Al-Hol camp", "Mount Bashiqa"),
        or None: the event goes there, less precisely."""
        head = facility_head(name)
        return self._best(head, "city", ctx, weak, theatre, within) if head else None

    def _spot_near(self, linked: re.Match, units: list[gz.Entry], ctx: list[gz.Entry],
                   weak: list[gz.Entry], theatre: str, within: set[tuple[str, str]],
                   relation: str) -> Place | None:
        """"Kafr Jannah, south of Afrin (Aleppo)", "Saydnaya prison in Safita (Tartous)": the
        first name when it lies near the second (a prison named after a town 100 km away is
        not where the note sets the event), else the second, less precisely. None when the
        second is unknown too."""
        g = self.g
        yn, yh, _ = self._phrase(linked["y"])
        y = self._best(yn, yh, units + ctx, weak, theatre, within)
        if y is None:
            return None
        ye = g.entry(y[0])
        xn, xh, xpart = self._phrase(linked["x"])
        x = self._best(xn, xh, [ye] + units + ctx, weak, theatre, within)
        if x is None:
            x = self._site_town(xn, [ye] + units + ctx, weak, theatre, within)
            xpart = xpart or x is not None
        if x is not None:
            xe = g.entry(x[0])
            limit = 30 if (linked["k"] or "").lower() == "in" else 60
            near = ye.geo_precision == 3 or xe.lat is None or ye.lat is None or _km(xe, ye) <= limit
            if near and xe.kind not in ("admin1", "country"):
                return self._finish(x, linked["x"], xpart, relation)
        place = self._finish(y, linked["y"], True, "")
        place.note = "; ".join(n for n in (place.note, f"{linked['x']!r} is somewhere near it") if n)
        return place

    def _fallback(self, text: str, ctx: list[gz.Entry], theatre: str, why: str) -> Place:
        """The most specific context place, precision lowered; else unresolved."""
        order = {"alias": 0, "site": 0, "city": 0, "admin2": 1, "admin1": 2, "country": 3}
        if theatre:
            # A monitor's report is set in its theatre: "Qayyara West air base, where U.S.
            # troops are ..." is not in the United States.
            home = [e for e in ctx if e.iso2 == theatre]
            ctx = home or [e for e in ctx if e.kind != "country"]
        ctx = sorted(ctx, key=lambda e: order.get(e.kind, 4))
        if ctx:
            place = self._place(ctx[0], text)
            _lower(place, 2, 2)
            place.note = f"{why}; placed at {ctx[0].name} named alongside it"
            return place
        return self._unresolved(text, theatre, f"unresolved: {why}")

    def _place(self, e: gz.Entry, query: str) -> Place:
        return Place(name=e.name, country=self.g.country_names.get(e.iso2, ""), iso2=e.iso2,
                     admin1=e.admin1, admin2=e.admin2, latitude=e.lat, longitude=e.lon,
                     geo_precision=e.geo_precision, where_prec=e.where_prec,
                     gazetteer_id=e.gid, feature=e.feature, query=query, note=e.note)

    def _country_place(self, iso2: str, why: str) -> Place | None:
        if not iso2:
            return None
        place = self._place(self.g.entry(self.g.countries[iso2]), "")
        place.note = f"{why}; country only"
        return place

    def _unresolved(self, text: str, iso2: str, note: str) -> Place:
        return Place(name=text, country=self.g.country_names.get(iso2, ""), iso2=iso2,
                     geo_precision=3, where_prec=6 if iso2 else 7, feature="unresolved",
                     query=text, note=note)


# A far city this big may be where a reported event happened even when the report does not
# name its country ("a protest in London"); a smaller far namesake is more likely a local
# place the gazetteer lacks.
_WORLD_CITY = 1_000_000
_APART = re.compile(r"\s*(?:separately|elsewhere|meanwhile|in (?:a|another) separate|"
                    r"in other (?:attacks|violence|incidents))\b", re.IGNORECASE)
_SENTENCES = re.compile(r"(?<=[.!?])(\s+)")
# How far (characters) from an unknown name a named place may be to lend its governorate:
# the same or the next sentence or two.
_NEIGHBOUR_CHARS = 400
# A place name compounded into a modifier names who acts or where a group sits, not where
# the event is: "US-led", "Damascus-backed", "Britain-based", "Iranian-funded".
_MODIFIER = re.compile(r"-(?:led|backed|based|funded|supported|allied|sponsored|brokered|"
                       r"born|made|controlled|held|run|linked|aligned|trained|armed)\b",
                       re.IGNORECASE)
# A present-tense description: the subject (no clause break) then is/are/lies/has...,
# not "has been killed" nor "are reported".
_DESCRIPTION = re.compile(
    r"[^,;:.]{0,60}?\b(?:is|are|lies|lie|has|have|spans?|straddles?|borders?|stretch(?:es)?)\b"
    r"(?!\s+(?:been|had|seen|reportedly|said|believed|thought|now|still|fled|taken|killed))")


# "Kafr Jannah, south of Afrin", "Balyun in Jabal al-Zawiya", "Ain al-Asad air base near
# Al-Baghdadi": a spot, and the place that locates it (see places.choose)
_LINKED = re.compile(r"^(?P<x>.+?)(?:\s+(?:sub-?district|village|town|area|front))?(?:,\s+(?:\d+\s*km\s+)?(?:north|south|east|west)(?:-?(?:east|west))?"
                     r"\s+of|\s+(?P<k>in|near))\s+(?:the\s+)?(?P<y>\S.*)$", re.IGNORECASE)


def _is_district(e: gz.Entry) -> bool:
    """A UCDP site coded to a whole district ("Sinjār district"): a unit, not a point."""
    return e.kind == "site" and e.feature == "district"


def _one_country(entries: list[gz.Entry]) -> str:
    """The country code all these places share, else ""."""
    codes = {e.iso2 for e in entries if e.iso2}
    return codes.pop() if len(codes) == 1 else ""


def _lower(place: Place, geo: int, where: int) -> None:
    """Lower precision (never raise it): a part of, or a point near, the named place."""
    place.geo_precision = max(place.geo_precision, geo)
    place.where_prec = max(place.where_prec, where)


@lru_cache(maxsize=1)
def _ruler_exclude() -> frozenset[str]:
    path = resources.files("sitrep") / "data" / "geo" / "ruler_exclude.txt"
    words = {ln.strip().lower() for ln in path.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")}
    try:
        from spacy.lang.en.stop_words import STOP_WORDS
        words |= set(STOP_WORDS)
    except ImportError:
        pass
    return frozenset(words)


def _ruler_forms(name: str) -> set[str]:
    """A name as GeoNames/UCDP spell it and as reports write it: "Jalawlā’" is written
    Jalawla (no hamza mark), "al Isḩāqī" starts a phrase as "Al Ishaqi" (the ruler adds
    the al-/Al- variants)."""
    plain = ascii_form(name).strip("'")
    forms = {name, ascii_form(name), plain}
    return forms | {f[0].upper() + f[1:] for f in forms if f}


def _ruler_ok(name: str, kind: str, exclude: frozenset[str]) -> bool:
    if not name or not is_latin(name) or not name[0].isupper() or any(ch.isdigit() for ch in name):
        return False
    if name.lower() in exclude:
        return False
    if " " not in name and "-" not in name:
        # A lone word must be curated, or long enough not to be an English word.
        return kind in ("alias", "admin1", "country") or len(name) >= 5
    return len(name) <= 50
