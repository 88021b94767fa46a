"""The training job: teacher-forced cross-entropy on a task's training pairs (the shipped Pig Latin words by
default), held-out accuracy as it goes.

Batches are drawn from words of similar length (less padding), padded and masked; Adam, with a cosine
learning-rate decay to a tenth over a fixed number of epochs, or (Epochs auto, ``stopping``) a constant rate halved
on plateaus until the held-out accuracy stops rising; gradients clipped. The job checks the cancel token between
batches, reports the loss every batch and the held-out exact-word accuracy every couple of seconds and at each
epoch's end, and stops with TrainingDiverged if the loss stops being a finite number. It owns its randomness (a torch
generator for the weights, a numpy generator for the order of the words, both from the seed) and trains on
the configured device, changing no process-wide torch state; the trained model comes back on the CPU.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

import numpy as np
import torch
from torch import nn

from rnnlab.engine.errors import InputError, TrainingDiverged
from rnnlab.engine.jobs import CancelToken, Progress, ProgressFn
from rnnlab.engine.params import validate
from rnnlab.engine.plural import plural
from rnnlab.engine.runtime import describe_device, job_generator, resolve_device
from rnnlab.engine.translate.config import PLATEAU, TranslatorConfig
from rnnlab.engine.translate.metrics import Evaluation, evaluate
from rnnlab.engine.translate.model import build_empty
from rnnlab.engine.translate.pairs import Pair, PairsData, pig_latin_data
from rnnlab.engine.translate.stopping import EarlyStopping
from rnnlab.engine.translate.task import PAD, START, SequenceTask
from rnnlab.engine.translate.translator import Translator

_SIMILAR_LENGTH_POOL = 32
_EVALUATION_CHUNK = 250


@dataclass(kw_only=True)
class TranslatorProgress(Progress):
    """One training report: epochs done (fractional), the batch loss, and held-out figures when measured."""

    epoch: float
    device: str = "CPU"
    loss: float | None = None
    accuracy: float | None = None
    char_error_rate: float | None = None


@dataclass
class TranslatorResult:
    """The trained translator, its held-out evaluation, the curves of the run and the pairs it was graded on; where
    the pairs came from (``source_path``: the pairs file, empty for Pig Latin), the device it trained on, why the run
    stopped ("stopped: ...") and which model it kept (the best one with Epochs auto, else the last)."""

    translator: Translator
    evaluation: Evaluation
    seconds: float
    loss_curve: list[tuple[float, float]] = field(default_factory=list)
    accuracy_curve: list[tuple[float, float]] = field(default_factory=list)
    held_out: list[Pair] = field(default_factory=list)
    source_name: str = ""
    source_path: str = ""
    device: str = ""
    stopped: str = ""
    kept: str = ""

    def metrics(self) -> dict[str, float | int]:
        """What ``train-translator --metrics`` writes (``engine.translate.summary.metrics``)."""
        from rnnlab.engine.translate.summary import metrics

        return metrics(self)

    def curves(self) -> dict[str, np.ndarray]:
        """The loss and held-out accuracy curves (``engine.translate.summary.curves``)."""
        from rnnlab.engine.translate.summary import curves

        return curves(self)


def _encoded(task: SequenceTask, texts: list[str], prefix: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """``prefix`` + the ids of each text, padded with PAD into one array, and each text's length with its end token
    (not counting ``prefix``). Rows are filled one at a time, so a single id list is alive at once (hundreds of
    thousands of live lists made every garbage collection of the process 50-120 ms)."""
    lengths = np.fromiter((len(text) + 1 for text in texts), dtype=np.int64, count=len(texts))
    out = np.full((len(texts), int(lengths.max()) + len(prefix)), PAD, dtype=np.int64)
    for row, text in enumerate(texts):
        ids = prefix + task.encode(text)
        out[row, : len(ids)] = ids
    return out, lengths


@lru_cache(maxsize=2)
def _prepared(task: SequenceTask, pairs: tuple[Pair, ...]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Padded source and (start-prefixed) target ids of ``pairs`` and their lengths, kept for the next run in the
    same process: preparing 59,000 words is about half a second of Python."""
    sources, source_lengths = _encoded(task, [source for source, _target in pairs], [])
    targets, target_lengths = _encoded(task, [target for _source, target in pairs], [START])
    return sources, targets, source_lengths, target_lengths


def _best_text(stopping: EarlyStopping) -> str:
    best = stopping.best
    return f" · best {best.evaluation.accuracy:.1%} at {best.where()}" if best is not None else ""


class _Schedule:
    """The learning rate of a run. A fixed number of epochs: a cosine from the configured rate down to a tenth of it
    at the last step. Epochs auto (the number of steps unknown): the configured rate, halved after ``PLATEAU``
    measurements in a row without a new best, never below a tenth of it."""

    def __init__(self, optimiser: torch.optim.Optimizer, config: TranslatorConfig, epochs: int | None,
                 batches_per_epoch: int) -> None:
        self.auto = epochs is None
        self._epochs = epochs
        if epochs is None:
            self._plateau = torch.optim.lr_scheduler.ReduceLROnPlateau(
                optimiser, mode="max", factor=0.5, patience=PLATEAU - 1, threshold=0.0,
                min_lr=config.learning_rate / 10)
        else:
            total = epochs * batches_per_epoch
            self._cosine = torch.optim.lr_scheduler.LambdaLR(
                optimiser, lambda step: 0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(step, total) / total)))

    def stepped(self) -> None:
        """After each optimiser step."""
        if not self.auto:
            self._cosine.step()

    def measured(self, accuracy: float) -> None:
        """After each epoch's held-out measurement (auto runs)."""
        self._plateau.step(accuracy)

    def epoch_text(self, epoch: float) -> str:
        """``epoch 2.5/4``, or ``epoch 2.5`` when the number of epochs is not known in advance."""
        return f"epoch {epoch:.1f}" + (f"/{self._epochs}" if not self.auto else "")


class TranslatorTraining:
    """The job ``training(progress, cancel) -> TranslatorResult`` for one configuration and one task's
    pairs (``data``; the shipped Pig Latin words when None)."""

    def __init__(self, config: TranslatorConfig, data: PairsData | None = None, eval_interval_s: float = 2.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.config = validate(config)
        self.data = data
        self.eval_interval_s = eval_interval_s
        self.clock = clock

    def _split(self, data: PairsData) -> tuple[list[Pair], list[Pair]]:
        """The training and held-out pairs, cut to the configured counts; InputError if either is empty or a
        held-out source is also trained on."""
        pairs, held_out = data.split(self.config.valid_fraction)
        if not pairs or not held_out:
            raise InputError("Training needs at least one training pair and one held-out pair.")
        overlap = {source for source, _t in pairs} & {source for source, _t in held_out}
        if overlap:
            raise InputError(f"{len(overlap)} held-out sources are also training sources, e.g. "
                             f"{sorted(overlap)[0]!r}.")
        rng = np.random.default_rng(self.config.seed)
        if self.config.train_words is not None and self.config.train_words < len(pairs):
            pairs = [pairs[i] for i in sorted(rng.choice(len(pairs), self.config.train_words, replace=False))]
        if self.config.held_out_words is not None and self.config.held_out_words < len(held_out):
            held_out = held_out[: self.config.held_out_words]
        return pairs, held_out

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> TranslatorResult:
        config = self.config
        clock = self.clock
        device = resolve_device(config.device)
        data = self.data if self.data is not None else pig_latin_data()
        task = data.task
        pairs, held_out_pairs = self._split(data)
        held_out = [source for source, _target in held_out_pairs]
        references = [target for _source, target in held_out_pairs]
        rng = np.random.default_rng(config.seed)
        source_array, target_array, source_lengths, target_lengths = _prepared(task, tuple(pairs))

        model = build_empty(config, task.vocabulary_size).initialise(job_generator(config.seed)).to(device)
        device_name = describe_device(device)
        progress(TranslatorProgress(fraction=0.0, epoch=0.0, device=device_name, message=f"training on {device_name}"))
        optimiser = torch.optim.Adam(model.parameters(), lr=config.learning_rate)
        batches_per_epoch = math.ceil(len(pairs) / config.batch_size)
        loss_fn = nn.CrossEntropyLoss(ignore_index=PAD)
        translator = Translator(model, config, task)
        loss_curve: list[tuple[float, float]] = []
        accuracy_curve: list[tuple[float, float]] = []
        started = clock()
        epochs = config.planned_epochs(task.is_pig_latin)
        schedule = _Schedule(optimiser, config, epochs, batches_per_epoch)
        stopping = EarlyStopping(config.patience, config.time_budget, clock, started) if schedule.auto else None
        next_eval = started + self.eval_interval_s
        step = 0

        def fraction() -> float:
            """How far the run is: steps of the fixed epochs, or the share of the time budget spent (its limit)."""
            if stopping is None:
                return step / (epochs * batches_per_epoch)
            return min(1.0, (clock() - started) / (60.0 * config.time_budget))

        def measure(epoch: float, epoch_end: bool = False) -> Evaluation:
            """Grade the held-out pairs and report it; an epoch's end measurement of an auto run also counts
            for early stopping (the timed ones within an epoch only draw the curve)."""
            model.eval()
            outputs = []
            for start in range(0, len(held_out), _EVALUATION_CHUNK):
                cancel.raise_if_cancelled()
                outputs += [r.output for r in translator.translate_batch(held_out[start:start + _EVALUATION_CHUNK])]
            evaluation = evaluate(held_out, outputs, references)
            model.train()
            accuracy_curve.append((epoch, evaluation.accuracy))
            if epoch_end and stopping is not None:
                stopping.measured(evaluation, epoch, step, model)
            progress(TranslatorProgress(
                fraction=fraction(), at_most=stopping is not None, epoch=epoch, device=device_name,
                accuracy=evaluation.accuracy, char_error_rate=evaluation.char_error_rate,
                message=f"{device_name} · {schedule.epoch_text(epoch)} · held-out {evaluation.accuracy:.1%}"
                        + (_best_text(stopping) if stopping is not None else "")))
            return evaluation

        model.train()
        stopped = ""
        epoch = 0
        while not stopped:
            for batch in self._batches(source_lengths, config.batch_size, rng):
                cancel.raise_if_cancelled()
                s_len, t_len = source_lengths[batch], target_lengths[batch]
                source = torch.from_numpy(source_array[batch, : s_len.max()]).to(device)
                target = torch.from_numpy(target_array[batch, : t_len.max() + 1]).to(device)
                target_in, target_out = target[:, :-1], target[:, 1:]
                logits = model(source, torch.from_numpy(s_len), target_in)
                loss = loss_fn(logits.reshape(-1, logits.size(-1)), target_out.reshape(-1))
                if not torch.isfinite(loss):
                    raise TrainingDiverged(
                        f"The loss became {loss.item()} at epoch {epoch + 1}, step {step + 1}: training diverged. "
                        "Try a smaller learning rate or turn gradient clipping on.")
                optimiser.zero_grad(set_to_none=True)
                loss.backward()
                if config.grad_clip is not None:
                    nn.utils.clip_grad_norm_(model.parameters(), config.grad_clip)
                optimiser.step()
                schedule.stepped()
                step += 1
                epochs_done = step / batches_per_epoch
                loss_curve.append((epochs_done, loss.item()))
                progress(TranslatorProgress(
                    fraction=fraction(), at_most=stopping is not None, epoch=epochs_done, device=device_name,
                    loss=loss.item(),
                    message=f"{device_name} · {schedule.epoch_text(epochs_done)} · loss {loss.item():.3f}"))
                if stopping is not None and stopping.out_of_time():
                    break
                if clock() >= next_eval and step % batches_per_epoch:
                    next_eval = self._timed(measure, epochs_done)
            epoch += 1
            epochs_done = step / batches_per_epoch
            evaluation = measure(epochs_done, epoch_end=True)
            if stopping is None:
                stopped = f"stopped: the {plural(epochs, 'epoch')} ended" if epoch == epochs else ""
            else:
                schedule.measured(evaluation.accuracy)
                stopped = stopping.reason()
            next_eval = clock() + self.eval_interval_s
        kept = f"the model after the last step (step {step})"
        if stopping is not None:
            best = stopping.restore_best(model)
            evaluation = best.evaluation
            kept = f"the best model, of {best.where()} (step {best.step})"
        progress(TranslatorProgress(fraction=1.0, epoch=step / batches_per_epoch, device=device_name,
                                    message=f"{device_name} · {stopped}"))
        model.eval().cpu()
        translator.evaluation = evaluation.as_dict()
        return TranslatorResult(translator, evaluation, clock() - started, loss_curve, accuracy_curve,
                                        held_out_pairs, data.source_name, source_path=data.source_path,
                                        device=device_name, stopped=stopped, kept=kept)

    def _timed(self, measure, epoch: float) -> float:
        """Run one held-out measurement; return when the next may start, so measuring takes at most ~1/5 of the time."""
        begun = self.clock()
        measure(epoch)
        now = self.clock()
        return now + max(self.eval_interval_s, 4 * (now - begun))

    @staticmethod
    def _batches(lengths: np.ndarray, batch_size: int, rng: np.random.Generator) -> list[np.ndarray]:
        """Shuffled batches of words of similar length: sort each pool of shuffled words by length, then cut."""
        order = rng.permutation(len(lengths))
        pool = batch_size * _SIMILAR_LENGTH_POOL
        batches = []
        for start in range(0, len(order), pool):
            chunk = order[start:start + pool]
            chunk = chunk[np.argsort(lengths[chunk], kind="stable")]
            batches.extend(chunk[i:i + batch_size] for i in range(0, len(chunk), batch_size))
        rng.shuffle(batches)
        return batches


def warm_up(progress: ProgressFn, cancel: CancelToken) -> None:
    """The job that takes a first retraining's one-off costs in the job process that will run it, while the pad
    is idle: building the first torch optimizer of a process imports torch._dynamo (about 800 modules, sympy among
    them: 2-4 s here), and reading and encoding the shipped words is about half a second of Python (in a thread of
    the app it stalled the pad's first showing to 130-200 ms)."""
    torch.optim.Adam([nn.Parameter(torch.zeros(1))])
    cancel.raise_if_cancelled()
    data = pig_latin_data()
    _prepared(data.task, data.pairs)
