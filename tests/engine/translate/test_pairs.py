"""Pairs files: read as their author meant (tabs, CSV, any characters) or refused with the reason; the split."""

import pytest

from rnnlab.engine.errors import InputError
from rnnlab.engine.translate.pairs import MAX_LINE_LENGTH, MIN_PAIRS, pig_latin_data, read_pairs

REVERSAL = [(word, word[::-1]) for word in (f"{i:03d} xyz{chr(0x3b1 + i % 20)}" for i in range(150))]


def _write(tmp_path, lines, name="pairs.tsv", encoding="utf-8", newline="\n"):
    path = tmp_path / name
    path.write_bytes(newline.join(lines).encode(encoding) + newline.encode(encoding))
    return path


def _tsv(pairs):
    return [f"{s}\t{t}" for s, t in pairs]


def test_a_tab_separated_file_gives_a_line_task_with_the_data_s_characters(tmp_path):
    data = read_pairs(_write(tmp_path, _tsv(REVERSAL)))
    assert data.task.splitting == "lines" and data.task.title == "pairs (pairs file)"
    assert len(data.pairs) == 150 and data.pairs[0] == REVERSAL[0] and not data.notes
    assert set(data.task.characters) == {ch for pair in REVERSAL for text in pair for ch in text}
    assert data.task.max_source_length == max(len(s) for s, _t in REVERSAL)
    assert data.task.generation_cap > max(len(t) for _s, t in REVERSAL)
    assert data.references[REVERSAL[5][0]] == REVERSAL[5][1]


def test_windows_line_ends_a_byte_order_mark_and_blank_lines_are_read_as_meant(tmp_path):
    lines = [""] + _tsv(REVERSAL) + ["", "   "]
    path = tmp_path / "w.tsv"
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8"))
    data = read_pairs(path)
    assert data.pairs == tuple(REVERSAL)


def test_a_csv_with_a_header_quoted_commas_and_spaces_keeps_every_character(tmp_path):
    pairs = [(f"{i}, march 19{i % 100:02d}", f"19{i % 100:02d}-03-{i % 28 + 1:02d}") for i in range(120)]
    lines = ["source,target"] + [f'"{s}",{t}' for s, t in pairs]
    data = read_pairs(_write(tmp_path, lines, name="dates.csv"))
    assert data.pairs == tuple(pairs) and "," in data.task.characters and " " in data.task.characters


def test_long_empty_repeated_and_conflicting_lines_are_skipped_with_notes(tmp_path):
    long = "x" * (MAX_LINE_LENGTH - 5)
    lines = _tsv(REVERSAL) + [f"{long}\tshort", "\tempty", _tsv(REVERSAL)[0], f"{REVERSAL[1][0]}\tother"]
    data = read_pairs(_write(tmp_path, lines))
    assert len(data.pairs) == 150 and data.references[REVERSAL[1][0]] == REVERSAL[1][1]
    text = " ".join(data.notes)
    assert "1 line over 200 characters skipped" in text
    assert "1 line with an empty source or target skipped" in text
    assert "1 repeated pair skipped" in text
    assert "1 source appeared again with another target; the first target was kept (e.g. line 154" in text


@pytest.mark.parametrize(("lines", "name", "message"), [
    ([], "p.tsv", "is empty"),
    (["just words without a tab"] * 200, "p.tsv", "line 1: no tab"),
    (["a\tb\tCC-BY 2.0 (France) Attribution"] * 200, "p.tsv", "line 1: 3 tab-separated columns"),
    (_tsv(REVERSAL[:MIN_PAIRS - 1]), "p.tsv", "99 usable pairs; at least 100"),
    (["source,target,licence", "a,b,c"], "p.csv", "a header of 3 columns"),
    (["source,target", "a,b", "c,d,e"], "p.csv", "line 3: 3 columns"),
    (["Quelle;Ziel", *[f"{s};{t}" for s, t in REVERSAL]], "p.csv",
     r"p.csv is separated by semicolons \(;\), not commas \(Excel writes CSV so where the decimal mark is a comma"),
    (["source\ttarget", *_tsv(REVERSAL)], "p.csv", r"p.csv is separated by tabs, not commas; a pairs CSV has"),
    (["nothing to split here", "a", "b"], "p.csv", "a header of 1 column"),
])
def test_bad_files_are_refused_with_the_reason(tmp_path, lines, name, message):
    with pytest.raises(InputError, match=message):
        read_pairs(_write(tmp_path, lines, name=name) if lines else _empty(tmp_path))


def _empty(tmp_path):
    path = tmp_path / "p.tsv"
    path.write_bytes(b"\n \n")
    return path


def test_binary_utf16_and_latin1_files_are_refused_with_the_reason(tmp_path):
    binary = tmp_path / "model.pt"
    binary.write_bytes(b"PK\x03\x04\x00\x00" + bytes(range(256)) * 10)
    with pytest.raises(InputError, match="binary data"):
        read_pairs(binary)
    with pytest.raises(InputError, match="UTF-16"):
        read_pairs(_write(tmp_path, _tsv(REVERSAL), encoding="utf-16"))
    latin = _write(tmp_path, ["abc\tcba"] * 3 + ["café\tcafé"], name="latin.tsv", encoding="latin-1")
    with pytest.raises(InputError, match="line 4 has the byte 0xe9"):
        read_pairs(latin)
    with pytest.raises(InputError, match="Cannot read"):
        read_pairs(tmp_path / "missing.tsv")


def test_the_held_out_split_is_the_same_whatever_the_order_of_calls_and_never_overlaps(tmp_path):
    data = read_pairs(_write(tmp_path, _tsv(REVERSAL)))
    train, held = data.split(0.1)
    assert len(held) == 15 and len(train) == 135
    assert not {s for s, _ in train} & {s for s, _ in held}
    assert data.split(0.1) == (train, held)


def test_the_pig_latin_task_keeps_its_own_held_out_words():
    data = pig_latin_data()
    train, held = data.split(0.3)
    assert data.task.splitting == "words" and len(held) == len(data.fixed_held_out)
    assert train[0][1] and not {s for s, _ in train} & {s for s, _ in held}


def test_text_is_read_as_the_pad_reads_typing_nfc_spaces_and_only_real_line_breaks(tmp_path):
    import unicodedata

    pairs = [(f"{w} caf\u00e9", f"caf\u00e9 {w}") for w in (f"w{i:03d}" for i in range(120))]
    decomposed = [unicodedata.normalize("NFD", f" {s}\t{t}  ") for s, t in pairs]
    data = read_pairs(_write(tmp_path, decomposed + ["in\u2028side\tpara\u0085graph"]))
    assert data.pairs[:120] == tuple(pairs) and "\u0301" not in data.task.characters
    assert data.pairs[120] == ("in\u2028side", "para\u0085graph")
    assert any("Spaces around the source or target of 120 pairs removed" in note for note in data.notes)


def test_a_csv_cell_with_a_line_break_is_skipped_with_a_note(tmp_path):
    lines = ["source,target"] + [f"{s},{t}" for s, t in REVERSAL] + ['"two\nlines",x']
    data = read_pairs(_write(tmp_path, lines, name="p.csv"))
    assert len(data.pairs) == 150 and "\n" not in data.task.characters
    assert "1 pair with a line break inside a cell skipped" in " ".join(data.notes)


def test_two_files_with_one_alphabet_but_other_pairs_are_other_tasks(tmp_path):
    reversal = read_pairs(_write(tmp_path, _tsv(REVERSAL), name="rev.tsv"))
    copy = read_pairs(_write(tmp_path, _tsv([(s, s) for s, _t in REVERSAL]), name="copy.tsv"))
    renamed = read_pairs(_write(tmp_path, _tsv(REVERSAL), name="same pairs, other name.tsv"))
    assert reversal.task.characters == copy.task.characters and reversal.task != copy.task
    assert renamed.task == reversal.task and renamed.task.title != reversal.task.title


def test_a_larger_held_out_share_holds_out_every_pair_a_smaller_one_does(tmp_path):
    data = read_pairs(_write(tmp_path, _tsv(REVERSAL)))
    small, large = set(data.split(0.05)[1]), set(data.split(0.2)[1])
    assert small < large and data.held_out_count(0.2) == len(large) == 30


def test_an_anki_export_s_header_lines_are_skipped_and_a_csv_header_is_named(tmp_path):
    anki = read_pairs(_write(tmp_path, ["#separator:tab", "#html:false", *_tsv(REVERSAL)]))
    assert anki.pairs == tuple(REVERSAL) and "2 header lines of an Anki export" in " ".join(anki.notes)
    data = read_pairs(_write(tmp_path, ["english,reversed", *[f"{s},{t}" for s, t in REVERSAL]], name="p.csv"))
    assert "Header (not a pair): 'english', 'reversed'." in data.notes


def test_cells_a_spreadsheet_quoted_in_a_tab_export_are_kept_as_written_with_a_note(tmp_path):
    lines = _tsv(REVERSAL[:-1]) + ['"a, b"\t"b, a"']
    data = read_pairs(_write(tmp_path, lines))
    assert data.pairs[-1] == ('"a, b"', '"b, a"')
    assert "2 sources or targets wrapped in double quotes" in " ".join(data.notes)
