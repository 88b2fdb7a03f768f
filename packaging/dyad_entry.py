"""The frozen program's entry point."""

import multiprocessing
import sys

if __name__ == "__main__":
    # Ingest's extraction workers start through the frozen executable; this lets them run.
    multiprocessing.freeze_support()
    from app.cli import main

    sys.exit(main())
