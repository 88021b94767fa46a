"""Reading a text file as its lines (and writing an answer laid out the same), and translating it line by line with
one model call per block of lines."""

import pytest

from rnnlab.engine.errors import InputError, OutputError
from rnnlab.engine.translate.line_files import answer_lines, read_text_file, translate_lines_of, write_text_file
from rnnlab.engine.translate.task import PIG_LATIN, SequenceTask
from rnnlab.engine.translate.text import WordOutput
from rnnlab.engine.translate.translation_cache import TranslationCache


@pytest.mark.parametrize("raw, lines, newline, written", [
    (b"a\nb\n", ["a", "b"], "\n", b"a\nb\n"),
    (b"a\nb", ["a", "b"], "\n", b"a\nb\n"),
    (b"a\r\n\r\nb\r\n", ["a", "", "b"], "\r\n", b"a\r\n\r\nb\r\n"),
    (b"a\r\n\r\nb", ["a", "", "b"], "\r\n", b"a\r\n\r\nb\r\n"),
    (b"a\rb\r", ["a", "b"], "\n", b"a\nb\n"),
    (b"a\r\nb\nc", ["a", "b", "c"], "\n", b"a\nb\nc\n"),
    (b"\xef\xbb\xbfa\n\n", ["a", ""], "\n", b"a\n\n"),
    (b"\n", [""], "\n", b"\n"),
    (b"", [], "\n", b""),
    ("é\u2028x\n".encode("utf-8"), ["é\u2028x"], "\n", "é\u2028x\n".encode("utf-8")),
])
def test_a_file_is_read_as_its_lines_and_written_back_laid_out_the_same_ending_in_a_line_break(tmp_path, raw, lines,
                                                                                             newline, written):
    path = tmp_path / "in.txt"
    path.write_bytes(raw)
    text_file = read_text_file(path)
    assert (text_file.lines, text_file.newline) == (lines, newline)
    out = tmp_path / "out.txt"
    write_text_file(out, text_file.text_of(text_file.lines))
    assert out.read_bytes() == written


def test_a_missing_file_and_a_folder_are_refused_with_the_reason(tmp_path):
    with pytest.raises(InputError, match="Cannot read .*nope.txt: No such file"):
        read_text_file(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="Is a directory"):
        read_text_file(tmp_path)
    with pytest.raises(OutputError, match="Could not write .*out.txt: its folder does not exist"):
        write_text_file(tmp_path / "no" / "out.txt", "x")


class _CountingTranslator:
    """Translates a sequence to its reverse (repeated beam-width times) and counts the model calls, behind the same
    cache the real ones use."""

    def __init__(self, task: SequenceTask = PIG_LATIN) -> None:
        self.task = task
        self.calls: list[list[str]] = []
        self._cache = TranslationCache()

    def translate_batch(self, words, beam_width=1):
        self.calls.append(list(words))
        return [WordOutput(w, w[::-1] * beam_width) for w in words]

    def translate_words(self, words, beam_width=1):
        return self._cache.translate(words, beam_width, self.translate_batch)


def test_a_file_goes_to_the_model_in_one_batch_and_each_line_is_answered_on_its_own():
    lines = ["the cat", "", "the dog", "cat!"]
    translator = _CountingTranslator()
    results = translate_lines_of(lines, translator, 1)
    assert [r.text for r in results] == ["eht tac", "", "eht god", "tac!"]
    assert translator.calls == [["cat", "dog", "the"]]
    assert [r.text for r in translate_lines_of(lines, translator, 2)][0] == "ehteht tactac"
    assert len(translator.calls) == 2


def test_a_line_task_file_has_each_line_as_one_sequence_in_one_batch():
    task = SequenceTask("reverse", "lines", "abc 123-", max_source_length=10, generation_cap=15)
    translator = _CountingTranslator(task)
    results = translate_lines_of(["abc 12", "", "  cab ", "abc 12", "x"], translator, 1)
    assert [r.text for r in results] == ["21 cba", "", "  bac ", "21 cba", "x"]
    assert [[w.typed for w in r.words] for r in results] == [["abc 12"], [], ["cab"], ["abc 12"], ["x"]]
    assert "never saw ('x')" in results[4].words[0].note
    assert translator.calls == [["abc 12", "cab"]]


def test_a_line_task_s_untranslatable_lines_are_left_empty_and_a_word_task_copies_what_it_cannot_translate():
    task = SequenceTask("reverse", "lines", "abc 123-", max_source_length=10, generation_cap=15)
    results = translate_lines_of(["abc 12", "", "x", "abc abc abc", "cab"], _CountingTranslator(task), 1)
    assert answer_lines(results, task) == (["21 cba", "", "", "", "bac"], [3, 4])
    assert "not translated" in results[2].words[0].note and "10-character limit" in results[3].words[0].note
    words = translate_lines_of(["the café", "2024!"], _CountingTranslator(), 1)
    assert answer_lines(words, PIG_LATIN) == (["eht café", "2024!"], [])
