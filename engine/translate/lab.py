"""The translator lab (``engine.labs``): a run is a configuration and its task: a pairs file with the task's title,
or the shipped English -> Pig Latin words.

Torch-free: ``rnnlab translate`` reads the checkpoint kind from here without importing torch, and the job imports
the training when it runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rnnlab.engine.errors import InputError
from rnnlab.engine.jobs import CancelToken
from rnnlab.engine.labs import FromScratch
from rnnlab.engine.translate.config import TranslatorConfig
from rnnlab.engine.translations import translatable

if TYPE_CHECKING:
    from rnnlab.engine.report.document import Report
    from rnnlab.engine.translate.pairs import PairsData
    from rnnlab.engine.translate.training import TranslatorResult, TranslatorTraining

CHECKPOINT_KIND = "translator"


@dataclass(frozen=True)
class TranslatorRun:
    """One translator training: the settings and the task, the pairs file ``pairs`` (with ``title``, the task's name;
    None: the file's name) or, without one, English -> Pig Latin on the shipped words."""

    config: TranslatorConfig
    pairs: str | None = None
    title: str | None = None

    def __post_init__(self) -> None:
        if self.title is not None and self.pairs is None:
            raise InputError(translatable("Engine", "A title names a task of pairs: give it with a pairs file."))

    @classmethod
    def on(cls, config: TranslatorConfig, data: PairsData | None) -> TranslatorRun:
        """The run of ``config`` on pairs already read: their file and their task's title (Pig Latin for None, and
        for pairs that come from no file, which only a job given them as inputs can train on)."""
        if data is None or not data.source_path:
            return cls(config)
        return cls(config, data.source_path, data.task.title)


class TranslatorLab:
    """The translator: a character-level GRU encoder-decoder, with or without attention, trained from scratch."""

    name = "translator"
    settings = TranslatorConfig
    run_type = TranslatorRun
    checkpoint_kind = CHECKPOINT_KIND
    headline_metric = "exact"
    metric_names = ("exact", "char_error_rate", "epochs_run", "train_seconds", "exact_teacher_forced",
                    "char_accuracy_free", "char_accuracy_teacher_forced", "recovery_free", "recovery_teacher_forced",
                    "recovery_gap", "recovery_free_edit", "exact_length_q1", "exact_length_q2", "exact_length_q3",
                    "exact_length_q4")

    def load(self, run: TranslatorRun, cancel: CancelToken | None = None) -> PairsData | None:
        """The pairs file read as its author meant (its notes say what was skipped); None for Pig Latin, whose
        shipped words the training reads itself."""
        if run.pairs is None:
            return None
        from rnnlab.engine.translate.pairs import read_pairs

        return read_pairs(run.pairs, run.title)

    def job(self, run: TranslatorRun, inputs: PairsData | None = None
            ) -> TranslatorTraining | FromScratch[TranslatorResult]:
        """The training job of ``run`` on ``inputs`` (the run's pairs as read; None for Pig Latin), its settings
        checked now. A run of a pairs file without its pairs reads them in the job."""
        if inputs is None and run.pairs is not None:
            return FromScratch(self, run)
        from rnnlab.engine.translate.training import TranslatorTraining

        return TranslatorTraining(run.config, inputs)

    def report(self, run: TranslatorRun, inputs: PairsData | None, result: TranslatorResult) -> Report:
        """The lab report: task, settings, metrics, curves, mistakes and alignments (from the result alone)."""
        from rnnlab.engine.report.translate_report import translator_report

        return translator_report(result)


TRANSLATOR = TranslatorLab()
