"""*Repeat with 5 seeds*: a lab tab's way to ask whether its result holds beyond one seed. It runs an experiment of
the tab's configuration over seeds 0-4 on the experiments feature (stored like any sweep, so the Experiments tab
lists it) and says the headline metric's mean, 95% confidence interval and n, and on how many seeds the lab's own
test agreed.
"""

from __future__ import annotations

import time
from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from rnnlab.engine.errors import EngineError
from rnnlab.engine.experiments.experiment import Experiment
from rnnlab.engine.experiments.local import physical_cores
from rnnlab.engine.experiments.results import ExperimentResults
from rnnlab.engine.experiments.runs import DONE, FAILED
from rnnlab.engine.experiments.stats import Summary
from rnnlab.engine.experiments.summary import interval_text, number, seeds_text
from rnnlab.engine.experiments.sweep import SweepProgress, SweepResult
from rnnlab.engine.translations import translatable
from rnnlab.gui.experiments.sweep_controls import time_left
from rnnlab.gui.experiments.sweep_request import ResultsRead, SweepOpened, SweepRequest
from rnnlab.gui.i18n import counted, engine_text, filled, translate
from rnnlab.gui.job_runner import JobRunner
from rnnlab.gui.lab_tab import LabTab, TabFinder, TabShower
from rnnlab.gui.widgets.run_controls import StatusLabel, format_duration
from rnnlab.gui.widgets.user_text import escape_html

SEEDS = 5
EXPERIMENTS_TAB = "experimentsTab"
METRICS = (translatable("repeat_seeds", "skill"),)
"""The headline metrics the labs repeat over seeds, as the window names them."""

ExperimentSource = Callable[[int], Experiment]
"""The tab's configuration as an experiment over this many seeds; an EngineError when it has none to repeat or its
settings are refused."""
SeedsFinding = Callable[[Summary, list[dict[str, Any]]], str]
"""The lab's sentence on the metric's summary over the seeds and the done runs' metrics (the forecaster: what the
interval says against naive, and on how many seeds the Diebold-Mariano test agreed)."""


class RepeatSeeds(QWidget):
    """The button, Cancel, the progress line, and the finding: ``metric``'s mean, 95% CI and n over the seeds."""

    def __init__(self, metric: str, experiment_of: ExperimentSource, finding: SeedsFinding,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.metric_name = metric
        self.experiment_of = experiment_of
        self.finding = finding
        self.runner = JobRunner(self)
        self.engine_ready = False
        self.blocked = ""
        self.stored_id: int | None = None
        self.find_tab: TabFinder = lambda _name: None
        self.show_tab: TabShower = lambda _tab: None
        self._seconds: list[float] = []
        self._workers = 1
        self._results: ExperimentResults | None = None
        self.repeat_button = QPushButton(filled(translate("repeat_seeds", "Repeat with {seeds} seeds"), seeds=SEEDS),
                                         objectName="repeatSeedsButton")
        self.cancel_button = QPushButton(translate("repeat_seeds", "Cancel"), objectName="repeatSeedsCancel")
        self.cancel_button.setToolTip(translate("repeat_seeds", "Stop the seeds' runs in flight; the finished ones "
                                                                "stay in the run store"))
        self.show_button = QPushButton(translate("repeat_seeds", "Show in Experiments"), objectName="repeatSeedsShow")
        self.show_button.setToolTip(translate("repeat_seeds", "Open this experiment on the Experiments tab: every "
                                                              "run, its curves and its other metrics"))
        self.status_label = StatusLabel("", objectName="repeatSeedsStatus")
        self.finding_label = QLabel("", objectName="repeatSeedsFinding", textFormat=Qt.TextFormat.RichText,
                                    wordWrap=True)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for column, button in enumerate((self.repeat_button, self.cancel_button, self.show_button)):
            layout.addWidget(button, 0, column)
        layout.setColumnStretch(3, 1)
        layout.addWidget(self.status_label, 1, 0, 1, 4)
        layout.addWidget(self.finding_label, 2, 0, 1, 4)
        self.repeat_button.clicked.connect(self._on_repeat_button_clicked)
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.show_button.clicked.connect(self._on_show_button_clicked)
        self.runner.progress.connect(self._on_runner_progress)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.cancelled.connect(self._on_runner_cancelled)
        self.runner.idle.connect(self.sync)
        self.sync()

    @property
    def busy(self) -> bool:
        """True while the seeds' runs go."""
        return self.runner.busy

    def set_state(self, engine_ready: bool, blocked: str) -> None:
        """What the tab allows: the engine is in, and the reason repeating cannot start now (empty: it can)."""
        self.engine_ready, self.blocked = engine_ready, blocked
        self.sync()

    def sync(self) -> None:
        """Enable what can be done now and say why not."""
        busy = self.runner.busy
        self.repeat_button.setEnabled(self.engine_ready and not busy and not self.blocked)
        self.cancel_button.setVisible(busy)
        self.show_button.setVisible(self.stored_id is not None and not busy)
        self.status_label.setVisible(busy or bool(self.status_label.text()))
        if not self.engine_ready:
            reason = translate("repeat_seeds", "The engine (PyTorch) is still loading…")
        elif busy:
            reason = translate("repeat_seeds", "The seeds' runs are going: Cancel stops them.")
        else:
            reason = self.blocked or filled(translate(
                "repeat_seeds", "Train this configuration with seeds 0-{last}, {cores} at a time in the background, "
                "and show the {metric}'s mean, 95% confidence interval and n: does the result hold beyond one seed? "
                "Stored as an experiment (the Experiments tab lists it)."), last=SEEDS - 1, cores=physical_cores(),
                metric=self._metric_shown())
        self.repeat_button.setToolTip(reason)

    def _on_repeat_button_clicked(self) -> None:
        try:
            experiment = self.experiment_of(SEEDS)
        except EngineError as exc:
            self.status_label.setText(filled(translate("repeat_seeds", "Cannot repeat: {reason}"),
                                             reason=engine_text(exc.message)))
            self.sync()
            return
        self._seconds, self._results, self.stored_id = [], None, None
        self._workers = physical_cores()
        if self.runner.start(SweepRequest(experiment, None, False, self._workers), self._on_sweep_finished):
            self.finding_label.setText("")
            self.status_label.setText(filled(translate("repeat_seeds", "Starting {runs}…"),
                                             runs=counted(SEEDS, "run")))
        self.sync()

    def _on_runner_progress(self, events: list) -> None:
        for event in events:
            if isinstance(event, SweepOpened):
                self.stored_id, self._workers = event.stored.id, event.workers
            elif isinstance(event, ResultsRead):
                self._results = event.results
            elif isinstance(event, SweepProgress) and event.outcome is not None:
                self._seconds.append(event.outcome.seconds)
                self._say_progress(event)

    def _say_progress(self, event: SweepProgress) -> None:
        left = time_left(self._seconds, event.total - event.finished, self._workers)
        failed = filled(translate("repeat_seeds", ", {failed} failed"), failed=event.failed) if event.failed else ""
        text = filled(translate("repeat_seeds", "{finished} of {seeds} done{failed}"), finished=event.finished,
                      seeds=counted(event.total, "seed"), failed=failed)
        if left:
            text += filled(translate("repeat_seeds", "  ·  about {left} left"), left=format_duration(left))
        self.status_label.setText(text)

    def _on_sweep_finished(self, result: SweepResult) -> None:
        elapsed = format_duration(time.monotonic() - self.runner.started_at)
        failed = filled(translate("repeat_seeds", ", {failed} failed"), failed=result.failed) if result.failed else ""
        self.status_label.setText(filled(translate("repeat_seeds", "{seeds} in {elapsed}{failed}."),
                                         seeds=counted(result.ran, "seed"), elapsed=elapsed, failed=failed))
        self._show_finding()

    def _on_runner_failed(self, message: str) -> None:
        self.status_label.setText(translate("repeat_seeds", "Stopped: ") + message.splitlines()[0], detail=message)
        self._show_finding()

    def _on_runner_cancelled(self) -> None:
        self.status_label.setText(translate("repeat_seeds", "Cancelled: the finished seeds are kept in the run store."))
        self._show_finding()

    def _show_finding(self) -> None:
        """The metric over the done seeds (after a cancel too, with its smaller n), and the lab's sentence."""
        results = self._results
        if results is None:
            return
        done = [run.metrics or {} for run in results.runs if run.status == DONE]
        summaries = results.summaries(self.metric_name)
        summary = summaries[0].summary if summaries else None
        if summary is None:
            failed = [run for run in results.runs if run.status == FAILED]
            reason = f": {escape_html((failed[0].error or '').splitlines()[0])}" if failed else ""
            self.finding_label.setText(filled(translate("repeat_seeds", "No seed gave a {metric}{reason}"),
                                              metric=self._metric_shown(), reason=reason))
            return
        text = filled(translate("repeat_seeds", "<b>Over {seeds}</b> (of seeds 0-{last}): {metric} mean {mean}, 95% CI "
                                                "{interval}, {n}. {finding}"),
                      seeds=counted(summary.n, "seed"), last=SEEDS - 1, metric=self._metric_shown(),
                      mean=number(summary.mean), interval=interval_text(summary.low, summary.high),
                      n=seeds_text(summary.n), finding=escape_html(self.finding(summary, done)))
        stored = filled(translate("repeat_seeds", " <i>Stored as the experiment “{name}”.</i>"),
                        name=escape_html(results.stored.name))
        self.finding_label.setText(text + stored)

    def _metric_shown(self) -> str:
        """The headline metric's name in the window's language."""
        return translate("repeat_seeds", self.metric_name)

    def _on_show_button_clicked(self) -> None:
        tab: LabTab | None = self.find_tab(EXPERIMENTS_TAB)
        if tab is not None and self.stored_id is not None and tab.open_experiment_id(self.stored_id):
            self.show_tab(tab)
