"""Worker processes that read and extract files, each watched: one that overruns is killed and replaced.

``multiprocessing.Pool`` cannot stop one worker: a file that held a worker in a regular expression for
hours stalled the import, failed the innocent files of its batch and kept the process from exiting.
Here each worker has its own pipe; the main process knows which file each worker is on and since when,
kills a worker past ``patience`` seconds on one file (that file fails with the reason, the files queued
behind it go to the other workers) and starts another. A worker that dies (killed by the system for
memory) fails only the file it was on. Cancel, Ctrl-C and SIGTERM kill every worker at once.

A worker ends with the main process whatever it is doing: the kernel kills it when its parent goes
(Linux), and a thread watching a pipe to the main process ends it elsewhere.

Where a worker comes from: on Linux, a process with one thread (the command line's import) forks its
workers itself, ready in milliseconds with the readers' tables it has built; any other (the window, with
Qt's threads; macOS and Windows, where fork is unsafe or absent) gets them from a forkserver that imported
the work's module once (~0.2 s before the first is ready), or spawns them.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import importlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from typing import Any, Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

BATCH = 8  # files sent to a worker at once (one message per file costs the writer a quarter of its speed)
POLL = 0.1  # seconds between looks at the cancel request and the workers' clocks
STOP_WAIT = 0.5  # seconds a worker is given to leave when asked, before it is killed
STILLBORN = 2  # workers in a row that die before they are ready: then the items are read in this process
READY = "ready"  # a worker's first message


def _die_with_parent() -> None:
    """Linux: the kernel sends SIGKILL to this process when its parent ends, even while Python is stuck
    in C code (a regular expression holds the interpreter; a watching thread could not run)."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _watch_main(lifeline: Connection) -> None:
    """Exit as soon as the main process is gone: only it holds the other end of ``lifeline``."""

    def watch() -> None:
        with contextlib.suppress(EOFError, OSError):
            lifeline.recv_bytes()
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-main", daemon=True).start()


def single_threaded() -> bool:
    """Whether this process may fork its workers: Linux, and no thread but this one, Python's or any
    library's (Qt starts its own), so no lock can be held in the copy by a thread that is not there."""
    if not sys.platform.startswith("linux") or "fork" not in multiprocessing.get_all_start_methods():
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def _serve(
    work: Callable[[Any], Any], tasks: Connection, lifeline: Connection, inherited: Connection | None = None
) -> None:
    """A worker: Ctrl-C is the main process's to handle, SIGTERM ends it (a forked worker inherits the
    command line's handler, which would raise in it); answer each item of each batch in order. A forked
    worker closes its copy of the main process's end of ``lifeline`` (``inherited``), or it would never
    hear the main process go."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if inherited is not None:
        inherited.close()
    _die_with_parent()
    _watch_main(lifeline)
    tasks.send(READY)  # loaded and serving: a worker that dies before this could not start
    while True:
        try:
            batch = tasks.recv()
        except (EOFError, OSError):
            return
        if batch is None:
            return
        for index, item in batch:
            tasks.send((index, work(item)))


@dataclass(eq=False)
class _Worker:
    process: Any  # a context's Process
    conn: Connection
    queued: deque[tuple[int, Any]] = field(default_factory=deque)  # sent and not answered, in order
    since: float = 0.0  # when it started on the first of ``queued``
    ready: bool = False  # it said it is serving


class Stopped(Exception):
    """Raised out of ``WorkerPool.run`` when ``stop()`` turned true."""


class WorkerPool(Generic[Item, Result]):
    """``size`` worker processes running ``work`` (a module-level function) on items, answers in order.

    ``overran(item, seconds)`` and ``lost(item)`` make the answer for an item whose worker was killed
    after ``patience`` seconds on it, or died on it. With ``fork``, a process that may (``single_threaded``)
    forks its workers after importing ``preload`` itself: they are ready at once. Otherwise a worker takes
    ~0.2 s to start (a forkserver importing the work's module); until one says it is ready, this process
    works the items at the front itself when ``local(item)`` allows (a hundred small files on the project's
    machine), and the workers take the rest."""

    def __init__(
        self,
        size: int,
        work: Callable[[Item], Result],
        overran: Callable[[Item, float], Result],
        lost: Callable[[Item], Result],
        patience: float,
        context: BaseContext | None = None,
        local: Callable[[Item], bool] | None = None,
        preload: Sequence[str] = (),
        fork: bool = False,
    ) -> None:
        self.preload = [work.__module__, *preload]
        self.forks = context is None and fork and single_threaded()
        if self.forks:  # the workers are copies of this process, with what ``preload`` imports already done
            for module in self.preload:
                with contextlib.suppress(ImportError):  # as the forkserver's preload: a warm-up, not the work
                    importlib.import_module(module)
            context = multiprocessing.get_context("fork")
        self.context = context or self._served()
        self.work, self.overran, self.lost, self.patience = work, overran, lost, patience
        self.local = local
        self.worked_here = 0  # items this process worked while its workers started (the tests read it)
        self._starter: tuple[threading.Thread, list[_Worker], list[BaseException]] | None = None
        self.size = max(1, size)
        self.lifeline, self._keep_alive = self.context.Pipe(duplex=False)
        self.workers: list[_Worker] = []
        self.replaced = 0  # workers killed for overrunning or found dead, for the tests and the bench
        self.stillborn = 0  # workers in a row that died before they were ready
        self.unable: str | None = None  # why workers could not start, when the items were read here instead

    def _served(self) -> BaseContext:
        """Workers from a forkserver that imported ``preload`` once (each worker forks from it), or spawned."""
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        context = multiprocessing.get_context(method)
        if method == "forkserver":
            context.set_forkserver_preload(self.preload)
        return context

    def _start(self) -> _Worker:
        if self.forks and not single_threaded():  # a thread started since: no more forks of this process
            self.forks, self.context = False, self._served()
        mine, theirs = self.context.Pipe()
        inherited = self._keep_alive if self.forks else None
        process = self.context.Process(  # type: ignore[attr-defined]
            target=_serve, args=(self.work, theirs, self.lifeline, inherited), name="dyad-extract", daemon=True
        )
        # A forked worker never collects what it was forked with: its cyclic collector would otherwise walk
        # (and copy, page by page) the whole of this process, and could finalise an object of this process's
        # left in a cycle, a store connection among them, from the copy. Frozen here for the fork only.
        frozen = self.forks and gc.get_freeze_count() == 0
        if frozen:
            gc.freeze()
        try:
            process.start()
        finally:
            if frozen:
                gc.unfreeze()
        theirs.close()
        return _Worker(process, mine)

    def run(self, items: Sequence[Item], stop: Callable[[], bool] = lambda: False) -> Iterator[Result]:
        """Answers for ``items`` in their order, while the caller consumes them. Leaving the loop early,
        ``stop()`` (raising Stopped) or an exception in the caller kills every worker."""
        pending: deque[tuple[int, Item]] = deque(enumerate(items))
        answers: dict[int, Result] = {}
        following = 0
        finished = False
        local = None if self.forks else self.local  # None once a worker is heard from (forked: at once)
        try:
            self._begin(min(self.size, len(items)), background=local is not None)
            while following < len(items):
                if local is not None and pending and local(pending[0][1]) and not self._heard():
                    index, item = pending.popleft()
                    answers[index] = self.work(item)
                    self.worked_here += 1
                elif self.unable is None:
                    local = None
                    self._started()
                    self._feed(pending)
                    self._collect(answers, pending)
                    self._police(answers, pending)
                else:  # no worker could start: the next item read here (every unanswered one is pending)
                    index, item = pending.popleft()
                    answers[index] = self.work(item)
                if stop():
                    raise Stopped
                while following in answers:
                    yield answers.pop(following)
                    following += 1
            finished = True
        finally:
            with contextlib.suppress(Exception):
                self._started()
            self._close(gently=finished)

    def _begin(self, count: int, background: bool) -> None:
        """Start ``count`` workers; in the ``background`` the first start's wait for the new interpreter's
        imports is spent working items here instead."""
        if not background:
            self.workers = [self._start() for _ in range(count)]
            return
        made: list[_Worker] = []
        failed: list[BaseException] = []

        def start_all() -> None:
            try:
                made.extend(self._start() for _ in range(count))
            except BaseException as exc:  # raised in the caller's thread by _started()
                failed.append(exc)

        starter = threading.Thread(target=start_all, name="dyad-start-workers", daemon=True)
        self._starter = (starter, made, failed)
        starter.start()

    def _started(self) -> None:
        """Wait for the workers started in the background (at once when they are), and take them."""
        if self._starter is None:
            return
        starter, made, failed = self._starter
        starter.join()
        self._starter = None
        self.workers = made
        if failed:
            raise failed[0]

    def _heard(self) -> bool:
        """Whether the workers have started and one has said something (it is ready, or it died trying)."""
        if self._starter is not None:
            if self._starter[0].is_alive():
                return False
            self._started()
        return bool(wait([w.conn for w in self.workers], timeout=0))

    def _feed(self, pending: deque[tuple[int, Item]]) -> None:
        for worker in self.workers:
            while pending and len(worker.queued) < 2 * BATCH:
                batch = [pending.popleft() for _ in range(min(BATCH, len(pending)))]
                if not worker.queued:
                    worker.since = time.monotonic()
                worker.conn.send(batch)
                worker.queued.extend(batch)

    def _collect(self, answers: dict[int, Result], pending: deque[tuple[int, Item]]) -> None:
        busy = {w.conn: w for w in self.workers if w.queued}
        for conn in wait(list(busy), timeout=POLL):
            worker = busy[conn]  # type: ignore[index]
            try:
                while worker.queued and worker.conn.poll():
                    message = worker.conn.recv()
                    if message == READY:
                        worker.ready, self.stillborn = True, 0
                        continue
                    index, answer = message
                    worker.queued.popleft()
                    answers[index] = answer
                    worker.since = time.monotonic()
            except (EOFError, OSError):
                if worker.ready:  # it died on the file it was reading
                    index, item = worker.queued.popleft()
                    answers[index] = self.lost(item)
                    self._replace(worker, pending)
                else:
                    self._stillborn(worker, pending)
                    return

    def _police(self, answers: dict[int, Result], pending: deque[tuple[int, Item]]) -> None:
        now = time.monotonic()
        for worker in list(self.workers):
            if worker.queued and now - worker.since > self.patience:
                index, item = worker.queued.popleft()
                answers[index] = self.overran(item, now - worker.since)
                self._replace(worker, pending)

    def _replace(self, worker: _Worker, pending: deque[tuple[int, Item]]) -> None:
        """Kill ``worker``; what was queued behind its file goes back to the front of the queue."""
        self._kill(worker)
        pending.extendleft(reversed(worker.queued))
        self.workers[self.workers.index(worker)] = self._start()
        self.replaced += 1

    def _stillborn(self, worker: _Worker, pending: deque[tuple[int, Item]]) -> None:
        """``worker`` died before it was ready: no file is to blame, its files go back to the queue. After
        STILLBORN in a row (the work's module cannot load in a new process, processes cannot be made) every
        worker is stopped and the items are read in this process, with ``unable`` saying why."""
        self.stillborn += 1
        if self.stillborn < STILLBORN:
            self._replace(worker, pending)
            return
        worker.process.join(STOP_WAIT)
        code = worker.process.exitcode
        for each in self.workers:
            self._kill(each)
            pending.extend(each.queued)
        self.workers = []
        ordered = sorted(pending, key=lambda entry: entry[0])
        pending.clear()
        pending.extend(ordered)
        self.unable = (
            f"extraction worker processes could not start (exit code {code}); the files were read in this process"
        )

    @staticmethod
    def _kill(worker: _Worker) -> None:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            worker.process.kill()
        with contextlib.suppress(OSError, ValueError, AssertionError):
            worker.process.join(STOP_WAIT)
        worker.conn.close()

    def _close(self, gently: bool) -> None:
        """Ask idle workers to leave; kill the rest (and all of them when not ``gently``)."""
        for worker in self.workers:
            if gently and not worker.queued:
                with contextlib.suppress(OSError, ValueError):
                    worker.conn.send(None)
        deadline = time.monotonic() + (STOP_WAIT if gently else 0)
        for worker in self.workers:
            if gently:
                with contextlib.suppress(OSError, ValueError, AssertionError):
                    worker.process.join(max(0.0, deadline - time.monotonic()))
            self._kill(worker)
        self.workers = []
        self._keep_alive.close()
        self.lifeline.close()
