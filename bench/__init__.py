"""Benchmarks: ``make bench`` prints Dyad's speed and memory figures (never asserted in tests)."""
