"""A small exception hierarchy. Each edge maps it once: the API to one JSON error
shape and an HTTP status, the CLI to an exit code."""

from __future__ import annotations

from typing import Any


class CoachError(Exception):
    """Base for every error the coach raises on purpose."""

    status = 400
    code = "bad_request"
    exit_code = 1

    def __init__(self, message: str, *, details: list[dict[str, Any]] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or []


class InvalidInput(CoachError):
    """The request is well-formed JSON but says something impossible."""

    status = 422
    code = "invalid_input"
    exit_code = 2


class TooLarge(CoachError):
    """The draft or the body is over the configured limit."""

    status = 413
    code = "too_large"
    exit_code = 2


class EngineUnavailable(CoachError):
    """The caller asked for the LLM engine explicitly and none is configured."""

    status = 422
    code = "engine_unavailable"
    exit_code = 3


class NotFound(CoachError):
    """No such thing for this owner (another owner's contact is 'not found' too)."""

    status = 404
    code = "not_found"
    exit_code = 2


class StoreUnavailable(CoachError):
    """The contacts store cannot be opened (bad COACH_DATABASE_URL, server down)."""

    status = 503
    code = "store_unavailable"
    exit_code = 3
