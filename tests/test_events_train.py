"""The fast events classifier's training data readers (no PyTorch, no ../shared needed)."""

from __future__ import annotations

from pathlib import Path

from rasd.train.events import dev_ambiguous, load_split


def _fake_gsr(root: Path) -> Path:
    base = root / "arabic_event_gsr"
    base.mkdir()
    (base / "protest_split.tsv").write_text("id\tsplit\na\tdev\nb\tdev\nc\ttest\nd\tdev\n", encoding="utf-8")
    (base / "protest_gsr.csv").write_text(
        ",accept,event_type,id,label,reject,text,total\n"
        "0,3,PROTEST,a,yes,0,تظاهر الآلاف,3\n"
        "1,2,PROTEST,b,ambiguous,1,خرج محتجون,3\n"
        "2,2,PROTEST,c,ambiguous,1,اعتصم الطلاب,3\n"
        "3,0,PROTEST,d,easy no,3,ارتفعت الأسعار,3\n",
        encoding="utf-8",
    )
    return root


def test_events_train_ambiguous_rows_are_training_only(tmp_path: Path) -> None:
    data = _fake_gsr(tmp_path)
    assert load_split(data, "protest", "dev") == [("تظاهر الآلاف", 1), ("ارتفعت الأسعار", 0)]
    # the dev split's ambiguous rows with their accepting share; the test split's never
    assert dev_ambiguous(data, "protest") == [("خرج محتجون", 2 / 3)]
