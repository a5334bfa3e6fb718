"""HTTP API (FastAPI) over the same functions the CLI uses; also serves the dashboard."""

from sitrep.api.app import create_app

__all__ = ["create_app"]
