"""The web form: ``GET /`` shows it, ``POST /coach`` critiques the draft and shows the result.

Everything is rendered on the server with autoescaping on, so the page works without
JavaScript and nothing the user typed is ever interpreted as HTML. The highlighted
draft is built as data (segments of plain text plus the findings covering them) and
escaped by Jinja like everything else.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

import jinja2
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from app import __version__
from app.core.stage import STAGE_LABELS
from app.errors import CoachError, TooLarge
from app.models import Change, CoachResponse, Finding, Kind, Ledger
from app.service import CoachService
from app.web.forms import (
    CHANNELS,
    CLOSENESS,
    GOALS,
    FormInput,
    MalformedForm,
    Parsed,
    parse_form,
    read_fields,
)

HERE = Path(__file__).resolve().parent
TEMPLATES_DIR = HERE / "templates"
STATIC_DIR = HERE / "static"

_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
SECURITY_HEADERS = {
    # No inline script or style anywhere: even if escaping failed, nothing injected runs.
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}

VERDICT_LABELS = {
    "send": ("Send it", "Good to go as it is."),
    "revise": ("Revise", "Fix the problems below before you send it."),
    "rethink": ("Rethink", "The approach, not just the wording, needs to change."),
}
LEDGER_STATUS = {
    "healthy": "Healthy",
    "thin": "Thin",
    "overdrawn": "Overdrawn",
    "unknown": "Unknown",
    "no_ask": "No ask in this message",
}
GAP_SOURCE = {
    "relationship": "from the last-contact date",
    "interactions": "from your interactions",
    "text": "as the message itself says",
    "none": "",
}
_SEVERITY_RANK = {"high": 3, "medium": 2, "low": 1, "strength": 0}

router = APIRouter(include_in_schema=False)


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=True,  # everything, always: no template ever marks user input safe
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["version"] = __version__
    return env


_env = environment()


# ---------------------------------------------------------------------------- view data


@dataclass(frozen=True)
class Mark:
    """One finding as the page shows it: its number in the list and its colour class."""

    number: int
    finding: Finding

    @property
    def tone(self) -> str:
        if self.finding.kind is Kind.strength:
            return "strength"
        return self.finding.severity.value if self.finding.severity else "low"

    @property
    def label(self) -> str:
        return f"#{self.number} {self.finding.code} ({self.tone})"


@dataclass(frozen=True)
class Segment:
    """A run of draft text and the findings whose spans cover all of it."""

    text: str
    marks: tuple[Mark, ...] = ()

    @property
    def tone(self) -> str:
        """The strongest tone among the covering findings (a problem beats a strength)."""
        return max((m.tone for m in self.marks), key=_SEVERITY_RANK.__getitem__, default="")

    @property
    def title(self) -> str:
        return "; ".join(m.label for m in self.marks)

    @property
    def codes(self) -> str:
        return " ".join(dict.fromkeys(m.finding.code for m in self.marks))

    @property
    def numbers(self) -> str:
        return " ".join(str(m.number) for m in self.marks)


def numbered(findings: Iterable[Finding]) -> list[Mark]:
    """Problems first (high to low), then strengths; stable within a group."""
    ordered = sorted(
        findings,
        key=lambda f: (
            f.kind is Kind.strength,
            -_SEVERITY_RANK[f.severity.value if f.severity else "strength"],
        ),
    )
    return [Mark(i, f) for i, f in enumerate(ordered, 1)]


def segments(text: str, marks: Iterable[Mark]) -> list[Segment]:
    """Split ``text`` at every span boundary, so overlapping spans become adjacent runs,
    each listing every finding that covers it. Spans outside the text are clipped;
    empty or inverted spans are ignored."""
    n = len(text)
    spans: list[tuple[int, int, Mark]] = []
    for m in marks:
        s = m.finding.span
        if s is None:
            continue
        start, end = max(0, min(s.start, n)), max(0, min(s.end, n))
        if start < end:
            spans.append((start, end, m))
    cuts = sorted({0, n, *(a for a, _, _ in spans), *(b for _, b, _ in spans)})
    out: list[Segment] = []
    for a, b in pairwise(cuts):
        covering = tuple(m for s, e, m in spans if s <= a and b <= e)
        if out and out[-1].marks == covering:  # merge runs with the same findings
            out[-1] = Segment(out[-1].text + text[a:b], covering)
        else:
            out.append(Segment(text[a:b], covering))
    return out


def _ratio(ledger: Ledger) -> str:
    if ledger.ratio is None:
        return "no withdrawals"
    return f"{ledger.ratio:g} : 1"


def text_rows(text: str, width: int = 64, least: int = 6, most: int = 30) -> int:
    """Rows for a textarea to show ``text`` without scrolling, wrapping at about ``width``."""
    rows = sum(max(1, -(-len(line) // width)) for line in text.split("\n"))
    return max(least, min(most, rows + 1))


@dataclass(frozen=True, slots=True)
class Tracked:
    """One run of the tracked-changes view: unchanged text, a deletion or an insertion."""

    kind: str  # same | del | ins
    text: str
    note: str = ""
    code: str | None = None


_TOKEN = re.compile(r"\S+")


def _word_diff(old: str, new: str, note: str, code: str | None) -> list[Tracked]:
    """An edited sentence as word-level cuts and insertions, so a small fix looks small."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    runs: list[Tracked] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            runs.append(Tracked("same", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            runs.append(Tracked("del", " ".join(a[i1:i2]), note, code))
        if j2 > j1:
            runs.append(Tracked("ins", " ".join(b[j1:j2]), note, code))
    return runs


def tracked_changes(draft: str, changes: list[Change]) -> list[Tracked]:
    """The rewrite as edits of the draft, in the rewrite's order. Empty when the changes
    carry no spans (an LLM rewrite): then only the clean copy is shown."""
    if not any(c.span for c in changes):
        return []
    out: list[Tracked] = []
    for c in changes:
        old = draft[c.span.start : c.span.end] if c.span else ""
        if c.action == "kept":
            out.append(Tracked("same", old))
        elif c.action == "dropped":
            out.append(Tracked("del", old, c.note, c.code))
        elif c.action == "edited" and old:
            out.extend(_word_diff(old, c.text or "", c.note, c.code))
        else:
            out.append(Tracked("ins", c.text or "", c.note, c.code))
    return out


def result_view(text: str, res: CoachResponse) -> dict[str, Any]:
    marks = numbered(res.findings)
    led = res.ledger
    word, blurb = VERDICT_LABELS.get(res.verdict.value, (res.verdict.value, ""))
    stage_name, stage_note = STAGE_LABELS[res.relationship_stage]
    months = led.months_since_contact
    since = "—" if months is None else f"{months:g}"
    return {
        "res": res,
        "verdict": res.verdict.value,
        "verdict_word": word,
        "verdict_blurb": blurb,
        "stage": res.relationship_stage.value,
        "stage_name": stage_name,
        "stage_note": stage_note,
        "marks": marks,
        "problems": [m for m in marks if m.finding.kind is Kind.problem],
        "strengths": [m for m in marks if m.finding.kind is Kind.strength],
        "unplaced": sum(1 for m in marks if m.finding.span is None),
        "segments": segments(text, marks),
        "ledger": led,
        "ratio": _ratio(led),
        "ratio_meter": min(led.ratio, float(led.target_ratio)) if led.ratio is not None else None,
        "status_label": LEDGER_STATUS.get(led.status, led.status),
        "since": since,
        "since_unit": "month" if months == 1 else "months",
        "since_days": led.days_since_contact,
        "gap_source": GAP_SOURCE.get(led.gap_source, ""),
        "rewrite_rows": text_rows(res.rewrite.text),
        "tracked": tracked_changes(text, res.rewrite.changes),
    }


# ---------------------------------------------------------------------------- rendering


def render(
    name: str, status: int = 200, headers: dict[str, str] | None = None, **ctx: Any
) -> HTMLResponse:
    html = _env.get_template(name).render(**ctx)
    return HTMLResponse(html, status_code=status, headers={**SECURITY_HEADERS, **(headers or {})})


def render_page(
    request: Request,
    form: FormInput,
    *,
    errors: dict[str, str] | None = None,
    result: dict[str, Any] | None = None,
    status: int = 200,
) -> HTMLResponse:
    svc = _service(request)
    return render(
        "index.html",
        status=status,
        form=form,
        errors=errors or {},
        result=result,
        channels=CHANNELS,
        goals=GOALS,
        closeness_options=CLOSENESS,
        today=_today().isoformat(),
        max_chars=svc.settings.max_chars,
        title="Your critique" if result else ("Check your input" if errors else None),
    )


def render_error(status: int, heading: str, message: str) -> HTMLResponse:
    return render("error.html", status=status, heading=heading, message=message, title=heading)


def _service(request: Request) -> CoachService:
    svc: CoachService = request.app.state.service
    return svc


def _today() -> dt.date:
    return dt.date.today()


# ---------------------------------------------------------------------------- routes


@router.get("/", response_class=HTMLResponse)
async def index(request: Request) -> HTMLResponse:
    return render_page(request, FormInput())


@router.get("/coach")
async def coach_get() -> RedirectResponse:
    """Someone reloaded or bookmarked the result page: send them to the form."""
    return RedirectResponse("/", status_code=303)


@router.post("/coach", response_class=HTMLResponse)
async def coach_post(request: Request) -> Response:
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype not in _FORM_TYPES:
        return render_error(
            415,
            "That was not a form submission",
            "This address takes the form on the home page. "
            "To send JSON, use the REST API at /v1/coach instead.",
        )
    try:
        data = await request.form(max_files=0, max_fields=50)
    except StarletteHTTPException:  # malformed multipart, too many fields, a file upload
        return render_error(
            400,
            "We could not read that form",
            "The submission was malformed or had parts the form does not send "
            "(a file upload, or too many fields). Please use the form on the home page.",
        )
    try:
        form = read_fields(data)
    except MalformedForm as e:
        return render_error(400, "Something was missing from the form", e.message)

    svc = _service(request)
    parsed: Parsed = parse_form(
        form,
        today=_today(),
        max_chars=svc.settings.max_chars,
        max_interactions=svc.settings.max_interactions,
    )
    if parsed.request is None:
        return render_page(request, form, errors=parsed.errors, status=parsed.status)
    try:
        res = await svc.coach(parsed.request)
    except CoachError as e:
        field = "draft" if isinstance(e, TooLarge) else "form"
        return render_page(request, form, errors={field: e.message}, status=e.status)
    return render_page(request, form, result=result_view(parsed.request.message.text, res))


def mount(app: FastAPI) -> None:
    """Add the form's routes and its static files to ``app``."""
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="web-static")
    app.include_router(router)
