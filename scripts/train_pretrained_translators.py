"""Train the two translators the pad ships with, from the shipped word list and a fixed seed.

Run from the project root (minutes per model; both can run at once):

    python scripts/train_pretrained_translators.py                      # both models, one after the other
    python scripts/train_pretrained_translators.py --attention additive # only the attention model

Writes resources/piglatin/translator_attention.pt (additive attention) and translator_plain.pt (no
attention), and prints each one's held-out accuracy overall and by word length.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rnnlab.engine.jobs import CancelToken  # noqa: E402
from rnnlab.engine.runtime import configure_torch  # noqa: E402
from rnnlab.engine.translate.config import TranslatorConfig  # noqa: E402
from rnnlab.engine.translate.training import TranslatorProgress, TranslatorTraining  # noqa: E402

RECIPES = {
    "additive": ("translator_attention.pt", TranslatorConfig(attention="additive", hidden_size=64, epochs=8, seed=7,
                                                                 device="cpu")),
    "none": ("translator_plain.pt", TranslatorConfig(attention="none", hidden_size=64, epochs=4, seed=7, device="cpu")),
}


def _report(started: float):
    def progress(event: TranslatorProgress) -> None:
        if event.accuracy is not None:
            print(f"{time.monotonic() - started:7.1f} s  epoch {event.epoch:5.2f}  held-out accuracy "
                  f"{event.accuracy:.2%}  CER {event.char_error_rate:.4f}", flush=True)
    return progress


def train(attention: str) -> None:
    """Train one recipe and save it beside the word lists."""
    file_name, config = RECIPES[attention]
    result = TranslatorTraining(config, eval_interval_s=30.0)(_report(time.monotonic()), CancelToken())
    path = ROOT / "resources" / "piglatin" / file_name
    result.translator.save(path)
    path.chmod(0o644)
    evaluation = result.evaluation
    print(f"{file_name}: {evaluation.accuracy:.2%} exact on {evaluation.words} held-out words, "
          f"CER {evaluation.char_error_rate:.4f}, {result.seconds:.0f} s")
    print("  by length: " + ", ".join(f"{n}:{b.accuracy:.1%}({b.words})" for n, b in evaluation.by_length.items()))
    print("  mistakes: " + ", ".join(f"{s}->{o}" for s, o, _ in evaluation.mistakes[:20]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attention", choices=sorted(RECIPES), help="train only this recipe")
    args = parser.parse_args()
    configure_torch()
    for attention in [args.attention] if args.attention else list(RECIPES):
        train(attention)


if __name__ == "__main__":
    main()
