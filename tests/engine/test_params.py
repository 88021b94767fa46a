"""Configuration bounds: one declaration drives validation, the GUI form and the CLI flags."""

from dataclasses import dataclass

import pytest

from rnnlab.engine.errors import InputError
from rnnlab.engine.params import param, param_specs, validate


@dataclass
class Example:
    hidden_size: int = param(32, label="Hidden size", help="Units.", low=4, high=256)
    learning_rate: float = param(0.01, label="Learning rate", help="Step.", low=1e-5, high=10.0, log_scale=True)
    clip: float | None = param(None, label="Clip", help="Norm cap.", low=0.01, high=100.0, optional=True)
    cell: str = param("rnn", label="Cell", help="Kind.", choices=("rnn", "lstm"))
    adam: bool = param(False, label="Adam", help="Use Adam.")


def test_specs_carry_types_bounds_and_order():
    specs = param_specs(Example)
    assert [s.name for s in specs] == ["hidden_size", "learning_rate", "clip", "cell", "adam"]
    assert specs[0].kind is int and (specs[0].low, specs[0].high) == (4, 256)
    assert specs[2].kind is float and specs[2].optional
    assert specs[0].flag == "--hidden-size"


@pytest.mark.parametrize(
    "change, fragment",
    [
        ({"hidden_size": 0}, "Hidden size must be at least 4"),
        ({"hidden_size": 1000}, "at most 256"),
        ({"learning_rate": float("nan")}, "must be a number"),
        ({"cell": "transformer"}, "must be one of rnn, lstm"),
    ],
)
def test_validate_refuses_out_of_bounds(change, fragment):
    with pytest.raises(InputError, match=fragment):
        validate(Example(**change))


def test_validate_accepts_defaults_and_optional_none():
    assert validate(Example()) == Example()
