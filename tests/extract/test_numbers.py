import pytest

from sitrep.extract.numbers import parse_number, quantity_range, read_quantity


@pytest.mark.parametrize("text,value", [
    ("42", 42), ("1,200", 1200), ("14,000", 14000), ("twenty-seven", 27), ("twenty seven", 27),
    ("a dozen", 12), ("two dozen", 24), ("half a dozen", 6), ("two hundred", 200),
    ("a hundred", 100), ("one hundred and twenty", 120), ("three thousand", 3000),
    ("1.5 million", 1_500_000), ("Eleven", 11), ("zero", 0),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "foo", "twelve apples", "dozens", "at least 4"])
def test_parse_number_rejects_non_numbers(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text,expected", [
    ("17", (17, 17, False)),
    ("at least 42", (42, 42, False)),       # the highest figure reported is 42
    ("more than 150", (151, 151, False)),
    ("over 1,000", (1001, 1001, False)),
    ("up to 30", (15, 30, False)),          # only capped: floor is half the cap
    ("as many as 8", (4, 8, False)),
    ("nearly 50", (45, 49, False)),
    ("almost 20", (18, 19, False)),
    ("about 20", (20, 20, False)),
    ("some 40", (40, 40, False)),
    ("between 10 and 15", (10, 15, False)),
    ("10 to 15", (10, 15, False)),
    ("10-15", (10, 15, False)),
    ("two or three", (2, 3, False)),
    ("25 or more", (25, 25, False)),
    ("dozens", (24, 99, True)),
    ("dozens of", (24, 99, True)),
    ("tens of", (20, 99, True)),
    ("hundreds of", (200, 999, True)),
    ("scores of", (40, 199, True)),
    ("several", (3, 9, True)),
    ("a few", (2, 5, True)),
    ("a number of", (2, None, True)),
    ("many", (3, None, True)),
])
def test_quantity_range(text, expected):
    assert quantity_range(text) == expected


def test_quantity_range_rejects_other_text():
    assert quantity_range("killed 5") is None
    assert quantity_range("soldiers") is None


def test_vague_words_carry_acled_figures():
    assert read_quantity("dozens").acled == 12
    assert read_quantity("tens of").acled == 10
    assert read_quantity("hundreds").acled == 100
    several = read_quantity("several")
    assert (several.acled, several.acled_large) == (3, 10)


def test_acled_figure_is_the_stated_number():
    # ACLED codes what the report states; only "nearly N" rules N itself out
    assert read_quantity("more than 150").acled == 150
    assert read_quantity("over 20").acled == 20
    assert read_quantity("up to 30").acled == 30
    assert read_quantity("as many as 25").acled == 25
    assert read_quantity("between 10 and 15").acled == 10
    assert read_quantity("at least 42").acled == 42
    assert read_quantity("nearly 50").acled == 49
    assert (read_quantity("more than 150").min, read_quantity("more than 150").max) == (151, 151)


def test_a_range_up_to_more_than_a_figure_keeps_the_lower_source():
    from sitrep.extract.numbers import read_quantity

    q = read_quantity("from 74 to more than 90")
    assert (q.min, q.max, q.acled) == (74, 91, 74)
