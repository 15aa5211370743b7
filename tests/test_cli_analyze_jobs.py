"""``rasd analyze --jobs 2`` prints what ``--jobs 1`` prints (its workers encode the lines)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.cli import main


@pytest.mark.parametrize("flags", [["--format", "jsonl"], ["--format", "jsonl", "--min-confidence", "0.8"],
                                   ["--format", "json", "--min-confidence", "0.8"]])
def test_cli_analyze_jobs_two_prints_what_one_job_prints(raqqa_raw: str, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str], flags: list[str]) -> None:
    path = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": f"a{i}", "text": text, "published": "2017-10-15"}, ensure_ascii=False)
             for i, text in enumerate([raqqa_raw, "قال مسؤول في بغداد اليوم إن الوضع هادئ.", raqqa_raw[:600]])]
    path.write_text("\n".join([lines[0], "{not json", *lines[1:]]) + "\n", encoding="utf-8")
    assert main(["analyze", str(path), "--jobs", "1", *flags]) == 1
    one = capsys.readouterr()
    assert main(["analyze", str(path), "--jobs", "2", *flags]) == 1
    two = capsys.readouterr()
    assert two.out == one.out
    assert two.err == one.err
    docs = json.loads(one.out) if "json" in flags else [json.loads(line) for line in one.out.splitlines()]
    assert [d["id"] for d in docs] == ["a0", "a1", "a2"]
    if "--min-confidence" in flags:
        assert all(e["confidence"] >= 0.8 for d in docs for e in d["events"])
    else:
        assert any(e["confidence"] < 0.8 for e in docs[0]["events"])  # the floor has something to drop
