"""Speaker mentions: reading the noun phrase next to a reporting verb, and
turning it into a canonical speaker with party and faction.

A mention is a name ("Israeli Finance Minister Bezalel Smotrich"), an unnamed
source ("a senior Hamas official"), an organisation ("the Prime Minister's
Office") or a pronoun.  Names resolve to their fullest form in the article,
pronouns and "the official" to an earlier speaker (see attribution).
"""
from __future__ import annotations

import bisect
import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from itertools import accumulate
from operator import itemgetter
from pathlib import Path

from rapidfuzz.distance import OSA

from extract.actors import Actors, norm
from extract.datafile import read_toml

TOKEN = re.compile(r"[A-Za-z\u00c0-\u024f0-9\[\]][\w\u00c0-\u024f\u2019'.\-\[\]]*(?<!-)|--+|\u00b7+|[,;:()\"\u201c\u201d\u2014\u2013\u2015]")

PRONOUNS = {"he": "person", "she": "person", "they": "plural", "it": "org", "we": "plural", "i": "person"}
DETERMINERS = {"a", "an", "the", "one", "two", "three", "four", "several", "some", "another", "other",
               "many", "most", "both", "few", "his", "her", "its", "their", "our", "my", "your", "multiple", "numerous",
               "various", "top"}
PARTICLES = {"al", "el", "bin", "ben", "bint", "ibn", "abu", "abd", "de", "da", "del", "der", "van", "von",
             "la", "le", "du", "di", "dos", "bar", "st.", "mac", "ul"}
# Relatives by remarriage or marriage ("his stepmother, Jane Roe", "her brother-in-law"): words
# of a description, its head, and a relation that describes the one named, never the other
_STEP_AND_IN_LAW = {"stepmother", "stepfather", "stepson", "stepdaughter", "mother-in-law", "father-in-law",
                   "brother-in-law", "sister-in-law", "son-in-law", "daughter-in-law"}
# Lower-case words that may be part of a speaker description.
DESC_WORDS = set("""
senior top armed high-ranking ranking former deputy chief foreign defense defence security national military
political prime minister ministry spokesman spokeswoman spokesperson spokespeople official officials source
sources leader leaders head director adviser advisor advisers member members envoy negotiator negotiators
diplomat diplomats analyst analysts expert experts president secretary general commander ambassador
representative representatives aide aides officer officers leadership government cabinet office army police
agency group movement organization organisation committee council forum families family relatives mother
father brother sister son daughter wife husband resident residents witness witnesses doctor doctors
journalist reporter correspondent mediator mediators negotiating team delegation unnamed anonymous regional
international intelligence justice finance interior affairs strategic communications press media campaign
candidate nominee speaker chairman chairwoman chair lawyer lawyers attorney professor researcher fellow
pollster strategist consultant manager executive founder ceo mayor governor senator congressman
congresswoman lawmaker lawmakers legislator rabbi activist activists protester protesters voter voters
supporter supporters critic critics observer observers people person man woman men women statement post readout
spokesmen staff staffer staffers administration administration's ministers authorities authority
militant militants fighters wing bureau politburo coordinator rapporteur prosecutor judge judges court
organizers organiser organizers host anchor editor columnist economist scientist scholar historian
student students worker workers nurse medic medics paramedic rescuers emergency services civil defense
defence-ministry health hospital agency's chairperson vice acting outgoing incoming interim new longtime
veteran retired ex career well-known prominent leading local state federal city county israeli-american
american-israeli hostage hostages survivor survivors father-in-law adviser's press-secretary spokes
running-mate running mate secretary-general director-general attorney-general senators congressmen congresswomen governors mayors mps
operative operatives insider insiders participant participants delegate delegates counterpart counterparts
businessman businesswoman billionaire mogul tycoon star actor actress singer rapper celebrity
narrator moderator commission panel board union website newspaper paper network outlet broadcaster channel
station daily tabloid ad spot poll survey
study report memo document book article complaint ruling filing letter editorial analysis assessment
agencies groups unions governments countries nations states parties commentators caller callers questioner
audience crowd widow widower victim victims organizer organizers organiser organisers physician surgeon
chiefs heads directors commanders soldier soldiers troops nonpartisan bipartisan current presumptive
would-be then- conservative liberal
progressive right-wing left-wing far-left centrist independent private public state-run state-owned
friend friends neighbor neighbour neighbors neighbours colleague colleagues cousin uncle aunt grandmother
grandfather nephew niece
politician politicians legislators figure figures campaigner campaigners relative cleric clerics commentator
columnist academic academics
presidential vice-presidential gubernatorial congressional parliamentary opposition coalition
embassy consulate mission missions service think tank
organizations organisations charities charity signatories aid humanitarian relief
handout written joint separate
diplomatic high-level senior-level mid-level junior well-placed well-informed informed knowledgeable reliable
polls surveys studies reports data records documents numbers statistics results research averages
""".split()) | _STEP_AND_IN_LAW
GENERIC_HEADS = {"source", "sources", "official", "officials", "person", "people", "diplomat", "diplomats",
                 "member", "members", "insider", "insiders", "aide", "aides", "spokesman", "spokeswoman",
                 "spokesperson", "participant", "participants", "negotiator", "negotiators", "someone"}
# people in the plural who speak as a group ("More than 200 former hostages said", "the judges
# said", "lawyers for the families said"): heads of a description, and plural ones
_PEOPLE_PLURALS = frozenset({
    "hostages", "captives", "abductees", "detainees", "prisoners",
    "advisers", "counterparts", "delegates", "fighters", "generals", "judges", "lawyers", "medics", "operatives",
    "representatives", "rescuers", "spokespeople", "staffers", "students", "workers", "prosecutors",
    "journalists", "ambassadors", "envoys", "researchers", "nurses", "economists",
})
DESC_HEADS = GENERIC_HEADS | _PEOPLE_PLURALS | {
    "minister", "minster", "premier", "pm", "king", "emir", "prince", "princess", "sultan", "chancellor", "taoiseach", "tánaiste", "tanaiste", "ministry", "leader", "leaders", "head", "chief", "wing", "director", "adviser", "advisor", "envoy", "analyst",
    "analysts", "expert", "experts", "president", "secretary", "commander", "ambassador", "representative",
    "officer", "officers", "government", "cabinet", "office", "army", "police", "agency", "group", "movement",
    "organization", "organisation", "committee", "council", "forum", "families", "family", "relatives", "mother",
    "father", "brother", "sister", "son", "daughter", "wife", "husband", "resident", "residents", "witness",
    "witnesses", "doctor", "doctors", "journalist", "reporter", "correspondent", "mediator", "mediators",
    "team", "delegation", "leadership", "statement", "post", "readout", "lawyer", "attorney", "professor",
    "researcher", "fellow", "mp", "mps", "mla", "mpp", "mep", "meps",
    "pollster", "strategist", "consultant", "founder", "mayor", "governor", "senator", "lawmaker", "lawmakers",
    "activist", "activists", "protesters", "voters", "supporters", "critics", "observers", "man", "woman",
    "men", "women", "administration", "authorities", "authority", "militants", "bureau", "coordinator", "rapporteur",
    "prosecutor", "judge", "court", "chairman", "chairwoman", "chair", "spokesmen", "staff", "host",
    "economist", "scientist", "scholar", "historian", "nurse", "medic", "survivor", "survivors", "ministers",
    "candidate", "nominee", "speaker", "campaign", "operative", "delegate", "counterpart", "executive",
    "military", "businessman", "businesswoman", "billionaire", "mogul", "tycoon", "star", "actor", "actress",
    "singer", "rapper", "celebrity", "narrator", "moderator", "commission", "panel", "board", "union", "website", "newspaper",
    "paper", "network", "outlet", "broadcaster", "channel", "station", "daily", "tabloid", "ad", "spot", "poll", "survey", "study", "report", "memo", "document",
    "book", "article", "complaint", "ruling", "filing", "letter", "editorial", "analysis", "assessment",
    "agencies", "groups", "unions", "governments", "countries", "nations", "states", "parties",
    "negotiators", "commentators", "caller", "callers", "questioner", "audience", "crowd", "widow",
    "widower", "victim", "victims", "organizer", "organizers", "organiser", "organisers", "physician",
    "surgeon", "official's", "chiefs", "heads", "directors", "commanders", "soldier", "soldiers", "troops",
    "friend", "friends", "neighbor", "neighbour", "neighbors", "neighbours", "colleague", "colleagues", "cousin",
    "uncle", "aunt", "grandmother", "grandfather", "nephew", "niece",
    "politician", "politicians", "legislator", "legislators", "figure", "figures", "campaigner", "campaigners",
    "relative", "cleric", "clerics", "commentator", "columnist", "editor", "academic", "academics",
    "embassy", "consulate", "mission", "missions", "service", "tank", "organizations", "organisations", "charities", "signatories",
    # what evidence shows or finds ("Polls show a close contest", "Data from the census show that ...")
    # ("footage of X saying" and "video of X" are X's words, so those stay out)
    "polls", "surveys", "studies", "reports", "data", "records", "documents", "numbers", "statistics",
    "results", "research", "average", "averages",
    # hyphenated roles, and elected members counted as a group ("Twenty-five Democratic senators")
    "running-mate", "secretary-general", "director-general", "attorney-general", "commissioner-general",
    "commissioner", "senators", "congressmen",
    "congresswomen", "governors", "mayors", "mps",
    # one person's role nouns that are also modifiers ("the general public", "a hostage deal"),
    # heads only when last ("the retired general said")
    "mate",
    "general", "deputy", "anchor", "ceo", "chairperson", "congressman", "congresswoman", "critic", "hostage",
    "manager", "observer", "paramedic", "protester", "rabbi", "staffer", "student", "supporter", "veteran",
    "voter", "worker", "charity",
    # clergy ("the Pope continued", "the pontiff said", "the patriarch told reporters")
    "pope", "pontiff", "patriarch", "cardinal", "bishop", "archbishop", "imam", "mufti", "priest", "pastor",
} | _STEP_AND_IN_LAW
# Heads of sources that are evidence rather than speakers: they "show", "find", "suggest".
EVIDENCE_HEADS = {"poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "data",
                  "records", "document", "documents", "numbers",
                  "statistics", "results", "research", "average", "averages", "analysis", "figures", "memo"}
# "daughter of Chaim Peri", "widow of X": the relative is the one described, never X
RELATION_HEADS = {"daughter", "son", "mother", "father", "wife", "husband", "brother", "sister", "aunt", "uncle",
                  "cousin", "niece", "nephew", "grandmother", "grandfather", "grandson", "granddaughter", "widow",
                  "widower", "friend", "partner", "relative", "relatives", "neighbour", "neighbor"} | _STEP_AND_IN_LAW
# what qualifies an unnamed source: "a source familiar with the talks", "officials involved in
# the negotiations", "a diplomat privy to the discussions"
SOURCE_QUALIFIER = (r"(?:familiar\s+with|close\s+to|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|involved\s+in|"
                    r"participating\s+in|privy\s+to)")
PREPS_IN_DESC = {"of", "for", "to", "with", "from", "in", "at", "on", "close", "familiar", "knowledge", "briefed",
                 "involved", "participating", "privy", "within", "near"}
# The stop words this article writes as a surname ("Moshe Or", "Avinatan Or"): names here,
# so that "Or said" is a speaker (set for one article by `article_surnames`).
_SURNAMES_HERE: ContextVar[frozenset[str]] = ContextVar("surnames_here", default=frozenset())


class _StopCaps(set):
    """A set of stop words that gives way to the surnames of the article being read."""

    def __contains__(self, w) -> bool:
        return set.__contains__(self, w) and w not in _SURNAMES_HERE.get()


# Prepositions that open a sentence before its subject, its comma sometimes lost ("Apart from
# that Hamas insists", "Regarding the talks, X said"): no part of a name, nor a subject.
OPENING_PREPOSITIONS = frozenset("""Apart Aside Besides Regarding Concerning Alongside Toward Towards Upon Via
Except Including Excluding Considering""".split())
# Days and months: never a name, nor their possessive ("Tuesday’s meeting")
TIME_CAPS = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tonight Tomorrow
January February March April June July August September October November December""".split())
# Capitalised words that start sentences or clauses and are never names (unless the article
# makes one a surname: see `article_surnames`), days and months among them.
STOP_CAPS = _StopCaps(set("""
But And However Meanwhile Also Still Yet So Then Now On In At After Before While When If As Asked Speaking
Earlier Later Last This That These Those It He She They We I His Her Its Their Our There Here Although
Though Because Since Despite
Under Over With Without From For To Of By Into During Amid Amidst Following According Instead Indeed
Moreover Furthermore Separately Similarly Notably Additionally Nonetheless Nevertheless Still Even Only
Just Some Many Most Both Few Several Other Another Each Every No Not Neither Nor Or Who What Where Why How
Which Whether Once Until Unlike Like Among Between Against Through Across Behind Beyond Within Outside
Inside Around About Above Below Near Next Previously Recently Ultimately Finally Overall Later Also
Another Additional Three Four Five Six Seven Eight Nine Ten Two One Both All
Hundreds Thousands Dozens Scores Millions Tens Anyone Anybody Everyone Everybody Someone Somebody Nobody
""".split()) | TIME_CAPS | OPENING_PREPOSITIONS)
# Titles and nationality words are data users extend (extract/data/titles.toml).
_TITLES = read_toml(Path(__file__).parent / "data" / "titles.toml")
TITLE_CAPS = set(_TITLES["titles"])
NATIONALITY_CAPS = set(_TITLES["nationality_words"])
_COMBINING_NATIONALITY = frozenset({"Anglo", "Franco", "Italo", "Russo", "Sino", "Afro", "Indo", "Greco",
                                    "Austro", "Luso", "Hispano", "Judeo", "Arab"})
ORG_HEADS = set("""
Forces Force Office Ministry Department Agency Council Court Forum Authority Brigades Movement Committee
Commission Organization Organisation Army Government Cabinet Party Post Times News Network TV Reuters
Axios Journal Association Center Centre Institute Foundation Union Group House Service Services Unit Police
Administration Senate Congress Press Bureau Radio Channel Broadcasting Corporation Agency Fund Program
Programme Bank Hospital University College School Church Committee Coalition Alliance Front Jihad Hezbollah
Houthis Hamas Fatah Mossad Shin Bet IDF CIA FBI UNRWA UN WHO UNICEF ICC ICJ OCHA NATO EU Kremlin Pentagon
Knesset Staff Headquarters Red Cross Crescent Watch International Initiative Campaign Network Magazine
Newspaper Gazette Tribune Herald Telegraph Guardian Independent Economist Mirror Mail Observer Daily
Television Outlet Agency Wafa Maariv Haaretz Kan Walla Ynet Mayadeen Al-Mayadeen Qahera Al-Qahera Jazeera
Al-Jazeera Arabiya Al-Arabiya Sky BBC CNN NBC CBS ABC Fox MSNBC NPR AP AFP Bloomberg Politico Breitbart
Post Inc Corp Ltd LLC Company Firm Board Regiment Battalion Division Command Directorate Families Media
Embassy Consulate Club Society Syndicate Federation
""".split())
ORG_DESCRIPTORS = {"group", "movement", "ministry", "office", "army", "military", "government", "cabinet",
                   "agency", "committee", "council", "forum", "organization", "organisation", "statement",
                   "administration", "authorities", "police", "court", "campaign", "bureau", "leadership",
                   "team", "delegation", "families", "embassy", "consulate", "mission", "service"}
_NOT_SPEAKER_NOUNS = set("""
week weeks year years day days month months time times night morning evening afternoon deal plan plans war
idea fact point way thing things case issue matter question problem number percent rate move decision
proposal agreement bill law rule rules video footage photo image picture data figures result results
talks negotiations meeting meetings conference summit session hearing talk process visit trip
""".split())
# Institution nouns whose name goes on with "of"/"for": "the Department of Veterans Affairs".
INSTITUTION_NOUNS = {"committee", "association", "department", "bureau", "center", "centre", "institute", "council",
                     "foundation", "university", "ministry", "office", "commission", "union", "coalition", "league",
                     "board", "federation", "organization", "organisation", "society", "fund", "agency", "court",
                     "academy", "service", "services", "alliance", "caucus", "chamber", "conference", "school",
                     "college", "network", "corporation"}
_FUNCTION_WORDS = set("""
a an the and or but of in on at to for with from by about as into over after before during while when that
which who whom whose this these those it its he she they we you i his her their our is are was were be been
has have had do does did not no so than then there here said says told added also just only even still
""".split())
# Verb forms with no -ed/-es ending ("Hamas sent Egypt a reply", "The ministry gave Clinton its
# endorsement"): never a modifier before a head or name, however capitalised the next word.
_BARE_VERB_FORMS = set("""
gave made took sent met held won led left put set got ran saw came went became began brought bought built
caught chose drew drove fell felt fought found forgot grew heard hid hit hurt kept knew laid lost meant paid
quit rode rose sat shot shut spent spoke stood struck swore taught threw understood wrote sought fled bore
beat broke dealt fed froze hung lent sold spread stuck swept thought upheld withdrew withheld overtook
oversaw undertook forgave let cut cast sank shook gives makes takes sends meets holds wins leads
puts gets runs sees comes goes becomes begins brings keeps knows pays speaks stands writes seeks wants
needs tells thanks backs blames urges asks calls
""".split())
PLURAL_HEADS = _PEOPLE_PLURALS | {
                "officials", "sources", "people", "diplomats", "members", "insiders", "aides", "leaders",
                "senators", "congressmen", "congresswomen", "governors", "mayors", "mps",
                "analysts", "experts", "officers", "families", "relatives", "residents", "witnesses",
                "doctors", "mediators", "negotiators", "activists", "protesters", "voters", "supporters",
                "critics", "observers", "militants", "spokesmen", "authorities", "ministers", "lawmakers",
                "men", "women", "survivors", "participants", "organizations", "organisations", "charities",
                "signatories", "services", "victims", "soldiers", "troops", "colleagues", "friends", "neighbors",
                "neighbours", "politicians", "legislators", "campaigners", "clerics", "academics", "commentators",
                "organizers", "organisers", "callers", "commanders", "chiefs", "heads", "directors",
                "polls", "surveys", "studies", "reports", "records", "documents", "numbers", "statistics",
                "results", "averages", "countries", "nations", "states", "governments", "groups", "factions",
                "agencies", "sides", "allies", "partners", "powers"}


@dataclass(slots=True)
class Mention:
    """One way a speaker is written at one place."""

    text: str  # as written, e.g. "Israeli Finance Minister Bezalel Smotrich"
    start: int
    end: int
    kind: str  # "name" | "descriptor" | "org" | "pronoun"
    name: str | None = None  # the proper-name part of a name mention ("Bezalel Smotrich")
    head: str | None = None  # head noun of a descriptor ("official")
    appositive: str | None = None  # ", Israel's former national security adviser,"


# A closing quotation mark stuck to a word ("Terrorist.’"), not an apostrophe inside a name
# ("Sa’ar", "O'Brien", "Al-Ta’ani").
_QUOTE_IN_WORD = re.compile(r"[’'](?!s$)(?![A-Za-z\u00c0-\u024f])|[.,][’']")
_AL_PREFIX = re.compile(r"^(al|el|abu|bin|ben)-")
_AL_LOWER = re.compile(r"^(al|el|abu|bin|ben)-[a-z]")
_NUMBERISH = re.compile(r"^\d[\d/.-]*$")
_CONTRACTED = re.compile(r"^(he|she|they|it|we|i)(?:[\u2019'](?:s|re|ve|d|ll|m))$")
# title abbreviations written before a name, whose stop ends no sentence or phrase
TITLE_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt", "Capt", "Brig", "Maj", "Sen", "Rep", "Gov",
                       "Prof", "Rev", "Adm")
_KEEP_DOT = re.compile(rf"^(?:[A-Z]\.)+$|^(?:{'|'.join(TITLE_ABBREVIATIONS)}|Jr|Sr|St)\.$")


# Two small letters, stops and a capital inside one token: a sentence end run into the next
# ("Chong..Hamas", "Gaza.The"), not initials ("U.S.") or an address ("Ynet.co.il")
_RUN_ON = re.compile(r"[a-z]{2}\.{1,3}(?=[A-Z][a-z])")

_TOKEN_CACHE: tuple = (None, [], [])


def _all_tokens(s: str) -> tuple[list, list]:
    """Tokens of a whole (masked) article, computed once: phrases are read many times."""
    global _TOKEN_CACHE
    cached = _TOKEN_CACHE
    if cached[0] is s:
        return cached[1], cached[2]
    toks = _scan(s, 0, len(s))
    starts = list(map(itemgetter(1), toks))
    _TOKEN_CACHE = (s, toks, starts)
    return toks, starts


def _tokens(s: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """The tokens of s[lo:hi], as a regex run over that slice would give them, sliced from
    the article's token list (words cut by `lo` or `hi` are scanned again)."""
    toks, starts = _all_tokens(s)
    i = bisect.bisect_left(starts, lo)
    j = bisect.bisect_left(starts, hi, i)
    out = _scan_piece(s, lo, min(hi, toks[i - 1][2])) if i > 0 and toks[i - 1][2] > lo else []
    if i < j:
        if toks[j - 1][2] <= hi:
            out += toks[i:j]
        else:
            out += toks[i:j - 1]
            out += _scan_piece(s, toks[j - 1][1], hi)  # a word cut by `hi`
    return out


def _scan_piece(s: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """`_scan(s, lo, hi)` for the piece of a word that `_tokens` cuts off: the piece itself when
    it is plain ASCII letters and digits (one token, no stop to strip), as it mostly is."""
    w = s[lo:hi]
    return [(w, lo, hi)] if w.isascii() and w.isalnum() else _scan(s, lo, hi)


def _scan(s: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """(word, start, end) of each token; a word's trailing stops are dropped unless it is an
    initial or an abbreviation ("U.S.", "Mr.")."""
    out = _token_spans(s, lo, hi)
    run_on = False
    for i in [i for i, t in enumerate(out) if "." in t[0]]:  # (only words with a stop change)
        w, a, _ = out[i]
        if "." in w[2:-1] and _RUN_ON.search(w):
            run_on = True
        elif w[-1] == "." and len(w) > 1 and not _KEEP_DOT.match(w):
            w = w.rstrip(".")
            out[i] = (w, a, a + len(w))
    return _split_run_on(s, out) if run_on else out


# TOKEN as the one group of a pattern to split on: the pieces alternate between the text
# between tokens and the tokens themselves
_TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})")


def _token_spans(s: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """(match, start, end) of each TOKEN match in s[lo:hi], as a finditer loop gives them
    (TOKEN looks at nothing outside its match), without a match object per token: the
    offsets are the running sums of the split pieces' lengths."""
    pieces = _TOKEN_SPLIT.split(s if lo == 0 and hi == len(s) else s[lo:hi])
    ends = list(accumulate(map(len, pieces), initial=lo))
    return list(zip(pieces[1::2], ends[1::2], ends[2::2]))


def _split_run_on(s: str, toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """"said Chong..Hamas is": a full stop whose space was lost ends the word; what follows
    is read as the next words."""
    out = []
    for w, a, e in toks:
        r = _RUN_ON.search(w) if "." in w[2:-1] else None
        if r is None:
            out.append((w, a, e))
            continue
        out.append((w[:r.start() + 2], a, a + r.start() + 2))
        out.append((r.group(0)[2:], a + r.start() + 2, a + r.end()))  # the stops, a break of their own
        out += _scan(s, a + r.end(), e)
    return out


def _front_title(words: list[str]) -> bool:
    """The first of `words` is a title or an owner before a name: "Prime", "Israel's",
    "QATARI" in a shouted lead, "Minister-without-portfolio", "Irish-Israeli"."""
    w = words[0]
    return w in TITLE_CAPS or w.rstrip(".") in TITLE_CAPS or w in NATIONALITY_CAPS or _possessive(w) \
        or _shouted_title(words) or (("-" in w or "." in w) and (  # (the next three each need one)
            _hyphen_title(w) or _GLUED_TITLE.match(w) is not None or _dual_nationality(w))) \
        or (len(words) >= 3 and _FIELD_WORD.fullmatch(w) is not None)


# The field of a title: "Head of Advocacy", "Director of Communications", "Minister of Education"
# (given names do not end like this)
_FIELD_WORD = re.compile(r"[A-Z][a-z]+(?:acy|tion|tions|sion|ment|ments|ity|ness|ship|ics|ism|ogy|ance)")


def _dual_nationality(w: str) -> bool:
    """"British-Israeli", "Franco-Israeli", "Israeli-American": nationalities joined by hyphens."""
    parts = w.split("-")
    return len(parts) >= 2 and all(
        p in NATIONALITY_CAPS or p in _COMBINING_NATIONALITY
        or (p in TITLE_CAPS and re.search(r"(?:ic|an|ish|ese|i|ch)$", p)) for p in parts)


# "U.S.envoy Steve Witkoff": initials run into a lower-case title word (a missing space);
# a hyphenated rank, "R.-Adm. Daniel Hagari", "Brig.-Gen. X", "Maj.-Gen. X"
_GLUED_TITLE = re.compile(r"(?:[A-Z]\.)+[a-z]|[A-Z][a-z]{0,4}\.?-(?:Adm|Gen|Col|Cmdr|Capt)\b")


# Title words of an office no longer held: "Former Prime Minister X" does not make X "the PM".
_PAST_TITLE = frozenset({"former", "ex", "late", "then", "outgoing"})


# Words that close the name of a public body (not "Red" or "Kan", which open one).
_BODY_ENDS = frozenset("""Office Ministry Department Agency Council Court Forum Authority Brigades Movement Committee
Commission Organization Organisation Bureau Directorate Embassy Consulate Mission Nations""".split())


# Head nouns of a body's name that take a complement ("Office for the Coordination of
# Humanitarian Affairs", "Committee to Protect Journalists", "Union of Italian Jewish Communities"),
# and the link words inside such names.
_BODY_HEADS = (_BODY_ENDS | frozenset("""Union Association Institute Foundation Center Centre Coalition Alliance
Fund Programme Program Service Services Administration Federation Society League Network Board Conference
Assembly Corps Campaign Initiative""".split())) - {"Nations", "Brigades"} | frozenset(
    # plural heads: "the Jewish Federations of North America", "... of Major American Jewish Organizations"
    "Federations Associations Organizations Organisations Unions Councils Committees Societies".split())
# ("in" links only before "the": "in the Occupied Territories", not "Ministry of Health in Gaza")
_BODY_LINKS = frozenset({"of", "for", "on", "to", "in", "and", "&"})
# what "the Louisiana Republican" is: a party's member, a description and never a name
_PARTY_MEMBERS = frozenset({"republican", "democrat", "independent"})


def _cap_run_back(toks: list, i: int) -> int:
    """The first index of the run of capitalised words ending at toks[i] (i + 1 when there is
    none); an "and" between capitalised words belongs to the run once a body's head noun is
    in it ("Relief and Works Agency")."""
    j, has_head = i, False
    while j >= 0:
        w = toks[j][0]
        if _is_cap(w) and w not in STOP_CAPS:
            has_head = has_head or w in _BODY_HEADS
            j -= 1
        elif w.lower() in ("and", "&") and has_head and j >= 1 and _is_cap(toks[j - 1][0]) \
                and toks[j - 1][0] not in STOP_CAPS:
            j -= 1
        else:
            break
    return j + 1


def _body_name_start(toks: list, j: int, k: int) -> int | None:
    """The backward scan for a noun phrase stopped at toks[j], a link word or a "the" after one,
    inside what may be a body's title-case name ("the Office for the Coordination of Humanitarian
    Affairs", "the UN Relief and Works Agency"). The index where that name starts (its "the"),
    when capitalised words with a body's head noun come before the links (or, across "and",
    after it); else None, and the scan's stop stands."""
    i, links, head_farther = j, 0, False
    while i >= 1 and links < 4:
        lw = toks[i][0].lower()
        if lw == "the" and toks[i - 1][0].lower() in _BODY_LINKS:
            i -= 1  # "for the Coordination"
            continue
        if lw not in _BODY_LINKS or (lw == "in" and toks[i + 1][0].lower() != "the"):
            return None
        start = _cap_run_back(toks, i - 1)
        if start > i - 1:
            return None
        run = [t[0] for t in toks[start:i]]
        if links == 0 and lw in ("and", "&"):
            right = []
            for tok in toks[i + 1:k + 1]:
                if not _is_cap(tok[0]):
                    break
                right.append(tok[0])
            if len(right) >= 2 and right[-1] in _BODY_HEADS:
                run = run + right  # "the UN Relief and Works Agency": one name
            elif any(w in _BODY_HEADS for w in run):
                return None  # "the Israeli Army and Hamas": two speakers
            else:
                head_farther = True  # "Ministry of Foreign Affairs and Trade"
        links += 1
        if any(w in _BODY_HEADS for w in run) and not (head_farther and links == 1):
            b = start - 1 if start >= 1 and toks[start - 1][0].lower() == "the" else start
            if b >= 2 and toks[b - 1][0].lower() in ("of", "for", "to", "at") and _is_cap(toks[b - 2][0]) \
                    and toks[b - 2][0] not in _BODY_HEADS:
                # "the High Representative of the European Union for Foreign Affairs and Security
                # Policy Josep Borrell": a title in capitals may end in its holder's name
                return None
            return b
        i = start - 1
    return None


def is_body_name(words: list[str]) -> bool:
    """"the Office for the Coordination of Humanitarian Affairs", "International Committee of the
    Red Cross": capitalised words holding a body's head noun, then link words each followed by
    capitalised words: the whole is one body's name (not "the Commissioner-General of UNRWA",
    whose first words hold no body's head, nor "Hamas and Islamic Jihad")."""
    i = 1 if words and words[0].lower() == "the" else 0
    n, head, links = len(words), False, 0
    while i < n - 1 and words[i].isalpha() and words[i].islower() and words[i] not in _BODY_LINKS:
        i += 1  # "the nonpartisan Commission on ..."
    while i < n and (_is_cap(words[i]) or (words[i] in ("and", "&") and i > 0 and i + 1 < n
                                           and _is_cap(words[i + 1]) and _is_cap(words[i - 1]))):
        head = head or words[i] in _BODY_HEADS
        i += 1
    if not head or i == n:
        return False
    while i < n:
        if words[i].lower() not in _BODY_LINKS or (words[i] == "in" and words[i + 1:i + 2] != ["the"]):
            return False
        i += 1
        if i < n and words[i].lower() == "the":
            i += 1
        if i == n or not _is_cap(words[i]):
            return False
        while i < n and _is_cap(words[i]):
            if words[i] in TITLE_CAPS and words[i] not in _BODY_HEADS and n - i >= 3 and \
                    all(_is_cap(w) for w in words[i + 1:]) and words[-1] not in _BODY_HEADS:
                return False  # "Center for American Progress President Neera Tanden": a titled person
            i += 1
        links += 1
    return links > 0 and not any(w in STOP_CAPS for w in words[1:])


def _whole_body(words: list[str]) -> bool:
    """`words` are one body's name: with links ("Office for the Coordination of ...") or
    capitalised words joined by "and" that end in a body's head ("UN Relief and Works Agency")."""
    if is_body_name(words):
        return True
    ws = words[1:] if words and words[0].lower() == "the" else words
    return len(ws) >= 3 and ws[-1] in _BODY_HEADS and all(_is_cap(w) or w in ("and", "&") for w in ws)


def _body_before_name(words: list[str], q: int) -> bool:
    """`words[q]` ends the name of a body and two or more words of a person's name follow:
    "the Government Media Office Ismail al-Thawabta" (the person, with the office as title)."""
    return words[q] in _BODY_ENDS and len(words) - q >= 3 and not any(w in ORG_HEADS for w in words[q + 1:])


def _shouted_title(words: list[str]) -> bool:
    """"QATARI PRIME MINISTER Mohammed ...": the first word is in a lead's capitals (not an
    acronym) while a name of two words or more after it is not: a title, like "Qatari Prime
    Minister" (in "JOBS Act" the capitals are part of the name)."""
    w = words[0]
    return len(w) > 3 and w.isalpha() and w.isupper() and sum(not x.isupper() for x in words[1:]) >= 2


def _hyphen_title(w: str) -> bool:
    """"Minister-without-portfolio Benny Gantz": a title joined by hyphens to lower-case words."""
    head, _, rest = w.partition("-")
    return bool(rest) and head in TITLE_CAPS and rest[:1].islower()


def _is_cap(w: str) -> bool:
    return w[:1].isupper() or (w[:1] == "[" and w[1:2].isupper())


def _possessive(w: str) -> bool:
    return w.endswith(("\u2019s", "'s", "s\u2019", "s'"))


# A possessive ending: "Hagari’s", "Hamas's", and the apostrophe alone after an s ("Abbas’")
# (every alternative opens on its mark, the s before a lone one tested behind it, so that a
# pattern opening on a possessive skips from mark to mark)
POSSESSIVE = r"(?:\u2019s|'s|\u2019(?<=s\u2019)|'(?<=s'))"
_POSSESSIVE_END = re.compile(POSSESSIVE + "$")


def strip_possessive(w: str) -> str:
    """`w` without the possessive ending _possessive sees ("Hagari’s" -> "Hagari", "Abbas’" -> "Abbas")."""
    return _POSSESSIVE_END.sub("", w)


# Adverbs between a subject and its verb, never a noun of it ("The EU earlier urged").
ADVERBS_AFTER_SUBJECT = frozenset("""earlier later previously also meanwhile then now too again already still
recently initially first finally separately instead subsequently further once""".split())

MAX_PHRASE_CHARS = 200  # a speaker phrase is never longer; keeps odd input linear


# Discourse adverbs set off by commas between a subject and its verb ("X, meanwhile, said").
DISCOURSE = {"meanwhile", "however", "though", "too", "also", "instead", "in turn", "for his part", "for her part",
              "for its part", "for their part", "in contrast", "separately", "likewise", "similarly",
              "in response", "nonetheless", "nevertheless", "in the meantime", "meantime", "moreover",
              "in a statement", "later", "earlier", "in particular", "by contrast", "on the other hand"}
_PLACE_ADJ = {"neighbouring", "neighboring", "nearby", "northern", "southern", "eastern", "western", "central",
              "besieged", "occupied"}
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,9}s?")


def _titled_name_ahead(toks: list, i: int) -> bool:
    """From toks[i]: capitalised words up to a title word ("Housing Minister"), perhaps a bracketed
    tag, then a name of two capitalised words or more ("Yitzhak Goldknopf")."""
    while i < len(toks) and _is_cap(toks[i][0]) and toks[i][0] not in TITLE_CAPS:
        i += 1
    if i >= len(toks) or toks[i][0] not in TITLE_CAPS or toks[i][0].lower() not in DESC_HEADS:
        return False
    i += 1
    if i < len(toks) and toks[i][0] == "(":
        while i < len(toks) and toks[i][0] != ")":
            i += 1
        i += 1
    n = 0
    while i + n < len(toks) and _is_cap(toks[i + n][0]) and toks[i + n][0] not in TITLE_CAPS:
        n += 1
    return n >= 2


def _headline_report(toks: list, j: int) -> bool:
    """"Networks report PM upbraided team": "report(s)" between two capitalised words is a
    headline's verb between two subjects, not a noun inside one phrase ("the IMF report")."""
    return toks[j][0] in ("report", "reports") and 0 < j < len(toks) - 1 and _is_cap(toks[j - 1][0]) and \
        toks[j - 1][0] not in STOP_CAPS and _is_cap(toks[j + 1][0])


# adjectives built on a side's name ("pan-Arab", "anti-Israel", "pro-Iranian") and on a place
# ("Cairo-based", "Hamas-run", "Iran-backed")
_SIDE_ADJ = re.compile(r"(?:pan|anti|pro|non)-[A-Z][\w\u2019'-]*")
_PLACED_ADJ = re.compile(r"[A-Z][\w.\u2019'-]*-(?:based|run|backed|led|controlled|funded|affiliated|aligned)")


def _det_before_caps(toks, j: int, width: int = 4, descriptive: bool = False) -> int | None:
    """The article before a run of up to `width` capitalised words ending at j - 1 ("The Hamas
    terrorist group", "The Palestinian Islamic Jihad terrorist group"), or None.  With
    `descriptive`, descriptor words may stand in the run too ("the official Israeli
    broadcasting authority")."""
    i = j - 1
    while i >= 0 and j - i <= width and toks[i][0].lower() not in ("the", "a", "an") and (
            (_is_cap(toks[i][0]) and toks[i][0] not in STOP_CAPS)
            or (descriptive and toks[i][0].islower() and toks[i][0] in DESC_WORDS)):
        i -= 1
    return i if j - 1 > i >= 0 and toks[i][0].lower() in ("the", "a", "an") else None


# prepositions whose object a noun phrase after them is ("briefed on the talks said")
_OBJECT_PREPS = frozenset("""on of in at to for with about from by into over after through across along around
near under behind within toward towards against via inside outside between among during past beyond onto
upon""".split())
_OBJECT_PREP_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_OBJECT_PREPS)) + r")\s+$")


# "The US and 17 other nations", "Britain and several other countries": a named member and
# the count of the others, before the "other <plural>" a noun-phrase scan stops at
# how many others a group counts: "17", "several", "a dozen"
OTHERS_COUNT = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|some|a\s+few|"
                r"a\s+dozen|dozens\s+of)")
_AND_COUNTED_OTHERS = re.compile(
    r"(?:(?<![\w\u2019'-])(?:[Tt]he)\s+)?(?<![\w\u2019'-])[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3}\s+and\s+"
    + OTHERS_COUNT + r"\s+$")


def np_before(s: str, end: int, lo: int, common_nouns: bool = False) -> Mention | None:
    """The noun phrase that ends at `end`; "other nations" grows to "The US and 17 other nations"."""
    men = _np_before(s, end, lo, common_nouns)
    if men is not None and men.kind == "descriptor" and men.text.startswith("other ") and men.head \
            and men.head.endswith("s"):
        am = _AND_COUNTED_OTHERS.search(s, max(lo, men.start - 80), men.start)
        if am is not None:
            return Mention(s[am.start():men.end], am.start(), men.end, "descriptor", head=men.head)
    return men


def _titles_only_before(toks: list, i: int) -> bool:
    """The capitalised words right before toks[i] are all title words ("Foreign Minister")."""
    j = i - 1
    while j >= 0 and _is_cap(toks[j][0]):
        if toks[j][0] not in TITLE_CAPS:
            return False
        j -= 1
    return j < i - 1


def _titled_run_before(toks: list, i: int) -> bool:
    """Whether the run of capitalised words and name links that ends before toks[i] holds a
    person's title ("Secretary of the Executive Committee of ...")."""
    while i > 0:
        w = toks[i - 1][0]
        if _is_cap(w):
            if w in TITLE_CAPS or w.rstrip(".") in TITLE_CAPS or _GLUED_TITLE.match(w):
                return True
        elif w not in _BODY_LINKS and w.lower() != "the":
            return False
        i -= 1
    return False


def _np_before(s: str, end: int, lo: int, common_nouns: bool = False) -> Mention | None:
    """The noun phrase that ends at `end` (just before a reporting verb).

    `common_nouns` lets "the bank" or "the hospital" be a speaker; only for
    verbs that clearly introduce speech ("said", "told"), never participles."""
    lo = max(lo, end - MAX_PHRASE_CHARS)
    toks = _tokens(s, lo, end)
    if not toks:
        return None
    # Skip a parenthetical right before the verb: "Israel Defense Forces (IDF)".
    k = len(toks) - 1
    acronym = None
    if toks[k][0] == ")":
        if k >= 2 and toks[k - 2][0] == "(" and _ACRONYM.fullmatch(toks[k - 1][0]):
            acronym = toks[k - 1]
        while k >= 0 and toks[k][0] != "(":
            k -= 1
        k -= 1
    if k < 0:
        return None
    w, ws, we = toks[k]
    lw = w.lower()
    contracted = _CONTRACTED.match(lw)
    if lw in PRONOUNS or contracted:
        # "he said", "He's claiming", "they've argued"
        pron = contracted.group(1) if contracted else lw
        return Mention(w[:len(pron)], ws, ws + len(pron), "pronoun")
    if (common_nouns and w[:1].islower() and w.isalpha() and lw not in DESC_WORDS and lw not in PARTICLES
            and lw not in _NOT_SPEAKER_NOUNS and lw not in ADVERBS_AFTER_SUBJECT and k >= 1):
        # "The bank said", "the hospital's director ..." : determiner + (one modifier) + any noun
        for back in (1, 2):
            if k - back < 0:
                break
            d = toks[k - back][0].lower()
            if d in ("the", "a", "an"):
                if back == 2 and not (toks[k - 1][0][:1].isupper() or toks[k - 1][0].lower() in DESC_WORDS
                                      or toks[k - 1][0].endswith(("al", "ic", "an", "ish"))):
                    break
                st = toks[k - back][1]
                if _OBJECT_PREP_BEFORE.search(s[max(lo, st - 10):st]):
                    return None  # "briefed on the talks said": an object, not the speaker
                return Mention(s[st:we], st, we, "descriptor", head=lw)
    j = k
    first = k + 1
    while j >= 0:
        w = toks[j][0]
        lw = w.lower().rstrip(".")
        if w in ("(", ")", ",", ";", ":", '"', "\u201c", "\u201d", "\u2014", "\u2013", "\u2015") or w[0] == "\u00b7" \
                or w.startswith("--"):
            if w == ")":
                # parenthetical inside the phrase
                while j >= 0 and toks[j][0] != "(":
                    j -= 1
                j -= 1
                continue
            if w == "," and first == j + 1 and first <= k and j >= 2 and _SIDE_ADJ.fullmatch(toks[j + 1][0]) \
                    and _PLACED_ADJ.fullmatch(toks[j - 1][0]) and toks[j - 2][0].lower() in DETERMINERS:
                j -= 1  # "the Cairo-based, pan-Arab organization": two adjectives set off by a comma
                continue
            break
        if _SIDE_ADJ.fullmatch(w) and j < k and first == j + 1:
            first = j  # "the pan-Arab organization", "an anti-Israel group": a side-naming adjective
            j -= 1
            continue
        if lw in DETERMINERS and w.lower() not in ("top",):
            first = j
            if lw == "the" and j >= 2 and j < k:
                b = _body_name_start(toks, j, k)
                if b is not None and _whole_body([t[0] for t in toks[b:k + 1]]):
                    first = b  # "the International Committee of the Red Cross"
            break
        if _is_cap(w):
            if w in STOP_CAPS:
                break
            first = j
            j -= 1
            continue
        if lw in PARTICLES or _AL_PREFIX.match(lw):
            first = j
            j -= 1
            continue
        if j < k and first == j + 1 and _headline_report(toks, j):
            break
        if lw in DESC_WORDS or _possessive(w) or lw.isdigit() or lw.endswith("-year-old") or _prefixed_role(lw):
            first = j
            j -= 1
            continue
        if j < k and first <= k and w.isalpha() and w.islower() and len(lw) > 4 and \
                lw.endswith(("al", "ic", "ive", "ary", "ian")) and toks[k][0].lower() in DESC_HEADS:
            first = j  # "The Republican presidential nominee": an adjective before the head
            j -= 1
            continue
        if j > 0 and first <= k and j >= k - 2 and _possessive(toks[j - 1][0]) and re.fullmatch(r"[a-z]+(?:-[a-z]+)*", w) \
                and toks[k][0].lower() in DESC_HEADS and lw not in PREPS_IN_DESC:
            first = j  # "Heba Sahloul's aged mother", "Emily Hand's grief-stricken father": an adjective after the owner
            j -= 1
            continue
        # (after a capitalised adjective: "The Islamist terror group", "the Iranian-backed militia")
        det = j - 1 if j > 0 and toks[j - 1][0].lower() in DETERMINERS else (
            _det_before_caps(toks, j) if toks[k][0].islower() else None)
        if det is None and toks[k][0].islower() and first == j + 1:
            det = _det_before_caps(toks, j, width=3, descriptive=True)
            if det is not None and det > 0 and toks[det - 1][0].lower() in _OBJECT_PREPS:
                det = None  # "Spokesperson for the UN aid coordination office": a role's object
        if (first <= k and w.isalpha() and w.islower() and det is not None
                and lw not in PREPS_IN_DESC and lw not in ("and", "or", "but", "that", "who", "which")
                and not (lw in _CONTENT_NOUNS and _is_cap(toks[j + 1][0]))):
            first = det  # "one displaced person": an adjective between determiner and head
            break
        if lw in _PLACE_ADJ and first == j + 1 and j > 0 and toks[j - 1][0].lower() in PREPS_IN_DESC:
            first = j  # "one woman in neighbouring Beit Lahia": the place goes on to the person
            j -= 1
            continue
        if lw in PREPS_IN_DESC and j > 0:
            prev = toks[j - 1][0].lower()
            if prev in DESC_HEADS or prev in ("close", "familiar", "knowledge", "briefed", "involved"):
                first = j
                j -= 1
                continue
        if lw == "and" and j >= 1 and first <= k and toks[first][0] in TITLE_CAPS and \
                toks[j - 1][0].lower() in DESC_HEADS and _titles_only_before(toks, j) and \
                any(_is_cap(t[0]) and t[0] not in TITLE_CAPS for t in toks[first:k + 1]):
            first = j  # "Foreign Minister and Deputy Prime Minister X": two titles of one person
            j -= 1
            continue
        if lw in _BODY_LINKS and j >= 1 and first <= k and _is_cap(toks[first][0]):
            # (the body's name may end before a role of its own: "A Department of Foreign Affairs spokeswoman")
            bk = k - 1 if k > first and toks[k][0].islower() and toks[k][0] in DESC_HEADS else k
            b = _body_name_start(toks, j, bk)
            if b is not None and not _whole_body([t[0] for t in toks[b:bk + 1]]):
                b = None  # "Center for American Progress President Neera Tanden to ... John Podesta"
            if b is not None:
                first = b  # "the Office for the Coordination of Humanitarian Affairs"
                if toks[b][0].lower() == "the":
                    break
                j = b - 1
                continue
        break
    if first > k:
        if acronym is not None:
            # "the UN agency for Palestinian refugees (UNRWA) said": the phrase is too long to
            # read, but its short name stands for it
            return Mention(acronym[0], acronym[1], acronym[2], "org", name=acronym[0])
        return None
    if acronym is not None and first >= 2 and toks[first - 1][0] in _BODY_LINKS and _is_cap(toks[first - 2][0]) \
            and not _titled_run_before(toks, first - 1):
        # "The Coordination of Government Activities in the Territories (COGAT) announced": the
        # phrase read stops inside a longer name, which its short name stands for whole (not
        # "The Commissioner-General of the ... Agency (UNRWA)": a person's title and its body)
        return Mention(acronym[0], acronym[1], acronym[2], "org", name=acronym[0])
    if all(t[0].lower() in DETERMINERS or t[0].lower() in ("few", "many", "most", "some", "all", "others")
           for t in toks[first:k + 1]):
        return None  # "a few said": no speaker named
    text_start = toks[first][1]
    text_end = toks[k][2]
    phrase_toks = toks[first:k + 1]
    men = classify(s[text_start:text_end], text_start, text_end, phrase_toks)
    cm = _CONJUNCT_BEFORE.search(s, max(lo, text_start - 40), text_start) \
        if men is not None and men.kind == "descriptor" and toks[first][0].islower() and \
        toks[first][0] not in DETERMINERS else None
    if cm:
        # "the Justice Department and senior F.B.I. officials agreed": the subject is the whole
        # coordination, not its last conjunct
        prev = np_before(s, cm.end(1), lo, common_nouns=True)
        if prev is None or prev.kind == "pronoun":
            return None
        st = prev.start
        while (am := _CAP_CONJUNCT.search(s, max(lo, st - 30), st)) is not None:
            st = am.start()  # ("Arab and Western countries and ...": the adjective's conjunct too)
        return Mention(s[st:text_end], st, text_end, "descriptor", head=men.head)
    qm = _QUANTITY_BEFORE.search(s, max(lo, text_start - 16), text_start) \
        if men is not None and men.kind == "descriptor" and toks[first][0].isdigit() else None
    if qm:
        # "More than 100 aid organisations warned": the quantity is part of who spoke
        men = Mention(s[qm.start():text_end], qm.start(), text_end, "descriptor", head=men.head)
    return men


# "Arab and Western countries and ...", "Palestinians and ...": a word that can be a noun phrase's
# conjunct before "and" (a capitalised word or a plural), not a clause's end ("the city and ...")
_CONJUNCT_BEFORE = re.compile(r"(\b[A-Z][\w.\u2019'-]*|\b[a-z]+[^s\W]s)\s+(?:and|or)\s+$")
_CAP_CONJUNCT = re.compile(r"\b[A-Z][\w-]*\s+(?:and|or)\s+$")
# "more than", "at least", "nearly" before a number opening a descriptor
_QUANTITY_BEFORE = re.compile(r"\b(?:(?:[Mm]ore|[Ff]ewer|[Ll]ess)\s+than|[Aa]t\s+least|[Nn]early|[Oo]ver|[Aa]lmost|"
                              r"[Aa]round|[Aa]pproximately|[Rr]oughly|[Uu]p\s+to)\s+$")


# a hyphenated modifier before a head noun: "grief-stricken", "long-serving"
_LOWER_COMPOUND = re.compile(r"[a-z]+(?:-[a-z]+)+")


# The appositive after a name: "said Yaakov Amidrol, Israel's former national security adviser."
_APPOSITIVE_AFTER = re.compile(r"\s*,\s*((?:a|an|the|who|[A-Z][\w\u2019']*\u2019s|[A-Z][\w\u2019']*'s|[A-Za-z\u2019'-]+)\b"
                               r"[^,;.\u00b7]{0,120})")


# "al-Hayya", "bin-Salman": a particle hyphened to a capitalised name
_PARTICLE_NAME = re.compile(r"^(?:al|el|abu|bin|ben|ibn)-[A-Z]")


def np_after(s: str, start: int, hi: int) -> Mention | None:
    """The noun phrase that starts at `start` (after an inverted verb: "said X")."""
    hi = min(hi, start + MAX_PHRASE_CHARS)
    toks = _tokens(s, start, min(hi, start + 80))
    if len(toks) >= 10 and hi > start + 80:
        toks = _tokens(s, start, hi)  # a long phrase: read on
    if not toks:
        return None
    w0 = toks[0][0]
    if w0.lower() in PRONOUNS and w0.lower() not in ("it",):
        return Mention(w0, toks[0][1], toks[0][2], "pronoun")
    if w0.lower() in _PART_OF_WORDS and len(toks) > 3 and toks[1][0] == "of" and toks[2][0].lower() in _OWNERS:
        # "said one of the sources": one of a group, described by the group's head
        for k in range(3, min(len(toks), 7)):
            lw = toks[k][0].lower()
            if lw in DESC_HEADS or lw.rstrip("s") in DESC_HEADS:
                return Mention(s[toks[0][1]:toks[k][2]], toks[0][1], toks[k][2], "descriptor", head=lw)
            if not toks[k][0].isalpha():
                break
    j = 0
    last = -1
    institution = False
    if w0.lower() in DETERMINERS:
        last = 0
        j = 1
    while j < len(toks):
        w = toks[j][0]
        lw = w.lower().rstrip(".")
        if w in ("(",):
            # keep a parenthetical acronym: "(IDF)"
            e = j
            while e < len(toks) and toks[e][0] != ")":
                e += 1
            if e - j <= 4 and e < len(toks):
                j = e + 1
                continue
            break
        if w == "," and last == j - 1 and j + 1 < len(toks) and toks[j + 1][0].rstrip(".") in ("Jr", "Sr"):
            last = j + 1  # "Ferdinand Marcos, Jr.": the suffix is part of the name
            j += 2
            continue
        if w in (",", ";", ":", ")", '"', "\u201c", "\u201d", "\u2014", "\u2013", "\u2015") or w[0] == "\u00b7" \
                or w.startswith("--"):
            break
        if _is_cap(w) and (w not in STOP_CAPS or (institution and last == j - 1 and j + 1 < len(toks)
                                                  and _is_cap(toks[j + 1][0]))):
            last = j  # ("the Alliance to Reclaim Our Schools": a stop word inside a body's name)
            j += 1
            continue
        if _AL_LOWER.match(lw) and "-" in w and w.split("-", 1)[1][:1].isupper():
            last = j  # "al-Rishq" is a name part by itself
            j += 1
            continue
        if lw in PARTICLES or _AL_PREFIX.match(lw):
            j += 1
            continue
        if (lw in ("of", "for", "on", "to") or (lw == "in" and institution and toks[j + 1:j + 2]
                                                 and toks[j + 1][0] == "the")) and last == j - 1 and (
                (_institution_noun(toks[last][0].lower()) and _is_cap(toks[last][0])) or institution):
            # "the Federal Bureau of Prisons", "the Committee for a Responsible Federal Budget",
            # "the Committee to Protect Journalists", "the Council on American-Islamic Relations": one name
            k = j + 1
            if k < len(toks) and toks[k][0].lower() in ("the", "a", "an"):
                k += 1
            if k < len(toks) and _is_cap(toks[k][0]) and toks[k][0] not in STOP_CAPS and not (
                    lw == "to" and toks[k][0] in ORG_HEADS):  # ("said the Foreign Ministry to Reuters")
                j = k
                institution = True
                continue
        if (lw == "of" or (lw == "to" and toks[last][0] in ("Ambassador", "Envoy"))) and last == j - 1 and \
                toks[last][0] in TITLE_CAPS and j + 1 < len(toks) and \
                _is_cap(toks[j + 1][0]) and toks[j + 1][0] not in STOP_CAPS:
            # "said US Secretary of State Antony Blinken", "said British Ambassador to Israel Simon
            # Walters": the title runs on to the name
            j += 1
            continue
        if lw in ("and", "&") and last == j - 1 and _is_cap(toks[last][0]) and _titled_name_ahead(toks, j + 1):
            # "said Construction and Housing Minister (UTJ) Yitzhak Goldknopf": one title
            j += 1
            continue
        if lw in ("and", "&") and last == j - 1 and (e := _body_conjunct_end(toks, j, institution)) is not None:
            # "the UN Relief and Works Agency", "the Follow-up Committee of National and Islamic
            # Forces": the "and" is inside one body's name
            last, j, institution = e - 1, e, True
            continue
        if _headline_report(toks, j):
            break
        if lw in DESC_WORDS or _possessive(w) or lw.isdigit() or lw.endswith("-year-old") or _prefixed_role(lw):
            last = j
            j += 1
            continue
        if _NUMBERISH.match(w) and j + 1 < len(toks) and toks[j + 1][0].lower() in DESC_WORDS:
            j += 1
            continue
        if (w.isalpha() or _LOWER_COMPOUND.fullmatch(w)) and w.islower() and lw not in _FUNCTION_WORDS \
                and lw not in _BARE_VERB_FORMS \
                and j + 1 < len(toks) and not (
                j > 0 and (_is_cap(toks[j - 1][0]) or _AL_LOWER.match(toks[j - 1][0].lower()))
                and not _possessive(toks[j - 1][0])  # ("Heba Sahloul's aged mother": no verb after a possessive)
                and lw.endswith(("ed", "es", "ly")) and lw not in DESC_WORDS) and not (
                j > 0 and toks[j - 1][0].lower() in DESC_HEADS and lw.endswith(("ed", "ing")) and lw not in DESC_WORDS):
            # "conservative talk radio host Rush Limbaugh": unknown modifiers before a head or name
            # (not "Trump attacked Clinton", "Berg generally supported Democrats", "Khalil al-Hayya
            # blamed Netanyahu": a verb after a name; nor "The Qatari official rejected Israeli ...":
            # one after a role noun, nor "said the congresswoman representing Michigan": a participle)
            ahead = toks[j + 1:j + 4]
            if any((_is_cap(t[0]) and t[0] not in STOP_CAPS) or t[0].lower() in DESC_HEADS for t in ahead) and \
                    not any(t[0].lower() in _FUNCTION_WORDS or t[0] in (",", ";", ":") for t in ahead[:1]):
                j += 1
                continue
        break
    if last < 0 or (last == 0 and w0.lower() in DETERMINERS):
        return None  # "said The ..." - a determiner alone names nobody
    toks_np = toks[:last + 1]
    m = classify(s[toks_np[0][1]:toks_np[-1][2]], toks_np[0][1], toks_np[-1][2], toks_np)
    if m is None:
        return None
    if institution and m.kind == "name":
        m.kind, m.name = "org", None  # "the Bureau of Arctic Fisheries": not a person called "Arctic Fisheries"
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    if m.kind == "descriptor" and nxt and nxt[0] in ("for", "of", "at"):
        named = _name_after_body(toks, last + 2)
        if named is not None:
            # "said official spokesperson for the Ministry of Foreign Affairs Dr. Majid al-Ansari":
            # the role, the body it serves, then the person who holds it
            a, b = named
            men = Mention(s[toks[a][1]:toks[b][2]], toks[a][1], toks[b][2], "name",
                          name=s[toks[a][1]:toks[b][2]])
            men.appositive = s[m.start:toks[a - 1][2]]
            return men
    # "a source familiar with the talks": keep the qualifier when the head says little
    # (but "said the minister in an interview with the BBC": where the words were said)
    if m.kind == "descriptor" and nxt and nxt[0].lower() in PREPS_IN_DESC \
            and not _OCCASION_PP.match(s, nxt[1], hi):
        if head_says_little([t[0] for t in toks_np], m.head):
            # (the shortest descriptor: "an official from the group with knowledge of the talks"
            # stops before its second qualifier)
            stop = _QUALIFIER_END.search(s[nxt[1]:hi])
            pp_end = nxt[1] + (stop.start() if stop else len(s[nxt[1]:hi]))
            pp_end = min(pp_end, nxt[1] + 80)
            opened = s.rfind("(", m.start, pp_end)
            if opened > s.rfind(")", m.start, pp_end):
                # the cut fell inside a bracket: close it if it is a short name ("... Territories
                # (COGAT)"), else end before it
                closed = s.find(")", pp_end, min(hi, pp_end + 15))
                pp_end = closed + 1 if closed >= 0 and "," not in s[pp_end:closed] else opened
            m = Mention(s[m.start:pp_end].rstrip(), m.start, m.start + len(s[m.start:pp_end].rstrip()),
                        "descriptor", head=m.head)
    # Appositive: "said Yaakov Amidrol, Israel's former national security adviser."
    after = s[m.end:hi]
    am = _APPOSITIVE_AFTER.match(after)
    if am and m.kind == "name":
        m.appositive = am.group(1)
    return m


def _institution_noun(lw: str) -> bool:
    """"committee", "federations": a body's head noun, singular or plural."""
    return lw in INSTITUTION_NOUNS or (lw[-1:] == "s" and lw[:-1] in INSTITUTION_NOUNS)


def _body_conjunct_end(toks: list, j: int, institution: bool) -> int | None:
    """toks[j] is an "and" after capitalised words: the index just past the capitalised words
    after it when the whole is one body's name (read as np_before reads it: after a link word
    any conjunct, else one ending in a body's head, "Relief and Works Agency"); else None."""
    e = j + 1
    while e < len(toks) and _is_cap(toks[e][0]) and toks[e][0] not in STOP_CAPS:
        e += 1
    right = [t[0] for t in toks[j + 1:e]]
    if not right or not (institution or (len(right) >= 2 and right[-1] in _BODY_HEADS)):
        return None
    return e if _whole_body([t[0] for t in toks[:j]] + ["and"] + right) else None


# A body's short name in brackets after its full name: "(IDF)", "(MoFA)", "(UNRWA)"
_BODY_ACRONYM = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&.-]{1,9}")


def _name_after_body(toks: list, i: int) -> tuple[int, int] | None:
    """From toks[i], after a role's preposition: a body's whole name, titles, then a person's
    name of two to five words that ends the phrase ("the Ministry of Foreign Affairs Dr. Majid bin
    Mohammed Al Ansari"). The indexes of the name's first and last words, else None."""
    if i < len(toks) and toks[i][0].lower() == "the":
        i += 1
    run, kept, acronym_at, comma = i, [], None, False
    while run < len(toks):
        w = toks[run][0]
        if w == "(" and acronym_at is None and kept and run + 2 < len(toks) and toks[run + 2][0] == ")" \
                and _BODY_ACRONYM.fullmatch(toks[run + 1][0]):
            # "the Ministry of Foreign Affairs (MoFA) Dr. Majid ...": the body's acronym ends the body
            acronym_at, run = len(kept), run + 3
            comma = run < len(toks) and toks[run][0] == ","
            run += comma
            continue
        if not (_is_cap(w) or w.lower() in _BODY_LINKS or (w == "the" and toks[run - 1][0] in _BODY_LINKS)
                or w.lower() in PARTICLES or _AL_PREFIX.match(w.lower())):
            break
        kept.append(run)
        run += 1
    if run < len(toks) and toks[run][0] not in (",", ".", ";", ")", "\u2014", "\u2013"):
        return None  # the phrase runs on: "... Affairs Majid al-Ansari told reporters"
    if acronym_at is not None and comma and run < len(toks) and toks[run][0] == ",":
        return None  # "Former head of the NSC (NSC), Maj.-Gen. X, addressed": an appositive, read as one
    words = [toks[x][0] for x in kept]
    for k in ((acronym_at,) if acronym_at is not None else range(len(words) - 2, 1, -1)):
        if not _whole_body(words[:k]) and not (words[k - 1] in ORG_HEADS and all(map(_is_cap, words[:k]))):
            continue
        a = k
        while a < len(words) and (words[a] in TITLE_CAPS or words[a].rstrip(".") in TITLE_CAPS
                                  or _GLUED_TITLE.match(words[a])):
            a += 1
        name = words[a:]
        if 2 <= len(name) <= 5 and _is_cap(name[0]) and (_is_cap(name[-1]) or _AL_PREFIX.match(name[-1])) and \
                not any(w in ORG_HEADS or w in _BODY_HEADS or w.lower() in _BODY_LINKS for w in name):
            return kept[a], kept[-1]
        return None
    return None


# "one of the sources", "some of his aides": a part of a group (attribution has its own counted "_COUNT_WORDS")
_PART_OF_WORDS = frozenset({"one", "two", "three", "four", "five", "several", "some", "many", "most", "all"})
_OWNERS = frozenset({"the", "his", "her", "their", "its", "those", "these"})


# where and how words were said, after the speaker: "in an interview with", "in a speech during",
# "at a press conference" (no qualifier of who the speaker is)
_OCCASION_PP = re.compile(r"(?:in|at|during|on)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:speech|interview|statement|address|remarks|post|posting|briefing|(?:news|press)\s+conference|"
                          r"broadcast|message|video|letter|op-ed|sermon|tweet|podcast|phone\s+call|call)\b")
# a past-tense verb and its object or preposition closing a source's qualifier (not a
# participle of the qualifier itself: "a source based in Cairo")
_VERB_AFTER_QUALIFIER = (r"\s(?!(?:based|involved|briefed|stationed|engaged|informed|connected|affiliated|associated|"
                         r"linked|tied|authori[sz]ed|allowed|permitted|quoted|cited|interviewed)\b)[a-z]{3,}ed\s+"
                         r"(?:for|a|an|the|to|on|in|at|with|his|her|its|their|out|up)\b")
# where a source's qualifier ends: at punctuation, a clause, a second qualifier ("an official
# from the group with knowledge of the talks"), or a verb ("A senior official at a major
# American Jewish organization reached for a metaphor")
_QUALIFIER_END = re.compile(r"[,.;:\u00b7]|\s(?:who|which|that|said|says|told|and|has|have|had|is|are|was|were|will|"
                            r"would)\b|\s[a-z]+(?:ed|s)\s+that\b|"
                            r"\s(?:with\s+(?:direct\s+)?knowledge\b|" + SOURCE_QUALIFIER + r"\b)|" + _VERB_AFTER_QUALIFIER)
# ranks that say nothing of whose side a source is on ("a senior official")
_RANK_ONLY = frozenset({"senior", "top", "high-ranking", "ranking", "unnamed", "anonymous"})


def head_says_little(words: list[str], head: str | None) -> bool:
    """A descriptor of only determiners, a rank and its head ("a source", "another official",
    "senior officials"): the qualifier after it ("familiar with the talks", "close to Hamas",
    "in the defense establishment") is part of who it is."""
    return all(w.lower() in DETERMINERS or w.lower() in _RANK_ONLY or w.lower() == (head or "") for w in words)


_TRAILING_NAME = re.compile(r"\b(?!(?:the|a|an|of|for|at|in|on|to|from|with|by|and|or|near|de|del|al|el|bin|ben|van|"
                            r"von|der|la|le|neighbouring|neighboring|nearby|northern|southern|eastern|western|central|"
                            r"besieged|occupied)\b)[a-z][\w-]*\s+((?:[A-Z][\w\u2019'-]+\s+){1,3}[A-Z][\w\u2019'-]+)$")


# what someone said or did, heading a reduced relative clause whose subject follows: "a claim
# Israeli officials dismissed", "a proposal Hamas officials rejected" (not "a senior Israeli official")
_CONTENT_NOUNS = frozenset({"claim", "claims", "move", "proposal", "offer", "plan", "deal", "decision", "step",
                            "idea", "charge", "allegation", "accusation", "assertion", "demand", "request",
                            "suggestion", "account", "version", "figure", "assessment", "position", "view"})
_ROLE_PREFIX = re.compile(r"(?:co|vice|deputy|ex|acting)-([a-z]+)")


def _prefixed_role(lw: str) -> bool:
    """"co-founder", "vice-chair": a role word behind a prefix (not split into tokens)."""
    m = _ROLE_PREFIX.fullmatch(lw)
    return bool(m) and (m.group(1) in DESC_WORDS or m.group(1) in DESC_HEADS)


# prepositions after a thing's noun before a name ("the ceasefire between Israel", "the deal with Hamas")
_THING_LINKS = frozenset({"between", "with", "against", "over", "on", "about", "of", "in", "from", "to", "for"})
# second words of two-word places an "in" phrase names before a person: "in Gaza City X Y"
_PLACE_SECOND_WORDS = frozenset({"City", "Strip", "Bank", "Aviv", "Dhabi", "Sheikh", "Younis", "Lahia"})


def classify(text: str, start: int, end: int, toks) -> Mention | None:
    """Name, descriptor or organisation, from the words of a noun phrase."""
    words = [t[0] for t in toks]
    if not words or _possessive(words[0]) and strip_possessive(words[0]) in TIME_CAPS:
        return None  # "Tuesday’s meeting addressed ...", "“...,” Tuesday’s statement said": nobody named
    low = [w.lower() for w in words]
    if len(words) >= 3 and is_body_name(words):
        return Mention(text, start, end, "org")  # "the Office for the Coordination of ..."
    # "a source close to Hamas", "a member of Hamas's political bureau": the head
    # comes before the preposition; keep the qualifier only when the head says little.
    tail_name = _TRAILING_NAME.search(text) if any(w in PREPS_IN_DESC for w in low[:-2]) else None
    if tail_name and tail_name.group(1).split()[-1] not in ORG_HEADS:
        # (not "A senior official in Egypt's General Intelligence Service": a body ends it)
        # "A senior member of Hamas's political bureau Bassem Naim": the name closing the
        # description is the person it describes
        st = start + tail_name.start(1)
        men = Mention(tail_name.group(1), st, end, "name", name=tail_name.group(1))
        men.appositive = text[:tail_name.start(1)].strip()
        return men
    for q in range(1, len(words) - 1):
        if low[q] in PREPS_IN_DESC and _is_cap(words[q - 1]) and words[-1].islower() and low[-1] in DESC_HEADS \
                and q + 1 < len(words) - 1 and all(_is_cap(w) for w in words[q + 1:-1]):
            break  # "A Ministry of Defence spokesman": a body's name, then the role that is the head
        if low[q] in PREPS_IN_DESC and low[q - 1] in DESC_HEADS | {"close", "familiar", "knowledge"}:
            hq = q - 1
            while hq > 0 and low[hq] in ("close", "familiar", "knowledge", "with"):
                hq -= 1
            head = low[hq]
            if head not in DESC_HEADS:
                break
            tail = words[q + 1:]
            person_in_tail = [w for w in tail if _is_cap(w) and w not in TITLE_CAPS and w not in ORG_HEADS
                              and not w.isupper() and not _possessive(w)]
            holder = classify(text[toks[q + 1][1] - start:], toks[q + 1][1], end, toks[q + 1:]) \
                if head == "office" and low[q] == "of" and len(person_in_tail) >= 2 else None
            if holder is not None and holder.kind == "name":
                # "the office of Israeli Prime Minister Benjamin Netanyahu": the office speaks, and
                # is named as "Benjamin Netanyahu's office" would name it
                return Mention(text, start, end, "org", name=f"{holder.name}'s office")
            # (a place or a body after the preposition is no name: "Iran's mission in New York",
            # "Egypt's ambassador to the United Nations")
            where = (low[q] in ("in", "at", "near") and len(tail) == 2 and all(_is_cap(w) for w in tail)) \
                or tail[-1] in _BODY_ENDS
            named_at = 2 if len(tail) > 1 and tail[1] in _PLACE_SECOND_WORDS else 1
            while named_at < len(tail) and tail[named_at].rstrip(".") in TITLE_CAPS:
                named_at += 1
            if low[q] in ("in", "at") and 2 <= len(tail) - named_at <= 3 and all(_is_cap(w) for w in tail) and \
                    not any(_possessive(w) or w.isupper() for w in tail) and head not in RELATION_HEADS and \
                    head not in PLURAL_HEADS and tail[-1] not in ORG_HEADS and tail[-1] not in _BODY_ENDS:
                # "Hamas's spokesman in Lebanon Dr Ahmad Abdulhadi", "the UN spokesman in Gaza City
                # Mahmoud Basal": the place, then the name of the person so described
                st = toks[q + 1 + named_at][1]
                men = Mention(text[st - start:], st, end, "name", name=text[st - start:])
                men.appositive = text[:st - start].strip()
                return men
            if head not in GENERIC_HEADS and head not in RELATION_HEADS and len(person_in_tail) >= 2 \
                    and low[0] not in ("a", "an", "one", "another") and not where:
                break  # "US Secretary of State Antony Blinken": a titled name (not "An aunt of Avigail Idan")
            mods = [w for w in low[:hq] if w not in DETERMINERS]
            if mods and any(_is_cap(w) for w in words[:hq] if w.lower() not in DETERMINERS):
                if words[hq] in TITLE_CAPS and head not in ORG_DESCRIPTORS:
                    # "the Saudi Minister of Foreign Affairs": a person's title in capitals
                    return Mention(text, start, end, "descriptor", head=head)
                if _is_cap(words[hq]) and tail and _is_cap(tail[0]):
                    return Mention(text, start, end, "org")  # "the International Court of Justice"
                e = toks[hq][2]
                return Mention(text[:e - start], start, e, "descriptor", head=head)
            return Mention(text, start, end, "descriptor", head=head)
    last = words[-1]
    # "The Secretary-General", "The Hezbollah Secretary-General": titles alone describe the holder
    if len(words) >= 2 and low[0] in ("the", "this", "that") and all(w in TITLE_CAPS or w in ORG_HEADS
                                                                     for w in words[1:]) \
            and low[-1] in ("secretary-general", "director-general", "undersecretary", "under-secretary"):
        return Mention(text, start, end, "descriptor", head=low[-1])
    # Descriptor: ends in a lower-case head noun ("a senior Hamas official").
    if not _is_cap(last) and not _PARTICLE_NAME.match(last):
        head = last.lower()
        if head in DESC_HEADS or head.endswith("-year-old") or _possessive(last):
            if _possessive(last):
                return None
            return Mention(text, start, end, "descriptor", head=head)
        return None
    # Trailing run of capitalised words and particles is the proper part.
    i = len(words)
    while i > 0 and (_is_cap(words[i - 1]) or low[i - 1] in PARTICLES
                     or _AL_PREFIX.match(low[i - 1])):
        i -= 1
    proper = words[i:]
    if proper and proper[0].lower() in DETERMINERS:
        proper = proper[1:]  # "The Israeli Prime Minister"
    if 3 <= i < len(words) and low[0] in DETERMINERS and low[i - 1] in _THING_LINKS and words[i - 2].isalpha() \
            and words[i - 2].islower() and low[i - 2] not in DESC_HEADS and low[i - 2] not in ORG_DESCRIPTORS \
            and low[i - 2] not in RELATION_HEADS:
        return None  # "The ceasefire between Israel and Hamas has held": a thing, not Israel
    # Organisation: last word is an organisation head, or all words are org-ish.
    if last in ORG_HEADS or last.rstrip("\u2019s'") in ORG_HEADS:
        return Mention(text, start, end, "org")
    # Drop title words from the front of the proper part, and whatever precedes
    # the last title word ("Evanston Rabbi Meir Hecht").
    p = 0
    while p < len(proper) - 1 and _front_title(proper[p:]):
        p += 1
    for q in range(len(proper) - 2, p - 1, -1):
        if (proper[q] in TITLE_CAPS and proper[q] not in ("Israel", "Gaza", "Washington", "Doha", "Cairo")) \
                or _possessive(proper[q]) or _body_before_name(proper, q):
            p = q + 1  # "Evanston Rabbi Meir Hecht", "Al Jazeera's Hamdah Salhut"
            break
    name_words = proper[p:]
    if proper and (all(w in TITLE_CAPS or w.rstrip(".") in TITLE_CAPS for w in proper)
                   or ((_possessive(proper[0]) or low[0] in ("the", "this", "that"))
                       and proper[-1] in TITLE_CAPS and len(proper) <= 4)) \
            and proper[-1].lower() in DESC_HEADS and len(proper) >= 2:
        # "the Israeli Prime Minister", "Israel’s Transport Minister", "The Labor Party Chairman": a
        # title without a name is a description of someone
        return Mention(text, start, end, "descriptor", head=proper[-1].lower())
    if len(words) == 1 and words[0].lower() in DESC_HEADS:
        return Mention(text, start, end, "descriptor", head=words[0].lower())
    if len(words) in (3, 4) and low[0] == "the" and low[-1] in _PARTY_MEMBERS and all(_is_cap(w) for w in words[1:]):
        # "the Louisiana Republican said": a member of Congress described afresh, no one's name
        return Mention(text, start, end, "descriptor", head=low[-1])
    if 2 <= len(words) <= 4 and words[-1] in TITLE_CAPS and low[-1] in DESC_HEADS and (
            ((low[0] in DETERMINERS or _NUMBERISH.match(low[0])) and all(w.islower() for w in words[1:-1]))
            or (low[0] == "the" and len(words) >= 3
                and all(w in TITLE_CAPS or (w.isupper() and len(w) >= 2) for w in words[1:-1]))):
        # "the Minister wrote", "the embattled PM said": the role, capitalised in house style
        # or abbreviated, of someone named before ("a senior opposition MP says": of someone
        # unnamed; "33 MPs say": a count of them; "the CENTCOM Commander added": a body's acronym
        # and the role, no one's name)
        return Mention(text, start, end, "descriptor", head=low[-1])
    if len(name_words) == 1 and name_words[0] in TITLE_CAPS and not name_words[0].isupper():
        if re.search(r"(?:ic|an|ish|ese|i)$", name_words[0]):
            return None  # "Democratic", "Republican", "Israeli": an adjective, not a speaker
        return Mention(text, start, end, "org")
    if len(name_words) == 1 and name_words[0].isupper() and len(name_words[0]) <= 5:
        return Mention(text, start, end, "org")
    if not name_words:
        return None
    if low[0] in ("a", "an") and len(words) == 2:
        return None  # "a Facebook (post)": a noun phrase, not a person
    name = " ".join(w.strip("[]") for w in name_words)
    return Mention(text, start, end, "name", name=name, head=None)


# ------------------------------------------------------------- name index

_SUFFIXES = ("jr", "sr")


def _without_suffix(toks: list[str]) -> list[str]:
    """A normalised name's words without a closing "Jr"/"Sr"."""
    return toks[:-1] if len(toks) > 2 and toks[-1] in _SUFFIXES else toks


# the lower-case words a run of capitalised name words may hold ("Faisal bin Farhan", "Ursula von der Leyen")
# (two-word particles first, so that the alternation takes them whole)
RUN_PARTICLES = ("von der", "van der", "van den", "de la",
                 "al", "el", "bin", "bint", "ben", "abu", "ibn", "de", "van", "von", "da")
_PARTICLE_ALT = "|".join(RUN_PARTICLES)


def _particles_after_first_letter() -> str:
    """RUN_PARTICLES grouped by first letter, each group behind a look-back at that letter (which
    is matched already): "(?<=v)(?:on der|an der|...)|(?<=d)(?:e la|e|a)|..." - in each group
    the particles of that letter in their order."""
    groups: dict[str, list[str]] = {}
    for p in RUN_PARTICLES:
        groups.setdefault(p[0], []).append(re.escape(p[1:]))
    return "|".join(f"(?<={c})(?:{'|'.join(rest)})" for c, rest in groups.items())


# A run's first word, a capital's word or a particle, is matched from its first letter on, and
# the look-behind that says a word starts there is tested after that letter (and the rest of the
# word chosen by it): the same matches as with the look-behind first, but the scan skips from
# one capital or particle letter to the next instead of trying every position.  (The capital's
# word is taken whole, "*+": white space follows it, never a letter a shorter one would leave.)
_RUN_FIRST_LETTERS = "A-Z" + "".join(dict.fromkeys(p[0] for p in RUN_PARTICLES))
NAME_RUN = re.compile(
    rf"[{_RUN_FIRST_LETTERS}](?<![\w\u2019'-].)(?:(?<=[A-Z])[\w\u00c0-\u024f\u2019'.-]*+"
    rf"|(?:{_particles_after_first_letter()})(?:-[A-Z][\w-]*)?(?![\w-]))"
    rf"(?:[ \t\u00a0]+(?:[A-Z][\w\u00c0-\u024f\u2019'.-]*|(?:{_PARTICLE_ALT})(?![\w-])"
    r"|al-[A-Z][\w-]*|el-[A-Z][\w-]*))+(?:,[ \t]+(?:Jr|Sr)\.?(?![\w-]))?")


# "Minister of State at the Ministry of ": capitalised words, then links of "of/for/at/to
# [the] <Capitalised words>", ending where a run of title words and a name begins.
_OFFICE_CHAIN = re.compile(r"(?<![\w\u2019'-])((?:[A-Z][\w\u2019.-]*[ \t]+)*?[A-Z][\w\u2019.-]*)"
                           r"(?:[ \t]+(?:of|for|at|to)(?:[ \t]+the)?(?:[ \t]+[A-Z][\w\u2019.-]*)*)+[ \t]+$")

# a spokeswoman or spokesperson holds the role a "spokesman" names
SPOKES = {"spokeswoman": "spokesman", "spokesperson": "spokesman"}

_KIN_WORDS = "mother|father|wife|husband|son|daughter|brother|sister|widow|grandmother|grandfather"
_KIN_GIVEN = re.compile(rf"\b([A-Z][\w-]+)[\u2019']s\s+(?:{_KIN_WORDS})\s+([A-Z][a-z][\w-]*)\b(?![\u2019']|\s+[A-Z]|-)")
# What every _KIN_GIVEN match holds, opening on its apostrophe: searched for quickly, so the
# pattern (which opens on a capitalised word) runs only on the few articles that have one.
_KIN_GIVEN_HINT = re.compile(rf"[\u2019']s\s+(?:{_KIN_WORDS})\s+[A-Z]")


# First parts of a hyphenated surname that belong to the name after them ("Ben-Gvir", "Al-Hayya")
_NAME_PARTICLES = frozenset("al el abu ben bin ibn abd abdel abdul bani beni bar bnei".split())


# "Abdullah bin Zayed", "Faisal bin Farhan": the link word of a given name and a patronymic
_PATRONYMIC = frozenset({"bin", "ibn", "bint", "ben"})
# the number of a regnal name ("Leo XIV", "Abdullah II")
_REGNAL_NUMBER = re.compile(r"[IVX]{1,5}")
# a title whose object the next capitalised run opens with: "Envoy to the Middle East Steve Witkoff"
_TITLE_TO_THE = re.compile(r"\b([A-Z][a-z]+)\s+(?:to|for)\s+the\s+$")
# the same title further back, its object a chain of capitalised words and links: "Special
# Representative of the Secretary-General on Sexual Violence in | Conflict Pramila Patten"
_TITLE_CHAIN_BEFORE = re.compile(r"([A-Z][\w.\u2019-]*)((?:[ \t]+(?:of|for|on|in|to|at|the|and|[A-Z][\w.\u2019-]*))*?)"
                                 r"[ \t]+(?:on|in)[ \t]+(?:the[ \t]+)?$")


def _title_object_before(body: str, start: int) -> bool:
    """The run at `start` opens with a title's object: "Envoy to the | Middle East Steve Witkoff",
    "Representative ... on Sexual Violence in | Conflict Pramila Patten" (a title word opens
    the chain of capitalised words and links before it)."""
    tm = _TITLE_TO_THE.search(body, max(0, start - 40), start)
    if tm and tm.group(1) in TITLE_CAPS:
        return True
    lo = max(0, start - 120)
    for cm in _TITLE_CHAIN_BEFORE.finditer(body, lo, start):
        words = [cm.group(1)] + cm.group(2).split()
        return any(w in TITLE_CAPS for w in words if w[:1].isupper())
    return False


def _object_cut(words: list[str]) -> int:
    """Where the name starts in a run a title's object opens ("Special Envoy to the | Middle
    East Steve Witkoff"): its last two words, with a particle and the word before it ("bin
    Farhan")."""
    k = len(words) - 2
    while k > 1 and (words[k].lower() in RUN_PARTICLES or words[k - 1].lower() in RUN_PARTICLES):
        k -= 1
    return k


def _barrel_cut(full: str, name: str) -> bool:
    """"Polin" is not "Hersh Goldberg-Polin": the name leaves out the first part of a double-barrelled
    surname in the full form (one written with a hyphen between two capitalised names), so it
    names someone else of the family ("Jon Polin"); "Gvir" still ends "Itamar Ben-Gvir"."""
    last = full.split()[-1]
    if "-" not in last:
        return False
    first, _, _ = last.partition("-")
    return first[:1].isupper() and norm(first) not in _NAME_PARTICLES and \
        norm(first) not in norm(name).split()


# "Moshe Or, the brother of Avinatan Or": a stop word that is also a surname, written after a
# given name and before punctuation or a lower-case word (title-case lines, "Peace Or War",
# are no names)
_STOP_AS_SURNAME = re.compile(r"(?<![\w\u2019'.-])([A-Z][a-z]+) (Or|Even|Still|Just)(?=[,.)\u2014\u2013]|\s+[a-z])")
# What every _STOP_AS_SURNAME match holds, opening on its space: searched for first, so the
# pattern (which opens on a capitalised word) runs only on the few articles that have one.
_STOP_AS_SURNAME_HINT = re.compile(r" (?:Or|Even|Still|Just)(?=[,.)\u2014\u2013]|\s+[a-z])")


@contextmanager
def article_surnames(prose: str):
    """Read one article with the stop words that its prose writes as surnames ("Moshe Or")
    counted as names, so that "Or said" and "Or continued" have a speaker."""
    found = frozenset(m.group(2) for m in (_STOP_AS_SURNAME.finditer(prose) if _STOP_AS_SURNAME_HINT.search(prose)
                                           else ())
                      if m.group(1) not in STOP_CAPS and m.group(1) not in TITLE_CAPS)
    token = _SURNAMES_HERE.set(found)
    try:
        yield found
    finally:
        _SURNAMES_HERE.reset(token)


# "Brothers David and Ariel Roe": kin in the plural before names is no title of one person
_KIN_PLURALS = frozenset({"Brothers", "Sisters", "Parents", "Siblings", "Twins", "Cousins", "Spouses",
                          "Grandparents", "Sons", "Daughters"})
_KIN_CUE = re.compile(r"\b(?:brothers?|sisters?|parents|siblings|twins|cousins|couple|spouses|husband|wife|"
                     r"mother|father|sons?|daughters?|grandparents|family|families)\b", re.I)
# given names listed before one surname: "David and Ariel Roe", "Anna, Dov and Leah Berg"
# (the first capital is matched before the look-behind, so that the scan skips to capitals)
# (its given names taken whole, "++": a comma or white space follows each)
_GIVEN_LIST = re.compile(r"([A-Z](?<![\w\u2019'.-][A-Z])[a-z]++(?:,\s+[A-Z][a-z]++)*,?\s+and)\s+"
                         r"[A-Z][a-z]+\s+([A-Z][\w\u2019'-]+)(?![\w\u2019'-]|\s+[A-Z])")
# What every _GIVEN_LIST match holds from its "and" on: searched for first, as _KIN_GIVEN_HINT is.
_GIVEN_LIST_HINT = re.compile(r"and\s+[A-Z][a-z]+\s+[A-Z]")


class NameIndex:
    """Full names written in an article, for turning "Smotrich" into "Bezalel Smotrich"."""

    def __init__(self, body: str, actors: Actors | None, masked: str | None = None, to_text=None):
        """`masked` is `body` with quoted words blanked: a name written only inside a quote
        ("working Crooked Hillary Clinton") is the speaker's wording, used as a full form
        only when the article's own prose has none.  `to_text` maps an offset in `body` to
        the article's, so positions compare with those of mentions."""
        self.actors = actors
        self._to_text = to_text or (lambda p: p)
        self._body_at: dict[int, int] = {}  # article offset -> body offset, of each entry
        self.full: list[tuple[int, str]] = []  # (position in the article, name)
        self._quoted: set[int] = set()  # indexes into `full` of names inside quotes
        # title words written before each full name ("Caretaker Prime Minister Najib Mikati"),
        # by name: (article position, words), so that a later "the PM" can mean its holder
        self._titles: dict[str, list[tuple[int, frozenset[str]]]] = {}
        self._masked = masked
        self._body = body
        self._pending: list[tuple[int, list[str]]] | None = []
        for m in NAME_RUN.finditer(body):
            words = m.group(0).replace(",", "").split()  # "Ferdinand Marcos, Jr."
            # a closing quotation mark ends a name ("Terrorist.’ President Obama")
            for q, w in enumerate(words):
                if ("’" in w or "'" in w) and _QUOTE_IN_WORD.search(w) and not _possessive(w):
                    words = words[q + 1:]
                    break
            # a full stop that is not an initial or abbreviation ends the name, and the words
            # after it are a run of their own ("... on Thursday. Jonathan Roe, father of ...")
            start = m.start()
            while True:
                q = next((q for q, w in enumerate(words) if w.endswith(".") and not _KEEP_DOT.match(w)), None)
                if q is None:
                    self._add(start, words)
                    break
                self._add(start, words[:q] + [words[q].rstrip(".")])
                words = words[q + 1:]
                if len(words) < 2:
                    break
                start = body.find(words[0], start)

        # a run a title's object may open ("Envoy to the Middle East Steve Witkoff") is cut to its
        # last words unless the article names someone else of that surname in full ("Tor Roe"
        # for "Coordinator for the Middle East Peace Process Roe"): then "Process" is no given name
        pending, self._pending = self._pending, None
        for start, words in pending:
            tail = words[_object_cut(words):]
            self._add(start, words, cut=not any(f.split()[-1] == tail[-1] and f.split() != tail for _, f in self.full))
        self._given_lists(body)
        for km in (_KIN_GIVEN.finditer(body) if _KIN_GIVEN_HINT.search(body) else ()):
            # "Gvili's mother Talik": Talik Gvili, as a family shares its surname (but not "Nimrod's
            # brother Yotam" where the article wrote "whose son Nimrod" or "Nimrod Cohen": a given name)
            owner = re.escape(km.group(1))
            if re.search(rf"\b(?:{_KIN_WORDS}|grandson|granddaughter|nephew|niece|cousin)\s+(?:[\w-]+\s+){{0,2}}?"
                         rf"{owner}\b(?![\u2019'])|\b{owner}\s+[A-Z][a-z]", body):
                continue
            self._append(km.start(2), f"{km.group(2)} {km.group(1)}")

    def _given_lists(self, body: str) -> None:
        """"Brothers David and Ariel Roe", "Anna, Dov and Leah Berg": given names listed before
        one surname share it, so a later "David added" is David Roe.  Not a word the article
        uses in a full name of its own ("Smith and Jane Doe" where it wrote "John Smith"), nor a
        listed actor, country or title."""
        actors = self.actors
        words_in_names = None
        for lm in (_GIVEN_LIST.finditer(body) if _GIVEN_LIST_HINT.search(body) else ()):
            surname = lm.group(2)
            if surname in STOP_CAPS or surname in ORG_HEADS or surname in TITLE_CAPS or not _KIN_CUE.search(
                    body, max(0, lm.start() - 40), min(len(body), lm.end() + 60)):
                continue  # (only where the sentence says they are kin: "Obama and Hillary Clinton" are not)
            if words_in_names is None:
                words_in_names = {w for _, f in self.full for w in f.split()}
            for gm in re.finditer(r"[A-Z][a-z]+", lm.group(1)):
                given = gm.group(0)
                if given in words_in_names or given in STOP_CAPS or given in TITLE_CAPS or given in _KIN_PLURALS \
                        or (actors is not None and (actors.is_country(given) or actors.find(given))):
                    continue
                self._append(lm.start(1) + gm.start(), f"{given} {surname}")

    def _add(self, start: int, words: list[str], cut: bool = True) -> None:
        """Register one run of capitalised words as a full name, once titles, stop words and
        a possessive's tail are taken off."""
        # strip titles, articles and sentence-start stop words from the front ("The McKinley family")
        actors = self.actors
        run = words

        def listed(ws: list[str]) -> bool:
            """A listed person's name that opens with a place ("Israel Katz"), or with a title
            without which it is one name ("Pope Francis", "Pope Leo XIV"): not a title."""
            return actors is not None and (actors.is_country(ws[0]) or ws[0] in TITLE_CAPS and sum(
                not _REGNAL_NUMBER.fullmatch(w) for w in ws[1:]) == 1) and actors.is_person_name(ws)

        p = 0
        while p < len(words) and (words[p] in STOP_CAPS or words[p] in ("The", "A", "An") or _front_title(words[p:])
                                  or words[p] in _KIN_PLURALS
                                  or p > 0 and words[p] in _PLACE_SECOND_WORDS) \
                and not (len(words) - p >= 2 and listed(words[p:])):  # ("Gaza City Karim Roe": no "City")
            p += 1
        title = [w for w in words[:p] if w not in STOP_CAPS and w not in ("The", "A", "An") and not _possessive(w)]
        words = words[p:]
        if actors is not None and 3 <= len(words) <= 10:
            # "Ambassador to the United Nations Danon": a listed body's name ends the title
            for q in range(len(words) - 2, 0, -1):
                body = actors.find(" ".join(words[:q + 1]))
                if body is not None and body.kind == "organisation" and not listed(words[q + 1:]):
                    title += words[:q + 1]
                    words = words[q + 1:]
                    break
        if cut and len(words) >= 3 and _title_object_before(self._body, start) \
                and not (actors is not None and actors.is_person_name(words)):
            if self._pending is not None:
                self._pending.append((start, run))  # (decided once every other run is read)
                return
            k = _object_cut(words)
            title += words[:k]
            words = words[k:]
        for q in range(len(words) - 2, -1, -1):
            if (words[q] in TITLE_CAPS or words[q].rstrip(".") in TITLE_CAPS or _body_before_name(words, q)) \
                    and not listed(words[q:]):  # ("Defence Minister Israel Katz": "Israel" opens his name)
                title += words[:q + 1]
                words = words[q + 1:]
                break
        # a possessive ends the name: "Netanyahu's office"; the name it owns is a run of its
        # own ("Al Jazeera's Hamdah Salhut", "Israel's Benjamin Netanyahu")
        for q, w in enumerate(words):
            if _possessive(w):
                if len(words) - q - 1 >= 2:
                    self._add(max(start, self._body.find(words[q + 1], start)), words[q + 1:])
                words = words[:q + 1]
                words[-1] = strip_possessive(words[-1])
                break
        while words and (words[-1] in ORG_HEADS or words[-1] in STOP_CAPS):
            words = []
        if len(words) >= 2 and words[0][:1].isupper() and (
                len(words) <= 6 or len(words) <= 8 and any(w.lower() in _PATRONYMIC for w in words[1:-1])):
            # (an Arab name with its patronymics may have seven or eight words)
            at = self._body.find(words[0], start)  # past titles and stop words taken off the front
            at = at if at >= 0 else start
            if self._in_quote(at):
                self._quoted.add(len(self.full))
            name = " ".join(words).rstrip(".,")
            if title:
                title = self._office_before(start) + title
            said = frozenset(w.lower().rstrip(".") for w in title)
            if said and not said & _PAST_TITLE and not self._in_quote(at):
                self._titles.setdefault(name, []).append((self._to_text(at), said))
            self._append(at, name)

    def _office_before(self, start: int) -> list[str]:
        """The capitalised office a run of title words completes: "Minister of State at the
        Ministry of Foreign Affairs HE Dr. X" ends the run "Foreign Affairs HE Dr. X", whose
        holder a later "the Minister" means (the office opens with a title word)."""
        m = _OFFICE_CHAIN.search(self._body, max(0, start - 120), start)
        if m is None:
            return []
        head = m.group(1).split()
        return head if any(w in TITLE_CAPS for w in head) else []

    def _in_quote(self, b: int) -> bool:
        """The body offset `b` lies inside quoted words (blanked in the masked body)."""
        return self._masked is not None and self._masked[b:b + 1] == "\u00b7"

    def _append(self, start: int, name: str) -> None:
        at = self._to_text(start)
        self._body_at[at] = start
        self.full.append((at, name))

    def in_prose(self) -> list[tuple[int, str]]:
        """The full names the article's own prose writes (not a speaker's wording inside a quote:
        "the Brother Ahmed Aboul Gheit")."""
        return [entry for i, entry in enumerate(self.full) if i not in self._quoted]

    def titles_before(self, name: str, pos: int) -> frozenset[str]:
        """The title words the article wrote before `name` ahead of `pos`, lower-cased
        ("caretaker", "prime", "minister"); none from a past office ("Former President X")."""
        return frozenset().union(*(t for p, t in self._titles.get(name, ()) if p < pos))

    def holders_of(self, words: set[str], pos: int) -> list[tuple[int, str]]:
        """The names written before `pos` under title words that include all of `words`
        (normalised, as `norm` writes them; "spokeswoman" counts as "spokesman"), one entry
        per surname: the latest place each was so titled."""
        found: dict[str, tuple[int, str]] = {}
        for name, said in self._titles.items():
            for p, t in said:
                if p < pos and words <= {SPOKES.get(w, w) for w in norm(" ".join(t)).split()}:
                    found[name.split()[-1]] = max(found.get(name.split()[-1], (-1, "")), (p, name))
        return list(found.values())

    def opens_sentence(self, p: int) -> bool:
        """The name at `p` (a position in `full`) starts a sentence or paragraph of the prose
        (not a quote's, not after an initial or "C.E.O."): a subject."""
        b = self._body_at.get(p, 0)
        if self._in_quote(b):
            return False
        if re.search(r"(?:^|(?<![A-Z])[.!?:]\s+|\n\s*)$", self._body[max(0, b - 4):b]):
            return True
        # after a dateline, which the masked body blanks ("MILWAUKEE—Ronen Roe sat ...")
        return self._masked is not None and re.search(r"(?:^|\n) {2,}$", self._masked[max(0, b - 80):b]) is not None

    def by_given_name(self, name: str) -> str:
        """The one two- or three-word name written anywhere in the article that starts with the
        single word `name`, when no name ends with it (a person called by the first of two names:
        "Prabowo" for Prabowo Subianto; a resident by her given name, "Hiyam" for Hiyam Issa
        Karsou; a surname written first in capitals, "Hayashi" for
        HAYASHI Yoshimasa; "Sheikh Abdullah" for Abdullah bin Zayed, "Prince Faisal" for Faisal
        Bin Farhan Bin Abdullah, "Sheikh Meshal" for Meshal Al Ahmad Al Sabah: a given name and
        its patronymics or family); else `name` itself."""
        given = {f for _, f in self.full if f.split()[0].lower() == name.lower() and (
            len(f.split()) in (2, 3) or (len(f.split()) >= 3 and f.split()[1].lower() in _PATRONYMIC | {"al", "el"}))}
        if len(given) == 1 and not any(f.split()[-1] == name for _, f in self.full):
            return given.pop()
        return name

    def misspelt(self, name: str) -> str:
        """The one full name in the article whose surname is `name` written one letter wrong
        ("Vence argued" in an article that names J.D. Vance, "Wikoff" for Steve Witkoff); else
        `name`.  Only surnames of five letters or more, with the same first letter, so that
        "Cohn" never becomes "Cohen"."""
        if len(name) < 5 or not name[:1].isupper():
            return name
        low = name.lower()
        found = {f for _, f in self.full
                 if len(last := f.split()[-1]) >= 5 and last[0] == name[0] and OSA.distance(last.lower(), low) == 1}
        return found.pop() if len(found) == 1 else name

    def fullest(self, name: str, pos: int) -> str:
        """The longest name in the article that ends like `name`, preferring earlier ones."""
        toks = norm(name).split()
        if not toks:
            return name
        best, best_key = name, (0, 0, 0, 0)
        if not hasattr(self, "_counts"):
            self._counts: dict[str, int] = {}
            for _, full in self.full:
                self._counts[full] = self._counts.get(full, 0) + 1
            # ("Ferdinand Marcos Jr" ends like "Marcos": a suffix is compared without)
            words = [norm(full).split() for _, full in self.full]
            self._norm = [_without_suffix(ws) for ws in words]
            self._suffixed = {i for i, ws in enumerate(words) if ws[-1:] and ws[-1] in _SUFFIXES}
            # the names by their last word, in order: a name ends like `name` only if its last word is name's
            self._by_last: dict[str, list[int]] = {}
            for i, ft in enumerate(self._norm):
                if ft:
                    self._by_last.setdefault(ft[-1], []).append(i)
        counts = self._counts
        suffixed = len(toks) >= 2 and toks[-1] in _SUFFIXES
        if suffixed:
            toks = toks[:-1]  # "Marcos Jr": a suffixed name of the article ending in "Marcos"
        same_last = self._by_last.get(toks[-1], ())
        found = [i for i in same_last
                 if (len(self._norm[i]) > len(toks) or (i in self._suffixed and len(self._norm[i]) == len(toks)))
                 and self._norm[i][-len(toks):] == toks and not _barrel_cut(self.full[i][1], name)
                 and (not suffixed or i in self._suffixed)]
        if self._suffixed and found and not suffixed:
            # "Donald Trump Jr" is not "Donald Trump" where the article writes both
            plain = {tuple(self._norm[i]) for i in same_last if i not in self._suffixed}
            found = [i for i in found if i not in self._suffixed or tuple(self._norm[i]) not in plain]
        cands = [(self.full[i][0], self.full[i][1], self._norm[i]) for i in found]
        if self._quoted:
            # a quoted form counts only when the prose never writes this name out in full
            prose = [i for i in same_last if i not in self._quoted and self._norm[i][-len(toks):] == toks]
            if prose:
                keep = {self.full[i][1] for i in prose}
                cands = [c for c in cands if c[1] in keep]
        if cands:
            longest = max(cands, key=lambda c: len(c[2]))[2]
            nested = all(longest[-len(c[2]):] == c[2] for c in cands)
            for p, full, ft in cands:
                before = 1 if p <= pos else 0
                if nested:
                    # "Hillary Clinton" and a one-off "Rival Hillary Clinton": the usual form wins
                    key = (before, counts[full], len(ft) if len(ft) <= 5 else 0, -abs(pos - p))
                else:
                    # "Tal Idan" and "Avigail Idan": different people, the nearest earlier one
                    key = (before, -abs(pos - p) if before else -p, counts[full], 0)
                if key > best_key:
                    best, best_key = full, key
        if best == name and self.actors is not None and len(toks) == 1:
            # "Naim" alone: a full name elsewhere in the article via the actors file.
            actor = self.actors.find(name)
            if actor and actor.kind == "person":
                for p, full in self.full:
                    if self.actors.find(full) is actor:
                        return full
        return best
