"""One side of the article viewer: the relationship's articles and a reading pane with every fact highlighted.

The text is always plain text (QPlainTextEdit): HTML in an article is shown literally, never interpreted,
and nothing is loaded from the network.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.domain.facts import FactKind
from app.domain.text import reflowed
from app.session.records import ArticleSummary, ArticleView, FactSpan, PairView
from app.ui.flow_layout import FlowLayout
from app.ui.qt import QtCore, QtGui, QtWidgets, as_tooltip, show_tooltip
from app.ui.splitters import SharedSplitter
from app.ui.theme import Theme, current_theme

ARTICLE_ID_ROLE = QtCore.Qt.ItemDataRole.UserRole + 1


class ArticleListModel(QtCore.QAbstractListModel):
    """A thin adapter over the relationship's article summaries."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.articles: tuple[ArticleSummary, ...] = ()

    def set_articles(self, articles: tuple[ArticleSummary, ...]) -> None:
        self.beginResetModel()
        self.articles = articles
        self.endResetModel()

    def rowCount(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.articles)

    def data(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        article = self.articles[index.row()]
        if role == QtCore.Qt.ItemDataRole.DisplayRole:
            meta = " · ".join(x for x in (article.outlet, article.published or "date unknown") if x)
            facts = f"{article.facts} fact{'s' if article.facts != 1 else ''}"
            title = " ".join(article.title.split())  # one line, as every row is two (uniform sizes below)
            return f"{title}\n{meta} · {facts}"
        if role == QtCore.Qt.ItemDataRole.ToolTipRole:
            return as_tooltip(f"{article.title}\nfile: {article.source_name}")
        if role == ARTICLE_ID_ROLE:
            return article.id
        return None

    def row_of(self, article_id: int) -> int:
        return next((i for i, a in enumerate(self.articles) if a.id == article_id), -1)


def elide_to_width(text: str, metrics: QtGui.QFontMetrics, width: int) -> str:
    """``text`` cut at a word so that it and an ellipsis fit ``width`` pixels (at a character only when
    one word is wider than that)."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    words = text.split(" ")
    kept = ""
    for word in words:
        candidate = f"{kept} {word}" if kept else word
        if metrics.horizontalAdvance(candidate.rstrip(" ,;:–—-") + "…") > width:
            break
        kept = candidate
    if not kept:
        return metrics.elidedText(text, QtCore.Qt.TextElideMode.ElideRight, width)
    return kept.rstrip(" ,;:–—-") + "…"


class _WordElidingDelegate(QtWidgets.QStyledItemDelegate):
    """Each line of an item elided at a word to the view's width: a title never ends mid-word."""

    def __init__(self, view: QtWidgets.QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(
        self, option: QtWidgets.QStyleOptionViewItem, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex
    ) -> QtCore.QSize:
        size = super().sizeHint(option, index)
        size.setWidth(self.view.viewport().width())  # the item spans the list: Qt cuts no line of it again
        return size

    def initStyleOption(
        self, option: QtWidgets.QStyleOptionViewItem, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        width = max(40, self.view.viewport().width() - 24)  # the item's margins and focus frame
        # Qt has turned the model's line breaks into line separators (U+2028) by now.
        lines = option.text.replace("\n", "\u2028").split("\u2028")
        option.text = "\u2028".join(elide_to_width(line, option.fontMetrics, width) for line in lines)


class ArticleTextView(QtWidgets.QPlainTextEdit):
    """Read-only plain text with fact highlights; hovering a highlight shows the fact."""

    fact_hovered = QtCore.Signal(int)
    add_fact_requested = QtCore.Signal(int, int, int)  # article id, start, end of the selected text

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setMouseTracking(True)
        self.setLineWrapMode(QtWidgets.QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTextInteractionFlags(
            QtCore.Qt.TextInteractionFlag.TextSelectableByMouse | QtCore.Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.article: ArticleView | None = None
        self.reflowed: str | None = None  # the article as paragraphs, when its source is hard-wrapped
        self.as_written = False
        self.selected_fact: int | None = None
        self.theme = current_theme()

    def show_article(self, article: ArticleView | None, fact_id: int | None = None) -> None:
        """Show ``article``: a hard-wrapped story (a 1987 wire) as paragraphs, unless ``as_written``; the
        text shown has the stored text's length, so the facts' spans hold either way."""
        self.article = article
        self.reflowed = reflowed(article.text, article.body_spans) if article else None
        self._set_text(fact_id)

    def set_as_written(self, as_written: bool) -> None:
        """Line breaks as in the source (True) or paragraphs (False); the selected fact stays selected."""
        self.as_written = as_written
        self._set_text(self.selected_fact)

    def _set_text(self, fact_id: int | None) -> None:
        article = self.article
        shown = article.text if article else ""
        if article is not None and self.reflowed is not None and not self.as_written:
            shown = self.reflowed
        self.setPlainText(shown)
        self.select_fact(fact_id)

    def select_fact(self, fact_id: int | None) -> None:
        """Highlight every fact by kind, the selected one strongly, and scroll it into view."""
        self.selected_fact = fact_id
        self._paint_highlights()
        fact = self.fact(fact_id) if fact_id is not None else None
        if fact is not None:
            cursor = self.textCursor()
            cursor.setPosition(fact.start)
            self.setTextCursor(cursor)
            self.centerCursor()

    def fact(self, fact_id: int) -> FactSpan | None:
        if self.article is None:
            return None
        return next((f for f in self.article.facts if f.id == fact_id), None)

    def selected_text(self) -> str:
        return self.textCursor().selectedText()

    def highlight_at(self, position: int) -> FactSpan | None:
        if self.article is None:
            return None
        hits = [f for f in self.article.facts if f.start <= position < f.end]
        return min(hits, key=lambda f: f.end - f.start) if hits else None

    def _paint_highlights(self) -> None:
        selections: list[QtWidgets.QTextEdit.ExtraSelection] = []
        article = self.article
        if article is None:
            self.setExtraSelections([])
            return
        theme = self.theme
        for start, end in _gaps(article.body_spans, len(article.text)):
            selections.append(self._selection(start, end, foreground=theme.furniture))
        for fact in sorted(article.facts, key=lambda f: f.start - f.end):  # longest first, so short ones show
            color = theme.kind_colors.get(fact.kind, "#dddddd")
            selections.append(self._selection(fact.start, fact.end, background=color))
        selected = self.fact(self.selected_fact) if self.selected_fact is not None else None
        if selected is not None:
            selections.append(self._selection(selected.start, selected.end, background=theme.selected, bold=True))
        self.setExtraSelections(selections)

    def _selection(
        self, start: int, end: int, background: str | None = None, foreground: str | None = None, bold: bool = False
    ) -> QtWidgets.QTextEdit.ExtraSelection:
        selection = QtWidgets.QTextEdit.ExtraSelection()
        cursor = QtGui.QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QtGui.QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        fmt = QtGui.QTextCharFormat()
        if background:
            fmt.setBackground(QtGui.QColor(background))
        if foreground:
            fmt.setForeground(QtGui.QColor(foreground))
        if bold:
            fmt.setFontWeight(QtGui.QFont.Weight.Bold)
        selection.format = fmt
        return selection

    def viewportEvent(self, event: QtCore.QEvent) -> bool:
        # A highlighted fact's tooltip, the Qt way: on the ToolTip event (see TradePlotView.viewportEvent).
        if event.type() == QtCore.QEvent.Type.ToolTip and isinstance(event, QtGui.QHelpEvent):
            fact = self.highlight_at(self.cursorForPosition(event.pos()).position())
            if fact is None:
                QtWidgets.QToolTip.hideText()
            else:
                self.fact_hovered.emit(fact.id)
                show_tooltip(event, fact.description, self.viewport())
            return True
        return bool(super().viewportEvent(event))

    def contextMenuEvent(self, event: QtGui.QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        cursor = self.textCursor()
        action = menu.addAction("Add a fact from the selection…")
        action.setEnabled(self.article is not None and cursor.hasSelection())
        if self.article is not None and cursor.hasSelection():
            article_id, start, end = self.article.id, cursor.selectionStart(), cursor.selectionEnd()
            action.triggered.connect(lambda: self.add_fact_requested.emit(article_id, start, end))
        menu.exec(event.globalPos())

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._paint_highlights()


def _gaps(spans: tuple[tuple[int, int], ...], length: int) -> list[tuple[int, int]]:
    """The parts of the text outside the article body (page furniture), greyed in the viewer."""
    gaps, last = [], 0
    for start, end in sorted(spans):
        if start > last:
            gaps.append((last, start))
        last = max(last, end)
    if last < length:
        gaps.append((last, length))
    return gaps


class ColorKey(QtWidgets.QWidget):
    """Which colour marks which kind of fact."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = FlowLayout(self)  # wraps onto a second line in a narrow window, never cuts a name
        self.labels: list[QtWidgets.QLabel] = []
        self.apply_theme(current_theme())

    def apply_theme(self, theme: Theme) -> None:
        for label in self.labels:
            label.deleteLater()
        self.labels = []
        for kind in FactKind:
            label = QtWidgets.QLabel(kind.label)
            color = theme.kind_colors.get(kind.value, "#dddddd")
            label.setStyleSheet(
                f"background: {color}; color: {theme.foreground}; border-radius: 3px; padding: 1px 4px;"
            )
            label.setToolTip(f"{kind.label} facts are highlighted in this colour")
            self.layout_.addWidget(label)
            self.labels.append(label)


class ArticleViewerPanel(QtWidgets.QWidget):
    """The articles about one relationship, and the one being read."""

    article_requested = QtCore.Signal(int, object)  # article id, fact id or None
    import_requested = QtCore.Signal()

    def __init__(self, side: int, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.view: PairView | None = None
        self.loader: Callable[[int], ArticleView | None] | None = None
        self.header = QtWidgets.QLabel()
        self.header.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.list = self._article_list()
        self.text = ArticleTextView()
        self.key = ColorKey()
        splitter = SharedSplitter(QtCore.Qt.Orientation.Vertical, (0.36, 0.64))  # list, then the text
        splitter.addWidget(self.list)
        reading = self._reading_area()
        splitter.addWidget(reading)
        self.splitter = splitter
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)
        self.import_button = QtWidgets.QPushButton("Import articles…")
        self.import_button.setToolTip("Read news or embassy articles (text, HTML, Markdown) into the store")
        self.import_button.clicked.connect(self.import_requested)
        self.import_button.setVisible(False)  # shown when the relationship has no article
        layout.addWidget(self.import_button, 0, QtCore.Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.key)
        self._current_article: int | None = None
        self._syncing = False  # the list follows show_article; its change must not open the article again

    def _reading_area(self) -> QtWidgets.QWidget:
        """The article's text, with what reading the file changed above it, or a message where it would be."""
        self.text.setMinimumHeight(48)
        self.text.setToolTip("")
        self.as_written = QtWidgets.QCheckBox("Line breaks as in the source")
        self.as_written.setToolTip(
            "This story's source breaks its lines inside paragraphs (a wire story): shown as paragraphs; tick "
            "to see the lines as written"
        )
        self.as_written.setVisible(False)
        self.as_written.toggled.connect(self.text.set_as_written)
        self.notes = QtWidgets.QLabel()  # what reading the file changed: shown as text, like the article
        self.notes.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.notes.setWordWrap(True)
        self.notes.setVisible(False)
        reading = QtWidgets.QWidget()
        reading_layout = QtWidgets.QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.setSpacing(2)
        reading_layout.addWidget(self.notes)
        reading_layout.addWidget(self.as_written)
        reading_layout.addWidget(self.text, 1)
        self.empty = QtWidgets.QLabel()
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.empty.setAlignment(QtCore.Qt.AlignmentFlag.AlignTop | QtCore.Qt.AlignmentFlag.AlignLeft)
        self.empty.setContentsMargins(6, 6, 6, 6)
        self.empty.setVisible(False)
        reading_layout.addWidget(self.empty, 1)
        return reading

    def _article_list(self) -> QtWidgets.QListView:
        self.model = ArticleListModel(self)
        articles = QtWidgets.QListView()
        articles.setModel(self.model)
        articles.setAlternatingRowColors(True)
        articles.setWordWrap(False)
        # Every row is two lines (a title, its outlet and date) elided to the width: one row's size is every
        # row's, so a relationship of 112 articles is not measured row by row on every switch to it.
        articles.setUniformItemSizes(True)
        articles.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        articles.setItemDelegate(_WordElidingDelegate(articles))
        articles.setResizeMode(QtWidgets.QListView.ResizeMode.Adjust)  # re-elide the titles on a resize
        articles.setMinimumHeight(44)  # two articles' first lines: a short window gives the charts the rest
        articles.setToolTip("Articles about this relationship, newest first")
        articles.selectionModel().currentChanged.connect(self._on_current_changed)
        return articles

    def set_view(self, view: PairView | None, title: str, color: str) -> None:
        self.view = view
        self.header.setText(title)
        if self.header.styleSheet() != (css := f"color: {color};"):  # a style sheet set re-polishes the label
            self.header.setStyleSheet(css)
        self.model.set_articles(view.articles if view else ())
        self._current_article = None
        if view and view.articles:
            self.show_article(view.articles[0].id)
        else:
            name = title.split(": ", 1)[-1]
            self.empty.setText(
                f"No article in the store states a fact about {name} yet.\n\n"
                "Import articles with the button below, with File ▸ Import articles… (Ctrl+O), or by "
                "dropping files or a folder on the window; or pick another pair above."
            )
            self.text.show_article(None)
            self.as_written.setVisible(False)
            self._show_notes(None)
        empty = not (view and view.articles)
        self.import_button.setVisible(empty)
        self.empty.setVisible(empty)  # a wrapped message where the article would be, not a cut placeholder
        self.text.setVisible(not empty)

    def show_article(self, article_id: int, fact_id: int | None = None) -> None:
        """Open an article, highlight ``fact_id`` and scroll it into view."""
        row = self.model.row_of(article_id)
        if article_id != self._current_article:
            self._current_article = article_id
            article = self.loader(article_id) if self.loader else None
            self.text.show_article(article, fact_id)
            self.as_written.setVisible(self.text.reflowed is not None)
            self._show_notes(article)
        else:
            self.text.select_fact(fact_id)
        if row >= 0 and row != self.list.currentIndex().row():
            # Not by blocking the selection model's signals: the list repaints the rows whose selection
            # changes when it hears them, and kept painting the previous article as the source.
            self._syncing = True
            try:
                self.list.setCurrentIndex(self.model.index(row))
            finally:
                self._syncing = False

    def _show_notes(self, article: ArticleView | None) -> None:
        notes = article.warnings if article else ()
        self.notes.setText("Note: " + "; ".join(notes) if notes else "")
        self.notes.setVisible(bool(notes))

    def forget_article(self) -> None:
        """The article's facts changed: read it again next time it is shown."""
        self._current_article = None

    def _on_current_changed(self, current: QtCore.QModelIndex, _previous: QtCore.QModelIndex) -> None:
        if current.isValid() and not self._syncing:
            self.show_article(int(current.data(ARTICLE_ID_ROLE)))

    def apply_theme(self, theme: Theme) -> None:
        self.text.apply_theme(theme)
        self.key.apply_theme(theme)
