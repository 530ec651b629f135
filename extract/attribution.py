"""Who said it: reporting-verb events and the assignment of quotes to them.

An *event* is a reporting verb in the prose with its speaker mention ("X
said", "said X", "according to X", "X's statement").  Events are found on the
masked text (quoted words hidden), resolved in document order so pronouns and
"the official" can point back to earlier speakers, and then each quote takes
the event that governs it: right after it, earlier in its sentence, later in
its sentence, a colon lead-in, or its neighbouring quote's speaker.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from extract.actors import _LEADING_THE, Actor, Actors, norm
from extract.datafile import read_toml
from extract.dates import ISSUE_VERBS, WEEKDAY, WEEKDAYS
from extract.outlets import LISTED as _LISTED_OUTLETS, is_outlet
from extract.sentences import DECK_END
from extract.speakers import (ADVERBS_AFTER_SUBJECT, OPENING_PREPOSITIONS, ORG_HEADS, is_body_name, DESC_HEADS, DESC_WORDS, DISCOURSE, DETERMINERS, EVIDENCE_HEADS, INSTITUTION_NOUNS, ORG_DESCRIPTORS, PLURAL_HEADS, POSSESSIVE,
                              RELATION_HEADS, RUN_PARTICLES, SPOKES,
                              OTHERS_COUNT, STOP_CAPS, TIME_CAPS, TITLE_CAPS, Mention, NameIndex, classify, head_says_little, np_after, np_before,
                              SOURCE_QUALIFIER, TITLE_ABBREVIATIONS, _QUALIFIER_END, _PAST_TITLE, strip_possessive, _possessive,
                              _tokens, _TRAILING_NAME)

_VERBS = read_toml(Path(__file__).parent / "data" / "reporting_verbs.toml")
# Reporting verbs (extract/data/reporting_verbs.toml): every word that can make a reporting event.
SAY_VERBS = set(_VERBS.get("say", ()))
# Verbs whose subject reliably is a speaker even with no quote nearby (reported speech).
REPORT_VERBS = set(_VERBS.get("report", ()))
# "“...,” Roe began.": verbs that attribute only right after a quote and its speaker
_AFTER_QUOTE_VERBS = frozenset(_VERBS.get("after_quote", ()))
# (or "“...?” Heba Sahloul’s aged mother sobbed": a named owner's kin)
_AFTER_QUOTE_BEFORE = re.compile(r"[,.!?\u2014-][\u201d\"\u2019']\s+(?:[A-Z][\w.\u2019'-]*\s+){1,4}(?:[a-z]+ly\s+)?$|"
                                 r"[,.!?\u2014-][\u201d\"\u2019']\s+(?:he|she|they|the\s+[a-z-]+(?:\s+[a-z-]+)?)\s+"
                                 r"(?:[a-z]+ly\s+)?$|"
                                 r"[,.!?\u2014-][\u201d\"\u2019']\s+(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[\u2019']s\s+"
                                 r"(?:[a-z-]+\s+){1,2}(?:[a-z]+ly\s+)?$")
# ... or where a phrase of the occasion follows ("“...,” Witkoff shared in the interview")
_AFTER_QUOTE_PP = re.compile(r"\s+(?:in|on|at|with|during|to|from)\s")
_COLON_QUOTE = re.compile(r":\s*[\u201c\"\u2018]")
# Verbs whose "for ..." or object states no content of their own (reported.CONTENT_VERBS).
NO_CONTENT_VERBS = frozenset(_VERBS.get("no_content", ()))
# Speech-act verbs whose subject goes on speaking in a quoted sentence that follows.
FLOATING_VERBS = frozenset(_VERBS.get("floating", ()))
# words of a paragraph that introduces someone's words without a verb of saying ("X discussed
# the deal.", "Speaking at a press conference, X derided ...") before a paragraph of quote
QUOTE_LEAD_WORDS = frozenset(_VERBS.get("quote_lead", ()))
_STANCE = read_toml(Path(__file__).parent / "data" / "stance_verbs.toml")
# Belief, intention and stance verbs (extract/data/stance_verbs.toml) that are not reporting
# verbs: an event only with a clausal complement ("worry that ...", "plans to ...").
STANCE_THAT = frozenset(_STANCE.get("that", ()))
STANCE_TO = frozenset(_STANCE.get("to", ()))
STANCE_OBJECT = frozenset(_STANCE.get("object", ()))
STANCE_VERBS = (STANCE_THAT | STANCE_TO | STANCE_OBJECT) - SAY_VERBS
_STANCE_OBJECT_NEXT = re.compile(r"\s+(?:[a-z]+ing\s|(?:a|an|the|more|new|his|her|its|their|any|all)\s|"
                                 r"(?!The\b|A\b|An\b|On\b|In\b)[A-Z][\w\u2019'-]+)")
_STANCE_NEXT = re.compile(r"\s+(?:(?:all|also|still|now|again|not)\s+)?(?:that\s+\w|to\s+[a-z])")
# what can "read" words: "the statement read", "“...,” read a letter from X"
_READ_DOCUMENTS = (r"\b(?:statement|letter|post|message|tweet|release|text|note|article|report|editorial|"
                   r"story|memo|email|e-mail|document|ad|advert|sign|banner|headline|caption|petition|"
                   r"resolution|order|ruling|complaint|filing|communique|communiqu\u00e9|draft|proposal|"
                   r"agreement|leaflet|placard|notice|declaration)")
# heads of which "one official" is one of a group named just before ("Israeli officials")
_MEMBER_HEADS = frozenset({"official", "source", "diplomat", "minister", "negotiator", "lawmaker", "aide"})
# the joint before a list's last name, a name alone, and a role opening a list ("Hostage
# survivors Iair Horn")
_LIST_JOIN = re.compile(r"\s*(?:[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*){0,3}\s+)?(?:and|or|&)\s*")
_NAME_ONLY = re.compile(r"\s*[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*){0,3}\s*")
_ROLE_THEN_NAME = re.compile(r"\s*(.*?\b[a-z][\w-]*)\s+[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*){0,3}\s*")
# a capitalised name, its past-tense verb and its object, then "to" (the last such stretch)
_NAMED_VERB_BEFORE_TO = re.compile(r"[A-Z][\w\u2019'-]*(\s+)(?:\w+ly\s+)?([a-z]+ed)\s[^,;:\u00b7]{0,80}?\bto\s+$")
# a reporting verb and a participle hanging on it: ", he said, explaining", "he said on Monday, adding"
_SAID_THEN_PARTICIPLE = re.compile(r"(?:\s+(?:on|last|this|late|early)?\s*\w*day)?\s*,\s*(?:while\s+|also\s+|and\s+)*")
# nothing but a rank or honorific between an appositive's comma and the name ("Lt Gen", "Dr.")
_RANKS_ONLY = re.compile(r"\s*(?:[A-Z][a-z]{0,4}\.?\s+){0,3}")
# Verbs that may come before their subject after a quote ("“...,” said X", "“...?” asks X").
_INVERTIBLE = frozenset(_VERBS.get("inverted", ()))
# Verbs whose object is the person addressed: after them a that-clause, an infinitive or a
# question shows the phrase is the addressee ("told the court that", "urged Israel to"), never
# an inverted speaker
_ADDRESSING = frozenset({"told", "tells", "urged", "urges", "asked", "asks"})
# A subject that is spoken to, not speaking: "X has been urged to", "X was asked whether"
_ADDRESSED_PASSIVE = re.compile(r"(?:\s*\([^()\n]{1,30}\))?,?\s+(?:\w+ly\s+)?(?:is|are|was|were|has\s+been|have\s+been|"
                                r"had\s+been|is\s+being|was\s+being|will\s+be)\s+(?:\w+ly\s+)?(?:urged|asked|told|"
                                r"pressed|pressured|called\s+on|called\s+upon|advised|implored|begged|encouraged|"
                                r"instructed|ordered|warned|accused|blamed)\b")
_ADDRESSEE_COMPLEMENT = re.compile(r"\s*(?:that|to\s+[a-z]+|whether|if|how|why|what|when)\b")


# Patterns that _read_party_of_text, _party_from_other_mentions, _bound_pronoun and
# _bare_np_subject apply to each description, name or verb they read, compiled once.
# What ends the part of a description that gives a side: a relative clause, a participle, a time clause
_RELATIVE_OR_PARTICIPLE = re.compile(r"\b(?:who|which|that|whose|after|by|when|while|reporting|speaking|writing|"
                                     r"addressing|held|released|freed|kidnapped|abducted|taken|captured)\b")
# a place after a preposition, unless a body's head noun follows ("in Gaza", not "in the Hamas movement")
_PLACE_PHRASE = re.compile(r"\b(?:in|from|at|near|outside|inside)\s+(?:the\s+)?(?:[A-Z][\w\u2019'-]*\b\s*)+"
                           r"(?!\s*(?:[a-z]+\s+){0,2}(?:group|movement|government|ministry|authority|army|military|"
                           r"forces|delegation|team|leadership|cabinet|office|embassy|mission))")
_IN_FROM_INSIDE = re.compile(r"(?:in|from|inside)\s")
_PUNCTUATION_KEPT = re.compile(r"([.,;:!?()\u201c\u201d\"\n])")  # (split on, and kept as pieces)
# between a say-verb and the pronoun of the clause it opens: "told reporters that he"
_ADDRESSEE_GAP = re.compile(r"(?:\s+(?:reporters|journalists|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}|him|her|them|us))?"
                            r"\s*,?\s*(?:that\s+)?")
_MODAL_OR_TO = re.compile(r"\b(?:would|could|will|may|might|should|can|must|to)\b")


def _by_first_letter(words: list[str]) -> str:
    """`"|".join(words)` with the words grouped by their first letter, in order ("also|again|has"
    becomes "a(?:lso|gain)|h(?:as)"): the same matches, but at each position only the words of
    its letter are tried, not all of them one by one."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in groups.items())


def _at_word_start(words: list[str]) -> str:
    """`\\b(?:w1|w2|...)` for words (pattern source) that open on a letter, grouped by that
    letter with the word boundary tested behind it ("the|that" becomes "t(?<!\\wt)(?:he|hat)"):
    the same matches, but a pattern opening on it names the letters a match can start with,
    and the scan skips to them (a pattern opening on \\b is tried at every position).  Not for
    case-insensitive patterns, whose letters name no such set."""
    groups: dict[str, list[str]] = {}
    for w in words:
        assert w[:1].isalpha(), w
        groups.setdefault(w[0], []).append(w[1:])
    return "(?:" + "|".join(f"{c}(?<!\\w{c})(?:{'|'.join(rest)})" for c, rest in groups.items()) + ")"


# Auxiliaries and adverbs between a subject and its verb ("X has also repeatedly said").
_AUX_WORDS = """also has have had was were is are would will could can may might must should did does do
then now meanwhile instead however therefore too together jointly later
previously earlier again repeatedly publicly separately strongly firmly reportedly just
recently further once even still already been not never only personally privately flatly quickly
explicitly specifically angrily bluntly clearly simply often frequently long since subsequently
initially first finally repeatedly openly formally officially directly immediately swiftly widely
famously once twice quietly loudly emphatically categorically vehemently sharply harshly
reiterated generally usually always today yesterday tonight""".split()


_AUX_TAIL = re.compile(
    r"(?:\s*,?\s*\b(?:" + _by_first_letter(_AUX_WORDS) + r"|in turn|in\s+particular|for\s+(?:example|instance)|like\s+[A-Z][\w.-]+|"
    r"in\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|post|speech|video|letter|"
    r"message|briefing)|"
    rf"(?:(?:late|early)\s+)?on\s+{WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?|"
    rf"{WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?|last\s+\w+|this\s+week|"
    r"this\s+(?:month|morning|afternoon|evening)|on\s+\d{1,2}\s+\w+|earlier\s+this\s+\w+|"
    r"(?!(?:family|ally|assembly|rally|supply|daily|weekly|monthly|anomaly|monopoly|reply|fly|belly|bully|"
    r"italy|july|lily|holly|kelly|emily|molly|sally|billy|willy|polly)\b)[a-z]{3,}ly)\b|"
    # a date in brackets after the time: "on Monday (Sep 15)"
    r"\s*\((?:[A-Z][a-z]{2}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}|local\s+time)\))+\s*$")
# The last words an _AUX_TAIL item can end on, and the words after which any last word can:
# most sentences so far ("... said Mr. Roe") end on neither, and skip the end-anchored pattern.
_AUX_FINAL = frozenset(_AUX_WORDS) | {"turn", "particular", "example", "instance", "statement", "interview", "post",
                                      "speech", "video", "letter", "message", "briefing", "morning", "afternoon",
                                      "evening", "night", "week", "month"} | frozenset(WEEKDAYS)
_AUX_FREE_AFTER = frozenset({"last", "like", "this", "on"})
_DASH_ATTR = re.compile(r"[\u201d\"\u2019]\s*(?:[\u2014\u2013\u2015]|--?)\s*(?=[A-Z])")
_COLON_SPEAKER = re.compile(
    r"[\"\u201c]?((?:[A-Z][A-Z.'\u2019-]+)(?:\s+[A-Z][A-Z.'\u2019-]+){0,2}|[A-Z][a-z]+(?:\s+[A-Z][\w.'-]+){1,2}):\s+")
_PLACE_ABBR = re.compile(
    r"^(?:[RDI]-[A-Z][\w.]*|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|"
    r"Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|N\.[A-Z]|[A-Z]\.[A-Z]|W\.Va)\.?$")
# A URL, handle or code in a "name" ("PfASkm7vah"). Only whether one occurs is asked, so the
# letters that may precede a digit are left out (a pattern opening on them is retried from each).
_JUNK_NAME = re.compile(r"\d[A-Za-z\d]*[A-Za-z]|[a-z][A-Z][a-z]*[A-Z]|https?:|www\.|@|#|\.com\b")
# Past tenses without -ed that open a clause after its subject ("X recently spent nine days there, ...")
_IRREGULAR_PAST = (r"(?:gave|made|took|held|met|sent|spoke|wrote|went|came|told|said|spent|left|led|kept|saw|brought|"
                   r"felt|won|lost|paid|put|set|struck|became|began|flew|fled|ran|stood|sat|built|bought|sought|"
                   r"fought|heard|knew|grew|drew|threw|chose|rose|fell|shook|broke|drove|got|found|sang|beamed)")
_GLOSS_PARTICIPLES = {"suggesting", "indicating", "showing", "signalling", "signaling", "highlighting",
                      "underscoring", "reflecting", "meaning", "hinting", "revealing"}
_SIDELESS_HEADS = {"source", "sources", "person", "people", "diplomat", "diplomats", "insider", "insiders",
                   "participant", "participants", "someone", "expert", "experts", "analyst", "analysts",
                   "observer", "observers", "witness", "witnesses", "resident", "residents", "journalist"}
_NOUN_LIKE = {"post", "posts", "report", "reports", "call", "calls", "demand", "demands", "claim", "claims",
              "answer", "reply", "echo", "promise", "pledge", "charge", "counter", "question", "estimate",
              "label", "signal", "tweet", "tweets", "note", "notes", "warning", "comment",
              "statement", "remark", "remarks", "show", "shows", "plans", "hopes", "fears", "finds", "cites",
              "questions", "answers", "replies", "promises", "pledges", "warnings", "estimates", "charges",
              "echoes", "signals", "comments", "demands", "calls", "claims", "reports", "notes", "counters"}
_VERB_BEFORE_CLAUSE = {"estimates", "plans", "hopes", "fears", "finds", "shows", "cites", "signals", "demands",
                       "warnings", "questions"}
_OBJECT_VERBS = {"add", "adds", "added", "call", "calls", "called", "show", "shows", "showed", "find", "finds", "found",
                 "plans", "wants", "expects", "hopes", "reveals", "revealed", "cites", "cited", "describes", "described",
                 "expressed", "expresses", "echo", "echoes", "echoed", "mentioned", "mentions", "questioned", "questions"}
_TO_VERBS = {"plans", "plan", "planned", "wants", "want", "wanted", "hopes", "hope", "hoped", "promised", "promises",
             "pledged", "pledges", "vowed", "vows", "agreed", "agrees", "urged", "urges", "asked", "asks", "expects",
             "threatened", "threatens", "refused", "refuses", "declined", "declines", "intends", "demanded"}
_ROLE_GENDER = re.compile(r"\b(?:(?P<f>first lady|wife|mother|daughter|sister|mrs|ms|woman|actress|\w+woman|queen|"
                          r"princess|widow)|(?:husband|father|son|brother|mr|man|\w+man|king|prince|widower))\b")
_KIN = r"(?:wife|husband|son|daughter|brother|sister|mother|father|first lady|widow|widower|spouse|cousin|" \
       r"nephew|niece|grandson|granddaughter|grandmother|grandfather|uncle|aunt|step(?:mother|father|son|daughter)|" \
       r"[a-z]+-in-law)"
# ", " after a role, or after the body it serves ("head of the National Security Council (NSC), ")
_ROLE_PP_COMMA = re.compile(r"(?:\s+(?:of|for|at|to)\s+[^,;:.\u201c\u201d\"]{1,80}?)?,\s+")
# "the words of X who said": a verb in a relative clause on an object of a preposition
_WHO_BEFORE_VERB = re.compile(r",?\s*(?:who|which)\s+(?:[a-z]+\s+){0,2}$")
_PREP_BEFORE = re.compile(r"\b(?:of|about|to|with|by|from|for|on|at)\s+(?:[\w\u2019'.-]+\s+){0,6}$")
# "Tom Cotton (R-AR)", "Tom Emmer (R., Minn.)", "Tim Walz (D)": the label US papers give a
# member of Congress or a governor - party initial, then the state
_US_PARTY_LABEL = re.compile(r"\s*\([RDI](?:\s*[-.,]+\s*[A-Z][A-Za-z.]*(?:\s[A-Z][a-z.]+)?)?\)")
# "his stepmother", "Ari's dad", "the mother of Ari Roe": someone's relative, not "a mother of five"
_KIN_OWNER = r"(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*[\u2019']s)\s+(?:[\w-]+\s+){0,2}?"
_KIN_OR_PARENT = rf"(?:{_KIN}|mom|dad|mum)"
_POSSESSED_KIN = re.compile(rf"\s*(?:{_KIN_OWNER}(?:{_KIN_OR_PARENT}|parents)\b|(?:the\s+)?{_KIN}\s+of\s+[A-Z])")
_POSSESSED_KIN_BEFORE = re.compile(rf"\b{_KIN_OWNER}{_KIN_OR_PARENT},?\s*$")
_POSSESSED_KIN_AFTER = re.compile(rf",\s*(?:{_KIN_OWNER}{_KIN_OR_PARENT}\b|the\s+(?:[\w-]+\s+){{0,2}}?{_KIN}\s+of\s+[A-Z])")
_KIN_BEFORE = re.compile(rf"\b{_KIN},?\s*$", re.I)  # "his wife, Sara Roe"
_KIN_HEAD = re.compile(_KIN_OR_PARENT)
# A verb that only describes its subject ("was 22", "is believed to be held", "remains held"): no act
_COPULA = r"(?:was|is|were|are|has\s+been|had\s+been|remains|remained)\b"
_COPULA_AFTER_NAME = re.compile(rf",\s+(?:\w+ly\s+)?{_COPULA}")
_KIN_AFTER = re.compile(rf",\s*(?:his|her|their|the|a)\s+(?:[\w'\u2019-]+\s+){{0,3}}?{_KIN}\b", re.I)  # "Yair Roe, his son"
_HEADLINE_VERBS = {w.capitalize() for w in (
    "calls urges vows warns reveals shows slams rejects accuses blasts tells admits insists denies claims wants "
    "plans questions demands threatens pledges predicts suggests argues says adds hails praises condemns "
    "criticizes criticises confirms announces").split()}
_POSTMOD = {"released", "published", "conducted", "taken", "that", "who", "which", "on", "in", "of", "from",
            "at", "close", "for", "with", "across", "around"}
# A noun right before the subject name makes "Name verb" a relative clause on that noun
# ("amendments Hamas proposed to the framework", "the deal Israel accepted"): no
# statement of the name's.  (Time nouns are a lead-in: "Last week Hamas said".)
_QUOTE_NEXT = re.compile(r"\s+(?:as\s+)?[\u201c\"\u2018]")
_REDUCED_RELATIVE = re.compile(
    r"\b(?:(?:the|a|an|any|these|those|its|his|her|their|new|latest)\s+(?:[a-z-]+\s+)?(?:deal|proposal|plan|offer|"
    r"framework|draft|agreement|truce|ceasefire|terms|amendments|changes|demands|conditions|concessions)|"
    r"amendments|changes|demands|proposals|conditions|concessions|reservations|objections|guarantees|"
    r"assurances|commitments|prisoners|hostages|captives|detainees)\s+$")
_NOBODY_IN_PARTICULAR = {"neither", "no", "none", "each", "either", "every", "any"}
_NOBODY_BEFORE = re.compile(r"\b(?:neither|no|none|each|either|every|any)\s+$", re.I)
_TITLE_ABBR = {"sen": "senator", "rep": "congressman", "gov": "governor", "gen": "general", "pres": "president",
               "sec": "secretary", "amb": "ambassador", "adm": "admiral", "prof": "professor", "dr": "doctor",
               "col": "colonel", "capt": "captain", "lt": "lieutenant", "maj": "major", "pm": "minister"}
_ROLE_HEADS = DESC_HEADS - {"poll", "survey", "study", "report", "memo", "document", "book", "article", "complaint",
                             "ruling", "filing", "letter", "editorial", "analysis", "assessment", "website", "newspaper",
                             "paper", "network", "outlet", "ad", "spot", "statement"} - EVIDENCE_HEADS
# (a word run followed by a comma or white space is taken whole, "++": giving back letters
# cannot help, as the character after a shorter run is another letter)
_PRON_WHO = re.compile(r"([A-Z][\w'-]++),?\s+who\b([^.;,\u00b7]{0,80})")
_PRON_SAID = re.compile(r"([A-Z][\w'-]++)\s+(?:said|says|told|added|noted|argued|insisted|wrote)\s+"
                        r"(?:that\s+)?(he|she)\b")
# (the left word boundary is checked by hand: a pattern opening on a literal is searched
# for quickly, one opening on \b is tried at every position)
_PRON_SELF = re.compile(r"(h(?:im|er)self)\b")
# "Gvili's mother Talik", "his wife, Sara Netanyahu": a kinship word fixes the named one's gender
# kinship words that fix the gender of the name written with them
_FEMALE_KIN = ("mother", "wife", "daughter", "sister", "widow", "grandmother", "granddaughter", "aunt", "niece")
_MALE_KIN = ("father", "husband", "son", "brother", "widower", "grandfather", "grandson", "uncle", "nephew")
_KIN_NAME = re.compile(rf"\b(?:(?P<f>{'|'.join(_FEMALE_KIN)}|fianc\u00e9e)|(?:{'|'.join(_MALE_KIN)}|fianc\u00e9)),?\s+"
                       r"((?:[A-Z][\w'-]++\s+){0,3}[A-Z][\w'-]+)\b(?![\u2019']s)")  # ("++": see _PRON_WHO)
# The letter runs a _KIN_NAME match opens on ("fianc\u00e9" is the run "fianc"): an article whose words
# include none has no match, and the pattern (which opens on a word boundary) is not tried.
_KIN_RUNS = frozenset(_FEMALE_KIN + _MALE_KIN + ("fianc",))
# "Pushpa Joshi, sister of Bipin Joshi", "Ann Roe, the mother of ...": a kinship appositive
# fixes the gender of the name before it (its given name)
_NAME_KIN_OF = re.compile(rf"\b([A-Z][a-z][\w'-]*)(?:\s+[A-Z][\w'-]+){{0,3}},\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?"
                          rf"(?:(?P<f>{'|'.join(_FEMALE_KIN)})|(?:{'|'.join(_MALE_KIN)}))\s+of\b")
# What every _NAME_KIN_OF match ends on, opening on its comma: searched for first, so the pattern
# (which opens on a capitalised word, tried at every position) runs only where one is.
_NAME_KIN_OF_HINT = re.compile(rf",\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:{'|'.join(_FEMALE_KIN + _MALE_KIN)})\s+of\b")
_SUBJ_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "there", "here"}
_CLAUSE_OPENERS = set("""With In On At After Before While When If As Despite Since Because Although Though For From
To Of By Into During Amid Following Under Over Without Unlike Like Among Between Against Through Once Until Unless
Whether Where Why How What Who Which It He She They We I There Here Beyond Within Across""".split()) | OPENING_PREPOSITIONS
_CLAUSE_LEAD = re.compile(r"\s*(?:(?:But|And|Still|Yet|So|Now|Meanwhile|However|Instead|Indeed|Also)\b,?\s*)?")
_BARE_NP_STOP = {"who", "which", "that", "what", "when", "where", "while", "because", "if", "as", "than", "but",
                 "or", "nor", "for", "to", "in", "on", "at", "by", "with", "from", "into", "about", "after",
                 "before", "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did",
                 "not", "will", "would", "can", "could", "may", "might", "should", "must", "he", "she", "it",
                 "they", "we", "i", "you", "there", "here", "this", "these", "those", "also", "said", "says",
                 "told", "made", "took", "gave", "got", "went", "came", "saw", "knew", "thought", "felt"}
PRONOUNS_ALL = {"he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there"}
# A deck item's speaker: a few lower-case words and a colon right before the quote.  (Not a
# name before it: the crosshead "Netanyahu ‘has to take it’" quotes someone else about him.)
_DECK_COLON = re.compile(r"([a-z][\w\u2019'-]*(?:\s+[a-z][\w\u2019'-]*){0,2}):\s*(?=[\u201c\u2018\"])")
# a group's members named in an aside before its verb: ", including Oxfam and Save the Children,"
_INCLUDING_TAIL = re.compile(r",\s+(?:including|among\s+them)\s+[^,;:\u00b7]{1,80}(?:,\s+[^,;:\u00b7]{1,40}){0,3},$")
# an acronym in the plural: "NGOs", "MPs", "IDPs"
_ACRONYM_PLURAL = re.compile(r"(?:\d+\s+)?[A-Z]{2,}s")
_COLON_ONE = re.compile(r"[\"\u201c]?([A-Z][a-z]+):\s+")
# A roundup's "Gerald F. Seib, The Wall Street Journal: “...”" and "Jeremy Lott, author: “...”":
# a name, a short appositive (outlet or role), a colon and at once the quote
_COLON_APPOSED = re.compile(r"([A-Z][a-z]+(?:\s+(?:[A-Z]\.|[A-Z][\w'\u2019-]+)){1,2}),\s*"
                            r"[A-Za-z][^:;,.!?\"\u201c\u201d\n]{1,60}:\s*(?=[\"\u201c])")
_COLON_LABELS = {"Update", "Note", "Editor", "Source", "Photo", "Video", "Watch", "Read", "Related", "Credit",
                 "Caption", "Warning", "Correction", "Analysis", "Opinion", "Exclusive", "Breaking", "Live",
                 "Explainer", "Timeline", "Background", "Context", "Q", "A", "Question", "Answer", "Image", "Latest",
                 "Clarification", "CLARIFICATION", "CORRECTION", "UPDATE", "Updates", "Recap", "Summary",
                 "Listen", "Graphic", "Map", "Chart", "Sources", "Contact", "Email", "Phone", "Tags", "Topics",
                 "Readers"}
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|whose|"
                          r"such|any|no|every|each|"
                          # a possessive ("Hamas's demands"), not a contraction ("He's claiming")
                          r"(?!(?:he|she|it|that|there|what|who|here|where|everyone|nobody)[\u2019']s\b)"
                          r"[A-Z][\w-]*(?:\u2019s|'s|s\u2019|s'))\s+$", re.I)
_RELATIVE_WORDS = (r"mother|father|son|daughter|brother|sister|wife|husband|aunt|uncle|cousin|niece|"
                   r"nephew|grandmother|grandfather|grandson|granddaughter|parents|relative")
_RELATIVE_OF = re.compile(rf"\b(?:{_RELATIVE_WORDS})\s+of\s+((?:[A-Z][\w\u2019'-]+\s?){{1,4}})")
# "father Ruby Chen", "his grieving mother, Dana Roe": a kinship word right before the name
_KIN_BEFORE_NAME = re.compile(rf"\b(?:{_RELATIVE_WORDS})\s*,?\s*$")
# "Gvili's mother Talik": the relative named before the kinship word
_RELATIVE_POSS = re.compile(rf"((?:[A-Z][\w-]+\s){{0,3}}[A-Z][\w-]+)[\u2019']s\s+(?:{_RELATIVE_WORDS}|widow|"
                            r"fianc\u00e9e?)\b")
# "a family member", "one relative", "the families": someone speaking as a relative
_KIN_DESCRIPTOR = re.compile(rf"\b(?:famil(?:y|ies)|relatives?|parents|{_KIN}s?)\b", re.I)
_FAMILY_OF = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w-]+)\s+family")
# "the military" names the body an earlier "Israeli military" / "Israel Defense Forces" named
_ARMED = {"military", "army", "forces", "idf"}
# "... cited by Hebrew media", "quoted in the report" after a source's noun phrase (reported.py
# skips it before an "according to" clause's content), and closing the phrase
CITED_BY = r"\s+(?:as\s+)?(?:cited|quoted)\s+(?:by|in)\s"
_CITED_BY_TAIL = re.compile(CITED_BY + r".*$")
_BY_AFTER = re.compile(r"\s+by\s")
# "conducted by (the)", "released by": the agent of a participle, before a body's name
_AGENT_BY = re.compile(r"\b([a-z]+)\s+(?:[a-z]+\s+)?[a-z]+ed\s+by\s+(?:the\s+)?$")
_FINDINGS = frozenset({"research", "investigation", "review", "audit", "assessment", "paper", "letter", "email",
                       "emails", "inquiry", "probe", "findings"})
# where one sentence or paragraph ends and the next begins (after a word, not "Dr." or "Mrs.")
_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{4})[.!?][\u201d\"']?\s+|\n")
# a country's formal name opening a clause: "The State of Qatar", "The Hashemite Kingdom of Jordan"
# (after nothing but a dateline)
_STATE_OF = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+)?(?:State|Kingdom|Republic|Sultanate|Emirate|Principality)"
                       r"\s+of\s+(?:the\s+)?$")
# "(UNRWA)" closing a body's name
_ACRONYM_ENDING = re.compile(r"\(([A-Z][A-Z0-9&-]{1,9})\)\s*$")
# an owner's possessive opening a body's name: "Egypt’s Al-Qahera News"
_OWNER_BEFORE = re.compile(r"[A-Z][\w-]*(?:\u2019s|'s)\s+(?=[A-Z])")
# "Palestinian news agency WAFA", "British broadcaster BBC", "Israeli news site Daily Beacon": the
# body is the name after the noun of its kind, not the description before it
_DESCRIBED_BODY = re.compile(
    r"^(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+)*(?:agency|newspaper|daily|broadcaster|outlet|channel|network|"
    r"website|site|station|paper|magazine|group|movement|organi[sz]ation)\s+"
    r"(?=[A-Z][\w.&\u2019'-]*(?:\s+(?:[A-Z][\w.&\u2019'-]*|(?:of|for|on|to|in|and|the|&)(?=\s+[A-Z])))*$)")
# a forum families speak through: "the Hostages and Missing Families Forum", "the Tikva Forum"
_FORUM_NAME = re.compile(r"(?<![\w-])((?:(?!The\b)[A-Z][\w\u2019'-]*[ \t]+(?:(?:and|of|for)[ \t]+)?){0,5}Forum)\b")
# what news style calls the person just heard by their side: "the senior UN official", "the US
# envoy", "the top Hezbollah figure"
_JUST_HEARD_HEADS = frozenset({"official", "envoy", "figure", "diplomat"})
# a sentence that opens on the document its subject wrote: "In a letter to ..., X urged"
_IN_A_DOC = re.compile(r"\s*(?:In|Through|With)\s+(?:(?:their|his|her|its)\s+)?")
# heads a body's own name ends in that a bare "the authority" repeats ("The Israeli Broadcasting
# Authority revealed ... The Authority pointed out"); "the group" is not one: it is most often the
# body the story is about, not a "Group" named in passing
_NAMED_BODY_HEADS = frozenset({"authority", "corporation", "society", "club", "syndicate", "directorate",
                               "centre", "center"})
_ORG_HEAD_SYNONYMS = {"military": _ARMED, "army": _ARMED, "forces": _ARMED, "ministry": {"ministry"},
                      "government": {"government"}, "police": {"police"}, "cabinet": {"cabinet"},
                      "agency": {"agency"}, "office": {"office"}, "party": {"party"},
                      # "The Commission on Presidential Debates says ... The commission says"
                      **{h: {h} for h in ("commission", "committee", "council", "union", "association",
                                          "institute", "foundation", "coalition", "alliance", "court", "bureau",
                                          "fund", "board", "federation", "league", "embassy", "mission", "presidency",
                                          "department", *sorted(_NAMED_BODY_HEADS))},
                      # "the Hostages and Missing Families Forum condemned ... the families wrote"
                      "families": {"families"}}
_ONE_OF = re.compile(r"\b(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|"
                     r"[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|\d+|[Ss]everal|[Ss]ome|[Mm]any|[Mm]ost|[Aa]ll)\s+"
                     r"of\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+|"
                     r"(?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w-]*(?:\u2019s|'s)\s+)(?:([a-z-]+|\d+|[A-Z]{2,5})\s+){0,3}?"
                     r"([a-z]+)\s*$")
_ISSUED_DOC = re.compile(rf"\b(?:{ISSUE_VERBS}|sent|posted|unleashed|fired\s+off|shared)\s+"
                         r"(?:a|an|the|several|two|three)\s+(?:[\w-]+\s+){0,3}"
                         r"(?:statement|communiqu\u00e9|communique|letter|declaration|messages?|videos?|posts?|note|"
                         rf"tweets?)\s+(?:(?:early|late|on|last)\s+)?(?:(?:{WEEKDAY}|morning|evening|night)\s+)?$")
# ("the families read a statement", "Nearly 30 lawmakers have sent a letter")
_ISSUED_JUST_BEFORE = re.compile(rf"\s+(?:also\s+)?(?:{ISSUE_VERBS}|read(?:\s+out)?|(?:(?:have|has)\s+)?(?:sent|signed|"
                                 r"wrote|written|penned)|sign(?:ed|ing)\s+on(?:to|\s+to))\s+$")
_NAME_RUNS_ON = re.compile(r"\s+(?:and|of|for|in|&|the)\s+(?:the\s+)?(?:[A-Z][\w\u2019'-]*)(?:\s+[A-Z][\w\u2019'-]*){0,5}")
_ORG_NOUNS = "agency|service|group|movement|organisation|organization|militia|faction"
_EMBEDDED_ORG = re.compile(r"(?:(?:the|The)\s+|[A-Z][\w-]*['\u2019]s\s+)?((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s+"
                           r"(?:(?:militant|armed|security|intelligence|spy|political|military|paramilitary|"
                           r"terror|terrorist|Islamist|Shia|Shiite|Sunni|Palestinian|Lebanese|Israeli|Iranian)\s+)?"
                           rf"(?:{_ORG_NOUNS})")
# ... and after it: "the Iran-backed Lebanese armed group Hezbollah", "Lebanon's Hezbollah"
_ORG_AFTER_NOUN = re.compile(rf"(?:[\u2019']s|\b(?:{_ORG_NOUNS}|party|wing|network|broadcaster|channel))\s+"
                             r"((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)$")
_WHAT_THEY_CALL = re.compile(r"\s+(?:call|calls|called|term|terms|termed|dub|dubs|dubbed|describe|describes|described)\b")
_ADD_TO = re.compile(r"\s+to\s+(?:the|a|an|its|his|her|their|this|that|these|those|growing|mounting|already)\b")
# "According to the aunt, Tal Idan, ..." / "According to Dana Roe, a family friend, ...": the
# source's appositive, between two commas, before the reported clause
ACCORDING_APPOSITIVE = re.compile(r"\s*,\s*((?:(?:a|an|the|his|her|their|its)\s+[a-z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,5}?)|"
                                  r"(?:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})),\s*"
                                  r"(?=(?:\S+\s+){3})")
# a coordinated clause opening on its own subject: ", and Trump has given ...", "; Hamas said"
_CLAUSE_JOIN = re.compile(r"(?:,\s+(?:and|but|while|whereas)|;)\s+(?=[A-Z])")
_FINITE_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:has|have|had|was|is|were|are|will|would)?\s*(?:\w+ly\s+)?"
                           r"[a-z]+(?:ed|s|t|d|n)\b")
# a role's short qualifier before its holder's name: " in the newspaper “Haaretz”" (", Amos Harel,")
_ACCORDING_PP_NAME = re.compile(r"\s+(?:in|at|of|for|with|from|on)\s+(?:[^\s,;:.]+\s+){0,4}?[^\s,;:.]+(?=\s*,)")
_COMMA_NAME_COMMA = re.compile(r"\s*,\s*([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3})\s*,")
# (an Arabic name's particles inside or closing it: "Mohammed bin Abdulrahman", "Majid al-Ansari")
_NAME_CLOSING = re.compile(r"\s*,\s*([A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|al|el|bin|ibn|abu)){0,3}"
                           r"\s+(?:[A-Z][a-z][\w'\u2019-]*|(?:al|el|abu|bin|ben)-[A-Z][\w'\u2019-]*))\s*(?:[.,;]|$)")
# the body a role serves, between the role and the name closing the attribution
_TO_BODY = re.compile(r"\s+(?:to|at|for|of)\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w.'\u2019-]*(?=\s*,)")
_APPOSITIVE_THEN_VERB = re.compile(r"\s(?:[a-z]+ed|is|was|has|had|made|said|says|told|met|spoke|went|came|gave|took|became|"
                                   r"will|would)\s+(?:this|that|the|a|an|it|his|her|their|its|on|to|in|at|with|for|"
                                   r"by|no|not|been)\b")
_DISCOURSE_TAIL = re.compile(r",\s*([A-Za-z]+(?:\s+[a-z]+){0,3}),$")
# ("Permanent Representative of the UAE to the UN", "Representative to the United Nations (UN)")
_ENVOY_TO = re.compile(r"\b((?:[Aa]mbassador|[Ee]nvoy|[Mm]ission|[Dd]elegation|[Rr]epresentative|[Oo]bserver|[Ee]mbass[yi])"
                       r"\w*(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w\u2019'.-]*\s+){1,4}?)?)\s*to\s+(?:the\s+)?"
                       r"(?:[A-Z][\w\u2019'.-]*\b\s*)+(?:\([A-Z][\w.]*\)\s*)?")
_NAME_RUNS_BACK = re.compile(r"((?:[A-Z][\w\u2019'-]*\s+)+(?:(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w\u2019'-]*\s+)+)*"
                             r"(?:and|&|in|of|for)\s+)$")
# Capitalised words and the small words inside an organisation's name, before the name's last word
_LISTED_RUNS_BACK = re.compile(r"((?:[A-Z][\w\u2019'-]*\s+)+(?:(?:the|for|of|and|without|on)\s+){1,2})$")
# the words each of these two patterns ends on, before white space (see _last_word_in)
_NAME_RUNS_LINKS = frozenset({"and", "&", "in", "of", "for"})
_LISTED_RUNS_LINKS = frozenset({"the", "for", "of", "and", "without", "on"})
_REPORTED_CITING = re.compile(r",?\s+citing\s+")
# what "the newspaper said" may mean: the outlet last named (not a body "the agency" may be)
_OUTLET_HEADS = frozenset({"newspaper", "paper", "daily", "broadcaster", "channel", "network", "outlet", "website",
                           "site", "station", "tabloid", "magazine", "weekly"})
_PRINT_HEADS = frozenset({"newspaper", "paper", "daily", "tabloid", "magazine", "weekly", "website", "site", "outlet"})


@lru_cache(maxsize=64)
def _outlet_with_head_re(head: str) -> tuple[re.Pattern, re.Pattern]:
    """"the RT America television network", "the daily Haaretz": a name written with `head`
    (before it, after it)."""
    word = r"[A-Z][\w&\u2019']*(?:-[A-Z][\w&\u2019']*)*"  # (not "Today." ending a sentence, nor "English-language")
    # ("Al-Araby al-Jadeed", "Channel 13")
    name = rf"({word}(?:[ \t]+(?:of[ \t]+|(?:al|el)-)?{word}){{0,4}}(?:[ \t]+\d{{1,3}}(?![\d]|[.,]\d))?)"
    # "the outlet" may be any kind of outlet named before ("the X newspaper reported")
    heads = "|".join(sorted(_OUTLET_HEADS)) if head == "outlet" else head
    return (re.compile(rf"\b{name}[ \t]+(?:[a-z-]+[ \t]+){{0,2}}(?:{heads})s?\b"),
            re.compile(rf"\b(?:{heads})[ \t]+{name}"))


# a run of capitalised words (with "of" and numbers: "Channel 12"); an Arabic article joins it ("Al-Araby al-Jadeed")
_CAP_RUN = re.compile(r"(?:[A-Z][\w.&\u2019'-]*|\d+)"
                      r"(?:[ \t]+(?:of[ \t]+)?(?:[A-Z][\w.&\u2019'-]*|\d+|(?:al|el)-[A-Z][\w\u2019'-]*))*")
# a preposition after the object of "familiar with", "close to": "the negotiations on a ceasefire"
_QUALIFIER_OBJECT_PP = re.compile(SOURCE_QUALIFIER + r"\s+\S+(?:\s+\S+)*?"
                                  r"(\s+)(?:on|over|for|about|between|regarding|in|at)\s")
# "a post (shared) on Netanyahu's X account", "a statement on the Forum's Telegram channel"
_POST_ON_ACCOUNT = re.compile(
    r"^\s*(?:[Aa]n?|[Tt]he|[Ii]n\s+a)\s+(?:[\w-]+\s+)?(?:post|message|statement|video|tweet)s?\s+"
    r"(?:(?:shared|posted|published|released)\s+)?on\s+(?:the\s+)?([A-Z][\w.\u2019'-]*(?:\s+(?:and\s+)?[A-Z][\w.\u2019'-]*){0,5}?)"
    r"[\u2019']s\s+(?:official\s+)?(?:X|Twitter|Facebook|Telegram|Instagram|TikTok|Truth\s+Social|account|page|"
    r"channel|feed)\b[^.;:\u201c\u201d\"]{0,40}$")
# a full stop ending prose before a quote (not an initial, nor a title's abbreviation: "Dr. X")
# (the stop is matched first and the words before it looked back at: a pattern that opens on
# its look-behinds is tried at every position, one that opens on a character class is not)
_PROSE_STOP = re.compile(r"[.!?](?<![A-Z].)(?<!\b[DM]r.)(?<!\bMrs.)(?<!\bMs.)(?<!\bSt.)(?<!\bProf.)(?<!\bGen.)"
                         r"(?<!\bSen.)(?<!\bRep.)(?<!\bGov.)(?<!\bCol.)(?<!\bSgt.)(?<!\bCapt.)[\u201d\"']?\s+(?=[\u201c\"A-Z])")
_PARTICIPLE_LEAD = re.compile(r"\s*[A-Z][a-z]+ing\b")
_VERB_ENDS_SENTENCE = re.compile(r"[a-z]+\s*(?:[.!?]|$)")
# A body opening its sentence, whose head a later "the ministry said" repeats.
_BODY_SUBJECT_HEADS = frozenset({"ministry", "office", "department", "embassy", "presidency", "mission"})
_BODY_OPENING = re.compile(
    r"\s*((?:The|[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,2}[\u2019']s)\s+(?:[A-Za-z-]+\s+){0,3}?"
    r"(" + "|".join(sorted(_BODY_SUBJECT_HEADS) + sorted(h.capitalize() for h in _BODY_SUBJECT_HEADS)) + "))"
    r"\s+(?:also\s+|has\s+|had\s+)?[a-z]+(?:ed|s)\b")
# "on his social media platform, Truth Social,": a medium and its name, after the subject
_ON_MEDIUM_NAMED = re.compile(
    r"\s+(?:on|via|in|through)\s+(?:his|her|its|their|the|a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:platform|account|channel|app|website|site|page|feed|handle|network)\s*,\s*[^,]{1,40},$")
_TITLE_LINE = re.compile(r"\s*title:[ \t]*([^\n]+)")
# ", Idit." after "his mother": a relative's given name closing the attribution
_GIVEN_AFTER = re.compile(r",\s+([A-Z][a-z]+)\s*(?:[.;]|,\s+(?:who|said|added|told)\b|$)")
_AMONG_WAS = re.compile(r"\s*Among\s+[^,.;]{3,80}?\s+(?:was|were)\s+")
# an adverb between a quote's close and its inverted verb: "“...,” further said the broadcaster"
_ADVERB_BEFORE_VERB = re.compile(r"\s+(?:further|also|then|later|again|separately|additionally)$")
_HELD_BEFORE = re.compile(r"\b(?:hostages?|captives?|abductees?|kidnapped|abducted|captive)\s+$", re.I)
_NAME_THEN_PAREN = re.compile(r"\b([A-Z][\w\u2019'-]+),\s*$")
_PAREN_SAID = re.compile(r"(?:he|she)\s+(?:said|added|says|noted|claimed)\s*,", re.I)
_BASED_IN_TAIL = re.compile(r"\s+(?:based|headquartered|located|stationed)\s+(?:in|at)\s+[^,;]{1,40}$")
# a body that issues figures or comments ("figures from the health ministry"), not "the group",
# which needs the paragraph's subject to say whose
_ISSUER_HEADS = ORG_DESCRIPTORS - {"group", "movement"}
_ACCORDING_CITING = re.compile(r"\s*,\s*(?:citing|quoting)\s+")
# a sentence opening on the source an outlet quotes, before the outlet's own verb
_QUOTING_LEAD = re.compile(r"[\s\u201c\"]*(?:Quoting|Citing)\s+(?=[^,]{3,80},\s*$)")
_REPORTED_BEFORE = re.compile(r"\breport(?:ed|s),?\s+$")
_SPACES = re.compile(r"\s+")
# ("Channel 12 quoted a senior source familiar with the talks saying", "Army Radio cited another
# source as calling it ...": the one cited speaks, after "as" or before a bare "saying")
_CITED_AS_SAYING = re.compile(r"\s+(?!as\s)((?:[\w\u2019'(-]+\)?\s+){0,8}?[\w\u2019'(-]+\)?)\s+(?:as\s+(?:saying|telling|stating|"
                              r"calling|describing|warning|having\s+said)|saying)\b")
# "a joint statement released by the British government" (just before the verb)
# the documents a body issues ("a statement released by", "In a communiqué issued by")
_DOC_NOUNS = r"statement|letter|communiqu\u00e9|communique|declaration|readout"
_ISSUED_BY = re.compile(r"(?:^|[\s,\u201d\"])(?:a|an|the|A|An|The)\s+(?:[a-z-]+\s+){0,2}(?:" + _DOC_NOUNS +
                        r"|report|memo)\s+(?:jointly\s+)?(?:(?:released|issued|published|"
                        r"signed|put\s+out|sent)\s+(?:on\s+\w+\s+)?by|attributed\s+to)\s+((?:the\s+)?[^,;:()\u00b7]{2,60}?)"
                        # (the issuer's role may follow: "attributed to X, Spokesperson for the Secretary-General,")
                        r"(?:,\s*[^,;:()\u00b7]{2,80},)?\s*$")
# "In a statement released by the ICC, it": the pronoun is the issuer
_IN_DOC_BY_IT = re.compile(r"\s*In\s+(?:a|an|its|their|the)\s+(?:[a-z-]+\s+){0,2}(?:" + _DOC_NOUNS +
                           r"|release)\s+(?:released|issued|published|posted|sent)\s+"
                           r"by\s+((?:the\s+)?[A-Z][^,;:()\u00b7]{1,60}?),\s*(?:it|they)\s*$")
# the appositive right after a name where the article first names someone: ", a Toronto resident who ..."
_FIRST_APPOSITIVE = re.compile(r",\s+((?:a|an|the)\s[^,.;]{1,80})")
_QUOTED_AS = re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|can\s+be|could\s+be)\s+"
                        r"(?:\w+ly\s+|later\s+|also\s+)?(?:(?:quoted|cited|heard|recorded|filmed|seen|reported)\s+"
                        r"(?:[^,.;:\u00b7]{1,60}?\s+)?as(?:\s+having)?|heard|seen|filmed|recorded|caught\s+on\s+(?:camera|tape|video))\s+$")
_NAME_AFTER_QUOTE = re.compile(r"[\u201d\"]\s+((?:[A-Z][\w\u2019'-]+\s+){1,3}[A-Z][\w\u2019'-]+)$")
_NAMED_APPOSITIVE = re.compile(r",\s+((?:[A-Z][\w\u2019'-]+\s+){1,3}[A-Z][\w\u2019'-]+),")
_AS_HAVING = re.compile(r"\bas\s+having\s+$")
_OFFICE_OF = re.compile(r"\s*(?:[Tt]he\s+)?[Oo]ffice\s+of\s+(?:the\s+)?")
# A connective or day opening the clause before its subject noun phrase
_SUBJECT_LEAD = r"\s*(?:(?:But|And|Meanwhile|However|Earlier|Later|On\s+\w+day)\s*,?\s*)?"
_QUOTED_BY_NP = re.compile(
    _SUBJECT_LEAD +
    r"((?:[Tt]he\s+|[Aa]n?\s+|[Oo]ne\s+|[Tt]wo\s+|[Tt]hree\s+|[Ss]everal\s+|[Ss]ome\s+)?"
    r"(?:[\w\u2019'-]+\s+){0,5}?[A-Za-z][\w\u2019'-]*),?\s+(?:quoted|cited)\s+by\s+[^,;:()\u00b7]{1,60},?\s*$")
_PARTICIPLE_NP = re.compile(
    _SUBJECT_LEAD +
    r"((?:[Tt]he\s+|[Tt]wo\s+|[Tt]hree\s+|[Ss]everal\s+|[Ss]ome\s+|[Mm]any\s+)?(?:[A-Z][\w\u2019'-]*\s+){0,3}"
    r"(?:[a-z-]+\s+){0,2}?(?:[a-z]+s|[A-Z][\w\u2019'-]+))\s+"
    r"(?:speaking|marching|fleeing|gathered|gathering|standing|waiting|queuing|queueing|sheltering|living|"
    r"protesting|demonstrating|rallying|camped|returning|mourning)\s+[^,;:()\u00b7]{1,60}$")
_PARTICIPLE_WORD = re.compile(_at_word_start("""speaking marching fleeing gathered gathering standing waiting queuing
queueing sheltering living protesting demonstrating rallying camped returning mourning""".split()) + r"\b")
# "the leaders of Britain, France and Canada", "the foreign ministers of Egypt and Qatar"
_CAP_NP = r"(?:the\s+)?[A-Z][\w\u2019'.-]*(?:\s+[A-Z][\w\u2019'.-]*){0,3}"
# "Ireland, Norway and Spain", "Mr. Grassley and Mr. Leahy" opening a clause (after a lead adverbial)
# (the words of one name never run over a line break: "Headline\n\nMaria Okafor, ...")
# a member's country or body after it: "Justin Trudeau of Canada"
_OF_PLACE = r"of[ \t\u00a0]+(?:the[ \t\u00a0]+)?[A-Z][\w\u2019'-]*(?:[ \t\u00a0]+[A-Z][\w\u2019'-]*){0,2}"
_MEMBER = (r"(?:the\s+)?[A-Z][\w\u2019'.-]*(?:[ \t\u00a0]+[A-Z][\w\u2019'.-]*){0,5}"  # "National Security Minister X Y"
           rf"(?:[ \t\u00a0]+{_OF_PLACE})?")
_MEMBER_OF_PLACE = re.compile(rf"(.+?)[ \t\u00a0]+{_OF_PLACE}")
_LIST_TAIL = rf"(?:\s*,\s*{_MEMBER})*,?\s+and\s+{_MEMBER}"  # a list after its first name
_CONJOINED_LIST = re.compile(rf"{_MEMBER}{_LIST_TAIL}")
# ... then where the phrase ends: "[the United States], Qatar and Egypt in a joint statement"
_INVERTED_LIST_TAIL = re.compile(
    rf"{_LIST_TAIL}(?=\s*(?:[.,;:\u201c\"]|$|\s+(?:in|on|at|after|during|late|early|"
    rf"this|last|earlier|[A-Z][a-z]+day)\b))")
# What may open a clause before its subject: "But", "On Monday", "In a joint statement on Saturday"
_LEAD_ADVERBIAL = (r"But|And|Meanwhile|However|Earlier|Later|Separately|Instead|Still|Yet|Nonetheless|Nevertheless|"
                   r"Likewise|Similarly|On\s+\w+day|"
                   r"(?:In|On|At|During|After)\s+[^,]{1,40}")
_CONJOINED = re.compile(
    rf"\s*(?:(?:{_LEAD_ADVERBIAL}|"
    rf"(?:When|Whenever|While|If|As|Although|Though|Since|Because|Before|Once|Until)\s+[^,]{{1,140}})"
    rf"\s*,\s*)?({_CONJOINED_LIST.pattern})\s*")
_GROUP_OF_PARTIES = re.compile(
    rf"\s*(?:(?:{_LEAD_ADVERBIAL})"
    rf"\s*,?\s*)?((?:[Tt]he\s+)?(?:[a-z-]+\s+){{0,2}}?"
    rf"((?i:leaders|heads\s+of\s+state|heads|ministers|foreign\s+ministers|governments|presidents|prime\s+ministers|"
    rf"officials|envoys|mediators|representatives))\s+(?:of|from|for)\s+{_CAP_NP}(?:\s*,\s*{_CAP_NP})*,?\s+and\s+{_CAP_NP})\s*,?\s*")
# Between the members of such a list: "A, B and C", "A, B, and C"
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


# (a name's particles too: "Abdullah II bin Al Hussein, King of Jordan said")
_NAME_THEN_ROLE = re.compile(r"((?:(?:[A-Z][\w.\u2019'-]*|" + "|".join(RUN_PARTICLES) + r")\s+){1,4}[A-Z][\w\u2019'-]+),\s+"
                             r"([^,;:()\u201c\u201d\"\u00b7]{3,140})$")
# "COGAT, a unit within the Defense Ministry responsible for aid deliveries said": a body, then an
# appositive with a body's head noun that runs to the verb
_BODY_THEN_APPOSITIVE = re.compile(r"\s*([A-Z][^,;:\u201c\u201d\"]{1,90}?),\s+(?:a|an|the)\s+(?:[\w\u2019'-]+\s+){0,4}?"
                                   r"(?:unit|body|agency|organi[sz]ation|arm|branch|department|authority|"
                                   r"administration|directorate)\b[^,;:()\u201c\u201d\"\u00b7]{0,140}$")
# "Speaking from Gaza, ", "On Sunday, ": a fronted phrase before the subject of the clause
_FRONT_PHRASE = re.compile(r"\s*(?:(?:But|And|Meanwhile|However)\b,?\s*)?(?:(?:[A-Z][a-z]+ing|In|On|At|From|After|"
                           r"Before|During|Later|Earlier)\b[^,;:\u201c\u201d\"]{0,60},\s*)")
_ROLE_PP = {"of", "for", "at", "to", "in", "with", "on"}
_NOT_MODIFIERS = {"is", "was", "are", "were", "has", "had", "have", "will", "would", "who", "which", "that", "and",
                  "but", "or", "as", "also", "then", "when", "after", "before", "in", "on", "at", "of", "for", "to"}


def _role_phrase(text: str) -> bool:
    """"spokesperson for the UN Office for ...", "a senior Hamas official", "Israel's Finance
    Minister": modifiers, a role noun, then at most prepositional phrases."""
    words = text.split()
    if words and words[0].lower() in ("a", "an", "the"):
        words = words[1:]
    for h, w in enumerate(words[:5]):
        if re.sub(r"[\u2019']s$", "", w.lower()) in _ROLE_HEADS:
            break
        if w.lower() in _NOT_MODIFIERS:
            return False
    else:
        return False
    rest = [w.lower() for w in words[h + 1:]]
    return (not rest or rest[0] in _ROLE_PP) and not {"who", "which", "that", "and"} & set(rest)


def _names_only(listed: str) -> bool:
    """A conjoined list whose capitalised words are all names ("Egypt and Qatar"), none a
    sentence word ("But", "The") that only looks like one."""
    if any(w in STOP_CAPS for w in re.findall(r"[A-Z][\w'-]*", listed)):
        return False
    # nor a list of offices: "the Prime Minister and Minister of Foreign Affairs" is one man
    return not any(_OFFICE_ONLY.fullmatch(re.split(r"\s+of\s+", m.strip())[0])
                   for m in _LIST_SEP.split(_LEADING_THE.sub("", listed)))


# A member of a list that is an office, not someone: "Prime Minister", "Deputy PM"
_OFFICE_ONLY = re.compile(r"(?:[A-Z][a-z]+\s+){0,2}(?:Minister|President|Premier|PM|Secretary|Chancellor|Ambassador|"
                          r"Envoy|Spokesman|Spokeswoman|Spokesperson)")

# An office in a capitalised name: the name's own party word is the office's side.
_OFFICE_WORD = re.compile(r"\b(?:Secretary|Minister|Ministry|Office|Council|Agency|Department|Embassy|Mission|Court|"
                          r"Authority|Government|Army|Forces|Police|Presidency|Cabinet|Parliament)\b")
# "Marc Roe, the chief executive of the Urban League," / "the chief executive, Marc Roe,": two
# patterns, read as one alternation (_either_matches), one opening on the name's first capital
# and one on "the", each with the word boundary tested behind that (so the scan skips to them
# instead of trying every position); each word run taken whole, "*+": what follows it is white
# space, a comma or a stop
_NAME_COMMA_ROLE = re.compile(
    r"([A-Z](?<!\w[A-Z])[\w.\u2019'-]*+\s+(?:[A-Z][\w.\u2019'-]*+\s+){0,2}[A-Z][\w\u2019'-]++),\s+"
    r"(?:(?:the|a|an)\s+)?((?:[a-z][\w-]*+\s+){0,3}[a-z][\w-]*+"
    r"(?:\s+(?:of|for|at|to)\s+(?:the\s+)?(?:[A-Z][\w-]*\s*){1,5}(?:[a-z][\w-]*)?)?)\s*[,.;]")
_ROLE_COMMA_NAME = re.compile(
    r"the(?<!\wthe)\s+((?:[a-z][\w-]*+\s+){0,3}[a-z][\w-]*+"
    r"(?:\s+(?:of|for|at|to)\s+(?:the\s+)?(?:[A-Z][\w-]*\s*){1,5})?),\s+"
    r"((?:[A-Z][\w.\u2019'-]*+\s+){1,3}[A-Z][\w\u2019'-]++)\s*[,.;]")
# A short qualifier after a speaker's head: "of the opposition Labor party", "for Palestinian refugees".
_QUALIFIER_PP = re.compile(r"\s(?:of|for|from|at|in|with|on|near|inside|outside)\s+(?=\S)")
_QUALIFIER_STOP = re.compile(r"[,;:()\u00b7\u201c\u201d\"]|\b(?:is|was|were|are|has|had|have|be|been|who|which|that|"
                             r"and|but|or|when|after|before|said|says|told)\b|\b[a-z]+(?:ed|ing)\b")
_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are|get|got)\s+(?:\w+ly\s+)?$")
# a dash that opens or closes an aside, spaced or not ("comments—where he said ...—"); also
# read by pipeline._ASIDE_DASH
ASIDE_DASH = r"(?:\s*(?:\u2014|\u2013|--)\s*|\s+-\s+)"
# an aside set off by two dashes between a quote and its attribution, holding no quote of its
# own ("“...” — a weeklong truce in November — said X"); read here and by pipeline._closing_gap
DASHED_ASIDE = r"(?:[\u2014\u2013]|--)[^\u2014\u2013\u201c\u201d\"\u00b7\n]{3,140}?(?:[\u2014\u2013]|--)"
# an absolute "with" clause before a participle: ", with the UN's coordinator, Jane Roe, labelling"
_WITH_AGENT = re.compile(r",\s+with\s+((?:[^\s,;:.?!\u201c\u201d\"\u00b7]+(?:,?\s+|$)){1,14}?),?\s*$")
# a dashed aside closing right before a participle: "the GHF — an initiative he said ... — describing"
_CLOSED_ASIDE = re.compile(ASIDE_DASH + r"[^\u2014\u2013\u00b7]{3,160}?(?:\s*(?:\u2014|\u2013|--)|\s+-)\s*$")
# a fronted phrase before a sentence's subject ("When the invitation came through, X was ..."),
# read once per sentence by _sentence_subjects
_FRONTED_BEFORE_SUBJECT = re.compile(
    r"(?:(?:On|In|At|Last|Earlier|Later|But|And|Meanwhile|However|Speaking|Writing|Addressing|Asked|After|Before|"
    r"During|Since|While|According|When|Once|As|Although|Though|Despite|Amid|Following|Ahead|Upon|Until|Shortly|"
    r"Yet|Still|Now|Then|Today|Yesterday)\b[^,]{0,60},\s*)")
_LOWER_TITLES = re.compile(r"(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])")
# a quote standing as the predicate of its speaker before a participle: 'the MPs "condemn the
# killing ...," adding that': the subject, an opening mark, the quote (masked), a comma
_PREDICATE_QUOTE_END = re.compile(r"\s[\u201c\"\u2018]\u00b7+,?[\u201d\"\u2019]?,?$")
# (also after the noun the relative clause is about: "..., a contention with which the former
# minister said he did “not disagree”")
_STATE_GROUP_HEADS = frozenset({"nations", "countries", "states", "governments"})
# "The US | and 17 other nations": more members, counted, after the one a subject names
_AND_OTHERS_AFTER = re.compile(r"\s+and\s+" + OTHERS_COUNT + r"\s+other\s+[a-z]+s\b")
_TO_WHICH = re.compile(r",[\u201d\"]?\s*(?:(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:with|to|about|on)\s+|(?:to|at|after|upon)\s+)which\s+"
                       r"(?=[A-Z]|(?:the|a|an)\s)")
# ", who came to see their arrival" running on to the verb, unclosed (lower-case words only)
_UNCLOSED_WHO = re.compile(r",\s*who\s+(?:[a-z][\w\u2019'-]*\s+){1,12}[a-z][\w\u2019'-]*$")
# "Foreign Ministry spokesperson X made the remarks at a news conference": who said what came before
_MADE_REMARKS = re.compile(r"\s*([A-Z][\w.\u2019'-]*\s+(?:[\w.\u2019'-]+\s+){0,7})(?:made|delivered|gave)\s+(?:the|these|those)\s+"
                           r"(?:remarks|comments)\b")
# "“...!” one of the protesters who was escorted out shouted": a relative clause with no commas
_RESTRICTIVE_WHO = re.compile(r"\s+who\s+(?:[a-z][\w\u2019'-]*\s+){0,8}[a-z][\w\u2019'-]*$")
# a time phrase between a subject and its verb: "X on Thursday applauded"
_TIME_LEAD = rf"(?:(?:on\s+)?(?:{WEEKDAY}|last\s+week|this\s+week|earlier\s+this\s+week)\s+)"
# a news noun's content clause opening: "the news that", "reports that"
_NEWS_THAT = re.compile(r"\b(?:news|reports?|word|announcement|confirmation|fact)\s+that\s+")
_RELATIVE_TAIL = re.compile(r",?\s*\b(?:who|which|that)\s*$")
_TIME_THEN_COMMA = re.compile(rf"\s+(?:on\s+)?(?:{WEEKDAY}|last\s+\w+|this\s+week|next\s+\w+)\s*,")
_TIME_TAIL = re.compile(rf"\s+(?:on\s+{WEEKDAY}|{WEEKDAY}|last\s+\w+|this\s+week|on\s+\d{{1,2}}\s+\w+)\s*$")
_CLOSE_MARKS = "\u201d\"\u2019'\u00bb"
# A closing quote, then an aside set off by dashes, then the attribution's verb
_ASIDE_AFTER_CLOSE = re.compile(r"[" + _CLOSE_MARKS + r"]\s*" + DASHED_ASIDE + r"\s*$")
_NOT_SPEAKER_HEADS = {"recording", "video", "clip", "footage", "talks", "meeting", "interview", "step", "resolution",
                      "sentiment", "demand", "report", "copy", "version", "transcript", "audio"}
_CORE_SAY = {"said", "says", "say", "told", "tells", "added", "adds", "stated", "announced", "reported",
             "reports", "noted", "warned", "confirmed", "denied", "wrote", "writes", "insisted", "argued",
             "claimed", "explained", "acknowledged", "according to", "estimated", "predicted"}
_BRACKET_TAG = re.compile(r"\s*\([^()]{1,40}\)")
# "Earlier, Jane Roe, sister of ..., said": a discourse adverb that may lead the sentence
_DISCOURSE_LEADS = "|".join(sorted((re.escape(w.capitalize()) for w in DISCOURSE), key=len, reverse=True))
_APPOS_START = re.compile(
    r"^\s*(?:who|which|whose|a|an|the|another|speaking|writing|in|at|on|during|after|before|according|once|now|"
    r"near|from|of|with|outside|inside|based|aged|for|(?:to|by|under)\s+whom|"
    r"then|himself|herself|itself|themselves|also|\d+|[A-Z][\w\u2019'-]*(?:\u2019s|'s)?|his|her|its|their|"
    r"(?:[a-z]+ly\s+)?(?:[a-z]+ing|dated|(?:[a-z]+ed|[a-z]+en|seen|shown|sent)\s+(?:by|to)))\b")
_STATEMENT_NOUN_TAIL = (
    POSSESSIVE + r"\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:statement|remarks|comments|words|message|ultimatum|response|speech|post|tweet|letter|address|"
    r"warning|demand|call|reply|answer|announcement|interview|claim|claims|assertion|insistence|argument|"
    r"accusation|allegation|promise|pledge|vow|description|prediction|suggestion|threat|boast|contention|"
    r"complaint|criticism|charge|plea|appeal)s?\b")
_STATEMENT_NOUN = re.compile(r"((?:[A-Z][\w\u2019'.-]*\s+){0,4}[A-Z][\w.-]*)" + _STATEMENT_NOUN_TAIL)
# What every _STATEMENT_NOUN match holds from its possessive on: searched for first, since the
# pattern is tried at every capital of the sentence and few sentences have one.
_STATEMENT_NOUN_HINT = re.compile(_STATEMENT_NOUN_TAIL)


_PRONOUN_DATA = read_toml(Path(__file__).parent / "data" / "pronouns.toml")
# "the Gaza health ministry", "the army": bodies "he"/"she" never points back to
INSTITUTION_HEADS = frozenset(w.lower() for w in _PRONOUN_DATA.get("institution_heads", ()))
# "the U.S. president": one person, whom a chain of "He ..." sentences may mean
PERSON_HEADS = frozenset(w.lower() for w in _PRONOUN_DATA.get("person_heads", ()))
# "the premier", "the top diplomat": a person named earlier with other title words
_TITLE_SYNONYMS = {k.lower(): frozenset(w.lower() for w in v)
                   for k, v in _PRONOUN_DATA.get("title_synonyms", {}).items()}
# "Doctors Without Borders (MSF)", "the Union of Italian Jewish Communities (UCEI)"
_ACRONYM_WORD = re.compile(r"[A-Z][A-Z&]{1,7}")
_ACRONYM_DEFINED = re.compile(
    r"(?<![\w-])([A-Z][\w\u2019'-]*"
    r"(?:[ \t]+(?:[A-Z][\w\u2019'-]*|of|for|the|and|to|de|des|du|la|le|on|in|without)){0,8}[ \t]+[A-Z][\w\u2019'-]*)"
    r"[ \t]+\(([A-Z][A-Z&]{1,7})\)")
# "Yolanda Diaz, the Spanish deputy prime minister" closing a clause: a name, then its role
_NAME_ROLE_END = re.compile(r"(?<![\w\u2019'-])((?:[A-Z][\w.\u2019'-]+\s+){0,3}[A-Z][\w\u2019'-]+),\s+"
                             r"(?:the|a|an)\s+(?:[A-Za-z][\w.\u2019'-]*\s+){0,5}[a-z][\w-]*$")
# the same with a role that ends in a name, its head among its first three words: "Anwar Gargash,
# diplomatic adviser to President Sheikh Mohamed, who", "John Roe, a tech staffer at the State
# Department who" (checked by _role_head_early)
_NAME_NAMED_ROLE_END = re.compile(r"(?<![\w\u2019'-])((?:[A-Z][\w.\u2019'-]+\s+){1,3}[A-Z][\w\u2019'-]+),\s+"
                                  r"((?:(?:the|a|an)\s+)?[a-z][\w-]*(?:\s+[A-Za-z][\w.\u2019'-]*){1,7})$")

# ... or a capitalised title ending in a title word: "Philippe Roe, UNRWA Commissioner-General, who"
_NAME_TITLE_END = re.compile(r"(?<![\w\u2019'-])((?:[A-Z][\w.\u2019'-]+\s+){1,3}[A-Z][\w\u2019'-]+),\s+"
                             r"((?:[A-Z][\w.&\u2019'-]*\s+){0,4}[A-Z][\w\u2019'-]*)$")

# What may follow an inverted speaker to the end of the sentence: when and where, nothing more
# ("said Jane Roe in Geneva on Tuesday.", "said the minister late on Monday.")
_TIME_PLACE_TAIL = re.compile(
    r"(?:,?\s+(?:in|on|at|late|early|earlier|later|this|last|yesterday|today|tonight)"
    r"(?:\s+(?:on|in|at|the|a|[A-Z][\w\u2019'-]*|\d[\w,]*|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"morning|afternoon|evening|night|week|month|year|conference|briefing|statement|interview))*){1,3}[\s.\u00a0]*")


def _past_plural_title(member: str) -> str:
    """The first member of "Prime Ministers X, Y and Z" without the title all three share."""
    words = member.split()
    k = 0
    while k < len(words) - 1 and (words[k] in TITLE_CAPS or words[k].endswith("s") and words[k][:-1] in TITLE_CAPS):
        k += 1
    return " ".join(words[k:]) if k and any(w.endswith("s") and w[:-1] in TITLE_CAPS for w in words[:k]) else member


def _name_start(men: Mention) -> int:
    """Where the mention's own name begins, past a description before it ("the charity X")."""
    return men.end - len(men.name) if men.name and men.text.endswith(men.name) else men.start


def _role_head_early(role: str) -> bool:
    """A role phrase whose head noun comes within its first three words, after modifiers only
    ("diplomatic adviser to ...", "a tech staffer at ..."), not a clause ("forcefully told a woman")."""
    words = role.split()
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    for k, w in enumerate(words[:3]):
        if w.lower() in DESC_HEADS:
            return all(not v.endswith("ly") and v.lower() not in SAY_VERBS for v in words[:k])
    return False


# "the paper reported", "the broadcaster said": an outlet relaying, nobody described
_NEWS_HEADS = frozenset({"paper", "newspaper", "daily", "broadcaster", "channel", "outlet", "website", "network",
                         "report", "station", "agency"})
# "from Khan Younis": a preposition before a capitalised run makes it a place, not a person
_PLACE_PREP_BEFORE = re.compile(r"\b(?:in|from|to|at|near|of)\s+$")
# a capitalised word that may be (part of) a person's name, looked up in the article's names
_NAME_WORD = re.compile(r"\b[A-Z][a-z][\w'-]*")
# "the retired general": a fresh description of the person quoted just before
_EPITHET_HEADS = frozenset(w.lower() for w in _PRONOUN_DATA.get("epithet_heads", ()))
_BARE_EPITHET_HEADS = frozenset(w.lower() for w in _PRONOUN_DATA.get("bare_epithet_heads", ()))
# "top" in "the top diplomat", "unnamed" in "the unnamed official": no word of who holds the role
_LOOSE_MODIFIERS = frozenset(w.lower() for w in _PRONOUN_DATA.get("loose_modifiers", ()))
# descriptors that name a thing, never "he"/"she": "the report", "the most recent one [update]"
_THING_HEADS = frozenset(EVIDENCE_HEADS | {"one"})
_SOURCE_HEADS = frozenset(w.lower() for w in _PRONOUN_DATA.get("source_heads", ()))
_PERSON_DESC = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+((?:[A-Z][\w.\u2019'-]*\s+|(?!(?:the|an?|of|for|with|to|in|on|at|by|"
                          r"and|or|from|his|her|its|their|as|than)\s)[a-z][\w-]*\s+){0,3}?)(" +
                          "|".join(sorted(PERSON_HEADS, key=len, reverse=True)) + r")\b(?![\u2019']s)")
# "The Israeli prime minister's heel-turn comes after he ...": a titled owner opening the sentence
_PERSON_DESC_OWNER = re.compile(_PERSON_DESC.pattern.replace(r"(?![\u2019']s)", r"(?=[\u2019']s\b)"))
_SUBJ_LEAD = re.compile(r"(?:(?:But|And|Still|Yet|So|Meanwhile|However|Now),?\s+)?"
                        r"(?:(?:On|In|At|Last|Earlier|Later|After|Before|During|Since|While|Speaking|Writing)\b"
                        r"[^,]{0,60},\s*)?")
# A capital opening a word.  (Here and below the capital is matched first and what stands
# before it looked back on, so that the scan skips from capital to capital instead of trying
# the look-behind at every position.)
_CAP_WORD = re.compile(r"[A-Z](?<![\w\u2019'.-][A-Z])")
# "Her Excellency", "His Highness" with no name: a form of address standing for the person
_HONORIFIC_ONLY = re.compile(r"(His|Her)\s+(?:Excellency|Highness|Majesty)")
# a source's tie to a body named before: "a source from the group", "close to the movement"
_OF_THE_GROUP = re.compile(r"\b(?:from|in|within|close\s+to|inside|of)\s+the\s+(?:group|movement|organi[sz]ation)\b")
# the stop of a title abbreviation before a name ("Sen.", "Lt."), which splits no phrase
# (only in the run of capitalised words that ends at the name; opening on the abbreviation's
# first letter, _at_word_start)
_TITLE_STOP = re.compile(rf"({_at_word_start(TITLE_ABBREVIATIONS)})\.(?=(?:\s+[A-Z][\w.\u2019'-]*)*\s*$)")
# the proper name a role is "of": " of the United Kingdom", " of France"
_PROPER_OF = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*){0,3})")
# a capitalised word that may name a country ("Pakistan", "Norway")
_PLACE_WORD = re.compile(r"[A-Z](?<![\w\u2019'-][A-Z])[a-z]{3,}(?![\w\u2019'-])")
_KEEP = object()  # the intervening-person check found nothing to say


# "the Israeli head of state": the words before the role, which stands for "leader"
_HEAD_OF_STATE = re.compile(r"((?:\S+\s+){0,3}?)head\s+of\s+(?:state|government)\b")
_ROLE_OPENING = re.compile(r"[Tt]he\s+(?:([A-Za-z]+)\s+)?([A-Za-z]+)(?=\s+(?:in|on|at|has|had|also|[a-z]+ed)\b)")
_SOURCE_QUALIFIED = re.compile(SOURCE_QUALIFIER)
_QUALIFIER_ADJ = re.compile(r"\b(?:close|familiar|briefed|involved|participating|privy)\s+$")
_QUALIFIED_GENERIC = re.compile(r"\b((?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal)\s+((?:[\w-]+\s+){0,3}?)"
                                r"((?:source|official|diplomat|insider|negotiator|person|aide)s?|people))\s+"
                                + SOURCE_QUALIFIER + r"\s+[^,;:.\u00b7]{1,60}")
# the same with no determiner, plural only: "sources familiar with the negotiations said",
# "people familiar with the matter told"
_QUALIFIED_BARE = re.compile(r"\b(((?:(?!(?i:the|an?|but|and|yet|so|still|however|meanwhile|now)\s)[\w-]+\s+){0,2}?)"
                             r"((?i:s)ources|(?i:o)fficials|(?i:d)iplomats|(?i:i)nsiders|(?i:n)egotiators|(?i:a)ides|(?i:p)eople))\s+"
                             + SOURCE_QUALIFIER + r"\s+[^,;:.\u00b7]{1,60}")
# a name as the agent of a participle ("the proposal presented by U.S. President X"): no "he" after it
_AGENT_BEFORE = re.compile(r"\b[a-z]+ed\s+by\s+(?:the\s+)?(?:(?:U\.S\.|[A-Z][\w.\u2019'-]*|[a-z]+-[a-z]+)\s+){0,4}$")
# "the board attacked", "several environmental groups said": a common-noun subject and its verb
_COMMON_SUBJECT_PAT = (r"(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Aa]n?|[Ss]everal|[Ss]ome|[Mm]any|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|\d+)\s+"
                       r"(?:[\w-]+\s+){{0,2}}{lazy}(?!(?:also|then|now|still|again|later)\b|[a-z]+ly\b)([a-z]{{3,}})\s+"
                       r"(?:(?:also|then|now|still|again|later|\w+ly)\s+)?[a-z]+(?:ed|s)\b")
_COMMON_SUBJECT = re.compile(_COMMON_SUBJECT_PAT.format(lazy=""))
_ADVERB_ALT = "|".join(sorted(ADVERBS_AFTER_SUBJECT))
# "... the women who have come forward to": an infinitive in a relative clause
_RELATIVE_BEFORE_INFINITIVE = re.compile(r"\s+who\s+(?:(?:have|has|had|were|was|are|is)\s+)?(?:\w+\s+){1,3}to\s+$")
_COMMON_SUBJECT_SHORT = re.compile(_COMMON_SUBJECT_PAT.format(lazy="?"))
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}
_COUNTED_HEADS_PEOPLE = frozenset({"leaders", "men", "women", "ministers", "officials", "envoys", "negotiators",
                                   "politicians", "lawmakers", "diplomats", "trio", "pair", "duo"})
_COUNTED_HEADS = _COUNTED_HEADS_PEOPLE | {"nations", "countries", "states", "governments", "mediators", "sides",
                                          "capitals"}
_DOC_HEADS = ("statement", "release", "letter", "post", "readout")
# "the letter", "the joint statement" (", obtained by AP,"): a document as the subject right before a
# verb of saying
_DOC_MENTION = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z-]+\s+){0,2}(?:" + "|".join(_DOC_HEADS) + r")(?:,[^,.;:\u00b7]{1,60},)?\s+(?:also\s+)?$")
# "The letter calls for", "the statement demands that": a document as the subject of a verb that
# could be a noun ("the UN calls" is no compound, nor is "the statement calls")
_DOC_BEFORE_VERB = re.compile(r"\b(?:" + "|".join(_DOC_HEADS) + r")s?\s+$")  # (or an aside: "The letter, seen by AP, calls for")
_SEAT_AFTER_COMMA = re.compile(r"\s*[A-Z][\w.]*-based\b")


def _is_seat(word: str) -> bool:
    """"Cairo-based" (or its normalised key, "cairo based"): where a body sits, not its side."""
    return word.rstrip(",").endswith(("-based", " based"))


# "the lawmakers" after "Twenty-five Democratic senators joined a call": a body of elected
# members, however the article first counted them
_ELECTED_HEADS = frozenset({"lawmakers", "legislators", "senators", "congressmen", "congresswomen",
                           "representatives"})
_COUNTED_MEMBERS = re.compile(r"\b(?:\d+|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|"
                              r"[Ee]leven|[Tt]welve|(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|"
                              r"[Ee]ighty|[Nn]inety)(?:-[a-z]+)?|[Dd]ozens\s+of|[Mm]ore\s+than\s+\d+)\s+"
                              r"(?:[A-Z][\w-]*\s+){0,2}(?:" + "|".join(sorted(_ELECTED_HEADS)) +
                              # ("50 House members", "30 members of Congress": a legislature's members)
                              r"|(?:(?<=House )|(?<=Senate )|(?<=Knesset )|(?<=Congress )|(?<=Parliament ))members"
                              r"|members\s+of\s+(?:the\s+)?(?:House|Senate|Congress|Knesset|Parliament))\b")
# "Hamas’ statement", "The IDF's post": a document with its owner written as a possessive
_OWNER_DOC = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w\u2019'.-]*\s+){0,3}[A-Z][\w.-]*?)" + POSSESSIVE + r"\s+"
                        r"(?:[a-z-]+\s+){0,2}(?:" + "|".join(_DOC_HEADS) + ")")
# "The statement from Mr Roe and Ms Doe": a document two or more issued together
_DOC_FROM_CONJOINED = re.compile(rf"\s*(?:[Tt]he|[Aa])\s+(?:joint\s+)?(?:{'|'.join(_DOC_HEADS)})\s+"
                                 rf"(?:from|by|of)\s+({_CONJOINED_LIST.pattern})\s*")
# A style of address standing for the person just named: "His Excellency said" (Gulf and
# diplomatic house style), "Her Majesty", "His Holiness"
_HONORIFIC_REFERENCE = re.compile(r"(His|Her)\s+(?:Royal\s+)?(?:Excellency|Highness|Majesty|Holiness|Eminence|Beatitude)")
# A named subject whose verb only describes them: "Ari Roe was 22", "Ari Roe is believed to be held"
_DESCRIBED_SUBJECT = re.compile(rf"[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){{0,3}}\s+{_COPULA}")
# "the statement from Netanyahu's office issued on behalf of the spy agency": how the document
# came out, after its issuer
_ISSUED_ON = re.compile(r"\s+(?:issued|released|published|sent|posted|put\s+out)\b")
_DOC_FROM = re.compile(r"\s+(?:(?:a|an|the)\s+(?:joint\s+|written\s+|official\s+)?(?:statement|readout|release|letter)"
                       r"\s+(?:from|by|issued\s+by|attributed\s+to)|"
                       # "according to figures published by UNRWA", "data from the WHO": the issuer's
                       # ("documents released by WikiLeaks" are not WikiLeaks's words: no documents, records)
                       r"(?:(?:the|a|an|new|latest|recent|official)\s+){0,2}(?:figures|data|statistics|numbers|"
                       r"report|survey|study|analysis|estimates?)\s+(?:from|by|published\s+by|"
                       r"released\s+by|compiled\s+by|issued\s+by)|"
                       # "according to comments shared by the group early Sunday": the group's words
                       r"(?:(?:the|a|an|new|recent)\s+)?(?:comments|remarks|posts?|messages?)\s+(?:shared|posted|"
                       r"published|released|issued|made)\s+by)\s+")


# "the UN agency (for Palestinian refugees) (UNRWA)": the short name after a description
_ACRONYM_AFTER = re.compile(r"(?:\s+(?:for|of|on)\s+[^,;()\u201c\u201d\"]{1,60}?)?\s*\(([A-Z][A-Z0-9&-]{1,9})\)")
# After these verbs a participle after their object is the object's act: "quoted the minister
# saying", "recalls her editor telling"
_OBJECT_SPEAKS = frozenset({"quoted", "quoting", "quotes", "cited", "citing", "cites", "recalls", "recalled",
                            "recalling", "recall", "remembers", "remembered", "heard", "hears", "saw", "sees",
                            "watched", "showed", "shows", "described", "describes"})
# a main verb's short object, then a participle with no comma: "called out the prime minister saying"
_OBJECT_THEN_PARTICIPLE = re.compile(r"(?:\s+(?:out|on|off|up))?\s+(?:the|his|her|their|its)\s+"
                                     r"(?:(?!that\b|who\b|which\b|and\b|to\b)[\w\u2019'-]+\s+){0,3}?"
                                     r"(?!that\b|who\b|which\b|and\b|to\b)[\w\u2019'-]+\s+")
# a participle's aside closing the subject ("..., writing in the Sunday Times")
_PARTICIPLE_ASIDE = re.compile(r",\s*(?:writing|speaking|talking|appearing|posting)\b[^,;:\u00b7]{0,60}$")
_THEIR_CONJOINED = re.compile(r"\s+and\s+$")
# "the Americans", "the Israelis": a people named by its demonym's plural (the demonym)
_PEOPLE_OF = re.compile(r"(?:the|The)\s+([A-Z][a-z]+(?:an|i))s")
# "the Bergs": a family by its surname in the plural
_FAMILY_PLURAL = re.compile(r"(?:the|The)\s+([A-Z][\w\u2019'-]+?)s")
# "Democratic U.S. Representatives from 12 states", "Lawyers from more than 40 countries": how
# many places they come from, no part of the shortest descriptor
_FROM_COUNT_TAIL = re.compile(r"\s+from\s+(?:more\s+than\s+|over\s+|at\s+least\s+|nearly\s+|some\s+)?(?:\d+|two|three|four|five|six|seven|eight|"
                              r"nine|ten|a\s+dozen|dozens\s+of)\s+(?:states|countries|nations|cities|universities|organi[sz]ations)$")
# "in (neighbouring) Jabalia", "in the Gaza Strip" closing a description: a place, not a body
# ("supporters in Congress" keep it)
_WHERE_TAIL = re.compile(r"\s+in\s+(?:the\s+)?(?!(?:Congress|Parliament|Senate|House|Knesset|Assembly|Cabinet|"
                         r"Government|Administration|Legislature)\b)(?:(?:neighbouring|neighboring|nearby|northern|southern|eastern|"
                         r"western|central|besieged|occupied)\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*$")


@dataclass
class Speaker:
    """A resolved speaker: canonical name and side."""

    name: str
    party: str | None
    faction: str | None
    kind: str  # person | org | descriptor
    plural: bool = False
    titles: set[str] = field(default_factory=set)
    as_written: str = ""
    head: str | None = None
    actor: str | None = None  # the actors file's name for this speaker, if it lists them

    def __post_init__(self):
        # (a name read across a line break, or past marks the reader blanked: 'a "senior source"')
        if "  " in self.name or "\n" in self.name:
            self.name = " ".join(self.name.split())


@dataclass
class Event:
    verb: str
    vstart: int
    vend: int
    mention: Mention
    sent: int
    para: int
    kind: str  # pre | inverted | according | possessive
    speaker: Speaker | None = None


_SENT_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*|[\u201c\"]\s*)$")
_INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){1,3}$")
_COUNTRY_OWNER = re.compile(r"(?i:country|nation|kingdom|emirate|state)(?:\u2019s|'s)")


def _owner_word(text: str, wm) -> bool:
    """Whether the capitalised word `wm` found in `text` owns what follows ("Trump's", "Biden’s")."""
    return wm.group(0).endswith("'s") or re.match(r"[\u2019']s\b", text[wm.end():wm.end() + 3]) is not None


def _name_words(actor) -> set[str]:
    """The words of an actor's name and every other name the actors file gives it, normalised
    ("UNRWA", "un relief and works agency", ...): what kind of body it is."""
    return {w for a in (actor.name, *actor.aliases) for w in norm(a).split()}


# Patterns the methods below try at every verb, mention or quote, compiled once here.
_TO_BE_AFTER = re.compile(r"\s+to\s+(?:have\s+)?be(?:en)?\b")  # "reported to have been", "said to be"
_PARTICIPLE_COMMA_END = re.compile(r",\s*(?:\w+ly\s+|often\s+|long\s+)?$")
_TO_END = re.compile(r"\bto\s+$")
_TO_OR_TO_AND_END = re.compile(r"\bto\s+(?:[a-z]+\s+(?:[a-z]+\s+)?and\s+)?$")  # "to seek", "to come out and"
_AND_THEN_END = re.compile(r"\b(?:and|but|then|and\s+then)\s+(?:(?:has|have|had|would|will|also|did|does|do)\s+)?"
                           r"(?:not\s+|never\s+)?(?:\w+ly\s+|also\s+|later\s+)?$")
_CLOSE_THEN_WORD_END = re.compile(r"[" + _CLOSE_MARKS + r"]\s*,?\s*\w+$")
_CLOSE_OR_COMMA_END = re.compile(r"[" + _CLOSE_MARKS + r"][\s,\u2014\u2013-]*$|[,\u2014\u2013]\s*$|^\s*$")
_CLOSE_END = re.compile(r"[" + _CLOSE_MARKS + r"]\s*[,\u2014\u2013-]?\s*$")
_CLOSE_COMMA_END = re.compile(r"[" + _CLOSE_MARKS + r"]\s*[,]?\s*$")
_VERB_AFTER_SUBJECT = re.compile(r"\s+(?:\w+ly\s+)?(?:has\s+|had\s+|was\s+|is\s+)?[a-z]+")
# "A senior Hamas official spoke to Reuters ...": a description that opens a sentence and talks
# to someone is who the next "he said" means, though no quote or reporting verb is in its sentence
# (past the body its role serves: "Hamas’ director of the Prisoners’ Media Office has spoken to")
_SPOKE_TO_AFTER = re.compile(r"(?:\s+(?:of|for|at)\s+[^,;:.\u201c\u201d\"]{1,80}?)?\s+(?P<at>(?:\w+ly\s+)?(?:has\s+|had\s+)?"
                             r"(?:spoken|spoke|speaks|talked|talks))\s+(?:to|with)\s")
_WHO_CLAUSE_NP = re.compile(r"^\s*(?:(?:But|And)\s+)?((?:[A-Za-z][\w\u2019'-]*\s+){1,5}?)who\s+[a-z]+")
_PLACE_PREP_END = re.compile(r"\b(in|from|of|at|near|to|for|with|on|by|within|inside|outside)\s+(?:[a-z-]+\s+){0,2}$")
_HONORIFIC_OPENING = re.compile(r"(Mr|Mrs|Ms|Miss)\.?\s")
_APPOSITIVE_AFTER_NAME = re.compile(r",\s+((?:a|an|the|[A-Z][\w\u2019']*)\b[^,.;\n]{3,100})")


# "Mr. Trump", "Mrs Clinton": an honorific and the surname it genders.  The hint, which opens on a
# letter and so skips quickly to each "M", is searched for first: most articles have none.
# (The pattern itself opens on the honorific's "M" too, _at_word_start.)
_HONORIFIC_NAME = re.compile(rf"({_at_word_start(['Mr', 'Mrs', 'Ms', 'Miss'])})\.?\s+"
                             r"([A-Z][\w'-]*?[\w-])(?:[\u2019']s)?\b")
_HONORIFIC_HINT = re.compile(r"M(?:r|rs|s|iss)\.?\s+[A-Z]")


class Attributor:
    """Finds and resolves events for one article."""

    def __init__(self, text: str, masked: str, sents, sindex, actors: Actors | None, names: NameIndex):
        self.text, self.masked, self.sents, self.sindex = text, masked, sents, sindex
        self.actors, self.names = actors, names
        self._norm_text: str | None = None  # the article normalised, read when an organisation is named
        self.events: list[Event] = []
        self.history: list[tuple[int, Speaker]] = []
        self.subject_only: set[int] = set()  # history positions of people named as subjects, not heard
        # Honorifics tell a surname's gender ("Mr. Trump", "Mrs. Clinton"), which keeps
        # "she said" from going to the last man quoted.
        self.gender: dict[str, str] = {}
        for hm in (_HONORIFIC_NAME.finditer(text) if _HONORIFIC_HINT.search(text) else ()):
            g = "m" if hm.group(1) == "Mr" else "f"
            prev = self.gender.get(hm.group(2))
            self.gender[hm.group(2)] = g if prev in (None, g) else "?"

    # ----------------------------------------------------------- finding
    def known(self, phrase: str):
        return self.actors.find(phrase) if self.actors else None

    def _headline(self) -> str | None:
        """The article's `title:` line, if it has one."""
        tm = _TITLE_LINE.match(self.text)
        return tm.group(1) if tm else None

    def find_events(self) -> list[Event]:
        m = self.masked
        verbs: dict[int, list] = {}
        for vm in _verb_matches(m, self._letter_runs()):
            si = self.sindex.at(vm.start())
            if si < len(self.sents) and self.sents[si][0] <= vm.start() and vm.end() <= self.sents[si][1]:
                verbs.setdefault(si, []).append(vm)
        dashes: dict[int, list] = {}
        for dm in _DASH_ATTR.finditer(m):
            dashes.setdefault(self.sindex.at(dm.start()), []).append(dm)
        for si, (ss, se, para) in enumerate(self.sents):
            for vm in verbs.get(si, ()):
                ev = self._cited_source(self._event(vm, si, ss, se, para), se)
                if ev and not (ev.kind == "pre" and _REDUCED_RELATIVE.search(m, max(ss, ev.mention.start - 40),
                                                                          ev.mention.start)
                               and ev.mention.kind in ("name", "org")
                               and not _QUOTE_NEXT.match(m, ev.vend)):
                    # (but "the proposal Hamas described as “a U.S. proposal”" quotes Hamas)
                    self.events.append(ev)
            for dm in dashes.get(si, ()):
                if not (ss <= dm.start() and dm.end() <= se):
                    continue
                men = np_after(m, dm.end(), se)
                if men and men.kind != "pronoun":
                    self.events.append(Event("\u2014", dm.start() + 1, dm.end(), self._with_actor(men), si, para,
                                             "inverted"))
            if ss == self.para_start(para):
                cm = (_COLON_SPEAKER.match(m, ss, se) or _COLON_ONE.match(m, ss, se)
                      or _COLON_APPOSED.match(m, ss, se))
                if cm and (cm.group(1) in STOP_CAPS | _COLON_LABELS
                           or cm.group(1).split()[-1].capitalize() in _COLON_LABELS):  # "EDITOR’S NOTE:"
                    cm = None
                if cm and not (cm.group(1).isupper() or len(cm.group(1).split()) >= 2):
                    # "Pence: Flowers won't be at debate" - a single name, if the article names them in full
                    one = cm.group(1)
                    if self.names.fullest(one, ss) == one and not (self.actors and self.actors.find(one)):
                        cm = None
                pe = self.para_end(para)
                if cm is None and not DECK_END.search(
                        m, max(ss, _trailing_run_start(m, ss, pe, "\u201d\u2019\"')]") - 1), pe):
                    # a deck's item, written as a headline: "former hostage: ‘A leader is ...’"
                    cm = _DECK_COLON.match(m, ss, se)
                if cm:
                    men = np_after(m, cm.start(1), cm.end(1))
                    if men and men.kind != "pronoun":
                        self.events.append(Event(":", cm.end(1), cm.end(), self._with_actor(men), si, para,
                                                 "colon"))
            sent_text = m[ss:se]
            mm = _MESSAGE_COLON.search(m, ss, se) if ":" in sent_text else None
            if mm and _QUOTE_NEXT.match(m, mm.end()) and not re.search(r"\bthat\b", m[ss:mm.start()]):
                # "For now, Alexander has this message for his son: “...”": a speech noun the
                # subject has, sends or gives, then the words after the colon (not one inside
                # someone's "that" clause: "X warned that the decision sends a message: “...”")
                men = self._clause_subject(m[ss:mm.end() - 1], ss)
                if men is not None and men.kind != "pronoun":
                    self.events.append(Event(mm.group(1), mm.end() - 1, mm.end(), men, si, para, "pre"))
            pm = _STATEMENT_NOUN.search(m, ss, se) if ("\u2019s" in sent_text or "'s" in sent_text
                                                   or "s\u2019 " in sent_text or "s' " in sent_text) \
                and _STATEMENT_NOUN_HINT.search(m, ss, se) else None
            if pm and pm.group(1).split()[-1] not in TIME_CAPS:  # ("Tuesday’s statement": no one's)
                men = self._mention_from_text(pm.group(1), ss + (pm.start(1) - ss))
                if men:
                    self.events.append(Event(pm.group(0).split()[-1], pm.end(), pm.end(), men, si, para,
                                             "possessive"))
        self.events.sort(key=lambda e: e.vstart)
        return self.events

    def _letter_runs(self) -> set[str]:
        """The distinct runs of ASCII letters in the masked article (`_letter_runs`), read once:
        which reporting verbs and kinship words it can hold."""
        runs = self.__dict__.get("_runs")
        if runs is None:
            runs = self._runs = _letter_runs(self.masked)
        return runs

    def _para_bounds(self, para: int) -> tuple[int, int]:
        """(start of its first sentence, end of its last), read off the sentences once."""
        bounds = self.__dict__.get("_para_spans")
        if bounds is None:
            bounds = {}
            for ss, se, p in self.sents:
                bounds[p] = (bounds[p][0] if p in bounds else ss, se)
            self._para_spans = bounds
        return bounds.get(para, (-1, -1))

    def para_start(self, para: int) -> int:
        return self._para_bounds(para)[0]

    def para_end(self, para: int) -> int:
        return self._para_bounds(para)[1]

    def _mention_from_text(self, phrase: str, start: int) -> Mention | None:
        while " " in phrase and phrase.split()[0] in STOP_CAPS:
            # "Concerning Israel's response, he noted": the preposition is no part of the owner
            cut = len(phrase) - len(phrase.split(None, 1)[1])
            phrase, start = phrase[cut:], start + cut
        toks = _tokens(self.masked, start, start + len(phrase))
        if not toks:
            return None
        return classify(phrase, start, start + len(phrase), toks)

    def _cited_source(self, ev: Event | None, se: int) -> Event | None:
        """"Axios reported citing Israeli officials": the officials speak; the outlet only relays."""
        if ev is None or ev.kind not in ("pre", "according"):
            return ev
        if ev.kind == "according":
            # "According to Yedioth Ahronoth, citing four unnamed Israeli officials, Israel “may ...”"
            cm = _ACCORDING_CITING.match(self.masked, ev.mention.end, se)
        elif (lead := _QUOTING_LEAD.match(self.masked, self.sents[ev.sent][0], ev.mention.start)) and \
                ev.verb in ("reported", "reports", "said", "says", "added", "wrote", "noted"):
            # "Quoting an unnamed Israeli security source, it reported: “...”": the source speaks
            cm = lead
        elif ev.verb in ("reported", "reports"):
            cm = _REPORTED_CITING.match(self.masked, ev.vend, se)
        elif ev.verb == "citing" and _REPORTED_BEFORE.search(self.masked, max(0, ev.vstart - 12), ev.vstart):
            cm = _SPACES.match(self.masked, ev.vend, se)  # ("the channel reported, citing ...")
        else:
            return ev
        cited = np_after(self.masked, cm.end(), se) if cm else None
        if cited is None or cited.kind not in ("name", "descriptor") or (
                cited.kind == "descriptor" and (cited.head in EVIDENCE_HEADS or cited.head in _DOC_HEADS)):
            return ev  # ("reported, citing a statement from ...": the outlet read a document)
        ev.mention = self._with_actor(cited)
        return ev

    def _event(self, vm, si, ss, se, para) -> Event | None:
        m = self.masked
        verb = vm.group(0)
        vs, ve = vm.start(), vm.end()
        if verb == "According to":
            verb = "according to"
        if verb == "Says":
            verb = "says"  # a headline: "Obama Says Museum Will Tell ..."
        if verb == "Said":
            # "Said Ellis: ..." - inverted at the start of a sentence
            if m[ss:vs].strip(" \u201c\"'") == "":
                men = np_after(m, ve, se)
                if men and men.kind != "pronoun":
                    return Event("said", vs, ve, self._with_actor(men), si, para, "inverted")
            return None
        if verb == "according to":
            om = _OBJECT_PRONOUN.match(m, ve, se)
            if om:
                # "According to him, ...": the pronoun's antecedent, resolved like "he said"
                subj = {"him": "he", "her": "she", "them": "they"}[om.group(1).lower()]
                return Event(verb, vs, ve, Mention(subj, om.start(1), om.end(1), "pronoun"), si, para, "according")
            dm = _DOC_FROM.match(m, ve, se)
            if dm:
                issuer = np_after(m, dm.end(), se)
                if issuer is not None and (issuer.kind in ("org", "name") or (
                        issuer.kind == "descriptor" and issuer.head in _ISSUER_HEADS)):
                    # "according to a readout from the White House": the issuer's words
                    return Event(verb, vs, ve, self._with_actor(issuer), si, para, "according")
            men = np_after(m, ve, se)
            if men is None or (men.kind == "descriptor" and re.match(r"\s+[a-z-]+\s*(?:[,.;]|$)", m[men.end:se])) or (
                    men.kind != "pronoun"
                    and re.match(r"\s+(?:[a-z][\w-]*\s+){1,5}?[a-z][\w-]*\s*(?:[,.;:]|$)", m[men.end:se])):
                # ("according to a Washington Post database tracking such deaths": the database)
                men = self._according_np(ve, se) or men
            elif men.kind == "descriptor" and men.head in EVIDENCE_HEADS and \
                    re.match(r"\s+[a-z][\w-]*\s+(?:[\w\u2019'.-]+\s+){0,5}?[\w\u2019'.-]+\s*(?:[,.;:]|$)", m[men.end:se]):
                # "according to the documents released by WikiLeaks, ...": the whole noun phrase
                men = self._according_np(ve, se) or men
            if men and men.kind == "name" and men.appositive and not re.match(
                    r"\s*,\s*" + re.escape(men.appositive) + r"\s*(?:[,;.\u2014]|$)", m[men.end:se]):
                # "According to Nassef, Hamas still insists on ...": the clause after the comma is
                # what the source says, not who the source is
                men.appositive = None
            if men and men.kind == "descriptor":
                am = ACCORDING_APPOSITIVE.match(m, men.end, se)
                pq = _ACCORDING_PP_NAME.match(m, men.end, se) if am is None else None
                if pq is not None:
                    # "According to the military analyst in the newspaper “Haaretz”, Amos Harel, ...":
                    # the name after the role's qualifier
                    am = _COMMA_NAME_COMMA.match(m, pq.end(), se)
                named = np_after(m, am.start(1), am.end(1)) if am else None
                if named is not None and named.kind == "name" and named.end == am.end(1):
                    # "According to the aunt, Tal Idan, the five hostages were ...": the aunt is Tal Idan
                    named.appositive = men.text
                    men = named
            if men and men.kind == "descriptor" and men.head == "one":
                return None  # "according to the most recent one [update]": a thing named before
            if men and men.kind == "descriptor" and (cb := _CITED_BY_TAIL.search(men.text)):
                # "according to sources close to the talks cited by Hebrew media": the sources
                cut = men.text[:cb.start()]
                again = np_after(m, men.start, men.start + len(cut))
                men = again if again is not None and again.end == men.start + len(cut) else Mention(
                    cut, men.start, men.start + len(cut), "descriptor", head=cut.split()[-1].lower())
            if men and men.kind != "pronoun":
                return Event(verb, vs, ve, self._with_actor(men), si, para, "according")
            return None
        if verb in _LEAD_PARTICIPLES and m[vs:vs + 1].isupper():
            # A participle opening the sentence: its speaker is the main clause's subject
            if m[ss:vs].strip(" \"\u201c'\u2018([") or (vs > 0 and m[vs - 1:vs].isalnum()):
                return None
            c = m.find(",", ve, se)
            if c < 0 or "\u00b7" in m[ve:c] and not m[ve:c].replace("\u00b7", "").strip(" \"\u201c\u201d,"):
                return None
            men = np_after(m, c + 1 + (len(m[c + 1:se]) - len(m[c + 1:se].lstrip())), se)
            if men is None or not _VERB_AFTER_SUBJECT.match(m[men.end:se]):
                return None
            return Event(verb, vs, ve, self._with_actor(men), si, para, "lead")
        if verb in ("cited", "quoted") and _BY_AFTER.match(m, ve, se):
            return None  # "sources close to the talks cited by Hebrew media": a participle, no act
        if verb == "attributed" and re.match(r"\s+to\b", m[ve:se]) and \
                re.search(r"\b(?:statement|remarks|comments|words|quote|message|post)\s+$", m[ss:vs]):
            return None  # "A statement attributed to X said": whose words the statement carries
        quoting = verb in ("cited", "cites", "citing", "quoted", "quoting", "quotes")
        cm = _CITED_AS_SAYING.match(m, ve, se) if quoting or verb in ("reported", "reports", "reporting") else None
        if quoting or (cm is not None and re.search(r"\sas\s+\w+$", cm.group(0))):
            # (and "Walla reported the prime minister as saying": the prime minister speaks)
            if cm and cm.group(1).startswith("by "):
                return None  # "X was quoted by the radio as saying": the passive's subject speaks
            if cm:
                # "Reuters cited Israeli officials as saying that ...": the officials speak
                cited = np_after(m, cm.start(1), cm.end(1)) or Mention(
                    cm.group(1), cm.start(1), cm.end(1), "descriptor", head=cm.group(1).split()[-1].lower())
                if cited.kind == "descriptor" and cited.end < cm.end(1) and \
                        re.match(r"\s+(?:in|of|from|at)\s", m[cited.end:cm.end(1)]):
                    # "quoted a senior source in the Islamic Resistance Movement (Hamas) as saying":
                    # the whole description, whose qualifier names the side
                    cited = Mention(cm.group(1), cm.start(1), cm.end(1), "descriptor", head=cited.head)
                if cited.kind != "pronoun":
                    return Event(verb, vs, ve, self._with_actor(cited), si, para, "pre")
        if verb in ("saying", "telling", "stating", "writing") or _AS_HAVING.search(m, max(ss, vs - 12), vs):
            # ("Safadi was quoted as having told BBC News")
            pm = _QUOTED_AS.search(m[max(ss, vs - 80):vs])
            if pm:
                # "X was quoted (by Army Radio) as saying": the passive's subject is the speaker
                men = self._subject(ss, max(ss, vs - 80) + pm.start(), common_nouns=True)
                if men is not None:
                    return Event(verb, vs, ve, men, si, para, "pre")
        before_to = m[max(ss, vs - 4):vs].rstrip().endswith(" to") or m[max(ss, vs - 3):vs].rstrip() == "to"
        if before_to and re.search(r"\b(?:fail(?:s|ed|ing)?|refus(?:es|ed|ing)|declin(?:es|ed|ing))\s+to\s+$",
                                   m[max(ss, vs - 20):vs]):
            return None  # "criticised the resolution for failing to condemn Hamas": nobody condemned
        if verb in ("think", "thinks") and re.match(r"\s+tanks?\b", m[ve:ve + 8]):
            return None  # "a Washington think tank": a noun
        if verb in ("add", "adds", "added", "adding") and _ADD_TO.match(m, ve):
            return None  # "passed a resolution, adding to the pressure Washington is exerting": nobody spoke
        if verb in ("read", "reads"):
            pre = m[max(ss, vs - 80):vs]
            if not re.search(_READ_DOCUMENTS + r"(?:\s+(?:from|by|of)\s+(?:[\w\u2019'.-]+\s+){0,5}?[\w\u2019'.-]+)?\s*$",
                             pre) and not (
                    re.search(r",[\u201d\"\u2019']?\s*$", pre) and re.match(
                        r"\s+(?:the|a|an|his|her|its|their)\s+(?:[\w\u2019'-]+\s+){0,2}?" + _READ_DOCUMENTS, m[ve:se])):
                # ("“...,” read the statement from X": inverted, the document after the verb)
                return None
        if _TO_BE_AFTER.match(m[ve:ve + 20]) and verb not in ("told", "asked", "urged"):
            return None  # "reported to have been assassinated", "said to be": nobody speaks
        pre = m[ss:vs]
        tail = pre[-100:]  # end-anchored checks need only the end of the sentence so far
        back = _word_starts_back(tail, len(tail), 0, 5)  # where its last words begin, read once for them
        if verb.endswith("ed") and _PARTICIPLE_COMMA_END.search(tail) and \
                re.match(r"\s+(?:as|by)\b", m[ve:ve + 5]):
            return None  # "The Gulf Cooperation Council, often criticised as fractious, has ...": a participle
        if not verb.endswith("ing") and _end_search(_PASSIVE, tail, back, 2):
            return None
        if _NOUN_BEFORE.search(tail, _last_run_start(tail)):
            return None  # "This demand", "his remarks": a noun, not a verb
        if verb in _NOUN_LIKE and re.search(r"\b(?:a|an|the|this|that|his|her|its|their|our)\s+(?:\S+\s+){0,2}$",
                                          tail, re.I) and not (
                verb in _VERB_BEFORE_CLAUSE and re.search(r"\b[A-Z][\w-]*\s+$|\b(?:campaign|poll|survey|study|"
                                                          r"report|analysis|government|group)\s+$", tail)
                and re.match(r"\s+(?:that\b|to\s+[a-z]+\b)", m[ve:ve + 30])) and not (
                (_DOC_BEFORE_VERB.search(tail) or (tail.endswith(", ") and not verb.endswith("ing")))
                and re.match(r"\s+(?:for|on|that)\b", m[ve:ve + 8])):
            return None  # "in a Facebook post", "the UN report" (not "The Tax Foundation estimates that")
        if verb in _GLOSS_PARTICIPLES and re.search(r",\s*$", tail):
            return None  # "..., suggesting a diplomatic dance": the writer's gloss, not speech
        im = _ISSUED_DOC.search(tail) if verb.endswith("ing") else None
        if im:
            # "Colombo issued a brief communique expressing “...”": the issuer's words
            men = self._clause_subject(pre[:len(pre) - len(tail) + im.end()], ss, common_nouns=True)
            if men is not None:
                return Event(verb, vs, ve, men, si, para, "pre")
        bm = re.search(r"\b(?:began|begins|started|opened|ended|closed|responded|replied)\s+by\s+$", tail) \
            if verb.endswith("ing") else None
        if bm:
            # "Dean appeared on MSNBC and began by saying he would “never” ...": the opener's subject
            men = self._clause_subject(pre[:len(pre) - len(tail) + bm.end()].rstrip()[:-2], ss, common_nouns=True) \
                or self._previous_subject(si)
            if men is not None:
                return Event(verb, vs, ve, men, si, para, "pre")
        if verb.endswith("ing"):
            wide = pre[-200:]
            wm = _WITH_AGENT.search(wide) if " with " in wide else None
            if wm is not None:
                # "... condemned by the UN, with its coordinator, Jane Roe, labelling the strikes
                # “...”": the noun phrase after "with" is the participle's subject
                end = vs - len(wide) + len(wide[:wm.end(1)].rstrip(" ,"))
                men = np_before(m, end, vs - len(wide) + wm.start(1), common_nouns=True)
                if men is not None and men.kind != "pronoun":
                    return Event(verb, vs, ve, self._with_actor(men), si, para, "pre")
        if verb.endswith("ing") and re.search(r",\s*(?:while\s+|also\s+|and\s+|before\s+|after\s+)*$", tail):
            # Participle after the main clause: "X released a statement, stressing ..."
            body = pre.rstrip().rstrip(",")
            said = next((ev for ev in reversed(self._found_in_sentence(si)) if ev.kind in ("pre", "inverted")
                         and (ev.mention.kind == "pronoun" or ev.kind == "inverted") and ev.vend <= vs
                         and _SAID_THEN_PARTICIPLE.fullmatch(m, ev.vend if ev.kind == "pre" else ev.mention.end, vs)),
                        None)
            # ("“...,” he said, explaining that ...", "..., said the FM, adding that": the one who
            # said it goes on explaining)
            men = (said.mention if said is not None else None) or \
                self._verb_in_stretch(si, ss + body.rfind(",") + 1) or \
                self._clause_subject(pre, ss, common_nouns=True) or self._previous_subject(si)
            if men is None:
                return None
            return Event(verb, vs, ve, men, si, para, "pre")
        if verb in STANCE_VERBS and _end_search(_TO_OR_TO_AND_END, tail, back, 4):
            return None  # "went to Cairo to seek ...", "to come out and support her": no stated view of its own
        if before_to and re.search(r"\b(?:for|urged|urging|asked|asking|called\s+on|calling\s+on|pressed|pressing|told|telling|"
                     r"wants|want|wanted|expects|expected)\s+(?:[A-Z][\w\u2019'.-]*\s+){1,4}to\s+$|"
                     r"\bfor\s+(?:the\s+|its\s+|their\s+)?[a-z]+\s+to\s+$", tail):
            return None  # "stressed the need for Israel to agree to ...": Israel's act, nobody's words
        if verb in SAY_VERBS and _end_search(_TO_END, tail, back, 1):
            # "Trump took to Twitter to accuse ...": the infinitive's subject is the sentence's
            # A descriptor or pronoun only when the infinitive itself opens the quotation or a
            # that-clause ("his spokesperson messaged reporters to say: “...”", "He went on to say
            # that ..."); in "a majority to confirm ...", "urged aides to call ..." nobody speaks
            opens = _OPENS_WORDS.match(m, ve, ve + 8) is not None
            rel = _RELATIVE_BEFORE_INFINITIVE.search(tail)
            if rel:
                # "threatening to sue the women who have come forward to say ...": the relative
                # clause's antecedent says it, not the sentence's subject
                ant = np_before(m, vs - len(tail) + rel.start(), ss, common_nouns=True)
                if ant is None or ant.kind == "pronoun":
                    return None
                return Event(verb, vs, ve, self._with_actor(ant), si, para, "pre")
            men = self._previous_subject(si) or self._clause_subject(
                _TO_END.sub("", pre), ss, common_nouns="desc" if opens else False)
            if men is None:
                # "His visit comes after Prime Minister X contacted his counterpart Y to tell him of
                # the “...”": the subject of the verb the infinitive hangs on, in a clause of its own
                vm2 = _NAMED_VERB_BEFORE_TO.search(pre)
                if vm2 is not None:
                    cand = np_before(m, ss + vm2.start(2) - 1, ss)
                    men = self._with_actor(cand) if cand is not None and cand.kind in ("name", "org") else None
            if men is None or (men.kind == "pronoun" and not opens):
                return None
            return Event(verb, vs, ve, men, si, para, "pre")
        if _end_search(_AND_THEN_END, tail, back, 5) and \
                (verb in ("said", "says") or not re.match(r"\s+(?!that\b|the\b|a\b|an\b|his\b|her\b|its\b|their\b|it\b|he\b|she\b|they\b|we\b|"
                             r"them\b|him\b|us\b|"
                             r"to\b|on\b|in\b|at\b|for\b|of\b|with\b)[a-z]", m[ve:ve + 20])):
            # "Scott beamed and asked ...", "X exhorted ... and said ...": the same subject
            # (after "said" any clause: "..., and had said news of her death came as a ‘relief’")
            def clause() -> Mention | None:
                return self._clause_subject(_AND_THEN_END.sub("", pre), ss, common_nouns="desc")
            prev = next((ev for ev in reversed(self._found_in_sentence(si)) if ev.kind == "pre"), None)
            if prev is not None and prev.mention.start > ss and re.match(r",\s", m[prev.vend:prev.vend + 2]) and \
                    re.search(r",\s*$", m[ss:prev.mention.start]):
                # "At this point, the report said, Netanyahu lashed out ... and said": the aside's
                # source reports the clause; its subject goes on
                named = clause()
                if named is not None and named.kind in ("name", "org"):
                    return Event(verb, vs, ve, named, si, para, "pre")
            men = (self._main_say_subject(si) if verb in _CORE_SAY and re.search(r",\s*(?:and|but)\s", tail)
                   else None) or self._previous_subject(si) or clause()
            if men is not None:
                return Event(verb, vs, ve, men, si, para, "pre")
            if not re.search(r"(?:^|[^,])\s*\bthen\s+$", tail) or re.search(r"\b(?:and|but)\s+then\s+$", tail):
                return None
            # ("Politifact then pointed out that ...": an adverb, the subject precedes it)
        if verb.endswith("ing") and _end_search(_PROGRESSIVE, tail, back, 2):
            # "The attorney general is confirming that ...": a progressive is a finite verb
            cut = _aux_strip(re.sub(r"\b(?:is|are|was|were|been)(?:n[\u2019']t)?\s+(?:\w+ly\s+|not\s+)?$", "", pre))
            men = self._subject(ss, ss + len(cut), common_nouns=True) or self._bare_np_subject(
                ss, ss + len(cut.rstrip()), ve, se)
            return Event(verb, vs, ve, men, si, para, "pre") if men is not None else None
        stripped = pre.rstrip()
        # Inverted: quote close (and comma) right before the verb, speaker after it.
        # (the two end-anchored patterns searched from where their matches can start)
        if (adv := _ADVERB_BEFORE_VERB.search(stripped, _before_last_word(stripped))) and \
                _CLOSE_THEN_WORD_END.search(stripped):
            stripped = stripped[:adv.start()].rstrip()  # "“...,” further said X"
        if (verb in _INVERTIBLE or verb.endswith("ed")) and \
                _CLOSE_OR_COMMA_END.search(stripped, max(0, _trailing_run_start(stripped, 0, len(stripped),
                                                                                ",\u2014\u2013-") - 1)):
            # (a dash aside may stand between: "“...” — a weeklong truce in November — said X")
            after_close = _CLOSE_END.search(stripped) \
                or _ASIDE_AFTER_CLOSE.search(stripped)
            if after_close or (stripped.endswith(",") and verb in _INVERTIBLE and verb not in ("told", "tells")
                               and (self._subject(ss, ss + len(_aux_strip(pre))) is None
                                    or self._closing_np(ve, se))):
                men = np_after(m, ve, se)
                if men and not after_close and re.match(
                        r"\s+(?!(?:in|on|at|of|about|during|last|this|after|before|when|while|from|to|with|"
                        r"earlier|later|today|yesterday|tonight|recently|told|who|whose)\b)[a-z]", m[men.end:se]):
                    men = None  # "X, director of ..., said the states were ...": a clause, not a speaker
                if men and men.kind == "descriptor" and (men.head or "") not in PLURAL_HEADS:
                    am = _NAME_CLOSING.match(m, men.end, se)
                    if am is None and (pp := _TO_BODY.match(m, men.end, se)):
                        am = _NAME_CLOSING.match(m, pp.end(), se)  # "said the U.S. ambassador to the UN, X."
                    named = np_after(m, am.start(1), am.end(1)) if am else None
                    if named is not None and named.kind == "name" and m[named.end:am.end(1)] in ("", "."):
                        # "said another Haifa resident, Avis Ben Ishai.": the resident is the one named
                        named.appositive = men.text
                        men = named
                if men and men.kind in ("name", "org"):
                    lm = _INVERTED_LIST_TAIL.match(m, men.end, se)
                    if lm and _names_only(m[men.start:lm.end()]):
                        # "said the United States, Qatar and Egypt in a joint statement": together
                        men = Mention(m[men.start:lm.end()], men.start, lm.end(), "descriptor", head="and")
                if men and verb in _ADDRESSING and _ADDRESSEE_COMPLEMENT.match(m, men.end, se):
                    men = None  # "who spoke “...”, told the court that ...": whom the words went to
                if men:
                    men = self._with_actor(men)
                    if men.kind != "pronoun" or _CLOSE_COMMA_END.search(stripped):
                        return Event(verb, vs, ve, men, si, para, "inverted")
        if verb.endswith("ing"):
            aside = _CLOSED_ASIDE.search(pre)
            if aside is not None:
                # "Qassem denounced the GHF — an initiative he said was set up by X — describing it
                # as “...”": the participle hangs on the clause before the aside
                main = [ev for ev in self._found_in_sentence(si)
                        if ev.kind == "pre" and ev.vend <= ss + aside.start() and ev.mention.kind != "pronoun"]
                if main:
                    return Event(verb, vs, ve, main[-1].mention, si, para, "pre")
        if verb.endswith("ing"):
            main = next((ev for ev in reversed(self._found_in_sentence(si)) if ev.kind == "pre"
                         and ev.mention.kind != "pronoun" and ev.vend <= vs), None)
            if main is not None and main.verb not in _OBJECT_SPEAKS \
                    and _OBJECT_THEN_PARTICIPLE.fullmatch(m, main.vend, vs):
                # "X called out the prime minister saying “...”": the participle goes on from the
                # main verb's subject, past its object
                return Event(verb, vs, ve, main.mention, si, para, "pre")
            quoted = self._quoted_by_subject(si, vs)
            if quoted is not None:
                return Event(verb, vs, ve, quoted, si, para, "pre")
        # Subject before the verb.
        cut = _aux_strip(pre)
        # (any verb closing a quote's own attribution takes a common noun: "“...?” the premier shot back")
        closes = verb not in _CORE_SAY and not verb.endswith("ing") and \
            _AFTER_QUOTE_BEFORE.search(m, max(ss, vs - 60), vs) is not None
        men = self._subject(ss, ss + len(cut), common_nouns=verb in _CORE_SAY or closes,
                            participle=verb.endswith("ing"))
        if men is None and not verb.endswith("ing"):
            men = self._bare_np_subject(ss, ss + len(cut.rstrip()), ve, se)
        if men is None and cut.rstrip().endswith(",") and "," not in cut.rstrip()[:-1]:
            men = self._comma_before_verb(ss, ss + len(cut.rstrip()) - 1)
        if men is None:
            return None
        return Event(verb, vs, ve, men, si, para, "pre")

    def _comma_before_verb(self, ss: int, end: int) -> Mention | None:
        """"Qatar's Prime Minister ... Sheikh Mohammed Al Thani, reaffirmed on Wednesday that":
        a stray comma between a sentence's whole subject, a person's name, and its verb."""
        lead = _CLAUSE_LEAD.match(self.masked, ss, end)
        start = lead.end() if lead else ss
        men = np_before(self.masked, end, start)
        if men is None or men.kind != "name" or len((men.name or "").split()) < 2 or not all(
                w[:1].isupper() or w in ("and", "of", "for", "the") for w in self.masked[start:men.start].split()):
            return None  # (titles before the name may be joined: "Prime Minister and Minister of ...")
        return self._with_actor(men)

    def _bare_np_subject(self, ss: int, end: int, ve: int, se: int) -> Mention | None:
        """The whole clause opening is a plain noun phrase and the verb takes a clause:
        "The Tax Foundation estimates that ...", "Twelve percent indicated that ...",
        "Connecticut's tax commissioner says ...".  Only noun-phrase words are allowed, so a
        clause with its own verb never becomes a speaker."""
        m = self.masked
        lead = _CLAUSE_LEAD.match(m, ss, end)
        start = lead.end() if lead else ss
        words = m[start:end].split()
        verb = m[ve - 12:ve].split()[-1] if m[ve - 12:ve].split() else ""
        nxt = m[ve:se]
        if _MODAL_OR_TO.search(m[end:ve]):
            return None  # "Such a step would affirm ...": a hypothetical, not someone speaking
        if not 1 <= len(words) <= 20 or "," in m[start:end] or "\u00b7" in m[start:end] or not (
                re.match(r"\s+(?:\w+ly\s+)?that\b", nxt)
                or (verb not in _OBJECT_VERBS
                    and re.match(r"\s+(?:he|she|it|they|we|the|a|an|this|there|[A-Z])\w*\s+\w", nxt))
                or ((verb in _TO_VERBS or verb in STANCE_TO) and re.match(r"\s+to\s+[a-z]", nxt))):
            return None  # ("The involvement of outside actors adds a layer of complexity": an object, not speech)
        low = [w.lower().strip(".,") for w in words]
        if len(words) == 1 and low[0] in ("some", "many", "most", "others", "few") and verb in _BELIEF_SAY:
            return Mention(words[0], start, start + len(words[0]), "descriptor", head=low[0])  # "Some believe ..."
        if not (words[0][:1].isupper() or low[0] in DETERMINERS or low[0] in _QUANTIFIERS
                or _people_head(low[-1])) or words[0] in _CLAUSE_OPENERS:
            return None  # (but "environmentalists worry that", "many voters believe": a group of people)
        for i, (w, lw) in enumerate(zip(words, low)):
            if w[:1].isupper() or lw in DETERMINERS or lw in DESC_WORDS or lw in ("of", "and", "percent") \
                    or lw.isdigit() or w.endswith(("\u2019s", "'s")):
                continue
            if i >= 1 and lw in _POSTMOD and (re.match(r"\s+that\b", nxt) or (
                    lw in _PREPOSITIONS and verb in _CORE_SAY and _people_head(low[i - 1]))):
                # ("Experts on North Korea said the test ...": a group of people and its qualifier)
                # "A Quinnipiac University poll released in late August found that ...": the head
                # noun phrase speaks; a prepositional qualifier stays with it ("Experts on ...")
                if lw in ("released", "published", "conducted", "taken", "that", "who", "which"):
                    words = words[:i]
                    end = start + len(" ".join(m[start:end].split()[:i]))
                    low = low[:i]
                break
            if not w.isalpha() or lw in _BARE_NP_STOP or lw.endswith(("ed", "ing", "ly")) or len(lw) < 3:
                return None
        if len(words) > 8 or any(lw in _SUBJ_PRONOUNS for lw in low):
            return None  # "He instead praised ...": a pronoun subject is resolved elsewhere
        if words[-1].islower() and (low[-1].endswith("ed") or "also" in low):
            return None  # "Sources from the ministry also dismissed (claims that ...)": a clause, the noun its object
        if words[-1].lower() in DETERMINERS or words[-1].lower() in ("of", "and"):
            return None
        if len(words) == 1 and (words[0] in STOP_CAPS or words[0].lower() in PRONOUNS_ALL):
            return None
        text = m[start:end]
        toks = _tokens(m, start, end)
        men = classify(text, start, end, toks) if toks else None
        if men is None or men.kind == "pronoun":
            men = Mention(text, start, end, "descriptor", head=low[-1])
        return self._with_actor(men)

    def _pp_subject(self, men: Mention, pstart: int, ss: int, participle: bool) -> Mention | None:
        """`men` follows a preposition: "One man in neighbouring Jabalia told" - the speaker
        is the head before the preposition (with its qualifier), or nobody."""
        m = self.masked
        qm = _QUALIFIER_ADJ.search(m, max(ss, pstart - 12), pstart)
        # ("a Palestinian source close to the group's leadership told": the head is "source")
        head = np_before(m, qm.start() if qm else pstart, ss, common_nouns=True)
        if head is not None and head.kind == "descriptor" and head.head in _NOT_SPEAKER_HEADS:
            head = None
        if head is None or head.kind == "pronoun":
            if participle and men.kind == "name":
                return self._with_actor(men)  # "a recording of Mr Netanyahu telling ..."
            ab = _AGENT_BY.search(m, max(ss, pstart - 60), men.start) if men.kind in ("org", "name") else None
            if ab and (ab.group(1).lower() in EVIDENCE_HEADS or ab.group(1).lower() in _DOC_HEADS
                       or ab.group(1).lower() in _FINDINGS):
                # "research conducted by the Center for Media and Public Affairs found": the agent
                return self._with_actor(men)
            return None
        if head.kind == "descriptor" and men.kind == "name" and re.match(r"\s+(?:of|for|at)\s", m[head.end:men.start]):
            # "The official spokesperson of the Ministry of Foreign Affairs (MoFA) Dr. Majid
            # al-Ansari said": the role, the body it serves, then the person who holds it
            holder = np_after(m, head.start, men.end)
            if holder is not None and holder.kind == "name" and holder.end == men.end:
                return self._with_actor(holder)
        title_end = head.text.split()[-1:]
        if head.kind in ("name", "org") and men.kind == "name" and title_end and title_end[0] in TITLE_CAPS \
                and re.fullmatch(r"\s+of\s+(?:the\s+)?", m[head.end:men.start]):
            # "Executive Director of the World Food Program (WFP) Cindy McCain has hailed": the
            # title's body, then the holder's name
            words = men.text.split()
            for cut in range(len(words) - 2, 0, -1):
                body_end = words[cut - 2] if cut >= 2 and re.fullmatch(r"\([A-Z]{2,}\)", words[cut - 1]) else words[cut - 1]
                if body_end in ORG_HEADS and 2 <= len(words) - cut <= 3 and \
                        all(w[:1].isupper() for w in words[cut:]):
                    st = men.end - len(" ".join(words[cut:]))
                    nm = Mention(m[st:men.end], st, men.end, "name", name=m[st:men.end])
                    nm.appositive = m[head.start:st].strip()
                    return self._with_actor(nm)
        if head.kind in ("name", "org"):
            last = head.text.split()[-1] if head.text.split() else ""
            if last[:1].isupper() and men.kind in ("name", "org") and \
                    re.fullmatch(r"\s+(?:of|for)\s+(?:the\s+|a\s+|an\s+)?", m[head.end:men.start]):
                whole = np_after(m, head.start, men.end)
                if whole is not None and whole.end == men.end and last.lower() in INSTITUTION_NOUNS:
                    # "The Committee for a Responsible Federal Budget said": one organisation
                    return self._with_actor(Mention(whole.text, whole.start, whole.end, "org"))
                text = m[head.start:men.end]
                if is_outlet(text) or (self.actors is not None and self.actors.find(text) is not None):
                    # "The Times of Israel reported", "The Bank of Israel said": a name the
                    # outlets or actors file knows whole
                    return self._with_actor(Mention(text, head.start, men.end, "org"))
            return self._with_actor(head)  # "Charles Rangel of New York said"
        trailing = _TRAILING_NAME.search(men.text)
        if trailing and head.kind == "descriptor" and men.kind in ("name", "org") and head.head not in RELATION_HEADS:
            # (but "The father of hostage survivor Eitan Mor said": the father, Eitan Mor's)
            # "A senior member of Hamas's political bureau Bassem Naim told": the name after the
            # prepositional object is the person the whole description is about
            st = men.start + trailing.start(1)
            nm = Mention(trailing.group(1), st, men.end, "name", name=trailing.group(1))
            nm.appositive = m[head.start:st]
            return self._with_actor(nm)
        place_pp = re.search(r"\b(?:at|near|inside|outside)\s+(?:the\s+)?$", m[head.end:men.start])
        body = men.kind == "name" and men.name and (a := self.known(men.name)) is not None and a.kind == "organisation"
        if men.kind == "name" and men.name and len(men.name.split()) >= 2 and not body and not (
                head.kind == "descriptor" and (re.match(r"(?:a|an|the|one|another)\s", head.text, re.I)
                                               or head.head in RELATION_HEADS)
                # ("The father of hostage survivor Eitan Mor said": the name's own role words between)
                and re.search(r"\bof\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$", m[head.end:men.start])) and not (
                head.kind == "descriptor" and place_pp
                and re.match(r"(?:a|an|the|one|another|two|three|some|several)\s", head.text, re.I)):
            # ("one displaced person at the Rafah Crossing told": the person, not the place)
            men.appositive = m[head.start:men.start]
            return self._with_actor(men)  # "Israeli Ambassador to the UN Gilad Erdan told"
        # (but "An aunt of Avigail Idan, the girl who ..., says": the aunt speaks)
        if (head.head in _DOC_HEADS + ("report",) and men.kind in ("org", "name")) or (
                head.head in EVIDENCE_HEADS and men.kind == "org"):
            return self._with_actor(men)  # "the statement from the Forum said", "a study by the Institute for X found"
        if head.kind == "descriptor" and head.head not in DESC_HEADS and men.kind == "name":
            return self._with_actor(men)
        if place_pp and head.kind == "descriptor":
            return head  # where the person was is not part of who they are
        if qm and head.kind == "descriptor" and not head_says_little(head.text.split(), head.head):
            return head  # "a Palestinian source close to ...": the head says enough without its qualifier
        head.text = m[head.start:men.end]
        head.end = men.end
        return head

    def _found_in_sentence(self, si: int) -> list[Event]:
        """The events already found in sentence `si`, in order: they close the list, as the
        sentences are read in order."""
        k = len(self.events)
        while k > 0 and self.events[k - 1].sent == si:
            k -= 1
        return self.events[k:]

    def _main_say_subject(self, si: int) -> Mention | None:
        """"X said A, but has not said B": the subject of the sentence's first verb of saying."""
        return next((ev.mention for ev in self._found_in_sentence(si)
                     if ev.kind == "pre" and ev.verb in _CORE_SAY and ev.mention.kind != "pronoun"), None)

    def _verb_in_stretch(self, si: int, start: int) -> Mention | None:
        """The named speaker of the first reporting verb found in this sentence after `start`
        (the clause a participle hangs on): "“...,” Jens Laerke, spokesperson for ... told a
        briefing, calling for ...": the one who told, however the clause's words parse.  The
        clause's main verb comes first ("denied what the sources said")."""
        first = next((ev for ev in self._found_in_sentence(si)
                      if ev.kind in ("pre", "inverted") and ev.vstart >= start), None)
        return first.mention if first is not None and first.mention.kind == "name" else None

    def _quoted_by_subject(self, si: int, vs: int) -> Mention | None:
        """"During a press conference in Beirut, the movement said that “...,” adding that ...":
        the participle after a quote goes on with whoever the sentence just quoted, not with
        a noun phrase of the lead's setting."""
        last = next((ev for ev in reversed(self._found_in_sentence(si)) if ev.vend <= vs), None)
        if last is None or last.kind != "pre" or last.mention.kind not in ("name", "org") \
                or not re.fullmatch(r"[^,\u201c\u201d\"]*[\u201c\"][^\u201c\u201d\"]*[\u201d\"]\s*,?\s*",
                                    self.text[last.vend:vs]):
            return None
        return last.mention

    def _previous_subject(self, si: int) -> Mention | None:
        """The subject of the last event found in the same sentence, not one in a relative
        clause on an object ("He was asked about the words of X, who said that ..., and replied")."""
        ss = self.sents[si][0]
        return next((ev.mention for ev in reversed(self._found_in_sentence(si)) if ev.kind == "pre" and not (
            _WHO_BEFORE_VERB.match(self.masked, ev.mention.end, ev.vstart)
            and _PREP_BEFORE.search(self.masked, max(0, ev.mention.start - 60), ev.mention.start))
            # (nor one in what a news noun reports: "X applauded the news that Hamas has agreed ...")
            and not _NEWS_THAT.search(self.masked, ss, ev.mention.start)), None)

    def _clause_subject(self, pre: str, ss: int, common_nouns: bool | str = False) -> Mention | None:
        """Subject of the clause before a participle: the first noun phrase of
        the last comma-free stretch that starts with one."""
        body = pre.rstrip().rstrip(",")
        cuts = [0] + [i + 1 for i, c in enumerate(body) if c == ","]
        for c in reversed(cuts):
            seg_start = ss + c
            while seg_start < ss + len(body) and self.masked[seg_start] == " ":
                seg_start += 1
            if c and re.match(rf"{_TIME_LEAD}?(?:(?:\w+ly|then|also|later|again|now)\s+)?(?:[a-z]+(?:ed|s)|{_IRREGULAR_PAST})\s",
                              self.masked[seg_start:seg_start + 30]) and \
                    not self.masked[seg_start:seg_start + 30].startswith(("as ", "has ", "was ", "this ")):
                # "Dean, a former chairman, poked at ..., tweeting": the verb's subject comes before
                # the appositive
                men = self._subject(ss, ss + c)
                if men is not None:
                    return men
            pm = re.match(r"(he|she|it|they|we)\s+(?:(?:also|then|now|later|\w+ly)\s+)?[a-z]+(?:ed|s)\b",
                          self.masked[seg_start:ss + len(body)], re.I)
            if pm:
                # "Meanwhile, it attacked Trump, saying ...": a pronoun subject, resolved later
                return Mention(pm.group(1), seg_start, seg_start + len(pm.group(1)), "pronoun")
            men = np_after(self.masked, seg_start, ss + len(body))
            rm = re.match(r"\s+reports?\s+(?=[A-Z])", self.masked[men.end:ss + len(body)]) \
                if men is not None and men.kind != "pronoun" else None
            if rm:
                # "Networks report PM upbraided team, telling them ...": the reported clause's
                # subject does the telling
                inner = np_after(self.masked, men.end + rm.end(), ss + len(body))
                men = inner if inner is not None else men
            if men is not None and men.kind != "pronoun":
                rest = self.masked[men.end:ss + len(body)]
                # (past a time phrase: "Hakeem Roe on Thursday applauded")
                if re.match(rf"\s+{_TIME_LEAD}?(?:(?:\w+ly|{_ADVERB_ALT})\s+)?(?:[a-z]+(?:ed|s)\b|"
                            rf"{_IRREGULAR_PAST}\b)|"
                            r"\s+(?:has|had|have|was|is|"
                            r"could|would|will|can|cannot|did|does|do|may|might|should|must)\b", rest):
                    return self._with_actor(men)
            elif men is not None and men.kind == "pronoun":
                return men
            if common_nouns and (men is None or men.kind != "pronoun"):
                # "Meanwhile, the board attacked Trump, saying ...": a common-noun subject
                cm = _COMMON_SUBJECT.match(self.masked, seg_start, ss + len(body))
                if cm and cm.group(1).endswith("ed"):
                    # "The party expressed its ...": the verb, not the head ("expressed" then "its")
                    cm = _COMMON_SUBJECT_SHORT.match(self.masked, seg_start, ss + len(body))
                if cm and cm.group(1) not in _NOT_SPEAKER_HEADS and not cm.group(1).endswith(("ly", "ing", "ed")) \
                        and cm.group(1) not in ADVERBS_AFTER_SUBJECT and (
                        common_nouns is True or cm.group(1) in DESC_HEADS):
                    st = seg_start
                    return Mention(self.masked[st:cm.end(1)], st, cm.end(1), "descriptor", head=cm.group(1))
        if len(cuts) >= 3 and re.match(r"\s*(?:\w+ly\s+)?(?:has|had|have|was|is|[a-z]+ed)\s", body[cuts[-1]:]):
            # "Jonas Berg, like Obama, has encouraged ... but has said ...": the predicate after the
            # parenthetical belongs to the noun phrase opening the sentence
            men = np_after(self.masked, ss + len(body) - len(body.lstrip()), ss + cuts[1] - 1)
            if men is not None and men.kind in ("name", "org") and men.end == ss + cuts[1] - 1:
                return self._with_actor(men)
        return None

    def _according_np(self, ve: int, se: int) -> Mention | None:
        """"according to exit polls", "according to the top British medical journal": whatever
        noun phrase "according to" names, up to the clause boundary."""
        mm = re.match(r"\s+((?:the\s+|a\s+|an\s+)?(?:[\w\u2019'-]+\s+){0,6}?[\w\u2019'-]+)\s*(?=[,.;:]|$)",
                      self.masked[ve:se])
        if not mm:
            return None
        phrase = mm.group(1)
        cb = _CITED_BY_TAIL.search(phrase)
        if cb:
            phrase = phrase[:cb.start()]  # "sources close to the talks cited by Hebrew media": the sources
        words = phrase.split()
        if not words or any(w.lower() in _BARE_NP_STOP - {"of", "for", "in", "on", "at", "from", "by", "with"}
                            for w in words):
            return None
        start = ve + mm.start(1)
        return Mention(phrase, start, start + len(phrase), "descriptor", head=words[-1].lower())

    def _opening_name(self, body: str, commas: list[int], ss: int) -> Mention | None:
        """The name before the first comma, when it opens the sentence."""
        head = body[:commas[0]]
        lead = _CLAUSE_LEAD.match(head)
        first = np_after(self.masked, ss + (lead.end() if lead else 0), ss + commas[0])
        if first is not None and first.kind == "name" and first.end >= ss + len(head.rstrip()) - 1:
            first.appositive = body[commas[0] + 1:].strip()
            return self._with_actor(first)
        return None

    def _name_group_before(self, start: int, ss: int) -> Mention | None:
        """"In Doha, Jane Roe, the head of X, ...": a comma group that is just a name, right
        before the role appositive, is the person the role describes."""
        pre = self.masked[ss:start].rstrip()
        if not pre.endswith(","):
            return None
        cut = ss + len(pre) - 1
        k = self.masked.rfind(",", ss, cut)
        if k < 0:
            return None
        men = np_after(self.masked, k + 1, cut)
        if men is None or men.kind != "name" or men.end < cut - 1 or len(men.text.split()) < 2 \
                or self.masked[k + 1:men.start].strip():
            return None
        men.appositive = self.masked[start:start + 80]
        return self._with_actor(men)

    def _closing_np(self, ve: int, se: int) -> bool:
        """"..., reported the Chicago Tribune." - a noun phrase after the verb closes the sentence,
        or only a time and place follow it ("..., said ICRC head Jane Roe in Geneva on Tuesday.")."""
        men = np_after(self.masked, ve, se)
        return men is not None and men.kind in ("name", "org", "descriptor") and (
            not self.masked[men.end:se].strip(" .\u00a0") or _TIME_PLACE_TAIL.fullmatch(self.masked, men.end, se) is not None)

    def _lower_appositive(self, body: str, c: int, ss: int) -> bool:
        """"Richard Revesz, director of the ... Institute, said": an appositive that opens with a
        bare noun, accepted only after a name that opens the sentence (so "After meeting
        Netanyahu, aides said" is not read as Netanyahu speaking)."""
        appos = body[c + 1:].strip()
        am = re.match(r"([a-z][\w-]*)((?:\s+[\w-]+){0,3})", appos)
        groups = re.sub(r"\([^)]*\)", "", appos).split(",")
        if not am or body[:c].count(",") > 1:
            return False
        if any(not re.match(r"\s*(?:which|who|whose|a|an|the|[A-Z])", g) for g in groups[1:]):
            return False  # "Gal Hirsch, together with ..., received the hostages": a clause, not an appositive
        # (a participle inside a relative clause describes someone named in the appositive:
        # "brother of Eli Roe who was abducted from Be'eri")
        if any(w.endswith("ed") and w not in DESC_WORDS
               for w in re.findall(r"\b[a-z]+\b", re.split(r"\s(?:who|whom|whose)\s", groups[0])[0])):
            return False
        first = am.group(1)
        if first not in DESC_WORDS and not re.search(r"\b(?:of|for|at|to|with|in)\b", am.group(2)):
            return False
        head = body[:c]
        # "“...,” Chris Weston, chief strategist at IG, said": the quote before the name is no part of it,
        # nor what the quote's words are about ("Yahya Sinwar “does not want a deal,” Rami Igra,
        # former head of ..., said") ("In a May 2015 email, Dan Roe, director of speechwriting, wrote":
        # a lead adverbial may come before the name)
        lead = re.match(r"\s*(?:[^\u201c\"\n]{0,80}?[\u201c\"][^\u201d\"]*[\u201d\"]\s*,?\s*)?"
                        r"(?:(?:But|And|" + _DISCOURSE_LEADS + r"|WASHINGTON|[A-Z]{3,}(?:\s+[A-Z]{3,})?)\s*"
                        r"(?:--|\u2015|\u2014|,)?\s*)?"
                        r"(?:(?:In|At|During|On|Speaking|Writing)\s[^,]{3,90},\s*)?", head)
        head = re.sub(r"\s*\([^)]*\)\s*$", "", head)  # "Rep. Gregory W. Meeks (D-N.Y.)"
        men = np_after(self.masked, ss + lead.end(), ss + len(head))
        return men is not None and men.kind in ("name", "org") and men.end >= ss + len(head.rstrip()) - 1

    def _subject(self, ss: int, end: int, common_nouns: bool = False, participle: bool = False) -> Mention | None:
        m = self.masked
        seg = m[ss:end].rstrip()
        dm = _DISCOURSE_TAIL.search(seg) if seg.endswith(",") else None
        if dm and dm.group(1).lower() in DISCOURSE:
            # "A senior Hamas official, meanwhile, said": the subject is before the adverb
            seg = seg[:dm.start()].rstrip()
            end = ss + len(seg)
        elif not seg.endswith(",") and m[ss + len(seg):ss + len(seg) + 2].lstrip().startswith(","):
            seg += ","  # "X, the UN's chief, has called": the auxiliary took the appositive's closing comma
        elif not seg.endswith(",") and "," in seg:
            tm = _TIME_THEN_COMMA.match(m, ss + len(seg), min(len(m), ss + len(seg) + 30))
            if tm:
                # "Trump, who will host Netanyahu on Monday, has said": the time phrase the
                # caller took off closed the relative clause
                seg = m[ss:tm.end()]
        im = _INCLUDING_TAIL.search(seg) if ", including " in seg or ", among them " in seg else None
        if im:
            # "the heads of 12 aid groups, including Oxfam and Save the Children, wrote": the
            # group, not its last-named member
            seg = seg[:im.start()].rstrip()
            end = ss + len(seg)
        pq = _PREDICATE_QUOTE_END.search(seg) if participle else None
        if pq is not None and pq.start() > 0:
            men = np_before(m, ss + pq.start(), ss, common_nouns=True)
            lead = m[ss:men.start] if men is not None else None
            if men is not None and (not lead.strip() or _FRONTED_BEFORE_SUBJECT.fullmatch(lead)):
                # 'In their letter, the MPs "condemn ...," adding that': the quote is the clause's
                # predicate, and the participle hangs on its subject
                return self._with_actor(men)
        if seg.endswith((',"', ',\u201d')) and seg.count(seg[-1]) + seg.count("\u201c") >= 2:
            # "X, noting that the party's “...,” added:": the parenthetical ends inside its quote
            seg = seg[:-1]
        end = ss + len(seg)
        ib = _IN_DOC_BY_IT.match(seg) if " by " in seg else None
        if ib:
            # "In a statement released by the ICC, it said": "it" is the issuer just named
            issuer = np_after(m, ss + ib.start(1), ss + ib.end(1))
            if issuer is not None and issuer.kind in ("name", "org") and issuer.end == ss + ib.end(1):
                return self._with_actor(issuer)
        tw = _TO_WHICH.search(seg) if " which " in seg else None
        if tw:
            # "Katz reiterated ..., to which Cohen responded": the relative clause's own subject
            named = np_after(m, ss + tw.end(), end)
            if named is not None and named.kind == "descriptor" and re.fullmatch(
                    r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w\u2019' -]*", m[named.end:end]):
                # ("the former foreign minister of Bulgaria")
                named = replace(named, text=m[named.start:end].rstrip(), end=ss + len(m[ss:end].rstrip()))
            if named is not None and named.kind != "pronoun" and not m[named.end:end].strip():
                return self._with_actor(named)
        uw = _UNCLOSED_WHO.search(seg) if ", who " in seg else None
        if uw:
            # "Rabi Roe, 40, who came to see their arrival said": a relative clause the writer left
            # unclosed; its antecedent (a name, past an age) is the subject
            before = re.sub(r",\s*\d{1,3}\s*$", "", seg[:uw.start()])
            named = np_before(m, ss + len(before), ss)
            if named is not None and named.kind == "name" and not m[ss:named.start].strip(" \u201c\"'"):
                return self._with_actor(named)  # (only a name opening the clause: its subject)
        rw = _RESTRICTIVE_WHO.search(seg) if " who " in seg else None
        if rw:
            # "“...!” one of the protesters who was escorted out shouted": right after the quote,
            # the antecedent of a relative clause set off by no commas
            named = np_before(m, ss + rw.start(), ss, common_nouns=True)
            lead = re.sub(r"\b(?:[Oo]ne|[Ss]ome|[Mm]any|[Ss]everal)\s+of\s*$", "", m[ss:named.start]) \
                if named is not None else ""
            if named is not None and named.kind in ("name", "descriptor") and \
                    lead.rstrip().endswith(tuple(_CLOSE_MARKS)):
                seg = seg[:rw.start()]
                end = ss + len(seg)
        rel = _RELATIVE_TAIL.search(seg, _last_word_from(seg, len("which")))
        relative = bool(rel)
        if rel and (seg[:rel.start()].rstrip().endswith((",", ")")) or rel.group(0).strip(" ,") in ("who", "which")):
            seg = seg[:rel.start()].rstrip()
            seg = _TIME_TAIL.sub("", seg).rstrip()
            seg = _BASED_IN_TAIL.sub("", seg).rstrip()  # "Hezbollah based in southern Lebanon, which said"
            end = ss + len(seg)
            who = rel.group(0).strip(" ,") == "who"
            ap = _NAME_ROLE_END.search(seg) if who else None
            if ap is None and who:
                ap = _NAME_NAMED_ROLE_END.search(seg)
                if ap is not None and not _role_head_early(ap.group(2)):
                    ap = None
            if ap is None and who:
                # "Philippe Roe, UNRWA Commissioner-General, who highlighted": a capitalised title
                ap = _NAME_TITLE_END.search(seg)
                if ap is not None and not all(p in TITLE_CAPS for p in ap.group(2).split()[-1].split("-")):
                    ap = None
            if ap:
                # "He criticised Yolanda Diaz, the Spanish deputy prime minister, who described
                # ...": the relative clause's antecedent is the named person the role describes
                named = np_after(m, ss + ap.start(1), ss + ap.end(1))
                if named is not None and named.kind == "name" and named.end == ss + ap.end(1):
                    named.appositive = seg[ap.end(1):].strip(" ,")
                    return self._with_actor(named)
        qb = _QUOTED_BY_NP.match(seg) if (" quoted by " in seg or " cited by " in seg) else None
        if qb:
            # "An unnamed Israeli official quoted by the Reuters news agency said", "X, quoted by
            # Channel 12, said": the one quoted, not the outlet
            st = ss + qb.start(1)
            head = qb.group(1)
            men = np_after(m, st, ss + qb.end(1))
            if men is None or men.kind == "pronoun" or men.end < ss + qb.end(1) - 1:
                men = Mention(head, st, ss + qb.end(1), "descriptor", head=head.split()[-1].lower())
            return self._with_actor(men)
        if (seg.endswith(("--", "\u2014", "\u2013", " -")) and not seg.endswith("---")):
            # "Kall -- co-editor of ... -- said", "X - who also serves as ... - said": skip the dashed
            # parenthetical
            body = seg.rstrip("-\u2014\u2013 ")
            d = max(body.rfind("--"), body.rfind("\u2014"), body.rfind("\u2013"), body.rfind(" - "))
            if d > 0:
                men = np_before(m, ss + len(body[:d].rstrip()), ss)
                lst = _CONJOINED_LIST.fullmatch(body[d:].strip("-\u2014\u2013 "))
                if men and men.kind == "descriptor" and lst and _names_only(lst.group(0)):
                    # "the three main negotiators — the U.S., Qatar, and Egypt — said": the named list
                    a0 = ss + d + (len(body[d:]) - len(body[d:].lstrip("-\u2014\u2013 ")))
                    return Mention(lst.group(0), a0, a0 + len(lst.group(0)), "descriptor", head="and")
                if men and men.kind == "descriptor":
                    ap = _NAME_ROLE_END.search(body[:d].rstrip())
                    if ap is None and (ap := _NAME_NAMED_ROLE_END.search(body[:d].rstrip())) is not None \
                            and not _role_head_early(ap.group(2)):
                        ap = None
                    named = np_after(m, ss + ap.start(1), ss + ap.end(1)) if ap else None
                    if named is not None and named.kind == "name" and named.end == ss + ap.end(1):
                        # "Simcha Goldin, father of Hadar Goldin — whose body ... — told": the name the
                        # role before the dashes describes
                        named.appositive = body[ap.end(1):d].strip(" ,")
                        return self._with_actor(named)
                if men and men.kind != "pronoun":
                    men.appositive = body[d:].strip("-\u2014\u2013 ")
                    return self._with_actor(men)
            return None
        if seg.endswith(",") and (sm := _NAME_AFTER_QUOTE.search(seg, 0, len(seg) - 1)):
            # "“...,” Wiwwaeo Sriaoun, told AFP": a stray comma between the name and its verb
            named = np_after(m, ss + sm.start(1), ss + sm.end(1))
            if named is not None and named.kind == "name" and named.end == ss + sm.end(1):
                return self._with_actor(named)
        im = _ISSUED_BY.search(seg) if " by " in seg or " attributed to " in seg else None
        if im and re.search(r"\bjoint\b", im.group(0)):
            # "The leaders of A, B and C warned ... “...,” a joint statement released by B's government
            # said": a joint statement is the group's, when the sentence before names it
            si = self.sindex.at(ss)
            gm = _GROUP_OF_PARTIES.match(m, self.sents[si - 1][0], self.sents[si - 1][1]) if si > 0 else None
            if gm:
                return Mention(gm.group(1), gm.start(1), gm.end(1), "descriptor",
                               head=gm.group(2).split()[-1].lower())
            im = None  # whose joint statement? unknown beats wrong
        if im:
            # "a statement released by the British government said": the issuer's words
            st = ss + im.start(1)
            issuer = np_after(m, st, ss + im.end(1))
            if issuer is None or issuer.kind == "pronoun":
                issuer = Mention(im.group(1), st, ss + im.end(1), "descriptor",
                                 head=im.group(1).split()[-1].lower())
            if issuer.kind != "descriptor" or issuer.head in DESC_HEADS | ORG_DESCRIPTORS:
                return self._with_actor(issuer)
        if seg.endswith(","):
            pm = _ON_MEDIUM_NAMED.search(seg)
            if pm and pm.start() > 0:
                # "Trump on his social media platform, Truth Social, announced": the platform's
                # name is no speaker; the subject stands before "on his ... platform"
                return self._subject(ss, ss + pm.start(), common_nouns, participle)
            # "X, the ..., said" / "X, speaking in Beirut, said": skip the parenthetical.
            body = seg[:-1]
            pa = _PARTICIPLE_ASIDE.search(body)
            cm = _CONJOINED.fullmatch(m, ss, ss + pa.start()) if pa and " and " in body[:pa.start()] else None
            if cm and _names_only(cm.group(1)) and not is_body_name(cm.group(1).split()):
                # "Foreign Secretary X and Foreign Minister Y, writing in the Sunday Times, warned":
                # the two together, as without the aside
                return Mention(cm.group(1), cm.start(1), cm.end(1), "descriptor", head="and")
            # (not the comma of "the Washington, DC-based lobbying group": a place and its region)
            commas = [i for i, c in enumerate(body) if c == "," and not _SEAT_AFTER_COMMA.match(body, i + 1)]
            for c in reversed(commas[-3:]):
                appos = body[c + 1:]
                lt = _LOWER_TITLES.match(appos.lstrip())
                titled = lt is not None and all(w in DESC_HEADS or w in DESC_WORDS for w in lt.group(0).split())
                if not _APPOS_START.match(appos) and not titled and not self._lower_appositive(body, c, ss):
                    continue
                if c != commas[0] and re.match(r"\s*(?:whose|who)\b", appos):
                    prev = np_before(m, ss + c, ss)
                    if prev is not None and re.search(r"\b(?:of|for|to|with)\s+(?:[a-z0-9][\w-]*\s+){0,2}$",
                                                      m[max(ss, prev.start - 24):prev.start]):
                        continue  # "X, a cousin of hostage Y, whose body ..., called": Y is whose, X speaks
                        # ("X, the aunt of 17-year-old Y, who was kidnapped ..., told": Y is who)
                # the last comma group is a bare name: "A lawyer for the news outlets, David Schulz, said"
                a_start = ss + c + 1 + (len(appos) - len(appos.lstrip()))
                named = np_after(m, a_start, ss + len(body))
                if titled and (named is None or named.kind != "name"):
                    # "Gantz's fellow party member, minister Gadi Eisenkot, said": a lowercase title
                    # opens the appositive name
                    named = np_after(m, a_start + lt.end(), ss + len(body))
                named_ok = (named is not None and named.kind == "name" and not _PLACE_ABBR.match(named.text)
                            and (named.end >= ss + len(body) - 1
                                 # or a bracketed tag after it: "Orit Strook (Religious Zionism)"
                                 or _BRACKET_TAG.fullmatch(m, named.end, ss + len(body)) is not None))
                men = np_before(m, ss + c, ss)
                if men is None:
                    men = self._head_before_pp(re.sub(r"\s*\([^()]*\)\s*$", "", body[:c]), ss, False)
                if men and _PLACE_ABBR.match(men.text):
                    continue
                # (a place's own adjectives between: "in the northern occupied West Bank")
                ppm = re.search(r"\b(?:of|in|from|at|for|to|with|on|by|near)\s+(?:the\s+)?"
                                r"(?:(?!(?:of|in|from|at|for|to|with|on|by|near|the)\s)[a-z][a-z-]*\s+){0,2}$",
                                m[max(ss, men.start - 40):men.start]) if men else None
                if ppm and named_ok and " " not in named.text.strip() and \
                        ppm.group(0).split()[0].lower() in ("of", "from", "in", "near"):
                    # "Steve Brisley, 48, of Bridgend, Wales, told": a town and its region, no name
                    named_ok = False
                    men = np_before(m, ss + commas[0], ss) if c != commas[0] else None
                    if men is not None and men.kind == "name":
                        return self._with_actor(men)
                    ppm = None
                if ppm:
                    if named_ok:
                        named.appositive = body[:c]
                        return self._with_actor(named)
                    head = self._pp_subject(men, max(ss, men.start - 40) + ppm.start(), ss, False)
                    if head is not None and head.kind == "descriptor":
                        first = self._opening_name(body, commas, ss) if c != commas[0] else None
                        if first is None:
                            first = self._name_group_before(head.start, ss)
                        if first is not None:
                            return first  # "Jane Roe, president of the X Forum, which ..., said"
                        head.appositive = appos.strip()
                        return head  # "one displaced person at the Rafah Crossing, near ..., told"
                    continue  # "Willie Wilson, of Springfield, Va., said": a place, not the speaker
                if men:
                    men = self._with_actor(men)
                    title = re.sub(r"\s+(?:of|for)\s+.*$", "", men.text).split()[-1]
                    if named_ok and (men.kind == "org" or (men.kind == "name" and title != men.text.split()[-1])) \
                            and (title.lower() in DESC_HEADS or title.split("-")[0].lower() in DESC_HEADS):
                        # "Israel's Defence Minister, Israel Katz, said", "The movement's Secretary-General,
                        # Ziad Al-Nakhalah, said", "Saudi Arabia's Minister of Foreign Affairs, Prince
                        # Faisal, said": a title, then the person
                        named.appositive = men.text
                        return self._with_actor(named)
                    if c != commas[0] and _ACRONYM_WORD.fullmatch(appos.strip()):
                        # "Olga Roe, Spokesperson in Gaza for the UN aid coordination office, OCHA,
                        # said": the initials restate the body of her role; she speaks
                        first = self._opening_name(body, commas, ss) or np_before(m, ss + commas[0], ss)
                        if first is not None and first.kind == "name":
                            first.appositive = body[commas[0] + 1:].strip()
                            return self._with_actor(first)
                    if men.kind == "descriptor" and (men.head or "") in ORG_DESCRIPTORS | {"wing", "arm"} and \
                            named is not None and named.kind == "org" and named.end >= ss + len(body) - 1:
                        # "Hamas' armed wing, the Ezzedine al-Qassam Brigades, said": the body's name
                        return self._with_actor(named)
                    if men.kind in ("name", "org", "descriptor") and not men.text.endswith(("\u00b7",)):
                        men.appositive = appos.strip()
                        if named_ok and men.kind == "name" and re.fullmatch(
                                r"(?:[Aa]nother|[Aa]n?|[Oo]ne|[Tt]he)\s+[A-Z][a-z]+", men.text.strip()):
                            men.kind = "descriptor"  # "Another Gazan, Abu Yasser, said": a demonym, not a name
                        if men.kind == "name" and named_ok and all(
                                w in TITLE_CAPS or w in ORG_HEADS for w in men.text.split()):
                            men.kind = "descriptor"  # "Committee Chairman, Zvika Fogel, said": a title
                        if men.kind == "descriptor" and named_ok:
                            # "Natalie's half-brother, Ben Raanan, told ...": the name is the speaker
                            named.appositive = men.text
                            return self._with_actor(named)
                        if men.kind == "descriptor" and c != commas[0]:
                            # "Jean-Marc Ayrault, the foreign minister of France, a permanent member
                            # of ..., said": the name opening the sentence, not its first appositive
                            first = self._opening_name(body, commas, ss) or \
                                self._name_group_before(men.start, ss)
                            if first is not None:
                                return first
                        return men
                if named_ok:
                    named.appositive = body[:c]
                    return self._with_actor(named)
            if body.endswith(")"):
                # "Marcia Price (D-Newport News), shouted": the comma closes a bracketed tag, not
                # an appositive; the name before the brackets speaks
                men = np_before(m, ss + len(body), ss)
                if men is not None and men.kind in ("name", "org"):
                    role = np_before(m, ss + commas[0], ss) if commas else None
                    if role is not None and role.kind == "descriptor" and not m[ss:role.start].strip():
                        # "Scott's niece, state Del. Marcia Price (D-Va.), shouted": the role opens it
                        men.appositive = m[role.start:men.start].strip(" ,")
                    return self._with_actor(men)
            return None
        pm = _PARTICIPLE_NP.match(seg) if not participle and _PARTICIPLE_WORD.search(seg) else None
        if pm:
            # "Officials speaking on condition of anonymity said", "Protesters marching through the
            # streets chanted": the noun phrase before the participle speaks
            head = pm.group(1)
            last = head.split()[-1]
            if last.lower() in DESC_HEADS or last.lower().rstrip("s") in DESC_HEADS or last[:1].isupper():
                st = ss + pm.start(1)
                men = np_after(m, st, ss + pm.end(1)) if last[:1].isupper() else None
                if men is None or men.kind == "pronoun":
                    men = Mention(head, st, ss + pm.end(1), "descriptor", head=last.lower())
                return self._with_actor(men)
        close = max(seg.rfind("\u201d"), seg.rfind('"'))  # "“...,” Egypt and Qatar said"
        cm = _CONJOINED.fullmatch(m, ss + close + 1 if close >= 0 else ss, end) if " and " in seg else None
        gl = _GROUP_OF_PARTIES.fullmatch(cm.group(1)) if cm else None
        if gl:
            # "Leaders of the United States, Egypt and Qatar on Thursday had jointly urged": the
            # leaders (a list whose first member only looked like "Leaders of the United States")
            return Mention(cm.group(1), cm.start(1), cm.end(1), "descriptor", head=gl.group(2).split()[-1].lower())
        if cm and _names_only(cm.group(1)):
            whole = self.known(_LEADING_THE.sub("", cm.group(1)))
            if whole is not None and whole.kind == "organisation":
                # "The Hostages and Missing Families Forum condemned": one listed body, not two
                return Mention(cm.group(1), cm.start(1), cm.end(1), "org", name=whole.name)
            if is_body_name(cm.group(1).split()):
                # "New Zealand's Ministry of Foreign Affairs and Trade said": one body's name
                return Mention(cm.group(1), cm.start(1), cm.end(1), "org")
            # "Ireland, Norway and Spain announced", "Egypt and Qatar said": they speak together
            return Mention(cm.group(1), cm.start(1), cm.end(1), "descriptor", head="and")
        dm = _DOC_FROM_CONJOINED.fullmatch(m, ss + close + 1 if close >= 0 else ss, end) \
            if " and " in seg and (" from " in seg or " by " in seg or " of " in seg) else None
        if dm and _names_only(dm.group(1)):
            if is_body_name(dm.group(1).split()):
                # "A statement by the Follow-up Committee of National and Islamic Forces said": one body
                return Mention(dm.group(1), dm.start(1), dm.end(1), "org")
            # "The statement from Mr Roe and Ms Doe said": the two issued it together
            return Mention(dm.group(1), dm.start(1), dm.end(1), "descriptor", head="and")
        gm = _GROUP_OF_PARTIES.match(m, ss, end) if (" of " in seg or " from " in seg) and " and " in seg else None
        if gm and gm.end() >= end - 1:
            # "The leaders of Britain, France and Canada warned": the group, not its last member
            return Mention(gm.group(1), gm.start(1), gm.end(1), "descriptor", head=gm.group(2).split()[-1].lower())
        # (the role runs from the last comma to the end, the name is the five words before it at most)
        nr = _NAME_THEN_ROLE.search(seg, _runs_back(seg, seg.rfind(","), 5)) if "," in seg else None
        if nr and (not re.search(r"[A-Za-z]", seg[:nr.start()]) or _FRONT_PHRASE.fullmatch(seg, 0, nr.start())) \
                and _role_phrase(nr.group(2)):
            # "“...,” Jens Laerke, spokesperson for the UN Office for ... told a briefing": an
            # appositive whose closing comma is missing; the name before it speaks
            named = np_after(m, ss + nr.start(1), ss + nr.end(1))
            if named is not None and named.kind == "name" and named.end >= ss + nr.end(1) - 1:
                named.appositive = nr.group(2).strip()
                return self._with_actor(named)
        br = _BODY_THEN_APPOSITIVE.match(seg) if ", " in seg else None
        if br:
            # "COGAT, a unit within the Defense Ministry responsible for aid deliveries said": a
            # body's appositive whose closing comma is missing; the body before it speaks
            am = _ACRONYM_ENDING.search(br.group(1))
            if am and self.actors and (listed := self.actors.find(am.group(1))) is not None \
                    and listed.kind == "organisation":
                # ("The Coordination of ... (COGAT), a unit ...": the short name the file lists)
                return Mention(am.group(1), ss + br.start(1) + am.start(1), ss + br.start(1) + am.end(1), "org",
                               name=listed.name)
            body = np_after(m, ss + br.start(1), ss + br.end(1))
            body = self._with_actor(body) if body is not None else None
            if body is not None and body.kind == "org" and body.end >= ss + br.end(1) - 1:
                return body
        men = np_before(m, end, ss, common_nouns=common_nouns)
        om = _ONE_OF.search(seg) if " of " in seg else None
        if om and (om.group(2).lower() in DESC_HEADS or om.group(2).lower().rstrip("s") in DESC_HEADS) and (
                men is None or men.start > ss + om.start()):
            # "one of Mr Netanyahu's advisers told": the adviser, on the owner's side
            return Mention(om.group(0).strip(), ss + om.start(), ss + om.end(), "descriptor", head=om.group(2).lower())
        if men is not None and men.kind in ("descriptor", "org") and men.start > ss:
            # "Bezalel Smotrich, Israel's Finance Minister threatened": an appositive whose closing
            # comma is missing; the name opening the sentence is the speaker
            lead = re.fullmatch(r"\s*((?!(?:In|On|At|From|After|Before|During|Since|But|And|Meanwhile|However|"
                                r"Last|Earlier|Later|Today|Yesterday)\b)(?:[A-Z][\w.\u2019'-]*\s+){1,3}"
                                r"[A-Z][\w\u2019'-]+),\s*", m[ss:men.start])
            if lead and re.search(r"-[a-z]+$", lead.group(1)):
                lead = None  # "The Qatari-owned, London-based outlet said": adjectives, no name
                adj = re.fullmatch(r"(\s*)(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+-[a-z]+,\s+)+", m[ss:men.start])
                if adj and men.kind == "descriptor":
                    men = replace(men, text=m[ss + adj.end(1):men.end], start=ss + adj.end(1))
            actor = self.known(men.text) if lead else None
            if lead and (actor is None or actor.kind == "person"):
                named = np_after(m, ss + lead.start(1), ss + lead.end(1))
                if named is not None and named.kind == "name" and named.end >= ss + lead.end(1) - 1:
                    named.appositive = men.text
                    return self._with_actor(named)
        if (men is None or men.kind in ("name", "org")) and _SOURCE_QUALIFIED.search(m, max(ss, end - 160), end):
            qm = _QUALIFIED_GENERIC.search(m, max(ss, end - 160), end) or \
                _QUALIFIED_BARE.search(m, max(ss, end - 160), end)
            if men is not None and qm is not None and (
                    not qm.end(3) < men.start
                    or _QUALIFIER_END.search(m, _SOURCE_QUALIFIED.search(m, qm.end(3)).end(), end)):
                qm = None  # the name is the subject, not a word inside a source's qualifier
            # ("a source familiar with the talks in Doha told", "sources close to Hamas leader
            # Yahya Sinwar said": the source, not the place or the person it is close to)
            lead = m[ss:qm.start()].strip() if qm else ""
            if qm and qm.end() == end and (not lead or _COMMA_CLOSING.search(lead)
                                           or lead in ("But", "And", "Yet", "Still", "Now")):
                # "A senior X official familiar with the talks told": the official; "a source close
                # to Y" keeps its qualifier, the head alone says nothing
                mods = qm.group(2).split()
                stop = qm.end(3) if mods else qm.end()
                if not mods and (pp := _QUALIFIER_OBJECT_PP.search(m, qm.end(3), stop)):
                    # "Sources familiar with the negotiations on a ceasefire and hostage release deal
                    # told": the qualifier's object, without what it is about
                    stop = pp.start(1)
                return Mention(m[qm.start():stop], qm.start(), stop, "descriptor", head=qm.group(3).lower())
        pa = _POST_ON_ACCOUNT.search(seg) if " on " in seg else None
        if pa:
            # "A post shared on Netanyahu's X, formerly Twitter, page stated": the account's owner
            owner = np_after(m, ss + pa.start(1), ss + pa.end(1))
            if (owner is None or owner.end != ss + pa.end(1)) and self.known(pa.group(1)) is not None:
                owner = Mention(pa.group(1), ss + pa.start(1), ss + pa.end(1), "org")  # a listed body's name
            if owner is not None and owner.kind in ("name", "org") and owner.end == ss + pa.end(1):
                return self._with_actor(owner)
        rel_np = _WHO_CLAUSE_NP.search(seg)
        if men is None and not participle and rel_np and len(seg[rel_np.end(1):].split()) <= 10 \
                and not re.search(r"[,;:\u00b7]", seg[rel_np.end(1):]):
            # "Officials who did not want to be named said": the noun phrase before a short
            # restrictive relative clause
            head = np_before(m, ss + rel_np.end(1) - 1, ss, common_nouns=True)
            if head is not None and head.kind == "descriptor" and head.start == ss + rel_np.start(1):
                return self._with_actor(head)
        if men is None and not participle:
            return self._head_before_pp(seg, ss, relative)
        if men and rel_np and men.start > ss + rel_np.end(1):
            # "One family member who attended the meeting with Netanyahu told CNN": the subject is
            # the noun phrase before the restrictive relative clause, not the name inside it
            head = np_before(m, ss + rel_np.end(1) - 1 if seg[rel_np.end(1) - 1:rel_np.end(1)] == " "
                             else ss + rel_np.end(1), ss, common_nouns=True)
            if head is not None and head.kind != "pronoun":
                return self._with_actor(head)
        if men and men.kind != "pronoun":
            pp = _PLACE_PREP_END.search(m[max(ss, men.start - 40):men.start])
            if pp and pp.group(1) == "with" and re.match(r"\s*\w+ing\b", m[end:end + 30]):
                pp = None  # "with Netanyahu reiterating ...": the subject of the participle
            if pp and relative:
                pp = None  # "they turned to the Police Department which reported ...": the antecedent
            if pp and pp.group(1) == "of" and men.kind in ("name", "org") and \
                    (so := _STATE_OF.search(m, max(ss, men.start - 60), men.start)) and \
                    not re.search(r"[a-z]", m[ss:so.start()]):
                pp = None  # "The State of Qatar has expressed": the state is the country
            if pp and pp.group(0).split()[1:] in (["that"], ["this"]) and men.kind in ("name", "org"):
                pp = None  # "Apart from that Hamas insists": the demonstrative is the object; the name opens the clause
            if pp and re.match(r"(?:the|a|an|this|that)\s+[a-z]", " ".join(pp.group(0).split()[1:])) and \
                    re.match(r"(?:the|a|an)\s", men.text, re.I):
                pp = None  # "In a statement released later in the day the UN Secretary-General said": the
                # preposition has its object ("the day"); the determiner opens the subject
            if pp:
                return self._pp_subject(men, max(ss, men.start - 40) + pp.start(), ss, participle)
            men = self._with_actor(men)
        return men

    def _head_before_pp(self, seg: str, ss: int, relative: bool) -> Mention | None:
        """"Yair Lapid of the opposition Labor party wrote", "The UN agency for Palestinian
        refugees said": the head before a short prepositional qualifier is the subject when
        it opens the clause (or, before ", who", is the relative pronoun's antecedent)."""
        for pm in _QUALIFIER_PP.finditer(seg):
            tail = seg[pm.end():]
            if len(tail.split()) > 7 or _QUALIFIER_STOP.search(tail):
                continue
            head = np_before(self.masked, ss + pm.start(), ss, common_nouns=True)
            if head is None or head.kind == "pronoun" or head.kind == "descriptor" and (
                    head.head in _NOT_SPEAKER_HEADS or head.head not in DESC_HEADS | ORG_DESCRIPTORS):
                continue  # ("The involvement of outside actors adds ...": not a speaker)
            lead = self.masked[ss:head.start]
            # (or a "that" clause's: "It was reported that senior officials in the defense
            # establishment said")
            opens = _CLAUSE_LEAD.fullmatch(lead) or not lead.strip() or lead.rstrip().endswith(",") and \
                re.fullmatch(r"\s*(?:[A-Z][a-z]+|In\s[^,]{1,30}|On\s[^,]{1,30}),\s*", lead) or \
                re.search(r"\b(?:reported|learned|learnt|understood|said|says)\s+that\s+$", lead)
            if opens and head.kind == "descriptor" and head_says_little(head.text.split(), head.head):
                # "senior officials in the defense establishment said": the qualifier is who they are
                head = Mention(seg[head.start - ss:].rstrip(), head.start, ss + len(seg.rstrip()), "descriptor",
                               head=head.head)
            if opens or (relative and head.kind == "name"):
                return self._with_actor(head)
            return None
        return None

    def _listed_org_named(self, text: str):
        """The listed organisation whose name or alias `text` is exactly (find() would also take
        "Even the United States")."""
        actor = self.actors.listed_as(text)
        return actor if actor is not None and actor.kind == "organisation" else None

    def _with_actor(self, men: Mention) -> Mention:
        """An actors-file organisation or person overrides the phrase's guessed kind."""
        if men.kind == "pronoun" or not self.actors:
            return men
        em = _NAME_RUNS_ON.match(self.masked, men.end)
        if em:
            longer = self.masked[men.start:em.end()]
            actor = self.actors.find(longer)
            own = _name_start(men)
            if actor is None and own > men.start:
                # "the charity Medical Aid for Palestinians": the name alone, without its description
                longer = self.masked[own:em.end()]
                actor = self._listed_org_named(longer)
            if actor is not None and actor.kind == "organisation":
                # "the Hostages and Missing Families Forum": a listed name running on past "and"
                men = Mention(longer, em.end() - len(longer), em.end(), "org", name=actor.name)
        if men.kind in ("name", "org"):
            own = _name_start(men)
            lm = _LISTED_RUNS_BACK.search(self.masked, max(0, own - 50), own) \
                if _last_word_in(self.masked, own, _LISTED_RUNS_LINKS) else None
            actor = self._listed_org_named(self.masked[lm.start(1):men.end]) if lm else None
            if actor is not None:
                # "Save the Children", "Friends of the Earth": a listed name the phrase began inside
                return Mention(self.masked[lm.start(1):men.end], lm.start(1), men.end, "org", name=actor.name)
        bm = _NAME_RUNS_BACK.search(self.masked, max(0, men.start - 60), men.start) \
            if _last_word_in(self.masked, men.start, _NAME_RUNS_LINKS) else None
        if bm and men.kind != "pronoun":
            core = _WHERE_TAIL.sub("", men.text)
            st = bm.start(1)
            actor = self.actors.find(bm.group(1) + core)
            owner = re.match(r"[A-Z][\w-]*['\u2019]s\s+", bm.group(1)) if actor is None else None
            if owner:  # "Israel's Coordinator of Government Activities in the Territories"
                st += owner.end()
                actor = self.actors.find(bm.group(1)[owner.end():] + core)
            if actor is not None and actor.kind == "organisation":
                # "The Hostage and Missing Families Forum in Israel said": the phrase began before "and"
                return Mention(self.masked[st:men.start + len(core)], st, men.start + len(core), "org",
                               name=actor.name)
        am = _ACRONYM_AFTER.match(self.masked, men.end)
        if am and men.kind != "name":
            actor = self.actors.find(am.group(1))
            if actor is not None and actor.kind == "organisation":
                # "the UN agency for Palestinian refugees (UNRWA), which ..., said": the named body
                return Mention(self.masked[men.start:am.end()], men.start, am.end(), "org", name=actor.name)
        actor = self.actors.find(men.text)
        if actor is None and men.kind == "org" and (wt := _WHERE_TAIL.search(men.text)):
            # "the Prime Minister's Office in Jerusalem said": the listed body, wherever it sits
            actor = self.actors.find(men.text[:wt.start()])
            if actor is not None and actor.kind == "organisation":
                return Mention(men.text[:wt.start()], men.start, men.start + wt.start(), "org", name=actor.name)
            actor = None
        if actor is None and men.kind == "descriptor":
            return men
        if men.kind in ("descriptor", "org") and _BARE_HEAD.fullmatch(men.text.strip()) and (
                actor is not None or men.text.split()[-1].lower() in _NAMED_BODY_HEADS):
            # "the forum" is the listed Forum only where the article names no other one: "Families
            # from the Tikva (Hope) Forum demanded ... the forum said" is the Tikva Forum; and a
            # body no one lists, "The Israeli Broadcasting Authority revealed ... The Authority
            # pointed out", is the body named before with that head
            other = self._body_named_before(men.text.split()[-1], men.start)
            if other is not None and (actor is None or norm(other.name or "") != norm(actor.name)):
                return other
        if actor is not None and actor.kind == "organisation" and men.kind != "name":
            men.kind = "org"
        elif actor is not None and actor.kind == "person" and men.kind != "name":
            words = men.text.split()
            men.kind, men.name = "name", " ".join(w for w in words if w[:1].isupper() and w.lower() not in DETERMINERS) or actor.name
        return men

    def _body_named_before(self, head: str, pos: int) -> Mention | None:
        """The last body the article names before `pos` with this head capitalised ("the Tikva
        (Hope) Forum" for "forum"), its bracketed gloss left out, as an org mention."""
        found = None
        for bm in _capital_head_re(head.lower()).finditer(self.masked, max(0, pos - 3000), pos):
            found = bm
        if found is None:
            return None
        name = re.sub(r"^(?:The|A|An)\s+", "", " ".join(_BRACKETED.sub(" ", found.group(0)).split()))
        if len(name.split()) < 2 or name.split()[0] in STOP_CAPS:
            return None
        actor = self.actors.find(name) if self.actors else None
        return Mention(found.group(0), found.start(), found.end(), "org", name=actor.name if actor else name)

    # ---------------------------------------------------------- resolving
    def _sentence_subjects(self, until: int) -> list[tuple[int, Mention]]:
        """Named people opening a sentence ("Mr Biden thanked ..."): what a later "he" means
        even when they said nothing.  Only in sentences that open before `until` (the last
        event's verb: resolve_all reads none after it)."""
        out = []
        m = self.masked
        for ss, se, _ in self.sents:
            if ss >= until:
                break
            start = ss
            lead = _FRONTED_BEFORE_SUBJECT.match(m, ss, se)
            if lead:
                start = lead.end()
            inv = _AMONG_WAS.match(m, ss, se)
            if inv:
                # "Among those released was Amir Abu Radaha, who ...": the name ends the inverted clause
                named = np_after(m, inv.end(), se)
                if named is not None and named.kind == "name" and len((named.name or "").split()) >= 2 and \
                        re.match(r"\s*(?:[,.;]|$)", m[named.end:named.end + 2]):
                    out.append((named.start, named))
                continue
            first = m[start:start + 12].split(" ", 1)[0]
            if not first[:1].isupper() or (first in STOP_CAPS and first not in ("His", "Her", "Their")):
                continue  # cheap test first: a sentence must open with a capitalised word ("His
                # mother, Jane Roe, ...": a description, then the name)
            pc = _PARTICIPLE_CLAUSE.match(m, start, se) if first.endswith("ing") else None
            if pc is not None:
                # "Sitting on a bed at the hospital, Jane Roe wept": the subject after the
                # participle's clause ("Going backward to before October 7, “...”": nobody)
                start = pc.end()
                first = m[start:start + 12].split(" ", 1)[0]
                if not first[:1].isupper() or first in STOP_CAPS:
                    continue
            men = np_after(m, start, se)
            if men is not None and men.kind == "descriptor" and (am := _ROLE_PP_COMMA.match(m[men.end:men.end + 100])):
                # "His mother, Jane Roe, celebrated ...": the name the description opens on (also
                # past the body the role serves: "Former head of the National Security Council
                # (NSC), Maj.-Gen. Giora Eiland, addressed ...")
                named = np_after(m, men.end + am.end(), se)
                # (a relative may be given by first name alone when she acts: "Ran’s mother,
                # Talik, delivered ...", not "Ms Roe's mother, Ann, was released ...")
                if named is not None and named.kind == "name" and (
                        len((named.name or "").split()) >= 2 or _KIN_HEAD.fullmatch(men.head or "")
                        and not _COPULA_AFTER_NAME.match(m, named.end, se)) and \
                        re.match(r",\s+(?:\w+ly\s+)?[a-z]+", m[named.end:named.end + 30]):
                    out.append((named.start, named))
                    continue
            if men is not None and men.kind == "descriptor" and (vm := _SPOKE_TO_AFTER.match(m, men.end, se)):
                whole = self._subject(start, vm.start("at"))
                if whole is not None and whole.kind == "descriptor" and whole.start == men.start:
                    out.append((whole.start, whole))
                continue
            if men is None or men.kind != "name" or not men.name or men.text[:4] in ("The ", "the "):
                continue
            if men.text.endswith(("\u2019s", "'s")):
                continue
            if len(men.name.split()) < 2 and self.names.fullest(men.name, men.start) == men.name and not (
                    self.actors and self.actors.find(men.name)):
                continue  # a lone capitalised word nobody is called in full
            if not _VERB_AFTER_SUBJECT.match(m[men.end:men.end + 30]) and not (
                    re.match(r",\s+(?:a|an|the|who|whose|(?:[A-Z][a-z]+|[a-z]+)(?:\s+(?:[A-Z][a-z]+|and))*\s+(?:of|to))\s",
                             m[men.end:men.end + 60])
                    and _APPOSITIVE_THEN_VERB.search(m, men.end, se)):
                continue  # (an appositive may follow: "X, a senior official(,) made this known",
                # "X, Secretary General of the Y, considered ...", "X, Ambassador and Permanent
                # Representative to the UN, delivered ...")
            out.append((men.start, men))
        return out

    def clause_subject_before(self, si: int, at: int) -> Speaker | None:
        """"Netanyahu has backed the plan, and Trump has given Hamas an ultimatum of “...”": the
        named subject of the coordinated clause (", and"/", but"/"; ") the quote stands in."""
        ss = self.sents[si][0]
        m = self.masked
        if "," not in m[ss:at] and ";" not in m[ss:at]:
            return None
        last = None
        for cm in _CLAUSE_JOIN.finditer(m, ss, at):
            last = cm
        if last is None:
            return None
        men = np_after(m, last.end(), at)
        if men is None or men.kind not in ("name", "org") or men.start != last.end() or \
                not _FINITE_AFTER.match(m, men.end, at):
            return None
        return self.resolve(self._with_actor(men), men.start)

    def subject_of_sentence(self, si: int, at: int | None = None, pronouns: bool = False) -> Speaker | None:
        """The named person or organisation opening sentence `si`, resolved (with `at`, a
        quote's opening: the subject of the coordinated clause it stands in, if one has its own;
        with `pronouns`, an opening "he" or "she" before a verb, resolved too)."""
        if at is not None:
            sp = self.clause_subject_before(si, at)
            if sp is not None:
                return sp
        ss, se, _ = self.sents[si]
        m = self.masked
        gm = _GROUP_OF_PARTIES.match(m, ss, se)
        if gm and re.match(r"(?:\w+ly\s+)?[a-z]+(?:ed|s)\b", m[gm.end():gm.end() + 30]):
            men = Mention(gm.group(1), gm.start(1), gm.end(1), "descriptor", head=gm.group(2).split()[-1].lower())
            return self._descriptor(men, men.start)
        start = ss
        lead = _SENTENCE_OPENER.match(m[ss:se])
        if lead:
            start = ss + lead.end()
        rm = _ROLE_OPENING.match(m, start, se)
        if rm and rm.group(2).lower() in _ROLE_HEADS:
            # "The prime minister in his remarks criticized ...", "The Pope opened his address":
            # the one person that role named before (a capitalised role that is no one's is
            # read as a name below: "The Foreign Ministry condemned")
            sp = self._definite(rm.group(0).split(), rm.group(2).lower(), start)
            if sp is not None and sp.kind == "person":
                return sp
            if rm.group(2).islower():
                return None
        men = np_after(m, start, se)
        verb_at = men.end if men is not None else start  # where the verb is looked for
        if men is not None and men.kind == "descriptor" and (am := _NAMED_APPOSITIVE.match(m, men.end, se)):
            # "Bipin’s father, Mahananda Joshi, made ...": the name the description is given
            named = np_after(m, am.start(1), se)
            if named is not None and named.kind == "name" and named.end == am.end(1):
                men, verb_at = named, am.end()
        if (lead or pronouns) and men is not None and men.kind == "pronoun" and men.text.lower() in ("he", "she") and \
                re.match(r"\s+(?:\w+ly\s+)?[a-z]+(?:ed|s)\b" if lead else r"\s+(?:\w+ly\s+)?[a-z]+\b",
                         m[men.end:men.end + 30]):
            # "Referring to the talks in Doha, she addressed the prime minister: “...”"
            return self.resolve(men, men.start)
        if men is None or men.kind not in ("name", "org"):
            return None
        om = _AND_OTHERS_AFTER.match(m, men.end, se)
        if om is not None:
            # "The US and 17 other nations on Thursday called on ...": the group, not its first member
            grp = np_before(m, om.end(), ss, common_nouns=True)
            if grp is None or grp.start > men.start:
                return None
            return self._descriptor(replace(grp, text=grp.text[:1].upper() + grp.text[1:]), grp.start)
        # (past a party tag and a sentence adverb: "Harry Reid (D-Nev.), in particular, has been ...")
        if not re.match(r"(?:\s*\([^()\n]{1,30}\))?(?:,\s*(?:in particular|for (?:his|her|its|their) part|meanwhile|too|also|however),"
                        r"|,\s*(?:(?:a|an|the)\s+)?[a-z][\w-]*\s+of\s+[^,;:\u00b7]{1,60},"
                        # (an appositive: "Jake Roe, the national security adviser, spoke with ...")
                        r"|,\s*(?:(?:a|an|the)\s+[a-z]|[A-Z])[^,;:\u00b7\n]{1,80},)?"
                        r"\s+(?:\w+ly\s+)?(?:has\s+|had\s+|have\s+|was\s+|is\s+)?(?:been\s+)?[a-z]+(?![\w-]*-)", m[verb_at:verb_at + 70]):
            return None
        if _ADDRESSED_PASSIVE.match(m, verb_at, se):
            return None  # "X has been urged to do “...”": X is whom the words were for, not who said them
        return self.resolve(self._with_actor(men), men.start)

    def resolve_all(self) -> None:
        subjects = self._sentence_subjects(self.events[-1].vstart if self.events else 0)
        si = 0
        for ev in self.events:
            while si < len(subjects) and subjects[si][0] < ev.vstart:
                pos, men = subjects[si]
                si += 1
                if any(e.mention.start == men.start for e in self.events):
                    continue  # its own event adds it
                if men.kind == "descriptor":
                    sp = self.resolve(men, pos)  # one who spoke to someone: heard, in a way
                    if sp is not None:
                        self.history.append((pos, sp))
                    continue
                sp = self._name(men, pos)
                if sp.kind == "person" and not _JUNK_NAME.search(sp.name):
                    self.history.append((pos, sp))
                    self.subject_only.add(pos)
            # (a subject pronoun means someone named before it, not one its clause names before
            # the verb: "He was asked about the words of X, who said ..., and replied")
            at = ev.mention.start if ev.mention.kind == "pronoun" and ev.kind == "pre" and \
                ev.vstart - ev.mention.end > 20 else ev.vstart
            ev.speaker = self.resolve(ev.mention, at)
            if ev.speaker is not None and _JUNK_NAME.search(ev.speaker.name):
                ev.speaker = None  # "PfASkm7vah": a URL or handle fragment, not a name
            if ev.speaker is not None and not self._relaying_outlet(ev):
                self.history.append((ev.vstart, ev.speaker))

    def credit_remarks(self) -> None:
        """"China has called for the ceasefire to be “effectively” implemented ... Foreign Ministry
        spokesperson X made the remarks at a news conference": what the sentences just before
        gave a state or body was said by the person who "made the remarks"."""
        if "remarks" not in self.masked and "comments" not in self.masked:
            return  # (every _MADE_REMARKS match holds one of these words)
        for si, (ss, se, para) in enumerate(self.sents):
            mm = _MADE_REMARKS.match(self.masked, ss, se)
            if mm is None:
                continue
            men = self._subject(ss, mm.start(1) + len(mm.group(1).rstrip()))
            if men is None or men.kind != "name":
                continue
            sp = self._name(self._with_actor(men), men.start)
            if sp.kind != "person":
                continue
            for ev in self.events:
                if ev.sent in (si - 1, si - 2) and self.sents[ev.sent][2] >= para - 1 and \
                        ev.speaker is not None and ev.speaker.kind == "org" and \
                        sp.party in (None, ev.speaker.party, "Other") and not any(
                            e.sent == ev.sent and e.vend <= ev.mention.start and e.speaker is not None
                            and e.speaker.kind == "person" for e in self.events):
                    # (not a body inside a person's clause: "X said that Hamas had agreed ...")
                    ev.speaker = sp if sp.party is not None else replace(sp, party=ev.speaker.party)
                    self.history.append((ev.vstart, ev.speaker))

    def _relaying_outlet(self, ev: Event) -> bool:
        """"..., the statement said, according to Press TV": the outlet only relays what another
        source in its sentence said, so a later "it added" is that source, not the outlet."""
        return ev.kind == "according" and ev.speaker is not None and is_outlet(ev.speaker.name) and any(
            e.sent == ev.sent and e.kind != "according" and e.vstart < ev.vstart for e in self.events)

    def name_lead_source(self, lead: int) -> None:
        """A wire story's lead keeps its source unnamed ("A Hamas official said Tuesday ...", "The
        head of the Red Cross has called ...") and a paragraph below names him ("Bassem Naim, a
        senior Hamas official, said ...", or the bare name, which news style writes only for
        someone already introduced): when the first person named after the lead is introduced
        with the lead's words or with none, the two are one speaker.  (An office-holder the
        actors file titles is named bare because he is known.)  Further down, only a definite
        description is introduced so ("Qatar's foreign ministry spokesman said ... “...,” Majed
        Al Ansari said"): "a source" there is a source kept unnamed."""
        # (the lead's unnamed source, past whoever its sentence reports on: "Trump realises ...,
        # an Egyptian official has said")
        body = next((s for s, _, p in self.sents if p >= lead), 0)  # (a dek above may name him)
        seen: set[str] = set()
        anonymous = None
        for first in self.events:
            source = first.speaker
            if first.para < lead or source is None or source.kind != "descriptor" or source.name in seen:
                continue
            seen.add(source.name)
            # (the lead's "Palestine's envoy to the UN" as well as "a Hamas official")
            if source.plural or not (_LEAD_SOURCE.match(first.mention.text) or _DEFINITE_SOURCE.match(
                    first.mention.text) if first.para == lead else _DEFINITE_SOURCE.match(first.mention.text)):
                continue
            if anonymous is None:
                anonymous = self._may_hold(_ANONYMOUS_WORDS) and bool(_ANONYMOUS.search(self.masked))
            if anonymous:
                return  # (".., who spoke on condition of anonymity": kept unnamed on purpose)
            named = self._named_below(first, 3 if first.para == lead else 1, body)
            if named is None:
                continue
            sp = named if named.party else replace(named, party=source.party, faction=source.faction)
            for e in self.events:
                if e.speaker is not None and e.speaker.name == source.name:
                    e.speaker = sp
            self.history = [(p, sp if x.name == source.name else x) for p, x in self.history]

    def _named_below(self, first: Event, window: int, body: int) -> Speaker | None:
        """The person the paragraphs after `first`'s name first, if introduced as its unnamed source."""
        source = first.speaker
        for ev in self.events:
            sp = ev.speaker
            if ev.para <= first.para or sp is None or sp.kind != "person" or sp.name == source.name:
                continue
            if ev.para > first.para + window and not self._subject_introduced(sp, first, window):
                return None
            if ev.mention.kind != "name" or not self._introduces(ev, source, body, first.mention.end):
                return None
            return sp
        return None

    def _subject_introduced(self, sp: Speaker, first: Event, window: int) -> bool:
        """Whether `sp` is the first person the paragraphs after `first` name, opening a sentence
        within `window` paragraphs though heard only later ("..., the organisation’s president said.
        / Mirjana Spoljaric returned to Geneva ... / [three paragraphs on the ICRC] / “...,”
        Spoljaric told Keystone-ATS")."""
        limit = max((se for _, se, para in self.sents if para <= first.para + window), default=0)
        for p, x in self.history:
            if p <= first.mention.end or x.kind != "person":
                continue
            return p in self.subject_only and p < limit and x.name == sp.name
        return False

    def _introduces(self, ev: Event, source: Speaker, body: int = 0, after: int = 0) -> bool:
        """`ev`'s name mention is the first of that person, with a role the unnamed `source` fits."""
        sp, men = ev.speaker, ev.mention
        name = men.name or sp.name
        if " " not in name:
            # "Brisley says": heard by surname, introduced in full in a sentence after the source's
            # that says nothing ("Stephen Brisley, whose sister ..., is still awaiting news")
            at = self.masked.find(sp.name, body) if " " in sp.name else -1
            if at < after or self.masked.find(name, body) < at:
                return False
            role = ""
        elif name.split()[-1] in self.masked[body:men.start]:
            return False  # named before the lead's source was
        else:
            role = " ".join(filter(None, (men.text.replace(name, " "), men.appositive))).lower()
        words = set(_WORD.findall(role))
        if not words:
            actor = self.known(sp.actor) if sp.actor else None
            if not (actor and actor.titles):
                # (a side the source's words gave only by nationality, "Other", is no side to hold to:
                # "The British relative of a Hamas captive")
                return sp.party in (None, source.party) or source.party == "Other"
            # (known, so named bare: the source's words must be his listed title's)
            words = set(_WORD.findall(" ".join(actor.titles).lower()))
        described = _POSSESSIVE_S.sub("", source.as_written.lower() or source.name.lower())
        article = _LEAD_SOURCE.match(described)  # ("the"; "Qatar's" is a word to fit)
        for w in _WORD.findall(described[article.end() if article else 0:]):
            if w in words or w in _RANKS or (w == "official" and words & _MEMBER_ROLES):
                continue
            side = self._party_of_text(w)[0]
            if side and sp.party in (None, side):
                continue  # "a Qatari ... spokesperson": Majed al-Ansari, Qatar's (or of no side known)
            return False
        return True

    def resolve(self, men: Mention, pos: int) -> Speaker | None:
        hon = _HONORIFIC_ONLY.fullmatch(men.text.strip())
        if hon is not None:
            # "“...,” Her Excellency said": the honorific stands for the person, as "she" would
            men = replace(men, text="she" if hon.group(1) == "Her" else "he", kind="pronoun", name=None)
        if men.kind == "pronoun":
            bound = self._bound_pronoun(men.text.lower(), men.start)
            if bound is not None:
                return bound
            if men.text.lower() == "it":
                # "“...,” a joint statement released by X said. “...,” it added": the statement
                si = self.sindex.at(men.start)
                for ev in reversed(self.events):
                    if ev.vstart >= men.start or ev.speaker is None:
                        continue
                    if ev.sent >= si - 1 and self.sents[ev.sent][2] == self.sents[si][2] and \
                            _ISSUED_BY.search(self.masked[self.sents[ev.sent][0]:ev.vstart].rstrip()):
                        return ev.speaker
                    break
            if men.text.lower() == "they":
                ss, se, _ = self.sents[self.sindex.at(men.start)]
                gm = _GROUP_OF_PARTIES.match(self.masked, ss, se)
                if gm and gm.end() <= men.start:
                    # "The leaders of X, Y and Z released a statement on what they called ..."
                    group = Mention(gm.group(1), gm.start(1), gm.end(1), "descriptor",
                                    head=gm.group(2).split()[-1].lower())
                    return self._descriptor(group, group.start)
            if men.text.lower() in ("it", "they") and _WHAT_THEY_CALL.match(self.masked, men.end) and \
                    re.search(r"\bwhat\s+$", self.masked[max(0, men.start - 8):men.start]):
                # "Clinton's campaign contrasts her plan with what they call “...”": the clause's subject
                own = self._clause_opener(men.text.lower(), men.start)
                if own is not None:
                    return own
            self._pron_at = men.start
            sp = self._pronoun(men.text.lower(), pos)
            if sp is not None and men.text == "It":
                # "The UN called it ... Israel had kept Gaza under blockade. It announced ...":
                # a body opening the sentence just before is what "It" means, not an earlier speaker
                prev = self._preceding_body(men.start)
                if prev is not None and prev.name != sp.name:
                    sp = prev
            if sp is None and men.text.lower() in ("it", "they"):
                sp = self._previous_sentence_subject(men.text.lower(), pos)
            return sp
        if men.kind in ("name", "org") and (exp := self._spelled_out(_LEADING_THE.sub("", men.text))) is not None:
            # "The Union of Italian Jewish Communities (UCEI) ... UCEI said": the body as spelled out
            return self.resolve(Mention(exp, men.start, men.end, "org", name=exp), pos)
        if men.kind == "name" and (hm := _HONORIFIC_REFERENCE.fullmatch(men.text.strip(" ,."))):
            # "His Excellency said": the dignitary written of just before, as "he" would be
            return self.resolve(Mention("she" if hm.group(1) == "Her" else "he", men.start, men.end, "pronoun"), pos)
        if men.kind == "name" and _ACRONYM_PLURAL.fullmatch(group := _LEADING_THE.sub("", men.text.strip(" ,."))):
            # "the NGOs said", "MPs warned": a group, as "the organisations" would be (so "they")
            party, faction = self._party_of_text(group)
            return Speaker(group, party, faction, "descriptor", plural=True, as_written=men.text, head=group.lower())
        if men.kind == "name":
            if self._common_noun(men):
                # "Talks continued in Egypt", "Delegates questioned ...": a capitalised first word, a
                # common noun (a group may speak; "he" is never it)
                low = men.text.strip(" ,.").lower()
                party, faction = self._party_of_text(low)
                return Speaker(low, party, faction, "descriptor", plural=low.endswith("s"), as_written=men.text,
                               head=low, titles={low})
            return self._name(men, pos)
        if men.kind == "org":
            bare = re.fullmatch(r"(?:[Tt]he)\s+([A-Z][a-z]+)", men.text.strip())
            if bare and bare.group(1).lower() in ORG_DESCRIPTORS:
                # "The Movement added", "The Ministry said": the body named before, capitalised
                # in house style, not a body called "Movement"
                return self._descriptor(Mention(men.text, men.start, men.end, "descriptor",
                                                head=bare.group(1).lower()), pos)
            return self._org(men)
        return self._descriptor(men, pos)

    def _spelled_out(self, text: str) -> str | None:
        """The name an unlisted acronym stands for where the article defines it,
        "Doctors Without Borders (MSF)"; None for anything else (a listed acronym, "IDF",
        is the actors file's to spell out)."""
        acr = text.strip(" ,.")
        if not _ACRONYM_WORD.fullmatch(acr) or (self.actors and self.actors.find(acr)):
            return None
        table = self.__dict__.get("_acronyms")
        if table is None:
            table = self._acronyms = {}
            if "(" in self.text:
                for dm in _ACRONYM_DEFINED.finditer(self.text):
                    table.setdefault(dm.group(2), _LEADING_THE.sub("", dm.group(1)))
        return table.get(acr)

    def _common_noun(self, men: Mention) -> bool:
        """A one-word "name" that the article writes in lower case elsewhere and capitalises only
        at the start of a sentence ("Talks continued ...", "... the talks")."""
        word = (men.name or men.text).strip(" ,.")
        if " " in word or not word[:1].isupper() or word[1:].isupper() or not _SENT_START.search(
                self.text, max(0, men.start - 3), men.start):
            return False
        cache = self.__dict__.setdefault("_common_cache", {})
        if word not in cache:
            low = word.lower()
            # (a lower-case use in prose, not in a web address or slug: "/micheal-martin-israel")
            cache[word] = low in self.text and bool(re.search(r"(?<![\w/-])" + re.escape(low) + r"(?![\w/-])",
                                                              self.text)) and all(
                # capitalised mid-sentence anywhere: a name after all
                _SENT_START.search(self.text, max(0, wm.start() - 3), wm.start())
                for wm in re.finditer(r"\b" + re.escape(word) + r"\b", self.text)) and not (
                self.actors and self.actors.find(word))
        return cache[word]

    def _described_at(self, p: int) -> bool:
        """The name at `p` opens a sentence that only describes its person ("Ari Roe was 22 on
        Oct. 7 and is believed to be held"): a copula or passive, no act of theirs."""
        return _DESCRIBED_SUBJECT.match(self.masked, p) is not None

    def _shared_surname_holder(self, name: str, full: str, pos: int) -> str:
        """Which of a family sharing the surname `name` is meant at `pos`: `full` (the article's
        fittest name) if that person spoke or acted before; else the last of the family who did
        ("Jonathan Roe, father of hostage Ari Roe, told CNN ... Roe said"; a sentence that only
        describes, "Ari Roe was 22 ...", is no act); else the one who opens a sentence ("Rina
        Tal, the mother of hostage Omer Tal, was interviewed ... Tal said")."""
        acted = [(p, sp) for p, sp in self.history if p < pos and not self._described_at(p)]
        if any(sp.name == full for _, sp in acted):
            return full
        for _, sp in reversed(acted):
            if sp.kind == "person" and sp.name.split()[-1] == name:
                return sp.name
        subjects = {f for p, f in self.names.full if p < pos and f.split()[-1] == name
                    and self.names.opens_sentence(p)}
        if len(subjects) == 1:
            return subjects.pop()
        # "Yehuda Cohen, father of hostage Nimrod Cohen ... Cohen accused": not the one held captive
        family = {f for p, f in self.names.full if p < pos and f.split()[-1] == name}
        free = {f for f in family if not any(_HELD_BEFORE.search(self.text, max(0, at - 30), at)
                                             for at in _occurrences(self.text, f))}
        return free.pop() if len(free) == 1 and len(family) > 1 else full

    def _shared_surname(self, last: str) -> bool:
        """"Ivanka Trump" and "Donald Trump": the surname alone says nothing about either."""
        table = self.__dict__.get("_surname_fulls")
        if table is None:
            table = {}
            for _, f in self.names.full:
                table.setdefault(f.split()[-1], set()).add(f)
            self._surname_fulls = table
        return len(table.get(last, ())) > 1

    def _pronoun_gender(self, name: str) -> str | None:
        """"Stumpf, who was questioned over his bank's ...", "Warren said she ...": pronouns tied
        to a surname by a relative clause, a reporting verb or "himself/herself", when they all
        agree (used only to rule a candidate out for "he"/"she").  One scan per article."""
        table = self.__dict__.get("_pron_gender")
        if table is None:
            counts: dict[str, list[int]] = {}
            m = self.masked

            def add(key: str, w: str) -> None:
                counts.setdefault(key, [0, 0])[0 if w in ("his", "he", "him", "himself") else 1] += 1
            for mm in _PRON_WHO.finditer(m):
                pm = re.search(r"\b(his|her|he|she|him)\b", mm.group(2))
                if pm:
                    add(mm.group(1), pm.group(1))
            for mm in _PRON_SAID.finditer(m):
                add(mm.group(1), mm.group(2))
            for mm in _PRON_SELF.finditer(m):
                if mm.start() and _re_word(m[mm.start() - 1]):
                    continue  # inside a longer word (the \b the pattern leaves out)
                words = re.findall(r"[A-Z][\w'-]+", m[max(0, mm.start() - 40):mm.start()])
                if words:
                    add(words[-1], mm.group(1))
            table = {k: ("m" if c[0] and not c[1] else "f" if c[1] and not c[0] else None) for k, c in counts.items()}
            kin: dict[str, set[str]] = {}
            for km in self._kin_names():
                kin.setdefault(km.group(2).split()[-1], set()).add("f" if km.group("f") else "m")
            # kinship outranks "X says he ...", where "he" may be the son she speaks of
            table.update({k: next(iter(g)) for k, g in kin.items() if len(g) == 1})
            self._pron_gender = table
        return table.get(name.split()[-1]) if name else None

    def _clause_opener(self, pron: str, pos: int) -> Speaker | None:
        """The body or group opening the pronoun's own sentence, if it can be "it"/"they"."""
        si = self.sindex.at(pos)
        ss = self.sents[si][0]
        lead = _CLAUSE_LEAD.match(self.masked, ss, pos)
        men = np_after(self.masked, lead.end() if lead else ss, pos)
        if men is None or men.kind == "pronoun" or men.end >= pos:
            return None
        men = self._with_actor(men)
        head = (men.head or men.text.split()[-1]).lower()
        if men.kind == "org" or (men.kind == "descriptor" and (head in ORG_DESCRIPTORS or (
                pron == "they" and head in PLURAL_HEADS))):
            return self.resolve(men, men.start)
        return None

    def _preceding_body(self, at: int) -> Speaker | None:
        """The organisation or state opening the sentence right before the one that "It" at
        `at` opens (same or previous paragraph), when that sentence has no speaker of its own."""
        si = self.sindex.at(at)
        if si < 1 or self.masked[self.sents[si][0]:at].strip(" \u201c\"'\n"):
            return None
        ss, se, para = self.sents[si - 1]
        if para < self.sents[si][2] - 1 or any(e.sent == si - 1 for e in self.events):
            return None
        men = self._opening_mention(ss, se)
        if men is None or men.kind not in ("org", "name"):
            return None
        if men.kind == "name":
            actor = self.known(men.name or men.text)
            if actor is None or actor.kind == "person":
                return None  # a person or an unknown name: "he"/"she" would be used, or a guess
        sp = self.resolve(men, men.start)
        return sp if sp is not None and sp.kind == "org" else None

    def _previous_sentence_subject(self, pron: str, pos: int) -> Speaker | None:
        """"The city sent a letter on Thursday. It says ...": the organisation or group that
        opens one of the two sentences before, when no earlier speaker fits the pronoun."""
        si = self.sindex.at(pos)
        m = self.masked
        for k in (si, si - 1, si - 2):
            if k < 0 or self.sents[k][2] < self.sents[si][2] - 1:
                break
            ss, se, _ = self.sents[k]
            if k == si:
                se = pos  # the subject of the pronoun's own sentence, before it ("The leaders of
                # X and Y released a statement on what they called ...")
            lead = _CLAUSE_LEAD.match(m, ss, se)
            start = lead.end() if lead else ss
            men = np_after(m, start, se)
            if men is None:
                dm = re.match(r"(?:The|A|An|Several|Many|Some|Both|These|Those|Two|Three|Four)\s+((?:[\w-]+\s+){0,3}?)"
                              r"([a-z][\w-]+)(?=\s+(?:\w+ly\s+)?(?:has\s+|have\s+|had\s+|was\s+|were\s+|is\s+|are\s+)?"
                              r"[a-z]+(?:ed|ent|ew|ote|old|aid|ave|ook)\b)", m[start:se])
                if dm and not any(w in _BARE_NP_STOP for w in dm.group(0).lower().split()):
                    txt = dm.group(0)
                    men = Mention(txt, start, start + len(txt), "descriptor", head=dm.group(2).lower())
            if men is None or men.kind == "pronoun" or men.end >= pos:
                continue
            men = self._with_actor(men)
            if men.kind == "descriptor" and (men.head or "") in _NOT_SPEAKER_HEADS:
                continue  # "The talks went on. ... they said": talks do not speak
            if not re.match(r"\s+(?:\w+ly\s+)?(?:has\s+|have\s+|had\s+|was\s+|were\s+|is\s+|are\s+)?[a-z]+",
                            m[men.end:men.end + 30]):
                continue
            plural = men.kind == "descriptor" and ((men.head or "") in PLURAL_HEADS or (
                (men.head or "").endswith("s") and not (men.head or "").endswith("ss")))
            if pron == "it" and (men.kind == "org" or (men.kind == "descriptor" and not plural
                                                        and (men.head in ORG_DESCRIPTORS
                                                             or men.head not in DESC_HEADS))):
                return self.resolve(men, men.start)
            if pron == "they" and (men.kind == "org" or plural):
                return self.resolve(men, men.start)
        return None

    def _party_of_text(self, text: str | None, civilian_default: bool = True) -> tuple[str | None, str | None]:
        """The side a description's words name (see `Actors.party_from_descriptor`), kept per
        article: the same words are read for each mention of a name or role."""
        if not text or not self.actors:
            return None, None
        cache = self.__dict__.setdefault("_text_parties", {})
        key = (text, civilian_default)
        if key not in cache:
            cache[key] = self._read_party_of_text(text, civilian_default)
        return cache[key]

    def _read_party_of_text(self, text: str, civilian_default: bool) -> tuple[str | None, str | None]:
        # Relative clauses and places say where someone is or what happened to
        # them, not whom they speak for: "who was held by Hamas", "reporting from Jerusalem".
        # ("addressing the UN Economic and Social Council": whom he spoke to)
        text = _RELATIVE_OR_PARTICIPLE.split(text)[0]
        text = _PLACE_PHRASE.sub(lambda m: m.group(0) if _IN_FROM_INSIDE.match(m.group(0))
                                 and self._body_not_place(m.group(0)) else " ", text)
        # an envoy's host is not the side it speaks for: "Iran's mission to the United Nations"
        text = _ENVOY_TO.sub(r"\1 ", text) if "to" in text else text  # (every match holds "to")
        r = self.actors.party_from_descriptor(text, civilian_default)
        return r if r else (None, None)

    def _body_not_place(self, phrase: str) -> bool:
        """"in Hamas", "from Hezbollah": a body the actors file lists (not a country or city), which
        says whom someone speaks for, where "in Gaza" only says where they are."""
        name = re.sub(r"^\s*(?:in|from|at|near|outside|inside)\s+(?:the\s+)?", "", phrase).strip()
        words = name.split()
        # ("in the Islamic Resistance Movement Hamas": the body's name written twice)
        for part in [name] + [" ".join(words[:k]) for k in range(len(words) - 1, 0, -1)] \
                + [" ".join(words[k:]) for k in range(1, len(words))]:
            actor = self.actors.find(part) if self.actors and part else None
            if actor is None:
                continue
            return actor.kind == "organisation" and not self.actors.is_country(part) \
                and self.actors.country_of_capital(part) is None and actor.party not in (None, "Other") \
                and not self.actors.is_country(name)
        return False

    def speaker_named(self, name: str, start: int, pos: int | None = None) -> Speaker:
        """The speaker a bare name written at `start` stands for ("PENCE" in a transcript is
        the article's "Mike Pence"), resolved like any name mention (as seen from `pos`, by
        default where it is written)."""
        return self._name(Mention(name, start, start + len(name), "name", name=name), start if pos is None else pos)

    def _name(self, men: Mention, pos: int) -> Speaker:
        fam = _FAMILY_PLURAL.fullmatch(men.text.strip(" ,."))
        if fam and (couple := self._couple_named(fam.group(1), men.start)) is not None:
            return couple  # "Leah and Simcha Berg, parents of ... “...,” the Bergs said"
        name = _LEADING_THE.sub("", (men.name or men.text).strip(" ,."))
        if people := _PEOPLE_OF.fullmatch(men.text.strip(" ,.")):
            # "the Americans intended ...", "the Israelis say": a people, several, never "she"
            party, faction = self._party_of_text(people.group(1))
            return Speaker(people.group(0), party, faction, "descriptor", plural=True, as_written=men.text,
                           head="people")
        if " " not in name and name.lower() in INSTITUTION_HEADS and men.text.split()[-1] == name:
            if len(_LEADING_THE.sub("", men.text.strip(" ,.")).split()) == 1 and men.text[:1] in "Tt":
                # "The Presidency said" after "the Palestinian Presidency": the body named before
                ref = self._descriptor(replace(men, kind="descriptor", head=name.lower()), pos)
                if ref is not None:
                    return ref
            elif len(men.text.split()) >= 2:
                # "The Egyptian Presidency", "the Palestinian Ministry": a body its side's adjective
                # names, not a body called "Presidency"
                text = men.text.strip(" ,.")
                text = text[0].lower() + text[1:] if text.startswith("The ") else text
                party, faction = self._party_of_text(text)
                return Speaker(text, party, faction, "org", as_written=men.text, head=name.lower())
        if self.actors and name != men.text and self.actors.is_country(men.text.strip(" ,.")) \
                and not self.actors.is_country(name):
            name = _LEADING_THE.sub("", men.text.strip(" ,."))  # "Saudi Arabia", not Mr "Arabia"
        parts, full = name.split(), None
        if len(parts) >= 2 and self.actors and (org := self.actors.find(parts[0])) is not None \
                and org.kind != "person" and (who := self.actors.find(" ".join(parts[1:]))) is not None \
                and who.kind == "person" and not self.actors.find(name):
            # "the strikes against Hezbollah Netanyahu said": a comma lost after a body's name
            name, parts, full = " ".join(parts[1:]), parts[1:], who.name
        if len(parts) >= 3:
            # "Special Envoy to the Middle East Steve Witkoff": the name index, which saw the
            # title before the run, cut the title's object off the name
            cut = next((f for at, f in self.names.full if men.start <= at < men.end and
                        1 < len(f.split()) < len(parts) and parts[-len(f.split()):] == f.split()), None)
            if cut is not None:
                name, parts = cut, cut.split()
        if len(parts) >= 3 and re.match(r"[Tt]he\s", men.text) and self.text.count(name) == 1:
            # "Special Coordinator for the Middle East Peace Process Wennesland said", where the
            # article has named Tor Wennesland: the surname after the title's capitals
            others = {f for _, f in self.names.full if f != name and 2 <= len(f.split()) < len(parts)
                      and f.split()[-1] == parts[-1] and not set(f.split()) & set(parts[:-1])}
            if len(others) == 1:
                name, full = parts[-1], others.pop()
        full = full or self.names.fullest(name, pos)
        if len(name.split()) == 1 and self._shared_surname(name):
            full = self._shared_surname_holder(name, full, pos)
        if full == name and len(name.split()) == 1 and not (self.actors and (
                self.actors.find(name) or self.actors.party_from_descriptor(name))):
            # "Indonesia President Prabowo Subianto said ... said Prabowo", also in a headline
            # before the body names him in full
            full = self.names.by_given_name(name)
            if full == name:
                full = self.names.misspelt(name)  # "Vence argued" where the article names J.D. Vance
        if full != name and len(name.split()) == 1 and self.actors and \
                self.actors.holds_office(men.text[:max(0, men.text.rfind(name))]):
            full = self._office_holder_full(name, full)
        hon = _HONORIFIC_OPENING.match(men.text)
        if hon and full != name:
            full = self._same_gender_full(name, full, "m" if hon.group(1) == "Mr" else "f")
        country = self.actors.country_of_capital(full) if self.actors else None
        if country:
            full = name = country  # "Colombo issued a communique": Sri Lanka's government spoke
        actor = None
        if self.actors:
            actor = self.actors.find(full) or self.actors.find(name) or self.actors.find(men.text)
            if actor is not None and actor.kind == "person" and len(full.split()) > 1 and \
                    len(norm(name).split()) == 1 and self.actors.find(full) is None and \
                    norm(full).split()[0] not in {norm(f).split()[0] for f in (actor.name, *actor.aliases)
                                                  if len(f.split()) > 1} and not any(
                        f" {norm(f)} " in f" {norm(men.text)} " for f in (actor.name, *actor.aliases)
                        if len(f.split()) > 1):
                actor = None  # "Mrs. Trump" where the article names Melania Trump: not the Trump the file lists
            said_as = ("he" if hon.group(1) == "Mr" else "she") if hon else None
            if said_as and actor is not None and actor.kind == "person" and actor.pronoun and actor.pronoun != said_as:
                # "Mr Albanese" is not the woman the file's alias "Albanese" means
                actor = self.actors.surname_holder(name.split()[-1], said_as)
                if actor is not None and len(full.split()) == 1:
                    full = actor.name
        titles = set(norm(men.text).split()) - set(norm(full).split())
        titles |= {norm(t) for t in self.names.titles_before(full, pos)}  # "Prime Minister X ... X added"
        titles |= {_TITLE_ABBR[t] for t in titles if t in _TITLE_ABBR}
        if men.appositive:
            titles |= set(norm(men.appositive).split())
        if actor is not None:
            party, faction = actor.party, actor.faction
            titles |= {w for t in actor.titles for w in norm(t).split()}
            if actor.kind == "organisation":
                return self._org_speaker(actor, men.text)
            if len(full.split()) > 1 and self.actors.find(full) is not actor:
                full = actor.name  # "Foreign Minister Israel Katz" is not the "Ravid Katz" named later
            full = self._fullest_for_actor(actor, full)
            if len(full.split()) == 1 and actor.kind == "person":
                # only the surname in the article; the actors file knows the rest, in the article's
                # spelling when a listed form has it ("Sissi": "Abdel-Fattah el-Sissi")
                full = _spelled_as(actor, full)
        else:
            prefix = men.text[:max(0, men.text.find(name.split()[0]))] if name else ""
            described = " ".join(x for x in (prefix, men.appositive or "") if x)
            if men.appositive and re.search(r"\b(?:to|of|for|at|in)\s*$", men.appositive):
                # "Israeli Ambassador to the UN Gilad Erdan": the words in the order written
                described = f"{men.appositive.rstrip()} {prefix}"
            party, faction = self._unlisted_party(full, described, country)
        # a state speaks as a body ("Colombo issued", "South Africa argued"): never "he" later
        kind = "org" if actor is None and (country or (self.actors and self.actors.is_country(full))) else "person"
        sp = Speaker(full, party, faction, kind, titles=titles, as_written=men.text,
                     actor=actor.name if actor is not None else None)
        return sp

    def _unlisted_party(self, full: str, described: str, country: str | None) -> tuple[str | None, str | None]:
        """The side of a name the actors file does not list, from how the article describes it
        (`described`: the words before it and its appositive).  It reads only the article, so it
        is worked out once per (name, description) and kept: a name is resolved at every mention."""
        cache = self.__dict__.setdefault("_unlisted_parties", {})
        key = (full, described, country)
        if key in cache:
            return cache[key]
        party, faction = (None, None)
        if self._written_beside(full, None, _US_PARTY_LABEL):
            party = "United States"  # "Tom Cotton (R-AR)": a US party's label, whatever the title says
        if party is None and (len(full.split()) == 1 or country):
            # "Germany, one of Israel's foremost backers, expressed": the country's own side
            party, faction = self._party_of_text(full)
        if party is None and country:
            party = "Other"  # a country the actors file does not place
        if party is None:
            party, faction = self._party_of_text(described, civilian_default=False)
        if party is None:
            party, faction = self._party_from_other_mentions(full)
        if party is None and (len(full.split()) == 1 or _OFFICE_WORD.search(full)):
            party, faction = self._party_of_text(full)  # "Germany said", "United Nations Secretary-General"
        if party is None and self._kin_of_someone(full, described):
            # "said his stepmother, Jane Roe, who lives in Leeds": whose relative she is
            # places her before where she lives does
            party, faction = self._party_of_relative(described, full)
            if party is None:
                party, faction = self._party_of_kin(full, described)
        if party is None:
            party, faction = self._party_from_context(full)
        if party is None:
            party, faction = self._party_of_relative(described, full)
        if party is None:
            party, faction = self._party_of_family(full, described)
        if party is None and self.actors and self.actors.is_civilian(described):
            party, faction = "Other", None  # "X, a teacher from Khan Younis": a civilian
        if party == "Other" and faction is None and self._civilian_appositive(full):
            # "Maayan Shavit, a Toronto resident who lost her aunt on October 7, has two cousins
            # who are still hostages": a hostage's family before a civilian of no side
            ctx = self._party_from_context(full)
            if ctx[1] == "Civil society" and ctx[0] != "Other":
                party, faction = ctx
        cache[key] = (party, faction)
        return party, faction

    def _couple_named(self, surname: str, at: int) -> Speaker | None:
        """"the Bergs": the people the article last named together under that surname ("Leah
        and Simcha Berg", "Anna, Dov and Leah Berg"), within a few paragraphs."""
        found = None
        for lm in re.finditer(rf"\b((?:[A-Z][\w\u2019'-]+,\s+)*[A-Z][\w\u2019'-]+,?\s+and\s+[A-Z][\w\u2019'-]+\s+"
                              rf"{re.escape(surname)})\b", self.masked[max(0, at - 2000):at]):
            found = lm.group(1)
        if found is None:
            return None
        while "," in found and found.split(",")[0] in STOP_CAPS:
            found = found.split(",", 1)[1].strip()  # ("Earlier on Thursday, Leah and Simcha Berg")
        return self.speaker_named(found, at)

    def _office_holder_full(self, name: str, full: str) -> str:
        """"Prime Minister Netanyahu" is not "his wife, Sara Netanyahu": a full name the article
        introduces as someone's relative holds no office; another full name, else the surname."""
        if not self._kin_named(full):
            return full
        for f in sorted(self._longer_same_surname(name) - {full}, key=lambda c: -len(c)):
            if not self._kin_named(f):
                return f
        return name

    def _longer_same_surname(self, name: str) -> set[str]:
        """The article's full names that end in `name`'s last word and are longer than it."""
        last = norm(name).split()[-1:] if name else []
        return {f for _, f in self.names.full if norm(f).split()[-1:] == last and len(f) > len(name)}

    def _kin_named(self, full: str) -> bool:
        """`full` is written as somebody's relative: "his wife, Sara Roe", "Yair Roe, his son"."""
        return self._written_beside(full, _KIN_BEFORE, _KIN_AFTER, back=40)

    def _written_beside(self, full: str, before: re.Pattern | None, after: re.Pattern | None,
                        back: int = 50) -> bool:
        """Some mention of `full` in the text has `before` ending right before it (within `back`
        characters) or `after` starting right after it.  (One scan of the text per name and
        pattern pair: a name is resolved at every mention.)"""
        known = self.__dict__.setdefault("_beside", {})
        key = (full, before, after)
        if key not in known:
            known[key] = any(
                (before is not None and before.search(self.text, max(0, at - back), at))
                or (after is not None and after.match(self.text, at + len(full), at + len(full) + 60))
                for at in _occurrences(self.text, full))
        return known[key]

    def _same_gender_full(self, name: str, full: str, want: str) -> str:
        """"Mr. Obama" is not "Michelle Obama": a full name written next to a role word of the
        other gender ("the first lady, Michelle Obama") is someone else; then the surname alone."""
        cands = self._longer_same_surname(name)
        if not cands:
            return full

        def gender(f: str) -> str | None:
            he = she = 0
            for at in _occurrences(self.text, f):
                # the role word nearest the name ("the first lady, Michelle Obama", "X, his wife,");
                # pronouns further on are too often someone else's
                # (in the name's own sentence: "... her son is alive or dead.\n\nJane Roe told")
                before = _SENTENCE_BREAK.split(self.text[max(0, at - 30):at])[-1].lower()
                after = self.text[at + len(f):at + len(f) + 30].split(".")[0].lower()
                for window, pick in ((before, -1), (after, 0)):
                    hits = list(_ROLE_GENDER.finditer(window))
                    if hits:
                        if hits[pick].group("f"):
                            she += 1
                        else:
                            he += 1
            return "m" if he > she else "f" if she > he else None

        if gender(full) != want and gender(full) is not None:
            for f in sorted(cands, key=lambda c: -len(c)):
                if gender(f) == want:
                    return f
            return name  # the surname alone beats the wrong person
        return full

    def _fullest_for_actor(self, actor, full: str) -> str:
        """"Sheikh Mohammed" -> the longest name in the article's prose that is the same actor."""
        best = full
        forms = {norm(actor.name)} | {norm(a) for a in actor.aliases}
        last = norm(actor.name).split()[-1]
        for _, cand in self.names.in_prose():
            nc = norm(cand)
            if len(cand) > len(best) and (nc in forms or nc.split()[-1] == last) and self.actors.find(cand) is actor:
                best = cand
        return best

    def _party_of_relative(self, described: str, full: str = "") -> tuple[str | None, str | None]:
        """"Jon Roe, the father of Ari Roe": Ari's story (kidnapped, held in Gaza) places Jon.
        "father Ruby Chen" with no one named: the family's story, told under their surname."""
        rm = _RELATIVE_OF.search(described or "") or _RELATIVE_POSS.search(described or "")
        if rm:
            return self._relative_story(rm.group(1).split()[-1])
        if full and len(full.split()) >= 2 and _KIN_BEFORE_NAME.search(described or ""):
            return self._relative_story(full.split()[-1])
        return None, None

    def _party_of_family(self, full: str, described: str) -> tuple[str | None, str | None]:
        """"Omer Neutra ... is one of the hostages" and then "said Ronen Neutra, Omer's dad": a
        person who shares a surname with someone else the article names (a family, not "Bruins
        Slot" beside "Hanke Bruins Slot") and holds no office takes the side of the family's
        story, when it is a captive's ("released" alone may be a report or a prisoner)."""
        words = full.split()
        if len(words) < 2 or not self._shared_surname(words[-1]) or (
                self.actors and self.actors.holds_office(described)):
            return None, None
        if not any(len(f.split()) >= 2 and not (set(f.split()) <= set(words) or set(words) <= set(f.split()))
                   for f in self._surname_fulls[words[-1]]):
            return None, None
        stories = self.__dict__.setdefault("_captive_story", {})  # by surname: one scan per family
        if words[-1] not in stories:
            stories[words[-1]] = any(words[-1] in self.masked[ss:se] and _CAPTIVE_STORY.search(self.masked, ss, se)
                                     for ss, se, _ in self.sents)
        return self._relative_story(words[-1]) if stories[words[-1]] else (None, None)

    def _kin_of_someone(self, full: str, described: str) -> bool:
        """`full` is written as someone's relative ("his father, Jon Roe", "Jon Roe, Ari's dad",
        "the mother of Ari Roe"), not as a kind of person ("a father of five") nor an office holder."""
        if not self.actors or self.actors.holds_office(described):
            return False
        if _POSSESSED_KIN.match(described or ""):
            return True
        return self._written_beside(full, _POSSESSED_KIN_BEFORE, _POSSESSED_KIN_AFTER)

    def _party_of_kin(self, full: str, described: str) -> tuple[str | None, str | None]:
        """"His father, Jon Roe", "her mother Mandy", "Itay's father": a relative whose kin's
        story no named sentence tells takes it from the sentences before the first mention,
        then from the article's own story, when captives outnumber prisoners in its prose."""
        i = self.masked.find(full)
        return self._kin_story(i) if i >= 0 else (None, None)

    def _kin_story(self, at: int, article: bool = True) -> tuple[str | None, str | None]:
        """The side of the family of a relative written at `at`: the story of the sentence and the
        two before it ([[patterns.relative]]), else (`article`) the article's, when captives
        outnumber prisoners in its prose (a story about hostages: their families are Israel's
        civil society)."""
        k = self.sindex.at(at)
        window = [self.masked[ss:se] for ss, se, _ in self.sents[max(0, k - 2):k + 1]]
        if any(_CAPTIVE_STORY.search(w) or _PRISONER_STORY.search(w) for w in window):
            # (the story must be a captive's or a prisoner's: "a statement released" is neither)
            r = self.actors.party_from_relative(window)
            if r:
                return r
        if not article:
            return None, None
        title = self._headline()
        if title and self.actors and (r := self.actors.party_from_relative([title])) and r[0] != "Israel":
            return r  # "Family hopeful Thai Gaza hostage will return soon": the headline tells whose story
        story = self.__dict__.get("_hostage_story")
        if story is None:
            captive = len(_CAPTIVE_STORY.findall(self.masked))
            story = self._hostage_story = captive > 0 and captive >= len(_PRISONER_STORY.findall(self.masked))
        return ("Israel", "Civil society") if story else (None, None)

    def _relative_story(self, last: str) -> tuple[str | None, str | None]:
        """The side of the family of the person called `last`, from what the article says
        happened to them ([[patterns.relative]]: held in Gaza, an Israeli prison)."""
        if not self.actors:
            return None, None
        sents = [self.masked[ss:se] for ss, se, _ in self.sents if last in self.masked[ss:se]][:6]
        r = self.actors.party_from_relative(sents)
        if not r:
            # the headline may be all that tells it: "Families of freed hostages ... and Bar
            # Kupershtein speak", above "Tal Kupershtein, father of Bar Kupershtein, said"
            title = self._headline()
            if title and re.search(rf"\b{re.escape(last)}\b", title):
                r = self.actors.party_from_relative([title])
        return r if r else (None, None)

    def _party_from_context(self, full: str) -> tuple[str | None, str | None]:
        """The sentence that first names a person no title places may still say whose side
        they are on ("X, whose son is held hostage in Gaza, ..."); [[patterns.context]]."""
        if not full or not self.actors:
            return None, None
        cache = self.__dict__.setdefault("_context_cache", {})
        if full not in cache:
            i = self.masked.find(full)
            r = None
            # (the first sentence that says: a lead "“...,” X told ITV News" says nothing of whose
            # mother was captured, the body's "X, whose mother was captured by Hamas" does)
            for _ in range(3):
                if i < 0 or r:
                    break
                ss, se, _ = self.sents[self.sindex.at(i)]
                title = " ".join(self.masked[ss:i].split()[-4:])
                appos = _FIRST_APPOSITIVE.match(self.masked, i + len(full), se)
                if self.actors.holds_office(f"{title} {appos.group(1) if appos else ''}"):
                    break  # ("Senator Ted Cruz met families of hostages": an office holder, no relative)
                r = self.actors.party_from_context(self.masked[ss:se])
                i = self.masked.find(full, se)
            cache[full] = r if r else (None, None)
        return cache[full]

    def _civilian_appositive(self, full: str) -> bool:
        """Where the article first names `full`, an appositive calls them a civilian ("Maayan
        Shavit, a Toronto resident who ...")."""
        i = self.masked.find(full)
        if i < 0 or not self.actors:
            return False
        am = _FIRST_APPOSITIVE.match(self.masked, i + len(full), i + len(full) + 90)
        return am is not None and self.actors.is_civilian(am.group(1))

    def _party_from_other_mentions(self, full: str) -> tuple[str | None, str | None]:
        """Titles written elsewhere in the article: "Hamas official Bassem Naim"."""
        if not full or not self.actors:
            return None, None
        cache = self.__dict__.setdefault("_other_cache", {})
        if full in cache:
            return cache[full]
        result = (None, None)
        i = self.text.find(full)
        while i >= 0 and result == (None, None):
            # (a title's stop ends nothing: "US Sen. Lindsey Graham led ...")
            parts = [p.replace("\u2024", ".") for p in _PUNCTUATION_KEPT.split(
                _TITLE_STOP.sub("\\1\u2024", self.text[max(0, i - 160):i]))]
            chunk = parts[-1]
            if len(parts) >= 3 and parts[-2] == "," and _RANKS_ONLY.fullmatch(chunk) and \
                    parts[-3].split()[-1:] and parts[-3].split()[-1].lower() in DESC_HEADS:
                chunk = parts[-3]  # "Israel's military chief, Lt Gen Eyal Zamir": the role before the rank
            k = len(parts) - 1
            if _LIST_JOIN.fullmatch(parts[k]):
                # "Hostage survivors Iair Horn, Yarden Bibas, and Sharon Aloni-Cunio": the role
                # written before the first of a list of names
                k -= 2
                while k >= 2 and parts[k + 1] == "," and _NAME_ONLY.fullmatch(parts[k]) and parts[k - 1] == ",":
                    k -= 2
                if k >= 0 and parts[k + 1] == "," and _ROLE_THEN_NAME.fullmatch(parts[k]):
                    chunk = _ROLE_THEN_NAME.fullmatch(parts[k]).group(1)
            before = " ".join(chunk.split()[-5:])
            r = self._party_of_text(before, civilian_default=False) if before else (None, None)
            if r == (None, None):
                am = _APPOSITIVE_AFTER_NAME.match(self.text[i + len(full):i + len(full) + 110])
                r = self._party_of_text(am.group(1), civilian_default=False) if am else (None, None)
            if r != (None, None):
                result = r
            i = self.text.find(full, i + len(full))
        cache[full] = result
        return result

    def _org_speaker(self, actor, written: str) -> Speaker:
        """An organisation the actors file lists, named as the guidelines ask: by its fullest
        form in this article.  The file's name when the article uses it ("Israel Defense
        Forces"), else the mention ("Israel's military", "US"); an office named through its
        holder ("Netanyahu's office") or a capital ("Washington said") is the file's name.
        `actor` keeps the file's name so the store still merges the forms across articles."""
        name = actor.name
        form = _LEADING_THE.sub("", re.sub(r"\s*\([^)]*\)", "", written or "")).strip(" ,.")
        if form and norm(form) != norm(name) and not self._in_article(name) and \
                not (_initials_of(form, name) and not self.actors.is_country(name)) and \
                not (self.actors.country_of_capital(form) or self.actors.find(form) is not actor):
            owner = re.match(r"(.+?)['\u2019]s\s", form)
            title = norm(owner.group(1)).split()[-1:] if owner is not None else []
            holder = owner is not None and (owner.group(1)[:1].islower() or (
                (a := self.actors.find(owner.group(1))) is not None and a.kind == "person")
                or bool(title) and (title[0] in _TITLE_ABBR or title[0] in _ROLE_HEADS))
            # ("PM's office", "the Prime Minister's Office" as "Premier's office": a title holds it)
            if not holder:
                name = form
        return Speaker(name, actor.party, actor.faction, "org", as_written=written, actor=actor.name)

    def _embedded_org(self, text: str):
        """"Israel's Mossad intelligence agency", "the Hamas militant group", "the Iran-backed
        Lebanese armed group Hezbollah": a listed organisation's name with its owner and a
        common noun for what it is; the organisation speaks.  Returns (actor, its name as
        written) or (None, text)."""
        if not self.actors:
            return None, text
        for em in (_EMBEDDED_ORG.fullmatch(text), _ORG_AFTER_NOUN.search(text)):
            if em:
                actor = self.actors.find(em.group(1))
                if actor is not None and actor.kind == "organisation":
                    return actor, em.group(1)
        return None, text

    def _in_article(self, name: str) -> bool:
        if self._norm_text is None:
            # lower case and straight apostrophes only: norm() would also cache the whole article
            self._norm_text = self.text.lower().replace("\u2019", "'")
        return re.search(r"(?<!\w)" + re.escape(name.lower().replace("\u2019", "'")) + r"(?!\w)",
                         self._norm_text) is not None

    def _org(self, men: Mention) -> Speaker | None:
        text = re.sub(r"\s*\([^)]*\)", "", men.text).strip()
        office_of = bool(men.name and _OFFICE_OF.match(text))
        if office_of:
            text = men.name  # "the office of Prime Minister X": "X's office"
        if re.match(r"^(?:its|his|her|their|our)\s", text, re.I):
            # "Germany expressed concern. Its Federal Foreign Office said": the body of the named
            # country or organisation opening the sentence before; else whose? unknown beats wrong
            if not re.match(r"^its\s", text, re.I):
                return None
            si = self.sindex.at(men.start)
            owner = None
            if si > 0 and self.sents[si - 1][2] >= self.sents[si][2] - 1:
                ps = self.sents[si - 1][0]
                first = np_after(self.masked, ps, self.sents[si - 1][1])
                if first is not None and first.start - ps <= 1 and first.kind in ("name", "org"):
                    owner = self.resolve(self._with_actor(first), first.start)
            if owner is None or owner.party is None or (owner.kind == "person" and len(owner.name.split()) > 1):
                return None
            body = text.split(None, 1)[1]
            return Speaker(f"{owner.name}\u2019s {body}", owner.party, owner.faction, "org", as_written=men.text)
        actor = self.actors.find(text) if self.actors else None
        text = _LEADING_THE.sub("", text)
        text = re.sub(r"^(?:[a-z][\w-]*\s+)+(?=[A-Z][\w.&\u2019'-]*(?:\s+(?:[A-Z][\w.&\u2019'-]*|"
                      r"(?:of|for|on|to|in|and|the|&)(?=\s+[A-Z])))*$)", "",
                      text)  # "state media IRNA": IRNA; "nonpartisan Commission on Presidential Debates"
        described = text
        text = _DESCRIBED_BODY.sub("", text)  # "Israeli newspaper Haaretz": Haaretz
        owner = _OWNER_BEFORE.match(text)
        if owner and is_outlet(text[owner.end():]):
            text = text[owner.end():]  # "Egypt’s Al-Qahera News": the outlet (its side read from the whole)
        actor = actor or (self.actors.find(text) if self.actors else None)
        if actor is None and self.actors and (am := _ACRONYM_ENDING.search(men.text) or
                                              _ACRONYM_AFTER.match(self.text, men.end)):
            # "the UN Relief and Works Agency for Palestine Refugees (UNRWA) said": the short name
            # the actors file knows
            found = self.actors.find(am.group(1))
            actor = found if found is not None and found.kind == "organisation" else None
        if actor is None:
            actor, text = self._embedded_org(text)
        country = self.actors.country_of_capital(text) if self.actors and actor is None else None
        if country:
            # "Doha said": the country's government; its side is the actor's of that name, else Other
            actor = self.actors.find(country)
            if actor is None:
                return Speaker(country, self._party_of_text(country)[0] or "Other", None, "org", as_written=men.text)
        if actor is not None:
            return self._org_speaker(actor, men.text)
        # (an office speaks for its holder's side: "Office of Egyptian President X")
        party, faction = self._party_of_text(men.text if office_of else described)
        return Speaker(text, party, faction, "org", as_written=men.text)

    def _list_members(self, text: str) -> list[tuple[str, Actor | None, str | None]]:
        """Each member of "A, B and C" without its "the", with its actor and, for a capital,
        its country ("Doha" is Qatar)."""
        out = []
        for member in _LIST_SEP.split(text):
            member = _LEADING_THE.sub("", member.strip())
            own = _MEMBER_OF_PLACE.fullmatch(member)
            if own and len(own.group(1).split()) >= 2:
                member = own.group(1)  # "Justin Trudeau of Canada" (not "Ministry of Defence": one word before)
            out.append((member, self.actors.find(member) if self.actors else None,
                        self.actors.country_of_capital(member) if self.actors else None))
        return out

    def _joint(self, text: str, pos: int) -> Speaker:
        """Several named speakers together ("Egypt and Qatar", "Mr. Grassley and Mr. Leahy"): each
        by its fullest name in the article; their shared side, else Other."""
        sides, names = set(), []
        for member, actor, country in self._list_members(text):
            bare = re.sub(r"^(?:Mr|Mrs|Ms|Miss|Dr|Sens?|Reps?|Govs?|Senators?|Representatives?)\.?\s+", "", member)
            bare = _past_plural_title(bare)  # "Prime Ministers Christopher Luxon, A and B"
            if actor is not None and actor.kind == "person" and len(bare.split()) == 1:
                # a surname alone, read as a lone mention of it would be: the article's own full name
                # ("Mr Albanese" where it names Anthony Albanese, not the Albanese the file lists)
                sp = self._name(Mention(member, pos, pos + len(member), "name", name=bare), pos)
                names.append(sp.name)
                sides.add(sp.party or "Other")
                continue
            if actor is not None and actor.kind == "person":
                # the article's own spelling of the listed person ("Itamar Ben-Gvir")
                found = self._fullest_for_actor(actor, "")
                names.append(found if len(found.split()) > 1 else actor.name)
            else:
                if actor is None and not country and (titled := np_after(bare, 0, len(bare))) is not None \
                        and titled.kind == "name" and titled.name and titled.end == len(bare):
                    bare = titled.name  # "Foreign Minister Anna Berg": the name, not its title
                names.append(country or (actor.name if actor is not None else self.names.fullest(bare, pos)))
            sides.add(actor.party if actor is not None else
                      self._party_of_text(country or member)[0] or "Other")
        party = sides.pop() if len(sides) == 1 else "Other"
        name = ", ".join(names[:-1]) + " and " + names[-1]
        return Speaker(name, party, None, "descriptor", plural=True, as_written=text, head="and")

    # roles that speak for whoever owns them: "his office", "its spokesman"
    _SPEAKS_FOR_OWNER = frozenset({"office", "spokesman", "spokeswoman", "spokesperson", "ministry",
                                   "government", "spokespeople", "delegation", "envoy"})

    def _owner_is_subject(self, owner: Speaker, at: int) -> bool:
        """Whether `owner` is the subject opening the sentence of `at` (before it) or the
        sentence before: "Netanyahu spoke on Monday. His office said" is his office; in "This
        weekend, Ryan took issue with Trump's talk. His office said" Trump, who spoke last, is
        not the owner, and when the subject cannot be read the owner is unknown (unless the
        sentence of `at`, quote included, names the person)."""
        si = self.sindex.at(at)
        last = norm(owner.name).split()[-1:]
        for k in (si, si - 1):
            if k < 0:
                break
            ss, se, _ = self.sents[k]
            subj = self._opening_mention(ss, min(se, at)) if ss < at else None
            if subj is None or subj.start >= at:
                continue
            if subj.kind == "pronoun":
                # "He added that ... His office later said": a pronoun already read as the owner
                if any(ev.mention.start == subj.start and ev.speaker is not None and ev.speaker.name == owner.name
                       for ev in self.events if ev.sent == k):
                    return True
                continue
            return subj.kind in ("name", "org") and norm(subj.name or subj.text).split()[-1:] == last
        # "“..., Prime Minister Netanyahu instructed the military ...,” a statement from his office
        # said": the quoted statement names its owner, as an office's statements name its head
        ss = self.sents[si][0]
        return bool(last) and last[0] in norm(self.text[ss:at]).split() and owner.kind == "person"

    def _owned_subject(self, role: str, at: int) -> Speaker | None:
        """The same role of a named owner as the subject of this sentence or the one before:
        "Netanyahu's office accused Hamas ... “...,” his office said" is that office again."""
        si = self.sindex.at(at)
        for k in (si, si - 1):
            if k < 0:
                break
            ss, se, _ = self.sents[k]
            opening = [ev.mention for ev in self.events if ev.sent == k and ev.kind == "pre"
                       and ev.vstart < at and not self.masked[ss:ev.mention.start].strip()]
            subj = opening[0] if opening else self._opening_mention(ss, min(se, at)) if ss < at else None
            if subj is None or subj.start >= at or subj.kind == "pronoun":
                continue
            if re.search(r"\b[A-Z][\w-]*(?:\u2019s|'s)\s+" + re.escape(role) + r"$", subj.text, re.I):
                return self.resolve(self._with_actor(subj), subj.start)
            return None
        return None

    def _holder_on_side(self, owner: str, words: list[str], head: str, pos: int, side: str) -> Speaker | None:
        """"Israel's Defence Minister", a dek's "US president": read as "the <owner> <role>", the
        person the article names in that role, when of `side`."""
        ref = self._definite(["the", owner] + [w.lower() for w in words[1:]], head, pos)
        return ref if ref is not None and ref.kind == "person" and ref.party == side else None

    def _descriptor(self, men: Mention, pos: int) -> Speaker | None:
        if men.head == "and" and _CONJOINED_LIST.fullmatch(men.text):
            return self._joint(men.text, pos)
        text = men.text.strip()
        words = text.split()
        det = words[0].lower() if words else ""
        if men.head in _KIN_GENDER and (len(words) == 2 and det in ("his", "her") or _possessive(words[0])
                                        or len(words) > 2 and _possessive(words[1]) and words[0][:1].isupper()):
            # ("Emily Hand's grief-stricken father": the owner named)
            given = _GIVEN_AFTER.match(self.masked, men.end)
            if given and det in ("his", "her"):
                # "said his mother, Idit.": the given name the article writes in full elsewhere
                full = self.names.by_given_name(given.group(1))
                if " " in full:
                    st = self.masked.find(full)
                    return self.resolve(Mention(full, st, st + len(full), "name", name=full), pos)
                if given.group(1) not in STOP_CAPS and not self.known(given.group(1)):
                    # "said his brother, Hatem.": a relative the article names by the given name alone
                    return self.resolve(Mention(given.group(1), given.start(1), given.end(1), "name",
                                                name=given.group(1), appositive=text), pos)
            kin = self._relative_of_owner(det, men.head, men.start, words)
            if kin is not None:
                return kin
        if det == "their" and (cm := _THEIR_CONJOINED.search(self.masked, max(0, men.start - 80), men.start)):
            # "More than 200 former hostages and their family members said": the two together
            first = np_before(self.masked, men.start - len(cm.group(0)), max(0, men.start - 80), common_nouns=True)
            if first is not None and first.kind == "descriptor" and (first.head or "") in PLURAL_HEADS:
                whole = self.masked[first.start:men.end]
                party, faction = self._party_of_text(whole)
                return Speaker(whole, party, faction, "descriptor", plural=True, as_written=whole, head=men.head)
        if det == "their" and len(words) == 2 and men.head in _PARENT_PRONOUN:
            # "“The kids are well,” their father said" after Itzik Horn, who spoke of "his sons"
            parent = self._parent_heard(_PARENT_PRONOUN[men.head], pos)
            if parent is not None:
                return parent
        if det in _NOBODY_IN_PARTICULAR or _NOBODY_BEFORE.search(self.masked, max(0, men.start - 12), men.start):
            return None  # "Neither leader responded": nobody, or everybody, in particular
        head = men.head or (words[-1].lower() if words else "")
        if head == "head" and (hs := _HEAD_OF_STATE.match(self.masked, men.start, men.end + 20)):
            # "the Israeli head of state urged", "the head of government said": a state's leader
            # (its president, prime minister, king ...), as "the Israeli leader" would be
            words, head = hs.group(1).split() + ["leader"], "leader"
            text = " ".join(words)
        plural = head in PLURAL_HEADS
        if len(words) == 4 and re.fullmatch(r"[Oo]ne of the", " ".join(words[:3])) and plural:
            # "According to one of the sources, ..." after "Sources familiar with the talks told":
            # one of that group, who speak as one
            group = next((sp for p, sp in reversed(self.history) if p < pos and sp.kind == "descriptor"
                          and sp.plural and sp.head == head), None)
            if group is not None:
                return group
        if det not in DETERMINERS and words[0] in TITLE_CAPS and head in _ROLE_HEADS and not plural \
                and head not in ORG_DESCRIPTORS and any(w.lower() == head for w in words[:2]):
            # "HE the Prime Minister and Minister of Foreign Affairs said": a title in capitals with
            # no article is as definite as "the Minister of Foreign Affairs", its holder named before
            ref = self._descriptor(replace(men, text=f"the {text}"), pos)
            if ref is not None and ref.kind == "person" and ref.name and head in (ref.titles or ()):
                return ref
            if ref is None or ref.kind == "descriptor":
                # a deck's "Spokesman describes ..." after its unnamed "Civil Defense spokesman tells
                # Anadolu": the one spokesman the article names with that title
                ref = self._titled_name(words, pos, whole=True)
                if ref is not None:
                    return ref
        actor = self.actors.find(text) if self.actors else None
        if actor is None:
            actor, text = self._embedded_org(text)
            if actor is not None and actor.kind == "organisation" and det == "the" and len(words) == 3 \
                    and head in _ORG_HEAD_SYNONYMS and head not in ("families", "military", "army", "forces"):
                # "OCHA said ... The UN agency welcomed": one of the UN's agencies heard before, not
                # the UN itself
                body = self._definite(words, head, pos)
                if body is not None and body.kind == "org" and body.party == actor.party \
                        and body.name != actor.name:
                    return body
        if actor is not None:
            if actor.kind == "organisation":
                return self._org_speaker(actor, text)
            return Speaker(actor.name, actor.party, actor.faction, "person", as_written=text, actor=actor.name)
        state = re.fullmatch(r"([A-Z][\w.-]*)(?:\u2019s|'s)", words[0]) if len(words) in (2, 3) else None
        state_actor = self.actors.find(state.group(1)) if state is not None and self.actors else None
        if state_actor is not None and state_actor.kind == "organisation" and state_actor.party \
                and head in _ROLE_HEADS and head not in ORG_DESCRIPTORS:
            # "Israel's prime minister is promising ...", "Israel's Defence Minister told": the
            # person the article names in that role, when of that side
            ref = self._holder_on_side(state.group(1), words, head, pos, state_actor.party)
            if ref is not None:
                return ref
        if state is not None and head in _ROLE_HEADS and head not in ORG_DESCRIPTORS and (
                state_actor is not None or self.actors.is_country(state.group(1))):
            # "Italy's foreign minister reaffirmed ... \n\n“...,” Antonio Tajani said": the lede's
            # role, named as the next sentence's speaker (of the state's side, if known)
            ref = self._speaking_next(pos, quoted=not plural)
            side = state_actor.party if state_actor is not None else None
            if ref is not None and (side is None or ref.party in (None, side)):
                return ref if ref.party is not None or side is None else replace(ref, party=side)
        if len(words) in (2, 3) and words[0][:1].isupper() and det not in DETERMINERS and head in _ROLE_HEADS \
                and head not in ORG_DESCRIPTORS and all(w.islower() or w == "PM" for w in words[1:]) and self.actors:
            # a dek's bare role, "US president says ...": the person the article names in that role,
            # when of the side its adjective names (as "the US president" would be)
            side = self.actors.party_from_descriptor(text)
            ref = self._holder_on_side(words[0], words, head, pos, side[0]) \
                if side is not None and side[0] != "Other" else None
            if ref is None and side is None and men.start < self.sents[min(2, len(self.sents) - 1)][1]:
                # "Far-right minister calls for ..." opening the story: the one person it goes on
                # to name with that title ("National Security Minister X"), if only one
                found = self.names.holders_of({head}, len(self.masked))
                if len(found) == 1 and found[0][0] > men.start:
                    p, full = found[0]
                    ref = self.speaker_named(full, p, pos)
                    ref = ref if ref.kind == "person" else None
                elif men.start == self.para_start(self.sents[self.sindex.at(men.start)][2]):
                    # else, under a headline "X says ...", the headline's X if the file titles X so
                    ref = self._title_person("", men.start, head)
            if ref is not None:
                return ref
        if det not in DETERMINERS and words[0][:1].isupper() and any(_possessive(w) for w in words[:3]):
            ref = self._epithet(words, head, pos)  # "Donald Trump's running mate": the person just heard
            if ref is not None:
                return ref
        if det == "the" and len(words) >= 3 and _COUNTRY_OWNER.fullmatch(words[1]):
            # "Qatar is reassessing its role between Israel and Hamas, the country's prime minister said":
            # the country the sentence opens with, not the last prime minister named
            return self._country_role(men, text, head)
        counted = words[1:] if det == "the" else words if re.search(
            r"\b(?:the|The)\s+$", self.masked[max(0, men.start - 5):men.start]) else []
        if len(counted) == 2 and counted[0].lower() in _COUNT_WORDS and head in _COUNTED_HEADS:
            # "the two nations said": the list of that many named just before ("Qatar and Egypt")
            group = self._counted_group(_COUNT_WORDS[counted[0].lower()], head, men.start)
            if group is not None:
                return group
        if det == "the" and (len(words) == 2 and head in _COUNTED_HEADS or len(words) == 3 and head in
                             _COUNTED_HEADS_PEOPLE and words[1].lower() not in _COUNT_WORDS):
            # "A, B and C said ... “...,” the leaders said": the group that spoke just before
            # (also "the Labor politicians", "the Western leaders")
            group = self._last_joint(head, men.start)
            if group is not None:
                return group
        if det == "the" and len(words) <= 4:
            ref = self._definite(words, head, pos)
            if ref is not None:
                return ref
        if det == "the" and len(words) > 4:
            # "the former secretary of state (and current nominee)": the role before "of"/"and"
            first = re.split(r"\s+(?:and|of|for|at|to)\s+", text, maxsplit=1)[0].split()
            if 2 <= len(first) <= 6 and first[-1].lower() in DESC_HEADS:
                role = " ".join(first[1:]).lower()
                ref = self._definite(first, first[-1].lower(), pos) or self._appositive_role(role, pos)
                owner = _PROPER_OF.match(text, len(" ".join(first)))
                if ref is not None and owner is not None and self.actors and self.actors.is_country(owner.group(1)) \
                        and not set(norm(owner.group(1)).split()) <= set(norm(f"{ref.as_written} {ref.name}").split()):
                    ref = None  # "the delegate of the United Kingdom" is not Malta's delegate heard before
                if ref is not None:
                    return ref
        if det not in DETERMINERS and det not in ("my", "our", "your") and not plural and head in _ROLE_HEADS \
                and not any(w[:1].isupper() for w in words) and len(words) <= 3 and not (
                    len(words) == 1 and head in INSTITUTION_HEADS):
            # (bare "police said": the force itself)
            # "... and current Democratic presidential nominee said": a bare singular role is
            # someone named before, or nobody ("nominee" names no one)
            ind = _INDEFINITE_BEFORE.search(self.masked, max(0, men.start - 40), men.start)
            if ind:
                # "A state department spokesman insisted": someone unnamed, not the spokesman named later
                full = (ind.group(0) + text)
                party, faction = self._party_of_text(full)
                return Speaker(full[0].lower() + full[1:], party, faction, "descriptor", as_written=full, head=head,
                               titles={head})
            ref = self._definite(["the"] + words, head, pos)
            if ref is None and _DECK_COLON.match(self.masked, men.start):
                # a deck's "former hostage: ‘...’" of nobody named before: someone unnamed, so described
                party, faction = self._party_of_text(text)
                return Speaker(text, party, faction, "descriptor", as_written=text, head=head, titles={head})
            return ref
        dm = _DOC_FROM.match(" " + text[:1].lower() + text[1:]) if head in _DOC_HEADS else None
        if dm and dm.end() <= len(text):
            # "A statement from Netanyahu's office said": the office's words
            st = men.start + dm.end() - 1
            issuer = np_after(self.masked, st, men.end)
            if issuer is not None and issuer.kind in ("org", "name", "descriptor") and (
                    issuer.end == men.end or _ISSUED_ON.match(self.masked, issuer.end, men.end)):
                am = _ACRONYM_ENDING.search(issuer.text) if issuer.kind == "descriptor" and \
                    issuer.head in _ISSUER_HEADS and self.actors else None
                listed = self.actors.find(am.group(1)) if am else None
                if listed is not None and listed.kind == "organisation":
                    # "a statement from the office of the Coordinator of ... (COGAT)": the body its
                    # short name names
                    issuer = Mention(issuer.text, issuer.start, issuer.end, "org", name=listed.name)
                found = self.resolve(issuer, pos)
                if found is not None:
                    return found
        if head in _DOC_HEADS and det in ("a", "an"):
            issuer = self._issuer_before(men)
            if issuer is not None:
                return issuer
        if head in _DOC_HEADS and det in ("a", "an", "the") and 3 <= len(words) <= 5 \
                and words[1][:1].isupper() and all(w.islower() for w in words[2:-1]) and self.actors:
            owner = self.actors.find(words[1].rstrip("\u2019's"))
            if owner is not None and owner.kind == "organisation":
                # "an IDF statement announced", "an IDF handout statement read": the IDF's words
                return self._org_speaker(owner, words[1].rstrip("\u2019's"))
        if det in ("its", "his", "her", "their") and head in self._SPEAKS_FOR_OWNER and len(words) <= 4:
            # "Netanyahu told parliament ... and on Tuesday his office said": the office of the
            # one the possessive means, as if the article had written "Netanyahu's office"
            self._pron_at = men.start
            owner = self._pronoun({"his": "he", "her": "she", "its": "it", "their": "they"}[det], men.start)
            if owner is not None and owner.name and owner.kind in ("person", "org") and not owner.plural \
                    and self._owner_is_subject(owner, men.start):
                owned = f"{owner.name}'s {' '.join(words[1:])}"
                return self._descriptor(Mention(owned, men.start, men.end, "descriptor", head=head), pos)
            same = self._owned_subject(" ".join(words[1:]), men.start) if det in ("his", "her") else None
            if same is not None:
                return same
        if head in _DOC_HEADS and det in ("the", "this", "that") and len(words) <= 3:
            issuer = self._document_issuer(head, men.start)
            if issuer is not None:
                return issuer
        om = _OWNER_DOC.fullmatch(text) if head in _DOC_HEADS else None
        if om:
            # "Hamas’ statement added", "Netanyahu's letter says": the owner's words
            owner = np_after(self.masked, men.start + om.start(1), men.start + om.end(1))
            if owner is not None and owner.kind in ("org", "name") and owner.end == men.start + om.end(1):
                found = self.resolve(self._with_actor(owner), pos)
                if found is not None:
                    return found
        if head in _DOC_HEADS and det in ("a", "an") and len(words) >= 3 and self.actors \
                and all(w[:1].isupper() for w in words[1:-1]):
            # "said a Hamas statement", "a White House statement": the listed body it names
            issuer = self.actors.find(" ".join(words[1:-1]))
            if issuer is not None and issuer.kind == "organisation":
                return self._org_speaker(issuer, " ".join(words[1:-1]))
        if det in ("its", "his", "her", "their", "our") or (head in _DOC_HEADS
                                                           and len(words) <= 3):
            return None  # "its top diplomat", "a statement": whose? unknown beats wrong
        if det in ("the", "this") and len(words) <= 2 and head in ("statement", "group", "movement", "ministry",
                                                                  "office", "organization", "organisation"):
            return None
        party, faction = self._party_of_text(text)
        if _GROUP_OF_PARTIES.fullmatch(text):
            # a group of several countries speaks for one side only when they all share it
            members = _LIST_SEP.split(re.split(r"\s(?:of|from)\s", text, maxsplit=1)[1])
            sides = {self._party_of_text(mb)[0] for mb in members if mb.strip()}
            party, faction = (sides.pop(), None) if len(sides) == 1 else (None, None)
        owner = re.search(r"\b([A-Z][\w-]*(?:\u2019s|'s))\s+((?:[a-z-]+\s+){0,2})$",
                          self.masked[max(0, men.start - 40):men.start]) if det not in DETERMINERS else None
        if owner is not None:
            # "Israel's war cabinet decided": the owner names the body and its side
            o_party, o_faction = self._party_of_text(owner.group(1))
            if o_party is not None:
                party, faction = (party, faction) if party is not None else (o_party, o_faction)
                text = owner.group(0) + text
        if party is None and self.actors:
            pm = re.search(r"((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w-]*)" + POSSESSIVE + r"\s", text)
            owner_actor = self.actors.find(pm.group(1)) if pm else None
            if owner_actor is not None:
                # "one of Mr Netanyahu's advisers": the side of the person they serve
                party, faction = owner_actor.party, owner_actor.faction
        fam = _FAMILY_OF.fullmatch(text) if head == "family" and party in (None, "Other") else None
        if fam is not None:
            # "the Goldin family": the side of the family's hostage or prisoner, if the article says
            r_party, r_faction = self._relative_story(fam.group(1))
            if r_party is not None:
                party, faction = r_party, r_faction
        kin = party == "Other" and fam is None and self.actors and _KIN_DESCRIPTOR.search(text) \
            and self._party_of_text(text, civilian_default=False) == (None, None)
        if kin:
            # "a family member", "one relative", "the families": the family of the story told
            # (a named family's own: "members of the Abu Hasira family" killed in a strike)
            named = re.search(r"(?<!^)\b[A-Z][\w\u2019'-]+", text)
            party, faction = self._kin_story(men.start, article=named is None)
            party = party or "Other"
        if party is None and det in ("one", "a", "an", "another") and len(words) == 2 and head in _MEMBER_HEADS:
            # "Israeli officials familiar with the details ... “...,” one official explained": one of
            # the group the sentence before (or this one) named, of that group's side
            party, faction = self._group_member_side(head, men.start)
        if party in (None, "Other") and head in _SOURCE_HEADS and _OF_THE_GROUP.search(text):
            # "a source from the group told AFP" after "Hamas has accepted ...": the group the
            # paragraph is about
            group = self._definite(["the", "group"], "group", men.start)
            if group is not None and group.kind == "org" and group.party not in (None, "Other"):
                party, faction = group.party, None
        if party is None and head in _SIDELESS_HEADS:
            party = "Other"  # "a source familiar with the talks": no side named
        # the shortest descriptor: "one man in neighbouring Jabalia" is "one man" (where he is
        # is not who he is; "an official in the Palestinian group" keeps its group)
        wt = _WHERE_TAIL.search(text)
        shown = text if wt is not None and self._body_not_place(wt.group(0)) else (_WHERE_TAIL.sub("", text) or text)
        shown = _FROM_COUNT_TAIL.sub("", shown) or shown
        if head in _SOURCE_HEADS and not plural and len(shown.split()) == 2:
            shown = text  # (but "a source in Cairo" and "a source in Palestine" are two sources)
        shown = re.sub(r"\s*\([^()]*\)$", "", shown) or shown  # "... Movement (Hamas)": the gloss is no part
        wm = _WHERE_TAIL.search(text) if head in ("official", "officials") and party in (None, "Other") else None
        if wm is not None and self.actors:
            # but an official's country or capital is the side: "Officials in Israel", "a senior
            # official in Washington" (kept in the name, which says so)
            place = re.sub(r"^\s+in\s+(?:the\s+)?", "", wm.group(0))
            where = self.actors.party_from_descriptor(place, False)
            if where and where[0] not in (None, "Other") and (self.actors.is_country(place) or self.known(place)):
                party, faction, shown = where[0], None, text
        if det in ("a", "an", "the", "one", "another", "two", "three", "some") and shown[:1].isupper() \
                and " " in shown:
            shown = shown[0].lower() + shown[1:]
        return Speaker(shown, party, faction if fam is not None or kin else None, "descriptor", plural=plural,
                       as_written=text, head=head, titles={head})

    def _group_member_side(self, head: str, at: int) -> tuple[str | None, str | None]:
        """The side of the last plural group of `head`s ("Israeli officials") written in this
        sentence or the one before, when only one side is so named there."""
        si = self.sindex.at(at)
        lo = self.sents[max(0, si - 1)][0]
        sides = {self._party_of_text(m.group(1), civilian_default=False)
                 for m in re.finditer(r"\b([A-Z][\w\u2019'-]*(?:\s+[a-z][\w-]*){0,2})\s+" + re.escape(head) + r"s\b",
                                      self.masked[lo:at])}
        sides.discard((None, None))
        return sides.pop() if len(sides) == 1 else (None, None)

    def _country_role(self, men: Mention, text: str, head: str) -> Speaker | None:
        """"the country's prime minister": the side of the first party named in the sentence (or
        the one before); a descriptor of that side, or nobody when none is named."""
        si = self.sindex.at(men.start)
        for k in (si, si - 1):
            if k < 0:
                break
            ss, se, _ = self.sents[k]
            for cm in re.finditer(r"[A-Z][\w\u2019'-]+", self.masked[ss:min(se, men.start)]):
                party = self._party_of_text(cm.group(0), civilian_default=False)[0]
                if party is not None and party != "Other":
                    return Speaker(text[0].lower() + text[1:], party, None, "descriptor", as_written=text, head=head,
                                   titles={head})
        return None

    def _issuer_before(self, men: Mention) -> Speaker | None:
        """"Twenty aid groups also issued a joint statement urging ...": whoever issued it."""
        ss = self.sents[self.sindex.at(men.start)][0]
        im = _ISSUED_JUST_BEFORE.search(self.masked[ss:men.start])
        if not im:
            return None
        end = ss + im.start()
        # "The Tikva Forum, which represents some families, issued a letter": past the relative clause
        rel = re.search(r",\s*(?:which|who)\b[^,]*,\s*$", self.masked[ss:end])
        if rel:
            end = ss + rel.start()
        inc = re.search(r",\s*(?:including|among\s+them)\s[^;:\u00b7]*,\s*$", self.masked[ss:end])
        if inc:
            end = ss + inc.start()  # "The leaders of 17 nations, including A, B and C, published"
        whole = self.masked[ss:end]
        if _CONJOINED_LIST.fullmatch(whole.strip()) and _names_only(whole):
            return self._joint(whole.strip(), ss)  # "Jordan and Norway issued a joint statement"
        who = np_before(self.masked, end, ss, common_nouns=True)
        if who is None or who.kind == "pronoun" or (who.kind == "descriptor" and who.head in _DOC_HEADS):
            return None
        if who.kind == "descriptor" and who.start > ss and re.fullmatch(r"[A-Z][\w-]*(?:\s+[a-z][\w-]*){1,3}", whole) \
                and not re.match(r"(?:the|a|an|these|those|his|her|its|their)\s", who.text):
            # "Twenty donor countries" (not "At dawn the relatives": the phrase has its own determiner)
            who = Mention(whole, ss, ss + len(whole), "descriptor", head=who.head)
        sp = self.resolve(self._with_actor(who), who.start)
        if sp is not None and sp.party is None:
            # "Israel's National Security Council and Foreign Ministry issued": the issuing clause's side
            party, faction = self._party_of_text(whole.split(",")[-1])
            if party is not None:
                sp = Speaker(sp.name, party, faction, sp.kind, titles=sp.titles, as_written=sp.as_written,
                             plural=sp.plural, head=sp.head, actor=sp.actor)
        return sp

    def _counted_group(self, n: int, head: str, at: int) -> Speaker | None:
        """The latest list of exactly `n` names before `at`, within a few paragraphs, whose
        members are what the head says (states for "nations", people for "men")."""
        m = self.masked
        people = head in _COUNTED_HEADS_PEOPLE
        found = None
        for lm in _CONJOINED_LIST.finditer(m, max(0, at - 2000), at):
            if len(_LIST_SEP.split(lm.group(0))) != n or not _names_only(lm.group(0)):
                continue
            if self._members_are(lm.group(0), people):
                found = lm.group(0)
        return self._joint(found, at) if found is not None else None

    def _members_are(self, listed: str, people: bool) -> bool:
        """Every member of a conjoined list is a person (`people`) or else a state: a listed
        person, or a name of two or more capitalised words that no table calls a state or body
        ("Christopher Luxon"); a listed body, a country or a capital."""
        kinds = set()
        for member, actor, country in self._list_members(listed):
            if actor is not None:
                kinds.add("person" if actor.kind == "person" else "state")
            elif country or (self.actors and self.actors.is_country(member)):
                kinds.add("state")
            else:
                ws = member.split()
                kinds.add("person" if len(ws) >= 2 and all(w[:1].isupper() for w in ws) else "unknown")
        return kinds == {"person" if people else "state"}

    def _last_joint(self, head: str, at: int) -> Speaker | None:
        """"the leaders", "the nations": the group named by a list that spoke last (within a few
        paragraphs), when its members are what the head says; one speaker between ("Israel
        vowed") is no group, but another group ("the mediators") ends the search."""
        for p, sp in reversed(self.history):
            if p >= at or not sp.plural:
                continue
            if p < at - 2000 or not (sp.head == "and" and sp.as_written):
                return None
            return sp if self._members_are(sp.as_written, head in _COUNTED_HEADS_PEOPLE) else None
        return None

    def _body_just_before(self, at: int, head: str) -> Speaker | None:
        """"The Forum extended condolences to the family. “...,” the statement read.": the body
        opening the sentence just before, when that sentence is the whole paragraph before and
        names no such document itself (then whoever issued it is found by what it says)."""
        si = self.sindex.at(at)
        if si == 0 or self.sents[si - 1][2] != self.sents[si][2] - 1 or \
                re.search(rf"\b{head}\b", self.masked[self.sents[si - 1][0]:self.sents[si - 1][1]]):
            return None
        if si >= 2 and self.sents[si - 2][2] == self.sents[si - 1][2]:
            return None  # (the paragraph before has more than that one sentence: whose, then?)
        ss = self.sents[si - 1][0]
        if any(e.sent == si - 1 and e.kind != "possessive" and "," in self.masked[ss:e.mention.start]
               for e in self.events):
            return None  # ("Israel received a body, the Prime Minister's Office said.": the office's words)
        sp = self.subject_of_sentence(si - 1)
        # (or states that speak together: "The US and 17 other nations called on ...")
        return sp if sp is not None and (sp.kind == "org" or (
            sp.kind == "descriptor" and sp.plural and sp.head in _STATE_GROUP_HEADS)) else None

    def _document_issuer(self, head: str, at: int) -> Speaker | None:
        """"The statement said ...": whoever the article last said issued or spoke in a
        statement ("according to a joint statement", "X said in a statement", "X issued a
        statement"), within the last few paragraphs."""
        m = self.masked
        lo = max(0, at - 1500)
        for occ in reversed(list(re.compile(rf"\b{head}\b").finditer(m, lo, at))):
            si = self.sindex.at(occ.start())
            dm = re.search(r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$", m[max(0, occ.start() - 30):occ.start()])
            start = occ.start() - (len(dm.group(0)) if dm else 0)
            fm = _DOC_FROM.match(m, start - 1) if start > 0 else None
            if fm:
                # "according to a statement from the prime minister's office": named with it
                issuer = np_after(m, fm.end(), self.sents[si][1])
                if issuer is not None and issuer.kind in ("org", "name", "descriptor"):
                    found = self.resolve(self._with_actor(issuer), issuer.start)
                    if found is not None and found.name:
                        return found
            if _IN_A_DOC.fullmatch(m, self.sents[si][0], start):
                # "In a letter to the president, a bipartisan group of House members renewed
                # calls ...": the fronted document is the subject's
                ss, se, _ = self.sents[si]
                comma = m.find(",", occ.end(), se)
                men = np_after(m, comma + 1, se) if comma > 0 else None
                vm = re.match(r"(\s+of\s+[^,.;:\u00b7]{1,60}?)?\s+(?:\w+ly\s+)?(?:also\s+)?"
                              r"(?:[a-z]+ed|says|urges|calls|writes|asks|demands|warns|argues|tells)\b",
                              m[men.end:men.end + 90]) if men is not None else None
                if vm is not None and men.kind in ("name", "org", "descriptor"):
                    if vm.group(1) and men.kind == "descriptor":  # ("a group of House members")
                        men = replace(men, text=m[men.start:men.end + vm.end(1)], end=men.end + vm.end(1))
                    subj = self.resolve(self._with_actor(men), men.start)
                    if subj is not None and subj.name:
                        return subj
            # ("A statement from the meeting said Rubio reaffirmed ...": who the statement
            # reports on speaks in its content, after the statement's own verb)
            own = [e.vend for e in self.events if e.sent == si and e.kind != "according"
                   and e.mention.start <= occ.start() < e.mention.end]
            said = [e for e in self.events if e.sent == si and e.vstart < at and e.speaker is not None
                    and e.speaker.name and e.speaker.kind in ("person", "org", "descriptor", "group")
                    and (e.speaker.head or "") not in _DOC_HEADS and not any(e.vstart >= v for v in own)]
            if said:
                return min(said, key=lambda e: abs(e.vstart - occ.start())).speaker
            issuer = self._issuer_before(Mention(m[start:occ.end()], start, occ.end(), "descriptor", head=head))
            if issuer is not None and issuer.name:
                return issuer
        return None

    def _definite(self, words: list[str], head: str, pos: int) -> Speaker | None:
        """"the official", "the minister", "the statement", "the group": an earlier speaker."""
        mods = {norm(w) for w in words[1:-1]}
        if head in _DOC_HEADS and len(words) == 3 and words[1][:1].isupper() and is_outlet(words[1]):
            # "The Wafa statement added that Abbas “called on ...”": the agency's own words
            at = self.masked.rfind(words[1], 0, pos)
            if at >= 0:
                return self.resolve(Mention(words[1], at, at + len(words[1]), "org"), pos)
        if head in _DOC_HEADS:
            # "The Israeli statement said": a statement of that side, not the last one quoted
            side = next((sd for sd in self._modifier_sides(words).values() if sd is not None), None)
            fits = (lambda sp: True) if side in (None, "Other") else (lambda sp: sp.party == side)
            body = self._body_just_before(pos, head)
            if body is not None and fits(body):
                return body
            if len(words) == 2:
                # "The Forum issued a statement ... after Katz said ... “...,” the statement said":
                # who issued the statement last written of, not whoever spoke last near it
                issuer = self._document_issuer(head, pos)
                if issuer is not None and fits(issuer):
                    return issuer
            for p, sp in reversed(self.history):
                if p < pos and sp.kind in ("org", "person") and self._said_in_statement(p) and fits(sp):
                    return sp
            for p, sp in reversed(self.history):
                if p < pos and sp.kind == "org" and fits(sp):
                    return sp
            return None
        if head in ("group", "movement", "militants", "organization", "organisation"):
            # "Hamas has released four bodies ... The group told mediators that": the body the
            # paragraph was just about, before whoever spoke last
            # (a state is no group: "Israel has rejected calls for truce ... Hamas chief X met ...
            # “...,” the terror group said" is Hamas)
            state = self.actors.is_country if self.actors else (lambda name: False)
            si = self.sindex.at(pos)
            for sj in range(si - 1, max(-1, si - 3), -1):
                if self.sents[sj][2] != self.sents[si][2]:
                    break
                sp = self.subject_of_sentence(sj)
                if sp is not None and sp.kind == "org" and not (sp.head or "") in _DOC_HEADS \
                        and not state(sp.name):
                    return sp
            for p, sp in reversed(self.history):
                if p < pos and sp.kind == "org" and not state(sp.name):
                    return sp
            return self._group_named_before(words, pos)
        same = _ORG_HEAD_SYNONYMS.get(head)
        if same and head == "families" and [w.lower() for w in words] != ["the", "families"]:
            same = None  # ("Representatives of the hostage families": people, not the Forum)
        if same:
            # "The Israeli military said ... Later the military said": the same body, not one of
            # another side ("the Israeli foreign ministry" after "the Palestinian Ministry of Health")
            side = self.actors.party_from_descriptor(" ".join(words)) if mods and self.actors else None
            proper = {norm(w) for w in words[1:-1] if w[:1].isupper()}  # "Jordanian", "Israeli"
            for p, sp in reversed(self.history):
                known = set(norm(f"{sp.name} {sp.as_written}").split())
                actor = self.known(sp.actor or sp.name) if not same & known else None
                if actor is not None and actor.kind == "organisation":
                    # "OCHA said ... The UN agency welcomed": the file's other names for the body
                    # ("UN humanitarian agency") say what kind of body it is
                    known |= _name_words(actor)
                if not (p < pos and sp.kind == "org" and same & known):
                    continue
                if side is not None and side[0] != "Other":
                    ok = side[0] == sp.party
                else:
                    # no side to tell them apart ("Jordanian", "Lebanese" are both Other): every
                    # proper modifier must be the earlier body's own
                    ok = (side is None or sp.party == "Other") and all(
                        w in known or any(_adjective_of(w, k) for k in known) for w in proper)
                if ok:
                    return sp
            if head == "families":
                found = self._forum_named_before(pos)
                if found is not None:
                    return found
            elif len(words) == 2:
                found = self._listed_body_before(same, pos)
                if found is not None:
                    return found
        if head in _OUTLET_HEADS and len([w for w in words if not re.search(r"-[a-z]+,?$", w)]) <= 3:
            # "According to Yedioth Ahronoth, ... The newspaper noted that “...”": the outlet last named
            # (compound adjectives do not count: "the Qatari-owned, London-based outlet")
            found = self._outlet_before(head, pos)
            if found is not None:
                return found
        # the official / the source / the spokesman: same head; prefer the side of
        # the latest mention of that head noun in the text.
        pref = self._latest_head_party(head, pos)
        plural_head = head in PLURAL_HEADS  # "the sources told Reuters": the sources named before
        synonyms = _TITLE_SYNONYMS.get(head, frozenset())  # (titles are normalised: "the Tánaiste" is "tanaiste")
        cands = [sp for p, sp in reversed(self.history) if p < pos and (
            (sp.kind == "descriptor" and sp.head == head and sp.plural == plural_head) or
            (sp.kind == "person" and (head in sp.titles or norm(head) in sp.titles or synonyms & sp.titles
                                      or ("-" in head and set(head.split("-")) <= sp.titles))
             and head not in ORG_DESCRIPTORS))]
        if mods:
            # "the Qatari premier" is not the Israeli one: a modifier nobody matches means nobody
            # ("the Egyptian minister" fits Foreign Minister X of Egypt: a nationality is a side)
            sides = self._modifier_sides(words)
            # ("the military official" after "an Israel Defense Forces official": "forces" is the military;
            # "the top diplomat" after "foreign minister X", "the unnamed official" after "an Israeli
            # official": a loose modifier narrows nothing)
            # ("the top European Union diplomat" after "E.U. foreign affairs chief X": a body's
            # name in full where the holder's title has its initials)
            caps = [norm(w) for w in words[1:-1] if w[:1].isupper()]
            initials = "".join(w[:1] for w in caps) if len(caps) >= 2 else ""
            cands = [c for c in cands
                     if all(w in set(norm(c.as_written).split()) | c.titles
                            or (initials and w in caps and _has_initials(initials, c))
                            or _ORG_HEAD_SYNONYMS.get(w, set()) & set(norm(c.as_written).split())
                            or w in _LOOSE_MODIFIERS
                            or (sides.get(w) not in (None, "Other") and sides.get(w) == c.party)
                            or self._country_of_article(w, c, pos)
                            or (w in _ORG_HEAD_SYNONYMS and w in self._body_kind_words(c.as_written))
                            for w in mods)]
        if pref:
            for c in cands:
                if c.party == pref:
                    return c
        if cands:
            return cands[0]
        if head in _SOURCE_HEADS:
            found = self._introduced_source(words, head, pos) or self._source_by_other_word(words, head, pos)
            if found is not None:
                return found
        if head in _ELECTED_HEADS and len(words) == 2:
            found = self._counted_members(pos)
            if found is not None:
                return found
        past = bool(mods & _PAST_TITLE)
        for k in range(1, len(words)):
            # "Israeli Prime Minister X", then "Prime Minister X"; "the former minister" is no
            # one the article titles "Prime Minister X" without "former"
            if words[k].lower() in ("of", "for", "to", "at", "in", "on", "and"):
                break  # "the Minister of Defense" is not whoever is titled "of Defense"
            found = self._titled_name(words[k:], pos, whole=k == 1, past=past)
            if found is not None:
                # but "the Jordanian minister" is not Egypt's Foreign Minister X: a side the
                # dropped words name must be the holder's
                dropped = self._modifier_sides(words[:k] + words[-1:]) if k > 1 else {}
                if any(s is not None and s != found.party for s in dropped.values()):
                    continue
                # and "The Religious Zionism Party leader" is not "Hamas leader X": a named body of
                # no known side the dropped words spell out must be in how the holder was introduced
                body = [w for w in words[1:k] if w[:1].isupper()]
                body_sides = self._modifier_sides(body) if len(body) >= 2 and body[-1] in ORG_HEADS else {}
                if body_sides and not any(body_sides.values()) and \
                        not {norm(w) for w in body} <= set(norm(found.as_written).split()):
                    continue
                return found
        found = self._appositive_name(head, mods, pos) or self._title_holder(words, head, pos) \
            or (None if past else self._office_holder(words, head, pos))
        if found is not None:
            return found
        if head == "official" and mods:
            found = self._only_person_of_side(words, pos)
            if found is not None:
                return found
        if plural_head and len(words) == 2 and words[0].lower() == "the":
            found = self._group_of(head, pos)  # ("the families": "the families of X" introduced earlier)
            if found is not None:
                return found
        if head in _JUST_HEARD_HEADS:
            found = self._official_just_heard(words, pos)
            if found is not None:
                return found
        if head not in ORG_DESCRIPTORS and head not in _COMMON_ROLES:
            # (a quote opening the next sentence names only a person's role: not "the reports")
            return self._speaking_next(pos, quoted=head in _ROLE_HEADS and head not in PLURAL_HEADS) \
                or self._epithet(words, head, pos)
        if head in _BODY_SUBJECT_HEADS and len(words) == 2:
            return self._body_subject_before(head, pos)
        return None

    def _official_just_heard(self, words: list[str], pos: int) -> Speaker | None:
        """"“...,” Mr. Roe said. In a short statement, the senior UN official added": news style
        calls the person just heard by their side's "official" when no unnamed official came
        before; only the last person heard, in this paragraph or the one before, of that side."""
        sides = {w: sd for w, sd in self._modifier_sides(words).items() if sd is not None}
        if not sides:
            return None
        last = next(((p, sp) for p, sp in reversed(self.history) if p < pos and sp.kind == "person"), None)
        if last is None or self.sents[self.sindex.at(last[0])][2] < self.sents[self.sindex.at(pos)][2] - 1:
            return self._only_named_of_side(set(sides.values()), pos)
        p, sp = last
        if len(sp.name.split()) < 2:
            return None
        surname = re.escape(sp.name.split()[-1])
        for w, sd in sides.items():
            # (a side of no party of its own, "Hezbollah" or "Lebanese", only as the person was
            # introduced: "Hezbollah's deputy chief Naim Qassem ... the top Hezbollah figure")
            if sd == sp.party and (sd != "Other" or re.search(
                    rf"(?i)\b{re.escape(w)}\w*\W+(?:[\w\u2019'-]+\W+){{0,5}}{surname}\b", self.masked[:pos])):
                return sp
        return None

    def _country_of_article(self, adj: str, sp: Speaker, pos: int) -> bool:
        """"the Pakistani envoy" after "Pakistan has condemned ... Ambassador X said": a
        nationality the person was introduced without, when the article named its country before
        and the person's introduction names no other."""
        if sp.kind != "person" or sp.plural or not _DEMONYM_END.search(adj):
            return False
        own = [w for w in sp.as_written.split() if w[:1].isupper() and w not in sp.name.split()]
        if any(_DEMONYM_END.search(w) or self._modifier_side(w) is not None for w in own):
            return False  # ("Swedish Ambassador X" is not the Norwegian envoy)
        return any(_adjective_of(adj, norm(m.group(0))) for m in _PLACE_WORD.finditer(self.masked, 0, pos))

    def _body_subject_before(self, head: str, pos: int) -> Speaker | None:
        """"The foreign ministry issued the message after ... “...,” the ministry said": the body
        opening one of the two sentences before as its subject, though it said nothing there
        (no earlier speaker had that head)."""
        si = self.sindex.at(pos)
        for sj in range(si - 1, max(-1, si - 3), -1):
            ss, se, _ = self.sents[sj]
            bm = _BODY_OPENING.match(self.masked, ss, se)
            if bm is None or bm.group(2).lower() != head:
                continue
            phrase = bm.group(1)
            written = phrase[0].lower() + phrase[1:] if phrase.startswith("The ") else phrase
            owner = re.match(r"([A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,2})[\u2019']s\s", phrase)
            side = self.known(owner.group(1)) if owner else None
            party = side.party if side is not None else next(
                (sd for sd in self._modifier_sides(phrase.split()).values() if sd is not None), "Other")
            return Speaker(written, party, None, "org", as_written=phrase, head=head)
        return None

    def _parent_heard(self, pron: str, pos: int) -> Speaker | None:
        """The last person heard (in this paragraph or the three before) when the article writes
        of "his sons" ("her children") in a sentence naming that person: whom "their father"
        ("their mother") means.  None when the last person heard is not such a parent."""
        para = self.sents[self.sindex.at(pos)][2]
        heard_at, sp = next(((p, sp) for p, sp in reversed(self.history) if p < pos and sp.kind == "person"),
                            (None, None))
        if sp is None or not sp.name or self._gender_of(sp.name) == ("f" if pron == "his" else "m"):
            return None
        if self.sents[self.sindex.at(heard_at)][2] < para - 3:
            return None
        surname = sp.name.split()[-1]
        for cm in _OWN_CHILDREN.finditer(self.masked, 0, pos):
            ss, _, _ = self.sents[self.sindex.at(cm.start())]
            if cm.group(1) == pron and re.search(rf"\b{re.escape(surname)}\b", self.masked[ss:cm.start()]):
                return sp
        return None

    def _relative_of_owner(self, owner: str, kin: str, at: int, words: list[str]) -> Speaker | None:
        """"Emily ... will spend her birthday in Gaza. Her father said: ‘...’" where the article
        names Tom Hand: the relative is the one other person of the family name, of the kinship
        word's gender, whom the article names.  The owner is the one written ("Emily Hand's
        father"), or for "his"/"her" the person named last before it (in this paragraph or the
        one before); nobody when the family has two such members or the owner is not a family's."""
        lo = self._paragraphs_back(at, 1)
        genders = self._given_genders()
        want_owner = "m" if owner == "his" else "f"
        owner_name = None
        q = next((k for k, w in enumerate(words[:2]) if _possessive(w)), None)
        if q is not None:
            named = strip_possessive(" ".join(words[:q + 1]))
            introduced = self._introduced_as_kin(named, kin)
            if introduced is not None:
                return self.resolve(introduced, at)
            owner_name = self.names.fullest(named, at)
            if " " not in owner_name:
                return None
        for cm in reversed(list(_CAP_WORD.finditer(self.masked, lo, at)) if owner_name is None else ()):
            word = re.match(r"[\w\u2019'-]+", self.masked[cm.start():]).group(0)
            word = re.sub(r"[\u2019']s$", "", word)
            if word in STOP_CAPS or word in TITLE_CAPS:
                continue
            full = self.names.fullest(word, at)
            if " " not in full:
                full = self.names.by_given_name(word)
            if " " not in full:
                continue
            if genders.get(full.split()[0], want_owner) != want_owner:
                continue
            owner_name = full
            break
        if owner_name is None:
            return None
        family, given = owner_name.split()[-1], owner_name.split()[0]
        if not self._shared_surname(family):
            return None  # nobody else of the family is named
        want = _KIN_GENDER[kin]
        # (not the owner's own shorter form: "Abu Radaha's sister" is no sister called "Abu Radaha")
        kin_names = {f for f in self._surname_fulls[family] if len(f.split()) >= 2
                     and f.split()[0] != given and genders.get(f.split()[0], want) == want
                     and not set(f.split()) <= set(owner_name.split())}
        # (not one the article introduced as a collateral relative, of the family's one focus:
        # "aunt Ratana Sriaoun" is not "his mother"; "his wife Mira" may well be)
        other_kin = self._kin_words_of_given()
        kin_names = {f for f in kin_names if not other_kin.get(f.split()[0], set()) & _COLLATERAL_KIN}
        known = {f for f in kin_names if f.split()[0] in genders}
        if len(known) == 1:
            kin_names = known  # ("his wife Orna Neutra": the mother, beside Ronen Neutra of no known gender)
        if len(kin_names) != 1:
            return None
        name = kin_names.pop()
        first = next(p for p, f in self.names.full if f == name)
        return self.resolve(Mention(name, first, first + len(name), "name", name=name), at)

    def _kin_names(self) -> list[re.Match]:
        """"aunt Ratana Sriaoun", "his wife, Sara": the article's kinship words before names, one
        scan shared by the gender and kin tables."""
        found = self.__dict__.get("_kin_name_matches")
        if found is None:
            runs = _KIN_RUNS & self._letter_runs()
            # (every match opens on one of these words: none starts before the first of them)
            found = self._kin_name_matches = list(_KIN_NAME.finditer(
                self.masked, min(self.masked.find(w) for w in runs))) if runs else []
        return found

    def _kin_words_of_given(self) -> dict[str, set[str]]:
        """Given name -> the kinship words the article introduces it with ("aunt Ratana
        Sriaoun": {"aunt"}), one scan per article."""
        table = self.__dict__.get("_kin_words")
        if table is None:
            table = self._kin_words = {}
            for km in self._kin_names():
                table.setdefault(km.group(2).split()[0], set()).add(km.group(0).split()[0].rstrip(",").lower())
        return table

    def _introduced_as_kin(self, owner: str, kin: str) -> Mention | None:
        """"Sergio Horn, Iair's uncle, told ..." and later "Horn's uncle added": the one person
        the article introduces as that kin of someone of the owner's name (where the family
        name alone would not say which Horn is whose uncle)."""
        intros = self.__dict__.get("_kin_intros")
        if intros is None:
            intros = self._kin_intros = list(_KIN_INTRO.finditer(self.masked))  # one scan per article
        found = {}
        for km in intros:
            if (km.group("k1") or km.group("k2")) != kin:
                continue
            ok = "o1" if km.group("o1") else "o2"
            of = self.names.fullest(km.group(ok), km.start(ok))
            if " " not in of:
                of = self.names.by_given_name(of)  # "Iair's uncle": Iair Horn
            if set(owner.split()) <= set(of.split()) or set(of.split()) <= set(owner.split()):
                found.setdefault(km.group(1), km.start(1))
        if len(found) != 1:
            return None
        name, start = found.popitem()
        return Mention(name, start, start + len(name), "name", name=name)

    def _given_genders(self) -> dict[str, str]:
        """Given name -> "m"/"f" where a kinship word fixes it ("his wife Orna", "father Tom
        Hand", "Keith was taken along with his wife"): a family shares its surname, so the
        surname-keyed tables cannot."""
        table = self.__dict__.get("_given_gender")
        if table is None:
            seen: dict[str, set[str]] = {given: {"f" if w in _FEMALE_KIN or w == "fianc\u00e9e" else "m" for w in words}
                                         for given, words in self._kin_words_of_given().items()}
            for km in (_NAME_KIN_OF.finditer(self.masked) if _NAME_KIN_OF_HINT.search(self.masked) else ()):
                if km.group(1) not in STOP_CAPS:
                    seen.setdefault(km.group(1), set()).add("f" if km.group("f") else "m")
            for om in (_OWN_KIN.finditer(self.masked) if _OWN_KIN_HINT.search(self.masked) else ()):
                # "Keith was taken hostage along with his wife": the subject owns "his" relative
                if om.group(1) not in STOP_CAPS:
                    seen.setdefault(om.group(1), set()).add("m" if om.group(2) == "his" else "f")
            table = self._given_gender = {k: next(iter(g)) for k, g in seen.items() if len(g) == 1}
        return table

    def _forum_named_before(self, pos: int) -> Speaker | None:
        """"The Hostages and Missing Families Forum sent a letter ... The families called on him
        to “...”": the families speak through the forum named last in this paragraph or the
        three before, though it has not spoken yet."""
        lo = self._paragraphs_back(pos, 3)
        last = None
        for last in _FORUM_NAME.finditer(self.masked, lo, pos):
            pass
        if last is None:
            return None
        sp = self.resolve(Mention(last.group(1), last.start(1), last.end(1), "org"), pos)
        return sp if sp is not None and sp.kind == "org" else None

    def _body_kind_words(self, text: str) -> set[str]:
        """The words of every name the actors file gives the organisations `text` names
        ("UNRWA Commissioner-General X": "un relief and works agency ..."), so that "the agency's
        commissioner-general" fits the person introduced with UNRWA's name."""
        out: set[str] = set()
        for rm in _CAP_RUN.finditer(text or ""):
            run = rm.group(0).split()
            for i in range(len(run)):
                for j in range(len(run), i, -1):
                    actor = self.known(" ".join(run[i:j]).rstrip(".,"))
                    if actor is not None and actor.kind == "organisation":
                        out |= _name_words(actor)
                        break
        return out

    def _listed_body_before(self, kinds: set[str], pos: int) -> Speaker | None:
        """"Israeli forces entered an UNRWA health centre ... The agency reported", where the body
        never spoke: the listed organisation named last in this paragraph or the two before whose
        name or other names in the actors file hold the head ("UN Relief and Works Agency")."""
        if not self.actors:
            return None
        for rm in reversed(list(_CAP_RUN.finditer(self.masked, self._paragraphs_back(pos, 2), pos))):
            run = rm.group(0).split()
            for k in range(len(run)):
                name = " ".join(run[k:]).rstrip(".,")
                actor = self.known(name)
                if actor is None:
                    continue
                if actor.kind == "organisation" and not self.actors.is_country(name) and kinds & _name_words(actor):
                    at = rm.start() + len(" ".join(run[:k])) + (1 if k else 0)
                    return self.resolve(Mention(name, at, at + len(name), "org"), pos)
                break  # the longest listed tail is what the run names
        return None

    def _group_named_before(self, words: list[str], pos: int) -> Speaker | None:
        """"Israel and Hamas traded accusations ... “...,” the terror group said", where no body
        spoke before: the group (an organisation the actors file lists, not a country, a
        state body or an outlet) named last in this paragraph or the three before, of the side
        the modifiers name ("the Lebanese militant group" is not Hamas)."""
        phrase = " ".join(words).lower()
        near = max(0, pos - 150)
        st = near + self.masked[near:pos + len(phrase) + 1].lower().rfind(phrase)
        if not self.actors or (st >= near and _THAT_BEFORE.search(self.masked, max(0, st - 12), st)):
            return None  # ("Khalil al-Hayya clarified that the group ...": the group in his words)
        mod_sides = self._modifier_sides(words)
        sides = {sd for sd in mod_sides.values() if sd is not None}
        # words that describe rather than place ("rebel", "militant"): the group written with
        # one of them nearby ("Yemen's Houthi rebels") beats one named later without
        # (a prefixed modifier by its stem: "pan-Arab" is written with "Arab League"; a seat,
        # "Cairo-based", describes nothing)
        kinds = [w.split()[-1][:5] for w, sd in mod_sides.items()
                 if sd is None and len(w.split()[-1]) >= 4 and not _is_seat(w)]
        lo = self._paragraphs_back(pos, 3)
        first = None
        for rm in reversed(list(_CAP_RUN.finditer(self.masked, lo, pos))):
            run = rm.group(0).split()
            # the run's tails ("... armed faction Hamas"), then a body written before the title
            # of its officer ("Arab League Secretary-General Ahmed Aboul-Gheit")
            tails = [(" ".join(run[k:]).rstrip(".,"), None) for k in range(len(run))]
            heads = [(" ".join(run[:e]), rm.start()) for e in range(len(run) - 1, 0, -1)
                     if run[e].rstrip(".,") in TITLE_CAPS and run[e - 1] not in TITLE_CAPS]
            for group in (tails, heads):
                found = self._listed_group(group, sides, kinds, rm.end())
                if found is None:
                    continue
                name, at, near = found
                if near:
                    return self.resolve(Mention(name, at, at + len(name), "org"), pos)
                first = first or (name, at)
                break
        if first is not None:
            return self.resolve(Mention(first[0], first[1], first[1] + len(first[0]), "org"), pos)
        return None

    def _listed_group(self, names, sides, kinds, run_end: int):
        """The first of `names` (a capitalised run's parts, with where each starts, None for a
        tail of the run) that the actors file lists: (name, start, written with one of `kinds`
        nearby) for a group of the wanted side, None for anything else listed or nothing."""
        for name, at in names:
            actor = self.known(name)
            if actor is None:
                continue
            if actor.kind != "organisation" or self.actors.is_country(actor.name) or is_outlet(name) or (
                    norm(actor.name).split()[-1] in _STATE_BODY_HEADS):
                return None
            if sides and sides != {actor.party}:
                return None
            at = run_end - len(name) if at is None else at
            around = self.masked[max(0, at - 30):at + len(name) + 30].lower()
            return name, at, not kinds or any(re.search(rf"\b{re.escape(kd)}", around) for kd in kinds)
        return None

    def _outlet_before(self, head: str, pos: int) -> Speaker | None:
        """The news outlet "the newspaper" or "the network" at `pos` means: the one last written
        with that word ("the RT America television network", "the daily Haaretz") before it;
        for a paper or a site, else the outlet
        (extract/data/outlets.toml) last named there, else the outlet last speaking."""
        named = None
        before_head, after_head = _outlet_with_head_re(head)
        cands = [(nm.group(1), nm.end(1)) for nm in before_head.finditer(self.masked, 0, pos)] + \
            [(nm.group(1), nm.end(1)) for nm in after_head.finditer(self.masked, 0, pos)]
        for text, end in sorted(cands, key=lambda c: c[1]):  # (anywhere before: a strong sign)
            name = re.sub(r"^(?:The|A|An|This|That|Its|Their)\b\s*", "", text)
            actor = self.known(name) if name else None
            side = self.actors.party_from_descriptor(name) if self.actors and name and " " not in name else None
            if name and name.split()[0] not in STOP_CAPS and (actor is None or is_outlet(name)) and not (
                    self.actors and self.actors.is_country(name)) and (side is None or is_outlet(name)):
                # ("the latest US newspaper", "the Israeli public broadcaster KAN": no name in "US", "Israeli")
                named = (name, end - len(name), end)
        if named is not None:
            return self.resolve(Mention(named[0], named[1], named[2], "org"), pos)
        # (only for print: a network is not the newspaper the outlets file lists)
        for rm in (reversed(list(_CAP_RUN.finditer(self.masked, self._paragraphs_back(pos, 3), pos)))
                   if head in _PRINT_HEADS else ()):
            words = rm.group(0).split()
            # "the American Wall Street Journal": a name the outlets file lists before a longer one
            # it only recognises by its ending ("Journal")
            ends = [" ".join(words[k:]) for k in range(len(words)) if words[k] != "of"]
            name = next((n for n in ends if is_outlet(n) and n.lower() in _LISTED_OUTLETS), None) or next(
                (n for n in ends if is_outlet(n) and not n.lower().endswith(("media", "reports"))), None)
            if name is not None:
                st = rm.end() - len(name)
                return self.resolve(Mention(name, st, rm.end(), "org"), pos)
        # ("The newspaper noted ... [three paragraphs] ... The paper added", "Egypt’s Al-Qahera News
        # said ... the channel reported": the outlet it spoke as)
        return next((sp for p, sp in reversed(self.history) if p < pos and sp.kind == "org" and is_outlet(sp.name)),
                    None)

    def _introduced_source(self, words: list[str], head: str, pos: int) -> Speaker | None:
        """"CNN reported, citing a diplomat familiar with the talks. “...,” the diplomat said":
        an unnamed source the article introduced (not as a speaker) in this paragraph or the
        two before; its modifiers must all be the definite one's ("the Egyptian diplomat")."""
        mods = {norm(w) for w in words[1:-1]} - _LOOSE_MODIFIERS
        for _, men in self._indefinite_sources(head, self._source_window(pos), pos):
            if not mods <= set(norm(men.text).split()):
                return None
            return self._descriptor(self._with_actor(men), men.start)
        return None

    def _counted_members(self, pos: int) -> Speaker | None:
        """"Twenty-five Democratic senators joined a call ... The lawmakers said": the last group
        of elected members the article counted before `pos` (not as a speaker)."""
        found = None
        for cm in _COUNTED_MEMBERS.finditer(self.masked, 0, pos):
            found = cm
        if found is None:
            return None
        men = np_after(self.masked, found.start(), found.end())
        if men is None or men.kind != "descriptor" or men.end != found.end():
            # ("More than 30 members of Congress": the counted phrase itself)
            words = found.group(0).split()
            head = "members" if "members" in words else words[-1].lower()
            men = Mention(found.group(0), found.start(), found.end(), "descriptor", head=head)
        return self._descriptor(self._with_actor(men), men.start)

    def _group_of(self, head: str, pos: int) -> Speaker | None:
        """"The families of U.S. hostages being held in Gaza are asking ... “...,” the families
        wrote": the group the article last introduced as "the <head> of <whom>" before `pos`
        (its complement up to a participle, clause or place: who they are, not what they do)."""
        found = None
        for gm in _group_of_re(head).finditer(self.masked, 0, pos):
            found = gm
        if found is None or self.sindex.at(found.start()) >= self.sindex.at(pos):
            return None  # (in the sentence itself it is the speaker as written)
        words = []
        for w in found.group(2).split():
            if w.lower() in _GROUP_OF_STOPS:
                break
            if words and w.islower() and w.endswith("ed") and words[-1].endswith("s"):
                break  # ("the families of the hostages marched on Sunday": their verb)
            words.append(w)
            if not _re_word(w[-1:]) and not _INITIALS.fullmatch(w):
                if w.endswith(",") and w[:1].isupper():
                    return None  # ("the leaders of Britain, France and Canada": a list, not cut)
                words[-1] = w.rstrip(".,;:\u2019'")  # ("of the hostages, said": the comma ends it)
                break
        if not words or not words[-1]:
            return None
        text = f"{found.group(1)} of {' '.join(words)}"
        start = found.start()
        return self._descriptor(self._with_actor(Mention(text, start, start + len(text), "descriptor", head=head)), start)

    def _source_window(self, pos: int) -> int:
        """Where an unnamed source is still in view from `pos`: its paragraph or the two before."""
        return self._paragraphs_back(pos, 2)

    def _paragraphs_back(self, pos: int, back: int) -> int:
        """Where the paragraph of `pos` and the `back` paragraphs before it begin: how far back
        a search for someone named before may look."""
        para = self.sents[self.sindex.at(pos)][2]
        return next((ss for ss, _, pr in self.sents if pr >= para - back), 0)

    def _indefinite_sources(self, head: str, lo: int, hi: int):
        """(offset, mention) of each "a ... <head>" written between `lo` and `hi`, latest first."""
        for im in reversed(list(_indefinite_head_re(head).finditer(self.masked, lo, hi))):
            sj = self.sindex.at(im.start())
            men = np_after(self.masked, im.start(), self.sents[sj][1])
            if men is not None and men.kind == "descriptor" and men.head == head:
                yield im.start(), men

    def _source_by_other_word(self, words: list[str], head: str, pos: int) -> Speaker | None:
        """"A senior Palestinian source told ynet ... “...,” the senior official said": news style
        calls one unnamed source by another source word.  The latest unnamed source of this
        paragraph or the two before (heard, or introduced as "citing a diplomat ..."), when no
        named person was heard since and its words include the definite one's modifiers."""
        lo = self._source_window(pos)
        plural = head in PLURAL_HEADS
        mods = {norm(w) for w in words[1:-1]} - _LOOSE_MODIFIERS
        best: tuple[int, Speaker | None] = (-1, None)
        for p, sp in reversed(self.history):
            if p >= pos:
                continue
            if p < lo:
                break
            if sp.kind == "person" and p not in self.subject_only:
                lo = p  # someone named was heard since: nothing before them
                break  # (not one the sources talk about: "According to the official, Netanyahu is ...")
            if sp.kind == "descriptor" and sp.head in _SOURCE_HEADS and sp.plural == plural:
                best = (p, sp)
                break
        for other in _SOURCE_HEADS - {head}:
            for at, men in self._indefinite_sources(other, max(lo, best[0] + 1), pos):
                sp = self._descriptor(self._with_actor(men), men.start)
                if sp is not None and sp.plural == plural:
                    best = (at, sp)
                break
        sp = best[1]
        if sp is None or not mods <= set(norm(sp.as_written).split()):
            return None
        return sp

    def _epithet(self, words: list[str], head: str, pos: int) -> Speaker | None:
        """"“...,” the retired general said" just after Gadi Eisenkot spoke, where nobody
        named is a general: news style's fresh description of the person just quoted. Only
        with a modifier (a bare "the president" is a title to look up, not a description),
        when that person spoke in this paragraph or the three before, was the last person named,
        and no modifier names a side other than theirs."""
        # "the young Palestinian" after "freed Palestinian prisoner X": a demonym the person was
        # introduced with (checked below, where the side it names would not do)
        demonym = words[0].lower() == "the" and 2 <= len(words) <= 4 and words[-1][:1].isupper() and \
            words[-1].isalpha() and _DEMONYM_END.search(words[-1]) is not None and \
            all(w[:1].islower() or w[:1].isdigit() for w in words[1:-1])
        # "Donald Trump's running mate called it ..." just after JD Vance spoke: a role owned by
        # someone else, describing the person just heard
        k = next((i for i, w in enumerate(words[:3]) if _possessive(w)), None)
        owned = k is not None and words[0][:1].isupper() and head in _EPITHET_HEADS and \
            1 <= len(words) - k - 1 <= 2 and all(w[:1].islower() for w in words[k + 1:])
        if not (demonym or owned or words[0].lower() == "the" and (
                3 <= len(words) <= 5 and head in _EPITHET_HEADS
                or len(words) == 2 and (head.endswith("-year-old") or head in _BARE_EPITHET_HEADS))):
            return None
        if len(words) == 2 and head.endswith("-year-old"):
            # "... displaced father Marwan al-Madhun. The 34-year-old just wants ...": an age
            # describes the person named just before, heard yet or not
            named = self._named_just_before(pos)
            if named is not None:
                return named
        last = None
        for p, sp in reversed(self.history):
            if p >= pos:
                continue
            if sp.kind == "person":
                last = (p, sp)
                break
            if sp.kind == "descriptor" and not self._institutional(sp) and sp.head not in _NEWS_HEADS:
                return None  # "a witness said ...": someone else was heard since
        if last is None or last[1].plural:
            return None  # (a body or outlet heard since, "the paper reported", is no rival)
        p, sp = last
        if self.sents[self.sindex.at(p)][2] < self.sents[self.sindex.at(pos)][2] - 3:
            return None
        if owned and norm(strip_possessive(words[k])) in norm(sp.name).split():
            return None  # "Netanyahu's spokesman" is not Netanyahu
        if head in _KIN_GENDER and self._gender_of(sp.name) not in (None, _KIN_GENDER[head]):
            return None  # "the grieving mother" is not the father just quoted
        if demonym:
            at = self.masked.find(sp.name)
            if at < 0 or not re.search(rf"\b{re.escape(words[-1])}(?:-[A-Z][a-z]+)?\s+(?:[a-z][\w-]*\s+){{0,3}}$",
                                       self.masked[max(0, at - 60):at]):
                return None
        mod_sides = self._modifier_sides(words)
        for w in words[1:-1]:
            if "-" in w and sp.party in {self._modifier_side(part) for part in w.split("-")}:
                mod_sides[norm(w)] = sp.party  # "the Irish-Israeli father": one of the two is theirs
        sides = {sd for sd in mod_sides.values() if sd is not None}
        if any(sd == "Other" or sd != sp.party for sd in sides) and not (
                sp.party in ("Other", None) and self._introduced_with([w for w, sd in mod_sides.items() if sd], sp)):
            # "the Egyptian minister" is not the Israeli just quoted ("Jordanian": whose?); but
            # "the Egyptian expert" is the analyst introduced at "the Egyptian Center for ..."
            return None
        if not sides and len(words) > 3 and self.actors:
            # "The New Jersey senator": the modifiers together name the side (the place a
            # politician represents), which only narrows who else was named since
            whole = self.actors.party_from_descriptor(" ".join(words[1:-1]))
            sides = {whole[0]} if whole and whole[0] == sp.party else set()
        own = self.masked.rfind(" ".join(words[1:]), p, pos)
        for cm in reversed(list(_NAME_WORD.finditer(self.masked, p, own if own >= 0 else pos))):
            if _owner_word(self.masked, cm):
                continue  # "a milestone achieved through President Trump's “strength”": an owner, not a subject
            full = self.names.fullest(cm.group(0), pos)
            listed = self.actors.find(full) if self.actors and " " in full else None
            if sides and listed is not None and listed.party not in sides:
                continue  # ("The New Jersey senator" is not the Israeli minister he met, named since)
            if " " in full and (listed is None or listed.kind == "person"):
                # "He said ... Bill Clinton ... The former president has denied": the person
                # named last is the one described
                return sp if norm(full).split()[-1] == norm(sp.name).split()[-1] else None
        return sp

    def _introduced_with(self, mods: list[str], sp: Speaker) -> bool:
        """Whether every one of `mods` (normalised words) is in the sentence where the article's
        prose first names `sp`: a nationality from the person's introduction describes them."""
        at = self.masked.find(sp.name)
        if at < 0:
            return False
        ss, se, _ = self.sents[self.sindex.at(at)]
        said = set(norm(self.masked[ss:se]).split())
        return bool(mods) and all(m in said for m in mods)

    def _only_named_of_side(self, sides: set[str], pos: int) -> Speaker | None:
        """"Hochstein landed in Beirut ... talks with Prime Minister Mikati ... the US envoy called
        for": nobody heard lately, so the one person of that side (a party, not "Other") the
        prose named in this paragraph or the three before (an owner, "Biden's adviser", aside)."""
        if len(sides) != 1 or "Other" in sides:
            return None
        m = self.masked
        found: dict[str, Speaker] = {}
        for cm in _NAME_WORD.finditer(m, self._paragraphs_back(pos, 3), pos):
            if _owner_word(m, cm) or re.match(r"\s+[A-Z][a-z]", m[cm.end():cm.end() + 3]):
                continue  # an owner ("Biden's senior adviser"), or not a name's last word
            full = self.names.fullest(cm.group(0), pos)
            if " " in full:
                sp = self.speaker_named(full, cm.start(), pos)
                if sp.kind == "person" and not sp.plural and sp.party in sides:
                    found[sp.name] = sp
        return next(iter(found.values())) if len(found) == 1 else None

    def _named_just_before(self, pos: int) -> Speaker | None:
        """The person whose full name the article's prose wrote last before `pos`, in its
        sentence or the one before it (in the same or the previous paragraph), past a place's
        ("from Khan Younis"); None when it is no person's."""
        si = self.sindex.at(pos)
        lo = self.sents[si - 1][0] if si > 0 and self.sents[si - 1][2] >= self.sents[si][2] - 1 else self.sents[si][0]
        last = None
        for at, name in self.names.in_prose():
            if lo <= at < pos and self.masked[at:at + len(name)] == name and \
                    not _PLACE_PREP_BEFORE.search(self.masked, max(0, at - 8), at):
                last = (at, name)
        if last is None:
            return None
        at, name = last
        sp = self.speaker_named(name, at, pos)
        return sp if sp.kind == "person" and not sp.plural else None

    def _only_person_of_side(self, words: list[str], pos: int) -> Speaker | None:
        """"The Qatari official stated ..." after "Qatar's foreign ministry spokesperson Majed
        Al-Ansari" spoke: the one person of that side heard so far, when no unnamed speaker
        of that side was (whom "the official" would rather mean)."""
        sides = {sd for sd in self._modifier_sides(words).values() if sd is not None}
        if len(sides) != 1 or "Other" in sides:
            return None
        (side,) = sides
        heard = [sp for p, sp in self.history if p < pos and sp.party == side]
        people = {sp.name for sp in heard if sp.kind == "person"}
        if len(people) != 1 or any(sp.kind == "descriptor" for sp in heard):
            return None
        person = next(sp for sp in reversed(heard) if sp.kind == "person")
        # (a head of state or government is not called "the official")
        return None if person.titles & _HEAD_OF_STATE_TITLES else person

    def _modifier_sides(self, words: list[str]) -> dict[str, str | None]:
        """The side each capitalised modifier of "the <mods> <head>" names ("Israeli" -> Israel),
        by its normalised form; None for a word that names none, and for a seat ("the
        Cairo-based organization" is not Egypt's)."""
        return {norm(w): self._modifier_side(w) for w in words[1:-1]}

    def _modifier_side(self, w: str) -> str | None:
        """The side one capitalised modifier names: a side's word, or a listed leader's name used
        as one ("the senior Biden administration official", "the Netanyahu government")."""
        if not self.actors or not w[:1].isupper() or _is_seat(w):
            return None
        side = self.actors.party_from_descriptor(w)
        if side is None and w[1:].islower() and (who := self.actors.find(w)) is not None and who.kind == "person":
            return who.party
        return side[0] if side else None

    def _title_holder(self, words: list[str], head: str, pos: int) -> Speaker | None:
        """"the Israeli prime minister" -> Benjamin Netanyahu, when the article named him earlier
        (even where he did not speak) and the actors file gives him that title; nobody when
        two people named earlier hold it."""
        spokes = head in _SPOKES_HEADS
        if not self.actors or head in _COMMON_ROLES or (
                spokes and not any(w[:1].isupper() for w in words[1:-1])):
            return None  # (a bare "the spokesman": several people hold that role in one article)
        sides = self._modifier_sides(words)
        want = {SPOKES.get(norm(w), norm(w)) for w in words[1:]} - {
            w for w, sd in sides.items() if sd not in (None, "Other")}
        side = next((sd for sd in sides.values() if sd not in (None, "Other")), None)
        if side is None and len(words) > 2:
            # "the United Nations humanitarian chief": the modifiers together name the side
            whole = self.actors.party_from_descriptor(" ".join(words[1:-1]))
            side = whole[0] if whole and whole[0] != "Other" else None
        # ("Washington's top diplomat" is the Secretary of State: a loose modifier narrows
        # nothing, and the role noun may be one of its title synonyms)
        head_words = {SPOKES.get(norm(head), norm(head))} | _TITLE_SYNONYMS.get(head, frozenset())
        want -= _LOOSE_MODIFIERS | {SPOKES.get(norm(head), norm(head))}

        def holds(title: str) -> bool:
            ws = {SPOKES.get(w, w) for w in norm(title).split()}
            return want <= ws and bool(head_words & ws)
        holders: dict[str, tuple[int, str]] = {}
        later: dict[str, tuple[int, str]] = {}
        for p, full in self.names.full:
            actor = self.known(full)
            if actor is not None and actor.kind == "person" and (side is None or actor.party == side) and any(
                    holds(t) for t in actor.titles):
                (holders if p < pos else later).setdefault(actor.name, (p, full))
        if not holders and side is not None:
            # "Israel's Defence Minister told a committee ... Israel Katz reportedly echoed": a
            # role with its side, then the one holder the article names after it
            holders = later
        if len(holders) != 1:
            return None
        ((p, full),) = holders.values()
        return self.speaker_named(full, p, pos)

    def _office_holder(self, words: list[str], head: str, pos: int) -> Speaker | None:
        """"The Minister of State at the Ministry of Foreign Affairs HE Dr. X spoke ... The
        Minister further stated": the one person named earlier with title words that hold every
        word of the role (a side word may be the person's side instead); nobody if two."""
        if head in _COMMON_ROLES or not {head.capitalize(), head.title()} & TITLE_CAPS:
            return None  # (a title: "the court", "the campaign" are no office anyone was given)
        sides = self._modifier_sides(words)
        plain = {SPOKES.get(t, t) for w in words[1:] if sides.get(norm(w)) in (None, "Other")
                 for t in norm(w).split()}
        plain -= _LOOSE_MODIFIERS | {"of", "for", "at", "to"}
        found = self.names.holders_of(plain, pos)
        if len(found) != 1:
            return None
        p, full = found[0]
        sp = self.speaker_named(full, p, pos)
        if sp is None or sp.kind != "person" or any(
                sd not in (None, "Other") and sd != sp.party for sd in sides.values()):
            return None
        return sp

    def _appositive_role(self, role: str, pos: int) -> Speaker | None:
        """The one person an earlier appositive gave this exact role ("the former secretary")."""
        words = role.split()
        return self._appositive_name(words[-1], set(words[:-1]), pos) if words else None

    def _appositive_name(self, head: str, mods: set[str], pos: int) -> Speaker | None:
        """"Marc Roe, the chief executive of the Urban League, met ..." then "said the chief
        executive": the one person an earlier appositive gave that role (nobody if two)."""
        if head in _COMMON_ROLES or head in _SPOKES_HEADS:
            return None  # common roles: several people hold them in one article
        roles = self.__dict__.get("_appos_roles")
        if roles is None:
            roles = []
            for am in _either_matches(_NAME_COMMA_ROLE, _ROLE_COMMA_NAME, self.masked):
                n, r = (1, 2) if am.re is _NAME_COMMA_ROLE else (2, 1)  # (the name's group, the role's)
                roles.append((am.start(), am.start(n), am.group(n), set(norm(am.group(r)).split())))
            self._appos_roles = roles
        found = {}
        for p, npos, name, role in roles:
            if p < pos and head in role and mods <= role | {"former", "current", "then"}:
                found.setdefault(norm(name).split()[-1], (npos, name))
        if len(found) != 1:
            return None
        npos, name = next(iter(found.values()))
        toks = _tokens(self.masked, npos, npos + len(name))
        men = classify(name, npos, npos + len(name), toks) if toks else None
        if men is None or men.kind != "name":
            return None
        sp = self._name(self._with_actor(men), npos)
        return sp if sp is not None and sp.kind == "person" else None

    def _speaking_next(self, pos: int, quoted: bool = False) -> Speaker | None:
        """"..., the Omani foreign minister has said. Speaking at the Forum, Badr al-Busaidi said":
        a role nobody was named for is the person the next sentence shows still speaking."""
        si = self.sindex.at(pos)
        if si + 1 >= len(self.sents) or self.sents[si + 1][2] > self.sents[si][2] + 1:
            return None  # (the next paragraph's first sentence too: a lede's role, then its name)
        ss, se, _ = self.sents[si + 1]
        lead = re.match(r"(?:Speaking|Addressing|Writing)\b[^,]{0,60},\s*", self.masked[ss:se])
        if not lead:
            # "Italy's foreign minister reaffirmed ... “total commitment” ... \n\n “...,” Antonio
            # Tajani said": a quote opening the next sentence, given to a full name the article
            # has not written before
            if not quoted or self.masked[ss:ss + 1] not in ("\u201c", '"'):
                return None
            for ev in self.events:
                men = ev.mention
                if ev.sent == si + 1 and ev.kind in ("pre", "inverted") and men.kind == "name" and men.name \
                        and len(men.name.split()) >= 2 and self.text.find(men.name) >= ss:
                    # (the text, not the masked text: a name first written inside a quote was written)
                    return self._name(self._with_actor(men), pos)
            return None
        men = np_after(self.masked, ss + lead.end(), se)
        if men is None or men.kind != "name" or not men.name or len(men.name.split()) < 2 \
                or not re.match(r"\s+(?:\w+ly\s+)?(?:has\s+|had\s+)?[a-z]+", self.masked[men.end:men.end + 30]):
            return None
        return self._name(self._with_actor(men), pos)

    def _titled_name(self, title_words: list[str], pos: int, whole: bool = False,
                     past: bool = False) -> Speaker | None:
        """"the Qatari prime minister" -> the person the article calls "Qatari Prime Minister X".
        (`whole`: the description's every word titles the name; `past`: it is a former holder's,
        so the name's title must say so too.)"""
        if not title_words or title_words[-1].lower() in ("official", "officials", "source", "sources",
                                                          "statement", "group", "people"):
            return None
        titled = self._titled_in_text(title_words)
        # "the spokesman" where the article names two: which? (surnames of every one it names)
        spokes = {tuple(norm(o.group(1)).split()[-1:]) for o in titled if o.group(1)[:1].isupper()} \
            if title_words[-1].lower() in _SPOKES_HEADS else None
        for mm in titled:
            name = mm.group(1)
            if not name[:1].isupper():
                continue
            if past and not any(norm(w) in _PAST_TITLE for w in
                                self.text[max(0, mm.start() - 30):mm.start()].split()[-2:] + mm.group(0).split()[:2]):
                continue
            # "chief Josep Borrell. Qatar has ...": a word of two small letters and a full stop ends
            # the sentence, not an initial ("R.") or a suffix ("Jr.")
            name = re.split(r"(?<=[a-z]{2})\.[ \t]", name)[0]
            name = re.sub(r"[\u2019']s$", "", name.rstrip(".,"))
            if " " not in name:
                # "Prime Minister Netanyahu": a surname the actors file lists as one person's
                listed = self.known(name)
                if listed is None or listed.kind != "person":
                    continue
                return self._name(Mention(name, mm.start(1), mm.start(1) + len(name), "name", name=name,
                                          appositive=" ".join(title_words)), pos)
            if self.text.count(name) < 2 and not (self.actors and self.actors.find(name)) and not (
                    whole and self._plain_name_used_again(name, mm.start(1))):
                continue  # "President Obama Speech ..." in a headline: not a name the article uses
            if spokes is not None and spokes != {tuple(norm(name).split()[-1:])}:
                return None
            # the title words go with the name: "the top diplomat" may mean this person later;
            # with the words before them, which may name the side ("Israeli government spokesman")
            before = re.search(r"(?:[\w\u2019'-]+[ \t]+){0,2}$", self.text[max(0, mm.start() - 60):mm.start()]).group(0)
            men = Mention(name, mm.start(1), mm.start(1) + len(name), "name", name=name,
                          appositive=f"{before}{' '.join(title_words)}".strip())
            return self._name(men, pos)
        return None

    def _lowered_text(self) -> str:
        """The article in lower case, where an ASCII word that a case-insensitive pattern
        matches is found as written lower-case; "" when the article holds a letter that
        case-insensitive matching pairs with an ASCII one that lower() does not give ("ſ",
        "ı", "İ"), so that nothing is looked up in it."""
        lowered = self.__dict__.get("_lowered")
        if lowered is None:
            lowered = self._lowered = "" if any(c in self.text for c in "\u017f\u0131\u0130") else self.text.lower()
        return lowered

    def _may_hold(self, words: tuple[str, ...]) -> bool:
        """Whether a case-insensitive pattern all of whose matches hold one of these lower-case
        ASCII `words` can match the article, or the masked one (words of letters only: where the
        masked article has a letter, the article has the same)."""
        lowered = self._lowered_text()
        return not lowered or any(w in lowered for w in words)

    def _titled_in_text(self, title_words: list[str]) -> list[re.Match]:
        """`_titled_re(title_words).finditer(self.text)`, tried only where the first title word
        stands (found in the article lower-cased) instead of at every position of the article."""
        rx = _titled_re(tuple(title_words))
        first = "spokes" if title_words[0].lower() in _SPOKES_HEADS else title_words[0].lower()
        lowered = self._lowered_text()
        if not lowered or not first or not first.isascii():
            return list(rx.finditer(self.text))
        found = []
        i = lowered.find(first)
        while i >= 0:
            mm = rx.match(self.text, i)
            if mm is not None:
                found.append(mm)
            i = lowered.find(first, mm.end() if mm is not None else i + 1)
        return found

    def _plain_name_used_again(self, name: str, at: int) -> bool:
        """"Iran's foreign minister Hossein X ... X said": a name of plain words (no title, no
        headline's capitals) whose surname the article uses again."""
        words = name.split()
        para = self.text.rfind("\n", 0, at) + 1
        end = self.text.find("\n", at)
        line = self.text[para:end if end >= 0 else len(self.text)].split()
        return len(words) >= 2 and not any(w in TITLE_CAPS or w in STOP_CAPS for w in words) and \
            self.text.count(words[-1]) >= 2 and sum(w[:1].isupper() for w in line) < 0.6 * len(line)

    def _said_in_statement(self, p: int) -> bool:
        return bool(re.search(r"statement|readout", self.masked[max(0, p - 80):p + 80]))

    def _latest_head_party(self, head: str, pos: int) -> str | None:
        """The side of the last "<up to three words> <head>" in the 600 characters before
        `pos` ("a senior Hamas official"), unless those words refer back ("the official")."""
        window = self.masked[max(0, pos - 600):pos]
        last = None
        prev_end = 0
        for hm in _head_re(head).finditer(window):
            words = window[_words_back(window, hm.start(), prev_end):hm.start()]
            prev_end = hm.end()
            if not _REFERS_BACK.search(words):
                last = words  # "the official" itself refers back; it says nothing new
        if last is not None and self.actors:
            r = self.actors.party_from_descriptor(last)
            return r[0] if r else None
        return None

    def _pronoun(self, pron: str, pos: int) -> Speaker | None:
        want = {"he": ("person", "descriptor"), "she": ("person", "descriptor"), "i": ("person", "descriptor"),
                "it": ("org", "descriptor"), "they": ("org", "descriptor", "person"),
                "we": ("org", "descriptor", "person")}[pron]
        found: tuple[int, Speaker] | None = None
        passed_over = None  # "it": a person who spoke between the pronoun and the body it may mean
        # "Netanyahu, he said, assured him ...": the name the parenthetical interrupts is spoken of
        at = self.__dict__.get("_pron_at", pos)
        pm = _NAME_THEN_PAREN.search(self.masked, max(0, at - 40), at) \
            if pron in ("he", "she") and _PAREN_SAID.match(self.masked, at) else None
        spoken_of = norm(pm.group(1)) if pm else None
        sub = _WHERE_PRONOUN.search(self.masked, max(0, at - 25), at) if pron in ("he", "she") else None
        if sub is not None:
            # "a statement made by Minister Andrew Mitchell in Parliament, where he stressed":
            # the person the main clause named last, not the last speaker
            people = self._persons_in(self.sents[self.sindex.at(at)][0], sub.start(), pron)
            if people and people[-1].kind == "person":
                return people[-1]
        for p, sp in reversed(self.history):
            if p >= pos:
                continue
            if pos - p > 1500:
                break  # too far back to be what the pronoun means
            if spoken_of and sp.name and norm(sp.name).split()[-1:] == [spoken_of]:
                continue
            if pron == "it" and _DOC_MENTION.search(self.masked, max(0, p - 110), p) and passed_over is None \
                    and self.sindex.at(p) >= self.sindex.at(pos) - 2:
                # "The letter said ... It also said": the document just quoted, whoever wrote it
                found = (p, sp)
                break
            if pron == "it" and sp.kind == "person" and passed_over is None:
                passed_over = p
            if sp.kind not in want:
                continue
            if pron in ("he", "she", "i") and (sp.plural or self._institutional(sp) or is_outlet(sp.name)):
                continue  # "he wrote" is never "the Gaza health ministry" (nor "News.az reports")
            if pron in ("he", "she", "i") and sp.kind == "descriptor" and (sp.head or "") in _THING_HEADS:
                continue  # nor "according to the most recent one [update]", "the report"
            if self._possessive_object(p):
                continue  # "Pelosi blasted Netanyahu's speech": Netanyahu is what she spoke about
            if pron in ("he", "she") and self._participle_inside_said(p):
                continue  # "X said comments from Y ... calling for elections were “...”": X spoke
            if pron in ("he", "she") and sp.kind == "person":
                g = self._gender_of(sp.name)
                if (pron == "he" and g == "f") or (pron == "she" and g == "m"):
                    continue
            if pron == "they" and sp.kind == "descriptor" and not sp.plural:
                continue
            if pron == "it" and sp.kind in ("org", "descriptor") and _PLURAL_BODY.search(sp.as_written or ""):
                continue  # "with UN agencies warning ... “...,” it said": "it" is not several bodies
            if pron == "it" and sp.kind == "descriptor" and (
                    sp.plural or not self._institutional(sp) or self.sindex.at(p) < self.sindex.at(pos) - 2
                    or (self.sents[self.sindex.at(p)][2] != self.sents[self.sindex.at(pos)][2]
                        and self.sindex.at(p) != self.sindex.at(pos) - 1)):
                # "it said" can be "the media office" just before (in the paragraph, or the sentence
                # right before it), never "a senior official"
                continue
            if pron == "they" and sp.kind == "person":
                continue
            if pron == "it" and passed_over is not None and self.sindex.at(p) < self.sindex.at(pos) - 2:
                break  # "UNRWA said ... De Domenico noted ... “...,” it added": not UNRWA; unknown beats wrong
            found = (p, sp)
            break
        if pron in ("he", "she"):
            alt = self._intervening_person(pron, pos, found)
            if alt is not _KEEP and spoken_of and alt is not None and alt.name and \
                    norm(alt.name).split()[-1:] == [spoken_of]:
                alt = _KEEP
            if alt is not _KEEP:
                if alt is not None and alt.kind == "person" and alt.name \
                        and not self._shared_surname(alt.name.split()[-1]):
                    # "X, whose son ..., wept." then "she said": X is a woman from here on
                    self.gender.setdefault(alt.name.split()[-1], "m" if pron == "he" else "f")
                return alt
        if found is None:
            return self._title_person(pron, at) if pron in ("he", "she") else None
        sp = found[1]
        if pron in ("he", "she") and sp.kind == "person" and sp.name:
            # learn it: after "she said" -> X, a later "he said" is someone else (only when the
            # choice was not a guess between people of unknown gender)
            if self._pronoun_gender(sp.name) is not None and not self._shared_surname(sp.name.split()[-1]):
                self.gender.setdefault(sp.name.split()[-1], "m" if pron == "he" else "f")
        return sp

    def _participle_inside_said(self, p: int) -> bool:
        """Whether the history entry at `p` is a participle ("calling for elections") in the clause
        another speaker's "said" opened earlier in the same sentence: what was said about them."""
        ev = next((e for e in self.events if e.vstart == p), None)
        if ev is None or ev.kind != "pre" or not ev.verb.endswith("ing") or ev.speaker is None:
            return False
        return self._in_clause_of(ev, lambda o: o.kind == "pre" and o.verb in _CORE_SAY
                                  and o.speaker is not None and o.speaker.name != ev.speaker.name)

    def _in_clause_of(self, ev: Event, opener) -> bool:
        """Whether an event of `ev`'s sentence that `opener` accepts ends before `ev`'s subject:
        `ev` sits in the clause that verb opened."""
        return any(o.sent == ev.sent and o.vend <= ev.mention.start and opener(o) for o in self.events)

    def _title_person(self, pron: str, at: int, role: str | None = None) -> Speaker | None:
        """"“Now is the time ...,” she said" opening the story, before anyone is named: the one
        person of that gender the headline (the `title:` line) names from the actors file.  With
        `role`, a deck's "Far-right minister calls for ..." under "X says ...": the one person
        the headline names whose listed titles hold that word."""
        si = self.sindex.at(at)
        if si >= len(self.sents) or self.sents[si][2] != self.sents[0][2] or not self.actors:
            return None  # only in the first paragraph
        title = self._headline()
        if title is None:
            return None
        want = "he" if pron == "he" else "she"
        found = []
        for rm in _CAP_RUN.finditer(title):
            words = rm.group(0).split()
            found += [self.actors.find(" ".join(words[i:j])) for i in range(len(words))
                      for j in range(i + 2, min(len(words), i + 4) + 1)]
        people = {a.name: a for a in found if a is not None and a.kind == "person" and (
            role in {w for t in a.titles for w in norm(t).split()} if role else a.pronoun == want)}
        if len(people) != 1:
            return None
        actor = next(iter(people.values()))
        return Speaker(actor.name, actor.party, actor.faction, "person", as_written=pron, actor=actor.name)

    def _bound_pronoun(self, pron: str, at: int) -> Speaker | None:
        """"A UN team said it found ...", "X told reporters he would ...": a pronoun opening the
        clause a reporting verb introduces is that verb's speaker when it fits the pronoun."""
        if pron not in ("he", "she", "it", "they"):
            return None
        if pron in ("he", "she"):
            om = _OWNERS_WORDS_WHERE.search(self.masked, max(0, at - 160), at)
            if om is not None:
                # "Ben-Gvir's post on X in which he wrote": the post's owner
                sp = self.speaker_named(om.group(1), om.start(1))
                g = self._gender_of(sp.name) if sp.kind == "person" else "n"
                if g in (None, "m" if pron == "he" else "f"):
                    return sp
        for ev in reversed(self.events):
            if ev.vend > at:
                continue
            if ev.speaker is None or ev.kind == "possessive" or ev.mention.start >= at:
                return None
            gap = self.masked[ev.vend:at]
            if not _ADDRESSEE_GAP.fullmatch(gap) or ev.verb not in _CORE_SAY | {"warned", "insisted",
                                                                                    "argued", "claimed", "noted"}:
                return None
            sp = ev.speaker
            if pron == "it":
                return sp if (sp.kind == "org" or (sp.kind == "descriptor" and not sp.plural
                                                   and self._institutional(sp))) else None
            if pron == "they":
                return sp if (sp.kind == "org" or sp.plural) else None
            if sp.kind not in ("person", "descriptor") or sp.plural or self._institutional(sp) or \
                    sp.head in EVIDENCE_HEADS:  # ("a report said he ...": a report is no "he")
                return None
            g = self._gender_of(sp.name) if sp.kind == "person" else None
            return None if (pron == "he" and g == "f") or (pron == "she" and g == "m") else sp
        return None

    def _possessive_object(self, p: int) -> bool:
        """A possessive event ("X's speech") inside the clause of another speaker's verb."""
        for ev in self.events:
            if ev.vstart == p and ev.kind == "possessive":
                return self._in_clause_of(ev, lambda o: o.kind != "possessive" and o.speaker is not None)
        return False

    def _gender_of(self, name: str | None) -> str | None:
        if not name:
            return None
        listed = self.actors.find(name) if self.actors else None
        if listed is not None and listed.pronoun:
            return "m" if listed.pronoun == "he" else "f"  # the actors file knows
        if len(name.split()) >= 2 and (gg := self._given_genders().get(name.split()[0])):
            return gg  # "his wife, Aviva Siegel": her, not Keith Siegel, whatever the surname's pronouns
        g = self.gender.get(name.split()[-1])
        if g is None and not self._shared_surname(name.split()[-1]):
            g = self._pronoun_gender(name)
        return g if g in ("m", "f") else None

    @staticmethod
    def _institutional(sp: Speaker) -> bool:
        """A body, not a person: its head noun is in pronouns.toml's institution_heads."""
        if sp.kind == "org":
            return True
        if sp.kind != "descriptor":
            return False
        words = norm(sp.as_written or sp.name).split()
        head = (sp.head or (words[-1] if words else "")).lower()
        return head in INSTITUTION_HEADS

    def _intervening_person(self, pron: str, pos: int, found: tuple[int, Speaker] | None):
        """People the prose is about who never spoke, between the last fitting speaker and "he"/"she".

        Walking back sentence by sentence to the candidate speaker: a named person (or "the
        president") opening one of the two sentences just before is who is meant; one opening a
        sentence further back makes the pronoun ambiguous (None: unknown beats wrong).  A sentence
        opening with the same pronoun ("He cast it as ...") passes the question on, and then the
        last person mentioned anywhere in an earlier sentence ("... for the U.S. president, who")
        answers it.  _KEEP when nothing intervenes."""
        si = self.sindex.at(pos)
        if si >= len(self.sents):
            return _KEEP
        pron_at = getattr(self, "_pron_at", pos)
        if not self.sents[si][0] <= pron_at <= pos:
            pron_at = pos
        lo = found[0] if found is not None else max(0, pos - 1500)
        cand = found[1] if found is not None else None
        qpara = self.sents[si][2]
        chain = False
        spans = [self.sents[k] for k in range(si - 1, max(-1, si - 9), -1)]
        q_ss = self.sents[si][0]
        # prose ending a sentence right before the quote, which the splitter left in the quote's
        # sentence: "What Mr. X has seen are the charts. “And they're terrifying,” he said"
        # (not after an initial: "U.S. President")
        cut = None
        for cm in _PROSE_STOP.finditer(self.masked[q_ss:pos]):
            cut = q_ss + cm.end()
        if cut is not None and self.masked[q_ss:cut].strip():
            spans.insert(0, (q_ss, cut, qpara))
        own = spans[0][1] if spans and spans[0][0] == q_ss else q_ss
        # "Now that ... Sinwar is dead, the conditions have improved, he argues": what stands
        # before a closing ", he argues." is what he argues, and a name in it is not he (the
        # clause is the verb's object, which its subject cannot name again); nor is the
        # object of a participle he leads with ("Referring to ... Nasrallah, ..., he said, “...”").
        # A clause with its own subject may name him ("When Emily Martin ..., she said ...").
        reported_before = self.masked[own:pron_at].rstrip().endswith(",") and \
            not self.masked[pron_at + len(pron):pos].strip() and (
                _PARTICIPLE_LEAD.match(self.masked, own, pron_at) is not None
                or _VERB_ENDS_SENTENCE.match(self.masked, pos) is not None)
        if lo < own and not reported_before and re.search(r"[a-z]{3}", self.masked[own:pron_at]):
            # "... that its top diplomat, X, described as “...” - even though he cautioned": a person
            # named earlier in the pronoun's own sentence, when the candidate is not
            persons = self._persons_in(own, pron_at, pron, subjects_only=True)
            if cand is not None and cand.kind == "person":
                persons = [p for p in persons if p.kind == "person"]  # "the GOP candidate": him again
            if persons and not (cand is not None and any(p.name == cand.name for p in persons)):
                return persons[-1] if len({p.name for p in persons}) == 1 else None
        for step, (ss, se, para) in enumerate(spans):
            if ss <= lo or para < qpara - 4:
                break
            subj = self._opening_mention(ss, se)
            if subj is not None and subj.kind == "pronoun":
                if subj.text.lower() == pron:
                    chain = True
                continue
            if subj is not None:
                sp = self._person_speaker(subj, pron)
                if sp is not None:
                    if cand is not None and (sp.name == cand.name or (sp.kind == "descriptor"
                                                                      and cand.kind == "person")):
                        return _KEEP  # "The GOP candidate ..." after Trump spoke: most likely him
                    if chain or step <= 1:
                        return sp
                    for ns, ne, _ in spans[:2]:
                        near = self._last_person_like(ns, ne, pron)
                        if near is not None:
                            nsp = self._person_speaker(near, pron)
                            # "What Mr. X has seen ..." just before: the subject named further back
                            return sp if nsp is not None and nsp.name == sp.name else None
                    return None
                if chain and self._maybe_person(subj):
                    return None  # "Clinton leaned in" with no full name: the chain ends in a guess
            if chain:
                men = self._last_person_like(ss, se, pron)
                if men is not None:
                    sp = self._person_speaker(men, pron)
                    if cand is not None and sp is not None and sp.name == cand.name:
                        return _KEEP
                    return sp
        if cand is None and spans and spans[0][2] in (qpara, qpara - 1):
            # nobody who fits has spoken: "The meeting began late after Ben Gvir delayed the
            # discussion. “We are happy ...,” he said" - the one person the sentence before has act
            # (or the paragraph before, when the quote opens its own: "Among them stood Pushpa
            # Joshi, sister of Bipin Joshi.\n\n“...,” she cried" - of two, the one whose gender fits)
            persons = self._persons_in(spans[0][0], spans[0][1], pron, subjects_only=True)
            if len({p.name for p in persons}) == 1 and persons[0].kind == "person":
                return persons[0]
            want = "m" if pron == "he" else "f"
            fits = {p.name: p for p in persons if p.kind == "person" and self._gender_of(p.name) == want}
            if len(fits) == 1:
                return next(iter(fits.values()))
        return _KEEP

    def _opening_mention(self, ss: int, se: int) -> Mention | None:
        """The subject opening a sentence: a pronoun, a name (also "X, whose son ..., wept") or "the
        president"; None when the sentence opens otherwise."""
        m = self.masked
        lead = _SUBJ_LEAD.match(m, ss, se)
        start = lead.end() if lead else ss
        while start < se and m[start] in " \u201c\"'(":
            start += 1
        men = np_after(m, start, se)
        if men is None or men.start != start:
            dm = _PERSON_DESC.match(m, start, se)
            if dm is None:
                return None
            men = Mention(dm.group(0), dm.start(), dm.end(), "descriptor", head=dm.group(2).lower())
        after = m[men.end:min(se, men.end + 220)]
        paren = _BRACKET_TAG.match(after) if men.kind == "name" else None
        if paren:
            after = after[paren.end():]  # "Sen. Jim Risch (R., Idaho), who leads ..., spoke": a party label
        if not (re.match(r"\s+(?:\w+ly\s+)?(?:has\s+|had\s+|have\s+|was\s+|is\s+|were\s+|would\s+|will\s+)?"
                         r"(?:\w+ly\s+)?(?!(?:in|of|for|on|at|from|with|to|by|and|or|who|which|that|as)\b)[a-z]+",
                         after)
                or (men.kind != "pronoun" and re.match(r"\s*,\s*(?:who|whose|a|an|the|[a-z]+|[A-Z][\w\u2019']*"
                                                       r"(?:\u2019s|'s))\b[^.;:\u201c\u201d\"]{0,160}?,\s+"
                                                       r"(?:\w+ly\s+)?[a-z]+", after))):
            return None
        return men if men.kind == "pronoun" else self._with_actor(men)

    def _person_speaker(self, men: Mention, pron: str) -> Speaker | None:
        """`men` as one person of the pronoun's gender, or None (an organisation, a place, the
        other gender, a description nobody holds)."""
        if men.kind == "name" and men.name and _possessive(men.name):
            # "Daniel Hagari’s interview, in which he stated": the owner, without the ending
            cut = strip_possessive(men.text)
            men = replace(men, text=cut, end=men.start + len(cut), name=strip_possessive(men.name))
        if men.kind == "name" and men.name:
            actor = self.known(men.name) or self.known(men.text)
            if actor is not None and actor.kind != "person":
                return None
            if self.actors and self.actors.is_country(men.text.strip(" ,.")):
                return None  # "He noted that Saudi Arabia has ...": a state, not "he"
            if actor is None:
                words = men.name.split()
                full = self.names.fullest(men.name, men.start)
                if len(full.split()) < 2 and len(words) == 1:
                    full = self.names.by_given_name(men.name)  # "Aviva spoke ...": Aviva Siegel
                if len(full.split()) < 2 and len(words) == 1 and self._maybe_person(men) and re.search(
                        r"\b(?!(?:The|A|An|And|But|In|On|Of)\b)[A-Z][a-z]+\s+" + re.escape(words[0]) + r"\b",
                        self.text):
                    full = words[0] + " " + words[0]  # only the headline names them in full: a surname
                if (len(full.split()) < 2 and not self._role_word_before(men)) or (
                        self.actors and self.actors.party_from_descriptor(full)):
                    return None  # one capitalised word, or a place or party word ("Tel Aviv")
                if any(w in INSTITUTION_HEADS for w in norm(full).split()) or not words:
                    return None
                if not (self._person_cue(men, full) or self._role_word_before(men)):
                    return None  # "Beit Lahia was hit by strikes": a place is written like a name
            sp = self._name(men, men.start)
            if sp.kind != "person":
                return None
            g = self._gender_of(sp.name)
            if (pron == "he" and g == "f") or (pron == "she" and g == "m"):
                return None
            return sp
        if men.kind == "descriptor" and (men.head or "") in PERSON_HEADS and not men.text.lower().startswith(
                ("a ", "an ")):
            rm = _ROLE_GENDER.search(men.text.lower())
            if rm and (bool(rm.group("f")) != (pron == "she")):
                return None
            sp = self._descriptor(men, men.start)
            if sp is None or sp.kind == "org" or sp.plural or self._institutional(sp):
                return None
            return sp
        return None

    def _role_word_before(self, men: Mention) -> bool:
        """A lone name right after a person's role word ("For another expat Ahmed, ...", "said
        fisherman Ahmad"): vox pops name people by one name, and the role says it is a person."""
        if not self._maybe_person(men):
            return False
        before = (self.masked[max(0, men.start - 30):men.start] + " " + men.text[:men.text.rfind(men.name)]).split()
        word = before[-1] if before else ""
        # (a noun for one person: not "displaced Palestinians", "civilian", "residents")
        return word.islower() and not word.endswith(("ed", "s")) and word != "civilian" and (
            word in PERSON_HEADS or bool(self.actors and word in self.actors.civilian_roles))

    def _person_cue(self, men: Mention, full: str) -> bool:
        """Something in the article says this capitalised name is a person, not a place: a title,
        role or honorific before it, "X, who/whose ...", "X, 45,", "X, a medical doctor,", a known
        gender or speaker with that surname, or the surname with a reporting verb elsewhere."""
        m = self.masked
        before = m[max(0, men.start - 40):men.start] + " " + men.text[:max(0, men.text.find(men.name))]
        roles = PERSON_HEADS | RELATION_HEADS | set(_TITLE_ABBR) | {"mr", "mrs", "ms", "miss", "dr", "rabbi", "sheikh"}
        words = before.split()
        tail = words[-4:]
        if any(w.lower() in ("of", "for") for w in words[-4:-1]):
            tail = words[-7:]  # "Minister of State for Development Andrew Mitchell": the title runs on
        if any(w.strip(".,").lower() in roles for w in tail):
            return True  # "Mr. Obama", "presidential nominee Hillary Clinton", "Sen. X"
        last = full.split()[-1]
        if len(full.split()) >= 2 and full.split()[0] in self._given_genders():
            return True  # "his wife, Aviva Siegel": a kinship word names a person
        if self.gender.get(last) in ("m", "f") or any(sp.kind == "person" and sp.name.split()[-1:] == [last]
                                                      for _, sp in self.history):
            return True
        after = m[men.end:men.end + 90]
        if re.match(r"\s*,\s*(?:who|whose)\b|\s*,\s*\d{1,3}\s*,", after):
            return True
        am = re.match(r"\s*,\s*(?:a|an|the|[A-Z][\w\u2019']*(?:\u2019s|'s))\s+((?:[\w-]+\s*){1,4})", after)
        if am and any(w.lower() in PERSON_HEADS | RELATION_HEADS for w in am.group(1).split()):
            return True  # "Dean, a medical doctor,"
        esc = re.escape(last)
        # (a place does not "deliver her findings": a verb then "his"/"her" and a noun)
        return bool(re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+" + esc + r"\b|\b" + esc +
                              r"\s+(?:said|says|told|added|wrote|asked|replied)\b|\b(?:said|says|told|added)\s+" +
                              esc + r"\b|\b" + esc + r"\s+[a-z]{3,}(?:ed|s)\s+(?:his|her)\s+[a-z]{3,}\b", self.text))

    def _maybe_person(self, men: Mention) -> bool:
        """A lone capitalised name the article never writes in full: perhaps a person, perhaps not."""
        if men.kind != "name" or not men.name or len(men.name.split()) != 1:
            return False
        if men.name in STOP_CAPS or self.known(men.name) is not None:
            return False
        return not (self.actors and self.actors.party_from_descriptor(men.name))

    def _persons_in(self, ss: int, se: int, pron: str, subjects_only: bool = False) -> list[Speaker]:
        """Everyone named or titled in a stretch of prose who could be "he"/"she", in order
        (`subjects_only`: not the agent of a participle in the prose after a quote,
        "“...” the plan presented by X, he added")."""
        m = self.masked
        out: list[tuple[int, Speaker]] = []
        for dm in _PERSON_DESC.finditer(m, ss, se):
            if dm.group(0).split()[0].lower() in ("a", "an"):
                continue
            sp = self._person_speaker(Mention(dm.group(0), dm.start(), dm.end(), "descriptor",
                                              head=dm.group(2).lower()), pron)
            if sp is not None:
                out.append((dm.start(), sp))
        covered = ss
        for nm in _CAP_WORD.finditer(m, ss, se):
            if nm.start() < covered:
                continue
            men = np_after(m, nm.start(), se)
            if men is not None:
                covered = men.end
                if men.kind == "name" and not _PARTICIPLE_CLAUSE.match(m, men.start, se):
                    # ("Sitting on a bed at the hospital, X wept": a participle, not a name)
                    sp = self._person_speaker(men, pron)
                    if sp is not None:
                        out.append((men.start, sp))
        if subjects_only:
            out = [(at, sp) for at, sp in out if not (_AGENT_BEFORE.search(m, max(ss, at - 60), at)
                                                      and "\u00b7" in m[ss:at])]
        if not out:
            # nobody else in it: a titled owner opening the stretch ("The Israeli prime
            # minister's heel-turn comes after he denounced ...")
            om = _PERSON_DESC_OWNER.match(m, ss + len(m[ss:se]) - len(m[ss:se].lstrip()), se)
            if om is not None and om.group(0)[:1] in "Tt":
                sp = self._person_speaker(Mention(om.group(0), om.start(), om.end(), "descriptor",
                                                  head=om.group(2).lower()), pron)
                if sp is not None:
                    out.append((om.start(), sp))
        return [sp for _, sp in sorted(out, key=lambda x: x[0])]

    def _last_person_like(self, ss: int, se: int, pron: str) -> Mention | None:
        """The last person mentioned anywhere in a sentence: a name or "the U.S. president"."""
        m = self.masked
        best: Mention | None = None
        for dm in _PERSON_DESC.finditer(m, ss, se):
            if dm.group(0)[:1] in "Aa" and dm.group(0).split()[0].lower() in ("a", "an"):
                continue
            men = Mention(dm.group(0), dm.start(), dm.end(), "descriptor", head=dm.group(2).lower())
            if self._person_speaker(men, pron) is not None:
                best = men
        covered = ss
        for nm in _CAP_WORD.finditer(m, ss, se):
            if nm.start() < covered or (best is not None and nm.start() < best.start):
                continue
            men = np_after(m, nm.start(), se)
            if men is not None:
                covered = men.end  # "Mr. Obama" is read once, not again as "Obama"
            if men is not None and men.kind == "name" and self._person_speaker(men, pron) is not None:
                best = men
        return best


class _Match:
    """The slice of re.Match that event finding uses."""

    __slots__ = ("_g", "_s", "_e")

    def __init__(self, g: str, s: int, e: int):
        self._g, self._s, self._e = g, s, e

    def group(self, _i: int = 0) -> str:
        return self._g

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e


_WORD = re.compile(r"(?<![\w-])[A-Za-z]+(?![\w-])")
# Every byte but an ASCII letter, as a space (for _letter_runs)
_LETTERS_ONLY = bytes(c if chr(c).isascii() and chr(c).isalpha() else 32 for c in range(256))


def _letter_runs(m: str) -> set[str]:
    """The distinct runs of ASCII letters in `m`: every _WORD is one (and more besides).  Read
    from `m` encoded as ASCII (any other character becomes "?") with every non-letter byte made
    a space, then split: several times faster than a pattern tried at every position."""
    return set(m.encode("ascii", "replace").translate(_LETTERS_ONLY).decode("ascii").split())
_LEAD_SOURCE = re.compile(r"(?:[Aa]n?|[Aa]nother|[Tt]he)\s")
# someone's words and the clause about them: "Ben-Gvir's post on X in which ", "Trump's letter, where "
_OWNERS_WORDS_WHERE = re.compile(r"\b([A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*){0,2})[\u2019']s\s+(?:[a-z][\w-]*\s+){0,2}"
                                 r"(?:post|tweet|statement|message|letter|speech|interview|article|op-ed|video|"
                                 r"remarks|comments|book|column|note|address)(?:\s+(?:on|to)\s+[\w-]+(?:\s+[\w-]+)?)?"
                                 r",?\s+(?:in\s+which|where|which|when)\s+$")
# a quote's closing comma, and the marks after it: ",”", ",’”" (a nested quote ending it too)
_COMMA_CLOSING = re.compile(r",[\u2019'\u201d\"]{0,2}$")
# a participle's clause opening a sentence: "Referring to the talks in Doha, ", "Going back to ..., "
_PARTICIPLE_CLAUSE = re.compile(r"[A-Z][a-z]+ing\s[^,;:\u201c\u201d\"]{0,120},\s*")
# what opens a sentence before its subject: an adverbial, a "with" clause, or a participle's
# clause ("Referring to the talks in Doha, she addressed ...")
_SENTENCE_OPENER = re.compile(r"(?:(?:On|In|At|Last|Earlier|Later|But|And|Meanwhile|However|Since|After)\b[^,]{0,40},\s*"
                           r"|(?:With|Amid|Despite)\s[^,;:\u201c\u201d\"]{0,120},\s*"
                           # a dateline: "WASHINGTON, D.C. (CBS, KYMA/KECY) - ", "(Reuters) - "
                           r"|(?:[A-Z][A-Za-z .,'/-]{0,40}?\s*)?\([^()\n]{1,40}\)\s*(?:-{1,2}|\u2013|\u2014)\s*"
                           r"|" + _PARTICIPLE_CLAUSE.pattern + r")")
_POSSESSIVE_S = re.compile(r"[\u2019']s\b")
# a definite description: "the head of ...", "Qatar's foreign ministry spokesman"
_DEFINITE_SOURCE = re.compile(r"(?:[Tt]he\s|[A-Z][\w-]*(?:\u2019s|'s)\s)")
_DEMONYM_END = re.compile(r"(?:an|i|ese|ish|ch)$")  # Palestinian, Israeli, Lebanese, British, French
_RANKS = {"senior", "top", "high", "ranking", "leading", "prominent", "veteran", "key"}
# roles of a group's own people, any of whom the lead may call "an official" of it
_MEMBER_ROLES = {"member", "spokesman", "spokeswoman", "spokesperson", "negotiator", "leader", "official",
                 "representative", "adviser", "advisor", "envoy", "chief", "head",
                 # an agency's officials ("a senior UN official ... X, UN Special Coordinator"), not its
                 # ministers, whom a lead's unnamed official rarely is
                 "coordinator", "commissioner", "director", "administrator"}
_ANONYMOUS = re.compile(r"\b(?:condition of anonymity|requested anonymity|declined to be (?:named|identified)|not authori[sz]ed to)\b", re.I)
_ANONYMOUS_WORDS = ("anonymity", "declined", "authori")  # (letters only: one is in every _ANONYMOUS match)
_MULTI = {"according": ("to",), "According": ("to",), "put": ("it",), "puts": ("it",), "went": ("on",), "pointed": ("out",),
          "blurted": ("out",), "cried": ("out",), "shot": ("back",), "fired": ("back",), "hit": ("back",),
          # a directive given in words: "Khamenei issued an order to “strike Israel directly”"
          "issued": ("an order", "orders", "a warning", "a call", "an ultimatum", "a directive", "a statement",
                     "a joint statement"),
          # "the Goldin family issued a statement: “...”": whoever issued it speaks
          "released": ("a statement", "a joint statement"),
          "gave": ("an order", "the order", "orders"),
          # "Egyptian sources spoke of “significant progress”"
          "spoke": ("of", "about"), "speak": ("of", "about"), "speaks": ("of", "about"),
          "talked": ("of", "about")}


def _spelled_as(actor, surname: str) -> str:
    """The actor's longest listed full form whose surname is written as `surname`, else its name."""
    def last(form: str) -> str:
        return form.split()[-1].split("-")[-1].lower()
    want = surname.split("-")[-1].lower()
    forms = [f for f in (actor.name, *actor.aliases) if len(f.split()) > 1 and last(f) == want]
    return max(forms, key=len, default=actor.name) if last(actor.name) != want else actor.name


def _verb_word_spans(m: str, runs: set[str] | None = None) -> list[tuple[int, int]]:
    """Where the words that can open a reporting verb stand in `m`, in order: the distinct
    words are found in one C-level pass and a set intersection, and only those few are
    located (a Python loop over every word, or a 400-way alternation, is several times slower)."""
    spans = []
    for w in (_letter_runs(m) if runs is None else runs) & _VERB_OPENERS:
        n = len(w)
        i = m.find(w)
        while i >= 0:
            j = i + n
            if not (i and (_re_word(m[i - 1]) or m[i - 1] == "-")) and not (
                    j < len(m) and (_re_word(m[j]) or m[j] == "-")):
                spans.append((i, j))  # a whole word, as _WORD reads one
            i = m.find(w, j)
    spans.sort()
    return spans


# what "spoke of", "talked about" speak of: words or a noun phrase, not a preposition ("what
# Biden and Netanyahu spoke about with the families")
_TOPIC_NEXT = re.compile(r"\s+(?!(?:with|to|for|in|on|at|by|during|after|before|and|or|but)\b)[\w\u201c\"\u2018\u00b7]")


def _verb_matches(m: str, runs: set[str] | None = None):
    """Reporting verbs in the masked text, in order (`runs`: its letter runs, if read already)."""
    for ws, e in _verb_word_spans(m, runs):
        w = m[ws:e]
        nexts = _MULTI.get(w)
        if nexts is not None:
            nxt = next((n for n in nexts if m.startswith(" " + n, e)
                        and not m[e + 1 + len(n):e + 2 + len(n)].isalpha()), None)
            if nxt is not None and not (nxt in ("of", "about") and not _TOPIC_NEXT.match(m, e + 1 + len(nxt))):
                yield _Match(w + " " + nxt, ws, e + 1 + len(nxt))
                continue
            if w == "issued":
                # "has issued this heartfelt plea to the Labour Party ...: “...”"
                im = _ISSUED_WORDS.match(m, e)
                if im is not None:
                    yield _Match(w + m[e:im.end()], ws, im.end())
                    continue
        if w in SAY_VERBS or w in ("Said", "Says"):
            yield _Match(w, ws, e)
        elif w in _AFTER_QUOTE_VERBS and (_COLON_QUOTE.match(m, e) or (
                m[e:e + 1] in (".", ",", ":", "\n", "") or _AFTER_QUOTE_PP.match(m, e)) and
                _AFTER_QUOTE_BEFORE.search(m, max(0, ws - 60), ws)):
            yield _Match(w, ws, e)
        elif w in STANCE_VERBS and _stance_complement(m, w, e) and not _noun_after_proper(m, w, ws):
            yield _Match(w, ws, e)
        elif w in _LEAD_PARTICIPLES_CAP:
            yield _Match(w.lower(), ws, e)  # "Claiming ..., Trump told Fox": checked in _event
        elif w in _HEADLINE_VERBS and _after_capitalised(m, ws):
            # a headline's title case: "Chris Christie Calls Hillary Clinton 'A Disgrace'"
            yield _Match(w.lower(), ws, e)


# "issued a plea", "issued this heartfelt appeal": words given out (before a colon and the quote)
_ISSUED_WORDS = re.compile(r" (?:a|an|this|his|her|their|its) (?:[a-z-]+ ){0,2}?(?:plea|appeal|warning|call|message)"
                           r"(?![\w-])(?=[^.\n\u201c\"]{0,80}:\s*[\u201c\"])")


# Participles that can open a sentence with the main clause's subject as their speaker:
# "Claiming the criticism is designed to pressure moderators, Trump told Fox ...".
_LEAD_PARTICIPLES = {"claiming", "arguing", "insisting", "citing", "noting", "warning", "saying", "stressing",
                     "acknowledging", "complaining", "lamenting", "accusing", "blaming", "predicting", "promising",
                     "vowing", "pledging", "asserting", "contending", "conceding", "admitting", "denying",
                     "emphasizing", "emphasising", "alleging", "charging", "calling"}
_OBJECT_PRONOUN = re.compile(r"\s+(him|her|them)\b(?!\s+[a-z])")
_OPENS_WORDS = re.compile(r"\s*:|,?\s*[\u201c\"]|\s+that\s")
_LEAD_PARTICIPLES_CAP = frozenset(w.capitalize() for w in _LEAD_PARTICIPLES)
# Every word _verb_matches acts on.
_VERB_OPENERS = frozenset(w for w in (*_MULTI, *SAY_VERBS, "Said", "Says", *STANCE_VERBS, *_AFTER_QUOTE_VERBS, *_LEAD_PARTICIPLES_CAP,
                                      *_HEADLINE_VERBS) if w.isalpha() and w.isascii())
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been)\s+(?:\w+ly\s+|not\s+)?$|\b(?:is|are|was|were)n[\u2019']t\s+$")
_BELIEF_SAY = {"believe", "say", "think", "argue", "fear", "worry", "contend", "insist", "suspect", "doubt"}
_QUANTIFIERS = {"some", "many", "most", "few", "several", "both", "all", "other", "two", "three", "four"}
_PREPOSITIONS = {"on", "in", "of", "from", "at", "for", "with", "across", "around"}


def _people_head(word: str) -> bool:
    """A plural noun for people or a body of them: "experts", "environmentalists", "police"."""
    return word in PLURAL_HEADS or word in DESC_HEADS or (len(word) > 5 and word.endswith(("ists", "ians")))


# "the Israeli plan to reoccupy Gaza", "a Biden offer to ...": a determiner and a singular
# proper word before a base form; as a verb it would agree ("the Israeli plans", "Biden offers").
_SINGULAR_PROPER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]*(?<![a-z]s)\s+$")


def _noun_after_proper(m: str, w: str, s: int) -> bool:
    """`w` at `s` is a noun: a base form after "the <singular proper word>" (not "the Palestinians plan")."""
    return not w.endswith(("s", "ed")) and _SINGULAR_PROPER_BEFORE.search(m, max(0, s - 60), s) is not None


def _stance_complement(m: str, w: str, e: int) -> bool:
    """A stance verb followed by what makes it a view or plan: "that ..." / "to do" (or, for
    "propose" and "want", an object): "fear that", "refused to", not "fear the worst"."""
    nm = _STANCE_NEXT.match(m, e, e + 24)
    if nm:
        return w in (STANCE_THAT if re.search(r"\bthat\s", nm.group(0)) else STANCE_TO)
    return w in STANCE_OBJECT and _STANCE_OBJECT_NEXT.match(m, e, e + 30) is not None


def _after_capitalised(m: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and m[j] == " ":
        j -= 1
    k = j
    while k >= 0 and (m[k].isalpha() or m[k] in ".'\u2019-"):
        k -= 1
    return j > k and m[k + 1].isupper()


def _aux_tail_possible(pre: str) -> bool:
    """Whether `pre` can end on an _AUX_TAIL item, from its last word or two (a superset:
    the pattern decides)."""
    t = pre.rstrip()
    i = _word_run_start(t, len(t))
    w = t[i:].lower()
    if not w or w in _AUX_FINAL or w.endswith("ly"):
        return True  # (ends on ")" or another non-word: "on Monday (Sep 15)")
    if i and not t[i - 1].isspace():
        return True  # "like Jean-Pierre": a word run the look below does not cover
    j = _run_back(t, i, 0, str.isspace)
    prev = t[_word_run_start(t, j):j]
    return prev.lower() in _AUX_FREE_AFTER or prev.isdigit()


def _has_initials(initials: str, sp: Speaker) -> bool:
    """The person was introduced or titled with these initials ("EU", "E.U.", "U.N."); not an
    unnamed descriptor, whose fuller wording is the better name ("FO spokesperson")."""
    if sp.kind != "person":
        return False
    written = norm(sp.as_written)
    return initials in sp.titles or f" {initials} " in f" {written} " or f" {' '.join(initials)} " in f" {written} "


def _aux_strip(pre: str) -> str:
    """`pre` without its trailing auxiliaries and adverbs ("X has also repeatedly"): an
    end-anchored pattern, so only the last 100 characters are searched (the pattern is
    tried at every position it is given), and only when the last words allow it."""
    if not _aux_tail_possible(pre):
        return pre
    if len(pre) > 100:
        return pre[:-100] + _AUX_TAIL.sub("", pre[-100:])
    return _AUX_TAIL.sub("", pre)


# One role, three words: a title file's "spokesman" is the article's "spokesperson".
_SPOKES_HEADS = frozenset(SPOKES) | {"spokesman"}
# Roles that several people hold in one article: "the official" names none of them by role.
_COMMON_ROLES = frozenset({"official", "source", "people"})
# bodies written in the plural: "UN agencies", "aid groups", "Arab states"
_PLURAL_BODY = re.compile(r"\b(?:agencies|groups|organi[sz]ations|nations|states|countries|governments|ministries|"
                          r"charities|bodies|parties|factions|unions|forces)\s*$")
# A given name opening a clause that speaks of "his"/"her" relative: "Keith was taken hostage along
# with his wife", "Orna and her husband"
# (the capital before the look-behind, as in _CAP_WORD)
_OWN_KIN = re.compile(r"([A-Z](?<![\w\u2019'-][A-Z])[a-z]++)(?:\s+[A-Z][\w-]++)?\s+(?:was|is|had|has|and|with)\b"
                      r"[^.;:!?\u201c\"\n]{0,50}?\b(his|her)\s+(?:wife|husband|son|daughter|mother|father|"
                      r"brother|sister|children|parents|family)\b")
# What every _OWN_KIN match ends on ("his wife"): searched for first, as _NAME_KIN_OF_HINT is.
_OWN_KIN_HINT = re.compile(r"(?:his|her)\s+(?:wife|husband|son|daughter|mother|father|brother|sister|children|"
                           r"parents|family)\b")
# "X has this message for his son:", "X sent a plea to the captors:" before a quote
_MESSAGE_COLON = re.compile(r"\s+(?:has|had|have|sent|sends|delivered|offered|gave|issued|shared|posted)\s+"
                            r"(?:this|a|an|his|her|their|the following|one)\s+(?:[\w-]+\s+){0,2}?"
                            r"(message|words|plea|warning|advice|appeal|reply|response|answer)\b[^:.;,\u201c\"]{0,60}:")
# what a sentence says of someone held captive (not "released", which reports and prisoners share)
_PRISONER_STORY = re.compile(r"\b(?:prisoners?|detainees?|inmates?|administrative detention)\b", re.I)
_CAPTIVE_STORY = re.compile(r"\b(?:hostages?|captives?|captivity|kidnapped|abducted|held in Gaza|taken to Gaza)\b",
                            re.I)
# "..., where he stressed": a pronoun opening a clause on the place or time the main clause named
_WHERE_PRONOUN = re.compile(r",\s*(?:where|in which|at which|during which)\s+$")
# "Sergio Horn, Iair's uncle," / "Tal Marom, the father of Ori Marom,": a person and whose kin
_KIN_INTRO = re.compile(r"\b([A-Z][\w\u2019'-]+(?:\s+[A-Z][\w\u2019'-]+)+),\s+(?:the\s+)?"
                        r"(?:(?P<o1>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)[\u2019']s\s+(?P<k1>[a-z]+)"
                        r"|(?P<k2>[a-z]+)\s+of\s+(?P<o2>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*))\s*[,.]")
# Kinship words of "her father said" and the gender of the relative they name
_KIN_GENDER = {"father": "m", "dad": "m", "brother": "m", "son": "m", "husband": "m", "grandfather": "m",
               "uncle": "m", "mother": "f", "mom": "f", "mum": "f", "sister": "f", "daughter": "f", "wife": "f",
               "grandmother": "f", "aunt": "f"}
_THAT_BEFORE = re.compile(r"\bthat\s+$")
_COLLATERAL_KIN = frozenset({"aunt", "uncle", "niece", "nephew"})
# "their father": the parent, whose children the article wrote as "his sons", "her two daughters"
_PARENT_PRONOUN = {"father": "his", "dad": "his", "mother": "her", "mom": "her", "mum": "her"}
_OWN_CHILDREN = re.compile(r"\b(his|her)\s+(?:[a-z]+\s+)?(?:sons|daughters|children|kids|boys|girls)\b")
# Last words of a listed organisation's name that make it part of a state, never "the group"
_STATE_BODY_HEADS = INSTITUTION_HEADS - {"group", "groups", "movement", "party", "forum", "brigades", "faction",
                                         "wing", "alliance", "coalition", "committee", "families", "foundation",
                                         "association", "organization", "organisation", "union"} | {"house", "nations"}
# Heads of state or government: the title words "the leader" may mean (pronouns.toml), and rulers.
_HEAD_OF_STATE_TITLES = _TITLE_SYNONYMS.get("leader", frozenset()) | {"monarch", "sultan"}


# Patterns built from an article's words, kept compiled per distinct words in caches of
# their own (titles and descriptor heads recur across articles), instead of going through
# re's shared 512-entry cache on every call.
@lru_cache(maxsize=4096)
def _titled_re(title_words: tuple[str, ...]) -> re.Pattern:
    """"Qatari Prime Minister" followed by the name it titles."""
    # (a name stays on its line: "chief Josep Borrell.\n\nQatar has ..." is no longer name)
    return re.compile(r"\b(?i:" + r"\s+".join("spokes(?:man|woman|person)" if w.lower() in _SPOKES_HEADS
                                                else re.escape(w) for w in title_words) + ")" +
                      r",?[ \t]+((?:[A-Z][\w\u2019'.-]+|al-[A-Z][\w-]+|(?:al|bin|ben|abu)(?![\w-]))(?:[ \t]+(?:[A-Z][\w\u2019'.-]+|"
                      r"al-[A-Z][\w-]+|(?:al|bin|ben|abu)(?![\w-]))){0,5})")  # ("al-Hayya" whole, not "al")


@lru_cache(maxsize=64)
def _capital_head_re(head: str) -> re.Pattern:
    """A body's capitalised name ending in `head` ("Tikva (Hope) Forum"), a bracket allowed."""
    return re.compile(r"(?<![\w\u2019'-])(?:[A-Z][\w\u2019'-]*[ \t]+(?:\([^()\n]{1,30}\)[ \t]+)?(?:(?:and|of|for)[ \t]+)?)+"
                      + re.escape(head.capitalize()) + r"\b")


_BARE_HEAD = re.compile(r"[Tt]he\s+[A-Za-z][a-z]+")
_BRACKETED = re.compile(r"\([^()]*\)")


@lru_cache(maxsize=256)
def _group_of_re(head: str) -> re.Pattern:
    """"The families of <up to five words>": a group named by whom its members are."""
    return re.compile(rf"\b([Tt]he\s+(?:[\w-]+\s+){{0,2}}?{re.escape(head)})\s+of\s+((?:[\w.\u2019'-]+[ \t]+){{0,5}}[\w.\u2019'-]+)")


_INITIALS = re.compile(r"(?:[A-Z]\.)+")
# words that end a group's "of" complement: a participle, a relative, a place or a verb
_GROUP_OF_STOPS = frozenset({"being", "held", "who", "that", "which", "taken", "kidnapped", "abducted", "in", "at",
                             "are", "is", "were", "was", "have", "has", "had", "and", "on", "from", "to", "for",
                             "with", "by", "said", "say", "says", "still", "now", "whose", "as"})


@lru_cache(maxsize=256)
def _indefinite_head_re(head: str) -> re.Pattern:
    """"a diplomat", "another senior source": an unnamed source introduced with that head."""
    return re.compile(rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(head)}\b")


@lru_cache(maxsize=1024)
def _head_re(head: str) -> re.Pattern:
    """A descriptor head ("official"), found first: the words before it are read backwards
    by _words_back (a pattern that opened on them was tried at every position)."""
    return re.compile(re.escape(head) + r"s?\b", re.I)


_REFERS_BACK = re.compile(r"\b(?:the|that|this)\s+$", re.I)


def _re_word(c: str) -> bool:
    """`c` is a character the pattern `\\w` matches."""
    return c.isalnum() or c == "_"


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c in "_\u2019'-"  # (_re_word, or an apostrophe or hyphen)


def _adjective_of(adj: str, place: str) -> bool:
    """"iranian" of "iran", "lebanese" of "lebanon", "turkish" of "turkey": the adjective
    shares all but the place's last two letters, and at least four (not "islamic" of "islamabad")."""
    return len(os.path.commonprefix([adj, place])) >= max(4, len(place) - 2) and adj != place


def _initials_of(form: str, name: str) -> bool:
    """"IDF" for "Israel Defense Forces", "PMO" for "Prime Minister's Office": an acronym
    of the name's capitalised words, which readers expand (a body's name, not its initials)."""
    if not (1 < len(form) <= 8 and form.isalpha() and form.isupper()):
        return False
    return form == "".join(w[0] for w in name.split() if w[:1].isupper())


def _either_matches(first: re.Pattern, second: re.Pattern, s: str):
    """The matches of the alternation `first|second` over `s`, as finditer gives them, from the
    two patterns searched on their own: each time the one that starts first (`first` when both
    start at one place, as the alternation tries it first), then both again from its end."""
    a, b = first.search(s), second.search(s)
    while a is not None or b is not None:
        m = a if b is None or (a is not None and a.start() <= b.start()) else b
        yield m
        if a is not None and a.start() < m.end():
            a = first.search(s, m.end())
        if b is not None and b.start() < m.end():
            b = second.search(s, m.end())


def _word_run_start(s: str, end: int) -> int:
    """Where the run of word characters (what `\\w` matches) that ends at `end` begins:
    `_run_back(s, end, 0, _re_word)` with the test inline (no call per character)."""
    while end and (s[end - 1].isalnum() or s[end - 1] == "_"):
        end -= 1
    return end


def _run_back(s: str, end: int, lo: int, pred) -> int:
    """Where the run of characters that satisfy `pred` and end at `end` begins (not before `lo`)."""
    while end > lo and pred(s[end - 1]):
        end -= 1
    return end


def _last_run_start(s: str) -> int:
    """Where the last run of non-space characters before `s`'s trailing white space begins
    (len(s) if `s` does not end in white space): a pattern that must end on one word and the
    white space after it can match nowhere before, so it is searched for from there."""
    e = len(s.rstrip())
    if e == len(s):
        return e
    last = s[:e].rsplit(None, 1)  # (the run itself: white space is what str.isspace says it is)
    return e - len(last[-1]) if last else 0


def _before_last_word(s: str) -> int:
    """Where the white space before the last word of `s` (which ends on no white space)
    begins, 0 when it holds one word: no match of white space, then that word, at the end
    (_ADVERB_BEFORE_VERB) starts before it."""
    head = s.rsplit(None, 1)
    return len(head[0]) if len(head) == 2 else 0


def _trailing_run_start(s: str, lo: int, hi: int, chars: str) -> int:
    """Where the run of white space and `chars` that ends s[lo:hi] begins: a pattern that
    ends on a mark and such characters only (_CLOSE_OR_COMMA_END with commas and dashes,
    DECK_END with closing marks and brackets) can match no earlier than the character before."""
    seg = s[lo:hi]
    while True:
        cut = seg.rstrip().rstrip(chars)  # (white space as `\s` reads it)
        if cut == seg:
            return lo + len(seg)
        seg = cut


def _last_word_from(s: str, longest: int) -> int:
    """Where a pattern that ends `s` with one word of at most `longest` characters, after white
    space and perhaps a comma (",? who", trailing white space allowed), can start at the earliest."""
    e = len(s.rstrip())
    return max(0, _run_back(s, max(0, e - longest), 0, str.isspace) - 1)


def _runs_back(s: str, end: int, n: int) -> int:
    """Where the last `n` runs of non-space characters before `end` begin (the white space
    between them included)."""
    p = end
    for _ in range(n):
        while p > 0 and s[p - 1].isspace():
            p -= 1
        while p > 0 and not s[p - 1].isspace():
            p -= 1
    return p


def _last_word_in(s: str, end: int, words: frozenset[str]) -> bool:
    """Whether white space ends `s` before `end` and the word before it is one of `words`: what a
    pattern that ends on one of them and white space needs before it is worth searching for."""
    if end == 0 or not s[end - 1].isspace():
        return False
    last = s[max(0, end - 60):end].rsplit(None, 1)
    return bool(last) and last[-1] in words


def _end_search(rx: re.Pattern, s: str, starts: list[int], words: int):
    """`rx.search(s)` for a pattern that ends `s` with at most `words` words, each followed by
    white space ("was also ", "and then has "): no match starts before those words, so the
    search starts there (`starts`: _word_starts_back(s, len(s), 0, n) for some n >= `words`)
    instead of at every position of `s`."""
    return rx.search(s, starts[words])


def _words_back(s: str, end: int, lo: int, n: int = 3) -> int:
    """Where the run of up to `n` words, each followed by white space, that ends at `end`
    begins (not before `lo`): what `(?:[\\w\u2019'-]+\\s+){0,n}` before `end` would take."""
    return _word_starts_back(s, end, lo, n)[n]


def _word_starts_back(s: str, end: int, lo: int, n: int) -> list[int]:
    """`_words_back(s, end, lo, k)` for k = 0 ... n, in one pass (each k's run goes on from the
    one before; k past the words there are gives where they all begin)."""
    p = end
    out = [p]
    for _ in range(n):
        q = p
        while q > lo and s[q - 1].isspace():
            q -= 1
        r = q
        while r > lo and (s[r - 1].isalnum() or s[r - 1] in "_\u2019'-"):  # (_is_word_char, inline: a hot loop)
            r -= 1
        if q == p or r == q:
            break
        p = r
        out.append(p)
    return out + [p] * (n + 1 - len(out))


def _occurrences(text: str, sub: str):
    """Start offsets of `sub` in `text`, left to right and not overlapping (as re.finditer)."""
    at = text.find(sub)
    while at >= 0 and sub:
        yield at
        at = text.find(sub, at + len(sub))
