"""Settings of the web page and HTTP API (``rasd serve``).

Every setting has a safe default; environment variables (``RASD_*``) override the defaults and
explicit arguments override both. The server binds 127.0.0.1 unless told otherwise, limits
request bodies, and protects write endpoints with a token when one is set.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit

__all__ = [
    "DEFAULT_DB_URL",
    "DEFAULT_HOST",
    "DEFAULT_MAX_BODY_BYTES",
    "DEFAULT_PORT",
    "DEFAULT_TILE_ATTRIBUTION",
    "DEFAULT_TILE_URL",
    "OSM_TILE_URL",
    "WebSettings",
    "tile_url_option",
]

DEFAULT_DB_URL = "sqlite:///rasd.db"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
#: Request bodies larger than this are refused with 413 (1 MiB: a long article is ~50 KB).
DEFAULT_MAX_BODY_BYTES = 1024 * 1024
#: OpenStreetMap's tile server: used only when asked for (``rasd serve --tiles osm`` or
#: ``RASD_TILE_URL=osm``), since every tile fetched tells a third party where the analyst looks.
OSM_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
#: By default the page draws the bundled country outlines and asks no tile server.
DEFAULT_TILE_URL: str | None = None
DEFAULT_TILE_ATTRIBUTION = "© OpenStreetMap contributors"
#: The most events the page's map and table load for one filter.
DEFAULT_MAX_EVENTS = 5000


def tile_url_option(value: str) -> str | None:
    """A tile setting as typed: ``osm`` for OpenStreetMap's tiles, ``none``/``off`` for none,
    else a URL template."""
    key = value.strip().lower()
    if key in ("none", "off", "0", ""):
        return None
    if key in ("osm", "openstreetmap"):
        return OSM_TILE_URL
    return value.strip()


def _env(name: str) -> str | None:
    value = os.environ.get(name)
    return value if value not in (None, "") else None


@dataclass(frozen=True, slots=True)
class WebSettings:
    """What ``create_app`` needs besides the store.

    ``token``: when set, write endpoints (``POST /api/analyze``) need
    ``Authorization: Bearer <token>`` (or ``X-Rasd-Token``). ``tile_url``: a Leaflet tile URL
    template, or None (the default) for no internet tiles: the bundled country outlines are
    always drawn, and tiles are an explicit option.
    ``allowed_hosts``: Host header values accepted (None: any); ``serve`` sets it to the
    loopback names when binding a loopback address, which stops DNS-rebinding pages from
    reading the API.
    """

    db_url: str = DEFAULT_DB_URL
    token: str | None = None
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    tile_url: str | None = DEFAULT_TILE_URL
    tile_attribution: str = DEFAULT_TILE_ATTRIBUTION
    max_events: int = DEFAULT_MAX_EVENTS
    allowed_hosts: tuple[str, ...] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_env(cls, **overrides: Any) -> WebSettings:
        """Defaults, then ``RASD_DB``, ``RASD_TOKEN``, ``RASD_MAX_BODY_BYTES``,
        ``RASD_TILE_URL`` (``osm`` for OpenStreetMap's tiles, a URL template, ``none``), then ``overrides`` (None values skipped)."""
        settings = cls()
        changes: dict[str, Any] = {}
        if (db := _env("RASD_DB")) is not None:
            changes["db_url"] = db
        if (token := _env("RASD_TOKEN")) is not None:
            changes["token"] = token
        if (size := _env("RASD_MAX_BODY_BYTES")) is not None:
            try:
                changes["max_body_bytes"] = int(size)
            except ValueError as exc:
                raise ValueError(f"RASD_MAX_BODY_BYTES must be a whole number of bytes, not {size!r}") from exc
        if (tiles := _env("RASD_TILE_URL")) is not None:
            changes["tile_url"] = tile_url_option(tiles)
        changes.update({k: v for k, v in overrides.items() if v is not None})
        settings = replace(settings, **changes)
        settings.check()
        return settings

    def check(self) -> None:
        """Raise ValueError with a clear message for settings that cannot work."""
        if self.max_body_bytes < 1024:
            raise ValueError(f"max_body_bytes must be at least 1024, not {self.max_body_bytes}")
        if self.token is not None and len(self.token) < 8:
            raise ValueError("the API token must be at least 8 characters long")
        if self.tile_url is not None:
            parts = urlsplit(self.tile_url)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise ValueError(f"tile_url must be an http(s) URL template, not {self.tile_url!r}")

    def tile_origin(self) -> str | None:
        """The tile server's origin for the Content-Security-Policy (``{s}`` becomes ``*``)."""
        if self.tile_url is None:
            return None
        parts = urlsplit(self.tile_url)
        host = parts.netloc.replace("{s}", "*")
        return f"{parts.scheme}://{host}"
