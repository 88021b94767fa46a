"""A child process whose files cannot grow past a limit: how the tests make writes fail for real, without root.

``RLIMIT_FSIZE`` caps the size of any file the process writes; with SIGXFSZ ignored, a write past the cap fails
with EFBIG, as a write to a full disk fails with ENOSPC: a real failure in the middle of a real write, after
every check before the run has passed. POSIX only (the ``resource`` module); the tests that use it skip elsewhere.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import PROJECT_ROOT


def run_with_file_size_limit(args: list[str], limit_bytes: int, timeout: int = 300) -> subprocess.CompletedProcess:
    """Run ``python args...`` from the project root with every file it writes capped at ``limit_bytes``."""
    resource = pytest.importorskip("resource")
    import signal

    def cap_file_size() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    environment = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run([sys.executable, *args], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=timeout,
                          preexec_fn=cap_file_size, env=environment)
