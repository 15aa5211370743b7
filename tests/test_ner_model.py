"""Tests for the two-pass CRF model, its training and the `rasd train` / `rasd eval ner`
commands (rasd.ner.model, rasd.commands.train, rasd.evaluation.ner)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.cli import main
from rasd.evaluation.ner import evaluate
from rasd.ner.corpus import Sentence
from rasd.ner.features import FEATURE_VERSION, sentence_features, word_info
from rasd.ner.model import MODEL_FILES, NUMPY_FROM, NerModel, document_features, load_model, train_model

TINY: list[Sentence] = [
    (["قال", "مصطفى", "بالي", "في", "دمشق", "."], ["O", "B-PER", "I-PER", "O", "B-LOC", "O"]),
    (["وزار", "عمر", "علوش", "بغداد", "أمس", "."], ["O", "B-PER", "I-PER", "B-LOC", "O", "O"]),
    (["أعلنت", "وزارة", "الدفاع", "في", "القاهرة", "."], ["O", "B-ORG", "I-ORG", "O", "B-LOC", "O"]),
    (["وأكد", "الرئيس", "حسني", "مبارك", "ذلك", "."], ["O", "O", "B-PER", "I-PER", "O", "O"]),
] * 4


def test_ner_model_shipped_model_loads_and_tags() -> None:
    model = load_model()
    assert model.meta["feature_version"] == FEATURE_VERSION
    tags = model.tag([["وقال", "المتحدث", "مصطفى", "بالي", "إن", "واشنطن", "تدعم", "قوات", "سوريا", "الديمقراطية"], []])
    assert len(tags[0]) == 10 and tags[1] == []
    assert tags[0][2:4] == ["B-PER", "I-PER"]
    assert tags[0][5].endswith("LOC")


def test_ner_model_document_features_use_other_sentences() -> None:
    feats = document_features([["بالي", "قال"], ["بالي"]], [["B-PER", "O"], ["O"]], window=None)
    assert "d:PER" in feats[1][0]
    assert not any(f.startswith("d:") for f in feats[0][1])


_LABELS = st.sampled_from(["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.tuples(st.sampled_from("abcde"), _LABELS), max_size=8), max_size=6))
def test_ner_model_whole_document_features_equal_widest_window(rows: list[list[tuple[str, str]]]) -> None:
    stems = [[s for s, _ in row] for row in rows]
    tags = [[t for _, t in row] for row in rows]
    assert document_features(stems, tags, None) == document_features(stems, tags, len(rows) + 1)


def _reference_tags(model: NerModel, sentences: list[list[str]]) -> list[list[str]]:
    """Tagging with the full feature lists (what the fast path must reproduce)."""
    feats = [sentence_features(s, model.lists) if s else [] for s in sentences]
    first = [list(model.pass1.tag(f)) if f else [] for f in feats]
    stems = [[word_info(w)[3] for w in s] for s in sentences]
    doc = document_features(stems, first, None)
    assert model.pass2 is not None
    return [list(model.pass2.tag([a + b for a, b in zip(f, d, strict=True)])) if f else [] for f, d in zip(feats, doc, strict=True)]


@pytest.mark.parametrize(
    "text",
    [
        "وقال المتحدث مصطفى بالي إن واشنطن تدعم قوات سوريا الديمقراطية في الرقة .",
        "أعلن التحالف الدولي بقيادة الولايات المتحدة أن قواته قصفت مواقع لتنظيم داعش قرب دير الزور .\nوقال بالي لرويترز إن المعارك مستمرة .",
        "",
    ],
)
def test_ner_model_fast_tagging_equals_full_feature_tagging(text: str) -> None:
    model = load_model()
    sentences = [line.split() for line in text.split("\n")]
    assert model.tag(sentences) == _reference_tags(model, sentences)


def test_ner_model_training_is_reproducible(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    train_model(TINY, a, folds=2, params={"max_iterations": 20})
    train_model(TINY, b, folds=2, params={"max_iterations": 20})
    for name in MODEL_FILES:
        assert (a / name).is_file()
    for name in ("pass1.crfsuite", "pass2.crfsuite", "names.tsv.gz"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    model = NerModel.load(a)
    assert len(model.tag([["قال", "مصطفى", "بالي"]])[0]) == 3


def test_ner_model_stale_feature_version_is_a_clear_error(tmp_path: Path) -> None:
    train_model(TINY, tmp_path, folds=2, params={"max_iterations": 5})
    meta = tmp_path / "meta.json"
    meta.write_text(meta.read_text(encoding="utf-8").replace(f'"feature_version": {FEATURE_VERSION}', '"feature_version": -1'))
    with pytest.raises(ValueError, match="rasd train ner"):
        NerModel.load(tmp_path)


def test_ner_model_train_command_without_data_fails_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["train", "ner", "--data", str(tmp_path), "--out", str(tmp_path / "m")]) == 2
    assert "not found" in capsys.readouterr().err


def test_ner_model_train_command_rejects_missing_data_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["train", "kb", "--data", str(tmp_path / "nope")]) == 2
    assert "no such folder" in capsys.readouterr().err


def test_ner_model_eval_skips_without_data(tmp_path: Path) -> None:
    assert evaluate(None).skipped
    assert evaluate(tmp_path).skipped


def test_ner_model_eval_scores_shipped_model(shared_data: Path) -> None:
    result = evaluate(shared_data)
    assert result.skipped is None
    assert 0.6 < result.metrics["micro_f1"] <= 1.0
    assert {"per_f1", "org_f1", "loc_f1", "misc_f1"} <= set(result.metrics)


_SHORT = "وقال المتحدث مصطفى بالي إن واشنطن تدعم قوات سوريا الديمقراطية في الرقة ."
_LONG = (
    "أعلن التحالف الدولي بقيادة الولايات المتحدة أن قواته قصفت مواقع لتنظيم داعش قرب دير الزور .\n"
    "وقال المتحدث مصطفى بالي لرويترز إن المعارك مستمرة في الرقة وإن قوات سوريا الديمقراطية تتقدم .\n"
    "وأضاف بالي أن عشرات المدنيين غادروا الأحياء الشرقية من المدينة خلال الأيام الماضية باتجاه "
    "مخيمات في ريف الحسكة ، بينما تواصل الطائرات قصف مواقع التنظيم في البادية ."
)


@pytest.mark.parametrize("numpy_from", [0, 1, 20, 10_000])
def test_ner_model_tags_do_not_depend_on_where_numpy_takes_over(numpy_from: int) -> None:
    """Short documents go to CRFsuite and the others to the numpy scorer, whose weights are
    read at the first of those: the tags of a short and then a long document are the
    same wherever that line is drawn (the scorer's per-word tables then cover the words
    CRFsuite saw first)."""
    directory = load_model().directory
    model, reference = NerModel.load(directory), NerModel.load(directory)
    model.numpy_from, reference.numpy_from = numpy_from, sys.maxsize
    for text in (_SHORT, _LONG, _SHORT):
        sentences = [line.split() for line in text.split("\n")]
        assert model.tag(sentences) == reference.tag(sentences)
    assert reference._weights is None
    assert (model._weights is not None) == (numpy_from <= len(_LONG.split()))


def test_ner_model_short_document_is_tagged_without_numpy(tmp_path: Path) -> None:
    """A process that analyses one short article never imports numpy (its start-up)."""
    article = tmp_path / "tiny.txt"
    article.write_text("قتل شخصان في انفجار في بغداد أمس.\n", encoding="utf-8")
    code = ("import sys; from rasd.cli import main; main(['analyze', sys.argv[1]]); "
            "print('numpy' in sys.modules, file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code, str(article)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines()[-1] == "False"
    assert NUMPY_FROM > len(article.read_text(encoding="utf-8").split())
