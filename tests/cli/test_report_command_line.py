"""The command line a report prints runs the same run again: parsed by the real CLI parser, it gives back the same
configuration, compare mode, preset and files (every lab, GUI-only cases included), and user text in it is quoted."""

from __future__ import annotations

import dataclasses
import shlex
from pathlib import Path

import numpy as np
import pytest

from rnnlab.cli import build_parser
from rnnlab.cli.args import config_from_args
from rnnlab.cli.gradflow import run_of
from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.forecast.loader import load_price_csv
from rnnlab.engine.gradflow.config import CHANCE_LOSS, GradflowConfig
from rnnlab.engine.gradflow.presets import PRESETS
from rnnlab.engine.gradflow.training import GradflowResult
from rnnlab.engine.jobs import CancelToken, ignore_progress
from rnnlab.engine.report.forecast_report import forecast_run_settings
from rnnlab.engine.report.gradflow_report import gradflow_run_settings
from rnnlab.engine.report.run_settings import device_text
from rnnlab.engine.report.translate_report import translator_run_settings
from rnnlab.engine.translate.config import TranslatorConfig
from rnnlab.engine.translate.pairs import read_pairs
from rnnlab.engine.translate.training import TranslatorTraining


def _parse(command: str):
    words = shlex.split(command)
    assert words[0] == "rnnlab"
    return build_parser().parse_args(words[1:])


def _gradflow_run(argv: list[str]) -> tuple[GradflowConfig, tuple[str, ...], str | None]:
    """What ``rnnlab gradflow ARGV`` trains (as ``cli/gradflow.py`` decides it), and its preset."""
    run = run_of(build_parser().parse_args(["gradflow", *argv]))
    return run.config, run.cells, run.preset


def _result(config: GradflowConfig, cells: tuple[str, ...]) -> GradflowResult:
    return GradflowResult(config=config, cells=cells, chance_loss=CHANCE_LOSS[config.task], snapshots={}, losses={},
                          device="CPU")


@pytest.mark.parametrize("argv", [
    [],
    ["--preset", "exploding", "--seed", "0"],
    ["--preset", "exploding", "--clip", "1.0", "--steps", "50"],
    ["--preset", "adding-lstm", "--cell", "gru", "--no-rnn-bias"],
    ["--preset", "irnn-adding", "--compare", "--learning-rate", "0.0003"],
    ["--compare", "--cell", "rnn", "--init", "identity", "--forget-bias", "-2.5", "--clip", "off", "--rnn-bias"],
    ["--length", "12", "--hidden", "6", "--init-scale", "0.35", "--device", "cpu"],
])
def test_gradflow_command_line_gives_back_the_run(argv):
    config, cells, preset = _gradflow_run(argv)
    run = gradflow_run_settings(_result(config, cells), preset)
    assert _gradflow_run(shlex.split(run.command_line())[2:]) == (config, cells, preset)
    assert ("--preset" in run.command_line()) == (preset is not None)


def test_only_settings_that_differ_are_written_and_a_preset_compare_is_not_repeated():
    config, cells, preset = _gradflow_run(["--preset", "adding-lstm", "--seed", "0", "--steps", "3000"])
    command = gradflow_run_settings(_result(config, cells), preset).command_line()
    assert command == "rnnlab gradflow --preset adding-lstm"
    config, cells, preset = _gradflow_run(["--compare", "--seed", "0", "--steps", "300"])
    assert gradflow_run_settings(_result(config, cells), None).command_line() == "rnnlab gradflow --compare --steps 300"


def test_a_gui_run_of_a_compare_preset_without_compare_mode_is_written_in_full():
    """The tab can train the adding-lstm preset with compare mode off, which --preset adding-lstm cannot say."""
    config = PRESETS["adding-lstm"].config
    run = gradflow_run_settings(_result(config, (config.cell,)), "adding-lstm")
    assert "--preset" not in run.command_line() and "--compare" not in run.command_line()
    assert _gradflow_run(shlex.split(run.command_line())[2:]) == (config, (config.cell,), None)


def test_device_says_what_auto_picked():
    assert device_text("auto", "CPU") == "cpu (auto)"
    assert device_text("cpu", "CPU") == "cpu"
    assert device_text("auto", "CUDA (NVIDIA H200)") == "cuda (auto), NVIDIA H200"
    assert device_text("auto", "") == "auto"


def _prices(path, symbols: tuple[str, ...] = ()) -> None:
    rng = np.random.default_rng(0)
    days = np.arange(np.datetime64("2020-01-01"), np.datetime64("2020-06-01"))
    if not symbols:
        rows = "".join(f"{day},{100 + k + rng.normal():.2f},{101 + k:.2f}\n" for k, day in enumerate(days))
        path.write_text("Date,Open,Close\n" + rows, encoding="utf-8")
        return
    rows = "".join(f"{symbol},{day},{100 + k + rng.normal():.2f}\n" for symbol in symbols for k, day in enumerate(days))
    path.write_text("symbol,date,price\n" + rows, encoding="utf-8")


@pytest.mark.parametrize("train_name, test_name, symbol, changes", [
    ("Google_Stock_Price_Train.csv", None, None, {}),
    ("R&D 'prices' $(rm -rf ~).csv", "next month; echo hi.csv", None,
     {"epochs": 3, "learning_rate": 0.0003, "features": ("Close",), "interval": 0.0}),
    ("-dash first.csv", None, "BBB", {"column": "price", "test_from": "2020-05-01", "dropout": 0.0}),
    ("<b>BOLD<i>.csv", None, None, {"column": "Close", "target": "value", "cell": "gru", "device": "cpu"}),
])
def test_forecast_command_line_gives_back_the_files_and_the_configuration(tmp_path, monkeypatch, train_name,
                                                                         test_name, symbol, changes):
    monkeypatch.chdir(tmp_path)
    _prices(tmp_path / train_name, ("AAA", "BBB") if symbol else ())
    files = [load_price_csv(train_name, symbol)]
    if test_name is not None:
        _prices(tmp_path / test_name)
        files.append(load_price_csv(test_name))
    config = dataclasses.replace(ForecastConfig(), **changes)
    command = forecast_run_settings(config, files, "CPU").command_line()
    args = _parse(command)
    assert config_from_args(args, ForecastConfig) == config
    assert Path(args.train_csv).resolve() == Path(files[0].source).resolve()
    assert args.symbol == symbol
    assert args.test_csv == (str(tmp_path / test_name) if test_name else None), "files from the root"
    monkeypatch.chdir(tmp_path.parent)  # the command runs from any folder
    assert load_price_csv(args.train_csv, args.symbol).frame.equals(files[0].frame)


@pytest.fixture(scope="module")
def tiny_training():
    def train(data, **changes):
        config = TranslatorConfig(epochs=1, hidden_size=4, embedding_size=2, train_words=100, held_out_words=10,
                                  device="cpu", **changes)
        return TranslatorTraining(config, data)(ignore_progress, CancelToken())

    return train


def test_translator_pig_latin_command_line_leaves_out_the_held_out_share(tiny_training):
    result = tiny_training(None, seed=3, valid_fraction=0.2)
    run = translator_run_settings(result)
    assert run.command_line() == ("rnnlab train-translator --hidden-size 4 --embedding-size 2 --epochs 1 "
                                  "--train-words 100 --held-out-words 10 --seed 3 --device cpu")
    args = _parse(run.command_line())
    assert args.pairs is None
    unused_share = dataclasses.replace(result.translator.config, valid_fraction=TranslatorConfig.valid_fraction)
    assert config_from_args(args, TranslatorConfig) == unused_share


@pytest.mark.parametrize("name, title", [("numbers.tsv", None),
                                         ("<svg onload=alert(1)> 'pairs'.tsv", "-</svg><script>x</script>")])
def test_translator_command_line_gives_back_the_task_of_pairs(tmp_path, tiny_training, name, title):
    path = tmp_path / name
    path.write_text("".join(f"{n}\t{n * 2}\n" for n in range(300)), encoding="utf-8")
    data = read_pairs(path, title)
    result = tiny_training(data, valid_fraction=0.1, learning_rate=0.01)
    args = _parse(translator_run_settings(result).command_line())
    assert config_from_args(args, TranslatorConfig) == result.translator.config
    assert args.pairs == str(path) and ("--title" in translator_run_settings(result).command_line()) == bool(title)
    assert read_pairs(args.pairs, args.title).task == data.task
