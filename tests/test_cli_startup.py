"""Start-up stays light: ``rasd analyze`` of a text file imports none of the heavy optional
libraries (the web server, the accurate tier's torch, the store and its drivers, the HTML
and language tools, and with one job no process pool), and a command's parser loads that
command's module alone. numpy is not among them: the NER tagger scores both CRF passes with
it (rasd.ner.viterbi), about 50 ms of a 0.38 s start (benchmarks/bench_startup.py).
Start-up time itself is measured by benchmarks/bench_startup.py, not here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

#: Imported only by commands, tiers or inputs that need them.
HEAVY = ("fastapi", "uvicorn", "starlette", "pydantic", "torch", "sklearn", "httpx", "lingua",
         "trafilatura", "lxml", "babel", "pyarrow", "sqlalchemy", "psycopg", "dask", "playwright", "rasd.web",
         "rasd.store", "rasd.encoder", "multiprocessing", "concurrent.futures")

_PROBE = """
import contextlib, io, json, sys
from rasd.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def _modules_after(args: list[str]) -> set[str]:
    # the caches of the rest of the session (RASD_CACHE or ~/.cache/rasd), warm
    proc = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, check=True)
    result = json.loads(proc.stdout.splitlines()[-1])
    assert result["code"] == 0, proc.stderr
    return set(result["modules"])


def _loaded(modules: set[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


def test_cli_startup_analyze_of_a_text_file_imports_nothing_heavy(tmp_path: Path) -> None:
    path = tmp_path / "tiny.txt"
    path.write_text("قتل شخصان في انفجار في بغداد أمس.\n", encoding="utf-8")
    _modules_after(["analyze", str(path)])  # a cold cache is built first (that imports babel)
    modules = _modules_after(["analyze", str(path)])
    assert _loaded(modules, "rasd.stages.events.stage") and _loaded(modules, "pycrfsuite")  # the probe analysed
    assert [name for name in HEAVY if _loaded(modules, name)] == []


_PARSER_PROBE = """
import json, sys
from rasd.cli import build_parser
build_parser(sys.argv[1])
print(json.dumps(sorted(m for m in sys.modules if m.startswith("rasd.commands."))))
"""


@pytest.mark.parametrize("command", ["analyze", "events", "serve"])
def test_cli_startup_parser_for_one_command_imports_its_module_only(command: str) -> None:
    proc = subprocess.run([sys.executable, "-c", _PARSER_PROBE, command], capture_output=True, text=True, check=True)
    assert json.loads(proc.stdout) == [f"rasd.commands.{command}"]


@pytest.mark.parametrize(("argv", "command"), [
    (["analyze", "a.txt"], "analyze"),
    (["--version"], None),
    (["-h", "events", "--format", "csv"], "events"),
    (["nosuch", "analyze"], None),
    ([], None),
])
def test_cli_startup_command_named(argv: list[str], command: str | None) -> None:
    from rasd.cli import _command_named

    assert _command_named(argv) == command


@pytest.mark.parametrize("command", ["analyze", "ingest", "eval"])
def test_cli_startup_help_of_one_command_unchanged(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    from rasd.cli import build_parser

    texts = []
    for parser in (build_parser(), build_parser(command)):
        with pytest.raises(SystemExit):
            parser.parse_args([command, "--help"])
        texts.append(capsys.readouterr().out)
    assert texts[0] == texts[1] and f"usage: rasd {command}" in texts[0]
