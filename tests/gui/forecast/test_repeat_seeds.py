"""*Repeat with 5 seeds* on the forecaster's results: the tab's configuration over seeds 0-4 as a stored experiment,
the skill's mean, 95% CI and n on screen equal to what the run store holds, and the experiment one click away on the
Experiments tab."""

import dataclasses

from PySide6.QtWidgets import QLabel, QPushButton

from rnnlab.engine.experiments.runs import DONE
from rnnlab.engine.experiments.stats import summarize
from rnnlab.engine.experiments.store import RunStore
from rnnlab.engine.experiments.summary import interval_text, number
from rnnlab.gui.experiments.tab import ExperimentsTab
from rnnlab.gui.forecast.tab import ForecastTab
from rnnlab.gui.main_window import MainWindow


def test_repeat_is_offered_once_a_file_is_open_and_the_engine_is_in(qtbot, no_leaked_jobs):
    tab = ForecastTab()
    qtbot.addWidget(tab)
    button = tab.findChild(QPushButton, "repeatSeedsButton")
    assert button.text() == "Repeat with 5 seeds" and not button.isEnabled()
    assert "still loading" in button.toolTip()
    tab.on_engine_ready()
    assert not button.isEnabled() and button.toolTip() == "Open a price CSV first."


def test_five_seeds_give_the_stored_runs_mean_and_interval_and_open_on_the_experiments_tab(qtbot, tab):
    tab.params.set_config(dataclasses.replace(tab.params.config(), epochs=1))
    experiments = ExperimentsTab()
    window = MainWindow([("Stock forecaster", tab), ("Experiments", experiments)])
    qtbot.addWidget(window)
    experiments.on_engine_ready()
    button = tab.findChild(QPushButton, "repeatSeedsButton")
    assert button.isEnabled()
    with qtbot.waitSignal(tab.repeat.runner.idle, timeout=240_000):
        button.click()
        assert tab.has_unsaved_work(), "quitting now would stop the seeds' runs"

    stored = RunStore().find(name="forecast: 5 seeds")
    assert stored is not None
    runs = RunStore().runs(stored.id)
    assert sorted(run.seed for run in runs) == [0, 1, 2, 3, 4] and {run.status for run in runs} == {DONE}
    config = tab.config()
    for run in runs:
        assert run.settings == {**run.settings, "window": config.window, "units": config.units, "epochs": 1}
    skill = summarize([run.metrics["skill"] for run in runs])
    finding = tab.findChild(QLabel, "repeatSeedsFinding").text()
    assert f"skill mean {number(skill.mean)}, 95% CI {interval_text(skill.low, skill.high)}, n = 5 seeds" in finding
    assert "The Diebold-Mariano test (p &lt; 0.05) says it beats naive on " in finding and "of 5 seeds" in finding
    assert "5 seeds in " in tab.findChild(QLabel, "repeatSeedsStatus").text()

    show = tab.findChild(QPushButton, "repeatSeedsShow")
    assert not show.isHidden()
    show.click()
    assert window.current_tab() is experiments
    qtbot.waitUntil(lambda: experiments.state.stored is not None and experiments.state.stored.id == stored.id)


def test_cancel_stops_the_seeds_and_says_what_is_kept(qtbot, tab):
    tab.params.set_config(dataclasses.replace(tab.params.config(), epochs=50))
    with qtbot.waitSignal(tab.repeat.runner.idle, timeout=60_000):
        tab.findChild(QPushButton, "repeatSeedsButton").click()
        cancel = tab.findChild(QPushButton, "repeatSeedsCancel")
        assert not cancel.isHidden()
        cancel.click()
    assert tab.findChild(QLabel, "repeatSeedsStatus").text().startswith("Cancelled")
    assert not tab.has_unsaved_work() and tab.findChild(QPushButton, "repeatSeedsButton").isEnabled()


def test_settings_the_data_cannot_take_are_refused_before_any_run(qtbot, tab):
    tab.params.controls["interval"].setValue(0.99)
    tab.params.controls["validation_fraction"].setValue(0.01)  # 12 validation windows cannot hold a 99% band
    with qtbot.assertNotEmitted(tab.repeat.runner.started):
        tab.findChild(QPushButton, "repeatSeedsButton").click()
    assert tab.findChild(QLabel, "repeatSeedsStatus").text().startswith("Cannot repeat: A 99% band needs at least 99 ")
