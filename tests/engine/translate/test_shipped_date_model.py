"""The shipped date model (resources/dates/translator_attention.pt, made by the command in docs/translation-pad.md,
"The date example"): it reads held-out dates right, the command line's numpy reader writes what it writes, and its
alignment shows each part of the ISO answer (year, month, day) attending to where that part is written in the
source, whatever the format."""

from __future__ import annotations

import numpy as np
import pytest

from rnnlab.engine.resources import resource_path
from rnnlab.engine.translate.numpy_translator import NumpyTranslator
from rnnlab.engine.translate.pairs import read_pairs
from rnnlab.engine.translate.translator import Translator
from scripts.make_date_pairs import ORDINAL_SUFFIX, date_pairs

# Where each part sits in the ISO target "yyyy-mm-dd".
TARGET_PLACES = {"year": range(0, 4), "month": range(5, 7), "day": range(8, 10)}
SAMPLE = 400


@pytest.fixture(scope="module")
def model() -> Translator:
    return Translator.load(resource_path("dates", "translator_attention.pt"))


@pytest.fixture(scope="module")
def held_out(model):
    """The first SAMPLE held-out pairs of the model's training run (the shared split: never trained on), as the
    generator's records (which know where the year, month and day are written), and the model's outputs."""
    data = read_pairs(resource_path("dates", "date_pairs.tsv"))
    assert model.task == data.task
    _train, held = data.split(model.config.valid_fraction)
    made = {pair.source: pair for pair in date_pairs()}
    pairs = [made[source] for source, _target in held[:SAMPLE]]
    return pairs, model.translate_batch([pair.source for pair in pairs])


def test_the_model_reads_held_out_dates(held_out):
    pairs, outputs = held_out
    right = sum(output.output == pair.target for pair, output in zip(pairs, outputs, strict=True))
    assert right / len(pairs) >= 0.99


def test_the_command_lines_numpy_reader_writes_what_the_model_writes(model, held_out):
    pairs, outputs = held_out
    fast = NumpyTranslator.load(resource_path("dates", "translator_attention.pt"))
    assert fast.task == model.task
    for mine, theirs in zip(outputs[:50], fast.translate_batch([pair.source for pair in pairs[:50]]), strict=True):
        assert theirs.output == mine.output
        np.testing.assert_allclose(theirs.attention, mine.attention, atol=1e-5)


def _written_places(source_text: str, part: str) -> range:
    """The target characters of ``part`` that the source writes: all of them for a month name; for digits only
    the ones written (``3`` -> the day's second digit; ``'98`` -> the year's last two)."""
    places = TARGET_PLACES[part]
    if not source_text[:1].isdigit():
        return places
    return range(places.stop - len(ORDINAL_SUFFIX.sub("", source_text)), places.stop)


def test_year_month_and_day_attend_to_where_they_are_written(held_out):
    """The strongest weight of each target character the source writes falls on its part of the source (or the
    character either side: the bidirectional encoder's states there also carry it) for nearly every one."""
    pairs, outputs = held_out
    hits = {part: [] for part in TARGET_PLACES}
    for pair, output in zip(pairs, outputs, strict=True):
        if output.output != pair.target:
            continue
        for part, span in pair.spans().items():
            for place in _written_places(pair.source[span.start:span.stop], part):
                strongest = int(np.argmax(output.attention[place]))
                hits[part].append(span.start - 1 <= strongest <= span.stop)
    for part, found in hits.items():
        assert len(found) > SAMPLE and np.mean(found) >= 0.97, (part, np.mean(found))
