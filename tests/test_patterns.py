"""The compiled phrase patterns (app/core/alternation.py) find exactly what the plain ones do.

The rewrite reorders and reshapes each alternation for speed; the reference here is the
pattern as written, matched the way the engine always did (lower-cased text, case-sensitive
pattern). Every phrase pattern is compared on every draft in the eval sets, the test drafts,
the hostile inputs and some hand-picked edges, span for span.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

import app.core.analyzers
import app.core.rewrite  # noqa: F401
from app.core import alternation, patterns, regex_subset
from app.core.patterns import Phrases, phrases

ROOT = Path(__file__).resolve().parent.parent

EDGES = [
    "",
    "could you",
    "Could you?",
    "xcould you",
    "could youx",
    "I'd love a quick call",
    "I’d love a quick call",
    "  'd love",
    "any chance you're free?",
    "Any chance",
    "hi — any openings on your team?",
    "need a hand with the move? need me to bring the van?",
    "5-min call, 10 minutes, ~3pm or 11:30 am",
    "¿cómo estás? ¿Como estas?",
    "résumé attached; resume is attached; the deck is attached",
    "never mind sharing; would you mind sharing",
    "İstanbul: could you help?",  # lower() changes the length: the plain path
    "ÀÉÎ could you, café could you",
    "_could you",
    "could\u00a0you",
    "COULD YOU PLEASE HELP",
    "naïvecould you, éclair could you, ñcould you",  # non-ASCII word characters: no boundary
    "😀could you ¡could you! “could you” —could you…",  # non-ASCII non-word: a boundary
    "2could you 3 could you _could you",
]


def _corpus() -> list[str]:
    texts = list(EDGES)
    for name in ("cases.jsonl", "holdout.jsonl", "holdout2.jsonl"):
        for line in (ROOT / "evals" / name).read_text().splitlines():
            if line.strip():
                texts.append(json.loads(line)["request"]["message"]["text"])
    for line in (ROOT / "tests" / "data" / "drafts.jsonl").read_text().splitlines():
        if line.strip():
            texts.append(json.loads(line).get("text", ""))
    from tests.test_abuse import HOSTILE

    texts += [unit * (300 // len(unit)) for unit in HOSTILE]
    return texts


CORPUS = _corpus()


def _reference(p: Phrases) -> re.Pattern[str]:
    return re.compile(p.pattern.replace("[A-Z]", "[a-z]"))


def _expected(ref: re.Pattern[str], p: Phrases, text: str) -> list[tuple[int, int]]:
    low = text.lower()
    if len(low) != len(text):
        return [m.span() for m in p._slow.finditer(text)]
    return [m.span() for m in ref.finditer(low)]


def test_every_phrase_pattern_is_compiled_for_speed() -> None:
    """A pattern the rewrite cannot handle still works, but slowly: keep them all fast."""
    assert len(patterns.ALL) >= 25
    assert [p.pattern[:80] for p in patterns.ALL if not p.optimised] == []


@pytest.mark.parametrize("index", range(len(patterns.ALL)))
def test_compiled_pattern_finds_what_the_plain_one_finds(index: int) -> None:
    p = patterns.ALL[index]
    ref = _reference(p)
    for text in CORPUS:
        got = [m.span() for m in p.finditer(text)]
        assert got == _expected(ref, p, text), text[:120]
        assert p.count(text) == len(got)
        # A window: positions before ``pos`` are still seen by the boundary check.
        mid = len(text) // 3
        want = ref.search(text.lower(), mid, mid * 2) if len(text.lower()) == len(text) else None
        found = p.search(text, mid, mid * 2)
        if want is not None:
            assert found is not None and found.span() == want.span(), text[:120]


@pytest.mark.parametrize(
    ("alternatives", "text", "spans"),
    [
        ((r"(?:could|can)\s+you",), "Can you? COULD you", [(0, 7), (9, 18)]),
        ((r"^any\s+chance",), "any chance; any chance", [(0, 10)]),
        ((r"(?<!never\s)mind\s+sharing",), "never mind sharing. mind sharing", [(20, 32)]),
        ((r"help", r"help\s+me"), "help me", [(0, 4)]),  # first alternative wins, as in re
        ((r"help\s+me", r"help"), "help me", [(0, 7)]),
        ((r"[0-9]{1,2}\s*pm",), "at 3pm, 11 pm, 123pm", [(3, 6), (8, 13)]),
        ((r"i(?:'d|\s+would)\s+love",), "I’d love; I would love", [(0, 8), (10, 22)]),
    ],
)
def test_priority_order_and_boundaries(
    alternatives: tuple[str, ...], text: str, spans: list[tuple[int, int]]
) -> None:
    p = phrases(*alternatives)
    assert p.optimised
    assert [m.span() for m in p.finditer(text)] == spans
    assert [m.span() for m in p.finditer(text)] == [m.span() for m in p._slow.finditer(text)]


@pytest.mark.parametrize(
    "alternatives",
    [
        (r"(a)b",),  # a capture group
        (r"x?",),  # can match nothing
        (r"(?<=[^a])b",),  # a look-behind that could see the sentinel
        (r"\w+ing",),  # a head too wide to split
        (r"(?=^b)b",),  # "start of text" inside a check that moves after the first character
        (r"(?!\A)b",),
        (r"(?<!\x00)b",),  # a look-behind that could see the sentinel, a NUL
        (r"(?<![\x00-\x1f])b",),
    ],
)
def test_what_the_rewrite_refuses_falls_back_to_the_plain_pattern(
    alternatives: tuple[str, ...],
) -> None:
    assert alternation.optimise(list(alternatives), r"(?![\w])") is None
    p = phrases(*alternatives)
    patterns.ALL.remove(p)
    assert not p.optimised
    text = "xb ab bing ringing"
    assert [m.span() for m in p.finditer(text)] == [m.span() for m in p._slow.finditer(text)]


def test_gated_patterns_never_skip_a_text_they_would_match() -> None:
    """A gate's keywords must be in every match: check it on the corpus and on variants."""
    assert len(patterns.GATED) >= 4
    variants = [t for text in CORPUS for t in (text, text.upper(), text.title())]
    variants += [
        "We haven't talked in 3 YEARS.",
        "It's been about two yrs since we met",
        "Haven't spoken since 2019, I know.",
        "long time no see!",
        "Hi [First Name], I saw {{company}} is hiring; <NAME> at %COMPANY% XX",
    ]
    for gated in patterns.GATED:
        for text in variants:
            if gated.regex.search(text):
                assert gated.possible(text), (gated.regex.pattern[:60], text[:120])
                assert gated.search(text) is not None
            else:
                assert gated.search(text) is None


def test_folded_patterns_find_what_the_plain_ones_find() -> None:
    """Run on lower-cased text without IGNORECASE, each pattern finds the same matches, with
    the same groups, as with it on the text as given; texts with cased non-ASCII letters
    ("İ", "ſ", "é", the Kelvin sign) take the plain path."""
    folded = [f for f in patterns.FOLDED if f._cased is not None]
    assert len(folded) >= 6
    variants = [t for text in CORPUS for t in (text, text.upper(), text.title())]
    variants += [
        "We haven’t talked in 3 YEARS — how are you? Is ACME hiring?",
        "HAVEN'T SPOKEN SINCE 2019. My résumé is attached. İt's been 2 years",
        "Haſn't talked in 2 yearſ; It’s been a few MONTHS, how’s life?",
        "\u212aeep: it has been 3 years \u2014 what do you do?  \n",
    ]
    for f in folded:
        for text in variants:
            want = [(m.span(), m.groups()) for m in f.regex.finditer(text)]
            assert [(m.span(), m.groups()) for m in f.finditer(text)] == want, text[:80]
            first = f.regex.search(text)
            got = f.search(text)
            assert (got and (got.span(), got.groups())) == (
                first and (first.span(), first.groups())
            )
    assert not patterns.Folded(re.compile(r"Dr\.\s+\w+", re.IGNORECASE))._cased
    assert not patterns.Folded(re.compile(r"(?-i:x)y", re.IGNORECASE))._cased
    assert not patterns.Folded(re.compile(r"\x41b", re.IGNORECASE))._cased


def test_word_starts_checked_after_the_first_letter_match_the_plain_forms() -> None:
    """Patterns whose leading ``\\b`` (or look-behind) moved after their first character, so
    the scan skips ahead to it, find what the forms with the boundary first find."""
    from app.core import asks, phrasebook, roles, signals
    from app.core.analyzers import tone

    plain = {
        phrasebook.NAMED_ASK: phrasebook.NAMED_ASK.pattern.replace(
            r"[CcWw](?<!\w[CcWw])(?:(?<=[Cc])(?:ould|an)|(?<=[Ww])(?:ould|ill))",
            r"\b(?:[Cc]ould|[Cc]an|[Ww]ould|[Ww]ill)",
        ),
        asks._PLEASANT: r"\bhow\s+(?:are|r)\s+(?:you|u|things)\b|\bhow(?:['’]s|\s+is)\s+(?:it\s+going|life|everything|things)"
        r"|\bhow(?:['’]ve|\s+have)\s+(?:you|u)\s+been\b",
        asks._OWN_PROMOTION.regex: asks._OWN_PROMOTION.regex.pattern.replace(
            r"m(?<!\wm)y", r"\bmy"
        ).replace(r"i(?<!\wi)", r"\bi"),
        signals.PLACEHOLDER.regex: signals.PLACEHOLDER.regex.pattern.replace(
            r"X(?<!\wX)X+\b|I(?<!\wI)NSERT", r"\bXX+\b|\bINSERT"
        ).replace(r"_(?<![\w_]_)__+", r"(?<![\w_])_{3,}"),
        signals._SPEAKS_FOR_A_BUSINESS.regex: signals._SPEAKS_FOR_A_BUSINESS.regex.pattern.replace(
            r"[WwOo](?<!\w[WwOo])(?:(?<=[Ww])(?i:e", r"(?:\b(?i:we"
        ).replace(r"|(?<=[Oo])(?i:ur", r"|\b(?i:our"),
        tone._PUNCT_RUN: r"[!?]{2,}",
        roles._PLEA_BANGS.regex: r"(?i:\bplease\b|\bbeg\w*|\bdesperate)[^.?!\n]*[!?]{2,}",
    }
    variants = [t for text in CORPUS for t in (text, text.upper(), text.title())]
    variants += ["XXX, INSERT NAME, ____ and xXX, aINSERT NAME, a____, We're Acme; our farm"]
    for fast, written in plain.items():
        ref = re.compile(written, fast.flags)
        assert ref.pattern != fast.pattern
        for text in variants:
            want = [(m.span(), m.groups()) for m in ref.finditer(text)]
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == want, text[:80]


def test_info_question_needs_a_question_mark() -> None:
    from app.core.phrasebook import INFO_QUESTION, info_question

    for text in [*CORPUS, "Which one?  \n", "Which one?\u00a0", "is it? no", "What time is it?\n"]:
        for part in re.split(r"(?<=[.!?])\s+", text):
            assert info_question(part) == bool(INFO_QUESTION.regex.search(part)), part[:80]


def test_edge_cases_found_in_review() -> None:
    # An upper-case literal cannot run on lower-cased text: the list stays plain, and right.
    upper = phrases(r"I\s+am", r"linkedin")
    patterns.ALL.remove(upper)
    assert not upper.optimised
    assert [m.span() for m in upper.finditer("I am here on LinkedIn")] == [(0, 4), (13, 21)]
    # A NUL in the text would look like the start of text to the fast form.
    start = phrases(r"^any\s+chance")
    patterns.ALL.remove(start)
    assert list(start.finditer("hi\x00any chance")) == []
    assert [m.span() for m in start.finditer("any chance")] == [(0, 10)]
    # Keyword gates see what IGNORECASE sees, Turkish i included.
    from app.core.ledger import GAP_LONG

    text = "We haven't talked SİNCE college."
    assert GAP_LONG.regex.search(text) and GAP_LONG.possible(text)


@pytest.mark.parametrize("index", range(len(patterns.CASED)))
def test_case_sensitive_word_start_patterns_find_what_the_plain_ones_find(index: int) -> None:
    p = patterns.CASED[index]
    assert p.optimised
    variants = [t for text in CORPUS for t in (text, text.title())]
    variants += ["naïve Your team at Stripe", "\x00Your team at Stripe", "éYour team at Stripe"]
    for text in variants:
        assert [m.span() for m in p.finditer(text)] == [m.span() for m in p.regex.finditer(text)], (
            text[:120]
        )


def test_remembered_scans_give_the_same_matches() -> None:
    """Inside ``remembered`` a repeated scan is answered from memory, with the same spans."""
    texts = CORPUS[:200]
    plain = [[[m.span() for m in p.finditer(t)] for t in texts] for p in patterns.ALL[:10]]
    with patterns.remembered():
        for _ in range(2):
            got = [[[m.span() for m in p.finditer(t)] for t in texts] for p in patterns.ALL[:10]]
            assert got == plain
    assert patterns._MEMO.get() is None


def test_sign_off_patterns_match_their_look_behind_forms() -> None:
    """The sign-off patterns take the character before a closing as their first (``re``
    scans for it in C) and search from one character early; "start or newline" is two
    patterns. They find what the plain forms find, from every place a search may start."""
    from app.core import text

    lb = r"(?<=[.!?…\u2600-\u27bf\U0001f000-\U0001faff])"
    plain = {
        text._INLINE_SIGNOFF: text._INLINE_SIGNOFF.pattern.replace(
            r"[.!?…\n](?:(?<=[.!?…])[ \t]+|(?<=\n)[ \t]*)", r"(?:(?<=[.!?…])[ \t]+|(?<=\n)[ \t]*)"
        ),
        text._ANY_INLINE_CLOSING: text._ANY_INLINE_CLOSING.pattern.replace(
            r"[.!?…\u2600-\u27bf\U0001f000-\U0001faff\n](?:" + lb, r"(?:" + lb
        ),
        text._BARE_NAME_END: text._BARE_NAME_END.pattern.replace(
            r"[.!?…\u2600-\u27bf\U0001f000-\U0001faff][ \t]+", lb + r"[ \t]+", 1
        ),
        text._LOVE_KISS_END: text._LOVE_KISS_END.pattern.replace(
            r"[.!?…\u2600-\u27bf\U0001f000-\U0001faff]\s+", lb + r"\s+", 1
        ),
        text._BARE_CLOSING: text._BARE_CLOSING.pattern.replace(
            r"[.!?…][ \t]+", r"(?<=[.!?…])[ \t]+", 1
        ),
    }
    kiss = re.compile(
        text._KISS_END.pattern.replace(
            r"\s(?<=[\w.!?…\u2600-\u27bf\U0001f000-\U0001faff]\s)\s*",
            r"(?<=[\w.!?…\u2600-\u27bf\U0001f000-\U0001faff])\s+",
        )
    )
    name_line = re.compile(
        text._NAME_LINE.pattern.replace(
            r"\n(?:[ \t]*\n|(?<=[.!?]\n))", r"(?:\n[ \t]*\n|(?<=[.!?])\n)"
        )
    )
    signoff = re.compile(r"(?:^|\n)" + text._SIGNOFF_BODY, re.IGNORECASE | re.VERBOSE)
    assert all(written != fast.pattern for fast, written in plain.items())
    assert kiss.pattern != text._KISS_END.pattern
    assert name_line.pattern != text._NAME_LINE.pattern
    endings = ["", " x", " Thanks! -Sam", "\n\nBest,\nSam", " Ta", " Love you xx", " 💕 xx Bex"]
    drafts = [t[-120:] + end for t in CORPUS[:400] for end in endings]
    for draft in drafts:
        for start in range(max(0, len(draft) - 40), len(draft) + 1):
            early = max(start - 1, 0)
            for fast, written in plain.items():
                ref = re.compile(written).search(draft, start)
                got = fast.search(draft, early)
                assert (ref and ref.groups(), ref and ref.end()) == (
                    got and got.groups(),
                    got and got.end(),
                )
                if ref is not None and got is not None and fast.groups:
                    assert ref.start(1) == got.start(1)
            ref, got = kiss.search(draft, start), text._KISS_END.search(draft, start)
            assert (ref and ref.span(1)) == (got and got.span(1))
            ref, got = name_line.search(draft, start), text._NAME_LINE.search(draft, start)
            assert (ref and ref.span()) == (got and got.span())
            ref = signoff.search(draft, start)
            got = (
                text._SIGNOFF_FIRST.match(draft) if start == 0 else None
            ) or text._SIGNOFF.search(draft, start)
            assert (ref and ref.span()) == (got and got.span())


def _written_patterns() -> list[str]:
    """Every phrase pattern as written: whole, and each alternative as ``optimise`` sees it."""
    texts = [p.pattern for p in patterns.ALL] + [p.regex.pattern for p in patterns.CASED]
    for p in patterns.ALL:
        texts += [patterns._apostrophes(alt) for alt in p.alternatives]
    return texts


def test_every_phrase_pattern_round_trips_through_our_parser() -> None:
    """``app.core.regex_subset`` reads every phrase pattern and writes it back unchanged."""
    texts = _written_patterns()
    assert len(texts) > 500
    for text in texts:
        tree = regex_subset.parse(text)
        assert regex_subset.serialise(tree) == text


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        (r"a{,3}b{2,}c{0,1}d{1}", r"a{0,3}b{2,}c?d{1}"),
        (r"\x41\u00e9\t\.\-", "A\u00e9\\t\\.-"),
        (r"(?:ab)*?(?:a|b)++x??", r"(?:ab)*?(?:a|b)++x??"),
        (r"(?:x)+y{2}", r"x+y{2}"),
        (r"[]a][a-][\]\-\w]^$\b\B\A\Z.", r"[]a][a-][\]\-\w]^$\b\B\A\Z."),
        (r"(?<=\s)(?<!x)(?=y)(?!z)|", r"(?<=\s)(?<!x)(?=y)(?!z)|"),
        ("\\\x00", r"\x00"),
    ],
)
def test_parser_and_serialiser_keep_the_meaning(written: str, canonical: str) -> None:
    tree = regex_subset.parse(written)
    assert regex_subset.serialise(tree) == canonical
    assert regex_subset.parse(canonical) == tree
    plain, again = re.compile(written), re.compile(canonical)
    for text in ["ab" * 3 + "x", "Aé\t.-", "]a-x", "abababy", "xy bbb aaab", "\x00", ""]:
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in again.finditer(text)]


@pytest.mark.parametrize(
    "written",
    [
        r"(a)b",  # capture group
        r"(?P<x>a)",  # named group
        r"(?i:a)b",  # flags
        r"(?>a)b",  # atomic group
        r"(?:a)(?(1)b)",  # conditional
        r"a\1",  # back-reference
        r"\p{L}",  # not an escape re knows
        r"(?:a",  # unclosed group
        r"a)",  # stray parenthesis
        r"[a",  # unclosed class
        r"[[a]]",  # nested class / set operation
        r"[z-a]",  # a backward range
        r"a**",  # doubled repeat
        r"a{x}",  # a brace that is not a repeat
        r"\b+",  # a repeated anchor
        r"*a",  # nothing to repeat
    ],
)
def test_syntax_outside_the_subset_is_refused(written: str) -> None:
    with pytest.raises(regex_subset.Unsupported):
        regex_subset.parse(written)
    assert alternation.optimise([written], "") is None


def test_classes_split_only_when_small_and_plain() -> None:
    def cls(text: str) -> regex_subset.Cls:
        [[(kind, arg)]] = regex_subset.parse(text)
        assert kind == regex_subset.CLS
        return arg  # type: ignore[no-any-return]

    assert cls("[ca-b]").chars == ("a", "b", "c")
    assert cls("['’]").chars == ("'", "’")
    assert cls("[A-Z]").chars is not None and cls("[a-z0-9]").chars is None
    assert cls(r"[\w-]").chars is None and not cls(r"[\w-]").unsafe
    assert cls(r"[^.?!\n]").unsafe and cls(r"\S").unsafe and cls(".").unsafe
    assert cls(r"[\W]").unsafe and not cls(r"\s").unsafe
    assert cls(r"[\x00-\x1f]").unsafe and not cls(r"[\x01-\x1f]").unsafe  # NUL, the sentinel


def test_no_module_uses_the_private_regex_internals() -> None:
    """``re._parser`` and kin are CPython internals: the app reads patterns itself."""
    private = re.compile(r"\bre\._|\bsre_\w|from\s+re\s+import\s+_")
    for path in (ROOT / "app").rglob("*.py"):
        assert not private.search(path.read_text()), path


_CHECKS = [r"(?<!a)", r"(?<=b\s)", r"(?<!\w)", r"(?<![^a])", r"(?=a)", r"(?!b)", r"(?=^a)"]
_CHECKS += [r"(?!^)", r"\b", r"\B", "^", "$", r"(?<=^a)"]


def _random_alternative(rng: random.Random, depth: int = 0) -> str:
    """A small pattern in the subset: literals, classes, groups, repeats, checks."""
    parts = []
    for _ in range(rng.randint(1, 3)):
        r = rng.random()
        if depth > 2 or r < 0.45:
            parts.append(rng.choice(["a", "b", "c", r"\s", "[ab]", "[a-c]", r"\.", "é"]))
        elif r < 0.6:
            parts.append(
                f"(?:{_random_alternative(rng, depth + 1)}|{_random_alternative(rng, depth + 1)})"
            )
        elif r < 0.8:
            parts.append(rng.choice(_CHECKS))
        else:
            quantifier = rng.choice(["?", "*", "+", "{1,2}", "??", "*?", "{0,2}?", "+?"])
            parts.append(f"(?:{_random_alternative(rng, depth + 1)}){quantifier}")
    return "".join(parts)


def test_random_alternations_find_what_the_plain_ones_find() -> None:
    """Beyond the phrase lists: seeded random patterns in the subset, compiled by
    ``optimise`` (or refused), find what the plain pattern finds on random texts."""
    rng = random.Random(20261205)
    texts = ["".join(rng.choice("ab c.\n-é") for _ in range(rng.randint(0, 9))) for _ in range(80)]
    tail = r"(?:(?<=\s)|(?![\w]))"
    compiled = 0
    for _ in range(400):
        alts = [_random_alternative(rng) for _ in range(rng.randint(1, 3))]
        end = rng.choice([tail, ""])
        body = "|".join(f"(?:{alt})" for alt in alts)
        plain = re.compile(rf"(?<![\w])(?:{body}){end}")
        fast = alternation.optimise(alts, end)
        if fast is None:
            continue
        compiled += 1
        for text in texts:
            want, got, pos = [], [], 0
            while pos <= len(text) and (m := plain.search(text, pos)) is not None:
                want.append(m.span())
                pos = m.end() + (m.end() == m.start())
            pos, subject = 0, alternation.SENTINEL + text
            while pos <= len(text) and (f := fast.search(subject, pos, len(text) + 1)) is not None:
                got.append((f.start(), f.end() - 1))
                pos = f.end() - 1 + (f.end() - 1 == f.start())
            assert got == want, (alts, end, text)
    assert compiled > 100
