"""The gradient-flow report's heatmap rows: every probe of a short run, at most MAX_HEATMAP_ROWS of a long one."""

import numpy as np

from rnnlab.engine.gradflow.diagnostics import Diagnostics
from rnnlab.engine.gradflow.training import CellSnapshot, GradflowProgress
from rnnlab.engine.jobs import Progress
from rnnlab.engine.report.gradflow_report import MAX_HEATMAP_ROWS, ProbeHistory


def _event(step: int, length: int = 5) -> GradflowProgress:
    log_grad = np.full(length, -float(step))
    log_grad[0] = -np.inf
    diagnostics = Diagnostics(cell="rnn", log_local=np.zeros(length - 1), log_product=np.zeros(length),
                              log_grad=log_grad, probe_loss=0.0)
    snapshot = CellSnapshot(cell="rnn", step=step, activation="tanh", x=np.zeros((length, 1)), weights={},
                            diagnostics=diagnostics)
    return GradflowProgress(fraction=0.0, step=step, losses={}, snapshots={"rnn": snapshot})


def test_short_runs_keep_every_probe_in_order_and_zeros_stay_minus_infinity():
    history = ProbeHistory(steps=20)
    seen = []
    record = history.recording(seen.append)
    for step in (0, 5, 10, 15, 20):
        record(_event(step))
    record(Progress(fraction=1.0))
    image, first, last = history.image("rnn")
    assert image.shape == (5, 5) and (first, last) == (0, 20) and len(seen) == 6
    assert np.isneginf(image[:, 0]).all() and image[-1, 1] == -20.0
    assert history.image("lstm")[0].shape == (0, 0)


def test_long_runs_share_rows_and_the_latest_probe_wins():
    history = ProbeHistory(steps=100_000)
    for step in range(0, 100_001, 10):
        history.add(_event(step, length=3))
    image, first, last = history.image("rnn")
    assert image.shape[0] == MAX_HEATMAP_ROWS and last == 100_000
    assert 0 < first < 100_000 / (MAX_HEATMAP_ROWS - 1), "row 0 keeps the latest probe of its share of the steps"
