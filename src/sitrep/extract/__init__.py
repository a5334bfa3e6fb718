"""sitrep.extract stage: report text -> typed event mentions with actors, places, dates,
casualties and evidence spans."""

import sys
import types

from sitrep.extract.extractor import Extractor

__all__ = ["Extractor"]


class _CallableModule(types.ModuleType):
    """Importing this package rebinds `sitrep.extract` to it, which would hide the
    notebook function `sitrep.extract(text, ...)`; calling the package keeps that working."""

    def __call__(self, text, published=None, country=None, source="", title=""):
        from sitrep.pipeline import extract

        return extract(text, published=published, country=country, source=source, title=title)


sys.modules[__name__].__class__ = _CallableModule
