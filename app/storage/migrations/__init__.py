"""Alembic migrations for the contacts store, shipped inside the package so an installed
copy can migrate its own database (``app.storage.db.upgrade``)."""
