"""Grounding: names, organisations, numbers and dates must come from the request."""

from __future__ import annotations

from app.core.grounding import violations
from app.models import CoachRequest

REQ = CoachRequest.model_validate(
    {
        "message": {"text": "Hi Mark, could you refer me to Google?"},
        "sender": {"name": "Dana Ortiz", "offers": ["intro to my old team at Stripe"]},
        "recipient": {"notes": ["spoke at PyCon 2024"]},
        "relationship": {"last_contact": "2023-03-14"},
        "today": "2026-11-25",
    }
)


def tokens(text: str) -> set[str]:
    return {v.token for v in violations(text, REQ)}


def test_known_facts_pass() -> None:
    text = "Hi Mark,\n\nI saw you spoke at PyCon 2024. Happy to intro you to my old team at Stripe.\n\nBest,\nDana"
    assert tokens(text) == set()


def test_invented_names_numbers_and_dates_fail() -> None:
    text = "Hi Mark, Sarah from Meta said you have 15 minutes on Tuesday in 2025."
    assert tokens(text) == {"Sarah", "Meta", "15", "Tuesday", "2025"}


def test_sentence_initial_common_words_are_not_names() -> None:
    text = "Congratulations! Would you be open to it? Separately, no rush. However, thanks."
    assert tokens(text) == set()


def test_sentence_initial_unknown_name_is_caught() -> None:
    assert tokens("Hi Mark. Priyanka suggested I write.") == {"Priyanka"}


def test_month_of_a_request_date_is_grounded() -> None:
    assert tokens("We last spoke in March 2023.") == set()
    assert tokens("We last spoke in June.") == {"June"}


def test_an_emoji_ends_a_sentence_but_a_name_after_it_is_still_caught() -> None:
    assert tokens("i'll look after it i swear 🙏 Happy to help with your shoot!") == set()
    assert tokens("thanks 🙏 Priyanka said hi") == {"Priyanka"}


def test_a_possessive_of_a_known_name_is_grounded_and_of_an_unknown_one_is_not() -> None:
    assert tokens("We'd fit Stripe's thesis, and Google's.") == set()
    assert tokens("We'd fit Meta's thesis.") == {"Meta's"}
