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

PI = Decimal("3.14159265358979323846264338327950288419716939937510")
E = Decimal(1).exp()


def gaussian_kl(m1, s1, m2, s2):
    m1, s1, m2, s2 = d(m1), d(s1), d(m2), d(s2)
    return (s2 / s1).ln() + (s1 * s1 + (m1 - m2) ** 2) / (2 * s2 * s2) - Decimal("0.5")


def gaussian_entropy(s):
    return (2 * PI * E * d(s) * d(s)).ln() / 2


def log_softmax(z):
    m = max(d(x) for x in z)
    lse = m + sum(((d(x) - m).exp() for x in z), Decimal(0)).ln()
    return [d(x) - lse for x in z]


gaussian_kl_cases = [
    ("equal normals", (0.0, 1.0, 0.0, 1.0)),
    ("shifted mean", (1.0, 1.0, 0.0, 1.0)),
    ("wider than the prior", (0.0, 2.0, 0.0, 1.0)),
    ("narrower and shifted", (0.5, 0.8, -1.0, 1.5)),
    ("nearly equal widths", (0.0, 1.0 + 1e-8, 0.0, 1.0)),
    ("nearly equal means", (1e-9, 1.0, 0.0, 1.0)),
    ("very different widths", (3.0, 0.01, -2.0, 50.0)),
]

vae_cases = [
    ("posterior equal to the prior", (0.0, 1.0)),
    ("mean one", (1.0, 1.0)),
    ("half width", (0.0, 0.5)),
    ("wide and off-centre", (2.0, 3.0)),
    ("narrow", (-1.5, 0.1)),
]

entropy_sigma_cases = [
    ("standard normal", 1.0),
    ("narrow density has negative entropy", 0.1),
    ("wide density", 10.0),
    ("just below the width where it crosses 0", 0.2),
    ("just above it", 0.3),
]

log_softmax_cases = [
    ("small logits", [1.0, 2.0, 3.0]),
    ("equal logits", [0.5, 0.5, 0.5, 0.5]),
    ("logits of 1e4 neither overflow nor give NaN", [1e4, -1e4, 0.0]),
    ("a single class", [7.0]),
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
    "gaussianKL": [
        {"name": n, "args": list(a), **value(gaussian_kl(*a))} for n, a in gaussian_kl_cases
    ],
    "vaeKL": [
        {"name": n, "args": list(a), **value(gaussian_kl(a[0], a[1], 0.0, 1.0))}
        for n, a in vae_cases
    ],
    "gaussianEntropy": [
        {"name": n, "args": [s], **{k: v for k, v in {
            "nats": float(gaussian_entropy(s)),
            "bits": float(gaussian_entropy(s) / LN2)}.items()}}
        for n, s in entropy_sigma_cases
    ],
    # Values in nats: log softmax is a log-probability, not an amount of
    # information, so it has no units option.
    "logSoftmax": [
        {"name": n, "logits": z, "values": [float(v) for v in log_softmax(z)]}
        for n, z in log_softmax_cases
    ],
    "softmaxCrossEntropy": [
        {"name": f"{n}, true class {k}", "args": [z, k], **value(-log_softmax(z)[k])}
        for n, z in log_softmax_cases for k in range(len(z))
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
        {"name": "sigma of 0", "fn": "gaussianKL", "args": [0.0, 1.0, 0.0, 0.0],
         "message": ["sigma2 = 0 must be positive"]},
        {"name": "negative sigma", "fn": "vaeKL", "args": [0.0, -1.0],
         "message": ["sigma = -1 must be positive"]},
        {"name": "NaN mean", "fn": "gaussianKL", "args": ["NaN", 1.0, 0.0, 1.0],
         "message": ["mu1", "NaN"]},
        {"name": "infinite sigma", "fn": "gaussianEntropy", "args": [INF],
         "message": ["sigma", "Infinity"]},
        {"name": "NaN logit", "fn": "logSoftmax", "args": [[0.0, "NaN"]],
         "message": ["logits[1]", "NaN"]},
        {"name": "no logits", "fn": "logSoftmax", "args": [[]],
         "message": ["logits is empty"]},
        {"name": "true class out of range", "fn": "softmaxCrossEntropy",
         "args": [[0.0, 1.0, 2.0], 3], "message": ["trueClass = 3 is outside [0, 2]"]},
    ],
}

out = pathlib.Path(__file__).with_name("cases.json")
out.write_text(json.dumps(cases, indent=2) + "\n")
print(f"wrote {out}")
