"""Reading the TOML data files users extend (actors, issues), with one-line errors."""
from __future__ import annotations

import tomllib
from pathlib import Path


def read_toml(path: Path) -> dict:
    """The parsed file; ValueError naming the file and the problem otherwise."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValueError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        return tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ValueError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path}: invalid TOML: {exc}") from None
