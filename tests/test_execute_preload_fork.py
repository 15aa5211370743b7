"""``rasd analyze --jobs N`` loads the pipeline in the parent and forks its workers (Linux),
falling back to spawned workers elsewhere; the output is the same either way."""

from __future__ import annotations

import json
import signal
import sys
import threading
from pathlib import Path

import pytest

from rasd.cli import main
from rasd.commands import analyze
from rasd.execute import local, work

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
