"""A terminal progress bar for engine jobs: the CLI's counterpart of the GUI's RunControls."""

from __future__ import annotations

import sys

from tqdm import tqdm

from rnnlab.engine.jobs import Progress

_ESTIMATE = "{desc}: {percentage:3.0f}%|{bar}| [{elapsed}<{remaining}] {postfix}"
_AT_MOST = "{desc}: {percentage:3.0f}%|{bar}| [{elapsed}, at most {remaining} left] {postfix}"
"""A job whose fraction is the share of a limit (``Progress.at_most``) may stop well before the time tqdm reckons."""


class TerminalProgress:
    """A progress callback that draws a tqdm bar on stderr from each event's fraction and message, and writes each
    event's notice above it (even when quiet: the rows a run uses, what it will cost)."""

    def __init__(self, description: str, quiet: bool = False) -> None:
        self._bar = tqdm(total=1000, desc=description, file=sys.stderr, disable=quiet, leave=True,
                         bar_format=_ESTIMATE)

    def __call__(self, event: Progress) -> None:
        if event.notice:
            self._bar.write(f"note: {event.notice}", file=sys.stderr)
        self._bar.bar_format = _AT_MOST if event.at_most else _ESTIMATE
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
