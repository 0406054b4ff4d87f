#!/usr/bin/env python3
"""Writes tests/cases.json: the reference cases read by both the C++
(tests/cpp/cases_test.cpp) and the JS (tests/js/cases.test.js) suites.

Reference values are computed here with 50-digit decimal arithmetic from the
exact binary value of every double input, independently of the kernels.
Infinity and NaN, which JSON lacks, are written as the strings "Infinity",
"-Infinity" and "NaN"; both suites decode them.

Run: python3 tests/make_cases.py  (standard library only)
"""
import json
import pathlib
from decimal import Decimal, getcontext

getcontext().prec = 50
LN2 = Decimal(2).ln()
INF = "Infinity"


def d(x):
    return Decimal(x)  # exact value of the double x


def ln(x):
    return d(x).ln()


def entropy(p):
    return sum((-d(x) * ln(x) for x in p if x > 0), Decimal(0))


def cross_entropy(p, q):
    if any(x > 0 and y == 0 for x, y in zip(p, q)):
        return None
    return sum((-d(x) * ln(y) for x, y in zip(p, q) if x > 0), Decimal(0))


def kl(p, q):
    if any(x > 0 and y == 0 for x, y in zip(p, q)):
        return None
    return sum((d(x) * (ln(x) - ln(y)) for x, y in zip(p, q) if x > 0), Decimal(0))


def value(v):
    """nats and bits of a reference value; None means +infinity."""
    if v is None:
        return {"nats": INF, "bits": INF}
    return {"nats": float(v), "bits": float(v / LN2)}


def surprise(p):
    return None if p == 0 else -ln(p)


def binary_entropy(p):
    return entropy([p, 1 - d(p)]) if 0 < p < 1 else Decimal(0)


surprise_cases = [
    ("certain event is no surprise", 1.0),
    ("a fair coin flip is one bit", 0.5),
    ("one in four is two bits", 0.25),
    ("one in ten", 0.1),
    ("a rare event", 1e-300),
    ("an impossible event is infinitely surprising", 0.0),
]

binary_cases = [
    ("fair coin is one bit", 0.5),
    ("p = 0.9 coin", 0.9),
    ("p = 0.1 coin equals p = 0.9 coin", 0.1),
    ("always tails has no uncertainty", 0.0),
    ("always heads has no uncertainty", 1.0),
    ("nearly certain coin", 1e-10),
]

entropy_cases = [
    ("fair coin", [0.5, 0.5]),
    ("p = 0.9 coin", [0.9, 0.1]),
    ("uniform over 4 is log 4", [0.25] * 4),
    ("uniform over 10 is log 10", [0.1] * 10),
    ("point mass is 0", [0.0, 1.0, 0.0, 0.0]),
    ("three categories", [0.2, 0.3, 0.5]),
    ("sum within the allowed 1e-9", [0.5, 0.5 + 5e-10]),
]

pair_cases = [
    ("Q equal to P", [0.2, 0.3, 0.5], [0.2, 0.3, 0.5]),
    ("fair coin modelled as a 0.9 coin", [0.5, 0.5], [0.9, 0.1]),
    ("0.9 coin modelled as a fair coin (the reverse)", [0.9, 0.1], [0.5, 0.5]),
    ("Q misses an outcome P can produce", [0.5, 0.5], [1.0, 0.0]),
    ("P is a point mass inside Q's support", [1.0, 0.0], [0.5, 0.5]),
    ("both put 0 on the same category", [0.0, 1.0], [0.0, 1.0]),
    ("four categories", [0.1, 0.2, 0.3, 0.4], [0.4, 0.3, 0.2, 0.1]),
]

cases = {
    "about": "Reference cases for every kernel, shared by the C++ and JS "
    "suites. Written by tests/make_cases.py; do not edit by hand.",
    "relativeTolerance": 1e-14,
    "surprise": [
        {"name": n, "p": p, **value(surprise(p))} for n, p in surprise_cases
    ],
    "jointSurprise": [
        {
            "name": "independent events: information adds",
            "p1": 0.5,
            "p2": 0.25,
            "probability": 0.125,
            **value(-ln(0.125)),
        },
        {
            "name": "one impossible event makes both impossible",
            "p1": 0.0,
            "p2": 0.5,
            "probability": 0.0,
            **value(None),
        },
    ],
    "binaryEntropy": [
        {"name": n, "p": p, **value(binary_entropy(p))} for n, p in binary_cases
    ],
    "entropy": [{"name": n, "P": p, **value(entropy(p))} for n, p in entropy_cases],
    "crossEntropy": [
        {"name": n, "P": p, "Q": q, **value(cross_entropy(p, q))}
        for n, p, q in pair_cases
    ],
    "klDivergence": [
        {"name": n, "P": p, "Q": q, **value(kl(p, q))} for n, p, q in pair_cases
    ],
    # Each invalid input: the call, and fragments its message must contain.
    "invalid": [
        {"name": "negative entry", "fn": "entropy", "args": [[0.5, -0.1, 0.6]],
         "message": ["P[1]", "negative"]},
        {"name": "NaN entry", "fn": "entropy", "args": [[0.5, "NaN", 0.5]],
         "message": ["P[1]", "NaN"]},
        {"name": "infinite entry", "fn": "entropy", "args": [[INF, 0.0]],
         "message": ["P[0]", "Infinity"]},
        {"name": "entry above 1", "fn": "entropy", "args": [[1.5, -0.5]],
         "message": ["P[0]", "greater than 1"]},
        {"name": "empty array", "fn": "entropy", "args": [[]],
         "message": ["P", "empty"]},
        {"name": "sum off 1", "fn": "entropy", "args": [[0.5, 0.4]],
         "message": ["P sums to 0.9", "not 1"]},
        {"name": "sum off 1 just beyond the tolerance", "fn": "entropy",
         "args": [[0.5, 0.5 + 2e-9]], "message": ["P sums to 1.000000002"]},
        {"name": "unequal lengths", "fn": "crossEntropy",
         "args": [[0.5, 0.5], [0.2, 0.3, 0.5]],
         "message": ["P and Q", "different lengths", "2 and 3"]},
        {"name": "Q not summing to 1", "fn": "klDivergence",
         "args": [[0.5, 0.5], [0.5, 0.6]], "message": ["Q sums to 1.1"]},
        {"name": "NaN in Q", "fn": "decompose", "args": [[0.5, 0.5], [0.5, "NaN"]],
         "message": ["Q[1]", "NaN"]},
        {"name": "negative entry in Q", "fn": "klDivergence",
         "args": [[0.5, 0.5], [1.5, -0.5]], "message": ["Q[0]", "greater than 1"]},
        {"name": "p above 1", "fn": "binaryEntropy", "args": [1.5],
         "message": ["p = 1.5", "[0, 1]"]},
        {"name": "p negative", "fn": "surprise", "args": [-0.001],
         "message": ["p = -0.001", "negative"]},
        {"name": "p NaN", "fn": "binaryEntropy", "args": ["NaN"],
         "message": ["p", "NaN"]},
        {"name": "p infinite", "fn": "surprise", "args": [INF],
         "message": ["p", "Infinity"]},
    ],
}

out = pathlib.Path(__file__).with_name("cases.json")
out.write_text(json.dumps(cases, indent=2) + "\n")
print(f"wrote {out}")
