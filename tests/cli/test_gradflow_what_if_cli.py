"""``rnnlab gradflow --what-if``: no training; it prints the bound and the norms, and its export holds the arrays of
a trained run's first probe (same names, shapes and values); what a probe cannot give is refused before any work."""

import numpy as np

from tests.cli.test_cli import run_main

FLAGS = ("--cell", "rnn", "--activation", "tanh", "--length", "20", "--hidden", "8", "--seed", "4")


def test_what_if_prints_the_bound_and_exports_a_run_s_first_probe(tmp_path):
    from rnnlab.engine.gradflow.config import GradflowConfig
    from rnnlab.engine.gradflow.export import export_arrays
    from rnnlab.engine.gradflow.training import GradflowProgress, GradflowTraining
    from rnnlab.engine.jobs import CancelToken

    target = tmp_path / "whatif.npz"
    out = run_main("gradflow", "--what-if", *FLAGS, "--init-scale", "0.4", "--export", str(target))
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("what if (no training): RNN tanh, init normal, scale 0.4, T=20, H=8, seed 4")
    assert lines[1].startswith("||W_rec||_2 ") and "spectral radius" in lines[1] and "gamma 1, " in lines[1]
    assert lines[2].startswith("bound (gamma*||W_rec||_2)^(T-1-t) falls ") and "sufficient condition" in lines[2]
    assert lines[3].startswith("||dc_{T-1}/dc_t|| falls ") and lines[3].endswith("over 19 steps")
    assert "final loss" not in out.stdout, "nothing was trained"

    first = {}
    config = GradflowConfig(cell="rnn", activation="tanh", length=20, hidden=8, seed=4, init_scale=0.4, steps=1,
                            batch_size=2)
    GradflowTraining(config)(lambda e: first.update(e.snapshots if isinstance(e, GradflowProgress) and e.step == 0
                                                    else {}), CancelToken())
    trained = export_arrays(first["rnn"], [])
    exported = dict(np.load(target))
    assert set(exported) == set(trained)
    for name, value in trained.items():
        assert exported[name].shape == value.shape, name
        if value.dtype.kind in "fc":  # another process: the same code, compared to float tolerance
            assert np.allclose(exported[name], value, rtol=1e-12, atol=0), name
        else:
            assert np.array_equal(exported[name], value), name
    assert int(exported["probe_step"]) == 0 and exported["loss"].shape == (0,)
    factor = np.linalg.norm(exported["W_rec"], 2)
    assert f"gamma*||W_rec||_2 {factor:.4g}" in lines[1]


def test_above_one_the_bound_promises_nothing_and_a_gated_cell_has_none():
    out = run_main("gradflow", "--what-if", *FLAGS, "--init-scale", "3")
    assert out.returncode == 0, out.stderr
    assert "rises" in out.stdout and "promises nothing" in out.stdout and "no condition for exploding" in out.stdout
    out = run_main("gradflow", "--what-if", "--cell", "lstm", "--length", "20", "--hidden", "8")
    assert out.returncode == 0, out.stderr
    assert "is the plain RNN's" in out.stdout and "no such bound" in out.stdout


def test_what_if_refuses_training_outputs_before_any_work(tmp_path):
    out = run_main("gradflow", "--what-if", *FLAGS, "--metrics", str(tmp_path / "m.json"), "--report",
                   str(tmp_path / "r.html"))
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == [
        "rnnlab gradflow: error: --what-if trains nothing, so it takes no --metrics or --report (they describe a "
        "training run); leave them out."]
    assert out.stdout == "" and not list(tmp_path.iterdir())
