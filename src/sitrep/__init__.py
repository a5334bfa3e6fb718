"""sitrep: news reports about armed conflict -> a deduplicated, geocoded incident database.

Notebook use::

    import sitrep
    events = sitrep.extract("A car bomb killed 5 in Dura on Thursday.",
                            published="2014-10-31", country="Iraq")
"""

from sitrep.model import EventMention, Evidence, Incident, Place, Quarantined, Report

__version__ = "0.1.0"
__all__ = ["extract", "EventMention", "Evidence", "Incident", "Place", "Quarantined", "Report"]


def extract(text, published=None, country=None, source="", title=""):
    """Events in `text`, dated against `published`, placed within `country`."""
    from sitrep.pipeline import extract as _extract

    return _extract(text, published=published, country=country, source=source, title=title)
