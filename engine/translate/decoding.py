"""Beam search's bookkeeping, shared by the torch model and the numpy translator (torch-free).

A decoder (``Seq2Seq.beam_search`` or ``NumpyTranslator``) runs the network on ``batch x width`` hypotheses at a
time and hands each step's logits and attention rows to :class:`BeamSearch`, which ranks the continuations, says
which hypotheses' states to carry on and which characters to feed next, and at the end traces back the chosen
output. Keeping the choosing in one place means the two decoders choose alike by construction; only their
arithmetic differs (float32 logits within ~1e-6 of each other).

The search is the classic shrinking beam (Cho et al.'s and Sutskever et al.'s decoders): each step keeps the
``room`` best continuations of the live hypotheses, where ``room`` is the width less the hypotheses already
finished; one that emits END is finished and keeps its score, and the output is the best finished hypothesis.
With width 1 this is greedy decoding exactly: the one best continuation each step, stopping at END.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from rnnlab.engine.translate.task import END, PAD, START


def log_softmax(logits: np.ndarray) -> NDArray[np.float64]:
    """``log p`` of every token from float32 logits, in float64 so that summing a whole output's log-probabilities
    never turns two different logits into a tie (which would let rank and argmax disagree)."""
    x = np.asarray(logits, dtype=np.float64)
    top = x.max(axis=-1, keepdims=True)
    log_p: NDArray[np.float64] = x - (top + np.log(np.exp(x - top).sum(axis=-1, keepdims=True)))
    return log_p


class BeamSearch:
    """The hypotheses of a batch of sources, ``width`` per source, scored by the plain sum of their log-probabilities.

    Why no length normalisation: a sum of log-probabilities only falls as an output grows, so once a source's best
    finished hypothesis scores at least its best live one, no live one can overtake it and the search stops there
    without changing the answer; and width 1 stays exactly greedy. Normalising by length exists to stop open-ended
    translation from preferring short outputs; here the output's length follows from the input (a Pig Latin word is
    two or three characters longer, an ISO date always ten), so the sum is the model's own probability of the whole
    output, which is what it was trained to make high.

    Slots are laid out source-major: hypothesis ``k`` of source ``b`` is row ``b * width + k`` of every array the
    decoder passes in. Live hypotheses fill the first slots of their source in rank order; the rest score -inf.
    """

    def __init__(self, batch: int, width: int) -> None:
        if width < 1:
            raise ValueError(f"beam width must be at least 1, got {width}")
        self.batch, self.width = batch, width
        self.scores = np.full((batch, width), -np.inf)
        self.scores[:, 0] = 0.0
        self.finished_count = np.zeros(batch, dtype=np.int64)
        self.best_score = np.full(batch, -np.inf)
        self.best_step = np.full(batch, -1, dtype=np.int64)
        self.best_parent = np.zeros(batch, dtype=np.int64)
        self.done = np.zeros(batch, dtype=bool)
        self._tokens: list[np.ndarray] = []
        self._parents: list[np.ndarray] = []
        self._weights: list[np.ndarray | None] = []

    @property
    def finished(self) -> bool:
        """True once every source's answer is settled (its best finished hypothesis beats all its live ones)."""
        return bool(self.done.all())

    def first_tokens(self) -> np.ndarray:
        """What every slot is fed at the first step: the start token."""
        return np.full(self.batch * self.width, START, dtype=np.int64)

    def advance(self, logits: np.ndarray, weights: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        """Take one step: ``logits`` (batch * width, vocabulary) and the attention rows (batch * width, source) or
        None, computed from each slot's hypothesis. Returns, per new slot, the flat row whose decoder state it
        continues and the token to feed it next."""
        batch, width = self.batch, self.width
        vocabulary = logits.shape[-1]
        step = len(self._tokens)
        candidates = (self.scores[:, :, None] + log_softmax(logits).reshape(batch, width, vocabulary))
        candidates = candidates.reshape(batch, width * vocabulary)
        order = np.argsort(-candidates, axis=1, kind="stable")[:, :width]
        ranked = np.take_along_axis(candidates, order, axis=1)
        parents, tokens = order // vocabulary, order % vocabulary
        room = width - self.finished_count
        kept = (np.arange(width)[None, :] < room[:, None]) & np.isfinite(ranked)
        ending = kept & (tokens == END) & ~self.done[:, None]
        self._record_finished(step, ending, ranked, parents)
        live = kept & (tokens != END)
        layout = np.argsort(~live, axis=1, kind="stable")
        live = np.take_along_axis(live, layout, axis=1)
        parents = np.take_along_axis(parents, layout, axis=1)
        tokens = np.where(live, np.take_along_axis(tokens, layout, axis=1), PAD)
        self.scores = np.where(live, np.take_along_axis(ranked, layout, axis=1), -np.inf)
        self._tokens.append(tokens)
        self._parents.append(parents)
        self._weights.append(None if weights is None else np.asarray(weights).reshape(batch, width, -1))
        self.done |= self.best_score >= self.scores[:, 0]
        rows = (np.arange(batch)[:, None] * width + parents).reshape(-1)
        return rows, tokens.reshape(-1)

    def _record_finished(self, step: int, ending: np.ndarray, ranked: np.ndarray, parents: np.ndarray) -> None:
        """Count the hypotheses that emitted END and keep each source's best (the first in rank order; a later one
        replaces it only if strictly better)."""
        self.finished_count += ending.sum(axis=1)
        first = ending.argmax(axis=1)
        rows = np.arange(self.batch)
        score = ranked[rows, first]
        better = ending.any(axis=1) & (score > self.best_score)
        self.best_score[better] = score[better]
        self.best_step[better] = step
        self.best_parent[better] = parents[rows, first][better]

    def _path(self, row: int, step: int, slot: int) -> tuple[list[int], list[np.ndarray]]:
        """The tokens and attention rows of the hypothesis in ``slot`` after ``step`` (-1: the empty start)."""
        tokens, rows = [], []
        for s in range(step, -1, -1):
            parent = int(self._parents[s][row, slot])
            tokens.append(int(self._tokens[s][row, slot]))
            weights = self._weights[s]
            if weights is not None:
                rows.append(weights[row, parent])
            slot = parent
        return tokens[::-1], rows[::-1]

    def result(self) -> tuple[np.ndarray, np.ndarray | None]:
        """The chosen output per source, as greedy decoding returns it: ids (batch, steps) with PAD after END, and
        the attention (batch, steps, source) of that output (zero after its END), or None without attention.

        A source with a finished hypothesis gets its best one; one cut at the cap without any gets its best live
        hypothesis, unfinished (as greedy returns it)."""
        paths = []
        for row in range(self.batch):
            step = int(self.best_step[row])
            if step >= 0:
                parent = int(self.best_parent[row])
                tokens, rows = self._path(row, step - 1, parent)
                tokens.append(END)
                weights = self._weights[step]
                if weights is not None:
                    rows.append(weights[row, parent])
            else:
                tokens, rows = self._path(row, len(self._tokens) - 1, 0)
            paths.append((tokens, rows))
        steps = max(len(tokens) for tokens, _ in paths)
        ids = np.full((self.batch, steps), PAD, dtype=np.int64)
        attention = None
        if self._weights and self._weights[0] is not None:
            attention = np.zeros((self.batch, steps, self._weights[0].shape[-1]), dtype=self._weights[0].dtype)
        for row, (tokens, rows) in enumerate(paths):
            ids[row, : len(tokens)] = tokens
            if attention is not None:
                attention[row, : len(rows)] = rows
        return ids, attention
