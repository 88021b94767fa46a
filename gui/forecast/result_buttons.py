"""The row of buttons above the forecaster's charts: backtest, export the predictions or the chart, save or load a
model. The tab wires and enables them; this only builds them, each with its objectName and tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from rnnlab.gui.forecast.data_panel import make_button
from rnnlab.gui.i18n import filled, translate


class ResultButtons(QWidget):
    """Backtest (``folds`` walk-forward periods), Export CSV, Export PNG, Save model, Load model."""

    def __init__(self, folds: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backtest = make_button(translate("forecast.result_buttons", "Backtest"), "backtestButton", filled(
            translate("forecast.result_buttons", "Walk-forward backtest: {folds} consecutive test periods, each with a "
                                                 "fresh scaler and model trained on everything before it; reports "
                                                 "mean and spread"), folds=folds))
        self.export_predictions = make_button(
            translate("forecast.result_buttons", "Export CSV…"), "exportPredictionsButton",
            translate("forecast.result_buttons", "Save the test period's forecasts as CSV: date, actual, predicted, "
                                                 "the naive, drift and linear baselines, and the band's lower and "
                                                 "upper bounds"))
        self.export_chart = make_button(translate("forecast.result_buttons", "Export PNG…"), "exportChartButton",
                                        translate("forecast.result_buttons", "Save the price chart as a PNG image"))
        self.save_model = make_button(translate("forecast.result_buttons", "Save model…"), "saveModelButton",
                                      translate("forecast.result_buttons", "Save the trained model: weights, scaler "
                                                                           "and configuration in one file (Ctrl+S)"))
        self.load_model = make_button(translate("forecast.result_buttons", "Load model…"), "loadModelButton",
                                      translate("forecast.result_buttons", "Load a saved forecaster and score it on "
                                                                           "the loaded data"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.backtest, self.export_predictions, self.export_chart, self.save_model, self.load_model):
            row.addWidget(button)
        row.addStretch(1)
