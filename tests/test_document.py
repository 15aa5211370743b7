from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from rasd.document import (
    Dateline,
    Document,
    Entity,
    Event,
    Location,
    Place,
    Quote,
    Sentence,
    Span,
    SpanError,
    Speaker,
    TimeExpr,
)


def _full_doc() -> Document:
    text = "قال مصطفى بالي إن القتال مستمر في الرقة اليوم."
    return Document(
        id="d1",
        text=text,
        title="عنوان",
        published=dt.date(2017, 10, 15),
        dateline=Dateline("الرقة", "أ ف ب"),
        language="ar",
        removed=("التعليقات",),
        sources=("AFP",),
        sentences=(Sentence(0, len(text)),),
        entities=(Entity(4, 14, "PER", "Mustafa Bali", "per:1"),),
        quotes=(Quote(18, 40, False, Speaker("مصطفى بالي", "Mustafa Bali", None, 4, 14), "قال"),),
        times=(TimeExpr(41, 46, "2017-10-15"),),
        places=(Place(35, 40, "Raqqa", "SY", "Raqqa", 35.95, 39.01, 163915, 1),),
        events=(
            Event("Battles", "Armed clash", "2017-10-15", 1, Span(0, len(text)), "A", "B",
                  Location("الرقة", "Raqqa", "SY", "Raqqa", 35.95, 39.01, 1), None, "clash", 0.8),
        ),
        url="https://example.org/a",
        outlet="Example",
    )


def test_document_is_frozen_and_slotted() -> None:
    doc = _full_doc()
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.text = "x"  # type: ignore[misc]
    assert not hasattr(doc, "__dict__")
    assert not hasattr(doc.entities[0], "__dict__")


def test_document_json_round_trip() -> None:
    doc = _full_doc()
    data = json.loads(json.dumps(doc.to_dict(), ensure_ascii=False))
    assert Document.from_dict(data) == doc


def test_document_contract_keys_and_surface_text() -> None:
    data = _full_doc().to_dict()
    assert data["schema_version"] == 1
    for key in ("id", "title", "published", "dateline", "language", "text", "removed", "sources",
                "sentences", "entities", "quotes", "times", "places", "events"):
        assert key in data
    for kind in ("entities", "quotes", "times", "places"):
        for span in data[kind]:
            assert data["text"][span["start"]:span["end"]] == span["text"]
    assert set(data["events"][0]) >= {"event_type", "sub_event_type", "date", "time_precision", "actor1",
                                      "actor2", "location", "fatalities", "evidence", "notes", "confidence"}


def test_document_validate_rejects_bad_offsets() -> None:
    doc = _full_doc().evolve(entities=[Entity(5, 500, "PER")])
    with pytest.raises(SpanError):
        doc.validate()
    _full_doc().validate()


def test_document_evolve_turns_lists_into_tuples() -> None:
    doc = _full_doc().evolve(sources=["Reuters"])
    assert doc.sources == ("Reuters",)


def test_document_rejects_unknown_schema_version() -> None:
    data = _full_doc().to_dict()
    data["schema_version"] = 99
    with pytest.raises(ValueError):
        Document.from_dict(data)
