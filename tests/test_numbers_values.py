"""The number facet's data without a model: its typed value (the report's key order) and its word tables."""

from __future__ import annotations

import json

from consistency.compare.numbers import describe_number, numbers_agree
from consistency.core.values import ABSENT, value_dict
from consistency.core.values.numbers import NumberValue
from consistency.facets.lexicon.en.calendar import MONTHS, WEEKDAYS
from consistency.facets.lexicon.en.numbers import DATE_WORDS
from consistency.facets.lexicon.en.units import UNIT_BY_NAME, UNITS


def test_score_value_writes_its_seven_keys_in_order():
    score = NumberValue(value=[52.0, 47.0], unit=None, si_value=None, noun="vote", approx=None, kind="score", verb="pass")
    assert json.dumps(value_dict(score)) == (
        '{"value": [52.0, 47.0], "unit": null, "si_value": null, "noun": "vote", "approx": null, '
        '"kind": "score", "verb": "pass"}'
    )


def test_count_value_writes_optional_keys_only_when_present():
    plain = NumberValue(value=15.0, unit=None, si_value=15.0, si_unit=None, noun="people", approx=None,
                        kind="count", verb="kill", role="object", precision=1.0)
    assert list(plain.to_dict()) == ["value", "unit", "si_value", "si_unit", "noun", "approx", "kind", "verb",
                                     "role", "precision"]
    ranged = NumberValue(value=10.0, unit=None, si_value=10.0, si_unit=None, noun="people", approx=None,
                         kind="count", verb="hurt", role="object", precision=1.0, upper=15.0, si_upper=15.0,
                         vague="dozens", of=True)
    assert list(ranged.to_dict())[-4:] == ["upper", "si_upper", "vague", "of"]
    assert plain.upper is ABSENT and not plain.vague and not plain.of


def test_typed_values_agree_and_describe():
    a = NumberValue(value=3.1, unit="mile", si_value=4988.97, si_unit="m", noun=None, approx=None,
                    kind="quantity", verb="walk", role="other", precision=0.1)
    b = NumberValue(value=5.0, unit="km", si_value=5000.0, si_unit="m", noun=None, approx=None,
                    kind="quantity", verb="walk", role="other", precision=1.0)
    assert numbers_agree(a, b) is True
    assert describe_number(a) == "3.1 miles (5.0 km)"
    assert numbers_agree(NumberValue(value=None), NumberValue(value=1)) is None


def test_units_spell_regular_plurals_once():
    assert UNITS["miles"] == UNITS["mile"] == ("mile", "length", 1609.344, 0.0)
    assert UNITS["kms"] == UNITS["km"] and UNITS["inches"] == UNITS["inch"]
    assert UNITS["feet"] == UNITS["foot"] and "foots" not in UNITS
    assert "sq miles" in UNITS and "sq mile" not in UNITS  # as written before the table was compacted
    assert "percentage points" in UNITS and "percents" not in UNITS
    assert len(UNITS) == 127
    assert {entry[0] for entry in UNITS.values()} == set(UNIT_BY_NAME)
    assert all(UNIT_BY_NAME[entry[0]] == entry for entry in UNITS.values())


def test_date_words_hold_calendar_names():
    assert {"january", "jan", "jan.", "sept.", "may", "monday", "sunday"} <= DATE_WORDS
    assert "may." not in DATE_WORDS and "mon" not in DATE_WORDS  # full weekday names only
    assert set(MONTHS) <= DATE_WORDS
    assert {day for day in WEEKDAYS if len(day) > 5} <= DATE_WORDS
    assert len(DATE_WORDS) == 90
