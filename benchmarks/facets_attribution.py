"""Benchmark of the attribution facet against PolNeAR (political news attribution) dev data.

Data (read by path, never copied into the repository): ``<data>/attribution/docs.jsonl`` (one
article a line: ``doc``, ``text``) and ``<data>/attribution/attributions.jsonl`` (gold: ``source``,
``source_spans``, ``cue``, ``cue_spans`` as ``[start, end)`` character offsets into the doc text,
and the ``annotator``).

Choices:

* Several annotators annotated a few documents. For each document we keep ONE annotator: the one
  with the most attributions in it (ties broken by the smallest annotator id), so no gold item is
  counted twice.
* Each document is split into paragraphs on line breaks, each paragraph into sentences with spaCy's
  own splitter; every sentence is then parsed on its own (as the pipeline does) and the sentences
  of one document go together to ``extract_attributions``.
* Gold attributions with no source span (implicit sources) are left out of the source scores and
  counted under ``gold_without_source``; they stay in the cue score.
* Inherited attributions (a continued quotation: no words in the sentence) and unattributed ones
  ("It was reported that") have no source span and are left out of the source scores.
* A prediction is compared by the words as written (a pronoun's own span, not its resolved name).
  Matching is one-to-one, greedy, preferring pairs whose cues also agree.

Metrics: source P/R/F1 by (a) head word (the root token of the predicted source span lies inside the
gold source span) and (b) exact span (after trimming spaces and edge punctuation on both sides);
cue P/R/F1 (the predicted cue token lies inside a gold cue span); joint (head match and cue match);
continued quotation, by sentence: a sentence with an inherited attribution (and none of its own)
against sentences that lie inside the content of a gold attribution whose source is in another
sentence.

Run: ``python benchmarks/facets_attribution.py --data ../shared/data [--limit N]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from functools import partial
from pathlib import Path
from typing import Any, Iterable

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from consistency.facets.attribution import extract_attributions  # noqa: E402
from consistency.facets.nlp import parse  # noqa: E402

_EDGE = " \t\n,.;:!?\"'()\u201c\u201d\u2018\u2019-\u2014\u2013"
_PARA_RE = re.compile(r"[^\n]+")
_SLACK = 3  # characters of punctuation a gold content span may leave out at a sentence's edges


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _pick_annotator(rows: Iterable[dict[str, Any]]) -> dict[str, str]:
    """doc -> the annotator with the most attributions in it (ties: smallest id)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        counts[row["doc"]][row["annotator"]] += 1
    return {doc: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for doc, c in counts.items()}


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence character spans: paragraphs on line breaks, then spaCy's sentence splitter."""
    paras = [(m.start(), m.end()) for m in _PARA_RE.finditer(text) if m.group().strip()]
    docs = parse([text[s:e] for s, e in paras])
    spans = []
    for (p0, _), doc in zip(paras, docs, strict=True):
        for sent in doc.sents:
            s, e = p0 + sent.start_char, p0 + sent.end_char
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                spans.append((s, e))
    return spans


def _predict(text: str) -> tuple[list[dict[str, Any]], list[tuple[int, int, bool, bool]]]:
    """Predicted attributions of one document with document-level offsets, and per sentence
    (start, end, has an attribution of its own, has an inherited one)."""
    spans = _sentences(text)
    docs = parse([text[s:e] for s, e in spans])
    out = []
    sentences = []
    for (s0, e0), doc, facets in zip(spans, docs, extract_attributions(docs), strict=True):
        inherited = [f for f in facets if f.value.inherited]
        sentences.append((s0, e0, len(inherited) < len(facets), bool(inherited)))
        for f in facets:
            v = f.value
            cue = v.cue_span
            pred: dict[str, Any] = {
                "source": v.source,
                "cue": v.cue,
                "role": v.role,
                "unattributed": v.unattributed,
                "inherited": v.inherited,
                "cue_span": (s0 + cue[0], s0 + cue[1]) if cue else None,
                "span": None,
                "head": None,
            }
            if f.end > f.start and not v.unattributed:
                pred["span"] = (s0 + f.start, s0 + f.end)
                chunk = doc.char_span(f.start, f.end, alignment_mode="expand")
                root = chunk.root if chunk is not None and len(chunk) else None
                if root is not None:
                    pred["head"] = (s0 + root.idx, s0 + root.idx + len(root.text))
            out.append(pred)
    return out, sentences


def _continued(sentence: tuple[int, int, bool, bool], golds: list[dict]) -> bool:
    """Gold: the sentence lies inside the content of an attribution whose source is in another sentence."""
    s, e = sentence[0], sentence[1]
    for g in golds:
        if not g.get("source_spans") or not g.get("content_spans"):
            continue
        if any(s <= a < e for a, _ in g["source_spans"]):
            continue
        if any(cs <= s + _SLACK and ce >= e - _SLACK for cs, ce in g["content_spans"]):
            return True
    return False


def _inside(inner: tuple[int, int] | None, spans: list[list[int]] | None) -> bool:
    if inner is None or not spans:
        return False
    return any(s <= inner[0] and inner[1] <= e for s, e in spans)


def _match(preds: list[dict], golds: list[dict], ok, prefer) -> int:
    """Greedy one-to-one matching; pairs where `prefer` holds are taken first."""
    pairs = [
        (0 if prefer(p, g) else 1, i, j) for i, p in enumerate(preds) for j, g in enumerate(golds) if ok(p, g)
    ]
    pairs.sort()
    used_p, used_g, n = set(), set(), 0
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        n += 1
    return n


def _cue_ok(p: dict, g: dict) -> bool:
    return _inside(p["cue_span"], g.get("cue_spans"))


def _head_ok(p: dict, g: dict) -> bool:
    return _inside(p["head"], g.get("source_spans"))


def _exact_ok(text: str, p: dict, g: dict) -> bool:
    ps = _trim(text, *p["span"])
    return any(_trim(text, s, e) == ps for s, e in g["source_spans"])


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "pred": n_pred, "gold": n_gold
    }


def run(data_dir: Path, limit: int | None = None) -> dict[str, Any]:
    """Score the attribution facet on PolNeAR dev; returns the metrics as a JSON-ready dict."""
    base = Path(data_dir) / "attribution"
    docs = _read_jsonl(base / "docs.jsonl")
    rows = _read_jsonl(base / "attributions.jsonl")
    chosen = _pick_annotator(rows)
    gold_by_doc: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        if chosen.get(row["doc"]) == row["annotator"]:
            gold_by_doc[row["doc"]].append(row)
    if limit:
        docs = docs[:limit]

    t0 = time.perf_counter()
    tallies = Counter()
    for d in docs:
        text = d["text"]
        golds = gold_by_doc.get(d["doc"], [])
        preds, sentences = _predict(text)
        src_preds = [p for p in preds if p["span"] is not None]
        src_golds = [g for g in golds if g.get("source_spans")]
        cue_preds = [p for p in preds if p["cue_span"] is not None]
        cue_golds = [g for g in golds if g.get("cue_spans")]

        exact_ok = partial(_exact_ok, text)

        tallies["head_tp"] += _match(src_preds, src_golds, _head_ok, _cue_ok)
        tallies["exact_tp"] += _match(src_preds, src_golds, exact_ok, _cue_ok)
        tallies["joint_tp"] += _match(src_preds, src_golds, lambda p, g: _head_ok(p, g) and _cue_ok(p, g), _cue_ok)
        tallies["cue_tp"] += _match(cue_preds, cue_golds, _cue_ok, _head_ok)
        tallies["src_pred"] += len(src_preds)
        tallies["src_gold"] += len(src_golds)
        tallies["cue_pred"] += len(cue_preds)
        tallies["cue_gold"] += len(cue_golds)
        tallies["gold_without_source"] += len(golds) - len(src_golds)
        tallies["inherited"] += sum(p["inherited"] for p in preds)
        tallies["unattributed"] += sum(p["unattributed"] for p in preds)
        tallies["relay"] += sum(p["role"] == "relay" for p in preds)
        tallies["chars"] += len(text)
        for sent in sentences:
            gold_cont = not sent[2] and _continued(sent, golds)
            tallies["cont_gold"] += gold_cont
            tallies["cont_pred"] += sent[3]
            tallies["cont_tp"] += sent[3] and _continued(sent, golds)
    seconds = time.perf_counter() - t0
    return {
        "data": "PolNeAR dev (attribution/)",
        "documents": len(docs),
        "annotator_rule": "per document, the annotator with the most attributions (ties: smallest id)",
        "source_head": _prf(tallies["head_tp"], tallies["src_pred"], tallies["src_gold"]),
        "source_exact": _prf(tallies["exact_tp"], tallies["src_pred"], tallies["src_gold"]),
        "cue": _prf(tallies["cue_tp"], tallies["cue_pred"], tallies["cue_gold"]),
        "joint_head_and_cue": _prf(tallies["joint_tp"], tallies["src_pred"], tallies["src_gold"]),
        "continued_quotation": _prf(tallies["cont_tp"], tallies["cont_pred"], tallies["cont_gold"]),
        "gold_without_source": tallies["gold_without_source"],
        "predicted_inherited": tallies["inherited"],
        "predicted_unattributed": tallies["unattributed"],
        "predicted_relay": tallies["relay"],
        "seconds": round(seconds, 2),
    }


def _table(result: dict[str, Any]) -> str:
    lines = [f"{'metric':<22}{'P':>8}{'R':>8}{'F1':>8}{'tp':>7}{'pred':>7}{'gold':>7}"]
    for key in ("source_head", "source_exact", "cue", "joint_head_and_cue", "continued_quotation"):
        m = result[key]
        lines.append(
            f"{key:<22}{m['precision']:>8.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}{m['tp']:>7}{m['pred']:>7}{m['gold']:>7}"
        )
    lines.append(f"documents {result['documents']}, {result['seconds']} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"), help="the shared data folder")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    args = parser.parse_args(argv)
    result = run(args.data, limit=args.limit)
    print(_table(result))
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
