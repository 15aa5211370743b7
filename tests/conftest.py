from __future__ import annotations

from pathlib import Path

import pytest

from rasd.evaluation import find_shared_data

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT.parent / "shared" / "samples" / "raqqa-2017-10-15.txt"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    data = find_shared_data()
    if data is None:
        pytest.skip("needs ../shared/data (absent in this checkout)")
    return data


@pytest.fixture(scope="session")
def raqqa_raw() -> str:
    if not SAMPLE.is_file():
        pytest.skip("needs ../shared/samples/raqqa-2017-10-15.txt (absent in this checkout)")
    return SAMPLE.read_text(encoding="utf-8")
