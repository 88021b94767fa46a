"""What persists across launches: window geometry, last tab, recent files, every ParamForm's values, and where
the app keeps its own files (settings, logs, saved models) on each platform.

The app's own files live under one app-data folder (``rnnlab.engine.app_files``, shared with the command line);
the settings file is an INI file in the platform's settings folder. Setting the environment variable
``RNNLAB_HOME`` puts all of it (settings included) in that folder instead: a portable install, and how tests keep
away from a person's real settings.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings

# The app's folders are the GUI's too: its modules and tests reach them through this one (hence F401).
from rnnlab.engine.app_files import APPLICATION, HOME_VARIABLE, ORGANIZATION, app_data_dir, log_folder, models_folder  # noqa: F401
from rnnlab.engine.errors import EngineError
from rnnlab.engine.params import validate
from rnnlab.gui.i18n import CHOICES

MAX_RECENT_FILES = 8

_RECENT_KEY = "recentFiles"
_LANGUAGE_KEY = "language"
_FORMS_GROUP = "forms"

log = logging.getLogger("rnnlab")


def name_application() -> None:
    """Set the organisation and application names that QStandardPaths and QSettings build their folders from."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)


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


def add_recent_file(path: str | os.PathLike[str]) -> None:
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


def language_choice() -> str:
    """The language chosen in View -> Language: "system" (the default), "en" or "fa"."""
    stored = settings().value(_LANGUAGE_KEY, "system")
    return stored if stored in CHOICES else "system"


def set_language_choice(choice: str) -> None:
    """Remember the language chosen in View -> Language for the next launches."""
    if choice not in CHOICES:
        raise ValueError(f"unknown language {choice!r}")
    settings().setValue(_LANGUAGE_KEY, choice)
