"""Comparison keys for place phrases, shared by the stages that compare what reports wrote.

"the Dujail district", "Dujail" and "Dujaïl" are one place to a reader; the
gazetteer (sitrep.geo) decides what a name *is*, this only says when two
phrases name the same thing.
"""

from __future__ import annotations

import re
import unicodedata

_PLACE_WORDS = re.compile(
    r"\b(?:the|district|sub-district|subdistrict|area|province|governorate|city|town|village|"
    r"neighbou?rhood|region|(?:south|north)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|"
    r"central|outskirts|of)\b", re.IGNORECASE)


def fold(text: str) -> str:
    """Lower case without diacritics or apostrophes: "Sāmarrā’" -> "samarra"."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[’'`ʿʾ‘]", "", text).lower()


def place_key(text: str) -> str:
    """A place phrase without feature words, directions or diacritics ("" if nothing is left)."""
    return " ".join(_PLACE_WORDS.sub(" ", fold(text)).split())
