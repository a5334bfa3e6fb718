"""Actor catalogue: names, aliases and ACLED inter codes from data/actors/*.yaml.

Users add a conflict by adding a YAML file there, or in a directory named by the
SITREP_ACTORS_DIR environment variable (those files take precedence).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

import yaml
from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

STATE_INTERS = (1, 8)
ARMED_INTERS = (1, 2, 3, 4, 8)


@dataclass(frozen=True)
class Actor:
    name: str  # may hold "{country}"
    inter: int
    side: str = ""
    country: str = ""
    victim: bool = False
    authority: bool = False  # a non-state actor governing territory (its arrests are Arrests)

    def display(self, country: str | None) -> str:
        if "{country}" not in self.name:
            return self.name
        if country:
            return self.name.replace("{country}", country)
        return self.name.replace(" ({country})", "").replace(" of {country}", "") \
            .replace("{country}", "").strip()

    @property
    def armed(self) -> bool:
        return self.inter in ARMED_INTERS

    @property
    def state(self) -> bool:
        return self.inter in STATE_INTERS or self.side == "government"


@dataclass(frozen=True)
class ActorMention:
    actor: Actor
    start: int  # token offsets in the doc
    end: int
    start_char: int
    end_char: int
    text: str


def _actor_files() -> list[tuple[str, dict]]:
    """User files first, then bundled country files, then international, generic last."""
    out = []
    extra = os.environ.get("SITREP_ACTORS_DIR")
    if extra and Path(extra).is_dir():
        for p in sorted(Path(extra).glob("*.y*ml")):
            out.append((p.stem, yaml.safe_load(p.read_text(encoding="utf-8")) or {}))
    bundled = resources.files("sitrep.data").joinpath("actors")
    names = sorted(p.name for p in bundled.iterdir() if p.name.endswith((".yaml", ".yml")))
    last = {"international.yaml": 1, "generic.yaml": 2}
    for name in sorted(names, key=lambda n: (last.get(n, 0), n)):
        with bundled.joinpath(name).open(encoding="utf-8") as f:
            out.append((name.rsplit(".", 1)[0], yaml.safe_load(f) or {}))
    return out


def _case_sensitive(alias: str) -> bool:
    # Acronyms ("IS", "ISF", "SAA") must not match ordinary words ("is").
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(alias) <= 6


class ActorCatalog:
    def __init__(self) -> None:
        self.by_alias: dict[str, list[Actor]] = {}
        self.country_mentions: dict[str, list[str]] = {}
        for _stem, data in _actor_files():
            country = data.get("country") or ""
            if country:
                self.country_mentions.setdefault(country, list(data.get("mentions") or [country]))
            for a in data.get("actors") or []:
                actor = Actor(name=a["name"], inter=int(a["inter"]), side=a.get("side", ""),
                              country=country, victim=bool(a.get("victim", False)),
                              authority=bool(a.get("authority", False)))
                for alias in [a["name"], *(a.get("aliases") or [])]:
                    if "{" in alias:
                        continue
                    key = alias if _case_sensitive(alias) else alias.lower()
                    self.by_alias.setdefault(key, []).append(actor)
            self._add_states(data)
        # "Military Forces" -> its template, to name the country once the place is known
        self.templates: dict[str, Actor] = {
            a.display(None): a for cands in self.by_alias.values() for a in cands
            if "{country}" in a.name}
        self._matchers: tuple[PhraseMatcher, PhraseMatcher] | None = None

    def _add_states(self, data: dict) -> None:
        """Demonym aliases for any country's forces (states.yaml); a country file's own
        alias ("Turkish forces", "Iraqi army") keeps its actor."""
        named = {a.name: a for cands in self.by_alias.values() for a in cands}
        for st in data.get("states") or []:
            country = st["country"]
            for words, name in ((data.get("military_words") or [], f"Military Forces of {country}"),
                                (data.get("police_words") or [], f"Police Forces of {country}")):
                actor = named.get(name) or Actor(name=name, inter=8, side=country.lower(),
                                                 country=country)
                # "Sudanese troops", and "Sudan's armed forces" as wires write it
                owners = [*st["demonyms"], f"{country}'s", f"{country}’s"]
                for dem in owners:
                    for w in words:
                        key = f"{dem} {w}".lower()
                        if key not in self.by_alias:
                            self.by_alias[key] = [actor]

    def aliases(self) -> list[str]:
        return list(self.by_alias)

    def lookup(self, alias: str, country: str | None = None) -> Actor | None:
        key = alias if alias in self.by_alias else alias.lower()
        cands = self.by_alias.get(key)
        if not cands:
            return None
        if country:
            for a in cands:
                if a.country == country:
                    # a state's own forces at home are state forces (1), not external (8)
                    return replace(a, inter=1) if a.inter == 8 else a
        # With no country known, a generic word ("government troops") is the generic
        # actor, not the first country file's ("Military Forces of Syria" in an Iraqi report).
        for a in cands:
            if not a.country:
                return a
        return cands[0]

    def guess_country(self, text: str) -> str | None:
        best, n_best = None, 0
        for country in self.country_mentions:
            n = self.mentions(text, country)
            if n > n_best:
                best, n_best = country, n
        return best

    def mentions(self, text: str, country: str) -> int:
        return sum(text.count(w) for w in self.country_mentions.get(country, ()))

    def report_country(self, text: str, monitor: str | None) -> str | None:
        """The country whose actors a report names: the monitor's, unless the report names
        another more often ("Lebanese soldiers" in an Iraq monitor's feed; Derna's militants
        "outside Iraq and Syria" are still Libya's)."""
        guessed = self.guess_country(text)
        if not monitor:
            return guessed
        if guessed and guessed != monitor and monitor in self.country_mentions \
                and self.mentions(text, guessed) > self.mentions(text, monitor):
            return guessed
        return monitor

    def localise(self, mention, country: str) -> None:
        """Name the country of a generic actor the report left country-less ("Army" ->
        "Military Forces of Iraq") from the country its event was placed in."""
        if not country:
            return
        for f in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"):
            actor = self.templates.get(getattr(mention, f) or "")
            if actor is not None:
                setattr(mention, f, actor.display(country))

    def bind(self, nlp) -> None:
        """Build the alias matchers for this pipeline's vocabulary."""
        lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        for key in self.by_alias:
            target = orth if _case_sensitive(key) else lower
            target.add(key, [nlp.make_doc(key)])
        self._matchers = (lower, orth)

    def find(self, doc, country: str | None = None) -> list[ActorMention]:
        if self._matchers is None:
            raise RuntimeError("ActorCatalog.bind(nlp) must be called first")
        spans = []
        for matcher in self._matchers:
            for match_id, s, e in matcher(doc):
                span = doc[s:e]
                span.label_ = doc.vocab.strings[match_id]
                spans.append(span)
        out: list[ActorMention] = []
        for span in filter_spans(spans):
            actor = self.lookup(span.label_, country)
            if not actor:
                continue
            prev = out[-1] if out else None
            if prev and prev.end == span.start and "{country}" in actor.name \
                    and "{country}" not in prev.actor.name and not actor.victim:
                # "Daesh militants": the named group, not an unidentified one
                out[-1] = ActorMention(prev.actor, prev.start, span.end, prev.start_char,
                                       span.end_char, doc[prev.start:span.end].text)
                continue
            out.append(ActorMention(actor, span.start, span.end, span.start_char, span.end_char,
                                    span.text))
        return out
