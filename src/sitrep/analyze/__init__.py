"""sitrep.analyze stage: figures, charts and situation reports from incidents.

    from sitrep import analyze
    analyze.tally(incidents, by="year")            # DataFrame
    analyze.trace(incidents, by="month")           # + incident_ids per row
    analyze.share(incidents, actor="Islamic State")
    analyze.annualise(incidents, 2014, as_of="2014-10-31", compare_with=[2007, 2008])
    analyze.compare_periods(incidents, "2014-01..2014-10", "2013-01..2013-10")
    analyze.compare(ours, ucdp, by=("month", "admin1"))
    analyze.situation_report(incidents, date_from, date_to, fmt="md")
    from sitrep.analyze import charts              # charts.timeline_chart / admin1_chart
"""

from sitrep.analyze.figures import (
                                    annual_factor,
                                    annualise,
                                    compare,
                                    compare_periods,
                                    parse_period,
                                    share,
                                    tally,
                                    trace,
)
from sitrep.analyze.frame import civilian_range, injured_range, killed_range, to_frame
from sitrep.analyze.report import situation_report

__all__ = [
                                    "annual_factor",
                                    "annualise",
                                    "civilian_range",
                                    "compare",
                                    "compare_periods",
                                    "injured_range",
                                    "killed_range",
                                    "parse_period",
                                    "share",
                                    "situation_report",
                                    "tally",
                                    "to_frame",
                                    "trace",
]
