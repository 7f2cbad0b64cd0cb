"""Reading articles into `Document`s: one module per input format (.txt, .md, .html, .json/.jsonl), size limits, input warnings."""

from .decode import decode, normalise_newlines
from .document import make_document, parse_date, text_warnings
from .files import SUPPORTED_SUFFIXES, expand_paths, load_bytes, load_documents, load_file, settle, unique_ids
from .limits import DEFAULT_MAX_BYTES, MAX_BYTES_ENV, max_bytes, read_bytes
from .records import document_from_record, documents_from_records, load_records

__all__ = [
    "DEFAULT_MAX_BYTES", "MAX_BYTES_ENV", "SUPPORTED_SUFFIXES", "decode", "document_from_record", "expand_paths",
    "load_bytes", "load_documents", "load_file", "load_records", "make_document", "max_bytes", "normalise_newlines", "parse_date",
    "read_bytes", "settle", "text_warnings", "unique_ids", "documents_from_records",
]
