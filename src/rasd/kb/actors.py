"""The actor knowledge base: canonical entities with Arabic aliases, an English name, a type
and, for armed and political actors, the ACLED actor name, category and country.

Three sources, earlier ones winning when two share an alias:

1. ``data/kb/actors.json``: hand-written actors of today's conflicts, organisations, people
   and cities; ``data/kb/organisations.json``: clubs, companies, media, parties;
2. ``data/kb/countries.json``: countries (GPE) and, from templates, their armies, police,
   governments and ministries;
3. ``data/kb/petrarch_actors.tsv``: actors derived from the UniversalPetrarch Arabic actor
   dictionary (MIT, see ``PETRARCH-LICENSE.txt``), rebuilt with ``rasd train kb``;

plus the news agencies of ``data/sources/agencies.json`` (their unambiguous aliases).

Matching is token based on ``normalize_key`` forms with the spelling folds of
``data/kb/spelling.json`` (سورية/سوريا, ديموقراطية/ديمقراطية, ...), and clitic aware: a leading
proclitic (و ف ب ل ك لل ...) may precede an alias and is left out of the span.
"""

from __future__ import annotations

import csv
import hashlib
import io
import itertools
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import compress
from operator import and_, attrgetter, not_
from pathlib import Path
from typing import Any

from rasd.text import load_data, normalize_key, proclitic_splits, tokenize
from rasd.tokens import TokenLayer, is_arabic_kind, keep_in_generations, reading, unseen

__all__ = [
    "ACLED_CATEGORIES",
    "Actor",
    "ActorKB",
    "ActorMention",
    "actor_key",
    "convert_petrarch",
    "load_actor_kb",
    "token_key",
    "word_readings",
]

#: ACLED's actor categories (the values ``Actor.category`` may take).
ACLED_CATEGORIES: tuple[str, ...] = (
    "state forces",
    "rebel group",
    "political militia",
    "identity militia",
    "rioters",
    "protesters",
    "civilians",
    "external/other forces",
)

_PETRARCH_TSV = "petrarch_actors.tsv"
_TSV_FIELDS = ("id", "name", "acled", "type", "category", "cc", "aliases")


@dataclass(frozen=True, slots=True)
class Actor:
    """One canonical entity of the knowledge base."""

    id: str
    name: str
    acled_name: str | None
    type: str
    category: str | None
    country: str | None
    aliases: tuple[str, ...]

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # pickled as the constructor's arguments: the start-up cache (rasd.kb.cache) loads
        # 4,600 actors a third faster than with the frozen dataclass's own state
        return Actor, (self.id, self.name, self.acled_name, self.type, self.category, self.country, self.aliases)


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An alias of ``actor`` found at ``text[start:end]`` (proclitics excluded)."""

    start: int
    end: int
    actor: Actor


# ----------------------------------------------------------------------------- keys
@lru_cache(maxsize=1)
def _folds() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    data = load_data("kb/spelling.json")
    token = {normalize_key(k): normalize_key(v) for k, v in data.get("token", {}).items()}
    subs = tuple((normalize_key(a), normalize_key(b)) for a, b in data.get("substring", []))
    return token, subs


@lru_cache(maxsize=16_384)
def token_key(word: str) -> str:
    """The matching key of one token: ``normalize_key`` plus the KB's spelling folds (kept
    in the word's shared reading too: this cache is smaller than a day's word types)."""
    r = reading(word)
    got = r.actors
    if got is None:
        got = r.actors = _folded(r.key)
    return got  # type: ignore[no-any-return]


@lru_cache(maxsize=16_384)
def _folded(key: str) -> str:
    """The KB's spelling folds of a normalised key (``token_key`` of a word with this key)."""
    token, subs = _folds()
    for a, b in subs:
        if a in key:
            key = key.replace(a, b)
    return token.get(key, key)


def _keys(text: str) -> tuple[str, ...]:
    return tuple(token_key(text[t.start : t.end]) for t in tokenize(text))


def actor_key(name: str) -> str:
    """The matching key of a whole name (tokens joined by spaces)."""
    return " ".join(_keys(name))


_BLANK = re.compile(r"\s")
#: Arabic surfaces whose alias test a knowledge base keeps (when full, the table becomes the
#: old generation, read on a miss, and starts again)
_MAX_BEGINS = 1 << 15


@lru_cache(maxsize=16_384)
def word_readings(word: str) -> tuple[tuple[int, str], ...]:
    """``(prefix_length, key)`` readings of a word without its proclitics, unsplit first.
    After a proclitic ending in ``لل`` the article is restored (``للتنظيم`` -> ``التنظيم``)."""
    if _BLANK.search(word):  # normalize_key("ال" + stem) would keep a blank the stem's loses
        return _spelled_readings(word)
    r = reading(word)  # kept there too: this cache is smaller than a day's word types
    got = r.names
    if got is None:
        got = r.names = _stem_readings(word, r.stems)
    return got  # type: ignore[no-any-return]


def _stem_readings(word: str, stems: tuple[tuple[int, str], ...]) -> tuple[tuple[int, str], ...]:
    """:func:`word_readings` from the stems of the word's shared reading: ``normalize_key``
    of each proclitic split, so ``token_key(stem)`` is their fold (and "ال" + stem's, the
    article's)."""
    return _readings_of(word, stems, _folded)


def _spelled_readings(word: str) -> tuple[tuple[int, str], ...]:
    """:func:`word_readings` from the proclitic splits as written (any string)."""
    return _readings_of(word, proclitic_splits(word), token_key)


def _readings_of(word: str, splits: Iterable[tuple[int, str]], key: Callable[[str], str]) -> tuple[tuple[int, str], ...]:
    """(prefix length, key) of each split's stem, and first of "ال" + stem where the proclitics
    end in لل (the article they swallowed), each key once."""
    out: list[tuple[int, str]] = []
    seen: set[str] = set()
    for plen, stem in splits:
        keys = [key(stem)]
        if plen and normalize_key(word[:plen]).endswith("لل"):
            keys.insert(0, key("ال" + stem))
        for k in keys:
            if k not in seen:
                seen.add(k)
                out.append((plen, k))
    return tuple(out)


# ------------------------------------------------------------------------------ KB
_KB_SERIAL = itertools.count()


class ActorKB:
    """An index of actors by alias. Build with :func:`load_actor_kb`."""

    def __init__(self, actors: Iterable[Actor]) -> None:
        self._view = f"actors.find.{next(_KB_SERIAL)}"  # this KB's search of a token layer
        self._by_id: dict[str, Actor] = {}
        self._by_key: dict[tuple[str, ...], str] = {}
        self._max_len: dict[str, int] = {}
        self._begins: dict[str, bool] = {}  # Arabic surface -> a reading of it begins an alias
        self._old_begins: dict[str, bool] = {}  # the generation before (read when _begins misses)
        self._pairs: set[tuple[str, ...]] = set()  # the first two keys of every longer alias
        for actor in actors:
            if actor.id in self._by_id:
                continue
            self._by_id[actor.id] = actor
            for alias in (*actor.aliases,):
                key = _keys(alias)
                if not key or key in self._by_key:
                    continue
                self._by_key[key] = actor.id
                first = key[0]
                if len(key) > self._max_len.get(first, 0):
                    self._max_len[first] = len(key)
                if len(key) > 1:
                    self._pairs.add(key[:2])

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self._by_id.values())

    def get(self, actor_id: str) -> Actor | None:
        """The actor with this id, or None."""
        return self._by_id.get(actor_id)

    def alias_keys(self) -> Iterator[tuple[tuple[str, ...], Actor]]:
        """Every indexed alias key (a tuple of token keys) with its actor."""
        for key, actor_id in self._by_key.items():
            yield key, self._by_id[actor_id]

    def lookup(self, name: str) -> Actor | None:
        """The actor whose alias is exactly ``name`` (normalised; a leading proclitic on
        the first word is allowed: ``لقسد``, ``وداعش``), or None."""
        tokens = tokenize(name)
        if not tokens:
            return None
        rest = tuple(token_key(name[t.start : t.end]) for t in tokens[1:])
        first = name[tokens[0].start : tokens[0].end]
        for _plen, key in word_readings(first):
            actor_id = self._by_key.get((key, *rest))
            if actor_id is not None:
                return self._by_id[actor_id]
        return None

    def find(self, text: str) -> list[ActorMention]:
        """Longest non-overlapping alias matches in ``text``, left to right. Spans leave
        out proclitics and never cross a line break."""
        return self.find_at(text, 0, len(text))

    def find_at(self, text: str, start: int, end: int) -> list[ActorMention]:
        """``find(text[start:end])`` (offsets relative to ``start``), read from the whole
        text's search when ``text`` has a token layer: the text is searched once, and a range
        that no match of that search straddles gets its share of it (a greedy left-to-right
        search restarted where the whole one stood finds the same matches)."""
        layer = TokenLayer.get(text)
        rng = layer.span(start, end) if layer is not None else None
        if layer is None or rng is None:
            sub = text[start:end]
            tokens = tokenize(sub)
            keys = [token_key(sub[t.start : t.end]) for t in tokens]
            found = self._search(sub, [t.start for t in tokens], [t.end for t in tokens],
                                 [t.kind for t in tokens], keys, 0, len(tokens))
            return [ActorMention(a, b, self._by_id[actor_id]) for a, b, _i, actor_id in found]
        whole = layer.view(self._view, self._whole)
        lo, hi = rng
        if whole.inside[lo] or whole.inside[hi]:
            found = self._search(text, layer.starts, layer.ends, layer.kinds, _layer_keys(layer), lo, hi)
        else:
            firsts = whole.firsts
            found = whole.found[bisect_left(firsts, lo) : bisect_left(firsts, hi)]
        return [ActorMention(a - start, b - start, self._by_id[actor_id]) for a, b, _i, actor_id in found]

    def _whole(self, layer: TokenLayer) -> _Search:
        keys = _layer_keys(layer)
        found = self._search(layer.text, layer.starts, layer.ends, layer.kinds, keys, 0, len(layer),
                             self._firsts(layer, keys))
        inside = bytearray(len(layer) + 1)
        for _a, _b, first, _id in found:
            i = first + 1
            while i < len(layer) and layer.starts[i] < _b:
                inside[i] = 1
                i += 1
        return _Search(found, [f[2] for f in found], inside)

    def _firsts(self, layer: TokenLayer, keys: Sequence[str]) -> list[int]:
        """The positions of the layer's tokens a reading of which begins an alias (the
        only ones where the greedy search can match), found in C but for a new surface."""
        kinds, surfaces = layer.kinds, layer.surfaces
        max_lens = self._max_len
        is_ar = list(map(is_arabic_kind, kinds))
        ar_at = list(compress(range(len(kinds)), is_ar))
        known = self._begins
        flags = list(map(known.get, map(surfaces.__getitem__, ar_at)))
        if None in flags:  # Python only for the surfaces not seen before (found in C)
            older = self._old_begins
            for j in unseen(flags):
                s = surfaces[ar_at[j]]
                flag = known.get(s)  # (a surface new twice: judged at its first place)
                if flag is None:
                    flag = older.get(s)
                if flag is None:
                    flag = any(first in max_lens for _p, first in word_readings(s))
                flags[j] = keep_in_generations(known, older, s, flag, _MAX_BEGINS)
        at = list(compress(ar_at, flags))
        other = compress(range(len(kinds)), map(and_, map(not_, is_ar), map(max_lens.__contains__, keys)))
        return sorted([*at, *other])

    def _search(self, text: str, starts: Sequence[int], ends: Sequence[int], kinds: Sequence[str],
                keys: Sequence[str], lo: int, n_tok: int, firsts: Iterable[int] | None = None,
                ) -> list[tuple[int, int, int, str]]:
        """The greedy search over tokens ``[lo, n_tok)`` (trying only ``firsts`` where given:
        the tokens that may begin a match, in order): ``(start, end, first token, actor id)``
        of each match."""
        out: list[tuple[int, int, int, str]] = []
        free = lo  # the first token after the last match
        max_lens = self._max_len
        by_key = self._by_key
        pairs = self._pairs
        for i in range(lo, n_tok) if firsts is None else firsts:
            if i < free:
                continue
            if i >= n_tok:
                break
            best: tuple[int, int, str] | None = None  # (length, prefix_length, actor id)
            readings = word_readings(text[starts[i] : ends[i]]) if kinds[i] == "ar" else ((0, keys[i]),)
            for plen, first in readings:
                max_len = max_lens.get(first)
                if max_len is None:
                    continue
                limit = 1
                if max_len > 1 and i + 1 < n_tok and (first, keys[i + 1]) in pairs:  # else one word at most
                    while limit < max_len and i + limit < n_tok and "\n" not in text[ends[i + limit - 1] : starts[i + limit]]:
                        limit += 1
                for length in range(limit, 0, -1):
                    if best is not None and length <= best[0]:
                        break
                    actor_id = by_key.get((first, *keys[i + 1 : i + length]))
                    if actor_id is not None:
                        best = (length, plen, actor_id)
                        break
            if best is None:
                continue
            length, plen, actor_id = best
            out.append((starts[i] + plen, ends[i + length - 1], i, actor_id))
            free = i + length
        return out


@dataclass(frozen=True, slots=True)
class _Search:
    """One knowledge base's search of a whole text: the matches (start, end, first token,
    actor id), their first tokens, and which token positions fall inside a match."""

    found: list[tuple[int, int, int, str]]
    firsts: list[int]
    inside: bytearray


def _layer_keys(layer: TokenLayer) -> tuple[str, ...]:
    """:func:`token_key` of every token of a layer (a view of the layer, made once)."""
    return layer.view("actors.keys", _token_keys)


_TOKEN_KEY_OF = attrgetter("actors")


def _token_keys(layer: TokenLayer) -> tuple[str, ...]:
    """:func:`token_key` of each token, kept in its shared reading (``actors``) and read
    from there in C (the fold of the reading's key, made once per surface)."""
    readings = layer.readings
    got = list(map(_TOKEN_KEY_OF, readings))
    if None in got:  # Python only for the surfaces not seen before (found in C)
        for i in unseen(got):
            r = readings[i]
            got[i] = r.actors = _folded(r.key)
    return tuple(got)


# -------------------------------------------------------------------------- loading
def _opt(value: Any) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def _curated() -> Iterator[Actor]:
    for row in load_data("kb/actors.json")["actors"]:
        yield Actor(
            id=row["id"], name=row["name"], acled_name=_opt(row.get("acled")), type=row["type"],
            category=_opt(row.get("category")), country=_opt(row.get("cc")), aliases=tuple(row["aliases"]),
        )


def _organisations() -> Iterator[Actor]:
    for ident, name, typ, cc, aliases in load_data("kb/organisations.json")["organisations"]:
        yield Actor(ident, name, None, typ, None, cc, tuple(aliases))


def _countries() -> Iterator[Actor]:
    data = load_data("kb/countries.json")
    templates = data["templates"]
    for c in data["countries"]:
        cc, en = c["cc"], c["en"]
        yield Actor(f"gpe-{cc.lower()}", en, None, "GPE", None, cc, tuple(c["ar"]))
        adj_m = c.get("adj_m")
        extra = c.get("extra") or {}
        for t in templates:
            aliases: list[str] = []
            if adj_m:
                adj_f = adj_m + "ة"
                aliases = [a.format(adj_m=adj_m, adj_f=adj_f) for a in t["aliases"]]
            aliases.extend(extra.get(t["id"], ()))
            if not aliases:
                continue
            en_of = c.get("en_of", en)  # ACLED: Military Forces of the United States
            yield Actor(
                id=f"{t['id']}-{cc.lower()}", name=t["name"].format(en=en_of),
                acled_name=t["acled"].format(en=en_of) if t.get("acled") else None, type=t["type"],
                category=_opt(t.get("category")), country=cc, aliases=tuple(aliases),
            )


def _agencies() -> Iterator[Actor]:
    try:
        data = load_data("sources/agencies.json")
    except (FileNotFoundError, ValueError):
        return
    for a in data.get("agencies", []):
        name = str(a.get("name", ""))
        strict = set(a.get("strict") or ())
        aliases = tuple(x for x in a.get("aliases") or () if x not in strict)
        if name and aliases:
            slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
            yield Actor(f"agency-{slug}", name, None, "ORG", None, None, aliases)


def _petrarch() -> Iterator[Actor]:
    res = resources.files("rasd.data").joinpath("kb").joinpath(_PETRARCH_TSV)
    if not res.is_file():
        return
    reader = csv.DictReader(io.StringIO(res.read_text(encoding="utf-8")), delimiter="\t")
    for row in reader:
        yield Actor(
            id=row["id"], name=row["name"], acled_name=_opt(row["acled"]), type=row["type"],
            category=_opt(row["category"]), country=_opt(row["cc"]),
            aliases=tuple(a for a in row["aliases"].split("|") if a),
        )


@lru_cache(maxsize=1)
def load_actor_kb() -> ActorKB:
    """The shipped knowledge base (once per process): indexed from the data files the first
    time, then read from the start-up cache (:mod:`rasd.kb.cache`).

    The cache holds the index (actors by id, alias keys, longest alias per first key), not
    the ``ActorKB`` object: a fresh one is made here and given it."""
    from rasd.kb.cache import cached

    by_id, by_key, max_len = cached("actor-kb", _kb_fingerprint(), _build_index, _is_index)
    kb = ActorKB(())
    kb._by_id, kb._by_key, kb._max_len = by_id, by_key, max_len
    kb._pairs = {key[:2] for key in by_key if len(key) > 1}
    return kb


def _build_actor_kb() -> ActorKB:
    return ActorKB([*_curated(), *_countries(), *_agencies(), *_organisations(), *_petrarch()])


_Index = tuple[dict[str, Actor], dict[tuple[str, ...], str], dict[str, int]]


def _build_index() -> _Index:
    kb = _build_actor_kb()
    return kb._by_id, kb._by_key, kb._max_len


def _is_index(value: object) -> bool:
    return isinstance(value, tuple) and len(value) == 3 and all(isinstance(d, dict) for d in value)


#: What the knowledge base is built from besides this module and :mod:`rasd.text` (its
#: tokenizer and keys): a change to any of them builds a fresh cache.
_KB_DATA = ("kb/actors.json", "kb/organisations.json", "kb/countries.json", f"kb/{_PETRARCH_TSV}",
            "kb/spelling.json", "sources/agencies.json", "clitics.json")


def _kb_fingerprint() -> str:
    from rasd import __version__, text
    from rasd.kb.cache import fingerprint

    data = resources.files("rasd.data")
    parts: list[bytes | str | Path] = [__version__, Path(__file__), Path(str(text.__file__))]
    for name in _KB_DATA:
        res = data.joinpath(name)
        parts.append(res.read_bytes() if res.is_file() else b"-")
    return fingerprint(parts)


# ------------------------------------------------------------ petrarch conversion
_ROLE_CATEGORY = {"MIL": "state forces", "COP": "state forces", "REB": "rebel group"}
_ROLE_ACLED = {"MIL": "Military Forces of {}", "COP": "Police Forces of {}", "GOV": "Government of {}"}
_ORG_HEADS = frozenset(normalize_key(w) for w in (
    "حكومة وزارة وزير مجلس حركة جيش قوة قوات حزب اتحاد منظمة رئيس شرطة جبهة جماعة هيئة "
    "وكالة صحيفة محكمة لجنة جامعة شركة بنك برلمان ديوان قائد أمين نظام سلطة مكتب ائتلاف تحالف"
).split())


def _parse_petrarch(path: Path) -> Iterator[tuple[str, list[str]]]:
    name: str | None = None
    codes: list[str] = []
    code_re = re.compile(r"\[([A-Z?~]+)(?:\s+[^\]]*)?\]")
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw[0] in " \t" and raw.strip().startswith("["):
            codes.extend(code_re.findall(raw))
            continue
        if name is not None:
            yield name, codes
        head = raw.split("[", 1)[0].split("#", 1)[0]
        name = head.strip()
        codes = code_re.findall(raw)
    if name is not None:
        yield name, codes


def convert_petrarch(petrarch_dir: Path, out_path: Path, anercorp_train: Path | None = None) -> int:
    """Convert the UniversalPetrarch Arabic actor dictionary into ``petrarch_actors.tsv``.

    Lemmatised multiword entries, entries with commas or digits and, when
    ``anercorp_train`` is given, one-word names that are mostly not names there (tagged O in
    more than half of their occurrences) are dropped. Returns the number of rows written.
    """
    import pycountry

    o_count: dict[str, int] = {}
    ent_count: dict[str, int] = {}
    if anercorp_train is not None:
        for line in anercorp_train.read_text(encoding="utf-8").splitlines():
            parts = line.rsplit(" ", 1)
            if len(parts) != 2:
                continue
            k = token_key(parts[0])
            bucket = o_count if parts[1] == "O" else ent_count
            bucket[k] = bucket.get(k, 0) + 1

    english = {c["cc"]: c.get("en_of", c["en"]) for c in load_data("kb/countries.json")["countries"]}
    rows: dict[str, dict[str, str]] = {}
    for name, codes in _parse_petrarch(petrarch_dir / "actor_dict_ar_v4.txt"):
        words = [w for w in name.replace("_", " ").split() if w]
        if words and normalize_key(words[0]) == "ل":
            words = words[1:]
        if not words or not codes or len(words) > 5 or any(normalize_key(w) == "ل" for w in words):
            continue
        alias = " ".join(words)
        if any(w.startswith("أل") for w in words):  # corrupted entries (ا written أ)
            continue
        if re.search(r"[0-9,،()?]", alias) or not all(re.fullmatch(r"[\u0621-\u064A\u0670]+", w) for w in words):
            continue
        key = actor_key(alias)
        if len(words) == 1:
            if len(key) < 3:
                continue
            o, e = o_count.get(key, 0), ent_count.get(key, 0)
            if anercorp_train is not None and o > e and o >= 2:
                continue
        code = codes[0].lstrip("~")
        country = pycountry.countries.get(alpha_3=code[:3]) if len(code) >= 3 else None
        roles = [code[i : i + 3] for i in range(3 if country else 0, len(code), 3)]
        role = roles[0] if roles else ""
        cc = country.alpha_2 if country else ""
        en = english.get(cc) or getattr(country, "common_name", None) or (country.name if country else "")
        if country and not roles:
            typ = "GPE" if len(words) <= 2 else "ORG"
        elif len(words) >= 2 and normalize_key(words[0]) not in _ORG_HEADS and role in {
            "GOV", "ELI", "CVL", "OPP", "LEG", "JUD", "MIL", "COP", "PTY", "REB", "MED", "BUS", ""
        } and code[:3] != "IGO":
            typ = "PER"
        else:
            typ = "ORG"
        category = _ROLE_CATEGORY.get(role, "") if typ == "ORG" else ""
        acled = _ROLE_ACLED[role].format(en) if typ == "ORG" and en and role in _ROLE_ACLED else ""
        if key in rows:
            continue
        ident = "pa-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
        rows[key] = {"id": ident, "name": alias, "acled": acled, "type": typ, "category": category,
                     "cc": cc, "aliases": alias}
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with out_path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=_TSV_FIELDS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        for key in sorted(rows):
            writer.writerow(rows[key])
    return len(rows)
