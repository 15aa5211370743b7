"""Segmentation: sentences. The stage is in ``stage``."""

from rasd.stages.segment.stage import SegmentStage, split_sentences

__all__ = ["SegmentStage", "split_sentences"]
