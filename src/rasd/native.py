"""Compiled (mypyc) builds of rasd's hottest modules, used only while they match the source.

``python -m rasd.native_build`` (an opt-in step: it needs mypy, which ships mypyc, and a C
compiler) compiles the modules listed in :data:`rasd.native_build.HOT_MODULES` into
``rasd/_native/`` and writes ``rasd/_native/manifest.json``: per module, the SHA-256 of the
source it was compiled from, plus the Python the binaries are built for. Nothing there is
on any import path: :func:`install` (run by ``import rasd``, before anything else of rasd
loads) puts a finder first on :data:`sys.meta_path` that hands out a compiled module only
when the whole build still matches, that is when

- ``RASD_PURE_PYTHON`` is unset (or empty / ``0``),
- the manifest is for this interpreter (its cache tag and extension-module suffix),
- every listed source file hashes to what was compiled, and every binary is there, and
- the build's shared library loads.

Otherwise every module is the plain ``.py`` file, as without a build. The check is all or
nothing because compiled modules of one build call each other directly (a compiled module
next to an edited pure one would run the old code of the edited one): a developer who edits
one listed file gets pure Python everywhere, and a one-line warning on standard error
saying how to rebuild (``python -m rasd.native_build``) or remove the build
(``python -m rasd.native_build --clean``). :data:`STATE` says what happened.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from importlib import import_module
from importlib.abc import MetaPathFinder
from importlib.machinery import EXTENSION_SUFFIXES, ExtensionFileLoader, ModuleSpec
from importlib.util import spec_from_file_location
from pathlib import Path
from types import ModuleType
from typing import Any

__all__ = ["MANIFEST", "NATIVE_DIR", "PURE_ENV", "STATE", "NativeFinder", "install", "source_digest"]

#: Where ``python -m rasd.native_build`` puts the binaries and the manifest (ignored by git).
NATIVE_DIR = Path(__file__).resolve().parent / "_native"
MANIFEST = NATIVE_DIR / "manifest.json"
#: Set to ``1`` to run pure Python whatever has been built (tests do, see tests/conftest.py).
PURE_ENV = "RASD_PURE_PYTHON"
_PACKAGE_ROOT = Path(__file__).resolve().parent.parent

#: ``"compiled"`` when the build is in use, else ``"pure: <why>"``.
STATE = "pure: not installed"


def source_digest(path: Path) -> str:
    """SHA-256 of a file's bytes, as the manifest records it for each compiled source."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


class NativeFinder(MetaPathFinder):
    """Finds the modules of one compiled build (module name -> binary) and nothing else."""

    def __init__(self, binaries: dict[str, Path]) -> None:
        self.binaries = binaries

    def find_spec(self, fullname: str, path: Any = None, target: ModuleType | None = None) -> ModuleSpec | None:
        binary = self.binaries.get(fullname)
        if binary is None:
            return None
        return spec_from_file_location(fullname, binary, loader=ExtensionFileLoader(fullname, str(binary)))


def _read_build() -> tuple[NativeFinder | None, str]:
    """The finder of a usable build, or ``None`` and why it is not used."""
    if os.environ.get(PURE_ENV, "") not in ("", "0"):
        return None, f"{PURE_ENV} is set"
    try:
        manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None, "no compiled build"
    except (OSError, ValueError) as exc:
        return None, f"unreadable {MANIFEST}: {exc}"
    if manifest.get("cache_tag") != sys.implementation.cache_tag or manifest.get("suffix") not in EXTENSION_SUFFIXES:
        return None, "built for another Python"
    binaries: dict[str, Path] = {}
    for name, entry in manifest.get("modules", {}).items():
        binary = NATIVE_DIR / entry["binary"]
        if not binary.is_file():
            return None, f"{binary} is missing"
        source = entry.get("source")
        if source is not None:
            source_path = _PACKAGE_ROOT / source
            if not source_path.is_file() or source_digest(source_path) != entry["sha256"]:
                return None, f"stale: {source} changed since it was compiled"
        binaries[name] = binary
    if not binaries:
        return None, "empty build"
    return NativeFinder(binaries), "compiled"


def install() -> str:
    """Puts the compiled build's finder first on :data:`sys.meta_path` when it is usable.

    Returns (and stores in :data:`STATE`) what was decided. Run once, by ``import rasd``;
    calling it again changes nothing.
    """
    global STATE
    if not STATE.startswith("pure: not installed"):
        return STATE
    finder, why = _read_build()
    if finder is not None:
        sys.meta_path.insert(0, finder)
        shared = [name for name in finder.binaries if name.endswith("__mypyc")]
        try:
            for name in shared:
                import_module(name)
        except ImportError as exc:
            sys.meta_path.remove(finder)
            for name in shared:
                sys.modules.pop(name, None)
            finder, why = None, f"the compiled build does not load ({exc})"
    STATE = why if finder is not None else f"pure: {why}"
    if why.startswith("stale") or why.startswith("the compiled build"):
        print(f"rasd: compiled modules not used ({why}); rebuild them with `python -m rasd.native_build`"
              " or remove them with `python -m rasd.native_build --clean`", file=sys.stderr)
    return STATE
