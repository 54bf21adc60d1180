"""The relationship stage, as docs/findings.md defines it, and the norms that follow from it."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.critique import critique
from app.models import CoachRequest, Stage, Verdict

TODAY = "2026-11-25"


def req(text: str, **rel: Any) -> CoachRequest:
    body: dict[str, Any] = {"message": {"text": text}, "today": TODAY}
    if rel:
        body["relationship"] = rel
    return CoachRequest.model_validate(body)


@pytest.mark.parametrize(
    ("text", "rel", "stage"),
    [
        ("Could we talk?", {}, Stage.cold),
        ("Could we talk?", {"closeness": "stranger", "last_contact": "2020-01-01"}, Stage.cold),
        ("Could we talk?", {"closeness": "weak_tie"}, Stage.unknown_gap),
        ("We met at the Denver meetup. Could we talk?", {}, Stage.unknown_gap),
        ("Thx!", {}, Stage.unknown_gap),
        ("Thanks in advance for your time.", {}, Stage.cold),
        ("Could we talk?", {"closeness": "friend", "last_contact": "2026-01-10"}, Stage.in_touch),
        ("Could we talk?", {"closeness": "friend", "last_contact": "2025-11-25"}, Stage.dormant),
        ("We haven't talked in three years. Could we talk?", {}, Stage.dormant),
        (
            "Could we talk?",
            {"interactions": [{"date": "2026-06-01", "direction": "neutral"}]},
            Stage.in_touch,
        ),
    ],
)
def test_stage(text: str, rel: dict[str, Any], stage: Stage) -> None:
    assert critique(req(text, **rel)).ctx.stage is stage
    assert critique(req(text, **rel)).response().relationship_stage is stage


def test_an_unknown_gap_is_never_silence() -> None:
    c = critique(req("Hi Tom, could you take a look at my resume?", closeness="acquaintance"))
    assert "ask_after_silence" not in c.codes()
    assert c.verdict is not Verdict.rethink


def test_cold_purpose_first_is_a_courtesy() -> None:
    text = (
        "Hi Ms. Park, I'm a junior at Tulane and a fellow member of the Society of Women "
        "Engineers. Would you have 15 minutes next week for two questions about your path into "
        "structural engineering?"
    )
    c = critique(req(text))
    assert c.ctx.stage is Stage.cold
    assert "ask_up_front" not in c.codes()
    assert "generic" not in c.codes()
    assert c.verdict is Verdict.send


def test_generic_is_high_only_for_cold() -> None:
    text = "Hope all is well! Would love to connect."
    cold = [f for f in critique(req(text)).findings if f.code == "generic"]
    known = [
        f
        for f in critique(req(text, closeness="acquaintance", last_contact="2026-05-01")).findings
        if f.code == "generic"
    ]
    assert cold[0].severity is not None and cold[0].severity.value == "high"
    assert known[0].severity is not None and known[0].severity.value == "medium"


def test_an_owned_gap_and_a_small_ask_is_fixable_not_rethink() -> None:
    text = (
        "Hi Lena, it's been three years and that's entirely on me. I read your post on the "
        "new analytics team. Would you be open to one question about it? Totally fine if not."
    )
    c = critique(req(text, closeness="acquaintance", last_contact="2023-05-01"))
    silence = [f for f in c.findings if f.code == "ask_after_silence"]
    assert silence and silence[0].severity is not None and silence[0].severity.value == "medium"
    assert c.verdict is Verdict.send


def test_the_same_ask_without_owning_the_gap_is_rethink() -> None:
    text = "Hi Lena! Would you be open to one question about the analytics team?"
    c = critique(req(text, closeness="acquaintance", last_contact="2023-05-01"))
    assert c.verdict is Verdict.rethink


def test_the_year_the_draft_admits_makes_a_friend_dormant() -> None:
    # my own draft: a baker writing to a university friend she has not seen in years
    crit = critique(
        req(
            "Hi Sam! Gosh, I don't think we've spoken since your wedding in 2018, crazy. Would "
            "you be up for investing £10k in the bakery?",
            closeness="friend",
        )
    )
    assert crit.ctx.stage is Stage.dormant
    assert crit.verdict is Verdict.rethink


def test_it_is_more_than_three_years_since_owns_the_gap() -> None:
    # my own draft: a winemaker writing to a journalist who visited once
    crit = critique(
        req(
            "Dear Tom, I know it is more than three years since your visit to our winery, I am "
            "sorry I did not write before. Can you tell me the name of one importer in Leeds?",
            closeness="acquaintance",
            last_contact="2022-09-01",
        )
    )
    assert "acknowledges_gap" in crit.codes()
    assert crit.verdict is not Verdict.rethink


def test_a_formal_letter_that_writes_to_ask_whether_you_might_asks() -> None:
    # my own draft: a lecturer writing to his old supervisor, who has done him three favours
    crit = critique(
        req(
            "Dear Professor Lund,\n\nI write to ask whether you might be prepared to act as one "
            "of my referees for the chair in Uppsala.\n\nWith warm regards,\nPer",
            closeness="acquaintance",
            last_contact="2021-02-11",
            interactions=[
                {"date": "2015-03-02", "direction": "received", "summary": "wrote my reference"},
                {"date": "2021-02-11", "direction": "received", "summary": "nominated me"},
            ],
        )
    )
    assert {"ask_after_silence", "overdrawn"} <= crit.codes()
    assert crit.verdict is Verdict.rethink
