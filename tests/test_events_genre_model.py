"""The article genre model (rasd.stages.events.genre) and its trainer (rasd.train.genre): the
project's own corpus loads, the features stay in range, the trainer learns a separable toy
problem, and the shipped model tells a wire report from a column, a condemnation, an
interview and an analysis.

Every article here was written for these tests, in the style of Arabic news pages; none is in
the training corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.cli import main
from rasd.stages.events.genre import (
    FEATURES,
    article_features,
    load_genre_model,
    report_probability,
    score_features,
)
from rasd.train.genre import load_corpus, train_dense_lr

REPORTS = {
    "car bomb": (
        "مقتل سبعة في تفجير سيارة مفخخة قرب سوق في بعقوبة",
        "قتل سبعة أشخاص وأصيب 19 آخرون مساء أمس الأربعاء بانفجار سيارة مفخخة كانت متوقفة قرب سوق "
        "للخضار في مدينة بعقوبة، بحسب مصدر في الشرطة. وقال المصدر إن بين القتلى طفلين، وإن قوات الأمن "
        "طوقت المكان ومنعت الاقتراب منه. ونقل الجرحى إلى مستشفى المدينة العام.",
    ),
    "protest dispersed": (
        "الشرطة تفرق متظاهرين أمام مبنى البلدية",
        "فرقت الشرطة صباح اليوم بالغاز المسيل للدموع مئات المتظاهرين الذين تجمعوا أمام مبنى البلدية "
        "احتجاجا على انقطاع المياه، واعتقلت خمسة منهم، وفق ما أفاد شهود عيان. وقال أحد المحتجين إن "
        "الحي بلا ماء منذ عشرة أيام. وأغلقت المحال التجارية في الشارع حتى المساء.",
    ),
}
NON_REPORTS = {
    "column": (
        "متى نتعلم من دروس الحروب؟",
        "كتبت مرارا أن الحروب لا تنتهي بانتصار أحد، وأعود اليوم إلى الفكرة نفسها. أنا لا أملك حلا سحريا، "
        "لكنني أعتقد أن علينا أن نسأل أنفسنا: لماذا نكرر الأخطاء ذاتها؟ لقد دفعنا ثمنا باهظا من الدماء "
        "والأموال، وما زال بيننا من يبشر بالحسم العسكري. أليس هذا جنونا؟",
    ),
    "condemnation": (
        "منظمة إقليمية تدين الاعتداء وتعزي ذوي الضحايا",
        "أدانت الأمانة العامة للمنظمة بأشد العبارات الاعتداء الإرهابي، وأعربت عن تعازيها لأسر الضحايا "
        "وتضامنها الكامل مع حكومة البلد وشعبه. وجددت الأمانة رفضها للإرهاب بكل أشكاله، ودعت إلى "
        "تكثيف التعاون الدولي لتجفيف منابعه. وأكدت أنها تتابع التطورات عن كثب.",
    ),
    "analysis": (
        "هل تصمد التحالفات الجديدة في الحرب على التنظيم؟",
        "يرى محللون أن التحالفات التي تشكلت خلال الأشهر الماضية قد لا تصمد طويلا، لأن حسابات الأطراف "
        "متباينة. ويعتقد خبراء أن المرحلة المقبلة ستكشف حجم الخلافات، وربما تعيد رسم خريطة النفوذ في "
        "المنطقة. لماذا إذن يراهن الجميع على نصر سريع؟",
    ),
}


def test_events_genre_corpus_loads_both_kinds() -> None:
    corpus = load_corpus()
    assert len(corpus) >= 150
    labels = [y for _, _, y, _ in corpus]
    assert 0.3 < sum(labels) / len(labels) < 0.7
    assert all(title and len(text) > 80 for title, text, _, _ in corpus)


@pytest.mark.parametrize("name", sorted(REPORTS) + sorted(NON_REPORTS))
def test_events_genre_features_in_range(name: str) -> None:
    title, text = {**REPORTS, **NON_REPORTS}[name]
    feats = article_features(title, text)
    assert set(FEATURES) <= set(feats)
    assert all(0.0 <= v <= 1.0 for v in feats.values())


def test_events_genre_trainer_learns_a_separable_problem() -> None:
    rows = [{"a": x / 10, "b": 0.5} for x in range(10)]
    labels = [1 if x >= 5 else 0 for x in range(10)]
    model = train_dense_lr(rows, labels, ["a", "b"])
    assert model["weights"]["a"] > 0
    assert score_features(model, {"a": 0.9, "b": 0.5}) > 0.5 > score_features(model, {"a": 0.1, "b": 0.5})


def test_events_genre_model_ships_every_feature() -> None:
    model = load_genre_model()
    assert model is not None
    assert set(model["weights"]) == set(FEATURES)


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_events_genre_report_reads_as_report(name: str) -> None:
    p = report_probability(*REPORTS[name])
    assert p is not None and p > 0.5, p


@pytest.mark.parametrize("name", sorted(NON_REPORTS))
def test_events_genre_non_report_reads_as_none(name: str) -> None:
    p = report_probability(*NON_REPORTS[name])
    assert p is not None and p < 0.3, p


def test_cli_train_genre_writes_a_model(tmp_path: Path) -> None:
    out = tmp_path / "genre.json"
    assert main(["train", "genre", "--out", str(out)]) == 0
    assert '"cv5"' in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "body",
    [
        "تواصل الطائرات قصف المدينة منذ أسبوع.",
        "قال المتحدث إن الوضع هادئ.\nوأضاف أن الطرق مفتوحة.",
    ],
)
def test_events_genre_model_short_piece_is_not_judged(body: str) -> None:
    # under MIN_SENTENCES sentences most features are zero and the model would only echo its
    # corpus's share of non-reports: a brief is not judged at all
    assert report_probability("خبر قصير", body) is None
    assert report_probability("خبر قصير", body + "\nوتابع أن الاجتماع يعقد غدا.\nوختم بالشكر.") is not None
