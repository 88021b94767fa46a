"""Run an experiment's tasks on an existing Dask ``distributed`` scheduler (``rnnlab sweep ... --cluster ADDRESS``).

``distributed`` is the optional extra ``rnnlab[cluster]``, imported only here and only once a cluster is asked for,
so the app and the local executor never need it. The process that runs the sweep submits ``execute(task)`` for
every task and hands each outcome to ``on_outcome`` in its own thread as it comes back, so the store is written
there, as with the local executor. Every worker needs the same RNN Lab (checked when connecting and on every
outcome) and the runs' input files at the same paths. Dask cannot interrupt a running task, so a cancel reaches the
runs in flight through a Dask ``Event`` their worker watches and turns into the job's own ``CancelToken``.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import socket
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from importlib import metadata
from typing import TYPE_CHECKING

import rnnlab
from rnnlab.engine.errors import EngineError
from rnnlab.engine.experiments.runs import RunOutcome, RunTask, execute
from rnnlab.engine.jobs import CancelToken
from rnnlab.engine.translations import translatable

if TYPE_CHECKING:
    from distributed import Client, Event, Future

log = logging.getLogger("rnnlab")

CONNECT_TIMEOUT_S = 10.0
"""How long connecting to the scheduler may take before the address is refused."""
WORKERS_TIMEOUT_S = 30.0
"""How long a scheduler without workers is given to get its first one."""
POLL_S = 0.05
"""How often the sweep's thread looks at its cancel token while it waits for outcomes."""
STOP_WITHIN_S = 10.0
"""After a cancel, how long the runs in flight are given to stop before their futures are dropped anyway."""
WATCH_S = 0.5
"""How often a worker running a task asks the scheduler whether the sweep was cancelled."""
UNKNOWN = "unknown"


class ClusterExecutor:
    """The executor of a sweep on the Dask scheduler at ``address`` (``tcp://HOST:PORT``).

    It connects when it is made: an address that cannot be reached, a scheduler that has no worker within
    ``workers_timeout_s``, or a worker that runs another RNN Lab than this one is an EngineError before any run.
    ``workers`` is how many runs the cluster runs at once: its workers' threads together (a worker started with
    ``dask worker ADDRESS --nthreads 1`` runs one run at a time).
    """

    def __init__(self, address: str, connect_timeout_s: float = CONNECT_TIMEOUT_S,
                 workers_timeout_s: float = WORKERS_TIMEOUT_S) -> None:
        _require_distributed()
        self.address = address
        self._connect_timeout_s = connect_timeout_s
        with self._connect() as client:
            self.workers = _threads(client, address, workers_timeout_s)
            _check_versions(client, address)

    def run(self, tasks: Sequence[RunTask], on_outcome: Callable[[RunOutcome], None], cancel: CancelToken) -> None:
        """Run every task on the cluster, calling ``on_outcome`` here as each finishes (any order). Returns when all
        have finished or, after ``cancel``, once the runs in flight are stopped: only finished runs are reported."""
        if not tasks:
            return
        with self._connect() as client:
            _Sweep(client, self.address, tasks).run(on_outcome, cancel)

    def _connect(self) -> Client:
        from distributed import Client

        _probe(self.address, self._connect_timeout_s)
        try:
            return Client(self.address, timeout=self._connect_timeout_s, set_as_default=False)
        except Exception as exc:  # whatever answers there, the user gets one line naming the address
            raise _unreachable(self.address, exc) from exc


class _Sweep:
    """One ``run``: the tasks' futures on the cluster, and the event that tells their workers to stop."""

    def __init__(self, client: Client, address: str, tasks: Sequence[RunTask]) -> None:
        from distributed import Event

        self.client = client
        self.address = address
        self.stop: Event = Event(f"rnnlab-stop-{uuid.uuid4().hex}", client=client)
        self.tasks: dict[Future[RunOutcome], RunTask] = {
            client.submit(_execute_on_worker, task, self.stop.name, pure=False): task for task in tasks}
        self.reported: set[Future[RunOutcome]] = set()

    def run(self, on_outcome: Callable[[RunOutcome], None], cancel: CancelToken) -> None:
        from distributed import as_completed

        completed = as_completed(self.tasks, loop=self.client.loop)
        try:
            while not completed.is_empty():
                if cancel.cancelled:
                    self._stop_runs(on_outcome)
                    return
                batch = completed.next_batch(block=False)
                for future in batch:
                    self.reported.add(future)
                    on_outcome(self._outcome_of(future))
                if not batch:
                    time.sleep(POLL_S)
        finally:
            unfinished = [future for future in self.tasks if not future.done()]
            if unfinished:
                self.stop.set()
                self.client.cancel(unfinished)
            else:
                self.stop.clear()

    def _stop_runs(self, on_outcome: Callable[[RunOutcome], None]) -> None:
        """Tell the workers to stop the runs in flight, drop the tasks not started, and wait (a bounded time) for
        the runs to stop; a run that finished meanwhile is still reported (once), a stopped one is not."""
        self.stop.set()
        processing = {key for keys in self.client.processing().values() for key in keys}
        self.client.cancel([future for future in self.tasks if not future.done() and future.key not in processing])
        deadline = time.monotonic() + STOP_WITHIN_S
        while time.monotonic() < deadline and not all(future.done() for future in self.tasks):
            time.sleep(POLL_S)
        for future in self.tasks.keys() - self.reported:
            if future.status == "finished" and (outcome := self._outcome_of(future)).status == "done":
                on_outcome(outcome)

    def _outcome_of(self, future: Future[RunOutcome]) -> RunOutcome:
        """The outcome a finished future holds, or a failed outcome saying in a line why it has none."""
        task = self.tasks[future]
        if future.status == "finished":
            return _same_rnnlab(future.result())
        if future.status == "error":
            return _failed(task, _failure_line(future.exception()))
        if self.client.status != "running":
            raise EngineError(translatable("Engine", "Lost the Dask scheduler at {address}; the runs that finished "
                                                     "before are kept."), address=self.address)
        return _failed(task, f"the Dask scheduler at {self.address} dropped it ({future.status})")


def _execute_on_worker(task: RunTask, stop_name: str) -> RunOutcome:
    """What a worker runs: ``execute(task)`` with torch set up as for every job (denormals flushed, the configured
    threads: one unless the worker's ``$RNNLAB_TORCH_THREADS`` says otherwise), stopped at the job's next check once
    the sweep sets ``stop_name``."""
    from distributed import Event, get_client

    from rnnlab.engine.runtime import configure_torch

    configure_torch()
    stop = Event(stop_name, client=get_client())
    cancel = CancelToken()
    finished = threading.Event()
    threading.Thread(target=_watch, args=(stop, cancel, finished), name="rnnlab-stop-watch", daemon=True).start()
    try:
        return execute(task, cancel=cancel)
    finally:
        finished.set()


def _watch(stop: Event, cancel: CancelToken, finished: threading.Event) -> None:
    while not finished.is_set():
        try:
            if stop.wait(timeout=WATCH_S):
                cancel.cancel()
                return
        except OSError:
            return


def _require_distributed() -> None:
    try:
        import distributed  # noqa: F401 - only to say what is missing before anything else
    except ImportError as exc:
        raise EngineError(translatable("Engine", "Running on a cluster needs the distributed package: pip install "
                                                 "'rnnlab[cluster]'.")) \
            from exc


def _probe(address: str, timeout_s: float) -> None:
    """Refuse at once an address that is not HOST:PORT or a TCP one where nothing listens (Dask itself would keep
    trying until its timeout), and within ``timeout_s`` one where what listens does not speak Dask."""
    from distributed.comm.addressing import parse_address, parse_host_port

    try:
        scheme, location = parse_address(address)
        host, port = parse_host_port(location)
    except ValueError as exc:
        raise EngineError(translatable("Engine", "cannot reach the Dask scheduler at {address}: {exc} (give it as "
                                                 "tcp://HOST:PORT)"), address=address, exc=exc) \
            from exc
    if scheme == "tcp":
        try:
            socket.create_connection((host, port), timeout=timeout_s).close()
        except OSError as exc:
            raise _unreachable(address, exc) from exc
    try:
        asyncio.run(_handshake(address, timeout_s))
    except Exception as exc:  # whatever answers there, the user gets one line naming the address
        raise _unreachable(address, exc) from exc


async def _handshake(address: str, timeout_s: float) -> None:
    """Open and close a Dask connection to ``address`` within ``timeout_s``: Dask's own connect waits forever for
    the handshake of a server that accepts the connection and never answers."""
    from distributed.comm import connect

    comm = await asyncio.wait_for(connect(address, timeout=timeout_s), timeout_s)
    await comm.close()


def _unreachable(address: str, exc: BaseException) -> EngineError:
    reason = str(exc) if isinstance(exc, OSError) else f"{_one_line(exc)} (is a Dask scheduler listening there?)"
    return EngineError(translatable("Engine", "cannot reach the Dask scheduler at {address}: "
                                              "{reason}"),
                       address=address, reason=reason or type(exc).__name__)


def _threads(client: Client, address: str, timeout_s: float) -> int:
    """How many runs the cluster's workers run at once, waiting ``timeout_s`` for a first worker if it has none."""
    if not client.nthreads():
        try:
            client.wait_for_workers(1, timeout=timeout_s)
        except TimeoutError as exc:
            raise EngineError(translatable("Engine", "The Dask scheduler at {address} has no workers (waited "
                                                     "{timeout_s:g} s); start some with: dask worker {address} "
                                                     "--nthreads 1"), address=address, timeout_s=timeout_s) from exc
    return sum(client.nthreads().values())


def installed_versions() -> tuple[str, str]:
    """This process's RNN Lab and torch versions (what a worker is asked for, and what its outcomes record)."""
    try:
        torch_version = metadata.version("torch")
    except metadata.PackageNotFoundError:
        torch_version = "not installed"
    return rnnlab.__version__, torch_version


def _check_versions(client: Client, address: str) -> None:
    """Refuse a cluster whose workers run another RNN Lab than this process (or none); warn on another torch."""
    ours, our_torch = installed_versions()
    found = client.run(installed_versions, on_error="return")
    wrong = [f"{worker} cannot import it ({_one_line(versions)})" if isinstance(versions, BaseException)
             else f"{worker} has {versions[0]}" for worker, versions in sorted(found.items())
             if isinstance(versions, BaseException) or versions[0] != ours]
    if wrong:
        raise EngineError(translatable("Engine", "Every worker of the Dask scheduler at {address} needs RNN Lab "
                                                 "{ours}, as here: {wrong}."),
                          address=address, ours=ours, wrong='; '.join(wrong))
    torches = sorted({versions[1] for versions in found.values()} - {our_torch})
    if torches:
        log.warning("Workers of the Dask scheduler at %s run torch %s, this process %s: a run's figures may differ "
                    "in their last digits from the same run here.", address, ", ".join(torches), our_torch)


def _same_rnnlab(outcome: RunOutcome) -> RunOutcome:
    """``outcome``, failed when it ran on another RNN Lab than this process's (a worker that joined later)."""
    if outcome.rnnlab_version == rnnlab.__version__:
        return outcome
    return dataclasses.replace(outcome, status="failed", metrics=None, curves=None,
                               error=f"ran on {outcome.host} with RNN Lab {outcome.rnnlab_version}, not "
                                     f"{rnnlab.__version__} as here: install the same version on every worker")


def _failure_line(exc: BaseException | None) -> str:
    from distributed import KilledWorker

    if isinstance(exc, KilledWorker):
        return (f"the Dask worker running it died, {exc.allowed_failures + 1} time(s) (the last was "
                f"{exc.last_worker.address}); its log says why")
    while exc is not None and exc.__cause__ is not None:
        exc = exc.__cause__
    return f"the Dask worker could not run it: {_one_line(exc)}"


def _failed(task: RunTask, error: str) -> RunOutcome:
    return RunOutcome(experiment_id=task.experiment_id, key=task.key, status="failed", metrics=None, curves=None,
                      seconds=0.0, host=UNKNOWN, rnnlab_version=UNKNOWN, torch_version=UNKNOWN, error=error)


def _one_line(exc: BaseException | None) -> str:
    return " ".join(f"{type(exc).__name__}: {exc}".split())
