"""What the window imports in the background after its first paint: the tabs' modules (pyqtgraph with them), then
torch and each tab's engine modules. A first import holds the interpreter lock for a long while; in a worker thread
the window keeps answering between its slices."""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass

from rnnlab.engine.jobs import Progress, ProgressFn

# torch._dynamo (hundreds of modules) is pulled in by the first model a process builds on the meta device (what
# reading a model file does: the pad's shipped models, a saved forecaster) and by the first optimiser. Imported here
# with torch, in the background, so that it never lands mid-job (it stalled the pad's first showing).
# The training itself runs in job processes (engine.job_process), which import it there.
ENGINE_MODULES = ("torch", "torch._dynamo")


@dataclass(kw_only=True)
class TabEngineLoaded(Progress):
    """``load_engine``'s event: torch and the engine modules of the tab named ``tab_name`` are imported."""

    tab_name: str


def import_modules(names: Iterable[str]) -> None:
    """Import ``names`` (in a background job): the GUI thread then builds the tabs without stalling on their imports."""
    for name in names:
        importlib.import_module(name)


def load_engine(groups: list[tuple[str, tuple[str, ...]]], progress: ProgressFn | None = None) -> None:
    """Import torch, then each tab's engine modules (``groups``: the tab's name and its ``engine_modules``),
    reporting each tab once its modules are in, so each tab can offer training as soon as it can.

    Run in the background: a first import holds the interpreter lock for seconds, so done in the GUI thread it
    would freeze the window, and done in a training job it would stall the live plots.
    """
    import_modules(ENGINE_MODULES)
    from rnnlab.engine.runtime import configure_torch

    configure_torch()
    for done, (tab_name, modules) in enumerate(groups, start=1):
        import_modules(modules)
        if progress is not None:
            progress(TabEngineLoaded(fraction=done / len(groups), tab_name=tab_name))
