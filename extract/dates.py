"""Dates: publication date from headers, and when words were said.

Conservative on purpose: an unknown date is better than a wrong one.  Cheap
regexes find the candidate phrases; dateparser (slow to import and to call) is
only used, with a cache, for header values in formats the regexes don't know.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# Putting words out as a document: "issued a statement", "put out a video"
ISSUE_VERBS = r"issued|released|put\s+out|published"
ISO_RE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
# "Friday, November 22, 2024", "November 22, 2024", "22 November 2024", "Nov. 22 2024"
LONG_DATE_RE = re.compile(
    rf"^\s*(?:{WEEKDAY},?\s+)?(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH}),?\s+(?P<y2>\d{{4}}))\b", re.I)
# Phrases that date an utterance, found near the reporting verb.
# A weekday after "the" names something ("the Thursday meeting"); after "to", "until",
# "since" ... it bounds a period ("in the week to Sunday"): neither is when words were said.
_NOT_SAID_DAY = "".join(rf"(?<!\b{w}\s)" for w in ("the", "The", "to", "until", "till", "since", "from",
                                                    "through", "by", "before", "after"))
SAID_DATE_RE = re.compile(
    rf"\b(?:(?:on|last|this|late|early)\s+)?{_NOT_SAID_DAY}(?P<wd>{WEEKDAY})(?![\u2019']s)(?!\s*(?:,|\()?\s*(?:{_MONTH}|\d))"
    # ("on Friday, Sept. 26", "on Friday (Sep 26)", "on 26 September 2025")
    rf"|\bon\s+(?:{WEEKDAY}(?:,?\s+|\s*\((?=[^()]{{3,20}}\))))?(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH}))(?:,?\s+(?P<y>\d{{4}}))?\b\)?"
    rf"|\b(?P<rel>yesterday|today)\b")


def _mk(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# A date with its year in running text: without a publication date, nothing else can be dated.
FULL_DATE_RE = re.compile(rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}})\b",
                          re.I)


def parse_date_value(value: str) -> str | None:
    """ISO date from a header value ("2024-03-16", "Friday, November 22, 2024", ...)."""
    value = (value or "").strip()
    if not value:
        return None
    m = ISO_RE.search(value)
    if m:
        d = _mk(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return d.isoformat() if d else None
    d = long_date(value)
    if d:
        return d
    return _dateparser(value[:80])


# A date in an article's address: /2025/5/19/, /2024/03/16, -2024-03-16-, /20240316/
_URL_DATE_RE = re.compile(r"(?<![\d])((?:19|20)\d\d)(?:([/-])(\d{1,2})\2(\d{1,2})|/?(\d\d)(\d\d)(?=/))(?![\d])")


def url_date(url: str | None) -> str | None:
    """ISO date written in a news URL's path, the publication date on most sites."""
    if not url:
        return None
    path = re.sub(r"^\w+://[^/]*", "", url)
    m = _URL_DATE_RE.search(path)
    if not m:
        return None
    month, day = (m.group(3), m.group(4)) if m.group(3) else (m.group(5), m.group(6))
    d = _mk(int(m.group(1)), int(month), int(day))
    return d.isoformat() if d else None


def long_date(line: str) -> str | None:
    """ISO date when `line` starts with a written-out date, else None."""
    m = LONG_DATE_RE.match(line)
    if not m:
        return None
    mon = m.group("m1") or m.group("m2")
    day = m.group("d1") or m.group("d2")
    year = m.group("y1") or m.group("y2")
    d = _mk(int(year), MONTHS[mon.lower().rstrip(".")[:4] if mon.lower().startswith("sept") else mon.lower().rstrip(".")[:3]], int(day))
    return d.isoformat() if d else None


@lru_cache(maxsize=256)
def _dateparser(value: str) -> str | None:
    if not re.search(r"\d", value):
        return None  # "yesterday" in a header is no publication date
    try:
        import dateparser
    except ImportError:  # pragma: no cover - dateparser is a declared dependency
        return None
    d = dateparser.parse(value, languages=["en"],
                         settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"})
    return d.date().isoformat() if d else None


def utterance_date(context: str, published: str | None) -> str | None:
    """Date the words were said, from a phrase in `context` ("on Wednesday", "on 24 October").

    Weekdays and day-month without a year need the publication date; a weekday
    is the latest such day on or before publication.  None when unsure.
    """
    m = SAID_DATE_RE.search(context)
    if not m:
        return None
    pub = None
    if published:
        pm = ISO_RE.match(published)
        pub = _mk(int(pm.group(1)), int(pm.group(2)), int(pm.group(3))) if pm else None
    if m.group("wd"):
        if not pub:
            return None
        back = (pub.weekday() - WEEKDAYS[m.group("wd").lower()]) % 7
        if m.group(0).lower().startswith("last"):
            # "last Thursday" on a Thursday is a week ago; "last Wednesday" on a Thursday
            # may be yesterday or eight days ago
            if back == 1:
                return None
            back = back or 7
        return (pub - timedelta(days=back)).isoformat()
    if m.group("rel"):
        if not pub:
            return None
        return (pub - timedelta(days=1 if m.group("rel").lower() == "yesterday" else 0)).isoformat()
    mon = (m.group("m1") or m.group("m2")).lower().rstrip(".")
    month = 9 if mon.startswith("sep") else MONTHS[mon[:3]]
    day = int(m.group("d1") or m.group("d2"))
    if m.group("y"):
        d = _mk(int(m.group("y")), month, day)
        return d.isoformat() if d else None
    if not pub:
        return None
    d = _mk(pub.year, month, day)
    if d and d > pub:
        d = _mk(pub.year - 1, month, day)
    return d.isoformat() if d else None


# Verbs whose object, an audience, may stand before the date ("told reporters on Saturday");
# after "said" an object-like phrase is the reported clause's subject ("said the vote on
# Thursday"), and after "called" the thing called ("called Mr X's remarks on Saturday ...").
_OBJECT_VERBS = {"told", "tells", "tell", "telling", "informed", "briefed", "assured", "warned", "urged", "urges",
                 "reminded", "addressed", "accused", "accuses", "blamed", "blames", "pressed"}
# Verbs of judging someone, dated when their object is a named person or body ("slammed Gantz
# on Sunday"); a common noun there may be the dated thing ("condemned the attack on Monday").
_NAMED_OBJECT_VERBS = {"criticized", "criticised", "slammed", "praised", "thanked", "lambasted", "rebuked",
                       "blasted", "attacked", "congratulated", "chided", "scolded"}
_DATED_OBJECT_VERBS = _OBJECT_VERBS | _NAMED_OBJECT_VERBS
# lower-case words inside a titled name ("Blue and White chairman MK Benny Gantz")
_IN_TITLES = {"and", "of", "the", "chairman", "chairwoman", "leader", "head", "minister", "member", "chief",
              "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador", "president", "secretary"}
# after "to", an audience ("said to reporters on Monday"), not a verb ("plans to visit X on Sunday")
_AUDIENCE = {"the", "a", "an", "his", "her", "their", "its", "reporters", "journalists", "supporters",
             "lawmakers", "parliament", "delegates", "members", "students", "voters", "crowds", "troops"}
_PREPOSITIONS = {"in", "at", "to", "on", "via", "during", "from", "with", "through", "over", "while"}
_MEDIA = {"statement", "statements", "video", "message", "post", "speech", "address", "interview", "remarks",
          "letter", "tweet", "tweets", "op-ed", "sermon", "broadcast", "podcast"}
_ADVERBS = {"earlier", "later", "also", "again", "then", "separately", "late", "early"}  # ("warning late on Saturday")
_COMPLEMENTS = {"of", "for", "to", "about", "over", "against", "after", "before", "since"}
_CLAUSE_WORDS = {"it", "he", "she", "they", "we", "i", "there", "you", "this", "these", "those", "that",
                 "would", "will", "could", "should", "had", "has", "have", "was", "were", "is", "are", "must",
                 "may", "might", "can", "be", "been", "not"}


# Verbs whose object a bare date may be ("described October 13 as", "called March 5 a ...").
_AS_OBJECT_VERBS = {"described", "describes", "describing", "called", "calls", "calling", "termed", "dubbed",
                    "labelled", "labeled", "branded", "hailed", "marked", "named", "characterized",
                    "characterised", "declared", "designated"}
_BARE_DAY_RE = re.compile(rf"^((?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})\b(?:,?\s+\d{{4}})?)")


def between_date(between: str, published: str | None) -> str | None:
    """Date standing alone between the speaker and the verb: "Hamas on Monday said",
    "X, on Monday, said", "issued a statement Monday urging"; not inside a clause there
    ("The minister who resigned on Monday said")."""
    part = between.split(",")[-2 if between.rstrip().endswith(",") else -1] if "," in between else between
    m = SAID_DATE_RE.search(part)
    if not m:
        return None
    before = _ISSUING.sub(" ", part[:m.start()])  # "also issued a joint statement Monday urging"
    rest = (before + " " + part[m.end():]).split()
    if any(w.lower() not in _BETWEEN_OK and not w.lower().endswith("ly") for w in rest):
        return None
    return utterance_date(m.group(0), published)


# (and the relative pronoun alone: "X, who on Sunday said")
_BETWEEN_OK = {"also", "again", "morning", "afternoon", "evening", "night", "local", "time", "then", "who"}
_ISSUING = re.compile(rf"\b(?:{ISSUE_VERBS}|posted)\s+(?:a|an|its|their|his|her)\s+"
                      r"(?:joint\s+|brief\s+|short\s+|new\s+|written\s+)?(?:statement|letter|communiqu\u00e9|"
                      r"communique|declaration|video|message)\s*$")


def said_date(verb: str, after: str, published: str | None) -> str | None:
    """Date right after the reporting verb: "said on Tuesday", "said late Tuesday",
    "wrote on Telegram on Tuesday", "told the radio station on Tuesday".  Between verb
    and date only a prepositional phrase, or a short object of a verb like "told"; else
    the date belongs to the reported clause ("said the vote on Thursday would ...",
    "said it showed on Wednesday a proposal")."""
    words = after.split()
    # (a titled name as the object is one long noun: "told Israeli Prime Minister Benjamin Netanyahu on ...",
    # "criticized Blue and White chairman MK Benny Gantz on ...")
    named = next((i for i, w in enumerate(words) if not w[:1].isupper() and w not in _IN_TITLES), len(words))
    window = " ".join(words[:6 + min(named, 5)])
    m = SAID_DATE_RE.search(window)
    if not m:
        # AP style: "said March 19 that"; but "described October 13 as ..." names its object
        bare = _BARE_DAY_RE.match(window) if verb.lower() not in _AS_OBJECT_VERBS else None
        return utterance_date("on " + bare.group(1), published) if bare else None
    words = window[:m.start()].split()
    while words and (words[0].lower() in _ADVERBS or words[0].lower().endswith("ly")):
        words = words[1:]  # "announced earlier Friday", "said publicly on Friday"
    prefix = [w.lower() for w in words]
    if prefix[:1] == ["to"] and len(words) > 1 and prefix[1] not in _AUDIENCE and not words[1][:1].isupper():
        return None
    if prefix and prefix[0] not in _PREPOSITIONS and not (
            len(prefix) <= 4 and prefix[0] in ("a", "an", "his", "her", "its", "their") and prefix[-1] in _MEDIA
            and not set(prefix) & _CLAUSE_WORDS):
        # "posted a video on Tuesday", "released a statement on Tuesday": what was said, dated;
        # a name may hold any word ("told CBS This Morning on Monday"); lowercase ones may not
        # (and the date comes before what the object is accused of or urged to: "accused
        # Israel of breaking the truce on Monday" dates the breaking)
        if verb.lower() not in _DATED_OBJECT_VERBS or sum(not w[:1].isupper() for w in words) > 4 or \
                {w.lower() for w in words if not w[:1].isupper()} & (_CLAUSE_WORDS | _COMPLEMENTS):
            return None
        if verb.lower() in _NAMED_OBJECT_VERBS and not (words[0][:1].isupper() and all(
                w[:1].isupper() or w in _IN_TITLES for w in words)):
            return None  # "criticized the strike on Monday" may date the strike; "criticized Gantz on Monday" not
    return utterance_date(window[m.start():], published)


_DAY_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_LEAD_DATE = (rf"{_NOT_SAID_DAY}((?:{WEEKDAY}(?:,?\s+(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?)?"
              rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
              rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?){_DAY_PART})(?![\u2019']s)\b")
# Words that tie the date to another event ("after the talks on Monday, X said").
_NOT_OCCASION = r"(?![^,;]*\b(?:after|before|since|until|ahead|following|prior)\b)"
# A sentence- or clause-initial adverbial that dates the saying itself:
# "On Monday evening, X said", "Also Saturday, X said", "In a video address on Monday, X said",
# "Speaking on Sunday to reporters, X said".  Matched against the whole stretch
# from the clause start up to the speaker, so nothing else may stand there.
LEAD_DATE_RE = re.compile(
    rf"^\s*(?:(?:earlier|later)\s+)?(today|yesterday)\s*,\s*$"  # "Earlier today, X wrote"
    rf"|^\s*(?:also\s+)?(?:(?:(?:late|early|earlier|later)\s+(?:on\s+)?)|on\s+)?{_LEAD_DATE}\s*,?"
    rf"(?:\s*(?:in|at|during)\s+(?:a|an|his|her|their|its|the)\s+[^,;]{{1,40}},)?\s*$"
    rf"|^\s*(?:Speaking|Addressing|Writing|Talking|Posting|Appearing){_NOT_OCCASION}\b[^,;]{{0,60}}?"
    rf"\b(?:on\s+)?{_LEAD_DATE}[^,;\d]{{0,40}},\s*$"
    # "Asked on Monday whether ..., X said", "Reacting on Monday to the ruling, X said"; the
    # date right after the participle ("Asked about the attack on Monday," may date the attack)
    rf"|^\s*(?:Asked|Responding|Reacting|Replying|Answering|Commenting){_NOT_OCCASION}"
    rf"(?:\s+by\s+[\w\u2019'-]+(?:\s+[\w\u2019'-]+){{0,2}}?)?"
    rf"\s+(?:(?:late|early)\s+)?(?:on\s+)?{_LEAD_DATE}[^,;\d]{{0,60}},\s*$"
    rf"|^\s*(?:In|At|During)\s+(?:(?:a|an|his|her|their|its|the)\b)?{_NOT_OCCASION}[^,;]{{0,60}}?"
    rf"\b(?:on\s+)?{_LEAD_DATE}\s*(?:,\s*(?:cited|carried|quoted|reported|published|posted|broadcast|aired)"
    rf"\s+(?:by|on|in)\b[^,;]{{1,40}})?,?\s*$", re.I)
# A connective before the adverbial changes nothing: "However, on Sunday,", "But in a post on Saturday,"
CONNECTIVE_RE = re.compile(r"^\s*(?:However|But|And|Meanwhile|Separately|Still|Yet|Elsewhere|Additionally)\b,?\s*")
# After the verb, an occasion ending in the date: "said in a video address on Monday",
# "said in a statement late on Sunday" (the 5-word window of utterance_date misses these).
OCCASION_DATE_RE = re.compile(
    rf"^\s*(?:in|at|during)\s+(?:a|an|his|her|their|its|the){_NOT_OCCASION}\s+"
    rf"(?:(?!(?:where|which|whose|when|while|who|was|were|is|will|would)\b)[\w\u2019'-]+\s+){{0,6}}?"
    rf"(?:(?:late|early)\s+)?(?:on\s+)?{_LEAD_DATE}", re.I)
# Anything that moves the time of the narrative ("last week", "earlier", "in 2023"):
# between a dated quote and a later one it breaks the continuation.
_NAMED_TIME = rf"{WEEKDAY}|{_MONTH}(?=\s|$)|yesterday|today|tonight|tomorrow|\d{{4}}|ago|earlier|later"
TIME_WORD_RE = re.compile(
    rf"\b(?:{_NAMED_TIME}|weeks?|weekends?|months?|"
    rf"years?|previously|recently|last|next|hours?|days?|morning|afternoon|evening|night)\b",
    re.I)


def lead_date(lead: str, published: str | None) -> str | None:
    """Date of the saying when `lead` (clause start up to the speaker) is only a dating
    adverbial ("On Monday evening,", "In a video address on Monday,", "In a statement on Monday,
    carried by state media,"), perhaps after a connective ("However,"); else None."""
    body = CONNECTIVE_RE.sub("", lead, count=1)
    if _TOPIC_LEAD_RE.match(body):
        return None  # "Speaking about the attack on October 7, 2023,": the topic's date, not the talk's
    m = _WEEKDAY_OCCASION_RE.match(body)
    if m:
        # "At a Friday night vigil in Evanston,", "In a Sunday interview with CNN,": the
        # weekday names the occasion's day, as "on Friday" would
        return utterance_date("on " + m.group(1), published)
    m = LEAD_DATE_RE.match(body)
    if not m:
        return None
    k = next(i for i, g in enumerate(m.groups(), 1) if g)
    if k == 1:
        return utterance_date(m.group(1).lower(), published)  # "Today,", "Earlier today,"
    if _DAY_WORD_RE.search(body[:m.start(k)]):
        return None  # "In a statement on Tuesday about the vote on Thursday,": which one?
    if _IN_AT_RE.match(body):
        # "In a video address on Monday," / "In Cairo on Monday,": a speaking occasion or a
        # place; "In a strike on Monday," / "At least 20 were killed on Monday," date no saying
        pre = body[:m.start(k)]
        if not (_LEAD_OCC_RE.search(pre) or _PLACE_LEAD_RE.fullmatch(pre)):
            return None
    return utterance_date("on " + m.group(k), published)


# Nouns of a speaking occasion that an article names once with its date ("in a video
# address on Monday", "told a closed-door conference on Saturday") and later again
# without it ("stressed in his video address", "said at the conference").
_OCCASION_NOUNS = (r"address|speech|statement|interview|conference|briefing|remarks|message|post|"
                   r"session|summit|forum|hearing|rally|meeting|call|broadcast|podcast|sermon")
# A weekday used as an adjective on a speaking occasion ("a Friday night vigil", "a Sunday
# interview"), the whole lead up to the speaker, with no other time word after it.
_WEEKDAY_OCCASION_RE = re.compile(
    rf"^\s*(?:In|At|During)\s+(?:a|an|his|her|their|its|the)\s+({WEEKDAY}){_DAY_PART}\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:(?:news|press)\s+conference|{_OCCASION_NOUNS}|"
    r"ceremony|appearance|gathering|debate|vigil|memorial|funeral|protest|demonstration|event)\b"
    rf"(?![^,;]*\b(?:{_NAMED_TIME}|after|before|since|until|following)\b)[^,;]{{0,70}},?\s*$")
_TOPIC_LEAD_RE = re.compile(r"\s*(?:Speaking|Writing|Talking|Commenting)\s+(?:about|of|regarding)\b")
_DAY_WORD_RE = re.compile(rf"\b(?:{WEEKDAY}|{_MONTH}\s+\d|\d{{1,2}}\s+{_MONTH}|yesterday|today)", re.I)
_IN_AT_RE = re.compile(r"\s*(?:In|At|During)\b", re.I)
_PLACE_LEAD_RE = re.compile(r"\s*(?:In|At)\s+(?:[A-Z][\w\u2019'-]*\s+){1,3}(?:on\s+)?")
_LEAD_OCC_RE = re.compile(
    r"\b(?:address|speech|speeches|statements?|interviews?|conference|briefing|remarks|message|posts?|session|"
    r"summit|forum|hearing|rally|meeting|call|broadcast|podcast|sermon|visit|trip|tour|ceremony|appearance|"
    r"gathering|debate|letter|op-ed|tweet|video|comments?|readout|report|testimony|talks|event|reply|response|"
    r"development|update)\b",
    re.I)


_OCCASION_LEAD_RE = re.compile(
    r"^\s*(?:(?:However|But|And|Meanwhile)\b,?\s*)?(?P<lead>(?:Speaking|Addressing|(?:In|At|During)\s+(?:a|an|his|her|their|its|the)\b)"
    r"[^,;]{3,90}?,)\s*(?:[^,;]{0,60},\s*)??(?P<np>(?:[A-Z][\w.\'\u2019-]*\s+){0,5}[A-Z][\w\'\u2019-]*)\s+[a-z]")


def occasion_lead(sentence: str, published: str | None) -> tuple[str, str, int] | None:
    """(date, subject, subject offset) when `sentence` opens with a dated speaking occasion
    and a capitalised subject: "At a press conference in Cairo on Tuesday, Anna Berg
    outlined the plan."  The quotes that follow from that subject were said there."""
    m = _OCCASION_LEAD_RE.match(sentence)
    if not m:
        return None
    lead = m.group("lead")
    if not lead.lower().startswith(("speaking", "addressing")) and not _OCC_NOUN_RE.search(lead):
        return None
    date = lead_date(lead, published)
    return (date, m.group("np"), m.start("np")) if date else None


_OCCASION_GIVEN_RE = re.compile(
    r"^\s*(?:(?:However|But|And|Meanwhile)\b,?\s*)?(?P<np>(?:The\s+)?(?:[A-Z][\w.\'\u2019-]*\s+){0,5}[A-Z][\w\'\u2019-]*)"
    rf"\s+(?:also\s+)?(?:{ISSUE_VERBS}|posted|gave|held|delivered|recorded|hosted)\s+"
    r"(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:statement|speech|address|interview|(?:news|press)\s+conference|briefing|video|message|post|remarks|"
    r"sermon|rally)\b(?P<rest>[^,;.]{0,60})$")


def occasion_given(sentence: str, published: str | None) -> tuple[str, str, int] | None:
    """(date, subject, subject offset) when `sentence` says its subject gave a dated
    speaking occasion: "The Harbour Party issued a statement on Tuesday.", "Anna Berg
    held a news conference on Tuesday."  The subject's quotes that follow were said there."""
    m = _OCCASION_GIVEN_RE.match(sentence.rstrip(" .\n"))
    if not m:
        return None
    dm = SAID_DATE_RE.search(m.group("rest"))
    if not dm or _DAY_WORD_RE.search(m.group("rest")[:dm.start()]) or \
            re.search(r"\b(?:after|before|since|until|following|ahead|prior)\b", m.group("rest")):
        return None
    date = utterance_date(dm.group(0), published)
    return (date, m.group("np"), m.start("np")) if date else None


_OCCASION_SPOKE_RE = re.compile(
    r"^\s*(?:(?:However|But|And|Meanwhile)\b,?\s*)?(?P<np>[A-Z][^,;:\u201c\u201d\"]{0,160}?)\s+(?:also\s+)?"
    r"(?:spoke|talked)\s+(?:to|with)\s+(?:reporters|journalists|the\s+(?:press|media))\b(?P<rest>[^;.]{0,80})")
_SPOKE_STOP_RE = re.compile(r"\b(?:after|before|since|until|following|ahead|prior)\b")


def occasion_spoke(sentence: str, published: str | None) -> list[tuple[str, str, int]]:
    """(date, subject, subject offset) for each of those `sentence` says spoke to reporters
    on a day: "Ambassador X and Foreign Minister Y spoke to reporters this afternoon
    (Tuesday) ahead of ...".  Each one's quotes that follow were said there."""
    m = _OCCASION_SPOKE_RE.match(sentence)
    if not m:
        return []
    dm = SAID_DATE_RE.search(_SPOKE_STOP_RE.split(m.group("rest"), 1)[0])
    date = utterance_date(dm.group(0), published) if dm else None
    if not date:
        return []
    out, at = [], m.start("np")
    for k, part in enumerate(re.split(r"(\s+and\s+)", m.group("np"))):
        if k % 2 == 0:  # (odd parts are the "and"s between)
            out.append((date, part, at))
        at += len(part)
    return out


# A story's lead: its subject, perhaps with an appositive, did one dated thing by word or
# gesture ("Defense Minister Yoav Gallant made clear on Friday that ...", "Jane Roe, mother of
# freed hostage Tom Roe, shared details of his captivity on Tuesday", "Anna Berg today rebuked
# ..."). The date stands before the verb or in the verb's own phrase, not after a clause word
# or another participle ("welcomed the agreement reached on Thursday": the agreement's day).
_ACT_VERBS = (r"shared|made\s+clear|welcomed|condemned|rebuked|hailed|urged|warned|called|reiterated|"
              r"critici[sz]ed|praised|denounced|rejected|accused|blamed|expressed|voiced|vowed|pledged|"
              r"appealed|demanded|defended|dismissed|slammed|thanked|described|recounted|addressed|"
              r"outlined|recalled|spoke|gave|delivered|"
              r"visited|met|arrived|entered|toured|attended|hosted|held")  # (where the words were said)
_OCCASION_ACT_RE = re.compile(
    rf"^\s*(?P<np>(?:(?!{WEEKDAY}\b)[A-Z][\w.\'\u2019-]*\s+){{0,6}}(?!{WEEKDAY}\b)[A-Z][\w\'\u2019-]*)"
    r"(?:(?:\s*,[^,;:\u201c\u201d\"]{3,140}){1,2},)?"
    rf"\s+(?P<act>(?:(?P<pre>(?:on\s+)?{WEEKDAY}|today|yesterday)\s+)?(?:also\s+)?(?:{_ACT_VERBS})\b)"
    r"(?P<rest>[^;:,\u201c\u201d\"]{0,160})")
_ACT_STOP_RE = re.compile(r"\b(?:that|which|who|whose|after|before|since|until|following|ahead|prior|when|while|"
                          r"because|as|if|[a-z]{3,}ed)\b")


def occasion_act(sentence: str, published: str | None) -> tuple[str, str, int, int] | None:
    """(date, subject, subject offset, offset of the dated act after the subject's appositive)
    when `sentence`, a story's lead, says its subject did one dated thing: the quotes of that
    subject that follow were said that day."""
    m = _OCCASION_ACT_RE.match(sentence)
    if not m:
        return None
    rest = _ACT_STOP_RE.split(m.group("rest"), 1)[0]
    dm = SAID_DATE_RE.search(rest)
    if m.group("pre"):
        if dm:
            return None  # two days: which one?
        phrase = m.group("pre")
    elif dm:
        phrase = dm.group(0)
    else:
        return None
    date = utterance_date(phrase if not phrase[:1].isupper() else "on " + phrase, published)
    return (date, m.group("np"), m.start("np"), m.start("act")) if date else None


# A name of capitalised words, perhaps joined by small words, that no weekday or month is part
# of: "the Israel Democracy Institute's Eli Hurvitz Conference on Economy and Society"
_NO_DAY = rf"(?!(?:{WEEKDAY}|{_MONTH})\b)"
_CAP_NAME_RUN = re.compile(rf"{_NO_DAY}[A-Z][\w\u2019'.-]*(?:\s+(?:(?:and|of|on|for|the|&)\s+)*{_NO_DAY}[A-Z][\w\u2019'.-]*)+")


def occasion_date(after: str, published: str | None) -> str | None:
    """Date ending an occasion phrase right after the verb ("in a video address on Monday",
    "in a speech at the X Institute's Y Conference on Economy and Society on Wednesday": a long
    name counts as one word)."""
    m = OCCASION_DATE_RE.match(_CAP_NAME_RUN.sub("Name", after))
    return utterance_date("on " + next(g for g in m.groups() if g), published) if m else None


_NAMED_DAY_RE = re.compile(rf"\bthe\s+{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!,?\s*\d)", re.I)
# "eight days after they began a raid": how long another event has gone on, not a new time
# of saying
_ELAPSED_RE = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few)"
                         r"\s+(?:days|weeks|months)\s+(?:after|since)\s+(?:it|they|he|she|the\s+[\w-]+)\s+"
                         r"(?:began|started|launched|entered|stormed|seized|opened)\b", re.I)


_SPAN_AFTER_SAID_RE = re.compile(
    r"(?<!\bhas )(?<!\bhad )(?<!\bhave )(?<!\bhas also )(\b(?:said|added|claimed|insisted|stressed))"
    r"\s+(?:that\s+)?(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|several\s+|\d+\s+)?"
    r"(?:days|weeks|months)\b(?=[^.;]{0,80}?\b(?:had|have|has)\s)", re.I)


# the times TIME_WORD_RE names that fix a day, not a vague span ("in the past few days")
_SPECIFIC_TIME_RE = re.compile(
    rf"\b(?:{_NAMED_TIME}|(?:last|next|this|that)\s+(?:week|weekend|month|year|night|morning|evening))\b", re.I)


_WHO_CLAUSE_RE = re.compile(r",\s*(?:who|whose)\b[^,;:]*", re.I)


_THIS_DAY_PART_RE = re.compile(r"\b(?:(?:earlier|later)\s+)?this\s+(?:morning|afternoon|evening)\b", re.I)


def breaks_continuation(between: str, date_iso: str, published: str | None, words=TIME_WORD_RE) -> bool:
    """True when `between` (quote-masked prose between two quotes) mentions a time other
    than `date_iso` (one of `words`): then a later quote may belong to another occasion."""
    # a date naming an event ("the October 7 attack") moves no narrative time; nor does a
    # span right after a one-off "said" ("He said in recent days X had surrendered"): one
    # saying takes no days, so the span dates what was said, not the saying
    rest = _NAMED_DAY_RE.sub(lambda m: " " * len(m.group(0)), between)
    rest = _ELAPSED_RE.sub(lambda m: " " * len(m.group(0)), rest)
    rest = _SPAN_AFTER_SAID_RE.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), rest)
    if date_iso == published:
        # "this afternoon", "earlier this morning": the publication day, as "today" is
        rest = _THIS_DAY_PART_RE.sub(lambda m: " " * len(m.group(0)), rest)
    for m in SAID_DATE_RE.finditer(between):
        if utterance_date(m.group(0), published) == date_iso:
            tail = re.match(_DAY_PART, between[m.end():])
            end = m.end() + (tail.end() if tail else 0)
            rest = rest[:m.start()] + " " * (end - m.start()) + rest[end:]
    return words.search(rest) is not None


def carry_dates(items, others, masked: str, published: str | None) -> list[str | None]:
    """Dates for quotes that continue an earlier dated quote of the same speaker.

    `items` are every quote span in text order as (start, end, para, speaker, date,
    context_end, may_continue); `others` are (position, speaker) of reporting events.
    A quote without its own date takes the date of the quote just before it when both
    have the same speaker, it lies in the dated quote's paragraph or the next one, and
    no other speaker or time phrase stands between them (nor in its own sentence)."""
    out = [it[4] for it in items]
    anchor = [it[2] for it in items]
    for i in range(1, len(items)):
        s, e, para, spk, date, ctx_end, ok = items[i]
        ps, pe, ppara, pspk, _, pctx_end, _ = items[i - 1]
        pdate = out[i - 1]
        if date or not ok or not spk or spk != pspk or not pdate or para - anchor[i - 1] > 1:
            continue
        if any(pe <= pos < s and who != spk for pos, who in others):
            continue
        # the rest of the dated quote's own sentence is its reported content ("said Israel had
        # dealt blows in the last few days"): only a named day, a "last week" or an
        # "earlier"/"later" there may begin another occasion; nor does a clause describing
        # this quote's speaker ("said X, who was freed after 51 days")
        own_end = min(max(pe, pctx_end), s)
        tail = _WHO_CLAUSE_RE.sub(" ", masked[e:max(e, ctx_end)])
        if breaks_continuation(masked[pe:own_end], pdate, published, _SPECIFIC_TIME_RE) or \
                breaks_continuation(masked[own_end:s] + " " + tail, pdate, published):
            continue
        # a chain of the same speaker's quotes stays dated paragraph after paragraph while
        # nobody else speaks and no time phrase intervenes
        out[i], anchor[i] = pdate, para
    return out


# ------------------------------------------------------------ occasions named again

_OCC_NOUN_RE = re.compile(rf"\b({_OCCASION_NOUNS})\b", re.I)
_OCC_DET_BEFORE = re.compile(r"\b(a|an|another|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}$", re.I)
_OCC_DATE_BEFORE = re.compile(
    rf"\b({WEEKDAY}|{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})[\u2019']s\s+(?:[\w-]+\s+){{0,2}}$", re.I)
_OCC_DATE_AFTER = re.compile(
    r"^(?:\s+(?!(?:after|before|since|until|following|ahead|prior|when|that|which|be|will|would|"
    r"could|should|scheduled|planned|expected|due|next)\b)[\w\u2019'-]+){0,5}?"
    rf"\s+(?:(?:late|early)\s+)?(?:on\s+)?{_LEAD_DATE}", re.I)
# The occasion opening the sentence as its subject: "The statement did, however, reiterate ..."
OCCASION_SUBJECT_RE = re.compile(rf"\s*(?:The|That|This)\s+(?:[\w-]+\s+)?({_OCCASION_NOUNS})\s+"
                                 r"(?:also\s+|did\s+|had\s+|has\s+)?[a-z]", re.I)
# The occasion named again, right after the verb or as the clause's lead.
OCCASION_REF_RE = re.compile(
    rf"^\s*,?\s*(?:in|at|during)\s+(his|her|their|its|the)\s+(?:[\w-]+\s+){{0,2}}?({_OCCASION_NOUNS})\b", re.I)


def occasions(masked: str, published: str | None) -> list[tuple[int, str, str | None, str]]:
    """Occasion nouns in text order as (position, noun, date or None, determiner).

    A dated one is "a video address on Monday" / "Monday's statement"; an undated
    indefinite one ("a new statement") is another occasion of that kind."""
    out = []
    for m in _OCC_NOUN_RE.finditer(masked):
        noun = m.group(1).lower()
        back = masked[max(0, m.start() - 50):m.start()]
        det = _OCC_DET_BEFORE.search(back)
        date = None
        fwd = _OCC_DATE_AFTER.match(masked[m.end():m.end() + 60])
        if fwd:
            date = utterance_date("on " + next(g for g in fwd.groups() if g), published)
        if date is None:
            db = _OCC_DATE_BEFORE.search(back)
            if db:
                date = utterance_date("on " + next(g for g in db.groups() if g), published)
        if date or det:
            out.append((m.start(), noun, date, det.group(1).lower() if det else ""))
    return out


def occasion_ref_date(ref: str, pos: int, index, same_speaker) -> str | None:
    """Date of an occasion named again ("in his video address" at `pos`), from the
    article's `occasions` index: the one dated mention of that noun before `pos`, when
    no other dated one disagrees and no undated "a/an <noun>" came after it.  A "his/her"
    reference also needs `same_speaker(position)` true for the dated mention."""
    m = OCCASION_REF_RE.match(ref)
    if not m:
        return None
    det, noun = m.group(1).lower(), m.group(2).lower()
    before = [o for o in index if o[1] == noun and o[0] < pos]
    dated = [o for o in before if o[2]]
    if not dated or len({o[2] for o in dated}) > 1:
        return None
    last = dated[-1]
    if any(o[0] > last[0] and not o[2] and o[3] in ("a", "an", "another") for o in before):
        return None
    if det != "the" and not same_speaker(last[0]):
        return None
    return last[2]
