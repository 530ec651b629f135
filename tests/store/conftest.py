"""Fixtures for store tests: a fresh database file per test."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from store.db import open_db  # noqa: E402


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "negot.db"


@pytest.fixture
def db(db_path):
    database = open_db(db_path)
    yield database
    database.close()
