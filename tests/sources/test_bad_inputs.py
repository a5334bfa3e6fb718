"""Bad input never stops the batch and is never dropped: each comes out Quarantined."""

from __future__ import annotations

from sitrep.model import Quarantined, Report
from sitrep.sources import describe, read


def only_quarantined(items):
    assert all(isinstance(x, Quarantined) for x in items), items
    return items


def test_malformed_jsonl_lines_keep_the_good_ones(tmp_path):
    f = tmp_path / "mixed.jsonl"
    f.write_text('{"text": "Good one."}\n'
                 '{"text": "broken\n'
                 '[1, 2]\n'
                 '{"title": "no text"}\n'
                 '{"text": 42}\n'
                 '{"text": "   "}\n'
                 '{"text": "Bad date.", "published": "sometime soon"}\n'
                 '{"text": "Good two."}\n')
    got = list(read(f))
    assert [x.text for x in got if isinstance(x, Report)] == ["Good one.", "Good two."]
    q = {x.origin: x.reason for x in got if isinstance(x, Quarantined)}
    assert set(q) == {f"{f}:{n}" for n in (2, 3, 4, 5, 6, 7)}
    assert "malformed JSON" in q[f"{f}:2"]
    assert "JSON object" in q[f"{f}:3"]
    assert "no 'text'" in q[f"{f}:4"]
    assert "not a string" in q[f"{f}:5"]
    assert "empty" in q[f"{f}:6"]
    assert "sometime soon" in q[f"{f}:7"]
    bad = next(x for x in got if isinstance(x, Quarantined) and x.origin.endswith(":2"))
    assert bad.raw == '{"text": "broken'
    assert describe(bad) == f"{f}:2: {bad.reason}"


def test_csv_row_without_text_and_ragged_row(tmp_path):
    f = tmp_path / "rows.csv"
    f.write_text("id,text\n1,Fine report\n2,\n3,too,many\n4,Also fine\n")
    got = list(read(f))
    assert [x.external_id for x in got if isinstance(x, Report)] == ["1", "4"]
    q = [x for x in got if isinstance(x, Quarantined)]
    assert [x.origin for x in q] == [f"{f}:3", f"{f}:4"]
    assert "no 'text'" in q[0].reason and "3 fields" in q[1].reason


def test_csv_without_text_column(tmp_path):
    f = tmp_path / "cols.csv"
    f.write_text("id,body\n1,hello\n")
    (q,) = only_quarantined(list(read(f)))
    assert q.origin == f"{f}:1" and "no 'text' column" in q.reason


def test_non_utf8_names_byte_offset(tmp_path):
    f = tmp_path / "latin.txt"
    f.write_bytes("Attack in Mosul caf\u00e9".encode("cp1252"))
    (q,) = only_quarantined(list(read(f)))
    assert q.origin == str(f) and "not UTF-8" in q.reason and "offset 19" in q.reason
    assert q.raw.startswith("Attack in Mosul caf")


def test_utf8_bom_is_accepted(tmp_path):
    f = tmp_path / "bom.jsonl"
    f.write_bytes(b'\xef\xbb\xbf{"text": "With a BOM."}\n')
    (r,) = read(f)
    assert isinstance(r, Report) and r.text == "With a BOM."


def test_empty_whitespace_binary_unknown_missing(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\n ")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    unknown = tmp_path / "notes.md"
    unknown.write_text("# Some markdown\n")
    missing = tmp_path / "missing.jsonl"
    got = only_quarantined(list(read([empty, blank, binary, unknown, missing])))
    reasons = {q.origin: q.reason for q in got}
    assert reasons[str(empty)] == "empty file"
    assert "whitespace" in reasons[str(blank)]
    assert "binary" in reasons[str(binary)] and "offset 8" in reasons[str(binary)]
    assert "unknown file type '.md'" in reasons[str(unknown)]
    assert "No such file" in reasons[str(missing)]


def test_size_limit_is_a_parameter(tmp_path):
    f = tmp_path / "big.jsonl"
    f.write_text('{"text": "' + "x" * 500 + '"}\n')
    (q,) = only_quarantined(list(read(f, max_bytes=100)))
    assert "over the 100-byte limit" in q.reason and q.raw.startswith('{"text"')
    (r,) = read(f)
    assert isinstance(r, Report)


def test_unreadable_file(tmp_path):
    import os

    f = tmp_path / "secret.txt"
    f.write_text("A report.")
    f.chmod(0)
    try:
        if os.access(f, os.R_OK):  # running as root: permissions do not apply
            return
        (q,) = only_quarantined(list(read(f)))
        assert "cannot read" in q.reason and "Permission denied" in q.reason
    finally:
        f.chmod(0o644)


def test_bad_feed_and_empty_html(tmp_path):
    feed = tmp_path / "broken.xml"
    feed.write_text("<?xml version='1.0'?><rss><channel><title>x</title></channel></rss>")
    page = tmp_path / "nav.html"
    page.write_text("<html><body><nav>Home</nav></body></html>")
    got = only_quarantined(list(read([feed, page])))
    assert [q.origin for q in got] == [str(feed), str(page)]
    assert "no entries" in got[0].reason and "no article text" in got[1].reason


def test_raw_is_truncated(tmp_path):
    f = tmp_path / "long.jsonl"
    f.write_text("{" + "y" * 10_000 + "\n")
    (q,) = only_quarantined(list(read(f)))
    assert len(q.raw) <= 2001


def test_batch_continues_past_every_bad_file(tmp_path):
    (tmp_path / "1.txt").write_bytes(b"\xff\xfe bad")
    (tmp_path / "2.bin").write_bytes(b"\x00")
    (tmp_path / "3.jsonl").write_text("not json\n")
    (tmp_path / "4.txt").write_text("The one good report.")
    got = list(read(tmp_path))
    assert len(got) == 4 and isinstance(got[-1], Report)


def test_non_utf8_offset_counts_the_bom_and_names_the_line(tmp_path):
    f = tmp_path / "bom-latin.jsonl"
    f.write_bytes(b'\xef\xbb\xbf{"text": "ok"}\n{"text": "caf\xe9"}\n')
    (q,) = only_quarantined(list(read(f)))
    assert "byte 0xe9 at offset 31 (line 2)" in q.reason
