"""Unit tests for the web form's parsing and for the highlight segments (no server)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import Finding, Kind, Severity, Span
from app.web.forms import (
    FormInput,
    MalformedForm,
    parse_form,
    parse_interactions,
    read_fields,
)
from app.web.routes import Mark, numbered, segments

TODAY = dt.date(2026, 11, 25)


def parse(**fields: str) -> tuple[int, dict[str, str]]:
    p = parse_form(FormInput(**fields), today=TODAY, max_chars=1000, max_interactions=5)
    return p.status, p.errors


def test_full_form_builds_the_request() -> None:
    form = FormInput(
        draft="Hi Mark,\nCongrats on the launch!",
        subject="  Congrats  ",
        channel="linkedin",
        goal="catch_up",
        closeness="friend",
        last_contact="2025-01-02",
        recipient_name=" Mark ",
        recipient_notes="Launched the app\n\n  Runs a meetup  \n",
        sender_name="Dana",
        offers="An intro to Sam",
        interactions="2024-03-01 gave Introduced her to a recruiter\n\n2024-06-12 received Reviewed my CV",
    )
    p = parse_form(form, today=TODAY, max_chars=1000, max_interactions=5)
    assert p.errors == {} and p.status == 200 and p.request is not None
    req = p.request
    assert req.message.text == "Hi Mark,\nCongrats on the launch!"
    assert req.message.subject == "Congrats"
    assert req.message.channel.value == "linkedin"
    assert req.goal is not None and req.goal.value == "catch_up"
    assert req.today == TODAY
    assert req.recipient.name == "Mark"
    assert req.recipient.notes == ["Launched the app", "Runs a meetup"]
    assert req.sender.name == "Dana" and req.sender.offers == ["An intro to Sam"]
    assert req.relationship is not None
    assert req.relationship.closeness is not None
    assert req.relationship.closeness.value == "friend"
    assert req.relationship.last_contact == dt.date(2025, 1, 2)
    its = req.relationship.interactions
    assert [(i.date.isoformat(), i.direction.value, i.summary) for i in its] == [
        ("2024-03-01", "gave", "Introduced her to a recruiter"),
        ("2024-06-12", "received", "Reviewed my CV"),
    ]


def test_blank_optional_fields_leave_the_request_minimal() -> None:
    p = parse_form(FormInput(draft="Hi!"), today=TODAY, max_chars=1000, max_interactions=5)
    assert p.request is not None
    assert p.request.relationship is None
    assert p.request.goal is None
    assert p.request.message.subject is None
    assert p.request.sender.name is None and p.request.sender.offers == []


@pytest.mark.parametrize("draft", ["", "   ", "\n\n\t"])
def test_empty_draft_is_a_field_error(draft: str) -> None:
    status, errors = parse(draft=draft)
    assert status == 422
    assert "draft is empty" in errors["draft"]


def test_over_long_draft_is_413_with_the_numbers() -> None:
    status, errors = parse(draft="x" * 1001)
    assert status == 413
    assert "1,001 characters" in errors["draft"] and "1,000" in errors["draft"]


def test_draft_at_the_limit_is_fine() -> None:
    assert parse(draft="x" * 1000)[0] == 200


@pytest.mark.parametrize(
    ("value", "needle"),
    [
        ("2024-02-30", "not a real date"),
        ("01/03/2024", "use YYYY-MM-DD"),
        ("last spring", "is not a date"),
        ("2026-11-26", "is in the future (today is 2026-11-25)"),
    ],
)
def test_bad_last_contact(value: str, needle: str) -> None:
    status, errors = parse(draft="Hi", last_contact=value)
    assert status == 422
    assert errors["last_contact"].startswith("Last contact")
    assert needle in errors["last_contact"]


def test_today_is_not_in_the_future() -> None:
    assert parse(draft="Hi", last_contact="2026-11-25")[0] == 200


@pytest.mark.parametrize(
    "line",
    [
        "2024-03-01 gave Introduced her to a recruiter",
        "2024-03-01, gave, Introduced her to a recruiter",
        "2024-03-01 - gave - Introduced her to a recruiter",
        "2024-03-01 | GAVE | Introduced her to a recruiter",
        "  2024-03-01\tgave: Introduced her to a recruiter  ",
    ],
)
def test_interaction_line_variants(line: str) -> None:
    items, err = parse_interactions(line, TODAY, 5)
    assert err is None
    assert items == [
        {"date": "2024-03-01", "direction": "gave", "summary": "Introduced her to a recruiter"}
    ]


def test_interaction_without_summary_is_allowed() -> None:
    items, err = parse_interactions("2024-03-01 neutral", TODAY, 5)
    assert err is None and items[0]["summary"] == ""


@pytest.mark.parametrize(
    ("text", "needles"),
    [
        ("2024-03-01 gave ok\nshe helped me last spring", ["Line 2", "DATE DIRECTION SUMMARY"]),
        ("2024-03-01", ["Line 1", "DATE DIRECTION SUMMARY"]),
        ("2024-03-01 helped Coffee", ["Line 1", "“helped” is not a direction"]),
        ("2024-13-01 gave Coffee", ["Line 1", "not a real date"]),
        ("\n\n2030-01-01 gave Coffee", ["Line 3", "in the future"]),
        ("03/01/2024 gave Coffee", ["Line 1", "use YYYY-MM-DD"]),
    ],
)
def test_malformed_interaction_lines_name_the_line(text: str, needles: list[str]) -> None:
    status, errors = parse(draft="Hi", interactions=text)
    assert status == 422
    for needle in needles:
        assert needle in errors["interactions"]


def test_too_many_interactions() -> None:
    text = "\n".join(f"2024-03-0{i} gave thing" for i in range(1, 7))
    _, errors = parse(draft="Hi", interactions=text)
    assert "Too many interactions (6)" in errors["interactions"]


def test_long_interaction_line_is_clipped_in_the_message() -> None:
    _, errors = parse(draft="Hi", interactions="nope " * 100)
    assert "…" in errors["interactions"]
    assert len(errors["interactions"]) < 400


@pytest.mark.parametrize(
    ("name", "value"), [("channel", "fax"), ("goal", "world_peace"), ("closeness", "enemy")]
)
def test_unknown_choices_are_field_errors(name: str, value: str) -> None:
    status, errors = parse(draft="Hi", **{name: value})
    assert status == 422
    assert "must be one of" in errors[name]


def test_every_error_is_reported_at_once() -> None:
    status, errors = parse(draft="", last_contact="x", interactions="x", sender_name="n" * 201)
    assert status == 422
    assert set(errors) == {"draft", "last_contact", "interactions", "sender_name"}


def test_too_many_note_lines() -> None:
    _, errors = parse(draft="Hi", offers="\n".join(["x"] * 51))
    assert "at most 50 lines" in errors["offers"]


def test_read_fields_normalises_newlines_and_ignores_extra_fields() -> None:
    form = read_fields({"draft": "a\r\nb\rc", "interactions": "x\r\ny", "csrf": "zzz"})
    assert form.draft == "a\nb\nc"
    assert form.interactions == "x\ny"
    assert form.channel == "email"


def test_read_fields_rejects_a_post_without_the_draft() -> None:
    with pytest.raises(MalformedForm, match="missing the draft"):
        read_fields({"subject": "hi"})


def test_read_fields_rejects_a_file_upload() -> None:
    with pytest.raises(MalformedForm, match="should be text"):
        read_fields({"draft": object()})


# --------------------------------------------------------------------- highlight segments


def finding(
    code: str, span: tuple[int, int] | None, severity: Severity | None = Severity.medium
) -> Finding:
    kind = Kind.problem if severity else Kind.strength
    return Finding(
        code=code,
        kind=kind,
        severity=severity,
        message="m",
        principle="p",
        span=Span(start=span[0], end=span[1]) if span else None,
    )


def test_numbered_puts_problems_by_severity_then_strengths() -> None:
    marks = numbered(
        [
            finding("s", (0, 1), None),
            finding("low", None, Severity.low),
            finding("high", None, Severity.high),
            finding("med", None, Severity.medium),
        ]
    )
    assert [(m.number, m.finding.code) for m in marks] == [
        (1, "high"),
        (2, "med"),
        (3, "low"),
        (4, "s"),
    ]
    assert marks[3].tone == "strength" and marks[0].label == "#1 high (high)"


def test_segments_split_overlapping_spans_at_every_boundary() -> None:
    text = "0123456789"
    a = Mark(1, finding("a", (2, 6), Severity.high))
    b = Mark(2, finding("b", (4, 8), Severity.low))
    segs = segments(text, [a, b])
    assert "".join(s.text for s in segs) == text
    assert [(s.text, [m.number for m in s.marks]) for s in segs] == [
        ("01", []),
        ("23", [1]),
        ("45", [1, 2]),
        ("67", [2]),
        ("89", []),
    ]
    assert [s.tone for s in segs] == ["", "high", "high", "low", ""]
    assert segs[2].title == "#1 a (high); #2 b (low)"
    assert segs[2].codes == "a b"


def test_segments_nested_and_identical_spans() -> None:
    text = "Hello there world"
    outer = Mark(1, finding("outer", (0, 17), Severity.medium))
    inner = Mark(2, finding("inner", (6, 11), Severity.high))
    same = Mark(3, finding("same", (6, 11), None))
    segs = segments(text, [outer, inner, same])
    assert [(s.text, s.tone) for s in segs] == [
        ("Hello ", "medium"),
        ("there", "high"),
        (" world", "medium"),
    ]
    assert [m.number for m in segs[1].marks] == [1, 2, 3]


def test_segments_clip_and_ignore_bad_spans() -> None:
    text = "abc"
    marks = [
        Mark(1, finding("past_end", (2, 99))),
        Mark(2, finding("empty", (1, 1))),
        Mark(3, finding("inverted", (2, 0))),
        Mark(4, finding("none", None)),
    ]
    segs = segments(text, marks)
    assert [(s.text, s.codes) for s in segs] == [("ab", ""), ("c", "past_end")]


def test_segments_of_text_without_findings() -> None:
    assert [s.text for s in segments("plain", [])] == ["plain"]
    assert segments("", []) == []


def test_strength_under_a_problem_takes_the_problem_colour() -> None:
    segs = segments("abcd", [Mark(1, finding("s", (0, 4), None)), Mark(2, finding("p", (0, 2)))])
    assert [(s.text, s.tone) for s in segs] == [("ab", "medium"), ("cd", "strength")]


def test_tracked_changes_are_word_level_edits_of_the_draft() -> None:
    from app.models import Change, Span
    from app.web.routes import tracked_changes

    draft = "Hi Ana! How are you? Can you call me ASAP?"
    changes = [
        Change(action="kept", span=Span(start=0, end=7), note="kept"),
        Change(action="dropped", code="hollow_opener", span=Span(start=8, end=20), note="cut"),
        Change(
            action="edited",
            code="desperation",
            span=Span(start=21, end=42),
            text="Can you call me?",
            note="calm",
        ),
        Change(action="added", code="no_offer", text="Happy to help in return.", note="offer"),
    ]
    runs = [(t.kind, t.text) for t in tracked_changes(draft, changes)]
    assert runs == [
        ("same", "Hi Ana!"),
        ("del", "How are you?"),
        ("same", "Can you call"),
        ("del", "me ASAP?"),
        ("ins", "me?"),
        ("ins", "Happy to help in return."),
    ]
    # an LLM rewrite has no spans: no tracked view, only the clean copy
    assert tracked_changes(draft, [Change(action="edited", note="rewritten")]) == []
