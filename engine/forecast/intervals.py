"""Split-conformal prediction intervals (Vovk et al.; Lei et al. 2018, "Distribution-free predictive inference").

The model's absolute errors on a calibration slice it never trained on (the validation windows at the end of the
training period) set the band's half-width: with n calibration errors and level 1 - alpha, the half-width is the
ceil((n + 1)(1 - alpha))-th smallest error, so a new error falls inside with probability >= 1 - alpha when errors
are exchangeable. That rank exists only when it is at most n: with fewer errors no band holds the level, and none
is drawn (a training run whose settings give too few is refused before it starts, :class:`BandUnsupported`). The
projection gets one half-width per step ahead, from multi-step projections started inside the calibration slice;
later steps have fewer errors, so the band may stop before the projection does.

A band comes from one of the ``*_band`` functions below, which return a :class:`Band` (bounds, or the reason there
are none); the test period's adaptive band (``adaptive.py``, which also reads the test actuals) starts from the same
calibration errors.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from rnnlab.engine.errors import InputError
from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.forecast.windows import validation_count
from rnnlab.engine.params import param_specs

if TYPE_CHECKING:
    from rnnlab.engine.forecast.forecaster import Forecaster

_MOST_VALIDATION = next(spec.high for spec in param_specs(ForecastConfig)
                        if spec.name == "validation_fraction" and spec.high is not None)
RANK_TOLERANCE = 1e-9
"""(n + 1) * level is not always exact in floating point ((99 + 1) * 0.55 is 55.00000000000001): ranks are computed
from it minus this tolerance, so an exact boundary counts as reached."""


def conformal_rank(n_errors: int, level: float) -> int:
    """ceil((n + 1) * level): the rank (1 = smallest) of the calibration error that bounds a band at ``level``."""
    return math.ceil((n_errors + 1) * level - RANK_TOLERANCE)


def supports(n_errors: int, level: float) -> bool:
    """True when ``n_errors`` calibration errors hold a band at ``level`` (its rank is at most n)."""
    return conformal_rank(n_errors, level) <= n_errors


def errors_needed(level: float) -> int:
    """The fewest calibration errors that hold a band at ``level`` (9 for 90%, 99 for 99%)."""
    n = max(1, math.ceil(level / (1.0 - level) - 1e-6))
    while not supports(n, level):
        n += 1
    while n > 1 and supports(n - 1, level):
        n -= 1
    return n


def highest_level(n_errors: int) -> float:
    """The highest level in whole percent that ``n_errors`` calibration errors hold (0 when none does)."""
    level = math.floor(100 * n_errors / (n_errors + 1) + 1e-6) / 100
    while level > 0 and not supports(n_errors, level):
        level = round(level - 0.01, 2)
    return max(level, 0.0)


def percent(level: float) -> str:
    """0.9 -> '90%', 0.975 -> '97.5%'."""
    return f"{100 * level:.10g}%"


def conformal_half_width(errors: np.ndarray, level: float) -> float:
    """The split-conformal half-width of ``level`` from absolute calibration ``errors``: the ceil((n + 1) level)-th
    smallest. Raises ValueError when there are too few errors for that level (callers check :func:`supports`)."""
    ordered = np.sort(np.asarray(errors, dtype=np.float64))
    rank = conformal_rank(len(ordered), level)
    if rank > len(ordered):
        raise ValueError(f"{len(ordered)} calibration errors cannot hold a {percent(level)} band "
                         f"({errors_needed(level)} needed).")
    return float(ordered[rank - 1])


@dataclass(frozen=True)
class BandShortfall:
    """Settings whose validation windows are too few for the band's level, with the two ways out: the smallest
    validation fraction that gives enough windows (None when even the largest allowed does not) and the highest
    level these windows hold. ``projection_fraction`` is the smallest fraction whose band also reaches the last of
    the ``horizon`` projection steps (each step further ahead has one calibration error fewer), where it differs."""

    level: float
    errors: int
    fraction: float | None
    horizon: int = 0
    projection_fraction: float | None = None

    @property
    def needed(self) -> int:
        """The validation windows (calibration errors) a band at this level needs."""
        return errors_needed(self.level)

    def message(self, name: Callable[[str], str]) -> str:
        """The refusal in one sentence, naming each setting by ``name(field)`` (a form label or a CLI flag)."""
        ways = []
        if self.fraction is not None:
            further = (f" ({self.projection_fraction:.2f} for the band to reach all {self.horizon} projection steps "
                       "too)" if self.projection_fraction is not None else "")
            ways.append(f"raise {name('validation_fraction')} to {self.fraction:.2f}{further}")
        if highest_level(self.errors) > 0:
            ways.append(f"lower {name('interval')} to {highest_level(self.errors):.2f}")
        remedy = " or ".join(ways) or f"use more rows or a shorter window, or set {name('interval')} to 0 (no band)"
        return (f"A {percent(self.level)} band needs at least {self.needed} validation windows (its calibration "
                f"errors); these settings give {self.errors}: {remedy}.")


class BandUnsupported(InputError):
    """A training run refused before it starts: its validation windows cannot hold the band's level. The message
    names each setting by ``names[field]``: by default its form label ("the validation fraction"); the CLI passes
    its flags."""

    def __init__(self, shortfall: BandShortfall, names: dict[str, str] | None = None) -> None:
        names = names or {spec.name: "the " + spec.label.lower() for spec in param_specs(ForecastConfig)}
        super().__init__(shortfall.message(names.__getitem__))
        self.shortfall, self.names = shortfall, names

    def __reduce__(self) -> tuple[type[BandUnsupported], tuple[BandShortfall, dict[str, str]]]:
        return type(self), (self.shortfall, self.names)


def band_shortfall(n_train: int, config: ForecastConfig) -> BandShortfall | None:
    """Why ``config`` cannot calibrate its band on a training period of ``n_train`` rows (known before any
    training: the validation windows are the last ``validation_fraction`` of the ``n_train - window`` training
    windows), or None when it can, or asks for no band, or has no validation windows at all (the run then says
    so in a note)."""
    if config.interval <= 0 or config.validation_fraction <= 0:
        return None
    windows = max(0, n_train - config.window)
    errors = validation_count(windows, config.validation_fraction)
    if supports(errors, config.interval):
        return None
    needed = errors_needed(config.interval)
    fraction = _smallest_fraction(windows, needed)
    reaching = _smallest_fraction(windows, needed + config.horizon - 1) if config.horizon > 1 else None
    return BandShortfall(level=config.interval, errors=errors, fraction=fraction, horizon=config.horizon,
                         projection_fraction=reaching if fraction is not None and reaching != fraction else None)


def _smallest_fraction(windows: int, needed: int) -> float | None:
    """The smallest validation fraction (in steps of 0.01) whose share of ``windows`` is at least ``needed``; None
    when even the largest allowed is not enough."""
    if not windows:
        return None
    fraction = math.ceil(100 * needed / windows - 1e-6) / 100
    while fraction <= _MOST_VALIDATION and validation_count(windows, fraction) < needed:
        fraction = round(fraction + 0.01, 2)
    return fraction if fraction <= _MOST_VALIDATION else None


@dataclass
class Band:
    """A prediction band around a forecast: its ``lower`` and ``upper`` bounds (None: no band), and ``note`` saying
    why a band asked for is missing or shorter than the forecast."""

    lower: np.ndarray | None = None
    upper: np.ndarray | None = None
    note: str | None = None

    @property
    def bounds(self) -> tuple[np.ndarray, np.ndarray] | None:
        """(lower, upper), or None without a band."""
        return None if self.lower is None or self.upper is None else (self.lower, self.upper)


@dataclass
class Calibration:
    """Absolute errors (price units) on the calibration slice: one-step, and per projection step (a list of arrays,
    step 1 first)."""

    one_step: np.ndarray
    by_step: list[np.ndarray]

    def half_width(self, level: float) -> float:
        """The one-step band's half-width at ``level`` (ValueError when the errors cannot hold it)."""
        return conformal_half_width(self.one_step, level)

    def step_half_widths(self, level: float, steps: int) -> np.ndarray:
        """A half-width per projection step, each from that step's own errors, never narrower than the step before
        (uncertainty does not shrink further ahead); it stops at the first step whose errors cannot hold ``level``,
        so it may have fewer than ``steps`` entries (none when the one-step errors cannot hold it)."""
        widths: list[float] = []
        if not supports(len(self.one_step), level):
            return np.empty(0)
        current = self.half_width(level)
        for step in range(steps):
            errors = self.by_step[step] if step < len(self.by_step) else np.empty(0)
            if not supports(len(errors), level):
                break
            current = max(current, conformal_half_width(errors, level))
            widths.append(current)
        return np.array(widths)

    def as_payload(self) -> dict[str, list[float] | list[list[float]]]:
        """Plain lists for the model file."""
        return {"one_step": [float(e) for e in self.one_step], "by_step": [[float(e) for e in s] for s in self.by_step]}

    @classmethod
    def from_payload(cls, payload: dict[str, Any] | None) -> Calibration | None:
        """Read ``as_payload``'s lists back (None: a model saved without calibration)."""
        if not payload or not payload.get("one_step"):
            return None
        return cls(one_step=np.asarray(payload["one_step"], dtype=np.float64),
                   by_step=[np.asarray(s, dtype=np.float64) for s in payload.get("by_step", [])])


def split_conformal_band(calibration: Calibration, predicted: np.ndarray, level: float) -> Band:
    """The one-step band at ``level`` around ``predicted``, or no band with the reason when the calibration errors
    are too few for the level (a model file calibrated on fewer errors than its level needs)."""
    n = len(calibration.one_step)
    if not supports(n, level):
        return Band(note=f"No {percent(level)} prediction band: the model was calibrated on {n} validation errors, and "
                         f"a {percent(level)} band needs at least {errors_needed(level)}.")
    width = calibration.half_width(level)
    return Band(lower=predicted - width, upper=predicted + width)


def split_conformal_steps(calibration: Calibration, projection: np.ndarray, level: float) -> Band:
    """The band around a projection, one half-width per step ahead; it stops (with a note) at the first step whose
    errors cannot hold ``level``."""
    widths = calibration.step_half_widths(level, len(projection))
    if len(widths) == len(projection):
        return Band(lower=projection - widths, upper=projection + widths)
    step = len(widths) + 1
    errors = len(calibration.by_step[step - 1]) if step - 1 < len(calibration.by_step) else 0
    reason = (f"step {step} has {errors} calibration error{'s' if errors != 1 else ''}, and a {percent(level)} band "
              f"needs at least {errors_needed(level)}")
    if not len(widths):
        return Band(note=f"No {percent(level)} band on the projection: {reason}.")
    shown = projection[: len(widths)]
    return Band(lower=shown - widths, upper=shown + widths,
                note=f"The {percent(level)} band covers the first {len(widths)} of the {len(projection)} projection "
                     f"steps: {reason} (each step further ahead has one error fewer).")


def calibrate(forecaster: Forecaster, values: np.ndarray, rows: np.ndarray, n_train: int, steps: int) -> Calibration:
    """The model's errors on calibration ``rows`` (rows of ``values`` it did not train on, all before ``n_train``):
    one step ahead, and for each of ``steps`` projection steps from every calibration row with a known outcome."""
    predicted_rows, predicted = forecaster.predict_rows(values, int(rows[0]), int(rows[-1]) + 1)
    one_step = np.abs(values[predicted_rows, 0] - predicted)
    by_step: list[np.ndarray] = []
    if steps:
        starts = predicted_rows[predicted_rows < n_train]
        paths = forecaster.project_from(values, starts, steps)
        for step in range(steps):
            known = starts + step < n_train
            by_step.append(np.abs(values[starts[known] + step, 0] - paths[known, step]))
    return Calibration(one_step=one_step, by_step=by_step)

