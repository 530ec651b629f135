"""The terminal app and the command line of negot-tui (the only package that imports Textual or Rich)."""
__version__ = "0.1.0"
