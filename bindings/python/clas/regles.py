# SPDX-License-Identifier: Apache-2.0
"""Barèmes, cadres and the immutable rule set evaluations run against."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Dict, Iterable, NamedTuple, Optional, Tuple

from . import _capi
from ._base import _Wrapper
from ._jsonio import Document, document, loads, path_of
from .enums import Action, Axe, Bonus, Code, ConsequencePart, DateKind, ReferencePart, Regle, Rounding, Seuil, Severity
from .money import Amount, from_cents, from_millionths, to_cents, to_millionths

__all__ = ["Source", "Reference", "Bareme", "Cadre", "Regles", "ReglesBuilder"]

_REPLACE = _capi.CLAS_REGLES_REPLACE
_CARRY_FORWARD = _capi.CLAS_CARRY_FORWARD


class Source(NamedTuple):
    """Where rule values come from: document title, section and public URL."""
    titre: str = ""
    section: str = ""
    url: str = ""


class Reference(NamedTuple):
    """Which text settles some fields of a barème or cadre; ``titre`` is ""
    when no public text does (``unsettled``), and ``note`` says why."""
    champs: Tuple[str, ...]
    titre: str = ""
    section: str = ""
    url: str = ""
    note: str = ""

    @property
    def unsettled(self) -> bool:
        """True when no public text settles these fields."""
        return not self.titre


def _references(h: Any) -> Tuple[Reference, ...]:
    return tuple(Reference(tuple(h.reference(i, int(ReferencePart.CHAMPS)).split()),
                           h.reference(i, int(ReferencePart.TITRE)), h.reference(i, int(ReferencePart.SECTION)),
                           h.reference(i, int(ReferencePart.URL)), h.reference(i, int(ReferencePart.NOTE)))
                 for i in range(h.num_references()))


def _add_reference(h: Any, champs: Any, titre: Optional[str], section: Optional[str], url: Optional[str],
                   note: Optional[str]) -> None:
    names = champs.split() if isinstance(champs, str) else list(champs)
    h.add_reference(" ".join(names), titre, section, url, note)


def _source_args(value: Any) -> Tuple[Optional[str], Optional[str], Optional[str]]:
    if isinstance(value, dict):
        return value.get("titre"), value.get("section"), value.get("url")
    if isinstance(value, str):
        return value, None, None
    t = tuple(value) + (None, None, None)
    return t[0], t[1], t[2]


class Bareme(_Wrapper):
    """A barème: the national amounts of one school year (R-PS, R-BONUS).

    Rate, prix plafond, published maximum Ps, bonuses, rounding and source.
    Amounts are ``Decimal`` euros, the rate a ``Decimal`` fraction (``0.33``)::

        b = Bareme("2025-2026", taux="0.33", prix_plafond="8487.00", ps_max="2800.70",
                   bonus_enfants="329.00", bonus_parents="329.00",
                   source=("Note de cadrage", "§3", ""))
        b.compute_ps("10000.00")        # Decimal('2800.70')

    A barème obtained from a :class:`Regles` is borrowed from it (and keeps it
    alive); change a :meth:`copy` instead.
    """

    __slots__ = ()

    def __init__(self, annee_scolaire: str, *, taux: Any = None, prix_plafond: Optional[Amount] = None,
                 ps_max: Optional[Amount] = None, bonus_enfants: Optional[Amount] = None,
                 bonus_parents: Optional[Amount] = None, rounding: Any = None, source: Any = None) -> None:
        super().__init__(_capi.Bareme(annee_scolaire))
        if taux is not None:
            self.taux = taux
        if prix_plafond is not None:
            self.prix_plafond = prix_plafond  # type: ignore[assignment]  # the setter takes any Amount
        if ps_max is not None:
            self.ps_max = ps_max  # type: ignore[assignment]  # the setter takes any Amount
        if bonus_enfants is not None:
            self.bonus_enfants = bonus_enfants  # type: ignore[assignment]  # the setter takes any Amount
        if bonus_parents is not None:
            self.bonus_parents = bonus_parents  # type: ignore[assignment]  # the setter takes any Amount
        if rounding is not None:
            self.rounding = rounding
        if source is not None:
            self.source = source

    @property
    def annee_scolaire(self) -> str:
        """School year, ``"2025-2026"``."""
        return self._h.annee_scolaire()

    @property
    def taux(self) -> Decimal:
        """Rate as a fraction, ``Decimal("0.33")`` for 33 %."""
        return from_millionths(self._h.taux())

    @taux.setter
    def taux(self, value: Any) -> None:
        self._h.set_taux(to_millionths(value, "taux"))

    @property
    def prix_plafond(self) -> Decimal:
        """Prix plafond: expenses above it are not funded."""
        return from_cents(self._h.prix_plafond())

    @prix_plafond.setter
    def prix_plafond(self, value: Amount) -> None:
        self._h.set_prix_plafond(to_cents(value, "prix_plafond"))

    @property
    def ps_max(self) -> Decimal:
        """Published maximum Ps per collectif."""
        return from_cents(self._h.ps_max())

    @ps_max.setter
    def ps_max(self, value: Amount) -> None:
        self._h.set_ps_max(to_cents(value, "ps_max"))

    def bonus(self, bonus: Any) -> Decimal:
        """Amount of a bonus per collectif (``Bonus.ENFANTS`` or ``"parents"``)."""
        return from_cents(self._h.bonus(int(Bonus.coerce(bonus))))

    def set_bonus(self, bonus: Any, value: Amount) -> None:
        """Sets the amount of a bonus per collectif."""
        self._h.set_bonus(int(Bonus.coerce(bonus)), to_cents(value, "bonus"))

    @property
    def bonus_enfants(self) -> Decimal:
        """The bonus enfants per collectif."""
        return self.bonus(Bonus.ENFANTS)

    @bonus_enfants.setter
    def bonus_enfants(self, value: Amount) -> None:
        self.set_bonus(Bonus.ENFANTS, value)

    @property
    def bonus_parents(self) -> Decimal:
        """The bonus parents per collectif."""
        return self.bonus(Bonus.PARENTS)

    @bonus_parents.setter
    def bonus_parents(self, value: Amount) -> None:
        self.set_bonus(Bonus.PARENTS, value)

    @property
    def rounding(self) -> Rounding:
        """Rounding rule of the Ps."""
        return Rounding(self._h.rounding())

    @rounding.setter
    def rounding(self, value: Any) -> None:
        self._h.set_rounding(int(Rounding.coerce(value)))

    @property
    def source(self) -> Source:
        """Source of the values; set it with a :class:`Source`, a tuple or a dict."""
        h = self._h
        return Source(h.source_titre(), h.source_section(), h.source_url())

    @source.setter
    def source(self, value: Any) -> None:
        self._h.set_source(*_source_args(value))

    @property
    def references(self) -> Tuple[Reference, ...]:
        """Field by field, the texts that settle the values, and the values no text settles."""
        return _references(self._h)

    def add_reference(self, champs: Any, titre: Optional[str] = None, section: Optional[str] = None,
                      url: Optional[str] = None, note: Optional[str] = None) -> None:
        """Records the text settling ``champs`` (names, a list or "taux ps_max"); without ``titre``,
        marks them unsettled (``note`` required)."""
        _add_reference(self._h, champs, titre, section, url, note)

    def validate(self) -> None:
        """Checks the barème as a whole; raises :class:`RulesError` naming the field."""
        self._h.validate()

    def compute_ps(self, depenses: Amount) -> Decimal:
        """The Ps of R-PS for given expenses: min(round(taux × min(depenses, prix_plafond)), ps_max)."""
        return from_cents(self._h.compute_ps(to_cents(depenses, "depenses")))

    def copy(self) -> "Bareme":
        """An independent, modifiable copy."""
        return Bareme._wrap(self._h.copy())

    def __repr__(self) -> str:
        if self.closed:
            return "<Bareme closed>"
        return (f"<Bareme {self.annee_scolaire} taux={self.taux} prix_plafond={self.prix_plafond} "
                f"ps_max={self.ps_max}>")


class Cadre(_Wrapper):
    """A departmental framework for one school year: calendar, thresholds, severities.

    ``Cadre("51", "2025-2026")`` starts from the national defaults;
    ``"national"`` names the national default cadre::

        c = Cadre("51", "2025-2026", nom="Marne")
        c.limite_depot = "2025-08-18"
        c.set_seuil(Seuil.ENFANTS_MIN, 6)
        c.set_severity(Regle.AIDE_DEVOIRS, Severity.OFF)
    """

    __slots__ = ()

    def __init__(self, departement: str, annee_scolaire: str, *, nom: Optional[str] = None,
                 source: Any = None) -> None:
        super().__init__(_capi.Cadre(departement, annee_scolaire))
        if nom is not None:
            self.nom = nom
        if source is not None:
            self.source = source

    @property
    def departement(self) -> str:
        """Department code (``"51"``) or ``"national"``."""
        return self._h.departement()

    @property
    def annee_scolaire(self) -> str:
        """School year."""
        return self._h.annee_scolaire()

    @property
    def nom(self) -> str:
        """Name of the cadre."""
        return self._h.nom()

    @nom.setter
    def nom(self, value: str) -> None:
        self._h.set_nom(value)

    def date(self, kind: Any) -> Optional[str]:
        """A calendar date (``DateKind.LIMITE_DEPOT``...), ``"YYYY-MM-DD"``, or None when unset."""
        return self._h.date(int(DateKind.coerce(kind)))

    def set_date(self, kind: Any, value: Optional[str]) -> None:
        """Sets a calendar date (``"YYYY-MM"`` allowed for the committee); None clears it."""
        self._h.set_date(int(DateKind.coerce(kind)), value)

    lancement = property(lambda self: self.date(DateKind.LANCEMENT),
                         lambda self, v: self.set_date(DateKind.LANCEMENT, v),
                         doc="Campaign launch date, or None.")
    limite_depot = property(lambda self: self.date(DateKind.LIMITE_DEPOT),
                            lambda self, v: self.set_date(DateKind.LIMITE_DEPOT, v),
                            doc="Filing deadline (R-DELAI, inclusive), or None.")
    comite = property(lambda self: self.date(DateKind.COMITE),
                      lambda self, v: self.set_date(DateKind.COMITE, v),
                      doc="Committee date (``YYYY-MM`` when only the month is known), or None.")

    def seuil(self, seuil: Any) -> int:
        """A threshold (``Seuil.ENFANTS_MIN``...). The advance rate is in millionths."""
        return self._h.seuil(int(Seuil.coerce(seuil)))

    def set_seuil(self, seuil: Any, value: int) -> None:
        """Sets a threshold (≥ 0)."""
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"seuil {Seuil.coerce(seuil).id}: expected int, not {type(value).__name__}")
        self._h.set_seuil(int(Seuil.coerce(seuil)), value)

    @property
    def seuils(self) -> Dict[Seuil, int]:
        """Every threshold, as a dict."""
        return {s: self.seuil(s) for s in Seuil}

    def severity(self, regle: Any) -> Severity:
        """Severity of a rule's constats in this cadre."""
        return Severity(self._h.severity(int(Regle.coerce(regle))))

    def set_severity(self, regle: Any, severity: Any) -> None:
        """Sets the severity of a rule's constats; ``Severity.OFF`` disables the rule."""
        self._h.set_severity(int(Regle.coerce(regle)), int(Severity.coerce(severity)))

    @property
    def source(self) -> Source:
        """Source of the cadre."""
        h = self._h
        return Source(h.source_titre(), h.source_section(), h.source_url())

    @source.setter
    def source(self, value: Any) -> None:
        self._h.set_source(*_source_args(value))

    @property
    def references(self) -> Tuple[Reference, ...]:
        """Field by field, the texts that settle the values, and the values no text settles."""
        return _references(self._h)

    def add_reference(self, champs: Any, titre: Optional[str] = None, section: Optional[str] = None,
                      url: Optional[str] = None, note: Optional[str] = None) -> None:
        """Records the text settling ``champs`` (names, a list or "taux ps_max"); without ``titre``,
        marks them unsettled (``note`` required)."""
        _add_reference(self._h, champs, titre, section, url, note)

    def action_parents_requise(self, action: Any) -> bool:
        """True if the cadre requires this kind of parents action (R-SOCLE-PARENTS)."""
        return bool(self._h.action_parents_requise(int(Action.coerce(action))))

    def set_action_parents_requise(self, action: Any, requise: bool = True) -> None:
        """Requires (or no longer requires) a kind of parents action; raises for another axis."""
        self._h.set_action_parents_requise(int(Action.coerce(action)), 1 if requise else 0)

    @property
    def actions_parents_requises(self) -> frozenset:
        """The kinds of parents actions the cadre requires, as a set of :class:`Action`."""
        return frozenset(a for a in Action if a.axe is Axe.PARENTS and self._h.action_parents_requise(int(a)))

    def set_consequence(self, code: Any, texte: Optional[str], source: Any = None) -> None:
        """Gives ``code`` a consequence in the cadre's own words, with the text that states it
        (a :class:`Source`, a tuple or a title); ``texte`` None or ``""`` removes it."""
        titre, section, url = _source_args(source) if source is not None else (None, None, None)
        self._h.set_consequence(int(Code.coerce(code)), texte, titre, section, url)

    def consequence(self, code: Any) -> Optional[Tuple[str, Source]]:
        """The consequence the cadre gives ``code`` and its source, or None."""
        c = int(Code.coerce(code))
        texte = self._h.consequence(c, int(ConsequencePart.TEXTE))
        if not texte:
            return None
        h = self._h
        return texte, Source(h.consequence(c, int(ConsequencePart.TITRE)),
                             h.consequence(c, int(ConsequencePart.SECTION)),
                             h.consequence(c, int(ConsequencePart.URL)))

    @property
    def consequences(self) -> Dict[Code, Tuple[str, Source]]:
        """Every code the cadre gives a consequence, in the order set."""
        out: Dict[Code, Tuple[str, Source]] = {}
        for i in range(self._h.num_consequences()):
            code = Code(self._h.consequence_code(i))
            found = self.consequence(code)
            if found is not None:
                out[code] = found
        return out

    def validate(self) -> None:
        """Checks the cadre as a whole; raises :class:`RulesError`."""
        self._h.validate()

    def copy(self) -> "Cadre":
        """An independent, modifiable copy."""
        return Cadre._wrap(self._h.copy())

    def __repr__(self) -> str:
        if self.closed:
            return "<Cadre closed>"
        return f"<Cadre {self.departement} {self.annee_scolaire} {self.nom!r}>"


class ReglesBuilder(_Wrapper):
    """Collects barèmes, cadres and rule documents, then :meth:`build` s a :class:`Regles`.

    Every ``add_*`` method returns the builder, so calls chain::

        regles = (Regles.builder().add_defaults()
                  .add_file("local.json", replace=True).build())
    """

    __slots__ = ()

    def __init__(self) -> None:
        super().__init__(_capi.ReglesBuilder())

    def add_bareme(self, bareme: Bareme, *, replace: bool = False) -> "ReglesBuilder":
        """Adds a copy of a barème (validated first); :class:`AlreadyExists` if its year is present."""
        self._h.add_bareme(bareme._h, _REPLACE if replace else 0)
        return self

    def add_cadre(self, cadre: Cadre, *, replace: bool = False) -> "ReglesBuilder":
        """Adds a copy of a cadre (validated first)."""
        self._h.add_cadre(cadre._h, _REPLACE if replace else 0)
        return self

    def add_defaults(self, *, replace: bool = False) -> "ReglesBuilder":
        """Adds the rule data shipped with the library."""
        self._h.add_defaults(_REPLACE if replace else 0)
        return self

    def add_json(self, source: Document, *, replace: bool = False) -> "ReglesBuilder":
        """Adds a ``clas-regles/1`` document (str, bytes, dict, Path or file object)."""
        data, origin, path = document(source)
        flags = _REPLACE if replace else 0
        if path is not None:
            self._h.add_json_file(path, flags)
        else:
            self._h.add_json(data, origin, flags)
        return self

    def add_file(self, path: Any, *, replace: bool = False) -> "ReglesBuilder":
        """Adds a ``clas-regles/1`` file."""
        if hasattr(path, "read"):
            return self.add_json(path, replace=replace)
        self._h.add_json_file(path_of(path), _REPLACE if replace else 0)
        return self

    def build(self) -> "Regles":
        """Builds the immutable rule set; the builder stays usable."""
        return Regles._wrap(self._h.build())

    def __repr__(self) -> str:
        return "<ReglesBuilder>"


_default: Optional["Regles"] = None


class Regles(_Wrapper):
    """An immutable, shareable set of barèmes and cadres.

    ``Regles.default()`` is the rule data shipped with the library. Build
    your own with ``Regles(baremes=[...], cadres=[...], defaults=True)``,
    :meth:`from_json`, :meth:`from_file` or :meth:`builder`.
    """

    __slots__ = ()

    def __init__(self, baremes: Iterable[Bareme] = (), cadres: Iterable[Cadre] = (), *,
                 defaults: bool = False, replace: bool = False) -> None:
        b = ReglesBuilder()
        if defaults:
            b.add_defaults()
        for x in baremes:
            b.add_bareme(x, replace=replace)
        for c in cadres:
            b.add_cadre(c, replace=replace)
        super().__init__(b.build()._h)

    @staticmethod
    def default() -> "Regles":
        """The rule set shipped with the library (shared: it is immutable)."""
        global _default
        if _default is None:
            _default = Regles._wrap(_capi.Regles())
        return _default

    @staticmethod
    def builder() -> ReglesBuilder:
        """A new, empty :class:`ReglesBuilder`."""
        return ReglesBuilder()

    @staticmethod
    def from_json(source: Document, *, defaults: bool = False) -> "Regles":
        """A rule set from a ``clas-regles/1`` document (str, bytes, dict, Path, file).

        With ``defaults=True`` the document is laid over the shipped data,
        replacing the years it names.
        """
        b = ReglesBuilder()
        if defaults:
            b.add_defaults()
        return b.add_json(source, replace=defaults).build()

    @staticmethod
    def from_file(path: Any, *, defaults: bool = False) -> "Regles":
        """A rule set from a ``clas-regles/1`` file."""
        b = ReglesBuilder()
        if defaults:
            b.add_defaults()
        return b.add_file(path, replace=defaults).build()

    @property
    def baremes(self) -> Tuple[Bareme, ...]:
        """The barèmes, sorted by school year (borrowed, read-only)."""
        h = self._h
        return tuple(Bareme._wrap(h.bareme(i), self) for i in range(h.num_baremes()))

    @property
    def cadres(self) -> Tuple[Cadre, ...]:
        """The cadres (borrowed, read-only)."""
        h = self._h
        return tuple(Cadre._wrap(h.cadre(i), self) for i in range(h.num_cadres()))

    def find_bareme(self, annee_scolaire: str, *, carry_forward: bool = False) -> Bareme:
        """The barème of a school year.

        With ``carry_forward=True`` a year without barème gets the last known
        one (its ``annee_scolaire`` then differs). Raises :class:`NoBareme`.
        """
        return Bareme._wrap(self._h.find_bareme(annee_scolaire, _CARRY_FORWARD if carry_forward else 0), self)

    def find_cadre(self, departement: str, annee_scolaire: str) -> Cadre:
        """The cadre for a department and year: its own, else the national one, else the defaults."""
        return Cadre._wrap(self._h.find_cadre(departement, annee_scolaire), self)

    @property
    def hash(self) -> str:
        """SHA-256 (hex) of the canonical content, for audit trails."""
        return self._h.hash()

    def to_json(self, *, pretty: bool = False) -> str:
        """The rule set as a ``clas-regles/1`` document."""
        return self._h.to_json(1 if pretty else 0)

    def to_dict(self) -> Dict[str, Any]:
        """The rule set as a ``clas-regles/1`` dict."""
        return loads(self.to_json())

    def evaluate(self, dossier: Any, **kwargs: Any) -> Any:
        """Evaluates a dossier under these rules; see :meth:`Dossier.evaluate`."""
        return dossier.evaluate(regles=self, **kwargs)

    def close(self) -> None:
        """Releases this object's reference (the shared default rule set is never closed)."""
        if self is not _default:
            super().close()

    def __repr__(self) -> str:
        if self.closed:
            return "<Regles closed>"
        h = self._h
        return f"<Regles {h.num_baremes()} barèmes, {h.num_cadres()} cadres, sha256={self.hash[:12]}…>"
