"""Tests for benchmarks/profile_native.py's charging of perf samples: mypyc names read as
dotted names, self time to the innermost compiled frame (or the interpreter, or neither),
inclusive time once per function, and a function's samples split by nearest callee."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

_BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def _load() -> ModuleType:
    sys.path.insert(0, str(_BENCH))
    try:
        spec = importlib.util.spec_from_file_location("profile_native", _BENCH / "profile_native.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(_BENCH))


profile = _load()


@pytest.mark.parametrize(
    ("symbol", "name"),
    [
        ("CPyDef_terms____heads_of", "terms._heads_of"),
        ("CPyPy_scoring___ModelWeights___tag", "scoring.ModelWeights.tag"),
        ("CPyDef_events___lexicon____LayerWords_____init__", "events.lexicon._LayerWords.__init__"),
        ("CPyDef_text___normalize_key+0x1f", "text.normalize_key"),
        ("_PyEval_EvalFrameDefault", None),
        ("PyDict_GetItem", None),
    ],
)
def test_native_profile_readable_names(symbol: str, name: str | None) -> None:
    assert profile.readable(symbol) == name


@pytest.mark.parametrize(
    ("stack", "charged"),
    [
        (["unicodekeys_lookup_unicode", "PyDict_GetItem", "CPyDef_terms____heads_of", "CPyDef_terms___find"],
         "terms._heads_of"),
        (["PyLong_FromLong", "_PyEval_EvalFrameDefault", "CPyDef_stage___run"], "interpreted"),
        (["malloc", "PyObject_Malloc"], "other"),
    ],
)
def test_native_profile_self_time_goes_to_innermost_compiled_frame(stack: list[str], charged: str) -> None:
    assert profile.owner(stack) == charged


_SCRIPT = """python
\t  7f01 PyDict_GetItem
\t  7f02 CPyDef_terms____heads_of
\t  7f03 CPyDef_terms___TermSet___find
\t  7f04 CPyDef_terms___TermSet___find

python
\t  7f05 _PyEval_EvalFrameDefault
\t  7f03 CPyDef_terms___TermSet___find

python
\t  7f06 PyList_Append
\t  7f03 CPyDef_terms___TermSet___find
"""


def test_native_profile_attribution_counts_self_inclusive_and_callees() -> None:
    total, own, inclusive, children = profile.attribute(profile.samples(_SCRIPT.splitlines()),
                                                        ["terms.TermSet.find"])
    assert total == 3
    assert own == {"terms._heads_of": 1, "interpreted": 1, "terms.TermSet.find": 1}
    # a recursive frame counts once per sample
    assert inclusive == {"terms.TermSet.find": 3, "terms._heads_of": 1}
    assert children["terms.TermSet.find"] == {"terms._heads_of": 1, "interpreted": 1, "self": 1}
