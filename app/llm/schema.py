"""The shape of the model's answer: one JSON object with findings and a rewrite.

Two views of the same shape live here. The pydantic models validate what comes back
and are deliberately lenient where verification does a better job (``code`` is any
string, because an unknown code is dropped with a note rather than failing the whole
answer). The JSON schema sent to the server is strict (codes are an enum, no extra
keys) so that a server which constrains decoding produces something usable even from
a small model; in ``json_object`` mode it also carries length bounds, which llama.cpp
turns into grammar limits so a rambling model cannot run on until ``max_tokens``.
"""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

SCHEMA_NAME = "outreach_coach_review"

MAX_FINDINGS = 10  # accepted from any model
MAX_FINDINGS_BOUNDED = 5  # asked of a grammar-constrained (small, local) model
MAX_CHANGES = 6


class LLMFinding(BaseModel):
    """One observation: a code from the spec, why, and the exact words it rests on."""

    model_config = ConfigDict(extra="ignore")

    code: str = Field(min_length=1, max_length=64)
    message: str = Field(min_length=1, max_length=600)
    evidence: str = Field(max_length=600)


class LLMRewrite(BaseModel):
    model_config = ConfigDict(extra="ignore")

    text: str
    subject: str | None = None
    changes: list[str] = Field(default_factory=list)


class LLMOutput(BaseModel):
    """The whole answer. Extra keys are ignored; missing ones are a validation error."""

    model_config = ConfigDict(extra="ignore")

    findings: list[LLMFinding]
    rewrite: LLMRewrite


class OutputError(ValueError):
    """The model's text is not the JSON object we asked for; ``str()`` is fit for a repair prompt."""


_FENCED = re.compile(r"^\s*```(?:json)?\s*\n?(.*?)\n?\s*```\s*$", re.DOTALL | re.IGNORECASE)


def parse_output(content: str) -> LLMOutput:
    """Parse and validate the model's text, tolerating a Markdown code fence around it."""
    m = _FENCED.match(content)
    raw = m.group(1) if m else content
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as e:
        raise OutputError(f"not valid JSON: {e.msg} at line {e.lineno} column {e.colno}") from e
    try:
        return LLMOutput.model_validate(data)
    except ValidationError as e:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'root'}: {err['msg']}"
            for err in e.errors()[:5]
        )
        raise OutputError(f"JSON does not match the schema: {problems}") from e


def _string(max_length: int | None, bounded: bool) -> dict[str, Any]:
    return (
        {"type": "string", "maxLength": max_length}
        if bounded and max_length
        else {"type": "string"}
    )


def output_schema(codes: list[str], *, bounded: bool) -> dict[str, Any]:
    """JSON schema for the answer.

    ``bounded`` adds ``maxItems``/``maxLength``: llama.cpp compiles them into its grammar,
    while OpenAI's strict mode rejects some of them, so they are left out there.
    """
    finding: dict[str, Any] = {
        "type": "object",
        "additionalProperties": False,
        "required": ["code", "message", "evidence"],
        "properties": {
            "code": {"type": "string", "enum": codes},
            "message": _string(200, bounded),
            "evidence": _string(120, bounded),
        },
    }
    findings: dict[str, Any] = {"type": "array", "items": finding}
    changes: dict[str, Any] = {"type": "array", "items": _string(160, bounded)}
    if bounded:
        findings["maxItems"] = MAX_FINDINGS_BOUNDED
        changes["maxItems"] = MAX_CHANGES
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["findings", "rewrite"],
        "properties": {
            "findings": findings,
            "rewrite": {
                "type": "object",
                "additionalProperties": False,
                "required": ["text", "subject", "changes"],
                "properties": {
                    "text": {
                        "type": "string"
                    },  # a long maxLength overflows llama.cpp grammar limits
                    "subject": {"type": ["string", "null"]},
                    "changes": changes,
                },
            },
        },
    }


def response_format(codes: list[str], mode: str) -> dict[str, Any]:
    """The ``response_format`` request field for the configured JSON mode.

    ``json_schema`` is OpenAI's structured output; ``json_object`` with a ``schema`` key is
    what llama.cpp's server (and llama-cpp-python's) accepts, and other servers in JSON
    mode ignore the extra key, leaving the schema in the prompt to guide them.
    """
    if mode == "json_schema":
        return {
            "type": "json_schema",
            "json_schema": {
                "name": SCHEMA_NAME,
                "schema": output_schema(codes, bounded=False),
                "strict": True,
            },
        }
    return {"type": "json_object", "schema": output_schema(codes, bounded=True)}
