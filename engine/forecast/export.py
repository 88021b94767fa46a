"""Write the test-period forecasts as CSV (``date,actual,predicted,naive,drift,linear`` and, with an interval,
``lower,upper``), atomically."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pandas as pd

from rnnlab.engine.atomic import atomic_path
from rnnlab.engine.forecast.price_dates import index_labels

if TYPE_CHECKING:
    from rnnlab.engine.forecast.training import TestForecast


def write_predictions_csv(path: str | os.PathLike[str], test: TestForecast) -> None:
    """One row per test row (dates with their time of day where the data has one); a crash mid-write leaves any
    older file at ``path`` untouched."""
    columns = {"date": index_labels(test.index), "actual": test.actual, "predicted": test.predicted,
               "naive": test.naive, **test.baselines}
    if test.lower is not None:
        columns.update(lower=test.lower, upper=test.upper)
    frame = pd.DataFrame(columns)
    with atomic_path(path) as tmp:
        frame.to_csv(tmp, index=False)
