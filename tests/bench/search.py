"""Search latency benchmark on a synthetic corpus (not collected by pytest).

    .venv/bin/python tests/bench/search.py --quotes 1000000 --db /tmp/negot-bench.db

Builds the database once (through the real `ingest_extracted`, 50 quotes per
article, words drawn Zipf-like from the shared news corpus plus rare synthetic
words, speakers from a pool of named people and unnamed sources), then times
`search_quotes` over a mix of queries: common and rare words, several words,
misspellings, half-typed words, filters, the empty query. Prints p50/p95/max
per kind and overall. Target: p50 <= 25 ms at 1M quotes.
"""
from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from extract.records import ArticleMeta, ExtractedArticle, Quote  # noqa: E402
from store.db import open_db, reader  # noqa: E402
from store.ingest import ingest_extracted  # noqa: E402
from store.search import search_quotes  # noqa: E402

PARTIES = ["Israel", "Hamas", "Qatar", "Egypt", "United States", "Other"]
FIRST = ["Yossi", "Ahmed", "Sarah", "Omar", "David", "Layla", "Moshe", "Khalil", "Rana", "Eli",
         "Fatima", "Noam", "Hassan", "Miriam", "Tariq", "Avi", "Nour", "Daniel", "Samir", "Yael"]
LAST = ["Cohen", "Haddad", "Levi", "Nasser", "Mizrahi", "Khalidi", "Peretz", "Awad", "Katz",
        "Saleh", "Friedman", "Barghouti", "Shapiro", "Mansour", "Rosen", "Darwish", "Klein",
        "Hamdan", "Biton", "Qasem"]
DESCRIPTORS = ["a senior official", "an Egyptian source", "a source familiar with the talks",
               "officials", "a diplomat", "a spokesperson"]


def corpus_words() -> list[str]:
    words: list[str] = []
    for folder in (Path("/work/shared/corpus/news"), Path("/work/shared/seeds"),
                   ROOT / "store" / "demo"):
        for f in sorted(folder.glob("*.txt")) if folder.exists() else ():
            words += re.findall(r"[A-Za-z][A-Za-z'-]+", f.read_text("utf-8", errors="replace"))
    return words


def make_vocab(rng: random.Random, n_rare: int = 60000) -> tuple[list[str], list[float]]:
    counts: dict[str, int] = {}
    for w in corpus_words():
        counts[w] = counts.get(w, 0) + 1
    real = sorted(counts, key=lambda w: -counts[w])
    letters = "abcdefghijklmnoprstuvwyz"
    rare = ["".join(rng.choice(letters) for _ in range(rng.randint(5, 11))) for _ in range(n_rare)]
    vocab = real + rare
    cum, total = [], 0.0
    for i in range(len(vocab)):
        total += 1.0 / (i + 1) ** 1.05  # Zipf-like
        cum.append(total)
    return vocab, cum


def build(path: Path, n_quotes: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    vocab, cum = make_vocab(rng)
    people = [(f"{f} {l}", rng.choice(PARTIES)) for f in FIRST for l in LAST]
    db = open_db(path)
    per_article = 50
    t0 = time.perf_counter()
    for a in range(n_quotes // per_article):
        paras, quotes, pos = [], [], 0
        day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        for _ in range(per_article):
            text = " ".join(rng.choices(vocab, cum_weights=cum, k=rng.randint(8, 40)))
            if rng.random() < 0.15:
                speaker, party = rng.choice(DESCRIPTORS), rng.choice(PARTIES)
            else:
                speaker, party = rng.choice(people)
                if rng.random() < 0.3:
                    speaker = speaker.split()[-1]
            para = f"\u201c{text},\u201d {speaker} said."
            start = pos + 1
            quotes.append(Quote(article=f"a{a}.txt", quote=text, speaker=speaker, party=party,
                                faction=None, date=day if rng.random() < 0.5 else None,
                                kind="full", start=start, end=start + len(text), cue="said",
                                paragraph=para))
            paras.append(para)
            pos += len(para) + 1
        art = ExtractedArticle(meta=ArticleMeta(name=f"a{a}.txt", outlet="Bench News",
                                                published=day, title=f"Article {a}"),
                               text="\n".join(paras), quotes=quotes)
        ingest_extracted(db, art, content_hash=f"bench-{a}")
        if a % 1000 == 999:
            done = (a + 1) * per_article
            rate = done / (time.perf_counter() - t0)
            print(f"  {done:,} quotes ingested ({rate:,.0f}/s)", file=sys.stderr)
    db.conn.execute("PRAGMA optimize")
    db.close()
    print(f"built {n_quotes:,} quotes in {time.perf_counter() - t0:.0f} s", file=sys.stderr)


def typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    op = rng.choice("dsi")
    if op == "d":
        return word[:i] + word[i + 1:]
    if op == "s":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + rng.choice("aeiou") + word[i:]


def queries(db, rng: random.Random, n: int) -> list[tuple[str, str, dict]]:
    rows = db.conn.execute("SELECT word, count FROM vocab WHERE length(word) >= 6 "
                           "ORDER BY count DESC LIMIT 3000").fetchall()
    common = [w for w, _ in rows[:300]]
    mid = [w for w, _ in rows[300:]]
    rare = [r[0] for r in db.conn.execute(
        "SELECT word FROM vocab WHERE count BETWEEN 2 AND 20 AND length(word) >= 6 LIMIT 3000")]
    max_id = db.conn.execute("SELECT max(id) FROM quotes").fetchone()[0]

    def from_quote(k: int) -> list[str]:
        """k words of one random quote: what a user remembers of something said."""
        while True:
            row = db.conn.execute("SELECT quote FROM quotes WHERE id = ?",
                                  (rng.randint(1, max_id),)).fetchone()
            ws = [w for w in re.findall(r"[a-z]+", row[0].lower()) if len(w) >= 4] if row else []
            if len(ws) >= k:
                return rng.sample(ws, k)

    kinds = {
        "common word": lambda: (rng.choice(common) + " ", {}),
        "rare word": lambda: (rng.choice(rare) + " ", {}),
        "two words": lambda: (" ".join(from_quote(2)) + " ", {}),
        "three words": lambda: (" ".join(from_quote(3)) + " ", {}),
        "misspelt": lambda: (typo(rng.choice(mid), rng) + " ", {}),
        "2 words, typo": lambda: (" ".join([typo(w, rng) if len(w) > 5 else w
                                            for w in from_quote(2)]) + " ", {}),
        "half-typed": lambda: (rng.choice(mid)[:4], {}),
        "typing, typo": lambda: (typo(rng.choice(mid), rng)[:7], {}),
        "word+party": lambda: (rng.choice(common) + " ", {"party": rng.choice(PARTIES)}),
        "word+dates": lambda: (rng.choice(common) + " ", {"date_from": "2024-03-01",
                                                          "date_to": "2024-05-31"}),
        "empty": lambda: ("", {}),
        "speaker": lambda: (rng.choice(LAST).lower() + " ", {}),
    }
    out = []
    names = list(kinds)
    for i in range(n):
        kind = names[i % len(names)]
        q, kw = kinds[kind]()
        out.append((kind, q, kw))
    return out


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quotes", type=int, default=100_000)
    ap.add_argument("--db", type=Path, default=Path("/tmp/negot-bench.db"))
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--reopen", action="store_true",
                    help="open a new read-only connection per query (a worker without a pool)")
    ap.add_argument("--reader", action="store_true",
                    help="borrow store.db.reader's pooled connection per query, from a new "
                         "thread each time (as Textual thread workers do)")
    args = ap.parse_args()
    if args.rebuild and args.db.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(str(args.db) + suffix).unlink(missing_ok=True)
    if not args.db.exists():
        build(args.db, args.quotes)
    db = open_db(args.db, readonly=True)
    n = db.conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
    rng = random.Random(11)
    qs = queries(db, rng, args.queries)
    search_quotes(db, "warmup misspeled", limit=50)  # loads the vocabulary cache once
    times: dict[str, list[float]] = {}
    empty_results = 0
    for kind, q, kw in qs:
        t = time.perf_counter()
        if args.reader:
            box = []

            def work(q=q, kw=kw):
                with reader(args.db) as rdb:
                    box.append(search_quotes(rdb, q, limit=50, **kw))

            th = threading.Thread(target=work)
            th.start()
            th.join()
            hits = box[0]
        elif args.reopen:
            conn_db = open_db(args.db, readonly=True)
            hits = search_quotes(conn_db, q, limit=50, **kw)
            conn_db.close()
        else:
            hits = search_quotes(db, q, limit=50, **kw)
        times.setdefault(kind, []).append((time.perf_counter() - t) * 1000)
        empty_results += not hits
    print(f"{n:,} quotes, {len(qs)} queries (limit 50); {empty_results} returned nothing")
    print(f"{'kind':<14}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}")
    for kind, ts in times.items():
        print(f"{kind:<14}{statistics.median(ts):9.1f}{pct(ts, 95):9.1f}{max(ts):9.1f}")
    allt = [t for ts in times.values() for t in ts]
    print(f"{'overall':<14}{statistics.median(allt):9.1f}{pct(allt, 95):9.1f}{max(allt):9.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
