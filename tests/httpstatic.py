"""A real HTTP server on 127.0.0.1 that answers GETs from a table of routes (feeds, pages) for tests."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

__all__ = ["Routes", "serve_routes"]

# path -> (body, content type); given the server's base URL so bodies can link back to it.
Routes = Callable[[str], dict[str, tuple[bytes, str]]]


@contextmanager
def serve_routes(routes: Routes) -> Iterator[str]:
    """Serve ``routes(base)`` (404 for anything else); yields the base URL ``http://127.0.0.1:PORT``."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            table = routes(f"http://127.0.0.1:{self.server.server_address[1]}")
            body, ctype = table.get(self.path, (b"not found", "text/plain"))
            self.send_response(200 if self.path in table else 404)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
