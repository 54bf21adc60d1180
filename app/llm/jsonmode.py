"""Which structured-output request the LLM server accepts, settled on the first call.

OpenAI and vLLM take ``response_format={"type": "json_schema", ...}``; llama.cpp's server
(and llama-cpp-python's) answers it with HTTP 500 and wants ``{"type": "json_object",
"schema": ...}``; others take one or the other. With ``COACH_LLM_JSON_MODE=auto`` (the
default) the first call asks for ``json_schema`` without the SDK's retries; if the server
refuses that format the engine switches to ``json_object`` for the life of the process
and asks again at once, so nobody has to know which server they point at. Setting the
mode explicitly skips the probe.
"""

from __future__ import annotations

import logging
from typing import Any, Literal

from app.llm.client import LLMFailure
from app.llm.schema import response_format

log = logging.getLogger("app.llm")

Mode = Literal["json_schema", "json_object"]

SWITCHED = (
    "the server refused json_schema output, so json_object is used from now on "
    "(COACH_LLM_JSON_MODE=json_object skips this probe)"
)


class JsonMode:
    def __init__(self, configured: str, codes: list[str]) -> None:
        self._formats: dict[Mode, dict[str, Any]] = {
            "json_schema": response_format(codes, "json_schema"),
            "json_object": response_format(codes, "json_object"),
        }
        self.current: Mode = "json_object" if configured == "json_object" else "json_schema"
        self.settled = configured != "auto"

    @property
    def response_format(self) -> dict[str, Any]:
        return self._formats[self.current]

    def refused(self, failure: LLMFailure) -> bool:
        """Whether ``failure`` is the server rejecting the json_schema request format.

        Servers say so with a 4xx or a 500 whose message names the field: llama-cpp-python
        answers 500 "Input should be 'text' or 'json_object'" at ('body', 'response_format').
        """
        if self.settled or self.current != "json_schema" or failure.status is None:
            return False
        if failure.status not in (400, 415, 422, 500, 501):
            return False
        detail = failure.detail.lower()
        return "response_format" in detail or "json_schema" in detail

    def fall_back(self) -> None:
        self.current, self.settled = "json_object", True
        log.warning(SWITCHED, extra={"fields": {"event": "llm_json_mode", "mode": "json_object"}})
