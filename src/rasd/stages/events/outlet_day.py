"""Whether an article's outlet posts its reports on the day their news happens (issue 16).

A print edition reports the day before it, so an incident it tells with no day of its own is
dated the day before publication (:func:`rasd.stages.events.dates.news_day`). A web outlet or
the wire posts as the news happens: its undated incident is the publication day's. The outlets
are a data table (``events/outlets.json``), matched on the article's ``outlet`` or its url's host.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

from rasd.document import Document
from rasd.text import load_data

__all__ = ["posts_same_day"]


@lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], frozenset[str]]:
    d = load_data("events/outlets.json")
    return (frozenset(x.casefold() for x in d["same_day_outlets"]),
            frozenset(x.casefold() for x in d["same_day_hosts"]))


def posts_same_day(doc: Document) -> bool:
    """Whether the article's outlet (by name or by its url's host) posts on its news's day."""
    outlets, hosts = _table()
    if doc.outlet and doc.outlet.casefold() in outlets:
        return True
    if not doc.url:
        return False
    host = (urlsplit(doc.url).hostname or "").casefold()
    return host.removeprefix("www.") in hosts
