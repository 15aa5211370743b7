"""Stages, the stage registry, pipeline configs and the pipeline itself.

A stage is a callable ``Document -> Document`` that declares the capabilities it
``requires`` and ``provides`` (strings such as ``"sentences"`` or ``"entities"``). A
:class:`Pipeline` checks at construction that every stage's requirements are provided by
an earlier stage, the way spaCy checks ``Language.factory`` components.

Stages are built by name from a :class:`PipelineConfig` (plain data, JSON-serialisable),
so executors can ship the config to workers and build identical pipelines there. Built-in
stages are registered lazily as ``"module:Class"`` paths so importing rasd stays cheap.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol, runtime_checkable

from rasd.document import Document
from rasd.pipeline_parts import DEFAULT_PART_CHARS, run_in_parts

__all__ = [
    "BASE_CAPABILITIES",
    "Stage",
    "StageSpec",
    "PipelineConfig",
    "Pipeline",
    "PipelineError",
    "register_stage",
    "registered_stages",
    "build_stage",
    "default_config",
]

#: What a freshly ingested document already has: its raw text and metadata.
BASE_CAPABILITIES: frozenset[str] = frozenset({"text", "metadata"})


class PipelineError(ValueError):
    """A pipeline that cannot run: unknown stage, bad options or unmet requirements."""


@runtime_checkable
class Stage(Protocol):
    """The stage protocol. Implementations set ``name``, ``requires`` and ``provides``."""

    name: ClassVar[str]
    requires: ClassVar[frozenset[str]]
    provides: ClassVar[frozenset[str]]

    def __call__(self, doc: Document) -> Document: ...


_REGISTRY: dict[str, str | type[Any]] = {}


def register_stage(name: str, target: str | type[Any] | None = None) -> Any:
    """Register a stage class under ``name``.

    Use as a decorator (``@register_stage("clean")``) or with a lazy ``"module:Class"``
    path so that heavy modules are imported only when a pipeline uses them.
    """
    if target is not None:
        _REGISTRY[name] = target
        return target

    def deco(cls: type[Any]) -> type[Any]:
        _REGISTRY[name] = cls
        return cls

    return deco


def registered_stages() -> list[str]:
    """Names of all known stages."""
    _ensure_builtins()
    return sorted(_REGISTRY)


def _ensure_builtins() -> None:
    # Importing the package registers the built-in stages by path.
    importlib.import_module("rasd.stages")


def _resolve(name: str) -> type[Any]:
    _ensure_builtins()
    try:
        target = _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise PipelineError(f"unknown stage {name!r} (known: {known})") from None
    if isinstance(target, str):
        module_name, _, attr = target.partition(":")
        module = importlib.import_module(module_name)
        target = getattr(module, attr)
        _REGISTRY[name] = target
    assert not isinstance(target, str)
    return target


@dataclass(frozen=True, slots=True)
class StageSpec:
    """A stage by registry name with its constructor options."""

    name: str
    options: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "options": dict(self.options)}


def build_stage(spec: StageSpec) -> Stage:
    """Instantiate a stage from its spec."""
    cls = _resolve(spec.name)
    try:
        stage = cls(**dict(spec.options))
    except TypeError as exc:
        raise PipelineError(f"bad options for stage {spec.name!r}: {exc}") from None
    return stage  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class PipelineConfig:
    """An ordered list of stage specs; plain data that travels to workers."""

    stages: tuple[StageSpec, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"stages": [s.to_dict() for s in self.stages]}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PipelineConfig:
        stages = []
        for item in data.get("stages", []):
            if isinstance(item, str):
                stages.append(StageSpec(item))
            else:
                stages.append(StageSpec(item["name"], dict(item.get("options") or {})))
        return cls(tuple(stages))

    def without(self, *names: str) -> PipelineConfig:
        """The same config minus the named stages."""
        return PipelineConfig(tuple(s for s in self.stages if s.name not in names))

    def with_options(self, name: str, **options: Any) -> PipelineConfig:
        """The same config with extra options for one stage."""
        return PipelineConfig(
            tuple(
                StageSpec(s.name, {**s.options, **options}) if s.name == name else s
                for s in self.stages
            )
        )


def default_config() -> PipelineConfig:
    """The default analysis pipeline (see ``rasd.stages.DEFAULT_STAGES``)."""
    from rasd.stages import DEFAULT_STAGES

    return PipelineConfig(tuple(StageSpec(name) for name in DEFAULT_STAGES))


class Pipeline:
    """An ordered, checked sequence of stages."""

    def __init__(self, stages: Sequence[Stage], base: Iterable[str] = BASE_CAPABILITIES) -> None:
        available = set(base)
        for stage in stages:
            missing = set(stage.requires) - available
            if missing:
                raise PipelineError(
                    f"stage {stage.name!r} requires {sorted(missing)}, "
                    f"which no earlier stage provides (have {sorted(available)})"
                )
            available |= set(stage.provides)
        self.stages: tuple[Stage, ...] = tuple(stages)
        self.provides: frozenset[str] = frozenset(available)

    @classmethod
    def from_config(cls, config: PipelineConfig | None = None) -> Pipeline:
        config = config or default_config()
        return cls([build_stage(spec) for spec in config.stages])

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    #: Longer texts are analysed in parts, so cost stays linear in length (see
    #: :mod:`rasd.pipeline_parts`); 0: never.
    part_chars: int = DEFAULT_PART_CHARS

    def preload(self) -> None:
        """Load now what the stages would load at their first use (models, tables, indexes
        that only some articles reach): each stage's ``preload()``, where it has one (the
        method is optional; a stage without it loads lazily). A process that forks workers
        after this pays those loads once for all of them, and they share the pages."""
        for stage in self.stages:
            preload = getattr(stage, "preload", None)
            if callable(preload):
                preload()

    def __call__(self, doc: Document) -> Document:
        if self.part_chars and len(doc.text) > self.part_chars:
            return run_in_parts(self.stages, doc, self.part_chars)
        for stage in self.stages:
            doc = stage(doc)
        return doc

    def map(self, docs: Iterable[Document]) -> Iterable[Document]:
        for doc in docs:
            yield self(doc)


StageFactory = Callable[..., Stage]
