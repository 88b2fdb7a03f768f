"""The ``dyad`` command line (``app.cli.main``); nothing else in Dyad imports it."""

from app.cli.common import parse_pair
from app.cli.main import main

__all__ = ["main", "parse_pair"]
