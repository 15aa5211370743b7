"""The library entry point: analyse one article with the default (or a given) pipeline."""

from __future__ import annotations

import datetime as dt
import hashlib
from functools import lru_cache

from rasd.document import Document
from rasd.pipeline import Pipeline, PipelineConfig, default_config

__all__ = ["analyze_text", "content_id", "get_pipeline", "new_document"]


def content_id(text: str) -> str:
    """A stable id from the article content (first 16 hex digits of its SHA-256)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def new_document(
    text: str,
    *,
    id: str | None = None,
    title: str | None = None,
    published: dt.date | None = None,
    url: str | None = None,
    outlet: str | None = None,
    author: str | None = None,
) -> Document:
    """A fresh, unanalysed document (``text`` is the raw article text)."""
    return Document(
        id=id or content_id(text), text=text, title=title, published=published, url=url,
        outlet=outlet, author=author,
    )


@lru_cache(maxsize=8)
def _pipeline_for(config_json: str) -> Pipeline:
    import json

    return Pipeline.from_config(PipelineConfig.from_dict(json.loads(config_json)))


def get_pipeline(config: PipelineConfig | None = None, *, clean: bool = True) -> Pipeline:
    """A built pipeline for ``config`` (cached per process)."""
    config = config or default_config()
    if not clean:
        config = config.without("clean")
    return _pipeline_for(config.to_json())


def analyze_text(
    text: str,
    *,
    published: dt.date | str | None = None,
    title: str | None = None,
    clean: bool = True,
    config: PipelineConfig | None = None,
) -> Document:
    """Analyse raw article text with the default pipeline."""
    if isinstance(published, str):
        published = dt.date.fromisoformat(published[:10])
    doc = new_document(text, title=title, published=published)
    return get_pipeline(config, clean=clean)(doc)
