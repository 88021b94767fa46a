"""Shipped files are found from a source checkout and from a PyInstaller bundle (sys._MEIPASS)."""

from __future__ import annotations

import sys
from pathlib import Path

from engine.resources import resource_path, resource_root

PROJECT_ROOT = Path(__file__).resolve().parent.parent.parent


def test_from_source_resources_are_in_the_project(monkeypatch):
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert resource_root() == PROJECT_ROOT
    assert resource_path("icons", "rnnlab.png") == PROJECT_ROOT / "resources" / "icons" / "rnnlab.png"
    assert resource_path("icons", "rnnlab.png").is_file()


def test_frozen_resources_are_in_the_bundle_folder(monkeypatch, tmp_path):
    shipped = tmp_path / "resources" / "piglatin" / "train_words.txt"
    shipped.parent.mkdir(parents=True)
    shipped.write_text("air\n")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_root() == tmp_path
    assert resource_path("piglatin", "train_words.txt") == shipped
    assert resource_path("piglatin", "train_words.txt").read_text() == "air\n"


def test_app_icon_ships_in_each_platform_format():
    from PySide6.QtGui import QImageReader

    for name in ("rnnlab.png", "rnnlab.ico", "rnnlab.icns"):
        reader = QImageReader(str(resource_path("icons", name)))
        assert reader.canRead(), f"{name}: {reader.errorString()}"
        assert reader.imageCount() >= 1
