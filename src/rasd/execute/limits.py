"""Bounds on the work one article may cost: a size cap and a time budget.

An article over the size cap (``--max-article-kb``, ``RASD_MAX_ARTICLE_KB``; UTF-8 size of
its text, or of its HTML page over :data:`HTML_FACTOR` times the cap) is skipped with a
message naming it and both sizes; ``rasd ingest`` records it in the store's error log. An
article whose analysis runs past the time budget (``--article-timeout``,
``RASD_ARTICLE_TIMEOUT``; seconds) is stopped and skipped the same way, so one hostile
article never holds up the stream around it. The budget uses ``SIGALRM`` and therefore
applies in a process's main thread (the CLI and every worker process); elsewhere (the
web server's threads) the size cap alone bounds the work.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType

__all__ = [
    "DEFAULT_ARTICLE_TIMEOUT",
    "DEFAULT_MAX_ARTICLE_KB",
    "HTML_FACTOR",
    "ArticleTimeout",
    "Limits",
    "time_budget",
]

#: Default size cap in KB of UTF-8 text (news articles are rarely over 50 KB).
DEFAULT_MAX_ARTICLE_KB = 1024
#: Default time budget per article in seconds (a 1 MB article takes about 10 s).
DEFAULT_ARTICLE_TIMEOUT = 120.0
#: An HTML page may be this many times the cap (markup, scripts and styles).
HTML_FACTOR = 8


class ArticleTimeout(BaseException):
    """Raised inside an article's analysis when its time budget is spent.

    A ``BaseException``, as ``KeyboardInterrupt`` is: the stages' guards that keep odd text
    from failing the pipeline (``except Exception`` in places, events ...) must not swallow
    it, or an article over its budget would come out analysed without its places or events
    and a bare warning, instead of being reported as timed out."""


def _env_number(name: str, default: float) -> float:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"{name} must be a number, not {raw!r}") from None
    if value < 0:
        raise ValueError(f"{name} must not be negative, not {raw!r}")
    return value


@dataclass(frozen=True, slots=True)
class Limits:
    """The per-article bounds (0 turns one off). Plain data: it travels to workers."""

    max_kb: int = DEFAULT_MAX_ARTICLE_KB
    timeout_s: float = DEFAULT_ARTICLE_TIMEOUT

    @classmethod
    def from_env(cls, max_kb: int | None = None, timeout_s: float | None = None) -> Limits:
        """The given values, else ``RASD_MAX_ARTICLE_KB`` / ``RASD_ARTICLE_TIMEOUT``, else
        the defaults. ValueError for a bad environment value."""
        kb = max_kb if max_kb is not None else int(_env_number("RASD_MAX_ARTICLE_KB", DEFAULT_MAX_ARTICLE_KB))
        secs = timeout_s if timeout_s is not None else _env_number("RASD_ARTICLE_TIMEOUT", DEFAULT_ARTICLE_TIMEOUT)
        if kb < 0 or secs < 0:
            raise ValueError("the size cap and the time budget must not be negative")
        return cls(int(kb), float(secs))

    def size_error(self, text: str | None, html: str | None = None) -> str | None:
        """Why an article of this text (or HTML page) is too large, or None."""
        if not self.max_kb:
            return None
        if text is not None:
            kb = _kb(text)
            if kb > self.max_kb:
                return (f"skipped: the article is {kb:,} KB, over the size cap of {self.max_kb:,} KB "
                        "(--max-article-kb or RASD_MAX_ARTICLE_KB raise it)")
        if html is not None:
            kb = _kb(html)
            if kb > self.max_kb * HTML_FACTOR:
                return (f"skipped: the HTML page is {kb:,} KB, over the size cap of {self.max_kb * HTML_FACTOR:,} KB "
                        f"for pages ({HTML_FACTOR} times --max-article-kb)")
        return None

    def timeout_message(self) -> str:
        return (f"skipped: analysis ran past the time budget of {self.timeout_s:g} s per article "
                "(--article-timeout or RASD_ARTICLE_TIMEOUT raise it)")


def _kb(text: str) -> int:
    return (len(text.encode("utf-8", errors="surrogatepass")) + 1023) // 1024


def _on_alarm(_signum: int, _frame: FrameType | None) -> None:
    raise ArticleTimeout()


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise :class:`ArticleTimeout` in the block after ``seconds`` (0: no budget). Only
    in the main thread of a process where ``SIGALRM`` exists; elsewhere it does nothing."""
    usable = (seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
