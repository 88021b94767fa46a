"""The one-way arrows (gui -> engine, never back): importing every engine module must not load Qt."""

import pkgutil
import subprocess
import sys

import rnnlab.engine
from tests.conftest import PROJECT_ROOT


def test_no_engine_module_imports_qt():
    names = [m.name for m in pkgutil.walk_packages(rnnlab.engine.__path__, prefix="rnnlab.engine.")]
    assert names, "no engine modules found"
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'shiboken6')))\n"
        "print(','.join(qt))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "", f"engine loaded Qt modules: {out.stdout.strip()}"
