"""The compiled build (python -m rasd.native_build) is used only while it matches the source,
and gives the same documents as pure Python."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from rasd import native

ROOT = Path(__file__).resolve().parents[1]


def _fake_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, dict[str, object]]:
    """A manifest of one compiled module in a scratch package tree; returns (source, binary, manifest)."""
    package_root = tmp_path / "src"
    source = package_root / "rasd" / "fast.py"
    source.parent.mkdir(parents=True)
    source.write_text("X = 1\n", encoding="utf-8")
    native_dir = package_root / "rasd" / "_native"
    binary = native_dir / ("rasd/fast" + EXTENSION_SUFFIXES[0])
    binary.parent.mkdir(parents=True)
    binary.write_bytes(b"\x7fELF")
    manifest: dict[str, object] = {
        "cache_tag": sys.implementation.cache_tag, "suffix": EXTENSION_SUFFIXES[0],
        "modules": {"rasd.fast": {"source": "rasd/fast.py", "sha256": native.source_digest(source),
                                  "binary": "rasd/fast" + EXTENSION_SUFFIXES[0]}},
    }
    monkeypatch.setattr(native, "NATIVE_DIR", native_dir)
    monkeypatch.setattr(native, "MANIFEST", native_dir / "manifest.json")
    monkeypatch.setattr(native, "_PACKAGE_ROOT", package_root)
    monkeypatch.delenv(native.PURE_ENV, raising=False)
    return source, binary, manifest


def _edit_source(source: Path, _binary: Path, _manifest: dict[str, object]) -> None:
    source.write_text("X = 2\n", encoding="utf-8")


def _delete_source(source: Path, _binary: Path, _manifest: dict[str, object]) -> None:
    source.unlink()


def _delete_binary(_source: Path, binary: Path, _manifest: dict[str, object]) -> None:
    binary.unlink()


def _other_python(_source: Path, _binary: Path, manifest: dict[str, object]) -> None:
    manifest["cache_tag"] = "cpython-27"


def _no_manifest(_source: Path, _binary: Path, manifest: dict[str, object]) -> None:
    manifest.clear()
    manifest["skip"] = True


def _unchanged(_source: Path, _binary: Path, _manifest: dict[str, object]) -> None:
    return None


@pytest.mark.parametrize(("change", "expected"), [
    (_unchanged, "compiled"),
    (_edit_source, "stale: rasd/fast.py changed since it was compiled"),
    (_delete_source, "stale: rasd/fast.py changed since it was compiled"),
    (_delete_binary, "is missing"),
    (_other_python, "built for another Python"),
    (_no_manifest, "no compiled build"),
])
def test_native_build_used_only_while_it_matches_the_source(change, expected, tmp_path, monkeypatch) -> None:
    source, binary, manifest = _fake_build(tmp_path, monkeypatch)
    change(source, binary, manifest)
    if not manifest.get("skip"):
        native.MANIFEST.write_text(json.dumps(manifest), encoding="utf-8")
    finder, why = native._read_build()
    assert expected in why
    assert (finder is not None) == (expected == "compiled")
    if finder is not None:
        spec = finder.find_spec("rasd.fast")
        assert spec is not None and spec.origin == str(binary)
        assert finder.find_spec("rasd.slow") is None


@pytest.mark.parametrize("value", ["1", "yes"])
def test_native_build_pure_python_env_wins(value, tmp_path, monkeypatch) -> None:
    _source, _binary, manifest = _fake_build(tmp_path, monkeypatch)
    native.MANIFEST.write_text(json.dumps(manifest), encoding="utf-8")
    monkeypatch.setenv(native.PURE_ENV, value)
    assert native._read_build() == (None, f"{native.PURE_ENV} is set")


_ANALYSE = """
import json, sys
from pathlib import Path
from rasd import native
from rasd.api import analyze_text
samples = sorted(Path(sys.argv[1]).glob("*.txt"))
print(native.STATE)
for path in samples:
    print(json.dumps(analyze_text(path.read_text(encoding="utf-8")).to_dict(), ensure_ascii=False, sort_keys=True))
"""


def _analyse_samples(pure: str) -> list[str]:
    env = {**os.environ, native.PURE_ENV: pure, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", _ANALYSE, str(ROOT / "src" / "rasd" / "samples")], env=env,
                          capture_output=True, text=True, check=True, cwd=ROOT)
    return done.stdout.splitlines()


def test_native_build_gives_the_same_documents_as_pure_python(monkeypatch) -> None:
    monkeypatch.delenv(native.PURE_ENV, raising=False)
    finder, why = native._read_build()
    if finder is None:
        pytest.skip(f"no usable compiled build ({why}): python -m rasd.native_build")
    compiled, pure = _analyse_samples("0"), _analyse_samples("1")
    assert compiled[0] == "compiled"
    assert pure[0] == "pure: RASD_PURE_PYTHON is set"
    assert len(compiled) > 5
    assert compiled[1:] == pure[1:]
