"""The FastAPI application: the analyst's page, its static files and the HTTP API.

``create_app`` wires a store (given, or opened from a URL), the analyser, the settings and
the middleware (body size limit, security headers, optional trusted hosts). The page and
``/docs`` load nothing from the internet: scripts, styles, fonts and Swagger UI are served
from the package; only map tiles may come from a tile server.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import AsyncIterator, Callable
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request

from rasd.web.middleware import BodySizeLimit, SecurityHeaders, content_security_policy
from rasd.web.routes import router
from rasd.web.settings import WebSettings

__all__ = ["STATIC_DIR", "create_app"]

#: The page's files (HTML, JS, CSS, vendored libraries with their licences).
STATIC_DIR = Path(str(resources.files("rasd.web") / "static"))

_DOCS_HTML = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>rasd API</title>
<link rel="stylesheet" href="/static/vendor/swagger-ui/swagger-ui.css">
<link rel="icon" href="data:,">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/static/vendor/swagger-ui/swagger-ui-bundle.js"></script>
<script src="/static/docs.js"></script>
</body>
</html>
"""

_DESCRIPTION = """The HTTP API of **rasd** (رصد): Arabic news analysed into entities, quotes, dates,
places and ACLED-style conflict events.

* `POST /api/analyze` analyses one article (text or HTML) and returns the document JSON of the
  rasd contract; it needs the API token when the server has one.
* The `GET` endpoints read the store: documents, deduplicated events (with filters, paging and
  CSV export), one event with every report and its evidence, search, statistics.

This page is served from the package and works without internet.
"""


_SURROGATE = re.compile("[\ud800-\udfff]")


def _encodable(value: Any) -> Any:
    """``value`` with lone surrogates in its strings replaced by U+FFFD."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_encodable(v) for v in value]
    if isinstance(value, dict):
        return {_encodable(k): _encodable(v) for k, v in value.items()}
    return value


def _default_analyzer(text: str, *, published: Any = None, title: str | None = None) -> Any:
    from rasd.api import analyze_text

    return analyze_text(text, published=published, title=title)


def create_app(
    store: Any = None,
    db_url: str | None = None,
    token: str | None = None,
    max_body_bytes: int | None = None,
    *,
    settings: WebSettings | None = None,
    analyzer: Callable[..., Any] | None = None,
    tile_url: str | bool | None = True,
    allowed_hosts: tuple[str, ...] | list[str] | None = None,
) -> FastAPI:
    """The rasd web app.

    ``store``: a :class:`rasd.store.base.Store` to serve (the caller closes it); without one,
    the store at ``db_url`` (default ``settings.db_url``) is opened on startup and closed on
    shutdown. ``token``: protects write endpoints. ``max_body_bytes``: the request body limit
    (413 above it). ``analyzer``: ``f(text, published=, title=) -> Document`` (default
    :func:`rasd.api.analyze_text`). ``tile_url``: True keeps the configured tile server,
    None/False turns internet tiles off, a string sets a tile URL template.
    """
    overrides: dict[str, Any] = {"db_url": db_url, "token": token, "max_body_bytes": max_body_bytes}
    if isinstance(tile_url, str):
        overrides["tile_url"] = tile_url
    if allowed_hosts is not None:
        overrides["allowed_hosts"] = tuple(allowed_hosts)
    if settings is None:
        settings = WebSettings.from_env(**overrides)
    else:
        from dataclasses import replace

        settings = replace(settings, **{k: v for k, v in overrides.items() if v is not None})
        settings.check()
    if tile_url is None or tile_url is False:
        from dataclasses import replace

        settings = replace(settings, tile_url=None)

    owns_store = store is None

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if app.state.store is None:
            from rasd.store import open_store

            app.state.store = open_store(settings.db_url)
        try:
            yield
        finally:
            if owns_store and app.state.store is not None:
                app.state.store.close()
                app.state.store = None

    from rasd import __version__

    app = FastAPI(
        title="rasd",
        version=__version__,
        description=_DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.settings = settings
    app.state.analyzer = analyzer or _default_analyzer

    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(_DOCS_HTML)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return FileResponse(STATIC_DIR / "favicon.svg", media_type="image/svg+xml")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        # FastAPI's own shape, with the echoed input made encodable (half an emoji in a
        # string must give 422, not a 500 while writing the 422)
        return JSONResponse({"detail": _encodable(jsonable_encoder(exc.errors()))}, status_code=422)

    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    if settings.allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(settings.allowed_hosts))
    app.add_middleware(SecurityHeaders, csp=content_security_policy(settings.tile_origin()))
    return app
