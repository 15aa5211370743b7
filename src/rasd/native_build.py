"""Opt-in build of rasd's hottest modules with mypyc: ``python -m rasd.native_build``.

Needs mypy (which ships mypyc; ``pip install -e ".[dev]"`` has it), setuptools and a C
compiler with the Python headers. The build compiles a copy of the sources, taken at the
start, so the SHA-256 recorded per module in ``rasd/_native/manifest.json`` is that of the
code that was compiled even if a file is edited while gcc runs. :mod:`rasd.native` uses the
build only while every listed source still has that hash; pure Python runs otherwise, and
whenever this build was never run. ``--clean`` removes the build.

The modules are those where a one-process profile of ``rasd analyze`` spends most of its own
time in Python code (token layer, NER word reading and scoring, events and actor lexicons,
place matching); see ``benchmarks/bench_native.py`` for the measurement.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

from rasd.native import MANIFEST, NATIVE_DIR, source_digest

__all__ = ["GROUP", "HOT_MODULES", "build", "clean", "main"]

#: The compiled modules (paths under ``src/``). A compiled module subclasses no built-in
#: container, reads no ``self.__slots__`` and tests no module-level tuple constant with ``is``
#: (mypyc unboxes such tuples, so the identity fails; tests/test_native_build_layout.py). Check
#: any change here with ``benchmarks/bench_native.py`` (identical MD5) and
#: tests/test_native_build_equivalence.py. Another mypyc hazard no test finds: an assignment
#: against the type mypy narrowed raises TypeError at run time (``actor1, actor2 = None,
#: actor2 or actor1`` in events/actors did; now two assignments), so cmp a build's output with
#: pure Python's. Round 17 added the last 19 modules (times/match, events/actors, the clean,
#: segment, language and quotes stages, NER gazetteer and corpus, the gazetteer builders,
#: places unknown/lists/listmates/gated, events where/acts/sides/tense/periods): output identical.
#: Round 20 added 15 (66 in all): the interpreted modules a py-spy profile of 450 articles still
#: found (places landmark/mention/direction, the times stage, lexicon, calendar and quoted) and
#: the events modules added since 0.18.0 (genre, weeks, reportness, sentence_facts, placenames,
#: merge_places, clause_roles, lookup). The rest of the profile's interpreted time is
#: execute/work.py (gc, not compilable work) and ner/model.py (see below).
#: Round 28 split events/stage.py: events/sentence_parts and events/candidates hold code it held,
#: compiled as before.
#: Left out: document.py (dataclasses read by every stage), ner/model.py (``_Prefixed`` subclasses
#: dict), stages/events/word_range.py (a list subclass, by design).
HOT_MODULES = (
    "rasd/tokens.py",
    "rasd/text.py",
    "rasd/span_index.py",
    "rasd/kb/actors.py",
    "rasd/ner/scoring.py",
    "rasd/ner/word_ids.py",
    "rasd/ner/viterbi.py",
    "rasd/stages/places/match.py",
    "rasd/stages/entities/stage.py",
    "rasd/stages/events/lexicon.py",
    "rasd/stages/places/index.py",
    "rasd/stages/places/words.py",
    "rasd/ner/features.py",
    "rasd/stages/events/numbers.py",
    "rasd/stages/quotes/lexicon.py",
    "rasd/stages/events/terms.py",
    "rasd/kb/gazetteer.py",
    "rasd/stages/events/detect.py",
    "rasd/stages/events/model.py",
    "rasd/stages/events/stage.py",
    "rasd/stages/events/sentence_parts.py",
    "rasd/stages/events/candidates.py",
    "rasd/stages/events/naming.py",
    "rasd/stages/events/eventness.py",
    "rasd/stages/events/dates.py",
    "rasd/stages/events/tolls.py",
    "rasd/stages/quotes/reader.py",
    "rasd/stages/quotes/speakers.py",
    "rasd/stages/places/resolve.py",
    "rasd/stages/places/anchor.py",
    "rasd/stages/places/stage.py",
    "rasd/stages/places/score.py",
    "rasd/stages/places/variants.py",
    "rasd/stages/sources/stage.py",
    "rasd/stages/times/match.py",
    "rasd/stages/events/actors.py",
    "rasd/stages/clean/stage.py",
    "rasd/stages/segment/stage.py",
    "rasd/stages/language/stage.py",
    "rasd/stages/quotes/stage.py",
    "rasd/ner/gazetteer.py",
    "rasd/ner/corpus.py",
    "rasd/kb/gazetteer_build.py",
    "rasd/kb/gazetteer_latin.py",
    "rasd/stages/places/unknown.py",
    "rasd/stages/places/lists.py",
    "rasd/stages/places/listmates.py",
    "rasd/stages/places/gated.py",
    "rasd/stages/events/where.py",
    "rasd/stages/events/acts.py",
    "rasd/stages/events/sides.py",
    "rasd/stages/events/tense.py",
    "rasd/stages/events/periods.py",
    "rasd/stages/places/landmark.py",
    "rasd/stages/places/mention.py",
    "rasd/stages/places/direction.py",
    "rasd/stages/times/stage.py",
    "rasd/stages/times/lexicon.py",
    "rasd/stages/times/calendar.py",
    "rasd/stages/times/quoted.py",
    "rasd/stages/events/genre.py",
    "rasd/stages/events/weeks.py",
    "rasd/stages/events/reportness.py",
    "rasd/stages/events/sentence_facts.py",
    "rasd/stages/events/placenames.py",
    "rasd/stages/events/merge_places.py",
    "rasd/stages/events/clause_roles.py",
    "rasd/stages/events/lookup.py",
)
#: Name of the build's shared library (``rasd_native__mypyc``), one for all modules.
GROUP = "rasd_native"
_MYPY_CONFIG = "[mypy]\nignore_missing_imports = True\n"


def _module_name(source: str) -> str:
    return source.removesuffix(".py").replace("/", ".")


def clean() -> None:
    """Removes the compiled build: pure Python from the next ``import rasd``."""
    shutil.rmtree(NATIVE_DIR, ignore_errors=True)


def build(modules: tuple[str, ...] = HOT_MODULES, opt_level: str = "3", verbose: bool = False) -> dict[str, object]:
    """Compiles ``modules`` into :data:`rasd.native.NATIVE_DIR`; returns the manifest written."""
    from mypyc.build import mypycify
    from setuptools import Distribution

    package_root = NATIVE_DIR.parent.parent
    with tempfile.TemporaryDirectory(prefix="rasd-native-") as tmp:
        work = Path(tmp)
        # a snapshot of the package's Python files: what is compiled is what gets hashed
        for path in (package_root / "rasd").rglob("*.py"):
            relative = path.relative_to(package_root)
            if relative.parts[1:2] == ("_native",):
                continue
            (work / "src" / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, work / "src" / relative)
        (work / "mypy.ini").write_text(_MYPY_CONFIG, encoding="utf-8")
        cwd = os.getcwd()
        os.chdir(work / "src")
        try:
            extensions = mypycify(["--config-file", str(work / "mypy.ini"), *modules], opt_level=opt_level,
                                  group_name=GROUP, target_dir=str(work / "c"), verbose=verbose)
            distribution = Distribution({"name": "rasd-native", "ext_modules": extensions})
            command = distribution.get_command_obj("build_ext")
            command.build_lib = str(work / "lib")
            command.build_temp = str(work / "obj")
            distribution.run_command("build_ext")
        finally:
            os.chdir(cwd)
        suffix = EXTENSION_SUFFIXES[0]
        entries: dict[str, dict[str, str | None]] = {}
        for source in modules:
            entries[_module_name(source)] = {"source": source, "sha256": source_digest(work / "src" / source),
                                              "binary": source.removesuffix(".py") + suffix}
        entries[f"{GROUP}__mypyc"] = {"source": None, "sha256": None, "binary": f"{GROUP}__mypyc{suffix}"}
        staging = NATIVE_DIR.with_name("_native.new")
        shutil.rmtree(staging, ignore_errors=True)
        for entry in entries.values():
            binary = str(entry["binary"])
            (staging / binary).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(work / "lib" / binary, staging / binary)
        manifest: dict[str, object] = {"cache_tag": sys.implementation.cache_tag, "suffix": suffix,
                                       "opt_level": opt_level, "modules": entries}
        (staging / MANIFEST.name).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        clean()
        staging.rename(NATIVE_DIR)
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rasd.native_build", description=__doc__.split("\n")[0])
    parser.add_argument("--clean", action="store_true", help="remove the compiled build (pure Python again)")
    parser.add_argument("--opt-level", default="3", help="C optimisation level passed to mypyc (default 3)")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    if args.clean:
        clean()
        print(f"removed {NATIVE_DIR}")
        return 0
    manifest = build(opt_level=args.opt_level, verbose=args.verbose)
    modules = manifest["modules"]
    print(f"compiled {len(modules) - 1 if isinstance(modules, dict) else '?'} modules into {NATIVE_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
