"""The lines a finished translator training is summed up in: the CLI prints them and the lab report quotes them."""

from __future__ import annotations

import numpy as np

from rnnlab.engine.plural import plural
from rnnlab.engine.translate.training import TranslatorResult


def summary_lines(result: TranslatorResult) -> list[str]:
    """Held-out exact accuracy (whole words, or whole lines of a task of pairs) of the kept model, character error
    rate and time; why the run stopped and which model it kept (with Epochs auto: the best epoch's); then the accuracy
    by source length."""
    evaluation = result.evaluation
    unit = "word" if result.translator.task.is_pig_latin else "pair"
    return [f"held-out exact-{unit} accuracy {evaluation.accuracy:.2%} on {plural(evaluation.words, unit)}, "
            f"character error rate {evaluation.char_error_rate:.4f}, {result.seconds:.0f} s",
            f"{result.stopped}; kept {result.kept}",
            "by source length: " + ", ".join(f"{n}: {b.accuracy:.1%}" for n, b in evaluation.by_length.items())]


LENGTH_METRICS = tuple(f"exact_length_q{k}" for k in range(1, 5))
"""The exact accuracy of the diagnosis's source-length buckets, shortest first (Pig Latin: 1-5, 6-8, 9-11 and 12
or more letters; a task of pairs: its quartiles); null for a bucket without pairs."""
DIAGNOSIS_METRICS = ("exact_teacher_forced", "char_accuracy_free", "char_accuracy_teacher_forced", "recovery_free",
                     "recovery_teacher_forced", "recovery_gap", "recovery_free_edit")


def metrics(result: TranslatorResult) -> dict[str, float | int | None]:
    """What ``train-translator --metrics`` writes: the kept model's held-out exact accuracy (whole words, or whole
    lines of a task of pairs) and character error rate, the epochs trained (fractional when a time budget ended one
    early) and the seconds the training took; then the diagnosis of the kept model on the same held-out pairs
    (``engine.translate.diagnosis``): teacher-forced and character figures, the recovery after the first mistake and
    the exact accuracy by source length, so that an experiment can compare them over seeds."""
    evaluation = result.evaluation
    epochs = result.loss_curve[-1][0] if result.loss_curve else 0.0
    figures: dict[str, float | int | None] = {
        "exact": evaluation.accuracy, "char_error_rate": evaluation.char_error_rate,
        "epochs_run": int(epochs) if float(epochs).is_integer() else round(epochs, 3),
        "train_seconds": round(result.seconds, 3)}
    diagnosed = result.diagnosis().metrics()
    figures.update({name: diagnosed[name] for name in DIAGNOSIS_METRICS})
    buckets = diagnosed["by_length"]
    figures.update({name: buckets[k]["exact_free"] if k < len(buckets) else None
                    for k, name in enumerate(LENGTH_METRICS)})
    return figures


def curves(result: TranslatorResult) -> dict[str, np.ndarray]:
    """The training loss per step and the held-out accuracy at each measurement, as (epoch, value) rows."""
    return {name: np.asarray(points, dtype=np.float64).reshape(-1, 2)
            for name, points in (("loss", result.loss_curve), ("accuracy", result.accuracy_curve))}
