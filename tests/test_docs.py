"""The README and the pages of docs/: every link and image resolves, every page opens with a contents line of its
sections, every page is reachable from the README and the docs' index, and the README stays a ten-minute read that
holds the command CI runs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT

README = PROJECT_ROOT / "README.md"
DOCS = PROJECT_ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md"))
TEST_COMMAND = ('python3 -m venv .venv && .venv/bin/pip install -e ".[dev]" && '
                "QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest")
LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]+)\)")


def prose(text: str) -> str:
    """``text`` without fenced code blocks and inline code, where brackets are code, not links."""
    text = re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)
    return re.sub(r"`[^`]*`", "", text)


def links(path: Path) -> list[str]:
    """The targets of the Markdown links and images of ``path``."""
    return [target for _text, target in LINK.findall(prose(path.read_text(encoding="utf-8")))]


def anchor(heading: str) -> str:
    """The fragment GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.replace("`", "").strip().lower()).replace(" ", "-")


def headings(path: Path, level: str = "#+") -> list[str]:
    text = re.sub(r"^```.*?^```", "", path.read_text(encoding="utf-8"), flags=re.S | re.M)
    return re.findall(rf"^{level} (.+)$", text, flags=re.M)


@pytest.mark.parametrize("path", [README, *PAGES], ids=lambda p: p.name)
def test_every_link_and_image_resolves(path: Path):
    for target in links(path):
        if re.match(r"[a-z]+:", target):
            continue
        file, _, fragment = target.partition("#")
        linked = (path.parent / file).resolve() if file else path
        assert linked.is_file(), f"{path.name}: {target} is not a file"
        if fragment:
            assert fragment in {anchor(h) for h in headings(linked)}, f"{path.name}: {target} has no such heading"


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_every_page_opens_with_a_contents_line_of_its_sections(path: Path):
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ") and lines[1].startswith("Contents: "), f"{path.name} has no contents line"
    listed = {target.lstrip("#") for _text, target in LINK.findall(lines[1]) if target.startswith("#")}
    sections = {anchor(h) for h in headings(path, "##")}
    assert sections <= listed, f"{path.name}: sections missing from the contents line: {sorted(sections - listed)}"


def test_every_page_is_linked_from_the_readme_and_the_index():
    readme = {(README.parent / t.partition("#")[0]).resolve() for t in links(README)}
    index = {(DOCS / t.partition("#")[0]).resolve() for t in links(DOCS / "index.md")}
    pages = {page.resolve() for page in PAGES if page.name != "index.md"}
    assert pages <= readme, f"not linked from the README: {sorted(p.name for p in pages - readme)}"
    assert pages <= index, f"not linked from docs/index.md: {sorted(p.name for p in pages - index)}"


def test_the_readme_is_short_and_holds_the_test_command_ci_runs():
    text = README.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 150
    assert f"    {TEST_COMMAND}\n" in text
