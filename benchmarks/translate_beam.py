"""Held-out exact accuracy and decoding time of the shipped translators by beam width (greedy is width 1).

    python benchmarks/translate_beam.py [--widths 1 2 3 5] [--model FILE [--pairs PAIRS.tsv]]

Runs the torch-free translator (``NumpyTranslator``, what ``translate --beam-width K`` runs) on the held-out dictionary
and rule-branch words, graded by the rule; with ``--pairs``, a line-task model on the held-out share of its pairs file
(the same fixed split training holds out, ``--valid-fraction`` as trained). Times are for the whole held-out set in one
process, widths in turn, and given as a ratio to greedy's time so a busy machine does not hide the cost; the load
average is printed with them.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rnnlab.engine.translate.numpy_translator import NumpyTranslator  # noqa: E402
from rnnlab.engine.translate.pairs import read_pairs  # noqa: E402
from rnnlab.engine.translate.pig_latin import pig_latin  # noqa: E402
from rnnlab.engine.translate.pretrained import SHIPPED_FILES, shipped_model_path  # noqa: E402
from rnnlab.engine.translate.words import validation_branch_words, validation_words  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--widths", type=int, nargs="+", default=[1, 2, 3, 5])
    parser.add_argument("--model", help="a model file (default: both shipped Pig Latin models)")
    parser.add_argument("--pairs", help="the pairs file the --model was trained on (grade on its held-out pairs)")
    parser.add_argument("--valid-fraction", type=float, default=0.05)
    args = parser.parse_args()
    if args.pairs:
        held_out = read_pairs(args.pairs).split(args.valid_fraction)[1]
        words, rule = [s for s, _t in held_out], [t for _s, t in held_out]
    else:
        words = list(validation_words()) + list(validation_branch_words())
        rule = [pig_latin(w) for w in words]
    models = {Path(args.model).name: args.model} if args.model else {k: shipped_model_path(k) for k in SHIPPED_FILES}
    for name, path in models.items():
        translator = NumpyTranslator.load(path)
        greedy_seconds = None
        for width in args.widths:
            started = time.perf_counter()
            outputs = [r.output for r in translator.translate_batch(words, width)]
            seconds = time.perf_counter() - started
            greedy_seconds = greedy_seconds or seconds
            correct = sum(o == r for o, r in zip(outputs, rule, strict=True))
            print(f"{name:>9} width {width:>2}: {correct / len(words):7.2%} exact of {len(words)} held-out sequences, "
                  f"{seconds:5.1f} s ({seconds / greedy_seconds:.1f} x width 1's)")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
