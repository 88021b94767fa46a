"""Retrain with Epochs auto: the form's "auto" choice (the default), the early-stopping settings enabled only where
they apply, an x axis that grows with a run of unknown length, and a status line that says why the run stopped."""

import re
import time

from PySide6.QtWidgets import QLabel, QPushButton

from rnnlab.engine.translate.config import TranslatorConfig
from rnnlab.engine.translate.training import TranslatorProgress
from rnnlab.gui.translate.retrain_panel import AUTO_EPOCHS_SHOWN
from tests.gui.translate.test_tasks import _open_pairs, reversal_file  # noqa: F401 - the module's pairs fixture

EARLY = TranslatorConfig(hidden_size=16, embedding_size=8, batch_size=32, learning_rate=0.02, patience=1,
                         valid_fraction=0.1)
"""Epochs auto with a patience of one epoch: the run stops at the first epoch without a new best."""


def _early_stopping_enabled(tab) -> list[bool]:
    return [tab.retrain_panel.params.controls[name].isEnabled() for name in ("patience", "time_budget")]


def test_epochs_auto_is_the_default_and_its_settings_apply_to_tasks_of_pairs(qtbot, tab, monkeypatch,
                                                                             reversal_file):  # noqa: F811
    epochs = tab.retrain_panel.params.controls["epochs"]
    assert epochs.text() == "auto" and tab.retrain_panel.params.config().epochs is None
    assert "auto" in epochs.toolTip() and "Pig Latin words: 1 epoch" in epochs.toolTip()
    assert _early_stopping_enabled(tab) == [False, False], "Pig Latin's auto is its fixed recipe"
    _open_pairs(qtbot, tab, monkeypatch, reversal_file)
    assert _early_stopping_enabled(tab) == [True, True]
    epochs.setValue(3)
    assert _early_stopping_enabled(tab) == [False, False] and tab.retrain_panel.params.config().epochs == 3
    epochs.setValue(epochs.minimum())
    assert epochs.text() == "auto" and _early_stopping_enabled(tab) == [True, True]


def test_an_auto_retraining_says_why_it_stopped_and_keeps_the_best_epoch(qtbot, tab, monkeypatch,
                                                                        reversal_file):  # noqa: F811
    _open_pairs(qtbot, tab, monkeypatch, reversal_file)
    tab.retrain_panel.params.set_config(EARLY)
    with qtbot.waitSignal(tab.runner.finished, timeout=120000) as finished:
        tab.findChild(QPushButton, "trainButton").click()
    result = finished.args[0]
    qtbot.waitUntil(lambda: not tab.runner.busy and not tab.busy_translating, timeout=30000)
    status = tab.retrain_panel.run_controls.findChild(QLabel, "statusLabel")
    assert result.stopped.startswith(("stopped: no gain in held-out accuracy for 1 evaluation (best",
                                      "stopped: 100% held-out"))
    assert status.text().startswith("Done in ") and status.text().endswith(" · " + result.stopped)
    assert result.kept in status.toolTip() and tab.session.models["attention"].evaluation["accuracy"] == max(
        accuracy for epoch, accuracy in result.accuracy_curve if float(epoch).is_integer())


def test_the_epoch_axis_of_a_run_of_unknown_length_doubles_as_the_run_goes_past_it(tab):
    panel = tab.retrain_panel

    def shown() -> float:
        """The epochs the x axis spans (the plot adds 2% on either side)."""
        low, high = panel.accuracy_plot.getViewBox().viewRange()[0]
        return round((high - low) / 1.04, 6)

    panel.start_run(TranslatorConfig(), pig_latin=False)
    assert shown() == AUTO_EPOCHS_SHOWN == 10
    panel.add_events([TranslatorProgress(fraction=0.1, epoch=9.5, loss=0.5)])
    assert shown() == 10
    panel.add_events([TranslatorProgress(fraction=0.2, epoch=10.5, loss=0.4)])
    assert shown() == 20
    panel.add_events([TranslatorProgress(fraction=0.3, epoch=41.0, accuracy=0.9, char_error_rate=0.01)])
    assert shown() == 80
    panel.start_run(TranslatorConfig(), pig_latin=True)
    assert shown() == 1, "auto on the Pig Latin words is their 1 epoch"
    panel.start_run(TranslatorConfig(epochs=7), pig_latin=False)
    assert shown() == 7


def test_the_time_left_of_an_auto_run_is_an_upper_bound(tab):
    """An auto run's progress is the share of its time budget spent, which it may stop well before: the status line
    says "at most", where a run of a known number of epochs estimates ("about")."""
    controls = tab.retrain_panel.run_controls
    tab.runner.started_at = time.monotonic() - 60.0
    controls._on_runner_progress([TranslatorProgress(fraction=0.5, at_most=True, epoch=3.0, loss=0.5,
                                                     message="CPU · epoch 3.0 · loss 0.500")])
    assert re.fullmatch(r"CPU · epoch 3\.0 · loss 0\.500  ·  at most (59 s|1 min 0[01] s) left",
                        controls.status_label.text())
    controls._forget_latest()
    controls._shown_at = 0.0
    controls._on_runner_progress([TranslatorProgress(fraction=0.5, epoch=2.0, loss=0.5, message="CPU · epoch 2.0/4")])
    assert re.fullmatch(r"CPU · epoch 2\.0/4  ·  about (59 s|1 min 0[01] s) left", controls.status_label.text())
