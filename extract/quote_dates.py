"""When quoted and reported words were said: the date an attribution gives itself
("said on Tuesday", "On Monday evening, X said", "in a video address on Monday", an
occasion named again), and the date carried to the words that continue a dated statement.

The phrase-level rules live in extract.dates; this module applies them to the events and
quote spans of one article.  Conservative on purpose: a wrong date is worse than none.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from extract.actors import norm
from extract.attribution import Event
from extract.dates import (CONNECTIVE_RE, FULL_DATE_RE, ISSUE_VERBS, OCCASION_REF_RE, OCCASION_SUBJECT_RE,
                           TIME_WORD_RE,
                           between_date, breaks_continuation, carry_dates, lead_date, occasion_act, occasion_date,
                           occasion_given, occasion_lead, occasion_ref_date, occasion_spoke, occasions, said_date)

# (the digit before is looked behind after "19|20", so the search can skip to those quickly)
_YEAR = re.compile(r"(?:19|20)(?<!\d..)\d\d(?!\d)")
_AFTER_END = re.compile(r"\bthat\b|,(?!\s*\d{4})|[:;\u201c\"\u00b7]")
_CLAUSE_SPLIT = re.compile(r";|,\s+(?:but|and|while|as|when|after|before)\s+")
_QUOTE_MARK = re.compile("[\"\u201c\u201d]")
# "<adverbial>, <role words>" before a name: no clause (verb, relative) in the role part
# (the role may end in its own comma before the name: "..., a close friend of Judith, Anna Berg said")
_LEAD_THEN_ROLE = re.compile(r"^(.*?,)\s*((?:(?!who\b|which\b|that\b|whose\b)[\w\u2019'.-]+\s+){0,6}"
                             r"(?!who\b|which\b|that\b|whose\b)[\w\u2019'.-]+),?\s*$")
# "<subject> met Tuesday in Madrid with ... and <verb>": a dated predicate before the reporting verb
_CONJOINED_PREDICATE = re.compile(r"\s+(?:\w+ly\s+)?([a-z]+ed|met|spoke|went|held|gave|made|took|sat|wrote|told)\b"
                                  r"([^,;:\u00b7\u201c\u201d\"]{1,120}?),?\s+and\s+(?:\w+ly\s+|also\s+|then\s+)?")
_IN_LEAD = re.compile(r"\s*(?:In|At|During)\b[^,;]{0,60},\s*")
# cheap test before the lead patterns: a weekday, a month or a number may stand there
_DATEISH = re.compile(r"day\b|\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|yesterday|today", re.I)
# The aside naming a platform's old name, which would end the attribution at its comma.
_PLATFORM_ASIDE = re.compile(r",\s*(?:formerly(?:\s+known\s+as)?|previously|once)\s+(?:called\s+)?Twitter\s*,", re.I)
_PARENTHETICAL = re.compile(r"\s*,\s*([^,;]{3,80},)\s*")


def _after_attribution(ev: Event) -> int:
    """Where the words after an attribution start: after the verb, or after the speaker when
    the speaker stands right behind it ("“...,” said Anna Berg on Tuesday")."""
    return ev.mention.end if ev.vend <= ev.mention.start < ev.vend + 3 else ev.vend


def _words_after(masked: str, a0: int, se: int, width: int) -> str:
    """Up to `width` characters after the attribution, to where the reported clause starts
    ("that", a comma, a quote), past the aside naming a platform's old name."""
    after = _PLATFORM_ASIDE.sub(" ", masked[a0:min(se, a0 + width)], count=1)  # "wrote on X, formerly Twitter, on ..."
    return _AFTER_END.split(after, 1)[0]


def event_date(masked: str, sents, ev: Event, published: str | None, occ=None) -> str | None:
    """The date of the words when the attribution itself dates them: "said on Wednesday",
    "told reporters on Saturday", "on 24 October, X said".  A date inside the reported
    clause ("said the deal would be signed on Monday") is not the utterance date."""
    if ev is None or (occ is not None and not occ.possible):
        return None
    if occ is not None and id(ev) in occ.memo:
        return occ.memo[id(ev)]
    ss, se, _ = sents[ev.sent]
    a0 = _after_attribution(ev)
    after = _words_after(masked, a0, se, 70)
    date = None
    if _DATEISH.search(after):
        date = said_date(ev.verb, after, published)
    if date is None and _DATEISH.search(masked, a0, min(se, a0 + 160)):
        # (an occasion's long name may put its date farther: "in a speech at the ... Conference on
        # Economy and Society in Jerusalem on Wednesday morning")
        date = occasion_date(_words_after(masked, a0, se, 160), published)
    between = masked[ev.mention.end:ev.vstart]
    if date is None and ev.kind == "pre" and _DATEISH.search(between):
        date = between_date(between, published)
        mid = _PARENTHETICAL.fullmatch(between)
        if date is None and mid:
            # "X, speaking on Tuesday, said", "X, in a statement on Tuesday, said"
            date = lead_date(mid.group(1), published)
    if date is None and ev.kind == "pre" and _DATEISH.search(between) and (cp := _CONJOINED_PREDICATE.fullmatch(between)):
        # "X met Tuesday in Madrid with families ... and called for “...”": the verb this one is
        # conjoined with dates the occasion, unless another time phrase parts them
        d = said_date(cp.group(1), cp.group(2), published)
        if d and not breaks_continuation(cp.group(2), d, published):
            date = d
    lead = masked[ss:min(ev.mention.start, ev.vstart)]
    if date is None and ev.kind not in ("according", "possessive") and _DATEISH.search(lead):
        # "On Monday evening, X said", "In a video address on Monday, X said": only the
        # clause that carries the attribution; "..., and on Monday X said" needs no comma split.
        clause = _CLAUSE_SPLIT.split(lead)[-1]
        # a quote closing before the clause ends a sentence the splitter missed ("... them." On ...)
        clause = _QUOTE_MARK.split(clause)[-1]
        date = lead_date(clause, published)
        if date is None:
            # "At a news conference on Wednesday, Hamas spokesperson and deputy head X said":
            # the dating adverbial, then a short role descriptor before the name
            described = _LEAD_THEN_ROLE.match(clause)
            if described and not TIME_WORD_RE.search(described.group(2)):
                date = lead_date(described.group(1), published)
        issued = _ISSUED_RE.match(CONNECTIVE_RE.sub("", clause, count=1))
        if date is None and issued:
            # "On Monday evening, Hamas put out a statement saying ...": the issuing dates it
            date = lead_date(issued.group(1), published)
    if date is None and occ is not None:
        # "Netanyahu stressed in his video address", "In his video address, X said",
        # "X, at the conference, said": an occasion the article dated before
        refs = [masked[ev.vend:se]]
        if ev.kind == "pre":
            refs.append(masked[ev.mention.end:ev.vstart])
        if _IN_LEAD.fullmatch(lead):
            refs.append(lead)
        for ref in refs:
            if OCCASION_REF_RE.match(ref):
                date = occasion_ref_date(ref, ev.vstart, occ.index(), lambda p: occ.same_speaker(p, ev))
                if date:
                    break
        sm = OCCASION_SUBJECT_RE.match(masked, ss, se) if date is None else None
        if sm:
            # "... a brief statement issued by the group on Tuesday evening. The statement did,
            # however, reiterate a demand for what Hamas called “...”": that statement
            date = occasion_ref_date(f"in the {sm.group(1)}", ev.vstart, occ.index(), lambda p: True)
    if date is None and occ is not None:
        # "Hamas said on Tuesday that ... but stressed ...": a verb sharing the subject of
        # a dated one in the same sentence is the same statement, unless a time phrase parts them
        prior = [e for e in occ.in_sentence(ev.sent) if e.mention.start == ev.mention.start
                 and e.vstart < ev.vstart and e is not ev]
        if prior:
            first = max(prior, key=lambda e: e.vstart)
            d = event_date(masked, sents, first, published, occ)
            if d and not breaks_continuation(masked[first.vend:ev.vstart], d, published):
                date = d
    if occ is not None:
        occ.memo[id(ev)] = date
    return date


class DateContext:
    """Per article: each event's date computed once, and the occasion index (built on
    first need) with a test that a position lies in a sentence where the same speaker
    has an attribution (for "his video address")."""

    def __init__(self, masked, sents, events, published):
        self.masked, self.sents, self.events, self.published = masked, sents, events, published
        # weekdays and day-month dates need the publication date; else only "March 5, 2024"
        self.possible = published is not None or any(
            FULL_DATE_RE.search(masked, max(0, y.start() - 22), y.end()) for y in _YEAR.finditer(masked))
        self.memo: dict[int, str | None] = {}
        self._index = None
        self._starts = None
        self._by_sent = None
        self._in_sent = None

    def in_sentence(self, k: int) -> list:
        if self._in_sent is None:
            self._in_sent = {}
            for e in self.events:
                self._in_sent.setdefault(e.sent, []).append(e)
        return self._in_sent.get(k, [])

    def index(self):
        if self._index is None:
            self._index = occasions(self.masked, self.published)
        return self._index

    def same_speaker(self, pos: int, ev: Event) -> bool:
        if self._starts is None:
            self._starts = [s for s, _, _ in self.sents]
            self._by_sent = {}
            for e in self.events:
                if e.speaker is not None and e.speaker.name:
                    self._by_sent.setdefault(e.sent, set()).add(e.speaker.name)
        i = bisect_right(self._starts, pos) - 1
        return ev.speaker is not None and ev.speaker.name in self._by_sent.get(i, ())


# "<lead>, <issuer> (also) issued|released|put out|published" before "a statement saying"
_ISSUED_RE = re.compile(rf"^([^,;]*),\s*[^,;]{{1,60}}?\s+(?:also\s+)?(?:{ISSUE_VERBS})\s+$")


_OTHER_TIME_AUX = re.compile(r"\b(?:had|once|repeatedly|often|always|previously|formerly|earlier|long|"
                             r"routinely|frequently|consistently|used\s+to)\s+(?:\w+ly\s+)?$", re.I)
_CONTINUE_VERBS = {"added", "adds", "adding", "continued", "continues", "continuing", "went on", "goes on",
                   "concluded", "concluding", "said", "says"}
_PRONOUNS = {"he", "she", "they", "it", "we"}
_WRITE_VERBS = {"wrote", "writes", "posted", "posts", "tweeted", "tweets"}


def quote_dates(masked, spans, assigned, events, sents, paras, published, occ=None, lead=None):
    """Each quote's date: from its own attribution, else carried from the dated quote or
    attribution its words continue ("..., he added", the next span or paragraph of the
    same speaker).  `lead` is the index of the story's first body paragraph.  Returns (one
    date per span, {id(event): date} for reported speech)."""
    if occ is not None and not occ.possible:
        return [None] * len(spans), {}
    key = _carry_keys(events)
    quoted = {id(ev) for ev, _ in assigned if ev is not None}
    first_verb: dict[int, int] = {}
    surnames: dict[str, set] = {}
    unquoted = []  # attributions without quoted words, with a speaker: reported speech
    for e in events:
        if e.sent not in first_verb or e.vstart < first_verb[e.sent]:
            first_verb[e.sent] = e.vstart
        if e.speaker is not None and e.speaker.name:
            surnames.setdefault(e.speaker.name.split()[-1], set()).add(key(e.speaker, e.vstart))
            if id(e) not in quoted and e.kind != "possessive":
                unquoted.append(e)
    items = []
    prev_verb = None
    for n, (q, (ev, sp)) in enumerate(zip(spans, assigned)):
        own = event_date(masked, sents, ev, published, occ) if ev else _subject_occasion_date(masked, sents, q, occ)
        # a renamed speaker with a fresh verb ("X told CNN", "X wrote") may be another occasion,
        # but "X posted on X on Wednesday: “...” ... “...,” X wrote" is the same post
        verb = ev.verb.lower() if ev else None
        ok = ev is None or ev.mention.text.lower() in _PRONOUNS or verb in _CONTINUE_VERBS or (
            verb in _WRITE_VERBS and prev_verb in _WRITE_VERBS)
        prev_verb = verb or prev_verb
        if ev is not None and ev.vstart == first_verb.get(ev.sent) and \
                _OTHER_TIME_AUX.search(_QUOTE_MARK.split(masked[max(0, ev.vstart - 30):ev.vstart])[-1]):
            # "She had called it “...”", "he has long said", "she once called it": another time
            # (only the sentence's own attribution: "X said it had urged ..." is still X's statement)
            ok = False
        ctx_end = sents[ev.sent][1] if ev else paras[q.para][1]
        items.append((q.start, q.end, q.para, key(sp, q.start), own, ctx_end, ok, n))
    # A dated attribution without quoted words ("On Saturday, X said it had ...") dates the
    # quotes that continue it ("X said the soldiers “will ...”"), like a dated quote does.
    # It spans its whole sentence, so a source named there ("..., according to Y") is no
    # other speaker in between; but a second time phrase in that sentence makes it no anchor.
    for ev in unquoted:
        own = event_date(masked, sents, ev, published, occ)
        ss, se, para = sents[ev.sent]
        if own and not breaks_continuation(masked[ss:se], own, published):
            items.append((ev.vstart, se, para, key(ev.speaker, ev.vstart), own, se, False, None))
    # "At a press conference in Cairo on Tuesday, Anna Berg outlined the plan." sets the
    # occasion for the quotes of Anna Berg that follow, though no reporting verb stands there.
    for i, (ss, se, para) in enumerate(sents):
        if i in first_verb or not surnames:
            continue
        sentence = clause = masked[ss:se]
        found = occasion_lead(sentence, published) or occasion_given(sentence, published)
        # ("X and Y spoke to reporters on Tuesday": each one's quotes that follow)
        acts = [found] if found else occasion_spoke(sentence, published)
        if not acts and para == lead and (act := occasion_act(sentence, published)):
            # the story's lead: "Jane Roe, mother of Tom Roe, freed on Monday, shared details of
            # his captivity on Tuesday" (the appositive's own day is no other time)
            acts, clause = [act[:3]], sentence[act[3]:]
        for date, subject, off in acts:
            who = surnames.get(subject.split()[-1], set())
            if len(who) == 1 and not breaks_continuation(clause, date, published):
                items.append((ss + off, se, para, next(iter(who)), date, se, False, None))
    items.sort(key=lambda it: it[0])
    # An unresolved reporting verb in a sentence whose quotes have a resolved attribution
    # ("Israel's “...”, he said without naming them, had said there is “...”") is no
    # other speaker: that sentence's attribution already decided who speaks.
    attributed = {ev.sent for ev, _ in assigned if ev is not None and ev.speaker is not None and ev.speaker.name}
    others = [(ev.vstart, key(ev.speaker, ev.vstart)) for ev in events
              if ev.speaker is not None or ev.sent not in attributed]
    dates = carry_dates([it[:7] for it in items], others, masked, published)
    out: list[str | None] = [None] * len(spans)
    for it, d in zip(items, dates):
        if it[7] is not None:
            out[it[7]] = d
    _one_day_per_speaker(items, out, masked, sents, assigned, published, events, key, occ)
    # Reported speech continues a dated statement the same way ("X said on Monday ...
    # She also said that ..."): a second pass where undated attributions without quotes
    # take the date; the quotes' dates stay as found above.
    ev_dates: dict[int, str | None] = {}
    rest = []
    for ev in unquoted:
        own = event_date(masked, sents, ev, published, occ)
        ev_dates[id(ev)] = own
        if own is None:
            ss, se, para = sents[ev.sent]
            ok = (ev.mention.text.lower() in _PRONOUNS or ev.verb.lower() in _CONTINUE_VERBS) and not (
                ev.vstart == first_verb.get(ev.sent) and _OTHER_TIME_AUX.search(masked[max(ss, ev.vstart - 30):ev.vstart]))
            rest.append((ev.vstart, ev.vstart, para, key(ev.speaker, ev.vstart), None, se, ok, ev))
    if rest and (any(ev_dates.values()) or any(out)):
        fixed = [it[:4] + ((out[it[7]] if it[7] is not None else it[4]), it[5], False, None) for it in items]
        both = sorted(fixed + rest, key=lambda it: it[0])
        for it, d in zip(both, carry_dates([it[:7] for it in both], others, masked, published)):
            if it[7] is not None:
                ev_dates[id(it[7])] = d
    return out, ev_dates


def _one_day_per_speaker(items, out, masked, sents, assigned, published, events, key, occ):
    """A news story reports one occasion per speaker: when every attribution of a speaker
    that dates itself gives the same day ("Badran said on Friday ..."), that speaker's later
    quotes are dated so too ("“...,” he said in a telephone interview"), paragraphs on and
    past other speakers.  Not when the quote's own attribution, or one of that speaker's
    between, names another time ("Trump later said", "she had said", "has called", "and
    last week he spoke") or an occasion of several ("in her radio address" after two); nor
    past a time phrase on that speaker ("Last week he had struck a softer tone.")."""
    if occ is None:
        return
    by_speaker: dict[str, list[Event]] = {}
    for e in events:
        k = key(e.speaker, e.vstart) if e.speaker is not None and e.kind != "possessive" else None
        if k:
            by_speaker.setdefault(k, []).append(e)
    # a sentence's first attribution of the speaker; later verbs there may be its content
    # ("Hamas added it had previously proposed ...", "it said it showed on Wednesday ...")
    first_in_sent = {id(e) for evs in by_speaker.values()
                     for e in {x.sent: x for x in sorted(evs, key=lambda x: -x.vstart)}.values()}
    anchors = [(it[0], it[3], it[4]) for it in items if it[4] and it[3]]
    for k, evs in by_speaker.items():
        for e in evs:
            d = event_date(masked, sents, e, published, occ) if id(e) in first_in_sent else None
            if d:
                anchors.append((e.vstart, k, d))
    days: dict[str, set] = {}
    first: dict[str, int] = {}
    for pos, k, d in sorted(anchors, key=lambda a: a[0]):
        days.setdefault(k, set()).add(d)
        first.setdefault(k, pos)
    if not days:
        return
    on_speaker: dict[str, re.Pattern] = {}
    checked: dict[tuple[int, str], bool] = {}  # each attribution is asked again for every later quote

    def other_time(ev, d) -> bool:
        if (id(ev), d) not in checked:
            checked[id(ev), d] = _other_time(ev, d)
        return checked[id(ev), d]

    def _other_time(ev, d) -> bool:
        """The attribution's own frame, not its content, puts the words at another time."""
        if event_date(masked, sents, ev, published, occ) == d:
            return False
        ss, se, _ = sents[ev.sent]
        opening = id(ev) in first_in_sent
        back = _QUOTE_MARK.split(masked[max(ss, ev.vstart - 30):ev.vstart])[-1]
        if opening and (_OTHER_TIME_AUX.search(back) or _PERFECT.search(back)):
            return True
        a0 = _after_attribution(ev)
        rest = masked[a0:min(se, a0 + 40)]
        ref = OCCASION_REF_RE.match(rest)
        if ref and any(o[1] == ref.group(2).lower() and o[0] < ev.vstart for o in occ.index()):
            return True  # "in her radio address" where event_date found no one day among several
        m = _TIME_AFTER_VERB.match(rest)
        frame = m.group(0) if m else ""
        if ev.verb.lower() in ("told", "tells", "telling"):
            # "told Army Radio last week": the time after the one told
            frame += " " + " ".join(_AFTER_END.split(rest, 1)[0].split()[:6])
        if opening and ev.mention.end <= ev.vstart <= ev.mention.end + 30:
            frame += " " + masked[ev.mention.end:ev.vstart]  # "Berg later said", "X, speaking last week, said"
        if opening and ev.kind == "pre":
            lead = _TIME_LEAD.match(masked, ss, min(ev.mention.start, ev.vstart))
        else:  # "..., and last week he spoke again"
            lead = _TIME_BEFORE_SUBJECT.search(masked, max(ss, ev.mention.start - 40), ev.mention.start)
        if lead:
            frame += " " + lead.group(0)
        return bool(frame) and breaks_continuation(frame, d, published)

    for start, _, _, k, _, _, _, n in items:
        # a quote without a reporting verb ("gave Hamas an ultimatum of “...”") is left alone
        if n is None or out[n] or len(days.get(k, ())) != 1 or first[k] > start or assigned[n][0] is None:
            continue
        d = next(iter(days[k]))
        between = [e for e in by_speaker.get(k, ()) if first[k] < e.vstart < start]
        if other_time(assigned[n][0], d) or any(other_time(e, d) for e in between):
            continue
        # "Last week he had struck a softer tone.", "..., and last week he spoke again":
        # a time phrase on that speaker since the dated saying
        if k not in on_speaker:
            on_speaker[k] = re.compile(rf"(?:{TIME_WORD_RE.pattern})[^,;.]{{0,25}}?"
                                       rf"\b(?:he|she|they|{re.escape(k.split()[-1])})\b", re.I)
        if any(breaks_continuation(m.group(0), d, published) for m in on_speaker[k].finditer(masked, first[k], start)):
            continue
        out[n] = d


# A time phrase right after the verb, opening the sentence or right before the subject:
# the attribution's own frame.
_TIME_BEFORE_SUBJECT = re.compile(rf"(?:{TIME_WORD_RE.pattern})[^,;.]{{0,25}}$", re.I)
_TIME_AFTER_VERB = re.compile(r"\s*(?:on|in|at|during|over|last|earlier|later|this|that|previously|recently|yesterday|"
                              r"today|tonight|tomorrow|\w+day)\b[^,;:.\u201c\"]{0,30}", re.I)
_TIME_LEAD = re.compile(r"\s*(?:On|In|At|During|Over|Earlier|Later|Last|This|Previously|Recently|Yesterday|Today|"
                        r"Tonight|\w+day)\b[^,;:\u201c\"]{0,40}")
# "has called", "have said", "had warned": not one day's saying
_PERFECT = re.compile(r"\b(?:has|have|had|'s|’s)\s+(?:\w+ly\s+|also\s+|not\s+|never\s+)?$", re.I)


def _subject_occasion_date(masked, sents, q, occ) -> str | None:
    """A quote given without a reporting verb ("what Hamas called “...”") in a sentence whose
    subject is an occasion dated before ("The statement did, however, reiterate ...")."""
    if occ is None or not occ.possible:
        return None
    i = bisect_right([s for s, _, _ in sents], q.start) - 1
    if i < 0:
        return None
    ss, se, _ = sents[i]
    sm = OCCASION_SUBJECT_RE.match(masked, ss, se)
    return occasion_ref_date(f"in the {sm.group(1)}", q.start, occ.index(), lambda p: True) if sm else None


def _carry_keys(events):
    """Who speaks, for carrying dates: the speaker's name, except that a bare "the
    military" / "the ministry" is the body last named with that head ("Israel's military
    said ... The military said" is one speaker even where the names differ)."""
    named = sorted(((e.vstart, e.speaker) for e in events
                    if e.speaker is not None and e.speaker.kind == "org" and e.speaker.name),
                   key=lambda t: t[0])

    def key(sp, pos):
        if sp is None or not sp.name:
            return None
        if sp.kind == "descriptor" and sp.head and norm(sp.name) == "the " + norm(sp.head):
            for p, org in reversed(named):
                if p < pos and norm(org.as_written).split()[-1:] == [norm(sp.head)]:
                    return org.name
        return sp.name
    return key
