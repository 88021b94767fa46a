"""The one history of a run's probes the tab's heatmap and the report's are drawn from: every probe of a short run
its own row, at most MAX_HEATMAP_ROWS rows of a long one, values kept as computed."""

import numpy as np

from rnnlab.engine.gradflow.config import GradflowConfig
from rnnlab.engine.gradflow.diagnostics import Diagnostics
from rnnlab.engine.gradflow.probe_history import MAX_HEATMAP_ROWS, ProbeHistory
from rnnlab.engine.gradflow.training import CellSnapshot, GradflowProgress
from rnnlab.engine.jobs import Progress


def _snapshots(step: int, length: int = 5, cells: tuple[str, ...] = ("rnn",)) -> dict[str, CellSnapshot]:
    log_grad = np.full(length, -float(step))
    log_grad[0] = -np.inf
    diagnostics = Diagnostics(cell="rnn", log_local=np.zeros(length - 1), log_product=np.zeros(length),
                              log_grad=log_grad, probe_loss=0.0)
    return {cell: CellSnapshot(cell=cell, step=step, activation="tanh", x=np.zeros((length, 1)), weights={},
                               diagnostics=diagnostics) for cell in cells}


def test_short_runs_keep_every_probe_in_order_and_zeros_stay_minus_infinity():
    history = ProbeHistory.for_run(GradflowConfig(steps=20, probe_every=5, length=5), ("rnn", "lstm"))
    seen = []
    record = history.recording(seen.append)
    for step in (0, 5, 10, 15, 20):
        record(GradflowProgress(fraction=0.0, step=step, losses={}, snapshots=_snapshots(step)))
    record(Progress(fraction=1.0))
    image, first, last = history.probed("rnn")
    assert image.shape == (5, 5) and (first, last) == (0, 20) and len(seen) == 6
    assert np.isneginf(image[:, 0]).all() and image[-1, 1] == -20.0
    assert history.probed("lstm")[0].shape == (0, 0)


def test_long_runs_share_rows_and_the_latest_probe_wins():
    history = ProbeHistory.for_run(GradflowConfig(steps=100_000, probe_every=10, length=3), ("rnn",))
    for step in range(0, 100_001, 10):
        history.add(step, _snapshots(step, length=3))
    image, first, last = history.probed("rnn")
    assert image.shape[0] == MAX_HEATMAP_ROWS == history.filled and last == 100_000
    assert 0 < first < 100_000 / (MAX_HEATMAP_ROWS - 1), "row 0 keeps the latest probe of its share of the steps"


def test_long_runs_leave_no_row_without_a_probe():
    history = ProbeHistory.for_run(GradflowConfig(steps=2003, probe_every=5, length=10), ("gru",))
    assert history.images["gru"].shape == (MAX_HEATMAP_ROWS, 10)
    for step in [*range(0, 2003, 5), 2003]:
        history.add(step, _snapshots(step, length=10, cells=("gru",)))
    assert (history.probe_steps["gru"] >= 0).all()


def test_rows_span_the_run_even_when_probes_are_sparser_than_the_steps():
    history = ProbeHistory.for_run(GradflowConfig(steps=4, probe_every=1000, length=10), ("rnn",))
    history.add(0, _snapshots(0, length=10))
    history.add(4, _snapshots(4, length=10))
    assert history.images["rnn"].shape[0] == 2 and history.images["rnn"][1, 1] == -4.0
    assert history.row_height == 4
