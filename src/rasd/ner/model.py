"""The two-pass CRF tagger: training, loading and tagging.

Pass 1 is a linear-chain CRF on the features of :mod:`rasd.ner.features`. Pass 2 is the same
CRF with pass 1's labels of the token and its neighbours (stacking) and document-level
features added: for each token, the entity type pass 1 gave most often to words with the
same stem elsewhere in the document (in a corpus without document breaks, within
``window`` sentences either side). Training uses jackknifed pass-1
predictions and jackknifed training-corpus name lists, so pass 2 learns how far to trust
them on unseen text.
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rasd.kb.cache import cached, fingerprint
from rasd.ner import crfsuite_file
from rasd.ner.corpus import Sentence, bio_spans, stem_types
from rasd.ner.crfsuite_file import read_attributes
from rasd.ner.features import FEATURE_VERSION, KnownFeatures, sentence_features, word_info
from rasd.ner.gazetteer import NameLists, build_static_lists, build_training_lists

if TYPE_CHECKING:
    from rasd.ner.scoring import ModelWeights

__all__ = [
    "DEFAULT_PARAMS",
    "MODEL_FILES",
    "NUMPY_FROM",
    "NerModel",
    "document_features",
    "load_model",
    "train_model",
]

#: CRFsuite L-BFGS settings (chosen on a held-out tail of the training file).
DEFAULT_PARAMS: dict[str, Any] = {
    "c1": 0.2,
    "c2": 0.01,
    "max_iterations": 150,
    "feature.possible_transitions": True,
}
#: Pass 2 also sees pass 1's labels of the token and its neighbours (stacking).
STACKED = True
MODEL_FILES = ("pass1.crfsuite", "pass2.crfsuite", "names.tsv.gz", "meta.json")
#: Documents of at least this many tokens are scored and decoded in numpy
#: (:mod:`rasd.ner.scoring`), shorter ones by CRFsuite: the same labels, and CRFsuite is as
#: fast there (0.16 against 0.29 ms for 8 tokens, 0.66 against 0.63 ms for 60, 1.34 against
#: 0.77 ms for 120, measured on real news). numpy (about 0.1 s of CPU to import) and the
#: weight matrix are loaded at the first longer document, so a process that tags only short
#: texts (a tiny article's start-up) loads neither.
NUMPY_FROM = 64


def document_features(stems: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], window: int | None) -> list[list[list[str]]]:
    """Per sentence and token, ``d:<TYPE>``: the type most often given to the token's stem
    in the sentences within ``window`` of it (the whole list when ``window`` is None); with
    :data:`STACKED`, also the pass-1 labels of the token and its neighbours."""
    if window is None:
        return _whole_document_features(stems, tags)
    per: list[dict[str, Counter[str]]] = []
    for st, tg in zip(stems, tags, strict=True):
        c: dict[str, Counter[str]] = defaultdict(Counter)
        for a, b, t in bio_spans(tg):
            for j in range(a, b):
                c[st[j]][t] += 1
        per.append(c)
    n = len(stems)
    whole: dict[str, Counter[str]] | None = None
    if window is None:
        whole = defaultdict(Counter)
        for c in per:
            for k, v in c.items():
                whole[k].update(v)
    out: list[list[list[str]]] = []
    for i in range(n):
        if whole is not None:
            agg = whole
        else:
            agg = defaultdict(Counter)
            for j in range(max(0, i - window), min(n, i + window + 1)):
                for k, v in per[j].items():
                    agg[k].update(v)
        feats: list[list[str]] = []
        row = tags[i]
        for j, s in enumerate(stems[i]):
            counts = agg.get(s)
            f = ["d:" + counts.most_common(1)[0][0]] if counts else []
            if STACKED:
                f.append("p1=" + row[j])
                f.append("p1-=" + (row[j - 1] if j else "BOS"))
                f.append("p1+=" + (row[j + 1] if j + 1 < len(row) else "EOS"))
            feats.append(f)
        out.append(feats)
    return out


class _Prefixed(dict[str, Any]):
    """``label -> prefix + label`` (UTF-8 bytes with ``encode``), built on first use."""

    def __init__(self, prefix: str, encode: bool = False) -> None:
        super().__init__()
        self.prefix = prefix
        self.encode = encode

    def __missing__(self, label: str) -> Any:
        value: Any = self.prefix + label
        if self.encode:
            value = value.encode("utf-8")
        self[label] = value
        return value


#: The stacked pass-1 label features, as strings and as bytes.
_STACK = (_Prefixed("p1="), _Prefixed("p1-="), _Prefixed("p1+="))
_STACK_BYTES = (_Prefixed("p1=", True), _Prefixed("p1-=", True), _Prefixed("p1+=", True))


def _whole_document_features(stems: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]) -> list[list[list[str]]]:
    """:func:`document_features` with ``window=None``."""
    out: list[list[list[str]]] = []
    _add_whole_document_features(out, stems, tags, fresh=True)
    return out


def _add_whole_document_features(
    feats: list[Any], stems: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], *, fresh: bool = False, encode: bool = False
) -> None:
    """Append the ``window=None`` :func:`document_features` of each token to its row of
    ``feats`` (or, with ``fresh``, append new rows to ``feats``); with ``encode`` as UTF-8
    bytes."""
    best: dict[str, Any] = stem_types(stems, tags)
    if encode:
        best = {k: v.encode("utf-8") for k, v in best.items()}
    p1, p1_before, p1_after = _STACK_BYTES if encode else _STACK
    get = best.get
    for i, (st, row) in enumerate(zip(stems, tags, strict=True)):
        if not STACKED:
            doc_rows = [[d] if (d := get(s)) is not None else [] for s in st]
        elif not row:
            doc_rows = []
        else:
            before = ["BOS", *row[:-1]]
            after = [*row[1:], "EOS"]
            doc_rows = [
                [d, p1[t], p1_before[tb], p1_after[ta]] if (d := get(s)) is not None
                else [p1[t], p1_before[tb], p1_after[ta]]
                for s, t, tb, ta in zip(st, row, before, after, strict=True)
            ]
        if fresh:
            feats.append(doc_rows)
        else:
            for f, extra in zip(feats[i], doc_rows, strict=True):
                f += extra


@dataclass(slots=True)
class NerModel:
    """A loaded two-pass model with its name lists."""

    lists: NameLists
    pass1: Any  # pycrfsuite.Tagger
    pass2: Any | None
    meta: dict[str, Any]
    _known: KnownFeatures | None = field(default=None, repr=False)
    #: the folder the model was loaded from (its CRFsuite files are read for the attributes)
    directory: Path | None = None
    _weights: ModelWeights | None = field(default=None, repr=False)
    _weights_tried: bool = field(default=False, repr=False)
    #: documents of fewer tokens are tagged by CRFsuite (:data:`NUMPY_FROM`)
    numpy_from: int = NUMPY_FROM

    @classmethod
    def load(cls, directory: Path | Any) -> NerModel:
        import pycrfsuite

        d = Path(str(directory))
        meta = json.loads((d / "meta.json").read_text(encoding="utf-8"))
        if meta.get("feature_version") != FEATURE_VERSION:
            raise ValueError(
                f"NER model in {d} was trained with feature version {meta.get('feature_version')}, "
                f"this rasd computes version {FEATURE_VERSION}: run `rasd train ner`"
            )
        t1 = pycrfsuite.Tagger()
        t1.open(str(d / "pass1.crfsuite"))
        t2 = None
        if (d / "pass2.crfsuite").is_file():
            t2 = pycrfsuite.Tagger()
            t2.open(str(d / "pass2.crfsuite"))
        return cls(NameLists.load(d / "names.tsv.gz"), t1, t2, meta, directory=d)

    def _featurizer(self) -> KnownFeatures:
        """The featurizer restricted to the attributes either pass's CRF knows."""
        if self._known is None:
            known: Iterable[str] | None = None
            if self.directory is not None:
                try:
                    known = self._attribute_names(self.directory)
                except (OSError, ValueError, UnicodeDecodeError):
                    known = None
            if known is None:
                dumped = _model_attributes(self.pass1)
                if self.pass2 is not None:
                    dumped |= _model_attributes(self.pass2)
                known = dumped
            self._known = KnownFeatures(known, self.lists)
        return self._known

    def _files(self) -> tuple[str, ...]:
        return ("pass1.crfsuite",) if self.pass2 is None else ("pass1.crfsuite", "pass2.crfsuite")

    def _attribute_names(self, d: Path) -> tuple[str, ...]:
        """Every attribute either pass's model file names, sorted: read from the files once,
        then from the start-up cache (:mod:`rasd.kb.cache`, keyed by a hash of the files)."""
        files = [d / name for name in self._files()]
        data = [path.read_bytes() for path in files]

        def build() -> tuple[str, ...]:
            return tuple(sorted(set(chain.from_iterable(read_attributes(path) for path in files))))

        return cached("ner-attributes", fingerprint([*data, Path(crfsuite_file.__file__)]), build,
                      lambda v: isinstance(v, tuple) and all(isinstance(a, str) for a in v))

    def _scorer(self) -> ModelWeights | None:
        """Both passes' weights for tagging in numpy (read once, at the first call), or None
        where they cannot be read from the model files (CRFsuite tags then)."""
        featurizer = self._featurizer()
        if not self._weights_tried:
            self._weights_tried = True
            d = self.directory
            if d is not None and self.pass2 is not None and STACKED:
                from rasd.ner.crfsuite_file import read_model
                from rasd.ner.scoring import ModelWeights

                try:
                    data = [read_model(d / name) for name in self._files()]
                except (OSError, ValueError, UnicodeDecodeError):
                    data = []
                if data:
                    self._weights = ModelWeights(data[0], data[1], featurizer)
        return self._weights

    def preload(self) -> None:
        """Load now what the first documents load: the restricted featurizer, every shard of
        the name lists and the numpy weights of :meth:`_scorer` (with numpy itself; any
        document of :attr:`numpy_from` tokens or more reads them)."""
        self._featurizer()
        self.lists.load_all()
        self._scorer()

    def tag(self, sentences: Sequence[Sequence[str]], window: int | None = None) -> list[list[str]]:
        """BIO tags for the sentences of one document (token strings). ``window`` limits
        the document features to nearby sentences (for corpora without document breaks).

        The CRFs get only the features their models know (CRFsuite ignores the others, and
        the order of the rest is kept), so the tags are those of the full
        :func:`sentence_features` lists, computed faster. Where both passes' weights could
        be read from their files, the document features span the whole document and the
        document has :attr:`numpy_from` tokens or more, both passes are scored and decoded in numpy (:mod:`rasd.ner.scoring`: CRFsuite's labels,
        bit for bit); otherwise the lists go to CRFsuite as UTF-8 bytes, and pass 2 reuses
        pass 1's lists."""
        featurizer = self._featurizer()
        if window is None and sum(map(len, sentences)) >= self.numpy_from and (weights := self._scorer()) is not None:
            return weights.tag(featurizer, sentences)
        feats, first = self._final_features(sentences, window)
        if self.pass2 is None:
            return first
        tag2 = self.pass2.tag
        return [list(tag2(f)) if f else [] for f in feats]

    def _final_features(
        self, sentences: Sequence[Sequence[str]], window: int | None
    ) -> tuple[list[list[list[bytes]]], list[list[str]]]:
        """The last pass's feature lists and pass 1's tags."""
        featurize = self._featurizer().sentence
        feats: list[list[list[bytes]]] = []
        stems: list[list[str]] = []
        for s in sentences:
            f, st = featurize(s) if s else ([], [])
            feats.append(f)
            stems.append(st)
        tag1 = self.pass1.tag
        first = [list(tag1(f)) if f else [] for f in feats]
        if self.pass2 is None:
            return feats, first
        if window is None:
            _add_whole_document_features(feats, stems, first, encode=True)
        else:
            for f, d in zip(feats, document_features(stems, first, window), strict=True):
                for row, extra in zip(f, d, strict=True):
                    row += [x.encode("utf-8") for x in extra]
        return feats, first

    def marginals(
        self, sentences: Sequence[Sequence[str]], labels: Sequence[str], window: int | None = None
    ) -> list[list[list[float]]]:
        """Per sentence and token, the last pass's marginal probability of each of
        ``labels`` (0 for a label the model never saw), for combining with another tagger."""
        feats, _ = self._final_features(sentences, window)
        tagger = self.pass2 if self.pass2 is not None else self.pass1
        known = set(tagger.labels())
        out: list[list[list[float]]] = []
        for f in feats:
            if not f:
                out.append([])
                continue
            tagger.set(f)
            out.append([[tagger.marginal(lab, i) if lab in known else 0.0 for lab in labels] for i in range(len(f))])
        return out


def _model_attributes(tagger: Any, path: Path | None = None) -> set[str]:
    """The attribute strings a loaded CRFsuite tagger has weights for: read from its model
    file ``path`` when given (milliseconds), else from the tagger's dump of the model."""
    if path is not None:
        try:
            return set(read_attributes(path))
        except (OSError, ValueError, UnicodeDecodeError):
            pass
    return {attr for attr, _label in tagger.info().state_features}


@lru_cache(maxsize=1)
def load_model() -> NerModel:
    """The model shipped in ``rasd/models/ner`` (loaded once per process)."""
    return NerModel.load(resources.files("rasd.models").joinpath("ner"))


def _train_crf(xs: Sequence[Any], ys: Sequence[Sequence[str]], path: Path, params: dict[str, Any]) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(xs, ys, strict=True):
        trainer.append(x, y)
    trainer.set_params(params)
    trainer.train(str(path))


def train_model(
    train: Sequence[Sentence],
    out_dir: Path,
    *,
    folds: int = 4,
    window: int = 10,
    params: dict[str, Any] | None = None,
    seed: int = 13,
    log: Any = None,
) -> dict[str, Any]:
    """Train pass 1 and pass 2 on ``train`` and write :data:`MODEL_FILES` to ``out_dir``.

    Folds are contiguous blocks of sentences (articles stay together). Training is
    deterministic; ``seed`` is recorded for the record (CRFsuite's L-BFGS uses no
    randomness).
    """
    params = {**DEFAULT_PARAMS, **(params or {})}
    out_dir.mkdir(parents=True, exist_ok=True)
    say = log or (lambda _msg: None)
    t0 = time.perf_counter()
    static = build_static_lists(train)
    say(f"static name lists: {len(static)} entries")
    n = len(train)
    blocks = [list(train[k * n // folds : (k + 1) * n // folds]) for k in range(folds)]
    xs: list[list[list[str]]] = []
    ys: list[list[str]] = []
    first: list[list[str]] = []
    tmp = out_dir / "_fold.crfsuite"
    for k in range(folds):
        others = [s for j in range(folds) if j != k for s in blocks[j]]
        lists = static.merged(build_training_lists(others))
        x_others = [sentence_features(s[0], lists) for s in others]
        _train_crf(x_others, [s[1] for s in others], tmp, params)
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(str(tmp))
        x_k = [sentence_features(s[0], lists) for s in blocks[k]]
        first.extend(list(tagger.tag(x)) for x in x_k)
        tagger.close()
        xs.extend(x_k)
        ys.extend(s[1] for s in blocks[k])
        say(f"fold {k + 1}/{folds} done ({time.perf_counter() - t0:.0f}s)")
    tmp.unlink(missing_ok=True)
    _train_crf(xs, ys, out_dir / "pass1.crfsuite", params)
    say(f"pass 1 trained ({time.perf_counter() - t0:.0f}s)")
    stems = [[word_info(w)[3] for w in s[0]] for s in train]
    doc = document_features(stems, first, window)
    xs2 = [[a + b for a, b in zip(x, d, strict=True)] for x, d in zip(xs, doc, strict=True)]
    _train_crf(xs2, ys, out_dir / "pass2.crfsuite", params)
    say(f"pass 2 trained ({time.perf_counter() - t0:.0f}s)")
    static.merged(build_training_lists(train)).save(out_dir / "names.tsv.gz")
    meta = {
        "feature_version": FEATURE_VERSION,
        "window": window,
        "folds": folds,
        "seed": seed,
        "params": params,
        "train_sentences": n,
        "train_tokens": sum(len(s[0]) for s in train),
    }
    (out_dir / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return meta
