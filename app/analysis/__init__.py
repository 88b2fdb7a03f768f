"""pandas work over query results: trade series, conflicts and the comparison summary. No Qt."""
