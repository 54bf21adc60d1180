"""Form parsing for the web page: raw form fields in, a ``CoachRequest`` or field errors out.

Pure functions with no web framework, so every rule is unit-tested without a server.
Error messages name the field and say what to type instead; the raw text the user
typed is always kept so the form can be shown again exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from pydantic import ValidationError

from app.models import Channel, Closeness, CoachRequest, Direction, Goal

CHANNELS: list[tuple[str, str]] = [
    (Channel.email.value, "Email"),
    (Channel.linkedin_note.value, "LinkedIn connection note"),
    (Channel.linkedin.value, "LinkedIn message"),
    (Channel.text.value, "Text message"),
    (Channel.other.value, "Other"),
]
GOALS: list[tuple[str, str]] = [
    ("", "Not sure / none"),
    (Goal.job_search.value, "Job search"),
    (Goal.intro.value, "An introduction"),
    (Goal.advice.value, "Advice"),
    (Goal.catch_up.value, "Catching up"),
    (Goal.sales.value, "Sales or business"),
    (Goal.other.value, "Something else"),
]
CLOSENESS: list[tuple[str, str]] = [
    ("", "Unknown"),
    (Closeness.close.value, "Close friend"),
    (Closeness.friend.value, "Friend"),
    (Closeness.acquaintance.value, "Acquaintance"),
    (Closeness.weak_tie.value, "Weak tie"),
    (Closeness.stranger.value, "Stranger"),
]

MAX_NAME = 200
MAX_SUBJECT = 2_000
MAX_LIST_ITEMS = 50
MAX_LINE = 2_000

DIRECTIONS = tuple(d.value for d in Direction)
_INTERACTION = re.compile(
    r"^(?P<date>[^\s,;|]+)(?:\s*[,;|]\s*|\s+(?:[-–—:]\s+)?)"
    r"(?P<direction>[^\s,;:|]+)(?:\s*[,;:|]\s*|\s+(?:[-–—:]\s+)?|$)(?P<summary>.*)$"
)
_FORMAT = (
    "write each line as DATE DIRECTION SUMMARY, where DIRECTION is gave (you helped them), "
    "received (they helped you) or neutral, e.g. “2024-03-01 gave Introduced her to a recruiter”."
)


class MalformedForm(Exception):
    """The post is not something our form sends: a missing draft field, a file, etc."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class FormInput:
    """Every field exactly as typed (newlines normalised), for re-rendering the form."""

    draft: str = ""
    subject: str = ""
    channel: str = Channel.email.value
    goal: str = ""
    closeness: str = ""
    last_contact: str = ""
    recipient_name: str = ""
    recipient_notes: str = ""
    sender_name: str = ""
    offers: str = ""
    interactions: str = ""


FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(FormInput))


@dataclass
class Parsed:
    form: FormInput
    request: CoachRequest | None = None
    errors: dict[str, str] = field(default_factory=dict)
    too_large: bool = False

    @property
    def status(self) -> int:
        if self.request is not None:
            return 200
        return 413 if self.too_large else 422


def normalise_newlines(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\r", "\n")


def read_fields(data: Mapping[str, Any]) -> FormInput:
    """Pick our fields out of a submitted form. Raises ``MalformedForm`` for posts our
    page cannot produce (no draft field at all, a file upload instead of text)."""
    if "draft" not in data:
        raise MalformedForm(
            "The form was missing the draft field. Please use the form on the home page."
        )
    values: dict[str, str] = {}
    for name in FIELD_NAMES:
        raw = data.get(name)
        if raw is None:
            continue
        if not isinstance(raw, str):
            raise MalformedForm(f"The field '{name}' should be text, not a file upload.")
        values[name] = normalise_newlines(raw)
    return FormInput(**values)


def lines(value: str) -> list[str]:
    """Non-blank lines, stripped."""
    return [s.strip() for s in value.split("\n") if s.strip()]


def parse_date(value: str, label: str, today: dt.date) -> tuple[dt.date | None, str | None]:
    """An ISO date (YYYY-MM-DD) that is not in the future; or an error message."""
    value = value.strip()
    if not value:
        return None, None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return None, f"{label}: {value} is not a real date."
        return None, f"{label}: “{_clip(value)}” is not a date; use YYYY-MM-DD, e.g. 2024-03-01."
    if day > today:
        return None, f"{label}: {day.isoformat()} is in the future (today is {today.isoformat()})."
    return day, None


def parse_interactions(
    value: str, today: dt.date, max_items: int
) -> tuple[list[dict[str, str]], str | None]:
    """One interaction per line: ``DATE DIRECTION SUMMARY``. Returns the first error only,
    naming the line, so the user can find it in a long list."""
    out: list[dict[str, str]] = []
    numbered = [(i, s.strip()) for i, s in enumerate(value.split("\n"), 1) if s.strip()]
    if len(numbered) > max_items:
        return [], f"Too many interactions ({len(numbered):,}); the limit is {max_items:,}."
    for n, line in numbered:
        where = f"Line {n} (“{_clip(line)}”)"
        m = _INTERACTION.match(line)
        if m is None or not any(c.isdigit() for c in m["date"]):
            return [], f"{where}: {_FORMAT}"
        day, err = parse_date(m["date"], where, today)
        if err is not None:
            return [], err
        direction = m["direction"].lower()
        if direction not in DIRECTIONS:
            return [], (
                f"{where}: “{_clip(m['direction'], 30)}” is not a direction; "
                "use gave (you helped them), received (they helped you) or neutral."
            )
        summary = m["summary"].strip()
        if len(summary) > MAX_LINE:
            return [], f"{where}: the summary is over {MAX_LINE:,} characters."
        assert day is not None
        out.append({"date": day.isoformat(), "direction": direction, "summary": summary})
    return out, None


def parse_form(form: FormInput, *, today: dt.date, max_chars: int, max_interactions: int) -> Parsed:
    """Validate every field and build the request. All field errors are reported at once."""
    errors: dict[str, str] = {}
    too_large = False

    draft = form.draft
    if not draft.strip():
        errors["draft"] = "The draft is empty: paste the message you want coached."
    elif len(draft) > max_chars:
        too_large = True
        errors["draft"] = (
            f"The draft is {len(draft):,} characters; the limit is {max_chars:,}. "
            "Networking messages work best short: trim it and try again."
        )
    elif "\x00" in draft:
        errors["draft"] = "The draft contains a NUL character; remove it and try again."

    if len(form.subject) > MAX_SUBJECT:
        errors["subject"] = f"The subject is over {MAX_SUBJECT:,} characters."
    for name, label, choices in (
        ("channel", "Channel", CHANNELS),
        ("goal", "Goal", GOALS),
        ("closeness", "Closeness", CLOSENESS),
    ):
        allowed = [v for v, _ in choices]
        if getattr(form, name) not in allowed:
            shown = ", ".join(v for v in allowed if v)
            errors[name] = f"{label} must be one of: {shown}."
    for name, label in (("recipient_name", "Their name"), ("sender_name", "Your name")):
        if len(getattr(form, name).strip()) > MAX_NAME:
            errors[name] = f"{label} is over {MAX_NAME} characters."
    for name, label in (("recipient_notes", "Notes about them"), ("offers", "What you can offer")):
        items = lines(getattr(form, name))
        if len(items) > MAX_LIST_ITEMS:
            errors[name] = f"{label}: at most {MAX_LIST_ITEMS} lines (you have {len(items)})."
        elif any(len(s) > MAX_LINE for s in items):
            errors[name] = f"{label}: each line must be under {MAX_LINE:,} characters."

    last_contact, err = parse_date(form.last_contact, "Last contact", today)
    if err is not None:
        errors["last_contact"] = err
    interactions, err = parse_interactions(form.interactions, today, max_interactions)
    if err is not None:
        errors["interactions"] = err

    if errors:
        return Parsed(form, errors=errors, too_large=too_large)

    body: dict[str, Any] = {
        "message": {"text": draft, "channel": form.channel},
        "sender": {"offers": lines(form.offers)},
        "recipient": {"notes": lines(form.recipient_notes)},
        "today": today.isoformat(),
    }
    if form.subject.strip():
        body["message"]["subject"] = form.subject.strip()
    if form.sender_name.strip():
        body["sender"]["name"] = form.sender_name.strip()
    if form.recipient_name.strip():
        body["recipient"]["name"] = form.recipient_name.strip()
    if form.goal:
        body["goal"] = form.goal
    if form.closeness or last_contact or interactions:
        body["relationship"] = {
            "closeness": form.closeness or None,
            "last_contact": last_contact.isoformat() if last_contact else None,
            "interactions": interactions,
        }
    try:
        request = CoachRequest.model_validate(body)
    except ValidationError as e:  # a rule the checks above do not know yet
        return Parsed(form, errors=validation_errors(e))
    return Parsed(form, request=request)


_LOC_TO_FIELD: dict[tuple[str, str], str] = {
    ("message", "text"): "draft",
    ("message", "subject"): "subject",
    ("message", "channel"): "channel",
    ("sender", "name"): "sender_name",
    ("sender", "offers"): "offers",
    ("recipient", "name"): "recipient_name",
    ("recipient", "notes"): "recipient_notes",
    ("relationship", "closeness"): "closeness",
    ("relationship", "last_contact"): "last_contact",
    ("relationship", "interactions"): "interactions",
}


def validation_errors(exc: ValidationError) -> dict[str, str]:
    """Map pydantic errors onto form fields ("form" for anything not tied to one field)."""
    out: dict[str, str] = {}
    for e in exc.errors():
        loc = [str(p) for p in e.get("loc", ())] + ["", ""]
        name = _LOC_TO_FIELD.get((loc[0], loc[1]), "goal" if loc[0] == "goal" else "form")
        out.setdefault(name, str(e.get("msg", "invalid value")).removeprefix("Value error, "))
    return out


def _clip(value: str, n: int = 60) -> str:
    return value if len(value) <= n else value[: n - 1] + "…"
