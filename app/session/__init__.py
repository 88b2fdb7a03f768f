"""The application layer: what the window and the command line both do, written once and Qt-free.

Opening and seeding a store, the read models the window and ``dyad compare`` show, reviewing facts with
an undo history, importing articles and official statistics, and exporting facts. The package's face
imports nothing, so naming a record (``app.session.records``) never loads SQLAlchemy or pandas."""
