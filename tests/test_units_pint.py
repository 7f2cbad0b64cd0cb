"""The unit table's factors held against pint's definitions, in the tests only (pint is slow to import and not a dependency)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from consistency.facets.lexicon.en.units import BASE_UNITS, UNIT_BY_NAME

from .conftest import ROOT

pint = pytest.importorskip("pint", reason="pint comes with the test extra: pip install -e '.[test]'")

RELATIVE = 1e-6  # the table writes some factors to 9 or 10 significant digits (ounce, square mile)

PINT_NAMES: dict[str, str | None] = {
    "km": "km", "nautical mile": "nautical_mile", "mile": "mile", "m": "m", "cm": "cm", "mm": "mm", "foot": "foot", "inch": "inch", "yard": "yard",
    "kg": "kg", "g": "g", "lb": "pound", "ounce": "ounce", "tonne": "tonne", "ton": "short_ton",
    "sq km": "km ** 2", "sq mile": "mile ** 2", "sq m": "m ** 2", "sq foot": "foot ** 2", "hectare": "hectare",
    # pint's `acre` is the US survey acre (4046.8726 m²); the table, like news use since 2023, the international
    # acre of 43,560 square feet
    "acre": "43560 * foot ** 2",
    "litre": "litre", "gallon": "gallon", "barrel": "oil_barrel",  # a barrel of oil: 42 US gallons
    "mph": "mile / hour", "km/h": "km / hour", "knot": "knot",
    "celsius": "degC", "fahrenheit": "degF",
    "second": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "week",
    "month": "month", "year": "year", "decade": "10 * year",  # pint's `decade` is the logarithmic one
    "percent": "percent",
    "percentage point": None,  # a difference of percentages: no physical unit to compare with
}
"""Each canonical unit of the table -> the same unit in pint's terms."""


@pytest.fixture(scope="module")
def ureg():
    return pint.UnitRegistry()


def test_every_unit_of_the_table_is_checked():
    assert set(PINT_NAMES) == set(UNIT_BY_NAME)


@pytest.mark.parametrize("unit", sorted(u for u, name in PINT_NAMES.items() if name and u not in ("celsius", "fahrenheit")))
def test_factor_to_the_base_unit_agrees_with_pint(ureg, unit):
    _canonical, dimension, factor, offset = UNIT_BY_NAME[unit]
    base = PINT_NAMES[BASE_UNITS[dimension]]
    expected = ureg.Quantity(PINT_NAMES[unit]).to(base).magnitude
    assert offset == 0.0
    assert factor == pytest.approx(expected, rel=RELATIVE), f"1 {unit} = {expected} {base} in pint, {factor} in the table"


@pytest.mark.parametrize("degrees", [-40.0, 0.0, 32.0, 100.0, 212.0])
def test_temperatures_convert_as_pint_does(ureg, degrees):
    for unit in ("celsius", "fahrenheit"):
        _canonical, _dimension, factor, offset = UNIT_BY_NAME[unit]
        expected = ureg.Quantity(degrees, PINT_NAMES[unit]).to("degC").magnitude
        assert degrees * factor + offset == pytest.approx(expected, rel=RELATIVE, abs=1e-9)


def _quantity(ureg, value: float, unit: str):
    if unit in ("celsius", "fahrenheit"):  # an offset unit: pint refuses to multiply it
        return ureg.Quantity(value, PINT_NAMES[unit])
    return value * ureg(PINT_NAMES[unit])


@pytest.mark.e2e
def test_facets_reports_values_in_base_units_that_pint_agrees_with(ureg, write):
    article = write("fire.txt", " date 2021-08-02 The fire burned 2,000 acres and spread 30 miles on Monday, "
                                "when it was 100 degrees Fahrenheit, officials said. The tanker carried 5,000 "
                                "barrels of oil. Winds reached 40 mph.\n")
    result = subprocess.run([sys.executable, "-m", "consistency", "facets", str(article), "-f", "json"],
                            capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert result.returncode == 0, result.stderr
    numbers = [f["value"] for s in json.loads(result.stdout)["sentences"] for f in s["facets"] if f["kind"] == "number"]
    seen = {n["unit"] for n in numbers}
    assert {"acre", "mile", "fahrenheit", "barrel", "mph"} <= seen
    for n in numbers:
        if n["unit"] in PINT_NAMES and PINT_NAMES[n["unit"]]:
            expected = _quantity(ureg, n["value"], n["unit"]).to(PINT_NAMES[n["si_unit"]]).magnitude
            assert n["si_value"] == pytest.approx(expected, rel=1e-5), n  # the report rounds to 6 digits
