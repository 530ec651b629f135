"""The bundled demo corpus (store/demo/*.txt), ingested on first run.

store/demo/sources.toml maps a file name to its title, outlet, url and
published date; for the files it lists it replaces what the extractor
detects in the text (a field left out there is unknown).
Either top-level tables (["000_x.txt"]) or a [sources."000_x.txt"] table.
"""
from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

import sqlite_utils

from store.ingest import IngestSummary, ingest_paths

FIELDS = ("title", "outlet", "url", "published", "author")


def demo_dir() -> Path:
    return Path(str(resources.files("store").joinpath("demo")))


def demo_paths() -> list[Path]:
    """The demo article files, sorted by name."""
    return sorted(demo_dir().glob("*.txt"))


def demo_metadata() -> dict[str, dict[str, str | None]]:
    """File name -> {title, outlet, url, published, author} from sources.toml ({} if absent).

    sources.toml is authoritative for the files it lists: a field it leaves
    out is unknown (None), not whatever the extractor guessed from the page.
    """
    path = demo_dir() / "sources.toml"
    if not path.exists():
        return {}
    data = tomllib.loads(path.read_text("utf-8"))
    table = data.get("sources", data)
    out: dict[str, dict[str, str | None]] = {}
    for name, meta in table.items():
        if isinstance(meta, dict):
            out[name] = {k: (str(meta[k]) if meta.get(k) not in (None, "") else None)
                         for k in FIELDS}
    return out


def ensure_demo(db: sqlite_utils.Database, actors=None) -> IngestSummary | None:
    """Ingest the demo corpus if the database has no articles yet; None when it had some."""
    if db.conn.execute("SELECT EXISTS (SELECT 1 FROM articles)").fetchone()[0]:
        return None
    return ingest_paths(db, demo_paths(), actors=actors, metadata=demo_metadata())
