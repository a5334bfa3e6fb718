import pytest


@pytest.fixture(scope="session")
def extractor():
    pytest.importorskip("sitrep.extract.casualties")  # written by the casualty engineer
    pytest.importorskip("sitrep.extract.dates")
    from sitrep.extract import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def run(extractor):
    from datetime import date

    from sitrep.model import Report

    def _run(text, published=date(2015, 3, 5), country=None):
        report = Report(text=text, published=published, source="test")
        return report, extractor.extract(report, country=country)

    return _run
