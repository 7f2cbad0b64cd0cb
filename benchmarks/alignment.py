"""Benchmark of the sentence aligner against three baselines on real multi-outlet news data.

Every method sees the same sentence vectors (the bundled all-MiniLM-L6-v2, each distinct sentence
embedded once) and the same cosine matrices:

* ``aligner`` -- ``consistency.alignment.align`` on cosine similarity alone, and ``aligner+facets``
  on cosine plus the facet bonus of ``consistency.alignment.anchors`` (the tool's configuration:
  spaCy facets of every sentence, extracted once; the bonus is computed per check, as the
  pipeline does, from the two documents being compared).
* ``greedy`` -- greedy best match (competitive linking): for each pair of documents, take the
  highest-scoring remaining sentence pair whose two sentences are both still free, down to a
  threshold (1-1).
* ``mining`` -- ``sentence_transformers.util.paraphrase_mining_embeddings`` over the pooled
  sentences of the documents of a check (default ``top_k=100``), same-document pairs dropped,
  pairs at or above a threshold kept.
* ``dp`` -- a monotone dynamic-programming aligner of the kind bitext aligners use (Gale-Church
  beads scored by embeddings, as in vecalign/bertalign): beads 1-1, 1-2, 2-1, 1-0 and 0-1; a
  bead of two sentences is scored with the normalised sum of their vectors; the alignment
  maximises the sum over beads of ``(cos - t) * (sentences in the bead) / 2`` (a skip scores 0).

Every method's links are closed under union-find into statements (what the tool compares); a
predicted pair is any two sentences of different documents in one statement, which is also how
``consistency.workflows.evaluate`` scores a report.

Tasks, each a set of two-document checks:

* ``mrpc`` -- MRPC train pairs are two outlets' sentences on one story. Pairs are pooled into
  pseudo-documents of 20: document A holds the first sentences, document B the second sentences
  in a seeded random order; no sentence twice in a pseudo-document. Pairs are taken in the order
  of their sentence ids, so neighbouring pairs of one news cluster share a pseudo-document and
  the other sentences are often on the same story (realistic distractors). Every pair's two
  sentences are partners, label 1 or 0 (a label-0 pair is often the same fact with a different
  number, date or source, which the tool must align to flag); recall within each label is
  reported as a secondary measure.
* ``ecb`` / ``ecb-shuffled`` -- ECB+ (topics 1-20): every pair of documents of one subtopic
  (several outlets on one event), the tokenised sentences detokenised, every sentence aligned.
  ``sentence_pairs.jsonl`` lists every cross-document pair of *annotated* sentences and only
  those (6,929 pairs = all pairs of the 644 annotated sentences within subtopics; ECB+ annotates
  a few sentences per document, and unannotated ones often mention the event too), with
  ``shares_event``. Only listed pairs count for precision; a sentence put only with unannotated
  sentences of the other document counts neither way for recall. ``shares_event`` is a weak,
  dense label (~74% of listed pairs are true: headline and lead of every outlet share the main
  event), so it rewards linking freely: read its precision and recall as such.
  ``ecb-shuffled`` permutes the second document's sentences (seeded).
* ``fixtures`` -- the seed pair and every ``fixtures/*/gold.json``, scored with
  ``consistency.workflows.evaluate.score`` (pair P/R/F1, as ``consistency evaluate`` reports) and by the
  number of failed ``aligned``/``unaligned`` gold items.

Measures (micro-averaged over a split): precision = predicted pairs that are right (over the
scored pairs); recall ("partner recovery") = sentences with a true partner in the other document
that are put with at least one of them (for MRPC, where partners are 1-1, this is pair recall).

Splits and thresholds: MRPC pairs are split by a hash of the pair id (pairs that share a sentence
go together), ECB+ by a hash of the topic (both subtopics of a topic together); every setting is
chosen on the dev half and the test half is reported. Two selections per method, both recorded:

* ``fixture_bound`` (the table, and the tool's defaults): fewest failed fixture alignment items,
  then best mean dev F1 over ``mrpc``, ``ecb`` and ``ecb-shuffled``. For ``aligner+facets`` the
  setting must also pass every gold item of every fixture (flags, no-flags, unexplained
  findings), as the end-to-end tests require; its facet weight is then chosen the same way at
  the chosen thresholds. The fixtures are the project's hand-made spec of what must stay
  unaligned, which the weak ECB+ label cannot express; every method is held to them equally.
* ``dev_optimal``: best mean dev F1, fixtures ignored.

Usage: ``python benchmarks/alignment.py --data ../shared/data`` (writes
``benchmarks/results/alignment.json`` and ``alignment.md``; ``--cache FILE`` keeps vectors and
facets between runs, ``--jobs`` sets the grid processes).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import numpy as np

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from consistency.alignment import align  # noqa: E402
from consistency.core.settings import Settings  # noqa: E402
from consistency.core.types import Document, Sentence, SentenceRef  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PSEUDO_DOC_PAIRS = 20
TASKS = ("mrpc", "ecb", "ecb-shuffled")
SPLITS = ("dev", "test")

Pair = tuple[int, int]  # global sentence indices within a case, a < b
Link = tuple[int, int, int, int]  # (doc i, sentence r, doc j, sentence c), i < j


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


def split_of(key: str) -> str:
    """The fixed split: dev for an even hash, test for an odd one."""
    return SPLITS[_hash(key) % 2]


# --------------------------------------------------------------------------------------------
# Data


@dataclass
class Case:
    """Documents (sentence texts in natural order) and what is scored on them."""

    task: str  # mrpc | ecb
    name: str
    split: str
    doc_keys: list[str]  # one key per document, unique across the run (facets are extracted once per key)
    docs: list[list[str]]
    gold: dict[Pair, bool]  # scored pairs (global indices, a < b) and whether each is a true partner pair
    listed_only: bool  # True: only pairs in `gold` count for precision (ECB+); False: every predicted pair does
    units: list[tuple[int, frozenset, int]] = field(default_factory=list)  # (sentence, its true partners in one other document, label or -1)

    @cached_property
    def offsets(self) -> list[int]:
        return [int(x) for x in np.cumsum([0] + [len(d) for d in self.docs])]

    @cached_property
    def doc_of(self) -> list[int]:
        return [d for d, doc in enumerate(self.docs) for _ in doc]

    @cached_property
    def annotated(self) -> frozenset:
        return frozenset(x for pair in self.gold for x in pair)

    @cached_property
    def true_pairs(self) -> frozenset:
        return frozenset(p for p, ok in self.gold.items() if ok)


def partner_units(gold: dict[Pair, bool], offsets: Sequence[int], labels: dict[Pair, int] | None = None) -> list[tuple[int, frozenset, int]]:
    """Each sentence with a true partner, once per other document: the units of partner recall."""
    doc_of = lambda k: int(np.searchsorted(np.asarray(offsets[1:]), k, side="right"))  # noqa: E731
    partners: dict[tuple[int, int], set[int]] = defaultdict(set)
    label_of: dict[tuple[int, int], int] = {}
    for (a, b), ok in gold.items():
        if not ok:
            continue
        for x, y in ((a, b), (b, a)):
            partners[(x, doc_of(y))].add(y)
            if labels is not None:
                label_of[(x, doc_of(y))] = labels[(a, b)]
    return [(x, frozenset(ys), label_of.get((x, d), -1)) for (x, d), ys in sorted(partners.items())]


DETOK_RULES = [
    (re.compile(r"``\s*"), '"'),
    (re.compile(r"\s*''"), '"'),
    (re.compile(r" (n't|'s|'re|'ve|'ll|'d|'m|') ", re.I), r"\1 "),
    (re.compile(r" (n't|'s|'re|'ve|'ll|'d|'m)$", re.I), r"\1"),
    (re.compile(r" ([,.;:!?%)\]}])"), r"\1"),
    (re.compile(r"([(\[{$]) "), r"\1"),
    (re.compile(r"(?<=[a-z0-9]) - (?=[a-z0-9])"), "-"),
    (re.compile(r"(?<=\w) / (?=\w)"), "/"),
]


def detokenise(text: str) -> str:
    """Undo PTB-style tokenisation: ` ,` `` `` `` `''` ` 's` ` n't` `( x )` `90 - day`."""
    text = " " + text + " "
    for pattern, repl in DETOK_RULES:
        text = pattern.sub(repl, text)
    return " ".join(text.split())


def load_mrpc(path: Path) -> list[Case]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    # Pairs that share a sentence go to one split together.
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in rows:
        a, b = find("s" + r["sentence1_id"]), find("s" + r["sentence2_id"])
        if a != b:
            parent[max(a, b)] = min(a, b)
    group_key: dict[str, str] = {}
    for r in sorted(rows, key=lambda r: r["id"]):
        group_key.setdefault(find("s" + r["sentence1_id"]), r["id"])
    cases: list[Case] = []
    for split in SPLITS:
        chosen = [r for r in rows if split_of("mrpc:" + group_key[find("s" + r["sentence1_id"])]) == split]
        # Neighbouring MRPC sentence ids come from one news cluster: consecutive pairs make
        # pseudo-documents whose other sentences are often on the same story (hard distractors).
        chosen.sort(key=lambda r: (min(int(r["sentence1_id"]), int(r["sentence2_id"])), r["id"]))
        pending = list(chosen)
        chunk_no = 0
        while pending:
            chunk, used, rest = [], set(), []
            for r in pending:
                keys = {r["sentence1_id"], r["sentence2_id"], r["sentence1"], r["sentence2"]}
                if len(chunk) < PSEUDO_DOC_PAIRS and not keys & used:
                    chunk.append(r)
                    used |= keys
                else:
                    rest.append(r)
            pending = rest
            if len(chunk) < 2:
                break
            n = len(chunk)
            order = list(range(n))
            random.Random(f"mrpc:{split}:{chunk_no}").shuffle(order)  # order[k] = which pair's sentence2 is at position k
            position = {pair: k for k, pair in enumerate(order)}
            docs = [[r["sentence1"] for r in chunk], [chunk[p]["sentence2"] for p in order]]
            gold = {(k, n + position[k]): True for k in range(n)}
            labels = {(k, n + position[k]): int(chunk[k]["label"]) for k in range(n)}
            name = f"mrpc-{split}-{chunk_no:03d}"
            cases.append(Case("mrpc", name, split, [f"{name}/A", f"{name}/B"], docs, gold, False,
                              partner_units(gold, [0, n, 2 * n], labels)))
            chunk_no += 1
    return cases


def _doc_key(doc_id: str) -> tuple:
    m = re.match(r"(\d+)_(\d+)(\D*)$", doc_id)
    return (int(m[1]), int(m[2]), m[3]) if m else (0, 0, doc_id)


def load_ecb(folder: Path) -> list[Case]:
    """Every pair of documents of an ECB+ subtopic, as a two-article check, scored on its listed pairs."""
    docs = [json.loads(line) for line in (folder / "docs.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    pairs = [json.loads(line) for line in (folder / "sentence_pairs.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    by_sub: dict[str, list[dict]] = defaultdict(list)
    for d in docs:
        by_sub[d["subtopic"]].append(d)
    listed: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for p in pairs:
        listed[tuple(sorted((p["doc1"], p["doc2"]), key=_doc_key))].append(p)
    texts = {d["doc_id"]: [detokenise(s) for s in d["sentences"]] for d in docs}
    cases = []
    for sub in sorted(by_sub, key=lambda s: _doc_key(s.replace("_ecb", "_0ecb"))):
        members = sorted(by_sub[sub], key=lambda d: _doc_key(d["doc_id"]))
        split = split_of("ecb:" + str(members[0]["topic"]))
        for d1, d2 in itertools.combinations(members, 2):
            a_id, b_id = d1["doc_id"], d2["doc_id"]
            n = len(texts[a_id])
            gold: dict[Pair, bool] = {}
            for p in listed.get((a_id, b_id), []):
                ia = p["sent1"] if p["doc1"] == a_id else p["sent2"]
                ib = p["sent2"] if p["doc1"] == a_id else p["sent1"]
                gold[(ia, n + ib)] = bool(p["shares_event"])
            if not gold:
                continue
            offsets = [0, n, n + len(texts[b_id])]
            cases.append(Case("ecb", f"{sub}|{a_id}|{b_id}", split, [f"ecb/{a_id}", f"ecb/{b_id}"],
                              [texts[a_id], texts[b_id]], gold, True, partner_units(gold, offsets)))
    return cases


# --------------------------------------------------------------------------------------------
# Views: what one method sees of one case


@dataclass
class View:
    """A case as the methods see it: per-document vectors, cosine and facet-bonus matrices, in view order."""

    case: Case
    perms: list[np.ndarray]  # perms[d][k] = natural index of the sentence at view position k
    vectors: list[np.ndarray]  # (n_d, dim) per document, view order
    cos: dict[tuple[int, int], np.ndarray]  # (i, j), i < j -> (n_i, n_j)
    bonus: dict[tuple[int, int], np.ndarray] | None  # unweighted facet bonus, same shapes
    offsets: list[int] = field(default_factory=list)

    def to_pairs(self, links: Iterable[Link]) -> set[Pair]:
        """View links -> natural global pairs (no closure)."""
        out = set()
        for i, r, j, c in links:
            a = self.offsets[i] + int(self.perms[i][r])
            b = self.offsets[j] + int(self.perms[j][c])
            out.add((min(a, b), max(a, b)))
        return out


def make_view(case: Case, vectors: list[np.ndarray], bonus: dict | None, shuffle: bool) -> View:
    perms = []
    for d, sentences in enumerate(case.docs):
        order = np.arange(len(sentences))
        if shuffle and d > 0:
            rng = np.random.default_rng(_hash(f"shuffle:{case.name}:{d}") % (2**32))
            order = rng.permutation(len(sentences))
        perms.append(order)
    vecs = [vectors[d][perms[d]] for d in range(len(case.docs))]
    cos, bon = {}, ({} if bonus is not None else None)
    for i in range(len(case.docs)):
        for j in range(i + 1, len(case.docs)):
            cos[(i, j)] = np.clip(vecs[i] @ vecs[j].T, -1.0, 1.0).astype(np.float64)
            if bonus is not None:
                bon[(i, j)] = bonus[(i, j)][np.ix_(perms[i], perms[j])]
    return View(case, perms, vecs, cos, bon, case.offsets)


def closure(view: View, links: Iterable[Link]) -> set[Pair]:
    """Union-find over links into statements; every cross-document pair within a statement (natural indices)."""
    n = view.offsets[-1]
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in view.to_pairs(links):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return _component_pairs(view, [find(k) for k in range(n)])


def _component_pairs(view: View, roots: Sequence[int]) -> set[Pair]:
    doc_of = np.searchsorted(np.asarray(view.offsets[1:]), np.arange(len(roots)), side="right")
    comps: dict[int, list[int]] = defaultdict(list)
    for k, r in enumerate(roots):
        comps[r].append(k)
    out = set()
    for members in comps.values():
        if len(members) < 2:
            continue
        for a, b in itertools.combinations(sorted(members), 2):
            if doc_of[a] != doc_of[b]:
                out.add((a, b))
    return out


# --------------------------------------------------------------------------------------------
# Methods: each takes a view and a parameter dict, returns predicted natural pairs


def run_aligner(view: View, p: dict[str, float]) -> set[Pair]:
    weight = p.get("facet_weight", 0.0)
    groups = [[SentenceRef(str(d), k) for k in range(len(v))] for d, v in enumerate(view.vectors)]

    def similarity(i: int, j: int) -> np.ndarray:
        sim = view.cos[(i, j)]
        if weight and view.bonus is not None:
            sim = sim + weight * view.bonus[(i, j)]
        return sim

    statements = align(groups, similarity, p["link_threshold"], p["extra_threshold"], p["margin"],
                       p.get("extra_margin", 0.0))
    n = view.offsets[-1]
    roots = [0] * n
    for s_no, st in enumerate(statements):
        for m in st.members:
            d = int(m.doc)
            roots[view.offsets[d] + int(view.perms[d][m.index])] = s_no
    return _component_pairs(view, roots)


def greedy_links(sim: np.ndarray, threshold: float) -> list[tuple[int, int]]:
    """Competitive linking: highest remaining score first, both sentences free, down to the threshold."""
    rows, cols = np.nonzero(sim >= threshold)
    if len(rows) == 0:
        return []
    order = np.lexsort((cols, rows, -sim[rows, cols]))
    used_r, used_c, out = set(), set(), []
    for k in order:
        r, c = int(rows[k]), int(cols[k])
        if r not in used_r and c not in used_c:
            used_r.add(r)
            used_c.add(c)
            out.append((r, c))
    return out


def run_greedy(view: View, p: dict[str, float]) -> set[Pair]:
    links = [(i, r, j, c) for (i, j), sim in view.cos.items() for r, c in greedy_links(sim, p["threshold"])]
    return closure(view, links)


_MINED: dict[tuple[str, bool], list[tuple[float, int, int]]] = {}


def mined_pairs(view: View, key: tuple[str, bool]) -> list[tuple[float, int, int]]:
    """paraphrase_mining_embeddings over the pooled sentences, cross-document pairs only (cached per view)."""
    if key not in _MINED:
        import torch
        from sentence_transformers import util

        pooled = np.concatenate(view.vectors, axis=0)
        doc_of = np.searchsorted(np.asarray(view.offsets[1:]), np.arange(len(pooled)), side="right")
        found = util.paraphrase_mining_embeddings(torch.from_numpy(np.ascontiguousarray(pooled)))
        _MINED[key] = [(float(s), int(a), int(b)) for s, a, b in found if doc_of[a] != doc_of[b]]
    return _MINED[key]


def run_mining(view: View, p: dict[str, float], key: tuple[str, bool]) -> set[Pair]:
    offsets = np.asarray(view.offsets)
    links = []
    for score, a, b in mined_pairs(view, key):
        if score < p["threshold"]:
            break
        i, j = (int(np.searchsorted(offsets[1:], x, side="right")) for x in (a, b))
        r, c = a - int(offsets[i]), b - int(offsets[j])
        if i > j:
            i, r, j, c = j, c, i, r
        links.append((i, r, j, c))
    return closure(view, links)


def _merge(vectors: np.ndarray) -> np.ndarray:
    """Vectors of each two consecutive sentences: normalised sum, shape (n-1, dim)."""
    if len(vectors) < 2:
        return np.zeros((0, vectors.shape[1]), dtype=vectors.dtype)
    s = vectors[:-1] + vectors[1:]
    return s / np.maximum(np.linalg.norm(s, axis=1, keepdims=True), 1e-12)


def dp_links(a: np.ndarray, b: np.ndarray, s11: np.ndarray, threshold: float) -> list[tuple[int, int]]:
    """Monotone bead alignment (1-1, 1-2, 2-1, 1-0, 0-1) maximising sum((cos - t) * size / 2)."""
    n, m = s11.shape
    if n == 0 or m == 0:
        return []
    g11 = (s11 - threshold).tolist()
    g12 = (1.5 * (a @ _merge(b).T - threshold)).tolist() if m > 1 else None  # a_i ~ b_j + b_j+1
    g21 = (1.5 * (_merge(a) @ b.T - threshold)).tolist() if n > 1 else None  # a_i + a_i+1 ~ b_j
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    back = [[0] * (m + 1) for _ in range(n + 1)]  # 0 start, 1 skip a, 2 skip b, 3 1-1, 4 1-2, 5 2-1
    for i in range(n + 1):
        row, brow = score[i], back[i]
        prev = score[i - 1] if i else None
        prev2 = score[i - 2] if i > 1 else None
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            best, how = -1e18, 0
            if i:
                best, how = prev[j], 1
            if j and row[j - 1] > best:
                best, how = row[j - 1], 2
            if i and j:
                v = prev[j - 1] + g11[i - 1][j - 1]
                if v > best:
                    best, how = v, 3
                if j > 1:
                    v = prev[j - 2] + g12[i - 1][j - 2]
                    if v > best:
                        best, how = v, 4
                if i > 1:
                    v = prev2[j - 1] + g21[i - 2][j - 1]
                    if v > best:
                        best, how = v, 5
            row[j], brow[j] = best, how
    links = []
    i, j = n, m
    while i or j:
        how = back[i][j]
        if how == 1:
            i -= 1
        elif how == 2:
            j -= 1
        elif how == 3:
            links.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif how == 4:
            links += [(i - 1, j - 2), (i - 1, j - 1)]
            i, j = i - 1, j - 2
        elif how == 5:
            links += [(i - 2, j - 1), (i - 1, j - 1)]
            i, j = i - 2, j - 1
        else:
            break
    return links


def run_dp(view: View, p: dict[str, float]) -> set[Pair]:
    links = []
    for (i, j), sim in view.cos.items():
        links += [(i, r, j, c) for r, c in dp_links(view.vectors[i], view.vectors[j], sim, p["threshold"])]
    return closure(view, links)


# --------------------------------------------------------------------------------------------
# Scoring


@dataclass
class Counts:
    """Predicted pairs right (tp) and wrong (fp); sentences with a partner given one (found) of all (units)."""

    tp: int = 0
    fp: int = 0
    found: int = 0
    units: int = 0
    unknown: int = 0  # sentences with a partner that were put only with unannotated sentences (not scored)
    by_label: dict[int, list[int]] = field(default_factory=lambda: {0: [0, 0], 1: [0, 0]})  # label -> [found, units]

    def add(self, other: "Counts") -> None:
        self.tp, self.fp = self.tp + other.tp, self.fp + other.fp
        self.found, self.units = self.found + other.found, self.units + other.units
        self.unknown += other.unknown
        for k, (f, t) in other.by_label.items():
            self.by_label[k][0] += f
            self.by_label[k][1] += t

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.units if self.units else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self, labels: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                               "f1": round(self.f1, 4), "right_pairs": self.tp, "wrong_pairs": self.fp,
                               "partners_found": self.found, "partners": self.units,
                               "partners_unknown": self.unknown}
        if labels:
            for k, name in ((1, "paraphrase"), (0, "not_paraphrase")):
                f, t = self.by_label[k]
                out[f"recall_{name}"] = round(f / t, 4) if t else None
        return out


def score_case(case: Case, predicted: set[Pair]) -> Counts:
    """Pair precision (scored pairs only) and partner recall (sentences given a true partner)."""
    c = Counts()
    scored = predicted & case.gold.keys() if case.listed_only else predicted
    c.tp = len(scored & case.true_pairs)
    c.fp = len(scored) - c.tp
    doc_of, annotated = case.doc_of, case.annotated
    linked_to: dict[tuple[int, int], bool] = {}
    if case.listed_only:  # a sentence put only with unannotated sentences of the other document: unknown
        for a, b in predicted:
            linked_to[(a, doc_of[b])] = linked_to.get((a, doc_of[b]), False) or b in annotated
            linked_to[(b, doc_of[a])] = linked_to.get((b, doc_of[a]), False) or a in annotated
    for x, partners, label in case.units:
        found = any((x, y) in predicted or (y, x) in predicted for y in partners)
        if case.listed_only and not found and linked_to.get((x, doc_of[next(iter(partners))])) is False:
            c.unknown += 1
            continue
        c.found += found
        c.units += 1
        if label in c.by_label:
            c.by_label[label][0] += found
            c.by_label[label][1] += 1
    return c


# --------------------------------------------------------------------------------------------
# Methods and their parameter grids


def _frange(lo: float, hi: float, step: float) -> list[float]:
    return [round(x, 4) for x in np.arange(lo, hi + step / 2, step)]


OFF = 9.0  # an extra_threshold no score reaches: one-sided links only through extra_margin
FACET_WEIGHTS = (0.1, 0.15, 0.25, 0.35, 0.5)  # tried, at the chosen thresholds, after the thresholds


def aligner_grid(weight: float) -> list[dict[str, float]]:
    grid = []
    for link in _frange(0.40, 0.60, 0.05):
        for extra in [*_frange(0.65, 0.80, 0.05), OFF]:
            for margin in (0.0, 0.05, 0.1):
                for extra_margin in (0.0, 0.1, 0.15, 0.2):
                    grid.append({"link_threshold": link, "extra_threshold": extra, "margin": margin,
                                 "extra_margin": extra_margin, "facet_weight": weight})
    return grid


THRESHOLDS = _frange(0.30, 0.90, 0.025)


@dataclass
class Method:
    name: str
    describe: str
    grid: list[dict[str, float]]
    run: Callable[[View, dict[str, float], tuple[str, bool]], set[Pair]]
    facets: bool = False


def methods(with_facets: bool) -> list[Method]:
    out = [Method("aligner", "consistency.alignment.align, cosine only", aligner_grid(0.0), lambda v, p, k: run_aligner(v, p))]
    if with_facets:
        out.append(Method("aligner+facets", "consistency.alignment.align, cosine + facet bonus (the tool's configuration)",
                          aligner_grid(0.25), lambda v, p, k: run_aligner(v, p), facets=True))
    out += [
        Method("greedy", "greedy best match (competitive linking, 1-1) at a threshold",
               [{"threshold": t} for t in THRESHOLDS], lambda v, p, k: run_greedy(v, p)),
        Method("mining", "sentence-transformers paraphrase_mining_embeddings, pooled, same-document pairs dropped",
               [{"threshold": t} for t in THRESHOLDS], run_mining),
        Method("dp", "monotone DP aligner (1-1, 1-2, 2-1, 1-0, 0-1 beads)",
               [{"threshold": t} for t in _frange(0.20, 0.80, 0.05)], lambda v, p, k: run_dp(v, p)),
    ]
    return out


# --------------------------------------------------------------------------------------------
# Embeddings and facets


def embed_cases(cases: Sequence[Case], embedder) -> dict[str, list[np.ndarray]]:
    texts = sorted({s for c in cases for d in c.docs for s in d})
    matrix = embedder.encode(texts)
    row = {t: k for k, t in enumerate(texts)}
    return {c.name: [matrix[[row[s] for s in d]] if d else np.zeros((0, matrix.shape[1]), np.float32) for d in c.docs]
            for c in cases}


def extract_facets(cases: Sequence[Case]) -> dict[SentenceRef, tuple]:
    """Facets of every sentence of every distinct document: one spaCy pass (no publication dates)."""
    from consistency.pipeline import extract_facets as extract_all

    documents, sentences, seen = [], [], set()
    for c in cases:
        for key, sents in zip(c.doc_keys, c.docs):
            if key in seen:
                continue
            seen.add(key)
            text = ""
            for k, s in enumerate(sents):
                text += " " if k else ""
                sentences.append(Sentence(key, k, s, len(text), len(text) + len(s)))
                text += s
            documents.append(Document(key, key, None, text, key))
    return extract_all(documents, sentences)


class CachedVectors:
    """An embedder front that reuses vectors from a text -> vector dict (and fills it)."""

    def __init__(self, inner, store: dict[str, np.ndarray]):
        self.inner, self.store = inner, store

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self.store]
        if missing:
            self.store.update(zip(missing, self.inner.encode(missing)))
        return np.stack([self.store[t] for t in texts])


def facet_bonus_matrices(case: Case, vectors: list[np.ndarray], facets) -> dict[tuple[int, int], np.ndarray]:
    """The unweighted facet bonus (the tool's `facet_bonus` at weight 1 minus cosine), natural order."""
    from consistency.alignment import cosine_similarity
    from consistency.alignment.anchors import facet_bonus

    groups = [[SentenceRef(key, k) for k in range(len(d))] for key, d in zip(case.doc_keys, case.docs)]
    base = cosine_similarity(vectors)
    full = facet_bonus(base, groups, facets, 1.0)
    return {(i, j): np.asarray(full(i, j), dtype=np.float64) - np.asarray(base(i, j), dtype=np.float64)
            for i in range(len(case.docs)) for j in range(i + 1, len(case.docs))}


# --------------------------------------------------------------------------------------------
# Fixtures


@dataclass
class Fixture:
    path: Path
    gold: dict
    doc_ids: dict[str, str]
    report: Any
    view: View


def load_fixtures(folder: Path, embedder) -> list[Fixture]:
    from consistency import pipeline
    from consistency.workflows.evaluate import read_gold

    out = []
    for path in sorted(folder.glob("*/gold.json")):
        gold = read_gold(path)
        files = [path.parent / d["path"] for d in gold["documents"]]
        documents, warnings = pipeline.load(files)
        by_path = {Path(d.path).resolve(): d.id for d in documents}
        doc_ids = {g["id"]: by_path[(path.parent / g["path"]).resolve()] for g in gold["documents"]}
        report = pipeline.check(documents, Settings(), embedder, warnings=warnings)
        groups = pipeline.body_groups(report.documents, report.sentences)
        text_of = {(s.doc_id, s.index): s.text for s in report.sentences}
        groups_s = [[text_of[(r.doc, r.index)] for r in g] for g in groups]
        vecs = [embedder.encode(g) for g in groups_s]
        base = pipeline.similarity(groups, np.vstack(vecs), {}, Settings(use_facets=False))
        full = pipeline.similarity(groups, np.vstack(vecs), report.facets, Settings(facet_weight=1.0))
        bonus = {(i, j): np.asarray(full(i, j), np.float64) - np.asarray(base(i, j), np.float64)
                 for i in range(len(groups)) for j in range(i + 1, len(groups))}
        case = Case("fixture", path.parent.name, "fixture", [d.id for d in report.documents], groups_s, {}, False)
        view = make_view(case, vecs, bonus, shuffle=False)
        view.groups = groups  # type: ignore[attr-defined]
        out.append(Fixture(path, gold, doc_ids, report, view))
    return out


def fixture_statements(fx: Fixture, predicted: set[Pair]):
    """Statements (as the tool builds them) from predicted pairs: components over the body sentences."""
    from consistency.core.types import Statement

    groups = fx.view.groups  # type: ignore[attr-defined]
    flat = [ref for g in groups for ref in g]
    parent = list(range(len(flat)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in predicted:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    comps: dict[int, list[int]] = defaultdict(list)
    for k in range(len(flat)):
        comps[find(k)].append(k)
    statements = []
    for members in comps.values():
        refs = tuple(sorted(flat[k] for k in members))
        multi = len({r.doc for r in refs}) > 1
        statements.append(Statement(refs, 1.0 if multi else None, ()))
    return statements


def _rank(report) -> dict[str, int]:
    return {d.id: n for n, d in enumerate(report.documents)}


def score_fixture(fx: Fixture, predicted: set[Pair], findings: bool = False):
    from consistency.compare import compare
    from consistency.pair import linked_pairs
    from consistency.workflows.evaluate import score

    statements = fixture_statements(fx, predicted)
    report = replace(fx.report, statements=tuple(statements), findings=())
    if findings:
        report = replace(report, findings=tuple(compare(report.documents, statements, linked_pairs(statements, _rank(report)), report.facets)))
    return score(fx.gold, report, fx.doc_ids, str(fx.path))


def fixtures_pass(fx_list: Sequence[Fixture], p: dict[str, float]) -> tuple[bool, list[str]]:
    """The end-to-end tests' conditions for a candidate setting (real statements via align, then compare)."""
    from consistency.compare import compare
    from consistency.pair import linked_pairs
    from consistency.workflows.evaluate import score

    failures = []
    for fx in fx_list:
        weight = p.get("facet_weight", 0.0)
        view = fx.view

        def similarity(i, j, view=view):
            return view.cos[(i, j)] + weight * view.bonus[(i, j)]

        statements = align(view.groups, similarity, p["link_threshold"], p["extra_threshold"], p["margin"],  # type: ignore[attr-defined]
                           p.get("extra_margin", 0.0))
        report = replace(fx.report, statements=tuple(statements))
        report = replace(report, findings=tuple(compare(report.documents, statements, linked_pairs(statements, _rank(report)), report.facets)))
        result = score(fx.gold, report, fx.doc_ids, str(fx.path))
        limit = 2 if fx.path.parent.name == "seed" else 1
        if result.failed or len(result.unexplained) > limit:
            failures.append(f"{fx.path.parent.name}: " + "; ".join(
                [f"{i.kind} {i.id}" for i in result.failed] + [f"unexplained {u[:60]}" for u in result.unexplained]))
    return not failures, failures


# --------------------------------------------------------------------------------------------
# The run


def evaluate(method: Method, views: dict[str, list[tuple[str, View]]], params: dict[str, float]) -> dict[str, Counts]:
    """Counts per task for one setting over a list of views per task."""
    out = {}
    for task, items in views.items():
        total = Counts()
        for key, view in items:
            total.add(score_case(view.case, method.run(view, params, (key, task == "ecb-shuffled"))))
        out[task] = total
    return out


def fixture_alignment(method: Method, fixtures: Sequence[Fixture], params: dict[str, float]) -> tuple[int, Counts]:
    """Failed aligned/unaligned gold items over all fixtures, and the pair counts of `consistency.workflows.evaluate.score`."""
    failed, pairs = 0, Counts()
    for fx in fixtures:
        result = score_fixture(fx, method.run(fx.view, params, ("fixture:" + fx.path.parent.name, False)))
        failed += sum(1 for i in result.failed if i.kind in ("aligned", "unaligned"))
        pairs.add(Counts(result.pair_tp, result.pair_fp, result.pair_tp, result.pair_tp + result.pair_fn))
    return failed, pairs


def objective(counts: dict[str, Counts]) -> float:
    return float(np.mean([counts[t].f1 for t in TASKS]))


def fmt_params(p: dict[str, float]) -> str:
    return ", ".join(f"{k}={v:g}" for k, v in p.items() if not (k == "extra_threshold" and v >= OFF))


_STATE: dict[str, Any] = {}  # read by forked grid workers: methods, views, fixtures


def _grid_worker(job: tuple[str, dict[str, float]]) -> tuple[dict[str, Counts], int, Counts]:
    name, params = job
    method = _STATE["methods"][name]
    dev = evaluate(method, _STATE["views"]["dev"], params)
    failed, pairs = fixture_alignment(method, _STATE["fixtures"], params)
    return dev, failed, pairs


@dataclass
class Scored:
    params: dict[str, float]
    dev: dict[str, Counts]
    fixture_failures: int
    fixture_pairs: Counts

    @property
    def objective(self) -> float:
        return objective(self.dev)


def score_grid(method: Method, grid: Sequence[dict[str, float]], pool) -> list[Scored]:
    jobs = [(method.name, p) for p in grid]
    results = pool.map(_grid_worker, jobs, chunksize=max(1, len(jobs) // 16)) if pool else map(_grid_worker, jobs)
    return [Scored(p, dev, failed, pairs) for p, (dev, failed, pairs) in zip(grid, results)]


def ranked(scored: Sequence[Scored], fixture_bound: bool) -> list[Scored]:
    """Best first: fewest failed fixture alignment items (when bound), then mean dev F1, then grid order."""
    order = sorted(range(len(scored)), key=lambda k: ((scored[k].fixture_failures if fixture_bound else 0),
                                                     -round(scored[k].objective, 9), k))
    return [scored[k] for k in order]


def choose(method: Method, pool, fixtures: Sequence[Fixture], fixture_bound: bool,
           scored: list[Scored]) -> tuple[Scored, list[dict], list[Scored]]:
    """The chosen setting; for the tool's configuration also the candidates its end-to-end gold rejected."""
    rejected: list[dict] = []
    candidates = ranked(scored, fixture_bound)
    pick = candidates[0]
    if method.facets and fixture_bound:
        pick = None
        for cand in candidates[:60]:
            ok, failures = fixtures_pass(fixtures, cand.params)
            if ok:
                pick = cand
                break
            rejected.append({"params": cand.params, "dev_mean_f1": round(cand.objective, 4), "fixture_failures": failures})
        pick = pick or candidates[0]
    stage2: list[Scored] = []
    if method.facets:  # then the facet weight, at the chosen thresholds, by the same rule
        grid = [{**pick.params, "facet_weight": w} for w in FACET_WEIGHTS]
        stage2 = score_grid(method, grid, pool)
        for cand in ranked(stage2, fixture_bound):
            if not fixture_bound or fixtures_pass(fixtures, cand.params)[0]:
                pick = cand
                break
    return pick, rejected, stage2


def summary(method: Method, pick: Scored, views) -> dict[str, Any]:
    test = evaluate(method, views["test"], pick.params)
    return {
        "params": pick.params,
        "dev_mean_f1": round(pick.objective, 4),
        "dev": {task: pick.dev[task].to_dict(task == "mrpc") for task in TASKS},
        "test": {task: test[task].to_dict(task == "mrpc") for task in TASKS},
        "fixtures": {**pick.fixture_pairs.to_dict(), "failed_alignment_items": pick.fixture_failures},
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", required=True, type=Path, help="the shared data folder (with paraphrase/ and clusters/)")
    parser.add_argument("--fixtures", type=Path, default=ROOT / "fixtures", help="folder of fixtures with gold.json")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results", help="where to write alignment.json and alignment.md")
    parser.add_argument("--no-facets", action="store_true", help="skip spaCy facets (no aligner+facets row)")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the threshold grids (fork)")
    parser.add_argument("--cache", type=Path, help="a pickle of sentence vectors and facets to reuse across runs (written when missing)")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N cases of each task and split (smoke runs)")
    args = parser.parse_args(argv)

    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    mrpc = load_mrpc(args.data / "paraphrase" / "mrpc-train.jsonl")
    ecb = load_ecb(args.data / "clusters")
    if args.limit:
        mrpc = [c for s in SPLITS for c in [c for c in mrpc if c.split == s][: args.limit]]
        ecb = [c for s in SPLITS for c in [c for c in ecb if c.split == s][: args.limit * 10]]
    cases = mrpc + ecb
    timings["load"] = time.perf_counter() - t0
    distinct = len({s for c in cases for d in c.docs for s in d})
    print(f"{len(mrpc)} MRPC pseudo-document pairs, {len(ecb)} ECB+ document pairs, {distinct} distinct sentences", flush=True)

    from consistency.embed import get_embedder

    cached: dict[str, Any] = {}
    if args.cache and args.cache.exists():
        import pickle

        cached = pickle.loads(args.cache.read_bytes())
    try:  # the tool's default backend, without filling the user's on-disk vector cache
        embedder = get_embedder(cache=False)
    except TypeError:  # an embed module without the disk cache
        embedder = get_embedder()
    t = time.perf_counter()
    vectors = embed_cases(cases, CachedVectors(embedder, cached.setdefault("vectors", {})))
    timings["embed"] = time.perf_counter() - t
    print(f"embedded in {timings['embed']:.0f}s", flush=True)

    with_facets = not args.no_facets
    bonuses: dict[str, dict] = {}
    if with_facets:
        t = time.perf_counter()
        if "facets" not in cached:
            cached["facets"] = extract_facets(cases)
        facets = cached["facets"]
        bonuses = {c.name: facet_bonus_matrices(c, vectors[c.name], facets) for c in cases}
        timings["facets"] = time.perf_counter() - t
        print(f"facets in {timings['facets']:.0f}s", flush=True)

    if args.cache and not args.cache.exists():
        import pickle

        args.cache.parent.mkdir(parents=True, exist_ok=True)
        args.cache.write_bytes(pickle.dumps(cached))
    t = time.perf_counter()
    fixtures = load_fixtures(args.fixtures, embedder)
    timings["fixtures_prepare"] = time.perf_counter() - t
    print(f"{len(fixtures)} fixtures prepared in {timings['fixtures_prepare']:.0f}s", flush=True)

    views: dict[str, dict[str, list[tuple[str, View]]]] = {s: {t: [] for t in TASKS} for s in SPLITS}
    for c in cases:
        bonus = bonuses.get(c.name)
        if c.task == "mrpc":
            views[c.split]["mrpc"].append((c.name, make_view(c, vectors[c.name], bonus, shuffle=False)))
        else:
            views[c.split]["ecb"].append((c.name, make_view(c, vectors[c.name], bonus, shuffle=False)))
            views[c.split]["ecb-shuffled"].append((c.name, make_view(c, vectors[c.name], bonus, shuffle=True)))

    # Mine once per view before forking, so the workers share the result.
    t = time.perf_counter()
    for split in SPLITS:
        for task in TASKS:
            for key, view in views[split][task]:
                mined_pairs(view, (key, task == "ecb-shuffled"))
    for fx in fixtures:
        mined_pairs(fx.view, ("fixture:" + fx.path.parent.name, False))
    timings["mining"] = time.perf_counter() - t

    all_methods = methods(with_facets)
    _STATE.update(methods={m.name: m for m in all_methods}, views=views, fixtures=fixtures)
    import multiprocessing

    pool = multiprocessing.get_context("fork").Pool(args.jobs) if args.jobs > 1 else None
    results: dict[str, Any] = {}
    try:
        for method in all_methods:
            t = time.perf_counter()
            scored = score_grid(method, method.grid, pool)
            entry: dict[str, Any] = {"describe": method.describe, "grid_size": len(method.grid)}
            for mode, bound in (("fixture_bound", True), ("dev_optimal", False)):
                pick, rejected, stage2 = choose(method, pool, fixtures, bound, scored)
                entry[mode] = summary(method, pick, views)
                if rejected:
                    entry[mode]["rejected_by_fixture_gold"] = rejected
                if stage2:
                    entry[mode]["facet_weights_tried"] = {
                        f"{s.params['facet_weight']:g}": {"dev_mean_f1": round(s.objective, 4), "fixture_failures": s.fixture_failures}
                        for s in stage2}
            best_per_task = {task: max(scored, key=lambda s: s.dev[task].f1) for task in TASKS}
            entry["dev_best_per_task"] = {task: {"params": s.params, "f1": round(s.dev[task].f1, 4)} for task, s in best_per_task.items()}
            entry["seconds"] = round(time.perf_counter() - t, 1)
            results[method.name] = entry
            fb, do = entry["fixture_bound"], entry["dev_optimal"]
            print(f"{method.name:<15} fixture-bound {fmt_params(fb['params'])}: "
                  + "  ".join(f"{task} {fb['test'][task]['f1']:.3f}" for task in TASKS)
                  + f"  fixtures {fb['fixtures']['f1']:.3f} ({fb['fixtures']['failed_alignment_items']} failed)"
                  + f" | dev-optimal {fmt_params(do['params'])}: "
                  + "  ".join(f"{task} {do['test'][task]['f1']:.3f}" for task in TASKS)
                  + f"  ({entry['seconds']:.0f}s)", flush=True)
    finally:
        if pool:
            pool.close()
            pool.join()

    gold_items = None
    if fixtures and with_facets:
        chosen = results["aligner+facets"]["fixture_bound"]["params"]
        ok, failures = fixtures_pass(fixtures, chosen)
        gold_items = {"all_pass": ok, "failures": failures}
    timings["total"] = time.perf_counter() - t0

    current = Settings()
    tool = results.get("aligner+facets", results["aligner"])["fixture_bound"]
    payload = {
        "schema": "consistency-benchmark-alignment/1",
        "model": embedder.name,
        "backend": getattr(embedder, "backend", None),
        "data": {
            "mrpc": {"file": "paraphrase/mrpc-train.jsonl", "pseudo_doc_pairs": PSEUDO_DOC_PAIRS,
                     "cases": {s: len(views[s]["mrpc"]) for s in SPLITS},
                     "partner_pairs": {s: sum(len(v.case.gold) for _, v in views[s]["mrpc"]) for s in SPLITS}},
            "ecb": {"folder": "clusters/", "document_pairs": {s: len(views[s]["ecb"]) for s in SPLITS},
                    "listed_pairs": {s: sum(len(v.case.gold) for _, v in views[s]["ecb"]) for s in SPLITS},
                    "shares_event_pairs": {s: sum(sum(v.case.gold.values()) for _, v in views[s]["ecb"]) for s in SPLITS},
                    "topics": {s: sorted({v.case.name.split("_")[0] for _, v in views[s]["ecb"]}, key=int) for s in SPLITS}},
            "fixtures": [fx.path.parent.name for fx in fixtures],
            "distinct_sentences": distinct,
        },
        "splits": "MRPC: sha256('mrpc:' + first pair id of its shared-sentence group) even = dev, odd = test; "
                  "ECB+: sha256('ecb:' + topic) even = dev, odd = test (both subtopics of a topic together)",
        "measures": "precision = scored predicted cross-document pairs that are true (ECB+: listed pairs only); "
                    "recall = sentences with a true partner in the other document that are put with at least one "
                    "(ECB+: a sentence put only with unannotated sentences is not counted either way); "
                    "fixtures: pair P/R/F1 of consistency.workflows.evaluate.score",
        "selection": {
            "fixture_bound": "every method: fewest failed aligned/unaligned items over the fixtures' gold, then best "
                             "mean dev F1 over mrpc, ecb, ecb-shuffled (ties: grid order); aligner+facets must also "
                             "pass every fixture gold item (flags, no-flags, unexplained findings) as the end-to-end "
                             "tests require; its facet weight is then chosen the same way at the chosen thresholds",
            "dev_optimal": "every method: best mean dev F1 over mrpc, ecb, ecb-shuffled, fixtures ignored",
        },
        "defaults_before": {k: getattr(current, k, None) for k in ("link_threshold", "extra_threshold", "margin", "facet_weight")},
        "defaults_chosen": {**tool["params"], "chosen_on": "dev half (MRPC + ECB+), bound by the fixtures' gold"},
        "fixture_gold_items": gold_items,
        "methods": results,
        "seconds": {k: round(v, 1) for k, v in timings.items()},
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "alignment.json").write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    table = render_table(payload)
    (args.out / "alignment.md").write_text(table, encoding="utf-8")
    print()
    print(table)
    print("seconds: " + ", ".join(f"{k} {v:.0f}" for k, v in timings.items()))
    return 0


def _prf(s: dict[str, Any], bold: bool = False) -> str:
    f1 = f"**{s['f1']:.3f}**" if bold else f"{s['f1']:.3f}"
    return f"{s['precision']:.3f} / {s['recall']:.3f} / {f1}"


def render_table(payload: dict[str, Any]) -> str:
    methods_ = payload["methods"]
    lines = [
        "| method | thresholds (chosen on dev, bound by the fixtures) | MRPC P / R / F1 | MRPC recall: para / non-para "
        "| ECB+ natural P / R / F1 | ECB+ shuffled P / R / F1 | fixtures P / R / F1 (failed items) |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    best = {t: max(m["fixture_bound"]["test"][t]["f1"] for m in methods_.values()) for t in TASKS}
    for name, m in methods_.items():
        fb = m["fixture_bound"]
        params = {k: v for k, v in fb["params"].items() if not (k == "facet_weight" and v == 0)}
        cells = [f"`{name}`", fmt_params(params)]
        for task in TASKS:
            s = fb["test"][task]
            cells.append(_prf(s, s["f1"] == best[task]))
            if task == "mrpc":
                cells.append(f"{s['recall_paraphrase']:.3f} / {s['recall_not_paraphrase']:.3f}")
        fx = fb["fixtures"]
        cells.append(f"{fx['precision']:.3f} / {fx['recall']:.3f} / {fx['f1']:.3f} ({fx['failed_alignment_items']})")
        lines.append("| " + " | ".join(cells) + " |")
    lines += [
        "",
        "Without the fixtures (each method's best mean dev F1, fixtures ignored), test F1:",
        "",
        "| method | thresholds (dev-optimal) | MRPC F1 | ECB+ natural F1 | ECB+ shuffled F1 | fixtures F1 (failed items) |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    best = {t: max(m["dev_optimal"]["test"][t]["f1"] for m in methods_.values()) for t in TASKS}
    for name, m in methods_.items():
        do = m["dev_optimal"]
        params = {k: v for k, v in do["params"].items() if not (k == "facet_weight" and v == 0)}
        cells = [f"`{name}`", fmt_params(params)]
        for task in TASKS:
            f1 = do["test"][task]["f1"]
            cells.append(f"**{f1:.3f}**" if f1 == best[task] else f"{f1:.3f}")
        cells.append(f"{do['fixtures']['f1']:.3f} ({do['fixtures']['failed_alignment_items']})")
        lines.append("| " + " | ".join(cells) + " |")
    d = payload["data"]
    lines += [
        "",
        f"Test half: {d['mrpc']['cases']['test']} MRPC pseudo-document pairs ({d['mrpc']['partner_pairs']['test']} partner "
        f"pairs, {d['mrpc']['pseudo_doc_pairs']} to a document, the second side in a random order, neighbouring pairs of "
        f"one news cluster together), {d['ecb']['document_pairs']['test']} ECB+ document pairs (topics "
        f"{', '.join(d['ecb']['topics']['test'])}; {d['ecb']['listed_pairs']['test']} listed sentence pairs, "
        f"{d['ecb']['shares_event_pairs']['test']} sharing an event); fixtures: the seed pair and "
        f"{len(d['fixtures']) - 1} hand-annotated stories. Precision: predicted cross-document pairs that are right "
        "(ECB+: among listed pairs); recall: sentences with a partner that get one. ECB+ `shares_event` is a weak, "
        "dense label (most listed pairs share the story's main event), so ECB+ rewards linking freely; the fixtures "
        "are the tool's own spec of what must stay unaligned. Best test F1 per column in bold.",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
