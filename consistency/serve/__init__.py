"""`consistency serve`: the check as an HTTP service (FastAPI), with the models loaded once; the `serve` extra."""

from .app import create_app
from .service import Service

__all__ = ["Service", "create_app"]
