"""Which comparison level the disagreements real reports of one event show fall in.

The weights of the levels are learnt (scripts/train_linker.py); these tests pin the
conditions, not the weights.
"""
import math

import pytest

from sitrep.link import explain
from sitrep.link.settings import load_model, related_types_sql
from sitrep.model import Incident
from sitrep.names import place_key

from .conftest import BAGHDAD, mention

SAMARRA = {"name": "Samarra", "country": "Iraq", "admin1": "Salah al-Din", "latitude": 34.20,
           "longitude": 43.87, "geo_precision": 2, "gazetteer_id": "geonames:samarra"}
BALAD_BASE = {"name": "Balad Airbase", "country": "Iraq", "admin1": "Salah al-Din",
              "latitude": 33.94, "longitude": 44.36, "geo_precision": 2,
              "gazetteer_id": "sitrep:balad-airbase"}
UNRESOLVED = {"name": "Kurat", "country": "Iraq", "geo_precision": 3}


def level(a, b, name):
    """The label of the first comparison level whose SQL holds for the pair (levels may
    share a weight: the neutral ones are all 0)."""
    import duckdb

    from sitrep.link.records import to_record, to_table

    comp = next(c for c in load_model().splink["comparisons"] if c["output_column_name"] == name)
    con = duckdb.connect()
    con.register("l_t", to_table([to_record(a)]))
    con.register("r_t", to_table([to_record(b)]))
    cols = to_table([to_record(a)]).schema.names
    select = ", ".join([f"l.{c} AS {c}_l" for c in cols] + [f"r.{c} AS {c}_r" for c in cols])
    con.execute(f"CREATE TABLE pair AS SELECT {select} FROM l_t l, r_t r")
    for lv in comp["comparison_levels"]:
        if con.execute(f"SELECT {lv['sql_condition']} FROM pair").fetchone()[0]:
            return lv["label_for_charts"]
    raise AssertionError(f"no level of {name} holds")


def test_place_key_ignores_feature_words_directions_and_diacritics():
    assert place_key("the Dujail district") == place_key("Dujail") == "dujail"
    assert place_key("Sāmarrā’") == "samarra"
    assert place_key("south-western Baghdad") == "baghdad"
    assert place_key("Furat sub-district") == "furat"
    assert place_key("Anbar province") == "anbar"
    assert place_key("the outskirts of Fallujah") == "fallujah"
    assert place_key("district") == ""


def test_attack_and_armed_clash_are_related_not_unrelated():
    clash = mention("a", event_type="Battles", sub="Armed clash", weapon="")
    attack = mention("b", event_type="Violence against civilians", sub="Attack", weapon="")
    strike = mention("c", event_type="Explosions/Remote violence", sub="Air/drone strike",
                     weapon="")
    assert level(clash, attack, "type") == "related types"
    assert level(clash, strike, "type") == "different type"
    assert level(clash, mention("d", event_type="Battles", sub="Armed clash"), "type") == \
        "same sub-event type"


def test_related_types_sql_is_symmetric_and_quoted():
    sql = related_types_sql([["Attack", "Armed clash"], ["Looting/property destruction", "O'x"]])
    assert "sub_event_type_l = 'Attack' AND sub_event_type_r = 'Armed clash'" in sql
    assert "sub_event_type_l = 'Armed clash' AND sub_event_type_r = 'Attack'" in sql
    assert "'O''x'" in sql
    assert related_types_sql([]) == "FALSE"


def test_an_unnamed_perpetrator_is_not_evidence_of_another_one():
    named = mention("a", actor1="Islamic State", actor2="Police Forces of Iraq")
    unnamed = mention("b", actor1="Unidentified Armed Group (Iraq)", actor2="Civilians (Iraq)")
    other = mention("c", actor1="Popular Mobilization Forces", actor2="Civilians (Iraq)")
    common = mention("d", actor1="Islamic State", actor2="Civilians (Iraq)")
    assert level(named, unnamed, "actors") == "a perpetrator unnamed"
    assert level(named, other, "actors") == "no actor in common"
    assert level(named, common, "actors") == "an actor in common"


def test_captive_counts_compare_abducted_with_arrested():
    kw = dict(killed=(None, None), injured=(None, None), event_type="Violence against civilians",
              weapon="")
    seized = mention("a", sub="Abduction/forced disappearance", abducted_min=70, abducted_max=70,
                     **kw)
    detained = mention("b", sub="Arrests", arrested_min=70, arrested_max=70, **kw)
    few = mention("c", sub="Arrests", arrested_min=3, arrested_max=3, **kw)
    assert level(seized, detained, "figures") == "same figure"
    assert level(seized, few, "figures") == "different figures"
    # killed is compared first when both give it
    a = mention("e", killed=(30, 30), abducted_min=137, abducted_max=137)
    b = mention("f", killed=(None, None), abducted_min=101, abducted_max=101)
    assert level(a, b, "figures") == "close figures"
    assert level(a, mention("g", killed=(30, 30), abducted_min=5, abducted_max=5), "figures") \
        == "same figure"


def test_a_place_the_other_report_also_names():
    # ~50 km apart: "south-east of Samarra and near Balad Airbase" vs "near Balad Airbase"
    a = mention("a", place=SAMARRA, location_context=["Balad Airbase"])
    b = mention("b", place=BALAD_BASE, location_context=[])
    c = mention("c", place=SAMARRA, location_context=[])
    assert level(a, b, "distance") == "one names the other's place"
    assert level(c, b, "distance") == "within 60 km"


def test_an_unresolved_place_is_unknown_not_far_away():
    placed = mention("a", place=BAGHDAD)
    unresolved = mention("b", place=UNRESOLVED)
    far = mention("c", place=SAMARRA)
    assert level(placed, unresolved, "distance") == "one place unresolved"
    assert level(placed, far, "distance") == "far apart or different admin1"


def test_levels_reports_of_one_event_show_but_ucdp_cannot_are_neutral():
    # UCDP codes one place per event, so these never occur between its true pairs; in
    # sitrep's own reading they do, about as often as between different events.
    comp = next(c for c in load_model().splink["comparisons"]
                if c["output_column_name"] == "distance")
    weights = {lv["label_for_charts"]: math.log2(lv["m_probability"] / lv["u_probability"])
               for lv in comp["comparison_levels"] if not lv.get("is_null_level")}
    for label in ("one names the other's place", "same admin1 (no coordinates)",
                  "one place unresolved"):
        assert abs(weights[label]) < 1e-9
    assert weights["same place or within 2 km"] > 2
    assert weights["far apart or different admin1"] < -3
    assert sum(lv["m_probability"] for lv in comp["comparison_levels"]
               if not lv.get("is_null_level")) == pytest.approx(1)


def test_rare_words_are_the_uncommon_ones():
    from sitrep.link.records import rare, tokens

    words = tokens("Militants seized 70 men of the Jubur tribe after Brimstone strikes")
    assert set(rare(words)) == {"jubur", "brimstone"}
    assert rare(tokens("Militants attacked a police checkpoint")) is None


def test_a_shared_rare_word_lifts_reports_that_share_few_words():
    a = mention("a", place=None, weapon="", notes="In a separate incident the group shot dead policemen from the "
                           "Qaraghol district, a local official told reporters by telephone.")
    b = mention("b", place=None, weapon="", notes="Islamic State militants executed members of the Iraqi police from "
                           "Qaraghol in western Anbar on Wednesday, a tribal source said.")
    c = mention("c", place=None, weapon="", notes="Islamic State militants executed members of the Iraqi police in "
                           "western Anbar on Wednesday, a tribal source said.")
    a2 = mention("d", place=None, weapon="", notes="In a separate incident the group shot dead policemen from the "
                            "town, a local official told reporters by telephone.")
    assert level(a, b, "text") == "a rare word shared"
    assert level(a2, c, "text") == "few words shared"


def test_an_uncommon_shared_type_is_its_own_level():
    # two outlets' abductions on one day are likelier one event than two outlets' clashes
    abd = [mention(x, event_type="Violence against civilians",
                   sub="Abduction/forced disappearance", weapon="") for x in "ab"]
    clash = [mention(x, event_type="Battles", sub="Armed clash", weapon="") for x in "cd"]
    assert level(*abd, "type") == "same uncommon sub-event type"
    assert level(*clash, "type") == "same sub-event type"


def test_a_said_or_published_day_agrees_with_an_exact_day_before_it():
    from datetime import date

    exact = mention("a", day=date(2014, 10, 29))  # "moved closer to Mazraa on Wednesday"
    said = mention("b", day=date(2014, 10, 30), time_precision=2)  # "officers said on Thursday"
    assert level(exact, said, "date") == level(said, exact, "date") == "same day"
    # an exact date the day after a said date is after the latest the event can be
    later = mention("c", day=date(2014, 10, 31))
    assert level(said, later, "date") == "1 day apart"
    # two dates known only as said or published a day apart: one monitor's reports of two days
    also_said = mention("d", day=date(2014, 10, 29), time_precision=2)
    assert level(said, also_said, "date") == "1 day apart"
    assert level(exact, mention("e", day=date(2014, 10, 30)), "date") == "1 day apart"


def test_outlets_compared_case_blind_and_missing_when_unknown():
    a = mention("a", source="Baghdad Wire")
    assert level(a, mention("b", source="baghdad  wire"), "outlet") == "same outlet"
    assert level(a, mention("c", source="Gulf Monitor"), "outlet") == "different outlets"
    unknown = mention("d")
    unknown.source = ""
    assert level(a, unknown, "outlet") == "missing"


def test_two_outlets_weigh_more_than_one_outlet_filing_twice():
    first, second = mention("a", source="SOHR"), mention("b", source="SOHR")
    other = mention("c", source="AFP")
    weight = {p.b: p.contributions["outlet"]
              for p in explain(Incident(id="x", mention_ids=[]), [first, second, other])
              if p.a == first.id}
    assert weight[other.id] > 0 > weight[second.id]
