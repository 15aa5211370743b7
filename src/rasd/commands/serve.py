"""``rasd serve [--db URL] [--host 127.0.0.1] [--port 8000] [--token TOKEN]``: the page and API."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

__all__ = ["add_parser", "run"]


def add_parser(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "serve",
        help="serve the analyst's page (map, timeline, events, articles) and the HTTP API",
        description=(
            "Serve the analyst's page and the HTTP API (OpenAPI at /docs). Binds 127.0.0.1 "
            "unless --host says otherwise; with --token (or RASD_TOKEN), POST /api/analyze "
            "needs 'Authorization: Bearer TOKEN'."
        ),
    )
    p.add_argument("--db", default=None, help="store URL (default: RASD_DB or sqlite:///rasd.db)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    p.add_argument("--token", default=None, help="token that write endpoints require (default: RASD_TOKEN, else none)")
    p.add_argument("--tiles", default=None, metavar="osm|URL",
                   help="draw map tiles from the internet: 'osm' for OpenStreetMap or a URL template "
                        "(default: RASD_TILE_URL, else none: the bundled country outlines, and no third "
                        "party learns what you look at)")
    p.add_argument("--no-token", action="store_true",
                   help="listen on a non-loopback --host without a token (anyone who can reach it can run analyses)")
    return p


def run(args: argparse.Namespace) -> int:
    if not 0 < args.port < 65536:
        print(f"rasd serve: --port must be between 1 and 65535, not {args.port}", file=sys.stderr)
        return 2
    try:
        import fastapi  # noqa: F401
        import uvicorn  # noqa: F401
    except ModuleNotFoundError:
        print("rasd serve: the web extra is not installed: pip install 'rasd[web]'", file=sys.stderr)
        return 2
    from rasd.web import loopback_hosts, serve

    if loopback_hosts(args.host) is None and not (args.token or os.environ.get("RASD_TOKEN")):
        if not args.no_token:
            print(f"rasd serve: refusing to listen on {args.host} without a token: anyone who can reach it "
                  "could run analyses and store documents; give --token (or RASD_TOKEN), or --no-token "
                  "to serve it open anyway", file=sys.stderr)
            return 2
        print(f"rasd serve: warning: listening on {args.host} without a token (--no-token)", file=sys.stderr)
    try:
        from rasd.web.settings import tile_url_option

        tiles = tile_url_option(args.tiles) if args.tiles is not None else None
        serve(args.db, args.host, args.port, args.token, tile_url=tiles)
    except ValueError as exc:  # bad settings (token too short, bad tile URL, ...)
        print(f"rasd serve: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:
        name = type(exc).__name__
        if name == "StoreError":
            print(f"rasd serve: cannot open the store: {exc}", file=sys.stderr)
            return 1
        raise
    return 0
