"""Errors the store raises for problems the user can fix (bad file, newer schema)."""
from __future__ import annotations


class StoreError(Exception):
    """A one-line, user-facing problem with a database file; the CLI prints it without a traceback."""
