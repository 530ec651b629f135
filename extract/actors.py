"""Who is who: names, aliases and descriptor words mapped to party and faction.

The knowledge lives in `extract/data/actors.toml` (and an optional user file of
the same format) so analysts can extend it without touching code.  Lookups are
normalised (case, diacritics, hyphens, curly apostrophes, possessives) because
news spells names many ways ("Ben-Gvir", "Ben Gvir", "al-Hayya", "Al Hayya").
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from extract.datafile import read_toml

PARTIES = ("Israel", "Hamas", "Qatar", "Egypt", "United States", "Palestinian Authority",
           "United Nations", "International Court", "Other")
FACTIONS = ("Government", "Coalition hardliners", "Opposition", "Security establishment",
            "Former official", "Civil society")
KINDS = ("person", "organisation")
SHIPPED = Path(__file__).parent / "data" / "actors.toml"

# Words that may precede a name without being part of it ("Israeli Prime Minister X").
_HONORIFICS = {"mr", "mrs", "ms", "dr", "sheikh", "sheik", "gen", "general", "lt", "col", "maj",
               "rep", "sen", "gov", "president", "minister", "prof", "rabbi", "judge", "justice",
               "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "emir", "king",
               "prince", "chief", "secretary", "director", "commander", "adviser", "advisor",
               "leader", "official", "mayor", "senator", "speaker", "premier", "the", "former"}


@dataclass(frozen=True, slots=True)
class Actor:
    """A person or organisation whose words the analyst attributes to a side."""

    name: str
    aliases: tuple[str, ...] = ()
    party: str = "Other"
    faction: str | None = None
    kind: str = "person"
    titles: tuple[str, ...] = ()
    pronoun: str | None = None  # "he" or "she": who a later "she said" may be
    # Sides held for a while: (from, until, party, faction), ISO dates, either end open.
    # "Benny Gantz" sat in the war cabinet (Government) before returning to the Opposition.
    periods: tuple[tuple[str | None, str | None, str, str | None], ...] = ()

    def side_on(self, day: str | None) -> tuple[str, str | None]:
        """The party and faction the actor spoke for on `day` (ISO date): a listed period
        holding that day, else the entry's own (its current side, or no date known)."""
        if day:
            day = day[:10]
            for start, until, party, faction in self.periods:
                if (start is None or start <= day) and (until is None or day <= until):
                    return party, faction
        return self.party, self.faction


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Lower-case, strip diacritics/possessives/punctuation so spellings compare equal."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    text = re.sub(r"'s\b|'(?=\s|$)", "", text)
    text = re.sub(r"[-\u2010-\u2015.]", " ", text)
    text = re.sub(r"[^\w' ]", " ", text)
    return " ".join(text.split())


# "bin Mohammed" inside a longer Arabic name: the father's name, before the family name
_PATRONYMIC = re.compile(r"\s(?:bin|ibn|bint)\s+[A-Z][\w\u2019'-]+(?=\s+\S)")


# "the" opening a name ("the United States"): no part of the key it is looked up by
_LEADING_THE = re.compile(r"^(?:the|The)\s+")


@dataclass(eq=False)
class Actors:
    """The merged actors table with name lookup and descriptor classification."""

    actors: list[Actor] = field(default_factory=list)
    party_words: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    faction_words: dict[str, str] = field(default_factory=dict)
    neutral_roles: list[str] = field(default_factory=list)
    weak_words: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    civilian_roles: list[str] = field(default_factory=list)
    context_rules: list[tuple[str, str | None, tuple[tuple[str, ...], ...]]] = field(default_factory=list)
    relative_rules: list[tuple[str, str | None, tuple[str, ...]]] = field(default_factory=list)
    capitals: dict[str, str] = field(default_factory=dict)
    # one spelling of a name word for its transliterations ("muhammad" -> "mohammed")
    spellings: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._index()

    def _index(self) -> None:
        self._spell = {norm(k): norm(v) for k, v in self.spellings.items()}
        self._by_key: dict[str, Actor] = {}
        for actor in self.actors:
            for n in (actor.name, *actor.aliases):
                key = self._folded(norm(n))
                if key:
                    self._by_key.setdefault(key, actor)
        # Surnames alone ("Smotrich") resolve only when the file lists them as an
        # alias: common surnames (Cohen, Miller, Khan) would otherwise claim strangers.
        self._by_surname: dict[str, Actor] = {}
        words = sorted(self.party_words, key=len, reverse=True)
        self._party_re = _words_re(words)
        self._party_lookup = {norm_word(w): self.party_words[w] for w in words}
        # an organisation the file lists names its side when no party word does ("Tikva Forum
        # co-founder X"); capitalised forms only, matched as a whole name (not the "Security
        # Council" of "National Security Council")
        known = {norm_word(w) for w in self.party_words}
        org_forms = [(n, (a.party, a.faction)) for a in self.actors if a.kind == "organisation" and a.party
                     for n in (a.name, *a.aliases) if n[:1].isupper() and norm_word(n) not in known]
        self._org_lookup = {norm_word(n): side for n, side in org_forms}
        self._org_re = _words_re(sorted({n for n, _ in org_forms}, key=len, reverse=True))
        self._faction_re = _words_re(sorted(self.faction_words, key=len, reverse=True))
        self._faction_lookup = {norm_word(w): f for w, f in self.faction_words.items()}
        self._neutral_re = _words_re(sorted(self.neutral_roles, key=len, reverse=True))
        self._official_re = _OFFICIAL
        self._civilian_re = _words_re(sorted(self.civilian_roles, key=len, reverse=True))
        self._relative = [(party, faction, _words_re(sorted(ws, key=len, reverse=True)))
                          for party, faction, ws in self.relative_rules]
        self._context = [(party, faction, tuple(_words_re(sorted(ws, key=len, reverse=True)) for ws in lists))
                         for party, faction, lists in self.context_rules]
        # weak word -> the parties it yields to
        self._weak = {norm_word(w): set(yields) for w, yields in self.weak_words}
        self._find_cache: dict[str, Actor | None] = {}
        self._named = {a.name: a for a in reversed(self.actors)}  # the first entry wins, as in find()
        self._capitals = {norm(c): country for c, country in self.capitals.items()}
        self._countries = {norm(country) for country in self.capitals.values()}

    def find(self, name: str) -> Actor | None:
        """The actor a mention names: full name, alias, title + name, or unique surname."""
        if not name:
            return None
        cached = self._find_cache.get(name, False)
        if cached is not False:
            return cached
        result = self._find(name)
        self._find_cache[name] = result
        return result

    def _folded(self, key: str) -> str:
        """`key` with each name word in the spelling the table gives it: "Muhammad Sinwar" and
        "Mohammed Sinwar" are one key."""
        if not self._spell:
            return key
        return " ".join(self._spell.get(w, w) for w in key.split())

    def _find(self, name: str) -> Actor | None:
        if len(name) > 200:
            return None  # no actor's name or title runs this long
        key = self._folded(norm(name))
        if key in self._by_key:
            return self._by_key[key]
        raw = re.sub(r"[-\u2010-\u2015]", " ", name.replace("\u2019", "'")).split()  # as norm() splits "Ben-Gvir"
        toks = key.split()
        bare = [t for t in toks if len(t) > 1]
        if len(bare) >= 2 and len(bare) < len(toks) and " ".join(bare) in self._by_key:
            return self._by_key[" ".join(bare)]  # "Antony J. Blinken": a middle initial
        # Drop leading title words ("Israeli Finance Minister Bezalel Smotrich").
        # Only capitalised or honorific words may be dropped, so "spokesman for
        # Hamas" is not the organisation Hamas.
        for i in range(1, len(toks)):
            dropped = toks[:i]
            dropped_raw = raw[:i] if len(raw) == len(toks) else None
            if not all(t in _HONORIFICS or (dropped_raw and dropped_raw[j][:1].isupper())
                       for j, t in enumerate(dropped)):
                break
            rest = " ".join(toks[i:])
            if rest in self._by_key:
                if i == len(toks) - 1 and dropped_raw and not all(
                        t in _HONORIFICS or _is_title_word(w) for t, w in zip(dropped, dropped_raw)):
                    break  # "Melania Trump" is not the Trump the file lists: a given name, not a title
                return self._by_key[rest]
        if toks and (len(toks) == 1 or all(t in _HONORIFICS for t in toks[:-1])):
            return self._by_surname.get(toks[-1])
        pm = _PATRONYMIC.search(name)
        if pm:
            # "Majed bin Mohammed Al Ansari" is the listed "Majed Al Ansari": a father's name
            # that the file's forms leave out
            found = self._find(name[:pm.start()] + name[pm.end():])
            if found is not None and found.kind == "person":
                return found
        return None

    def surname_holder(self, surname: str, pronoun: str) -> Actor | None:
        """The one listed person of that surname referred to as `pronoun`: "Mr Albanese" is
        Anthony Albanese where the file's alias "Albanese" is Francesca's."""
        key = norm(surname)
        found = {a.name: a for a in self.actors if a.kind == "person" and a.pronoun == pronoun
                 and self._folded(norm(a.name)).split()[-1:] == [self._folded(key)]}
        return next(iter(found.values())) if len(found) == 1 else None

    def listed_as(self, name: str) -> Actor | None:
        """The entry whose name or alias `name` is exactly (find() also reads a title, a middle
        initial or a word before a name)."""
        return self._by_key.get(self._folded(norm(name))) if name else None

    def is_person_name(self, words: list[str]) -> bool:
        """`words` are exactly a listed person's own name (not an alias): "Israel Katz", whose
        first word is also a country."""
        key = self._folded(norm(" ".join(words)))
        actor = self._by_key.get(key)
        return actor is not None and actor.kind == "person" and self._folded(norm(actor.name)) == key

    def named(self, name: str | None) -> Actor | None:
        """The entry whose canonical `name` this is (a record's `actor` field)."""
        return self._named.get(name) if name else None

    def is_country(self, name: str | None) -> bool:
        """A country the capitals table names ("South Africa"): a state, never "he" or "she"."""
        return bool(name) and self._folded(norm(_LEADING_THE.sub("", name))) in self._countries

    def country_of_capital(self, name: str) -> str | None:
        """"Colombo said": the capital speaks for its country's government ([patterns.capitals])."""
        return self._capitals.get(norm(name)) if name else None

    def party_from_context(self, sentence: str) -> tuple[str, str | None] | None:
        """The side of a person no title places, from the sentence that introduces them:
        a [[patterns.context]] rule matches when every one of its word lists has a hit
        ("Jane Roe, whose son is held hostage in Gaza, ..." -> Israel, Civil society)."""
        for party, faction, res in self._context:
            if all(r is not None and r.search(sentence) for r in res):
                return (party, faction)
        return None

    def holds_office(self, text: str) -> bool:
        """"Senator", "Prime Minister", "a Hamas official": words that say a person speaks
        from an office, so a sentence about hostage families does not make them a relative."""
        return bool(text and self._official_re.search(text))

    def party_from_relative(self, sentences: list[str]) -> tuple[str, str | None] | None:
        """"X, the father of Y": the side of X when the sentences that name Y say what
        happened to Y ([[patterns.relative]]: "Y was kidnapped" -> a hostage family)."""
        for party, faction, rx in self._relative:
            if rx is not None and any(rx.search(s) for s in sentences):
                return (party, faction)
        return None

    def is_civilian(self, text: str) -> bool:
        """A civilian's description ("a mother of five") with no office in it."""
        return bool(text and self._civilian_re and self._civilian_re.search(text)
                    and not self.holds_office(text))

    def party_from_descriptor(self, text: str, civilian_default: bool = True) -> tuple[str, str | None] | None:
        """Party (and faction) implied by a descriptor such as "a senior Hamas official".

        The leftmost party word wins; neutral roles (analyst, journalist...) make
        the party Other; faction words refine it.  None when nothing is known.
        """
        if not text:
            return None
        t = text.replace("\u2019", "'")
        party = faction = None
        body = False  # the role is held in a listed body: "the head of the UN agency for refugees"
        m = self._party_re.search(t) if self._party_re else None
        if m:
            party, faction = self._party_lookup.get(norm_word(m.group(0)), (None, None))
            if norm_word(m.group(0)) in self._weak:
                # a weak word ("Palestinian") yields to any other party word ("... in Ramallah")
                for m2 in self._party_re.finditer(t, m.end()):
                    p2 = self._party_lookup.get(norm_word(m2.group(0)))
                    if norm_word(m2.group(0)) not in self._weak and p2 and p2[0] in self._weak[norm_word(m.group(0))]:
                        party, faction = p2
                        break
        if self._neutral_re and self._neutral_re.search(t):
            if party is None or not re.search(r"\b(former|ex-)", t, re.I):
                return ("Other", None)
        if party is None and self._org_re:
            for om in self._org_re.finditer(t):
                rest = t[om.end():]
                # the body that holds a role ("Tikva Forum co-founder", "the head of the WHO"), not a
                # place in a clause ("lobbied the Department of State on Pfizer's behalf") nor the tail
                # of a longer name
                if re.search(r"\b[A-Z][\w'-]*\s+$", t[:om.start()]) or (
                        re.match(r"\s+[A-Z]", rest) and not re.match(r"\s+[A-Z][a-z]+\s*$", rest)) or \
                        (_CLAUSE_AFTER_BODY.match(rest) and not _NAME_GOES_ON.match(rest)):
                    continue
                party, faction = self._org_lookup[norm_word(om.group(0))]
                body = True
                break
        if not body and self.is_civilian(t):
            # "a displaced Palestinian woman" speaks for no side; Israeli civilians and hostage
            # families ("the father of American-Israeli hostage X") are Israel's civil society -
            # the guidelines' convention.  A named civilian with no party word is left to the
            # sentence that introduces them (civilian_default=False).
            if party == "Israel" or _HOSTAGE_WORDS.search(t):
                return ("Israel", "Civil society")
            if party is None and not civilian_default:
                return None
            return ("Other", None)
        if party in (None, "Hamas") and not body and _HELD_BY_HAMAS.search(t) and not self.holds_office(t):
            # "recently released from Hamas captivity", "held captive by Hamas": a hostage, whom
            # the guidelines count with Israel's civil society, not the captors' side
            return ("Israel", "Civil society")
        if party is None:
            return None
        if faction is None and self._faction_re:
            fm = self._faction_re.search(t)
            if fm:
                faction = self._faction_lookup.get(norm_word(fm.group(0)))
        if party == "Other":
            faction = None
        return (party, faction)


# Heads that make a descriptor an official's, whatever civilian word it also has
# ("a Palestinian official who lives in Ramallah", "the mother of the Hamas spokesman" is rare).
_OFFICIAL = re.compile(r"\b(?:official|officials|spokesman|spokeswoman|spokesperson|minister|leader|leaders|"
                       r"negotiator|negotiators|delegation|commander|source|sources|envoy|ambassador|"
                       r"diplomat|diplomats|government|ministry|office|authority|army|military|forces|"
                       r"president|prime|premier|secretary|senator|sen\.|rep\.|congressman|congresswoman|"
                       r"lawmaker|governor|mayor|chancellor|king|emir|chief|director|commissioner|coordinator|agency|"
                       r"head\s+of\s+the)\b", re.I)


def _is_title_word(word: str) -> bool:
    """A capitalised role or side word that may stand before a surname ("Israeli", "Finance")."""
    from extract.speakers import TITLE_CAPS  # speakers imports this module
    return word in TITLE_CAPS or word.rstrip(".,") in TITLE_CAPS


def norm_word(w: str) -> str:
    return w.replace("\u2019", "'").lower()


_TOKEN = re.compile(r"[\w.'\u2019-]+")


def _key(token: str) -> str:
    return token.replace("\u2019", "'").lower().strip(".'")


@lru_cache(maxsize=8192)
def _keys(text: str) -> frozenset[str]:
    """Lower-cased word keys of `text`, with hyphen parts and possessives stripped too
    (cached: the same descriptor is classified by several word lists)."""
    keys = set()
    for tok in _TOKEN.findall(text):
        k = _key(tok)
        keys.add(k)
        if "-" in k or "." in k or "'" in k:
            keys.update(_key(p) for p in re.split(r"[-.']", k) if p)
            keys.update(_key(p) for p in k.split("-") if p)  # "U.S.-based"
        if k.endswith("'s"):
            keys.add(_key(k[:-2]))  # "U.N.'s"
        elif k.endswith("s'"):
            keys.add(_key(k[:-1]))
    return frozenset(keys)


_WORD_START = r"(?<![\w-])"


class _WordsPattern:
    """A whole-word alternation that only runs the alternatives whose first word is in the
    text: one regex over hundreds of words is slow, and a text holds a handful of them.
    (`headed[i]`: parts[i] must start a word, tested by _WORD_START before it.)"""

    __slots__ = ("firsts", "_parts", "_headed", "_by_first", "_always", "_small")

    def __init__(self, parts: list[str], words: list[str], headed: list[bool]):
        self._parts = parts
        self._headed = headed
        self._by_first: dict[str, list[int]] = {}
        self._always: list[int] = []
        for i, w in enumerate(words):
            first = w.split()[0] if w.split() else ""
            if not first or not (first[:1].isalnum() and (first[-1:].isalnum() or first[-1:] in ".'\u2019")):
                self._always.append(i)  # "ex-": a word part, not a key of its own
            else:
                self._by_first.setdefault(_key(first), []).append(i)
        self.firsts = set(self._by_first)
        self._small: dict[tuple[int, ...], re.Pattern] = {}

    @property
    def regex(self) -> re.Pattern:
        """The whole alternation, each alternative with its own word-start test (what `search`
        must agree with); compiled only when asked."""
        return re.compile("|".join((_WORD_START if h else "") + p for p, h in zip(self._parts, self._headed)))

    def _alternation(self, chosen) -> str:
        """The alternatives `chosen`, in order; when all must start a word, that is tested once
        before them (once per position tried, not once per alternative)."""
        if all(self._headed[i] for i in chosen):
            return _WORD_START + "(?:" + "|".join(self._parts[i] for i in chosen) + ")"
        return "|".join((_WORD_START if self._headed[i] else "") + self._parts[i] for i in chosen)

    def _pattern(self, text: str) -> re.Pattern | None:
        keys = _keys(text)
        if not self._always and self.firsts.isdisjoint(keys):
            return None  # (no alternative's first word in the text, as mostly: nothing to try)
        idx = set(self._always)
        for k in self.firsts.intersection(keys):
            idx.update(self._by_first[k])
        if not idx:
            return None
        chosen = tuple(sorted(idx))  # the original order: longest first
        rx = self._small.get(chosen)
        if rx is None:
            rx = self._small[chosen] = re.compile(self._alternation(chosen))
        return rx

    def search(self, text: str, pos: int = 0):
        rx = self._pattern(text[pos:] if pos else text)
        return rx.search(text, pos) if rx is not None else None

    def finditer(self, text: str, pos: int = 0):
        rx = self._pattern(text[pos:] if pos else text)
        return rx.finditer(text, pos) if rx is not None else iter(())


# "... Agency for Palestine Refugees", "... Commission of Inquiry": the body's own name going on
_NAME_GOES_ON = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?[A-Z][a-z]")
_CLAUSE_AFTER_BODY = re.compile(r"\s+(?:on|in|at|for|to|and|or|with|by|of|from|as|about|over|that|which|who|"
                                r"is|was|has|had|said|says)\b")


# what makes a civilian a hostage or a hostage's relative: "the aunt of X, who turned 20 in captivity"
_HOSTAGE_WORDS = re.compile(r"\b(?:hostages?|captivity|held\s+captive|abducted|kidnapped)\b", re.I)
# a person Hamas held: "released from Hamas captivity", "held captive by Hamas in Gaza"
_HELD_BY_HAMAS = re.compile(r"\b(?:from|in|of)\s+Hamas(?:[\u2019']s?)?\s+captivity\b|\bheld\s+(?:captive|hostage)\s+by\s+Hamas\b")


def _words_re(words: list[str]) -> _WordsPattern | None:
    if not words:
        return None
    parts, headed = [], []
    for word in words:
        w = word.replace("\u2019", "'")
        tail = r"(?![\w])" if w[-1:].isalnum() or w[-1:] in ".'" else ""
        a = re.escape(w) + tail
        # Case-sensitive for all-caps acronyms (US, PA, WHO), insensitive otherwise.
        parts.append(a if _is_acronym(word) else f"(?i:{a})")
        headed.append(w[:1].isalnum())  # (then it must start a word: _WORD_START before it)
    return _WordsPattern(parts, words, headed)


def _is_acronym(w: str) -> bool:
    letters = [c for c in w if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 5


# ------------------------------------------------------------------ loading

def load_actors(extra: Path | None = None) -> Actors:
    """The shipped actors file merged with an optional user file of the same format."""
    return _merge(_load_cached(SHIPPED), _parse_file(Path(extra)) if extra else None)


@lru_cache(maxsize=4)
def _load_cached(path: Path) -> tuple:
    return _parse_file(path)


def _parse_file(path: Path) -> tuple:
    data = read_toml(path)
    unknown = set(data) - {"actors", "patterns"}
    if unknown:
        raise ValueError(f"{path}: unknown section(s) {', '.join(sorted(unknown))} "
                         "(expected [[actors]] and [patterns.*])")
    actors = []
    entries = data.get("actors", [])
    if not isinstance(entries, list):
        raise ValueError(f"{path}: 'actors' must be an array of tables ([[actors]])")
    for i, e in enumerate(entries, 1):
        actors.append(_parse_actor(path, i, e))
    pats = data.get("patterns", {})
    if not isinstance(pats, dict):
        raise ValueError(f"{path}: [patterns] must be a table")
    party_words: dict[str, tuple[str, str | None]] = {}
    for word, val in pats.get("party", {}).items():
        if isinstance(val, str):
            val = [val]
        if not isinstance(val, list) or not 1 <= len(val) <= 2 or not all(isinstance(v, str) for v in val):
            raise ValueError(f"{path}: [patterns.party] {word!r}: expected \"Party\" or [\"Party\", \"Faction\"]")
        _check(path, f"[patterns.party] {word!r}", val[0], val[1] if len(val) > 1 else None)
        party_words[word] = (val[0], val[1] if len(val) > 1 else None)
    faction_words = {}
    for word, val in pats.get("faction", {}).items():
        if not isinstance(val, str) or val not in FACTIONS:
            raise ValueError(f"{path}: [patterns.faction] {word!r}: unknown faction {val!r} "
                             f"(expected one of: {', '.join(FACTIONS)})")
        faction_words[word] = val
    roles = pats.get("neutral", {}).get("roles", [])
    if not isinstance(roles, list) or not all(isinstance(r, str) for r in roles):
        raise ValueError(f"{path}: [patterns.neutral] roles must be a list of strings")
    civilian = pats.get("civilian", {}).get("roles", [])
    if not isinstance(civilian, list) or not all(isinstance(r, str) for r in civilian):
        raise ValueError(f"{path}: [patterns.civilian] roles must be a list of strings")
    context = [(party, faction, tuple(tuple(ws) for ws in lists))
               for party, faction, lists in _side_rules(path, pats, "context", "all", _is_word_lists,
                                                        "a list of non-empty word lists")]
    relative = [(party, faction, tuple(words))
                for party, faction, words in _side_rules(path, pats, "relative", "any", _is_words,
                                                         "a non-empty list of words")]
    capitals = pats.get("capitals", {})
    if not isinstance(capitals, dict) or not all(isinstance(v, str) and v.strip() for v in capitals.values()):
        raise ValueError(f"{path}: [patterns.capitals] must map a capital to its country's name")
    spellings = pats.get("spellings", {})
    if not isinstance(spellings, dict) or not all(isinstance(v, str) and v.strip() and " " not in v.strip()
                                                  for v in spellings.values()):
        raise ValueError(f"{path}: [patterns.spellings] must map a spelling of a name word to one other word")
    weak = []
    for word, yields in pats.get("weak", {}).items():
        if not isinstance(yields, list) or not all(isinstance(y, str) for y in yields):
            raise ValueError(f"{path}: [patterns.weak] {word!r}: expected a list of parties")
        for y in yields:
            _check(path, f"[patterns.weak] {word!r}", y, None)
        weak.append((word, tuple(yields)))
    return (tuple(actors), party_words, faction_words, tuple(roles), tuple(weak), tuple(civilian), tuple(context),
            tuple(relative), dict(capitals), dict(spellings))


def _is_words(v) -> bool:
    return isinstance(v, list) and bool(v) and all(isinstance(w, str) for w in v)


def _is_word_lists(v) -> bool:
    return isinstance(v, list) and bool(v) and all(_is_words(ws) for ws in v)


def _side_rules(path: Path, pats: dict, name: str, key: str, valid, expected: str) -> list[tuple]:
    """[[patterns.<name>]] tables of party, optional faction and a `key` field of words."""
    rules = pats.get(name, [])
    if not isinstance(rules, list):
        raise ValueError(f"{path}: [[patterns.{name}]] must be an array of tables")
    out = []
    for i, rule in enumerate(rules, 1):
        where = f"[[patterns.{name}]] #{i}"
        if not isinstance(rule, dict) or set(rule) - {"party", "faction", key}:
            raise ValueError(f"{path}: {where}: expected party, faction (optional) and {key}")
        if not valid(rule.get(key)):
            raise ValueError(f"{path}: {where}: '{key}' must be {expected}")
        _check(path, where, rule.get("party"), rule.get("faction"))
        out.append((rule["party"], rule.get("faction"), rule[key]))
    return out


def _parse_actor(path: Path, i: int, e) -> Actor:
    where = f"{path}: actor #{i}"
    if not isinstance(e, dict):
        raise ValueError(f"{where}: expected a table")
    name = e.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"{where}: missing 'name'")
    where += f" ({name})"
    extra = set(e) - {"name", "aliases", "party", "faction", "kind", "titles", "periods", "pronoun"}
    if extra:
        raise ValueError(f"{where}: unknown field(s) {', '.join(sorted(extra))}")
    party = e.get("party")
    faction = e.get("faction")
    _check(Path(path), f"actor #{i} ({name})", party, faction)
    kind = e.get("kind", "person")
    if kind not in KINDS:
        raise ValueError(f"{where}: kind must be 'person' or 'organisation', not {kind!r}")
    pronoun = e.get("pronoun")
    if pronoun is not None and (pronoun not in ("he", "she") or kind != "person"):
        raise ValueError(f"{where}: pronoun must be 'he' or 'she', for a person only")
    lists = {}
    for key in ("aliases", "titles"):
        v = e.get(key, [])
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            raise ValueError(f"{where}: '{key}' must be a list of strings")
        lists[key] = tuple(v)
    return Actor(name=name.strip(), aliases=lists["aliases"], party=party, faction=faction,
                 kind=kind, titles=lists["titles"], pronoun=pronoun, periods=_parse_periods(path, f"actor #{i} ({name})", e, party,
                                                                           faction))


def _parse_periods(path: Path, where: str, e: dict, party, faction) -> tuple:
    """`periods = [{from = 2023-10-11, until = 2024-06-09, faction = "Government"}]`: a side
    held between two dates (TOML dates or "YYYY-MM-DD"); party and faction default to the
    entry's own."""
    v = e.get("periods", [])
    if not isinstance(v, list) or not all(isinstance(x, dict) for x in v):
        raise ValueError(f"{path}: {where}: 'periods' must be a list of tables")
    out = []
    for k, per in enumerate(v, 1):
        at = f"{where} period #{k}"
        unknown = set(per) - {"from", "until", "party", "faction"}
        if unknown:
            raise ValueError(f"{path}: {at}: unknown field(s) {', '.join(sorted(unknown))}")
        ends = []
        for key in ("from", "until"):
            d = per.get(key)
            if d is not None:
                d = str(d)
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
                    raise ValueError(f"{path}: {at}: '{key}' must be a date YYYY-MM-DD, not {d!r}")
            ends.append(d)
        if ends[0] is None and ends[1] is None:
            raise ValueError(f"{path}: {at}: needs 'from' or 'until'")
        if ends[0] and ends[1] and ends[0] > ends[1]:
            raise ValueError(f"{path}: {at}: 'from' {ends[0]} is after 'until' {ends[1]}")
        p, f = per.get("party", party), per.get("faction", faction if "party" not in per else None)
        _check(Path(path), at, p, f)
        out.append((ends[0], ends[1], p, f))
    return tuple(out)


def _check(path: Path, where: str, party, faction) -> None:
    if party not in PARTIES:
        raise ValueError(f"{path}: {where}: unknown party {party!r} (expected one of: {', '.join(PARTIES)})")
    if faction is not None and faction not in FACTIONS:
        raise ValueError(f"{path}: {where}: unknown faction {faction!r} "
                         f"(expected one of: {', '.join(FACTIONS)})")


def _merge(base: tuple, extra: tuple | None) -> Actors:
    actors = {a.name: a for a in base[0]}
    party_words, faction_words, roles = dict(base[1]), dict(base[2]), list(base[3])
    weak = list(base[4])
    civilian, context, relative = list(base[5]), list(base[6]), list(base[7])
    capitals, spellings = dict(base[8]), dict(base[9])
    if extra:
        capitals.update(extra[8])
        spellings.update(extra[9])
        relative = list(extra[7]) + relative
        civilian += [r for r in extra[5] if r not in civilian]
        context = list(extra[6]) + context  # a user's rules are tried first
        for a in extra[0]:
            actors.pop(a.name, None)
            actors[a.name] = a
        party_words.update(extra[1])
        faction_words.update(extra[2])
        roles += [r for r in extra[3] if r not in roles]
        weak = [w for w in weak if w[0] not in {x[0] for x in extra[4]}] + list(extra[4])
    # User entries are listed last but must win alias clashes: index them first.
    ordered = list(actors.values())
    if extra:
        names = {a.name for a in extra[0]}
        ordered = [a for a in ordered if a.name in names] + [a for a in ordered if a.name not in names]
    return Actors(ordered, party_words, faction_words, roles, weak, civilian, context, relative, capitals,
                  spellings)
