"""The lines a finished translator training is summed up in: the CLI prints them and the lab report quotes them."""

from __future__ import annotations

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
