"""The vector cache: where it lives on disk, the SQLite store keyed by model, backend and text hash, and `CachedEmbedder` over it."""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
import stat
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import numpy as np

from ..core import environment
from ..core.errors import ConsistencyError
from .base import Embedder, encode_with

VECTORS_FILE = "vectors.sqlite3"
MODELS_DIR = "models"
SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 30_000  # another process writing: wait this long before giving up
_SQL_CHUNK = 500  # keys per SELECT ... IN (...): under SQLite's variable limit
# What to do about a cache folder that cannot be made: the fast model is prepared there even with --no-cache.
FOLDER_HINT = "set CONSISTENCY_CACHE_DIR to a writable folder (the fast model is kept there even with --no-cache)," \
              " or pass --backend torch"
VECTORS_HINT = "pass --no-cache, or remove the file with `consistency cache clear`"


class CacheError(ConsistencyError):
    """The cache folder or database cannot be used."""

    code = "E020"


def cache_dir() -> Path:
    """`$CONSISTENCY_CACHE_DIR`, else `$XDG_CACHE_HOME/consistency`, else `~/.cache/consistency` (not created)."""
    explicit = environment.cache_dir()
    if explicit:
        return Path(explicit).expanduser()
    xdg = environment.xdg_cache_home()
    base = Path(xdg).expanduser() if xdg and os.path.isabs(os.path.expanduser(xdg)) else Path.home() / ".cache"
    return base / "consistency"


def ensure_private_dir(path: Path, hint: str = FOLDER_HINT) -> Path:
    """Create `path` and any missing parents owner-only (0700); folders that exist are left as they are."""
    path = Path(path)
    missing = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    try:
        for folder in reversed(missing):
            try:
                folder.mkdir(mode=0o700)
            except FileExistsError:  # made by another process meanwhile
                continue
            os.chmod(folder, 0o700)  # mkdir's mode is filtered by the umask
    except OSError as exc:
        raise CacheError(f"cannot create the cache folder ({exc.strerror})", path=str(path), hint=hint) from exc
    if not path.is_dir():
        raise CacheError("is not a folder", path=str(path), hint="set CONSISTENCY_CACHE_DIR to a folder")
    return path


def write_private(path: Path, text: str) -> None:
    """Write a small text file readable by its owner only (0600)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)


def text_key(text: str) -> str:
    """The cache key of one text: its SHA-256, hex."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class VectorCache:
    """Sentence vectors on disk, one row per (model, backend, text hash); safe for several processes at once.

    Vectors are stored as raw little-endian float32 bytes (never pickled), with the text's
    truncation flag, so a fully cached run never needs to load the model.
    """

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path is not None else cache_dir() / VECTORS_FILE
        self._conn: sqlite3.Connection | None = None
        self.read_only = False  # the file exists but cannot be written (its mode, a read-only disk): only read

    def _connect(self) -> sqlite3.Connection:
        if self._conn is not None:
            return self._conn
        ensure_private_dir(self.path.parent, hint=f"set CONSISTENCY_CACHE_DIR to a writable folder, or {VECTORS_HINT}")
        try:
            if self._create_owner_only():
                conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                       check_same_thread=False)
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS vectors ("
                    " model TEXT NOT NULL, backend TEXT NOT NULL, key TEXT NOT NULL,"
                    " dim INTEGER NOT NULL, truncated INTEGER NOT NULL, vector BLOB NOT NULL,"
                    " PRIMARY KEY (model, backend, key)) WITHOUT ROWID"
                )
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            else:
                conn = self._open_read_only()
        except (OSError, sqlite3.Error) as exc:
            raise self._error("cannot open the embedding cache", exc) from exc
        self._conn = conn
        return conn

    def _create_owner_only(self) -> bool:
        """Create the file owner-only (0600) before SQLite opens it; False when it exists but cannot be written.

        A symbolic link is refused, never followed: the cache must not change another file's mode
        or content. SQLite gives the -wal and -shm files the same permissions as the database.
        """
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        except OSError as exc:
            if exc.errno == errno.ELOOP or self.path.is_symlink():
                raise self._linked(self.path) from None
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS) and self.path.is_file():
                return False
            raise
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise CacheError("is not a regular file", path=str(self.path), hint=VECTORS_HINT)
            if stat.S_IMODE(info.st_mode) & 0o077:
                try:
                    os.fchmod(fd, 0o600)  # the file itself, through its descriptor: never a link's target
                except OSError:
                    pass  # someone else's file, shared on purpose: leave its mode to them
        finally:
            os.close(fd)
        for suffix in ("-wal", "-shm"):
            companion = self.path.with_name(self.path.name + suffix)
            if companion.is_symlink():
                raise self._linked(companion)
        return True

    def _open_read_only(self) -> sqlite3.Connection:
        """The database opened for reading only; as an unchanging file when SQLite cannot share it (no -shm)."""
        uri = self.path.absolute().as_uri()
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        try:
            conn.execute("SELECT 1 FROM vectors LIMIT 1").fetchall()
        except sqlite3.OperationalError:
            conn.close()
            conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            conn.execute("SELECT 1 FROM vectors LIMIT 1").fetchall()
        self.read_only = True
        return conn

    @staticmethod
    def _linked(path: Path) -> CacheError:
        return CacheError("is a symbolic link, which the cache does not follow", path=str(path),
                          hint="remove the link with `consistency cache clear`, or set CONSISTENCY_CACHE_DIR")

    def _error(self, doing: str, exc: BaseException) -> CacheError:
        """A CacheError for a failed open, read or write: a damaged file says so, and how to clear it."""
        text = str(exc)
        if isinstance(exc, sqlite3.DatabaseError) and ("malformed" in text or "not a database" in text):
            return CacheError(f"is damaged ({text})", path=str(self.path),
                              hint="clear it with `consistency cache clear`; it is made again as you check")
        return CacheError(f"{doing} ({text})", path=str(self.path), hint=VECTORS_HINT)

    def get(self, model: str, backend: str, keys: Sequence[str]) -> dict[str, tuple[np.ndarray, bool]]:
        """The stored (vector, truncated) of each key found; float32 vectors of shape (dim,)."""
        conn = self._connect()
        found: dict[str, tuple[np.ndarray, bool]] = {}
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), _SQL_CHUNK):
            chunk = unique[start:start + _SQL_CHUNK]
            marks = ",".join("?" * len(chunk))
            try:
                rows = conn.execute(
                    f"SELECT key, dim, truncated, vector FROM vectors WHERE model = ? AND backend = ?"
                    f" AND key IN ({marks})", (model, backend, *chunk),
                ).fetchall()
            except sqlite3.Error as exc:
                raise self._error("cannot read the embedding cache", exc) from exc
            for key, dim, truncated, blob in rows:
                vector = np.frombuffer(blob, dtype="<f4")
                if vector.shape == (dim,):
                    found[key] = (vector.astype(np.float32), bool(truncated))
        return found

    def put(self, model: str, backend: str, items: Iterable[tuple[str, np.ndarray, bool]]) -> None:
        """Store (key, vector, truncated) rows in one transaction; an existing key is replaced; read-only: nothing."""
        rows = [(model, backend, key, int(np.asarray(v).shape[0]), int(bool(t)),
                 np.ascontiguousarray(v, dtype="<f4").tobytes()) for key, v, t in items]
        if not rows:
            return
        conn = self._connect()
        if self.read_only:
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?, ?, ?, ?)", rows)
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
            raise self._error("cannot write to the embedding cache", exc) from exc

    def count(self) -> int:
        conn = self._connect()
        try:
            return int(conn.execute("SELECT COUNT(*) FROM vectors").fetchone()[0])
        except sqlite3.Error as exc:
            raise self._error("cannot read the embedding cache", exc) from exc

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def cache_info() -> Mapping[str, object]:
    """Where the cache is and how big: the folder, the vector database (rows, bytes) and prepared models.

    `problem` is a line saying why the vectors cannot be read (a damaged file, a link), else None.
    """
    root = cache_dir()
    db = root / VECTORS_FILE
    models = sorted((root / MODELS_DIR).glob("*.onnx")) if (root / MODELS_DIR).is_dir() else []
    rows, problem = 0, None
    if db.exists() or db.is_symlink():
        store = VectorCache(db)
        try:
            rows = store.count()
        except CacheError as exc:
            problem = exc.one_line()
        finally:
            store.close()
    size = sum(p.lstat().st_size for p in (db, db.with_name(db.name + "-wal")) if p.exists())
    return {"dir": str(root), "vectors": str(db), "vector_rows": rows, "vector_bytes": size,
            "models": [str(m) for m in models], "problem": problem}


def clear_cache(models: bool = False) -> list[str]:
    """Delete the vector database (and with `models`, the prepared ONNX models); returns what was removed."""
    root = cache_dir()
    removed: list[str] = []
    targets = [root / VECTORS_FILE, root / (VECTORS_FILE + "-wal"), root / (VECTORS_FILE + "-shm")]
    if models and (root / MODELS_DIR).is_dir():
        targets += sorted(p for p in (root / MODELS_DIR).iterdir() if p.is_file())
    for path in targets:
        try:
            path.unlink()
            removed.append(str(path))
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise CacheError(f"cannot remove {path.name} ({exc.strerror})", path=str(path),
                             hint="check the folder's permissions") from exc
    return removed


class CachedEmbedder:
    """Wraps an embedder so each distinct text is encoded once per process, and once ever with a disk `store`.

    Vectors and truncation flags are kept together: a text found in the store needs no model at all.
    Texts are encoded in sorted order of the missing ones, so the result never depends on the
    order they were asked in. The in-memory layer keeps the `max_items` most recently used texts,
    so a long batch of stories does not grow without bound.
    """

    def __init__(self, inner: Embedder, store: VectorCache | None = None, backend_key: str | None = None, max_items: int = 50_000):
        self.inner = inner
        self.name = inner.name
        self.backend = getattr(inner, "backend", "custom")
        self.backend_key = backend_key or self.backend
        self.store = store
        self.max_items = max_items
        self.warnings: list[str] = []
        self._memory: OrderedDict[str, tuple[np.ndarray, bool]] = OrderedDict()
        self._lock = threading.Lock()

    def _lookup(self, texts: Sequence[str], workers: int | None = None) -> dict[str, tuple[np.ndarray, bool]]:
        """(vector, truncated) for every text, by key: from memory, then the store, then the model."""
        wanted = {text_key(t): t for t in texts}
        found: dict[str, tuple[np.ndarray, bool]] = {}
        with self._lock:  # two threads of one check may look up at once; the model itself runs unlocked
            for key in wanted:
                if key in self._memory:
                    self._memory.move_to_end(key)
                    found[key] = self._memory[key]
            missing = {k: t for k, t in wanted.items() if k not in found}
            if missing and self.store is not None:
                try:
                    found.update(self.store.get(self.name, self.backend_key, sorted(missing)))
                except ConsistencyError as exc:
                    self._disable_store(exc)
                missing = {k: t for k, t in missing.items() if k not in found}
        rows = []
        if missing:
            order = sorted(missing.values())
            vectors = encode_with(self.inner, order, workers)
            flags = self.inner.truncated(order)
            for text, vector, flag in zip(order, vectors, flags):
                key = text_key(text)
                found[key] = (np.asarray(vector, dtype=np.float32), bool(flag))
                rows.append((key, found[key][0], bool(flag)))
        with self._lock:
            if rows and self.store is not None:
                try:
                    self.store.put(self.name, self.backend_key, rows)
                except ConsistencyError as exc:
                    self._disable_store(exc)
            for key, value in found.items():
                self._memory[key] = value
                self._memory.move_to_end(key)
            while len(self._memory) > self.max_items:
                self._memory.popitem(last=False)
        return found

    def _disable_store(self, exc: ConsistencyError) -> None:
        self.warnings.append(f"embedding cache not used: {exc.one_line()}")
        self.store = None

    def encode(self, texts: Sequence[str], workers: int | None = None) -> np.ndarray:
        if not texts:
            return self.inner.encode([])
        found = self._lookup(texts, workers)
        return np.stack([found[text_key(t)][0] for t in texts])

    def truncated(self, texts: Sequence[str]) -> list[bool]:
        if not texts:
            return []
        found = self._lookup(texts)
        return [found[text_key(t)][1] for t in texts]
