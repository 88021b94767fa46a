"""The pad itself: the task picker and beam width, the source text, the Attention toggle, the word (or line)
picker, the translation, notes and comparison, worded for the pad's task (``set_wording``): Pig Latin talks of
English words and the rule, any other task of sources and expected outputs, and a line task picks lines instead
of words.

``PadView`` only shows a ``TranslationSession`` (``show_session``); it never translates. The tab decides when
to translate (in the background, after a typing pause), gives the result to the session (``accept``) and then
calls ``show_session``; ``show_status`` fills the translation box while the models load.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rnnlab.engine.translate.config import DecodingConfig
from rnnlab.engine.translate.session import ATTENTION, PLAIN, TranslationSession
from rnnlab.engine.translate.text import TranslatedWord
from rnnlab.engine.translations import translatable
from rnnlab.gui.i18n import engine_text, filled, translate
from rnnlab.gui.translate.compare import PIG_LATIN_TITLES, ComparisonTitles, ComparisonView
from rnnlab.gui.translate.task_picker import TaskPicker
from rnnlab.gui.widgets.param_form import ParamForm

MAX_NOTES = 6
PICKER_WORDS = 500


@dataclass(frozen=True)
class TaskWording:
    """How the pad speaks of a task: its title, and whether it is Pig Latin (words, graded by the rule) or a task of
    pairs (each line one sequence)."""

    title: str
    pig_latin: bool = False

    @property
    def unit(self) -> str:
        """What one sequence of the pad is called: word or line."""
        return "word" if self.pig_latin else "line"

    @property
    def comparison(self) -> ComparisonTitles:
        """The comparison's column titles for this task."""
        return PIG_LATIN_TITLES if self.pig_latin else ComparisonTitles(translatable("translate.compare",
                                                                                          "source"),
                                                                   translatable("translate.compare", "expected"),
                                                                        self.unit)


PIG_LATIN_WORDING = TaskWording("English -> Pig Latin", pig_latin=True)


class PadView(QWidget):
    """The left column of the tab: what the person types and what the models make of it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task_picker = TaskPicker()
        self.decoding = ParamForm(DecodingConfig)
        self.decoding.setObjectName("decodingParams")
        self.task_info_label = QLabel(objectName="taskInfoLabel", wordWrap=True, visible=False,
                                      textFormat=Qt.TextFormat.PlainText)
        self.task_info_label.setStyleSheet("color: gray")
        self.task_info_label.setToolTip(translate("translate.pad", "The pairs the task learns from: how many, how "
                                                                   "many are held out to grade the models, and what "
                                                                   "reading the file skipped."))
        self.source_edit = QPlainTextEdit(objectName="sourceEdit")
        self.source_edit.setMaximumHeight(90)
        self.attention_toggle = QCheckBox(translate("translate.pad", "Attention"), objectName="attentionToggle",
                                          checked=True)
        self.attention_toggle.setToolTip(translate("translate.pad", "Translate with the model that has attention "
                                                                    "(on) or the one without (off). Both always "
                                                                    "appear in the comparison below."))
        self.word_picker = QComboBox(objectName="wordPicker")
        self.word_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.word_picker.setMinimumContentsLength(14)
        self.rule_button = QPushButton(translate("translate.pad", "The rule…"), objectName="ruleHelpButton")
        self.rule_button.setToolTip(translate("translate.pad", "How RNN Lab's Pig Latin treats y, qu, hyphens, "
                                                               "apostrophes, digits and capitals."))
        self.model_label = QLabel(objectName="modelLabel", wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.picker_label = QLabel(translate("translate.pad", "Word:"), objectName="pickerLabel")
        controls = QHBoxLayout()
        controls.addWidget(self.attention_toggle)
        controls.addSpacing(12)
        controls.addWidget(self.picker_label)
        controls.addWidget(self.word_picker, 1)
        controls.addWidget(self.rule_button)
        self.translation_view = QPlainTextEdit(objectName="translationView", readOnly=True)
        self.translation_view.setToolTip(translate("translate.pad", "The translation by the model chosen with the "
                                                                    "Attention toggle."))
        font = QFont(self.translation_view.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.translation_view.setFont(font)
        self.translation_view.setMaximumHeight(110)
        self.notes_label = QLabel(objectName="notesLabel", wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.notes_label.setStyleSheet("color: #b35900")
        self.comparison_view = ComparisonView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.task_row = QHBoxLayout()
        self.task_row.addWidget(QLabel(translate("translate.pad", "Task:")))
        self.task_row.addWidget(self.task_picker, 1)
        self.task_row.addWidget(self.decoding)
        layout.addLayout(self.task_row)
        layout.addWidget(self.task_info_label)
        layout.addWidget(self.source_edit)
        layout.addLayout(controls)
        layout.addWidget(self.model_label)
        layout.addWidget(self.translation_view)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.comparison_view, 1)
        self._picked_words: list[int] = []
        self.wording = PIG_LATIN_WORDING
        self.set_wording(PIG_LATIN_WORDING)

    def set_wording(self, wording: TaskWording) -> None:
        """Word the placeholder, the tooltips, the picker and the comparison for a task; "The rule…" only for Pig
        Latin."""
        self.wording = wording
        unit = wording.unit
        if wording.pig_latin:
            self.source_edit.setPlaceholderText(translate("translate.pad", "Type English here; the Pig Latin "
                                                                           "appears as you type."))
            self.source_edit.setToolTip(translate("translate.pad", "English text to translate. Capitals, "
                                                                   "punctuation and digits are kept in place."))
        else:
            self.source_edit.setPlaceholderText(filled(translate("translate.pad", "Type one source a line "
                                                                                  "({title}); the translations "
                                                                                  "appear as you type."),
                                                       title=wording.title))
            self.source_edit.setToolTip(translate("translate.pad", "Each line is one sequence, translated as a "
                                                                   "whole (spaces around it stay in place and are "
                                                                   "not given to the model, as its pairs were "
                                                                   "read); a line with characters the task's pairs "
                                                                   "never had is left as typed, with a note."))
        self.picker_label.setText(translate("translate.pad", "Word:") if unit == "word"
                                  else translate("translate.pad", "Line:"))
        self.word_picker.setToolTip(filled(translate("translate.pad", "The {unit} whose alignment matrix is drawn "
                                                                      "on the right (the first {PICKER_WORDS} "
                                                                      "{unit}s of the text)."), unit=translate("Plural",
                                                                                                               unit),
                                           PICKER_WORDS=PICKER_WORDS))
        self.rule_button.setVisible(wording.pig_latin)
        self.model_label.setToolTip(filled(translate("translate.pad", "The models the pad translates with and their "
                                                                      "exact-{unit} accuracy on held-out {value}."),
                                           unit=translate("Plural", unit),
                                           value='words' if wording.pig_latin else 'pairs'))
        self.notes_label.setToolTip(filled(translate("translate.pad", "{capitalize}s the models were not given, and "
                                                                      "why."), capitalize=unit.capitalize()))
        self.comparison_view.set_titles(wording.comparison)

    @property
    def beam_width(self) -> int:
        """The beam width the pad decodes with (1: greedy)."""
        return self.decoding.config().beam_width

    @property
    def current_slot(self) -> str:
        """The model the pad shows: attention or plain."""
        return ATTENTION if self.attention_toggle.isChecked() else PLAIN

    def show_status(self, text: str) -> None:
        """Show ``text`` where the translation goes (while the models load)."""
        self.translation_view.setPlainText("")
        self.translation_view.setPlaceholderText(text)

    def show_session(self, session: TranslationSession) -> None:
        """Show the session's latest translation as the current slot's model made it, and its models; with no
        translation (no model yet), an empty comparison and picker under the status line."""
        self.model_label.setText(session.summary())
        shown = session.shown(self.current_slot)
        notes = [engine_text(note) for note in session.notes(self.current_slot)]
        if shown is not None:
            self.translation_view.setPlainText(shown.text)
        self.notes_label.setText(" ".join(notes[:MAX_NOTES])
                                 + (filled(translate("translate.pad", " (+{value} more)"),
                                           value=len(notes) - MAX_NOTES) if len(notes) > MAX_NOTES else ""))
        self.notes_label.setVisible(bool(notes))
        empty = (translate("translate.pad", "Type some English above.") if self.wording.pig_latin
                 else filled(translate("translate.pad", "Type a {unit} above."),
                             unit=translate("Plural", self.wording.unit)))
        self.comparison_view.show_words(session.comparison_rows(self.current_slot),
                                        empty if shown is not None else translate("translate.pad",
                                                                                  "Nothing to compare yet."))
        self._fill_word_picker(shown.words if shown is not None else [])

    def picked_word(self) -> int | None:
        """The index (in the translation's words) of the word chosen in the picker, or None."""
        position = self.word_picker.currentIndex()
        return self._picked_words[position] if 0 <= position < len(self._picked_words) else None

    def _fill_word_picker(self, words: list[TranslatedWord]) -> None:
        previous = self.picked_word()
        picked = [index for index, word in enumerate(words) if not word.note][:PICKER_WORDS]
        self.word_picker.blockSignals(True)
        self.word_picker.clear()
        self.word_picker.addItems([f"{words[i].typed}  →  {words[i].output}" for i in picked])
        self._picked_words = picked
        position = picked.index(previous) if previous in picked else 0
        self.word_picker.setCurrentIndex(position if picked else -1)
        self.word_picker.blockSignals(False)
