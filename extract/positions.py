"""Positions: a party's stance on a negotiation issue, with the sentence that states it.

Rule-based and explainable, because analysts must be able to see why a position
was recorded: a position needs three things in one sentence (or quoted
sentence): a holder (the quote's speaker, the reported speaker, or a party that
is the subject of the sentence), a stance cue ("insisted on", "rejected",
"is a red line", "will not ..."), and an issue mention ("permanent ceasefire").
Descriptive reporting ("talks were held in Doha") has no cue and gives nothing.
Inside someone's quote or report, another side named there holds a stance only when
it is reported stating or deciding it ("Hamas has rejected ..."), not when the
speaker describes it ("Qatar supports Hamas").  An article that never names the
conflict ([scope]) gives nothing: its "deal" or "talks" are about something else, and
neither do sentences far from any mention of it.
Precision comes first, because a wrong stance in the issue x party grid misleads: what
a side did ("Israel allowed aid in", [holders] deeds), criticism of one plan ("criticised
the truce plan", [plans]), an issue that is only a topic ("refused to comment on the
talks", [topics]), another side's guess ("officials believe Hamas will reject ...",
[holders] beliefs), questions and the reporter's own guesses give no position.
Matching is word-anchored (extract/wordscan.py), so articles cost little when they
are not about the talks.

The issue and cue vocabularies live in `extract/data/issues.toml` so users can
extend them (`load_taxonomy(extra=PATH)`).
"""
from __future__ import annotations

import re
from bisect import bisect_left
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from extract.datafile import read_toml
from extract.outlets import is_outlet
from extract.records import ArticleMeta, Position, Quote, Reported
from extract.wordscan import Words, WordScan, _starts

SHIPPED = Path(__file__).parent / "data" / "issues.toml"
STANCES = ("demands", "supports", "opposes", "rejects", "conditional")
_SECTIONS = {"issues", "stances", "scoped", "negation", "holders", "ignore", "scope", "plans", "topics"}
_ISSUE_FIELDS = {"label", "words", "regexes", "against", "against_regexes", "replace"}
_STANCE_FIELDS = {"cues", "weak", "after", "guards"}
_HOLDER_FIELDS = {"roles", "side_roles", "group", "anaphora", "acts", "deeds", "beliefs", "adversary"}

# Same-length normalisation so offsets found in it are offsets in the text:
# curly quotes and hyphens made plain, accented Latin letters made bare ("António").
_NORM = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                       "\u2010": "-", "\u2011": "-",
                       **{chr(c): unicodedata.normalize("NFKD", chr(c))[0] for c in range(0xC0, 0x250)
                          if len(unicodedata.normalize("NFKD", chr(c))) > 1
                          and unicodedata.normalize("NFKD", chr(c))[0].isascii()}})

# Words before a party mention that make it a place or an object, not a speaker.
_NON_SUBJECT_BEFORE = {"in", "to", "at", "on", "of", "with", "against", "into", "for", "toward",
                       "towards", "over", "between", "across", "near", "than", "like", "about",
                       "inside", "within", "throughout", "around", "under", "via", "through",
                       "whom", "provide", "meet", "visit", "visiting", "left", "leave", "attack",
                       "accused", "accuse", "urged", "pressed", "told", "ordered", "and", "or",
                       "convince", "persuade", "push", "pushed", "press", "force", "forced",
                       "allow", "let", "include", "including", "help", "helped", "fight", "fighting",
                       "make", "makes", "made", "making", "informed", "inform", "tell", "telling",
                       "asked", "ask", "warned", "warn", "than", "blamed", "blame", "praised",
                       "criticised", "criticized", "condemned", "until", "unless", "if", "once",
                       "whether"}
_NON_SUBJECT_AFTER = {"in", "to", "at", "of", "for", "from", "with", "into", "over", "as",
                      "by", "that", "after", "before", "during", "since", "until", "."}
_HEADS_OF = {"members", "member", "officials", "official", "leaders", "leader", "head", "chief",
             "representatives", "spokesman", "spokeswoman", "spokesperson", "envoy", "delegation",
             "negotiators", "government", "ministers", "minister", "leadership", "president"}
_VERB_WORDS = {"and", "or", "also", "still", "has", "have", "had", "is", "are", "was", "were", "will",
               "would", "can", "could", "should", "must", "may", "might", "did", "does", "do", "not",
               "never", "said", "say", "told", "put", "set", "let", "cut", "sent", "gave", "made",
               "took", "held", "kept", "left", "met", "sought", "won", "lost", "agreed", "want",
               "accept", "reject", "refuse", "insist", "demand", "oppose", "support", "on", "last",
               "this", "earlier", "later", "then", "now", "again", "first", "once", "previously",
               "had", "wants", "vowed", "began", "broke", "drew", "came", "went", "saw", "stood",
               "spoke", "wrote", "chose", "rose", "fell", "led", "laid", "paid", "struck", "took"}
_PRONOUNS_PERSON = {"he", "she"}


# ------------------------------------------------------------------ taxonomy

@dataclass(frozen=True, slots=True)
class Issue:
    """One negotiation issue and the mentions that signal it (and its opposite)."""

    key: str
    label: str
    words: tuple[str, ...] = ()
    regexes: tuple[str, ...] = ()
    against: tuple[str, ...] = ()
    against_regexes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ScopedCue:
    """Cues that signal a stance only for some issues ("announced talks")."""

    stance: str
    cues: tuple[str, ...]
    after: tuple[str, ...]
    issues: frozenset[str]


@dataclass(eq=False)
class Taxonomy:
    """Issues, stance cues, negation and holder words, compiled for matching."""

    issues: dict[str, Issue]
    cues: dict[str, tuple[str, ...]]
    weak: dict[str, tuple[str, ...]]
    after: dict[str, tuple[str, ...]]
    guards: tuple[str, ...]
    scoped: tuple[ScopedCue, ...]
    negators: tuple[str, ...]
    firm: tuple[str, ...]
    window: int
    roles: tuple[str, ...]
    side_roles: tuple[str, ...]
    group: tuple[str, ...]
    anaphora: tuple[str, ...] = ()
    acts: tuple[str, ...] = ()
    deeds: tuple[str, ...] = ()
    beliefs: tuple[str, ...] = ()
    adversary: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    scope: tuple[str, ...] = ()
    scope_min: int = 0
    scope_window: int = -1
    retract: tuple[str, ...] = ()
    plans: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    pending: tuple[str, ...] = ()
    undo: tuple[str, ...] = ()
    _compiled: dict = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        c = self._compiled
        # Phrases share one longest-first alternation; each regex runs on its own so
        # that a longer regex match is not hidden by a phrase matching at the same place.
        terms = []
        for k, i in self.issues.items():
            terms.append((k, +1, _alt(i.words)))
            terms.append((k, -1, _alt(i.against)))
            terms += [(k, +1, _alt((), [r])) for r in i.regexes]
            terms += [(k, -1, _alt((), [r])) for r in i.against_regexes]
        c["terms"] = [t for t in terms if t[2] is not None]
        cues = []
        for stance in STANCES:
            if self.cues.get(stance):
                cues.append((stance, "fwd", None, _alt(self.cues[stance])))
            if self.weak.get(stance):
                cues.append((stance, "weak", None, _alt(self.weak[stance])))
            if self.after.get(stance):
                cues.append((stance, "after", None, _alt(self.after[stance])))
        if self.guards:
            cues.append(("conditional", "guard", None, _alt(self.guards)))
        for s in self.scoped:
            if s.cues:
                cues.append((s.stance, "fwd", s.issues, _alt(s.cues)))
            if s.after:
                cues.append((s.stance, "after", s.issues, _alt(s.after)))
        c["cues"] = [x for x in cues if x[3] is not None]
        c["firm"] = _alt(self.firm)
        c["negators"] = {n.lower() for n in self.negators}
        c["roles"] = _alt(self.roles)
        c["side_roles"] = {r.lower() for r in self.side_roles}
        c["group"] = _alt(self.group)
        c["acts"] = _alt(self.acts)
        c["deeds"] = _alt(self.deeds)
        c["beliefs"] = _alt(self.beliefs)
        c["adversary"] = _alt(self.adversary)
        c["ignore"] = _alt(self.ignore)
        c["scope"] = _alt(self.scope)
        c["retract"] = _alt(self.retract)
        c["plans"] = _alt(self.plans)
        c["topics"] = _alt(self.topics)
        c["pending"] = _alt(self.pending)
        c["undo"] = _alt(self.undo)


def _phrase_body(p: str) -> str:
    """A cue or word entry as a regex body: `*` = any ending, spaces = any whitespace, a
    lone `_` = one to three words ("warned _ against": "warned Israel against")."""
    parts = []
    for w in p.split():
        if w == "_":
            parts.append(r"(?:[\w'.-]+\s+){0,2}[\w'.-]+")
            continue
        star = w.endswith("*")
        w = w.rstrip("*")
        parts.append(re.escape(w) + (r"[\w']*" if star else ""))
    return r"\s+[\"']?".join(parts)  # 'as a "grave mistake"': quote marks may open mid-phrase


def _bucketed(bodies: list[str]) -> str:
    """Alternatives grouped by first letter, so the engine tries a handful at each word start."""
    groups: dict[str, list[str]] = {}
    for body in bodies:
        groups.setdefault(body[0].lower(), []).append(body[1:])
    return "|".join(f"[{c}{c.upper()}](?:{'|'.join(rest)})" if c.isalpha() else
                    f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in groups.items())


def _alt(phrases, regexes=()) -> re.Pattern | None:
    """Whole-word, case-insensitive, longest-first matching of phrases (plus raw regexes)."""
    phrases = [p.translate(_NORM).strip() for p in sorted(set(phrases), key=len, reverse=True) if p.strip()]
    # "hostage-ceasefire proposal" names both issues, so a hyphen bounds a word.
    bounded = [p for p in phrases if p[:1].isalnum() and (p.rstrip("*")[-1:].isalnum() or p.endswith("*"))]
    parts = [r"(?<![\w'])(?:" + _bucketed([_phrase_body(p) for p in bounded]) + r")(?!\w)"] if bounded else []
    parts += [_phrase_body(p) for p in phrases if p not in bounded]
    parts += [f"(?:{r})" for r in regexes]
    return re.compile("|".join(parts), re.I) if parts else None


def load_taxonomy(extra: Path | str | None = None) -> Taxonomy:
    """The shipped issues file, merged with an optional user file of the same format.

    Raises ValueError naming the file and the problem when a file is unreadable,
    not TOML, or has an unknown section, field, stance or a bad regex.
    """
    if not extra:
        return _default_taxonomy()
    path = Path(extra)
    try:
        st = path.stat()
    except OSError as exc:
        raise ValueError(f"cannot read {path}: {exc.strerror or exc}") from None
    # One taxonomy (and so one set of compiled patterns) per file version: callers may
    # load it per article without paying for the compilation each time.
    return _user_taxonomy(str(path), str(path.resolve()), st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=8)
def _user_taxonomy(shown: str, _resolved: str, _mtime_ns: int, _size: int) -> Taxonomy:
    return _build(_merge(_parse_cached(SHIPPED), _parse(Path(shown))))


@lru_cache(maxsize=4)
def _parse_cached(path: Path) -> dict:
    return _parse(path)


def _parse(path: Path) -> dict:
    data = read_toml(path)
    unknown = set(data) - _SECTIONS
    if unknown:
        raise ValueError(f"{path}: unknown section(s) {', '.join(sorted(unknown))} "
                         f"(expected: {', '.join(sorted(_SECTIONS))})")
    issues = data.get("issues", {})
    if not isinstance(issues, dict):
        raise ValueError(f"{path}: [issues] must be a table of [issues.KEY] tables")
    for key, spec in issues.items():
        where = f"{path}: [issues.{key}]"
        if not isinstance(spec, dict):
            raise ValueError(f"{where}: must be a table")
        bad = set(spec) - _ISSUE_FIELDS
        if bad:
            raise ValueError(f"{where}: unknown field(s) {', '.join(sorted(bad))} "
                             f"(expected: {', '.join(sorted(_ISSUE_FIELDS))})")
        if "label" in spec and not isinstance(spec["label"], str):
            raise ValueError(f"{where}: 'label' must be a string")
        if "replace" in spec and not isinstance(spec["replace"], bool):
            raise ValueError(f"{where}: 'replace' must be true or false")
        for f in ("words", "regexes", "against", "against_regexes"):
            _strings(spec.get(f, []), f"{where} '{f}'")
        for f in ("regexes", "against_regexes"):
            for r in spec.get(f, []):
                _regex(r, f"{where} '{f}'")
    stances = data.get("stances", {})
    if not isinstance(stances, dict):
        raise ValueError(f"{path}: [stances] must be a table")
    for stance, spec in stances.items():
        where = f"{path}: [stances.{stance}]"
        if stance not in STANCES:
            raise ValueError(f"{where}: unknown stance {stance!r} (expected one of: {', '.join(STANCES)})")
        if not isinstance(spec, dict):
            raise ValueError(f"{where}: must be a table")
        bad = set(spec) - _STANCE_FIELDS
        if bad:
            raise ValueError(f"{where}: unknown field(s) {', '.join(sorted(bad))} "
                             f"(expected: cues, weak, after, guards)")
        if "guards" in spec and stance != "conditional":
            raise ValueError(f"{where}: 'guards' is only allowed under [stances.conditional]")
        for f in spec:
            _strings(spec[f], f"{where} '{f}'")
    scoped = data.get("scoped", [])
    if not isinstance(scoped, list):
        raise ValueError(f"{path}: 'scoped' must be an array of tables ([[scoped]])")
    for i, s in enumerate(scoped, 1):
        where = f"{path}: [[scoped]] #{i}"
        if not isinstance(s, dict):
            raise ValueError(f"{where}: must be a table")
        bad = set(s) - {"stance", "cues", "after", "issues"}
        if bad:
            raise ValueError(f"{where}: unknown field(s) {', '.join(sorted(bad))}")
        if s.get("stance") not in STANCES:
            raise ValueError(f"{where}: stance must be one of {', '.join(STANCES)}, not {s.get('stance')!r}")
        for f in ("cues", "after", "issues"):
            _strings(s.get(f, []), f"{where} '{f}'")
        if not s.get("issues"):
            raise ValueError(f"{where}: 'issues' must name at least one issue")
    neg = data.get("negation", {})
    if not isinstance(neg, dict):
        raise ValueError(f"{path}: [negation] must be a table")
    neg_fields = {"words", "firm", "window", "retract", "pending", "undo"}
    if set(neg) - neg_fields:
        raise ValueError(f"{path}: [negation]: unknown field(s) {', '.join(sorted(set(neg) - neg_fields))}")
    for f in ("words", "firm", "retract", "pending", "undo"):
        _strings(neg.get(f, []), f"{path}: [negation] '{f}'")
    if "window" in neg and (not isinstance(neg["window"], int) or isinstance(neg["window"], bool)
                            or not 0 <= neg["window"] <= 10):
        raise ValueError(f"{path}: [negation] 'window' must be a whole number from 0 to 10")
    scope = data.get("scope", {})
    if not isinstance(scope, dict) or set(scope) - {"words", "min_mentions", "window"}:
        raise ValueError(f"{path}: [scope] must be a table with 'words', 'min_mentions' and 'window'")
    if "window" in scope and (not isinstance(scope["window"], int) or isinstance(scope["window"], bool)
                              or scope["window"] < -1):
        raise ValueError(f"{path}: [scope] 'window' must be a whole number, -1 or more")
    _strings(scope.get("words", []), f"{path}: [scope] 'words'")
    if "min_mentions" in scope and (not isinstance(scope["min_mentions"], int)
                                    or isinstance(scope["min_mentions"], bool) or scope["min_mentions"] < 0):
        raise ValueError(f"{path}: [scope] 'min_mentions' must be a whole number, 0 or more")
    ign = data.get("ignore", {})
    if not isinstance(ign, dict) or set(ign) - {"phrases"}:
        raise ValueError(f"{path}: [ignore] must be a table with a 'phrases' list")
    _strings(ign.get("phrases", []), f"{path}: [ignore] 'phrases'")
    for sec in ("plans", "topics"):
        got = data.get(sec, {})
        if not isinstance(got, dict) or set(got) - {"words"}:
            raise ValueError(f"{path}: [{sec}] must be a table with a 'words' list")
        _strings(got.get("words", []), f"{path}: [{sec}] 'words'")
    hold = data.get("holders", {})
    if not isinstance(hold, dict):
        raise ValueError(f"{path}: [holders] must be a table")
    if set(hold) - _HOLDER_FIELDS:
        raise ValueError(f"{path}: [holders]: unknown field(s) "
                         f"{', '.join(sorted(set(hold) - _HOLDER_FIELDS))}")
    for f in hold:
        _strings(hold[f], f"{path}: [holders] '{f}'")
    data["_path"] = str(path)
    return data


def _strings(v, where: str) -> None:
    if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
        raise ValueError(f"{where} must be a list of non-empty strings")


def _regex(r: str, where: str) -> None:
    try:
        re.compile(r)
    except re.error as exc:
        raise ValueError(f"{where}: bad regex {r!r}: {exc}") from None


def _merge(base: dict, extra: dict) -> dict:
    out = {"issues": {k: dict(v) for k, v in base.get("issues", {}).items()},
           "stances": {k: dict(v) for k, v in base.get("stances", {}).items()},
           "scoped": list(base.get("scoped", [])) + list(extra.get("scoped", [])),
           "negation": dict(base.get("negation", {})),
           "holders": dict(base.get("holders", {})),
           "ignore": dict(base.get("ignore", {})),
           "scope": dict(base.get("scope", {})),
           "plans": dict(base.get("plans", {})),
           "topics": dict(base.get("topics", {}))}
    for key, spec in extra.get("issues", {}).items():
        if spec.get("replace") or key not in out["issues"]:
            out["issues"][key] = dict(spec)
            continue
        cur = out["issues"][key]
        for f in ("words", "regexes", "against", "against_regexes"):
            cur[f] = list(cur.get(f, [])) + [x for x in spec.get(f, []) if x not in cur.get(f, [])]
        if "label" in spec:
            cur["label"] = spec["label"]
    for stance, spec in extra.get("stances", {}).items():
        cur = out["stances"].setdefault(stance, {})
        for f, v in spec.items():
            cur[f] = list(cur.get(f, [])) + [x for x in v if x not in cur.get(f, [])]
    for sec in ("negation", "holders", "ignore", "scope", "plans", "topics"):
        for f, v in extra.get(sec, {}).items():
            if isinstance(v, list):
                out[sec][f] = list(out[sec].get(f, [])) + [x for x in v if x not in out[sec].get(f, [])]
            else:
                out[sec][f] = v
    known = set(out["issues"])
    for i, s in enumerate(out["scoped"], 1):
        missing = set(s["issues"]) - known
        if missing:
            raise ValueError(f"{extra.get('_path', 'issues file')}: [[scoped]] names unknown issue(s) "
                             f"{', '.join(sorted(missing))}")
    return out


def _build(data: dict) -> Taxonomy:
    issues = {k: Issue(key=k, label=v.get("label", k), words=tuple(v.get("words", ())),
                       regexes=tuple(v.get("regexes", ())), against=tuple(v.get("against", ())),
                       against_regexes=tuple(v.get("against_regexes", ())))
              for k, v in data.get("issues", {}).items()}
    if not issues:
        raise ValueError(f"{data.get('_path', 'issues file')}: no [issues.*] defined")
    st = data.get("stances", {})
    neg = data.get("negation", {})
    hold = data.get("holders", {})
    return Taxonomy(
        issues=issues,
        cues={s: tuple(st.get(s, {}).get("cues", ())) for s in STANCES},
        weak={s: tuple(st.get(s, {}).get("weak", ())) for s in STANCES},
        after={s: tuple(st.get(s, {}).get("after", ())) for s in STANCES},
        guards=tuple(st.get("conditional", {}).get("guards", ())),
        scoped=tuple(ScopedCue(s["stance"], tuple(s.get("cues", ())), tuple(s.get("after", ())),
                               frozenset(s["issues"])) for s in data.get("scoped", [])),
        negators=tuple(neg.get("words", ())), firm=tuple(neg.get("firm", ())),
        retract=tuple(neg.get("retract", ())),
        plans=tuple(data.get("plans", {}).get("words", ())),
        topics=tuple(data.get("topics", {}).get("words", ())),
        pending=tuple(neg.get("pending", ())), undo=tuple(neg.get("undo", ())),
        window=int(neg.get("window", 3)),
        roles=tuple(hold.get("roles", ())), side_roles=tuple(hold.get("side_roles", ())),
        group=tuple(hold.get("group", ())), anaphora=tuple(hold.get("anaphora", ())),
        acts=tuple(hold.get("acts", ())), deeds=tuple(hold.get("deeds", ())),
        beliefs=tuple(hold.get("beliefs", ())), adversary=tuple(hold.get("adversary", ())),
        ignore=tuple(data.get("ignore", {}).get("phrases", ())),
        scope=tuple(data.get("scope", {}).get("words", ())),
        scope_min=int(data.get("scope", {}).get("min_mentions", 0)),
        scope_window=int(data.get("scope", {}).get("window", -1)))


@lru_cache(maxsize=1)
def _default_taxonomy() -> Taxonomy:
    return _build(_parse_cached(SHIPPED))


# ------------------------------------------------------------------ text units

_NORM_CHARS = {chr(k): v for k, v in _NORM.items()}
_TO_NORM = re.compile("[" + "".join(re.escape(c) for c in sorted(_NORM_CHARS)) + "]")


def _normalise(text: str) -> str:
    """text.translate(_NORM), touching only the characters it changes."""
    if text.isascii():
        return text
    return _TO_NORM.sub(lambda m: _NORM_CHARS[m.group(0)], text)


_LINE = re.compile(r"[^\n]+")
# ('... get there. " Sharone Lifshitz ...': a quote mark set off by spaces still opens a sentence)
_STOP = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+(?:[\"\u201c\u2018'(\[] ?)?[A-Z0-9])")
_ABBREV = re.compile(r"(?:\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|St|Jr|Sr|No|vs|Oct|Nov|Dec|Jan|Feb|Aug|Sept|Sep)\.)$")
_INITIALS = re.compile(r"\b[A-Z]\.[A-Z]\.$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) over `text`, trimmed of surrounding blanks.

    Breaks at line ends and at . ! ? followed by a blank and an upper-case letter,
    digit or quotation mark; skips initials and common abbreviations ("U.S.", "Gen.").
    """
    spans = []
    for para in _LINE.finditer(text):
        s0 = para.start()
        chunk = para.group(0)
        last = 0
        for m in _STOP.finditer(chunk):
            before = chunk[max(0, m.start() - 4):m.start() + 1]
            if _ABBREV.search(before) or _INITIALS.search(chunk[max(0, m.start() - 4):m.end()]):
                continue
            spans.append((s0 + last, s0 + m.end()))
            last = m.end()
        spans.append((s0 + last, s0 + len(chunk)))
    out = []
    for a, b in spans:
        seg = text[a:b]
        a2 = a + len(seg) - len(seg.lstrip())
        b2 = b - (len(seg) - len(seg.rstrip()))
        if b2 > a2:
            out.append((a2, b2))
    return out


# The exported article's header ("title: ...", "published: ..."): a title may state a
# stance, but its key is no part of the evidence, and the other keys state none.
_HEADER_KEY = re.compile(r"(title|headline|outlet|published|date|url|author|byline|source|updated|section)"
                         r":[ \t]*", re.I)


def _without_header_keys(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for a, b in sentences:
        m = _HEADER_KEY.match(text, a, b)
        if m and (a == 0 or text[a - 1] == "\n"):
            if m.group(1).lower() not in ("title", "headline") or m.end() >= b:
                continue
            a = m.end()
        out.append((a, b))
    return out


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    party: str
    speaker: str | None  # canonical name or descriptor; None for a bare party name
    person: bool
    possessive: bool = False
    subject: bool = False


@dataclass(slots=True)
class _Holder:
    party: str
    speaker: str | None
    start: int | None = None  # mention offsets when the holder is named in the sentence
    end: int | None = None


# ------------------------------------------------------------------ holders

class _Holders:
    """Finds party mentions (names, titles, descriptors, capitals) with the actors table."""

    def __init__(self, actors, tax: Taxonomy):
        self.actors = actors
        self.tax = tax
        names: list[str] = []
        for a in getattr(actors, "actors", []):
            names += [a.name, *a.aliases]
        self.name_res = _literal_re(names)
        self.party_words = dict(getattr(actors, "party_words", {}))
        self.word_res = _literal_re(list(self.party_words))
        self._kinds = ["name"] * len(self.name_res) + ["word"] * len(self.word_res)
        self._scan = WordScan(self.name_res + self.word_res)
        self._word_party: dict[str, str] = {}
        for w, v in self.party_words.items():
            self._word_party.setdefault(w.lower().replace("\u2019", "'"), v[0])

    def party_of_word(self, word: str) -> str | None:
        return self._word_party.get(word.lower().replace("\u2019", "'"))

    def scan(self, norm: str, words: Words | None = None, limit: int | None = None) -> list[tuple[int, int, str]]:
        """Every name and party word in the text (before `limit`), once (the big alternations
        are slow per sentence)."""
        found = []
        for kind, ms in zip(self._kinds, self._scan.finditer_all(norm, words, limit)):
            for m in ms:
                found.append((m.start(), m.end(), kind))
        found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
        return _Scanned(found)

    def mentions(self, norm: str, a: int, b: int, scanned=None) -> list[_Mention]:
        """Party mentions within norm[a:b] (offsets into the text)."""
        if scanned is None:
            scanned = self.scan(norm[:b])
        starts = [x[0] for x in scanned] if not isinstance(scanned, _Scanned) else scanned.starts
        found = [x for x in scanned[bisect_left(starts, a):bisect_left(starts, b)] if x[1] <= b]
        out: list[_Mention] = []
        for s, e, kind in found:
            if out and s < out[-1].end:
                continue
            men = self._expand(norm, a, b, s, e, kind)
            if men is None:
                continue
            # A name that grew leftwards over an earlier party word ("UN Special Rapporteur X").
            while out and men.start < out[-1].end:
                if men.end - men.start <= out[-1].end - out[-1].start:
                    break
                out.pop()
            else:
                out.append(men)
        return out

    def _expand(self, norm: str, a: int, b: int, s: int, e: int, kind: str) -> _Mention | None:
        """The mention grown over its title, role and descriptor words, with its side."""
        matched = norm[s:e]
        # Right: role nouns and capitalised name words ("Hamas official Osama Hamdan").
        roles = self.tax._compiled["roles"]
        has_role = False
        named = None  # a known person named after the role ("... spokesman Nabil Abu Rudeineh")
        while True:
            rest = norm[e:b]
            m = _GLUE.match(rest)
            lead = m.end() if m else 0
            r = roles.match(rest, lead) if roles else None
            if rest[:lead].startswith("'") and not r:
                break
            if r and lead:
                e += r.end()
                has_role = True
                continue
            cap = _CAPS.match(rest)  # "[Hamas leader] Sinwar"
            if cap and (has_role or kind == "word") and self.actors is not None \
                    and self.actors.find(cap.group(1)) is not None:
                named = self.actors.find(cap.group(1))
                e += cap.end()
                continue
            break
        # Left: capitalised title words and descriptor adjectives ("a senior", "Israeli Finance Minister").
        while True:
            m = _left_word(norm, a, s)
            if not m:
                break
            word = m.group(1)
            if word.lower() in {"the", "a", "an"}:
                s = a + m.start(1)
                break
            if word.endswith(".") or word in {"On", "In", "But", "And", "As", "After", "While", "When",
                                              "According", "Despite", "However", "Meanwhile", "Earlier",
                                              "Last", "This", "That", "If", "Since", "For", "With"}:
                break
            s = a + m.start(1)
        span = norm[s:e]
        possessive = bool(_POSS_AFTER.match(norm[e:e + 2])) or bool(_POSS_END.search(span))
        party = speaker = None
        person = False
        actor = self.actors.find(span) if self.actors is not None else None
        if actor is None and kind == "name" and self.actors is not None:
            actor = self.actors.find(matched)
        if actor is None and named is not None and named.kind == "person":
            actor = named  # the person speaks for their own side, whatever the title's adjective
        if actor is not None:
            party, speaker, person = actor.party, actor.name, actor.kind == "person"
            bare = _ARTICLE.sub("", span)
            if not person and (actor.name == actor.party or (
                    len(bare.split()) == 1 and not bare.isupper() and self.party_of_word(bare))):
                speaker = None  # a bare side ("Hamas", "Qatar", "Tel Aviv"): no named holder
        else:
            res = self.actors.party_from_descriptor(span) if self.actors is not None else None
            if res is not None:
                party = res[0]
            if party == "Other":
                # "Qatari mediators" speak for Qatar here even if the bare role is neutral.
                last = span.split()[-1].lower() if span.split() else ""
                if last in self.tax._compiled["side_roles"]:
                    w = next((m for rx in self.word_res for m in [rx.search(span)] if m), None)
                    party = self.party_of_word(w.group(0)) if w else party
            if party is None:
                return None
            if kind == "word" and not has_role and \
                    re.fullmatch(r"(?:(?:the|a|an)\s+)?[A-Z]\w*(?:i|ian|ean|can|ern)", span):
                return None  # a demonym alone ("Palestinian prisoners") names no holder
            bare = not has_role and len(span.split()) <= 3 and self.party_of_word(
                _ARTICLE.sub("", span)) is not None
            speaker = None if bare else span
            person = bool(has_role and re.search(r"\b(?:official|leader|source|spokes\w+|minister|"
                                                 r"president|premier|chief|head|director)$", span, re.I))
        return _Mention(s, e, party, speaker, person, possessive)


_GLUE = re.compile(r"(?:'s?\s+|\s+)?")
_CAPS = re.compile(r"[\])]?\s+((?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*)*)")
_POSS_AFTER = re.compile(r"'s?\b|'(?!\w)")
_POSS_END = re.compile(r"\w's?$|s'$")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_LEFT_WORD = re.compile(r"(?:^|\s)([A-Z][\w.'-]*|senior|top|former|a|an|the|two|several|some|one|"
                        r"chief|deputy|foreign|prime|finance|defence|defense|opposition|acting)\s+$")


def _left_word(norm: str, a: int, s: int) -> re.Match | None:
    """The title or descriptor word just before offset s (sentence from a); read from a
    short tail of the sentence when that holds the last word and the space before it."""
    if s - a > 60:
        left = norm[s - 60:s]
        if _LAST_WORD.search(left):
            m = _LEFT_WORD.search(left)
            return _Shifted(m, s - 60 - a) if m is not None else None
    return _LEFT_WORD.search(norm[a:s])


_LAST_WORD = re.compile(r"\s\S+\s*$")


class _Shifted:
    """A match in a tail, with offsets as if found in the whole left part."""

    __slots__ = ("_m", "_d")

    def __init__(self, m: re.Match, d: int):
        self._m, self._d = m, d

    def group(self, i: int = 0) -> str:
        return self._m.group(i)

    def start(self, i: int = 0) -> int:
        return self._m.start(i) + self._d


def _literal_re(words: list[str]) -> list[re.Pattern]:
    """Names and party words as whole words: acronyms (US, PA, WHO) case-sensitive, others not."""
    words = sorted({w.replace("\u2019", "'") for w in words if w.strip()}, key=len, reverse=True)
    out = []
    for acronyms in (False, True):
        chosen = [w for w in words if (all(c.isupper() for c in w if c.isalpha())
                                       and sum(c.isalpha() for c in w) <= 5) == acronyms]
        bounded = [re.escape(w).replace(r"\ ", r"\s+") for w in chosen if w[:1].isalnum() and w[-1:].isalnum()]
        # "U.S.", "Hamas'": bounded on the side that ends in a letter ("breathe U.S." names nobody)
        loose = [(r"(?<![\w-])" if w[:1].isalnum() else "") + re.escape(w).replace(r"\ ", r"\s+")
                 + (r"(?!\w)" if w[-1:].isalnum() else "")
                 for w in chosen if not (w[:1].isalnum() and w[-1:].isalnum())]
        parts = [r"(?<![\w-])(?:" + (_bucketed(bounded) if not acronyms else "|".join(bounded)) + r")(?!\w)"] \
            if bounded else []
        parts += loose
        if parts:
            out.append(re.compile("|".join(parts), 0 if acronyms else re.I))
    return out


# ------------------------------------------------------------------ matching

@dataclass(slots=True)
class _Cue:
    start: int
    end: int
    stance: str
    kind: str  # fwd | after | guard
    scope: frozenset[str] | None
    anaphor: bool = False  # "opposes this": governs the issue just mentioned
    weak: bool = False  # "allowing": gives way to a stronger cue that governs the same issue


@dataclass(slots=True)
class _Term:
    start: int
    end: int
    issue: str
    polarity: int


class _Scanned(list):
    """Matches sorted by start, with the starts alongside for bisecting a sentence's share."""

    def __init__(self, items, key: int = 0):
        super().__init__(items)
        self.starts = [x[key] for x in self]


def _scan_spans(norm: str, tax: Taxonomy, words: Words | None = None) -> tuple[str, list[tuple], list[tuple]]:
    """All issue and cue matches in the text, once: (masked text, terms, cues), each sorted by start."""
    masked, words, terms = _scan_terms(norm, tax, words)
    return masked, terms, _scan_cues(masked, tax, words)


def _scanners(tax: Taxonomy) -> dict:
    c = tax._compiled
    if "scan_terms" not in c:  # built on first use, once per taxonomy
        c["scan_ignore"] = WordScan([c["ignore"]] if c["ignore"] is not None else [])
        c["scan_terms"] = WordScan([rx for _, _, rx in c["terms"]])
        c["scan_cues"] = WordScan([x[3] for x in c["cues"]])
    return c


_NOUN_DET = re.compile(r"\b(?:a|an|any|the|no|this|that|such|new|its|their|his|her)\s+$", re.I)


def _scan_terms(norm: str, tax: Taxonomy, words: Words | None = None) -> tuple[str, Words, _Scanned]:
    """The text with ignored phrases masked, its words, and the issue mentions in it."""
    c = _scanners(tax)
    if words is None:
        words = Words(norm)
    masked = norm
    hits = c["scan_ignore"].finditer_all(norm, words)
    # "any deal with Hamas" is a deal (a noun after a determiner), "to deal with" is not
    ignored = [m for m in (hits[0] if hits else ()) if not (
        m.group(0)[:4].lower() == "deal" and _NOUN_DET.search(norm, max(0, m.start() - 14), m.start()))]
    if ignored:  # "on condition of anonymity to discuss the talks" says nothing
        parts, last = [], 0
        for m in ignored:
            parts += [norm[last:m.start()], re.sub(r"\S", "\x00", m.group(0))]
            last = m.end()
        masked = "".join(parts) + norm[last:]
        n = len(norm)
        if any((0 < m.start() and norm[m.start() - 1].isalnum() and norm[m.start()].isalnum()) or
               (m.end() < n and norm[m.end() - 1].isalnum() and norm[m.end()].isalnum())
               for m in ignored):
            words = Words(masked)  # a phrase cut a word in two: the masked text has words of its own
    found = c["scan_terms"].finditer_all(masked, words)
    terms = [(m.end() - m.start(), m.start(), m.end(), issue, pol)
             for (issue, pol, _), ms in zip(c["terms"], found) for m in ms if m.end() > m.start()]
    # by start (stable: ties keep the taxonomy's order, which the longest-first pick relies on)
    return masked, words, _Scanned(sorted(terms, key=lambda x: x[1]), 1)


def _may_be_in_scope(norm: str, tax: Taxonomy) -> bool:
    """A quick look for the scope words' first letters anywhere in the text: False only when
    none occurs, so the article cannot be in scope."""
    if tax.scope_min <= 0:
        return True
    c = _scanners(tax)
    if "scope_needles" not in c:
        try:
            c["scope_needles"] = tuple(sorted({x[1] for x in _starts(c["scope"])})) if c["scope"] else None
        except Exception:  # noqa: BLE001 - a pattern the quick look cannot read: use the full check
            c["scope_needles"] = None
    needles = c["scope_needles"]
    if not needles:
        return True
    low = norm.lower()
    return any(n in low for n in needles)


def _in_scope(masked: str, tax: Taxonomy, words: Words) -> list[int] | None:
    """Where the article names the conflict the issues belong to ([scope]): the starts of
    the mentions, [] when scope is not checked, None when it names it too seldom."""
    c = _scanners(tax)
    if tax.scope_min <= 0 or c["scope"] is None:
        return []
    if "scan_scope" not in c:
        c["scan_scope"] = WordScan([c["scope"]])
    found = c["scan_scope"].finditer_all(masked, words)[0]
    return [m.start() for m in found] if len(found) >= tax.scope_min else None


def _scan_cues(masked: str, tax: Taxonomy, words: Words, limit: int | None = None) -> _Scanned:
    c = _scanners(tax)
    found = c["scan_cues"].finditer_all(masked, words, limit)
    cues = [(m.end() - m.start(), m.start(), m.end(), stance, kind, scope)
            for (stance, kind, scope, _), ms in zip(c["cues"], found) for m in ms]
    return _Scanned(sorted(cues, key=lambda x: x[1]), 1)


def _within(items: _Scanned, a: int, b: int) -> list[tuple]:
    """The matches that lie inside [a, b)."""
    st = items.starts
    return [x for x in items[bisect_left(st, a):bisect_left(st, b)] if x[2] <= b]


def _find_spans(norm: str, a: int, b: int, tax: Taxonomy, scanned=None) -> tuple[list[_Cue], list[_Term]]:
    """Cue and issue mentions in norm[a:b]; the longest wins where they overlap."""
    masked, all_terms, all_cues = scanned if scanned is not None else _scan_spans(norm, tax)
    terms: list[_Term] = []
    raw = _within(all_terms, a, b)
    for _, s, e, issue, pol in sorted(raw, key=lambda x: (-x[0], x[1])):
        if any(s < t.end and t.start < e for t in terms):
            continue
        terms.append(_Term(s, e, issue, pol))
    cues: list[_Cue] = []
    raw = _within(all_cues, a, b)
    for _, s, e, stance, kind, scope in sorted(raw, key=lambda x: (-x[0], x[1])):
        pool = "after" if kind == "after" else "fwd"
        if any(s < c.end and c.start < e and ("after" if c.kind == "after" else "fwd") == pool
               for c in cues):
            continue
        # A cue that straddles an issue mention is part of it ("to stop" in "stop the war");
        # one that holds a mention in its "_" slot keeps it ("not stop the fighting until").
        if any(s < t.end and t.start < e and not (t.start <= s and e <= t.end)
               and not (s < t.start and t.end < e) for t in terms):
            continue
        anaphor = kind == "fwd" and bool(re.match(r"\s+(?:this|that|these|those|it)\s*(?:[,.;:\"]|$)",
                                                  norm[e:b]))
        if e > s and "\x00" in masked[s:e]:
            continue
        cues.append(_Cue(s, e, stance, "fwd" if kind == "weak" else kind, scope, anaphor, kind == "weak"))
    cues.sort(key=lambda c: c.start)
    terms.sort(key=lambda t: t.start)
    return cues, terms


def _gap(norm: str, a: int, b: int) -> tuple[int, bool]:
    """Word tokens between offsets a and b, and whether a hard boundary (; or sentence end) intervenes."""
    if b <= a:
        return 0, False
    return len(_TOKEN.findall(norm, a, b)), bool(_HARD.search(norm[a:b]))


_TOKEN = re.compile(r"[\w][\w'-]*")
_HARD = re.compile(r"[;]|[.!?](?:\s|$)")
_NEG_TOKEN = re.compile(r"[\w][\w'-]*|[,;:()\"\u2014]")
_BEFORE_TOKEN = re.compile(r"[\w][\w'-]*|[,;:\"(]")
_AFTER_TOKEN = re.compile(r"[\w][\w'-]*|[,;:.\"]")


def _last_tokens(rx: re.Pattern, norm: str, a: int, b: int, n: int) -> list[re.Match]:
    """The last `n` tokens of norm[a:b] (read from a short tail when that holds more than
    `n` tokens: only the first token of a tail can be cut, and later ones are the same)."""
    if b - a > 80:
        got = list(rx.finditer(norm, b - 80, b))
        if len(got) > n:
            return got[-n:]
    return list(rx.finditer(norm, a, b))[-n:] if n else []


_MAX_FIRST = 14  # words from a cue to the first issue it governs
_BLAME = re.compile(r"criticis|criticiz|condemn|blam|accus|denounc|slam|lambast|blast|decr", re.I)
_MAX_WEAK = 4    # ... from a weak cue ("proposed the release of 40 hostages")
_MAX_AFTER = 9   # words from an issue to a following cue ("... are a precondition")
# Between a cue and the first issue it governs: no new clause, no other finite verb.
_CLAUSE_BREAK = re.compile(r"\b(?:but|because|although|though|while|whereas|since|which|who|whom|whose|"
                           r"where|before|after|until|unless|if|whether|would|will|could|can|should|"
                           r"may|might|is|are|was|were|has|have|had|does|did|said|says|not|"
                           # "demands in response to a ceasefire proposal": what they answered
                           r"in\s+(?:response|reply|reaction)\s+to|responding\s+to|replying\s+to)\b|[()]"
                           # "warned against falling into his trap, alleging that he uses negotiations":
                           # a participle opens a clause of its own
                           r"|,\s+(?:alleging|accusing|saying|claiming|charging|noting|adding|arguing|insisting|"
                           r"warning|stressing|describing)\b",
                           re.I)
# (a term demanded as what another leads to is demanded too: "a permanent ceasefire that
# would lead to a full withdrawal")
_COORD = re.compile(r"(?:,|\band\b|\bor\b|\bincluding\b|\bas well as\b|\bplus\b|\bnor\b|"
                    r"\b(?:that|which)\s+(?:would|will|could)\s+lead\s+to\b|\bleading\s+to\b)", re.I)


def _coordinated(norm: str, a: int, b: int, mentions_between: bool) -> bool:
    """Is norm[a:b] the glue of a list ("..., the withdrawal of the IDF ... and leaving ...")?"""
    piece = norm[a:b]
    g, hard = _gap(norm, a, b)
    return not hard and not mentions_between and g <= 12 and bool(_COORD.search(piece)) \
        and not re.search(r"[:\u2014]|\b(?:before|after|until|because|if|unless|while|when|but|"
                          r"us|them|we|they|he|she|it|him|her)\b", piece, re.I)


def _negation(norm: str, a: int, pos: int, cues: list[_Cue], tax: Taxonomy, window: int) -> str | None:
    """'firm' or 'plain' when a negator stands within `window` words before `pos`."""
    toks = [(m.start(), m.end(), m.group(0)) for m in _last_tokens(_NEG_TOKEN, norm, a, pos, window)]
    for i in range(len(toks) - 1, -1, -1):
        if not toks[i][2][0].isalnum():
            toks = toks[i + 1:]
            break
    ignore = tax._compiled.get("ignore")
    for s, e, w in toks:
        lw = w.lower()
        if ignore is not None and lw in ("no", "not", "never") and any(
                im.start() <= s and e <= im.end() for im in ignore.finditer(norm, max(a, s - 24), e + 24)):
            continue  # "spare no effort to secure a deal": an idiom's "no" negates nothing
        # a word of another cue is no negator - unless it is one ("refused to accept")
        if any(c.start <= s < c.end for c in cues) and lw not in tax._compiled["negators"]:
            continue
        if lw in tax._compiled["negators"] or lw.endswith("n't"):
            firm = tax._compiled["firm"]
            ctx = norm[max(a, s - 12):e + 12]
            if firm is not None and firm.search(ctx):
                return "firm"
            return "plain"
    return None


_FLIP = {"supports": ("opposes", "rejects"), "opposes": ("supports", "supports"),
         "demands": ("opposes", "rejects"), "rejects": (None, None),
         "conditional": ("conditional", "conditional")}
_AGAINST = {"demands": "opposes", "supports": "opposes", "opposes": "supports",
            "rejects": "demands", "conditional": "conditional"}


def _stance_of(norm: str, a: int, cue: _Cue, term: _Term, cues: list[_Cue], tax: Taxonomy) -> str | None:
    stance = cue.stance
    neg = _negation(norm, a, cue.start, cues, tax, tax.window) if cue.kind == "fwd" else None
    if cue.kind == "after" and re.search(r"\b(?:not|no|never)\b|n't\b", norm[cue.start:cue.end], re.I):
        neg = "plain"
    if neg:
        stance = _FLIP[stance][1 if neg == "firm" else 0]
        if stance is None:
            return None
    polarity = term.polarity
    if cue.kind == "fwd" and term.start > cue.end and \
            _negation(norm, cue.end, term.start, cues, tax, 1):
        polarity = -polarity  # "has to ... not continue the war"
    undo = tax._compiled["undo"]
    if undo is not None and cue.kind == "fwd" and term.start > cue.end:
        # "called for an end to the blockade of aid", "urged Israel to lift restrictions on
        # aid": undoing the opposite of an issue (or the issue) turns it round
        for um in undo.finditer(norm, cue.end, term.start):
            if _gap(norm, um.end(), term.start)[0] <= 2 and not re.search(r"[,;:.]", norm[um.end():term.start]):
                polarity = -polarity
                break
    if polarity < 0:
        stance = _AGAINST[stance]
    return stance


def _governed(norm: str, cue: _Cue, terms: list[_Term], cues: list[_Cue],
              mention_spans: list[tuple[int, int]]) -> list[_Term]:
    """The issue mentions a forward cue governs: the first one after it and those listed with it."""
    out: list[_Term] = []
    # "The offer, which Hamas rejected, included a truce": the cue closes a relative clause,
    # and its object is the noun before "which", not the issue after the clause.
    if re.match(r"\s*[,\u2013\u2014]", norm[cue.end:cue.end + 3]) and \
            re.search(r"\b(?:which|whom)\s+(?:[\w'-]+\s+){0,4}$", norm[max(0, cue.start - 60):cue.start], re.I):
        return out
    for t in terms:
        if cue.scope is not None and t.issue not in cue.scope:
            if out:
                break
            continue
        if t.end <= cue.start:
            continue
        inside = t.start <= cue.start and cue.end <= t.end
        if not out:
            if inside:
                out.append(t)
                continue
            if t.start < cue.end:
                continue
            g, hard = _gap(norm, cue.end, t.start)
            other = any(c is not cue and c.kind == "fwd" and c.scope is None and not c.weak
                        and cue.end <= c.start and c.end <= t.start for c in cues)
            if hard or g > (_MAX_WEAK if cue.weak else _MAX_FIRST) or other \
                    or _CLAUSE_BREAK.search(norm[cue.end:t.start]):
                break
            # "criticised the government for stalling the talks": the issue is in the conduct
            # blamed, so the criticism says nothing direct about it.
            if _BLAME.match(norm, cue.start) and re.search(r"\b(?:for|of)\s+\w+ing\b", norm[cue.end:t.start]):
                break
            # "insisted that any deal must allow ...": the deal is the subject of the inner cue.
            if any(c.kind == "fwd" and not c.weak and c.scope is None and c.stance != "conditional"
                   and t.end <= c.start
                   and _gap(norm, t.end, c.start)[0] <= 1 and not _gap(norm, t.end, c.start)[1]
                   for c in cues):
                continue
            out.append(t)
        else:
            prev = out[-1]
            between = any(prev.end <= s and e <= t.start for s, e in mention_spans)
            other = any(c is not cue and c.kind == "fwd" and not c.weak and prev.end <= c.start
                        and c.end <= t.start for c in cues)
            if other or not _coordinated(norm, prev.end, t.start, between):
                break
            out.append(t)
    return out


def _governed_before(norm: str, end: int, terms: list[_Term], mention_spans, limit: int,
                     commas: bool = False) -> list[_Term]:
    """The issue mention just before `end` and those listed with it (for "... are a precondition")."""
    before = [t for t in terms if t.end <= end]
    if not before:
        return []
    last = before[-1]
    g, hard = _gap(norm, last.end, end)
    if hard or g > limit or re.search(r"[,\u2014]", norm[last.end:end]):
        return []
    out = [last]
    for t in reversed(before[:-1]):
        between = any(t.end <= s and e <= out[-1].start for s, e in mention_spans)
        if not _coordinated(norm, t.end, out[-1].start, between) or \
                (not commas and "," in norm[t.end:out[-1].start]):
            break
        out.append(t)
    return out


# "a failure to reach X", "the collapse of X", "without X": what an after-cue judges is X's absence
_LACK_BEFORE = re.compile(r"\b(?:failure\s+to\s+\w+|fail(?:s|ed|ing)?\s+to\s+\w+|collapse\s+of|absence\s+of|"
                          r"lack\s+of|without|no)\s+(?:(?:a|an|the|any)\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def _associate(norm: str, a: int, b: int, cues: list[_Cue], terms: list[_Term], tax: Taxonomy,
               mention_spans: list[tuple[int, int]], prev_terms: list[_Term],
               quoted=lambda pos: False) -> list[tuple[_Cue | None, _Term, str]]:
    """(cue, term, stance) for each issue mention that a cue (or a firm negation) governs."""
    guards = [c for c in cues if c.kind == "guard"]
    fwd = [c for c in cues if c.kind == "fwd"]
    chosen: dict[int, _Cue] = {}  # id(term) -> cue
    rank: dict[int, int] = {}
    for c in cues:
        if c.kind != "after":
            continue
        inside = [t for t in terms if t.start <= c.start and c.end <= t.end]
        near = inside or _governed_before(norm, c.start, [t for t in terms
                                                         if c.scope is None or t.issue in c.scope],
                                          mention_spans, _MAX_AFTER)
        for t in near:
            if _LACK_BEFORE.search(norm, max(a, t.start - 30), t.start):
                continue  # "a failure to reach a ceasefire would be a catastrophe": the lack of it
            g, _ = _gap(norm, t.end, c.start)
            r = 0 if (inside or g <= 3) else 2
            if id(t) not in rank or r < rank[id(t)]:
                chosen[id(t)], rank[id(t)] = c, r
    for c in fwd:
        if c.anaphor:
            continue
        for t in _governed(norm, c, terms, fwd, mention_spans):
            if rank.get(id(t), 9) <= 0:
                continue
            cur = chosen.get(id(t))
            if cur is None or rank[id(t)] == 2 or (cur.kind == "fwd" and (
                    (cur.weak and not c.weak) or (c.weak == cur.weak and c.start > cur.start))):
                chosen[id(t)], rank[id(t)] = c, 1
    # "We will not agree to a ceasefire ..., nor to a retreat": the same verb again.
    for i, t in enumerate(terms):
        if id(t) in chosen or not re.search(r"\bnor\s+(?:to\s+|on\s+|for\s+)?(?:the\s+|a\s+|an\s+|any\s+)?$",
                                            norm[max(a, t.start - 20):t.start], re.I):
            continue
        prior = [chosen[id(p)] for p in terms[:i] if id(p) in chosen and chosen[id(p)].kind == "fwd"]
        if prior:
            chosen[id(t)], rank[id(t)] = prior[-1], 1
            for prev, nxt in zip(terms[i:], terms[i + 1:]):  # "... nor to a retreat and return of ..."
                if id(nxt) in chosen or not _coordinated(norm, prev.end, nxt.start, False):
                    break
                chosen[id(nxt)], rank[id(nxt)] = prior[-1], 1
    out: list[tuple[_Cue | None, _Term, str]] = []
    for t in terms:
        # Issues after a guard ("as long as the war continues") are the condition, not a position.
        in_condition = any(g.end <= t.start and not _gap(norm, g.end, t.start)[1] for g in guards)
        c = chosen.get(id(t))
        if in_condition and (c is None or c.start < max(g.end for g in guards if g.end <= t.start)):
            continue
        if c is None:
            neg = _negation(norm, a, t.start, cues, tax, 2)
            if neg == "firm":
                # "we cannot retreat": rejects; "would not resume the war": the opposite
                stance = "rejects" if t.polarity > 0 else _AGAINST["rejects"]
            elif neg and _guarded(norm, t, guards):
                stance = "conditional"
            else:
                continue
            out.append((None, t, stance))
            continue
        # "opposed sending any delegation": the outer verb decides, not the weak scoped one.
        # But "insists on an end to military operations": demanding an end is opposing.
        if c.kind == "fwd" and c.scope is not None:
            for c0 in fwd:
                if c0.scope is None and c0.end <= c.start and _gap(norm, c0.end, c.start)[0] <= 2 \
                        and not _gap(norm, c0.end, c.start)[1] \
                        and not (c.stance in ("opposes", "rejects") and c0.stance in ("demands", "supports")):
                    c = c0
        # "rejected demands to withdraw", "is opposed to accepting a truce", "vetoed a resolution
        # demanding a truce", "objected to agreeing to": the refusal just before the inner cue
        # is the stance (unless the inner one is another side's, "rejected Hamas's demand").
        if c.kind == "fwd" and c.scope is None and c.stance in ("demands", "supports"):
            for c0 in fwd:
                if c0.end <= c.start and c0.stance in ("rejects", "opposes") and c0.scope is None \
                        and _gap(norm, c0.end, c.start)[0] <= 3 \
                        and not re.search(r"[,;:]|\b(?:but|and|or|while|yet)\b|\w's?\s|s'\s|\b(?:their|his|her|its)\b",
                                          norm[c0.end:c.start]) \
                        and not any(c0.end <= x.start and x.end <= c.start for x in terms):
                    c = c0
                    break
        # "resisted calls for a truce", "faced demands to withdraw": calls and demands that no
        # side named here makes are nobody's stance.
        if c.kind == "fwd" and c.scope is None and _NOMINAL.match(norm, c.start):
            before = re.findall(r"[\w'-]+", norm[max(a, c.start - 40):c.start])
            prev = before[-1:]
            own = any(w.lower() in ("its", "their", "his", "her", "our", "my") for w in before[-3:])
            if prev and prev[0][:1].islower() and prev[0].lower() not in _PLAIN_SUBJECT \
                    and not prev[0].lower().endswith("ly") and not prev[0].endswith("'s") and not own:
                continue  # ("sticking to its original demands for ...": the subject's own)
        # "stressed the need for Israel to agree to X", "urged Hamas to accept X": a demand for X.
        if c.kind == "fwd" and c.stance != "demands":
            for c0 in fwd:
                if c0.stance == "demands" and c0.scope is None and c0.end <= c.start \
                        and re.fullmatch(r"\s+(?:for\s+|on\s+)?(?:[\w'-]+\s+){1,4}?to\s+", norm[c0.end:c.start]):
                    c = _Cue(c0.start, c0.end, "demands", "fwd", None)
            # "Hamas must accept the deal", "Israel needs to agree to a truce": what a side
            # must do is a demand on it, whoever says it (the modal is the cue, so a quote's
            # speaker telling another side holds it)
            if c.stance == "supports" and c.scope is None:
                for c0 in fwd:
                    if c0.stance == "demands" and c0.scope is None and c0.end <= c.start and \
                            _DEONTIC.fullmatch(norm[c0.start:c0.end]) and \
                            re.fullmatch(r"\s+(?:(?:now|just|simply|also|still|finally)\s+)?", norm[c0.end:c.start]) \
                            and not re.search(r"\b(?:we|I)\s+$", norm[max(a, c0.start - 4):c0.start]):
                        c = _Cue(c0.start, c0.end, "demands", "fwd", None)  # (not "we must accept")
            # "Biden told Netanyahu to accept X", "asked Hamas to agree to X": a demand too
            if c.stance == "supports" and c.scope is None and not c.weak:
                tm = _TOLD_TO.search(norm, max(a, c.start - 60), c.start)
                if tm:
                    c = _Cue(tm.start(), c.end, "demands", "fwd", None)
        if c.stance == "conditional" and c.kind == "fwd" and not quoted(c.start) \
                and re.match(r"in\s|condition|precondition|provided|on\s", norm[c.start:c.end], re.I):
            # "X in exchange for Y" in prose is a deal's terms, not a stance, unless a
            # party's stance governs X ("Hamas insisted on a ceasefire in exchange for ...").
            lead = _governed_before(norm, c.start, terms, mention_spans, 3)
            lead_cue = chosen.get(id(lead[0])) if lead else None
            if lead_cue is None or lead_cue.stance == "conditional":
                continue
            c = _Cue(lead_cue.start, c.end, "conditional", "fwd", None)
        if _deed(norm, a, c, tax) or _plan_does(norm, a, c, terms, tax):
            continue
        stance = _stance_of(norm, a, c, t, cues, tax)
        if stance is None or _at_plan(norm, c, t, tax) or _topic(norm, c, t, fwd, tax):
            continue
        if stance != "demands" and _guarded(norm, t, guards):
            stance = "conditional"
        # "would not accept a deal that does not end the war", "rejects any truce that leaves
        # Hamas intact", "will not accept a deal without a withdrawal": a refusal of some
        # versions only, on a condition - not of the issue.
        # ("rejected ceasefire proposals that did not include this requirement": the plan word
        # may stand between the issue and the restriction)
        pw = re.match(r"\s+(?:proposals?|plans?|offers?|deals?|drafts?|terms)\b", norm[t.end:t.end + 20], re.I)
        t_end = t.end + pw.end() if pw else t.end
        if stance in ("rejects", "opposes") and c.kind == "fwd" and _RESTRICTED.match(norm, t_end) and \
                (re.search(r"\b(?:any|a|an|no)\s+(?:[\w-]+\s+){0,2}$", norm[max(a, t.start - 30):t.start], re.I)
                 or re.match(r"\s+(?:without|unless|if)\b", norm[t_end:t_end + 10], re.I)
                 or (pw and re.search(r"s\b", pw.group(0)))):
            stance = "conditional"
        out.append((c, t, stance))
        # "rejected Hamas's demand for X": the outer cue takes X as well.
        if c.stance == "demands" and c.kind == "fwd":
            for c0 in fwd:
                if c0.end <= c.start and c0.stance in ("rejects", "opposes", "supports") \
                        and re.fullmatch(r"\s+(?:\w+\s+){0,2}?[\w']+\s+", norm[c0.end:c.start] + " ") \
                        and _gap(norm, c0.end, c.start)[0] <= 3:
                    st = _stance_of(norm, a, c0, t, cues, tax)
                    if st:
                        # "refused to give guarantees of X", "rejected the call for X": with
                        # nobody else's demand named between, the outer verb is the stance.
                        if re.fullmatch(r"\s+(?:to\s+)?(?:(?:give|offer|provide|make|issue)\s+)?"
                                        r"(?:(?:any|the|a|an|such)\s+)?", norm[c0.end:c.start]):
                            out.pop()
                        out.append((c0, t, st))
    # "Netanyahu strongly opposes this": the issues just named, here or in the sentence before.
    for c in fwd:
        if not c.anaphor or c.stance not in ("rejects", "opposes", "supports"):
            continue
        pool = [t for t in terms if t.end <= c.start] or prev_terms
        if not pool:
            continue
        ref = _governed_before(norm, pool[-1].end, pool, [], 99, commas=True)
        for t in ref:
            stance = _stance_of(norm, a, c, t, cues, tax)
            if stance:
                out.append((c, t, stance))
    return out


_INTENT = re.compile(r"\b(?:(?:will|would|can|could|shall|must|should|may|might|wo|ca)(?:n't|not)?|to|ready|"
                     r"prepared|willing)\b|'ll\b", re.I)


def _deed(norm: str, a: int, c: _Cue, tax: Taxonomy) -> bool:
    """Does the cue tell what a side did ("Israel allowed a surge of aid", "Israel allows
    limited food into Gaza") rather than what it wants or decided?  A deed is no stated
    position; "will allow", "can allow", "agreed to allow" still are."""
    deeds = tax._compiled["deeds"]
    if deeds is None or c.kind != "fwd" or deeds.match(norm, c.start, c.end) is None:
        return False
    before = " ".join(m.group(0) for m in _last_tokens(_TOKEN, norm, a, c.start, 3))
    # "began to allow", "continues to block": still a deed
    if re.search(r"\b(?:beg[au]n|begins?|start\w*|continu\w*|kept|keeps?|resum\w*)\s+to$", before, re.I):
        return True
    return _INTENT.search(before) is None


# "abandon plans for a ground invasion", "block the plan for aid": acting against a plan
# is acting against what it would do, not turning down an offer.
_UNDO = re.compile(r"abandon|avoid|prevent|block|obstruct|forbid|halt|stop|end\b|call\w*\s+off", re.I)


_MODALS = re.compile(r"(?:\s+(?:would|will|could|can|might|may|also|then|not|never|eventually|"
                     r"effectively|only|still))+\s+$", re.I)


def _plan_does(norm: str, a: int, c: _Cue, terms: list[_Term], tax: Taxonomy) -> bool:
    """Is the cue what a plan or deal would do ("the proposal would allow Israel to resume
    the war", "the deal would allow aid in"), told by whoever describes it?  Saying what an
    offer does is no stance of the one who says it."""
    deeds = tax._compiled["deeds"]
    plans = tax._compiled["plans"]
    if deeds is None or c.kind != "fwd" or deeds.match(norm, c.start, c.end) is None:
        return False
    m = _MODALS.search(norm, max(a, c.start - 60), c.start)
    if m is None:
        return False
    end = m.start()
    if any(t.end == end for t in terms):
        return True
    word = re.search(r"[\w'-]+$", norm[max(a, end - 40):end])
    return word is not None and plans is not None and plans.fullmatch(word.group(0)) is not None


_VOICED = re.compile(r"(?:\w's?|s'|\b(?:voic|express|level|issu|renew|repeat|sharpen|stepp\w*\s+up|"
                     r"step\w*\s+up|add|join)\w*)\s+(?:[\w-]+\s+)?$", re.I)


def _topic(norm: str, c: _Cue, t: _Term, fwd: list[_Cue], tax: Taxonomy) -> bool:
    """Is the issue only the topic of what the cue is about ("refused to comment on the
    talks", "dismissed reports that a deal was close", "condemned the killing of hostages",
    "dismissed the criticism of its offensive")?"""
    topics = tax._compiled["topics"]
    if topics is None or c.kind != "fwd":
        return False
    if c.end <= t.start and topics.search(norm, c.end, t.start) is not None:
        return True
    # A cue that is itself such a word ("criticism") is someone's only when they own or
    # voice it ("Egypt's criticism of", "Egypt voiced criticism of"); "brushed aside the
    # criticism", "faced criticism" are others'.
    if topics.fullmatch(norm, c.start, c.end) is None:
        return False
    return _VOICED.search(norm, max(0, c.start - 40), c.start) is None


_OFFERED = re.compile(r"\s+(?:(?:that|which)\s+(?:[\w'-]+\s+){1,3}|(?:being\s+|recently\s+|currently\s+)?)"
                      r"(?:propos\w+|offer\w*|put\s+forward|present\w*|draft\w*|tabl\w+|submit\w*|"
                      r"brokered|laid\s+out|unveil\w*|outlined|on\s+the\s+table)\b", re.I)


def _at_plan(norm: str, c: _Cue, t: _Term, tax: Taxonomy) -> bool:
    """Is opposition or criticism aimed at one version of the issue ("criticised the truce
    plan", "the ceasefire terms are unacceptable") rather than at the issue?  Criticising
    an offer says what a side finds wrong with it, not that it opposes a truce.  Turning
    one down outright is `rejects`, the refusal of a proposal, and is not caught here."""
    plans = tax._compiled["plans"]
    if plans is None or c.stance != "opposes" or _UNDO.match(norm, c.start):
        return False
    if c.kind == "after":  # "the ceasefire proposal is unacceptable"
        return t.end <= c.start and plans.search(norm, t.end, c.start) is not None
    if c.kind != "fwd" or t.start < c.end:
        return False
    for m in plans.finditer(norm, c.end, t.start):  # "rejected the proposal for a hostage release"
        if re.match(r"\s+(?:for|on|of|about|to)\b", norm[m.end():t.start]):  # (and "offers to end the war")
            return True
    # "rejected the deal that Israel proposed", "the truce put forward by Egypt": an offer
    if _OFFERED.match(norm, t.end):
        return True
    # "rejected the latest truce plan", "Hamas's proposed ceasefire terms": the issue names
    # the plan that follows it (one word may come between: "ceasefire deal terms").
    m = re.match(r"\s+(?:[\w-]+\s+)?", norm[t.end:t.end + 40])
    if m is None:
        return False
    return plans.match(norm, t.end + m.end()) is not None or plans.match(norm, t.end + len(
        re.match(r"\s*", norm[t.end:t.end + 5]).group(0))) is not None


_NOMINAL = re.compile(r"(?:calls|demands|appeals)\b", re.I)
_PLAIN_SUBJECT = {"he", "she", "it", "they", "we", "i", "who", "which", "that", "also", "still", "now",
                  "repeatedly", "again", "then", "and", "has", "have", "had", "publicly", "officials",
                  "leaders", "government", "ministers", "families", "protesters", "mediators"}


_TOLD_TO = re.compile(r"\b(?:told|tells|tell|asked|asks|ask|pressed|presses|pushed|pushes|encouraged|"
                      r"encourages|implored|begged|advised|instructed)\s+(?:[\w'-]+\s+){1,4}?to\s+$", re.I)


_RESTRICTED = re.compile(r"\s+(?:(?:that|which)\s+(?:\w+\s+)?(?:does|do|did|would|will|could|can|should)?\s*"
                         r"(?:not\b|n't\b|fails?\b|leaves?\b|keeps?\b|allows?\b|includes?\b|guarantees?\b|"
                         r"ends?\b|lets?\b)|without\b|unless\b|if\s+it\b)", re.I)


def _guarded(norm: str, t: _Term, guards: list[_Cue]) -> bool:
    for g in guards:
        gg, hard = _gap(norm, t.end, g.start)
        if g.start >= t.end and not hard and gg <= 6:
            return True
    return False


# ------------------------------------------------------------------ main entry

def _holders_for(actors, tax: Taxonomy) -> _Holders:
    """The name finder for this actors table and taxonomy, built once per pair (its
    alternations over every name are the costliest thing to build)."""
    cache = tax._compiled.setdefault("holders", {})
    hit = cache.get(id(actors))
    if hit is not None and hit[0] is actors:
        return hit[1]
    if len(cache) >= 8:
        cache.clear()
    h = _Holders(actors, tax)
    cache[id(actors)] = (actors, h)
    return h


def extract_positions(text: str, meta: ArticleMeta, quotes: list[Quote],
                      reported: list[Reported], actors=None, taxonomy: Taxonomy | None = None,
                      speakers=()) -> list[Position]:
    """Positions stated in `text`: one per (party, issue, stance) and sentence.

    `quotes` and `reported` give holders for the words inside them; elsewhere the
    holder is the party that is the subject of the sentence (or a pronoun that
    refers back to the last speaker).  `speakers` are (start, end, party, name, is_person)
    of speaker mentions the attribution resolved, holders besides the party names the
    actors table gives.  Offsets are into `text`, and `text[p.start:p.end] == p.evidence`.
    """
    tax = taxonomy or _default_taxonomy()
    if actors is None:
        try:
            from extract.actors import load_actors
            actors = load_actors()
        except Exception:  # noqa: BLE001 - positions still come from quotes without the table
            actors = None
    holders = _holders_for(actors, tax)
    norm = _normalise(text)
    # Quotes and reports whose side is unknown still mark their words as someone else's.
    quotes = sorted(quotes, key=lambda q: q.start)
    rep = sorted(reported, key=lambda r: r.start)
    positions: list[Position] = []
    seen: set[tuple] = set()
    ctx = _Context(tax.anaphora)
    if not _may_be_in_scope(norm, tax):
        return []  # not one word of the conflict: nothing to read (most articles that are not about it)
    norm_words = Words(norm)
    masked, words, terms = _scan_terms(norm, tax, norm_words)
    if not terms:
        return []  # no issue named anywhere: no position (most articles that are not about the talks)
    scope_at = _in_scope(masked, tax, words)
    if scope_at is None:
        return []  # "deal", "talks", "military action" in an article about something else
    sentences = _without_header_keys(text, split_sentences(text))
    # An article about something else that names the conflict once (a profile, a round-up)
    # still gives nothing away from that mention: the "deal" or "talks" there are others'.
    near = None
    if scope_at and tax.scope_window >= 0:
        ends = [b for _, b in sentences]
        hit = sorted({bisect_left(ends, p + 1) for p in scope_at})
        near = {i + d for i in hit for d in range(-tax.scope_window, tax.scope_window + 1)}
    # Nothing after the sentence after the last issue mention can give a position: the
    # cues and names there are not needed.
    nxt = bisect_left([b for _, b in sentences], terms[-1][2]) + 1
    while nxt < len(sentences) and _skipped(norm, *sentences[nxt]):
        nxt += 1
    limit = sentences[nxt][1] if nxt < len(sentences) else None
    scanned = (masked, terms, _scan_cues(masked, tax, words, limit))
    scanned_names = holders.scan(norm, norm_words, limit)
    prev: tuple[int, int, list[_Term]] | None = None
    pending: list[tuple[int, int]] = []  # sentences read only for the antecedents they give
    quoted = lambda pos: _containing(quotes, pos) is not None  # noqa: E731
    for si, (s0, s1) in enumerate(sentences):
        if _skipped(norm, s0, s1):
            continue
        prev_terms = prev[2] if prev is not None and prev[2] and _same_paragraph(text, prev[1], s0) else []
        if not prev_terms and not _within(scanned[1], s0, s1):
            pending.append((s0, s1))  # no issue named here or just before: no position
            prev = (s0, s1, [])
            continue
        cues, terms = _find_spans(norm, s0, s1, tax, scanned)
        if not terms and not any(c.anaphor for c in cues):
            pending.append((s0, s1))
            prev = (s0, s1, terms)
            continue
        for p0, p1 in pending:  # "he", "the group": the antecedents up to this sentence
            ctx.update(norm, p0, p1, holders.mentions(norm, p0, p1, scanned_names), quotes, actors)
        pending.clear()
        mentions = _with_speakers(holders.mentions(norm, s0, s1, scanned_names), speakers, s0, s1)
        spans = [(m.start, m.end) for m in mentions if _is_subject(norm, s0, s1, m)]
        found = _associate(norm, s0, s1, cues, terms, tax, spans, prev_terms, quoted) \
            if near is None or si in near else []
        if near is None or si in near:
            found += _threats(norm, s0, s1, terms)
            found += _imperatives(norm, s0, s1, terms, quotes, found)
        for cue, term, stance in found:
            anchor = cue.start if cue is not None else term.start
            if cue is not None and stance == "demands" and _INSISTED_FACT.match(norm, cue.start, s1):
                continue  # "insisted that indirect talks had resumed": a claim of fact, no demand
            retract = tax._compiled["retract"]
            if cue is not None and cue.kind == "fwd" and retract is not None and cue.end < term.start and \
                    retract.search(norm, cue.end, term.start):
                continue  # "ready to drop its demand for a permanent ceasefire": a demand let go
            if _hypothetical(norm, s0, anchor, cue, tax) or _asked(norm, anchor, s1) or \
                    (cue is None and _WANTED_THAT.search(norm, s0, anchor)) or \
                    (cue is not None and _speculated(norm, s0, cue) and not quoted(anchor)
                     and _containing(rep, anchor) is None):
                continue
            free = [m for m in mentions if not any(t.start <= m.start < t.end for t in terms)]
            if cue is not None and cue.kind == "after":
                # "Hamas will release the hostages only if ...": the issue named before the cue
                # ("the hostages") is what is held out, never who holds it
                free = [m for m in free if not (m.start < term.end and term.start < m.end)]
            wanted = _WANTED_THAT.search(norm, s0, anchor) if cue is not None else None
            for holder in _holder_for(norm, anchor, term, s0, s1, quotes, rep, free, cue, ctx, tax, terms):
                if _believed(rep, anchor, holder.party, tax) or _guessed(norm, s0, anchor, holder, tax):
                    continue
                if wanted is not None:
                    # "Egypt asked that Hamas accept the truce": Egypt's demand, not Hamas's stance
                    that = wanted.start() + wanted.group(0).lower().rindex("that")
                    if holder.start is not None and holder.start > that:
                        continue
                    if stance == "supports":
                        stance = "demands"
                lo = min(anchor, term.start, holder.start if holder.start is not None else anchor)
                if term.end <= s0 and prev is not None:
                    lo = prev[0]
                hi = max(term.end, cue.end if cue is not None else term.end)
                q = _containing(quotes, anchor)
                e0, e1 = _evidence(norm, s0, s1, lo, hi, q)
                key = (holder.party, term.issue, stance, s0)
                if not holder.party or key in seen or (holder.speaker and is_outlet(holder.speaker)):
                    continue  # (an outlet reports positions; it holds none)
                seen.add(key)
                r = _containing(rep, anchor)
                date = q.date if q is not None else (r.date if r is not None else None)
                positions.append(Position(
                    article=meta.name, party=holder.party, speaker=holder.speaker, issue=term.issue,
                    stance=stance, evidence=text[e0:e1], date=date, start=e0, end=e1,
                    quote_start=q.start if q is not None else None))
        ctx.update(norm, s0, s1, mentions, quotes, actors)
        prev = (s0, s1, terms)
    positions.sort(key=lambda p: (p.start, p.party, p.issue))
    return positions


# "threatened to quit the government if the deal goes ahead": a side opposes what it would
# leave over ("unless": demands it).  The condition is no one's stance otherwise, so the
# issue after "if" is read here, not by the cues.
_THREAT = re.compile(r"(?:\bthreat(?:en(?:s|ed|ing)?|s)?\s+(?:to\s+)?(?:quit|resign|leave|bolt|topple|bring\s+down|"
                     r"collapse|dissolve|withdraw\s+from|pull\s+out\s+of|walk\s+out\s+of|exit)\b|"
                     # "his party will withdraw from the coalition if ...", "vowed to resign from the
                     # government if ...": a promise to leave, with what is left named
                     r"\b(?:will|would|(?:vow|pledg|promis)\w*\s+(?:[\w'\u2019-]+\s+){0,3}?to)\s+(?:quit|resign(?:\s+from)?|leave|bolt|"
                     r"topple|bring\s+down|collapse|dissolve|withdraw\s+from|pull\s+out\s+of|walk\s+out\s+of|exit)"
                     r"\s+(?:[\w'\u2019-]+\s+){0,5}?(?:government|coalition|cabinet)\b)[^.;:]{0,140}?"
                     r"\b(if|unless|should)\b", re.I)


# A quoted sentence that opens on a command is the speaker's demand: "Sign the deal, save
# the hostages", "Stop the war now", "Let the aid in".  Linguistic, not domain data.
_IMPERATIVE = re.compile(r"(?:[\"'\u2018\u201c(\[]\s*)?(?:(?:please|now|just|so|and)\s*,?\s+)?"
                         r"(sign|save|stop|end|bring|release|free|let|allow|open|reopen|reach|accept|return|halt|"
                         r"lift|agree|make|get|send|resume|restore|deliver|seal|close|conclude|finish|take)\b", re.I)
_CLAUSE_OPEN = re.compile(r"[.!?;]\s+|,\s+(?=(?:sign|save|stop|end|bring|release|free|let|allow)\b)", re.I)


def _imperatives(norm: str, s0: int, s1: int, terms: list[_Term], quotes: list[Quote],
                 found) -> list[tuple[_Cue, _Term, str]]:
    """Issues commanded at the opening of a quoted clause; the quote's speaker holds them."""
    out = []
    taken = {id(t) for _, t, _ in found}
    for q in quotes:
        if q.end <= s0 or q.start >= s1:
            continue
        lo, hi = max(q.start, s0), min(q.end, s1)
        opens = [lo] + [m.end() for m in _CLAUSE_OPEN.finditer(norm, lo, hi)]
        for at in opens:
            im = _IMPERATIVE.match(norm, at, hi)
            if im is None or (at == lo and lo > q.start):
                continue  # (a sentence cut mid-quote is no opening)
            verb_end = im.end(1)
            for t in terms:
                if t.end <= im.start(1) or t.start >= hi or id(t) in taken:
                    continue
                g, hard = _gap(norm, verb_end, t.start) if t.start >= verb_end else (0, False)
                if hard or g > 4 or re.search(r"[,;:]", norm[verb_end:max(verb_end, t.start)]):
                    break
                stance = "demands" if t.polarity > 0 else "opposes"
                out.append((_Cue(im.start(1), verb_end, stance, "fwd", None), t, stance))
                break
    return out


def _threats(norm: str, s0: int, s1: int, terms: list[_Term]) -> list[tuple[_Cue, _Term, str]]:
    """The issue in the condition of a threat to leave ("... if the deal goes ahead")."""
    out = []
    for tm in _THREAT.finditer(norm, s0, s1):
        for t in terms:
            if t.start < tm.end():
                continue
            g, hard = _gap(norm, tm.end(), t.start)
            if hard or g > 12:
                break
            stance = "demands" if tm.group(1).lower() == "unless" else "opposes"
            if t.polarity < 0:
                stance = _AGAINST[stance]
            out.append((_Cue(tm.start(), tm.end(), stance, "fwd", None), t, stance))
            break
    return out


def _with_speakers(mentions: list[_Mention], speakers, s0: int, s1: int) -> list[_Mention]:
    """The sentence's party mentions plus the attribution's resolved speakers in it that
    no party mention covers, in text order."""
    out = mentions
    for a, b, party, name, person in speakers:
        if not (s0 <= a and b <= s1):
            continue
        over = [m for m in out if m.start < b and a < m.end]
        if all(a <= m.start and m.end <= b for m in over):
            # "Israeli minister Avi Dror": the person the title belongs to, as one mention
            out = [m for m in out if m not in over] + [_Mention(a, b, party, name, person)]
    return sorted(out, key=lambda m: m.start) if out is not mentions else mentions


_INSISTED_FACT = re.compile(r"(?:insist\w*|maintain\w*)\s+that\s+(?:[\w'-]+\s+){1,10}?(?:had|has|have|was|were)\s+"
                            r"(?:(?:already|not|never|been|also)\s+)*[a-z]+(?:ed|en|un|wn|ne)\b", re.I)
_SAYING = re.compile(r"\b(?:saying|said|says|stated|states|added|adds|insisted|insists|claimed|claims|argued|"
                     r"argues)\b[^;]*?\bthat\b", re.I)
_GERUND_SUBJECT = re.compile(r"(?:\s+[\w'-]+){1,8}?\s+(?:is|was|would\s+be|will\s+be|isn't|wasn't|remains)\b", re.I)
_SPEECH = re.compile(r"(?:said|says|say|told|added|insisted|insists|stated|argued|warned|stressed|"
                     r"noted|announced|believes|believe|thinks|think|hoped|hopes)$", re.I)


def _hypothetical(norm: str, s0: int, anchor: int, cue: _Cue | None, tax: Taxonomy) -> bool:
    """Stances nobody holds: in a condition or question ("if Netanyahu agrees to a
    ceasefire", "whether to accept", "it is unclear when"), a subordinate clause
    ("before agreeing to"), a passive without agent ("a deal being agreed"), a relative
    clause ("a government that agrees to ...") or a dropped demand ("backed off their demand")."""
    if cue is None or cue.kind != "fwd":
        return False
    # "Agreeing to such a deal is not the ultimate victory": an act named as the subject of
    # a judgement; the judgement, not the gerund, would say where the speaker stands
    if re.match(r"[A-Za-z]+ing\b", norm[cue.start:cue.end]) and \
            not re.sub(r"[\s\"'\u201c\u2018(\[]", "", norm[s0:cue.start]) and \
            _GERUND_SUBJECT.match(norm, cue.end, min(len(norm), cue.end + 80)):
        return True
    clause = re.split(r"[,;:\u2014(]", norm[s0:anchor])[-1]
    if re.search(r"\b(?:if|whether|unclear|uncertain|possible|likely|expect\w*|appear\w*|seem\w*|"
                 r"look\s+like|ruse|pretend\w*)\b", clause, re.I):
        return True
    # "no more hostages would be freed until Israel engaged in talks": a condition, not a stance.
    if re.search(r"\b(?:until|unless|once|when)\s+(?:the\s+)?[A-Z]", clause):
        return True
    raw = re.findall(r"[\w'-]+", norm[max(s0, anchor - 80):anchor])
    words = [w.lower() for w in raw]
    core = [w for w in words if not w.endswith("ly")]
    if core and core[-1] in ("before", "without", "after", "instead"):
        return True
    if core and core[-1] in ("being", "been", "be") and re.search(r"ed$|[^s]s$", norm[cue.start:cue.end]) \
            and not re.search(r"\bby\s+\w", norm[cue.end:cue.end + 40]):
        return True
    rel = [w for w in raw if w.lower() not in _AUX and not w.endswith("ly")]
    # "a government that agrees": a noun, then that/which/who, then the cue.  A name or a
    # speech verb before "that" opens a complement instead ("made clear to Israel that ...").
    if len(rel) >= 2 and rel[-1].lower() in ("that", "which", "who") and not rel[-2][:1].isupper() \
            and not _SPEECH.search(rel[-2]) and rel[-2].lower() not in ("so", "and", "but", "it", "clear"):
        return True
    # "negotiations seeking the release", "protests demanding ...": the noun's, not a party's
    # (a resolution, statement or proposal speaks for whoever issued it).
    if raw and re.search(r"ing$", norm[cue.start:cue.end].split()[0]) and raw[-1][:1].islower() \
            and raw[-1].lower() not in _AUX and not raw[-1].endswith("ly") \
            and raw[-1].lower() not in _AUTHORED and raw[-1].lower() not in ("and", "or", "by", "while", "to",
                                                                              "of", "for", "on", "in", "is"):
        if not re.search(r"[,;:\u2013\u2014]\s*$", norm[max(s0, anchor - 3):anchor]):
            return True
    retract = tax._compiled["retract"]
    if retract is not None and retract.search(" ".join(words[-5:])):
        return True
    # "has not yet agreed to", "is yet to accept": a decision still to come, no stance yet
    pending = tax._compiled["pending"]
    if pending is not None and pending.search(" ".join(words[-4:])):
        return True
    # "denied reports that it had agreed to ...", "denies that it accepted ...": a stance
    # someone denies taking is not one they state.
    if _DENIED.search(clause):
        return True
    return False


# "Hamas demanded guarantees that Israel would not resume the war": what one side wants
# another to promise is no stance of the other.
_WANTED_THAT = re.compile(r"\b(?:demand\w*|insist\w*|want\w*|guarantee\w*|assurances?|ask\w*|"
                          r"urg\w+|seek\w*|sought|pressed|presses|pressing|requir\w+|condition\w*|commitments?)\b"
                          r"[^.;]{0,40}\bthat\s+[^.;]*$", re.I)


def _asked(norm: str, anchor: int, s1: int) -> bool:
    """A question ("Will Hamas accept the truce?") states no stance."""
    m = _END.search(norm, anchor, s1)
    return m is not None and m.group(0) == "?"


_END = re.compile(r"[.?!]")
_MAYBE = re.compile(r"\b(?:may|might|could)\s+(?:\w+ly\s+|well\s+|yet\s+|still\s+|soon\s+)?$")  # not "in May"


def _speculated(norm: str, s0: int, cue: _Cue) -> bool:
    """The reporter's guess ("Hamas could accept the truce", "Israel may reject it"): no
    stance, unless someone is reported saying so ("Hamas said it could accept ...")."""
    return cue.kind == "fwd" and _MAYBE.search(norm, max(s0, cue.start - 30), cue.start) is not None


_DENIED = re.compile(r"\b(?:den(?:y|ies|ied|ying)|dismiss\w*|reject\w*|refut\w*|rebut\w*)\s+"
                     r"(?:[\w'-]+\s+){0,3}?(?:that|as\s+if)\b", re.I)


_AUTHORED_BEFORE = re.compile(r"(?:\b(?:the|a|an)\s+)?(?P<own>(?:[\w'.-]+\s+){1,4}?)(?P<noun>resolution|statement|"
                              r"proposal|plan|draft|letter|declaration|motion|communique)s?\s+$", re.I)
_AUTHORED = {"resolution", "resolutions", "statement", "statements", "proposal", "proposals", "plan",
             "letter", "declaration", "motion", "bill", "communique", "ruling", "order", "draft"}
_AUX = {"would", "will", "could", "can", "might", "may", "did", "does", "do", "has", "have", "had",
        "should", "must", "also", "still", "not", "been", "being", "be", "is", "are", "was", "were"}


def _skipped(norm: str, s0: int, s1: int) -> bool:
    """Header lines and links state nothing."""
    return bool(_HEADER.match(norm, s0, s1)) or "://" in norm[s0:s1]


_HEADER = re.compile(r"\s*(?:url|outlet|published|author|date|source)\s*:", re.I)


def _same_paragraph(text: str, a: int, b: int) -> bool:
    return "\n" not in text[a:b]


def _containing(items, pos: int):
    """The innermost (latest-starting) quote or reported span around `pos`."""
    best = None
    for x in items:
        if x.start <= pos < x.end and (best is None or x.start > best.start):
            best = x
    return best


class _Context:
    """Antecedents for "he", "it", "the group": the last person and the last subject organisation."""

    def __init__(self, role_words=()) -> None:
        self.role_words = {w.lower() for w in role_words}
        self.person: _Holder | None = None
        self.org: _Holder | None = None
        self.roles: dict[str, _Holder] = {}  # "delegation" -> the last "Israeli delegation"

    def update(self, norm: str, s0: int, s1: int, mentions: list[_Mention], quotes, actors) -> None:
        first_subject = True
        for m in mentions:
            if m.speaker and not m.person:
                last = re.sub(r"'s?$", "", m.speaker.split()[-1].lower())
                if last in self.role_words:
                    self.roles[last] = _Holder(m.party, None)
            if m.possessive or _containing(quotes, m.start) is not None:
                continue
            if not _is_subject(norm, s0, s1, m):
                continue
            h = _Holder(m.party, m.speaker)
            if m.person:
                self.person = h
            elif first_subject:
                self.org = h
            first_subject = False
        for q in quotes:
            if s0 <= q.start < s1 and q.speaker and q.party and _looks_person(q.speaker, actors):
                self.person = _Holder(q.party, q.speaker)


def _looks_person(name: str, actors) -> bool:
    if actors is not None:
        a = actors.find(name)
        if a is not None:
            return a.kind == "person"
    return bool(re.match(r"[A-Z][a-z]+(?:\s+[A-Z][\w'-]+)+$", name)) and "Office" not in name


# "said that Hamas had “...”": a reporting verb, then the reported clause's subject, then
# only auxiliaries before the quote opens.
_REPORTED_SUBJECT_BEFORE = re.compile(r"\b(?:said|says|say|told\s+(?:[\w'-]+\s+){1,3}?|added|stated|claimed|"
                                      r"claims|insisted|argued|wrote|noted)\s+(?:that\s+)?(?:the\s+)?$", re.I)
_REPORTED_SUBJECT_AFTER = re.compile(r"\s+(?:(?:had|has|have|was|were|is|are|would|will|also|already|now)\s+)*"
                                     r"(?:\"[^\"]{1,300}\"\s*,?\s+(?:and|but|or)\s+)?[\"']\s*", re.I)
_SUBJECT_SAID = re.compile(r"\W*(?:the\s+)?[\w'-]+\s+(?:also\s+|again\s+|later\s+|then\s+)?(?:said|says|added|"
                           r"reaffirmed|reaffirms|stressed|insisted|confirmed|announced|stated|declared|"
                           r"reiterated|made\s+clear)\s+(?:that\s+)?", re.I)
_DEONTIC = re.compile(r"must|should|(?:has|have|needs?) to|ought to", re.I)


def _controlled(norm: str, s0: int, lo: int, anchor: int, mentions: list[_Mention], terms=()):
    """None when no pressure/call/accusation governs the cue; else the mentions named as its
    agent ("pressure from the United States to abandon ..."), [] when the agent is unnamed."""
    ctl = None
    for ctl in re.finditer(r"(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!\bmy )(?<!\bour )"
                           r"(?<!\bmilitary )(?<!\bmaximum )"
                           r"\b(?:pressure|pressur\w+|calls?|calling|urg\w+|push\w*|appeals?|"
                           r"accus\w+|(?:attempts?|efforts?)(?=\s+(?:by|from|of)\b))\b",
                           norm[lo:anchor], re.I):
        if any(t.start <= lo + ctl.start() < t.end for t in terms):
            ctl = None  # "military pressure on Hamas" is an issue, not a pressure on the speaker
    if ctl is None or _gap(norm, lo + ctl.end(), anchor)[0] > 14:
        return None
    # "Netanyahu, under pressure from Biden, agreed to ...": the aside closes before the
    # cue, which is the subject's own.
    tail = norm[lo + ctl.end():anchor]
    if "," in tail and not re.search(r"\b(?:to|for|that)\b", tail[tail.rindex(","):], re.I):
        return None
    return [m for m in mentions if lo + ctl.start() <= m.start and m.end <= anchor
            and re.search(r"\b(?:from|by)\s+(?:the\s+)?$", norm[max(s0, m.start - 10):m.start])][-1:]


def _located(norm: str, s0: int, m: _Mention) -> bool:
    """A place, not an actor: "in Doha", "to Cairo"."""
    prev = re.findall(r"[\w'-]+", norm[s0:m.start])[-1:]
    return bool(prev) and prev[0].lower() in {"in", "at", "to", "into", "near", "from", "across",
                                              "inside", "toward", "towards", "through", "via"}


def _is_subject(norm: str, s0: int, s1: int, m: _Mention) -> bool:
    """A mention that can be the one who speaks or acts: not a place or object."""
    before = [x.group(0) for x in _last_tokens(_BEFORE_TOKEN, norm, s0, m.start, 2)]
    first = _AFTER_TOKEN.search(norm, m.end, s1) if m.end < s1 else None
    after = [first.group(0)] if first else []
    prev = before[-1].lower() if before else ""
    nxt = after[0].lower() if after else "."
    if prev in ("from", "by") or (prev == "with" and nxt.endswith("ing")):
        return True
    if prev == "of" and len(before) >= 2 and before[-2].lower() in _HEADS_OF:
        return True  # "13 members of the UN Security Council supported ..."
    if prev in _NON_SUBJECT_BEFORE or m.possessive:
        return False
    if nxt in _NON_SUBJECT_AFTER:
        return False
    # "Hamas attack", "Israel-Hamas war": a name used as a modifier is no subject.
    return not nxt[:1].isalpha() or nxt in _VERB_WORDS or nxt.endswith(("s", "ed", "ly")) \
        or (after[0][:1].isupper() and m.person)


_VERBISH = re.compile(r"\s+(?:also\s+|still\s+|has\s+|had\s+|have\s+)?(?:said|says|say|added|told|stated|"
                      r"argued|argues|insisted|insists|emphasi[sz]ed|stressed|warned|noted|believes|"
                      r"wants|is|was|are|were|has|had|have|will|would|can|could|must|should|did|does|"
                      r"[a-z]+ed|[a-z]+s)\b")
_OWN_NOUN = re.compile(r"'s?\s+(?:\w+\s+){0,2}?(?:stance|position|view|insistence|refusal|demands?|call|"
                       r"calls|support|opposition|rejection|readiness|willingness|offer|proposal|terms|"
                       r"condition|conditions)\b", re.I)


def _holder_for(norm: str, anchor: int, term: _Term, s0: int, s1: int, quotes: list[Quote],
                rep: list[Reported], mentions: list[_Mention], cue: _Cue | None, ctx: _Context,
                tax: Taxonomy, terms=()) -> list[_Holder]:
    """Who holds the stance expressed at `anchor` (several for "Washington and Doha announced")."""
    q = _containing(quotes, anchor)
    r = _containing(rep, anchor) if q is None else None
    # "Hamas's demand for ...", "Hamas' key demands", "Hamas's stance on ...": the possessor.
    for m in mentions:
        if m.possessive and 0 <= anchor - m.end <= 40:
            glue = norm[m.end:anchor]
            # "Hamas blamed Netanyahu's refusal to end the war", "families criticised his
            # opposition to a truce": the critic's name for the other side's conduct.
            before = re.findall(r"[\w'-]+", norm[max(s0, m.start - 40):m.start])[-2:]
            if cue is not None and any(_BLAME.match(w) for w in before):
                return []
            if cue is not None and re.fullmatch(r"'?s?\s+(?:\w+\s+)?", glue):
                # "Israel's block on aid ..., warned Tedros": someone's account of another
                # side's conduct is no stance of either.
                unit = q or r
                if unit is not None and unit.party != m.party and not _act(norm, cue, tax):
                    return []
                return [_Holder(m.party, m.speaker, m.start, m.end)]
            if _OWN_NOUN.match(glue) and not _gap(norm, m.end, anchor)[1] and _gap(norm, m.end, anchor)[0] <= 6:
                return [_Holder(m.party, m.speaker, m.start, m.end)]
    # "soften his demand to keep troops": the owner of the demand, found like a pronoun.
    if cue is not None:
        pm = re.search(r"\b(his|her|its|their)\s+(?:[\w-]+\s+)?$", norm[max(s0, cue.start - 30):cue.start], re.I)
        if pm:
            person = pm.group(1).lower() in ("his", "her")
            near = [m for m in mentions if m.end <= cue.start and m.person == person and not _located(norm, s0, m)]
            near = [m for m in near if _is_subject(norm, s0, s1, m)] or near
            at = max(s0, cue.start - 30) + pm.start(1)
            # "Hamas released statements saying Israel has backtracked and that its demands ...":
            # in what a side says, "its" is the side saying it, not the side it talks about
            sayer = [m for m in near if m.end <= at and _SAYING.search(norm, m.end, at)
                     and not _SAYING.search(norm, s0, m.start)]
            if sayer and len(near) > 1 and sayer[0] is not near[-1]:
                near = [sayer[0]]
            # "Israel rejected Hamas's offer and its demands for ...": the possessor just named
            poss = [m for m in mentions if m.possessive and m.end <= at and at - m.end <= 40 and m.person == person
                    and re.search(r"\b(?:and|or|as\s+well\s+as)\s+$", norm[max(s0, at - 8):at])]
            if poss:
                near = [poss[-1]]
            if near:
                # "Trump attacked Clinton for her support of ...": another name closer to
                # "his"/"her" than the known person may own it - too uncertain to say.
                if person and (any(m.person and near[-1].end <= m.start and m.end <= at for m in mentions) or
                               any(not any(m.start <= x.start() + near[-1].end < m.end for m in mentions)
                                   for x in _NAME_WORD.finditer(norm[near[-1].end:at]))):
                    return []
                return [_Holder(near[-1].party, near[-1].speaker, near[-1].start, near[-1].end)]
    # "has been repeatedly criticised by X": X holds it (and nobody when X is not a party).
    if cue is not None and re.search(r"\b(?:been|being|be|was|were|is|are)\s+(?:\w+ly\s+)?$",
                                     norm[max(s0, anchor - 40):anchor]) \
            and re.search(r"ed$", norm[cue.start:cue.end]) \
            and not re.match(r"\s+to\b", norm[cue.end:cue.end + 4]):  # "is opposed to": no passive
        am = re.match(r"\s+by\s+", norm[cue.end:s1])
        agents = [m for m in mentions if am and 0 <= m.start - (cue.end + am.end()) <= 4]
        return [_Holder(agents[0].party, agents[0].speaker, agents[0].start, agents[0].end)] if agents else []
    # "calls to halt the Rafah operation, including by UN Special Rapporteur X": a trailing agent.
    if q is None:
        tail = norm[term.end:s1]
        am = re.match(r"(?:[^,.;]{0,40},\s*)?(?:including\s+|notably\s+|especially\s+)?by\s+", tail)
        if am:
            for m in mentions:
                if m.start >= term.end + am.end() and m.start - (term.end + am.end()) <= 5:
                    return [_Holder(m.party, m.speaker, m.start, m.end)]
    # "Hamas welcomed the UN resolution calling for a ceasefire": the text named after its
    # author speaks for the author, not for the sentence's subject
    if cue is not None and re.match(r"\w+ing\b", norm[cue.start:cue.end]):
        am = _AUTHORED_BEFORE.search(norm, max(s0, cue.start - 80), cue.start)
        if am:
            owners = [m for m in mentions if am.start("own") <= m.start and m.end <= am.start("noun")]
            if owners:
                return [_Holder(owners[-1].party, owners[-1].speaker, owners[-1].start, owners[-1].end)]
    if q is not None or r is not None:
        unit = q or r
        u0 = max(s0, unit.start)
        if _controlled(norm, s0, u0, anchor, mentions, terms) == []:
            return []
        # "X accused Y of stalling the talks": the content is Y's conduct as X tells it.
        if r is not None and re.match(r"(?:accus|blam|criticis|criticiz|condemn|charg)", r.cue or "", re.I):
            return []
        deontic = cue is not None and _DEONTIC.fullmatch(norm[cue.start:cue.end])
        for m in mentions:
            if u0 <= m.start < anchor and _is_subject(norm, u0, s1, m) and m.party != unit.party \
                    and not _gap(norm, m.end, anchor)[1]:
                # The quote opens on another side stating or deciding ("Sinwar continues to
                # demand ...", "... while Hamas has insisted on ..."): that side holds it.
                # Elsewhere, or when the words only describe them ("Qatar ... supports Hamas
                # and its positions"), it is the speaker's claim about them: no position.
                opens = re.fullmatch(r"[\s\[(\"']*", norm[u0:m.start]) or \
                    re.search(r"(?:[,;]|\b(?:while|whereas|but))\s*(?:the\s+)?$", norm[u0:m.start])
                # "Israel says Hamas has not accepted the truce": what the other side has
                # not done is the speaker's account, not something that side stated.
                if opens and not deontic and _stated(norm, m.end, cue, tax) and \
                        not re.search(r"\b(?:not|never|no)\b|n't\b", norm[m.end:anchor], re.I):
                    return _with_siblings(norm, m, mentions, anchor)
                # '"Israel must stop the war," a Hamas official said': what the speaker says
                # another side must do is the speaker's demand.
                if opens and deontic and unit.party and cue.start >= m.end and \
                        _gap(norm, m.end, cue.start)[0] <= 1:
                    return [_Holder(unit.party, unit.speaker)]
                return []
        if not unit.party:
            return []
        # "It announced it would allow ...": when the report's speaker is a pronoun and the
        # last subject here names another side, who "it" is is too uncertain to say.
        said_by = (getattr(unit, "speaker_as_written", None) or "").lower()
        if said_by in ("it", "they", "he", "she"):
            guess = ctx.person if said_by in _PRONOUNS_PERSON else ctx.org
            if guess is not None and guess.party and guess.party != unit.party:
                return []
        # "he will not seek reelection, they are urging ...": a new subject that is not the speaker.
        speaker_person = _looks_person(unit.speaker or "", None)
        # In someone's own words "he", "she" or "they" opening a clause is never the speaker:
        # '"They want to continue the war," a Hamas official said' is his account of Israel.
        for pm in re.finditer(r"(?:^|[,;]\s*|\b(?:and|but|while)\s+)[\[(\"']*(he|she|they)\s+(?:(?:\w+\s+){0,2}?"
                              r"(?:are|is|were|was|have|has|will|would|say|said|urg\w+)\b|(?:[\w']+\s+){0,3}$)",
                              norm[u0:anchor], re.I):
            if (q is not None and not deontic) or (pm.group(1).lower() == "they") == speaker_person:
                return []
        # '"It would allow more aid in," the spokesman said': a quote that opens on "it" doing
        # something tells what a thing (a deal, a plan) does, not what the speaker wants.
        # (A dummy "it is time to ..." is still the speaker's.)
        if q is not None and not deontic and \
                re.match(r"[\s\[(\"']*it\s+(?:would|will|could|can|may|might|does|did)\s+(?:[\w']+\s+){0,2}$",
                         norm[u0:anchor], re.I):
            return []
        # '"Some people want us to stop the war," Gallant said', '"Those who call for a truce
        # are naive"', 'Gallant said the world demands a truce': a subject in the quote or
        # report that is neither the speaker ("I", "we", "my government") nor a side is
        # someone the speaker talks about.
        if not deontic and cue is not None and cue.kind == "fwd" and \
                _other_subject(norm, u0, anchor, mentions, terms, tax, reported=r is not None):
            return []
        # '"The occupation refuses to withdraw," a Hamas official said': the other side,
        # named the way its enemies name it, is the subject - not the speaker.
        adv = tax._compiled["adversary"]
        if q is not None and adv is not None and not deontic:  # ("the enemy must stop": a demand)
            for am in adv.finditer(norm, u0, anchor):
                g, hard = _gap(norm, am.end(), anchor)
                if g <= 8 and not hard and not re.search(r"[,;:]", norm[am.end():anchor]):
                    return []
        # A quoted fragment continuing the prose ('its leader, Yahya Sinwar, "does not want a
        # deal"'): the prose subject holds it, unless the speaker is telling them what they must do.
        if q is not None and q.start > s0 and re.match(r"\s*[a-z]", norm[q.start:q.start + 3]) and not deontic:
            lead = norm[s0:q.start]
            # 'an Israeli official said that Hamas had "rejected the proposal"': the fragment
            # is the verb phrase of another side named as the reported clause's subject, and
            # it holds the stance when the words state or decide it (as outside quotes).
            for m in mentions:
                if s0 <= m.start and m.end <= q.start and m.party and m.party != q.party and \
                        _containing(quotes, m.start) is None and \
                        _REPORTED_SUBJECT_AFTER.fullmatch(norm, m.end, q.start) and \
                        _REPORTED_SUBJECT_BEFORE.search(norm[s0:m.start]):
                    return [_Holder(m.party, m.speaker, m.start, m.end)] if _act(norm, cue, tax) else []
            if not re.search(r"\b(?:said|says|told|added|stated|wrote|according to)\b[^,]*[,:]?\s*[\"']?\s*$",
                             lead, re.I):
                subj = [m for m in mentions if s0 <= m.start and m.end <= q.start
                        and _containing(quotes, m.start) is None and _is_subject(norm, s0, s1, m)]
                if subj and subj[-1].party != q.party and \
                        re.fullmatch(r"[\s,]*[\"']?\s*", norm[subj[-1].end:q.start]):
                    m = subj[-1]
                    # 'Mossad said Sinwar "does not want a deal"': Mossad's account of him.
                    told = _containing(rep, m.start) is not None or _TOLD.search(norm, s0, m.start)
                    if told and not _stated(norm, m.end, cue, tax):
                        return []
                    return [_Holder(m.party, m.speaker, m.start, m.end)]
        return [_Holder(unit.party, unit.speaker)]
    best = None
    for m in mentions:
        if s0 <= m.start and m.end <= anchor and _containing(quotes, m.start) is None \
                and _is_subject(norm, s0, s1, m) and not _gap(norm, m.end, anchor)[1]:
            prev = re.findall(r"[\w'-]+", norm[s0:m.start])[-1:]
            # "pressure from the US to abandon": an agent; "abducted by Hamas ... demanding" or
            # "the deal rejected by Hamas proposed": "by" names the agent of the verb before it.
            if prev and prev[0].lower() == "from" and _gap(norm, m.end, anchor)[0] > 3 \
                    and not re.search(r"\b(?:which|who)\b", norm[m.end:anchor]):
                continue
            if prev and prev[0].lower() == "by" and not re.search(r"\b(?:which|who)\b", norm[m.end:anchor]) \
                    and not re.fullmatch(r"\s+(?:%s)\s+" % "|".join(_AUTHORED), norm[m.end:anchor], re.I):
                continue  # ... but "by the UN Security Council resolution demanding" is the UN's
            # "Netanyahu, under pressure from Biden, agreed ...": a name inside an aside that
            # opens on a preposition is no subject.
            aside = norm[max(s0, m.start - 60):m.start]
            cm = re.search(r",\s*([\w'-]+)[^,]*$", aside)
            if cm and cm.group(1).lower() in _ASIDE and re.match(r"\s*,", norm[m.end:anchor]):
                continue
            # "Hamas, which the US and Israel consider a terrorist group, rejected ...": a
            # relative clause set off by commas is about the name before it.
            if cm and cm.group(1).lower() in ("which", "who", "whom", "whose") and \
                    re.match(r"[^,;]*,", norm[m.end:anchor]):
                continue
            best = m
    # "Hamas criticised the proposal on Gaza, which calls for a truce", "Netanyahu met Biden,
    # who urged ...": the cue is in a relative clause about something or someone after the
    # subject, not the subject's.
    if best is not None:
        rm = re.search(r",\s*(?:which|who|that)\s", norm[best.end:anchor])
        # (a date between keeps it: "the ruling by the ICJ on Friday, which ordered ...")
        if rm and any(w.lower() not in _WHEN and not w[:1].isupper() and not w[:1].isdigit()
                      for w in re.findall(r"[\w'-]+", norm[best.end:best.end + rm.start()])):
            return []
    # "under pressure from X to accept", "calls to negotiate", "accused X of": the stance
    # is the presser's (named after "from"/"by"), not the subject's.
    agent = _controlled(norm, s0, best.end if best is not None else s0, anchor, mentions, terms)
    if agent is not None:
        if not agent:
            return []
        best = agent[0]
    # "the families say that Netanyahu must take the deal": the sayers' demand, not his.
    if best is not None and cue is not None and _DEONTIC.fullmatch(norm[cue.start:cue.end]):
        sm = re.search(r"\b(?:say|says|said|insist\w*|argu\w+|believ\w+|told\s+\w+)\s+(?:that\s+)?$",
                       norm[s0:best.start], re.I)
        if sm:
            sayers = [m for m in mentions if m.end <= s0 + sm.start() and _is_subject(norm, s0, s1, m)
                      and _gap(norm, m.end, s0 + sm.start())[0] <= 4
                      and not re.search(r"[,;]|\b(?:as|while|but|when|and)\b", norm[m.end:s0 + sm.start()])
                      and _containing(quotes, m.start) is None
                      and not re.search(r"\b(?:by|from)\s+(?:the\s+)?$", norm[max(s0, m.start - 10):m.start])]
            if not sayers:
                return []
            best = sayers[-1]
        elif re.fullmatch(r"\s+(?:\w+ly\s+|also\s+|still\s+|now\s+)?", norm[best.end:cue.start]):
            return []  # "Israeli forces must fully withdraw": the writer's demand on them, not theirs
    # A pronoun, "the group" or "the delegation" closer to the cue than any named subject refers back.
    lo = best.end if best is not None else s0
    piece = norm[lo:min(s1, anchor + 40)]  # room for the verb after a pronoun to be seen
    verbish = "(?=" + _VERBISH.pattern + ")"
    cands = [(x.start(), "p", x.group(1).lower())
             for x in re.finditer(r"(?<![\w'])(he|she|it|they)" + verbish, piece, re.I)]
    g = tax._compiled["group"]
    if g is not None:
        cands += [(x.start(), "g", "") for x in re.finditer("(?:" + g.pattern + ")" + verbish, piece, re.I)]
    roles = "|".join(re.escape(k) for k in sorted(ctx.roles, key=len, reverse=True))
    if roles:
        cands += [(x.start(), "r", x.group(1).lower())
                  for x in re.finditer(r"\b(?:the|this|that)\s+(" + roles + r")" + verbish, piece, re.I)]
    cands = [c for c in cands if lo + c[0] < anchor and _containing(quotes, lo + c[0]) is None
             and not any(m.start <= lo + c[0] < m.end for m in mentions)
             and not (cue is not None and cue.start <= lo + c[0] < cue.end)
             and (re.findall(r"[\w'-]+", norm[s0:lo + c[0]])[-1:] or [""])[0].lower() not in _NON_SUBJECT_BEFORE]
    if cands:
        pos, kind, w = max(cands)
        at = lo + pos
        lead = re.findall(r"[\w'-]+", norm[s0:at])
        # Only a pronoun that opens the sentence (or follows "said that") reaches back past it;
        # so does one that follows an opening pronoun's speech verb ("The group said it was
        # sticking to ...", "It also reaffirmed that it ..."): both are the same subject.
        opener = len(lead) <= 2 or (
            any(c[0] < pos and lo + c[0] - s0 <= 4 for c in cands) and _SUBJECT_SAID.fullmatch(norm, s0, at) is not None)
        h = None
        if kind == "p":
            person = w in _PRONOUNS_PERSON
            near = [m for m in mentions if m.end <= at and m.person == person
                    and _containing(quotes, m.start) is None and not _located(norm, s0, m)
                    and not (w == "it" and m.speaker is not None
                             and re.search(r"[^s']s$", norm[m.start:m.end]))]
            plans = tax._compiled["plans"]
            # "Netanyahu told Biden he would not ...": "he" is the teller, not the one told.
            if person and len(near) >= 2 and near[-2].party != near[-1].party and \
                    re.search(r"\b(?:told|tells|tell|informed|informs|assured|assures|warned|warns|reminded|"
                              r"promised|promises)\s+$", norm[max(s0, near[-1].start - 20):near[-1].start], re.I) \
                    and _is_subject(norm, s0, s1, near[-2]):
                near = near[:-1]
            if w == "it" and plans is not None and \
                    plans.search(norm, near[-1].end if near else s0, at) is not None:
                # "Hamas criticised the US proposal, saying it did not guarantee ...": the
                # plan named last is what "it" stands for, not a side.
                h = None
            elif near:
                h = _Holder(near[-1].party, near[-1].speaker)
            elif opener:
                h = ctx.person if person else ctx.org
            elif best is not None and w == "it":  # "X said it was crucial to ...": a dummy "it"
                h = _Holder(best.party, best.speaker)
        elif kind == "g":
            near = [m for m in mentions if m.end <= at and not m.person and not _located(norm, s0, m)]
            h = _Holder(near[-1].party, near[-1].speaker) if near else (ctx.org if opener else None)
        elif opener:
            h = ctx.roles.get(w)
        return [_Holder(h.party, h.speaker)] if h is not None else []
    if best is None:
        return []
    return _with_siblings(norm, best, mentions, anchor)


def _believed(rep: list[Reported], pos: int, party: str | None, tax: Taxonomy) -> bool:
    """Is `pos` inside what another side believes or expects ("Israeli officials believe
    Hamas will reject the truce")?  Their guess about a side is not that side's stance."""
    beliefs = tax._compiled["beliefs"]
    if beliefs is None:
        return False
    return any(r.start <= pos < r.end and r.party != party and beliefs.fullmatch(r.cue or "") is not None
               for r in rep)


_ASIDE = {"under", "with", "after", "despite", "amid", "following", "like", "unlike", "according", "along",
          "alongside", "backed", "urged", "pressed", "prodded", "pushed", "encouraged", "supported"}
_WHEN = {"on", "in", "at", "last", "this", "next", "earlier", "later", "late", "early", "the", "of",
         "week", "month", "year", "day", "night", "morning", "evening", "afternoon", "weekend", "s"}


_SUBJECT_SKIP = {"would", "will", "could", "can", "might", "may", "did", "does", "do", "has", "have", "had",
                 "should", "must", "also", "still", "not", "never", "been", "being", "be", "is", "are",
                 "was", "were", "now", "already", "always", "today", "just", "only", "even", "so", "then",
                 "won't", "can't", "don't", "doesn't", "didn't", "isn't", "aren't", "wouldn't", "haven't",
                 "hasn't", "cannot", "'s", "'re", "'ve", "'ll"}


def _other_subject(norm: str, u0: int, anchor: int, mentions: list[_Mention], terms, tax: Taxonomy,
                   reported: bool = False) -> bool:
    """Does the quoted clause before `anchor` open on someone other than the speaker ("some
    people want", "the world demands", "those who call for", "our enemies want")?  In
    reported speech "his party", "their government" are the speaker's own."""
    piece = re.split(r"[,;:.!?\u2014]|\b(?:but|and|while|because|so)\b", norm[u0:anchor], flags=re.I)[-1]
    p0 = anchor - len(piece)
    if any(p0 <= m.start < anchor for m in mentions) or any(p0 <= t.start < anchor for t in terms):
        return False  # a side, or the issue itself, is the subject: the rules above decide
    toks = [w.lower() for w in re.findall(r"[\w']+", piece)]
    if "who" in toks or "whoever" in toks:
        return True  # "those who call for a truce", "anyone who supports it"
    while toks and (toks[-1] in _SUBJECT_SKIP or toks[-1].endswith("ly") or toks[-1].endswith("n't")):
        toks.pop()
    if reported and toks and toks[0] in ("his", "her", "their", "its"):
        return False  # "Dror said his party will withdraw ...": the speaker's own party
    if not toks or len(toks) > 5 or toks[0] not in _OTHERS or toks[-1] in _OTHERS_NOT_HEAD \
            or any(t in ("i", "we", "us", "me", "my") for t in toks):
        return False
    plans = tax._compiled["plans"]
    roles = tax._compiled["roles"]
    group = tax._compiled["group"]
    text = " ".join(toks)
    if group is not None and group.fullmatch(text):
        return False  # "the terrorists wouldn't resume ...", "the group": the side named before
    if (plans is not None and plans.search(text)) or \
            (roles is not None and roles.search(text) and toks[0] not in ("their", "his", "her", "its")):
        return False  # "the proposal would ...", "the government will not ...": not a person talked about
    return True


_OTHERS = {"the", "some", "many", "most", "all", "everyone", "everybody", "nobody", "anyone", "someone",
           "people", "others", "critics", "our", "their", "his", "her", "its", "few", "several", "those",
           "these", "no"}
_OTHERS_NOT_HEAD = {"the", "our", "their", "his", "her", "its", "all", "most", "no"}


def _guessed(norm: str, s0: int, anchor: int, holder: _Holder, tax: Taxonomy) -> bool:
    """Is the holder named after someone's belief or hope in the same sentence ("Washington
    is confident Hamas will accept the truce", "Qatar hopes Israel will agree")?"""
    beliefs = tax._compiled["beliefs"]
    if beliefs is None or holder.start is None:
        return False
    last = None
    for last in beliefs.finditer(norm, max(s0, holder.start - 60), holder.start):
        pass
    if last is None:
        return False
    between = norm[last.end():holder.start]
    return not re.search(r"[,;:\u2014]", between) and _gap(norm, last.end(), holder.start)[0] <= 3


_TOLD = re.compile(r"\b(?:said|says|say|told|tells|added|stated|wrote|writes|claimed|claims|argued|"
                   r"argues|believes|believed|according\s+to)\b", re.I)


# (a weekday or month is no one's name: "issued a statement Tuesday to express his ...")
_NAME_WORD = re.compile(r"(?<![\w'-])(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                        r"March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z][\w'-]*")


def _act(norm: str, cue: _Cue | None, tax: Taxonomy) -> bool:
    """Does the cue report a side stating or deciding ("demanded", "rejected"), rather than
    describe it ("supports", "wants")?"""
    acts = tax._compiled["acts"]
    return cue is not None and acts is not None and acts.match(norm, cue.start, cue.end) is not None


_SAYS = re.compile(r"\b(?:said|says|say|told|tells|stressed|stresses|expressed|expresses|reiterated|"
                   r"reiterates|emphasi[sz]ed|emphasi[sz]es|declared|declares|stated|states|wrote|writes|"
                   r"added|adds|made\s+clear|announced|announces)\b", re.I)


def _stated(norm: str, subject_end: int, cue: _Cue | None, tax: Taxonomy) -> bool:
    """The side named at subject_end states or decides the stance: through an act cue, or a
    speech verb of theirs before the cue ("Biden expressed the need to ...")."""
    if _act(norm, cue, tax):
        return True
    return cue is not None and subject_end <= cue.start and _SAYS.search(norm, subject_end, cue.start) is not None


def _with_siblings(norm: str, best: _Mention, mentions: list[_Mention], anchor: int) -> list[_Holder]:
    """The holder and the subjects listed with it ("Washington and Doha announced")."""
    glue = r"\s*(?:,|and|,\s*and)\s*"
    right: list[_Holder] = []
    edge, closed = best, False
    for m in mentions:
        if edge.end <= m.start and m.end <= anchor and re.fullmatch(glue, norm[edge.end:m.start]):
            if m.possessive:
                break  # "Egypt, Qatar's partner in the talks, urged": an apposition, no list
            right.append(_Holder(m.party, m.speaker, m.start, m.end))
            closed = bool(re.search(r"\band\s*$", norm[edge.end:m.start]))
            edge = m
    left: list[_Holder] = []
    edge = best
    for m in reversed(mentions):
        if m.end <= edge.start and re.fullmatch(glue, norm[m.end:edge.start]):
            if m.possessive:
                break
            # A list of subjects ends on "and" ("Egypt, Qatar and the US urged"): a bare
            # comma before a holder that ends no such list closes a clause ("... between
            # Israel and Iran, the Qatari premier called ...").
            if edge is best and not closed and not re.search(r"\band\s*$", norm[m.end:edge.start]):
                break
            left.append(_Holder(m.party, m.speaker, m.start, m.end))
            edge = m
    if left:
        # "... between Israel and Iran": a list after such a preposition is its object
        prev = re.findall(r"[\w'-]+", norm[max(0, left[-1].start - 30):left[-1].start])[-1:]
        if prev and prev[0].lower() in _LIST_OBJECT:
            left = []
    return [_Holder(best.party, best.speaker, best.start, best.end)] + left + right


_LIST_OBJECT = {"between", "among", "against", "with", "to", "on", "at", "in", "into", "toward", "towards"}


def _evidence(norm: str, s0: int, s1: int, lo: int, hi: int, q: Quote | None) -> tuple[int, int]:
    """The sentence (the quoted part of it when cue and issue are both inside a quote);
    for a long one, the clauses from `lo` to `hi`: the shortest part that still states it."""
    a, b = min(s0, lo), s1
    if q is not None and q.start <= lo and hi <= q.end:
        a, b = max(a, q.start), min(b, q.end)
    if b - a > _LONG:
        cut = [m.end() for m in _CLAUSE_START.finditer(norm, a, lo)]
        if cut:
            a = cut[-1]
        m = _CLAUSE_END.search(norm, hi, b)
        if m:
            b = m.start()
    seg = norm[a:b]
    a += len(seg) - len(seg.lstrip(" \"'([,\u2013\u2014-"))
    seg = norm[a:b]
    b -= len(seg) - len(seg.rstrip(" \"'(,;:\u2013\u2014-"))
    return a, b


_LONG = 200
_CLAUSE_START = re.compile(r"[;:\u2013\u2014]\s*|,\s+(?=(?:but|while|and|as|with|where|although|though|"
                           r"because|since|so)\b)|\s(?=(?:while|whereas|but)\s)", re.I)
_CLAUSE_END = re.compile(r"[;:\u2013\u2014]|,\s+(?:which|who|where|while|but|and|as|according|something|"
                         r"citing|adding|saying|including|so|because|since|although|though|"
                         r"particularly|especially)\b|\s(?:while|whereas|because)\s", re.I)