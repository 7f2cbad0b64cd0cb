"""The HTTP app (FastAPI): POST /check and /align, the page at /, /health, /version, /docs; errors as the CLI's one line."""

from __future__ import annotations

import hmac
from typing import Any

from fastapi import FastAPI, Request
from starlette.exceptions import HTTPException
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, Response

from .. import __version__
from ..core.errors import ConsistencyError, InputError, TooLargeInputError
from ..load.limits import max_bytes
from .docs_page import docs_html
from .inputs import MEDIA_TYPES, NotAcceptable, body_too_large, chosen_format, read_request
from .models import StoryIn
from .page import content_security_policy, form_documents, page, pasted_articles, upload_name
from .service import Answer, Service

SCHEMA = "consistency-report/1"
ROUTE_ERROR = "E013"  # a path the service does not have, or a method it does not take there (404, 405)
EXIT_HEADER = "X-Consistency-Exit-Code"  # what `consistency check` would exit with: 1 a finding at fail_on, else 0
OPEN_PATHS = ("/health", "/", "/docs", "/openapi.json")  # no article goes in or out: no token asked
SAFE_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "Cache-Control": "no-store"}
FORM_LIMITS = {"max_files": 50, "max_fields": 200}
DESCRIPTION = ("Line up news articles about one event and report where the sources disagree: the same check as "
               "`consistency check`, from a process that keeps the model and spaCy loaded.")


class Unauthorised(Exception):
    """A request without the bearer token the service was started with."""


def create_app(service: Service, token: str | None = None, limit: int | None = None) -> FastAPI:
    """The app over `service`; with `token`, every request that reads articles must carry `Authorization: Bearer
    TOKEN` (401 otherwise); a body over `limit` bytes (default: the per-document limit) is refused with 413."""
    limit = max_bytes(limit)
    app = FastAPI(title="consistency", version=__version__, description=DESCRIPTION, docs_url=None, redoc_url=None)
    app.state.service = service

    def authorise(request: Request, given: str | None = None) -> None:
        if token is None:
            return
        header = request.headers.get("authorization", "")
        offered = header[7:].strip() if header[:7].lower() == "bearer " else (given or "")
        if not hmac.compare_digest(offered.encode("utf-8"), token.encode("utf-8")):
            raise Unauthorised()

    @app.exception_handler(Unauthorised)
    async def unauthorised(request: Request, exc: Unauthorised) -> Response:
        return _error(401, "this service needs its token: send the header Authorization: Bearer TOKEN", "E012",
                      {"WWW-Authenticate": "Bearer"})

    @app.exception_handler(HTTPException)
    async def not_here(request: Request, exc: HTTPException) -> Response:
        allow = next((v for k, v in (exc.headers or {}).items() if k.lower() == "allow"), None)
        path = request.url.path
        if exc.status_code == 405:
            message = f"{request.method} is not taken at {path}" + (f"; it takes {allow}" if allow else "")
        else:
            message = f"no {path} here" if exc.status_code == 404 else str(exc.detail)
        return _error(exc.status_code, message, ROUTE_ERROR, {"Allow": allow} if allow else None)

    @app.exception_handler(ConsistencyError)
    async def refused(request: Request, exc: ConsistencyError) -> Response:
        return _error(_status(exc), exc.one_line(), exc.code)

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> Response:
        first = (str(exc).strip().splitlines() or [""])[0]
        return _error(500, f"internal error: {type(exc).__name__}{': ' + first if first else ''}", "E000")

    @app.get("/health", summary="Whether the service is up (the model and spaCy are loaded before it answers).")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/version", summary="The package version, the report schema and the model the service runs.")
    def version(request: Request) -> dict[str, Any]:
        authorise(request)
        settings = service.settings
        return {"version": __version__, "schema": SCHEMA, "model": settings.model, "backend": service.backend}

    story = StoryIn.model_json_schema(ref_template="#/components/schemas/{model}")
    definitions = story.pop("$defs", {})  # the document model, referred to from the body: a component of its own
    body_doc = {"requestBody": {"required": True, "content": {"application/json": {"schema": story}}}}

    def described() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = FastAPI.openapi(app)
            spec.setdefault("components", {}).setdefault("schemas", {}).update(definitions)
        return app.openapi_schema

    app.openapi = described  # type: ignore[method-assign]

    async def answer(request: Request, command: str) -> Response:
        authorise(request)
        body = await _read(request, limit)

        def work() -> Answer:
            asked = read_request(body)
            fmt = chosen_format(command, asked.format, request.headers.get("accept"))
            return service.run(command, asked.documents, asked.warnings, asked.settings, fmt, asked.draft)

        done = await run_in_threadpool(work)
        return Response(done.body, media_type=_media(done.format), headers={**SAFE_HEADERS, EXIT_HEADER: str(done.exit_code)})

    @app.post("/check", summary="Report where the articles disagree (consistency check).", openapi_extra=body_doc,
              description="Returns the consistency-report/1 JSON, or HTML, Markdown, CSV, JSON Lines or text by the "
                          "`format` field or the Accept header. 413 for a body over the size limit, 422 with one line "
                          "for bad input, 401 without the token when the service has one.")
    async def check_route(request: Request) -> Response:
        return await answer(request, "check")

    @app.post("/align", summary="Line the articles' sentences up into statements (consistency align).",
              openapi_extra=body_doc, description="As POST /check, without findings; JSON, HTML, Markdown or text.")
    async def align_route(request: Request) -> Response:
        return await answer(request, "align")

    @app.get("/", response_class=HTMLResponse, summary="A page to paste or upload articles and see the HTML report.")
    def home() -> Response:
        return _page(200, page(token=token is not None))

    @app.post("/report", response_class=HTMLResponse, summary="The page's form: the HTML report of the articles sent.")
    async def report_route(request: Request) -> Response:
        pasted: list[tuple[str, str, str]] = []
        try:
            body = await _read(request, limit)
            form = await _form(request, body, limit)
            pasted = pasted_articles(_strings(form, "source"), _strings(form, "published"), _strings(form, "text"))
            authorise(request, _strings(form, "token")[0] if _strings(form, "token") else None)
            uploads = [(upload_name(f.filename, n), await f.read())
                       for n, f in enumerate(_files(form), start=1)]

            def work() -> Answer:
                documents, warnings = form_documents(pasted, uploads, limit)
                return service.run("check", documents, warnings, {}, "html")

            done = await run_in_threadpool(work)
        except Unauthorised:
            return _page(401, page("this service needs its access token: fill in the token field", True, pasted))
        except ConsistencyError as exc:
            return _page(_status(exc), page(exc.one_line(), token is not None, pasted))
        return Response(done.body, media_type=_media("html"), headers={**SAFE_HEADERS, EXIT_HEADER: str(done.exit_code)})

    @app.get("/docs", response_class=HTMLResponse, summary="This description as a page (offline: no script, no CDN).")
    def docs() -> Response:
        return HTMLResponse(docs_html(app.openapi()), headers={
            **SAFE_HEADERS, "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'"})

    return app


def _status(exc: ConsistencyError) -> int:
    if isinstance(exc, TooLargeInputError):
        return 413
    if isinstance(exc, NotAcceptable):
        return 406
    return 422 if isinstance(exc, InputError) else 500


def _error(status: int, message: str, code: str, headers: dict[str, str] | None = None) -> Response:
    return JSONResponse({"detail": message, "code": code}, status_code=status, headers={**SAFE_HEADERS, **(headers or {})})


def _media(fmt: str) -> str:
    media = MEDIA_TYPES[fmt]
    return media if media == "application/json" else f"{media}; charset=utf-8"


def _page(status: int, html: str) -> Response:
    return HTMLResponse(html, status_code=status,
                        headers={**SAFE_HEADERS, "Content-Security-Policy": content_security_policy()})


async def _read(request: Request, limit: int) -> bytes:
    """The body, refused (413) as soon as it is known to be over `limit` bytes: by its Content-Length, or while read."""
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit:
        raise body_too_large(int(length), limit)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise body_too_large(size, limit)
        chunks.append(chunk)
    return b"".join(chunks)


async def _form(request: Request, body: bytes, limit: int):
    """The submitted form (multipart, or URL-encoded without files), parsed from the body already read."""
    from starlette.formparsers import FormParser, MultiPartException, MultiPartParser

    async def stream():
        yield body
        yield b""

    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    try:
        if kind == "multipart/form-data":
            return await MultiPartParser(request.headers, stream(), max_part_size=limit, **FORM_LIMITS).parse()
        if kind == "application/x-www-form-urlencoded":
            return await FormParser(request.headers, stream(), max_fields=FORM_LIMITS["max_fields"],
                                    max_part_size=limit).parse()
    except MultiPartException as exc:
        raise InputError(f"the form cannot be read ({exc.message})", hint="submit the page's form again") from None
    raise InputError("the form was not sent as a form", hint="submit the page's form, or POST JSON to /check")


def _strings(form, key: str) -> list[str]:
    return [v for v in form.getlist(key) if isinstance(v, str)]


def _files(form) -> list[Any]:
    """The uploaded files (an empty file input sends a part with no name and no bytes: left out)."""
    return [f for f in form.getlist("files") if not isinstance(f, str) and (f.filename or f.size)]

