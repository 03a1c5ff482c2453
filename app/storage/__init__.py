"""Storage: the engine and sessions, tables, the repository, migrations and reference loading."""
