"""`coach serve`'s app with the rules engine replaced by one precomputed answer.

    .venv/bin/python bench/stub_engine_server.py PORT

Everything else is the real service: uvicorn as `coach serve` runs it, the middleware,
request parsing and validation, the limits, response serialization and the access log.
`bench/http.py --stub-engine` starts it to measure the ceiling the web framework sets on
the critique/healthz ratio: what the ratio would be if the engine cost nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# bench/http.py would shadow the standard library's `http` package: drop this folder.
sys.path[:] = [str(HERE.parent)] + [p for p in sys.path if Path(p or ".").resolve() != HERE]

import uvicorn  # noqa: E402

import app.service  # noqa: E402
from app.core.coach import critique_response  # noqa: E402
from app.main import create_app  # noqa: E402
from app.models import CoachRequest, CritiqueResponse  # noqa: E402

DRAFT = "Hi Bob, how are you? Could you refer me to a job at Acme? Thanks, Dana"
FIXED = critique_response(CoachRequest.model_validate({"message": {"text": DRAFT}}))


def _stub(_: CoachRequest) -> CritiqueResponse:
    return FIXED


def main() -> None:
    app.service.critique_response = _stub  # the service calls it by this module-level name
    uvicorn.run(
        create_app(),
        host="127.0.0.1",
        port=int(sys.argv[1]),
        loop="asyncio",
        log_config=None,
        timeout_graceful_shutdown=10,
    )


if __name__ == "__main__":
    main()
