from datetime import date

from sitrep.link.incident import build_incident, incident_id

from .conftest import mention


def test_range_spans_sources_and_best_is_median(car_bomb_reports):
    inc = build_incident(car_bomb_reports)
    assert (inc.killed_min, inc.killed_max) == (10, 15)
    # outlets' figures 12, 14.5, 10 -> median 12
    assert inc.killed_best == 12
    assert (inc.injured_min, inc.injured_max) == (25, 40)
    assert inc.fatalities == 10  # ACLED: most conservative
    assert inc.sources == ["AFP", "AP", "Reuters"]
    assert inc.report_ids == ["r1", "r2", "r3"]
    assert inc.id == incident_id(["r1:0", "r2:0", "r3:0"])


def test_updated_toll_from_same_outlet_replaces_earlier_figure():
    early = mention("a1", source="Reuters", killed=(5, 5), published=date(2014, 3, 2))
    later = mention("a2", source="Reuters", killed=(21, 21), published=date(2014, 3, 3))
    other = mention("b1", source="AFP", killed=(18, 20))
    inc = build_incident([early, later, other])
    assert (inc.killed_min, inc.killed_max) == (18, 21)  # 5 was superseded, not widened
    assert inc.sources == ["AFP", "Reuters"]
    assert inc.report_ids == ["a1", "a2", "b1"]


def test_date_and_place_follow_the_most_precise_members():
    vague = mention("v", day=date(2014, 3, 1), time_precision=2,
                    place={"name": "Baghdad", "country": "Iraq", "admin1": "Baghdad", "latitude": 33.3,
                               "longitude": 44.4, "geo_precision": 3})
    a = mention("a")
    b = mention("b")
    inc = build_incident([vague, a, b])
    assert inc.event_date == date(2014, 3, 2) and inc.time_precision == 1
    assert inc.place.name == "Dura" and inc.place.geo_precision == 1


def test_event_type_follows_the_voted_sub_event_type():
    from sitrep.link.incident import build_incident
    from sitrep.model import EventMention

    def m(i, et, sub):
        return EventMention(report_id=f"r{i}", source=f"s{i}", event_type=et, sub_event_type=sub)

    inc = build_incident([m(1, "Explosions/Remote violence", "Remote explosive/landmine/IED"),
                          m(2, "Explosions/Remote violence", "Suicide bomb"),
                          m(3, "Violence against civilians", "Attack"),
                          m(4, "Violence against civilians", "Attack")])
    assert (inc.event_type, inc.sub_event_type) == ("Violence against civilians", "Attack")
