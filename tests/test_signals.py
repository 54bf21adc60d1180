"""Shared facts the analyzers rely on: what counts as an offer, what counts as a reference."""

from __future__ import annotations

import pytest

from app.core.asks import _offer_spans
from app.core.critique import critique
from app.models import CoachRequest


@pytest.mark.parametrize(
    ("sentence", "is_offer"),
    [
        # the sender's own materials, sent to make the ask easier, are not something for them
        ("I've attached my resume in case it's helpful.", False),
        ("I will send you the list of schools and my CV.", False),
        ("I can send you my resume and a list of the patients we worked on.", False),
        ("I've attached a forwardable blurb.", False),
        # ... but a real offer stays one when the materials sit in another clause
        ("Happy to intro you to three seed investors I know well, and my details are below.", True),
        ("I'd be glad to review your deck this week; my portfolio is at example.com.", True),
        ("I can intro you to Sam, who reviewed my resume last year.", True),
    ],
)
def test_offers_and_the_senders_own_materials(sentence: str, is_offer: bool) -> None:
    assert bool(_offer_spans(sentence)[0]) is is_offer


NOTES = {"notes": ["runs the fintech meetup in Manchester"]}


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("I'm really looking forward to the Manchester fintech meetup on Thursday.", True),
        ("Currently looking for a new product role in Manchester.", False),
        ("I'm looking for product roles in Manchester.", False),
        ("How did the meetup in Manchester go?", True),
    ],
)
def test_words_shared_with_the_notes(text: str, reference: bool) -> None:
    req = CoachRequest.model_validate(
        {"message": {"text": text}, "recipient": NOTES, "today": "2026-11-25"}
    )
    assert ("personal_reference" in critique(req).codes()) is reference


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        # an ask in the language the sender mixes in, or in their pidgin
        ("Dis, je peux encore squatter chez toi du 12 au 16 janvier?", True),
        ("So now a tink se yu fit put mi nem for di installation work.", True),
        ("We've applied as a supplier, si unipush our application from inside?", True),
        ("My single question is whether the damaged pages cover baptisms.", True),
        ("I write to ask if Casa Lopes can pre-finance 30% of our harvest.", True),
        # a noun is not the verb: "the parish register for 1850"
        ("Your index notes that the parish register for 1850 to 1856 is damaged.", False),
        ("A box of college things turned up, and you were the first person I thought of.", False),
    ],
)
def test_what_counts_as_an_ask(sentence: str, asks: bool) -> None:
    req = CoachRequest.model_validate({"message": {"text": sentence}})
    assert bool(critique(req).ctx.asks) is asks
