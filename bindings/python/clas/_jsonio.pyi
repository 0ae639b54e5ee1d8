# SPDX-License-Identifier: Apache-2.0
# Type stubs of clas._jsonio (kept in step with the annotations of _jsonio.py).
import os
from typing import Any, Optional, Tuple, Union

Document = Union[str, bytes, bytearray, memoryview, dict, "os.PathLike[str]", Any]

def document(source: Any) -> Tuple[Optional[Union[str, bytes]], Optional[str], Optional[str]]: ...
def path_of(source: Any) -> str: ...
def loads(text: str) -> Any: ...
