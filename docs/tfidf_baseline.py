#!/usr/bin/env python3
"""The yardstick for articlebot's speed figures: a small TF-IDF answerer.

It reads the article, splits it into sentences, weights character unigrams
and bigrams by TF-IDF and answers with the sentence closest to the question
(cosine). No index is kept: every run starts from the text, as a fresh
process does. Standard library only.

Usage (from the repository root):
  python3 docs/tfidf_baseline.py "西部陆海新通道通达多少个港口？"
  python3 docs/tfidf_baseline.py - < questions.txt      # one per line
Options: --data DIR (default data), --json (one JSON object per line, with
the fields of the `ask --json` contract that score.py reads).
"""
import json
import math
import os
import re
import sys
import time
from collections import Counter

SENTENCE_END = re.compile(r"(?<=[。！？；!?;])[”’」』）)]*")
WORD = re.compile(r"[0-9A-Za-z.]+|[\u4e00-\u9fff\u3400-\u4dbf]")


def read_articles(data):
    texts = []
    for name in sorted(os.listdir(data)):
        if name.endswith((".txt", ".md")):
            with open(os.path.join(data, name), encoding="utf-8") as f:
                texts.append((os.path.splitext(name)[0], f.read()))
    return texts


def sentences(text):
    seen = set()
    for block in re.split(r"\n\s*\n", text):
        block = block.strip().lstrip("#").strip()
        if not block or block in seen:
            continue
        seen.add(block)
        start = 0
        for m in SENTENCE_END.finditer(block):
            s = block[start:m.end()].strip()
            if s:
                yield s
            start = m.end()
        if block[start:].strip():
            yield block[start:].strip()


def features(s):
    units = WORD.findall(s.lower())
    return units + [a + b for a, b in zip(units, units[1:])]


class Index:
    def __init__(self, docs):
        self.sents = [(doc, s) for doc, text in docs for s in sentences(text)]
        tfs = [Counter(features(s)) for _, s in self.sents]
        df = Counter(t for tf in tfs for t in tf)
        n = len(tfs)
        self.idf = {t: math.log((n + 1) / (d + 1)) + 1 for t, d in df.items()}
        self.vecs = [self.vector(tf) for tf in tfs]

    def vector(self, tf):
        v = {t: (1 + math.log(c)) * self.idf.get(t, 0.0) for t, c in tf.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {t: x / norm for t, x in v.items()}

    def ask(self, q):
        qv = self.vector(Counter(features(q)))
        best, score = 0, -1.0
        for i, v in enumerate(self.vecs):
            s = sum(w * v.get(t, 0.0) for t, w in qv.items())
            if s > score:
                best, score = i, s
        return self.sents[best], score


def main():
    args = sys.argv[1:]
    data, as_json = "data", False
    if "--data" in args:
        i = args.index("--data")
        data = args[i + 1]
        del args[i:i + 2]
    if "--json" in args:
        as_json = True
        args.remove("--json")
    questions = [l.strip() for l in sys.stdin if l.strip()] if args in ([], ["-"]) else [" ".join(args)]
    ix = Index(read_articles(data))
    for q in questions:
        t0 = time.perf_counter()
        (doc, sent), score = ix.ask(q)
        found = score >= 0.2
        if as_json:
            print(json.dumps({"question": q, "answer": sent if found else "文章中没有提到这一点。", "found": found,
                              "citations": [{"n": 1, "doc": doc, "quote": sent}],
                              "mode": "tfidf", "took_ms": (time.perf_counter() - t0) * 1000}, ensure_ascii=False))
        else:
            print(f"{sent}\n  [{doc}, score {score:.2f}]")


if __name__ == "__main__":
    main()
