"""The cyclic garbage collector during the window's start-up.

Starting the window makes about 130,000 objects (Qt's and pyqtgraph's wrappers, the country index, the
comparison's figures); the collector ran 160 times over them before the first paint, full passes
included (35-47 ms of the start-up, measured with gc.callbacks). Only about 760 of them are garbage by
the first paint. So the collector is paused from the moment the window is asked for until it is first
painted; then every object alive is frozen (moved where later collections do not walk: a collection during
a relationship switch walked them all, 7-9 ms a switch) and the collector resumes. The few hundred garbage
objects of start-up are frozen with the rest: a one-time cost of some kilobytes.

No Qt here: the command line pauses the collector before importing the window's modules.
"""

from __future__ import annotations

import gc

RESUME_AFTER_MS = 3000  # resume anyway when no paint is seen (a window never shown, a failing store)


def collector_paused() -> None:
    gc.disable()


def resume_collector() -> None:
    """Freeze what start-up made and turn the collector back on; only the first call does anything."""
    if gc.isenabled():
        return
    gc.freeze()
    gc.enable()
