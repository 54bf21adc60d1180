"""The one place that talks to an OpenAI-compatible server (``openai.AsyncOpenAI``).

Every way a call can go wrong is turned into :class:`LLMFailure` with a short,
stable ``reason`` (``timeout``, ``rate_limited``, ``truncated``...), so the engine
has a single thing to catch and the user sees why the answer was degraded. The SDK
does the retrying with backoff for transient errors (timeouts, connection errors,
408/409/429/5xx), ``max_retries`` times; the engine bounds the whole thing with a
deadline.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

import openai
from openai import AsyncOpenAI
from openai.types.chat import ChatCompletion, ChatCompletionMessageParam

from app.config import Settings

log = logging.getLogger("app.llm")

# A local server (llama.cpp, Ollama, vLLM) needs no key, but the SDK insists on one.
_NO_KEY = "not-needed"


class LLMFailure(Exception):
    """A call that produced nothing usable. ``reason`` is short and safe to show."""

    def __init__(self, reason: str, detail: str = "", status: int | None = None) -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
        self.status = status


@dataclass(slots=True)
class Usage:
    """Tokens and calls summed over every round trip of one request."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0

    def as_dict(self) -> dict[str, int]:
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "total_tokens": self.prompt_tokens + self.completion_tokens,
            "calls": self.calls,
        }


@dataclass(slots=True)
class Reply:
    content: str
    finish_reason: str | None
    prompt_tokens: int = 0
    completion_tokens: int = 0


def make_client(settings: Settings) -> AsyncOpenAI:
    """The SDK client: per-call timeout and retry budget from settings."""
    return AsyncOpenAI(
        api_key=settings.llm_api_key or _NO_KEY,
        base_url=settings.llm_base_url,
        timeout=settings.llm_timeout,
        max_retries=settings.llm_max_retries,
    )


def _status_reason(e: openai.APIStatusError) -> str:
    code = e.status_code
    if code == 401:
        return "unauthorized (401)"
    if code == 403:
        return "forbidden (403)"
    if code == 404:
        return "not found (404): check COACH_LLM_BASE_URL and COACH_LLM_MODEL"
    if code == 429:
        return "rate limited (429)"
    if code >= 500:
        return f"server error ({code})"
    return f"rejected ({code})"


async def chat(
    client: AsyncOpenAI,
    settings: Settings,
    messages: list[ChatCompletionMessageParam],
    response_format: dict[str, Any],
    usage: Usage,
    *,
    purpose: str,
    log_fields: dict[str, Any],
    max_retries: int | None = None,
) -> Reply:
    """One chat completion; returns its text or raises :class:`LLMFailure`.

    ``max_retries`` overrides the client's retry budget for this call.
    ``response_format`` goes in ``extra_body`` because llama.cpp's ``json_object`` variant
    carries a ``schema`` key that the SDK's typed parameter does not describe; the wire
    format is identical either way.
    """
    model = settings.llm_model or ""
    started = time.perf_counter()
    if max_retries is not None:
        client = client.with_options(max_retries=max_retries)
    try:
        completion = await client.chat.completions.create(
            model=model,
            messages=messages,
            temperature=settings.llm_temperature,
            max_tokens=settings.llm_max_tokens,
            extra_body={"response_format": response_format},
        )
    except openai.APITimeoutError as e:
        raise LLMFailure("timeout", f"no answer within {settings.llm_timeout:g}s") from e
    except openai.APIConnectionError as e:
        raise LLMFailure("connection failed", str(e.__cause__ or e)) from e
    except openai.APIStatusError as e:
        raise LLMFailure(_status_reason(e), e.message[:300], e.status_code) from e
    except openai.OpenAIError as e:  # malformed response bodies and the like
        raise LLMFailure("bad response", f"{type(e).__name__}: {e}"[:200]) from e
    finally:
        usage.calls += 1
    elapsed_ms = round((time.perf_counter() - started) * 1000)
    if not isinstance(completion, ChatCompletion):  # e.g. an HTML error page with a 200
        raise LLMFailure("bad response", "the server did not return a chat completion")

    u = completion.usage
    reply_prompt = u.prompt_tokens if u else 0
    reply_completion = u.completion_tokens if u else 0
    usage.prompt_tokens += reply_prompt
    usage.completion_tokens += reply_completion
    choice = completion.choices[0] if completion.choices else None
    finish = choice.finish_reason if choice else None
    log.info(
        "llm call",
        extra={
            "fields": {
                **log_fields,
                "event": "llm_call",
                "purpose": purpose,
                "model": model,
                "latency_ms": elapsed_ms,
                "prompt_tokens": reply_prompt,
                "completion_tokens": reply_completion,
                "finish_reason": finish,
            }
        },
    )
    if choice is None:
        raise LLMFailure("empty response", "the server returned no choices")
    if finish == "length":
        raise LLMFailure(
            "truncated", f"the answer hit max_tokens ({settings.llm_max_tokens}) before it ended"
        )
    content = choice.message.content or ""
    if not content.strip():
        refusal = getattr(choice.message, "refusal", None)
        raise LLMFailure("empty response", f"refused: {refusal}" if refusal else "no content")
    return Reply(content, finish, reply_prompt, reply_completion)
