"""Crash safety: `negot-tui ingest` killed with SIGKILL at a random moment leaves a sound
database (integrity check, foreign keys, full-text index), no half-stored article, and a
re-run ends with exactly the counts of an uninterrupted run.

Runs the real command in a subprocess on the shared seeds and news corpus when present,
topped up with synthetic articles to ~60.  Kill moments come from a seeded RNG.
"""
from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

SHARED = Path("/work/shared")
TOTAL = 60
TRIALS = (11, 23, 37)  # RNG seeds: one kill moment each
TABLES = ("articles", "quotes", "reported", "positions", "speakers", "speaker_aliases")

NAMES = [("Osama Hamdan", "Hamas"), ("Benjamin Netanyahu", "Israel"), ("Majed al-Ansari", "Qatar"),
         ("Antony Blinken", "United States"), ("Khalil al-Hayya", "Hamas"),
         ("Yoav Gallant", "Israel"), ("Badr Abdelatty", "Egypt")]
ISSUES = ["a permanent ceasefire", "the release of all hostages", "a full withdrawal from Gaza",
          "the Philadelphi corridor", "humanitarian aid", "prisoner exchanges"]


def synthetic(i: int) -> str:
    rng = random.Random(i)
    (a, pa), (b, pb) = rng.sample(NAMES, 2)
    issue, other = rng.sample(ISSUES, 2)
    day = 1 + i % 28
    return (f"title: Talks resume in Doha, round {i}\n"
            f"published: 2024-{1 + i % 12:02d}-{day:02d}\n\n"
            f"Negotiators met again on Monday in round {i} of the talks.\n\n"
            f"\u201cWe insist on {issue}, and we will not give that up,\u201d {a} said in a "
            f"statement.\n\n"
            f"{b} told reporters: \u201cThere is no agreement on {other} yet, but round {i} "
            f"was serious.\u201d\n\n"
            f"{a} said the {pa} delegation would return next week, while {pb} officials said "
            f"they were studying the proposal number {i * 7}.\n")


def make_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    for folder in (SHARED / "seeds", SHARED / "corpus" / "news"):
        if folder.is_dir():
            for f in sorted(folder.glob("*.txt")):
                shutil.copy(f, corpus / f"{folder.name}_{f.name}")
    n = len(list(corpus.iterdir()))
    for i in range(max(0, TOTAL - n)):
        (corpus / f"synthetic_{i:03d}.txt").write_text(synthetic(i), encoding="utf-8")
    return corpus


def command() -> list[str]:
    exe = Path(sys.executable).with_name("negot-tui")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "tui"]


def ingest(db: Path, corpus: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*command(), "ingest", "--db", str(db), str(corpus)],
                          capture_output=True, text=True, timeout=300)


def snapshot(db: Path) -> dict:
    """Table counts, vocabulary total and per-article record counts keyed by content hash."""
    conn = sqlite3.connect(db)
    try:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        counts["vocab"] = conn.execute("SELECT coalesce(sum(count), 0) FROM vocab").fetchone()[0]
        per_article = {}
        for h, aid in conn.execute("SELECT content_hash, id FROM articles"):
            per_article[h] = tuple(
                conn.execute(f"SELECT count(*) FROM {t} WHERE article_id = ?", (aid,)).fetchone()[0]
                for t in ("quotes", "reported", "positions"))
        return {"counts": counts, "articles": per_article}
    finally:
        conn.close()


def check_sound(db: Path) -> None:
    """What a crash must never leave behind."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "articles" not in tables:  # killed before the schema was made: nothing to check
            return
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for t in ("quotes", "reported", "positions"):
            orphans = conn.execute(f"SELECT count(*) FROM {t} WHERE article_id NOT IN "
                                   "(SELECT id FROM articles)").fetchone()[0]
            assert orphans == 0, t
        for fts in ("quotes_fts", "reported_fts"):
            if fts in tables:
                conn.execute(f"INSERT INTO {fts}({fts}) VALUES('integrity-check')")
    finally:
        conn.close()


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    root = tmp_path_factory.mktemp("crash")
    corpus = make_corpus(root)
    db = root / "clean.db"
    started = time.monotonic()
    proc = ingest(db, corpus)
    took = time.monotonic() - started
    assert proc.returncode == 0, proc.stderr[-2000:]
    snap = snapshot(db)
    assert snap["counts"]["articles"] == len(list(corpus.iterdir()))
    assert snap["counts"]["quotes"] > 0
    return corpus, snap, took


def test_kill_at_random_moments_then_resume(clean, tmp_path):
    corpus, expected, took = clean
    interrupted = 0
    for seed in TRIALS:
        rng = random.Random(seed)
        db = tmp_path / f"killed_{seed}.db"
        for _ in range(2):  # killed twice in a row before the resume
            proc = subprocess.Popen([*command(), "ingest", "--db", str(db), str(corpus)],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.1, took * 0.9))
            proc.kill()  # SIGKILL: no cleanup, no rollback by the program
            proc.wait(timeout=30)
            if not db.exists():
                continue
            check_sound(db)
            partial = snapshot(db)
            # no half-ingested article: each stored article has all of its records
            for digest, records in partial["articles"].items():
                assert records == expected["articles"][digest], (seed, digest)
            if 0 < partial["counts"]["articles"] < expected["counts"]["articles"]:
                interrupted += 1
        resumed = ingest(db, corpus)
        assert resumed.returncode == 0, resumed.stderr[-2000:]
        assert "Traceback" not in resumed.stderr
        check_sound(db)
        got = snapshot(db)
        assert got["counts"] == expected["counts"], seed
        assert got["articles"] == expected["articles"], seed
    assert interrupted >= 1, "no kill landed mid-ingest; the test proved nothing"


def test_killed_database_opens_for_the_tui_and_search(clean, tmp_path):
    """After a kill, read-only users (TUI, `negot-tui search`) work without a re-run."""
    corpus, expected, took = clean
    db = tmp_path / "k.db"
    proc = subprocess.Popen([*command(), "ingest", "--db", str(db), str(corpus)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + took * 2 + 5
    while time.monotonic() < deadline:  # wait for some articles, then kill
        time.sleep(0.1)
        try:
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            n = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            conn.close()
        except sqlite3.Error:
            continue
        if n >= 3:
            break
    proc.kill()
    proc.wait(timeout=30)
    out = subprocess.run([*command(), "search", "--db", str(db), "--jsonl", "said"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr


def test_two_ingests_of_the_same_folder_at_once(clean, tmp_path):
    """A second `negot-tui ingest` started while the first runs: neither fails (no
    "database is locked", no duplicate-key error), every article is stored once."""
    corpus, expected, took = clean
    db = tmp_path / "two.db"
    procs = []
    for delay in (0, 0.3):
        time.sleep(delay)
        procs.append(subprocess.Popen([*command(), "ingest", "--db", str(db), str(corpus)],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                      text=True))
    results = [p.communicate(timeout=300) for p in procs]
    for proc, (out, err) in zip(procs, results):
        failures = [line for line in err.splitlines() if "] " not in line]
        assert proc.returncode == 0, failures[:5]
        assert "locked" not in err and "Traceback" not in err
    added = sum(int(out.split("negot-tui: ", 1)[1].split(" added")[0]) for out, _ in results)
    assert added == expected["counts"]["articles"]
    check_sound(db)
    got = snapshot(db)
    assert got["articles"] == expected["articles"]  # each article whole, none twice
    for table in ("articles", "quotes", "reported", "positions"):
        assert got["counts"][table] == expected["counts"][table]


def test_ctrl_c_says_how_to_finish(clean, tmp_path):
    """SIGINT mid-ingest: exit 130, one line saying the stored articles are whole and how to
    go on, no traceback; the database is sound and a re-run completes it."""
    import signal

    corpus, expected, took = clean
    db = tmp_path / "int.db"
    proc = subprocess.Popen([*command(), "ingest", "--db", str(db), str(corpus)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + took * 2 + 5
    while time.monotonic() < deadline:  # wait until it is storing articles
        time.sleep(0.05)
        try:
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            n = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            conn.close()
        except sqlite3.Error:
            continue
        if n >= 2:
            break
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    if proc.returncode == 0:
        pytest.skip("ingest finished before the interrupt arrived")
    assert proc.returncode == 130
    lines = [line for line in err.splitlines() if "] " not in line]
    assert lines == ["negot-tui: interrupted; the articles stored so far are complete, run the "
                     "same command again to add the rest"]
    check_sound(db)
    partial = snapshot(db)
    for digest, records in partial["articles"].items():
        assert records == expected["articles"][digest]
    assert ingest(db, corpus).returncode == 0
    assert snapshot(db)["counts"] == expected["counts"]
