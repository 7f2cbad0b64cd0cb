"""Batch's findings.jsonl and findings.csv: every story's findings in one file each, rebuilt from the per-story records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator

from ..core.visible import encodable, encodable_json
from ..report.csv_report import HEADER, csv_table
from ..report.jsonl_report import json_line, json_lines
from ..report.rows import finding_rows
from .outfolder import atomic_file

FINDINGS_FILES = ("findings.jsonl", "findings.csv")  # in the batch's output folder, beside summary.json
RECORD_SUFFIX = ".findings.jsonl"  # a story's findings, beside its state record: what the files above are built from
COLUMNS = ("story", *HEADER)


def story_findings(report) -> str:
    """One story's findings as JSON Lines (report/rows.py fields): the text of its findings record."""
    return encodable_json(json_lines(finding_rows(report)))


def _records(stories: Iterable[tuple[str, Path]]) -> Iterator[dict]:
    for story_id, path in stories:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield {"story": story_id, **json.loads(line)}


def write_findings(outdir: Path, stories: Iterable[tuple[str, Path]]) -> None:
    """findings.jsonl and findings.csv from each (story id, findings record) in order, a line or row per finding.

    Both are streamed to temporary files and renamed when whole, so they are complete or keep their last version.
    """
    jsonl, csv = (outdir / name for name in FINDINGS_FILES)
    stories = list(stories)
    with atomic_file(jsonl) as lines, atomic_file(csv) as rows:
        rows.write(csv_table((), COLUMNS))
        for record in _records(stories):
            lines.write(encodable_json(json_line(record)))
            rows.write(encodable(csv_table((record,), COLUMNS, header=False)))
