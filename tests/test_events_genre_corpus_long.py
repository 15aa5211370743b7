"""The genre model's corpus holds long pieces of both kinds, the shipped model is exactly what
``rasd train genre`` makes of the corpus (a retrain is byte-identical), and the model reads
multi-paragraph pieces it never saw: a report told through an official's statement stays above the bar where
weak events are dropped, and an analysis and a condemnation that recall an incident read as
reporting nothing. (A monthly tally of an NGO still reads as a report: a known weakness.)

Every article here was written for these tests, in the style of Arabic news pages; none is in
the training corpus."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from rasd.cli import main
from rasd.stages.events.genre import GENRE_NO_REPORT, report_probability
from rasd.train.genre import load_corpus

#: A piece of at least this many words counts as long here.
LONG_WORDS = 150

LONG_REPORTS = {
    "statement with plans": (
        "قائد القطاع: استسلام مجموعة من المسلحين أمس وستحال أسماؤهم إلى القضاء",
        "سلمت مجموعة من المسلحين بينهم قائد ميداني أنفسهم أمس لقوات القطاع الشرقي عند أطراف البلدة، "
        "بعد اتصالات أجراها وجهاء من المنطقة، بحسب ما قال قائد القطاع.\n"
        "وأوضح القائد في اتصال مع الصحيفة أن أسماء المسلحين سترفع إلى الجهات القضائية، وأن من تلطخت "
        "يداه بدماء المدنيين سيحاكم، فيما سيعاد الآخرون إلى أهاليهم بعد التحقيق.\n"
        "وأضاف أن فرق الهندسة نزعت صباح اليوم عشرات الألغام من الطريق المؤدي إلى البلدة، وأن الطريق "
        "سيفتح أمام المدنيين خلال أيام.\n"
        "وقال إن قواته ستواصل التقدم نحو المواقع المتبقية، وإن الأيام المقبلة ستشهد تطورات كبيرة.\n"
        "ويأتي ذلك بعد يوم من اشتباك داخل أحد معسكرات الطرف الآخر، قتل فيه ثلاثة من عناصره، بحسب "
        "مصادر محلية.",
    ),
    "round-up": (
        "مقتل خمسة جنود في كمين بالجنوب واحتجاجات في العاصمة على غلاء الوقود",
        "قتل خمسة جنود وأصيب أربعة آخرون مساء الإثنين في كمين نصبه مسلحون لدورية عسكرية على طريق "
        "جبلي في المحافظة الجنوبية، بحسب مصدر عسكري.\n"
        "وقال المصدر إن المسلحين فجروا عبوة ناسفة عند مرور المركبة الأولى ثم فتحوا النار على الجنود، "
        "قبل أن ينسحبوا نحو الوديان المجاورة.\n"
        "وفي العاصمة، تظاهر مئات الأشخاص أمام مقر الحكومة احتجاجا على رفع أسعار الوقود، وأغلقوا "
        "الطريق الرئيسي ساعتين قبل أن تفرقهم الشرطة.\n"
        "وقال أحد المحتجين إن الأسعار تضاعفت خلال عام، وإن الرواتب لم تتغير.\n"
        "وتشهد البلاد منذ أشهر أزمة اقتصادية خانقة، فيما تخوض القوات معارك متقطعة مع الجماعات "
        "المسلحة في الجنوب.",
    ),
}
LONG_NON_REPORTS = {
    "analysis recalling an ambush": (
        "ما الذي تكشفه الكمائن المتكررة عن حرب الجنوب؟",
        "يرى محللون أن الكمائن التي تتعرض لها الدوريات في الجنوب منذ سنوات تكشف خللا في طريقة "
        "انتشار القوات، أكثر مما تكشف قوة الجماعات المسلحة.\n"
        "فالجماعات تعتمد على معرفتها بالتضاريس، وعلى شبكات من المتعاونين في القرى، بينما تتحرك "
        "الدوريات على الطرق نفسها وفي الأوقات نفسها تقريبا.\n"
        "ويقول خبراء عسكريون إن المطلوب هو تغيير العقيدة القتالية، والاعتماد على وحدات صغيرة "
        "سريعة الحركة، وعلى الاستطلاع الجوي.\n"
        "ويعتقد آخرون أن الحل سياسي قبل أن يكون عسكريا، وأن إشراك زعماء المناطق في إدارة شؤونها "
        "قد يسحب البساط من تحت أقدام المسلحين.\n"
        "وتبقى الأسئلة مطروحة: هل تملك الحكومة رؤية طويلة الأمد؟ وهل يستطيع الجيش تغيير أساليبه؟",
    ),
    "condemnation recalling an attack": (
        "اتحاد المحامين يستنكر الاعتداء على المحكمة ويطالب بحماية القضاة",
        "استنكر اتحاد المحامين بأشد العبارات الاعتداء الذي تعرض له مبنى المحكمة الأسبوع الماضي، "
        "معربا عن تضامنه الكامل مع القضاة والموظفين.\n"
        "وقال الاتحاد في بيان إن الاعتداء على مؤسسات العدالة اعتداء على المجتمع كله، داعيا السلطات "
        "إلى كشف الفاعلين وتقديمهم إلى القضاء.\n"
        "وطالب البيان بتوفير الحماية اللازمة للمحاكم والعاملين فيها، وتشديد العقوبات على من يعتدي "
        "عليهم.\n"
        "وأعلن الاتحاد تعليق العمل في المحاكم يوما واحدا تعبيرا عن الاحتجاج والتضامن.",
    ),
}


def test_events_genre_corpus_holds_long_pieces_of_both_kinds() -> None:
    corpus = load_corpus()
    assert len(corpus) >= 250
    long_pieces = [y for _, text, y, _ in corpus if len(text.split()) >= LONG_WORDS]
    assert long_pieces.count(1) >= 8 and long_pieces.count(0) >= 8


def test_cli_train_genre_reproduces_the_shipped_model(tmp_path: Path) -> None:
    # the shipped model is what the corpus trains to, byte for byte: a corpus edit without a
    # retrain (or a trainer that is not deterministic) fails here
    out = tmp_path / "genre.json"
    assert main(["train", "genre", "--out", str(out)]) == 0
    shipped = resources.files("rasd").joinpath("models", "events", "genre_lr.json").read_bytes()
    assert out.read_bytes() == shipped


@pytest.mark.parametrize("name", sorted(LONG_REPORTS))
def test_events_genre_long_report_stays_above_the_bar(name: str) -> None:
    p = report_probability(*LONG_REPORTS[name])
    assert p is not None and p >= 2 * GENRE_NO_REPORT, p


@pytest.mark.parametrize("name", sorted(LONG_NON_REPORTS))
def test_events_genre_long_non_report_reads_as_none(name: str) -> None:
    p = report_probability(*LONG_NON_REPORTS[name])
    assert p is not None and p < 0.5, p
