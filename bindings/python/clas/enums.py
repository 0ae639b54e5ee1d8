# SPDX-License-Identifier: Apache-2.0
"""Enumerations of libclas, as :class:`enum.IntEnum`.

The values are the C library's (stable, never renumbered). Each member has
``.id``, its stable identifier in JSON documents and messages (``Niveau.CM1.id
== "CM1"``, ``Regle.GROUPE.id == "R-GROUPE"``), and ``str(member)`` is that id.
Wherever the API takes an enumeration, it also accepts the id as a string
(``"CM1"``) or the plain integer value.
"""

from __future__ import annotations

import enum
from typing import Any, TypeVar

from . import _capi
from .errors import InvalidArgument

__all__ = ["Niveau", "Axe", "Action", "PorteurType", "Bonus", "Severity", "Regle", "Lang", "Rounding", "DateKind", "ReferencePart", "Seuil", "Champ", "Decision", "BilanChamp", "Verdict", "Montant", "Code", "Unite", "Total"]

_E = TypeVar("_E", bound="_ClasEnum")


class _ClasEnum(enum.IntEnum):
    """Base of libclas enumerations: ``.id``, ``parse()``, ``str()`` is the id."""

    @property
    def id(self) -> str:
        """Stable identifier of the member, as used in JSON documents."""
        fn = _NAME_FUNCTIONS.get(type(self))
        if fn is None:
            return self.name.lower()
        return getattr(_capi, fn)(int(self))

    def __str__(self) -> str:
        return self.id

    def __repr__(self) -> str:
        return f"<{type(self).__name__}.{self.name}: {int(self)}>"

    @classmethod
    def parse(cls: type[_E], text: str) -> _E:
        """The member whose id is *text* (``Niveau.parse("6e") is Niveau.SIXIEME``).

        Raises:
            InvalidArgument: *text* is not an id of this enumeration.
        """
        for member in cls:
            if member.id == text:
                return member
        raise InvalidArgument(f"unknown {cls.__name__} {text!r}; expected one of "
                              + ", ".join(m.id for m in cls))

    @classmethod
    def coerce(cls: type[_E], value: Any) -> _E:
        """A member from a member, an id string or an integer value."""
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            return cls.parse(value)
        if isinstance(value, int) and not isinstance(value, bool):
            try:
                return cls(value)
            except ValueError:
                raise InvalidArgument(f"{value} is not a valid {cls.__name__}") from None
        raise TypeError(f"expected {cls.__name__}, str or int, not {type(value).__name__}")


class Niveau(_ClasEnum):
    """School levels; CP to Terminale are the Clas public (R-PUBLIC)."""
    PS = 0
    MS = 1
    GS = 2
    CP = 3
    CE1 = 4
    CE2 = 5
    CM1 = 6
    CM2 = 7
    SIXIEME = 8
    CINQUIEME = 9
    QUATRIEME = 10
    TROISIEME = 11
    SECONDE = 12
    PREMIERE = 13
    TERMINALE = 14
    SUPERIEUR = 15


class Axe(_ClasEnum):
    """The four mandatory axes (R-AXES)."""
    ENFANTS = 0
    PARENTS = 1
    ECOLE = 2
    TERRITOIRE = 3


class Action(_ClasEnum):
    """The catalogue of actions, per axis; ids read "axe.name"."""
    ENFANTS_APPUI_METHODOLOGIE = 0
    ENFANTS_RESSOURCES_LOCALES = 1
    ENFANTS_VIE_COLLECTIVE = 2
    ENFANTS_ENTRAIDE = 3
    ENFANTS_SUIVI_PRESENCES = 4
    ENFANTS_AUTRE = 5
    PARENTS_INFORMATION_INSCRIPTION = 6
    PARENTS_CONVIVIALITE = 7
    PARENTS_CODES_ECOLE = 8
    PARENTS_ORIENTATION_PARTENAIRES = 9
    PARENTS_ECHANGES_INFORMELS = 10
    PARENTS_AUTRE = 11
    ECOLE_DIAGNOSTIC_PARTAGE = 12
    ECOLE_CONTINUITE_EDUCATIVE = 13
    ECOLE_ECHANGES_ENSEIGNANTS = 14
    ECOLE_AUTRE = 15
    TERRITOIRE_RESSOURCES_PROXIMITE = 16
    TERRITOIRE_REAAP = 17
    TERRITOIRE_COHERENCE_PRE_PEDT_PEL = 18
    TERRITOIRE_AUTRE = 19

    @property
    def label(self) -> str:
        """French label of the action in the catalogue."""
        return _capi.clas_action_label(int(self))

    @property
    def axe(self) -> "Axe":
        """The axis the action belongs to."""
        return Axe(_capi.clas_action_axe(int(self)))


class PorteurType(_ClasEnum):
    """Types of porteur."""
    CENTRE_SOCIAL = 0
    ASSOCIATION_LOCALE = 1
    ASSOCIATION_RESEAU = 2
    SERVICE_MUNICIPAL = 3
    CCAS = 4
    AUTRE = 5


class Bonus(_ClasEnum):
    """The two committee bonuses (R-BONUS)."""
    ENFANTS = 0
    PARENTS = 1


class Severity(_ClasEnum):
    """Severity of a constat; OFF disables a rule in a cadre."""
    INFO = 0
    WARNING = 1
    BLOCKING = 2
    OFF = 3


class Regle(_ClasEnum):
    """The rules of the Clas framework; ids read "R-GROUPE"."""
    PUBLIC = 0
    HORS_TEMPS = 1
    AXES = 2
    SOCLE_PARENTS = 3
    GROUPE = 4
    ENCADREMENT = 5
    DELAI = 6
    AIDE_DEVOIRS = 7
    BUDGET = 8
    PS = 9
    BONUS = 10
    BAREME = 11
    AGREMENT = 12
    BILAN = 13
    FREQUENCE = 14
    COMPOSITION = 15

    @property
    def source(self) -> str:
        """The text that states the rule: title, section."""
        return _capi.clas_regle_source(int(self))

    @property
    def source_url(self) -> str:
        """Where the rule's text can be read (``""`` when not online)."""
        return _capi.clas_regle_source_url(int(self))

    @property
    def default_severity(self) -> "Severity":
        """The national severity, used by a cadre that sets none."""
        return Severity(_capi.clas_regle_default_severity(int(self)))

    @property
    def can_switch_off(self) -> bool:
        """Whether a cadre may set the rule to ``Severity.OFF``."""
        return bool(_capi.clas_regle_can_switch_off(int(self)))


class Lang(_ClasEnum):
    """Languages of messages."""
    FR = 0
    EN = 1


class Rounding(_ClasEnum):
    """Rounding rules of a barème."""
    HALF_UP = 0
    HALF_EVEN = 1
    DOWN = 2
    UP = 3
    EURO_HALF_UP = 4


class DateKind(_ClasEnum):
    """Dates of a cadre's calendar."""
    LANCEMENT = 0
    LIMITE_DEPOT = 1
    COMITE = 2


class ReferencePart(_ClasEnum):
    """Parts of a barème's or cadre's reference."""
    CHAMPS = 0
    TITRE = 1
    SECTION = 2
    URL = 3
    NOTE = 4


class Seuil(_ClasEnum):
    """Thresholds of a cadre."""
    ENFANTS_MIN = 0
    ENFANTS_MAX = 1
    INTERVENANTS_MIN = 2
    ACTIONS_PARENTS_MIN = 3
    ACTIONS_PAR_AXE_MIN = 4
    TAUX_ACOMPTE = 5
    SEANCES_PAR_SEMAINE_MIN = 6
    MINUTES_PAR_SEANCE_MIN = 7
    SEMAINES_MIN = 8
    CYCLES_MAX = 9
    BILAN_REDUCTION = 10
    DROIT_REEL_PLAFONNE = 11
    SURFINANCEMENT_ECRETE = 12


class Champ(_ClasEnum):
    """Integer fields of a collectif."""
    NB_ENFANTS = 0
    NB_INTERVENANTS_SALARIES = 1
    NB_INTERVENANTS_BENEVOLES = 2
    SEANCES_PAR_SEMAINE = 3
    MINUTES_PAR_SEANCE = 4
    NB_SEMAINES = 5
    HORS_TEMPS_SCOLAIRE = 6


class Decision(_ClasEnum):
    """The committee's decision on a collectif (agrément)."""
    EN_ATTENTE = 0
    AGREE = 1
    REFUSE = 2


class BilanChamp(_ClasEnum):
    """Indicators of a collectif's bilan."""
    NB_ENFANTS = 0
    NB_FAMILLES = 1
    NB_INTERVENANTS_SALARIES = 2
    NB_INTERVENANTS_BENEVOLES = 3
    NB_SEANCES = 4
    NB_HEURES = 5
    TAUX_PRESENCE = 6
    NB_ACTIONS_PARENTS = 7
    NB_PARENTS_TOUCHES = 8
    DEPENSES_REELLES = 9
    FINANCEMENTS_REELS = 10


class Verdict(_ClasEnum):
    """Verdicts; PARTIEL is for dossiers only."""
    ELIGIBLE = 0
    INELIGIBLE = 1
    PARTIEL = 2


class Montant(_ClasEnum):
    """Amounts computed per collectif and per dossier."""
    DEPENSES = 0
    AUTRES_FINANCEMENTS = 1
    BASE = 2
    PS_CALCULEE = 3
    PS = 4
    BONUS_ENFANTS_DEMANDE = 5
    BONUS_PARENTS_DEMANDE = 6
    BONUS_ENFANTS = 7
    BONUS_PARENTS = 8
    TOTAL = 9
    ACOMPTE = 10
    DEPENSES_REELLES = 11
    PS_REELLE = 12
    DROIT_REEL = 13
    ACOMPTES_VERSES = 14
    REGULARISATION = 15


class Code(_ClasEnum):
    """Stable constat codes."""
    PUBLIC_AUCUN_NIVEAU = 0
    PUBLIC_NIVEAU_HORS_CHAMP = 1
    HORS_TEMPS_NON = 2
    AXE_ENFANTS_ABSENT = 3
    AXE_PARENTS_ABSENT = 4
    AXE_ECOLE_ABSENT = 5
    AXE_TERRITOIRE_ABSENT = 6
    SOCLE_PARENTS_INSUFFISANT = 7
    GROUPE_TROP_PETIT = 8
    GROUPE_TROP_GRAND = 9
    ENCADREMENT_INSUFFISANT = 10
    DEPOT_HORS_DELAI = 11
    DEPOT_DATE_ABSENTE = 12
    DOSSIER_SANS_COLLECTIF = 13
    AIDE_DEVOIRS_SEULE = 14
    BUDGET_DEPENSES_NULLES = 15
    BUDGET_FINANCEMENTS_NON_DECLARES = 16
    BUDGET_SURFINANCEMENT = 17
    PS_PRIX_PLAFOND_APPLIQUE = 18
    PS_MAXIMUM_APPLIQUE = 19
    BONUS_SANS_AGREMENT = 20
    BONUS_SANS_PROJET = 21
    BONUS_NON_DEMANDE = 22
    BAREME_PROVISOIRE = 23
    AGREMENT_REFUSE = 24
    AGREMENT_EN_ATTENTE = 25
    BILAN_SOLDE = 26
    BILAN_INDU = 27
    BILAN_GROUPE_HORS_NORME = 28
    DEPOT_DELAI_NON_VERIFIE = 29
    FREQUENCE_SEANCES_INSUFFISANTES = 30
    FREQUENCE_DUREE_INSUFFISANTE = 31
    FREQUENCE_SEMAINES_INSUFFISANTES = 32
    BILAN_SEANCES_INSUFFISANTES = 33
    BILAN_HEURES_INSUFFISANTES = 34
    COMPOSITION_CYCLES_MELANGES = 35

    @property
    def regle(self) -> "Regle":
        """The rule this constat code belongs to."""
        return Regle(_capi.clas_code_regle(int(self)))

    @property
    def source(self) -> str:
        """The text behind the code: its own, else its rule's."""
        return _capi.clas_code_source(int(self))

    @property
    def source_url(self) -> str:
        """Where that text can be read (``""`` when not online)."""
        return _capi.clas_code_source_url(int(self))


class Unite(_ClasEnum):
    """Units of the values of a trace step."""
    CENTS = 0
    TAUX = 1
    NOMBRE = 2
    BOOLEEN = 3
    DATE = 4
    NIVEAUX = 5
    DECISION = 6


class Total(_ClasEnum):
    """Department totals of a report."""
    DOSSIERS = 0
    PORTEURS = 1
    PORTEURS_FINANCES = 2
    COLLECTIFS = 3
    COLLECTIFS_ELIGIBLES = 4
    ENFANTS = 5
    PS = 6
    BONUS_ENFANTS = 7
    BONUS_PARENTS = 8
    BONUS_DEMANDES = 9
    MONTANT = 10


_NAME_FUNCTIONS: dict[type, str] = {
    Niveau: "clas_niveau_name",
    Axe: "clas_axe_name",
    Action: "clas_action_name",
    PorteurType: "clas_porteur_type_name",
    Bonus: "clas_bonus_name",
    Severity: "clas_severity_name",
    Regle: "clas_regle_id",
    Rounding: "clas_rounding_name",
    DateKind: "clas_date_kind_name",
    Seuil: "clas_seuil_name",
    Champ: "clas_champ_name",
    Decision: "clas_decision_name",
    BilanChamp: "clas_bilan_champ_name",
    Verdict: "clas_verdict_name",
    Montant: "clas_montant_name",
    Code: "clas_code_name",
    Unite: "clas_unite_name",
    Total: "clas_rapport_total_name",
}

