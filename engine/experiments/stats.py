"""Statistics over seeds: mean, standard deviation and a Student-t confidence interval per configuration, and the
paired t-test of two configurations run on the same seeds.

The t distribution's CDF and quantile are computed here (scipy is not a dependency of the app): the CDF through the
regularized incomplete beta function, evaluated by its continued fraction (Lentz's method), and the quantile by
bisection on the CDF. The tests check both against ``scipy.stats.t``.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from typing import Sequence

LEVEL = 0.95
_EPSILON = 1e-15
_TINY = 1e-300
_MAX_TERMS = 500


@dataclass(frozen=True)
class Summary:
    """``n`` values' mean, their sample standard deviation (n - 1 in the denominator) and the ``level`` confidence
    interval of the mean, mean +- t(1 - (1 - level)/2, n - 1) sd / sqrt(n); sd and interval None for one value."""

    n: int
    mean: float
    sd: float | None
    low: float | None
    high: float | None
    level: float = LEVEL


@dataclass(frozen=True)
class PairedTest:
    """The paired t-test of ``a - b`` over ``n`` shared seeds: the mean difference, its confidence interval, t
    (n - 1 degrees of freedom) and the two-sided p-value. Identical differences on every seed give t = +-inf and
    p = 0 (or t = 0 and p = 1 when they are all 0); fewer than two seeds give no test (t and p None)."""

    n: int
    mean_difference: float
    low: float | None
    high: float | None
    t: float | None
    p: float | None


def summarize(values: Sequence[float], level: float = LEVEL) -> Summary:
    """The summary of ``values`` (at least one, all finite)."""
    n = len(values)
    if n == 0:
        raise ValueError("summarize needs at least one value")
    mean = math.fsum(values) / n
    if n == 1:
        return Summary(1, mean, None, None, None, level)
    sd = math.sqrt(math.fsum((v - mean) ** 2 for v in values) / (n - 1))
    half = t_quantile(1 - (1 - level) / 2, n - 1) * sd / math.sqrt(n)
    return Summary(n, mean, sd, mean - half, mean + half, level)


def paired_t_test(a: Sequence[float], b: Sequence[float], level: float = LEVEL) -> PairedTest:
    """The paired t-test of equal means for ``a[k]`` and ``b[k]`` measured on the same seed k."""
    if len(a) != len(b):
        raise ValueError("a paired test needs one value of each side per seed")
    differences = [x - y for x, y in zip(a, b, strict=True)]
    summary = summarize(differences, level)
    if summary.sd is None:
        return PairedTest(summary.n, summary.mean, None, None, None, None)
    if summary.sd == 0:
        if summary.mean == 0:
            return PairedTest(summary.n, 0.0, 0.0, 0.0, 0.0, 1.0)
        return PairedTest(summary.n, summary.mean, summary.mean, summary.mean, math.copysign(math.inf, summary.mean),
                          0.0)
    t = summary.mean / (summary.sd / math.sqrt(summary.n))
    p = 2 * t_cdf(-abs(t), summary.n - 1)
    return PairedTest(summary.n, summary.mean, summary.low, summary.high, t, min(1.0, p))


def p_text(p: float | None) -> str:
    """A p-value as it is read: ``p = 0.031``, ``p < 0.001``."""
    if p is None:
        return "p -"
    return "p < 0.001" if p < 0.001 else f"p = {p:.3g}"


def t_cdf(t: float, df: float) -> float:
    """P(T <= t) for Student's t with ``df`` degrees of freedom: with x = df / (df + t^2), the tail beyond |t| is
    I_x(df/2, 1/2) / 2 (1 - x passed as t^2 / (df + t^2), exact near t = 0)."""
    if math.isinf(t):
        return 1.0 if t > 0 else 0.0
    tail = 0.5 * incomplete_beta(df / 2, 0.5, df / (df + t * t), t * t / (df + t * t))
    return 1 - tail if t > 0 else tail


@functools.lru_cache(maxsize=1024)
def t_quantile(p: float, df: float) -> float:
    """The t with P(T <= t) = p (0 < p < 1), by bisection on the tail P(T <= -|t|) (precise for a small p too) to
    the last bits of a float. Cached: a summary asks for the same few (0.975, n - 1) again and again, and each
    bisection takes about a millisecond."""
    if not 0 < p < 1:
        raise ValueError(f"a quantile needs 0 < p < 1; got {p}")
    tail = min(p, 1 - p)
    low, high = 0.0, 1.0
    while t_cdf(-high, df) > tail:
        low, high = high, high * 2
    for _ in range(2000):
        middle = (low + high) / 2
        if middle in (low, high):
            break
        low, high = (middle, high) if t_cdf(-middle, df) > tail else (low, middle)
    t = (low + high) / 2
    return t if p >= 0.5 else -t


def incomplete_beta(a: float, b: float, x: float, complement: float | None = None) -> float:
    """The regularized incomplete beta function I_x(a, b), from its continued fraction (Numerical Recipes 6.4),
    using the symmetry I_x(a, b) = 1 - I_{1-x}(b, a) where the fraction converges slowly; ``complement`` is 1 - x
    where the caller has it more precisely than 1 - x."""
    y = 1 - x if complement is None else complement
    if x <= 0:
        return 0.0
    if y <= 0:
        return 1.0
    log_front = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log(y)
    if x < (a + 1) / (a + b + 2):
        return math.exp(log_front) * _beta_fraction(a, b, x) / a
    return 1 - math.exp(log_front) * _beta_fraction(b, a, y) / b


def _beta_fraction(a: float, b: float, x: float) -> float:
    """The continued fraction of the incomplete beta function, by the modified Lentz method."""
    c, d = 1.0, 1 - (a + b) * x / (a + 1)
    d = 1 / (d if abs(d) > _TINY else _TINY)
    fraction = d
    for m in range(1, _MAX_TERMS + 1):
        for numerator in (m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
                          -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))):
            d = 1 + numerator * d
            d = 1 / (d if abs(d) > _TINY else _TINY)
            c = 1 + numerator / c
            c = c if abs(c) > _TINY else _TINY
            fraction *= c * d
        if abs(c * d - 1) < _EPSILON:
            break
    return fraction
