# SPDX-License-Identifier: Apache-2.0
"""The dossier a porteur files for one school year, its porteur and collectifs."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Dict, Iterable, Iterator, List, NamedTuple, Optional, Sequence, overload

from . import _capi
from ._base import _Wrapper
from ._jsonio import Document, document, loads, path_of
from .enums import Action, Axe, BilanChamp, BilanPrecedent, Bonus, Champ, Decision, EducationPrioritaire, Lien, Niveau, PorteurType
from .errors import StateError
from .evaluation import Evaluation, _evaluate
from .money import Amount, from_cents, from_millionths, to_cents, to_millionths
from .regles import Regles

__all__ = ["Dossier", "Porteur", "Collectif", "Collectifs", "Financement", "ActionItem", "Bilan"]

_TRACE = _capi.CLAS_EVAL_TRACE
_CARRY_FORWARD = _capi.CLAS_CARRY_FORWARD
_default_regles = Regles.default


class Financement(NamedTuple):
    """A funding line declared besides the CAF's (commune, département, État...)."""
    libelle: str
    montant: Decimal


class ActionItem(NamedTuple):
    """An action of a collectif: an :class:`Action` of the catalogue and its free text."""
    action: Action
    texte: str


def _int_field(champ: Champ, doc: str) -> property:
    def get(self: "Collectif") -> int:
        return self._h.get(int(champ))

    def set(self: "Collectif", value: int) -> None:
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"{champ.id}: expected int, not {type(value).__name__}")
        self._h.set(int(champ), value)
    return property(get, set, doc=doc)


class Porteur(_Wrapper):
    """The organisation that files a dossier; borrowed from (and keeps alive) its dossier."""

    __slots__ = ()

    @property
    def id(self) -> str:
        """Porteur id."""
        return self._h.id()

    @id.setter
    def id(self, value: str) -> None:
        self._h.set_id(value)

    @property
    def nom(self) -> str:
        """Name of the organisation."""
        return self._h.nom()

    @nom.setter
    def nom(self, value: str) -> None:
        self._h.set_nom(value)

    @property
    def type(self) -> PorteurType:
        """Type of porteur (``PorteurType.CENTRE_SOCIAL``...; a string id is accepted)."""
        return PorteurType(self._h.type())

    @type.setter
    def type(self, value: Any) -> None:
        self._h.set_type(int(PorteurType.coerce(value)))

    @property
    def commune(self) -> str:
        """Commune of the porteur."""
        return self._h.commune()

    @commune.setter
    def commune(self, value: str) -> None:
        self._h.set_commune(value)

    def __repr__(self) -> str:
        return f"<Porteur {self.id!r} {self.nom!r} {self.type.id}>"


class Bilan:
    """The bilan of a collectif (actual figures after the year), read as a mapping.

    ``collectif.bilan[BilanChamp.NB_ENFANTS]`` or ``collectif.bilan["nb_enfants"]``;
    ``depenses_reelles`` and ``financements_reels`` are ``Decimal`` euros,
    ``taux_presence`` a ``Decimal`` fraction, the rest integers.
    """

    __slots__ = ("_collectif",)
    _MONEY = (BilanChamp.DEPENSES_REELLES, BilanChamp.FINANCEMENTS_REELS)

    def __init__(self, collectif: "Collectif") -> None:
        self._collectif = collectif

    def __getitem__(self, champ: Any) -> Any:
        c = BilanChamp.coerce(champ)
        raw = self._collectif._h.bilan(int(c))
        if c in self._MONEY:
            return from_cents(raw)
        if c is BilanChamp.TAUX_PRESENCE:
            return from_millionths(raw)
        return raw

    def __setitem__(self, champ: Any, value: Any) -> None:
        c = BilanChamp.coerce(champ)
        if c in self._MONEY:
            raw = to_cents(value, c.id)
        elif c is BilanChamp.TAUX_PRESENCE:
            raw = to_millionths(value, c.id)
        elif isinstance(value, int) and not isinstance(value, bool):
            raw = value
        else:
            raise TypeError(f"{c.id}: expected int, not {type(value).__name__}")
        self._collectif._h.set_bilan(int(c), raw)

    def __iter__(self) -> Iterator[BilanChamp]:
        return iter(BilanChamp)

    def __len__(self) -> int:
        return len(BilanChamp)

    def to_dict(self) -> Dict[str, Any]:
        """Every figure, keyed by its id."""
        return {c.id: self[c] for c in BilanChamp}

    def __repr__(self) -> str:
        return f"<Bilan {self.to_dict()}>"


class Collectif(_Wrapper):
    """One group of children, the unit that is funded.

    Borrowed from its dossier (and keeps it alive). Counts are ``int``
    properties, money ``Decimal`` euros::

        c = dossier.add_collectif("C1", nom="CM1-CM2 du mardi")
        c.niveaux = [Niveau.CM1, "CM2"]
        c.nb_enfants = 10
        c.depenses = Decimal("10000.00")
        c.add_action(Action.PARENTS_CONVIVIALITE)
    """

    __slots__ = ()

    @property
    def id(self) -> str:
        """Collectif id, unique in its dossier."""
        return self._h.id()

    @property
    def nom(self) -> str:
        """Name of the collectif."""
        return self._h.nom()

    @nom.setter
    def nom(self, value: str) -> None:
        self._h.set_nom(value)

    @property
    def niveaux(self) -> frozenset:
        """School levels, a frozenset of :class:`Niveau`; assign any iterable of levels or ids."""
        mask = self._h.niveaux()
        return frozenset(n for n in Niveau if mask & (1 << int(n)))

    @niveaux.setter
    def niveaux(self, values: Iterable[Any]) -> None:
        if isinstance(values, (str, int)):
            values = [values]
        mask = 0
        for v in values:
            mask |= 1 << int(Niveau.coerce(v))
        self._h.set_niveaux(mask)

    def add_niveau(self, niveau: Any) -> None:
        """Adds a school level (idempotent)."""
        self._h.add_niveau(int(Niveau.coerce(niveau)))

    def remove_niveau(self, niveau: Any) -> None:
        """Removes a school level."""
        self._h.remove_niveau(int(Niveau.coerce(niveau)))

    def has_niveau(self, niveau: Any) -> bool:
        """True if the group includes a school level (``Niveau.CM1``, ``"CM1"`` or its value)."""
        return self._h.has_niveau(int(Niveau.coerce(niveau)))

    nb_enfants = _int_field(Champ.NB_ENFANTS, "Number of children in the group (R-GROUPE).")
    nb_intervenants_salaries = _int_field(Champ.NB_INTERVENANTS_SALARIES, "Paid staff (R-ENCADREMENT).")
    nb_intervenants_benevoles = _int_field(Champ.NB_INTERVENANTS_BENEVOLES, "Volunteers (R-ENCADREMENT).")
    seances_par_semaine = _int_field(Champ.SEANCES_PAR_SEMAINE, "Sessions per week.")
    minutes_par_seance = _int_field(Champ.MINUTES_PAR_SEANCE, "Minutes per session.")
    nb_semaines = _int_field(Champ.NB_SEMAINES, "Number of weeks.")

    @property
    def hors_temps_scolaire(self) -> bool:
        """True if the sessions are out of school time (R-HORS-TEMPS); default True."""
        return bool(self._h.get(int(Champ.HORS_TEMPS_SCOLAIRE)))

    @hors_temps_scolaire.setter
    def hors_temps_scolaire(self, value: bool) -> None:
        self._h.set(int(Champ.HORS_TEMPS_SCOLAIRE), 1 if value else 0)

    @property
    def qpv(self) -> bool:
        """True if the group's public lives in a quartier prioritaire de la politique de la ville."""
        return bool(self._h.get(int(Champ.QPV)))

    @qpv.setter
    def qpv(self, value: bool) -> None:
        self._h.set(int(Champ.QPV), 1 if value else 0)

    @property
    def zone_rurale(self) -> bool:
        """True if the group is held in a rural area."""
        return bool(self._h.get(int(Champ.ZONE_RURALE)))

    @zone_rurale.setter
    def zone_rurale(self, value: bool) -> None:
        self._h.set(int(Champ.ZONE_RURALE), 1 if value else 0)

    @property
    def education_prioritaire(self) -> EducationPrioritaire:
        """The schools' priority network (``EducationPrioritaire.REP``, ``"rep_plus"``...)."""
        return EducationPrioritaire(self._h.get(int(Champ.EDUCATION_PRIORITAIRE)))

    @education_prioritaire.setter
    def education_prioritaire(self, value: Any) -> None:
        self._h.set(int(Champ.EDUCATION_PRIORITAIRE), int(EducationPrioritaire.coerce(value)))

    def get(self, champ: Any) -> int:
        """An integer field by :class:`Champ` or id."""
        return self._h.get(int(Champ.coerce(champ)))

    def set(self, champ: Any, value: int) -> None:
        """Sets an integer field by :class:`Champ` or id."""
        self._h.set(int(Champ.coerce(champ)), value)

    @property
    def depenses(self) -> Decimal:
        """Forecast operating expenses, ``Decimal`` euros (``Decimal``, ``str`` or ``int`` euros accepted)."""
        return from_cents(self._h.depenses())

    @depenses.setter
    def depenses(self, value: Amount) -> None:
        self._h.set_depenses(to_cents(value, "depenses"))

    @property
    def financements(self) -> List[Financement]:
        """The other funding lines declared."""
        h = self._h
        return [Financement(h.financement_libelle(i), from_cents(h.financement_montant(i)))
                for i in range(h.num_financements())]

    def add_financement(self, libelle: str, montant: Amount) -> None:
        """Declares another funding line."""
        self._h.add_financement(libelle, to_cents(montant, "financement"))

    @property
    def actions(self) -> List[ActionItem]:
        """The actions, in order."""
        h = self._h
        return [ActionItem(Action(h.action(i)), h.action_texte(i)) for i in range(h.num_actions())]

    def add_action(self, action: Any, texte: Optional[str] = None) -> None:
        """Adds an action of the catalogue; the ``*_AUTRE`` actions need a text."""
        self._h.add_action(int(Action.coerce(action)), texte)

    def num_actions(self, axe: Any = None) -> int:
        """Number of actions, on one axis if given."""
        if axe is None:
            return self._h.num_actions()
        return self._h.num_actions_axe(int(Axe.coerce(axe)))

    def request_bonus(self, bonus: Any, projet: str = "") -> None:
        """Requests a bonus with the description of the project beyond the base (R-BONUS)."""
        self._h.set_bonus_demande(int(Bonus.coerce(bonus)), True, projet)

    def withdraw_bonus(self, bonus: Any) -> None:
        """Withdraws a bonus request."""
        self._h.set_bonus_demande(int(Bonus.coerce(bonus)), False, None)

    def bonus_requested(self, bonus: Any) -> bool:
        """True if the bonus is requested."""
        return self._h.bonus_demande(int(Bonus.coerce(bonus)))

    def bonus_projet(self, bonus: Any) -> str:
        """The project description of a bonus request."""
        return self._h.bonus_projet(int(Bonus.coerce(bonus)))

    def grant_bonus(self, bonus: Any, granted: bool = True) -> None:
        """Records the committee granting (or withholding) a bonus."""
        self._h.set_bonus_accorde(int(Bonus.coerce(bonus)), bool(granted))

    def bonus_granted(self, bonus: Any) -> bool:
        """True if the committee granted the bonus."""
        return self._h.bonus_accorde(int(Bonus.coerce(bonus)))

    @property
    def decision(self) -> Decision:
        """The committee's decision (agrément); assigning keeps the motive empty."""
        return Decision(self._h.decision())

    @decision.setter
    def decision(self, value: Any) -> None:
        self._h.set_decision(int(Decision.coerce(value)), None)

    @property
    def decision_motif(self) -> str:
        """Motive of the decision."""
        return self._h.decision_motif()

    def set_decision(self, decision: Any, motif: Optional[str] = None) -> None:
        """Records the committee's decision and its motive."""
        self._h.set_decision(int(Decision.coerce(decision)), motif)

    @property
    def acomptes_verses(self) -> Decimal:
        """Advances already paid, ``Decimal`` euros."""
        return from_cents(self._h.acomptes_verses())

    @acomptes_verses.setter
    def acomptes_verses(self, value: Amount) -> None:
        self._h.set_acomptes_verses(to_cents(value, "acomptes_verses"))

    @property
    def bilan(self) -> Optional[Bilan]:
        """The bilan, or None if none was recorded (see :meth:`set_bilan`)."""
        return Bilan(self) if self._h.has_bilan() else None

    def set_bilan(self, **figures: Any) -> Bilan:
        """Records bilan figures by id (``set_bilan(nb_enfants=9, depenses_reelles="9000.00")``)."""
        b = Bilan(self)
        for k, v in figures.items():
            b[k] = v
        if not figures:
            self._h.set_bilan(int(BilanChamp.NB_ENFANTS), self._h.bilan(int(BilanChamp.NB_ENFANTS)))
        return b

    def clear_bilan(self) -> None:
        """Removes the bilan."""
        self._h.clear_bilan()

    def __repr__(self) -> str:
        if self.closed:
            return "<Collectif closed>"
        return (f"<Collectif {self.id!r} niveaux={sorted(n.id for n in self.niveaux)} "
                f"nb_enfants={self.nb_enfants} depenses={self.depenses} decision={self.decision.id}>")


class Collectifs(Sequence[Collectif]):
    """The collectifs of a dossier: a live sequence, also indexable by id (``dossier.collectifs["C1"]``)."""

    __slots__ = ("_dossier",)

    def __init__(self, dossier: "Dossier") -> None:
        self._dossier = dossier

    def __len__(self) -> int:
        return self._dossier._h.num_collectifs()

    @overload
    def __getitem__(self, key: int) -> Collectif: ...
    @overload
    def __getitem__(self, key: slice) -> List[Collectif]: ...  # noqa: E301
    @overload
    def __getitem__(self, key: str) -> Collectif: ...  # noqa: E301

    def __getitem__(self, key: Any) -> Any:
        h = self._dossier._h
        if isinstance(key, str):
            return Collectif._wrap(h.find_collectif(key), self._dossier)
        if isinstance(key, slice):
            return [self[i] for i in range(*key.indices(len(self)))]
        n = len(self)
        i = key + n if key < 0 else key
        if not 0 <= i < n:
            raise IndexError(f"collectif index {key} out of range ({n} collectifs)")
        return Collectif._wrap(h.collectif(i), self._dossier)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, str):
            return any(c.id == item for c in self)
        return isinstance(item, Collectif) and any(c.id == item.id for c in self)

    def __repr__(self) -> str:
        return f"<Collectifs {[c.id for c in self]}>"


class Dossier(_Wrapper):
    """One porteur's application for one school year.

    Build one in code or load it with :meth:`from_json` / :meth:`from_file`::

        d = Dossier("2025-2026", id="D1", departement="51", date_depot="2025-08-12")
        d.porteur.nom = "Centre social des Tilleuls"
        c = d.add_collectif("C1", niveaux=["CM1", "CM2"], nb_enfants=10, depenses="10000.00")
        evaluation = d.evaluate(trace=True)

    Dossiers compare equal when every field is equal (``==``). A dossier
    owns its porteur and collectifs; those stay usable as long as any of
    them (or the dossier) is referenced.
    """

    __slots__ = ()

    def __init__(self, annee_scolaire: str, *, id: Optional[str] = None, departement: Optional[str] = None,
                 date_depot: Optional[str] = None) -> None:
        super().__init__(_capi.Dossier(annee_scolaire))
        if id is not None:
            self.id = id
        if departement is not None:
            self.departement = departement
        if date_depot is not None:
            self.date_depot = date_depot

    @staticmethod
    def from_json(source: Document) -> "Dossier":
        """Parses a ``clas-dossier/1`` document: str, bytes, dict, ``pathlib.Path`` or file object.

        Raises :class:`ParseError`, :class:`SchemaError`, :class:`EncodingError`,
        :class:`RangeError` with the location (``line:column: $.path``).
        """
        data, origin, path = document(source)
        if path is not None:
            return Dossier._wrap(_capi.Dossier.from_json_file(path))
        return Dossier._wrap(_capi.Dossier.from_json(data, origin))

    @staticmethod
    def from_file(path: Any) -> "Dossier":
        """Reads a ``clas-dossier/1`` file (path or open file); :class:`FileError` if unreadable."""
        if hasattr(path, "read"):
            return Dossier.from_json(path)
        return Dossier._wrap(_capi.Dossier.from_json_file(path_of(path)))

    def to_json(self, *, pretty: bool = False) -> str:
        """The dossier as a ``clas-dossier/1`` document (every member written)."""
        return self._h.to_json(1 if pretty else 0)

    def to_dict(self) -> Dict[str, Any]:
        """The dossier as a ``clas-dossier/1`` dict."""
        return loads(self.to_json())

    def copy(self) -> "Dossier":
        """A deep, independent copy."""
        return Dossier._wrap(self._h.copy())

    __copy__ = copy

    def __deepcopy__(self, memo: Any) -> "Dossier":
        return self.copy()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Dossier):
            return NotImplemented
        return bool(self._h.equal(other._h))

    __hash__ = None  # type: ignore[assignment]  # mutable

    @property
    def annee_scolaire(self) -> str:
        """School year, ``"2025-2026"``."""
        return self._h.annee_scolaire()

    @property
    def id(self) -> str:
        """Dossier id."""
        return self._h.id()

    @id.setter
    def id(self, value: str) -> None:
        self._h.set_id(value)

    @property
    def departement(self) -> str:
        """Department code (``"51"``, ``"2A"``, ``"971"``)."""
        return self._h.departement()

    @departement.setter
    def departement(self, value: str) -> None:
        self._h.set_departement(value)

    @property
    def date_depot(self) -> Optional[str]:
        """Filing date ``"YYYY-MM-DD"`` or None (R-DELAI)."""
        return self._h.date_depot()

    @date_depot.setter
    def date_depot(self, value: Optional[str]) -> None:
        self._h.set_date_depot(value)

    def lien(self, lien: Any) -> bool:
        """True if the project is linked with a scheme (``Lien.PEDT``, ``"reaap"``...)."""
        return bool(self._h.lien(int(Lien.coerce(lien))))

    def set_lien(self, lien: Any, linked: bool = True) -> None:
        """Records whether the project is linked with a scheme."""
        self._h.set_lien(int(Lien.coerce(lien)), 1 if linked else 0)

    @property
    def liens(self) -> frozenset:
        """The schemes the project is linked with, as a set of :class:`Lien`."""
        return frozenset(k for k in Lien if self._h.lien(int(k)))

    @property
    def bilan_precedent(self) -> BilanPrecedent:
        """Whether the previous school year's bilan was filed; ``SANS_OBJET`` for a first dossier."""
        return BilanPrecedent(self._h.bilan_precedent())

    @bilan_precedent.setter
    def bilan_precedent(self, value: Any) -> None:
        self._h.set_bilan_precedent(int(BilanPrecedent.coerce(value)))

    @property
    def porteur(self) -> Porteur:
        """The porteur (borrowed)."""
        return Porteur._wrap(self._h.porteur(), self)

    @property
    def collectifs(self) -> Collectifs:
        """The collectifs: ``len()``, ``for c in dossier.collectifs``, ``[0]``, ``["C1"]``."""
        return Collectifs(self)

    def collectif(self, key: Any) -> Collectif:
        """A collectif by index or id; :class:`NotFound` for an unknown id."""
        return self.collectifs[key]

    def add_collectif(self, id: str, **fields: Any) -> Collectif:
        """Adds a collectif and sets any property given by keyword.

        ``add_collectif("C1", nom="...", niveaux=["CM1"], nb_enfants=10, depenses="10000.00")``.
        Raises :class:`AlreadyExists` for a duplicate id. If a field is
        invalid the collectif stays added, with the fields set so far.
        """
        unknown = [k for k in fields if not isinstance(getattr(Collectif, k, None), property)]
        if unknown:
            raise TypeError(f"add_collectif: unknown field(s) {', '.join(unknown)}")
        c = Collectif._wrap(self._h.add_collectif(id), self)
        for k, v in fields.items():
            setattr(c, k, v)
        return c

    def evaluate(self, regles: Any = None, *, cadre: Any = None, trace: bool = False,
                 carry_forward: bool = False) -> Evaluation:
        """Evaluates the dossier: verdicts, constats, amounts, optional trace.

        Args:
            regles: the :class:`Regles` to apply; default :meth:`Regles.default`.
            cadre: a :class:`Cadre` overriding the rule set's cadre for the department.
            trace: record the explanation trace (``evaluation.collectifs[i].trace``).
            carry_forward: for a year without barème, use the last known one and
                mark results provisional (else :class:`NoBareme`).

        Returns:
            an :class:`Evaluation`, independent of later changes to the dossier.
        """
        h = self._handle
        if h is None:
            raise StateError(f"{type(self).__name__} is closed")
        return _evaluate((_default_regles() if regles is None else regles)._h.this,
                         None if cadre is None else cadre._h.this, h.this,
                         (_TRACE if trace else 0) | (_CARRY_FORWARD if carry_forward else 0))

    def __repr__(self) -> str:
        if self.closed:
            return "<Dossier closed>"
        return (f"<Dossier {self.id!r} {self.annee_scolaire} dep={self.departement!r} "
                f"porteur={self.porteur.nom!r} collectifs={[c.id for c in self.collectifs]}>")
