"""Pick up the strings of the window and the lab reports for translation, and rebuild the compiled catalogue.

    python scripts/update_translations.py            # after adding or changing strings; then translate the new ones
    python scripts/update_translations.py --check    # exit 1 if anything is stale or untranslated (what the tests ask)

Three steps, each one source of truth:
1. ``gui/param_texts.py``: the settings' labels, help and none-texts (declared Qt-free with ``param()`` in
   engine/*/config.py), written out as ``translatable("Param", ...)`` lines so that lupdate finds them.
2. ``pyside6-lupdate`` over gui/ and engine/ (with that file) into ``resources/translations/rnnlab_fa.ts`` (no line
   numbers, so merges stay quiet; obsolete entries dropped). New strings arrive "unfinished": translate them with Qt
   Linguist (``pyside6-linguist``) or any editor of the XML.
3. ``pyside6-lrelease`` compiles the .ts into ``rnnlab_fa.qm``, which the window loads (the .ts itself ships too: the
   Qt-free report writer reads it).
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
PARAM_TEXTS = ROOT / "gui" / "param_texts.py"
CONFIG_MODULES = ("rnnlab.engine.gradflow.config", "rnnlab.engine.forecast.config", "rnnlab.engine.translate.config",
                  "rnnlab.engine.runtime")
SOURCE_FOLDERS = ("gui", "engine")
"""Every module of the window and of the engine: the engine's messages (errors, notes, progress lines: a
``Message`` with a template marked ``translatable(ENGINE, ...)``) are shown by the window in its language."""
TARGET_LANGUAGES = ("fa",)
PARAM_CONTEXT = "Param"
HEADER = '''# ruff: noqa: E501
"""Written by scripts/update_translations.py from the ``param()`` declarations; never edit, never imported.

The settings' labels, help and none-texts are declared in the Qt-free engine; this file shows them to pyside6-lupdate,
and the GUI translates them where it shows them (``gui.i18n.param_text``).
"""

from rnnlab.engine.translations import translatable

TEXTS = [
'''


def param_texts() -> list[str]:
    """Every label, help text and none-text of the ``param()`` fields, in declaration order, then the labs' titles
    (the registry's), without repeats."""
    from rnnlab.engine.params import param_specs

    texts: list[str] = []
    for module_name in CONFIG_MODULES:
        module = importlib.import_module(module_name)
        for value in vars(module).values():
            if not (isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == module_name):
                continue
            for spec in param_specs(value):
                for text in (spec.label, spec.help, spec.none_text):
                    if text not in texts:
                        texts.append(text)
    from rnnlab.engine.gradflow.presets import PRESETS
    from rnnlab.engine.labs import REGISTRY
    from rnnlab.engine.translate.tasks import TASK_TITLES

    more = [entry.title for entry in REGISTRY] + list(TASK_TITLES.values())
    more += [text for preset in PRESETS.values() for text in (preset.title, preset.reported, preset.watch)]
    return texts + [text for text in dict.fromkeys(more) if text not in texts]


def param_texts_source() -> str:
    """The content of gui/param_texts.py."""
    lines = [f"    translatable({PARAM_CONTEXT!r}, {text!r}),\n" for text in param_texts()]
    return HEADER + "".join(lines) + "]\n"


def source_files() -> list[Path]:
    """The Python files lupdate reads, in a fixed order."""
    files = sorted(path for folder in SOURCE_FOLDERS for path in (ROOT / folder).rglob("*.py"))
    return [path for path in files if "__pycache__" not in path.parts]


def tool(name: str) -> str:
    """The path of a PySide6 tool (pyside6-lupdate, pyside6-lrelease) beside this Python."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def run_lupdate(ts_file: Path) -> str:
    """Update ``ts_file`` from the sources; returns lupdate's report."""
    files = [str(path.relative_to(ROOT)) for path in source_files()]
    command = [tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete",
               "-tr-function-alias", "QT_TRANSLATE_NOOP+=translatable", "-source-language", "en",
               "-target-language", ts_file.stem.split("_")[-1], *files, "-ts", str(ts_file)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    return done.stdout + done.stderr


def run_lrelease(ts_file: Path, qm_file: Path) -> str:
    """Compile ``ts_file`` into ``qm_file``; returns lrelease's report."""
    command = [tool("pyside6-lrelease"), "-removeidentical", str(ts_file), "-qm", str(qm_file)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    return done.stdout + done.stderr


def unfinished(ts_file: Path) -> list[str]:
    """The source texts of ``ts_file`` still without a finished translation."""
    import xml.etree.ElementTree as ElementTree

    root = ElementTree.parse(ts_file).getroot()
    return [message.findtext("source", "") for message in root.iter("message")
            if (message.find("translation") is None
                or message.find("translation").get("type") in ("unfinished", "obsolete", "vanished"))]


def check() -> list[str]:
    """What is out of date, one line each: the param file, a .ts that lupdate would change, an unfinished entry, a .qm
    that is not the compiled .ts. Empty when all is current."""
    problems = []
    if PARAM_TEXTS.read_text(encoding="utf-8") != param_texts_source():
        problems.append(f"{PARAM_TEXTS.relative_to(ROOT)} is stale")
    for language in TARGET_LANGUAGES:
        ts_file = TRANSLATIONS / f"rnnlab_{language}.ts"
        with tempfile.TemporaryDirectory() as folder:
            fresh = Path(folder) / ts_file.name
            fresh.write_bytes(ts_file.read_bytes())
            run_lupdate(fresh)
            if fresh.read_bytes() != ts_file.read_bytes():
                problems.append(f"{ts_file.name} lacks strings of the sources (or has obsolete ones)")
            compiled = Path(folder) / "fresh.qm"
            run_lrelease(ts_file, compiled)
            if compiled.read_bytes() != ts_file.with_suffix(".qm").read_bytes():
                problems.append(f"{ts_file.with_suffix('.qm').name} is not the compiled {ts_file.name}")
        problems += [f"{ts_file.name}: unfinished: {text[:70]!r}" for text in unfinished(ts_file)]
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only report what is stale or untranslated")
    args = parser.parse_args()
    if args.check:
        problems = check()
        print("\n".join(problems) or "translations up to date")
        return 1 if problems else 0
    PARAM_TEXTS.write_text(param_texts_source(), encoding="utf-8")
    for language in TARGET_LANGUAGES:
        ts_file = TRANSLATIONS / f"rnnlab_{language}.ts"
        print(run_lupdate(ts_file).strip())
        print(run_lrelease(ts_file, ts_file.with_suffix(".qm")).strip())
        left = unfinished(ts_file)
        print(f"{ts_file.name}: {len(left)} strings to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
