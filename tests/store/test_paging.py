"""Store.incidents paging and sub-event filter, and count_incidents agreeing with it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from .conftest import make_incident, make_mention


def _fill(db, n: int = 7):
    incs = []
    for k in range(n):
        m = make_mention(f"r{k}")
        inc = make_incident(f"inc_{k}", [m])
        inc.event_date = date(2014, 6, 1) + timedelta(days=k)
        if k % 2:
            inc = replace(inc, sub_event_type="Suicide bomb")
        incs.append(inc)
    db.add_incidents(incs)
    return incs


def test_offset_pages_through_in_date_order(db):
    _fill(db)
    everything = [i.id for i in db.incidents()]
    pages = [i.id for off in range(0, 7, 3) for i in db.incidents(limit=3, offset=off)]
    assert pages == everything == [f"inc_{k}" for k in range(7)]
    assert db.incidents(limit=3, offset=7) == []


def test_count_matches_unpaged_filters(db):
    _fill(db)
    for f in ({}, {"sub_event_type": "suicide BOMB"}, {"date_from": "2014-06-03"},
              {"date_to": date(2014, 6, 2), "admin1": "baghdad"}, {"actor": "nobody"}):
        assert db.count_incidents(**f) == len(db.incidents(**f)), f
    assert db.count_incidents(sub_event_type="Suicide bomb") == 3


def test_order_by_newest_or_deadliest_pages_stably(db):
    incs = _fill(db)
    tolls = {f"inc_{k}": k * 3 % 7 for k in range(7)}
    for inc in incs:
        inc.killed_min = inc.killed_best = inc.killed_max = tolls[inc.id]
    db.add_incidents(incs)
    assert [i.id for i in db.incidents(order_by="-date")] == [f"inc_{k}" for k in range(6, -1, -1)]
    deadly = [i.id for off in range(0, 7, 2) for i in db.incidents(order_by="-killed", limit=2,
                                                                    offset=off)]
    assert deadly == sorted(tolls, key=lambda k: (-tolls[k], k))
    with pytest.raises(ValueError, match="order_by"):
        db.incidents(order_by="killed; DROP TABLE incidents")
