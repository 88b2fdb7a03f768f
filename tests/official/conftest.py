"""The official readers' tests that store run on every engine, as the store's do."""

from tests.store.conftest import db_url, engine_name, new_db_url

__all__ = ["db_url", "engine_name", "new_db_url"]
