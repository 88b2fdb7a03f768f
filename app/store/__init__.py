"""The SQL store of articles and facts. SQLAlchemy 2.0; no Qt. No ORM object leaves this package."""
