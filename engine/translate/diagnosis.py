"""Where a translator's mistakes come from: the first wrong character on a correct prefix, or what follows it.

Every held-out pair is decoded twice on the same batch: free running (greedy: each step is fed the model's own
previous character) and teacher forced (each step is fed the true previous character; the model's most likely
character at every position is its prediction there). Both are compared with the target position by position, the
target's end token included (``L + 1`` positions for ``L`` characters).

With greedy decoding a wrong output always starts with a step that mispredicts on a correct prefix, and up to that
step the two decodings compute the same states, so ``exact_free == exact_teacher_forced`` for any model; exposure bias
(Ranzato et al. 2016: trained on true prefixes, run on its own) can only change what comes *after* the first mistake.
So that is where it is measured: on each wrong word, the accuracy of the remaining positions continuing from the
model's own mistake (free) against being given the true prefix from there on (teacher forced); their difference is
the share of those characters that compounding, not capacity, gets wrong (He et al. 2021 find self-recovery; Arora
et al. 2022 error accumulation). Accuracy by source length shows the bottleneck: without attention the decoder sees
the source only through the encoder's last state (Bahdanau, Cho & Bengio 2015, figure 2).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

import numpy as np
import torch

from rnnlab.engine.errors import InputError
from rnnlab.engine.jobs import CancelToken, Progress, ProgressFn
from rnnlab.engine.plural import plural
from rnnlab.engine.translate.metrics import edit_distance
from rnnlab.engine.translate.model import Seq2Seq, pad_batch
from rnnlab.engine.translate.pairs import Pair, PairsData
from rnnlab.engine.translate.task import END, PAD, START, SequenceTask
from rnnlab.engine.translate.translator import Translator
from rnnlab.engine.translations import Message, translatable

PIG_LATIN_BUCKETS: tuple[tuple[int, int | None], ...] = ((1, 5), (6, 8), (9, 11), (12, None))
"""Source-length buckets of a Pig Latin diagnosis (None: no upper bound); a task of pairs uses its quartiles."""
RELATIVE_BINS = 10
_BATCH = 500


@dataclass
class PairScores:
    """Per diagnosed pair: its source length, its target's positions (characters + end), the positions right free
    running and teacher forced, the first wrong position (free running; -1 for an exact output) and, after it,
    the positions right free running and teacher forced, and the edit distance between the free-running output's
    rest and the target's (shift-tolerant: a dropped or added character costs one edit, not the whole rest)."""

    source_lengths: np.ndarray
    positions: np.ndarray
    right_free: np.ndarray
    right_teacher_forced: np.ndarray
    first_error: np.ndarray
    after_right_free: np.ndarray
    after_right_teacher_forced: np.ndarray
    after_edits_free: np.ndarray

    @property
    def exact_free(self) -> np.ndarray:
        """True where the free-running output is the target exactly (its end included)."""
        exact: np.ndarray = self.right_free == self.positions
        return exact

    @property
    def exact_teacher_forced(self) -> np.ndarray:
        """True where the teacher-forced prediction is right at every position."""
        exact: np.ndarray = self.right_teacher_forced == self.positions
        return exact


@dataclass
class LengthBucket:
    """The pairs whose source has ``min_length`` to ``max_length`` characters (None: no upper bound)."""

    min_length: int
    max_length: int | None
    count: int
    exact_free: float | None
    char_accuracy_free: float | None

    def label(self) -> str:
        """``1-5``, ``12+``, ``7``."""
        if self.max_length is None:
            return f"{self.min_length}+"
        return str(self.min_length) if self.min_length == self.max_length else f"{self.min_length}-{self.max_length}"


@dataclass
class Diagnosis:
    """A model's mistakes on held-out pairs (see the module's docstring): what ``rnnlab diagnose`` prints and writes,
    the pad's Diagnose panel draws and the report holds."""

    model: str
    task: str
    scores: PairScores
    by_length: list[LengthBucket]
    notes: list[str] = field(default_factory=list)

    @property
    def pairs_used(self) -> int:
        """How many pairs were diagnosed."""
        return len(self.scores.positions)

    @property
    def wrong_words(self) -> int:
        """Pairs whose free-running output is not exactly the target."""
        return int((~self.scores.exact_free).sum())

    def exact_free(self) -> float:
        """Share of the pairs whose free-running (greedy) output is exactly the target."""
        return _share(self.scores.exact_free.sum(), self.pairs_used)

    def exact_teacher_forced(self) -> float:
        """Share of the pairs whose teacher-forced prediction is right at every position (equal to ``exact_free``
        for a greedy decoder)."""
        return _share(self.scores.exact_teacher_forced.sum(), self.pairs_used)

    def char_accuracy_free(self) -> float:
        """Target positions (end included) where the free-running output has the target's character."""
        return _share(self.scores.right_free.sum(), self.scores.positions.sum())

    def char_accuracy_teacher_forced(self) -> float:
        """Target positions (end included) where the prediction given the true prefix is the target's character."""
        return _share(self.scores.right_teacher_forced.sum(), self.scores.positions.sum())

    def _after(self) -> tuple[np.ndarray, np.ndarray]:
        """The wrong words with positions after their first error, and how many positions that is for each."""
        scores = self.scores
        remaining = scores.positions - scores.first_error - 1
        wrong = (scores.first_error >= 0) & (remaining > 0)
        return wrong, remaining

    @property
    def recovery_words(self) -> int:
        """Wrong words with at least one position after the first error (an error at the end token has none)."""
        return int(self._after()[0].sum())

    def recovery(self) -> tuple[float | None, float | None]:
        """(free, teacher forced): the accuracy of the positions after the first mistake, averaged over the wrong
        words that have any; None without such words."""
        wrong, remaining = self._after()
        if not wrong.any():
            return None, None
        free = self.scores.after_right_free[wrong] / remaining[wrong]
        forced = self.scores.after_right_teacher_forced[wrong] / remaining[wrong]
        return float(free.mean()), float(forced.mean())

    def recovery_free_edit(self) -> float | None:
        """Free-running recovery that tolerates shifts: ``1 - edits / remaining positions`` (at least 0) of the rest
        after the first mistake, averaged over the same wrong words; None without such words."""
        wrong, remaining = self._after()
        if not wrong.any():
            return None
        return float(np.maximum(0.0, 1.0 - self.scores.after_edits_free[wrong] / remaining[wrong]).mean())

    def first_error_histogram(self) -> list[tuple[int, int]]:
        """(position, wrong words whose first wrong character is there), position 1 for the first character."""
        first = self.scores.first_error[self.scores.first_error >= 0] + 1
        if not len(first):
            return []
        counts = np.bincount(first)
        return [(position, int(counts[position])) for position in range(1, len(counts))]

    def relative_first_error_histogram(self) -> list[tuple[float, float, int]]:
        """(from, to, count) in ``RELATIVE_BINS`` bins of the first error's place in the target: 0 its first
        character, 1 its end token (the position's index over the target's length)."""
        scores = self.scores
        wrong = scores.first_error >= 0
        relative = scores.first_error[wrong] / np.maximum(scores.positions[wrong] - 1, 1)
        counts, edges = np.histogram(relative, bins=RELATIVE_BINS, range=(0.0, 1.0))
        return [(round(float(edges[k]), 2), round(float(edges[k + 1]), 2), int(counts[k]))
                for k in range(RELATIVE_BINS)]

    def error_shares(self) -> tuple[int, int, int, int]:
        """The free-running output's wrong positions split: (all, first errors on a correct prefix, later ones the
        model also gets wrong with the true prefix, compounding: later ones right with the true prefix but wrong
        after its own mistake, net of the reverse)."""
        scores = self.scores
        wrong, remaining = self._after()
        total = int((scores.positions - scores.right_free).sum())
        first = self.wrong_words
        later_free = int((remaining - scores.after_right_free)[wrong].sum())
        later_forced = int((remaining - scores.after_right_teacher_forced)[wrong].sum())
        return total, first, later_forced, later_free - later_forced

    def verdict(self) -> Message:
        """One sentence attributing the wrong words and the wrong characters after their first error."""
        if self.wrong_words == 0:
            return Message(translatable("Engine", "Every one of the {pairs:,} pairs was translated exactly: there is "
                                                  "no mistake to explain."), pairs=self.pairs_used)
        total, first, later, compounding = self.error_shares()
        free, forced = self.recovery()
        counts = {"pairs": self.pairs_used, "share": _share(self.wrong_words, self.pairs_used),
                  "first": _share(first, total), "total": total}
        sentence = (Message(translatable("Engine", "The one wrong output ({share:.1%} of {pairs:,}) starts with a "
                                                   "first error on a correct prefix (capacity or the bottleneck, "
                                                   "which exposure bias cannot cause), {first:.0%} of the {total:,} "
                                                   "wrong characters"),
                            **counts)
                    if self.wrong_words == 1 else
                    Message(translatable("Engine", "All {wrong:,} wrong outputs ({share:.1%} of {pairs:,}) start with "
                                                   "a first error on a correct prefix (capacity or the bottleneck, "
                                                   "which exposure bias cannot cause), {first:.0%} of the {total:,} "
                                                   "wrong characters"), wrong=self.wrong_words, **counts))
        if free is None or forced is None:
            return Message(translatable("Engine", "{sentence}; every first error is at the end token, so nothing "
                                                  "follows it to compound."), sentence=sentence)
        if compounding > 0:
            return Message(translatable("Engine", "{sentence}; compounding (exposure bias) accounts for "
                                                  "{compounding:,} ({compounding_share:.0%}): after the first "
                                                  "mistake the model gets {free:.1%} of the remaining characters "
                                                  "right (position by position) continuing from its own output and "
                                                  "{forced:.1%} given the true prefix, and the other {later:.0%} it "
                                                  "gets wrong either way."),
                           sentence=sentence, compounding=compounding, compounding_share=_share(compounding, total),
                           free=free, forced=forced, later=_share(later, total))
        return Message(translatable("Engine", "{sentence}; none is "
                                              "compounding (exposure bias): after the first mistake it gets "
                                              "{free:.1%} of the remaining characters right (position by position) "
                                              "continuing from its own output and {forced:.1%} given the true "
                                              "prefix, and {later:.0%} of the wrong characters it gets wrong either "
                                              "way."), sentence=sentence, free=free, forced=forced,
                       later=_share(later, total))

    def metrics(self) -> dict[str, Any]:
        """What ``rnnlab diagnose --metrics`` writes: the flat numbers first, then the histograms, the buckets and
        the verdict."""
        free, forced = self.recovery()
        return {
            "pairs_used": self.pairs_used, "exact_free": self.exact_free(),
            "exact_teacher_forced": self.exact_teacher_forced(), "char_accuracy_free": self.char_accuracy_free(),
            "char_accuracy_teacher_forced": self.char_accuracy_teacher_forced(), "wrong_words": self.wrong_words,
            "recovery_words": self.recovery_words, "recovery_free": free, "recovery_teacher_forced": forced,
            "recovery_gap": forced - free if free is not None and forced is not None else None,
            "recovery_free_edit": self.recovery_free_edit(),
            "first_error_position": {
                "absolute": [{"position": p, "count": c} for p, c in self.first_error_histogram()],
                "relative": [{"from": a, "to": b, "count": c} for a, b, c in self.relative_first_error_histogram()]},
            "by_length": [{"min_length": b.min_length, "max_length": b.max_length, "count": b.count,
                           "exact_free": b.exact_free, "char_accuracy_free": b.char_accuracy_free}
                          for b in self.by_length],
            "verdict": self.verdict(), "model": self.model, "task": self.task,
        }

    def summary_lines(self) -> list[str]:
        """What ``rnnlab diagnose`` prints."""
        free, forced = self.recovery()
        lines = [f"{self.model} on {plural(self.pairs_used, 'held-out pair')}: exact {self.exact_free():.2%} free "
                 f"running, {self.exact_teacher_forced():.2%} teacher forced; characters right "
                 f"{self.char_accuracy_free():.2%} free, {self.char_accuracy_teacher_forced():.2%} teacher forced"]
        if free is not None and forced is not None:
            lines.append(f"after the first mistake ({plural(self.recovery_words, 'wrong output')}): {free:.1%} of the "
                         f"remaining characters right free running ({self.recovery_free_edit():.1%} allowing for "
                         f"shifts), {forced:.1%} teacher forced (difference {forced - free:+.1%})")
        lines.append("by source length: " + ", ".join(
            f"{b.label()}: {_percent(b.exact_free)} ({b.count:,})" for b in self.by_length))
        lines.append(self.verdict())
        return lines


def _share(part: float, whole: float) -> float:
    return float(part) / float(whole) if whole else 0.0


def _percent(share: float | None) -> str:
    return "–" if share is None else f"{share:.1%}"


def length_buckets(task: SequenceTask, source_lengths: np.ndarray) -> list[tuple[int, int | None]]:
    """The source-length buckets: Pig Latin's fixed ones, else the quartiles of the lengths (each bucket ends at a
    length that occurs; fewer than four when the lengths are few)."""
    if task.is_pig_latin:
        return list(PIG_LATIN_BUCKETS)
    if not len(source_lengths):
        return []
    uppers = sorted({int(q) for q in np.quantile(source_lengths, [0.25, 0.5, 0.75, 1.0], method="lower")}
                    | {int(source_lengths.max())})
    buckets: list[tuple[int, int | None]] = []
    low = int(source_lengths.min())
    for high in uppers:
        if high >= low:
            buckets.append((low, high))
            low = high + 1
    return buckets


def _bucket(scores: PairScores, low: int, high: int | None) -> LengthBucket:
    inside = (scores.source_lengths >= low) & (scores.source_lengths <= (high if high is not None else np.inf))
    count = int(inside.sum())
    if not count:
        return LengthBucket(low, high, 0, None, None)
    exact = float((scores.right_free[inside] == scores.positions[inside]).mean())
    characters = _share(scores.right_free[inside].sum(), scores.positions[inside].sum())
    return LengthBucket(low, high, count, exact, characters)


def usable_pairs(task: SequenceTask, pairs: Sequence[Pair]) -> tuple[list[Pair], list[str]]:
    """The pairs a model of ``task`` can be diagnosed on (source and target of its characters, the source within
    its length limit), and a note for those left out; InputError if none is left."""
    kept = [(s, t) for s, t in pairs if task.can_encode(s) and t and not task.unknown_characters(t)]
    notes: list[str] = []
    if len(kept) < len(pairs):
        left_out = len(pairs) - len(kept)
        notes.append(Message(translatable("Engine", "1 pair left out: characters the model was never taught, or a "
                                                    "source over {length} characters.") if left_out == 1 else
                             translatable("Engine", "{count:,} pairs left out: characters the model was never taught, "
                                                    "or a source over {length} characters."),
                             count=left_out, length=task.max_source_length))
    if not kept:
        raise InputError(translatable("Engine", "None of the pairs can be given to this model: nothing to diagnose."))
    return kept, notes


def score_pairs(translator: Translator, pairs: Sequence[Pair], cancel: CancelToken | None = None,
                done: Callable[[float], None] | None = None) -> PairScores:
    """Decode ``pairs`` (all usable by the model) free running and teacher forced, in batches on the CPU, and score
    both against the targets position by position; ``done`` hears the share of the pairs scored after each batch."""
    model, task = translator.model.eval(), translator.task
    parts: list[list[np.ndarray]] = [[] for _ in range(8)]
    for start in range(0, len(pairs), _BATCH):
        if cancel is not None:
            cancel.raise_if_cancelled()
        for part, values in zip(parts, _score_batch(model, task, pairs[start:start + _BATCH]), strict=True):
            part.append(values)
        if done is not None:
            done(min(1.0, (start + _BATCH) / len(pairs)))
    return PairScores(*(np.concatenate(part) if part else np.zeros(0, dtype=np.int64) for part in parts))


def _score_batch(model: Seq2Seq, task: SequenceTask, pairs: Sequence[Pair]) -> tuple[np.ndarray, ...]:
    source, lengths = pad_batch([task.encode(s) for s, _t in pairs])
    target, target_lengths = pad_batch([[START] + task.encode(t) for _s, t in pairs])
    target_in, target_out = target[:, :-1], target[:, 1:]
    steps = target_out.size(1)
    with torch.inference_mode():
        forced = model(source, lengths, target_in).argmax(dim=-1)
        generated, _ = model.greedy(source, lengths, task.generation_cap)
    free = generated[:, :steps]
    if free.size(1) < steps:
        free = torch.cat([free, torch.full((free.size(0), steps - free.size(1)), PAD, dtype=free.dtype)], dim=1)
    positions = target_lengths - 1
    inside = torch.arange(steps).unsqueeze(0) < positions.unsqueeze(1)
    right_free = (free == target_out) & inside
    right_forced = (forced == target_out) & inside
    wrong_free = ~right_free & inside
    any_wrong = wrong_free.any(dim=1)
    first = torch.where(any_wrong, wrong_free.int().argmax(dim=1), torch.full_like(positions, -1))
    after = torch.arange(steps).unsqueeze(0) > first.unsqueeze(1)
    after = after & any_wrong.unsqueeze(1)
    counts = tuple(t.numpy().astype(np.int64) for t in (
        lengths - 1, positions, right_free.sum(dim=1), right_forced.sum(dim=1), first,
        (right_free & after).sum(dim=1), (right_forced & after).sum(dim=1)))
    return (*counts, _edits_after(generated.numpy(), target_out.numpy(), counts[4], counts[1]))


def _edits_after(free: np.ndarray, target: np.ndarray, first: np.ndarray, positions: np.ndarray) -> np.ndarray:
    """Per pair, the edit distance between the free-running output's tokens after the first error (up to its end
    token; none when the first error is an early end) and the target's (0 for an exact output)."""
    edits = np.zeros(len(first), dtype=np.int64)
    for row in np.flatnonzero(first >= 0):
        output = free[row].tolist()
        output = output[: output.index(END) + 1] if END in output else output
        expected = target[row, first[row] + 1:positions[row]].tolist()
        edits[row] = edit_distance("".join(map(chr, output[first[row] + 1:])), "".join(map(chr, expected)))
    return edits


def diagnose(translator: Translator, pairs: Sequence[Pair], cancel: CancelToken | None = None,
             name: str = "", done: Callable[[float], None] | None = None) -> Diagnosis:
    """The diagnosis of ``translator`` on ``pairs`` (those it cannot read left out, with a note), named ``name``
    (default: its attention kind); ``done`` hears how far it is (0..1)."""
    kept, notes = usable_pairs(translator.task, pairs)
    scores = score_pairs(translator, kept, cancel, done)
    buckets = [_bucket(scores, low, high) for low, high in length_buckets(translator.task, scores.source_lengths)]
    return Diagnosis(name or model_name(translator), translator.task.title, scores, buckets, notes)


def model_name(translator: Translator) -> str:
    """``no attention`` or ``additive attention``: how the pad and the report name a model."""
    return "no attention" if translator.attention == "none" else f"{translator.attention} attention"


@dataclass
class DiagnosisJob:
    """The job ``(progress, cancel) -> list[Diagnosis]``: each model of ``models`` (name, translator; all of one
    task) diagnosed on the same pairs, in order: ``pairs``, or when None the task's held-out pairs
    (``held_out_of``: Pig Latin's held-out words, else the share ``valid_fraction`` of ``data`` held out), read in
    the job since reading the shipped words is a long stretch of Python."""

    models: list[tuple[str, Translator]]
    pairs: list[Pair] | None = None
    data: PairsData | None = None
    valid_fraction: float = 0.05

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> list[Diagnosis]:
        task = self.models[0][1].task
        pairs = self.pairs if self.pairs is not None else held_out_of(task, self.data, self.valid_fraction)
        diagnoses = []
        for k, (name, translator) in enumerate(self.models):
            def done(share: float, k: int = k, name: str = name) -> None:
                message = Message(translatable("Engine", "diagnosing {name}"), name=name)
                progress(Progress(fraction=(k + share) / len(self.models), message=message))

            diagnoses.append(diagnose(translator, pairs, cancel, name, done))
        return diagnoses


def held_out_of(task: SequenceTask, data: PairsData | None, valid_fraction: float) -> list[Pair]:
    """The held-out pairs a model of ``task`` is diagnosed on by default: the shipped 2,000 held-out words for Pig
    Latin (graded by the rule), else the share ``valid_fraction`` of ``data`` (the task's pairs) that is held out,
    never trained on; InputError for a task of pairs given without its pairs."""
    if task.is_pig_latin:
        from rnnlab.engine.translate.pairs import pig_latin_data

        return list(pig_latin_data().fixed_held_out)
    if data is None or data.task != task:
        raise InputError(translatable("Engine", "This model is of a task of pairs whose pairs are not at hand: give "
                                                "its held-out pairs (a pairs file) to diagnose it on."))
    return data.split(valid_fraction)[1]
