# SPDX-License-Identifier: Apache-2.0
"""Turns what users pass as a JSON document into bytes for the library's parser."""

from __future__ import annotations

import json
import os
from decimal import Decimal
from typing import Any, Optional, Tuple, Union

#: A JSON document: text, UTF-8 bytes, a dict (serialised first), a
#: ``pathlib.Path`` or an open file.
Document = Union[str, bytes, bytearray, memoryview, dict, "os.PathLike[str]", Any]


def _json_value(value: Any) -> Any:
    """Money given as Decimal in a dict becomes the exact decimal string the format wants."""
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"a JSON document cannot hold a {type(value).__name__}: {value!r}")


def document(source: Any) -> Tuple[Optional[Union[str, bytes]], Optional[str], Optional[str]]:
    """Returns (data, origin, path): exactly one of data and path is set."""
    if isinstance(source, os.PathLike):
        return None, None, os.fspath(source)
    if isinstance(source, dict):
        return json.dumps(source, ensure_ascii=False, default=_json_value).encode("utf-8"), "<dict>", None
    if isinstance(source, (bytes, str)):
        return source, None, None
    if isinstance(source, (bytearray, memoryview)):
        return bytes(source), None, None
    read = getattr(source, "read", None)
    if callable(read):
        data = read()
        name = getattr(source, "name", None)
        return data, name if isinstance(name, str) else None, None
    raise TypeError("expected a JSON document: str, bytes, dict, pathlib.Path or a file object, "
                    f"not {type(source).__name__}")


def path_of(source: Any) -> str:
    """A file system path from a str or path-like object."""
    if isinstance(source, (str, bytes, os.PathLike)):
        p = os.fspath(source)
        return p.decode() if isinstance(p, bytes) else p
    raise TypeError(f"expected a path (str or pathlib.Path), not {type(source).__name__}")


def loads(text: str) -> Any:
    """Parses the library's output."""
    return json.loads(text)
