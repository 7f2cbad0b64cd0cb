"""Benchmark of the claim and date comparison rules on VitaminC (numbers/dates) and SICK (negation).

VitaminC (``<data>/claims/vitaminc-dev.jsonl``: ``id``, ``claim``, ``evidence``, ``label`` one of
``supports`` / ``refutes`` / ``not enough info``). Each pair becomes two `Document`s, ``claim`` and
``evidence`` (``published`` None: the rows carry no date), and is checked two ways:

* ``end_to_end``: ``consistency.pipeline.check`` with default `Settings()` (bundled MiniLM, facets on),
  so a pair is only compared when the aligner puts the claim and an evidence sentence in one statement;
* ``forced``: segment, ``extract_all``, then ``consistency.compare.compare`` with one `Statement`
  holding every body sentence of both documents (score 1.0): the comparison rules alone.

A pair is *flagged* when the tool reports a finding of facet ``claim`` or ``date`` at severity
``medium`` or ``high``. The subset of interest is chosen by a plain rule, not by the tool's extractor:
a pair is *in the subset* when the sets of digit strings (``\\d+``) or the sets of English month names
(full, capitalised: January ... December) of claim and evidence differ. Reported per group
(``refutes_subset`` = recall-like hit rate; ``supports_all`` and ``supports_subset`` = false-flag rates;
``*_subset_both_sides``: the subset pairs where *each* text has a digit string or month name, i.e. the
claim itself states a number or date (in the rest only the evidence does, and the refutation is about
something else); ``refutes_all`` and ``nei_all`` for context), with counts per rule kind (number / date
/ negation / quote), and the first five misses (refutes subset, not flagged; also among both-sides
pairs) and false flags (supports, flagged) in file order. The end-to-end variant also counts the
pairs whose claim and evidence were aligned at all.

The rows are Penn-Treebank tokenised ("Gabler 's", "31 , 1892", ``-LRB-``); news text is not, so
by default they are detokenised with a fixed, generic rule (``detokenize``) and a missing final full
stop is added (a lone unpunctuated line of 12 words or fewer is otherwise read as a heading and not
compared). ``--raw`` turns the detokenising off.

SICK (``<data>/claims/sick-train.jsonl``: ``sentence_A``, ``sentence_B``, ``label`` one of
``contradiction`` / ``entailment`` / ``neutral``), forced variant only, first ``sick_limit`` rows of
each of ``contradiction`` and ``entailment``: how many get a ``claim`` finding of kind ``negation``
(hits among contradictions, false flags among entailments). Also reported on the *negation-driven*
subset: pairs where exactly one sentence contains a negation word (no, not, n't, never, nobody,
nothing, none, neither, nor, without), again by a plain rule.

Usage: ``python benchmarks/facets_claims.py --data ../shared/data [--limit N] [--sick-limit N]
[--no-sick] [--raw]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from consistency.core.settings import Settings  # noqa: E402
from consistency.core.types import Document, Finding, SentenceRef, Severity, Statement  # noqa: E402

DIGITS = re.compile(r"\d+")
MONTHS = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
NEGATION_WORD = re.compile(r"\b(?:no|not|never|nobody|nothing|none|neither|nor|without)\b|n't\b", re.I)
FLAG_SEVERITIES = (Severity.HIGH, Severity.MEDIUM)
FLAG_FACETS = ("claim", "date")
RULE_KINDS = ("number", "date", "negation", "quote")
EXAMPLES = 5
SNIPPET = 110
DEFAULT_SICK_LIMIT = 300
GROUPS = ("refutes_subset", "supports_all", "supports_subset", "refutes_subset_both_sides",
          "supports_subset_both_sides", "refutes_all", "nei_all")

# Penn Treebank tokens back to running text (generic; nothing here is specific to a row).
PTB_BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}
PTB_RULES = (
    (re.compile(r"``\s*"), "\u201c"),
    (re.compile(r"\s*''"), "\u201d"),
    (re.compile(r"\s+([.,;:!?%)\]}\u201d])"), r"\1"),
    (re.compile(r"([(\[{$\u201c])\s+"), r"\1"),
    (re.compile(r"\s+('s|'re|'ve|'ll|'d|'m|n't)\b", re.I), r"\1"),
    (re.compile(r"\s+(')(?=\s|$)"), r"\1"),
    (re.compile(r"\s{2,}"), " "),
)
TERMINAL = re.compile(r"[.!?\u201d\"')\]]\s*$")


# ------------------------------------------------------------------------------------------
# Reading and preparing the data
# ------------------------------------------------------------------------------------------


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with Path(path).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def detokenize(text: str) -> str:
    """Undo Penn-Treebank tokenisation: "Gabler 's premiere ( 1891 ) , `` x ''" -> "Gabler's premiere (1891), “x”"."""
    for token, char in PTB_BRACKETS.items():
        text = text.replace(token, char)
    for pattern, replacement in PTB_RULES:
        text = pattern.sub(replacement, text)
    return text.strip()


def as_sentence_text(text: str, detok: bool = True) -> str:
    """The text given to the tool: detokenised (optionally) and ending in sentence punctuation."""
    text = detokenize(text) if detok else " ".join(text.split())
    if text and not TERMINAL.search(text):
        text += "."
    return text


def digit_strings(text: str) -> set[str]:
    return set(DIGITS.findall(text))


def month_names(text: str) -> set[str]:
    return set(MONTHS.findall(text))


def in_subset(a: str, b: str) -> bool:
    """The issue's rule: the two texts contain different digit strings or different month names (as sets)."""
    return digit_strings(a) != digit_strings(b) or month_names(a) != month_names(b)


def both_sides(a: str, b: str) -> bool:
    """Each text has at least one digit string or month name (the claim itself states a number or date)."""
    return all(digit_strings(t) or month_names(t) for t in (a, b))


def negation_driven(a: str, b: str) -> bool:
    """Exactly one of the two sentences has a negation word."""
    return bool(NEGATION_WORD.search(a)) != bool(NEGATION_WORD.search(b))


def _snippet(text: str, limit: int = SNIPPET) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


# ------------------------------------------------------------------------------------------
# Running the tool
# ------------------------------------------------------------------------------------------


def _pair_documents(key: str, a: str, b: str, names: tuple[str, str] = ("claim", "evidence")) -> list[Document]:
    return [
        Document(id=f"{key}:{n}", source=n, published=None, text=t, path=f"{key}/{n}")
        for n, t in zip(names, (a, b))
    ]


def _rule_kind(f: Finding) -> str:
    return "date" if f.facet == "date" else f.kind


def _flags(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.facet in FLAG_FACETS and f.severity in FLAG_SEVERITIES]


def forced_findings(pairs: Sequence[tuple[str, str, str]], names: tuple[str, str] = ("claim", "evidence")) -> dict[str, list[Finding]]:
    """Per pair key, every finding when all body sentences of both texts form one statement.

    All texts are parsed in one spaCy pass (``extract_all`` over every pair's documents at once:
    facets of a sentence depend on its own document only), then ``compare`` runs per pair.
    """
    from consistency.compare import compare
    from consistency.facets import extract_all
    from consistency.pair import linked_pairs
    from consistency.pipeline import segment_documents
    from consistency.segment import body

    per_pair = []
    all_docs: list[Document] = []
    all_sentences = []
    for key, a, b in pairs:
        docs = _pair_documents(key, a, b, names)
        sentences = segment_documents(docs)
        per_pair.append((key, docs, sentences))
        all_docs.extend(docs)
        all_sentences.extend(sentences)
    facets = extract_all(all_docs, all_sentences) if all_docs else {}
    out: dict[str, list[Finding]] = {}
    for key, docs, sentences in per_pair:
        members = tuple(SentenceRef(s.doc_id, s.index) for s in body(sentences))
        if len({m.doc for m in members}) < 2:
            out[key] = []  # one side has no body sentence: nothing to compare
            continue
        statements = [Statement(members, 1.0)]  # no links: every pair of its sentences is compared
        out[key] = compare(docs, statements, linked_pairs(statements, {d.id: n for n, d in enumerate(docs)}), facets)
    return out


def end_to_end_findings(
    pairs: Sequence[tuple[str, str, str]], settings: Settings
) -> tuple[dict[str, list[Finding]], dict[str, bool]]:
    """Per pair key, the findings of ``pipeline.check`` and whether claim and evidence were aligned."""
    from consistency.embed import get_embedder
    from consistency.pipeline import check, segment_documents
    from consistency.segment import body

    embedder = get_embedder(settings.model, settings.batch_size)
    # Warm the per-process embedding cache in one batch; check() then reads vectors from it.
    texts = [s.text for key, a, b in pairs for s in body(segment_documents(_pair_documents(key, a, b)))]
    if texts:
        embedder.encode(texts)
    findings: dict[str, list[Finding]] = {}
    aligned: dict[str, bool] = {}
    for key, a, b in pairs:
        report = check(_pair_documents(key, a, b), settings, embedder)
        findings[key] = list(report.findings)
        aligned[key] = any(st.score is not None and len(st.docs) == 2 for st in report.statements)
    return findings, aligned


# ------------------------------------------------------------------------------------------
# Scoring
# ------------------------------------------------------------------------------------------


def _rate(n: int, d: int) -> float:
    return round(n / d, 4) if d else 0.0


def _group_stats(keys: Sequence[str], findings: Mapping[str, list[Finding]]) -> dict[str, Any]:
    flagged = [k for k in keys if _flags(findings.get(k, ()))]
    by_kind = Counter()
    for k in flagged:
        for kind in {_rule_kind(f) for f in _flags(findings[k])}:
            by_kind[kind] += 1
    return {
        "pairs": len(keys),
        "flagged": len(flagged),
        "rate": _rate(len(flagged), len(keys)),
        "by_rule": {kind: by_kind.get(kind, 0) for kind in RULE_KINDS},
    }


def _example(row: dict[str, Any], found: Sequence[Finding] = ()) -> dict[str, Any]:
    out = {"id": row["id"], "claim": _snippet(row["claim"]), "evidence": _snippet(row["evidence"])}
    flags = _flags(found)
    if flags:
        f = flags[0]
        out["finding"] = f"{f.facet}/{f.kind} {f.severity.value}: {_snippet(f.explanation, 140)}"
    return out


def _score(
    rows: Sequence[dict[str, Any]], groups: Mapping[str, list[str]], findings: Mapping[str, list[Finding]]
) -> dict[str, Any]:
    by_id = {r["id"]: r for r in rows}
    result: dict[str, Any] = {name: _group_stats(keys, findings) for name, keys in groups.items()}
    misses = [k for k in groups["refutes_subset"] if not _flags(findings.get(k, ()))]
    both = set(groups["refutes_subset_both_sides"])
    false_flags = [k for k in groups["supports_all"] if _flags(findings.get(k, ()))]
    result["examples"] = {
        "misses": [_example(by_id[k]) for k in misses[:EXAMPLES]],
        "misses_both_sides": [_example(by_id[k]) for k in misses if k in both][:EXAMPLES],
        "false_flags": [_example(by_id[k], findings[k]) for k in false_flags[:EXAMPLES]],
    }
    return result


def run_vitaminc(
    data_dir: Path, limit: int | None = None, *, settings: Settings | None = None, detok: bool = True,
    end_to_end: bool = True,
) -> dict[str, Any]:
    """Both variants on ``claims/vitaminc-dev.jsonl``; returns a JSON-ready dict."""
    settings = settings or Settings()
    rows = _read_jsonl(Path(data_dir) / "claims" / "vitaminc-dev.jsonl")
    if limit is not None:
        rows = rows[:limit]
    # Row ids are unique in the data; fall back to the position when they are not.
    if len({r.get("id") for r in rows}) != len(rows):
        rows = [dict(r, id=f"{n}:{r.get('id')}") for n, r in enumerate(rows)]
    subset = {r["id"]: in_subset(r["claim"], r["evidence"]) for r in rows}
    two_sided = {r["id"]: subset[r["id"]] and both_sides(r["claim"], r["evidence"]) for r in rows}
    by_label: dict[str, list[str]] = {}
    for r in rows:
        by_label.setdefault(r["label"], []).append(r["id"])
    groups = {
        "refutes_subset": [k for k in by_label.get("refutes", []) if subset[k]],
        "supports_all": by_label.get("supports", []),
        "supports_subset": [k for k in by_label.get("supports", []) if subset[k]],
        "refutes_subset_both_sides": [k for k in by_label.get("refutes", []) if two_sided[k]],
        "supports_subset_both_sides": [k for k in by_label.get("supports", []) if two_sided[k]],
        "refutes_all": by_label.get("refutes", []),
        "nei_all": by_label.get("not enough info", []),
    }
    pairs = [(r["id"], as_sentence_text(r["claim"], detok), as_sentence_text(r["evidence"], detok)) for r in rows]
    result: dict[str, Any] = {
        "data": "VitaminC sample (claims/vitaminc-dev.jsonl)",
        "rows": len(rows),
        "labels": dict(sorted(Counter(r["label"] for r in rows).items())),
        "subset_rule": "digit strings (\\d+) or English month names differ as sets between claim and evidence",
        "both_sides_rule": "in the subset, and each text has at least one digit string or month name",
        "flag_rule": "a finding of facet claim or date at severity medium or high",
        "detokenized": detok,
        "model": settings.model,
    }
    started = time.perf_counter()
    result["forced"] = _score(rows, groups, forced_findings(pairs))
    result["forced"]["seconds"] = round(time.perf_counter() - started, 2)
    if end_to_end:
        started = time.perf_counter()
        findings, aligned = end_to_end_findings(pairs, settings)
        result["end_to_end"] = _score(rows, groups, findings)
        result["end_to_end"]["aligned"] = {
            name: sum(aligned[k] for k in keys) for name, keys in groups.items()
        }
        result["end_to_end"]["seconds"] = round(time.perf_counter() - started, 2)
    return result


def run_sick(data_dir: Path, limit: int | None = DEFAULT_SICK_LIMIT) -> dict[str, Any] | None:
    """Forced variant on the first `limit` contradiction and entailment pairs of ``claims/sick-train.jsonl``."""
    path = Path(data_dir) / "claims" / "sick-train.jsonl"
    if not path.exists():
        return None
    rows = _read_jsonl(path)
    chosen: dict[str, list[dict[str, Any]]] = {"contradiction": [], "entailment": []}
    for r in rows:
        group = chosen.get(r["label"])
        if group is not None and (limit is None or len(group) < limit):
            group.append(r)
    picked = [r for group in chosen.values() for r in group]
    pairs = [(str(r["id"]), as_sentence_text(r["sentence_A"]), as_sentence_text(r["sentence_B"])) for r in picked]
    started = time.perf_counter()
    findings = forced_findings(pairs, names=("A", "B"))
    seconds = time.perf_counter() - started

    def negation_hit(key: str) -> bool:
        return any(f.facet == "claim" and f.kind == "negation" for f in findings[key])

    def stats(group: Sequence[dict[str, Any]]) -> dict[str, Any]:
        keys = [str(r["id"]) for r in group]
        hits = [k for k in keys if negation_hit(k)]
        return {
            "pairs": len(keys), "negation_flagged": len(hits), "rate": _rate(len(hits), len(keys)),
            "any_claim_or_date_flag": sum(bool(_flags(findings[k])) for k in keys),
        }

    result: dict[str, Any] = {
        "data": "SICK train (claims/sick-train.jsonl)",
        "limit_per_label": limit,
        "negation_rule": "exactly one sentence has a negation word (no, not, n't, never, nobody, nothing, none, neither, nor, without)",
    }
    for label, group in chosen.items():
        driven = [r for r in group if negation_driven(r["sentence_A"], r["sentence_B"])]
        result[label] = stats(group)
        result[f"{label}_negation_driven"] = stats(driven)
    contra_misses = [r for r in chosen["contradiction"]
                     if negation_driven(r["sentence_A"], r["sentence_B"]) and not negation_hit(str(r["id"]))]
    false_flags = [r for r in chosen["entailment"] if negation_hit(str(r["id"]))]
    result["examples"] = {
        "misses": [{"id": r["id"], "A": _snippet(r["sentence_A"]), "B": _snippet(r["sentence_B"])}
                   for r in contra_misses[:EXAMPLES]],
        "false_flags": [{"id": r["id"], "A": _snippet(r["sentence_A"]), "B": _snippet(r["sentence_B"])}
                        for r in false_flags[:EXAMPLES]],
    }
    result["seconds"] = round(seconds, 2)
    return result


def run(
    data_dir: Path, limit: int | None = None, *, settings: Settings | None = None, sick: bool = True,
    sick_limit: int | None = DEFAULT_SICK_LIMIT, detok: bool = True,
) -> dict[str, Any]:
    """VitaminC (both variants) and, when the file exists and `sick`, SICK; a JSON-ready dict.

    Args:
        data_dir: the shared data folder holding ``claims/``.
        limit: score only the first `limit` VitaminC rows (all when None).
        settings: the settings for the end-to-end variant (default `Settings()`).
        sick: also run SICK (forced variant), the first `sick_limit` pairs of each label scored.
        detok: undo the Penn-Treebank tokenisation of the VitaminC rows first.
    """
    started = time.perf_counter()
    result: dict[str, Any] = {"vitaminc": run_vitaminc(data_dir, limit, settings=settings, detok=detok)}
    if sick:
        result["sick"] = run_sick(data_dir, sick_limit)
    result["seconds"] = round(time.perf_counter() - started, 2)
    return result


# ------------------------------------------------------------------------------------------
# Printing
# ------------------------------------------------------------------------------------------


def _table(result: dict[str, Any]) -> str:
    v = result["vitaminc"]
    lines = [
        f"VitaminC: {v['rows']} rows {v['labels']}; flagged = claim/date finding at medium or high",
        f"  {'variant':<12}{'group':<27}{'pairs':>6}{'flagged':>8}{'rate':>7}  "
        + " ".join(f"{k:>8}" for k in RULE_KINDS),
    ]
    for variant in ("end_to_end", "forced"):
        if variant not in v:
            continue
        for group in GROUPS:
            g = v[variant][group]
            lines.append(
                f"  {variant:<12}{group:<27}{g['pairs']:>6}{g['flagged']:>8}{g['rate']:>7.3f}  "
                + " ".join(f"{g['by_rule'][k]:>8}" for k in RULE_KINDS)
            )
        if variant == "end_to_end":
            lines.append(f"  {'':<12}aligned (claim and evidence in one statement): {v[variant]['aligned']}")
    s = result.get("sick")
    if s:
        lines.append(f"SICK (forced, first {s['limit_per_label']} per label): negation finding")
        for key in ("contradiction", "contradiction_negation_driven", "entailment", "entailment_negation_driven"):
            g = s[key]
            lines.append(f"  {key:<31}{g['pairs']:>6}{g['negation_flagged']:>8}{g['rate']:>7.3f}")
    lines.append(f"seconds: {result.get('seconds')}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"), help="folder holding claims/")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N VitaminC rows")
    parser.add_argument("--sick-limit", type=int, default=DEFAULT_SICK_LIMIT,
                        help="SICK pairs scored per label (contradiction, entailment)")
    parser.add_argument("--no-sick", action="store_true", help="skip SICK")
    parser.add_argument("--raw", action="store_true", help="keep the VitaminC rows' PTB tokenisation")
    parser.add_argument("--json", action="store_true", help="also print the full result as JSON")
    args = parser.parse_args(argv)
    result = run(args.data, args.limit, sick=not args.no_sick, sick_limit=args.sick_limit, detok=not args.raw)
    print(_table(result))
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
