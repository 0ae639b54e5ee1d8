# SPDX-License-Identifier: Apache-2.0
# Type stubs of clas.batch (kept in step with the annotations of batch.py).
from typing import Any, Dict, Iterable, Optional

BONUS_ENFANTS_DEMANDE: int
BONUS_ENFANTS_ACCORDE: int
BONUS_PARENTS_DEMANDE: int
BONUS_PARENTS_ACCORDE: int
AGREE: int
REFUSE: int
FINANCEMENTS_DECLARES: int
BONUS_ENFANTS_SANS_PROJET: int
BONUS_PARENTS_SANS_PROJET: int
AIDE_DEVOIRS_SEULE: int
NO_CODE: int

def evaluate(regles: Any, annee_scolaire: str = ..., departement: Optional[str] = ..., *, cadre: Any = ..., outputs: Iterable[str] = ..., **columns: Any) -> Dict[str, Any]: ...
def ps(bareme: Any, depenses: Any) -> Any: ...
