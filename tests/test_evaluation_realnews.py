"""``rasd eval realnews``: the real-news evaluator scores with the shared scorer, per split."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from rasd.evaluation import check_floors, load_floors, run_evaluator
from rasd.evaluation.realnews import SPLITS, evaluate

# An article written for this test (not from the real-news data).
ARTICLE = (
    "قتل ثلاثة مدنيين أمس الاثنين في قصف جوي استهدف سوقا شعبيا في مدينة إدلب شمال غرب سوريا، "
    "بحسب ما أفاد به ناشطون."
)


def test_evaluation_realnews_skips_without_data(tmp_path: Path) -> None:
    result = evaluate(None)
    assert result.skipped and "realnews" in result.skipped
    assert evaluate(tmp_path).skipped
    assert check_floors(result) == []


def test_evaluation_realnews_floors_are_on_the_check_split_only() -> None:
    floors = load_floors("realnews")
    assert floors, "floors/realnews.json pins the check split"
    assert all(name.startswith("check_") for name in floors)


def _fake_data(tmp_path: Path, shared_scorer: Path, events: list[dict[str, object]]) -> Path:
    data = tmp_path / "data"
    (data / "realnews").mkdir(parents=True)
    (tmp_path / "tools").mkdir()
    shutil.copy(shared_scorer, tmp_path / "tools" / "score_realnews.py")
    rows = [{"id": "A01", "title": "", "text": ARTICLE, "published": "2016-03-08", "outlet": "test"},
            {"id": "B01", "title": "", "text": ARTICLE, "published": "2016-03-08", "outlet": "test"}]
    (data / "realnews" / "articles.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    gold = {r["id"]: {"published": r["published"], "split": "tune" if r["id"][0] == "A" else "check",
                      "events": events, "places": []} for r in rows}
    (data / "realnews" / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return data


@pytest.mark.parametrize(
    ("events", "f1", "found"),
    [
        ([{"type": "Explosions/Remote violence", "subtype": "Air/drone strike", "country": "SY",
           "lat": 35.93, "lon": 36.63, "tol": 25, "date": "2016-03-07", "fatalities": 3,
           "actor1": "", "actor2": "Civilians (Syria)", "evidence": "", "confidence": "sure"}], 1.0, 1.0),
        # matched, but the gold states another toll: found among the gold's tolls 0
        ([{"type": "Explosions/Remote violence", "subtype": "Air/drone strike", "country": "SY",
           "lat": 35.93, "lon": 36.63, "tol": 25, "date": "2016-03-07", "fatalities": 5,
           "actor1": "", "actor2": "Civilians (Syria)", "evidence": "", "confidence": "sure"}], 1.0, 0.0),
        ([{"type": "Protests", "subtype": "Peaceful protest", "country": "EG",
           "lat": 30.04, "lon": 31.24, "tol": 25, "date": "2016-03-07", "fatalities": None,
           "actor1": "", "actor2": "", "evidence": "", "confidence": "sure"}], 0.0, 1.0),
    ],
)
def test_evaluation_realnews_scores_each_split_with_the_shared_scorer(
    tmp_path: Path, shared_data: Path, events: list[dict[str, object]], f1: float, found: float
) -> None:
    scorer = shared_data.parent / "tools" / "score_realnews.py"
    if not scorer.is_file():
        pytest.skip("needs ../shared/tools/score_realnews.py")
    result = run_evaluator("realnews", _fake_data(tmp_path, scorer, events))
    assert result.skipped is None
    for split in SPLITS:
        assert result.metrics[f"{split}_event_f1"] == pytest.approx(f1)
        assert result.metrics[f"{split}_fatalities_found"] == pytest.approx(found)
        assert 0.0 <= result.metrics[f"{split}_places_precision"] <= 1.0


def _gold_event(lat: float, actor1: str) -> dict[str, object]:
    return {"type": "Battles", "subtype": "Armed clash", "country": "YE", "lat": lat, "lon": 44.2, "tol": 25,
            "date": "2015-08-01", "fatalities": None, "actor1": actor1, "actor2": "", "evidence": "",
            "confidence": "sure"}


def _predicted(lat: float, actor1: str) -> dict[str, object]:
    return {"event_type": "Battles", "sub_event_type": "Armed clash", "date": "2015-08-01", "actor1": actor1,
            "location": {"country": "YE", "lat": lat, "lon": 44.2}, "confidence": 0.5}


def test_evaluation_realnews_actor1_found_is_not_lowered_by_one_more_match(shared_data: Path) -> None:
    import importlib.util

    path = shared_data.parent / "tools" / "score_realnews.py"
    if not path.is_file():
        pytest.skip("needs ../shared/tools/score_realnews.py")
    spec = importlib.util.spec_from_file_location("score_realnews_test", path)
    assert spec is not None and spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    from rasd.evaluation.realnews import split_metrics

    gold = {"B01": {"published": "2015-08-02", "split": "check", "places": [],
                    "events": [_gold_event(15.3, "Houthi Movement"), _gold_event(13.6, "Popular Resistance")]}}
    one = {"B01": {"events": [_predicted(15.3, "Houthi Movement")], "places": []}}
    two = {"B01": {"events": [_predicted(15.3, "Houthi Movement"), _predicted(13.6, "Islamic State")],
                   "places": []}}
    first, second = split_metrics(scorer, gold, one, "check"), split_metrics(scorer, gold, two, "check")
    # the second, right event with a wrong actor1 halves the rate over matches, not the share of gold found
    assert (first["check_actor1_loose"], second["check_actor1_loose"]) == (1.0, 0.5)
    assert first["check_actor1_found"] == second["check_actor1_found"] == 0.5
