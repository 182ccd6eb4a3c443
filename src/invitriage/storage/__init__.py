"""Storage: the SQLite database, its migrations, and the queries grouped by use."""
