# SPDX-License-Identifier: Apache-2.0
"""libclas for Python: the French Clas funding rules (Contrat local
d'accompagnement à la scolarité).

Load or build a :class:`Dossier`, evaluate it against the rule set shipped
with the library (or your own :class:`Regles`), read verdicts, constats,
amounts and the explanation trace::

    import clas
    from decimal import Decimal

    d = clas.Dossier("2025-2026", id="D1", departement="51", date_depot="2025-08-12")
    c = d.add_collectif("C1", niveaux=["CM1", "CM2"], nb_enfants=10,
                        nb_intervenants_salaries=1, nb_intervenants_benevoles=1,
                        depenses=Decimal("10000.00"))
    ...
    ev = d.evaluate(trace=True)
    ev.collectifs["C1"].ps          # Decimal('2800.70')

Money is always :class:`decimal.Decimal` euros (floats are refused), errors
are subclasses of :class:`clas.Error`, enumerations are :class:`enum.IntEnum`.
"""

from __future__ import annotations

from . import _capi
from .campagne import Campagne, Rapport
from .dossier import ActionItem, Bilan, Collectif, Collectifs, Dossier, Financement, Porteur
from .enums import (Action, Axe, BilanChamp, BilanPrecedent, Bonus, Champ, Code, ConsequencePart, DateKind, Decision,
                    EducationPrioritaire, ErrorArgType, LabelKind, Lang, Lien, Montant, Niveau, PorteurType,
                    ReferencePart, Regle, Rounding, Seuil, Severity, Statut, Total, Unite, Verdict)
from .errors import (AlreadyExists, EncodingError, Error, FileError, InvalidArgument, NoBareme, NotFound,
                     LimitError, OutOfMemory, ParseError, RangeError, RulesError, SchemaError, StateError,
                     error_class)
from .evaluation import CollectifResult, Constat, Etape, Evaluation, Valeur
from .money import format_human, from_cents, to_cents
from .regles import Bareme, Cadre, Reference, Regles, ReglesBuilder, Source

#: Version of the libclas library actually loaded ("1.0.0").
__version__: str = _capi.clas_version_string()
#: Same, as CLAS_VERSION_ENCODE(major, minor, patch).
version_number: int = _capi.clas_version_number()

__all__ = [
    "Action", "ActionItem", "AlreadyExists", "Axe", "Bareme", "Bilan", "BilanChamp", "BilanPrecedent", "Bonus",
    "Cadre", "ConsequencePart", "EducationPrioritaire", "Lien",
    "Campagne", "Champ", "Code", "Collectif", "CollectifResult", "Collectifs", "Constat", "DateKind",
    "Decision", "Dossier", "EncodingError", "Error", "ErrorArgType", "Etape", "Evaluation", "FileError",
    "Financement", "InvalidArgument", "LabelKind", "Lang", "LimitError", "Montant", "Niveau", "NoBareme", "NotFound",
    "OutOfMemory", "ParseError", "Porteur", "PorteurType", "RangeError", "Rapport", "Reference", "ReferencePart",
    "Regle", "Regles", "ReglesBuilder", "Rounding", "RulesError", "SchemaError", "Seuil", "Severity", "Source",
    "StateError", "Statut", "Total", "Unite", "Valeur", "Verdict", "error_class", "format_human", "from_cents",
    "to_cents", "version_number",
]
