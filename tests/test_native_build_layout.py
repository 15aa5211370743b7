"""The modules ``python -m rasd.native_build`` compiles keep a layout mypyc compiles without
changing what they do: no subclass of a built-in container, no read of ``self.__slots__``, and a
pickled class that a compiled ``__init__()`` (called with no arguments on unpickling) can rebuild."""

from __future__ import annotations

import ast
import pickle
from pathlib import Path

import pytest

from rasd.kb import gazetteer as gz
from rasd.native_build import HOT_MODULES
from rasd.stages.events.lexicon import slots_present, words_of
from rasd.stages.events.terms import _heads_of, range_slots
from rasd.stages.events.word_range import WordRange
from rasd.tokens import TokenLayer

SRC = Path(__file__).resolve().parents[1] / "src"
_BUILTIN_BASES = frozenset({"list", "dict", "set", "frozenset", "str", "tuple", "int", "float", "bytes"})


def _base_name(node: ast.expr) -> str:
    if isinstance(node, ast.Subscript):  # list[Word]
        node = node.value
    return node.id if isinstance(node, ast.Name) else ""


@pytest.mark.parametrize("source", HOT_MODULES)
def test_native_build_layout_no_builtin_subclass(source: str) -> None:
    tree = ast.parse((SRC / source).read_text(encoding="utf-8"))
    subclasses = [node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
                  and any(_base_name(base) in _BUILTIN_BASES for base in node.bases)]
    assert subclasses == []


@pytest.mark.parametrize("source", HOT_MODULES)
def test_native_build_layout_no_slots_read(source: str) -> None:
    tree = ast.parse((SRC / source).read_text(encoding="utf-8"))
    reads = [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Attribute) and node.attr == "__slots__"
             and isinstance(node.value, ast.Name) and node.value.id == "self"]
    assert reads == []


def _tuple_constants(tree: ast.Module) -> set[str]:
    """Names a module binds, at its top level, to a tuple display (``BLOCK = ("", False)``)."""
    names: set[str] = set()
    for node in tree.body:
        target = node.target if isinstance(node, ast.AnnAssign) else \
            node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else None
        if isinstance(target, ast.Name) and isinstance(node.value, ast.Tuple):  # type: ignore[union-attr]
            names.add(target.id)
    return names


@pytest.mark.parametrize("source", HOT_MODULES)
def test_native_build_layout_no_identity_test_on_tuple_constant(source: str) -> None:
    """mypyc unboxes a fixed-length tuple and boxes it again where it is needed, so ``x is
    CONSTANT`` fails in a compiled build where pure Python finds the very object (``==``)."""
    tree = ast.parse((SRC / source).read_text(encoding="utf-8"))
    constants = _tuple_constants(tree)
    identity = [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Compare)
                and any(isinstance(op, (ast.Is, ast.IsNot)) for op in node.ops)
                and any(isinstance(side, ast.Name) and side.id in constants
                        for side in (node.left, *node.comparators))]
    assert identity == []


@pytest.mark.parametrize(("code", "expected"), [
    ('BLOCK = ("", False)\nok = r is BLOCK\n', {"BLOCK"}),
    ('WEAK: tuple[str, bool] = ("weak", False)\n', {"WEAK"}),
    ("NAMES = frozenset()\nLIMIT = 3\n", set()),
])
def test_native_build_layout_tuple_constants_found(code: str, expected: set[str]) -> None:
    assert _tuple_constants(ast.parse(code)) == expected


_ROWS: list[list[gz.Row]] = [
    [],
    [(1, "Aleppo", "SY", "09", 36.2, 37.16, 1_800_000, gz.KIND_CITY)],
    [(None, "X", "IQ", None, 0.0, 0.0, 0, 0), (7, "Mosul", "IQ", "18", 36.34, 43.13, 1_700_000, gz.KIND_CITY)],
]


def test_native_build_layout_entry_fields_are_the_slots() -> None:
    assert gz._ENTRY_FIELDS == gz.EntryTable.__slots__


@pytest.mark.parametrize("rows", _ROWS)
def test_native_build_layout_entry_table_rebuilt_from_empty(rows: list[gz.Row]) -> None:
    """What unpickling does to a compiled table: ``__init__()``, then ``__setstate__``."""
    table = gz.EntryTable(rows)
    again = gz.EntryTable()
    again.__setstate__(table.__getstate__())
    assert again == table and [again[i] for i in range(len(rows))] == rows
    assert pickle.loads(pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL)) == table


@pytest.mark.parametrize("text", ["قتل ثلاثة مدنيين في قصف على حلب.", "اشتباكات عنيفة، وانفجار سيارة مفخخة في الموصل"])
def test_native_build_layout_word_range_slots(text: str) -> None:
    layer = TokenLayer.of(text)
    words = words_of(text, 0, len(text))
    assert type(words) is WordRange and layer is not None
    expected: list[tuple[int, ...]] = []
    _heads_of(list(words), expected)
    assert range_slots(words) == slots_present(words) == frozenset().union(*expected)
