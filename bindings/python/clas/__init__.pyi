# SPDX-License-Identifier: Apache-2.0
# Type stubs of clas (kept in step with the annotations of __init__.py).
from . import _capi as _capi
from .campagne import Campagne as Campagne, Rapport as Rapport
from .dossier import ActionItem as ActionItem, Bilan as Bilan, Collectif as Collectif, Collectifs as Collectifs, Dossier as Dossier, Financement as Financement, Porteur as Porteur
from .enums import Action as Action, Axe as Axe, BilanChamp as BilanChamp, BilanPrecedent as BilanPrecedent, ConsequencePart as ConsequencePart, EducationPrioritaire as EducationPrioritaire, Lien as Lien, Bonus as Bonus, Champ as Champ, Code as Code, DateKind as DateKind, Decision as Decision, Lang as Lang, Montant as Montant, Niveau as Niveau, PorteurType as PorteurType, ReferencePart as ReferencePart, Regle as Regle, Rounding as Rounding, Seuil as Seuil, Severity as Severity, Total as Total, Unite as Unite, Verdict as Verdict
from .errors import AlreadyExists as AlreadyExists, EncodingError as EncodingError, Error as Error, FileError as FileError, InvalidArgument as InvalidArgument, LimitError as LimitError, NoBareme as NoBareme, NotFound as NotFound, OutOfMemory as OutOfMemory, ParseError as ParseError, RangeError as RangeError, RulesError as RulesError, SchemaError as SchemaError, StateError as StateError, error_class as error_class
from .evaluation import CollectifResult as CollectifResult, Constat as Constat, Etape as Etape, Evaluation as Evaluation, Valeur as Valeur
from .money import format_human as format_human, from_cents as from_cents, to_cents as to_cents
from .regles import Bareme as Bareme, Cadre as Cadre, Reference as Reference, Regles as Regles, ReglesBuilder as ReglesBuilder, Source as Source

__version__: str
version_number: int

__all__ = [
    "Action", "ActionItem", "AlreadyExists", "Axe", "Bareme", "Bilan", "BilanChamp", "BilanPrecedent", "Bonus",
    "Cadre", "ConsequencePart", "EducationPrioritaire", "Lien",
    "Campagne", "Champ", "Code", "Collectif", "CollectifResult", "Collectifs", "Constat", "DateKind",
    "Decision", "Dossier", "EncodingError", "Error", "Etape", "Evaluation", "FileError", "Financement",
    "InvalidArgument", "Lang", "Montant", "Niveau", "NoBareme", "NotFound", "OutOfMemory", "ParseError",
    "Porteur", "PorteurType", "RangeError", "Rapport", "Reference", "ReferencePart", "Regle", "Regles", "ReglesBuilder", "Rounding",
    "LimitError", "RulesError", "SchemaError", "Seuil", "Severity", "Source", "StateError", "Total", "Unite", "Valeur",
    "Verdict", "error_class", "format_human", "from_cents", "to_cents", "version_number",
]
