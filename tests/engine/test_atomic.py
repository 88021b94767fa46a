"""Atomic writes: the target appears whole or not at all, with ordinary permissions, and a failed write says which
file and why in words."""

import errno
import os

import pytest

from rnnlab.engine.atomic import atomic_path
from rnnlab.engine.errors import OutputError
from tests.file_size_limit import run_with_file_size_limit


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
    with pytest.raises(OutputError) as caught:
        with atomic_path(target) as tmp:
            tmp.write_text("x")
    assert str(caught.value) == f"Could not write {target}: its folder does not exist."
    assert caught.value.path == str(target)
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("code, reason", [
    (errno.ENOSPC, "no space left on the device"),
    *([(errno.EDQUOT, "the disk quota is used up")] if hasattr(errno, "EDQUOT") else []),  # not on Windows
    (errno.EFBIG, "the file is larger than this file system (or this process's file-size limit) allows"),
    (errno.EACCES, "permission denied (a read-only folder or file, or a file another program holds open)"),
    (errno.EPERM, "permission denied (a read-only folder or file, or a file another program holds open)"),
    (errno.EROFS, "the device is read-only"),
    (errno.EISDIR, "it is a folder, not a file"),
    (errno.EIO, "input/output error"),
])
def test_each_reason_a_write_fails_reads_well_and_names_the_target_not_the_temporary_file(tmp_path, code, reason):
    target = tmp_path / "model.pt"
    with pytest.raises(OutputError) as caught:
        with atomic_path(target) as tmp:
            raise OSError(code, os.strerror(code), str(tmp))
    assert str(caught.value) == f"Could not write {target}: {reason}."
    assert caught.value.reason == reason and ".part" not in str(caught.value)
    assert not list(tmp_path.iterdir())


def test_a_write_past_the_file_size_limit_fails_for_real_and_keeps_the_old_file(tmp_path):
    target = tmp_path / "out.bin"
    target.write_bytes(b"good")
    code = ("import sys; from rnnlab.engine.atomic import atomic_path; from rnnlab.engine.errors import OutputError\n"
            "try:\n"
            f"    with atomic_path({str(target)!r}) as tmp:\n"
            "        tmp.write_bytes(bytes(1_000_000))\n"
            "except OutputError as exc:\n"
            "    print(exc)\n")
    out = run_with_file_size_limit(["-c", code], limit_bytes=100_000)
    assert out.stdout.strip() == (f"Could not write {target}: the file is larger than this file system (or this "
                                  "process's file-size limit) allows."), out.stderr
    assert target.read_bytes() == b"good"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]
