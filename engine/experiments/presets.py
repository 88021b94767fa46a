"""Experiment presets: a named experiment (its lab, base settings, varied settings and seeds) that ``rnnlab sweep LAB
--preset NAME`` starts from, as a lab's run preset gives a single run its settings.

A preset fills in what the command line leaves out: its varied settings unless ``--vary`` is given, its seeds unless
``--seeds`` is, its settings unless their flags are typed. RNN Lab ships none yet; each is one entry of
:data:`PRESETS`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ExperimentPreset:
    """An experiment preset: its ``name``, ``lab`` and a one-line ``title`` (``--help`` lists it); the lab's run
    preset its base starts from (``run_preset``, for a lab that has them; None: the defaults), the base ``settings``
    it changes (by field name), what it varies (``vary``: ``--vary`` texts, ``NAME=V1,V2``) and its ``seeds``."""

    name: str
    lab: str
    title: str
    settings: dict[str, Any] = field(default_factory=dict)
    vary: tuple[str, ...] = ()
    seeds: int = 1
    run_preset: str | None = None


PRESETS: dict[str, ExperimentPreset] = {}
"""Every experiment preset by name."""


def presets_of(lab: str) -> dict[str, ExperimentPreset]:
    """The experiment presets of ``lab``, by name."""
    return {name: preset for name, preset in PRESETS.items() if preset.lab == lab}
