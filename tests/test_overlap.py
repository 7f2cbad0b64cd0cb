"""Encoding runs on a second thread alongside spaCy: same vectors as one thread alone, errors kept, timings apart."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from consistency.core import timing
from consistency.embed import CachedEmbedder
from consistency.embed.alongside import CHUNK, EncodingAlongside, encode_alongside

from .doubles import HashEmbedder

TEXTS = [f"Sentence number {i} says {'very ' * (i % 7)}little." for i in range(3 * CHUNK + 5)]


def test_vectors_and_flags_match_encoding_on_one_thread():
    result, vectors, truncated = encode_alongside(HashEmbedder(), TEXTS, lambda: "parsed")
    assert result == "parsed"
    assert np.array_equal(vectors, HashEmbedder().encode(TEXTS))
    assert truncated == HashEmbedder().truncated(TEXTS)


def test_encoding_really_runs_while_the_work_does():
    """The work waits for the encoder to start; on one thread this would never finish."""
    started = threading.Event()

    class Signalling(HashEmbedder):
        def encode(self, texts, workers=None):
            started.set()
            return super().encode(texts)

    def work():
        assert started.wait(timeout=30), "encoding did not start while the work ran"
        return threading.current_thread() is threading.main_thread()

    on_main, vectors, _ = encode_alongside(Signalling(), TEXTS, work)
    assert on_main and vectors.shape == (len(TEXTS), HashEmbedder().dim)


def test_the_first_document_is_encoded_while_the_next_is_still_being_split():
    started = threading.Event()

    class Signalling(HashEmbedder):
        def encode(self, texts, workers=None):
            started.set()
            return super().encode(texts)

    first, second = TEXTS[:CHUNK + 3], TEXTS[CHUNK + 3:]
    with EncodingAlongside(Signalling()) as encoding:
        encoding.add(first)
        assert started.wait(timeout=30), "encoding did not start before the next document was added"
        encoding.add(second)
        vectors, truncated = encoding.result()
    assert np.array_equal(vectors, HashEmbedder().encode(TEXTS))  # in the order added
    assert truncated == HashEmbedder().truncated(TEXTS)


def test_nothing_added_gives_no_vectors_and_starts_no_thread():
    with EncodingAlongside(HashEmbedder()) as encoding:
        encoding.add([])
        vectors, truncated = encoding.result()
    assert vectors.shape[0] == 0 and truncated == []
    assert "consistency-embed" not in [t.name for t in threading.enumerate()]  # no second thread was started


def test_fewer_texts_than_a_piece_are_still_encoded_on_the_second_thread():
    threads = []

    class Recording(HashEmbedder):
        def encode(self, texts, workers=None):
            threads.append(threading.current_thread() is threading.main_thread())
            return super().encode(texts)

    encoder_done = threading.Event()

    def work():  # the second thread has all the time it needs
        for _ in range(3000):
            if threads:
                break
            encoder_done.wait(0.01)

    _, vectors, _ = encode_alongside(Recording(), TEXTS[:3], work)
    assert threads == [False] and np.array_equal(vectors, HashEmbedder().encode(TEXTS[:3]))


def test_the_main_thread_encodes_what_is_left_once_its_work_is_done():
    threads = set()
    holding, helped = threading.Event(), threading.Event()

    class Recording(HashEmbedder):
        def encode(self, texts, workers=None):
            threads.add(threading.current_thread().name)
            if threading.current_thread() is threading.main_thread():
                helped.set()
            else:
                holding.set()
                helped.wait(timeout=30)  # the second thread is slow: the main thread must help
            return super().encode(texts)

    def work():
        assert holding.wait(timeout=30)  # the second thread holds a piece before the work ends

    _, vectors, _ = encode_alongside(Recording(), TEXTS, work)
    assert threading.main_thread().name in threads and len(threads) == 2
    assert np.array_equal(vectors, HashEmbedder().encode(TEXTS))


def test_an_error_in_the_work_is_raised_and_the_encoder_stops():
    calls = []
    release = threading.Event()

    class Counting(HashEmbedder):
        def encode(self, texts, workers=None):
            calls.append(len(texts))
            release.wait(timeout=30)  # each piece is slow: the error comes while the first is in hand
            return super().encode(texts)

    def work():
        raise ValueError("spaCy broke")

    with pytest.raises(ValueError, match="spaCy broke"):
        encode_alongside(Counting(), TEXTS * 20, work)
    release.set()
    for thread in threading.enumerate():
        if thread.name == "consistency-embed":
            thread.join(timeout=30)
            assert not thread.is_alive()
    assert len(calls) <= 1  # the piece in hand is finished, no new one is taken


def test_an_error_while_encoding_reaches_the_caller_and_is_not_tried_again():
    calls = []
    failed = threading.Event()

    class Broken(HashEmbedder):
        def encode(self, texts, workers=None):
            calls.append(threading.current_thread())
            failed.set()
            raise RuntimeError("model file damaged")

    def work():
        assert failed.wait(timeout=30), "the second thread never encoded"
        calls[0].join(timeout=30)  # it ends only after handing over its error and stopping the pieces
        assert not calls[0].is_alive()

    with pytest.raises(RuntimeError, match="model file damaged"):
        encode_alongside(Broken(), TEXTS, work)
    assert [t.name for t in calls] == ["consistency-embed"]  # the main thread did not load the broken model again


def test_an_interrupted_check_does_not_wait_for_the_second_thread():
    """Ctrl-C while the model is still loading (a first-use export can take 30 s) returns at once."""
    release = threading.Event()
    loading = threading.Event()

    class SlowToLoad(HashEmbedder):
        def encode(self, texts, workers=None):
            loading.set()
            release.wait(timeout=60)
            return super().encode(texts)

    def work():
        loading.wait(timeout=30)
        raise KeyboardInterrupt

    try:
        with pytest.raises(KeyboardInterrupt):
            encode_alongside(SlowToLoad(), TEXTS, work)
        assert not release.is_set()  # returned while the second thread was still busy
    finally:
        release.set()


def test_a_shared_cache_gives_the_same_vectors_from_two_threads():
    cached = CachedEmbedder(HashEmbedder())
    _, vectors, _ = encode_alongside(cached, TEXTS + TEXTS[:CHUNK], lambda: None)
    assert np.array_equal(vectors, HashEmbedder().encode(TEXTS + TEXTS[:CHUNK]))


def test_stages_timed_on_another_thread_are_kept_apart_from_the_main_thread_laps():
    record = timing.start()
    try:
        lap = timing.laps()

        def background():
            with timing.stage("embedding"):
                with timing.stage("model load"):
                    pass

        thread = threading.Thread(target=background)
        thread.start()
        thread.join()
        lap("facets")
    finally:
        timing.stop()
    data = record.to_dict()
    assert data["background"] == ["embedding", "model load"]
    assert data["total"] == round(record.stages["facets"], 6)  # the overlapped stages do not add to the total
    # the main thread's lap is not shortened by what the other thread recorded meanwhile
    assert record.stages["facets"] >= record.stages["embedding"] + record.stages["model load"] - 1e-6
