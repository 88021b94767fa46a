"""The gradient-flow training job: the lesson it teaches, divergence, cancel, compare mode."""

import dataclasses
import math

import numpy as np
import pytest

from rnnlab.engine.errors import JobCancelled, TrainingDiverged
from rnnlab.engine.gradflow.config import GradflowConfig
from rnnlab.engine.gradflow.training import GradflowProgress, GradflowTraining, decades_of_decay
from rnnlab.engine.jobs import CancelToken, ignore_progress


def initial_decay(**changes) -> float:
    """Decades ||dc_{T-1}/dc_t|| loses over the probe at step 0 (no training)."""
    result = GradflowTraining(GradflowConfig(steps=1, **changes))(ignore_progress, CancelToken())
    snapshot = result.snapshots[result.cells[0]]
    assert snapshot.step == 1
    return decades_of_decay(snapshot.diagnostics.log_product)


def test_default_rnn_vanishes_while_lstm_with_forget_bias_one_keeps_its_gradient():
    defaults = GradflowConfig()
    assert defaults.length == 100 and defaults.forget_bias == 1.0
    rnn, lstm = initial_decay(cell="rnn"), initial_decay(cell="lstm", forget_bias=1.0)
    assert rnn > 20, f"RNN lost only {rnn:.1f} decades over T=100"
    assert lstm < rnn / 4, f"LSTM lost {lstm:.1f} decades vs the RNN's {rnn:.1f}"
    assert initial_decay(cell="lstm", forget_bias=0.0) > lstm, "a lower forget bias should lose more"


def test_events_carry_losses_every_step_and_snapshots_every_probe():
    events = []
    config = GradflowConfig(cell="lstm", length=12, hidden=6, steps=6, probe_every=3, batch_size=4)
    result = GradflowTraining(config)(events.append, CancelToken())
    assert all(isinstance(e, GradflowProgress) for e in events)
    assert [e.step for e in events] == list(range(7))
    assert [e.step for e in events if e.snapshots] == [0, 3, 6]
    diag = events[-1].snapshots["lstm"].diagnostics
    assert diag.log_grad.shape == (12,) and diag.log_local.shape == (11,)
    assert set(diag.log_terms) == {"A", "B", "C", "D", "sum"}
    assert diag.forget_counts.sum() == 12 * 6
    assert len(result.losses["lstm"]) == 6 and events[-1].fraction == 1.0


def test_nan_loss_raises_training_diverged_with_advice():
    config = GradflowConfig(cell="rnn", activation="tanh", optimizer="sgd", learning_rate=10.0, clip=None,
                            init_scale=5.0, length=10, hidden=8, steps=60, probe_every=1000)
    with pytest.raises(TrainingDiverged, match="learning rate"):
        GradflowTraining(config)(ignore_progress, CancelToken())


def test_a_diverged_run_reports_its_last_step_for_every_cell_then_raises_with_the_run_so_far():
    config = GradflowConfig(cell="rnn", activation="tanh", optimizer="sgd", learning_rate=10.0, clip=None,
                            init_scale=5.0, length=10, hidden=8, steps=60, probe_every=1000)
    events = []
    with pytest.raises(TrainingDiverged) as diverged:
        GradflowTraining(config, ("rnn", "lstm"))(events.append, CancelToken())
    last = events[-1]
    blown = [cell for cell, loss in last.losses.items() if not math.isfinite(loss)]
    assert set(last.losses) == {"rnn", "lstm"} and blown, "the step that diverged reaches the progress callback"
    assert f"The {blown[0].upper()} loss became infinite at step {last.step}." in str(diverged.value)
    partial = diverged.value.partial
    assert len(partial.losses["rnn"]) == len(partial.losses["lstm"]) == last.step
    assert partial.losses[blown[0]][-1] == last.losses[blown[0]] and partial.snapshots["rnn"].step == 0


def test_cancel_stops_between_steps():
    cancel = CancelToken()
    steps = []

    def progress(event):
        steps.append(event.step)
        if event.step == 2:
            cancel.cancel()

    with pytest.raises(JobCancelled):
        GradflowTraining(GradflowConfig(length=10, hidden=4, steps=1000))(progress, cancel)
    assert steps[-1] == 2


def test_compare_mode_trains_each_cell_on_the_same_data_as_alone():
    config = GradflowConfig(cell="rnn", length=10, hidden=4, steps=3, batch_size=4, probe_every=3)
    together = GradflowTraining(config, cells=("rnn", "lstm", "gru"))(ignore_progress, CancelToken())
    alone = GradflowTraining(GradflowConfig(**{**config.__dict__, "cell": "gru"}))(ignore_progress, CancelToken())
    assert together.cells == ("rnn", "lstm", "gru")
    assert np.allclose(together.losses["gru"], alone.losses["gru"])
    assert np.allclose(together.snapshots["gru"].diagnostics.log_grad, alone.snapshots["gru"].diagnostics.log_grad)


def test_a_long_probe_checks_for_cancel_inside_its_loops():
    """At T=1000, H=256 one probe takes seconds: the diagnostics call the cancel check as they go."""
    import torch

    from rnnlab.engine.gradflow.cells import init_params
    from rnnlab.engine.gradflow.diagnostics import compute_diagnostics, probe_weights

    config = GradflowConfig(cell="lstm", length=200, hidden=8)
    weights = probe_weights("lstm", init_params(config, 2, 1, torch.Generator().manual_seed(0)))
    x = torch.rand(200, 2, dtype=torch.float64)
    calls = []
    compute_diagnostics("lstm", "tanh", "adding", weights, x, torch.ones(1, dtype=torch.float64),
                        lambda: calls.append(1))
    assert len(calls) >= 2 * 200 // 8

    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(JobCancelled):
        compute_diagnostics("lstm", "tanh", "adding", weights, x, torch.ones(1, dtype=torch.float64),
                            cancel.raise_if_cancelled)


def test_a_run_owns_its_randomness_two_at_once_match_each_alone():
    """Jobs draw from their own generators and change no process-wide torch state: the same seed gives the
    same numbers while another run trains in a second thread, and the global generator is left untouched."""
    import threading

    import torch

    config = GradflowConfig(cell="lstm", length=12, hidden=6, steps=5, probe_every=5, batch_size=4, seed=7)
    other = GradflowConfig(cell="gru", length=14, hidden=5, steps=5, probe_every=5, batch_size=3, seed=1)
    alone = GradflowTraining(config)(ignore_progress, CancelToken())
    state, threads = torch.random.get_rng_state(), torch.get_num_threads()
    results = {}

    def train(key, settings):
        results[key] = GradflowTraining(settings)(ignore_progress, CancelToken())

    runs = [threading.Thread(target=train, args=(k, c)) for k, c in (("main", config), ("other", other))]
    for thread in runs:
        thread.start()
    for thread in runs:
        thread.join()
    assert results["main"].losses == alone.losses
    np.testing.assert_array_equal(results["main"].snapshots["lstm"].diagnostics.log_grad,
                                  alone.snapshots["lstm"].diagnostics.log_grad)
    assert torch.equal(torch.random.get_rng_state(), state) and torch.get_num_threads() == threads


@pytest.mark.parametrize("cell", ["rnn", "lstm", "gru"])
def test_probing_draws_no_random_numbers_and_leaves_training_alone(cell):
    """How often a run probes changes nothing it trains: the same seed gives the same losses with a probe every step
    as with none between the first and the last, and the last probe (always taken) is the same."""
    config = GradflowConfig(cell=cell, length=12, hidden=6, steps=6, batch_size=4, seed=4, probe_every=1)
    every = GradflowTraining(config)(ignore_progress, CancelToken())
    rarely = GradflowTraining(dataclasses.replace(config, probe_every=1000))(ignore_progress, CancelToken())
    assert every.losses == rarely.losses
    np.testing.assert_array_equal(every.snapshots[cell].diagnostics.log_product,
                                  rarely.snapshots[cell].diagnostics.log_product)


def test_status_line_names_the_device():
    events = []
    config = GradflowConfig(cell="rnn", length=10, hidden=4, steps=2, batch_size=2, device="cpu")
    GradflowTraining(config)(events.append, CancelToken())
    assert events[-1].message.endswith("· CPU")


class TorchThreads:
    """A job returning the number of torch threads of the process it runs in."""

    def __call__(self, progress, cancel) -> int:
        import torch

        return torch.get_num_threads()


def test_a_run_in_a_job_process_gives_the_same_numbers_and_divergence(app_torch_settings):
    from rnnlab.engine.gradflow.training import warm_up_job
    from rnnlab.engine.job_process import run_in_job_process

    assert run_in_job_process(TorchThreads(), ignore_progress, CancelToken()) == 1, "the app's torch settings"
    config = GradflowConfig(cell="lstm", length=12, hidden=6, steps=6, probe_every=3, batch_size=4)
    here, apart = [], []
    result = GradflowTraining(config, ("rnn", "lstm"))(here.append, CancelToken())
    result_apart = run_in_job_process(GradflowTraining(config, ("rnn", "lstm")), apart.append, CancelToken())
    assert result_apart.losses == result.losses and [e.step for e in apart] == [e.step for e in here]
    for a, b in zip(here, apart, strict=True):
        for cell, snapshot in a.snapshots.items():
            assert np.array_equal(snapshot.diagnostics.log_grad, b.snapshots[cell].diagnostics.log_grad)
    config = GradflowConfig(cell="rnn", activation="tanh", optimizer="sgd", learning_rate=10.0, clip=None,
                            init_scale=5.0, length=10, hidden=8, steps=60, probe_every=1000)
    with pytest.raises(TrainingDiverged, match="learning rate") as diverged:
        run_in_job_process(GradflowTraining(config), ignore_progress, CancelToken())
    assert diverged.value.partial.losses["rnn"], "the run up to the divergence comes back with the error"
    assert set(warm_up_job()(ignore_progress, CancelToken()).cells) == {"rnn", "lstm", "gru"}
