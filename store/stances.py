"""Stances by issue and party: the aggregation behind the positions grid.

A cell of the grid is one issue and one column; a column is one party, or
"Other" (every party that is not a column of its own).  For each cell this
module works out the latest stance (with its date and how many statements
state it), whether the party's stance changed over time, and whether its
factions (or, in "Other", its parties) currently disagree.

Everything is computed from one GROUP BY over the positions table (rows per
issue, party, stance, faction and date, not per statement), so building the
grid costs one scan however many statements there are; evidence lists are
fetched per cell, in date order, on demand.  Pure: no textual or rich.

Ordering rule used throughout: a statement's time is its date (else its
article's publication date); undated statements are older than any dated
one, and ties go to the later article, then the later offset.  Change over
time only looks at dated statements, since undated ones cannot be placed.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import sqlite_utils

from store.queries import QuoteRow, get_quote, rows_by_id

DEFAULT_PARTIES = ("Israel", "Hamas", "Qatar", "Egypt", "United States")
OTHER = "Other"
STANCES = ("demands", "supports", "conditional", "opposes", "rejects")

# Which way a stance points.  demands/supports are both "for", so a party moving
# from demanding to supporting has not changed its stance; for -> conditional has.
DIRECTION = {"demands": "for", "supports": "for", "conditional": "conditional",
             "opposes": "against", "rejects": "against"}


def direction(stance: str | None) -> str:
    return DIRECTION.get(stance or "", stance or "")


# -- records ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Statement:
    """One stored position (one statement of a stance), with the faction of who said it."""

    id: int
    party: str
    issue: str
    stance: str
    evidence: str
    speaker: str | None
    speaker_id: int | None
    faction: str | None
    date: str | None  # the date stated in the article, if any
    sort_date: str | None  # date, else the article's publication date
    article_id: int
    article_name: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    quote_id: int | None
    quote: str | None  # the quote the evidence comes from, when there is one
    start: int
    end: int

    @property
    def when(self) -> str | None:
        return self.sort_date


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of dated statements pointing the same way (for / against / conditional)."""

    stance: str  # the stance of the run's latest statement
    first: str  # first and last date of the run
    last: str
    count: int
    factions: tuple[str, ...] = ()  # named factions whose statements make the run, A-Z


@dataclass(frozen=True, slots=True)
class Change:
    """A party's stance history on one issue when it changed direction at least once."""

    party: str
    runs: tuple[Run, ...]  # oldest first; consecutive runs differ in direction


@dataclass(frozen=True, slots=True)
class Side:
    """The latest stance of one faction (or, in "Other", one party) in a cell."""

    name: str
    stance: str
    date: str | None
    count: int  # statements by this side in the cell


@dataclass(frozen=True, slots=True)
class Cell:
    """One issue x column of the grid."""

    issue: str
    column: str
    total: int = 0
    counts: tuple[tuple[str, int], ...] = ()  # statements per stance, most first
    latest_id: int | None = None
    latest_stance: str | None = None
    latest_date: str | None = None  # None when no statement in the cell is dated
    latest_party: str | None = None
    backing: int = 0  # statements pointing the latest stance's way (demands+supports, ...)
    undated: int = 0
    changes: tuple[Change, ...] = ()
    sides: tuple[Side, ...] = ()  # factions (one-party column) or parties ("Other")
    split_by: str = "faction"  # "faction" or "party"

    @property
    def empty(self) -> bool:
        return self.total == 0

    @property
    def changed(self) -> bool:
        return bool(self.changes)

    @property
    def split(self) -> bool:
        """Whether two sides' latest stances point different ways."""
        return len({direction(s.stance) for s in self.sides}) > 1


@dataclass(frozen=True, slots=True)
class Grid:
    """Issues (rows) x columns, with every cell (empty ones included)."""

    issues: tuple[str, ...]
    columns: tuple[str, ...]
    cells: dict[tuple[str, str], Cell]
    parties: tuple[tuple[str, int], ...] = ()  # every party with positions, and its count
    members: dict[str, tuple[str, ...]] = field(default_factory=dict)  # column -> parties

    def cell(self, issue: str, column: str) -> Cell:
        return self.cells.get((issue, column)) or Cell(issue, column)


# -- issues ----------------------------------------------------------------------------


def issue_catalogue() -> list[tuple[str, str]]:
    """(key, label) for every issue in the issues file, in file order."""
    return list(_catalogue())


@lru_cache(maxsize=1)
def _catalogue() -> tuple[tuple[str, str], ...]:
    # Building the taxonomy compiles every cue pattern (~0.1 s): once per process.
    from extract.positions import load_taxonomy

    return tuple((key, issue.label) for key, issue in load_taxonomy().issues.items())


# -- the grid --------------------------------------------------------------------------

# The faction of a statement: its quote's faction when the quote is the party's own,
# else its speaker's when the speaker belongs to the party (a faction is always
# some party's; a Smotrich quote about Qatar gives no faction to Qatar).
FACTION = ("CASE WHEN q.faction IS NOT NULL AND q.party = p.party COLLATE NOCASE THEN q.faction "
           "WHEN s.party = p.party COLLATE NOCASE THEN s.faction END")
# Within one group (one date) the later statement is the one from the later article,
# then at the later offset; an integer key makes that max() cheap.
ORDER_KEY = "p.article_id * 1000000000 + COALESCE(p.start, 0)"
JOINS = ("FROM positions p LEFT JOIN quotes q ON q.id = p.quote_id "
         "LEFT JOIN speakers s ON s.id = p.speaker_id")


@dataclass(slots=True)
class _Group:
    party: str
    stance: str
    faction: str | None
    date: str | None
    count: int
    key: tuple[str, int]  # (date or "", article/offset key): undated first, then by date
    id: int


def _groups(db: sqlite_utils.Database, issues: Sequence[str] | None
            ) -> dict[str, dict[str, list[_Group]]]:
    """issue -> party -> groups of statements with the same stance, faction and date."""
    # A single max() makes SQLite take the bare p.id from the row holding the max.
    sql = (f"SELECT p.issue, p.party, p.stance, {FACTION} AS side_faction, p.sort_date, count(*), "
           f"max({ORDER_KEY}), p.id {JOINS}")
    params: list = []
    if issues is not None:
        sql += f" WHERE p.issue IN ({','.join('?' * len(issues))})"
        params.extend(issues)
    sql += " GROUP BY p.issue, p.party, p.stance, side_faction, p.sort_date"
    out: dict[str, dict[str, list[_Group]]] = defaultdict(lambda: defaultdict(list))
    for issue, party, stance, faction, date, count, key, pid in db.conn.execute(sql, params):
        out[issue][party].append(_Group(party, stance, faction, date, count, (date or "", key),
                                        pid))
    return out


def _pick(groups: Sequence[_Group]) -> _Group:
    """The statement that speaks for statements of one date (or for all undated ones).

    The direction most of them take wins (ties: the later statement's), and
    within it the latest statement; so one stray sentence does not outvote a
    party's other statements of the same day.
    """
    votes: dict[str, int] = defaultdict(int)
    for g in groups:
        votes[direction(g.stance)] += g.count
    top = max(votes.values())
    return max((g for g in groups if votes[direction(g.stance)] == top), key=lambda g: g.key)


def _latest(groups: Iterable[_Group]) -> _Group | None:
    """The pick of the latest date that has statements (undated only if nothing is dated)."""
    groups = list(groups)
    if not groups:
        return None
    newest = max(g.date or "" for g in groups)
    return _pick([g for g in groups if (g.date or "") == newest])


def _runs(groups: Iterable[_Group]) -> list[Run]:
    """Dated history collapsed into runs of one direction (per date: `_pick`).

    So a same-day disagreement between factions is a split, not a change back
    and forth.
    """
    by_date: dict[str, list[_Group]] = defaultdict(list)
    for g in groups:
        if g.date:
            by_date[g.date].append(g)
    runs: list[list] = []  # [direction, stance, first, last, count, factions]
    for date in sorted(by_date):
        day = by_date[date]
        pick = _pick(day)
        way = direction(pick.stance)
        count = sum(g.count for g in day)
        # who said it: the factions of the statements that point the day's way
        factions = {g.faction for g in day if g.faction and direction(g.stance) == way}
        if runs and runs[-1][0] == way:
            run = runs[-1]
            run[1], run[3], run[4] = pick.stance, date, run[4] + count
            run[5] |= factions
        else:
            runs.append([way, pick.stance, date, date, count, factions])
    return [Run(stance=r[1], first=r[2], last=r[3], count=r[4],
                factions=tuple(sorted(r[5], key=str.casefold))) for r in runs]


def _sides(groups: Iterable[_Group], by: str) -> tuple[Side, ...]:
    """Latest stance per faction (by='faction', named factions only) or per party."""
    named: dict[str, list[_Group]] = defaultdict(list)
    for g in groups:
        name = g.faction if by == "faction" else g.party
        if name:
            named[name].append(g)
    picks = {n: _latest(gs) for n, gs in named.items()}
    order = sorted(picks, key=lambda n: ((picks[n].date or ""), picks[n].key), reverse=True)
    return tuple(Side(n, picks[n].stance, picks[n].date, sum(g.count for g in named[n]))
                 for n in order)


def _cell(issue: str, column: str, by_party: dict[str, list[_Group]], split_by: str) -> Cell:
    groups = [g for gs in by_party.values() for g in gs]
    latest = _latest(groups)
    if latest is None:
        return Cell(issue, column)
    per_stance: dict[str, int] = defaultdict(int)
    for g in groups:
        per_stance[g.stance] += g.count
    changes = []
    for party in sorted(by_party):
        runs = _runs(by_party[party])
        if len(runs) > 1:
            changes.append(Change(party, tuple(runs)))
    return Cell(
        issue=issue, column=column, total=sum(g.count for g in groups),
        counts=tuple(sorted(per_stance.items(), key=lambda kv: (-kv[1], kv[0]))),
        latest_id=latest.id, latest_stance=latest.stance, latest_date=latest.date,
        latest_party=latest.party,
        backing=sum(n for st, n in per_stance.items() if direction(st) == direction(latest.stance)),
        undated=sum(g.count for g in groups if not g.date), changes=tuple(changes),
        sides=_sides(groups, split_by), split_by=split_by)


@dataclass(frozen=True, slots=True)
class Groups:
    """The grouped scan of the positions table (`load_groups`): what any grid is built from.

    Independent of the chosen columns, so a UI can keep it and rebuild the grid
    for other columns without touching the database.
    """

    by_issue: dict[str, dict[str, list[_Group]]]
    party_totals: dict[str, int]


def load_groups(db: sqlite_utils.Database) -> Groups:
    """One grouped scan of every position (about 1 s for 300k positions on a small machine)."""
    groups = _groups(db, None)
    totals: dict[str, int] = defaultdict(int)
    for by_party in groups.values():
        for party, gs in by_party.items():
            totals[party] += sum(g.count for g in gs)
    return Groups(by_issue={k: dict(v) for k, v in groups.items()}, party_totals=dict(totals))


def build_grid(groups: Groups, columns: Sequence[str] = DEFAULT_PARTIES, *,
               other: bool = True, issues: Sequence[str] | None = None) -> Grid:
    """The grid for `columns` (party names) plus, if `other`, an "Other" column.

    `issues` fixes the rows (in that order); by default the issues file's issues
    followed by any other issue found in the store.
    """
    if issues is None:
        known = [key for key, _ in issue_catalogue()]
        issues = known + sorted(set(groups.by_issue) - set(known))
    named = list(dict.fromkeys(c for c in columns if c != OTHER))
    named_set = set(named)
    totals = groups.party_totals
    others = tuple(sorted((p for p in totals if p not in named_set),
                          key=lambda p: (-totals[p], p.casefold())))
    col_names = tuple(named) + ((OTHER,) if other else ())
    members = {c: (c,) for c in named}
    if other:
        members[OTHER] = others
    cells: dict[tuple[str, str], Cell] = {}
    for issue in issues:
        by_party = groups.by_issue.get(issue, {})
        for column in named:
            cells[(issue, column)] = _cell(issue, column, {column: by_party.get(column, [])},
                                           "faction")
        if other:
            rest = {p: gs for p, gs in by_party.items() if p not in named_set}
            cells[(issue, OTHER)] = _cell(issue, OTHER, rest, "party")
    parties = tuple(sorted(totals.items(), key=lambda kv: (-kv[1], kv[0].casefold())))
    return Grid(issues=tuple(issues), columns=col_names, cells=cells, parties=parties,
                members=members)


def stance_grid(db: sqlite_utils.Database, columns: Sequence[str] = DEFAULT_PARTIES, *,
                other: bool = True, issues: Sequence[str] | None = None) -> Grid:
    """`build_grid(load_groups(db), ...)`: the grid straight from the database."""
    return build_grid(load_groups(db), columns, other=other, issues=issues)


# -- evidence --------------------------------------------------------------------------

STATEMENT_COLUMNS = (
    f'p.id, p.party, p.issue, p.stance, p.evidence, COALESCE(s.name, q.speaker_name), '
    f'p.speaker_id, {FACTION}, p.date, p.sort_date, p.article_id, a.name, a.title, a.outlet, '
    f'a.url, a.published, p.quote_id, q.quote, p.start, p."end"')
STATEMENT_FROM = f"{JOINS} JOIN articles a ON a.id = p.article_id"
# Date order, oldest first; undated statements last (as on the timeline).
EVIDENCE_ORDER = "p.sort_date IS NULL, p.sort_date, p.article_id, p.start"


def evidence(db: sqlite_utils.Database, issue: str, parties: Sequence[str], *,
             limit: int | None = None) -> list[Statement]:
    """The statements behind a cell, in date order (undated last)."""
    if not parties:
        return []
    out: list[Statement] = []
    parties = list(parties)
    for i in range(0, len(parties), 500):
        chunk = parties[i:i + 500]
        sql = (f"SELECT {STATEMENT_COLUMNS} {STATEMENT_FROM} WHERE p.issue = ? AND p.party IN "
               f"({','.join('?' * len(chunk))}) ORDER BY {EVIDENCE_ORDER}")
        out.extend(Statement(*r) for r in db.conn.execute(sql, [issue, *chunk]))
    if len(parties) > 500:
        out.sort(key=lambda s: (s.sort_date is None, s.sort_date or "", s.article_id, s.start))
    return out[:limit] if limit is not None else out


def statements(db: sqlite_utils.Database, ids: Sequence[int]) -> list[Statement]:
    """Statements by id, in the order given."""
    return rows_by_id(db, f"SELECT {STATEMENT_COLUMNS} {STATEMENT_FROM}", "p.id", ids, Statement)


def evidence_row(st: Statement | object) -> QuoteRow:
    """A citable row for a statement's evidence sentence: the article's words, no speaker."""
    return QuoteRow(id=-getattr(st, "id"), quote=getattr(st, "evidence"), speaker=None,
                    speaker_id=None, party=None, faction=None, date=getattr(st, "date"),
                    kind="evidence", article_id=getattr(st, "article_id"),
                    article_name=getattr(st, "article_name"), title=getattr(st, "title"),
                    outlet=getattr(st, "outlet"), url=getattr(st, "url"),
                    published=getattr(st, "published"), paragraph="",
                    start=getattr(st, "start"), end=getattr(st, "end"), cue=None)


def citable(db: sqlite_utils.Database, st: Statement) -> QuoteRow:
    """What y/c copy for a statement: its quote, else its evidence sentence as the outlet's."""
    if st.quote_id is not None:
        row = get_quote(db, st.quote_id)
        if row is not None:
            return row
    return evidence_row(st)
