"""tui.clipboard: OSC 52 always, a native tool only locally, every failure reported."""
from __future__ import annotations

import sys

import pytest

import tui.clipboard as clipboard

pytestmark = pytest.mark.real_clipboard


def which_all(name):
    return f"/usr/bin/{name}"


def test_native_tool_choice_follows_the_session():
    find = clipboard.find_native_tool
    assert find({"WAYLAND_DISPLAY": "w", "DISPLAY": ":0"}, which_all)[0] == "wl-copy"
    assert find({"DISPLAY": ":0"}, which_all)[1] == ["/usr/bin/xclip", "-selection", "clipboard"]
    assert find({"DISPLAY": ":0"}, lambda n: None if n == "xclip" else f"/b/{n}")[0] == "xsel"
    assert find({"DISPLAY": ":0", "SSH_TTY": "/dev/pts/1"}, which_all) is None
    assert find({"SSH_CONNECTION": "1 2 3 4"}, which_all) is None
    assert find({}, lambda n: None) is None
    expected = "pbcopy" if sys.platform == "darwin" else "clip.exe"
    assert find({}, which_all)[0] == expected
    assert find({clipboard.ENV_COMMAND: "tmux load-buffer -w -", "SSH_TTY": "x"},
                which_all) == ("tmux", ["tmux", "load-buffer", "-w", "-"])


def test_run_native_reports_errors_and_timeouts():
    assert clipboard.run_native([sys.executable, "-c", "import sys; sys.stdin.read()"],
                                "hi") is None
    assert clipboard.run_native([sys.executable, "-c", "raise SystemExit(3)"], "x") == \
        "exit status 3"
    assert "timed out" in clipboard.run_native([sys.executable, "-c",
                                                "import time; time.sleep(5)"], "x",
                                               timeout=0.3)
    assert "FileNotFoundError" in clipboard.run_native(["/nonexistent/tool"], "x")


def test_copy_text_outcomes():
    sent = []
    ok = clipboard.copy_text("hello", sent.append, what="citation", env={},
                             native=lambda: ("xclip", ["xclip"]), runner=lambda a, t: None)
    assert ok.ok and ok.native == "xclip" and sent == ["hello"]
    assert "Copied citation (5 chars) via terminal (OSC 52) and xclip" in ok.message

    remote = clipboard.copy_text("hi", sent.append, env={"SSH_TTY": "x", "TMUX": "t"},
                                 native=lambda: None)
    assert remote.ok and remote.native is None
    assert "OSC 52) only, ssh session" in remote.message and "set-clipboard on" in remote.message

    failed = clipboard.copy_text("hi", sent.append, env={}, native=lambda: ("xsel", ["xsel"]),
                                 runner=lambda a, t: "exit status 1")
    assert failed.ok and "xsel failed (exit status 1)" in failed.message

    def broken(_):
        raise RuntimeError("no driver")

    nothing = clipboard.copy_text("hi", broken, env={}, native=lambda: ("xsel", ["xsel"]),
                                  runner=lambda a, t: "exit status 1")
    assert not nothing.ok and nothing.message.startswith("Copy failed")

    huge = clipboard.copy_text("x" * (clipboard.MAX_BYTES + 1), sent.append, env={},
                               native=lambda: None)
    assert not huge.ok and "Not copied" in huge.message


def test_configured_command_and_fallback_hint():
    runs = []
    out = clipboard.copy_text("hi", None, env={"SSH_TTY": "x"}, command="tmux load-buffer -w -",
                              runner=lambda a, t: runs.append(a))
    assert runs == [["tmux", "load-buffer", "-w", "-"]] and out.native == "tmux"
    # the environment variable wins over the config file
    runs.clear()
    clipboard.copy_text("hi", None, env={clipboard.ENV_COMMAND: "pbcopy"}, command="xclip",
                        runner=lambda a, t: runs.append(a), native=None)
    assert runs and runs[0][0].endswith("pbcopy")
    assert clipboard.command_tool("'unbalanced") is None and clipboard.command_tool("") is None
    def broken(_):
        raise RuntimeError("no terminal")

    failed = clipboard.copy_text("hi", broken, env={}, command="false",
                                 runner=lambda a, t: "exit status 1", fallback="`negot-tui cite 3`")
    assert not failed.ok
    assert failed.message == ("Copy failed; false failed (exit status 1). "
                              "Print it with `negot-tui cite 3`.")
    unsure = clipboard.copy_text("hi", lambda t: None, env={}, native=lambda: None,
                                 fallback="`negot-tui cite 3`")
    assert unsure.ok and "if nothing pastes, print it with `negot-tui cite 3`" in unsure.message
