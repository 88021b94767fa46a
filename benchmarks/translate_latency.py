"""How long translating a 10-word sentence takes with the shipped models (target: at most 20 ms).

    python benchmarks/translate_latency.py

Each run uses a fresh translator cache, so every word goes through the model; the median of 50 runs is shown.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import torch  # noqa: E402

from rnnlab.engine.translate.pretrained import SHIPPED_FILES, load_shipped  # noqa: E402
from rnnlab.engine.translate.text import translate_text  # noqa: E402

SENTENCE = "The quick brown fox jumps over the lazy sleeping dog, twice."
RUNS = 50


def main() -> None:
    for attention in sorted(SHIPPED_FILES, reverse=True):
        translator = load_shipped(attention)
        times = []
        for _ in range(RUNS):
            translator._cache.clear()
            started = time.perf_counter()
            translate_text(SENTENCE, translator)
            times.append(time.perf_counter() - started)
        print(f"{attention:>8} attention: median {statistics.median(times) * 1000:.1f} ms, "
              f"best {min(times) * 1000:.1f} ms for 10 words (torch threads outside: {torch.get_num_threads()})")


if __name__ == "__main__":
    main()
