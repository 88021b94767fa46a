"""Torch set-up shared by every job: reproducible seeds and CPU settings that keep training fast."""

from __future__ import annotations

import os
import random
from contextlib import contextmanager
from typing import Iterator

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


@contextmanager
def torch_threads(count: int | None) -> Iterator[None]:
    """Use ``count`` intra-op torch threads inside the block (None: leave as is), then restore the previous count.

    RNN Lab's tensors are small: on a busy 2-core CPU two threads made a training step 5-20x slower than one
    (the threads wait on each other), so jobs run their loops with one thread.
    """
    import torch

    previous = torch.get_num_threads()
    if count is not None:
        torch.set_num_threads(count)
    try:
        yield
    finally:
        torch.set_num_threads(previous)
