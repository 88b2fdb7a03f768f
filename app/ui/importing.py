"""Bringing articles in from the window: files, folders, drops and the clipboard, off the GUI thread."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.ui.dialogs import FormDialog
from app.ui.qt import QtCore, QtGui, QtWidgets, message_box
from app.ui.workers import Workers

if TYPE_CHECKING:
    from app.extract.published import Header
    from app.store.engine import Store
    from app.store.ingest import CancelToken, FileResult, IngestReport
    from app.ui.host import WindowHost


class _Progress(QtCore.QObject):
    """Carries progress from the worker thread to the GUI thread, at most every 100 ms."""

    progressed = QtCore.Signal(int, int, str)

    def __init__(self) -> None:
        super().__init__()
        self._last = 0.0

    def __call__(self, done: int, total: int, name: str) -> None:
        now = time.monotonic()
        if now - self._last >= 0.1 or done >= total:
            self._last = now
            self.progressed.emit(done, total, name)


class ImportController(QtCore.QObject):
    """Runs an import with a cancellable progress dialog; each article is stored whole or not at all."""

    import_finished = QtCore.Signal(object)  # IngestReport
    official_finished = QtCore.Signal(object)  # list[OfficialImport]
    pasted = QtCore.Signal(object)  # the FileResult of an article from the clipboard

    def __init__(self, parent: WindowHost, workers: Workers) -> None:
        super().__init__(parent.window())
        self.window = parent
        self.workers = workers
        self.dialog: QtWidgets.QProgressDialog | None = None
        self.token: CancelToken | None = None
        self.running = False
        self.last_import: IngestReport | None = None  # for the status bar and tests
        self.import_finished.connect(self._on_import_finished)

    # -- the window's commands ------------------------------------------------------------------------------------

    def import_files_dialog(self) -> None:
        settings = self.window.settings
        names, _ = QtWidgets.QFileDialog.getOpenFileNames(
            self.window.window(),
            "Import articles",
            settings.last_folder(),
            "Articles (*.txt *.md *.html *.htm);;All files (*)",
        )
        if names:
            settings.set_last_folder(str(Path(names[0]).parent))
            self.import_paths([Path(n) for n in names])

    def import_folder_dialog(self) -> None:
        settings = self.window.settings
        folder = QtWidgets.QFileDialog.getExistingDirectory(
            self.window.window(), "Import a folder of articles", settings.last_folder()
        )
        if folder:
            settings.set_last_folder(folder)
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> bool:
        """Import files and folders off the GUI thread; the views refresh when it ends."""
        if self.window.store is None:
            self.window.statusBar().showMessage("The store is not open yet", 5000)
            return False
        return self.start(self.window.store, paths)

    def paste_article(self) -> None:
        """A new article from the clipboard, its title, date and outlet asked, stored off the GUI thread."""
        store = self.window.store
        if store is None:
            return
        from app.session.imports import pasted_header

        text = QtGui.QGuiApplication.clipboard().text()
        dialog = ClipboardArticleDialog(text, pasted_header(text), parent=self.window.window())
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        values = dialog.values()

        def work() -> FileResult:
            from app.session.imports import store_pasted_article

            return store_pasted_article(store, values)

        self.workers.write(work, self._on_pasted, self._on_failed)

    def _on_pasted(self, result: FileResult) -> None:
        window = self.window
        if result.status == "failed":
            message_box(
                window.window(),
                QtWidgets.QMessageBox.Icon.Warning,
                "Article not stored",
                f"The pasted article {result.reason}.",
            )
        else:
            noun = "fact" if result.facts == 1 else "facts"
            stored = f"Article stored with {result.facts} {noun}"
            window.statusBar().showMessage(stored if result.status == "new" else "That article is already stored", 5000)
            window.refresh()
        self.pasted.emit(result)

    def _on_import_finished(self, report: IngestReport) -> None:
        self.window.statusBar().showMessage(f"Import: {report.summary()}", 10000)
        self.last_import = report
        if report.failures or report.skipped:
            FailuresDialog(report, self.window.window()).open()
        self.window.refresh()

    # -- running an import ------------------------------------------------------------------------------------------

    def start(self, store: Store, paths: list[Path]) -> bool:
        """Import files and folders; False when an import is already running."""
        if self.running or not paths:
            return False
        from app.session.imports import import_articles

        def work(progress: _Progress, token: CancelToken) -> IngestReport:
            return import_articles(store, paths, progress=progress, cancel=token, isolate=True)

        self._run("Importing articles", "Reading articles…", work, self._on_done, bytes_=False)
        return True

    def start_official(self, store: Store, paths: list[Path]) -> bool:
        """Import official statistics files (each in one transaction); False when an import is running."""
        if self.running or not paths:
            return False
        from app.session.imports import import_statistics

        def work(progress: _Progress, token: CancelToken) -> list[Any]:
            return import_statistics(store, paths, progress=progress, cancel=token)

        self._run("Importing official statistics", "Reading…", work, self._on_official_done, bytes_=True)
        return True

    def _run(self, title: str, label: str, work: Any, on_done: Any, bytes_: bool) -> None:
        from app.store.ingest import CancelToken

        self.running = True
        self.token = token = CancelToken()
        progress = _Progress()
        dialog = QtWidgets.QProgressDialog(label, "Cancel", 0, 0, self.window.window())
        dialog.setWindowTitle(title)
        dialog.setMinimumDuration(500)  # quick imports never flash a dialog
        dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        dialog.canceled.connect(token.cancel)  # Cancel and Escape only set the token
        progress.progressed.connect(self._on_progress_bytes if bytes_ else self._on_progress)
        self.dialog = dialog
        self._progress = progress  # kept alive while the worker emits through it
        self.workers.submit(
            "import", lambda: work(progress, token), on_done, self._on_failed, on_end=self._close_dialog
        )

    def _on_progress(self, done: int, total: int, name: str) -> None:
        dialog = self.dialog  # setValue() of a modal dialog processes events: the import may end inside it
        if dialog is None:
            return
        dialog.setMaximum(max(total, 1))
        dialog.setLabelText(f"{done} of {total}: {name}" if name else f"{done} of {total}")
        dialog.setValue(done)

    def _on_progress_bytes(self, done: int, total: int, name: str) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        dialog.setMaximum(1000)
        dialog.setLabelText(f"{name}: {done / 1e6:,.1f} of {total / 1e6:,.1f} MB")
        dialog.setValue(round(1000 * done / total) if total else 0)

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None
        self.running = False

    def _on_done(self, report: IngestReport) -> None:
        self._close_dialog()
        self.import_finished.emit(report)

    def _on_official_done(self, results: list[Any]) -> None:
        self._close_dialog()
        self.official_finished.emit(results)

    def _on_failed(self, message: str) -> None:
        self._close_dialog()
        message_box(self.window.window(), QtWidgets.QMessageBox.Icon.Warning, "Import failed", message)


class FailuresDialog(QtWidgets.QDialog):
    """The files that did not go in, with their reasons, as text the analyst can copy."""

    def __init__(self, report: IngestReport, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Some files were not imported")
        summary = QtWidgets.QLabel(report.summary())
        self.text = QtWidgets.QPlainTextEdit()
        self.text.setReadOnly(True)
        lines = [f"{r.path}: {r.reason}" for r in report.failures]
        lines += [f"skipped: {r.path}: {r.reason}" for r in report.skipped]
        self.text.setPlainText("\n".join(lines))
        copy = QtWidgets.QPushButton("Copy")
        copy.clicked.connect(lambda: QtGui.QGuiApplication.clipboard().setText(self.text.toPlainText()))
        close = QtWidgets.QPushButton("Close")
        close.clicked.connect(self.accept)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(copy)
        buttons.addWidget(close)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.resize(720, 320)


def _first_line(text: str, limit: int = 120) -> str:
    """The first line of ``text``, cut at a word (with "…") past ``limit`` characters."""
    line = text.strip().splitlines()[0].strip() if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


class ClipboardArticleDialog(FormDialog):
    """A new article from the clipboard: its title, date and outlet are asked, then it is stored like a file."""

    def __init__(self, text: str, header: Header | None = None, parent: QtWidgets.QWidget | None = None) -> None:
        """``header``: what the story says of itself (its title, outlet and date), filled in to be checked."""
        super().__init__("New article from clipboard", parent)
        self.title = QtWidgets.QLineEdit(header.title if header else _first_line(text))
        self.date = QtWidgets.QLineEdit(header.published.iso() if header and header.published else "")
        unknown = "2024, March 2024 or March 25, 2024 (leave empty if unknown)"
        if header and not header.published and header.dateline_date:
            unknown = f"the dateline says {header.dateline_date}: add its year, e.g. {header.dateline_date}, 1987"
        self.date.setPlaceholderText(unknown)
        self.outlet = QtWidgets.QLineEdit(header.outlet if header else "")
        self.body = QtWidgets.QPlainTextEdit(text)
        form = self.form
        form.addRow("Title:", self.title)
        form.addRow("Published:", self.date)
        form.addRow("Outlet:", self.outlet)
        form.addRow("Text:", self.body)
        self.finish()
        self.resize(640, 480)

    def check(self) -> None:
        from app.domain.dates import PartialDate

        date = self.date.text().strip()
        if date:
            PartialDate.read(date)  # says why a text is not a date
        if not self.body.toPlainText().strip():
            raise ValueError("The text is empty")

    def values(self) -> dict[str, Any]:
        from app.domain.dates import PartialDate

        date = self.date.text().strip()
        return {
            "title": self.title.text().strip(),
            "published": PartialDate.read(date).iso() if date else "",
            "outlet": self.outlet.text().strip(),
            "text": self.body.toPlainText(),
        }
