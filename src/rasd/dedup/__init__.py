"""Deduplication: near-duplicate articles grouped into story clusters (MinHash LSH) and
one event per real-world event across outlets and days."""

from rasd.dedup.events import EventIndex, MergedEvent, Report, merge_reports, reports_from_document
from rasd.dedup.stories import StoryHasher, StoryIndex

__all__ = ["EventIndex", "MergedEvent", "Report", "StoryHasher", "StoryIndex", "merge_reports",
           "reports_from_document"]
