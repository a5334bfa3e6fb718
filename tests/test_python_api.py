"""The notebook entry point stays callable even after the extract stage is imported."""

import sitrep
import sitrep.extract  # noqa: F401  (rebinding sitrep.extract must not break the call)


def test_extract_is_callable_and_typed():
    events = sitrep.extract("A car bomb exploded at a police checkpoint in the Dura district of "
                            "southern Baghdad on Thursday, killing five people and wounding 14.",
                            published="2014-10-31", country="Iraq")
    assert events, "one car bomb should give one event"
    e = events[0]
    assert isinstance(e, sitrep.EventMention)
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert (e.killed_min, e.killed_max, e.injured_min, e.injured_max) == (5, 5, 14, 14)
    assert e.event_date.isoformat() == "2014-10-30"
    assert e.place is not None and e.place.admin1 == "Baghdad"
