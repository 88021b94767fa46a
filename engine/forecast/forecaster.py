"""A trained forecaster: network, scaler and configuration together; predicts, projects, saves and loads.

Saved in the one checkpoint format (``engine.checkpoints``, kind ``forecaster``): the weights as tensors, the
scaler as plain lists, the configuration as a dict, so loading never unpickles code.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import torch
from numpy.typing import NDArray

from rnnlab.engine.checkpoints import checkpoint_bytes, load_checkpoint, read_checkpoint_bytes, save_checkpoint
from rnnlab.engine.errors import InputError, ModelFileError
from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.forecast.intervals import Calibration
from rnnlab.engine.forecast.lab import CHECKPOINT_KIND
from rnnlab.engine.forecast.model import StackedForecaster, upgrade_state
from rnnlab.engine.forecast.scaling import MinMaxScaling
from rnnlab.engine.forecast.windows import make_windows
from rnnlab.engine.params import validate
from rnnlab.engine.translations import translatable


@dataclasses.dataclass
class Forecaster:
    """A network with the scaler it was trained with and the configuration (columns, window, target)."""

    model: StackedForecaster
    scaler: MinMaxScaling
    config: ForecastConfig
    calibration: Calibration | None = None

    @property
    def columns(self) -> list[str]:
        """The input columns the network expects, target column first."""
        return self.config.input_columns()

    def predict_rows(self, values: np.ndarray, start: int, stop: int) -> tuple[np.ndarray, np.ndarray]:
        """One-step-ahead predictions (in price units) for rows ``start..stop-1`` of raw ``values``; returns
        (rows, predictions)."""
        windows = make_windows(self.scaler.transform(values), self.config.window, self.config.target, start, stop)
        device = next(self.model.parameters()).device
        self.model.eval()
        with torch.no_grad():
            out = self.model(torch.from_numpy(windows.x).to(device)).cpu().numpy().astype(np.float64)
        scaled = out + windows.last if self.config.target == "change" else out
        return windows.rows, self.scaler.target_values(scaled)

    def project(self, values: np.ndarray, steps: int) -> np.ndarray:
        """Forecast ``steps`` rows past the end, each prediction fed back as the next input."""
        return self.project_from(values, np.array([len(values)]), steps)[0, :]

    def project_from(self, values: np.ndarray, starts: np.ndarray, steps: int) -> NDArray[np.float64]:
        """(len(starts), steps) projections, one path per start row s from the ``window`` rows before s, each
        prediction fed back as the next input (all paths in one batch per step).

        Extra input columns are held at their last value, since nothing forecasts them.
        """
        window, columns = self.config.window, values.shape[1]
        history = np.stack([values[s - window:s] for s in starts]).astype(np.float64)
        device = next(self.model.parameters()).device
        out = np.empty((len(starts), steps))
        self.model.eval()
        for step in range(steps):
            scaled = self.scaler.transform(history.reshape(-1, columns)).reshape(history.shape)
            last = scaled[:, -1, 0]
            x = scaled - scaled[:, -1:, :] if self.config.target == "change" else scaled
            with torch.no_grad():
                raw = self.model(torch.from_numpy(x.astype(np.float32)).to(device)).cpu().numpy().astype(np.float64)
            out[:, step] = self.scaler.target_values(raw + last if self.config.target == "change" else raw)
            new_row = history[:, -1:, :].copy()
            new_row[:, 0, 0] = out[:, step]
            history = np.concatenate([history[:, 1:], new_row], axis=1)
        return out

    def save(self, path: str | os.PathLike[str], extra: dict[str, Any] | None = None) -> None:
        """Write one file holding weights, scaler and configuration (atomic)."""
        save_checkpoint(path, CHECKPOINT_KIND, *self._checkpoint_parts(extra))

    def to_bytes(self) -> bytes:
        """The bytes of the file :meth:`save` writes (without extra values)."""
        return checkpoint_bytes(CHECKPOINT_KIND, *self._checkpoint_parts(None))

    def __reduce__(self) -> tuple[Callable[[bytes], Forecaster], tuple[bytes]]:
        """A forecaster pickles as its checkpoint (a trained one comes back from its job process this way): the one
        model format, weights on the CPU. Every pickle or deep copy is therefore a ``torch.save``/``torch.load``
        round trip."""
        return _forecaster_from_bytes, (self.to_bytes(),)

    def _checkpoint_parts(self, extra: dict[str, Any] | None
                          ) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
        payload = {"data_min": [float(v) for v in self.scaler.data_min],
                   "data_max": [float(v) for v in self.scaler.data_max],
                   "n_inputs": len(self.columns),
                   "calibration": self.calibration.as_payload() if self.calibration is not None else {}}
        payload.update(extra or {})
        state = {name: tensor.detach().cpu().clone() for name, tensor in self.model.state_dict().items()}
        return dataclasses.asdict(self.config), state, payload

    def check_columns(self, columns: list[str]) -> None:
        """Refuse data that lacks one of the columns this model was trained on."""
        missing = [c for c in self.columns if c not in columns]
        if missing:
            raise InputError(translatable("Engine", "This model needs column(s) {missing}, which the data does not "
                                                    "have."), missing=', '.join(missing))


def load_forecaster(path: str | os.PathLike[str]) -> tuple[Forecaster, dict[str, Any]]:
    """Read a saved forecaster; returns it and the file's ``extra`` values. Bad files raise ModelFileError."""
    return _from_payload(load_checkpoint(path, CHECKPOINT_KIND), os.path.basename(path))


def _forecaster_from_bytes(data: bytes) -> Forecaster:
    """Read the bytes of :meth:`Forecaster.to_bytes` as :func:`load_forecaster` reads a file."""
    name = "The trained forecaster"
    return _from_payload(read_checkpoint_bytes(data, CHECKPOINT_KIND, name), name)[0]


def _from_payload(payload: dict[str, Any], name: str) -> tuple[Forecaster, dict[str, Any]]:
    try:
        known = {f.name for f in dataclasses.fields(ForecastConfig)}
        saved = dict(payload["config"])
        if "cutoff_date" in saved:
            saved["test_from"] = saved.pop("cutoff_date")
        config = validate(ForecastConfig(**{k: v for k, v in saved.items() if k in known}))
        extra = payload["extra"]
        scaler = MinMaxScaling(data_min=np.array(extra["data_min"], dtype=np.float64),
                               data_max=np.array(extra["data_max"], dtype=np.float64))
        model = StackedForecaster(int(extra["n_inputs"]), config)
        model.load_state_dict(upgrade_state(payload["state"]))
        calibration = Calibration.from_payload(extra.get("calibration"))
    except (KeyError, TypeError, ValueError, RuntimeError, InputError) as exc:
        raise ModelFileError(translatable("Engine", "{name} is a forecaster file, but its contents do not fit "
                                                    "together ({error})."),
                             name=name, error=type(exc).__name__) from exc
    model.eval()
    return Forecaster(model=model, scaler=scaler, config=config, calibration=calibration), extra


def future_index(index: pd.Index, steps: int) -> pd.Index:
    """The index of ``steps`` rows after the end: the series' own frequency where pandas can infer it (business
    days, hours, years), business days for daily trading data, else the usual step."""
    if not isinstance(index, pd.DatetimeIndex) or len(index) < 3:
        start = int(index[-1]) + 1 if len(index) and pd.api.types.is_integer_dtype(index) else len(index)
        return pd.RangeIndex(start, start + steps, name=index.name)
    with pd.option_context("future.infer_freq_returns_offset", True):
        frequency = pd.infer_freq(index[-200:])
    if frequency is not None:
        return pd.date_range(index[-1], periods=steps + 1, freq=frequency, name=index.name)[1:]
    step = pd.Timedelta(np.median(np.diff(index[-200:].to_numpy())))
    weekdays_only = (index[-200:].day_of_week < 5).all()
    if step == pd.Timedelta(days=1) and weekdays_only:
        return pd.bdate_range(index[-1] + pd.offsets.BDay(1), periods=steps, name=index.name)
    return pd.DatetimeIndex([index[-1] + step * (k + 1) for k in range(steps)], name=index.name)

