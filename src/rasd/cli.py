"""The ``rasd`` command line. Each subcommand lives in ``rasd.commands.<name>`` with
``add_parser(subparsers)`` and ``run(args) -> int``; a command module that is missing is
simply not offered."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from rasd import __version__

__all__ = ["main", "COMMANDS"]

#: Subcommands in the order ``rasd --help`` lists them.
COMMANDS: tuple[str, ...] = (
    "analyze",
    "ingest",
    "events",
    "batch",
    "serve",
    "demo",
    "eval",
    "train",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rasd",
        description="rasd (رصد): Arabic news to entities, quotes, dates, places and conflict events.",
    )
    parser.add_argument("--version", action="version", version=f"rasd {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"rasd.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"rasd.commands.{name}":
                continue
            raise
        p = module.add_parser(sub)
        p.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "_run", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args._run(args) or 0)
    except KeyboardInterrupt:
        print("rasd: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (rasd ... | head): not an error
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
