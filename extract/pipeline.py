"""The extractor: article text in, quotes, reported speech and positions out.

Steps: sanitise (same length), read header and boilerplate spans, split
paragraphs, find quotes, mask them, split sentences, find and resolve
reporting-verb events, attribute each quote, then build reported speech and
positions.  Everything is rules and regexes, so it runs at hundreds of
articles per second.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from extract.actors import Actors, load_actors
from extract.attribution import (ASIDE_DASH, DASHED_ASIDE, FLOATING_VERBS, INSTITUTION_HEADS, PERSON_HEADS,
                                QUOTE_LEAD_WORDS, SAY_VERBS, STANCE_VERBS, Attributor, Event, Speaker, _SOURCE_HEADS)
from extract.dates import MONTHS, WEEKDAYS
from extract.outlets import is_outlet
from extract.quote_dates import DateContext, event_date, quote_dates
from extract.quotes import QuoteSpan, find_quotes, split_nicknames
from extract.reader import parse_layout
from extract.records import ExtractedArticle, Quote, Reported
from extract.reported import reported_content
from extract.sanitize import sanitize
from extract.sentences import SentenceIndex, deck_items, mask_quotes, paragraphs, sentences
from extract.speakers import DESC_HEADS, DESC_WORDS, NameIndex, article_surnames, np_after
from extract.transcripts import transcript_lines

_DEFAULT_ACTORS: Actors | None = None
_NAMING = re.compile(r"(?:so-called|known as|dubbed|titled|entitled|named|nicknamed|code-named|codenamed|"
                     r"the term|the word|the phrase|the slogan|hashtag|slogan)\s*[\"\u201c\u2018']?\s*$", re.I)
_NAMING_LONGEST = len("code-named")  # (the longest of _NAMING's words)


def _naming_words_from(lead: str) -> int:
    """Where a _NAMING match in `lead` may start at the earliest: its words end where the
    trailing white space, one opening mark and the white space before it begin, so the
    end-anchored pattern need not be tried at every position of `lead`."""
    t = lead.rstrip()
    if t[-1:] in ("\"", "\u201c", "\u2018", "'"):
        t = t[:-1].rstrip()
    return max(0, len(t) - _NAMING_LONGEST)


# Words that introduce a name only when the quoted words look like one ("Operation Iron Swords").
_NAMING_IF_TITLE = re.compile(r"(?:operation|plan|campaign|book|film|song|article|headline|banner|sign|"
                              r"show|programme|program|series|documentary|album|novel|episode\s+of|edition\s+of|"
                              r"newspaper|daily|paper|magazine|weekly|channel|network|website|news\s+site|"
                              r"news\s+agency|broadcaster|"
                              r"issue\s+of|host\s+of|author\s+of|star\s+of|broadcast\s+of|segment\s+of|airing\s+of|"
                              r"appearance\s+on|interview\s+on|interview\s+with|speaking\s+to|talking\s+to|told|informed|"
                              r"speaking\s+on|appearing\s+on|titled|entitled|headlined|referred\s+to\s+as|"
                              # a programme or book of a named owner: "on CBS's “Face the Nation”",
                              # "in an interview with CBS's “Face the Nation”"
                              # ("of the Fox Business Network's “Varney & Co.”")
                              r"(?:on|to|in|with|of)\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,2}[A-Z0-9][\w.&-]*[\u2019']s)"
                              r"\s*[\"\u201c\u2018']?\s*$", re.I)
_SMALL = {"a", "an", "the", "of", "and", "&", "in", "on", "for", "to", "at", "by", "or", "with", "is", "it"}


def _default_actors() -> Actors:
    global _DEFAULT_ACTORS
    if _DEFAULT_ACTORS is None:
        _DEFAULT_ACTORS = load_actors()
    return _DEFAULT_ACTORS


def extract_article(text: str, name: str, actors: Actors | None = None, positions: bool = True,
                    issues=None, **_options) -> ExtractedArticle:
    """Extract every record from one article's text.

    `issues` is a taxonomy from extract.positions.load_taxonomy(extra=PATH) (a user's
    issues file); None uses the shipped one. `meta_override` (a dict of title, outlet, url,
    published, author) replaces the header's metadata, published date included."""
    actors = actors if actors is not None else _default_actors()
    text = sanitize(text)
    layout = parse_layout(text, name)
    meta = _override(layout.meta, _options.get("meta_override"))
    paras = paragraphs(text, layout.excluded)
    # Headlines capitalise every word ("Hold Melania Trump to ..."): no source of full names.
    headline = _headline_paras(text, paras, meta.title)
    prose = "\n".join(text[s:e] for k, (s, e) in enumerate(paras) if k not in headline)
    with article_surnames(prose):
        return _extract_laid_out(text, name, actors, positions, issues, meta, paras, headline)


# a quoted phrase inside a noun phrase: after a determiner, short, with no punctuation of its own
_DETERMINER_BEFORE = re.compile(r"(?:^|\s)(?:[Tt]he|[Aa]n?)\s+$")
# Where a source is cited by its label: "in the name of a", "quoting a", "citing an", "from a"
_LABEL_BEFORE = re.compile(r"\b(?:of|from|by|quoting|citing|cited|quoted|to)\s+(?:the|an?)\s+$")
_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)\b")
# "the", "a", or an owner's name: 'PIJ's "military wing,"', 'the group's "armed wing,"'
_OWNER_OR_DETERMINER_BEFORE = re.compile(r"(?:(?:^|\s)(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)|[\w.-][\u2019']s)\s+$")
# a capitalised name set off by commas, then a verb of saying: ' Saraya al-Quds, said'
_NAME_THEN_VERB = re.compile(r"\s+(?:the\s+)?[A-Z][\w\u2019'-]*(?:\s+(?:[A-Z][\w\u2019'-]*|al-[\w-]+|of|bin|al)){0,5}"
                             r",\s+(?:[a-z]+ly\s+)?(?:said|says|stated|announced|added|wrote|told|claimed|declared)\b")


# Patterns _assign and the helpers it calls apply at every quote, compiled once.
# "... was described as “": a passive naming verb right before the quote mark
_PASSIVE_CALLED_END = re.compile(r"\b(?:was|were|been|is|are|being)\s+(?:\w+ly\s+)?(?:described|called|labell?ed|"
                                 r"branded|dubbed|characteri[sz]ed|quoted|termed|deemed)\s+(?:as\s+)?(?:a\s+|an\s+)?"
                                 r"[\"\u201c\u2018']?$")
_AS_BEFORE_MARK = re.compile(r"\bas\s+(?:a|an|the)?\s*[\"\u201c\u2018']?$")  # "as a “"
_SPACE_COMMA_OR_DASH = re.compile(r"[\s,\u2014\u2013-]")
_OPENING_OR_MASKED = re.compile(r"[\u201c\"\u00b7]")


def _says(word: str) -> bool:
    """A verb of saying, or any past-tense verb ('stated', 'reported', 'quoted')."""
    return word in SAY_VERBS or word.endswith("ed")


def _quoted_noun_phrases(text: str, spans: list[QuoteSpan]) -> tuple[list[QuoteSpan], list[tuple[int, int]]]:
    """The spans that are quotes, and the marks of those that are part of a noun phrase the
    prose goes on with: 'a "high-ranking Egyptian source" stated' (a descriptor in marks, then
    its verb), 'The "Cairo News" channel reported' (a name in marks, then its head noun).  Such
    marks distance the writer from a label; they quote nobody, and the words are the subject."""
    kept, marks = [], []
    for q in spans:
        inner = text[q.start:q.end]
        words = inner.split()
        label = inner.strip(" ,.").split()
        if q.close_at is not None and 1 <= len(label) <= 4 and inner[:1].islower() and \
                label[-1].lower().rstrip("s") in _SOURCE_HEADS and \
                _LABEL_BEFORE.search(text, max(0, q.open_at - 20), q.open_at):
            # 'a statement in the name of a "senior political source,"': a source's label in marks
            # (not 'X was a "key negotiator."': a description someone gave)
            marks += [(q.open_at, q.start), (q.end, q.outer_end)]
            continue
        if q.close_at is not None and 1 <= len(label) <= 3 and inner[:1].islower() and \
                label[-1].lower() in DESC_HEADS and inner.rstrip().endswith(",") and \
                _OWNER_OR_DETERMINER_BEFORE.search(text, max(0, q.open_at - 40), q.open_at) and \
                _NAME_THEN_VERB.match(text, q.outer_end):
            # 'PIJ's "military wing," Saraya al-Quds, said': a role in marks set before the name
            # that is the subject (its comma is the appositive's, the marks the writer's distance)
            marks += [(q.open_at, q.start), (q.end, q.outer_end)]
            continue
        nxt = _NEXT_WORD.match(text, q.outer_end) if q.close_at is not None else None
        if nxt is None or not 1 <= len(words) <= 5 or re.search(r"[.,;:!?\u201c\u201d\"]", inner) \
                or not _DETERMINER_BEFORE.search(text, max(0, q.open_at - 5), q.open_at):
            kept.append(q)
            continue
        head, after = words[-1].lower(), nxt.group(1)
        verb = _NEXT_WORD.match(text, nxt.end())
        # (the subject of a verb: not 'during a "Commander-In-Chief" forum earlier this month')
        descriptor = inner[:1].islower() and head in DESC_HEADS and _says(after)
        named = all(w[:1].isupper() for w in words) and (after in DESC_HEADS or after in INSTITUTION_HEADS) \
            and verb is not None and _says(verb.group(1))
        if descriptor or named:
            marks += [(q.open_at, q.start), (q.end, q.outer_end)]
        else:
            kept.append(q)
    return kept, marks


def _extract_laid_out(text: str, name: str, actors: Actors, positions: bool, issues, meta, paras,
                      headline: set[int]) -> ExtractedArticle:
    """`extract_article` once the text is sanitised and split into paragraphs."""
    spans, nicknames = split_nicknames(text, find_quotes(text, paras))
    items = deck_items(text, paras, spans)
    if len(items) > len(paras):
        # (a deck's items are all of the deck: headline lines still)
        tops = [paras[k] for k in headline]
        paras = items
        headline = {k for k, (s, e) in enumerate(paras) if any(ps <= s and e <= pe for ps, pe in tops)}
        spans, nicknames = split_nicknames(text, find_quotes(text, paras))
    spans, phrase_marks = _quoted_noun_phrases(text, spans)
    # "Marcia “Cia” Price" reads on as "Marcia Price"; 'a "high-ranking source" stated' as
    # 'a high-ranking source stated'
    masked = mask_quotes(text, spans, nicknames + phrase_marks)
    kept = [(s, e) for k, (s, e) in enumerate(paras)
            if text[s:e].strip() != (meta.title or "").strip() and k not in headline]
    lines = transcript_lines(text, paras)
    # "DOHA/GAZA/TEL AVIV - Qatar ...", "JERUSALEM: Prime Minister ...": no part of a name, no speaker
    masked = _without_datelines(masked, paras, kept[0] if kept else None, {label for label, *_ in lines})
    sents = sentences(masked, paras)
    sindex = SentenceIndex(sents)
    body = "\n".join(text[s:e] for s, e in kept)
    masked_body = "\n".join(masked[s:e] for s, e in kept)
    names = NameIndex(body, actors, masked_body, _body_to_text(kept))
    att = Attributor(text, masked, sents, sindex, actors, names)
    events = att.find_events()
    att.resolve_all()
    att.credit_remarks()
    if kept:
        att.name_lead_source(paras.index(kept[0]))  # the lead: the first body paragraph

    page = _statement_page_speaker(text, masked, meta.title, att) or \
        _statement_line_speaker(text, masked, spans, paras, sindex, att)
    assigned = _assign(text, masked, spans, events, sents, sindex, paras, att, page)
    quotes: list[Quote] = []
    occ = DateContext(masked, sents, events, meta.published)
    qdates, ev_dates = quote_dates(masked, spans, assigned, events, sents, paras, meta.published, occ,
                                   paras.index(kept[0]) if kept else None)
    for q, (ev, sp), date in zip(spans, assigned, qdates):
        if sp is None or not sp.name:
            continue
        if q.para in headline and not _named_in_body(sp.name, text, paras, headline, sp.kind == "org") and not (
                ev is not None and ev.mention.kind != "pronoun" and len(ev.mention.text) > 3
                and _written_in_body(ev.mention.text, text, paras, headline)):
            # "Retired General Reveals ‘Demoralizing’ ...": a headline's capitals are nobody (but a
            # dek whose attribution the body writes again, "the premier's office said", is the story's)
            continue
        qtext = text[q.start:q.end]
        kind = _kind(text, masked, q)
        ps, pe = paras[q.para]
        quotes.append(Quote(article=name, quote=qtext, speaker=sp.name, party=sp.party, faction=sp.faction,
                            date=date, kind=kind, start=q.start, end=q.end,
                            cue=ev.verb if ev else None,
                            speaker_as_written=" ".join((ev.mention.text if ev else sp.as_written).split()) or None,
                            paragraph=_context(text, ps, pe, q.start, q.end), actor=sp.actor))
    reported: list[Reported] = []
    seen = set()
    for ev in events:
        if ev.speaker is None or not ev.speaker.name or ev.kind == "possessive":
            continue
        rc = reported_content(text, masked, ev, sents[ev.sent], paras[sents[ev.sent][2]])
        if rc is None or rc in seen:
            continue
        seen.add(rc)
        s, e = rc
        ps, pe = paras[sents[ev.sent][2]]
        sp = ev.speaker
        reported.append(Reported(article=name, speaker=sp.name, party=sp.party, faction=sp.faction,
                                 cue=_negated_cue(masked, ev), content=text[s:e],
                                 date=ev_dates[id(ev)] if id(ev) in ev_dates
                                 else event_date(masked, sents, ev, meta.published, occ),
                                 start=s, end=e, speaker_as_written=" ".join(ev.mention.text.split()),
                                 paragraph=_context(text, ps, pe, s, e), actor=sp.actor))
    # "PENCE: Well, look, ...": a transcript's lines are the named speaker's words
    if lines:  # (the colon attribution may have read a line already, with the label unresolved)
        reported = [r for r in reported if not any(at <= r.start <= e for _, at, _, e in lines)]
    for label, at, s, e in lines:
        sp = att.speaker_named(label.title(), at)
        ps, pe = next((a, b) for a, b in paras if a <= s < b)
        reported.append(Reported(article=name, speaker=sp.name, party=sp.party, faction=sp.faction, cue=":",
                                 content=text[s:e], date=None, start=s, end=e, speaker_as_written=label,
                                 paragraph=_context(text, ps, pe, s, e), actor=sp.actor))
    quotes, reported = _one_side_per_speaker(quotes, reported)
    quotes, reported = _side_then(quotes, actors, meta.published), _side_then(reported, actors, meta.published)
    result = ExtractedArticle(meta=meta, text=text, quotes=quotes, reported=reported)
    if positions:
        # Who the attribution found speaking, where: holders the positions' own party-name
        # scan cannot know ("Avi Dror, Israel's finance minister, rejected the deal").
        # (people only: a body or "the group" is already a party mention there)
        named = [(ev.mention.start, ev.mention.end, ev.speaker.party, ev.speaker.name, True)
                 for ev in events if ev.speaker is not None and ev.speaker.party and ev.speaker.name
                 and ev.speaker.kind == "person" and ev.mention.kind == "name" and ev.kind == "pre"]
        result.positions = _positions(result, actors, issues, named)
    # A party is one of the guidelines' sides, and "Other" is everyone else: a speaker no rule
    # ties to a side (a foreign leader, a relative abroad, an analyst) is "Other", not blank.
    # Positions are read first, so an unplaced speaker's words never become Other's position.
    result.quotes = [q if q.party else replace(q, party="Other") for q in quotes]
    result.reported = [r if r.party else replace(r, party="Other") for r in reported]
    return result


def _day_word(word: str) -> bool:
    """A weekday or a month written out ("Thursday", "October"; not "May", also a name)."""
    low = word.lower()
    return low in WEEKDAYS or (low in MONTHS and len(low) > 3)


# "UNICEF Executive Director, Catherine Russell," in a statement's line: a role, then the name
_ROLE_COMMA_NAME = re.compile(r"[A-Z][^,]{0,60},\s+([A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){1,3}),?")
# "Statement from Taoiseach X on Middle East", "Remarks by the Foreign Minister at ...": the
# speaker a press release's title names, up to the topic
_STATEMENT_TITLE = re.compile(r"(?:(?:Joint\s+)?Statement|Remarks|Message|Address)\s+(?:from|by|of)\s+(?:the\s+)?"
                              r"(.+?)(?:\s+(?:on|at|to|regarding|about|following|after|in|for|before)\s+.*)?$")


_NEGATION = re.compile(r"\b((?:do|does|did|has|have|had|is|are|was|were|will|would|could|can|should|may|might|must)"
                       r"(?:\s+not|n[\u2019']t)|not|never|cannot)\s+(?:\w+ly\s+)?$", re.I)


_CALL_PARTICLE = re.compile(r"\s+(for|on|upon)\s")


def _negated_cue(masked: str, ev: Event) -> str:
    """The cue with its negation ("did not say", "never supported"): "not" reverses the stance.
    "called for"/"called on" keep their particle: the content follows it."""
    if ev.kind not in ("pre",) or ev.verb[:1] in (":", "\u2014"):
        return ev.verb
    verb = ev.verb
    pm = _CALL_PARTICLE.match(masked, ev.vend, ev.vend + 7) if verb in ("call", "calls", "called", "calling") else None
    if pm:
        verb = f"{verb} {pm.group(1)}"
    nm = _NEGATION.search(masked, max(0, ev.vstart - 24), ev.vstart)
    return f"{' '.join(nm.group(1).split())} {verb}" if nm else verb


def _body_to_text(kept: list[tuple[int, int]]):
    """Offsets in the paragraphs `kept`, joined by newlines, mapped back to the article's."""
    starts, off = [], 0
    for s, e in kept:
        starts.append(off)
        off += e - s + 1

    def to_text(p: int) -> int:
        k = max(0, bisect_right(starts, p) - 1)
        return kept[k][0] + p - starts[k] if kept else p
    return to_text


def _headline_paras(text: str, paras, title: str | None) -> set[int]:
    """The headline and a dek under it: short single lines in title case, or with no
    sentence end, at the top of an article that has a body."""
    out = set()
    if len(paras) < 3:
        return out  # no body to tell a headline from
    for k, (ps, pe) in enumerate(paras[:2]):
        line = text[ps:pe].strip()
        words = [w for w in re.findall(r"[A-Za-z][\w\u2019'-]*", line) if len(w) > 3]
        # a headline capitalises its words; a dek under it has no full stop
        title_case = k == 0 and bool(words) and sum(w[:1].isupper() for w in words) >= 0.85 * len(words) \
            and not (title and line.endswith("."))  # (a lede full of names under a known headline)
        if (title and line == title.strip()) or (
                len(line) < 160 and "\n" not in line and not line.endswith(":")
                and (title_case or not re.search(r"[.!?][\"\u201d\u2019']?$", line))):
            out.add(k)
        else:
            break
    return out


def _named_in_body(name: str, text: str, paras, headline: set[int], org: bool = False) -> bool:
    last = name.split()[-1].strip(".,")
    # (an organisation's capitalised head, "Prime Minister's Office", may be "his office" in the body)
    return _written_in_body(last, text, paras, headline) or (
        org and last.lower() in DESC_HEADS and _written_in_body(last.lower(), text, paras, headline))


def _written_in_body(phrase: str, text: str, paras, headline: set[int]) -> bool:
    """`phrase` occurs in a paragraph that is not the headline or its dek."""
    return any(phrase in text[ps:pe] for k, (ps, pe) in enumerate(paras) if k not in headline)


def _context(text: str, ps: int, pe: int, s: int, e: int, limit: int = 2000) -> str:
    """The paragraph around a record; a window of it when the paragraph is huge."""
    if pe - ps <= limit:
        return text[ps:pe]
    return text[max(ps, s - limit // 2):min(pe, e + limit // 2)]


def _one_side_per_speaker(quotes: list[Quote], reported: list[Reported]):
    """One person speaks for one side within an article: where some of a speaker's records
    were placed and others not ("Mike Pence" once as United States, once unplaced), the
    unplaced ones take that side.  A speaker placed on two sides is left as found."""
    sides: dict[str, set] = {}
    faction: dict[str, str | None] = {}
    for r in (*quotes, *reported):
        if r.speaker and r.party and r.party != "Other":
            sides.setdefault(r.speaker, set()).add(r.party)
            faction.setdefault(r.speaker, r.faction)
    one = {sp: next(iter(ps)) for sp, ps in sides.items() if len(ps) == 1}
    if not one:
        return quotes, reported

    def placed(r):
        if r.speaker in one and (not r.party or r.party == "Other"):
            return replace(r, party=one[r.speaker], faction=r.faction or faction[r.speaker])
        return r
    return [placed(q) for q in quotes], [placed(r) for r in reported]


def _side_then(records: list, actors: Actors, published: str | None) -> list:
    """A listed person's side on the day the words were said (else the article's day):
    Benny Gantz in the war cabinet of 2023-24 speaks for the Government, later for the
    Opposition.  Only records whose side came from the actors entry are changed."""
    out = []
    for r in records:
        actor = actors.named(r.actor)
        day = r.date or published
        if actor is not None and actor.periods and day and (r.party, r.faction) == (actor.party, actor.faction):
            party, faction = actor.side_on(day)
            if (party, faction) != (r.party, r.faction):
                r = replace(r, party=party, faction=faction)
        out.append(r)
    return out


# A dateline opening a paragraph: places in capitals, an optional date and agency, a dash.
# ("GAZA STRIP, Palestinian Territories - ", "CAIRO, Egypt (AP) — ": a region after the place;
# "MILWAUKEE—Ronen Roe sat ...": an em dash needs no spaces)
_DATELINE = re.compile(r"[A-Z][A-Z.'-]+(?:[ /,]+[A-Z][A-Z.'-]+)*(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?=[\s(]))?"
                       r"(?:,\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2})?"
                       r"(?:\s*\([A-Za-z ]{2,20}\))?(?:\s+[-\u2013\u2014]{1,2}\s+|\s*\u2014\s*)")


# A wire's dateline with its place in title case, closed by the agency in brackets:
# "Jerusalem, Oct 31 (EFE). – Abu Roe, spokesman for ...", "Gaza City (AFP) - ", and in the
# story's first paragraph with a colon: "New York, 31 October 2023 (TDI): "
_AGENCY_DATELINE = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
                              r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s*\d{4})?)?"
                              r"\s*\([A-Z][A-Za-z]{1,15}\)\.?\s*(?:[-\u2013\u2014]{1,2}|(?P<colon>:))\s+")


# A wire dateline written with a colon ("GAZA CITY: Indirect talks ..."), read only at the
# start of the story's first paragraph: elsewhere "PENCE:" may be a speaker's label.
_COLON_DATELINE = re.compile(r"([A-Z][A-Z.'\u2019-]+(?:[ /,]+[A-Z][A-Z.'\u2019-]+){0,3}):[ \t]+(?=\S)")


# A date as the dateline: "Wednesday, August 7, 2024 - Hamas has announced ..."
_DATE_DATELINE = re.compile(r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|"
                            r"\d{1,2}\s+[A-Z][a-z]{2,8}),?\s+\d{4}\s+[-\u2013\u2014]{1,2}\s+")


def _without_datelines(masked: str, paras, first=None, labels=frozenset()) -> str:
    """The masked text with each paragraph's opening dateline blanked (same length).

    `first` is the story's first paragraph (after any headline), where a capitalised place and
    a colon are a dateline too, unless the label also opens a transcript's lines (`labels`)."""
    out = None
    for ps, pe in paras:
        m = _DATELINE.match(masked, ps, pe) or _DATE_DATELINE.match(masked, ps, pe)
        if m is None and (am := _AGENCY_DATELINE.match(masked, ps, pe)) and (not am.group("colon") or (ps, pe) == first):
            m = am
        if m is None and (ps, pe) == first:
            m = _COLON_DATELINE.match(masked, ps, pe)
            m = m if m and m.group(1) not in labels else None
        if m and len(m.group(0)) < 60:
            out = out if out is not None else list(masked)
            out[m.start():m.end()] = " " * (m.end() - m.start())
    return "".join(out) if out is not None else masked


def _positions(result: ExtractedArticle, actors: Actors, issues=None, named=()) -> list:
    """Positions come from the positions module when it is present."""
    try:
        from extract import positions as pos_mod
    except ImportError:
        return []
    fn = getattr(pos_mod, "extract_positions", None)
    if fn is None:
        return []
    return list(fn(result.text, result.meta, result.quotes, result.reported, actors=actors, taxonomy=issues,
                   speakers=named))


# ------------------------------------------------------------ assignment

def _statement_page_speaker(text: str, masked: str, title: str | None, att) -> Speaker | None:
    """Who a statement page speaks for: "Statement from Taoiseach X on Middle East" over a
    body of quotes with no attribution (a government's press release)."""
    tm = _STATEMENT_TITLE.match(title or "")
    if tm is None:
        return None
    at = text.find(title)
    if at < 0:
        return None
    start, end = at + tm.start(1), at + tm.end(1)
    appos = _ROLE_COMMA_NAME.fullmatch(text, start, end)
    if appos is not None:
        start, end = appos.span(1)  # "UNICEF Executive Director, Catherine Russell,": the name
    men = np_after(masked, start, end)
    if men is None or men.kind == "pronoun":
        return None
    sp = att.resolve(men, start)
    return sp if sp is not None and sp.kind in ("person", "org") and sp.name else None


def _statement_line_speaker(text: str, masked: str, spans: list[QuoteSpan], paras, sindex, att) -> Speaker | None:
    """Who a line over the quotes names as a statement's author ("Statement by UNICEF Executive
    Director, X, following ..."): one short sentence in the three paragraphs before the first
    quote, not prose about someone's remarks."""
    first = next((q.para for q in spans), len(paras))
    for ps, pe in paras[max(0, first - 3):first]:
        if len(text[ps:pe].split()) <= 30 and sindex.at(ps) == sindex.at(max(ps, pe - 1)):
            sp = _statement_page_speaker(text, masked, text[ps:pe].strip().rstrip("."), att)
            if sp is not None:
                return sp
    return None


def _assign(text, masked, spans: list[QuoteSpan], events: list[Event], sents, sindex, paras, att,
            page: Speaker | None = None):
    """The attribution and speaker of each quote span (`page`: whom a statement page's title
    names, for a first quote that opens its paragraph with no attribution anywhere before)."""
    out: list[tuple[Event | None, Speaker | None]] = []
    by_sent: dict[int, list[Event]] = {}
    for ev in events:
        by_sent.setdefault(ev.sent, []).append(ev)
    for q in spans:
        ev, sp = _local(text, masked, q, by_sent, sents, sindex)
        if ev is not None and ev.vstart >= q.end and (called := _what_they_called(masked, q, sents, sindex, att)):
            # "... for what Trump heralded as the “first phase” ..., a spokesperson confirmed": the
            # words of who called them so, not of the attribution closing the sentence
            ev, sp = None, called
        if ev is not None and ev.vend <= q.open_at and (prompted := _prompted(masked, ev, q, att)):
            ev, sp = None, prompted
        if sp is None:
            sp = _passive_by(masked, q, sents, sindex, att)  # "was described as “catastrophic” by X"
        if sp is None:
            sp = _what_they_called(masked, q, sents, sindex, att)  # "on what she called a “rant”"
        if sp is None:
            sp = _for_whom(masked, q, sents, sindex, att)  # "For Yasser Roe, 55, the truce is “...”"
        if sp is None and _AS_BEFORE_MARK.search(masked[max(0, q.open_at - 12):q.open_at + 1]):
            # "Reid has gone after Trump as a “human leech”": the subject's characterisation
            sp = att.subject_of_sentence(sindex.at(q.open_at))
            if sp is not None and sp.kind not in ("person", "org"):
                sp = None
        out.append((ev, sp))
    # Neighbours: a quote with no attribution of its own continues the speaker
    # of the quote before it (same paragraph, or the paragraph before when the
    # quote opens its paragraph), else takes the one after it in its paragraph.
    for i, q in enumerate(spans):
        if out[i][1] is not None:
            continue
        if page is not None and not any(sp for _, sp in out[:i]) and not masked[paras[q.para][0]:q.open_at].strip():
            out[i] = (None, page)
            continue
        if _is_naming(text, masked, q):
            continue
        if _unparsed_attribution(masked, q, sents, sindex):
            continue  # "“...,” one displaced person ... told BBC Arabic": someone new, not the last speaker
        prev_i = i - 1
        if prev_i >= 0 and out[prev_i][1] is not None:
            pq = spans[prev_i]
            ps = paras[q.para][0]
            lead = masked[ps:q.open_at].strip(" \u2014\u2013-")
            # (also "Adding: “...”", a paragraph the speaker's participle opens with no subject)
            sl = _SUBJECTLESS_LEAD.fullmatch(lead) if lead else None
            opens_para = not lead or (sl is not None and sl.group(1).lower() in SAY_VERBS)
            between = masked[pq.outer_end:q.open_at]
            no_speech = not any(pq.outer_end <= ev.vstart < q.open_at and ev is not out[prev_i][0]
                                and ev.speaker is not None and ev.kind != "possessive"
                                and ev.speaker.name != out[prev_i][1].name for ev in events)
            pev = out[prev_i][0]
            if pev is not None and pq.outer_end <= pev.vstart < q.open_at:
                # the previous quote's own attribution sits in between: count the prose after it
                between = masked[max(pev.vend, sents[pev.sent][1]):q.open_at]
            near = (sindex.at(q.open_at) - sindex.at(max(pq.start, pq.end - 1)) <= 2
                    and _prose_letters(between, 80) <= 80
                    and not _WHILE_OTHER.search(between))
            if pq.para == q.para and no_speech and near:
                out[i] = (out[prev_i][0], out[prev_i][1])
                continue
            if q.para - pq.para == 1 and opens_para and no_speech and (
                    _quote_only(masked, paras[q.para], q)
                    or _quote_then_background(text, masked, paras[q.para], q, events, out[prev_i][1])):
                out[i] = (out[prev_i][0], out[prev_i][1])
                continue
        nxt = i + 1
        if nxt < len(spans) and q.close_at is None and spans[nxt].para == q.para + 1 and \
                out[nxt][1] is not None and not masked[paras[q.para + 1][0]:spans[nxt].open_at].strip() and \
                (out[nxt][0] is None or out[nxt][0].vstart >= spans[nxt].outer_end):
            # A quote left open at its paragraph's end runs on into the next paragraph's quote,
            # whose attribution after it covers both (the continuation convention)
            out[i] = out[nxt]
            continue
        if nxt < len(spans) and spans[nxt].para == q.para and out[nxt][1] is not None:
            ev = out[nxt][0]
            close = (sindex.at(spans[nxt].open_at) - sindex.at(max(q.start, q.end - 1)) <= 1
                     and _prose_letters(masked[q.outer_end:spans[nxt].open_at], 40) <= 40)
            if ev is not None and ev.vstart >= spans[nxt].outer_end and not q.single and close:
                out[i] = out[nxt]
                continue
        # The previous sentence ends with its attribution and this quote opens the next:
        # "..., Schiff said. “The other factor ...”"
        sq = sindex.at(q.open_at)
        if sq > 0 and sents[sq - 1][2] == q.para and not masked[sents[sq][0]:q.open_at].strip():
            prev_evs = [ev for ev in events if ev.sent == sq - 1 and ev.speaker is not None
                        and ev.kind in ("pre", "inverted")]
            if prev_evs:
                ev = prev_evs[-1]
                tail = masked[ev.vend:sents[sq - 1][1]]
                # ("..., Blinken said on Monday, according to media reports. “...”": the channel
                # the words came through is not who goes on speaking)
                tail = re.sub(r",?\s*according\s+to\s+[^,;:.\u201c\u201d\"]{1,60}\.?\s*$", "", tail)
                if len(tail.split()) <= 4 and not _unparsed_attribution(masked, q, sents, sindex):
                    out[i] = (ev, ev.speaker)
                    continue
        # Colon lead-in at the end of the previous paragraph: "Caddell continued:"
        ps = paras[q.para][0]
        if q.para > 0 and not masked[ps:q.open_at].strip():
            pps, ppe = paras[q.para - 1]
            if masked[pps:ppe].rstrip().endswith(":"):
                cands = [ev for ev in events if pps <= ev.vstart < ppe and ev.speaker]
                if cands:
                    out[i] = (cands[-1], cands[-1].speaker)
                    continue
        ev = _named_right_after(masked, q, events, sents, sindex)
        if ev is not None:
            out[i] = (ev, ev.speaker)
            continue
        ev = _pronoun_speaks_on(masked, q, events, sents, sindex, paras)
        if ev is not None:
            out[i] = (ev, ev.speaker)
            continue
        # A whole quoted sentence (GGT's "floating quote") right after a sentence that reports
        # someone's speech, in the same paragraph or closing the paragraph before:
        # "Sanders said young people were angry. “They are sick and tired of it.”"
        ev = _floating_source(text, masked, q, events, sents, sindex, paras)
        if ev is not None:
            out[i] = (ev, ev.speaker)
        # A quoted fragment inside a sentence whose subject is a named person or organisation
        # and whose verb characterises ("Trump vowed to punish “those who violate the rules”",
        # "Reid has been pounding Trump as a “con artist”"): the subject's words.
        if out[i][1] is None and not q.single and _fragment_in_prose(text, masked, q, sents, sindex):
            sp = att.subject_of_sentence(sindex.at(q.open_at), q.open_at)
            if sp is not None and sp.kind in ("person", "org"):
                out[i] = (None, sp)
        # "Biden reminisced about ... before joking about his age: “...”": a colon after prose
        # whose subject is a named person hands the quote to that subject
        if out[i][1] is None and not q.single:
            pre = masked[max(0, q.open_at - 200):q.open_at].rstrip()
            if pre.endswith(":"):
                ci = q.open_at - (len(masked[max(0, q.open_at - 200):q.open_at]) - len(pre)) - 1
                csi = sindex.at(ci)
                # (the colon may end the paragraph before: "X made a direct appeal to the government:\n\n“...”")
                if sents[csi][0] < ci and sents[csi][2] in (q.para, q.para - 1) and \
                        not any(ev.sent == csi for ev in events):
                    # (or "she" who made it clear: “...”, the person she stands for)
                    sp = att.subject_of_sentence(csi, pronouns=True)
                    if sp is not None and sp.kind == "person" and (len(sp.name.split()) >= 2 or sp.titles):
                        out[i] = (None, sp)
        # A whole clause quoted in a sentence whose subject is a named person or organisation,
        # with no reporting verb we know ("Clinton mused that “...”", "X proclaimed “...”"):
        # the subject's words, when nobody else is named between the subject and the quote.
        if out[i][1] is None and not q.single and not _is_naming(text, masked, q) and \
                len(text[q.start:q.end].split()) >= 4:
            si = sindex.at(q.open_at)
            sp = att.subject_of_sentence(si, q.open_at)
            if sp is not None and sp.kind in ("person", "org") and sents[si][2] == q.para and \
                    not (sp.as_written or "").endswith(("'", "\u2019", "'s", "\u2019s")):
                # (not "Ouisa Davis' commentary, “...”, is thoughtful": a possessive is no subject)
                between = masked[sents[si][0]:q.open_at]
                if _WHILE_OTHER.search(between):
                    between = "\u00b7"  # another clause's subject
                written, flat = " ".join((sp.as_written or "").split()), " ".join(between.split())
                if sp.kind == "person" and written.endswith(sp.name) and flat.startswith(written):
                    # (the subject's own title words are no one else: "Belgian Foreign Minister X")
                    between = flat[len(written) - len(sp.name):]
                caps = [c for c in re.findall(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+", between[1:])
                        if not _day_word(c)]
                if len(caps) <= len(sp.name.split()) + 1 and "\u00b7" not in between:
                    out[i] = (None, sp)
        if out[i][1] is None and not q.single:
            sp = _introduced_in_sentence_before(text, masked, q, sents, sindex, events, att)
            if sp is not None:
                out[i] = (None, sp)
        if out[i][1] is None and not q.single and q.para > 0:
            sp = _name_heading(text, masked, q, paras, events, att)
            if sp is not None:
                out[i] = (None, sp)
        if out[i][1] is None and not q.single and i > 0 and out[i - 1][1] is not None \
                and _source_goes_on(text, masked, q, spans[i - 1], paras, events):
            out[i] = out[i - 1]
        if out[i][1] is None and not q.single and q.para > 0:
            sp = _introduced_in_prose(text, masked, q, paras, sents, events, att)
            if sp is not None:
                out[i] = (None, sp)
    # "Hamas is “studying” the offer, Al Jazeera reports", "According to Kan News, X will vote
    # against it “on principle”": a fragment in the clause of a named subject is the subject's
    # words; the outlet only relays them.
    for i, q in enumerate(spans):
        ev, sp = out[i]
        if ev is not None and sp is not None and is_outlet(sp.name) and ev.sent == sindex.at(q.open_at):
            subj = _relayed_subject(masked, q, ev, sents, sindex, att)
            if subj is not None:
                out[i] = (None, subj)
    # Drop naming/scare quotes that only picked up a distant speaker, and marks around a side's
    # own name, which distance the writer from it (“Israel”, “Israeli”): nobody's words.
    for i, q in enumerate(spans):
        if out[i][1] is not None and (_is_naming(text, masked, q) and (
                not _adjacent(masked, q, out[i][0]) or _titled(text, masked, q))
                or _side_name_only(text[q.start:q.end], att.actors) or _crosshead(text, q, paras)):
            out[i] = (None, None)
    # ...but a name someone gave in their own voice is their words: "Smotrich called the
    # proposal “Total Surrender”", "X dubbed him “Little Marco”" (not "the plan, dubbed “...”")
    for i, q in enumerate(spans):
        if out[i][1] is None and not q.single:
            si = sindex.at(q.open_at)
            for ev in by_sent.get(si, []):
                if ev.kind == "pre" and ev.speaker is not None and ev.speaker.kind in ("person", "org") and \
                        _NAMING_VERB.fullmatch(ev.verb.lower()) and ev.vend <= q.open_at and \
                        _GIVEN_NAME_OBJECT.fullmatch(masked[ev.vend:q.open_at]):
                    out[i] = (ev, ev.speaker)
    _repeated_quotes(text, masked, spans, paras, out)
    return out


def _repeated_quotes(text, masked, spans: list[QuoteSpan], paras, out) -> None:
    """A crosshead or pull quote ("“We're back to square one”" alone on its line) repeats words
    a quote in another paragraph gives: that quote's speaker said them, whoever the prose just
    before the crosshead named."""
    # (read once per paragraph: whether its prose is nothing but the quote's marks and stops)
    bare = {k: not masked[paras[k][0]:paras[k][1]].replace("\u00b7", "").strip(" \t\"\u201c\u201d\u2018\u2019'.,:;!?")
            for k in {q.para for q in spans}}
    alone = [i for i, q in enumerate(spans) if bare[q.para]]
    if not alone:
        return
    said = [" ".join(text[r.start:r.end].lower().replace("\u2019", "'").split()) for r in spans]
    for i in alone:
        q = spans[i]
        written = text[q.start:q.end].split()
        long_words = [w for w in written if len(w.strip(".,;:!?")) > 3]
        if len(written) < 3 or all(w[:1].isupper() for w in written) or (
                len(long_words) >= 2 and all(w[:1].isupper() for w in long_words)):
            continue  # (a crosshead in title case, "'Legend in the Coal Fields.'", is a headline's wording)
        words = said[i].strip(" .,;:!?")
        for j, r in enumerate(spans):
            if r.para != q.para and out[j][1] is not None and words in said[j]:
                out[i] = out[j]
                break


_CHARACTERISE = re.compile(r"\b(?:call(?:s|ed|ing)?|dubb(?:ed|ing)|label(?:l?ed|l?ing)|brand(?:ed|ing)|describ(?:e|es|ed|ing)|"
                           r"vow(?:s|ed)?|promis(?:e|es|ed)|pledg(?:e|es|ed)|attack(?:s|ed)?|accus(?:e|es|ed)|"
                           r"denounc(?:e|es|ed)|condemn(?:s|ed)?|mock(?:s|ed)?|prais(?:e|es|ed)|hail(?:s|ed)?|"
                           r"urg(?:e|es|ed)|demand(?:s|ed)?|insist(?:s|ed)?|warn(?:s|ed)?|as)\b")


_WHAT_CALLED = re.compile(
    r"\bwhat\s+((?:[A-Z][\w\u2019'.-]*\s+){0,3}[A-Z][\w\u2019'.-]*|he|she|they|it|we|(?:the|a|an)\s+[a-z]+)\s+"
    r"(?:\w+ly\s+)?(?:has\s+|had\s+|have\s+)?(?:called|calls|call|termed|terms|dubbed|dubs|labell?ed|labels|"
    r"branded|brands|described\s+as|describes\s+as|characteri[sz]ed\s+as|"
    r"(?:hailed|hails|heralded|heralds|touted|touts|praised|praises|denounced|condemned|saw|sees|views|viewed|"
    r"regards|regarded|considers|considered)\s+as)\s+(?:as\s+)?(?:a|an|the)?\s*[\"\u201c\u2018']$")


def _what_they_called(masked: str, q: QuoteSpan, sents, sindex, att):
    """"on what they called a “man-made catastrophe”": the words of whoever "they" are."""
    from extract.speakers import _tokens, classify
    from extract.attribution import Mention

    ss = sents[sindex.at(q.open_at)][0]
    wm = _WHAT_CALLED.search(masked, max(ss, q.open_at - 90), q.open_at + 1)
    if not wm:
        return None
    phrase, start = wm.group(1), wm.start(1)
    if phrase.lower() in ("he", "she", "they", "it", "we"):
        # the pronoun usually points at the subject of its own sentence ("The leaders ...
        # released a statement on what they called ...")
        subj = att.subject_of_sentence(sindex.at(q.open_at))
        if subj is not None and subj.name and subj.kind in ("person", "org", "descriptor"):
            return subj
        if phrase.lower() in ("they", "it"):
            return None  # a plural or institutional "they" elsewhere is too often the wrong body
        men = Mention(phrase, start, start + len(phrase), "pronoun")
    else:
        toks = _tokens(masked, start, start + len(phrase))
        men = classify(phrase, start, start + len(phrase), toks) if toks else None
        if men is None:
            return None
        men = att._with_actor(men)
    sp = att.resolve(men, start)
    return sp if sp is not None and sp.name else None


_PROMPTING = re.compile(r",?\s+(?:prompting|leading|forcing|causing|spurring|pushing|moving)\s+")


def _prompted(masked: str, ev: Event, q: QuoteSpan, att):
    """"Hamas declared ... “...,” prompting Trump to issue a statement calling on Israel to
    “stop bombing Gaza”": the words after the one it prompted are that one's."""
    last = list(_PROMPTING.finditer(masked, ev.vend, q.open_at))[-1:]
    if not last or re.search(r"[.;!?]", masked[last[0].end():q.open_at]):
        return None
    pm = last[0]
    men = np_after(masked, pm.end(), q.open_at)
    if men is None or men.kind not in ("name", "org") or not re.match(r"\s+to\s+[a-z]", masked[men.end:men.end + 8]):
        return None
    sp = att.resolve(att._with_actor(men), men.start)
    return sp if sp is not None and sp.name else None


# "But for 55-year-old Yasser Roe, the truce is “...”": whose view the sentence gives
_FOR_WHOM = re.compile(r"\s*(?:(?:But|And|Yet)\s+[Ff]|F)or\s+([^,;:\u201c\"\u00b7]{3,80}?)\s*,\s+"
                       r"[^,;:\u201c\"\u00b7]{0,80}?\b(?:is|was|are|were|means|meant|remains|feels|felt)\s+(?:only\s+|just\s+|"
                       r"still\s+|simply\s+)?(?:a\s+|an\s+|the\s+)?[\u201c\"]$")


def _for_whom(masked: str, q: QuoteSpan, sents, sindex, att):
    """"For 55-year-old Yasser Roe, the truce is “dust in our eyes”": a person's view set out
    with "for", no verb of saying anywhere in the sentence; the person the "for" names."""
    ss, se, _ = sents[sindex.at(q.open_at)]
    fm = _FOR_WHOM.fullmatch(masked, ss, q.open_at + 1)
    if fm is None:
        return None
    men = np_after(masked, fm.start(1), fm.end(1))
    if men is None or men.end < fm.end(1) - 1 or men.kind not in ("name", "descriptor"):
        return None
    sp = att.resolve(att._with_actor(men), men.start)
    if sp is None or sp.plural or sp.kind != "person" and not (
            sp.kind == "descriptor" and (sp.head or "") in PERSON_HEADS):
        return None
    return sp


def _passive_by(masked: str, q: QuoteSpan, sents, sindex, att):
    """A passive reporting verb before the quote and its agent after it:
    "The situation was described as “catastrophic” by Marwan al-Sultan, the director"."""
    from extract.speakers import np_after

    si = sindex.at(q.open_at)
    ss, se, _ = sents[si]
    if not _PASSIVE_CALLED_END.search(masked[max(ss, q.open_at - 60):q.open_at + 1]):
        return None
    bm = re.match(r"[\s,]*by\s+", masked[q.outer_end:se])
    if not bm:
        return None
    men = np_after(masked, q.outer_end + bm.end(), se)
    if men is None or men.kind == "pronoun":
        return None
    sp = att.resolve(att._with_actor(men), men.start)
    return sp if sp is not None and sp.kind in ("person", "org", "descriptor") else None


def _pronoun_speaks_on(masked: str, q: QuoteSpan, events, sents, sindex, paras) -> Event | None:
    """"“We are hopeful.” He said there were some positive developments": a quoted sentence opening
    its paragraph, then a sentence whose pronoun subject speaks on: the pronoun's speaker, when the
    speech reported before the quote is theirs too (the pronoun names who was speaking)."""
    if q.single or masked[paras[q.para][0]:q.open_at].strip():
        return None
    nxt = sindex.at(max(q.start, q.end - 1)) + 1
    if nxt >= len(sents) or sents[nxt][2] != q.para or masked[q.outer_end:sents[nxt][0]].strip():
        return None
    opening = [ev for ev in events if ev.sent == nxt and ev.kind == "pre" and ev.speaker is not None
               and ev.mention.kind == "pronoun" and ev.mention.start == sents[nxt][0]]
    before = [ev for ev in events if ev.vstart < q.open_at and ev.speaker is not None]
    if opening and before and before[-1].speaker.name == opening[0].speaker.name:
        return opening[0]
    return None


def _fragment_in_prose(text, masked, q: QuoteSpan, sents, sindex) -> bool:
    """A lower-case fragment of a few words after a characterising verb in the same sentence."""
    qt = text[q.start:q.end]
    if not qt[:1].islower() or not 2 <= len(qt.split()) <= 25:
        return False
    si = sindex.at(q.open_at)
    before = masked[sents[si][0]:q.open_at]
    if _WHILE_OTHER.search(before):
        return False  # "X warned ..., while Arab ministers condemned it as “...”": not X's clause
    return bool(_CHARACTERISE.search(before[-80:])) and "\u00b7" not in before[-80:]


# "This is what ...", "That was exactly what ...": a sentence pointing back at the words before it
_POINTS_BACK = re.compile(r"(?:This|That)(?:\s+(?:is|was)|[\u2019']s)\s+(?:exactly\s+|precisely\s+)?what\s")
_SPACES_AND_STOPS = re.compile(r"[\s.]*")


def _named_right_after(masked, q: QuoteSpan, events, sents, sindex) -> Event | None:
    """"“...” This is what Ilan Dalal ... told the JC", "“...”. That was what US officials told
    me": the sentence right after the quote (same paragraph or the next one's first) points back
    at it and says who spoke."""
    if q.close_at is None:
        return None
    at = _SPACES_AND_STOPS.match(masked, q.outer_end).end()
    if not _POINTS_BACK.match(masked, at):
        return None
    si = sindex.at(at)
    if not q.para <= sents[si][2] <= q.para + 1:
        return None
    return next((ev for ev in events if ev.sent == si and ev.speaker is not None and ev.kind == "pre"), None)


def _floating_source(text, masked, q: QuoteSpan, events, sents, sindex, paras) -> Event | None:
    if q.single or len(text[q.start:q.end].split()) < 5 or not text[q.start:q.start + 1].isupper():
        return None
    sq = sindex.at(q.open_at)
    ps, pe = paras[q.para]
    if masked[sents[sq][0]:q.open_at].strip() or _prose_letters(masked[q.outer_end:pe], 12) > 12:
        return None
    if sq == 0:
        return None
    prev = sq - 1
    if sents[prev][2] != q.para and not (sents[prev][2] == q.para - 1 and not masked[ps:q.open_at].strip()):
        return None
    cands = [ev for ev in events if ev.sent == prev and ev.speaker is not None and ev.kind in ("pre", "inverted",
                                                                                             "according")
             and ev.speaker.kind in ("person", "org", "descriptor") and ev.verb.lower() in FLOATING_VERBS]
    if not cands or _unparsed_attribution(masked, q, sents, sindex):
        return None
    return cands[-1]


# A verb of saying with no subject of its own right after a quote: the speaker going on
_SUBJECTLESS_SAYING = re.compile(r"\s*,?\s*(?:and\s+)?(?:adding|saying|noting|stressing|insisting|explaining|"
                                 r"arguing|added|noted|stressed|insisted|explained)\b")


def _unparsed_attribution(masked: str, q: QuoteSpan, sents, sindex) -> bool:
    """A reporting verb right after the quote that no speaker was found for."""
    from extract.attribution import _verb_matches

    s = sindex.at(max(q.open_at, q.end - 1))
    end = sents[s][1] if s + 1 >= len(sents) or sents[s + 1][0] > q.outer_end else sents[s + 1][1]
    tail = masked[q.outer_end:min(end, q.outer_end + 150)]
    if not _SPACE_COMMA_OR_DASH.match(tail[:1] or " "):
        return False
    tail = _OPENING_OR_MASKED.split(tail)[0]
    if _SUBJECTLESS_SAYING.match(tail) and not masked[sents[s][0]:q.open_at].strip(" \u201c\"\u2018'"):
        # "“...,” adding that they ...", the quote opening its sentence: whoever spoke it goes
        # on, no one new (in prose, "Hamas has held meetings “...,” stressing", it is not known)
        return False
    # (an infinitive is no attribution: "“...,” allowing the group to claim an achievement")
    return any(tail[max(0, vm.start() - 3):vm.start()] != "to " for vm in _verb_matches(tail))


def _prose_letters(s: str, bound: int) -> int:
    """Letters of reporting prose (quoted words are masked out), exact up to `bound`: past it
    the count stops (the callers compare it with that bound), so a long paragraph is read in
    pieces only until it has more."""
    n = 0
    for i in range(0, len(s), 200):
        n += sum(map(str.isalpha, s[i:i + 200]))
        if n > bound:
            break
    return n


def _quote_only(masked: str, para: tuple[int, int], q: QuoteSpan) -> bool:
    ps, pe = para
    return _prose_letters(masked[ps:pe], 40) < 40


_ACCORDING_LEAD = re.compile(r"\s*According\s+to\s+[^,;:\u00b7]{1,60},\s*")


_CITING = re.compile(r"[,\u2014\u2013]\s*citing\s+")
_STORY_THAT = re.compile(r"\b(?:reported|reports|said|says|wrote|writes)\s+(?:on\s+[A-Z]\w+\s+)?that\s+")


def _speaker_at(att, masked: str, start: int, end: int, kinds=("name", "org")):
    """The speaker the noun phrase at `start` names, when it is of one of `kinds`."""
    men = np_after(masked, start, end)
    return att.resolve(att._with_actor(men), men.start) if men is not None and men.kind in kinds else None


def _relayed_subject(masked: str, q: QuoteSpan, ev: Event, sents, sindex, att):
    """The named person or body whose clause holds a quoted fragment that an outlet relays,
    or the source the outlet cites: "AFP reported that a truce may come “within days”, citing
    a senior Hamas official"."""
    ss, se, _ = sents[sindex.at(q.open_at)]
    cm = _CITING.search(masked, q.outer_end, se)
    if cm:
        sp = _speaker_at(att, masked, cm.end(), se, kinds=("name", "org", "descriptor"))
        if sp is not None and sp.name and not is_outlet(sp.name) and sp.name != ev.speaker.name:
            return sp
    lead = _ACCORDING_LEAD.match(masked, ss, q.open_at)
    start = lead.end() if lead else ss
    if not re.search(r"[a-z]{3}", masked[start:q.open_at]):
        return None  # the quote opens the clause: the outlet's report of whole words
    if lead:
        sp = _speaker_at(att, masked, start, q.open_at)
    else:
        sp = att.subject_of_sentence(sindex.at(q.open_at), q.open_at)
        if sp is None or is_outlet(sp.name):
            # "The Times of Israel reported that Gallant turned to the premier and asked: “...”":
            # the subject of the last story clause the outlet reports
            stories = list(_STORY_THAT.finditer(masked, ss, q.open_at))
            if stories:
                sp = _speaker_at(att, masked, stories[-1].end(), q.open_at)
    if sp is None or sp.kind not in ("person", "org") or not sp.name or is_outlet(sp.name) \
            or sp.name == ev.speaker.name:
        return None
    return sp


# "..., Moore said at an event at the Heritage Foundation in Washington on Thursday.", "...,
# X has said amid a push by western leaders to end fighting in Gaza.": only where, when and
# amid what after the attribution, however long, no clause of its own
_SETTING_TAIL = re.compile(r"(?:\s+(?:at|in|on|during|outside|inside|near|before|after|amid|amidst|ahead\s+of|"
                           r"by|for|with|over|from|to|of)\s+"
                           r"(?:(?!(?:that|where|which|who|when|while|as|but|and|because|after|before)\b)"
                           r"[\w.,'\u2019-]+\s+){0,5}?(?:(?!(?:that|where|which|who|when|while|as|but|and|"
                           r"because)\b)[\w.'\u2019-]+)){1,4}\s*[.]?\s*")


# a paragraph opened by a participle with no subject: "Adding:", "Noting," (of saying: SAY_VERBS)
_SUBJECTLESS_LEAD = re.compile(r"([A-Z][a-z]+ing)\s*[:,]")
# where and when, then a participle: "in a video message, referring to the corridor"
_SETTING_THEN = re.compile(_SETTING_TAIL.pattern.removesuffix(r"\s*[.]?\s*") + r"\s*,\s*[a-z]+ing\b")
# the speaker's report going on in a clause of its own: ", but it is “...”"
_CONTINUED = re.compile(r"\s*,\s*(?:but|and)\s+(?:it|this|that|he|she|they)\s+(?:is|was|are|were|would|will|could|"
                        r"had|has|remains|remained)\b")


def _rest_after(masked: str, ev: Event, end: int) -> str:
    """The sentence's rest after an attribution: after the speaker when it follows the verb
    ("said X", "according to X", "quoted X as saying"), else after the verb."""
    if ev.kind == "pre" and ev.mention.start >= ev.vend:
        am = _AS_SAYING.match(masked, ev.mention.end, end)  # ("the channel quoted Alon as saying")
        return masked[am.end() if am else ev.mention.end:end]
    return masked[ev.mention.end if ev.kind in ("inverted", "according") else ev.vend:end]


_AS_SAYING = re.compile(r"\s+as\s+(?:saying|telling|stating|having\s+said)\b")


# holding a view, not saying words: "Hamas hopes ...", "Israel wants ..."
_VIEW_VERBS = frozenset({"hopes", "hoped", "wants", "want", "wanted", "expects", "expected", "plans", "fears",
                         "feared", "believes", "believed", "thinks", "thought"})
# showing or finding, not saying: "While Hamas showed “flexibility”, Israel ..., Hamdan said"
_FINDING_VERBS = frozenset({"shows", "show", "showed", "found", "finds"})
# a second verb coordinated after the first: "responded ..., but raised"
_COORDINATED_VERB = re.compile(r"\b(?:but|and|while)\s+(?:also\s+|then\s+)?[a-z]+ed\b")


def _quote_then_background(text: str, masked: str, para: tuple[int, int], q: QuoteSpan, events,
                           speaker: Speaker | None = None) -> bool:
    """A whole quoted sentence opening the paragraph, then the writer's background with no
    speaker or other quote in it ("“...” Qatar is home to the largest US base in the region."),
    or whose only speaker is the one going on (`speaker`: "“...” Speaking of Rafah, Wennesland
    said the conflict was at a pivotal moment.")."""
    if not text[q.start:q.end].rstrip().endswith((".", "?", "!")):
        return False
    rest = masked[q.outer_end:para[1]]
    if not re.match(r"\s+[A-Z]", rest):
        return False
    later = [ev for ev in events if q.outer_end <= ev.vstart < para[1]]
    spoken = [ev for ev in later if ev.kind != "possessive"]  # (not "referring to Qatar's call")
    same = speaker is not None and bool(spoken) and all(
        ev.speaker is not None and ev.speaker.name == speaker.name for ev in spoken)
    if "\u00b7" in rest:
        return same  # ("“...” Al Ansari added, “...”": more words of the same speaker)
    return not later or same


def _adjacent(masked: str, q: QuoteSpan, ev: Event | None) -> bool:
    if ev is None:
        return False
    if ev.vstart >= q.outer_end:
        return len(masked[q.outer_end:ev.mention.start if ev.kind == "pre" else ev.vstart].strip(" ,\u2014\u2013-")) == 0
    return masked[ev.vend:q.open_at].strip(" ,:") in ("", "that")


_THAT_NEXT = re.compile(r"\s+that\s")
_CORE_SPEECH = {"said", "says", "say", "told", "tells", "tell", "added", "wrote", "writes", "stated"}
# the object between "called" and the name it was given: "the proposal", "him", "the 1996 winner"
_GIVEN_NAME_OBJECT = re.compile(r"\s+(?:him|her|it|them|(?:the|his|her|its|their|a|an)\s+(?:[\w\u2019'-]+\s+){0,4}?"
                                r"[\w\u2019'-]+|[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*){0,2})\s+(?:as\s+)?(?:a\s+|an\s+|the\s+)?")
_NAMING_VERB = re.compile(r"call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|dubb(?:ed|ing)|dubs?|label(?:l?ed|l?ing|s)?|"
                          r"term(?:s|ed|ing)?|brand(?:s|ed|ing)?|characteri[sz](?:e|es|ed|ing)")
# the quote is the predicate of a clause: "... were “...”" (its subject is what is spoken of)
_COPULA_BEFORE_QUOTE = re.compile(r"\b(?:is|was|were|are)\s+(?:(?:so|too|very|simply|just|not)\s+)?[\u201c\"]?\s*$")
# "a recording of X telling the families that “...”": the participle's speaker said the words
_SPEECH_PARTICIPLES = {"telling", "saying", "adding", "writing", "tweeting", "posting", "stating", "declaring",
                       "announcing", "insisting", "warning", "arguing", "noting", "explaining", "asking"}


# ("As X said, “...”" is an attribution: not "as")
_SUBORDINATOR = re.compile(r"\b(?:when|after|before|once|since|until|because|if|while|although|though)\s+$", re.I)
_ADVERBIAL_VERB = re.compile(r"(?:\s+(?:on|last|this|late|early|earlier|later)?\s*\w*day)?\s*,")


# "..., while Arab ministers condemned it": a contrasting clause with a subject of its own
_WHILE_OTHER = re.compile(r"\b(?:while|whereas)\s+(?:the\s+)?[A-Z]")
_BARE_GAP = re.compile(r"[\s,\u2014\u2013-]*")
_VERB_CLOSED = re.compile(r"\s*,\s*(?:but|adding|noting)\s")
_TITLE_COMMA_GAP = re.compile(r"([\s,\u2014\u2013-]*)((?:[A-Z][\w\u2019'-]*\s+){0,4}[A-Z][\w\u2019'-]*),\s*")
_DASH_ASIDE_GAP = re.compile(r"(\s*)" + DASHED_ASIDE + r"\s*")
_ROLE_GAP = re.compile(r"([\s,\u2014\u2013-]*)(?:[A-Z][\w\u2019'-]*\s+)?((?:[a-z][\w-]*\s+){1,3})")


def _closing_gap(masked: str, q: QuoteSpan, ev: Event) -> str | None:
    """The prose between a quote and an attribution that follows it (the "," of "“...,” X
    said"), or None when the attribution has no speaker or does not follow the quote."""
    if ev.speaker is None or ev.vstart < q.outer_end or (ev.kind == "pre" and ev.mention.start < q.outer_end):
        return None
    gap = masked[q.outer_end:ev.vstart if ev.kind in ("inverted", "according") else ev.mention.start]
    aside = _DASH_ASIDE_GAP.fullmatch(gap)
    if aside:
        return aside.group(1)  # "“...” — a weeklong truce in November — said Halevi": the aside is no speaker's
    appos = (ev.mention.appositive or "").strip(" ,")
    if appos and ev.kind == "pre" and gap.strip(" ,") == appos:
        return gap[:len(gap) - len(gap.lstrip())]  # "“...!” Scott's niece, Marcia Price, shouted": the role opens it
    if ev.kind == "pre" and ev.mention.kind == "name":
        role = _ROLE_GAP.fullmatch(gap)
        if role and all(w in DESC_WORDS or w in DESC_HEADS for w in role.group(2).split()):
            return role.group(1)  # "“...,” Qatari premier Sheikh X told ...": the speaker's title opens it
        title = _TITLE_COMMA_GAP.fullmatch(gap)
        if title and title.group(2).split()[-1].lower() in DESC_HEADS:
            return title.group(1)  # "“...,” Israeli National Security Adviser, X wrote": a title set off by a comma
    return gap


_HELD_IN_CLAUSE = re.compile(r"\s+(?:that|of|about|for|to)\b[^;:\u00b7]{0,140}")
# Inside another verb's clause only a content clause holds the words ("X said Trump's demand that
# ... “...”"), not "Trump's tweet to invite her was “to mock”" (the words are about the noun).
_HELD_IN_THAT_CLAUSE = re.compile(r"\s+that\b(?:(?!\b(?:is|was|are|were|has\s+been|had\s+been)\b)[^;:\u00b7]){0,140}")


def _possessive_holding(masked: str, q: QuoteSpan, evs, after: int | None = None):
    """The last possessive statement noun ("Trump's demand", "his claim") before the quote
    whose own clause holds the quote with no other verb or quote in between; with `after`
    (another verb's end), only one after it that opens a content clause."""
    held = _HELD_IN_CLAUSE if after is None else _HELD_IN_THAT_CLAUSE
    for ev in reversed(evs):
        if ev.kind == "possessive" and ev.speaker is not None and (after or 0) <= ev.vstart \
                and ev.vend <= q.open_at and held.fullmatch(masked, ev.vend, q.open_at) and \
                not any(e.kind != "possessive" and ev.vend <= e.vstart < q.open_at for e in evs):
            return ev
    return None


def _member_voicing(masked: str, q: QuoteSpan, inner: Event, evs, se: int) -> Event | None:
    """A person on the organisation's own side who states what the organisation holds, in the
    same sentence: "According to the spokesman, Hamas insists on ... “...”", "It demands a
    “...” agreement, reaffirmed one of its leaders, X"."""
    side = inner.speaker.party
    if side is None:
        return None
    for ev in evs:
        sp = ev.speaker
        if ev is inner or sp is None or sp.kind != "person" or sp.party != side or ev.kind == "possessive":
            continue
        if ev.kind == "according" and ev.vend <= inner.mention.start:
            return ev
        if ev.kind in ("pre", "inverted") and ev.vstart >= q.outer_end and \
                re.search(r",[\u201d\"\u2019']?\s*$", masked[q.outer_end:ev.vstart if ev.kind == "inverted" else ev.mention.start]) and \
                len(_rest_after(masked, ev, se).split()) <= 6:
            return ev
    return None


# a colon ending the words before a quote ("X told troops: “...”")
_COLON_END = re.compile(r":\s*$")


def _local(text, masked, q: QuoteSpan, by_sent, sents, sindex):
    si = sindex.at(q.open_at)
    sj = sindex.at(max(q.open_at, q.end - 1))
    ends_sentence = text[q.end - 1:q.end] in (".", "\u2026") or text[max(q.start, q.end - 2):q.end].endswith(".\u2019")
    # 0. a colon lead-in: "X told troops: “...”"
    if _COLON_END.search(masked[sents[si][0]:q.open_at]):
        before = [ev for ev in by_sent.get(si, []) if ev.vend <= q.open_at and ev.speaker is not None]
        if before:
            # unless the quote's own attribution closes the sentence: "Germany echoed it, saying:
            # “...,” a German foreign ministry spokesperson said." names who spoke the words
            for ev in by_sent.get(sj, []):
                if ev.speaker is None or ev.vstart < q.outer_end or ev.kind not in ("pre", "inverted"):
                    continue
                gap = _closing_gap(masked, q, ev)
                tail_from = ev.mention.end if ev.kind == "inverted" else ev.vend
                if gap is not None and _BARE_GAP.fullmatch(gap) and ev.mention.kind != "pronoun" \
                        and len(masked[tail_from:sents[sj][1]].split()) <= 3:
                    return ev, ev.speaker
                break
            return before[-1], before[-1].speaker
    # 0b. the quote is its speaker's predicate before a participle: 'the MPs "condemn the
    # killing ...," adding that'
    for ev in by_sent.get(si, []):
        if ev.kind == "pre" and ev.speaker is not None and ev.verb.endswith("ing") \
                and ev.mention.end <= q.open_at and q.outer_end <= ev.vstart \
                and not masked[ev.mention.end:q.open_at].strip() \
                and re.fullmatch(r"[\s,]*", masked[q.outer_end:ev.vstart]):
            return ev, ev.speaker
    # 1. right after the quote: ", Smotrich said" / "said Yaakov Amidrol"
    # (the next sentence's verb only for a quote that opens its own: "... and called the
    # massacre “an act of sheer evil.” Hamas has vowed to repeat it." is not Hamas's)
    # (the speech events earlier in the quote's own sentence, also step 2's candidates)
    before = [ev for ev in by_sent.get(si, []) if ev.vend <= q.open_at and ev.speaker is not None
              and ev.kind != "possessive"]
    for s in range(sj, min(sj + 2, len(sents))):
        if sents[s][2] != sents[sj][2] or (s != sj and before):
            break
        for ev in by_sent.get(s, []):
            gap = _closing_gap(masked, q, ev)
            if gap is None:
                continue
            if _BARE_GAP.fullmatch(gap):
                if s != sj and not re.fullmatch(r"\s*", gap):
                    continue
                rest = masked[ev.vend:sents[s][1]]
                if ends_sentence and (len(rest.split()) > 6 or "\u00b7" in rest or re.match(r"\s+that\b", rest)) \
                        and not _VERB_CLOSED.match(rest):
                    # "“...home.” UN chief X said a deal ...", "“...” Russia insisted that Y “...”":
                    # a new sentence with its own words, not the attribution (but "“...here.” Kirby
                    # said, but that “...”": the verb closes on a comma, its words are the quote's)
                    continue
                if s == si and (ev.kind == "according" or ev.verb in ("reported", "reports")):
                    # "Abbas condemned the killing, calling it “a cowardly act”, according to WAFA":
                    # the words are the sentence's speaker's; the agency only reports them
                    inner = [e for e in by_sent.get(si, []) if e.vend <= q.open_at and e.kind == "pre"
                             and e.speaker is not None and e.speaker.kind in ("person", "org", "descriptor")
                             and e.speaker.name != ev.speaker.name]
                    if inner and not _COORDINATED_VERB.search(masked[inner[-1].vend:q.open_at]):
                        # (not "Hamas responded ..., but raised “clarifications”, according to a
                        # diplomat": words the source reports, in another verb's clause)
                        pick = inner[-1]
                        if len(inner) >= 2 and pick.verb.lower() not in _CORE_SPEECH and \
                                inner[-2].verb.lower() in _CORE_SPEECH and inner[-2].vend <= pick.mention.start:
                            # "Lin said Beijing hopes ... “...,” according to the Global Times": Lin
                            # reported what Beijing hopes
                            pick = inner[-2]
                        return pick, pick.speaker
                return ev, ev.speaker
    # 2. earlier in the same sentence: "X said: “...”", "X said that “...”" (`before`, above)
    # "so when Hamas responded, it was believed that ... “...”": a verb closing an adverbial
    # clause says nothing; the quote belongs to the main clause's source
    main = [ev for ev in before if not (ev.kind == "pre" and _ADVERBIAL_VERB.match(masked, ev.vend)
                                        and _SUBORDINATOR.search(masked, max(0, ev.mention.start - 12),
                                                                 ev.mention.start))]
    if main:
        before = main
    # "Hamas described his comments—where he said a deal was not possible—as proof of his “...”":
    # a verb inside a dashed aside that closes before the quote says nothing about the quote
    before = [ev for ev in before if not _aside_closed_before(masked, sents[si][0], ev, q.open_at)]
    if len(before) >= 2 and before[-1].kind == "according" and before[-2].kind == "pre" and \
            before[-2].speaker.kind in ("person", "org") and \
            re.fullmatch(r"[\s,]*", masked[before[-2].vend:before[-1].vstart]):
        before = before[:-1]  # "Barnea said according to the reports, “...”": the reports relay his words
    if before and re.search(r"[,;][\u201d\"\u2019']?\s*(?:while|whereas)\s+[A-Z]|;\s+[A-Z]",
                            masked[before[-1].vend:q.open_at]):
        before = []  # "X warned that “...”, while Arab ministers condemned it as “...”": another speaker
    if before and before[-1].verb.lower() not in _CORE_SPEECH and \
            _NEW_SUBJECT_CLAUSE.search(masked, before[-1].vend, q.open_at):
        before = []  # "X has welcomed the plan, and Trump has set Hamas a deadline of “...”": Trump's
    if before and _COORDINATED_VERB.search(masked[before[-1].vend:q.open_at]):
        closing = [e for e in by_sent.get(si, []) if e.kind == "according" and e.vstart >= q.outer_end
                   and e.speaker is not None and len(_rest_after(masked, e, sents[si][1]).split()) <= 3]
        if closing:
            # "Hamas responded ..., but raised “clarifications” ..., according to a diplomat": the
            # words sit in another verb's clause, and the closing source reports the whole sentence
            return closing[0], closing[0].speaker
    if before and before[-1].kind == "pre" and (before[-1].verb in STANCE_VERBS or before[-1].verb in _VIEW_VERBS
                                                    or before[-1].verb in _FINDING_VERBS):
        closing = [e for e in by_sent.get(si, []) if e.kind in ("inverted", "pre") and e.vstart >= q.outer_end
                   and e.verb in _CORE_SPEECH and e.speaker is not None
                   and len(_rest_after(masked, e, sents[si][1]).split()) <= 4
                   and re.search(r",\s*$", masked[q.outer_end:e.mention.start if e.kind == "pre" else e.vstart])]
        if closing:
            # "Hamas hopes the meeting will achieve “real progress” ..., a Hamas official told AFP":
            # a view the closing source states, not words of the view's holder
            return closing[-1], closing[-1].speaker
    if before and before[-1].kind == "pre" and before[-1].speaker.kind == "org":
        member = _member_voicing(masked, q, before[-1], by_sent.get(si, []), sents[si][1])
        if member is not None:
            # "It demands a “comprehensive” agreement ..., reaffirmed one of its leaders, X, to
            # AFP": the body's stance in the words of a member who states it
            return member, member.speaker
    if before:
        ev = before[-1]
        inner = _possessive_holding(masked, q, by_sent.get(si, []), after=ev.vend)
        if inner is not None:
            # "Hamas said that Trump's demand that ... — or “all bets are off” — ...": the words
            # are the demand's, quoted inside what Hamas said about it
            return inner, inner.speaker
        if len(before) >= 2 and ev.kind == "pre" and ev.verb.lower().endswith("ing") and \
                _COPULA_BEFORE_QUOTE.search(masked, ev.vend, q.open_at):
            # "X said comments from Y ... calling for elections were “totally inappropriate”": the
            # participle describes the subject the quote is said of; the words are X's
            outer = next((e for e in reversed(before[:-1]) if e.kind == "pre" and e.vend <= ev.mention.start
                          and e.verb.lower() in _CORE_SPEECH), None)
            if outer is not None:
                return outer, outer.speaker
        if len(before) >= 2 and ev.kind == "pre" and ev.verb.lower() not in _CORE_SPEECH | _SPEECH_PARTICIPLES \
                and not _NAMING_VERB.fullmatch(ev.verb.lower()) \
                and not _AND_NEW_SUBJECT.search(masked, max(0, ev.mention.start - 12), ev.mention.start):
            # (but "X has said Hamas will disarm “...,” and envoy Y has predicted the group “...”":
            # a subject of its own after ", and" opens a clause beside X's, not inside it)
            # (an inner naming act keeps its speaker: "remarks by X, in which he called it “...”")
            # (the inner subject's conjoined predicates are not the outer act: "Fidan said Norway
            # supports ... and believes the parties are “...”")
            outer = next((e for e in reversed(before[:-1]) if e.mention.start != ev.mention.start
                          or e.verb.lower() in _CORE_SPEECH), before[-2])
            if outer.kind == "pre" and outer.vend <= ev.mention.start and (
                    outer.verb.lower() in _CORE_SPEECH | {"saying", "telling"}
                    or (outer.verb not in _VIEW_VERBS and _THAT_NEXT.match(masked, outer.vend)
                        and (ev.verb in _VIEW_VERBS or ev.verb in STANCE_VERBS))):
                # ("He clarified that X does not want ... and “...”": a that-clause of any telling)
                # "X told the BBC that Hamas had agreed to end “...”": what Hamas agreed to is X's report
                return outer, outer.speaker
        return ev, ev.speaker
    # 2b. a possessive statement noun earlier in the sentence whose clause holds the quote:
    # "Donald Trump's claim that there have been “thousands of shootings”"
    ev = _possessive_holding(masked, q, by_sent.get(si, []))
    if ev is not None:
        return ev, ev.speaker
    # 3. later in the same sentence: "“...” in Warsaw, according to a source"
    after = [ev for ev in by_sent.get(sj, []) if ev.vstart >= q.outer_end and ev.speaker is not None
             and ev.kind != "possessive"]
    for ev in after:
        # only an attribution that closes the sentence governs what came before it:
        # "..., according to a source." / "..., X said on Tuesday." - not "..., which described Y as Z"
        tail = _rest_after(masked, ev, sents[sj][1])
        # (a participle may trail the attribution: "..., she said, referencing the bank's ...")
        # (and the participle's clause may quote more of the same voice: "..., she said,
        # referencing the bank's drive to “cross-sell”")
        if (len(tail.split()) <= 6 and "\u00b7" not in tail) or re.match(r"\s*,\s*[a-z]+ing\b", tail) \
                or _SETTING_TAIL.fullmatch(tail) or _SETTING_THEN.match(tail) or _CONTINUED.match(tail):
            # (also "..., Netanyahu said in a video message, referring to ...", and "There is “still
            # the possibility” of a deal, Burns said, but it is “a very tough process”": his words go on)
            return ev, ev.speaker
        break
    # 3b. the next sentence looks back at it: "“It is excellent news.” This is how the minister,
    # X, described the agreement"
    nxt = sj + 1
    if nxt < len(sents) and sents[nxt][2] == sents[sj][2] and _LOOKS_BACK.match(masked, sents[nxt][0]) \
            and not masked[q.outer_end:sents[nxt][0]].strip(" .,!?\u00b7"):
        back = [ev for ev in by_sent.get(nxt, []) if ev.speaker is not None and ev.kind == "pre"]
        if back:
            return back[0], back[0].speaker
    # 4. a colon at the end of the previous sentence in the paragraph: "X said: \n“...”"
    return None, None


_LOOKS_BACK = re.compile(r"(?:This|That|Such)\s+(?:is|was)\s+how\s")


_ASIDE_DASH = re.compile(ASIDE_DASH)
# ", and" or ", but" (past a closing mark) just before a clause's own subject
_AND_NEW_SUBJECT = re.compile(r",[\u201d\"\u2019']?\s+(?:and|but)\s+$")
# a coordinated clause with a named subject and a finite verb of its own
_NEW_SUBJECT_CLAUSE = re.compile(r",\s+(?:and|but)\s+(?:[A-Z][\w\u2019'-]*\s+){0,3}?[A-Z][\w\u2019'-]*\s+"
                                 r"(?:has|have|had|was|is|will)?\s*[a-z]+(?:ed|s|t)\b")


def _aside_closed_before(masked: str, ss: int, ev: Event, open_at: int) -> bool:
    """The event's subject stands inside a dashed aside (an odd number of dashes before it in
    its sentence) that a dash after its verb closes before the quote opens."""
    if len(_ASIDE_DASH.findall(masked, ss, ev.mention.start)) % 2 == 0:
        return False
    return _ASIDE_DASH.search(masked, ev.vend, open_at) is not None


def _is_naming(text: str, masked: str, q: QuoteSpan) -> bool:
    """Scare quotes, titles and names of plans: short title-case or introduced as a name."""
    words = text[q.start:q.end].split()
    lead = masked[max(0, q.open_at - 40):q.open_at + 1]
    if _NAMING.search(lead, _naming_words_from(lead)):
        return True
    title_case = _title_case(words) and not _shouted(words)
    if title_case and len(words) <= 8 and _NAMING_IF_TITLE.search(lead):
        return True
    if len(words) <= 5 and title_case and len(words) >= 2 and not _two_sentences(words):
        return True
    return False


def _crosshead(text: str, q: QuoteSpan, paras) -> bool:
    """A paragraph of a few quoted words with no closing stop, between sections (‘Buying
    time’): the editor's heading over the next section, not words said there (a standfirst
    opens the body instead, and words the article quotes again are their speaker's)."""
    k = q.para
    if k <= 0:
        return False
    ps, pe = paras[k]
    quoted = text[q.start:q.end]
    if text[ps:pe].strip() != text[q.open_at:q.outer_end].strip() or len(quoted.split()) > 10 or \
            quoted.rstrip()[-1:] in ".!?,;:\u2026" or \
            not text[paras[k - 1][0]:paras[k - 1][1]].rstrip().endswith((".", "!", "?", "\u201d", '"', "\u2019", "'")):
        return False
    return not any(quoted in text[s:e] for j, (s, e) in enumerate(paras) if j != k)


_APOSTROPHE_S_END = re.compile(r"[\u2019']s$")


def _side_name_only(quoted: str, actors: Actors | None) -> bool:
    """The quote is one word naming a side or its people, possessive or not (“Israel's”,
    “Israeli”): outlets that do not recognise a state mark its name so."""
    word = _APOSTROPHE_S_END.sub("", quoted.strip(" ,.;:"))
    if not actors or not word[:1].isupper() or " " in word:
        return False
    side = actors.party_from_descriptor(word)
    return side is not None and side[0] != "Other"


def _two_sentences(words: list[str]) -> bool:
    """"The Donald. Big Daddy.": a sentence ends inside the quote, so it is speech, not a
    title ("Mr. Smith Goes to Washington" ends none: "Mr." is an abbreviation)."""
    return any(w[-1:] in ".!?" and len(w.rstrip(".!?")) > 3 and not w[:-1].isupper() for w in words[:-1])


def _shouted(words: list[str]) -> bool:
    """Capitals even on the small words inside ("HELL TO PAY", "BRING THEM HOME NOW"): a
    speaker's emphasis, not a title, which keeps "to" and "of" small."""
    return any(w.strip(".,!?").lower() in _SMALL and w.strip(".,!?").isupper() for w in words[1:])


def _titled(text: str, masked: str, q: QuoteSpan) -> bool:
    """A title-case name after a word that introduces one: "an episode of “The X Show”"."""
    words = text[q.start:q.end].split()
    lead = masked[max(0, q.open_at - 40):q.open_at + 1]
    m = _NAMING_IF_TITLE.search(lead)
    # (a title announced as one may be long: "a post titled “Syria and Lebanon Are the Next ...”")
    return _title_case(words) and m is not None and len(words) <= (
        12 if m.group(0).lower().startswith(("titled", "entitled", "headlined")) else 8)


_SPEECH_WORDS = SAY_VERBS | STANCE_VERBS


def _words(masked: str, para: tuple[int, int]) -> set[str]:
    """The lower-cased words of a paragraph's prose (quotes are masked)."""
    return {w.lower() for w in re.findall(r"[A-Za-z]+", masked[para[0]:para[1]])}


def _has_event(events, para: tuple[int, int]) -> bool:
    """Some reporting event's verb stands in the paragraph."""
    return any(para[0] <= ev.vstart < para[1] for ev in events)


def _source_goes_on(text: str, masked: str, q: QuoteSpan, prev: QuoteSpan, paras, events) -> bool:
    """A paragraph with no attribution of its own right after the paragraph of the source's
    quote `prev`, quoting more of them inside the writer's prose ("Because Qatar failed ...,
    the “negotiations reached a dead end. ...”"): the source goes on.  Not a naming, a title
    or a crosshead, and not a paragraph with a verb of saying the reader failed to parse
    ("Officials who did not want to be named said Wong had used ... to reaffirm “...”")."""
    para = paras[q.para]
    return prev.para == q.para - 1 and len(text[q.start:q.end].split()) >= 6 \
        and not _is_naming(text, masked, q) and not _title_case(text[q.start:q.end].split()) \
        and re.search(r"[.?!][\u201d\u2019\"')]*\s*$", text[para[0]:para[1]]) is not None \
        and not _has_event(events, para) and not _words(masked, para) & _SPEECH_WORDS


def _introduced_in_prose(text: str, masked: str, q: QuoteSpan, paras, sents, events, att) -> Speaker | None:
    """A paragraph that is one whole quote after a paragraph of prose, one or two sentences
    with no quote and no one's speech, whose subject is a named person and which introduces
    words (QUOTE_LEAD_WORDS: "In a statement to the press, Deputy Minister X discussed the
    emerging deal.\n\n“Israel is deeply committed ...”"): that person (not after an action:
    "X visited the border.")."""
    if not (_quote_only(masked, paras[q.para], q) and text[q.start:q.start + 1].isupper()
            and re.search(r"[.?!]$", text[q.start:q.end])):
        return None
    prev = paras[q.para - 1]
    psents = [k for k, (_, _, pk) in enumerate(sents) if pk == q.para - 1]
    if not psents or len(psents) > 2 or "\u00b7" in masked[prev[0]:prev[1]] \
            or _has_event(events, prev) \
            or not _words(masked, prev) & QUOTE_LEAD_WORDS:
        return None
    return _named_person(att.subject_of_sentence(psents[0]))


# what may follow the name on a heading line: its role after a comma, nothing that ends a sentence
_HEADING_ROLE = re.compile(r"(?:\s*,\s*[^,;:!?\"\u201c\u201d]{2,60})?\s*")


def _name_heading(text: str, masked: str, q: QuoteSpan, paras, events, att) -> Speaker | None:
    """A paragraph that is one whole quote under a line that holds only a name and its role
    ("SENATOR JOHN ROE, SENATE MAJORITY WHIP\n\n“It is welcome news ...”"): a round-up of
    reactions, whose headings say who speaks."""
    if not _quote_only(masked, paras[q.para], q):
        return None
    ps, pe = paras[q.para - 1]
    line = text[ps:pe].strip()
    if not line or len(line.split()) > 12 or line[-1] in ".?!:;" or _has_event(events, (ps, pe)) \
            or any(c in line for c in "\"\u201c\u201d"):
        return None
    ps += text[ps:pe].index(line[0])
    if line.isupper():  # a shouted heading is read as the name's own casing
        line = re.sub(r"[A-Z][A-Z\u2019'-]+", lambda m: m[0].capitalize(), masked[ps:ps + len(line)])
        men = np_after(line, 0, len(line))
        men = men and replace(men, start=men.start + ps, end=men.end + ps)
    else:
        men = np_after(masked, ps, pe)
    if men is None or men.kind != "name" or men.start != ps \
            or not _HEADING_ROLE.fullmatch(masked, men.end, ps + len(line)):
        return None
    role = line[men.end - ps:].strip(" ,")
    men = replace(men, appositive=role or None)  # ("U.S. Senate Democratic leader": whose side)
    sp = _named_person(att.resolve(men, men.start))
    if sp is not None and sp.name.isupper() and men.name:
        sp = replace(sp, name=men.name)  # (the article's other shouted lines name no one)
    return sp


def _introduced_in_sentence_before(text, masked, q: QuoteSpan, sents, sindex, events, att) -> Speaker | None:
    """A whole quoted sentence right after a sentence of its paragraph that has no one's speech
    but whose subject, a named person, gives a speech or addresses someone (QUOTE_LEAD_WORDS):
    "Rotem Roe, son of ..., delivered a harrowing speech. “Seven men ...”" is Rotem Roe's, not
    the last paragraph's speaker's."""
    sq = sindex.at(q.open_at)
    if sq == 0 or masked[sents[sq][0]:q.open_at].strip() or not text[q.start:q.start + 1].isupper():
        return None
    ss, se, para = sents[sq - 1]
    if para != q.para or any(ev.sent == sq - 1 for ev in events) or "\u00b7" in masked[ss:se] \
            or not _words(masked, (ss, se)) & QUOTE_LEAD_WORDS:
        return None
    return _named_person(att.subject_of_sentence(sq - 1))


def _named_person(sp: Speaker | None) -> Speaker | None:
    """`sp` if it is one person the article names in full (a sentence's subject who may
    introduce the quote after it), else None."""
    return sp if sp is not None and sp.kind == "person" and len(sp.name.split()) >= 2 else None


def _title_case(words: list[str]) -> bool:
    """Every word but the small ones ("of", "the", "to") capitalised, and one at least: a
    title's casing.  (Read word by word, so that a quote's first lower-case word ends it.)"""
    content = False
    for w in words:
        if w.lower().strip(".,") in _SMALL:
            continue
        if not w[:1].isupper():
            return False
        content = True
    return content


def _kind(text: str, masked: str, q: QuoteSpan) -> str:
    qt = text[q.start:q.end]
    first = qt.lstrip("[(\u2026. ")[:1]
    words = len(qt.split())
    prev = masked[max(0, q.open_at - 3):q.open_at].strip()
    if first.islower():
        return "fragment"
    if words < 4 and not qt.rstrip().endswith((".", "?", "!", ",")):
        return "fragment"
    if prev and prev[-1:].isalpha() and prev[-1:].islower() and words < 6:
        return "fragment"
    return "full"


def _override(meta, override):
    """Metadata known outside the text (HTML meta tags, export columns, the command line)
    replaces what the header gave: a present key wins, so relative dates ("on Sunday")
    resolve against the publication date the user trusts."""
    if not override:
        return meta
    from dataclasses import replace

    from extract.dates import parse_date_value

    fields = {k: (v or None) for k, v in override.items()
              if k in ("title", "outlet", "url", "published", "author")}
    if fields.get("published"):
        fields["published"] = parse_date_value(fields["published"])
    return replace(meta, **fields)
