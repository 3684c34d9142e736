"""Content-Encoding decoders that never inflate more than a small chunk per step.

httpx decompresses a whole network read at once, so 64 KiB of a gzip bomb becomes about 64 MiB
before anyone can count it. These decoders yield at most CHUNK bytes per step, so the caller's
byte cap cuts a bomb off after a few chunks instead of after it has filled memory.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator

import brotli

from core.errors import FetchError

__all__ = ["CHUNK", "Decoder", "decoder_for"]

CHUNK = 64 * 1024


class Decoder:
    """Identity: raw bytes are the body."""

    def feed(self, data: bytes) -> Iterator[bytes]:
        if data:
            yield data

    def finish(self) -> Iterator[bytes]:
        return iter(())


class ZlibDecoder(Decoder):
    def __init__(self, wbits: int) -> None:
        self._wbits = wbits
        self._d = zlib.decompressobj(wbits)
        self._started = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        buf = data
        while buf and not self._d.eof:
            try:
                out = self._d.decompress(buf, CHUNK)
            except zlib.error as exc:
                if not self._started and self._wbits == zlib.MAX_WBITS:
                    # "deflate" is sometimes sent raw, without the zlib header
                    self._wbits, self._d = -zlib.MAX_WBITS, zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise FetchError(f"bad compressed body: {exc}", reason="decode") from exc
            self._started = True
            if out:
                yield out
            buf = self._d.unconsumed_tail

    def finish(self) -> Iterator[bytes]:
        while not self._d.eof:
            out = self._d.decompress(b"", CHUNK)
            if not out:
                break
            yield out


class BrotliDecoder(Decoder):
    def __init__(self) -> None:
        self._d = brotli.Decompressor()

    def feed(self, data: bytes) -> Iterator[bytes]:
        try:
            out = self._d.process(data, output_buffer_limit=CHUNK)
            if out:
                yield out
            # Past the output limit brotli holds input back; drain it one chunk at a time.
            while not self._d.can_accept_more_data() and not self._d.is_finished():
                out = self._d.process(b"", output_buffer_limit=CHUNK)
                if not out:
                    break
                yield out
        except brotli.error as exc:
            raise FetchError(f"bad brotli body: {exc}", reason="decode") from exc


def decoder_for(content_encoding: str | None) -> Decoder:
    coding = (content_encoding or "identity").strip().lower()
    if coding in ("", "identity", "none"):
        return Decoder()
    if coding in ("gzip", "x-gzip"):
        return ZlibDecoder(zlib.MAX_WBITS | 16)
    if coding == "deflate":
        return ZlibDecoder(zlib.MAX_WBITS)
    if coding == "br":
        return BrotliDecoder()
    raise FetchError(f"unsupported Content-Encoding {coding!r}", reason="decode")
