# SPDX-License-Identifier: Apache-2.0
# The low-level SWIG module (generated from bindings/swig/clas.i): an
# internal layer of the package, typed as Any. Use the clas package.
from typing import Any

def __getattr__(name: str) -> Any: ...
