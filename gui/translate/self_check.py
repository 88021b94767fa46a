"""The pad's own self-test step (``rnnlab --self-test``): the shipped attention model translates the assignment's
test sentence, typed into the pad as a person types it, and the pad shows the expected Pig Latin."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rnnlab.engine.translate.session import ATTENTION
from rnnlab.gui.self_test import ENGINE_TIMEOUT_S, StepFailed, wait_for

if TYPE_CHECKING:
    from rnnlab.gui.translate.tab import TranslationTab

TEST_SENTENCE = "the air conditioning is working"
EXPECTED_TRANSLATION = "ethay airway onditioningcay isway orkingway"
TRANSLATION_TIMEOUT_S = 60.0


def check_translation(tab: TranslationTab) -> str:
    """Type the test sentence into the pad and read what its translation job shows (shipped attention model)."""
    if not tab.session.has_models:
        wait_for(tab.model_runner.finished, {"the shipped models did not load": tab.model_runner.failed},
                 ENGINE_TIMEOUT_S)
    if tab.session.models[ATTENTION] is None:
        raise StepFailed(f"no attention model: {tab.session.origins[ATTENTION]}")
    tab.pad.attention_toggle.setChecked(True)
    failures = {"translation failed": tab.pad_runner.failed}
    wait_for(tab.pad_runner.finished, failures, TRANSLATION_TIMEOUT_S,
             lambda: tab.pad.source_edit.setPlainText(TEST_SENTENCE))
    while tab.busy_translating:
        wait_for(tab.pad_runner.finished, failures, TRANSLATION_TIMEOUT_S)
    output = tab.pad.translation_view.toPlainText()
    if output != EXPECTED_TRANSLATION:
        raise StepFailed(f"the pad shows {output!r}, expected {EXPECTED_TRANSLATION!r}")
    return f"{TEST_SENTENCE!r} -> {output!r}"
