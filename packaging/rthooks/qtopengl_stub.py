# PyInstaller runtime hook. pyqtgraph imports PySide6.QtOpenGL and QtOpenGLWidgets when it is imported,
# for drawing paths Dyad never takes (OpenGL views and OpenGL curve and mesh painting); plots only ask
# "is this view an OpenGL widget?". The bindings are 9 MB, so the bundle leaves them out and these
# stand-ins answer that question (no) and say what is missing if anything reaches further.
import sys
import types


class _Missing(types.ModuleType):
    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):
            raise AttributeError(name)
        raise ImportError(f"{self.__name__}.{name}: Qt's OpenGL bindings are not part of the Dyad bundle")


def _install() -> None:
    from PySide6 import QtWidgets

    class QOpenGLWidget(QtWidgets.QWidget):
        """Never instantiated: a type for pyqtgraph's isinstance checks to find nothing of."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            raise ImportError("Qt's OpenGL widgets are not part of the Dyad bundle")

    widgets = _Missing("PySide6.QtOpenGLWidgets")
    widgets.QOpenGLWidget = QOpenGLWidget
    sys.modules.setdefault("PySide6.QtOpenGL", _Missing("PySide6.QtOpenGL"))
    sys.modules.setdefault("PySide6.QtOpenGLWidgets", widgets)


_install()
