"""The edit keeps what the sender meant and takes out what hurts: one test per kind of edit,
each on a draft written for it (none from the eval sets)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from app.config import Settings
from app.core import stock
from app.core.asks import scan
from app.core.coach import coach_response
from app.core.text import find_greeting, parse
from app.models import CoachRequest, CoachResponse, Verdict
from app.prompting import environment

ENV = environment(Settings().prompts_dir)


def _coach(text: str, **extra: Any) -> CoachResponse:
    body: dict[str, Any] = {"message": {"text": text}, "today": "2026-11-25", **extra}
    return coach_response(CoachRequest.model_validate(body), ENV)


def test_a_held_ask_keeps_its_opening_line_about_them() -> None:
    res = _coach(
        "Hi Bea,\n\nI noticed you're at Halden Labs now, so I was hoping you could get me "
        "an interview there.\n\nThanks,\nRui",
        relationship={"closeness": "acquaintance", "last_contact": "2022-03-01"},
    )
    assert res.verdict is Verdict.rethink
    assert "I noticed you're at Halden Labs now." in res.rewrite.text
    assert "interview" not in res.rewrite.text
    assert any("Saved for later" in c.note and "interview" in c.note for c in res.rewrite.changes)


def test_the_gap_is_owned_on_the_last_thing_they_shared() -> None:
    res = _coach(
        "Hi Tomas,\n\nCould you introduce me to your CTO?\n\nBest,\nIlse",
        recipient={"name": "Tomas Berg"},
        relationship={
            "closeness": "acquaintance",
            "last_contact": "2022-05-04",
            "interactions": [
                {
                    "date": "2022-05-04",
                    "direction": "neutral",
                    "summary": "Worked together on the Kestrel audit",
                }
            ],
        },
    )
    assert "since we worked together on the Kestrel audit" in res.rewrite.text


def test_the_stock_half_of_a_pleasantry_goes_and_the_rest_stays() -> None:
    res = _coach(
        "Hi Nia, hope you're well and that all is calm in Durban! Could you send me the "
        "form from Tuesday's workshop?",
        relationship={"closeness": "acquaintance", "last_contact": "2026-11-01"},
    )
    assert "hope you're well" not in res.rewrite.text.lower()
    assert "Hope all is calm in Durban!" in res.rewrite.text


@pytest.mark.parametrize(
    ("draft", "kept"),
    [
        ("Hey Priscilla! Big fan of what {{company}} is doing with heat pumps.", "your company"),
        ("Hi %FIRSTNAME%, who looks after supplier onboarding at %COMPANY%?", "at your company"),
    ],
)
def test_a_company_placeholder_becomes_your_company(draft: str, kept: str) -> None:
    res = _coach(draft, recipient={"name": "Priscilla Ode"})
    assert kept in res.rewrite.text
    assert "{{" not in res.rewrite.text and "%" not in res.rewrite.text


@pytest.mark.parametrize(
    ("text", "greeting"),
    [("Heyyy Tiana!! so", "Heyyy Tiana!!"), ("Hi %FIRSTNAME%, quick one", "Hi %FIRSTNAME%,")],
)
def test_greetings_stretched_or_left_as_merge_fields(text: str, greeting: str) -> None:
    found = find_greeting(text)
    assert found is not None and text[found[0] : found[1]] == greeting


def test_a_deadline_on_their_answer_goes_but_the_day_of_a_favour_stays() -> None:
    pressed = _coach(
        "Hi Vic, I need this deal to hit quota!! Could you please sign the form today?"
    )
    assert "today" not in pressed.rewrite.text
    assert "sign the form" in pressed.rewrite.text
    favour = _coach("Hi Jo, could you pick me up from the station tonight? Train gets in at 9.")
    assert "tonight" in favour.rewrite.text


def test_a_reminder_of_what_the_sender_did_is_score_keeping() -> None:
    res = _coach(
        "Hi Owen, remember when I stayed up till 3am fixing your slides before the Acme pitch? "
        "So you can return the favour and introduce me to your CMO.",
    )
    assert "keeping_score" in {f.code for f in res.findings}
    assert "3am" not in res.rewrite.text and "return the favour" not in res.rewrite.text


@pytest.mark.parametrize("kind", ["question", "offer", "easy", "gap"])
@pytest.mark.parametrize("casual", [False, True])
def test_every_stock_line_reads_as_what_it_is(kind: str, casual: bool) -> None:
    """A stock question the critique takes for an ask, or a stock offer it does not see as
    an offer, would make every rewrite that uses it fail its own re-critique."""
    for line in (stock.CASUAL if casual else stock.FORMAL)[kind]:
        asks, offers = scan(parse(line))
        assert not asks, line
        if kind == "offer":
            assert offers, line


def _all_eval_requests() -> list[tuple[str, dict[str, Any]]]:
    rows = []
    for path in sorted((Path(__file__).parent.parent / "evals").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                rows.append((case["id"], case["request"]))
    return rows


def test_no_rewrite_repeats_a_sentence_or_breaks_its_capitals() -> None:
    """Over every eval draft: a rewrite never says the same sentence twice, and in a draft
    that writes in sentence case no sentence of the rewrite starts in lower case."""
    repeated, lowered = [], []
    for cid, body in _all_eval_requests():
        req = CoachRequest.model_validate(body)
        text = coach_response(req, ENV).rewrite.text
        sentences = [
            s.strip().lower() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) > 3
        ]
        if len(sentences) != len(set(sentences)):
            repeated.append(cid)
        sentence_case = not stock.informal(req.message.text) and not re.search(
            r"[.!?]\s+[a-z]", req.message.text
        )
        if sentence_case and re.search(r"[.!?]\s+[a-z]", text):
            lowered.append(cid)
    assert not repeated, repeated
    assert not lowered, lowered
