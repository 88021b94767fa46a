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


def metrics(result: TranslatorResult) -> dict[str, float | int]:
    """What ``train-translator --metrics`` writes: the kept model's held-out exact accuracy (whole words, or whole
    lines of a task of pairs) and character error rate, the epochs trained (fractional when a time budget ended one
    early) and the seconds the training took."""
    evaluation = result.evaluation
    epochs = result.loss_curve[-1][0] if result.loss_curve else 0.0
    return {"exact": evaluation.accuracy, "char_error_rate": evaluation.char_error_rate,
            "epochs_run": int(epochs) if float(epochs).is_integer() else round(epochs, 3),
            "train_seconds": round(result.seconds, 3)}


def curves(result: TranslatorResult) -> dict[str, np.ndarray]:
    """The training loss per step and the held-out accuracy at each measurement, as (epoch, value) rows."""
    return {name: np.asarray(points, dtype=np.float64).reshape(-1, 2)
            for name, points in (("loss", result.loss_curve), ("accuracy", result.accuracy_curve))}
