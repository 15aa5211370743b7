"""The sentence report-ness model (rasd.stages.events.reportness) and its trainer
(rasd.train.reportness): the project's own sentences load, the features stay in range, the
shipped weights are what the corpus trains to, the model tells a report from a threat, a
denial, a forecast, a call, a condemnation, a tally and a trial, and an event is dropped only
when the model is sure (never one with a toll or a confident one at a middling probability,
never one whose sentence counts its act).

Every sentence here was written for these tests; none is in the training corpus."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from rasd.cli import main
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.reportness import (
    CONFIDENT,
    DROP_BELOW,
    DROP_SURE_BELOW,
    FEATURES,
    counts_an_act,
    load_reportness_model,
    report_probability,
    sentence_features,
    unreported,
)
from rasd.train.reportness import load_sentences

REPORTS = {
    "wire": "قتل أربعة جنود وأصيب ستة آخرون مساء الاثنين في هجوم بقذائف الهاون على ثكنة عسكرية شرق المدينة.",
    "passive": "عثر صباح اليوم على جثة موظف حكومي مخطوف منذ يومين على طريق المطار.",
    "official": "وقال مصدر في الشرطة إن مسلحين أطلقوا النار على حافلة تقل عمالا قرب الميناء فقتلوا سائقها.",
    "round-up item": "وفي محافظة الوسط، فجر مسلحون عبوة ناسفة استهدفت دورية للجيش ظهر أمس.",
    "toll": "ارتفع عدد قتلى الغارة التي استهدفت سوق البلدة أمس إلى 19 مدنيا.",
}
NON_REPORTS = {
    "threat": "هددت الميليشيا باستهداف ناقلات النفط في الخليج إذا لم يرفع الحصار عن الموانئ.",
    "denial": "نفت وزارة الدفاع أن تكون مقاتلاتها قد قصفت مستشفى في المنطقة الشمالية.",
    "forecast": "من المتوقع أن تبدأ القوات هجومها على معاقل المتمردين بعد عيد الفطر.",
    "call": "دعت منظمة الصحة الأطراف المتحاربة إلى حماية المستشفيات والطواقم الطبية.",
    "condemnation": "استنكر البرلمان العربي بشدة التفجير الإرهابي وأكد تضامنه مع الشعب.",
    "tally": "قتل أكثر من عشرة آلاف شخص منذ بدء النزاع قبل ثلاث سنوات بحسب تقديرات أممية.",
    "trial": "قضت المحكمة بسجن أربعة متهمين بالتخطيط لتفجير مقر أمني عشر سنوات.",
}
#: A call (the model is sure: under DROP_BELOW, over DROP_SURE_BELOW) and a statement whose
#: tail counts an act.
CALL = NON_REPORTS["call"]
COUNTED = "ودعا الوزير إلى عدم التهاون مع الإرهاب، مشيرا إلى اعتقال 120 مشتبها."


def _p(sentence: str) -> float:
    p = report_probability(words_of(sentence))
    assert p is not None
    return p


def test_events_reportness_corpus_loads_both_kinds() -> None:
    sentences = load_sentences()
    labels = [y for _, y, _ in sentences]
    assert len(sentences) >= 350
    assert labels.count(1) >= 150 and labels.count(0) >= 150
    assert all(stem.startswith("reports_") == (y == 1) for _, y, stem in sentences)


@pytest.mark.parametrize("sentence", [*REPORTS.values(), *NON_REPORTS.values(), ""])
def test_events_reportness_features_in_range(sentence: str) -> None:
    feats = sentence_features(words_of(sentence))
    assert set(feats) == set(FEATURES)
    assert all(0.0 <= v <= 1.0 for v in feats.values())


def test_events_reportness_model_ships_every_feature() -> None:
    model = load_reportness_model()
    assert model is not None
    assert list(model["weights"]) == list(FEATURES)


def test_cli_train_reportness_reproduces_the_shipped_model(tmp_path: Path) -> None:
    # the shipped model is what the corpus trains to, byte for byte: a corpus or feature edit
    # without a retrain (or a trainer that is not deterministic) fails here
    out = tmp_path / "reportness.json"
    assert main(["train", "reportness", "--out", str(out)]) == 0
    shipped = resources.files("rasd").joinpath("models", "events", "reportness_lr.json").read_bytes()
    assert out.read_bytes() == shipped


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_events_reportness_report_reads_as_report(name: str) -> None:
    assert _p(REPORTS[name]) >= 0.5


@pytest.mark.parametrize("name", sorted(NON_REPORTS))
def test_events_reportness_non_report_reads_as_none(name: str) -> None:
    assert _p(NON_REPORTS[name]) < 0.5


def test_events_reportness_call_is_sure_but_not_very_sure() -> None:
    # the premise of the drop table below
    assert DROP_SURE_BELOW <= _p(CALL) < DROP_BELOW


@pytest.mark.parametrize(
    ("sentence", "confidence", "fatalities", "dropped"),
    [
        (CALL, 0.2, None, True),  # sure, and nothing to lose
        (CALL, 0.2, 0, True),  # a zero toll is no toll
        (CALL, 0.2, 3, False),  # a toll: only when very sure
        (CALL, CONFIDENT, None, False),  # a confident event: only when very sure
        (NON_REPORTS["threat"], 0.9, 5, True),  # very sure
        (REPORTS["wire"], 0.2, None, False),
        (COUNTED, 0.2, None, False),  # sure of the statement, but it counts its act
    ],
)
def test_events_reportness_drops_only_when_sure(sentence: str, confidence: float, fatalities: int | None,
                                                dropped: bool) -> None:
    words = words_of(sentence)
    assert unreported(words, [(0, len(words))], confidence, fatalities) is dropped


def test_events_reportness_counted_act_is_read() -> None:
    words = words_of(COUNTED)
    assert _p(COUNTED) < DROP_BELOW and counts_an_act(words, 0, len(words))
    call = words_of(CALL)
    assert not counts_an_act(call, 0, len(call))


def test_events_reportness_any_reporting_sentence_keeps_the_event() -> None:
    words = words_of(CALL + " " + REPORTS["wire"])
    split = next(i for i, w in enumerate(words) if w.key == ".") + 1
    assert unreported(words, [(0, split)], 0.2, None)
    assert not unreported(words, [(0, split), (split, len(words))], 0.2, None)
