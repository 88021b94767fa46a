"""The definition of an experiment, as ``rnnlab sweep`` takes it: the lab, its base run (settings form and inputs),
one or two varied settings, the seeds, and where it runs (local workers or a Dask cluster) under which name.

Everything is checked as it is edited, by the engine's own checks (``parse_axis``, ``Experiment``), and the count of
runs is shown before Run; a bad value is said beside its field and :meth:`SetupPanel.experiment` refuses it.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rnnlab.engine.errors import InputError
from rnnlab.engine.experiments.experiment import SEED, Experiment
from rnnlab.engine.experiments.local import physical_cores
from rnnlab.engine.experiments.presets import PRESETS, horizon_of, presets_of
from rnnlab.engine.labs import REGISTRY, Lab, LabEntry
from rnnlab.gui.experiments.lab_inputs import RunInputs, inputs_of
from rnnlab.gui.experiments.vary_row import ERROR_STYLE, VaryRow
from rnnlab.gui.i18n import counted, engine_text, filled, number_text, param_text, translate
from rnnlab.gui.widgets.param_form import ParamForm

DEFAULT_SEEDS = 3
MAX_SEEDS = 1000
DEFAULT_SETTINGS: dict[str, dict[str, Any]] = {"gradflow": {"length": 50, "steps": 500}}
"""The base settings a lab's experiment starts from where they differ from the lab's defaults: the gradient-flow
default (RNN against LSTM on the adding problem, T = 50, 500 steps, 3 seeds) takes about 15 s on two cores and shows
the lesson: the RNN stays at chance, the LSTM solves it."""
DEFAULT_VARY = {"gradflow": ("cell", "rnn,lstm"), "forecast": ("cell", "rnn,lstm"),
                "translator": ("attention", "none,additive")}
"""The setting each lab's experiment varies at first."""


def cluster_available() -> bool:
    """True when the optional ``distributed`` package (``rnnlab[cluster]``) is installed (found, not imported)."""
    return importlib.util.find_spec("distributed") is not None


class SetupPanel(QWidget):
    """The experiment's definition. ``changed`` fires on any edit; ``use_tab_requested(lab name)`` when the person
    asks for a lab tab's settings as the base."""

    changed = Signal()
    use_tab_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lab_combo = QComboBox(objectName="experimentsLabCombo")
        self.lab_combo.setToolTip(translate("experiments.setup_panel", "The lab whose run the experiment repeats "
                                                                       "over the varied settings and seeds"))
        self.preset_combo = QComboBox(objectName="experimentsPresetCombo")
        self.preset_combo.setToolTip(translate("experiments.setup_panel", "An experiment preset of the lab: fills "
                                                                          "in the base settings (from the lab's "
                                                                          "defaults), the varied settings and the "
                                                                          "seeds; none: set them yourself"))
        self.use_tab_button = QPushButton(objectName="experimentsUseTabSettings")
        self.forms = QStackedWidget()
        self.inputs = QStackedWidget()
        self._forms: dict[str, ParamForm] = {}
        self._inputs: dict[str, RunInputs] = {}
        self._entries: dict[str, LabEntry] = {entry.name: entry for entry in REGISTRY}
        for entry in REGISTRY:
            self.lab_combo.addItem(param_text(entry.title), entry.name)
            form = ParamForm(entry.lab().settings)
            form.setObjectName(f"experiments{entry.name.capitalize()}Params")
            form.set_config(form.config(**DEFAULT_SETTINGS.get(entry.name, {})))
            form.controls[SEED].setToolTip(translate("experiments.setup_panel", "An experiment runs seeds 0..N-1 of "
                                                                                "every configuration: set Seeds "
                                                                                "below"))
            inputs = inputs_of(entry.name)
            self._forms[entry.name], self._inputs[entry.name] = form, inputs
            self.forms.addWidget(form)
            self.inputs.addWidget(inputs)
            form.changed.connect(self._on_edited)
            inputs.changed.connect(self._on_edited)
        self.vary_rows = (VaryRow(1), VaryRow(2))
        self.seeds_spin = QSpinBox(objectName="experimentsSeeds", minimum=1, maximum=MAX_SEEDS, value=DEFAULT_SEEDS)
        self.seeds_spin.setToolTip(translate("experiments.setup_panel", "Every configuration runs with seeds "
                                                                        "0..N-1: more seeds, narrower confidence "
                                                                        "intervals (the summary says n beside every "
                                                                        "figure)"))
        self.workers_spin = QSpinBox(objectName="experimentsWorkers", minimum=1, maximum=256, value=physical_cores())
        self.workers_spin.setToolTip(translate("experiments.setup_panel", "Runs trained at once on this computer, "
                                                                          "each in its own process (default: the "
                                                                          "physical cores)"))
        self.cluster_edit = QLineEdit(objectName="experimentsCluster",
                                      placeholderText=translate("experiments.setup_panel", "tcp://HOST:PORT"))
        self.name_edit = QLineEdit(objectName="experimentsName", placeholderText=translate("experiments.setup_panel",
                                                                                           "made from the grid"))
        self.name_edit.setToolTip(translate("experiments.setup_panel", "The experiment's name in the run store "
                                                                       "(default: the lab, the varied settings and "
                                                                       "the seeds, e.g. gradflow: cell x 3 seeds)"))
        self.count_label = QLabel(objectName="experimentsCount", wordWrap=True)
        self.valid = False
        """Whether the definition on the form is one Run would start (checked on every edit)."""
        self.count_label.setToolTip(translate("experiments.setup_panel", "How many runs Run starts: every value of "
                                                                         "each varied setting times every seed"))
        self.error_label = QLabel(objectName="experimentsSetupError", wordWrap=True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self._set_up_cluster_edit()
        self._lay_out()
        self.lab_combo.currentIndexChanged.connect(self._on_lab_combo_current_index_changed)
        self.use_tab_button.clicked.connect(lambda: self.use_tab_requested.emit(self.lab_name()))
        self.preset_combo.activated.connect(self._on_preset_combo_activated)
        for row in self.vary_rows:
            row.changed.connect(self._on_edited)
        for spin in (self.seeds_spin, self.workers_spin):
            spin.valueChanged.connect(self._on_edited)
        self.cluster_edit.textChanged.connect(self._on_edited)
        self._on_lab_combo_current_index_changed(0)

    def _set_up_cluster_edit(self) -> None:
        if cluster_available():
            self.cluster_edit.setToolTip(translate("experiments.setup_panel", "Run on an existing Dask scheduler "
                                                                              "instead of here (its workers need "
                                                                              "this RNN Lab and the input files at "
                                                                              "the same paths); empty: run here"))
        else:
            self.cluster_edit.setEnabled(False)
            self.cluster_edit.setToolTip(translate("experiments.setup_panel", "Running on a Dask cluster needs the "
                                                                              "cluster extra: pip install "
                                                                              "'rnnlab[cluster]'"))

    def _lay_out(self) -> None:
        base = QGroupBox(translate("experiments.setup_panel", "Base run"))
        base_layout = QVBoxLayout(base)
        base_layout.addWidget(self.use_tab_button)
        base_layout.addWidget(self.inputs)
        base_layout.addWidget(self.forms)
        vary = QGroupBox(translate("experiments.setup_panel", "Vary"))
        vary_layout = QVBoxLayout(vary)
        for row in self.vary_rows:
            vary_layout.addWidget(row)
        runs = QGroupBox(translate("experiments.setup_panel", "Runs"))
        runs_layout = QFormLayout(runs)
        runs_layout.addRow(translate("experiments.setup_panel", "Seeds"), self.seeds_spin)
        runs_layout.addRow(translate("experiments.setup_panel", "Workers"), self.workers_spin)
        runs_layout.addRow(translate("experiments.setup_panel", "Cluster"), self.cluster_edit)
        runs_layout.addRow(translate("experiments.setup_panel", "Name"), self.name_edit)
        runs_layout.addRow(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        lab_row = QFormLayout()
        lab_row.addRow(translate("experiments.setup_panel", "Lab"), self.lab_combo)
        lab_row.addRow(translate("experiments.setup_panel", "Preset"), self.preset_combo)
        layout.addLayout(lab_row)
        layout.addWidget(base)
        layout.addWidget(vary)
        layout.addWidget(runs)
        layout.addWidget(self.error_label)

    # ----- reading and showing the definition -----------------------------------------------------------------
    def lab_name(self) -> str:
        """The registry name of the chosen lab."""
        return str(self.lab_combo.currentData())

    def lab(self) -> Lab[Any, Any, Any]:
        return self._entries[self.lab_name()].lab()

    @property
    def form(self) -> ParamForm:
        """The chosen lab's settings form."""
        return self._forms[self.lab_name()]

    @property
    def run_inputs(self) -> RunInputs:
        """The chosen lab's inputs panel."""
        return self._inputs[self.lab_name()]

    def experiment(self) -> Experiment:
        """The experiment the controls describe, every value checked; an InputError saying what is wrong (also
        shown beside the field it is about)."""
        try:
            base = self.run_inputs.run(self.form)
        except InputError as exc:
            self._show_error(engine_text(exc.message))
            raise
        axes = [axis for row in self.vary_rows if (axis := row.axis(self.lab(), base)) is not None]
        preset = PRESETS.get(self.preset_combo.currentData() or "")
        try:
            experiment = Experiment(self.lab_name(), base, tuple(axes), self.seeds_spin.value(),
                                    self.name_edit.text().strip(), self.run_inputs.files(),
                                    preset=preset.name if preset is not None else None,
                                    horizon=horizon_of(preset, {axis.name for axis in axes}))
        except InputError as exc:
            self.vary_rows[1].show_error(engine_text(exc.message))
            raise
        self._show_error("")
        return experiment

    def cluster(self) -> str | None:
        """The Dask scheduler's address, None to run here."""
        return (self.cluster_edit.text().strip() or None) if self.cluster_edit.isEnabled() else None

    def show_run(self, lab: str, run: Any) -> None:
        """Take ``run`` (a lab tab's, or a past experiment's base) as the base run of ``lab``."""
        self.lab_combo.setCurrentIndex(self.lab_combo.findData(lab))
        self._forms[lab].set_config(run.config)
        self._inputs[lab].show_run(run)

    def choose_preset(self, name: str) -> None:
        """Fill in the experiment preset ``name``: its lab, its base settings over the lab's defaults, its varied
        settings and its seeds."""
        preset = PRESETS[name]
        self.lab_combo.setCurrentIndex(self.lab_combo.findData(preset.lab))
        self._forms[preset.lab].set_config(self.lab().settings(**preset.settings))
        for k, row in enumerate(self.vary_rows):
            setting, _, values = preset.vary[k].partition("=") if k < len(preset.vary) else ("", "", "")
            row.set_values(setting, values)
        self.seeds_spin.setValue(preset.seeds)
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(name))
        self._on_edited()

    def preset_name(self) -> str | None:
        """The experiment preset chosen (None: none)."""
        return self.preset_combo.currentData() or None

    def show_experiment(self, experiment: Experiment) -> None:
        """Show a stored experiment's definition: its lab, base run, varied settings, seeds, name and the preset it
        came from."""
        self.show_run(experiment.lab, experiment.base)
        self.preset_combo.setCurrentIndex(max(0, self.preset_combo.findData(experiment.preset or "")))
        for k, row in enumerate(self.vary_rows):
            row.show_axis(experiment.axes[k] if k < len(experiment.axes) else None)
        self.seeds_spin.setValue(experiment.seeds)
        self.name_edit.setText(experiment.name)
        self._on_edited()

    def open_inputs(self) -> dict[str, Path]:
        """The chosen lab's input files by what they are (the Save dialogs refuse them)."""
        return self.run_inputs.open_inputs()

    # ----- reacting to edits ---------------------------------------------------------------------------------
    def _on_lab_combo_current_index_changed(self, _index: int) -> None:
        entry = self._entries[self.lab_name()]
        self.forms.setCurrentWidget(self._forms[entry.name])
        self.inputs.setCurrentWidget(self._inputs[entry.name])
        self.use_tab_button.setText(filled(translate("experiments.setup_panel", "Use the {title} tab's settings"),
                                           title=param_text(entry.title)))
        self.use_tab_button.setToolTip(filled(translate("experiments.setup_panel", "Copy the {title} tab's settings "
                                                                                   "(and its open file or task) as "
                                                                                   "the base run"),
                                              title=param_text(entry.title)))
        for row in self.vary_rows:
            row.set_lab(entry.lab())
        self.preset_combo.clear()
        self.preset_combo.addItem(translate("experiments.setup_panel", "none"), "")
        for preset in presets_of(entry.name).values():
            self.preset_combo.addItem(preset.name, preset.name)
            self.preset_combo.setItemData(self.preset_combo.count() - 1, f"{preset.title}\n{preset.hint}",
                                          Qt.ItemDataRole.ToolTipRole)
        self.preset_combo.setEnabled(self.preset_combo.count() > 1)
        setting, values = DEFAULT_VARY.get(entry.name, ("", ""))
        self.vary_rows[0].set_values(setting, values)
        self._on_edited()

    def _on_preset_combo_activated(self, _index: int) -> None:
        name = self.preset_name()
        if name is not None:
            self.choose_preset(name)
        else:
            self._on_edited()

    def _on_edited(self) -> None:
        """Check the definition and show its count of runs (or nothing while it is refused)."""
        self.workers_spin.setEnabled(self.cluster() is None)
        self._lock_set_elsewhere()
        try:
            experiment = self.experiment()
        except InputError:
            self.valid = False
            self.count_label.setText("")
        else:
            self.valid = True
            where = (filled(translate("experiments.setup_panel", "on the cluster at {address}"), address=self.cluster())
                     if self.cluster() is not None
                     else filled(translate("experiments.setup_panel", "{count} at a time here"),
                                 count=self.workers_spin.value()))
            self.count_label.setText(f"{described(experiment)}, {where}")
        self.changed.emit()

    def _lock_set_elsewhere(self) -> None:
        """The form's seed and varied settings are set by the experiment, not the form: their controls are off."""
        varied = {row.setting() for row in self.vary_rows} | {SEED}
        for name, control in self.form.controls.items():
            control.setEnabled(name not in varied)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def set_editable(self, editable: bool) -> None:
        """Lock the definition while its sweep runs."""
        for widget in (self.lab_combo, self.use_tab_button, self.forms, self.inputs, *self.vary_rows,
                       self.seeds_spin, self.name_edit):
            widget.setEnabled(editable)
        self.preset_combo.setEnabled(editable and self.preset_combo.count() > 1)
        self.cluster_edit.setEnabled(editable and cluster_available())
        self.workers_spin.setEnabled(editable and self.cluster() is None)


def described(experiment: Experiment) -> str:
    """``cell (3) x learning_rate (2) x 5 seeds = 30 runs`` (the engine's ``describe``) in the window's language: the
    settings' names are code, the counts and nouns are not."""
    parts = [f"{axis.name} ({number_text(len(axis.values))})" for axis in experiment.axes]
    runs = len(experiment.points()) * experiment.seeds
    return " x ".join([*parts, counted(experiment.seeds, "seed")]) + " = " + counted(runs, "run")
