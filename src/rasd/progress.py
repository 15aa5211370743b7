"""A small progress bar for long runs: count, rate and ETA on stderr, only on a terminal."""

from __future__ import annotations

import sys
import time
from typing import TextIO

__all__ = ["Progress"]


class Progress:
    """``with Progress(total, "analyze") as bar: bar.advance()``.

    Draws at most ten times a second, and only when ``stream`` is a terminal (or
    ``force``); ``total`` may be None when unknown (no ETA then).
    """

    def __init__(self, total: int | None = None, label: str = "", stream: TextIO | None = None,
                 force: bool = False, min_interval: float = 0.1) -> None:
        self.total = total
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = force or (hasattr(self.stream, "isatty") and self.stream.isatty())
        self.count = 0
        self.errors = 0
        self.start = time.monotonic()
        self._last = 0.0
        self.min_interval = min_interval

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def advance(self, n: int = 1, error: bool = False) -> None:
        self.count += n
        if error:
            self.errors += 1
        now = time.monotonic()
        if self.enabled and (now - self._last >= self.min_interval or self.count == self.total):
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.start, 1e-9)
        rate = self.count / elapsed
        if self.total:
            frac = min(self.count / self.total, 1.0)
            width = 24
            filled = int(frac * width)
            bar = "#" * filled + "-" * (width - filled)
            eta = (self.total - self.count) / rate if rate > 0 else 0.0
            line = f"{self.label} [{bar}] {self.count}/{self.total} {rate:.1f}/s ETA {_fmt(eta)}"
        else:
            line = f"{self.label} {self.count} {rate:.1f}/s {_fmt(elapsed)}"
        if self.errors:
            line += f" errors {self.errors}"
        self.stream.write("\r" + line + "\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.count:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()


def _fmt(seconds: float) -> str:
    seconds = int(seconds)
    h, rem = divmod(seconds, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"
