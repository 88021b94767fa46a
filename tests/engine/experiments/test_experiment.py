"""An experiment's grid, the --vary values it is given, and the fingerprint --resume finds it by."""

from __future__ import annotations

import dataclasses

import pytest

from rnnlab.engine.errors import InputError
from rnnlab.engine.experiments.experiment import Axis, Experiment, experiment_of, parse_axis
from rnnlab.engine.forecast.lab import FORECAST
from rnnlab.engine.gradflow.lab import GRADFLOW
from rnnlab.engine.labs import with_settings
from rnnlab.engine.translate.lab import TRANSLATOR, TranslatorRun
from tests.engine.experiments.conftest import TINY_FORECAST, TINY_GRADFLOW


def _gradflow(*vary: str, seeds: int = 2, **changes) -> Experiment:
    base = with_settings(TINY_GRADFLOW, **changes) if changes else TINY_GRADFLOW
    return Experiment("gradflow", base, tuple(parse_axis(GRADFLOW, base, text) for text in vary), seeds)


def test_the_grid_is_every_combination_seed_by_seed_with_readable_keys():
    experiment = _gradflow("cell=rnn,lstm", "learning-rate=0.01,1e-3", seeds=2)
    tasks = experiment.tasks(7)
    assert [task.key for task in tasks[:4]] == [
        "cell=rnn,learning_rate=0.01,seed=0", "cell=rnn,learning_rate=0.001,seed=0",
        "cell=lstm,learning_rate=0.01,seed=0", "cell=lstm,learning_rate=0.001,seed=0"]
    assert len(tasks) == 8 and len({task.key for task in tasks}) == 8
    last = tasks[-1]
    assert (last.experiment_id, last.lab, last.seed, last.point) == (7, "gradflow", 1, {"cell": "lstm",
                                                                                         "learning_rate": 0.001})
    assert (last.run.config.cell, last.run.config.learning_rate, last.run.config.seed) == ("lstm", 0.001, 1)
    assert last.run.config.steps == 3, "the base settings are kept"
    assert experiment.describe() == "cell (2) x learning_rate (2) x 2 seeds = 8 runs"


def test_nothing_varied_is_one_configuration_over_the_seeds():
    experiment = _gradflow(seeds=3)
    assert experiment.points() == [{}]
    assert [task.key for task in experiment.tasks(1)] == ["seed=0", "seed=1", "seed=2"]


@pytest.mark.parametrize("text, message", [
    ("cells=rnn", "gradflow has no setting called cells; it can vary cell, activation"),
    ("learning_rate=0.1", "no setting called learning_rate"),
    ("seed=1,2", "the seeds are 0..N-1 of --seeds N"),
    ("length=5,20", "Sequence length T must be at least 10; got 5"),
    ("cell=rnn,elman", "Cell must be one of rnn, lstm, gru; got 'elman'"),
    ("cell=", "give the values of cell separated by commas"),
    ("cell=rnn,,lstm", "none empty"),
    ("hidden=8,8.5", "Hidden size H must be a whole number; got '8.5'"),
    ("hidden=8,08", "08 is the same value as 8"),
    ("cell=gru,lstm,gru", "gru is listed twice"),
    ("rnn-bias=maybe", "RNN bias is on or off"),
    ("cell", "write it as NAME=V1,V2"),
])
def test_a_bad_vary_is_refused_with_what_is_wrong(text, message):
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)").replace(".", r"\.")):
        parse_axis(GRADFLOW, TINY_GRADFLOW, text)


def test_values_are_typed_as_the_setting_and_kept_as_typed():
    assert parse_axis(GRADFLOW, TINY_GRADFLOW, "clip=off,1.0,5") == Axis("clip", (None, 1.0, 5.0),
                                                                         ("off", "1.0", "5"))
    assert parse_axis(GRADFLOW, TINY_GRADFLOW, "rnn-bias=on,off").values == (True, False)
    assert parse_axis(TRANSLATOR, TranslatorRun(TRANSLATOR.settings()), "epochs=auto,3").values == (None, 3)
    with pytest.raises(InputError, match="no setting called features"):
        parse_axis(FORECAST, TINY_FORECAST, "features=Volume")


def test_an_experiment_varies_each_setting_once_and_at_most_two():
    axis = parse_axis(GRADFLOW, TINY_GRADFLOW, "cell=rnn,lstm")
    with pytest.raises(InputError, match="Each setting can be varied once"):
        Experiment("gradflow", TINY_GRADFLOW, (axis, axis))
    with pytest.raises(InputError, match="at most 2 settings"):
        _gradflow("cell=rnn", "hidden=4", "length=10")
    with pytest.raises(InputError, match="at least one seed"):
        _gradflow(seeds=0)


def test_the_fingerprint_is_what_the_experiment_measures():
    experiment = _gradflow("cell=rnn,lstm", "learning-rate=0.01,0.001")
    fingerprint = experiment.fingerprint()
    assert _gradflow("cell=rnn,lstm", "learning-rate=1e-2,0.0010").fingerprint() == fingerprint, "spelling aside"
    assert dataclasses.replace(experiment, name="other", command="rnnlab ...").fingerprint() == fingerprint
    assert _gradflow("cell=rnn,lstm", "learning-rate=0.01,0.001", seed=9).fingerprint() == fingerprint, \
        "the base seed is replaced by each run's"
    for other in (_gradflow("cell=rnn,lstm", "learning-rate=0.01,0.001", seeds=3),
                  _gradflow("cell=lstm,rnn", "learning-rate=0.01,0.001"),
                  _gradflow("cell=rnn,lstm", "learning-rate=0.01,0.002"),
                  _gradflow("cell=rnn,lstm", "learning-rate=0.01,0.001", hidden=5),
                  dataclasses.replace(experiment, base=dataclasses.replace(experiment.base, compare=True))):
        assert other.fingerprint() != fingerprint


def test_the_fingerprint_holds_the_input_files_contents(tmp_path):
    data = tmp_path / "prices.csv"
    data.write_bytes(open(TINY_FORECAST.train_csv, "rb").read())
    experiment = Experiment("forecast", dataclasses.replace(TINY_FORECAST, train_csv=str(data)), seeds=2,
                            input_files=(str(data),))
    before = experiment.fingerprint()
    assert experiment.fingerprint() == before
    data.write_bytes(data.read_bytes().replace(b"\n", b"\r\n"))
    assert experiment.fingerprint() != before, "a file edited since is another experiment's input"
    data.unlink()
    with pytest.raises(InputError, match="Cannot read"):
        experiment.fingerprint()


def test_a_stored_definition_gives_the_experiment_back():
    experiment = dataclasses.replace(_gradflow("clip=off,1.0", "rnn-bias=on,off", seeds=3), name="clip study",
                                     command="rnnlab sweep gradflow --vary clip=off,1.0")
    assert experiment_of(experiment.definition()) == experiment
    forecast = Experiment("forecast", with_settings(TINY_FORECAST, features=("Volume",)), seeds=1, name="f",
                          input_files=(TINY_FORECAST.train_csv,))
    assert experiment_of(forecast.definition()) == forecast


def test_check_refuses_a_configuration_the_lab_refuses_before_any_run():
    experiment = Experiment("forecast", TINY_FORECAST, (parse_axis(FORECAST, TINY_FORECAST, "column=Open,Dividend"),))
    with pytest.raises(InputError, match="Dividend"):
        experiment.check()
    Experiment("forecast", TINY_FORECAST, (parse_axis(FORECAST, TINY_FORECAST, "window=10,20"),)).check()
    identity = Experiment("gradflow", TINY_GRADFLOW, (parse_axis(GRADFLOW, TINY_GRADFLOW, "init=normal,identity"),))
    with pytest.raises(InputError, match="identity initialisation is for the RNN"):
        identity.check()
