"""Copy text to the user's clipboard, and say honestly which way it went.

OSC 52 (``App.copy_to_clipboard``) works over ssh but fails silently in
macOS Terminal and in tmux without ``set-clipboard on``; native tools work
locally but over ssh copy to the *remote* host or fail.  So we always send
OSC 52 and, when the session is local, also pipe the text to the first
native tool found, with a timeout, catching every error.

``NEGOT_TUI_CLIPBOARD_CMD`` (e.g. ``tmux load-buffer -w -``) overrides the
native tool, then ``clipboard_cmd`` in the config file (tui.config); either
is used even over ssh, since the user chose it.  No Textual import at module level: this is plain logic the
app calls from a worker thread.
"""
from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Mapping

ENV_COMMAND = "NEGOT_TUI_CLIPBOARD_CMD"
MAX_BYTES = 74_000  # ~100,000 bytes once base64-encoded: the cap some terminals apply to OSC 52
TIMEOUT = 2.0

# (name, argv, needs) in order of preference; needs = env var that must be set
NATIVE_TOOLS: tuple[tuple[str, tuple[str, ...], str | None], ...] = (
    ("wl-copy", ("wl-copy",), "WAYLAND_DISPLAY"),
    ("xclip", ("xclip", "-selection", "clipboard"), "DISPLAY"),
    ("xsel", ("xsel", "--clipboard", "--input"), "DISPLAY"),
    ("pbcopy", ("pbcopy",), None),
    ("clip.exe", ("clip.exe",), None),
)


@dataclass(frozen=True)
class CopyOutcome:
    """What happened: whether the text went anywhere, and a one-line message to show."""

    ok: bool
    osc52: bool
    native: str | None  # name of the native tool that succeeded
    message: str


def is_local(env: Mapping[str, str] | None = None) -> bool:
    """True unless this looks like an ssh session (where native tools copy remotely)."""
    env = os.environ if env is None else env
    return not (env.get("SSH_TTY") or env.get("SSH_CONNECTION") or env.get("SSH_CLIENT"))


def find_native_tool(env: Mapping[str, str] | None = None,
                     which: Callable[[str], str | None] = shutil.which
                     ) -> tuple[str, list[str]] | None:
    """The native copy command to use, or None (remote session or nothing installed)."""
    env = os.environ if env is None else env
    override = env.get(ENV_COMMAND, "").strip()
    if override:
        try:
            argv = shlex.split(override)
        except ValueError:
            return None
        return (argv[0], argv) if argv else None
    if not is_local(env):
        return None
    for name, argv, needs in NATIVE_TOOLS:
        if needs and not env.get(needs):
            continue
        if name == "pbcopy" and sys.platform != "darwin":
            continue
        path = which(argv[0])
        if path:
            return name, [path, *argv[1:]]
    return None


def command_tool(command: str | None) -> tuple[str, list[str]] | None:
    """A configured command line (config file's clipboard_cmd) as (name, argv)."""
    try:
        argv = shlex.split(command or "")
    except ValueError:
        return None
    return (Path(argv[0]).name, argv) if argv else None


def run_native(argv: list[str], text: str, timeout: float = TIMEOUT) -> str | None:
    """Pipe `text` into `argv`; None on success, else a short reason."""
    try:
        # stdout/stderr to DEVNULL: xclip forks and keeps inherited pipes open.
        proc = subprocess.run(argv, input=text.encode("utf-8"), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return f"timed out after {timeout:g}s"
    except Exception as exc:  # noqa: BLE001 - any failure is reported, never raised
        return f"{type(exc).__name__}: {exc}"
    if proc.returncode != 0:
        return f"exit status {proc.returncode}"
    return None


def copy_text(text: str, osc52: Callable[[str], None] | None, what: str = "text",
              env: Mapping[str, str] | None = None,
              native: Callable[[], tuple[str, list[str]] | None] | None = None,
              runner: Callable[[list[str], str], str | None] | None = None,
              command: str | None = None, fallback: str | None = None) -> CopyOutcome:
    """Send `text` through OSC 52 (`osc52`, usually ``app.copy_to_clipboard``) and a native tool.

    Pass ``osc52=None`` when the caller already sent OSC 52 itself (the app does,
    on the UI thread, then runs this in a worker for the slow native part).
    `command` is the configured clipboard command (the environment variable
    wins over it); `fallback` says where else the text can be had (e.g.
    "`negot-tui cite 12`"), shown when copying failed or may not have worked.
    """
    env = os.environ if env is None else env
    size = len(text.encode("utf-8"))
    elsewhere = f" Print it with {fallback}." if fallback else ""
    if size > MAX_BYTES:
        return CopyOutcome(False, False, None,
                           f"Not copied: {what} is {size:,} bytes; terminals cap the clipboard "
                           f"at about {MAX_BYTES:,}.{elsewhere}")
    sent = True
    if osc52 is not None:
        try:
            osc52(text)
        except Exception:  # noqa: BLE001
            sent = False
    if native is None and command and not env.get(ENV_COMMAND, "").strip():
        native = lambda: command_tool(command)  # noqa: E731
    tool = (native or (lambda: find_native_tool(env)))()
    used: str | None = None
    problem = ""
    if tool is not None:
        name, argv = tool
        why = (runner or run_native)(argv, text)
        if why is None:
            used = name
        else:
            problem = f"; {name} failed ({why})"
    chars = len(text)
    if used and sent:
        how = f"terminal (OSC 52) and {used}"
    elif used:
        how = used
    elif sent:
        how = "terminal (OSC 52) only"
        if not is_local(env):
            how += ", ssh session"
        elif tool is None:
            how += ", no clipboard tool found"
        if env.get("TMUX"):
            how += "; in tmux set `set -s set-clipboard on`"
        if fallback:  # OSC 52 cannot tell whether the terminal took it
            how += f"; if nothing pastes, print it with {fallback}"
    else:
        return CopyOutcome(False, False, None, f"Copy failed{problem}.{elsewhere}")
    return CopyOutcome(True, sent, used, f"Copied {what} ({chars} chars) via {how}{problem}.")
