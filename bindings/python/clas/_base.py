# SPDX-License-Identifier: Apache-2.0
"""Common base of the wrapper classes: handle lifetime and context management."""

from __future__ import annotations

from typing import Any

from .errors import StateError


class _Wrapper:
    """Holds a handle of the low-level module.

    A borrowed object (a collectif of a dossier...) keeps its parent alive
    through its handle, so objects can be released in any order.
    ``close()`` only drops this wrapper's handle: memory is freed when the
    last object using it goes away, never under another object's feet.
    """

    __slots__ = ("_handle", "_parent", "__weakref__")

    def __init__(self, handle: Any, parent: Any = None) -> None:
        self._handle = handle
        self._parent = parent

    @property
    def _h(self) -> Any:
        h = self._handle
        if h is None:
            raise StateError(f"{type(self).__name__} is closed")
        return h

    @classmethod
    def _wrap(cls, handle: Any, parent: Any = None) -> Any:
        obj = cls.__new__(cls)
        _Wrapper.__init__(obj, handle, parent)
        return obj

    @property
    def closed(self) -> bool:
        """True once :meth:`close` was called."""
        return self._handle is None

    def close(self) -> None:
        """Releases this object's hold on the underlying C object. Safe to call twice."""
        self._handle = None
        self._parent = None

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
