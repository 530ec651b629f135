"""Article text in, attributed quotes, reported speech and positions out.

Pure functions: no database, no UI. Imports nothing from `store` or `tui`.
"""
from __future__ import annotations

from extract.records import ArticleMeta, ExtractedArticle, Position, Quote, Reported

__all__ = ["ArticleMeta", "ExtractedArticle", "Position", "Quote", "Reported", "extract_article"]


def extract_article(text: str, name: str, **options) -> ExtractedArticle:
    """Extract every record from one article's text (see `extract.pipeline`)."""
    from extract.pipeline import extract_article as run

    return run(text, name, **options)
