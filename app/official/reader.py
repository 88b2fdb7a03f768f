"""Reading one official statistics file: recognise its layout, then stream its figures."""

from __future__ import annotations

import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType

from app.official.csvfile import CsvFile, open_csv, retrieved_on
from app.official.figures import FormatError, OfficialFigure, ReadReport
from app.official.layouts import Layout, recognise
from app.official.workbook import DotsWorkbook, is_workbook

PROGRESS_EVERY = 5_000  # rows between progress reports and cancel checks


def refuse_unless_regular(path: Path) -> None:
    """FormatError unless ``path`` is a regular file: a folder, a device (/dev/zero), a pipe or a socket
    would be read for ever or not at all."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise FormatError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    if stat.S_ISDIR(mode):
        raise FormatError(f"{path.name}: a folder, not a file")
    if not stat.S_ISREG(mode):
        raise FormatError(f"{path.name}: not a regular file (a device, a pipe or a socket); nothing was read")


class OfficialFile:
    """An official statistics file, opened and recognised: ``figures()`` streams what it holds, and
    ``report`` says, once they are read, what was kept and what was left out and why."""

    def __init__(self, path: Path) -> None:
        self.path = path
        refuse_unless_regular(path)
        self.workbook: DotsWorkbook | None = None
        try:
            with path.open("rb") as probe:
                head = probe.read(8)
        except OSError as exc:
            raise FormatError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
        if is_workbook(path, head):
            self.workbook = DotsWorkbook(path)
            self.report = self.workbook.report
            self.stopped = False
            return
        self.csv: CsvFile = open_csv(path, recognise)
        layout = recognise({h.lower() for h in self.csv.columns()})
        assert layout is not None  # open_csv found the header by this very test
        self.layout: Layout = layout
        self.stopped = False  # figures() ended early because stop() asked it to
        self.report = ReadReport(
            name=path.name,
            layout=layout.label,
            dataset=layout.dataset,
            encoding=self.csv.encoding,
            retrieved=retrieved_on(self.csv.preamble),
        )

    def figures(
        self,
        progress: Callable[[int, int], None] | None = None,
        stop: Callable[[], bool] | None = None,
    ) -> Iterator[OfficialFigure]:
        """Every all-commodity annual bilateral figure, in file order. ``progress(bytes read, size)`` is
        called every few thousand rows; ``stop()`` is asked as often and ends the reading when true."""
        if self.workbook is not None:

            def stopping() -> bool:
                self.stopped = self.stopped or (stop is not None and stop())
                return self.stopped

            yield from self.workbook.figures(progress, stopping)
            return
        reader = self.layout.reader(self.csv.columns(), self.csv.header, self._rows(progress, stop), self.report)
        yield from reader
        if self.report.retrieved is None:
            self.report.retrieved = retrieved_on(self.csv.notes)
        if progress is not None:
            progress(self.csv.size, self.csv.size)

    def _rows(
        self, progress: Callable[[int, int], None] | None, stop: Callable[[], bool] | None
    ) -> Iterator[tuple[int, list[str]]]:
        for count, row in enumerate(self.csv.rows(), 1):
            if count % PROGRESS_EVERY == 0:
                if stop is not None and stop():
                    self.stopped = True
                    return
                if progress is not None:
                    progress(self.csv.position(), self.csv.size)
            yield row

    def close(self) -> None:
        if self.workbook is not None:
            self.workbook.close()
        else:
            self.csv.close()

    def __enter__(self) -> OfficialFile:
        return self

    def __exit__(
        self, _type: type[BaseException] | None, _exc: BaseException | None, _tb: TracebackType | None
    ) -> None:
        self.close()
