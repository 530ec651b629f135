"""Quotes, speakers, parties and dates on negotiation articles the rules were not written from.

    python tests/bench/heldout.py [--json]

Four hand-made gold sets (tests/bench/heldout/set1..4/quotes.jsonl, 433 quotes) over all 24
articles of ../shared/corpus/news, each annotated from the article text alone, before
anyone looked at the extractor's output on it (the NOTES.md beside each says how).  Set 1
was then used to tune; sets 2, 3 and 4 were first scored blind, and the figures printed
here are today's, not the blind ones (see README).  Runs `negot-tui extract --jsonl` through the
CLI module and the official scorer, and adds what the scorer leaves out: of the dates the
extractor gives, how many are wrong (a wrong date is worse than none).  Every set also has a
positions gold (positions.jsonl, 292 positions in all, each annotated blind the same way;
see each POSITIONS-NOTES.md), scored with the scorer's --positions.  Set 4's was made
first and then used to tune; sets 1-3's (2026-11-22) were scored blind once (see README).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1].parent / "shared"
SCORER = SHARED / "tools" / "score_quotes.py"


def _score(gold: Path, pred: Path, *flags: str) -> dict:
    out = subprocess.run([sys.executable, str(SCORER), str(gold), str(pred), "--json", *flags],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out[:out.rindex("}") + 1])


def _dates(gold: Path, pred: Path) -> dict:
    sys.path.insert(0, str(SCORER.parent))
    from score_quotes import article_key, overlap_f1, tokens

    golds = [json.loads(line) for line in gold.read_text("utf-8").splitlines() if line.strip()]
    preds = [json.loads(line) for line in pred.read_text("utf-8").splitlines() if line.strip()]
    preds = [p for p in preds if p.get("type", "quote") == "quote"]
    given = wrong = 0
    for g in golds:
        cands = [p for p in preds if article_key(p["article"]) == article_key(g["article"])]
        best = max(cands, key=lambda p: overlap_f1(tokens(p["quote"]), tokens(g["quote"])), default=None)
        if best is None or overlap_f1(tokens(best["quote"]), tokens(g["quote"])) < 0.7 or not best.get("date"):
            continue
        given += 1
        wrong += best["date"][:10] != (g.get("date") or "")[:10]
    return {"dates_given": given, "dates_wrong": wrong}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", action="store_true", help="one JSON object instead of a table")
    args = ap.parse_args()
    if not SCORER.is_file():
        sys.exit(f"no scorer at {SCORER}: this bench needs ../shared beside the repository")
    results, positions = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        all_gold, all_pred = Path(tmp, "gold.jsonl"), Path(tmp, "pred.jsonl")
        for gold in sorted(HERE.glob("heldout/set*/quotes.jsonl")):
            names = sorted({json.loads(line)["article"] for line in gold.read_text("utf-8").splitlines() if line})
            pred = Path(tmp, gold.parent.name + ".jsonl")
            with pred.open("w", encoding="utf-8") as fh:
                subprocess.run([sys.executable, "-m", "tui.cli", "extract",
                                *[str(SHARED / "corpus" / "news" / n) for n in names], "--jsonl"],
                               stdout=fh, check=True, cwd=HERE.parents[1])
            with all_gold.open("a", encoding="utf-8") as g, all_pred.open("a", encoding="utf-8") as p:
                g.write(gold.read_text("utf-8"))
                p.write(pred.read_text("utf-8"))
            results[gold.parent.name] = {**_score(gold, pred), **_dates(gold, pred)}
            pos_gold = gold.with_name("positions.jsonl")
            if pos_gold.is_file():
                positions[gold.parent.name] = _score(pos_gold, pred, "--positions")
        results["all"] = {**_score(all_gold, all_pred), **_dates(all_gold, all_pred)}
    keys = ("gold", "span_f1", "attributed_f1", "attributed_precision", "attributed_recall",
            "party_accuracy_on_matched", "date_accuracy_on_matched", "dates_given", "dates_wrong")
    pkeys = ("gold", "f1", "precision", "recall", "party_issue_f1", "party_issue_precision", "party_issue_recall")
    if args.json:
        print(json.dumps({"quotes": {k: {f: v[f] for f in keys} for k, v in results.items()},
                          "positions": {k: {f: v[f] for f in pkeys} for k, v in positions.items()}}, indent=2))
        return
    labels = ("quotes", "span F1", "attrib F1", "attrib P", "attrib R", "party acc", "date acc", "dates given",
              "dates wrong")
    print("set    " + " ".join(f"{k:>12}" for k in labels))
    for name, r in results.items():
        print(f"{name:6} " + " ".join(f"{r[k]:12.3f}" if isinstance(r[k], float) else f"{r[k]:>12}" for k in keys))
    if positions:
        print("\npositions (party, issue, stance), where a set has a positions gold:")
        plabels = ("positions", "F1", "P", "R", "party-issue F1", "party-issue P", "party-issue R")
        print("set    " + " ".join(f"{k:>14}" for k in plabels))
        for name, r in positions.items():
            print(f"{name:6} " + " ".join(f"{r[k]:14.3f}" if isinstance(r[k], float) else f"{r[k]:>14}"
                                         for k in pkeys))


if __name__ == "__main__":
    main()
