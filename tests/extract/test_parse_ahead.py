"""Extractor.pipe parses ahead in a second thread: the same results, in order, and errors
and early stops behave as without the thread."""

import threading
from datetime import date

import pytest

from sitrep.extract.extractor import _ahead
from sitrep.model import Report


def test_items_come_in_order_and_all_of_them():
    assert list(_ahead(iter(range(500)), 8)) == list(range(500))


def test_a_producer_error_is_raised_in_the_reader():
    def items():
        yield 1
        raise ValueError("bad report")

    got: list[int] = []
    with pytest.raises(ValueError, match="bad report"):
        got.extend(_ahead(items(), 4))  # (extend keeps what came before the error)
    assert got == [1]


def test_a_reader_that_stops_early_stops_the_producer():
    before = threading.active_count()
    reader = _ahead(iter(range(10_000)), 2)
    assert next(reader) == 0
    reader.close()  # the generator's finally: stop and join the producer
    assert threading.active_count() == before


def test_a_reader_that_stops_after_the_last_item_does_not_wait():
    import time

    reader = _ahead(iter(range(3)), 1)
    assert next(reader) == 0
    time.sleep(0.3)  # the producer has put all it can and waits on the full queue
    t = time.perf_counter()
    reader.close()
    assert time.perf_counter() - t < 1


def test_pipe_gives_what_extract_gives(extractor):
    texts = ["A car bomb exploded near a checkpoint in Baiji on Monday, killing 5 soldiers.",
             "Protesters rallied in Basra on Friday demanding jobs.",
             "The weather was fine."]
    reports = [Report(text=t, published=date(2016, 3, 9)) for t in texts]
    piped = [(r.text, [(m.sub_event_type, m.fatalities) for m in ms])
             for r, ms in extractor.pipe(reports, batch_size=2)]
    one = [(r.text, [(m.sub_event_type, m.fatalities) for m in extractor.extract(r)])
           for r in reports]
    assert piped == one and piped[0][1] == [("Remote explosive/landmine/IED", 5)]
