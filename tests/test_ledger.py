"""Ledger and gap edge cases: no history, same-day contact, text-admitted gaps, overdrawn."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from app.core.critique import critique
from app.core.ledger import gap_from_text
from app.models import CoachRequest

ASK = "Could you introduce me to your CTO?"


def req(text: str = ASK, **extra: Any) -> CoachRequest:
    return CoachRequest.model_validate({"message": {"text": text}, "today": "2026-11-25", **extra})


def inter(date: str, direction: str, summary: str = "x") -> dict[str, str]:
    return {"date": date, "direction": direction, "summary": summary}


def test_no_history_is_unknown_not_overdrawn() -> None:
    lg = critique(req()).ctx.ledger
    assert lg.status == "unknown"
    assert lg.deposits == 0 and lg.withdrawals == 1 and lg.prior_withdrawals == 0
    assert lg.days_since_contact is None and lg.gap_source == "none"
    assert lg.deposits_needed == 7


def test_no_ask_counts_no_withdrawal() -> None:
    lg = critique(req("Congrats on the launch!")).ctx.ledger
    assert lg.withdrawals == 0 and not lg.this_message_asks and lg.ratio is None


def test_same_day_contact_is_zero_days() -> None:
    lg = critique(req(relationship={"last_contact": "2026-11-25"})).ctx.ledger
    assert lg.days_since_contact == 0 and lg.months_since_contact == 0.0


def test_latest_interaction_beats_older_last_contact() -> None:
    r = req(
        relationship={
            "last_contact": "2020-01-01",
            "interactions": [inter("2026-11-01", "neutral")],
        }
    )
    lg = critique(r).ctx.ledger
    assert lg.days_since_contact == 24 and lg.gap_source == "interactions"


def test_future_dates_are_rejected_with_the_field_named() -> None:
    with pytest.raises(ValidationError, match="last_contact"):
        req(relationship={"last_contact": "2026-11-26"})
    with pytest.raises(ValidationError, match=r"interactions\[0\]"):
        req(relationship={"interactions": [inter("2027-01-01", "gave")]})


def test_overdrawn_counts_this_ask() -> None:
    r = req(
        relationship={
            "interactions": [inter("2026-01-01", "received"), inter("2026-02-01", "gave")]
        }
    )
    c = critique(r)
    assert c.ctx.ledger.withdrawals == 2 and c.ctx.ledger.deposits == 1
    assert c.ctx.ledger.status == "overdrawn"
    assert "overdrawn" in c.codes() and c.verdict.value == "rethink"
    assert "deposit" in c.ctx.ledger.next_step


def test_even_balance_is_thin_not_overdrawn() -> None:
    r = req(
        relationship={
            "interactions": [inter("2026-01-01", "received"), *[inter("2026-02-01", "gave")] * 2]
        }
    )
    c = critique(r)
    assert c.ctx.ledger.status == "thin" and "overdrawn" not in c.codes()
    assert c.ctx.ledger.deposits_needed == 12


def test_healthy_ledger() -> None:
    r = req(
        relationship={
            "interactions": [inter("2026-02-01", "gave")] * 7,
            "last_contact": "2026-11-01",
        }
    )
    lg = critique(r).ctx.ledger
    assert lg.status == "healthy" and lg.ratio == 7.0 and lg.deposits_needed == 0


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("we haven't spoken in 3 years", 1095),
        ("It has been almost two years since we talked", 730),
        ("we last spoke about 4 years ago", 1460),
        ("Long time no see!", 400),
        ("I know it's been ages", 400),
        ("I worked there for 5 years", None),
        ("It has been a busy week", None),
    ],
)
def test_gap_from_text(text: str, days: int | None) -> None:
    assert gap_from_text(text) == days


def test_text_gap_used_only_without_records() -> None:
    text = "I know we haven't talked in 3 years, but could you refer me?"
    assert critique(req(text)).ctx.gap.source == "text"
    assert critique(req(text, relationship={"last_contact": "2026-11-01"})).ctx.gap.days == 24


def test_gap_from_a_year_in_the_text_counts_from_today() -> None:
    import datetime as dt

    today = dt.date(2026, 11, 25)
    assert gap_from_text("We haven't spoken since your farewell party in 2019!", today) == 2704
    assert gap_from_text("We last spoke at the Austin meetup in 2025.", today) == 512
    # the base form, as a non-native writer may put it
    assert gap_from_text("I know we did not speak since the closing in 2017.", today) == 3434
    assert gap_from_text("We did not speak since May.", today) is None
    assert gap_from_text("We haven't spoken since 2031.", today) is None
    assert gap_from_text("I have worked there since 2019.", today) is None


def test_a_gap_named_by_its_year_and_its_count_in_any_language() -> None:
    days = gap_from_text(
        "Aki sijakuona since Zawadi's wedding in Diani 2019, that's like seven years, pole sana.",
        dt.date(2026, 12, 6),
    )
    assert days is not None and days > 5 * 365
    assert gap_from_text("I know we have not talked since graduation.", dt.date(2026, 12, 6))
