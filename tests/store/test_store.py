"""Round-trips, idempotency, incidents, corrections and filters."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import duckdb
import pytest

from sitrep.model import Correction, EventMention, Place
from sitrep.store import SCHEMA_VERSION, Store

from .conftest import make_incident, make_mention, make_report


def test_fresh_database_is_at_latest_schema(db):
    assert db.schema_version == SCHEMA_VERSION
    assert set(db.counts()) == {"reports", "quarantine", "mentions", "places", "incidents",
                                "incident_mentions", "corrections"}
    assert all(v == 0 for v in db.counts().values())


def test_reports_round_trip_and_idempotent(db):
    rs = [make_report(n) for n in range(5)]
    assert db.add_reports(rs + rs[:2]) == 5
    assert db.add_reports(rs) == 0
    assert sorted(db.reports(), key=lambda r: r.id) == sorted(rs, key=lambda r: r.id)
    assert db.reports([rs[1].id, "nope"]) == [rs[1]]
    assert db.report(rs[2].id) == rs[2] and db.report("nope") is None


def test_report_seen_again_from_another_file_keeps_first(db):
    r = make_report(1)
    db.add_reports([r])
    assert db.add_reports([replace(r, origin="other.csv:9")]) == 0
    assert db.report(r.id).origin == r.origin


def test_quarantine_round_trip_and_idempotent(db, quarantined):
    assert db.add_quarantined(quarantined) == 2
    assert db.add_quarantined(quarantined) == 0
    assert db.quarantined() == sorted(quarantined, key=lambda q: q.origin)


def test_mentions_round_trip_exactly(db):
    r = make_report(1)
    ms = [make_mention(r.id, 0), make_mention(r.id, 1, n=3, place=False),
          EventMention(report_id=r.id, index=2)]  # all defaults
    assert db.add_mentions(ms) == 3
    assert db.mentions() == ms
    assert db.mentions(report_ids=[r.id]) == ms
    assert db.mentions(ids=[ms[1].id]) == [ms[1]]
    assert db.mentions(report_ids=["other"]) == []
    assert db.counts()["places"] == 1


def test_place_with_no_gazetteer_entry_round_trips(db):
    m = make_mention("r1")
    m.place = Place(name="", query="Wadi X", note="not in gazetteer", geo_precision=3)
    db.add_mentions([m])
    assert db.mentions() == [m] and db.counts()["places"] == 0


def test_re_extracting_a_report_replaces_its_mentions(db):
    a, b = make_report(1), make_report(2)
    db.add_mentions([make_mention(a.id, 0), make_mention(a.id, 1), make_mention(b.id, 0)])
    assert db.add_mentions([make_mention(a.id, 0), make_mention(a.id, 1)]) == 0
    assert db.counts()["mentions"] == 3
    fewer = make_mention(a.id, 0, n=40)
    assert db.add_mentions([fewer]) == 0
    assert db.mentions(report_ids=[a.id]) == [fewer]
    assert db.add_mentions([], report_ids=[a.id]) == 0  # re-extracted: nothing found now
    assert db.mentions() == [make_mention(b.id, 0)]


def test_incidents_round_trip_with_links(db):
    r1, r2 = make_report(1), make_report(2)
    m1, m2, m3 = make_mention(r1.id), make_mention(r2.id), make_mention(r2.id, 1, n=3)
    db.add_mentions([m1, m2, m3])
    i1, i2 = make_incident("inc-1", [m1, m2]), make_incident("inc-2", [m3])
    i2.place = None
    assert db.replace_incidents([i1, i2], {"inc-1": {m1.id: 9.5, m2.id: 9.5}}) == 2
    assert db.incidents() == [i1, i2]
    assert db.incident("inc-1") == i1 and db.incident("missing") is None
    assert db.incident_mentions("inc-1") == [m1, m2]
    assert db.incident_links("inc-1") == [(m1.id, 9.5), (m2.id, 9.5)]
    assert db.incident_mentions("inc-2") == [m3]
    assert db.incident_links("inc-2") == [(m3.id, None)]
    rows = db.connection.execute("SELECT incident_id, mention_id, report_id FROM "
                                 "incident_mentions ORDER BY 2").fetchall()
    assert rows == sorted([("inc-1", m1.id, r1.id), ("inc-1", m2.id, r2.id),
                           ("inc-2", m3.id, r2.id)], key=lambda t: t[1])


def test_link_triples_are_accepted(db):
    m1, m2 = make_mention("r1"), make_mention("r2")
    inc = make_incident("i", [m1, m2])
    db.replace_incidents([inc], [("i", m1.id, 3.0), ("i", m2.id, 4.0)])
    weights = db.connection.execute("SELECT weight FROM incident_mentions ORDER BY weight")
    assert [w for (w,) in weights.fetchall()] == [3.0, 4.0]


def test_same_ingest_twice_leaves_every_count_unchanged(db, quarantined):
    def ingest():
        rs = [make_report(n) for n in range(4)]
        ms = [make_mention(r.id, i) for r in rs for i in range(2)]
        incs = [make_incident(f"inc-{r.id}", [m for m in ms if m.report_id == r.id]) for r in rs]
        with db.transaction():
            db.add_reports(rs)
            db.add_quarantined(quarantined)
            db.add_mentions(ms)
            db.replace_incidents(incs)
        db.add_incidents([make_incident("ucdp-1", [], origin="ucdp")])

    ingest()
    first = db.counts()
    ingest()
    assert db.counts() == first
    assert first == {"reports": 4, "quarantine": 2, "mentions": 8, "places": 1, "incidents": 5,
                     "incident_mentions": 8, "corrections": 0}


def test_relinking_keeps_imports_and_drops_old_sitrep_incidents(db):
    m1, m2 = make_mention("r1"), make_mention("r2")
    db.add_incidents([make_incident("ucdp-9", [], origin="ucdp")])
    db.replace_incidents([make_incident("a", [m1]), make_incident("b", [m2])])
    db.replace_incidents([make_incident("ab", [m1, m2])])
    assert [i.id for i in db.incidents()] == ["ab", "ucdp-9"]
    assert db.counts()["incident_mentions"] == 2
    with pytest.raises(ValueError):
        db.replace_incidents([make_incident("u", [], origin="ucdp")])


def test_upsert_replaces_incidents_sharing_mentions(db):
    m1, m2, m3 = make_mention("r1"), make_mention("r2"), make_mention("r3")
    db.replace_incidents([make_incident("a", [m1]), make_incident("b", [m2]),
                          make_incident("c", [m3])])
    assert db.upsert_incidents([make_incident("ab", [m1, m2])]) == 1
    assert [i.id for i in db.incidents()] == ["ab", "c"]
    assert db.upsert_incidents([make_incident("ab", [m1, m2])]) == 1
    assert db.counts()["incidents"] == 2 and db.counts()["incident_mentions"] == 3


def test_imports_add_and_delete_by_origin(db):
    ucdp = [make_incident(f"ucdp-{n}", [], origin="ucdp") for n in range(3)]
    assert db.add_incidents(ucdp) == 3
    assert db.add_incidents(ucdp) == 0
    db.add_incidents([make_incident("acled-1", [], origin="acled")])
    assert len(db.incidents(origin="ucdp")) == 3
    assert db.delete_incidents(origin="ucdp") == 3
    assert [i.id for i in db.incidents()] == ["acled-1"]
    assert db.delete_incidents(ids=["acled-1"]) == 1
    with pytest.raises(ValueError):
        db.delete_incidents()


def test_incident_filters(db):
    base = make_incident("x", [make_mention("r1")])
    syria = Place(name="Aleppo", country="Syria", iso2="SY", admin1="Aleppo")
    incs = [
        replace(base, id="a", event_date=date(2014, 6, 1)),
        replace(base, id="b", event_date=date(2014, 6, 15), actor1="Islamic State"),
        replace(base, id="c", event_date=date(2014, 7, 1), place=syria, event_type="Battles",
                origin="ucdp"),
        replace(base, id="d", event_date=None),
    ]
    db.add_incidents(incs)
    ids = lambda **kw: [i.id for i in db.incidents(**kw)]
    assert ids() == ["a", "b", "c", "d"]
    assert ids(date_from="2014-06-10") == ["b", "c"]
    assert ids(date_from=date(2014, 6, 1), date_to=date(2014, 6, 30)) == ["a", "b"]
    assert ids(country="syria") == ["c"] and ids(country="IQ") == ["a", "b", "d"]
    assert ids(admin1="BAGHDAD") == ["a", "b", "d"]
    assert ids(event_type="battles") == ["c"]
    assert ids(actor="islamic state") == ["b"]
    assert ids(actor="civilians") == ["a", "b", "c", "d"]  # actor2
    assert ids(actor="100%") == []
    assert ids(origin="ucdp") == ["c"]
    assert ids(limit=2) == ["a", "b"]


def test_corrections_are_audited(db):
    c = db.add_correction(Correction(kind="merge", mention_ids=["r1:0", "r2:0"], who="ana",
                                     why="same bombing, two outlets"))
    assert c.id == 1 and c.when is not None and c.when.tzinfo is None
    aware = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
    d = db.add_correction(Correction(kind="split", mention_ids=["r3:1"], who="bo", when=aware))
    assert d.when == datetime(2024, 5, 1, 12, 0)
    assert db.corrections() == [c, d]
    for bad in (Correction(kind="join", mention_ids=["a"], who="x"),
                Correction(kind="merge", mention_ids=[], who="x"),
                Correction(kind="merge", mention_ids=["a"], who="")):
        with pytest.raises(ValueError):
            db.add_correction(bad)
    assert len(db.corrections()) == 2


def test_transaction_rolls_back_on_error(db):
    db.add_reports([make_report(0)])
    with pytest.raises(RuntimeError), db.transaction():
        db.add_reports([make_report(1)])
        db.add_mentions([make_mention("r1")])
        raise RuntimeError("boom")
    assert db.counts()["reports"] == 1 and db.counts()["mentions"] == 0


def test_reopen_and_read_only(tmp_path):
    path = tmp_path / "sub" / "db.duckdb"
    with Store(path) as s:
        s.add_reports([make_report(1)])
    with Store(path, read_only=True) as s:
        assert s.counts()["reports"] == 1
        with pytest.raises(duckdb.Error):
            s.add_reports([make_report(2)])


def test_in_memory_store():
    with Store(":memory:") as s:
        assert s.add_reports([make_report(1)]) == 1


def test_analytic_sql_on_connection(db):
    r = make_report(1)
    db.add_mentions([make_mention(r.id, 0, n=5), make_mention(r.id, 1, n=7)])
    total = db.connection.execute("SELECT sum(killed_min) FROM mentions "
                                  "WHERE country = 'Iraq' AND 'Baghdad' IN location_context")
    assert total.fetchone()[0] == 12


def test_known_report_ids(db):
    rs = [make_report(n) for n in range(3)]
    db.add_reports(rs[:2])
    assert db.known_report_ids([r.id for r in rs]) == {rs[0].id, rs[1].id}
    assert db.known_report_ids([]) == set()


def test_link_candidates_by_date_window_and_by_report(db):
    near, far, same_report = make_mention("r1"), make_mention("r2"), make_mention("r3")
    far.event_date = date(2015, 1, 1)
    same_report.event_date = None
    db.add_mentions([near, far, same_report])
    db.replace_incidents([make_incident("near", [near]), replace(make_incident("far", [far]),
                          event_date=far.event_date), replace(make_incident("r3", [same_report]),
                                                              event_date=None)])
    db.add_incidents([make_incident("ucdp-1", [], origin="ucdp")])  # imports are not linked
    new = make_mention("r9")
    new.event_date = date(2014, 6, 12)  # 3 days after "near"
    again = make_mention("r3", index=1)  # a new mention of an already linked report
    c = db.link_candidates([new, again], window_days=3)
    assert [i.id for i in c.incidents] == ["near", "r3"]
    assert c.members == {"near": [near.id], "r3": [same_report.id]}
    assert c.mentions == [near, same_report]
    assert [i.id for i in db.link_candidates([new], window_days=2).incidents] == []
    assert db.mentions_by_id([far.id]) == [far]


def test_save_link_result_retires_and_replaces(db):
    from types import SimpleNamespace

    m1, m2, m3 = make_mention("r1"), make_mention("r2"), make_mention("r3")
    db.add_mentions([m1, m2, m3])
    db.replace_incidents([make_incident("a", [m1]), make_incident("b", [m2]),
                          make_incident("c", [m3])])
    result = SimpleNamespace(incidents=[make_incident("ab", [m1, m2])],
                             members={"ab": [(m1.id, 8.0), (m2.id, 8.0)]}, retired=["a", "b"])
    assert db.save_link_result(result) == 1
    assert [i.id for i in db.incidents()] == ["ab", "c"]
    assert db.incident_links("ab") == [(m1.id, 8.0), (m2.id, 8.0)]
    before = db.counts()
    db.save_link_result(result)
    assert db.counts() == before
