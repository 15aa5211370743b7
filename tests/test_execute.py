"""Executors: ordered local map, sharded resumable batches, Dask gives the same documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus_docs import all_docs
from rasd.cli import main
from rasd.execute.batch import BatchError, InlineExecutor, LocalExecutor, run_batch
from rasd.execute.local import map_ordered
from rasd.execute.work import analyze_chunk, chunked
from rasd.ingest.readers import InputError, RawArticle
from rasd.store import open_store

ARTICLES = [
    {"id": f"a{i}", "published": "2026-03-10",
     "text": f"قال المتحدث باسم وزارة الداخلية العراقية في بغداد إن قوات الأمن اعتقلت {n} مشتبها بهم "
             f"في عملية جرت يوم الاثنين قرب الموصل. وأضاف أن التحقيقات مستمرة."}
    for i, n in enumerate(("ثلاثة", "أربعة", "خمسة", "ستة", "سبعة"))
]


def _input(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "more").mkdir(parents=True)
    lines = [json.dumps(a, ensure_ascii=False) for a in ARTICLES]
    (folder / "a.jsonl").write_text("\n".join(lines[:3]) + "\nnot json\n", encoding="utf-8")
    (folder / "more" / "b.jsonl").write_text("\n".join(lines[3:]) + "\n", encoding="utf-8")
    return folder


def _shards(out: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(out.glob("shard-*.jsonl"))}


def test_execute_chunked_and_map_ordered() -> None:
    assert list(chunked(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    chunks = [list(range(i, i + 3)) for i in range(0, 30, 3)]
    assert list(map_ordered(sum, chunks, workers=1)) == [sum(c) for c in chunks]
    assert list(map_ordered(sum, chunks, workers=2, window=2)) == [sum(c) for c in chunks]


def test_execute_analyze_chunk_never_raises() -> None:
    docs = all_docs()
    items = [docs[0], InputError("x", "bad"), RawArticle(origin="empty", html="<html></html>")]
    out = analyze_chunk(items)
    assert out[0] is docs[0] and out[1] == items[1]
    assert isinstance(out[2], InputError) and out[2].origin == "empty"


def test_execute_batch_resumes_and_refuses_other_settings(tmp_path: Path) -> None:
    folder, out = _input(tmp_path), tmp_path / "out"
    first = run_batch([str(folder)], out, InlineExecutor(), shard_size=2)
    assert (first.shards, first.documents, first.errors) == (3, 5, 1)
    assert sorted(p.name for p in out.glob("*.done")) == ["shard-000000.done", "shard-000001.done", "shard-000002.done"]
    before = _shards(out)
    (out / "shard-000001.done").unlink()
    (out / "shard-000001.jsonl").unlink()
    again = run_batch([str(folder)], out, InlineExecutor(), shard_size=2)
    assert (again.shards, again.skipped_shards) == (1, 2)
    assert _shards(out) == before
    with pytest.raises(BatchError, match="other settings"):
        run_batch([str(folder)], out, InlineExecutor(), shard_size=3)


def test_execute_batch_output_ingests_like_direct_ingest(tmp_path: Path) -> None:
    folder, out = _input(tmp_path), tmp_path / "out"
    assert main(["batch", str(folder), "--out", str(out), "--shard-size", "2", "-j", "1"]) == 1  # one bad line
    via_batch, direct = f"sqlite:///{tmp_path / 'batch.db'}", f"sqlite:///{tmp_path / 'direct.db'}"
    assert main(["ingest", str(out), "--db", via_batch, "-q"]) == 0
    assert main(["ingest", str(folder), "--db", direct, "-q", "-j", "1"]) == 1
    a, b = open_store(via_batch), open_store(direct)
    assert a.document_ids() == b.document_ids() and len(a.document_ids()) == 5
    assert [a.get_document(i) for i in a.document_ids()] == [b.get_document(i) for i in b.document_ids()]
    a.close()
    b.close()


def test_execute_batch_parquet(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    folder, out = _input(tmp_path), tmp_path / "out"
    summary = run_batch([str(folder)], out, InlineExecutor(), shard_size=10, fmt="parquet")
    assert summary.documents == 5 and (out / "shard-000000.parquet").exists()
    url = f"sqlite:///{tmp_path / 'p.db'}"
    assert main(["ingest", str(out), "--db", url, "-q"]) == 0
    assert len(open_store(url).document_ids()) == 5


def test_execute_local_process_pool(tmp_path: Path) -> None:
    docs = all_docs()
    (tmp_path / "docs.jsonl").write_text(
        "".join(json.dumps(d.to_dict(), ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    executor = LocalExecutor(2)
    try:
        summary = run_batch([str(tmp_path / "docs.jsonl")], tmp_path / "out", executor, shard_size=2)
    finally:
        executor.close()
    assert summary.documents == len(docs)
    lines = [json.loads(x) for text in _shards(tmp_path / "out").values() for x in text.splitlines()]
    assert lines == [d.to_dict() for d in docs]


def test_execute_dask_local_cluster_same_documents(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from rasd.execute.dask import DaskExecutor

    folder = _input(tmp_path)
    run_batch([str(folder)], tmp_path / "local", InlineExecutor(), shard_size=2)
    executor = DaskExecutor(workers=2, processes=False)
    try:
        summary = run_batch([str(folder)], tmp_path / "dask", executor, shard_size=2)
    finally:
        executor.close()
    assert summary.documents == 5
    assert _shards(tmp_path / "dask") == _shards(tmp_path / "local")


def test_execute_batch_cli_on_existing_scheduler(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    folder = _input(tmp_path)
    run_batch([str(folder)], tmp_path / "local", InlineExecutor(), shard_size=2)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster:
        code = main(["batch", str(folder), "--out", str(tmp_path / "remote"), "--shard-size", "2",
                     "--scheduler", cluster.scheduler_address])
    assert code == 1  # the one bad line, reported
    assert _shards(tmp_path / "remote") == _shards(tmp_path / "local")


def test_execute_map_ordered_stores_while_waiting_on_a_slow_chunk() -> None:
    import time

    idle: list[float] = []
    started = time.monotonic()
    results = list(map_ordered(time.sleep, [0.0, 2.5, 0.0], workers=2, on_idle=lambda: idle.append(time.monotonic()),
                               idle_s=0.3))
    assert results == [None, None, None]
    assert len(idle) >= 2 and all(t - started < 3 for t in idle[:2])


def test_execute_trim_caches_empties_the_per_word_caches() -> None:
    from rasd.execute.work import trim_caches
    from rasd.text import _proclitic_splits, _short_key, normalize_key, proclitic_splits

    normalize_key("والمدينة")
    proclitic_splits("والمدينة")
    assert _short_key.cache_info().currsize and _proclitic_splits.cache_info().currsize
    assert trim_caches() >= 2
    assert _short_key.cache_info().currsize == 0 and _proclitic_splits.cache_info().currsize == 0


def test_execute_whole_articles_are_not_cached() -> None:
    from rasd.text import _short_key, normalize_key

    _short_key.cache_clear()
    article = "قال مسؤول محلي إن الوضع هادئ في المدينة. " * 50
    assert normalize_key(article) == " ".join(normalize_key(w) for w in article.split())
    assert _short_key.cache_info().currsize == len(set(article.split()))


@pytest.mark.parametrize(("articles", "trims"), [(3, 1), (5, 2), (1, 0)])
def test_execute_analyze_raw_trims_every_few_articles(monkeypatch: pytest.MonkeyPatch, articles: int,
                                                       trims: int) -> None:
    """Every path that analyses articles (rasd analyze --jobs 1 included) trims its memory."""
    from rasd.execute import work

    calls: list[int] = []
    monkeypatch.setattr(work, "TRIM_EVERY", 2)
    monkeypatch.setattr(work, "_since_trim", 0)
    monkeypatch.setattr(work, "trim_caches", lambda: calls.append(1) or 0)

    def failing() -> object:
        raise ValueError("a stage failed")

    for i in range(articles):
        raw = RawArticle(origin=f"x{i}", text="نص قصير")
        result = work.analyze_raw(raw, failing)  # failed articles count too
        assert isinstance(result, InputError)
    assert len(calls) == trims


@pytest.mark.parametrize(("before", "after"), [
    ((700, 10, 10), (1_000_000, 10, 10)),    # Python's defaults: raised
    ((2_500_000, 5, 50), (2_500_000, 10, 50)),   # a higher threshold set by the user is kept
    ((0, 10, 10), (0, 10, 10)),          # the collector off stays off
])
def test_execute_analyze_raw_raises_the_gc_thresholds(before: tuple[int, int, int], after: tuple[int, int, int]) -> None:
    import gc

    from rasd.execute import work

    saved, tuned = gc.get_threshold(), work._gc_tuned
    try:
        gc.set_threshold(*before)
        work._gc_tuned = False
        work.analyze_raw(RawArticle(origin="x", text="نص قصير"), lambda: (lambda doc: doc))
        assert gc.get_threshold() == after
        assert work._gc_tuned
    finally:
        gc.set_threshold(*saved)
        work._gc_tuned = tuned


@pytest.mark.parametrize("enabled", [True, False])
def test_execute_analyze_raw_freezes_what_the_first_article_loaded(enabled: bool) -> None:
    import gc

    from rasd.execute import work

    frozen, was = work._frozen, gc.isenabled()
    try:
        gc.unfreeze()
        (gc.enable if enabled else gc.disable)()
        work._frozen = False
        work.analyze_raw(RawArticle(origin="x", text="نص قصير"), lambda: (lambda doc: doc))
        assert work._frozen
        assert (gc.get_freeze_count() > 0) == enabled  # the collector off: nothing to spare it
        before = gc.get_freeze_count()
        work.analyze_raw(RawArticle(origin="y", text="نص آخر"), lambda: (lambda doc: doc))
        assert gc.get_freeze_count() == before  # once per process
    finally:
        gc.unfreeze()
        (gc.enable if was else gc.disable)()
        work._frozen = frozen


@pytest.mark.parametrize("enabled", [True, False])
def test_execute_trims_freeze_what_survived_them(monkeypatch: pytest.MonkeyPatch, enabled: bool) -> None:
    """After each trim's collection its survivors join the permanent generation, so that
    the next trim walks only what came since; never where the collector is off."""
    import gc

    from rasd.execute import work

    monkeypatch.setattr(work, "TRIM_EVERY", 2)
    monkeypatch.setattr(work, "_since_trim", 0)
    monkeypatch.setattr(work, "_frozen", True)
    monkeypatch.setattr(work, "trim_caches", lambda: 0)
    was = gc.isenabled()
    kept: list[object] = []
    try:
        gc.unfreeze()
        (gc.enable if enabled else gc.disable)()
        work.analyze_raw(RawArticle(origin="x", text="نص قصير"), lambda: (lambda doc: doc))
        assert gc.get_freeze_count() == 0  # no trim yet
        kept.append([{"survivor": i} for i in range(100)])
        work.analyze_raw(RawArticle(origin="y", text="نص آخر"), lambda: (lambda doc: doc))
        assert (gc.get_freeze_count() > 100) == enabled
    finally:
        gc.unfreeze()
        (gc.enable if was else gc.disable)()


def test_execute_release_memory_makes_no_cyclic_garbage() -> None:
    import gc

    from rasd.execute.work import release_memory

    release_memory()
    gc.collect()
    saved = gc.get_debug()
    try:
        gc.set_debug(gc.DEBUG_SAVEALL)
        release_memory()
        gc.garbage.clear()
        gc.collect()
        assert gc.garbage == []  # a ctypes.CDLL each time would leave its cycle here
    finally:
        gc.set_debug(saved)
        gc.garbage.clear()


def test_execute_release_memory_unloads_the_language_models() -> None:
    from rasd.execute.work import release_memory
    from rasd.stages.language import detect_language

    english = "The council met on Monday and agreed to reopen the crossing to trucks."
    assert detect_language(english) == "en"
    release_memory()
    assert detect_language(english) == "en"  # loaded again when needed


def test_execute_release_memory_unloads_only_loaded_models(monkeypatch: pytest.MonkeyPatch) -> None:
    from functools import lru_cache

    from rasd.execute.work import release_memory
    from rasd.stages.language import stage as language

    unloaded: list[bool] = []

    class Detector:
        def unload_language_models(self) -> None:
            unloaded.append(True)

    detector = lru_cache(maxsize=1)(Detector)
    monkeypatch.setattr(language, "_detector", detector)
    release_memory()
    assert unloaded == []  # never loaded: nothing built just to be unloaded
    detector()
    release_memory()
    assert unloaded == [True]
