"""GUI tests collect garbage the way the app does: never in a worker thread (see gui/app.py)."""

from __future__ import annotations

import gc

import pytest


@pytest.fixture(autouse=True)
def garbage_collected_in_the_gui_thread():
    """No automatic collection during a GUI test (a worker's allocations would otherwise collect Qt objects in the
    worker's thread); the test's garbage is collected here, in the GUI thread, when it ends."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
        gc.collect()
