"""Help ▸ User guide: what the window shows and how to work with it, in a few screens of text."""

from __future__ import annotations

from app.ui.qt import QtCore, QtWidgets

GUIDE = """\
# Dyad in five minutes

## Pick two relationships

Relationship **A** (blue) and **B** (orange) are each two countries. Type a name, a code (VNM) or a
demonym (Peruvian) in a picker and press Enter; ⇄ swaps the two countries, **Recent** lists pairs you
compared, and View ▸ Swap A and B (Ctrl+Shift+S) exchanges the two relationships.

## Read the trade chart

Each point is a two-way trade total stated in an article. Click one to open its article with the
sentence highlighted; hover for the figure and its source.

- **Filled circle**: a full-year total, joined by the line.
- **Hollow circle**: part of a year ("first nine months"), labelled so and not joined.
- **Hollow diamond**: derived (computed from another figure; the tooltip shows the formula).
- **Red ring**: sources disagree about that year.
- **Faded, dotted**: doubtful. The extractor is not sure of the fact (hover for its confidence and why);
  the Facts tab lists doubtful facts first for review.
- **Red triangle**: flagged, with a label saying why.
  - "⚠ implausible": the figure is orders of magnitude off the rest of its series. It is drawn apart,
    off the line, until you accept it.
  - "⚠ inconsistent": its article's growth rate contradicts its own figures. The figure stays on the
    line (it may be right; the rate may be wrong), and the growth in the summary leaves it out.
- **Dashed line**: years with no figure (more than two years apart).
- A figure in another currency (NLG 110 bn) is listed as stated and drawn once you give a rate for its
  currency and year in View ▸ Exchange rates…, with the rate's source; every figure it converts says so.

Labels stand beside their points, a thin line joining a label that had to stand further off. The key is
above the chart. Ctrl+L switches between a log and a linear money axis; the mouse wheel zooms the years
(within the data's span), View ▸ Reset zoom (Ctrl+0) shows everything. "Align on relations established"
(Ctrl+Shift+A) puts both relationships on years since relations began.

## Compare with official statistics

File ▸ Import official statistics… reads UN Comtrade, IMF (DOTS and IMTS) and WITS downloads. View ▸
Official statistics shows each reporter's two-way totals as thin lines with square markers under the news
figures, and rings (purple) a news total that differs from every official figure for its year by more
than the tolerance (View ▸ Official statistics tolerance…, 10 % to start). View ▸ Official statistics year
by year (Ctrl+Shift+T) lists every imported series for the pair (each dataset and reporter: exports,
imports, two-way) beside the news, and chooses which dataset the chart draws and compares, remembered per
relationship. Each figure's tooltip names its dataset, reporter, file and when it was retrieved; when the
two countries' own reports differ widely, the comparison says so.

## Read the milestones

The timeline below shows relations established, embassies, visits and agreements. A year-precise fact
is a bar over its year, a month-precise one over its month, a dated one a point. Marks that would cover
each other stand on rows just above and below their lane. Click one for its sentence.

## Read the articles

Each article is shown as text, never as a web page, with every fact it states highlighted by kind. A
wire story whose source breaks its lines inside paragraphs is shown as paragraphs; tick "Line breaks as
in the source" to see it as written.

## Review the facts

The **Facts** tab lists every fact of a relationship: filter by kind or text, sort by any column. The
Flag column says why a figure is suspect (hover for the reason). Accept, Reject or Edit a fact (Edit
takes "10.7 million", "$1.2 billion" or "1,200,000"), or select text in an article and add a fact from
it. Edit ▸ Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z) step through your reviews. If another analyst changed
a fact meanwhile, your change is refused rather than overwriting theirs.

## Bring articles in

File ▸ Import articles… (Ctrl+O), Import a folder… (Ctrl+Shift+I), drop files on the window, or paste
one with File ▸ New article from clipboard… (Ctrl+Shift+V). Text, HTML and Markdown are read; a file
that cannot be read is listed with the reason and the rest still go in.

## Export

File ▸ Export chart… (Ctrl+E) writes the trade chart, the timeline or both as PNG, SVG or PDF; Edit ▸
Copy trade chart (Ctrl+Shift+C) copies it. File ▸ Export facts as CSV… writes both relationships' facts
for a spreadsheet.
"""


class GuideDialog(QtWidgets.QDialog):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Dyad user guide")
        self.browser = QtWidgets.QTextBrowser()
        self.browser.setOpenLinks(False)  # the guide has no links: nothing is fetched or opened
        self.browser.setMarkdown(GUIDE)
        close = QtWidgets.QPushButton("Close")
        close.clicked.connect(self.accept)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(close, 0, QtCore.Qt.AlignmentFlag.AlignRight)
        self.resize(640, 560)
