"""Smoke test of an installed wheel, run from outside the repository.

Usage: smoke.py VENV_BIN. Checks that the packages come from the wheel (not the
working tree or unrelated PyPI packages named tui/store/extract), that the
bundled demo corpus and stylesheets shipped, and that the CLI and the app start.
"""
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

bin_dir = Path(sys.argv[1])
py, cli = str(bin_dir / "python"), str(bin_dir / "negot-tui")
env = {**os.environ, "NEGOT_TUI_DB": str(Path(tempfile.mkdtemp()) / "smoke.db")}


def run(*args: str) -> str:
    out = subprocess.run(args, capture_output=True, text=True, env=env, timeout=600)
    if out.returncode != 0:
        sys.exit(f"smoke: {' '.join(args)} failed ({out.returncode}):\n{out.stdout}\n{out.stderr}")
    return out.stdout


print(run(cli, "--version").strip())
where = json.loads(run(py, "-c", "import json, tui, store, extract; "
                       "print(json.dumps([m.__file__ for m in (tui, store, extract)]))"))
assert all("site-packages" in w for w in where), where
demo = Path(where[1]).parent / "demo"
seeds = sorted(demo.glob("*.txt"))
assert len(seeds) == 5 and (demo / "sources.toml").exists(), seeds
assert list(Path(where[0]).parent.rglob("*.tcss")), "no .tcss shipped"
records = [json.loads(l) for l in run(cli, "extract", *map(str, seeds), "--jsonl").splitlines()]
quotes = [r for r in records if r["type"] == "quote"]
assert len(quotes) >= 30, len(quotes)
print(f"extract: {len(quotes)} quotes from the bundled demo corpus")
print(run(cli, "ingest", *map(str, seeds)).strip())
hits = run(cli, "search", "qatar enemy", "--limit", "3")
assert "Smotrich" in hits, hits
print(hits.strip())
print(run(py, "-c", """
import asyncio, os
from tui.app import NegotApp
async def main():
    app = NegotApp(os.environ["NEGOT_TUI_DB"])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press(*"qatar")
        await app.workers.wait_for_complete()
        await pilot.pause()
    print("tui: started headless and searched")
asyncio.run(main())
""").strip())
print("smoke: ok")
