"""REST routes for relationship memory: contacts, their interactions, coaching a message to
a stored contact, recording it as sent, the reconnect list and the JSON export.

Every route works on the caller's own contacts only: with ``COACH_API_KEYS`` set the owner
is derived from the key (the ``ApiKeys`` middleware has already checked it), and another
owner's contact answers 404 exactly like one that never existed. Database work runs in the
thread pool so the event loop keeps serving. Message texts are never logged.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from app.api.routes import _ERRORS, _json
from app.memory import models as m
from app.memory.owners import owner_for_key
from app.memory.service import Memory
from app.models import ErrorResponse
from app.service import CoachService

router = APIRouter(tags=["contacts"])

_ERR: dict[int | str, dict[str, object]] = {
    **_ERRORS,
    404: {"model": ErrorResponse, "description": "No such contact for this owner"},
    503: {"model": ErrorResponse, "description": "The contacts store cannot be opened"},
}
Limit = Annotated[int, Query(ge=1, le=500)]
Offset = Annotated[int, Query(ge=0)]


def owner(request: Request) -> str:
    """The caller's owner id: ``local`` without API keys, else derived from the key."""
    svc: CoachService = request.app.state.service
    if not svc.settings.api_keys:
        return owner_for_key(None)
    key = request.headers.get("x-api-key", "").strip()
    auth = request.headers.get("authorization", "")
    if not key and auth[:7].lower() == "bearer ":
        key = auth[7:].strip()
    return owner_for_key(key)


def memory(request: Request) -> Memory:
    mem: Memory = request.app.state.memory
    return mem


@router.get("/v1/contacts", response_model=m.ContactList, responses=_ERR)
async def list_contacts(
    request: Request,
    q: Annotated[
        str | None, Query(max_length=200, description="Search name, email, how met")
    ] = None,
    tag: Annotated[str | None, Query(max_length=60)] = None,
    due: Annotated[bool, Query(description="Only contacts due a message")] = False,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    """Your contacts by name, with when each is next due a message."""
    res = await run_in_threadpool(
        memory(request).list_contacts,
        owner(request),
        q=q,
        tag=tag,
        due=due,
        limit=limit,
        offset=offset,
    )
    return _json(res)


@router.post("/v1/contacts", status_code=201, response_model=m.ContactSummary, responses=_ERR)
async def create_contact(body: m.ContactIn, request: Request) -> Response:
    """Add a contact."""
    res = await run_in_threadpool(memory(request).create, owner(request), body)
    return Response(res.model_dump_json(), status_code=201, media_type="application/json")


@router.get("/v1/contacts/{contact_id}", response_model=m.ContactDetail, responses=_ERR)
async def get_contact(contact_id: str, request: Request) -> Response:
    """A contact with its standing: the ledger the coach reads from its history."""
    return _json(await run_in_threadpool(memory(request).detail, owner(request), contact_id))


@router.patch("/v1/contacts/{contact_id}", response_model=m.ContactSummary, responses=_ERR)
async def patch_contact(contact_id: str, body: m.ContactPatch, request: Request) -> Response:
    """Change the fields sent; leave the rest."""
    return _json(await run_in_threadpool(memory(request).patch, owner(request), contact_id, body))


@router.delete("/v1/contacts/{contact_id}", status_code=204, responses=_ERR)
async def delete_contact(contact_id: str, request: Request) -> Response:
    """Delete a contact with all its history and sent messages."""
    await run_in_threadpool(memory(request).delete, owner(request), contact_id)
    return Response(status_code=204)


@router.get(
    "/v1/contacts/{contact_id}/interactions", response_model=m.InteractionList, responses=_ERR
)
async def list_interactions(contact_id: str, request: Request) -> Response:
    """The contact's history, oldest first."""
    res = await run_in_threadpool(memory(request).interactions, owner(request), contact_id)
    return _json(res)


@router.post(
    "/v1/contacts/{contact_id}/interactions",
    status_code=201,
    response_model=m.StoredInteraction,
    responses=_ERR,
)
async def add_interaction(contact_id: str, body: m.InteractionIn, request: Request) -> Response:
    """Log a favour or touchpoint: gave (you helped them), received (they helped you), neutral."""
    res = await run_in_threadpool(memory(request).add_interaction, owner(request), contact_id, body)
    return Response(res.model_dump_json(), status_code=201, media_type="application/json")


@router.delete(
    "/v1/contacts/{contact_id}/interactions/{interaction_id}", status_code=204, responses=_ERR
)
async def delete_interaction(contact_id: str, interaction_id: str, request: Request) -> Response:
    """Remove one interaction (a mistaken entry)."""
    await run_in_threadpool(
        memory(request).delete_interaction, owner(request), contact_id, interaction_id
    )
    return Response(status_code=204)


@router.post(
    "/v1/contacts/{contact_id}/coach", response_model=m.ContactCoachResponse, responses=_ERR
)
async def coach_contact(contact_id: str, body: m.ContactCoachRequest, request: Request) -> Response:
    """/v1/coach for a stored contact: the contact and its history fill recipient and
    relationship. Nothing is stored; record the message with /sent once you send it."""
    req = await run_in_threadpool(memory(request).coach_request, owner(request), contact_id, body)
    svc: CoachService = request.app.state.service
    res = await svc.coach(req)
    out = m.ContactCoachResponse(**res.model_dump(), contact_id=contact_id)
    return _json(out)


@router.post(
    "/v1/contacts/{contact_id}/sent", status_code=201, response_model=m.SentOut, responses=_ERR
)
async def record_sent(contact_id: str, body: m.SentIn, request: Request) -> Response:
    """Record a message as sent and log it as a deposit, a withdrawal or neutral, as the
    coach reads it (asks → withdrawal; gives or offers without asking → deposit), unless
    ``direction`` overrides it."""
    res = await run_in_threadpool(memory(request).record_sent, owner(request), contact_id, body)
    return Response(res.model_dump_json(), status_code=201, media_type="application/json")


@router.get("/v1/reconnect", response_model=m.ReconnectList, responses=_ERR)
async def reconnect(
    request: Request,
    limit: Annotated[int | None, Query(ge=1, le=100)] = None,
    today: Annotated[dt.date | None, Query(description="Reference date (default: today)")] = None,
) -> Response:
    """The contacts most worth a message now, each with the reason and a deposit idea."""
    res = await run_in_threadpool(
        memory(request).reconnect, owner(request), today=today, limit=limit
    )
    return _json(res)


@router.get("/v1/export", response_model=m.Export, responses=_ERR)
async def export(request: Request) -> Response:
    """Everything you have stored, as JSON (the CLI imports it back)."""
    return _json(await run_in_threadpool(memory(request).export, owner(request)))
