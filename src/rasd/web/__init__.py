"""The analyst's page and HTTP API (``rasd serve``; needs the ``rasd[web]`` extra).

``create_app`` builds the FastAPI app (see :mod:`rasd.web.app`); ``serve`` runs it with
uvicorn, bound to 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import ipaddress
import sys
from typing import Any

__all__ = ["create_app", "serve", "loopback_hosts"]


def create_app(*args: Any, **kwargs: Any) -> Any:
    """Build the web app; see :func:`rasd.web.app.create_app`."""
    from rasd.web.app import create_app as _create_app

    return _create_app(*args, **kwargs)


def loopback_hosts(host: str) -> tuple[str, ...] | None:
    """The Host header values to accept when binding ``host``: the loopback names for a
    loopback address (so a DNS-rebinding page cannot talk to the server), else None (any)."""
    if host == "localhost":
        return ("127.0.0.1", "localhost")
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None
    if address.version == 4 and address.is_loopback:
        return ("127.0.0.1", "localhost", host)
    if address.is_loopback:  # ::1: the Host header carries it in brackets
        return ("[::1]", "localhost")
    return None


def serve(
    db_url: str | None = None,
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
    *,
    store: Any = None,
    announce: bool = True,
    log_level: str = "warning",
    tile_url: str | None = None,
) -> None:
    """Serve the page and API until interrupted (Ctrl-C).

    ``db_url``: the store to serve (default ``sqlite:///rasd.db`` or ``RASD_DB``); ``token``:
    protects write endpoints (also ``RASD_TOKEN``); ``tile_url``: a map tile URL template
    (default none: the bundled outlines). Prints the address when ``announce``.
    """
    try:
        import uvicorn
    except ModuleNotFoundError as exc:  # pragma: no cover - depends on the install
        raise RuntimeError("rasd serve needs the web extra: pip install 'rasd[web]'") from exc
    from rasd.web.app import create_app as _create_app
    from rasd.web.settings import WebSettings

    settings = WebSettings.from_env(db_url=db_url, token=token, allowed_hosts=loopback_hosts(host),
                                    tile_url=tile_url)
    opened = None
    if store is None:  # open it here, so a bad URL is a clear error before the server starts
        from rasd.store import open_store

        store = opened = open_store(settings.db_url)
    try:
        app = _create_app(store=store, settings=settings)
        if announce:
            shown = f"[{host}]" if ":" in host else host
            print(f"rasd: serving http://{shown}:{port}/  (API docs: http://{shown}:{port}/docs; Ctrl-C to stop)",
                  file=sys.stderr, flush=True)
        uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False)
    finally:
        if opened is not None:
            opened.close()
