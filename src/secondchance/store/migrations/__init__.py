"""Alembic migrations for the secondchance schema."""
