"""The storage edge for relationship memory: SQLAlchemy tables, Alembic migrations and the
owner-scoped repository. The core never imports this package; it only sees plain data."""
