"""Search benchmark on a synthetic archive made of real article text (not collected by pytest).

    .venv/bin/python tests/bench/search.py --quotes 1000000 --db /tmp/negot-bench-1m.db --json

Why each part is measured the way it is:
- The archive: quotes are recombined from real sentences and quoted spans of
  the shared seeds, PolNeAR texts and news corpus (1-3 contiguous fragments
  per quote), so vocabulary, word frequencies and lengths are those of news
  text, not Zipf-random words. 50 quotes per article, stored through
  `store.ingest.ingest_extracted` (the ingest path after extraction, with
  speaker resolution, FTS triggers and the vocabulary). The ingest rate is
  measured while building and kept in the database's meta table so a reused
  database (`--db`, rebuilt only if missing or of another size) reports it.
- Queries: 200 stored quotes, 2-4 of their words (4+ letters, not stopwords,
  spread over the quote, in order, as a user remembers them) with one typo
  (deletion, transposition, insertion or substitution in a word of 5+
  letters), typed without a trailing space. A word set that more than 10
  quotes contain exactly cannot single out its source for any method, so it
  is redrawn (`ambiguous_redrawn` counts them). Found = the source quote (or
  a quote with identical text) is in the top 10.
- worker_p50/p99: the same queries as the TUI runs them, each from a new thread
  borrowing `store.db.reader`'s warm connection, limit 50 (a second pass, so
  the page cache is warm as it is while typing).
- Brute force: rapidfuzz `process.extract(query, all_quotes, scorer=WRatio)`
  over every quote (lowercased once beforehand, untimed), timed on 20 of the
  queries; recall for both methods on those same 20.
- TUI: a subprocess starts the app headless (Textual `run_test`); launch_s is
  from just before the subprocess starts until the results list holds rows;
  then it types one query and waits for its results (tui_query_ms, including
  the 0.12 s debounce); peak_rss_mb is the child's ru_maxrss (vm_hwm_mb its
  VmHWM), measured before this process opens the database (ru_maxrss of a
  child starts at its parent's peak).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

SOURCES = [Path("/work/shared/seeds"), Path("/work/shared/corpus/news"),
           *sorted(Path("/work/shared/eval").glob("*/text"))]
PARTIES = ["Israel", "Hamas", "Qatar", "Egypt", "United States", "Other"]
FIRST = ["Yossi", "Ahmed", "Sarah", "Omar", "David", "Layla", "Moshe", "Khalil", "Rana", "Eli",
         "Fatima", "Noam", "Hassan", "Miriam", "Tariq", "Avi", "Nour", "Daniel", "Samir", "Yael"]
LAST = ["Cohen", "Haddad", "Levi", "Nasser", "Mizrahi", "Khalidi", "Peretz", "Awad", "Katz",
        "Saleh", "Friedman", "Barghouti", "Shapiro", "Mansour", "Rosen", "Darwish", "Klein",
        "Hamdan", "Biton", "Qasem"]
DESCRIPTORS = ["a senior official", "an Egyptian source", "a source familiar with the talks",
               "officials", "a diplomat", "a spokesperson"]
PER_ARTICLE = 50
TUI_QUERY = "hostges relase"  # typed into the app once it shows its first results
STOP = set("""a about above after again against all also am an and any are as at be because been
before being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is it its
itself just me more most my myself no nor not now of off on once only or other our ours ourselves
out over own same she should so some such than that the their theirs them themselves then there
these they this those through to too under until up very was we were what when where which while
who whom why will with would you your yours yourself yourselves said says told according""".split())


# -- building -----------------------------------------------------------------------------

def text_units() -> list[list[str]]:
    """Real sentences and quoted spans, as word lists (tokens keep their punctuation)."""
    units: list[list[str]] = []
    for folder in SOURCES:
        for f in sorted(folder.glob("*.txt")) if folder.exists() else ():
            text = f.read_text("utf-8", errors="replace")
            for para in re.split(r"\n\s*\n|\n", text):
                para = " ".join(para.split())
                spans = re.findall(r"[\u201c\"]([^\u201c\u201d\"]{20,400})[\u201d\"]", para)
                sents = re.split(r"(?<=[.!?])[\u201d\"]?\s+(?=[\u201c\"A-Z])", para)
                for s in [*spans, *sents]:
                    ws = s.strip(" \u201c\u201d\"").split()
                    if 5 <= len(ws) <= 60:
                        units.append(ws)
    return units


def make_quote(rng: random.Random, units: list[list[str]]) -> str:
    """1-3 contiguous fragments of real sentences: realistic words, rarely a repeated quote."""
    parts = []
    for _ in range(rng.choices((1, 2, 3), weights=(3, 5, 2))[0]):
        u = rng.choice(units)
        n = rng.randint(min(4, len(u)), min(len(u), 24))
        s = rng.randint(0, len(u) - n)
        parts.append(" ".join(u[s:s + n]).rstrip(",;:."))
    return ", ".join(parts)


def build(path: Path, n_quotes: int, seed: int = 7) -> float:
    """Build the archive through the store's ingest; returns quotes per second."""
    from extract.records import ArticleMeta, ExtractedArticle, Quote
    from store.db import open_db
    from store.ingest import ingest_extracted
    from store.schema import set_meta

    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    rng = random.Random(seed)
    units = text_units()
    people = [(f"{f} {l}", rng.choice(PARTIES)) for f in FIRST for l in LAST]
    db = open_db(path)
    t0 = time.perf_counter()
    n_articles = -(-n_quotes // PER_ARTICLE)
    for a in range(n_articles):
        paras, quotes, pos = [], [], 0
        day = f"{rng.choice((2023, 2024, 2025))}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        for _ in range(min(PER_ARTICLE, n_quotes - a * PER_ARTICLE)):
            text = make_quote(rng, units)
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
        if a % 2000 == 1999:
            done = (a + 1) * PER_ARTICLE
            print(f"  {done:,} quotes ({done / (time.perf_counter() - t0):,.0f}/s)",
                  file=sys.stderr)
    rate = n_quotes / (time.perf_counter() - t0)
    set_meta(db, "bench_quotes", n_quotes)
    set_meta(db, "bench_ingest_qps", f"{rate:.1f}")
    db.conn.execute("PRAGMA optimize")
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    print(f"built {n_quotes:,} quotes in {n_quotes / rate:.0f} s ({rate:,.0f}/s)", file=sys.stderr)
    return rate


def ensure_db(path: Path, n_quotes: int, rebuild: bool) -> float:
    from store.db import open_db
    from store.errors import StoreError
    from store.schema import get_meta

    if path.exists() and not rebuild:
        try:
            db = open_db(path, readonly=True)
        except StoreError:
            pass
        else:
            try:
                stored = get_meta(db, "bench_quotes")
                rate = get_meta(db, "bench_ingest_qps")
            finally:
                db.close()
            if stored == str(n_quotes) and rate:
                return float(rate)
    return build(path, n_quotes)


# -- queries --------------------------------------------------------------------------------

def typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    op = rng.choice("dtis")
    if op == "d":
        return word[:i] + word[i + 1:]
    if op == "t":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    letter = rng.choice([c for c in "abcdefghilmnoprstuy" if c != word[i]])
    if op == "i":
        return word[:i] + letter + word[i:]
    return word[:i] + letter + word[i + 1:]


def make_queries(db, rng: random.Random, n: int) -> tuple[list[tuple[int, str, str]], int]:
    """(source quote id, its text, query) for n distinctive quotes; and how many were redrawn."""
    from store.text import words

    max_id = db.conn.execute("SELECT max(id) FROM quotes").fetchone()[0]
    out, redrawn = [], 0
    while len(out) < n:
        qid = rng.randint(1, max_id)
        row = db.conn.execute("SELECT quote FROM quotes WHERE id = ?", (qid,)).fetchone()
        if not row:
            continue
        ws = [w for w in words(row[0]) if len(w) >= 4 and w not in STOP and w.isalpha()]
        k = rng.choice((2, 3, 4))
        if len(set(ws)) < k:
            continue
        picked: list[str] = []
        for seg in range(k):  # one word from each k-th of the quote
            part = [w for w in ws[seg * len(ws) // k:(seg + 1) * len(ws) // k] if w not in picked]
            if part:
                picked.append(rng.choice(part))
        if len(picked) < 2 or not any(len(w) >= 5 for w in picked):
            continue
        match = " AND ".join(f'"{w}"' for w in picked)
        same = db.conn.execute("SELECT count(*) FROM (SELECT 1 FROM quotes_fts WHERE "
                               "quotes_fts MATCH ? LIMIT 11)", (match,)).fetchone()[0]
        if same > 10:
            redrawn += 1
            continue
        i = rng.choice([j for j, w in enumerate(picked) if len(w) >= 5])
        picked[i] = typo(picked[i], rng)
        out.append((qid, row[0], " ".join(picked)))
    return out, redrawn


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def found(source_id: int, source_text: str, ids: list[int], texts: list[str]) -> bool:
    return source_id in ids or source_text in texts


# -- the TUI child --------------------------------------------------------------------------

def tui_child(db_path: str, t0: float, query: str) -> None:
    """Run in a subprocess: launch the app headless, time first results, type a query."""
    import asyncio

    from tui.app import NegotApp

    async def run() -> dict:
        app = NegotApp(db_path)
        out: dict = {}
        async with app.run_test(size=(120, 40)) as pilot:
            def rows():
                try:
                    return [r for r in app.screen.query_one("#results").rows if r is not None]
                except Exception:  # noqa: BLE001 - screen not mounted yet
                    return []

            while not rows():
                await asyncio.sleep(0.005)
            out["launch_s"] = time.time() - t0
            first = rows()[0]
            t = time.perf_counter()
            app.screen.query_one("#query").value = query
            while True:
                await asyncio.sleep(0.005)
                now = rows()
                if now and now[0] is not first:
                    break
                if time.perf_counter() - t > 30:
                    break
            out["tui_query_ms"] = (time.perf_counter() - t) * 1000  # includes the debounce
        return out

    out = asyncio.run(run())
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with open("/proc/self/status") as f:  # this process's own peak (ru_maxrss inherits the
        for line in f:                    # parent's at fork, hence the TUI runs first)
            if line.startswith("VmHWM:"):
                out["vm_hwm_mb"] = int(line.split()[1]) / 1024
    print(json.dumps(out))


def measure_tui(db_path: Path, query: str) -> dict:
    t0 = time.time()
    proc = subprocess.run([sys.executable, __file__, "--tui-child", str(db_path), "--t0", repr(t0),
                           "--tui-query", query], capture_output=True, text=True, timeout=300,
                          cwd=str(ROOT))
    if proc.returncode != 0:
        raise SystemExit(f"TUI child failed: {proc.stderr.strip().splitlines()[-1:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# -- main -----------------------------------------------------------------------------------

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quotes", type=int, default=100_000)
    ap.add_argument("--db", type=Path, default=None,
                    help="database to reuse (rebuilt only if missing or of another size)")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--brute", type=int, default=20, help="queries also run by brute force")
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--build-only", action="store_true")
    ap.add_argument("--no-tui", action="store_true")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--tui-child", help=argparse.SUPPRESS)
    ap.add_argument("--t0", type=float, help=argparse.SUPPRESS)
    ap.add_argument("--tui-query", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.tui_child:
        tui_child(args.tui_child, args.t0, args.tui_query)
        return 0
    path = args.db or Path(f"/tmp/negot-bench-{args.quotes}.db")
    rate = ensure_db(path, args.quotes, args.rebuild)
    if args.build_only:
        return 0

    from rapidfuzz import fuzz, process, utils

    from store.db import close_readers, open_db, reader
    from store.search import search_quotes

    # the TUI first, while this process is small: a child's ru_maxrss starts at its parent's
    tui = {} if args.no_tui else measure_tui(path, TUI_QUERY)
    db = open_db(path, readonly=True)
    n = db.conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
    qs, redrawn = make_queries(db, random.Random(11), args.queries)
    search_quotes(db, "warmup misspeled", limit=10)  # loads the vocabulary cache once
    times, hits = [], []
    for qid, text, q in qs:
        t = time.perf_counter()
        res = search_quotes(db, q, limit=10)
        times.append((time.perf_counter() - t) * 1000)
        hits.append(found(qid, text, [h.row.id for h in res], [h.row.quote for h in res]))

    # the TUI's path: a new worker thread per keystroke borrowing store.db.reader's connection
    w_times = []
    for _, _, q in qs:
        box: list[float] = []

        def work(q=q):
            t = time.perf_counter()
            with reader(path) as rdb:
                search_quotes(rdb, q, limit=50)
            box.append((time.perf_counter() - t) * 1000)

        th = threading.Thread(target=work)
        th.start()
        th.join()
        w_times += box
    close_readers()

    # brute force on the first `--brute` queries
    rows = db.conn.execute("SELECT id, quote FROM quotes ORDER BY id").fetchall()
    ids = [r[0] for r in rows]
    texts = [r[1] for r in rows]
    choices = [utils.default_process(t) for t in texts]
    del rows
    b_times, b_hits, f_hits = [], [], []
    for i, (qid, text, q) in enumerate(qs[:args.brute]):
        t = time.perf_counter()
        top = process.extract(utils.default_process(q), choices, scorer=fuzz.WRatio,
                              processor=None, limit=10)
        b_times.append((time.perf_counter() - t) * 1000)
        b_hits.append(found(qid, text, [ids[j] for _, _, j in top], [texts[j] for _, _, j in top]))
        f_hits.append(hits[i])
        print(f"  brute {i + 1}/{args.brute}: {b_times[-1]:.0f} ms", file=sys.stderr)
    del choices, texts, ids
    db.close()

    p50 = statistics.median(times)
    out = {
        "quotes": n,
        "ingest_quotes_per_s": round(rate, 1),
        "db_mb": round(os.path.getsize(path) / 2**20, 1),
        "queries": len(qs),
        "ambiguous_redrawn": redrawn,
        "p50_ms": round(p50, 2),
        "p99_ms": round(pct(times, 99), 2),
        "max_ms": round(max(times), 2),
        "recall_at_10": round(sum(hits) / len(hits), 3),
        "worker_p50_ms": round(statistics.median(w_times), 2),
        "worker_p99_ms": round(pct(w_times, 99), 2),
        "brute_queries": len(b_times),
        "brute_p50_ms": round(statistics.median(b_times), 1) if b_times else None,
        "brute_recall_at_10": round(sum(b_hits) / len(b_hits), 3) if b_hits else None,
        "recall_at_10_on_brute_queries": round(sum(f_hits) / len(f_hits), 3) if f_hits else None,
        "speedup": round(statistics.median(b_times) / p50, 1) if b_times else None,
    }
    if tui:
        out["launch_s"] = round(tui["launch_s"], 3)
        out["peak_rss_mb"] = round(tui["peak_rss_mb"], 1)
        out["vm_hwm_mb"] = round(tui.get("vm_hwm_mb", 0), 1)
        out["tui_query_ms"] = round(tui["tui_query_ms"], 1)
    if args.json:
        print(json.dumps(out))
    else:
        for k, v in out.items():
            print(f"{k:<32}{v}")
        misses = [q for (_, _, q), h in zip(qs, hits) if not h]
        print("missed:", misses[:20])
    return 0


if __name__ == "__main__":
    sys.exit(main())
