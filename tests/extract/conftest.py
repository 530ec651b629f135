"""Shared fixtures for extractor tests: the shipped actors table and the gold data."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.actors import load_actors

SHARED = Path(__file__).parents[2].parent / "shared"


@pytest.fixture(scope="session")
def actors():
    return load_actors()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "gold" / "seeds-quotes.jsonl").is_file():
        pytest.skip(f"shared gold data not found at {SHARED}")
    return SHARED
