"""The tab's side of honest bands: settings whose validation windows cannot hold the level are refused before any
run starts (Train and Backtest alike), a projection's band stops where its errors run out and the results say so,
and the verdict and notes wrap in a narrow window instead of being cut."""

import dataclasses

from PySide6.QtWidgets import QPushButton, QScrollArea

from tests.gui.forecast.conftest import train

REFUSAL = ("A 99% band needs at least 99 validation windows (its calibration errors); these settings give 12: raise "
           "the validation fraction to 0.08 (0.09 for the band to reach all 5 projection steps too) or lower "
           "the interval level to 0.92.")


def test_a_band_the_validation_windows_cannot_hold_is_refused_before_the_run(qtbot, tab, warnings):
    tab.params.controls["interval"].setValue(0.99)
    tab.params.controls["validation_fraction"].setValue(0.01)  # 1,248 training windows of 10 rows: 12 validation
    with qtbot.assertNotEmitted(tab.runner.started):
        tab.findChild(QPushButton, "trainButton").click()
        tab.findChild(QPushButton, "backtestButton").click()  # its last fold trains on the same rows
    assert warnings == [REFUSAL, REFUSAL]
    assert not tab.runner.busy and tab.session.forecast is None and tab.loss_chart.train_losses == []
    tab.params.controls["validation_fraction"].setValue(0.08)
    train(qtbot, tab)
    assert tab.session.forecast.test.metrics.interval == 0.99 and tab.chart.band.isVisible()
    assert warnings == [REFUSAL, REFUSAL]


def test_the_projection_band_stops_where_its_errors_run_out_and_the_results_say_so(qtbot, tab):
    tab.params.set_config(dataclasses.replace(tab.params.config(), horizon=150))
    train(qtbot, tab)  # 124 validation windows: projection step s has 125 - s errors, 9 at step 116
    assert len(tab.chart.projection_curve.getData()[0]) == 151
    assert len(tab.chart.band_upper.xData) == 20 + 116
    notes = tab.results.notes_label
    assert notes.isVisible() and "The 90% band covers the first 116 of the 150 projection steps" in notes.text()


def test_a_long_verdict_and_notes_wrap_in_a_narrow_window(qtbot, tab):
    train(qtbot, tab)
    name = "forecaster_trained_on_the_google_sample_with_a_very_long_name_2017-01-31.pt"
    tab.results.show_forecast(tab.session.forecast.test, f"loaded from {name}", ["A note that goes on. " * 12])
    tab.resize(900, 600)
    qtbot.waitUntil(lambda: tab.width() == 900)
    page = tab.results._page
    viewport = tab.findChild(QScrollArea, "resultsScroll").viewport()
    qtbot.waitUntil(lambda: page.width() <= viewport.width())
    for label in (tab.results.verdict_label, tab.results.notes_label):
        assert label.geometry().right() <= page.width(), "no line runs past the page"
        assert label.height() >= label.heightForWidth(label.width()), "every wrapped line has its room"
    assert name in tab.results.verdict_label.text().replace("\u200b", "")
