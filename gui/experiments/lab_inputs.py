"""What an experiment's base run holds besides the lab's settings form: its input files and the run's other fields.

One panel per lab: gradient flow has no files (each run makes its task's sequences from its seed), the forecaster a
training CSV and an optional test CSV (default: the bundled Google sample), the translator Pig Latin's shipped words
or a pairs file. Each panel keeps the last run shown to it (copied from a lab tab, or a past experiment's base), so
fields no control edits here (the forecaster's target column, a gradient-flow compare run) carry over unchanged.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QGridLayout, QLabel, QPushButton, QRadioButton, QWidget

from rnnlab.engine.errors import InputError
from rnnlab.engine.experiments.experiment import absolute_path
from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.forecast.lab import SAMPLE_FILES, ForecastRun
from rnnlab.engine.gradflow.config import GradflowConfig
from rnnlab.engine.gradflow.lab import GradflowRun
from rnnlab.engine.resources import resource_path
from rnnlab.engine.translate.config import TranslatorConfig
from rnnlab.engine.translate.lab import TranslatorRun
from rnnlab.engine.translations import translatable
from rnnlab.gui.i18n import translate
from rnnlab.gui.widgets.param_form import ParamForm
from rnnlab.gui.widgets.user_text import auto_literal

CSV_FILTER = translatable("experiments.lab_inputs", "Price tables (*.csv *.txt *.tsv);;All files (*)")
PAIRS_FILTER = translatable("experiments.lab_inputs", "Pairs files (*.tsv *.txt *.csv);;All files (*)")


class RunInputs(QWidget):
    """The base run's inputs of one lab; ``changed`` fires when a file or the task changes."""

    changed = Signal()

    def __init__(self, run: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run = run
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)

    def show_run(self, run: Any) -> None:
        """Take ``run``'s inputs and other fields (its settings go to the form)."""
        self._run = run
        self._show()
        self.changed.emit()

    def run(self, form: ParamForm) -> Any:
        """The base run: the form's settings (the fields it has no control for kept from the run shown last) on
        these inputs; an InputError when an input is missing."""
        held = self._held_run()
        hidden = {field.name: getattr(held.config, field.name) for field in dataclasses.fields(held.config)
                  if field.name not in form.field_names()}
        return dataclasses.replace(held, config=form.config(**hidden))

    def files(self) -> tuple[str, ...]:
        """The files the runs read (their contents are part of the experiment's fingerprint)."""
        return ()

    def open_inputs(self) -> dict[str, Path]:
        """The files by what they are, for the Save dialogs to refuse."""
        return {}

    def _held_run(self) -> Any:
        return self._run

    def _show(self) -> None:
        """Show the held run's inputs."""

    def _file_row(self, row: int, what: str, name: str, tooltip: str) -> tuple[QLabel, QPushButton]:
        label = QLabel(objectName=f"experiments{name}Label")
        button = QPushButton(translate("experiments.lab_inputs", "Choose…"), objectName=f"experiments{name}Button")
        button.setToolTip(tooltip)
        self.grid.addWidget(QLabel(what), row, 0)
        self.grid.addWidget(label, row, 1)
        self.grid.addWidget(button, row, 2)
        self.grid.setColumnStretch(1, 1)
        return label, button

    def _pick(self, title: str, file_filter: str) -> str:
        path, _ = QFileDialog.getOpenFileName(self, title, "", file_filter)
        return absolute_path(path) if path else ""


def _show_path(label: QLabel, path: str | None, none_text: str) -> None:
    label.setText(Path(path).name if path else none_text)
    label.setToolTip(auto_literal(path) if path else "")


class GradflowInputs(RunInputs):
    """Gradient flow: no files; says whether the runs compare the three cells (a run copied from that tab)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(GradflowRun(GradflowConfig()), parent)
        self.note = QLabel(objectName="experimentsGradflowInputs", wordWrap=True)
        self.note.setToolTip(translate("experiments.lab_inputs", "Gradient flow reads no file: the task's sequences "
                                                                 "are drawn from each run's seed"))
        self.grid.addWidget(self.note, 0, 0)
        self._show()

    def _show(self) -> None:
        compare = (translate("experiments.lab_inputs",
                             " Each run trains RNN, LSTM and GRU side by side (compare mode).")
                   if self._run.compare else "")
        self.note.setText(translate("experiments.lab_inputs", "No input files: each run draws its sequences from "
                                                              "its seed.") + compare)


class ForecastInputs(RunInputs):
    """The forecaster: a training CSV (default the bundled Google sample) and an optional test CSV continuing it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        train, test = (str(resource_path("stock", name)) for name in SAMPLE_FILES)
        super().__init__(ForecastRun(ForecastConfig(), train, test), parent)
        self.train_label, self.train_button = self._file_row(0, translate("experiments.lab_inputs", "Training CSV"),
                                                             "TrainCsv",
                                                             translate("experiments.lab_inputs", "Choose the price "
                                                                                                 "CSV every run "
                                                                                                 "trains on"))
        self.test_label, self.test_button = self._file_row(1, translate("experiments.lab_inputs", "Test CSV"),
                                                           "TestCsv",
                                                           translate("experiments.lab_inputs", "Choose a CSV that "
                                                                                               "continues the "
                                                                                               "training file, to "
                                                                                               "test on instead of "
                                                                                               "the end of the "
                                                                                               "training file"))
        self.clear_test_button = QPushButton(translate("experiments.lab_inputs", "Clear"),
                                             objectName="experimentsClearTestCsv")
        self.clear_test_button.setToolTip(translate("experiments.lab_inputs", "Test on the end of the training file "
                                                                              "instead"))
        self.grid.addWidget(self.clear_test_button, 1, 3)
        self.train_button.clicked.connect(self._on_train_button_clicked)
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.clear_test_button.clicked.connect(lambda: self._set_files(test_csv=None))
        self._show()

    def _show(self) -> None:
        _show_path(self.train_label, self._run.train_csv, translate("experiments.lab_inputs", "none"))
        _show_path(self.test_label, self._run.test_csv, translate("experiments.lab_inputs", "none (the end of the "
                                                                                            "training file)"))
        self.clear_test_button.setEnabled(self._run.test_csv is not None)

    def _held_run(self) -> Any:
        if not self._run.train_csv:
            raise InputError(translatable("Engine", "Choose the training CSV the runs train on."))
        return self._run

    def files(self) -> tuple[str, ...]:
        return tuple(path for path in (self._run.train_csv, self._run.test_csv) if path)

    def open_inputs(self) -> dict[str, Path]:
        files = {"training CSV": self._run.train_csv, "test CSV": self._run.test_csv}
        return {what: Path(path) for what, path in files.items() if path}

    def _set_files(self, **files: str | None) -> None:
        self.show_run(dataclasses.replace(self._run, **files))

    def _on_train_button_clicked(self) -> None:
        path = self._pick(translate("experiments.lab_inputs", "Training CSV of the experiment"),
                          translate("experiments.lab_inputs", CSV_FILTER))
        if path:
            self._set_files(train_csv=path, symbol=None)

    def _on_test_button_clicked(self) -> None:
        path = self._pick(translate("experiments.lab_inputs", "Test CSV of the experiment"),
                          translate("experiments.lab_inputs", CSV_FILTER))
        if path:
            self._set_files(test_csv=path)


class TranslatorInputs(RunInputs):
    """The translator: English -> Pig Latin on the shipped words, or the person's pairs file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(TranslatorRun(TranslatorConfig()), parent)
        self.pig_latin_radio = QRadioButton(translate("experiments.lab_inputs", "English → Pig Latin (shipped words)"),
                                            objectName="experimentsPigLatin")
        self.pig_latin_radio.setToolTip(translate("experiments.lab_inputs", "Every run learns Pig Latin from the "
                                                                            "shipped word lists"))
        self.pairs_radio = QRadioButton(translate("experiments.lab_inputs", "Pairs file"),
                                        objectName="experimentsPairsRadio")
        self.pairs_radio.setToolTip(translate("experiments.lab_inputs", "Every run learns the task of a pairs file "
                                                                        "(source, tab, target per line)"))
        self.grid.addWidget(self.pig_latin_radio, 0, 0, 1, 3)
        self.pairs_label, self.pairs_button = self._file_row(1, "", "PairsFile", translate("experiments.lab_inputs",
                                                                                           "Choose the pairs file"))
        self.grid.addWidget(self.pairs_radio, 1, 0)
        self._pairs: str | None = None
        self._title: str | None = None
        self.pig_latin_radio.toggled.connect(self._on_pig_latin_radio_toggled)
        self.pairs_button.clicked.connect(self._on_pairs_button_clicked)
        self._show()

    def _show(self) -> None:
        if self._run.pairs is not None:
            self._pairs, self._title = self._run.pairs, self._run.title
        _show_path(self.pairs_label, self._pairs, translate("experiments.lab_inputs", "none chosen"))
        self.pairs_radio.setChecked(self._run.pairs is not None)
        self.pig_latin_radio.setChecked(self._run.pairs is None)

    def _held_run(self) -> Any:
        if self.pairs_radio.isChecked() and self._pairs is None:
            raise InputError(translatable("Engine", "Choose the pairs file the runs learn, or English → Pig Latin."))
        return self._run

    def files(self) -> tuple[str, ...]:
        return (self._run.pairs,) if self._run.pairs else ()

    def open_inputs(self) -> dict[str, Path]:
        return {"pairs file": Path(self._run.pairs)} if self._run.pairs else {}

    def _on_pig_latin_radio_toggled(self, pig_latin: bool) -> None:
        pairs, title = (None, None) if pig_latin else (self._pairs, self._title)
        if pairs != self._run.pairs:
            self._run = dataclasses.replace(self._run, pairs=pairs, title=title)
            self.changed.emit()

    def _on_pairs_button_clicked(self) -> None:
        path = self._pick(translate("experiments.lab_inputs", "Pairs file of the experiment"),
                          translate("experiments.lab_inputs", PAIRS_FILTER))
        if path:
            self._pairs, self._title = path, None
            self.show_run(dataclasses.replace(self._run, pairs=path, title=None))


def inputs_of(lab: str) -> RunInputs:
    """The inputs panel of the lab called ``lab``."""
    panels: dict[str, type[RunInputs]] = {"gradflow": GradflowInputs, "forecast": ForecastInputs,
                                          "translator": TranslatorInputs}
    return panels[lab]()
