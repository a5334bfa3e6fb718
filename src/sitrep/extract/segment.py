"""Cut a parsed report into event clauses.

One sentence usually tells one event, but lists tell several: semicolon lists, bullet
lines ("VBIED targets: a checkpoint in X (4 killed); a market in Y (...)"), and
"..., while in X, ..." / "Meanwhile, ..." sentences. Items of a list keep the list's
heading (the text before its colon), which often carries the event type and actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_BREAKS = re.compile(
    # not before another source's bare figure: "four were killed; the SDF said 2"
    r";(?!\s*(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+(?:said|says|claimed|reported|gave|acknowledged|"
    r"admitted|counted|confirmed|cited)\s+"
    r"[\w,-]+(?:\s*(?:[.;]|$)|(?<=\d)\s*,))|\n+|(?:,\s*|\s)(?=(?:while|whereas) (?:in|at|near|on)\b)|,\s*(?=(?:while|whereas)\s)"
    # (nor there: "at least 43 killed, while a health official gave 42")
    # ("..., while a security official put the number at 36", "..., while one of the targeted
    # parties said 16 of its members died": another source on the same dead)
    r"(?!(?:while|whereas)\s+(?:the\s+|a\s+|an\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?\s+"
    r"(?:said|says|claimed|reported|gave|put|puts|counted|estimated|spoke\s+of|cited|confirmed|"
    r"acknowledged|recorded|documented)\s+"
    r"(?:(?:it|the|its|their|a)\s+(?:[\w-]+\s+)?(?:at\s+)?)?"
    r"(?:(?:about|around|some|nearly|almost|roughly|at\s+least|more\s+than|over|up\s+to)\s+)?"
    r"[\w,-]+(?:\s*(?:[.;]|$)|(?<=\d)\s*,|\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:dead|died|killed|deaths?|fatalities|victims)\b))"
    # "a car bomb killed five in Dura and another killed three on Palestine Street"
    r"|(?:,\s*|\s)(?=and (?:another|a second|a third)\s+(?:\w+\s+){0,2}?"
    r"(?:killed|kill|wounded|injured|struck|hit|exploded|went off|targeted|blew up)\b)"
    r"|(?<=[\s,])(?=(?:Meanwhile|Elsewhere|Separately|In (?:another|a separate) (?:attack|incident"
    r"|development|bombing)|In other violence)\b)"
)
PARAGRAPHS = "sitrep_paragraphs"


# Where a phrase opened by a marker ("days after ...", "suspected of ...") stops: the next
# comma, semicolon, colon, parenthesis, dash or sentence end.
_PHRASE_END = re.compile(r"[,;:.!?()]|\s[-–—]+\s")


def marked_ranges(marker: re.Pattern, text: str, start: int, end: int,
                  after_marker: bool = False) -> list[tuple[int, int]]:
    """Char ranges of text[start:end] from each `marker` match (or from its end) to where
    its phrase stops."""
    out = []
    pos = start
    while True:
        m = marker.search(text, pos, end)
        if not m:
            return out
        stop = _PHRASE_END.search(text, m.end(), end)
        b = stop.start() if stop else end
        out.append((m.end() if after_marker else m.start(), b))
        pos = max(b, m.end())


def add_paragraph_breaks(nlp) -> None:
    """A line break ends a sentence: a headline, a dateline or a paragraph is not parsed
    into the sentence after it ("... killed in Ras al-Ma\n\nRAMADI - Fighters of ...")."""
    from spacy.language import Language

    if PARAGRAPHS in nlp.pipe_names or "parser" not in nlp.pipe_names:
        return
    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=_paragraph_breaks)
    nlp.add_pipe(PARAGRAPHS, before="parser")


def _paragraph_breaks(doc):
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if "\n" in prev.text_with_ws[len(prev.text):] or (prev.is_space and "\n" in prev.text):
            doc[i].is_sent_start = True
        elif i >= 2 and prev.text == ":" and _ACRONYM.fullmatch(doc[i - 2].text) \
                and doc[i].is_title:
            # ACLED's "CODECO: Cooperative for Development of the Congo" is one name, not a
            # sentence ending at the colon
            doc[i].is_sent_start = False
    return doc


_ACRONYM = re.compile(r"[A-Z][A-Z0-9-]{1,9}")


_HEADING = re.compile(r"^\s*(?:[•\-*–·]\s*)?([^:;\n]{3,120}?):\s+")
_BULLET = re.compile(r"^\s*[•\-*–·]\s*")


@dataclass
class Clause:
    start: int  # character offsets in the report text
    end: int
    sent_start: int
    sent_end: int
    heading: tuple[int, int] | None = None  # the list heading's offsets, if an item of a list
    list_item: bool = False  # one of several items cut from one sentence or line
    paragraph: int = 0


def doc_text(doc) -> str:
    """`doc.text`, joined once per doc: spaCy rebuilds it from every token on each access
    (was ~30 whole-doc walks per article, one per clause and per event)."""
    text = doc.user_data.get("sitrep_text")
    if text is None:
        text = doc.user_data["sitrep_text"] = doc.text
    return text


def clauses(doc) -> list[Clause]:
    text = doc_text(doc)
    out: list[Clause] = []
    for sent in doc.sents:
        s0, s1 = sent.start_char, sent.end_char
        if not text[s0:s1].strip():
            continue
        paragraph = text.count("\n\n", 0, s0)
        pieces: list[tuple[int, int, bool]] = []
        pos, newline = s0, True
        for m in _BREAKS.finditer(text[s0:s1]):
            pieces.append((pos, s0 + m.start(), newline))
            pos, newline = s0 + m.end(), "\n" in m.group()
        pieces.append((pos, s1, newline))
        heading = None
        many = sum(1 for a, b, _ in pieces if text[a:b].strip()) > 1
        for a, b, newline in pieces:
            seg = text[a:b]
            if not seg.strip():
                continue
            if newline:  # a heading's list does not run past the end of its line
                heading = None
            b2 = a + len(seg.rstrip(" .,\t"))
            bm = _BULLET.match(seg)
            if bm:
                a += bm.end()
                heading = None
                seg = text[a:b2]
            hm = _HEADING.match(seg)
            if hm and len(hm.group(1).split()) <= 12 and many:
                heading = (a + hm.start(1), a + hm.end(1))
                a += hm.end()
            else:
                a += len(seg) - len(seg.lstrip())
            if b2 <= a:
                continue
            out.append(Clause(a, b2, s0, s1, heading, many, paragraph))
    return out
