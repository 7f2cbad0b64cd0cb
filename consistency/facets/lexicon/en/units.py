"""Units of measure: how they are written after a number, their dimension and factor, and how they are named."""

UnitEntry = tuple[str, str, float, float]
"""(canonical unit, dimension, factor to the dimension's base unit, offset)."""

_SPELLINGS: tuple[tuple[UnitEntry, tuple[str, ...]], ...] = (
    # length, base metre
    (("km", "length", 1000.0, 0.0), ("km(s)", "kilometre(s)", "kilometer(s)")),
    (("nautical mile", "length", 1852.0, 0.0), ("nautical mile(s)",)),
    (("mile", "length", 1609.344, 0.0), ("mile(s)", "mi")),
    (("m", "length", 1.0, 0.0), ("m", "metre(s)", "meter(s)")),
    (("cm", "length", 0.01, 0.0), ("cm", "centimetre(s)", "centimeter(s)")),
    (("mm", "length", 0.001, 0.0), ("mm", "millimetre(s)", "millimeter(s)")),
    (("foot", "length", 0.3048, 0.0), ("foot", "feet", "ft")),
    (("inch", "length", 0.0254, 0.0), ("inch(es)",)),
    (("yard", "length", 0.9144, 0.0), ("yard(s)",)),
    # mass, base kilogram
    (("kg", "mass", 1.0, 0.0), ("kg(s)", "kilogram(s)", "kilogramme(s)", "kilo(s)")),
    (("g", "mass", 0.001, 0.0), ("g", "gram(s)", "gramme(s)")),
    (("lb", "mass", 0.45359237, 0.0), ("lb(s)", "pound(s)")),
    (("ounce", "mass", 0.028349523, 0.0), ("ounce(s)", "oz")),
    (("tonne", "mass", 1000.0, 0.0), ("tonne(s)",)),
    (("ton", "mass", 907.18474, 0.0), ("ton(s)",)),
    # area, base square metre
    (("sq km", "area", 1e6, 0.0), ("square kilometre(s)", "square kilometer(s)", "sq km", "km2")),
    (("sq mile", "area", 2589988.11, 0.0), ("square mile(s)", "sq miles")),
    (("sq m", "area", 1.0, 0.0), ("square metre(s)", "square meter(s)")),
    (("sq foot", "area", 0.09290304, 0.0), ("square feet", "square foot")),
    (("hectare", "area", 1e4, 0.0), ("hectare(s)",)),
    (("acre", "area", 4046.8564224, 0.0), ("acre(s)",)),
    # volume, base litre
    (("litre", "volume", 1.0, 0.0), ("litre(s)", "liter(s)")),
    (("gallon", "volume", 3.785411784, 0.0), ("gallon(s)",)),
    (("barrel", "volume", 158.987295, 0.0), ("barrel(s)",)),
    # speed, base km/h
    (("mph", "speed", 1.609344, 0.0), ("mph", "miles per hour", "miles an hour")),
    (("km/h", "speed", 1.0, 0.0), ("km/h", "kph", "kmh", "kilometres per hour", "kilometers per hour",
                                   "kilometres an hour", "kilometers an hour")),
    (("knot", "speed", 1.852, 0.0), ("knot(s)",)),
    # temperature, base degree Celsius (value * factor + offset)
    (("celsius", "temperature", 1.0, 0.0), ("°c", "° c", "degrees celsius", "degrees c", "degrees centigrade")),
    (("fahrenheit", "temperature", 5 / 9, -160 / 9), ("°f", "° f", "degrees fahrenheit", "degrees f")),
    # duration, base second
    (("second", "time", 1.0, 0.0), ("second(s)",)),
    (("minute", "time", 60.0, 0.0), ("minute(s)",)),
    (("hour", "time", 3600.0, 0.0), ("hour(s)",)),
    (("day", "time", 86400.0, 0.0), ("day(s)",)),
    (("week", "time", 604800.0, 0.0), ("week(s)",)),
    (("month", "time", 2629800.0, 0.0), ("month(s)",)),
    (("year", "time", 31557600.0, 0.0), ("year(s)",)),
    (("decade", "time", 315576000.0, 0.0), ("decade(s)",)),
    # percentages
    (("percent", "percent", 1.0, 0.0), ("%", "percent", "per cent", "pct")),
    (("percentage point", "percentage point", 1.0, 0.0), ("percentage point(s)",)),
)
"""One entry per unit with its spellings; "mile(s)" stands for "mile" and "miles"."""

UNITS: dict[str, UnitEntry] = {
    written: entry
    for entry, spellings in _SPELLINGS
    for spelling in spellings
    for written in ((spelling[:spelling.index("(")], spelling.replace("(", "").replace(")", ""))
                    if spelling.endswith(")") else (spelling,))
}
"""Unit words after a number (lower case) -> canonical unit, dimension, factor and offset to the dimension's base unit."""

UNIT_BY_NAME: dict[str, UnitEntry] = {entry[0]: entry for entry, _ in _SPELLINGS}
"""The entry of each canonical unit."""

BASE_UNITS: dict[str, str] = {
    "length": "m", "mass": "kg", "area": "sq m", "volume": "litre", "speed": "km/h",
    "temperature": "celsius", "time": "second", "percent": "percent",
    "percentage point": "percentage point",
}
"""The unit a number's `si_value` is expressed in, per dimension."""

DURATION_UNITS: frozenset[str] = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})
"""Time units: a number with one of these is a duration unless it dates something ("two years ago")."""

SHORT_SPAN_UNITS: frozenset[str] = frozenset({"second", "minute", "hour"})
"""Time units of a gap between two moments of one story ("36 minutes after the first call"), not of a date."""

UNIT_NAMES: dict[str, tuple[str, str]] = {
    "mile": ("mile", "miles"), "nautical mile": ("nautical mile", "nautical miles"), "foot": ("foot", "feet"), "lb": ("pound", "pounds"), "inch": ("inch", "inches"),
    "yard": ("yard", "yards"), "ounce": ("ounce", "ounces"), "tonne": ("tonne", "tonnes"),
    "ton": ("ton", "tons"), "acre": ("acre", "acres"), "hectare": ("hectare", "hectares"),
    "litre": ("litre", "litres"), "gallon": ("gallon", "gallons"), "barrel": ("barrel", "barrels"),
    "knot": ("knot", "knots"), "celsius": ("°C", "°C"), "fahrenheit": ("°F", "°F"),
    "second": ("second", "seconds"), "minute": ("minute", "minutes"), "hour": ("hour", "hours"),
    "day": ("day", "days"), "week": ("week", "weeks"), "month": ("month", "months"),
    "year": ("year", "years"), "decade": ("decade", "decades"), "percent": ("percent", "percent"),
    "percentage point": ("percentage point", "percentage points"), "sq mile": ("square mile", "square miles"),
    "sq foot": ("square foot", "square feet"),
}
"""How a described quantity writes its unit (singular, plural); other units are written as their symbol."""

IMPERIAL_UNITS: frozenset[str] = frozenset({
    "mile", "nautical mile", "foot", "inch", "yard", "lb", "ounce", "ton", "acre", "sq mile", "sq foot", "gallon",
    "mph", "fahrenheit", "knot", "barrel",
})
"""Units a described quantity follows with its metric equivalent."""

METRIC_DISPLAY: dict[str, tuple[str, float]] = {
    "length": ("km", 1000.0), "short length": ("m", 1.0), "mass": ("kg", 1.0), "area": ("sq km", 1e6),
    "volume": ("litres", 1.0), "speed": ("km/h", 1.0), "temperature": ("°C", 1.0),
}
"""Metric unit (and its factor from the base unit) shown in brackets after an imperial quantity."""
