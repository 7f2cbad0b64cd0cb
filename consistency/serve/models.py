"""The request bodies as pydantic models: what the OpenAPI description shows (the app reads bodies with the loaders)."""

from __future__ import annotations

from typing import List, Literal, Optional

from pydantic import BaseModel, Field


class ArticleIn(BaseModel):
    """One article, with the fields of a JSON input document (`consistency check story.json`)."""

    text: Optional[str] = Field(None, description="The article's text; or give its sentences.")
    sentences: Optional[List[str]] = Field(None, description="The article already split, one sentence a string.")
    source: Optional[str] = Field(None, description="The outlet's name (default: the id).")
    published: Optional[str] = Field(None, description="Publication date, YYYY-MM-DD; relative dates are read from it.")
    title: Optional[str] = None
    url: Optional[str] = None
    id: Optional[str] = Field(None, description="Default: NAME-1, NAME-2 ... in order, NAME from `name`.")


class StoryIn(BaseModel):
    """Two or more articles about one event, and the settings of `consistency check` (or `align`) by name.

    The body may also be the list of documents alone. Settings not given come from the service's start
    (`consistency serve --model ... --backend ... --no-cache`), then `CONSISTENCY_*`, then the defaults.
    """

    documents: List[ArticleIn] = Field(..., min_length=1)
    format: Optional[Literal["json", "html", "md", "csv", "text", "jsonl"]] = Field(
        None, description="Report format; else the Accept header chooses; else json. align writes json, html, md, text.")
    name: Optional[str] = Field(None, description="The documents' path in the report, as if read from a file of this "
                                "name (default request.json); a label, never opened.")
    published: Optional[str] = Field(None, description="As --published DATE: the date of every document without one.")
    draft: Optional[int] = Field(None, ge=0, description="Pre-publish mode (/check only), as check DRAFT --against REF...: "
                                 "the index (from 0) of the draft among the documents, the others being the wire copy; "
                                 "only findings where the draft diverges are kept.")
    link_threshold: Optional[float] = None
    extra_threshold: Optional[float] = None
    margin: Optional[float] = None
    extra_margin: Optional[float] = None
    facet_weight: Optional[float] = None
    use_facets: Optional[bool] = Field(None, description="false: as align --no-facets.")
    near_miss_threshold: Optional[float] = None
    fail_on: Optional[Literal["high", "medium", "low", "never"]] = Field(
        None, description="Sets the X-Consistency-Exit-Code header (1 at or above it), as --fail-on sets the exit code.")
    cache: Optional[bool] = Field(None, description="false: as --no-cache.")
