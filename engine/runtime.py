"""Torch set-up shared by every job: reproducible seeds and CPU settings that keep training fast."""

from __future__ import annotations

import os
import random

import numpy as np


def seed_everything(seed: int) -> None:
    """Seed Python, numpy and torch so that a run with the same seed gives the same numbers."""
    import torch

    random.seed(seed)
    np.random.seed(seed % (2**32))
    torch.manual_seed(seed)


def configure_torch() -> None:
    """Flush denormals (they slow training as weights shrink) and use one thread per core, no more."""
    import torch

    torch.set_flush_denormal(True)
    cores = os.cpu_count() or 1
    if torch.get_num_threads() > cores:
        torch.set_num_threads(cores)
