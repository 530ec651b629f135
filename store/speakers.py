"""One canonical speaker per person across articles.

"Smotrich", "Bezalel Smotrich" and "Finance Minister Bezalel Smotrich" in the
same party are one speaker: names are compared after dropping leading title
words (store/data/titles.toml), and a shorter name matches a longer one when
its words are the longer one's last words (surname, or given name + surname).
A name that would fit two different people stays apart. Unnamed sources
("a senior Hamas official") only ever match themselves.
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

import sqlite_utils

from store.text import clean_opt, fold

_DETERMINERS = {"a", "an", "one", "two", "three", "several", "some", "many", "unnamed",
                "anonymous", "other", "another"}
# Joining words inside a title: "Secretary of State", "Head of the Political Bureau".
_CONNECTORS = {"of", "for", "the", "and", "on"}
_SPLIT = re.compile(r"[\s\-\u2010-\u2015]+")


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Title/role words from the bundled data file."""
    data = tomllib.loads(resources.files("store").joinpath("data/titles.toml").read_text("utf-8"))
    return frozenset(w.casefold().rstrip(".") for w in data.get("words", []))


def is_descriptor(name: str) -> bool:
    """An unnamed source ("a senior Hamas official", "officials") rather than a name."""
    first = name.split(maxsplit=1)[0] if name.split() else ""
    return not first[:1].isupper() or first.casefold() in _DETERMINERS


def _tokens(name: str) -> list[str]:
    return [t for t in _SPLIT.split(name.strip()) if t]


def strip_titles(name: str) -> str:
    """The name without leading title words, in its original case ("Bezalel Smotrich")."""
    toks = _tokens(name)
    titles = title_words()
    i = 0
    while i < len(toks) - 1 and (_fold_tok(toks[i]) in titles
                                 or (i > 0 and _fold_tok(toks[i]) in _CONNECTORS)):
        i += 1
    return " ".join(toks[i:]) if i < len(toks) else " ".join(toks)


def _fold_tok(tok: str) -> str:
    t = fold(tok).rstrip(".,")
    if t.endswith(("'s", "\u2019s")):
        t = t[:-2]
    return t


def name_key(name: str) -> str:
    """Comparison key: folded words after titles, e.g. "bezalel smotrich"."""
    return " ".join(_fold_tok(t) for t in _tokens(strip_titles(name)))


def _compatible(a: str, b: str) -> bool:
    """One key's words are the other's last words ("smotrich" ~ "bezalel smotrich")."""
    wa, wb = a.split(), b.split()
    if len(wa) > len(wb):
        wa, wb = wb, wa
    return bool(wa) and wb[len(wb) - len(wa):] == wa


def _party_clause() -> str:
    return "COALESCE(s.party, '') = COALESCE(?, '')"


def resolve_speaker(db: sqlite_utils.Database, name: str | None, party: str | None,
                    faction: str | None = None) -> int | None:
    """The id of the canonical speaker for `name` in `party`, creating or merging as needed.

    Must run inside the caller's transaction: it may insert a speaker, add an
    alias, or rename a speaker to a fuller form of its name.
    """
    name = clean_opt(name)
    if not name:
        return None
    party = clean_opt(party)
    faction = clean_opt(faction)
    conn = db.conn
    if is_descriptor(name):
        row = conn.execute(
            f"SELECT s.id FROM speakers s WHERE s.name = ? COLLATE NOCASE AND s.named = 0 "
            f"AND {_party_clause()}", (name, party)).fetchone()
        if row:
            return row[0]
        return _create(db, name, party, faction, named=False, aliases=[name])

    key = name_key(name)
    display = strip_titles(name)
    # 1. a known form of this name in this party
    row = conn.execute(
        f"SELECT s.id FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id "
        f"WHERE a.key = ? AND s.named = 1 AND {_party_clause()} LIMIT 1", (key, party)).fetchone()
    if row:
        _add_alias(db, row[0], name, key)
        _maybe_upgrade(db, row[0], display, key, faction)
        return row[0]
    # 2. a longer or shorter form of it (same surname, words line up at the end)
    surname = key.split()[-1]
    rows = conn.execute(
        f"SELECT a.speaker_id, a.key FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id "
        f"WHERE a.surname = ? AND s.named = 1 AND {_party_clause()}", (surname, party)).fetchall()
    by_speaker: dict[int, list[str]] = {}
    for sid, akey in rows:
        by_speaker.setdefault(sid, []).append(akey)
    fits = [sid for sid, keys in by_speaker.items() if all(_compatible(key, k) for k in keys)]
    if len(fits) > 1 and len(key.split()) > 1:
        # A full name fitting several: prefer the speakers whose own full name is known.
        longest = max(max(len(k.split()) for k in by_speaker[s]) for s in fits)
        fits = [s for s in fits if max(len(k.split()) for k in by_speaker[s]) == longest]
    if len(fits) == 1:
        sid = fits[0]
        _add_alias(db, sid, name, key)
        _maybe_upgrade(db, sid, display, key, faction)
        return sid
    return _create(db, display, party, faction, named=True, aliases=[name])


def _create(db, display: str, party, faction, *, named: bool, aliases: list[str]) -> int:
    conn = db.conn
    taken = conn.execute(f"SELECT s.id FROM speakers s WHERE s.name = ? AND {_party_clause()}",
                         (display, party)).fetchone()
    if taken:  # same display name, different kind (named vs descriptor): share it
        sid = taken[0]
    else:
        sid = conn.execute("INSERT INTO speakers(name, party, faction, named) VALUES (?, ?, ?, ?)",
                           (display, party, faction, int(named))).lastrowid
    for alias in {display, *aliases}:
        _add_alias(db, sid, alias, name_key(alias) if named else fold(alias))
    return sid


def _add_alias(db, sid: int, alias: str, key: str) -> None:
    surname = key.split()[-1] if key.split() else key
    db.conn.execute("INSERT OR IGNORE INTO speaker_aliases(speaker_id, alias, key, surname) "
                    "VALUES (?, ?, ?, ?)", (sid, alias, key, surname))


def _maybe_upgrade(db, sid: int, display: str, key: str, faction: str | None) -> None:
    """Adopt a fuller form of the name as canonical; fill a missing faction."""
    conn = db.conn
    name, party, cur_faction = conn.execute(
        "SELECT name, party, faction FROM speakers WHERE id = ?", (sid,)).fetchone()
    if faction and not cur_faction:
        conn.execute("UPDATE speakers SET faction = ? WHERE id = ?", (faction, sid))
    if len(key.split()) <= len(name_key(name).split()) or display == name:
        return
    clash = conn.execute("SELECT 1 FROM speakers WHERE name = ? AND COALESCE(party, '') = "
                         "COALESCE(?, '') AND id != ?", (display, party, sid)).fetchone()
    if clash:
        return
    conn.execute("UPDATE speakers SET name = ? WHERE id = ?", (display, sid))
    for table in ("quotes", "reported"):
        conn.execute(f"UPDATE {table} SET speaker_name = ? WHERE speaker_id = ?", (display, sid))
    _add_alias(db, sid, display, key)
