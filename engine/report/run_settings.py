"""What a report needs to reproduce its run: every setting that changed it (the configuration, and the inputs outside
it: files, compare mode, a preset) and the ``rnnlab`` command line that runs it again.

The command line is built from the configuration's ``param()`` declarations, the same that make the CLI's flags
(``cli/args.py``): only the settings that differ from the defaults (or from the preset's values), each value written
so that the flag's parser reads it back unchanged, every word quoted for a POSIX shell (``shlex.quote``). A report
written by the GUI and one written by the CLI give the same line for the same run.
"""

from __future__ import annotations

import os
import shlex
from dataclasses import dataclass, field
from typing import Any, Sequence

from rnnlab.engine.params import ParamSpec, param_specs

PROGRAM = "rnnlab"


@dataclass(frozen=True)
class RunInput:
    """A setting of the run that is not a configuration field: a file, a mode, a preset. ``value`` is what the
    settings table shows, ``arguments`` what the command line needs for it (none: the default)."""

    label: str
    value: str
    flag: str
    arguments: tuple[str, ...] = ()
    default: str = ""


@dataclass
class RunSettings:
    """One run's settings: the ``subcommand`` that runs it, its inputs outside the configuration (in command-line
    order: a positional file first), its configuration, and the preset it started from (``base``: the preset's
    configuration, whose values the flags change). ``device_used`` is the device the job reported (``CPU``,
    ``CUDA (NVIDIA H200)``); ``not_applied`` names fields that did not act on this run, with why; ``refused`` those of
    them whose flag the subcommand refuses on such a run (left off the command line); ``unrepeatable`` says why no
    command line can run it again (empty: one can)."""

    subcommand: str
    config: Any
    inputs: list[RunInput] = field(default_factory=list)
    base: Any = None
    base_name: str = ""
    device_used: str = ""
    not_applied: dict[str, str] = field(default_factory=dict)
    refused: tuple[str, ...] = ()
    unrepeatable: str = ""

    def reference(self, spec: ParamSpec) -> Any:
        """The value a field has unless a flag changes it: the preset's, else the declared default."""
        return getattr(self.base, spec.name) if self.base is not None else spec.default

    def changed(self, spec: ParamSpec) -> bool:
        """True when the run's value of ``spec`` differs from :meth:`reference`."""
        return bool(getattr(self.config, spec.name) != self.reference(spec))

    def arguments(self) -> list[str]:
        """The command-line words after the subcommand: the inputs' words, then one flag per changed field."""
        words = [word for run_input in self.inputs for word in run_input.arguments]
        for spec in param_specs(type(self.config)):
            if spec.cli and self.changed(spec) and spec.name not in self.refused:
                words += flag_words(spec, getattr(self.config, spec.name))
        return words

    def command_line(self) -> str:
        """The whole command, quoted for a POSIX shell, e.g. ``rnnlab gradflow --preset exploding --seed 3``."""
        return " ".join(shlex.quote(word) for word in [PROGRAM, self.subcommand, *self.arguments()])


def flag_words(spec: ParamSpec, value: Any) -> list[str]:
    """The words that make the CLI parser (``cli.args.add_param_flags``) read ``value`` for ``spec``: ``--no-flag``
    for a false switch, the setting's ``none_text`` for None ("off", "auto"), the names of a list one word each,
    ``--flag=VALUE`` for a value that starts with a dash (``--title -x`` would read ``-x`` as a flag)."""
    if spec.kind is bool:
        return [spec.flag if value else "--no-" + spec.flag[2:]]
    if spec.kind is tuple:
        return [spec.flag, *(str(item) for item in value)]
    return option(spec.flag, spec.none_text if value is None else str(value))


def option(flag: str, value: str) -> list[str]:
    """``[flag, value]``, or ``[flag=value]`` when the value starts with a dash."""
    return [f"{flag}={value}"] if value.startswith("-") else [flag, value]


def absolute(path: str) -> str:
    """A file's path from the root, as a report gives it: the command line then runs from any folder."""
    return os.path.abspath(path)


def positional(path: str) -> str:
    """A file name as a positional argument: ``./-x.csv`` for one that starts with a dash."""
    return "./" + path if path.startswith("-") else path


def device_text(setting: str, used: str) -> str:
    """The device a run used, with the setting that chose it: ``cpu (auto)``, ``cuda (auto), NVIDIA H200``,
    ``cpu``; the setting alone when the job did not say (``used`` empty)."""
    if not used:
        return setting
    kind, _, detail = used.partition(" ")
    text = kind.lower() + (" (auto)" if setting == "auto" else "")
    return text + (f", {detail.strip('()')}" if detail else "")


def input_arguments(flag: str, value: str | None) -> tuple[str, ...]:
    """The words of an optional input given by a flag (``--test-csv FILE``); none when it was not given."""
    return tuple(option(flag, value)) if value else ()


def names_text(values: Sequence[str]) -> str:
    """``RNN, LSTM and GRU``."""
    names = list(values)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
