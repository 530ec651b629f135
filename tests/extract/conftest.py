"""Shared fixtures for extractor tests: the shipped actors table and the gold data."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.actors import load_actors

SHARED = Path(__file__).parents[2].parent / "shared"


@pytest.fixture(scope="session")
def actors():
    return load_actors()


@pytest.fixture
def user_actors(tmp_path):
    """The shipped actors table extended by a user file with the given TOML text (--actors)."""
    def load(toml: str):
        path = tmp_path / "mine.toml"
        path.write_text(toml, encoding="utf-8")
        return load_actors(extra=path)
    return load


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "gold" / "seeds-quotes.jsonl").is_file():
        pytest.skip(f"shared gold data not found at {SHARED}")
    return SHARED
