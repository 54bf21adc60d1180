"""The reconnect ranking on constructed histories (pure: app/core/reconnect.py)."""

from __future__ import annotations

import datetime as dt

from app.core.reconnect import Facts, ago, assess, effective_cadence, every, rank

TODAY = dt.date(2026, 11, 25)


def before(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def test_default_cadences_by_closeness_and_the_override() -> None:
    assert effective_cadence("close", None) == 30
    assert effective_cadence("friend", None) == 60
    assert effective_cadence("acquaintance", None) == 120
    assert effective_cadence("weak_tie", None) == 180
    assert effective_cadence("stranger", None) is None
    assert effective_cadence(None, None) == 90
    assert effective_cadence("close", 7) == 7


def test_plain_words() -> None:
    assert ago(3) == "3 days ago" and ago(1) == "1 day ago"
    assert ago(35) == "5 weeks ago"
    assert ago(426) == "14 months ago"
    assert ago(800) == "2 years ago"
    assert every(30) == "every month" and every(60) == "every 2 months"
    assert every(21) == "every 3 weeks" and every(7) == "every week"


def test_the_ana_example_overdue_with_news() -> None:
    ana = Facts(
        "ana",
        "Ana Ferreira",
        closeness="friend",
        last_contact=before(426),
        gave=2,
        received=1,
        notes=["Head of Design at Lumen Labs", "just moved to Lisbon"],
    )
    s = assess(ana, TODAY)
    assert s is not None and s.due
    assert s.reasons[0] == (
        "You were last in touch with Ana 14 months ago; you meant to be every 2 months."
    )
    assert "dormant tie with real history: 3 favours" in s.reasons[1]
    assert s.idea == (
        "Start from what you know of them (just moved to Lisbon): ask Ana how it is going, "
        "and ask for nothing."
    )


def test_nothing_to_say_about_a_recent_or_unknown_contact() -> None:
    assert assess(Facts("a", "A", closeness="friend", last_contact=before(10)), TODAY) is None
    assert assess(Facts("b", "B"), TODAY) is None  # no history, no date
    assert assess(Facts("c", "C", closeness="stranger", last_contact=before(900)), TODAY) is None


def test_ranking_orders_constructed_histories() -> None:
    contacts = [
        # overdue by 3+ cadences, close friend: the top.
        Facts("close", "Cara", closeness="close", last_contact=before(150)),
        # they did 3 favours, you did none, recently in touch: deposits needed.
        Facts("owed", "Omar", closeness="acquaintance", last_contact=before(20), received=3),
        # just due (cadence 120, 125 days), acquaintance.
        Facts("due", "Dev", closeness="acquaintance", last_contact=before(125)),
        # a dormant tie with a good history, weak tie.
        Facts(
            "dormant", "Dora", closeness="weak_tie", last_contact=before(800), gave=3, received=2
        ),
        # recent and balanced: not on the list.
        Facts("fine", "Fay", closeness="friend", last_contact=before(5), gave=2, received=1),
    ]
    ranked = rank(contacts, TODAY, limit=10)
    assert [s.id for s in ranked] == ["close", "dormant", "owed", "due"]
    assert ranked[0].score > ranked[1].score > ranked[2].score > ranked[3].score
    owed = next(s for s in ranked if s.id == "owed")
    assert owed.reason == (
        "With Omar you have made 3 withdrawals and 0 deposits: make deposits before any ask."
    )
    assert not owed.due
    assert [s.id for s in rank(contacts, TODAY, limit=2)] == ["close", "dormant"]


def test_closeness_weighs_the_same_silence() -> None:
    a = assess(Facts("a", "A", closeness="close", cadence_days=90, last_contact=before(200)), TODAY)
    b = assess(
        Facts("b", "B", closeness="weak_tie", cadence_days=90, last_contact=before(200)), TODAY
    )
    assert a is not None and b is not None and a.score > b.score


def test_ideas_are_grounded_in_what_is_stored() -> None:
    owed = Facts(
        "o", "Omar Haddad", received=2, last_contact=before(10), last_received="Reviewed my CV."
    )
    assert assess(owed, TODAY).idea == (  # type: ignore[union-attr]
        "Close the loop on a favour Omar did you (Reviewed my CV): tell them how it turned out "
        "and thank them."
    )
    offer = Facts("f", "Fay", last_contact=before(400), offers=["an intro to a UX lead"])
    assert (
        assess(offer, TODAY).idea == "Offer this with no strings attached: an intro to a UX lead."
    )  # type: ignore[union-attr]
    met = Facts("m", "Max", last_contact=before(400), how_we_met="Worked together at Acme")
    assert "how you know each other (Worked together at Acme)" in assess(met, TODAY).idea  # type: ignore[union-attr]
    bare = Facts("b", "Bo", last_contact=before(400))
    assert assess(bare, TODAY).idea.startswith("Ask Bo what they are working on")  # type: ignore[union-attr]
