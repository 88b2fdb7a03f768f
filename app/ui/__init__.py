"""The window: Qt widgets, item models, pyqtgraph views, workers and export."""
