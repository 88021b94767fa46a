"""What persists across launches: window geometry, last tab, recent files, every ParamForm's values, and where
the app keeps its own files (settings, logs, saved models) on each platform.

Everything lives under one app-data folder from ``QStandardPaths.AppDataLocation`` (Linux
``~/.local/share/RNN Lab/RNN Lab``, macOS ``~/Library/Application Support/RNN Lab/RNN Lab``, Windows
``%APPDATA%\\RNN Lab\\RNN Lab``); the settings file is an INI file in the platform's settings folder. Setting the
environment variable ``RNNLAB_HOME`` puts all of it (settings included) in that folder instead: a portable
install, and how tests keep away from a person's real settings.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from engine.errors import EngineError
from engine.params import validate

ORGANIZATION = "RNN Lab"
APPLICATION = "RNN Lab"
HOME_VARIABLE = "RNNLAB_HOME"
MAX_RECENT_FILES = 8

_RECENT_KEY = "recentFiles"
_FORMS_GROUP = "forms"

log = logging.getLogger("rnnlab")


def name_application() -> None:
    """Set the organisation and application names that QStandardPaths and QSettings build their folders from."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)


def app_data_dir() -> Path:
    """The folder for the app's own files (created if missing): ``$RNNLAB_HOME`` or the platform's app-data folder."""
    override = os.environ.get(HOME_VARIABLE)
    if override:
        folder = Path(override)
    else:
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def models_folder() -> Path:
    """Where trained models are saved by default (``<app data>/models``, created if missing)."""
    folder = app_data_dir() / "models"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def log_folder() -> Path:
    """Where the log file and self-test reports go (``<app data>/logs``, created if missing)."""
    folder = app_data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def settings() -> QSettings:
    """The app's settings store: an INI file, in ``$RNNLAB_HOME`` when set, else the platform's settings folder."""
    override = os.environ.get(HOME_VARIABLE)
    if override:
        Path(override).mkdir(parents=True, exist_ok=True)
        return QSettings(str(Path(override) / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def _read_json(store: QSettings, key: str, default: Any) -> Any:
    raw = store.value(key)
    if not isinstance(raw, str):
        return default
    try:
        return json.loads(raw)
    except ValueError:
        log.warning("Ignoring unreadable setting %s", key)
        return default


def recent_files() -> list[Path]:
    """Recently opened files, newest first, leaving out those that no longer exist."""
    stored = _read_json(settings(), _RECENT_KEY, [])
    if not isinstance(stored, list):
        return []
    return [Path(p) for p in stored if isinstance(p, str) and Path(p).is_file()]


def add_recent_file(path: str | os.PathLike) -> None:
    """Put ``path`` at the top of the recent files (the list keeps at most MAX_RECENT_FILES)."""
    entry = str(Path(path).resolve())
    kept = [str(p) for p in recent_files() if str(p) != entry]
    settings().setValue(_RECENT_KEY, json.dumps([entry, *kept][:MAX_RECENT_FILES]))


def clear_recent_files() -> None:
    """Forget every recent file."""
    settings().remove(_RECENT_KEY)


def save_form_values(store: QSettings, form: Any) -> None:
    """Store a ParamForm's values under its objectName, as JSON keyed by field name."""
    values = dataclasses.asdict(form.config())
    kept = {name: values[name] for name in form.field_names()}
    store.setValue(f"{_FORMS_GROUP}/{form.objectName()}", json.dumps(kept))


def restore_form_values(store: QSettings, form: Any) -> list[str]:
    """Show a ParamForm's stored values; fields now gone, out of range or of the wrong type keep their current value.

    Returns the names of the fields that were restored.
    """
    stored = _read_json(store, f"{_FORMS_GROUP}/{form.objectName()}", {})
    if not isinstance(stored, dict):
        return []
    config = form.config()
    restored = []
    for name in form.field_names():
        if name not in stored:
            continue
        try:
            candidate = validate(dataclasses.replace(config, **{name: stored[name]}))
        except (EngineError, TypeError, ValueError):
            log.info("Not restoring %s.%s=%r: no longer valid", form.objectName(), name, stored[name])
            continue
        config = candidate
        restored.append(name)
    form.set_config(config)
    return restored
