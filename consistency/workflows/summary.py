"""The batch's results: each story's outcome, every story's in a summary (summary.json), and its Markdown table (summary.md)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Callable

from ..core.types import Severity
from ..core.visible import neutralise
from ..report.words import count

SUMMARY_SCHEMA = "consistency-batch/1"
SEVERITIES = ("high", "medium", "low")
FACETS = ("date", "attribution", "claim", "omission")


@dataclass
class StoryResult:
    """What happened to one story; `findings` counts by facet, then severity."""

    id: str
    status: str  # done | skipped | failed
    report: str | None = None
    documents: int = 0
    sentences: int = 0
    statements: int = 0
    findings: dict[str, dict[str, int]] = field(default_factory=dict)
    error: str | None = None
    seconds: float = 0.0
    position: int = 0

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("position")
        return data


@dataclass
class BatchSummary:
    """Every story's result, in input order, and the findings added up across stories."""

    stories: list[StoryResult]
    format: str
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)  # e.g. --jobs capped at what the machine has

    @property
    def counts(self) -> dict[str, int]:
        out = {"done": 0, "skipped": 0, "failed": 0}
        for s in self.stories:
            out[s.status] = out.get(s.status, 0) + 1
        return out

    def totals(self) -> dict[str, dict[str, int]]:
        """Findings by facet and severity across every checked story (done or skipped)."""
        return self._tally(lambda n: n)

    def stories_with(self) -> dict[str, dict[str, int]]:
        """How many stories have at least one finding of each facet and severity."""
        return self._tally(lambda n: 1 if n else 0)

    def _tally(self, count: Callable[[int], int]) -> dict[str, dict[str, int]]:
        """Each story's findings by facet and severity, counted as `count` says, added up."""
        table: dict[str, dict[str, int]] = {f: {s: 0 for s in SEVERITIES} for f in FACETS}
        for story in self.stories:
            for facet, by_severity in story.findings.items():
                row = table.setdefault(facet, {s: 0 for s in SEVERITIES})
                for severity, n in by_severity.items():
                    row[severity] = row.get(severity, 0) + count(n)
        return table

    def has_findings_at(self, fail_on: str) -> bool:
        """Whether any story has a finding (of any facet, omissions included) at or above `fail_on`."""
        if fail_on == "never":
            return False
        limit = Severity(fail_on).rank
        return any(n for s in self.stories for row in s.findings.values()
                   for severity, n in row.items() if Severity(severity).rank >= limit)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SUMMARY_SCHEMA, "format": self.format, "counts": self.counts,
            "findings": self.totals(), "stories_with_findings": self.stories_with(),
            "stories": [s.to_dict() for s in self.stories], **({"warnings": self.warnings} if self.warnings else {}),
        }


def render_summary_table(summary: BatchSummary) -> str:
    """A Markdown table of findings by facet and severity across the stories, then the failed stories."""
    counts = summary.counts
    lines = [
        f"{count(len(summary.stories), 'story', 'stories')}: {counts['done']} checked, {counts['skipped']} already done, "
        f"{counts['failed']} failed",
        "",
        "| facet | high | medium | low | total | stories with any |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    totals = summary.totals()
    any_story = {f: sum(1 for s in summary.stories if sum(s.findings.get(f, {}).values())) for f in totals}
    for facet, row in totals.items():
        lines.append(f"| {facet} | {row.get('high', 0)} | {row.get('medium', 0)} | {row.get('low', 0)} | "
                     f"{sum(row.values())} | {any_story[facet]} |")
    all_rows = [sum(r.get(s, 0) for r in totals.values()) for s in SEVERITIES]
    lines.append(f"| **all** | {all_rows[0]} | {all_rows[1]} | {all_rows[2]} | {sum(all_rows)} | "
                 f"{sum(1 for s in summary.stories if any(sum(v.values()) for v in s.findings.values()))} |")
    failed = [s for s in summary.stories if s.status == "failed"]
    if failed:
        lines += ["", "Failed:", *(f"- {neutralise(s.id)}: {neutralise(str(s.error))}" for s in failed)]
    return "\n".join(lines) + "\n"
