# SPDX-License-Identifier: Apache-2.0
# The compiled extension behind clas._capi: internal, typed as Any.
from typing import Any

def __getattr__(name: str) -> Any: ...
