import pytest

from sitrep.geo import Geocoder


@pytest.fixture(scope="session")
def geo():
    return Geocoder()
