"""The ``rasd`` subcommands, one module each (``add_parser(subparsers)`` and ``run(args)``),
and the argument types they share."""

from __future__ import annotations

import argparse
import datetime as dt

__all__ = ["iso_date"]


def iso_date(value: str) -> dt.date:
    """An argparse type for ``YYYY-MM-DD`` dates with a clear usage error."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None
