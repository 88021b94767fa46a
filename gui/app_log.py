"""A readable dialog instead of a traceback when the GUI thread hits an unexpected error.

Everything logged on ``logging.getLogger("rnnlab")`` goes to the log file of ``rnnlab.engine.app_files``
(``<app data>/logs/rnnlab.log``). Uncaught exceptions in the GUI thread (a slot that raises) and in other threads are
logged with their traceback; the person sees one sentence and where the details are.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from rnnlab.engine.app_files import install_logging, log_file  # noqa: F401 - the GUI installs the same log
from rnnlab.gui.i18n import translate
from rnnlab.gui.widgets.user_text import auto_literal

log = logging.getLogger("rnnlab")
_showing_error = False
_dialogs_enabled = True


def readable_error(exc_type: type[BaseException], exc: BaseException) -> str:
    """What a person is told about an unexpected error: its kind, its message, and where the details are."""
    detail = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
    what = f"{exc_type.__name__}: {detail}" if detail else exc_type.__name__
    return (f"Something went wrong that RNN Lab did not expect ({what}).\n\n"
            f"Your work is still open. The details were written to the log file:\n{log_file()}")


def _on_uncaught_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook: log the traceback; in the GUI thread, show a readable dialog (never two at once)."""
    global _showing_error
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("Uncaught exception:\n%s", details)
    app = QApplication.instance()
    if not _dialogs_enabled:
        print(details, file=sys.stderr, flush=True)
        return
    if app is None or threading.current_thread() is not threading.main_thread() or _showing_error:
        return
    _showing_error = True
    try:
        QMessageBox.critical(QApplication.activeWindow(), translate("app_log", "RNN Lab: unexpected error"),
                             auto_literal(readable_error(exc_type, exc)))
    finally:
        _showing_error = False


def _on_uncaught_thread_exception(args: threading.ExceptHookArgs) -> None:
    """threading.excepthook: a Python thread's uncaught error goes to the log."""
    log.error("Uncaught exception in thread %s:\n%s", getattr(args.thread, "name", "?"),
              "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)))


def install_error_hooks(show_dialogs: bool = True) -> None:
    """Route uncaught exceptions to the log and a readable dialog instead of a traceback on stderr.

    With ``show_dialogs=False`` (the unattended self-test) the traceback goes to the log and stderr, no dialog.
    """
    global _dialogs_enabled
    _dialogs_enabled = show_dialogs
    sys.excepthook = _on_uncaught_exception
    threading.excepthook = _on_uncaught_thread_exception
