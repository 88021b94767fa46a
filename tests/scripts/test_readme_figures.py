"""The README's tables of figures are what scripts/readme_figures.py writes: its cheap rows are run again here and
compared with the README, on the CPU and library versions the README names (elsewhere the floating point may
round differently, so those comparisons skip)."""

from __future__ import annotations

import pytest

from scripts import readme_figures as figures

README_BLOCKS = figures.blocks(figures.README.read_text(encoding="utf-8"))
CHEAP = [command for table in figures.TABLES for command in table.commands if command.cheap]


def test_every_table_is_marked_in_the_readme_with_the_header_the_script_writes():
    assert set(README_BLOCKS) == {table.name for table in figures.TABLES} | {"machine"}
    for table in figures.TABLES:
        rendered = figures.render_table(table, {}, {})
        assert README_BLOCKS[table.name].startswith(rendered), table.name
        assert figures.table_rows(README_BLOCKS[table.name]), f"{table.name} has no rows"


def test_a_block_is_replaced_whole_and_a_missing_block_is_an_error():
    text = "a\n<!-- figures:x -->\nold\n<!-- /figures:x -->\nb\n"
    assert figures.replace_block(text, "x", "new\n") == "a\n<!-- figures:x -->\nnew\n<!-- /figures:x -->\nb\n"
    with pytest.raises(SystemExit, match="no <!-- figures:y -->"):
        figures.replace_block(text, "y", "new\n")


def test_rows_differ_only_by_their_cpu_time():
    assert figures.figures_of("| a | 1.00% | 7 |") == figures.figures_of("| a | 1.00% | 12 |")
    assert figures.figures_of("| a | 1.00% | 7 |") != figures.figures_of("| a | 1.01% | 7 |")


@pytest.mark.parametrize("command", CHEAP, ids=[c.text for c in CHEAP])
def test_cheap_rows_are_what_their_command_measures_today(command):
    if figures.machine() not in README_BLOCKS["machine"]:
        pytest.skip(f"the README's figures come from another machine ({README_BLOCKS['machine'].strip()}); "
                    f"this is {figures.machine()}")
    readme_rows = {key: line for table in figures.TABLES for key, line in table_rows_of(table).items()}
    measured = figures.run_command(command)
    assert measured
    for key, line in measured.items():
        assert key in readme_rows, f"{key!r} is missing from the README"
        assert figures.figures_of(readme_rows[key]) == figures.figures_of(line)


def table_rows_of(table: figures.Table) -> dict[str, str]:
    return figures.table_rows(README_BLOCKS[table.name])


def test_cheap_rows_from_another_machine_are_never_mixed_into_the_readme(monkeypatch):
    monkeypatch.setattr(figures, "machine", lambda: "CPU Elsewhere (64 cores), torch 9.9, numpy 9.9")
    before = figures.README.read_bytes()
    with pytest.raises(SystemExit, match="measured on another machine"):
        figures.main(["--cheap"])
    assert figures.README.read_bytes() == before
