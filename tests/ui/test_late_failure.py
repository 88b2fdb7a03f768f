"""A closed window whose late query fails does not raise a modal dialog (nobody is there to click it)."""

from __future__ import annotations


def test_a_closed_window_reports_but_does_not_ask(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy.exc import OperationalError

    import app.ui.store_opener
    from app.ui.qt import QtWidgets

    asked: list[str] = []
    monkeypatch.setattr(app.ui.store_opener, "message_box", lambda *args: asked.append(args[3]))
    reported: list[str] = []
    window.error_reported.connect(reported.append)
    window.close()

    def fail() -> None:
        raise OperationalError("SELECT 1", {}, Exception("unable to open database file"))

    window.workers.submit("counts", fail, lambda _: None, lambda _: None)
    window.workers.wait()
    QtWidgets.QApplication.processEvents()
    assert asked == []
    assert reported == [f"cannot open {window.store.describe()}: check the folder exists and is writable"]


def test_a_store_gone_while_reading_an_article_is_offered_not_raised(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The article text is read on the GUI thread; a failing store there must not escape the slot."""
    from sqlalchemy.exc import OperationalError

    import app.session.views
    from app.ui.qt import QtWidgets

    offered: list[str] = []
    monkeypatch.setattr(window.opener, "offer_another", offered.append)

    def gone(store, article_id):  # type: ignore[no-untyped-def]
        raise OperationalError("SELECT articles.id", {}, Exception("unable to open database file"))

    monkeypatch.setattr(app.session.views, "article_view", gone)
    window.articles.cache.clear()
    assert window.articles(window.views[1].articles[0].id) is None
    QtWidgets.QApplication.processEvents()
    assert offered == [f"cannot open {window.store.describe()}: check the folder exists and is writable"]
