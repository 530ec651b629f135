"""PolNeAR scores with the gold speakers reduced to names, for comparison only.

    .venv/bin/python tests/bench/polnear_names.py PRED.jsonl [--split dev|test]

PolNeAR's gold `speaker` is the source span as written, appositive included
("Michael Oppenheimer, a professor of geosciences ... at Princeton University",
"Rep. Jim Clyburn (D-S.C.)").  Our guidelines (shared/gold/GUIDELINES.md) want
the canonical name, and the scorer matches names on their last word, so every
such quote counts as a wrong speaker.  This script drops the appositive after
the first comma, bracketed party tags, "who ..."/"of ..." clauses and leading
honorifics from the gold speakers, then runs the official scorer on the result.
It never changes the predictions.  Report it next to the raw figure, not instead.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
TITLES = (r"(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Gen|Lt|Rev|Representative|Senator|Governor|President|"
          r"Secretary of State|House Speaker|Speaker|Attorney General|Retired|the Rev)\.?\s+")


def name_only(s: str | None) -> str | None:
    if not s:
        return s
    out = re.sub(r"\s*\([^)]*\)", "", s).split(",")[0].strip()
    out = re.sub(r"\s+(?:who|of|whose)\s.*$", "", out)
    while re.match(TITLES, out):
        out = re.sub("^" + TITLES, "", out)
    return out.strip() or s


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pred")
    ap.add_argument("--split", default="dev", choices=["dev", "test"])
    args = ap.parse_args()
    base = SHARED / "eval" / f"polnear-{args.split}"
    scorer = SHARED / "tools" / "score_quotes.py"
    with tempfile.TemporaryDirectory() as tmp:
        for gold, field, extra in (("quotes.jsonl", "speaker", []), ("attributions.jsonl", "source", ["--reported"])):
            out = Path(tmp) / gold
            with open(base / gold, encoding="utf-8") as fh, open(out, "w", encoding="utf-8") as w:
                for line in fh:
                    d = json.loads(line)
                    d[field] = name_only(d.get(field))
                    w.write(json.dumps(d) + "\n")
            res = subprocess.run([sys.executable, str(scorer), str(out), args.pred, *extra],
                                 capture_output=True, text=True, check=True)
            print(f"{gold} (gold speakers as names): {res.stdout.strip().splitlines()[-1]}")


if __name__ == "__main__":
    main()
