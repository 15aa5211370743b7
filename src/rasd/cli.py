"""The ``rasd`` command line. Each subcommand lives in ``rasd.commands.<name>`` with
``add_parser(subparsers)`` and ``run(args) -> int``; a command module that is missing is
simply not offered."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any

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


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The ``rasd`` parser with every command, or with only the command ``only``: then
    only that command's module is imported, not what every other command needs."""
    parser = argparse.ArgumentParser(
        prog="rasd",
        description="rasd (رصد): Arabic news to entities, quotes, dates, places and conflict events.",
    )
    parser.add_argument("--version", action="version", version=f"rasd {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    if not _add_commands(sub, COMMANDS if only is None else (only,)) and only is not None:
        _add_commands(sub, COMMANDS)  # its module is missing: say so as for any unknown command
    return parser


def _add_commands(sub: Any, names: Sequence[str]) -> int:
    """Add the subcommands ``names`` whose modules exist; how many there were."""
    added = 0
    for name in names:
        try:
            module = importlib.import_module(f"rasd.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"rasd.commands.{name}":
                continue
            raise
        p = module.add_parser(sub)
        p.set_defaults(_run=module.run)
        added += 1
    return added


def _command_named(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names: its first word that is not an option (the top-level
    options take no value), when that is a command."""
    first = next((a for a in argv if not a.startswith("-")), None)
    return first if first in COMMANDS else None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(_command_named(argv))
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
