"""The contact pages of the web form: a searchable list with "due" badges, a contact's page
(timeline, the ledger over time as an inline SVG chart, a form to log an interaction),
"write to them" (the coach form prefilled from the store) and the reconnect list.

Rendered on the server like the form, with the same templates, stylesheet and security
headers; the chart is plain SVG built here, so nothing is fetched from elsewhere. The pages
are the local single-user store: with API keys set they are not served (each key's contacts
are reachable through the REST API only). Posts from another origin are refused.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.core.reconnect import Facts, assess, deposit_idea, every
from app.errors import CoachError, NotFound
from app.memory import models as m
from app.memory.owners import LOCAL
from app.memory.service import Memory
from app.service import CoachService
from app.web.forms import CLOSENESS, FormInput, lines, normalise_newlines
from app.web.routes import LEDGER_STATUS, render, render_error, render_page

router = APIRouter(include_in_schema=False)

CHART_W, CHART_H, PAD = 640, 200, 28


@dataclass(frozen=True)
class Chart:
    """The ledger over time: cumulative deposits and withdrawals as two step lines."""

    deposits: str
    withdrawals: str
    dots: list[tuple[float, float, str, str]]  # x, y, css class, title
    x_labels: list[tuple[float, str]]
    y_max: int
    y_ticks: list[tuple[float, int]]
    empty: bool


def ledger_chart(history: list[m.StoredInteraction], today: dt.date) -> Chart:
    events = sorted((i for i in history if i.direction.value != "neutral"), key=lambda i: i.date)
    if not events:
        return Chart("", "", [], [], 0, [], True)
    start = events[0].date - dt.timedelta(days=1)
    end = max(today, events[-1].date)
    span = max(1, (end - start).days)
    gave = received = 0
    totals: list[tuple[dt.date, int, int, m.StoredInteraction]] = []
    for e in events:
        if e.direction.value == "gave":
            gave += 1
        else:
            received += 1
        totals.append((e.date, gave, received, e))
    y_max = max(1, gave, received)

    def x(d: dt.date) -> float:
        return round(PAD + (CHART_W - 2 * PAD) * (d - start).days / span, 1)

    def y(v: int) -> float:
        return round(CHART_H - PAD - (CHART_H - 2 * PAD) * v / y_max, 1)

    def steps(which: int) -> str:
        pts = [(x(start), y(0))]
        prev = 0
        for d, g, r, _ in totals:
            v = g if which == 0 else r
            if v != prev:
                pts += [(x(d), y(prev)), (x(d), y(v))]
                prev = v
        pts.append((x(end), y(prev)))
        return " ".join(f"{a},{b}" for a, b in pts)

    dots = [
        (
            x(d),
            y(g if e.direction.value == "gave" else r),
            "dot-deposit" if e.direction.value == "gave" else "dot-withdrawal",
            f"{d.isoformat()} · {'deposit' if e.direction.value == 'gave' else 'withdrawal'}"
            + (f": {e.summary}" if e.summary else ""),
        )
        for d, g, r, e in totals
    ]
    labels = [(x(start), start.isoformat()), (x(end), end.isoformat())]
    ticks = list(range(y_max + 1)) if y_max <= 5 else sorted({0, y_max // 2, y_max})
    return Chart(steps(0), steps(1), dots, labels, y_max, [(y(t), t) for t in ticks], False)


def _memory(request: Request) -> Memory:
    mem: Memory = request.app.state.memory
    return mem


def _keys_set(request: Request) -> bool:
    svc: CoachService = request.app.state.service
    return bool(svc.settings.api_keys)


def _unavailable() -> HTMLResponse:
    return render_error(
        404,
        "Contacts are not available here",
        "This server has API keys set, so each key keeps its own contacts: use the REST API "
        "(/v1/contacts) with your key.",
    )


def _cross_origin(request: Request) -> bool:
    """A post from another site: by Sec-Fetch-Site, else by an Origin naming another host.
    (With ``Referrer-Policy: no-referrer`` browsers send ``Origin: null`` for our own forms.)"""
    if request.headers.get("sec-fetch-site") == "cross-site":
        return True
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return False
    return origin.split("://", 1)[-1] != request.headers.get("host", "")


async def _form(request: Request) -> dict[str, str] | None:
    try:
        data = await request.form(max_files=0, max_fields=30)
    except StarletteHTTPException:
        return None
    out: dict[str, str] = {}
    for k, v in data.items():
        if not isinstance(v, str):
            return None
        out[k] = normalise_newlines(v)
    return out


def _errors(e: ValidationError) -> dict[str, str]:
    out: dict[str, str] = {}
    for err in e.errors():
        loc = str(err["loc"][0]) if err["loc"] else "form"
        out.setdefault(loc, str(err["msg"]).removeprefix("Value error, "))
    return out


# ---------------------------------------------------------------------------- pages


@router.get("/contacts", response_class=HTMLResponse)
async def contacts_page(request: Request, q: str = "", due: str = "") -> HTMLResponse:
    if _keys_set(request):
        return _unavailable()
    return await _render_list(request, q=q[:200], due=due == "1")


async def _render_list(
    request: Request,
    *,
    q: str = "",
    due: bool = False,
    form: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    status: int = 200,
) -> HTMLResponse:
    res = await run_in_threadpool(
        _memory(request).list_contacts, LOCAL, q=q or None, due=due, limit=200
    )
    return render(
        "contacts.html",
        status=status,
        title="Contacts",
        nav="contacts",
        contacts=res.items,
        total=res.total,
        q=q,
        due=due,
        form=form or {},
        errors=errors or {},
        closeness_options=CLOSENESS,
    )


async def _posted_form(request: Request) -> dict[str, str] | Response:
    """The posted form, or the page that refuses it: contacts are a single-user local
    store (no pages with API keys), and forms posted from another site are refused."""
    if _keys_set(request):
        return _unavailable()
    if _cross_origin(request):
        return render_error(403, "Refused", "That form was posted from another site.")
    form = await _form(request)
    if form is None:
        return render_error(400, "We could not read that form", "Please use the form on the page.")
    return form


@router.post("/contacts", response_class=HTMLResponse)
async def contacts_add(request: Request) -> Response:
    form = await _posted_form(request)
    if isinstance(form, Response):
        return form
    try:
        body = m.ContactIn.model_validate(
            {
                "name": form.get("name", ""),
                "closeness": form.get("closeness") or None,
                "email": form.get("email") or None,
                "how_we_met": form.get("how_we_met") or None,
                "notes": lines(form.get("notes", "")),
                "offers": lines(form.get("offers", "")),
                "tags": [t.strip() for t in form.get("tags", "").split(",") if t.strip()],
                "cadence_days": form.get("cadence_days") or None,
            }
        )
    except ValidationError as e:
        return await _render_list(request, form=form, errors=_errors(e), status=422)
    c = await run_in_threadpool(_memory(request).create, LOCAL, body)
    return RedirectResponse(f"/contacts/{c.id}", status_code=303)


@router.get("/contacts/{contact_id}", response_class=HTMLResponse)
async def contact_page(request: Request, contact_id: str) -> HTMLResponse:
    if _keys_set(request):
        return _unavailable()
    return await _render_contact(request, contact_id)


async def _render_contact(
    request: Request,
    contact_id: str,
    *,
    form: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    status: int = 200,
) -> HTMLResponse:
    mem = _memory(request)
    today = dt.date.today()
    try:
        detail = await run_in_threadpool(mem.detail, LOCAL, contact_id)
        history = await run_in_threadpool(mem.interactions, LOCAL, contact_id)
    except NotFound:
        return render_error(404, "No such contact", "It may have been deleted.")
    led = detail.standing.ledger
    received = [
        i for i in history.items if i.direction.value == "received" and i.source == "manual"
    ]
    facts = Facts(
        id=detail.id,
        name=detail.name,
        closeness=detail.closeness.value if detail.closeness else None,
        cadence_days=detail.cadence_days,
        last_contact=detail.last_contact,
        gave=led.deposits,
        received=led.prior_withdrawals,
        notes=detail.notes,
        offers=detail.offers,
        how_we_met=detail.how_we_met,
        last_received=received[-1].summary if received else None,
    )
    suggestion = assess(facts, today)
    return render(
        "contact.html",
        status=status,
        title=detail.name,
        nav="contacts",
        c=detail,
        ledger=led,
        status_label=LEDGER_STATUS.get(led.status, led.status),
        cadence=every(detail.effective_cadence_days) if detail.effective_cadence_days else None,
        timeline=list(reversed(history.items)),
        chart=ledger_chart(history.items, today),
        suggestion=suggestion,
        idea=suggestion.idea if suggestion else deposit_idea(facts),
        chart_w=CHART_W,
        chart_h=CHART_H,
        pad=PAD,
        today=today.isoformat(),
        form=form or {"date": today.isoformat(), "direction": "gave"},
        errors=errors or {},
    )


@router.post("/contacts/{contact_id}/interactions", response_class=HTMLResponse)
async def contact_log(request: Request, contact_id: str) -> Response:
    form = await _posted_form(request)
    if isinstance(form, Response):
        return form
    try:
        body = m.InteractionIn.model_validate(
            {
                "date": form.get("date", ""),
                "direction": form.get("direction", ""),
                "summary": form.get("summary", "").strip(),
            }
        )
        await run_in_threadpool(_memory(request).add_interaction, LOCAL, contact_id, body)
    except ValidationError as e:
        errors = {k: f"{k.capitalize()}: {v}" for k, v in _errors(e).items()}
        return await _render_contact(request, contact_id, form=form, errors=errors, status=422)
    except NotFound:
        return render_error(404, "No such contact", "It may have been deleted.")
    except CoachError as e:
        errors = {"date": f"The {e.message}"}
        return await _render_contact(request, contact_id, form=form, errors=errors, status=422)
    return RedirectResponse(f"/contacts/{contact_id}#timeline", status_code=303)


@router.get("/contacts/{contact_id}/write", response_class=HTMLResponse)
async def contact_write(request: Request, contact_id: str) -> HTMLResponse:
    """The coach form, prefilled with what is stored about the contact."""
    if _keys_set(request):
        return _unavailable()
    mem = _memory(request)
    try:
        detail = await run_in_threadpool(mem.detail, LOCAL, contact_id)
        history = await run_in_threadpool(mem.interactions, LOCAL, contact_id)
    except NotFound:
        return render_error(404, "No such contact", "It may have been deleted.")
    recent = history.items[-50:]
    form = FormInput(
        recipient_name=detail.name,
        recipient_notes="\n".join(detail.notes),
        offers="\n".join(detail.offers),
        closeness=detail.closeness.value if detail.closeness else "",
        interactions="\n".join(
            f"{i.date.isoformat()} {i.direction.value} {' '.join(i.summary.split())}".rstrip()
            for i in recent
        ),
    )
    return render_page(request, form)


@router.get("/reconnect", response_class=HTMLResponse)
async def reconnect_page(request: Request) -> HTMLResponse:
    if _keys_set(request):
        return _unavailable()
    res = await run_in_threadpool(_memory(request).reconnect, LOCAL, limit=25)
    return render("reconnect.html", title="Reconnect", nav="reconnect", items=res.items)
