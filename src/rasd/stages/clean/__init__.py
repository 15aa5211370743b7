"""Cleaning: scraper debris removed, title and dateline read. The stage is in ``stage``."""

from rasd.stages.clean.stage import CleanResult, CleanStage, clean_article, parse_dateline

__all__ = ["CleanStage", "CleanResult", "clean_article", "parse_dateline"]
