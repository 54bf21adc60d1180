"""The use cases every edge shares: validate limits, pick an engine, run it.

The API, the web form, the CLI and the eval runner all go through here, so a rule
about limits or engines lives in one place. No web framework and no LLM client is
imported: an LLM engine is plugged in through the ``LLMEngine`` protocol.
"""

from __future__ import annotations

from typing import Literal, Protocol

import jinja2

from app.config import Settings
from app.core.coach import coach_response, critique_response
from app.errors import EngineUnavailable, InvalidInput, TooLarge
from app.models import CoachRequest, CoachResponse, CritiqueResponse
from app.prompting import environment


class LLMEngine(Protocol):
    """What the service needs from an LLM engine (implemented in app/llm)."""

    model: str

    async def coach(self, req: CoachRequest, rules: CoachResponse) -> CoachResponse: ...

    async def aclose(self) -> None: ...


class CoachService:
    def __init__(self, settings: Settings, llm: LLMEngine | None = None) -> None:
        self.settings = settings
        self.env: jinja2.Environment = environment(settings.prompts_dir)
        self.llm = llm

    def check_limits(self, req: CoachRequest) -> None:
        s = self.settings
        n = len(req.message.text)
        if n > s.max_chars:
            raise TooLarge(
                f"message.text is {n:,} characters; the limit is {s.max_chars:,}. "
                "Networking messages work best short: trim it and try again."
            )
        if req.relationship and len(req.relationship.interactions) > s.max_interactions:
            raise InvalidInput(
                f"relationship.interactions has {len(req.relationship.interactions):,} entries; "
                f"the limit is {s.max_interactions:,}."
            )

    def engine_for(self, req: CoachRequest) -> Literal["rules", "llm"]:
        wanted = req.engine or self.settings.default_engine
        if wanted == "rules":
            return "rules"
        if self.llm is None:
            if wanted == "llm":
                raise EngineUnavailable(
                    "engine 'llm' was requested but no LLM is configured "
                    "(set COACH_LLM_MODEL and COACH_LLM_BASE_URL or an API key)"
                )
            return "rules"
        return "llm"

    def critique(self, req: CoachRequest) -> CritiqueResponse:
        """The rules critique: deterministic, so every engine starts from it."""
        self.check_limits(req)
        return critique_response(req)

    async def coach(self, req: CoachRequest) -> CoachResponse:
        self.check_limits(req)
        rules = coach_response(req, self.env)
        if self.engine_for(req) == "llm" and self.llm is not None:
            return await self.llm.coach(req, rules)
        return rules

    async def critique_async(self, req: CoachRequest) -> CritiqueResponse:
        """Critique with the chosen engine; the LLM path shares the coach call (one round trip)."""
        if self.engine_for(req) == "llm":
            full = await self.coach(req)
            return CritiqueResponse(**full.model_dump(exclude={"rewrite", "deposit_ideas"}))
        return self.critique(req)

    async def aclose(self) -> None:
        if self.llm is not None:
            await self.llm.aclose()
