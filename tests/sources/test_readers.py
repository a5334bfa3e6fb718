"""Each format reader, on tiny fixtures written here."""

from __future__ import annotations

import json
from datetime import date

from sitrep.model import Quarantined, Report, report_identity
from sitrep.sources import read


def reports(items):
    return [x for x in items if isinstance(x, Report)]


def quarantined(items):
    return [x for x in items if isinstance(x, Quarantined)]


def test_jsonl_fields_identity_and_origin(tmp_path):
    f = tmp_path / "feed.jsonl"
    rows = [
        {"id": "a1", "text": "A car bomb killed 12 people in Dura.", "published": "2014-06-10",
         "source": "AP", "url": "https://x/1", "title": "Bomb in Dura", "language": "en"},
        {"id": 7, "text": "Shelling hit Aleppo.", "published": "2014-06-11T09:30:00Z"},
    ]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    got = list(read([f], default_source="wire"))
    assert [type(x) for x in got] == [Report, Report]
    a, b = got
    assert a.external_id == "a1" and a.source == "AP" and a.title == "Bomb in Dura"
    assert a.published == date(2014, 6, 10) and a.url == "https://x/1"
    assert a.id == report_identity(a.text, "AP")
    assert a.origin == f"{f}:1"
    assert b.source == "wire" and b.external_id == "7" and b.published == date(2014, 6, 11)
    assert b.origin == f"{f}:2"


def test_same_report_twice_has_one_identity(tmp_path):
    f = tmp_path / "a.ndjson"
    f.write_text('{"text": "Ten killed  in Mosul."}\n{"text": "Ten killed in Mosul. "}\n')
    a, b = read(f)
    assert a.id == b.id and a.origin != b.origin


def test_csv_with_quoted_multiline_rows(tmp_path):
    f = tmp_path / "r.csv"
    f.write_text('ID,Text,Published,Source\n'
                 '1,"Two killed\nin Kirkuk, police said",12 June 2014,Reuters\n'
                 '2,Airstrike on Raqqa,"Jun 13, 2014",\n', encoding="utf-8")
    a, b = read([f])
    assert a.text == "Two killed\nin Kirkuk, police said" and a.source == "Reuters"
    assert a.published == date(2014, 6, 12) and a.origin == f"{f}:2"
    assert b.published == date(2014, 6, 13) and b.origin == f"{f}:4" and b.external_id == "2"


def test_json_array(tmp_path):
    f = tmp_path / "r.json"
    f.write_text(json.dumps([{"text": "Clashes in Homs."}, {"title": "no text"}]))
    got = list(read(f))
    assert reports(got)[0].origin == f"{f}[0]"
    assert quarantined(got)[0].origin == f"{f}[1]"


def test_plain_text_title_and_dates(tmp_path):
    f = tmp_path / "2014-06-10-baghdad.txt"
    f.write_text("Car bomb kills 12 in Baghdad\n\nA car bomb exploded near a market.\n")
    (r,) = read(f, default_source="desk")
    assert r.title == "Car bomb kills 12 in Baghdad"
    assert r.text.startswith("Car bomb kills 12") and r.source == "desk"
    assert r.published == date(2014, 6, 10) and r.origin == str(f)

    g = tmp_path / "note.txt"
    g.write_text("Date: 12 June 2014\nGunmen attack checkpoint\nFive soldiers died.")
    (r,) = read(g)
    assert r.published == date(2014, 6, 12) and r.title == "Gunmen attack checkpoint"

    h = tmp_path / "plain.txt"
    h.write_text("Five soldiers died when gunmen attacked a checkpoint near Tikrit on Monday.")
    (r,) = read(h)
    assert r.title == "" and r.published is None


HTML = """<!DOCTYPE html><html lang="en"><head>
<title>Car bomb kills 12 in Baghdad | Example News</title>
<meta property="og:title" content="Car bomb kills 12 in Baghdad">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2014-06-10T08:00:00Z">
<link rel="canonical" href="https://example.com/news/baghdad-bomb">
</head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Car bomb kills 12 in Baghdad</h1>
<p>A car bomb exploded near a market in the Dura district of Baghdad on Tuesday, killing at
least 12 people and wounding 30, police said.</p>
<p>No group claimed responsibility for the attack, which came during the morning rush.</p>
</article><footer>Copyright Example News</footer><script>var x = 1;</script></body></html>"""


def test_html_page_main_text_and_metadata(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(HTML)
    (r,) = read(f)
    assert "Dura district of Baghdad" in r.text and "No group claimed" in r.text
    assert "Copyright" not in r.text and "var x" not in r.text and "Home" not in r.text
    assert r.title == "Car bomb kills 12 in Baghdad"
    assert r.published == date(2014, 6, 10)
    assert r.url == "https://example.com/news/baghdad-bomb"
    assert r.source == "Example News"


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Iraq Wire</title><link>https://wire.example</link><description>d</description>
  <item>
    <title>Suicide bomber kills 8 in Tikrit</title>
    <link>https://wire.example/1</link>
    <guid>wire-1</guid>
    <pubDate>Mon, 09 Jun 2014 14:00:00 GMT</pubDate>
    <description>&lt;p&gt;A suicide bomber struck a &lt;b&gt;checkpoint&lt;/b&gt;.&lt;/p&gt;</description>
    <content:encoded><![CDATA[<p>A suicide bomber struck a <b>checkpoint</b> in Tikrit,
      killing 8 soldiers.</p><p>Officials confirmed the toll.</p>]]></content:encoded>
  </item>
  <item>
    <title>Mortar fire in Fallujah</title>
    <link>https://wire.example/2</link>
    <pubDate>Tue, 10 Jun 2014 08:00:00 +0300</pubDate>
  </item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Syria Monitor</title><id>urn:x</id><updated>2014-06-11T00:00:00Z</updated>
  <entry>
    <title>Barrel bombs hit Aleppo</title>
    <id>urn:x:1</id>
    <link href="https://monitor.example/1"/>
    <updated>2014-06-11T10:00:00Z</updated>
    <summary type="html">&lt;p&gt;Barrel bombs killed 15 in Aleppo.&lt;/p&gt;</summary>
  </entry>
</feed>"""


def test_rss_feed(tmp_path):
    f = tmp_path / "wire.rss"
    f.write_text(RSS)
    a, b = read(f)
    assert a.source == "Iraq Wire" and a.title == "Suicide bomber kills 8 in Tikrit"
    assert a.text.startswith("Suicide bomber kills 8 in Tikrit\n\nA suicide bomber struck")
    assert "killing 8 soldiers" in a.text and "<b>" not in a.text  # content beats summary
    assert a.published == date(2014, 6, 9) and a.url == "https://wire.example/1"
    assert a.external_id == "wire-1" and a.origin == f"{f}:5"
    assert b.text == "Mortar fire in Fallujah" and b.published == date(2014, 6, 10)
    assert b.origin == f"{f}:14"


def test_atom_feed_sniffed_without_extension(tmp_path):
    f = tmp_path / "monitor"
    f.write_text(ATOM)
    (r,) = read(f)
    assert r.source == "Syria Monitor" and r.url == "https://monitor.example/1"
    assert r.text == "Barrel bombs hit Aleppo\n\nBarrel bombs killed 15 in Aleppo."
    assert r.published == date(2014, 6, 11) and r.origin == f"{f}:4"


def test_directory_is_recursive_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second report about Hama.")
    (tmp_path / "a.txt").write_text("First report about Homs.")
    (tmp_path / "c.jsonl").write_text('{"text": "Third report about Idlib."}\n')
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01junk")
    got = list(read([tmp_path]))
    assert [r.text.split()[0] for r in got] == ["First", "Second", "Third"]
    assert list(read([tmp_path])) == got  # deterministic


def test_plain_text_outlet_and_date_line(tmp_path):
    p = tmp_path / "report.txt"
    p.write_text("Basra Courier - 4 March 2016\n\nTwo killed in Zubair blast\n\nZUBAIR - A bomb "
                 "killed two people on Thursday.\n", encoding="utf-8")
    [r] = list(read([str(p)]))
    assert isinstance(r, Report)
    assert (r.source, r.published, r.title) == ("Basra Courier", date(2016, 3, 4),
                                                "Two killed in Zubair blast")


def test_a_records_country_is_the_reports_country(tmp_path):
    f = tmp_path / "notes.jsonl"
    rows = [{"text": "Russian missiles hit Kyiv on Monday.", "published": "2023-05-16",
             "country": "Ukraine"},
            {"text": "Shelling hit Aleppo.", "published": "2016-05-01"}]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    a, b = reports(read([f]))
    assert (a.country, b.country) == ("Ukraine", "")
