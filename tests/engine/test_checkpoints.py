"""The one checkpoint format: round trip, and every bad file refused with a readable message."""

import pickle

import pytest
import torch

from rnnlab.engine.checkpoints import FORMAT_VERSION, load_checkpoint, save_checkpoint
from rnnlab.engine.errors import ModelFileError
from tests.code_running_pickle import CodeRunningPayload
from tests.file_size_limit import run_with_file_size_limit


def test_round_trip_keeps_config_state_and_extra(tmp_path):
    path = tmp_path / "model.pt"
    state = {"w": torch.arange(6.0).reshape(2, 3)}
    save_checkpoint(path, "forecaster", {"window": 60, "cell": "rnn"}, state, {"scaler_min": [1.0]})
    payload = load_checkpoint(path, "forecaster")
    assert payload["config"] == {"window": 60, "cell": "rnn"}
    assert torch.equal(payload["state"]["w"], state["w"])
    assert payload["extra"] == {"scaler_min": [1.0]}
    assert payload["format_version"] == FORMAT_VERSION


def test_wrong_kind_is_refused(tmp_path):
    path = tmp_path / "model.pt"
    save_checkpoint(path, "forecaster", {}, {})
    with pytest.raises(ModelFileError, match="holds a forecaster model, not a translator model"):
        load_checkpoint(path, "translator")


def test_truncated_file_is_refused(tmp_path):
    path = tmp_path / "model.pt"
    save_checkpoint(path, "translator", {"hidden": 64}, {"w": torch.zeros(100, 100)})
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ModelFileError, match="truncated or corrupt"):
        load_checkpoint(path, "translator")


def test_newer_format_is_refused(tmp_path):
    path = tmp_path / "model.pt"
    torch.save({"magic": "rnnlab-checkpoint", "format_version": FORMAT_VERSION + 1, "kind": "translator",
                "config": {}, "state": {}, "extra": {}}, path)
    with pytest.raises(ModelFileError, match="newer RNN Lab"):
        load_checkpoint(path, "translator")


def test_foreign_torch_file_is_refused(tmp_path):
    path = tmp_path / "weights.pt"
    torch.save({"weight": torch.zeros(3)}, path)
    with pytest.raises(ModelFileError, match="not an RNN Lab model file"):
        load_checkpoint(path, "translator")


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(ModelFileError, match="not found"):
        load_checkpoint(tmp_path / "nope.pt", "translator")




def test_pickle_that_would_run_code_is_refused_and_never_runs(tmp_path):
    marker = tmp_path / "pwned"
    path = tmp_path / "evil.pt"
    torch.save({"magic": "rnnlab-checkpoint", "format_version": 1, "kind": "translator",
                "config": {}, "state": {}, "extra": {"x": CodeRunningPayload(str(marker))}}, path, pickle_protocol=2)
    with pytest.raises(ModelFileError, match="could run code"):
        load_checkpoint(path, "translator")
    assert not marker.exists()
    # The control: plain unpickling of the same object really does run it.
    plain = tmp_path / "plain.pkl"
    plain.write_bytes(pickle.dumps(CodeRunningPayload(str(marker))))
    pickle.loads(plain.read_bytes())
    assert marker.exists()


def test_a_save_that_fails_for_real_is_a_readable_error_and_leaves_the_old_file_intact(tmp_path):
    """torch.save writing to a file past the size limit (or onto a full disk) raises "RuntimeError: [enforce fail at
    inline_container.cc...] unexpected pos"; the checkpoint writer must say which file and why instead."""
    path = tmp_path / "model.pt"
    save_checkpoint(path, "translator", {"v": 1}, {})
    good = path.read_bytes()
    code = ("import torch; from rnnlab.engine.checkpoints import save_checkpoint\n"
            "from rnnlab.engine.errors import OutputError\n"
            "try:\n"
            f"    save_checkpoint({str(path)!r}, 'translator', {{'v': 2}}, {{'w': torch.zeros(500_000)}})\n"
            "except OutputError as exc:\n"
            "    print(exc)\n")
    out = run_with_file_size_limit(["-c", code], limit_bytes=200_000)
    assert out.stdout.strip() == (f"Could not write {path}: the file is larger than this file system (or this "
                                  "process's file-size limit) allows."), out.stderr
    assert path.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir()] == ["model.pt"]
