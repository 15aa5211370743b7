"""``rasd eval [STAGE ...]``: score stages on their gold data against pinned floors."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from rasd.evaluation import EVALUATORS, check_floors, find_shared_data, load_floors, run_evaluator

__all__ = ["add_parser", "run"]


def add_parser(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "eval", help="score each stage on its gold data; fail below the pinned floors",
        description="Score each stage (or the STAGEs named) on its gold data and print every metric with "
                    "its pinned floor (src/rasd/evaluation/floors). Exits 1 when a metric falls below its "
                    "floor; gold sets under ../shared/data are used when present, else skipped with a message.")
    p.add_argument("stages", nargs="*", metavar="STAGE", help=f"stages to score (default: all of {', '.join(EVALUATORS)})")
    p.add_argument("--data", help="the shared data folder (default: ../shared/data)")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--require-data", action="store_true", help="fail when an evaluator is skipped for missing data")
    return p


def run(args: argparse.Namespace) -> int:
    stages = args.stages or list(EVALUATORS)
    unknown = [s for s in stages if s not in EVALUATORS]
    if unknown:
        print(f"rasd eval: unknown stage(s) {', '.join(unknown)}; known: {', '.join(EVALUATORS)}", file=sys.stderr)
        return 2
    data_dir = find_shared_data(args.data)
    failures: list[str] = []
    report: dict[str, Any] = {}
    for stage in stages:
        result = run_evaluator(stage, data_dir)
        floors = load_floors(stage)
        report[stage] = {"metrics": result.metrics, "floors": floors, "skipped": result.skipped}
        if not args.json:
            if result.skipped:
                print(f"{stage:8s} skipped: {result.skipped}")
            for metric, value in result.metrics.items():
                floor = floors.get(metric)
                mark = "" if floor is None else (" ok" if value + 1e-9 >= floor else " BELOW FLOOR")
                floor_s = "" if floor is None else f"  (floor {floor:.4f})"
                print(f"{stage:8s} {metric:32s} {value:8.4f}{floor_s}{mark}")
            for key in ("accurate", "gsr_accurate"):
                note = result.details.get(key)
                if isinstance(note, str):
                    print(f"{stage:8s} accurate tier {note}")
        failures.extend(check_floors(result))
        if result.skipped and args.require_data:
            failures.append(f"{stage}: skipped ({result.skipped})")
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    for f in failures:
        print(f"rasd eval: {f}", file=sys.stderr)
    return 1 if failures else 0
