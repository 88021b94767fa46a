"""An experiment: one lab's base run, zero to two settings varied over listed values, and seeds 0..N-1.

Its grid is every combination of the varied settings' values (the first setting's values outermost) times every
seed; each grid point and seed is one :class:`~rnnlab.engine.experiments.runs.RunTask`, named by a readable key
(``cell=lstm,learning_rate=0.01,seed=3``). The fingerprint identifies what the experiment measures (the lab, the base
settings and inputs, the input files' contents, the grid and the seeds) so ``--resume`` finds it again; its name and
the command that started it are not part of it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rnnlab.engine.errors import InputError
from rnnlab.engine.experiments.horizon_rule import HorizonRule, rule_of
from rnnlab.engine.experiments.runs import RunTask
from rnnlab.engine.labs import Lab, lab_named, with_settings
from rnnlab.engine.params import ParamSpec, param_specs
from rnnlab.engine.plural import plural
from rnnlab.engine.translations import Message, translatable

MAX_AXES = 2
SEED = "seed"
"""The setting an experiment sets itself: run k of a configuration has seed k."""
_TRUE = ("on", "true", "yes", "1")
_FALSE = ("off", "false", "no", "0")


@dataclass(frozen=True)
class Axis:
    """One varied setting: its field ``name`` (``learning_rate``), its ``values`` (typed) and the same values as
    they were typed (``texts``: what the CSV writes)."""

    name: str
    values: tuple[Any, ...]
    texts: tuple[str, ...]

    @property
    def flag_name(self) -> str:
        """The name as ``--vary`` takes it: the setting's flag without its dashes (``learning-rate``)."""
        return self.name.replace("_", "-")

    def text_of(self, value: Any) -> str:
        """The value as it was typed."""
        return self.texts[self.values.index(value)]


@dataclass(frozen=True)
class Experiment:
    """A lab (its registry name), its ``base`` run (settings and inputs; its seed is replaced by each run's), the
    varied settings (``axes``, at most two), the number of ``seeds`` (runs 0..seeds-1 of each configuration), a
    ``name``, the files the runs read (``input_files``, whose contents are part of the fingerprint) and the
    ``command`` that started it (for the report; None from the GUI), the experiment preset it came from (``preset``,
    whose notes the report quotes; None: none) and the ``horizon`` rule its summary applies (None: no horizon).
    Neither of the last two changes what the runs measure, so neither is part of the fingerprint."""

    lab: str
    base: Any
    axes: tuple[Axis, ...] = ()
    seeds: int = 1
    name: str = ""
    input_files: tuple[str, ...] = ()
    command: str | None = None
    preset: str | None = None
    horizon: HorizonRule | None = None

    def __post_init__(self) -> None:
        if len(self.axes) > MAX_AXES:
            raise InputError(translatable("Engine", "An experiment varies at most {most} settings; got {count}."),
                             most=MAX_AXES, count=len(self.axes))
        if len({axis.name for axis in self.axes}) < len(self.axes):
            raise InputError(translatable("Engine", "Each setting can be varied once."))
        if self.seeds < 1:
            raise InputError(translatable("Engine", "An experiment needs at least one seed; got {seeds}."),
                             seeds=self.seeds)
        if self.horizon is not None and self.horizon.axis not in {axis.name for axis in self.axes}:
            raise InputError(translatable("Engine", "The horizon is read over {axis}, which the "
                                                    "experiment does not vary."), axis=self.horizon.axis)
        if self.name.strip().isdigit():
            raise InputError(translatable("Engine", "An experiment's name of digits only ({name!r}) would read as "
                                                    "another experiment's id: give it a word too."), name=self.name)

    def points(self) -> list[dict[str, Any]]:
        """The configurations: every combination of the axes' values (the first axis outermost); one empty point
        when nothing is varied."""
        return [dict(zip((axis.name for axis in self.axes), values, strict=True))
                for values in itertools.product(*(axis.values for axis in self.axes))]

    def tasks(self, experiment_id: int) -> list[RunTask]:
        """Every run of the grid, seed by seed (all configurations of seed 0 first, so a partial sweep has every
        configuration), each with its settings checked against their bounds."""
        return [RunTask(experiment_id, run_key(point, seed), self.lab,
                        with_settings(self.base, **point, **{SEED: seed}), point, seed)
                for seed in range(self.seeds) for point in self.points()]

    def fingerprint(self) -> str:
        """A digest of what the experiment measures: lab, base settings (not the seed) and inputs, the input files'
        contents, the grid's values and the seeds. Two experiments with one fingerprint run the same runs."""
        definition = self.definition()
        definition["run"]["config"].pop(SEED, None)
        for key in ("name", "command", "preset", "horizon"):
            definition.pop(key)
        definition["axes"] = [[axis["name"], [canonical_text(v) for v in axis["values"]]]
                              for axis in definition["axes"]]
        definition["input_files"] = [file_digest(path) for path in self.input_files]
        return hashlib.sha256(json.dumps(definition, sort_keys=True).encode("utf-8")).hexdigest()

    def definition(self) -> dict[str, Any]:
        """The experiment as JSON (what the run store keeps; :func:`experiment_of` reads it back)."""
        return {"lab": self.lab, "run": dataclasses.asdict(self.base), "seeds": self.seeds, "name": self.name,
                "axes": [{"name": axis.name, "values": list(axis.values), "texts": list(axis.texts)}
                         for axis in self.axes],
                "input_files": list(self.input_files), "command": self.command, "preset": self.preset,
                "horizon": None if self.horizon is None else self.horizon.definition()}

    def check(self) -> None:
        """Refuse, before any run, a configuration the lab refuses: read the inputs once and build (not run) the job
        of every configuration, which checks its settings against the data (a window longer than the series)."""
        lab = lab_named(self.lab)
        inputs = lab.load(self.base)
        for point in self.points():
            lab.job(with_settings(self.base, **point), inputs)

    def describe(self) -> str:
        """``cell (3) x learning_rate (2) x 5 seeds = 30 runs``."""
        parts = [f"{axis.name} ({len(axis.values)})" for axis in self.axes]
        runs = len(self.points()) * self.seeds
        return " x ".join([*parts, plural(self.seeds, "seed")]) + f" = {plural(runs, 'run')}"


def run_key(point: dict[str, Any], seed: int) -> str:
    """The readable key of a configuration and seed: ``cell=lstm,learning_rate=0.01,seed=3``."""
    return ",".join([*(f"{name}={canonical_text(value)}" for name, value in point.items()), f"{SEED}={seed}"])


def point_label(point: dict[str, Any]) -> str:
    """A configuration as a person reads it: ``cell=lstm, learning_rate=0.01`` (``all runs`` when nothing varies)."""
    return ", ".join(f"{name}={canonical_text(value)}" for name, value in point.items()) or "all runs"


def canonical_text(value: Any) -> str:
    """One spelling per value (``1e-2`` and ``0.01`` are both ``0.01``): what keys and fingerprints use."""
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def parse_axis(lab: Lab[Any, Any, Any], base: Any, text: str) -> Axis:
    """``NAME=V1,V2,...`` (NAME a setting's flag without its dashes) as an Axis, each value checked against the
    setting's bounds on ``base``; an InputError saying what is wrong for an unknown name, the seed, an empty or
    repeated value or one out of bounds."""
    name, equals, listed = text.partition("=")
    name = name.strip()
    if not equals or not name:
        raise InputError(translatable("Engine", "--vary {text}: write it as NAME=V1,V2,... (e.g. --vary "
                                                "cell=rnn,lstm)."),
                         text=text)
    spec = _varied_spec(lab, name)
    texts = tuple(value.strip() for value in listed.split(","))
    if not listed.strip() or any(not value for value in texts):
        raise InputError(translatable("Engine", "--vary {text}: give the values of {name} separated by commas, none "
                                                "empty."), text=text, name=name)
    values = tuple(parse_value(spec, value) for value in texts)
    for k, (value, typed) in enumerate(zip(values, texts, strict=True)):
        if value in values[:k]:
            first = texts[values.index(value)]
            raise InputError(translatable("Engine", "--vary {text}: {typed} is listed twice.") if first == typed else
                             translatable("Engine", "--vary {text}: {typed} is the same value as {first}."),
                             text=text, typed=typed, first=first)
        try:
            with_settings(base, **{spec.name: value})
        except InputError as exc:
            raise InputError(translatable("Engine", "--vary {text}: {exc}"), text=text, exc=exc) from None
    return Axis(spec.name, values, texts)


def varied_specs(lab: Lab[Any, Any, Any]) -> list[ParamSpec]:
    """The settings an experiment can vary: every setting with a flag but the seed and the lists of names."""
    return [spec for spec in param_specs(lab.settings) if spec.cli and spec.kind is not tuple and spec.name != SEED]


def _varied_spec(lab: Lab[Any, Any, Any], name: str) -> ParamSpec:
    """The setting ``--vary NAME`` names; refused: the seed, a list setting and a name the lab does not have."""
    specs = varied_specs(lab)
    for spec in specs:
        if spec.flag == f"--{name}":
            return spec
    if name == SEED:
        raise InputError(translatable("Engine", "--vary seed: the seeds are 0..N-1 of --seeds N; vary a setting."))
    names = ", ".join(spec.flag[2:] for spec in specs)
    raise InputError(translatable("Engine", "--vary {name}: {lab_name} has no setting called {name}; it can vary "
                                            "{names}."), name=name, lab_name=lab.name, names=names)


def parse_value(spec: ParamSpec, text: str) -> Any:
    """A value of ``spec`` as typed on the command line (``off`` for an optional setting's None, ``on``/``off`` for a
    switch); an InputError for text that is not one."""
    lowered = text.lower()
    if spec.optional and lowered in ((spec.none_text, "none") if spec.none_text == "off" else (spec.none_text,)):
        return None
    if spec.kind is bool:
        if lowered in _TRUE + _FALSE:
            return lowered in _TRUE
        raise InputError(translatable("Engine", "{label} is on or off; got {text!r}."),
                         label=Message.marked("Param", spec.label), text=text)
    try:
        return spec.kind(text)
    except ValueError:
        kind = {int: Message(translatable("Engine", "a whole number")),
                float: Message(translatable("Engine", "a number"))}.get(spec.kind, spec.kind.__name__)
        raise InputError(translatable("Engine", "{label} must be {kind}; got {text!r}."),
                         label=Message.marked("Param", spec.label), kind=kind, text=text) from None


def experiment_of(definition: dict[str, Any]) -> Experiment:
    """The experiment a stored definition describes (:meth:`Experiment.definition`; one stored before experiments
    had presets and horizons has neither)."""
    lab = lab_named(definition["lab"])
    run = dict(definition["run"])
    run["config"] = lab.settings(**{name: tuple(value) if isinstance(value, list) else value
                                    for name, value in run["config"].items()})
    axes = tuple(Axis(axis["name"], tuple(axis["values"]), tuple(axis["texts"])) for axis in definition["axes"])
    return Experiment(definition["lab"], lab.run_type(**run), axes, definition["seeds"], definition["name"],
                      tuple(definition["input_files"]), definition["command"], definition.get("preset"),
                      rule_of(definition.get("horizon")))


def file_digest(path: str) -> str:
    """The SHA-256 of a file's contents; an InputError for a file that cannot be read."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            while block := handle.read(1 << 20):
                digest.update(block)
    except OSError as exc:
        raise InputError(translatable("Engine", "Cannot read {path}: {reason}."),
                         path=path, reason=exc.strerror or exc) from None
    return digest.hexdigest()


def absolute_path(path: str) -> str:
    """A path as the experiment keeps it: absolute, so a sweep resumed from another folder reads the same file."""
    return str(Path(path).expanduser().resolve())
