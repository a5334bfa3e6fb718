"""sitrep.extract stage: report text -> typed event mentions with actors, places, dates,
casualties and evidence spans."""

from sitrep.extract.extractor import Extractor

__all__ = ["Extractor"]
