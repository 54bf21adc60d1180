"""A scripted OpenAI-compatible server for tests: real HTTP on 127.0.0.1, no mocks.

The app under test talks to it through the real ``openai`` SDK, exactly as it would
talk to OpenAI or llama.cpp. Each test scripts the next replies (a valid answer,
broken JSON, a truncated answer, an HTTP error, a slow reply...) and afterwards reads
the requests the server received::

    with run_fake_openai() as fake:
        fake.script(error(429, retry_after_ms=20), answer(findings=[], text="Hi..."))
        ...  # point COACH_LLM_BASE_URL at fake.base_url and call the app
        assert len(fake.requests) == 2

Unscripted requests get a 500 with ``x-should-retry: false`` (so the SDK does not
retry it), which makes a missing script line fail loudly instead of hanging.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import threading
import time
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route


@dataclass(frozen=True)
class Reply:
    """One scripted HTTP reply. ``body`` is sent as JSON unless it is a ``str``."""

    status: int = 200
    body: Any = None
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Received:
    """One request as the server saw it."""

    path: str
    headers: dict[str, str]
    body: dict[str, Any]

    @property
    def messages(self) -> list[dict[str, Any]]:
        msgs: list[dict[str, Any]] = self.body.get("messages", [])
        return msgs

    def content(self, role: str, index: int = 0) -> str:
        """The ``index``-th message with ``role`` (system, user, assistant)."""
        text: str = [m for m in self.messages if m.get("role") == role][index]["content"]
        return text


def completion(
    content: str | None,
    *,
    finish_reason: str = "stop",
    prompt_tokens: int = 120,
    completion_tokens: int = 80,
    model: str = "fake-model",
) -> Reply:
    """A chat completion whose message has ``content``."""
    return Reply(
        body={
            "id": "chatcmpl-fake",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content},
                    "finish_reason": finish_reason,
                }
            ],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }
    )


def answer(
    *,
    findings: Sequence[dict[str, str]] = (),
    text: str,
    subject: str | None = None,
    changes: Sequence[str] = ("Led with them and offered help first.",),
    **kwargs: Any,
) -> Reply:
    """A completion whose content is the JSON object the coach asks for."""
    payload = {
        "findings": list(findings),
        "rewrite": {"text": text, "subject": subject, "changes": list(changes)},
    }
    return completion(json.dumps(payload), **kwargs)


def finding(code: str, evidence: str, message: str = "A model's observation.") -> dict[str, str]:
    return {"code": code, "message": message, "evidence": evidence}


def error(
    status: int, message: str = "scripted error", *, retry_after_ms: int | None = None
) -> Reply:
    """An OpenAI-style error body with ``status``."""
    headers = {"retry-after-ms": str(retry_after_ms)} if retry_after_ms is not None else {}
    body = {"error": {"message": message, "type": "scripted", "code": str(status)}}
    return Reply(status=status, body=body, headers=headers)


def no_choices() -> Reply:
    """A 200 with an empty ``choices`` list (seen from overloaded or filtering proxies)."""
    reply = completion("unused")
    return Reply(body={**reply.body, "choices": []})


def slow(reply: Reply, seconds: float) -> Reply:
    """``reply``, sent only after ``seconds``."""
    return Reply(reply.status, reply.body, seconds, reply.headers)


class FakeOpenAI:
    """The server's state: scripted replies in, received requests out (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._script: deque[Reply] = deque()
        self._received: list[Received] = []
        self.base_url = ""
        self.closing = threading.Event()

    def script(self, *replies: Reply) -> None:
        """Replace the queue of replies with ``replies`` and forget earlier requests."""
        with self._lock:
            self._script = deque(replies)
            self._received = []

    @property
    def requests(self) -> list[Received]:
        with self._lock:
            return list(self._received)

    @property
    def pending(self) -> int:
        """Scripted replies not yet used."""
        with self._lock:
            return len(self._script)

    async def _chat(self, request: Request) -> Response:
        raw = await request.body()
        try:
            body = json.loads(raw)
        except json.JSONDecodeError:
            body = {"_raw": raw.decode("utf-8", "replace")}
        with self._lock:
            self._received.append(Received(request.url.path, dict(request.headers), body))
            reply = self._script.popleft() if self._script else None
        if reply is None:
            return JSONResponse(
                {"error": {"message": "no scripted reply left", "type": "unscripted"}},
                status_code=500,
                headers={"x-should-retry": "false"},
            )
        # Sleep in slices so that stopping the server never waits on a slow reply.
        until = time.monotonic() + reply.delay
        while time.monotonic() < until and not self.closing.is_set():
            await asyncio.sleep(0.05)
        if isinstance(reply.body, str):
            return Response(reply.body, reply.status, reply.headers, media_type="text/plain")
        return JSONResponse(reply.body, reply.status, reply.headers)

    async def _models(self, _: Request) -> Response:
        return JSONResponse({"object": "list", "data": [{"id": "fake-model", "object": "model"}]})

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/v1/chat/completions", self._chat, methods=["POST"]),
                Route("/v1/models", self._models, methods=["GET"]),
            ]
        )


def closed_port() -> int:
    """A loopback port with nothing listening (for connection-refused tests)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def run_fake_openai() -> Iterator[FakeOpenAI]:
    """Serve a :class:`FakeOpenAI` on a free loopback port from a background thread."""
    fake = FakeOpenAI()
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        fake.app(), log_level="warning", lifespan="off", timeout_graceful_shutdown=1
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("fake OpenAI server did not start")
        time.sleep(0.02)
    fake.base_url = f"http://127.0.0.1:{port}/v1"
    try:
        yield fake
    finally:
        fake.closing.set()
        server.should_exit = True
        thread.join(timeout=5)
        sock.close()
