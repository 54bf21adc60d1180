"""REST routes: /v1/critique, /v1/coach, /healthz, /readyz."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from pydantic import BaseModel

from app import __version__
from app.models import CoachRequest, CoachResponse, CritiqueResponse, ErrorResponse
from app.service import CoachService

router = APIRouter()

_ERRORS: dict[int | str, dict[str, object]] = {
    413: {"model": ErrorResponse, "description": "Draft or body over the size limit"},
    422: {"model": ErrorResponse, "description": "Invalid input"},
    401: {"model": ErrorResponse, "description": "Missing or wrong API key (when keys are set)"},
}


def _json(model: BaseModel) -> Response:
    """Serialize in pydantic-core, once.

    Returning the model would make FastAPI validate it again against ``response_model``
    and encode it through ``jsonable_encoder``; the service's models are already valid.
    ``response_model`` stays on the routes for the OpenAPI schema.
    """
    return Response(model.model_dump_json(), media_type="application/json")


def _service(request: Request) -> CoachService:
    svc: CoachService = request.app.state.service
    return svc


@router.post("/v1/critique", response_model=CritiqueResponse, responses=_ERRORS, tags=["coach"])
async def critique(req: CoachRequest, request: Request) -> Response:
    """Findings, ledger, verdict and score for a draft (no rewrite)."""
    return _json(await _service(request).critique_async(req))


@router.post("/v1/coach", response_model=CoachResponse, responses=_ERRORS, tags=["coach"])
async def coach(req: CoachRequest, request: Request) -> Response:
    """Everything in /v1/critique plus a giver-first rewrite and deposit ideas."""
    return _json(await _service(request).coach(req))


@router.get("/healthz", tags=["ops"])
async def healthz() -> dict[str, str]:
    """Liveness: the process is up."""
    return {"status": "ok", "version": __version__}


@router.get("/readyz", tags=["ops"])
async def readyz(request: Request) -> dict[str, object]:
    """Readiness: the rules engine can critique a draft, and which engines are available."""
    svc = _service(request)
    probe = CoachRequest.model_validate({"message": {"text": "Hi! Congrats on the launch."}})
    svc.critique(probe)
    return {
        "status": "ready",
        "engines": ["rules", "llm"] if svc.llm is not None else ["rules"],
        "default_engine": svc.settings.default_engine,
    }
