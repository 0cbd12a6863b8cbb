"""The local web app and JSON API: thin FastAPI layers over `secondchance.services`."""
