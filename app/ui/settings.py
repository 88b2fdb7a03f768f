"""UI state kept between runs (QSettings): geometry, splitters, pairs, scale, last folder. Never data."""

from __future__ import annotations

from pathlib import Path

from app.ui.qt import QtCore

DEFAULT_PAIRS = (("VNM", "MEX"), ("VNM", "PER"))
MAX_RECENT = 8

# Each key, declared once.
GEOMETRY = "window/geometry"
SCREEN = "window/screen"  # the screen the geometry was saved on: its logical size and scale ("1600x1000@2")
SPLITTER = "window/splitter/{}"
PAIR = "compare/pair_{}"
RECENT = "compare/recent"
RECENT_COMPARISONS = "compare/recent_files"
LOG_SCALE = "plot/log_scale"
LAST_FOLDER = "files/last_folder"  # one folder for everything, as kept until 2026-12
FOLDER = "files/{}_folder"  # per purpose: import, official, export
OFFICIAL = "plot/official"
TOLERANCE = "plot/official_tolerance"
DATASET = "plot/official_dataset/{}"  # per relationship (its codes sorted, "MEX-VNM")
DEFAULT_TOLERANCE = 10.0  # per cent (app.analysis.official.DEFAULT_TOLERANCE, not imported: start-up)


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self.q = QtCore.QSettings("Dyad", "Dyad")
        else:
            self.q = QtCore.QSettings(str(path), QtCore.QSettings.Format.IniFormat)

    def geometry(self) -> QtCore.QByteArray | None:
        value = self.q.value(GEOMETRY)
        return value if isinstance(value, QtCore.QByteArray) else None

    def set_geometry(self, value: QtCore.QByteArray, screen: str = "") -> None:
        self.q.setValue(GEOMETRY, value)
        self.q.setValue(SCREEN, screen)

    def geometry_screen(self) -> str:
        return str(self.q.value(SCREEN) or "")

    def splitter(self, name: str) -> QtCore.QByteArray | None:
        value = self.q.value(SPLITTER.format(name))
        return value if isinstance(value, QtCore.QByteArray) else None

    def set_splitter(self, name: str, value: QtCore.QByteArray) -> None:
        self.q.setValue(SPLITTER.format(name), value)

    def pairs(self) -> tuple[tuple[str, str], tuple[str, str]]:
        found = []
        for side in (0, 1):
            value = str(self.q.value(PAIR.format("ab"[side]), "") or "")
            parts = value.split("-")
            whole = len(parts) == 2 and all(len(p) == 3 for p in parts) and parts[0] != parts[1]
            found.append((parts[0], parts[1]) if whole else DEFAULT_PAIRS[side])
        return found[0], found[1]

    def set_pair(self, side: int, pair: tuple[str, str]) -> None:
        self.q.setValue(PAIR.format("ab"[side]), "-".join(pair))

    def recent(self) -> list[tuple[str, str]]:
        value = self.q.value(RECENT, "") or ""
        items = value if isinstance(value, list) else str(value).split(",")
        pairs = [tuple(str(x).split("-")) for x in items if str(x).count("-") == 1]
        unique: list[tuple[str, str]] = []
        for a, b in pairs:
            if a != b and not any({a, b} == set(p) for p in unique):  # one relationship, either order
                unique.append((a, b))
        return unique[:MAX_RECENT]

    def add_recent(self, pair: tuple[str, str]) -> None:
        """A pair compared, most recent first; a pair is one relationship in either order."""
        pairs = [p for p in self.recent() if set(p) != set(pair)]
        self.q.setValue(RECENT, ",".join("-".join(p) for p in [pair, *pairs][:MAX_RECENT]))

    def recent_comparisons(self) -> list[str]:
        """The comparison files saved or opened, most recent first, those that still exist."""
        value = self.q.value(RECENT_COMPARISONS, []) or []
        items = value if isinstance(value, list) else [value]
        return [str(p) for p in items if str(p) and _is_file(str(p))][:MAX_RECENT]

    def add_recent_comparison(self, path: str) -> None:
        paths = [p for p in self.recent_comparisons() if p != path]
        self.q.setValue(RECENT_COMPARISONS, [path, *paths][:MAX_RECENT])

    def log_scale(self) -> bool:
        return str(self.q.value(LOG_SCALE, "true")).lower() == "true"

    def set_log_scale(self, value: bool) -> None:
        self.q.setValue(LOG_SCALE, "true" if value else "false")

    def last_folder(self, purpose: str = "import") -> str:
        """The folder last used for ``purpose``: "import" (articles), "official" (statistics files) or
        "export" (charts, facts). Each its own: exports do not open among the articles imported."""
        if purpose == "export":
            documents = QtCore.QStandardPaths.writableLocation(QtCore.QStandardPaths.StandardLocation.DocumentsLocation)
            fallback = documents if documents and Path(documents).is_dir() else str(Path.home())
        else:
            fallback = str(self.q.value(LAST_FOLDER) or Path.home())  # the one folder kept before
        return str(self.q.value(FOLDER.format(purpose)) or fallback)

    def set_last_folder(self, folder: str, purpose: str = "import") -> None:
        self.q.setValue(FOLDER.format(purpose), folder)

    def sync(self) -> None:
        self.q.sync()

    def official(self) -> bool:
        return str(self.q.value(OFFICIAL, "true")).lower() == "true"

    def set_official(self, value: bool) -> None:
        self.q.setValue(OFFICIAL, "true" if value else "false")

    def tolerance(self) -> float:
        try:
            value = float(str(self.q.value(TOLERANCE, DEFAULT_TOLERANCE)))
        except ValueError:
            return DEFAULT_TOLERANCE
        return value if 0 <= value <= 1000 else DEFAULT_TOLERANCE

    def set_tolerance(self, value: float) -> None:
        self.q.setValue(TOLERANCE, value)

    def dataset(self, pair: tuple[str, str]) -> str | None:
        """The official dataset the analyst chose to draw and compare for a relationship (None: the most
        complete)."""
        value = str(self.q.value(DATASET.format("-".join(sorted(pair))), "") or "")
        return value or None

    def set_dataset(self, pair: tuple[str, str], dataset: str | None) -> None:
        self.q.setValue(DATASET.format("-".join(sorted(pair))), dataset or "")


def _is_file(path: str) -> bool:
    """Path.is_file() that says False, not OSError, of a name too long for the system (ENAMETOOLONG)."""
    try:
        return Path(path).is_file()
    except OSError:
        return False
