"""Place-name normalisation: one key per spelling family.

Transliterated Arabic names come in many spellings (Al-Fallujah, Falluja,
Fallūjah). Three levels of key, tried in order by the gazetteer:
  norm      lower-case ASCII, punctuation and diacritics gone
  bare      norm without Arabic article tokens (al-, el-, ash-, ad- ...)
  skeleton  bare with vowels and look-alike letters folded (Baiji = Bayji = Beiji)
"""

from __future__ import annotations

import re
import unicodedata

_APOS = dict.fromkeys(map(ord, "'’‘`´ʼʻʿʾ′"), None)
# Letters NFKD does not decompose.
_FOLD = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")

ARTICLES = frozenset(["al", "el", "ar", "as", "ash", "ad", "adh", "at", "ath", "az", "an", "aal", "il", "ul", "ez", "es", "ed", "et", "ur", "us"])
# Words describing what a place is; stripped to reach the name ("Al Fallujah town").
FEATURE_WORDS = {
    "province": "admin1", "governorate": "admin1", "muhafazat": "admin1", "wilayah": "admin1",
    "district": "admin2", "qada": "admin2", "subdistrict": "admin2", "nahiyat": "admin2",
    "city": "city", "town": "city", "village": "city", "hamlet": "city", "locality": "city",
    "neighbourhood": "part", "neighborhood": "part", "quarter": "part", "suburb": "part",
    "area": "part", "region": "part",
}
# "southern Baghdad": a part of the place, not its centre.
DIRECTION_WORDS = frozenset(
    ["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "downtown", "greater", "outer", "inner", "rural"])


def norm(text: str) -> str:
    s = unicodedata.normalize("NFKD", text.translate(_APOS))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().translate(_FOLD)
    return _NON_ALNUM.sub(" ", s).strip()


def ascii_form(name: str) -> str:
    """'Al Fallūjah' -> 'Al Fallujah': case kept, diacritics and ayn/hamza marks dropped."""
    s = unicodedata.normalize("NFKD", name.replace("’", "'").replace("‘", ""))
    return "".join(c for c in s if not unicodedata.combining(c) and c not in "ʿʾ").translate(_FOLD)


def bare(key: str) -> str:
    """Drop article tokens, keeping at least one token ("al anbar" -> "anbar")."""
    toks = key.split()
    kept = [t for t in toks if t not in ARTICLES]
    # "al-Sakhar" written joined: "alsakhar" is left alone on purpose (too ambiguous).
    return " ".join(kept) if kept else key


_SKEL_SUBS = [
    (re.compile(r"ou|oo"), "u"), (re.compile(r"ee|ei|ey|ai|ay|ie"), "i"),
    (re.compile(r"dh|th|zh"), "z"), (re.compile(r"kh|gh"), "k"), (re.compile(r"q|c(?!h)"), "k"),
    (re.compile(r"sh|ch"), "s"), (re.compile(r"ph"), "f"), (re.compile(r"j"), "j"),
]
_VOWELS = re.compile(r"[aeiouyw]+")


def skeleton(key: str) -> str:
    """Fold transliteration variants: vowels and vowel-like y/w become 'a', doubled letters
    collapse, a final -h after a vowel goes (Dura = Dora = Dawrah, Hit = Heet)."""
    out = []
    for tok in bare(key).split():
        first = tok[0] if tok[0] in "yw" else ""  # leading y/w are consonants (Yusufiyah)
        t = tok[len(first):]
        for pat, rep in _SKEL_SUBS:
            t = pat.sub(rep, t)
        t = re.sub(r"(.)\1+", r"\1", t)
        t = re.sub(r"([aeiouyw])h$", r"\1", t)
        t = _VOWELS.sub("a", t)
        out.append(first + t)
    return "".join(out)


def keys(name: str) -> tuple[str, str, str]:
    k = norm(name)
    return k, bare(k), skeleton(k) if k else ""


def is_latin(name: str) -> bool:
    """True when the name is written in Latin script (diacritics allowed)."""
    return all(ord(c) < 0x250 or c in "’‘ʿʾ" or unicodedata.combining(c)
               or 0x1E00 <= ord(c) <= 0x1EFF for c in unicodedata.normalize("NFC", name))


def _feature(word: str) -> str:
    return norm(word).replace(" ", "")  # "sub-district" is "subdistrict"


def split_phrase(text: str) -> tuple[str, str, bool]:
    """'southern Baghdad province' -> ('Baghdad', 'admin1', part=True).

    Returns the name with direction and feature words removed, the feature hint
    the words gave (admin1, admin2, city, part or ''), and whether the phrase
    names only part of the place.
    """
    words = text.replace(",", " ").split()
    hint, part = "", False
    while words and words[0].lower() in ("the", "of", "in", "at"):
        words.pop(0)
    while words and words[0].lower() in DIRECTION_WORDS:
        words.pop(0)
        part = True
        while words and words[0].lower() in ("the", "of", "part", "parts", "outskirts"):
            words.pop(0)
    # One feature word: "Sadr City district" is the district of Sadr City, not of "Sadr"
    # (this was a loop that never ended once a hint was set)
    if len(words) > 1 and _feature(words[-1]) in FEATURE_WORDS:
        hint = hint or FEATURE_WORDS[_feature(words.pop())]
    while len(words) > 1 and _feature(words[0]) in FEATURE_WORDS and words[1].lower() == "of":
        hint = hint or FEATURE_WORDS[_feature(words[0])]
        words = words[2:]
    return " ".join(words), hint, part


# "Mount Bashiqa", "Al-Hol camp", "Qayyarah West airbase": a site named after a town. When the
# site itself is unknown, the town is the nearest named place (placed less precisely). Not a
# dam: Mosul Dam is 40 km from Mosul.
_FACILITY = re.compile(
    r"^(?:mount|mt\.?|camp)\s+(?P<a>\S.*)$"
    r"|^(?P<b>\S.*?)(?:\s+(?:north|south|east|west))?\s+(?:military\s+)?(?:camp|air\s?base|base|"
    r"airport|air\s?field|airstrip|prison|(?:oil|gas)\s+field|refinery|checkpoint|bridge|"
    r"hospital|market|mosque|university|stadium|(?:border\s+)?crossing|junction|roundabout|"
    r"power\s+(?:station|plant)|mountains?)$", re.IGNORECASE)


def facility_head(name: str) -> str | None:
    """'Al-Hol camp' -> 'Al-Hol'; 'Mount Bashiqa', 'Camp Taji' -> the town; None when no
    site word."""
    m = _FACILITY.match(name.strip())
    return (m.group("a") or m.group("b")).strip() if m else None

