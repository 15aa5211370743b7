"""Tests for reading a CRFsuite model's attributes from its file (rasd.ner.crfsuite_file)."""

from __future__ import annotations

from pathlib import Path

import pycrfsuite
import pytest

import rasd.models
from rasd.ner.crfsuite_file import read_attributes
from rasd.ner.model import _model_attributes

MODEL_DIR = Path(rasd.models.__file__).parent / "ner"


@pytest.mark.parametrize("name", ["pass1.crfsuite", "pass2.crfsuite"])
def test_ner_crfsuite_file_attributes_equal_the_taggers_dump(name: str) -> None:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_DIR / name))
    attrs = read_attributes(MODEL_DIR / name)
    assert len(attrs) == len(set(attrs))
    assert set(attrs) == {attr for attr, _label in tagger.info().state_features}
    assert _model_attributes(tagger, MODEL_DIR / name) == set(attrs)


def test_ner_crfsuite_file_small_trained_model(tmp_path: Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.append([["w=قال", "x"], ["w=عمر", "y:1"], ["w=بغداد"]], ["O", "B-PER", "B-LOC"])
    trainer.append([["w=في"], ["w=دمشق", "y:1"]], ["O", "B-LOC"])
    trainer.set_params({"c1": 0.0, "c2": 0.01, "max_iterations": 20})
    trainer.train(str(tmp_path / "m.crfsuite"))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(tmp_path / "m.crfsuite"))
    assert set(read_attributes(tmp_path / "m.crfsuite")) == {a for a, _ in tagger.info().state_features}


@pytest.mark.parametrize("cut", [0, 10, 60, 500, -1000], ids=["empty", "header", "after-header", "in-labels", "truncated"])
def test_ner_crfsuite_file_broken_file_is_a_value_error(tmp_path: Path, cut: int) -> None:
    data = (MODEL_DIR / "pass1.crfsuite").read_bytes()
    path = tmp_path / "m.crfsuite"
    path.write_bytes(data[:cut])
    with pytest.raises(ValueError):
        read_attributes(path)


def test_ner_crfsuite_file_not_a_model(tmp_path: Path) -> None:
    path = tmp_path / "m.crfsuite"
    path.write_bytes(b"FOMC" * 100)
    with pytest.raises(ValueError, match="not a CRFsuite"):
        read_attributes(path)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_DIR / "pass1.crfsuite"))
    assert _model_attributes(tagger, path) == set(read_attributes(MODEL_DIR / "pass1.crfsuite"))  # falls back
