"""Reading eval cases (docs/eval-format.md). A malformed line is reported with
its line number and skipped; the rest still run."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from app.models import CoachRequest, Verdict


class ExpectedRewrite(BaseModel):
    """What a careful editor keeps in a rewrite, and what must be gone (case-insensitive)."""

    model_config = ConfigDict(extra="ignore")

    keep: list[str] = Field(default_factory=list)
    drop: list[str] = Field(default_factory=list)


class Expected(BaseModel):
    model_config = ConfigDict(extra="ignore")

    verdict: Verdict | None = None
    codes: list[str] = Field(default_factory=list)
    not_codes: list[str] = Field(default_factory=list)
    rewrite: ExpectedRewrite | None = None


class Case(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str
    request: CoachRequest
    expected: Expected = Field(default_factory=Expected)
    tags: list[str] = Field(default_factory=list)


@dataclass(slots=True)
class Loaded:
    cases: list[Case] = field(default_factory=list)
    malformed: list[dict[str, object]] = field(default_factory=list)


def _describe(e: ValidationError) -> str:
    first = e.errors()[0]
    loc = ".".join(str(p) for p in first["loc"])
    msg = str(first["msg"]).removeprefix("Value error, ")
    more = f" (+{e.error_count() - 1} more)" if e.error_count() > 1 else ""
    return f"{loc}: {msg}{more}"


def parse_lines(lines: list[str]) -> Loaded:
    out = Loaded()
    seen: set[str] = set()
    for n, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            raw = orjson.loads(line)
        except orjson.JSONDecodeError as e:
            out.malformed.append({"line": n, "error": f"not valid JSON: {e}"})
            continue
        if not isinstance(raw, dict):
            out.malformed.append({"line": n, "error": "a case must be a JSON object"})
            continue
        try:
            case = Case.model_validate(raw)
        except ValidationError as e:
            out.malformed.append({"line": n, "error": _describe(e)})
            continue
        if case.id in seen:
            out.malformed.append({"line": n, "error": f"duplicate id {case.id!r}"})
            continue
        seen.add(case.id)
        out.cases.append(case)
    return out


def load(path: Path) -> Loaded:
    return parse_lines(path.read_text(encoding="utf-8", errors="replace").splitlines())
