"""Help screen (? or f1): every key, read from `tui.keys`, plus the search syntax."""
from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from tui import keys

SEARCH_SYNTAX = [
    ("qatar enemy", "fuzzy words: typos are forgiven, matched characters are highlighted"),
    ("party:hamas  p:qatar", "only quotes from that party (any case, prefix ok)"),
    ('speaker:"ben gvir"  @smotrich', "only quotes from that speaker (name or alias)"),
    ("issue:hostage-release", "only quotes behind a position on that issue"),
    ("from:2024-08  to:2024-09-15", "only quotes said in that range (year, month or day)"),
    ("ctrl+f / ctrl+r", "cycle the party / speaker filter without typing"),
]


def help_content() -> Content:
    """The help text as Content (built from our own strings, styled without markup)."""
    lines: list[Content] = [Content("negot-tui keys").stylize("bold"), Content("")]

    def row(key: str, what: str) -> Content:
        return Content.assemble((f"  {key:<24}", "bold $text-accent"), what)

    lines.append(Content("General").stylize("bold underline"))
    lines += [row(k, w) for k, w in keys.BUILTIN]
    for title, bindings in keys.SECTIONS:
        lines += [Content(""), Content(title).stylize("bold underline")]
        seen: set[str] = set()
        for binding in bindings:
            key, what = keys.describe(binding)
            if (key, what) in seen:
                continue
            seen.add((key, what))
            lines.append(row(key, what))
    lines += [Content(""), Content("Search syntax").stylize("bold underline")]
    lines += [row(k, w) for k, w in SEARCH_SYNTAX]
    lines += [Content(""), Content("Copying: y/c send the citation to the terminal (OSC 52) and, "
                                   "on a local session, to wl-copy/xclip/xsel/pbcopy/clip.exe. "
                                   "In tmux, OSC 52 needs `set -s set-clipboard on`. "
                                   "NEGOT_TUI_CLIPBOARD_CMD overrides the tool.")]
    lines += [Content(""), Content("esc, q, ? or f1 closes this help.").stylize("$text-muted")]
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    """A modal listing the keys; closes on esc, q, ? or f1."""

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close", show=False),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(help_content(), id="help-text")

    def action_dismiss(self, result: None = None) -> None:  # type: ignore[override]
        self.dismiss(None)
