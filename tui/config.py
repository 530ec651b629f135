"""The user's settings file: default citation style and clipboard command.

`user_config_dir("negot-tui")/config.toml` (or $NEGOT_TUI_CONFIG), e.g.::

    citation_style = "markdown"      # plain, markdown, apa, chicago, bibtex, csl-json
    clipboard_cmd = "tmux load-buffer -w -"

A missing file means the defaults. A broken file must not stop the app:
`load_config` returns the defaults plus a one-line problem for the caller to
show. No Textual import: the CLI reads it too.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ENV_CONFIG = "NEGOT_TUI_CONFIG"
DEFAULT_STYLE = "plain"


@dataclass(frozen=True, slots=True)
class Config:
    """Settings after validation; `problems` lists what was ignored and why (one line each)."""

    citation_style: str = DEFAULT_STYLE
    clipboard_cmd: str | None = None
    path: Path | None = None
    problems: tuple[str, ...] = field(default_factory=tuple)


def config_path(env: dict | None = None) -> Path:
    env = os.environ if env is None else env
    override = env.get(ENV_CONFIG, "").strip()
    if override:
        return Path(override).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("negot-tui")) / "config.toml"


def load_config(path: Path | None = None, env: dict | None = None) -> Config:
    """The settings in `path` (default: `config_path()`); defaults where absent or invalid."""
    from store.citation import STYLES

    path = Path(path) if path is not None else config_path(env)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Config(path=path)
    except (OSError, UnicodeDecodeError) as exc:
        return Config(path=path, problems=(f"{path}: cannot read ({_reason(exc)}); "
                                           "using the defaults",))
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        return Config(path=path, problems=(f"{path}: not valid TOML ({exc}); using the defaults",))
    problems: list[str] = []
    style = data.get("citation_style", DEFAULT_STYLE)
    if not isinstance(style, str) or style.strip().lower() not in STYLES:
        problems.append(f"{path}: citation_style {style!r} is not one of {', '.join(STYLES)}; "
                        f"using {DEFAULT_STYLE}")
        style = DEFAULT_STYLE
    style = style.strip().lower()
    cmd = data.get("clipboard_cmd")
    if cmd is not None and not (isinstance(cmd, str) and cmd.strip()):
        problems.append(f"{path}: clipboard_cmd must be a non-empty string; ignored")
        cmd = None
    for key in sorted(set(data) - {"citation_style", "clipboard_cmd"}):
        problems.append(f"{path}: unknown setting {key!r} ignored")
    return Config(citation_style=style, clipboard_cmd=cmd.strip() if cmd else None, path=path,
                  problems=tuple(problems))


def _reason(exc: Exception) -> str:
    return getattr(exc, "strerror", None) or type(exc).__name__
