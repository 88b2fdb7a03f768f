"""Dyad: compare two country relationships' trade and diplomatic histories, with sources."""

__version__ = "0.1.0"
