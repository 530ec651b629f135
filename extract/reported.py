"""Reported (indirect) speech: "X said that ...", "according to X, ...".

Built from the same events as quote attribution; the content is the reported
clause of the verb's sentence, with no quotation marks in it (mixed quotes are
quotes, not reported speech).
"""
from __future__ import annotations

import re

from extract.attribution import REPORT_VERBS, SAY_VERBS, Event

# Any reporting or attitude verb with a subject can carry reported content
# ("Hamas accused Israel of stalling"); "read" only introduces quotes.
CONTENT_VERBS = (REPORT_VERBS | SAY_VERBS) - {"read", "reads", "show", "asking"}
# Verbs that also mean something else ("maintains control", "denied access",
# "recalled its team"): reported content only after "that".
NEEDS_THAT = {"maintain", "maintains", "maintained", "recall", "recalls", "recalled", "deny", "denies", "denied",
              "responded", "responds", "informed", "threatened", "threatens", "rejected", "rejects", "hold",
              "holds", "held", "continued", "concluded", "echoed", "signaled", "signalled"}

_QUOTE_MARKS = re.compile("[\"\u201c\u201d\u00b7]")
_WHEN = (r"(?:(?:on|last|this|earlier|late|early|next)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
         r"Sunday|week|month|year|night|morning|evening|afternoon|today|yesterday|"
         r"(?:on\s+)?\d{1,2}\s+[A-Z][a-z]+|(?:on\s+)?[A-Z][a-z]+\.?\s+\d{1,2})")
_VENUE = (r"(?:in|at|during|on)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?(?:statement|interview|speech|post|"
          r"briefing|conference|video|message|letter|tweet|address|appearance|hearing|meeting|call|rally|"
          r"session|event|programme|program|broadcast|show|podcast)s?(?:\s+(?:on|in|at|to|with)\s+[^,;:]{0,40}?)?")
_LEAD = re.compile(
    rf"^\s*(?:,\s*)?(?:(?:{_WHEN}|{_VENUE}|to\s+(?:reporters|journalists|the\s+press))\s*,?\s*)*(?:that\s+)?")
_NO_CLAUSE = re.compile(r"from\s|(?:of|in|on|at|about|during)\s+(?:\S+\s+){0,5}?\S+\s*$")
_THAT = re.compile(r"\bthat\b")


_TAIL_ATTR = re.compile(r",\s*(?:according to\b|(?:he|she|they|it|the \w+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s+"
                        r"(?:said|says|added|wrote|noted|told)\b)")


def reported_content(text: str, masked: str, ev: Event, sent: tuple[int, int, int],
                     para: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """(start, end) of the reported clause governed by `ev`, or None."""
    ss, se, _ = sent
    if ev.kind == "colon" and para is not None:
        return _clean(text, masked, ev.vend, para[1])
    end = se
    while end > ss and text[end - 1] in " .\u00a0":
        end -= 1
    if ev.kind == "according":
        # "According to X, content." or "content, according to X."
        before = masked[ss:ev.vstart].rstrip()
        if before.endswith(",") and len(before) > 20:
            s, e = ss, ss + len(before) - 1
        else:
            after = masked[ev.mention.end:end]
            mm = re.match(r"\s*,\s*", after)
            if not mm:
                return None
            s, e = ev.mention.end + mm.end(), end
        return _clean(text, masked, s, e)
    if ev.verb not in CONTENT_VERBS:
        return None
    if ev.kind == "inverted":
        before = masked[ss:ev.vstart].rstrip()
        if before.endswith(",") and not _QUOTE_MARKS.search(before):
            return _clean(text, masked, ss, ss + len(before) - 1)
        return None
    if ev.kind != "pre":
        return None
    after = masked[ev.vend:end]
    # Sentence-final attribution without quotes: "Content, Hamas said."
    pre = masked[ss:ev.mention.start].rstrip()
    if pre.endswith(",") and len(after.strip(" ,.")) < 40 and not re.search(r"\bthat\b", after):
        if len(pre) > 25:
            return _clean(text, masked, ss, ss + len(pre) - 1)
    if after.lstrip().startswith((":", "\u201c", '"', "\u00b7")):
        return None
    if re.search(r"[\u201d\"\u2019'\u00b7][,\s]*$", masked[ss:ev.mention.start]):
        return None  # "“...,” X said in a statement": the attribution of a quote, no reported clause
    if pre.endswith(",") and after.lstrip().startswith(",") and len(pre) > 25:
        # "Israel presented its points, Axios reported, but ...": the attribution interrupts
        return _clean(text, masked, ss, ss + len(pre) - 1)
    t = None
    for tm in _THAT.finditer(after[:90]):
        if len(after[:tm.start()].split()) > 5:
            break  # a relative "that" further on, not the complementiser
        t = tm  # the last one: "announced that night that ..."
    if t and not re.search(r"[.;:]", after[:t.start()]):
        s = ev.vend + t.end()
    elif ev.verb in NEEDS_THAT:
        return None
    elif ev.verb in ("told", "tell", "tells", "informed", "assured", "reminded"):
        to = re.match(r"\s+((?:[\w\u2019'-]+\s+){1,5}?)to\s+\w", after)
        if not to:
            return None  # an object follows; without "that" or "to" the clause is unclear
        s = ev.vend + len(re.match(r"\s*", after).group(0))  # "told his advisers to figure out ..."
    else:
        lead = _LEAD.match(after)
        s = ev.vend + (lead.end() if lead else 0)
    return _clean(text, masked, s, end)


def _clean(text: str, masked: str, s: int, e: int) -> tuple[int, int] | None:
    tail = _TAIL_ATTR.search(masked, s, e)
    if tail:
        e = tail.start()
    while s < e and text[s] in " ,\u00a0":
        s += 1
    while e > s and text[e - 1] in " ,.\u00a0":
        e -= 1
    if e - s < 12 or len(text[s:e].split()) < 3:
        return None
    if _NO_CLAUSE.match(text[s:e]):
        return None  # "said of the hostages", "reported from Berlin": no reported clause
    if _QUOTE_MARKS.search(masked[s:e]) or re.search("[\u2018\u2019']\\w[^\u2019']{2,60}[\u2019']\\W", text[s:e]):
        return None
    return s, e
