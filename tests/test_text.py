"""Parsing a draft: where the greeting, the body and the sign-off are."""

from __future__ import annotations

import re

import pytest

from app.config import Settings
from app.core.coach import coach_response
from app.core.text import find_greeting, parse, word_offset
from app.models import CoachRequest
from app.prompting import environment


@pytest.mark.parametrize(
    ("text", "signoff"),
    [
        ("Hi Ana,\nCould we talk?\n\nBest,\nSam", "Best,\nSam"),
        ("Totally fine if not. Best, Sam", "Best, Sam"),  # one-paragraph messages
        ("Could we chat? Thanks! -Sam", "-Sam"),
        ("Could we chat? — Sam Lee", "— Sam Lee"),
        ("Would mean so much to have you there 💕 xx Bex", "xx Bex"),  # a kiss and a name
        ("I'll make it up to you, promise! x", "x"),
        (
            "Books are yours.\n\nMuch love, and I hope the roof holds up in all this rain,\nMargaret",
            "Much love, and I hope the roof holds up in all this rain,\nMargaret",
        ),
        ("We should talk. Cheers, Ana Maria Lopez", "Cheers, Ana Maria Lopez"),
        ("I went to the park. Best Buy was closed.", None),
        ("That was great. - bullet points follow", None),
        ("I use Regards Tool daily. See you", None),
        ("They'll email you. Ta", "Ta"),
        ("I can send a tasting box. Bisous, Fatima", "Bisous, Fatima"),
        ("Of course tell me if it's too much. Grazie mille ❤️", "Grazie mille ❤️"),
        ("See you at the match. Also, Sam is coming", None),
        (
            "Thank you.\n\nIn solidarity,\nBernie Kelly\nBranch organiser",
            "In solidarity,\nBernie Kelly\nBranch organiser",
        ),  # a closing word alone after the last sentence
        ("Please reply when you can. God bless.", "God bless."),
        ("Ta is short for thanks.", None),
        (
            "Regards to Jo.\n\nYours ever,\nGeoffrey Ashworth\nMajor (retd)",
            "Yours ever,\nGeoffrey Ashworth\nMajor (retd)",
        ),
        ("Don't let me down.\n\nKenny\nBranch rep, Dunmore DC", "Kenny\nBranch rep, Dunmore DC"),
        ("Samples on request!\nMorag\nHebridean Oatcakes", "Morag\nHebridean Oatcakes"),
        ("I can do Tuesday.\nTom Reyes", "Tom Reyes"),  # a name under the last sentence
        ("Let me know.\nLee 07700 900321", "Lee 07700 900321"),  # and a phone number
        ("Here is my list:\nApples\nPears", None),  # no sentence ends above it
        ("Leave a review here 👉 hair.co/r ✨✨ Love, Marisol xx", "Love, Marisol xx"),
        ("Would be amazing to work together xx", "xx"),
        ("Party next month!! Love you xx", "Love you xx"),
        ("I love you xx", "xx"),
        # a formal closing and post-nominals on the last line of a one-paragraph note
        (
            "I should welcome the chance. Yours faithfully, Harold Pemberton CEng",
            "Yours faithfully, Harold Pemberton CEng",
        ),
    ],
)
def test_signoff(text: str, signoff: str | None) -> None:
    doc = parse(text)
    assert (text[doc.signoff[0] : doc.signoff[1]] if doc.signoff else None) == signoff
    if signoff:
        assert all(s.end <= doc.signoff[0] for s in doc.sentences)


def test_light_edit_goes_before_an_inline_signoff() -> None:
    text = (
        "Dear Priya, Congratulations on the new role at Canva! Loved your post about the design "
        "system. Would you have 15 minutes next week to tell me what you wish you'd known in "
        "your first month? Totally fine if not. Best, Sam"
    )
    req = CoachRequest.model_validate({"message": {"text": text}, "today": "2026-11-25"})
    res = coach_response(req, environment(Settings().prompts_dir))
    assert res.verdict.value == "send"
    assert res.rewrite.text.rstrip().endswith("Best, Sam")
    assert res.rewrite.text.startswith("Dear Priya, Congratulations on the new role at Canva!")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("I saw Dr. Ines Varga speak. It was great.", 2),
        ("Say hi to Mrs. Obi and Prof. Lund! See you at St. Jude's.", 2),
        ("Thanks, Dr! See you soon.", 2),  # only a title's full stop joins
        ("We met in June. Mr Kim was there too.", 2),
    ],
)
def test_a_title_before_a_name_ends_no_sentence(text: str, count: int) -> None:
    doc = parse(text)
    assert len(doc.sentences) == count


def test_word_offset_agrees_with_a_full_count_near_the_short_cut() -> None:
    """Texts of up to 2n characters are answered without scanning: check the bound holds."""
    from itertools import product

    from app.core.text import words

    for size in range(7):
        for chars in product("a'’ _é", repeat=size):
            text = "".join(chars)
            for n in range(4):
                found = [m.start() for m in re.finditer(r"[^\W_]+(?:['’][^\W_]+)*", text)]
                assert len(found) == len(words(text))
                assert word_offset(text, n) == (found[n] if len(found) > n else None), (text, n)


@pytest.mark.parametrize(
    ("text", "greeting"),
    [
        ("OMG hiii Jas!!! long time!!", "OMG hiii Jas!!!"),  # an exclamation before the greeting
        ("Good day Sir Rafael! I hope you are well.", "Good day Sir Rafael!"),
        ("My dear James,\n\nI trust this finds you well.", "My dear James,"),
        ("Good day of the day sir", None),
        ("Omg you won!!", None),
        ("Mate can you put me in touch with Jo?", "Mate"),  # a friend's opener
        ("Matey boy", None),
        ("Salaam Yusuf, hope you're doing well.", "Salaam Yusuf,"),
        ("Assalamu alaikum Bilal, long time.", "Assalamu alaikum Bilal,"),
        ("Kia ora Aroha! Big news.", "Kia ora Aroha!"),
        ("Salami is on the menu.", None),
    ],
)
def test_greeting(text: str, greeting: str | None) -> None:
    doc = parse(text)
    assert (text[doc.greeting[0] : doc.greeting[1]].strip() if doc.greeting else None) == greeting


@pytest.mark.parametrize(
    ("text", "greeting"),
    [
        ("yo kai its been ages lol", "yo kai"),
        ("hey KAI! long time", "hey KAI!"),
        ("kai, its been ages", "kai,"),
        ("Kai and I were talking about you", None),
        ("Hi Kai, long time", "Hi Kai,"),
        ("hi kaitlyn how are you", "hi"),
    ],
)
def test_greeting_with_their_name_in_any_case(text: str, greeting: str | None) -> None:
    found = find_greeting(text, "Kai")
    assert (text[found[0] : found[1]].strip() if found else None) == greeting


def test_respectfully_yours_over_a_rank_and_name_is_the_signoff() -> None:
    text = "I have passed my licence.\n\nRespectfully yours,\n2/O Rodel Santos"
    doc = parse(text)
    assert doc.signoff is not None
    assert text[doc.signoff[0] : doc.signoff[1]] == "Respectfully yours,\n2/O Rodel Santos"


def test_a_postscript_below_the_sign_off_is_read_as_body_after_it() -> None:
    text = (
        "Dear Peter,\n\nI realise it has been a long time.\n\nWith best wishes,\nRuth\n\n"
        "P.S. Congratulations on the book; I ordered a copy."
    )
    doc = parse(text)
    assert doc.signoff is not None
    assert text[doc.signoff[0] : doc.signoff[1]] == "With best wishes,\nRuth"
    assert [s.text for s in doc.sentences][-1] == (
        "P.S. Congratulations on the book; I ordered a copy."
    )


def test_a_name_and_the_business_it_signs_for_close_the_note() -> None:
    text = "Can you stock our jam at the deli? Cheers. Ruth, Hilltop Preserves Frome"
    doc = parse(text)
    assert doc.signoff is not None
    assert text[doc.signoff[0] :] == "Ruth, Hilltop Preserves Frome"


def test_a_name_over_its_company_with_an_abbreviation_closes_the_note() -> None:
    text = "Hi Jo,\n\nCould you pass this to your buyer?\n\nPat Quinn\nQuinn Crates Ltd."
    doc = parse(text)
    assert doc.signoff is not None
    assert text[doc.signoff[0] :] == "Pat Quinn\nQuinn Crates Ltd."
