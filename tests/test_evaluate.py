"""evaluate.py against a fake extractor on tiny fixtures; expected numbers worked by hand."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from sitrep.evaluate import (
    RefEvent,
    detect_format,
    evaluate,
    format_scores,
    haversine_km,
    load_reference,
    normalise_admin1,
    select,
    ucdp_sources,
)
from sitrep.model import EventMention, Place

UCDP_HEADER = ["id", "year", "type_of_violence", "source_article", "source_office",
               "source_date", "source_headline", "where_prec", "adm_1", "latitude",
               "longitude", "country", "date_prec", "date_start", "date_end", "low", "best",
               "high"]
HXL = {"id": "", "year": "#date+year", "source_headline": "#description",
       "adm_1": "#adm1+name", "latitude": "#geo+lat"}


def _write_csv(path: Path, header: list[str], rows: list[dict]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=header)
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "") for k in header})
    return path


@pytest.fixture
def ucdp_csv(tmp_path: Path) -> Path:
    rows = [
        HXL,
        {"id": "1", "type_of_violence": "1",
         "source_article": '"Reuters News,2014-10-30,Car bomb kills 5 at Baghdad checkpoint; '
                           'police say";"Agence France Presse,2014-10-31,Iraq bombing toll"',
         "source_office": "Reuters News;Agence France Presse",
         "source_date": "2014-10-30;2014-10-31",
         "source_headline": "Car bomb kills 5 at Baghdad checkpoint; police say;Iraq bombing toll",
         "adm_1": "Baghdād province", "latitude": "33.25", "longitude": "44.38",
         "country": "Iraq", "date_prec": "1", "date_start": "2014-10-29",
         "date_end": "2014-10-29", "best": "5"},
        {"id": "2", "type_of_violence": "3", "source_office": "BBC", "source_date": "2014-07-13",
         "source_headline": "Gunmen kill 29 women in Baghdad", "adm_1": "Baghdād province",
         "latitude": "33.34", "longitude": "44.40", "country": "Iraq", "date_prec": "2",
         "date_start": "2014-07-12", "date_end": "2014-07-13", "best": "29"},
        {"id": "3", "type_of_violence": "1", "source_office": "Reuters News",
         "source_date": "2014-11-01", "source_headline": "Clashes near Baiji",
         "adm_1": "Şalāḩ ad Dīn province", "latitude": "34.93", "longitude": "43.49",
         "country": "Iraq", "date_prec": "1", "date_start": "2014-11-01",
         "date_end": "2014-11-01", "best": "0"},
        {"id": "4", "source_headline": "", "country": "Iraq", "best": "2"},  # no text: skipped
    ]
    return _write_csv(tmp_path / "ged.csv", UCDP_HEADER, rows)


def fake_extractor(answers: dict[str, list[EventMention]]):
    """Answers by report text; records the batches it was called with."""
    calls: list[tuple[int, str | None]] = []

    def extract_fn(reports, country):
        calls.append((len(reports), country))
        for r in reports:
            yield r, [EventMention(report_id=r.id, index=m.index, event_type=m.event_type,
                                   sub_event_type=m.sub_event_type, fatalities=m.fatalities,
                                   killed_min=m.killed_min, killed_max=m.killed_max,
                                   injured_min=m.injured_min, place=m.place,
                                   event_date=m.event_date,
                                   type_of_violence=m.type_of_violence)
                      for m in answers.get(r.text, [])]

    extract_fn.calls = calls
    return extract_fn


def test_ucdp_sources_keep_semicolons_inside_headlines(ucdp_csv):
    with ucdp_csv.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert ucdp_sources(rows[1]) == [
        ("Reuters News", "2014-10-30", "Car bomb kills 5 at Baghdad checkpoint; police say"),
        ("Agence France Presse", "2014-10-31", "Iraq bombing toll"),
    ]
    # no source_article: split only when counts agree, else keep the whole headline
    row = {"source_office": "A;B", "source_date": "2014-01-01;2014-01-02",
           "source_headline": "x; y; z"}
    assert ucdp_sources(row) == [("A", "2014-01-01", "x; y; z")]
    row["source_headline"] = "x;y"
    assert ucdp_sources(row) == [("A", "2014-01-01", "x"), ("B", "2014-01-02", "y")]


def test_load_ucdp_skips_hxl_and_empty_rows(ucdp_csv):
    assert detect_format(ucdp_csv) == "ucdp"
    refs = load_reference(ucdp_csv)
    assert [r.id for r in refs] == ["ucdp:1", "ucdp:2", "ucdp:3"]
    first = refs[0]
    assert first.text == "Car bomb kills 5 at Baghdad checkpoint; police say"
    assert first.source == "Reuters News" and first.published == date(2014, 10, 30)
    assert first.fatalities == 5 and first.event_date == date(2014, 10, 29)
    assert refs[1].event_date is None  # date_prec 2: the day is not known
    assert refs[0].event_type is None  # UCDP codes no ACLED types
    every = load_reference(ucdp_csv, headlines="all")
    assert [r.id for r in every] == ["ucdp:1", "ucdp:1#1", "ucdp:2", "ucdp:3"]
    assert every[1].published == date(2014, 10, 31)


def test_evaluate_ucdp_by_hand(ucdp_csv):
    refs = load_reference(ucdp_csv)
    baghdad = Place(name="Dura", admin1="Baghdad", latitude=33.25, longitude=44.38)
    far = Place(name="Tikrit", admin1="Salahuddin", latitude=34.6, longitude=43.68)
    answers = {
        # right toll, right day, exact spot
        refs[0].text: [EventMention(report_id="", event_type="Explosions/Remote violence",
                                    fatalities=5, place=baghdad, event_date=date(2014, 10, 29),
                                    type_of_violence=1)],
        # wrong toll, right province, ~7 km away
        refs[1].text: [EventMention(report_id="", event_type="Violence against civilians",
                                    fatalities=20, type_of_violence=3,
                                    place=Place(name="Baghdad", admin1="Baghdad Governorate",
                                                latitude=33.3152, longitude=44.3661))],
        # clash placed in Tikrit: admin1 right after normalising, ~41 km off, type wrong
        refs[2].text: [EventMention(report_id="", event_type="Violence against civilians",
                                    fatalities=0, place=far, event_date=date(2014, 11, 2))],
    }
    fn = fake_extractor(answers)
    seen: list[int] = []
    s = evaluate(refs, fn, batch_size=2, country="Iraq", progress=seen.append)
    assert fn.calls == [(2, "Iraq"), (1, "Iraq")]
    assert seen == [2, 1]
    assert s["n"] == 3
    assert s["detection_rate"]["score"] == 1.0
    assert s["event_type_accuracy"] is None and s["sub_event_f1_weighted"] is None
    assert s["ucdp_event_type_compatible"]["correct"] == 2  # clash typed as VAC is not
    assert s["type_of_violence_accuracy"]["correct"] == 2
    # fatalities: refs 5, 29, 0 -> predicted 5, 20, 0: 2 of 3; all-zero baseline 1 of 3
    assert s["fatalities_exact"]["correct"] == 2
    assert s["fatalities_exact"]["baseline"] == pytest.approx(1 / 3)
    assert s["fatalities_exact_nonzero"]["correct"] == 1
    assert s["fatalities_exact_nonzero"]["n"] == 2
    assert s["admin1_accuracy"]["correct"] == 3
    # only refs 1 and 3 have an exact day; ref 3's date is one day off
    assert s["date_exact"]["n"] == 2 and s["date_exact"]["correct"] == 1
    d = s["distance"]
    assert d["n"] == 3 and d["placed"] == 3
    assert d["within_10km"] == pytest.approx(2 / 3)
    assert d["within_50km"] == pytest.approx(1.0)
    assert d["median_km"] == pytest.approx(haversine_km(33.34, 44.40, 33.3152, 44.3661))
    text = format_scores(s)
    assert "all-zero baseline 33.3%" in text and "N/A" in text


def test_no_event_is_a_miss_everywhere(ucdp_csv):
    s = evaluate(load_reference(ucdp_csv), fake_extractor({}))
    assert s["detection_rate"]["correct"] == 0
    assert s["fatalities_exact"]["correct"] == 0  # even ref 3's zero is not "found"
    assert s["admin1_accuracy"]["correct"] == 0
    assert s["distance"]["placed"] == 0 and s["distance"]["median_km"] is None
    assert "N/A" in format_scores(s)


def test_main_event_is_lowest_index(ucdp_csv):
    refs = load_reference(ucdp_csv)[:1]
    answers = {refs[0].text: [
        EventMention(report_id="", index=1, event_type="Battles", fatalities=5),
        EventMention(report_id="", index=0, event_type="Battles", fatalities=3),
    ]}
    s = evaluate(refs, fake_extractor(answers))
    assert s["fatalities_exact"]["correct"] == 0


ACLED_NEW = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
             "event_type", "sub_event_type", "country", "admin1", "location", "latitude",
             "longitude", "source", "notes", "fatalities", "tags", "timestamp"]
ACLED_OLD = ["data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year",
             "time_precision", "event_type", "sub_event_type", "country", "admin1",
             "location", "latitude", "longitude", "source", "notes", "fatalities",
             "timestamp", "iso3"]


def test_acled_both_column_sets(tmp_path):
    new = _write_csv(tmp_path / "new.csv", ACLED_NEW, [
        {"event_id_cnty": "SYR1", "event_date": "2016-03-12", "time_precision": "1",
         "event_type": "Battles", "sub_event_type": "Armed clash", "country": "Syria",
         "admin1": "Homs", "latitude": "34.56", "longitude": "38.28",
         "notes": "On 12 March 2016, ISIS attacked an SAA checkpoint near Palmyra.",
         "fatalities": "4"}])
    old = _write_csv(tmp_path / "old.csv", ACLED_OLD, [
        {"data_id": "77", "event_date": "12 March 2016", "time_precision": "2",
         "event_type": "Protests", "sub_event_type": "Peaceful protest", "country": "Iraq",
         "admin1": "Al Basrah", "notes": "Residents protested power cuts in Basra.",
         "fatalities": "0"}])
    a, = load_reference(new)
    b, = load_reference(old)
    assert a.id == "acled:SYR1" and a.event_date == date(2016, 3, 12) and a.fatalities == 4
    assert b.id == "acled:77" and b.published == date(2016, 3, 12) and b.event_date is None
    assert normalise_admin1(b.admin1) == normalise_admin1("Basra")


def test_devset_per_class_and_non_events(tmp_path):
    items = [
        {"text": "a", "event_type": "Battles", "sub_event_type": "Armed clash",
         "fatalities": 4, "killed_min": 4, "killed_max": 4, "injured": 2},
        {"text": "b", "event_type": "Battles", "sub_event_type": "Armed clash"},
        {"text": "c", "event_type": "Explosions/Remote violence",
         "sub_event_type": "Suicide bomb", "fatalities": 0},
        {"text": "d", "event_type": "", "sub_event_type": ""},
    ]
    path = tmp_path / "dev.jsonl"
    path.write_text("\n".join(json.dumps(i) for i in items) + "\n", encoding="utf-8")
    refs = load_reference(path)
    assert detect_format(path) == "devset" and len(refs) == 4
    clash = {"event_type": "Battles", "sub_event_type": "Armed clash"}
    answers = {
        "a": [EventMention(report_id="", fatalities=4, killed_min=4, killed_max=5,
                           injured_min=2, **clash)],
        "b": [EventMention(report_id="", **clash)],
        "c": [EventMention(report_id="", event_type="Explosions/Remote violence",
                           sub_event_type="Remote explosive/landmine/IED")],
        "d": [EventMention(report_id="", **clash)],  # a non-event given an event
    }
    s = evaluate(refs, fake_extractor(answers))
    assert s["detection_rate"]["score"] == 1.0  # 3 of 3 real events
    assert s["non_event_rejection"]["correct"] == 0
    assert s["event_type_accuracy"]["correct"] == 3  # a, b, c right; d wrong
    # true [AC, AC, SB, none], pred [AC, AC, IED, AC]: AC f1 = 2*(2/3*1)/(2/3+1) = 0.8,
    # SB 0, none 0 -> weighted = 0.5*0.8 = 0.4
    assert s["sub_event_f1_weighted"]["score"] == pytest.approx(0.4)
    assert s["fatalities_exact"]["n"] == 2 and s["fatalities_exact"]["correct"] == 2
    assert s["killed_min_exact"]["score"] == 1.0 and s["killed_max_exact"]["score"] == 0.0
    assert s["injured_exact"]["score"] == 1.0
    pc = s["per_class"]["sub_event_type"]
    assert pc["Armed clash"]["recall"] == 1.0 and pc["Armed clash"]["precision"] == pytest.approx(2 / 3)
    assert "per class: sub_event_type" in format_scores(s)


def test_select_limit_and_seeded_sample():
    refs = [RefEvent(id=str(i), text=str(i), origin="devset",
                     country="Iraq" if i % 2 else "Syria") for i in range(20)]
    assert [r.id for r in select(refs, limit=3, sample=False)] == ["0", "1", "2"]
    a = select(refs, limit=5, seed=1)
    assert a == select(refs, limit=5, seed=1) and len(a) == 5
    assert [int(r.id) for r in a] == sorted(int(r.id) for r in a)  # file order kept
    assert all(r.country == "Iraq" for r in select(refs, country="iraq"))


@pytest.mark.parametrize("a,b", [
    ("Şalāḩ ad Dīn province", "Salahuddin"),
    ("Nīnawá province", "Nineveh"),
    ("At-Ta'mim province", "Kirkuk Governorate"),
    ("Al Başrah  province", "Basra"),
    ("Deir ez-Zor Governorate", "Dayr az Zawr"),
    ("Al Anbār province", "Anbar"),
])
def test_admin1_spellings_agree(a, b):
    assert normalise_admin1(a) == normalise_admin1(b)


def test_admin1_different_places_differ():
    assert normalise_admin1("Baghdad") != normalise_admin1("Babil")
    assert normalise_admin1("Damascus") != normalise_admin1("Rif Dimashq")


def test_real_ucdp_file_loads():
    path = Path(__file__).resolve().parents[2] / "shared/data/ucdp-ged/ged_iraq_1989_2018.csv"
    if not path.exists():
        pytest.skip("../shared not present")
    refs = load_reference(path)
    assert len(refs) > 3000  # about half the events carry a headline
    assert all(r.text and r.id.startswith("ucdp:") for r in refs)


def test_fakes_main_any_and_no_event(tmp_path):
    items = [
        {"id": "1", "text": "article one", "location": "aleppo", "published": "2016-01-02"},
        {"id": "2", "text": "article two", "location": "damascus", "published": "2016-01-02"},
        {"id": "3", "text": "article three", "location": "deir ezzor"},
        {"id": "3", "text": "article three", "location": "deir ezzor"},  # repeated: read once
        {"id": "4", "text": "article four", "location": "idlib"},
    ]
    path = tmp_path / "fakes_dev.jsonl"
    path.write_text("\n".join(json.dumps(i) for i in items) + "\n", encoding="utf-8")
    assert detect_format(path) == "fakes"
    refs = load_reference(path)
    assert len(refs) == 4 and refs[1].admin1_options == ("Damascus", "Rural Damascus")
    at = lambda a1, i=0: EventMention(report_id="", index=i, event_type="Battles",
                                      place=Place(name=a1, admin1=a1))
    answers = {
        "article one": [at("Aleppo"), at("Idleb", 1)],          # main right
        "article two": [at("Homs"), at("Rural Damascus", 1)],   # only a later event right
        "article four": [at("Hama")],                           # wrong
    }                                                           # three: no event
    s = evaluate(refs, fake_extractor(answers))
    assert s["main_event_in_admin1"]["correct"] == 1 and s["main_event_in_admin1"]["n"] == 4
    assert s["any_event_in_admin1"]["correct"] == 2
    assert s["no_event"]["correct"] == 1
    assert s["admin1_accuracy"] is None  # the article's place is not an event's coded admin1
    out = format_scores(s)
    assert "main event in the article's governorate" in out and "25.0%" in out


def test_fakes_rows_hidden_for_coded_events(ucdp_csv):
    s = evaluate(load_reference(ucdp_csv), fake_extractor({}))
    assert "article's governorate" not in format_scores(s)


def test_devset_split_is_read_and_the_cli_filters_on_it(tmp_path):
    from typer.testing import CliRunner

    from sitrep.cli.main import app

    items = [{"id": "x1", "split": "dev", "text": "Gunmen shot dead 3 farmers in Hawija.",
              "event_type": "Violence against civilians", "sub_event_type": "Attack",
              "fatalities": 3, "country": "Iraq"},
             {"id": "x2", "split": "blind", "text": "Jets bombed a market in Ariha.",
              "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
              "fatalities": 0, "country": "Syria"}]
    path = tmp_path / "notes.jsonl"
    path.write_text("\n".join(json.dumps(i) for i in items) + "\n", encoding="utf-8")
    assert [r.split for r in load_reference(path)] == ["dev", "blind"]
    out = tmp_path / "s.json"
    res = CliRunner().invoke(app, ["evaluate", str(path), "--split", "blind", "--json", str(out)])
    assert res.exit_code == 0, res.output
    assert json.loads(out.read_text())["event_type_accuracy"]["n"] == 1
    res = CliRunner().invoke(app, ["evaluate", str(path), "--split", "test"])
    assert res.exit_code != 0


def test_named_place_distance_for_notes_without_coordinates(tmp_path):
    # Coded notes name their place but give no point: the gazetteer's point for the name is
    # the reference; a name the gazetteer lacks is left out, not scored.
    base = {"event_type": "Battles", "sub_event_type": "Armed clash", "fatalities": 0,
            "country": "Syria"}
    items = [{"id": "a", "text": "note a", "location": "Tal Rifaat", "admin1": "Aleppo", **base},
             {"id": "b", "text": "note b", "location": "Tal Rifaat", "admin1": "Aleppo", **base},
             {"id": "c", "text": "note c", "location": "Qaryat Zzyzx", "admin1": "Aleppo", **base},
             {"id": "d", "text": "note d", "location": "Kobani", "admin1": "Aleppo", **base}]
    path = tmp_path / "notes.jsonl"
    path.write_text("\n".join(json.dumps(i) for i in items) + "\n", encoding="utf-8")
    refs = load_reference(path)
    assert refs[0].location == "Tal Rifaat"
    at = lambda lat, lon: [EventMention(report_id="", event_type="Battles", fatalities=0,
                                        place=Place(name="x", admin1="Aleppo", latitude=lat,
                                                    longitude=lon))]
    answers = {"note a": at(36.47, 37.10),   # Tall Rifaat itself
               "note b": at(36.20, 37.16),   # Aleppo city, ~30 km away
               "note c": at(36.20, 37.16)}   # unknown name: not scored; d: no event
    s = evaluate(refs, fake_extractor(answers))
    assert s["named_place_within_10km"] == {"n": 3, "correct": 1, "score": 1 / 3}
    assert "named place" in format_scores(s)
    s = evaluate(refs[:1], fake_extractor({}))  # no event at all is a miss
    assert s["named_place_within_10km"] == {"n": 1, "correct": 0, "score": 0.0}


def test_where_and_when_are_scored_for_events_only(tmp_path):
    # A non-event rightly left without an event has no place or date to get wrong.
    items = [{"id": "a", "text": "event a", "event_type": "Battles", "sub_event_type": "Armed clash",
              "admin1": "Aleppo", "event_date": "2020-03-01", "country": "Syria"},
             {"id": "b", "text": "not b", "event_type": "", "sub_event_type": "",
              "admin1": "Homs", "event_date": "2020-03-02", "country": "Syria"}]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(json.dumps(i) for i in items) + "\n", encoding="utf-8")
    answers = {"event a": [EventMention(report_id="", event_type="Battles",
                                        event_date=date(2020, 3, 1),
                                        place=Place(name="Aleppo", admin1="Aleppo"))]}
    s = evaluate(load_reference(path), fake_extractor(answers))
    assert s["non_event_rejection"]["score"] == 1.0
    assert s["admin1_accuracy"] == {"n": 1, "correct": 1, "score": 1.0}
    assert s["date_exact"] == {"n": 1, "correct": 1, "score": 1.0}


def test_an_admin1_name_several_countries_use_is_read_as_the_places_country():
    # "Southern District" is Israel's HaDarom here, not another country's district
    assert normalise_admin1("Southern District", "IL") == normalise_admin1("HaDarom", "IL")
    assert normalise_admin1("Salahuddin") == normalise_admin1("Salah al-Din", "IQ")
