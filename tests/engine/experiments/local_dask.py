"""A real Dask cluster on this machine for the cluster executor's tests: a ``dask scheduler`` and ``dask worker``
processes of this interpreter, on free ports, without dashboards, each in its own process group so that stopping it
ends its nanny's worker too. A scheduler left behind by a test process that was killed ends itself once idle, and
its workers once it is gone."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

START_WITHIN_S = 90.0
"""How long the scheduler and its workers get to start on a busy 2-core machine before the tests give up."""
STOP_WITHIN_S = 10.0


@dataclass
class LocalDask:
    """The processes of a local cluster and the folder of their logs; ``address`` is the scheduler's."""

    folder: Path
    env: dict[str, str]
    address: str = ""
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def start_scheduler(self) -> None:
        """Start the scheduler on a free port of 127.0.0.1 and read its address from the file it writes."""
        address_file = self.folder / "scheduler.json"
        self._start("scheduler", "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                    "--scheduler-file", str(address_file), "--idle-timeout", "600")
        deadline = time.monotonic() + START_WITHIN_S
        while not address_file.is_file():
            if time.monotonic() > deadline or self.processes[-1].poll() is not None:
                raise RuntimeError(f"the Dask scheduler did not start:\n{self.log('scheduler')}")
            time.sleep(0.1)
        self.address = json.loads(address_file.read_text(encoding="utf-8"))["address"]

    def start_worker(self, name: str, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
        """Start a worker (one thread, behind a nanny that restarts it if it dies) that joins the scheduler."""
        return self._start(name, "worker", self.address, "--name", name, "--nthreads", "1", "--no-dashboard",
                           "--host", "127.0.0.1", "--local-directory", str(self.folder / name),
                           "--death-timeout", "60", env=env)

    def stop(self, process: subprocess.Popen[bytes]) -> None:
        """End ``process`` and its children (its process group): politely, then at once."""
        for sig in (signal.SIGTERM, signal.SIGKILL):
            if process.poll() is not None:
                break
            try:
                os.killpg(process.pid, sig)
            except ProcessLookupError:
                break
            try:
                process.wait(STOP_WITHIN_S)
            except subprocess.TimeoutExpired:
                continue
        if process in self.processes:
            self.processes.remove(process)

    def stop_all(self) -> None:
        for process in reversed(list(self.processes)):
            self.stop(process)

    def log(self, name: str) -> str:
        path = self.folder / f"{name}.log"
        return path.read_text(encoding="utf-8", errors="replace")[-4000:] if path.is_file() else ""

    def _start(self, name: str, *argv: str, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
        with open(self.folder / f"{name}.log", "wb") as log:
            process = subprocess.Popen([sys.executable, "-m", "dask", *argv], cwd=self.folder, env=env or self.env,
                                       stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                       start_new_session=True)
        self.processes.append(process)
        return process
