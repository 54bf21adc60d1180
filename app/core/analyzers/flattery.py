"""Flattery: praise of the recipient with nothing specific in it.

"You're the best optometrist in all of Manchester", "truly an inspiration to everyone", "I've
always admired your stunning venue": a superlative anyone could send to anyone. Readers take it
as buttering up before the ask, and it crowds out the one thing that would show real interest,
a detail about their work. It is low severity (it never blocks a note on its own), and the
rewrite takes it out.
"""

from __future__ import annotations

from collections.abc import Iterator

from app.core.analyzers.base import Context, Hit, analyzer, no, yes
from app.core.praise import flattering
from app.models import Severity


@analyzer(
    "flattery",
    severity=Severity.low,
    message="Empty praise: with nothing specific in it, it reads as buttering up.",
    principle=(
        "Interest that is real is specific. A superlative anyone could send to anyone says "
        "less than one detail about their work, and it makes the ask after it feel bought."
    ),
    suggestion="Cut the superlative; if you admire something, name it: the talk, the dish, the project.",
    examples=[
        yes(
            "I think the clinic is wonderful, you are the best optometrist in all of Manchester "
            "for sure.",
            "you are the best optometrist in all of Manchester",
        ),
        yes(
            "Hi! You are truly an inspiration to everyone in the craft world.",
            "truly an inspiration to everyone",
        ),
        yes("omg you're honestly so cool, can I ask you something?", "you're honestly so cool"),
        yes(
            "Dear Ms Ito, I am very impressed by your career and all that you have achieved.",
            "impressed by your career and all that you have achieved",
        ),
        yes(
            "Dear Dr. Okoro, I admire your great achievements in public health, you are an "
            "inspiration for many nurses.",
            "admire your great achievements",
        ),
        yes(
            "Sir, your illustrious career has shaped the whole railway fraternity.",
            "your illustrious career",
        ),
        yes(
            "I have long admired your remarkable leadership and vision.",
            "admired your remarkable leadership",
        ),
        yes(
            "Hello Mr. Collins, I see you have achieved a lot in your career and it is inspiring.",
            "you have achieved a lot in your career",
        ),
        yes(
            "Hi Priya, I came across your profile and was really impressed by your career journey.",
            "impressed by your career journey",
        ),
        yes(
            "I have always admired your stunning venue and would love to work with you.",
            "always admired your stunning venue",
        ),
        yes(
            "I am so sorry to disturb you, I know you are very important and busy person.",
            "I know you are very important",
        ),
        no("Your talk on soil carbon at the Leeds meetup changed how I sample."),
        no("We're the best-rated bakery in Leeds, and our sourdough sells out by ten."),
        no("You were the best manager I ever had, and I still use your one-to-one template."),
        no("I admired your stunning set design for Macbeth at the Lyceum."),
    ],
)
def flattery(ctx: Context) -> Iterator[Hit]:
    if (m := flattering(ctx.text)) is not None:
        yield Hit((m.start(), m.end()))
