"""News outlets and agencies: channels that relay words, never speakers of their own.

Read from extract/data/outlets.toml (names and name endings users extend).  The
attribution uses this to skip "told Reuters" as a speaker, positions to keep an
outlet's report from becoming a side's stance.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from extract.datafile import read_toml

_OUTLETS = read_toml(Path(__file__).parent / "data" / "outlets.toml")
_OUTLET_NAMES = frozenset(n.lower() for n in _OUTLETS.get("names", ()))
LISTED = _OUTLET_NAMES  # the names themselves, lower-cased (not the endings that also make an outlet)
_WEB_DOMAIN = re.compile(r"[A-Za-z][\w-]*(?:\.[a-z]{2,6})+")  # "News.az", "Axios.com": a website
_OUTLET_SUFFIX = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _OUTLETS.get("suffixes", ())) + r")$", re.I)


@lru_cache(maxsize=2048)
def is_outlet(name: str | None) -> bool:
    """A news outlet or agency (extract/data/outlets.toml): a channel that relays words."""
    if not name:
        return False
    bare = re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.I)
    bare = re.sub(r"^[A-Z][\w-]*(?:\u2019s|'s)\s+", "", bare)  # "Egypt's Al-Qahera News"
    return bare.lower() in _OUTLET_NAMES or bool(_OUTLET_SUFFIX.search(bare)) or bool(_WEB_DOMAIN.fullmatch(bare))
