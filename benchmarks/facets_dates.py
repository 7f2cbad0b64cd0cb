"""Benchmark of the date facet against TimeML (TempEval-3 TimeBank/AQUAINT) gold TIMEX3 annotations.

Reads ``<data>/dates/docs.jsonl`` (doc_id, dct, text) and ``<data>/dates/timex.jsonl`` (gold
TIMEX3: text, type, value, char_start/char_end into the document text, sentence) and measures:

1. value accuracy given the gold span: ``normalise(gold text, dct, sentence=gold sentence)``;
2. end-to-end extraction: each document is split into sentences (pysbd), parsed once with the
   project's spaCy pipeline and run through ``extract_dates``; precision/recall/F1 with relaxed
   span overlap (any shared character, one-to-one), for spans alone and for span + value;
3. the same end-to-end measure for a baseline, plain ``dateparser.search.search_dates`` run on
   each sentence with ``settings={"RELATIVE_BASE": dct}`` and ``languages=["en"]``, in the same
   run (``--baseline-autodetect`` drops ``languages``: dateparser then detects a language per
   sentence, ~0.1 s each, too slow for every document and worse on a 40-document sample).

The comparison of values (documented so the numbers can be read):

* Only gold DATE and TIME timexes are scored. DURATION and SET are reported as counts; a
  prediction overlapping only a DURATION/SET timex counts as a false positive (it claims a point
  in time where the gold says there is none).
* A gold value is read at its own precision: ``1998`` year, ``1998-02`` month, ``1998-W07``
  week, ``1998-02-19`` day. A time (``1998-02-19T22:00``, ``1998-02-19TNI``) is scored at the
  day, the finest precision the facet represents. Trailing unspecified fields are dropped:
  ``1998-10-XX`` is read as the month 1998-10, ``1989-WXX`` and ``1988-QX`` as the year.
* Gold forms the facet cannot represent count as misses for every system: quarters and halves
  (``1989-Q3``, ``1989-H2``), seasons (``1998-FA``), weekends (``1990-W32-WE``), decades and
  centuries (``199``, ``199X``, ``19``), ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF`` and
  durations inside DATE (``P1W``). Accuracy is also reported over representable gold only.
* A predicted value matches when, written at the gold precision, it equals the gold value: a
  finer prediction is truncated (a day in 1998-02 matches gold ``1998-02``; a day matches the
  ISO week it falls in), a coarser one cannot be written at the gold precision and misses.
  ``strict`` additionally requires the predicted precision to equal the gold precision.
* The baseline returns datetimes without a precision, so its date is truncated to the gold
  precision: this is generous to the baseline (its "last year" → 1997-01-08 matches ``1997``).

Usage: ``python benchmarks/facets_dates.py --data ../shared/data [--limit N] [--no-baseline]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import warnings
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable, Sequence

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from consistency.core.values.dates import DateValue  # noqa: E402
from consistency.facets.dates import extract_dates, normalise  # noqa: E402
from consistency.facets.dates.points import Point, iso  # noqa: E402

SCORED_TYPES = ("DATE", "TIME")
UNSCORED_TYPES = ("DURATION", "SET")
GOLD_DAY_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
GOLD_MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")
GOLD_WEEK_RE = re.compile(r"^(\d{4})-W(\d{1,2})$")
GOLD_YEAR_RE = re.compile(r"^(\d{4})$")
GOLD_UNSPECIFIED_RE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(?:XX|WXX|QX|XX-XX))+$")
PARAGRAPH_RE = re.compile(r"\n\s*\n")


# ------------------------------------------------------------------------------------------
# Reading the data
# ------------------------------------------------------------------------------------------


def _read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _dct(text: str) -> date:
    return date.fromisoformat(text[:10])


def gold_point(value: str) -> tuple[str, str] | None:
    """A gold TIMEX3 value as (ISO value, precision), or None when the facet cannot represent it."""
    m = GOLD_DAY_RE.match(value)
    if m:
        return f"{m[1]}-{m[2]}-{m[3]}", "day"
    m = GOLD_MONTH_RE.match(value)
    if m:
        return value, "month"
    m = GOLD_WEEK_RE.match(value)
    if m:
        return f"{m[1]}-W{int(m[2]):02d}", "week"
    m = GOLD_YEAR_RE.match(value)
    if m:
        return value, "year"
    m = GOLD_UNSPECIFIED_RE.match(value)
    if m:
        return (f"{m[1]}-{m[2]}", "month") if m[2] else (m[1], "year")
    return None


def _date_of(iso: str, precision: str) -> date | None:
    try:
        if precision == "week":
            year, week = iso.split("-W")
            return date.fromisocalendar(int(year), int(week), 1)
        fields = [int(x) for x in iso.split("-")]
        while len(fields) < 3:
            fields.append(1)
        return date(*fields)
    except (ValueError, TypeError):
        return None


def at_precision(day: date, precision: str) -> str:
    """A day written at a coarser (or equal) precision: the facet's own ISO writing of a point."""
    return iso(Point(day, precision))


PRECISION_RANK = {"year": 0, "month": 1, "week": 2, "day": 3}


def _finer_or_equal(ours: str, gold: str) -> bool:
    if gold == "week":
        return ours in ("week", "day")
    if ours == "week":
        return gold == "year"  # a week lies in one ISO year, not always in one month
    return PRECISION_RANK[ours] >= PRECISION_RANK[gold]


def value_matches(pred: DateValue | None, gold_value: str, *, strict: bool = False) -> bool:
    """Whether a facet value equals a gold TIMEX3 value at the gold precision (see module doc)."""
    gold = gold_point(gold_value)
    if gold is None or not pred or not pred.resolved or not pred.value:
        return False
    gold_iso, gold_precision = gold
    precision = pred.precision
    if strict and precision != gold_precision:
        return False
    if not _finer_or_equal(precision, gold_precision):
        return False
    day = _date_of(pred.value, precision)
    if day is None:
        return False
    if precision == "week" and gold_precision == "year":
        return str(day.isocalendar()[0]) == gold_iso
    return at_precision(day, gold_precision) == gold_iso


def baseline_matches(found: datetime | None, gold_value: str) -> bool:
    gold = gold_point(gold_value)
    if gold is None or found is None:
        return False
    return at_precision(found.date(), gold[1]) == gold[0]


# ------------------------------------------------------------------------------------------
# Sentences
# ------------------------------------------------------------------------------------------


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of a document: paragraphs first, then pysbd."""
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=False)
    spans: list[tuple[int, int]] = []
    cursor = 0
    paragraphs = []
    for m in PARAGRAPH_RE.finditer(text):
        paragraphs.append((cursor, m.start()))
        cursor = m.end()
    paragraphs.append((cursor, len(text)))
    for p_start, p_end in paragraphs:
        chunk = text[p_start:p_end]
        if not chunk.strip():
            continue
        offset = 0
        for sentence in segmenter.segment(chunk):
            stripped = sentence.strip()
            if not stripped:
                continue
            where = chunk.find(stripped, offset)
            if where < 0:
                continue
            spans.append((p_start + where, p_start + where + len(stripped)))
            offset = where + len(stripped)
    return spans


# ------------------------------------------------------------------------------------------
# Scoring
# ------------------------------------------------------------------------------------------


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "tp": tp,
        "pred": n_pred,
        "gold": n_gold,
    }


def _match(preds: Sequence[tuple[int, int]], golds: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-to-one relaxed matching: pairs (pred index, gold index) that overlap, largest overlap first."""
    pairs = []
    for i, (ps, pe) in enumerate(preds):
        for j, (gs, ge) in enumerate(golds):
            overlap = min(pe, ge) - max(ps, gs)
            if overlap > 0:
                pairs.append((overlap, i, j))
    used_p, used_g, out = set(), set(), []
    for _, i, j in sorted(pairs, key=lambda t: (-t[0], t[1], t[2])):
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def _score_system(
    predictions: dict[str, list[tuple[int, int, Any]]],
    gold_by_doc: dict[str, list[dict]],
    matches_value,
) -> dict[str, Any]:
    n_pred = n_gold = span_tp = value_tp = on_unscored = representable = 0
    for doc_id, gold_rows in gold_by_doc.items():
        preds = predictions.get(doc_id, [])
        scored = [g for g in gold_rows if g["type"] in SCORED_TYPES]
        unscored = [g for g in gold_rows if g["type"] in UNSCORED_TYPES]
        n_pred += len(preds)
        n_gold += len(scored)
        representable += sum(gold_point(g["value"]) is not None for g in scored)
        pairs = _match([(s, e) for s, e, _ in preds], [(g["char_start"], g["char_end"]) for g in scored])
        span_tp += len(pairs)
        value_tp += sum(matches_value(preds[i][2], scored[j]["value"]) for i, j in pairs)
        matched = {i for i, _ in pairs}
        for i, (s, e, _) in enumerate(preds):
            if i not in matched and any(s < g["char_end"] and g["char_start"] < e for g in unscored):
                on_unscored += 1
    return {
        "span": _prf(span_tp, n_pred, n_gold),
        "span_value": _prf(value_tp, n_pred, n_gold),
        "span_value_recall_on_representable": round(value_tp / representable, 4) if representable else 0.0,
        "false_positives_on_duration_or_set": on_unscored,
    }


# ------------------------------------------------------------------------------------------
# The benchmark
# ------------------------------------------------------------------------------------------


def value_accuracy(rows: Iterable[dict]) -> dict[str, Any]:
    """Measure 1: normalise each gold DATE/TIME expression with its sentence and the dct."""
    total = correct = strict = representable = rep_correct = returned = 0
    by_precision: Counter = Counter()
    by_precision_ok: Counter = Counter()
    for row in rows:
        if row["type"] not in SCORED_TYPES:
            continue
        total += 1
        pred = normalise(row["text"], _dct(row["dct"]), sentence=row.get("sentence") or "")
        returned += bool(pred and pred.resolved)
        ok = value_matches(pred, row["value"])
        correct += ok
        strict += value_matches(pred, row["value"], strict=True)
        gold = gold_point(row["value"])
        if gold is not None:
            representable += 1
            rep_correct += ok
            by_precision[gold[1]] += 1
            by_precision_ok[gold[1]] += ok
    return {
        "gold": total,
        "accuracy": round(correct / total, 4) if total else 0.0,
        "accuracy_strict_precision": round(strict / total, 4) if total else 0.0,
        "representable": representable,
        "accuracy_on_representable": round(rep_correct / representable, 4) if representable else 0.0,
        "resolved_outputs": returned,
        "by_gold_precision": {
            k: {"gold": by_precision[k], "accuracy": round(by_precision_ok[k] / by_precision[k], 4)}
            for k in ("year", "month", "week", "day")
            if by_precision[k]
        },
    }


def run(
    data_dir: Path, *, limit: int | None = None, baseline: bool = True, autodetect: bool = False
) -> dict[str, Any]:
    """Run all three measures on ``data_dir/dates`` and return the numbers as a JSON-ready dict.

    Args:
        data_dir: the shared data folder holding ``dates/docs.jsonl`` and ``dates/timex.jsonl``.
        limit: score only the first `limit` documents (all when None).
        baseline: also run the dateparser ``search_dates`` baseline.
        autodetect: let the baseline detect each sentence's language (dateparser's default),
            about 60 times slower (~0.1 s a sentence) and no better; by default it is told the
            text is English, as the facet is.
    """
    from consistency.facets.nlp import parse

    folder = Path(data_dir) / "dates"
    docs = _read_jsonl(folder / "docs.jsonl")
    timex = _read_jsonl(folder / "timex.jsonl")
    if limit is not None:
        docs = docs[:limit]
    keep = {d["doc_id"] for d in docs}
    timex = [t for t in timex if t["doc_id"] in keep]
    gold_by_doc: dict[str, list[dict]] = {d["doc_id"]: [] for d in docs}
    for row in timex:
        gold_by_doc[row["doc_id"]].append(row)

    result: dict[str, Any] = {
        "documents": len(docs),
        "gold_counts": dict(sorted(Counter(t["type"] for t in timex).items())),
    }

    started = time.perf_counter()
    result["value_accuracy"] = value_accuracy(timex)
    result["value_accuracy"]["seconds"] = round(time.perf_counter() - started, 2)

    started = time.perf_counter()
    sentences: list[tuple[str, int, str, date]] = []  # doc id, offset, text, dct
    for doc in docs:
        for s, e in split_sentences(doc["text"]):
            sentences.append((doc["doc_id"], s, doc["text"][s:e], _dct(doc["dct"])))
    split_seconds = time.perf_counter() - started
    started = time.perf_counter()
    parsed = parse([text for _, _, text, _ in sentences])
    parse_seconds = time.perf_counter() - started
    started = time.perf_counter()
    ours: dict[str, list[tuple[int, int, Any]]] = {}
    for (doc_id, offset, _, dct), spacy_doc in zip(sentences, parsed):
        for facet in extract_dates(spacy_doc, dct):
            ours.setdefault(doc_id, []).append((offset + facet.start, offset + facet.end, facet.value))
    extract_seconds = time.perf_counter() - started
    result["sentences"] = len(sentences)
    result["extraction"] = _score_system(ours, gold_by_doc, value_matches)
    result["extraction"]["seconds"] = {
        "split": round(split_seconds, 2),
        "spacy_parse": round(parse_seconds, 2),
        "extract_dates": round(extract_seconds, 2),
    }

    if baseline:
        from dateparser.search import search_dates

        started = time.perf_counter()
        theirs: dict[str, list[tuple[int, int, Any]]] = {}
        language: dict[str, Any] = {} if autodetect else {"languages": ["en"]}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for doc_id, offset, text, dct in sentences:
                base = datetime(dct.year, dct.month, dct.day)
                try:
                    found = search_dates(text, settings={"RELATIVE_BASE": base}, **language) or []
                except Exception:  # the baseline's own failures count as finding nothing
                    found = []
                cursor = 0
                for substring, when in found:
                    where = text.find(substring, cursor)
                    if where < 0:
                        where = text.find(substring)
                    if where < 0:
                        continue
                    span = (offset + where, offset + where + len(substring), when)
                    theirs.setdefault(doc_id, []).append(span)
                    cursor = where + len(substring)
        result["baseline_search_dates"] = _score_system(theirs, gold_by_doc, baseline_matches)
        result["baseline_search_dates"]["seconds"] = round(time.perf_counter() - started, 2)
        result["baseline_search_dates"]["languages"] = "detected" if autodetect else ["en"]
    return result


def _table(result: dict[str, Any]) -> str:
    va = result["value_accuracy"]
    lines = [
        f"documents {result['documents']}, sentences {result.get('sentences', 0)}, "
        f"gold {result['gold_counts']}",
        "",
        "1. value accuracy given the gold span (DATE+TIME)",
        f"   all gold        {va['accuracy']:.3f}  ({va['gold']} expressions; "
        f"strict precision {va['accuracy_strict_precision']:.3f})",
        f"   representable   {va['accuracy_on_representable']:.3f}  ({va['representable']} expressions)",
    ]
    for precision, numbers in va["by_gold_precision"].items():
        lines.append(f"     {precision:<6} {numbers['accuracy']:.3f}  ({numbers['gold']})")
    lines += [
        "",
        "2./3. end-to-end extraction (relaxed overlap)",
        f"   {'system':<24}{'measure':<12}{'P':>7}{'R':>7}{'F1':>7}",
    ]
    systems = [("extract_dates", result["extraction"])]
    if "baseline_search_dates" in result:
        systems.append(("search_dates baseline", result["baseline_search_dates"]))
    for name, numbers in systems:
        for measure in ("span", "span_value"):
            m = numbers[measure]
            lines.append(f"   {name:<24}{measure:<12}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}")
        recall = numbers["span_value_recall_on_representable"]
        lines.append(f"   {'':<24}value recall on representable gold {recall:.3f}")
    lines.append(f"   seconds: {result.get('seconds_total')}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"), help="folder holding dates/")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    parser.add_argument("--no-baseline", action="store_true", help="skip the search_dates baseline")
    parser.add_argument(
        "--baseline-autodetect", action="store_true", help="let the baseline detect languages (slow)"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    result = run(
        args.data, limit=args.limit, baseline=not args.no_baseline, autodetect=args.baseline_autodetect
    )
    result["seconds_total"] = round(time.perf_counter() - started, 2)
    print(_table(result))
    print(json.dumps(result, indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
