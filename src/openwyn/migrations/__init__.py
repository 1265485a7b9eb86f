"""Alembic migrations, shipped inside the package so an installed `openwyn` can migrate."""
