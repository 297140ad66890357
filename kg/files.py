"""Writing output files atomically: into a temporary file beside the target, then renamed over it."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable


def atomic_write(target: Path, write: Callable[[str], None]) -> Path:
    """Call ``write(tmp_path)`` and move the result onto ``target``; on failure the target is untouched."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=target.suffix, dir=target.parent)
    os.close(fd)
    try:
        write(tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def atomic_write_bytes(target: Path, data: bytes) -> Path:
    return atomic_write(target, lambda tmp: Path(tmp).write_bytes(data))
