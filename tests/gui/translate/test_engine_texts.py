"""The pad's diagnosis verdict (written by the engine) is shown in the window's language, and the numbers the pad's
hand-set axes show (the retraining loss's decades, the diagnosis's recovery and length axes) follow the locale."""

import pytest
from PySide6.QtWidgets import QLabel

from rnnlab.gui import i18n
from rnnlab.gui.translate.tab import TranslationTab
from tests.gui.pseudo_locale import OPEN, code_words, untranslated
from tests.gui.translate.test_diagnose import _diagnose

pytestmark = pytest.mark.usefixtures("app_torch_settings")


def test_the_diagnosis_verdict_and_status_are_shown_translated(qtbot, pseudo_locale, tab):
    panel = _diagnose(qtbot, tab)
    verdict = tab.findChild(QLabel, "diagnoseVerdict").text()
    allowed = code_words()
    for line in verdict.splitlines():
        assert OPEN in line and untranslated(line, allowed) is None, f"the engine's English in the verdict: {line!r}"
    assert untranslated(panel.status_label.text(), allowed) is None, panel.status_label.text()


def tick_labels(axis) -> list[str]:
    return [text for _value, text in axis._tickLevels[0]]


@pytest.fixture
def english_after(qapp):
    yield
    i18n.apply_language("en")


def test_hand_set_axis_numbers_follow_the_language(qtbot, english_after, no_leaked_jobs):
    i18n.apply_language("fa")
    tab = TranslationTab()
    qtbot.addWidget(tab)
    loss_axis = tab.retrain_panel.loss_plot.getAxis("left")
    recovery_axis = tab.diagnosing.panel.recovery_plot.getAxis("left")
    assert tick_labels(recovery_axis) == ["۰", "۲۰", "۴۰", "۶۰", "۸۰", "۱۰۰"]
    assert "۰٫۰۰۱" in tick_labels(loss_axis) and "۱" in tick_labels(loss_axis)

    i18n.apply_language("en")
    i18n.retranslate(tab)
    assert tick_labels(recovery_axis) == ["0", "20", "40", "60", "80", "100"]
    assert "0.001" in tick_labels(loss_axis)
