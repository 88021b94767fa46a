"""The installed distribution is exactly one import name, rnnlab, and carries every package, resource and page of
the documentation that the Help menu opens."""

from __future__ import annotations

import tomllib

import pytest

from tests.conftest import PROJECT_ROOT

MAPPED = {"cli": "rnnlab.cli", "docs": "rnnlab.docs", "engine": "rnnlab.engine", "gui": "rnnlab.gui",
          "resources": "rnnlab.resources"}


def _setuptools() -> dict:
    return tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_package_folder_is_in_the_wheel():
    listed = set(_setuptools()["packages"])
    found = {"rnnlab"}
    for folder, name in MAPPED.items():
        for init in (PROJECT_ROOT / folder).rglob("__init__.py"):
            relative = init.parent.relative_to(PROJECT_ROOT / folder)
            found.add(".".join([name, *relative.parts]))
    assert found == listed, f"missing from pyproject: {sorted(found - listed)}; stale: {sorted(listed - found)}"


@pytest.mark.parametrize("folder", ["resources", "docs"])
def test_every_shipped_file_is_package_data(folder):
    globs = _setuptools()["package-data"][MAPPED[folder]]
    shipped = [p for p in (PROJECT_ROOT / folder).rglob("*") if p.is_file() and p.suffix not in (".py", ".pyc")
               and "__pycache__" not in p.parts]
    uncovered = [str(p.relative_to(PROJECT_ROOT)) for p in shipped
                 if not any(p.relative_to(PROJECT_ROOT / folder).match(g) for g in globs)]
    assert shipped and not uncovered, f"not in package-data: {uncovered}"


def test_the_help_menu_opens_every_page_of_docs_and_only_those():
    from rnnlab.gui.documentation import CONTENTS, PAGES, missing_pages, page_path

    opened = {page_path(page) for page in (CONTENTS, *PAGES)}
    assert opened == set((PROJECT_ROOT / "docs").glob("*.md"))
    assert missing_pages() == []


def test_the_version_is_written_once():
    import rnnlab

    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert rnnlab.__version__ == project["version"]
    assert "scripts" in project and project["scripts"]["rnnlab"] == "rnnlab.launch:main"
    assert project["gui-scripts"]["rnnlab-gui"] == "rnnlab.launch:main"
