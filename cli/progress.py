"""A terminal progress bar for engine jobs: the CLI's counterpart of the GUI's RunControls."""

from __future__ import annotations

import sys

from tqdm import tqdm

from rnnlab.engine.jobs import Progress


class TerminalProgress:
    """A progress callback that draws a tqdm bar on stderr from each event's fraction and message."""

    def __init__(self, description: str, quiet: bool = False) -> None:
        self._bar = tqdm(total=1000, desc=description, file=sys.stderr, disable=quiet, leave=True,
                         bar_format="{desc}: {percentage:3.0f}%|{bar}| [{elapsed}<{remaining}] {postfix}")

    def __call__(self, event: Progress) -> None:
        target = int(min(max(event.fraction, 0.0), 1.0) * 1000)
        if event.message:
            self._bar.set_postfix_str(event.message, refresh=False)
        self._bar.update(target - self._bar.n)

    def close(self) -> None:
        """Finish the bar's line."""
        self._bar.close()

    def __enter__(self) -> "TerminalProgress":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
