"""Settings persist across launches: recent files, every ParamForm's values, window geometry and last tab.

Each test gets its own settings location (RNNLAB_HOME in a temporary folder), so nothing here touches a
person's real settings and no test sees another's.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from rnnlab.engine.params import param
from rnnlab.gui import settings as app_settings
from rnnlab.gui.lab_tab import LabTab
from rnnlab.gui.main_window import MainWindow
from rnnlab.gui.widgets.param_form import ParamForm


@pytest.fixture
def app_home(tmp_path, monkeypatch) -> Path:
    """A fresh, empty settings and app-data location for one test."""
    home = tmp_path / "home"
    monkeypatch.setenv(app_settings.HOME_VARIABLE, str(home))
    return home


@dataclass
class _TrainingConfig:
    hidden_size: int = param(32, label="Hidden size", help="Units per layer.", low=1, high=512)
    learning_rate: float = param(1e-3, label="Learning rate", help="Step size.", low=1e-6, high=1.0, log_scale=True)
    cell: str = param("lstm", label="Cell", help="Recurrent cell.", choices=("rnn", "lstm", "gru"))
    clip: float | None = param(None, label="Clip", help="Gradient clipping.", low=0.01, high=100.0, optional=True)
    shuffle: bool = param(True, label="Shuffle", help="Shuffle batches.")


def _form(qtbot, name: str = "trainingParams") -> ParamForm:
    form = ParamForm(_TrainingConfig)
    form.setObjectName(name)
    qtbot.addWidget(form)
    return form


def _files(folder: Path, count: int) -> list[Path]:
    paths = []
    for index in range(count):
        path = folder / f"prices_{index}.csv"
        path.write_text("Date,Open\n")
        paths.append(path)
    return paths


def test_everything_lives_under_the_home_folder(app_home):
    assert app_settings.models_folder() == app_home / "models"
    assert app_settings.log_folder() == app_home / "logs"
    assert app_settings.models_folder().is_dir() and app_settings.log_folder().is_dir()
    assert Path(app_settings.settings().fileName()) == app_home / "settings.ini"


def test_recent_files_newest_first_without_duplicates_or_missing_files(app_home, tmp_path):
    first, second, third = _files(tmp_path, 3)
    for path in (first, second, first, third):
        app_settings.add_recent_file(path)
    assert app_settings.recent_files() == [third, first, second]
    second.unlink()
    assert app_settings.recent_files() == [third, first]
    app_settings.clear_recent_files()
    assert app_settings.recent_files() == []


def test_recent_files_keep_only_the_newest(app_home, tmp_path):
    paths = _files(tmp_path, app_settings.MAX_RECENT_FILES + 3)
    for path in paths:
        app_settings.add_recent_file(path)
    assert app_settings.recent_files() == paths[::-1][: app_settings.MAX_RECENT_FILES]


def test_form_values_round_trip(app_home, qtbot):
    form = _form(qtbot)
    edited = _TrainingConfig(hidden_size=128, learning_rate=0.05, cell="gru", clip=2.5, shuffle=False)
    form.set_config(edited)
    app_settings.save_form_values(app_settings.settings(), form)

    fresh = _form(qtbot)
    assert fresh.config() == _TrainingConfig()
    restored = app_settings.restore_form_values(app_settings.settings(), fresh)
    assert fresh.config() == edited
    assert sorted(restored) == sorted(fresh.field_names())


def test_restore_keeps_defaults_for_removed_out_of_range_or_mistyped_values(app_home, qtbot):
    store = app_settings.settings()
    store.setValue("forms/trainingParams",
                   '{"hidden_size": 100000, "learning_rate": "fast", "cell": "transformer", '
                   '"clip": 3.0, "dropped_field": 1}')
    form = _form(qtbot)
    restored = app_settings.restore_form_values(store, form)
    assert restored == ["clip"]
    assert form.config() == _TrainingConfig(clip=3.0)


def test_unreadable_form_settings_are_ignored(app_home, qtbot):
    store = app_settings.settings()
    store.setValue("forms/trainingParams", "{not json")
    form = _form(qtbot)
    assert app_settings.restore_form_values(store, form) == []
    assert form.config() == _TrainingConfig()


def _window(qtbot) -> MainWindow:
    tabs = [(title, LabTab(objectName=name)) for title, name in
            (("One", "oneTab"), ("Two", "twoTab"), ("Three", "threeTab"))]
    window = MainWindow(tabs)
    form = ParamForm(_TrainingConfig, parent=window.tabs.widget(1))
    form.setObjectName("trainingParams")
    qtbot.addWidget(window)
    return window


def test_window_geometry_last_tab_and_forms_persist_across_launches(app_home, qtbot):
    window = _window(qtbot)
    window.restore_settings()
    window.resize(640, 480)
    window.tabs.setCurrentIndex(2)
    window.findChild(ParamForm, "trainingParams").set_config(_TrainingConfig(hidden_size=64, cell="rnn"))
    window.close()

    again = _window(qtbot)
    again.restore_settings()
    assert again.tabs.currentIndex() == 2
    assert (again.width(), again.height()) == (640, 480)
    assert again.findChild(ParamForm, "trainingParams").config() == _TrainingConfig(hidden_size=64, cell="rnn")


def test_a_window_that_did_not_restore_settings_does_not_save_them(app_home, qtbot):
    window = _window(qtbot)
    window.tabs.setCurrentIndex(1)
    window.close()
    assert app_settings.settings().value("window/lastTab") is None
