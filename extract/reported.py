"""Reported (indirect) speech: "X said that ...", "according to X, ...".

Built from the same events as quote attribution; the content is the reported
clause of the verb's sentence, with no quotation marks in it (mixed quotes are
quotes, not reported speech).
"""
from __future__ import annotations

import re

from extract.attribution import (_INVERTIBLE, ACCORDING_APPOSITIVE, CITED_BY, NO_CONTENT_VERBS, REPORT_VERBS, SAY_VERBS,
                                  STANCE_OBJECT, STANCE_THAT, STANCE_TO, STANCE_VERBS, Event, _TO_END, _people_head)
from extract.dates import WEEKDAY
from extract.speakers import DESC_HEADS, EVIDENCE_HEADS

# Any reporting or attitude verb with a subject can carry reported content
# ("Hamas accused Israel of stalling"), but those reporting_verbs.toml lists as `no_content`.
CONTENT_VERBS = (REPORT_VERBS | SAY_VERBS | STANCE_VERBS) - NO_CONTENT_VERBS
# Verbs that also mean something else ("maintains control", "denied access",
# "recalled its team"): reported content only after "that".
NEEDS_THAT = {"maintain", "maintains", "maintained", "recall", "recalls", "recalled", "deny", "denies", "denied",
              "responded", "responds", "informed", "threatened", "threatens", "rejected", "rejects", "hold",
              "holds", "held", "continued", "concluded", "echoed", "signaled", "signalled"}

# Verbs that attribute a quote right before their subject ("“...,” X said in a statement").
_QUOTE_ATTR_VERBS = _INVERTIBLE | {"say", "tell", "write", "add", "insist", "insists", "argue", "argues", "warn",
                                   "warns", "note", "notes", "explain", "explains", "stress", "stresses"}
# Verbs whose object is told to do something: "urged Israel to show restraint".
_OBJECT_TO_VERBS = {"told", "tell", "tells", "informed", "assured", "reminded", "urged", "urges", "urging", "asked",
                    "asks", "asking", "implored", "pressed", "encouraged", "exhorted", "warned", "warns"}
_CALL_VERBS = {"called", "calls", "call", "calling"}
_QUOTE_MARKS = re.compile("[\"\u201c\u201d\u00b7]")
# Double quotation marks make a mixed quote (a quote record, not reported speech); a
# single-quoted fragment in a headline clause ("Flynn says Trump 'absolutely right'") does not.
_DOUBLE_MARKS = re.compile("[\"\u201c\u201d]|''|``")
_WHEN = (rf"(?:(?:on|last|this|earlier|late|early|next|over\s+the)\s+)?(?:{WEEKDAY}|"
         r"weekend|week|month|year|night|morning|evening|afternoon|today|yesterday|"
         r"(?:on\s+)?\d{1,2}\s+[A-Z][a-z]+|(?:on\s+)?[A-Z][a-z]+\.?\s+\d{1,2})\b")
_VENUE = (r"(?:in|at|during|on)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?(?:statement|interview|speech|post|"
          r"briefing|conference|video|message|letter|tweet|address|appearance|hearing|meeting|call|rally|"
          r"session|event|programme|program|broadcast|show|podcast)s?\b(?:\s+(?:on|in|at|to|with)\s+[^,;:]{0,40}?)?")
# "said after the convention he would ...": a short prepositional phrase before the clause
_PP_LEAD = (r"(?:after|before|during|following|at|in|on|since)\s+(?:the|a|an|his|her|its|their|this|last)\s+"
            r"[\w-]+(?:\s+[\w-]+)?(?=\s*,?\s+(?:that|he|she|they|it|we|I|the|a|an|his|her|their|its|there)\s)")
_LEAD = re.compile(
    rf"^\s*(?:,\s*)?(?:(?:{_WHEN}|{_VENUE}|to\s+(?:reporters|journalists|the\s+press)|{_PP_LEAD})\s*,?\s*)*"
    r"(?:that\s+)?")
_NO_CLAUSE = re.compile(r"from\s|(?:of|in|on|at|about|during)\s+(?:\S+\s+){0,5}?\S+\s*$")
_THAT = re.compile(r"that(?<!\wthat)\b")  # (\b before it tested behind: the scan skips to "that")
_LEAD_IN = re.compile(r"\s*(?:In|At|On|During|After|Before|Since|When|While|As|Though|Although|So|But|And|If|"
                      r"Because|Once|Until|Despite|For|Under|Over|Without|With)\b[^,]*,\s*$")
# Whom something was told: an outlet or a name, or reporters, journalists, a pronoun.
_ADDRESSEE = re.compile(r"\s*(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w.&\u2019'-]*|of)\s+)*?[A-Z][\w.&\u2019'-]*(?=\s*[,.;]|\s+(?:on|in|at|during|last|this|earlier|late|early|via)\b|\s*$)|"
                        r"\s*(?:reporters|journalists|me|us|him|her|them|lawmakers|supporters|the\s+press|"
                        r"(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:crowd|audience|rally|conference|meeting|forum|gathering|"
                        r"news\s+conference|press\s+conference|committee|radio\s+station|newspaper|broadcaster))\b")
# verbs whose object is whom the words went to
_TOLD_VERBS = frozenset({"told", "tells", "tell", "warned", "warns", "warn", "assured", "assures", "reminded", "reminds",
                         "informed", "informs"})
_PP_ONLY = re.compile(r"\s*(?:on|in|at|to|from|during|via|after|before|with|by)\b[^,;:]{0,50}$")
_INTRO = re.compile(r"\s*(?:In|At|On|During|After|Before|Speaking|Asked|Last|Earlier|Later|Since|When|While|As|"
                    r"Writing|Addressing|Responding|Following|Amid|Despite|Under|Over|For|From|By|With)\b")


# (", Reuters reported.", ", two US officials said.": a closing attribution of one to four words)
# what may follow an "according to" source before its comma: "quoted in the report", "cited by Ynet"
_CITED_BY = re.compile(CITED_BY + r"[^,;.]*")
_TAIL_ATTR = re.compile(r",\s*(?:according to\b|(?:[\w\u2019'.-]+\s+){1,4}(?:said|says|reported|reports|added)\s*$|"
                        r"(?:said|says|added)\s+(?:the|a|an|one)\s+[^,.;]{1,40}?(?=[,.;]|$)|"
                        r"(?:he|she|they|it|the \w+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s+"
                        r"(?:said|says|added|wrote|noted|told)\b)")


# Patterns tried at every event (reported_content) and on every clause read (_clean), compiled once.
_THIS_BEFORE = re.compile(r"\b[Tt]his\s+(?:(?:news|web)\s+)?$")  # "This article", "this web page"
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|they|it|we|I)\b")
_TO_NOT_BE = re.compile(r"\s+to\s+(?!(?:have|be|been)\b)")
_CLOSE_BEFORE_END = re.compile(r"[\u201d\"\u2019'\u00b7][,\s]*$")
_RELATIVE_AFTER = re.compile(r"\s*,?\s*(?:who|which)\b")
_DANGLING_PREP = re.compile(r"(?:on|in|at|with|about|for|to|of)\s+(?:before|after|until|when|if|because|and|but|or)\b")
_WHERE_ONLY = re.compile(r"(?:\w+ly\s+)?(?:on|in|at|via|from|during)\s+(?:[\w'.-]+\s+){0,3}[\w'.-]+")
_VERB_OR_PARTICLE_OPENING = re.compile(r"(?:[a-z]+ed|is|was|were|are|has|had|have|will|would|could|can|should|may|"
                                       r"might|must|nor|and|but|or|up|out|off|down|away|back|around|into)\b")
_SUBORDINATOR_OPENING = re.compile(r"(?:as|when|while|before|after|because|since|if|though|although)\b")


def reported_content(text: str, masked: str, ev: Event, sent: tuple[int, int, int],
                     para: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """(start, end) of the reported clause governed by `ev`, or None."""
    span = _reported_content(text, masked, ev, sent, para)
    if span is not None and masked[span[0]:span[0] + 1].isspace():
        # a sentence's opening dateline is blanked in `masked`: "GENEVA (AP) — The body ..., according to"
        s = span[0]
        while s < span[1] and masked[s].isspace():
            s += 1
        span = (s, span[1]) if s < span[1] else None
    if span is not None and ev.kind == "pre" and ev.verb.endswith("ed") and _PASSIVE_BY.match(text, span[0]):
        return None  # "sources cited by al-Akhbar said ...", "officials quoted by Reuters": a passive, no cue
    if span is not None and ev.verb in SAY_VERBS and ev.verb not in STANCE_VERBS and \
            _ONLY_AUDIENCE.fullmatch(text, *span):
        return None  # "shouted to the crowd", "spoke at the rally": where, not what
    if span is not None and ev.verb in ("told", "tell", "tells", "telling") and _ONLY_ADDRESSEE.fullmatch(text, *span):
        return None  # "heard telling the families in the recording": whom, not what
    if span is not None and ev.verb in _CITE_VERBS and _CITED_SOURCE.match(text, *span) \
            and not re.search(r"\bas\s+(?:saying|telling|stating)\b", text[span[0]:span[1]]):
        return None  # "AFP reported ..., citing a senior Hamas official": whom it relies on, not what
    if span is not None and _ONLY_ANAPHOR.fullmatch(text, *span):
        return None  # "announced this on Telegram": what was said is in another sentence
    if span is not None and not any(c.isalpha() for c in masked[span[0]:span[1]]):
        return None  # "former hostage: ‘A leader is ...’": all of it quoted, the quote's record holds it
    return span


# Where a sentence turns to a clause of its own: a relative, a time or a result clause.
_CLAUSE_TURN = re.compile(r",\s+((?:whose|which|where|while|as|after|when|killing|wounding|leaving)\b)")


def _speech_before(segment: str) -> bool:
    """Someone speaks in `segment` ("Hamas said"), not a passive ("had been confirmed dead")."""
    words = re.findall(r"[a-z]+", segment)
    return any(w in SAY_VERBS and (i == 0 or words[i - 1] not in _PASSIVE_AUX) for i, w in enumerate(words))


_PASSIVE_AUX = {"been", "be", "being", "was", "were", "is", "are"}


# "cited by al-Akhbar": the agent of a passive participle (not "added by laying out ...")
_PASSIVE_BY = re.compile(r"by\s+(?![a-z]+ing\b)")


# A pronoun standing for words said elsewhere, with at most where or when it was said.
_ONLY_ANAPHOR = re.compile(r"(?:this|that|it|so|these|those)(?:\s+(?:on|in|at|during|via|to|from|after|before|"
                           r"last|earlier|later|yesterday|today)\b[^,;:]{0,60})?\s*[.,]?")


_CITE_VERBS = {"citing", "cited", "cites", "cite"}
# when and where, no clause: "last week in private conversation", "on Sunday at a rally"
_SETTING_ONLY = re.compile(r"(?:\s*(?:(?:last|this|next|on|earlier|later)\s+(?:this\s+)?[A-Za-z]+|yesterday|today|"
                           r"(?:in|at|during|before|after|to)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?"
                           r"(?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+)\s*,?)+[\s.]*")
_AFTER_CITED = re.compile(r"\s*(?:as\s+(?:saying|telling|stating)\b)?\s*,?\s*(?:that\s+)?")
# "citing a senior Hamas official it did not name", "citing two sources": a source, not a reason
_CITED_SOURCE = re.compile(r"(?:(?:a|an|the|its|their|his|her|one|two|three|several|unnamed|anonymous|[A-Z][\w'\u2019-]*|"
                           r"senior|top|local|medical|security|diplomatic|government|military|informed)\s+){0,5}"
                           r"(?:officials?|sources?|diplomats?|spokes(?:man|woman|person)|aides?|ministers?|ministry|"
                           r"people|experts?|analysts?|witness(?:es)?|residents?|agency|media|outlets?)\b")


# A telling's complement that is only whom it was told, and where
_ONLY_ADDRESSEE = re.compile(r"(?:the|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+(?:in|at|during|via)\s+"
                             r"(?:the|a|an|his|her|their|its)\s+(?:[\w'\u2019-]+\s+){0,2}?[\w'\u2019-]+")
# A say verb's complement that is only the audience or the venue
_ONLY_AUDIENCE = re.compile(r"(?:to|at|in|on|before|from|with)\s+(?:the|a|an|his|her|their|its|reporters|journalists)"
                            r"(?:\s+[\w'\u2019-]+){0,4}")


_ADDRESS_VERBS = frozenset({"wrote", "writes", "write", "spoke", "speaks", "talked", "talks", "said", "says", "say",
                            "sang", "sings", "tweeted", "posted"})


_ADDRESSEE_THAT = re.compile(r"\s+to\s+[^,;:\u00b7]{1,80}?\s+that\s+")


# Patterns _reported_content applies at every event, compiled once.
_COMMA_PARTICIPLE = re.compile(r",\s+[a-z]+ing\b")
_STOP_OR_COLON = re.compile(r"[.;:]")


def _reported_content(text: str, masked: str, ev: Event, sent: tuple[int, int, int],
                      para: tuple[int, int] | None = None) -> tuple[int, int] | None:
    ss, se, _ = sent
    if _SINCE.match(masked, ss, ev.vstart) and ("," not in masked[ss:ev.vstart] or
                                                _SINCE_APPOSITIVE.match(masked, ss, ev.vstart)):
        # "Since the day Israel confirmed the operation, ...", "Since Sunday, the day Israel
        # confirmed the operation, ...": background, not a claim
        return None
    if ev.kind == "colon" and para is not None:
        return _clean(text, masked, ev.vend, para[1])
    end = se
    while end > ss and text[end - 1] in " .\u00a0":
        end -= 1
    if ev.kind == "according":
        # "According to X, content." or "content, according to X."
        before = masked[ss:ev.vstart].rstrip()
        closing = not masked[ev.mention.end:end].strip(" ,.")
        if (before.endswith(",") or (closing and before.endswith(("\u2014", "--")))) and len(before) > 20:
            # ("... or flat out wrong — according to the journal.": a dash before a closing attribution)
            s, e = ss, ss + len(before.rstrip("-\u2014, "))
            turn = None
            for turn in _CLAUSE_TURN.finditer(masked, ss, e):
                pass
            if turn is not None and _speech_before(masked[ss:turn.start()]):
                # "Hamas said it is ready for a truce with Israel, whose strikes have killed 17 people,
                # according to the emergency services": the services vouch for the last clause only
                s = turn.start(1)
        else:
            after = masked[ev.mention.end:end]
            cited = _CITED_BY.match(after)  # "According to sources quoted in the report, ..."
            skip = cited.end() if cited else 0
            after = after[skip:]
            mm = ACCORDING_APPOSITIVE.match(after)
            if mm and not (mm.group(1)[:1].islower() and mm.group(1).split()[-1].lower() in DESC_HEADS):
                mm = None  # only a role ("According to Dana Roe, a family friend, ...") is skipped
            mm = mm or re.match(r"\s*,\s*", after)
            if not mm or re.match(r"\s*,\s*(?:which|who|whose)\b", after):
                return None  # ("..., according to Qatar, which announced ...": a clause about the source)
            s, e = ev.mention.end + skip + mm.end(), end
        return _clean(text, masked, s, e)
    evidence = ev.verb == "show" and (ev.mention.head or ev.mention.text.split()[-1].lower()) in EVIDENCE_HEADS
    if (ev.verb not in CONTENT_VERBS and not evidence) or (ev.verb in ("respond", "responds", "responded", "return", "returned")
                                        and not re.match(r"\s+that\b", masked[ev.vend:ev.vend + 8])):
        return None  # "did not respond to requests for comment": no speech ("responded that ..." is)
    if ev.kind == "lead":
        # "Claiming the criticism is designed to pressure moderators, Trump told Fox ...": up to the comma
        c = masked.find(",", ev.vend, end)
        if c < 0:
            return None
        lead = _LEAD.match(masked, ev.vend, c)
        return _clean(text, masked, lead.end() if lead else ev.vend, c,
                      after_that=bool(lead) and lead.group(0).rstrip().endswith("that"))
    if ev.kind == "inverted":
        before = masked[ss:ev.vstart].rstrip()
        if before.endswith(",") and not _QUOTE_MARKS.search(before):
            return _clean(text, masked, ss, ss + len(before) - 1)
        return None
    if ev.kind != "pre":
        return None
    if _OBLIGED.search(masked, max(ss, ev.vstart - 30), ev.vstart) and ev.mention.text.lower() not in ("i", "we"):
        # "Israel should agree to withdraw, X said": what X thinks Israel ought to do (but "I should
        # say that ...", "we must admit that ...": a hedge on one's own words)
        return None
    if ev.mention.start >= ev.vend:
        # "the channel reported, citing a source in the leadership, that ...", "quoted an official
        # as saying ...": the source named after the verb is no part of what was said
        cm = _AFTER_CITED.match(masked, ev.mention.end, end)
        if cm.end() >= end or _SETTING_ONLY.fullmatch(masked, cm.end(), end):
            return None  # ("“...,” the channel quoted X as saying last week in private": the quote was it)
        return _clean(text, masked, cm.end(), end)
    after = masked[ev.vend:end]
    if _WH_BEFORE.search(masked, max(ss, ev.mention.start - 30), ev.mention.start):
        return None  # "the gap between what Trump says his plan would do and ...": not a claim
    gap = masked[ev.mention.end:ev.vstart]
    if ev.mention.text.lower() in ("he", "she") and ev.verb in STANCE_VERBS and ev.speaker is not None \
            and _other_possessor(text, masked[ss:ev.mention.start], ev.speaker.name):
        # "X told Reuters Mr Y's remarks show he intends to ...": he may well be Y (a view or plan
        # inside someone's clause; "..., but he said" after a possessive is still the sentence's speaker)
        return None
    if _THIS_BEFORE.search(masked[max(ss, ev.mention.start - 12):ev.mention.start]) and \
            ev.mention.text.lower() in ("article", "story", "report", "page", "piece", "version"):
        return None  # "Correction: This article wrongly reported that ...": the outlet correcting itself
    if _TO_END.search(gap) and _SUBJECT_PRONOUN.search(gap):
        # "X, the official said, have points they need to agree on": the infinitive's subject is the
        # pronoun in between, not the speaker ("X, 40, is the first hostage to say" stays)
        return None
    if ev.verb in _UNSAID and _NOT_BEFORE.search(masked, max(ss, ev.vstart - 24), ev.vstart) and not re.match(
            r"\s+(?:how|why|whether|what|when|where|which|who|if|that)\b", after):
        return None  # "did not mention the talks", "does not say how many": nothing was claimed
    bg = _BACKGROUND.search(masked, max(ss, ev.mention.start - 60), ev.mention.start) \
        if ev.verb in _BACKGROUND_VERBS else None
    if bg and not (bg.group(1).lower() == "as" and ev.verb not in STANCE_TO | STANCE_OBJECT):
        # "if X agrees to the plan", "as Israel sought to meet the demands", "When the administration
        # proposed a meeting": the writer's background, not the subject's stated position ("as officials
        # believe that ..." still is a view)
        return None
    if ev.verb in ("asked", "asks", "ask") and re.match(r"\s+(?:[\w\u2019'.-]+\s+){0,5}?for\s+(?:a\s+)?(?:comment|"
                                                           r"response|reaction)\b", after):
        return None  # "X has asked the ministry for comment": a request, no content
    if ev.verb in _ADDRESS_VERBS and _TO_NOT_BE.match(after):
        # "X wrote to Netanyahu on Monday": whom the words went to, not what they said; the
        # content is the that-clause after the addressee, if any
        am = _ADDRESSEE_THAT.match(after)
        if am is None:
            return None
        return _clean(text, masked, ev.vend + am.end(), end, after_that=True)
    if ev.verb in ("showed", "shows") and ev.mention.text.lower() in ("it", "he", "she", "they", "we", "i") and \
            re.match(r"\s+(?:(?:on|last|this)\s+\w+\s+)?(?:a|an|the|its|his|her|their)\s", after):
        # "it showed on Wednesday a proposal": someone showing a thing is an act (a poll shows a finding)
        return None
    if ev.verb in _CALL_VERBS and not re.match(r"\s+(?:\S+\s+){0,2}?(?:for|on|upon)\s", after) and \
            _DOUBLE_MARKS.search(text, ev.vend, end):
        return None  # "called the order, which ..., a “dangerous escalation”": the naming is a quote
    if ev.verb in STANCE_VERBS:
        return _stance_content(text, masked, ev, after, end)
    # Sentence-final attribution without quotes: "Content, Hamas said." / "..., lawmakers
    # said Friday, as they bristled at ...": the attribution closes the reported clause.
    pre = masked[ss:ev.mention.start].rstrip()
    if ev.mention.appositive and pre.rstrip(" ,").lstrip() == ev.mention.appositive.strip():
        pre = ""  # "Israel's Defence Minister, Israel Katz, said": the speaker's title, not a claim
    if pre.endswith(" as") and re.search(r",\s+as$", pre):
        if re.match(r"\s*(?:[\w\s]{0,30}?)?,\s*\S", after) and len(after.strip(" ,.").split()) > 4:
            # "..., including, as CNN has reported, the timing of ...": the sentence around it
            if len(pre[:-2].split()) <= 2:
                # ("However, as CNN reported this week, officials have ...": only what follows)
                comma = masked.find(",", ev.vend, end)
                return _clean(text, masked, comma + 1, end)
            return _clean(text, masked, ss, end, keep_attr=True)
        pre = pre[:-2].rstrip()  # "..., as police have said."
    lead = _LEAD.match(after)
    rest = after[lead.end():] if lead and not lead.group(0).rstrip().endswith("that") else after
    # "Trump attacked Clinton ..., saying ...": a participle's subject sits far back; what
    # precedes it is not the participle's reported clause
    participle = ev.verb.endswith("ing") and bool(masked[ev.mention.end:ev.vstart].strip())
    if participle and re.search(r"\b(?:as|when|while|after|before|because|since|where)\s+[\w\u2019'-]+\s+[\w\u2019'-]",
                                masked[ev.mention.end:ev.vstart]):
        # "The row came as thousands rallied, calling on ...": the participle belongs to the
        # subordinate clause's subject, not the main one
        return None
    if participle:
        pre = ""
    runs_on = pre.endswith(",") and after.lstrip().startswith(",") and bool(_RUNS_ON.match(after))
    addressed = False
    if ev.verb in _TOLD_VERBS and pre.endswith(","):
        # "..., Sen. Lindsey Graham told The Huffington Post on Thursday.": the addressee, then
        # only when and where (so "..., a senior UN official warned the Security Council on Monday")
        am = _ADDRESSEE.match(rest)
        if am:
            rest, addressed = rest[am.end():], True
    if pre.endswith(",") and len(pre) > 25 and not runs_on and not re.search(r"\bthat\b", after[:12]) and (
            rest.lstrip().startswith(",") or not rest.strip(" ,.") or _PP_ONLY.match(rest)
            or (lead and lead.group(0).rstrip().endswith(","))) and not (
            pre.count(",") == 1 and _INTRO.match(pre)) and not (
            after.lstrip().startswith(",") and _LEAD_IN.match(pre)) and not (
            after.lstrip(" ,").startswith(("\u201c", '"', "\u00b7", "''", "``"))):
        # (not "Highlighting the conditions in Gaza, Guterres said, “...”": a quote follows)
        # (not "Though that transition was seamless, he said, replacing her would ...": a
        # subordinate clause, then the attribution, then the main clause - the whole sentence)
        # (not "In a Wall Street Journal essay last week, X acknowledged ...": an adverbial lead-in)
        return _clean(text, masked, ss, ss + len(pre) - 1)
    if addressed and (not rest.strip(" ,.") or _PP_ONLY.match(rest)):
        return None  # ("The talks failed, X warned reporters in Geneva": whom, where; the clause is short)
    if after.lstrip().startswith((":", "\u201c", '"', "\u00b7")) or \
            after.lstrip(" ,").startswith(("\u201c", '"', "''", "``", "\u00b7")):
        return None  # "X said: “...”", "..., saying, “...”": a quote follows, not a reported clause
    if not participle and ev.verb in _QUOTE_ATTR_VERBS and _CLOSE_BEFORE_END.search(masked[ss:ev.mention.start]):
        # (not "“...,” X said, adding that ...": the participle has a clause of its own; nor
        # 'Bemoaning the “phony system,” Trump accused Holt of ...': no verb of saying)
        return None  # "“...,” X said in a statement": the attribution of a quote, no reported clause
    if pre.endswith(",") and after.lstrip().startswith(","):
        # "Israel presented its points, Axios reported, but ...": the attribution interrupts.
        # "... so bad, Mr. Obama noted, that the ...", "Climate change, Mr. Obama says, is the
        # greatest threat": the clause runs on after it.
        if runs_on or _LEAD_IN.match(pre):
            # ("Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt")
            # (and "During his years in office, Mr. Obama said, he ...": a lead-in before the attribution)
            return _clean(text, masked, ss, end, keep_attr=True)
        if len(pre) > 25:
            return _clean(text, masked, ss, ss + len(pre) - 1)
    t = None
    # "told a meeting of Pacific Island leaders that ...": an indirect object before "that"
    reach = 10 if ev.verb in _TOLD_VERBS else 5
    for tm in _THAT.finditer(after[:140]):
        if len(after[:tm.start()].split()) > reach:
            break  # a relative "that" further on, not the complementiser
        if _COMMA_PARTICIPLE.search(after[:tm.start()]):
            break  # "warned against X, alleging that ...": the participle's "that", not this verb's
        if len(_STOP_OR_COLON.split(after[tm.end():], maxsplit=1)[0].split()) < 2:
            continue  # "said the test could change that.": a pronoun, not the complementiser
        t = tm  # the last one: "announced that night that ..."
        if reach > 5:
            break  # after an object the first "that" is the complementiser
    if t and ev.verb in NEEDS_THAT and len(after[:t.start()].split()) > 1:
        return None  # "rejected Israel's demands that it give up ...": the demands' clause, not Hamas's
    after_that = False
    min_words = 3
    obj_to = _object_to(after) if ev.verb in _OBJECT_TO_VERBS or ev.verb in _CALL_VERBS else None
    if obj_to and t and t.start() > obj_to[1]:
        t = None  # "warned Pyongyang to refrain from actions that ...": a relative "that"
    if t and ev.verb in ("told", "tell", "tells") and after[:t.start()].strip():
        cm = _TOLD_CLAUSE.match(after)
        if cm and cm.end(1) < t.start():
            t = None  # "told the show it is clear that ...": the clause opens before the "that"
    if t and not after[:t.start()].strip() and (re.match(
            r"\s+(?:would|will|is|was|could|can|has|had|may|might|should|must|does|did|means|meant)\b", after[t.end():])
            or (ev.verb in _NP_VERBS and re.match(r"\s+[a-z]+(?:\s+(?:in|on|at|by|for|with|as|from|during)\b|\s*[,.;]|\s*$)",
                                                  after[t.end():]))):
        # "said that would permit ...": the pronoun is the clause's subject; "rejected that argument in
        # a ruling": a determiner
        s = ev.vend + t.start()
    elif t and not _STOP_OR_COLON.search(after[:t.start()]):
        s = ev.vend + t.end()
        after_that = True
    elif ev.verb in _DENY and _DENIED.match(after):
        # "has denied blocking aid deliveries", "denied any involvement in the attack": a claim
        # denied ("denied access to the crossing" is a deed and stays out)
        s = ev.vend + len(after) - len(after.lstrip())
        min_words = 2
    elif ev.verb in NEEDS_THAT:
        return None
    elif obj_to:
        # "told his advisers to figure out ...", "urged Israel to show restraint", "called on
        # both sides to return": the addressee and what they are to do
        s = ev.vend + obj_to[0]
    elif ev.verb in ("told", "tell", "tells", "informed", "assured", "reminded"):
        # "told the newsmaker series it is clear that ...", "told reporters how surprised he is": the
        # clause after the addressee opens with a subject pronoun or a wh-word; otherwise unclear
        cm = _TOLD_CLAUSE.match(after)
        if not cm:
            return None
        s = ev.vend + cm.end(1)
    elif ev.verb in _CALL_VERBS and re.match(r"\s+for\s", after):
        s = ev.vend + re.match(r"\s+for\s+", after).end()  # "called for a full withdrawal"
        after_that = True  # ("called for increased spending": a noun phrase, whatever its first word)
        min_words = 2  # "called for international sanctions"
    else:
        lead = _LEAD.match(after)
        s = ev.vend + (lead.end() if lead else 0)
        after_that = bool(lead) and lead.group(0).rstrip().endswith("that")
    if _SUBORDINATE_OPENING.match(masked, ss, ev.mention.start):
        # "While some Hamas officials expressed doubts about participating, they have ...": the
        # subordinate clause ends at its comma, before the main clause
        comma = masked.find(",", s, end)
        if comma > 0:
            end = comma
    if _RELATIVE_AFTER.match(masked[ev.mention.end:ev.vstart]):
        # "Hillary Clinton, who has called for tax hikes, lambasted ...": the relative clause ends
        # at its comma
        comma = masked.find(",", s, end)
        if comma > 0:
            end = comma
    return _clean(text, masked, s, end, after_that=after_that, np_object=(ev.verb in _NP_VERBS or ev.verb in _DENY) and not after_that,
                  direct=not masked[ev.vend:s].strip(), min_words=min_words)


# Verbs whose negation says nothing ("did not mention the talks"); "has not said when ..." stays, an
# indirect question is what was left open.
_UNSAID = {f"{b}{x}" for b in ("mention", "comment", "specify", "clarify", "disclose", "elaborate", "detail",
                               "reveal", "address", "explain") for x in ("", "s", "ed", "d")} | {
    "confirm", "confirms", "confirmed"}
_NOT_BEFORE = re.compile(r"\b(?:not|n[\u2019']t|never)\s+(?:\w+ly\s+)?$")
# A subordinating conjunction right before the subject ("if X agrees", "as Hamas and Israel have agreed").
# Verbs of wanting, agreeing and demanding: after "if"/"as" they are the writer's circumstance.
_BACKGROUND_VERBS = STANCE_VERBS | STANCE_TO | STANCE_OBJECT | {"demand", "demands", "demanded", "reject", "rejects",
                                                                "rejected"}
# A sentence opening on a time boundary ("Since the day X confirmed the operation, ..."): every
# verb before its comma is background.
_SINCE = re.compile(r"\s*(?:Since|Until|Once|Ever\s+since)\b")
_SINCE_APPOSITIVE = re.compile(r"\s*(?:Since|Until|Ever\s+since)\b[^,;]*,\s*(?:the\s+(?:day|date|night|morning|"
                               r"evening|week|month|moment|time)\b|when\b)[^,;]*$")
_BACKGROUND = re.compile(r"\b([Ii]f|[Uu]nless|[Ww]hen|[Ww]henever|[Oo]nce|[Uu]ntil|[Bb]efore|[Aa]fter|[Aa]s)\s+"
                         r"(?:the\s+)?(?:[A-Z][\w\u2019'.-]*\s+(?:(?:and|or)\s+)?)*$")
# After "X, the official said," the clause runs on: "Both sides, the official said, have ...".
_RUNS_ON = re.compile(r"\s*,\s*(?:that\b|(?:is|was|were|are|has|had|have|will|would|could|can|may|might|must|"
                      r"should|does|did|do|until|unless|because|before|after|although|though)\b|[a-z]+(?:ed|es)\b)")
_TOLD_CLAUSE = re.compile(
    r"(\s+(?:[\w\u2019'.-]+\s+){1,8}?)(?=(?:(?:he|she|they|it|we|I|there)\s+(?:is|was|were|are|had|has|have|would|"
    r"will|could|can|did|does|do|should|might|may|must|[a-z]+ed|[a-z]+s)\b|(?:how|why|whether|what)\s+[a-z]|"
    # "told CNN the president was expected to ...": a noun phrase subject and its auxiliary
    r"(?:the|a|an|his|her|its|their)\s+(?:[\w\u2019'-]+\s+){1,3}?(?:is|was|were|are|had|has|have|would|will|"
    r"could|did)\s))")
# (also "what changes he said Hamas was demanding": a wh-phrase)
_WH_BEFORE = re.compile(r"\b(?:[Ww]hat|[Hh]ow|[Ww]hy|[Ww]hether)\s+(?:[a-z][\w\u2019'-]*\s+){0,2}$")


# A modal of obligation before a reporting or stance verb ('X said Israel must agree to ...'):
# someone else's prescription for the subject, not what the subject said or holds
_OBLIGED = re.compile(r"\b(?:should|must|ought\s+to|has\s+to|have\s+to|had\s+to|needs\s+to|need\s+to)\s+"
                      r"(?:(?:not|also|still|now|first|finally|immediately)\s+)?$")


def _stance_content(text: str, masked: str, ev: Event, after: str, end: int) -> tuple[int, int] | None:
    """A belief, intention or stance verb's complement: "worry that X" gives X, "plans to do X"
    gives "to do X", "proposes allowing X" gives "allowing X".  The subject must be someone
    (a person, an organisation, a described group), not a thing ("the rules aim to ...")."""
    sp = ev.speaker
    if sp is None or sp.kind not in ("person", "org", "descriptor"):
        return None
    if sp.kind == "descriptor" and sp.head != "and" and not _people_head((sp.head or sp.name.split()[-1]).lower()):
        return None  # "the new rules aim to ...": a thing has no view ("Qatar and Egypt" named together do)
    lead = re.match(r"\s+(?:(?:all|also|still|now|again)\s+)?", after)
    rest = after[lead.end():]
    if _RELATIVE_AFTER.match(masked[ev.mention.end:ev.vstart]):
        comma = masked.find(",", ev.vend, end)  # "X, who feared that ..., told ...": the relative clause
        if comma > 0:
            end = comma
    if ev.verb in STANCE_THAT and rest.startswith("that "):
        s = ev.vend + lead.end() + 5
        return _clean(text, masked, s, end, after_that=True)
    if ev.verb in STANCE_TO and re.match(r"(?:not\s+)?to\s+[a-z]", rest):
        return _clean(text, masked, ev.vend + lead.end(), end, after_that=True)
    if ev.verb in STANCE_OBJECT and not re.match(r"(?:that|to)\b", rest):
        return _clean(text, masked, ev.vend + lead.end(), end)
    return None


def _other_possessor(text: str, window: str, speaker: str) -> bool:
    """Whether someone else's name in the possessive ("Mr Y's remarks", "Y's office") comes after
    the speaker's last mention in `window`: "he" after it is as likely that person."""
    last = None
    for pm in re.finditer(r"\b(?!(?:That|It|There|What|Here|Who|He|She|Let)\b)([A-Z][\w-]+)(?:\u2019s|'s)\s+[a-z]",
                          window):
        last = pm
    if last is None:
        return False
    word = last.group(1)
    if word in speaker.split():
        return False
    if any(w in window[last.end():] for w in speaker.split() if w[:1].isupper() and len(w) > 2):
        return False  # the speaker is named again after it
    # a person: an honorific or a first name before the word somewhere in the article
    return bool(re.search(r"\b(?:Mr|Mrs|Ms|Dr|(?!(?:The|In|On|At|For|But|And|As|Of|To|From|With|By|After|Before|"
                          r"When|While|Since|Under|Over|Both|Neither|Either|This|That|Northern|Southern|Eastern|"
                          r"Western|Central)\b)[A-Z][a-z]+)\.?\s+" + re.escape(word) + r"\b", text))


def _object_to(after: str) -> tuple[int, int] | None:
    """Offsets of "Y to do" after a verb ("urged Israel to ...", "called on the sides to ..."):
    where Y starts and where "to" ends, or None."""
    obj = re.match(r"\s+(?:(?:on|upon)\s+)?", after)
    if not obj:
        return None
    if re.match(r"\s+(?:on|upon)\s", after) is None and re.match(r"\s+(?:for|to|that|about|of|in|at)\b", after):
        return None
    to = re.match(r"(?:[\w\u2019'.-]+\s+){1,5}?to\s+[a-z]", after[obj.end():])
    if to and re.search(r"\b(?:is|was|were|are|be|been|has|had|have|would|will|could|can)\b", to.group(0)):
        return None  # "told CNN the president was expected to ...": a clause, not an addressee
    return (obj.end(), obj.end() + to.end()) if to else None


# Where a reported clause ends: a semicolon, or a new attribution ("..., adding that").
# (grouped by the character a match opens on, a semicolon, a comma or white space, so that at
# each position one group is tried, not every alternative)
_REPORTED_ED = "|".join(sorted(v for v in REPORT_VERBS if v.endswith(("ed", "id", "ld", "ote"))))
_AND_BUT_SAID = (r"(?:and|but)\s+(?:some|others|many|most|he|she|they|it|[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*)?)\s+"
                 r"(?:\w+ly\s+)?(?:said|told|says|added|noted|warned|stated|argued|insisted)\b")
_CLAUSE_END = re.compile(
    r";(?!\s+and\b)(?=(?:\s+[^\s;]+){7})"
    r"|,(?:\s+(?:adding|saying|arguing|noting|insisting|explaining|claiming|warning|citing|contradicting|alleging|"
    r"accusing|charging|stressing|although|though|"
    r"but\s+(?:he|she|they|it|we|[A-Z][\w.\u2019'-]+)\s+(?:\w+ly\s+)?(?:also\s+)?[a-z]+(?:ed|s)\b)\b"
    r"|\s+" + _AND_BUT_SAID +
    # "..., but offered no proof", "..., but was treated as ...": the subject's next predicate
    r"|\s+but\s+(?:also\s+|then\s+|later\s+)?(?:was|were|has|had|did|[a-z]{3,}ed)\b"
    # "..., without providing evidence": the writer's note on the claim
    r"|\s+without\s+(?:providing|offering|giving|presenting|citing|showing)\b"
    # "..., and rights groups warned that ...": another source's attribution
    r"|\s+(?:and|but)\s+(?:[\w\u2019'-]+\s+){1,4}?(?:\w+ly\s+)?(?:" + _REPORTED_ED + r")\s+that\b)"
    r"|\s+(?:" + _AND_BUT_SAID +
    r"|and\s+(?:also\s+|then\s+|later\s+)?(?:" + _REPORTED_ED + r")\b"
    r"|but\s+also\s+[a-z]+ed\b)")
# The occasion closing a clause: "... in an interview with the Post last week".
_TRAILING_VENUE = re.compile(
    r",?\s+(?:in|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|speech|"
    r"post|briefing|news conference|press conference|video|message|letter|tweet|appearance|broadcast|podcast|"
    r"ruling|filing|column|op-ed|editorial|essay|memo|diatribe)s?(?![\w-])"
    r"(?:\s+(?:with|to|on|in|at|for|published|released|posted|last|this)\b[^,;:]{0,50})?$")
# Verbs whose content is a noun phrase ("likened RT to the BBC, which ..."): a non-restrictive
# relative clause after it is the writer's gloss, not the speaker's words.
_SUBORDINATE_OPENING = re.compile(r"\s*[\"\u201c]?(?:While|Although|Though|Whereas|Even\s+though|Because|Since|"
                                  r"If|Unless|Once)\s+[^,]*$")
_DENY = {"deny", "denies", "denied", "denying"}
_DENIED = re.compile(r"\s+(?:\w+ly\s+)?(?:(?:having\s+)?(?!nothing\b|during\b|something\b)[a-z]{2,}ing\b|"
                     r"(?:(?:any|the|all|these|those|such|his|her|its|their)\s+)?(?:[\w-]+\s+){0,3}?"
                     r"(?:involvement|wrongdoing|responsibility|allegations?|accusations?|claims?|reports?|charges?|"
                     r"role|knowledge|links?|ties)\b)")
_NP_VERBS = {"praised", "praises", "likened", "likens", "denounced", "condemned", "cited", "cites", "rejected",
             "criticized", "criticised", "blasted", "slammed", "welcomed", "hailed", "mentioned", "mentions",
             "described", "describes", "questioned", "echoed", "articulated", "stressed", "dismissed",
             "lauded", "touted", "accused"}
# Clause boundaries a mixed quote may be cut at: "X said A, and B “...”" keeps A.
_CUT = re.compile(r"[;:]|,\s+(?:and|but|while|as|although|though|because|which|who|saying|adding)\b|\s+(?:--|\u2014)\s+")


def _clean(text: str, masked: str, s: int, e: int, keep_attr: bool = False,
           after_that: bool = False, np_object: bool = False, direct: bool = False,
           min_words: int = 3) -> tuple[int, int] | None:
    tail = None if keep_attr else _TAIL_ATTR.search(masked, s, e)
    if tail:
        e = tail.start()
    ce = _CLAUSE_END.search(masked, s, e)
    if ce and len(masked[s:ce.start()].split()) >= 2:
        e = ce.start()
    if np_object:
        rel = re.search(r",\s+(?:which|who|whose)\b", masked[s:e])
        if rel and len(masked[s:s + rel.start()].split()) >= 2 and not re.search(
                r",\s+(?:of|to|as|for|with)\b", masked[s + rel.end():e]):
            # (not "accused Cruz, who was born in Cuba, of associating with ...")
            e = s + rel.start()
        # "denied every allegation, and has promised to fight back": the object ends where the
        # subject's next verb begins
        co = re.search(r",?\s+(?:and|but)\s+(?:has|have|had|is|was|were|will|would|said|says)\b", masked[s:e])
        if co and len(masked[s:s + co.start()].split()) >= 2:
            e = s + co.start()
    if not keep_attr:
        ve = _TRAILING_VENUE.search(masked, s, e)
        if ve and len(masked[s:ve.start()].split()) >= 2:
            e = ve.start()
    qm = _DOUBLE_MARKS.search(text, s, e)
    if qm:
        # A quote later in the clause: keep the reported part before its clause boundary.
        cuts = [c.start() for c in _CUT.finditer(masked, s, qm.start())]
        if not cuts or len(masked[s:cuts[-1]].split()) < 4:
            return None
        e = cuts[-1]
    while s < e and text[s] in " ,\u00a0":
        s += 1
    while e > s and text[e - 1] in " ,.\u00a0":
        e -= 1
    if e - s < 12 or len(text[s:e].split()) < min_words:
        return None
    if _DANGLING_PREP.match(text[s:e]):
        return None  # "elements they need to agree on before a deal": a dangling preposition, no content
    if _WHERE_ONLY.fullmatch(text[s:e]):
        return None  # "wrote sarcastically on Twitter, adding that ...": where and how, no content
    if _NO_CLAUSE.match(text[s:e]):
        return None  # "said of the hostages", "reported from Berlin": no reported clause
    if _VERB_OR_PARTICLE_OPENING.match(text[s:e]) and not keep_attr and not (
            after_that and re.match(r"[a-z]+ed\s+[a-z]", text[s:e]) and not re.match(
                r"[a-z]+ed\s+(?:by|to|in|on|at|for|with|him|her|them|it|us|me|the|a|an|his|their|its|that|this)\b",
                text[s:e])):
        # ("polls that showed him ...": a relative clause's verb, not "that increased spending")
        return None  # "who the government said died in captivity": the clause's subject is elsewhere
    if _SUBORDINATOR_OPENING.match(text[s:e]) and not (
            keep_attr or after_that or (direct and re.match(r"(?:if|when)\s+(?!asked|questioned|pressed)", text[s:e]))):
        # ("has not said when they would vote", "isn't saying if it broke the law": an indirect question)
        # ("said that, if elected, he would ...": after "that" a subordinate clause opens the content)
        return None  # "who the government said died in captivity": the clause's subject is elsewhere
    if _DOUBLE_MARKS.search(text, s, e):
        return None
    return s, e
