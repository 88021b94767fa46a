"""The stock-forecaster lab (``engine.labs``): a run is a configuration and the price files it trains on.

Torch- and pandas-free to import: the files are read and the model trained when a job runs.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.jobs import CancelToken, ignore_progress
from rnnlab.engine.labs import FromScratch
from rnnlab.engine.translations import Message, translatable

if TYPE_CHECKING:
    from rnnlab.engine.forecast.loader import LoadedSeries
    from rnnlab.engine.forecast.training import ForecastResult, ForecastTraining
    from rnnlab.engine.report.document import Report

CHECKPOINT_KIND = "forecaster"
SAMPLE_FILES = ("Google_Stock_Price_Train.csv", "Google_Stock_Price_Test.csv")
"""The bundled sample (``resources/stock``): Google's daily prices 2012-2016 (training) and January 2017 (test)."""


@dataclass(frozen=True)
class ForecastRun:
    """One forecaster run: the settings, the training CSV (and the test CSV continuing it, tested on instead of the
    end of the training file), and the series to use from a long file with a symbol column (None: the first)."""

    config: ForecastConfig
    train_csv: str
    test_csv: str | None = None
    symbol: str | None = None


@dataclass(frozen=True)
class ForecastInputs:
    """The price files of a run as read: the training series and the test series (None without a test file)."""

    train: LoadedSeries
    test: LoadedSeries | None = None

    def notes(self) -> list[str]:
        """What the loader fixed, in both files."""
        test_notes = ([Message(translatable("Engine", "Test file: {note}"), note=note) for note in self.test.notes]
                      if self.test is not None else [])
        return self.train.notes + test_notes

    def files(self) -> list[LoadedSeries]:
        """The training series, then the test series if there is one."""
        return [self.train] + ([self.test] if self.test is not None else [])


def resolved_config(config: ForecastConfig, inputs: ForecastInputs) -> ForecastConfig:
    """``config`` as it trains on ``inputs``: the default target column (Open) becomes the file's own first price
    column where the file has no Open, and a test file makes the test start date meaningless."""
    changes: dict[str, Any] = {}
    if config.column == ForecastConfig.column and config.column not in inputs.train.columns:
        changes["column"] = inputs.train.default_column()
    if inputs.test is not None:
        changes["test_from"] = ""
    return dataclasses.replace(config, **changes) if changes else config


class ForecastLab:
    """The stock forecaster: a stacked RNN trained on a price series, scored one step ahead against the naive
    forecast."""

    name = "forecast"
    settings = ForecastConfig
    run_type = ForecastRun
    checkpoint_kind = CHECKPOINT_KIND
    headline_metric = "skill"
    metric_names = ("skill", "mae", "rmse", "mape", "mase", "naive_mae", "naive_rmse", "naive_mape", "naive_mase",
                    "dm_statistic", "dm_p_value", "band_level", "coverage", "band_covered", "band_rows",
                    "epochs_run", "best_epoch", "train_seconds", "n_rows_read", "n_rows", "n_train", "n_test")

    def load(self, run: ForecastRun, cancel: CancelToken | None = None) -> ForecastInputs:
        """Read the training file (and the test file, checked to continue it), as the tab's Open does; a period or a
        bar size that cannot work is refused first."""
        from rnnlab.engine.forecast.selection import check_choice
        from rnnlab.engine.forecast.session import ForecastSession

        check_choice(run.config)
        cancel = cancel or CancelToken()
        session = ForecastSession()
        session.accept_file(session.open_job(run.train_csv, "train", run.symbol)(ignore_progress, cancel))
        if run.test_csv:
            session.accept_file(session.open_job(run.test_csv, "test")(ignore_progress, cancel))
        return session.inputs()

    def job(self, run: ForecastRun, inputs: ForecastInputs | None = None
            ) -> ForecastTraining | FromScratch[ForecastResult]:
        """The training job of ``run`` on ``inputs``; its split (columns, enough rows, a band the validation windows
        can hold) is checked now. Without inputs, the job reads the files first."""
        if inputs is None:
            return FromScratch(self, run)
        from rnnlab.engine.forecast.training import ForecastTraining
        from rnnlab.engine.forecast.windows import build_split

        config = resolved_config(run.config, inputs)
        split = build_split(inputs.train.frame, inputs.test.frame if inputs.test is not None else None, config)
        return ForecastTraining(split, config)

    def report(self, run: ForecastRun, inputs: ForecastInputs | None, result: ForecastResult) -> Report:
        """The lab report: the files, the settings, the metrics and the charts (the split rebuilt from the files)."""
        from rnnlab.engine.report.forecast_report import forecast_report_from_files

        inputs = inputs or self.load(run)
        return forecast_report_from_files(result.forecaster.config, result, inputs.train, inputs.test)


FORECAST = ForecastLab()
