"""Every key binding of the app, in one place.

Screens and the app take their BINDINGS from here and the help screen lists
them from here, so a key cannot be bound without being documented.  Each
binding has an `id` so a user keymap (``App.set_keymap``) can rebind it.
Never bind ctrl+h/i/m/[ (they alias backspace, tab, enter and escape).
"""
from __future__ import annotations

from textual.binding import Binding

VIEWS = Binding.Group("Views")
MOVE = Binding.Group("Move", compact=True)
QUOTE = Binding.Group("Quote")

APP = [
    Binding("1", "app.switch_mode('search')", "Search", id="view.search", group=VIEWS,
            tooltip="Fuzzy-search quotes"),
    Binding("2", "app.switch_mode('positions')", "Positions", id="view.positions", group=VIEWS,
            tooltip="Parties side by side"),
    Binding("3", "app.switch_mode('timeline')", "Timeline", id="view.timeline", group=VIEWS,
            tooltip="Quotes by day"),
    Binding("y,c", "app.copy_citation", "Copy citation", id="quote.copy", group=QUOTE,
            tooltip="Copy the selected quote's citation"),
    Binding("Y", "app.cycle_style", "Citation style", id="quote.style", show=False,
            tooltip="Change the citation style used by y/c"),
    Binding("f5,r", "app.refresh", "Refresh", id="app.refresh", show=False,
            tooltip="Run the view's query again (shows quotes ingested since; r outside the "
                    "search box)"),
    Binding("question_mark", "app.help", "Help", id="app.help", key_display="?"),
    Binding("f1", "app.help", "Help", id="app.help_f1", show=False),
    Binding("q", "app.quit", "Quit", id="app.quit_q", show=False),
]

# Movement keys shared by the list views (j/k on top of the lists' own arrows).
LIST = [
    Binding("j", "cursor_down", "Down", id="list.down", show=False),
    Binding("k", "cursor_up", "Up", id="list.up", show=False),
    Binding("g", "first", "First", id="list.first", show=False),
    Binding("G", "last", "Last", id="list.last", show=False),
]

# On the search screen the Input has focus, so list movement needs priority.
SEARCH = [
    Binding("down,ctrl+j", "results_down", "Down", id="search.down", priority=True,
            show=False),
    Binding("up,ctrl+k", "results_up", "Up", id="search.up", priority=True, show=False),
    Binding("pagedown", "results_page_down", "Page down", id="search.pgdn", priority=True,
            show=False),
    Binding("pageup", "results_page_up", "Page up", id="search.pgup", priority=True,
            show=False),
    Binding("ctrl+y", "app.copy_citation", "Copy", id="search.copy", priority=True,
            group=QUOTE, tooltip="Copy the citation (works while typing)"),
    Binding("ctrl+f", "cycle_party", "Party filter", id="search.party", priority=True,
            tooltip="Cycle the party filter"),
    Binding("ctrl+r", "cycle_speaker", "Speaker filter", id="search.speaker", priority=True,
            show=False, tooltip="Cycle the speaker filter"),
    Binding("escape", "back", "Clear / list", id="search.back",
            tooltip="Clear the query; when empty, move to the results (then 1/2/3, y, q work)"),
    Binding("slash", "focus_query", "Search", id="search.focus", show=False, key_display="/"),
]

# The positions grid (issues x parties): cell movement lives on the grid widget.
GRID = [
    Binding("down,j", "cell_down", "Down", id="grid.down", show=False,
            tooltip="Next issue"),
    Binding("up,k", "cell_up", "Up", id="grid.up", show=False, tooltip="Previous issue"),
    Binding("left,h", "cell_left", "Left", id="grid.left", show=False,
            tooltip="Previous party column"),
    Binding("right,l", "cell_right", "Right", id="grid.right", show=False,
            tooltip="Next party column"),
    Binding("g,home", "cell_first", "First", id="grid.first", show=False,
            tooltip="First issue"),
    Binding("G,end", "cell_last", "Last", id="grid.last", show=False, tooltip="Last issue"),
    Binding("enter", "open_cell", "Evidence", id="grid.open",
            tooltip="List the statements behind the cell, in date order"),
]

POSITIONS = [
    Binding("slash", "filter_issues", "Filter issues", id="positions.filter", key_display="/",
            tooltip="Type to filter the issue rows (enter keeps the filter, esc clears it)"),
    Binding("t", "choose_columns", "Columns", id="positions.columns",
            tooltip="Choose which parties are columns (the rest fold into Other)"),
    Binding("x", "hide_column", "Hide column", id="positions.hide", show=False,
            tooltip="Fold the party under the cursor into Other (t brings it back)"),
    Binding("escape", "back", "Back", id="positions.back", show=False,
            tooltip="Leave the evidence list / clear the issue filter"),
]

TIMELINE = [
    Binding("right_square_bracket,n", "day(1)", "Next day", id="timeline.next_day",
            key_display="]"),
    Binding("left_square_bracket,p", "day(-1)", "Prev day", id="timeline.prev_day",
            key_display="[", show=False),
    # priority: the list's own g/G would only reach the edge of the loaded window
    Binding("g,home", "first", "First", id="timeline.first", show=False, priority=True),
    Binding("G,end", "last", "Last", id="timeline.last", show=False, priority=True),
    Binding("f,ctrl+f", "cycle_party", "Party", id="timeline.party",
            tooltip="Show one party's quotes (cycles through parties, then all)"),
    Binding("escape", "back", "Back", id="timeline.back", show=False),
]

DETAIL = [
    Binding("escape", "back", "Back", id="detail.back", show=False),
]

# What the help screen shows, by section.  (key, description) pairs for keys that
# are Textual's own (ctrl+p, ctrl+q, tab) plus every binding above.
BUILTIN = [
    ("ctrl+p", "Command palette (views, filters, copy, help)"),
    ("ctrl+q", "Quit (q also quits outside the search box)"),
    ("tab / shift+tab", "Move focus between panes"),
    ("enter", "Open the selected quote in the detail pane"),
    ("esc", "Clear the query / go back to the list"),
]

SECTIONS = [("Everywhere", APP), ("Search", SEARCH), ("Lists", LIST),
            ("Positions grid", GRID + POSITIONS), ("Timeline", TIMELINE)]


def describe(binding: Binding) -> tuple[str, str]:
    """(keys as the user types them, what they do) for the help screen."""
    names = {"question_mark": "?", "slash": "/", "right_square_bracket": "]",
             "left_square_bracket": "[", "pagedown": "pgdn", "pageup": "pgup"}
    keys = " / ".join(names.get(k.strip(), k.strip()) for k in binding.key.split(","))
    return keys, binding.tooltip or binding.description
