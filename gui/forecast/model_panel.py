"""The forecaster's "Model and training" box: the settings form, the two recipes (the exercise's and the
recommended one) one click away, and a line saying which target the settings predict."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from rnnlab.engine.forecast.config import ForecastConfig, default_preset, exercise_preset
from rnnlab.engine.translations import translatable
from rnnlab.gui.forecast.data_panel import make_button
from rnnlab.gui.i18n import translate
from rnnlab.gui.widgets.param_form import ParamForm

_TARGET_TEXT = {
    "change": translatable("forecast.model_panel", "Target: the <b>change</b> from the last value (inputs relative "
                                                   "to it); predicting no change is the naive forecast."),
    "value": translatable("forecast.model_panel", "Target: the next <b>value</b> itself, as in the exercise."),
}


class ModelPanel(QGroupBox):
    """The form (``params``) with the recipe buttons above it; the buttons change only the fields a recipe sets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("forecast.model_panel", "Model and training"), parent)
        self.params = ParamForm(ForecastConfig)
        self.params.setObjectName("forecastParams")
        self.exercise_button = make_button(translate("forecast.model_panel", "As in the exercise"),
                                           "exercisePresetButton", translate("forecast.model_panel",
                                                                             "Predict the value itself with 4 x "
                                                                             "RNN(50), dropout 0.2, 100 epochs, no "
                                                                             "validation slice"))
        self.default_button = make_button(translate("forecast.model_panel", "Recommended"), "defaultPresetButton",
                                          translate("forecast.model_panel",
                                                    "Predict the change from the last value (the default, which "
                                                    "beats the naive forecast)"))
        self.target_label = QLabel("", objectName="targetLabel")
        self.target_label.setWordWrap(True)
        recipes = QHBoxLayout()
        recipes.addWidget(self.exercise_button)
        recipes.addWidget(self.default_button)
        box = QVBoxLayout(self)
        box.addLayout(recipes)
        box.addWidget(self.target_label)
        box.addWidget(self.params)
        self.exercise_button.clicked.connect(lambda: self.params.set_config(exercise_preset(self.params.config())))
        self.default_button.clicked.connect(lambda: self.params.set_config(default_preset(self.params.config())))
        self.params.changed.connect(self._on_params_changed)
        self._on_params_changed()

    def set_busy(self, busy: bool) -> None:
        """No recipe or setting changes while a run goes."""
        for widget in (self.exercise_button, self.default_button, self.params):
            widget.setEnabled(not busy)

    def _on_params_changed(self) -> None:
        self.target_label.setText(translate("forecast.model_panel", _TARGET_TEXT[self.params.config().target]))
