"""One canonical speaker per person across articles.

"Smotrich", "Bezalel Smotrich" and "Finance Minister Bezalel Smotrich" in the
same party are one speaker. Names are compared after dropping the role words
in front of them (store/data/titles.toml); a shorter name matches a longer one
when its words are the longer one's last words (surname, or given name and
surname). A name that would fit two different people stays apart. The name
shown is the most used full form (two words or more) seen so far.

Unnamed sources and other descriptions ("a senior Hamas official", "Hamas
officials", "Netanyahu's office": anything with a lower-case word that is not
a name particle) only ever match the same words in the same party.
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

import sqlite_utils
from rapidfuzz import fuzz

from store.text import clean_opt, fold

_DETERMINERS = {"a", "an", "one", "two", "three", "several", "some", "many", "unnamed",
                "anonymous", "other", "another", "his", "her", "its", "their", "the"}
# Lower-case words that belong to personal names.
_PARTICLES = {"bin", "bint", "ibn", "al", "el", "abu", "abd", "de", "da", "del", "della", "di",
              "du", "dos", "das", "van", "von", "der", "den", "la", "le", "y", "ben", "bar",
              "ould", "ter", "af", "d", "l"}
# Words that continue a title: "Secretary of State", "Head of the Political Bureau".
_CONNECTORS = {"of", "for", "the", "on", "and"}
_PARTICLE_HEAD = re.compile(r"[-\u2010-\u2015'\u2019]")  # "al-Ansari", "d'Estaing"
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_SPLIT = re.compile(r"[\s\-\u2010-\u2015]+")
_MAX_TITLE_POS = 6
_SPELLING = 75  # rapidfuzz ratio for two spellings of one given name (5+ letters)
_DOMINANT = 3  # a bare surname goes to a bearer used this many times more than the others  # role words are looked for among the first words only


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Role words from the bundled data file."""
    data = tomllib.loads(resources.files("store").joinpath("data/titles.toml").read_text("utf-8"))
    return frozenset(w.casefold().rstrip(".") for w in data.get("words", []))


def _fold_tok(tok: str) -> str:
    t = fold(tok).strip(".,;:\"'\u2018\u2019\u201c\u201d()")
    if t.endswith(("'s", "\u2019s")):
        t = t[:-2]
    return t


def tidy(name: str) -> str:
    """Drop a sentence fragment glued in front ("Friday. Finance Minister X" -> "Finance Minister X")."""
    name = " ".join(name.split()).strip(" ,;:-\u2013\u2014\"'\u201c\u201d")
    parts = re.split(r"(?<=[^\s.]{3}[.!?]) (?=[A-Z])", name)
    return parts[-1] if parts else name


def is_descriptor(name: str) -> bool:
    """A description ("a senior Hamas official", "Hamas officials") rather than a name."""
    toks = name.split()
    if not toks:
        return True
    if toks[0].casefold() in _DETERMINERS or not toks[0][:1].isupper():
        return True
    return any(t[:1].islower() and _PARTICLE_HEAD.split(t)[0].casefold() not in _PARTICLES
               for t in toks[1:])


def _tokens(name: str) -> list[str]:
    return [t for t in _SPLIT.split(name.strip()) if t]


def strip_titles(name: str) -> str:
    """The name without the role words in front of it, as written ("Bezalel Smotrich")."""
    toks = name.split()
    titles = title_words()
    last = -1
    for i, tok in enumerate(toks[:_MAX_TITLE_POS]):
        # "Minister Smotrich" drops the title; "Prime Minister's Office" is not a person.
        if i < len(toks) - 1 and not _POSSESSIVE.search(tok) and _fold_tok(tok) in titles:
            last = i
    rest = toks[last + 1:]
    if last >= 0 and rest and rest[0].casefold() in _CONNECTORS:
        # "Secretary of State Antony Blinken": the title goes on after "of"; keep two words.
        rest = rest[1:]
        while len(rest) > 2 and (rest[0].casefold() in _CONNECTORS or rest[0][:1].isupper()):
            rest = rest[1:]
    return " ".join(rest) or " ".join(toks)


def name_key(name: str) -> str:
    """Comparison key: folded words after role words, initials dropped ("antony blinken")."""
    words = [_fold_tok(t) for t in _tokens(strip_titles(name))]
    words = [w for w in words if w]
    full = [w for w in words if len(w) > 1]
    return " ".join(full if len(full) >= 2 else words)


def _compatible(a: str, b: str) -> bool:
    """One key's words are the other's last words ("smotrich" ~ "bezalel smotrich").

    The surname must be identical; other words may differ by a spelling
    variant ("binyamin" ~ "benjamin"), not by being another name ("benny").
    """
    wa, wb = a.split(), b.split()
    if len(wa) > len(wb):
        wa, wb = wb, wa
    if not wa:
        return False
    tail = wb[len(wb) - len(wa):]
    if tail[-1] != wa[-1]:
        return False
    return all(x == y or (min(len(x), len(y)) >= 5 and fuzz.ratio(x, y) >= _SPELLING)
               for x, y in zip(wa[:-1], tail[:-1]))


_PARTY = "COALESCE(s.party, '') = COALESCE(?, '')"


def resolve_speaker(db: sqlite_utils.Database, name: str | None, party: str | None,
                    faction: str | None = None, *, written: str | None = None) -> int | None:
    """The id of the canonical speaker for `name` in `party`, creating or merging as needed.

    Runs inside the caller's transaction: it may insert a speaker, record an
    alias, or rename a speaker to a more used full form of its name.  `written`
    is the article's own form when `name` is the actors file's ("Israel's
    military" for "Israel Defense Forces"): kept as an alias, so it is searchable.
    """
    sid = _resolve(db, name, party, faction)
    written = clean_opt(written)
    if sid is not None and written and written != clean_opt(name):
        _use_alias(db, sid, written, fold(written))
    return sid


def _resolve(db: sqlite_utils.Database, name: str | None, party: str | None,
             faction: str | None) -> int | None:
    name = clean_opt(name)
    name = tidy(name) if name else None
    if not name:
        return None
    party = clean_opt(party)
    faction = clean_opt(faction)
    conn = db.conn
    if is_descriptor(name):
        row = conn.execute(f"SELECT s.id FROM speakers s WHERE s.name = ? COLLATE NOCASE "
                           f"AND s.named = 0 AND {_PARTY}", (name, party)).fetchone()
        sid = row[0] if row else _create(db, name, party, faction, named=False)
        _use_alias(db, sid, name, fold(name))
        return sid

    key = name_key(name)
    if not key:
        return None
    sid = _find_named(db, key, party)
    if sid is None and party in (None, "Other"):
        # no side, or none of the sides: the same name under any party is the same person
        sid = _find_named(db, key, None, any_party=True)
    if sid is None:
        sid = _create(db, strip_titles(name), party, faction, named=True)
    _use_alias(db, sid, name, key)
    _refresh(db, sid, faction)
    return sid


def _find_named(db, key: str, party: str | None, *, any_party: bool = False) -> int | None:
    conn = db.conn
    party_sql = "1" if any_party else _PARTY
    args = (key,) if any_party else (key, party)
    rows = conn.execute(f"SELECT DISTINCT a.speaker_id FROM speaker_aliases a JOIN speakers s "
                        f"ON s.id = a.speaker_id WHERE a.key = ? AND s.named = 1 AND {party_sql}",
                        args).fetchall()
    if len(rows) == 1:
        return rows[0][0]
    if len(rows) > 1:
        return None if any_party else rows[0][0]
    surname = key.split()[-1]
    args = (surname,) if any_party else (surname, party)
    rows = conn.execute(f"SELECT a.speaker_id, a.key, a.uses FROM speaker_aliases a JOIN speakers s "
                        f"ON s.id = a.speaker_id WHERE a.surname = ? AND s.named = 1 "
                        f"AND {party_sql}", args).fetchall()
    by_speaker: dict[int, list[str]] = {}
    uses: dict[int, int] = {}
    for sid, akey, n in rows:
        by_speaker.setdefault(sid, []).append(akey)
        uses[sid] = uses.get(sid, 0) + n
    fits = [sid for sid, keys in by_speaker.items() if all(_compatible(key, k) for k in keys)]
    if len(fits) > 1 and len(key.split()) > 1:
        # A full name fitting several: prefer the speakers whose own full name is known.
        longest = max(max(len(k.split()) for k in by_speaker[s]) for s in fits)
        fits = [s for s in fits if max(len(k.split()) for k in by_speaker[s]) == longest]
    if len(fits) > 1:
        # A bare surname shared by several: the far most quoted bearer, else nobody.
        fits.sort(key=lambda s: -uses[s])
        if uses[fits[0]] >= _DOMINANT * sum(uses[s] for s in fits[1:]):
            fits = fits[:1]
    return fits[0] if len(fits) == 1 else None


def _create(db, display: str, party, faction, *, named: bool) -> int:
    conn = db.conn
    taken = conn.execute(f"SELECT s.id FROM speakers s WHERE s.name = ? AND {_PARTY}",
                         (display, party)).fetchone()
    if taken:  # the same words already stand for someone (named vs description): share
        return taken[0]
    return conn.execute("INSERT INTO speakers(name, party, faction, named) VALUES (?, ?, ?, ?)",
                        (display, party, faction, int(named))).lastrowid


def _use_alias(db, sid: int, alias: str, key: str) -> None:
    surname = key.split()[-1] if key.split() else key
    db.conn.execute("INSERT INTO speaker_aliases(speaker_id, alias, key, surname, uses) "
                    "VALUES (?, ?, ?, ?, 1) ON CONFLICT(speaker_id, alias) "
                    "DO UPDATE SET uses = uses + 1", (sid, alias, key, surname))


def _refresh(db, sid: int, faction: str | None) -> None:
    """Show the most used full form of the name; fill a missing faction."""
    conn = db.conn
    name, party, cur_faction = conn.execute(
        "SELECT name, party, faction FROM speakers WHERE id = ?", (sid,)).fetchone()
    if faction and not cur_faction:
        conn.execute("UPDATE speakers SET faction = ? WHERE id = ?", (faction, sid))
    uses: dict[str, int] = {}
    for alias, n in conn.execute("SELECT alias, uses FROM speaker_aliases WHERE speaker_id = ?",
                                 (sid,)):
        form = strip_titles(alias)
        uses[form] = uses.get(form, 0) + n

    def rank(form: str) -> tuple:
        return (len(name_key(form).split()) >= 2, uses.get(form, 0), form == name)

    best = max(uses, key=rank)
    if best == name or rank(best) <= rank(name):
        return
    clash = conn.execute("SELECT 1 FROM speakers WHERE name = ? AND COALESCE(party, '') = "
                         "COALESCE(?, '') AND id != ?", (best, party, sid)).fetchone()
    if clash:
        return
    conn.execute("UPDATE speakers SET name = ? WHERE id = ?", (best, sid))
    for table in ("quotes", "reported"):
        conn.execute(f"UPDATE {table} SET speaker_name = ? WHERE speaker_id = ?", (best, sid))
