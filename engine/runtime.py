"""Torch set-up shared by every job: process settings made once at start, a device choice, per-job randomness.

Jobs never change process-wide torch state: two tabs may train at once, so a job that set the global seed or
the thread count would change the other's results. The process is configured once (``configure_torch``, by the
CLI before its job and by the GUI's engine load); each job draws its random numbers from its own
``torch.Generator`` (``job_generator``) and puts its model on the device it was given (``resolve_device``).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from rnnlab.engine.errors import InputError
from rnnlab.engine.params import param
from rnnlab.engine.translations import translatable

if TYPE_CHECKING:
    import torch

DEVICE_CHOICES: tuple[str, ...] = ("auto", "cpu", "cuda", "mps")
THREADS_VARIABLE = "RNNLAB_TORCH_THREADS"


def device_param() -> Any:
    """The ``device`` field every training configuration declares (one declaration for all of them)."""
    return param("auto", label="Device", choices=DEVICE_CHOICES,
                 help="Where the network trains: auto picks a CUDA GPU, then Apple's MPS, then the CPU.")


def configure_torch(threads: int | None = None) -> None:
    """Process-wide settings, made once before any job: flush denormals (they slow training as weights shrink) and
    ``threads`` intra-op threads (None: :func:`configured_threads`, one unless ``$RNNLAB_TORCH_THREADS`` says
    otherwise). A job process is configured again before each job, so a sweep's worker that asks for fewer threads
    leaves the next job the default.

    RNN Lab's tensors are small: on a busy CPU a second thread makes a training step slower, not faster (the
    threads wait on each other; the README has the figures).
    """
    import torch

    torch.set_flush_denormal(True)
    threads = max(1, configured_threads() if threads is None else threads)
    if torch.get_num_threads() != threads:
        torch.set_num_threads(threads)


def configured_threads() -> int:
    """The intra-op threads a job runs with: ``$RNNLAB_TORCH_THREADS``, else 1."""
    return max(1, int(os.environ.get(THREADS_VARIABLE, "1") or 1))


def _available(name: str) -> bool:
    import torch

    if name == "cuda":
        return torch.cuda.is_available()
    if name == "mps":
        return torch.backends.mps.is_available()
    return name == "cpu"


def resolve_device(name: str) -> "torch.device":
    """The torch device for a ``device`` setting: ``auto`` is CUDA, then MPS, then the CPU; a named accelerator
    that this machine lacks is refused with a readable message."""
    import torch

    if name == "auto":
        return torch.device(next(choice for choice in ("cuda", "mps", "cpu") if _available(choice)))
    if name not in DEVICE_CHOICES:
        raise InputError(translatable("Engine", "Device must be one of {choices}; got {name!r}."),
                         choices=', '.join(DEVICE_CHOICES), name=name)
    if not _available(name):
        raise InputError(translatable("Engine", "This machine has no {device} device; choose auto or cpu."),
                         device=name.upper())
    return torch.device(name)


def describe_device(device: "torch.device") -> str:
    """A short name for the status line: ``CPU``, ``CUDA (NVIDIA H200)``, ``MPS (Apple GPU)``."""
    import torch

    if device.type == "cuda":
        return f"CUDA ({torch.cuda.get_device_name(device)})"
    if device.type == "mps":
        return "MPS (Apple GPU)"
    return "CPU"


def job_generator(seed: int, device: "torch.device | None" = None) -> "torch.Generator":
    """A random-number generator owned by one job and seeded with its seed: the same seed gives the same run,
    whatever else trains at the same time. On an accelerator, pass its device for tensors drawn there."""
    import torch

    generator = torch.Generator(device=device if device is not None and device.type != "mps" else "cpu")
    generator.manual_seed(int(seed))
    return generator
