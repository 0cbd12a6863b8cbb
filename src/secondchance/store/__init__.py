"""Storage: SQLAlchemy models, the Store of repository functions, and Alembic migrations."""
