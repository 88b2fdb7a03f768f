"""Markup in an article is shown as the characters it is: the viewer, its list, its tooltips and
the fact table never render it, so nothing is fetched and nothing runs."""

from __future__ import annotations

from app.ui.qt import QtCore, QtGui, QtWidgets

MARKUP = (
    "<script>alert(1)</script> <iframe src='http://evil.example/frame'></iframe> "
    '<img src="http://evil.example/pixel.png" onerror="steal()"> '
    '<a href="javascript:steal()">more</a> '
    "Trade between Vietnam and Mexico reached US$9 billion in 2021."
)


def test_pasted_markup_is_shown_as_text(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from app.session.imports import store_pasted_article as store_clipboard_article

    result = store_clipboard_article(
        window.store,
        {"title": "<b>Bold</b> <img src='http://evil.example/t.png'>", "published": "", "outlet": "", "text": MARKUP},
    )
    assert result.status == "new"
    with qtbot.waitSignals([window.pair_loaded, window.pair_loaded], timeout=15000):
        window.refresh()
    viewer = window.viewers[0]
    viewer.show_article(result.article_id)

    text = viewer.text
    assert isinstance(text, QtWidgets.QPlainTextEdit)  # a plain-text document: no HTML, no resources
    assert text.toPlainText() == MARKUP
    document = text.document()
    for url in ("http://evil.example/pixel.png", "http://evil.example/frame"):
        resource = document.resource(QtGui.QTextDocument.ResourceType.ImageResource, QtCore.QUrl(url))
        assert resource is None or not resource
    assert document.toHtml().count("<img") == 0  # the characters are escaped, never an image element

    row = viewer.model.row_of(result.article_id)
    index = viewer.model.index(row)
    assert index.data(QtCore.Qt.ItemDataRole.DisplayRole).startswith("<b>Bold</b> <img src=")
    tooltip = index.data(QtCore.Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Bold&lt;/b&gt; &lt;img src=" in tooltip and "<b>" not in tooltip

    fact = next(f for f in text.article.facts if f.kind == "trade_total")
    assert MARKUP[fact.start : fact.end].endswith("Trade between Vietnam and Mexico reached US$9 billion in 2021")
    assert window.plot.line_data(0)[1][window.plot.line_data(0)[0].index(2021)] == 9e9
