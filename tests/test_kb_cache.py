"""Tests for the start-up caches (rasd.kb.cache) and the loaders that use them: the NER
name lists and the actor knowledge base."""

from __future__ import annotations

import gc
import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rasd.kb import actors
from rasd.kb.cache import cached, fingerprint, paused_gc
from rasd.ner.gazetteer import SHARDS, WHOLE_AFTER, NameLists, shard_of

NAMES = Path(actors.__file__).parents[1] / "models" / "ner" / "names.tsv.gz"


def _fail() -> object:
    raise AssertionError("built again")


def test_kb_cache_builds_once_then_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASD_CACHE", str(tmp_path))
    assert cached("thing", "k1", lambda: {"a": (1, 2)}, lambda v: isinstance(v, dict)) == {"a": (1, 2)}
    assert (tmp_path / "thing-k1.pickle").is_file()
    assert cached("thing", "k1", _fail, lambda v: isinstance(v, dict)) == {"a": (1, 2)}


@pytest.mark.parametrize("content", [b"", b"not a pickle", b"\x80\x05K\x01.", b"\x80\x05\x95"], ids=["empty", "text", "wrong-shape", "truncated"])
def test_kb_cache_rebuilds_over_a_broken_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes) -> None:
    monkeypatch.setenv("RASD_CACHE", str(tmp_path))
    (tmp_path / "thing-k1.pickle").write_bytes(content)
    assert cached("thing", "k1", lambda: {"b": 2}, lambda v: isinstance(v, dict)) == {"b": 2}
    assert cached("thing", "k1", _fail, lambda v: isinstance(v, dict)) == {"b": 2}


def test_kb_cache_new_key_replaces_files_of_its_kind_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASD_CACHE", str(tmp_path))
    cached("thing", "old", lambda: 1, lambda v: True)
    cached("other", "old", lambda: 2, lambda v: True)
    cached("thing", "new", lambda: 3, lambda v: True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other-old.pickle", "thing-new.pickle"]


def test_kb_cache_unwritable_folder_still_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("RASD_CACHE", str(blocker / "cache"))  # under a file: cannot be created
    assert cached("thing", "k", lambda: [1], lambda v: True) == [1]


@pytest.mark.parametrize("enabled", [True, False])
@pytest.mark.parametrize("freeze", [True, False])
def test_kb_cache_paused_gc_restores_the_collector(enabled: bool, freeze: bool) -> None:
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        with paused_gc(freeze=freeze):
            assert not gc.isenabled()
        assert gc.isenabled() == enabled
        with pytest.raises(KeyError), paused_gc(freeze=freeze):
            raise KeyError("x")
        assert gc.isenabled() == enabled
    finally:
        gc.unfreeze()
        (gc.enable if was else gc.disable)()


def test_kb_cache_fingerprint_depends_on_every_part(tmp_path: Path) -> None:
    f = tmp_path / "f"
    f.write_bytes(b"ab")
    assert fingerprint([f]) == fingerprint([b"ab"]) == fingerprint(["ab"])
    assert fingerprint([b"a", b"b"]) != fingerprint([b"ab"]) != fingerprint([b"ab", b""])


def _parse_names(path: Path) -> tuple[dict[tuple[str, ...], set[str]], dict[str, int]]:
    """The name lists read the way rasd 0.3.0 read them, line by line."""
    index: dict[tuple[str, ...], set[str]] = {}
    max_len: dict[str, int] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            c, _, key = line.rstrip("\n").partition("\t")
            words = tuple(key.split(" "))
            if key and all(words):
                index.setdefault(words, set()).add(c)
                max_len[words[0]] = max(max_len.get(words[0], 0), len(words))
    return index, max_len


def test_kb_cache_name_lists_same_from_file_and_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASD_CACHE", str(tmp_path))
    index, max_len = _parse_names(NAMES)
    for _ in ("built", "cached"):
        lists = NameLists.load(NAMES)
        assert lists.index == index and list(lists.index) == list(index)
        assert lists.max_len == max_len and list(lists.max_len) == list(max_len)
        assert lists.pairs() == {k[:2] for k in index if len(k) > 1}
    assert len({id(v) for v in lists.index.values()}) == len(set(lists.index.values()))  # equal sets shared
    assert [p.name.split("-")[:2] for p in tmp_path.iterdir()] == [["ner", "names"]]


def test_kb_cache_name_lists_load_only_the_shards_looked_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASD_CACHE", str(tmp_path))
    index, max_len = _parse_names(NAMES)
    NameLists.load(NAMES)  # builds the cache
    lists = NameLists.load(NAMES)
    firsts = ["محمد", "بغداد", "غيرموجودة"]
    for first in firsts:
        assert lists.longest(first) == max_len.get(first, 0)
    wanted = {shard_of(f) for f in firsts}
    loaded, pairs = lists.loaded
    assert set(loaded) == {k for k in index if shard_of(k[0]) in wanted}  # those shards, whole
    assert pairs == {k[:2] for k in loaded if len(k) > 1}
    assert all(loaded[k] == index[k] for k in loaded)


def test_kb_cache_name_lists_lazy_look_ups_equal_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASD_CACHE", str(tmp_path))
    index, max_len = _parse_names(NAMES)
    NameLists.load(NAMES)
    lists = NameLists.load(NAMES)
    keys = list(index)[:: len(index) // 300]
    keys += [k[:1] for k in keys] + [(*k, "غير") for k in keys] + [("غيرموجودة",), ()]
    for key in keys:  # about 900 look-ups: past WHOLE_AFTER shards the rest comes at once
        assert lists.classes(key) == index.get(key, set())
        if key:
            assert lists.longest(key[0]) == max_len.get(key[0], 0)
    assert len({shard_of(k[0]) for k in keys if k}) > WHOLE_AFTER
    assert lists.loaded[0] == index and list(lists.loaded[0]) == list(index)  # whole, in file order
    assert len({id(v) for v in lists.index.values()}) == len(set(lists.index.values()))


def test_kb_cache_name_lists_take_new_entries_after_a_lazy_look_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASD_CACHE", str(tmp_path))
    index, _ = _parse_names(NAMES)
    NameLists.load(NAMES)
    lists = NameLists.load(NAMES)
    assert lists.longest("كلمة") == 0
    lists.add(("كلمة", "جديدة"), "X")
    assert lists.longest("كلمة") == 2 and lists.classes(("كلمة", "جديدة")) == {"X"}
    assert lists.index == {**index, ("كلمة", "جديدة"): {"X"}}
    assert ("كلمة", "جديدة") in lists.loaded[1]


def test_kb_cache_name_lists_shards_same_in_every_process() -> None:
    # the shards are cached for other processes: a shard number may not depend on hash()
    code = "from rasd.ner.gazetteer import shard_of; print([shard_of(w) for w in ('محمد', 'بغداد', 'a', 'كلمة')])"
    got = {
        subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONHASHSEED": seed},
                       capture_output=True, text=True, check=True).stdout
        for seed in ("1", "2", "3")
    }
    assert len(got) == 1 and all(0 <= n < SHARDS for n in json.loads(got.pop()))


def test_kb_cache_name_lists_take_new_entries_after_loading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASD_CACHE", str(tmp_path))
    lists = NameLists.load(NAMES)
    (key, classes), (other_key, _) = [(k, v) for k, v in lists.index.items() if v == frozenset({"GEO"})][:2]
    lists.add(key, "NEW")
    assert lists.index[key] == {"GEO", "NEW"} and lists.index[other_key] == {"GEO"} and classes == {"GEO"}
    assert ("كلمة", "جديدة") not in lists.pairs()
    lists.add(("كلمة", "جديدة", "هنا", "تماما", "ابدا", "اطول"), "X")
    assert lists.max_len["كلمة"] == 6
    assert ("كلمة", "جديدة") in lists.pairs()  # the cached pairs follow the new entry


def test_kb_cache_name_lists_of_a_new_file_are_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASD_CACHE", str(tmp_path / "cache"))
    path = tmp_path / "names.tsv.gz"
    path.write_bytes(gzip.compress("GEO\tبغداد\r\nSUR\tبن علي\nGEO\tبن علي\nX\t\nY\ta  b\n".encode()))
    lists = NameLists.load(path)
    assert lists.index == {("بغداد",): {"GEO"}, ("بن", "علي"): {"SUR", "GEO"}}
    assert lists.max_len == {"بغداد": 1, "بن": 2}
    assert lists.pairs() == {("بن", "علي")}
    lists2 = NameLists()
    lists2.add(["مدينة"], "GEO")
    lists2.save(path)
    assert NameLists.load(path).index == {("مدينة",): {"GEO"}}  # a changed file is parsed again


def test_kb_cache_actor_kb_same_built_and_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASD_CACHE", str(tmp_path))
    built = actors._build_actor_kb()
    actors.load_actor_kb.cache_clear()
    try:
        first = actors.load_actor_kb()
        actors.load_actor_kb.cache_clear()
        monkeypatch.setattr(actors, "_build_actor_kb", _fail)
        second = actors.load_actor_kb()
    finally:
        actors.load_actor_kb.cache_clear()
    for kb in (first, second):
        assert list(kb) == list(built)
        assert list(kb.alias_keys()) == list(built.alias_keys())
        assert kb._max_len == built._max_len
        assert kb._pairs == built._pairs


def test_kb_cache_actor_kb_carries_everything_built_from_the_actors() -> None:
    # what ActorKB.__init__ derives from the actors (whatever differs from an empty KB, names
    # of per-instance views aside) is what load_actor_kb must take from the cache
    built, empty = vars(actors._build_actor_kb()), vars(actors.ActorKB(()))
    derived = {k for k, v in built.items() if not isinstance(v, str) and empty.get(k) != v}
    # (_pairs, the first two keys of every longer alias, is recomputed from _by_key on load)
    assert derived == {"_by_id", "_by_key", "_max_len", "_pairs"}
