"""Text in, facts out. Pure Python: no Qt, no database."""
