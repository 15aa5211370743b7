"""Tests for the entities stage (rasd.stages.entities.stage)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from acceptance_entities import RAQQA_ENTITIES
from rasd.document import Document, Sentence
from rasd.pipeline import Pipeline, PipelineConfig, registered_stages
from rasd.stages.entities.stage import EntitiesStage

STAGE = EntitiesStage()


def _doc(text: str, language: str | None = "ar") -> Document:
    return Document(id="t", text=text, language=language, sentences=(Sentence(0, len(text)),))


def _entities(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    doc = STAGE(_doc(text))
    doc.validate()
    return {doc.text[e.start : e.end]: (e.type, e.canonical, e.id) for e in doc.entities}


@pytest.fixture(scope="module")
def raqqa_doc(raqqa_raw: str) -> Document:
    config = PipelineConfig.from_dict({"stages": ["clean", "segment", "entities"]})
    return Pipeline.from_config(config)(Document(id="raqqa", text=raqqa_raw))


def test_entities_stage_is_registered() -> None:
    assert "entities" in registered_stages()
    assert EntitiesStage.requires == frozenset({"sentences"})
    assert EntitiesStage.provides == frozenset({"entities"})


@pytest.mark.parametrize(("surface", "coarse"), RAQQA_ENTITIES)
def test_entities_sample_finds_the_acceptance_entities(raqqa_doc: Document, surface: str, coarse: set[str]) -> None:
    found = {raqqa_doc.text[e.start : e.end]: e.type for e in raqqa_doc.entities}
    assert surface in found, sorted(found)
    assert found[surface] in coarse


def test_entities_sample_sdf_spellings_share_one_canonical(raqqa_doc: Document) -> None:
    canon = {
        e.canonical
        for e in raqqa_doc.entities
        if raqqa_doc.text[e.start : e.end] in {"قوات سورية الديموقراطية", "قوات سورية الديمقراطية"}
    }
    assert canon == {"Syrian Democratic Forces"}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("وقال متحدث لرويترز إن الهجوم انتهى.", "رويترز"),
        ("ووصل الوفد إلى دمشق قادما من بغداد وواشنطن أمس.", "واشنطن"),
        ("وطرد الجيش مقاتلي التنظيم ولداعش خلايا في المدينة.", "داعش"),
        ("وقالت وكالة فرانس برس إن التحالف الدولي شن غارات.", "التحالف الدولي"),
    ],
)
def test_entities_spans_exclude_proclitics(text: str, surface: str) -> None:
    assert surface in _entities(text)


def test_entities_short_person_mention_links_to_full_name() -> None:
    text = "وقال المتحدث مصطفى بالي إن المعركة مستمرة. وأضاف بالي أن المقاتلين غادروا."
    doc = STAGE(_doc(text))
    by_surface = {doc.text[e.start : e.end]: e for e in doc.entities}
    assert "مصطفى بالي" in by_surface and "بالي" in by_surface
    assert by_surface["بالي"].canonical == by_surface["مصطفى بالي"].canonical


def test_entities_kb_gives_english_canonical_and_id() -> None:
    found = _entities("وقال مسؤول إن قوات سوريا الديمقراطية وقسد سيطرت على الرقة.")
    assert found["قوات سوريا الديمقراطية"][1:] == ("Syrian Democratic Forces", "sdf")
    assert found["قسد"][1:] == ("Syrian Democratic Forces", "sdf")


def test_entities_non_arabic_document_is_left_alone() -> None:
    doc = _doc("The Syrian Democratic Forces said on Sunday.", language="en")
    assert STAGE(doc).entities == ()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["قال ", "مصطفى ", "بالي", " ", "\n", "لرويترز", "،", ".", "داعش", "ولل", "x", "٣", '"']), max_size=30).map("".join))
def test_entities_never_raise_and_spans_fit(text: str) -> None:
    doc = STAGE(_doc(text))
    doc.validate()
    last = 0
    for e in doc.entities:
        assert last <= e.start < e.end
        assert e.type in {"PER", "ORG", "LOC", "GPE", "FAC", "MISC"}
        last = e.end


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=60))
def test_entities_arbitrary_text_with_odd_sentences(text: str) -> None:
    sentences = (Sentence(0, len(text) // 2), Sentence(len(text) // 2, len(text)))
    doc = STAGE(Document(id="x", text=text, sentences=sentences))
    doc.validate()


@pytest.mark.parametrize(
    "text",
    [
        "وقال مصدر عسكري في العاشر من ربيع الأول إن الهجوم فشل.",
        "وأعلن متحدث في الأول من شهر رمضان أن القوات انسحبت. وأضاف الأول أن المعارك توقفت.",
    ],
)
def test_entities_months_ordinals_and_anonymous_sources_are_not_names(text: str) -> None:
    found = _entities(text)
    assert not {"ربيع الأول", "رمضان", "مصدر عسكري", "الأول"} & set(found)
