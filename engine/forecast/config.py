"""The forecaster's configuration: one dataclass whose declarations drive the GUI form, the CLI flags and
validation (torch-free). ``form=False`` fields are edited by the tab's data panel (columns, test start)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from rnnlab.engine.params import param
from rnnlab.engine.recurrent import CELLS
from rnnlab.engine.runtime import device_param

TARGETS = ("change", "value")
INTERVAL_METHODS = ("adaptive", "split")


@dataclass
class ForecastConfig:
    """What to forecast, how to split the series, and how to build and train the recurrent network."""

    column: str = param("Open", label="Target column", form=False,
                        help="The column to forecast one step ahead (the exercise forecasts Open; default: Open when "
                             "the file has it, else its first price-like column).")
    features: tuple[str, ...] = param((), label="Extra inputs", form=False,
                                      help="Extra input columns the network also sees, e.g. High Low (none: the "
                                           "target column only).")
    date_from: str = param("", label="From", form=False, flag="--from",
                           help="Use only the rows on or after this date (YYYY-MM-DD, or YYYY-MM-DD HH:MM); empty: "
                                "from the first row. Applied before the bars are made.")
    date_to: str = param("", label="To", form=False, flag="--to",
                         help="Use only the rows on or before this date (a date without a time includes that whole "
                              "day); empty: to the last row.")
    last_rows: int | None = param(None, label="Last rows", low=3, high=10**9, optional=True, none_text="all",
                                  form=False, help="Use only the last N rows (after From and To, before the bars "
                                                   "are made); all: every row.")
    bar_size: str = param("", label="Bar size", form=False, flag="--resample",
                          help="Combine the rows into bars of this size, a pandas offset alias such as 5min, 1h, 1D "
                               "or 1W: open first, high max, low min, close last, volume summed, other columns "
                               "last; bars with no row (nights, weekends) dropped. Only a bar longer than the file's "
                               "own spacing; empty: the rows as in the file.")
    target: str = param("change", label="Target", choices=TARGETS,
                        help="change: predict the move from the last value, inputs taken relative to it (beats the "
                             "naive forecast more often); value: predict the next value itself, as the exercise does.")
    cell: str = param("rnn", label="Cell", choices=CELLS,
                      help="Recurrent cell: rnn (Elman, as the exercise's SimpleRNN), lstm or gru.")
    window: int = param(60, label="Window", low=2, high=500,
                        help="How many past rows each prediction sees (the exercise uses 60).")
    layers: int = param(4, label="Layers", low=1, high=6,
                        help="Stacked recurrent layers (the exercise uses 4).")
    units: int = param(50, label="Units", low=1, high=512,
                       help="Hidden units per layer (the exercise uses 50).")
    dropout: float = param(0.2, label="Dropout", low=0.0, high=0.9,
                           help="Dropout between the layers and before the readout (the exercise uses 0.2).")
    epochs: int = param(30, label="Epochs", low=1, high=1000,
                        help="Passes over the training windows; the weights with the best validation loss are kept.")
    batch_size: int = param(32, label="Batch size", low=1, high=4096,
                            help="Windows per optimiser step (the exercise uses 32).")
    learning_rate: float = param(0.001, label="Learning rate", low=1e-5, high=1.0, log_scale=True,
                                 help="Adam's step size (Keras' default is 0.001).")
    test_fraction: float = param(0.2, label="Test fraction", low=0.01, high=0.9,
                                 help="Share of the rows, at the end, held out for testing (ignored when a test file "
                                      "or a test start date is given).")
    test_from: str = param("", label="Test from", form=False,
                           help="Rows on or after this date (YYYY-MM-DD, or YYYY-MM-DD HH:MM) are the test period; "
                                "empty: use the test fraction.")
    validation_fraction: float = param(0.1, label="Validation fraction", low=0.0, high=0.5,
                                       help="Share of the training windows, at their end, used to pick the best "
                                            "weights (0: keep the last weights, as the exercise does).")
    interval: float = param(0.9, label="Interval level", low=0.0, high=0.99,
                            help="Level of the prediction intervals, calibrated on the validation windows' errors "
                                 "(split conformal); 0 turns them off. A level needs enough windows (9 for 0.9, 19 "
                                 "for 0.95, 99 for 0.99): fewer are refused before training.")
    interval_method: str = param("adaptive", label="Interval method", choices=INTERVAL_METHODS,
                                 help="adaptive: each test step's band from the most recent 250 one-step errors, "
                                      "its level adjusted after each actual (adaptive conformal inference), so it "
                                      "keeps its promise when the volatility changes; split: one width from the "
                                      "validation errors for the whole test period. The projection's band is split "
                                      "conformal either way.")
    aci_step: float = param(0.02, label="Adaptive step", low=0.0, high=0.5,
                            help="How fast the adaptive band's level reacts to a miss or a hit (gamma of adaptive "
                                 "conformal inference): 0 keeps the nominal level on a rolling window.")
    horizon: int = param(20, label="Projection steps", low=0, high=365,
                         help="Steps forecast beyond the last row, each feeding the next (0: none).")
    seed: int = param(0, label="Seed", low=0, high=2**31 - 1,
                      help="Seed of the weights, the dropout and the batch order; the same seed gives the same run.")
    device: str = device_param()

    def __post_init__(self) -> None:
        if isinstance(self.features, str):
            self.features = tuple(name.strip() for name in self.features.split(",") if name.strip())
        self.features = tuple(self.features)

    def feature_list(self) -> list[str]:
        """The extra input columns, without the target column itself."""
        return [name for name in self.features if name and name != self.column]

    def input_columns(self) -> list[str]:
        """Every input column in order: the target column first, then the extra inputs."""
        return [self.column, *self.feature_list()]


EXERCISE_RECIPE: dict[str, Any] = dict(target="value", cell="rnn", window=60, layers=4, units=50, dropout=0.2,
                                       epochs=100, batch_size=32, learning_rate=0.001, validation_fraction=0.0)
"""The exercise's exact recipe: predict the value, 4 x RNN(50), dropout 0.2, 100 epochs, no validation slice."""


def exercise_preset(config: ForecastConfig | None = None) -> ForecastConfig:
    """``config`` (default: the defaults) with the exercise's recipe."""
    return dataclasses.replace(config if config is not None else ForecastConfig(), **EXERCISE_RECIPE)


def default_preset(config: ForecastConfig | None = None) -> ForecastConfig:
    """``config`` with the recommended recipe: the defaults of every field the exercise's recipe sets (the same
    architecture predicting the change, with a validation slice); data, split, projection and seed are kept."""
    defaults = ForecastConfig()
    return dataclasses.replace(config if config is not None else defaults,
                               **{name: getattr(defaults, name) for name in EXERCISE_RECIPE})
