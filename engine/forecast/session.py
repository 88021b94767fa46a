"""The forecaster's session: the loaded data, where the test period starts, the latest results and whether the
trained model is saved. Qt-free, so the tab only shows it and wires controls to it, and the CLI and tests drive
the same object. pandas and the loader are imported on first use, so building the tab stays light (they load in
the background with the bundled sample).

Every slow step is a job (``job(progress, cancel)``) that the session hands out and the caller runs where it likes
(the GUI on its job runner, the CLI and tests in place); what a job returns goes back through the session's
``accept_<kind>`` method for that kind of result. A job captures the data it needs when it is made, so the session
may change while it runs. Training goes through the forecaster lab (``engine.forecast.lab``), as on the command line.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rnnlab.engine.errors import InputError
from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.forecast.lab import FORECAST, ForecastInputs, ForecastRun
from rnnlab.engine.jobs import CancelToken, FileWritten, Job, Progress, ProgressFn
from rnnlab.engine.translations import Message, translatable

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from rnnlab.engine.experiments.experiment import Experiment
    from rnnlab.engine.forecast.backtest import BacktestResult
    from rnnlab.engine.forecast.chart_series import ChartSeries
    from rnnlab.engine.forecast.forecaster import Forecaster
    from rnnlab.engine.forecast.loader import LoadedSeries
    from rnnlab.engine.forecast.selection import ChosenRows
    from rnnlab.engine.forecast.training import ForecastResult, TestForecast
    from rnnlab.engine.forecast.windows import SeriesSplit


@dataclass
class OpenedFile:
    """A price file read by ``open_job``: ``role`` is ``train`` (the series) or ``test`` (a separate test file);
    ``chart``: the rows shown once it is accepted, prepared for the price chart (where the job was asked to)."""

    role: str
    series: LoadedSeries
    chart: ChartSeries | None = None


@dataclass
class OpenedSample:
    """The bundled sample, training and test file together, and both prepared for the chart (the training file
    alone, and with the test file)."""

    train: LoadedSeries
    test: LoadedSeries
    train_chart: ChartSeries | None = None
    chart: ChartSeries | None = None


@dataclass
class ChosenSeries:
    """The rows ``choose_job`` chose, and the same prepared for the chart."""

    rows: ChosenRows
    chart: ChartSeries


@dataclass
class ScoredModel:
    """A saved forecaster read from ``source`` and scored on the loaded data (test forecasts and projection) cut to
    its period and bars (``rows``), with ``notes`` on what it could not show (a band its calibration cannot hold)."""

    forecaster: Forecaster
    test: TestForecast
    projection_index: pd.Index
    projection: np.ndarray
    projection_band: tuple[np.ndarray, np.ndarray] | None
    source: str
    rows: ChosenRows
    notes: list[str] = dataclasses.field(default_factory=list)
    chart: ChartSeries | None = None


class ForecastSession:
    """What the forecaster tab shows: data (training file, optional test file), the latest forecast (a training run
    or a loaded model), the latest backtest, and whether the trained model still needs saving."""

    def __init__(self) -> None:
        self.train_data: LoadedSeries | None = None
        self.test_data: LoadedSeries | None = None
        self.forecaster: Forecaster | None = None
        self.forecast: ForecastResult | ScoredModel | None = None
        self.backtest: BacktestResult | None = None
        self.chosen: ChosenRows | None = None
        self.unsaved = False
        self._chart: ChartSeries | None = None
        self._train_chart: ChartSeries | None = None

    # ----- data ------------------------------------------------------------------------------------------------
    @property
    def has_data(self) -> bool:
        """True once a price file (or the sample) is loaded."""
        return self.train_data is not None

    def open_job(self, path: str | Path, role: str = "train", symbol: str | None = None, chart: bool = False) -> Job:
        """A job reading ``path`` as the training file or as the test file continuing it (checked in the job); with
        ``chart``, it also prepares the rows shown for the price chart (``chart_series``)."""
        train = self.train_data.frame if role == "test" and self.train_data is not None else None

        def read(progress: ProgressFn, cancel: CancelToken) -> OpenedFile:
            from rnnlab.engine.forecast.chart_series import chart_series
            from rnnlab.engine.forecast.loader import load_price_csv_apart
            from rnnlab.engine.forecast.windows import combine_frames

            progress(Progress(fraction=0.0, message=Message(translatable("Engine", "Reading {name}…"),
                                                            name=Path(path).name)))
            series = load_price_csv_apart(path, symbol=symbol, cancel=cancel, progress=progress)
            shown = series.frame
            if train is not None:
                shown = combine_frames(train, series.frame, _common(train, series.frame))[0]
            return OpenedFile(role=role, series=series, chart=chart_series(shown) if chart else None)

        return read

    @staticmethod
    def sample_job(progress: ProgressFn, cancel: CancelToken) -> OpenedSample:
        """The job reading the bundled Google sample (training and test file), prepared for the chart."""
        from rnnlab.engine.forecast.chart_series import chart_series
        from rnnlab.engine.forecast.loader import load_sample
        from rnnlab.engine.forecast.windows import combine_frames

        train, test = load_sample()
        both = combine_frames(train.frame, test.frame, _common(train.frame, test.frame))[0]
        return OpenedSample(train=train, test=test, train_chart=chart_series(train.frame), chart=chart_series(both))

    def clear_test_data(self) -> None:
        """Forget the test file: the test period is the end of the training file again."""
        self.test_data = None
        self.chosen = None
        self._chart = self._train_chart
        self.clear_results()

    def loaded_frame(self) -> tuple[pd.DataFrame, int | None]:
        """Every row read: the training file's rows, then the test file's later rows (columns both files have), and
        how many of them are the training file's (None without a test file)."""
        from rnnlab.engine.forecast.windows import combine_frames

        frame = self.inputs().train.frame
        if self.test_data is None:
            return frame, None
        return combine_frames(frame, self.test_data.frame, _common(frame, self.test_data.frame))

    def frame(self) -> pd.DataFrame:
        """The series a run uses: the rows chosen by ``choose_job`` (period, bar size), else every row read."""
        return self.chosen.frame if self.chosen is not None else self.loaded_frame()[0]

    def choose_job(self, config: ForecastConfig) -> Job:
        """A job cutting the loaded rows to the period of ``config`` and combining them into its bars (what a run
        will use), prepared for the chart; a date or bar size that cannot work is refused now, before any thread
        starts."""
        from rnnlab.engine.forecast.selection import check_bar_size, check_choice, choose_rows

        check_choice(config)
        frame, n_train = self.loaded_frame()
        if config.bar_size.strip():
            check_bar_size(frame.index, config.bar_size)

        def choose(progress: ProgressFn, cancel: CancelToken) -> ChosenSeries:
            from rnnlab.engine.forecast.chart_series import chart_series

            rows = choose_rows(frame, config, n_train)
            return ChosenSeries(rows=rows, chart=chart_series(rows.frame))

        return choose

    def chart_series(self) -> ChartSeries:
        """The series shown (``frame``) prepared for the price chart: as the job that loaded or chose it left it,
        else prepared now (data accepted without it)."""
        from rnnlab.engine.forecast.chart_series import chart_series

        if self._chart is None:
            self._chart = chart_series(self.frame())
        return self._chart

    def notes(self) -> list[str]:
        """What the loader fixed, for both files, then what choosing the rows did."""
        if self.train_data is None:
            return []
        return self.inputs().notes() + (self.chosen.notes if self.chosen is not None else [])

    def inputs(self) -> ForecastInputs:
        """The loaded files as the forecaster lab takes them; an InputError before a file is open."""
        if self.train_data is None:
            raise InputError(translatable("Engine", "Open a price CSV first."))
        return ForecastInputs(self.train_data, self.test_data)

    def run(self, config: ForecastConfig) -> ForecastRun:
        """The lab's run of ``config`` on the loaded files (``inputs``)."""
        inputs = self.inputs()
        return ForecastRun(config, inputs.train.source, inputs.test.source if inputs.test is not None else None,
                           inputs.train.symbol)

    def test_start(self, config: ForecastConfig) -> object | None:
        """The first row of the test period (a date or row number), or None when the settings give none."""
        from rnnlab.engine.forecast.windows import split_point

        frame = self.frame()
        if self.test_data is not None:
            position = len(self.inputs().train.frame) if self.chosen is None else int(self.chosen.n_train or 0)
        else:
            try:
                position = split_point(frame.index, config)
            except InputError:
                return None
        return frame.index[position] if 0 <= position < len(frame) else None

    def split(self, config: ForecastConfig) -> SeriesSplit:
        """The training/test split for ``config`` (columns checked, enough rows), or an InputError saying why not."""
        from rnnlab.engine.forecast.windows import build_split

        inputs = self.inputs()
        return build_split(inputs.train.frame, inputs.test.frame if inputs.test is not None else None, config)

    def split_config(self, config: ForecastConfig) -> ForecastConfig:
        """``config`` as the split sees it: a separate test file makes the test start date meaningless."""
        return dataclasses.replace(config, test_from="") if self.test_data is not None else config

    # ----- jobs ------------------------------------------------------------------------------------------------
    def train_job(self, config: ForecastConfig) -> Job:
        """The forecaster lab's training job for ``config`` on the loaded data (the split is checked now, before any
        thread starts)."""
        return FORECAST.job(self.run(config), self.inputs())

    def seeds_experiment(self, config: ForecastConfig, seeds: int) -> Experiment:
        """An experiment of ``config`` on the loaded files over seeds 0 to ``seeds`` - 1 (*Repeat with 5 seeds*),
        its settings checked against the data now."""
        from rnnlab.engine.experiments.experiment import Experiment

        self.train_job(config)
        run = self.run(config)
        return Experiment(FORECAST.name, run, seeds=seeds,
                          input_files=tuple(path for path in (run.train_csv, run.test_csv) if path))

    def backtest_job(self, config: ForecastConfig, folds: int) -> Job:
        """The walk-forward backtest job with ``folds`` folds of the test period's size."""
        from rnnlab.engine.forecast.backtest import Backtest

        config = self.split_config(config)
        return Backtest(self.split(config), config, folds=folds)

    def load_model_job(self, path: str | Path, test_from: str = "") -> Job:
        """A job reading a saved forecaster and scoring it (test forecasts, projection) on the loaded data."""
        if self.train_data is None:
            raise InputError(translatable("Engine", "Open a price CSV first: a model is scored on the loaded data."))
        train = self.train_data.frame
        test = self.test_data.frame if self.test_data is not None else None
        loaded, n_train = self.loaded_frame()

        def score(progress: ProgressFn, cancel: CancelToken) -> ScoredModel:
            import numpy as np

            from rnnlab.engine.forecast.chart_series import chart_series
            from rnnlab.engine.forecast.forecaster import future_index, load_forecaster
            from rnnlab.engine.forecast.selection import choose_rows
            from rnnlab.engine.forecast.training import evaluate, projection_band
            from rnnlab.engine.forecast.windows import build_split

            progress(Progress(fraction=0.0, message=Message(translatable("Engine", "Scoring {name}…"),
                                                            name=Path(path).name)))
            forecaster, _ = load_forecaster(path)
            config = dataclasses.replace(forecaster.config, test_from="" if test is not None else test_from)
            split = build_split(train, test, config)
            rows = choose_rows(loaded, config, n_train)
            scored = evaluate(forecaster, split)
            steps = config.horizon
            projection = forecaster.project(split.values, steps) if steps else np.empty(0)
            band = projection_band(forecaster, projection)
            return ScoredModel(forecaster=forecaster, test=scored, projection_index=future_index(split.index, steps),
                               projection=projection, projection_band=band.bounds, source=Path(path).name,
                               rows=rows, notes=scored.notes + ([band.note] if band.note else []),
                               chart=chart_series(rows.frame))

        return score

    def save_model_job(self, path: str | Path) -> Job:
        """A job writing the current forecaster (weights, scaler, configuration) to ``path``."""
        forecaster = self.forecaster
        if forecaster is None:
            raise InputError(translatable("Engine", "Train or load a model first."))

        def save(progress: ProgressFn, cancel: CancelToken) -> FileWritten:
            forecaster.save(path)
            return FileWritten("model", Path(path), source=forecaster)

        return save

    def export_predictions_job(self, path: str | Path) -> Job:
        """A job writing the shown test forecasts as CSV."""
        from rnnlab.engine.forecast.export import write_predictions_csv

        if self.forecast is None:
            raise InputError(translatable("Engine", "Train or load a model first."))
        test = self.forecast.test

        def export(progress: ProgressFn, cancel: CancelToken) -> FileWritten:
            write_predictions_csv(path, test)
            return FileWritten("predictions", Path(path))

        return export

    # ----- outcomes: one entry per kind of result ------------------------------------------------------------
    def accept_sample(self, sample: OpenedSample) -> None:
        """The bundled sample's training and test file become the data."""
        self.train_data, self.test_data, self.chosen = sample.train, sample.test, None
        self._train_chart, self._chart = sample.train_chart, sample.chart
        self.clear_results()

    def accept_file(self, opened: OpenedFile) -> None:
        """A file read by ``open_job`` becomes the training file (forgetting any test file) or the test file; every
        row is shown until rows are chosen again."""
        if opened.role == "test":
            self.test_data = opened.series
        else:
            self.train_data, self.test_data = opened.series, None
            self._train_chart = opened.chart
        self._chart = opened.chart
        self.chosen = None
        self.clear_results()

    def accept_chosen(self, chosen: ChosenSeries) -> None:
        """The rows ``choose_job`` chose become the series shown."""
        self.chosen, self._chart = chosen.rows, chosen.chart
        self.clear_results()

    def accept_forecast(self, result: ForecastResult) -> None:
        """A model trained here: shown, and unsaved until ``accept_model_saved``."""
        self.forecaster, self.forecast, self.backtest, self.unsaved = result.forecaster, result, None, True

    def accept_scored(self, scored: ScoredModel) -> None:
        """A saved model read and scored by ``load_model_job``: shown on the rows it uses, and saved already."""
        self.forecaster, self.forecast, self.backtest, self.unsaved = scored.forecaster, scored, None, False
        self.chosen, self._chart = scored.rows, scored.chart

    def accept_backtest(self, backtest: BacktestResult) -> None:
        """A backtest replaces the forecast on show; the trained model itself stays."""
        self.forecast, self.backtest = None, backtest

    def accept_model_saved(self, written: FileWritten) -> None:
        """The model ``save_model_job`` wrote stops being unsaved, unless another one was trained meanwhile."""
        if written.source is self.forecaster:
            self.unsaved = False

    def clear_results(self) -> None:
        """Forget the shown forecast and backtest (new data or columns); the trained model itself stays."""
        self.forecast = None
        self.backtest = None


def _common(train: pd.DataFrame, test: pd.DataFrame) -> list[str]:
    return [column for column in train.columns if column in test.columns]
