"""Would a fitted same-claim score decide better what to compare? A logistic model over the evidence the tool has,
fitted and scored leave-one-story-out on real coverage.

Usage: ``python benchmarks/same_claim.py --realnews ../shared/realnews [--out benchmarks/results]``

For every pair of body sentences of two outlets of a story, the features are: cosine; how far below each
sentence's best match it is; whether it is a mutual best; shared numbers and days, shared names (the anchor
evidence of alignment/anchors.py, weighed by rarity); content-word overlap; shared predicates; a shared counted noun,
governing verb or quoted words; length ratio; distance in relative position. A pair is positive when gold names
it (an `aligned` item or a finding item of any kind). Each story is scored by a model fitted on the other 19
(plain logistic regression by Newton's method, numpy only). Reported: ROC AUC and average precision over all
pairs, and the score the model gives to the pairs of gold `flag` items (the divergences a fact-checker must see)
against those of `aligned` items. Writes ``same_claim.json`` and ``same_claim.md``; the stories are read by path.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from realnews import checked_story, story_arguments  # noqa: E402  (the stories are read as that benchmark reads them)

FEATURES = ("cosine", "below row best", "below column best", "mutual best", "shared figures and days", "shared names",
            "word overlap", "shared predicates", "shared counted noun", "shared number verb", "shared quoted words",
            "length ratio", "position gap")
STOP = frozenset("the a an of to in on at for and or but with by from as is was were be been are that this it its his "
                 "her their he she they we you said says say will would could has have had not no than".split())


def _words(text: str) -> set[str]:
    return {w[:6] for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOP and len(w) > 2}


def _slots(facets) -> set[str]:
    from consistency.core.types import FacetKind

    out = set()
    for f in facets:
        if f.kind is FacetKind.NUMBER and f.value.kind != "score":
            if f.value.noun:
                out.add("n:" + f.value.noun)
            if f.value.verb:
                out.add("v:" + f.value.verb)
        elif f.kind is FacetKind.QUOTE:
            out.update("q:" + w for w in _words(f.value.quote))
        elif f.kind is FacetKind.NEGATION and f.value.predicate:
            out.add("p:" + f.value.predicate)
    return out


def story_pairs(gold_path: Path, settings):
    """Features and labels of every cross-outlet body-sentence pair of one story, and which pairs gold flags."""
    from consistency import pipeline
    from consistency.alignment.anchors import anchor_strengths, anchors
    from consistency.workflows.evaluate import gold_sides

    gold, report, doc_ids, locate = checked_story(gold_path, settings)
    groups = pipeline.body_groups(report.documents, report.sentences)
    embedder_vectors = _vectors(report, settings)
    text = {(s.doc_id, s.index): s.text for s in report.sentences}

    def ref(d, snippet):
        try:
            return (doc_ids[d], locate.find(d, snippet))
        except LookupError:
            return None

    positive, flags = set(), set()
    for item in gold.get("aligned", []):
        refs = [r for r in (ref(d, s) for d, s in gold_sides(item)) if r]
        positive.update(frozenset((a, b)) for i, a in enumerate(refs) for b in refs[i + 1:])
    for item in gold.get("findings", []):
        refs = [ref(d, s) for d, s in gold_sides(item)[:2]]
        if None not in refs:
            positive.add(frozenset(refs))
            if item["expect"] == "flag":
                flags.add(frozenset(refs))
    refs_all = [r for g in groups for r in g]
    sets = {r: anchors(report.facets.get(r, ())) for r in refs_all}
    strength = anchor_strengths([[sets[r] for r in group] for group in groups])
    words = {r: _words(text[(r.doc, r.index)]) for r in refs_all}
    slots = {r: _slots(report.facets.get(r, ())) for r in refs_all}
    offsets = np.cumsum([0] + [len(g) for g in groups])
    rows, labels, keys = [], [], []
    for i in range(len(groups)):
        for j in range(i + 1, len(groups)):
            cos = embedder_vectors[offsets[i]:offsets[i + 1]] @ embedder_vectors[offsets[j]:offsets[j + 1]].T
            if cos.size == 0:
                continue
            row_best, col_best = cos.max(axis=1), cos.max(axis=0)
            for r, x in enumerate(groups[i]):
                for c, y in enumerate(groups[j]):
                    shared = sets[x] & sets[y]
                    facts = sum(strength[a] for a in shared if a[0] in "ndm")
                    names = sum(strength[a] for a in shared if a[0] not in "ndmy")
                    wx, wy, sx, sy = words[x], words[y], slots[x], slots[y]
                    lx, ly = len(text[(x.doc, x.index)].split()), len(text[(y.doc, y.index)].split())
                    both = sx & sy
                    rows.append([
                        cos[r, c], cos[r, c] - row_best[r], cos[r, c] - col_best[c],
                        float(cos[r, c] >= row_best[r] and cos[r, c] >= col_best[c]),
                        min(1.0, facts / 4), min(1.0, names / 4), len(wx & wy) / max(1, min(len(wx), len(wy))),
                        min(2, sum(a[0] == "p" for a in both)), float(any(a[0] == "n" for a in both)),
                        float(any(a[0] == "v" for a in both)), min(1.0, sum(a[0] == "q" for a in both) / 4),
                        min(lx, ly) / max(lx, ly, 1),
                        abs(r / max(1, len(groups[i]) - 1) - c / max(1, len(groups[j]) - 1)),
                    ])
                    pair = frozenset(((x.doc, x.index), (y.doc, y.index)))
                    labels.append(pair in positive)
                    keys.append("flag" if pair in flags else ("gold" if pair in positive else ""))
    return np.array(rows, dtype=np.float64), np.array(labels, dtype=np.float64), keys


def _vectors(report, settings) -> np.ndarray:
    from consistency import pipeline
    from consistency.embed import get_embedder

    embedder = get_embedder(settings.model, settings.batch_size, settings.backend, settings.cache)
    return pipeline.embed_sentences(report.sentences, embedder)[0]


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 25) -> np.ndarray:
    """Weights (bias last) of an L2-regularised logistic regression, by Newton's method."""
    x1 = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(x1.shape[1])
    penalty = np.full(x1.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x1 @ w)))
        gradient = x1.T @ (p - y) + penalty * w
        hessian = (x1 * (p * (1 - p))[:, None]).T @ x1 + np.diag(penalty)
        w -= np.linalg.solve(hessian, gradient)
    return w


def predict(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-(np.hstack([x, np.ones((len(x), 1))]) @ w)))


def roc_auc(y: np.ndarray, p: np.ndarray) -> float:
    order = np.argsort(p, kind="stable")
    ranks = np.empty(len(p))
    ranks[order] = np.arange(1, len(p) + 1)
    pos = y == 1
    return float((ranks[pos].sum() - pos.sum() * (pos.sum() + 1) / 2) / (pos.sum() * (~pos).sum()))


def average_precision(y: np.ndarray, p: np.ndarray) -> float:
    order = np.argsort(-p, kind="stable")
    hits = np.cumsum(y[order])
    return float(np.sum((hits / np.arange(1, len(y) + 1))[y[order] == 1]) / max(1, y.sum()))


def main(argv: list[str] | None = None) -> int:
    args, golds = story_arguments(argv, __doc__.split("\n\n")[0], "same_claim.json and same_claim.md")
    if not golds:
        return 2
    from consistency.core.settings import load_settings

    settings = load_settings()
    stories = [story_pairs(path, settings) for path in golds]
    scores = []
    for k in range(len(stories)):
        x = np.vstack([s[0] for n, s in enumerate(stories) if n != k])
        y = np.concatenate([s[1] for n, s in enumerate(stories) if n != k])
        scores.append(predict(fit_logistic(x, y), stories[k][0]))
    p, y = np.concatenate(scores), np.concatenate([s[1] for s in stories])
    keys = [key for s in stories for key in s[2]]
    flag_p = np.array([q for q, key in zip(p, keys) if key == "flag"])
    gold_p = np.array([q for q, key in zip(p, keys) if key == "gold"])
    cosine_only = np.concatenate([s[0][:, 0] for s in stories])
    weights = fit_logistic(np.vstack([s[0] for s in stories]), y)
    summary = {
        "stories": len(stories), "pairs": int(len(y)), "gold_pairs": int(y.sum()),
        "auc": round(roc_auc(y, p), 4), "average_precision": round(average_precision(y, p), 4),
        "auc_cosine_alone": round(roc_auc(y, cosine_only), 4),
        "average_precision_cosine_alone": round(average_precision(y, cosine_only), 4),
        "flag_pairs": int(len(flag_p)), "flag_median_score": round(float(np.median(flag_p)), 4) if len(flag_p) else None,
        "flag_pairs_at_half": int((flag_p >= 0.5).sum()),
        "other_gold_median_score": round(float(np.median(gold_p)), 4) if len(gold_p) else None,
        "other_gold_pairs_at_half": int((gold_p >= 0.5).sum()), "other_gold_pairs": int(len(gold_p)),
        "weights_all_stories": {name: round(float(w), 4) for name, w in zip((*FEATURES, "bias"), weights)},
    }
    table = "\n".join([
        "| measure | same-claim model (leave one story out) | cosine alone |", "| --- | --- | --- |",
        f"| ROC AUC, gold pairs against all other pairs | {summary['auc']} | {summary['auc_cosine_alone']} |",
        f"| average precision | {summary['average_precision']} | {summary['average_precision_cosine_alone']} |",
        "", f"Gold `flag` pairs: median score {summary['flag_median_score']}, {summary['flag_pairs_at_half']} of "
        f"{summary['flag_pairs']} at 0.5 or more; other gold pairs: median {summary['other_gold_median_score']}, "
        f"{summary['other_gold_pairs_at_half']} of {summary['other_gold_pairs']} at 0.5 or more "
        f"({summary['pairs']} pairs in {summary['stories']} stories)."]) + "\n"
    print(table)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "same_claim.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    (args.out / "same_claim.md").write_text(table, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
