"""What blind readers objected to in the rewrites, as rules: a held ask leaves no hint behind,
the text the coach writes is grammatical, and what could go to anyone goes. Drafts written
for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from app.config import Settings
from app.core.coach import coach_response
from app.core.lines import _mine as mine
from app.core.phrasing import offer_clause, second_person
from app.core.reshape import strip_hollow, strip_pressure
from app.core.text import parse
from app.models import CoachRequest, CoachResponse, Verdict
from app.prompting import environment

ENV = environment(Settings().prompts_dir)


def _coach(text: str, **extra: Any) -> CoachResponse:
    body: dict[str, Any] = {"message": {"text": text}, "today": "2026-12-05", **extra}
    return coach_response(CoachRequest.model_validate(body), ENV)


def test_a_held_ask_does_not_leave_the_note_ending_on_the_need() -> None:
    res = _coach(
        "Hi Pieter,\n\nLong time! The ferry company is being sold and my engineer's post "
        "disappears in April. Could you get me an interview at the shipyard?\n\nGroet,\nAnneke",
        recipient={"name": "Pieter de Vries"},
        relationship={"closeness": "acquaintance", "last_contact": "2021-05-01"},
    )
    assert res.verdict is Verdict.rethink
    body = res.rewrite.text.split("\n\nGroet,")[0]
    assert "disappears in April" in body
    last = body.rstrip().splitlines()[-1]
    assert last.endswith("?"), body
    # after bad news, a plain question, not "What are you most excited about?"
    assert last.startswith("How"), last
    assert "work" not in last


def test_the_closing_question_after_a_job_hunt_is_not_read_as_an_ask() -> None:
    res = _coach(
        "Hi Tom, I'm applying for the Director of Operations role at Halvorsen Logistics and "
        "saw you're connected to their COO. Could you put in a word for me this week? Thanks, "
        "Rachel",
        recipient={"name": "Tom Beck", "notes": ["VP Supply Chain at a freight forwarder"]},
        relationship={
            "closeness": "weak_tie",
            "last_contact": "2022-11-08",
            "interactions": [
                {"date": "2022-11-08", "direction": "neutral", "summary": "sat on a panel"}
            ],
        },
    )
    assert res.verdict is Verdict.rethink
    text = res.rewrite.text
    assert "I'm applying for the Director of Operations role at Halvorsen Logistics." in text
    # someone met before is not told their job as the reason for a note with no ask in it
    assert "because you're" not in text
    assert text.rstrip().split("Best,")[0].rstrip().endswith("?"), text


@pytest.mark.parametrize(
    ("draft", "signoff"),
    [
        ("Hi Lukas! Could I stay at yours on the 8th? Thanks so much!! Zsófia", "Zsófia"),
        ("hey, see you at the match. Cheers. Søren", "Søren"),
    ],
)
def test_a_name_after_the_last_sentence_is_the_signoff(draft: str, signoff: str) -> None:
    doc = parse(draft)
    assert doc.signoff is not None
    assert doc.text[doc.signoff[0] : doc.signoff[1]].endswith(signoff)


def test_a_line_that_only_names_them_is_the_greeting() -> None:
    doc = parse("First Sergeant Alvarez,\n\nHope all is well at the fort.")
    assert doc.greeting == (0, 23)
    assert doc.sentences[0].text == "Hope all is well at the fort."


def test_the_congratulations_after_a_stock_hope_stand_alone() -> None:
    out = strip_hollow("hope you're well, and congratulations on the budget broadcast in October")
    assert out.lower().startswith("congratulations on the budget broadcast")
    assert strip_hollow("Hope you're well and that the move went smoothly.").startswith("Hope the")


@pytest.mark.parametrize(
    ("note", "clause"),
    [
        ("owns a cotton gin near Lubbock", "you own a cotton gin near Lubbock"),
        ("supplies argan oil to Freiburg", "you supply argan oil to Freiburg"),
        ("fixes boats in Kiel", "you fix boats in Kiel"),
    ],
)
def test_a_note_opening_on_a_verb_is_said_to_them(note: str, clause: str) -> None:
    assert second_person(note, ["Earl Whitaker"]) == clause


def test_what_the_sender_lends_stays_theirs() -> None:
    assert mine("offer a loan of her articulator") == "offer a loan of my articulator"
    assert offer_clause("temple jewellery craftsmanship").startswith("offer temple")


def test_the_letter_formula_goes_and_who_is_writing_stays() -> None:
    assert strip_pressure(
        "With due respect I humbly beg to state that I am Ravi Nair, tailor of Kochi."
    ) == ("I am Ravi Nair, tailor of Kochi.")


def test_networking_talk_that_could_go_to_anyone_goes() -> None:
    res = _coach(
        "Hi Ines, great to connect. I'm always looking to expand my network with like-minded "
        "professionals. Let me know if there is any way we can work together in the future. "
        "Best, Kofi",
        recipient={"name": "Ines Duarte"},
        relationship={"closeness": "acquaintance", "last_contact": "2026-10-01"},
    )
    codes = {f.code for f in res.findings}
    assert {"generic", "vague_ask"} <= codes
    text = res.rewrite.text
    assert "like-minded" not in text and "expand my network" not in text
    assert "any way we can work together" not in text
    assert "work together" in text  # the wish stays, as an open door


def test_connecting_stays_when_the_network_talk_goes() -> None:
    res = _coach(
        "Hi! Love your profile!! Would be great to connect and grow our networks together!",
        recipient={"name": "Ravi Shah", "notes": ["posted a video on recutting old stones"]},
    )
    text = res.rewrite.text
    assert "grow our networks" not in text and "Love your profile" not in text
    assert "connect" in text


def test_a_draft_with_only_minor_points_is_left_as_written() -> None:
    draft = (
        "Kemi abeg send me that photo of the shade chart you snapped at the expo, my phone "
        "spoil. How far with the new lab, una don open?"
    )
    res = _coach(
        draft,
        recipient={"name": "Kemi Bello"},
        relationship={"closeness": "close", "last_contact": "2026-11-20"},
    )
    assert res.verdict is Verdict.send
    problems = [f for f in res.findings if f.kind.value == "problem"]
    assert [(f.code, f.severity.value if f.severity else None) for f in problems] == [
        ("no_offer", "low")
    ]
    # no easy-out or offer bolted on to a friend's small favour
    assert res.rewrite.text == draft
    assert "no_offer" in res.rewrite.changes[0].note


def test_a_request_told_as_a_need_survives_the_score_keeping() -> None:
    res = _coach(
        "Walt, after all the years I hauled your hay at cost, you owe me one. My grandson Eli "
        "needs on at your sawmill for the winter. Have him start Monday. -Dale",
        recipient={"name": "Walt Briggs", "notes": ["owns a sawmill near Tyler"]},
        relationship={"closeness": "friend", "last_contact": "2026-10-01"},
    )
    assert "keeping_score" in {f.code for f in res.findings}
    text = res.rewrite.text
    assert "needs on at your sawmill for the winter" in text
    assert "owe me" not in text and "Have him start Monday" not in text


@pytest.mark.parametrize(
    ("note", "line"),
    [
        ("owns Blackwater Tattoo in Leith", "How are things at Blackwater Tattoo in Leith?"),
        ("owns a bakery in Tain", "How's your bakery in Tain going?"),
        ("owns a Transit van", ""),
    ],
)
def test_what_they_own_is_asked_after_only_when_it_is_a_business(note: str, line: str) -> None:
    from app.core.lines import _status_question as status_question

    clause = second_person(note, ["Ash Reid"])
    assert clause is not None
    assert status_question(clause) == line


@pytest.mark.parametrize(
    ("note", "line"),
    [
        # read blind, the whole description read back is their file, not a friend asking
        (
            "runs a two-chair family dental practice in Naperville",
            "How's your family dental practice going?",
        ),
        ("runs a 40-seat vegan restaurant in Leith", "How's your vegan restaurant in Leith going?"),
        (
            "runs a small plumbing business in Penrith",
            "How's your plumbing business in Penrith going?",
        ),
    ],
)
def test_their_business_is_asked_after_as_a_friend_would_name_it(note: str, line: str) -> None:
    from app.core.lines import _status_question as status_question

    clause = second_person(note, ["Ash Reid"])
    assert clause is not None
    assert status_question(clause) == line


def test_a_deadline_inside_the_question_goes_and_the_question_stays() -> None:
    assert strip_pressure(
        "It would be great if you could let me know by Thursday whether you can do it."
    ) == ("It would be great if you could let me know whether you can do it.")


def test_a_bounded_call_keeps_its_size_and_loses_its_empty_purpose() -> None:
    res = _coach(
        "Dear Ines,\n\nAt Keelwise we supply vetted deckhands with a 48-hour placement "
        "guarantee.\n\nWould you be open to a quick 15-minute call to explore potential "
        "synergies?\n\nBest regards,\nOmar",
        recipient={"name": "Ines Duarte", "notes": ["fleet manager at a charter company"]},
    )
    text = res.rewrite.text
    assert "15-minute call" in text
    assert "synergies" not in text and "about it?" not in text


def test_the_closing_thanks_stays_after_the_ask() -> None:
    res = _coach(
        "Dear Ms. Roux,\n\nI am writing to ask whether your shop would consider carrying our "
        "knives from spring. We met at the Ambiente fair in February, where you tried our "
        "gyuto.\n\nWe can supply 30 knives per quarter.\n\nThank you for your consideration."
        "\n\nSincerely,\nKenji",
        recipient={"name": "Claire Roux"},
        relationship={"closeness": "acquaintance", "last_contact": "2026-02-10"},
    )
    body = res.rewrite.text.split("Sincerely,")[0].rstrip()
    assert body.endswith("Thank you for your consideration.")


def test_an_engineers_title_ends_no_sentence() -> None:
    doc = parse("Dear Eng. Karim, Greetings from Ras Gharib. I am a drilling engineer.")
    assert doc.greeting is not None
    assert doc.text[doc.greeting[0] : doc.greeting[1]].startswith("Dear Eng. Karim")


def test_what_helps_the_sender_is_not_an_open_ended_ask() -> None:
    res = _coach(
        "Dear Dr. Farida, I have one question only: should the traps move to the shaded side "
        "in summer? Even a short answer will help me.",
        recipient={"name": "Farida Al-Balushi"},
        relationship={"closeness": "acquaintance", "last_contact": "2026-09-20"},
    )
    assert "vague_ask" not in {f.code for f in res.findings}


def test_a_plea_for_any_work_keeps_the_work_it_names() -> None:
    assert strip_pressure(
        "Kindly let me know if you are having any opening or any work for me."
    ) == ("Kindly let me know if you are having an opening for me.")
    assert strip_pressure("I can work as cutter, supervisor or any other role.") == (
        "I can work as cutter or supervisor."
    )


def test_the_lever_before_a_request_goes_and_the_request_stays() -> None:
    res = _coach(
        "Hi Achieng,\n\nCongratulations on the new Mombasa office.\n\nYou'll remember that in "
        "2024 I stayed back with you three nights at the depot when the chiller failed. Those "
        "were long nights! With that in mind, I'm hoping you could put my name forward for the "
        "fleet lead role advertised last week.\n\nThanks,\nOtieno",
        recipient={"name": "Achieng Were"},
        relationship={"closeness": "friend", "last_contact": "2026-10-01"},
    )
    assert "keeping_score" in {f.code for f in res.findings}
    text = res.rewrite.text
    assert "put my name forward for the fleet lead role" in text
    assert "With that in mind" not in text and "You'll remember" not in text


def test_a_business_is_not_greeted_by_its_first_word() -> None:
    res = _coach(
        "To whom it may concern,\n\nI saw your new Polish shelf. I make pierogi by hand nearby "
        "and would like to offer you a free tasting box of 40 this week.\n\nBest regards,\nAga",
        recipient={"name": "Leith Walk Larder"},
    )
    assert res.rewrite.text.startswith("Hello,")
    assert "Dear Leith" not in res.rewrite.text


def test_a_held_ask_keeps_the_senders_move_and_drops_its_run_up() -> None:
    res = _coach(
        "Oi Rita!\n\nRemember when I drove all your boxes from Porto to Lisbon? Ha. Well, now I am "
        "the one moving to Lisbon! I start at a clinic in Arroios on 5 January. So I hope you "
        "won't mind me asking: could I stay at your place for two weeks?\n\nBeijos,\nTiago",
        recipient={"name": "Rita Sousa"},
        relationship={"closeness": "friend", "last_contact": "2023-06-01"},
    )
    assert res.verdict is Verdict.rethink
    text = res.rewrite.text
    assert "I start at a clinic in Arroios on 5 January." in text
    assert "mind me asking" not in text and "drove all your boxes" not in text


def test_a_signature_with_a_title_line_is_the_signoff() -> None:
    doc = parse(
        "Dear Dr. Okafor,\n\nMay I reproduce one photograph?\n\nWith deepest respect,\n"
        "Hiroshi Tanaka\nEditor, Suita Railway History Circle"
    )
    assert doc.signoff is not None
    assert doc.text[doc.signoff[0] :].startswith("With deepest respect,")


def test_thanks_for_the_favour_asked_closes_the_note() -> None:
    res = _coach(
        "Dear Mr. Petrov,\n\nHope you are well. I'd like to recommend my former apprentice, "
        "Lina Osei, for the junior joiner post at Brightwood Builders. She fitted every stair in "
        "our last two projects. Thanks for giving her a look.\n\nBest,\nMarek",
        relationship={"closeness": "acquaintance"},
    )
    text = res.rewrite.text
    assert "Thanks for giving her a look." in text
    assert text.index("Thanks for giving her a look.") > text.index("junior joiner post")


def test_a_line_that_answers_the_ask_is_not_moved_ahead_of_it() -> None:
    res = _coach(
        "Hi Tomasz, would you write two lines on LinkedIn about the depot stock count I ran in "
        "March? If that matches what you remember, it would help me a lot. Thanks in advance!",
        relationship={"closeness": "acquaintance"},
    )
    text = res.rewrite.text
    assert text.index("If that matches") > text.index("stock count I ran in March")


def test_offering_more_material_is_an_offer_not_a_second_ask() -> None:
    res = _coach(
        "Dear Dr. Mensah,\n\nI took your soil science module and assisted on the 2025 field "
        "survey. Would you consider writing me a reference for the MSc at Reading? Please let "
        "me know if any further documents would help; I'm happy to send my transcript.\n\n"
        "Many thanks for thinking it over.\n\nKind regards,\nAma",
        relationship={"closeness": "acquaintance", "last_contact": "2026-06-01"},
    )
    codes = {f.code for f in res.findings}
    assert "many_asks" not in codes and "no_offer" not in codes
    assert "Please let me know if any further documents would help" in res.rewrite.text
    assert res.rewrite.text.rstrip().endswith(
        "Many thanks for thinking it over.\n\nKind regards,\nAma"
    )


@pytest.mark.parametrize(
    ("draft", "signoff"),
    [
        ("Hi Jo, could you call me tomorrow?\n\nBest,\nAl\n\nSent from my iPhone", "Best,"),
        ("Hi Jo, could you call me tomorrow? cheers Al\n\nGet Outlook for Android", "cheers Al"),
        ("Hi Jo, could you call me tomorrow?\n\nSent from my Samsung Galaxy smartphone.", "Sent"),
    ],
)
def test_a_phone_footer_closes_the_draft_below_its_signoff(draft: str, signoff: str) -> None:
    doc = parse(draft)
    assert doc.signoff is not None
    assert doc.text[doc.signoff[0] :].startswith(signoff)
    assert doc.signoff[1] == len(draft)


def test_who_is_writing_stays_when_the_pleasantry_after_it_goes() -> None:
    res = _coach(
        "hiya Jan it's Maureen Doyle how are you keeping. my niece Orla loves animals could she "
        "shadow your nurses for a day in March? she is no trouble. love Maureen\n\n"
        "Sent from my iPad",
        recipient={"name": "Jan Kowal"},
        relationship={"closeness": "acquaintance", "last_contact": "2026-08-01"},
    )
    text = res.rewrite.text
    assert "how are you keeping" not in text
    assert "it's Maureen Doyle." in text
    assert text.index("shadow your nurses") < text.index("love Maureen")
    assert text.rstrip().endswith("Sent from my iPad")


def test_the_line_that_names_the_held_request_waits_with_it() -> None:
    res = _coach(
        "Dear Piet,\n\nI hope you will forgive the long silence since your retirement party. I "
        "have nearly finished the history of the Delft tram works. As director, you might be in "
        "a position to fund the maps from the museum budget. I appreciate that this is a "
        "considerable request.\n\nWith every good wish,\nAnneke",
        recipient={"name": "Piet de Vries"},
        relationship={"closeness": "acquaintance", "last_contact": "2019-03-01"},
    )
    assert res.verdict is Verdict.rethink
    text = res.rewrite.text
    assert "fund the maps" not in text and "considerable request" not in text
    assert "history of the Delft tram works" in text


def test_what_a_held_favour_would_involve_waits_with_it() -> None:
    res = _coach(
        "Hi Bea! Huge favour, could you feed the cats Saturday and Sunday? My mum's in hospital "
        "again. I'll drop the keys round tonight. Thank you, you're a star xx",
        recipient={"name": "Bea"},
        relationship={
            "closeness": "friend",
            "last_contact": "2026-11-28",
            "interactions": [
                {"date": "2026-09-01", "direction": "received", "summary": "fed the cats"},
                {"date": "2026-10-01", "direction": "received", "summary": "watered my plants"},
            ],
        },
    )
    assert res.verdict is Verdict.rethink
    text = res.rewrite.text
    assert "feed the cats" not in text
    assert "you're a star" not in text


def test_an_easy_out_goes_when_the_ask_it_answered_waits() -> None:
    res = _coach(
        "Dear Dr. Haas,\n\nI know it's been six years since your field course, and I'm sorry I "
        "lost touch. I'm applying to the hydrology MSc at Delft. Would you write me a "
        "recommendation letter? The form would email you directly. A no is completely fine.\n\n"
        "Warm wishes,\nNoor",
        recipient={"name": "Dr. Haas"},
        relationship={
            "closeness": "acquaintance",
            "last_contact": "2020-06-01",
            "interactions": [
                {"date": "2019-06-01", "direction": "received", "summary": "a reference"},
                {"date": "2020-06-01", "direction": "received", "summary": "a second reference"},
            ],
        },
    )
    assert res.verdict is Verdict.rethink
    text = res.rewrite.text
    assert "I'm sorry I lost touch" in text and "recommendation letter" not in text
    assert "A no is completely fine" not in text and "email you directly" not in text


def test_a_narrowed_job_ask_keeps_the_field_the_sender_moves_into() -> None:
    res = _coach(
        "Hi Sean, hope you're well! I'm looking to move off the tools and into estimating, and I "
        "wondered if you could introduce me to someone at Brennan Homes who hires for that. "
        "Cheers, Dara",
        recipient={"name": "Sean"},
        relationship={"closeness": "acquaintance", "last_contact": "2026-07-01"},
    )
    text = res.rewrite.text
    assert "estimating" in text and "Brennan Homes" in text
    assert "hope you're well" not in text


def test_what_is_left_of_a_weighted_plea_is_asked() -> None:
    assert strip_pressure("Would mean the world if you could come on Friday!") == (
        "Could you come on Friday?"
    )
    res = _coach(
        "Hey! Gallery opening this Thursday 🎨 would mean the world if you could come and bring "
        "a friend. Details on my page x",
        recipient={"name": "Tomasz"},
        relationship={"closeness": "weak_tie"},
    )
    text = res.rewrite.text
    assert text.startswith("Hey Tomasz!") and "would mean the world" not in text
    assert "Gallery opening this Thursday 🎨 could you come and bring a friend?" in text


def test_their_name_stays_when_the_score_keeping_line_it_opened_goes() -> None:
    res = _coach(
        "Dana wow so you've been ignoring my texts for a month 🙃 too busy for us now. "
        "anyway can you get me 2 tickets for the Foals gig on the 12th",
        recipient={"name": "Dana Reyes"},
        relationship={"closeness": "friend", "last_contact": "2026-10-01"},
    )
    text = res.rewrite.text
    assert text.startswith("Dana,") and "ignoring my texts" not in text


def test_praise_of_people_like_them_is_generic_and_goes() -> None:
    res = _coach(
        "Good to connect here. I see we have similar backgrounds. This app is a great way to "
        "meet talented, driven people like yourself. How long have you been in the trade?",
        recipient={"name": "Omar"},
        relationship={"closeness": "stranger"},
    )
    text = res.rewrite.text
    assert "people like yourself" not in text
    assert "How long have you been in the trade?" in text


def test_a_narrowed_ask_does_not_pluralise_my_next_role() -> None:
    res = _coach(
        "Hi all, I left Ardent Labs in October after five years. I'm now looking for my next role "
        "in clinical data management and would appreciate any leads you can send my way.\n\nBest,\nIfe",
        relationship={"closeness": "acquaintance"},
    )
    text = res.rewrite.text
    assert "my next roles" not in text
    assert "clinical data management" in text


def test_a_held_note_does_not_keep_the_need_or_who_said_no() -> None:
    res = _coach(
        "Dear Ruth,\n\nI hope you will forgive the long silence since your farewell dinner. I "
        "have nearly finished my history of the Leith ropeworks. The press will print it, "
        "subject to a subvention of approximately £6,000 towards the maps. The university is "
        "unable to assist, as I have retired. As head of the trust, you might be in a position "
        "to find this sum.\n\nWith every good wish,\nAlasdair",
        recipient={"name": "Ruth Crombie"},
        relationship={"closeness": "acquaintance", "last_contact": "2019-09-01"},
    )
    assert res.verdict is Verdict.rethink
    text = res.rewrite.text
    assert "history of the Leith ropeworks" in text
    assert "£6,000" not in text and "unable to assist" not in text


def test_a_deadline_on_the_favour_goes_and_the_favour_stays() -> None:
    assert strip_pressure("The date has moved and I need your reference by tomorrow morning.") == (
        "The date has moved and I'd be so grateful for your reference."
    )
    # a deadline on their answer has nothing to keep
    assert "answer" not in strip_pressure("I need your answer by Friday.")


def test_a_held_pitch_keeps_the_update_in_its_own_paragraph() -> None:
    res = _coach(
        "Hello Ines,\n\nI hope you are well. I write to ask if Casa Marvila could order 400 kg "
        "of our cork stoppers ahead of the 2027 bottling.\n\nSince the fire in August we "
        "replanted 60 hectares near Coruche and took on 9 new harvesters.\n\nPlease confirm "
        "and I will send the contract.\n\nCumprimentos,\nRui",
        recipient={"name": "Ines Duarte", "notes": ["buyer at Casa Marvila, a Lisbon winery"]},
        relationship={
            "closeness": "acquaintance",
            "last_contact": "2023-04-02",
            "interactions": [
                {
                    "date": "2023-04-02",
                    "direction": "neutral",
                    "summary": "Met Ines at the Casa Marvila open day in Evora; she tasted our samples",
                }
            ],
        },
    )
    assert res.verdict is Verdict.rethink
    text = res.rewrite.text
    assert "400 kg" not in text and "Please confirm" not in text
    assert "replanted 60 hectares near Coruche" in text  # the update stands on its own
    # where they met, from the history, though her company is named in the held ask
    assert "since we met at the Casa Marvila open day in Evora" in text


def test_a_bare_i_need_your_help_waits_with_the_ask() -> None:
    res = _coach(
        "Dear Jonas,\n\nI need again your help please. The inspectors say our cheese has too "
        "much cow milk in winter. Can you ask your colleague at the ministry what flexibility "
        "exists for small dairies?\n\nMany thanks,\nEleni",
        recipient={"name": "Jonas Berg"},
        relationship={
            "closeness": "acquaintance",
            "last_contact": "2026-06-01",
            "interactions": [
                {
                    "date": "2025-03-01",
                    "direction": "received",
                    "summary": "Jonas sent me the rules",
                },
                {"date": "2026-06-01", "direction": "received", "summary": "Jonas read my forms"},
            ],
        },
    )
    assert res.verdict is Verdict.rethink
    assert "need again your help" not in res.rewrite.text


def test_the_deadline_goes_and_the_date_the_sender_works_to_stays() -> None:
    res = _coach(
        "Dear Dr Okonkwo,\n\nI read your 2024 paper on oyster reef restoration twice; the part "
        "on spat density is exactly our problem at the Lough Foyle hatchery. Could you give me "
        "20 minutes on a call about the substrate you used? I need your answer before 10 January "
        "because our trustees decide the new tank budget that week.\n\nBest wishes,\nAoife",
        recipient={"name": "Dr Chidi Okonkwo", "notes": ["2024 paper on oyster reef restoration"]},
        relationship={"closeness": "stranger"},
    )
    text = res.rewrite.text
    assert "I need your answer" not in text
    assert "Our trustees decide the new tank budget the week of 10 January." in text
    assert "20 minutes on a call about the substrate you used?" in text


def test_a_long_note_cut_to_fit_keeps_the_reason_for_the_ask_and_the_whole_signature() -> None:
    news = " ".join(
        f"At the {w} depot I also ran the night shift for a year with no lost-time incident."
        for w in ("Leeds", "York", "Hull", "Wakefield", "Selby", "Goole")
    )
    res = _coach(
        "Respected Sir,\n\nI am presently working as Yard Supervisor at Doncaster since 2018. "
        f"{news} My wife is a nurse in Sheffield and my father lives there too, so the family "
        "is apart all week. Sir, I humbly request you to kindly put in a good word for my "
        "transfer to the Sheffield depot.\n\nThanking you in anticipation,\nYours obediently,\n"
        "K. Ramsay\nYard Supervisor, Doncaster\nMobile: 07700 900123",
        recipient={"name": "Mr Alan Pike", "notes": ["retired regional manager"]},
        relationship={"closeness": "acquaintance", "last_contact": "2026-03-31"},
    )
    text = res.rewrite.text
    assert "My wife is a nurse in Sheffield" in text  # why the transfer is asked for
    assert text.endswith("K. Ramsay\nYard Supervisor, Doncaster\nMobile: 07700 900123")


def test_a_long_reply_with_what_they_asked_for_is_sent_as_written() -> None:
    items = "\n".join(
        f"{n}. Case {n}: a {w} finding on the wing panel, traced to a worn tool, fixed in a week."
        for n, w in zip(
            range(1, 9),
            ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"),
            strict=True,
        )
    )
    draft = (
        f"Hi Sam,\n\nYou asked in November for real examples for your inspection course, so here "
        f"they are:\n\n{items}\n\nHappy to come and talk to the class if useful. One small "
        "question: is there still a seat on the Level II course in March?\n\nThanks again,\nLee"
    )
    res = _coach(
        draft,
        recipient={"name": "Sam Ortiz"},
        relationship={"closeness": "friend", "last_contact": "2026-11-01"},
    )
    assert res.rewrite.text == draft


def test_a_line_about_the_sender_s_business_is_not_moved_ahead_of_the_ask_that_names_it() -> None:
    res = _coach(
        "Bonjour Lucie,\n\nI hope this message finds you well. Since May I am a licensed kayak "
        "guide, so could you recommend my new company Pagaie Sud to the guests of Hotel "
        "Calanque? We leave from Sormiou at 9, three hours on the water, and I can give 10% "
        "to your guests with the code CALANQUE.\n\nMerci,\nTheo",
        recipient={"name": "Lucie Martin", "notes": ["front desk manager at Hotel Calanque"]},
        relationship={"closeness": "acquaintance", "last_contact": "2026-09-01"},
    )
    text = res.rewrite.text
    assert "finds you well" not in text
    assert text.index("Pagaie Sud") < text.index("We leave from Sormiou")


def test_a_company_slot_is_filled_with_the_whole_name() -> None:
    res = _coach(
        "Hi {first_name},\n\nI noticed {company} is planting new vineyards this year. At Brisa "
        "Irrigation we help growers save up to 18% water.\n\nWould you be open to a 15-minute "
        "call next week?\n\nBest,\nMarta",
        recipient={
            "name": "Joao Silva",
            "notes": ["farm manager at Herdade do Monte Alto, Alentejo"],
        },
        relationship={"closeness": "stranger"},
    )
    assert "I noticed Herdade do Monte Alto is planting" in res.rewrite.text


def test_a_job_asked_of_the_one_who_runs_the_kitchen_is_asked_of_her() -> None:
    res = _coach(
        "hey ms carla its dee from st marks, the one with the pies at the summer fair. season's "
        "over and im off till may. 12 yrs on the line, got my food hygiene cert, i can lead a "
        "crew. i just need something steady thru the winter. keep me in mind for anything ok",
        recipient={"name": "Carla Hughes", "notes": ["food service manager at a Leeds care home"]},
        relationship={"closeness": "acquaintance", "last_contact": "2026-07-20"},
        goal="job_search",
    )
    text = res.rewrite.text
    assert "keep me in mind" not in text and "one person" not in text
    assert text.endswith("any chance you've got work i could pick up?")


def test_stock_praise_words_go_and_the_sentence_stays() -> None:
    res = _coach(
        "Dear Sir/Madam,\n\nI write to enquire whether your esteemed firm might need a quantity "
        "surveyor with twelve years in rail projects. I moved to Leeds from Nairobi in October "
        "and hold RICS membership.\n\nYours faithfully,\nAmina Otieno",
        recipient={"notes": ["a Leeds cost consultancy; no named contact"]},
        goal="job_search",
    )
    text = res.rewrite.text
    assert "esteemed" not in text
    assert "whether your firm might need a quantity surveyor" in text


def test_a_held_ask_takes_its_apology_and_its_hint_with_it() -> None:
    res = _coach(
        "Dear Dr Moana,\n\nThank you again for your article on our weaving school last year. "
        "Many visitors come now and they say your name. I am sorry for sudden request. I wish "
        "to sell our mats in Australia, and I think maybe you know a shop for this. If you can "
        "introduce one person, I am very happy.\n\nWith respect,\nSione",
        recipient={"name": "Dr Moana Reti"},
        relationship={
            "closeness": "acquaintance",
            "last_contact": "2026-05-01",
            "interactions": [
                {
                    "date": "2025-04-01",
                    "direction": "received",
                    "summary": "wrote about our school",
                },
            ],
        },
    )
    assert res.verdict is Verdict.rethink
    text = res.rewrite.text
    assert "sorry for sudden request" not in text and "maybe you know a shop" not in text
    assert "Thank you again for your article" in text


def test_a_note_on_the_sender_s_own_workshop_is_not_said_as_theirs() -> None:
    res = _coach(
        "Dear Professor Lind,\n\nMany customers come to my workshop now. Could you suggest one "
        "shop in Oslo that sells hand drums?\n\nBest,\nKofi",
        recipient={
            "name": "Professor Eva Lind",
            "notes": ["ethnomusicologist; wrote about his workshop"],
        },
        relationship={"closeness": "acquaintance", "last_contact": "2026-08-01"},
    )
    assert "your workshop" not in res.rewrite.text


def test_the_list_said_in_the_narrowed_ask_is_not_said_twice() -> None:
    res = _coach(
        "Hi Dev,\n\nI'm closing the bike shop in March after nine years. I know repairs, I know "
        "stock, I know how to sell a commuter bike to a nervous beginner. I'm open to sales, "
        "service, training, whatever. If you hear of anything, let me know!\n\nMo",
        recipient={"name": "Dev Patel", "notes": ["regional rep for a bike distributor"]},
        relationship={"closeness": "acquaintance", "last_contact": "2026-10-01"},
        goal="job_search",
    )
    text = res.rewrite.text
    assert "whatever" not in text and "If you hear of anything" not in text
    assert text.count("training") == 1


def test_a_cut_date_slot_takes_its_that_with_it() -> None:
    res = _coach(
        "Hey Tui,\n\nI talked to my mate Hemi at the depot about your apprentice idea and he's "
        "keen. He's free [insert date], if that suits I'll set up a coffee for the three of "
        "us.\n\nCheers,\nRangi",
        recipient={"name": "Tui Walker"},
        relationship={"closeness": "acquaintance", "last_contact": "2026-11-01"},
    )
    text = res.rewrite.text
    assert "[insert date]" not in text and "If that suits" not in text
    assert "If you're up for it, I'll set up a coffee for the three of us." in text


def test_when_to_do_it_stays_with_the_ask_that_moves() -> None:
    res = _coach(
        "Hi Carys,\n\nWould you be willing to read our lottery bid before we submit it? It's 30 "
        "pages, and you know these panels far better than we do. We're asking for £90k to "
        "restore the chapel organ. The deadline is 20 January, so any time before Christmas "
        "would be brilliant.\n\nThanks so much,\nGlen",
        recipient={"name": "Carys Jones", "notes": ["heritage grants consultant"]},
        relationship={"closeness": "acquaintance", "last_contact": "2026-09-01"},
        goal="advice",
    )
    text = res.rewrite.text
    assert text.index("read our lottery bid") < text.index("any time before Christmas")


def test_a_narrowed_topic_stops_at_the_sender_s_next_clause() -> None:
    res = _coach(
        "Hello! My name is Ola, I am a sound recordist from Gdansk. Now I am looking for work "
        "on Irish productions and I would like to connect. Thank you!",
        recipient={"name": "Niamh Byrne", "notes": ["producer at a Dublin production company"]},
        relationship={"closeness": "stranger"},
        goal="job_search",
    )
    assert "and I would like to connect?" not in res.rewrite.text


def test_a_held_ask_keeps_the_hello_to_their_family() -> None:
    res = _coach(
        "Hey Arjun!! How are you bhai? Long time. I got laid off from Zentra last month. Can you "
        "refer me for any opening on the firmware team? Send me the link pls, will share CV. "
        "Say hi to Kavya!",
        recipient={"name": "Arjun Rao", "notes": ["engineering manager at a Pune startup"]},
        relationship={"closeness": "friend", "last_contact": "2022-05-01"},
        goal="job_search",
    )
    assert res.verdict is Verdict.rethink
    text = res.rewrite.text
    assert "refer me" not in text
    assert text.rstrip().endswith("Say hi to Kavya!")


def test_the_portal_s_closing_date_stays_when_the_deadline_on_them_goes() -> None:
    res = _coach(
        "Dear Dr Hale,\n\nYour audit work is a big part of why I'm applying for the fellowship. "
        "Would you have 20 minutes to look over my personal statement? I really need an answer "
        "by Wednesday, as the portal closes on Friday.\n\nBest wishes,\nNia",
        recipient={"name": "Dr Sam Hale", "notes": ["published an audit of falls in care homes"]},
        relationship={"closeness": "weak_tie", "last_contact": "2026-10-01"},
    )
    text = res.rewrite.text
    assert "by Wednesday" not in text
    assert "The portal closes on Friday." in text


def test_a_greeting_in_another_script_stays_first() -> None:
    res = _coach(
        "Γεια σου Μαρία! I know, I know, six years, I'm the worst friend. The shop closed and "
        "I'm out since June. You're in Munich now, right? Can you help me find a job there, "
        "anything at all?",
        recipient={"name": "Maria Lambrou", "notes": ["buyer at a Munich retailer"]},
        relationship={"closeness": "friend", "last_contact": "2020-06-01"},
        goal="job_search",
    )
    text = res.rewrite.text
    assert text.startswith("Γεια σου Μαρία!")
    assert "sorry it's been so long" not in text  # "I'm the worst friend" owned it already


def test_what_is_added_goes_before_an_inline_closing() -> None:
    res = _coach(
        "Dear Ms. Hart, I read that your team added Somali to the interpreter program. I "
        "worked 6 years as an interpreter in Mogadishu. I am desperate, I will do any job at "
        "all. Please answer me this week. With respect, Abdi Warsame",
        recipient={"name": "Jane Hart", "notes": ["Director of Language Services at a clinic"]},
        relationship={"closeness": "stranger"},
        goal="job_search",
    )
    text = res.rewrite.text
    assert text.endswith("With respect, Abdi Warsame")
    assert "answer me this week" not in text and "desperate" not in text


def test_a_favour_billed_at_the_end_of_the_ask_goes_and_the_ask_stays() -> None:
    res = _coach(
        "Dear Asha,\n\nYou will no doubt recall that it was upon my recommendation that the "
        "board appointed you Treasurer. My post ends on 31 March. I understand the trust now "
        "seeks a Director. I would be most grateful if you would put my name forward to the "
        "Chair, as I once supported yours.\n\nYours sincerely,\nVikram",
        recipient={"name": "Asha Mehta"},
        relationship={"closeness": "acquaintance", "last_contact": "2026-06-01"},
    )
    assert res.verdict is Verdict.rethink
    text = res.rewrite.text
    assert "upon my recommendation" not in text and "as I once supported" not in text
    assert "put my name forward to the Chair" in text


def test_sorry_to_jump_in_goes_once_the_ask_comes_after_them() -> None:
    res = _coach(
        "Bonjour Luc,\n\nSorry to jump straight in, but one question: does the assessor pool "
        "still take auditors who passed the 2022 module? I know it has been more than two years "
        "since the Likasi audit, and I am sorry I let the contact go quiet.\n\nI saw you now "
        "lead the sourcing team at Umicore, félicitations.\n\nAmitiés,\nNadine",
        recipient={"name": "Luc Peeters"},
        relationship={"closeness": "acquaintance", "last_contact": "2024-03-01"},
    )
    text = res.rewrite.text
    assert "Sorry to jump straight in" not in text
    assert "One question: does the assessor pool" in text


def test_an_offer_to_host_their_readers_says_your_readers() -> None:
    res = _coach(
        "Namaste Meera ji. Our new collection of 40 silk saris is ready. Your readers loved "
        "the weavers story, we still get calls from it. Can you do one more feature?",
        recipient={"name": "Meera Rao"},
        sender={"name": "Imran", "offers": ["could host her readers for a loom visit"]},
        relationship={
            "closeness": "acquaintance",
            "last_contact": "2023-01-01",
            "interactions": [
                {"date": "2023-01-01", "direction": "received", "summary": "featured our looms"},
            ],
        },
    )
    assert "my readers" not in res.rewrite.text


def test_a_name_kept_from_a_score_keeping_line_is_followed_by_a_space() -> None:
    res = _coach(
        "Sana you owe me one after I fixed your dad's glasses for nothing, so can you ask your "
        "sister if she'll do my shop logo? Need it before the spring fair",
        recipient={"name": "Sana Iqbal"},
        relationship={"closeness": "friend", "last_contact": "2026-11-01"},
    )
    text = res.rewrite.text
    assert "you owe me" not in text
    assert text.startswith("Sana, can you ask your sister")


def test_a_plea_for_work_is_asked_calmly_and_hit_me_back_stays_last() -> None:
    res = _coach(
        "Marlon how you doin bey? Since the storm took the hotel roof I ain had no work for 2 "
        "month. I beggin you man, any job at all over there in Tampa, I ga do anything. The "
        "children need school fees. Hit me back",
        recipient={"name": "Marlon Rolle", "notes": ["yard foreman at a marina in Tampa"]},
        relationship={"closeness": "friend", "last_contact": "2026-10-15"},
        goal="job_search",
    )
    text = res.rewrite.text
    assert "beggin" not in text and "any job at all" not in text
    assert "could you let me know?" in text
    assert text.endswith("Hit me back")


def test_a_true_genius_is_praise_that_fits_anyone() -> None:
    res = _coach(
        "Kaixo Ane! Everyone in Bilbao reads you, a true genius. We reopened Bar Itsasoa after "
        "the flood with a new pintxo menu. Could you mention the reopening in your column?",
        recipient={"name": "Ane Etxeberria", "notes": ["food writer for a Basque daily"]},
        relationship={"closeness": "acquaintance", "last_contact": "2026-09-01"},
    )
    assert "true genius" not in res.rewrite.text
    assert "Bar Itsasoa" in res.rewrite.text


def test_a_closing_in_the_sender_s_language_stays_last() -> None:
    res = _coach(
        "Hallo Jonas,\n\nyou remember 2019, when nobody wanted to take you and I brought you "
        "into the workshop. So now I think it is only fair that you help me a little back.\n\n"
        "We are bidding for the stage build of the new show and your boss decides this. Please "
        "put our company in front of her before the 15th, you owe me this one.\n\n"
        "Viele Grüße aus Ehrenfeld\nKlaus",
        recipient={"name": "Jonas Weber"},
        relationship={"closeness": "acquaintance", "last_contact": "2026-05-01"},
    )
    assert res.verdict is Verdict.rethink
    text = res.rewrite.text
    assert "only fair" not in text and "owe me" not in text
    assert "Would you be able to put our company in front of her before the 15th?" in text
    assert text.endswith("Viele Grüße aus Ehrenfeld\nKlaus")


def test_if_you_hear_of_owt_going_is_asked_as_work_that_would_suit() -> None:
    res = _coach(
        "Hiya Dean, hope you're keeping well. The owners are selling the arcade in the new year "
        "after 9 year of me running it. Cash office, staffing, licensing. Anyway if you hear of "
        "owt going let us know. Ta, Shaz",
        recipient={"name": "Dean Hardy"},
        relationship={"closeness": "acquaintance", "last_contact": "2026-08-01"},
        goal="job_search",
    )
    text = res.rewrite.text
    assert "keeping well" not in text and "owt going" not in text
    assert "would you let me know?" in text
