"""The start path stays light: the window is built and painted before torch loads (in the background)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import PROJECT_ROOT

HEAVY_MODULES = ("torch", "pandas", "sklearn")


def _run(code_or_args: list[str], **env: str) -> subprocess.CompletedProcess:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env)
    return subprocess.run([sys.executable, *code_or_args], cwd=PROJECT_ROOT, env=environment,
                          capture_output=True, text=True, timeout=300)


def test_building_and_showing_the_window_does_not_import_the_engine():
    code = (
        "import sys\n"
        "from rnnlab.gui.app import create_application, create_window\n"
        "app = create_application()\n"
        "window = create_window()\n"
        "window.show()\n"
        "app.processEvents()\n"
        f"print(','.join(sorted(m for m in {HEAVY_MODULES!r} if m in sys.modules)))\n"
    )
    out = _run(["-c", code])
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "", f"the start path imported {out.stdout.strip()}"


def test_the_first_frame_paints_before_the_plotting_library_and_the_tabs_are_loaded():
    code = (
        "import os, sys\n"
        "from PySide6.QtCore import QEvent, QObject\n"
        "from rnnlab.gui.app import create_application, create_window\n"
        "app = create_application()\n"
        "window = create_window()\n"
        "class Probe(QObject):\n"
        "    def eventFilter(self, watched, event):\n"
        "        if event.type() == QEvent.Type.Paint:\n"
        "            heavy = [m for m in ('pyqtgraph', 'numpy', 'torch') if m in sys.modules]\n"
        "            built = [window.tab_name(i) for i in range(window.tabs.count()) if window._built_tab(i)]\n"
        "            print('loaded', ','.join(heavy), 'built', ','.join(built), flush=True)\n"
        "            os._exit(0)\n"
        "        return False\n"
        "probe = Probe()\n"
        "window.installEventFilter(probe)\n"
        "window.start_loading_after_paint(fallback_ms=60000)\n"
        "window.show()\n"
        "app.exec()\n"
    )
    out = _run(["-c", code])
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["loaded", "built"], out.stdout


def test_startup_probe_reports_first_paint_then_the_shown_tab_then_every_tab_ready_and_exits_cleanly():
    out = _run(["main.py"], RNNLAB_STARTUP_PROBE="1")
    assert out.returncode == 0, out.stderr
    names = ("first_paint", "shown_tab_ready", "engine_ready", "longest_stall")
    marks = {parts[0]: float(parts[1]) for parts in map(str.split, out.stdout.splitlines())
             if len(parts) == 2 and parts[0] in names}
    assert set(marks) == set(names), out.stdout
    assert marks["first_paint"] <= marks["shown_tab_ready"] <= marks["engine_ready"]
    assert 0 < marks["longest_stall"] < marks["engine_ready"] - marks["first_paint"]
