"""The bundled sample corpus comes out as its answer key's 22 incidents, each once.

The key is in src/sitrep/data/sample/README.md; reports are named by their id in
reports.jsonl (the last three digits), or by outlet for the feed, page and text file.
"""

from sitrep.store import Store

MM = "Mesopotamia Monitor"  # feed.xml
KEY = {
    "Dujail clash": {"001", "002", "003"},
    "Jurf al-Sakhar car bomb": {"004", "005", "006", "Rafidain Post"},
    "Mazraa advance": {"007", "008"},
    "Rawa executions": {"009", "010"},
    "Albu Nimr detentions": {"010"},
    "Yusufiyah car bomb": {"011", "012", "013"},
    "Balad / Samarra clashes": {"014", "015"},
    "Furat executions": {"016", "017", "018"},
    "Dura car bomb": {"019", "020", "021", "022", "036", MM},
    "Palestine Street car bomb": {"022", "023", "036"},
    "Kurat executions": {"024", "025"},
    "Jubur detentions": {"026", "027"},
    "southern entrance car bomb": {"028", "029", "030"},
    "Ras al-Ma killings": {"031", "032", "Anbar Observer"},
    "Ilam car bomb": {"033", "034", "036", MM},
    "Nassir Square car bomb": {"033", "035", "036", MM},
    "Tripoli fighting": {"037", "038", "039", "040", MM},
    "Latifiya abductions": {"041", "042", "043"},
    "Zayouna killings": {"044", "045", "046"},
    "Reaper strike near Baiji": {"047", "048"},
    "Brimstone strike": {"048", "049"},
    "Derna": {"051", "052"},
}


def _label(report) -> str:
    if report.external_id.startswith("sample-"):
        return report.external_id.removeprefix("sample-")
    return MM if report.source.startswith(MM) else report.source


def test_every_incident_of_the_key_comes_out_once_with_all_its_reports(demo_db):
    with Store(demo_db, read_only=True) as s:
        label = {r.id: _label(r) for r in s.reports()}
        got = sorted(sorted(label[r] for r in i.report_ids) for i in s.incidents(limit=None))
    want = sorted(sorted(v) for v in KEY.values())
    assert len(got) == len(want) == 22
    assert got == want
