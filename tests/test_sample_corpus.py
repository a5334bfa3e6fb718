"""The bundled sample corpus is well-formed: the demo and other stages' tests rely on it."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import date
from email.utils import parsedate_to_datetime
from importlib import resources

import pytest

SAMPLE = resources.files("sitrep.data") / "sample"
REQUIRED = ("id", "text", "published", "source", "url", "title", "language")


@pytest.fixture(scope="module")
def reports() -> list[dict]:
    lines = SAMPLE.joinpath("reports.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_enough_reports_with_unique_ids(reports):
    assert len(reports) >= 40
    ids = [r["id"] for r in reports]
    assert len(set(ids)) == len(ids)


def test_required_fields_and_types(reports):
    for r in reports:
        missing = [k for k in REQUIRED if not isinstance(r.get(k), str) or not r[k].strip()]
        assert not missing, (r.get("id"), missing)
        assert r["language"] == "en"
        assert r["url"].startswith("https://example.org/")
        words = len(r["text"].split())
        assert 60 <= words <= 250, (r["id"], words)


def test_dates_parse_and_fall_in_2014(reports):
    for r in reports:
        d = date.fromisoformat(r["published"])
        assert d.year == 2014, r["id"]


def test_texts_are_distinct(reports):
    texts = [r["text"] for r in reports]
    assert len(set(texts)) == len(texts)


def test_several_outlets_report_the_dura_bombing(reports):
    dura = [r for r in reports if "Dura" in r["text"] and "checkpoint" in r["text"]]
    assert len({r["source"] for r in dura}) >= 3
    assert any("14" in r["text"] and ("five" in r["text"].lower() or "5" in r["text"])
               for r in dura)


def test_feed_is_rss_with_three_dated_items():
    root = ET.fromstring(SAMPLE.joinpath("feed.xml").read_bytes())
    assert root.tag == "rss" and root.get("version") == "2.0"
    items = root.findall("./channel/item")
    assert len(items) == 3
    for item in items:
        assert item.findtext("title") and item.findtext("link")
        assert parsedate_to_datetime(item.findtext("pubDate")).year == 2014
        assert len(item.findtext("description").split()) > 30


def test_page_and_text_report_are_new_outlets(reports):
    html = SAMPLE.joinpath("page.html").read_text(encoding="utf-8")
    txt = SAMPLE.joinpath("report.txt").read_text(encoding="utf-8")
    assert "<article>" in html and "<footer" in html and "Jurf al-Sakhar" in html
    assert "Ras al-Ma" in txt
    outlets = {r["source"] for r in reports}
    assert "Rafidain Post" not in outlets and "Anbar Observer" not in outlets
    # same events, not the same sentences
    for r in reports:
        for sentence in r["text"].split(". "):
            if len(sentence) > 40:
                assert sentence not in html and sentence not in txt, r["id"]
