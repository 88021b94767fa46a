"""The documentation's tables of figures are what scripts/readme_figures.py writes: its cheap rows are run again here
and compared with the files it owns, on the CPU and library versions the ``machine`` block names (elsewhere the
floating point may round differently, so those comparisons skip)."""

from __future__ import annotations

import pytest

from scripts import readme_figures as figures

BLOCKS = figures.all_blocks(figures.read_files())
CHEAP = [command for table in figures.TABLES for command in table.commands if command.cheap]


def test_every_table_is_marked_once_with_the_header_the_script_writes():
    assert set(BLOCKS) == {table.name for table in figures.TABLES} | {"machine", figures.PERFORMANCE_LINE}
    for table in figures.TABLES:
        rendered = figures.render_table(table, {}, {})
        assert BLOCKS[table.name].startswith(rendered), table.name
        assert figures.table_rows(BLOCKS[table.name]), f"{table.name} has no rows"


def test_a_block_is_replaced_whole_and_a_missing_block_is_an_error():
    text = "a\n<!-- figures:x -->\nold\n<!-- /figures:x -->\nb\n"
    assert figures.replace_block(text, "x", "new\n") == "a\n<!-- figures:x -->\nnew\n<!-- /figures:x -->\nb\n"
    with pytest.raises(SystemExit, match="no <!-- figures:y -->"):
        figures.replace_block(text, "y", "new\n")


def test_blocks_are_replaced_in_the_file_that_holds_them(tmp_path):
    first, second = tmp_path / "first.md", tmp_path / "second.md"
    texts = {first: "<!-- figures:x -->\nold x\n<!-- /figures:x -->\n",
             second: "intro\n<!-- figures:y -->\nold y\n<!-- /figures:y -->\n"}
    updated = figures.replace_blocks(texts, {"y": "new y\n"})
    assert updated == {first: texts[first], second: "intro\n<!-- figures:y -->\nnew y\n<!-- /figures:y -->\n"}
    with pytest.raises(SystemExit, match="none of first.md, second.md has a <!-- figures:z -->"):
        figures.replace_blocks(texts, {"z": "new\n"})


def test_a_block_marked_in_two_files_is_an_error(tmp_path):
    block = "<!-- figures:x -->\nrows\n<!-- /figures:x -->\n"
    with pytest.raises(SystemExit, match="marked in both first.md and second.md"):
        figures.all_blocks({tmp_path / "first.md": block, tmp_path / "second.md": block})


def test_rows_differ_only_by_their_cpu_time():
    assert figures.figures_of("| a | 1.00% | 7 |") == figures.figures_of("| a | 1.00% | 12 |")
    assert figures.figures_of("| a | 1.00% | 7 |") != figures.figures_of("| a | 1.01% | 7 |")


@pytest.mark.parametrize("command", CHEAP, ids=[c.text for c in CHEAP])
def test_cheap_rows_are_what_their_command_measures_today(command):
    if figures.machine() not in BLOCKS["machine"]:
        pytest.skip(f"the figures come from another machine ({BLOCKS['machine'].strip()}); this is {figures.machine()}")
    documented = {key: line for table in figures.TABLES for key, line in figures.table_rows(BLOCKS[table.name]).items()}
    measured = figures.run_command(command)
    assert measured
    for key, line in measured.items():
        assert key in documented, f"{key!r} is missing from the documentation"
        assert figures.figures_of(documented[key]) == figures.figures_of(line)


def test_cheap_rows_from_another_machine_are_never_mixed_in(monkeypatch):
    monkeypatch.setattr(figures, "machine", lambda: "CPU Elsewhere (64 cores), torch 9.9, numpy 9.9")
    before = {path: path.read_bytes() for path in figures.FILES}
    with pytest.raises(SystemExit, match="measured on another machine"):
        figures.main(["--cheap"])
    assert {path: path.read_bytes() for path in figures.FILES} == before


def test_the_memory_horizon_rows_are_each_cells_horizon_and_seeds_solved_per_t(tmp_path):
    from rnnlab.engine.experiments.store import RunStore
    from tests.engine.experiments.test_horizon import horizon_experiment

    rows = figures.horizon_rows(horizon_experiment(RunStore(tmp_path / "runs.sqlite3")))
    assert rows[0] == ["`rnn`", "10", "2/3", "1/3", "0/3", "n = 3 seeds"]
    assert rows[1][:2] == ["`lstm`", "at least 40"]
    assert "<svg" in figures.CHARTS.pop(figures.ROOT / "docs" / figures.MEMORY_HORIZON_CHART)
    (table,) = [table for table in figures.TABLES if table.name == "memory-horizon"]
    assert table.header[2:-1] == ("T = 10", "T = 20", "T = 40", "T = 80", "T = 160", "T = 320")


def test_the_readmes_performance_line_is_one_line_of_the_speed_figures():
    line = figures.performance_line({"first paint": "0.61 s", "bundle size": "598 MB", "sweep": "left out"})
    assert line.endswith("\n") and line.count("\n") == 1
    assert "first paint 0.61 s; bundle size 598 MB" in line and "left out" not in line
    assert BLOCKS[figures.PERFORMANCE_LINE].startswith("- [Performance and figures](docs/performance.md)")
