"""`consistency serve`: the check as a local HTTP service (the `serve` extra), with the models loaded once at start."""

from __future__ import annotations

import ipaddress
import socket
from typing import Annotated, Optional

import typer

from ..core import environment
from ._common import ModelOptions, QuietOpt, env_note, fail, run, warn, with_model_options

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8750


@with_model_options
def serve_command(
    host: Annotated[str, typer.Option("--host", help="Address to listen on. The default answers this machine only; another address lets anyone who reaches it send articles (give --token).")] = DEFAULT_HOST,
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port to listen on (0: any free one; the address is printed at start unless --quiet).")] = DEFAULT_PORT,
    token: Annotated[Optional[str], typer.Option("--token", show_default=False, help=f"Require `Authorization: Bearer TOKEN` on every request that reads articles ({environment.TOKEN} keeps it out of the process list). {env_note(environment.TOKEN)}")] = None,
    quiet: QuietOpt = False,
    *,
    options: ModelOptions,
) -> None:
    """Serve POST /check and /align, and a page at / to paste articles, from one process that keeps the models loaded."""

    def body() -> int:
        try:
            import uvicorn

            from ..serve import Service, create_app
        except ImportError as exc:
            fail(f"consistency serve needs the serve extra ({exc.name} is missing): pip install -c constraints.txt "
                 "-e '.[serve]'")
        options.settings()  # a bad flag or CONSISTENCY_* variable: one line, exit 2, before anything loads
        overrides = {"model": options.model, "backend": options.backend, "link_threshold": options.link_threshold,
                     "extra_threshold": options.extra_threshold, "cache": False if options.no_cache else None}
        service = Service(overrides)
        secret = token if token is not None else environment.token()
        if secret is not None and not secret.strip():
            given = "--token" if token is not None else f"{environment.TOKEN} is set but"
            fail(f"{given} is empty (give a token of some length, or leave it out to serve without one)")
        app = create_app(service, token=secret)
        listening = _listen(host, port)  # before the models load: a port in use is said at once
        if secret is None and not _loopback(host):
            warn([f"--host {host} lets other machines send articles to this service, and no token is asked "
                  f"(give --token or set {environment.TOKEN})"], quiet)
        if not quiet:
            typer.echo("loading the model and spaCy ...", err=True)
        service.warm()
        if not quiet:
            bound_host, bound_port = listening.getsockname()[:2]
            shown = f"[{bound_host}]" if ":" in bound_host else bound_host
            typer.echo(f"serving on http://{shown}:{bound_port} (the API at /docs; Ctrl-C stops it)", err=True)
        server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning" if quiet else "info",
                                               access_log=not quiet, server_header=False, date_header=False,
                                               lifespan="off"))
        server.run(sockets=[listening])
        return 0

    run(body)


def _listen(host: str, port: int) -> socket.socket:
    """A socket bound to host:port, listening; one line and exit 2 when that address cannot be had."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        listening = socket.socket(family, kind, proto)
        listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listening.bind(address)
        listening.listen(128)
    except OSError as exc:
        fail(f"cannot listen on {host}:{port} ({exc.strerror or exc}): give another --port or --host")
    listening.set_inheritable(True)
    return listening


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
