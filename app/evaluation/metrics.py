"""Metric arithmetic, kept free of I/O so it can be tested on tiny hand-made inputs.

Undefined ratios (0/0) are ``None`` rather than a made-up 0 or 1; F1 uses
2TP / (2TP + FP + FN), which is defined whenever anything was labelled or fired.
"""

from __future__ import annotations

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
