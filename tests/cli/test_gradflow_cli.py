"""``rnnlab gradflow``: a tiny run with --export and --metrics; bad arguments end in one line with exit 2."""

import json

import numpy as np

from tests.cli.test_cli import run_main


def test_tiny_run_prints_summary_and_exports(tmp_path):
    target = tmp_path / "run.npz"
    out = run_main("gradflow", "--cell", "lstm", "--length", "12", "--hidden", "6", "--steps", "3",
                   "--batch-size", "4", "--seed", "3", "--quiet", "--export", str(target))
    assert out.returncode == 0, out.stderr
    assert "LSTM" in out.stdout and "final loss" in out.stdout
    assert "||dc_{T-1}/dc_t|| falls " in out.stdout and " decades over 11 steps" in out.stdout
    data = np.load(target)
    assert str(data["cell"]) == "lstm" and data["product_norm"].shape == (12,)


def test_metrics_hold_the_printed_figures_of_every_cell(tmp_path):
    target = tmp_path / "m.json"
    out = run_main("gradflow", "--compare", "--length", "12", "--hidden", "6", "--steps", "20", "--batch-size", "4",
                   "--probe-every", "1", "--quiet", "--metrics", str(target))
    assert out.returncode == 0, out.stderr
    metrics = json.loads(target.read_text(encoding="utf-8"))
    assert metrics["cells"] == ["rnn", "lstm", "gru"] and metrics["diverged_at_step"] is None
    printed = {line.split()[0].lower(): line for line in out.stdout.splitlines()[1:]}
    for cell in metrics["cells"]:
        figures = metrics[cell]
        assert figures["steps_run"] == 20 and figures["chance_loss"] == 1 / 6 and figures["train_seconds"] > 0
        assert f"final loss {figures['final_loss']:.4f} (mean of the last 2 steps {figures['tail_loss']:.4f})" \
               in printed[cell], "the tail is the last 10% of the steps"
        assert figures["solved"] == int(figures["tail_loss"] < 0.1 * figures["chance_loss"])
        assert f"||dc_{{T-1}}/dc_t|| {figures['product_change']} over 11 steps" in printed[cell]
        assert f"{abs(figures['product_decades']):.1f} decades" in figures["product_change"]


def test_one_cell_s_metrics_are_flat_and_never_named_like_a_setting(tmp_path):
    from rnnlab.engine.gradflow.config import GradflowConfig
    from rnnlab.engine.params import param_specs

    target = tmp_path / "m.json"
    out = run_main("gradflow", "--cell", "gru", "--length", "12", "--hidden", "6", "--steps", "3", "--batch-size", "4",
                   "--quiet", "--metrics", str(target))
    assert out.returncode == 0, out.stderr
    metrics = json.loads(target.read_text(encoding="utf-8"))
    assert list(metrics) == ["chance_loss", "final_loss", "tail_loss", "solved", "product_decades", "steps_run",
                             "train_seconds", "diverged_at_step", "product_change"]
    assert not set(metrics) & {spec.name for spec in param_specs(GradflowConfig)}


def test_out_of_bounds_length_is_one_line_exit_2():
    out = run_main("gradflow", "--cell", "rnn", "--length", "5")
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == ["rnnlab gradflow: error: Sequence length T must be at least 10; got 5."]


def test_unknown_cell_is_one_line_exit_2():
    out = run_main("gradflow", "--cell", "transformer")
    assert out.returncode == 2
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr


def test_presets_are_listed_in_help_and_flags_override_them():
    from rnnlab.engine.gradflow.presets import PRESETS

    help_text = run_main("gradflow", "--help").stdout
    assert all(name in help_text for name in PRESETS)
    out = run_main("gradflow", "--preset", "adding-lstm", "--steps", "2", "--length", "12", "--hidden", "4",
                   "--batch-size", "2", "--probe-every", "2", "--quiet")
    assert out.returncode == 0, out.stderr
    lines = [line for line in out.stdout.splitlines() if "final loss" in line]
    assert [line.split()[0] for line in lines] == ["RNN", "LSTM", "GRU"], "the preset's compare mode is kept"
    assert "T=12" in out.stdout and "2 steps" in out.stdout


def test_flags_typed_with_a_preset_override_it_even_when_they_equal_the_default():
    from rnnlab.cli import build_parser
    from rnnlab.cli.args import config_from_args
    from rnnlab.engine.gradflow.config import GradflowConfig
    from rnnlab.engine.gradflow.presets import PRESETS

    preset = PRESETS["exploding"].config
    assert preset.clip is None and preset.optimizer != "adam", "the preset this test relies on changed"
    args = build_parser().parse_args(["gradflow", "--preset", "exploding", "--clip", "1.0", "--optimizer", "adam"])
    config = config_from_args(args, GradflowConfig, base=preset)
    assert config.clip == 1.0 and config.optimizer == "adam"
    assert config.length == preset.length and config.activation == preset.activation
    untyped = config_from_args(build_parser().parse_args(["gradflow", "--preset", "exploding"]), GradflowConfig,
                               base=preset)
    assert untyped == preset


def test_an_output_folder_that_does_not_exist_is_refused_before_the_run():
    out = run_main("gradflow", "--steps", "100000", "--export", "/no/such/folder/run.npz", timeout=60)
    assert out.returncode == 2
    assert out.stderr.strip().endswith("Cannot write /no/such/folder/run.npz (--export): its folder does not exist.")


def test_the_exploding_preset_writes_its_export_and_report_then_says_where_it_diverged(tmp_path):
    export, report = tmp_path / "e.npz", tmp_path / "e.html"
    metrics = tmp_path / "e.json"
    out = run_main("gradflow", "--preset", "exploding", "--steps", "150", "--quiet", "--export", str(export),
                   "--metrics", str(metrics), "--report", str(report), timeout=120)
    assert out.returncode == 2
    lines = out.stdout.strip().splitlines()
    assert lines[0].startswith("task adding, T=50")
    assert lines[1].startswith("RNN   final loss inf") and "||dc_{T-1}/dc_t||" in lines[1]
    step = int(lines[2].split("at step ")[1].split(" ")[0])
    assert lines[2] == (f"RNN loss became infinite at step {step} of 150: training stopped there; the figures are "
                        f"the last probe's (step {(step - 1) // 10 * 10})")
    err = out.stderr.strip().splitlines()
    assert err == [f"rnnlab gradflow: error: The RNN loss became infinite at step {step}. Try a lower learning rate, "
                   "turn on gradient clipping (e.g. 1.0), or a smaller recurrent init scale. The run up to it was "
                   f"written to {export}, {metrics}, {report}."]
    written = json.loads(metrics.read_text(encoding="utf-8"))
    assert written["diverged_at_step"] == step and written["steps_run"] == step
    assert written["final_loss"] is None and written["tail_loss"] is None and written["solved"] == 0
    data = np.load(export)
    assert int(data["diverged_step"]) == step and np.isinf(data["loss"][-1])
    assert lines[2].replace("'", "&#x27;") in report.read_text(encoding="utf-8")
