"""Whole-document golden outputs: every bundled sample article analysed by the default
pipeline must give exactly the JSON stored in tests/golden/documents/.

A change in any stage that alters an output fails here. When the change is intended,
regenerate on purpose and review the diff before committing:

    RASD_UPDATE_GOLDEN=1 python -m pytest tests/test_golden_documents.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from rasd.api import get_pipeline
from rasd.commands.demo import sample_articles
from rasd.ingest.readers import to_document

GOLDEN = Path(__file__).parent / "golden" / "documents"
SAMPLES = list(sample_articles())


def _round(obj: object) -> object:
    """Floats rounded so that golden files do not flap on the last digit."""
    if isinstance(obj, float):
        return round(obj, 4)
    if isinstance(obj, dict):
        return {k: _round(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_round(v) for v in obj]
    return obj


def test_golden_documents_cover_every_sample() -> None:
    assert len(SAMPLES) >= 8
    if not os.environ.get("RASD_UPDATE_GOLDEN"):
        assert sorted(p.stem for p in GOLDEN.glob("*.json")) == sorted(str(s.id) for s in SAMPLES)


@pytest.mark.parametrize("raw", SAMPLES, ids=[str(s.id) for s in SAMPLES])
def test_golden_documents_match(raw) -> None:  # type: ignore[no-untyped-def]
    got = _round(get_pipeline()(to_document(raw)).to_dict())
    path = GOLDEN / f"{raw.id}.json"
    if os.environ.get("RASD_UPDATE_GOLDEN"):
        GOLDEN.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    want = json.loads(path.read_text(encoding="utf-8"))
    assert got == want
