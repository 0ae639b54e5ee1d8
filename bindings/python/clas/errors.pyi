# SPDX-License-Identifier: Apache-2.0
# Type stubs of clas.errors (kept in step with the annotations of errors.py).
from typing import Any, Optional, Tuple

class Error(Exception):
    default_code: int
    code: int
    status: str
    message: str
    location: str
    def __init__(self, message: str = ..., location: str = ..., code: Optional[int] = ...) -> None: ...
    @property
    def description(self) -> str: ...
    def __reduce__(self) -> Tuple[Any, ...]: ...

class InvalidArgument(Error, ValueError):
    default_code: int

class OutOfMemory(Error, MemoryError):
    default_code: int

class RangeError(Error, ValueError):
    default_code: int

class NotFound(Error, KeyError):
    default_code: int

class NoBareme(Error, LookupError):
    default_code: int

class AlreadyExists(Error, ValueError):
    default_code: int

class ParseError(Error, ValueError):
    default_code: int

class SchemaError(Error, ValueError):
    default_code: int

class EncodingError(Error, ValueError):
    default_code: int

class FileError(Error, OSError):
    default_code: int
    def __init__(self, message: str = ..., location: str = ..., code: Optional[int] = ...) -> None: ...

class RulesError(Error, ValueError):
    default_code: int

class StateError(Error, RuntimeError):
    default_code: int

class LimitError(Error, ValueError):
    default_code: int

def error_class(code: int) -> type[Error]: ...
