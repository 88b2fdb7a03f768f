"""Alembic environment: Dyad passes its own connection; nothing here reads alembic.ini."""

from __future__ import annotations

from alembic import context

from app.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - Dyad always passes a connection
    raise RuntimeError("run migrations through app.store.engine.open_store")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
