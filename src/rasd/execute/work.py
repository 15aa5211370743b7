"""The unit of work every executor runs: analyse a chunk of inputs with a pipeline config.

Functions here are module-level and take plain, picklable data so that process pools and
Dask workers can run them; each worker process builds its pipeline once (cached by config).
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import Any, TypeVar, cast

from rasd.document import Document
from rasd.execute.limits import ArticleTimeout, Limits, time_budget
from rasd.ingest.readers import InputError, RawArticle, to_document

__all__ = ["GC_THRESHOLDS", "TRIM_EVERY", "analyze_chunk", "analyze_raw", "chunked", "freeze_loaded", "pipeline_for", "raw_id",
           "release_memory", "trim_caches", "tune_gc", "warm_up"]

T = TypeVar("T")
log = logging.getLogger("rasd.execute")


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of up to ``size`` items."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def raw_id(raw: RawArticle) -> str:
    """The id :func:`rasd.ingest.readers.to_document` will give this article."""
    from rasd.api import content_id

    return raw.id or content_id(raw.text if raw.text is not None else (raw.html or ""))


def pipeline_for(config_json: str | None, clean: bool) -> Any:
    """The (cached) pipeline for a configuration as JSON (None: the default one)."""
    from rasd.api import get_pipeline
    from rasd.pipeline import PipelineConfig

    config = PipelineConfig.from_dict(json.loads(config_json)) if config_json else None
    return get_pipeline(config, clean=clean)


def analyze_raw(item: RawArticle, pipeline: Callable[[], Any], limits: Limits | None = None) -> Document | InputError:
    """One raw article analysed within ``limits`` (default: the default limits), or an
    :class:`InputError` saying why not (too large, too slow, no text, a stage's failure).
    ``pipeline()`` returns the pipeline to use. Never raises. Every :data:`TRIM_EVERY`
    articles a process analyses (in any command), its memory is trimmed (:func:`trim_caches`);
    the first raises the process's garbage-collector thresholds (:func:`tune_gc`) and, once
    done, freezes what the process holds then (:func:`freeze_loaded`)."""
    if not _gc_tuned:
        tune_gc()
    try:
        return _analyze_raw(item, pipeline, limits or Limits())
    finally:
        _article_done()


def _analyze_raw(item: RawArticle, pipeline: Callable[[], Any], limits: Limits) -> Document | InputError:
    too_large = limits.size_error(item.text, item.html)
    if too_large:
        return InputError(item.origin, too_large)
    try:
        with time_budget(limits.timeout_s):
            doc = to_document(item)
            if not doc.text.strip():
                return InputError(item.origin, "no article text found")
            too_large = limits.size_error(doc.text)
            if too_large:
                return InputError(item.origin, too_large)
            return cast(Document, pipeline()(doc))
    except ArticleTimeout:
        return InputError(item.origin, limits.timeout_message())
    except RecursionError:
        return InputError(item.origin, "analysis failed: the input is nested too deeply")
    except Exception as exc:  # a bad article is reported and skipped, never fatal
        log.debug("analysis of %s failed", item.origin, exc_info=True)
        return InputError(item.origin, f"analysis failed ({type(exc).__name__}: {exc})")


#: The cyclic garbage collector's thresholds in a process that analyses articles (Python's
#: are 700, 10, 10). An article makes some hundred thousand short-lived containers (tokens,
#: words, matches) and no reference cycles that we know of (none found over 1,000
#: SaudiNewsNet articles with ``gc.DEBUG_SAVEALL``): what a young collection walks is what
#: outlives the article, the per-word caches, again and again (about 15% of the CPU of
#: `rasd analyze` at 700, 3.3% at 100,000). At 1,000,000 a young collection comes after some
#: hundreds of articles at the most, and the full collection of :func:`trim_caches`, every
#: :data:`TRIM_EVERY` articles, comes first (it resets the count): cyclic garbage, were an
#: article to make some, waits at most that long (peak RSS over 1,000 articles unchanged,
#: 298 MB).
GC_THRESHOLDS = (1_000_000, 10, 10)
_gc_tuned = False
_frozen = False


def tune_gc() -> None:
    """Raise the garbage collector's thresholds to :data:`GC_THRESHOLDS` (a threshold set
    higher already is kept; zero, the collector off, too)."""
    import gc

    global _gc_tuned
    _gc_tuned = True
    now = gc.get_threshold()
    if now[0] == 0:
        return
    gc.set_threshold(*(max(a, b) for a, b in zip(now, GC_THRESHOLDS, strict=True)))


#: Articles a process analyses between two :func:`trim_caches`: what the per-word caches
#: gathered is emptied, language models loaded for a non-Arabic article are let go, and
#: freed heap pages go back to the system.
TRIM_EVERY = 128
_since_trim = 0


def freeze_loaded() -> None:
    """Once per process, after its first article: collect, then move every object alive
    (the models, tables and indexes the first article loaded) to the collector's permanent
    generation (``gc.freeze()``), so that the full collections of :func:`trim_caches` no longer
    walk them (they are still freed by reference counting; a reference cycle among them
    that becomes garbage later is never collected, which bounds what this can keep to what
    the process held after one article). Not where the collector is off."""
    import gc

    global _frozen
    _frozen = True
    if gc.isenabled():
        gc.collect()
        gc.freeze()


def _article_done() -> None:
    global _since_trim
    if not _frozen:
        freeze_loaded()
    _since_trim += 1
    if _since_trim >= TRIM_EVERY:
        _since_trim = 0
        trim_caches()
        _freeze_survivors()


def _freeze_survivors() -> None:
    """After a trim's full collection: what survived it (word readings shared by every
    stage, which trims keep) joins the permanent generation as :func:`freeze_loaded`'s
    objects did, so that the next trim's collection walks only what came since (it walked
    them all: ~40% of its time over 1,000 articles). Not where the collector is off."""
    import gc

    if gc.isenabled():
        gc.freeze()


def trim_caches(min_size: int = 1024) -> int:
    """Empty rasd's per-word caches (``functools.lru_cache`` with ``maxsize`` at least
    ``min_size``; unbounded caches of loaded data are kept) and :func:`release_memory`.
    Returns how many caches were emptied."""
    import functools
    import sys

    cleared = 0
    for name, module in list(sys.modules.items()):
        if not name.startswith("rasd.") or module is None:
            continue
        for value in list(vars(module).values()):
            if isinstance(value, functools._lru_cache_wrapper):
                maxsize = value.cache_info().maxsize
                if maxsize is not None and maxsize >= min_size:
                    value.cache_clear()
                    cleared += 1
    release_memory()
    return cleared


def release_memory() -> None:
    """Let go of the language detector's models (loaded for the rare article that is not
    plainly Arabic, 100-200 MB; loaded again when needed) and hand freed heap pages back to
    the system (glibc ``malloc_trim``; elsewhere nothing)."""
    import gc
    import sys

    language = sys.modules.get("rasd.stages.language.stage")
    if language is not None:
        language.unload_models()
    gc.collect()
    if sys.platform.startswith("linux"):
        try:
            _libc().malloc_trim(0)
        except (OSError, AttributeError):  # not glibc
            pass


@functools.cache
def _libc() -> Any:
    """glibc, loaded once: each ``ctypes.CDLL`` makes a reference cycle (its function
    pointer class), the only cyclic garbage an analysis process made (measured), and
    :func:`_freeze_survivors` would keep it for good."""
    import ctypes

    return ctypes.CDLL("libc.so.6")


#: A short article of our own, analysed by :func:`warm_up`: a clash with a toll, named
#: actors, a date and places, so that the stages load their models, tables and indexes.
WARM_UP_TEXT = ("قال مسؤول في الشرطة إن مسلحين هاجموا حاجزا للجيش قرب مدينة الموصل صباح الثلاثاء، "
                "فقتلوا جنديين وجرحوا أربعة مدنيين كانوا عند الحاجز، وأعلنت وزارة الداخلية في بغداد "
                "يوم 3 آذار 2017 فتح تحقيق في الهجوم.")


def warm_up(pipeline: Callable[[], Any], limits: Limits | None = None) -> None:
    """Load what analysis loads lazily, now: the pipeline's ``preload()`` where it has one
    (:meth:`rasd.pipeline.Pipeline.preload`: what only some articles reach, such as the NER
    model's numpy weights for any article of 64 words or more), then :data:`WARM_UP_TEXT`
    analysed and the result dropped (the tables every article reads), all of it frozen for
    the collector through :func:`analyze_raw`. A parent that forks its workers afterwards
    pays these loads once for all of them, and the workers share the pages. Never raises
    (a failure only means the workers load the rest themselves).

    Nothing here may load the language detector (lingua): its Rust thread pool does not
    survive a fork, and a forked worker that unloads its models at a trim then waits for
    ever (seen when 100 articles, one of them English, were analysed before the fork). The
    warm-up text is Arabic and no stage's ``preload()`` loads it."""
    import datetime as dt

    if not _gc_tuned:  # as analyze_raw does before it builds the pipeline
        tune_gc()
    try:
        preload = getattr(pipeline(), "preload", None)
        if callable(preload):
            preload()
    except Exception:  # the workers load what is missing themselves
        log.debug("preloading the pipeline failed", exc_info=True)
    analyze_raw(RawArticle("<warm-up>", text=WARM_UP_TEXT, published=dt.date(2017, 3, 5)), pipeline, limits)


def analyze_chunk(items: Sequence[RawArticle | Document | InputError], config_json: str | None = None,
                  clean: bool = True, limits: Limits | None = None) -> list[Document | InputError]:
    """Analyse every raw article of ``items`` (documents and errors pass through unchanged)
    within ``limits``. An article that fails becomes an :class:`InputError`; nothing raises."""
    out: list[Document | InputError] = []
    for item in items:
        if not isinstance(item, RawArticle):
            out.append(item)
            continue
        out.append(analyze_raw(item, lambda: pipeline_for(config_json, clean), limits))
    return out
