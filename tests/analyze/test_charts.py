import pytest

from sitrep.analyze import charts


@pytest.mark.parametrize("by", ["day", "week", "month"])
def test_timeline_png_and_svg(incidents, tmp_path, by):
    png = charts.timeline_chart(incidents, tmp_path / f"t_{by}.png", by=by)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = charts.timeline_chart(incidents, tmp_path / f"t_{by}.svg", by=by)
    text = svg.read_text()
    assert text.lstrip().startswith("<?xml") and "<svg" in text


def test_svg_is_deterministic(incidents, tmp_path):
    a = charts.admin1_chart(incidents, tmp_path / "a.svg").read_bytes()
    b = charts.admin1_chart(incidents, tmp_path / "b.svg").read_bytes()
    assert a == b


def test_admin1_chart_and_empty_input(incidents, tmp_path):
    assert charts.admin1_chart(incidents, tmp_path / "a.png").stat().st_size > 5000
    assert charts.timeline_chart([], tmp_path / "empty.png").exists()
    with pytest.raises(ValueError):
        charts.timeline_chart(incidents, tmp_path / "x.pdf")
    with pytest.raises(ValueError):
        charts.timeline_chart(incidents, tmp_path / "x.png", by="year")
