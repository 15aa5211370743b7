"""Quotes: who said what. Its modules: ``stage`` (the stage), ``lexicon``, ``reader``,
``speakers``."""

from rasd.stages.quotes.stage import QuotesStage, find_quotes

__all__ = ["QuotesStage", "find_quotes"]
