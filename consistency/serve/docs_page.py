"""The API page at /docs: the OpenAPI description as plain HTML, built here, loading nothing (no CDN, no script)."""

from __future__ import annotations

import json
from html import escape
from typing import Any, Mapping

STYLE = ("body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem 1.5rem}"
         "code,pre{background:#f4f4f6;border-radius:4px}pre{padding:.5rem;overflow:auto;font-size:.85rem}"
         "h2{font-size:1.1rem;margin-top:1.5rem}.m{font-weight:700;margin-right:.5rem}")


def docs_html(spec: Mapping[str, Any]) -> str:
    """Every path and method of `spec` with its summary, description and request schema; a link to /openapi.json."""
    info = spec.get("info", {})
    parts = [f"<h1>{escape(str(info.get('title', 'API')))} {escape(str(info.get('version', '')))}</h1>",
             f"<p>{escape(str(info.get('description', '')))}</p>",
             '<p>The machine-readable description: <a href="openapi.json">openapi.json</a> (OpenAPI '
             f"{escape(str(spec.get('openapi', '')))}).</p>"]
    schemas = spec.get("components", {}).get("schemas", {})
    for path, methods in spec.get("paths", {}).items():
        for method, operation in methods.items():
            parts.append(f'<h2><span class="m">{escape(method.upper())}</span><code>{escape(path)}</code></h2>')
            parts.append(f"<p>{escape(str(operation.get('summary', '')))}</p>")
            if operation.get("description"):
                parts.append(f"<p>{escape(str(operation['description']))}</p>")
            body = operation.get("requestBody", {}).get("content", {})
            for media, content in body.items():
                schema = _resolved(content.get("schema", {}), schemas)
                parts.append(f"<p>Body ({escape(media)}):</p><pre>{escape(json.dumps(schema, indent=2))}</pre>")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>API</title>"
            f"<style>{STYLE}</style></head><body>{''.join(parts)}</body></html>\n")


def _resolved(schema: Any, schemas: Mapping[str, Any], depth: int = 0) -> Any:
    """`schema` with its `$ref`s to components written out (a few levels deep)."""
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if isinstance(ref, str) and depth < 4:
            name = ref.rsplit("/", 1)[-1]
            return _resolved(schemas.get(name, {}), schemas, depth + 1)
        return {k: _resolved(v, schemas, depth) for k, v in schema.items() if k != "$defs"}
    if isinstance(schema, list):
        return [_resolved(v, schemas, depth) for v in schema]
    return schema
