"""Shipped files are found through importlib.resources, and in a PyInstaller bundle's folder when frozen."""

from __future__ import annotations

import sys
from pathlib import Path

from rnnlab.engine.resources import resource_path

PROJECT_ROOT = Path(__file__).resolve().parent.parent.parent


def test_resources_are_the_package_data_of_rnnlab_resources():
    from importlib import resources

    expected = Path(str(resources.files("rnnlab.resources"))) / "icons" / "rnnlab.png"
    assert resource_path("icons", "rnnlab.png") == expected
    assert resource_path("icons", "rnnlab.png").is_file()
    for name in ("piglatin/translator_attention.pt", "piglatin/train_words.txt", "stock/Google_Stock_Price_Train.csv"):
        assert resource_path(*name.split("/")).is_file(), name


def test_a_frozen_bundle_reads_its_own_folder(monkeypatch, tmp_path):
    shipped = tmp_path / "rnnlab" / "resources" / "piglatin" / "words.txt"
    shipped.parent.mkdir(parents=True)
    shipped.write_text("air\n")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("piglatin", "words.txt") == shipped
    assert resource_path("piglatin", "words.txt").read_text() == "air\n"


def test_app_icon_ships_in_each_platform_format():
    from PySide6.QtGui import QImageReader

    for name in ("rnnlab.png", "rnnlab.ico", "rnnlab.icns"):
        reader = QImageReader(str(resource_path("icons", name)))
        assert reader.canRead(), f"{name}: {reader.errorString()}"
        assert reader.imageCount() >= 1
