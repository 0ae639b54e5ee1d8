# SPDX-License-Identifier: Apache-2.0
"""Exceptions raised by libclas.

Every failing call of the library raises a subclass of :class:`Error`. Each
subclass also derives from the matching built-in exception, so code that
already catches ``ValueError``, ``KeyError``, ``OSError``... keeps working::

    try:
        dossier = clas.Dossier.from_json(text)
    except clas.ParseError as e:        # also a ValueError
        print(e.location, e.message)
"""

from __future__ import annotations

from . import _capi

__all__ = [
    "Error", "InvalidArgument", "OutOfMemory", "RangeError", "NotFound", "NoBareme",
    "AlreadyExists", "ParseError", "SchemaError", "EncodingError", "FileError",
    "RulesError", "StateError", "LimitError",
]

# Status codes of clas/common.h (stable: never renumbered).
CLAS_OK = 0
CLAS_EINVAL = -1
CLAS_ENOMEM = -2
CLAS_ERANGE = -3
CLAS_EOVERFLOW = -4
CLAS_ENOTFOUND = -5
CLAS_ENOBAREME = -6
CLAS_EEXISTS = -7
CLAS_EPARSE = -8
CLAS_ESCHEMA = -9
CLAS_EUTF8 = -10
CLAS_EIO = -11
CLAS_ERULES = -12
CLAS_ESTATE = -13
CLAS_ELIMIT = -14



class Error(Exception):
    """Base class of every libclas error.

    Attributes:
        code: the library's negative status code (``-1`` for CLAS_EINVAL...).
        status: its stable symbolic name (``"CLAS_EINVAL"``).
        message: the library's explanation.
        location: where the problem was found: ``"file.json:3:7: $.collectifs[0].depenses"``
            for documents, ``"collectif C1: nb_enfants"`` for objects; ``""`` if unknown.
    """

    default_code = CLAS_EINVAL

    def __init__(self, message: str = "", location: str = "", code: int | None = None) -> None:
        self.code: int = self.default_code if code is None else int(code)
        self.status: str = _capi.clas_status_name(self.code)
        self.message: str = message
        self.location: str = location
        super().__init__(self.__str__())

    def __str__(self) -> str:
        text = self.message or self.status
        if self.location and self.location not in text:
            text = f"{self.location}: {text}"
        return text

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, location={self.location!r}, code={self.code})"

    @property
    def description(self) -> str:
        """The library's generic description of :attr:`code` (``clas_strerror``), e.g. for logs."""
        return _capi.clas_strerror(self.code)

    def __reduce__(self):
        return (type(self), (self.message, self.location, self.code))


class InvalidArgument(Error, ValueError):
    """An argument is invalid (CLAS_EINVAL): unknown name, malformed text, bad school year."""
    default_code = CLAS_EINVAL


class OutOfMemory(Error, MemoryError):
    """The library ran out of memory (CLAS_ENOMEM)."""
    default_code = CLAS_ENOMEM


class RangeError(Error, ValueError):
    """A value is outside its allowed range (CLAS_ERANGE) or would overflow (CLAS_EOVERFLOW)."""
    default_code = CLAS_ERANGE


class NotFound(Error, KeyError):
    """No such object: collectif id, index... (CLAS_ENOTFOUND)."""
    default_code = CLAS_ENOTFOUND

    def __str__(self) -> str:  # KeyError would quote the message
        return Error.__str__(self)


class NoBareme(Error, LookupError):
    """No barème for the requested school year (CLAS_ENOBAREME)."""
    default_code = CLAS_ENOBAREME


class AlreadyExists(Error, ValueError):
    """Duplicate collectif id, dossier id or school year (CLAS_EEXISTS)."""
    default_code = CLAS_EEXISTS


class ParseError(Error, ValueError):
    """Malformed JSON: syntax, truncation, depth (CLAS_EPARSE)."""
    default_code = CLAS_EPARSE


class SchemaError(Error, ValueError):
    """Well-formed JSON that does not match the document's schema (CLAS_ESCHEMA)."""
    default_code = CLAS_ESCHEMA


class EncodingError(Error, ValueError):
    """Invalid UTF-8 text (CLAS_EUTF8)."""
    default_code = CLAS_EUTF8


class FileError(Error, OSError):
    """A file could not be read or written (CLAS_EIO)."""
    default_code = CLAS_EIO

    def __init__(self, message: str = "", location: str = "", code: int | None = None) -> None:
        Error.__init__(self, message, location, code)

    def __str__(self) -> str:  # OSError would format its own args
        return Error.__str__(self)


class RulesError(Error, ValueError):
    """Inconsistent rule data: barème or cadre (CLAS_ERULES)."""
    default_code = CLAS_ERULES


class StateError(Error, RuntimeError):
    """Operation not allowed in the object's current state (CLAS_ESTATE)."""
    default_code = CLAS_ESTATE


class LimitError(Error, ValueError):
    """Input beyond a documented limit of clas/limits.h (CLAS_ELIMIT)."""
    default_code = CLAS_ELIMIT


_CLASSES: dict[int, type[Error]] = {
    CLAS_EINVAL: InvalidArgument, CLAS_ENOMEM: OutOfMemory, CLAS_ERANGE: RangeError,
    CLAS_EOVERFLOW: RangeError, CLAS_ENOTFOUND: NotFound, CLAS_ENOBAREME: NoBareme,
    CLAS_EEXISTS: AlreadyExists, CLAS_EPARSE: ParseError, CLAS_ESCHEMA: SchemaError,
    CLAS_EUTF8: EncodingError, CLAS_EIO: FileError, CLAS_ERULES: RulesError,
    CLAS_ESTATE: StateError, CLAS_ELIMIT: LimitError,
}


def error_class(code: int) -> type[Error]:
    """The exception class raised for a status code (:class:`Error` for unknown codes)."""
    return _CLASSES.get(int(code), Error)


def _from_status(code: int, message: str, location: str) -> Error:
    """Builds the exception for a failed call (used by the C wrapper)."""
    return error_class(code)(message, location, code)
