"""Where RNN Lab keeps its own files (settings, logs, saved models) and its log file: Qt-free, so the CLI shares it.

One app-data folder per platform, the same one Qt's ``QStandardPaths.AppDataLocation`` names for the app (Linux
``$XDG_DATA_HOME/RNN Lab/RNN Lab``, by default ``~/.local/share/...``; macOS ``~/Library/Application Support/...``;
Windows ``%APPDATA%\\RNN Lab\\RNN Lab``). The environment variable ``RNNLAB_HOME`` puts everything in that folder
instead: a portable install, and how tests keep away from a person's real files.
"""

from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

ORGANIZATION = "RNN Lab"
APPLICATION = "RNN Lab"
HOME_VARIABLE = "RNNLAB_HOME"
LOG_NAME = "rnnlab.log"
_FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"

log = logging.getLogger("rnnlab")


def _platform_data_root() -> Path:
    """The platform's per-user data folder that QStandardPaths builds AppDataLocation on."""
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support"
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def app_data_dir() -> Path:
    """The folder for the app's own files (created if missing): ``$RNNLAB_HOME`` or the platform's app-data folder."""
    override = os.environ.get(HOME_VARIABLE)
    folder = Path(override) if override else _platform_data_root() / ORGANIZATION / APPLICATION
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


def log_file() -> Path:
    """The current log file's path."""
    return log_folder() / LOG_NAME


def install_logging() -> Path:
    """Send the ``rnnlab`` logger to the rotating log file (1 MB, three old files kept), once per process; returns
    the file's path."""
    path = log_file()
    for handler in log.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter(_FORMAT))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path
