"""Sources: the outlets and agencies an article credits. The stage is in ``stage``."""

from rasd.stages.sources.stage import SourcesStage, canonical_source, find_sources

__all__ = ["SourcesStage", "find_sources", "canonical_source"]
