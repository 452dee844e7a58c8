"""Alembic environment: always handed an open, keyed connection by app.storage.migrate.

It never builds its own engine: the database is encrypted and only the vault has the key.
"""

from alembic import context

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Sviedka migrations run only through app.storage.migrate")

context.configure(connection=connection, target_metadata=None, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
