"""`negot-tui ingest` on a folder of bad files: good ones stored, each bad one named on one
line with its reason, exit status 1 only when something failed, never a traceback.

The bad corpus is generated here (tmp_path); the 50 MB file is sparse, so it costs nothing.
We may run as root, where chmod 000 does not stop reads: unreadable files are simulated
by making `open` raise PermissionError in-process, and tested for real when not root.
"""
from __future__ import annotations

import builtins
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from store.db import open_db
from tui.cli import main

GOOD = ('Hamas official Osama Hamdan said on Tuesday: "We will not accept any deal '
        'that does not end the war."\n')
CP1252 = 'Benjamin Netanyahu said: \u201cWe will bring them all home,\u201d at the caf\u00e9.\n'
UTF16 = 'Qatar\'s prime minister said: "Talks on the hostages are continuing in Doha."\n'
INVALID_UTF8 = b'Biden said: "A deal is close." \xc3\x28 na\xefve \xff\n'

# file name -> the exact reason printed after "negot-tui: <path>: "
BAD = {
    "binary.txt": "binary file, not article text",
    "image.txt": "binary file, not article text",
    "empty.txt": "empty file",
    "blank.txt": "empty file",
    "big.txt": "too large (51200 KB; the limit is 5120 KB)",
    "nul.txt": "binary file (contains NUL bytes), not article text",
    "bad_utf16.txt": "invalid UTF-16 text at byte 6",
}
GOOD_FILES = ["good.txt", "cp1252.txt", "utf16le.txt", "utf16be.txt", "utf8bom.txt",
              "invalid_utf8.txt", "crlf.txt"]


def make_bad_corpus(root: Path) -> Path:
    """Every kind of bad file next to good ones (including a symlink loop)."""
    d = root / "corpus"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "cp1252.txt").write_bytes(CP1252.encode("cp1252"))
    (d / "utf16le.txt").write_bytes(("\ufeff" + UTF16).encode("utf-16-le"))
    (d / "utf16be.txt").write_bytes(("\ufeff" + UTF16.replace("Doha", "Cairo")).encode("utf-16-be"))
    (d / "utf8bom.txt").write_bytes(("\ufeff" + GOOD.replace("Tuesday", "Monday")).encode("utf-8"))
    (d / "invalid_utf8.txt").write_bytes(INVALID_UTF8)
    (d / "crlf.txt").write_bytes(GOOD.replace("Tuesday", "Friday").replace("\n", "\r\n")
                                 .encode("utf-8"))
    (d / "binary.txt").write_bytes(bytes(range(1, 256)) * 40)
    (d / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"IHDR" * 50)
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_bytes(b" \n\r\n\t \n")
    with open(d / "big.txt", "wb") as fh:  # 50 MB, sparse
        fh.truncate(50 * 1024 * 1024)
    (d / "nul.txt").write_bytes(b'Blinken said: "We are close."' + b"\x00" * 64 + b" more\n")
    (d / "bad_utf16.txt").write_bytes(b"\xff\xfe" + "ab".encode("utf-16-le") + b"\x00\xd8")
    (d / "ignored.pdf").write_bytes(b"%PDF-1.4")  # not a text suffix: not an article at all
    loop = d / "loop"
    loop.mkdir()
    (loop / "up").symlink_to("..")
    (loop / "self").symlink_to("../loop")
    (loop / "dangling.txt").symlink_to("nowhere.txt")
    return d


def run_cli(capsys, *argv) -> tuple[int, list[str], list[str]]:
    code = main(list(map(str, argv)))
    out, err = capsys.readouterr()
    return code, out.splitlines(), err.splitlines()


def stored_names(db_path: Path) -> list[str]:
    db = open_db(db_path, readonly=True)
    try:
        return sorted(r[0] for r in db.conn.execute("SELECT name FROM articles"))
    finally:
        db.close()


def failures(err: list[str]) -> dict[str, str]:
    """path -> reason for each error line (progress lines say "[n/m] path")."""
    out = {}
    for line in err:
        assert line.startswith("negot-tui: "), line
        rest = line[len("negot-tui: "):]
        if re.match(r"\[\d+/\d+\] ", rest):
            continue
        path, reason = rest.split(": ", 1)
        out[path] = reason
    return out


def test_bad_folder_ingests_the_good_and_names_each_bad(tmp_path, capsys):
    corpus = make_bad_corpus(tmp_path)
    db = tmp_path / "n.db"
    code, out, err = run_cli(capsys, "ingest", "--db", db, corpus)
    assert code == 1
    assert not any("Traceback" in line for line in err + out)
    got = failures(err)
    expected = {str(corpus / name): reason for name, reason in BAD.items()}
    expected[str(corpus / "loop" / "dangling.txt")] = ("broken symbolic link "
                                                         "(No such file or directory)")
    assert got == expected
    # one line each: no reason spills onto a second line
    for name in BAD:
        assert sum(str(corpus / name) in line for line in err) == 2  # error + progress
    assert out == [f"negot-tui: {len(GOOD_FILES)} added, 0 unchanged, {len(expected)} failed; "
                   + out[0].split("; ", 1)[1]]
    assert stored_names(db) == sorted(GOOD_FILES)


def test_decoded_texts_are_right(tmp_path, capsys):
    """Windows-1252, UTF-16 (either order) and BOM files are good files, decoded correctly."""
    corpus = make_bad_corpus(tmp_path)
    db_path = tmp_path / "n.db"
    run_cli(capsys, "ingest", "--db", db_path, corpus)
    db = open_db(db_path, readonly=True)
    texts = dict(db.conn.execute("SELECT name, text FROM articles"))
    db.close()
    assert texts["cp1252.txt"] == CP1252
    assert texts["utf16le.txt"] == UTF16
    assert "Cairo" in texts["utf16be.txt"] and "\ufeff" not in texts["utf16be.txt"]
    assert not texts["utf8bom.txt"].startswith("\ufeff")
    assert "\r" not in texts["crlf.txt"]
    # not UTF-8: read as Windows-1252 (the commonest legacy encoding of news text)
    assert "na\u00efve" in texts["invalid_utf8.txt"]
    quotes = {r[0] for r in open_db(db_path, readonly=True).conn.execute("SELECT quote FROM quotes")}
    assert "We will bring them all home," in quotes
    assert "Talks on the hostages are continuing in Doha." in quotes


def test_only_good_files_exit_zero_and_rerun_is_unchanged(tmp_path, capsys):
    corpus = make_bad_corpus(tmp_path)
    good = [corpus / name for name in GOOD_FILES]
    db = tmp_path / "n.db"
    code, out, err = run_cli(capsys, "ingest", "--db", db, *good)
    assert code == 0, err
    assert out[0].startswith(f"negot-tui: {len(GOOD_FILES)} added, 0 unchanged, 0 failed;")
    code, out, err = run_cli(capsys, "ingest", "--db", db, *good)
    assert code == 0
    assert out[0].startswith(f"negot-tui: 0 added, {len(GOOD_FILES)} unchanged, 0 failed;")


def test_symlink_loop_terminates_and_counts_each_file_once(tmp_path, capsys):
    d = tmp_path / "a"
    (d / "b").mkdir(parents=True)
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "b" / "back").symlink_to("../..")  # b/back -> tmp_path, which holds a again
    (d / "b" / "me").symlink_to(".")
    (d / "b" / "twin.txt").symlink_to("../good.txt")
    (d / "selfloop.txt").symlink_to("selfloop.txt")  # ELOOP on open
    code, out, err = run_cli(capsys, "ingest", "--db", tmp_path / "n.db", d)
    assert out[0].startswith("negot-tui: 1 added, 0 unchanged, 1 failed;")
    assert len(stored_names(tmp_path / "n.db")) == 1  # good.txt or its twin, once
    assert failures(err) == {
        str(d / "selfloop.txt"): "broken symbolic link (Too many levels of symbolic links)"}
    assert code == 1


def test_unreadable_file_simulated(tmp_path, capsys, monkeypatch):
    """open() refusing one file (as chmod 000 does for a normal user) fails that file only."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    secret = corpus / "secret.txt"
    secret.write_text(GOOD.replace("Tuesday", "Sunday"), encoding="utf-8")
    real_open = builtins.open

    def guarded(file, *args, **kwargs):
        if Path(os.fsdecode(file)).name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded)
    code, out, err = run_cli(capsys, "ingest", "--db", tmp_path / "n.db", corpus)
    assert code == 1
    assert f"negot-tui: {secret}: cannot read: Permission denied" in err
    assert out[0].startswith("negot-tui: 1 added, 0 unchanged, 1 failed;")


def test_unreadable_folder_simulated(tmp_path, capsys, monkeypatch):
    corpus = tmp_path / "c"
    (corpus / "locked").mkdir(parents=True)
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "locked" / "inside.txt").write_text(GOOD.replace("Tuesday", "Sunday"))
    real_scandir = os.scandir

    def guarded(path="."):
        if Path(os.fsdecode(path)).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", guarded)
    code, out, err = run_cli(capsys, "ingest", "--db", tmp_path / "n.db", corpus)
    assert code == 1
    assert f"negot-tui: {corpus / 'locked'}: Permission denied" in err
    assert out[0].startswith("negot-tui: 1 added, 0 unchanged, 1 failed;")


def _chmod_stops_reads(tmp_path: Path) -> bool:
    """False as root (or with CAP_DAC_OVERRIDE), where chmod 000 does not stop reads."""
    probe = tmp_path / "probe"
    probe.write_text("x")
    probe.chmod(0)
    try:
        probe.read_text()
    except PermissionError:
        return True
    finally:
        probe.chmod(0o644)
        probe.unlink()
    return False


def test_unreadable_file_and_folder_for_real(tmp_path, capsys):
    """Run e.g. under `setpriv --inh-caps=-dac_override,-dac_read_search --bounding-set=...`
    to exercise this as root."""
    if os.name != "posix" or not _chmod_stops_reads(tmp_path):
        pytest.skip("chmod 000 does not stop reads here (root); the simulated tests cover it")
    corpus = tmp_path / "c"
    (corpus / "locked").mkdir(parents=True)
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "locked" / "inside.txt").write_text(GOOD)
    secret = corpus / "secret.txt"
    secret.write_text(GOOD.replace("Tuesday", "Sunday"), encoding="utf-8")
    secret.chmod(0)
    (corpus / "locked").chmod(0)
    try:
        code, out, err = run_cli(capsys, "ingest", "--db", tmp_path / "n.db", corpus)
    finally:
        (corpus / "locked").chmod(0o755)
        secret.chmod(0o644)
    assert code == 1
    assert f"negot-tui: {secret}: cannot read: Permission denied" in err
    assert f"negot-tui: {corpus / 'locked'}: Permission denied" in err


def test_file_vanishing_between_listing_and_reading(tmp_path, capsys, monkeypatch):
    """A file deleted mid-batch (e.g. by a sync tool) is one failure, not a crash."""
    import extract.reader as reader

    corpus = tmp_path / "c"
    corpus.mkdir()
    for name in ("a.txt", "b.txt"):
        (corpus / name).write_text(GOOD.replace("Tuesday", name), encoding="utf-8")
    real_iter = reader.iter_article_files

    def iter_then_delete(paths, on_error=None, **kw):
        files = list(real_iter(paths, on_error, **kw))
        (corpus / "a.txt").unlink()
        return iter(files)

    monkeypatch.setattr(reader, "iter_article_files", iter_then_delete)
    code, out, err = run_cli(capsys, "ingest", "--db", tmp_path / "n.db", corpus)
    assert code == 1
    assert (f"negot-tui: {corpus / 'a.txt'}: cannot read: No such file or directory" in err)
    assert out[0].startswith("negot-tui: 1 added, 0 unchanged, 1 failed;")


def test_real_command_prints_no_traceback(tmp_path):
    """The installed entry point, in a subprocess: exit 1, one line per bad file."""
    corpus = make_bad_corpus(tmp_path)
    exe = Path(sys.executable).with_name("negot-tui")
    argv = [str(exe)] if exe.exists() else [sys.executable, "-m", "tui"]
    proc = subprocess.run([*argv, "ingest", "--db", str(tmp_path / "n.db"), str(corpus)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    for name, reason in BAD.items():
        assert f"negot-tui: {corpus / name}: {reason}" in proc.stderr.splitlines()
    assert f"{len(GOOD_FILES)} added, 0 unchanged" in proc.stdout


def test_missing_and_odd_arguments(tmp_path, capsys):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    code, out, err = run_cli(capsys, "ingest", "--db", tmp_path / "n.db",
                             tmp_path / "missing.txt", fifo)
    assert code == 1
    assert f"negot-tui: {tmp_path / 'missing.txt'}: no such file or directory" in err
    assert f"negot-tui: {fifo}: not a regular file" in err
    assert out[0].startswith("negot-tui: 0 added, 0 unchanged, 2 failed;")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0 or not shutil.which("setpriv"),
                    reason="needs root and setpriv (drops the capability to ignore chmod)")
def test_unreadable_for_real_as_root_without_dac_capabilities(tmp_path):
    """Root with CAP_DAC_OVERRIDE/CAP_DAC_READ_SEARCH dropped is refused by chmod 000 like
    any user: the real command names the file and the folder and goes on."""
    corpus = tmp_path / "c"
    (corpus / "locked").mkdir(parents=True)
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "locked" / "inside.txt").write_text(GOOD)
    secret = corpus / "secret.txt"
    secret.write_text(GOOD.replace("Tuesday", "Sunday"), encoding="utf-8")
    secret.chmod(0)
    (corpus / "locked").chmod(0)
    caps = "-dac_override,-dac_read_search"
    exe = Path(sys.executable).with_name("negot-tui")
    argv = [str(exe)] if exe.exists() else [sys.executable, "-m", "tui"]
    try:
        proc = subprocess.run(["setpriv", f"--inh-caps={caps}", f"--bounding-set={caps}", *argv,
                               "ingest", "--db", str(tmp_path / "n.db"), str(corpus)],
                              capture_output=True, text=True, timeout=120)
    finally:
        (corpus / "locked").chmod(0o755)
        secret.chmod(0o644)
    if "setpriv:" in proc.stderr:
        pytest.skip(f"setpriv cannot drop capabilities here: {proc.stderr.strip()}")
    assert proc.returncode == 1, proc.stderr
    lines = proc.stderr.splitlines()
    assert f"negot-tui: {secret}: cannot read: Permission denied" in lines
    assert f"negot-tui: {corpus / 'locked'}: Permission denied" in lines
    assert "Traceback" not in proc.stderr
    assert proc.stdout.startswith("negot-tui: 1 added, 0 unchanged, 2 failed;")


def test_extractor_bug_in_extract_command_names_the_file(tmp_path, capsys, monkeypatch):
    """`negot-tui extract` (like ingest) reports an extractor crash on one file and goes on."""
    import extract

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "b.txt").write_text(GOOD.replace("Tuesday", "Friday"), encoding="utf-8")
    real = extract.extract_article

    def flaky(text, name, **options):
        if name == "a.txt":
            raise IndexError("string index out of range")
        return real(text, name, **options)

    monkeypatch.setattr(extract, "extract_article", flaky)
    code, out, err = run_cli(capsys, "extract", "--jsonl", corpus)
    assert code == 1
    assert err == [f"negot-tui: {corpus / 'a.txt'}: extraction failed "
                   "(IndexError: string index out of range)"]
    assert out and all('"b.txt"' in line for line in out)
