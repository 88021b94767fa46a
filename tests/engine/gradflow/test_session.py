"""The tab's Qt-free state: a session driven by a real tiny job, as the tab and scripts drive it."""

import numpy as np
import pytest

from rnnlab.engine.errors import OutputError, TrainingDiverged
from rnnlab.engine.gradflow.config import GradflowConfig
from rnnlab.engine.gradflow.lab import GradflowRun
from rnnlab.engine.gradflow.session import GradflowSession
from rnnlab.engine.jobs import CancelToken, ignore_progress

TINY = GradflowConfig(cell="gru", length=12, hidden=6, steps=7, probe_every=3, batch_size=4)


def run(session: GradflowSession, config: GradflowConfig, compare: bool = False) -> list:
    events = []
    job = session.start(GradflowRun(config, compare))
    job(events.append, CancelToken())
    for k in range(0, len(events), 3):
        session.apply(events[k:k + 3])
    return events


def test_session_keeps_losses_latest_probes_and_one_heatmap_row_per_probe(tmp_path):
    session = GradflowSession()
    events = run(session, TINY, compare=True)
    assert session.cells == ("rnn", "lstm", "gru") and session.focus_cell == "gru"
    steps, losses = session.losses.of("lstm")
    assert steps.tolist() == list(range(1, 8))
    assert losses.tolist() == [e.losses["lstm"] for e in events if e.losses]
    assert session.probes_received == 4 and session.snapshots["rnn"].step == 7
    assert session.probes.filled == 4
    for cell in session.cells:
        assert session.probes.images[cell].shape == (4, 12) and np.isfinite(session.probes.images[cell]).all()
        np.testing.assert_array_equal(session.probes.images[cell][-1], events[-1].snapshots[cell].diagnostics.log_grad)
    assert session.probes.probe_steps["gru"].tolist() == [0, 3, 6, 7]
    exported = session.export(tmp_path / "x.npz")
    assert (exported.what, exported.detail, exported.path) == ("arrays", "GRU (step 7)", tmp_path / "x.npz")
    with pytest.raises(OutputError, match="Could not write .*: its folder does not exist"):
        session.export_job(tmp_path / "missing" / "x.npz")(ignore_progress, CancelToken())
    assert str(np.load(tmp_path / "x.npz")["cell"]) == "gru"


def test_versions_grow_only_with_new_data_and_a_new_run_starts_empty():
    session = GradflowSession()
    run(session, TINY)
    versions = (session.loss_version, session.probe_version)
    session.apply([])
    assert (session.loss_version, session.probe_version) == versions
    session.start(GradflowRun(TINY))
    assert session.losses.count == 0 and session.snapshots == {} and not session.can_export
    assert session.probe_version > versions[1]


def test_a_run_that_diverged_can_be_exported_and_reported_as_far_as_it_went(tmp_path):
    from rnnlab.engine.gradflow.summary import summary_lines

    config = GradflowConfig(cell="rnn", activation="tanh", optimizer="sgd", learning_rate=10.0, clip=None,
                            init_scale=5.0, length=10, hidden=8, steps=60, probe_every=5)
    session = GradflowSession()
    events = []
    with pytest.raises(TrainingDiverged) as diverged:
        session.start(GradflowRun(config))(events.append, CancelToken())
    session.apply(events)
    partial = diverged.value.partial
    assert session.can_report
    so_far = session.run_so_far()
    assert so_far.losses == partial.losses and so_far.snapshots["rnn"].step == partial.snapshots["rnn"].step
    step = len(partial.losses["rnn"])
    assert summary_lines(so_far)[-1].startswith(f"RNN loss became infinite at step {step} of 60: training stopped")
    session.export(tmp_path / "blown.npz")
    data = np.load(tmp_path / "blown.npz")
    assert int(data["diverged_step"]) == step and np.isinf(data["loss"][-1])
