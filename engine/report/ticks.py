"""Axis ticks a person can read: 1-2-5 steps on linear axes, whole decades (10⁻⁴⁰) on log axes, dates on time
axes.

Every function returns ``(positions, labels)`` in the axis's own coordinates (log10 values on a log axis), so the
chart only maps positions to pixels. Labels are plain text with Unicode superscripts: an SVG with no fonts to load.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from functools import partial

import numpy as np

_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
_DAY_SECONDS = 86400.0


def nice_step(span: float, target: int = 6) -> float:
    """The 1, 2 or 5 times a power of ten closest above ``span / target``."""
    if span <= 0 or not math.isfinite(span):
        return 1.0
    raw = span / target
    power = 10.0 ** math.floor(math.log10(raw))
    for factor in (1.0, 2.0, 5.0, 10.0):
        if raw <= factor * power:
            return factor * power
    return 10.0 * power


def linear_ticks(low: float, high: float, target: int = 6) -> tuple[list[float], list[str]]:
    """Ticks every 1-2-5 step between ``low`` and ``high``, labelled with as few digits as the step needs."""
    step = nice_step(high - low, target)
    first = math.ceil(low / step - 1e-9)
    positions = [k * step for k in range(first, int(math.floor(high / step + 1e-9)) + 1)]
    decimals = max(0, -int(math.floor(math.log10(step)))) if step < 1 else 0
    labels = [_plain(value, decimals) for value in positions]
    return positions, labels


def _plain(value: float, decimals: int) -> str:
    if value != 0 and (abs(value) >= 1e6 or abs(value) < 1e-4):
        return f"{value:.3g}"
    return f"{0.0 if abs(value) < 1e-12 else value:.{decimals}f}"


def power_of_ten(exponent: int) -> str:
    """``10⁻⁴⁰`` for -40, ``1`` for 0, ``10`` for 1."""
    if exponent == 0:
        return "1"
    if exponent == 1:
        return "10"
    return "10" + str(exponent).translate(_SUPERSCRIPT)


def log_ticks(low: float, high: float, target: int = 6) -> tuple[list[float], list[str]]:
    """Ticks of a log axis given in log10 units: whole decades (every 1, 2, 5, 10... decades) on wide ranges,
    1, 2 and 5 times each power of ten on a few decades (the decades alone when those are over twice the target),
    1-2-5 steps inside one decade; labels never repeat, however far the axis is zoomed in (:func:`distinct_labels`).

    The one tick rule of RNN Lab's log axes: the reports' figures and the gradient-flow tab's plots both use it."""
    if high - low >= 3:
        step = max(1, int(nice_step(high - low, target)))
        first = math.ceil(low / step - 1e-9) * step
        powers = list(range(int(first), int(math.floor(high + 1e-9)) + 1, step))
        return [float(p) for p in powers], [power_of_ten(p) for p in powers]
    values = [m * 10.0 ** k for k in range(math.floor(low) - 1, math.ceil(high) + 1) for m in (1, 2, 5)]
    values = [v for v in values if low - 1e-9 <= math.log10(v) <= high + 1e-9]
    decades = [v for v in values if round(v / 10.0 ** math.floor(math.log10(v) + 1e-9)) == 1]
    if len(values) < 3:
        for density in (target, 2 * target):
            values = [v for v in linear_ticks(10.0 ** low, 10.0 ** high, density)[0] if v > 0]
            if len(values) >= 2:
                break
    elif len(values) > 2 * target and len(decades) >= 2:
        values = decades
    positions = [math.log10(v) for v in values]
    return positions, distinct_labels(positions)


def distinct_labels(values: list[float]) -> list[str]:
    """10**v for each log10 value v, with the fewest significant digits (2 at least) that tell them all apart."""
    labels: list[str] = []
    for digits in range(2, 10):
        labels = [_number(10.0 ** v, digits) for v in values]
        if len(set(labels)) == len(labels):
            return labels
    return labels


def _number(value: float, digits: int) -> str:
    """``0.05``, ``200``, ``2·10⁻⁵``: plain from 0.001 to 9999, else a power of ten (times a mantissa)."""
    exponent = math.floor(math.log10(value) + 1e-12)
    if -3 <= exponent <= 3:
        return f"{value:.{max(digits, exponent + 1)}g}"
    mantissa = f"{value / 10.0 ** exponent:.{digits - 1}g}"
    return power_of_ten(exponent) if mantissa == "1" else f"{mantissa}·{power_of_ten(exponent)}"


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_TIME_STEPS = tuple(minutes / 1440 for minutes in (1, 5, 15, 30, 60, 120, 180, 360, 720))
_DAY_STEPS = (1, 2, 7, 14)
_MONTH_STEPS = (1, 2, 3, 6)
_MONDAY = 4
"""1970-01-05, the first Monday in days since 1970-01-01: week ticks fall on Mondays."""


def date_ticks(low: float, high: float, target: int = 6) -> tuple[list[float], list[str]]:
    """Ticks of a time axis in days since 1970-01-01 on calendar steps: hours, days, Mondays (every week or every
    other), the first of a month (every 1, 2, 3 or 6 months) or of a year (every 1, 2, 5, 10... years), the finest
    step that gives at most ``target`` ticks, so a 20-day period gets a tick a week and five years a tick a year.
    Labels name the year on the first tick and where a new year starts (``Jan 9, 2017``, ``Jan 16``...), and on
    every tick three months or more apart."""
    if not (math.isfinite(low) and math.isfinite(high)) or high <= low:
        return [], []
    for step, ticks_of in _calendar_steps(low, high):
        if (high - low) / step > target + 1:
            continue
        positions, labels = ticks_of()
        if len(positions) <= target:
            return positions, labels
    return [], []


def _calendar_steps(low: float, high: float) -> Iterator[tuple[float, Callable[[], tuple[list[float], list[str]]]]]:
    """The candidate tickings from the finest to the coarsest: (about how many days apart, a function giving
    (positions, labels))."""
    for step in _TIME_STEPS:
        yield step, partial(_day_ticks, low, high, step, 0.0, with_time=True)
    for step in _DAY_STEPS:
        yield step, partial(_day_ticks, low, high, step, _MONDAY if step >= 7 else 0.0, with_time=False)
    for months in _MONTH_STEPS:
        yield 30.4 * months, partial(_month_ticks, low, high, months)
    years = 1
    while True:
        yield 365.2 * years, partial(_year_ticks, low, high, years)
        if 365.2 * years > high - low:
            return
        years = int(nice_step(years * 1.5, 1))


def _day_ticks(low: float, high: float, step: float, origin: float, with_time: bool) -> tuple[list[float], list[str]]:
    first = math.ceil((low - origin) / step - 1e-9)
    positions = [origin + k * step for k in range(first, int(math.floor((high - origin) / step + 1e-9)) + 1)]
    labels: list[str] = []
    shown_day, shown_year = None, None
    for position in positions:
        stamp = np.datetime64(int(round(position * 86400)), "s").astype(object)
        day = f"{_MONTHS[stamp.month - 1]} {stamp.day}"
        year = f", {stamp.year}" if stamp.year != shown_year else ""
        shown_year = stamp.year
        if not with_time:
            labels.append(day + year)
        elif stamp.date() != shown_day:
            labels.append(f"{day}{year} {stamp.hour:02d}:{stamp.minute:02d}")
            shown_day = stamp.date()
        else:
            labels.append(f"{stamp.hour:02d}:{stamp.minute:02d}")
    return positions, labels


def _month_ticks(low: float, high: float, months: int) -> tuple[list[float], list[str]]:
    start = np.datetime64(int(math.floor(low)), "D").astype("datetime64[M]")
    stop = np.datetime64(int(math.floor(high)), "D").astype("datetime64[M]")
    positions: list[float] = []
    labels: list[str] = []
    for month in np.arange(start, stop + 1):
        index = int(month.astype(np.int64))
        position = _days(month.astype("datetime64[D]"))
        if index % months or not low - 1e-9 <= position <= high + 1e-9:
            continue
        name, year = _MONTHS[index % 12], 1970 + index // 12
        labels.append(f"{name} {year}" if not labels or index % 12 == 0 or months >= 3 else name)
        positions.append(position)
    return positions, labels


def _year_ticks(low: float, high: float, years: int) -> tuple[list[float], list[str]]:
    chosen = [y for y in range(_year(low), _year(high) + 1) if y % years == 0]
    positions = [_days(np.datetime64(f"{y}-01-01")) for y in chosen]
    kept = [(p, str(y)) for p, y in zip(positions, chosen, strict=True) if low - 1e-9 <= p <= high + 1e-9]
    return [p for p, _ in kept], [label for _, label in kept]


def _year(days: float) -> int:
    return int(str(np.datetime64(int(math.floor(days)), "D"))[:4])


def _days(stamp: np.datetime64) -> float:
    return float(stamp.astype("datetime64[s]").astype(np.int64)) / _DAY_SECONDS


def dates_as_days(values: object) -> np.ndarray:
    """Dates (a pandas DatetimeIndex, numpy datetime64 array or list of them) as float days since 1970-01-01."""
    stamps = np.asarray(values, dtype="datetime64[s]")
    return stamps.astype(np.int64).astype(np.float64) / _DAY_SECONDS
