"""Metric arithmetic, kept free of I/O so it can be tested on tiny hand-made inputs.

Undefined ratios (0/0) are ``None`` rather than a made-up 0 or 1; F1 uses
2TP / (2TP + FP + FN), which is defined whenever anything was labelled or fired.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def specificity(self) -> float | None:
        """Share of the negatives (cases labelled good to send) that were passed as send."""
        return _ratio(self.tn, self.tn + self.fp)

    @property
    def f1(self) -> float | None:
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    @property
    def accuracy(self) -> float | None:
        return _ratio(self.tp + self.tn, self.tp + self.fp + self.fn + self.tn)


NEEDS_WORK = frozenset({"revise", "rethink"})


def verdict_counts(pairs: list[tuple[str, str]]) -> Counts:
    """(expected, got) verdict pairs; "needs work" (revise or rethink) is the positive class."""
    c = Counts()
    for expected, got in pairs:
        e, g = expected in NEEDS_WORK, got in NEEDS_WORK
        if e and g:
            c.tp += 1
        elif g:
            c.fp += 1
        elif e:
            c.fn += 1
        else:
            c.tn += 1
    return c


def verdict_block(c: Counts) -> dict[str, object]:
    return {
        "accuracy": c.accuracy,
        "precision": c.precision,
        "recall": c.recall,
        "specificity": c.specificity,
        "f1": c.f1,
        "confusion": {"tp": c.tp, "fp": c.fp, "fn": c.fn, "tn": c.tn},
    }


def code_counts(rows: list[tuple[list[str], list[str], set[str]]]) -> dict[str, Counts]:
    """Per code over (expected codes, expected not_codes, fired codes) rows."""
    out: dict[str, Counts] = {}
    for must, must_not, fired in rows:
        for code in must:
            c = out.setdefault(code, Counts())
            if code in fired:
                c.tp += 1
            else:
                c.fn += 1
        for code in must_not:
            c = out.setdefault(code, Counts())
            if code in fired:
                c.fp += 1
            else:
                c.tn += 1
    return out


def code_block(c: Counts) -> dict[str, object]:
    return {"precision": c.precision, "recall": c.recall, "f1": c.f1, "support": c.tp + c.fn}


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def sentences_of(text: str) -> set[str]:
    """A rewrite's sentences of four or more words, normalised, each counted once."""
    out = set()
    for m in _SENTENCE.finditer(text):
        s = " ".join(m.group().split()).strip()
        if len(s.split()) >= 4:
            out.add(s.lower())
    return out


def sentence_share(texts: list[str]) -> tuple[float | None, str | None]:
    """The share of rewrites holding the single most repeated sentence: a form-letter alarm."""
    if not texts:
        return None, None
    counts: Counter[str] = Counter()
    for t in texts:
        counts.update(sentences_of(t))
    if not counts:
        return 0.0, None
    sentence, n = counts.most_common(1)[0]
    return round(n / len(texts), 4), sentence


def keep_drop(pairs: list[tuple[list[str], list[str], str]]) -> tuple[float | None, float | None]:
    """(keep rate, drop rate) over (keep, drop, rewrite) triples; None where nothing was labelled."""
    kept = keep_total = gone = drop_total = 0
    for keep, drop, text in pairs:
        low = text.lower()
        keep_total += len(keep)
        kept += sum(1 for k in keep if k.lower() in low)
        drop_total += len(drop)
        gone += sum(1 for d in drop if d.lower() not in low)
    return _ratio(kept, keep_total), _ratio(gone, drop_total)
