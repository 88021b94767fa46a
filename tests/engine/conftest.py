"""Fixtures shared by the engine's tests."""

from __future__ import annotations

import pytest


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
