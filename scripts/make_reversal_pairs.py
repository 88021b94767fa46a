"""Make a string-reversal pairs file for the pair-task benchmark: random strings of letters and digits -> reversed.

    python scripts/make_reversal_pairs.py --out /tmp/reversal.tsv [--count 20000] [--seed 16]
    python benchmarks/pair_task.py --pairs /tmp/reversal.tsv

Not shipped with the app: a benchmark task whose every output character must come from one input position,
the case attention is made for. Lengths are uniform in 3..20, characters uniform over a-z, A-Z and 0-9, sources
distinct. Writes UTF-8, ``source<TAB>target`` a line, no header.
"""

from __future__ import annotations

import argparse
import random
import string
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ALPHABET = string.ascii_letters + string.digits
SHORTEST, LONGEST = 3, 20
DEFAULT_COUNT = 20_000
DEFAULT_SEED = 16


def reversal_pairs(count: int = DEFAULT_COUNT, seed: int = DEFAULT_SEED) -> list[tuple[str, str]]:
    """``count`` (source, reversed source) pairs with distinct sources, the same for the same ``seed``."""
    rng = random.Random(seed)
    sources: dict[str, None] = {}
    while len(sources) < count:
        sources.setdefault("".join(rng.choices(ALPHABET, k=rng.randint(SHORTEST, LONGEST))))
    return [(s, s[::-1]) for s in sources]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="the pairs file to write (TSV, UTF-8)")
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT, help="number of pairs (distinct sources)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of the draw")
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("--count must be at least 1")
    sys.path.insert(0, str(ROOT))
    from rnnlab.engine.translate.line_files import write_text_file

    write_text_file(args.out, "".join(f"{s}\t{t}\n" for s, t in reversal_pairs(args.count, args.seed)))
    print(f"wrote {args.count} pairs to {args.out}")


if __name__ == "__main__":
    main()
