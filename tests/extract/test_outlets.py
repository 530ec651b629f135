"""Outlets and agencies (extract/data/outlets.toml): channels, not speakers."""
from __future__ import annotations

import pytest

from extract.outlets import is_outlet


@pytest.mark.parametrize("name", [
    "Al Jazeera", "Egypt's Al-Qahera News", "Saudi state TV", "the Associated Press", "News.az", "Axios.com",
])
def test_outlets(name):
    assert is_outlet(name)


@pytest.mark.parametrize("name", ["Hamas", "Bezalel Smotrich", "the Foreign Ministry", "", None])
def test_not_outlets(name):
    assert not is_outlet(name)
