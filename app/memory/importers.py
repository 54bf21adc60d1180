"""Reading what people already have: LinkedIn's data export (``Connections.csv`` and
``messages.csv``), vCard files and this project's own JSON export.

Parsers are pure: text in, records and problems out. A bad row becomes a ``Problem`` with
its line number and the reason, and the rest of the file is still read. Every record
carries a stable key (the profile URL, the vCard UID, the export's ids, a hash of a
message) so that importing the same file twice adds nothing the second time.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

import vobject
from pydantic import ValidationError

from app.memory import models as m

Kind = Literal["linkedin-connections", "linkedin-messages", "vcard", "json"]
KINDS: tuple[Kind, ...] = ("linkedin-connections", "linkedin-messages", "vcard", "json")

CONNECTIONS_HEADER = [
    "First Name",
    "Last Name",
    "URL",
    "Email Address",
    "Company",
    "Position",
    "Connected On",
]
MESSAGES_HEADER = [
    "CONVERSATION ID",
    "CONVERSATION TITLE",
    "FROM",
    "SENDER PROFILE URL",
    "TO",
    "RECIPIENT PROFILE URLS",
    "DATE",
    "SUBJECT",
    "CONTENT",
    "FOLDER",
]


class UnreadableFile(Exception):
    """The file as a whole is not in the format asked for (no header, not JSON...)."""


@dataclass
class Problem:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass
class InteractionRecord:
    date: dt.date
    direction: str
    summary: str
    source: str
    source_key: str
    id: str | None = None


@dataclass
class SentRecord:
    id: str
    date: dt.date
    channel: str
    subject: str | None
    text: str
    classification: str
    interaction_id: str | None


@dataclass
class ContactRecord:
    line: int
    fields: dict[str, Any]  # validated ContactIn fields
    external_key: str | None
    id: str | None = None
    interactions: list[InteractionRecord] = field(default_factory=list)
    sent: list[SentRecord] = field(default_factory=list)


@dataclass
class MessageRecord:
    line: int
    key: str
    when: dt.datetime
    sender_name: str
    sender_url: str
    recipients: list[tuple[str, str]]  # (name, url)
    subject: str
    content: str


@dataclass
class Parsed:
    kind: Kind
    rows: int = 0
    contacts: list[ContactRecord] = field(default_factory=list)
    messages: list[MessageRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def normalise_url(url: str) -> str:
    """One spelling per profile: https, no query, no trailing slash, lower case."""
    u = url.strip()
    if not u:
        return ""
    u = re.sub(r"^http://", "https://", u, flags=re.I)
    if not re.match(r"^https://", u, flags=re.I):
        u = "https://" + u.lstrip("/")
    u = u.split("?")[0].split("#")[0].rstrip("/")
    return u.lower()


def _validation_reason(e: ValidationError) -> str:
    first = e.errors()[0]
    loc = ".".join(str(p) for p in first["loc"]) or "row"
    return f"{loc}: {str(first['msg']).removeprefix('Value error, ')}"


def _contact(line: int, data: dict[str, Any]) -> tuple[dict[str, Any] | None, Problem | None]:
    try:
        return m.ContactIn.model_validate(data).model_dump(mode="json"), None
    except ValidationError as e:
        return None, Problem(line, _validation_reason(e))


def detect(name: str, text: str) -> Kind:
    """Guess the format from the file's name and first bytes."""
    head = text.lstrip("\ufeff")[:4096]
    lower = name.lower()
    if head.lstrip().startswith("{"):
        return "json"
    if "BEGIN:VCARD" in head.upper() or lower.endswith((".vcf", ".vcard")):
        return "vcard"
    if "CONVERSATION ID" in head or "messages" in lower:
        return "linkedin-messages"
    return "linkedin-connections"


def parse(kind: Kind, text: str) -> Parsed:
    text = text.lstrip("\ufeff")
    if kind == "linkedin-connections":
        return parse_connections(text)
    if kind == "linkedin-messages":
        return parse_messages(text)
    if kind == "vcard":
        return parse_vcard(text)
    return parse_json(text)


def _rows_after_header(text: str, header: list[str]) -> tuple[int, csv.DictReader[str]]:
    """Skip LinkedIn's preamble ("Notes: ...") to the header line; return its line number."""
    lines = text.splitlines(keepends=True)
    first = header[0].lower()
    for i, line in enumerate(lines):
        cells = next(csv.reader([line]), [])
        if cells and cells[0].strip().lower() == first:
            got = [c.strip().lower() for c in cells]
            missing = [h for h in header if h.lower() not in got]
            if missing:
                raise UnreadableFile(f"line {i + 1}: the header lacks {', '.join(missing)}")
            return i + 1, csv.DictReader(io.StringIO("".join(lines[i:])))
    raise UnreadableFile(f"no header line starting with {header[0]!r} was found")


def _records(header_line: int, reader: csv.DictReader[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number in the file where the record starts, row)."""
    _ = reader.fieldnames  # consume the header line
    prev = reader.line_num
    for row in reader:
        yield header_line + prev, row
        prev = reader.line_num


def parse_connections(text: str) -> Parsed:
    out = Parsed("linkedin-connections")
    header_line, reader = _rows_after_header(text, CONNECTIONS_HEADER)
    for line, row in _records(header_line, reader):
        out.rows += 1
        row = {(k or "").strip(): (v or "").strip() for k, v in row.items() if k}
        name = " ".join(f"{row.get('First Name', '')} {row.get('Last Name', '')}".split())
        if not name:
            out.problems.append(Problem(line, "no first or last name"))
            continue
        url = normalise_url(row.get("URL", ""))
        connected: dt.date | None = None
        raw_date = row.get("Connected On", "")
        if raw_date:
            try:
                connected = dt.datetime.strptime(raw_date, "%d %b %Y").date()
            except ValueError:
                out.problems.append(
                    Problem(line, f"Connected On {raw_date!r} is not a date like '12 Mar 2021'")
                )
                continue
        company, position = row.get("Company", ""), row.get("Position", "")
        role = " at ".join(p for p in (position, company) if p)
        data: dict[str, Any] = {
            "name": name,
            "email": row.get("Email Address") or None,
            "profile_url": url or None,
            "how_we_met": "Connected on LinkedIn",
            "notes": [role] if role else [],
        }
        fields, problem = _contact(line, data)
        if problem is not None:
            out.problems.append(problem)
            continue
        assert fields is not None
        key = f"linkedin:{url}" if url else f"linkedin-name:{name.lower()}"
        rec = ContactRecord(line, fields, key)
        if connected is not None:
            if connected > dt.date.today():
                out.problems.append(Problem(line, f"Connected On {raw_date} is in the future"))
                continue
            rec.interactions.append(
                InteractionRecord(
                    connected, "neutral", "Connected on LinkedIn", "linkedin", f"{key}:connected"
                )
            )
        out.contacts.append(rec)
    return out


def _split(value: str) -> list[str]:
    return [p.strip() for p in value.split(",") if p.strip()]


def parse_messages(text: str) -> Parsed:
    out = Parsed("linkedin-messages")
    header_line, reader = _rows_after_header(text, MESSAGES_HEADER)
    for line, row in _records(header_line, reader):
        out.rows += 1
        row = {(k or "").strip(): (v or "") for k, v in row.items() if k}
        raw_date = row.get("DATE", "").strip()
        try:
            when = dt.datetime.strptime(raw_date, "%Y-%m-%d %H:%M:%S UTC")
        except ValueError:
            out.problems.append(
                Problem(line, f"DATE {raw_date!r} is not like '2023-04-18 09:12:44 UTC'")
            )
            continue
        if when.date() > dt.date.today():
            out.problems.append(Problem(line, f"DATE {raw_date} is in the future"))
            continue
        sender_url = normalise_url(row.get("SENDER PROFILE URL", ""))
        urls = [normalise_url(u) for u in _split(row.get("RECIPIENT PROFILE URLS", ""))]
        names = _split(row.get("TO", ""))
        if not sender_url or not urls:
            out.problems.append(Problem(line, "no sender or recipient profile URL"))
            continue
        if len(names) != len(urls):
            names = [""] * len(urls)
        content = row.get("CONTENT", "")
        conv = row.get("CONVERSATION ID", "").strip()
        digest = hashlib.sha256(
            f"{conv}\x00{raw_date}\x00{sender_url}\x00{content}".encode()
        ).hexdigest()[:24]
        out.messages.append(
            MessageRecord(
                line=line,
                key=f"li-msg:{digest}",
                when=when,
                sender_name=" ".join(row.get("FROM", "").split()),
                sender_url=sender_url,
                recipients=list(zip(names, urls, strict=True)),
                subject=" ".join(row.get("SUBJECT", "").split()),
                content=content,
            )
        )
    return out


def find_me(messages: list[MessageRecord]) -> str | None:
    """The export's owner: the profile that takes part in the most messages."""
    counts: dict[str, int] = {}
    for msg in messages:
        for url in {msg.sender_url, *(u for _, u in msg.recipients)}:
            counts[url] = counts.get(url, 0) + 1
    if not counts:
        return None
    return max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]


def _vcard_blocks(text: str) -> list[tuple[int, str]]:
    blocks: list[tuple[int, str]] = []
    start: int | None = None
    buf: list[str] = []
    for n, line in enumerate(text.splitlines(), 1):
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            start, buf = n, [line]
        elif start is not None:
            buf.append(line)
            if upper == "END:VCARD":
                blocks.append((start, "\r\n".join(buf) + "\r\n"))
                start, buf = None, []
    if start is not None:
        blocks.append((start, "\n".join(buf)))  # unterminated: reported by the parser
    return blocks


def _vtext(card: Any, name: str) -> str:
    item = getattr(card, name, None)
    if item is None:
        return ""
    value = item.value
    if isinstance(value, list):
        value = " ".join(str(v) for v in value if v)
    return " ".join(str(value).split())


def parse_vcard(text: str) -> Parsed:
    out = Parsed("vcard")
    blocks = _vcard_blocks(text)
    if not blocks:
        raise UnreadableFile("no BEGIN:VCARD ... END:VCARD card was found")
    for line, block in blocks:
        out.rows += 1
        try:
            card = vobject.readOne(block)
        except Exception as e:  # vobject raises several unrelated types on bad input
            out.problems.append(Problem(line, f"not a readable vCard ({type(e).__name__}: {e})"))
            continue
        name = _vtext(card, "fn")
        if not name and hasattr(card, "n"):
            n = card.n.value
            name = " ".join(p for p in (n.given, n.additional, n.family) if p)
        if not name:
            out.problems.append(Problem(line, "the card has no name (FN or N)"))
            continue
        notes = [
            s
            for s in re.split(r"[\r\n]+", getattr(getattr(card, "note", None), "value", "") or "")
            if s.strip()
        ]
        role = " at ".join(p for p in (_vtext(card, "title"), _vtext(card, "org")) if p)
        if role:
            notes.insert(0, role)
        tags: list[str] = []
        if hasattr(card, "categories"):
            tags = [str(t).strip() for t in card.categories.value if str(t).strip()]
        email = _vtext(card, "email") or None
        url = normalise_url(_vtext(card, "url")) or None
        data = {"name": name, "email": email, "profile_url": url, "notes": notes, "tags": tags}
        fields, problem = _contact(line, data)
        if problem is not None:
            out.problems.append(problem)
            continue
        uid = _vtext(card, "uid")
        key = (
            f"vcard:{uid}"
            if uid
            else (f"vcard-email:{email.lower()}" if email else f"vcard-name:{name.lower()}")
        )
        out.contacts.append(ContactRecord(line, fields or {}, key))
    return out


def parse_json(text: str) -> Parsed:
    out = Parsed("json")
    try:
        doc = m.Export.model_validate_json(text)
    except ValidationError as e:
        errs = e.errors()
        if errs and errs[0]["type"] == "json_invalid":
            raise UnreadableFile(f"not valid JSON: {errs[0]['msg']}") from None
        # Report per contact below; the envelope itself must be right.
        try:
            raw = json.loads(text)
        except ValueError as e2:
            raise UnreadableFile(f"not valid JSON: {e2}") from None
        if not isinstance(raw, dict) or raw.get("format") != "outreach-coach/contacts":
            raise UnreadableFile(
                "not an Outreach Coach export (format must be 'outreach-coach/contacts')"
            ) from None
        contacts: list[Any] = raw["contacts"] if isinstance(raw.get("contacts"), list) else []
        for i, item in enumerate(contacts):
            out.rows += 1
            try:
                c = m.ExportContact.model_validate(item)
            except ValidationError as e3:
                out.problems.append(Problem(i + 1, f"contacts[{i}]: {_validation_reason(e3)}"))
                continue
            out.contacts.append(_json_contact(i + 1, c))
        return out
    for i, c in enumerate(doc.contacts):
        out.rows += 1
        out.contacts.append(_json_contact(i + 1, c))
    return out


def _json_contact(n: int, c: m.ExportContact) -> ContactRecord:
    fields = c.model_dump(mode="json", exclude={"id", "interactions", "sent"})
    rec = ContactRecord(n, fields, f"json:{c.id}" if c.id else None, id=c.id)
    for it in c.interactions:
        rec.interactions.append(
            InteractionRecord(
                it.date, it.direction.value, it.summary, it.source, f"json:{it.id}", id=it.id
            )
        )
    for s in c.sent:
        rec.sent.append(
            SentRecord(
                s.id, s.date, s.channel, s.subject, s.text, s.classification.value, s.interaction_id
            )
        )
    return rec
