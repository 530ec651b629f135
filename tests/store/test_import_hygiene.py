"""store never pulls in the UI libraries (only tui may import textual or rich)."""
from __future__ import annotations

import subprocess
import sys


def test_store_imports_no_ui():
    code = ("import sys, store.db, store.schema, store.ingest, store.queries, store.search, "
            "store.citation, store.demo, store.speakers; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'textual', 'rich'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
