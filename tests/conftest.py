"""Test set-up shared by every test: offscreen Qt, the reference data folder, the app's torch settings and a
thread-leak guard."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Settings, recent files, logs and saved models of test runs go to a throwaway folder, never the user's
# (gui/settings.py).
os.environ.setdefault("RNNLAB_HOME", tempfile.mkdtemp(prefix="rnnlab-test-home-"))

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = PROJECT_ROOT.parent / "shared" / "data"


@pytest.fixture
def shared_data() -> Path:
    """The read-only reference data beside the repository; tests that need it skip where it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA


@pytest.fixture
def app_torch_settings():
    """This process with the torch settings the app, the command line and every job process make
    (``runtime.configure_torch``: flush denormals, one thread), restored afterwards."""
    import torch

    from rnnlab.engine.runtime import configure_torch

    threads = torch.get_num_threads()
    configure_torch()
    yield
    torch.set_num_threads(threads)
    torch.set_flush_denormal(False)


@pytest.fixture
def no_leaked_jobs(qtbot):
    """Fail a test that leaves a JobRunner busy (a QThread still running) when it ends."""
    from rnnlab.gui.job_runner import JobRunner

    runners: list[JobRunner] = []
    original_init = JobRunner.__init__

    def tracking_init(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        runners.append(self)

    JobRunner.__init__ = tracking_init
    try:
        yield runners
    finally:
        JobRunner.__init__ = original_init
    leaked = [r for r in runners if r.busy]
    for runner in leaked:
        runner.shutdown(10000)
    assert not leaked, f"{len(leaked)} job runner(s) still busy at the end of the test"
