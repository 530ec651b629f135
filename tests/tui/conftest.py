"""Fixtures for the TUI tests: small databases built through the real store ingest."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from tui_fixtures import build_db, many_days  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return build_db(tmp_path / "fixture.db")


@pytest.fixture
def big_db_path(tmp_path: Path) -> Path:
    return build_db(tmp_path / "big.db", many_days())


def pytest_configure(config):
    config.addinivalue_line("markers", "real_clipboard: do not stub tui.clipboard's native tool")


@pytest.fixture(scope="module")
def demo_db_path(tmp_path_factory) -> Path:
    """The bundled demo corpus, ingested by the real extractor and store (as on first run)."""
    from store.db import open_db
    from store.demo import ensure_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = open_db(path)
    ensure_demo(db)
    db.conn.close()
    return path


@pytest.fixture(autouse=True)
def no_native_clipboard(request, monkeypatch):
    """Never run a real clipboard tool from a test; record what would have been copied."""
    import tui.clipboard as clipboard

    calls: list[tuple[list[str], str]] = []
    if request.node.get_closest_marker("real_clipboard"):
        return calls

    def fake_runner(argv, text, timeout=clipboard.TIMEOUT):
        calls.append((list(argv), text))
        return None

    monkeypatch.setattr(clipboard, "find_native_tool", lambda env=None, which=None:
                        ("fakeclip", ["fakeclip"]))
    monkeypatch.setattr(clipboard, "run_native", fake_runner)
    return calls
