"""Every analyzer, registered on import. ``REGISTRY`` lists them in report order."""

from app.core.analyzers import bare, flattery, framing, intro, relationship, strengths, tone  # noqa: F401
from app.core.analyzers.base import REGISTRY, Analyzer, Context, Example, Hit

__all__ = ["REGISTRY", "Analyzer", "Context", "Example", "Hit"]
