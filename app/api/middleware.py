"""Pure ASGI middleware: request ids and access logs, body-size limits, API keys.

Written against the ASGI interface rather than ``BaseHTTPMiddleware`` so it adds
no per-request task or body buffering to the hot path.
"""

from __future__ import annotations

import hmac
import itertools
import logging
import os
import re
import time
from typing import Any

import orjson
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("app.access")


async def _send_error(
    send: Send,
    status: int,
    code: str,
    message: str,
    headers: list[tuple[bytes, bytes]] | None = None,
) -> None:
    body = orjson.dumps({"error": {"code": code, "message": message, "details": []}})
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *(headers or []),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class _BodyTooLarge(HTTPException):
    """Raised from ``receive`` when a streamed body passes the limit.

    An ``HTTPException`` so that FastAPI's body reader re-raises it (it wraps any other
    exception in a 400 "error parsing the body") and the app's handler answers 413 in
    the one JSON error shape.
    """

    def __init__(self, message: str) -> None:
        super().__init__(413, message)


class BodyLimit:
    """413 for bodies over ``max_bytes``, by Content-Length or by counting the stream."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for k, v in scope.get("headers", []):
            if k == b"content-length":
                try:
                    declared = int(v)
                except ValueError:
                    await _send_error(send, 400, "bad_request", "Content-Length is not a number.")
                    return
                if declared > self.max_bytes:
                    await _send_error(send, 413, "too_large", self._msg())
                    return
        seen = 0
        started = over = replaced = False

        async def counted() -> Message:
            nonlocal seen, over
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.max_bytes:
                    over = True
                    raise _BodyTooLarge(self._msg())
            return msg

        async def tracking_send(msg: Message) -> None:
            nonlocal started, replaced
            if msg["type"] == "http.response.start":
                started = True
                if over and msg["status"] != 413:
                    # A route caught the overflow and answered something else (the web
                    # form reports unreadable forms as 400): the client still gets 413.
                    replaced = True
                    await _send_error(send, 413, "too_large", self._msg())
                    return
            if not replaced:
                await send(msg)

        try:
            await self.app(scope, counted, tracking_send)
        except _BodyTooLarge:
            if not started:
                await _send_error(send, 413, "too_large", self._msg())

    def _msg(self) -> str:
        return f"The request body is over the limit of {self.max_bytes:,} bytes."


class ApiKeys:
    """Require ``Authorization: Bearer KEY`` or ``X-API-Key: KEY`` on /v1/* when keys are set."""

    def __init__(self, app: ASGIApp, keys: list[str]) -> None:
        self.app = app
        self.keys = [k.encode() for k in keys if k]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.keys or not scope["path"].startswith("/v1/"):
            await self.app(scope, receive, send)
            return
        given = b""
        for k, v in scope.get("headers", []):
            if k == b"x-api-key":
                given = v.strip()
            elif k == b"authorization" and v[:7].lower() == b"bearer ":
                given = v[7:].strip()
        if not any(hmac.compare_digest(given, key) for key in self.keys):
            await _send_error(
                send,
                401,
                "unauthorized",
                "A valid API key is required (Authorization: Bearer KEY).",
                [(b"www-authenticate", b"Bearer")],
            )
            return
        await self.app(scope, receive, send)


_SAFE_ID = re.compile(rb"[A-Za-z0-9._:-]{1,64}")
_ID_PREFIX = os.urandom(4).hex()
_ID_COUNTER = itertools.count(1)


def _new_request_id() -> str:
    """16 hex characters: random per process, then a counter (no syscall per request)."""
    return f"{_ID_PREFIX}{next(_ID_COUNTER) & 0xFFFFFFFF:08x}"


class RequestContext:
    """Give every request an id (echoed as X-Request-ID) and log one JSON line for it.

    A client's own X-Request-ID is kept when it is a plain token (letters, digits and
    ``._:-``, at most 64); anything else is replaced, so control characters or odd bytes
    never reach a response header or the logs.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        raw = b""
        for k, v in scope.get("headers", []):
            if k == b"x-request-id":
                raw = v.strip()
        raw = raw[:64]
        rid = raw.decode("ascii") if _SAFE_ID.fullmatch(raw) else _new_request_id()
        rid_header = (b"x-request-id", rid.encode("ascii"))
        scope.setdefault("state", {})["request_id"] = rid
        status = 500
        t0 = time.perf_counter()

        async def send_with_id(msg: Message) -> None:
            nonlocal status
            if msg["type"] == "http.response.start":
                status = msg["status"]
                msg["headers"] = [*msg.get("headers", []), rid_header]
            await send(msg)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            if log.isEnabledFor(logging.INFO):
                extra: dict[str, Any] = {
                    "request_id": rid,
                    "method": scope.get("method"),
                    "path": scope.get("path"),
                    "status": status,
                    "ms": round((time.perf_counter() - t0) * 1000, 2),
                }
                log.info("request", extra={"fields": extra})
