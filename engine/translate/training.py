"""The training job: cross-entropy on a task's training pairs (the shipped Pig Latin words by default), the decoder
fed the true previous character (teacher forcing) unless a feeding policy says otherwise, held-out accuracy as it goes.

Batches are drawn from words of similar length (less padding), padded and masked; Adam, with a cosine
learning-rate decay to a tenth over a fixed number of epochs, or (Epochs auto, ``stopping``) a constant rate halved
on plateaus until the held-out accuracy stops rising; gradients clipped. The job checks the cancel token between
batches, reports the loss every batch and the held-out exact-word accuracy every couple of seconds and at each
epoch's end, and stops with TrainingDiverged if the loss stops being a finite number. It owns its randomness (a torch
generator for the weights; one numpy generator for the training pairs kept, the order of the words and the feeding
policy's choices; both from the seed) and trains on the configured device, changing no process-wide torch state;
the trained model comes back on the CPU. The step loop tells registered callbacks (``engine.training_loop``) of
every step, measurement and epoch's end.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, cast

import numpy as np
import torch
from torch import nn
from torch.optim.swa_utils import AveragedModel, get_ema_multi_avg_fn

from rnnlab.engine.errors import InputError, TrainingDiverged
from rnnlab.engine.jobs import CancelToken, Progress, ProgressFn
from rnnlab.engine.params import validate
from rnnlab.engine.plural import plural
from rnnlab.engine.runtime import describe_device, job_generator, resolve_device
from rnnlab.engine.training_loop import EpochEnd, EvaluationEnd, StepEnd, TrainingCallbacks
from rnnlab.engine.translate.config import PLATEAU, TranslatorConfig
from rnnlab.engine.translate.feeding import DecoderFeeding, feeding_of
from rnnlab.engine.translate.held_out import HeldOutSources
from rnnlab.engine.translate.metrics import Evaluation, evaluate
from rnnlab.engine.translate.model import Seq2Seq, build_empty
from rnnlab.engine.translate.pairs import Pair, PairsData, pig_latin_data
from rnnlab.engine.translate.stopping import EarlyStopping
from rnnlab.engine.translate.task import PAD, START, SequenceTask
from rnnlab.engine.translate.translator import Translator
from rnnlab.engine.translations import Message, translatable

if TYPE_CHECKING:
    from rnnlab.engine.translate.diagnosis import Diagnosis

_SIMILAR_LENGTH_POOL = 32


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
    _diagnosis: Diagnosis | None = field(default=None, repr=False, compare=False)

    def metrics(self) -> dict[str, float | int | None]:
        """What ``train-translator --metrics`` writes (``engine.translate.summary.metrics``)."""
        from rnnlab.engine.translate.summary import metrics

        return metrics(self)

    def diagnosis(self) -> Diagnosis:
        """The kept model's diagnosis on the held-out pairs it was graded on (``engine.translate.diagnosis``),
        computed once, when first asked for."""
        if self._diagnosis is None:
            from rnnlab.engine.translate.diagnosis import diagnose

            self._diagnosis = diagnose(self.translator, self.held_out)
        return self._diagnosis

    def curves(self) -> dict[str, np.ndarray]:
        """The loss and held-out accuracy curves (``engine.translate.summary.curves``)."""
        from rnnlab.engine.translate.summary import curves

        return curves(self)


def _encoded(task: SequenceTask, texts: list[str], prefix: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """``prefix`` + the ids of each text, padded with PAD into one array, and each text's length with its end token
    (not counting ``prefix``). Rows are filled one at a time, so a single id list is alive at once (hundreds of
    thousands of live lists made every garbage collection of the process long)."""
    lengths = np.fromiter((len(text) + 1 for text in texts), dtype=np.int64, count=len(texts))
    out = np.full((len(texts), int(lengths.max()) + len(prefix)), PAD, dtype=np.int64)
    for row, text in enumerate(texts):
        ids = prefix + task.encode(text)
        out[row, : len(ids)] = ids
    return out, lengths


@lru_cache(maxsize=2)
def _prepared(task: SequenceTask, pairs: tuple[Pair, ...]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Padded source and (start-prefixed) target ids of ``pairs`` and their lengths, kept for the next run in the
    same process: preparing the shipped words is a long stretch of Python."""
    sources, source_lengths = _encoded(task, [source for source, _target in pairs], [])
    targets, target_lengths = _encoded(task, [target for _source, target in pairs], [START])
    return sources, targets, source_lengths, target_lengths


def _best_text(stopping: EarlyStopping) -> str:
    best = stopping.best
    if best is None:
        return ""
    return Message(translatable("Engine", " · best {accuracy:.1%} at {where}"), accuracy=best.evaluation.accuracy,
                   where=best.where())


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
        if self.auto:
            return Message(translatable("Engine", "epoch {epoch:.1f}"), epoch=epoch)
        return Message(translatable("Engine", "epoch {epoch:.1f}/{epochs}"), epoch=epoch, epochs=self._epochs)


class TranslatorTraining:
    """The job ``training(progress, cancel) -> TranslatorResult`` for one configuration and one task's
    pairs (``data``; the shipped Pig Latin words when None). ``callbacks`` hear of every step (its loss), every
    held-out measurement and every epoch's end (accuracy and character error rate); ``feeding`` decides what the
    decoder is fed (by default the configuration's: teacher forcing, or its scheduled sampling)."""

    def __init__(self, config: TranslatorConfig, data: PairsData | None = None, eval_interval_s: float = 2.0,
                 clock: Callable[[], float] = time.monotonic, callbacks: TrainingCallbacks | None = None,
                 feeding: DecoderFeeding | None = None) -> None:
        self.config = validate(config)
        self.data = data
        self.eval_interval_s = eval_interval_s
        self.clock = clock
        self.callbacks = callbacks if callbacks is not None else TrainingCallbacks()
        self.feeding: DecoderFeeding = (feeding if feeding is not None
                                        else feeding_of(self.config.scheduled_sampling, self.config.sampling_decay))

    def _split(self, data: PairsData, rng: np.random.Generator) -> tuple[list[Pair], list[Pair]]:
        """The training and held-out pairs, cut to the configured counts (the training pairs kept drawn from
        ``rng``); InputError if either is empty or a held-out source is also trained on."""
        pairs, held_out = data.split(self.config.valid_fraction)
        if not pairs or not held_out:
            raise InputError(translatable("Engine", "Training needs at least one training pair and one held-out pair."))
        overlap = {source for source, _t in pairs} & {source for source, _t in held_out}
        if overlap:
            raise InputError(translatable("Engine", "{count} held-out sources are also training sources, e.g. "
                                                    "{example!r}."),
                             count=len(overlap), example=sorted(overlap)[0])
        if self.config.train_words is not None and self.config.train_words < len(pairs):
            pairs = [pairs[i] for i in sorted(rng.choice(len(pairs), self.config.train_words, replace=False))]
        if self.config.held_out_words is not None and self.config.held_out_words < len(held_out):
            held_out = held_out[: self.config.held_out_words]
        return pairs, held_out

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> TranslatorResult:
        """Train epoch after epoch until the fixed epochs end or early stopping says so; the run's one numpy
        generator, seeded with the configured seed, draws the training pairs kept, the order of the batches and the
        feeding policy's choices (the weights come from a torch generator with the same seed)."""
        rng = np.random.default_rng(self.config.seed)
        data = self.data if self.data is not None else pig_latin_data()
        run = _Run(self, data, *self._split(data, rng), rng, progress, cancel)
        next_eval = run.started + self.eval_interval_s
        while True:
            for rows in _batches(run.source_lengths, run.batch_size, rng):
                cancel.raise_if_cancelled()
                run.report_step(run.train_step(rows))
                if run.stopping is not None and run.stopping.out_of_time():
                    break
                if self.clock() >= next_eval and run.steps % run.batches_per_epoch:
                    next_eval = self._timed(run.measure, run.epochs_done())
            evaluation, stopped = run.end_epoch()
            if stopped:
                return run.result(evaluation, stopped)
            next_eval = self.clock() + self.eval_interval_s

    def _timed(self, measure: Callable[[float], Evaluation], epoch: float) -> float:
        """Run one held-out measurement; return when the next may start, so measuring takes at most ~1/5 of the time."""
        begun = self.clock()
        measure(epoch)
        now = self.clock()
        return now + max(self.eval_interval_s, 4 * (now - begun))


class _Run:
    """One training run in progress: the model, its optimiser and learning-rate schedule, early stopping (Epochs
    auto), the curves so far, and the step and measure functions the loop calls."""

    def __init__(self, job: TranslatorTraining, data: PairsData, pairs: list[Pair], held_out: list[Pair],
                 rng: np.random.Generator, progress: ProgressFn, cancel: CancelToken) -> None:
        config = self.config = job.config
        self.clock, self.callbacks, self.feeding = job.clock, job.callbacks, job.feeding
        self.rng, self.progress, self.cancel = rng, progress, cancel
        self.data, self.held_out_pairs = data, held_out
        self.held_out = [source for source, _target in held_out]
        self.references = [target for _source, target in held_out]
        self.held_out_sources = HeldOutSources(data.task, self.held_out)
        self.device = resolve_device(config.device)
        self.sources, self.targets, self.source_lengths, self.target_lengths = _prepared(data.task, tuple(pairs))
        self.model = build_empty(config, data.task.vocabulary_size).initialise(job_generator(config.seed)).to(
            self.device)
        self.device_name = describe_device(self.device)
        progress(TranslatorProgress(fraction=0.0, epoch=0.0, device=self.device_name,
                                    message=Message(translatable("Engine", "training on {device}"),
                                                    device=self.device_name)))
        self.optimiser = torch.optim.Adam(self.model.parameters(), lr=config.learning_rate)
        self.average = (AveragedModel(self.model, multi_avg_fn=get_ema_multi_avg_fn(config.weight_average))
                        if config.weight_average is not None else None)
        self.evaluated = self.model if self.average is None else cast(Seq2Seq, self.average.module)
        """The weights graded, kept and returned: the running average of the trained ones, or those themselves."""
        self.batch_size = config.planned_batch_size(data.task.is_pig_latin)
        self.batches_per_epoch = math.ceil(len(pairs) / self.batch_size)
        self.loss_fn = nn.CrossEntropyLoss(ignore_index=PAD)
        self.translator = Translator(self.evaluated, config, data.task)
        self.loss_curve: list[tuple[float, float]] = []
        self.accuracy_curve: list[tuple[float, float]] = []
        self.started = self.clock()
        self.epochs = config.planned_epochs(data.task.is_pig_latin)
        self.schedule = _Schedule(self.optimiser, config, self.epochs, self.batches_per_epoch)
        self.stopping = (EarlyStopping(config.patience, config.time_budget, self.clock, self.started)
                         if self.schedule.auto else None)
        self.steps = 0
        self.epochs_ended = 0
        self.model.train()

    def epochs_done(self) -> float:
        """Epochs done so far, fractional."""
        return self.steps / self.batches_per_epoch

    def fraction(self) -> float:
        """How far the run is: steps of the fixed epochs, or the share of the time budget spent (its limit)."""
        if self.epochs is not None:  # a fixed number of epochs: no early stopping
            return self.steps / (self.epochs * self.batches_per_epoch)
        return min(1.0, (self.clock() - self.started) / (60.0 * self.config.time_budget))

    def train_step(self, rows: np.ndarray) -> float:
        """One optimiser step on the training pairs ``rows``, the decoder fed as the feeding policy says; returns
        the batch's loss (TrainingDiverged if it is not a finite number)."""
        s_len, t_len = self.source_lengths[rows], self.target_lengths[rows]
        source = torch.from_numpy(self.sources[rows, : s_len.max()]).to(self.device)
        target = torch.from_numpy(self.targets[rows, : t_len.max() + 1]).to(self.device)
        target_in, target_out = target[:, :-1], target[:, 1:]
        own = self.feeding.own_predictions(self.steps, (target_in.size(0), target_in.size(1)), self.rng)
        logits = self.model(source, torch.from_numpy(s_len), target_in,
                            torch.from_numpy(own).to(self.device) if own is not None else None)
        loss = self.loss_fn(logits.reshape(-1, logits.size(-1)), target_out.reshape(-1))
        if not torch.isfinite(loss):
            raise TrainingDiverged(
                translatable("Engine", "The loss became {loss} at epoch {epoch}, step "
                                       "{step}: training diverged. Try a smaller learning rate or turn "
                                       "gradient clipping on."),
                loss=loss.item(), epoch=self.epochs_ended + 1, step=self.steps + 1)
        self.optimiser.zero_grad(set_to_none=True)
        loss.backward()
        if self.config.grad_clip is not None:
            nn.utils.clip_grad_norm_(self.model.parameters(), self.config.grad_clip)
        self.optimiser.step()
        if self.average is not None:
            self.average.update_parameters(self.model)
        self.schedule.stepped()
        self.steps += 1
        return float(loss.item())

    def report_step(self, loss: float) -> None:
        """Record a step's loss on the curve, in a progress event and to the callbacks."""
        epochs_done = self.epochs_done()
        self.loss_curve.append((epochs_done, loss))
        self.progress(TranslatorProgress(
            fraction=self.fraction(), at_most=self.stopping is not None, epoch=epochs_done, device=self.device_name,
            loss=loss, message=Message(translatable("Engine", "{device} · {epoch} · loss {loss:.3f}"),
                                       device=self.device_name, epoch=self.schedule.epoch_text(epochs_done),
                                       loss=loss)))
        self.callbacks.step_ended(StepEnd(step=self.steps, epoch=epochs_done, losses={"train": loss}))

    def measure(self, epoch: float, epoch_end: bool = False) -> Evaluation:
        """Grade the held-out pairs and report it; an epoch's end measurement of an auto run also counts
        for early stopping (the timed ones within an epoch only draw the curve)."""
        self.evaluated.eval()
        outputs = self.held_out_sources.outputs(self.evaluated, self.cancel.raise_if_cancelled)
        evaluation = evaluate(self.held_out, outputs, self.references)
        self.evaluated.train()
        self.accuracy_curve.append((epoch, evaluation.accuracy))
        if epoch_end and self.stopping is not None:
            self.stopping.measured(evaluation, epoch, self.steps, self.evaluated)
        self.progress(TranslatorProgress(
            fraction=self.fraction(), at_most=self.stopping is not None, epoch=epoch, device=self.device_name,
            accuracy=evaluation.accuracy, char_error_rate=evaluation.char_error_rate,
            message=Message(translatable("Engine", "{device} · {epoch} · held-out {accuracy:.1%}{best}"),
                            device=self.device_name, epoch=self.schedule.epoch_text(epoch),
                            accuracy=evaluation.accuracy,
                            best=_best_text(self.stopping) if self.stopping is not None else "")))
        self.callbacks.evaluated(EvaluationEnd(step=self.steps, epoch=epoch, figures=_figures(evaluation)))
        return evaluation

    def end_epoch(self) -> tuple[Evaluation, str]:
        """After a pass over the training pairs (or the part of one the time budget left): measure, tell the
        callbacks, and say why the run stops ("stopped: ...") or "" to go on."""
        self.epochs_ended += 1
        evaluation = self.measure(self.epochs_done(), epoch_end=True)
        self.callbacks.epoch_ended(EpochEnd(epoch=self.epochs_ended, step=self.steps, figures=_figures(evaluation)))
        if self.epochs is not None:  # a fixed number of epochs: no early stopping
            ended = self.epochs_ended == self.epochs
            return evaluation, (Message(translatable("Engine", "stopped: the {epochs} ended"),
                                        epochs=plural(self.epochs, "epoch")) if ended else "")
        assert self.stopping is not None, "a run without a fixed number of epochs stops early"
        self.schedule.measured(evaluation.accuracy)
        return evaluation, self.stopping.reason()

    def result(self, evaluation: Evaluation, stopped: str) -> TranslatorResult:
        """The run's result: the model kept (the best one with Epochs auto, else the last one, graded by
        ``evaluation``) back on the CPU."""
        kept = Message(translatable("Engine", "the model after the last step (step {step})"), step=self.steps)
        if self.stopping is not None:
            best = self.stopping.restore_best(self.evaluated)
            evaluation = best.evaluation
            kept = Message(translatable("Engine", "the best model, of {where} (step {step})"), where=best.where(),
                           step=best.step)
        self.progress(TranslatorProgress(fraction=1.0, epoch=self.epochs_done(), device=self.device_name,
                                         message=Message(translatable("Engine", "{device} · {stopped}"),
                                                         device=self.device_name, stopped=stopped)))
        self.evaluated.eval().cpu()
        self.translator.evaluation = evaluation.as_dict()
        return TranslatorResult(self.translator, evaluation, self.clock() - self.started, self.loss_curve,
                                self.accuracy_curve, self.held_out_pairs, self.data.source_name,
                                source_path=self.data.source_path, device=self.device_name, stopped=stopped, kept=kept)


def _figures(evaluation: Evaluation) -> dict[str, float]:
    """What the callbacks hear of a held-out measurement."""
    return {"accuracy": evaluation.accuracy, "char_error_rate": evaluation.char_error_rate}


def _batches(lengths: np.ndarray, batch_size: int, rng: np.random.Generator) -> list[np.ndarray]:
    """Shuffled batches of words of similar length: sort each pool of shuffled words by length, then cut."""
    order = rng.permutation(len(lengths))
    pool = batch_size * _SIMILAR_LENGTH_POOL
    batches: list[np.ndarray] = []
    for start in range(0, len(order), pool):
        chunk = order[start:start + pool]
        chunk = chunk[np.argsort(lengths[chunk], kind="stable")]
        batches.extend(chunk[i:i + batch_size] for i in range(0, len(chunk), batch_size))
    rng.shuffle(batches)
    return batches


def warm_up(progress: ProgressFn, cancel: CancelToken) -> None:
    """The job that takes a first retraining's one-off costs in the job process that will run it, while the pad
    is idle: building the first torch optimizer of a process imports torch._dynamo (hundreds of modules, sympy among
    them), and reading and encoding the shipped words is a long stretch of Python (in a thread of the app it stalled
    the pad's first showing)."""
    torch.optim.Adam([nn.Parameter(torch.zeros(1))])
    cancel.raise_if_cancelled()
    data = pig_latin_data()
    _prepared(data.task, data.pairs)
