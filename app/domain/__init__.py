"""Dyad's vocabulary: countries, dates with their precision, money, fact kinds. No Qt, no SQL."""
