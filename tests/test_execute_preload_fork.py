"""``rasd analyze --jobs N`` loads the pipeline in the parent and forks its workers (Linux),
falling back to spawned workers elsewhere; the output is the same either way."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from rasd.cli import main
from rasd.commands import analyze
from rasd.execute import local, work
from rasd.ner.model import NUMPY_FROM

LINUX = sys.platform.startswith("linux")


@pytest.mark.skipif(not LINUX, reason="fork is used on Linux only")
def test_execute_preloading_context_is_fork_on_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local.threading, "active_count", lambda: 1)  # other tests may leave an idle thread
    ctx = local.preloading_context()
    assert ctx is not None
    assert ctx.get_start_method() == "fork"


def test_execute_preloading_context_none_while_other_threads_run() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, daemon=True)
    thread.start()
    try:
        assert local.preloading_context() is None
    finally:
        stop.set()
        thread.join()


def test_execute_preloading_context_none_without_fork(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local.mp, "get_all_start_methods", lambda: ["spawn"])
    assert local.preloading_context() is None


def test_execute_forked_worker_init_restores_default_sigterm(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(local, "worker_init", lambda: calls.append("init"))
    previous = signal.signal(signal.SIGTERM, lambda *_: None)
    try:
        local.forked_worker_init()
        assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert calls == ["init"]


def test_execute_warm_up_runs_the_pipeline_and_never_raises() -> None:
    seen: list[str] = []

    def pipeline() -> object:
        def run(doc: object) -> object:
            seen.append(getattr(doc, "text", ""))
            raise RuntimeError("a stage failed")
        return run

    work.warm_up(pipeline)  # the failure is swallowed: the workers load the rest themselves
    assert seen and "الموصل" in seen[0]


@pytest.mark.parametrize("fails", [False, True], ids=["loads", "fails"])
def test_execute_warm_up_preloads_the_pipeline_before_its_article(fails: bool) -> None:
    calls: list[str] = []

    class Loaded:
        def preload(self) -> None:
            calls.append("preload")
            if fails:
                raise OSError("a model file is missing")

        def __call__(self, doc: object) -> object:
            calls.append("article")
            return doc

    loaded = Loaded()
    work.warm_up(lambda: loaded)  # a failing preload is swallowed: the article still runs
    assert calls == ["preload", "article"]


def test_execute_warm_up_leaves_a_long_article_nothing_to_import() -> None:
    """What a forked worker would import or read at its first article of 64 words or more
    (numpy and the NER model's weights, the whole name lists) the warm-up loads first."""
    long_text = " ".join([work.WARM_UP_TEXT] * 3)
    assert len(long_text.split()) >= NUMPY_FROM
    code = ("import sys, datetime as dt\n"
            "from rasd.execute import work\n"
            "from rasd.ingest.readers import RawArticle\n"
            "from rasd.stages.entities.stage import _model\n"
            "pipeline = lambda: work.pipeline_for(None, True)\n"
            "work.warm_up(pipeline)\n"
            "before = set(sys.modules)\n"
            "work.analyze_raw(RawArticle('x', text=sys.argv[1], published=dt.date(2017, 3, 5)), pipeline)\n"
            "print(sorted(set(sys.modules) - before), _model().lists._shards is None)\n")
    done = subprocess.run([sys.executable, "-c", code, long_text], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[0] == "[] True"


@pytest.mark.parametrize("fork", [True, False], ids=["fork", "spawn"])
def test_cli_analyze_jobs_two_same_output_forked_or_spawned(raqqa_raw: str, tmp_path: Path, fork: bool,
                                                             capsys: pytest.CaptureFixture[str],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "in.jsonl"
    texts = [raqqa_raw, "قال مسؤول في بغداد اليوم إن الوضع هادئ.", raqqa_raw[:700]]
    lines = [json.dumps({"id": f"a{i}", "text": t, "published": "2017-10-15"}, ensure_ascii=False)
             for i, t in enumerate(texts)]
    path.write_text("\n".join([lines[0], "{not json", *lines[1:]]) + "\n", encoding="utf-8")
    assert main(["analyze", str(path), "--jobs", "1", "--format", "jsonl"]) == 1
    one = capsys.readouterr()
    warmed: list[bool] = []
    real_warm_up = analyze.warm_up
    monkeypatch.setattr(analyze, "warm_up", lambda *a, **k: (warmed.append(True), real_warm_up(*a, **k)))
    if not fork:
        monkeypatch.setattr(local, "preloading_context", lambda: None)
    elif not LINUX:
        pytest.skip("fork is used on Linux only")
    else:  # other tests (Dask's) may leave an idle daemon thread that would rule out fork
        monkeypatch.setattr(local.threading, "active_count", lambda: 1)
    assert main(["analyze", str(path), "--jobs", "2", "--format", "jsonl"]) == 1
    two = capsys.readouterr()
    assert warmed == ([True] if fork else [])
    assert two.out == one.out
    assert two.err == one.err
    assert [json.loads(line)["id"] for line in two.out.splitlines()] == ["a0", "a1", "a2"]
