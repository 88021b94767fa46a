"""The reversal benchmark task: distinct random letter-and-digit strings of 3 to 20 characters and their reversals."""

from __future__ import annotations

from collections import Counter

from scripts.make_reversal_pairs import ALPHABET, main, reversal_pairs


def test_targets_are_the_reversed_sources_of_every_length():
    pairs = reversal_pairs(3000, seed=1)
    sources = [s for s, _ in pairs]
    assert len(set(sources)) == 3000
    assert all(t == s[::-1] and set(s) <= set(ALPHABET) for s, t in pairs)
    assert set(Counter(len(s) for s in sources)) == set(range(3, 21))
    assert set("".join(sources)) == set(ALPHABET)


def test_the_file_is_seeded_tab_separated_text(tmp_path):
    first, second = tmp_path / "a.tsv", tmp_path / "b.tsv"
    main(["--out", str(first), "--count", "500", "--seed", "4"])
    main(["--out", str(second), "--count", "500", "--seed", "4"])
    assert first.read_bytes() == second.read_bytes()
    lines = first.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 500 and all(line.split("\t")[1] == line.split("\t")[0][::-1] for line in lines)
