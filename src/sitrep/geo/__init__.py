"""sitrep.geo stage: offline gazetteer and geocoder.

    from sitrep.geo import Geocoder
    g = Geocoder()
    g.place_names()                      # names for the extractor's EntityRuler
    g.geocode(mentions, report, country) # sets mention.place
    g.locate("Dura", ["southern Baghdad"], country="Iraq") -> Place | None
"""

from sitrep.geo.admin import canonical_admin1
from sitrep.geo.geocoder import Geocoder

__all__ = ["Geocoder", "canonical_admin1"]
