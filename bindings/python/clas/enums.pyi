# SPDX-License-Identifier: Apache-2.0
# Type stubs of clas.enums (kept in step with the annotations of enums.py).
import enum
from typing import Any, TypeVar

_E = TypeVar("_E", bound="_ClasEnum")

class _ClasEnum(enum.IntEnum):
    @property
    def id(self) -> str: ...
    @classmethod
    def parse(cls: type[_E], text: str) -> _E: ...
    @classmethod
    def coerce(cls: type[_E], value: Any) -> _E: ...

class Niveau(_ClasEnum):
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
    ENFANTS = 0
    PARENTS = 1
    ECOLE = 2
    TERRITOIRE = 3

class Action(_ClasEnum):
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
    def label(self) -> str: ...
    @property
    def axe(self) -> Axe: ...

class PorteurType(_ClasEnum):
    CENTRE_SOCIAL = 0
    ASSOCIATION_LOCALE = 1
    ASSOCIATION_RESEAU = 2
    SERVICE_MUNICIPAL = 3
    CCAS = 4
    AUTRE = 5

class Bonus(_ClasEnum):
    ENFANTS = 0
    PARENTS = 1

class Severity(_ClasEnum):
    INFO = 0
    WARNING = 1
    BLOCKING = 2
    OFF = 3

class Regle(_ClasEnum):
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
    def source(self) -> str: ...
    @property
    def source_url(self) -> str: ...
    @property
    def default_severity(self) -> Severity: ...
    @property
    def can_switch_off(self) -> bool: ...

class Lang(_ClasEnum):
    FR = 0
    EN = 1

class Rounding(_ClasEnum):
    HALF_UP = 0
    HALF_EVEN = 1
    DOWN = 2
    UP = 3
    EURO_HALF_UP = 4

class DateKind(_ClasEnum):
    LANCEMENT = 0
    LIMITE_DEPOT = 1
    COMITE = 2

class ReferencePart(_ClasEnum):
    CHAMPS = 0
    TITRE = 1
    SECTION = 2
    URL = 3
    NOTE = 4

class Seuil(_ClasEnum):
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
    NB_ENFANTS = 0
    NB_INTERVENANTS_SALARIES = 1
    NB_INTERVENANTS_BENEVOLES = 2
    SEANCES_PAR_SEMAINE = 3
    MINUTES_PAR_SEANCE = 4
    NB_SEMAINES = 5
    HORS_TEMPS_SCOLAIRE = 6

class Decision(_ClasEnum):
    EN_ATTENTE = 0
    AGREE = 1
    REFUSE = 2

class BilanChamp(_ClasEnum):
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
    ELIGIBLE = 0
    INELIGIBLE = 1
    PARTIEL = 2

class Montant(_ClasEnum):
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
    def regle(self) -> Regle: ...
    @property
    def source(self) -> str: ...
    @property
    def source_url(self) -> str: ...

class Unite(_ClasEnum):
    CENTS = 0
    TAUX = 1
    NOMBRE = 2
    BOOLEEN = 3
    DATE = 4
    NIVEAUX = 5
    DECISION = 6

class Total(_ClasEnum):
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
