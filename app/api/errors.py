"""One JSON error shape for every failure: ``{"error": {"code", "message", "details"}}``."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic_core import PydanticSerializationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.errors import CoachError

log = logging.getLogger("app.api")


def error_response(
    status: int, code: str, message: str, details: list[Any] | None = None
) -> JSONResponse:
    body = {"error": {"code": code, "message": message, "details": details or []}}
    return JSONResponse(body, status_code=status)


def _loc(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc if p not in ("body",)]
    return ".".join(parts) or "body"


def _clean_msg(msg: str) -> str:
    return msg.removeprefix("Value error, ")


def validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    out = []
    for e in exc.errors():
        item: dict[str, Any] = {
            "loc": _loc(tuple(e.get("loc", ()))),
            "msg": _clean_msg(str(e.get("msg", ""))),
            "type": e.get("type"),
        }
        out.append(item)
    return out


def _unreadable_body(exc: StarletteHTTPException) -> str | None:
    """FastAPI answers 400 "There was an error parsing the body" when decoding the JSON
    body fails with something other than a JSONDecodeError: bytes that are not UTF-8, or
    nesting deep enough to hit the recursion limit. To a client that is malformed JSON,
    which the API reports as 422 like any other."""
    if exc.status_code != 400:
        return None
    cause = exc.__cause__
    if isinstance(cause, UnicodeDecodeError):
        return "The request body is not valid JSON: it is not UTF-8 text."
    if isinstance(cause, RecursionError):
        return "The request body is not valid JSON we accept: it is nested too deeply."
    if isinstance(cause, ValueError):
        return "The request body is not valid JSON."
    return None


def install(app: FastAPI) -> None:
    @app.exception_handler(CoachError)
    async def _coach_error(_: Request, exc: CoachError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.details)

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        details = validation_details(exc)
        first = details[0] if details else {"loc": "body", "msg": "invalid request"}
        if first.get("type") == "json_invalid":
            message = "The request body is not valid JSON."
        elif first.get("type") == "missing" and first["loc"] == "body":
            message = "The request body is empty: send a JSON object with message.text."
        else:
            message = first["msg"] if first["loc"] == "body" else f"{first['loc']}: {first['msg']}"
        if len(details) > 1:
            message += f" (and {len(details) - 1} more problem(s))"
        return error_response(422, "invalid_input", message, details)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        unreadable = _unreadable_body(exc)
        if unreadable is not None:
            return error_response(
                422,
                "invalid_input",
                unreadable,
                [{"loc": "body", "msg": unreadable, "type": "json_invalid"}],
            )
        codes = {404: "not_found", 405: "method_not_allowed", 413: "too_large", 401: "unauthorized"}
        return error_response(
            exc.status_code, codes.get(exc.status_code, "http_error"), str(exc.detail)
        )

    @app.exception_handler(PydanticSerializationError)
    async def _unencodable(_: Request, exc: PydanticSerializationError) -> JSONResponse:
        # JSON allows "\ud800" escapes (and Python's decoder lets UTF-8-encoded surrogates
        # through), but a lone surrogate cannot be written back out as UTF-8: echoing it
        # in a response fails. That is bad input, not our failure.
        if "surrogates not allowed" in str(exc):
            message = (
                "The request contains text that is not valid Unicode "
                "(an unpaired surrogate such as \\ud800)."
            )
            return error_response(
                422, "invalid_input", message, [{"loc": "body", "msg": message, "type": "unicode"}]
            )
        log.exception("response serialization failed", exc_info=exc)
        return error_response(500, "internal_error", "Something went wrong on our side.")

    @app.exception_handler(Exception)
    async def _unexpected(
        _: Request, exc: Exception
    ) -> JSONResponse:  # pragma: no cover - last resort
        log.exception("unhandled error", exc_info=exc)
        return error_response(500, "internal_error", "Something went wrong on our side.")
