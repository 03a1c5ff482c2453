"""The API contract, by concern. Separate from the tables, so that storage changes cannot leak into it."""
