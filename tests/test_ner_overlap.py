"""experiments.ner_overlap: which sentences of a corpus repeat another corpus's text."""

from __future__ import annotations

from pathlib import Path

from experiments.ner_overlap import classify, main

A = (["قال", "وزير", "الخارجية", "الفرنسي", "في", "باريس", "امس"], ["O"] * 7)
B = (["افتتح", "المعرض", "الدولي", "للكتاب", "في", "القاهرة", "وبيروت"], ["O"] * 7)
C = (["فاز", "الفريق", "المحلي", "على", "ضيفه", "بثلاثة", "اهداف"], ["O"] * 7)


def test_ner_overlap_matches_across_tokenisations() -> None:
    retok = (["قال", "وزير", "الخارجية", "الفرنسي", "في", "باريس", "أمس"], ["O"] * 7)  # hamza differs
    split = (["افتتح", "المعرض", "الدولي", "للكتاب", "في", "القاهرة", "و", "بيروت"], ["O"] * 8)  # clitic split off
    got = classify([retok, split, C], {"test": [A], "train": [B]})
    assert got == {"test": (1, 7), "train": (1, 8), "new": (1, 7)}


def test_ner_overlap_cli_names_an_unreadable_file(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "c.txt"
    corpus.write_text("قال O\nوزير O\n", encoding="utf-8")
    assert main([str(corpus), f"test={tmp_path / 'missing.txt'}"]) == 2
    assert "missing.txt" in capsys.readouterr().err
    assert main([str(corpus), "nonsense"]) == 2
