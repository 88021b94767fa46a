"""The callbacks every training loop calls: each lab's run with callbacks registered gives the same numbers and the
same progress events as the plain run of the same seed, and the records the callbacks hear are the run's own."""

import numpy as np
import pandas as pd
import pytest

from rnnlab.engine.forecast.backtest import Backtest
from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.forecast.training import ForecastTraining
from rnnlab.engine.forecast.windows import split_series
from rnnlab.engine.gradflow.config import GradflowConfig
from rnnlab.engine.gradflow.training import GradflowTraining, decades_of_decay
from rnnlab.engine.jobs import CancelToken
from rnnlab.engine.recurrent import CELLS
from rnnlab.engine.training_loop import EpochEnd, EvaluationEnd, StepEnd, TrainingCallbacks
from rnnlab.engine.translate.config import TranslatorConfig
from rnnlab.engine.translate.pairs import pairs_data
from rnnlab.engine.translate.training import TranslatorTraining

pytestmark = pytest.mark.usefixtures("app_torch_settings")

WORDS = [f"{a}{b}{c}" for a in "abcdefg" for b in "hijklmn" for c in "opqrs"]
REVERSAL = pairs_data([(n, w, w[::-1]) for n, w in enumerate(WORDS, start=1)], "reversal", "reversal.tsv")
TINY_FORECAST = ForecastConfig(window=8, layers=2, units=6, epochs=2, batch_size=16, horizon=4, validation_fraction=0.2)
TINY_TRANSLATOR = TranslatorConfig(hidden_size=8, embedding_size=4, batch_size=16, valid_fraction=0.3, epochs=2,
                                   train_words=150, seed=3)


def price_frame(n: int = 120) -> pd.DataFrame:
    """A random walk of daily prices."""
    rng = np.random.default_rng(0)
    close = 100 + np.cumsum(rng.normal(0, 1, n))
    index = pd.bdate_range("2020-01-01", periods=n, name="date")
    return pd.DataFrame({"Open": close + rng.normal(0, 0.2, n), "High": close + 1, "Close": close}, index=index)


class Heard:
    """Callbacks that keep every record they hear."""

    def __init__(self) -> None:
        self.steps: list[StepEnd] = []
        self.evaluations: list[EvaluationEnd] = []
        self.epochs: list[EpochEnd] = []
        self.callbacks = TrainingCallbacks(on_step=[self.steps.append], on_evaluation=[self.evaluations.append],
                                           on_epoch_end=[self.epochs.append])


def _run(job) -> tuple[object, list]:
    events = []
    return job(events.append, CancelToken()), events


def test_gradflow_with_callbacks_trains_as_without_and_they_hear_every_step_and_probe():
    config = GradflowConfig(cell="lstm", length=10, hidden=4, steps=7, batch_size=4, probe_every=3)
    plain, plain_events = _run(GradflowTraining(config, CELLS))
    heard = Heard()
    hooked, hooked_events = _run(GradflowTraining(config, CELLS, callbacks=heard.callbacks))
    assert hooked.losses == plain.losses
    assert [e.message for e in hooked_events] == [e.message for e in plain_events]
    assert [e.losses for e in hooked_events] == [e.losses for e in plain_events]
    assert [record.step for record in heard.steps] == list(range(1, 8))
    assert [record.losses for record in heard.steps] == [{cell: plain.losses[cell][k] for cell in CELLS}
                                                        for k in range(7)]
    assert [record.step for record in heard.evaluations] == [0, 3, 6, 7] and heard.epochs == []
    last = plain.snapshots["gru"].diagnostics
    assert heard.evaluations[-1].figures["gru_probe_loss"] == last.probe_loss
    assert heard.evaluations[-1].figures["gru_product_decades"] == decades_of_decay(last.log_product)


def test_forecast_with_callbacks_trains_as_without_and_they_hear_steps_validations_and_epochs():
    split = split_series(price_frame(), TINY_FORECAST)
    plain, plain_events = _run(ForecastTraining(split, TINY_FORECAST))
    heard = Heard()
    hooked, hooked_events = _run(ForecastTraining(split, TINY_FORECAST, callbacks=heard.callbacks))
    assert hooked.train_losses == plain.train_losses and hooked.val_losses == plain.val_losses
    np.testing.assert_array_equal(hooked.test.predicted, plain.test.predicted)
    assert [e.message for e in hooked_events] == [e.message for e in plain_events]
    batches = len(heard.steps) // TINY_FORECAST.epochs
    assert [record.step for record in heard.steps] == list(range(1, 2 * batches + 1))
    assert heard.steps[-1].epoch == 2.0
    assert [record.figures for record in heard.epochs] == [
        {"train_loss": train, "val_loss": val} for train, val in zip(plain.train_losses, plain.val_losses, strict=True)]
    assert [(record.step, record.figures["val_loss"]) for record in heard.evaluations] == [
        (batches, plain.val_losses[0]), (2 * batches, plain.val_losses[1])]


def test_each_backtest_fold_tells_the_callbacks_its_epochs():
    heard = Heard()
    config = ForecastConfig(window=8, layers=1, units=4, epochs=1, batch_size=16, horizon=0, validation_fraction=0.2)
    Backtest(split_series(price_frame(n=160), config), config, folds=2, fold_size=20, callbacks=heard.callbacks)(
        lambda event: None, CancelToken())
    assert [record.epoch for record in heard.epochs] == [1, 1]


def test_translator_with_callbacks_trains_as_without_and_they_hear_steps_measurements_and_epochs():
    plain, plain_events = _run(TranslatorTraining(TINY_TRANSLATOR, REVERSAL, eval_interval_s=1e9))
    heard = Heard()
    hooked, hooked_events = _run(TranslatorTraining(TINY_TRANSLATOR, REVERSAL, eval_interval_s=1e9,
                                                    callbacks=heard.callbacks))
    assert hooked.loss_curve == plain.loss_curve and hooked.accuracy_curve == plain.accuracy_curve
    assert hooked.evaluation == plain.evaluation
    assert [(e.message, e.fraction, e.loss, e.accuracy) for e in hooked_events] == [
        (e.message, e.fraction, e.loss, e.accuracy) for e in plain_events]
    assert [(record.epoch, record.losses["train"]) for record in heard.steps] == plain.loss_curve
    assert [record.step for record in heard.steps] == list(range(1, len(plain.loss_curve) + 1))
    assert [(record.epoch, record.figures["accuracy"]) for record in heard.epochs] == [
        (1, plain.accuracy_curve[0][1]), (2, plain.accuracy_curve[1][1])]
    assert heard.epochs[-1].figures["char_error_rate"] == plain.evaluation.char_error_rate
    assert [record.epoch for record in heard.evaluations] == [epoch for epoch, _a in plain.accuracy_curve]
