"""Search backends of the site search: `postgres` (one per language) and `sqlite` (the newcomer default)."""
