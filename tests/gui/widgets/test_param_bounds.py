"""Every numeric control of every tab has sane bounds: both ends declared, the default inside them, sizes and
counts at least 1, the control unable to go past them, and anything past them refused by ``validate`` with the
control's label, so an impossible number never reaches a run."""

from __future__ import annotations

import dataclasses
import re

import pytest

from rnnlab.engine.errors import InputError
from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.gradflow.config import GradflowConfig
from rnnlab.engine.params import ParamSpec, param_specs, validate
from rnnlab.engine.translate.config import TranslatorConfig
from rnnlab.gui.widgets.param_form import ParamForm

CONFIGS = (GradflowConfig, ForecastConfig, TranslatorConfig)
COUNT_WORDS = ("size", "hidden", "units", "layers", "epochs", "steps", "length", "window", "words", "every")


def _numeric_specs() -> list[tuple[type, ParamSpec]]:
    return [(config, spec) for config in CONFIGS for spec in param_specs(config)
            if spec.kind in (int, float) and spec.choices is None]


NUMERIC = _numeric_specs()
IDS = [f"{config.__name__}.{spec.name}" for config, spec in NUMERIC]
IN_FORM = [(config, spec) for config, spec in NUMERIC if spec.form]
"""The numeric settings the generated form edits (the forecaster's Last rows is the Data box's own control)."""


@pytest.mark.parametrize(("config", "spec"), NUMERIC, ids=IDS)
def test_declared_bounds_are_sane(config, spec):
    assert spec.low is not None and spec.high is not None and spec.low < spec.high
    assert spec.default is None and spec.optional or spec.low <= spec.default <= spec.high
    if any(word in spec.name for word in COUNT_WORDS):
        assert spec.kind is int and spec.low >= 1, "a size or count of 0 can never run"
    if spec.name.endswith(("fraction", "dropout")):
        assert 0 <= spec.low and spec.high < 1


@pytest.mark.parametrize(("config", "spec"), IN_FORM, ids=[f"{c.__name__}.{s.name}" for c, s in IN_FORM])
def test_the_control_stops_at_the_bounds(qtbot, config, spec):
    form = ParamForm(config)
    qtbot.addWidget(form)
    control = form.controls[spec.name]
    assert control.maximum() == pytest.approx(spec.high)
    assert control.minimum() <= spec.low
    control.setValue(min(spec.high * 10 + 10, 2**31 - 1))
    assert form.config().__dict__[spec.name] == pytest.approx(spec.high)
    control.setValue(spec.low - 10)
    value = form.config().__dict__[spec.name]
    assert value is None if spec.optional else value == pytest.approx(spec.low)


@pytest.mark.parametrize(("config", "spec"), NUMERIC, ids=IDS)
def test_values_past_the_bounds_are_refused_with_the_label(config, spec):
    for bad in (spec.low - 1, spec.high + 1, float("nan")):
        value = spec.kind(bad) if bad == bad else bad
        with pytest.raises(InputError, match=re.escape(spec.label)):
            validate(dataclasses.replace(config(), **{spec.name: value}))
    assert validate(config()) == config()


@pytest.mark.parametrize("config", CONFIGS, ids=[config.__name__ for config in CONFIGS])
def test_every_field_has_a_flag_and_a_control_or_a_declared_home(qtbot, config):
    """One mechanism places every field: the generated form shows each ``form=True`` field, and every field of a
    training configuration is reachable from the command line."""
    form = ParamForm(config)
    qtbot.addWidget(form)
    specs = param_specs(config)
    assert set(form.controls) == {spec.name for spec in specs if spec.form}
    assert all(spec.cli for spec in specs), [spec.name for spec in specs if not spec.cli]
