"""The forecaster's file dialogs: which price CSV to open, where to export the predictions or the chart, where to save
the model and which one to load. Each asks and returns the path chosen (empty: the user cancelled); the tab starts
the session's job on it."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from rnnlab.engine.translations import translatable
from rnnlab.gui.i18n import translate
from rnnlab.gui.lab_tab import LabTab
from rnnlab.gui.widgets.save_dialog import ask_save_path

CSV_FILTER = translatable("forecast.file_dialogs", "Price tables (*.csv *.txt *.tsv);;All files (*)")
MODEL_FILTER = translatable("forecast.file_dialogs", "RNN Lab models (*.pt);;All files (*)")


def ask_price_csv(parent: QWidget, test: bool) -> str:
    """The training price CSV to open, or the test CSV (``test``)."""
    title = (translate("forecast.file_dialogs", "Open a test CSV") if test
             else translate("forecast.file_dialogs", "Open a price CSV"))
    path, _ = QFileDialog.getOpenFileName(parent, title, "", translate("forecast.file_dialogs", CSV_FILTER))
    return path


def ask_predictions_path(parent: LabTab) -> str:
    """Where to write the test period's predictions as CSV."""
    return ask_save_path(parent, translate("forecast.file_dialogs", "Export predictions"), "predictions.csv",
                         translate("forecast.file_dialogs", "CSV files (*.csv)"))


def ask_chart_path(parent: LabTab) -> str:
    """Where to write the price chart as PNG."""
    return ask_save_path(parent, translate("forecast.file_dialogs", "Export chart"), "forecast.png",
                         translate("forecast.file_dialogs", "PNG images (*.png)"))


def ask_model_save_path(parent: LabTab) -> str:
    """Where to save the trained model (the app's models folder offered)."""
    from rnnlab.engine.app_files import models_folder

    return ask_save_path(parent, translate("forecast.file_dialogs", "Save model"),
                         str(models_folder() / "forecaster.pt"), translate("forecast.file_dialogs", MODEL_FILTER))


def ask_model_to_load(parent: QWidget, unsaved: bool) -> str:
    """The saved model to load; with an ``unsaved`` model trained here, only after the user agrees to leave it."""
    from rnnlab.engine.app_files import models_folder

    if unsaved and QMessageBox.question(
            parent, translate("forecast.file_dialogs", "Unsaved model"),
            translate("forecast.file_dialogs", "The model trained here is not saved. Load another one anyway?")
    ) != QMessageBox.StandardButton.Yes:
        return ""
    path, _ = QFileDialog.getOpenFileName(parent, translate("forecast.file_dialogs", "Load model"),
                                          str(models_folder()), translate("forecast.file_dialogs", MODEL_FILTER))
    return path
