"""Atomic writes: the target appears whole or not at all, with ordinary permissions."""

import os

import pytest

from rnnlab.engine.atomic import atomic_path


def test_written_file_replaces_target_with_normal_permissions(tmp_path):
    target = tmp_path / "out.csv"
    with atomic_path(target) as tmp:
        tmp.write_text("a,b\n")
    umask = os.umask(0)
    os.umask(umask)
    assert target.read_text() == "a,b\n"
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_failure_keeps_old_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("good")
    with pytest.raises(RuntimeError):
        with atomic_path(target) as tmp:
            tmp.write_text("half")
            raise RuntimeError("crash mid-write")
    assert target.read_text() == "good"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_a_folder_that_does_not_exist_is_refused_not_created(tmp_path):
    target = tmp_path / "missing" / "out.csv"
    with pytest.raises(FileNotFoundError, match="folder does not exist") as caught:
        with atomic_path(target) as tmp:
            tmp.write_text("x")
    assert caught.value.filename == str(target)
    assert not (tmp_path / "missing").exists()


def test_a_failed_write_names_the_target_not_the_temporary_file(tmp_path):
    target = tmp_path / "model.pt"
    with pytest.raises(OSError) as caught:
        with atomic_path(target) as tmp:
            raise OSError(28, "No space left on device", str(tmp))
    assert caught.value.filename == str(target) and ".part" not in str(caught.value)
    assert not list(tmp_path.iterdir())
