"""The UCDP-site layer switch, a held-out sites file, non-places, the theatre, ruler variants."""

from sitrep.extract.places import not_places, ruler_patterns
from sitrep.geo.sites import build_sites, parse_where, sites_path
from sitrep.model import EventMention, Report


def test_sites_switch(monkeypatch, tmp_path):
    monkeypatch.delenv("SITREP_GEO_SITES", raising=False)
    assert sites_path().name == "ucdp_sites.tsv"
    monkeypatch.setenv("SITREP_GEO_SITES", "off")
    assert sites_path() is None
    monkeypatch.setenv("SITREP_GEO_SITES", str(tmp_path / "x.tsv"))
    assert sites_path() == tmp_path / "x.tsv"


def test_held_out_sites_keep_only_early_years(tmp_path):
    header = "id,year,country,where_prec,where_coordinates,adm_1,adm_2,latitude,longitude\n"
    rows = ["1,2010,Iraq,1,Zzyzx town,Baghdād province,Maḩmūdīyah district,33.1,44.3",
            "2,2010,Iraq,1,Zzyzx town,Baghdād province,Maḩmūdīyah district,33.1,44.3",
            "3,2015,Iraq,1,Qwerty village,Nīnawá province,,36.1,43.1",
            "4,2010,Iraq,4,Baghdād province,Baghdād province,,33.3,44.4",
            "5,2010,Iraq,1,Road between A - B,Baghdād province,,33.3,44.4"]
    path = tmp_path / "ged_iraq.csv"
    path.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    early = build_sites([path], until_year=2012)
    assert [(r[0], r[3], r[4], r[9]) for r in early] == [("Zzyzx", "IQ", "Baghdad", 2)]
    assert len(build_sites([path])) == 2
    assert parse_where("Tadmur/Palmyra town") == (["Tadmur", "Palmyra"], "town")


def test_feasts_and_leaders_are_not_places():
    words = not_places()
    assert {"ramadan", "ashura", "putin"} <= words and "mosul" not in words


def test_ruler_writes_articles_every_way():
    pats = {p["pattern"] for p in ruler_patterns(["Ar Raqqah", "Al Bab"], set())}
    assert {"al-Raqqah", "Al-Raqqah", "al-Bab", "Al Bab"} <= pats


def test_far_country_named_alongside_the_theatre_gives_way(geo):
    r = Report(text="x")
    m = EventMention(report_id=r.id, location_text="US", location_context=["Iraq"])
    geo.geocode([m], r, country="Iraq")
    assert m.place.iso2 == "IQ"
    # a neighbour stays: Turkish towns are where cross-border events happen
    m = EventMention(report_id=r.id, location_text="Cizre", location_context=["Iraq"])
    geo.geocode([m], r, country="Iraq")
    assert m.place.iso2 == "TR"


def test_reef_dimashq_spellings(geo):
    for t in ("Reef Dimashq", "Der-Ezzor", "Al-Suwaidaa"):
        assert geo.locate(t, country="Syria").admin1 in ("Rural Damascus", "Deir-ez-Zor",
                                                         "As-Sweida"), t


def test_country_only_event_takes_the_governorate_the_text_names(geo):
    text = ("Syria air strikes kill 42 Monitor AFP Monday. At least 42 people were killed when "
            "warplanes hit the market in Ariha on Monday, the Observatory said.")
    r = Report(text=text)
    m = EventMention(report_id=r.id, location_text="Syria")
    geo.geocode([m], r, country="Syria")
    assert (m.place.admin1, m.place.feature, m.place.where_prec) == ("Idleb", "admin1", 4)
    assert "Ariha" in m.place.note
    # ordinary capitalised words are not places; with none named the country stays
    r = Report(text="Syria air strikes kill 42 Monitor AFP Monday. The Observatory said so.")
    m = EventMention(report_id=r.id, location_text="Syria")
    geo.geocode([m], r, country="Syria")
    assert m.place.feature == "country"


def test_country_aliases(geo):
    for t, iso2 in (("US", "US"), ("U.S.", "US"), ("Britain", "GB"), ("UAE", "AE")):
        p = geo.locate(t, country="Syria")
        assert (p.iso2, p.feature) == (iso2, "country"), t


def test_loose_spelling_gives_way_to_the_named_governorate(geo):
    # "Mayadyn" folds to Mayadin (Deir-ez-Zor), 400 km from the Damascus the sentence names
    p = geo.locate("Mayadyn", ["Damascus"], country="Syria")
    assert p.admin1 == "Damascus" and p.geo_precision == 2


def test_dates_are_not_places():
    from sitrep.extract.places import choose
    t = "Last updated at Jul 172015 Barrel bombs killed 20 in Aleppo"
    i = t.index("Jul")
    j = t.index("Aleppo")
    assert choose(t, [(i, i + 10), (j, j + 6)], 0).text == "Aleppo"


def test_loose_spelling_never_reaches_a_foreign_town(geo):
    # "Western Ghouta" folds close to a Turkish town's spelling; with Syria the theatre it
    # is a Syrian name or nothing.
    p = geo.locate("Ghoutaa Zzyzx", country="Syria")
    assert p.iso2 in ("SY", "")
    p = geo.locate("Tikreet", country="Iraq")
    assert p.admin1 == "Salah al-Din"  # a loose match at home still counts
