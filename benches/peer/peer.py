#!/usr/bin/env python3
"""The Python peer for `kneebot bench`: BM25 retrieval with bm25s and rank_bm25 over the same passages and
questions kneebot answers, so its latency has something to be compared with.

Run by `kneebot bench`, which writes the input JSON ({"questions": [...], "rounds": n, "corpora":
[{"name": ..., "passages": [...]}]}). The script installs its own libraries from PyPI into a virtual
environment (--env, under target/) the first time, then re-runs itself inside it. Retrieval only: tokenise
the question, score, take the top 8. Progress and problems go to stderr.

Two modes:
- `--serve`: bm25s on the first corpus, driven round by round so kneebot can interleave its own rounds with
  the peer's and both are timed under the same machine load. It prints {"ready": build_ms}, then for every
  line "round" read on stdin answers the questions once and prints {"samples_us": [...]} (one per
  question, in order); it stops at end of input.
- otherwise: rank_bm25 on every corpus (too slow to interleave: ~50 ms a question at 10k), one JSON object
  per corpus with its percentiles.
"""

import argparse
import json
import os
import subprocess
import sys
import time

PACKAGES = ["bm25s", "rank_bm25"]
TOP_K = 8
# rank_bm25 scores every passage in pure Python per question (~30 ms at 10k): fewer rounds keep it short.
RANK_BM25_MAX_SAMPLES = 100


def log(msg):
    print(f"peer: {msg}", file=sys.stderr, flush=True)


def ensure_env(env_dir):
    """Re-executes inside a venv that has the packages, creating it on first use."""
    if os.environ.get("KNEEBOT_PEER_IN_ENV") == "1":
        return
    python = os.path.join(env_dir, "bin", "python")
    if not os.path.exists(python):
        log(f"creating a Python environment in {env_dir}")
        r = subprocess.run([sys.executable, "-m", "venv", env_dir], stdout=sys.stderr)
        if r.returncode != 0:
            log("could not create a virtual environment (is python3-venv installed?)")
            sys.exit(3)
    have = subprocess.run(
        [python, "-c", "import bm25s, rank_bm25"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    if have.returncode != 0:
        log("installing " + " ".join(PACKAGES) + " from PyPI")
        r = subprocess.run(
            [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"] + PACKAGES,
            stdout=sys.stderr,
        )
        if r.returncode != 0:
            log("pip could not install the packages (no network or no pip?)")
            sys.exit(4)
    env = dict(os.environ, KNEEBOT_PEER_IN_ENV="1")
    r = subprocess.run([python] + sys.argv, env=env)
    sys.exit(r.returncode)


def tokenize(text, stopwords):
    """Lower case, letters and digits only, stop words dropped: the same for both libraries."""
    out, word = [], []
    for c in text.lower():
        if c.isalnum():
            word.append(c)
        elif word:
            out.append("".join(word))
            word = []
    if word:
        out.append("".join(word))
    return [w for w in out if w not in stopwords]


def percentiles(samples_s):
    s = sorted(samples_s)
    n = len(s)

    def at(q):
        rank = min(max(int(-(-q * n // 1)), 1), n)
        return s[rank - 1] * 1e6

    return at(0.50), at(0.99), s[-1] * 1e6


def emit(library, corpus, passages, samples, build_s):
    p50, p99, mx = percentiles(samples)
    print(
        json.dumps(
            {
                "library": library,
                "corpus": corpus,
                "passages": passages,
                "p50_us": p50,
                "p99_us": p99,
                "max_us": mx,
                "build_ms": build_s * 1e3,
            }
        ),
        flush=True,
    )


def serve_bm25s(passages, questions):
    import bm25s

    stop = set(bm25s.stopwords.STOPWORDS_EN)
    t = time.perf_counter()
    corpus_tokens = [tokenize(p, stop) for p in passages]
    retriever = bm25s.BM25()
    retriever.index(corpus_tokens, show_progress=False)
    print(json.dumps({"ready": (time.perf_counter() - t) * 1e3}), flush=True)
    k = min(TOP_K, len(passages))
    for line in sys.stdin:
        if line.strip() != "round":
            continue
        samples = []
        for q in questions:
            t = time.perf_counter()
            tokens = tokenize(q, stop) or ["knee"]
            retriever.retrieve([tokens], k=k, show_progress=False)
            samples.append((time.perf_counter() - t) * 1e6)
        print(json.dumps({"samples_us": samples}), flush=True)


def run_rank_bm25(name, passages, questions, rounds):
    import numpy as np
    from rank_bm25 import BM25Okapi
    import bm25s

    stop = set(bm25s.stopwords.STOPWORDS_EN)
    t = time.perf_counter()
    index = BM25Okapi([tokenize(p, stop) for p in passages])
    build = time.perf_counter() - t
    rounds = max(1, min(rounds, RANK_BM25_MAX_SAMPLES // max(1, len(questions))))
    samples = []
    for _ in range(rounds):
        for q in questions:
            t = time.perf_counter()
            scores = index.get_scores(tokenize(q, stop))
            np.argsort(scores)[::-1][:TOP_K]
            samples.append(time.perf_counter() - t)
    emit("rank_bm25", name, len(passages), samples, build)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", required=True, help="the JSON kneebot bench wrote")
    ap.add_argument("--env", required=True, help="where to keep the virtual environment")
    ap.add_argument("--serve", action="store_true", help="bm25s, one round per 'round' line on stdin")
    args = ap.parse_args()
    ensure_env(args.env)
    with open(args.input, encoding="utf-8") as f:
        data = json.load(f)
    questions, rounds = data["questions"], max(1, int(data["rounds"]))
    if args.serve:
        corpus = data["corpora"][0]
        log(f"bm25s on {corpus['name']} ({len(corpus['passages'])} passages), interleaved with kneebot")
        serve_bm25s(corpus["passages"], questions)
        return
    for corpus in data["corpora"]:
        log(f"rank_bm25 on {corpus['name']} ({len(corpus['passages'])} passages)")
        run_rank_bm25(corpus["name"], corpus["passages"], questions, rounds)


if __name__ == "__main__":
    main()
