"""Encoding on a second thread while the main thread splits and parses: how a check keeps two cores busy."""

from __future__ import annotations

import threading
from contextlib import AbstractContextManager, ExitStack, contextmanager
from typing import Callable, Iterator, Sequence, TypeVar

import numpy as np

from ..core import timing
from .base import Embedder, encode_with

T = TypeVar("T")

CHUNK = 16  # sentences per piece of encoding work shared between the two threads


_TUNING: list[Callable[[], AbstractContextManager]] = []


@contextmanager
def tuning_while_encoding(tuning: Callable[[], AbstractContextManager]) -> Iterator[None]:
    """Within the block, every `EncodingAlongside` also enters `tuning()` while both threads work.

    The hook through which runtime.py (the command line and `batch`, never the library) tunes the
    process for the two threads; without it a check changes nothing process-wide.
    """
    _TUNING.append(tuning)
    try:
        yield
    finally:
        _TUNING.remove(tuning)


class EncodingAlongside:
    """Texts handed to `add` are encoded on a second thread while this one goes on; `result()` collects them.

    The model runtime releases the GIL, so encoding takes one core while this thread splits the
    next document and runs spaCy on the other. The texts are cut into pieces of CHUNK texts of
    similar length, longest first, so that the last pieces (which one thread may have to wait for)
    are quick; which thread encodes a piece does not change its vectors. A context manager: on
    leaving, the second thread takes no new piece (an error or Ctrl-C returns at once).
    """

    def __init__(self, embedder: Embedder):
        self._embedder = embedder
        self._texts: list[str] = []
        self._pieces: list[list[int]] = []
        self._pending: list[int] = []  # added, not yet cut into pieces
        self._done: list[tuple[np.ndarray, list[bool]] | None] = []
        self._next = 0  # the first piece no thread has taken
        self._sealed = False  # no more `add`: every text is in a piece
        self._failed: list[BaseException] = []  # what stopped the second thread, if anything
        self._ready = threading.Condition()
        # A daemon thread: an interrupted check (Ctrl-C) returns at once, even during a model load.
        self._thread = threading.Thread(target=self._in_background, name="consistency-embed", daemon=True)
        self._settings = ExitStack()

    def __enter__(self) -> "EncodingAlongside":
        for tuning in list(_TUNING):
            self._settings.enter_context(tuning())
        return self

    def __exit__(self, *exc) -> None:
        self._stop()
        self._settings.close()

    def add(self, texts: Sequence[str]) -> None:
        """Queue `texts` for encoding (after those added before); starts the second thread on first use.

        Texts wait in a pool until the second thread has nothing to do and the pool holds a whole
        piece, or until `seal()`: pieces cut from more texts are more alike in length, so pad less
        (one piece per article of a 10-article story made its check 12% slower).
        """
        self._pending.extend(range(len(self._texts), len(self._texts) + len(texts)))
        self._texts.extend(texts)
        with self._ready:
            if self._sealed:
                raise RuntimeError("add() after seal() or result()")
            if self._next >= len(self._pieces) and len(self._pending) >= CHUNK:
                self._cut_pieces(whole_only=True)
                self._ready.notify()
        self._start()

    def _start(self) -> None:
        if self._pieces and self._thread.ident is None and self._next < len(self._pieces):
            self._thread.start()

    def _cut_pieces(self, whole_only: bool) -> None:
        """Pending texts into pieces of CHUNK, longest first (with `whole_only`, the rest stays pending)."""
        self._pending.sort(key=lambda i: (-len(self._texts[i]), i))
        end = len(self._pending) - len(self._pending) % CHUNK if whole_only else len(self._pending)
        for k in range(0, end, CHUNK):
            self._pieces.append(self._pending[k:k + CHUNK])
            self._done.append(None)
        del self._pending[:end]

    def seal(self) -> None:
        """No more texts will be added: the pooled ones go to the second thread now."""
        with self._ready:
            if not self._sealed:
                self._cut_pieces(whole_only=False)
                self._sealed = True
                self._ready.notify_all()
        self._start()

    def result(self) -> tuple[np.ndarray, list[bool]]:
        """Every added text's vector and truncation flag, in the order added; this thread helps with what is left."""
        self.seal()
        if not self._failed:  # a model that failed to load is not tried again here
            self._encode_pieces(wait=False)
        if self._thread.ident is not None:
            self._thread.join()
        if self._failed:
            raise self._failed[0]
        width = self._done[0][0].shape[1] if self._done else 0
        vectors = np.zeros((len(self._texts), width), dtype=np.float32)
        truncated = [False] * len(self._texts)
        for piece, (piece_vectors, piece_flags) in zip(self._pieces, self._done):
            vectors[piece] = piece_vectors
            for i, flag in zip(piece, piece_flags):
                truncated[i] = bool(flag)
        return vectors, truncated

    def _take(self, wait: bool) -> int | None:
        with self._ready:
            while self._next >= len(self._pieces):
                if self._sealed or not wait:
                    return None
                self._ready.wait()
            self._next += 1
            return self._next - 1

    def _encode(self, k: int) -> None:
        piece = [self._texts[i] for i in self._pieces[k]]
        self._done[k] = encode_with(self._embedder, piece, 1), self._embedder.truncated(piece)

    def _encode_pieces(self, wait: bool) -> None:
        """On the main thread: its caller's lap times it."""
        while (k := self._take(wait)) is not None:
            self._encode(k)

    def _in_background(self) -> None:
        try:
            while (k := self._take(wait=True)) is not None:
                with timing.stage("embedding"):  # each piece, not the waits for the next document
                    self._encode(k)
        except BaseException as exc:  # handed to the main thread, which raises it
            self._failed.append(exc)
            self._stop()

    def _stop(self) -> None:
        """No new pieces for either thread."""
        with self._ready:
            self._sealed = True
            self._next = len(self._pieces)
            self._ready.notify_all()


def encode_alongside(embedder: Embedder, texts: Sequence[str], work: Callable[[], T]) -> tuple[T, np.ndarray, list[bool]]:
    """Run `work` on this thread while a second thread encodes `texts`; returns its result, the vectors and flags."""
    with EncodingAlongside(embedder) as encoding:
        encoding.add(texts)
        encoding.seal()
        result = work()
        vectors, truncated = encoding.result()
    return result, vectors, truncated
