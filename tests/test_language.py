"""The language stage: Arabic by script without the model, other languages by lingua's
low-accuracy (trigram) models, and a warning for what the Arabic stages will skip."""

from __future__ import annotations

import pytest

from rasd.api import new_document
from rasd.stages.language import LanguageStage, detect_language, unload_models


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("أعلنت وزارة الصحة في المدينة أن حصيلة القصف الذي استهدف السوق ارتفعت إلى تسعة قتلى.", "ar"),
        ("The ministry said on Tuesday that the convoy had reached the northern town after a delay of two days.", "en"),
        ("Le ministère a indiqué mardi que le convoi avait atteint la ville du nord après deux jours de retard.", "fr"),
        ("Bakanlık salı günü yaptığı açıklamada konvoyun iki günlük gecikmenin ardından kuzeydeki kasabaya ulaştığını söyledi.", "tr"),
        ("وزارت بهداشت روز سه‌شنبه گفت که کاروان پس از دو روز تاخیر به شهر شمالی رسید و کمک‌ها را تحویل داد.", "fa"),
        ("Das Ministerium teilte am Dienstag mit, der Konvoi habe die Stadt im Norden nach zwei Tagen Verspätung erreicht.", "de"),
        ("1234 5678 -- 90", None),
    ],
)
def test_language_detect_table(text: str, code: str | None) -> None:
    assert detect_language(text) == code


def test_language_stage_warns_for_a_non_arabic_article_and_models_reload_after_unload() -> None:
    text = "The convoy reached the town on Tuesday, the ministry said in a statement issued in the capital."
    doc = LanguageStage()(new_document(text))
    assert doc.language == "en"
    assert any("not Arabic" in w for w in doc.warnings)
    unload_models()
    assert detect_language(text) == "en"


def test_language_stage_arabic_article_has_no_warning() -> None:
    doc = LanguageStage()(new_document("قالت الشرطة إن مسلحين هاجموا نقطة تفتيش شمال البلدة فجر اليوم."))
    assert doc.language == "ar"
    assert doc.warnings == ()
