"""Placeholder pipeline: replaced by the real extractor."""
from __future__ import annotations

from extract.records import ArticleMeta, ExtractedArticle


def extract_article(text: str, name: str, **options) -> ExtractedArticle:
    return ExtractedArticle(meta=ArticleMeta(name=name), text=text)
