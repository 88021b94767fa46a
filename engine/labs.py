"""The lab interface and the registry of RNN Lab's labs.

A lab is one declared thing: its name, its settings class (a ``param()`` dataclass), a *run* (a small, picklable
description of one configuration: the settings and the inputs that are not settings, such as files), one job that
runs a run headless and returns a result, the result's ``metrics()`` and ``curves()``, its report builder and its
checkpoint kind. The command line, the tabs, the self-test and experiments reach every lab through this interface:
a job process or a cluster worker given only a run gives the same metrics as the command line for the same
settings and seed.

The registry names each lab's engine, command-line and tab modules as import paths (strings), so reading it imports
nothing heavy and the engine never imports Qt. A new lab is one engine package (with its ``lab.py``), one gui package
and one line in ``REGISTRY``.
"""

from __future__ import annotations

import dataclasses
import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

from rnnlab.engine.errors import InputError
from rnnlab.engine.params import validate
from rnnlab.engine.translations import translatable

if TYPE_CHECKING:
    import numpy as np

    from rnnlab.engine.jobs import CancelToken, Job, ProgressFn
    from rnnlab.engine.report.document import Report


class LabResult(Protocol):
    """What a lab's job returns: its figures as numbers and its loss curves."""

    def metrics(self) -> dict[str, Any]:
        """Exactly what ``--metrics`` writes: numbers first (null where one is not finite), then descriptive text;
        no key is the name of one of the lab's settings."""
        ...

    def curves(self) -> dict[str, np.ndarray]:
        """What the lab's loss plots draw, by name: each an (n, 2) array of (x, y) points, x the training step or
        epoch."""
        ...


class LabRun(Protocol):
    """A small, picklable description of one run: ``config`` (the lab's settings) and, in the run's own fields, the
    inputs that are not settings (files, a mode); a job process or a cluster worker runs it from scratch. A run is
    a dataclass, so an experiment can change its settings with ``dataclasses.replace``."""

    __dataclass_fields__: ClassVar[dict[str, dataclasses.Field[Any]]]

    @property
    def config(self) -> Any: ...


RunT = TypeVar("RunT", bound=LabRun)
InputsT = TypeVar("InputsT")
ResultT = TypeVar("ResultT", bound=LabResult, contravariant=True)
JobResultT = TypeVar("JobResultT", bound=LabResult)


class Lab(Protocol[RunT, InputsT, ResultT]):
    """One lab. ``name`` is its registry key (and the name experiments use; its tab's title is the registry's),
    ``settings`` its ``param()`` dataclass, ``run_type`` the dataclass of its runs, ``checkpoint_kind`` the kind of
    model file it saves (None: it saves none), ``headline_metric`` the metric an experiment summarises by default
    and ``metric_names`` every number its result's ``metrics()`` gives (what an experiment may summarise by)."""

    @property
    def name(self) -> str: ...

    @property
    def settings(self) -> type: ...

    @property
    def run_type(self) -> type[RunT]: ...

    @property
    def checkpoint_kind(self) -> str | None: ...

    @property
    def headline_metric(self) -> str:
        """The metric an experiment summarises unless told otherwise (a key of the result's ``metrics()``)."""
        ...

    @property
    def metric_names(self) -> tuple[str, ...]:
        """The numbers of the result's ``metrics()``, the headline first (a compare run's are per cell,
        ``lstm.tail_loss``): a sweep's ``--metric`` is checked against them before any run."""
        ...

    def load(self, run: RunT, cancel: CancelToken | None = None) -> InputsT:
        """Read the run's input files (a price CSV, a pairs file), with the notes of what reading them fixed; an
        InputError says why one cannot be used. None for a lab without input files."""
        ...

    def job(self, run: RunT, inputs: InputsT | None = None) -> Job:
        """The job ``(progress, cancel) -> result`` of ``run``. With ``inputs`` (what :meth:`load` gave) the request
        is checked now, before any work; without, the job reads them itself (a job process, a cluster worker)."""
        ...

    def report(self, run: RunT, inputs: InputsT | None, result: ResultT) -> Report:
        """The lab report of a finished run (``inputs`` as the job was given them; read again when None)."""
        ...


@dataclass(frozen=True)
class FromScratch(Generic[JobResultT]):
    """The job of a run given without its inputs (in a job process, on a cluster worker): it reads them with the
    lab's ``load`` and then runs the lab's job on them, so a bad file is refused in the job, before any training."""

    lab: Lab[Any, Any, JobResultT]
    run: LabRun

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> JobResultT:
        result: JobResultT = self.lab.job(self.run, self.lab.load(self.run, cancel))(progress, cancel)
        return result


def with_settings(run: RunT, **settings: Any) -> RunT:
    """``run`` with some settings changed (an experiment's grid point and seed), validated: an unknown setting or a
    value out of its bounds is an InputError."""
    names = {field.name for field in dataclasses.fields(run.config)}
    unknown = sorted(set(settings) - names)
    if unknown:
        raise InputError(translatable("Engine", "{unknown} is not a setting of this lab.") if len(unknown) == 1 else
                         translatable("Engine", "{unknown} are not settings of this lab."), unknown=", ".join(unknown))
    return dataclasses.replace(run, config=validate(dataclasses.replace(run.config, **settings)))


@dataclass(frozen=True)
class LabEntry:
    """One line of the registry: the lab's ``name`` and tab ``title``, and where its parts live, as import paths:
    ``engine`` (``module:attribute`` of its Lab), ``cli`` (the module whose ``register(subparsers)`` adds its
    subcommands, ``add_run_arguments(parser)`` the arguments that describe a run, its files and setting flags, and
    ``run_of(args)`` the run they describe), ``tab`` (``module:class`` of its LabTab) and ``tab_name`` (the tab's
    objectName, known before the tab is built)."""

    name: str
    title: str
    engine: str
    cli: str
    tab: str
    tab_name: str

    def lab(self) -> Lab[Any, Any, Any]:
        """The engine's Lab (imports only its light module: settings and runs, no torch)."""
        lab: Lab[Any, Any, Any] = load_attribute(self.engine)
        return lab

    @property
    def modules(self) -> tuple[str, ...]:
        """Every module the entry names (what a frozen bundle must hold)."""
        return tuple(path.split(":")[0] for path in (self.engine, self.cli, self.tab))


REGISTRY: tuple[LabEntry, ...] = (
    LabEntry("gradflow", "Gradient flow", "rnnlab.engine.gradflow.lab:GRADFLOW", "rnnlab.cli.gradflow",
             "rnnlab.gui.gradflow.tab:GradflowTab", "gradientFlowTab"),
    LabEntry("forecast", "Stock forecaster", "rnnlab.engine.forecast.lab:FORECAST", "rnnlab.cli.forecast",
             "rnnlab.gui.forecast.tab:ForecastTab", "forecastTab"),
    LabEntry("translator", "Translation pad", "rnnlab.engine.translate.lab:TRANSLATOR", "rnnlab.cli.translate",
             "rnnlab.gui.translate.tab:TranslationTab", "translationTab"),
)
"""The labs in the order of the window's tabs."""


def lab_named(name: str) -> Lab[Any, Any, Any]:
    """The registered lab called ``name``; an InputError naming the labs there are for any other name."""
    for entry in REGISTRY:
        if entry.name == name:
            return entry.lab()
    raise InputError(translatable("Engine", "There is no lab called {name!r}; the labs are {names}."),
                     name=name, names=', '.join((e.name for e in REGISTRY)))


def load_attribute(path: str) -> Any:
    """The object an import path ``package.module:attribute`` names."""
    module, _, attribute = path.partition(":")
    return getattr(importlib.import_module(module), attribute)
