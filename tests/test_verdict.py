"""The verdict rule, the score bands and the summary."""

from __future__ import annotations

from app.core.verdict import decide, score, summary
from app.models import Finding, Kind, Severity, Verdict


def f(code: str, severity: Severity | None = Severity.medium, kind: Kind = Kind.problem) -> Finding:
    return Finding(code=code, kind=kind, severity=severity, message="m", principle="p")


def test_clean_message_sends() -> None:
    assert decide([]) is Verdict.send
    assert decide([f("personal_reference", None, Kind.strength)]) is Verdict.send


def test_one_medium_and_lows_still_send() -> None:
    assert decide([f("generic"), f("too_long", Severity.low)]) is Verdict.send


def test_two_mediums_or_any_high_revise() -> None:
    assert decide([f("generic"), f("no_offer")]) is Verdict.revise
    assert decide([f("desperation", Severity.high)]) is Verdict.revise
    assert decide([f("template_residue", Severity.high)]) is Verdict.revise


def test_relationship_problems_rethink() -> None:
    for code in ("ask_after_silence", "overdrawn", "keeping_score"):
        assert decide([f(code, Severity.high)]) is Verdict.rethink


def test_score_stays_in_verdict_band() -> None:
    many = [f(c, Severity.high) for c in ("ask_after_silence", "desperation", "keeping_score")]
    assert score(many, Verdict.rethink) < 40
    assert score([], Verdict.send) == 100
    assert 40 <= score([f("generic"), f("no_offer")], Verdict.revise) < 70
    assert score([f("generic")], Verdict.send) >= 70


def test_summary_names_the_main_reason() -> None:
    s = summary([f("ask_after_silence", Severity.high), f("generic")], Verdict.rethink)
    assert s.startswith("Rethink") and "long silence" in s
    assert summary([], Verdict.send).startswith("Good to send")


def test_a_rethink_for_a_favour_called_in_says_to_drop_the_reminder() -> None:
    score_only = [f("keeping_score", Severity.high)]
    assert "Drop the reminder" in summary(score_only, Verdict.rethink)
    assert "ask later" in summary(
        [*score_only, f("ask_after_silence", Severity.high)], Verdict.rethink
    )
