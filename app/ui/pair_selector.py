"""Picking a relationship: two country pickers with type-to-search, a swap button and recent pairs."""

from __future__ import annotations

from app.domain.countries import country_index
from app.ui.qt import QtCore, QtGui, QtWidgets

CODE_ROLE = QtCore.Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = QtCore.Qt.ItemDataRole.UserRole + 2


class CountryListModel(QtGui.QStandardItemModel):
    """Every country; those with facts first (in bold, with their count), then the rest by name."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.complete = False

    def seed(self, entries: list[tuple[str, str]]) -> None:
        """Just the countries on screen (code, name), until the store says which have facts."""
        if self.complete:
            return
        for code, name in entries:
            if self.row_of(code) < 0:
                item = QtGui.QStandardItem(f"{name} ({code})")
                item.setData(code, CODE_ROLE)
                item.setData(f"{name} | {code}", SEARCH_ROLE)
                item.setEditable(False)
                self.appendRow(item)

    def set_counts(self, counts: dict[str, int]) -> None:
        index = country_index()
        countries = sorted(index.countries.values(), key=lambda c: (0 if counts.get(c.code) else 1, c.name))
        self.complete = True
        self.clear()
        for country in countries:
            n = counts.get(country.code, 0)
            item = QtGui.QStandardItem(f"{country.name} ({country.code})")
            item.setData(country.code, CODE_ROLE)
            # Searchable by every name, code and demonym: typing "Peruv" or "VNM" finds the country.
            forms = {country.name, country.code, country.alpha2, *country.names, *country.demonyms}
            item.setData(" | ".join(sorted(forms)), SEARCH_ROLE)
            item.setToolTip(f"{country.official_name}: {n} facts in the store" if n else country.official_name)
            if n:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            item.setEditable(False)
            self.appendRow(item)

    def row_of(self, code: str) -> int:
        for row in range(self.rowCount()):
            if self.item(row).data(CODE_ROLE) == code:
                return row
        return -1


class _Matches(QtCore.QSortFilterProxyModel):
    """The countries a typed text matches, best first: the exact code or name (KOR, "Korea"), then names
    that start with it, then any other match (so KOR comes before PRK, whose names also say Korea)."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.query = ""
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterCaseSensitivity(QtCore.Qt.CaseSensitivity.CaseInsensitive)

    def set_query(self, text: str) -> None:
        self.query = text.strip().lower()
        self.setFilterFixedString(text.strip())
        self.invalidate()
        self.sort(0)

    def rank(self, row: int) -> tuple[int, int]:
        model = self.sourceModel()
        index = model.index(row, 0)
        code = str(index.data(CODE_ROLE) or "").lower()
        forms = [f.strip().lower() for f in str(index.data(SEARCH_ROLE) or "").split("|")]
        name = str(index.data(QtCore.Qt.ItemDataRole.DisplayRole) or "").lower()
        q = self.query
        if q and (q == code or q in forms):
            best = 0
        elif q and (name.startswith(q) or any(f.startswith(q) for f in forms)):
            best = 1
        else:
            best = 2
        return best, row  # then the list's own order: countries with facts first, then by name

    def lessThan(self, left: QtCore.QModelIndex, right: QtCore.QModelIndex) -> bool:  # type: ignore[override]
        return self.rank(left.row()) < self.rank(right.row())


class CountryPicker(QtWidgets.QComboBox):
    """An editable combo box: type any part of a name, code or demonym and pick from the matches."""

    country_changed = QtCore.Signal(str)
    not_found = QtCore.Signal(str)  # typed text that names no country (the picker keeps its country)

    def __init__(self, model: CountryListModel, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QtWidgets.QComboBox.InsertPolicy.NoInsert)
        self.setModel(model)
        self.setMaxVisibleItems(20)
        self.setMinimumContentsLength(13)  # "Vietnam (VNM)"; a wider window gives the pickers more
        self.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # Typing filters on every name, code and demonym; choosing inserts the display name.
        self.proxy = _Matches(self)
        self.proxy.setSourceModel(model)
        completer = QtWidgets.QCompleter(self.proxy, self)
        completer.setCompletionMode(QtWidgets.QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(QtCore.Qt.CaseSensitivity.CaseInsensitive)
        completer.activated[QtCore.QModelIndex].connect(self._on_completed)  # type: ignore[index]
        self.edit().textEdited.connect(self._on_text_edited)
        self.edit().returnPressed.connect(self.commit_typed)
        self.setCompleter(completer)
        self.currentIndexChanged.connect(self._on_index_changed)
        self._code = ""

    def code(self) -> str:
        return self._code

    def edit(self) -> QtWidgets.QLineEdit:
        """The picker's text field (an editable combo box always has one)."""
        edit = self.lineEdit()
        assert edit is not None
        return edit

    def _popup(self) -> QtWidgets.QAbstractItemView | None:
        completer = self.completer()
        return completer.popup() if completer is not None else None

    def set_code(self, code: str) -> None:
        model = self.model()
        assert isinstance(model, CountryListModel)
        row = model.row_of(code)
        if row >= 0:
            self._code = code
            self.setCurrentIndex(row)
            self.setEditText(self.itemText(row))
            self.edit().setCursorPosition(0)  # a name wider than the box shows its start, not its end

    def resolve(self, text: str) -> str | None:
        """The country typed text names: an exact code, name, alias or demonym, else the best match."""
        text = text.strip()
        if not text:
            return None
        if text == self.itemText(self.currentIndex()):
            return self._code or None
        found = country_index().lookup(text)
        if found is not None and self.model().row_of(found.code) >= 0:  # type: ignore[attr-defined]
            return found.code
        self.proxy.set_query(text)
        if self.proxy.rowCount():
            return str(self.proxy.index(0, 0).data(CODE_ROLE))
        return None

    def commit_typed(self) -> bool:
        """Enter, Tab or leaving the picker: take the country typed; say so when the text names none."""
        text = self.edit().text()
        if self._code and text == self.itemText(self.currentIndex()):
            return True
        code = self.resolve(text)
        popup = self._popup()
        if popup is not None and popup.isVisible():
            popup.hide()
        if code is None:
            if text.strip():
                self.not_found.emit(text.strip())
            if self._code:
                self.setEditText(self.itemText(self.currentIndex()))
                self.edit().setCursorPosition(0)
            return False
        if code != self._code:
            self.set_code(code)
            self.country_changed.emit(code)
        else:
            self.set_code(code)
        return True

    def _on_text_edited(self, text: str) -> None:
        self.proxy.set_query(text)
        completer = self.completer()
        if completer is not None and text.strip():
            completer.complete()

    def _on_completed(self, index: QtCore.QModelIndex) -> None:
        code = index.data(CODE_ROLE)
        if code and code != self._code:
            self.set_code(str(code))
            self.country_changed.emit(self._code)

    def _on_index_changed(self, row: int) -> None:
        code = self.itemData(row, CODE_ROLE)
        if code and code != self._code:
            self._code = str(code)
            self.country_changed.emit(self._code)

    def focusOutEvent(self, event: QtGui.QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() == QtCore.Qt.FocusReason.PopupFocusReason:
            return  # focus went to the list of matches, not away from the picker
        # Tab (even with the matches open), a click elsewhere: take what was typed, as Enter does; text
        # naming no country is said, then reverted.
        self.commit_typed()


class PairSelector(QtWidgets.QWidget):
    """Relationship A or B."""

    pair_changed = QtCore.Signal(str, str)
    not_found = QtCore.Signal(str)

    def __init__(self, label: str, color: str, model: CountryListModel, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.swatch = QtWidgets.QLabel(label)
        self.swatch.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.swatch.setFixedWidth(24)
        self.set_color(color)
        self.first = CountryPicker(model)
        self.second = CountryPicker(model)
        self.first.setToolTip(f"Relationship {label}: first country (type a name, code or demonym)")
        self.second.setToolTip(f"Relationship {label}: second country")
        self.swap = QtWidgets.QToolButton()
        self.swap.setText("⇄")
        self.swap.setToolTip("Swap the two countries")
        self.swap.clicked.connect(self._on_swap)
        self.recent = QtWidgets.QToolButton()
        self.recent.setText("Recent")
        self.recent.setToolTip("Pairs you compared recently")
        self.recent.setPopupMode(QtWidgets.QToolButton.ToolButtonPopupMode.InstantPopup)
        self.recent_menu = QtWidgets.QMenu(self)
        self.recent.setMenu(self.recent_menu)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        for button in (self.swap, self.recent):
            button.setFocusPolicy(QtCore.Qt.FocusPolicy.TabFocus)  # reached by Tab on every platform
        self._recent: list[tuple[str, str]] = []
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.swatch, self.first, QtWidgets.QLabel("–"), self.second, self.swap, self.recent):
            layout.addWidget(widget, 1 if isinstance(widget, CountryPicker) else 0)
        self.first.country_changed.connect(self._emit)
        self.second.country_changed.connect(self._emit)
        self.first.not_found.connect(self.not_found)
        self.second.not_found.connect(self.not_found)
        self._quiet = False

    def pair(self) -> tuple[str, str]:
        return self.first.code(), self.second.code()

    def can_show(self, a: str, b: str) -> bool:
        """Whether the pickers can show ``a`` – ``b``: two countries of their list, not one twice."""
        model = self.first.model()
        assert isinstance(model, CountryListModel)
        return a != b and model.row_of(a) >= 0 and model.row_of(b) >= 0

    def set_pair(self, a: str, b: str, emit: bool = True) -> None:
        self._quiet = True
        try:
            self.first.set_code(a)
            self.second.set_code(b)
        finally:
            self._quiet = False
        if emit:
            self._emit()

    def set_recent(self, pairs: list[tuple[str, str]]) -> None:
        self._recent = list(pairs)
        self.recent.setEnabled(bool(pairs))

    def _fill_recent_menu(self) -> None:
        """Built when opened: naming pairs needs the full country list, which start-up does without."""
        self.recent_menu.clear()
        index = country_index()
        for a, b in self._recent:
            action = self.recent_menu.addAction(f"{index.name(a)} – {index.name(b)}")
            action.triggered.connect(lambda _=False, a=a, b=b: self.set_pair(a, b))

    def set_color(self, color: str) -> None:
        self.swatch.setStyleSheet(f"background: {color}; color: white; font-weight: bold; border-radius: 3px;")

    def _on_swap(self) -> None:
        a, b = self.pair()
        self.set_pair(b, a)

    def _emit(self) -> None:
        a, b = self.pair()
        if not self._quiet and a and b and a != b:
            self.pair_changed.emit(a, b)
