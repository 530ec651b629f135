"""Column chooser for the positions grid (t): which parties get a column of their own.

A SelectionList of every party with positions (plus "Other"); space or
enter toggles, esc / t applies.  Party names come from articles, so every
prompt is Content from `tui.render`.  Dismisses with the chosen columns in
list order.
"""
from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import SelectionList, Static

from tui import render


class ColumnChooser(ModalScreen[list[str]]):
    """Toggle party columns; dismisses with the chosen column names."""

    BINDINGS = [
        Binding("escape,t,q", "apply", "Apply", show=False),
    ]

    def __init__(self, choices: Sequence[tuple[str, int | None]], chosen: Sequence[str]) -> None:
        super().__init__()
        self.choices = list(choices)  # (name, statements or None)
        self.chosen = set(chosen)

    def compose(self) -> ComposeResult:
        with Vertical(id="columns-box"):
            yield Static(Content("Columns of the positions grid").stylize("bold"))
            yield Static(Content("space/enter toggles \u00b7 esc or t applies \u00b7 parties "
                                 "without a column fold into Other").stylize(render.DIM))
            yield SelectionList[str](*[(self.prompt(name, n, name in self.chosen), name,
                                        name in self.chosen)
                                       for name, n in self.choices], id="columns-list")

    @staticmethod
    def prompt(name: str, count: int | None, shown: bool) -> Content:
        """Party, statement count, and in words whether it is a column (not colour alone)."""
        return Content.assemble(render.plain(name),
                                (f"  {render.plural(count, 'statement')}"
                                 if count is not None else "", render.DIM),
                                ("  column" if shown else "  in Other" if name != "Other"
                                 else "  hidden", "bold" if shown else render.DIM))

    @on(SelectionList.SelectionToggled)
    def _toggled(self, event: SelectionList.SelectionToggled) -> None:
        event.stop()
        selection = event.selection_list
        index = event.selection_index
        name, count = self.choices[index]
        selection.replace_option_prompt_at_index(
            index, self.prompt(name, count, name in selection.selected))

    def on_mount(self) -> None:
        self.query_one(SelectionList).focus()

    def action_apply(self) -> None:
        picked = set(self.query_one(SelectionList).selected)
        self.dismiss([name for name, _ in self.choices if name in picked])
