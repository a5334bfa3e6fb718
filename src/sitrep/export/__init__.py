"""sitrep.export stage: incidents in the formats researchers already load.

    from sitrep.export import write, to_geojson
    write(incidents, "out.csv", "acled")   # acled | ucdp | geojson | parquet | jsonl | csv
    from sitrep.export.imports import import_ucdp, import_acled
"""

from sitrep.export.formats import acled_frame, columns, ucdp_frame
from sitrep.export.writers import FORMATS, flat_frame, to_geojson, write

__all__ = ["FORMATS", "acled_frame", "columns", "flat_frame", "to_geojson", "ucdp_frame", "write"]
