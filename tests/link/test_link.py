from datetime import date, datetime

import pytest

from sitrep.link import explain, link
from sitrep.link.settings import load_model
from sitrep.model import Correction

from .conftest import BAGHDAD, MOSUL, mention

KARRADA = {"name": "Karrada", "country": "Iraq", "admin1": "Baghdad", "latitude": 33.30, "longitude": 44.43,
               "geo_precision": 1, "gazetteer_id": "sitrep:karrada"}


def groups(result):
    return sorted(sorted(m for m, _ in ms) for ms in result.members.values())


def test_model_has_explicit_m_u_and_threshold_from_file():
    model = load_model()
    for comp in model.splink["comparisons"]:
        for lvl in comp["comparison_levels"]:
            if not lvl.get("is_null_level"):
                assert 0 < lvl["m_probability"] <= 1 and 0 < lvl["u_probability"] <= 1
    assert isinstance(model.threshold_match_weight, float)
    assert model.max_span_days >= 1


def test_three_reports_of_one_car_bomb_become_one_incident(car_bomb_reports):
    res = link(car_bomb_reports)
    assert len(res.incidents) == 1
    inc = res.incidents[0]
    assert inc.sources == ["AFP", "AP", "Reuters"]
    assert (inc.killed_min, inc.killed_max) == (10, 15)
    assert inc.match_weight is not None and inc.match_weight >= load_model().threshold_match_weight
    assert all(w is not None for _, w in res.members[inc.id])


def test_two_car_bombs_in_one_report_stay_two_incidents():
    a0 = mention("a", 0, source="Reuters", killed=(7, 7))
    a1 = mention("a", 1, source="Reuters", killed=(7, 7))  # identical wording, same report
    b0 = mention("b", 0, source="AFP", killed=(7, 7))
    res = link([a0, a1, b0])
    assert len(res.incidents) == 2
    for ms in res.members.values():
        assert len({m.split(":")[0] for m, _ in ms}) == len(ms)  # never two of one report


def test_no_merge_across_far_dates_or_places():
    base = mention("a", source="Reuters")
    later = mention("b", source="AFP", day=date(2014, 3, 12))
    mosul = mention("c", source="AP", place=MOSUL,
                    notes="A car bomb exploded near a market in Mosul.")
    res = link([base, later, mosul])
    assert len(res.incidents) == 3


def test_aggregate_mentions_never_become_or_join_incidents(car_bomb_reports):
    toll = mention("agg", source="AFP", killed=(800, 800), is_aggregate=True,
                   notes="The March toll tops 800.")
    res = link([*car_bomb_reports, toll])
    assert len(res.incidents) == 1
    assert "agg:0" not in res.incidents[0].mention_ids
    assert res.incidents[0].killed_max == 15


def test_corrections_split_and_merge_survive_relinking(car_bomb_reports):
    far = mention("z", source="BBC", place=MOSUL, notes="Car bomb in Mosul.")
    split = Correction("split", ["r3:0"], who="ana", why="different blast",
                       when=datetime(2014, 3, 5))
    merge = Correction("merge", ["z:0", "r1:0"], who="ana", why="same attack",
                       when=datetime(2014, 3, 6))
    res = link([*car_bomb_reports, far], corrections=[split])
    assert groups(res) == [["r1:0", "r2:0"], ["r3:0"], ["z:0"]]
    res = link([*car_bomb_reports, far], corrections=[split, merge])
    assert groups(res) == [["r1:0", "r2:0", "z:0"], ["r3:0"]]


def _day_of_incidents():
    """Several incidents over a few days in two provinces, reported by several outlets."""
    out = []
    for d, place, killed in [(2, BAGHDAD, 12), (2, KARRADA, 4), (3, BAGHDAD, 30), (2, MOSUL, 6),
                             (5, MOSUL, 9)]:
        for k, src in enumerate(["Reuters", "AFP", "AP"][: 1 + (killed % 3)]):
            out.append(mention(f"{src}-{d}-{place['name']}", source=src, day=date(2014, 3, d),
                               place=place, killed=(killed + k, killed + k), injured=(None, None),
                               notes=f"Bomb in {place['name']} kills {killed + k}."))
    return out


def _ingest(batches):
    """Link batch by batch the way the pipeline does, keeping a tiny in-memory store."""
    incidents, members, mentions = {}, {}, {}
    for batch in batches:
        res = link(batch, incidents=list(incidents.values()), existing_members=members,
                   existing_mentions=list(mentions.values()))
        for i in res.retired:
            incidents.pop(i), members.pop(i)
        for inc in res.incidents:
            incidents[inc.id] = inc
            members[inc.id] = [m for m, _ in res.members[inc.id]]
        mentions.update({m.id: m for m in batch})
    return {i: (sorted(members[i]), incidents[i].killed_min, incidents[i].killed_max,
                incidents[i].sources) for i in incidents}


def test_result_does_not_depend_on_batches_or_order():
    ms = _day_of_incidents()
    one = _ingest([ms])
    assert len(one) == 5
    assert one == _ingest([ms[: len(ms) // 2], ms[len(ms) // 2:]])
    assert one == _ingest([ms[::-1]])
    assert one == _ingest([[m] for m in reversed(ms)])


def test_explain_gives_weights_and_contributions(car_bomb_reports):
    res = link(car_bomb_reports)
    pairs = explain(res.incidents[0], car_bomb_reports)
    assert len(pairs) == 3
    top = pairs[0]
    assert top.weight >= pairs[-1].weight
    assert 0 < top.probability < 1
    assert {"date", "distance", "type", "figures", "text"} <= set(top.contributions)
    assert top.contributions["date"] > 0  # same day counts for the match
    assert sum(top.contributions.values()) == pytest.approx(
        top.weight - load_model_prior_weight(), abs=1e-6)


def load_model_prior_weight():
    from sitrep.link.settings import probability_to_weight

    return probability_to_weight(load_model().splink["probability_two_random_records_match"])
