"""Scoring reports against gold files (`consistency-gold/1`): alignment precision/recall and gold findings."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from ..core.settings import Settings
from ..embed import Embedder
from ..core.errors import GoldError, MalformedInputError
from ..pipeline import check, load
from ..core.types import Report, Severity
from ..load.records import read_json_file

GOLD_SCHEMA = "consistency-gold/1"
EXPECTATIONS = ("flag", "no-flag", "maybe")


@dataclass
class ItemResult:
    """One gold item and whether the report meets it."""

    kind: str  # aligned | unaligned | flag | no-flag | maybe
    id: str
    passed: bool | None  # None for maybe items (never fail)
    detail: str


@dataclass
class GoldResult:
    """The score of one gold file."""

    path: str
    items: list[ItemResult] = field(default_factory=list)
    pair_tp: int = 0
    pair_fp: int = 0
    pair_fn: int = 0
    unexplained: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.pair_tp / (self.pair_tp + self.pair_fp) if self.pair_tp + self.pair_fp else 1.0

    @property
    def recall(self) -> float:
        return self.pair_tp / (self.pair_tp + self.pair_fn) if self.pair_tp + self.pair_fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def failed(self) -> list[ItemResult]:
        return [i for i in self.items if i.passed is False]

    def count(self, kind: str, passed: bool | None = True) -> int:
        return sum(1 for i in self.items if i.kind == kind and i.passed is passed)

    def total(self, kind: str) -> int:
        return sum(1 for i in self.items if i.kind == kind)

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.path,
            "alignment": {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                          "f1": round(self.f1, 4), "true_pairs": self.pair_tp,
                          "false_pairs": self.pair_fp, "missed_pairs": self.pair_fn},
            "items": [{"kind": i.kind, "id": i.id, "passed": i.passed, "detail": i.detail} for i in self.items],
            "unexplained_findings": self.unexplained,
            "passed": not self.failed,
        }


def read_gold(path: Path) -> dict[str, Any]:
    """Parse and check a gold file's shape."""
    try:  # within the size limit; a folder, a device or hostile JSON is bad input too
        gold = read_json_file(path, hint="see the gold format in the README")
    except MalformedInputError as exc:
        raise GoldError(exc.message, path=exc.path, hint=exc.hint) from None
    if not isinstance(gold, dict) or gold.get("schema") != GOLD_SCHEMA:
        raise GoldError(f"is not a {GOLD_SCHEMA} file", path=str(path), hint="set \"schema\": \"consistency-gold/1\"")
    docs = gold.get("documents")
    if not isinstance(docs, list) or len(docs) < 2 or not all(isinstance(d, dict) and "id" in d and "path" in d for d in docs):
        raise GoldError("needs 'documents': two or more objects with 'id' and 'path'", path=str(path),
                        hint="paths are relative to the gold file")
    return gold


class SnippetLocator:
    """Finds the one sentence of a document that contains a gold snippet."""

    def __init__(self, report: Report, doc_ids: dict[str, str], gold_path: str):
        self.by_doc: dict[str, list] = {}
        for s in report.sentences:
            self.by_doc.setdefault(s.doc_id, []).append(s)
        self.doc_ids = doc_ids
        self.gold_path = gold_path

    def find(self, gold_doc: str, snippet: str) -> int:
        if gold_doc not in self.doc_ids:
            raise GoldError(f"names document {gold_doc!r}, which is not in its 'documents'", path=self.gold_path)
        wanted = " ".join(snippet.split())
        hits = [s.index for s in self.by_doc[self.doc_ids[gold_doc]] if wanted in " ".join(s.text.split())]
        if len(hits) != 1:
            where = "no sentence" if not hits else f"{len(hits)} sentences"
            raise LookupError(f"{where} of {gold_doc} contain {snippet!r}")
        return hits[0]


def evaluate_gold(path: str | Path, settings: Settings, embedder: Embedder | None = None) -> tuple[GoldResult, Report]:
    """Run the check on a gold file's documents and score it against the gold."""
    path = Path(path)
    gold = read_gold(path)
    files = [path.parent / d["path"] for d in gold["documents"]]
    documents, warnings = load(files)
    by_path = {Path(d.path).resolve(): d.id for d in documents}
    doc_ids = {g["id"]: by_path[(path.parent / g["path"]).resolve()] for g in gold["documents"]}
    report = check(documents, settings, embedder, warnings=warnings)
    return score(gold, report, doc_ids, str(path)), report


def _statement_of(report: Report) -> dict[tuple[str, int], int]:
    return {(m.doc, m.index): k for k, st in enumerate(report.statements) for m in st.members}


def gold_sides(item: dict[str, Any]) -> list[tuple[str, str]]:
    """The (document, snippet) sides of a gold item: every key but its id, facet, expectation and notes."""
    return [(k, v) for k, v in item.items() if k not in {"id", "facet", "expect", "values", "note"} and isinstance(v, str)]


def score(gold: dict[str, Any], report: Report, doc_ids: dict[str, str], gold_path: str) -> GoldResult:
    """Score a report against parsed gold; `doc_ids` maps gold ids to report document ids."""
    result = GoldResult(gold_path)
    locate = SnippetLocator(report, doc_ids, gold_path)
    statement_of = _statement_of(report)
    gold_pairs: set[frozenset] = set()
    touched: set[tuple[str, int]] = set()

    for n, item in enumerate(gold.get("aligned", [])):
        sides = gold_sides(item)
        label = " ~ ".join(f"{d}:{s[:40]!r}" for d, s in sides)
        try:
            refs = [(doc_ids[d], locate.find(d, s)) for d, s in sides]
        except LookupError as exc:
            result.items.append(ItemResult("aligned", f"aligned-{n + 1}", False, str(exc)))
            continue
        touched.update(refs)
        for i in range(len(refs)):
            for j in range(i + 1, len(refs)):
                gold_pairs.add(frozenset((refs[i], refs[j])))
        # A heading, caption or credit is in no statement: a gold pair naming one is not together.
        together = None not in {statement_of.get(r) for r in refs} and len({statement_of[r] for r in refs}) == 1
        result.items.append(ItemResult("aligned", f"aligned-{n + 1}", together,
                                       label if together else f"not in one statement: {label}"))

    for gold_doc, snippets in (gold.get("unaligned") or {}).items():
        for snippet in snippets:
            try:
                ref = (doc_ids[gold_doc], locate.find(gold_doc, snippet))
            except LookupError as exc:
                result.items.append(ItemResult("unaligned", f"unaligned-{gold_doc}", False, str(exc)))
                continue
            touched.add(ref)
            k = statement_of.get(ref)
            others = sorted({m.doc for m in report.statements[k].members} - {ref[0]}) if k is not None else []
            ok = not others
            result.items.append(ItemResult("unaligned", f"unaligned-{gold_doc}", ok,
                                           f"{gold_doc}:{snippet[:40]!r}" + ("" if ok else f" aligned with {', '.join(others)}")))

    predicted: set[frozenset] = set()
    for st in report.statements:
        members = [(m.doc, m.index) for m in st.members]
        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                if members[i][0] != members[j][0]:
                    predicted.add(frozenset((members[i], members[j])))
    counted = {p for p in predicted if p & touched}
    result.pair_tp = len(counted & gold_pairs)
    result.pair_fp = len(counted - gold_pairs)
    result.pair_fn = len(gold_pairs - predicted)

    _score_findings(gold, report, doc_ids, locate, statement_of, result)
    return result


def _pair_key(a: tuple[str, int], b: tuple[str, int]) -> frozenset:
    return frozenset((a, b))


def _score_findings(gold, report, doc_ids, locate, statement_of, result: GoldResult) -> None:
    reported: dict[tuple[frozenset, str], list] = {}
    for f in report.findings:
        if f.b is None:
            continue
        for a, b in ((f.a, f.b), *f.also):
            key = (_pair_key((a.doc, a.index), (b.doc, b.index)), f.facet)
            reported.setdefault(key, []).append(f)
    explained: set[tuple[frozenset, str]] = set()
    for n, item in enumerate(gold.get("findings", [])):
        expect = item.get("expect")
        facet = item.get("facet")
        item_id = str(item.get("id") or f"finding-{n + 1}")
        if expect not in EXPECTATIONS:
            raise GoldError(f"finding {item_id!r} has expect {expect!r}; use one of {', '.join(EXPECTATIONS)}",
                            path=result.path)
        sides = gold_sides(item)
        try:
            refs = [(doc_ids[d], locate.find(d, s)) for d, s in sides[:2]]
        except LookupError as exc:
            result.items.append(ItemResult(expect, item_id, False if expect != "maybe" else None, str(exc)))
            continue
        key = (_pair_key(*refs), facet)
        found = reported.get(key, [])
        serious = [f for f in found if f.severity.rank >= Severity.MEDIUM.rank]
        if expect in ("flag", "maybe"):
            explained.add(key)
        if expect == "flag":
            ok = bool(serious)
            detail = serious[0].explanation if ok else (
                f"reported only at {found[0].severity.value}" if found else f"no {facet} finding on this pair")
            result.items.append(ItemResult("flag", item_id, ok, detail))
        elif expect == "maybe":
            result.items.append(ItemResult("maybe", item_id, None,
                                           f"reported ({found[0].severity.value}): {found[0].explanation}" if found else "not reported"))
        else:
            aligned = statement_of.get(refs[0]) is not None and statement_of.get(refs[0]) == statement_of.get(refs[1])
            if not aligned:
                result.items.append(ItemResult("no-flag", item_id, False, "untested: its two sentences are not aligned"))
            elif serious:
                result.items.append(ItemResult("no-flag", item_id, False,
                                               f"violated ({serious[0].severity.value}): {serious[0].explanation}"))
            else:
                result.items.append(ItemResult("no-flag", item_id, True, "not flagged above low"))
    for f in report.findings:
        if f.b is None or f.severity.rank < Severity.MEDIUM.rank or f.facet == "omission":
            continue
        pairs = [(f.a, f.b), *f.also]
        if not any((_pair_key((a.doc, a.index), (b.doc, b.index)), f.facet) in explained for a, b in pairs):
            result.unexplained.append(f"[{f.severity.value}] {f.facet}: {f.explanation}")


def render_results(results: Sequence[GoldResult], fmt: str = "text") -> str:
    """A table of gold results (text) or the full results (json)."""
    if fmt == "json":
        return json.dumps({"schema": "consistency-evaluation/1", "results": [r.to_dict() for r in results],
                           "passed": all(not r.failed for r in results)}, ensure_ascii=False, indent=2) + "\n"
    lines = []
    header = f"{'gold':<40} {'P':>6} {'R':>6} {'F1':>6}  {'aligned':>8} {'unalign':>8} {'flag':>6} {'no-flag':>8} {'maybe':>6} {'unexpl':>7}"
    lines.append(header)
    for r in results:
        maybe_found = sum(1 for i in r.items if i.kind == "maybe" and i.detail.startswith("reported"))
        lines.append(
            f"{_short(r.path):<40} {r.precision:>6.3f} {r.recall:>6.3f} {r.f1:>6.3f}  "
            f"{r.count('aligned')}/{r.total('aligned'):<6} {r.count('unaligned')}/{r.total('unaligned'):<6} "
            f"{r.count('flag')}/{r.total('flag'):<4} {r.count('no-flag')}/{r.total('no-flag'):<6} "
            f"{maybe_found}/{r.total('maybe'):<4} {len(r.unexplained):>7}"
        )
    for r in results:
        if r.failed or r.unexplained:
            lines.append("")
            lines.append(f"{r.path}:")
            lines += [f"  FAIL {i.kind} {i.id}: {i.detail}" for i in r.failed]
            lines += [f"  unexplained {u}" for u in r.unexplained]
    failed = sum(1 for r in results for _ in r.failed)
    lines.append("")
    lines.append(f"{len(results)} gold file{'s' if len(results) != 1 else ''}: "
                 + ("all items pass" if not failed else f"{failed} item{'s' if failed != 1 else ''} failed"))
    return "\n".join(lines) + "\n"


def _short(path: str, width: int = 40) -> str:
    return path if len(path) <= width else "…" + path[-(width - 1):]
